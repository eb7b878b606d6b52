"""A UK payslip (PAYE): employee/payroll number, National Insurance number and
letter, tax code and tax period (month or week of the tax year starting 6
April), Payments and Deductions columns (PAYE tax, National Insurance, workplace
pension, student loan), a "This period / Year to date" box, and Total Payments,
Total Deductions and Net Pay at the foot. Either a boxed grid as printed by
small-payroll desktop software or a cleaner HR-portal layout."""

DOC_TYPE = "pay_stub"
NAME = "uk_payslip"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A UK PAYE payslip in GBP (tax code, NI number, tax period, Payments/Deductions, Total Deductions, "
               "Net Pay, DD/MM/YYYY or '30 Apr 2026' dates).")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import address_lines, uk_address
from ...layout import A4, Document, Page
from ...people import random_person
from . import _common as C
from . import _pay as P

FREQ_TEXT = {"weekly": "Weekly", "biweekly": "Fortnightly", "monthly": "Monthly"}
PER_YEAR = {"weekly": 52, "biweekly": 26, "monthly": 12}


def _tax_period(pay: dt.date, freq: str) -> int:
    year = pay.year if (pay.month, pay.day) >= (4, 6) else pay.year - 1
    start = dt.date(year, 4, 6)
    if freq == "monthly":
        return (pay.month - 4) % 12 + (1 if pay.day >= 6 else 0) or 12
    return (pay - start).days // (7 if freq == "weekly" else 14) + 1


