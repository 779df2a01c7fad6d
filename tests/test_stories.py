"""Story grouping: articles about one story are grouped, unrelated ones are
not, an explicit key wins, and the cost stays near-linear."""

import pickle

import pytest

from factcheck import stories
from factcheck.extract import mentions
from factcheck.check import check_analyses, run
from factcheck.extract import extract
from factcheck.model import Article
from factcheck.settings import Settings

from .conftest import SAMPLES, shared_path

MAGNUS_1 = """Border chief refuses to quit

Former Tucson police chief Chris Magnus is being forced out as head of U.S. Customs and Border Protection, officials said.

Magnus has led Customs and Border Protection for less than a year. Homeland Security Secretary Alejandro Mayorkas asked Magnus to resign on Friday.
"""

MAGNUS_2 = """Customs and Border Protection commissioner asked to resign

U.S. Customs and Border Protection Commissioner Chris Magnus was asked to resign or face firing by Homeland Security Secretary Alejandro Mayorkas.

Magnus said he would not step down. Magnus, the former Tucson police chief, was confirmed as commissioner in December.
"""

TRANSIT = """Transit board delays vote on fares

The Port Alder Regional Transit Authority board delayed a vote on higher fares, chair Marcus Oyelaran said on Tuesday.

Oyelaran said the Port Alder Regional Transit Authority would publish the fare study next month.
"""

FOOTBALL = """Rovers sign winger from Lisbon

Harbour Rovers have signed winger Tomas Brandao from Sporting Lisbon, manager Greta Lindqvist said.

Lindqvist said Brandao would join Harbour Rovers for pre-season training in July.
"""


def _analyses(*texts, **meta):
    out = []
    for i, t in enumerate(texts):
        extra = {k: v[i] for k, v in meta.items()}
        out.append(extract(Article(path=f"a{i + 1}.txt", content=t, title=t.split("\n", 1)[0], **extra)))
    return out


def _groups(analyses, settings=None):
    return [set(s.paths) for s in stories.group(analyses, settings or Settings())]


def test_same_story_from_two_outlets_is_grouped():
    assert _groups(_analyses(MAGNUS_1, MAGNUS_2)) == [{"a1.txt", "a2.txt"}]


def test_unrelated_stories_in_one_folder_stay_apart():
    groups = _groups(_analyses(MAGNUS_1, TRANSIT, MAGNUS_2, FOOTBALL))
    assert {"a1.txt", "a3.txt"} in groups
    assert {"a2.txt"} in groups and {"a4.txt"} in groups
    assert len(groups) == 3


@pytest.mark.parametrize("name", ["London", "Bush", "George Bush"])
def test_a_shared_common_name_alone_does_not_group(name):
    one = f"Fire crews tackle warehouse blaze\n\nFire crews spent the night at a warehouse fire, and {name} was mentioned by residents.\n"
    two = f"Council approves school budget\n\nThe school budget was approved by councillors after {name} was discussed at length.\n"
    groups = _groups(_analyses(one, two))
    assert len(groups) == 2, groups


def test_explicit_story_key_wins():
    # Same key: grouped although unrelated.
    assert _groups(_analyses(TRANSIT, FOOTBALL, story=["budget", "budget"])) == [{"a1.txt", "a2.txt"}]
    # Different keys: apart although about the same thing.
    assert len(_groups(_analyses(MAGNUS_1, MAGNUS_2, story=["one", "two"]))) == 2


def test_far_apart_dates_split_a_story():
    near = _groups(_analyses(MAGNUS_1, MAGNUS_2, date=["2022-11-11", "2022-11-12"]))
    far = _groups(_analyses(MAGNUS_1, MAGNUS_2, date=["2022-11-11", "2023-08-01"]))
    assert near == [{"a1.txt", "a2.txt"}]
    assert len(far) == 2


def test_single_and_separate_settings():
    analyses = _analyses(MAGNUS_1, TRANSIT, MAGNUS_2)
    assert len(_groups(analyses, Settings(stories="single"))) == 1
    assert len(_groups(analyses, Settings(stories="separate"))) == 3


def test_threshold_setting_controls_grouping():
    analyses = _analyses(MAGNUS_1, MAGNUS_2)
    assert len(_groups(analyses, Settings(story_threshold=0.99))) == 2
    assert len(_groups(analyses, Settings(story_threshold=0.05))) == 1


def test_label_names_the_story_and_keys_are_unique():
    result = stories.group(_analyses(MAGNUS_1, TRANSIT, MAGNUS_2), Settings())
    magnus = next(s for s in result if len(s.paths) == 2)
    assert "Magnus" in magnus.label
    assert len({s.key for s in result}) == len(result)
    lone = next(s for s in result if s.paths == ("a2.txt",))
    assert lone.label == "Transit board delays vote on fares"


def test_names_skip_titles_sentence_openers_and_common_words():
    text = ("Homeland Security Secretary Alejandro Mayorkas met the Bank of England. "
            "Internally, staff said Mr Brown's plan for Monday was late.")
    keys = [k for k, _surface, _at in mentions.entity_mentions(text)]
    assert "alejandro mayorkas" in keys and "homeland security" in keys
    assert "bank of england" in keys and "brown" in keys
    assert "internally" not in keys and "monday" not in keys and "mr" not in keys


def test_surname_counts_for_the_full_name():
    sig = stories.signature(_analyses(MAGNUS_2)[0])
    feats = dict(sig.features)
    assert "n:chris magnus" in feats and "n:magnus" not in feats


