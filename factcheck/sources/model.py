"""Source documents as data: frozen dataclasses and nothing else.

A ``Source`` is one file given with ``--sources``: a transcript (speaker
turns), a document (a press release, a report) or a table (a CSV file).
``text`` is the text the loader read; every offset below indexes it, and
each piece keeps the line of the *file* it came from (and for subtitles
the cue's timestamp, for PDFs the page, for tables the cell), so that a
finding can send the editor to the right place.  Imports nothing from the
rest of factcheck but ``factcheck.model``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional, Tuple

from factcheck.model import SourcePlace

SOURCE_KINDS = ("transcript", "document", "table")


@dataclass(frozen=True)
class Turn:
    """One speaker's stretch of a transcript: ``speaker`` as labelled
    ("TRUMP", "Ana Ruiz", "A"), ``[start, end)`` in ``Source.text``, the
    file ``line`` where it starts and, for subtitles, the cue's start
    ``time`` ("00:01:02.500")."""

    speaker: str
    start: int
    end: int
    line: int
    time: str = ""


@dataclass(frozen=True)
class Cell:
    """One numeric cell of a table, written into ``Source.text`` as a
    sentence ("2023: 2,380,000 encounters.") at ``[start, end)``; ``row`` and
    ``column`` are its labels and ``line`` the CSV line."""

    row: str
    column: str
    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Source:
    """One source document.

    ``kind`` is one of SOURCE_KINDS.  ``lines`` holds, for each line of
    ``text``, the file line it came from (empty when they are the same);
    ``pages`` the offsets where each PDF page starts.  ``title`` is the
    document's title when it has one (front matter, first line, HTML title,
    PDF metadata), used to tell which document a draft names."""

    path: str
    text: str
    format: str
    kind: str
    title: str = ""
    turns: Tuple[Turn, ...] = ()
    cells: Tuple[Cell, ...] = ()
    pages: Tuple[int, ...] = ()
    lines: Tuple[int, ...] = ()
    body_start: int = 0  # where the text proper begins (after Markdown front matter)
    # For HTML and Word sources: text offset -> (line, column) in the file
    # (factcheck.sourcemap; line 0 when the place is not known in the file).
    mapper: Optional[object] = field(default=None, compare=False, repr=False)

    def line_at(self, offset: int) -> int:
        """The 1-based file line of ``offset`` in ``text`` (0 when an HTML
        or Word file's line is not known)."""
        index = self.text.count("\n", 0, max(0, offset))
        if self.mapper is not None:
            return self.mapper.at(offset)[0]  # type: ignore[attr-defined]
        if self.lines:
            return self.lines[min(index, len(self.lines) - 1)]
        return index + 1

    @cached_property
    def _turn_starts(self) -> Tuple[int, ...]:
        return tuple(t.start for t in self.turns)

    def paragraph_at(self, offset: int) -> int:
        """The 1-based paragraph (non-blank line) of ``offset`` in ``text``."""
        before = self.text[:self.text.rfind("\n", 0, max(0, offset)) + 1]
        return sum(1 for line in before.split("\n") if line.strip()) + 1

    def turn_at(self, offset: int) -> Optional[Turn]:
        """The turn containing ``offset``, or None."""
        i = bisect.bisect_right(self._turn_starts, offset) - 1
        if i >= 0 and self.turns[i].start <= offset < max(self.turns[i].end, self.turns[i].start + 1):
            return self.turns[i]
        return None

    def place(self, start: int, end: int) -> SourcePlace:
        """The SourcePlace of ``[start, end)``: its file line, and where for
        people (the timestamp of a subtitle cue, the PDF page, the table
        cell, else the line)."""
        line = self.line_at(start)
        where = f"line {line}" if line else f"paragraph {self.paragraph_at(start)}"
        turn = self.turn_at(start)
        if turn is not None and turn.time:
            where = turn.time
        for cell in self.cells:
            if cell.start <= start < cell.end:
                line, where = cell.line, f"row {cell.row}, column {cell.column} (line {cell.line})"
                break
        if self.pages:
            page = bisect.bisect_right(self.pages, start)
            where = f"page {page}"
        return SourcePlace(self.path, line, start, end, " ".join(self.text[start:end].split()), where)

    def around(self, start: int, end: int) -> Tuple[int, int]:
        """``[start, end)`` widened to whole sentences, within its turn (or
        line) of the text."""
        turn = self.turn_at(start)
        lo = turn.start if turn is not None else self.text.rfind("\n", 0, start) + 1
        hi = turn.end if turn is not None else (self.text.find("\n", end) % (len(self.text) + 1))
        hi = max(hi, end)
        left = max(self.text.rfind(". ", lo, start), self.text.rfind("? ", lo, start),
                   self.text.rfind("! ", lo, start))
        new_start = left + 2 if left >= 0 else lo
        stops = [i for i in (self.text.find(c, end, hi) for c in ".?!") if i >= 0]
        new_end = min(stops) + 1 if stops else hi
        while new_end > new_start and self.text[new_end - 1].isspace():
            new_end -= 1
        return new_start, max(new_end, end)

    @property
    def speakers(self) -> Tuple[str, ...]:
        """The speaker labels of a transcript, in order of first turn."""
        seen = []
        for t in self.turns:
            if t.speaker not in seen:
                seen.append(t.speaker)
        return tuple(seen)
