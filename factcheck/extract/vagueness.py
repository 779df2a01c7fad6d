"""Vague attribution: a claim credited to nobody in particular.

An unnamed source is one of two things.  A *withheld* source is a person the
reporter knows and chose not to name ("a senior official", "people familiar
with the matter", "three teachers, who asked not to be named"): the AP/NYT
anonymity checklist applies (anonymous-source).  A *vague* source is
agentless or collective wording that hides who claims something ("it is
believed", "is widely seen as", "reportedly", "critics say", "some
economists predict"): there is nobody to grant anonymity to, and the fix is
to name the source or drop the claim (vague-attribution, after Wikipedia's
weasel-words guideline).

``vague_kind(text, a)`` sorts an unnamed :class:`Attribution` into one of
the vague kinds or ``None`` (withheld); ``phrase_cues`` finds agentless
wording the attribution finder does not read as a source ("it emerged
that", "to much criticism", "in many quarters").  Word lists:
collective_heads.txt, withheld_markers.txt, vague_phrases.txt,
adverb_cues.txt, belief_participles.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

from factcheck.model import Analysis, Attribution, Sentence

from .lazy import Lazy
from .claim_cues_fast import GuardedPhrases, folded_text
from .guarded import phrase_needs
from .lexicon import read_list
from .sources import STRONG_ANONYMOUS, VAGUE_DETERMINERS, VAGUE_DOCS, head_part, name_class
from .tokens import bare, tokens
from .wordsets import COMMON_CAPS, DETERMINERS, QUANTIFIERS

# Kinds of vague attribution, as shown in findings.
HEDGE = "hedging adverb"          # "reportedly", "allegedly"
AGENTLESS = "agentless passive"   # "it is believed", "is said to be"
HEARSAY = "unnamed reports"       # "according to reports", "rumours"
COLLECTIVE = "collective source"  # "critics say", "some economists predict"
PHRASE = "agentless wording"      # "it emerged that", "to much criticism"

# "Both lawmakers", "These critics": people named before; "Edwards and others": led by a name
_BACK_POINTING = frozenset(("both", "these", "those", "such"))
_NAMED_AND_OTHERS = re.compile(r"\b[A-Z][\w'\u2019-]+\s+and\s+(?:other|others|several|many)\b")
# "The aides, led by campaign manager Terry Sullivan, told": a named leader speaks for them
_LED_BY = re.compile(r",?\s*(?:led|headed|represented) by\s+(?:[a-z-]+\s+){0,3}[A-Z][\w'\u2019-]+")
# "Edwards and [others] said": the source phrase starts after the named leader
_NAME_AND = Lazy(r"\b[A-Z][\w'\u2019-]+\s+and\s+$")
_NUMBERED = re.compile(r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozen|\d+)$", re.I)
# "supposedly secure": the adverb qualifies an adjective and means "ostensibly"
_OSTENSIBLY = Lazy(r"\s+[a-z]+(?:able|ible|ous|ive|al|ic|ful|less|ent|ant|ure|ed|y)\b")
_DETERMINER_BEFORE = Lazy(r"\b(?:a|an|the|its|his|her|their|this|these|those|our)\s+$", re.I)


@lru_cache(maxsize=1)
def _collective() -> frozenset:
    return frozenset(w.lower() for w in read_list("collective_heads"))


def collective_heads() -> frozenset:
    """collective_heads.txt: the heads of a crowd of commentators ("analysts", "critics")."""
    return _collective()


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset:
    return frozenset(w.lower() for w in read_list("group_nouns"))


@lru_cache(maxsize=1)
def _crowd_nouns() -> frozenset:
    return frozenset(w.lower() for w in read_list("crowd_nouns"))


@lru_cache(maxsize=1)
def _public_speakers() -> frozenset:
    return frozenset(w.lower() for w in read_list("public_speaker_heads"))


@lru_cache(maxsize=1)
def _post_verbs() -> frozenset:
    return frozenset(w.lower() for w in read_list("public_post_verbs"))


@lru_cache(maxsize=1)
def _audiences() -> frozenset:
    return frozenset(w.lower() for w in read_list("audience_nouns"))


@lru_cache(maxsize=1)
def _role_heads() -> frozenset:
    return frozenset(w.lower() for w in read_list("role_heads"))


@lru_cache(maxsize=1)
def _withheld_re() -> "re.Pattern[str]":
    return re.compile(r"\b(?:" + "|".join("(?:%s)" % p for p in read_list("withheld_markers")) + r")\b", re.I)


@lru_cache(maxsize=1)
def _markers_re() -> "re.Pattern[str]":
    return re.compile(r"\b(?:" + "|".join("(?:%s)" % p for p in read_list("collective_markers")) + r")\b", re.I)


@lru_cache(maxsize=1)
def _phrases_re() -> GuardedPhrases:
    """vague_phrases.txt as one pattern, searched only where a guard word of its ``needs:`` lines is,
    and then with only the phrases whose guard words are there (speed layer: claim_cues_fast.py)."""
    phrases, needs = phrase_needs("vague_phrases")
    return GuardedPhrases(r"\b(?:", phrases, r")\b", re.I, needs)


@lru_cache(maxsize=1)
def _adverbs() -> frozenset:
    return frozenset(w.lower() for w in read_list("adverb_cues"))


@lru_cache(maxsize=1)
def _participles() -> frozenset:
    return frozenset(w.lower() for w in read_list("belief_participles"))


def withheld_marker(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` marks a source as known and withheld
    ("senior", "familiar with", "who asked not to be named")."""
    return end > start and _withheld_re().search(text, start, end) is not None


