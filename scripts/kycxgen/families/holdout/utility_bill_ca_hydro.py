"""A Canadian electricity distributor's bilingual bill (Ontario or Quebec): paired
labels such as "Montant dû / Amount due", "Date d'échéance / Due date", "Date
de facturation / Bill date", "Adresse de service / Service address", Ontario
time-of-use energy, delivery and regulatory charges with HST and the Ontario
Electricity Rebate (a negative line), or Quebec fixed charge and two energy
blocks with GST and QST; CAD in English or French notation; a consumption
history chart and a payment stub."""

DOC_TYPE = "utility_bill"
NAME = "ca_hydro"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A bilingual Canadian hydro (electricity) bill, Ontario or Quebec, in CAD with 'Montant dû / Amount "
               "due', 'Date d'échéance / Due date', taxes and rebates.")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import address_lines, ca_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C

PROVIDERS = {"ON": [("Timberline Hydro Inc.", "Hydro Timberline inc."), ("Lakehead Hydro Distribution",
                                                                          "Distribution Hydro Lakehead")],
             "QC": [("Hydro Saint-Aubin", "Hydro Saint-Aubin"), ("Réseau électrique des Érables",
                                                                 "Réseau électrique des Érables")]}
LBL = {"due": ("Amount due", "Montant dû"), "due_date": ("Due date", "Date d'échéance"),
       "bill_date": [("Bill date", "Date de facturation"), ("Date of issue", "Date d'émission")],
       "account": ("Account number", "Numéro de compte"), "service": ("Service address", "Adresse de service"),
       "period": ("Billing period", "Période de facturation"), "prev": ("Previous balance", "Solde précédent"),
       "paid": ("Payment received - thank you", "Paiement reçu - merci"), "current": ("Current charges", "Frais du mois"),
       "usage": ("Consumption history (kWh)", "Historique de consommation (kWh)"),
       "stub": ("Payment stub - return with your payment", "Coupon - à retourner avec votre paiement"),
       "paid_amt": ("Amount paid", "Montant versé")}


def _charges(rng, prov, kwh, days):
    if prov == "ON":
        off, mid = int(kwh * rng.uniform(0.6, 0.7)), int(kwh * rng.uniform(0.15, 0.2))
        on = kwh - off - mid
        lines = [("Off-peak / Heures creuses", C.cents(off * Decimal("0.076"))),
                 ("Mid-peak / Mi-pointe", C.cents(mid * Decimal("0.122"))),
                 ("On-peak / Pointe", C.cents(on * Decimal("0.158"))),
                 ("Delivery / Livraison", C.cents(Decimal(rng.uniform(38, 75)))),
                 ("Regulatory charges / Frais de réglementation", C.cents(kwh * Decimal("0.0065")))]
        sub = sum(a for _, a in lines)
        lines.append(("HST / TVH 13%", C.cents(sub * Decimal("0.13"))))
        lines.append(("Ontario Electricity Rebate / Remise de l'Ontario pour l'électricité",
                      -C.cents(sub * Decimal("0.131"))))
        return lines
    first = min(kwh, 40 * days)
    second = kwh - first
    lines = [(f"Fixed charge / Redevance d'abonnement ({days} d/j)", C.cents(Decimal("0.4378") * days)),
             (f"Energy, first block / Énergie 1re tranche ({first} kWh)", C.cents(first * Decimal("0.0678")))]
    if second > 0:
        lines.append((f"Energy, second block / Énergie 2e tranche ({second} kWh)", C.cents(second * Decimal("0.1046"))))
    sub = sum(a for _, a in lines)
    lines += [("GST / TPS 5%", C.cents(sub * Decimal("0.05"))), ("QST / TVQ 9.975%", C.cents(sub * Decimal("0.09975")))]
    return lines


