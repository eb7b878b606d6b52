"""Form 1040, U.S. Individual Income Tax Return: filing status, names and
SSNs, home address, dependents, income lines (wages from W-2s, interest,
dividends, business income), adjusted gross income, deductions and taxable
income; page 2 (tax, payments, withholding, refund, signatures) when the
format allows. The figures add up."""

KIND = "tax_form"
NAME = "form_1040"
GROUP = "tune"

import random
from decimal import Decimal

from ....doctypes import GenContext
from ....doctypes.card_art import signature
from ....doctypes.w2 import synthetic_ssn
from ....layout import LETTER, Document, Page
from ....people import random_person
from .. import Cast
from .. import _content as c
from .. import _irs
from .._draw import checkbox, form_line, pick_look, tax_amount

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
STATUSES = ["Single", "Married filing jointly", "Married filing separately (MFS)", "Head of household (HOH)",
            "Qualifying surviving spouse (QSS)"]
STANDARD = {"Single": 15000, "Married filing jointly": 30000, "Head of household (HOH)": 22500}


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    family, vfamily = _irs.pick_family(rng)
    look = pick_look(rng, "US", families=[family])
    year = ctx.reference_date.year - rng.choice([1, 1, 2])
    W, H = LETTER
    x, w = 36.0, W - 72
    commas, with_cents = rng.random() < 0.6, rng.random() < 0.2

    def amt(v):
        return tax_amount(v, commas, with_cents) if v else ""

    status = rng.choice(list(STANDARD))
    joint = status == "Married filing jointly"
    name = c.person_name(rng, cast, ctx.reference_date, reuse=0.6)
    spouse = random_person(rng, ctx.reference_date).full_name if joint else ""
    addr = c.address(rng, "US")
    wages = c.dollars(rng, 28000, 190000) * (2 if joint and rng.random() < 0.5 else 1)
    interest = c.dollars(rng, 0, 1800) if rng.random() < 0.6 else Decimal(0)
    dividends = c.dollars(rng, 0, 4000) if rng.random() < 0.3 else Decimal(0)
    business = c.dollars(rng, 0, 40000) if rng.random() < 0.3 else Decimal(0)
    total = wages + interest + dividends + business
    adjustments = c.dollars(rng, 0, 6000) if rng.random() < 0.4 else Decimal(0)
    agi = total - adjustments
    deduction = Decimal(STANDARD[status])
    taxable = max(Decimal(0), agi - deduction)
    page = Page(W, H)
    y = _irs.header(page, x, 30, w, "Form 1040", f"{year}", ["U.S. Individual Income Tax Return"],
                    [f"For the year Jan. 1-Dec. 31, {year}, or other tax year beginning"], "1545-0074", year, family)
    y += 12
    page.text(x, y, "Filing Status", family, 8, bold=True)
    for i, label in enumerate(STATUSES[:3]):
        checkbox(page, x + 70 + i * 150, y, 7, label == status, family)
        page.text(x + 80 + i * 150, y, label, family, 7)
    y += 11
    for i, label in enumerate(STATUSES[3:]):
        checkbox(page, x + 70 + i * 150, y, 7, label == status, family)
        page.text(x + 80 + i * 150, y, label, family, 7)
    y += 6
    first, last = name.rsplit(" ", 1) if " " in name else (name, "")
    boxes = [[("Your first name and middle initial", first, 0.38), ("Last name", last, 0.37),
              ("Your social security number", synthetic_ssn(rng), 0.25)],
             [("If joint return, spouse's first name and middle initial", spouse.rsplit(" ", 1)[0] if spouse else "",
               0.38), ("Last name", spouse.rsplit(" ", 1)[-1] if spouse else "", 0.37),
              ("Spouse's social security number", synthetic_ssn(rng) if spouse else "", 0.25)],
             [("Home address (number and street). If you have a P.O. box, see instructions.", addr.street, 0.75),
              ("Apt. no.", "", 0.25)],
             [("City, town, or post office.", addr.city, 0.5), ("State", addr.region, 0.12),
              ("ZIP code", addr.postal_code, 0.13), ("Presidential Election Campaign", "", 0.25)]]
    for row in boxes:
        bx = x
        for label, value, frac in row:
            _irs.entry(page, bx, y, w * frac, 22, label, value, family, vfamily)
            bx += w * frac
        y += 22
    y += 12
    page.text(x, y, f"Digital Assets  At any time during {year}, did you receive, sell, exchange, or otherwise "
              "dispose of a digital asset?", family, 7)
    checkbox(page, x + w - 60, y, 7, False, family)
    page.text(x + w - 50, y, "Yes", family, 7)
    checkbox(page, x + w - 30, y, 7, True, family)
    page.text(x + w - 20, y, "No", family, 7)
    y += 14
    page.text(x, y, "Dependents (see instructions):", family, 7.5, bold=True)
    y += 10
    for _ in range(rng.choice([0, 0, 1, 2, 3])):
        kid = random_person(rng, ctx.reference_date, min_age=1, max_age=17)
        page.text(x + 10, y, f"{kid.given} {last}".strip(), vfamily, 7.5)
        page.text(x + w * 0.45, y, synthetic_ssn(rng), vfamily, 7.5)
        page.text(x + w * 0.65, y, rng.choice(["Son", "Daughter"]), vfamily, 7.5)
        y += 10
    y += 10
    income = [("1a", "Total amount from Form(s) W-2, box 1 (see instructions)", wages),
              ("1z", "Add lines 1a through 1h", wages), ("2b", "Taxable interest", interest),
              ("3b", "Ordinary dividends", dividends), ("8", "Additional income from Schedule 1, line 10", business),
              ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income", total),
              ("10", "Adjustments to income from Schedule 1, line 26", adjustments),
              ("11", "Subtract line 10 from line 9. This is your adjusted gross income", agi),
              ("12", "Standard deduction or itemized deductions (from Schedule A)", deduction),
              ("14", "Add lines 12 and 13", deduction),
              ("15", "Subtract line 14 from line 11. If zero or less, enter -0-. This is your taxable income",
               taxable)]
    page.text(x, y - 2, "Income", family, 9, bold=True)
    y += 10
    for n, label, v in income:
        form_line(page, x, y, w, n, label, amt(v), look, family=family, size=7.4, box_w=96)
        y += 14
    _irs.footer(page, x, H - 24, w, "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate "
                "instructions.", f"Form 1040 ({year})", family)
    pages = [page]
    if not ctx.single_page and rng.random() < 0.6:
        pages.append(_page2(rng, x, w, W, H, year, family, look, amt, taxable, wages, name, spouse))
    return Document("unknown", {}, pages, f"unknown/tax_form/form_1040_{len(pages)}p", family)


