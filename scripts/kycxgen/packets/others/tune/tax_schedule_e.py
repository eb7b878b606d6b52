"""Schedule E (Form 1040), Supplemental Income and Loss, Part I: one to three
rental properties (address, type, fair rental days), rents received,
expenses by line and property, income or loss, totals. Page 2 (partnerships
and S corporations) when the format allows."""

KIND = "tax_form"
NAME = "schedule_e"
GROUP = "tune"

import random
from decimal import Decimal

from .... import fonts
from ....doctypes import GenContext
from ....doctypes.w2 import synthetic_ein, synthetic_ssn
from ....layout import LETTER, Document, Page
from .. import Cast
from .. import _content as c
from .. import _irs
from .._draw import one_line, tax_amount

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
EXPENSE_LINES = [("5", "Advertising"), ("6", "Auto and travel"), ("7", "Cleaning and maintenance"),
                 ("8", "Commissions"), ("9", "Insurance"), ("10", "Legal and other professional fees"),
                 ("11", "Management fees"), ("12", "Mortgage interest paid to banks, etc."), ("13", "Other interest"),
                 ("14", "Repairs"), ("15", "Supplies"), ("16", "Taxes"), ("17", "Utilities"),
                 ("18", "Depreciation expense or depletion"), ("19", "Other (list)")]
TYPES = ["1 Single Family Residence", "2 Multi-Family Residence", "3 Vacation/Short-Term Rental"]


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    family, vfamily = _irs.pick_family(rng)
    year = ctx.reference_date.year - rng.choice([1, 1, 2])
    W, H = LETTER
    x, w = 36.0, W - 72
    commas, with_cents = rng.random() < 0.6, rng.random() < 0.25

    def amt(v):
        return tax_amount(v, commas, with_cents) if v else ""

    page = Page(W, H)
    y = _irs.header(page, x, 30, w, "SCHEDULE E", "(Form 1040)", ["Supplemental Income and Loss",
                    "(From rental real estate, royalties, partnerships, S corporations, estates, trusts, "
                    "REMICs, etc.)"],
                    ["Attach to Form 1040, 1040-SR, 1040-NR, or 1041.",
                     "Go to www.irs.gov/ScheduleE for instructions and the latest information."],
                    "1545-0074", year, family, seq="13")
    owner = c.person_name(rng, cast, ctx.reference_date, reuse=0.5)
    _irs.entry(page, x, y, w * 0.72, 24, "Name(s) shown on return", owner, family, vfamily)
    _irs.entry(page, x + w * 0.72, y, w * 0.28, 24, "Your social security number", synthetic_ssn(rng), family,
               vfamily)
    y = _irs.part(page, x, y + 30, w, "Part I", "Income or Loss From Rental Real Estate and Royalties", family) + 4
    n = rng.choice([1, 1, 2, 2, 3])
    props = [c.address(rng, "US") for _ in range(n)]
    page.text(x, y + 9, "1a  Physical address of each property (street, city, state, ZIP code)", family, 7)
    y += 13
    for i, label in enumerate("ABC"):
        page.rect(x, y, w, 12, stroke=(60, 60, 60), width=0.4)
        page.text(x + 4, y + 9, label, family, 7.5, bold=True)
        if i < n:
            page.text(x + 18, y + 9.5, one_line(props[i]), vfamily, 8)
        y += 12
    y += 10
    page.text(x, y, "1b  Type of Property", family, 7)
    page.text(x + w * 0.5, y, "2  Fair Rental Days / Personal Use Days", family, 7)
    y += 11
    for i, label in enumerate("ABC"):
        page.text(x + 8, y, label, family, 7.5, bold=True)
        page.text(x + w * 0.5 + 8, y, label, family, 7.5, bold=True)
        if i < n:
            page.text(x + 22, y, rng.choice(TYPES), vfamily, 7.5)
            page.text(x + w * 0.5 + 22, y, f"{rng.randint(180, 365)}        0", vfamily, 7.5)
        y += 10
    y += 6
    col_w, label_w = (w - 200) / 3, 200
    page.text(x + 4, y, "Income:", family, 8, bold=True)
    page.text(x + label_w + col_w * 0.5, y, "Properties:     A", family, 7.5, bold=True, align="right")
    for j, label in enumerate("BC"):
        page.text(x + label_w + col_w * (j + 1.5), y, label, family, 7.5, bold=True, align="center")
    y += 12
    rents = [c.dollars(rng, 9000, 42000, 50) for _ in range(n)]
    values = {"3": rents, "4": [Decimal(0)] * n}
    for line, label in EXPENSE_LINES:
        share = rng.random() < {"9": 1.0, "12": 0.75, "16": 1.0, "14": 0.6, "18": 0.8}.get(line, 0.25)
        values[line] = [c.dollars(rng, 150, int(r * Decimal("0.25"))) if share else Decimal(0) for r in rents]
    values["20"] = [sum(values[l][i] for l, _ in EXPENSE_LINES) for i in range(n)]
    values["21"] = [values["3"][i] - values["20"][i] for i in range(n)]
    rows = [("3", "Rents received")] + [("4", "Royalties received")] + EXPENSE_LINES + [
        ("20", "Total expenses. Add lines 5 through 19"),
        ("21", "Subtract line 20 from line 3 (rents) and/or 4 (royalties)")]
    for line, label in rows:
        if line == "5":
            page.text(x + 4, y, "Expenses:", family, 8, bold=True)
            y += 11
        page.text(x, y, line, family, 7, bold=True)
        page.text(x + 16, y, label, family, fonts.fit_size(label, family, 6.9, label_w - 20))
        for j in range(3):
            bx = x + label_w + col_w * j
            page.rect(bx, y - 8.5, col_w, 11.5, stroke=(60, 60, 60), width=0.4)
            if j < n and values[line][j]:
                page.text(bx + col_w - 4, y, amt(values[line][j]), vfamily, 7.8, align="right")
        y += 11.5
    y += 6
    total_rents, total_income = sum(rents), sum(values["21"])
    for line, label, v in [("23a", "Total of all amounts reported on line 3 for all rental properties", total_rents),
                           ("26", "Total rental real estate and royalty income or (loss). Combine lines 24 and 25",
                            total_income)]:
        page.text(x, y, line, family, 7, bold=True)
        page.text(x + 16, y, label, family, 7)
        page.rect(x + w - 90, y - 8.5, 90, 11.5, stroke=(60, 60, 60), width=0.4)
        page.text(x + w - 4, y, amt(v), vfamily, 8, align="right")
        y += 13
    _irs.footer(page, x, H - 24, w, "For Paperwork Reduction Act Notice, see the separate instructions.",
                f"Schedule E (Form 1040) {year}", family)
    pages = [page]
    if not ctx.single_page and rng.random() < 0.4:
        pages.append(_page2(rng, x, w, W, H, year, family, vfamily, amt, owner))
    return Document("unknown", {}, pages, f"unknown/tax_form/schedule_e_{n}_{len(pages)}p", family)


