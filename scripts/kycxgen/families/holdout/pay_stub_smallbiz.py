"""A small business's paycheck printed from desktop accounting software on a
voucher check: the cheque on top (pay to the order of, amount in words, memo,
a MICR-style line), then the same pay stub twice, for the employee and for the
employer's records: earnings with hours and rate, taxes and other deductions
with current and YTD columns, and net pay with its YTD."""

DOC_TYPE = "pay_stub"
NAME = "smallbiz"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US small business's voucher paycheck from accounting software (USD): cheque with the amount in "
               "words on top, the pay stub printed twice below.")

import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C
from . import _pay as P

FREQ = {"weekly": "Weekly", "biweekly": "Every other week", "semimonthly": "Twice a month", "monthly": "Monthly"}


def generate(rng: random.Random, ctx) -> Document:
    freq = rng.choice(["weekly", "biweekly", "semimonthly", "monthly"])
    employer = rng.choice(C.EMPLOYERS_US + ["Lakeside Pet Grooming", "Anchor Plumbing & Heating",
                                            "Two Rivers Bookkeeping LLC", "Bellwether Florist"])
    emp_addr = us_address(rng)
    person = random_person(rng, ctx.reference_date, min_age=17, max_age=70)
    home = us_address(rng, emp_addr.region)
    start, end, pay, number = P.period(rng, freq, ctx.reference_date, pay_lag=(0, 4))
    prior = number - 1
    earnings = []
    if rng.random() < 0.65:
        rate = Decimal(rng.choice([14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 28])) + Decimal(rng.choice(["0", "0.50", "0.25", "0.75"]))
        h = P.HOURS[freq] - Decimal(rng.choice([0, 0, 2, 5, 10]))
        earnings.append(P.hourly(rng, "Hourly Wage", h, rate, prior))
        if rng.random() < 0.35:
            earnings.append(P.hourly(rng, "Overtime (x1.5) hourly", Decimal(rng.randint(1, 9)), rate * Decimal("1.5"),
                                     prior, low=0.2, high=0.8))
    else:
        earnings.append(P.flat(rng, "Salary", rng.uniform(1200, 4800) / (2 if freq == "weekly" else 1), prior))
    if rng.random() < 0.2:
        earnings.append(P.flat(rng, "Tips", rng.uniform(40, 600), prior, low=0.6, high=1.2))
    gross = sum(e.current for e in earnings)
    ytd_gross = sum(e.ytd for e in earnings)
    taxes = [P.ded(rng, "Federal Withholding", gross * Decimal(rng.uniform(0.04, 0.13)), prior),
             P.Ded("Social Security", C.cents(gross * Decimal("0.062")), None),
             P.Ded("Medicare", C.cents(gross * Decimal("0.0145")), None)]
    taxes[1].ytd = max(taxes[1].current, C.cents(ytd_gross * Decimal("0.062")))
    taxes[2].ytd = max(taxes[2].current, C.cents(ytd_gross * Decimal("0.0145")))
    if emp_addr.region not in ("TX", "FL", "WA"):
        taxes.append(P.ded(rng, f"{emp_addr.region} - Withholding", gross * Decimal(rng.uniform(0.015, 0.05)), prior))
    other = []
    if rng.random() < 0.45:
        other.append(P.ded(rng, rng.choice(["Health Insurance", "Medical Premium"]), rng.uniform(25, 180), prior,
                           low=1, high=1))
    if rng.random() < 0.3:
        other.append(P.ded(rng, "Simple IRA", gross * Decimal("0.03"), prior))
    tot = P.totals(earnings, taxes + other)
    family = rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Serif", "DejaVu Sans Condensed"])
    st = {"family": family, "size": rng.uniform(7.4, 8.0), "check_no": rng.randint(1001, 9800),
          "bank": rng.choice(C.US_REGIONAL_BANKS), "aba": C.aba(rng), "acct": C.digits(rng, 10),
          "ssn": f"***-**-{rng.randint(1000, 9999)}", "upper": rng.random() < 0.3, "show_freq": rng.random() < 0.5,
          "copies": ["Employee copy", "Employer copy"] if rng.random() < 0.6 else ["", ""],
          "date": rng.choice(["mdy", "mdy", "mdy2"])}
    name = person.full_name.upper() if st["upper"] else person.full_name
    fields = {"employer_name": employer, "employee_name": name, "pay_period_start": start.isoformat(),
              "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(), "currency": "USD",
              "gross_pay": C.canon(tot["gross"]), "net_pay": C.canon(tot["net"]), "ytd_gross": C.canon(tot["ytd_gross"]),
              "ytd_net": C.canon(tot["ytd_net"])}
    if st["show_freq"]:
        fields["pay_frequency"] = freq
    page = _draw(fields, st, earnings, taxes, other, tot, emp_addr, home, start, end, pay, freq)
    return Document("pay_stub", fields, [page], "pay_stub/smallbiz", family,
                    meta={"pay_period_number": number, **P.meta(earnings, taxes + other)})


