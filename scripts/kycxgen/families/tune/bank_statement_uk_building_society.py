"""UK building society and high-street current account statements: sort code
and account number, Date / Description / Money out / Money in / Balance
columns (the in and out columns in either order), rows dated "12 Mar" or
"12Mar26" with the date printed once per day, balances often only at the end of
each day, UK payment-type codes (DD, SO, FPI, FPO, BGC, CPT, DEB), brought and
carried forward lines and overdrawn balances marked OD."""

DOC_TYPE = "bank_statement"
NAME = "uk_building_society"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A UK building society or high-street bank current account statement (GBP, A4) with sort code, "
               "Money out / Money in / Balance columns and day-grouped rows dated without a year.")

import random
from decimal import Decimal

from ...addresses import UK_TOWNS, address_lines, uk_address
from ...companies import BILLERS, EMPLOYERS, MERCHANTS
from ...doctypes import GenContext
from ...doctypes.page_common import logo, wrap
from ...layout import A4, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money
from . import _tune_common as C

SOCIETIES = ["Wolds & Fenland Building Society", "Severn Vale Building Society", "Pennine Mutual",
             "Saltmarsh Building Society", "Caldervale Building Society", "Tamar & Dart Building Society",
             "Broadmere Bank", "Northgate Mutual Building Society"]
ACCOUNTS = ["FlexPlus Current Account", "Classic Current Account", "Member Current Account", "Everyday Account",
            "Select Current Account"]
CODES = {"salary": ["BGC", "FPI"], "credit": ["FPI", "TFR"], "refund": ["DEB"], "interest": ["INT"],
         "card": ["DEB", ")))", "DEB"], "cash": ["CPT"], "bill": ["DD"], "transfer": ["SO", "FPO", "TFR"],
         "fee": ["PAY"]}


def _desc(rng, row, who, card_town) -> tuple[str, str]:
    """(type code, details)."""
    code = rng.choice(CODES[row.kind])
    emp = rng.choice(EMPLOYERS).upper()
    ref = C.ref_code(rng, rng.randint(6, 12))
    if row.kind == "salary":
        text = rng.choice([f"{emp} SALARY", f"{emp} PAYROLL {ref}", f"{emp} WAGES"])
    elif row.kind == "credit":
        text = f"{who} {ref}" if code == "FPI" else f"FROM A/C {rng.randint(10000000, 99999999)}"
    elif row.kind == "refund":
        text = f"{rng.choice(MERCHANTS)} REFUND"
    elif row.kind == "interest":
        text = "INTEREST PAID"
    elif row.kind == "card":
        text = f"{rng.choice(MERCHANTS)} {card_town.upper()}"
    elif row.kind == "cash":
        text = rng.choice([f"CASH {rng.choice(['HIGH ST', 'MARKET PL', 'STATION RD'])} {card_town.upper()}",
                           f"LINK {card_town.upper()} {row.date:%d%b}".upper()])
    elif row.kind == "bill":
        text = f"{rng.choice(BILLERS)} {ref}"
    elif row.kind == "transfer":
        text = {"SO": f"{who} RENT", "FPO": f"{who} {ref}", "TFR": f"TO A/C {rng.randint(10000000, 99999999)}"}[code]
    else:
        text = rng.choice(["ARRANGED OVERDRAFT FEE", "MONTHLY ACCOUNT FEE", "NON-STERLING TRANSACTION FEE"])
    return code, text


