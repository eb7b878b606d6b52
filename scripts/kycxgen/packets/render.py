"""Out-of-scope documents to PDF pages in any output format: born-digital
(reportlab, with a text layer), or rendered, degraded like a scan or a phone
photo, encoded as the format's file and turned into image pages, the same
path the supported documents' image files take."""

import random

import numpy as np

from .. import degrade, writers
from ..degrade import Sheet
from ..layout import Document
from ..render_pdf import render_pdf
from ..render_raster import render_page
from .pdfpages import image_pages, image_pdf

LETTER_INCHES = (8.5, 11.0)


def render_other(doc: Document, fmt: str, rng: random.Random, nrng: np.random.Generator) -> tuple[bytes, dict]:
    """(PDF bytes, meta: dpi, page count, degradations) of `doc` printed as `fmt`.
    REQUIRES: a one-page document for png, jpeg and photo."""
    if fmt == "pdf":
        return render_pdf(doc.pages)[0], {"dpi": None, "page_count": len(doc.pages), "degradations": []}
    dpi = rng.choice([200, 240, 300, 300])
    sheets = [Sheet(np.asarray(render_page(p, dpi)[0]), [], dpi) for p in doc.pages]
    if fmt == "photo":
        sheets = [_photo(sheets[0], rng, nrng)]
    else:
        sheets = [_scan(s, fmt, rng, nrng) for s in sheets]
    meta = {"dpi": round(sheets[0].dpi, 1), "page_count": len(sheets),
            "degradations": sorted({step["name"] for s in sheets for step in s.applied})}
    if fmt == "scanned_pdf":
        return writers.scanned_pdf_bytes(sheets, rng.randint(50, 80)), meta
    return image_pdf([p for data in _image_files(sheets, fmt, rng) for p in image_pages(data, sheets[0].dpi)]), meta


def _image_files(sheets: list[Sheet], fmt: str, rng: random.Random) -> list[bytes]:
    if fmt == "png":
        return [writers.png_bytes(sheets[0])]
    if fmt in ("jpeg", "photo"):
        return [writers.jpeg_bytes(sheets[0], rng.randint(62, 88))]
    return [writers.tiff_bytes(sheets, "group4" if sheets[0].bitonal else "adobe_deflate")]


def _scan(sheet: Sheet, fmt: str, rng: random.Random, nrng: np.random.Generator) -> Sheet:
    """A flatbed scan; a slip narrower than a page (a receipt) often lies on a
    letter-sized bed."""
    if sheet.size[0] < 5 * sheet.dpi and rng.random() < 0.5:
        sheet = _on_bed(sheet, rng)
    bitonal = fmt == "tiff" or (fmt in ("png", "scanned_pdf") and rng.random() < 0.4)
    grey = not bitonal and rng.random() < 0.85
    if fmt == "png" and rng.random() < 0.3:
        if grey:
            degrade.to_grey(sheet)
        return sheet
    degrade.scan(sheet, nrng, grey=grey, bitonal=bitonal, allow_turn=True,
                 jpeg_later=fmt in ("jpeg", "scanned_pdf"), noise_ok=bitonal or fmt in ("jpeg", "scanned_pdf"))
    return sheet


def _on_bed(slip: Sheet, rng: random.Random) -> Sheet:
    w, h = (int(v * slip.dpi) for v in LETTER_INCHES)
    sw, sh = slip.size
    h = max(h, sh + int(0.4 * slip.dpi))
    bed = np.full((h, w, 3), rng.randint(240, 255), np.uint8)
    x, y = rng.randint(int(0.3 * slip.dpi), w - sw - int(0.3 * slip.dpi)), int(slip.dpi * rng.uniform(0.2, 0.4))
    bed[y:y + sh, x:x + sw] = slip.pixels
    return Sheet(bed, [], slip.dpi)


def _photo(sheet: Sheet, rng: random.Random, nrng: np.random.Generator) -> Sheet:
    """A phone photo of the page on a table, the whole page in frame (a tall
    receipt fills less of the frame's width)."""
    sw, sh = sheet.size
    frame = rng.choice([1800, 2000, 2400])
    across = 4 / 3 if sh > sw * 1.1 else 3 / 4   # frame height / width
    widest = min(0.82, 0.86 * across * sw / sh)
    return degrade.phone_photo(sheet, nrng, frame_width=frame, fill=(widest * 0.82, widest),
                               max_angle=6.0, jitter=0.05)