def _draw(f, st, earnings, taxes, other, tot, emp_addr, home, start, end, pay, freq) -> Page:
    W, H = LETTER
    m = 34.0
    fam, s = st["family"], st["size"]
    money = C.Money()
    p = Page(W, H)

    def d(x):
        return C.fdate(x, st["date"])

    # ---- the cheque
    p.text(m, m + 8, f["employer_name"], fam, s + 2, bold=True, field="employer_name")
    C.address_block(p, m, m + 8 + s * 1.5, address_lines(emp_addr), fam, s)
    p.text(W / 2 + 40, m + 8, st["bank"], fam, s, bold=True, align="center")
    p.text(W / 2 + 40, m + 8 + s * 1.3, f"{st['aba'][:2]}-{st['aba'][2:6]}/{st['aba'][6:8]}{st['aba'][8]}", fam,
           s - 1, align="center")
    p.text(W - m, m + 8, str(st["check_no"]), fam, s + 2, bold=True, align="right")
    p.text(W - m - 80, m + 46, "DATE", fam, s - 1)
    p.text(W - m, m + 46, d(pay), fam, s + 1, align="right", field="pay_date")
    p.text(m, m + 86, "PAY TO THE", fam, s - 1.5)
    p.text(m, m + 86 + s, "ORDER OF", fam, s - 1.5)
    p.text(m + 52, m + 92, f["employee_name"], fam, s + 1.5, field="employee_name")
    p.hline(m + 50, W - m - 120, m + 95, width=0.4)
    amt = money(tot["net"])
    p.text(W - m - 100, m + 92, "$", fam, s + 1.5)
    p.text(W - m, m + 92, "**" + amt, fam, s + 1.5, align="right", marks={"net_pay": (2, 2 + len(amt))})
    words = P.amount_words(tot["net"])
    p.text(m, m + 114, words + "*" * max(3, 70 - len(words)), fam, s)
    p.text(W - m - 90, m + 114, "DOLLARS", fam, s - 1)
    C.address_block(p, m + 52, m + 134, [(l, {}) for l, _ in [(f["employee_name"], {})] + address_lines(home)], fam,
                    s - 0.5)
    p.text(m, m + 196, "MEMO", fam, s - 1.5)
    p.text(m + 34, m + 196, f"Pay period {d(start)} - {d(end)}", fam, s - 0.5)
    p.hline(W - m - 200, W - m, m + 196, width=0.4)
    p.text(W - m - 100, m + 205, "AUTHORIZED SIGNATURE", fam, s - 2.5, align="center")
    p.text(W / 2, m + 218, f"C{st['check_no']:06d}C  A{st['aba']}A  {st['acct']}C", "DejaVu Sans Mono", s + 2.5,
           align="center")
    # ---- the stub, twice
    for k, top in enumerate((H / 3 + 8, 2 * H / 3 + 4)):
        for x in range(int(m), int(W - m), 6):
            p.hline(x, x + 3, top - 8, width=0.3, color=(140, 140, 140))
        _stub(p, f, st, earnings, taxes, other, tot, start, end, pay, freq, top + 6, W, m, fam, s, money, d,
              st["copies"][k], first=(k == 0))
    return p


