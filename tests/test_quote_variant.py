"""quote-variant: the same speaker quoted with different wording."""

import pytest

from factcheck.model import Analysis, Article, Quote
from factcheck.rules import quote_variant
from factcheck.rules.base import COMPARISONS, place, stamp
from factcheck.rules.quote_variant import check_story, compare, speaker_key, speaker_keys
from factcheck.settings import Settings

from .helpers import report_for


@pytest.mark.parametrize("name,key", [
    ("Dana Whitfield", "whitfield"),
    ("Whitfield", "whitfield"),
    ("Martin Luther King Jr.", "king"),
    ("O\u2019Neill", "o'neill"),
    ("the man", None),
    ("The 41-year-old chart-topper", None),
    ("Mr Howard", "howard"),
    # a definite title "of" a place is keyed by the title
    ("The Dean of Lanceby", "dean"),
    ("the Dean", "dean"),
    (None, None),
    ("", None),
    # an unnamed spokesperson speaks for a body: the role is the key, whatever names the body
    ("A Railway Lines spokeswoman", "role:spokeswoman"),
    ("a spokeswoman", "role:spokeswoman"),
    ("a company spokesman", "role:spokesman"),
    ("the judge", "role:judge"),
])
def test_speaker_key(name, key):
    assert speaker_key(name) == key


@pytest.mark.parametrize("name, keys", [
    # a spokesperson of a named body: the role and the body, which another outlet may quote
    ("A Mercia spokesperson", ("role:spokesperson", "mercia")),
    ("a spokesperson", ("role:spokesperson",)),
    ("Dana Whitfield", ("whitfield",)),
    ("the man", ()),
])
def test_speaker_keys(name, keys):
    assert speaker_keys(name) == keys


@pytest.mark.parametrize("a,b,variant", [
    ("We are not going anywhere, and the work is just beginning",
     "We are not going anywhere, the work has just begun", True),
    ("I'm not going anywhere, the work we started is not finished",
     "I am not going anywhere, and the work we started is far from finished", True),
    # an excerpt of the longer quote with one word changed
    ("a symptom of a department that was cut to the bone",
     "The overtime is a symptom of a department cut to the bone, and we want it fixed", True),
    # identical after case, punctuation and quote-mark normalisation
    ("We are not going anywhere -- and the work is just beginning!",
     "we are NOT going anywhere, and the work is just beginning", False),
    # a compound written open, hyphenated or solid is house style
    ("We are deeply sorry, and we are cooperating fully with the inspectors",
     "We are deeply sorry, and we are co-operating fully with the inspectors", False),
    ("Tollan is a jewel of British cheesemaking, and we will protect it",
     "Tollan is a jewel of British cheese making, and we will protect it", False),
    # curly apostrophe vs straight apostrophe
    ("We don\u2019t raise taxes in this city, ever", "We don't raise taxes in this city, ever", False),
    # shorter excerpt
    ("not going anywhere", "We are not going anywhere, and the work is just beginning", False),
    ("We owe riders a system that runs on time, and right now we are not delivering",
     "We owe riders a system that runs on time, and right now we are not delivering that", False),
    # excerpt with an ellipsis
    ("We owe riders a system ... right now we are not delivering",
     "We owe riders a system that runs on time, and right now we are not delivering", False),
    # an editorial insertion in brackets or parentheses is not a change
    ("We have decided that BMW will enter the [crossover] segment this year",
     "We have decided that BMW will enter the segment this year", False),
    ("companies like Electronic Arts (EA), which comes with a big catalogue",
     "companies like Electronic Arts, which comes with a big catalogue", False),
    # a one-word slip is a variant
    ("They will probably play an increasing role in helping P2P spread",
     "They will probably pay an increasing role in helping P2P spread", True),
    # different utterances of the same speaker
    ("Once we got the third goal it should have been four or five but we nearly paid for it in the end",
     "It should have been more convincing", False),
    ("United made a mistake in selling me", "I know they made a mistake", False),
    ("We are not going anywhere", "The budget will be balanced by June", False),
    ("The vote was a mistake and the board knows it",
     "We will appeal the decision in court next month", False),
    # two sentences joined by one version: the words it adds run across a sentence end
    ("I meant exactly that. He's the founder of the gang", "No, I meant he's the founder of the gang", False),
    ("We did not hide these figures. We never discussed them with anyone",
     "We did not hide these figures from anyone", False),
    # words added inside one sentence are a change
    ("I meant exactly that, he's the founder of the gang", "No, I meant he's the founder of the gang", True),
    # a quote cut at a comma before a new clause is an excerpt; one the speaker ends there is not
    ("We have checked all eighteen turbines from the ground,",
     "We have checked all 18 turbines from the ground and will send climbers up each one.", False),
    ("They did the right thing by staying together.",
     "They did the right thing by staying together and keeping warm.", True),
    # a word changed where the shorter version stops and the longer's sentence ends is a variant
    ("The signs are clear and they are well lit. Drivers must check the height before they enter.",
     "The signs are clear and they are well placed,", True),
    # a subordinator that ends the longer version's sentence is an adverb, not a new clause
    ("We are fixing more leaks than ever before. Our customers deserve better.",
     "We are fixing more leaks than ever,", True),
    # British and American past forms are house style
    ("I am sorry for every family whose holiday we have spoiled.",
     "I am sorry for every family whose holiday we have spoilt,", False),
    # one sentence worded two ways in quotes of several sentences is not taken for
    # a variant: a speaker says a line alike in several interviews (PolNeAR round 18:
    # "He was the most valuable player." / "He is the most valuable player.")
    ("Nobody is pretending this is good news. We should have been more honest about the risks from the start.",
     "Nobody is pretending this is welcome news. The line will be finished, and it will be worth it.", False),
    # the words after the shorter version stops are its sentence's last ones, not the next sentence's
    ("We are fixing more leaks than ever before. Our customers deserve better, and they will get it.",
     "We are fixing more leaks than ever,", True),
    # a short quote with one word changed in the middle
    ("We will not pay criminals.", "We will never pay criminals.", True),
    ("It was over in one night.", "It was all over in a single night.", True),
    # but two short sentences that share only short runs are not
    ("We love this town and its people.", "We built this town with our hands.", False),
    # two sentences a speaker said alike are not one sentence reworded
    ("I don't know what to say. I don't like doing this at all.",
     "I don't even know what to do right now. Thank you all for voting for me.", False),
])
def test_compare(a, b, variant):
    assert (compare(a, b) is not None) == variant


