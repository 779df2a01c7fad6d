"""Story grouping: which articles are about the same story.

Figures and quotes are only compared within a story, so grouping decides
what the cross-article rules may compare.  Two articles are one story when
they share distinctive names (people, organisations) and words of their
titles and leads, and their dates are close; an explicit ``story:`` key in
the front matter always wins (equal keys are one story, different keys
never merge).

Grouping must stay near-linear in the number of articles, so it never scores
all pairs.  Each article is reduced to a small ``Signature`` (its most
prominent names and its title/lead words), computed next to extraction in
the worker processes.  An inverted index from each name or headline word to
the articles that have it proposes candidate pairs: a feature held by very
many articles ("London", "Blair" in a year of politics) proposes nothing,
each article proposes only through its rarest features, and each holder is
paired only with its neighbours in date order.  Candidates sharing at least
two features are scored (cosine similarity of idf-weighted features, reduced
for far-apart dates) and joined, strongest first, with union-find, where two
groups merge only if they are alike on average (so stories do not chain into
topics).  docs/scaling.md has the measurements.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from factcheck.model.record import Record, record
from factcheck.extract.mentions import RUN_PARTICLES, entity_mentions, name_key
from factcheck.extract.wordsets import COMMON_WORDS
from factcheck import story_links
from factcheck.model import Analysis, Story
from factcheck.settings import Settings

DEFAULT_THRESHOLD = 0.35
"""Similarity (0..1) above which two articles are one story."""

TOP_NAMES = 10
"""How many of an article's most prominent names take part in grouping."""

NAME_SPAN = 5000
"""Characters of the body scanned for names (a long article's story is set
out at the top)."""

LEAD_SENTENCES = 2
"""Body sentences after the headline that count as the lead."""

LEAD_TERMS = 12
"""At most this many words of the lead take part (the first ones)."""

WINDOW = 20
"""A feature held by more articles than this proposes only the next WINDOW
articles in date order as candidates, which keeps candidate pairs linear."""

PROPOSE = 8
"""How many of its rarest names and title words an article proposes
candidates through."""

COMMON_SHARE = 0.05
COMMON_MIN = 60
"""A feature held by more than max(COMMON_MIN, COMMON_SHARE * articles)
articles is too common to propose candidates at all."""

LINK_SHARE = 0.5
"""How alike, on average, two groups must be to merge, as a share of the
threshold (see ``_link``)."""

DATE_GRACE = 7
DATE_LIMIT = 45
"""Dates within DATE_GRACE days do not matter; the similarity then falls
linearly to zero at DATE_LIMIT days apart."""


@record
class Signature(Record):
    """What grouping needs to know about one article (small and picklable).

    ``features`` maps feature -> weight: ``n:<name>`` for names of two or
    more words (weighted by how often and how early they appear), ``s:<word>``
    for one-word names and the surname of a two- or three-word name (at half
    weight), ``t:<term>`` for title and lead words.  ``names`` maps a name
    feature to the way the article writes it, for labels.
    """

    path: str
    story: Optional[str]
    day: Optional[int]  # date as an ordinal day number, when known
    title: Optional[str]
    features: Tuple[Tuple[str, float], ...]
    names: Tuple[Tuple[str, str], ...] = ()
    leads: Tuple[str, ...] = ()  # specific names of the title and lead (factcheck.story_links)
    quotes: Tuple[int, ...] = ()  # shingles of its long quotations (story_links.quote_shingles)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _terms(text: str) -> List[str]:
    """The words of a title or lead that can tell stories apart, normalised."""
    return list(_iter_terms(text))


def _iter_terms(text: str) -> Iterator[str]:
    """``_terms`` one at a time, so that a reader who needs only the first
    few (the lead's LEAD_TERMS) does not normalise the rest."""
    for m in _WORD.finditer(text):
        word = m.group()
        term = _TERMS.get(word)
        if term is None:
            term = _term(word)
            if len(_TERMS) < 1 << 17:  # a memo, bounded for huge archives
                _TERMS[word] = term
        if term:
            yield term


