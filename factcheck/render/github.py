"""GitHub Actions workflow commands (``::warning file=...,line=...::msg``)."""

from __future__ import annotations

from factcheck.model import Report

from . import CONTROL_ESCAPES, RenderOptions, Renderer
from .env import environment
from .paths import display_path

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    """Escape a workflow-command message (GitHub's escapeData), control
    characters shown as escapes."""
    return str(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").translate(CONTROL_ESCAPES)


def _prop(value: str) -> str:
    """Escape a workflow-command property (GitHub's escapeProperty)."""
    return _data(value).replace(":", "%3A").replace(",", "%2C")


class GithubRenderer(Renderer):
    name = "github"
    description = "GitHub Actions annotations"

    def render(self, report: Report, options: RenderOptions) -> bytes:
        env = environment(options.template_dir, autoescape=False)
        env.filters["ghdata"] = _data
        env.filters["ghprop"] = _prop
        env.filters["ghpath"] = display_path
        tpl = env.get_template("github.j2")
        return tpl.render(report=report, level=_LEVEL).encode("utf-8")
