"""A lean paragraph flowable for the PDF handout.

reportlab's Paragraph parses markup and re-breaks its lines on every wrap
(a table measures each cell twice, a page break measures again); with
thousands of findings that is most of the render time.  ``TextBlock`` takes
the handout's runs directly (no markup to parse, so article text can never
be read as markup), breaks lines once per width with cached word widths, and
draws each line as a few strings, with a background behind marked words.
"""

from __future__ import annotations

import re
from typing import List, NamedTuple, Optional, Sequence, Tuple

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.flowables import Flowable

_TOKENS = re.compile(r"\S+|\s+")
WIDTHS: dict = {}  # (font, size) -> {word: width}; cleared by the renderer after each render
LINES: dict = {}  # (runs, style, width) -> broken lines; cleared likewise
RUNS: dict = {}  # (text, font, size) -> the run's words and spaces with widths; cleared likewise


class Look(NamedTuple):
    font: str
    colour: Optional[str]  # hex, None for the block's colour
    mark: bool


class BlockStyle(NamedTuple):
    font: str
    size: float
    leading: float
    colour: str = "#000000"
    indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False
    mark_colour: str = "#ffe066"


_SOFT_BREAKS = "/-_."  # where a word too long for its column is cut first


def faces(font: str) -> Tuple[str, str, str, str]:
    return font, font + "-Bold", font + "-Italic", font + "-BoldItalic"


