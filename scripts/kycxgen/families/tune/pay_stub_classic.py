"""US pay stubs: earnings (regular, overtime, bonus) and deductions (federal and
state income tax, Social Security 6.2 %, Medicare 1.45 %, 401(k), health) with
current and year-to-date columns. gross - total deductions = net exactly, and
every YTD figure is at least its current one. The lines go into meta for tests."""

DOC_TYPE = "pay_stub"
NAME = "classic"
GROUP = "tune"

import datetime as dt
import random
from decimal import Decimal

from ... import fonts
from ...addresses import address_lines, us_address
from ...companies import EMPLOYERS
from ...layout import LETTER, Document, Page
from ...people import random_person
from ...textfmt import US_DATE_STYLES, canon_money, fmt_date, fmt_money, money
from ...doctypes import GenContext
from ...doctypes.page_common import BRAND_COLORS, logo

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")

NO_INCOME_TAX = {"TX", "FL", "WA"}
FREQ_TEXT = {"weekly": ["Weekly", "WEEKLY"], "biweekly": ["Biweekly", "Bi-Weekly", "BI-WEEKLY"],
             "semimonthly": ["Semi-Monthly", "Semimonthly"], "monthly": ["Monthly", "MONTHLY"]}
HOURS = {"weekly": Decimal("40.00"), "biweekly": Decimal("80.00"), "semimonthly": Decimal("86.67"),
         "monthly": Decimal("173.33")}
LABELS = {
    "net": ["Net Pay", "Take Home Pay", "Net Amount", "NET PAY"],
    "gross": ["Gross Pay", "Total Gross", "Gross Earnings", "GROSS PAY"],
    "deductions": ["Total Deductions", "Deductions Total", "Total Taxes & Deductions"],
    "pay_date": ["Pay Date", "Check Date", "Payment Date"],
    "employee_id": ["Employee ID", "Emp #", "Employee No.", "Employee Number"],
    "frequency": ["Pay Frequency", "Pay Schedule", "Frequency"],
}


def _period(rng: random.Random, freq: str, ref: dt.date) -> tuple[dt.date, dt.date, dt.date, int]:
    """(start, end, pay date, index of this pay period in the year, from 1)."""
    anchor = ref - dt.timedelta(days=rng.randint(5, 70))
    if freq in ("weekly", "biweekly"):
        length = 7 if freq == "weekly" else 14
        first = dt.date(anchor.year, 1, 1)
        first += dt.timedelta(days=(5 - first.weekday()) % 7)  # periods start on Saturdays
        n = (anchor - first).days // length
        start = first + dt.timedelta(days=n * length)
        end = start + dt.timedelta(days=length - 1)
        number = n + 1
    elif freq == "semimonthly":
        if anchor.day <= 15:
            start, end = anchor.replace(day=1), anchor.replace(day=15)
        else:
            start = anchor.replace(day=16)
            end = dt.date(anchor.year + (anchor.month == 12), anchor.month % 12 + 1, 1) - dt.timedelta(days=1)
        number = 2 * (anchor.month - 1) + (1 if anchor.day <= 15 else 2)
    else:
        start = anchor.replace(day=1)
        end = dt.date(anchor.year + (anchor.month == 12), anchor.month % 12 + 1, 1) - dt.timedelta(days=1)
        number = anchor.month
    return start, end, end + dt.timedelta(days=rng.randint(0, 6)), number


