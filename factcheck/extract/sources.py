"""Source phrases: head nouns and the class of a source.

``classify(text, toks)`` reads a source noun phrase ("two people familiar
with the matter", "Sen. Jane Doe", "the agency's annual report") and
returns its class: ``person``, ``organisation``, ``document``, ``anonymous``
or ``none``, with a flag for another outlet's reporting (``secondary``).
Word lists live in ``factcheck/data`` (anonymous_heads, document_nouns,
organisation_nouns, outlet_words, named_sources, name_titles).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, List, Optional, Sequence, Tuple

from .lazy import Lazy
from .lexicon import read_list, word_set
from .tokens import Token, bare, is_cap
from .wordsets import COMMON_WORDS, DATE_WORDS, DETERMINERS, PARTICLES, PRONOUNS, QUANTIFIERS, words

# Words that end a source's head part: what follows modifies the head.
HEAD_BREAK = word_set("head_breaks")
PEOPLE_PLURAL = Lazy(r"(?:ers|ists|ians|ics|ors|ees|ives|men|people|folk|ats|migrants|dents|grants|ipants)$")
COMPARATIVES = word_set("comparatives")
PEOPLE_SINGULAR = Lazy(r"(?:[^aeiou]er|ist|ian|or|ee|tive|ant|dent|man|woman|person)$")
VAGUE_DETERMINERS = word_set("vague_determiners")
QUANTITY_HEADS = word_set("quantity_heads")
VAGUE_DOCS = word_set("vague_documents")
STRONG_ANONYMOUS = word_set("strong_anonymous_heads")
SPOKES = word_set("spokes_nouns")
def head_part(toks: Sequence[Token]) -> List[Token]:
    """The tokens of a source phrase up to its first modifier word
    ("officials" in "officials who work with Magnus")."""
    out: List[Token] = []
    for k, t in enumerate(toks):
        low = t[0].lower()
        if k > 0 and (low in HEAD_BREAK or t[0] in (",", "(", "\u2014", "--", ";", ":")):
            break
        out.append(t)
    while out and out[-1][0] in (".", ",", '"', "\u201c", "\u201d"):
        out.pop()
    return out


def head_word(toks: Sequence[Token]) -> str:
    """The head noun of a source phrase: the last word of its head part,
    in lower case without "'s" ("officials" in "senior officials who work
    with Magnus"); '' for none."""
    head = head_part(toks)
    return bare(head[-1][0]) if head else ""


@lru_cache(maxsize=4096)
def name_class(name: str) -> Tuple[str, bool]:
    """``(class, secondary)`` of a capitalised name: an organisation (and
    whether it is a news outlet) or a person."""
    w = words()
    if name in w["named"] or w["named_re"].search(name) and not _person_shaped(name):
        return "organisation", True
    parts = [bare(p) for p in name.split()]
    # "Melbourne's Herald-Sun": a word of a hyphenated title counts ("herald")
    if any(p in w["outlet"] or "-" in p and any(x in w["outlet"] for x in p.split("-")) for p in (parts[1:] or parts)) \
            or (len(parts) > 1 and parts[0] in ("channel",)):
        return "organisation", True
    if any(p in w["org"] for p in parts) or any(len(p) >= 2 and p.isupper() and p.isalpha() for p in name.split()):
        return "organisation", False
    return "person", False


def _person_shaped(name: str) -> bool:
    return len(name.split()) in (2, 3) and all(p[:1].isupper() and not p.isupper() for p in name.split()) \
        and not any(bare(p) in words()["org"] for p in name.split())


def name_run(toks: Sequence[Token], end: int, first_index: int = 0) -> int:
    """Index of the first token of the capitalised run ending at ``end``
    (inclusive): capitalised words (``is_cap``; ``toks[first_index]`` opens
    the sentence), a common one inside the run ("National Rifle
    Association"), particles ("de Blasio") and an abbreviated title's period."""
    j = end
    while j - 1 >= 0:
        t = toks[j - 1][0]
        first = j - 1 == first_index
        if is_cap(t, first=first) or t.lower() in PARTICLES \
                or j - 1 < end and not first and t[:1].isupper() and _inside_name(bare(t)) \
                or t == "." and j - 2 >= 0 and bare(toks[j - 2][0]) in words()["titles"]:
            j -= 1
            continue
        break
    return j


@lru_cache(maxsize=1)
def _number_leads() -> FrozenSet[str]:
    """Words that open a quantity rather than name something ("Some 47%",
    "Only 7", "Nearly 300"): common and function words, quantifiers and the
    first words of the figure bounds ("nearly", "almost", "approximately")."""
    from .figures.words import bound_phrases  # the figure readers' own list, read once

    bounds = {p.split()[0] for p in bound_phrases()}
    return frozenset(COMMON_WORDS | QUANTIFIERS | DETERMINERS | DATE_WORDS | bounds)


def numbered_name(word: str) -> bool:
    """Whether ``word`` followed by a number is a name with a number
    ("Radio 1", "Channel 4", "Formula 1"): a capitalised word that does not
    open a quantity, nor an adverb ("Barely 5% said")."""
    b = bare(word)
    return word[:1].isupper() and word.isalpha() and b not in _number_leads() and not b.endswith("ly")


def _inside_name(b: str) -> bool:
    """A common capitalised word that, followed by another capital, is part
    of a name ("National Rifle Association", "Federal Reserve"), unlike a
    determiner, quantity or unnamed group ("Some Democrats", "Officials")."""
    return b not in DETERMINERS and b not in QUANTIFIERS and b not in words()["anon"] and b not in DATE_WORDS


def strip_title(toks: Sequence[Token], a: int, b: int) -> int:
    """Start of the name in ``toks[a:b]`` after any leading job titles
    ("Homeland Security Secretary Alejandro Mayorkas" -> Alejandro)."""
    titles = words()["titles"]
    cut = a
    for k in range(a, b - 1):
        if bare(toks[k][0]).rstrip(".") in titles or toks[k][0] == ".":
            cut = k + 1
    return cut


DEFINITE = word_set("definite_openers")
# "who asked not to be named", "briefed on": a source phrase holding one is unnamed
WITHHELD = Lazy(r"\b(?:" + "|".join(re.escape(p) for p in sorted(read_list("withheld_identity_phrases"), key=len,
                                                                  reverse=True)) + r")\b", re.I)


# Participles after which "by <Name>" names who gathered a group's views.
POLLED = word_set("polled_participles")


def classify(toks: Sequence[Token], extra_anonymous: Sequence[str] = (),
             bare_plural: bool = False) -> Tuple[str, bool, str]:
    """``(class, secondary, head)`` of the source phrase ``toks``.

    ``head`` is the lower-case head noun ("officials").  ``extra_anonymous``
    are a desk's own anonymity phrases (matched inside the phrase).  With
    ``bare_plural`` (the phrase is the subject of a speech verb) a plural
    noun of no known kind without a determiner ("witnesses said") is an
    unnamed source."""
    # The answer depends on the words only, never on the offsets: cached by
    # them (the same phrases, "he", "the company", "officials", recur).
    return _classify_words(tuple([t[0] for t in toks]), tuple(extra_anonymous), bare_plural)


Classified = Tuple[str, bool, str]


@lru_cache(maxsize=1 << 14)
def _classify_words(phrase: Tuple[str, ...], extra_anonymous: Tuple[str, ...], bare_plural: bool) -> Classified:
    """``classify`` of the words ``phrase`` (tokens with dummy offsets)."""
    toks = [(t, 0, 0) for t in phrase]
    if not toks:
        return "none", False, ""
    first = toks[0][0]
    if len(toks) == 1 and first.lower() in PRONOUNS:
        return PRONOUNS[first.lower()], False, first.lower()
    head_toks = head_part(toks)
    if not head_toks:
        return "none", False, ""
    head = bare(head_toks[-1][0])
    if extra_anonymous and any(p.lower() in " ".join(t[0] for t in toks).lower() for p in extra_anonymous):
        return "anonymous", False, head
    det = bare(first)
    if det not in DEFINITE and not any(t[0][:1].isupper() for t in toks[1:]) and WITHHELD.search(" ".join(phrase)):
        return "anonymous", False, head  # "regulators who asked not to be named"
    if det in VAGUE_DETERMINERS and len(toks) > 1 and not toks[1][0][:1].isdigit() or head in QUANTITY_HEADS:
        return "anonymous", False, head  # "some Gore supporters", "the majority of experts"
    conj = next((k for k, t in enumerate(head_toks) if t[0].lower() == "and"), None)
    if conj and is_cap(head_toks[conj - 1][0], first=(conj - 1 == 0)) and not _one_body(head_toks[conj + 1:]):
        head_toks = head_toks[:conj]  # "Ban and his aides": the named one leads
    ph = _Phrase(toks, head_toks, det)
    head_tok = head_toks[-1][0]
    if head_tok.isdigit() and len(head_toks) > 1 and numbered_name(head_toks[-2][0]) and det not in DEFINITE:
        return "organisation", False, head  # a name with a number: "Radio 1", "Channel 4", "Formula 1"
    if is_cap(head_tok, first=(len(head_toks) == 1)) or head_tok.isupper() and len(head_tok) > 1:
        j = name_run(head_toks, len(head_toks) - 1)
        return (*name_class(" ".join(t[0] for t in head_toks[j:])), ph.head)
    return _known_head(ph) or _unknown_head(ph, bare_plural)


def _one_body(tail: Sequence[Token]) -> bool:
    """The words after "and" end a body's name: "the Management and Coordination Agency",
    "the Census and Statistics Department" (not "Ban and Obama", "Ban and his aides")."""
    return bool(tail) and all(is_cap(t[0]) for t in tail) and name_class(" ".join(t[0] for t in tail))[0] == "organisation"


class _Phrase:
    """A source phrase being classified: its tokens, the tokens of its head
    part, its head noun (bare) and its first word (bare: the determiner)."""

    __slots__ = ("toks", "head_toks", "head", "det")

    def __init__(self, toks: Sequence[Token], head_toks: Sequence[Token], det: str):
        self.toks, self.head_toks, self.det = toks, head_toks, det
        self.head = bare(head_toks[-1][0])


def _known_head(ph: _Phrase) -> Optional[Classified]:
    """The class given by a head noun of a known kind: a spokesperson, a
    document, an unnamed group, an organisation or a title."""
    w = words()
    head, det = ph.head, ph.det
    if head in SPOKES:
        return "organisation", False, head
    if head in VAGUE_DOCS and det not in DEFINITE:
        return "anonymous", False, head  # "according to reports", "according to legend"
    if head in w["doc"]:
        return "document", False, head
    if _polled(ph.toks) or _firm_researchers(ph):
        return "organisation", False, head
    if head in w["anon"]:
        return _anonymous_head(ph), False, head
    if head in w["org"]:
        if any(bare(t[0]) in w["anon"] for t in ph.toks[len(ph.head_toks):]):  # "a group of residents"
            return "anonymous", False, head
        return "organisation", False, head
    if head in w["titles"]:
        return ("anonymous" if det in ("a", "an", "one") or det in VAGUE_DETERMINERS else "person"), False, head
    return None


def _polled(toks: Sequence[Token]) -> bool:
    """"analysts polled by FactSet": a named survey's consensus."""
    anon = words()["anon"]
    return any(toks[k][0].lower() in POLLED and toks[k + 1][0].lower() == "by" and is_cap(toks[k + 2][0])
               and bare(toks[k - 1][0]) in anon and bare(toks[k - 1][0]) not in STRONG_ANONYMOUS
               for k in range(1, len(toks) - 2))


def _firm_researchers(ph: _Phrase) -> bool:
    """"researchers at BDO Stoy Hayward": the firm's work."""
    head = ph.head
    if not (head in words()["anon"] and head.endswith("s") and head not in STRONG_ANONYMOUS):
        return False
    rest = ph.toks[len(ph.head_toks):]
    return len(rest) >= 2 and rest[0][0].lower() in ("at", "from", "with") and rest[1][0][:1].isupper() \
        and name_class(" ".join(t[0] for t in rest[1:4] if t[0][:1].isupper()))[0] == "organisation"


def _anonymous_head(ph: _Phrase) -> str:
    """The class of a phrase whose head names people without naming them
    ("officials", "a spokesman", "its chief executive")."""
    head = ph.head
    if any(t[0][:1].isupper() and t[0].endswith(("'s", "\u2019s")) for t in ph.head_toks[:-1]) \
            and not head.endswith("s") and head not in STRONG_ANONYMOUS:
        return "person"  # "Donald Trump's campaign manager": one identifiable person
    if ph.det in ("the", "his", "her", "their", "its", "our") and len(ph.head_toks) <= 3 \
            and head not in STRONG_ANONYMOUS:
        # "its chief executive" is a person; "the researchers" point back at people named before
        return "none" if head.endswith("s") and ph.det == "the" else "person"
    return "anonymous"


def _unknown_head(ph: _Phrase, bare_plural: bool) -> Classified:
    """A head of no known kind: the noun before a relative clause, a
    singular person noun after "a", a bare plural subject, or nothing."""
    w = words()
    head, det, head_toks = ph.head, ph.det, ph.head_toks
    for t in reversed(head_toks[:-1]):  # "a draft he shared": the noun before a relative clause
        if t[0].endswith(("'", "\u2019", "'s", "\u2019s")):
            continue  # a possessor ("the Workers' support") is not the head
        b = bare(t[0])
        if b in w["doc"]:
            return "document", False, b
        if b in w["anon"] and b not in QUANTIFIERS:
            return "anonymous", False, b
    head_tok = head_toks[-1][0]
    if det in ("a", "an", "one", "another") and PEOPLE_SINGULAR.search(head) and head_tok.islower() \
            and head not in COMPARATIVES and len(head_toks) > 1:
        return "anonymous", False, head  # "a doctor", "one questioner"
    toks = ph.toks
    if bare_plural and PEOPLE_PLURAL.search(head) and det not in DETERMINERS \
            and head_tok.islower() or (len(toks) == 1 and toks[0][0].endswith("s") and head_tok[:1].isupper()):
        return "anonymous", False, head  # a bare plural: "witnesses said", "mechanics have complained"
    if det == "the" and head_tok.islower():
        caps = [t[0] for t in head_toks[1:-1] if is_cap(t[0])]
        if caps and name_class(" ".join(caps))[0] == "organisation":
            return "organisation", False, head  # "the nationalist Global Times tabloid": the named body's
    return "none", False, head


def possessor(toks: Sequence[Token]) -> Optional[str]:
    """The capitalised possessor of a phrase ("Politico" in "Politico's
    report"), or None."""
    for k, t in enumerate(toks):
        if t[0].lower().replace("\u2019", "'").endswith("'s") and t[0][:1].isupper():
            j = name_run(list(toks[:k]) + [(t[0][:-2], t[1], t[2] - 2)], k)
            return " ".join([x[0] for x in toks[j:k]] + [t[0][:-2]])
    return None


@lru_cache(maxsize=1)
def plural_words() -> FrozenSet[str]:
    """Anonymous head nouns that take a plural verb (for resolving "they");
    cached: built from the fixed word lists, asked for every unnamed source."""
    return frozenset(h for h in words()["anon"] if h.endswith("s") or h in ("people", "some", "many", "most", "several", "few", "others", "those"))
