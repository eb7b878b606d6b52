"""A continental European energy supplier's invoice in EUR, in the supplier's
language: a German municipal utility's annual electricity statement
("Jahresverbrauchsabrechnung": Rechnungsdatum, Kundennummer, Verbrauchsstelle,
Arbeitspreis in ct/kWh, Grundpreis, Umsatzsteuer 19 %, minus the monthly
Abschläge already paid, Nachzahlung fällig am ...) or a French supplier's
monthly "Facture" (Date de facture, Référence client, Adresse de consommation,
Abonnement, Consommation, taxes, TVA, "Montant à payer", "À payer avant le").
Amounts use a decimal comma."""

DOC_TYPE = "utility_bill"
NAME = "eu_energy"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A German (Jahresverbrauchsabrechnung) or French (facture d'électricité) energy invoice in EUR with "
               "decimal-comma amounts, consumption address and instalments or previous balance.")

import datetime as dt
import math
import random
from decimal import Decimal

from ...addresses import address_lines, eu_address
from ...layout import A4, Document, Page
from ...people import random_person
from . import _common as C

PROVIDERS = {"de": ["Stadtwerke Lindental", "Stadtwerke Obertal GmbH", "Energieversorgung Wendelstein"],
             "fr": ["Énergies du Val d'Orme", "Voltaris Énergie", "Lumière & Gaz de l'Ouest"]}


def generate(rng: random.Random, ctx) -> Document:
    lang = rng.choice(["de", "fr"])
    provider = rng.choice(PROVIDERS[lang])
    person = random_person(rng, ctx.reference_date, min_age=19)
    service = eu_address(rng, "DE" if lang == "de" else "FR")
    mail = service if rng.random() < 0.75 else eu_address(rng, service.country)
    issue = ctx.reference_date - dt.timedelta(days=rng.randint(4, 80))
    due = issue + dt.timedelta(days=rng.choice([14, 14, 15, 21]))
    if lang == "de":
        p_end = issue - dt.timedelta(days=rng.randint(5, 20))
        p_start = p_end - dt.timedelta(days=364)
        kwh = rng.randint(1400, 4800)
        ap = Decimal(str(round(rng.uniform(28, 38), 2)))
        gp = Decimal(str(round(rng.uniform(0.35, 0.48), 4)))
        net = [(f"Arbeitspreis {C.Money(thou='.', dec=',').digits(kwh)[:-3]} kWh x {str(ap).replace('.', ',')} ct/kWh",
                C.cents(kwh * ap / 100)),
               (f"Grundpreis 365 Tage x {str(gp).replace('.', ',')} EUR/Tag", C.cents(gp * 365))]
        sub = sum(a for _, a in net)
        charges = net + [("Umsatzsteuer 19 %", C.cents(sub * Decimal("0.19")))]
        total = sum(a for _, a in charges)
        target = Decimal(rng.randint(25, 260))
        inst = Decimal(max(10, math.floor((total - target) / 11)))
        previous, paid = Decimal("0.00"), inst * 11
        extra = {"inst": inst, "kwh": kwh, "total": total}
    else:
        p_end = issue - dt.timedelta(days=rng.randint(2, 8))
        p_start = p_end - dt.timedelta(days=rng.randint(29, 31))
        kwh = rng.randint(180, 900)
        price = Decimal(str(round(rng.uniform(0.19, 0.27), 4)))
        sub = Decimal(str(round(rng.uniform(11, 19), 2)))
        lines = [(f"Abonnement du {C.fdate(p_start, 'dmy')} au {C.fdate(p_end, 'dmy')}", sub),
                 (f"Consommation {kwh} kWh x {str(price).replace('.', ',')} €", C.cents(kwh * price)),
                 ("Contribution tarifaire d'acheminement (CTA)", C.cents(sub * Decimal("0.15"))),
                 ("Accise sur l'électricité", C.cents(kwh * Decimal("0.0225")))]
        ht = sum(a for _, a in lines)
        charges = lines + [("TVA 20 %", C.cents(ht * Decimal("0.20")))]
        previous, paid = C.bill_balance(rng, prev=(30, 160), paid_full=0.9)
        extra = {"kwh": kwh}
    amount = previous - paid + sum(a for _, a in charges)
    account = rng.choice([f"{rng.randint(10 ** 6, 10 ** 7 - 1)}", f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"])
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "DejaVu Serif"])
    st = {"family": family, "size": rng.uniform(8.0, 8.8), "lang": lang,
          "money": C.Money(thou=".", dec=",", suffix=" €") if lang == "de" else C.Money(thou=" ", dec=",", suffix=" €"),
          "date": "dot" if lang == "de" else rng.choice(["dmy", "fr_long"]),
          "color": rng.choice([(0, 100, 170), (0, 140, 90), (230, 100, 0), (150, 0, 60)]),
          "malo": f"DE{C.digits(rng, 11)}" if lang == "de" else C.digits(rng, 14), "p_start": p_start, "p_end": p_end,
          **extra}
    fields = {"provider_name": provider, "account_holder_name": person.full_name, "account_number": account,
              **C.service_fields(service), "statement_date": issue.isoformat(), "due_date": due.isoformat(),
              "amount_due": C.canon(amount), "currency": "EUR"}
    page = (_draw_de if lang == "de" else _draw_fr)(fields, st, service, mail, charges, previous, paid, amount, issue,
                                                    due)
    meta = C.bill_meta(service.country, "electric", charges, previous, paid)
    return Document("utility_bill", fields, [page], f"utility_bill/eu_energy/{lang}", family, meta=meta)


