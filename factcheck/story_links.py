"""Story grouping for the folder an editor hands over: a shared specific name.

The idf-weighted similarity of ``factcheck.stories`` needs an archive to
know which words are rare; in a folder of two or three articles every word
weighs about the same, and two reports of one chemical spill with different
headlines can fall under the threshold.  What such reports share is a
specific multi-word name in their titles or leads: an institution or a place
("St Aldric's Hospital", "Ashgrove Community Hospital"), or a place with an
event noun ("the Corran Street fire station", "the Pellam Bay wind farm").

``lead_names`` picks those names from an article's title and lead: names of
two or more capitalised words whose last word is the head of a place or
institution name (``data/place_nouns.txt``, ``data/organisation_nouns.txt``),
or that such a lower-case noun follows ("Corran Street fire station"); a
person's name ("Ruth Okafor", "Councillor Peter Yelland") has no such head
and never counts.  ``join_shared_leads`` makes
articles that share such a name one story, in folders of at most
SMALL_FOLDER articles, when their dates (where known) are close and their
titles and leads also share at least SHARED_TERMS other words that are not
the name's own, institution or place words, months or weekdays: two reports
of one chlorine leak at "the Brennock Valley works" share "chlorine",
"leak"; a budget hearing and a chief executive's ousting at one transit
authority share only "board".  One shared word is enough when it names
what happened (an event word of ``data/quantity_events.txt``: "hack",
"leak", "fire"): one event at one institution is one story.  So is one
event class named in both titles and leads in the outlets' own words
("closed two wards after an outbreak of norovirus" / "while staff deal
with a sickness bug"): a shared lead name and a shared event is one story;
two events at one institution ("will double its car parking charges" /
"has closed a ward after an outbreak") are two.  A name given with its place
noun in one lead and without it in the other ("the Calder Street mill" /
"Calder Street Mill" / "Calder Street") is one name; a longer name that is
not a place ("the Wall Street Journal") is not "Wall Street".  An
institution named in full in one lead and by its town alone after "in", "at"
or "near" in the other ("Harnby District Council" / "Households in
Harnby") is one name too, on the same terms (a town alone joins nothing by
itself).  A route named by its two ends ("the Selbrook and Cawdry line",
"the Hexley to Marlow road") is a name too.  A dateline's dash opens the lead's first sentence ("SKERRAY, Aug 20
(Northern Times) \u2014 The ferry Morven Isle ...").  A name after a lower-case "the" ("the
trawler Orla Mae", "the Greenhollow Folk Festival") is specific whatever its
last word (a person's name takes no article); such a name without a place or
institution head word is a thing's or an event's own, which holds one story,
and one other shared word is enough ("gales" / "gale": plurals are one word).  A
name that more than MAX_HOLDERS articles hold, in their leads or among their
most prominent names anywhere ("the United States" in a day's wire folder),
is a topic and joins nothing; so is a title or lead word, or the event class
it names, that more than MAX_HOLDERS articles of the folder use ("pct",
"dlrs", "stake" in a day's business wire): it counts as no shared word.  A
country named with "the" ("the United States") is a place, not a thing's own
name (place_nouns.txt).  In a
larger archive the near-linear scheme of ``factcheck.stories`` alone decides:
there a shared place name ("Downing Street") is ordinary and says little.
A shared lead name counts as much as the default threshold: a desk that sets
a stricter ``story_threshold`` asks for more and does not get these joins.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from functools import lru_cache
from typing import Callable, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

SMALL_FOLDER = 200
"""Folders of at most this many articles group by shared lead names too: a
desk's folder of a week's reports (a few dozen stories of two to four
articles) stays under it; an archive (BBC News, 2,225 articles) does not."""

MAX_HOLDERS = 6
"""A lead name held by more articles than this is a topic, not a story."""

DATE_LIMIT = 21
"""Articles further apart than this many days are never joined by a name."""

SHARED_TERMS = 2
"""Title and lead words (besides the name's) two articles must share."""

_CALENDAR = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
                      "august september october november december monday tuesday wednesday thursday friday "
                      "saturday sunday".split())

_LOWER_NOUN = re.compile(r"\s+([a-z]{3,})\b")
_HEADED = re.compile(r"\b((?:[A-Z][\w'\u2019-]+[ \t]+){1,3}[A-Z][\w'\u2019-]+)[ \t]+([a-z]{3,})\b")
"""A run of capitalised words right before a lower-case noun ("the former
Marsh End airfield"): read from the text itself, since the name scanner
splits a run at a capitalised common word ("End", "Old", "New")."""