def _lines(rng: random.Random, freq: str, number: int, state: str) -> tuple[list, list]:
    """Earnings [(name, hours|None, rate|None, current, ytd)] and deductions [(name, current, ytd)]."""
    prior = number - 1
    hourly = rng.random() < 0.6
    hours = HOURS[freq] if not hourly else Decimal(rng.choice([HOURS[freq], HOURS[freq] - rng.randint(1, 8)]))
    rate = Decimal(str(round(rng.uniform(16, 68), rng.choice([2, 4]))))
    regular = money(hours * rate)
    earnings = [("Regular", hours, rate, regular, regular + money(regular * prior * Decimal(rng.uniform(0.93, 1.0))))]
    if hourly and rng.random() < 0.45:
        ot_hours = Decimal(rng.randint(1, 14)) + Decimal(rng.choice(["0", "0.5", "0.25"]))
        ot_rate = money(rate * Decimal("1.5")) if rng.random() < 0.5 else rate * Decimal("1.5")
        ot = money(ot_hours * ot_rate)
        earnings.append(("Overtime", ot_hours, ot_rate, ot, ot + money(ot * prior * Decimal(rng.uniform(0.3, 1.2)))))
    if rng.random() < 0.3:
        bonus = money(rng.uniform(100, 2500))
        earnings.append(("Bonus", None, None, bonus, bonus + money(rng.choice([0, 0, rng.uniform(100, 3000)]))))
    gross = sum(e[3] for e in earnings)
    ytd_gross = sum(e[4] for e in earnings)

    def scaled(current, low=0.9, high=1.1):
        return current + money(current * prior * Decimal(rng.uniform(low, high)))

    fed = money(gross * Decimal(rng.uniform(0.07, 0.16)))
    deductions = [("Federal Income Tax", fed, scaled(fed))]
    if state not in NO_INCOME_TAX:
        st = money(gross * Decimal(rng.uniform(0.025, 0.06)))
        deductions.append((f"{state} State Income Tax", st, scaled(st)))
    deductions.append(("Social Security", money(gross * Decimal("0.062")),
                       max(money(gross * Decimal("0.062")), money(ytd_gross * Decimal("0.062")))))
    deductions.append(("Medicare", money(gross * Decimal("0.0145")),
                       max(money(gross * Decimal("0.0145")), money(ytd_gross * Decimal("0.0145")))))
    if rng.random() < 0.7:
        k = money(gross * Decimal(rng.choice(["0.03", "0.04", "0.05", "0.06", "0.08"])))
        deductions.append(("401(k)", k, scaled(k, 0.95, 1.0)))
    if rng.random() < 0.75:
        h = money(rng.uniform(35, 260))
        deductions.append(("Health Insurance", h, h * (prior + 1)))
    return earnings, deductions


def generate(rng: random.Random, ctx: GenContext) -> Document:
    freq = rng.choice(["weekly", "biweekly", "biweekly", "semimonthly", "monthly"])
    employer = rng.choice(EMPLOYERS)
    emp_addr = us_address(rng)
    person = random_person(rng, ctx.reference_date, min_age=18, max_age=75)
    home = us_address(rng, emp_addr.region)
    start, end, pay_date, number = _period(rng, freq, ctx.reference_date)
    earnings, deductions = _lines(rng, freq, number, emp_addr.region)
    gross = sum(e[3] for e in earnings)
    total_ded = sum(d[1] for d in deductions)
    ytd_gross, ytd_ded = sum(e[4] for e in earnings), sum(d[2] for d in deductions)
    style = {"date": rng.choice(US_DATE_STYLES), "money": rng.choice(["plain", "symbol"]),
             "labels": {k: rng.choice(v) for k, v in LABELS.items()}, "upper": rng.random() < 0.5,
             "show_freq": rng.random() < 0.75, "show_ytd_net": rng.random() < 0.7, "color": rng.choice(BRAND_COLORS),
             "emp_id": rng.choice([f"E{rng.randint(10000, 99999)}", f"{rng.randint(100000, 9999999)}",
                                   f"{rng.choice('ABCDEFGH')}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"])}
    name = person.full_name.upper() if style["upper"] else person.full_name
    fields = {"employer_name": employer, "employee_name": name, "employee_id": style["emp_id"],
              "pay_period_start": start.isoformat(), "pay_period_end": end.isoformat(),
              "pay_date": pay_date.isoformat(), "currency": "USD", "gross_pay": canon_money(gross),
              "total_deductions": canon_money(total_ded), "net_pay": canon_money(gross - total_ded),
              "ytd_gross": canon_money(ytd_gross), "ytd_net": canon_money(ytd_gross - ytd_ded)}
    if style["show_freq"]:
        fields["pay_frequency"] = freq
    if not style["show_ytd_net"]:
        del fields["ytd_net"]
    family = rng.choice(fonts.BODY_FAMILIES)
    layout = rng.choice(["side_by_side", "stacked", "check_stub"])
    page = _draw(rng, layout, fields, style, family, emp_addr, home, person, earnings, deductions, freq,
                 ytd_gross - ytd_ded)
    meta = {"pay_period_number": number,
            "earnings": [{"name": n, "hours": None if h is None else f"{h:.2f}", "rate": None if r is None else str(r),
                          "current": canon_money(c), "ytd": canon_money(y)} for n, h, r, c, y in earnings],
            "deductions": [{"name": n, "current": canon_money(c), "ytd": canon_money(y)} for n, c, y in deductions]}
    return Document("pay_stub", fields, [page], f"pay_stub/{layout}", family, meta=meta)


