"""A big-box retailer's or grocery chain's hourly associate pay statement: the
store brand in a full-width coloured banner, store and associate numbers, many
earnings lines (regular, overtime, night and Sunday premiums, holiday, PTO,
training), deductions in brackets without per-line year-to-date, and summary
boxes labelled "Take-home" or "Amount Deposited" with YTD gross and net."""

DOC_TYPE = "pay_stub"
NAME = "retail_hourly"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US retail chain's hourly associate pay statement (USD) with many premium/earnings lines, "
               "bracketed deductions, no per-line YTD and a 'Take-home'/'Amount Deposited' box.")

import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C
from . import _pay as P

NET_LABELS = ["Take-home", "Amount Deposited", "Your Net Pay", "Net Amount"]
GROSS_LABELS = ["Total Earnings", "Gross Pay", "Total Gross"]
DED_LABELS = ["Total Deductions", "Total Taxes & Deductions", "Deductions Total"]


def generate(rng: random.Random, ctx) -> Document:
    freq = rng.choice(["weekly", "weekly", "biweekly"])
    employer = rng.choice(C.RETAILERS_US)
    emp_addr = us_address(rng)
    store_addr = us_address(rng, emp_addr.region)
    person = random_person(rng, ctx.reference_date, min_age=16, max_age=72)
    home = us_address(rng, emp_addr.region)
    start, end, pay, number = P.period(rng, freq, ctx.reference_date, week_start=rng.choice([5, 6]))
    prior = number - 1
    scale = 1 if freq == "weekly" else 2
    rate = Decimal(rng.choice(["13.50", "14.25", "15.00", "15.75", "16.40", "17.10", "18.00", "19.25", "21.50"]))
    reg = Decimal(rng.randint(18, 40) * scale) + Decimal(rng.choice(["0", "0.25", "0.50", "0.75"]))
    earnings = [P.Earn("Regular", reg, rate, C.cents(reg * rate), None)]
    extra = [("Overtime", lambda: C.cents(rate * Decimal("1.5")), (1, 9)),
             ("Night Premium", lambda: Decimal("1.00"), (4, 24)),
             ("Sunday Premium", lambda: Decimal("1.50"), (4, 16)),
             ("Holiday Worked", lambda: C.cents(rate * Decimal("1.5")), (4, 8)),
             ("PTO", lambda: rate, (4, 16)), ("Training", lambda: rate, (1, 6)),
             ("Shift Lead Diff", lambda: Decimal("0.75"), (8, 30)), ("Sick Pay", lambda: rate, (4, 8)),
             ("Freezer Premium", lambda: Decimal("0.50"), (2, 20))]
    rng.shuffle(extra)
    for name, r, (lo, hi) in extra[:rng.randint(3, 7)]:
        h = Decimal(rng.randint(lo, hi)) + Decimal(rng.choice(["0", "0.50", "0.25"]))
        rr = r()
        earnings.append(P.Earn(name, h, rr, C.cents(h * rr), None))
    if rng.random() < 0.3:
        earnings.append(P.Earn("Quarterly Bonus", None, None, C.cents(rng.uniform(40, 400)), None))
    gross = sum(e.current for e in earnings)
    deds = [P.Ded("Federal Income Tax", C.cents(gross * Decimal(rng.uniform(0.03, 0.1))), None),
            P.Ded("Social Security", C.cents(gross * Decimal("0.062")), None),
            P.Ded("Medicare", C.cents(gross * Decimal("0.0145")), None)]
    if emp_addr.region not in ("TX", "FL", "WA"):
        deds.append(P.Ded(f"{emp_addr.region} State Tax", C.cents(gross * Decimal(rng.uniform(0.01, 0.045))), None))
    for name, lo, hi, pr in (("Associate Stock Plan", 5, 40, 0.3), ("Medical Plan", 15, 90, 0.5),
                             ("Dental Plan", 2, 12, 0.3), ("401(k) Savings", 10, 60, 0.4), ("Uniform", 3, 12, 0.15)):
        if rng.random() < pr:
            deds.append(P.Ded(name, C.cents(rng.uniform(lo, hi)), None))
    tot = P.totals(earnings, deds)
    factor = Decimal(str(round(prior * rng.uniform(0.85, 1.05), 3)))
    ytd_gross = gross + C.cents(gross * factor)
    ytd_ded = tot["ded"] + C.cents(tot["ded"] * factor)
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Sans Narrow"])
    st = {"family": family, "size": rng.uniform(7.6, 8.4),
          "banner": rng.choice([(0, 83, 159), (204, 0, 0), (0, 110, 51), (235, 120, 0), (80, 40, 120)]),
          "net_label": rng.choice(NET_LABELS), "gross_label": rng.choice(GROSS_LABELS),
          "ded_label": rng.choice(DED_LABELS), "date": rng.choice(["mdy", "mon_d_y", "mdy2"]),
          "store": f"{rng.randint(100, 5999):04d}", "assoc": f"{rng.randint(10 ** 8, 10 ** 9 - 1)}",
          "show_freq": rng.random() < 0.6, "show_id": rng.random() < 0.8, "upper": rng.random() < 0.5}
    name = person.full_name.upper() if st["upper"] else person.full_name
    fields = {"employer_name": employer, "employee_name": name,
              "pay_period_start": start.isoformat(), "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(),
              "currency": "USD", "gross_pay": C.canon(gross), "total_deductions": C.canon(tot["ded"]),
              "net_pay": C.canon(tot["net"]), "ytd_gross": C.canon(ytd_gross), "ytd_net": C.canon(ytd_gross - ytd_ded)}
    if st["show_id"]:
        fields["employee_id"] = st["assoc"]
    if st["show_freq"]:
        fields["pay_frequency"] = freq
    page = _draw(fields, st, earnings, deds, tot, ytd_gross, store_addr, home, start, end, pay, freq)
    return Document("pay_stub", fields, [page], "pay_stub/retail_hourly", family,
                    meta={"pay_period_number": number, **P.meta(earnings, deds)})


