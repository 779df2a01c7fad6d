"""The handout's charts for Word: a reportlab Drawing (what the PDF draws)
painted as a PNG with Pillow, which reportlab already requires.

Only the shapes the charts use are painted (String, Rect, Line, Polygon);
coordinates are the Drawing's points (origin bottom left), scaled up for a
sharp picture.  The same Drawing gives the same bytes.
"""

from __future__ import annotations

import io
import os

SCALE = 3  # pixels per point


def png(drawing, font_dir: str, font: str) -> bytes:
    """``drawing`` as PNG bytes; ``font`` (and ``font + "-Bold"``) are the
    Drawing's font names, painted with DejaVuSans from ``font_dir``."""
    return encode(paint(drawing, font_dir, font))


def paint(drawing, font_dir: str, font: str):
    """``drawing`` painted on a Pillow image (what ``png`` encodes)."""
    from PIL import Image, ImageDraw

    width, height = int(drawing.width * SCALE), int(drawing.height * SCALE)
    img = Image.new("RGB", (max(width, 1), max(height, 1)), "white")
    draw = ImageDraw.Draw(img)
    fonts = {font: os.path.join(font_dir, "DejaVuSans.ttf"), font + "-Bold": os.path.join(font_dir, "DejaVuSans-Bold.ttf")}
    for shape in drawing.contents:
        _paint(draw, shape, height, fonts)
    return img


def encode(img) -> bytes:
    """The PNG bytes of a painted image.  Pillow lets other threads run
    while it compresses, so the Word renderer encodes its charts on a
    thread pool (docx._Charts) while it writes the rest."""
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


_FACES: dict = {}  # (font file, pixel size) -> Pillow font; loading a face per label is costly


def _face(path: str, size: int):
    face = _FACES.get((path, size))
    if face is None:
        from PIL import ImageFont

        face = _FACES[(path, size)] = ImageFont.truetype(path, size)
    return face


def _rgb(colour):
    if colour is None:
        return None
    return tuple(int(round(255 * c)) for c in (colour.red, colour.green, colour.blue))


def _paint(paint, shape, height: int, fonts) -> None:
    from reportlab.graphics.shapes import Line, Polygon, Rect, String

    y = lambda v: height - v * SCALE  # noqa: E731  (points from the bottom -> pixels from the top)
    if isinstance(shape, String):
        face = _face(fonts.get(shape.fontName, fonts[min(fonts)]), max(1, int(shape.fontSize * SCALE)))
        anchor = {"end": "rs", "middle": "ms"}.get(shape.textAnchor, "ls")
        paint.text((shape.x * SCALE, y(shape.y)), shape.text, font=face, fill=_rgb(shape.fillColor) or (0, 0, 0),
                   anchor=anchor)
    elif isinstance(shape, Rect):
        box = (shape.x * SCALE, y(shape.y + shape.height), (shape.x + shape.width) * SCALE, y(shape.y))
        paint.rectangle(box, fill=_rgb(shape.fillColor), outline=_rgb(shape.strokeColor))
    elif isinstance(shape, Line):
        paint.line((shape.x1 * SCALE, y(shape.y1), shape.x2 * SCALE, y(shape.y2)),
                   fill=_rgb(shape.strokeColor) or (0, 0, 0), width=max(1, int(shape.strokeWidth * SCALE)))
    elif isinstance(shape, Polygon):
        pts = shape.points
        paint.polygon([(pts[k] * SCALE, y(pts[k + 1])) for k in range(0, len(pts) - 1, 2)],
                      fill=_rgb(shape.fillColor))
