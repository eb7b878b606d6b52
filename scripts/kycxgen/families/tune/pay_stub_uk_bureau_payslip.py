"""UK payslips as small-business and bureau payroll software prints them:
employee number, National Insurance number and category, tax code and tax
period (from 6 April), Payments and Deductions panels (PAYE tax, National
Insurance, pension, student loan), "Total Payments", "Total Deductions" and
"Net Pay" in GBP, a this-year box (taxable pay, tax and NI to date) and dates
day first (28/10/2026, 28 Oct 2026, 28-Oct-2026)."""

DOC_TYPE = "pay_stub"
NAME = "uk_bureau_payslip"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A UK employer's or payroll bureau's payslip (GBP, A4) with PAYE tax, National Insurance, tax "
               "code, NI number, Total Deductions, Net Pay and day-first dates.")

import random
from decimal import Decimal

from ...addresses import address_lines, uk_address
from ...doctypes import GenContext
from ...layout import A4, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money, money
from . import _tune_common as C

EMPLOYERS = ["Harrowgate Joinery Ltd", "Blackthorn Care Homes Ltd", "Quayside Dental Practice",
             "Millbrook Academy Trust", "Fenwick & Pryce Solicitors LLP", "Copperkettle Bakeries Ltd",
             "Larkfield Logistics Ltd", "Riverside Veterinary Group", "St Aldric's Parish Council"]
PER_YEAR = {"weekly": 52, "biweekly": 26, "monthly": 12}
FREQ_WORDS = {"weekly": ["Weekly"], "biweekly": ["Fortnightly", "Bi-weekly"], "monthly": ["Monthly"]}


def _ni_number(rng):
    letters = "ABCEGHJKLMNPRSTWXYZ"
    return (f"{rng.choice(letters)}{rng.choice(letters)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)} {rng.choice('ABCD')}")


