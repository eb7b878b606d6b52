"""Canadian credit unions and caisses populaires: bilingual English/French
statements in CAD (French first in Quebec and New Brunswick-style caisses),
member, transit and account numbers, Withdrawals/Retraits and Deposits/Dépôts
columns with a running balance, day-first or ISO dates, French number format
(1 234,56) on French-first statements."""

DOC_TYPE = "bank_statement"
NAME = "ca_credit_union"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A Canadian credit union or caisse populaire account statement (CAD, Letter) with bilingual "
               "English/French labels, member and transit numbers and withdrawal/deposit/balance columns.")

import random
from decimal import Decimal

from ...addresses import address_lines, ca_address
from ...companies import BILLERS, EMPLOYERS, MERCHANTS
from ...doctypes import GenContext
from ...doctypes.page_common import logo, wrap
from ...layout import LETTER, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money
from . import _tune_common as C

EN_UNIONS = ["Northern Lights Credit Union", "Fraser Delta Credit Union", "Prairie Wheat Credit Union",
             "Bay of Fundy Credit Union", "Rideau Valley Credit Union", "Kootenay Peaks Savings"]
FR_UNIONS = ["Caisse populaire Rivière-Verte", "Caisse Desrivières", "Caisse populaire des Érables",
             "Caisse du Haut-Saint-Laurent", "Caisse populaire Beauchemin"]


def _desc(rng, row, fr_first, who):
    emp = rng.choice(EMPLOYERS).upper()
    merchant = rng.choice(MERCHANTS)
    biller = rng.choice(BILLERS)
    atm = rng.randint(1000, 9999)
    ref = C.ref_code(rng, 8)
    if rng.random() < 0.75:
        pick = (lambda en, fr: fr if fr_first else en)
    else:  # both languages, the statement's first language first
        pick = (lambda en, fr: f"{fr} / {en}" if fr_first else f"{en} / {fr}")
    return {
        "salary": pick(f"Payroll deposit {emp}", f"Dépôt direct paie {emp}"),
        "credit": pick(f"e-Transfer received {who} {ref}", f"Virement reçu {who} {ref}"),
        "refund": pick(f"Refund {merchant}", f"Remboursement {merchant}"),
        "interest": pick("Interest", "Intérêts"),
        "card": pick(f"Debit purchase {merchant}", f"Achat débit {merchant}"),
        "cash": pick(f"ATM withdrawal {atm}", f"Retrait GA {atm}"),
        "bill": pick(f"Bill payment {biller}", f"Paiement de facture {biller}"),
        "transfer": pick(f"e-Transfer sent {who} {ref}", f"Virement envoyé {who} {ref}"),
        "fee": pick("Service charge", "Frais de service"),
    }[row.kind]


