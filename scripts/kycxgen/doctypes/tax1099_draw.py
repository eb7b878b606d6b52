"""Layouts of the 1099 family (doctypes/tax1099.py holds the forms and amounts):

- official:      the IRS Copy B grid at the top of a Letter page, the
                 instructions for the recipient below it;
- official_2up:  Copy B and Copy 2 of the grid on one page, as payroll and
                 accounting software print them on perforated paper;
- substitute:    a payer's own statement (bank, fund, state agency, plan
                 administrator): letterhead, recipient's address, the TINs,
                 and a list of boxes, "Box 1  Interest income ... $1,234.56";
- consolidated:  a brokerage's tax information statement with one form's
                 section in two columns of dotted lines (1099-INT, -DIV, -MISC).

Only the first copy carries field marks (truth boxes point at the first place
a value is printed)."""

import datetime as dt
import random
from decimal import Decimal

from .. import fonts
from ..addresses import address_lines
from ..layout import BLACK, LETTER, WHITE, Document, Page
from .page_common import BRAND_COLORS, fine_print, logo, wrap
from .tax1099 import Return, truth_fields

FORM_FAMILIES = ["Liberation Sans", "DejaVu Sans", "Liberation Sans Narrow", "DejaVu Sans Condensed"]
LINE = (40, 40, 40)
GREY = (90, 90, 90)

LAYOUTS = {
    "form_1099_int": {"official": 35, "official_2up": 10, "substitute": 30, "consolidated": 25},
    "form_1099_div": {"official": 35, "official_2up": 10, "substitute": 20, "consolidated": 35},
    "form_1099_misc": {"official": 45, "official_2up": 20, "substitute": 20, "consolidated": 15},
    "form_1099_nec": {"official": 45, "official_2up": 30, "substitute": 25},
    "form_1099_g": {"official": 50, "official_2up": 15, "substitute": 35},
    "form_1099_r": {"official": 45, "official_2up": 20, "substitute": 35},
}

COPY_2 = "To be filed with recipient's state income tax return, when required."

# Short notes to the recipient, in our own words, printed under a single copy.
NOTES = {
    "form_1099_int": ["Box 1. Shows taxable interest paid to you during the calendar year by the payer. It does not "
                      "include interest shown in box 3.",
                      "Box 2. Shows interest or principal forfeited because of early withdrawal of time savings. "
                      "You may deduct this amount to figure your adjusted gross income.",
                      "Box 8. Shows tax-exempt interest paid to you during the calendar year by the payer."],
    "form_1099_div": ["Box 1a. Shows total ordinary dividends that are taxable. Include this amount on the "
                      "dividends line of your return.",
                      "Box 1b. Shows the portion of the amount in box 1a that may be eligible for reduced capital "
                      "gains rates.",
                      "Box 2a. Shows total capital gain distributions from a regulated investment company or real "
                      "estate investment trust."],
    "form_1099_misc": ["Box 1. Report rents from real estate on Schedule E. If you provided significant services "
                       "to the tenant, report on Schedule C.",
                       "Box 2. Report royalties from oil, gas, or mineral properties, copyrights, and patents on "
                       "Schedule E.",
                       "Box 3. Generally, report this amount on the other income line of Schedule 1."],
    "form_1099_nec": ["Box 1. Shows nonemployee compensation. If the amount in this box is self-employment income, "
                      "report it on Schedule C or F and complete Schedule SE.",
                      "Box 4. Shows backup withholding. A payer must backup withhold on certain payments if you "
                      "did not give your TIN to the payer."],
    "form_1099_g": ["Box 1. Shows the total unemployment compensation paid to you this year. Combined with "
                    "other income, it may be taxable.",
                    "Box 2. Shows refunds, credits, or offsets of state or local income tax you received. It may "
                    "be taxable to you if you deducted the tax paid as an itemized deduction.",
                    "Box 4. Shows backup withholding or withholding you requested on unemployment compensation."],
    "form_1099_r": ["Box 1. Shows the total amount you received this year.",
                    "Box 2a. This part of the distribution is generally taxable. If there is no entry in this box, "
                    "the payer may not have all the facts needed to figure the taxable amount.",
                    "Box 7. The distribution code tells you and the IRS what kind of distribution you received."],
}


