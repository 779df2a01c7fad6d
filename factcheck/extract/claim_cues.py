"""Cue detection for check-worthy claims: which words in a sentence make it
check-worthy, by kind (statistic, record, superlative, trend, comparison,
causal, prediction).

The cues come from ``factcheck/data/claim_cues.txt``, ``superlatives.txt``
and ``trend_verbs.txt``; statistics are found with a light regex of our own,
so claims do not depend on figures.py.  ``claims.py`` decides which
sentences are claims and what attribution covers them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Set, Tuple

from factcheck.model import Span

try:  # the regex parser, to read the literal words a pattern's every match holds
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from .folding import folded
from .lexicon import read_list, trie_pattern

_SCALE = r"(?:million|billion|trillion|bn|mn)"
_WORDNUM = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")
_NUM = r"\d+(?:[,.]\d+)*"
# Our own light statistic detector, so claims do not depend on figures.py.
_SCALED = ("percent", "per cent", "thousand", "million", "billion", "trillion")
# The branches of the statistic regex (in this order: at one place the first
# that matches wins).
_STAT_BRANCHES: Tuple[str, ...] = (
    r"[$£€¥]\s?" + _NUM + r"(?:\s?(?:" + _SCALE + r"|[mbk])\b)?",
    r"\b" + _NUM + r"\s?(?:%|percent\b|per\s?cent\b|percentage points?\b)",
    r"\b" + _NUM + r"\s(?:" + _SCALE + r")\b",
    r"\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b",
    r"\b(?:a|one|half a|several|hundreds of|tens of) (?:million|billion|trillion)\b",
    r"\b(?:one|two|three|a)[- ](?:quarters?|thirds?|fifths?|tenths?) of (?:all |the |our |their |its )?[a-z]+s\b",
    r"\b(?:(?:nearly|almost|more than|about|roughly|over|under|less than|fewer than|at least) half|half of all)\b",
    r"\b(?:a|the) (?:large |vast |slim |narrow |clear |small )?majority of (?:all |the )?[a-z]+s\b",
    r"\b(?:\d+|" + _WORDNUM + r"(?:-" + _WORDNUM + r")?) out of (?:every )?(?:\d+|" + _WORDNUM + r"(?:-" + _WORDNUM
    + r")?)\b",
    r"\b\d{2,} of (?:them|those|these|the|its|their|our)\b",
    r"\b" + _WORDNUM + r"(?:[- ](?:and )?(?:" + _WORDNUM + r"|a half))*\s(?:" + "|".join(_SCALED) + r")\b",
    r"\b\d{2,}(?=\s+(?:[a-z-]+\s+)?(?!(?:was|is|has|does|says|as|this|his|its|us|plus|versus|thus|across|less|unless|seconds|minutes|hours|days|weeks|months|years|decades|yards|metres|meters|points|goals|runs|wickets|laps|holes|games|matches|caps)\b)(?:[a-z]+s|people|children|men|women|staff|personnel|police|cattle|sheep|fish|deer|aircraft)\b)",
)
# Clusters of branches with a regex that finds, on folded text, something
# every match of any branch of the cluster holds: a cluster it does not find
# in a sentence is left out of its regex.  Few clusters, so few variants are
# compiled.  (``\d`` as in the branches: any decimal digit, not only 0-9.)
_STAT_CLUSTERS: Tuple[Tuple[Tuple[int, ...], "re.Pattern[str]"], ...] = (
    ((0, 1, 2, 3, 9, 11), re.compile(r"\d")),
    ((4, 5, 6, 7), re.compile("illion|quarter|third|fifth|tenth|half|majority")),
    ((8,), re.compile("out of")),
    ((10,), re.compile("|".join(_SCALED))),
)
# The same tests as _STAT_CLUSTERS' regexes on ASCII text, as substring
# tests (several times faster than a regex search per cluster).
_STAT_CLUSTER_WORDS: Tuple[Tuple[str, ...], ...] = (
    tuple("0123456789"),
    ("illion", "quarter", "third", "fifth", "tenth", "half", "majority"),
    ("out of",),
    _SCALED,
)
_STAT_RE = re.compile("(?:" + "|".join(_STAT_BRANCHES) + ")", re.IGNORECASE)
# Branches whose matches may start with a digit or currency sign, and those
# whose matches can only start so (the others start with a letter).
_STAT_NUMERIC = frozenset((0, 1, 2, 3, 8, 9, 11))
_STAT_NUMERIC_ONLY = frozenset((0, 1, 2, 3, 9, 11))


@lru_cache(maxsize=None)
def _stat_folded(kept: Tuple[bool, ...]) -> "re.Pattern[str]":
    """``_STAT_RE`` for folding.folded text (no IGNORECASE: its letters are
    all lower case) with only the branches of the ``kept`` clusters
    (``_STAT_CLUSTERS``): the others lack words of theirs in the text and
    cannot match there, so the matches are the same, found faster."""
    keep = {b for (cluster, _), on in zip(_STAT_CLUSTERS, kept) if on for b in cluster}
    # The branches that can start with a digit or currency sign, in their
    # order, are tried only where one stands (the others start with a
    # letter): the same first match at every place, found faster.
    first = "|".join(b for k, b in enumerate(_STAT_BRANCHES) if k in keep and k in _STAT_NUMERIC)
    rest = "|".join(b for k, b in enumerate(_STAT_BRANCHES) if k in keep and k not in _STAT_NUMERIC_ONLY)
    alts = ([r"(?=[\d$£€¥])(?:" + first + ")"] if first else []) + ([rest] if rest else [])
    return re.compile("(?:" + "|".join(alts) + ")")


_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# Numbers that are not statistics: dates, times, ages, names of things.
NOT_STAT_BEFORE = re.compile(
    r"(?:\b" + _MONTHS + r"|\b(?:No|Nos|Route|Line|Highway|Interstate|I|Room|Page|Section|Article|"
    r"Chapter|Flight|Channel|Local|Unit|Act|Rule|Form|Title|Ward|District|Precinct|Suite|"
    r"Amendment|Proposition|Prop|Measure|Bill|Game|Week|Round|Stage|Level|Grade|Class|Division|"
    r"Top|top|Apollo|Windows|iPhone|Covid|COVID|Ebola|H\dN|Gen|Version|v|Vol|Episode|Season|Part|Phase|Model|Series)\.?)\s?$"
    r"|[#\-/:]$"
)
_NOT_STAT_AFTER = re.compile(
    r"\A(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|UTC|EST|EDT|PST|PDT)"
    r"|-year-old|-years-old|\s?years? old|th\b|st\b|nd\b|rd\b|s\b|'s\b|-\d|/\d|:\d"
    r"|,?\s" + _MONTHS + r"\b)"
)
_MEASURED = re.compile(r"[$£€¥%]|percent|cent|million|billion|trillion", re.IGNORECASE)
YEAR = re.compile(r"\A(?:1[89]|20)\d\d\Z")

_DET = r"(?:the|its|their|his|her|our|my|your|this|that|a|an|[A-Za-z]+['\u2019]s?)"
_ORDINAL = r"(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))-)?"
_NOT_AFTER_SUP = (r"(?![\s-](?:known|way|ways|interests?|practices?|friends?|thing to|of luck|wishes|seller|selling author"
                  r"|priority|priorities|standards?|ideals?|respect|regard|hono(?:u)?r|esteem|praise|possible|order\b))")
_TREND_MEASURE = (
    r"(?=(?:\s+[\w,.'\u2019-]+){0,4}?\s+(?:[$£€]?\d|half\b|a third\b|a quarter\b|a fifth\b|\w+fold\b)"
    r"|\s+(?:sharply|steadily|dramatically|slightly|significantly|markedly|rapidly|substantially|modestly|"
    r"considerably|sharper|steeply|strongly|again|year-on-year|year over year|annually|every year|each year)\b"
    r"|\s+(?:last|this|a|per) (?:year|month|quarter|week|decade)\b|\s+(?:in|over|during) (?:the )?(?:past|last|first|second|third|fourth)\b"
    r"|\s+since\b|\s+for the (?:\w+ )?(?:straight|consecutive|first)\b)"
)
_TREND_NOT = re.compile(r"\A\s+to (?:prominence|power|fame|the challenge|the occasion|become|his|her|their|its|the ground|the floor)\b")
# "is due to name his squad": a schedule, not a cause (a verb, then its object).
_DUE_SCHEDULE = re.compile(r"\A\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)[a-z]+\s+"
                           r"(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b"
                           r"|\A\s+(?![a-z]+(?:s|ing)\b)[a-z]+\s+(?:by|on|at|next|later|this|early|soon|within|before|after)\b")
_PERSONAL = re.compile(r"\b(?:he|she|i|we|you)\s+$", re.IGNORECASE)
# Promises are not predictions: "I will cut taxes", "we'll double it".
_PROMISE = re.compile(r"\A(?:I|we|you|I'll|we'll|you'll)\b|\A(?:I|we|you)['\u2019]ll\b", re.IGNORECASE)


def phrase(p: str) -> str:
    """A regex fragment from the data files: spaces match any whitespace."""
    return p.replace(" ", r"\s+")


def literal(w: str) -> str:
    """A literal phrase as a regex: each word escaped, spaces match any whitespace."""
    return r"\s+".join(re.escape(part) for part in w.split())


@lru_cache(maxsize=1)
def _patterns() -> Tuple[Tuple[str, "re.Pattern[str]"], ...]:
    """(kind, compiled pattern) built from the data files."""
    by_kind: Dict[str, List[str]] = {}
    for line in read_list("claim_cues"):
        kind, _, pat = line.partition(":")
        by_kind.setdefault(kind.strip(), []).append("(?:" + phrase(pat.strip()) + ")")
    sup_words = read_list("superlatives")
    sups = "|".join(sorted((re.escape(w) for w in sup_words), key=len, reverse=True))
    sup = (r"\b" + _DET + r"\s+(?:[\w'\u2019-]+\s+){0,2}?(" + _ORDINAL + r"(?:" + sups + r")" + _NOT_AFTER_SUP
           + r"|(?<!at )(?-i:most|least)\s+(?!of\b|people\b|likely\b|recently\b|important(?:ly)?\b|often\b|part\b|[a-z]+ly\b)[a-z][a-z-]+)\b")
    trend_words = read_list("trend_verbs")
    trend = "|".join(sorted(trend_words, key=len, reverse=True))
    out = [("superlative", re.compile(sup, re.IGNORECASE)),
           ("trend", re.compile(r"\b(" + trend + r")\b" + _TREND_MEASURE))]
    for kind in sorted(by_kind):
        for line in by_kind[kind]:  # one pattern per line: each is tried only when its own guard words occur
            out.append((kind, re.compile(r"\b(" + line + r")\b", re.IGNORECASE)))
    return tuple(out)


def statistic_spans(text: str, start: int, end: int) -> List[Span]:
    """Spans of numbers in ``text[start:end]`` that read as statistics
    (money, percentages, counts from 10 up, scaled numbers), not dates,
    times, years, ages or names."""
    text_low = _folded_text(text)
    if text_low is None:
        return _stat_spans(text, start, end, None, ())
    sub = text_low[start:end]
    if sub.isascii():  # the clusters' regexes are literal words (and ``\d``, 0-9 on ASCII text)
        kept = tuple(any(w in sub for w in words) for words in _STAT_CLUSTER_WORDS)
    else:
        kept = tuple(rx.search(text_low, start, end) is not None for _, rx in _STAT_CLUSTERS)
    return _stat_spans(text, start, end, text_low, kept)


def _stat_spans(text: str, start: int, end: int, text_low: Optional[str], kept: Tuple[bool, ...]) -> List[Span]:
    """``statistic_spans`` once the text is folded (``text_low``, or None to
    use the IGNORECASE regex) and the clusters found (``kept``)."""
    out: List[Span] = []
    if text_low is None:
        matches = _STAT_RE.finditer(text, start, end)
    else:
        if not any(kept):
            return out  # no branch can match
        matches = _stat_folded(kept).finditer(text_low, start, end)
    for m in matches:
        tok = text[m.start():m.end()]
        if YEAR.match(tok):
            continue
        if _MEASURED.search(tok):  # money, percentages and scaled numbers are always statistics
            out.append(Span(m.start(), m.end()))
            continue
        if NOT_STAT_BEFORE.search(text[max(start, m.start() - 14):m.start()]):
            continue
        if _NOT_STAT_AFTER.match(text[m.end():min(end, m.end() + 12)]):
            continue
        out.append(Span(m.start(), m.end()))
    return out


_DIGITS = tuple("0123456789")
_PART_WORDS = ("quarter", "third", "fifth", "tenth", "half", "majority")


def _hinted_statistic_spans(text: str, start: int, end: int, text_low: Optional[str]) -> List[Span]:
    """``statistic_spans`` for a sentence that passes ``_stat_hint``, else
    [].  On folded ASCII text the hint and the clusters are read in one
    pass of substring tests: the hint's words are the digits, "out of",
    ``_SCALED`` and ``_PART_WORDS`` (clusters 0, 2 and 3 and cluster 1
    less "illion"), and ``text_low[start:end]`` is the sentence lower-cased."""
    sub = text_low[start:end] if text_low is not None else None
    if sub is None or not sub.isascii():
        return statistic_spans(text, start, end) if _stat_hint(text[start:end].lower()) else []
    digit = any(d in sub for d in _DIGITS)
    out_of = "out of" in sub
    scaled = any(w in sub for w in _SCALED)
    if not (digit or out_of or scaled or any(w in sub for w in _PART_WORDS)):
        return []  # no hint word
    kept = (digit, any(w in sub for w in _STAT_CLUSTER_WORDS[1]), out_of, scaled)
    return _stat_spans(text, start, end, text_low, kept)


_STAT_HINT_WORDS = r"\d|million|billion|trillion|percent|per cent|thousand|quarter|third|fifth|tenth|half|majority|out of"
_STAT_HINT = re.compile(_STAT_HINT_WORDS, re.IGNORECASE)
# On lower-cased ASCII text the same test is a few substring tests (several
# times faster than the regex); only non-ASCII text has other digits, or
# letters such as 'ſ' that fold to 's'.
_STAT_HINT_ASCII = tuple("0123456789") + tuple(_STAT_HINT_WORDS.split("|")[1:])


def _stat_hint(low: str) -> bool:
    """Whether the lower-cased sentence ``low`` holds a digit or a word that
    every statistic holds (``_STAT_HINT_WORDS``)."""
    if low.isascii():
        return any(w in low for w in _STAT_HINT_ASCII)
    return _STAT_HINT.search(low) is not None


_MAX_LANGUAGE = 64  # literal alternations with more spellings than this are not expanded
# Shortest guard word: shorter literals ("to", "is") are in most sentences;
# 2 only for a pattern that has no longer one.
_MIN_GUARD = (3, 2)
_GUARD_GROUPS = 2  # groups tested per pattern: the two with the longest shortest word


def _language(items) -> Optional[set]:
    """Every string the parsed regex ``items`` can match, lower-cased,
    when it is a small finite set of literals ("caus(?:ed|es|ing)", "[- ]"),
    else None."""
    out = {""}
    for op, av in items:
        if op is _sre.LITERAL:
            part: Optional[set] = {chr(av).lower()}
        elif op is _sre.SUBPATTERN:
            part = _language(av[-1])
        elif op is _sre.BRANCH:
            alts = [_language(alt) for alt in av[1]]
            part = None if any(a is None for a in alts) else set().union(*alts)
        elif op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
            part = {chr(a).lower() for _, a in av}
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[1] == 1:
            body = _language(av[2])
            part = None if body is None else (body | {""} if av[0] == 0 else body)
        else:
            return None
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > _MAX_LANGUAGE:
            return None
    return out


def _group(strings: set, shortest: int) -> Optional[Tuple[str, ...]]:
    """``strings`` as a guard group: those that start with no other (that
    one is then in the text too, at the same place), or None when one is
    shorter than ``shortest``."""
    if not strings or min(map(len, strings)) < shortest:
        return None
    return tuple(sorted(x for x in strings if not any(o != x and x.startswith(o) for o in strings)))


_WORD_CHAR = re.compile(r"\w")


def _ends_apart(lang: set, bounded: bool) -> bool:
    """Whether the text after a match of a part with the strings ``lang``
    starts a new word: every such string ends with a non-word character
    (or is empty and the text before it started one, ``bounded``)."""
    apart = all(not _WORD_CHAR.match(x[-1]) for x in lang if x)
    return apart and (bounded or "" not in lang)


def _apart(op, av) -> bool:
    """Whether the parsed regex item (op, av) sets a word apart: a word
    boundary, or a character class of spaces and non-word characters."""
    if op is _sre.AT:
        return av is _sre.AT_BOUNDARY
    if op is _sre.IN:
        return all(o is _sre.LITERAL and not _WORD_CHAR.match(chr(a)) or o is _sre.CATEGORY and a is _sre.CATEGORY_SPACE
                   for o, a in av)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1 and len(av[2]) == 1:
        return _apart(*av[2][0])
    return False


def _scan(items, shortest: int, bounded: bool) -> Tuple[List[Tuple[str, ...]], bool]:
    """(groups, bounded) for the parsed regex ``items``: groups of
    lower-case words such that every match holds one word of each group,
    each at the start of a word of the text; and whether the text after
    a match starts a new word.  ``bounded`` says the same of the text
    before.  The words are the runs of literal text that start a word, and
    for an alternation one group of each branch, pooled.  Lookarounds and
    optional parts require nothing."""
    groups: List[Tuple[str, ...]] = []
    run: list = []
    run_bounded = False

    def flush() -> None:
        lang = _language(run) if run else None
        if lang and run_bounded and all(x and _WORD_CHAR.match(x[0]) for x in lang):
            group = _group(lang, shortest)
            if group:
                groups.append(group)
        run.clear()

    for item in items:
        op, av = item
        lang = _language([item])
        if lang is not None:
            if not run:
                run_bounded = bounded
            run.append(item)
            bounded = _ends_apart(lang, bounded)
            continue
        flush()
        if op is _sre.SUBPATTERN:
            inner, bounded = _scan(av[-1], shortest, bounded)
            groups.extend(inner)
        elif op is _sre.BRANCH:
            alts = [_scan(alt, shortest, bounded) for alt in av[1]]
            if all(g for g, _ in alts):
                best = (max(g, key=lambda grp: min(map(len, grp))) for g, _ in alts)
                pooled = _group({x for grp in best for x in grp}, shortest)
                if pooled:
                    groups.append(pooled)
            bounded = all(b for _, b in alts)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            once, after_one = _scan(av[2], shortest, bounded)
            if av[0] >= 1:
                groups.extend(once)
            again = _scan(av[2], shortest, after_one)[1] if av[1] > 1 else after_one
            bounded = _apart(op, av) or (after_one and again and (bounded or av[0] >= 1))
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            pass  # matches no text
        else:
            bounded = _apart(op, av)
    flush()
    return groups, bounded


def _required(items, shortest: int = _MIN_GUARD[0]) -> List[Tuple[str, ...]]:
    """Groups of lower-case words such that every match of the parsed
    regex ``items`` holds, at the start of a word of the text, one word of
    each group (see ``_scan``)."""
    return _scan(items, shortest, False)[0]


def _guard_groups(pat: "re.Pattern[str]") -> Tuple[FrozenSet[str], ...]:
    """The (at most ``_GUARD_GROUPS``) most telling ``_required`` groups of
    ``pat``: a sentence that lacks a word of one of them cannot match."""
    parsed = _sre_parse.parse(pat.pattern, pat.flags)
    groups: List[Tuple[str, ...]] = []
    for shortest in _MIN_GUARD:
        groups = _required(parsed, shortest)
        if groups:
            break
    groups.sort(key=lambda g: -min(map(len, g)))
    return tuple(frozenset(g) for g in groups[:_GUARD_GROUPS])


@lru_cache(maxsize=1)
def _guard_index():
    """(finder, held, by_word, groups, always) for ``_candidates``:
    ``finder`` finds, at the start of every word of a folded text, the
    longest guard word that starts there; ``held[w]`` are the guard words ``w`` starts
    with (also there); ``by_word[w]`` the patterns whose first group has
    ``w``; ``groups[i]`` pattern i's guard groups; ``always`` the patterns
    without any."""
    groups = tuple(_guard_groups(pat) for _kind, pat in _patterns())
    words = sorted({w for gs in groups for g in gs for w in g})
    finder = re.compile(r"\b(?=(" + trie_pattern(words) + "))")  # greedy trie: the longest word
    held = {w: frozenset(x for x in words if w.startswith(x)) for w in words}
    by_word: Dict[str, List[int]] = {}
    for i, gs in enumerate(groups):
        for w in gs[0] if gs else ():
            by_word.setdefault(w, []).append(i)
    always = tuple(i for i, gs in enumerate(groups) if not gs)
    return finder, held, {w: tuple(ix) for w, ix in by_word.items()}, groups, always


_ESCAPED = re.compile(r"\\.")


@lru_cache(maxsize=1)
def _folded_patterns() -> Tuple[Optional["re.Pattern[str]"], ...]:
    """For each of ``_patterns()``, the same pattern without IGNORECASE
    when it is case-insensitive and its letters are all lower case (it then
    matches ``folding.folded`` text exactly as the original matches the
    text); None for the others."""
    out: List[Optional["re.Pattern[str]"]] = []
    for _kind, pat in _patterns():
        src = pat.pattern
        plain = (pat.flags & re.IGNORECASE and "(?-i" not in src
                 and not any(c.isupper() for c in _ESCAPED.sub("", src)))
        out.append(re.compile(src, pat.flags & ~re.IGNORECASE) if plain else None)
    return tuple(out)


@lru_cache(maxsize=2)
def _folded_text(text: str) -> Optional[str]:
    """``folding.folded(text)``, kept for the article's other sentences."""
    return folded(text)