_TERMS: Dict[str, str] = {}  # word -> term ("" for a word that is none), per process


def _term(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) < 3 or len(w) > 30 or w in COMMON_WORDS:
        return ""
    if word[0].islower() and len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]  # plurals and third person: "sales"/"sale", "quits"/"quit"
    return w


def day_number(date: Optional[str]) -> Optional[int]:
    """An article's date ("2026-03-14...") as an ordinal day number, None
    when it gives none or none that reads."""
    if not date:
        return None
    try:
        return _dt.date.fromisoformat(str(date)[:10]).toordinal()
    except ValueError:
        return None


def signature(analysis: Analysis) -> Signature:
    """Reduce one article to the features story grouping compares.

    Names come from a fast capitalised-name pass over the body, plus
    ``Analysis.entities`` when extraction filled it (counted one mention
    more); a surname on its own ("Magnus") counts for the full name the
    article used ("Chris Magnus").  Terms come from the title and the lead.
    Pure: the same Analysis always gives the same Signature.
    """
    art = analysis.article
    text = art.content
    # Names past the first NAME_SPAN characters only add to counts that are
    # already settled; scanning them would make long articles cost more.
    body_end = len(text)
    if body_end - art.body_start > NAME_SPAN:
        cut = art.body_start + NAME_SPAN
        body_end = max(text.rfind(" ", art.body_start, cut), art.body_start)  # not mid-word
    mentions = entity_mentions(text, art.body_start, body_end)
    counts: Counter = Counter([m[0] for m in mentions])
    first: Dict[str, int] = {k: at for k, _s, at in reversed(mentions)}
    surface: Dict[str, str] = {k: surf for k, surf, _at in reversed(mentions)}
    # Extraction's entities (people and organisations it recognised) are
    # preferred: each counts one mention more than the scan found, and one
    # the scan missed still takes part.
    for e in analysis.entities:
        k = name_key(str(e).strip())
        if k:
            counts[k] += 1
            surface.setdefault(k, str(e).strip())
            first.setdefault(k, body_end)
    # Fold a surname or short form into the longer name it belongs to.
    multi = [k for k in counts if " " in k]
    tail: Dict[str, str] = {}
    for k in sorted(multi, key=lambda k: (-counts[k], k)):
        for part in (k.rsplit(" ", 1)[-1], k.split(" ", 1)[0]):
            tail.setdefault(part, k)
    for k in list(counts):
        if " " not in k and k in tail and tail[k] in counts:
            full = tail[k]
            counts[full] += counts.pop(k)
            first[full] = min(first[full], first.get(k, body_end))
    span = max(1, body_end - art.body_start)
    ranked = []
    for k, c in counts.items():
        early = 1.0 - 0.5 * (first.get(k, body_end) - art.body_start) / span  # 1.0 at the top, 0.5 at the end
        kind = 1.0 if " " in k else 0.6  # a lone word is weaker evidence
        ranked.append((kind * early * (1.0 + math.log(c)), k))
    ranked.sort(key=lambda x: (-x[0], x[1]))
    features: Dict[str, float] = {}
    spelled: Dict[str, str] = {}
    for w, k in ranked[:TOP_NAMES]:
        w = round(w, 4)
        written = _readable(k, surface[k], mentions)
        if " " in k:
            features["n:" + k] = w
            spelled["n:" + k] = written
            # "Chris Magnus" here and only "Magnus" in a brief elsewhere:
            # the surname alone links them (weakly).
            parts = k.split()
            if len(parts) <= 3 and not any(p in RUN_PARTICLES for p in parts) and len(parts[-1]) > 2:
                alias = "s:" + parts[-1]
                if features.get(alias, 0.0) < w * 0.5:
                    features[alias] = round(w * 0.5, 4)
                    spelled.setdefault(alias, written.rsplit(" ", 1)[-1])
        elif features.get("s:" + k, 0.0) < w:
            features["s:" + k] = w  # a lone name is its own short form
            spelled["s:" + k] = written
    title, lead = _title_and_lead(analysis)
    for term in _terms(title or ""):
        features["t:" + term] = 1.0
    lead_terms = 0
    for term in _iter_terms(lead):
        if lead_terms >= LEAD_TERMS:
            break
        if "t:" + term not in features:
            features["t:" + term] = 0.6
            lead_terms += 1
    name_surfaces = tuple(sorted(spelled.items()))
    return Signature(
        path=art.path,
        story=art.story,
        day=day_number(art.date),
        title=art.title,
        features=tuple(sorted(features.items())),
        names=name_surfaces,
        leads=story_links.lead_names((title or "") + "\n" + lead, entity_mentions),
        quotes=story_links.quote_shingles((q.speaker, text[q.text_start:q.text_end]) for q in analysis.quotes),
    )