def _header(p, f, st, mail, W, m, fam, s, col):
    p.rect(m, m - 10, 14, 14, stroke=None, fill=col)
    p.text(m + 20, m + 2, f["provider_name"], fam, s + 5, bold=True, color=col, field="provider_name")
    y = m + 78
    bl = address_lines(mail)
    p.text(m, y - 14, f"{f['provider_name']} · Postfach" if st["lang"] == "de" else f"{f['provider_name']} · TSA 40021",
           fam, s - 2.5, color=C.GREY)
    p.text(m, y, f["account_holder_name"], fam, s + 1, field="account_holder_name")
    C.address_block(p, m, y + (s + 1) * 1.3, bl, fam, s + 1)
    return y


def _draw_de(f, st, service, mail, charges, previous, paid, amount, issue, due) -> Page:
    W, H = A4
    m = 48.0
    fam, s, col, money = st["family"], st["size"], st["color"], st["money"]
    p = Page(W, H)
    _header(p, f, st, mail, W, m, fam, s, col)
    ix = W * 0.58
    info = [("Rechnungsdatum", C.fdate(issue, "dot"), "statement_date"), ("Kundennummer", f["account_number"], "account_number"),
            ("Marktlokation", st["malo"], None),
            ("Abrechnungszeitraum", f"{C.fdate(st['p_start'], 'dot')} - {C.fdate(st['p_end'], 'dot')}", None)]
    yy = m + 64
    for label, value, field in info:
        p.text(ix, yy, label, fam, s - 0.5, color=C.GREY)
        p.text(W - m, yy, value, fam, s - 0.5, align="right", field=field)
        yy += s * 1.5
    y = m + 150
    p.text(m, y, "Jahresverbrauchsabrechnung Strom", fam, s + 5, bold=True)
    y += s * 2.2
    line, spans = C.one_line(address_lines(service))
    lab = "Verbrauchsstelle: "
    p.text(m, y, lab + line, fam, s, marks={f"service_address_{k}": (a + len(lab), b + len(lab)) for k, (a, b) in spans.items()})
    y += s * 2.6
    p.text(m, y, "Position", fam, s, bold=True)
    p.text(W - m, y, "Betrag", fam, s, bold=True, align="right")
    p.hline(m, W - m, y + 4, width=0.8, color=col)
    y += s * 2
    for desc, a in charges[:-1]:
        p.text(m, y, desc, fam, s)
        p.text(W - m, y, money(a), fam, s, align="right")
        y += s * 1.6
    p.hline(m, W - m, y - s, width=0.3)
    p.text(m, y, "Summe netto", fam, s)
    p.text(W - m, y, money(sum(a for _, a in charges[:-1])), fam, s, align="right")
    y += s * 1.6
    p.text(m, y, charges[-1][0], fam, s)
    p.text(W - m, y, money(charges[-1][1]), fam, s, align="right")
    y += s * 1.6
    p.text(m, y, "Rechnungsbetrag brutto", fam, s, bold=True)
    p.text(W - m, y, money(st["total"]), fam, s, bold=True, align="right")
    y += s * 1.8
    p.text(m, y, f"abzüglich geleistete Abschläge (11 x {money(st['inst'])})", fam, s)
    p.text(W - m, y, "-" + money(paid), fam, s, align="right")
    y += s * 1.4
    p.hline(m, W - m, y - s * 0.6, width=0.8, color=col)
    y += s * 1.2
    p.rect(m, y - s - 4, W - 2 * m, s * 4.4, stroke=None, fill=(240, 240, 240))
    p.text(m + 8, y + 2, "Nachzahlungsbetrag", fam, s + 2, bold=True)
    p.text(W - m - 8, y + 2, money(amount), fam, s + 3, bold=True, align="right", field="amount_due")
    lab = "fällig am "
    dt_txt = C.fdate(due, "dot")
    p.text(m + 8, y + s * 2.2, lab + dt_txt, fam, s, marks={"due_date": (len(lab), len(lab) + len(dt_txt))})
    y += s * 6
    p.text(m, y, f"Ihr Verbrauch im Abrechnungszeitraum: {C.Money(thou='.', dec=',').digits(st['kwh'])[:-3]} kWh", fam, s)
    y += s * 1.5
    p.text(m, y, f"Neuer monatlicher Abschlag ab dem nächsten Monat: {money(st['inst'] + 5)}", fam, s)
    y += s * 3
    C.fine(p, m, y, W - 2 * m, "Bitte überweisen Sie den Betrag unter Angabe Ihrer Kundennummer. Bei "
           "erteiltem SEPA-Lastschriftmandat buchen wir den Betrag zum Fälligkeitstermin ab.", fam, s - 1.5)
    return p


