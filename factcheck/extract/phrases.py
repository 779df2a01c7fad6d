"""Source phrases next to a speech cue, as the quote-speaker step reads them.

``phrase_before`` reads the subject of a cue (``Board chair Marcus Oyelaran``
in "Board chair Marcus Oyelaran said"), ``inverted.phrase_after`` the source
after an inverted cue or "according to" (``said Luis Carranza, who ...``),
``leading_subject`` the subject opening a sentence.  Each returns
``(source, start, end, class)`` or None, where class is one of person,
organisation, document, anonymous, none.  They read ``tokens.dotted_tokens``
(words keep their periods: "Sen.", "U.S.").
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

from .lazy import Lazy
from . import apposition
from .descriptions import ORG_NOUNS, PERSON_NOUNS, classify_phrase, head_noun, is_source_phrase
from .lexicon import lexicon, word_set
from .noun_phrases import CLAUSE_WORDS, Source, np_backward
from .names import (CAP_STOP, ORG_WORDS, PARTY_WORDS, PHRASE_OPENERS, capitalised_mid_sentence,
                    is_name_word, is_title_word, looks_like_name, speech_verbs)
from .sources import name_class, name_run, numbered_name
from .time_phrases import skip_when, time_opener
from .tokens import Token, dotted_tokens, starts_upper
from .wordsets import COMMON_WORDS, DATE_WORDS, PRONOUNS, SOURCE_NOUNS

INVERTED_DETERMINERS = word_set("inverted_source_openers")


AUXILIARIES = frozenset(w for w in word_set("be_forms") if w.isalpha())  # is, was, ...: not the contracted 's


ADVERBS = word_set("speaker_skip_words")


STOP_AFTER = word_set("inverted_phrase_stops")


def _name_run_backward(toks: List[Tuple[str, int, int]], i: int) -> int:
    """Index of the first token of the capitalised run ending at ``i``
    (``sources.name_run``), continued across "of" after an organisation's
    word ("Bank of England")."""
    j = name_run(toks, i, first_index=-1)
    while j >= 2 and toks[j - 1][0] == "of" and toks[j - 2][0].lower() in ORG_WORDS:
        j = name_run(toks, j - 2, first_index=-1)
    return j


def _trim_name(toks: List[Tuple[str, int, int]], a: int, b: int) -> Tuple[int, int]:
    """Drop leading titles, sentence openers and dates from run ``toks[a:b]``:
    what remains is the name.  Returns the new ``(a, b)``."""
    last_title = None
    for k in range(a, b):
        if is_title_word(toks[k][0]) and k < b - 1:
            last_title = k
    if last_title is not None:
        a = last_title + 1
    after_article = False
    while a < b - 1 and (toks[a][0].lower().rstrip(".") in CAP_STOP
                         or toks[a][0].lower() in COMMON_WORDS and not after_article):
        # after "The" the capitalised words are a title ("The New York Times"), not openers
        after_article = toks[a][0].lower() == "the"
        a += 1
    # "Republican Ted Cruz", but not "Democratic National Committee"
    if b - a >= 3 and toks[a][0].lower() in PARTY_WORDS and name_class(" ".join(t[0] for t in toks[a + 1:b]))[0] == "person":
        a += 1
    return a, b


_INITIALS = re.compile(r"(?:[A-Z]\.)+$")  # "G.K.": initials, not the end of a sentence


def run_source(text: str, toks, a: int, b: int) -> Source:
    for k in range(b - 2, a - 1, -1):
        # "Sky Networks' Sophie Turner Laing", "Trump's adviser Roger Stone":
        # the name is what follows the possessive
        if toks[k][0].endswith(("'", "\u2019", "'s", "\u2019s")) and k + 1 < b:
            a = k + 1
            break
        if toks[k][0].endswith(".") and len(toks[k][0]) > 3 and k + 1 < b and not is_title_word(toks[k][0]) \
                and toks[k][0].rstrip(".").lower() not in lexicon().abbreviations and not _INITIALS.match(toks[k][0]):
            a = k + 1  # "IMF. Palaniappan": a sentence ended inside the run
            break
    a2, b2 = _trim_name(toks, a, b)
    if toks[a2][0].lower() in CAP_STOP and a2 == b2 - 1:
        a2 = a
    start, end = toks[a2][1], toks[b2 - 1][2]
    if text[end - 1] == "." and not re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", text[start:end]):
        end -= 1
    name = text[start:end].replace("\u2019s", "").strip()
    if a2 > a and toks[a2 - 1][0].lower() == "the":
        last = name.split()[-1].lower()
        person = is_title_word(last) or last in PERSON_NOUNS
        return name, start, end, "person" if person else "organisation"
    return name, start, end, name_class(name)[0]


def phrase_before(text: str, start: int, cue: int, strict: bool = True) -> Optional[Source]:
    """The subject of a speech cue at ``cue``, read backward within
    ``text[start:cue]``; None when the cue has no subject there (``is said``,
    ``, adding``)."""
    toks = dotted_tokens(text, max(start, cue - 220), cue)
    i = _before_parenthesis(toks, _skip_adverbs(toks))
    if i < 0:
        return None
    tok = toks[i][0]
    low = tok.lower()
    if low in AUXILIARIES:
        return None
    if low == "who" and i >= 2 and toks[i - 1][0] == ",":
        # "Charlie Sykes, who lamented ...": the mention is "who", the speaker its antecedent
        ante = phrase_before(text, toks[0][1], toks[i - 1][1], strict)
        if ante is not None and ante[0][:1].isupper():
            return ante[0], toks[i][1], toks[i][2], ante[3]
        return None
    if tok in DASHES:
        return _dash_aside(text, toks, i, strict)
    if tok == ",":
        chained = apposition.chain_subject(toks, i)
        if chained is not None:
            return run_source(text, toks, *chained)
        return _appositive(text, toks, i)
    if low in PRONOUNS and (tok.islower() or tok in ("He", "She", "They", "We", "I", "It")):
        return tok, toks[i][1], toks[i][2], PRONOUNS[low]
    base = _CONTRACTED.sub("", tok)
    if base != tok and base.lower() in PRONOUNS and base.lower() != "it" and (base.islower() or base in ("He", "She", "They", "We", "I")):
        # "he'd asked", "she's said": the pronoun without its contracted auxiliary
        return base, toks[i][1], toks[i][1] + len(base), PRONOUNS[base.lower()]
    if starts_upper(tok) and not _possessed_participle(text, tok, cue):
        return _name_before(text, toks, i, strict)
    if tok.isdigit() and i >= 1 and numbered_name(toks[i - 1][0]):
        # a name with a number ("Radio 1 said", "Channel 4 reported"): an organisation's
        name = _name_before(text, toks, i - 1, strict)
        return None if name is None else (text[name[1]:toks[i][2]], name[1], toks[i][2], "organisation")
    if tok.islower() and tok not in CLAUSE_WORDS and re.match(r"[a-z]", tok):
        return _person_of(text, toks, np_backward(text, toks, i, strict))
    return None


def _person_of(text: str, toks: Sequence[Token], np: Optional[Source]) -> Optional[Source]:
    """``np``, or the person it belongs to when a full name stands before
    "of"/"from" and the phrase ("Pat Greene of the GMB union called", "Ann
    Lee from the county council said"): the person speaks, not the body."""
    if np is None:
        return None
    k = next((x for x, t in enumerate(toks) if t[1] == np[1]), -1)
    if k < 2 or toks[k - 1][0] not in ("of", "from"):
        return np
    return _person_before_place(text, toks, k - 1) or np


DASHES = ("\u2014", "\u2013", "--", "-")


def _dash_aside(text: str, toks: Sequence[Token], i: int, strict: bool) -> Optional[Source]:
    """The subject around an aside set off by dashes, the second dash at
    token ``i``: ``Harkin -- mentioned as a cabinet pick -- told`` gives the
    subject before the aside; ``A former senator -- Tom Harkin, who retired
    in 2015 -- said`` gives the name opening the aside when the subject
    before it is only a description."""
    k = i - 1
    while k > 0 and toks[k][0] not in DASHES and i - k < 30:
        if toks[k][0] in ('"', "\u201c", "\u201d", ";", ":"):
            return None
        k -= 1
    if k <= 0 or toks[k][0] not in DASHES:
        return None
    outer = phrase_before(text, toks[0][1], toks[k][1], strict)
    if outer is not None and outer[0][:1].isupper() and outer[0].split()[0].lower() not in PHRASE_OPENERS:
        return outer
    j = k + 1
    while j < i and starts_upper(toks[j][0]):
        j += 1
    if j > k + 1 and looks_like_name(toks[k + 1:j]):
        inner = run_source(text, toks, k + 1, j)
        if inner[3] == "person":
            return inner
    return outer


_NEXT_WORD = re.compile(r"\S+\s+([a-z]+)\b")


def _possessed_participle(text: str, tok: str, cue: int) -> bool:
    """"Mr Houston's reported views": a possessor before the cue word and a
    noun after it make the cue an adjective, not a verb ("McDonald's
    announced it was" stays a verb)."""
    if not tok.endswith(apposition.POSSESSIVE_ENDINGS):
        return False
    m = _NEXT_WORD.match(text, cue, cue + 60)
    nxt = m.group(1) if m else ""
    return bool(nxt) and nxt not in PRONOUNS and nxt not in PHRASE_OPENERS and nxt not in CLAUSE_WORDS


def _skip_adverbs(toks: Sequence[Token]) -> int:
    """Index of the last token before up to three adverbs ending ``toks``
    ("Whitfield later said"), -1 when none is left."""
    i = skip_when(toks, len(toks) - 1)
    skipped = 0
    while i >= 0 and skipped < 3 and (toks[i][0].lower() in ADVERBS or toks[i][0].endswith("ly") and toks[i][0].islower()
                                       and toks[i][0] not in SOURCE_NOUNS):
        i -= 1
        skipped += 1
    return i


_CONTRACTED = re.compile("['\u2019](?:d|s|ve|ll|re|m)$")


def _before_parenthesis(toks: Sequence[Token], i: int) -> int:
    """``Rep. Earl Blumenauer (D-Ore.) said``, ``Sen. Jack Reed (D-R.I.),
    said``: the index of the token before the parenthesis ending at ``i``,
    else ``i`` (or the ")" when no "(" opens it)."""
    if i < 0:
        return i
    if toks[i][0] == "," and i > 0 and toks[i - 1][0] == ")":
        i -= 1
    if toks[i][0] != ")":
        return i
    k = i
    while k >= 0 and toks[k][0] != "(" and i - k < 12:
        k -= 1
    return k - 1 if k > 0 and toks[k][0] == "(" else i


def _name_before(text: str, toks: Sequence[Token], i: int, strict: bool) -> Optional[Source]:
    """The subject ending with the capitalised word at ``i``: a name, or a
    noun phrase holding one ("several Wall Street analysts")."""
    j = _name_run_backward(toks, i)
    if j > 0 and toks[j - 1][0].lower() in PHRASE_OPENERS and toks[j - 1][0].lower() not in ("the", "that"):
        # "several Wall Street analysts"; "that" before a name is the conjunction ("so heated that Gov. X said")
        return np_backward(text, toks, i, strict)
    if not looks_like_name(toks[j:i + 1]) and not (i == j and capitalised_mid_sentence(text, toks[i][0])):
        return None
    link = apposition.place_link(toks, j)  # "of Oklahoma", "of the Center for Nonproliferation Studies"
    if link < 0 and j > 2 and toks[j - 1][0] == "," and starts_upper(toks[j - 2][0]):
        link = apposition.place_link(toks, _name_run_backward(toks, j - 2))  # "of Columbia, South Carolina"
    if link > 0:
        found = _person_before_place(text, toks, link)
        if found is not None:  # "Rep. Dan Cole of Oklahoma said": the person, not the place
            return found
    if j > 0 and toks[j - 1][0] in ("at", "of", "for", "from", "with"):
        found = _person_at(text, toks, i, j)
        if found is not None:
            return found
    found = run_source(text, toks, j, i + 1)
    if found[3] == "person" and j > 1 and toks[j - 1][0] == "and" and starts_upper(toks[j - 2][0]):
        k = _name_run_backward(toks, j - 2)
        first = run_source(text, toks, k, j - 1) if looks_like_name(toks[k:j - 1]) else None
        if first is not None and first[3] == "person":
            return first  # "Frank Newport and Jim Harter:": the first named leads
    return found


def _person_before_place(text: str, toks: Sequence[Token], k: int) -> Optional[Source]:
    """The person named just before "of"/"from" at ``k`` ("Dan Cole of
    Oklahoma"), when the run before it is a person's full name (two name
    words at least once titles are cut: "Secretary of State" is no person)."""
    if not starts_upper(toks[k - 1][0]):
        return None
    m = _name_run_backward(toks, k - 1)
    if not looks_like_name(toks[m:k]) or is_title_word(toks[k - 1][0]) \
            or m > 0 and toks[m - 1][0] in ("at", "of", "for", "from", "with", "to", "by"):
        return None
    src = run_source(text, toks, m, k)
    titled = any(is_title_word(t[0]) for t in toks[m:k - 1])  # "Mr. Morgan of the Sierra Club"
    return src if src[3] == "person" and (len(src[0].split()) >= 2 or titled) else None


def _person_at(text: str, toks: Sequence[Token], i: int, j: int) -> Optional[Source]:
    """"chief economist at Global Insight said": the person, not the firm
    (the name run ``toks[j:i + 1]`` follows a preposition)."""
    c = j - 1
    while c > 0 and j - c < 8 and toks[c][0] not in (",", ";", ":", ".") and toks[c][0].lower() not in PHRASE_OPENERS:
        c -= 1
    if c >= 1 and toks[c][0] == "," and starts_upper(toks[c - 1][0]):
        m = _name_run_backward(toks, c - 1)
        if looks_like_name(toks[m:c]):
            return run_source(text, toks, m, c)  # Simon Rubinsohn, chief economist at Global Insight
    np = np_backward(text, toks, i, False)
    return np if np is not None and np[1] < toks[j][1] else None


_INTRO = Lazy(r"\s*(?:(?:But|And|So|Yet|Still|Meanwhile|Instead|Later|Earlier|Also)\b,?\s*)?"
              r"(?:[A-Z][^,\n]{0,40},\s*)?")


PLACE_PREPOSITIONS = word_set("place_prepositions")


IRREGULAR_PAST = word_set("irregular_past_verbs")


def is_verb_like(tok: str) -> bool:
    """A lower-case word that ends a subject: an -ed or irregular past verb,
    a speech verb, has, had, is, was."""
    low = tok.lower()
    return tok.islower() and (low.endswith("ed") or low in speech_verbs() or low in IRREGULAR_PAST
                              or low in ("has", "had", "is", "was", "told"))


def _determiner_subject(text: str, toks, k: int) -> Optional[Source]:
    """``A spokeswoman for the House Armed Services Committee emailed``,
    ``the prince called``: a determiner phrase whose head is a source noun,
    followed by a verb."""
    if k >= len(toks) or toks[k][0].lower() not in ("the", "a", "an", "one", "two", "three", "several", "some",
                                                    "his", "her", "its", "their"):
        return None
    for b in range(k + 2, min(len(toks), k + 11)):
        t = toks[b][0]
        if t in (",", ";", ":", "(", ")", "\u2014", "--", "-"):
            return None
        if is_verb_like(t) or _present_verb(toks, b):
            e = b
            while e > k + 2 and (toks[e - 1][0].lower() in ADVERBS or toks[e - 1][0].lower() in DATE_WORDS
                                 or toks[e - 1][0] == "on"):
                e -= 1  # "The Sanders campaign on Monday also doubled down": not "... on Monday also"
            b = e
            phrase = text[toks[k][1]:toks[b - 1][2]]
            cls = classify_phrase(phrase) if is_source_phrase(phrase) else ""
            if cls and (toks[k][0].lower() not in ("his", "her", "its", "their") or _speaking_head(phrase)):
                return phrase, toks[k][1], toks[b - 1][2], cls  # "His office put out", not "His message to X was"
            return None
    return None


_OPEN_MARKS = frozenset(('"', "\u201c", "``", "''"))


def _present_verb(toks, b: int) -> bool:
    """A present-tense verb in -s that opens a clause or a quote ("The
    Sanders campaign projects that ...", "The Rove ad hits Clinton for ...
    and claims that"): followed by "that", "to" or a quotation mark."""
    t = toks[b][0]
    return t.isalpha() and t.islower() and len(t) > 3 and t.endswith("s") and not t.endswith(("ss", "us", "is")) \
        and b + 1 < len(toks) and (toks[b + 1][0] in ("that", "to") or toks[b + 1][0] in _OPEN_MARKS)


def _speaking_head(phrase: str) -> bool:
    """Whether a possessed phrase's head can speak: a person, title or
    organisation ("his office", "her campaign manager"), not a thing ("his message")."""
    head = head_noun(phrase)
    return head in PERSON_NOUNS or head in ORG_NOUNS or is_title_word(head)


_SENTENCE_ADVERBS = word_set("sentence_adverbs")


def _clause_subject(text: str, start: int, end: int) -> Optional[Source]:
    """A name followed by a verb after up to three introductory phrases
    ("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried")."""
    toks = dotted_tokens(text, start, min(end, start + 200))
    k = 0
    for _ in range(4):
        d = k
        while d < len(toks) and d - k < 2 and toks[d][0].islower() and (
                is_title_word(toks[d][0]) or toks[d][0] in SOURCE_NOUNS or toks[d][0] in ("conservative", "liberal")):
            d += 1  # "conservative commentator Jonah Goldberg imagined"
        if d > k and d < len(toks) and starts_upper(toks[d][0]):
            k = d
        if k + 1 < len(toks) and toks[k][0].lower() in _SENTENCE_ADVERBS and starts_upper(toks[k + 1][0]) \
                and toks[k + 1][0].lower() not in CAP_STOP:
            k += 1  # a sentence adverb before the subject: "Now Donald Trump, the ..., is promising"
        np = _determiner_subject(text, toks, k)
        if np is not None:
            return np
        if k < len(toks) and starts_upper(toks[k][0]) and toks[k][0].lower() not in CAP_STOP:
            b = k
            while b < len(toks) and is_name_word(toks[b][0]):
                b += 1
            if _headline_before_byline(toks, k, b) or time_opener(toks, b):
                # "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal:": the byline speaks;
                # "Minutes later, she sent": a time phrase, not the subject
                b = k
            named = described_name(toks[k:], b - k)
            if named is not None:  # "Republican presidential nominee Donald Trump, during ..., referred"
                return run_source(text, toks, k + named[0], k + named[1])
            c = _after_parenthesis(toks, b)  # "Sen. Pat Toomey (R-Pa.) refused"
            person = _person_before_place(text, toks, c) if c < len(toks) and toks[c][0] in ("of", "from") else None
            if person is not None:  # "Stacy Baker of Columbia, South Carolina says": not the state after the comma
                return person
            if c < len(toks) and (toks[c][0][:1].islower() and toks[c][0] not in CLAUSE_WORDS
                                  or apposition.described_then_predicate(toks, c)) and looks_like_name(toks[k:b]):
                return run_source(text, toks, k, b)  # "Dottie Lane, the party's chair, is supporting ..."
        while k < len(toks) and toks[k][0] not in (",", "-"):  # a spaced hyphen sets off a headline too
            k += 1
        k += 1
        if k >= len(toks):
            break
    return None


def _headline_before_byline(toks: Sequence[Token], k: int, b: int) -> bool:
    """Whether ``toks[k:b]`` is a headline in capitals (two words or more)
    that a spaced hyphen and a byline follow."""
    return b - k >= 2 and all(t[0].isupper() for t in toks[k:b]) and any(t[0] == "-" for t in toks[b:])


def _after_parenthesis(toks: Sequence[Token], b: int) -> int:
    """The index after a parenthesis opening at ``b`` ("(R-Pa.)"), else ``b``."""
    if b < len(toks) and toks[b][0] == "(":
        for e in range(b + 1, min(len(toks), b + 8)):
            if toks[e][0] == ")":
                return e + 1
    return b


def leading_subject(text: str, start: int, end: int) -> Optional[Source]:
    """The subject at the start of ``text[start:end]`` (after a short
    introductory phrase such as "On Friday,"): the source of a participle
    cue with no subject of its own (``He dismissed it, saying ...``)."""
    m = _INTRO.match(text, start, end)
    found = _clause_subject(text, start, end)
    if found is not None:
        return found
    for pos in ((m.end(), start) if m and m.end() > start else (start,)):
        toks = dotted_tokens(text, pos, min(end, pos + 120))
        found = _subject_at(text, toks) if toks else None
        if found is not None:
            return found
    return None


def described_name(toks: Sequence[Token], b: int) -> Optional[Tuple[int, int]]:
    """``Republican presidential nominee Donald Trump``, ``Clinton's top
    foreign policy aide Jake Sullivan``: when the capitalised run
    ``toks[:b]`` is party labels only or a possessor, and a few lower-case
    describing words ending in a title or a noun for one person
    (person_nouns.txt) lead to a name, that name's token range."""
    owner = b > 0 and toks[b - 1][0].endswith(apposition.POSSESSIVE_ENDINGS)
    # an employer, a place or a person describes too: "Monmouth University political scientist
    # Patrick Murray", "former Vermont governor Howard Dean", "Obama adviser David Axelrod"
    if b == 0 or b > 3 and not owner:
        return None
    c = b
    while c < len(toks) and c - b < 4 and toks[c][0].islower() and toks[c][0].replace("-", "").isalpha() \
            and toks[c][0] not in CLAUSE_WORDS and not is_verb_like(toks[c][0]):
        c += 1
    last = toks[c - 1][0] if c > b else ""
    if c == b or c >= len(toks) or not starts_upper(toks[c][0]) \
            or not (is_title_word(last) or last in PERSON_NOUNS):  # "... nominee", not "senators met"
        return None
    d = c
    while d < len(toks) and is_name_word(toks[d][0]):
        d += 1
    return (c, d) if looks_like_name(toks[c:d]) else None


def _subject_at(text: str, toks: Sequence[Token]) -> Optional[Source]:
    """The subject opening ``toks``: a pronoun, a name followed by a verb or
    comma, or "the" with an organisation's name or a source noun."""
    low = toks[0][0].lower()
    if low in PRONOUNS:
        return toks[0][0], toks[0][1], toks[0][2], PRONOUNS[low]
    if starts_upper(toks[0][0]) and low not in CAP_STOP:
        b = 0
        while b < len(toks) and is_name_word(toks[b][0]) and toks[b][0] not in (",",):
            b += 1
        if _headline_before_byline(toks, 0, b):
            return None
        named = described_name(toks, b)
        if named is not None:
            return run_source(text, toks, *named)
        c = _after_parenthesis(toks, b)
        if 0 < b and c < len(toks) and (toks[c][0][:1].islower() or toks[c][0] == ",") and looks_like_name(toks[:b]):
            return run_source(text, toks, 0, b)
    return _the_subject(text, toks) if low == "the" else None


def _the_subject(text: str, toks: Sequence[Token]) -> Optional[Source]:
    """"The Justice Department said", "the agency's spokesman": a subject
    opening with "the"."""
    if len(toks) > 1 and starts_upper(toks[1][0]):
        b = 1
        while b < len(toks) and (starts_upper(toks[b][0]) or toks[b][0] == "of" and b + 1 < len(toks)
                                 and starts_upper(toks[b + 1][0])):
            b += 1
        if b < len(toks) and toks[b][0][:1].islower():
            name = text[toks[1][1]:toks[b - 1][2]]
            if name_class(name)[0] == "organisation":
                return name, toks[1][1], toks[b - 1][2], "organisation"
    b = 1
    while b < len(toks) and b < 5 and toks[b][0].isalpha() and toks[b][0].lower() not in CLAUSE_WORDS:
        b += 1
    if b > 1 and is_source_phrase(text[toks[0][1]:toks[b - 1][2]]):
        phrase = text[toks[0][1]:toks[b - 1][2]]
        return phrase, toks[0][1], toks[b - 1][2], classify_phrase(phrase)
    return None


def _appositive(text: str, toks, i: int) -> Optional[Source]:
    """``Name, the board chair, said`` / ``Whitfield, who ..., said`` /
    ``the mayor, Dana Whitfield, said``: the subject around an appositive
    ending with the comma at token ``i``."""
    j = i - 1
    while j >= 0 and toks[j][0] not in (",", ";", ":", '"', "\u201c", "\u201d") and i - j < 30:
        j -= 1
    if j < 0 or toks[j][0] != ",":
        return None
    inner = toks[j + 1:i]
    if not inner:
        return None
    if all(is_name_word(t[0]) for t in inner) and _place_before(toks, j):
        # "Dean Johnson, a salesman from Sumter, South Carolina, says": the
        # run is the rest of a place, the subject is before the apposition
        found = _appositive(text, toks, j)
        if found is not None:
            return found
    # "The Dean, the Very Rev Alison Greer, said": a title and name after "the" are a name
    titled = inner[0][0] == "the" and len(inner) > 3 and all(is_name_word(t[0]) for t in inner[1:])
    if titled or all(is_name_word(t[0]) for t in inner):
        k = _name_run_backward(toks, i - 1)
        src = run_source(text, toks, max(k, j + 1), i)
        before = phrase_before(text, toks[0][1], toks[j][1])
        if before is not None and before[3] != "person" or before is None or before[0][:1].islower():
            return src
        return before
    b = 0
    while b < len(inner) and is_name_word(inner[b][0]):
        b += 1
    c = b
    if 0 < b < len(inner) - 1 and inner[b][0] in apposition.PLACE_LINKS:  # "Senator Ann Lee of Vermont endorsed"
        c = b + 1
        while c < len(inner) and starts_upper(inner[c][0]):
            c += 1
        c = c if c > b + 1 else b
    # "Mr. Trumble's private club" describes; "Ann Lee's aide rallied supporters" is a clause
    possessed = b > 0 and inner[b - 1][0].endswith(("'s", "\u2019s")) and not apposition.has_verb(inner, b, len(inner))
    if 0 < b and not possessed and c < len(inner) and inner[c][0].islower() and inner[c][0] not in CLAUSE_WORDS \
            and inner[c][0] not in PHRASE_OPENERS and looks_like_name(inner[:b]):
        # "Hours later, Trump returned the compliment, telling ...": a clause, not an appositive
        return run_source(text, toks, j + 1, j + 1 + b)
    chained = apposition.chain_subject(toks, j)  # "Tracy Marten, Trayvon's father, issued a statement, saying"
    if chained is not None:
        return run_source(text, toks, *chained)
    return _described_subject(text, toks, j)


def _described_subject(text: str, toks, j: int) -> Optional[Source]:
    """The subject before the comma at token ``j``; when it is a
    description that is itself an appositive ("Former governor Ed Rendell, a
    Clinton supporter, praised X, calling"), the person it describes."""
    before = phrase_before(text, toks[0][1], toks[j][1])
    if before is not None and before[0][:1].islower() and before[1] > toks[0][1]:
        around = _appositive(text, toks, j)
        if around is not None and around[0][:1].isupper() and around[3] == "person":
            return around
    return before


def _place_before(toks: Sequence[Token], j: int) -> bool:
    """Whether the comma at ``j`` follows a place named after a preposition
    ("from Sumter," "of Columbia,"), so that the run after it continues the place."""
    k = j - 1
    while k >= 0 and starts_upper(toks[k][0]) and j - k <= 3:
        k -= 1
    # "of" inside a name ("Federal Bureau of Investigation,") opens no place
    return k < j - 1 and k >= 1 and toks[k][0] in PLACE_PREPOSITIONS and not starts_upper(toks[k - 1][0])
