"""Checking drafts against their source documents (issue 15).

    load  (files -> Source)  ->  review (Analyses x Sources -> SourceCheck)

``gather`` reads the sources of a run: those given with ``--sources`` (or
the ``sources`` config key), which every article is checked against, and
those an article names in its front matter (``sources: [release.pdf]``,
paths relative to the article), which only it is checked against.
``review`` checks every article's quotes (``match``), figures and document
claims (``facts``) and returns one ``factcheck.model.SourceCheck`` each;
the rules quote-not-in-source, quote-altered, figure-differs-from-source
and claim-not-in-source report the failed ones, the handout and JSON list
them all.

The package: ``model`` (Source, Turn, Cell), ``load`` (the formats),
``transcripts`` (speaker labels, subtitles), ``match`` (a quote against a
speaker's words), ``facts`` (figures and claims against documents).
"""

from __future__ import annotations

import os
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

from factcheck.errors import InputError
from factcheck.model import Analysis, Article, Quote, SourceCheck, SourcePayload
from factcheck.settings import Settings

from . import load as _load
from .facts import Sourced, check_claims, check_figure
from .match import SpeakerText, match, speaker_key
from .model import Source


@dataclass(frozen=True)
class SourceSet:
    """The sources of a run: ``common`` for every article, ``own`` per
    article path (named in its front matter)."""

    common: Tuple[Source, ...] = ()
    own: Mapping[str, Tuple[Source, ...]] = field(default_factory=dict)

    def for_article(self, path: str) -> Tuple[Source, ...]:
        return self.common + tuple(s for s in self.own.get(path, ()) if s not in self.common)

    @property
    def files(self) -> Tuple[str, ...]:
        """Every source file read, sorted."""
        return tuple(sorted({s.path for s in self.common} | {s.path for v in self.own.values() for s in v}))

    def __bool__(self) -> bool:
        return bool(self.common or self.own)


def front_matter_sources(article: Article) -> List[str]:
    """The source paths an article names in its front matter, relative to
    its folder ("sources: [release.pdf]" or "sources: release.pdf")."""
    named = article.meta.get("sources") if article.meta else None
    if isinstance(named, str):
        named = [named]
    if not isinstance(named, list):
        return []
    folder = os.path.dirname(article.path)
    return [os.path.join(folder, str(p)) for p in named if isinstance(p, (str, int)) and str(p).strip()]


def gather(paths: Sequence[str], analyses: Sequence[Analysis], max_bytes: int
           ) -> Tuple[SourceSet, List[InputError]]:
    """Read the run's sources; a file that cannot be read is an InputError
    in the list (a missing path given on the command line is a SetupError,
    one named in front matter an InputError of that article)."""
    common, errors = _load.load_all(paths, max_bytes) if paths else ([], [])
    read: Dict[str, Optional[Source]] = {s.path: s for s in common}
    own: Dict[str, Tuple[Source, ...]] = {}
    for a in analyses:
        mine = []
        for path in front_matter_sources(a.article):
            if path not in read:
                read[path] = _one(path, a.article.path, max_bytes, errors)
            if read[path] is not None:
                mine.append(read[path])
        if mine:
            own[a.article.path] = tuple(mine)
    return SourceSet(tuple(common), own), errors


def _one(path: str, article: str, max_bytes: int, errors: List[InputError]) -> Optional[Source]:
    if not os.path.isfile(path):
        errors.append(InputError(article, f"source named in the front matter not found: {path}"))
        return None
    try:
        return _load.load(path, path, max_bytes)
    except InputError as exc:
        errors.append(exc)
        return None


class _Library:
    """What is worked out once per source: a transcript's speaker texts, a
    document's extraction."""

    def __init__(self, settings: Optional[Settings]) -> None:
        self.settings = settings
        self.texts: Dict[str, List[SpeakerText]] = {}
        self.docs: Dict[str, Optional[Sourced]] = {}

    def speakers(self, source: Source) -> Dict[str, List[SpeakerText]]:
        """speaker key -> the speaker's texts in ``source``."""
        out: Dict[str, List[SpeakerText]] = {}
        for label in source.speakers:
            cache_key = f"{source.path}\0{label}"
            if cache_key not in self.texts:
                self.texts[cache_key] = [SpeakerText.build(source, label)]
            out.setdefault(speaker_key(label), []).extend(self.texts[cache_key])
        return out

    def document(self, source: Source) -> Optional[Sourced]:
        if source.kind == "transcript":
            return None
        if source.path not in self.docs:
            from factcheck.extract import extract

            article = Article(path=source.path, content=source.text, format="txt", title=source.title or None,
                              body_start=source.body_start)
            self.docs[source.path] = Sourced(source, extract(article, self.settings))
        return self.docs[source.path]


