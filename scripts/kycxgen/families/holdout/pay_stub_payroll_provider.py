"""A large US payroll provider's earnings statement: a company/file/department/
clock code row above the employer, "Period Starting / Period Ending / Pay Date",
an earnings table whose rate column comes before hours, statutory and voluntary
deductions printed as negatives with year-to-date figures, net pay followed by
its distribution to a checking account, and a non-negotiable deposit advice at
the foot. No total-deductions line; the provider's own name only in the footer."""

DOC_TYPE = "pay_stub"
NAME = "payroll_provider"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A large US payroll provider's earnings statement (USD) with negative deductions, rate-before-hours "
               "columns, statutory/voluntary sections and a deposit advice.")

import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C
from . import _pay as P

NO_TAX = {"TX", "FL", "WA"}


def generate(rng: random.Random, ctx) -> Document:
    freq = rng.choice(["weekly", "biweekly", "biweekly", "semimonthly"])
    employer = rng.choice(C.EMPLOYERS_US)
    emp_addr = us_address(rng)
    person = random_person(rng, ctx.reference_date, min_age=18, max_age=70)
    home = us_address(rng, emp_addr.region)
    start, end, pay, number = P.period(rng, freq, ctx.reference_date)
    prior = number - 1
    salaried = rng.random() < 0.4
    hours = P.HOURS[freq]
    earnings = []
    if salaried:
        earnings.append(P.flat(rng, "Regular", rng.uniform(1500, 5200) * (1 if freq != "weekly" else 0.5), prior))
    else:
        rate = Decimal(str(round(rng.uniform(15, 48), rng.choice([2, 4]))))
        earnings.append(P.hourly(rng, "Regular", hours - rng.choice([0, 0, 0, 4, 8]), rate, prior))
        if rng.random() < 0.5:
            ot_rate = C.cents(rate * Decimal("1.5"))
            earnings.append(P.hourly(rng, "Overtime", Decimal(rng.randint(1, 12)) + Decimal(rng.choice(["0", "0.50", "0.25"])),
                                     ot_rate, prior, low=0.2, high=0.9))
        if rng.random() < 0.3:
            earnings.append(P.hourly(rng, "Holiday", Decimal(8), rate, prior, low=0.05, high=0.2))
    if rng.random() < 0.25:
        earnings.append(P.flat(rng, rng.choice(["Bonus", "Commission", "Spot Award"]), rng.uniform(75, 1200), prior,
                               low=0.1, high=0.6))
    gross = sum(e.current for e in earnings)
    state = emp_addr.region
    deds = [P.ded(rng, "Federal Income Tax", gross * Decimal(rng.uniform(0.06, 0.15)), prior),
            P.Ded("Social Security Tax", C.cents(gross * Decimal("0.062")), None),
            P.Ded("Medicare Tax", C.cents(gross * Decimal("0.0145")), None)]
    ytd_gross = sum(e.ytd for e in earnings)
    deds[1].ytd = max(deds[1].current, C.cents(ytd_gross * Decimal("0.062")))
    deds[2].ytd = max(deds[2].current, C.cents(ytd_gross * Decimal("0.0145")))
    if state not in NO_TAX:
        deds.append(P.ded(rng, f"{state} State Income Tax", gross * Decimal(rng.uniform(0.02, 0.055)), prior))
    if state in ("CA", "NJ", "NY") and rng.random() < 0.8:
        deds.append(P.ded(rng, f"{state} {'SDI' if state != 'NY' else 'PFL'} Tax", gross * Decimal("0.011"), prior))
    voluntary = []
    if rng.random() < 0.7:
        voluntary.append(P.ded(rng, "401K", gross * Decimal(rng.choice(["0.03", "0.05", "0.06", "0.08"])), prior))
    if rng.random() < 0.7:
        voluntary.append(P.ded(rng, "Medical", rng.uniform(30, 210), prior, low=1, high=1))
    if rng.random() < 0.5:
        voluntary.append(P.ded(rng, "Dental", rng.uniform(4, 30), prior, low=1, high=1))
    if rng.random() < 0.3:
        voluntary.append(P.ded(rng, "Vision", rng.uniform(2, 12), prior, low=1, high=1))
    tot = P.totals(earnings, deds + voluntary)
    family = rng.choice(["Liberation Sans", "DejaVu Sans Condensed", "Liberation Sans Narrow", "DejaVu Sans"])
    st = {"family": family, "size": rng.uniform(7.4, 8.2), "date": rng.choice(["mdy", "mdy", "mdy2"]),
          "upper": rng.random() < 0.7, "provider": rng.choice(C.PAYROLL_PROVIDERS),
          "code": f"{C.ref_code(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}",
          "file": f"{rng.randint(1, 99999):06d}", "dept": f"{rng.randint(100, 9999):06d}",
          "clock": f"{rng.randint(1, 99999):05d}", "vchr": f"{rng.randint(10 ** 9, 10 ** 10 - 1)}",
          "acct": f"xxxxxx{rng.randint(1000, 9999)}", "aba": f"xxxxx{rng.randint(1000, 9999)}",
          "vac": f"{rng.uniform(4, 120):.2f}", "sick": f"{rng.uniform(0, 48):.2f}",
          "ssn": f"XXX-XX-{rng.randint(1000, 9999)}", "status": rng.choice(["Single", "Married", "Head of Household"])}
    name = person.full_name.upper() if st["upper"] else person.full_name
    fields = {"employer_name": employer, "employee_name": name, "employee_id": st["file"],
              "pay_period_start": start.isoformat(), "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(),
              "currency": "USD", "gross_pay": C.canon(tot["gross"]), "net_pay": C.canon(tot["net"]),
              "ytd_gross": C.canon(tot["ytd_gross"])}
    page = _draw(fields, st, earnings, deds, voluntary, tot, emp_addr, home, start, end, pay)
    return Document("pay_stub", fields, [page], "pay_stub/payroll_provider", family,
                    meta={"pay_period_number": number, **P.meta(earnings, deds + voluntary)})