def _candidates(text_low: str, start: int, end: int) -> Tuple[int, ...]:
    """Indices, in order, of the patterns that may match in the folded
    ``text_low[start:end]``: those with a word of each of their guard groups
    there (every match holds one, see ``_required``)."""
    finder, after_gap = _guard_finders()
    # Every guard word starts with a word character, so the word boundary
    # before one (at ``start`` too) is a non-word character just before it
    # or the start of the text: ``after_gap`` matches that character and
    # finds the same words, faster (the regex skips to such characters).
    found = after_gap.findall(text_low, start - 1, end) if start else finder.findall(text_low, start, end)
    return _chosen(frozenset(found))


@lru_cache(maxsize=1)
def _guard_finders() -> Tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """(``_guard_index``'s finder, the same trie after a non-word character)."""
    finder = _guard_index()[0]
    return finder, re.compile(r"[^\w]" + finder.pattern[len(r"\b"):])


@lru_cache(maxsize=16384)
def _chosen(longest: FrozenSet[str]) -> Tuple[int, ...]:
    """``_candidates`` for a sentence whose longest guard words (what the
    finder finds) are ``longest``: the answer depends on nothing else, and
    sentences share few sets (a quarter of the BBC's hold none, most of the
    rest one or two common words), so it is worked out once per set."""
    _finder, held, by_word, groups, always = _guard_index()
    found: Set[str] = set()
    for w in longest:
        found |= held[w]
    chosen = set(always)
    for w in found:
        chosen.update(by_word.get(w, ()))
    return tuple(i for i in sorted(chosen) if all(not found.isdisjoint(g) for g in groups[i]))


