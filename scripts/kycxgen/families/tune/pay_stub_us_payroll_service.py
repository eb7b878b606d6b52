"""US payroll-service earnings statements, as outsourced payroll providers
print them for their client companies: a company code / file / department
strip, "Period Beginning", "Period Ending" and "Pay Date", an earnings table
with rate, hours, "this period" and "year to date", statutory deductions
(federal and state income tax, Social Security and Medicare tax on wages less
pre-tax benefits) and other deductions, all shown negative (minus sign,
brackets or a trailing minus), pre-tax items flagged with "*", YTD-only
lines, a net pay distribution and a non-negotiable deposit advice below."""

DOC_TYPE = "pay_stub"
NAME = "us_payroll_service"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US payroll service provider's earnings statement (USD, Letter) with this-period and "
               "year-to-date columns, negative (bracketed or minus) deductions and a deposit advice.")

import random
from decimal import Decimal

from ...addresses import us_address
from ...companies import EMPLOYERS
from ...doctypes import GenContext
from ...layout import LETTER, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money, money
from . import _tune_common as C

NO_TAX = {"TX", "FL", "WA"}
FREQ_WORDS = {"weekly": "Weekly", "biweekly": "Bi-Weekly", "semimonthly": "Semi-Monthly", "monthly": "Monthly"}
PER_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
HOURS = {"weekly": Decimal("40.00"), "biweekly": Decimal("80.00"), "semimonthly": Decimal("86.67"),
         "monthly": Decimal("173.33")}
EXTRA_EMPLOYERS = ["Sagebrush Medical Billing LLC", "Pinewood Auto Group", "Crescent Valley Hospice",
                   "Ironbridge Fabrication Inc", "Marigold Senior Living"]