def vague_kind(text: str, a: Attribution) -> Optional[str]:
    """The kind of vague attribution ``a`` (an unnamed source) is, or None
    when it is a withheld source.  The tests, in order: a hedging adverb
    standing as its own source; an agentless passive (the source phrase is
    the verb group itself, "it is believed"); unnamed reports or rumours;
    a collective plural with no number and no withheld-source marker in the
    source phrase or between it and its verb."""
    if a.source_class == "none":
        return COLLECTIVE if _group_of_collective(text, a) else None
    if a.source_class != "anonymous":
        return None
    cue = a.cue.lower()
    if a.source_start == a.cue_start and a.source_end == a.cue_end and cue in _adverbs():
        return HEDGE
    if a.source_end == a.cue_end and a.source_start < a.cue_start and cue in _participles():
        return AGENTLESS
    toks = tokens(text, a.source_start, a.source_end)
    lo, hi = a.source_start, max(a.source_end, a.cue_start if a.cue_start > a.source_end else a.source_end + 80)
    if _markers_re().search(text, a.source_start, a.source_end):
        return COLLECTIVE  # "former senior officials in both parties say": a crowd from every side
    if withheld_marker(text, lo, min(hi, a.source_end + 120)):
        return None
    if len(toks) == 1 and bare(toks[0][0]) == "they" and a.source and a.source.lower() != "they":
        # "Analysts expect ..., they said": the antecedent decides
        if withheld_marker(a.source, 0, len(a.source)):
            return None
        toks = tokens(a.source, 0, len(a.source))
    head_toks = head_part(toks)
    if not head_toks:
        return None
    if _crowd_conjunct(text, a.source_start):
        return COLLECTIVE  # "RNC members and officials insist": the last of a list of crowds
    head = bare(head_toks[-1][0])
    first = bare(toks[0][0])
    if head in VAGUE_DOCS and first not in ("the", "this", "that", "its", "his", "her", "their"):
        return HEARSAY
    if head in _collective() and not _NUMBERED.match(first) \
            and not any(_NUMBERED.match(t[0]) for t in head_toks[:-1]):
        return COLLECTIVE
    if first in VAGUE_DETERMINERS and (first not in ("several", "few") or head_toks[-1][0][:1].isupper()) \
            and len(head_toks) > 1 and head not in STRONG_ANONYMOUS:
        return COLLECTIVE  # "many conservatives", "some Republican leaders"
    if _group_of_collective(text, a):
        return COLLECTIVE
    if head.endswith("s") and head not in STRONG_ANONYMOUS and len(head_toks) <= 3 \
            and first not in DETERMINERS and first not in QUANTIFIERS and not _NUMBERED.match(first):
        return COLLECTIVE  # a bare plural: "Mechanics have complained", "Federal investigators say"
    return None