@lru_cache(maxsize=1)
def _heads() -> FrozenSet[str]:
    from factcheck.extract.lexicon import read_list, reader_list

    return frozenset(read_list("place_nouns")) | frozenset(reader_list("organisation_nouns", "attributions"))


@lru_cache(maxsize=1)
def _titles() -> FrozenSet[str]:
    from factcheck.extract.lexicon import read_list

    return frozenset(w.lower().rstrip(".") for w in read_list("name_titles"))


@lru_cache(maxsize=1)
def _common() -> FrozenSet[str]:
    from factcheck.extract.lexicon import read_list

    return frozenset(read_list("story_common_words"))


def specific(key: str, after: str) -> bool:
    """True when the name ``key`` (lower case, words split by spaces) names a
    place, an institution or an event site rather than a person; ``after``
    is the text that follows the name."""
    words = key.split()
    if len(words) < 2:
        return False
    if words[-1] in _heads():
        return True  # a person's title may open an institution's name ("St Osric's Cathedral")
    if words[0] in _titles():
        return False
    m = _LOWER_NOUN.match(after)
    return bool(m) and m.group(1) not in _common() and m.group(1) in _heads()


def lead_names(text: str, names: Callable[[str], List[Tuple[str, str, int]]]) -> Tuple[str, ...]:
    """The specific names of a title and lead ``text`` (sorted keys), found
    with the name scanner ``names`` of ``factcheck.stories``."""
    out = set()
    for key, surface, at in names(text):
        end = text.find(surface, at)
        after = text[end + len(surface):end + len(surface) + 30] if end >= 0 else ""
        if specific(key, after):
            out.add(key)
    for m in _HEADED.finditer(text):
        words = m.group(1).split()
        if words[0].lower() in _common():
            words = words[1:]  # "The Marsh End airfield"
        key = " ".join(words).lower().replace("\u2019", "'")
        if len(words) >= 2 and specific(key, m.group(0)[m.end(1) - m.start():]):
            out.add(key)
    return tuple(sorted(out | _the_names(text) | _site_names(text) | _places_alone(text) | _route_names(text)))


# "in Wexdale", "at Kelby": a place named by one word after a preposition of place
_AT_PLACE = r"(?:in|at|near)[ \t]+([A-Z][a-z]{2,})\b(?![ \t]+[A-Z])"
_IN_PLACE = re.compile(r"\b" + _AT_PLACE + r"(?!['\u2019])")


@lru_cache(maxsize=1)
def _not_places() -> FrozenSet[str]:
    """Capitalised words that are no place of their own: common words, titles, months and weekdays."""
    return _common() | _titles() | _CALENDAR


_ROUTE = re.compile(r"\b([A-Z][a-z]{2,})[ \t]+(?:and|to)[ \t]+([A-Z][a-z]{2,})[ \t]+"
                    r"(line|railway|route|canal|road|branch|link|tramway)\b")
"""A route named by its two ends ("the Selbrook and Cawdry line", "the
Hexley to Marlow road"): the name scanner reads no name across "and"."""


def _route_names(text: str) -> set:
    """Routes named by their two ends, as "selbrook and cawdry line" (the
    connective kept as written: "the Leeds and Liverpool canal")."""
    skip = _not_places()
    return {" ".join((m.group(1).lower(), "and", m.group(2).lower(), m.group(3)))
            for m in _ROUTE.finditer(text) if m.group(1).lower() not in skip and m.group(2).lower() not in skip}


def _places_alone(text: str) -> set:
    """Places a title or lead names by one word ("Households in Wexdale";
    a town placed in its US state, "Brinsworth, Oregon, will keep ..."), as
    ``@wexdale``: no name to join on by itself, but the other outlet's way of
    naming the place of an institution ("Wexdale District Council")."""
    skip = _not_places()
    found = [m.group(1) for m in _IN_PLACE.finditer(text)] + [m.group(1) for m in _in_state().finditer(text)]
    return {"@" + w.lower() for w in found if w.lower() not in skip}


@lru_cache(maxsize=1)
def _in_state() -> "re.Pattern[str]":
    """A town and its US state, as American copy places a town ("Brinsworth,
    Oregon," / "Brinsworth, Ore."; us_states.txt)."""
    from factcheck.extract.lexicon import read_list

    states = sorted(read_list("us_states"), key=len, reverse=True)
    return re.compile(r"\b([A-Z][a-z]{2,}),[ \t]+(?:" + "|".join(re.escape(x) for x in states) + r")(?![\w-])")


