"""A named person's age, for the quantity model (issue 11, ninth round).

Outlets give one person's age in two forms: "71-year-old Derek Marsh" and
"Derek Marsh, 68".  Figure extraction reads neither as the person's age.
Here each is a Quantity of kind ``age`` whose event is the age of that
person (by surname), so two articles' ages of one person are compared
(``relate``: the same event and the same word, so identity is clear, with
a year's give for a birthday between two reports) and two people's ages
never are.  An age with no name is compared only as the one age an
article gives for that noun, and never as certain: a role ("The 52-year-old
driver"), or a man, woman, boy ... in what happened to them ("A 34-year-old
man was arrested" / "A man, 43, was arrested": the same noun and the same
event; seventeenth round).

The age of a thing that is the story's subject ("the 155-year-old pier",
fifteenth round; "the 25-year-old vessel" of a story about a ferry) is the
year it began in (``origin_ages``), a date
compared with another outlet's "built in 1891".
"""

from __future__ import annotations

import bisect
import datetime
import re
from typing import FrozenSet, Iterator, Optional

from factcheck.extract.descriptions import PERSON_NOUNS
from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import word_set
from factcheck.extract.numbers import parse_words
from factcheck.model import Analysis

from . import words
from .describe import Quantity
from .extras import ORIGIN

_NAME = r"((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][a-z'\u2019-]+\s+){0,2}[A-Z][a-z'\u2019-]+)"
_BEFORE = Lazy(r"\b(\d{1,3})-year-old\s+" + _NAME + r"(?=\s*([,.;:)]|\s[a-z]+|$))", first=r"\d")
"""'71-year-old Derek Marsh' (what follows the name is checked: a single
capitalised word before a lower-case word is an attribute, "a 71-year-old
Kingsmere man")."""
_AFTER = Lazy(_NAME + r",\s+(\d{1,3})(?=[,.;])", first=r"[A-Z]")  # a name starts with a capital
"""'Derek Marsh, 68,' and 'Derek Marsh, 68.'"""
_YEAR_OLD = Lazy(r"\d-year-old")
_AFTER_HINT = Lazy(r"(?<=[a-z]), \d")
"""Speed: an article is read for ages only when it holds a digit then
"-year-old" (in every _BEFORE match; searched only where the literal is) or
a comma between a letter and a digit ("Marsh, 68"; a literal start, found by
a fast scan)."""
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})
_SEXES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
OLDEST = 110
BIRTHDAY = 1.0
"""An age may be a year more in a later report (a birthday between the two:
"Thanou, 29" in one report, "Thanou, 30" months later), so ages are
compared with a year's give: "Derek Marsh, 68" and "71-year-old Derek
Marsh" conflict, 29 and 30 do not."""


def age_quantities(an: Analysis, ai: int) -> Iterator[Quantity]:
    """The ages of named people in article ``an`` (index ``ai``), in text order."""
    content = an.article.content
    year_old = "-year-old" in content and _YEAR_OLD.search(content) is not None
    if "-year-old" not in content and not _AFTER_HINT.search(content):
        return
    found = []
    for m in _BEFORE.finditer(content) if year_old else ():
        name = m.group(2)
        if " " not in name.strip() and (m.group(3) or "").startswith(" "):
            continue  # "a 71-year-old Kingsmere man": a place, not a name
        found.append((m.start(), m.end(), int(m.group(1)), name))
    for m in _AFTER.finditer(content):
        found.append((m.start(), m.end(), int(m.group(2)), m.group(1)))
    starts = [s.start for s in an.sentences]
    yield from _role_ages(an, ai, starts) if year_old else ()
    yield from _anyone_ages(an, ai, starts)
    for start, end, age, name in sorted(found):
        person = _surname(name)
        si = bisect.bisect_right(starts, start) - 1
        if person is None or not 0 < age <= OLDEST or si < 0:
            continue
        yield Quantity(
            article=ai, sentence=si, start=start, end=end, text=content[start:end], kind="age", currency="",
            what=None, noun=None, events=frozenset({"age of " + person}), event_words=frozenset({person}),
            roles=frozenset(), times=frozenset(), marks=frozenset(), names=frozenset({person}), modal=False,
            low=float(age), high=float(age) + BIRTHDAY)


_THE_ROLE = Lazy(r"\b[Tt]he\s+(\d{1,3})-year-old\s+([a-z]+)\b", first=r"[Tt]")
"""'The 52-year-old driver': the one person of that role the story is about."""
_ANYONE = frozenset({"man", "woman", "boy", "girl", "person", "child", "baby", "teenager", "youth", "pensioner",
                     "resident", "local", "mother", "father", "son", "daughter"})
"""Nouns for anyone: two outlets' "the 34-year-old man" may be two men."""


