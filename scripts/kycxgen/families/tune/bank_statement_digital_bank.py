"""App-first digital banks' PDF statements: a sparse layout with generous
white space, balance tiles at the top, labels above their values, and a
two-column transaction list whose payee names wrap onto two lines in a narrow
column, amounts signed with "+" and "-" (or a typographic minus) and the
balance beside or under each amount; rows grouped under day headings
("Monday 4 May") or dated one by one. UK (GBP), euro-area (EUR, IBAN) and US
(USD, routing number) variants."""

DOC_TYPE = "bank_statement"
NAME = "digital_bank"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("An app-based digital bank's e-statement (GBP, EUR or USD) with a sparse two-column layout, "
               "balance tiles, signed amounts and long payee names wrapping onto two lines.")

import random

from ...addresses import address_for
from ...checksums import iban_from_bban
from ...companies import BILLERS, EMPLOYERS, MERCHANTS
from ...doctypes import GenContext
from ...doctypes.page_common import wrap
from ...layout import A4, LETTER, Document, Page
from ...people import random_person
from ...textfmt import canon_money
from . import _tune_common as C

# Brands by region, with the legal entity that holds the deposits there.
BANKS = {"GB": ["Nimbl Bank", "Tidewell", "Kitefin"], "EU": ["Orla", "Kitefin", "Nimbl Bank"],
         "US": ["Lumen Money", "Brightpath Bank", "Orla"]}
LEGAL = {("GB", "Nimbl Bank"): "Nimbl Bank Ltd", ("GB", "Tidewell"): "Tidewell Bank plc",
         ("GB", "Kitefin"): "Kitefin Ltd", ("EU", "Orla"): "Orla Financial UAB", ("EU", "Kitefin"): "Kitefin Bank UAB",
         ("EU", "Nimbl Bank"): "Nimbl Bank Europe UAB", ("US", "Lumen Money"): "Lumen Money, Inc.",
         ("US", "Brightpath Bank"): "Brightpath Bank N.A.", ("US", "Orla"): "Orla Financial, Inc."}
SUFFIX = ["Ltd", "Limited", "Store 0412", "Online", "Market Street", "Retail Park Unit 4", "Central Station",
          "Riverside Shopping Centre", "High Street Branch", "Contactless Payment", "Apple Lane Services"]


def _payee(rng, row, who, region):
    merchant = rng.choice(MERCHANTS).title()
    k = row.kind
    if k == "salary":
        return f"{rng.choice(EMPLOYERS)} {rng.choice(['Payroll', 'Salary', 'Wages'])}"
    if k == "credit":
        return f"Transfer from {who}" + rng.choice(["", f" Ref {C.ref_code(rng, 8)}", " Shared dinner and tickets"])
    if k == "refund":
        return f"Refund from {merchant} {rng.choice(SUFFIX)}"
    if k == "interest":
        return "Interest earned"
    if k == "card":
        towns = {"GB": ["London", "Leeds", "Bristol"], "EU": ["Rotterdam", "Lyon", "Graz"],
                 "US": ["Denver", "Austin", "Tampa"]}[region] + ["Online Payments"]
        suffix = rng.choice(SUFFIX)
        online = "Online" in suffix or "Payment" in suffix
        town = rng.choice([t for t in towns if not (online and "Online" in t)]) if rng.random() < 0.6 else None
        return f"{merchant} {suffix}" + (f" {town}" if town else "")
    if k == "cash":
        return f"Cash withdrawal {rng.choice(['ATM', 'Cash machine'])} {rng.randint(100, 999)}"
    if k == "bill":
        return f"{rng.choice(BILLERS).title()} {({'GB': 'Direct Debit', 'EU': 'SEPA Direct Debit'}).get(region, 'Autopay')}"
    if k == "transfer":
        return f"Transfer to {who}" + rng.choice(["", " Rent share", f" Ref {C.ref_code(rng, 10)}", " Savings pot"])
    return "Monthly plan fee"


KIND_LABEL = {"salary": "Transfer", "credit": "Transfer", "refund": "Refund", "interest": "Interest",
              "card": "Card payment", "cash": "Cash", "bill": "Direct Debit", "transfer": "Transfer",
              "fee": "Fee"}


