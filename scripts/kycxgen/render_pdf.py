"""Born-digital PDF backend: draws layout Pages with reportlab (embedded TrueType
fonts, a real text layer) and reports mark boxes in points. `invariant=1` keeps
the bytes free of dates and random IDs."""

import io

from reportlab import rl_config
from reportlab.pdfgen import canvas

from . import fonts
from .layout import Area, Bitmap, Ellipse, Line, Page, Polygon, Polyline, Rect, Text

rl_config.useA85 = 0


def render_pdf(pages: list[Page]) -> tuple[bytes, list[list]]:
    """Returns (pdf bytes, per page [(key, (x0, y0, x1, y1) in points, via)])."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pages[0].width, pages[0].height), invariant=1, pageCompression=1)
    all_marks = []
    for page in pages:
        c.setPageSize((page.width, page.height))
        all_marks.append(_draw_page(c, page))
        c.showPage()
    c.save()
    return buf.getvalue(), all_marks


def _rgb(color):
    return tuple(v / 255.0 for v in color)


def _draw_page(c: canvas.Canvas, page: Page) -> list:
    H = page.height
    marks = []
    if page.background != (255, 255, 255):
        c.setFillColorRGB(*_rgb(page.background))
        c.rect(0, 0, page.width, H, stroke=0, fill=1)
    for op in page.ops:
        if isinstance(op, Text):
            marks.extend(_text(c, op, H))
        elif isinstance(op, Line):
            c.setStrokeColorRGB(*_rgb(op.color))
            c.setLineWidth(op.width)
            c.line(op.x0, H - op.y0, op.x1, H - op.y1)
        elif isinstance(op, Rect):
            _style(c, op.stroke, op.fill, op.width)
            if op.radius:
                c.roundRect(op.x, H - op.y - op.h, op.w, op.h, op.radius, stroke=int(bool(op.stroke)),
                            fill=int(bool(op.fill)))
            else:
                c.rect(op.x, H - op.y - op.h, op.w, op.h, stroke=int(bool(op.stroke)), fill=int(bool(op.fill)))
        elif isinstance(op, Ellipse):
            _style(c, op.stroke, op.fill, op.width)
            c.ellipse(op.x, H - op.y - op.h, op.x + op.w, H - op.y, stroke=int(bool(op.stroke)),
                      fill=int(bool(op.fill)))
        elif isinstance(op, Polygon):
            _style(c, op.stroke, op.fill, op.width)
            path = c.beginPath()
            path.moveTo(op.points[0][0], H - op.points[0][1])
            for x, y in op.points[1:]:
                path.lineTo(x, H - y)
            path.close()
            c.drawPath(path, stroke=int(bool(op.stroke)), fill=int(bool(op.fill)))
        elif isinstance(op, Polyline):
            _style(c, op.color, None, op.width)
            path = c.beginPath()
            path.moveTo(op.points[0][0], H - op.points[0][1])
            for x, y in op.points[1:]:
                path.lineTo(x, H - y)
            c.drawPath(path, stroke=1, fill=0)
        elif isinstance(op, Bitmap):
            _bitmap(c, op, H)
        elif isinstance(op, Area):
            marks.append((op.key, (op.x, op.y, op.x + op.w, op.y + op.h), op.via))
    return marks


def _style(c, stroke, fill, width):
    if stroke:
        c.setStrokeColorRGB(*_rgb(stroke))
        c.setLineWidth(width)
    if fill:
        c.setFillColorRGB(*_rgb(fill))


def _text(c, op: Text, H: float) -> list:
    name = fonts.pdf_font_name(op.family, op.bold)
    width = fonts.text_width(op.text, op.family, op.size, op.bold)
    x = op.x - (width if op.align == "right" else width / 2 if op.align == "center" else 0)
    c.setFillColorRGB(*_rgb(op.color))
    c.setFont(name, op.size)
    c.drawString(x, H - op.y, op.text)
    out = []
    for key, (start, end) in op.marks.items():
        span = op.text[start:end]
        if not span.strip():
            continue
        lead = len(span) - len(span.lstrip())
        x0 = x + fonts.text_width(op.text[:start + lead], op.family, op.size, op.bold)
        x1 = x0 + fonts.text_width(span.strip(), op.family, op.size, op.bold)
        out.append((key, (x0, op.y - 0.74 * op.size, x1, op.y + 0.22 * op.size), "text"))
    return out


def _bitmap(c, op: Bitmap, H: float) -> None:
    rows, cols = op.matrix.shape
    mw, mh = op.w / cols, op.h / rows
    c.setFillColorRGB(*_rgb(op.color))
    for r in range(rows):
        row = op.matrix[r]
        col = 0
        while col < cols:
            if row[col]:
                start = col
                while col < cols and row[col]:
                    col += 1
                c.rect(op.x + start * mw, H - op.y - (r + 1) * mh, (col - start) * mw, mh, stroke=0, fill=1)
            else:
                col += 1
