"""A euro-area current account statement in the bank's own language: a German
or Austrian "Kontoauszug" (Buchungstag/Wert/Verwendungszweck, one amount column
with a trailing sign, "Alter/Neuer Kontostand", dates "03.04." without a year)
or a French "Relevé de compte" (Débit/Crédit columns, "1 234,56", "Ancien /
Nouveau solde", "Total des opérations"). SEPA booking texts run over several
lines (type, counterparty, purpose)."""

DOC_TYPE = "bank_statement"
NAME = "eu_sepa"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A German/Austrian Kontoauszug or French relevé de compte in EUR with decimal-comma amounts, "
               "multi-line SEPA booking texts and year-less row dates.")

import random
from decimal import Decimal

from ...addresses import address_lines, eu_address
from ... import fonts
from ...checksums import french_rib_key, iban_from_bban, iban_grouped
from ...layout import A4, Document, Page
from ...people import random_person
from . import _common as C

WEIGHTS = {"card": 26, "grocery": 12, "bill": 18, "atm": 7, "transfer_out": 8, "transfer_in": 7, "rent": 3,
           "online": 6, "refund": 2, "fee": 2}

TYPES = {
    "de": {"salary": "Gutschrift Lohn/Gehalt", "transfer_in": "Gutschrift Überweisung", "refund": "Gutschrift",
           "card": "Kartenzahlung", "grocery": "Kartenzahlung girocard", "bill": "Lastschrift (SEPA)",
           "atm": "Bargeldauszahlung GAA", "transfer_out": "Überweisung online", "rent": "Dauerauftrag",
           "online": "Lastschrift (SEPA)", "fee": "Entgelt Kontoführung"},
    "fr": {"salary": "VIR SEPA RECU SALAIRE", "transfer_in": "VIR SEPA RECU", "refund": "REMBOURSEMENT CB",
           "card": "PAIEMENT CB", "grocery": "PAIEMENT CB", "bill": "PRLV SEPA", "atm": "RETRAIT DAB",
           "transfer_out": "VIR SEPA EMIS", "rent": "VIR PERMANENT", "online": "PRLV SEPA",
           "fee": "FRAIS TENUE DE COMPTE"},
}
LBL = {
    "de": {"title": "Kontoauszug", "holder": "Kontoinhaber", "account": "Kontonummer", "period": "Zeitraum",
           "from_to": ("vom ", " bis "), "date": "Buchungstag", "value": "Wert", "desc": "Verwendungszweck / Buchungstext",
           "amount": "Betrag", "opening": "Alter Kontostand", "closing": "Neuer Kontostand", "cur": "Währung",
           "sum_debit": "Summe Soll", "sum_credit": "Summe Haben", "sheet": "Auszug Nr.", "page": "Blatt {i} von {n}",
           "cont": "Fortsetzung"},
    "fr": {"title": "Relevé de compte", "holder": "Titulaire", "account": "N° de compte", "period": "Période",
           "from_to": ("du ", " au "), "date": "Date", "value": "Valeur", "desc": "Nature des opérations",
           "debit": "Débit", "credit": "Crédit", "opening": "Ancien solde créditeur au",
           "closing": "Nouveau solde créditeur au", "cur": "Devise", "total": "Total des opérations",
           "sheet": "Relevé n°", "page": "Page {i} / {n}", "cont": "suite"},
}


