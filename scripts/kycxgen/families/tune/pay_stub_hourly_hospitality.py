"""Hourly pay stubs of restaurants, bars, hotels and warehouses, printed by
small-business payroll apps: weekly or biweekly, several earnings lines
(tipped hourly wage, overtime, card tips, tip pool, shift differential,
holiday premium), Social Security and Medicare on the whole gross, meal and
uniform deductions, sometimes no year-to-date at all and never a YTD net.
Two prints: a voucher (a VOID check on top, then the employee's stub and the
employer's copy) and a narrow receipt-like print in a typewriter face."""

DOC_TYPE = "pay_stub"
NAME = "hourly_hospitality"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US restaurant, hotel or warehouse hourly pay stub (USD, weekly or biweekly) with tips and "
               "several earnings lines, printed as a check voucher or a narrow receipt.")

import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...doctypes import GenContext
from ...layout import LETTER, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money, money
from . import _tune_common as C

RESTAURANTS = ["Blue Heron Bistro LLC", "Sunnyside Diner Inc", "Copper Pot Kitchen", "Harborlight Hotel & Suites",
               "Two Rivers Taproom", "La Cocina de Elena LLC", "Maple & Rye Steakhouse"]
WAREHOUSES = ["Meridian Freight Co", "Brightwave Logistics LLC", "Northgate Fulfillment Center", "Crossdock Partners Inc",
              "Granite Peak Distribution"]
