"""The word classes of the quantity model, read from ``factcheck/data``.

* ``quantity_nouns.txt``: what a figure counts, by class ("residents
  (people): resident tenant ..."); "people"/"person" stand for any class
  marked "(people)".
* ``quantity_events.txt``: the event or state a figure is about, by class
  ("evacuation: evacuated moved leave ...").
* ``quantity_roles.txt``: words that give a figure a role of its own
  (asking price, offer, demand, target, replacement, extra).
* ``quantity_times.txt``: times of day and of a session ("by noon", "at the
  close").
* ``quantity_hedges.txt``: words that make a figure a possibility or one end
  of a range ("could", "faces", "between").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, Optional, Tuple

from factcheck.extract.lexicon import read_list

HYPERNYM = "people"


def _classes(name: str) -> Tuple[Dict[str, str], FrozenSet[str]]:
    """word -> class for a "class: words" list, and the classes marked
    "(people)"."""
    out: Dict[str, str] = {}
    people = set()
    for line in read_list(name):
        head, _, words = line.partition(":")
        head = head.strip()
        if head.endswith("(people)"):
            head = head[: -len("(people)")].strip()
            people.add(head)
        for w in words.split():
            out.setdefault(w, head)
    return out, frozenset(people)


@lru_cache(maxsize=1)
def nouns() -> Tuple[Dict[str, str], FrozenSet[str]]:
    return _classes("quantity_nouns")


@lru_cache(maxsize=1)
def people_classes() -> FrozenSet[str]:
    """The noun classes that count people: those ``nouns()`` marks as people,
    and ``HYPERNYM`` itself."""
    return nouns()[1] | {HYPERNYM}


class _Inflected(dict):
    """word -> class, where a word not listed is looked up by its base
    form ("ordered" and "orders" find "order"; "stopped" finds "stop"):
    the lists give each word once, and any inflection of it counts.  Both
    finds and misses are remembered (speed: most words near a figure name no
    event)."""

    def __init__(self, data) -> None:
        super().__init__(data)
        self._inflected: Dict[str, Optional[str]] = {}  # word -> what its base form finds (or None)

    def lookup(self, word) -> Optional[str]:
        found = dict.get(self, word)
        if found is not None or not isinstance(word, str):
            return found
        if word in self._inflected:
            return self._inflected[word]
        # base forms are looked up among the listed words only, never among
        # remembered inflections: what a word finds must not depend on what
        # was looked up before it ("recordings" does not find "recording")
        found = next((dict.get(self, base) for base in _bases(word) if dict.get(self, base) is not None), None)
        self._inflected[word] = found
        return found

    def __missing__(self, word: str) -> str:
        found = self.lookup(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        return self.lookup(word) is not None

    def get(self, word, default=None):  # type: ignore[override]
        found = self.lookup(word)
        return default if found is None else found


def _bases(word: str):
    """Candidate base forms of an inflected English word, most likely first."""
    if len(word) < 4:
        return
    if word.endswith("ies") or word.endswith("ied"):
        yield word[:-3] + "y"
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            yield stem
            yield stem + "e"
            if len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]  # stopped -> stop


@lru_cache(maxsize=1)
def events() -> Dict[str, str]:
    """word -> its event class; a word listed under several classes maps to
    them all, joined by "|" ("bought": "purchase|ownership"; read them with
    ``event_classes``)."""
    out: Dict[str, str] = {}
    for line in read_list("quantity_events"):
        head, _, listed = line.partition(":")
        name = re.sub(r"\(setting[^)]*\)", "", head.split("[")[0]).strip()
        for w in listed.split():
            out[w] = out[w] + "|" + name if w in out else name
    return _Inflected(out)


def event_classes(word: str, kind: Optional[str] = None) -> FrozenSet[str]:
    """The event classes of a word (none when it names no event), only those
    that may describe a figure of ``kind`` when it is given."""
    found = events().get(word)
    return kind_classes(found, kind) if found else frozenset()


@lru_cache(maxsize=1024)
def kind_classes(listed: str, kind: Optional[str]) -> FrozenSet[str]:
    """The classes of an ``events()`` value ("purchase|ownership") that may
    describe a figure of ``kind`` (all of them for no kind)."""
    limits = event_kinds()
    return frozenset(c for c in listed.split("|") if kind is None or kind in limits.get(c, (kind,)))


@lru_cache(maxsize=1)
def phrase_firsts() -> FrozenSet[str]:
    """First words of the listed phrases ("took" of "took_place")."""
    return frozenset(w.split("_")[0] for w in events() if "_" in w)


@lru_cache(maxsize=1)
def event_kinds() -> Dict[str, FrozenSet[str]]:
    """class -> the kinds of figure it may describe, for classes limited
    so ("evacuation [count date]:"); classes not listed describe any kind."""
    out: Dict[str, FrozenSet[str]] = {}
    for line in read_list("quantity_events"):
        head = line.partition(":")[0]
        if "[" in head:
            name, _, kinds = head.partition("[")
            out[re.sub(r"\(setting[^)]*\)", "", name).strip()] = frozenset(kinds.rstrip("]").split())
    return out


@lru_cache(maxsize=1)
def setting_classes() -> FrozenSet[str]:
    """Classes marked "(setting)": where something happened ("the
    festival"), not what happened to what is counted; sharing only such a
    class does not make two figures one quantity when either names an event
    of its own ("a crowd of 12,000 at the festival" / "46 festival-goers
    treated in hospital")."""
    return frozenset(_setting_kinds())


@lru_cache(maxsize=1)
def _setting_kinds() -> Dict[str, Optional[FrozenSet[str]]]:
    """Setting class -> the kinds it is a setting for (None: every kind)."""
    out: Dict[str, Optional[FrozenSet[str]]] = {}
    for line in read_list("quantity_events"):
        head = line.partition(":")[0]
        m = re.search(r"\(setting([^)]*)\)", head)
        if m:
            name = head.split("[")[0].replace(m.group(0), "").strip()
            out[name] = frozenset(m.group(1).split()) or None
    return out


def settings_for(kind: str) -> FrozenSet[str]:
    """The setting classes of figures of ``kind``."""
    return frozenset(c for c, kinds in _setting_kinds().items() if kinds is None or kind in kinds)


@lru_cache(maxsize=1)
def roles() -> Dict[str, str]:
    return _classes("quantity_roles")[0]


@lru_cache(maxsize=1)
def directions() -> Dict[str, str]:
    """word -> "up" or "down": the words that make a figure a rise or a cut."""
    return _classes("quantity_directions")[0]


@lru_cache(maxsize=1)
def flows() -> Dict[str, str]:
    """word -> "in" or "out": which way an amount moves for its holder."""
    return _classes("quantity_flows")[0]


@lru_cache(maxsize=1)
def times() -> FrozenSet[str]:
    return frozenset(read_list("quantity_times"))


@lru_cache(maxsize=1)
def _also() -> Dict[str, FrozenSet[str]]:
    """word -> every class that lists it (a word may be listed in several:
    "customer" counts customers and, for a utility, households)."""
    out: Dict[str, set] = {}
    for line in read_list("quantity_nouns"):
        head, _, words = line.partition(":")
        head = head.replace("(people)", "").strip()
        for w in words.split():
            out.setdefault(w, set()).add(head)
    return {w: frozenset(c) for w, c in out.items()}


def classes_of(noun: str) -> FrozenSet[str]:
    """Every class that lists ``noun`` ("customer": customers, households)."""
    return _also().get(noun, frozenset())


BROAD = frozenset({HYPERNYM, "workers"})
"""Classes too broad to make two nouns one thing: "employees" and "drivers"
are workers, and a whole and its part."""


def synonyms(noun_a: Optional[str], noun_b: Optional[str]) -> bool:
    """True when two counted nouns share a narrow class ("vessels" /
    "ships", "employees" / "workers"): other words for one thing, not a
    group and its part."""
    return bool(noun_a and noun_b and classes_of(noun_a) & classes_of(noun_b) - BROAD)


@lru_cache(maxsize=1)
def _person_suffixes() -> Tuple[str, ...]:
    return tuple(read_list("quantity_person_suffixes"))


def noun_class(noun: Optional[str]) -> Optional[str]:
    """The class of a counted noun ("tenant" -> "residents"), the noun
    itself when it has none, None for no noun.  A noun not listed that
    names people by its form ("festival-goers", "holidaymakers") is of the
    class "people"."""
    if not noun:
        return None
    found = nouns()[0].get(noun)
    if found is None and noun.endswith(_person_suffixes()):
        return HYPERNYM
    return found or noun


def same_kind(a: Optional[str], b: Optional[str], noun_a: Optional[str] = None,
              noun_b: Optional[str] = None) -> Tuple[bool, bool]:
    """(same kind of thing, literally the same noun) for two noun classes:
    "people" matches any people class; two nouns listed in a common class
    (``noun_a``, ``noun_b``) are of one kind."""
    if a is None or b is None:
        return a is None and b is None, False
    if noun_a != noun_b and noun_a in stages() and noun_b in stages():
        return False, False  # "132 starters" / "95 finishers": two stages of one race
    if a == b:
        return True, True
    people = nouns()[1]
    if a == HYPERNYM and b in people or b == HYPERNYM and a in people:
        return True, False
    also = _also()
    if noun_a and noun_b and also.get(noun_a, frozenset()) & also.get(noun_b, frozenset()):
        return True, False
    return False, False


@lru_cache(maxsize=1)
def not_nouns() -> FrozenSet[str]:
    """Words figure extraction may give as a figure's counted noun that name
    no counted thing ("an average increase of 9%", "$14 million towards")."""
    return frozenset(read_list("quantity_not_nouns"))


@lru_cache(maxsize=1)
def descriptive() -> FrozenSet[str]:
    """Words before a counted noun that describe it without narrowing it to
    a part ("grey wolves", "masked men")."""
    return frozenset(read_list("quantity_descriptive"))


@lru_cache(maxsize=1)
def ordinal_skip() -> FrozenSet[str]:
    """Nouns after an ordinal that count no things so far ("the third time
    this year", "its second quarter", "the 50th anniversary")."""
    return frozenset(read_list("quantity_ordinal_skip"))


@lru_cache(maxsize=1)
def scopes() -> FrozenSet[str]:
    """Words narrowing a counted noun to a scope of its own, as figure
    marks ("+national"): "the national pass rate" is not "the pass rate"."""
    return frozenset("+" + w for w in read_list("quantity_scopes"))


_STAGE_ENDS = ("-year", "-time", "-grade", "-class")


def scoped(marks: FrozenSet[str]) -> FrozenSet[str]:
    """The marks among ``marks`` that narrow a noun to a scope of its own:
    the listed ``scopes`` and a hyphened stage or status ("+final-year",
    "+part-time": "6,000 final-year students" are some of "28,000
    students")."""
    return frozenset(m for m in marks if m in scopes() or m.endswith(_STAGE_ENDS))


@lru_cache(maxsize=1)
def stages() -> FrozenSet[str]:
    """Nouns that name different stages of one process ("starters",
    "finishers"): two of them are never other words for one thing."""
    return frozenset(read_list("quantity_stages"))


@lru_cache(maxsize=1)
def penalties() -> FrozenSet[str]:
    """Penalties a figure near "faces" is a possibility of ("a ban")."""
    return frozenset(read_list("quantity_penalties"))


@lru_cache(maxsize=1)
def hedges() -> FrozenSet[str]:
    """Words that make a figure near them a possibility or a range end."""
    return frozenset(read_list("quantity_hedges"))


@lru_cache(maxsize=1)
def function_words() -> FrozenSet[str]:
    return frozenset(read_list("figure_stopwords"))


@lru_cache(maxsize=1)
def _families() -> Tuple[Tuple[str, FrozenSet[str], FrozenSet[str]], ...]:
    """(name, kinds, classes) of each family; no kinds: a family of spans."""
    out = []
    for line in read_list("quantity_event_families"):
        head, _, classes = line.partition(":")
        kinds = re.search(r"\[([^\]]*)\]", head)
        out.append((head.split("[")[0].strip(), frozenset(kinds.group(1).split()) if kinds else frozenset(),
                    frozenset(classes.split())))
    return tuple(out)


def family_names(events, kind: str) -> FrozenSet[str]:
    """The names of the families of ``kind`` (tagged with it) that hold one
    of ``events`` ("warning" -> {"notice"} for dates)."""
    return frozenset(name for name, kinds, f in _families() if kind in kinds and f & set(events))


def one_family(a, b, kind: Optional[str] = None) -> bool:
    """True when a family of quantity_event_families.txt holds a class of
    each set ("repair" / "closure": works); ``kind``: only the families of
    that kind of figure (those with no kind are of spans)."""
    return any(f & a and f & b for _, kinds, f in _families()
               if (kind in kinds if kinds else kind in (None, "duration")))


@lru_cache(maxsize=1)
def measures() -> FrozenSet[str]:
    """Units of measure, listed and base ("kilometre", "mile"): a whole
    number of them is rounded, not a count of things."""
    return frozenset(units()) | frozenset(base for base, _ in units().values())


MARKED = ("verb:", "previous:", "done:")
"""Prefixes of the events that mark a verb of its own, a previous
occurrence or a thing done, not an event class."""


def event_classes_of(events) -> FrozenSet[str]:
    """The event classes among a figure's ``events``, without the marks
    (``MARKED``)."""
    return frozenset(e for e in events if not e.startswith(MARKED))


@lru_cache(maxsize=1)
def measured_units() -> FrozenSet[str]:
    """``measures`` and the units of an amount of stuff (quantity_amount_units.txt:
    "litre", "tonne"): a figure in one joined to a noun by a hyphen measures
    that thing ("the 800-litre spill")."""
    return measures() | frozenset(read_list("quantity_amount_units"))


@lru_cache(maxsize=1)
def common() -> FrozenSet[str]:
    """Words too common in news to name an event or a thing of a story
    (data/story_common_words.txt)."""
    return frozenset(read_list("story_common_words"))


SELF_NAMED = frozenset({"mph", "celsius"})
"""Units that say what they measure (a wind's speed, a temperature): two
outlets' figures in them need no shared event word to be one quantity."""


@lru_cache(maxsize=1)
def units() -> Dict[str, Tuple[str, float]]:
    """unit -> (base unit, base units in one unit), from
    ``quantity_units.txt`` ("hectare" -> ("acre", 2.47105))."""
    out: Dict[str, Tuple[str, float]] = {}
    for line in read_list("quantity_units"):
        head, _, rest = line.partition(":")
        base, factor = rest.split()
        out[head.strip()] = (base, float(factor))
    return out


@lru_cache(maxsize=1)
def _recounts() -> Dict[str, Tuple[str, float]]:
    out: Dict[str, Tuple[str, float]] = {}
    for line in read_list("quantity_recounts"):
        head, _, rest = line.partition(":")
        noun, factor = rest.split()
        out[head.strip()] = (noun, float(factor))
    return out


def recount(noun: Optional[str], marks) -> Tuple[Optional[str], float]:
    """(the noun a count counts, the factor of its value) for a noun in
    another shape (``quantity_recounts.txt``): "240 job losses" (noun
    "loss", mark "+job") counts jobs; "182 megalitres" counts litres, a
    million to one."""
    table = _recounts()
    for m in marks:
        found = table.get(m.lstrip("+") + " " + (noun or ""))
        if found:
            return found
    return table.get(noun or "", (noun, 1.0))


@lru_cache(maxsize=1)
def _nominals() -> Dict[str, FrozenSet[str]]:
    out: Dict[str, FrozenSet[str]] = {}
    for line in read_list("quantity_nominals"):
        head, _, forms = line.partition(":")
        out[head.strip()] = frozenset(forms.split())
    return out


def nominal_verbs(noun: Optional[str]) -> FrozenSet[str]:
    """The verb forms that say people made the thing ``noun`` counts
    ("response": "responded", "respond" ...; quantity_nominals.txt)."""
    return _nominals().get(noun or "", frozenset())


_HYPHEN_COUNT = re.compile(r"\d-[a-z]+$")


def hyphen_attribute(text: str) -> bool:
    """True for a count joined to its noun by a hyphen ("the 900-seat
    theatre", "650 18-hole golf courses"): an attribute of the next noun,
    not a count the article gives of that noun."""
    return _HYPHEN_COUNT.search(text) is not None


def count_attribute(text: str, noun: Optional[str]) -> bool:
    """``hyphen_attribute`` of a count, not of a measure ("650 18-hole
    golf courses": each course's holes; "a 38-hectare extension" is the
    extension's size, a measure of it)."""
    return hyphen_attribute(text) and noun not in measures()
