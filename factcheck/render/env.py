"""The Jinja environment: templates are package data (``factcheck/templates``);
``--template-dir`` puts a user's folder in front of them."""

from __future__ import annotations

import os
from importlib import resources
from typing import List, Optional

import jinja2

from factcheck.errors import SetupError


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(jinja2.Environment):
    def getattr(self, obj, attribute):
        """What Jinja's ``getattr`` gives, without its failed attribute
        lookup (an exception) first for a plain dict's key: the templates
        read context dicts as ``f.rule``, over 100,000 times in a long
        handout."""
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


def environment(template_dir: Optional[str] = None, autoescape: bool = True) -> jinja2.Environment:
    """A strict environment (undefined variables are errors).  With
    ``autoescape`` every value is XML-escaped, so article text is data."""
    loaders = []
    if template_dir:
        loaders.append(jinja2.FileSystemLoader(template_dir))
    loaders.append(jinja2.PackageLoader("factcheck", "templates"))
    env = _Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


def copy_templates(folder: str, force: bool = False) -> List[str]:
    """Copy the shipped templates into ``folder`` (made if missing) and
    return their names.  Without ``force`` a template already there is a
    SetupError and nothing is written."""
    shipped = sorted((t for t in resources.files("factcheck").joinpath("templates").iterdir()
                      if t.name.endswith(".j2")), key=lambda t: t.name)
    there = [t.name for t in shipped if os.path.exists(os.path.join(folder, t.name))]
    if there and not force:
        raise SetupError(f"{os.path.join(folder, there[0])} exists (and {len(there) - 1} more): "
                         "use --force to overwrite")
    os.makedirs(folder, exist_ok=True)
    for t in shipped:
        with open(os.path.join(folder, t.name), "w", encoding="utf-8") as fh:
            fh.write(t.read_text(encoding="utf-8"))
    return [t.name for t in shipped]