def _role_ages(an: Analysis, ai: int, starts) -> Iterator[Quantity]:
    """The age of the one person of a role an article names so ("The
    52-year-old driver" / "The 47-year-old driver"): compared when each
    article has only that one age of the role, and never certain (the role
    ``unnamed``: a story may hold two drivers)."""
    content = an.article.content
    by_role: dict = {}
    for m in _THE_ROLE.finditer(content):
        if m.group(2) not in _ANYONE and _person_noun(m.group(2)):  # "the 25-year-old vessel" is a thing's age
            by_role.setdefault(m.group(2), []).append(m)
    for role, ms in sorted(by_role.items()):
        m = ms[0]
        si = bisect.bisect_right(starts, m.start()) - 1
        if len(ms) > 1 or si < 0 or not 0 < int(m.group(1)) <= OLDEST:
            continue
        age = float(m.group(1))
        yield Quantity(
            article=ai, sentence=si, start=m.start(1), end=m.end(), text=content[m.start(1):m.end()], kind="age",
            currency="", what=None, noun=None, events=frozenset({"age of the " + role}),
            event_words=frozenset({role}), roles=frozenset({"unnamed"}), times=frozenset(), marks=frozenset(),
            names=frozenset(), modal=False, low=age, high=age + BIRTHDAY)


_PERSON = r"(man|woman|boy|girl|teenager|pensioner)"
_ANYONE_BEFORE = Lazy(r"\b(?:[Aa]n?|[Tt]he)\s+(\d{1,3})-year-old\s+" + _PERSON + r"\b", first=r"[AaTt]")
_ANYONE_AFTER = Lazy(r"\b(?:[Aa]n?|[Tt]he)\s+" + _PERSON + r",\s+(\d{1,3}),", first=r"[AaTt]")
"""'A 34-year-old man', 'The nine-year-old boy' (a number word too, read
by ``_age``), 'A man, 43,'."""
_AGE_WORDS = Lazy(r"\b(?:[Aa]n?|[Tt]he)\s+([a-z]+(?:-[a-z]+)?)-year-old\s+" + _PERSON + r"\b", first=r"[AaTt]")


def _anyone_ages(an: Analysis, ai: int, starts) -> Iterator[Quantity]:
    """The age of the one man, woman, boy ... an article gives an age for
    ("A seven-year-old boy needed 30 stitches after he was bitten" / "The
    nine-year-old boy was bitten"; "A 34-year-old man was arrested" / "A
    man, 43, was arrested"), as the age of that person in what happened
    to them: the event classes of the first word after it that names one.  Two outlets' ages are
    compared only for the same noun and a shared event, and never certain
    (``unnamed``: a story may hold two men).  An article with two ages of
    one noun gives none: which is whose is unknown."""
    content = an.article.content
    found: dict = {}
    for pattern, age_at, noun_at in ((_ANYONE_BEFORE, 1, 2), (_ANYONE_AFTER, 2, 1), (_AGE_WORDS, 1, 2)):
        for m in pattern.finditer(content):
            age = _age(m.group(age_at))
            if age is not None:
                found.setdefault(m.group(noun_at), []).append((m, age_at, age))
    for noun, ms in sorted(found.items()):
        if len(ms) > 1:
            continue
        m, age_at, age = ms[0]
        si = bisect.bisect_right(starts, m.start()) - 1
        if si < 0 or not 0 < age <= OLDEST:
            continue
        classes = _first_event(content[m.end():an.sentences[si].end])
        if not classes:
            continue
        yield Quantity(
            article=ai, sentence=si, start=m.start(), end=m.end(), text=content[m.start():m.end()].rstrip(","),
            kind="age", currency="", what=None, noun=None,
            events=frozenset(f"age of the {noun} in the {c}" for c in classes), event_words=frozenset({noun}),
            roles=frozenset({"unnamed"}), times=frozenset(), marks=frozenset(), names=frozenset(), modal=False,
            low=float(age), high=float(age) + BIRTHDAY)


def _first_event(rest: str) -> FrozenSet[str]:
    """The event classes of the first word after a person's age that names
    one ("was arrested", "needed stitches after he was bitten"): what
    happened to that person, not everything the sentence names."""
    for w in re.findall(r"(?<![A-Za-z])[a-z]+", rest):  # not a word of a name ("the Orchard Rise estate")
        classes = words.event_classes(w, "count")
        if classes:
            return classes
    return frozenset()


def _age(text: str) -> Optional[int]:
    """An age written in figures or words ("43", "seven"), or None."""
    if text.isdigit():
        return int(text)
    value = parse_words(text.replace("-", " "))
    return int(value) if value is not None and float(value).is_integer() else None


_THING_AGE = Lazy(r"\b[Tt]he\s+(\d{1,3})-year-old\s+((?:[a-z]+\s+){0,2}?[a-z]+)(?=\s*[,.;:)]|\s+(?:was|is|has|had"
                  r"|will|would|which|that|on|in|at|off|near|closed|opened|sold|burned|caught|ran)\b)",
                  first=r"[Tt]")