# A place word after a space that does not follow a sentence's end.  The
# look-behinds sit after the capital ("[A-Z](?<=[ \t][A-Z])" is
# "(?<=[ \t])[A-Z]"): a pattern that opens with a letter lets the regex
# engine skip to the next capital instead of trying both look-behinds at
# every character (about twice as fast over a lead, same matches).
_SITE_BEFORE = re.compile(r"([A-Z](?<![.!?\n][ \t][A-Z])(?<=[ \t][A-Z])[a-z]{2,})[ \t]+(?:([a-z]{3,})[ \t]+)?([a-z]{3,})\b")
_SITE_AFTER = re.compile(r"\b([a-z]{3,})[ \t]+" + _AT_PLACE)


@lru_cache(maxsize=1)
def _places() -> FrozenSet[str]:
    from factcheck.extract.lexicon import read_list

    return frozenset(read_list("place_nouns"))


def _site_names(text: str) -> set:
    """A site named by one place word and a place noun, in either order: "a
    Dunstan cash depot" and "a cash depot in Dunstan" are both "dunstan
    depot" (one word is no name of its own, but with a site's noun it
    points at one place, as "the Brennock Valley works" does)."""
    out = set()
    skip = _not_places()
    for m in _SITE_BEFORE.finditer(text):
        place, noun = m.group(1).lower(), (m.group(3) if m.group(3) in _places() else m.group(2))
        if noun in _places() and place not in skip:
            out.add(place + " " + noun)
    for m in _SITE_AFTER.finditer(text):
        noun, place = m.group(1), m.group(2).lower()
        if noun in _places() and place not in skip:
            out.add(place + " " + noun)
    for m in _SITE_OPENING.finditer(text):
        place, noun = m.group(1).lower(), (m.group(3) if m.group(3) in _places() else m.group(2))
        if noun in _places() and place not in skip:
            out.add(OPENING + place + " " + noun)
    return out


OPENING = "?"
"""The mark of a site name whose place word opens a sentence ("Ardcraig
ferry terminal has opened ..."): a capital there may be any word's, so it
counts only as another lead's name (``_add_opening``)."""
_SITE_OPENING = re.compile(r"(?:^|(?<=[.!?\n]))[ \t]*([A-Z][a-z]{2,})[ \t]+(?:([a-z]{3,})[ \t]+)?([a-z]{3,})\b",
                           re.M)


def _the_names(text: str) -> set:
    """Names of two or more capitalised words after a lower-case "the", or a
    sentence's first "The" (and perhaps one or two common nouns or modifiers:
    "the trawler Orla Mae", "The cargo ship Maren Star", "the Greenhollow Folk
    Festival", "The 150-year-old Bramthwaite Auction Mart"): a person's name takes no article, so such a name is a thing's,
    a place's or an event's, whatever its last word."""
    out = set()
    for m in _THE_NAME.finditer(text):
        words = [w.rstrip("'\u2019") for w in m.group(1).split()]
        low = [w.lower() for w in words]
        if len(words) < 2 or low[0] in _titles() or any(w in _CALENDAR for w in low):
            continue
        if all(w in _common() or w in _heads() for w in low):
            continue  # "the Prime Minister", "the High Court": no name of its own
        out.add(" ".join(low).replace("\u2019", "'"))
    return out


_THE_NAME = re.compile(r"(?:\bthe|(?:^|(?<=[.!?\n\u2014\u2013]))[ \t]*The)[ \t]+(?:[a-z\d][a-z\d-]{2,}[ \t]+){0,2}((?:[A-Z][\w'\u2019-]+[ \t]+){1,3}[A-Z][\w\u2019-]+)")


