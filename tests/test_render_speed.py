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