# "combed through by Vox"; not "quoted by the AFP news agency" (an outlet relaying an unnamed source)
_BY_NAME = re.compile(r"(?<!quoted )(?<!cited )(?<!interviewed )(?<!reached )(?<!contacted )\bby\s+(?:the\s+)?[A-Z][a-z]")
# "facing criticism for the move from White House hopefuls Hillary Clinton and ...": the critics are named
_FROM_NAMED = Lazy(r"[^.;:!?]{0,50}?\b(?:from|by)\s+(?:[A-Za-z-]+\s+){0,3}?[A-Z][\w'\u2019-]*\s+[A-Z]")
_REACTION_NOUN = Lazy(r"(?:criticism|condemnation|derision|ridicule|scepticism|skepticism|praise)$", re.I)
_TITLE_NAME = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Sen|Rep|Gov)\.?\s+[A-Z][\w'\u2019-]+")
_GERUND_TOPIC = re.compile(r"\b(?:about|of|for|over|against|after|without)\s+being\s+$", re.I)
_CONJUNCTS = re.compile(r"((?:\b[a-z][\w'-]*s,\s+)*\b[a-z][\w'-]*s),?\s+(?:and|or)\s+$")


def _crowd_conjunct(text: str, start: int) -> bool:
    """True when the source at ``start`` closes a list of plurals one of
    which is a collective crowd ("the families, supporters and officials
    said", "members and officials insist")."""
    m = _CONJUNCTS.search(text, max(0, start - 80), start)
    return m is not None and any(bare(w) in _collective() for w in re.findall(r"[\w'-]+", m.group(1)))


def _group_of_collective(text: str, a: Attribution) -> bool:
    """"a panel of experts", "a number of analysts": a group noun of a crowd."""
    toks = tokens(text, a.source_start, a.source_end)
    head_toks = head_part(toks)
    if not head_toks or a.source_start == a.cue_start:
        return False
    rest = toks[len(head_toks):]
    group = bare(head_toks[-1][0])
    if group not in _group_nouns() or len(rest) < 2 or rest[0][0].lower() != "of":
        return False
    if any(bare(t[0]) in _collective() for t in rest[1:4]):
        return True
    # "a number of bloggers": a crowd of any plural that is not a withheld-source head
    plural = next((bare(t[0]) for t in rest[1:4] if t[0][:1].islower() and bare(t[0]).endswith("s")), "")
    return group in _crowd_nouns() and bool(plural) and plural not in STRONG_ANONYMOUS


_NAME_THEN_ROLE = re.compile(r"[A-Z][a-z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]+)+\s*(?:[-\u2013\u2014,]|--)\s*"
                             r"(?:a|an|another|the|his|her|their|its)\b")
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z_]\w{2,}")
_NAME_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"\u201d']\s))((?:[A-Z][\w'\u2019.-]*\s+)*[A-Z][a-z][\w'\u2019-]*),\s+(?:(?:[\w'.-]+\s+){1,5}and\s+)?$")


def _apposition_of_name(text: str, start: int) -> bool:
    """True when the source phrase at ``start`` describes the person named
    just before it ("Braynard, a South Carolina native who writes", "Brent
    Bozell, PTC president and conservative activist said")."""
    # the name opens the sentence: "On 28 December, another adviser" or "at Ground Zero, sources" are not names
    m = _NAME_BEFORE.search(text[:start], max(0, start - 90))
    if m is None:
        return False
    name = m.group(1)
    if name_class(name) != ("person", False) or bare(name.split()[-1]) in COMMON_CAPS:
        return False
    last = name.split()[-1]
    # a lone capitalised word opening a sentence is a name only if the story uses it mid-sentence too
    return len(name.split()) > 1 or re.search(r"[a-z,] " + re.escape(last) + r"\b", text) is not None


_OF_NAMED = frozenset(("at", "from", "of", "for", "with", "in", "to"))


