"""Utility bills used as proof of address: electricity, gas, water, internet and
phone providers in the US, UK and Canada. Charges add up: amount due =
previous balance - payments + current charges. A usage table and a 12-month
chart, and often a remittance slip that repeats the account and amount."""

DOC_TYPE = "utility_bill"
NAME = "classic"
GROUP = "tune"

import datetime as dt
import random
from decimal import Decimal

from ... import fonts
from ...addresses import address_for, address_lines
from ...companies import UTILITIES
from ...layout import A4, LETTER, Document, Page
from ...people import random_person
from ...textfmt import UK_DATE_STYLES, US_DATE_STYLES, canon_money, fmt_date, fmt_money, money
from ...doctypes import GenContext
from ...doctypes.page_common import BRAND_COLORS, fine_print, logo

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")

LABELS = {
    "statement_date": ["Statement Date", "Bill Date", "Invoice Date", "Date of bill"],
    "due_date": ["Due Date", "Payment Due", "Please pay by", "Due by"],
    "amount_due": ["Amount Due", "Total Amount Due", "Balance Due", "Total to pay"],
    "account": ["Account Number", "Account No.", "Acct #", "Customer Account"],
    "service": ["Service Address", "Service address", "Supply address", "Premises"],
}


def _charges(rng, kind, unit, usage, currency):
    """[(description, amount)] of the current period."""
    if kind in ("internet", "phone"):
        plan = money(rng.uniform(35, 110))
        lines = [(rng.choice(["Monthly plan", "Service plan", "Broadband package"]), plan)]
        if rng.random() < 0.4:
            lines.append(("Equipment rental", money(rng.uniform(5, 15))))
    else:
        rate = Decimal(str(round(rng.uniform(0.08, 0.32) if unit == "kWh" else rng.uniform(0.5, 1.6)
                                 if unit == "therms" else rng.uniform(0.004, 0.012) if unit == "gal"
                                 else rng.uniform(1.5, 4.0), 4)))
        lines = [("Basic service charge", money(rng.uniform(8, 25))),
                 (f"Usage {usage:,} {unit} @ {rate}", money(usage * rate))]
    subtotal = sum(a for _, a in lines)
    tax_name = {"USD": "Taxes and fees", "GBP": "VAT 5%", "CAD": "GST/HST"}[currency]
    tax = money(subtotal * Decimal("0.05")) if currency != "USD" else money(subtotal * Decimal(rng.uniform(0.02, 0.09)))
    return lines + [(tax_name, tax)]


