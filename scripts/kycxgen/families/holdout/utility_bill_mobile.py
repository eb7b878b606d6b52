"""A mobile network's monthly bill, US or UK: "Invoice date" or "Bill date",
the bill period, one section per line (phone number and user) with the plan,
device instalment and add-ons, surcharges and taxes (US) or VAT at 20% (UK),
a usage summary, and "Total due" / "Total to pay" with "Payment due" or the
Direct Debit date. Only the billing address is printed: it is the address the
bill proves."""

DOC_TYPE = "utility_bill"
NAME = "mobile"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US or UK mobile phone bill (USD or GBP) with per-line plan and device charges, surcharges/taxes "
               "or VAT, 'Invoice date' and 'Total due'; only the billing address is printed.")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import address_lines, uk_address, us_address
from ...layout import A4, LETTER, Document, Page
from ...people import random_person
from . import _common as C

PROVIDERS = {"US": ["Skylark Wireless", "Parallax Mobile", "Bluejay Cellular"], "GB": ["Relay Mobile", "Kite Mobile",
                                                                                     "Halcyon Telecom"]}


def generate(rng: random.Random, ctx) -> Document:
    region = rng.choice(["US", "US", "GB"])
    provider = rng.choice(PROVIDERS[region])
    person = random_person(rng, ctx.reference_date, min_age=18)
    addr = us_address(rng) if region == "US" else uk_address(rng)
    invoice = ctx.reference_date - dt.timedelta(days=rng.randint(4, 80))
    p_start = invoice - dt.timedelta(days=rng.randint(28, 33))
    p_end = invoice - dt.timedelta(days=1)
    due = invoice + dt.timedelta(days=rng.choice([14, 18, 21, 24]))
    nlines = rng.choice([1, 1, 2, 3]) if region == "US" else rng.choice([1, 1, 2])
    users = [person] + [random_person(rng, ctx.reference_date, min_age=12) for _ in range(nlines - 1)]
    sections, charges = [], []
    for k, u in enumerate(users):
        num = (f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}" if region == "US"
               else f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}")
        items = []
        if region == "US":
            items.append((rng.choice(["Unlimited Plus plan", "Unlimited Starter", "Shared 15GB plan"]) if k == 0
                          else "Additional line", C.cents(rng.choice([35, 40, 55, 65, 75, 85]))))
            if rng.random() < 0.6:
                inst = rng.randint(1, 35)
                items.append((f"Device payment {inst} of 36", C.cents(rng.uniform(12, 45))))
            if rng.random() < 0.3:
                items.append(("Device protection", C.cents(rng.choice([9, 13, 17]))))
        else:
            items.append((rng.choice(["Airtime plan 30GB", "Unlimited data plan", "SIM only 12GB"]),
                          C.cents(rng.choice([10, 12, 15, 18, 22, 28]))))
            if rng.random() < 0.5:
                items.append(("Handset instalment", C.cents(rng.uniform(15, 45))))
            if rng.random() < 0.3:
                items.append(("Calls and texts outside your allowance", C.cents(rng.uniform(0.5, 9))))
        label = f"{num} - {u.given_names[0]}"
        sections.append((label, items))
        charges += [(f"{num} {d}", a) for d, a in items]
    if region == "US":
        base = sum(a for _, a in charges)
        charges.append(("Surcharges (regulatory cost recovery, administrative)", C.cents(base * Decimal("0.035"))))
        charges.append(("Taxes & government fees (911, USF, state and local)", C.cents(base * Decimal(rng.uniform(0.06, 0.12)))))
    else:
        base = sum(a for _, a in charges)
        charges.append(("VAT at 20%", C.cents(base * Decimal("0.20"))))
    if region == "US" and rng.random() < 0.3:  # a US carrier's discount for paying by AutoPay
        charges.append(("AutoPay discount", -C.cents(rng.choice([5, 10]) if base >= 60 else 5)))
    previous, paid = C.bill_balance(rng, prev=(30, 260), paid_full=0.9)
    current = sum(a for _, a in charges)
    amount = previous - paid + current
    account = rng.choice([f"{rng.randint(10 ** 8, 10 ** 9 - 1)}", f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"])
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed"])
    st = {"family": family, "size": rng.uniform(8.0, 8.8), "region": region,
          "date": rng.choice(["mon_d_y", "mdy"]) if region == "US" else rng.choice(["d_month_y", "dmy"]),
          "date_label": rng.choice(["Invoice date", "Bill date", "Statement date", "Issued"]),
          "due_label": rng.choice(["Payment due", "Due date", "Please pay by"]) if region == "US" else
          rng.choice(["Due date", "We'll collect this on", "Please pay by"]),
          "amt_label": rng.choice(["Total due", "Total amount due", "Amount due"]) if region == "US" else
          rng.choice(["Total to pay", "Total due", "Amount to pay"]),
          "color": rng.choice([(220, 0, 80), (0, 150, 200), (255, 120, 0), (90, 50, 170)]),
          "gb": [round(rng.uniform(0.5, 40), 2) for _ in users], "upper": rng.random() < 0.3}
    money = C.Money(prefix="$" if region == "US" else "£")
    name = person.full_name.upper() if st["upper"] else person.full_name
    fields = {"provider_name": provider, "account_holder_name": name, "account_number": account,
              **C.service_fields(addr), "statement_date": invoice.isoformat(), "due_date": due.isoformat(),
              "amount_due": C.canon(amount), "currency": "USD" if region == "US" else "GBP"}
    page = _draw(fields, st, addr, sections, charges, previous, paid, current, amount, invoice, due, p_start, p_end,
                 money, users)
    return Document("utility_bill", fields, [page], f"utility_bill/mobile/{region.lower()}", family,
                    meta=C.bill_meta(region, "phone", charges, previous, paid))


def _draw(f, st, addr, sections, charges, previous, paid, current, amount, invoice, due, p_start, p_end, money,
          users) -> Page:
    W, H = LETTER if st["region"] == "US" else A4
    m = 40.0
    fam, s, col = st["family"], st["size"], st["color"]
    p = Page(W, H)

    def d(x):
        return C.fdate(x, st["date"])

    p.rect(0, 0, W, 8, stroke=None, fill=col)
    p.text(m, m + 12, f["provider_name"], fam, s + 9, bold=True, color=col, field="provider_name")
    p.text(W - m, m + 4, "Your monthly bill", fam, s + 3, bold=True, align="right")
    info = [(st["date_label"], d(invoice), "statement_date"), ("Account number", f["account_number"], "account_number"),
            ("Bill period", f"{d(p_start)} - {d(p_end)}", None)]
    yy = m + 20
    lx = W - m - max(200, max(C.tw(v, fam, s) + C.tw(lb, fam, s - 0.5) + 14 for lb, v, _ in info))
    for label, value, field in info:
        p.text(lx, yy, label, fam, s - 0.5, color=C.GREY)
        p.text(W - m, yy, value, fam, s, align="right", field=field)
        yy += s * 1.5
    y = m + 78
    p.text(m, y, f["account_holder_name"], fam, s + 1, bold=True, field="account_holder_name")
    C.address_block(p, m, y + (s + 1) * 1.35, address_lines(addr), fam, s + 0.5, mark_prefix="service_address_")
    # total panel
    px, pw = W / 2 + 20, W / 2 - 20 - m
    p.rect(px, y - 14, pw, 64, stroke=None, fill=(245, 245, 245), radius=8)
    p.text(px + 12, y + 4, st["amt_label"], fam, s + 1)
    p.text(px + pw - 12, y + 8, money(amount), fam, s + 11, bold=True, align="right", field="amount_due")
    p.text(px + 12, y + 34, st["due_label"], fam, s)
    p.text(px + pw - 12, y + 34, d(due), fam, s, bold=True, align="right", field="due_date")
    y += 84
    # summary
    p.text(m, y, "Bill summary", fam, s + 3, bold=True)
    y += s * 2
    for label, v in (("Previous balance", previous), ("Payment received - thank you", -paid),
                     ("New charges this month", current)):
        p.text(m + 4, y, label, fam, s)
        p.text(W - m - 4, y, money(v), fam, s, align="right")
        y += s * 1.5
    p.hline(m, W - m, y - s * 0.8, width=0.6)
    p.text(m + 4, y + 2, st["amt_label"], fam, s + 1, bold=True)
    p.text(W - m - 4, y + 2, money(amount), fam, s + 1, bold=True, align="right")
    y += s * 3.4
    # per line
    p.text(m, y, "Charges by line", fam, s + 3, bold=True)
    y += s * 2
    for (label, items), gb, u in zip(sections, st["gb"], users):
        p.rect(m, y - s - 3, W - 2 * m, s + 7, stroke=None, fill=tuple(min(255, c + 205) for c in col))
        p.text(m + 6, y, label, fam, s, bold=True)
        p.text(W - m - 6, y, f"Data used {gb:.2f} GB", fam, s - 0.5, align="right", color=(60, 60, 60))
        y += s * 1.7
        for desc, a in items:
            p.text(m + 14, y, desc, fam, s)
            p.text(W - m - 6, y, money(a), fam, s, align="right")
            y += s * 1.45
        y += s * 0.6
    others = charges[sum(len(i) for _, i in sections):]
    if others:
        p.text(m, y, "Account charges", fam, s + 1, bold=True)
        y += s * 1.6
        for desc, a in others:
            p.text(m + 14, y, desc, fam, s)
            p.text(W - m - 6, y, money(a), fam, s, align="right")
            y += s * 1.45
    y += s * 2
    C.fine(p, m, y, W - 2 * m, "Pay online, in the app or by phone. Late payments may incur a fee. Usage is shown "
           "for information; plans include unlimited calls and texts unless stated.", fam, s - 1.5)
    return p