def money_text(value: Decimal, commas: bool) -> str:
    return f"{value:,.2f}" if commas else f"{value:.2f}"


def shown_values(ret: Return, boxes: list[str], commas: bool, zeros: bool) -> dict:
    """Box number -> printed text for every box among `boxes` the page fills.
    Empty money boxes print "0.00" when `zeros`, else stay blank (and absent)."""
    out = {}
    for num in boxes:
        box = ret.spec.box(num)
        value = ret.values.get(num)
        if box.kind == "money":
            if value is None and (not zeros or (num == "2a" and "not_determined" in ret.values.get("2b", ()))):
                continue
            out[num] = money_text(value if value is not None else Decimal("0.00"), commas)
        elif value is not None:
            out[num] = value
    return out


def draw(ret: Return, rng: random.Random) -> Document:
    doc_type = ret.spec.doc_type
    options = LAYOUTS[doc_type]
    layout = rng.choices(list(options), weights=list(options.values()))[0]
    family = rng.choice(FORM_FAMILIES)
    vfamily = rng.choice([family, family, "Liberation Mono", "DejaVu Sans Mono"])
    commas = rng.random() < 0.6
    if layout.startswith("official"):
        zeros = rng.random() < 0.3  # software that prints 0.00 in the boxes it always fills
        zero_boxes = [b.num for b in ret.spec.boxes if b.field and b.kind == "money"] if zeros else []
        shown = shown_values(ret, [b.num for b in ret.spec.boxes if b.num not in zero_boxes], commas, False)
        shown.update(shown_values(ret, zero_boxes, commas, True))
        page = _official_page(ret, shown, family, vfamily, rng, copies=2 if layout == "official_2up" else 1)
    elif layout == "substitute":
        page, shown, family = _substitute_page(ret, rng, family, commas)
    else:
        page, shown, family = _consolidated_page(ret, rng, family)
    fields = truth_fields(ret, shown)
    meta = {"form": ret.spec.form, "corrected": ret.corrected, "recipient_tin_masked": ret.tin_masked,
            "boxes_printed": {k: (list(v) if isinstance(v, tuple) else v) for k, v in shown.items()}}
    return Document(doc_type, fields, [page], f"{doc_type}/{layout}", family, meta=meta)


# ------------------------------------------------------------------ official grid

def _checkbox(page: Page, x: float, y: float, size: float, checked: bool, family: str) -> None:
    page.rect(x, y, size, size, stroke=BLACK, width=0.6)
    if checked:
        page.text(x + size / 2, y + size * 0.85, "X", family, size * 1.05, bold=True, align="center")


def _label(page: Page, x: float, y: float, w: float, num: str, text: str, family: str, size: float,
           max_lines: int = 2) -> float:
    """A box caption: the number in bold, then the words, wrapped into `max_lines`
    lines (shrunk if needed); returns the y below the caption."""
    lead = 0.0
    if num:
        lead = page.text(x, y + size, num, family, size, bold=True) + 2.5
    while True:
        lines = wrap(text, family, size, w - lead) if text else []
        if len(lines) <= max_lines or size < 3.6:
            break
        size *= 0.92
    for i, line in enumerate(lines[:max_lines]):
        page.text(x + (lead if i == 0 else 0), y + size * (1 + 1.15 * i), line, family, size)
    return y + size * (1 + 1.15 * max(len(lines), 1))