def generate(rng: random.Random, ctx: GenContext) -> Document:
    region = rng.choices(["US", "GB", "CA"], weights=[55, 25, 20])[0]
    currency = {"US": "USD", "GB": "GBP", "CA": "CAD"}[region]
    kind = rng.choice(list(UTILITIES))
    provider, unit, (lo, hi) = rng.choice(UTILITIES[kind])
    person = random_person(rng, ctx.reference_date, min_age=19)
    addr = address_for(rng, region)
    provider_addr = address_for(rng, region)
    statement = ctx.reference_date - dt.timedelta(days=rng.randint(3, 80))
    due = statement + dt.timedelta(days=rng.choice([14, 15, 20, 21, 25, 28]))
    usage = rng.randint(lo, hi)
    lines = _charges(rng, kind, unit, usage, currency)
    current = sum(a for _, a in lines)
    previous = money(rng.uniform(30, 250))
    paid = previous if rng.random() < 0.8 else money(previous * Decimal(rng.uniform(0.3, 0.9)))
    due_amount = previous - paid + current
    account = rng.choice([f"{rng.randint(10 ** 9, 10 ** 10 - 1)}",
                          f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
                          f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"])
    upper = rng.random() < 0.5
    holder = person.full_name.upper() if upper else person.full_name
    fields = {"provider_name": provider, "account_holder_name": holder, "account_number": account,
              "service_address_street": addr.street, "service_address_city": addr.city,
              "service_address_postal_code": addr.postal_code, "statement_date": statement.isoformat(),
              "due_date": due.isoformat(), "amount_due": canon_money(due_amount), "currency": currency}
    if addr.region:
        fields["service_address_region"] = addr.region
    family = rng.choice(fonts.BODY_FAMILIES)
    layout = rng.choice(["summary_right", "summary_top", "letter"])
    style = {"labels": {k: rng.choice(v) for k, v in LABELS.items()},
             "date": rng.choice(US_DATE_STYLES if region != "GB" else UK_DATE_STYLES),
             "money": rng.choice(["symbol", "plain"] if region != "US" else ["symbol", "plain", "code"]),
             "color": rng.choice(BRAND_COLORS), "slip": rng.random() < 0.7}
    page = _draw(rng, layout, style, fields, family, addr, provider_addr, region, kind, unit, usage, lines,
                 previous, paid, current, due_amount, upper)
    meta = {"region": region, "utility": kind, "charges": [{"description": d, "amount": canon_money(a)} for d, a in lines],
            "previous_balance": canon_money(previous), "payments": canon_money(paid)}
    return Document("utility_bill", fields, [page], f"utility_bill/{layout}", family, meta=meta)


def _draw(rng, layout, style, fields, family, addr, provider_addr, region, kind, unit, usage, lines, previous, paid,
          current, due_amount, upper) -> Page:
    W, H = LETTER if region != "GB" else A4
    m = 44.0
    page = Page(W, H)
    size = rng.uniform(8.0, 9.2) if "Mono" not in family else 7.6
    color = style["color"]
    labels = style["labels"]
    cur = fields["currency"]

    def amt(v):
        return fmt_money(v, style["money"], cur)

    def date(iso):
        return fmt_date(dt.date.fromisoformat(iso), style["date"])

    logo(page, rng, m, m - 6, 34, color)
    page.text(m + 42, m + 12, fields["provider_name"], family, size + 7, bold=True, color=color, field="provider_name")
    page.text(m + 42, m + 25, ", ".join(line for line, _ in address_lines(provider_addr)), family, size - 1,
              color=(90, 90, 90))
    # Customer address block (window envelope position).
    y = m + 90
    page.text(m, y, fields["account_holder_name"], family, size + 1, bold=True, field="account_holder_name")
    for line, spans in address_lines(addr):
        y += (size + 1) * 1.35
        marks = {f"service_address_{k}": v for k, v in spans.items()}
        page.text(m, y, line, family, size + 1, marks=marks)
    # Summary box.
    bx, by = (W * 0.55, m + 60) if layout != "summary_top" else (W * 0.55, m + 48)
    bw = W - m - bx
    rows = [(labels["account"], fields["account_number"], "account_number"),
            (labels["statement_date"], date(fields["statement_date"]), "statement_date"),
            (labels["due_date"], date(fields["due_date"]), "due_date")]
    page.rect(bx, by, bw, size * 8.2, stroke=color, width=1, radius=4)
    yy = by + size + 8
    for label, value, field in rows:
        page.text(bx + 10, yy, label, family, size)
        page.text(bx + bw - 10, yy, value, family, size, bold=True, align="right", field=field)
        yy += size * 1.6
    page.rect(bx, yy - size * 0.2, bw, size * 2.6, stroke=None, fill=color)
    page.text(bx + 10, yy + size * 1.5, labels["amount_due"], family, size + 2, bold=True, color=(255, 255, 255))
    page.text(bx + bw - 10, yy + size * 1.5, amt(due_amount), family, size + 3, bold=True, color=(255, 255, 255),
              align="right", field="amount_due")
    # Service address block (a second place the address is printed).
    y = max(y, by + size * 8.2) + 28
    page.text(m, y, labels["service"] + ":", family, size, bold=True)
    one_line = ", ".join(line for line, _ in address_lines(addr))
    page.text(m + fonts.text_width(labels["service"] + ":", family, size, True) + 6, y, one_line, family, size)
    y += 24
    # Charges.
    page.text(m, y, rng.choice(["Account Summary", "Bill Summary", "Your charges"]), family, size + 2, bold=True,
              color=color)
    y += 6
    page.hline(m, W - m, y, width=0.8, color=color)
    y += size + 6
    summary = [("Previous balance", previous), ("Payment received - thank you", -paid)]
    summary += [(d, a) for d, a in lines] + [("Total current charges", current)]
    for desc, a in summary:
        bold = desc.startswith("Total")
        page.text(m + 6, y, desc, family, size, bold=bold)
        page.text(W - m - 6, y, amt(a), family, size, bold=bold, align="right")
        y += size * 1.55
    page.hline(m, W - m, y - size * 0.8, width=0.6)
    page.text(m + 6, y + 2, labels["amount_due"], family, size + 1, bold=True)
    page.text(W - m - 6, y + 2, amt(due_amount), family, size + 1, bold=True, align="right")
    y += size * 3
    # Usage table and chart.
    y = _usage(page, rng, family, size, m, y, W, kind, unit, usage, color)
    if style["slip"]:
        _slip(page, rng, family, size, m, max(y + 20, H - 170), W, fields, amt, date, labels, addr)
    else:
        fine_print(page, m, y + 20, W - 2 * m, "Payments received after the due date may incur a late fee. "
                   "To report an emergency or an outage, call the number on our website at any time.", family, size - 1)
    return page


def _usage(page, rng, family, size, m, y, W, kind, unit, usage, color) -> float:
    page.text(m, y, "Usage details" if rng.random() < 0.5 else "Your usage", family, size + 2, bold=True, color=color)
    y += size * 1.8
    if kind in ("internet", "phone"):
        page.text(m + 6, y, f"Data / usage this period: {usage:,} {unit}", family, size)
    else:
        prev = rng.randint(10000, 90000)
        page.text(m + 6, y, f"Meter {rng.randint(10 ** 7, 10 ** 8 - 1)}", family, size)
        page.text(m + 150, y, f"Previous reading {prev:,}", family, size)
        page.text(m + 300, y, f"Current reading {prev + usage:,}", family, size)
        page.text(W - m - 6, y, f"{usage:,} {unit}", family, size, bold=True, align="right")
    y += size * 2
    # 12-month bar chart.
    cw, ch = W - 2 * m - 20, 70.0
    page.rect(m, y, cw + 20, ch + 24, stroke=(190, 190, 190), width=0.5)
    values = [usage * rng.uniform(0.6, 1.3) for _ in range(11)] + [usage]
    top = max(values)
    bar_w = cw / 12
    for i, v in enumerate(values):
        h = ch * v / top
        page.rect(m + 10 + i * bar_w + bar_w * 0.15, y + 8 + ch - h, bar_w * 0.7, h, stroke=None,
                  fill=color if i == 11 else (190, 200, 210))
    return y + ch + 30


def _slip(page, rng, family, size, m, y, W, fields, amt, date, labels, addr):
    for x in range(int(m), int(W - m), 8):
        page.hline(x, x + 4, y, width=0.5, color=(110, 110, 110))
    page.text(W / 2, y + 10, "Please detach and return this portion with your payment", family, size - 2,
              align="center", color=(110, 110, 110))
    y += 30
    page.text(m, y, fields["provider_name"], family, size + 1, bold=True)
    page.text(m, y + size * 1.5, fields["account_holder_name"], family, size)
    page.text(m, y + size * 3, addr.street, family, size)
    rows = [(labels["account"], fields["account_number"]), (labels["due_date"], date(fields["due_date"])),
            (labels["amount_due"], amt(Decimal(fields["amount_due"])))]
    for i, (label, value) in enumerate(rows):
        page.text(W * 0.55, y + i * size * 1.6, label, family, size)
        page.text(W - m, y + i * size * 1.6, value, family, size, bold=True, align="right")
    page.text(W * 0.55, y + 3 * size * 1.6 + 4, "Amount enclosed: ______________", family, size)
