"""Mobile phone bills of US, UK and Canadian carriers: a coloured summary
sidebar or a top summary band, "Bill date" / "Statement date" / "Invoice
date", billing period, account number and mobile numbers, per-line plan,
device instalment ("Device payment 8 of 36"), add-ons, usage and roaming
charges, taxes and regulatory fees (US), VAT-inclusive prices (UK) or GST/HST
(Canada), previous bill and payment lines, and the total due or the date the
Direct Debit / AutoPay will be taken. The customer's billing address is the
address of service; US bills also print the primary place of use."""

DOC_TYPE = "utility_bill"
NAME = "mobile_carrier"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A mobile phone carrier's monthly bill (US, UK or Canada) with lines and devices, plan and "
               "instalment charges, taxes and fees, previous bill and payment, and the total due.")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import address_for, address_lines
from ...doctypes import GenContext
from ...layout import A4, LETTER, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money, money
from . import _tune_common as C

CARRIERS = {"US": ["Summit Mobile", "Brightlink Wireless", "Lakeside Telecom", "Pinnacle Cellular"],
            "GB": ["Summit Mobile UK", "Kestrel Mobile", "Lantern Telecom", "Orbis Mobile Ltd"],
            "CA": ["Brightlink Wireless Canada", "Northcell Mobility", "Aurora Mobile Inc."]}
PLANS = {"US": ["Unlimited Plus", "Unlimited Starter", "Essentials 15GB", "Unlimited Premium"],
         "GB": ["SIM Only 30GB", "Unlimited Max 24m", "Essentials 10GB", "Family Bundle 100GB"],
         "CA": ["Canada-Wide 50GB", "Unlimited 100GB 5G+", "Basic 10GB", "Share Plan 40GB"]}
DEVICES = ["5G smartphone 128GB", "Smartphone Pro 256GB", "Flip phone 4G", "Tablet 5G 64GB", "Smartwatch LTE"]


def _number(rng, region):
    if region == "GB":
        return f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    return f"({rng.randint(201, 989)}) 555-{rng.randint(1000, 9999)}"


def generate(rng: random.Random, ctx: GenContext) -> Document:
    region = rng.choices(["US", "GB", "CA"], weights=[45, 30, 25])[0]
    currency = {"US": "USD", "GB": "GBP", "CA": "CAD"}[region]
    carrier = rng.choice(CARRIERS[region])
    person = random_person(rng, ctx.reference_date, min_age=18)
    addr = address_for(rng, region)
    bill_date = ctx.reference_date - dt.timedelta(days=rng.randint(3, 70))
    cycle_start = bill_date - dt.timedelta(days=rng.randint(28, 31))
    cycle_end = bill_date - dt.timedelta(days=1)
    due = bill_date + dt.timedelta(days=rng.choice([14, 18, 21, 24, 28]))
    n_lines = rng.choices([1, 2, 3, 4], weights=[45, 30, 15, 10])[0]
    numbers = [_number(rng, region) for _ in range(n_lines)]
    plan = rng.choice(PLANS[region])
    charges = []
    base = money(rng.uniform(25, 70) if region != "GB" else rng.uniform(10, 45))
    if n_lines > 1 and region != "GB":
        charges.append((f"{plan} plan ({n_lines} lines)", money(base + (n_lines - 1) * Decimal(rng.choice(["20", "25", "30"])))))
        per_line_plan = False
    else:
        per_line_plan = True
    for i, number in enumerate(numbers):
        if per_line_plan:
            charges.append((f"{number} {plan} monthly charge", base if i == 0 else money(base * Decimal("0.8"))))
        if rng.random() < 0.45:
            k = rng.randint(1, 35)
            charges.append((f"{number} Device payment {k} of 36 {rng.choice(DEVICES)}", money(rng.uniform(8, 45))))
        if rng.random() < 0.2:
            charges.append((f"{number} {rng.choice(['Roaming day pass (3 days)', 'International calls', 'Data top-up 5GB'])}",
                            money(rng.uniform(5, 36))))
        if rng.random() < 0.25:
            charges.append((f"{number} Device protection", Decimal(rng.choice(["7.00", "9.00", "13.00", "17.00"]))))
    if rng.random() < 0.3:
        charges.append(("Loyalty discount", -Decimal(rng.choice(["5.00", "10.00", "15.00"]))))
    sub = sum(a for _, a in charges)
    if region == "US":
        charges += [("Federal Universal Service Fund", money(sub * Decimal("0.034"))),
                    ("Regulatory Cost Recovery Fee", Decimal("1.25") * n_lines),
                    ("State & local 911 fees", money(Decimal("0.85") * n_lines)),
                    ("State & local sales tax", money(sub * Decimal(str(round(rng.uniform(0.04, 0.09), 4)))))]
    elif region == "CA":
        hst = rng.choice([("GST 5%", "0.05"), ("HST 13%", "0.13"), ("GST 5% + QST 9.975%", "0.14975")])
        charges.append((hst[0], money(sub * Decimal(hst[1]))))
    current = sum(a for _, a in charges)
    previous = money(current * Decimal(str(round(rng.uniform(0.8, 1.2), 3))))
    paid = previous if rng.random() < 0.85 else Decimal("0.00")
    amount = previous - paid + current
    account = rng.choice([f"{rng.randint(10 ** 8, 10 ** 9 - 1)}", f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}",
                          f"{rng.randint(10 ** 11, 10 ** 12 - 1)}"])
    sym = C.SYMBOL[currency]
    date_style = {"US": rng.choice(["mon_d_y", "month_d_y", "mdy"]),
                  "GB": rng.choice(["d_mon_y", "d_month_y", "dmy", "ord_month_y"]),
                  "CA": rng.choice(["iso", "month_d_y", "d_month_y"])}[region]
    style = {
        "region": region, "date": date_style, "sym": sym, "layout": rng.choice(["sidebar", "band"]),
        "money": C.Money(symbol=sym), "color": rng.choice([(226, 0, 116), (0, 102, 204), (230, 0, 0), (0, 150, 136),
                                                            (255, 120, 0), (70, 40, 140)]),
        "family": rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Sans Narrow"]),
        "labels": {"date": rng.choice(["Bill date", "Statement date", "Invoice date", "Date of bill"]),
                   "due": rng.choice(["Due date", "Payment due", "Please pay by"]),
                   "amount": rng.choice(["Total due", "Amount due", "Total amount due", "Balance due"]),
                   "account": rng.choice(["Account number", "Account no.", "Account"])},
        "autopay": rng.random() < 0.4, "upper": rng.random() < 0.4,
    }
    holder = ascii_upper(person.full_name) if style["upper"] else person.full_name
    fields = {"provider_name": carrier, "account_holder_name": holder, "account_number": account,
              **C.address_fields(addr), "statement_date": bill_date.isoformat(), "due_date": due.isoformat(),
              "amount_due": canon_money(amount), "currency": currency}
    page = _draw(rng, fields, style, carrier, addr, numbers, plan, charges, previous, paid, current, amount,
                 cycle_start, cycle_end)
    meta = C.bill_meta(previous, paid, charges, region=region, utility="mobile", lines=n_lines)
    return Document("utility_bill", fields, [page], f"utility_bill/{NAME}_{style['layout']}", style["family"],
                    meta=meta)


