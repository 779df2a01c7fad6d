"""Shortcuts taken for speed in name, speaker and quote extraction give the
same answers as the plain versions they replaced."""

import re
from pathlib import Path

import pytest

from factcheck.extract import mentions, names, quotes, sentences, speaker_context, tokens
from factcheck.extract.lexicon import lexicon
from factcheck.model import Article

pytestmark = pytest.mark.slow

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference-articles"

TEXTS = [
    "Board chair Marcus Oyelaran said the plan failed. Mr. Oyelaran, 61, added that O'Brien Smith agreed.",
    "McDonald's Ronald McDonald met Jean-Claude van Damme and Ludwig van Beethoven in Washington.",
    "eBay Inc. said Mrs. Clinton and Ms Jane Doe met Miss Piggy; MrBean and Mr\u00a0X did not. Mr. J. R. Ewing spoke.",
    "Analysts - who asked not to be named - said 1,000.5 -- a--b x.y.z U.S. p.m. ab'c\u2019d e-f (x) 12,3 St. Louis.",
    "\u201cWe lost,\u201d she said. Then Dana Whitfield, the mayor, told reporters: \u201cNever again.\u201d\n\n\u201cAnd more.",
    "Ana\u00efs Nin\u2019s diary, \u00c9mile Zola and Ren\u00e9e Fleming\u2019s aria. Dr Who? The Doctor said so.",
    "Dana Whitfield said: \u201cWe will fight on.\n\n\u201cWe will not give up,\u201d she said.\n\n"
    "\"It was long.\n\n\"Very long,\" he said. \"Yes.\"\n\n\u201cOpen again\n\nNo quote here.",
    "",
]


def _texts():
    out = list(TEXTS)
    if REFERENCE.is_dir():
        out += [p.read_text(encoding="utf-8") for p in sorted(REFERENCE.glob("*.txt"))]
    return out


