"""factcheck JSON, version 1: see docs/json-format.md."""

from __future__ import annotations

import json as _json

from factcheck.model import Report

from . import RenderOptions, Renderer
from .serialize import report_dict


class JsonRenderer(Renderer):
    name = "json"
    description = "factcheck JSON, version 1"
    extensions = (".json",)

    def render(self, report: Report, options: RenderOptions) -> bytes:
        return (_json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