def generate(rng: random.Random, ctx: GenContext) -> Document:
    person = random_person(rng, ctx.reference_date, min_age=19)
    addr = uk_address(rng)
    society = rng.choice(SOCIETIES)
    ids = C.uk_bank(rng)
    start, end = C.month_period(rng, ctx.reference_date, calendar_share=0.45)
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Serif",
                         "DejaVu Serif", "Liberation Sans Narrow"])
    title_word = rng.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", ""]) if person.sex != "M" else rng.choice(["Mr", "Dr", ""])
    upper = rng.random() < 0.55
    holder = ascii_upper(person.full_name) if upper else person.full_name
    style = {
        "row_date": rng.choice(["d_mon", "d_mon_np", "ddmonyy", "d_mon_dash"]),
        "period": rng.choice(["d_month_y", "dmy", "d_mon_y", "ord_month_y"]),
        "in_first": rng.random() < 0.35, "code_col": rng.random() < 0.4,
        "day_balance": rng.random() < 0.55, "summary": rng.random() < 0.75, "shade": rng.random() < 0.6,
        "labels": rng.choice([("Money out", "Money in"), ("Paid out", "Paid in"), ("Withdrawn", "Paid in"),
                              ("£ Out", "£ In"), ("Payments", "Receipts")]),
        "bal_label": rng.choice(["Balance", "£ Balance", "Balance (£)"]),
        "desc_label": rng.choice(["Description", "Details", "Payment type and details", "Transaction"]),
        "color": rng.choice([(0, 56, 110), (120, 20, 60), (0, 96, 88), (40, 40, 40), (90, 50, 0)]),
        "title_word": title_word, "iban": rng.random() < 0.5, "upper": upper,
        "od": rng.random() < 0.25, "neg_od": rng.choice(["suffix", "minus"]),
        "account_name": rng.choice(ACCOUNTS), "size": rng.uniform(7.8, 8.8),
        "currency_note": rng.choice(["Balance (£)", "£ Balance", "code"]),
        "label_above": rng.random() < 0.5,
    }
    single = ctx.single_page
    count = rng.randint(8, 15) if single else rng.randint(12, 40)
    who = [ascii_upper(f"{p.given_names[0][0]} {p.surname}") for p in
           (random_person(rng, ctx.reference_date) for _ in range(3))]
    town = rng.choice(UK_TOWNS)[0]
    rows = C.make_rows(rng, start, end, count, {"credit": 8, "refund": 2, "card": 40, "cash": 8, "bill": 16,
                                                 "transfer": 10, "fee": 2, "interest": 1})
    codes = {}
    for r in rows:
        code, text = _desc(rng, r, rng.choice(who), town if rng.random() < 0.7 else rng.choice(UK_TOWNS)[0])
        codes[id(r)] = code
        r.desc = text if style["code_col"] else f"{code} {text}"
    floor = Decimal(-rng.choice([250, 500, 1000])) if style["od"] else Decimal(0)
    opening = C.opening_for(rng, rows, 50 if style["od"] else 200, 3500, floor=floor)
    fx = {"society": society, "holder": holder, "ids": ids, "start": start, "end": end, "opening": opening,
          "addr": addr, "codes": codes, "branch": uk_address(rng)}
    pages, fields = C.fit_rows(lambda rs: _build(rng.getstate(), rs, fx, style, family), rows, single)
    return Document("bank_statement", fields, pages, f"bank_statement/{NAME}", family,
                    meta={"region": "GB", "day_balance_only": style["day_balance"]})


def _token(text: str, ch: str) -> tuple:
    """The span of the word of `text` that holds `ch` ("(£)" in "Balance (£)")."""
    i = text.index(ch)
    end = text.find(" ", i)
    return text.rfind(" ", 0, i) + 1, len(text) if end < 0 else end


