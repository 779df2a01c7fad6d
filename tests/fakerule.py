"""A stand-in for the anonymous-source rule so that the CI-workflow tests
(suppression, baseline, diff, SARIF...) do not depend on how well the real
rule performs: it flags every sentence containing "familiar with"."""

import pytest

from factcheck.rules import anonymous_source
from factcheck.rules.base import finding


def _check(analysis, settings):
    for s in analysis.sentences:
        text = analysis.article.content[s.start:s.end]
        at = text.find("familiar with")
        if at >= 0:
            yield finding(analysis, s.start + at, s.start + at + len("familiar with"),
                          "Information is attributed to people familiar with the matter.")


@pytest.fixture
def fake_anonymous(monkeypatch):
    monkeypatch.setattr(anonymous_source, "check", _check)
