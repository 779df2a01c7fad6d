"""The cross-outlet development set (benchmarks/cross_outlet) is well formed.

The benchmark (benchmarks/cross_outlet.py) scores findings by where the
labelled texts lie, so every label must point at exactly one place; the set
must cover its classes in both parts, and grouping must be left to factcheck
(no explicit ``story:`` keys).  No accuracy is asserted here: the benchmark
prints it.
"""

import csv
import os
import re
from collections import Counter, defaultdict

import pytest

from factcheck.load import load_file

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET_DIR = os.path.join(ROOT, "benchmarks", "cross_outlet")
STORIES = os.path.join(SET_DIR, "stories")

FIGURE_LABELS = {"conflict", "consistent", "different"}
QUOTE_LABELS = {"variant", "not"}
# Classes the issue lists; each must be present in both parts.
FIGURE_CLASSES = {"plain", "wording", "bounds", "date", "duration", "ratio", "anaphora", "shared-noun"}
QUOTE_CLASSES = {"dropped-not", "different-sentence", "spelling", "numbers"}


def rows(name):
    with open(os.path.join(SET_DIR, name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


STORY_ROWS = rows("stories.tsv")
FIGURES = rows("labels.tsv")
QUOTES = rows("quotes.tsv")
PART = {r["story"]: r["part"] for r in STORY_ROWS}
FILES = defaultdict(set)
for _r in STORY_ROWS:
    FILES[_r["story"]].add(_r["file"].split("/", 1)[1])

_TEXTS = {}


def text_of(story, name):
    """The text factcheck's offsets refer to (HTML: the extracted text)."""
    key = (story, name)
    if key not in _TEXTS:
        path = os.path.join(STORIES, story, name)
        _TEXTS[key] = load_file(path, path)[0].content
    return _TEXTS[key]


def test_every_listed_file_exists_and_every_file_is_listed():
    listed = {r["file"] for r in STORY_ROWS}
    assert len(listed) == len(STORY_ROWS), "a file is listed twice"
    on_disk = {f"{d}/{n}" for d in os.listdir(STORIES) for n in os.listdir(os.path.join(STORIES, d))}
    assert listed == on_disk
    for r in STORY_ROWS:
        assert r["file"].split("/", 1)[0] == r["story"], r
        assert r["part"] in ("dev", "test"), r


def test_stories_have_two_to_four_articles_and_one_part():
    assert len(FILES) >= 16
    for story, names in FILES.items():
        assert 2 <= len(names) <= 4, story
        assert len({r["part"] for r in STORY_ROWS if r["story"] == story}) == 1, story


def test_parts_are_balanced():
    parts = Counter(PART.values())
    share = parts["test"] / (parts["dev"] + parts["test"])
    assert 0.25 <= share <= 0.45, parts


@pytest.mark.parametrize("kind,table,labels,classes", [
    ("figures", FIGURES, FIGURE_LABELS, FIGURE_CLASSES),
    ("quotes", QUOTES, QUOTE_LABELS, QUOTE_CLASSES),
])
def test_labels_are_valid_and_classes_are_in_both_parts(kind, table, labels, classes):
    seen = defaultdict(set)
    for r in table:
        assert r["label"] in labels, r
        assert r["part"] == PART[r["story"]], r
        assert r["file_a"] in FILES[r["story"]] and r["file_b"] in FILES[r["story"]], r
        assert r["why"].strip() and r["class"].strip(), r
        seen[r["part"]].add(r["class"])
    for part in ("dev", "test"):
        assert classes <= seen[part], (part, classes - seen[part])
    positive = {"figures": "conflict", "quotes": "variant"}[kind]
    for part in ("dev", "test"):
        assert any(r["label"] == positive for r in table if r["part"] == part)
        assert any(r["label"] != positive for r in table if r["part"] == part)


@pytest.mark.parametrize("table,a,b", [
    (FIGURES, "figure_a", "figure_b"),
    (QUOTES, "quote_a_start", "quote_b_start"),
])
def test_every_labelled_text_occurs_exactly_once_in_its_file(table, a, b):
    bad = []
    for r in table:
        for file_key, text_key in (("file_a", a), ("file_b", b)):
            text = text_of(r["story"], r[file_key])
            if text.count(r[text_key]) != 1:
                bad.append((r["story"], r[file_key], r[text_key], text.count(r[text_key])))
    assert not bad


@pytest.mark.parametrize("table,a,b", [
    (FIGURES, "figure_a", "figure_b"),
    (QUOTES, "quote_a_start", "quote_b_start"),
])
def test_no_pair_is_labelled_twice(table, a, b):
    keys = Counter(frozenset([(r["story"], r["file_a"], r[a]), (r["story"], r["file_b"], r[b])])
                   for r in table)
    assert not [k for k, n in keys.items() if n > 1]


def test_quote_starts_lie_inside_quotation_marks():
    for r in QUOTES:
        for file_key, text_key in (("file_a", "quote_a_start"), ("file_b", "quote_b_start")):
            text = text_of(r["story"], r[file_key])
            at = text.index(r[text_key])
            assert text[at - 1] in "\"\u201c", (r["story"], r[file_key], r[text_key])


def test_grouping_is_left_to_factcheck():
    """No article names its story: the benchmark measures grouping."""
    for r in STORY_ROWS:
        path = os.path.join(STORIES, r["file"])
        with open(path, encoding="utf-8") as fh:
            head = fh.read(2000)
        assert not re.search(r"(?m)^story\s*:", head), r["file"]
        assert load_file(path, path)[0].story is None, r["file"]
