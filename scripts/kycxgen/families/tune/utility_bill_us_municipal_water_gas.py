"""US municipal water/sewer and natural gas utility bills where the bill is
mailed somewhere other than the premises served (a landlord's or owner's
mailing address, a PO box): the "Service Address" is printed in the account
information block and differs from the address on the envelope. Bi-monthly or
monthly service periods, meter reads in CCF, thousands of gallons or therms,
tiered usage charges, sewer, stormwater and solid-waste lines (or customer,
distribution and gas supply charges), payments shown with a CR suffix or a
minus, and dates like 04-May-2026, 05/04/2026 or MAY 04, 2026."""

DOC_TYPE = "utility_bill"
NAME = "us_municipal_water_gas"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US city water/sewer or natural gas utility bill (USD, Letter) whose Service Address differs "
               "from the mailing address, with meter reads, tiered usage charges and CR-marked payments.")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import Address, us_address
from ...doctypes import GenContext
from ...doctypes.page_common import fine_print, logo
from ...layout import LETTER, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money, money
from . import _tune_common as C

WATER = ["City of Eastbrook Utilities", "Harlow Springs Water & Sewer", "Tri-County Water Authority",
         "Pinecrest Municipal Utilities", "Clearbrook Water District"]
GAS = ["Summit Gas Company", "Prairie Natural Gas Co.", "Riverbend Energy Gas Service", "Copper Basin Gas Utility"]


def _water(rng, days):
    unit = rng.choice(["CCF", "kgal"])
    usage = rng.randint(4, 28) if unit == "CCF" else rng.randint(3, 20)
    usage = usage * days // 30
    t1_cap = rng.choice([5, 6, 8])
    r1 = Decimal(str(round(rng.uniform(2.4, 4.2), 2)))
    r2 = r1 + Decimal(str(round(rng.uniform(0.6, 1.8), 2)))
    t1 = min(usage, t1_cap)
    t2 = max(0, usage - t1_cap)
    charges = [("Water Base Charge", Decimal(rng.choice(["14.50", "18.75", "22.10", "26.40"]))),
               (f"Water Usage Tier 1 {t1} {unit} @ ${r1:.2f}", money(t1 * r1))]
    if t2:
        charges.append((f"Water Usage Tier 2 {t2} {unit} @ ${r2:.2f}", money(t2 * r2)))
    sr = Decimal(str(round(rng.uniform(3.0, 6.5), 2)))
    charges += [("Sewer Base Charge", Decimal(rng.choice(["16.00", "19.25", "24.80"]))),
                (f"Sewer Usage {usage} {unit} @ ${sr:.2f}", money(usage * sr))]
    if rng.random() < 0.7:
        charges.append(("Stormwater Fee", Decimal(rng.choice(["4.25", "6.00", "8.50", "11.20"]))))
    if rng.random() < 0.6:
        charges.append(("Solid Waste Collection", Decimal(rng.choice(["18.00", "21.50", "24.95"]))))
    if rng.random() < 0.4:
        charges.append(("Recycling", Decimal(rng.choice(["3.50", "4.75"]))))
    return charges, usage, unit


def _gas(rng, days):
    therms = rng.randint(12, 160) * days // 30
    dist = Decimal(str(round(rng.uniform(0.28, 0.62), 4)))
    supply = Decimal(str(round(rng.uniform(0.35, 0.85), 4)))
    charges = [("Customer Charge", Decimal(rng.choice(["10.50", "12.00", "15.75", "18.25"]))),
               (f"Distribution Charge {therms} therms @ ${dist:.4f}", money(therms * dist)),
               (f"Gas Supply Charge (PGA) {therms} therms @ ${supply:.4f}", money(therms * supply))]
    sub = sum(a for _, a in charges)
    charges.append(("Franchise Fee", money(sub * Decimal("0.03"))))
    charges.append(("State Utility Tax", money(sub * Decimal(rng.choice(["0.02", "0.04", "0.05"])))))
    if rng.random() < 0.3:
        charges.append(("Energy Assistance Surcharge", Decimal("0.60")))
    return charges, therms, "therms"