def _build(state, rows, fx, style, family):
    rng = random.Random()
    rng.setstate(state)
    W, H = A4
    m = 42.0
    size = style["size"]
    col = style["color"]
    plain = C.Money(neg=style["neg_od"], neg_suffix=" OD")
    pound = plain.with_(symbol="£")
    bal = C.running(fx["opening"], rows)
    closing = bal[-1]
    credits, debits = C.totals(rows)
    ids = fx["ids"]
    shown_bal = []
    for i, r in enumerate(rows):
        last_of_day = i + 1 == len(rows) or rows[i + 1].date != r.date
        shown_bal.append(bal[i] if (last_of_day or not style["day_balance"]) else None)
    fields = {"bank_name": fx["society"], "account_holder_name": fx["holder"],
              "account_number": ids["account_number"], "sort_code": ids["sort_code"],
              "statement_period_start": fx["start"].isoformat(), "statement_period_end": fx["end"].isoformat(),
              "currency": "GBP", "opening_balance": canon_money(fx["opening"]), "closing_balance": canon_money(closing),
              "transactions": [C.tx_truth(r, b) for r, b in zip(rows, shown_bal)]}
    if style["summary"]:
        fields.update(total_credits=canon_money(credits), total_debits=canon_money(debits))
    if style["iban"]:
        fields["iban"] = ids["iban"]

    pages = [Page(W, H)]
    page = pages[0]
    logo(page, rng, m, m - 2, 26, col)
    page.text(m + 32, m + 10, fx["society"], family, size + 5, bold=True, color=col, field="bank_name")
    page.text(m + 32, m + 21, ", ".join(line for line, _ in address_lines(fx["branch"])), family, size - 1.5,
              color=(90, 90, 90))
    page.text(W - m, m + 8, style["account_name"], family, size + 3, bold=True, align="right")
    page.text(W - m, m + 20, rng.choice(["Statement", "Your statement", "Current account statement"])
              + f" no. {rng.randint(12, 140)}", family, size - 0.5, align="right", color=(70, 70, 70))
    # address (window position)
    y = m + 82
    name_line = (style["title_word"].upper() if style["upper"] else style["title_word"])
    prefix = name_line + " " if name_line else ""
    text = prefix + fx["holder"]
    page.text(m + 8, y, text, family, size + 1, marks={"account_holder_name": (len(prefix), len(text))})
    C.address_block(page, m + 8, y + (size + 1) * 1.3, fx["addr"], family, size + 1)
    # account details panel
    px, pw = W * 0.55, W * 0.45 - m
    s_txt, e_txt = C.fdate(fx["start"], style["period"]), C.fdate(fx["end"], style["period"])
    items = [("Sort code", ids["sort_code"], "sort_code"), ("Account number", ids["account_number"], "account_number")]
    if style["iban"]:
        items.append(("IBAN", " ".join(ids["iban"][i:i + 4] for i in range(0, len(ids["iban"]), 4)), "iban"))
        items.append(("BIC", C.bic(rng, "GB"), None))
    period_text = f"{s_txt} to {e_txt}"
    items.append(("Statement period", period_text, "period"))
    py = m + 62
    # a value too long to sit beside its label (a long period) goes on the line under it
    plan = []
    for label, value, key in items:
        if style["label_above"]:
            plan.append((label, value, key, C.fit(value, family, size, pw - 16, True), "above"))
            continue
        vsize = C.fit(value, family, size, pw - 96, True)
        if vsize < size - 1:
            plan.append((label, value, key, C.fit(value, family, size, pw - 16, True), "below"))
        else:
            plan.append((label, value, key, vsize, "beside"))
    steps = {"above": 2.3, "below": 2.6, "beside": 1.5}
    page.rect(px, py - 4, pw, sum(steps[p[4]] for p in plan) * size + 12, stroke=None, fill=C.tint(col, 0.9))
    yy = py + size + 2
    for label, value, key, vsize, where in plan:
        marks = {key: (0, len(value))} if key and key != "period" else None
        if key == "period":
            marks = {"statement_period_start": (0, len(s_txt)),
                     "statement_period_end": (len(value) - len(e_txt), len(value))}
        if where == "above":
            page.text(px + 8, yy, label, family, size - 1.5, color=(80, 80, 80))
            page.text(px + 8, yy + size * 1.05, value, family, vsize, bold=True, marks=marks)
        elif where == "below":
            page.text(px + 8, yy, label, family, size - 0.5, color=(60, 60, 60))
            page.text(px + 8, yy + size * 1.25, value, family, vsize, bold=True, marks=marks)
        else:
            page.text(px + 8, yy, label, family, size - 0.5, color=(60, 60, 60))
            page.text(px + 88, yy, value, family, vsize, bold=True, marks=marks)
        yy += size * steps[where]
    y = max(y + 70, yy + 18)
    # summary
    if style["summary"]:
        page.text(m, y, rng.choice(["Your account summary", "Account summary", "Summary"]), family, size + 2,
                  bold=True, color=col)
        y += 8
        lines = [(f"Balance on {C.fdate(fx['start'], style['period'])}", fx["opening"], "opening_balance"),
                 ("Money in", credits, "total_credits"), ("Money out", debits, "total_debits"),
                 (f"Balance on {C.fdate(fx['end'], style['period'])}", closing, "closing_balance")]
        sw = W * 0.5
        page.rect(m, y, sw, size * 1.6 * len(lines) + 8, stroke=col, width=0.6)
        yy = y + size + 5
        for label, value, key in lines:
            text = pound.fmt(value) if key != "total_debits" else rng.choice([pound.fmt(value), "-" + pound.mag(value)])
            marks = C.sym_marks(text, key, "£")
            if text.startswith("-") and key == "total_debits":
                marks = {key: (1, len(text))}
            page.text(m + 8, yy, label, family, size)
            page.text(m + sw - 8, yy, text, family, size, bold=key.endswith("balance"), align="right", marks=marks)
            yy += size * 1.6
        y = yy + 14
    # table
    d_x = m + 4
    code_x = m + 50
    desc_x = code_x + (34 if style["code_col"] else 0)
    right = W - m - 4
    c1, c2, c3 = right - 150, right - 75, right
    out_x, in_x = (c2, c1) if style["in_first"] else (c1, c2)
    desc_w = c1 - 58 - desc_x
    lead = size * 1.25
    out_label, in_label = style["labels"]

    bal_label = style["bal_label"]
    if not style["summary"] and style["currency_note"] != "code":
        bal_label = style["currency_note"]

    def header(p, y, mark=False):
        p.rect(m, y - size - 3, W - 2 * m, size + 8, stroke=None, fill=col)
        white = (255, 255, 255)
        p.text(d_x, y, "Date", family, size, bold=True, color=white)
        if style["code_col"]:
            p.text(code_x, y, "Type", family, size, bold=True, color=white)
        p.text(desc_x, y, style["desc_label"], family, size, bold=True, color=white)
        p.text(out_x, y, out_label, family, size, bold=True, color=white, align="right")
        p.text(in_x, y, in_label, family, size, bold=True, color=white, align="right")
        p.text(c3, y, bal_label, family, size, bold=True, color=white, align="right",
               marks={"currency": _token(bal_label, "£")} if mark and "£" in bal_label else None)
        return y + size * 1.7

    def on_new(p):
        p.text(m, m + 10, fx["society"], family, size + 1, bold=True, color=col)
        p.text(W - m, m + 10, f"Sort code {ids['sort_code']}   Account number {ids['account_number']}", family,
               size - 0.5, align="right")
        return header(p, m + 34)

    if not style["summary"] and "£" not in bal_label:
        page.text(W - m, y - 6, "All amounts in GBP", family, size - 1, align="right", color=(60, 60, 60),
                  marks={"currency": (15, 18)})
        y += 6
    y = header(page, y, mark=True)
    flow = C.Flow(pages, (W, H), H - m - 40, on_new, y)
    open_label = rng.choice(["Balance brought forward", "BROUGHT FORWARD", "Opening balance", "Start balance"])
    close_label = {"Balance brought forward": "Balance carried forward", "BROUGHT FORWARD": "CARRIED FORWARD",
                   "Opening balance": "Closing balance", "Start balance": "End balance"}[open_label]
    page.text(d_x, flow.y, C.fdate(fx["start"], style["row_date"]), family, size)
    page.text(desc_x, flow.y, open_label, family, size, bold=True)
    page.text(c3, flow.y, plain.fmt(fx["opening"]), family, size, align="right", field="opening_balance")
    flow.y += lead + 2
    # rows grouped by day: the date is printed on the day's first row and carries every row of the day
    days = []
    for i, r in enumerate(rows):
        if not days or days[-1][0] != r.date:
            days.append((r.date, []))
        days[-1][1].append(i)
    shade = False
    for day, idxs in days:
        shade = not shade
        first = True
        for i in idxs:
            r = rows[i]
            lines = wrap(r.desc, family, size, desc_w)
            h = lead * len(lines) + 2
            if flow.need(h):
                first = True
            p, y = flow.page, flow.y
            if style["shade"] and shade:
                p.rect(m, y - size - 1.5, W - 2 * m, h, stroke=None, fill=C.tint(col, 0.92))
            if first:
                # the day's date, printed on the day's first row (of the page) and marked for every row under it
                p.text(d_x, y, C.fdate(day, style["row_date"]), family, size)
                date_op = p.ops[-1]
                first = False
            date_op.marks[f"transactions[{i}]"] = (0, len(date_op.text))
            key = {f"transactions[{i}]": (0, 10 ** 6)}
            if style["code_col"]:
                p.text(code_x, y, fx["codes"][id(r)], family, size)
            for n, line in enumerate(lines):
                p.text(desc_x, y + n * lead, line, family, size, marks=key)
            p.text(in_x if r.amount > 0 else out_x, y, plain.mag(r.amount), family, size, align="right", marks=key)
            if fields["transactions"][i]["balance"] is not None:
                p.text(c3, y, plain.fmt(Decimal(fields["transactions"][i]["balance"])), family, size, align="right",
                       marks=key)
            flow.y += h
    flow.need(lead * 2)
    p, y = flow.page, flow.y
    p.hline(m, W - m, y - size - 1, width=0.6, color=col)
    p.text(d_x, y + 1, C.fdate(fx["end"], style["row_date"]), family, size)
    p.text(desc_x, y + 1, close_label, family, size, bold=True)
    p.text(c3, y + 1, plain.fmt(closing), family, size, bold=True, align="right", field="closing_balance")
    flow.y += lead * 2.5
    notes = ("Your eligible deposits are protected by the UK deposit guarantee scheme up to the applicable limit. "
             f"{fx['society']} is authorised and regulated as a mutual society, firm reference number "
             f"{rng.randint(100000, 999999)}. Please check this statement and tell us about any entry you do not "
             "recognise. Key: DD direct debit, SO standing order, FPI/FPO faster payment in/out, BGC bank giro "
             "credit, CPT cashpoint, DEB debit card, ))) contactless, OD overdrawn.")
    if flow.y + 50 < flow.bottom:
        from ...doctypes.page_common import fine_print
        fine_print(flow.page, m, flow.y + 4, W - 2 * m, notes, family, size - 1.8)
    n = len(pages)
    for i, pg in enumerate(pages, start=1):
        pg.hline(m, W - m, H - m - 8, width=0.4, color=(160, 160, 160))
        pg.text(W - m, H - m + 4, f"Page {i} of {n}", family, size - 1, align="right", color=(70, 70, 70))
        pg.text(m, H - m + 4, f"{fx['society']} · Member services 0345 555 {rng.randint(1000, 9999)}", family,
                size - 1.5, color=(90, 90, 90))
    return pages, fields
