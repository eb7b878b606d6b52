"""US Form W-2 (Wage and Tax Statement) in the box layout of the real form,
one, two or four copies per page. Box 4 = 6.2 % of box 3, box 6 = 1.45 % of
box 5 (rounded to cents), box 3 never above that year's Social Security wage
base; SSN and EIN are synthetic but well formed."""

import random
from decimal import Decimal

from .. import fonts
from ..addresses import address_lines, us_address
from ..checksums import EIN_PREFIXES
from ..companies import EMPLOYERS
from ..layout import LETTER, Document, Page
from ..people import random_person
from ..textfmt import canon_money, money
from . import GenContext
from .page_common import fine_print

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")

WAGE_BASE = {2023: Decimal(160200), 2024: Decimal(168600), 2025: Decimal(176100), 2026: Decimal(184500)}
COPIES = ["Copy B—To Be Filed With Employee's FEDERAL Tax Return.",
          "Copy C—For EMPLOYEE'S RECORDS (See Notice to Employee on the back of Copy B.)",
          "Copy 2—To Be Filed With Employee's State, City, or Local Income Tax Return.",
          "Copy 2—To Be Filed With Employee's State, City, or Local Income Tax Return."]


def synthetic_ssn(rng: random.Random) -> str:
    """NNN-NN-NNNN with area 001-899 except 666, group 01-99, serial 0001-9999."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def synthetic_ein(rng: random.Random) -> str:
    return f"{rng.choice(EIN_PREFIXES)}-{rng.randint(0, 9999999):07d}"


def amounts(rng: random.Random, year: int) -> dict:
    """The money boxes of one W-2, consistent with each other."""
    gross = money(rng.uniform(24000, 195000))
    deferral = money(gross * Decimal(rng.choice(["0", "0.03", "0.05", "0.06", "0.08"])))
    section125 = money(rng.choice([0, 0, rng.uniform(600, 4200)]))
    box5 = gross - section125
    box3 = min(box5, WAGE_BASE[year])
    box1 = gross - deferral - section125
    return {"1": box1, "2": money(box1 * Decimal(rng.uniform(0.08, 0.19))), "3": box3,
            "4": money(box3 * Decimal("0.062")), "5": box5, "6": money(box5 * Decimal("0.0145")),
            "12a": deferral, "16": box1, "17": money(box1 * Decimal(rng.uniform(0.025, 0.06)))}


def generate(rng: random.Random, ctx: GenContext) -> Document:
    year = rng.choices([2025, 2024, 2023], weights=[70, 20, 10])[0]
    box = amounts(rng, year)
    person = random_person(rng, ctx.reference_date, min_age=18, max_age=75)
    employer = rng.choice(EMPLOYERS)
    emp_addr = us_address(rng)
    home = us_address(rng, emp_addr.region)
    upper = rng.random() < 0.7
    name = f"{person.first_middle_initial()} {person.surname}"
    name = name.upper() if upper else name
    fields = {"tax_year": str(year), "employer_ein": synthetic_ein(rng), "employer_name": employer,
              "employee_ssn": synthetic_ssn(rng), "employee_name": name, "wages": canon_money(box["1"]),
              "federal_income_tax_withheld": canon_money(box["2"]),
              "social_security_wages": canon_money(box["3"]), "social_security_tax_withheld": canon_money(box["4"]),
              "medicare_wages": canon_money(box["5"]), "medicare_tax_withheld": canon_money(box["6"]),
              "currency": "USD"}
    layout = rng.choice(["single", "two_up", "four_up"])
    family = rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Sans Narrow", "DejaVu Sans Condensed"])
    value_family = rng.choice([family, "Liberation Mono", "DejaVu Sans Mono"])
    commas = rng.random() < 0.4
    page = Page(*LETTER)
    W, H = LETTER
    m = 24.0
    copies = {"single": 1, "two_up": 2, "four_up": 4}[layout]
    if copies == 1:
        frames = [(m, 36.0, W - 2 * m, H * 0.47)]
    elif copies == 2:
        frames = [(m, 24.0 + i * (H / 2), W - 2 * m, H / 2 - 40) for i in range(2)]
    else:
        fw, fh = (W - 3 * m) / 2, H / 2 - 40
        frames = [(m + (i % 2) * (fw + m), 24.0 + (i // 2) * (H / 2), fw, fh) for i in range(4)]
    state_id = f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}"
    control = f"{rng.randint(10000, 99999)}" if rng.random() < 0.5 else ""
    for i, frame in enumerate(frames):
        _form(page, *frame, fields, box, year, family, value_family, emp_addr, home, commas, COPIES[i], state_id,
              control, mark=i == 0)
    if copies == 1:
        _notice(page, family, m, H * 0.47 + 70, W - 2 * m)
    meta = {"boxes_printed": {k: canon_money(v) for k, v in box.items()}, "copies": copies}
    return Document("w2", fields, [page], f"w2/{layout}", family, meta=meta)


def _money_text(value: Decimal, commas: bool) -> str:
    return f"{value:,.2f}" if commas else f"{value:.2f}"


def _form(page, x, y, w, h, fields, box, year, family, vfamily, emp_addr, home, commas, copy_text, state_id,
          control, mark):
    """One copy of the form in the rectangle (x, y, w, h). Only the first copy
    carries field marks (truth boxes point at the first place printed)."""
    k = w / 564.0  # the layout below is drawn for a 564 pt wide form
    ls, vs = 5.6 * k + 0.8, 9.0 * k + 0.6
    ink = (0, 0, 0)
    line = (60, 60, 60)
    rows_h = h - 46 * k

    def cell(cx, cy, cw, ch, label, value=None, field=None, align="left", big=False):
        page.rect(cx, cy, cw, ch, stroke=line, width=0.6)
        page.text(cx + 2.5, cy + ls + 1.5, label, family, fonts.fit_size(label, family, ls, cw - 5),
                  color=(30, 30, 30))
        if value is not None:
            size = vs * (1.1 if big else 1.0)
            size = fonts.fit_size(value, vfamily, size, cw - 8)
            vx = cx + cw - 5 if align == "right" else cx + 5
            page.text(vx, cy + ch - 4 * k - 2, value, vfamily, size, color=ink, align=align,
                      field=field if mark else None)

    left_w = w * 0.5
    r = rows_h / 11.0
    # Row 0: box a and OMB line.
    cell(x, y, left_w * 0.5, r, "a  Employee's social security number", fields["employee_ssn"], "employee_ssn")
    page.rect(x + left_w * 0.5, y, w - left_w * 0.5, r, stroke=line, width=0.6)
    page.text(x + left_w * 0.5 + 4, y + r * 0.6, "OMB No. 1545-0008", family, ls + 1, bold=True)
    yy = y + r
    cell(x, yy, left_w, r, "b  Employer identification number (EIN)", fields["employer_ein"], "employer_ein")
    # Box c: employer name and address.
    ch = 3 * r
    page.rect(x, yy + r, left_w, ch, stroke=line, width=0.6)
    page.text(x + 2.5, yy + r + ls + 1.5, "c  Employer's name, address, and ZIP code", family, ls)
    cy = yy + r + ls + vs + 6
    page.text(x + 5, cy, fields["employer_name"], vfamily, fonts.fit_size(fields["employer_name"], vfamily, vs, left_w - 10),
              field="employer_name" if mark else None)
    for text, _ in address_lines(emp_addr):
        cy += vs * 1.2
        page.text(x + 5, cy, text, vfamily, fonts.fit_size(text, vfamily, vs, left_w - 10))
    yy += r + ch
    cell(x, yy, left_w, r, "d  Control number", control or None)
    yy += r
    # Box e and f.
    page.rect(x, yy, left_w, 3 * r, stroke=line, width=0.6)
    page.text(x + 2.5, yy + ls + 1.5, "e  Employee's first name and initial", family, ls)
    page.text(x + left_w * 0.58, yy + ls + 1.5, "Last name", family, ls)
    page.text(x + left_w - 22 * k, yy + ls + 1.5, "Suff.", family, ls)
    name = fields["employee_name"]
    page.text(x + 5, yy + ls + vs + 5, name, vfamily, fonts.fit_size(name, vfamily, vs, left_w - 10),
              field="employee_name" if mark else None)
    fy = yy + ls + vs + 5
    for text, _ in address_lines(home):
        fy += vs * 1.2
        page.text(x + 5, fy, text, vfamily, fonts.fit_size(text, vfamily, vs, left_w - 10))
    page.text(x + 2.5, yy + 3 * r - 3, "f  Employee's address and ZIP code", family, ls)
    # Right-hand boxes 1-14.
    rx, cw = x + left_w, (w - left_w) / 2
    m = lambda v: _money_text(v, commas)  # noqa: E731
    pairs = [(("1  Wages, tips, other compensation", m(box["1"]), "wages"),
              ("2  Federal income tax withheld", m(box["2"]), "federal_income_tax_withheld")),
             (("3  Social security wages", m(box["3"]), "social_security_wages"),
              ("4  Social security tax withheld", m(box["4"]), "social_security_tax_withheld")),
             (("5  Medicare wages and tips", m(box["5"]), "medicare_wages"),
              ("6  Medicare tax withheld", m(box["6"]), "medicare_tax_withheld")),
             (("7  Social security tips", None, None), ("8  Allocated tips", None, None)),
             (("9", None, None), ("10  Dependent care benefits", None, None)),
             (("11  Nonqualified plans", None, None),
              ("12a  See instructions for box 12", f"D   {m(box['12a'])}" if box["12a"] else None, None)),
             (("13  Statutory employee  Retirement plan  Third-party sick pay", None, None), ("12b", None, None)),
             (("14  Other", None, None), ("12c", None, None))]
    by = y + r
    for left, right in pairs:
        cell(rx, by, cw, r, left[0], left[1], left[2], align="right")
        cell(rx + cw, by, cw, r, right[0], right[1], right[2], align="right")
        by += r
    # State and local row.
    sy = y + 9 * r
    widths = [0.08, 0.22, 0.16, 0.14, 0.14, 0.13, 0.13]
    labels = ["15 State", "Employer's state ID number", "16 State wages, tips, etc.", "17 State income tax",
              "18 Local wages, tips, etc.", "19 Local income tax", "20 Locality name"]
    values = [emp_addr.region, state_id, m(box["16"]), m(box["17"]), None, None, None]
    sx = x
    for wf, label, value in zip(widths, labels, values):
        cell(sx, sy, w * wf, 2 * r, label, value)
        sx += w * wf
    # Footer.
    fy = sy + 2 * r + 14 * k
    page.text(x, fy, "Form", family, ls + 1)
    page.text(x + 18 * k + 4, fy + 2, "W-2", family, 18 * k + 4, bold=True)
    page.text(x + 62 * k + 10, fy, "Wage and Tax", family, 9 * k + 2, bold=True)
    page.text(x + 62 * k + 10, fy + 9 * k + 3, "Statement", family, 9 * k + 2, bold=True)
    page.text(x + w * 0.47, fy + 6, str(year), family, 20 * k + 4, bold=True,
              field="tax_year" if mark else None, align="center")
    page.text(x + w, fy, "Department of the Treasury—Internal Revenue Service", family, ls + 0.5, align="right")
    page.text(x, fy + 22 * k + 6, copy_text, family, ls + 0.5, bold=True)


def _notice(page, family, x, y, w):
    text = ("Notice to Employee. Do you have to file? Refer to the Instructions for Forms 1040 and 1040-SR to "
            "determine if you are required to file a tax return. Even if you don't have to file a tax return, you may "
            "be eligible for a refund if box 2 shows an amount or if you are eligible for any credit. Clergy and "
            "religious workers. If you aren't subject to social security and Medicare taxes, see Pub. 517. "
            "Corrections. If your name, SSN, or address is incorrect, correct your social security records.")
    fine_print(page, x, y, w, text, family, 7.5)
