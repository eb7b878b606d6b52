"""Rural US electric cooperative bills: the member's name and account and
member numbers, a service location with a map location code, a meter table
(read dates, days, previous and present readings, multiplier, kWh used),
facility charge, energy charge per kWh, a power cost adjustment that may be a
credit, security light, Operation Round Up and taxes, a statement of account
(previous balance, payment received, balance forward, current charges, total
amount due, amount after the due date), a 13-month kWh chart and a
remittance stub. Two-digit-year or long dates."""

DOC_TYPE = "utility_bill"
NAME = "us_electric_coop"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US rural electric cooperative's monthly bill (USD, Letter) with member and account numbers, "
               "meter readings, kWh charges, a power cost adjustment and a remittance stub.")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...doctypes import GenContext
from ...doctypes.page_common import logo
from ...layout import LETTER, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money, money
from . import _tune_common as C

COOPS = ["Prairie Wind Electric Cooperative", "Big Timber Rural Electric Co-op", "Cedar Ridge Electric Membership Corp.",
         "Three Forks Power Cooperative", "Bluestem Valley Electric Co-op, Inc.", "Sandhill Rural Electric Association"]
MONTH1 = "JFMAMJJASOND"


def generate(rng: random.Random, ctx: GenContext) -> Document:
    state = rng.choice(["TX", "GA", "NC", "OH", "MI", "CO", "AZ", "IL", "PA", "OR"])
    coop = rng.choice(COOPS)
    person = random_person(rng, ctx.reference_date, min_age=21)
    service = us_address(rng, state, zip4=False)
    mailing = service if rng.random() < 0.7 else us_address(rng, state)
    if mailing is not service and rng.random() < 0.5:
        mailing = type(service)(f"PO Box {rng.randint(10, 9999)}", service.city, service.region, service.postal_code,
                                "US")
    coop_addr = us_address(rng, state)
    bill_date = ctx.reference_date - dt.timedelta(days=rng.randint(4, 70))
    read_to = bill_date - dt.timedelta(days=rng.randint(2, 6))
    days = rng.randint(28, 33)
    read_from = read_to - dt.timedelta(days=days)
    due = bill_date + dt.timedelta(days=rng.choice([15, 20, 21, 25]))
    kwh = rng.randint(380, 2900)
    mult = rng.choice([1, 1, 1, 1, 10])
    prev_read = rng.randint(1000, 90000)
    pres_read = prev_read + kwh // mult
    kwh = (pres_read - prev_read) * mult
    rate = Decimal(str(round(rng.uniform(0.092, 0.138), 5)))
    pca = Decimal(str(round(rng.uniform(-0.008, 0.012), 5)))
    charges = [(rng.choice(["Facility Charge", "Service Availability Charge", "Basic Charge"]),
                Decimal(rng.choice(["25.00", "29.50", "32.00", "35.00", "39.95"]))),
               (f"Energy Charge {kwh:,} kWh @ ${rate:.5f}", money(kwh * rate)),
               (f"Power Cost Adjustment {kwh:,} kWh @ {'-' if pca < 0 else ''}${abs(pca):.5f}", money(kwh * pca))]
    if rng.random() < 0.35:
        charges.append(("Security Light 100W HPS", Decimal(rng.choice(["9.50", "11.25", "12.75"]))))
    subtotal = sum(a for _, a in charges)
    tax_rate = Decimal(rng.choice(["0.03", "0.04", "0.045", "0.06"]))
    charges.append((f"State Sales Tax {tax_rate * 100:.1f}%", money(subtotal * tax_rate)))
    if rng.random() < 0.3:
        charges.append(("Franchise Fee", money(subtotal * Decimal("0.02"))))
    round_up = rng.random() < 0.4
    previous = money(rng.uniform(60, 320))
    paid = previous if rng.random() < 0.8 else money(previous * Decimal(str(round(rng.uniform(0.3, 0.9), 2))))
    total_before = previous - paid + sum(a for _, a in charges)
    if round_up:
        up = (Decimal(int(total_before) + 1) - total_before).quantize(Decimal("0.01"))
        if up == Decimal("1.00"):
            up = Decimal("0.00")
        if up:
            charges.append(("Operation Round Up", up))
    current = sum(a for _, a in charges)
    amount_due = previous - paid + current
    holder = ascii_upper(person.full_name) if rng.random() < 0.8 else person.full_name
    account = rng.choice([f"{rng.randint(10 ** 6, 10 ** 7 - 1)}", f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(1, 99):02d}",
                          f"{rng.randint(10 ** 8, 10 ** 9 - 1)}"])
    style = {
        "date": rng.choice(["mdy", "mdy2", "month_d_y", "mon_d_y"]), "color": rng.choice([(0, 100, 60), (0, 70, 140),
                                                                                          (160, 90, 0), (120, 30, 30)]),
        "family": rng.choice(["Liberation Sans", "DejaVu Sans", "DejaVu Sans Condensed", "Liberation Serif",
                              "Liberation Sans Narrow"]),
        "labels": {"date": rng.choice(["Billing Date", "Bill Date", "Statement Date"]),
                   "due": rng.choice(["Due Date", "Payment Due Date", "Pay By"]),
                   "amount": rng.choice(["Total Amount Due", "Amount Due", "Total Due"]),
                   "service": rng.choice(["Service Location", "Service Address", "Location"]),
                   "account": rng.choice(["Account Number", "Account No.", "Acct #"])},
        "member": f"{rng.randint(10000, 999999)}", "map": f"{rng.randint(1, 40)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}",
        "penalty": money(amount_due * Decimal("0.05")) if amount_due > 0 else Decimal(0),
    }
    fields = {"provider_name": coop, "account_holder_name": holder, "account_number": account,
              **C.address_fields(service), "statement_date": bill_date.isoformat(), "due_date": due.isoformat(),
              "amount_due": canon_money(amount_due), "currency": "USD"}
    page = _draw(rng, fields, style, coop, coop_addr, service, mailing, charges, previous, paid, current, amount_due,
                 read_from, read_to, days, prev_read, pres_read, mult, kwh)
    meta = C.bill_meta(previous, paid, charges, region="US", utility="electric", kwh=kwh)
    return Document("utility_bill", fields, [page], f"utility_bill/{NAME}", style["family"], meta=meta)