def _draw_fr(f, st, service, mail, charges, previous, paid, amount, issue, due) -> Page:
    W, H = A4
    m = 44.0
    fam, s, col, money = st["family"], st["size"], st["color"], st["money"]
    p = Page(W, H)
    _header(p, f, st, mail, W, m, fam, s, col)

    def d(x):
        return C.fdate(x, st["date"])

    bx, bw = W * 0.55, W * 0.45 - m
    p.rect(bx, m + 40, bw, 96, stroke=col, width=1.2, radius=5)
    p.text(bx + 10, m + 58, "Facture", fam, s + 4, bold=True, color=col)
    rows = [("Date de facture", d(issue), "statement_date"), ("Référence client", f["account_number"], "account_number"),
            ("Montant à payer", money(amount), "amount_due"), ("À payer avant le", d(due), "due_date")]
    yy = m + 76
    for label, value, field in rows:
        p.text(bx + 10, yy, label, fam, s - 0.3)
        p.text(bx + bw - 10, yy, value, fam, s + (1.5 if field == "amount_due" else 0), bold=True, align="right",
               field=field)
        yy += s * 1.75
    y = m + 160
    p.text(m, y, "Adresse de consommation", fam, s, bold=True)
    C.address_block(p, m, y + s * 1.5, address_lines(service), fam, s, mark_prefix="service_address_")
    p.text(bx, y, "Point de livraison (PDL)", fam, s - 0.5, color=C.GREY)
    p.text(bx, y + s * 1.4, st["malo"], fam, s)
    y += s * 6
    p.text(m, y, "Détail de votre facture", fam, s + 2, bold=True, color=col)
    p.hline(m, W - m, y + 5, width=0.8, color=col)
    y += s * 2.3
    for label, v in (("Solde de la facture précédente", previous), ("Paiement reçu, merci", -paid)):
        p.text(m, y, label, fam, s)
        p.text(W - m, y, money(v), fam, s, align="right")
        y += s * 1.6
    y += s * 0.5
    p.text(m, y, f"Électricité - consommation {st['kwh']} kWh", fam, s, bold=True)
    y += s * 1.6
    for desc, a in charges:
        p.text(m + 10, y, desc, fam, s)
        p.text(W - m, y, money(a), fam, s, align="right")
        y += s * 1.5
    p.hline(m, W - m, y - s * 0.8, width=0.6)
    p.text(m, y + 2, "Montant à payer", fam, s + 1, bold=True)
    p.text(W - m, y + 2, money(amount), fam, s + 1, bold=True, align="right")
    y += s * 3.5
    C.fine(p, m, y, W - 2 * m, "Prélèvement automatique à l'échéance si vous avez choisi ce mode de paiement. En cas "
           "de retard, des pénalités peuvent s'appliquer. Service clients du lundi au vendredi.", fam, s - 1.5)
    return p
