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
