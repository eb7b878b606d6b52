"""A Canadian bank's chequing account statement printed in English and French
(either language first): paired labels such as "Withdrawals ($) / Retraits ($)",
"Solde d'ouverture / Opening balance", a branch transit beside the account
number, CAD amounts in English (1,234.56) or French (1 234,56) notation, and
dates as "APR 03", "03 avr." or ISO."""

DOC_TYPE = "bank_statement"
NAME = "ca_bilingual"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A Canadian bank's bilingual English/French chequing statement (CAD, Retraits/Dépôts/Solde "
               "columns, English or French number and date forms).")

import random
from decimal import Decimal

from ...addresses import address_lines, ca_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C

WEIGHTS = {"card": 28, "grocery": 12, "fuel": 6, "bill": 15, "atm": 7, "transfer_in": 8, "transfer_out": 8,
           "online": 6, "cheque": 4, "fee": 2, "refund": 2, "benefit": 2}

LBL = {
    "title": ("Chequing Account Statement", "Relevé de compte-chèques"),
    "account": ("Account number", "Numéro de compte"),
    "transit": ("Branch transit", "Transit"),
    "period": ("Statement period", "Période du relevé"),
    "opening": ("Opening balance", "Solde d'ouverture"),
    "deposits": ("Total deposits", "Total des dépôts"),
    "withdrawals": ("Total withdrawals", "Total des retraits"),
    "closing": ("Closing balance", "Solde de clôture"),
    "date": ("Date", "Date"),
    "desc": ("Description", "Description"),
    "wd": ("Withdrawals ($)", "Retraits ($)"),
    "dep": ("Deposits ($)", "Dépôts ($)"),
    "bal": ("Balance ($)", "Solde ($)"),
    "currency": ("Currency", "Devise"),
    "summary": ("Account summary", "Sommaire du compte"),
    "details": ("Account activity", "Détail des opérations"),
    "cont": ("continued", "suite"),
}
DESC = {
    "salary": ("Payroll deposit", "Dépôt de paie"), "transfer_in": ("Interac e-Transfer received", "Virement Interac reçu"),
    "benefit": ("Federal payment CCB", "Paiement fédéral ACE"), "refund": ("POS refund", "Remboursement PDV"),
    "card": ("Point of sale - Interac", "Achat PDV - Interac"), "grocery": ("Point of sale - Interac", "Achat PDV - Interac"),
    "fuel": ("Point of sale - Interac", "Achat PDV - Interac"), "bill": ("Pre-authorized payment", "Paiement préautorisé"),
    "atm": ("ABM withdrawal", "Retrait au GA"), "transfer_out": ("Interac e-Transfer sent", "Virement Interac envoyé"),
    "online": ("Online bill payment", "Paiement de facture en ligne"), "cheque": ("Cheque", "Chèque"),
    "fee": ("Monthly plan fee", "Frais mensuels du forfait"),
}


def _describe(rng, t, lang, others, city, cheque):
    head = DESC[t.kind][0 if lang == "en" else 1]
    k = t.kind
    if k == "salary":
        tail = rng.choice(C.CA_EMPLOYERS).upper()
    elif k in ("transfer_in", "transfer_out"):
        tail = rng.choice(others)
    elif k in ("card", "grocery", "fuel", "refund"):
        tail = f"{rng.choice(C.MERCHANTS_CA)} {city.upper()}"
    elif k in ("bill", "online"):
        tail = rng.choice(C.BILLERS_CA)
    elif k == "atm":
        tail = f"{C.ref_code(rng, 4, '0123456789')} {city.upper()}"
    elif k == "cheque":
        tail = f"#{cheque}"
    elif k == "benefit":
        tail = ""
    else:
        tail = ""
    t.extra = {"lines": [head] + ([tail] if tail else [])}
    t.desc = " ".join(t.extra["lines"])


