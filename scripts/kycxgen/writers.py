"""File writers for the output formats. Every writer is byte-deterministic: no
dates, no random IDs, fixed encoder settings."""

import io
import struct
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
    """A multi-page TIFF written by hand (libtiff via PIL leaves an uninitialised
    padding byte, so its output is not reproducible). Bitonal pages are CCITT
    group 4 (strips encoded by PIL, then copied), others Adobe deflate."""
    pages = [_g4_page(s) if s.bitonal else _deflate_page(s) for s in sheets]
    out = bytearray(b"II*\x00\x00\x00\x00\x00")
    prev_link = 4
    for tags, strips in pages:
        offsets = []
        for strip in strips:
            offsets.append(len(out))
            out += strip
            if len(out) % 2:
                out += b"\x00"
        tags = dict(tags)
        tags[273] = (4, offsets)
        tags[279] = (4, [len(s) for s in strips])
        extra = bytearray()
        entries = []
        ifd_at = len(out)
        extra_at = ifd_at + 2 + 12 * len(tags) + 4
        for tag in sorted(tags):
            kind, values = tags[tag]
            data = b"".join(struct.pack("<" + {3: "H", 4: "I", 5: "II"}[kind], *(v if kind == 5 else (v,)))
                            for v in values)
            if len(data) <= 4:
                entries.append(struct.pack("<HHI", tag, kind, len(values)) + data.ljust(4, b"\x00"))
            else:
                entries.append(struct.pack("<HHII", tag, kind, len(values), extra_at + len(extra)))
                extra += data
                if len(extra) % 2:
                    extra += b"\x00"
        struct.pack_into("<I", out, prev_link, ifd_at)
        out += struct.pack("<H", len(entries)) + b"".join(entries)
        prev_link = len(out)
        out += b"\x00\x00\x00\x00" + extra
    return bytes(out)


def _base_tags(sheet: Sheet) -> dict:
    h, w = sheet.pixels.shape[:2]
    dpi = int(round(sheet.dpi))
    return {256: (4, [w]), 257: (4, [h]), 282: (5, [(dpi, 1)]), 283: (5, [(dpi, 1)]), 296: (3, [2])}


def _deflate_page(sheet: Sheet) -> tuple[dict, list]:
    px = sheet.pixels
    channels = 1 if px.ndim == 2 else 3
    rows = 64
    strips = [zlib.compress(px[r:r + rows].tobytes(), 6) for r in range(0, px.shape[0], rows)]
    tags = _base_tags(sheet)
    tags.update({258: (3, [8] * channels), 259: (3, [8]), 262: (3, [1 if channels == 1 else 2]),
                 277: (3, [channels]), 278: (4, [rows]), 284: (3, [1])})
    return tags, strips


def _g4_page(sheet: Sheet) -> tuple[dict, list]:
    buf = io.BytesIO()
    _pil(sheet).save(buf, "TIFF", compression="group4")
    data = buf.getvalue()
    src = Image.open(io.BytesIO(data))
    strips = [data[o:o + n] for o, n in zip(src.tag_v2[273], src.tag_v2[279])]
    tags = _base_tags(sheet)
    tags.update({258: (3, [1]), 259: (3, [4]), 262: (3, [int(src.tag_v2.get(262, 0))]), 277: (3, [1]),
                 278: (4, [int(src.tag_v2.get(278, sheet.pixels.shape[0]))]), 284: (3, [1])})
    return tags, strips


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
    return pdf_file(objects, page_ids)


def pdf_file(objects: list[bytes], page_ids: list[int]) -> bytes:
    """A whole PDF from its numbered objects (1: catalog, 2: the page tree,
    filled in here from `page_ids`), with its cross-reference table."""
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