def generate(rng: random.Random, ctx: GenContext) -> Document:
    freq = rng.choices(["monthly", "weekly", "biweekly"], weights=[65, 25, 10])[0]
    employer = rng.choice(EMPLOYERS)
    emp_addr = uk_address(rng)
    person = random_person(rng, ctx.reference_date, min_age=17, max_age=67)
    home = uk_address(rng)
    start, end, pay, number = C.pay_period(rng, freq, ctx.reference_date, year_start=(4, 6))
    prior = number - 1
    periods = PER_YEAR[freq]
    # payments
    salaried = freq == "monthly" and rng.random() < 0.7
    earnings = []
    if salaried:
        basic = money(Decimal(rng.randint(21, 68) * 1000) / 12)
        earnings.append(("Basic Salary", None, None, basic, C.ytd(rng, basic, prior, 0.99, 1.0)))
        hourly = money(basic * 12 / Decimal(1950))
    else:
        hourly = Decimal(str(round(rng.uniform(11.5, 24.0), 2)))
        hours = Decimal({"weekly": rng.randint(16, 40), "biweekly": rng.randint(40, 80),
                         "monthly": rng.randint(120, 173)}[freq]) + Decimal(rng.choice(["0", "0.50", "0.25"]))
        basic = money(hours * hourly)
        earnings.append(("Basic Pay", hours, hourly, basic, C.ytd(rng, basic, prior, 0.85, 1.1)))
    if rng.random() < 0.45:
        ot_h = Decimal(rng.randint(2, 20)) + Decimal(rng.choice(["0", "0.50"]))
        ot_rate = money(hourly * Decimal(rng.choice(["1.5", "1.25", "2"])))
        ot = money(ot_h * ot_rate)
        earnings.append((rng.choice(["Overtime", "Overtime @ 1.5", "O/T"]), ot_h, ot_rate, ot,
                         C.ytd(rng, ot, prior, 0.1, 1.2)))
    if rng.random() < 0.25:
        hol_h = Decimal(rng.choice([7.5, 8, 15, 22.5]))
        hol = money(hol_h * hourly)
        earnings.append(("Holiday Pay", hol_h, hourly, hol, C.ytd(rng, hol, max(1, prior // 3), 0.8, 1.0)))
    if rng.random() < 0.2:
        bonus = money(basic * Decimal(str(round(rng.uniform(0.04, 0.35), 3))))  # in proportion to the pay
        earnings.append((rng.choice(["Bonus", "Commission", "Shift Allowance"]), None, None, bonus, bonus))
    gross = sum(e[3] for e in earnings)
    ytd_gross = sum(e[4] for e in earnings)
    ratio = ytd_gross / gross
    tax_code = rng.choice(["1257L", "1257L", "1257L", "1185L", "1100L", "BR", "1257L W1", "S1257L", "C1257L"])
    allowance = Decimal(0) if tax_code == "BR" else money(Decimal(12570) / periods)
    pension_rate = rng.choice([None, Decimal("0.05"), Decimal("0.05"), Decimal("0.04"), Decimal("0.06")])
    pension = money(gross * pension_rate) if pension_rate else Decimal(0)
    taxable = gross - pension
    tax = max(Decimal(0), money((taxable - allowance) * Decimal("0.20")))
    ni = max(Decimal(0), money((gross - money(Decimal(12570) / periods)) * Decimal("0.08")))
    deductions = []
    if tax > 0:
        deductions.append(("PAYE Tax", tax, max(tax, money(tax * ratio))))
    if ni > 0:
        deductions.append(("National Insurance", ni, max(ni, money(ni * ratio))))
    if pension:
        deductions.append((rng.choice(["Pension", "Employee Pension", "Pension (NPA)"]), pension,
                           max(pension, money(pension * ratio))))
    if rng.random() < 0.25 and gross * periods > 28470:
        sl = money((gross - money(Decimal(28470) / periods)) * Decimal("0.09"))
        if sl > 0:
            deductions.append(("Student Loan", sl, None))
    if rng.random() < 0.15:
        deductions.append((rng.choice(["Union Subs", "Cycle Scheme", "Canteen"]), Decimal(rng.choice(["8.50", "15.00", "41.67"])), None))
    if not deductions:
        deductions.append(("Pension", money(gross * Decimal("0.03")), None))
    total_ded = sum(d[1] for d in deductions)
    net = gross - total_ded
    style = {
        "date": rng.choice(["dmy", "dmy", "d_mon_y", "d_mon_y_dash", "d_month_y"]),
        "money_sym": rng.random() < 0.5, "layout": rng.choice(["panels", "stacked", "boxed"]),
        "freq": rng.random() < 0.7, "emp_label": rng.choice(["Employee No.", "Employee No", "Works No.", "Payroll No.", "Staff ID"]),
        "upper": rng.random() < 0.4, "color": rng.choice([(20, 60, 120), (90, 20, 80), (0, 100, 90), (60, 60, 60)]),
        "family": rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Serif", "Liberation Serif",
                              "DejaVu Sans Mono", "DejaVu Sans Condensed"]),
        "ytd_net": rng.random() < 0.2, "period_form": rng.choice(["range", "two"]),
    }
    name = ascii_upper(person.full_name) if style["upper"] else person.full_name
    emp_id = rng.choice([f"{rng.randint(100, 9999)}", f"{rng.randint(10000, 99999)}", f"E{rng.randint(1000, 9999)}"])
    fields = {"employer_name": employer, "employee_name": name, "employee_id": emp_id,
              "pay_period_start": start.isoformat(), "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(),
              "currency": "GBP", "gross_pay": canon_money(gross), "total_deductions": canon_money(total_ded),
              "net_pay": canon_money(net), "ytd_gross": canon_money(ytd_gross)}
    # net pay to date only where every deduction's year to date is known
    ytd_net = None
    if style["ytd_net"] and all(d[2] is not None for d in deductions):
        ytd_net = ytd_gross - sum(d[2] for d in deductions)
        fields["ytd_net"] = canon_money(ytd_net)
    if style["freq"]:
        fields["pay_frequency"] = freq
    # earnings' own YTDs are not printed on a UK payslip: only the gross to date
    printed_earnings = [(n, h, r, c, None) for n, h, r, c, y in earnings]
    page = _draw(rng, fields, style, employer, emp_addr, home, earnings, deductions, tax_code, number, freq,
                 _ni_number(rng), ytd_net, taxable, ratio)
    meta = C.stub_meta(printed_earnings, deductions, tax_period=number, tax_code=tax_code, region="GB")
    return Document("pay_stub", fields, [page], f"pay_stub/{NAME}_{style['layout']}", style["family"], meta=meta)


def _draw(rng, fields, style, employer, emp_addr, home, earnings, deductions, tax_code, number, freq, ni_number,
          ytd_net, taxable, ratio):
    W, H = A4
    m = 40.0
    family = style["family"]
    size = 7.6 if "Mono" in family else 8.4
    col = style["color"]
    page = Page(W, H)
    plain = C.Money()
    pound = C.Money(symbol="£")
    amt = pound if style["money_sym"] else plain

    def d(iso):
        return C.fdate(iso, style["date"])

    # title and employer
    page.text(m, m + 10, employer, family, size + 5, bold=True, color=col, field="employer_name")
    page.text(m, m + 22, ", ".join(line for line, _ in address_lines(emp_addr)), family, size - 1,
              color=(90, 90, 90))
    page.text(W - m, m + 10, rng.choice(["PAYSLIP", "Payslip", "Pay Advice"]), family, size + 6, bold=True,
              align="right")
    # employee details grid: labels above values in boxes
    y = m + 44
    s_txt, e_txt = d(fields["pay_period_start"]), d(fields["pay_period_end"])
    grid = [("Employee", fields["employee_name"], "employee_name"),
            (style["emp_label"], fields["employee_id"], "employee_id"),
            ("NI Number", ni_number, None), ("NI Category", rng.choice("AAAAHMJ"), None),
            ("Tax Code", tax_code, None), ("Tax Period", str(number), None),
            ("Pay Date", d(fields["pay_date"]), "pay_date")]
    if style["period_form"] == "range":
        grid.append(("Pay Period", f"{s_txt} - {e_txt}", "period"))
    else:
        grid += [("Period Start", s_txt, "pay_period_start"), ("Period End", e_txt, "pay_period_end")]
    if "pay_frequency" in fields:
        grid.append(("Pay Frequency", rng.choice(FREQ_WORDS[freq]), "pay_frequency"))
    else:
        grid.append(("Payment Method", rng.choice(["BACS", "Bank Transfer"]), None))
    ncol = 4
    cw = (W - 2 * m) / ncol
    ch = size * 3.2
    r = c = 0
    for label, value, key in grid:
        # a long value (a name, a date range) takes two cells rather than a tiny size
        span = 1 if C.fit(value, family, size, cw - 8, True) >= size - 0.8 else 2
        if c + span > ncol:
            page.rect(m + c * cw, y + r * ch, (ncol - c) * cw, ch, stroke=(150, 150, 150), width=0.4)
            r, c = r + 1, 0
        x, yy = m + c * cw, y + r * ch
        page.rect(x, yy, cw * span, ch, stroke=(150, 150, 150), width=0.4)
        page.text(x + 4, yy + size + 1, label, family, size - 1.8, color=(90, 90, 90))
        vsize = C.fit(value, family, size, cw * span - 8, True)
        marks = {key: (0, len(value))} if key and key != "period" else None
        if key == "period":
            marks = {"pay_period_start": (0, len(s_txt)), "pay_period_end": (len(value) - len(e_txt), len(value))}
        page.text(x + 4, yy + size * 2.5, value, family, vsize, bold=True, marks=marks)
        c += span
        if c == ncol:
            r, c = r + 1, 0
    y += (r + (1 if c else 0)) * ch + 20
    # payments and deductions
    gross = Decimal(fields["gross_pay"])
    total = Decimal(fields["total_deductions"])
    pay_rows = [[n, None if h is None else f"{h:.2f}", None if r is None else plain.fmt(r), amt.fmt(c)]
                for n, h, r, c, _ in earnings]
    ded_rows = [[n, amt.fmt(c)] for n, c, _ in deductions]
    if style["layout"] == "panels":
        half = (W - 2 * m - 12) / 2
        lx, rx = m, m + half + 12
        page.rect(lx, y - size - 4, half, size + 8, stroke=None, fill=col)
        page.rect(rx, y - size - 4, half, size + 8, stroke=None, fill=col)
        y1 = C.table(page, family, size, y, [(lx + 4, "left"), (lx + half * 0.52, "right"),
                                             (lx + half * 0.74, "right"), (lx + half - 4, "right")],
                     ["Payments", "Units", "Rate", "Amount"], pay_rows, head_color=(255, 255, 255))
        y2 = C.table(page, family, size, y, [(rx + 4, "left"), (rx + half - 4, "right")],
                     ["Deductions", "Amount"], ded_rows, head_color=(255, 255, 255))
        y = max(y1, y2) + size
        page.hline(m, W - m, y - size - 2, width=0.6)
        t1 = amt.fmt(gross)
        page.text(lx + 4, y, "Total Payments", family, size, bold=True)
        page.text(lx + half - 4, y, t1, family, size, bold=True, align="right", field="gross_pay")
        t2 = amt.fmt(total)
        page.text(rx + 4, y, "Total Deductions", family, size, bold=True)
        page.text(rx + half - 4, y, t2, family, size, bold=True, align="right", field="total_deductions")
        y += size * 3
    else:
        page.text(m, y, "Payments", family, size + 2, bold=True, color=col)
        y += size * 1.6
        y = C.table(page, family, size, y, [(m + 4, "left"), (m + 260, "right"), (m + 330, "right"), (W - m - 4, "right")],
                    ["Description", "Hours", "Rate", "Amount"], pay_rows, rule_color=(210, 210, 210), x0=m, x1=W - m)
        page.text(m + 4, y + 2, "Gross Pay" if style["layout"] == "stacked" else "Total Payments", family, size,
                  bold=True)
        page.text(W - m - 4, y + 2, amt.fmt(gross), family, size, bold=True, align="right", field="gross_pay")
        y += size * 3
        page.text(m, y, "Deductions", family, size + 2, bold=True, color=col)
        y += size * 1.6
        y = C.table(page, family, size, y, [(m + 4, "left"), (W - m - 4, "right")], ["Description", "Amount"],
                    ded_rows, rule_color=(210, 210, 210), x0=m, x1=W - m)
        page.text(m + 4, y + 2, "Total Deductions", family, size, bold=True)
        page.text(W - m - 4, y + 2, amt.fmt(total), family, size, bold=True, align="right", field="total_deductions")
        y += size * 3
    # net pay box
    net_text = pound.fmt(Decimal(fields["net_pay"]))
    bw = 190
    page.rect(W - m - bw, y - size - 6, bw, size * 3, stroke=col, fill=C.tint(col, 0.88), width=1)
    page.text(W - m - bw + 8, y + 2, "Net Pay", family, size + 3, bold=True)
    page.text(W - m - 8, y + 2, net_text, family, size + 3, bold=True, align="right",
              marks=C.sym_marks(net_text, "net_pay", "£"))
    # year to date box
    ytd = {n: v for n, _, v in deductions}
    ty = y - size - 6
    page.text(m, ty + size, "This Year" if rng.random() < 0.5 else "Year to Date", family, size + 1, bold=True,
              color=col)
    items = [("Total Gross Pay TD", plain.fmt(Decimal(fields["ytd_gross"])), "ytd_gross"),
             ("Taxable Pay TD", plain.fmt(money(taxable * ratio)), None)]
    if "PAYE Tax" in ytd:
        items.append(("Tax Paid TD", plain.fmt(ytd["PAYE Tax"]), None))
    if "National Insurance" in ytd:
        items.append(("Employee NI TD", plain.fmt(ytd["National Insurance"]), None))
    for n, _, v in deductions:
        if n.startswith(("Pension", "Employee Pension")) and v is not None:
            items.append(("Pension TD", plain.fmt(v), None))
    if ytd_net is not None:
        items.append(("Net Pay TD", plain.fmt(ytd_net), "ytd_net"))
    for i, (label, value, key) in enumerate(items):
        yy = ty + size * 2.6 + i * size * 1.45
        page.text(m + 4, yy, label, family, size - 0.5)
        page.text(m + 190, yy, value, family, size - 0.5, align="right", field=key)
    y = max(y + size * 4, ty + size * 2.6 + len(items) * size * 1.45) + 20
    # employee address (sealed payslip window) and message
    page.text(m, y, fields["employee_name"], family, size, bold=True)
    C.address_block(page, m, y + size * 1.3, home, family, size)
    page.text(W - m, y, f"Employer PAYE ref: {rng.randint(100, 999)}/{C.ref_code(rng, 6)}", family, size - 1,
              align="right", color=(90, 90, 90))
    page.text(W - m, y + size * 1.4, "Please keep this payslip for your records.", family, size - 1,
              align="right", color=(90, 90, 90))
    return page
