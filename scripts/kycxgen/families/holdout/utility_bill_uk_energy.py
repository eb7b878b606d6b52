"""A UK household energy supplier's bill (electricity only or dual fuel): "Your
energy bill", "Bill date" or "Statement date", "Your account number", a panel
with "Amount to pay" / "Total to pay" and "Please pay by" or a Direct Debit
collection date, a summary from the balance on the last bill through payments
to this bill's charges, then per-fuel details with standing charges in pence per
day, unit rates in pence per kWh, meter readings (A/E) and VAT at 5%. The supply
address is printed on its own or is the address the bill is posted to."""

DOC_TYPE = "utility_bill"
NAME = "uk_energy"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A UK energy supplier's electricity or dual-fuel bill (GBP, 'Amount to pay', 'Bill date', "
               "'Please pay by', pence-per-kWh rates, VAT 5%, supply address).")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import address_lines, uk_address
from ...layout import A4, Document, Page
from ...people import random_person
from . import _common as C

SUPPLIERS = ["Pennine Energy", "Harrowgate Power & Gas", "Brightwell Energy Supply Ltd", "Kestrel Home Energy",
             "Amberline Energy"]


def _fuel(rng, fuel: str, days: int) -> tuple[list, dict]:
    """Charge lines (description, amount) and the details shown for one fuel."""
    if fuel == "Electricity":
        sc = Decimal(str(round(rng.uniform(45, 62), 2)))
        ur = Decimal(str(round(rng.uniform(22, 30), 2)))
        used = rng.randint(120, 520)
    else:
        sc = Decimal(str(round(rng.uniform(28, 34), 2)))
        ur = Decimal(str(round(rng.uniform(5.5, 7.5), 2)))
        used = rng.randint(250, 2400)
    standing = C.cents(sc * days / 100)
    energy = C.cents(ur * used / 100)
    prev = rng.randint(1000, 60000)
    ref = C.ref_code(rng, 13 if fuel == "Electricity" else 10, "0123456789")  # MPAN core / MPRN
    lines = [(f"{fuel} standing charge {days} days @ {sc}p per day", standing),
             (f"{fuel} used {used:,} kWh @ {ur}p per kWh", energy)]
    return lines, {"prev": prev, "used": used, "ref": ref}


