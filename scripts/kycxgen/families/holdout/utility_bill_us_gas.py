"""A US natural-gas utility's bill: a two-column header of labels and values
("Date of issue" or "Statement date", account number, amount due, due date), the
customer name and a "Service location" or "Premise address" block, meter
readings in CCF converted to therms with a BTU factor, delivery and gas supply
charges at five-decimal rates, riders and surcharges, franchise fee and tax, and
an average-daily-use comparison with last year."""

DOC_TYPE = "utility_bill"
NAME = "us_gas"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US natural-gas utility bill (USD) with CCF-to-therm conversion, delivery/supply charges at "
               "five-decimal rates, riders and a 'Service location' block.")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C

PROVIDERS = ["Aldergate Natural Gas", "Prairie Flame Gas Company", "Tri-River Gas & Light", "Northgate Gas Service Co."]


def generate(rng: random.Random, ctx) -> Document:
    provider = rng.choice(PROVIDERS)
    person = random_person(rng, ctx.reference_date, min_age=19)
    service = us_address(rng, rng.choice(["IL", "OH", "MI", "PA", "NY", "MA", "CO", "GA"]))
    mail = service if rng.random() < 0.6 else us_address(rng, service.region)
    issue = ctx.reference_date - dt.timedelta(days=rng.randint(4, 80))
    read_to = issue - dt.timedelta(days=rng.randint(2, 6))
    days = rng.randint(28, 33)
    read_from = read_to - dt.timedelta(days=days)
    due = issue + dt.timedelta(days=rng.choice([17, 20, 21, 22]))
    ccf = rng.randint(15, 160)
    btu = Decimal(rng.choice(["1.024", "1.031", "1.037", "1.042"]))
    therms = (ccf * btu).quantize(Decimal("0.1"))
    delivery_rate = Decimal(str(round(rng.uniform(0.28, 0.52), 5)))
    supply_rate = Decimal(str(round(rng.uniform(0.38, 0.78), 5)))
    charges = [("Customer charge", C.cents(rng.uniform(11, 24))),
               (f"Delivery charge {therms} therms @ ${delivery_rate}", C.cents(therms * delivery_rate)),
               (f"Gas supply charge {therms} therms @ ${supply_rate}", C.cents(therms * supply_rate))]
    if rng.random() < 0.6:
        charges.append(("Infrastructure replacement rider", C.cents(rng.uniform(2, 9))))
    if rng.random() < 0.5:
        charges.append(("Energy efficiency program", C.cents(therms * Decimal("0.021"))))
    sub = sum(a for _, a in charges)
    charges.append(("Municipal franchise fee", C.cents(sub * Decimal("0.03"))))
    charges.append(("State utility tax", C.cents(sub * Decimal(rng.uniform(0.02, 0.06)))))
    previous, paid = C.bill_balance(rng, prev=(30, 300), paid_full=0.8)
    amount = previous - paid + sum(a for _, a in charges)
    account = rng.choice([f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1, 9)}",
                          f"{rng.randint(10 ** 9, 10 ** 10 - 1)}"])
    family = rng.choice(["Liberation Serif", "DejaVu Serif", "Liberation Sans", "DejaVu Sans"])
    st = {"family": family, "size": rng.uniform(8.0, 8.8), "date": rng.choice(["mdy", "mon_d_y", "month_d_y"]),
          "date_label": rng.choice(["Date of issue", "Statement date", "Bill date", "Issued"]),
          "due_label": rng.choice(["Due date", "Payment due", "Please pay by"]),
          "svc_label": rng.choice(["Service location", "Premise address", "Service address"]),
          "color": rng.choice([(0, 84, 166), (200, 80, 0), (30, 110, 60)]), "ccf": ccf, "btu": btu, "therms": therms,
          "meter": C.digits(rng, 9), "prev": rng.randint(1000, 9000), "read_from": read_from, "read_to": read_to,
          "days": days, "last_year": round(float(therms) / days * rng.uniform(0.7, 1.3), 1)}
    fields = {"provider_name": provider, "account_holder_name": person.full_name, "account_number": account,
              **C.service_fields(service), "statement_date": issue.isoformat(), "due_date": due.isoformat(),
              "amount_due": C.canon(amount), "currency": "USD"}
    page = _draw(fields, st, service, mail, charges, previous, paid, amount, issue, due)
    return Document("utility_bill", fields, [page], "utility_bill/us_gas", family,
                    meta=C.bill_meta("US", "gas", charges, previous, paid))


