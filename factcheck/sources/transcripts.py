"""Transcripts: who said what, where in the file.

Three shapes are read:

* text with speaker labels at the start of a line ("MAYOR RUIZ: We will
  ...", "Ana Ruiz: ...", "**Q:** ...", "A: ..."); lines without a label
  continue the turn above.  A text is a transcript when at least two lines
  and a fifth of its paragraphs start with a label;
* WebVTT subtitles: cues with a timestamp line, the speaker from a voice
  tag (``<v Ana Ruiz>``) or a "NAME:" prefix, else carried over from the
  cue before; other tags are dropped;
* SRT subtitles: numbered cues ("00:00:01,000 --> 00:00:04,000"), the
  speaker from a "NAME:" prefix or carried over.

Each function returns the text to search and the turns in it
(``factcheck.sources.model.Turn``), each with its file line and, for
subtitles, its timestamp.
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from .model import Turn

# A speaker label: "Q", "A", an upper-case name ("MAYOR RUIZ", "O'MALLEY")
# or one to four capitalised words ("Ana Ruiz", "Sen. Tim Kaine"), in
# optional Markdown bold, then a colon.
_LABEL = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?P<name>Q|A|[A-Z][A-Z.'\u2019\- ]{1,40}[A-Z.]|"
    r"(?:[A-Z][a-z.'\u2019\-]*[a-z.]|[A-Z]\.)(?: (?:[A-Z][A-Za-z.'\u2019\-]*|[a-z]{1,3})){0,3})"
    r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(?=\S)", re.M)
_NOT_LABELS = frozenset({"note", "notes", "update", "source", "sources", "editor's note", "correction", "by",
                         "date", "title", "subject", "from", "to", "re", "http", "https", "tel", "fax", "email",
                         "contact", "media contact", "warning", "transcript", "headline"})
_CUE_TIME = re.compile(r"^[ \t]*(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})[ \t]+-->[ \t]+\S+")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]+)>")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d[\d:.]*>")
_PREFIX = re.compile(r"^[ \t]*(?:-[ \t]*)?(?:>>[ \t]*)?(?P<name>[A-Z][A-Za-z.'\u2019\- ]{0,40}?)[ \t]*:[ \t]+")


def speaker_label(line: str) -> Optional[Tuple[str, int]]:
    """The speaker label at the start of ``line`` and where its text
    starts, or None when the line has no label."""
    m = _LABEL.match(line)
    if not m or m.group("name").strip().lower() in _NOT_LABELS:
        return None
    return " ".join(m.group("name").split()), m.end()


def labelled_turns(text: str) -> Tuple[Turn, ...]:
    """The turns of a speaker-labelled text (offsets into ``text``, lines of
    ``text``), or () when it is not a transcript (fewer than two labelled
    lines, or labels on under a fifth of its paragraphs)."""
    starts: List[Tuple[int, int, str, int]] = []  # (line start, text start, speaker, line)
    paragraphs = 0
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            paragraphs += 1
            got = speaker_label(line)
            if got is not None:
                starts.append((offset, offset + got[1], got[0], number))
        offset += len(line) + 1
    if len(starts) < 2 or len(starts) * 5 < paragraphs:
        return ()
    turns = []
    for i, (_, begin, speaker, line) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        turns.append(Turn(speaker, begin, end, line))
    return tuple(turns)


def _cue_speaker(lines: List[str], carried: str) -> Tuple[str, List[str]]:
    """The speaker of one cue (voice tag, "NAME:" prefix, else ``carried``)
    and its text lines with tags and prefix removed."""
    speaker = carried
    out = []
    for i, raw in enumerate(lines):
        voice = _VOICE.search(raw)
        if voice:
            speaker = " ".join(voice.group(1).split())
        words = _TAG.sub("", raw)
        prefix = _PREFIX.match(words)
        if prefix and prefix.group("name").strip().lower() not in _NOT_LABELS:
            speaker = " ".join(prefix.group("name").split())
            words = words[prefix.end():]
        elif i == 0 and words.lstrip().startswith("- ") and not voice:
            speaker = ""  # a dash starts a new, unnamed speaker
            words = words.lstrip()[2:]
        out.append(" ".join(words.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").split()))
    return speaker, out


def subtitles(content: str) -> Tuple[str, Tuple[Turn, ...], Tuple[int, ...]]:
    """Read WebVTT or SRT subtitles: the cues' text, one cue a line, its
    turns (one a cue, with the cue's start time) and the file line of each
    text line."""
    file_lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    parts: List[str] = []
    turns: List[Turn] = []
    lines: List[int] = []
    offset = 0
    speaker = ""
    i = 0
    while i < len(file_lines):
        m = _CUE_TIME.match(file_lines[i])
        i += 1
        if not m:
            continue
        first = i + 1  # 1-based line of the cue's first text line
        cue: List[str] = []
        while i < len(file_lines) and file_lines[i].strip():
            cue.append(file_lines[i])
            i += 1
        speaker, words = _cue_speaker(cue, speaker)
        text = " ".join(w for w in words if w)
        if not text:
            continue
        parts.append(text)
        lines.append(first)
        turns.append(Turn(speaker, offset, offset + len(text), first, _time(m.group("start"))))
        offset += len(text) + 1
    return "\n".join(parts), tuple(turns), tuple(lines)


def _time(stamp: str) -> str:
    """A cue time as HH:MM:SS.mmm ("01:02,5" -> "00:01:02.500")."""
    stamp = stamp.replace(",", ".")
    clock, _, frac = stamp.partition(".")
    parts = clock.split(":")
    while len(parts) < 3:
        parts.insert(0, "0")
    return "{:02d}:{:02d}:{:02d}.{}".format(*(int(p) for p in parts), (frac + "000")[:3])