def sentence_triggers(text: str, start: int, end: int, prefilter: bool = True) -> List[Tuple[str, Span]]:
    """(kind, span) for every cue in ``text[start:end]`` except figures.
    ``prefilter`` skips the patterns whose guard words the sentence lacks
    (same result, faster); text whose folding is not exact (see
    ``folding.folded``) is never prefiltered."""
    out: List[Tuple[str, Span]] = []
    patterns = _patterns()
    fast, text_low = _folded_patterns(), _folded_text(text)
    chosen = _candidates(text_low, start, end) if prefilter and text_low is not None else range(len(patterns))
    for i in chosen:
        kind, pat = patterns[i]
        matches = (fast[i].finditer(text_low, start, end) if text_low is not None and fast[i] is not None
                   else pat.finditer(text, start, end))
        for m in matches:
            g = 1 if m.re.groups else 0
            s, e = m.start(g), m.end(g)
            if kind == "trend":
                if _TREND_NOT.match(text[e:e + 30]) or _PERSONAL.search(text[max(start, s - 6):s]):
                    continue
            elif kind == "causal" and text[s:s + 3].lower() == "due" and _DUE_SCHEDULE.match(text[e:e + 40]):
                continue
            elif kind == "prediction" and _PROMISE.match(_before_word(text, start, s)):
                continue
            out.append((kind, Span(s, e)))
    stats = _hinted_statistic_spans(text, start, end, text_low) if prefilter else statistic_spans(text, start, end)
    for sp in stats:
        out.append(("statistic", sp))
    return out


def _before_word(text: str, start: int, at: int) -> str:
    """The word just before ``at`` (within the sentence), with what follows."""
    m = re.search(r"([\w'\u2019]+)\s+$", text[max(start, at - 20):at])
    return text[max(start, at - 20) + m.start(1):at] if m else ""