def generate(rng: random.Random, ctx) -> Document:
    freq = rng.choice(["monthly", "monthly", "monthly", "weekly", "biweekly"])
    employer = rng.choice(C.UK_EMPLOYERS)
    emp_addr = uk_address(rng)
    if emp_addr.street.startswith("Flat"):
        emp_addr = type(emp_addr)(emp_addr.street.split(", ", 1)[1], emp_addr.city, emp_addr.region,
                                  emp_addr.postal_code, emp_addr.country)
    person = random_person(rng, ctx.reference_date, min_age=17, max_age=67)
    home = uk_address(rng)
    if freq == "monthly":
        start, end, _, _ = P.period(rng, "monthly", ctx.reference_date)
        pay = rng.choice([end, dt.date(end.year, end.month, 25), dt.date(end.year, end.month, 28)])
        pay -= dt.timedelta(days=max(0, pay.weekday() - 4))  # paid on a weekday
    else:
        start, end, pay, _ = P.period(rng, freq, ctx.reference_date, pay_lag=(3, 6), week_start=rng.choice([0, 6]))
    period_no = _tax_period(pay, freq)
    prior = period_no - 1
    n = PER_YEAR[freq]
    earnings = []
    if rng.random() < 0.55:
        annual = Decimal(rng.randint(19000, 62000))
        earnings.append(P.Earn("Basic Salary", None, None, C.cents(annual / n), None))
    else:
        hrs = Decimal({"weekly": 37.5, "biweekly": 75, "monthly": 162.5}[freq]) - Decimal(rng.choice([0, 0, 4, 7.5]))
        rate = Decimal(rng.choice(["11.44", "12.21", "12.60", "13.15", "14.80", "16.25", "18.90"]))
        earnings.append(P.Earn("Basic Pay", hrs, rate, C.cents(hrs * rate), None))
        if rng.random() < 0.4:
            oh = Decimal(rng.randint(2, 14))
            earnings.append(P.Earn("Overtime x1.5", oh, C.cents(rate * Decimal("1.5")), C.cents(oh * C.cents(rate * Decimal("1.5"))), None))
    if rng.random() < 0.2:
        earnings.append(P.Earn("Holiday Pay", None, None, C.cents(rng.uniform(60, 400)), None))
    if rng.random() < 0.15:
        earnings.append(P.Earn("Bonus", None, None, C.cents(rng.uniform(100, 1500)), None))
    gross = sum(e.current for e in earnings)
    allowance = Decimal("12570") / n
    pt = Decimal("12570") / n
    factor = Decimal(str(round(rng.uniform(0.9, 1.05), 3)))

    def ytd(cur):
        return cur + C.cents(cur * prior * factor)

    tax_code = rng.choice(["1257L", "1257L", "1257L", "1100L", "BR", "1257L M1", "K475"])
    tax = C.cents(max(Decimal(0), gross - allowance) * Decimal("0.20")) if tax_code != "BR" else C.cents(gross * Decimal("0.2"))
    ni = C.cents(max(Decimal(0), gross - pt) * Decimal("0.08"))
    deds = [P.Ded("PAYE Tax" if rng.random() < 0.6 else "Income Tax", tax, ytd(tax)),
            P.Ded("National Insurance" if rng.random() < 0.6 else "Employee NIC", ni, ytd(ni))]
    if rng.random() < 0.8:
        pen = C.cents(max(Decimal(0), gross - Decimal("6240") / n) * Decimal(rng.choice(["0.05", "0.05", "0.04", "0.06"])))
        deds.append(P.Ded(rng.choice(["Pension (EE)", "Workplace Pension", "Pension Contribution"]), pen, ytd(pen)))
    if rng.random() < 0.25:
        sl = C.cents(max(Decimal(0), gross - Decimal("28470") / n) * Decimal("0.09"))
        if sl > 0:
            deds.append(P.Ded("Student Loan", sl, ytd(sl)))
    if rng.random() < 0.15:
        u = C.cents(rng.uniform(8, 20))
        deds.append(P.Ded("Union Subs", u, ytd(u)))
    deds = [d for d in deds if d.current > 0] or deds[:1]
    tot = P.totals(earnings, deds)
    ytd_gross = ytd(gross)
    family = rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Serif", "DejaVu Sans Condensed",
                         "Liberation Mono"])
    st = {"family": family, "size": (rng.uniform(7.8, 8.8) if "Mono" not in family else 7.4),
          "layout": rng.choice(["grid", "portal"]), "date": rng.choice(["dmy", "dd_mon_y", "d_mon_y"]),
          "emp_label": rng.choice(["Employee No.", "Payroll No.", "Works No.", "Employee ID"]),
          "net_label": rng.choice(["Net Pay", "NET PAY", "Take Home Pay"]),
          "ded_label": rng.choice(["Total Deductions", "Total Deductions", "Total Taxes & Deductions"]),
          "ni": f"{rng.choice(['JT', 'PX', 'NR', 'SK', 'WB', 'AB', 'ZE'])} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)} {rng.choice('ABCD')}", "ni_letter": rng.choice("AAAAMHJ"),
          "tax_code": tax_code, "period_no": period_no, "emp_id": rng.choice([f"{rng.randint(100, 9999)}",
                                                                              f"E{rng.randint(1000, 99999):05d}"]),
          "color": rng.choice([(0, 70, 120), (90, 30, 80), (30, 90, 60), (60, 60, 60)]), "show_freq": rng.random() < 0.6,
          "dept": rng.choice(["Operations", "Care Team", "Warehouse", "Finance", "Kitchen", "Workshop"])}
    fields = {"employer_name": employer, "employee_name": person.full_name, "employee_id": st["emp_id"],
              "pay_period_start": start.isoformat(), "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(),
              "currency": "GBP", "gross_pay": C.canon(tot["gross"]), "total_deductions": C.canon(tot["ded"]),
              "net_pay": C.canon(tot["net"]), "ytd_gross": C.canon(ytd_gross)}
    if st["show_freq"]:
        fields["pay_frequency"] = freq
    page = (_grid if st["layout"] == "grid" else _portal)(fields, st, earnings, deds, tot, ytd_gross, emp_addr, home,
                                                          start, end, pay, freq)
    return Document("pay_stub", fields, [page], f"pay_stub/uk_payslip/{st['layout']}", family,
                    meta={"pay_period_number": period_no, **P.meta(earnings, deds)})


def _period_text(st, start, end):
    a, b = C.fdate(start, st["date"]), C.fdate(end, st["date"])
    txt = f"{a} - {b}" if st["date"] == "dmy" else f"{a} to {b}"
    return txt, {"pay_period_start": (0, len(a)), "pay_period_end": (len(txt) - len(b), len(txt))}