def _page2(rng, x, w, W, H, year, family, look, amt, taxable, wages, name, spouse) -> Page:
    page = Page(W, H)
    page.text(x, 30, f"Form 1040 ({year})", family, 7)
    page.text(x + w, 30, "Page 2", family, 7, bold=True, align="right")
    page.hline(x, x + w, 34, width=1.2)
    tax = (taxable * Decimal(rng.uniform(0.1, 0.18))).quantize(Decimal(1))
    withheld = (wages * Decimal(rng.uniform(0.09, 0.2))).quantize(Decimal(1))
    diff = withheld - tax
    y = 56
    page.text(x, y - 6, "Tax and Credits", family, 9, bold=True)
    for n, label, v in [("16", "Tax (see instructions)", tax), ("18", "Add lines 16 and 17", tax),
                        ("22", "Subtract line 21 from line 18. If zero or less, enter -0-", tax),
                        ("24", "Add lines 22 and 23. This is your total tax", tax)]:
        form_line(page, x, y + 8, w, n, label, amt(v), look, family=family, size=7.4, box_w=96)
        y += 14
    y += 14
    page.text(x, y, "Payments", family, 9, bold=True)
    for n, label, v in [("25a", "Federal income tax withheld from Form(s) W-2", withheld),
                        ("25d", "Add lines 25a through 25c", withheld),
                        ("33", "Add lines 25d, 26, and 32. These are your total payments", withheld)]:
        form_line(page, x, y + 14, w, n, label, amt(v), look, family=family, size=7.4, box_w=96)
        y += 14
    y += 26
    page.text(x, y, "Refund" if diff >= 0 else "Amount You Owe", family, 9, bold=True)
    rows = ([("34", "If line 33 is more than line 24, subtract line 24 from line 33. This is the amount you "
                    "overpaid", diff), ("35a", "Amount of line 34 you want refunded to you", diff)]
            if diff >= 0 else [("37", "Subtract line 33 from line 24. This is the amount you owe", -diff)])
    for n, label, v in rows:
        form_line(page, x, y + 14, w, n, label, amt(v), look, family=family, size=7.4, box_w=96)
        y += 14
    if diff >= 0 and rng.random() < 0.7:
        y += 14
        page.text(x + 20, y, f"b Routing number   {rng.randint(10 ** 8, 10 ** 9 - 1)}      c Type:  Checking"
                  f"      d Account number   {rng.randint(10 ** 7, 10 ** 11)}", family, 7.5)
    y += 34
    page.text(x, y, "Sign Here", family, 10, bold=True)
    page.text(x + 70, y - 8, "Under penalties of perjury, I declare that I have examined this return and "
              "accompanying schedules and statements, and to the best", family, 6.3)
    page.text(x + 70, y, "of my knowledge and belief, they are true, correct, and complete.", family, 6.3)
    y += 30
    for who in [name] + ([spouse] if spouse else []):
        signature(page, rng, x + 80, y - 22, 120, 20)
        page.hline(x + 70, x + 250, y, width=0.5)
        page.text(x + 70, y + 8, "Your signature" if who == name else "Spouse's signature", family, 6.3)
        page.text(x + 270, y - 3, f"{rng.randint(2, 4):02d}/{rng.randint(1, 28):02d}/{year + 1}", family, 8)
        page.text(x + 270, y + 8, "Date", family, 6.3)
        page.text(x + 340, y - 3, rng.choice(c.JOB_TITLES), family, 8)
        page.text(x + 340, y + 8, "Your occupation" if who == name else "Spouse's occupation", family, 6.3)
        y += 32
    page.text(x, y + 10, "Paid Preparer Use Only", family, 8, bold=True)
    page.text(x + 120, y + 10, rng.choice(["Self-prepared", f"{rng.choice(c.VENDORS).split()[0]} Tax Services",
                                           "Preparer's name ______________"]), family, 8)
    _irs.footer(page, x, H - 24, w, "Go to www.irs.gov/Form1040 for instructions and the latest information.",
                f"Form 1040 ({year})", family)
    return page