def _readable(key: str, surface: str, mentions: Sequence[Tuple[str, str, int]]) -> str:
    """How the article writes a name, preferring "Port Alder" to a
    dateline's "PORT ALDER"."""
    if surface.isupper() and len(surface) > 4:
        for k, surf, _at in mentions:
            if k == key and not surf.isupper():
                return surf
    return surface


def _title_and_lead(analysis: Analysis) -> Tuple[Optional[str], str]:
    art = analysis.article
    text = art.content
    title = art.title
    lead: List[str] = []
    for s in analysis.sentences:
        if s.kind == "headline" and title is None:
            title = text[s.start:s.end]
        elif s.kind == "body":
            lead.append(text[s.start:s.end])
            if len(lead) >= LEAD_SENTENCES:
                break
    if not analysis.sentences:
        body = text[art.body_start:art.body_start + 600]
        lead = [body]
    joined = " ".join(lead)
    if title and joined.startswith(title):
        joined = joined[len(title):]
    return title, joined


# ---------------------------------------------------------------------------
# Grouping


class _UnionFind:
    def __init__(self, n: int, keys: Sequence[Optional[str]]):
        self.parent = list(range(n))
        self.key = list(keys)  # the explicit story key of each root, if any

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        ki, kj = self.key[ri], self.key[rj]
        if ki is not None and kj is not None and ki != kj:
            return False  # two explicit stories never merge
        if rj < ri:
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.key[ri] = ki if ki is not None else kj
        return True


@dataclass
class GroupStats:
    """What the last grouping did (for the scaling benchmark and docs)."""

    articles: int = 0
    candidates: int = 0  # pairs proposed by the index
    scored: int = 0  # pairs whose similarity was computed
    joined: int = 0  # pairs above the threshold


STATS = GroupStats()


def similarity(a: Dict[str, float], b: Dict[str, float], idf: Dict[str, float]) -> float:
    """Cosine similarity of two weighted feature maps under ``idf``."""
    if len(b) < len(a):
        a, b = b, a
    dot = 0.0
    for f, w in a.items():
        v = b.get(f)
        if v is not None:
            dot += w * v * idf.get(f, 1.0) ** 2
    if not dot:
        return 0.0
    na = math.sqrt(sum((w * idf.get(f, 1.0)) ** 2 for f, w in a.items()))
    nb = math.sqrt(sum((w * idf.get(f, 1.0)) ** 2 for f, w in b.items()))
    return dot / (na * nb)


def _date_factor(a: Optional[int], b: Optional[int]) -> float:
    if a is None or b is None:
        return 1.0
    gap = abs(a - b)
    if gap <= DATE_GRACE:
        return 1.0
    return max(0.0, 1.0 - (gap - DATE_GRACE) / (DATE_LIMIT - DATE_GRACE))