def test_precomputed_signatures_give_the_same_groups_and_pickle():
    analyses = _analyses(MAGNUS_1, TRANSIT, MAGNUS_2, FOOTBALL)
    sigs = [stories.signature(a) for a in analyses]
    assert pickle.loads(pickle.dumps(sigs)) == sigs
    assert stories.group(analyses, Settings(), sigs) == stories.group(analyses, Settings())


def test_story_rules_never_compare_across_stories():
    # The same quantity with incompatible values, and the same speaker, in
    # two unrelated stories: nothing may be flagged between them.
    a = ("Hospital expands cancer ward\n\nSt Brigid's Hospital in Carrow has about 4,500 employees, "
         "director Nadia Kerr said. \"We are growing fast,\" Nadia Kerr said.\n")
    b = ("Ferry operator cuts winter sailings\n\nNorthsea Ferries, based in Dunmore, has more than 9,000 employees, "
         "spokesman Nadia Kerr said. \"We are growing quickly,\" Nadia Kerr said.\n")
    analyses = _analyses(a, b)
    report = check_analyses(analyses, Settings())
    assert len(report.stories) == 2
    for f in report.findings:
        if f.rule in ("conflicting-figure", "quote-variant"):
            assert all(r.path == f.path for r in f.related), f.message


def test_candidate_pairs_stay_linear():
    # 300 articles that all share one very common name and, in blocks of
    # 100, a moderately common one: a common name proposes nothing, and a
    # posting list longer than WINDOW proposes only neighbours.
    sigs = []
    for i in range(300):
        feats = (("n:tony blair", 1.0), (f"n:block {i // 100}", 1.0), (f"n:person {i}", 1.0))
        sigs.append(stories.Signature(path=f"{i}.txt", story=None, day=None, title=None, features=feats))
    stories.group_signatures(sigs)
    assert stories.STATS.candidates <= 3 * 100 * stories.WINDOW
    assert stories.STATS.candidates < 300 * 299 // 2 // 4


def test_candidates_per_article_are_bounded_however_many_features_are_shared():
    # 600 articles sharing twenty moderately common names: each article
    # proposes through PROPOSE features only, so pairs stay linear.
    sigs = []
    for i in range(600):
        feats = tuple((f"n:name {k} {i % 30}", 1.0) for k in range(20)) + ((f"n:person {i}", 1.0),)
        sigs.append(stories.Signature(path=f"{i}.txt", story=None, day=None, title=None, features=feats))
    stories.group_signatures(sigs)
    assert stories.STATS.candidates <= 600 * stories.PROPOSE * stories.WINDOW


def test_reference_articles_are_one_story():
    report = run([str(shared_path("reference-articles"))], jobs=1)
    assert len(report.stories) == 1
    assert "Magnus" in report.stories[0].label


def test_accented_names_and_odd_input():
    keys = [k for k, _s, _at in mentions.entity_mentions("Reporters met Émile Zola and Łukasz Šimek in Zürich.")]
    assert "émile zola" in keys and "łukasz šimek" in keys
    odd = _analyses("", "TITLE ONLY", "x" * 50000, "中文文章\n\n北京市长说。")
    assert len(stories.group(odd, Settings())) == 4
    assert all(len(f) <= 32 for s in map(stories.signature, odd) for f, _w in s.features)


def test_a_brief_that_uses_only_the_surname_joins_the_story():
    brief = """Magnus will not quit

Magnus told reporters he will stay at Customs and Border Protection. Mayorkas declined to comment on Magnus.
"""
    assert _groups(_analyses(MAGNUS_2, brief)) == [{"a1.txt", "a2.txt"}]


def test_extraction_entities_are_preferred():
    from dataclasses import replace

    plain = replace(_analyses(TRANSIT)[0], entities=())  # as if extraction recognised no one
    boosted = replace(plain, entities=("Marcus Oyelaran", "Fare Review Panel"))
    feats = dict(stories.signature(boosted).features)
    assert "n:fare review panel" in feats  # one the scan could not see
    assert feats["n:marcus oyelaran"] > dict(stories.signature(plain).features)["n:marcus oyelaran"]


@pytest.mark.parametrize("folder", ["synthetic", "sample_inputs"])
def test_output_does_not_depend_on_the_string_hash_seed(tmp_path, folder):
    """Same input, same bytes, whatever PYTHONHASHSEED a run gets: nothing
    iterates a set into the output, and story scores are summed in a fixed
    order (a set's order changes with the seed, and so would a float sum's
    last bits)."""
    import os
    import subprocess
    import sys

    if folder == "sample_inputs":
        tmp_path = SAMPLES
    people = ["Ana Ruiz", "Tomas Brandao", "Greta Lindqvist", "Helen Park", "Samuel Achebe", "Marcus Oyelaran"]
    for i in range(24 if folder == "synthetic" else 0):
        a, b, c = people[i % 6], people[(i + 1) % 6], people[(i * 5 + 2) % 6]
        (tmp_path / f"{i:02d}.txt").write_text(
            f"{a} and {b} meet over harbour plan {i % 4}\n\n"
            f"{a} met {b} on Tuesday to discuss the harbour plan, {c} said. "
            f"{b} told {a} the harbour budget would rise.\n", encoding="utf-8")
    outs = set()
    for seed in ("0", "1", "2", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-m", "factcheck", "check", str(tmp_path), "--format", "json",
                              "--fail-on", "never", "--no-cache", "--jobs", "1"],
                             capture_output=True, text=True, env=env, check=True).stdout
        outs.add(out)
    assert len(outs) == 1
