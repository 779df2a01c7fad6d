"""Speed layers of the handout renderers: each gives what the plain form
gives, and the collector's pace during a render is restored after it."""

import gc
import threading

import pytest

from factcheck.render import RenderOptions, get
from factcheck.render import docx as docx_render
from factcheck.render import gc_policy
from factcheck.render import pdf as pdf_render

from .handout_report import story_report


@pytest.fixture
def thresholds():
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


@pytest.mark.parametrize("fmt, module, hook", [("pdf", pdf_render, "_build"), ("docx", docx_render, "_body")])
@pytest.mark.parametrize("before, during", [
    ((700, 10, 10), (700, 10, 100)),  # Python's defaults: full passes 10x rarer
    ((20000, 20, 20), (20000, 20, 100)),  # the CLI's: young generations keep the caller's pace
    ((700, 10, 500), (700, 10, 500)),  # already rarer: left alone
])
def test_render_makes_full_collections_rarer_and_restores(fmt, module, hook, before, during, thresholds, monkeypatch):
    seen = []
    inner = getattr(module, hook)

    def spy(*args, **kwargs):
        seen.append(gc.get_threshold())
        return inner(*args, **kwargs)

    monkeypatch.setattr(module, hook, spy)
    gc.set_threshold(*before)
    get(fmt).render(story_report(), RenderOptions())
    assert seen == [during]
    assert gc.get_threshold() == before


def test_nested_and_concurrent_uses_restore_once_at_the_end(thresholds):
    gc.set_threshold(700, 10, 10)
    inside, release = threading.Event(), threading.Event()

    def other():
        with gc_policy.fewer_full_collections():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=other)
    with gc_policy.fewer_full_collections():
        t.start()
        inside.wait(5)
        with gc_policy.fewer_full_collections():
            assert gc.get_threshold() == (700, 10, 100)
    assert gc.get_threshold() == (700, 10, 100)  # the other render still runs
    release.set()
    t.join(5)
    assert gc.get_threshold() == (700, 10, 10)


def test_a_failing_render_restores_the_thresholds(thresholds):
    gc.set_threshold(700, 10, 10)
    with pytest.raises(RuntimeError):
        with gc_policy.fewer_full_collections():
            raise RuntimeError("boom")
    assert gc.get_threshold() == (700, 10, 10)


def _synthetic(n):
    import importlib.util
    import os

    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks", "render.py")
    spec = importlib.util.spec_from_file_location("render_benchmark", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.synthetic_report(n)


@pytest.mark.parametrize("make", [story_report, pytest.param(lambda: _synthetic(300), marks=pytest.mark.slow)])
def test_charts_encoded_on_threads_equal_charts_encoded_in_turn(make, monkeypatch):
    """docx._Charts' thread pool (the speed layer) gives the bytes of the
    plain form, each chart painted and encoded in turn."""
    report = make()
    fast = get("docx").render(report, RenderOptions())
    monkeypatch.setattr(docx_render, "CHART_THREADS", 0)
    plain = get("docx").render(report, RenderOptions())
    assert fast == plain
    assert fast.count(b"word/media/") >= 1


def test_chart_fonts_loaded_once_paint_what_fresh_fonts_paint(monkeypatch):
    from factcheck.render import drawing_png
    from factcheck.render.handout import Bars, Ranges, document

    doc = document(story_report())
    drawings = [pdf_render.chart_drawing(b, 480.0) for b in doc.blocks if isinstance(b, (Bars, Ranges))]
    drawings = [d for d in drawings if d is not None]
    assert drawings
    cached = [drawing_png.png(d, pdf_render.FONT_DIR, pdf_render.FONT) for d in drawings]
    monkeypatch.setattr(drawing_png, "_FACES", type("Forgetful", (dict,), {"get": lambda self, k, d=None: d})())
    assert [drawing_png.png(d, pdf_render.FONT_DIR, pdf_render.FONT) for d in drawings] == cached


TRICKY = ["", "plain", "a & b < c > d \"quoted\" 'single'", "line\r\nbreaks\rand\nfeeds\tand tabs", "  ",
          " lead and trail ", "\x07bell\x0bvt\x85nel\u2028ls", "caf\u00e9 \u201cZo\u00eb\u201d \U0001f4f0",
          "]]> <!-- c --> &amp; {{ 7*7 }}", "\ud800lone", "\ufffe\uffff"]


def _tricky_document():
    """Every kind of block, with texts that XML writes in its own way
    (escapes, carriage returns, empty and blank text, characters it cannot
    hold), empty runs, an empty table and two charts."""
    from factcheck.render.handout import (
        Bars, Cell, Contents, Document, Heading, PageBreak, Para, Range, Ranges, Run, Table,
    )

    runs = tuple(Run(t, bold=i % 2 == 0, italic=i % 3 == 0, mark=i % 4 == 0) for i, t in enumerate(TRICKY))
    blocks = [Contents(), Heading(1, (Run("Heading \r\n & <one>"),), "h1"), Heading(2, (), "h2"), Para(()),
              Para(runs), Para((Run(""), Run("", br=True))), Para(runs, style="small"),
              Para(runs, style="finding-error"), Para(runs, style="quote"), PageBreak(),
              Bars("Findings & <rules>", ("error", "warning"), (("one", (1.0, 2.0)), ("", (0.0, 3.0)))),
              Table(((Cell(runs[:3], header=True), Cell(())), (Cell(runs[3:], shade="conflict"), Cell(runs[:1]))),
                    (0.5, 0.5)),
              Table((), ()), Table(((Cell(()),),), (1.0,), style="strip"),
              Ranges("Employees", (Range("A & B", 1.0, 2.0, "1-2"), Range("", None, 3.0, "", flag=True))),
              Para((Run("after the charts"),), style="muted")]
    return Document(title="Tricky \r\n & <title>", header="head & <er>", blocks=tuple(blocks),
                    generated="2026-03-16")


@pytest.mark.parametrize("make", [
    lambda: docx_render.write(_tricky_document()),
    lambda: get("docx").render(story_report(), RenderOptions()),
    pytest.param(lambda: get("docx").render(_synthetic(300), RenderOptions()), marks=pytest.mark.slow),
])
def test_body_written_as_text_equals_the_body_parsed_into_the_document(make, monkeypatch):
    """docx._body's speed layer (the body's XML put in the saved part as
    text, the charts' paragraphs made in a document of their own) gives the
    bytes of the plain form, the body parsed into the document."""
    fast = make()
    monkeypatch.setattr(docx_render, "PARSE_BODY", True)
    plain = make()
    assert fast == plain