def named_group(text: str, a: Attribution) -> bool:
    """True when an unnamed source belongs to a named body or person, which
    the reader can identify: "researchers at Acme Labs", "lawyers for Mr
    Tanzi", "Mr Tanzi's lawyers", "the plaintiffs' lawyers", "both
    lawmakers" (named before), "Edwards and others"."""
    if a.source_class != "anonymous":
        return False
    toks = tokens(text, a.source_start, a.source_end)
    head_toks = head_part(toks)
    if not head_toks or not toks:
        return False
    if bare(head_toks[-1][0]) in _role_heads() and not withheld_marker(text, a.source_start, a.source_end):
        return True  # "Defence lawyers argued", "Organisers said": the party is known by its role
    if _named_by_form(text, a, toks):
        return True
    words = (a.source or "").split()
    if bare(toks[0][0]) in _BACK_POINTING or words and bare(words[0]) in _BACK_POINTING \
            or _NAMED_AND_OTHERS.search(text, a.source_start, a.source_end) \
            or bare(toks[0][0]) in ("others", "other", "many", "more", "several") and _NAME_AND.search(text, max(0, a.source_start - 40),
                                                                            a.source_start) \
            or len(toks) > 2 and bare(toks[0][0]) == "all" and _NUMBERED.match(toks[1][0]) \
            or a.cue_start > a.source_end and _LED_BY.match(text, a.source_end, a.cue_start):
        return True  # "Both lawmakers said", "All three band members", "Edwards and others said": people named
    rest = toks[len(head_toks):]
    if len(rest) >= 2 and rest[0][0].lower() in _OF_NAMED:
        nxt = rest[1][0] if rest[1][0].lower() not in ("the", "a") or len(rest) < 3 else rest[2][0]
        if nxt[:1].isupper() and nxt.lower() not in ("the",):
            return True
    return any(t[0][:1].isupper() and t[0].endswith(("'s", "\u2019s", "s'")) and k > 0 or
               k == 0 and t[0].endswith(("'s", "\u2019s")) and t[0][:1].isupper()
               for k, t in enumerate(head_toks[:-1]))


def _named_by_form(text: str, a: Attribution, toks) -> bool:
    """True when the words of an unnamed source or around it name it: a
    handle, an apposition, a role then its name, a name then its role, named
    examples, "all those" people named before, a title and a name ("quoted
    Mr Clarke telling activists")."""
    if _TITLE_NAME.match(text, a.source_start, a.source_end) or _BY_NAME.search(text, a.source_start, a.source_end):
        return True  # "Mr Clarke", "other emails combed through by Vox": a named person or agent
    if _HANDLE.search(text, a.source_start, min(len(text), a.source_end + 80)) or _apposition_of_name(text, a.source_start):
        return True  # "a supporter who runs the account @WomenForVotes", "Braynard, a South Carolina native"
    first = bare(toks[0][0])
    if len(toks) > 1 and first in _collective() | STRONG_ANONYMOUS and first.endswith("s") and len(first) > 4 \
            and first not in VAGUE_DETERMINERS | QUANTIFIERS | DETERMINERS and toks[0][0][:1].islower() \
            and toks[1][0][:1].isupper():
        return True  # "according to analysts Gartner": the role, then the name
    if _NAME_THEN_ROLE.match(text, a.source_start, a.source_end):
        return True  # "Anand Jain - another board member": a name, then its description
    if any(_NAMED_EXAMPLES.match(text, t[1]) for t in toks) or _NAMED_EXAMPLES.match(text, a.source_end) \
            or a.cue_end > a.source_end and re.match(r"[^.;]{0,60}?,\s*(?:including|such as|among them)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}[A-Z]",
                                                     text[a.cue_end:a.cue_end + 120]):
        return True  # "economists and Democrats like Lawrence Summers", "Several nations ..., including the Netherlands"
    if len(toks) > 2 and first == "all" and bare(toks[1][0]) in _BACK_POINTING:
        return True  # "all those players and even Federer himself": people named before
    return False