def join_shared_leads(sigs: Sequence, union: Callable[[int, int], bool]) -> int:
    """Join (with ``union``) the articles of a small folder that share a
    specific lead name; returns how many joins were made.  ``sigs`` are
    ``factcheck.stories.Signature`` objects (their ``leads`` and ``day``)."""
    if len(sigs) > SMALL_FOLDER:
        return 0
    holders: Dict[str, List[int]] = defaultdict(list)
    for i, s in enumerate(sigs):
        for key in getattr(s, "leads", ()):
            holders[key].append(i)
    _add_opening(holders)
    _add_contained(holders)
    _add_place_word(holders)
    events: Dict[int, FrozenSet[str]] = {}  # each signature's, worked out when a pair needs it
    named = _named_anywhere(sigs)
    topical = _topical_terms(sigs, events)
    joined = 0
    for key in sorted(k for k in holders if not k.startswith("@")):
        members = sorted(set(holders[key]))
        if len(members) < 2 or len(members) > MAX_HOLDERS or named.get(key, 0) > MAX_HOLDERS:
            continue  # a name many articles hold, in their leads or anywhere, is a topic ("the United States")
        own = {_plain(w) for w in key.split()}  # "United States" owns "state" too
        # a thing's or an event's own name ("the Orla Mae", "the Greenhollow
        # Folk Festival") is rarer than an institution's, which holds many stories
        needed = SHARED_TERMS if key.split()[-1] in _heads() else SHARED_TERMS - 1
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if not _close(sigs[i].day, sigs[j].day):
                    continue
                shared = (_terms(sigs[i]) & _terms(sigs[j])) - own - topical
                # one event at one institution ("the Ostley Borough Council"
                # ... "hack"; "closed two wards after an outbreak of
                # norovirus" / "deal with a sickness bug") is one story, as
                # a thing's own name is: a shared word that names an event
                # gives both signatures its event classes
                if (len(shared) >= needed or (_events_of(events, sigs, i) & _events_of(events, sigs, j)) - topical) \
                        and union(i, j):
                    joined += 1
    return joined


def _topical_terms(sigs: Sequence, events: Dict[int, FrozenSet[str]]) -> FrozenSet[str]:
    """The title and lead words, and the event classes they name, that more
    than MAX_HOLDERS articles of the folder use: the folder's topic ("pct",
    "dlrs", "stake" in a day's business wire), which tells none of its stories
    from another.  A folder of a few articles has none.  Each signature's
    event classes go into ``events`` (the memo the pairs read)."""
    if len(sigs) <= MAX_HOLDERS:
        return frozenset()
    counts: Dict[str, int] = defaultdict(int)
    for i, s in enumerate(sigs):
        for t in _terms(s) | _events_of(events, sigs, i):
            counts[t] += 1
    return frozenset(t for t, n in counts.items() if n > MAX_HOLDERS)


def _named_anywhere(sigs: Sequence) -> Dict[str, int]:
    """How many articles hold each name among their most prominent names
    (a signature's ``n:`` features), wherever in the article."""
    counts: Dict[str, int] = defaultdict(int)
    for s in sigs:
        for f, _w in getattr(s, "features", ()):
            if f.startswith("n:"):
                counts[f[2:]] += 1
    return counts


def _add_opening(holders: Dict[str, List[int]]) -> None:
    """Count the holders of a site name that opens a sentence (``OPENING``)
    as holders of the name when another lead names it mid-sentence ("at
    Ardcraig ferry terminal"); drop the marked names."""
    for key in [k for k in holders if k.startswith(OPENING)]:
        name = key[len(OPENING):]
        if name in holders:
            holders[name] = holders[name] + [i for i in holders[key] if i not in holders[name]]
        del holders[key]


def _add_place_word(holders: Dict[str, List[int]]) -> None:
    """Count as a holder of an institution's name ("Wexdale District
    Council") an article whose title and lead name its place word alone
    ("Households in Wexdale will pay ..."): the other outlet's way of
    naming the same body."""
    heads = _heads()
    for key in [k for k in holders if not k.startswith("@")]:
        words = key.split()
        if len(words) < 2 or words[-1] not in heads or "@" + words[0] not in holders:
            continue
        holders[key] = holders[key] + [i for i in holders["@" + words[0]] if i not in holders[key]]


def _add_contained(holders: Dict[str, List[int]]) -> None:
    """Count the holders of a lead name of two words or more as holders of
    the name it makes with one more place noun ("Calder Street" in one lead,
    "Calder Street Mill" in another: one place), judged as the longer name
    (its own words, its head).  Only a place noun (place_nouns.txt): "Wall
    Street" and "the Wall Street Journal" are a place and a newspaper.  A
    name with an owner before it ("Rushcombe Rovers' Mallard Lane") holds
    the name after the owner."""
    places = _places()
    extended: Dict[str, List[str]] = defaultdict(list)  # "calder street" -> ["calder street mill"]
    for long in holders:
        short, _, last = long.rpartition(" ")
        if " " in short and last in places:
            extended[short].append(long)
    for short in [k for k in holders if k in extended]:
        for long in extended[short]:
            holders[long] = holders[long] + holders[short]
    # "Rushcombe Rovers' Mallard Lane" in one lead, "Mallard Lane" in another: the place itself
    for long in list(holders):
        own = re.split(r"(?:'s|')\s+", long.replace("\u2019", "'"))[-1]
        if own != long and " " in own and own in holders:
            holders[own] = holders[own] + [i for i in holders[long] if i not in holders[own]]