def generate(rng: random.Random, ctx: GenContext) -> Document:
    kind = rng.choice(["water", "water", "gas"])
    provider = rng.choice(WATER if kind == "water" else GAS)
    state = rng.choice(["IL", "OH", "CO", "GA", "NC", "MI", "PA", "AZ", "CA", "NJ"])
    person = random_person(rng, ctx.reference_date, min_age=21)
    service = us_address(rng, state, zip4=False)
    # mailed elsewhere: the owner's address in another town or state, or a PO box
    if rng.random() < 0.4:
        other = us_address(rng)
        mailing = Address(f"PO Box {rng.randint(10, 99999)}", other.city, other.region, other.postal_code, "US")
    else:
        mailing = us_address(rng)
    bimonthly = kind == "water" and rng.random() < 0.5
    bill_date = ctx.reference_date - dt.timedelta(days=rng.randint(4, 70))
    read_to = bill_date - dt.timedelta(days=rng.randint(3, 9))
    days = rng.randint(58, 63) if bimonthly else rng.randint(28, 33)
    read_from = read_to - dt.timedelta(days=days)
    due = bill_date + dt.timedelta(days=rng.choice([15, 20, 21, 25, 30]))
    charges, usage, unit = (_water if kind == "water" else _gas)(rng, days)
    current = sum(a for _, a in charges)
    previous = money(rng.uniform(40, 260))
    paid = previous if rng.random() < 0.75 else money(previous * Decimal(str(round(rng.uniform(0.2, 0.9), 2))))
    amount = previous - paid + current
    holder = ascii_upper(person.full_name) if rng.random() < 0.7 else person.full_name
    account = rng.choice([f"{rng.randint(10 ** 5, 10 ** 6 - 1)}-{rng.randint(10 ** 5, 10 ** 6 - 1)}",
                          f"{rng.randint(10 ** 9, 10 ** 10 - 1)}", f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"])
    style = {
        "date": rng.choice(["d_mon_y_dash_up", "d_mon_y_dash", "mdy", "mon_dd_y_up"]),
        "pay": rng.choice(["cr", "cr", "minus"]), "kind": kind,
        "color": rng.choice([(0, 84, 147), (0, 110, 120), (30, 30, 30), (150, 60, 0)]),
        "family": rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Mono", "DejaVu Sans Condensed",
                              "Liberation Serif"]),
        "labels": {"service": rng.choice(["Service Address", "SERVICE ADDRESS", "Service Location", "Premise Address"]),
                   "date": rng.choice(["Billing Date", "Bill Date", "Statement Date", "Date Billed"]),
                   "due": rng.choice(["Due Date", "Payment Due", "Due By", "Pay By"]),
                   "amount": rng.choice(["Total Amount Due", "Amount Due", "Please Pay", "Total Due"]),
                   "account": rng.choice(["Account Number", "Account No.", "Account #", "Customer Account"])},
        "landlord": rng.random() < 0.3,
    }
    fields = {"provider_name": provider, "account_holder_name": holder, "account_number": account,
              **C.address_fields(service), "statement_date": bill_date.isoformat(), "due_date": due.isoformat(),
              "amount_due": canon_money(amount), "currency": "USD"}
    page = _draw(rng, fields, style, provider, service, mailing, charges, previous, paid, current, amount, read_from,
                 read_to, usage, unit)
    meta = C.bill_meta(previous, paid, charges, region="US", utility=kind, bimonthly=bimonthly,
                       mailing_differs=True)
    return Document("utility_bill", fields, [page], f"utility_bill/{NAME}_{kind}", style["family"], meta=meta)