_MODAL_BEFORE = re.compile(r"\b(?:would|could|might|may|will|should|must|can)\s+(?:\w+ly\s+)?$", re.I)
_SHARE = re.compile(r"(?:(?:a|one|two|three)[- ](?:quarter|third|fifth|tenth)s?|half|most|the majority|\d+(?:\.\d+)?"
                    r"\s?(?:%|per ?cent|percent)|(?:\w+ )?in (?:\d+|\w+))\s+of\b", re.I)
_NEGATED = re.compile(r"n['\u2019]t\b|\bnot\b|\bnever\b", re.I)
# "a majority in 14 countries said", "around one quarter said": a poll's respondents
_RESPONDENTS = re.compile(r"(?:(?:around|about|nearly|almost|roughly|just|over|under|more than|less than|fewer than)\s+)*"
                          r"(?:(?:a|one|two|three)[- ](?:quarter|third|fifth|tenth)s?|half|(?:a|the)\s+(?:\w+\s+)?"
                          r"(?:majority|minority|plurality)|\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)|"
                          r"(?:one|two|three|four|\d+) in (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)|"
                          r"(?:\w+\s+){0,3}(?:of\s+)?(?:those|people|adults|voters)\s+(?:questioned|polled|surveyed|asked|"
                          r"interviewed)|(?:\w+\s+){0,3}respondents)\b", re.I)
_TOOK_PART = re.compile(r"\s*,?\s*who (?:took part|participated|was polled|were polled|responded|was surveyed|were surveyed)"
                        r"(?: in)?\b", re.I)
# "by economists and by Democrats like Lawrence Summers", "Several nations announced support, including the
# Netherlands": named examples
_NAMED_EXAMPLES = re.compile(r"(?:\s*,)?\s*(?:like|such as|including|among them|notably)\s+(?:the\s+)?[A-Z][a-z]")
_CLAUSE_SOURCE = re.compile(r"(?:he|she|it|that|there|this)['\u2019]s\b", re.I)
# "This, they say, indicates": a demonstrative read as the source
_NOT_A_PERSON = frozenset(("this", "that", "it", "which", "what", "these", "those"))
# "A small number, 17%, said": a poll's respondents counted by a quantity noun
_COUNTED = re.compile(r"(?:a|the)\s+(?:[a-z]+\s+)?(?:number|proportion|share|percentage|fraction)\b(?!\s+of\b)"
                      r"|[^,]{1,40},\s*(?:about\s+|around\s+|just\s+|some\s+)?\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)\s*,", re.I)
# "X, who chairs the inquiry, said people already thought ...": after the cue, a clause (its
# verb before any comma or relative pronoun) is what was said, not who said it
_CLAUSE_VERBS = frozenset(("are", "be", "been", "is", "was", "were", "can", "could", "did", "do", "does", "had",
                           "has", "have", "may", "might", "must", "should", "will", "would", "thought", "think",
                           "thinks", "believed", "believe", "believes", "felt", "feel", "feels", "knew", "know",
                           "knows"))
_CLAUSE_STOPS = frozenset(("who", "whom", "whose", "which", "that", "where", "when", "to"))


def respondents(text: str, a: Attribution) -> bool:
    """True when the source of ``a`` is, or ends in, a counted share of a
    poll's respondents ("60 percent of voters said", "one in three adults
    said", "most of those polled said"; "... than her rival - 60 percent of
    voters said", a source read too long).  Not "most of the council" or
    "the majority": a share needs a number or a poll's word."""
    lo, hi = a.source_start, a.source_end
    for m in re.finditer(r"(?:^|(?<=[\s\u2013\u2014-]))\S", text[lo:hi]):
        share = _SHARE.match(text, lo + m.start(), hi) or _RESPONDENTS.match(text, lo + m.start(), hi)
        if share and _COUNTED_SHARE.search(text, lo + m.start(), hi):
            return True
    return False


_COUNTED_SHARE = re.compile(r"\d|\b(?:questioned|polled|surveyed|respondents)\b", re.I)