def _grid(f, st, earnings, deds, tot, ytd_gross, emp_addr, home, start, end, pay, freq) -> Page:
    W, H = A4
    m = 34.0
    fam, s = st["family"], st["size"]
    money = C.Money()
    gbp = C.Money(prefix="£")
    p = Page(W, H)
    # employee address for the window envelope
    y = m + 40
    p.text(m + 10, y, f["employee_name"], fam, s + 1, field="employee_name")
    C.address_block(p, m + 10, y + (s + 1) * 1.3, address_lines(home), fam, s + 1)
    p.text(W - m, m + 12, f["employer_name"], fam, s + 3, bold=True, align="right", field="employer_name")
    p.text(W - m, m + 12 + s * 1.6, "PAYSLIP", fam, s + 5, bold=True, align="right", color=(110, 110, 110))
    y = m + 130
    per_txt, per_marks = _period_text(st, start, end)
    head = [(st["emp_label"], f["employee_id"], "employee_id", None), ("Name", f["employee_name"], None, None),
            ("NI Number", st["ni"], None, None), ("NI Letter", st["ni_letter"], None, None),
            ("Tax Code", st["tax_code"], None, None),
            ("Tax Period", f"{'Month' if freq == 'monthly' else 'Week'} {st['period_no']}", None, None)]
    head2 = [("Pay Period", per_txt, None, per_marks), ("Pay Date", C.fdate(pay, st["date"]), "pay_date", None),
             ("Department", st["dept"], None, None)]
    if "pay_frequency" in f:
        head2.append(("Frequency", FREQ_TEXT[freq], "pay_frequency", None))
    for row in (head, head2):
        widths = [max(C.tw(v, fam, s) + 12, C.tw(l, fam, s - 1) + 12, 46) for l, v, _, _ in row]
        k = (W - 2 * m) / sum(widths)
        x = m
        for (label, value, field, marks), w in zip(row, widths):
            w *= k
            p.rect(x, y, w, s * 3.4, stroke=(0, 0, 0), width=0.5)
            p.rect(x, y, w, s * 1.5, stroke=None, fill=(225, 225, 225))
            p.text(x + w / 2, y + s * 1.1, label, fam, s - 1, bold=True, align="center")
            p.text(x + w / 2, y + s * 2.85, value, fam, s, align="center", field=field, marks=marks)
            x += w
        y += s * 3.4 + 6
    y += 8
    # payments | deductions | year to date
    top = y
    hbox = s * 22
    cw = [(W - 2 * m) * 0.42, (W - 2 * m) * 0.30, (W - 2 * m) * 0.28]
    xs = [m, m + cw[0], m + cw[0] + cw[1]]
    titles = ["Payments", "Deductions", "Year to Date"]
    for x, w, t in zip(xs, cw, titles):
        p.rect(x, top, w, hbox, stroke=(0, 0, 0), width=0.6)
        p.rect(x, top, w, s * 1.8, stroke=(0, 0, 0), fill=(225, 225, 225), width=0.6)
        p.text(x + 6, top + s * 1.3, t, fam, s, bold=True)
    x0, w0 = xs[0], cw[0]
    p.text(x0 + w0 * 0.56, top + s * 1.3, "Units", fam, s - 1, bold=True, align="right")
    p.text(x0 + w0 * 0.75, top + s * 1.3, "Rate", fam, s - 1, bold=True, align="right")
    p.text(x0 + w0 - 6, top + s * 1.3, "Amount", fam, s - 1, bold=True, align="right")
    yy = top + s * 3.3
    for e in earnings:
        p.text(x0 + 6, yy, e.name, fam, s)
        if e.hours is not None:
            p.text(x0 + w0 * 0.56, yy, f"{e.hours:.2f}", fam, s, align="right")
            p.text(x0 + w0 * 0.75, yy, f"{e.rate:.2f}", fam, s, align="right")
        p.text(x0 + w0 - 6, yy, money(e.current), fam, s, align="right")
        yy += s * 1.45
    yy = top + s * 3.3
    for d in deds:
        p.text(xs[1] + 6, yy, d.name, fam, s)
        p.text(xs[1] + cw[1] - 6, yy, money(d.current), fam, s, align="right")
        yy += s * 1.45
    yy = top + s * 3.3
    ytd_rows = [("Gross Pay TD", ytd_gross, "ytd_gross"), ("Taxable Pay TD", ytd_gross - (deds[2].ytd if len(deds) > 2 and "ension" in deds[2].name else 0), None)]
    ytd_rows += [(f"{d.name} TD", d.ytd, None) for d in deds]
    for label, v, field in ytd_rows:
        value = money(v)
        room = cw[2] - 18 - C.tw(value, fam, s - 0.5)
        p.text(xs[2] + 6, yy, label, fam, min(s - 0.5, (s - 0.5) * room / C.tw(label, fam, s - 0.5)))
        p.text(xs[2] + cw[2] - 6, yy, value, fam, s - 0.5, align="right", field=field)
        yy += s * 1.45
    y = top + hbox + 8
    # totals
    tots = [("Total Payments", gbp(tot["gross"]), "gross_pay"), (st["ded_label"], gbp(tot["ded"]), "total_deductions"),
            (st["net_label"], gbp(tot["net"]), "net_pay")]
    tw = (W - 2 * m) / 3
    for k, (label, value, field) in enumerate(tots):
        x = m + k * tw
        p.rect(x, y, tw, s * 4, stroke=(0, 0, 0), fill=(240, 240, 240) if k == 2 else None, width=0.8 if k == 2 else 0.5)
        p.text(x + 8, y + s * 1.5, label, fam, s, bold=True)
        p.text(x + tw - 8, y + s * 3.1, value, fam, s + 2 if k == 2 else s + 0.5, bold=k == 2, align="right", field=field)
    y += s * 4 + 16
    p.text(m, y, f"{f['employer_name']} · {', '.join(l for l, _ in address_lines(emp_addr))}", fam, s - 1.5,
           color=C.GREY)
    return p


