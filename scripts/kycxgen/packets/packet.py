"""One packet: its documents made (supported ones by the ordinary generator,
out-of-scope ones by packets/others), turned into PDF pages, merged in order
into DIR/packet_NNNN.pdf, and the truth file DIR/packet_NNNN.truth.json
(CONTRACT.md section 7) with a `meta` per document saying how it was made."""

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass

from .. import REFERENCE_DATE, VERSION, cli, rng
from ..doctypes import GenContext
from ..produce import truth_json
from . import UNKNOWN, pdfpages
from .others import Cast
from .plan import Slot, plan
from .render import render_other

IMAGE_FORMATS = ("png", "jpeg", "photo", "tiff")
SINGLE_PAGE_FORMATS = ("png", "jpeg", "photo")


@dataclass
class Part:
    """One document of the packet, as PDF pages."""
    pdf: bytes
    document_type: str
    fields: dict
    meta: dict


def make_packet(out_dir: str, seed: int, index: int, families: str) -> str:
    """Writes packet `index` and its truth file; returns the PDF's path."""
    slots = plan(seed, index, families)
    path = os.path.join(out_dir, f"packet_{index:04d}.pdf")
    with tempfile.TemporaryDirectory(prefix="kycx-packet-") as tmp:
        parts = {i: _supported(tmp, s, families) for i, s in enumerate(slots) if s.doc_type != UNKNOWN}
        cast = _cast(parts[i] for i in sorted(parts))
        for i, s in enumerate(slots):
            if s.doc_type == UNKNOWN:
                parts[i] = _other(s, cast, seed, index, i)
        files = []
        for i in range(len(slots)):
            files.append(os.path.join(tmp, f"part_{i}.pdf"))
            with open(files[-1], "wb") as f:
                f.write(parts[i].pdf)
        pdfpages.merge(files, path)
        counts = [pdfpages.page_count(f) for f in files]
    entries, first = [], 1
    for i, n in enumerate(counts):
        part = parts[i]
        part.meta["page_count"] = n
        entries.append({"first_page": first, "last_page": first + n - 1, "document_type": part.document_type,
                        "fields": part.fields, "meta": part.meta})
        first += n
    total = pdfpages.page_count(path)
    if total != first - 1:
        raise ValueError(f"{path}: {total} pages, but the documents hold {first - 1}")
    truth = {"packet": entries, "meta": {"generator": "kycxgen", "generator_version": VERSION, "seed": seed,
                                         "index": index, "families": families, "page_count": total}}
    with open(os.path.join(out_dir, f"packet_{index:04d}.truth.json"), "w", encoding="utf-8") as f:
        f.write(truth_json(truth))
    return path


def _supported(tmp: str, slot: Slot, families: str) -> Part:
    """A document made by scripts/generate's own function, its pages as PDF."""
    doc_path = cli.make_document(tmp, slot.doc_seed, slot.doc_type, slot.doc_index, (slot.fmt,), False,
                                 family_spec=(families,))
    with open(doc_path.rsplit(".", 1)[0] + ".truth.json", encoding="utf-8") as f:
        truth = json.load(f)
    with open(doc_path, "rb") as f:
        data = f.read()
    m = truth["meta"]
    if slot.fmt in IMAGE_FORMATS:
        data = pdfpages.image_pdf(pdfpages.image_pages(data, m["dpi"]))
    meta = {"format": slot.fmt, "layout": m["layout"], "seed": slot.doc_seed, "index": slot.doc_index,
            "families": families, "dpi": m["dpi"], "degradations": sorted({d["name"] for d in m["degradations"]})}
    if "family" in m:
        meta.update(family=m["family"], family_group=m["family_group"])
    return Part(data, truth["document_type"], truth["fields"], meta)


def _other(slot: Slot, cast: Cast, seed: int, index: int, position: int) -> Part:
    """An out-of-scope document: truth type unknown, no fields."""
    template = slot.template
    ctx = GenContext(dt.date.fromisoformat(REFERENCE_DATE), slot.fmt, single_page=slot.fmt in SINGLE_PAGE_FORMATS)
    doc = template.load().generate(rng.py_rng(seed, "packet", index, position, "content"), ctx, cast)
    data, info = render_other(doc, slot.fmt, rng.py_rng(seed, "packet", index, position, "render"),
                              rng.np_rng(seed, "packet", index, position, "render"))
    meta = {"format": slot.fmt, "layout": doc.layout, "kind": template.kind, "template": template.name,
            "template_group": template.group, "dpi": info["dpi"], "degradations": info["degradations"]}
    return Part(data, UNKNOWN, {}, meta)


def _cast(parts) -> Cast:
    """Names and employers of the packet's supported documents (in page order)."""
    names, employers = [], []
    for part in parts:
        f = part.fields
        for key in ("employee_name", "account_holder_name"):
            if key in f and f[key] not in names:
                names.append(f[key])
        if "employer_name" in f and f["employer_name"] not in employers:
            employers.append(f["employer_name"])
    return Cast(tuple(names), tuple(employers))