def generate(rng: random.Random, ctx) -> Document:
    en_name, fr_name = rng.choice(C.CA_BANKS)
    lang = rng.choice(["en", "en", "fr"])
    person = random_person(rng, ctx.reference_date, min_age=19)
    addr = ca_address(rng, "QC" if lang == "fr" and rng.random() < 0.7 else None)
    bank_addr = ca_address(rng, addr.region)
    start, end = C.month_period(rng, ctx.reference_date, aligned=0.55)
    transit = f"{rng.randint(0, 99999):05d}"
    account = rng.choice([f"{rng.randint(1000000, 9999999)}", f"{rng.randint(10, 99)}-{rng.randint(10000, 99999)}",
                          f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(1, 9)}"])
    count = rng.randint(8, 14 if ctx.single_page else 38)
    others = [f"{p.given_names[0]} {p.surname}".upper() for p in (random_person(rng, ctx.reference_date)
                                                                   for _ in range(3))]
    opening, rows = C.activity(rng, start, end, count, WEIGHTS, opening=(300, 7000))
    cheque = rng.randint(20, 400)
    for t in rows:
        _describe(rng, t, lang, others, addr.city, cheque)
        if t.kind == "cheque":
            cheque += 1
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "DejaVu Serif",
                         "Liberation Sans Narrow"])
    french_numbers = lang == "fr" and rng.random() < 0.75
    st = {"family": family, "lang": lang, "size": rng.uniform(7.4, 8.4) if not ctx.single_page else 7.3,
          "money": C.Money(thou=" ", dec=",") if french_numbers else C.Money(),
          "summary_money": (C.Money(thou=" ", dec=",", suffix=" $") if french_numbers else C.Money(prefix="$")),
          "row_date": rng.choice(["dd_monfr", "iso"] if lang == "fr" else ["MON_DD", "iso", "mon_d"]),
          "period_style": rng.choice(["long", "iso"]),
          "label_mode": rng.choice(["inline", "stacked"]),
          "color": rng.choice([(0, 80, 60), (180, 0, 30), (0, 60, 120), (60, 60, 60), (0, 110, 140)]),
          "upper": rng.random() < 0.6, "running": rng.random() < 0.75, "show_currency": rng.random() < 0.7}
    name = person.full_name.upper() if st["upper"] else person.full_name
    bank = en_name if lang == "en" else fr_name
    n = len(rows)
    while True:
        used = rows[:n]
        for t in used:
            t.show_balance = st["running"]
        closing = used[-1].balance
        fields = {"bank_name": bank, "account_holder_name": name, "account_number": account,
                  "statement_period_start": start.isoformat(), "statement_period_end": end.isoformat(),
                  "currency": "CAD", "opening_balance": C.canon(opening), "closing_balance": C.canon(closing),
                  "total_credits": C.canon(sum((t.amount for t in used if t.amount > 0), Decimal(0))),
                  "total_debits": C.canon(-sum((t.amount for t in used if t.amount < 0), Decimal(0))),
                  "transactions": C.txn_truth(used)}
        pages = _draw(fields, st, used, opening, closing, addr, bank_addr, start, end, transit,
                      fr_name if lang == "en" else en_name)
        if not ctx.single_page or len(pages) == 1 or n <= 8:
            break
        n -= 1
    assert not ctx.single_page or len(pages) == 1
    return Document("bank_statement", fields, pages, f"bank_statement/ca_bilingual/{lang}", family,
                    meta={"region": "CA"})


def _pair(key, lang):
    a, b = LBL[key]
    return (a, b) if lang == "en" else (b, a)