def test_compare_lists_the_differing_words():
    ratio, da, db, changes, _ = compare("We are not going anywhere, and the work is just beginning",
                                     "We are not going anywhere, the work has just begun")
    assert da == ["and", "is", "beginning"] and db == ["has", "begun"]
    assert ("is", "has") in changes
    assert 0.6 <= ratio < 1


def test_same_article_needs_closer_wording():
    a = "The plan is sound and the money is there"
    b = "The plan is risky and the cash is not there"
    assert compare(a, b, same_article=False) is not None
    assert compare(a, b, same_article=True) is None


def _analysis(path, text, quotes, outlet=None):
    """An Analysis with hand-placed quotes: each (quote text, speaker)."""
    art = Article(path=path, content=text, outlet=outlet)
    qs = []
    for qt, speaker in quotes:
        at = text.index(qt)
        qs.append(Quote(at - 1, at + len(qt) + 1, at, at + len(qt), 0, speaker=speaker))
    return Analysis(article=art, quotes=tuple(qs))


def test_hand_built_story_across_outlets():
    q1 = "I am not going anywhere, and the work we started is far from finished"
    q2 = "I'm not going anywhere, the work we started is not finished"
    a = _analysis("ledger.md", f'"{q1}," Whitfield said.', [(q1, "Dana Whitfield")], outlet="Ledger")
    b = _analysis("ch7.txt", f'"{q2}," Whitfield said.', [(q2, "Whitfield")], outlet="Channel 7")
    COMPARISONS.count = 0
    found = list(check_story([a, b], Settings()))
    assert COMPARISONS.count == 1
    assert len(found) == 1
    f = stamp(quote_variant, found[0])
    assert f.rule == quote_variant.ID and f.severity == quote_variant.SEVERITY and f.path == "ch7.txt"
    assert f.payload.speaker == "Dana Whitfield"
    assert [v.outlet for v in f.payload.versions] == ["Channel 7", "Ledger"]
    assert [v.text for v in f.payload.versions] == [q2, q1]
    assert f.payload.differing == (("not",), ("and", "far", "from"))  # "I'm" / "I am": house style
    assert f.data["differing"] == [["not"], ["and", "far", "from"]]
    assert f.related and f.related[0].path == "ledger.md"
    assert "Whitfield" in f.message and "far from" in f.message


def test_only_the_same_speaker_is_compared():
    q1 = "We are not going anywhere, and the work is just beginning"
    q2 = "We are not going anywhere, the work has just begun"
    a = _analysis("a.txt", f'"{q1}," Ruiz said.', [(q1, "Ana Ruiz")])
    b = _analysis("b.txt", f'"{q2}," Lee said.', [(q2, "Sam Lee")])
    c = _analysis("c.txt", f'"{q2}," someone said.', [(q2, None)])
    COMPARISONS.count = 0
    assert list(check_story([a, b, c], Settings())) == []
    assert COMPARISONS.count == 0