def _official_page(ret: Return, shown: dict, family: str, vfamily: str, rng: random.Random, copies: int) -> Page:
    W, H = LETTER
    page = Page(W, H)
    m = rng.uniform(30, 44)
    w = W - 2 * m
    value_align = rng.choice(["left", "right"])
    vsize = rng.uniform(8.2, 9.6)
    if copies == 1:
        y = rng.uniform(30, 60)
        h = rng.uniform(290, 320)
        _official_copy(page, m, y, w, h, ret, shown, family, vfamily, vsize, value_align,
                       ("Copy B", "For Recipient", ret.spec.copy_b), mark=True)
        _instructions(page, ret, m, y + h + 30, w, family)
    else:
        h = (H - 100) / 2 - 20
        for i, copy in enumerate([("Copy B", "For Recipient", ret.spec.copy_b), ("Copy 2", "", COPY_2)]):
            y = 36 + i * (h + 52)
            _official_copy(page, m, y, w, h, ret, shown, family, vfamily, vsize, value_align, copy, mark=i == 0)
            if i == 0:  # the perforation between the copies
                cut = y + h + 26
                for k in range(int((W - 2 * m) / 8)):
                    page.hline(m + k * 8, m + k * 8 + 4, cut, width=0.4, color=GREY)
    return page


