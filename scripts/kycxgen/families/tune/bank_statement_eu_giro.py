"""Continental giro account statements in EUR: a German or Austrian
Kontoauszug (Buchungstag / Valuta / Vorgang / Betrag, debits with a trailing
minus or S/H marks or in Soll/Haben columns, "Alter/Neuer Kontostand"), a Dutch
rekeningafschrift (Datum / Omschrijving / Af / Bij, begin- and eindsaldo) and
an English-labelled European statement (Booking date / Value date / Details /
Debit / Credit), all with decimal commas and dotted or dashed day-first dates."""

DOC_TYPE = "bank_statement"
NAME = "eu_giro"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A German, Austrian or Dutch bank's giro account statement in EUR (A4) with German, Dutch or "
               "English labels, booking and value dates, decimal commas and S/H or trailing-minus debit marks.")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import address_lines, eu_address
from ...companies import BILLERS, EMPLOYERS, MERCHANTS
from ...doctypes import GenContext
from ...doctypes.page_common import wrap
from ...layout import A4, Document, Page
from ...people import random_person
from ...textfmt import canon_money
from . import _tune_common as C

BANKS = {"DE": ["Sparkasse Lindenhain", "Genossenschaftsbank Talheide eG", "Nordhafen Bank AG",
                "Stadtsparkasse Ellertal", "Raiffeisenbank Moorwiesen eG"],
         "AT": ["Raiffeisenbank Kogelsee", "Alpenland Sparkasse", "Drauwald Bank AG"],
         "NL": ["Van Houten Bank N.V.", "Polderbank", "Dijkstra & Zonen Bankiers"]}

L = {
    "de": {"title": "Kontoauszug", "booking": "Buchungstag", "value": "Valuta", "desc": "Vorgang / Buchungstext",
           "amount": "Betrag", "debit": "Soll", "credit": "Haben", "balance": "Saldo",
           "old": "Alter Kontostand", "new": "Neuer Kontostand", "holder": "Kontoinhaber", "account": "Konto-Nr.",
           "period": "Zeitraum", "currency": "Währung", "sheet": "Blatt", "sum": "Summe"},
    "nl": {"title": "Rekeningafschrift", "booking": "Datum", "value": "Rentedatum", "desc": "Omschrijving",
           "amount": "Bedrag", "debit": "Af", "credit": "Bij", "balance": "Saldo",
           "old": "Beginsaldo", "new": "Eindsaldo", "holder": "Rekeninghouder", "account": "Rekeningnummer",
           "period": "Periode", "currency": "Valuta", "sheet": "Blad", "sum": "Totaal"},
    "en": {"title": "Account statement", "booking": "Booking date", "value": "Value date", "desc": "Details",
           "amount": "Amount", "debit": "Debit", "credit": "Credit", "balance": "Balance",
           "old": "Opening balance", "new": "Closing balance", "holder": "Account holder", "account": "Account no.",
           "period": "Period", "currency": "Currency", "sheet": "Sheet", "sum": "Total"},
}


