"""US state, county, city and school-district pay advices as ERP payroll
modules print them: "Pay Begin Date" / "Pay End Date", "Advice #" and "Advice
Date", a summary grid (Total Gross, Fed Taxable Gross, Total Taxes, Total
Deductions, Net Pay) with Current and YTD rows, HOURS AND EARNINGS, TAXES,
BEFORE-TAX and AFTER-TAX DEDUCTIONS, EMPLOYER PAID BENEFITS (not deducted),
leave balances and a net pay distribution with the "Net Amount". Public
employers may not withhold Social Security (only Medicare) and deduct a
pension contribution before tax. Upper-case labels, MM/DD/YYYY dates."""

DOC_TYPE = "pay_stub"
NAME = "us_public_employee"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US state or municipal employer's pay advice (USD, Letter) with Pay Begin/End Date, Advice "
               "Date, a Current/YTD summary grid, Net Amount and Total Taxes & Deductions.")

import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...doctypes import GenContext
from ...layout import LETTER, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money, money
from . import _tune_common as C

EMPLOYERS = ["City of Eastbrook", "Pinecrest County", "Lakemont Unified School District", "Tri-County Water Authority",
             "Town of Harlow Springs", "Marlow County Sheriff's Office", "Riverside Regional Transit District",
             "Greenvale Public Library District"]
DEPTS = ["Public Works", "Parks & Recreation", "Finance", "Police", "Fire Rescue", "Facilities", "Transportation",
         "Elementary Education", "Water Treatment", "Information Technology"]
TITLES = ["Maintenance Worker II", "Accountant I", "Police Officer", "Firefighter/EMT", "Bus Operator",
          "Teacher", "Librarian", "Utility Technician", "Administrative Assistant", "Systems Analyst"]
PER_YEAR = {"biweekly": 26, "semimonthly": 24, "monthly": 12}
FREQ_WORDS = {"biweekly": ["Biweekly", "BI-WEEKLY"], "semimonthly": ["Semi-monthly", "SEMI-MONTHLY"],
              "monthly": ["Monthly", "MONTHLY"]}