class TextBlock(Flowable):
    """Runs ``[(text, bold, italic, mark, br, colour)]`` laid out as a
    paragraph in ``style``; splits between lines."""

    def __init__(self, runs: Sequence[tuple], style: BlockStyle, lines=None, first=True, last=True):
        super().__init__()
        self.runs = runs
        self.style = style
        self.spaceBefore = style.space_before if first else 0
        self.spaceAfter = style.space_after if last else 0
        self.keepWithNext = style.keep_with_next
        self._lines = lines
        self._width = None if lines is None else -1.0
        self._first, self._last = first, last

    # -- layout -------------------------------------------------------------
    def _tokens(self):
        st = self.style
        regular, bold, italic, both = faces(st.font)
        toks: List[tuple] = []  # (text, width, look) ; text " " is a space, None a forced break
        for r in self.runs:
            text, b, i, mark, br = r[0], r[1], r[2], r[3], r[4]
            colour = r[5] if len(r) > 5 else None
            if br:
                toks.append((None, 0.0, None))
                continue
            font = both if (b and i) else bold if b else italic if i else regular
            look = Look(font, colour, mark)
            toks.extend([(t, w, look) for t, w in _measured(text, font, st.size)])
        return toks

    def _break(self, width: float):
        lines: List[list] = []
        line: list = []
        x = 0.0
        for tok in self._tokens():
            text, w, look = tok
            if text is None:
                lines.append(line)
                line, x = [], 0.0
                continue
            if text == " ":
                if line:
                    line.append(tok)
                    x += w
                continue
            if x + w > width and line:
                while line and line[-1][0] == " ":
                    line.pop()
                lines.append(line)
                line, x = [], 0.0
            if w > width:  # a word longer than the line: cut it
                for piece, pw in self._cut(text, look.font, width):
                    if x + pw > width and line:
                        lines.append(line)
                        line, x = [], 0.0
                    line.append((piece, pw, look))
                    x += pw
                continue
            line.append(tok)
            x += w
        while line and line[-1][0] == " ":
            line.pop()
        if line or not lines:
            lines.append(line)
        return lines

    def _cut(self, word: str, font: str, width: float):
        size = self.style.size
        start = 0
        while start < len(word):
            end = start + 1
            while end < len(word) and stringWidth(word[start:end + 1], font, size) <= width:
                end += 1
            if end < len(word):  # a file name breaks after "/", "-", "_" or "." when it can
                soft = max(word.rfind(c, start, end - 1) for c in _SOFT_BREAKS)
                if soft > start:
                    end = soft + 1
            piece = word[start:end]
            yield piece, stringWidth(piece, font, size)
            start = end

    def wrap(self, aw, ah):
        width = aw - self.style.indent
        if self._lines is None or (self._width != width and self._width != -1.0):
            # Handouts repeat texts (a rule's standard under every finding):
            # lines are cached per (runs, style, width) for the render.
            key = (tuple(self.runs), self.style, width)
            lines = LINES.get(key)
            if lines is None:
                lines = LINES[key] = [_segments(line) for line in self._break(width)]
            self._lines = lines
            self._width = width
        self.width = aw
        self.height = len(self._lines) * self.style.leading
        return aw, self.height

    def split(self, aw, ah):
        self.wrap(aw, ah)
        n = int(ah // self.style.leading)
        if n <= 0 or n >= len(self._lines):
            return []
        head = TextBlock(self.runs, self.style, self._lines[:n], self._first, False)
        tail = TextBlock(self.runs, self.style, self._lines[n:], False, self._last)
        head._width = tail._width = self._width
        return [head, tail]

    # -- drawing ------------------------------------------------------------
    def draw(self):
        c = self.canv
        size = self.style.size
        # Handouts repeat blocks (the LINES cache hands them one lines list):
        # a list's text operators are written once per render (DRAWN).
        drawn = DRAWN.get(id(self._lines))
        if drawn is None or drawn[0] is not self._lines:
            drawn = DRAWN[id(self._lines)] = (self._lines, *self._text(c))
        _, code, marks = drawn
        if marks:
            c.setFillColor(hex_colour(self.style.mark_colour))
            for x, y, w in marks:
                c.rect(x, y, w, size * 1.12, stroke=0, fill=1)
        c.addLiteral(code)  # what c.drawText(text object) writes

    def _text(self, c):
        """The lines' text object (BT .. ET) as PDF operators, and the
        ``(x, y, width)`` of each marked segment's background."""
        st = self.style
        size, lead = st.size, st.leading
        base = hex_colour(st.colour)
        marks = []
        tx = c.beginText()
        font = colour = None
        for i, line in enumerate(self._lines):
            y = len(self._lines) * lead - (i + 1) * lead + (lead - size) / 2 + 0.22 * size
            x = st.indent
            tx.setTextOrigin(x, y)
            for seg_text, seg_w, look in line:
                if look.mark:
                    marks.append((x, y - 0.25 * size, seg_w))
                if look.font != font:
                    font = look.font
                    tx.setFont(font, size)
                col = hex_colour(look.colour) if look.colour else base
                if col is not colour:
                    colour = col
                    tx.setFillColor(col)
                tx.textOut(seg_text)
                x += seg_w
        return str(tx.getCode()), tuple(marks)


DRAWN: dict = {}  # id(lines) -> (lines, PDF text operators, marks) in the document being built


_COLOURS: dict = {}


def hex_colour(hexval: str):
    """A reportlab Color for '#rrggbb', cached (parsing colours per string
    drawn is costly)."""
    col = _COLOURS.get(hexval)
    if col is None:
        from reportlab.lib import colors

        col = _COLOURS[hexval] = colors.HexColor(hexval)
    return col


def _measured(text: str, font: str, size: float) -> Tuple[Tuple[str, float], ...]:
    """The words and spaces of ``text`` with their widths (a space is " ");
    kept per run for the render (RUNS): handouts repeat labels and
    standards in otherwise different blocks."""
    key = (text, font, size)
    pairs = RUNS.get(key)
    if pairs is None:
        widths = WIDTHS.get((font, size))
        if widths is None:
            widths = WIDTHS[(font, size)] = {}
        if "  " not in text and text.isprintable():  # words between single spaces (handout text is tidied)
            tokens = []
            for i, word in enumerate(text.split(" ")):
                if i:
                    tokens.append(" ")
                if word:
                    tokens.append(word)
        else:
            tokens = [" " if t[0].isspace() else t for t in _TOKENS.findall(text)]
        out = []
        for t in tokens:
            w = widths.get(t)
            if w is None:
                w = widths[t] = stringWidth(t, font, size)
            out.append((t, w))
        pairs = RUNS[key] = tuple(out)
    return pairs


def _segments(line):
    """Consecutive tokens of one look joined; a marked segment's trailing
    space is handed to the next segment so the highlight hugs the words."""
    out = []
    text: List[str] = []
    width = 0.0
    look = None
    for t, w, lk in line:
        if lk is not look and look is not None and lk != look:
            out.append(("".join(text), width, look))
            text, width = [], 0.0
        look = lk
        text.append(t)
        width += w
    if text:
        out.append(("".join(text), width, look))
    return out