def generate(rng: random.Random, ctx) -> Document:
    prov = rng.choice(["ON", "ON", "QC"])
    lang = "fr" if prov == "QC" and rng.random() < 0.7 else rng.choice(["en", "en", "fr"])
    en_name, fr_name = rng.choice(PROVIDERS[prov])
    provider = en_name if lang == "en" else fr_name
    person = random_person(rng, ctx.reference_date, min_age=19)
    service = ca_address(rng, prov)
    mail = service if rng.random() < 0.7 else ca_address(rng, prov)
    bill_date = ctx.reference_date - dt.timedelta(days=rng.randint(4, 80))
    days = rng.choice([30, 31, 60, 61, 62])
    p_end = bill_date - dt.timedelta(days=rng.randint(2, 8))
    p_start = p_end - dt.timedelta(days=days - 1)
    due = bill_date + dt.timedelta(days=rng.choice([16, 19, 21, 21, 28]))
    kwh = rng.randint(300, 1400) * (2 if days > 40 else 1)
    charges = _charges(rng, prov, kwh, days)
    previous, paid = C.bill_balance(rng, prev=(40, 380))
    current = sum(a for _, a in charges)
    amount = previous - paid + current
    account = rng.choice([f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                          f"{rng.randint(10 ** 11, 10 ** 12 - 1)}", f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"])
    fr_money = lang == "fr" and rng.random() < 0.85
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Sans Narrow"])
    st = {"family": family, "size": rng.uniform(7.8, 8.6), "lang": lang,
          "money": C.Money(thou=" ", dec=",", suffix=" $", neg="minus") if fr_money else C.Money(prefix="$"),
          "date": rng.choice(["iso", "iso", "fr_long" if lang == "fr" else "month_d_y"]),
          "bill_label": rng.choice(LBL["bill_date"]), "color": rng.choice([(0, 90, 160), (0, 120, 80), (200, 60, 0)]),
          "upper": rng.random() < 0.6, "history": [rng.uniform(0.6, 1.4) for _ in range(12)]}
    name = person.full_name.upper() if st["upper"] else person.full_name
    fields = {"provider_name": provider, "account_holder_name": name, "account_number": account,
              **C.service_fields(service), "statement_date": bill_date.isoformat(), "due_date": due.isoformat(),
              "amount_due": C.canon(amount), "currency": "CAD"}
    page = _draw(fields, st, service, mail, charges, previous, paid, current, amount, bill_date, due, p_start, p_end,
                 kwh, en_name, fr_name)
    return Document("utility_bill", fields, [page], f"utility_bill/ca_hydro/{prov.lower()}", family,
                    meta=C.bill_meta("CA", "electric", charges, previous, paid))


def _draw(f, st, service, mail, charges, previous, paid, current, amount, bill_date, due, p_start, p_end, kwh,
          en_name, fr_name) -> Page:
    W, H = LETTER
    m = 36.0
    fam, s, col, lang = st["family"], st["size"], st["color"], st["lang"]
    money = st["money"]
    p = Page(W, H)

    def L(pair):
        a, b = pair
        return f"{a} / {b}" if lang == "en" else f"{b} / {a}"

    def d(x):
        return C.fdate(x, st["date"])

    C.monogram(p, m, 0, 34, col, "H", "DejaVu Sans", "circle", baseline=m + 10)
    p.text(m + 42, m + 10, f["provider_name"], fam, s + 6, bold=True, color=col, field="provider_name")
    other = fr_name if lang == "en" else en_name
    if other != f["provider_name"]:
        p.text(m + 42, m + 10 + s * 1.5, other, fam, s, color=col)
    # amount box at the right
    bx, bw, by = W - m - 230, 230, m - 6
    p.rect(bx, by, bw, 86, stroke=col, width=1.4, radius=4)
    p.text(bx + 10, by + 16, L(LBL["due"]), fam, s, bold=True)
    p.text(bx + bw - 10, by + 40, money(amount), fam, s + 10, bold=True, align="right", field="amount_due")
    p.text(bx + 10, by + 60, L(LBL["due_date"]), fam, s - 0.5)
    p.text(bx + bw - 10, by + 74, d(due), fam, s + 1, bold=True, align="right", field="due_date")
    y = by + 104
    info = [(L(st["bill_label"]), d(bill_date), "statement_date", None),
            (L(LBL["account"]), f["account_number"], "account_number", None),
            (L(LBL["period"]), f"{d(p_start)} - {d(p_end)}", None, None)]
    for label, value, field, marks in info:
        p.text(bx, y, label, fam, s - 0.5, color=C.GREY)
        p.text(bx, y + s * 1.25, value, fam, s, bold=True, field=field)
        y += s * 2.8
    # mailing window on the left
    wy = m + 70
    p.text(m + 8, wy, f["account_holder_name"], fam, s + 1, field="account_holder_name")
    C.address_block(p, m + 8, wy + (s + 1) * 1.3, address_lines(mail), fam, s + 1)
    # service address block
    sy = wy + 70
    p.rect(m, sy - s - 5, 250, s * 5.4, stroke=None, fill=(240, 244, 248))
    p.text(m + 8, sy, L(LBL["service"]), fam, s - 0.5, bold=True)
    C.address_block(p, m + 8, sy + s * 1.4, address_lines(service), fam, s, mark_prefix="service_address_")
    y = max(y, sy + s * 5) + 16
    # summary and charges
    p.text(m, y, L(("Account summary", "Sommaire du compte")), fam, s + 2, bold=True, color=col)
    p.hline(m, W - m, y + 5, width=0.8, color=col)
    y += s * 2.3
    for label, value in ((L(LBL["prev"]), previous), (L(LBL["paid"]), -paid)):
        p.text(m + 4, y, label, fam, s)
        p.text(W - m - 4, y, money(value), fam, s, align="right")
        y += s * 1.5
    y += s * 0.6
    p.text(m + 4, y, L(LBL["current"]) + f"  ({kwh:,} kWh)".replace(",", " " if lang == "fr" else ","), fam, s, bold=True)
    y += s * 1.6
    for desc, a in charges:
        shown = desc if lang == "en" else " / ".join(reversed(desc.split(" / ")))
        p.text(m + 14, y, shown, fam, s)
        p.text(W - m - 4, y, money(a), fam, s, align="right")
        y += s * 1.45
    p.hline(m, W - m, y - s * 0.8, width=0.5)
    p.text(m + 4, y + 2, L(LBL["due"]), fam, s + 1, bold=True)
    p.text(W - m - 4, y + 2, money(amount), fam, s + 1, bold=True, align="right")
    y += s * 3.2
    # consumption history
    p.text(m, y, L(LBL["usage"]), fam, s, bold=True)
    y += 8
    cw = (W - 2 * m) / 12
    top = max(st["history"])
    for i, v in enumerate(st["history"]):
        h = 46 * v / top
        p.rect(m + i * cw + cw * 0.2, y + 48 - h, cw * 0.6, h, stroke=None, fill=col if i == 11 else (200, 210, 220))
        month = (p_end.month - 12 + i) % 12  # the last bar is this bill's period
        names = C.MONTHS_FR_ABBR if lang == "fr" else [n[:3] for n in C.MONTHS_EN]
        p.text(m + i * cw + cw / 2, y + 48 + s * 1.2, names[month], fam, s - 1.5, align="center", color=C.GREY)
    y += 70
    # payment stub
    sy = max(y + 10, H - m - 110)
    for x in range(int(m), int(W - m), 7):
        p.hline(x, x + 3.5, sy, width=0.4, color=(120, 120, 120))
    p.text(W / 2, sy + 11, L(LBL["stub"]), fam, s - 1.5, align="center", color=C.GREY)
    sy += 30
    p.text(m, sy, f["provider_name"], fam, s + 1, bold=True)
    p.text(m, sy + s * 1.5, f["account_holder_name"], fam, s)
    rows = [(L(LBL["account"]), f["account_number"]), (L(LBL["due_date"]), d(due)), (L(LBL["due"]), money(amount))]
    for k, (label, value) in enumerate(rows):
        p.text(W / 2, sy + k * s * 1.6, label, fam, s - 0.5)
        p.text(W - m, sy + k * s * 1.6, value, fam, s, bold=True, align="right")
    p.text(W / 2, sy + 3 * s * 1.6 + 4, L(LBL["paid_amt"]) + ":  ______________", fam, s - 0.5)
    return p
