"""Renderers turn a Report into bytes.  They are looked up by name; the CLI
never branches on the format.

A renderer is a class with ``name``, ``description``, ``binary`` (True for
PDF/DOCX, which cannot go to a terminal), ``extensions`` (file endings that
choose it for ``-o``) and ``render(report, options) -> bytes``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Dict, Mapping, Optional, Tuple

from factcheck.model import Report


@dataclass(frozen=True)
class RenderOptions:
    """What a renderer may need beyond the Report."""

    template_dir: Optional[str] = None
    fail_on: str = "error"
    color: bool = False  # ANSI colour in text output
    quiet: bool = False  # text output: the findings only, no summary
    extra: Mapping[str, object] = field(default_factory=dict)


# Control characters from an article (an ESC that would start a terminal or
# log colour sequence, a bell, a backspace) are shown as ``\xNN`` escapes,
# never sent.  Newlines are left to each format (escaped or folded).
CONTROL_ESCAPES = {c: f"\\x{c:02x}" for c in list(range(0x20)) + list(range(0x7F, 0xA0))
                   if c not in (0x0A, 0x0D)}


class Renderer:
    name = ""
    description = ""
    binary = False
    extensions: Tuple[str, ...] = ()

    def render(self, report: Report, options: RenderOptions) -> bytes:  # pragma: no cover
        raise NotImplementedError


# name -> "module:Class"; modules are imported only when used, so a text run
# never pays for reportlab or python-docx.
_REGISTRY: Dict[str, str] = {
    "text": "factcheck.render.text:TextRenderer",
    "json": "factcheck.render.json:JsonRenderer",
    "github": "factcheck.render.github:GithubRenderer",
    "sarif": "factcheck.render.sarif:SarifRenderer",
    "gitlab": "factcheck.render.gitlab:GitlabRenderer",
    "pdf": "factcheck.render.pdf:PdfRenderer",
    "docx": "factcheck.render.docx:DocxRenderer",
}

DESCRIPTIONS: Dict[str, str] = {
    "text": "human-readable lines, one per finding (default)",
    "json": "factcheck JSON, version 1 (docs/json-format.md)",
    "github": "GitHub Actions workflow annotations",
    "sarif": "SARIF 2.1.0 for code-scanning dashboards",
    "gitlab": "GitLab Code Quality report",
    "pdf": "editorial review handout (PDF)",
    "docx": "editorial review handout (Word)",
}


def available() -> Tuple[str, ...]:
    """Renderer names whose module is installed, in registry order."""
    out = []
    for name, target in _REGISTRY.items():
        mod = target.split(":")[0]
        if importlib.util.find_spec(mod) is not None:
            out.append(name)
    return tuple(out)


def get(name: str) -> Renderer:
    """The renderer called ``name``; raises KeyError for an unknown name."""
    target = _REGISTRY[name]
    mod_name, cls_name = target.split(":")
    mod = importlib.import_module(mod_name)
    return getattr(mod, cls_name)()


def for_path(path: str) -> Optional[str]:
    """The renderer name chosen by an output file's extension, or None."""
    lower = path.lower()
    for name in available():
        target = _REGISTRY[name]
        mod_name, cls_name = target.split(":")
        cls = getattr(importlib.import_module(mod_name), cls_name)
        if any(lower.endswith(ext) for ext in cls.extensions):
            return name
    return None


import importlib.util  # noqa: E402  (used by available())