def generate(rng: random.Random, ctx: GenContext) -> Document:
    province = rng.choice(["QC", "QC", "ON", "BC", "AB", "MB", "NS"])
    fr_first = province == "QC" or rng.random() < 0.1
    person = random_person(rng, ctx.reference_date, min_age=19)
    addr = ca_address(rng, province)
    union = rng.choice(FR_UNIONS if fr_first else EN_UNIONS)
    start, end = C.month_period(rng, ctx.reference_date, calendar_share=0.7)
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Sans Narrow",
                         "DejaVu Serif"])
    holder = ascii_upper(person.full_name) if rng.random() < 0.5 else person.full_name
    style = {
        "fr_first": fr_first, "stacked": rng.random() < 0.5,
        "period": rng.choice(["iso", "dmy", "words"]), "row_date": rng.choice(["iso", "dm", "fr_d_mon"]  # French months
                                                                           if fr_first else ["iso", "dm", "mon_dd_up"]),
        "money": C.Money(thousands=" ", decimal=",") if fr_first and rng.random() < 0.8 else C.Money(),
        "color": rng.choice([(0, 106, 78), (0, 84, 150), (150, 30, 40), (60, 60, 60)]), "size": rng.uniform(7.6, 8.5),
        "member": f"{rng.randint(10000, 999999)}", "transit": f"{rng.randint(10000, 99999)}",
        "institution": rng.choice(["815", "809", "828", "837", "879"]),
        "account": rng.choice([f"{rng.randint(1000000, 9999999)}", f"{rng.randint(100000, 999999)}-{rng.randint(1, 9)}"]),
        "product": rng.choice([("Chequing", "Compte chèques"), ("Everyday Account", "Compte courant"),
                               ("Plan Plus Account", "Compte Forfait Plus")]),
        "summary_top": rng.random() < 0.6,
    }
    count = rng.randint(8, 15) if ctx.single_page else rng.randint(10, 40)
    rows = C.make_rows(rng, start, end, count, {"credit": 10, "refund": 2, "card": 40, "cash": 8, "bill": 18,
                                                 "transfer": 10, "fee": 2, "interest": 1})
    others = [ascii_upper(f"{p.given_names[0]} {p.surname}") for p in
              (random_person(rng, ctx.reference_date) for _ in range(3))]
    for r in rows:
        r.desc = _desc(rng, r, fr_first, rng.choice(others))
        if r.kind == "fee":
            r.amount = -Decimal(rng.choice(["1.50", "4.95", "7.95", "12.50", "2.00"]))
    opening = C.opening_for(rng, rows, 150, 9000)
    fx = {"union": union, "holder": holder, "start": start, "end": end, "opening": opening, "addr": addr,
          "union_addr": ca_address(rng, province)}
    pages, fields = C.fit_rows(lambda rs: _build(rng.getstate(), rs, fx, style, family), rows, ctx.single_page)
    return Document("bank_statement", fields, pages, f"bank_statement/{NAME}", family,
                    meta={"region": "CA", "french_first": fr_first, "unsigned_rows": True})


def _bi(style, en, fr):
    return (fr, en) if style["fr_first"] else (en, fr)


def _period_text(style, start, end):
    if style["period"] == "iso":
        s, e = C.fdate(start, "iso"), C.fdate(end, "iso")
    elif style["period"] == "dmy":
        s, e = C.fdate(start, "dmy"), C.fdate(end, "dmy")
    elif style["fr_first"]:
        s, e = C.fdate(start, "fr_d_month_y"), C.fdate(end, "fr_d_month_y")
    else:
        s, e = C.fdate(start, "month_d_y"), C.fdate(end, "month_d_y")
    joiner = " au " if style["fr_first"] else rng_joiner(style)
    return s, e, s + joiner + e


def rng_joiner(style):
    return " to / au " if style["stacked"] else " - "