def _desc(rng, row, lang, who):
    merchant, biller, emp = rng.choice(MERCHANTS).title(), rng.choice(BILLERS).title(), rng.choice(EMPLOYERS)
    ref = C.ref_code(rng, 10, "0123456789")
    mandate = f"{C.ref_code(rng, 3, 'ABCDEFGHKLMNPRSTUVWXYZ')}{C.ref_code(rng, 8, '0123456789')}"
    k = row.kind
    if lang == "de":
        return {
            "salary": f"Gehalt/Rente {emp} Lohn/Gehalt {row.date:%m}/{row.date:%Y}",
            "credit": f"Gutschrift {who} {rng.choice(['Miete Anteil', 'Rückzahlung', 'Geschenk'])}",
            "refund": f"Gutschrift {merchant} Erstattung {ref}",
            "interest": "Abschluss Habenzinsen",
            "card": f"Kartenzahlung {merchant} {row.date:%d.%m} {rng.randint(10, 23)}:{rng.randint(0, 59):02d} girocard",
            "cash": f"Bargeldauszahlung GA {rng.randint(1000, 9999)} {row.date:%d.%m} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}",
            "bill": f"Lastschrift {biller} Mandat {mandate} Kd-Nr. {ref}",
            "transfer": f"{rng.choice(['Überweisung', 'Dauerauftrag'])} {who} {rng.choice(['Miete', 'Taschengeld', 'Sparplan', 'Darlehen'])}",
            "fee": "Entgelt Kontoführung",
        }[k]
    if lang == "nl":
        return {
            "salary": f"SEPA Overboeking {emp} Salaris {C.MONTHS['nl'][row.date.month - 1]} {row.date.year}",
            "credit": f"SEPA Overboeking {who} Terugbetaling",
            "refund": f"Terugboeking {merchant} {ref}",
            "interest": "Rente",
            "card": f"Betaalautomaat {merchant} Pas {rng.randint(100, 999)}",
            "cash": f"Geldautomaat {rng.randint(1000, 9999)} Pas {rng.randint(100, 999)}",
            "bill": f"SEPA Incasso {biller} Machtiging {mandate}",
            "transfer": f"SEPA Overboeking {who} {rng.choice(['Huur', 'Spaarrekening', 'Lening'])}",
            "fee": "Kosten betaalpakket",
        }[k]
    return {
        "salary": f"SEPA credit transfer {emp} Salary {row.date:%m/%Y}",
        "credit": f"SEPA credit transfer {who} Repayment",
        "refund": f"Card refund {merchant} {ref}",
        "interest": "Credit interest",
        "card": f"Card payment {merchant} {row.date:%d.%m}",
        "cash": f"ATM withdrawal {rng.randint(1000, 9999)} {row.date:%d.%m}",
        "bill": f"SEPA direct debit {biller} Mandate {mandate}",
        "transfer": f"SEPA transfer {who} {rng.choice(['Rent', 'Savings', 'Loan'])}",
        "fee": "Account maintenance fee",
    }[k]


def generate(rng: random.Random, ctx: GenContext) -> Document:
    variant = rng.choice(["de", "de", "at", "nl", "en"])
    lang = {"at": "de"}.get(variant, variant)
    country = {"de": "DE", "at": "AT", "nl": "NL", "en": rng.choice(["DE", "AT", "NL"])}[variant]
    ids = {"DE": C.de_bank, "AT": C.at_bank, "NL": C.nl_bank}[country](rng)
    person = random_person(rng, ctx.reference_date, min_age=19)
    addr = eu_address(rng, country)
    bank = rng.choice(BANKS[country])
    start, end = C.month_period(rng, ctx.reference_date, calendar_share=0.8)
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Mono", "Liberation Mono",
                         "DejaVu Sans Condensed", "Liberation Serif"])
    sign = rng.choice(["trail", "sh", "columns"] if lang == "de" else ["columns", "minus"] if lang == "nl"
                      else ["columns", "minus", "trail"])
    style = {
        "lang": lang, "sign": sign, "row_balance": rng.random() < 0.3,
        "row_date": {"de": rng.choice(["dm_dot", "dmy_dot"]), "nl": rng.choice(["dmy_dash", "nl_d_mon_y", "dm"]),
                     "en": rng.choice(["dmy_dot", "dmy", "d_mon_y"])}[lang],
        "period": {"de": "dmy_dot", "nl": rng.choice(["dmy_dash", "nl_d_month_y"]), "en": rng.choice(["dmy_dot", "d_month_y"])}[lang],
        "value_col": lang != "nl" or rng.random() < 0.4, "sums": rng.random() < 0.6,
        "color": rng.choice([(200, 0, 0), (0, 60, 130), (0, 110, 60), (240, 120, 0), (30, 30, 30)]),
        "mono": "Mono" in family, "overdraft": lang == "de" and rng.random() < 0.2,
        "salutation": rng.random() < 0.7,
        # English-labelled statements of private banks also group with spaces or apostrophes
        "grouping": rng.choice([(".", ","), (" ", ","), ("'", ".")]) if lang == "en" else (".", ","),
    }
    count = rng.randint(8, 12) if ctx.single_page else rng.randint(10, 36)
    rows = C.make_rows(rng, start, end, count, {"credit": 6, "refund": 2, "card": 34, "cash": 8, "bill": 22,
                                                 "transfer": 12, "fee": 2, "interest": 1})
    people = [f"{p.given_names[0]} {p.surname}" for p in (random_person(rng, ctx.reference_date) for _ in range(3))]
    for r in rows:
        r.desc = _desc(rng, r, lang, rng.choice(people))
        r.value_date = r.date + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2])) if r.amount < 0 else r.date
    floor = Decimal(-rng.choice([500, 1500, 2500])) if style["overdraft"] else Decimal(0)
    opening = C.opening_for(rng, rows, 100, 6000, floor=floor)
    style["number"] = end.month
    fx = {"bank": bank, "person": person, "ids": ids, "start": start, "end": end, "opening": opening, "addr": addr,
          "country": country, "bank_addr": eu_address(rng, country)}
    pages, fields = C.fit_rows(lambda rs: _build(rng.getstate(), rs, fx, style, family), rows, ctx.single_page)
    return Document("bank_statement", fields, pages, f"bank_statement/{NAME}_{variant}", family,
                    meta={"region": country, "language": lang, "unsigned_rows": sign == "columns"})


