"""Form SSA-1099, Social Security Benefit Statement: the form the Social
Security Administration mails each January (layout "statement"), or the copy a
beneficiary prints or is sent on request, under a short SSA letter ("replacement").

Box 3 is the year's benefits (whole-dollar monthly amounts), box 4 what was
repaid to SSA ("NONE" on most statements), box 5 = box 3 - box 4, box 6 the
voluntary federal income tax withheld ("NONE" when not elected). A box that
prints NONE is absent from the truth (no amount is printed). The description
of box 3 adds up: paid by check or direct deposit + Medicare premiums + tax
withheld = box 3. The payer is the SSA itself; it prints no payer TIN."""

import datetime as dt
import random
from decimal import Decimal

from .. import fonts
from ..addresses import address_lines, us_address
from ..layout import BLACK, LETTER, Document, Page
from ..people import ascii_upper, random_person
from ..textfmt import canon_money, money
from . import GenContext
from .page_common import fine_print
from .tax1099 import masked
from .w2 import synthetic_ssn

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg")
PAYER = "SOCIAL SECURITY ADMINISTRATION"
PART_B = {2024: Decimal("174.70"), 2025: Decimal("185.00")}
LINE = (40, 40, 40)


def _amounts(rng: random.Random, year: int, age: int) -> dict:
    months = 12 if rng.random() < 0.85 else rng.randint(2, 11)
    monthly = Decimal(rng.randint(880, 3950))
    paid = monthly * months
    a = {"months": months, "paid": money(paid)}
    a["part_b"] = PART_B[year] * months if age >= 65 or rng.random() < 0.2 else Decimal(0)
    a["part_d"] = money(Decimal(rng.uniform(0.5, 45)) * months) if a["part_b"] and rng.random() < 0.2 else Decimal(0)
    a["withheld"] = money(paid * Decimal(rng.choice(["0.07", "0.10", "0.12", "0.22"]))) if rng.random() < 0.25 \
        else Decimal(0)
    a["repaid"] = money(Decimal(rng.uniform(120, min(3000, float(paid) * 0.3)))) if rng.random() < 0.1 else Decimal(0)
    a["direct"] = a["paid"] - a["part_b"] - a["part_d"] - a["withheld"]
    a["net"] = a["paid"] - a["repaid"]
    return a