def _link(uf: _UnionFind, scores: Dict[int, float], n: int, threshold: float) -> None:
    """Join the pairs at or above ``threshold``, strongest first.

    Plain single linkage would chain a year of politics into one "story"
    (A is like B, B like C, ... Y like Z).  So two groups only merge when,
    on average over all their cross pairs, they are at least LINK_SHARE of
    the threshold alike; a pair that was never scored counts as 0.  For two
    single articles this is just the threshold; a large group needs a newcomer
    to resemble many of its members.
    """
    members: Dict[int, List[int]] = {i: [i] for i in range(n)}
    near: Dict[int, Dict[int, float]] = defaultdict(dict)
    for key, sc in scores.items():
        i, j = divmod(key, n)
        near[i][j] = sc
        near[j][i] = sc
    for key in sorted((k for k, sc in scores.items() if sc >= threshold), key=lambda k: (-scores[k], k)):
        i, j = divmod(key, n)
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        a, b = members[ri], members[rj]
        if len(a) * len(b) > 1:
            if len(b) < len(a):
                a, b = b, a
            inside = set(b)
            total = sum(sc for x in a for y, sc in near[x].items() if y in inside)
            if total / (len(a) * len(b)) < LINK_SHARE * threshold:
                continue
        if uf.union(ri, rj):
            STATS.joined += 1
            root = uf.find(ri)
            other = rj if root == ri else ri
            members[root] = members[root] + members.pop(other)