def _said_clause(text: str, a: Attribution) -> bool:
    """True when a source read after its cue is the reported clause ("said
    people already thought politicians ...", "said many of the 71,000 new
    jobs added in October were ...")."""
    if a.source_start < a.cue_end or re.search(r"\bby\s*$", text[a.cue_end:a.source_start]) \
            or a.cue.lower().startswith("according"):
        return False  # "is considered by computer experts to be": a passive's agent
    m = re.match(r"(?:[^,;:.\"\u201c\u201d]|[,.](?=\d))*", text[a.source_start:a.source_start + 160])
    for w in re.findall(r"[A-Za-z'\u2019]+", m.group() if m else ""):
        low = w.lower()
        if low in _CLAUSE_STOPS:
            return False
        if low in _CLAUSE_VERBS:
            return True
    return False


def _to_audience(text: str, a: Attribution) -> bool:
    """True when the unnamed person speaks to an audience at the event ("a
    Carrier executive tells employees", "an organiser told the crowd"): a
    public speaker, not a source the reporter withheld."""
    if a.cue.lower() not in ("told", "tells", "tell", "telling", "addressed", "addresses", "addressing"):
        return False
    m = re.match(r"\s+(?:the\s+|a\s+|its\s+|his\s+|her\s+|their\s+)?([a-z]+)", text[a.cue_end:a.cue_end + 40])
    return m is not None and m.group(1) in _audiences()


def not_a_source(text: str, a: Attribution) -> bool:
    """True when an unnamed "source" reports nothing: a hypothetical
    ("people would say"), a negation ("officials haven't said")."""
    if _GERUND_TOPIC.search(text, max(0, a.cue_start - 30), a.cue_start):
        return True  # "opened up about being described as": the description is the topic, not a claim
    if a.source_start == a.cue_start:
        return False
    lo = max(a.source_start, a.cue_start - 20)
    if re.search(r"n['\u2019]t\b", text[a.source_start:a.source_end]):
        return True  # "officials haven't": a misread negation
    if _SHARE.match(text, a.source_start, a.source_end) or _RESPONDENTS.match(text, a.source_start, a.source_end) \
            or a.source and bare(a.source.split()[0]) != "they" and text[a.source_start:a.source_end].lower() == "they" \
            and (_SHARE.match(a.source) or _RESPONDENTS.match(a.source)):
        return True  # "a quarter of web users said", "a majority in 14 countries said": a survey's respondents
    if a.source_start < a.cue_start and _COUNTED.match(text, a.source_start, a.cue_start):
        return True  # "A small number, 17%, said": respondents counted
    if _said_clause(text, a) or _to_audience(text, a):
        return True  # "X, who chairs it, said people already thought": the reported clause; "tells employees"
    if _TOOK_PART.match(text, a.source_end) or re.search(r"['\u2019]s?$", text[a.source_start:a.source_end]):
        return True  # "one woman who took part in the research", "one of the congressman's alleged paramours"
    head = head_part(tokens(text, a.source_start, a.source_end))
    if len(head) == 1 and bare(head[0][0]) in _NOT_A_PERSON and not withheld_marker(text, a.source_start, a.source_end) \
            or _CLAUSE_SOURCE.match(text, a.source_start, a.source_end) \
            or not re.search(r"[A-Za-z]{2}", text[a.source_start:a.source_end]):
        return True  # "This, they say,", "he's one state closer" (a clause), a garbled name; not "those close to him"
    if a.cue.lower() in _post_verbs() or a.cue.lower() in ("state", "states") \
            and not re.match(r"\s*(?:that\b|[,:\"\u201c])", text[a.cue_end:a.cue_end + 8]):
        return True  # "one person tweeted": a public post; "EU member state": a noun, not a speech verb
    if head and bare(head[-1][0]) in _public_speakers():
        return True  # "A reporter pointed out": a questioner at the event, not a withheld source
    return _MODAL_BEFORE.search(text, lo, a.cue_start) is not None \
        or _NEGATED.search(text, max(a.source_start, a.cue_start - 12), a.cue_start) is not None


def reported_by_named(attrs: Sequence[Attribution], a: Attribution) -> bool:
    """True when a named source of the same sentence reports ``a``: "A
    survey by Acme found that many Britons believe" (the respondents are the
    survey's, not the reporter's sources)."""
    for x in attrs:
        if x is a or x.sentence != a.sentence or x.source_class not in ("person", "organisation", "document"):
            continue
        if x.content_start is not None and x.content_end is not None \
                and x.content_start <= a.source_start < x.content_end and x.cue_end <= a.source_start:
            return True
    return False