NO_TAX = {"TX", "FL", "WA"}
ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " Hundred" + (" " + _words(n % 100) if n % 100 else "")
    return _words(n // 1000) + " Thousand" + (" " + _words(n % 1000) if n % 1000 else "")


def _earnings(rng, kind, freq, prior, with_ytd):
    week = 1 if freq == "weekly" else 2
    lines = []

    def add(name, hours, rate, current, spread=(0.6, 1.1)):
        yt = C.ytd(rng, current, prior, *spread) if with_ytd else None
        lines.append((name, hours, rate, current, yt))

    if kind == "restaurant":
        tipped = rng.random() < 0.7
        rate = Decimal(rng.choice(["2.13", "2.83", "3.63", "5.00", "9.45"])) if tipped else \
            Decimal(str(round(rng.uniform(12, 19), 2)))
        hours = Decimal(rng.randint(14, 38) * week) + Decimal(rng.choice(["0", "0.25", "0.50", "0.75"]))
        add(rng.choice(["Server Hourly", "Bartender Hourly", "Host", "Line Cook", "Busser"]) if tipped else
            rng.choice(["Line Cook", "Prep Cook", "Dishwasher", "Front Desk"]), hours, rate, money(hours * rate))
        if hours > 40 * week and not tipped:
            pass
        if rng.random() < 0.35:
            ot_h = Decimal(rng.randint(1, 9)) + Decimal(rng.choice(["0", "0.50"]))
            ot_rate = money(rate * Decimal("1.5")) if not tipped else money(rate + Decimal("3.63"))
            add("Overtime", ot_h, ot_rate, money(ot_h * ot_rate), (0.2, 1.0))
        if tipped:
            add(rng.choice(["Credit Card Tips", "Charged Tips", "CC Tips"]), None, None,
                money(rng.uniform(90, 620) * week), (0.85, 1.1))
            if rng.random() < 0.5:
                add(rng.choice(["Tip Pool", "Tip Share"]), None, None, money(rng.uniform(20, 160) * week), (0.7, 1.1))
        if rng.random() < 0.2:
            th = Decimal(rng.choice([4, 6, 8]))
            add("Training", th, Decimal("11.00"), money(th * Decimal("11.00")), (0.05, 0.3))
    else:
        rate = Decimal(str(round(rng.uniform(16.5, 24.75), 2)))
        hours = Decimal(rng.choice([32, 36, 40, 40, 40]) * week)
        add("Regular", hours, rate, money(hours * rate), (0.85, 1.0))
        if rng.random() < 0.65:
            ot_h = Decimal(rng.randint(2, 14) * week) + Decimal(rng.choice(["0", "0.25", "0.50"]))
            ot_rate = money(rate * Decimal("1.5"))
            add("Overtime", ot_h, ot_rate, money(ot_h * ot_rate), (0.3, 1.2))
        if rng.random() < 0.5:
            dh = Decimal(rng.randint(8, 40) * week // 2 * 2)
            diff = Decimal(rng.choice(["1.00", "1.50", "2.00"]))
            add(rng.choice(["Night Shift Diff", "Shift Differential", "2nd Shift Premium"]), dh, diff, money(dh * diff))
        if rng.random() < 0.25:
            hh = Decimal(8)
            add("Holiday Worked 2x", hh, money(rate * 2), money(hh * money(rate * 2)), (0.05, 0.3))
        if rng.random() < 0.3:
            add(rng.choice(["Peak Incentive", "Attendance Bonus", "Safety Bonus"]), None, None,
                Decimal(rng.choice(["25.00", "50.00", "75.00", "100.00"])), (0.3, 1.0))
    return lines


def generate(rng: random.Random, ctx: GenContext) -> Document:
    kind = rng.choice(["restaurant", "restaurant", "warehouse"])
    employer = rng.choice(RESTAURANTS if kind == "restaurant" else WAREHOUSES)
    freq = rng.choice(["weekly", "weekly", "biweekly"])
    state = rng.choice(["TX", "FL", "CA", "NY", "IL", "GA", "OH", "AZ", "NC", "PA", "WA"])
    emp_addr = us_address(rng, state)
    person = random_person(rng, ctx.reference_date, min_age=16, max_age=66)
    home = us_address(rng, state)
    start, end, pay, number = C.pay_period(rng, freq, ctx.reference_date)
    with_ytd = rng.random() < 0.65
    earnings = _earnings(rng, kind, freq, number - 1, with_ytd)
    gross = sum(e[3] for e in earnings)
    ytd_gross = sum(e[4] for e in earnings) if with_ytd else None
    ratio = (ytd_gross / gross) if with_ytd else None

    def yt(v):
        return max(v, money(v * ratio * Decimal(str(round(rng.uniform(0.97, 1.02), 4))))) if with_ytd else None

    fit = money(gross * Decimal(str(round(rng.uniform(0.03, 0.11), 4))))
    ss = money(gross * Decimal("0.062"))
    med = money(gross * Decimal("0.0145"))
    deductions = [("Federal Income Tax", fit, yt(fit)), ("Social Security", ss, yt(ss)), ("Medicare", med, yt(med))]
    if state not in NO_TAX:
        st = money(gross * Decimal(str(round(rng.uniform(0.015, 0.05), 4))))
        deductions.append((f"{state} Income Tax", st, yt(st)))
    if kind == "restaurant" and rng.random() < 0.4:
        meals = money(Decimal(rng.randint(2, 8)) * Decimal("3.50"))
        deductions.append(("Employee Meals", meals, yt(meals)))
    if rng.random() < 0.25:
        deductions.append(("Uniform", Decimal(rng.choice(["5.00", "7.50", "12.00"])), None if not with_ytd else
                           Decimal(rng.choice(["5.00", "7.50", "12.00"])) * 4))
    if with_ytd and any(d[2] is None for d in deductions):
        deductions = [(n, c, y if y is not None else c) for n, c, y in deductions]
    for i, (n, c, y) in enumerate(deductions):
        if y is not None and y < c:
            deductions[i] = (n, c, c)
    total = sum(d[1] for d in deductions)
    net = gross - total
    style = {
        "print": rng.choice(["voucher", "voucher", "receipt"]), "with_ytd": with_ytd,
        "date": rng.choice(["mdy_np", "mdy", "mdy2"]), "color": rng.choice([(0, 90, 60), (40, 40, 90), (120, 60, 0)]),
        "family": rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Sans Narrow"]),
        "freq": rng.random() < 0.5, "total_ded": rng.random() < 0.7, "upper": rng.random() < 0.5,
        "net_label": rng.choice(["Net Pay", "Net Pay", "Take Home Pay", "NET PAY", "Net Check"]),
    }
    if style["print"] == "receipt":
        style["family"] = rng.choice(["DejaVu Sans Mono", "Liberation Mono"])
    name = ascii_upper(person.full_name) if style["upper"] else person.full_name
    emp_id = rng.choice([f"{rng.randint(100, 9999)}", f"EMP-{rng.randint(1000, 99999)}", None])
    fields = {"employer_name": employer, "employee_name": name, "pay_period_start": start.isoformat(),
              "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(), "currency": "USD",
              "gross_pay": canon_money(gross), "net_pay": canon_money(net)}
    if emp_id:
        fields["employee_id"] = emp_id
    if with_ytd:
        fields["ytd_gross"] = canon_money(ytd_gross)
    if style["total_ded"]:
        fields["total_deductions"] = canon_money(total)
    if style["freq"]:
        fields["pay_frequency"] = freq
    draw = _voucher if style["print"] == "voucher" else _receipt
    page = draw(rng, fields, style, employer, emp_addr, home, earnings, deductions, freq)
    meta = C.stub_meta(earnings, deductions, region="US", industry=kind)
    return Document("pay_stub", fields, [page], f"pay_stub/{NAME}_{style['print']}", style["family"], meta=meta)


def _rows(fields, style, earnings, deductions, mo):
    ytd = style["with_ytd"]
    e = [[n, None if h is None else f"{h:.2f}", None if r is None else mo.fmt(r), mo.fmt(c)]
         + ([mo.fmt(y)] if ytd else []) for n, h, r, c, y in earnings]
    d = [[n, mo.fmt(c)] + ([mo.fmt(y)] if ytd else []) for n, c, y in deductions]
    return e, d


def _stub(page, rng, fields, style, employer, earnings, deductions, freq, x0, x1, y, family, size, mark):
    """One stub (the employee's, or the employer's copy without marks)."""
    mo = C.Money()
    col = style["color"]

    def f(key):
        return key if mark else None

    def d(iso):
        return C.fdate(iso, style["date"])

    page.text(x0, y, fields["employer_name"], family, size + 2, bold=True, field=f("employer_name"))
    page.text(x1, y, "Employee Pay Stub" if mark else "Employer Copy", family, size + 1, bold=True, align="right",
              color=col)
    y += size * 1.9
    s_txt, e_txt = d(fields["pay_period_start"]), d(fields["pay_period_end"])
    period = f"{s_txt} - {e_txt}"
    items = [("Employee", fields["employee_name"], "employee_name")]
    if "employee_id" in fields:
        items.append(("ID", fields["employee_id"], "employee_id"))
    items += [("Pay Period", period, "period"), ("Pay Date", d(fields["pay_date"]), "pay_date")]
    if "pay_frequency" in fields:
        items.append(("Pay Schedule", {"weekly": "Weekly", "biweekly": "Every two weeks"}[freq], "pay_frequency"))
    x = x0
    for label, value, key in items:
        page.text(x, y, label, family, size - 1.5, color=(90, 90, 90))
        marks = {key: (0, len(value))} if mark and key != "period" else None
        if key == "period" and mark:
            marks = {"pay_period_start": (0, len(s_txt)), "pay_period_end": (len(value) - len(e_txt), len(value))}
        w = page.text(x, y + size * 1.2, value, family, size, bold=True, marks=marks)
        x += max(w, C.width(label, family, size - 1.5)) + 16
    y += size * 3.2
    e_rows, d_rows = _rows(fields, style, earnings, deductions, mo)
    ytd = style["with_ytd"]
    mid = x0 + (x1 - x0) * 0.56
    ce = [(x0, "left"), (x0 + (mid - x0) * 0.47, "right"), (x0 + (mid - x0) * 0.63, "right"),
          (x0 + (mid - x0) * (0.82 if ytd else 0.97), "right")] + ([(mid - 8, "right")] if ytd else [])
    cd = [(mid + 6, "left"), (mid + (x1 - mid) * (0.7 if ytd else 0.97), "right")] + ([(x1, "right")] if ytd else [])
    he = ["Earnings", "Hours", "Rate", "Current"] + (["YTD"] if ytd else [])
    hd = ["Deductions", "Current"] + (["YTD"] if ytd else [])
    y1 = C.table(page, family, size - 0.3, y, ce, he, e_rows, head_fill=C.tint(col, 0.85), x0=x0 - 2, x1=mid - 4,
                 lead=1.35)
    y2 = C.table(page, family, size - 0.3, y, cd, hd, d_rows, head_fill=C.tint(col, 0.85), x0=mid + 2, x1=x1 + 2,
                 lead=1.35)
    yt = max(y1, y2) + 2
    page.hline(x0, x1, yt - size, width=0.5)
    gross = Decimal(fields["gross_pay"])
    page.text(x0, yt + 1, "Gross Pay", family, size, bold=True)
    page.text(ce[3][0], yt + 1, mo.fmt(gross), family, size, bold=True, align="right", field=f("gross_pay"))
    if ytd:
        page.text(ce[4][0], yt + 1, mo.fmt(Decimal(fields["ytd_gross"])), family, size, bold=True, align="right",
                  field=f("ytd_gross"))
    total = sum(dd[1] for dd in deductions)
    if "total_deductions" in fields:
        page.text(cd[0][0], yt + 1, "Total Deductions", family, size, bold=True)
        page.text(cd[1][0], yt + 1, mo.fmt(total), family, size, bold=True, align="right",
                  field=f("total_deductions"))
    yt += size * 2.2
    net_text = "$" + mo.fmt(Decimal(fields["net_pay"]))
    page.rect(mid + 2, yt - size - 4, x1 - mid, size * 2.4, stroke=col, width=0.8)
    page.text(mid + 8, yt + 1, style["net_label"], family, size + 1.5, bold=True)
    page.text(x1 - 4, yt + 1, net_text, family, size + 1.5, bold=True, align="right",
              marks=C.sym_marks(net_text, "net_pay", "$") if mark else None)
    tips = [e for e in earnings if "Tip" in e[0]]
    if tips:
        page.text(x0, yt + 1, f"Tips reported this period: ${mo.fmt(sum(t[3] for t in tips))}", family, size - 1,
                  color=(80, 80, 80))
    return yt + size * 2


def _voucher(rng, fields, style, employer, emp_addr, home, earnings, deductions, freq):
    W, H = LETTER
    m = 36.0
    family = style["family"]
    size = 7.8
    page = Page(W, H)
    net = Decimal(fields["net_pay"])
    # the check (voided)
    page.rect(m - 6, m - 12, W - 2 * m + 12, H / 3 - m, stroke=None, fill=(238, 244, 240))
    page.text(m, m + 4, employer, family, size + 2, bold=True)
    C.address_block(page, m, m + 4 + size * 1.5, emp_addr, family, size - 0.5)
    page.text(W - m, m + 4, f"{rng.randint(1000, 9999)}", family, size + 2, bold=True, align="right")
    page.text(W - m, m + 22, C.fdate(fields["pay_date"], style["date"]), family, size + 1, align="right")
    page.text(m, m + 70, "PAY", family, size, bold=True)
    dollars = int(net)
    cents = int((net - dollars) * 100)
    page.text(m + 30, m + 70, f"{_words(dollars) or 'Zero'} and {cents:02d}/100 Dollars", family, size + 0.5)
    page.text(W - m, m + 70, f"**{C.Money().fmt(net)}", family, size + 2, bold=True, align="right")
    page.text(m, m + 92, "TO THE ORDER OF", family, size - 1.5, bold=True)
    page.text(m + 78, m + 92, fields["employee_name"], family, size + 1)
    C.address_block(page, m + 78, m + 92 + size * 1.4, home, family, size)
    page.text(W / 2, m + 150, "VOID  -  NON-NEGOTIABLE", family, size + 8, bold=True, align="center",
              color=(190, 190, 190))
    page.hline(W - m - 170, W - m, m + 160, width=0.5)
    page.text(W - m - 85, m + 169, "AUTHORIZED SIGNATURE", family, size - 2.5, align="center")
    # two stubs
    y = H / 3 + 20
    _stub(page, rng, fields, style, employer, earnings, deductions, freq, m, W - m, y, family, size, True)
    C.dashed(page, m, W - m, H * 2 / 3 - 6)
    _stub(page, rng, fields, style, employer, earnings, deductions, freq, m, W - m, H * 2 / 3 + 14, family, size,
          False)
    return page


def _receipt(rng, fields, style, employer, emp_addr, home, earnings, deductions, freq):
    W, H = LETTER
    family = style["family"]
    size = 8.0
    cw = 320
    x0 = (W - cw) / 2
    x1 = x0 + cw
    page = Page(W, H)
    mo = C.Money()
    ytd = style["with_ytd"]

    def d(iso):
        return C.fdate(iso, style["date"])

    lead = size * 1.35
    y = 60.0
    page.text(W / 2, y, fields["employer_name"].upper(), family, size + 1, bold=True, align="center")
    if fields["employer_name"].upper() != fields["employer_name"]:
        # the name as registered, printed under the banner in mixed case
        y += lead
        page.text(W / 2, y, fields["employer_name"], family, size, align="center", field="employer_name")
    else:
        page.ops[-1].marks["employer_name"] = (0, len(fields["employer_name"]))
    for line, _ in address_lines(emp_addr):
        y += lead
        page.text(W / 2, y, line, family, size, align="center")
    y += lead * 1.6
    page.text(W / 2, y, "*** EARNINGS STATEMENT ***", family, size, bold=True, align="center")
    y += lead * 1.6

    def row(label, value, key=None, bold=False, marks=None):
        nonlocal y
        page.text(x0, y, label, family, size, bold=bold)
        page.text(x1, y, value, family, size, bold=bold, align="right", field=key, marks=marks)
        y += lead

    row("EMPLOYEE:", fields["employee_name"], "employee_name")
    if "employee_id" in fields:
        row("EMP ID:", fields["employee_id"], "employee_id")
    row("PERIOD START:", d(fields["pay_period_start"]), "pay_period_start")
    row("PERIOD END:", d(fields["pay_period_end"]), "pay_period_end")
    row("CHECK DATE:", d(fields["pay_date"]), "pay_date")
    if "pay_frequency" in fields:
        row("PAY FREQ:", {"weekly": "WEEKLY", "biweekly": "BIWEEKLY"}[freq], "pay_frequency")
    y += lead * 0.5
    page.text(x0, y, "-" * int(cw / C.width("-", family, size)), family, size)
    y += lead
    page.text(x0, y, "EARNINGS", family, size, bold=True)
    page.text(x1 - (80 if ytd else 0), y, "CURRENT", family, size, bold=True, align="right")
    if ytd:
        page.text(x1, y, "YTD", family, size, bold=True, align="right")
    y += lead
    for n, h, r, c, yv in earnings:
        page.text(x0, y, n.upper(), family, size)
        if h is not None:
            y += lead
            page.text(x0 + 12, y, f"{h:.2f} HRS @ {mo.fmt(r)}", family, size - 0.5)
        page.text(x1 - (80 if ytd else 0), y, mo.fmt(c), family, size, align="right")
        if ytd:
            page.text(x1, y, mo.fmt(yv), family, size, align="right")
        y += lead
    page.text(x0, y, "GROSS PAY", family, size, bold=True)
    page.text(x1 - (80 if ytd else 0), y, mo.fmt(Decimal(fields["gross_pay"])), family, size, bold=True,
              align="right", field="gross_pay")
    if ytd:
        page.text(x1, y, mo.fmt(Decimal(fields["ytd_gross"])), family, size, bold=True, align="right",
                  field="ytd_gross")
    y += lead * 1.5
    page.text(x0, y, "DEDUCTIONS", family, size, bold=True)
    y += lead
    for n, c, yv in deductions:
        page.text(x0, y, n.upper(), family, size)
        page.text(x1 - (80 if ytd else 0), y, "-" + mo.fmt(c), family, size, align="right")
        if ytd:
            page.text(x1, y, mo.fmt(yv), family, size, align="right")
        y += lead
    if "total_deductions" in fields:
        text = "-" + mo.fmt(Decimal(fields["total_deductions"]))
        page.text(x0, y, "TOTAL DEDUCTIONS", family, size, bold=True)
        page.text(x1 - (80 if ytd else 0), y, text, family, size, bold=True, align="right",
                  marks={"total_deductions": (1, len(text))})
        y += lead
    page.text(x0, y, "=" * int(cw / C.width("=", family, size)), family, size)
    y += lead
    net_text = "$" + mo.fmt(Decimal(fields["net_pay"]))
    page.text(x0, y, style["net_label"].upper(), family, size + 1, bold=True)
    page.text(x1, y, net_text, family, size + 1, bold=True, align="right", marks=C.sym_marks(net_text, "net_pay", "$"))
    y += lead * 2
    page.text(W / 2, y, "DIRECT DEPOSIT - THIS IS NOT A CHECK", family, size - 0.5, align="center")
    return page