def _draw(f, st, earnings, deds, voluntary, tot, emp_addr, home, start, end, pay) -> Page:
    W, H = LETTER
    m = 36.0
    fam, s = st["family"], st["size"]
    money = C.Money()
    sym = C.Money(prefix="$")
    p = Page(W, H)

    def d(x):
        return C.fdate(x, st["date"])

    # code row
    heads = ["CO.", "FILE", "DEPT.", "CLOCK", "VCHR. NO."]
    vals = [st["code"], f["employee_id"], st["dept"], st["clock"], st["vchr"]]
    x = m
    for h, v in zip(heads, vals):
        p.text(x, m, h, fam, s - 1.5, bold=True)
        p.text(x, m + s * 1.2, v, fam, s - 0.5, field="employee_id" if h == "FILE" else None)
        x += max(40, C.tw(v, fam, s - 0.5) + 12)
    y = m + s * 3.2
    p.text(m, y, f["employer_name"], fam, s + 0.5, bold=True, field="employer_name")
    y = C.address_block(p, m, y + s * 1.3, address_lines(emp_addr), fam, s - 0.5)
    p.text(W - m, m + 14, "Earnings Statement", fam, s + 9, bold=True, align="right")
    rows = [("Period Starting:", d(start), "pay_period_start"), ("Period Ending:", d(end), "pay_period_end"),
            ("Pay Date:", d(pay), "pay_date")]
    yy = m + 30
    for label, value, field in rows:
        p.text(W - m - 70, yy, label, fam, s, align="right")
        p.text(W - m, yy, value, fam, s, align="right", field=field)
        yy += s * 1.35
    # filing status and window address
    y = max(y, yy) + 10
    p.text(m, y, f"Taxable Marital Status: {st['status']}", fam, s - 0.5)
    p.text(m, y + s * 1.25, "Exemptions/Allowances:", fam, s - 0.5)
    p.text(m + 10, y + s * 2.5, "Federal:   Std W/H Table", fam, s - 0.5)
    p.text(m + 10, y + s * 3.75, f"{emp_addr.region}:        {_allowances(f['employee_id'])}", fam, s - 0.5)
    p.text(m, y + s * 5.2, f"Social Security Number: {st['ssn']}", fam, s - 0.5)
    wx = W * 0.55
    p.text(wx, y + 4, f["employee_name"], fam, s + 1.5, bold=True, field="employee_name")
    C.address_block(p, wx, y + 4 + s * 1.6, address_lines(home), fam, s + 1)
    y += s * 7.5
    # earnings
    cx = [m, m + 140, m + 188, m + 250, m + 322]
    p.text(cx[0], y, "Earnings", fam, s + 1, bold=True)
    for t, x in (("rate", cx[1]), ("hours", cx[2]), ("this period", cx[3]), ("year to date", cx[4])):
        p.text(x, y, t, fam, s - 0.5, align="right")
    p.hline(m, cx[4], y + 3, width=0.5)
    y += s * 1.6
    for e in earnings:
        p.text(cx[0], y, e.name, fam, s)
        if e.rate is not None:
            p.text(cx[1], y, f"{e.rate}", fam, s, align="right")
            p.text(cx[2], y, f"{e.hours:.2f}", fam, s, align="right")
        p.text(cx[3], y, money(e.current), fam, s, align="right")
        p.text(cx[4], y, money(e.ytd), fam, s, align="right")
        y += s * 1.35
    y += s * 0.4
    p.text(cx[0] + 30, y, "Gross Pay", fam, s, bold=True)
    p.text(cx[3], y, sym(tot["gross"]), fam, s, bold=True, align="right", field="gross_pay")
    p.text(cx[4], y, money(tot["ytd_gross"]), fam, s, align="right", field="ytd_gross")
    y += s * 2
    p.text(cx[0], y, "Deductions", fam, s + 1, bold=True)
    y += s * 1.4
    for title, group in (("Statutory", deds), ("Other", voluntary)):
        if not group:
            continue
        p.text(cx[0] + 4, y, title, fam, s, bold=True)
        y += s * 1.3
        for dd in group:
            p.text(cx[0] + 30, y, dd.name, fam, s)
            p.text(cx[3], y, money(-dd.current), fam, s, align="right")
            p.text(cx[4], y, money(dd.ytd), fam, s, align="right")
            y += s * 1.3
        y += s * 0.5
    p.text(cx[0] + 30, y + 2, "Net Pay", fam, s + 1, bold=True)
    p.text(cx[3], y + 2, sym(tot["net"]), fam, s + 1, bold=True, align="right", field="net_pay")
    p.hline(cx[3] - 60, cx[3], y - s * 0.9, width=0.5)
    y += s * 1.8
    p.text(cx[0] + 30, y, "Net Check", fam, s)
    p.text(cx[3], y, "$0.00", fam, s, align="right")
    y += s * 1.3
    p.text(cx[0] + 30, y, "Checking 1", fam, s)
    p.text(cx[3], y, money(-tot["net"]), fam, s, align="right")
    y += s * 2.4
    # right column: other benefits and notes
    rx = m + 352
    ry = m + s * 3.2 + 160
    p.text(rx, ry, "Other Benefits and", fam, s + 1, bold=True)
    p.text(rx, ry + s * 1.3, "Information", fam, s + 1, bold=True)
    p.text(W - m, ry + s * 1.3, "this period   total to date", fam, s - 1, align="right")
    ry += s * 3
    for label, val in (("Vacation Bal", st["vac"]), ("Sick Bal", st["sick"])):
        p.text(rx, ry, label, fam, s)
        p.text(W - m, ry, val, fam, s, align="right")
        ry += s * 1.35
    ry += s * 1.5
    p.text(rx, ry, "Important Notes", fam, s + 1, bold=True)
    ry = C.fine(p, rx, ry + s * 1.5, W - m - rx, "Your company's payroll contact can answer questions about "
                "this statement. Direct deposit amounts are available on the pay date.", fam, s - 0.5,
                color=(40, 40, 40))
    # deposit advice
    y = max(y, ry, H * 0.63) + 16
    for x in range(int(m), int(W - m), 7):
        p.hline(x, x + 3.5, y, width=0.4, color=(120, 120, 120))
    y += 14
    p.rect(m, y, W - 2 * m, 118, stroke=(150, 150, 150), fill=(239, 244, 250), width=0.6)
    p.text(m + 10, y + 16, f["employer_name"], fam, s + 1, bold=True)
    p.text(W - m - 10, y + 16, f"Advice number:   {st['vchr']}", fam, s, align="right")
    p.text(W - m - 10, y + 16 + s * 1.4, f"Pay date:   {d(pay)}", fam, s, align="right")
    p.text(m + 10, y + 48, "Deposited to the account of", fam, s)
    p.text(m + 10, y + 48 + s * 1.4, f["employee_name"], fam, s, bold=True)
    p.text(m + 220, y + 48, "account number", fam, s)
    p.text(m + 220, y + 48 + s * 1.4, st["acct"], fam, s)
    p.text(m + 320, y + 48, "transit ABA", fam, s)
    p.text(m + 320, y + 48 + s * 1.4, st["aba"], fam, s)
    p.text(W - m - 10, y + 48, "amount", fam, s, align="right")
    p.text(W - m - 10, y + 48 + s * 1.4, sym(tot["net"]), fam, s, bold=True, align="right")
    p.text(W / 2, y + 100, "NON-NEGOTIABLE", fam, s + 3, bold=True, align="center", color=(150, 150, 150))
    p.text(W / 2, H - m * 0.7, f"(c) {st['provider']}. All rights reserved.", fam, s - 2, align="center",
           color=C.GREY)
    return p


def _allowances(employee_id: str) -> str:
    """A withholding-allowance line derived from the file number (no extra randomness)."""
    return f"{int(employee_id) % 3}"