def generate(rng: random.Random, ctx: GenContext) -> Document:
    region = rng.choices(["GB", "EU", "US"], weights=[45, 30, 25])[0]
    currency = {"GB": "GBP", "EU": "EUR", "US": "USD"}[region]
    country = {"GB": "GB", "US": "US", "EU": rng.choice(["DE", "NL", "FR", "BE", "AT"])}[region]
    person = random_person(rng, ctx.reference_date, min_age=18, max_age=60)
    addr = address_for(rng, country)
    bank = rng.choice(BANKS[region])
    start, end = C.month_period(rng, ctx.reference_date, calendar_share=0.85)
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed"])
    if region == "GB":
        ids = C.uk_bank(rng)
    elif region == "EU":
        account = f"{rng.randint(10 ** 10, 10 ** 11 - 1)}"
        ids = {"account_number": account, "iban": iban_from_bban("LT", f"3{rng.randint(1000, 9999)}" + account)}
    else:
        ids = {"account_number": f"{rng.randint(10 ** 11, 10 ** 12 - 1)}", "routing_number": C.aba(rng)}
    sym = C.SYMBOL[currency]
    minus = rng.choice(["minus", "unicode"])
    thousands, decimal = rng.choice([(",", "."), (".", ","), (" ", ",")]) if region == "EU" else (",", ".")
    style = {
        "region": region, "currency": currency, "sym": sym,
        "money": C.Money(symbol=sym, neg=minus, plus=rng.random() < 0.8,
                         thousands=thousands, decimal=decimal),
        "grouped": rng.random() < 0.6, "accent": rng.choice([(255, 90, 80), (20, 180, 160), (110, 80, 250),
                                                             (20, 20, 20), (0, 120, 255)]),
        "balance_pos": rng.choice(["under", "beside", "none"]),
        "day_style": rng.choice(["wd_month_d"] if region == "US" else ["wd_d_month", "d_mon_y_np"]),
        "row_date": rng.choice(["d_mon_np", "mon_d"] if region == "US" else ["d_mon_np", "d_mon"]),
        "period": rng.choice(["split", "full", "full_ord"] if region != "US" else ["split_us", "full_us"]),
        "type_col": rng.random() < 0.5, "by_day": rng.random() < 0.6, "tight": ctx.single_page, "pagesize": LETTER if region == "US" else A4,
    }
    count = rng.randint(8, 10) if ctx.single_page else rng.randint(12, 32)
    rows = C.make_rows(rng, start, end, count, {"credit": 12, "refund": 3, "card": 46, "cash": 4, "bill": 14,
                                                 "transfer": 14, "fee": 1, "interest": 2}, salaries=1)
    others = [f"{p.given_names[0]} {p.surname}" for p in (random_person(rng, ctx.reference_date) for _ in range(4))]
    for r in rows:
        r.desc = _payee(rng, r, rng.choice(others), region)
        if r.kind == "interest":
            r.amount = C.money(rng.uniform(0.05, 6.0))
    opening = C.opening_for(rng, rows, 40, 2600)
    fx = {"bank": bank, "holder": person.full_name, "ids": ids, "start": start, "end": end, "opening": opening,
          "addr": addr}
    pages, fields = C.fit_rows(lambda rs: _build(rng.getstate(), rs, fx, style, family), rows, ctx.single_page)
    return Document("bank_statement", fields, pages, f"bank_statement/{NAME}", family,
                    meta={"region": region})


def _legal(region, bank):
    entity = LEGAL[(region, bank)]
    if region == "GB":
        text = (f"{bank} is a trading name of {entity}, authorised by the Prudential Regulation Authority and regulated "
                "by the Financial Conduct Authority and the Prudential Regulation Authority. Your eligible deposits "
                "are protected by the Financial Services Compensation Scheme.")
    elif region == "EU":
        text = (f"{entity} is a specialised bank licensed and supervised by the Bank of Lithuania. Your eligible "
                "deposits are protected by the deposit insurance scheme of Lithuania up to the statutory limit.")
    elif entity.endswith("N.A."):
        text = (f"Deposit accounts are provided by {entity}, Member FDIC. Your deposits are insured by the FDIC up to "
                "the standard maximum deposit insurance amount.")
    else:
        text = (f"{entity} is a financial technology company, not a bank. Banking services are provided by "
                "Brightpath Bank N.A., Member FDIC.")
    return text + " Questions? Chat with us in the app, 24/7."