def generate(rng: random.Random, ctx: GenContext) -> Document:
    year = rng.choices([2025, 2024], weights=[85, 15])[0]
    person = random_person(rng, ctx.reference_date, min_age=30, max_age=92)
    age = year - person.date_of_birth.year
    name = ascii_upper(f"{person.first_middle_initial()} {person.surname}" if rng.random() < 0.6
                       else person.full_name)
    home = us_address(rng)
    ssn = synthetic_ssn(rng)
    is_masked = rng.random() < 0.33
    style = rng.choice(["x", "x", "star"])
    tin = masked(ssn, style) if is_masked else ssn
    own_record = rng.random() < 0.8
    claim_ssn = ssn if own_record else synthetic_ssn(rng)
    suffix = "A" if own_record else rng.choice(["B", "B1", "D", "C1"])
    claim = (masked(claim_ssn, style) if is_masked else claim_ssn) + suffix
    a = _amounts(rng, year, age)
    commas = rng.random() < 0.9
    dollar = rng.random() < 0.85

    def m(v: Decimal) -> str:
        text = f"{v:,.2f}" if commas else f"{v:.2f}"
        return f"${text}" if dollar else text

    shown = {"3": m(a["paid"]), "4": m(a["repaid"]) if a["repaid"] else "NONE", "5": m(a["net"]),
             "6": m(a["withheld"]) if a["withheld"] else "NONE"}
    fields = {"tax_year": str(year), "payer_name": PAYER, "recipient_name": name, "recipient_tin": tin,
              "benefits_paid": canon_money(a["paid"]), "net_benefits": canon_money(a["net"])}
    if a["repaid"]:
        fields["benefits_repaid"] = canon_money(a["repaid"])
    if a["withheld"]:
        fields["federal_income_tax_withheld"] = canon_money(a["withheld"])
    fields["currency"] = "USD"

    layout = rng.choice(["statement", "replacement"])
    family = rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Sans Narrow", "DejaVu Sans Condensed"])
    vfamily = rng.choice([family, "Liberation Mono", "DejaVu Sans Mono"])
    page = Page(*LETTER)
    W, _ = LETTER
    x0 = rng.uniform(34, 50)
    w = W - 2 * x0
    desc3 = [("Paid by check or direct deposit", m(a["direct"]))]
    if a["part_b"]:
        desc3.append(("Medicare Part B premiums deducted from your benefits", m(a["part_b"])))
    if a["part_d"]:
        desc3.append(("Medicare Prescription Drug premiums (Part D) deducted from your benefits", m(a["part_d"])))
    if a["withheld"]:
        desc3.append(("Voluntary federal income tax withheld", m(a["withheld"])))
    desc3 += [("Total Additions", m(a["paid"])), (f"Benefits for {year}", m(a["paid"]))]
    desc4 = [(rng.choice(["Deductions for work or other adjustments", "Amount paid to SSA by check",
                          "Checks returned to SSA"]), m(a["repaid"]))] if a["repaid"] else [("NONE", "")]
    if layout == "statement":
        y = rng.uniform(36, 70)
        page.text(x0, y, PAYER, family, 9, bold=True, field="payer_name")
        page.text(x0 + w, y, "www.ssa.gov", family, 7.5, align="right")
        bottom = _statement(page, x0, y + 14, w, year, name, tin, claim, home, shown, desc3, desc4, family, vfamily)
        fine_print(page, x0, bottom + 30, w, "Keep this statement for your records. If you received Social Security "
                   "benefits in the year shown, part of them may be taxable. Use the amount in Box 5 with the "
                   "worksheet in IRS Notice 703 to see whether any of your benefits are taxable.", family, 7.5)
    else:
        y = rng.uniform(40, 60)
        page.text(x0, y + 4, PAYER, family, 12, bold=True, field="payer_name")
        page.text(x0, y + 17, "Benefit Statement", family, 9)
        issued = dt.date(year + 1, rng.randint(2, 10), rng.randint(1, 28))
        page.text(x0 + w, y + 4, f"Date: {issued.strftime('%B %d, %Y').replace(' 0', ' ')}", family, 9,
                  align="right")
        ly = y + 48
        for text in [name] + [t for t, _ in address_lines(home)]:
            page.text(x0, ly, ascii_upper(text), family, 9.5)
            ly += 12
        ly = fine_print(page, x0, ly + 16, w, "You asked us for a copy of your Social Security Benefit Statement "
                        "(Form SSA-1099). This is a replacement of the statement we sent you. Use it as you would "
                        "the original when you file your federal income tax return.", family, 8.5)
        _statement(page, x0, ly + 18, w, year, name, tin, claim, home, shown, desc3, desc4, family, vfamily,
                   stacked=True)
    meta = {"form": "SSA-1099", "recipient_tin_masked": is_masked, "boxes_printed": shown,
            "box3_description": [[k, v] for k, v in desc3], "claim_number": claim}
    return Document("ssa_1099", fields, [page], f"ssa_1099/{layout}", family, meta=meta)


def _cell(page, x, y, w, h, family):
    page.rect(x, y, w, h, stroke=LINE, width=0.7)