def _windows(text):
    n = len(text)
    step = max(1, n // 37)
    return [(s, e) for s in range(0, n + 1, step) for e in range(s, min(n, s + 300) + 1, max(1, step // 2 + 7))]


@pytest.mark.parametrize("text", _texts())
def test_name_runs_hold_the_multi_word_runs(text):
    """The one name scan matches one word or more; its runs of two words or
    more are what the two-or-more form finds (a lone word is consumed
    whole, so no longer run can start inside it)."""
    two_or_more = re.compile(names._NAME_RUN.pattern[:-1] + "+")
    assert names._NAME_RUN.pattern.endswith("*")
    for start in (0, 1, 5, len(text) // 2):
        assert [(m.start(), m.group()) for m in two_or_more.finditer(text, start)] == \
            [r for r in names.name_runs(text, start) if len(r[1].split()) > 1]


@pytest.mark.parametrize("text", _texts())
def test_honorific_pattern_equals_word_boundary_form(text):
    plain = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z]\.\s+)*([A-Z][\w'\u2019-]+)")
    for start in (0, 3, len(text) // 3):
        assert [(m.span(), m.groups()) for m in names._HONORIFIC.finditer(text, start)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text, start)]


@pytest.mark.parametrize("text", _texts())
def test_token_pattern_equals_look_behind_form(text):
    plain = re.compile(tokens.TOKEN_RE.pattern.replace(r"-(?<=\s-)(?=\s)", r"(?<=\s)-(?=\s)"))
    assert plain.pattern != tokens.TOKEN_RE.pattern
    for s, e in _windows(text):
        assert tokens.tokens(text, s, e) == [(m.group(), m.start(), m.end()) for m in plain.finditer(text, s, e)]


@pytest.mark.parametrize("text", _texts())
def test_name_index_same_as_uncached_build(text):
    index = names.NameIndex(text, 0)
    names._run_keys.cache_clear()
    fresh = names.NameIndex(text, 0).first
    assert index.first == fresh


def _sentence_scanner(text):
    """The sentences of ``text`` and ``scan(i, out)``, which adds sentence
    i's speaker events to ``out`` (what speakers does per sentence)."""
    art = Article(path="a.txt", content=text)
    paras = sentences.paragraphs(text, 0, len(text))
    sents = sentences.sentences(art, paras)
    found = quotes.find_quotes(art, sents, paras)
    ctx = speaker_context._Ctx(art, sents, paras, found, lexicon())

    def scan(i, out):
        speaker_context._sentence_speakers(ctx, sents[i], out)

    return sents, scan


@pytest.mark.parametrize("text", _texts())
def test_events_read_backward_equal_the_sorted_list(text):
    """Each pronoun sees, latest first, exactly the events a full scan
    sorted would give before it."""
    sents, scan = _sentence_scanner(text)

    everything = []
    for i in range(len(sents)):
        scan(i, everything)
    extra = [(len(text) // 2, "Added Name", "person"), (0, "First", "organisation")]
    events = speaker_context._Events(sents, scan)
    for e in extra:
        events.add(e)
    full = sorted(everything + extra)
    for at in sorted({0, len(text)} | {s.start for s in sents} | {s.end - 1 for s in sents}):
        want = [e for e in reversed(full) if e[0] < at]
        assert list(events.before(at)) == want


_PLAIN_END = re.compile(
    r"""([.!?]+|\.\.\.|\u2026)(["'\u201d\u2019\u2033)\]]*)(\s+)(?=["'\u201c\u2018\u2033(\[]*[A-Z0-9\u00c0-\u024f])""")
_END_CASES = ["It ended. Then", "Wait... What", "Really?! Yes", "So\u2026 And", "So\u2026. And", "x\u2026\u2026 Y",
              "He said \"no.\" The", "(Done.) Next", "a.\u2026 B", "1.5 m. 2 A", "end!\u201d \u201cNew", "a .\n\nB"]


@pytest.mark.parametrize("text", _END_CASES + _texts())
def test_sentence_end_pattern_equals_plain_alternation(text):
    for s, e in [(0, len(text)), (1, len(text)), (0, max(0, len(text) - 2))]:
        assert [m.span(1) + m.span(2) + m.span(3) for m in sentences._END.finditer(text, s, e)] == \
            [m.span(1) + m.span(2) + m.span(3) for m in _PLAIN_END.finditer(text, s, e)]


@pytest.mark.parametrize("text", ["U.S.", "Sen.", "p.m.", "the end.", "x\n.", "J.", "a b\n", "", "Ph.D", "12 3"]
                         + _texts()[:8])
def test_word_before_possessive_equals_greedy(text):
    plain = re.compile(r"([A-Za-z][A-Za-z.]*)$")
    for dot in range(len(text) + 1):
        for lo in (0, max(0, dot - 20)):
            got, want = sentences._WORD_BEFORE.search(text, lo, dot), plain.search(text, lo, dot)
            assert (got and got.span(1)) == (want and want.span(1))


@pytest.mark.parametrize("text", _texts())
def test_added_events_are_the_non_person_events(text):
    """``added_before`` (used for "it", "they") gives what ``before``
    gives less the sentences' own events, which are all persons."""
    sents, scan = _sentence_scanner(text)

    events = speaker_context._Events(sents, scan)
    extra = [(len(text) // 2, "Acme Corp", "organisation"), (0, "Zed", "person"), (len(text) // 3, "Ann Lee", "person")]
    for e in extra:
        events.add(e)
    for at in sorted({0, len(text), len(text) // 2 + 1} | {s.start for s in sents}):
        every = list(events.before(at))
        assert all(e[2] == "person" for e in every if e not in extra)
        assert list(events.added_before(at)) == [e for e in every if e in extra]


def test_quote_rebuilt_field_by_field():
    """assign_speakers builds the new Quote from the five positional fields
    and sets every other field: a field added to Quote must be handled there."""
    import dataclasses

    from factcheck.model import Quote
    assert [f.name for f in dataclasses.fields(Quote)] == [
        "start", "end", "text_start", "text_end", "sentence", "speaker", "speaker_start", "speaker_end", "cue",
        "speaker_class", "content_start", "content_end"]


_QUOTE_INNERS = ["", "Deep state", "We lost.", "Too forced?", "BERNIE!", "Meet the Press", "The Lord of the Rings",
                 "one two three four", "One Two Three Four Five Six Seven Eight", "One Two Three Four Five Six Seven "
                 "Eight Nine", "It was long. Very long", "a-b c'd e\u2019f", "The Revenant.", "12 Angry Men"]


def _plain_is_title(inner):
    words = quotes._WORD.findall(inner)
    if not words or len(words) > quotes.TITLE_WORDS or not words[0][:1].isupper():
        return False
    if re.search(r"[.!?;:]\s+\S", inner):
        return False
    return all(w[:1].isupper() or w.lower() in quotes._MINOR or w[:1].isdigit() for w in words)


@pytest.mark.parametrize("inner", _QUOTE_INNERS)
def test_scare_quote_reads_only_the_first_words(inner):
    from factcheck.model import Quote
    for n in (0, 1, 4, 9, 100):
        assert quotes._first_words(inner, n) == quotes._WORD.findall(inner)[:n]
    assert quotes.is_title(inner) == _plain_is_title(inner)
    text = "\u201c" + inner + "\u201d"
    q = Quote(0, len(text), 1, 1 + len(inner), 0)
    plain = not (inner[:1].isupper() and (inner[-1:] in "?!" or inner[-1:] == "." and not
                                          _plain_is_title(inner.rstrip(".")))) and \
        (len(quotes._WORD.findall(inner)) <= quotes.SCARE_WORDS or _plain_is_title(inner))
    assert quotes.is_scare_quote(text, q) == plain


@pytest.mark.parametrize("text", _QUOTE_INNERS + _texts())
def test_lead_terms_read_lazily_are_the_first_terms(text):
    from itertools import islice

    from factcheck import stories
    plain = [t for t in (stories._term(w) for w in re.findall(r"[A-Za-z][A-Za-z'\u2019-]+", text)) if t]
    assert stories._terms(text) == plain
    for k in (0, 1, 12, 1000):
        assert list(islice(stories._iter_terms(text), k)) == plain[:k]


def _plain_label(members):
    from collections import Counter, defaultdict
    if len(members) > 1:
        held, weight, surface = Counter(), Counter(), defaultdict(Counter)
        for s in members:
            for f, w in s.features:
                if f[0] in "ns":
                    held[f] += 1
                    weight[f] += w
            for f, surf in s.names:
                surface[f][surf] += 1
        top = sorted((f for f in held if held[f] > 1), key=lambda f: (f[0] != "n", -held[f], -weight[f], f))
        top = [f for f in top if not (f[0] == "s" and any(t.endswith(" " + f[2:]) for t in top[:2]))][:2]
        if top:
            return " / ".join(surface[f].most_common(1)[0][0] if surface[f] else f[2:] for f in top)
    for s in members:
        if s.title:
            return s.title
    return members[0].path.replace("\\", "/").rsplit("/", 1)[-1]


def _sig(path, feats, spelled=(), title=None):
    from factcheck.stories import Signature
    return Signature(path=path, story=None, day=None, title=title, features=tuple(sorted(feats)),
                     names=tuple(sorted(spelled)))


_LABEL_CASES = [
    [_sig("a/x.txt", [("n:chris magnus", 2.0)], [("n:chris magnus", "Chris Magnus")], "T")],
    [_sig("a/x.txt", [("n:chris magnus", 2.0), ("s:magnus", 1.0)], [("n:chris magnus", "CHRIS MAGNUS")]),
     _sig("b/y.txt", [("n:chris magnus", 1.0), ("s:magnus", 0.5)], [("n:chris magnus", "Chris Magnus")]),
     _sig("c/z.txt", [("n:chris magnus", 1.5)], [("n:chris magnus", "Chris Magnus")])],
    [_sig("a", [("s:magnus", 1.0), ("t:border", 1.0)]), _sig("b", [("s:magnus", 0.5)], [("s:magnus", "Magnus")])],
    [_sig("a", [("n:port alder", 1.0), ("n:dana whitfield", 1.0)], [("n:port alder", "PORT ALDER")]),
     _sig("b", [("n:port alder", 1.0), ("n:dana whitfield", 2.0)], [("n:port alder", "Port Alder"),
                                                                     ("n:dana whitfield", "Dana Whitfield")])],
    [_sig("a", [("t:vote", 1.0)], title="Vote"), _sig("b", [("t:vote", 1.0)])],
    [_sig("dir\\a.txt", []), _sig("b", [])],
]


@pytest.mark.parametrize("members", _LABEL_CASES)
def test_label_spells_only_the_shown_names(members):
    from factcheck import stories
    assert stories.label(members) == _plain_label(members)


@pytest.mark.parametrize("text", ["''Yes,'' he said", "'''", "''''x", "it's 'so' \"a\" \u201cb\u201d \u2033c\u2033",
                                  "\u201ed\u201c \u00abe\u00bb '\"' \"'' '", "'", "", "a''", "5'10\" tall"] + _texts())
def test_quote_mark_pattern_equals_plain_alternation(text):
    plain = re.compile("''|[\"\u201c\u201d\u2033\u201e\u00ab\u00bb]")
    for s, e in [(0, len(text)), (1, len(text)), (0, max(0, len(text) - 1)), (2, len(text))]:
        assert [m.span() for m in quotes._MARK.finditer(text, s, e)] == [m.span() for m in plain.finditer(text, s, e)]


@pytest.mark.parametrize("text", ["Ludwig van Beethoven and Ludwig van beethoven", "J. R. Ewing", "Mr.  Blair\nBrown",
                                  "IMF. Palaniappan Chidambaram", "O'Brien-Smith Jr. Said", "The cat", "A. B", "Ab.Cd Ef",
                                  "Jean de la Fontaine", "X \u00c9mile Zola"] + _texts())
def test_name_run_possessive_equals_plain(text):
    plain = re.compile(names._NAME_RUN.pattern.replace("++", "+"))
    assert plain.pattern != names._NAME_RUN.pattern
    for start in (0, 1, 3, len(text) // 2):
        assert [m.span() for m in names._NAME_RUN.finditer(text, start)] == \
            [m.span() for m in plain.finditer(text, start)]


def test_cue_pattern_memo_follows_the_lexicon():
    from factcheck.settings import Settings
    plain = lexicon()
    extended = lexicon(Settings(speech_verbs=["harrumphed"]))
    for lex in (plain, extended, plain, extended):
        assert speaker_context._cues_for(lex) is speaker_context._cue_pattern(tuple(lex.speech_verbs) + speaker_context._quote_verbs())
    assert speaker_context._cues_for(extended).search("he harrumphed") and not speaker_context._cues_for(plain).search("harrumphed")


def _plain_split_run(run, initial):
    out, piece, first = [], [], True
    for tok in run.split():
        if tok.islower():
            if piece:
                piece.append(tok)
            continue
        bare = tok if mentions._INITIALS.match(tok) else mentions._POSSESSIVE.sub("", tok).strip(".-&'\u2019")
        low = mentions.name_key(bare)
        opener = initial and first and not piece
        if not low or low in mentions.TITLES or low in mentions.COMMON_WORDS or (opener and mentions._ADJECTIVE.match(tok)):
            mentions._emit(piece, initial and first, out)
            piece, first = [], False
            continue
        piece.append(bare)
    mentions._emit(piece, initial and first, out)
    return tuple(out)


@pytest.mark.parametrize("tok", ["U.S.", "J.", "Blair's", "Blair\u2019s", "Jones'", "A.B.C.D.", "U.S.'s", "St.", "Mr.",
                                 "Coca-Cola", "AT&T", "'s", "s", "Ms", "I.B.M's", "E.ON", "-Sky-", "X.Y", "State-owned"])
def test_story_run_split_equals_regex_form(tok):
    for initial in (False, True):
        for run in (tok, "Tony " + tok, tok + " Blair", "Secretary " + tok + " of Smith", "The " + tok):
            assert mentions._split_run.__wrapped__(run, initial) == _plain_split_run(run, initial)


_PLAIN_SITE_BEFORE = re.compile(
    r"(?<![.!?\n][ \t])(?<=[ \t])([A-Z][a-z]{2,})[ \t]+(?:([a-z]{3,})[ \t]+)?([a-z]{3,})\b")


@pytest.mark.parametrize("text", _texts() + ["a Dunstan cash depot. Dunstan depot\n Kerr mill\tX Abc def ghi",
                                             "  Abc def\t Abc  def ghi. Abc def! Abc def"])
def test_site_before_opening_with_its_capital_is_the_plain_pattern(text):
    """story_links._SITE_BEFORE has its look-behinds after the capital;
    it finds what the plain pattern (look-behinds first) finds."""
    from factcheck import story_links

    def found(rx, s):
        return [(m.span(), m.groups()) for m in rx.finditer(s)]

    assert found(story_links._SITE_BEFORE, text) == found(_PLAIN_SITE_BEFORE, text)
    for start, end in _windows(text)[:200]:
        assert found(story_links._SITE_BEFORE, text[start:end]) == found(_PLAIN_SITE_BEFORE, text[start:end])


@pytest.mark.parametrize("text", _texts())
def test_run_keys_of_a_one_word_run_is_none(text):
    """names._run_keys answers a run with no space at once (None): the
    plain reading (run_words, fewer than two words) gives None too."""
    for _off, run in names.name_runs(text, 0):
        if not re.search(r"\s", run):
            assert len(names.run_words(run)[1]) < 2
            assert names._run_keys(run) is None
