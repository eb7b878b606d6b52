"""File writers for the output formats. Every writer is byte-deterministic: no
dates, no random IDs, fixed encoder settings."""

import io
import zlib

import numpy as np
from PIL import Image

from .degrade import Sheet

MEDIA_TYPES = {"pdf": "application/pdf", "scanned_pdf": "application/pdf", "png": "image/png",
               "jpeg": "image/jpeg", "photo": "image/jpeg", "tiff": "image/tiff"}
EXTENSIONS = {"pdf": "pdf", "scanned_pdf": "pdf", "png": "png", "jpeg": "jpg", "photo": "jpg", "tiff": "tif"}


def _pil(sheet: Sheet) -> Image.Image:
    img = Image.fromarray(sheet.pixels)
    return img.convert("1") if sheet.bitonal else img


def _dpi(sheet: Sheet) -> tuple[int, int]:
    d = int(round(sheet.dpi))
    return d, d


def png_bytes(sheet: Sheet) -> bytes:
    buf = io.BytesIO()
    _pil(sheet).save(buf, "PNG", dpi=_dpi(sheet), compress_level=9)
    return buf.getvalue()


def jpeg_bytes(sheet: Sheet, quality: int) -> bytes:
    buf = io.BytesIO()
    img = Image.fromarray(sheet.pixels)
    img.save(buf, "JPEG", quality=quality, subsampling=2, optimize=False, progressive=False, dpi=_dpi(sheet))
    return buf.getvalue()


def tiff_bytes(sheets: list[Sheet], compression: str) -> bytes:
    """A multi-page TIFF; `compression` is ignored for bitonal pages (always group4)."""
    images = [_pil(s) for s in sheets]
    comp = "group4" if sheets[0].bitonal else compression
    buf = io.BytesIO()
    images[0].save(buf, "TIFF", save_all=True, append_images=images[1:], compression=comp,
                   dpi=_dpi(sheets[0]))
    return buf.getvalue()


def scanned_pdf_bytes(sheets: list[Sheet], quality: int) -> bytes:
    """A PDF whose pages are images only (no text layer): DCT (JPEG) for grey and
    colour scans, Flate 1-bit for bitonal ones. Page size follows each sheet's DPI."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    page_ids = []
    pages_id_placeholder = 2
    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")  # page tree, filled in below
    for sheet in sheets:
        h, w = sheet.pixels.shape[:2]
        if sheet.bitonal:
            packed = np.packbits(sheet.pixels >= 128, axis=1).tobytes()
            data = zlib.compress(packed, 9)
            head = (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                    f"/BitsPerComponent 1 /Filter /FlateDecode /Length {len(data)} >>")
        else:
            data = jpeg_bytes(sheet, quality)
            space = "/DeviceRGB" if sheet.pixels.ndim == 3 else "/DeviceGray"
            head = (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {space} "
                    f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>")
        image_id = add(head.encode() + b"\nstream\n" + data + b"\nendstream")
        pw, ph = w * 72.0 / sheet.dpi, h * 72.0 / sheet.dpi
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        content_id = add(f"<< /Length {len(content)} >>".encode() + b"\nstream\n" + content + b"\nendstream")
        page_ids.append(add(
            (f"<< /Type /Page /Parent {pages_id_placeholder} 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
             f"/Resources << /XObject << /Im0 {image_id} 0 R >> >> /Contents {content_id} 0 R >>").encode()))
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()