def _statement(page: Page, x: float, y: float, w: float, year: int, name: str, tin: str, claim: str, home,
               shown: dict, desc3: list, desc4: list, family: str, vfamily: str, stacked: bool = False) -> float:
    """Draws the form with its top-left corner at (x, y); returns the y of its last line."""
    ls, vs = 6.6, 10.0

    def caption(cx, cy, text, bold=True, size=ls):
        page.text(cx + 3, cy + size + 2, text, family, size, bold=bold)

    def val(cx, cy, text, maxw, field=None, size=vs):
        page.text(cx, cy, text, vfamily, fonts.fit_size(text, vfamily, size, maxw), field=field)

    # Heading: year at the left, the form's name and two notes.
    hh = 40
    page.rect(x, y, w, hh, stroke=BLACK, width=1.0)
    page.text(x + 8, y + 28, str(year), family, 20, bold=True, field="tax_year")
    tx = x + 74
    head = "FORM SSA-1099 – SOCIAL SECURITY BENEFIT STATEMENT"
    page.text(tx, y + 12, head, family, fonts.fit_size(head, family, 10, w - 84, True), bold=True)
    page.text(tx, y + 23, "• PART OF YOUR SOCIAL SECURITY BENEFITS SHOWN IN BOX 5 MAY BE TAXABLE INCOME.", family,
              fonts.fit_size("• PART OF YOUR SOCIAL SECURITY BENEFITS SHOWN IN BOX 5 MAY BE TAXABLE INCOME.", family,
                             6.8, w - 84))
    page.text(tx, y + 33, "• SEE THE REVERSE FOR MORE INFORMATION.", family, 6.8)
    y += hh
    # Boxes 1 and 2.
    rh = 34
    half = w * 0.62
    _cell(page, x, y, half, rh, family)
    _cell(page, x + half, y, w - half, rh, family)
    caption(x, y, "Box 1. Name")
    val(x + 8, y + rh - 8, name, half - 16, "recipient_name")
    caption(x + half, y, "Box 2. Beneficiary's Social Security Number")
    val(x + half + 8, y + rh - 8, tin, w - half - 16, "recipient_tin")
    y += rh
    # Boxes 3, 4, 5.
    third = w / 3
    labels = [("3", f"Box 3. Benefits Paid in {year}", "benefits_paid"),
              ("4", f"Box 4. Benefits Repaid to SSA in {year}", "benefits_repaid"),
              ("5", f"Box 5. Net Benefits for {year} (Box 3 minus Box 4)", "net_benefits")]
    for i, (num, label, field) in enumerate(labels):
        cx = x + i * third
        _cell(page, cx, y, third, rh, family)
        caption(cx, y, label, size=fonts.fit_size(label, family, ls, third - 8, True))
        text = shown[num]
        val(cx + 8, y + rh - 8, text, third - 16, field if text != "NONE" else None)
    y += rh
    # Descriptions of boxes 3 and 4.
    dh = 16 + 11 * max(len(desc3), len(desc4), 3)
    dw = w * 0.6
    _cell(page, x, y, dw, dh, family)
    _cell(page, x + dw, y, w - dw, dh, family)
    caption(x, y, "DESCRIPTION OF AMOUNT IN BOX 3")
    caption(x + dw, y, "DESCRIPTION OF AMOUNT IN BOX 4")
    for col, (cx, cw, rows) in enumerate([(x, dw, desc3), (x + dw, w - dw, desc4)]):
        ry = y + 22
        for label, amount in rows:
            size = fonts.fit_size(label, vfamily, 7.6, cw * 0.68)
            page.text(cx + 8, ry, label, vfamily, size)
            if amount:
                page.text(cx + cw - 8, ry, amount, vfamily, 7.6, align="right")
            ry += 11
    y += dh
    # Boxes 6, 7, 8.
    bh = 62
    if stacked:
        parts = [(x, w * 0.5, "6"), (x + w * 0.5, w * 0.5, "8")]
        for cx, cw, num in parts:
            _cell(page, cx, y, cw, 36, family)
        caption(x, y, "Box 6. Voluntary Federal Income Tax Withheld")
        text = shown["6"]
        val(x + 8, y + 28, text, w * 0.5 - 16, "federal_income_tax_withheld" if text != "NONE" else None)
        caption(x + w * 0.5, y, "Box 8. Claim Number (Use this number if you need to contact SSA.)",
                size=fonts.fit_size("Box 8. Claim Number (Use this number if you need to contact SSA.)", family,
                                    ls, w * 0.5 - 8, True))
        val(x + w * 0.5 + 8, y + 28, claim, w * 0.5 - 16)
        y += 36
        _cell(page, x, y, w, bh, family)
        caption(x, y, "Box 7. Address")
        ay = y + 24
        for text in [name] + [ascii_upper(t) for t, _ in address_lines(home)]:
            val(x + 8, ay, text, w - 16, size=8.5)
            ay += 11
        y += bh
    else:
        widths = [w * 0.3, w * 0.4, w * 0.3]
        cx = x
        for cw in widths:
            _cell(page, cx, y, cw, bh, family)
            cx += cw
        caption(x, y, "Box 6. Voluntary Federal Income", size=ls)
        page.text(x + 3, y + 2 * ls + 3, "Tax Withheld", family, ls, bold=True)
        text = shown["6"]
        val(x + 8, y + 40, text, widths[0] - 16, "federal_income_tax_withheld" if text != "NONE" else None)
        ax = x + widths[0]
        caption(ax, y, "Box 7. Address")
        ay = y + 22
        for text in [name] + [ascii_upper(t) for t, _ in address_lines(home)]:
            val(ax + 8, ay, text, widths[1] - 16, size=8.5)
            ay += 11
        cx8 = ax + widths[1]
        caption(cx8, y, "Box 8. Claim Number")
        page.text(cx8 + 3, y + 2 * ls + 4, "(Use this number if you need to contact SSA.)", family,
                  fonts.fit_size("(Use this number if you need to contact SSA.)", family, ls - 0.6, widths[2] - 6))
        val(cx8 + 8, y + 44, claim, widths[2] - 16)
        y += bh
    page.text(x, y + 11, f"Form SSA-1099-SM (1-{year + 1})", family, 6.8)
    page.text(x + w, y + 11, "DO NOT RETURN THIS FORM TO SSA OR IRS", family, 7, bold=True, align="right")
    return y + 11