def generate(rng: random.Random, ctx: GenContext) -> Document:
    freq = rng.choice(["biweekly", "semimonthly", "semimonthly", "monthly"])
    employer = rng.choice(EMPLOYERS)
    state = rng.choice(["OH", "CO", "MA", "CA", "IL", "GA", "NC", "MI", "OR", "PA"])
    emp_addr = us_address(rng, state)
    person = random_person(rng, ctx.reference_date, min_age=19, max_age=70)
    home = us_address(rng, state)
    start, end, pay, number = C.pay_period(rng, freq, ctx.reference_date)
    prior = number - 1
    annual = Decimal(rng.randint(34, 118) * 1000 + rng.choice([0, 250, 500, 750]))
    salaried = rng.random() < 0.6
    earnings = []
    if salaried:
        reg = money(annual / PER_YEAR[freq])
        earnings.append(("Regular Salary", None, None, reg, C.ytd(rng, reg, prior, 0.98, 1.0)))
    else:
        rate = money(annual / 2080)
        hours = Decimal({"biweekly": 80, "semimonthly": 86.67, "monthly": 173.33}[freq]).quantize(Decimal("0.01"))
        reg = money(hours * rate)
        earnings.append(("Regular Hours", hours, rate, reg, C.ytd(rng, reg, prior, 0.9, 1.0)))
        if rng.random() < 0.5:
            ot_h = Decimal(rng.randint(2, 24)) + Decimal(rng.choice(["0", "0.50"]))
            ot_rate = money(rate * Decimal("1.5"))
            ot = money(ot_h * ot_rate)
            earnings.append(("Overtime 1.5", ot_h, ot_rate, ot, C.ytd(rng, ot, prior, 0.3, 1.4)))
    if rng.random() < 0.4:
        lon = money(rng.uniform(20, 120))
        earnings.append(("Longevity Pay", None, None, lon, lon * (prior + 1)))
    if rng.random() < 0.25:
        stip = money(rng.uniform(40, 300))
        earnings.append((rng.choice(["Shift Differential", "Bilingual Stipend", "Uniform Allowance"]), None, None, stip,
                         C.ytd(rng, stip, prior, 0.5, 1.0)))
    gross = sum(e[3] for e in earnings)
    ytd_gross = sum(e[4] for e in earnings)
    ratio = ytd_gross / gross

    def y(v):
        return max(v, money(v * ratio * Decimal(str(round(rng.uniform(0.97, 1.02), 4)))))

    pension_name = rng.choice(["PERS Retirement", "State Retirement Sys", "TRS Member Contrib", "Pension EE 457"])
    pension = money(gross * Decimal(rng.choice(["0.06", "0.075", "0.08", "0.10"])))
    before = [(pension_name, pension, y(pension))]
    if rng.random() < 0.6:
        med = money(rng.uniform(30, 260))
        before.append(("Medical Pre-Tax", med, med * (prior + 1)))
    if rng.random() < 0.4:
        dc = money(rng.choice([25, 50, 100, 150]))
        before.append(("457(b) Deferred Comp", dc, dc * (prior + 1)))
    taxable = gross - sum(b[1] for b in before)
    social_security = rng.random() < 0.6   # some public employers are outside Social Security
    taxes = [("Fed Withholdng", money(taxable * Decimal(str(round(rng.uniform(0.06, 0.14), 4)))))]
    taxes.append(("Fed MED/EE", money(taxable * Decimal("0.0145"))))
    if social_security:
        taxes.append(("Fed OASDI/EE", money(taxable * Decimal("0.062"))))
    taxes.append((f"{state} Withholdng", money(taxable * Decimal(str(round(rng.uniform(0.025, 0.055), 4))))))
    taxes = [(n, c, y(c)) for n, c in taxes]
    after = []
    if rng.random() < 0.5:
        union = money(rng.uniform(15, 55))
        after.append((rng.choice(["AFSCME Local Dues", "FOP Lodge Dues", "Union Dues", "Teachers Assn Dues"]), union,
                      union * (prior + 1)))
    if rng.random() < 0.4:
        life = money(rng.uniform(3, 30))
        after.append(("Supp Life Insurance", life, life * (prior + 1)))
    deductions = taxes + before + after
    total_taxes = sum(t[1] for t in taxes)
    total_ded = sum(d[1] for d in before + after)
    net = gross - total_taxes - total_ded
    ytd_net = ytd_gross - sum(d[2] for d in deductions)
    style = {
        "combined": rng.random() < 0.55, "date": rng.choice(["mdy", "mdy", "mdy_np"]),
        "freq": rng.random() < 0.6, "color": rng.choice([(0, 51, 102), (70, 70, 70), (0, 90, 60), (110, 30, 30)]),
        "family": rng.choice(["Liberation Sans", "DejaVu Sans Condensed", "Liberation Sans Narrow", "DejaVu Sans",
                              "Liberation Mono"]),
        "upper_name": rng.random() < 0.6, "money": C.Money(), "salaried": salaried,
    }
    name = ascii_upper(person.full_name) if style["upper_name"] else person.full_name
    emp_id = f"{rng.randint(10 ** 5, 10 ** 7 - 1):07d}"
    if rng.random() < 0.7:
        employer = employer.upper()
    fields = {"employer_name": employer, "employee_name": name, "employee_id": emp_id,
              "pay_period_start": start.isoformat(), "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(),
              "currency": "USD", "gross_pay": canon_money(gross), "net_pay": canon_money(net),
              "ytd_gross": canon_money(ytd_gross), "ytd_net": canon_money(ytd_net)}
    if style["combined"]:
        fields["total_deductions"] = canon_money(total_taxes + total_ded)
    if style["freq"]:
        fields["pay_frequency"] = freq
    page = _draw(rng, fields, style, employer, emp_addr, home, earnings, taxes, before, after, taxable, freq,
                 annual, state)
    meta = C.stub_meta(earnings, deductions, region="US", social_security_withheld=social_security)
    return Document("pay_stub", fields, [page], f"pay_stub/{NAME}", style["family"], meta=meta)