def _official_copy(page: Page, x: float, y: float, w: float, h: float, ret: Return, shown: dict, family: str,
                   vfamily: str, vsize: float, value_align: str, copy: tuple, mark: bool) -> None:
    spec = ret.spec
    ls = 5.7

    def value(vx, vy, text, maxw, fieldname=None, size=None, align="left", marks=None):
        size = fonts.fit_size(text, vfamily, size or vsize, maxw)
        return page.text(vx, vy, text, vfamily, size, align=align, field=fieldname if mark else None,
                         marks=(marks if mark else None))

    # Top strip: the CORRECTED box.
    page.text(x + w * 0.42 - 10, y + 8, "CORRECTED (if checked)", family, 6.5, bold=True, align="right")
    _checkbox(page, x + w * 0.42 - 6, y + 1.5, 7, ret.corrected, family)
    top = y + 11
    footer = 13
    bh = h - 11 - footer
    L, M = w * 0.40, w * 0.37
    R = w - L - M
    n, s = len(spec.rows), len(spec.state_rows)
    rh = bh / (n + 1.25 * s)
    page.rect(x, top, w, bh, stroke=BLACK, width=1.0)

    # Left column: payer, TINs, recipient, address, account number.
    fr = [0.30, 0.11, 0.14, 0.11, 0.14]
    ys = [top]
    for f in fr:
        ys.append(ys[-1] + f * bh)
    for yy in ys[1:]:
        page.hline(x, x + L, yy, width=0.6, color=LINE)
    page.line(x + L, top, x + L, top + bh, width=0.8, color=LINE)
    # Payer block.
    after = _label(page, x + 2.5, ys[0] + 1, L - 5,
                   "", "PAYER'S name, street address, city or town, state or province, country, ZIP or foreign "
                       "postal code, and telephone no.", family, ls, 2)
    py = after + vsize + 2
    lines = [(ret.payer.name, "payer_name")] + [(t, None) for t, _ in address_lines(ret.payer.address)]
    lines.append((ret.payer.phone, None))
    step = min(vsize * 1.18, (ys[1] - after - 4) / len(lines))
    for text, fieldname in lines:
        value(x + 6, py, text, L - 12, fieldname, size=min(vsize, step / 1.12))
        py += step
    # TINs side by side.
    page.line(x + L / 2, ys[1], x + L / 2, ys[2], width=0.6, color=LINE)
    for i, (cap, tin, fieldname) in enumerate([("PAYER'S TIN", ret.payer.tin, "payer_tin"),
                                              ("RECIPIENT'S TIN", ret.recipient.tin, "recipient_tin")]):
        cx = x + i * L / 2
        page.text(cx + 2.5, ys[1] + ls + 1.5, cap, family, ls, bold=True)
        value(cx + 6, ys[2] - 4.5, tin, L / 2 - 12, fieldname)
    page.text(x + 2.5, ys[2] + ls + 1.5, "RECIPIENT'S name", family, ls, bold=True)
    value(x + 6, ys[3] - 4.5, ret.recipient.name, L - 12, "recipient_name")
    home = address_lines(ret.recipient.address)
    page.text(x + 2.5, ys[3] + ls + 1.5, "Street address (including apt. no.)", family, ls)
    value(x + 6, ys[4] - 4.5, home[0][0], L - 12)
    _label(page, x + 2.5, ys[4] + 1, L - 5, "", "City or town, state or province, country, and ZIP or foreign "
                                                "postal code", family, ls, 1)
    value(x + 6, ys[5] - 4.5, home[1][0], L - 12)
    # Account number row, with FATCA / 2nd TIN not. on its right.
    acc_w = L * 0.62
    page.line(x + acc_w, ys[5], x + acc_w, top + bh, width=0.6, color=LINE)
    page.text(x + 2.5, ys[5] + ls + 1.5, "Account number (see instructions)", family, ls)
    if ret.account:
        value(x + 6, ys[5] + (top + bh - ys[5]) * 0.62 + vsize / 2, ret.account, acc_w - 12, "account_number")
    if spec.doc_type in ("form_1099_int",):
        page.text(x + acc_w + 3, ys[5] + ls + 1.5, "FATCA filing", family, ls)
        page.text(x + acc_w + 3, ys[5] + 2 * ls + 2.5, "requirement", family, ls)
        _checkbox(page, x + L - 12, ys[5] + 3, 6, False, family)
    page.text(x + acc_w + 3, top + bh - 6, "2nd TIN not.", family, ls)
    _checkbox(page, x + L - 12, top + bh - 12, 6, False, family)

    # Box column.
    bx = x + L
    for r, row in enumerate(spec.rows):
        ry = top + r * rh
        cw = M / len(row)
        for c, num in enumerate(row):
            _cell(page, bx + c * cw, ry, cw, rh, spec.box(num), shown, ret, family, value, vsize, value_align, ls,
                  mark)
    # State rows across the box and title columns.
    sy = top + n * rh
    for srow in spec.state_rows:
        cw = (M + R) / len(srow)
        for c, num in enumerate(srow):
            _cell(page, bx + c * cw, sy, cw, rh * 1.25, spec.box(num), shown, ret, family, value, vsize,
                  value_align, ls, mark)
        sy += rh * 1.25
    # Right column: OMB, form number, year; title; copy legend.
    rx = bx + M
    page.line(rx, top, rx, top + n * rh, width=0.8, color=LINE)
    head_h = min(2.8 * rh, 64)
    page.hline(rx, x + w, top + head_h, width=0.6, color=LINE)
    cx = rx + R / 2
    page.text(cx, top + 8, f"OMB No. {spec.omb}", family, 6, align="center")
    page.text(rx + 4, top + 23, "Form", family, 6)
    page.text(rx + 4 + fonts.text_width("Form ", family, 6), top + 23, spec.form, family,
              fonts.fit_size(spec.form, family, 12, R - 30, bold=True), bold=True)
    page.text(cx, top + 31, f"(Rev. {spec.rev})", family, 5.6, align="center")
    page.text(cx, top + 40, "For calendar year", family, 5.8, align="center")
    ys_year = top + min(head_h - 4, 56)
    page.text(cx, ys_year, str(ret.year), vfamily, 12, bold=True, align="center",
              field="tax_year" if mark else None)
    ty = top + head_h + 3
    tsize = fonts.fit_size(max(spec.title, key=len), family, 10, R - 8, bold=True)
    tsize = min(tsize, (n * rh - head_h) * 0.32 / max(len(spec.title), 1))
    for line in spec.title:
        ty += tsize * 1.12
        page.text(cx, ty, line, family, tsize, bold=True, align="center")
    ty += 5
    page.hline(rx, x + w, ty, width=0.6, color=LINE)
    label, sub, legend = copy
    ty += 11
    page.text(rx + 4, ty, label, family, 9, bold=True)
    if sub:
        ty += 8
        page.text(rx + 4, ty, sub, family, 7, bold=True)
    room = top + n * rh - ty - 3
    size = 5.6
    while True:
        lines = wrap(legend, family, size, R - 8)
        if len(lines) * size * 1.18 <= room or size < 3.5:
            break
        size *= 0.93
    for line in lines:
        ty += size * 1.18
        page.text(rx + 4, ty, line, family, size)
    # Footer.
    fy = top + bh + 9
    page.text(x, fy, "Form", family, 6)
    page.text(x + fonts.text_width("Form ", family, 6), fy, f"{spec.form} (Rev. {_rev_short(spec.rev)})", family,
              7, bold=True)
    page.text(x + w * 0.36, fy, "(keep for your records)", family, 6)
    page.text(x + w * 0.55, fy, spec.url, family, 6)
    page.text(x + w, fy, "Department of the Treasury - Internal Revenue Service", family, 6, align="right")


