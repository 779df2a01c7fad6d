"""Human-readable output, one finding per line (path:line:col)."""

from __future__ import annotations

from factcheck.model import Report

from . import CONTROL_ESCAPES, RenderOptions, Renderer
from .env import environment


def _oneline(text: str, width: int = 160) -> str:
    """``text`` on one line, control characters escaped, cut to ``width``."""
    text = " ".join(str(text).split()).translate(CONTROL_ESCAPES)
    return text if len(text) <= width else text[: width - 1] + "\u2026"


class TextRenderer(Renderer):
    name = "text"
    description = "human-readable lines"
    extensions = (".txt",)

    def render(self, report: Report, options: RenderOptions) -> bytes:
        env = environment(options.template_dir, autoescape=False)
        env.filters["oneline"] = _oneline
        tpl = env.get_template("text.j2")
        return tpl.render(report=report, counts=report.counts()).encode("utf-8")
