"""Human-readable output, one finding per line (path:line:col)."""

from __future__ import annotations

from factcheck.model import Report

from . import RenderOptions, Renderer
from .env import environment


# Control characters from an article (an ESC that would start a terminal
# escape sequence, a bell, a backspace) are shown as escapes, never sent.
_CONTROL = {c: f"\\x{c:02x}" for c in list(range(0x20)) + [0x7F]}
_CONTROL.update({c: f"\\x{c:02x}" for c in range(0x80, 0xA0)})


def _oneline(text: str, width: int = 160) -> str:
    """``text`` on one line, control characters escaped, cut to ``width``."""
    text = " ".join(str(text).split()).translate(_CONTROL)
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
