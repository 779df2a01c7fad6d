"""The source of one speech cue next to a quote, as the quote-speaker step
(``speakers``) reads it: after "according to" or a relaying verb, the
subject before the cue (or the clause's, for a participle whose nearest name
is an object), or the source after an inverted cue."""

from __future__ import annotations

import re
from typing import Optional

from . import inverted, names, phrases
from .lazy import Lazy
from .lexicon import word_set
from .subjects import PREPOSITIONS
from .wordsets import COMMON_WORDS, PRONOUNS

# Verbs after which any noun phrase with a determiner is taken for the
# speaker ("the bespectacled diplomat said"); after weaker cues ("called")
# its head noun must be a source noun.
_CORE_VERBS = word_set("core_speech_verbs")

# Verbs whose object, not subject, is the speaker ("Reuters quoted one
# trader as saying").
_RELAYING = word_set("relaying_verbs")
_AS_SAYING = re.compile(r"\bas (?:saying|telling|writing)\b")


# "..., Mr. Orton said, adding": the participle's subject is the speech verb's
_SAID_BEFORE = Lazy(r"\b(?:" + "|".join(sorted(_CORE_VERBS)) + r")\s*,\s*$")


# Prepositions that open a fronted phrase ("Like Corker, Menendez rejected ...", "Despite X, ...").
_PHRASE_OPENERS = word_set("fronted_phrase_openers")


def _object_position(text: str, start: int, src: phrases.Source) -> bool:
    """Whether ``src`` follows a preposition or a verb ("at Mar-a-Lago",
    "endorsed Mr. Trump"): an object, not a subject."""
    before = text[max(start, src[1] - 80):src[1]].split()
    if before and before[-1].endswith(","):  # "about his rival, Hillary Clinton": the word governing the apposition
        before[-1] = before[-1][:-1]
    k = len(before) - 1
    while k > 0 and len(before) - k <= 4 and (before[k].lower() in names.PARTY_WORDS or before[k].islower()
                                               and not phrases.is_verb_like(before[k]) and before[k] not in PREPOSITIONS
                                               and before[k] not in phrases.CLAUSE_WORDS):
        k -= 1  # "attacked billionaire Donald Trump", "about his Democratic presidential rival"
    word = before[k].lower() if before else ""
    # "Black Lives Matter issued a statement saying": the statement is what was issued;
    # "attacked billionaire Donald Trump, calling him": the person attacked (never after "said X")
    return word in PREPOSITIONS or word in _PHRASE_OPENERS or src[3] == "document" and (phrases.is_verb_like(word) or word == "out") \
        or phrases.is_verb_like(word) and word not in names.speech_verbs() and src[0][:1].isupper()


def _named_subject(text: str, src: phrases.Source) -> bool:
    """A clause subject firm enough to credit a participle with: a pronoun,
    a name of two words or more, or one after a title ("Mr. Carson"); a lone
    capitalised word is too often an opener ("Hours later,") or a place."""
    before = text[max(0, src[1] - 12):src[1]].split()
    return src[0].lower() in PRONOUNS or len(text[src[1]:src[2]].split()) >= 2 \
        or bool(before) and names.is_title_word(before[-1]) or _named_elsewhere(text, src[0])


def _named_elsewhere(text: str, word: str) -> bool:
    """Whether a single capitalised word is one the story also writes after
    a lower-case word ("attacked Bush") or as the last word of a fuller name
    ("Donald Trump ... On Saturday, Trump issued"): a name, not an opener."""
    if " " in word or word.lower() in names.CAP_STOP or word.lower() in COMMON_WORDS:
        return False
    if re.search(r"\b[a-z]+ " + re.escape(word) + r"\b", text) is not None:
        return True
    return any(m.group(1).lower() not in names.CAP_STOP and m.group(1).lower() not in COMMON_WORDS
               for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(word) + r"\b", text))


# Prepositions (lower case): a phrase they open is an adjunct, not a cue's subject ("of" continues
# one: "65 percent of likely voters say").
_ADJUNCT_OPENERS = (PREPOSITIONS | word_set("fronted_phrase_openers")) - {"of"}
_TO_BEFORE = Lazy(r"\bto\s+$")
_LEAD_WORDS = word_set("infinitive_lead_words")
_WORD_END = Lazy(r"([A-Za-z]+)\s+$")


def _infinitive_subject(text: str, start: int, pos: int) -> Optional[phrases.Source]:
    """The subject of the verb governing an infinitive cue ("Mr. Lowe was
    prompted to say", "Ruiz went so far as to say"): up to six lower-case
    lead words or verbs stepped back over, then the subject before them."""
    begin = pos
    for _ in range(6):
        m = _WORD_END.search(text, max(start, pos - 30), pos)
        if m is None or not m.group(1).islower() or not (m.group(1) in _LEAD_WORDS or phrases.is_verb_like(m.group(1))):
            break
        pos = m.start(1)
    if pos == begin:
        return None
    src = phrases.phrase_before(text, start, pos)
    if src is None or not (src[0][:1].isupper() and src[3] in ("person", "organisation") or src[0].lower() in PRONOUNS):
        return None
    return src


_AND_BEFORE = Lazy(r"\band\s+$")
_WORD_OR_MARK = Lazy(r"(\S+)\s+$")