_ADJUNCTS = frozenset(("in", "on", "at", "during", "while", "when", "after", "before", "as", "adding", "last",
                      "yesterday", "today", "earlier", "later", "on", "via", "through"))
_CLOSING = Lazy(r",\s+(?!(?:but|and|while|although|though|whereas|yet|as|because)\b)(?:[\w'\u2019.-]+\s+){0,5}$", re.I)


def closed_by_named(analysis: Analysis, sentence: int, start: int, end: int) -> bool:
    """True when a named source of the same sentence reports the words at
    ``start:end``: its quoted or reported content covers them, or it closes
    the sentence after a comma ("..., despite the fact that it is said to be
    struggling, said Mr Armstrong"; "Many voters found it offensive,
    journalist Ann Ruiz said")."""
    text = analysis.article.content
    for x in analysis.attributions:
        if x.sentence != sentence or x.source_class not in ("person", "organisation", "document") \
                or x.content_start is None or x.content_end is None:
            continue
        first = min(x.cue_start, x.source_start)
        after = re.match(r"[A-Za-z]+", text[x.content_start:x.content_end]) if x.content_end > first else None
        s = analysis.sentences[sentence]
        tail = text[max(x.cue_end, x.source_end):s.end]
        if first < end or after is not None and after.group().lower() not in _ADJUNCTS \
                or len(tail.split()) > 12 or re.search("[\"\u201c\u201d]", tail):
            continue  # only a source that closes what it reports ("..., said Mr Armstrong", "..., she said in a letter")
        if x.content_start <= start < x.content_end or _CLOSING.search(text, max(0, first - 60), first):
            return True
    return False


def named_nearby(text: str, sentences: Sequence[Sentence], a: Attribution,
                 attrs: Sequence[Attribution] = ()) -> bool:
    """True when a nearby sentence (two before to two after) names the
    person behind a role: "A PR expert has told the trial ... . Max
    Clifford, the PR expert, said" or "... PR expert Max Clifford"; or the
    story's lede credits one unnamed person ("A PR expert has told the
    trial") whom the next sentence names as its speaker ("Ann Kite told the
    court")."""
    full = tokens(text, a.source_start, a.source_end)
    toks = head_part(full)
    if not toks or a.source_class != "anonymous":
        return False
    if len(full) > 2 and bare(full[0][0]) == "one" and full[1][0].lower() == "of" \
            and bare(full[-1][0]) not in STRONG_ANONYMOUS and _lede_named_next(text, sentences, a, attrs, full):
        return True  # "one of their councillors has predicted" in the lede, named next
    head = bare(toks[-1][0])
    if len(head) < 4 or head in STRONG_ANONYMOUS or head in _collective():
        return False
    if _lede_named_next(text, sentences, a, attrs, toks):
        return True
    stem = r"(?i:" + re.escape(head[:-1] if head.endswith("s") else head) + r"s?)"
    name = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)+"
    pattern = re.compile(r"\b" + stem + r"\s*,?\s+" + name + r"|" + name + r"\s*,\s+(?:the|a|an|his|her|its|their)\s+"
                         r"(?:[\w'-]+\s+){0,4}?" + stem + r"\b")
    lo = max(0, a.sentence - 2)
    hi = min(len(sentences), a.sentence + 3)
    for s in sentences[lo:hi]:
        for m in pattern.finditer(text, s.start, s.end):
            if not (a.source_start <= m.start() < a.source_end):
                return True
    return False


SPEAKER_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)+"
"""A person's name as a speaker: two or more capitalised words ("Ann Vogel", "G.K. Butterfield")."""


@lru_cache(maxsize=1)
def speaking_words() -> str:
    """The naming phrases ("spoke to reporters", naming_phrases.txt) and the
    speech verbs (longest first) as one regular-expression alternation."""
    verbs = list(read_list("naming_phrases")) + sorted(read_list("speech_verbs"), key=len, reverse=True)
    return "|".join("(?:%s)" % p for p in verbs)