def _draw(rng, fields, style, carrier, addr, numbers, plan, charges, previous, paid, current, amount, c_start, c_end):
    region = style["region"]
    W, H = LETTER if region != "GB" else A4
    m = 36.0
    family = style["family"]
    size = 8.0
    col = style["color"]
    mo = style["money"]
    lab = style["labels"]
    page = Page(W, H)

    def d(x):
        return C.fdate(x, style["date"])

    summary = [("Previous bill", mo.fmt(previous)), ("Payment received - thank you", mo.fmt(-paid)),
               ("Balance forward", mo.fmt(previous - paid)), ("New charges", mo.fmt(current))]
    due_text = mo.fmt(amount)
    if style["layout"] == "sidebar":
        sw = 170
        page.rect(0, 0, sw, H, stroke=None, fill=col)
        white = (255, 255, 255)
        page.text(18, 50, carrier, family, C.fit(carrier, family, 15, sw - 30, True), bold=True, color=white,
                  field="provider_name")
        y = 100
        for label, value, key in ((lab["date"], d(fields["statement_date"]), "statement_date"),
                                  (lab["account"], fields["account_number"], "account_number"),
                                  ("Billing period", f"{d(c_start)} - {d(c_end)}", None)):
            page.text(18, y, label, family, size - 1, color=white)
            page.text(18, y + size * 1.4, value, family, C.fit(value, family, size + 1, sw - 30, True), bold=True,
                      color=white, field=key)
            y += size * 3.6
        y += 10
        page.text(18, y, lab["amount"], family, size + 1, bold=True, color=white)
        page.text(18, y + 24, due_text, family, 20, bold=True, color=white, marks=C.sym_marks(due_text, "amount_due",
                                                                                              style["sym"]))
        y += 46
        due_txt = d(fields["due_date"])
        auto = {"US": "AutoPay on", "GB": "Direct Debit will be taken on", "CA": "Pre-authorized payment on"}[region]
        msg = lab["due"] if not style["autopay"] else auto
        page.text(18, y, msg, family, C.fit(msg, family, size, sw - 30), color=white)
        page.text(18, y + size * 1.5, due_txt, family, C.fit(due_txt, family, size + 1, sw - 30, True), bold=True,
                  color=white, field="due_date")
        y += 48
        for label, value in summary:
            page.text(18, y, label, family, size - 1.5, color=white)
            page.text(sw - 12, y + size * 1.3, value, family, size - 0.5, color=white, align="right")
            y += size * 3
        x0 = sw + 26
        y = 52
    else:
        page.rect(0, 0, W, 8, stroke=None, fill=col)
        page.text(m, 42, carrier, family, 17, bold=True, color=col, field="provider_name")
        page.text(W - m, 40, "Your monthly bill", family, 12, align="right")
        y = 62
        page.rect(m, y, W - 2 * m, 62, stroke=None, fill=C.tint(col, 0.9), radius=6)
        cells = [(lab["date"], d(fields["statement_date"]), "statement_date"),
                 (lab["account"], fields["account_number"], "account_number"),
                 (lab["due"], d(fields["due_date"]), "due_date"),
                 (lab["amount"], due_text, "amount_due")]
        cw = (W - 2 * m) / 4
        for i, (label, value, key) in enumerate(cells):
            page.text(m + 12 + i * cw, y + 20, label, family, size - 0.5, color=(70, 70, 70))
            marks = C.sym_marks(value, key, style["sym"]) if key == "amount_due" else {key: (0, len(value))}
            page.text(m + 12 + i * cw, y + 42, value, family, C.fit(value, family, 14 if i == 3 else 11, cw - 18, True),
                      bold=True, color=col if i == 3 else (0, 0, 0), marks=marks)
        y += 62 + 18
        page.text(m, y, f"Billing period {d(c_start)} - {d(c_end)}", family, size, color=(70, 70, 70))
        y += 26
        x0 = m
        for i, (label, value) in enumerate(summary):
            page.text(W * 0.55, y + i * size * 1.6, label, family, size)
            page.text(W - m, y + i * size * 1.6, value, family, size, align="right")
    # customer block
    page.text(x0, y, fields["account_holder_name"], family, size + 1.5, bold=True, field="account_holder_name")
    C.address_block(page, x0, y + (size + 1.5) * 1.35, addr, family, size + 1, prefix="service_address_")
    y += size * 7.5
    if region == "US":
        page.text(x0, y, "Primary place of use: " + ", ".join(line for line, _ in address_lines(addr)), family,
                  size - 1, color=(90, 90, 90))
        y += size * 2
    y = max(y, 250 if style["layout"] == "band" else y)
    # charges by line
    page.text(x0, y, "Your charges this month", family, size + 4, bold=True)
    y += size * 2.2
    right = W - m
    shared = [(n, a) for n, a in charges if not any(n.startswith(num) for num in numbers)]
    for num in numbers:
        mine = [(n[len(num) + 1:], a) for n, a in charges if n.startswith(num)]
        if not mine:
            continue
        page.rect(x0, y - size - 3, right - x0, size + 7, stroke=None, fill=(240, 240, 240))
        page.text(x0 + 4, y, num, family, size + 0.5, bold=True)
        page.text(right - 4, y, mo.fmt(sum(a for _, a in mine)), family, size + 0.5, bold=True, align="right")
        y += size * 1.7
        for n, a in mine:
            page.text(x0 + 14, y, n, family, size)
            page.text(right - 4, y, mo.fmt(a), family, size, align="right")
            y += size * 1.45
        y += size * 0.5
    if shared:
        page.rect(x0, y - size - 3, right - x0, size + 7, stroke=None, fill=(240, 240, 240))
        page.text(x0 + 4, y, "Account charges, taxes & fees" if region == "US" else "Account charges", family,
                  size + 0.5, bold=True)
        y += size * 1.7
        for n, a in shared:
            page.text(x0 + 14, y, n, family, size)
            page.text(right - 4, y, mo.fmt(a), family, size, align="right")
            y += size * 1.45
    page.hline(x0, right, y - size * 0.6, width=0.6)
    page.text(x0 + 4, y + 4, "Total new charges", family, size + 1, bold=True)
    page.text(right - 4, y + 4, mo.fmt(current), family, size + 1, bold=True, align="right")
    y += size * 3
    if region == "GB":
        page.text(x0, y, "All prices include VAT at 20%.", family, size - 1, color=(90, 90, 90))
        y += size * 1.5
    # usage summary
    page.text(x0, y + 6, "Usage this period", family, size + 1, bold=True)
    y += size * 2.4
    for num in numbers:
        page.text(x0 + 4, y, f"{num}   Data {rng.uniform(0.4, 48):.1f} GB   Talk {rng.randint(10, 900)} min   "
                  f"Text {rng.randint(0, 1500)}", family, size - 0.5)
        y += size * 1.4
    page.text(W / 2 if style["layout"] == "band" else (x0 + W) / 2, H - 36,
              f"Questions about your bill? Call {({'GB': '150', 'CA': '*611'}).get(region, '611')} from your phone or "
              f"visit us online. {carrier}.", family,
              size - 1.5, align="center", color=(100, 100, 100))
    return page