def _draw(rng, fields, style, provider, service, mailing, charges, previous, paid, current, amount, read_from,
          read_to, usage, unit):
    W, H = LETTER
    m = 40.0
    family = style["family"]
    size = 7.4 if "Mono" in family else 8.0
    col = style["color"]
    lab = style["labels"]
    mo = C.Money()
    dol = C.Money(symbol="$")
    credit = C.Money(neg="suffix", neg_suffix="CR") if style["pay"] == "cr" else mo
    page = Page(W, H)

    def d(x):
        return C.fdate(x, style["date"])

    logo(page, rng, m, m - 6, 32, col)
    page.text(m + 40, m + 8, provider, family, size + 5, bold=True, color=col, field="provider_name")
    page.text(m + 40, m + 20, "UTILITY BILLING STATEMENT" if style["kind"] == "water" else "NATURAL GAS SERVICE STATEMENT",
              family, size, bold=True)
    page.text(W - m, m + 8, f"Customer Service {rng.randint(200, 989)}-555-{rng.randint(1000, 9999)}", family, size - 0.5,
              align="right")
    page.text(W - m, m + 20, "Mon-Fri 8:00 a.m. - 5:00 p.m.", family, size - 1, align="right", color=(90, 90, 90))
    # account information block with the service address
    y = m + 44
    page.rect(m, y, W - 2 * m, size * 7.8, stroke=col, width=0.8)
    page.rect(m, y, W - 2 * m, size * 1.9, stroke=None, fill=col)
    page.text(m + 6, y + size * 1.35, "ACCOUNT INFORMATION", family, size, bold=True, color=(255, 255, 255))
    cells = [(lab["account"], fields["account_number"], "account_number"),
             ("Customer Name", fields["account_holder_name"], "account_holder_name"),
             (lab["date"], d(fields["statement_date"]), "statement_date"),
             (lab["due"], d(fields["due_date"]), "due_date")]
    # the customer's name gets the widest cell
    widths = [(W - 2 * m) * f for f in (0.22, 0.36, 0.21, 0.21)]
    x = m
    for (label, value, key), cw in zip(cells, widths):
        page.text(x + 6, y + size * 3.4, label, family, size - 1, color=(80, 80, 80))
        page.text(x + 6, y + size * 4.7, value, family, C.fit(value, family, size + 0.5, cw - 10, True),
                  bold=True, field=key)
        x += cw
    sl = f"{lab['service']}:"
    page.text(m + 6, y + size * 6.7, sl, family, size, bold=True)
    C.address_block(page, m + 12 + C.width(sl, family, size, True), y + size * 6.7, service, family, size + 0.5,
                    one_line=True, prefix="service_address_", bold=True)
    y += size * 7.8 + 22
    # mailing address (window) - the owner / bill-to party
    page.text(m + 10, y, fields["account_holder_name"], family, size + 1)
    if style["landlord"]:
        page.text(m + 10, y + (size + 1) * 1.3, "C/O PROPERTY MANAGEMENT", family, size + 1)
        C.address_block(page, m + 10, y + (size + 1) * 2.6, mailing, family, size + 1)
    else:
        C.address_block(page, m + 10, y + (size + 1) * 1.3, mailing, family, size + 1)
    # amount due box
    bx, bw = W * 0.58, W * 0.42 - m
    page.rect(bx, y - size - 4, bw, size * 6.2, stroke=col, width=1.2)
    page.text(bx + 8, y + 2, lab["amount"], family, size + 1, bold=True)
    at = dol.fmt(amount)
    page.text(bx + bw - 8, y + 2, at, family, size + 5, bold=True, align="right",
              marks=C.sym_marks(at, "amount_due", "$"))
    page.text(bx + 8, y + size * 2.6, f"{lab['due']}: {d(fields['due_date'])}", family, size)
    page.text(bx + 8, y + size * 3.9, "A late charge of 10% applies to unpaid balances.", family, size - 1.5,
              color=(90, 90, 90))
    y += size * 7.5
    # meter reading table
    page.text(m, y, "METER READING INFORMATION", family, size + 1, bold=True, color=col)
    y += size * 1.8
    heads = ["Meter No.", "Read Date From", "Read Date To", "Previous Read", "Current Read", f"Usage ({unit})"]
    xs = [m + 4, m + 80, m + 175, m + 330, m + 410, W - m - 4]
    al = ["left", "left", "left", "right", "right", "right"]
    prev = rng.randint(100, 9000)
    y = C.table(page, family, size, y, list(zip(xs, al)), heads,
                [[f"{rng.randint(10 ** 6, 10 ** 8)}", d(read_from), d(read_to), f"{prev}", f"{prev + usage}",
                  f"{usage}"]], head_fill=C.tint(col, 0.85), x0=m, x1=W - m)
    page.text(m + 4, y, f"Days of service: {(read_to - read_from).days}", family, size - 1, color=(90, 90, 90))
    y += size * 2.4
    # account summary and charges
    page.text(m, y, "BILLING DETAILS", family, size + 1, bold=True, color=col)
    y += size * 1.8
    pay_day = read_to - dt.timedelta(days=rng.randint(1, 20))
    rows = [("Previous Balance", mo.fmt(previous)),
            (f"Payment Received {C.fdate(pay_day, 'mdy')} - Thank You", credit.fmt(-paid) if paid else mo.fmt(paid)),
            ("Balance Forward", mo.fmt(previous - paid))]
    for label, value in rows:
        page.text(m + 4, y, label, family, size)
        page.text(W - m - 4, y, value, family, size, align="right")
        y += size * 1.5
    y += size * 0.6
    page.text(m + 4, y, "Current Charges", family, size, bold=True)
    y += size * 1.5
    for name, a in charges:
        page.text(m + 16, y, name, family, size)
        page.text(W - m - 4, y, mo.fmt(a), family, size, align="right")
        y += size * 1.45
    page.hline(W - m - 120, W - m, y - size * 0.9, width=0.5)
    page.text(m + 4, y + 1, "Total Current Charges", family, size, bold=True)
    page.text(W - m - 4, y + 1, mo.fmt(current), family, size, bold=True, align="right")
    y += size * 1.7
    page.text(m + 4, y + 1, lab["amount"], family, size + 1, bold=True)
    page.text(W - m - 4, y + 1, dol.fmt(amount), family, size + 1, bold=True, align="right")
    y += size * 3
    if y + 60 < H - 150:
        fine_print(page, m, y, W - 2 * m,
                   "The service address is the location where service is provided. Bills are mailed to the mailing "
                   "address on file; to change it, contact Customer Service. Leak adjustments may be requested within "
                   "60 days of the billing date.", family, size - 1.2)
    # remittance coupon
    ry = H - 120
    C.scissors_line(page, m, W - m, ry, family, size - 1.5, "RETURN THIS PORTION WITH YOUR PAYMENT")
    ry += 22
    coupon = [(lab["account"], fields["account_number"]), (lab["service"], service.street),
              (lab["due"], d(fields["due_date"])), (lab["amount"], dol.fmt(amount))]
    cw = (W - 2 * m) / 4
    for i, (label, value) in enumerate(coupon):
        page.text(m + i * cw, ry, label, family, size - 1.5, color=(80, 80, 80))
        page.text(m + i * cw, ry + size * 1.4, value, family, C.fit(value, family, size + 0.5, cw - 8, True), bold=True)
    page.text(m, ry + size * 3.6, "Amount Paid $ ______________", family, size)
    page.text(W - m, ry + size * 3.6, f"Make checks payable to {provider}", family, size - 1, align="right")
    page.text(W / 2, H - 30, f"{''.join(c for c in fields['account_number'] if c.isdigit())} {int(amount * 100):08d}",
              "DejaVu Sans Mono", size + 1, align="center")
    return page