"""'The 155-year-old pier', 'the 142-year-old department store chain,':
the age of a thing (its head noun last, before a comma or a verb)."""
_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "wife")
"""Endings of nouns for people ("pianist", "musician", "chairman");
"-er" is not one ("pier", "tower", "river"), so its people are listed."""
_KIN = word_set("age_person_nouns")
"""Nouns for a person that the other word lists and the endings do not
give ("striker", "mum"): their ages are people's."""


def origin_ages(an: Analysis, ai: int, published: Optional[datetime.date]) -> Iterator[Quantity]:
    """The age of the story's subject when it is a thing ("the 142-year-old
    department store chain", "The 155-year-old pier"), as the years it began
    in (a date with the event ``extras.ORIGIN``): in the year of
    ``published`` (the article's date, or the story's when it gives none), a
    thing N years old began in year - N or the year before, so another
    outlet's "set up in 1894" can be compared; a round age ("150-year-old")
    is read as roughly that, two years either side of a multiple of ten,
    five of fifty.  Only a noun of the article's headline or first sentence
    (the subject, not "the 700-year-old font" of a church) and never a
    person's noun."""
    content = an.article.content
    if published is None or "-year-old" not in content:
        return
    year = published.year
    starts = [s.start for s in an.sentences]
    for m in _THING_AGE.finditer(content):
        head = m.group(2).split()[-1]
        si = bisect.bisect_right(starts, m.start()) - 1
        age = int(m.group(1))
        if si < 0 or not 0 < age < year or _person_noun(head) or not _in_lead(an, head):
            continue
        give = 5 if age % 50 == 0 else 2 if age % 10 == 0 else 0  # "the 150-year-old bore" built in 1874
        low = float(datetime.date(year - age - 1 - give, 1, 1).toordinal())
        high = float(datetime.date(year - age + give, 12, 31).toordinal())
        yield Quantity(
            article=ai, sentence=si, start=m.start(1), end=m.end(1) + len("-year-old"),
            text=content[m.start(1):m.end(1) + len("-year-old")], kind="date", currency="", what=None, noun=None,
            events=frozenset({ORIGIN}), event_words=frozenset({f"{age} years old in {year}"}), roles=frozenset(),
            times=frozenset(), marks=frozenset(), names=frozenset(), modal=False, low=low, high=high, has_year=True)


def _person_noun(noun: str) -> bool:
    """True for a noun that may name a person: a class of people, a noun for
    one person, a person's ending."""
    return (noun in _ANYONE or noun in _KIN or noun in PERSON_NOUNS or noun.endswith(_PERSON_ENDINGS)
            or bool(words.classes_of(noun) & words.people_classes()))


def _in_lead(an: Analysis, noun: str) -> bool:
    """True when ``noun`` (or its plural), or a noun of one class with it,
    is a word of the article's title or first sentence: the story's subject
    ("the 25-year-old vessel" of a story whose lead names "the ferry")."""
    first = an.lead()
    lead = ((an.article.title or "") + " " + (an.article.content[first.start:first.end] if first else "")).lower()
    if re.search(r"\b" + re.escape(noun) + r"s?\b", lead) is not None:
        return True
    classes = words.classes_of(noun)
    return bool(classes) and any(classes & words.classes_of(w[:-1] if w.endswith("s") else w)
                                 for w in re.findall(r"[a-z]+", lead))


def same_person(a: Quantity, b: Quantity) -> bool:
    """Whether two ages of one surname can be one person's: "John Carter"
    and "Mary Carter" are two people (a couple, a parent and child), and
    so are "Mr Carter" and "Mrs Carter"; "Mr Holm" and "Sam Holm" may be
    one.  A first name or a title one side lacks is no evidence either
    way.  Ages of one unnamed person's noun ("the boy") hold no name."""
    if "unnamed" in a.roles or "unnamed" in b.roles:
        return True
    (first_a, sex_a), (first_b, sex_b) = _person(a.text), _person(b.text)
    return not (first_a and first_b and first_a != first_b) and not (sex_a and sex_b and sex_a != sex_b)


def _person(text: str) -> tuple:
    """(first name, sex from the title) of the name in an age's text, each
    "" when it does not say: 'Farmer John Carter, 61' -> ('john', '');
    '54-year-old Mrs Holm' -> ('', 'f')."""
    before = re.match(r"\d{1,3}-year-old\s+", text)
    words = (text[before.end():] if before else text.rsplit(",", 1)[0]).split()
    sex = _SEXES.get(words[0].rstrip(".").lower(), "") if words else ""
    names = [w for w in words if w.rstrip(".").lower() not in _TITLES]
    first = names[-2].lower() if len(names) >= 2 else ""
    return first, sex


def _surname(name: str) -> Optional[str]:
    """The last word of a person's name, lower case; None for a lone title
    or a word that opens a sentence ("The", "A")."""
    words = [w for w in re.split(r"\s+", name.strip()) if w.rstrip(".").lower() not in _TITLES]
    if not words or words[-1].lower() in ("the", "a", "an"):
        return None
    return words[-1].lower().replace("\u2019", "'")
