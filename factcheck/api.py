"""The Python API: what the command line does, as functions.

    import factcheck

    report = factcheck.check_paths(["drafts/"])
    for finding in report.findings:
        print(finding.path, finding.line, finding.rule, finding.message)
    data = factcheck.render_report(report, "sarif")   # bytes, as --format sarif

``check_paths`` reads configuration the way ``factcheck check`` does (the
``[tool.factcheck]`` table governing the paths, or ``config_file``, or none
with ``isolated=True``) and applies ``select``/``ignore`` and per-file
ignores; it raises ``factcheck.errors.SetupError`` where the command line
would exit 2.  A bad article is an ``input-error`` finding, never an
exception.  The returned ``Report`` and its ``Finding`` objects are frozen
dataclasses (``factcheck.model``).
"""

from __future__ import annotations

from typing import Optional, Sequence

from factcheck.model import Report
from factcheck.settings import Settings


def load_settings(paths: Sequence[str], config_file: Optional[str] = None, isolated: bool = False,
                  select: Sequence[str] = (), extend_select: Sequence[str] = (),
                  ignore: Sequence[str] = ()) -> Settings:
    """The settings ``factcheck check`` would use for ``paths``."""
    from factcheck import config, selection

    loaded = config.load(list(paths), config_file, isolated)
    return selection.apply_options(
        loaded.settings,
        select=selection.parse_ids(",".join(select), "select"),
        extend_select=selection.parse_ids(",".join(extend_select), "extend_select"),
        ignore=selection.parse_ids(",".join(ignore), "ignore"),
    )


def check_paths(paths: Sequence[str], *, config_file: Optional[str] = None, isolated: bool = False,
                select: Sequence[str] = (), extend_select: Sequence[str] = (), ignore: Sequence[str] = (),
                settings: Optional[Settings] = None, jobs: int = 1, sources: Sequence[str] = ()) -> Report:
    """Check the articles at ``paths`` (files or folders) and return the Report.

    ``settings`` replaces configuration discovery when given.  ``sources``
    (files or folders of transcripts, releases, reports and tables) are the
    documents to check quotes, figures and claims against, as ``--sources``
    (they replace the configuration's ``sources``).  ``jobs`` is
    the number of extraction processes.  No cache is read or written.
    Raises SetupError for a missing path, a bad configuration or an unknown
    rule id.
    """
    from factcheck import selection
    from factcheck.check import run

    if settings is None:
        settings = load_settings(paths, config_file, isolated, select, extend_select, ignore)
    if sources:
        from dataclasses import replace

        settings = replace(settings, sources=tuple(sources))
    return selection.apply_per_file(run(list(paths), settings, jobs=jobs), settings)


def render_report(report: Report, fmt: str = "json", fail_on: str = "error") -> bytes:
    """``report`` in one of the output formats (text, json, github, sarif,
    gitlab, pdf, docx), as the bytes the command line writes.  Raises
    KeyError for an unknown format."""
    from factcheck import render

    return render.get(fmt).render(report, render.RenderOptions(fail_on=fail_on))
