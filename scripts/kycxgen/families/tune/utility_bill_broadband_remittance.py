"""Cable and fibre broadband bills from US and Canadian providers with a
payment slip (remittance coupon) across the bottom that repeats the account
number, the due date and the amount due, with an "Amount enclosed" box and a
scan line. Canadian bills may be bilingual (Montant dû / Amount due, Date
d'échéance) and print day-first or ISO dates and GST/HST/QST; US bills carry
regulatory recovery and franchise fees. Promotional credits appear as
negative charges."""

DOC_TYPE = "utility_bill"
NAME = "broadband_remittance"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US or Canadian cable/fibre broadband bill (USD or CAD, Letter), sometimes bilingual, with "
               "service and equipment charges, promotional credits and a remittance slip at the bottom.")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import ca_address, us_address
from ...doctypes import GenContext
from ...doctypes.page_common import logo
from ...layout import LETTER, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money, money
from . import _tune_common as C

PROVIDERS = {"US": ["Clearline Broadband", "Riverbend Cablevision", "Fibrewave Networks", "Starline Cable & Internet"],
             "CA": ["Northern Cable & Fibre", "Fibrewave Networks Canada", "Câble Boréal"]}
SPEEDS = ["100 Mbps", "300 Mbps", "500 Mbps", "1 Gig", "Fibre 250", "Fibre 940"]
# French wording of the charges on bilingual Canadian bills
FR = {"WiFi gateway rental": "Location de passerelle Wi-Fi", "Modem rental": "Location de modem",
      "Equipment fee": "Frais d'équipement", "TV Essentials": "Télé Essentiel",
      "TV Starter package": "Forfait Télé de base", "Streaming TV bundle": "Forfait télé en continu",
      "Home phone unlimited": "Téléphonie résidentielle illimitée", "Promotional discount": "Rabais promotionnel",
      "Loyalty credit": "Crédit fidélité", "Bundle savings": "Économies de forfait"}
FR_TAX = {"HST": "TVH/HST", "GST": "TPS/GST", "PST": "TVP/PST"}


def generate(rng: random.Random, ctx: GenContext) -> Document:
    region = rng.choice(["US", "US", "CA"])
    currency = "USD" if region == "US" else "CAD"
    province = rng.choice(["ON", "QC", "BC", "AB", "NS"]) if region == "CA" else None
    bilingual = region == "CA" and (province == "QC" or rng.random() < 0.3)
    french_first = bilingual and province == "QC"
    provider = rng.choice(PROVIDERS[region])
    person = random_person(rng, ctx.reference_date, min_age=18)
    addr = us_address(rng) if region == "US" else ca_address(rng, province)
    bill_date = ctx.reference_date - dt.timedelta(days=rng.randint(3, 70))
    due = bill_date + dt.timedelta(days=rng.choice([14, 20, 21, 25, 30]))
    period_start = bill_date + dt.timedelta(days=rng.choice([1, 5, 10]))
    period_end = C.next_month(period_start).replace(day=min(period_start.day, 28)) - dt.timedelta(days=1)
    charges = [(f"Internet {rng.choice(SPEEDS)}", money(rng.uniform(45, 110)))]
    if rng.random() < 0.6:
        charges.append((rng.choice(["WiFi gateway rental", "Modem rental", "Equipment fee"]),
                        Decimal(rng.choice(["10.00", "12.00", "14.00", "15.00"]))))
    if rng.random() < 0.45:
        charges.append((rng.choice(["TV Essentials", "TV Starter package", "Streaming TV bundle"]), money(rng.uniform(25, 85))))
        if region == "US":
            charges.append(("Broadcast TV fee", Decimal(rng.choice(["19.95", "24.75", "27.85"]))))
    if rng.random() < 0.3:
        charges.append(("Home phone unlimited", Decimal(rng.choice(["20.00", "29.99", "34.99"]))))
    if rng.random() < 0.5:
        charges.append((rng.choice(["Promotional discount", "Loyalty credit", "Bundle savings"]),
                        -Decimal(rng.choice(["10.00", "15.00", "20.00", "25.00"]))))
    sub = sum(a for _, a in charges)
    if region == "US":
        charges.append(("Regulatory recovery fee", Decimal("1.75")))
        if rng.random() < 0.6:
            charges.append(("Franchise fee", money(sub * Decimal("0.05"))))
        charges.append(("Taxes & surcharges", money(sub * Decimal(str(round(rng.uniform(0.02, 0.08), 4))))))
    else:
        taxes = {"ON": [("HST 13%", "0.13")], "NS": [("HST 15%", "0.15")], "QC": [("TPS/GST 5%", "0.05"),
                                                                                  ("TVQ/QST 9.975%", "0.09975")],
                 "BC": [("GST 5%", "0.05"), ("PST 7%", "0.07")], "AB": [("GST 5%", "0.05")]}[province]
        for name, rate in taxes:
            charges.append((name, money(sub * Decimal(rate))))
    if bilingual:
        def both(name):
            if name in FR:
                return f"{FR[name]} / {name}" if french_first else f"{name} / {FR[name]}"
            head, _, rest = name.partition(" ")
            return f"{FR_TAX[head]} {rest}" if head in FR_TAX else name
        charges = [(both(n), a) for n, a in charges]
    current = sum(a for _, a in charges)
    previous = money(rng.uniform(40, 220)) if rng.random() < 0.85 else Decimal("0.00")
    paid = previous if rng.random() < 0.8 else money(previous * Decimal(str(round(rng.uniform(0.2, 0.8), 2))))
    amount = previous - paid + current
    account = rng.choice([f"{rng.randint(1000, 9999)} {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000000, 9999999)}",
                          f"{rng.randint(10 ** 8, 10 ** 9 - 1)}", f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"])
    if region == "US":
        date = rng.choice(["month_d_y", "mon_d_y", "mdy", "mdy2"])
    elif french_first:
        date = rng.choice(["iso", "fr_d_month_y", "dmy"])
    else:
        date = rng.choice(["iso", "dmy", "month_d_y"])
    sym = "$"
    style = {
        "region": region, "bilingual": bilingual, "fr": french_first, "date": date,
        "money": C.Money(thousands=" ", decimal=",", symbol="$", after=True) if french_first and rng.random() < 0.7
        else C.Money(symbol="$"),
        "color": rng.choice([(0, 82, 155), (200, 16, 46), (0, 0, 0), (94, 39, 140), (0, 128, 128)]),
        "family": rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Sans Narrow", "DejaVu Sans Condensed",
                              "Liberation Serif"]),
        "upper": rng.random() < 0.6, "sym": sym,
    }
    holder = ascii_upper(person.full_name) if style["upper"] else person.full_name
    fields = {"provider_name": provider, "account_holder_name": holder, "account_number": account,
              **C.address_fields(addr), "statement_date": bill_date.isoformat(), "due_date": due.isoformat(),
              "amount_due": canon_money(amount), "currency": currency}
    page = _draw(rng, fields, style, provider, addr, charges, previous, paid, current, amount, period_start,
                 period_end, province)
    meta = C.bill_meta(previous, paid, charges, region=region, utility="internet", bilingual=bilingual)
    return Document("utility_bill", fields, [page], f"utility_bill/{NAME}", style["family"], meta=meta)