def _lines(rng, freq, prior, state):
    salaried = rng.random() < 0.45
    if salaried:
        annual = Decimal(rng.randint(38, 140) * 1000)
        rate = money(annual / PER_YEAR[freq])
        reg = rate
        earnings = [("Regular", None, None, reg, C.ytd(rng, reg, prior, 0.97, 1.0))]
    else:
        rate = Decimal(str(round(rng.uniform(17, 48), 4 if rng.random() < 0.3 else 2)))
        hours = HOURS[freq] - (rng.choice([0, 0, 0, Decimal(rng.randint(2, 10))]))
        reg = money(hours * rate)
        earnings = [("Regular", hours, rate, reg, C.ytd(rng, reg, prior, 0.92, 1.0))]
        if rng.random() < 0.55:
            ot_h = Decimal(rng.randint(1, 16)) + Decimal(rng.choice(["0", "0.50", "0.25", "0.75"]))
            ot_rate = money(rate * Decimal("1.5"))
            ot = money(ot_h * ot_rate)
            earnings.append(("Overtime", ot_h, ot_rate, ot, C.ytd(rng, ot, prior, 0.2, 1.3)))
        if rng.random() < 0.25:
            hol_h = Decimal(8)
            hol = money(hol_h * rate)
            earnings.append(("Holiday", hol_h, rate, hol, C.ytd(rng, hol, max(1, prior // 6), 0.9, 1.0)))
    if rng.random() < 0.3:
        bonus = money(rng.uniform(150, 2500))
        earnings.append(("Bonus", None, None, bonus, bonus + money(rng.choice([0, rng.uniform(200, 3000)]))))
    if prior > 2 and rng.random() < 0.35:
        # a line paid earlier in the year only: nothing this period, YTD shown
        past = money(rng.uniform(80, 1500))
        earnings.append((rng.choice(["Retro Pay", "Referral Bonus", "Sick"]), None, None, Decimal("0.00"), past))
    gross = sum(e[3] for e in earnings)
    ytd_gross = sum(e[4] for e in earnings)
    pretax = []
    if rng.random() < 0.7:
        k = money(gross * Decimal(rng.choice(["0.03", "0.04", "0.05", "0.06", "0.08", "0.10"])))
        pretax.append(("401(k)", k, C.ytd(rng, k, prior, 0.95, 1.0), "fit"))
    if rng.random() < 0.75:
        med = money(rng.uniform(25, 210))
        pretax.append(("Medical", med, med * (prior + 1), "125"))
    if rng.random() < 0.5:
        den = money(rng.uniform(4, 32))
        pretax.append(("Dental", den, den * (prior + 1), "125"))
    if rng.random() < 0.25:
        v = money(rng.uniform(3, 15))
        pretax.append(("Vision", v, v * (prior + 1), "125"))
    sec125 = sum(d[1] for d in pretax if d[3] == "125")
    fica = gross - sec125
    fed_taxable = fica - sum(d[1] for d in pretax if d[3] == "fit")
    ss = money(fica * Decimal("0.062"))
    med = money(fica * Decimal("0.0145"))
    fit = money(fed_taxable * Decimal(str(round(rng.uniform(0.06, 0.15), 4))))
    ratio = ytd_gross / gross
    statutory = [("Federal Income Tax", fit, max(fit, money(fit * ratio * Decimal(rng.uniform(0.95, 1.03))))),
                 ("Social Security Tax", ss, max(ss, money(ss * ratio))),
                 ("Medicare Tax", med, max(med, money(med * ratio)))]
    if state not in NO_TAX:
        st = money(fed_taxable * Decimal(str(round(rng.uniform(0.02, 0.06), 4))))
        statutory.append((f"{state} State Income Tax", st, max(st, money(st * ratio))))
        if state in ("CA", "NJ", "NY") and rng.random() < 0.8:
            sdi = money(fica * Decimal("0.011"))
            statutory.append((f"{state} SDI Tax" if state != "NY" else "NY Paid Family Leave", sdi,
                              max(sdi, money(sdi * ratio))))
    other = [(n, c, y) for n, c, y, _ in pretax]
    if rng.random() < 0.3:
        life = money(rng.uniform(2, 18))
        other.append(("Supplemental Life", life, life * (prior + 1)))
    if rng.random() < 0.15:
        other.append(("Charitable Giving", Decimal("10.00"), Decimal("10.00") * (prior + 1)))
    return earnings, statutory, other, {d[0] for d in pretax}, fed_taxable


def generate(rng: random.Random, ctx: GenContext) -> Document:
    freq = rng.choice(["weekly", "biweekly", "biweekly", "biweekly", "semimonthly", "monthly"])
    employer = rng.choice(EMPLOYERS + EXTRA_EMPLOYERS)
    emp_addr = us_address(rng)
    person = random_person(rng, ctx.reference_date, min_age=18, max_age=70)
    home = us_address(rng, emp_addr.region)
    start, end, pay, number = C.pay_period(rng, freq, ctx.reference_date)
    earnings, statutory, other, pretax_names, fed_taxable = _lines(rng, freq, number - 1, emp_addr.region)
    deductions = statutory + other
    gross = sum(e[3] for e in earnings)
    total = sum(d[1] for d in deductions)
    net = gross - total
    ytd_gross = sum(e[4] for e in earnings)
    ytd_net = ytd_gross - sum(d[2] for d in deductions)
    neg = rng.choice(["minus", "paren", "trail"])
    style = {
        "neg": neg, "money": C.Money(neg=neg), "date": rng.choice(["mdy", "mdy", "mdy2", "mon_d_y"]),
        "show_total_ded": rng.random() < 0.5, "show_ytd_net": rng.random() < 0.4, "show_freq": rng.random() < 0.5,
        "upper": rng.random() < 0.7, "file_label": rng.choice(["File No.", "Employee ID", "Emp No.", "Associate ID"]),
        "color": rng.choice([(180, 20, 30), (0, 70, 140), (30, 30, 30), (0, 100, 70)]),
        "advice": rng.random() < 0.75, "family": rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Sans Narrow",
                                                             "DejaVu Sans Condensed", "Liberation Mono"]),
    }
    name = ascii_upper(person.full_name) if style["upper"] else person.full_name
    emp_id = rng.choice([f"{rng.randint(100000, 999999)}", f"{rng.randint(1000, 9999)}",
                         f"{C.ref_code(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(100000, 999999)}"])
    fields = {"employer_name": employer, "employee_name": name, "employee_id": emp_id,
              "pay_period_start": start.isoformat(), "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(),
              "currency": "USD", "gross_pay": canon_money(gross), "net_pay": canon_money(net),
              "ytd_gross": canon_money(ytd_gross)}
    if style["show_total_ded"]:
        fields["total_deductions"] = canon_money(total)
    if style["show_ytd_net"]:
        fields["ytd_net"] = canon_money(ytd_net)
    if style["show_freq"]:
        fields["pay_frequency"] = freq
    page = _draw(rng, fields, style, employer, emp_addr, home, earnings, statutory, other, pretax_names,
                 fed_taxable, freq, ytd_net, number)
    meta = C.stub_meta(earnings, deductions, pay_period_number=number, region="US")
    return Document("pay_stub", fields, [page], f"pay_stub/{NAME}", style["family"], meta=meta)


def _draw(rng, fields, style, employer, emp_addr, home, earnings, statutory, other, pretax, fed_taxable, freq,
          ytd_net, number):
    W, H = LETTER
    m = 36.0
    family = style["family"]
    size = 7.3 if "Mono" in family else 7.9
    page = Page(W, H)
    money_ = style["money"]
    col = style["color"]

    def neg(v):
        return money_.fmt(-v) if v else "0.00"

    def d(iso):
        return C.fdate(iso, style["date"])

    # company code strip
    codes = [("CO.", C.ref_code(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ")), ("FILE", fields["employee_id"]),
             ("DEPT.", f"{rng.randint(100, 999)}"), ("CLOCK", f"{rng.randint(1000, 9999)}"),
             ("VCHR. NO.", f"{rng.randint(10 ** 6, 10 ** 7 - 1):07d}"), ("", f"{rng.randint(1, 99):03d}")]
    x = m
    for label, value in codes:
        page.text(x, m, label, family, size - 1.5, bold=True)
        page.text(x, m + size + 1, value, family, size - 0.5)
        x += 62
    page.text(W - m, m + 6, "Earnings Statement", family, size + 7, bold=True, align="right", color=col)
    # employer
    y = m + 36
    page.text(m, y, employer, family, size + 1.5, bold=True, field="employer_name")
    C.address_block(page, m, y + size * 1.4, emp_addr, family, size)
    # period block
    rx = W * 0.6
    rows = [("Period Beginning:", d(fields["pay_period_start"]), "pay_period_start"),
            ("Period Ending:", d(fields["pay_period_end"]), "pay_period_end"),
            ("Pay Date:", d(fields["pay_date"]), "pay_date")]
    if "pay_frequency" in fields:
        rows.append(("Pay Frequency:", FREQ_WORDS[freq], "pay_frequency"))
    lw = max(78, max(C.width(label, family, size) for label, _, _ in rows) + 8)
    for i, (label, value, key) in enumerate(rows):
        page.text(rx, y + i * size * 1.4, label, family, size)
        page.text(rx + lw, y + i * size * 1.4, value, family, size, bold=True, field=key)
    # tax status and employee
    y += size * 6.5
    page.text(m, y, "Taxable Marital Status:", family, size - 0.5)
    page.text(m + 100, y, rng.choice(["Single", "Married", "Head of Household"]), family, size - 0.5)
    page.text(m, y + size * 1.3, "Exemptions/Allowances:", family, size - 0.5)
    page.text(m + 100, y + size * 1.3, f"Federal: {rng.choice(['0', 'Std W/H Table', '1'])}", family, size - 0.5)
    page.text(m, y + size * 2.6, f"{style['file_label']}:", family, size - 0.5)
    page.text(m + 100, y + size * 2.6, fields["employee_id"], family, size - 0.5, field="employee_id")
    page.text(rx, y, fields["employee_name"], family, size + 1.5, bold=True, field="employee_name")
    C.address_block(page, rx, y + size * 1.5, home, family, size + 0.5)
    y += size * 7
    # earnings
    c = [m, m + 140, m + 185, m + 255, m + 325]
    page.hline(m, c[4] + 4, y - size - 3, width=0.8)
    y = C.table(page, family, size, y, [(c[0], "left"), (c[1], "right"), (c[2], "right"), (c[3], "right"),
                                         (c[4], "right")],
                ["Earnings", "rate", "hours", "this period", "year to date"],
                [[n, None if r is None else f"{r}", None if h is None else f"{h:.2f}",
                  money_.fmt(cur) if cur else None, money_.fmt(yt)] for n, h, r, cur, yt in earnings], lead=1.4)
    gross = Decimal(fields["gross_pay"])
    text = "$" + money_.fmt(gross)
    page.text(m + 10, y + 2, "Gross Pay", family, size + 0.5, bold=True)
    page.text(c[3], y + 2, text, family, size + 0.5, bold=True, align="right",
              marks=C.sym_marks(text, "gross_pay", "$"))
    page.text(c[4], y + 2, money_.fmt(Decimal(fields["ytd_gross"])), family, size + 0.5, bold=True, align="right",
              field="ytd_gross")
    y += size * 2.6
    page.text(m, y, "Deductions", family, size, bold=True)
    page.text(m + 62, y, "Statutory", family, size, bold=True)
    y += size * 1.5
    y = C.table(page, family, size, y, [(m + 62, "left"), (c[3], "right"), (c[4], "right")], None,
                [[n, neg(cur), money_.fmt(yt)] for n, cur, yt in statutory], lead=1.4)
    y += size * 0.4
    if other:
        page.text(m + 62, y, "Other", family, size, bold=True)
        y += size * 1.5
        y = C.table(page, family, size, y, [(m + 62, "left"), (c[3], "right"), (c[4], "right")], None,
                    [[n, neg(cur) + ("*" if n in pretax else ""), money_.fmt(yt)] for n, cur, yt in other], lead=1.4)
    if "total_deductions" in fields:
        y += size * 0.4
        total = Decimal(fields["total_deductions"])
        text = neg(total)
        marks = {"total_deductions": (0, len(text))}
        page.text(m + 62, y, "Total Deductions", family, size, bold=True)
        page.text(c[3], y, text, family, size, bold=True, align="right", marks=marks)
        y += size * 1.5
    y += size * 0.6
    page.hline(m, c[4] + 4, y - size - 1, width=0.6)
    net = Decimal(fields["net_pay"])
    text = "$" + money_.fmt(net)
    page.text(m + 10, y + 2, "Net Pay", family, size + 1.5, bold=True)
    page.text(c[3], y + 2, text, family, size + 1.5, bold=True, align="right",
              marks=C.sym_marks(text, "net_pay", "$"))
    if "ytd_net" in fields:
        page.text(c[4], y + 2, money_.fmt(ytd_net), family, size + 0.5, align="right", field="ytd_net")
    y += size * 2
    acct = f"xxxxxx{rng.randint(1000, 9999)}"
    page.text(m + 62, y, "Checking 1", family, size)
    page.text(c[3], y, neg(net), family, size, align="right")
    y += size * 1.4
    page.text(m + 62, y, "Net Check", family, size)
    page.text(c[3], y, "0.00", family, size, align="right")
    y += size * 2.2
    if pretax:
        page.text(m, y, "* Excluded from federal taxable wages", family, size - 1)
        y += size * 1.3
    page.text(m, y, f"Your federal taxable wages this period are ${C.Money().fmt(fed_taxable)}", family, size - 1)
    # right column: other benefits and important notes
    bx = W * 0.655
    by = m + 36 + size * 14
    page.rect(bx, by, W - m - bx, 120, stroke=(120, 120, 120), width=0.5)
    page.text(bx + 6, by + 12, "Other Benefits and Information", family, size, bold=True)
    info = [("Vacation Hrs Avail", f"{rng.uniform(4, 120):.2f}"), ("Sick Hrs Avail", f"{rng.uniform(2, 60):.2f}"),
            ("Group Term Life", f"{rng.uniform(1, 9):.2f}"), ("Totl Hrs Worked", f"{sum(e[1] for e in earnings if e[1] is not None) or HOURS[freq]:.2f}")]
    for i, (label, value) in enumerate(info):
        page.text(bx + 6, by + 28 + i * size * 1.5, label, family, size - 0.5)
        page.text(W - m - 6, by + 28 + i * size * 1.5, value, family, size - 0.5, align="right")
    page.text(bx + 6, by + 100, "Important Notes", family, size, bold=True)
    page.text(bx + 6, by + 111, "Basis of pay: " + ("Salary" if earnings[0][1] is None else "Hourly"), family,
              size - 0.5)
    # deposit advice
    if style["advice"]:
        ay = H - 178
        C.dashed(page, m, W - m, ay - 14)
        page.text(m, ay + 4, employer, family, size + 1, bold=True)
        C.address_block(page, m, ay + 4 + size * 1.4, emp_addr, family, size - 0.5)
        page.text(W - m, ay + 4, f"Advice number: {rng.randint(10 ** 7, 10 ** 8 - 1)}", family, size, align="right")
        page.text(W - m, ay + 4 + size * 1.5, "Pay date: " + d(fields["pay_date"]), family, size, align="right")
        page.text(m, ay + 60, "Deposited to the account of", family, size - 0.5)
        page.text(m, ay + 72, fields["employee_name"], family, size + 1, bold=True)
        page.text(W * 0.45, ay + 60, "account number", family, size - 0.5)
        page.text(W * 0.45, ay + 72, acct, family, size)
        page.text(W * 0.62, ay + 60, "transit ABA", family, size - 0.5)
        page.text(W * 0.62, ay + 72, "xxxx xxxx", family, size)
        page.text(W - m, ay + 60, "amount", family, size - 0.5, align="right")
        page.text(W - m, ay + 72, "$" + C.Money().fmt(net), family, size + 1, bold=True, align="right")
        page.text(W / 2, ay + 110, "NON-NEGOTIABLE", family, size + 6, bold=True, align="center",
                  color=(150, 150, 150))
    return page
