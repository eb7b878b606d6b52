"""From a laid-out Document to files on disk: rendering, composition of card
sides, degradation, encoding, and the truth file with its meta and boxes.

`produce` is the only function with side effects (it writes NAME.EXT and
NAME.truth.json); everything it draws on is derived from the random streams it
is given.
"""

import json
import os
import random
import re

import numpy as np

from . import VERSION, degrade, writers
from .degrade import Sheet, box_corners
from .layout import Document, is_array_key
from .render_pdf import render_pdf
from .render_raster import render_page
from .truth_schema import validate_truth

CARD_DPI = 300


def produce(doc: Document, fmt: str, out_dir: str, name: str, *, seed: int, index: int,
            rng: random.Random, nrng: np.random.Generator, clean: bool, dpi: int | None = None) -> str:
    """Renders `doc` as `fmt` into out_dir/name.EXT plus name.truth.json; returns the
    document path. `dpi` forces the resolution of rasterised pages (page documents;
    default a random 200-300). REQUIRES: fmt is one the document type supports."""
    fields = dict(doc.fields)
    meta = {"generator": "kycxgen", "generator_version": VERSION, "seed": seed, "index": index,
            "layout": doc.layout, "font": doc.font, "format": fmt, "media_type": writers.MEDIA_TYPES[fmt]}
    if fmt == "pdf":
        data, page_marks = render_pdf(doc.pages)
        pages = [{"width": round(p.width, 2), "height": round(p.height, 2), "unit": "pt"} for p in doc.pages]
        boxed = [[(k, _norm(b, p.width, p.height), via) for k, b, via in marks]
                 for p, marks in zip(doc.pages, page_marks)]
        meta.update(dpi=None, degradations=[], page_count=len(doc.pages), pages=pages)
    else:
        sheets, fields = _sheets(doc, fmt, fields, rng, nrng, clean, dpi)
        data, encoding = _encode(sheets, fmt, rng)
        boxed = [degrade.normalised_boxes(s) for s in sheets]
        meta.update(dpi=round(sheets[0].dpi, 1), encoding=encoding,
                    degradations=[dict(step, page=i + 1) for i, s in enumerate(sheets) for step in s.applied],
                    page_count=len(sheets),
                    pages=[{"width": s.size[0], "height": s.size[1], "unit": "px"} for s in sheets])
    meta["boxes"], meta["array_boxes"] = _collect_boxes(boxed, fields)
    meta["printed"] = _printed(doc, fields)
    barcode = next(({"page": p, "bbox": b} for p, marks in enumerate(boxed, start=1)
                    for _, b, via in marks if via == "barcode"), None)
    if barcode:
        meta["barcode_box"] = barcode
    meta.update(doc.meta)
    truth = {"document_type": doc.doc_type, "fields": fields, "meta": meta}
    problems = validate_truth(truth)
    if problems:
        raise ValueError(f"{name}: invalid truth: {problems}")
    path = os.path.join(out_dir, f"{name}.{writers.EXTENSIONS[fmt]}")
    with open(path, "wb") as f:
        f.write(data)
    with open(os.path.join(out_dir, f"{name}.truth.json"), "w", encoding="utf-8") as f:
        f.write(truth_json(truth))
    return path


def truth_json(truth: dict) -> str:
    """Indented JSON with short lists of numbers kept on one line."""
    text = json.dumps(truth, ensure_ascii=False, indent=1)
    text = re.sub(r"\[\s*(-?[\d.]+(?:,\s*-?[\d.]+)*)\s*\]",
                  lambda m: "[" + ", ".join(v.strip() for v in m.group(1).split(",")) + "]", text)
    return text + "\n"


def _printed(doc: Document, fields: dict) -> dict:
    """How the document prints each field: the text of every mark, in page
    order (scalar fields: the first place; array items: every piece of the
    item, e.g. a transaction's date, description, amount and balance)."""
    out = {}
    for page in doc.pages:
        for op in page.ops:
            for key, (start, end) in getattr(op, "marks", {}).items():
                name = key.split("[")[0]
                if name not in fields:
                    continue
                piece = op.text[start:end]
                if is_array_key(key):
                    out.setdefault(key, []).append(piece)
                elif key not in out:
                    out[key] = piece
    return out


def _norm(box, w, h):
    x0, y0, x1, y1 = box
    return [round(min(max(v, 0.0), 1.0), 5) for v in (x0 / w, y0 / h, x1 / w, y1 / h)]


def _collect_boxes(boxed_pages: list, fields: dict) -> tuple[dict, dict]:
    """Scalar fields: the first place printed. Array items: the union of their marks
    on the first page where they appear. Keys without a truth field are dropped."""
    boxes, items = {}, {}
    for page_no, marks in enumerate(boxed_pages, start=1):
        for key, bbox, via in marks:
            if is_array_key(key):
                name, idx = key[:-1].split("[")
                if name not in fields:
                    continue
                slot = items.setdefault(name, {}).setdefault(int(idx), {"page": page_no, "bbox": bbox})
                if slot["page"] == page_no:
                    b = slot["bbox"]
                    slot["bbox"] = [min(b[0], bbox[0]), min(b[1], bbox[1]), max(b[2], bbox[2]), max(b[3], bbox[3])]
            elif key in fields and key not in boxes:
                boxes[key] = {"page": page_no, "bbox": bbox}
                if via != "text":
                    boxes[key]["via"] = via
    arrays = {name: [slots[i] for i in sorted(slots)] for name, slots in items.items()}
    return boxes, arrays


def _to_sheet(page, dpi) -> Sheet:
    img, marks = render_page(page, dpi)
    return Sheet(np.asarray(img), [(k, box_corners(*b), via) for k, b, via in marks], dpi)


