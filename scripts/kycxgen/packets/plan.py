"""What a packet holds, in page order: how many documents, their types and
formats, and which out-of-scope templates. A pure function of (seed, packet
index, families); nothing is rendered here."""

from dataclasses import dataclass

from .. import TAX1099_TYPES, cli, rng
from . import UNKNOWN, others

COUNT_WEIGHTS = {2: 12, 3: 17, 4: 18, 5: 17, 6: 14, 7: 12, 8: 10}   # documents per packet
# A slot that neither repeats its predecessor nor continues a run of 1099s is out
# of scope with OTHER_SHARE; with the repeats and runs that makes about 30% of
# documents out of scope, about 24% of neighbouring pairs two supported
# documents of one type, and about 15% of supported documents 1099s.
OTHER_SHARE = 0.385
REPEAT_SHARE = 0.37         # a financial document followed by another of its type
# "tax1099" is the 1099 family as one entry; which form it is comes from TAX1099_WEIGHTS.
SUPPORTED_WEIGHTS = {"bank_statement": 26, "pay_stub": 28, "utility_bill": 16, "w2": 14,
                     "passport": 6, "id_card": 4, "drivers_license": 6, "tax1099": 16}
REPEATABLE = ("bank_statement", "pay_stub", "utility_bill", "w2")
TAX1099_WEIGHTS = {"form_1099_int": 24, "form_1099_div": 16, "form_1099_misc": 8, "form_1099_nec": 20,
                   "form_1099_g": 8, "form_1099_r": 12, "ssa_1099": 12}
# A 1099 followed by another 1099 (a bank's 1099-INT and 1099-DIV, two clients'
# 1099-NECs, a 1099-R and the SSA-1099): runs of two or three are regular. A run
# is not continued past MAX_RUN (a fresh draw may still pick a 1099 after it).
RUN_SHARE = 0.5
MAX_RUN = 3
ONCE_PER_RUN = ("ssa_1099",)   # a person gets one SSA-1099 a year
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
        prev = types[-1] if types else None
        if prev in REPEATABLE and r.random() < REPEAT_SHARE:
            types.append(prev)
        elif prev in TAX1099_TYPES and len(_run(types)) < MAX_RUN and r.random() < RUN_SHARE:
            types.append(_next_1099(r, _run(types)))
        elif r.random() < OTHER_SHARE:
            types.append(UNKNOWN)
        else:
            types.append(_supported_type(r))
    if all(t == UNKNOWN for t in types):
        types[r.randrange(count)] = _supported_type(r)
    templates = others.select(families)
    return [_slot(r, seed, index, i, t, families, templates) for i, t in enumerate(types)]


def _supported_type(r) -> str:
    doc_type = rng.weighted_choice(r, SUPPORTED_WEIGHTS)
    return rng.weighted_choice(r, TAX1099_WEIGHTS) if doc_type == "tax1099" else doc_type


def _run(types: list) -> list:
    """The run of 1099s at the end of `types`, last first."""
    run = []
    for t in reversed(types):
        if t not in TAX1099_TYPES:
            break
        run.append(t)
    return run


def _next_1099(r, run: list) -> str:
    """The 1099 that continues `run`."""
    return rng.weighted_choice(r, {t: w for t, w in TAX1099_WEIGHTS.items()
                                   if not (t in ONCE_PER_RUN and t in run)})


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
