"""Schedule C (Form 1040), Profit or Loss From Business, as a sole proprietor
files it: proprietor and business, Part I income, Part II expenses in two
columns, net profit; with page 2 (cost of goods sold, vehicle, other
expenses) when the format allows. Amounts add up line by line."""

KIND = "tax_form"
NAME = "schedule_c"
GROUP = "tune"

import random
from decimal import Decimal

from ....doctypes import GenContext
from ....doctypes.w2 import synthetic_ein, synthetic_ssn
from ....layout import LETTER, Document, Page
from .. import Cast
from .. import _content as c
from .. import _irs
from .._draw import checkbox, form_line, one_line, pick_look, tax_amount

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
EXPENSES = [("8", "Advertising"), ("9", "Car and truck expenses"), ("10", "Commissions and fees"),
            ("11", "Contract labor"), ("13", "Depreciation and section 179 expense"),
            ("15", "Insurance (other than health)"), ("16b", "Interest: Other"),
            ("17", "Legal and professional services"), ("18", "Office expense"),
            ("20b", "Rent or lease: Other business property"),
            ("21", "Repairs and maintenance"), ("22", "Supplies (not included in Part III)"),
            ("23", "Taxes and licenses"), ("24a", "Travel"), ("24b", "Deductible meals"), ("25", "Utilities"),
            ("26", "Wages (less employment credits)"), ("27a", "Other expenses (from line 48)")]


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    family, vfamily = _irs.pick_family(rng)
    look = pick_look(rng, "US", families=[family])
    year = ctx.reference_date.year - rng.choice([1, 1, 2])
    W, H = LETTER
    x, w = 36.0, W - 72
    page = Page(W, H)
    owner = c.person_name(rng, cast, ctx.reference_date, reuse=0.5)
    activity, code, _ = rng.choice(c.BUSINESSES)
    business = rng.choice(["", f"{owner.split()[-1]} {activity.split()[0].title()} LLC", f"{activity.title()} Co"])
    commas = rng.random() < 0.6
    with_cents = rng.random() < 0.3

    def amt(v):
        return tax_amount(v, commas, with_cents)

    gross = c.dollars(rng, 18000, 240000)
    returns = c.dollars(rng, 0, 1500) if rng.random() < 0.3 else Decimal(0)
    cogs = c.dollars(rng, 0, int(gross * Decimal("0.3"))) if rng.random() < 0.4 else Decimal(0)
    other = c.dollars(rng, 0, 900) if rng.random() < 0.2 else Decimal(0)
    spent = {n: c.dollars(rng, 80, 9000) for n, _ in rng.sample(EXPENSES, rng.randint(5, 11))}
    total_exp = sum(spent.values())
    gross_income = gross - returns - cogs + other
    home_office = c.dollars(rng, 0, 3500) if rng.random() < 0.3 else Decimal(0)
    net = gross_income - total_exp - home_office
    y = _irs.header(page, x, 30, w, "SCHEDULE C", "(Form 1040)", ["Profit or Loss From Business",
                    "(Sole Proprietorship)"], ["Attach to Form 1040, 1040-SR, 1040-SS, 1040-NR, or 1041.",
                    "Go to www.irs.gov/ScheduleC for instructions and the latest information."],
                    "1545-0074", year, family, seq="09")
    _irs.entry(page, x, y, w * 0.72, 24, "Name of proprietor", owner, family, vfamily)
    _irs.entry(page, x + w * 0.72, y, w * 0.28, 24, "Social security number (SSN)", synthetic_ssn(rng), family,
               vfamily)
    y += 24
    addr = c.address(rng, "US")
    rows = [("A  Principal business or profession, including product or service", activity, 0.72),
            ("B  Enter code from instructions", code, 0.28),
            ("C  Business name. If no separate business name, leave blank.", business, 0.72),
            ("D  Employer ID number (EIN)", synthetic_ein(rng) if business and rng.random() < 0.6 else "", 0.28),
            ("E  Business address (including suite or room no.)", addr.street, 0.72),
            ("   City, town or post office, state, and ZIP code", one_line(addr).split(", ", 1)[1], 0.28)]
    for i in range(0, len(rows), 2):
        (la, va, fa), (lb, vb, fb) = rows[i], rows[i + 1]
        _irs.entry(page, x, y, w * fa, 22, la, va, family, vfamily)
        _irs.entry(page, x + w * fa, y, w * fb, 22, lb, vb, family, vfamily)
        y += 22
    y += 12
    page.text(x, y, "F  Accounting method:", family, 7.5)
    for i, label in enumerate(["(1) Cash", "(2) Accrual", "(3) Other (specify)"]):
        checkbox(page, x + 110 + i * 80, y, 7, i == 0 and rng.random() < 0.85, family)
        page.text(x + 120 + i * 80, y, label, family, 7.5)
    y += 12
    page.text(x, y, f"G  Did you \"materially participate\" in the operation of this business during {year}?",
              family, 7.5)
    checkbox(page, x + w - 60, y, 7, True, family)
    page.text(x + w - 50, y, "Yes", family, 7.5)
    y += 8
    y = _irs.part(page, x, y, w, "Part I", "Income", family) + 13
    income = [("1", "Gross receipts or sales", gross), ("2", "Returns and allowances", returns),
              ("3", "Subtract line 2 from line 1", gross - returns), ("4", "Cost of goods sold (from line 42)", cogs),
              ("5", "Gross profit. Subtract line 4 from line 3", gross - returns - cogs),
              ("6", "Other income, including federal and state gasoline or fuel tax credit or refund", other),
              ("7", "Gross income. Add lines 5 and 6", gross_income)]
    for n, label, v in income:
        form_line(page, x, y, w, n, label, amt(v) if v or n in ("1", "7") else "", look, family=family,
                  size=7.5)
        y += 13.5
    y = _irs.part(page, x, y - 4, w, "Part II", "Expenses. Enter expenses for business use of your home only on "
                  "line 30.", family) + 13
    half = (w - 8) / 2
    for i, (n, label) in enumerate(EXPENSES):
        col, row = divmod(i, 9)
        v = spent.get(n)
        form_line(page, x + col * (half + 8), y + row * 13.5, half, n, label, amt(v) if v else "", look,
                  family=family, size=6.8, box_w=62)
    y += 9 * 13.5 + 2
    for n, label, v in [("28", "Total expenses before expenses for business use of home. Add lines 8 through 27b",
                         total_exp), ("29", "Tentative profit or (loss). Subtract line 28 from line 7",
                                      gross_income - total_exp),
                        ("30", "Expenses for business use of your home (attach Form 8829)", home_office),
                        ("31", "Net profit or (loss). Subtract line 30 from line 29.", net)]:
        form_line(page, x, y, w, n, label, amt(v) if v or n != "30" else "", look, family=family, size=7.5)
        y += 13.5
    y += 4
    page.text(x + 20, y, "If a profit, enter on both Schedule 1 (Form 1040), line 3, and on Schedule SE, line 2.",
              family, 6.6)
    _irs.footer(page, x, H - 24, w, "For Paperwork Reduction Act Notice, see the separate instructions.",
                f"Schedule C (Form 1040) {year}", family)
    pages = [page]
    if not ctx.single_page and rng.random() < 0.5:
        pages.append(_page2(rng, x, w, W, H, year, family, look, amt, cogs, spent.get("27a")))
    return Document("unknown", {}, pages, f"unknown/tax_form/schedule_c_{len(pages)}p", family)