def group_signatures(sigs: Sequence[Signature], threshold: float = DEFAULT_THRESHOLD) -> List[List[int]]:
    """Partition articles (by index into ``sigs``) into stories.

    Returns the groups, each in input order, ordered by their first member.
    Cost grows with the number of articles times WINDOW, not with its square.
    """
    n = len(sigs)
    STATS.articles, STATS.candidates, STATS.scored, STATS.joined = n, 0, 0, 0
    uf = _UnionFind(n, [s.story for s in sigs])
    by_key: Dict[str, int] = {}
    for i, s in enumerate(sigs):
        if s.story is not None:
            if s.story in by_key:
                uf.union(by_key[s.story], i)
            else:
                by_key[s.story] = i
    # Date order makes a posting list's neighbours the articles nearest in
    # time; articles are numbered by their rank in that order, so every
    # posting list is ascending and a pair is always (earlier, later).
    order = sorted(range(n), key=lambda i: (sigs[i].day if sigs[i].day is not None else -1, i))
    postings: Dict[str, List[int]] = defaultdict(list)  # every holder of a feature
    for rank, i in enumerate(order):
        for f, _w in sigs[i].features:
            postings[f].append(rank)
    common = max(COMMON_MIN, int(COMMON_SHARE * n))
    # Each article proposes through its PROPOSE rarest names and title words
    # (lead words are many and would multiply the pairs; a feature held by
    # very many articles tells nothing), so it takes part in at most
    # 2 * PROPOSE * WINDOW candidate pairs however large the archive.
    df = {f: len(p) for f, p in postings.items()}  # how many articles hold each feature
    proposers: Dict[str, List[int]] = defaultdict(list)
    for rank, i in enumerate(order):
        usable = [(df[f], f) for f, w in sigs[i].features if (f[0] in "ns" or w >= 1.0) and 1 < df[f] <= common]
        usable.sort()
        for _df, f in usable[:PROPOSE]:
            proposers[f].append(rank)
    # Smoothed idf: in a small folder every feature weighs about the same;
    # in a large one, a name in every tenth article weighs little.
    scale = max(n, 50)
    idf = {f: math.log(1.0 + scale / d) for f, d in df.items()}
    hits: Dict[int, int] = defaultdict(int)
    for plist in proposers.values():
        m = len(plist)
        # Each holder is paired with the next WINDOW holders (date order).
        for x in range(m - 1):
            base = plist[x] * n
            for j in plist[x + 1:x + 1 + WINDOW]:
                hits[base + j] += 1
    STATS.candidates = len(hits)
    vecs = [{f: w * idf[f] for f, w in sigs[i].features} for i in order]
    norm = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in vecs]
    days = [sigs[i].day for i in order]
    scores: Dict[int, float] = {}
    for pair in [p for p, c in hits.items() if c >= 2]:  # one shared feature is never enough
        ri, rj = divmod(pair, n)
        a, b = vecs[ri], vecs[rj]
        if len(a) > len(b):
            a, b = b, a
        # In the smaller vector's own (signature) order: a set intersection
        # would sum in string-hash order, which changes from run to run
        # (PYTHONHASHSEED), and so would the last bits of the score.
        dot = sum(a[f] * b[f] for f in a if f in b)
        i, j = order[ri], order[rj]
        key = i * n + j if i < j else j * n + i
        scores[key] = dot / (norm[ri] * norm[rj]) * _date_factor(days[ri], days[rj])
    STATS.scored = len(scores)
    _link(uf, scores, n, threshold)
    if threshold <= DEFAULT_THRESHOLD:  # a stricter threshold asks for more than a shared name
        story_links.join_shared_leads(sigs, uf.union)  # small folders: a shared specific lead name
        story_links.join_shared_quotes(sigs, uf.union)  # ... or one remark quoted in both
    groups: Dict[int, List[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def label(members: Sequence[Signature]) -> str:
    """A readable name for a story: the names most of its articles share,
    else its first title, else its first file."""
    if len(members) > 1:
        held: Counter = Counter()
        weight: Counter = Counter()
        for s in members:
            for f, w in s.features:
                if f[0] in "ns":
                    held[f] += 1
                    weight[f] += w
        # Full names before surnames; then the names most articles share.
        top = sorted((f for f in held if held[f] > 1), key=lambda f: (f[0] != "n", -held[f], -weight[f], f))
        top = [f for f in top if not (f[0] == "s" and any(t.endswith(" " + f[2:]) for t in top[:2]))][:2]
        if top:
            return " / ".join(_spelling(members, f) for f in top)
    for s in members:
        if s.title:
            return s.title
    return members[0].path.replace("\\", "/").rsplit("/", 1)[-1]


def _spelling(members: Sequence[Signature], feature: str) -> str:
    """How the members most often write a name feature (the first such
    spelling on a tie), else the feature's own words.  Counted only for the
    features a label shows, not for every name of every member."""
    seen: Counter = Counter()
    for s in members:
        for f, surf in s.names:
            if f == feature:
                seen[surf] += 1
    return seen.most_common(1)[0][0] if seen else feature[2:]


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60].rstrip("-") or "story"


def group(analyses: Sequence[Analysis], settings: Settings,
          signatures: Optional[Sequence[Signature]] = None) -> Tuple[Story, ...]:
    """Group articles into stories.

    ``settings.stories``: ``auto`` groups by shared names, title, lead and
    date (an explicit ``story`` key wins); ``single`` makes all inputs one
    story; ``separate`` makes each article its own.  ``signatures``, when
    given, are the precomputed ``signature(a)`` of each analysis (the
    parallel extraction computes them in its workers).
    """
    if not analyses:
        return ()
    if settings.stories == "single":
        paths = tuple(a.article.path for a in analyses)
        titled = next((a.article.title for a in analyses if a.article.title), None)
        return (Story(key="all", label=titled or "all articles", paths=paths),)
    if signatures is None or len(signatures) != len(analyses):
        signatures = [signature(a) for a in analyses]
    if settings.stories == "separate":
        parts = [[i] for i in range(len(analyses))]
    else:
        threshold = settings.story_threshold if settings.story_threshold is not None else DEFAULT_THRESHOLD
        parts = group_signatures(signatures, threshold)
    out: List[Story] = []
    used: Dict[str, int] = {}
    for part in parts:
        members = [signatures[i] for i in part]
        explicit = next((s.story for s in members if s.story is not None), None)
        name = label(members)
        key = explicit if explicit is not None else _slug(name)
        if key in used:
            used[key] += 1
            key = f"{key}-{used[key]}"
        else:
            used[key] = 1
        out.append(Story(key=key, label=explicit if explicit and len(members) == 1 and not members[0].title
                         else name, paths=tuple(s.path for s in members)))
    return tuple(out)


def multi_article(stories: Iterable[Story]) -> List[Story]:
    """The stories with more than one article."""
    return [s for s in stories if len(s.paths) > 1]