def test_within_one_article_through_the_pipeline():
    report = report_for(
        '"We are not going anywhere, and the work is just beginning," Mayor Ana Ruiz said on Monday.\n\n'
        'Later she repeated it. "We are not going anywhere, and the work is only beginning," Ruiz said.'
    )
    found = [f for f in report.findings if f.rule == "quote-variant"]
    assert len(found) == 1 and found[0].payload.differing == (("only",), ("just",))


def test_a_repeated_quote_is_reported_once_per_pair_of_articles():
    q1 = "We are not going anywhere, and the work is just beginning"
    q2 = "We are not going anywhere, the work has just begun"
    a = _analysis("a.txt", f'"{q1}," Ruiz said. Later: "{q1}," Ruiz said again.', [(q1, "Ana Ruiz")])
    # both occurrences of q1 in a.txt
    text = a.article.content
    second = text.index(q1, text.index(q1) + 1)
    a = Analysis(article=a.article, quotes=a.quotes + (Quote(second - 1, second + len(q1) + 1, second,
                                                              second + len(q1), 0, speaker="Ana Ruiz"),))
    b = _analysis("b.txt", f'"{q2}," Ruiz said.', [(q2, "Ruiz")])
    found = list(check_story([a, b], Settings()))
    assert len(found) == 1


# The rule compares each wording once and only wordings that share enough
# words (quote_variant._variant_pairs); the findings are those of comparing
# every pair of a speaker's quotes, as written out here.

def _every_pair(analyses):
    from factcheck.rules.quote_variant import _finding, _norm, _one_paragraph

    buckets = {}
    for ai, an in enumerate(analyses):
        for q in an.quotes:
            for key in speaker_keys(q.speaker):
                buckets.setdefault(key, []).append((ai, an, q))
    out, told = [], set()
    for key in sorted(buckets):
        items = buckets[key]
        wordings = {}  # (words a, words b) -> the pairs of places quoting them, in order
        for j, (aj, an_b, qb) in enumerate(items):
            tb = an_b.article.content[qb.text_start:qb.text_end]
            for i, (ai, an_a, qa) in enumerate(items[:j]):
                ta = an_a.article.content[qa.text_start:qa.text_end]
                found = compare(ta, tb, same_article=ai == aj)
                if ai == aj and _one_paragraph((ai, an_a, qa), (aj, an_b, qb)):
                    continue  # one utterance's parts in one paragraph
                if found is not None:
                    wordings.setdefault((_norm(ta), _norm(tb)), []).append((i, j, ta, tb, found))
        for pairs in wordings.values():
            i, j, ta, tb, found = pairs[0]
            spot = ((items[i][1].article.path, items[i][2].start), (items[j][1].article.path, items[j][2].start))
            if spot in told:
                continue
            told.add(spot)
            more = [k for i2, j2, _, _, _ in pairs[1:] for k in (i2, j2) if k not in (i, j)]
            also = [place(items[k][1], items[k][2].start, items[k][2].end) for k in dict.fromkeys(more)]
            out.append(_finding(items[i][1], items[i][2], ta, items[j][1], items[j][2], tb, found, also))
    return out


WORDINGS = (
    "We are not going anywhere, and the work is just beginning",
    "We are not going anywhere, the work has just begun",
    "we are NOT going anywhere -- and the work is just beginning!",
    "not going anywhere",
    "The budget is balanced and we did not raise a single tax",
    "The budget is balanced, and we didn't raise a single tax",
    "The plan is sound and the money is there",
    "The plan is risky and the cash is not there",
)


def test_variant_pairs_equal_comparing_every_pair():
    import random

    rng = random.Random(5)
    for _ in range(40):
        analyses = []
        for k in range(rng.randint(1, 6)):
            chosen = [(rng.choice(WORDINGS), rng.choice(("Ana Ruiz", "Ruiz", "Tom Hale", "A Ruiz spokesperson",
                                                          "a spokesperson")))
                      for _ in range(rng.randint(1, 4))]
            text = " ".join(f'"{w}," {s} said.' for w, s in chosen)
            quotes, pos = [], 0
            for w, speaker in chosen:
                at = text.index(w, pos)
                quotes.append(Quote(at - 1, at + len(w) + 1, at, at + len(w), 0, speaker=speaker))
                pos = at + len(w)
            analyses.append(Analysis(article=Article(path=f"a{k}.txt", content=text), quotes=tuple(quotes)))
        COMPARISONS.count = 0
        found = list(check_story(analyses, Settings()))
        expected = _every_pair(analyses)
        assert found == expected
        n = {}
        for an in analyses:
            for q in an.quotes:
                for key in speaker_keys(q.speaker):
                    n[key] = n.get(key, 0) + 1
        assert COMPARISONS.count == sum(c * (c - 1) // 2 for c in n.values())
