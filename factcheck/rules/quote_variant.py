"""The same speaker quoted with different wording in two places.

A direct quote promises the reader the speaker's exact words.  When two
articles (or two places in one article) quote the same person saying nearly
the same thing in different words, at most one of them is verbatim.  The
finding shows both versions and the words that differ.

How it decides: quotes are grouped by speaker (surname), and only quotes of
the same speaker are compared.  Two quotes are variants when their words,
after ignoring case, punctuation and the style of quotation marks, are close
enough to be the same utterance (most of the shorter quote's words appear in
order in the other, over a similarity threshold) but are not identical.  A
quote that is an exact excerpt of the other (a shorter fragment, or a
fragment with an ellipsis) is not a variant, unless it closes its clause
where the other goes on ("who trusted him," / "who trusted him most,"): one
version stops the speaker short.  A version cut at a comma where the other
opens a new clause ("from the ground," / "from the ground and will send
climbers up") is an excerpt; one the speaker ends with a full stop ("by
staying together." / "... and keeping warm.") is not.  Two quotes in the same article
must be closer than two quotes in different articles, because a speaker may
repeat a phrase in one interview.  When the words one version has and the
other lacks run across a sentence end ("I meant exactly that. He's the
founder" / "No, I meant he's the founder"), the longer version joins two
sentences the speaker said: not a variant.  Two quotes of one speaker in
one paragraph of one article are parts of one utterance ('"We did not
disclose it," he said. "We did not talk about it."'), never two versions of
it: a reporter does not quote one remark twice in a paragraph.  House style is not a variant: spellings
("tyres"/"tires", "organise"/"organize", "spoilt"/"spoiled"), numbers as words or numerals and
"per cent"/"%" are read alike (``factcheck.extract.wording``), and so are
a contraction and its long form ("that's" / "that is").  Two
wordings are one finding, however many articles quote each: the other
places are listed with it.
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from typing import Dict, FrozenSet, Iterator, List, Optional, Sequence, Tuple

from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import word_set
from factcheck.extract.wording import canonical, canonical_words, stands_for
from factcheck.model import Analysis, Finding, Quote, QuoteVersion, VariantPayload
from factcheck.settings import Settings

from .base import COMPARISONS, finding, place

ID = "quote-variant"
SEVERITY = "warning"
SUMMARY = "The same speaker is quoted with different wording in two places."
STANDARD = "AP Stylebook, 'Quotations in the news': never alter quotations, even to correct minor grammatical errors."
SUGGESTION = "Check the recording or notes and use the speaker's exact words in both places (or paraphrase without quotation marks)."
SCOPE = "story"
EXAMPLES = {
    "trigger": [
        [
            '"We are not going anywhere, and the work is just beginning," Mayor Ana Ruiz said.',
            '"We are not going anywhere, the work has just begun," Mayor Ana Ruiz said.',
        ],
        [
            '"The budget is balanced and we did not raise a single tax," Governor Tom Hale said on Monday.',
            'Hale defended the plan. "The budget is balanced, and we didn\'t raise any tax," Hale said.',
        ],
        # one version stops the speaker short
        [
            '"He betrayed the people who trusted him," Judge Ana Ruiz said on Monday.',
            '"He betrayed the people who trusted him most," Judge Ana Ruiz said on Monday.',
        ],
        # one article, one remark reworded two paragraphs later
        'Treasurer quits\n\n"We did not disclose the losses to the board," treasurer Ana Ruiz said on Monday.\n\n'
        'The council will meet on Friday to appoint an interim treasurer.\n\n'
        'Asked about the accounts, Ruiz said: "We did not reveal the losses to the board."\n',
    ],
    "no_trigger": [
        [
            '"We are not going anywhere," Mayor Ana Ruiz said.',
            '"The budget will be balanced by June," Mayor Ana Ruiz said.',
        ],
        [
            '"We are not going anywhere, and the work is just beginning," Mayor Ana Ruiz said.',
            'Ruiz said she was "not going anywhere" and that "the work is just beginning."',
        ],
        [
            '\u201cWe are not going anywhere, and the work is just beginning,\u201d Mayor Ana Ruiz said.',
            '"we are NOT going anywhere -- and the work is just beginning!" Mayor Ana Ruiz said.',
        ],
        [
            '"We are not going anywhere, and the work is just beginning," Mayor Ana Ruiz said.',
            '"We are not going anywhere, and the work is just beginning," council member Joe Ruiz-Tagle said.',
        ],
        # a contraction written out is house style
        [
            '"They did everything right, and that is why they are alive," Captain Ana Ruiz said.',
            '"They did everything right, and that\'s why they\'re alive," Captain Ana Ruiz said.',
        ],
        # an excerpt that stops where the other has a sentence end or a comma
        [
            '"We will fight for every job. We will win," Mayor Ana Ruiz said.',
            '"We will fight for every job," Mayor Ana Ruiz said.',
        ],
        # two sentences of one speaker, joined in one version: not one sentence reworded
        [
            '"We did not hide these figures. We never discussed them with anyone," Mayor Ana Ruiz said.',
            '"We did not hide these figures from anyone," Mayor Ana Ruiz said.',
        ],
        # one paragraph, two sentences of one utterance: its parts, not two versions
        'Treasurer quits\n\n"We did not disclose the losses to the board," treasurer Ana Ruiz said. '
        '"We did not discuss the losses with the board and the figures were wrong."\n',
    ],
}

MIN_WORDS = 4          # shorter quotes are fragments, not utterances
CROSS_RATIO = 0.6      # similarity needed between two articles
SAME_RATIO = 0.75      # ... and within one article
MIN_COVER = 0.6        # share of the shorter quote's words found in the other

_WORD = Lazy(r"[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)*")
_ELLIPSIS = Lazy(r"\.\s?\.\s?\.|\u2026|\[\.\.\.\]")
_SUFFIX = {"jr", "sr", "ii", "iii", "iv", "phd", "md"}
_NOT_NAME = {"the", "a", "an", "he", "she", "they", "it", "we", "i"}
_ROLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "judge", "coroner", "recorder", "magistrate"})
# Editorial insertions inside a quote: "[crossover]", "(EA)".
_INSERTION = Lazy(r"\[[^\]]*\]|\([^)]*\)")


def speaker_key(name: Optional[str]) -> Optional[str]:
    """The normalised surname of a speaker name (its last capitalised word);
    for an unnamed speaker of a role that speaks for a body or a court ("a
    spokeswoman", "A Railway Lines spokeswoman", "the judge"), the role
    ("role:spokeswoman"): two outlets' quotes of the body's spokeswoman are one
    person's words; None for anyone else unnamed ("the man")."""
    words = _name_words(name)
    if words and words[0].lower() == "the" and "of" in words:
        words = words[:words.index("of")]  # "The Dean of Lanceby" is "the Dean" the other outlet quotes
    if words and words[-1].islower() and words[-1] in _ROLE_NOUNS:
        return "role:" + words[-1]  # "a spokeswoman", "A Railway Lines spokeswoman": one unnamed role
    named = [w for w in words if w[:1].isupper() and w.lower() not in _NOT_NAME]
    if not named:
        return None
    key = named[-1].lower()
    return key[:-2] if key.endswith("'s") else key


def speaker_keys(name: Optional[str]) -> Tuple[str, ...]:
    """The keys a speaker's quotes are compared under: ``speaker_key``, and
    for a spokesperson of a named body ("A Mercia spokesperson") the body's
    too, which another outlet may give as the speaker ("Mercia said")."""
    key = speaker_key(name)
    if not key:
        return ()
    if not key.startswith("role:"):
        return (key,)
    body = [w for w in _name_words(name)[:-1] if w[:1].isupper() and w.lower() not in _NOT_NAME]
    return (key, body[-1].lower()) if body else (key,)


def _name_words(name: Optional[str]) -> List[str]:
    """The words of a speaker name, without a suffix ("Jr", "PhD")."""
    return [w for w in _WORD.findall((name or "").replace("\u2019", "'")) if w.lower() not in _SUFFIX]


@lru_cache(maxsize=1024)
def _tokens(text: str, house: bool = True) -> Tuple[Tuple[str, str, int, int], ...]:
    """(normalised, original, start, end) for the words of a quote,
    editorial insertions in brackets or parentheses left out, house style
    (spelling, numbers as words or numerals, "per cent") made one
    (``factcheck.extract.wording``), and with ``house`` (two outlets'
    quotes) contractions too."""
    text = _INSERTION.sub(lambda m: " " * len(m.group(0)), text)
    long = _long_forms() if house else {}
    return tuple((part, orig, s, e) for w, orig, s, e in canonical(
        [(m.group(0).lower().replace("\u2019", "'"), m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)])
        for part in long.get(w, (w,)))


@lru_cache(maxsize=1024)
def _words(text: str, house: bool = True) -> Tuple[List[str], FrozenSet[str]]:
    """The normalised words of a quote (``_tokens``) and their set.  Cached:
    a quote is compared with every other quote of its speaker."""
    text = _INSERTION.sub(lambda m: " " * len(m.group(0)), text)
    long = _long_forms() if house else {}
    words = [part for w in canonical_words([w.lower().replace("\u2019", "'") for w in _WORD.findall(text)])
             for part in long.get(w, (w,))]  # as _tokens
    return words, frozenset(words)


def _contracted(text: str) -> bool:
    """True when a quote holds a contraction, which only two outlets' house
    styles make one with its long form (``compare``)."""
    return len(_words(text, True)[0]) != len(_words(text, False)[0])


def _long_forms() -> Dict[str, Tuple[str, ...]]:
    """A contraction's long form ("that's" -> "that is"): house style, as a
    spelling is ("that's why they're alive" / "that is why they are
    alive")."""
    return stands_for("quote_contractions")


def _is_excerpt(short: Sequence[str], long: Sequence[str], raw_short: str, house: bool = True) -> bool:
    """True when every ellipsis-separated piece of ``short`` appears, in
    order, as a contiguous run of ``long``."""
    joined = " " + " ".join(long) + " "
    pos = 0
    for piece in _ELLIPSIS.split(raw_short):
        words = [t[0] for t in _tokens(piece, house)]
        if not words:
            continue
        at = joined.find(" " + " ".join(words) + " ", pos)
        if at < 0:
            return False
        pos = at + 1
    return True


_CLOSING = Lazy(r"[,.!?;:]['\"\u2019\u201d]*\s*$")
_FULL_STOP = Lazy(r"[.!?]['\"\u2019\u201d]*\s*$")
_PUNCT_BETWEEN = Lazy(r"[,.!?;:\u2014\u2013]|\s-\s")


def _ends_early(raw_short: str, raw_long: str) -> bool:
    """True when a quote that is a run of another's words ends a clause
    ("He betrayed the people who trusted him," / "... who trusted him
    most,") where the other goes on in the same clause: one version stops
    the speaker short, so it is a variant, not an excerpt.  A quote that
    stops where the other has a comma or a full stop ("We will fight." / "We
    will fight. We will win.") or goes on with a new clause ("checked all 18
    turbines," / "checked all 18 turbines and will send climbers up") is an
    excerpt."""
    if not _CLOSING.search(raw_short):
        return False
    ts, tl = _tokens(raw_short), _tokens(raw_long)
    n = len(ts)
    for k in range(len(tl) - n):
        if [t[0] for t in tl[k:k + n]] == [t[0] for t in ts]:
            opens = (tl[k + n][0] in _clause_openers() and k + n + 1 < len(tl)  # "than ever before." ends it
                     and not _PUNCT_BETWEEN.search(raw_long, tl[k + n][3], tl[k + n + 1][2]))
            if opens and not _FULL_STOP.search(raw_short):
                return False  # "from the ground," she said: cut at a clause; "by staying together." ends it
            return not _PUNCT_BETWEEN.search(raw_long, tl[k + n - 1][3], tl[k + n][2])
    return False


@lru_cache(maxsize=1)
def _clause_openers() -> FrozenSet[str]:
    """Words that open a new clause: a quote that stops before one stops at
    a clause's end, as at a comma."""
    return (frozenset({"and", "but", "or", "so", "yet", "then"})
            | word_set("fronted_clause_openers") | word_set("relative_pronouns"))


def compare(a_text: str, b_text: str, same_article: bool = False):
    """None when the two quote texts are not variants of one utterance, else
    ``(ratio, differing_a, differing_b, changes, shown)``: the original words
    that differ on each side, the changes as (words in a, words in b) runs,
    and the character ranges of a and b that align (to show)."""
    house = not same_article  # house style is an outlet's: within one article "We're" / "We are" differ
    (na, sa), (nb, sb) = _words(a_text, house), _words(b_text, house)
    if min(len(na), len(nb)) < MIN_WORDS or na == nb:
        return None
    if len(sa & sb) < MIN_COVER * min(len(sa), len(sb)):
        return None
    short, raw_short, long, raw_long = (na, a_text, nb, b_text) if len(na) <= len(nb) else (nb, b_text, na, a_text)
    excerpt = _is_excerpt(short, long, raw_short, house)
    # two outlets: one stops the speaker short; one article: a pull quote or a repetition cut short
    early = excerpt and not same_article and _ends_early(raw_short, raw_long)
    if excerpt and not early:
        return None
    ta, tb = _tokens(a_text, house), _tokens(b_text, house)
    sm = difflib.SequenceMatcher(a=na, b=nb, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    matched = sum(b.size for b in blocks)
    if not blocks or matched < MIN_COVER * len(short):
        return None
    if matched < MIN_WORDS or max(b.size for b in blocks) < 3 and matched < len(short) - 1:
        return None  # short runs alike, unless all but one word of the shorter ("We will not/never pay criminals")
    ratio = _aligned_ratio(len(na), len(nb), blocks, matched)
    if ratio < (SAME_RATIO if same_article else CROSS_RATIO):
        return None
    diff_a, diff_b, changes = _differences(sm, ta, tb, (a_text, b_text), early)
    if not diff_a and not diff_b or len(diff_a) + len(diff_b) > matched:
        return None  # nothing differs, or more differs than agrees: two utterances
    if _joins_sentences(sm, ta, tb, a_text, b_text):
        return None  # "I meant exactly that. He's the founder" / "No, I meant he's the founder": two sentences
    shown = (_window(ta, blocks[0].a, blocks[-1].a + blocks[-1].size),
             _window(tb, blocks[0].b, blocks[-1].b + blocks[-1].size))
    return ratio, diff_a, diff_b, changes, shown


_SENTENCE_BREAK = Lazy(r"[.!?][\"\u201d\u2019']?\s+[\"\u201c\u2018']?[A-Z]")


def _joins_sentences(sm: difflib.SequenceMatcher, ta, tb, a_text: str, b_text: str) -> bool:
    """True when the words one version has and the other lacks, inside the
    aligned stretch, run across a sentence end: the longer version joins two
    sentences the speaker said ("I meant exactly that. He's the founder of
    ISIS" / "No, I meant he's the founder of ISIS"), not one sentence
    reworded."""
    ops = _opcodes(sm, ta, tb, a_text, b_text)
    last_equal = max((k for k, op in enumerate(ops) if op[0] == "equal"), default=-1)
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal" or not (0 < i1 < len(ta) and 0 < j1 < len(tb)):
            continue  # beyond an excerpt's ends, words added are not inside the stretch
        for toks, text, lo, hi in ((ta, a_text, i1, i2), (tb, b_text, j1, j2)):
            if lo == hi:
                continue
            # a change after the last aligned words ends the stretch: the sentence after it is not joined
            end = toks[hi][2] if hi < len(toks) and k < last_equal else toks[hi - 1][3]
            if _SENTENCE_BREAK.search(text, toks[lo - 1][3], end + 1):  # + the capital opening the next sentence
                return True
    return False


def _opcodes(sm: difflib.SequenceMatcher, ta, tb, a_text: str, b_text: str) -> List[Tuple[str, int, int, int, int]]:
    """The matcher's opcodes, a replace that runs to the end of both quotes
    split where the shorter side's words end when the longer side's
    sentence or clause ends there too: "well lit. Drivers must check" /
    "well placed," is "lit" for "placed", then words beyond the excerpt's
    end, not one change of nine words for one."""
    ops = list(sm.get_opcodes())
    if not ops or ops[-1][0] != "replace" or ops[-1][2] != len(ta) or ops[-1][4] != len(tb):
        return ops
    _, i1, i2, j1, j2 = ops[-1]
    n = min(i2 - i1, j2 - j1)
    toks, text, at = (ta, a_text, i1 + n) if i2 - i1 > n else (tb, b_text, j1 + n)
    if i2 - i1 != j2 - j1 and _PUNCT_BETWEEN.search(text, toks[at - 1][3], toks[at][2]):
        ops[-1:] = [("replace", i1, i1 + n, j1, j1 + n),
                    ("delete" if i2 - i1 > n else "insert", i1 + n, i2, j1 + n, j2)]
    return ops


def _aligned_ratio(len_a: int, len_b: int, blocks, matched: int) -> float:
    """The similarity of the shorter quote and the stretch of the longer it
    aligns to (widened by the shorter quote's unmatched ends), so that an
    excerpt with a changed word still counts."""
    first, last = blocks[0], blocks[-1]
    if len_a <= len_b:
        edges = first.a + (len_a - last.a - last.size)
        window = last.b + last.size - first.b + edges
        return 2.0 * matched / (len_a + window)
    edges = first.b + (len_b - last.b - last.size)
    window = last.a + last.size - first.a + edges
    return 2.0 * matched / (len_b + window)


def _differences(sm: difflib.SequenceMatcher, ta, tb, texts: Tuple[str, str], tail: bool = False
                 ) -> Tuple[List[str], List[str], List[Tuple[str, str]]]:
    """The original words that differ on each side and the changes as
    (words in a, words in b) runs; words beyond an excerpt's ends are not a
    change of wording, unless ``tail``: the words one version has after the
    other stops its clause (``_ends_early``)."""
    diff_a: List[str] = []
    diff_b: List[str] = []
    changes: List[Tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in _opcodes(sm, ta, tb, *texts):
        if tag == "equal":
            continue
        at_edge = (i1 == 0 and j1 == 0) or (i2 == len(ta) and j2 == len(tb)) and not tail
        if at_edge and tag in ("insert", "delete"):
            continue
        if tag == "replace" and "".join(t[0] for t in ta[i1:i2]) == "".join(t[0] for t in tb[j1:j2]):
            continue  # a compound written open, hyphenated or solid: "cheese making" / "cheesemaking"
        if tail and tag in ("insert", "delete") and i2 == len(ta) and j2 == len(tb):
            # words the longer version has after the shorter stops: its sentence's last words only
            # ("than ever before. Our customers deserve better" / "than ever,": "before")
            if tag == "delete":
                i2 = _sentence_end(ta, texts[0], i1, i2)
            else:
                j2 = _sentence_end(tb, texts[1], j1, j2)
        diff_a.extend(t[1] for t in ta[i1:i2])
        diff_b.extend(t[1] for t in tb[j1:j2])
        changes.append((" ".join(t[1] for t in ta[i1:i2]), " ".join(t[1] for t in tb[j1:j2])))
    return diff_a, diff_b, changes


def _sentence_end(toks, text: str, first: int, last: int) -> int:
    """The index after the last of ``toks[first:last]`` before a sentence
    end in ``text`` (``last`` when none)."""
    for k in range(first, last - 1):
        if _SENTENCE_BREAK.search(text, toks[k][3], toks[k + 1][2] + 1):
            return k + 1
    return last


def _window(toks, first: int, last: int) -> Tuple[int, int]:
    """Character range of the aligned words ``toks[first:last]``, widened by
    a word on each side."""
    first, last = max(0, first - 1), min(len(toks), last + 1)
    return toks[first][2], toks[last - 1][3]


def check_story(analyses: Sequence[Analysis], settings: Settings) -> Iterator[Finding]:
    """Every two quotes of one speaker compared (``compare``); a finding per
    variant pair, once per pair of articles and wordings."""
    buckets: Dict[str, List[Tuple[int, Analysis, Quote]]] = {}
    for ai, an in enumerate(analyses):
        for q in an.quotes:
            for key in speaker_keys(q.speaker):
                buckets.setdefault(key, []).append((ai, an, q))
    told: set = set()  # a pair of places under two keys ("role:spokesperson", "mercia") is one finding
    for key in sorted(buckets):
        items = buckets[key]
        COMPARISONS.add(len(items) * (len(items) - 1) // 2)
        texts = [an.article.content[q.text_start:q.text_end] for _, an, q in items]
        # one finding per two wordings; the same wording quoted again in
        # another article is another place of that finding
        wordings: Dict[Tuple[Tuple[str, ...], Tuple[str, ...]], List[Tuple[int, int, tuple]]] = {}
        for j, i, found in _variant_pairs(items, texts):
            wordings.setdefault((_norm(texts[i]), _norm(texts[j])), []).append((i, j, found))
        for pairs in wordings.values():
            i, j, found = pairs[0]
            (_, an_a, qa), (_, an_b, qb) = items[i], items[j]
            spot = ((an_a.article.path, qa.start), (an_b.article.path, qb.start))
            if spot in told:
                continue
            told.add(spot)
            more = [k for i2, j2, _ in pairs[1:] for k in (i2, j2) if k not in (i, j)]
            yield _finding(an_a, qa, texts[i], an_b, qb, texts[j], found,
                           [place(items[k][1], items[k][2].start, items[k][2].end) for k in dict.fromkeys(more)])


def _variant_pairs(items: Sequence[Tuple[int, Analysis, Quote]], texts: Sequence[str]):
    """``(j, i, compare(texts[i], texts[j], same_article))`` for the pairs
    i < j of one speaker's quotes that are variants, in order of (j, i).

    Speed layer: the same wording is compared once whatever the number of
    places it is quoted in (``compare`` reads only the two texts and
    whether they are in one article), and only wordings that share enough
    words to pass ``compare``'s first test are compared at all."""
    places: Dict[str, List[int]] = {}
    for k, text in enumerate(texts):
        places.setdefault(text, []).append(k)
    found = []
    for u, v in _candidates(list(places)):
        results = {(u, v, False): compare(u, v), (v, u, False): compare(v, u)}
        if results[u, v, False] is None and results[v, u, False] is None and not (_contracted(u) or _contracted(v)):
            continue  # not variants across articles, so not within one either (a stricter threshold)
        for i, j in ((min(i, j), max(i, j)) for i in places[u] for j in places[v]):
            same = items[i][0] == items[j][0]
            if same and _one_paragraph(items[i], items[j]):
                continue  # '"A," he said. "B."' in one paragraph: one utterance's parts, not two versions
            pair = (texts[i], texts[j], same)
            if pair not in results:
                results[pair] = compare(*pair)
            if results[pair] is not None:
                found.append((j, i, results[pair]))
    found.sort(key=lambda t: (t[0], t[1]))
    return found


def _one_paragraph(a: Tuple[int, Analysis, Quote], b: Tuple[int, Analysis, Quote]) -> bool:
    """True when the quotes of items ``a`` and ``b`` (of one article) are in
    one known paragraph."""
    an, qa, qb = a[1], a[2], b[2]
    n = len(an.sentences)
    return 0 <= qa.sentence < n and 0 <= qb.sentence < n \
        and an.sentences[qa.sentence].paragraph == an.sentences[qb.sentence].paragraph


def _candidates(texts: Sequence[str]) -> Iterator[Tuple[str, str]]:
    """The pairs of different wordings that could pass ``compare``'s first
    tests (enough words each, different words, most of the shorter quote's
    words in the other), found through an index of their words."""
    words = [_words(t) for t in texts]
    index: Dict[str, List[int]] = {}
    for k, (seq, bag) in enumerate(words):
        if len(seq) >= MIN_WORDS:
            for w in bag:
                index.setdefault(w, []).append(k)
    for k, (seq, bag) in enumerate(words):
        if len(seq) < MIN_WORDS:
            continue
        shared: Dict[int, int] = {}
        for w in bag:
            for other in index[w]:
                if other > k:
                    shared[other] = shared.get(other, 0) + 1
        for other, n in sorted(shared.items()):
            oseq, obag = words[other]
            if n >= MIN_COVER * min(len(bag), len(obag)) and (
                    seq != oseq or _words(texts[k], False)[0] != _words(texts[other], False)[0]):
                yield texts[k], texts[other]  # one wording but for a contraction: a variant within one article


def _finding(an_a: Analysis, qa: Quote, text_a: str, an_b: Analysis, qb: Quote, text_b: str, found,
             also: Sequence = ()) -> Finding:
    ratio, diff_a, diff_b, changes, (show_a, show_b) = found
    speaker = max((qa.speaker or "", qb.speaker or ""), key=len)
    where_a = an_a.article.label if an_a is not an_b else "earlier in this article"
    where_b = an_b.article.label if an_a is not an_b else "here"
    runs = "; ".join(f"{_q(b)} vs {_q(a)}" for a, b in changes[:5])
    message = (f"{speaker} is quoted in two versions: \"{_excerpt(text_b, show_b)}\" ({where_b}) and "
               f"\"{_excerpt(text_a, show_a)}\" ({where_a}). Differing words: {runs}.")
    text_a, text_b = _clean(text_a), _clean(text_b)
    return finding(
        an_b, qb.start, qb.end, message,
        related=[place(an_a, qa.start, qa.end), *also],
        payload=VariantPayload(
            speaker=speaker,
            versions=(QuoteVersion(an_b.article.path, an_b.article.outlet or an_b.article.label, text_b),
                      QuoteVersion(an_a.article.path, an_a.article.outlet or an_a.article.label, text_a)),
            differing=(tuple(diff_b), tuple(diff_a)),
            similarity=round(ratio, 3),
        ),
    )


def _norm(text: str) -> Tuple[str, ...]:
    return tuple(t[0] for t in _tokens(text))


def _q(words: str) -> str:
    return f"'{words}'" if words else "(nothing)"


def _clean(text: str) -> str:
    return " ".join(text.split()).rstrip(",;: ")


def _excerpt(text: str, span: Tuple[int, int], limit: int = 90) -> str:
    """The quote, or when it is long, the part that aligns with the other."""
    if len(_clean(text)) <= limit:
        return _clean(text)
    start, end = span
    inner = _short(text[start:end], 2 * limit)
    return ("\u2026" if start > 0 else "") + inner + ("\u2026" if end < len(text.rstrip(",;:. ")) else "")


def _short(text: str, limit: int = 90) -> str:
    text = _clean(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"