def generate(rng: random.Random, ctx) -> Document:
    supplier = rng.choice(SUPPLIERS)
    person = random_person(rng, ctx.reference_date, min_age=19)
    supply = uk_address(rng)
    separate_mail = rng.random() < 0.25
    mail = uk_address(rng) if separate_mail else supply
    bill_date = ctx.reference_date - dt.timedelta(days=rng.randint(4, 70))
    p_end = bill_date - dt.timedelta(days=rng.randint(1, 6))
    days = rng.choice([28, 29, 30, 31, 91, 92])
    p_start = p_end - dt.timedelta(days=days - 1)
    due = bill_date + dt.timedelta(days=rng.choice([10, 14, 14, 21]))
    fuels = ["Electricity", "Gas"] if rng.random() < 0.6 else ["Electricity"]
    charges, details = [], {}
    for fuel in fuels:
        lines, info = _fuel(rng, fuel, days)
        charges += lines
        details[fuel] = (lines, info)
    vat = C.cents(sum(a for _, a in charges) * Decimal("0.05"))
    charges.append(("VAT at 5%", vat))
    previous, paid = C.bill_balance(rng, prev=(30, 420))
    current = sum(a for _, a in charges)
    due_amount = previous - paid + current
    account = rng.choice([f"{rng.randint(10 ** 9, 10 ** 10 - 1)}", f"A-{rng.randint(10 ** 7, 10 ** 8 - 1)}",
                          f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"])
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Serif"])
    st = {"family": family, "size": rng.uniform(8.0, 9.0),
          "date": rng.choice(["d_month_y", "dd_mon_y", "dmy"]),
          "date_label": rng.choice(["Bill date", "Statement date", "Date of bill"]),
          "acct_label": rng.choice(["Your account number", "Account number", "Customer number"]),
          "due_label": rng.choice(["Amount to pay", "Total to pay", "Amount to pay"]),
          "pay_label": rng.choice(["Please pay by", "Payment due by", "Direct Debit date"]),
          "color": rng.choice([(0, 130, 120), (230, 90, 20), (60, 40, 140), (0, 90, 170), (200, 30, 90)]),
          "separate": separate_mail or rng.random() < 0.5, "tariff": rng.choice(["Flex Variable", "Fixed 12M v4",
                                                                                  "Standard Variable", "Tracker"]),
          "bill_no": f"{rng.randint(10 ** 7, 10 ** 8 - 1)}"}
    fields = {"provider_name": supplier, "account_holder_name": person.full_name, "account_number": account,
              **C.service_fields(supply), "statement_date": bill_date.isoformat(), "due_date": due.isoformat(),
              "amount_due": C.canon(due_amount), "currency": "GBP"}
    page = _draw(fields, st, supply, mail, details, charges, previous, paid, current, due_amount, bill_date, due,
                 p_start, p_end, fuels)
    return Document("utility_bill", fields, [page], "utility_bill/uk_energy", family,
                    meta=C.bill_meta("GB", "electric" if fuels == ["Electricity"] else "dual_fuel", charges, previous,
                                     paid))


def _draw(f, st, supply, mail, details, charges, previous, paid, current, due_amount, bill_date, due, p_start, p_end,
          fuels) -> Page:
    W, H = A4
    m = 40.0
    fam, s, col = st["family"], st["size"], st["color"]
    gbp = C.Money(prefix="£")
    p = Page(W, H)

    def d(x):
        return C.fdate(x, st["date"])

    C.waves(p, m, m - 14, 120, col)
    name_size = min(s + 8, (s + 8) * (W * 0.5 - m) / C.tw(f["provider_name"], fam, s + 8, True))
    p.text(m, m + 14, f["provider_name"], fam, name_size, bold=True, color=col, field="provider_name")
    p.text(W - m, m + 2, "Your energy bill", fam, s + 5, bold=True, align="right")
    info = [(st["acct_label"], f["account_number"], "account_number"), (st["date_label"], d(bill_date), "statement_date"),
            ("Bill number", st["bill_no"], None),
            ("Billing period", f"{d(p_start)} to {d(p_end)}", None)]
    yy = m + 22
    for label, value, field in info:
        p.text(W * 0.52, yy, label, fam, s - 0.5, color=C.GREY)
        p.text(W - m, yy, value, fam, s - 0.5, bold=True, align="right", field=field)
        yy += s * 1.5
    # window address
    y = m + 92
    p.text(m, y, f["account_holder_name"], fam, s + 1, field="account_holder_name")
    mark = None if st["separate"] else "service_address_"
    y = C.address_block(p, m, y + (s + 1) * 1.3, address_lines(mail), fam, s + 1, mark_prefix=mark)
    # amount panel
    px, pw, py = W * 0.52, W * 0.48 - m, m + 104
    p.rect(px, py - 14, pw, 76, stroke=None, fill=col, radius=6)
    p.text(px + 12, py + 4, st["due_label"], fam, s + 1, bold=True, color=(255, 255, 255))
    p.text(px + pw - 12, py + 10, gbp(due_amount), fam, s + 10, bold=True, color=(255, 255, 255), align="right",
           field="amount_due")
    p.text(px + 12, py + 36, st["pay_label"], fam, s, color=(255, 255, 255))
    p.text(px + pw - 12, py + 36, d(due), fam, s, bold=True, color=(255, 255, 255), align="right", field="due_date")
    y = max(y, py + 70) + 14
    if st["separate"]:
        line, spans = C.one_line(address_lines(supply))
        lab = "Supply address: "
        p.text(m, y, lab + line, fam, s, marks={f"service_address_{k}": (a + len(lab), b + len(lab))
                                               for k, (a, b) in spans.items()})
        y += s * 2.4
    # summary
    p.text(m, y, "Your bill at a glance", fam, s + 3, bold=True, color=col)
    p.hline(m, W - m, y + 5, width=1.0, color=col)
    y += s * 2.4
    rows = [("Balance from your last bill", gbp(previous)), ("Payments received - thank you", gbp(-paid))]
    for fuel in fuels:
        rows.append((f"{fuel} charges",
                     gbp(sum(a for _, a in details[fuel][0]))))
    rows.append(("VAT", gbp(charges[-1][1])))
    for label, value in rows:
        p.text(m + 4, y, label, fam, s)
        p.text(W - m - 4, y, value, fam, s, align="right")
        y += s * 1.55
    p.hline(m, W - m, y - s * 0.9, width=0.5)
    p.text(m + 4, y + 2, st["due_label"], fam, s + 1, bold=True)
    p.text(W - m - 4, y + 2, gbp(due_amount), fam, s + 1, bold=True, align="right")
    y += s * 3.2
    # details per fuel
    for fuel in fuels:
        lines, info = details[fuel]
        p.text(m, y, f"{fuel} - tariff: {st['tariff']}", fam, s + 1.5, bold=True, color=col)
        y += s * 1.7
        ref = "MPAN" if fuel == "Electricity" else "MPRN"
        p.text(m + 4, y, f"{ref} {info['ref']}   Meter readings: {info['prev']:,} (A) to {info['prev'] + info['used']:,} "
               f"({'E' if info['used'] % 2 else 'A'})", fam, s - 0.5, color=(70, 70, 70))
        y += s * 1.6
        for desc, amount in lines:
            p.text(m + 4, y, desc, fam, s)
            p.text(W - m - 4, y, gbp(amount), fam, s, align="right")
            y += s * 1.5
        y += s * 1.2
    p.text(m + 4, y, "VAT at 5% on all charges", fam, s)
    p.text(W - m - 4, y, gbp(charges[-1][1]), fam, s, align="right")
    y += s * 3
    C.fine(p, m, y, W - 2 * m, "To report a gas leak or a power cut, call the national emergency numbers at any "
           "time. You could save money by switching to a different tariff; see our cheapest tariff message overleaf.",
           fam, s - 1.5)
    return p