def _draw(f, st, earnings, deds, tot, ytd_gross, store_addr, home, start, end, pay, freq) -> Page:
    W, H = LETTER
    m = 36.0
    fam, s, ban = st["family"], st["size"], st["banner"]
    money = C.Money()
    paren = C.Money(neg="paren")
    p = Page(W, H)

    def d(x):
        return C.fdate(x, st["date"])

    # banner with the employer's brand
    p.rect(0, 0, W, 62, stroke=None, fill=ban)
    p.text(m, 40, f["employer_name"], fam, 20, bold=True, color=(255, 255, 255), field="employer_name")
    p.text(W - m, 26, "Associate Pay Statement", fam, s + 2, bold=True, color=(255, 255, 255), align="right")
    p.text(W - m, 26 + s * 1.6, f"Store #{st['store']}  {store_addr.city}, {store_addr.region}", fam, s,
           color=(255, 255, 255), align="right")
    y = 92
    # associate block (left) and pay info (right)
    p.text(m, y, f["employee_name"], fam, s + 2, bold=True, field="employee_name")
    C.address_block(p, m, y + s * 1.6, address_lines(home), fam, s)
    info = []
    if "employee_id" in f:
        info.append(("Associate ID", f["employee_id"], "employee_id"))
    info += [("Pay Period", None, None), ("Pay Date", d(pay), "pay_date")]
    if "pay_frequency" in f:
        info.append(("Pay Frequency", {"weekly": "Weekly", "biweekly": "Biweekly"}[freq], "pay_frequency"))
    yy = y
    ix = W * 0.52
    for label, value, field in info:
        p.text(ix, yy, label, fam, s, color=C.GREY)
        if value is None:
            a, b = d(start), d(end)
            value = f"{a} to {b}"
            p.text(ix + 80, yy, value, fam, s, bold=True,
                   marks={"pay_period_start": (0, len(a)), "pay_period_end": (len(value) - len(b), len(value))})
        else:
            p.text(ix + 80, yy, value, fam, s, bold=True, field=field)
        yy += s * 1.6
    y = max(yy, y + s * 6) + s * 1.5
    # summary boxes
    hours = sum((e.hours for e in earnings if e.hours is not None), Decimal(0))
    boxes = [(st["gross_label"], money(tot["gross"]), "gross_pay"),
             (st["ded_label"], paren(-tot["ded"]), "total_deductions"),
             (st["net_label"], money(tot["net"]), "net_pay"), ("Hours Paid", f"{hours:.2f}", None)]
    bw = (W - 2 * m - 18) / 4
    for k, (label, value, field) in enumerate(boxes):
        x = m + k * (bw + 6)
        fill = (246, 246, 246) if k != 2 else tuple(c + (255 - c) * 7 // 8 for c in ban)
        p.rect(x, y, bw, 42, stroke=ban if k == 2 else (190, 190, 190), fill=fill, width=0.8 if k == 2 else 0.5,
               radius=4)
        p.text(x + 8, y + 14, label, fam, s - 0.5, color=(60, 60, 60))
        p.text(x + 8, y + 32, value, fam, s + 5, bold=True, field=field)
    y += 64
    # earnings table (no YTD per line)
    cols = [m + 4, m + 210, m + 290, W - m - 4]
    p.rect(m, y - s - 4, W - 2 * m, s + 8, stroke=None, fill=(235, 235, 235))
    for t, x, al in (("Earnings", cols[0], "left"), ("Hours", cols[1], "right"), ("Rate", cols[2], "right"),
                     ("Amount", cols[3], "right")):
        p.text(x, y, t, fam, s, bold=True, align=al)
    y += s * 1.7
    for e in earnings:
        p.text(cols[0], y, e.name, fam, s)
        if e.hours is not None:
            p.text(cols[1], y, f"{e.hours:.2f}", fam, s, align="right")
            p.text(cols[2], y, f"{e.rate:.2f}", fam, s, align="right")
        p.text(cols[3], y, money(e.current), fam, s, align="right")
        y += s * 1.45
    y += s * 0.35
    p.hline(m, W - m, y - s * 1.05, width=0.5)
    p.text(cols[0], y, "Total", fam, s, bold=True)
    p.text(cols[1], y, f"{hours:.2f}", fam, s, bold=True, align="right")
    p.text(cols[3], y, money(tot["gross"]), fam, s, bold=True, align="right")
    y += s * 2.6
    p.rect(m, y - s - 4, W - 2 * m, s + 8, stroke=None, fill=(235, 235, 235))
    p.text(cols[0], y, "Taxes and Deductions", fam, s, bold=True)
    p.text(cols[3], y, "Amount", fam, s, bold=True, align="right")
    y += s * 1.7
    for dd in deds:
        p.text(cols[0], y, dd.name, fam, s)
        p.text(cols[3], y, paren(-dd.current), fam, s, align="right")
        y += s * 1.45
    y += s * 0.35
    p.hline(m, W - m, y - s * 1.05, width=0.5)
    p.text(cols[0], y, "Total", fam, s, bold=True)
    p.text(cols[3], y, paren(-tot["ded"]), fam, s, bold=True, align="right")
    y += s * 2.8
    # year to date
    p.text(m, y, "Year to Date", fam, s + 1.5, bold=True, color=ban)
    y += s * 1.8
    p.text(m + 4, y, "YTD Gross", fam, s)
    p.text(m + 200, y, money(ytd_gross), fam, s, align="right", field="ytd_gross")
    y += s * 1.45
    p.text(m + 4, y, "YTD Net", fam, s)
    p.text(m + 200, y, money(Decimal(f["ytd_net"])), fam, s, align="right", field="ytd_net")
    y += s * 3
    C.fine(p, m, y, W - 2 * m, "Questions about your pay? Talk to your store's people lead or call the associate "
           "service line. Keep this statement for your records.", fam, s - 1)
    return p