def _rev_short(rev: str) -> str:
    month, year = rev.split()
    return f"{dt.datetime.strptime(month, '%B').month}-{year}"


def _cell(page, cx, cy, cw, ch, box, shown, ret, family, value, vsize, value_align, ls, mark):
    page.rect(cx, cy, cw, ch, stroke=LINE, width=0.6)
    num = "" if box.num == "rtn" else box.num
    if box.kind == "check2":
        a, b = box.label.split("|")
        checked = shown.get(box.num, ())
        half = cw / 2
        _label(page, cx + 2.5, cy + 1, half - 12, num, a, family, ls, 2)
        _checkbox(page, cx + half - 10, cy + ch - 10, 6, "not_determined" in checked, family)
        _label(page, cx + half + 2.5, cy + 1, half - 14, "", b, family, ls, 2)
        _checkbox(page, cx + cw - 10, cy + ch - 10, 6, "total" in checked, family)
        return
    if box.kind == "code":
        inner = cw * 0.58
        _label(page, cx + 2.5, cy + 1, inner - 4, num, box.label, family, ls, 2)
        page.line(cx + inner, cy, cx + inner, cy + ch, width=0.5, color=LINE)
        _label(page, cx + inner + 2, cy + 1, cw - inner - 4, "", "IRA/ SEP/ SIMPLE", family, ls * 0.95, 2)
        _checkbox(page, cx + cw - 10, cy + ch - 9, 6, bool(ret.values.get("7ira")), family)
        if box.num in shown:
            value(cx + 8, cy + ch - 4, shown[box.num], inner - 12, box.field)
        return
    if box.kind == "check":
        _label(page, cx + 2.5, cy + 1, cw - 14, num, box.label, family, ls, 3)
        _checkbox(page, cx + cw - 10, cy + ch - 10, 6, bool(shown.get(box.num)), family)
        return
    _label(page, cx + 2.5, cy + 1, cw - 5, num, box.label, family, ls, 2 if ch > 19 else 1)
    if box.kind == "money":
        page.text(cx + 3, cy + ch - 4, "$", family, vsize * 0.9)
        if box.num in shown:
            text = shown[box.num]
            if value_align == "right":
                value(cx + cw - 5, cy + ch - 4, text, cw - 20, box.field, align="right")
            else:
                value(cx + 13, cy + ch - 4, text, cw - 20, box.field)
    elif box.kind == "pct":
        page.text(cx + cw - 8, cy + ch - 4, "%", family, vsize * 0.9)
    elif box.kind == "text" and box.num in shown:
        value(cx + 6, cy + ch - 4, shown[box.num], cw - 10, box.field)


def _instructions(page: Page, ret: Return, x: float, y: float, w: float, family: str) -> None:
    page.text(x, y, "Instructions for Recipient", family, 9, bold=True)
    y += 14
    paras = ["Recipient's taxpayer identification number (TIN). For your protection, this form may show only the "
             "last four digits of your TIN (SSN, ITIN, ATIN, or EIN). However, the issuer has reported your complete "
             "TIN to the IRS.",
             "Account number. May show an account or other unique number the payer assigned to distinguish your "
             "account."] + NOTES[ret.spec.doc_type]
    for p in paras:
        y = fine_print(page, x, y, w, p, family, 7.2) + 4


# ------------------------------------------------------------------ substitute statement

def _money_with_sign(text: str, dollar: bool) -> str:
    return f"${text}" if dollar else text


def _listed_boxes(ret: Return, zeros: bool) -> list[str]:
    """The boxes a substitute lists: the form's usual ones (when `zeros`) and every filled box."""
    out = []
    for box in ret.spec.boxes:
        if box.num in ("rtn", "7ira") or box.kind in ("blank", "pct"):
            continue
        filled = box.num in ret.values
        if filled or (zeros and box.num in ret.spec.listed):
            out.append(box.num)
    return out


