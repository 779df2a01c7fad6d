"""The figures tables of the handout, decided by the engine: per story, the
figures of two articles or more that count the same noun in the same unit
("6,000 employees" / "about 4,500 employees"), and whether their intervals
can all hold at once.

Not a rule: nothing here is a finding.  The conflicting-figure rule decides
which disagreements an editor must settle; these tables show the reader
every figure several articles give, with its interval, and the handout only
reads them (``Report.figure_tables``)."""

from __future__ import annotations

from typing import Dict, List, Mapping, Sequence, Tuple

from factcheck.model import Analysis, Figure, FigureTable, Story

__all__ = ["figure_tables"]


def figure_tables(stories: Sequence[Story], by_path: Mapping[str, Analysis]) -> Tuple[FigureTable, ...]:
    """One table per (counted noun, unit) given by two articles or more of a
    story, stories in their order, tables by noun then unit."""
    out: List[FigureTable] = []
    for story in stories:
        if len(story.paths) < 2:
            continue
        groups: Dict[Tuple[str, str], List[Tuple[str, int, Figure]]] = {}
        for path in story.paths:
            a = by_path.get(path)
            if a is None:
                continue
            for i, fig in enumerate(a.figures):
                if fig.counts:
                    groups.setdefault((fig.counts, fig.unit), []).append((path, i, fig))
        for (counts, unit) in sorted(groups):
            members = groups[(counts, unit)]
            if len({path for path, _i, _f in members}) < 2:
                continue
            out.append(FigureTable(story=story.key, counts=counts, unit=unit,
                                   figures=tuple((path, i) for path, i, _f in members),
                                   agree=_agree([f for _p, _i, f in members])))
    return tuple(out)


def _agree(figures: Sequence[Figure]) -> bool:
    """True when the figures can all be true at once: vote tallies equal,
    else every interval overlapping every other (one open side agrees)."""
    tallies = {(f.value, f.second) for f in figures if f.unit == "tally"}
    if tallies:
        return len(tallies) == 1
    lows = [f.low for f in figures if f.low is not None]
    highs = [f.high for f in figures if f.high is not None]
    return not lows or not highs or max(lows) <= min(highs)