def _describe(rng, t, lang, others, city):
    k = t.kind
    head = TYPES[lang][k]
    ref = C.ref_code(rng, 10)
    if k == "salary":
        cp = rng.choice(["Rheintal Logistik GmbH", "Bäckerei Sonnenschein KG", "Klinikum Lindental gGmbH",
                         "Softwarehaus Nordlicht AG"] if lang == "de" else
                        ["Transports Morel SARL", "Clinique des Tilleuls SA", "Boulangeries Vasseur SAS",
                         "Mairie de Sauvigny"])
        purpose = ("LOHN/GEHALT " if lang == "de" else "SALAIRE ") + f"{t.day:%m}/{t.day:%Y}"
    elif k in ("transfer_in", "transfer_out"):
        cp = rng.choice(others)
        purpose = rng.choice(["Danke", "Geschenk", "Anteil Urlaub", "Rückzahlung"] if lang == "de"
                             else ["Remboursement", "Cadeau", "Part vacances", "Loyer parking"])
    elif k in ("card", "grocery", "refund"):
        cp = f"{rng.choice(C.MERCHANTS_EU)} {city.upper()}"
        purpose = f"{t.day:%d.%m} {rng.randint(10, 21)}:{rng.randint(10, 59)} KUNDENKARTE" if lang == "de" \
            else f"CARTE X{rng.randint(1000, 9999)} {t.day:%d/%m}"
    elif k in ("bill", "online"):
        cp = rng.choice(C.BILLERS_EU)
        purpose = f"MREF: {ref} EREF: {C.ref_code(rng, 8)}" if lang == "de" else f"ECH/{t.day:%d%m%y} ID EMETTEUR/FR{C.ref_code(rng, 9)} REF/{ref}"
    elif k == "rent":
        cp = rng.choice(others)
        purpose = ("Miete " if lang == "de" else "Loyer ") + (C.MONTHS_DE if lang == "de" else C.MONTHS_FR)[t.day.month - 1]
    elif k == "atm":
        cp = f"{city.upper()} {C.ref_code(rng, 4, '0123456789')}"
        purpose = ""
    else:
        cp, purpose = "", ""
    t.extra = {"lines": [x for x in (head, cp, purpose) if x]}
    t.desc = " ".join(t.extra["lines"])


def _ids(rng, country):
    if country == "DE":
        account = f"{rng.randint(10 ** 9, 10 ** 10 - 1)}"
        return account, iban_from_bban("DE", f"{rng.randint(10000000, 89999999)}" + account)
    if country == "AT":
        account = f"{rng.randint(10 ** 10, 10 ** 11 - 1)}"
        return account, iban_from_bban("AT", f"{rng.randint(10000, 99999)}" + account)
    bank, branch, account = f"{rng.randint(10000, 39999)}", f"{rng.randint(0, 99999):05d}", f"{rng.randint(0, 10 ** 11 - 1):011d}"
    return account, iban_from_bban("FR", bank + branch + account + french_rib_key(bank, branch, account))


def generate(rng: random.Random, ctx) -> Document:
    country = rng.choice(["DE", "DE", "AT", "FR", "FR"])
    lang = "fr" if country == "FR" else "de"
    bank = rng.choice(C.EU_BANKS[country])
    person = random_person(rng, ctx.reference_date, min_age=19)
    addr = eu_address(rng, country)
    bank_addr = eu_address(rng, country)
    start, end = C.month_period(rng, ctx.reference_date, aligned=0.8)
    account, iban = _ids(rng, country)
    count = rng.randint(8, 11 if ctx.single_page else 34)
    others = [f"{p.given_names[0]} {p.surname}" for p in (random_person(rng, ctx.reference_date) for _ in range(3))]
    opening, rows = C.activity(rng, start, end, count, WEIGHTS, opening=(200, 6000))
    for t in rows:
        _describe(rng, t, lang, others, addr.city)
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Serif",
                         "DejaVu Sans Mono"])
    st = {"family": family, "lang": lang, "country": country,
          "size": (rng.uniform(7.4, 8.4) if "Mono" not in family else 7.0) - (0.4 if ctx.single_page else 0),
          "money": C.Money(thou=".", dec=",") if lang == "de" else C.Money(thou=" ", dec=","),
          "color": rng.choice([(200, 0, 0), (0, 70, 140), (0, 100, 60), (40, 40, 40), (0, 120, 170)]),
          "sums": rng.random() < 0.5 if lang == "de" else True, "sheet": end.month,
          "grouped_iban": rng.random() < 0.8, "upper": rng.random() < 0.3}
    name = person.full_name.upper() if st["upper"] else person.full_name
    n = len(rows)
    while True:
        used = rows[:n]
        for t in used:
            t.show_balance = False
        closing = used[-1].balance
        fields = {"bank_name": bank, "account_holder_name": name, "account_number": account, "iban": iban,
                  "statement_period_start": start.isoformat(), "statement_period_end": end.isoformat(),
                  "currency": "EUR", "opening_balance": C.canon(opening), "closing_balance": C.canon(closing),
                  "transactions": C.txn_truth(used)}
        if st["sums"]:
            fields["total_credits"] = C.canon(sum((t.amount for t in used if t.amount > 0), Decimal(0)))
            fields["total_debits"] = C.canon(-sum((t.amount for t in used if t.amount < 0), Decimal(0)))
        pages = _draw(fields, st, used, opening, closing, addr, bank_addr, start, end)
        if not ctx.single_page or len(pages) == 1 or n <= 8:
            break
        n -= 1
    assert not ctx.single_page or len(pages) == 1
    return Document("bank_statement", fields, pages, f"bank_statement/eu_sepa/{lang}", family,
                    meta={"region": country})