def _draw(f, st, service, mail, charges, previous, paid, amount, issue, due) -> Page:
    W, H = LETTER
    m = 40.0
    fam, s, col = st["family"], st["size"], st["color"]
    money = C.Money(prefix="$")
    p = Page(W, H)

    def d(x):
        return C.fdate(x, st["date"])

    p.ellipse(m, m - 10, 26, 26, fill=col)
    p.polygon([(m + 13, m - 6), (m + 20, m + 8), (m + 13, m + 12), (m + 6, m + 8)], fill=(255, 255, 255))
    p.text(m + 34, m + 8, f["provider_name"], fam, s + 6, bold=True, color=col, field="provider_name")
    # two-column header grid: labels left of values
    y = m + 42
    grid = [("Account number", f["account_number"], "account_number"), (st["date_label"], d(issue), "statement_date"),
            ("Amount due", money(amount), "amount_due"), (st["due_label"], d(due), "due_date")]
    cw = (W - 2 * m) / 2
    for k, (label, value, field) in enumerate(grid):
        x = m + (k % 2) * cw
        yy = y + (k // 2) * s * 2.2
        p.rect(x, yy - s - 4, cw, s * 2.2, stroke=(180, 180, 180), width=0.5)
        p.text(x + 6, yy, label, fam, s)
        p.text(x + cw - 6, yy, value, fam, s + (2 if field == "amount_due" else 0), bold=True, align="right", field=field)
    y += s * 5.8
    p.text(m, y, "Customer", fam, s - 0.5, color=C.GREY)
    p.text(m, y + s * 1.4, f["account_holder_name"], fam, s + 1, bold=True, field="account_holder_name")
    C.address_block(p, m, y + s * 2.8, address_lines(mail), fam, s)
    p.text(m + cw, y, st["svc_label"], fam, s - 0.5, color=C.GREY)
    C.address_block(p, m + cw, y + s * 1.4, address_lines(service), fam, s + 0.5, mark_prefix="service_address_")
    y += s * 7.5
    # meter readings
    p.text(m, y, "Meter reading", fam, s + 2, bold=True, color=col)
    p.hline(m, W - m, y + 4, width=0.6, color=col)
    y += s * 2
    heads = ["Meter", "From", "To", "Days", "Previous", "Present", "CCF", "BTU factor", "Therms"]
    vals = [st["meter"], C.fdate(st["read_from"], "mdy"), C.fdate(st["read_to"], "mdy"), str(st["days"]),
            str(st["prev"]), str(st["prev"] + st["ccf"]), str(st["ccf"]), str(st["btu"]), str(st["therms"])]
    cwm = (W - 2 * m) / len(heads)
    for k, (h, v) in enumerate(zip(heads, vals)):
        p.text(m + k * cwm + 2, y, h, fam, s - 1, bold=True)
        p.text(m + k * cwm + 2, y + s * 1.4, v, fam, s - 0.5)
    y += s * 4
    # account activity and charges
    p.text(m, y, "Account activity", fam, s + 2, bold=True, color=col)
    p.hline(m, W - m, y + 4, width=0.6, color=col)
    y += s * 2
    for label, v in (("Previous balance", previous), ("Payment received", -paid), ("Balance forward", previous - paid)):
        p.text(m + 4, y, label, fam, s)
        p.text(W - m - 4, y, money(v), fam, s, align="right")
        y += s * 1.5
    y += s * 0.6
    p.text(m + 4, y, "Current gas charges", fam, s, bold=True)
    y += s * 1.5
    for desc, a in charges:
        p.text(m + 14, y, desc, fam, s)
        p.text(W - m - 4, y, money(a), fam, s, align="right")
        y += s * 1.45
    p.hline(m, W - m, y - s * 0.8, width=0.6)
    p.text(m + 4, y + 2, "Total amount due", fam, s + 1, bold=True)
    p.text(W - m - 4, y + 2, money(amount), fam, s + 1, bold=True, align="right")
    y += s * 3.4
    # usage comparison
    this_year = round(float(st["therms"]) / st["days"], 1)
    p.text(m, y, "Average daily use (therms)", fam, s + 1, bold=True)
    y += s * 1.6
    for k, (label, v) in enumerate((("This year", this_year), ("Last year", st["last_year"]))):
        w = 220 * v / max(this_year, st["last_year"], 0.1)
        p.rect(m + 70, y - s + k * s * 1.8, w, s, stroke=None, fill=col if k == 0 else (190, 190, 190))
        p.text(m, y + k * s * 1.8, label, fam, s - 0.5)
        p.text(m + 76 + w, y + k * s * 1.8, f"{v}", fam, s - 0.5)
    y += s * 5
    C.fine(p, m, y, W - 2 * m, "If you smell gas, leave the area immediately and call our 24-hour emergency line. "
           "Budget billing and payment arrangements are available; call customer service.", fam, s - 1.5)
    return p