def _build(state, rows, fx, style, family):
    rng = random.Random()
    rng.setstate(state)
    W, H = LETTER
    m = 40.0
    size = style["size"]
    col = style["color"]
    money = style["money"]
    bal = C.running(fx["opening"], rows)
    credits, debits = C.totals(rows)
    closing = bal[-1]
    fields = {"bank_name": fx["union"], "account_holder_name": fx["holder"], "account_number": style["account"],
              "statement_period_start": fx["start"].isoformat(), "statement_period_end": fx["end"].isoformat(),
              "currency": "CAD", "opening_balance": canon_money(fx["opening"]),
              "closing_balance": canon_money(closing), "total_credits": canon_money(credits),
              "total_debits": canon_money(debits),
              "transactions": [C.tx_truth(r, b) for r, b in zip(rows, bal)]}

    def label(p, x, y, en, fr, sz=None, bold=True, align="left", color=(0, 0, 0), stacked=None):
        """A bilingual label: one line "A / B", or two lines with the second smaller."""
        sz = sz or size
        a, b = _bi(style, en, fr)
        if style["stacked"] if stacked is None else stacked:
            p.text(x, y - sz * 0.55, a, family, sz, bold=bold, align=align, color=color)
            p.text(x, y + sz * 0.55, b, family, sz - 1.2, align=align, color=color)
        else:
            p.text(x, y, f"{a} / {b}", family, sz, bold=bold, align=align, color=color)

    pages = [Page(W, H)]
    page = pages[0]
    logo(page, rng, m, m - 4, 30, col)
    page.text(m + 38, m + 10, fx["union"], family, size + 5, bold=True, color=col, field="bank_name")
    page.text(m + 38, m + 21, ", ".join(line for line, _ in address_lines(fx["union_addr"])), family, size - 1.5,
              color=(90, 90, 90))
    a, b = _bi(style, "Statement of Account", "Relevé de compte")
    page.text(W - m, m + 6, a, family, size + 4, bold=True, align="right")
    page.text(W - m, m + 19, b, family, size + 1, align="right", color=(70, 70, 70))
    # member block
    y = m + 76
    page.text(m + 6, y, fx["holder"], family, size + 1, bold=True, field="account_holder_name")
    C.address_block(page, m + 6, y + (size + 1) * 1.3, fx["addr"], family, size + 1)
    # identifiers box
    bx, bw, by = W * 0.5, W * 0.5 - m, m + 44
    s_txt, e_txt, period = _period_text(style, fx["start"], fx["end"])
    items = [(("Member No.", "No de membre"), style["member"], None),
             (("Transit", "Transit"), f"{style['transit']}  ({style['institution']})", None),
             (("Account", "Compte"), style["account"], "account_number"),
             (("Period", "Période"), period, "period")]
    gap = size * (2.6 if style["stacked"] else 1.75)
    page.rect(bx, by, bw, gap * len(items) + 8, stroke=col, width=0.7, radius=4)
    yy = by + gap * 0.7 + 2
    for (en, fr), value, key in items:
        label(page, bx + 8, yy, en, fr, sz=size - 0.8, bold=False, color=(60, 60, 60))
        marks = {key: (0, len(value))} if key == "account_number" else None
        if key == "period":
            marks = {"statement_period_start": (0, len(s_txt)),
                     "statement_period_end": (len(value) - len(e_txt), len(value))}
        page.text(bx + bw - 8, yy, value, family, C.fit(value, family, size, bw * 0.6, True), bold=True,
                  align="right", marks=marks)
        yy += gap
    y = max(y + 60, by + gap * len(items) + 30)
    # product line and currency note
    a, b = _bi(style, *style["product"])
    page.rect(m, y - size - 4, W - 2 * m, size + 9, stroke=None, fill=col)
    page.text(m + 6, y, f"{a} / {b}  —  {style['account']}", family, size + 1, bold=True, color=(255, 255, 255))
    note = "Montants en dollars canadiens (CAD)" if style["fr_first"] else "Amounts in Canadian dollars (CAD)"
    page.text(W - m - 6, y, note, family, size - 1, color=(255, 255, 255), align="right",
              marks={"currency": (len(note) - 4, len(note) - 1)})
    y += size * 2.2
    summary = [(("Opening balance", "Solde d'ouverture"), fx["opening"], "opening_balance"),
               (("Total withdrawals", "Total des retraits"), debits, "total_debits"),
               (("Total deposits", "Total des dépôts"), credits, "total_credits"),
               (("Closing balance", "Solde de clôture"), closing, "closing_balance")]
    if style["summary_top"]:
        cw = (W - 2 * m) / 4
        for i, ((en, fr), value, key) in enumerate(summary):
            x = m + i * cw
            page.rect(x + 2, y - 4, cw - 4, size * 4.6, stroke=(170, 170, 170), width=0.5)
            label(page, x + cw / 2, y + size * 0.9, en, fr, sz=size - 0.8, bold=False, align="center",
                  color=(60, 60, 60), stacked=True)
            page.text(x + cw / 2, y + size * 3.3, money.fmt(value), family, size + 2, bold=True, align="center",
                      field=key)
        y += size * 6.4

    # transactions
    right = W - m - 4
    c_bal, c_dep, c_wd = right, right - 78, right - 156
    d_x, desc_x = m + 4, m + 62
    desc_w = c_wd - 66 - desc_x
    lead = size * 1.25

    def header(p, y):
        h = size * 2.6
        p.rect(m, y - 2, W - 2 * m, h + 4, stroke=None, fill=C.tint(col, 0.85))
        yy = y + h / 2 + size * 0.35
        p.text(d_x, yy, "Date", family, size, bold=True)
        p.text(desc_x, yy, "Description", family, size, bold=True)
        label(p, c_wd, yy, "Withdrawals", "Retraits", align="right", stacked=True)
        label(p, c_dep, yy, "Deposits", "Dépôts", align="right", stacked=True)
        label(p, c_bal, yy, "Balance", "Solde", align="right", stacked=True)
        return y + h + size * 1.6

    def on_new(p):
        p.text(m, m + 10, fx["union"], family, size + 1, bold=True, color=col)
        a, b = _bi(style, "Account", "Compte")
        p.text(W - m, m + 10, f"{fx['holder']} — {a}/{b} {style['account']}", family, size - 0.5, align="right")
        return header(p, m + 24)

    flow = C.Flow(pages, (W, H), H - m - 36, on_new, header(page, y))
    page = flow.page
    a, b = _bi(style, "Opening balance", "Solde d'ouverture")
    page.text(d_x, flow.y, C.fdate(fx["start"], style["row_date"]), family, size)
    page.text(desc_x, flow.y, f"{a} / {b}", family, size, bold=True)
    page.text(c_bal, flow.y, money.fmt(fx["opening"]), family, size, align="right",
              field=None if style["summary_top"] else "opening_balance")
    flow.y += lead + 3
    for i, (r, b) in enumerate(zip(rows, bal)):
        lines = wrap(r.desc, family, size, desc_w)
        h = lead * len(lines) + 3
        flow.need(h)
        p, y = flow.page, flow.y
        key = {f"transactions[{i}]": (0, 10 ** 6)}
        p.text(d_x, y, C.fdate(r.date, style["row_date"]), family, size, marks=key)
        for n, line in enumerate(lines):
            p.text(desc_x, y + n * lead, line, family, size, marks=key)
        p.text(c_dep if r.amount > 0 else c_wd, y, money.mag(r.amount), family, size, align="right", marks=key)
        p.text(c_bal, y, money.fmt(b), family, size, align="right", marks=key)
        if i % 2 == 1:
            p.hline(m, W - m, y + lead * len(lines) - size * 0.95, width=0.2, color=(190, 190, 190))
        flow.y += h
    flow.need(lead * 3)
    p, y = flow.page, flow.y
    p.hline(m, W - m, y - size, width=0.7, color=col)
    a, b = _bi(style, "Totals", "Totaux")
    p.text(desc_x, y + 2, f"{a} / {b}", family, size, bold=True)
    p.text(c_wd, y + 2, money.mag(debits), family, size, bold=True, align="right",
           field=None if style["summary_top"] else "total_debits")
    p.text(c_dep, y + 2, money.mag(credits), family, size, bold=True, align="right",
           field=None if style["summary_top"] else "total_credits")
    p.text(c_bal, y + 2, money.fmt(closing), family, size, bold=True, align="right",
           field=None if style["summary_top"] else "closing_balance")
    flow.y += lead * 2.5
    if flow.y + 40 < flow.bottom:
        from ...doctypes.page_common import fine_print
        text = ("Veuillez vérifier ce relevé et nous signaler toute erreur ou omission dans les 60 jours. "
                "Please review this statement and report any error or omission within 60 days. "
                "Deposits are guaranteed under the provincial deposit insurance plan / Dépôts garantis par le "
                "régime provincial d'assurance-dépôts.")
        fine_print(flow.page, m, flow.y, W - 2 * m, text, family, size - 1.8)
    n = len(pages)
    for i, pg in enumerate(pages, start=1):
        pg.text(W - m, H - m + 6, f"Page {i} / {n}", family, size - 1, align="right", color=(80, 80, 80))
    return pages, fields