def _stub(p, f, st, earnings, taxes, other, tot, start, end, pay, freq, y, W, m, fam, s, money, d, copy, first):
    def mark(field):
        return field if first else None

    p.text(m, y, f["employer_name"], fam, s + 1, bold=True)
    if copy:
        p.text(W / 2, y, copy, fam, s - 0.5, align="center", color=C.GREY)
    p.text(W - m, y, f"Check number: {st['check_no']}", fam, s, align="right")
    y += s * 1.6
    nw = p.text(m, y, f["employee_name"], fam, s, bold=True)
    ssn_below = nw + 14 > 170  # a long name pushes the SSN onto the next line
    if ssn_below:
        p.text(m, y + s * 1.3, f"SSN: {st['ssn']}", fam, s)
    else:
        p.text(m + 170, y, f"SSN: {st['ssn']}", fam, s)
    s_txt, e_txt = d(start), d(end)
    per = f"Pay Period: {s_txt} - {e_txt}"
    p.text(W - m - 130, y, per, fam, s, align="right",
           marks={"pay_period_start": (12, 12 + len(s_txt)), "pay_period_end": (len(per) - len(e_txt), len(per))}
           if first else None)
    p.text(W - m, y, f"Pay Date: {d(pay)}", fam, s, align="right")
    if "pay_frequency" in f:
        lab = "Pay schedule: "
        p.text(W - m, y + s * 1.3, lab + FREQ[freq], fam, s, align="right",
               marks={"pay_frequency": (len(lab), len(lab) + len(FREQ[freq]))} if first else None)
    if "pay_frequency" in f or ssn_below:
        y += s * 1.3
    y += s * 1.8
    # earnings (left) and taxes/deductions (right)
    lx, lw = m, 300
    rx, rw = m + 318, W - 2 * m - 318
    cols = [lx, lx + 130, lx + 175, lx + 240, lx + lw]
    p.hline(lx, lx + lw, y - s - 2, width=0.5)
    for text, x, al in (("Earnings", cols[0], "left"), ("Hours", cols[1], "right"), ("Rate", cols[2], "right"),
                        ("Current", cols[3], "right"), ("YTD Amount", cols[4], "right")):
        p.text(x, y, text, fam, s, bold=True, align=al)
    rc = [rx, rx + rw - 75, rx + rw]
    for text, x, al in (("Taxes", rc[0], "left"), ("Current", rc[1], "right"), ("YTD Amount", rc[2], "right")):
        p.text(x, y, text, fam, s, bold=True, align=al)
    p.hline(rx, rx + rw, y - s - 2, width=0.5)
    y0 = y + s * 1.4
    yl = y0
    for e in earnings:
        p.text(cols[0], yl, e.name, fam, s)
        if e.hours is not None:
            p.text(cols[1], yl, f"{e.hours:.2f}", fam, s, align="right")
            p.text(cols[2], yl, f"{e.rate:.2f}" if e.rate == e.rate.quantize(Decimal("0.01")) else f"{e.rate}", fam, s,
                   align="right")
        p.text(cols[3], yl, money(e.current), fam, s, align="right")
        p.text(cols[4], yl, money(e.ytd), fam, s, align="right")
        yl += s * 1.3
    yr = y0
    for t in taxes:
        p.text(rc[0], yr, t.name, fam, s)
        p.text(rc[1], yr, money(-t.current), fam, s, align="right")
        p.text(rc[2], yr, money(-t.ytd), fam, s, align="right")
        yr += s * 1.3
    if other:
        yr += s * 0.3
        p.text(rc[0], yr, "Other Deductions", fam, s, bold=True)
        yr += s * 1.3
        for t in other:
            p.text(rc[0], yr, t.name, fam, s)
            p.text(rc[1], yr, money(-t.current), fam, s, align="right")
            p.text(rc[2], yr, money(-t.ytd), fam, s, align="right")
            yr += s * 1.3
    yl = max(yl, y0 + s * 1.3 * 3)
    p.hline(lx, lx + lw, yl - s * 0.9, width=0.3)
    p.text(cols[0], yl, "Gross Pay", fam, s, bold=True)
    p.text(cols[3], yl, money(tot["gross"]), fam, s, bold=True, align="right", field=mark("gross_pay"))
    p.text(cols[4], yl, money(tot["ytd_gross"]), fam, s, bold=True, align="right", field=mark("ytd_gross"))
    y = max(yl, yr) + s * 2
    p.rect(lx + 140, y - s - 3, W - m - lx - 140, s + 7, stroke=None, fill=(235, 235, 235))
    p.text(lx + 150, y, "Net Pay", fam, s + 1, bold=True)
    p.text(rc[1], y, money(tot["net"]), fam, s + 1, bold=True, align="right")
    p.text(rc[2], y, money(tot["ytd_net"]), fam, s + 1, bold=True, align="right", field=mark("ytd_net"))