def _draw(rng, fields, style, provider, addr, charges, previous, paid, current, amount, p_start, p_end, province):
    W, H = LETTER
    m = 38.0
    family = style["family"]
    size = 8.0
    col = style["color"]
    mo = style["money"]
    page = Page(W, H)

    def lab(en, fr):
        if not style["bilingual"]:
            return en
        return f"{fr} / {en}" if style["fr"] else f"{en} / {fr}"

    def d(x):
        return C.fdate(x, style["date"])

    logo(page, rng, m, m - 8, 30, col)
    page.text(m + 38, m + 10, provider, family, size + 8, bold=True, color=col, field="provider_name")
    page.text(W - m, m + 2, lab("Your bill", "Votre facture"), family, size + 4, bold=True, align="right")
    page.text(W - m, m + 16, lab("Page 1 of 1", "Page 1 de 1"), family, size - 1, align="right", color=(90, 90, 90))
    # account summary box
    bx, by, bw = W * 0.52, m + 42, W * 0.48 - m
    rows = [(lab("Account number", "Numéro de compte"), fields["account_number"], "account_number"),
            (lab("Statement date", "Date du relevé"), d(fields["statement_date"]), "statement_date"),
            (lab("Service period", "Période de service"), f"{d(p_start)} - {d(p_end)}", None),
            (lab("Due date", "Date d'échéance"), d(fields["due_date"]), "due_date")]
    page.rect(bx, by, bw, len(rows) * size * 1.7 + size * 4.2, stroke=(150, 150, 150), width=0.6)
    yy = by + size * 1.5
    for label, value, key in rows:
        vsize = C.fit(value, family, size, (bw - 12) * 0.55, True)
        room = bw - 12 - C.width(value, family, vsize, True) - 8
        page.text(bx + 6, yy, label, family, C.fit(label, family, size - 0.5, room), color=(70, 70, 70))
        page.text(bx + bw - 6, yy, value, family, vsize, bold=True, align="right", field=key)
        yy += size * 1.7
    page.rect(bx, yy - size * 0.5, bw, size * 3.4, stroke=None, fill=C.tint(col, 0.85))
    at = mo.fmt(amount)
    page.text(bx + 6, yy + size * 1.9, lab("Amount due", "Montant dû"), family, size + 1.5, bold=True)
    page.text(bx + bw - 6, yy + size * 1.9, at, family, size + 5, bold=True, align="right",
              marks=C.sym_marks(at, "amount_due", "$"))
    # customer address
    y = m + 78
    page.text(m + 6, y, fields["account_holder_name"], family, size + 1.5, bold=True, field="account_holder_name")
    C.address_block(page, m + 6, y + (size + 1.5) * 1.35, addr, family, size + 1, prefix="service_address_")
    y = by + len(rows) * size * 1.7 + size * 4.2 + 26
    # summary
    page.text(m, y, lab("Account summary", "Sommaire du compte"), family, size + 3, bold=True, color=col)
    y += size * 1.9
    summary = [(lab("Previous balance", "Solde précédent"), previous),
               (lab("Payment received - thank you", "Paiement reçu - merci"), -paid),
               (lab("Balance forward", "Solde reporté"), previous - paid),
               (lab("New charges", "Nouveaux frais"), current)]
    for label, value in summary:
        page.text(m + 4, y, label, family, size)
        page.text(W - m - 4, y, mo.fmt(value), family, size, align="right")
        y += size * 1.6
    page.hline(m, W - m, y - size, width=0.7)
    page.text(m + 4, y + 2, lab("Total amount due", "Montant total dû"), family, size + 1, bold=True)
    page.text(W - m - 4, y + 2, mo.fmt(amount), family, size + 1, bold=True, align="right")
    y += size * 3.2
    # charge details
    page.text(m, y, lab("New charges in detail", "Détail des nouveaux frais"), family, size + 3, bold=True, color=col)
    y += size * 1.9
    for name, a in charges:
        page.text(m + 4, y, name, family, size)
        page.text(W - m - 4, y, mo.fmt(a), family, size, align="right")
        y += size * 1.5
    page.hline(m, W - m, y - size, width=0.5)
    page.text(m + 4, y + 2, lab("Total new charges", "Total des nouveaux frais"), family, size, bold=True)
    page.text(W - m - 4, y + 2, mo.fmt(current), family, size, bold=True, align="right")
    y += size * 2.6
    if style["region"] == "CA":
        page.text(m, y, f"GST/TPS No. {rng.randint(10 ** 8, 10 ** 9 - 1)} RT0001", family, size - 1.5, color=(90, 90, 90))
    else:
        page.text(m, y, "Pay online, by phone or with the slip below. A late fee may apply after the due date.",
                  family, size - 1.5, color=(90, 90, 90))
    y += size * 3
    if y + 80 < H - 180:
        page.rect(m, y, W - 2 * m, 56, stroke=col, width=0.6, radius=5)
        page.text(m + 10, y + 16, lab("Important messages", "Messages importants"), family, size + 1, bold=True)
        used = rng.randint(60, 1400)
        msgs = [lab(f"Data used this period: {used} GB (unlimited plan).",
                    f"Données utilisées : {used} Go (forfait illimité)."),
                lab("Go paperless and pay automatically - it only takes a minute online.",
                    "Passez à la facture électronique et au paiement automatique.")]
        for i, msg in enumerate(msgs):
            page.text(m + 10, y + 32 + i * size * 1.6, msg, family, C.fit(msg, family, size - 0.5, W - 2 * m - 20))
    # remittance slip
    sy = H - 168
    C.scissors_line(page, m, W - m, sy, family, size - 1.5,
                    lab("Detach and return with your payment", "Détachez et retournez avec votre paiement"))
    sy += 24
    page.text(m, sy, provider, family, size + 2, bold=True, color=col)
    page.text(m, sy + size * 1.6, lab("Payment slip", "Coupon de paiement"), family, size, color=(70, 70, 70))
    slip = [(lab("Account number", "Numéro de compte"), fields["account_number"]),
            (lab("Due date", "Date d'échéance"), d(fields["due_date"])),
            (lab("Amount due", "Montant dû"), mo.fmt(amount)),
            (lab("Amount enclosed", "Montant inclus"), "")]
    cw = (W * 0.56 - m) / 2
    for i, (label, value) in enumerate(slip):
        x = W * 0.44 + (i % 2) * cw
        yy = sy - size + (i // 2) * size * 3.6
        page.rect(x, yy - size * 0.6, cw, size * 3.6, stroke=(90, 90, 90), width=0.5)
        page.text(x + 4, yy + size * 0.6, label, family, C.fit(label, family, size - 1.5, cw - 8), color=(70, 70, 70))
        if value:
            page.text(x + 4, yy + size * 2.2, value, family, C.fit(value, family, size + 1.5, cw - 8, True), bold=True)
        else:
            page.text(x + 4, yy + size * 2.2, "$ ______________", family, size + 1)
    page.text(m, sy + size * 5, lab("Make cheques payable to:", "Chèques à l'ordre de :") if style["region"] == "CA"
              else "Make checks payable to:", family, size - 1)
    page.text(m, sy + size * 6.3, provider, family, size)
    page.text(m, sy + size * 7.6, f"PO Box {rng.randint(1000, 99999)}", family, size)
    page.text(W * 0.44, sy + size * 8.4, fields["account_holder_name"], family, size)
    C.address_block(page, W * 0.44, sy + size * 9.7, addr, family, size)
    digits = "".join(c for c in fields["account_number"] if c.isdigit())
    page.text(W / 2, H - 32, f"{digits} {int(amount * 100):09d} {rng.randint(10, 99)}", "DejaVu Sans Mono", size + 1,
              align="center")
    return page
