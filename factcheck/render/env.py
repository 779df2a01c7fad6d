"""The Jinja environment: templates are package data (``factcheck/templates``);
``--template-dir`` puts a user's folder in front of them."""

from __future__ import annotations

from typing import Optional

import jinja2


def environment(template_dir: Optional[str] = None, autoescape: bool = True) -> jinja2.Environment:
    """A strict environment (undefined variables are errors).  With
    ``autoescape`` every value is XML-escaped, so article text is data."""
    loaders = []
    if template_dir:
        loaders.append(jinja2.FileSystemLoader(template_dir))
    loaders.append(jinja2.PackageLoader("factcheck", "templates"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env
