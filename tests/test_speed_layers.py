"""Speed layers of the rules (issue 17, fifth round): each cheap test
decides only what the plain form would decide."""

import pytest

from factcheck.extract.guarded import absent
from factcheck.rules import vague_attribution

_EMBEDS = [
    ("Some say so (@jdoe) pic.twitter.com/abc", False),
    ("SEE HTTPS://T.CO/XYZ for more", False),
    ("Photo: PIC.TWITTER.COM/x", False),
    ("Odd ( @ spacing, http:// t.co", True),
    ("No post here at all.", True),
    ("pic.tw\u0131tter.com with a dotless i", False),  # folding not exact: searched
    ("p\u0130c.twitter.com with a dotted capital I", False),  # lower() changes its length: searched
    ("\u017fome long s (@x)", False),
    ("", True),
]


@pytest.mark.parametrize("text,skipped", _EMBEDS)
def test_absent_skips_only_text_where_embed_matches_nowhere(text, skipped):
    assert absent(text, vague_attribution._EMBED_NEEDS) is skipped
    if skipped:
        assert vague_attribution._EMBED.search(text) is None


_EXTRAS_TEXTS = [
    "Sales MORE THAN DOUBLED and Fares Have Risen By About Half. It took Four And A Half Hours, "
    "closed for a fortnight, reopened Within A Day at 9.40PM and shut again shortly before 6am.",
    "Costs rose by a third, then tenfold; in under a quarter of an hour at 4 a.m. it was over.",
    "The d\u0131ploma HALVED in \u0130stanbul: Risen by half, for a week.",  # folding not exact: the plain search
    "",
]


@pytest.mark.parametrize("text", _EXTRAS_TEXTS)
def test_quantity_extras_patterns_on_folded_text_match_as_written(text):
    from factcheck.quantities import extras, fast

    for pattern in (extras._RATIO, extras._RATIO_BY, extras._HALF_SPAN, extras._ARTICLE_SPAN, extras._CLOCK):
        plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(pattern, text)] == plain
    assert fast._twin(extras._RATIO_BY) is not None  # the folded path is taken for these patterns


_MATCH_TEXTS = [
    "The striker scored twice before half-time; the goalkeeper saved a penalty.",
    "The striker scored twice.",  # two of the words: no match report
    "Unscoredx strikers and goalkeepers-to-be met the defenders.",  # substrings, not the words themselves
    "Prices rose 5% last year, the bank said.",
]


@pytest.mark.parametrize("text", _MATCH_TEXTS)
def test_match_report_is_the_plain_word_count(text):
    import re

    from factcheck.extract import checkworthiness as cw
    from factcheck.extract.checkworthiness_fast import occur

    from .helpers import analyse

    levels = cw.Levels(analyse(text))
    plain = len(set(re.findall(r"[a-z]+(?:-[a-z]+)?", levels.narration.lower())) & cw._match_words()) >= 3
    assert levels.match_report is plain
    assert occur("a b c", ["a", "b", "d"], 2) and not occur("a b c", ["a", "d", "e"], 2)


@pytest.mark.parametrize("width", [-2, 0, 1, 3, 8, 30])
def test_lower_words_is_the_plain_window(width):
    from factcheck.quantities.fast import lower_words

    before = ("The", "council", "of", "St", "Aldric", "said", "on", "Monday", "that", "it", "would", "raise")
    after = ("rates", "by", "July", "and", "Hire", "more", "staff")
    for sides in ((before, after), ((), after), (before, ()), ((), ())):
        plain = [w for w in sides[0] if w.islower()][-width:] + [w for w in sides[1] if w.islower()][:width]
        assert lower_words(sides, width) == plain


@pytest.mark.parametrize("spans", [
    [], [(2, 5)], [(5, 2)], [(-3, 4)], [(8, 40)], [(2, 6), (4, 9)], [(6, 9), (2, 4)], [(2, 6), (3, 4)],
    [(0, 3), (3, 6)], [(1, 1)], [(50, 60)],
])
def test_unquoted_blanks_what_the_plain_character_list_blanks(spans):
    from factcheck.extract.checkworthiness import _unquoted

    text = "He said \u201cno way\u201d, twice."
    chars = list(text)
    for a, b in spans:
        a, b = max(a, 0), min(b, len(text))
        if a < b:
            chars[a:b] = " " * (b - a)
    assert _unquoted(text, spans) == "".join(chars)