def _portal(f, st, earnings, deds, tot, ytd_gross, emp_addr, home, start, end, pay, freq) -> Page:
    W, H = A4
    m = 44.0
    fam, s, col = st["family"], st["size"], st["color"]
    money = C.Money(prefix="£")
    p = Page(W, H)
    p.rect(m, m - 10, W - 2 * m, 3, stroke=None, fill=col)
    p.text(m, m + 14, f["employer_name"], fam, s + 6, bold=True, color=col, field="employer_name")
    p.text(m, m + 14 + s * 1.6, ", ".join(l for l, _ in address_lines(emp_addr)), fam, s - 1, color=C.GREY)
    p.text(W - m, m + 14, "Payslip", fam, s + 6, align="right")
    p.text(W - m, m + 14 + s * 1.8, "Paid on " + C.fdate(pay, st["date"]), fam, s + 0.5, align="right",
           marks={"pay_date": (8, 8 + len(C.fdate(pay, st["date"])))})
    y = m + 72
    per_txt, per_marks = _period_text(st, start, end)
    left = [("Employee", f["employee_name"], "employee_name", None), (st["emp_label"], f["employee_id"], "employee_id", None),
            ("NI number", st["ni"], None, None)]
    right = [("Pay period", per_txt, None, per_marks), ("Tax code", f"{st['tax_code']}   (NI category {st['ni_letter']})", None, None),
             ("Tax period", f"{'Month' if freq == 'monthly' else 'Week'} {st['period_no']}", None, None)]
    if "pay_frequency" in f:
        right.append(("Pay frequency", FREQ_TEXT[freq], "pay_frequency", None))
    for col_x, rows in ((m, left), (W / 2 + 10, right)):
        yy = y
        for label, value, field, marks in rows:
            p.text(col_x, yy, label, fam, s - 0.5, color=C.GREY)
            p.text(col_x + 80, yy, value, fam, s, bold=True, field=field, marks=marks)
            yy += s * 1.7
    y += s * 1.7 * max(len(left), len(right)) + 16

    def section(title, rows, total_label, total, field, y):
        p.text(m, y, title, fam, s + 2, bold=True, color=col)
        p.text(W - m - 110, y, "This period", fam, s - 0.5, color=C.GREY, align="right")
        p.text(W - m, y, "Year to date", fam, s - 0.5, color=C.GREY, align="right")
        p.hline(m, W - m, y + 5, width=0.6, color=col)
        y += s * 2.2
        for name, cur, ytd in rows:
            p.text(m + 4, y, name, fam, s)
            p.text(W - m - 110, y, money(cur), fam, s, align="right")
            if ytd is not None:
                p.text(W - m, y, money(ytd), fam, s, align="right", color=(90, 90, 90))
            y += s * 1.6
        p.hline(m, W - m, y - s * 0.9, width=0.3)
        p.text(m + 4, y + 2, total_label, fam, s, bold=True)
        p.text(W - m - 110, y + 2, money(total), fam, s, bold=True, align="right", field=field)
        return y + s * 3

    erows = [(e.name + (f" ({e.hours:.2f} hrs @ £{e.rate:.2f})" if e.hours is not None else ""), e.current, None)
             for e in earnings]
    y = section("Payments", erows, "Total Payments", tot["gross"], "gross_pay", y)
    p.text(W - m, y - s * 3 + 2, money(ytd_gross), fam, s, bold=True, align="right", field="ytd_gross")
    y = section("Deductions", [(d.name, d.current, d.ytd) for d in deds], st["ded_label"], tot["ded"],
                "total_deductions", y)
    p.rect(m, y - s, W - 2 * m, s * 4, stroke=None, fill=tuple(min(255, c + 190) for c in col), radius=4)
    p.text(m + 12, y + s * 1.6, st["net_label"], fam, s + 4, bold=True)
    p.text(W - m - 12, y + s * 1.6, money(tot["net"]), fam, s + 4, bold=True, align="right", field="net_pay")
    y += s * 6
    C.fine(p, m, y, W - 2 * m, "Paid by BACS to your nominated bank account. Please keep your payslips; you may need "
           "them as proof of income. Queries to the payroll team within 30 days.", fam, s - 1.5)
    return p
