"""A backend-neutral page model: documents are laid out once, in points with the
origin at the top-left, then drawn by the PDF or the raster backend.

Text carries `marks`: a key and a character span whose bounding box the backends
report. A plain key ("surname") names a scalar truth field; a key with an index
("transactions[3]", "mrz_lines[0]") names an item of an array field, whose box is
the union of every mark with that key on one page.
"""

from dataclasses import dataclass, field

import numpy as np

from . import fonts

BLACK = (0, 0, 0)
WHITE = (255, 255, 255)
MM = 72.0 / 25.4  # points per millimetre

LETTER = (612.0, 792.0)
A4 = (595.28, 841.89)


@dataclass
class Text:
    x: float
    y: float            # baseline
    text: str
    family: str
    size: float         # points
    bold: bool = False
    color: tuple = BLACK
    align: str = "left"  # left | right | center: which point of the text x is
    marks: dict = field(default_factory=dict)  # key -> (start, end) span of `text`


@dataclass
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5
    color: tuple = BLACK


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    stroke: tuple | None = BLACK
    fill: tuple | None = None
    width: float = 0.5
    radius: float = 0.0


@dataclass
class Ellipse:
    x: float
    y: float
    w: float
    h: float
    fill: tuple | None = None
    stroke: tuple | None = None
    width: float = 0.5


@dataclass
class Polygon:
    points: list
    fill: tuple | None = None
    stroke: tuple | None = None
    width: float = 0.5


@dataclass
class Polyline:
    points: list
    color: tuple = BLACK
    width: float = 0.5


@dataclass
class Bitmap:
    """A module matrix (True = dark), e.g. a barcode, scaled to fill the rectangle."""
    x: float
    y: float
    w: float
    h: float
    matrix: np.ndarray
    color: tuple = BLACK


@dataclass
class Area:
    """A box registered for `key` without text, e.g. a barcode that carries a field."""
    key: str
    x: float
    y: float
    w: float
    h: float
    via: str = "barcode"


class Page:
    """One page (or card side) of a document, `width` x `height` points."""

    def __init__(self, width: float, height: float, background: tuple = WHITE):
        self.width = width
        self.height = height
        self.background = background
        self.ops: list = []

    def text(self, x, y, text, family, size, *, bold=False, color=BLACK, align="left",
             field=None, marks=None) -> float:
        """Draws `text` with its baseline at y; `field` marks the whole text.
        Returns the advance width in points."""
        marks = dict(marks or {})
        if field:
            marks[field] = (0, len(text))
        self.ops.append(Text(x, y, text, family, size, bold, color, align, marks))
        return fonts.text_width(text, family, size, bold)

    def line(self, x0, y0, x1, y1, width=0.5, color=BLACK):
        self.ops.append(Line(x0, y0, x1, y1, width, color))

    def hline(self, x0, x1, y, width=0.5, color=BLACK):
        self.line(x0, y, x1, y, width, color)

    def rect(self, x, y, w, h, *, stroke=BLACK, fill=None, width=0.5, radius=0.0):
        self.ops.append(Rect(x, y, w, h, stroke, fill, width, radius))

    def ellipse(self, x, y, w, h, *, fill=None, stroke=None, width=0.5):
        self.ops.append(Ellipse(x, y, w, h, fill, stroke, width))

    def polygon(self, points, *, fill=None, stroke=None, width=0.5):
        self.ops.append(Polygon(list(points), fill, stroke, width))

    def polyline(self, points, *, color=BLACK, width=0.5):
        self.ops.append(Polyline(list(points), color, width))

    def bitmap(self, x, y, w, h, matrix, color=BLACK):
        self.ops.append(Bitmap(x, y, w, h, matrix, color))

    def area(self, key, x, y, w, h, via="barcode"):
        self.ops.append(Area(key, x, y, w, h, via))


@dataclass
class Document:
    """A laid-out document and its truth, before rendering to a file format."""
    doc_type: str
    fields: dict                   # truth fields, contract formats
    pages: list                    # [Page]; card documents: one Page per side
    layout: str                    # layout id, e.g. "bank_statement/us_columns"
    font: str                      # main font family
    kind: str = "page"             # "page" (A4/Letter) or "card" (ID-1/ID-2/ID-3 sides)
    meta: dict = field(default_factory=dict)  # extra meta for the truth file
    # Card documents: how sides may be combined ("pair" for front+back).
    sides: str = "single"


def is_array_key(key: str) -> bool:
    return "[" in key