def _substitute_page(ret: Return, rng: random.Random, family: str, commas: bool):
    spec = ret.spec
    W, H = LETTER
    page = Page(W, H)
    family = rng.choice([family, "DejaVu Serif", "Liberation Serif", "DejaVu Sans"])
    brand = rng.choice(BRAND_COLORS)
    m = rng.uniform(38, 54)
    dollar = rng.random() < 0.6
    zeros = rng.random() < 0.55
    style = rng.choice(["table", "leaders"])
    boxes = _listed_boxes(ret, zeros)
    shown = shown_values(ret, boxes, commas, zeros)

    # Letterhead.
    logo(page, rng, m, 38, 30, brand)
    name_size = fonts.fit_size(ret.payer.name, family, 15, W * 0.5, bold=True)
    page.text(m + 40, 56, ret.payer.name, family, name_size, bold=True, color=brand, field="payer_name")
    y = 70
    for text, _ in address_lines(ret.payer.address):
        page.text(m + 40, y, text, family, 8.5)
        y += 10.5
    page.text(m + 40, y, f"Telephone {ret.payer.phone}", family, 8.5)
    # Form heading at the right.
    rx = W - m
    head = f"{ret.year} Form {spec.form}"
    page.text(rx, 54, head, family, 15, bold=True, align="right", marks={"tax_year": (0, 4)})
    title = spec.title_text if spec.doc_type != "form_1099_r" else "Distributions From Pensions, Annuities, etc."
    page.text(rx, 67, title, family, fonts.fit_size(title, family, 9, W * 0.4), align="right")
    page.text(rx, 79, "Copy B For Recipient", family, 8.5, bold=True, align="right")
    page.text(rx, 90, f"OMB No. {spec.omb}", family, 7.5, align="right")
    if ret.corrected:
        page.rect(rx - 70, 96, 70, 13, stroke=(170, 20, 20), width=1.0)
        page.text(rx - 35, 106, "CORRECTED", family, 8.5, bold=True, color=(170, 20, 20), align="center")
    # Recipient address (as in an envelope window) and identification panel.
    ay = rng.uniform(150, 170)
    ax = m + rng.uniform(0, 30)
    page.text(ax, ay, ret.recipient.name, family, 10, field="recipient_name")
    for text, _ in address_lines(ret.recipient.address):
        ay += 12
        page.text(ax, ay, text, family, 10)
    labels = rng.choice([("PAYER'S TIN", "RECIPIENT'S TIN", "Account number"),
                         ("Payer's federal identification number", "Recipient's identification number",
                          "Account No."),
                         ("Payer TIN", "Your TIN", "Account")])
    px, py = W * 0.56, rng.uniform(146, 160)
    rows = [(labels[0], ret.payer.tin, "payer_tin"), (labels[1], ret.recipient.tin, "recipient_tin")]
    if ret.account:
        rows.append((labels[2], ret.account, "account_number"))
    issued = dt.date(ret.year + 1, 1, rng.randint(15, 31))
    rows.append(("Date issued" if rng.random() < 0.5 else "Statement date", issued.strftime("%m/%d/%Y"), None))
    lw = max(fonts.text_width(r[0] + ":", family, 8.5, True) for r in rows) + 8
    page.rect(px - 6, py - 12, W - m - px + 6, 14.5 * len(rows) + 8, stroke=(150, 150, 150), width=0.5)
    for label, text, fieldname in rows:
        page.text(px, py, label + ":", family, 8.5, bold=True)
        page.text(px + lw, py, text, family, fonts.fit_size(text, family, 9, W - m - px - lw - 4), field=fieldname)
        py += 14.5

    # The boxes.
    ty = max(ay, py) + 38
    band = f"Form {spec.form} — {spec.title_text if spec.doc_type != 'form_1099_r' else 'Distributions'}"
    page.rect(m, ty - 12, W - 2 * m, 17, stroke=None, fill=brand)
    page.text(m + 6, ty, band, family, 10, bold=True, color=WHITE)
    page.text(W - m - 6, ty, f"Tax year {ret.year}", family, 9, bold=True, color=WHITE, align="right")
    ty += 22
    amount_x = W - m - 6
    if style == "table":
        page.text(m + 6, ty, "Box", family, 8.5, bold=True)
        page.text(m + 46, ty, "Description", family, 8.5, bold=True)
        page.text(amount_x, ty, "Amount", family, 8.5, bold=True, align="right")
        page.hline(m, W - m, ty + 4, width=0.8)
        ty += 17
    for num in boxes:
        box = spec.box(num)
        text = _box_text(box, shown.get(num), dollar)
        if text is None:
            continue
        label = box.label.replace("|", " / ")
        if style == "table":
            page.text(m + 6, ty, num, family, 9)
            page.text(m + 46, ty, label, family, fonts.fit_size(label, family, 9, amount_x - m - 150))
        else:
            cap = f"Box {num}  {label}"
            size = fonts.fit_size(cap, family, 9, amount_x - m - 140)
            cw = page.text(m + 6, ty, cap, family, size)
            dots_x0 = m + 6 + cw + 6
            tw = fonts.text_width(text, family, 9)
            n_dots = int((amount_x - tw - 8 - dots_x0) / fonts.text_width(". ", family, 8))
            if n_dots > 0:
                page.text(dots_x0, ty, ". " * n_dots, family, 8, color=(120, 120, 120))
        marks = None
        if box.field and num in shown:
            start = text.index(str(shown[num]))
            marks = {box.field: (start, start + len(str(shown[num])))}
        page.text(amount_x, ty, text, family, 9, align="right", marks=marks)
        if style == "table":
            page.hline(m, W - m, ty + 5, width=0.3, color=(180, 180, 180))
        ty += 17
    ty += 14
    ty = fine_print(page, m, ty, W - 2 * m, spec.copy_b, family, 7.5) + 8
    page.text(m, ty, "Instructions for Recipient", family, 8.5, bold=True)
    ty += 12
    for p in NOTES[spec.doc_type]:
        ty = fine_print(page, m, ty, W - 2 * m, p, family, 7.2) + 3
    page.text(m, H - 40, f"Substitute Form {spec.form} furnished by {ret.payer.name}. Keep for your records.",
              family, 7, color=GREY)
    return page, shown, family