def _draw(f, st, rows, opening, closing, addr, bank_addr, start, end, transit, other_name) -> list:
    W, H = LETTER
    m = 38.0
    fam, s, col, lang = st["family"], st["size"], st["color"], st["lang"]
    money, sm = st["money"], st["summary_money"]
    p = Page(W, H)
    pages = [p]

    def label(pg, x, y, key, size=s, bold=True, align="left", color=(0, 0, 0)):
        first, second = _pair(key, lang)
        if st["label_mode"] == "inline" or first == second:
            txt = first if first == second else f"{first} / {second}"
            pg.text(x, y, txt, fam, size, bold=bold, align=align, color=color)
            return 0.0
        pg.text(x, y, first, fam, size, bold=bold, align=align, color=color)
        pg.text(x, y + size * 1.1, second, fam, size - 0.8, align=align, color=C.GREY)
        return size * 1.1

    C.monogram(p, m, 0, 30, col, C.initials(f["bank_name"]), "DejaVu Sans", "shield", baseline=m + 8)
    p.text(m + 38, m + 8, f["bank_name"], fam, s + 5.5, bold=True, color=col, field="bank_name")
    if other_name != f["bank_name"]:
        p.text(m + 38, m + 8 + s * 1.5, other_name, fam, s, color=col)
    t1, t2 = _pair("title", lang)
    p.text(W - m, m + 6, t1, fam, s + 2.5, bold=True, align="right")
    p.text(W - m, m + 6 + s * 1.4, t2, fam, s, align="right", color=C.GREY)
    # period
    if st["period_style"] == "iso":
        s_txt, e_txt = start.isoformat(), end.isoformat()
        period = f"{s_txt} - {e_txt}"
        other = None
    else:
        en = (f"From {C.fdate(start, 'month_d_y')} to ", C.fdate(end, "month_d_y"))
        fr = (f"Du {C.fdate(start, 'fr_long')} au ", C.fdate(end, "fr_long"))
        first, second = (en, fr) if lang == "en" else (fr, en)
        s_txt = (C.fdate(start, "month_d_y") if lang == "en" else C.fdate(start, "fr_long"))
        e_txt = first[1]
        period = first[0] + first[1]
        other = second[0] + second[1]
    p0 = period.index(s_txt)
    y0 = m + 6 + s * 3.8
    p.text(W - m, y0, period, fam, s, align="right",
           marks={"statement_period_start": (p0, p0 + len(s_txt)),
                  "statement_period_end": (len(period) - len(e_txt), len(period))})
    if other:
        p.text(W - m, y0 + s * 1.3, other, fam, s - 0.5, align="right", color=C.GREY)
    # holder
    y = m + 78
    p.text(m + 12, y, f["account_holder_name"], fam, s + 1.5, field="account_holder_name")
    y = C.address_block(p, m + 12, y + (s + 1.5) * 1.3, address_lines(addr), fam, s + 1.5)
    # account box
    bx, bw = W - m - 280, 280
    by = m + 62
    info = [("transit", transit, None), ("account", f["account_number"], "account_number")]
    if st["show_currency"]:
        info.append(("currency", "CAD", "currency"))
    yy = by + s + 6
    p.rect(bx, by, bw, len(info) * s * (2.6 if st["label_mode"] == "stacked" else 1.7) + 8, stroke=col, width=0.7)
    for key, value, field in info:
        extra = label(p, bx + 8, yy, key)
        p.text(bx + bw - 8, yy, value, fam, s, bold=True, align="right", field=field)
        yy += s * 1.7 + extra
    y = max(y, yy) + 18
    # summary
    label(p, m, y, "summary", size=s + 2, color=col)
    p.hline(m, W - m, y + 4 + (s * 1.2 if st["label_mode"] == "stacked" else 0), width=0.8, color=col)
    y += s * 2.2 + (s * 1.2 if st["label_mode"] == "stacked" else 0)
    for key, value, field in (("opening", opening, "opening_balance"),
                              ("deposits", Decimal(f["total_credits"]), "total_credits"),
                              ("withdrawals", Decimal(f["total_debits"]), "total_debits"),
                              ("closing", closing, "closing_balance")):
        extra = label(p, m + 6, y, key, bold=key in ("opening", "closing"))
        p.text(m + 330, y, sm(value), fam, s, bold=True, align="right", field=field)
        y += s * 1.6 + extra
    y += s * 1.2
    # activity
    c_date, c_desc = m + 2, m + 62
    c_wd, c_dep, c_bal = W - m - 170, W - m - 90, W - m - 2
    desc_w = c_wd - c_desc - 62

    def head(pg, yy, cont=False):
        t1, t2 = _pair("details", lang)
        title = t1 if st["label_mode"] == "stacked" else f"{t1} / {t2}"
        if cont:
            c1, c2 = _pair("cont", lang)
            title += f" ({c1} / {c2})"
        pg.text(m, yy, title, fam, s + 1.5, bold=True, color=col)
        yy += s * 1.8
        pg.rect(m, yy - s - 3, W - 2 * m, s * (2.4 if True else 1) + 6, stroke=None, fill=C.LIGHT)
        for key, x, al in (("date", c_date, "left"), ("desc", c_desc, "left"), ("wd", c_wd, "right"),
                           ("dep", c_dep, "right"), ("bal", c_bal, "right")):
            a, b = _pair(key, lang)
            pg.text(x, yy, a, fam, s - 0.3, bold=True, align=al)
            if a != b:
                pg.text(x, yy + s * 1.15, b, fam, s - 0.8, align=al, color=(70, 70, 70))
        return yy + s * 2.9

    def new_page(pgs):
        pg = Page(W, H)
        pgs.append(pg)
        pg.text(m, m + 8, f["bank_name"], fam, s + 1, bold=True, color=col)
        a, _ = _pair("account", lang)
        pg.text(W - m, m + 8, f"{a}: {transit} {f['account_number']}", fam, s, align="right")
        pg.text(W - m, m + 8 + s * 1.4, period, fam, s - 0.5, align="right")
        return head(pg, m + 40, cont=True)

    y = head(p, y)
    flow = C.Flow(pages, y, H - m - 36, new_page)
    a, _ = _pair("opening", lang)
    flow.page.text(c_desc, flow.y, a.upper() if lang == "en" else a, fam, s, bold=True)
    flow.page.text(c_bal, flow.y, money(opening), fam, s, align="right")
    flow.y += s * 1.6
    lead = s * 1.2
    for i, t in enumerate(rows):
        lines = []
        for part in t.extra["lines"]:
            lines += C.wrap_lines(part, fam, s, desc_w)
        h = lead * len(lines) + s * 0.5
        flow.need(h)
        pg, yy = flow.page, flow.y
        mk = {f"transactions[{i}]": (0, 10 ** 6)}
        pg.text(c_date, yy, C.fdate(t.day, st["row_date"]), fam, s, marks=mk)
        for k, line in enumerate(lines):
            pg.text(c_desc, yy + k * lead, line, fam, s, marks=mk)
        pg.text(c_wd if t.amount < 0 else c_dep, yy, money.bare(t.amount), fam, s, align="right", marks=mk)
        if t.show_balance:
            pg.text(c_bal, yy, money(t.balance), fam, s, align="right", marks=mk)
        flow.y += h
        pg.hline(m, W - m, flow.y - lead * 0.8, width=0.2, color=(205, 205, 205))
    flow.need(s * 3)
    a, _ = _pair("closing", lang)
    flow.page.text(c_desc, flow.y, a.upper() if lang == "en" else a, fam, s, bold=True)
    flow.page.text(c_bal, flow.y, money(closing), fam, s, bold=True, align="right")
    flow.y += s * 3
    if flow.y + 50 < H - m - 30:
        txt = ("Please review this statement and report any error or omission within 30 days. "
               "Veuillez vérifier ce relevé et nous signaler toute erreur ou omission dans les 30 jours.")
        C.fine(flow.page, m, flow.y, W - 2 * m, txt, fam, s - 1.5)
    C.footer_pages(pages, fam, s - 1, "Page {i} / {n}", m)
    return pages