def _period(style, start, end):
    p = style["period"]
    if p == "split":   # "1 May – 31 May 2026": the year once
        s, e = C.fdate(start, "d_mon_np") if start.year == end.year else C.fdate(start, "d_mon_y_np"), C.fdate(end, "d_mon_y_np")
    elif p == "full":
        s, e = C.fdate(start, "d_month_y"), C.fdate(end, "d_month_y")
    elif p == "full_ord":
        s, e = C.fdate(start, "ord_month_y"), C.fdate(end, "ord_month_y")
    elif p == "split_us":
        s, e = C.fdate(start, "mon_d") if start.year == end.year else C.fdate(start, "mon_d_y"), C.fdate(end, "mon_d_y")
    else:
        s, e = C.fdate(start, "month_d_y"), C.fdate(end, "month_d_y")
    text = f"{s} \u2013 {e}"
    return text, {"statement_period_start": (0, len(s)), "statement_period_end": (len(text) - len(e), len(text))}


def _build(state, rows, fx, style, family):
    rng = random.Random()
    rng.setstate(state)
    W, H = style["pagesize"]
    m = 56.0
    size = 8.6
    acc = style["accent"]
    grey = (110, 110, 110)
    money = style["money"]
    bal = C.running(fx["opening"], rows)
    closing = bal[-1]
    credits, debits = C.totals(rows)
    ids = fx["ids"]
    show_bal = style["balance_pos"] != "none"
    fields = {"bank_name": fx["bank"], "account_holder_name": fx["holder"], "account_number": ids["account_number"],
              "statement_period_start": fx["start"].isoformat(), "statement_period_end": fx["end"].isoformat(),
              "currency": style["currency"], "opening_balance": canon_money(fx["opening"]),
              "closing_balance": canon_money(closing), "total_credits": canon_money(credits),
              "total_debits": canon_money(debits),
              "transactions": [C.tx_truth(r, b if show_bal else None) for r, b in zip(rows, bal)]}
    for k in ("sort_code", "iban", "routing_number"):
        if k in ids:
            fields[k] = ids[k]

    pages = [Page(W, H)]
    page = pages[0]
    # wordmark
    page.ellipse(m, m - 10, 14, 14, fill=acc)
    page.text(m + 20, m + 1, fx["bank"], family, 15, bold=True, field="bank_name")
    page.text(W - m, m, "Statement", family, 15, align="right")
    period, pmarks = _period(style, fx["start"], fx["end"])
    page.text(W - m, m + 15, period, family, size + 1, align="right", color=(60, 60, 60), marks=pmarks)
    # holder and account details: labels above values
    y = m + 60
    page.text(m, y, fx["holder"], family, size + 2, bold=True, field="account_holder_name")
    C.address_block(page, m, y + size * 1.6, fx["addr"], family, size, color=(70, 70, 70))
    details = [("Account number", ids["account_number"], "account_number")]
    if "sort_code" in ids:
        details.append(("Sort code", ids["sort_code"], "sort_code"))
    if "iban" in ids:
        iban = ids["iban"]
        details.append(("IBAN", " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if style["grouped"] else iban,
                        "iban"))
    if "routing_number" in ids:
        details.append(("Routing number", ids["routing_number"], "routing_number"))
    dx = W * 0.52
    for i, (label, value, key) in enumerate(details):
        yy = y + i * size * 3.1
        page.text(dx, yy - size * 0.2, label, family, size - 1, color=grey)
        page.text(dx, yy + size * 1.2, value, family, size + 1, field=key)
    y = max(y + size * 7, y + len(details) * size * 3.1) + (8 if style["tight"] else 20)
    # balance tiles
    tiles = [("Opening balance", fx["opening"], "opening_balance"), ("Money in", credits, "total_credits"),
             ("Money out", -debits, "total_debits"), ("Closing balance", closing, "closing_balance")]
    tw = (W - 2 * m - 3 * 10) / 4
    for i, (label, value, key) in enumerate(tiles):
        x = m + i * (tw + 10)
        page.rect(x, y, tw, 46, stroke=None, fill=(246, 246, 248), radius=6)
        page.text(x + 10, y + 15, label, family, size - 1, color=grey)
        text = (money if i in (1, 2) else money.with_(plus=False)).fmt(value)
        marks = C.sym_marks(text, key, style["sym"]) if i == 0 else {key: (0, len(text))}
        page.text(x + 10, y + 34, text, family, C.fit(text, family, size + 4, tw - 20, True), bold=True, marks=marks)
    y += 46 + (22 if style["tight"] else 34)

    # transactions: a narrow payee column on the left, amounts on the right
    right = W - m
    amt_x = right - (90 if style["balance_pos"] == "beside" else 0)
    by_day = style["by_day"]
    payee_x = m if by_day else m + 52
    type_x = payee_x + 175
    payee_w = 140 if style["type_col"] else 170
    lead = size * 1.3

    def header(p, y):
        p.text(m, y, "Date" if not by_day else "Description", family, size - 1, color=grey)
        if not by_day:
            p.text(payee_x, y, "Description", family, size - 1, color=grey)
        if style["type_col"]:
            p.text(type_x, y, "Type", family, size - 1, color=grey)
        p.text(amt_x, y, "Amount", family, size - 1, color=grey, align="right")
        if style["balance_pos"] == "beside":
            p.text(right, y, "Balance", family, size - 1, color=grey, align="right")
        p.hline(m, right, y + 5, width=0.4, color=(200, 200, 200))
        return y + size * 2.6

    def on_new(p):
        p.ellipse(m, m - 10, 10, 10, fill=acc)
        p.text(m + 16, m - 1, fx["bank"], family, size + 2, bold=True)
        p.text(right, m - 1, period, family, size - 0.5, align="right", color=grey)
        return header(p, m + 30)

    page.text(m, y, "Transactions", family, size + 4, bold=True)
    y += size * 2.4
    flow = C.Flow(pages, (W, H), H - m - 30, on_new, header(page, y))
    last_day = None
    for i, (r, b) in enumerate(zip(rows, bal)):
        lines = wrap(r.desc, family, size + 0.5, payee_w, bold=True)
        h = lead * max(len(lines), 2 if style["balance_pos"] == "under" else 1) + size * (0.7 if style["tight"] else 1.3)
        new_day = by_day and r.date != last_day
        if flow.need(h + (size * 2.2 if new_day else 0)):
            new_day = by_day
        p = flow.page
        key = f"transactions[{i}]"
        if new_day:
            p.text(m, flow.y, C.fdate(r.date, style["day_style"]), family, size, bold=True, color=acc)
            day_op = p.ops[-1]
            flow.y += size * (1.7 if style["tight"] else 2.2)
            last_day = r.date
        y = flow.y
        if by_day:
            day_op.marks[key] = (0, len(day_op.text))
        else:
            p.text(m, y, C.fdate(r.date, style["row_date"]), family, size, color=(60, 60, 60),
                   marks={key: (0, 10 ** 6)})
        for n, line in enumerate(lines):
            p.text(payee_x, y + n * lead, line, family, size + 0.5, bold=True, marks={key: (0, 10 ** 6)})
        if style["type_col"]:
            kind = "Bill payment" if r.kind == "bill" and style["region"] == "US" else KIND_LABEL[r.kind]
            p.text(type_x, y, kind, family, size - 1, color=grey)
        text = money.fmt(r.amount)
        p.text(amt_x, y, text, family, size + 0.5, bold=r.amount > 0, align="right",
               color=(0, 120, 60) if r.amount > 0 else (0, 0, 0), marks={key: (0, 10 ** 6)})
        if style["balance_pos"] == "beside":
            p.text(right, y, money.with_(plus=False).fmt(b), family, size, align="right", color=grey,
                   marks={key: (0, 10 ** 6)})
        elif style["balance_pos"] == "under":
            p.text(right, y + lead, money.with_(plus=False).fmt(b), family, size - 1, align="right", color=grey,
                   marks={key: (0, 10 ** 6)})
        flow.y += h
        p.hline(payee_x, right, flow.y - size * 1.2, width=0.3, color=(225, 225, 225))
    legal = _legal(style["region"], fx["bank"])
    if flow.y + 40 < flow.bottom:
        from ...doctypes.page_common import fine_print
        fine_print(flow.page, m, flow.y + 10, W - 2 * m, legal, family, size - 1.6)
    n = len(pages)
    for i, pg in enumerate(pages, start=1):
        pg.text(W / 2, H - m + 14, f"{i}/{n}", family, size - 1, align="center", color=grey)
    return pages, fields