def _page2(rng, x, w, W, H, year, family, vfamily, amt, owner) -> Page:
    page = Page(W, H)
    page.text(x, 30, f"Schedule E (Form 1040) {year}", family, 7)
    page.text(x + w, 30, "Page 2", family, 7, bold=True, align="right")
    _irs.entry(page, x, 36, w * 0.72, 22, "Name(s) shown on return. Do not enter name and social security number "
               "if shown on other side.", "", family)
    y = _irs.part(page, x, 64, w, "Part II", "Income or Loss From Partnerships and S Corporations", family) + 12
    page.text(x, y, "28  (a) Name", family, 7, bold=True)
    page.text(x + w * 0.45, y, "(b) P or S", family, 7, bold=True)
    page.text(x + w * 0.6, y, "(d) Employer identification number", family, 7, bold=True)
    y += 12
    total = Decimal(0)
    for label in "AB":
        has = label == "A" and rng.random() < 0.7
        page.rect(x, y - 9, w, 12, stroke=(60, 60, 60), width=0.4)
        page.text(x + 4, y, label, family, 7.5, bold=True)
        if has:
            name = f"{owner.split()[-1]} {rng.choice(['Holdings', 'Partners', 'Ventures'])} LLC"
            page.text(x + 18, y, name, vfamily, 8)
            page.text(x + w * 0.45 + 10, y, rng.choice("PS"), vfamily, 8)
            page.text(x + w * 0.6 + 10, y, synthetic_ein(rng), vfamily, 8)
            total += c.dollars(rng, 500, 25000)
        y += 12
    y += 10
    for line, label, v in [("32", "Total partnership and S corporation income or (loss)", total),
                           ("41", "Total income or (loss). Combine lines 26, 32, 37, 39, and 40", total)]:
        page.text(x, y, line, family, 7, bold=True)
        page.text(x + 16, y, label, family, 7)
        page.rect(x + w - 90, y - 8.5, 90, 11.5, stroke=(60, 60, 60), width=0.4)
        page.text(x + w - 4, y, amt(v), vfamily, 8, align="right")
        y += 13
    _irs.footer(page, x, H - 24, w, "", f"Schedule E (Form 1040) {year}", family)
    return page