def review(analyses: Sequence[Analysis], sources: SourceSet, settings: Optional[Settings] = None
           ) -> Tuple[SourceCheck, ...]:
    """Every check of every article against its sources, in article order
    and then by place."""
    library = _Library(settings)
    out: List[SourceCheck] = []
    for a in analyses:
        mine = sources.for_article(a.article.path)
        if not mine:
            continue
        checks = list(_quotes(a, mine, library))
        docs = [d for d in (library.document(s) for s in mine) if d is not None]
        figures = [c for c in (check_figure(a, f, docs) for f in a.figures) if c is not None] if docs else []
        checks += figures
        checks += list(check_claims(a, docs, figures))
        out.extend(sorted(checks, key=lambda c: (c.start, c.end, c.payload.check)))
    return tuple(out)


def _quotes(a: Analysis, sources: Sequence[Source], library: _Library) -> Iterator[SourceCheck]:
    """The checks of the article's quotes whose speaker speaks in a
    transcript among ``sources`` ("A" answers in a Q/A transcript count
    for any speaker)."""
    by_speaker: Dict[str, List[SpeakerText]] = {}
    for s in sources:
        if s.kind == "transcript":
            for key, texts in library.speakers(s).items():
                by_speaker.setdefault(key, []).extend(texts)
    if not by_speaker:
        return
    for q in a.quotes:
        check = _check_quote(a, q, by_speaker)
        if check is not None:
            yield check


def _check_quote(a: Analysis, q: Quote, by_speaker: Dict[str, List[SpeakerText]]) -> Optional[SourceCheck]:
    """One quote against its speaker's words; a quote not found there is
    looked for among the other speakers' (``said_by``).  None when the
    quote is not checked (no such speaker, too short)."""
    key = speaker_key(q.speaker or "")
    if not key or key == "q":
        return None
    texts = (by_speaker.get(key, []) if key != "a" else []) + by_speaker.get("a", [])
    if not texts:
        return None
    text = a.article.content[q.text_start:q.text_end]
    result = match(text, texts)
    if result is None:
        return None
    got, where = result
    if where is None:  # not among the speaker's words: someone else's?
        others = [t for k, ts in sorted(by_speaker.items()) if k not in (key, "a") for t in ts]
        other, other_where = match(text, others) or (got, None)
        if other_where is not None:
            got, where = other, other_where
    places = (where.source.place(*where.source.around(got.start, got.end)),) if where is not None else ()
    said_by = where.speaker if where is not None and speaker_key(where.speaker) not in (key, "a") else ""
    occasion = _occasion(a, q.start) if got.status == "not-found" else ""
    return SourceCheck(a.article.path, q.text_start, q.text_end,
                       SourcePayload("quote", got.status, " ".join(text.split()), speaker=q.speaker or "",
                                     places=places, diff=got.diff, meaning=got.meaning, said_by=said_by,
                                     occasion=occasion))


@lru_cache(maxsize=1)
def _occasion_cues():
    import re

    from factcheck.extract.lexicon import read_list

    words = sorted(read_list("quote_occasion_cues"), key=lambda w: (-len(w), w))
    # ... and a year the story names for it ("told CNN in November 1999")
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words)
                      + r"|in (?:[A-Z][a-z]+ )?(?:19|20)\d\d)\b", re.I)


def _occasion(a: Analysis, offset: int) -> str:
    """The words of the sentence holding the quote at ``offset`` that place
    it at another occasion ("tweeted", "in a statement"), or ""."""
    s = a.sentence_at(offset)
    if s is None:
        return ""
    m = _occasion_cues().search(a.article.content, s.start, s.end)
    return m.group(0) if m else ""
