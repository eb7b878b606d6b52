"""What a packet holds, in page order: how many documents, their types and
formats, and which out-of-scope templates. A pure function of (seed, packet
index, families); nothing is rendered here."""

from dataclasses import dataclass

from .. import cli, rng
from . import UNKNOWN, others

COUNT_WEIGHTS = {2: 12, 3: 17, 4: 18, 5: 17, 6: 14, 7: 12, 8: 10}   # documents per packet
# A slot that does not repeat its predecessor is out of scope with OTHER_SHARE;
# with the repeats that makes about 31% of documents out of scope, and about
# 24% of neighbouring pairs two supported documents of one type.
OTHER_SHARE = 0.36
REPEAT_SHARE = 0.30         # a financial document followed by another of its type
SUPPORTED_WEIGHTS = {"bank_statement": 26, "pay_stub": 28, "utility_bill": 16, "w2": 14,
                     "passport": 6, "id_card": 4, "drivers_license": 6}
REPEATABLE = ("bank_statement", "pay_stub", "utility_bill", "w2")
FORMAT_WEIGHTS = {"pdf": 40, "scanned_pdf": 24, "png": 8, "jpeg": 10, "tiff": 8, "photo": 10}
KIND_WEIGHTS = {"letter": 30, "invoice": 18, "receipt": 14, "tax_form": 22, "consent_form": 16}
# Receipts are photographed more often than they are scanned.
RECEIPT_FORMAT_WEIGHTS = dict(FORMAT_WEIGHTS, photo=35, png=12)


@dataclass(frozen=True)
class Slot:
    """One document of a packet."""
    doc_type: str                   # a supported type, or UNKNOWN
    fmt: str                        # output format
    doc_seed: int                   # supported: seed and index for cli.make_document
    doc_index: int
    template: others.Template | None = None   # out-of-scope: the template


def document_seed(seed: int) -> int:
    """The seed the packet documents of master seed `seed` are made with (not
    `seed` itself, so that a packet never repeats a document that scripts/generate
    makes with the same seed)."""
    return rng.derive_seed(seed, "packet-documents") % 2 ** 31


def plan(seed: int, index: int, families: str) -> list[Slot]:
    """The documents of packet `index`, in page order; at least one is supported."""
    r = rng.py_rng(seed, "packet", index, "plan")
    count = rng.weighted_choice(r, COUNT_WEIGHTS)
    types = []
    for _ in range(count):
        if types and types[-1] in REPEATABLE and r.random() < REPEAT_SHARE:
            types.append(types[-1])
        elif r.random() < OTHER_SHARE:
            types.append(UNKNOWN)
        else:
            types.append(rng.weighted_choice(r, SUPPORTED_WEIGHTS))
    if all(t == UNKNOWN for t in types):
        types[r.randrange(count)] = rng.weighted_choice(r, SUPPORTED_WEIGHTS)
    templates = others.select(families)
    return [_slot(r, seed, index, i, t, families, templates) for i, t in enumerate(types)]


def _slot(r, seed, index, position, doc_type, families, templates) -> Slot:
    doc_seed, doc_index = document_seed(seed), index * 8 + position
    if doc_type == UNKNOWN:
        kinds = {k: w for k, w in KIND_WEIGHTS.items() if any(t.kind == k for t in templates)}
        kind = rng.weighted_choice(r, kinds)
        template = r.choice([t for t in templates if t.kind == kind])
        weights = RECEIPT_FORMAT_WEIGHTS if kind == "receipt" else FORMAT_WEIGHTS
        fmt = _format(r, template.load().FORMATS, weights)
        return Slot(UNKNOWN, fmt, doc_seed, doc_index, template)
    module = cli.doc_module(doc_type, (families,), doc_seed, doc_index)
    return Slot(doc_type, _format(r, module.FORMATS, FORMAT_WEIGHTS), doc_seed, doc_index)


def _format(r, allowed: tuple, weights: dict) -> str:
    return rng.weighted_choice(r, {f: w for f, w in weights.items() if f in allowed})