def _draw(rng, fields, style, employer, emp_addr, home, earnings, taxes, before, after, taxable, freq, annual, state):
    W, H = LETTER
    m = 30.0
    family = style["family"]
    size = 6.9 if "Mono" in family else 7.5
    col = style["color"]
    mo = style["money"]
    page = Page(W, H)
    head_fill = C.tint(col, 0.82)

    def d(iso):
        return C.fdate(iso, style["date"])

    def box_title(y, text):
        page.rect(m, y - size - 2, W - 2 * m, size + 5, stroke=None, fill=col)
        page.text(m + 4, y, text, family, size, bold=True, color=(255, 255, 255))
        return y + size * 1.7

    # header
    page.text(m, m + 8, employer, family, C.fit(employer, family, size + 5, W * 0.47 - m - 10, True), bold=True,
              field="employer_name")
    page.text(m, m + 20, ", ".join(line for line, _ in address_lines(emp_addr)), family, size - 0.5)
    advice = f"{rng.randint(10 ** 8, 10 ** 9 - 1):09d}"
    right = [("Pay Group:", {"biweekly": "BWK-Biweekly Staff", "semimonthly": "SMN-Semimonthly",
                             "monthly": "MTH-Monthly Salaried"}[freq]),
             ("Pay Begin Date:", d(fields["pay_period_start"]), "pay_period_start"),
             ("Pay End Date:", d(fields["pay_period_end"]), "pay_period_end")]
    right2 = [("Advice #:", advice), ("Advice Date:", d(fields["pay_date"]), "pay_date")]
    if "pay_frequency" in fields:
        right2.append(("Pay Frequency:", rng.choice(FREQ_WORDS[freq]), "pay_frequency"))
    for col_x, items in ((W * 0.47, right), (W * 0.76, right2)):
        lw = max(C.width(item[0], family, size, True) for item in items) + 5
        for i, item in enumerate(items):
            label, value = item[0], item[1]
            key = item[2] if len(item) > 2 else None
            page.text(col_x, m + 4 + i * size * 1.45, label, family, size, bold=True)
            page.text(col_x + lw, m + 4 + i * size * 1.45, value, family,
                      C.fit(value, family, size, (W - m if col_x > W * 0.7 else W * 0.75) - col_x - lw), field=key)
    # employee block
    y = m + 46
    page.rect(m, y - size - 3, W - 2 * m, size * 7.6, stroke=(120, 120, 120), width=0.5)
    page.text(m + 4, y, fields["employee_name"], family,
              C.fit(fields["employee_name"], family, size + 1.5, W * 0.36 - m - 12, True), bold=True,
              field="employee_name")
    C.address_block(page, m + 4, y + size * 1.5, home, family, size)
    info = [("Employee ID:", fields["employee_id"], "employee_id"), ("Department:", rng.choice(DEPTS), None),
            ("Location:", rng.choice(["Main Campus", "City Hall", "Annex B", "Depot 2", "District Office"]), None),
            ("Job Title:", rng.choice(TITLES), None),
            ("Pay Rate:", f"${mo.fmt(annual)} Annual" if style["salaried"] else
             f"${mo.fmt(earnings[0][2])} Hourly", None)]
    for i, (label, value, key) in enumerate(info):
        page.text(W * 0.36, y + i * size * 1.35, label, family, size, bold=True)
        page.text(W * 0.36 + 62, y + i * size * 1.35, value, family, size, field=key)
    tax = [("TAX DATA:", "Federal", state), ("Marital Status:", rng.choice(["Single", "Married"]),
                                             rng.choice(["Single", "Married"])),
           ("Allowances:", str(rng.randint(0, 3)), str(rng.randint(0, 3))), ("Addl. Amount:", "", "")]
    for i, (a, b, c) in enumerate(tax):
        page.text(W * 0.7, y + i * size * 1.35, a, family, size, bold=True)
        page.text(W * 0.7 + 70, y + i * size * 1.35, b, family, size, bold=i == 0)
        page.text(W * 0.7 + 120, y + i * size * 1.35, c, family, size, bold=i == 0)
    y += size * 8
    # summary grid
    gross = Decimal(fields["gross_pay"])
    tt = sum(t[1] for t in taxes)
    td = sum(x[1] for x in before + after)
    yt_taxes = sum(t[2] for t in taxes)
    yt_ded = sum(x[2] for x in before + after)
    net = Decimal(fields["net_pay"])
    if style["combined"]:
        heads = ["", "TOTAL GROSS", "FED TAXABLE GROSS", "TOTAL TAXES & DEDUCTIONS", "NET PAY"]
        cur = ["Current", (mo.fmt(gross), {"gross_pay": (0, 99)}), mo.fmt(taxable),
               (mo.fmt(tt + td), {"total_deductions": (0, 99)}), (mo.fmt(net), {"net_pay": (0, 99)})]
        ytd = ["YTD", (mo.fmt(Decimal(fields["ytd_gross"])), {"ytd_gross": (0, 99)}),
               mo.fmt(taxable * Decimal(fields["ytd_gross"]) / gross), mo.fmt(yt_taxes + yt_ded),
               (mo.fmt(Decimal(fields["ytd_net"])), {"ytd_net": (0, 99)})]
    else:
        heads = ["", "TOTAL GROSS", "FED TAXABLE GROSS", "TOTAL TAXES", "TOTAL DEDUCTIONS", "NET PAY"]
        cur = ["Current", (mo.fmt(gross), {"gross_pay": (0, 99)}), mo.fmt(taxable), mo.fmt(tt), mo.fmt(td),
               (mo.fmt(net), {"net_pay": (0, 99)})]
        ytd = ["YTD", (mo.fmt(Decimal(fields["ytd_gross"])), {"ytd_gross": (0, 99)}),
               mo.fmt(taxable * Decimal(fields["ytd_gross"]) / gross), mo.fmt(yt_taxes), mo.fmt(yt_ded),
               (mo.fmt(Decimal(fields["ytd_net"])), {"ytd_net": (0, 99)})]
    n = len(heads)
    cw = (W - 2 * m - 50) / (n - 1)
    cols = [(m + 4, "left")] + [(m + 50 + cw * (i + 1) - 6, "right") for i in range(n - 1)]
    y = C.table(page, family, size, y, cols, heads, [cur, ytd], head_fill=head_fill, x0=m, x1=W - m, lead=1.5,
                head_size=size - 1 if style["combined"] else None)
    y += size * 1.2
    # hours and earnings (left) / taxes (right)
    half = (W - 2 * m - 8) / 2
    lx, rx = m, m + half + 8
    y0 = box_title(y, "HOURS AND EARNINGS")
    page.rect(rx, y - size - 2, half, size + 5, stroke=None, fill=col)
    page.text(rx + 4, y, "TAXES", family, size, bold=True, color=(255, 255, 255))
    page.rect(lx + half, y - size - 2, 8, size + 5, stroke=None, fill=(255, 255, 255))
    ec = [(lx + 3, "left"), (lx + half * 0.42, "right"), (lx + half * 0.55, "right"), (lx + half * 0.74, "right"),
          (lx + half - 3, "right")]
    e_rows = [[nm, None if r is None else mo.fmt(r), None if h is None else f"{h:.2f}", mo.fmt(c), mo.fmt(yt)]
              for nm, h, r, c, yt in earnings]
    y1 = C.table(page, family, size, y0, ec, ["Description", "Rate", "Hours", "Earnings", "YTD Earnings"], e_rows,
                 head_size=size - 0.6, lead=1.4)
    page.hline(lx, lx + half, y1 - size * 0.9, width=0.4)
    page.text(lx + 3, y1 + 1, "TOTAL:", family, size, bold=True)
    page.text(ec[3][0], y1 + 1, mo.fmt(gross), family, size, bold=True, align="right")
    page.text(ec[4][0], y1 + 1, mo.fmt(Decimal(fields["ytd_gross"])), family, size, bold=True, align="right")
    y1 += size * 1.6
    tc = [(rx + 3, "left"), (rx + half * 0.72, "right"), (rx + half - 3, "right")]
    y2 = C.table(page, family, size, y0, tc, ["Description", "Current", "YTD"],
                 [[nm, mo.fmt(c), mo.fmt(yt)] for nm, c, yt in taxes], head_size=size - 0.6, lead=1.4)
    page.hline(rx, rx + half, y2 - size * 0.9, width=0.4)
    page.text(rx + 3, y2 + 1, "TOTAL:", family, size, bold=True)
    page.text(tc[1][0], y2 + 1, mo.fmt(tt), family, size, bold=True, align="right")
    page.text(tc[2][0], y2 + 1, mo.fmt(yt_taxes), family, size, bold=True, align="right")
    y2 += size * 1.6
    y = max(y1, y2) + size * 1.2
    # before-tax / after-tax / employer paid
    third = (W - 2 * m - 16) / 3
    xs = [m, m + third + 8, m + 2 * (third + 8)]
    titles = ["BEFORE-TAX DEDUCTIONS", "AFTER-TAX DEDUCTIONS", "EMPLOYER PAID BENEFITS"]
    er = [("Employer Pension", money(gross * Decimal("0.14"))), ("Medical ER", money(rng.uniform(300, 900))),
          ("Basic Life*", money(rng.uniform(1, 12)))]
    data = [[[nm, mo.fmt(c), mo.fmt(yt)] for nm, c, yt in before],
            [[nm, mo.fmt(c), mo.fmt(yt)] for nm, c, yt in after],
            [[nm, mo.fmt(c), None] for nm, c in er]]
    ys = []
    for x, title, rows in zip(xs, titles, data):
        page.rect(x, y - size - 2, third, size + 5, stroke=None, fill=col)
        page.text(x + 4, y, title, family, size, bold=True, color=(255, 255, 255))
        cols3 = [(x + 3, "left"), (x + third * 0.72, "right"), (x + third - 3, "right")]
        yy = C.table(page, family, size - 0.3, y + size * 1.7, cols3, ["Description", "Current", "YTD"], rows,
                     head_size=size - 0.8, lead=1.4)
        ys.append(yy)
    yb = max(ys)
    for x, rows, tot in ((xs[0], before, sum(b[1] for b in before)), (xs[1], after, sum(a[1] for a in after))):
        page.hline(x, x + third, yb - size * 0.9, width=0.4)
        page.text(x + 3, yb + 1, "TOTAL:", family, size, bold=True)
        page.text(x + third * 0.72, yb + 1, mo.fmt(tot), family, size, bold=True, align="right")
    page.text(xs[2] + 3, yb + 1, "* Taxable", family, size - 1)
    y = yb + size * 2.4
    # net pay distribution and leave
    y = box_title(y, "NET PAY DISTRIBUTION")
    net_text = "$" + mo.fmt(net)
    rows = [[advice, "Checking", f"XXXXX{rng.randint(1000, 9999)}",
             (net_text, C.sym_marks(net_text, "currency", "$"), True)]]
    dc = [(m + 3, "left"), (m + 110, "left"), (m + 190, "left"), (W * 0.62, "right")]
    y = C.table(page, family, size, y, dc, ["Advice #", "Account Type", "Account Number", "Deposit Amount"], rows,
                head_size=size - 0.6)
    page.text(m + 3, y + 2, "Net Amount:", family, size + 1, bold=True)
    page.text(W * 0.62, y + 2, net_text, family, size + 1, bold=True, align="right")
    ly = y - size * 3.1
    lx = W * 0.68
    page.text(lx, ly, "LEAVE BALANCES", family, size, bold=True)
    for i, (nm, v) in enumerate((("Vacation", rng.uniform(10, 200)), ("Sick", rng.uniform(10, 400)),
                                  ("Comp Time", rng.uniform(0, 40)))):
        page.text(lx, ly + (i + 1) * size * 1.35, nm, family, size)
        page.text(W - m, ly + (i + 1) * size * 1.35, f"{v:.2f} hrs", family, size, align="right")
    y += size * 4
    page.text(W / 2, y, "THIS IS NOT A CHECK  -  NON-NEGOTIABLE", family, size + 3, bold=True, align="center",
              color=(140, 140, 140))
    return page