def _box_text(box, value, dollar: bool) -> str | None:
    if value is None:
        return None
    if box.kind == "money":
        return _money_with_sign(value, dollar)
    if box.kind == "check":
        return "X" if value else None
    if box.kind == "check2":
        parts = box.label.split("|")
        return ", ".join(p for p, k in zip(parts, ("not_determined", "total")) if k in value) or None
    return str(value)


# ------------------------------------------------------------------ brokerage consolidated statement

def _consolidated_page(ret: Return, rng: random.Random, family: str):
    spec = ret.spec
    W, H = LETTER
    page = Page(W, H)
    family = rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Sans Narrow", "DejaVu Sans Condensed"])
    brand = rng.choice(BRAND_COLORS)
    m = rng.uniform(32, 46)
    boxes = [b.num for b in spec.boxes if b.kind == "money" and b.num not in [n for r in spec.state_rows for n in r]]
    boxes += [b.num for b in spec.boxes if b.kind in ("text", "check") and b.num in ret.values]
    shown = shown_values(ret, boxes, True, True)

    # Header.
    page.rect(m, 30, W - 2 * m, 4, stroke=None, fill=brand)
    page.text(m, 56, ret.payer.name, family, fonts.fit_size(ret.payer.name, family, 16, W * 0.5, True), bold=True,
              color=brand, field="payer_name")
    head = f"{ret.year} TAX INFORMATION STATEMENT" if rng.random() < 0.5 else f"Tax Reporting Statement {ret.year}"
    start = head.index(str(ret.year))
    page.text(W - m, 50, head, family, 11, bold=True, align="right", marks={"tax_year": (start, start + 4)})
    page.text(W - m, 62, "Consolidated Form 1099", family, 8.5, align="right")
    y = 74
    for text, _ in address_lines(ret.payer.address):
        page.text(m, y, text, family, 8)
        y += 10
    page.text(m, y, f"Customer service: {ret.payer.phone}", family, 8)
    # Identification panel.
    labels = rng.choice([("Account Number", "Recipient's TIN", "Payer's Federal ID No."),
                         ("Account No.", "RECIPIENT'S Identification Number", "PAYER'S Federal ID Number")])
    px, py = W * 0.58, 84
    rows = []
    if ret.account:
        rows.append((labels[0], ret.account, "account_number"))
    rows += [(labels[1], ret.recipient.tin, "recipient_tin"), (labels[2], ret.payer.tin, "payer_tin")]
    prepared = dt.date(ret.year + 1, 2, rng.randint(1, 17))
    rows.append(("Date Prepared", prepared.strftime("%B %d, %Y").replace(" 0", " "), None))
    for label, text, fieldname in rows:
        page.text(px, py, label, family, 7.8, color=GREY)
        page.text(W - m, py, text, family, 8.8, bold=True, align="right", field=fieldname)
        py += 12
    ay = max(py, y) + 26
    page.text(m + 10, ay, ret.recipient.name, family, 9.5, field="recipient_name")
    for text, _ in address_lines(ret.recipient.address):
        ay += 11.5
        page.text(m + 10, ay, text, family, 9.5)

    # The form's section.
    sy = ay + 34
    page.rect(m, sy - 13, W - 2 * m, 19, stroke=None, fill=(30, 30, 30))
    band = f"{ret.year} {spec.form}*   {spec.title_text.upper()}"
    page.text(m + 6, sy, band, family, fonts.fit_size(band, family, 10, W * 0.55, True), bold=True, color=WHITE)
    page.text(W - m - 6, sy, f"Copy B for Recipient (OMB No. {spec.omb})", family, 7.5, color=WHITE, align="right")
    if ret.corrected:
        page.text(W / 2 + 40, sy + 18, "CORRECTED", family, 9, bold=True, color=(170, 20, 20))
    sy += 24
    colw = (W - 2 * m - 20) / 2
    half = (len(boxes) + 1) // 2
    for i, num in enumerate(boxes):
        box = spec.box(num)
        col, row = divmod(i, half)
        cx = m + col * (colw + 20)
        cy = sy + row * 15
        text = _box_text(box, shown.get(num), False)
        cap = f"{num}- {_title_case(box.label)}"
        size = fonts.fit_size(cap, family, 8, colw - 70)
        cw = page.text(cx, cy, cap, family, size)
        if text is None:
            continue
        tw = fonts.text_width(text, family, 8.5)
        n_dots = int((colw - cw - tw - 12) / fonts.text_width(".", family, 8))
        if n_dots > 0:
            page.text(cx + cw + 3, cy, "." * n_dots, family, 8, color=(140, 140, 140))
        page.text(cx + colw, cy, text, family, 8.5, align="right", field=box.field)
    fy = sy + half * 15 + 18
    page.hline(m, W - m, fy - 10, width=0.5)
    fy = fine_print(page, m, fy, W - 2 * m, "* " + IMPORTANT_NOTE, family, 7) + 6
    fy = fine_print(page, m, fy, W - 2 * m, "Amounts shown are for the tax year stated above. Other Forms 1099 for "
                    "this account, if any, are reported separately. Keep this statement for your records.", family, 7)
    page.text(W - m, H - 34, "Page 1 of 1", family, 7, align="right", color=GREY)
    return page, shown, family


IMPORTANT_NOTE = ("This is important tax information and is being furnished to the Internal Revenue Service. If you "
                  "are required to file a return, a negligence penalty or other sanction may be imposed on you if "
                  "this income is taxable and the IRS determines that it has not been reported.")

_SMALL = {"and", "or", "of", "in", "on", "to", "for", "from", "by", "the", "a", "an", "within"}


def _title_case(label: str) -> str:
    words = label.replace("|", " / ").split()
    return " ".join(w if (i and w in _SMALL) or any(c.isupper() for c in w) or not w[0].isalpha()
                    else w[0].upper() + w[1:] for i, w in enumerate(words))