def _build(state, rows, fx, style, family):
    rng = random.Random()
    rng.setstate(state)
    W, H = A4
    m = 48.0
    lang = style["lang"]
    t = L[lang]
    size = 7.4 if style["mono"] else 8.2
    col = style["color"]
    base = C.Money(thousands=style["grouping"][0], decimal=style["grouping"][1])
    signed = {"trail": base.with_(neg="trail"), "sh": base.with_(neg="suffix", neg_suffix=" S", pos_suffix=" H"),
              "columns": base, "minus": base}[style["sign"]]
    bal_money = signed if style["sign"] != "columns" else base
    bal = C.running(fx["opening"], rows)
    closing = bal[-1]
    credits, debits = C.totals(rows)
    person = fx["person"]
    holder = person.full_name
    ids = fx["ids"]
    fields = {"bank_name": fx["bank"], "account_holder_name": holder, "account_number": ids["account_number"],
              "iban": ids["iban"], "statement_period_start": fx["start"].isoformat(),
              "statement_period_end": fx["end"].isoformat(), "currency": "EUR",
              "opening_balance": canon_money(fx["opening"]), "closing_balance": canon_money(closing),
              "transactions": [C.tx_truth(r, b if style["row_balance"] else None) for r, b in zip(rows, bal)]}
    if style["sums"]:
        fields.update(total_credits=canon_money(credits), total_debits=canon_money(debits))

    pages = [Page(W, H)]
    page = pages[0]
    # bank header on the right, as German statements put it
    page.rect(W - m - 30, m - 8, 30, 30, stroke=None, fill=col)
    page.text(W - m - 15, m + 12, fx["bank"][0], family, 18, bold=True, color=(255, 255, 255), align="center")
    page.text(W - m - 38, m + 6, fx["bank"], family, size + 4, bold=True, align="right", field="bank_name")
    page.text(W - m - 38, m + 18, ", ".join(line for line, _ in address_lines(fx["bank_addr"])), family, size - 1.5,
              align="right", color=(90, 90, 90))
    # address window with sender line
    y = m + 70
    page.text(m, y - 14, f"{fx['bank']} · {address_lines(fx['bank_addr'])[0][0]}", family, 5.8, color=(90, 90, 90))
    page.hline(m, m + 200, y - 11, width=0.3, color=(150, 150, 150))
    sal = {"de": {"M": "Herrn", "F": "Frau"}, "nl": {"M": "Dhr.", "F": "Mevr."}, "en": {"M": "Mr", "F": "Ms"}}[lang]
    prefix = sal.get(person.sex, "") + " " if style["salutation"] and person.sex in sal else ""
    text = prefix + holder
    page.text(m, y, text, family, size + 1.2, marks={"account_holder_name": (len(prefix), len(text))})
    C.address_block(page, m, y + (size + 1.2) * 1.3, fx["addr"], family, size + 1.2)
    # statement block
    s_txt, e_txt = C.fdate(fx["start"], style["period"]), C.fdate(fx["end"], style["period"])
    period = f"{s_txt} - {e_txt}" if lang != "nl" else f"{s_txt} t/m {e_txt}"
    iban_print = " ".join(ids["iban"][i:i + 4] for i in range(0, len(ids["iban"]), 4))
    items = [(t["title"], f"{style['number']}/{fx['end'].year}", None),
             (t["period"], period, "period"),
             (t["account"], ids["account_number"], "account_number"),
             ("IBAN", iban_print, "iban"), ("BIC", C.bic(rng, fx["country"]), None),
             (t["currency"], "EUR", "currency")]
    bx = W * 0.55
    yy = m + 62
    lw = max(C.width(label, family, size - 0.5) for label, _, _ in items) + 10
    for label, value, key in items:
        page.text(bx, yy, label, family, size - 0.5, color=(70, 70, 70))
        marks = {key: (0, len(value))} if key and key != "period" else None
        if key == "period":
            marks = {"statement_period_start": (0, len(s_txt)),
                     "statement_period_end": (len(value) - len(e_txt), len(value))}
        page.text(bx + lw, yy, value, family, C.fit(value, family, size, W - m - bx - lw), bold=key is not None,
                  marks=marks)
        yy += size * 1.6
    y = max(y + 64, yy + 16)
    title = f"{t['title']} {style['number']}/{fx['end'].year}"
    page.text(m, y, title, family, size + 4, bold=True)
    y += size * 2.2

    # table
    right = W - m
    cols = {"date": m}
    widest = max(C.width(C.fdate(day, style["row_date"]), family, size)
                 for r in rows for day in (r.date, r.value_date))
    dw = max(C.width(t["booking"], family, size, True), widest) + 10
    vw = max(C.width(t["value"], family, size, True), widest) + 12
    cols["value"] = m + dw if style["value_col"] else None
    cols["desc"] = m + dw + (vw if style["value_col"] else 0)
    if style["sign"] == "columns":
        cols["debit"], cols["credit"] = right - (150 if style["row_balance"] else 80), right - (75 if style["row_balance"] else 0)
    else:
        cols["amount"] = right - (85 if style["row_balance"] else 0)
    cols["balance"] = right if style["row_balance"] else None
    first_num = min(v for k, v in cols.items() if k in ("debit", "amount") and v is not None)
    desc_w = first_num - 70 - cols["desc"]
    lead = size * 1.3

    def header(p, y):
        p.hline(m, right, y - size - 2, width=0.8)
        p.text(cols["date"], y, t["booking"], family, size, bold=True)
        if cols["value"]:
            p.text(cols["value"], y, t["value"], family, size, bold=True)
        p.text(cols["desc"], y, t["desc"], family, size, bold=True)
        if style["sign"] == "columns":
            p.text(cols["debit"], y, f"{t['debit']} EUR", family, size, bold=True, align="right")
            p.text(cols["credit"], y, f"{t['credit']} EUR", family, size, bold=True, align="right")
        else:
            p.text(cols["amount"], y, f"{t['amount']} EUR", family, size, bold=True, align="right")
        if cols["balance"]:
            p.text(cols["balance"], y, t["balance"], family, size, bold=True, align="right")
        p.hline(m, right, y + 4, width=0.5)
        return y + size * 2

    def on_new(p):
        p.text(m, m + 6, f"{fx['bank']} — {title}", family, size, bold=True)
        p.text(right, m + 6, f"IBAN {iban_print}", family, size, align="right")
        return header(p, m + 30)

    flow = C.Flow(pages, (W, H), H - m - 40, on_new, header(page, y))
    page = flow.page
    day_before = fx["start"] - dt.timedelta(days=1)
    old_label = f"{t['old']} {'vom' if lang == 'de' else 'per' if lang == 'nl' else 'on'} {C.fdate(day_before, 'dmy_dot')}"
    page.text(cols["desc"], flow.y, old_label, family, size, bold=True)
    page.text(cols["balance"] or cols.get("amount") or cols["credit"], flow.y, bal_money.fmt(fx["opening"]), family,
              size, bold=True, align="right", field="opening_balance")
    flow.y += lead * 1.6
    for i, (r, b) in enumerate(zip(rows, bal)):
        lines = wrap(r.desc, family, size, desc_w)
        h = lead * len(lines) + size * 0.6
        flow.need(h)
        p, y = flow.page, flow.y
        key = {f"transactions[{i}]": (0, 10 ** 6)}
        p.text(cols["date"], y, C.fdate(r.date, style["row_date"]), family, size, marks=key)
        if cols["value"]:
            p.text(cols["value"], y, C.fdate(r.value_date, style["row_date"]), family, size, color=(70, 70, 70))
        for n, line in enumerate(lines):
            p.text(cols["desc"], y + n * lead, line, family, size, marks=key)
        if style["sign"] == "columns":
            p.text(cols["credit"] if r.amount > 0 else cols["debit"], y, base.mag(r.amount), family, size,
                   align="right", marks=key)
        else:
            p.text(cols["amount"], y, signed.fmt(r.amount), family, size, align="right", marks=key)
        if cols["balance"]:
            p.text(cols["balance"], y, bal_money.fmt(b), family, size, align="right", marks=key)
        flow.y += h
    flow.need(lead * 5)
    p, y = flow.page, flow.y
    p.hline(m, right, y - size, width=0.5)
    if style["sums"]:
        if style["sign"] == "columns":
            p.text(cols["desc"], y + 2, t["sum"], family, size, bold=True)
            p.text(cols["debit"], y + 2, base.mag(debits), family, size, bold=True, align="right",
                   field="total_debits")
            p.text(cols["credit"], y + 2, base.mag(credits), family, size, bold=True, align="right",
                   field="total_credits")
            y += lead
        else:
            for label, value, key in ((f"{t['sum']} {t['debit']}", -debits, "total_debits"),
                                      (f"{t['sum']} {t['credit']}", credits, "total_credits")):
                text = signed.fmt(value)
                marks = {key: (0, len(text))}
                if style["sign"] == "trail" and text.endswith("-"):
                    marks = {key: (0, len(text) - 1)}
                if style["sign"] == "minus" and text.startswith("-"):
                    marks = {key: (1, len(text))}
                p.text(cols["desc"], y + 2, label, family, size, bold=True)
                p.text(cols["amount"], y + 2, text, family, size, bold=True, align="right", marks=marks)
                y += lead
    new_label = f"{t['new']} {'vom' if lang == 'de' else 'per' if lang == 'nl' else 'on'} {C.fdate(fx['end'], 'dmy_dot')}"
    p.text(cols["desc"], y + 4, new_label, family, size, bold=True)
    p.text(cols["balance"] or cols.get("amount") or cols["credit"], y + 4, bal_money.fmt(closing), family, size,
           bold=True, align="right", field="closing_balance")
    p.hline(m, right, y + 8, width=0.8)
    flow.y = y + lead * 3
    notes = {"de": "Bitte prüfen Sie die Buchungen. Einwendungen gegen diesen Rechnungsabschluss sind innerhalb von "
                   "sechs Wochen nach Zugang zu erheben. Guthaben sind im Rahmen der gesetzlichen Einlagensicherung "
                   "geschützt." + (" S = Soll, H = Haben." if style["sign"] == "sh" else ""),
             "nl": "Controleer dit afschrift. Vragen over een boeking? Neem binnen 30 dagen contact met ons op. "
                   "Uw tegoeden vallen onder het depositogarantiestelsel.",
             "en": "Please check the entries on this statement and notify us of any discrepancy within six weeks. "
                   "Balances are protected under the statutory deposit guarantee scheme."}[lang]
    if flow.y + 40 < flow.bottom:
        from ...doctypes.page_common import fine_print
        fine_print(flow.page, m, flow.y, W - 2 * m, notes, family, size - 1.5)
    n = len(pages)
    for i, pg in enumerate(pages, start=1):
        pg.text(right, H - m + 8, f"{t['sheet']} {i}/{n}", family, size - 1, align="right", color=(80, 80, 80))
    return pages, fields
