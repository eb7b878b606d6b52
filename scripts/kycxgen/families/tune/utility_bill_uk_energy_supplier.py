"""UK household energy supplier bills (electricity, gas or both): "Your
energy bill", bill date and bill period, account number, "Supply address",
MPAN / MPRN supply numbers, a balance panel (balance brought forward,
payments, charges, "Amount to pay" or "What you owe"), a Direct Debit
collection date or "Please pay by", per-fuel charges (kWh at pence per kWh,
standing charge in days at pence per day, VAT at 5%), meter readings marked
A/E/C, and dates such as "4th May 2026", "04 May 2026" or "04/05/2026"."""

DOC_TYPE = "utility_bill"
NAME = "uk_energy_supplier"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A UK household gas and electricity supplier's bill (GBP, A4) with bill date, account number, "
               "supply address, unit rates and standing charges in pence, VAT at 5% and Amount to pay.")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import uk_address
from ...doctypes import GenContext
from ...layout import A4, Document, Page
from ...people import random_person
from ...textfmt import canon_money, money
from . import _tune_common as C

SUPPLIERS = ["Heathland Energy", "Brightside Power & Gas", "Evergreen Home Energy", "Lantern Energy Supply Ltd",
             "Windrush Energy", "Kingfisher Gas & Power"]
TARIFFS = ["Standard Variable", "Fixed Saver 12M", "Flexible Home", "Green Fixed Jan27", "Economy 7 Variable"]


def _fuel(rng, fuel, days):
    """[(name, amount)] before VAT, and the readings."""
    if fuel == "Electricity":
        kwh = rng.randint(140, 520) * days // 30
        unit = Decimal(str(round(rng.uniform(22.5, 29.5), 2)))
        standing = Decimal(str(round(rng.uniform(45, 62), 2)))
    else:
        kwh = rng.randint(300, 1900) * days // 30
        unit = Decimal(str(round(rng.uniform(5.4, 7.2), 2)))
        standing = Decimal(str(round(rng.uniform(28, 34), 2)))
    lines = [(f"{fuel}: {kwh:,} kWh at {unit:.2f}p per kWh", money(kwh * unit / 100)),
             (f"{fuel} standing charge: {days} days at {standing:.2f}p per day", money(days * standing / 100))]
    return lines, kwh


