"""The handout's "Checked against sources" section (issue 15): every
quote, figure and claim of the articles checked against the source
documents (``Report.source_checks``), with its verdict and the source place.
Left out of the handout when no sources were given."""

from __future__ import annotations

from typing import Dict, List, Mapping, Optional

from factcheck.model import Analysis, Report


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _name_of(path: str, by_path: Mapping[str, Analysis]) -> str:
    a = by_path.get(path)
    return a.article.label if a else _name(path)


_VERDICTS = {"verbatim": "verbatim", "altered": "altered", "not-found": "not found", "matches": "matches",
             "differs": "differs", "unsupported": "no supporting sentence"}


def checked(report: Report, by_path: Mapping[str, Analysis]) -> Optional[dict]:
    """The "Checked against sources" section: every quote, figure and claim
    checked against the source documents, with its verdict and the source
    place; None when no sources were given (the section is left out)."""
    if not report.source_files:
        return None
    rows: Dict[str, List[dict]] = {"quote": [], "figure": [], "claim": []}
    for c in report.source_checks:
        p = c.payload
        a = by_path.get(c.path)
        place = p.places[0] if p.places else None
        rows[p.check].append({
            "article": _name_of(c.path, by_path),
            "paragraph": _paragraph(a, c.start),
            "speaker": p.speaker,
            "said_by": p.said_by,
            "text": p.draft,
            "status": p.status,
            "verdict": _VERDICTS.get(p.status, p.status),
            "flag": p.status in ("altered", "not-found", "unsupported") or bool(p.said_by),  # to look at
            "diff": [{"kind": "left out" if not d else "added" if not s else "changed", "draft": d, "source": s}
                     for d, s in p.diff],
            "meaning": ", ".join(p.meaning),
            "where": f"{_name(place.path)}, {place.where}" if place else "",
            "said": place.text if place else "",
            "closest": [{"where": f"{_name(pl.path)}, {pl.where}", "text": pl.text} for pl in p.places],
        })
    return {"files": [_name(f) for f in report.source_files], "quotes": rows["quote"], "figures": rows["figure"],
            "claims": rows["claim"]}


def _paragraph(a: Optional[Analysis], offset: int) -> int:
    s = a.sentence_at(offset) if a is not None else None
    return s.paragraph + 1 if s else 0


def sentence_notes(report: Report, by_path: Mapping[str, Analysis]) -> Dict[tuple, str]:
    """``(path, sentence index) -> note`` for the claims table: what the
    source documents say of the figures checked in that sentence ("matches
    harbour-release.md, line 6"), so a claim the sources settle does not
    read as one still to verify.  Empty when no sources were given."""
    notes: Dict[tuple, List[str]] = {}
    for c in report.source_checks:
        p = c.payload
        a = by_path.get(c.path)
        s = a.sentence_at(c.start) if a is not None and p.check == "figure" else None
        if s is None or not p.places:
            continue
        verb = {"matches": "matches", "differs": "differs from"}.get(p.status, "is not found in")
        note = f"'{p.draft}' {verb} {_name(p.places[0].path)}, {p.places[0].where}"
        notes.setdefault((c.path, s.index), []).append(note)
    return {k: "; ".join(v) for k, v in notes.items()}

