"""Fonts the documents are set in, and text measurement in points.

Measurement matches the backend that draws: reportlab metrics for TrueType
families (which the PDF backend embeds), FreeType via PIL for OCR-B (a CFF font
that only the raster backend uses). Caches are per process.
"""

import functools
import glob
import subprocess

from PIL import ImageFont

_DEJAVU = "/usr/share/fonts/truetype/dejavu/"
_LIBERATION = "/usr/share/fonts/truetype/liberation/"

# family -> (regular file, bold file)
FAMILIES = {
    "DejaVu Sans": (_DEJAVU + "DejaVuSans.ttf", _DEJAVU + "DejaVuSans-Bold.ttf"),
    "DejaVu Sans Condensed": (_DEJAVU + "DejaVuSansCondensed.ttf", _DEJAVU + "DejaVuSansCondensed-Bold.ttf"),
    "DejaVu Serif": (_DEJAVU + "DejaVuSerif.ttf", _DEJAVU + "DejaVuSerif-Bold.ttf"),
    "DejaVu Sans Mono": (_DEJAVU + "DejaVuSansMono.ttf", _DEJAVU + "DejaVuSansMono-Bold.ttf"),
    "Liberation Sans": (_LIBERATION + "LiberationSans-Regular.ttf", _LIBERATION + "LiberationSans-Bold.ttf"),
    "Liberation Sans Narrow": (_LIBERATION + "LiberationSansNarrow-Regular.ttf",
                               _LIBERATION + "LiberationSansNarrow-Bold.ttf"),
    "Liberation Serif": (_LIBERATION + "LiberationSerif-Regular.ttf", _LIBERATION + "LiberationSerif-Bold.ttf"),
    "Liberation Mono": (_LIBERATION + "LiberationMono-Regular.ttf", _LIBERATION + "LiberationMono-Bold.ttf"),
}

# Families for page documents (statements, pay stubs, bills, W-2).
BODY_FAMILIES = ["DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "Liberation Sans",
                 "Liberation Serif", "Liberation Mono", "DejaVu Sans Condensed", "Liberation Sans Narrow"]
# Families for identity cards (sans faces, as on real cards).
CARD_FAMILIES = ["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Sans Narrow"]

OCRB = "OCR-B"


@functools.cache
def ocrb_path() -> str:
    """The OCR-B font file of Debian's fonts-ocr-b."""
    found = sorted(glob.glob("/usr/share/fonts/**/OCRB.otf", recursive=True))
    if found:
        return found[0]
    out = subprocess.run(["fc-match", "-f", "%{file}", "OCR B"], capture_output=True, text=True, check=True)
    return out.stdout


def font_path(family: str, bold: bool = False) -> str:
    if family == OCRB:
        return ocrb_path()
    return FAMILIES[family][1 if bold else 0]


def pdf_font_name(family: str, bold: bool = False) -> str:
    """The name under which reportlab knows (family, bold); registers it on first use."""
    return _register(family, bold)


@functools.cache
def _register(family: str, bold: bool) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = family.replace(" ", "") + ("-Bold" if bold else "")
    pdfmetrics.registerFont(TTFont(name, font_path(family, bold)))
    return name


@functools.cache
def pil_font(family: str, bold: bool, size_px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(family, bold), size_px)


def text_width(text: str, family: str, size: float, bold: bool = False) -> float:
    """Advance width of `text` in points at `size` points."""
    if family == OCRB:
        return pil_font(OCRB, False, 1000).getlength(text) * size / 1000.0
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(text, pdf_font_name(family, bold), size)


def fit_size(text: str, family: str, size: float, max_width: float, bold: bool = False) -> float:
    """The largest size <= `size` at which `text` fits in `max_width` points."""
    width = text_width(text, family, size, bold)
    return size if width <= max_width else size * max_width / width