def _coordinated_subject(text: str, start: int, pos: int) -> Optional[phrases.Source]:
    """The subject of the verb a cue is joined to by "and" ('she attacked
    the police and blamed shootings on "implicit bias"'): back over up to
    ten words of that verb's object to the verb, then the subject before it."""
    pos = _AND_BEFORE.search(text, max(start, pos - 8), pos).start()
    for _ in range(10):
        m = _WORD_OR_MARK.search(text, max(start, pos - 40), pos)
        if m is None or not m.group(1).isalpha():
            return None
        pos = m.start(1)
        if m.group(1) in phrases.AUXILIARIES or m.group(1) in ("has", "had") or m.group(1).endswith("ing"):
            # "said it was not possible ... and urged": the "and" joins the outer verb; a participle
            # ("wrote to X accusing him ... and calling") has no subject of its own before it
            return None
        if phrases.is_verb_like(m.group(1)):
            break
    else:
        return None
    src = phrases.phrase_before(text, start, pos)
    if src is None or not (src[0][:1].isupper() and src[3] in ("person", "organisation") or src[0].lower() in PRONOUNS):
        return None
    return src


_SUBORDINATORS = word_set("fronted_clause_openers")
_CLAUSE_OPENER = Lazy(r",\s+(\w+)\s+(?=\S)")


def _clause_start(text: str, start: int, pos: int) -> int:
    """Where the clause a participle at ``pos`` follows starts: after the
    last ", as" / ", when" / ", while" ... in ``text[start:pos]`` ('It was a
    potent punch, as Mrs. Clinton echoed the criticism, saying ...': Mrs.
    Clinton's), else ``start``."""
    last = start
    for m in _CLAUSE_OPENER.finditer(text, start, pos):
        if m.group(1).lower() in _SUBORDINATORS:
            last = m.end()
    return last


_POSSESSIVE = Lazy(r"['\u2019]s\s+")
_NEXT_WORD = Lazy(r"([A-Za-z][\w-]*)\s*")


def possessed(text: str, start: int, src: Optional[phrases.Source]) -> Optional[phrases.Source]:
    """A subject read as the possessor of its head ('Gary Johnson's doctor
    is calling', 'Congressman Trey Gowdy's office slammed'), widened to the
    possessive phrase the cue reader gives ("Gary Johnson's doctor"): the
    head speaks, not the possessor; ``src`` itself otherwise."""
    m = _POSSESSIVE.match(text, src[2] - 2) if src is not None else None  # the mention keeps its "'s"
    pos = m.end() if m is not None else -1
    for _ in range(4 if m is not None else 0):
        w = _NEXT_WORD.match(text, pos)
        if w is None or not w.group(1).islower():
            return src
        if phrases.is_verb_like(w.group(1)) or w.group(1).endswith("ing"):
            wide = phrases.phrase_before(text, start, w.start(1))
            return wide if wide is not None and wide[1] <= src[1] and wide[2] > src[2] else src
        pos = w.end()
    return src


def cue_source(text: str, start: int, end: int, m: "re.Match[str]", prefer: str) -> Optional[phrases.Source]:
    """The source of the cue ``m``: after "according to" or a relaying verb
    ("quoted X as saying"), else the subject before it, else after it when
    the cue opens the text after a quote or a sentence (Continued Stone:)."""
    cue = m.group(1)
    if cue.lower() == "according to":
        return inverted.phrase_after(text, m.end(), end)
    if cue in _RELAYING and _AS_SAYING.search(text, m.end(), min(end, m.end() + 120)):
        # "...," the newspaper quoted Qantas chief Geoff Dixon as saying
        return inverted.phrase_after(text, m.end(), end) or phrases.phrase_before(text, start, m.start(), False)
    lead_in = text[start:m.start()]
    after_comma = lead_in.rstrip().endswith(",")
    src = phrases.phrase_before(text, start, m.start(), strict=cue not in _CORE_VERBS)
    if src is not None and cue.endswith("ing") and (after_comma and not _SAID_BEFORE.search(lead_in)
                                                    or src[3] == "document") and _object_position(text, start, src):
        # "Mr. Carson endorsed Mr. Trump at his club, calling him ...": the participle's
        # subject is the clause's, not the object or place named last before the comma
        subject = phrases.leading_subject(text, _clause_start(text, start, m.start()), m.start())
        subject = possessed(text, start, subject)
        src = subject if subject is not None and _named_subject(text, subject) else src
    if src is None and _TO_BEFORE.search(lead_in):
        src = _infinitive_subject(text, start, m.start())  # "Mr. Lowe was prompted to say, "...""
    if src is None and _AND_BEFORE.search(lead_in):
        src = _coordinated_subject(text, start, m.start())  # "she attacked the police and blamed ..."
    if src is None and prefer == "first" and not cue.endswith("ing") and (
            not lead_in.strip(" ,\u2014-") or after_comma):
        # "...," or "..." in 2008, said X; never after a participle ("..." telling reporters: the listener)
        src = inverted.phrase_after(text, m.end(), end)
    if src is None and cue.endswith("ing"):
        src = possessed(text, start, phrases.leading_subject(text, _clause_start(text, start, m.start()), m.start()))
    if src is None and prefer == "last" and after_comma:
        # "The paradox, says Carl Anton, historian at ..., is that ...": a cue set off by commas, its source after it
        after = inverted.phrase_after(text, m.end(), end)
        if after is not None and after[0][:1].isupper() and text[after[2]:end].lstrip()[:1] in (",", ""):
            src = after
    if src is None and prefer == "last" and cue[:1].isupper():  # Continued Stone: "..."
        src = inverted.phrase_after(text, m.end(), end)
        if src is not None and text[src[2]:end].strip(" ,:\u2014-"):
            src = None
    if src is not None and src[0].split(" ", 1)[0] in _ADJUNCT_OPENERS:
        return None  # '"...," without reporters asking him': a phrase after a preposition is no subject
    return src