def _events_of(memo: Dict[int, FrozenSet[str]], sigs: Sequence, i: int) -> FrozenSet[str]:
    if i not in memo:
        memo[i] = _lead_events(sigs[i])
    return memo[i]


def _lead_events(sig) -> FrozenSet[str]:
    """The event classes (``factcheck/data/quantity_events.txt``: "hack",
    "leak", "fire"; not a setting such as "festival") that the title and
    lead words of a signature name: what happened, in the outlet's own words."""
    from factcheck.quantities import words

    settings = words.settings_for("count")
    return frozenset(c for t in _terms(sig) for c in words.event_classes(t) - settings)


def _terms(sig) -> FrozenSet[str]:
    """The title and lead words of a signature that can tell a story apart
    (no institution or place head words, months or weekdays)."""
    heads = _heads()
    return frozenset(_plain(f[2:]) for f, _w in sig.features
                     if f.startswith("t:") and f[2:] not in heads and f[2:] not in _CALENDAR)


def _plain(term: str) -> str:
    """A title or lead word without a plural "s" ("gales" and "gale" are one)."""
    return term[:-1] if len(term) > 4 and term.endswith("s") and not term.endswith("ss") else term


def _close(a: Optional[int], b: Optional[int]) -> bool:
    return a is None or b is None or abs(a - b) <= DATE_LIMIT


QUOTE_WORDS = 8
"""Quotations of at least this many words take part in grouping by quotes."""

SHINGLE = 4
"""Words per shingle of a quotation."""

SHARED_SHINGLES = 3
"""Shingles two articles must share to be one story by a quotation: one
remark of one speaker quoted in both, however its words were tidied."""

MAX_SHINGLES = 60
"""At most this many shingles per article (the first quotations)."""

_QUOTE_WORD = re.compile(r"[a-z0-9]+")


def quote_shingles(quotes: Iterable[Tuple[Optional[str], str]]) -> Tuple[int, ...]:
    """The sorted shingles (CRC-32 of the speaker's last name and
    ``SHINGLE`` lower-case words) of the long quotations of an article whose
    speaker is named: deterministic and small enough to travel with a
    ``Signature``.  The speaker is part of the shingle: two spokesmen who are
    both "sorry for the disruption" say nothing about one story."""
    out = set()
    for speaker, q in quotes:
        names = _QUOTE_WORD.findall((speaker or "").lower())
        if not names:
            continue  # no named speaker: the quotation's words are not read
        words = _QUOTE_WORD.findall(q.lower())
        if len(words) < QUOTE_WORDS:
            continue
        for k in range(len(words) - SHINGLE + 1):
            out.add(zlib.crc32((names[-1] + ":" + " ".join(words[k:k + SHINGLE])).encode("utf-8")))
            if len(out) >= MAX_SHINGLES:
                return tuple(sorted(out))
    return tuple(sorted(out))


def join_shared_quotes(sigs: Sequence, union: Callable[[int, int], bool]) -> int:
    """Join (with ``union``) the articles of a small folder that quote one
    remark (at least ``SHARED_SHINGLES`` shingles in common) and whose dates
    are close: two outlets' reports with different headlines and no shared
    specific name in their leads still quote the same union organiser's one
    sentence.  A shingle held by more than ``MAX_HOLDERS`` articles (a stock
    phrase) joins nothing.  Returns how many joins were made."""
    if len(sigs) > SMALL_FOLDER:
        return 0
    holders: Dict[int, List[int]] = defaultdict(list)
    for i, s in enumerate(sigs):
        for sh in getattr(s, "quotes", ()):
            holders[sh].append(i)
    shared: Dict[Tuple[int, int], int] = defaultdict(int)
    for sh in sorted(holders):
        members = holders[sh]
        if len(members) > MAX_HOLDERS:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                shared[(i, j)] += 1
    joined = 0
    for (i, j), n in sorted(shared.items()):
        if n >= SHARED_SHINGLES and _close(sigs[i].day, sigs[j].day) and union(i, j):
            joined += 1
    return joined