@lru_cache(maxsize=1)
def _naming_re() -> "re.Pattern[str]":
    # an opening phrase may come first: "Formerly one of Mr Brown's closest aides, Ed Balls hinted"
    return re.compile(r"(?:[^,.;:\"\u201c]{0,100},\s+)?(?:[\w'-]+\s+){0,4}?" + SPEAKER_NAME
                      + r"(?:\s*,[^,]{1,80},)?\s+(?:" + speaking_words() + r")\b")


def _lede_named_next(text: str, sentences: Sequence[Sentence], a: Attribution, attrs: Sequence[Attribution],
                     toks) -> bool:
    """The lede credits one unnamed person ("one of their councillors has
    predicted") whom the next sentence names as the speaker, by a speech
    verb ("Ann Kite told the court") or by saying the named person was
    speaking ("Housing spokeswoman Ann Marlow was speaking as ...")."""
    body = [x.index for x in sentences if x.kind == "body"][:2]
    one_of = len(toks) > 2 and bare(toks[0][0]) == "one" and toks[1][0].lower() == "of"
    if a.sentence not in body or withheld_marker(text, a.source_start, a.source_end) \
            or (toks[-1][0].endswith("s") or bare(toks[0][0]) not in ("a", "an", "his", "her", "their", "its", "the")) \
            and not one_of:
        return False
    nxt = a.sentence + 1
    if any(x.sentence == nxt and x.source_class == "person" and x.source_start < x.cue_start
           and sum(1 for w in x.source.split() if w[:1].isupper()) >= 2 for x in attrs):
        return True
    return nxt < len(sentences) and sentences[nxt].kind == "body" \
        and _naming_re().match(text, sentences[nxt].start, sentences[nxt].end) is not None


def ostensibly(text: str, a: Attribution) -> bool:
    """True for "supposedly"/"purportedly" qualifying an adjective ("a
    supposedly secure system"): the writer's "ostensibly", not a source."""
    if a.cue.lower() not in ("supposedly", "purportedly"):
        return False
    return _OSTENSIBLY.match(text, a.cue_end) is not None \
        or _DETERMINER_BEFORE.search(text, max(0, a.cue_start - 8), a.cue_start) is not None


def phrase_cues(text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """Spans of agentless wording in ``text[start:end]`` that credits a
    claim to nobody in particular ("it emerged that", "in many quarters"),
    unless named people follow as its agents ("criticism for the move from
    White House hopefuls Hillary Clinton and Donald Trump")."""
    return [(m.start(), m.end()) for m in _phrases_re().finditer(text, folded_text(text), start, end)
            if not (_REACTION_NOUN.search(m.group()) and _FROM_NAMED.match(text, m.end(), end))]


def withheld(analysis: Analysis, a: Attribution) -> bool:
    """True when the unnamed source ``a`` is one the reporter withheld (what
    anonymous-source reports): not vague wording, not a party known by its
    role or body, not a hypothetical or negation, not a named source's
    respondents, and not named by a nearby sentence."""
    text = analysis.article.content
    if any(q.text_start <= a.source_start < q.text_end for q in analysis.quotes):
        return False  # "'... when you look at it, most voters ...,' said Senator X": the speaker's words
    return vague_kind(text, a) is None and not named_group(text, a) and not not_a_source(text, a) \
        and not reported_by_named(analysis.attributions, a) \
        and not named_nearby(text, analysis.sentences, a, analysis.attributions)


def vague(analysis: Analysis, a: Attribution) -> Optional[str]:
    """The vague kind of ``a`` when vague-attribution should report it, else None."""
    text = analysis.article.content
    if not a.cue.strip():
        return None  # a quote's speaker inferred with no verb: not wording the story uses
    kind = vague_kind(text, a)
    if kind is None or ostensibly(text, a) or named_group(text, a) or not_a_source(text, a) \
            or reported_by_named(analysis.attributions, a) \
            or closed_by_named(analysis, a.sentence, min(a.source_start, a.cue_start), max(a.source_end, a.cue_end)):
        return None
    return kind
