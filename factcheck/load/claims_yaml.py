"""Where things are in a YAML claims file: the line of a field named by its
JSON path (for error messages) and the places of titles and claim texts
(so the text built from them lines up with the file)."""

from __future__ import annotations

import re
from typing import Dict, Optional, Tuple

_PATH_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def field_line(text: str, field: str) -> Optional[int]:
    """The 1-based line of ``field`` (``articles[0].claims[2].verdict``)
    in a YAML file, or of the nearest enclosing part that exists."""
    import yaml

    if not field or field == "(top level)":
        return None
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    line = None
    for index, key in _PATH_PART.findall(field):
        if index and isinstance(node, yaml.SequenceNode) and int(index) < len(node.value):
            node = node.value[int(index)]
            line = node.start_mark.line + 1
        elif key and isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
            if found is None:
                break
            line, node = found[0].start_mark.line + 1, found[1]
        else:
            break
    return line


Places = Dict[Tuple[int, ...], Tuple[int, int]]
"""``(article,)`` -> where its title is, ``(article, claim)`` -> where the
claim's text is, as 0-based (line, column) in the claims file."""


def places(text: str) -> Optional[Places]:
    """Where the titles and claim texts of a YAML claims file are, so the
    text built from them puts each on its line of the file and findings
    point at the right line.  None when the layout cannot be read."""
    import yaml

    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    lines = text.splitlines()

    def where(node) -> Tuple[int, int]:
        line, col = node.start_mark.line, node.start_mark.column
        if node.style in ("|", ">"):  # block scalar: the text starts on the next line
            line += 1
            nxt = lines[line] if line < len(lines) else ""
            col = len(nxt) - len(nxt.lstrip(" "))
        elif node.style in ("'", '"'):
            col += 1
        return line, col

    def get(node, key):
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == key:
                    return v
        return None

    places: Places = {}
    articles = get(root, "articles")
    if not isinstance(articles, yaml.SequenceNode):
        return None
    for i, art in enumerate(articles.value):
        title = get(art, "title")
        if isinstance(title, yaml.ScalarNode):
            places[(i,)] = where(title)
        claims = get(art, "claims")
        if isinstance(claims, yaml.SequenceNode):
            for j, claim in enumerate(claims.value):
                t = get(claim, "text")
                if isinstance(t, yaml.ScalarNode):
                    places[(i, j)] = where(t)
    return places
