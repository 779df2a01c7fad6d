"""The story-scope rules of a run, cached per story and shared by processes.

A story rule (``SCOPE = "story"``: ``check_story(analyses, settings)``)
reads only the Analyses of one story and the settings, so what it finds in
a story is known again when the same articles form the same story: a warm
run over an unchanged archive takes it from the cache (``factcheck.cache``,
keyed by the story's articles, in order, within the generation that holds
the code and settings), and a cold run shares the stories among ``jobs``
processes.  ``check.check_analyses`` stamps, locates and sorts the findings
as it does those it computes itself, so the report is the same either way.

The rules count their comparisons in ``rules.base.COMPARISONS``; each
story's count travels with its findings, and the engine adds it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Optional, Sequence, Tuple

from factcheck import parallel
from factcheck.model import Agreement, Analysis, Finding
from factcheck.settings import Settings

if TYPE_CHECKING:
    from factcheck.cache import Cache

StoryFindings = Dict[str, Tuple[Tuple[Finding, ...], int, Tuple[Agreement, ...]]]
"""What the story-scope rules found in one story: rule id -> (findings,
comparisons the rule counted, agreeing figures a rule with ``AGREEMENTS``
recorded)."""


def story_findings(members: Sequence[Analysis], settings: Settings) -> StoryFindings:
    """The findings of every enabled story-scope rule in the story of
    ``members``, as each rule yields them (unstamped), with its count of
    comparisons."""
    from factcheck import rules
    from factcheck.rules.base import COMPARISONS

    out: StoryFindings = {}
    for rule in rules.all_rules():
        if rule.SCOPE == "story" and settings.rule_enabled(rule.ID):
            before = COMPARISONS.count
            found, agreed = run_rule(rule, members, settings)
            out[rule.ID] = (found, COMPARISONS.count - before, agreed)
    return out


def run_rule(rule, members: Sequence[Analysis], settings: Settings
             ) -> Tuple[Tuple[Finding, ...], Tuple[Agreement, ...]]:
    """One story rule on the story of ``members``: its findings (unstamped)
    and, for a rule with ``AGREEMENTS``, the agreeing figures it recorded."""
    agreed: List[Agreement] = []
    if getattr(rule, "AGREEMENTS", False):
        return tuple(rule.check_story(members, settings, agreed)), tuple(agreed)
    return tuple(rule.check_story(members, settings)), ()


def story_key(ids: Sequence[Optional[str]]) -> Optional[str]:
    """The cache key of a story made of the Analyses with these cache
    identities, in this order; None when one of them is not cached."""
    if any(i is None for i in ids):
        return None
    import hashlib  # only a cached run needs it

    h = hashlib.blake2b(b"story\0", digest_size=20)
    for i in ids:
        h.update(i.encode("ascii", "replace") + b"\0")  # type: ignore[union-attr]
    return h.hexdigest()


# Set in the parent just before the pool forks; the children read them.
_STORIES: Sequence[Sequence[Analysis]] = ()
_SETTINGS: Optional[Settings] = None


def _work(bounds: Tuple[int, int]) -> List[StoryFindings]:
    return [story_findings(_STORIES[i], _SETTINGS) for i in range(*bounds)]  # type: ignore[arg-type]


def check_stories(analyses: Sequence[Analysis], groups: Sequence[Sequence[int]], settings: Settings,
                  jobs: int = 1, cache: Optional["Cache"] = None, ids: Optional[Sequence[Optional[str]]] = None,
                  writes: Optional[list] = None) -> List[StoryFindings]:
    """``story_findings`` for each story (``groups``: each a list of indices
    into ``analyses``), in order.  A story whose result ``cache`` holds
    (every article cached, ``ids`` their identities) is not checked again;
    the others are checked, by ``jobs`` processes when they are many, and
    stored in one write, in a thread appended to ``writes`` (joined by the
    caller) or before returning."""
    n = len(groups)
    keys: List[Optional[str]] = [None] * n
    if cache is not None and ids is not None:
        keys = [story_key([ids[j] for j in g]) for g in groups]
    results = _cached(cache, keys) if cache is not None else [None] * n
    todo = [i for i in range(n) if results[i] is None]
    members = [[analyses[j] for j in groups[i]] for i in todo]
    computed: List[Optional[StoryFindings]] = [None] * len(todo)
    jobs = parallel.workers(jobs, sum(len(m) for m in members))
    if jobs > 1 and len(todo) > 1 and sum(len(m) for m in members) >= parallel.PARALLEL_MIN \
            and parallel.forks():
        for writer in writes or ():  # no thread may hold a lock while the pool forks
            writer.join()
        _in_pool(members, settings, jobs, computed)
    for k, i in enumerate(todo):  # serial run, or what a broken pool left undone
        results[i] = computed[k] if computed[k] is not None else story_findings(members[k], settings)
    if cache is not None:
        _store(cache, [(keys[i], results[i]) for i in todo], writes)
    return results  # type: ignore[return-value]


def _cached(cache: "Cache", keys: Sequence[Optional[str]]) -> List[Optional[StoryFindings]]:
    """The stored result of each story key (None: not stored, or unreadable)."""
    from factcheck.cache import unpack

    stored = cache.lookup(keys, table="stories")
    out: List[Optional[StoryFindings]] = []
    for key in keys:
        value = unpack(stored[key]) if key in stored else None  # type: ignore[index]
        try:
            out.append(None if value is None else {rule_id: (tuple(found), count, tuple(agreed))
                                                   for rule_id, found, count, agreed in value})
        except (TypeError, ValueError):  # not what _store writes: a miss
            out.append(None)
    return out


def _in_pool(members: List[List[Analysis]], settings: Settings, jobs: int,
             computed: List[Optional[StoryFindings]]) -> None:
    global _STORIES, _SETTINGS
    _STORIES, _SETTINGS = members, settings
    try:
        parallel.map_forked(_work, len(members), jobs, computed)
    finally:
        _STORIES, _SETTINGS = (), None


def _store(cache: "Cache", entries: List[Tuple[Optional[str], Optional[StoryFindings]]],
           writes: Optional[list]) -> None:
    from factcheck.cache import pack

    rows = [(key, pack([(rule_id, list(found), count, list(agreed))
                        for rule_id, (found, count, agreed) in value.items()]))
            for key, value in entries if key is not None and value is not None]
    if not rows:
        return
    if writes is None:
        cache.store(rows, table="stories")
        return
    import threading

    earlier = list(writes)

    def write() -> None:  # one writer at a time: two at once can leave SQLite "locked" and a write lost
        for other in earlier:
            other.join()
        cache.store(rows, table="stories")

    writer = threading.Thread(target=write, name="factcheck-cache-write-stories")
    writer.start()
    writes.append(writer)
