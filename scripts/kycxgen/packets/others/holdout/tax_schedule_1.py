"""Schedule 1 (Form 1040), Additional Income and Adjustments to Income: Part I
lines for business income, rental income, unemployment and other income with
their total, Part II adjustments (educator expenses, HSA, self-employment
tax, IRA, student loan interest) and their total. The figures add up."""

KIND = "tax_form"
NAME = "schedule_1"
GROUP = "holdout"

import random
from decimal import Decimal

from ....doctypes import GenContext
from ....doctypes.w2 import synthetic_ssn
from ....layout import LETTER, Document, Page
from .. import Cast
from .. import _content as c
from .. import _irs
from .._draw import form_line, pick_look, tax_amount

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
INCOME = [("1", "Taxable refunds, credits, or offsets of state and local income taxes", 0.2),
          ("2a", "Alimony received", 0.05), ("3", "Business income or (loss). Attach Schedule C", 0.6),
          ("4", "Other gains or (losses). Attach Form 4797", 0.05),
          ("5", "Rental real estate, royalties, partnerships, S corporations, trusts, etc. Attach Schedule E", 0.4),
          ("6", "Farm income or (loss). Attach Schedule F", 0.03), ("7", "Unemployment compensation", 0.15),
          ("8z", "Other income. List type and amount", 0.1)]
ADJUSTMENTS = [("11", "Educator expenses", 0.1), ("13", "Health savings account deduction. Attach Form 8889", 0.3),
               ("15", "Deductible part of self-employment tax. Attach Schedule SE", 0.5),
               ("16", "Self-employed SEP, SIMPLE, and qualified plans", 0.15),
               ("17", "Self-employed health insurance deduction", 0.2), ("20", "IRA deduction", 0.2),
               ("21", "Student loan interest deduction", 0.3)]


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    family, vfamily = _irs.pick_family(rng)
    look = pick_look(rng, "US", families=[family])
    year = ctx.reference_date.year - rng.choice([1, 1, 2])
    W, H = LETTER
    x, w = 36.0, W - 72
    commas, with_cents = rng.random() < 0.5, rng.random() < 0.3

    def amt(v):
        return tax_amount(v, commas, with_cents) if v else ""

    page = Page(W, H)
    y = _irs.header(page, x, 30, w, "SCHEDULE 1", "(Form 1040)", ["Additional Income and Adjustments to Income"],
                    ["Attach to Form 1040, 1040-SR, or 1040-NR.",
                     "Go to www.irs.gov/Form1040 for instructions and the latest information."],
                    "1545-0074", year, family, seq="01")
    _irs.entry(page, x, y, w * 0.72, 24, "Name(s) shown on Form 1040, 1040-SR, or 1040-NR",
               c.person_name(rng, cast, ctx.reference_date, reuse=0.6), family, vfamily)
    _irs.entry(page, x + w * 0.72, y, w * 0.28, 24, "Your social security number", synthetic_ssn(rng), family,
               vfamily)
    y = _irs.part(page, x, y + 32, w, "Part I", "Additional Income", family) + 15
    total = Decimal(0)
    for n, label, share in INCOME:
        v = c.dollars(rng, 200, 48000) if rng.random() < share else Decimal(0)
        total += v
        form_line(page, x, y, w, n, label, amt(v), look, family=family, size=7.5, box_w=90)
        y += 15
    form_line(page, x, y, w, "10", "Combine lines 1 through 7 and 9. This is your additional income", amt(total),
              look, family=family, size=7.5, box_w=90)
    y = _irs.part(page, x, y + 12, w, "Part II", "Adjustments to Income", family) + 15
    adjust = Decimal(0)
    for n, label, share in ADJUSTMENTS:
        v = c.dollars(rng, 100, 7000) if rng.random() < share else Decimal(0)
        adjust += v
        form_line(page, x, y, w, n, label, amt(v), look, family=family, size=7.5, box_w=90)
        y += 15
    form_line(page, x, y, w, "26", "Add lines 11 through 23 and 25. These are your adjustments to income",
              amt(adjust), look, family=family, size=7.5, box_w=90)
    _irs.footer(page, x, H - 24, w, "For Paperwork Reduction Act Notice, see your tax return instructions.",
                f"Schedule 1 (Form 1040) {year}", family)
    return Document("unknown", {}, [page], "unknown/tax_form/schedule_1", family)