def _draw(f, st, rows, opening, closing, addr, bank_addr, start, end) -> list:
    W, H = A4
    m = 40.0
    fam, s, col, lang = st["family"], st["size"], st["color"], st["lang"]
    L = LBL[lang]
    money = st["money"]
    p = Page(W, H)
    pages = [p]
    p.text(W - m, m + 12, f["bank_name"], fam, s + 6, bold=True, color=col, align="right", field="bank_name")
    bl = address_lines(bank_addr)
    p.text(W - m, m + 24, f"{bl[0][0]} · {bl[1][0]}", fam, s - 1, color=C.GREY, align="right")
    p.rect(m, m - 4, 22, 22, stroke=None, fill=col)
    p.rect(m + 26, m - 4, 8, 22, stroke=None, fill=col)
    # sender line and window address (DIN 5008-like)
    y = m + 82
    p.text(m, y - 16, f"{f['bank_name']} · {bl[0][0]} · {bl[1][0]}", fam, s - 2, color=C.GREY)
    p.hline(m, m + 240, y - 12, width=0.3, color=C.GREY)
    p.text(m, y, f["account_holder_name"], fam, s + 1.5, field="account_holder_name")
    y = C.address_block(p, m, y + (s + 1.5) * 1.3, address_lines(addr), fam, s + 1.5)
    # info block on the right
    ix = W * 0.58
    a, b = L["from_to"]
    s_txt, e_txt = C.fdate(start, "dot" if lang == "de" else "dmy"), C.fdate(end, "dot" if lang == "de" else "dmy")
    period = f"{a}{s_txt}{b}{e_txt}"
    iban_txt = iban_grouped(f["iban"]) if st["grouped_iban"] else f["iban"]
    info = [(L["sheet"], f"{st['sheet']}/{end.year}", None, None),
            (L["period"], period, None, {"statement_period_start": (len(a), len(a) + len(s_txt)),
                                         "statement_period_end": (len(period) - len(e_txt), len(period))}),
            (L["account"], f["account_number"], "account_number", None),
            ("IBAN", iban_txt, "iban", None),
            (L["cur"], "EUR", "currency", None)]
    yy = m + 72
    for label, value, field, marks in info:
        p.text(ix, yy, label, fam, s - 0.5, color=C.GREY)
        p.text(ix + 74, yy, value, fam, fonts.fit_size(value, fam, s, W - m - ix - 74), field=field, marks=marks)
        yy += s * 1.55
    y = max(y, yy) + 20
    p.text(m, y, L["title"], fam, s + 5, bold=True)
    y += s * 2.4

    def signed(v):
        return f"{money.bare(v)} {'-' if v < 0 else '+'}"

    if lang == "de":
        c_date, c_val, c_desc, c_amt = m, m + 66, m + 112, W - m
        desc_w = c_amt - c_desc - 70
    else:
        c_date, c_desc, c_val, c_deb, c_cre = m, m + 44, W - m - 175, W - m - 80, W - m
        desc_w = c_val - c_desc - 40

    def head(pg, yy):
        pg.hline(m, W - m, yy - s - 3, width=1.0, color=col)
        pg.text(c_date, yy, L["date"], fam, s, bold=True)
        pg.text(c_desc, yy, L["desc"], fam, s, bold=True)
        if lang == "de":
            pg.text(c_val, yy, L["value"], fam, s, bold=True)
            pg.text(c_amt, yy, f"{L['amount']} (EUR)", fam, s, bold=True, align="right")
        else:
            pg.text(c_val, yy, L["value"], fam, s, bold=True)
            pg.text(c_deb, yy, L["debit"], fam, s, bold=True, align="right")
            pg.text(c_cre, yy, L["credit"], fam, s, bold=True, align="right")
        pg.hline(m, W - m, yy + 4, width=0.5, color=col)
        return yy + s * 1.9

    def new_page(pgs):
        pg = Page(W, H)
        pgs.append(pg)
        pg.text(m, m + 8, f"{f['bank_name']} · {L['title']} {st['sheet']}/{end.year} · IBAN {iban_txt}", fam, s - 0.5)
        pg.text(m, m + 8 + s * 1.5, f"{f['account_holder_name']} · {L['cont']}", fam, s - 0.5, color=C.GREY)
        return head(pg, m + 40)

    y = head(p, y)
    flow = C.Flow(pages, y, H - m - 40, new_page)
    od = C.fdate(start, "dot" if lang == "de" else "dmy")
    flow.page.text(c_desc, flow.y, f"{L['opening']} {od}" if lang == "fr" else L["opening"], fam, s, bold=True)
    if lang == "de":
        flow.page.text(c_amt, flow.y, signed(opening), fam, s, bold=True, align="right", field="opening_balance")
    else:
        flow.page.text(c_cre, flow.y, money(opening), fam, s, bold=True, align="right", field="opening_balance")
    flow.y += s * 1.9
    lead = s * 1.18
    for i, t in enumerate(rows):
        lines = []
        for part in t.extra["lines"]:
            lines += C.wrap_lines(part, fam, s, desc_w)
        h = lead * len(lines) + s * 0.6
        flow.need(h)
        pg, yy = flow.page, flow.y
        mk = {f"transactions[{i}]": (0, 10 ** 6)}
        pg.text(c_date, yy, C.fdate(t.day, "dot_short" if lang == "de" else "dm"), fam, s, marks=mk)
        for k, line in enumerate(lines):
            pg.text(c_desc, yy + k * lead, line, fam, s, marks=mk, bold=(k == 0 and lang == "de"))
        pg.text(c_val, yy, C.fdate(t.day, "dot_short" if lang == "de" else "dm"), fam, s, color=(70, 70, 70))
        if lang == "de":
            pg.text(c_amt, yy, signed(t.amount), fam, s, align="right", marks=mk)
        else:
            pg.text(c_deb if t.amount < 0 else c_cre, yy, money.bare(t.amount), fam, s, align="right", marks=mk)
        flow.y += h
    flow.need(s * 6)
    pg = flow.page
    pg.hline(m, W - m, flow.y - s * 0.6, width=0.5, color=col)
    yy = flow.y + s * 0.8
    if lang == "de":
        if "total_credits" in f:
            pg.text(c_desc, yy, L["sum_debit"], fam, s)
            pg.text(c_amt, yy, money.bare(Decimal(f["total_debits"])) + " -", fam, s, align="right", field="total_debits")
            yy += s * 1.5
            pg.text(c_desc, yy, L["sum_credit"], fam, s)
            pg.text(c_amt, yy, money.bare(Decimal(f["total_credits"])) + " +", fam, s, align="right",
                    field="total_credits")
            yy += s * 1.7
        pg.text(c_desc, yy, f"{L['closing']} am {C.fdate(end, 'dot')}", fam, s + 0.5, bold=True)
        pg.text(c_amt, yy, signed(closing), fam, s + 0.5, bold=True, align="right", field="closing_balance")
    else:
        pg.text(c_desc, yy, L["total"], fam, s, bold=True)
        pg.text(c_deb, yy, money.bare(Decimal(f["total_debits"])), fam, s, bold=True, align="right", field="total_debits")
        pg.text(c_cre, yy, money.bare(Decimal(f["total_credits"])), fam, s, bold=True, align="right",
                field="total_credits")
        yy += s * 1.7
        pg.text(c_desc, yy, f"{L['closing']} {C.fdate(end, 'dmy')}", fam, s + 0.5, bold=True)
        pg.text(c_cre, yy, money(closing), fam, s + 0.5, bold=True, align="right", field="closing_balance")
    yy += s * 3
    note = ("Bitte prüfen Sie diesen Auszug. Einwendungen sind innerhalb von sechs Wochen nach Zugang zu erheben. "
            "Guthaben sind im Rahmen der gesetzlichen Einlagensicherung geschützt." if lang == "de" else
            "Nous vous invitons à vérifier les opérations de ce relevé. Toute réclamation doit nous parvenir dans "
            "les meilleurs délais. Les dépôts sont couverts par la garantie des dépôts.")
    if yy + 30 < H - m - 30:
        C.fine(pg, m, yy, W - 2 * m, note, fam, s - 1.5)
    C.footer_pages(pages, fam, s - 1, L["page"], m)
    return pages