def _draw(rng, layout, fields, style, family, emp_addr, home, person, earnings, deductions, freq, ytd_net) -> Page:
    W, H = LETTER
    m = 40.0
    page = Page(W, H)
    size = rng.uniform(7.8, 9.0) if "Mono" not in family else 7.4
    color = style["color"]
    labels = style["labels"]
    money_s = style["money"]

    def amt(value):
        return fmt_money(value, money_s, "USD")

    def date(value):
        return fmt_date(dt.date.fromisoformat(value), style["date"])

    logo(page, rng, m, m - 4, 26, color)
    page.text(m + 34, m + 10, fields["employer_name"], family, size + 5, bold=True, color=color, field="employer_name")
    page.text(m + 34, m + 22, ", ".join(line for line, _ in address_lines(emp_addr)), family, size - 1,
              color=(90, 90, 90))
    title = rng.choice(["Earnings Statement", "PAY STATEMENT", "Payroll Advice", "Statement of Earnings"])
    page.text(W - m, m + 10, title, family, size + 4, bold=True, align="right")
    # Employee and period block.
    y = m + 56
    page.rect(m, y - size - 4, W - 2 * m, size * 9.2, stroke=(160, 160, 160), width=0.6)
    left = [("Employee", fields["employee_name"], "employee_name"),
            (labels["employee_id"], fields["employee_id"], "employee_id"),
            ("SSN", f"XXX-XX-{rng.randint(1000, 9999)}", None)]
    s_text, e_text = date(fields["pay_period_start"]), date(fields["pay_period_end"])
    right = [(labels["pay_date"], date(fields["pay_date"]), "pay_date")]
    split_period = rng.random() < 0.5
    if split_period:
        right += [("Period Beginning", s_text, "pay_period_start"), ("Period Ending", e_text, "pay_period_end")]
    else:
        right.append(("Pay Period", f"{s_text} - {e_text}", "period"))
    if "pay_frequency" in fields:
        right.append((labels["frequency"], rng.choice(FREQ_TEXT[freq]), "pay_frequency"))
    for col_x, rows in ((m + 8, left), (W / 2 + 10, right)):
        yy = y
        label_w = max(fonts.text_width(r[0] + ":", family, size, True) for r in rows) + 8
        for label, value, field in rows:
            page.text(col_x, yy, label + ":", family, size, bold=True)
            marks = None
            if field == "period":
                marks, field = {"pay_period_start": (0, len(s_text)),
                                "pay_period_end": (len(value) - len(e_text), len(value))}, None
            page.text(col_x + label_w, yy, value, family, size, field=field, marks=marks)
            yy += size * 1.45
    yy = y + size * 1.45 * 3 + 2
    for line, _ in address_lines(home):
        page.text(m + 8, yy, line, family, size - 1, color=(70, 70, 70))
        yy += size * 1.2
    y += size * 10.5
    gross = Decimal(fields["gross_pay"])
    total_ded = Decimal(fields["total_deductions"])
    ytd_gross = Decimal(fields["ytd_gross"])
    ytd_ded = sum(d[2] for d in deductions)
    if layout == "side_by_side":
        e_x, e_w, d_x, d_w = m, (W - 2 * m) * 0.56, m + (W - 2 * m) * 0.59, (W - 2 * m) * 0.41
        y_e = _earnings_table(page, family, size, e_x, y, e_w, earnings, amt, labels, gross, ytd_gross, color)
        y_d = _deductions_table(page, family, size, d_x, y, d_w, deductions, amt, labels, total_ded, ytd_ded, color)
        y = max(y_e, y_d) + 18
    else:
        y = _earnings_table(page, family, size, m, y, W - 2 * m, earnings, amt, labels, gross, ytd_gross, color) + 16
        y = _deductions_table(page, family, size, m, y, W - 2 * m, deductions, amt, labels, total_ded, ytd_ded,
                              color) + 18
    # Net pay summary.
    page.rect(m, y - size - 6, W - 2 * m, size * 3.4, stroke=color, fill=(240, 244, 248), width=1)
    net_label = labels["net"]
    page.text(m + 10, y + 2, net_label, family, size + 3, bold=True)
    page.text(W / 2 - 10, y + 2, amt(Decimal(fields["net_pay"])), family, size + 3, bold=True, align="right",
              field="net_pay")
    if "ytd_net" in fields:
        page.text(W / 2 + 20, y + 2, "YTD " + ("Net" if rng.random() < 0.5 else "Net Pay") + ":", family, size, bold=True)
        page.text(W - m - 10, y + 2, amt(ytd_net), family, size, align="right", field="ytd_net")
    y += size * 5
    if layout == "check_stub":
        _check(page, rng, family, size, m, max(y + 20, H * 0.66), W, fields, amt, date)
    else:
        page.text(m, y + 10, "This is a statement of earnings and deductions. Keep for your records.", family,
                  size - 1.5, color=(100, 100, 100))
    return page