def _page2(rng, x, w, W, H, year, family, look, amt, cogs, other_total) -> Page:
    page = Page(W, H)
    page.text(x, 30, f"Schedule C (Form 1040) {year}", family, 7)
    page.text(x + w, 30, "Page 2", family, 7, bold=True, align="right")
    page.hline(x, x + w, 34, width=1.2)
    y = _irs.part(page, x, 40, w, "Part III", "Cost of Goods Sold (see instructions)", family) + 13
    opening = c.dollars(rng, 0, 8000) if cogs else Decimal(0)
    purchases = cogs + c.dollars(rng, 0, 3000) if cogs else Decimal(0)
    closing = opening + purchases - cogs
    for n, label, v in [("35", "Inventory at beginning of year", opening),
                        ("36", "Purchases less cost of items withdrawn for personal use", purchases),
                        ("37", "Cost of labor. Do not include any amounts paid to yourself", Decimal(0)),
                        ("38", "Materials and supplies", Decimal(0)), ("39", "Other costs", Decimal(0)),
                        ("40", "Add lines 35 through 39", opening + purchases),
                        ("41", "Inventory at end of year", closing),
                        ("42", "Cost of goods sold. Subtract line 41 from line 40", cogs)]:
        form_line(page, x, y, w, n, label, amt(v) if v else "", look, family=family, size=7.5)
        y += 13.5
    y = _irs.part(page, x, y, w, "Part IV", "Information on Your Vehicle.", family) + 14
    page.text(x, y, "43  When did you place your vehicle in service for business purposes? (month/day/year)  "
              f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{year - rng.randint(1, 8)}", family, 7.5)
    y += 13
    miles = [rng.randint(1500, 22000), rng.randint(500, 4000), rng.randint(2000, 12000)]
    page.text(x, y, f"44  Of the total number of miles you drove your vehicle during {year}, enter the number of "
              f"miles you used your vehicle for:", family, 7.5)
    y += 12
    page.text(x + 14, y, f"a Business {miles[0]:,}    b Commuting {miles[1]:,}    c Other {miles[2]:,}", family, 7.5)
    y += 14
    y = _irs.part(page, x, y, w, "Part V", "Other Expenses. List below business expenses not included on lines "
                  "8-26 or line 30.", family) + 14
    items = ["Software subscriptions", "Bank and merchant fees", "Professional dues", "Uniforms", "Postage",
             "Continuing education", "Phone and internet"]
    remaining = other_total or Decimal(0)
    chosen = rng.sample(items, rng.randint(2, 5))
    for i, item in enumerate(chosen):
        v = remaining if i == len(chosen) - 1 else (remaining * Decimal(rng.uniform(0.1, 0.4))).quantize(Decimal(1))
        remaining -= v if i < len(chosen) - 1 else 0
        page.text(x + 4, y, item if other_total else "", family, 7.5)
        page.hline(x, x + w - 100, y + 3, width=0.3)
        page.rect(x + w - 92, y - 9, 92, 12, stroke=(60, 60, 60), width=0.4)
        if other_total:
            page.text(x + w - 4, y, amt(v), family, 8, align="right")
        y += 14
    form_line(page, x, y + 4, w, "48", "Total other expenses. Enter here and on line 27a", amt(other_total) if
              other_total else "", look, family=family, size=7.5)
    _irs.footer(page, x, H - 24, w, "", f"Schedule C (Form 1040) {year}", family)
    return page
