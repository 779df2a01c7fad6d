"""Build inputs for tests in a line or two."""

from factcheck.check import check_analyses
from factcheck.extract import extract
from factcheck.model import Article
from factcheck.settings import Settings


def article(text, path="story.txt", **meta):
    return Article(path=path, content=text, **meta)


def analyse(text, path="story.txt", settings=None, **meta):
    return extract(article(text, path, **meta), settings)


def report_for(*texts, story="one-story", settings=None, **meta):
    """Run the whole pipeline over in-memory articles that form one story."""
    settings = settings or Settings()
    analyses = [
        extract(Article(path=f"article{i + 1}.txt", content=t, story=story, **meta), settings)
        for i, t in enumerate(texts)
    ]
    return check_analyses(analyses, settings)


def rule_ids(report):
    return [f.rule for f in report.findings]


def outlet_analyses(*texts, outlets=("Coast Wire", "Valley Post"), dates=None, settings=None):
    """In-memory articles of one story, each from its own outlet (two
    reports of one event by default), extracted."""
    settings = settings or Settings()
    dates = dates or (None,) * len(texts)
    return [extract(Article(path=f"article{i + 1}.txt", content=t, story="one-story", outlet=outlets[i],
                            date=dates[i]), settings) for i, t in enumerate(texts)]


def outlet_conflicts(*texts, **kw):
    """The conflicting-figure findings of ``outlet_analyses(*texts, **kw)``."""
    return [f for f in check_analyses(outlet_analyses(*texts, **kw), Settings()).findings
            if f.rule == "conflicting-figure"]


def assert_one_conflict(story):
    """``story`` is the texts of two or more outlets and a word: exactly one
    conflicting-figure finding, whose message holds the word."""
    *texts, word = story
    found = outlet_conflicts(*texts)
    assert len(found) == 1, [f.message for f in found]
    assert word in found[0].message


def assert_quiet(texts):
    """No conflicting-figure finding for these outlets' texts."""
    found = outlet_conflicts(*texts)
    assert found == [], [f.message for f in found]


def first_article_quantities(text, kind, other="The council met on Monday."):
    """The quantities of ``kind`` the model reads in ``text``, as the first
    of two outlets' articles (the second is ``other``)."""
    from factcheck.quantities import cross

    qs, _ = cross.quantities(outlet_analyses(text, other))
    return [q for q in qs if q.article == 0 and q.kind == kind]