def generate(rng: random.Random, ctx: GenContext) -> Document:
    supplier = rng.choice(SUPPLIERS)
    person = random_person(rng, ctx.reference_date, min_age=19)
    supply = uk_address(rng)
    correspondence = supply if rng.random() < 0.8 else uk_address(rng)
    bill_date = ctx.reference_date - dt.timedelta(days=rng.randint(4, 75))
    period_end = bill_date - dt.timedelta(days=rng.randint(1, 4))
    days = rng.choice([30, 31, 91, 92]) if rng.random() < 0.8 else rng.randint(28, 35)
    period_start = period_end - dt.timedelta(days=days - 1)
    fuels = rng.choice([["Electricity"], ["Gas"], ["Electricity", "Gas"], ["Electricity", "Gas"]])
    charges, usage = [], {}
    for fuel in fuels:
        lines, kwh = _fuel(rng, fuel, days)
        charges += lines
        usage[fuel] = kwh
    pre_vat = sum(a for _, a in charges)
    charges.append((f"VAT at 5% on £{C.Money().fmt(pre_vat)}", money(pre_vat * Decimal("0.05"))))
    if rng.random() < 0.15:
        charges.append(("Government energy support discount", -Decimal(rng.choice(["66.67", "50.00", "25.00"]))))
    current = sum(a for _, a in charges)
    direct_debit = rng.random() < 0.6
    previous = money(rng.uniform(0, 180)) if rng.random() < 0.7 else Decimal("0.00")
    paid = previous if rng.random() < 0.7 else money(previous * Decimal(str(round(rng.uniform(0, 0.9), 2))))
    amount = previous - paid + current
    if amount <= 0:
        paid = Decimal("0.00")
        amount = previous + current
    due = bill_date + dt.timedelta(days=rng.choice([10, 14, 14, 21]))
    account = rng.choice([f"{rng.randint(10 ** 7, 10 ** 8 - 1)}", f"A-{rng.randint(1000, 9999)}{C.ref_code(rng, 4, '0123456789ABCDEF')}",
                          f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"])
    title = rng.choice({"M": ["Mr", "Mr", "Dr"], "F": ["Mrs", "Ms", "Miss", "Dr"]}.get(person.sex, ["Mx"])) \
        if rng.random() < 0.6 else ""
    holder = person.full_name
    style = {
        "date": rng.choice(["ord_month_y", "d_mon_y", "dmy", "d_month_y", "ord_mon_y"]),
        "color": rng.choice([(0, 120, 110), (90, 40, 140), (230, 80, 20), (0, 90, 170), (40, 120, 40)]),
        "family": rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Sans Narrow"]),
        "amount_label": rng.choice(["Amount to pay", "What you owe", "Total amount due", "Balance to pay"]),
        "date_label": rng.choice(["Bill date", "Date of bill", "Statement date", "Issued"]),
        "account_label": rng.choice(["Account number", "Account no.", "Your account number", "Customer reference"]),
        "supply_label": rng.choice(["Supply address", "Supply address", "Property", "Address of supply"]),
        "dd": direct_debit, "title": title, "tariff": rng.choice(TARIFFS),
    }
    fields = {"provider_name": supplier, "account_holder_name": holder, "account_number": account,
              **C.address_fields(supply), "statement_date": bill_date.isoformat(), "due_date": due.isoformat(),
              "amount_due": canon_money(amount), "currency": "GBP"}
    page = _draw(rng, fields, style, supplier, supply, correspondence, charges, previous, paid, current, amount,
                 period_start, period_end, fuels, usage)
    meta = C.bill_meta(previous, paid, charges, region="GB", utility="+".join(f.lower() for f in fuels),
                       direct_debit=direct_debit)
    return Document("utility_bill", fields, [page], f"utility_bill/{NAME}", style["family"], meta=meta)


def _draw(rng, fields, style, supplier, supply, correspondence, charges, previous, paid, current, amount,
          period_start, period_end, fuels, usage):
    W, H = A4
    m = 42.0
    family = style["family"]
    size = 8.4
    col = style["color"]
    pound = C.Money(symbol="£")
    page = Page(W, H)

    def d(x):
        return C.fdate(x, style["date"])

    # masthead
    page.rect(0, 0, W, 70, stroke=None, fill=col)
    page.text(m, 42, supplier, family, 20, bold=True, color=(255, 255, 255), field="provider_name")
    page.text(W - m, 42, "Your energy bill", family, 13, align="right", color=(255, 255, 255))
    # correspondence address (window)
    y = 112
    prefix = style["title"] + " " if style["title"] else ""
    text = prefix + fields["account_holder_name"]
    page.text(m, y, text, family, size + 1.5, marks={"account_holder_name": (len(prefix), len(text))})
    same = correspondence is supply
    C.address_block(page, m, y + (size + 1.5) * 1.35, correspondence, family, size + 1.5,
                    prefix="service_address_" if same and rng.random() < 0.5 else None)
    # key facts (right)
    kx = W * 0.55
    facts = [(style["date_label"], d(fields["statement_date"]), "statement_date"),
             (style["account_label"], fields["account_number"], "account_number"),
             ("Bill period", f"{d(period_start)} - {d(period_end)}", None)]
    yy = 104
    for label, value, key in facts:
        page.text(kx, yy, label, family, size - 0.5, color=(90, 90, 90))
        page.text(kx, yy + size * 1.3, value, family, size + 1, bold=True, field=key)
        yy += size * 3.1
    y = max(y + 70, yy + 6)
    # supply address line (always marked here unless the window carried the marks)
    already = any("service_address_street" in getattr(op, "marks", {}) for op in page.ops)
    lbl = style["supply_label"] + ": "
    page.text(m, y, lbl, family, size, bold=True)
    C.address_block(page, m + C.width(lbl, family, size, True), y, supply, family, size, one_line=True,
                    prefix=None if already else "service_address_")
    y += size * 2.6
    # balance panel
    page.rect(m, y, W - 2 * m, 96, stroke=None, fill=C.tint(col, 0.9), radius=8)
    py = y + 20
    page.text(m + 14, py, "Your account balance", family, size + 3, bold=True, color=col)
    lines = [("Balance brought forward from your last bill", pound.fmt(previous)),
             ("Payments received - thank you", pound.fmt(-paid) if paid else pound.fmt(paid)),
             (f"{' and '.join(fuels)} charges this period", pound.fmt(current))]
    for i, (label, value) in enumerate(lines):
        page.text(m + 14, py + 18 + i * size * 1.7, label, family, size)
        page.text(W * 0.62, py + 18 + i * size * 1.7, value, family, size, align="right")
    at = pound.fmt(amount)
    page.text(W * 0.66, py + 12, style["amount_label"], family, size + 1, bold=True)
    page.text(W - m - 14, py + 42, at, family, 22, bold=True, align="right", color=col,
              marks=C.sym_marks(at, "amount_due", "£"))
    due_txt = d(fields["due_date"])
    if style["dd"]:
        msg = f"We'll collect this by Direct Debit on or just after {due_txt}"
    else:
        msg = f"Please pay by {due_txt}"
    page.text(W - m - 14, py + 62, msg, family, size - 0.5, align="right",
              marks={"due_date": (len(msg) - len(due_txt), len(msg))})
    y += 96 + 24
    # charges breakdown
    page.text(m, y, "How we worked out your charges", family, size + 3, bold=True)
    y += size * 2
    for fuel in fuels:
        page.text(m, y, fuel, family, size + 1, bold=True, color=col)
        ref = (f"MPAN S {rng.choice(['01', '03', '05'])} 801 {rng.randint(100, 999)} {rng.randint(10, 99)} "
               f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}") if fuel == "Electricity" \
            else f"MPRN {rng.randint(10 ** 9, 10 ** 10 - 1)}"
        page.text(W - m, y, ref, family, size - 1, align="right", color=(90, 90, 90))
        y += size * 1.6
        prev = rng.randint(1000, 90000)
        page.text(m + 6, y, f"Meter {C.ref_code(rng, 2, 'EGKLM')}{rng.randint(10, 99)}{C.ref_code(rng, 1, 'ABC')}{rng.randint(10 ** 5, 10 ** 6 - 1)}"
                            f"   Previous reading {prev} ({rng.choice('AAC')}) on {d(period_start)}"
                            f"   Latest reading {prev + (usage[fuel] if fuel == 'Electricity' else usage[fuel] // 11)}"
                            f" ({rng.choice('AEC')}) on {d(period_end)}", family, size - 1.2)
        y += size * 1.6
        for name, a in charges:
            if name.startswith(fuel):
                page.text(m + 6, y, name, family, size)
                page.text(W - m, y, pound.fmt(a), family, size, align="right")
                y += size * 1.5
        y += size * 0.6
    for name, a in charges:
        if not name.startswith(("Electricity", "Gas")):
            page.text(m + 6, y, name, family, size)
            page.text(W - m, y, pound.fmt(a), family, size, align="right")
            y += size * 1.5
    page.hline(m, W - m, y - size * 0.9, width=0.6)
    page.text(m + 6, y + 2, "Total charges for this period", family, size, bold=True)
    page.text(W - m, y + 2, pound.fmt(current), family, size, bold=True, align="right")
    y += size * 3
    # tariff box
    page.rect(m, y, W - 2 * m, 64, stroke=col, width=0.8, radius=6)
    page.text(m + 10, y + 16, "Your tariff", family, size + 1, bold=True)
    page.text(m + 10, y + 30, f"{style['tariff']}  ·  Payment method: {'Direct Debit' if style['dd'] else 'Cash/cheque'}"
              f"  ·  Exit fees: {rng.choice(['None', '£75 per fuel'])}", family, size)
    page.text(m + 10, y + 44, "Could you pay less? Compare our tariffs online or call us. Estimated annual cost on "
              f"your current tariff: £{C.Money().fmt(current * Decimal(365) / (period_end.toordinal() - period_start.toordinal() + 1))}",
              family, size - 1)
    page.text(W / 2, H - 30, f"{supplier} · Registered in England and Wales No. {rng.randint(10 ** 6, 10 ** 7 - 1)} · "
              f"Gas or power cut? Call 105", family, size - 2, align="center", color=(100, 100, 100))
    return page
