"""Raster backend: draws a layout Page into a PIL RGB image at a given DPI and
reports the pixel boxes of its marks. Deterministic for a given FreeType build."""

import numpy as np
from PIL import Image, ImageDraw

from . import fonts
from .layout import Area, Bitmap, Ellipse, Line, Page, Polygon, Polyline, Rect, Text


def render_page(page: Page, dpi: float) -> tuple[Image.Image, list]:
    """Returns (image, marks) where marks are (key, (x0, y0, x1, y1) in pixels, via)."""
    s = dpi / 72.0
    size = (max(1, round(page.width * s)), max(1, round(page.height * s)))
    img = Image.new("RGB", size, page.background)
    draw = ImageDraw.Draw(img)
    marks = []
    for op in page.ops:
        if isinstance(op, Text):
            marks.extend(_text(draw, op, s))
        elif isinstance(op, Line):
            draw.line([(op.x0 * s, op.y0 * s), (op.x1 * s, op.y1 * s)], fill=op.color, width=_w(op.width, s))
        elif isinstance(op, Rect):
            box = [op.x * s, op.y * s, (op.x + op.w) * s, (op.y + op.h) * s]
            width = _w(op.width, s) if op.stroke else 0
            if op.radius:
                draw.rounded_rectangle(box, radius=op.radius * s, fill=op.fill, outline=op.stroke, width=width)
            else:
                draw.rectangle(box, fill=op.fill, outline=op.stroke, width=width)
        elif isinstance(op, Ellipse):
            draw.ellipse([op.x * s, op.y * s, (op.x + op.w) * s, (op.y + op.h) * s], fill=op.fill,
                         outline=op.stroke, width=_w(op.width, s) if op.stroke else 0)
        elif isinstance(op, Polygon):
            draw.polygon([(x * s, y * s) for x, y in op.points], fill=op.fill, outline=op.stroke)
        elif isinstance(op, Polyline):
            draw.line([(x * s, y * s) for x, y in op.points], fill=op.color, width=_w(op.width, s), joint="curve")
        elif isinstance(op, Bitmap):
            _bitmap(img, op, s)
        elif isinstance(op, Area):
            marks.append((op.key, (op.x * s, op.y * s, (op.x + op.w) * s, (op.y + op.h) * s), op.via))
    return img, marks


def _w(width: float, s: float) -> int:
    return max(1, round(width * s))


def _text(draw: ImageDraw.ImageDraw, op: Text, s: float) -> list:
    font = fonts.pil_font(op.family, op.bold, max(1, round(op.size * s)))
    x, y = op.x * s, op.y * s
    if op.align != "left":
        width = font.getlength(op.text)
        x -= width if op.align == "right" else width / 2
    draw.text((x, y), op.text, font=font, fill=op.color, anchor="ls")
    out = []
    for key, (start, end) in op.marks.items():
        span = op.text[start:end]
        if not span.strip():
            continue
        lead = len(span) - len(span.lstrip())
        span = span.strip()
        pre = font.getlength(op.text[:start + lead])
        bb = font.getbbox(span, anchor="ls")
        out.append((key, (x + pre + bb[0], y + bb[1], x + pre + bb[2], y + bb[3]), "text"))
    return out


def _bitmap(img: Image.Image, op: Bitmap, s: float) -> None:
    w, h = max(1, round(op.w * s)), max(1, round(op.h * s))
    modules = Image.fromarray(np.where(op.matrix, 255, 0).astype(np.uint8), "L")
    mask = modules.resize((w, h), Image.NEAREST)
    img.paste(op.color, (round(op.x * s), round(op.y * s), round(op.x * s) + w, round(op.y * s) + h), mask)