def _paste(canvas: Sheet, part: Sheet, x: int, y: int) -> None:
    h, w = part.pixels.shape[:2]
    canvas.pixels[y:y + h, x:x + w] = part.pixels
    canvas.marks += [(k, q + [x, y], via) for k, q, via in part.marks]
    canvas.applied += part.applied


def _blank(w, h, dpi, level) -> Sheet:
    return Sheet(np.full((h, w, 3), level, np.uint8), [], dpi)


def _on_bed(side: Sheet, rng: random.Random) -> Sheet:
    """A card on a flatbed scanner: the card plus a margin of lid white."""
    mx, my = (int(side.dpi * rng.uniform(0.15, 0.6)) for _ in range(2))
    w, h = side.size
    bed = _blank(w + 2 * mx, h + 2 * my, side.dpi, rng.randint(238, 255))
    _paste(bed, side, mx, my)
    return bed


def _on_letter_page(sides: list[Sheet], rng: random.Random) -> Sheet:
    """Cards photocopied onto one A4/Letter page, stacked from the top."""
    dpi = sides[0].dpi
    w, h = int(8.5 * dpi), int(11 * dpi)
    page = _blank(w, h, dpi, rng.randint(243, 255))
    x, y = int(dpi * rng.uniform(0.6, 1.2)), int(dpi * rng.uniform(0.6, 1.0))
    for side in sides:
        _paste(page, side, x, y)
        y += side.size[1] + int(dpi * rng.uniform(0.3, 0.7))
    return page


def _side_by_side(sides: list[Sheet], rng: random.Random, vertical: bool = False) -> Sheet:
    """Sides next to each other (or one above the other) on a light background."""
    dpi = sides[0].dpi
    gap, margin = int(dpi * rng.uniform(0.15, 0.4)), int(dpi * rng.uniform(0.1, 0.3))
    along = [s.size[1] if vertical else s.size[0] for s in sides]
    across = max(s.size[0] if vertical else s.size[1] for s in sides)
    length = sum(along) + gap * (len(sides) - 1) + 2 * margin
    w, h = (across + 2 * margin, length) if vertical else (length, across + 2 * margin)
    sheet = _blank(w, h, dpi, rng.randint(240, 255))
    pos = margin
    for side, extent in zip(sides, along):
        _paste(sheet, side, margin if vertical else pos, pos if vertical else margin)
        pos += extent + gap
    return sheet


def _sheets(doc: Document, fmt: str, fields: dict, rng: random.Random, nrng: np.random.Generator,
            clean: bool, forced_dpi: int | None) -> tuple[list[Sheet], dict]:
    """Rendered, composed and degraded output pages, and the truth fields they show."""
    if doc.kind == "card":
        sides = [_to_sheet(p, CARD_DPI) for p in doc.pages]
        if fmt == "photo":
            back_only = doc.sides == "pair_back_photo"
            if back_only:
                sides = sides[1:]
            composed = sides[0] if len(sides) == 1 else _side_by_side(sides, rng, vertical=True)
            # A barcode is photographed close and square-on; cards in general less carefully.
            aim = dict(fill=(0.8, 0.9), max_angle=3.0, jitter=0.035) if back_only else {}
            return [degrade.phone_photo(composed, nrng, warp=not clean, **aim)], fields
        if fmt in ("tiff", "scanned_pdf") and len(sides) > 1:
            sheets = [_on_bed(s, rng) for s in sides]
        elif len(sides) > 1:
            stacked = doc.sides == "pair" and rng.random() < 0.4
            sheets = [_on_letter_page(sides, rng) if stacked else _side_by_side(sides, rng)]
        else:
            sheets = [_on_bed(sides[0], rng) if rng.random() < 0.75 else _on_letter_page(sides, rng)]
        # A full photocopied page is grey; a card scanned on its own often keeps its colours.
        grey, bitonal = sheets[0].size[0] > 8 * sheets[0].dpi or rng.random() < 0.3, False
    else:
        dpi = rng.choice([300, 300, 300, 200, 240])
        dpi = forced_dpi or dpi
        sheets = [_to_sheet(p, dpi) for p in doc.pages]
        # Archive TIFFs of paper are bitonal group 4, as document scanners write them.
        bitonal = fmt == "tiff" or (fmt in ("png", "scanned_pdf") and rng.random() < 0.4)
        grey = not bitonal and rng.random() < 0.85
    if clean or (fmt == "png" and doc.kind == "page" and rng.random() < 0.3):
        if doc.kind == "page" and grey:
            for s in sheets:
                degrade.to_grey(s)
        return sheets, fields
    noise_ok = bitonal or fmt in ("jpeg", "scanned_pdf")
    for s in sheets:
        degrade.scan(s, nrng, grey=grey, bitonal=bitonal, allow_turn=True, jpeg_later=fmt in ("jpeg", "scanned_pdf"),
                     noise_ok=noise_ok)
    return sheets, fields


def _encode(sheets: list[Sheet], fmt: str, rng: random.Random) -> tuple[bytes, dict]:
    if fmt == "png":
        return writers.png_bytes(sheets[0]), {"png": "1-bit" if sheets[0].bitonal else "8-bit"}
    if fmt in ("jpeg", "photo"):
        q = rng.randint(62, 88)
        return writers.jpeg_bytes(sheets[0], q), {"jpeg_quality": q}
    if fmt == "tiff":
        comp = "group4" if sheets[0].bitonal else "adobe_deflate"
        return writers.tiff_bytes(sheets, comp), {"tiff_compression": comp}
    q = rng.randint(50, 80)
    return writers.scanned_pdf_bytes(sheets, q), {"image_filter": "FlateDecode" if sheets[0].bitonal
                                                  else "DCTDecode", "jpeg_quality": q}
