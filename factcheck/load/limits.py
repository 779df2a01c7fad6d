"""Bounds on what one input file may cost: which files are read at all, how
many bytes, how deep parsed data may nest, how far YAML aliases may expand,
and no lone surrogate in the text that comes out.

A file that breaks a bound is an InputError naming the file and the bound
(the other files are still checked).  docs/security.md lists the bounds.
"""

from __future__ import annotations

import os
import re
import stat
from itertools import accumulate
from typing import Any, Optional

from factcheck.errors import InputError

DEFAULT_MAX_MIB = 64
"""Largest input file read, in MiB (config key ``max-file-mib``): room for
the claims file of a 2,000-article corpus (about 35 MB)."""
DEFAULT_MAX_BYTES = DEFAULT_MAX_MIB * 1024 * 1024

MAX_DEPTH = 100
"""Deepest nesting of lists and mappings in a claims file, baseline or
YAML front matter (a claims file written by ``extract`` nests 6 deep)."""

ALIAS_ROOM = 100_000
"""How much bigger than the file itself YAML aliases may make the data (in
characters of scalars plus nodes): a file without aliases never comes close."""


class TooDeep(ValueError):
    """Parsed data would nest deeper than MAX_DEPTH, or YAML aliases would
    expand it past its budget (or into itself)."""


def kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def irregular(path: str) -> Optional[str]:
    """Why ``path`` (symlinks followed) is not read: None for a regular file
    or one that cannot be looked at (reading it reports that)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else kind(mode)


def too_big(display: str, size: int, max_bytes: int) -> InputError:
    return InputError(display, f"file too large ({_mib(size)} MiB; the limit is {_mib(max_bytes)} MiB, "
                               "config key 'max-file-mib'), not read")


def _mib(n: int) -> str:
    return f"{n / 1048576:.1f}".rstrip("0").rstrip(".")


def read_bytes(fs_path: str, display: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``.  A FIFO,
    device or socket (also behind a symlink) is never read: opening does not
    wait for a writer, and anything but a regular file is an InputError, as
    is a file above the limit.  Raises OSError when the file cannot be
    opened."""
    fd = os.open(fs_path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(display, f"{kind(st.st_mode)}, not a regular file: not read")
        if st.st_size > max_bytes:
            raise too_big(display, st.st_size, max_bytes)
        chunks = []
        left = max_bytes + 1  # a file growing while it is read is still bounded
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise too_big(display, len(data), max_bytes)
    return data


# -- surrogates ---------------------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(value: Any) -> Any:
    """``value`` with every lone surrogate in its strings (a JSON or YAML
    ``"\\ud800"`` escape) replaced by U+FFFD, so no encoder meets one;
    dicts and lists are cleaned in place and returned."""
    if isinstance(value, str):
        if value.isascii() or not _SURROGATE.search(value):
            return value
        return _SURROGATE.sub("\ufffd", value)
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k in list(node):
                v = node[k]
                ck = clean(k) if isinstance(k, str) else k
                if ck is not k:
                    del node[k]
                if isinstance(v, str):
                    node[ck] = clean(v)
                else:
                    node[ck] = v
                    if isinstance(v, (dict, list)):
                        stack.append(v)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                if isinstance(v, str):
                    node[i] = clean(v)
                elif isinstance(v, (dict, list)):
                    stack.append(v)
    return value


# -- JSON ---------------------------------------------------------------------

_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def json_depth(text: str, limit: int = MAX_DEPTH) -> None:
    """Raise TooDeep when the JSON ``text`` nests lists and objects deeper
    than ``limit``: checked on the text, before decoding, because the
    decoder recurses once per level."""
    if text.count("[") + text.count("{") <= limit:
        return
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    if brackets and max(accumulate(map(_STEP.__getitem__, brackets))) > limit:
        raise TooDeep(f"nested more than {limit} levels deep")


# -- YAML ---------------------------------------------------------------------

def yaml_load(text: str, loader_class: Any) -> Any:
    """Parse YAML ``text`` with ``loader_class`` (a safe loader) after
    checking its node graph: nesting at most MAX_DEPTH, and aliases may not
    expand the data to more than the file's size plus ALIAS_ROOM (a
    "billion laughs" file is refused before anything is built).  Raises
    yaml.YAMLError for broken YAML and TooDeep for the bounds."""
    loader = loader_class(text)
    try:
        try:
            node = loader.get_single_node()
        except RecursionError:  # the pure-Python composer recurses once per level
            raise TooDeep(f"nested more than {MAX_DEPTH} levels deep") from None
        if node is None:
            return None
        _check_nodes(node, 2 * len(text) + ALIAS_ROOM)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _check_nodes(root: Any, budget: int) -> None:
    """Walk the composed YAML graph without recursion.  A node reached by
    an alias is the same object: its expanded size is worked out once and
    added each time it is used."""
    import yaml

    sizes: dict = {}  # id(node) -> expanded size; -1 while its children are walked
    stack = [(root, 1, False)]  # (node, depth, children done?)
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = 1 + len(node.value)
            continue
        children = [c for pair in node.value for c in pair] if isinstance(node, yaml.MappingNode) else node.value
        if done:
            total = 1 + sum(sizes[id(c)] for c in children)
            if total > budget:
                raise TooDeep("YAML aliases expand it far beyond its size (a \"billion laughs\" file?)")
            sizes[key] = total
            continue
        if key in sizes:  # reached again through an alias: already counted
            continue
        if depth > MAX_DEPTH:
            raise TooDeep(f"nested more than {MAX_DEPTH} levels deep")
        sizes[key] = -1
        stack.append((node, depth, True))
        for c in children:
            if sizes.get(id(c)) == -1:
                raise TooDeep("a YAML alias refers to a list or mapping that contains it")
            if id(c) not in sizes:
                stack.append((c, depth + 1, False))