def _table_head(page, family, size, x, y, w, cols, color):
    page.rect(x, y - size - 3, w, size + 7, stroke=None, fill=color)
    for text, cx, align in cols:
        page.text(cx, y, text, family, size, bold=True, color=(255, 255, 255), align=align)
    return y + size * 1.7


def _earnings_table(page, family, size, x, y, w, earnings, amt, labels, gross, ytd_gross, color):
    c = [x + 4, x + w * 0.42, x + w * 0.58, x + w * 0.78, x + w - 4]
    y = _table_head(page, family, size, x, y, w, [("Earnings", c[0], "left"), ("Hours", c[1], "right"),
                                                   ("Rate", c[2], "right"), ("Current", c[3], "right"),
                                                   ("YTD", c[4], "right")], color)
    for name, hours, rate, current, ytd in earnings:
        page.text(c[0], y, name, family, size)
        if hours is not None:
            page.text(c[1], y, f"{hours:.2f}", family, size, align="right")
            page.text(c[2], y, f"{rate}", family, size, align="right")
        page.text(c[3], y, amt(current), family, size, align="right")
        page.text(c[4], y, amt(ytd), family, size, align="right")
        y += size * 1.5
    page.hline(x, x + w, y - size * 0.9, width=0.6)
    page.text(c[0], y + 2, labels["gross"], family, size, bold=True)
    page.text(c[3], y + 2, amt(gross), family, size, bold=True, align="right", field="gross_pay")
    page.text(c[4], y + 2, amt(ytd_gross), family, size, bold=True, align="right", field="ytd_gross")
    return y + size * 1.5


def _deductions_table(page, family, size, x, y, w, deductions, amt, labels, total, ytd_total, color):
    c = [x + 4, x + w * 0.72 if w < 300 else x + w * 0.78, x + w - 4]
    y = _table_head(page, family, size, x, y, w, [("Deductions", c[0], "left"), ("Current", c[1], "right"),
                                                   ("YTD", c[2], "right")], color)
    for name, current, ytd in deductions:
        page.text(c[0], y, name, family, size)
        page.text(c[1], y, amt(current), family, size, align="right")
        page.text(c[2], y, amt(ytd), family, size, align="right")
        y += size * 1.5
    page.hline(x, x + w, y - size * 0.9, width=0.6)
    page.text(c[0], y + 2, labels["deductions"], family, size, bold=True)
    page.text(c[1], y + 2, amt(total), family, size, bold=True, align="right", field="total_deductions")
    page.text(c[2], y + 2, amt(ytd_total), family, size, bold=True, align="right")
    return y + size * 1.5


def _check(page, rng, family, size, m, y, W, fields, amt, date):
    """The detachable (void) cheque at the bottom of a pay stub."""
    for x in range(int(m), int(W - m), 8):
        page.hline(x, x + 4, y - 14, width=0.5, color=(120, 120, 120))
    page.rect(m, y, W - 2 * m, 150, stroke=(120, 120, 120), fill=(236, 243, 236), width=0.8)
    page.text(m + 10, y + 18, fields["employer_name"], family, size + 2, bold=True)
    page.text(W - m - 10, y + 18, f"No. {rng.randint(100000, 999999)}", family, size, align="right")
    page.text(W - m - 10, y + 36, "Date: " + date(fields["pay_date"]), family, size, align="right")
    page.text(m + 10, y + 62, "PAY TO THE ORDER OF", family, size - 1, bold=True)
    page.text(m + 120, y + 62, fields["employee_name"], family, size + 1)
    page.text(W - m - 10, y + 62, amt(Decimal(fields["net_pay"])), family, size + 2, bold=True, align="right")
    page.text(W / 2, y + 100, "NON-NEGOTIABLE  -  THIS IS NOT A CHECK", family, size + 2, bold=True,
              color=(170, 60, 60), align="center")
    page.hline(W - m - 180, W - m - 10, y + 132, width=0.5)
    page.text(W - m - 95, y + 142, "Authorized Signature", family, size - 2, align="center")
