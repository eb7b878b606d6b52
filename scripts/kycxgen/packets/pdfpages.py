"""Pages of a packet: image files turned into PDF pages, PDFs merged into one,
and page counts. Byte-deterministic: no dates, and qpdf derives the file ID
from the content (--deterministic-id)."""

import io
import subprocess
import zlib
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageSequence

from ..writers import pdf_file


@dataclass(frozen=True)
class ImagePage:
    """One image XObject filling one PDF page."""
    width: int       # pixels
    height: int      # pixels
    dpi: float       # pixels per inch: the page is width * 72 / dpi points wide
    space: str       # "DeviceGray" or "DeviceRGB"
    bits: int        # bits per component: 1 or 8
    filter: str      # "DCTDecode" (the JPEG file's own bytes) or "FlateDecode"
    data: bytes


def image_pages(data: bytes, dpi: float) -> list[ImagePage]:
    """The pages of a PNG, JPEG or (multi-page) TIFF file at `dpi`. JPEG data is
    embedded as it is (no second compression); other images losslessly."""
    img = Image.open(io.BytesIO(data))
    if img.format == "JPEG":
        space = "DeviceGray" if img.mode == "L" else "DeviceRGB"
        return [ImagePage(img.width, img.height, dpi, space, 8, "DCTDecode", data)]
    return [_flate_page(frame.copy(), dpi) for frame in ImageSequence.Iterator(img)]


def _flate_page(img: Image.Image, dpi: float) -> ImagePage:
    if img.mode == "1":
        white = np.asarray(img, dtype=bool)   # PDF DeviceGray 1-bit: 1 is white
        return ImagePage(img.width, img.height, dpi, "DeviceGray", 1, "FlateDecode",
                         zlib.compress(np.packbits(white, axis=1).tobytes(), 9))
    if img.mode not in ("L", "RGB"):
        img = img.convert("RGB")
    space = "DeviceGray" if img.mode == "L" else "DeviceRGB"
    return ImagePage(img.width, img.height, dpi, space, 8, "FlateDecode", zlib.compress(img.tobytes(), 6))


def image_pdf(pages: list[ImagePage]) -> bytes:
    """A PDF with one page per image, each page the image's size at its DPI."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    page_ids = []
    for p in pages:
        head = (f"<< /Type /XObject /Subtype /Image /Width {p.width} /Height {p.height} /ColorSpace /{p.space} "
                f"/BitsPerComponent {p.bits} /Filter /{p.filter} /Length {len(p.data)} >>")
        objects.append(head.encode() + b"\nstream\n" + p.data + b"\nendstream")
        image_id = len(objects)
        pw, ph = p.width * 72.0 / p.dpi, p.height * 72.0 / p.dpi
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        objects.append(f"<< /Length {len(content)} >>".encode() + b"\nstream\n" + content + b"\nendstream")
        content_id = len(objects)
        objects.append((f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                        f"/Resources << /XObject << /Im0 {image_id} 0 R >> >> /Contents {content_id} 0 R >>"
                        ).encode())
        page_ids.append(len(objects))
    return pdf_file(objects, page_ids)


def merge(parts: list[str], out: str) -> None:
    """Writes the pages of the PDF files `parts`, in order, to `out` (qpdf)."""
    subprocess.run(["qpdf", "--deterministic-id", "--empty", "--pages", *parts, "--", out],
                   check=True, capture_output=True)


def page_count(path: str) -> int:
    """The number of pages of a PDF file (qpdf)."""
    out = subprocess.run(["qpdf", "--show-npages", path], check=True, capture_output=True, text=True)
    return int(out.stdout.strip())