def _draw(rng, fields, style, coop, coop_addr, service, mailing, charges, previous, paid, current, amount_due,
          read_from, read_to, days, prev_read, pres_read, mult, kwh):
    W, H = LETTER
    m = 36.0
    family = style["family"]
    size = 7.9
    col = style["color"]
    lab = style["labels"]
    mo = C.Money()
    dol = C.Money(symbol="$")
    page = Page(W, H)

    def d(iso):
        return C.fdate(iso, style["date"])

    logo(page, rng, m, m - 6, 34, col)
    page.text(m + 42, m + 8, coop, family, size + 5, bold=True, color=col, field="provider_name")
    page.text(m + 42, m + 20, "Your member-owned electric cooperative", family, size - 0.5, color=(90, 90, 90))
    page.text(m + 42, m + 30, ", ".join(line for line, _ in address_lines(coop_addr)) +
              f"  ·  1-888-555-{rng.randint(1000, 9999)}", family, size - 1, color=(90, 90, 90))
    # account box (right)
    bx, by, bw = W * 0.56, m + 44, W * 0.44 - m
    rows = [("Member Name", fields["account_holder_name"], "account_holder_name"),
            (lab["account"], fields["account_number"], "account_number"),
            ("Member Number", style["member"], None),
            (lab["date"], d(fields["statement_date"]), "statement_date"),
            (lab["due"], d(fields["due_date"]), "due_date")]
    page.rect(bx, by, bw, len(rows) * size * 1.6 + 8 + size * 3.2, stroke=col, width=0.8)
    yy = by + size + 5
    for label, value, key in rows:
        page.text(bx + 6, yy, label, family, size)
        page.text(bx + bw - 6, yy, value, family, C.fit(value, family, size, bw * 0.58, True), bold=True,
                  align="right", field=key)
        yy += size * 1.6
    page.rect(bx, yy - size * 0.4, bw, size * 3.2, stroke=None, fill=col)
    due_text = dol.fmt(amount_due)
    page.text(bx + 6, yy + size * 1.7, lab["amount"], family, size + 2, bold=True, color=(255, 255, 255))
    page.text(bx + bw - 6, yy + size * 1.7, due_text, family, size + 3, bold=True, color=(255, 255, 255),
              align="right", marks=C.sym_marks(due_text, "amount_due", "$"))
    # mailing block (left)
    y = m + 80
    page.text(m + 8, y, fields["account_holder_name"], family, size + 1)
    C.address_block(page, m + 8, y + (size + 1) * 1.3, mailing, family, size + 1,
                    prefix="service_address_" if mailing is service else None)
    # service location line
    y = max(y + 56, yy + size * 4)
    sl = f"{lab['service']}: "
    page.text(m, y, sl, family, size, bold=True)
    C.address_block(page, m + C.width(sl, family, size, True), y, service, family, size, one_line=True,
                    prefix="service_address_" if mailing is not service else None)
    page.text(W - m, y, f"Map Location: {style['map']}    Rate: {rng.choice(['RES-1', 'Residential', 'FARM-2'])}",
              family, size, align="right")
    y += size * 2.4
    # meter table
    page.rect(m, y - size - 3, W - 2 * m, size + 6, stroke=None, fill=C.tint(col, 0.85))
    heads = ["Meter No.", "From", "To", "Days", "Previous", "Present", "Mult.", "kWh Used"]
    xs = [m + 4, m + 80, m + 140, m + 200, m + 270, m + 340, m + 390, W - m - 4]
    al = ["left"] * 3 + ["right"] * 5
    y = C.table(page, family, size, y, list(zip(xs, al)), heads,
                [[f"{rng.randint(10 ** 7, 10 ** 8 - 1)}", C.fdate(read_from, "mdy2"), C.fdate(read_to, "mdy2"),
                  str(read_to.toordinal() - read_from.toordinal()), f"{prev_read}", f"{pres_read}", str(mult),
                  f"{kwh:,}"]])
    y += size * 1.5
    # charges (left) and statement of account (right)
    half = (W - 2 * m - 16) / 2
    page.text(m, y, "Current Charges", family, size + 2, bold=True, color=col)
    page.text(m + half + 16, y, "Statement of Account", family, size + 2, bold=True, color=col)
    y += size * 1.8
    cy = C.table(page, family, size, y, [(m + 2, "left"), (m + half - 2, "right")], None,
                 [[n, mo.fmt(a)] for n, a in charges], lead=1.5)
    page.hline(m, m + half, cy - size, width=0.5)
    page.text(m + 2, cy + 1, "Total Current Charges", family, size, bold=True)
    page.text(m + half - 2, cy + 1, mo.fmt(current), family, size, bold=True, align="right")
    sx = m + half + 16
    pay_date = C.fdate(read_to - dt.timedelta(days=rng.randint(3, 20)), "md")
    acct = [("Previous Balance", mo.fmt(previous)), (f"Payment Received {pay_date} - Thank You", mo.fmt(-paid)),
            ("Balance Forward", mo.fmt(previous - paid)), ("Current Charges", mo.fmt(current))]
    sy = C.table(page, family, size, y, [(sx + 2, "left"), (W - m - 2, "right")], None, acct, lead=1.5)
    page.hline(sx, W - m, sy - size, width=0.5)
    page.text(sx + 2, sy + 1, lab["amount"], family, size + 1, bold=True)
    page.text(W - m - 2, sy + 1, dol.fmt(amount_due), family, size + 1, bold=True, align="right")
    sy += size * 1.6
    if style["penalty"]:
        page.text(sx + 2, sy + 1, f"Amount Due After {d(fields['due_date'])}", family, size - 0.5)
        page.text(W - m - 2, sy + 1, dol.fmt(amount_due + style["penalty"]), family, size - 0.5, align="right")
    y = max(cy, sy) + size * 3
    # usage chart
    page.text(m, y, "kWh Usage History", family, size + 1, bold=True)
    months = [(read_to.month - 13 + i) % 12 for i in range(13)]
    values = [kwh * rng.uniform(0.55, 1.35) for _ in range(12)] + [kwh]
    C.bar_chart(page, m, y + 6, W * 0.5, 60, values, [MONTH1[mm] for mm in months], family, size - 2,
                C.tint(col, 0.55), col)
    avg = kwh / (read_to.toordinal() - read_from.toordinal())
    page.text(W * 0.6, y + 20, f"Average daily use: {avg:.1f} kWh", family, size)
    page.text(W * 0.6, y + 32, f"Average cost per day: ${current / (read_to.toordinal() - read_from.toordinal()):.2f}",
              family, size)
    page.text(W * 0.6, y + 44, "To report an outage call 1-888-555-0142, 24 hours.", family, size - 0.5)
    # remittance stub
    ry = H - 150
    C.scissors_line(page, m, W - m, ry, family, size - 1.5, "Please detach and return this portion with your payment")
    ry += 24
    page.text(m, ry, coop, family, size + 1, bold=True)
    page.text(m, ry + size * 1.5, "PO Box " + str(rng.randint(100, 9999)), family, size)
    page.text(m, ry + size * 2.8, f"{coop_addr.city}, {coop_addr.region} {coop_addr.postal_code}", family, size)
    stub = [(lab["account"], fields["account_number"]), (lab["due"], d(fields["due_date"])),
            (lab["amount"], dol.fmt(amount_due)), ("Amount Paid", "$ ____________")]
    for i, (label, value) in enumerate(stub):
        page.rect(W * 0.52 + (i % 2) * (W * 0.48 - m) / 2, ry - size - 2 + (i // 2) * size * 3.3,
                  (W * 0.48 - m) / 2, size * 3.3, stroke=(120, 120, 120), width=0.4)
        page.text(W * 0.52 + (i % 2) * (W * 0.48 - m) / 2 + 4, ry + (i // 2) * size * 3.3, label, family, size - 1.5,
                  color=(90, 90, 90))
        page.text(W * 0.52 + (i % 2) * (W * 0.48 - m) / 2 + 4, ry + (i // 2) * size * 3.3 + size * 1.4, value,
                  family, size + 1, bold=True)
    page.text(m + 40, ry + size * 6.5, fields["account_holder_name"], family, size)
    C.address_block(page, m + 40, ry + size * 7.8, mailing, family, size)
    page.text(W / 2, H - 30, f"{rng.randint(10 ** 9, 10 ** 10 - 1)} {int(amount_due * 100):010d} {rng.randint(0, 9)}",
              "DejaVu Sans Mono", size, align="center")
    return page
