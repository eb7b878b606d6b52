"""US regional and community bank checking statements: an account summary with
instance counts, then one section per kind of activity (deposits and additions,
checks paid, electronic withdrawals, card and ATM withdrawals, fees), each with
its own total, rows dated MM/DD without a year, long ACH descriptions wrapping
over several lines, and a daily ending balance table. No running balance per
row."""

DOC_TYPE = "bank_statement"
NAME = "us_regional"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US regional or community bank's monthly checking statement (USD, Letter) with separate "
               "deposit, check and electronic-withdrawal sections, MM/DD row dates and a daily balance table.")

import random
from decimal import Decimal

from ...addresses import us_address, address_lines, street_name
from ...companies import BILLERS, EMPLOYERS, MERCHANTS
from ...doctypes import GenContext
from ...doctypes.page_common import logo, wrap
from ...layout import LETTER, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money
from . import _tune_common as C

BANKS = ["Prairie Hearth Bank", "Tri-Rivers Community Bank", "Bluestem State Bank", "Copper Basin Bank & Trust",
         "Old Mill Savings Bank", "Granite Falls National Bank", "Heron Bay Bank", "Cumberland Ridge Bank, N.A.",
         "First Farmers & Merchants Bank of Ellery", "Lakeland Valley Bank"]

# Coherent wordings: summary row / section title pairs per house style.
STYLES = [
    {"deposits": "Deposits and Additions", "checks": "Checks Paid", "electronic": "Electronic Withdrawals",
     "card": "ATM & Debit Card Withdrawals", "fees": "Fees", "begin": "Beginning Balance", "end": "Ending Balance",
     "summary": "CHECKING SUMMARY", "daily": "DAILY ENDING BALANCE"},
    {"deposits": "Deposits & Other Credits", "checks": "Checks", "electronic": "Electronic Debits",
     "card": "Card Transactions", "fees": "Service Charges & Fees", "begin": "Previous Balance",
     "end": "New Balance", "summary": "Account Summary", "daily": "Daily Balance Summary"},
    {"deposits": "Credits", "checks": "Checks Cleared", "electronic": "Withdrawals & Debits",
     "card": "Debit Card / ATM Activity", "fees": "Other Charges", "begin": "Balance Last Statement",
     "end": "Balance This Statement", "summary": "Summary of Account Activity", "daily": "Daily Balances"},
]
PRODUCTS = ["Everyday Checking", "Premier Checking", "Free Checking", "Hometown Checking", "Relationship Checking",
            "Basic Banking"]


def _desc(rng: random.Random, row: C.Row, card: str, holder: str, ctx_people: list) -> str:
    d = row.date
    emp = rng.choice(EMPLOYERS)
    who = rng.choice(ctx_people)
    if row.kind == "salary":
        if rng.random() < 0.5:
            return (f"Orig CO Name:{emp[:16]} Orig ID:{rng.randint(10 ** 9, 10 ** 10 - 1)} Desc Date:{d:%m%d%y} "
                    f"CO Entry Descr:Payroll Sec:PPD Trace#:{rng.randint(10 ** 14, 10 ** 15 - 1)} "
                    f"Eed:{d:%y%m%d} Ind ID:{rng.randint(10000, 99999)} Ind Name:{holder}")
        return f"Direct Dep {emp.upper()} Payroll PPD ID: {rng.randint(10 ** 9, 10 ** 10 - 1)}"
    if row.kind in ("credit", "refund", "interest"):
        return rng.choice([f"Remote Online Deposit {rng.randint(1, 9)}", f"Deposit ID Number {rng.randint(100000, 999999)}",
                           f"Real Time Payment Credit From {who} Ref {C.ref_code(rng, 9)}",
                           f"Online Transfer From Sav ...{rng.randint(1000, 9999)} Transaction#: {rng.randint(10 ** 9, 10 ** 10 - 1)}",
                           f"Card Refund {d:%m/%d} {rng.choice(MERCHANTS)} Card {card}",
                           "Interest Payment" if row.kind == "interest" else f"Branch Deposit {d:%m/%d}"])
    if row.kind == "card":
        state = rng.choice(["TX", "OH", "CO", "NC", "PA", "AZ", "MI"])
        pre = rng.choice(["Card Purchase", "Card Purchase With Pin", "Recurring Card Purchase", "POS Debit"])
        return f"{pre} {d:%m/%d} {rng.choice(MERCHANTS)} #{rng.randint(100, 9999)} {state} Card {card}"
    if row.kind == "cash":
        return rng.choice([f"ATM Withdrawal {d:%m/%d} {rng.randint(100, 9999)} {street_name(rng)} Card {card}",
                           f"Non-Bank ATM Withdrawal {d:%m/%d} Card {card}",
                           f"ATM Cash Withdrawal {d:%m/%d} Branch #{rng.randint(10, 99)}"])
    if row.kind == "bill":
        biller = rng.choice(BILLERS)
        return rng.choice([f"{biller} Autopay PPD ID: {rng.randint(10 ** 9, 10 ** 10 - 1)}",
                           f"Online Payment {rng.randint(10 ** 9, 10 ** 10 - 1)} To {biller.title()} {d:%m/%d}",
                           f"ACH Debit {biller} Web ID: {rng.randint(10 ** 8, 10 ** 9 - 1)}"])
    if row.kind == "transfer":
        return rng.choice([f"Online Transfer To Sav ...{rng.randint(1000, 9999)} Transaction#: {rng.randint(10 ** 9, 10 ** 10 - 1)} {d:%m/%d}",
                           f"Loan Payment Acct ...{rng.randint(1000, 9999)}",
                           f"Real Time Payment To {who} Ref {C.ref_code(rng, 8)}"])
    if row.kind == "fee":
        return rng.choice(["Monthly Service Fee", "Paper Statement Fee", "Stop Payment Fee", "Incoming Wire Fee",
                           "Non-Network ATM Fee"])
    return ""


def _section_of(row: C.Row, split_card: bool) -> str:
    if row.amount > 0:
        return "deposits"
    if row.kind == "check":
        return "checks"
    if row.kind == "fee":
        return "fees"
    if row.kind in ("card", "cash") and split_card:
        return "card"
    return "electronic"


def generate(rng: random.Random, ctx: GenContext) -> Document:
    person = random_person(rng, ctx.reference_date, min_age=20)
    addr = us_address(rng)
    bank = rng.choice(BANKS)
    bank_addr = us_address(rng, addr.region)
    start, end = C.month_period(rng, ctx.reference_date, calendar_share=0.5)
    words = dict(rng.choice(STYLES))
    family = rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Sans Narrow", "DejaVu Sans Condensed",
                         "Liberation Serif", "DejaVu Serif"])
    size = rng.uniform(7.6, 8.6)
    style = {
        "words": words, "split_card": rng.random() < 0.6, "summary": rng.choice(["instances", "equation"]),
        "sym": rng.choice(["all", "first", "none"]), "upper_titles": rng.random() < 0.6,
        "color": rng.choice([(0, 62, 114), (20, 20, 20), (0, 92, 66), (122, 30, 30), (64, 44, 110)]),
        "period": rng.choice(["through", "dash", "ending"]), "date": rng.choice(["month_d_y", "mdy", "mon_d_y"]),
        "row_date": rng.choice(["md", "md", "md_np"]), "routing": rng.random() < 0.55,
        "product": rng.choice(PRODUCTS), "card": f"{rng.randint(1000, 9999)}", "rules": rng.random() < 0.5,
        "acct_label": rng.choice(["Account Number:", "Primary Account:", "Account #", "Checking Account"]),
        "neg": rng.choice(["minus", "minus", "paren"]),
    }
    holder = ascii_upper(person.full_name) if rng.random() < 0.75 else person.full_name
    account = rng.choice([f"{rng.randint(10 ** 9, 10 ** 10 - 1)}", f"{rng.randint(10 ** 11, 10 ** 12 - 1)}",
                          f"000000{rng.randint(10 ** 8, 10 ** 9 - 1)}"])
    routing = C.aba(rng)
    people = [ascii_upper(f"{p.given_names[0]} {p.surname}") for p in
              (random_person(rng, ctx.reference_date) for _ in range(4))]
    count = rng.randint(8, 18) if ctx.single_page else rng.randint(10, 40)
    rows = C.make_rows(rng, start, end, count, {"credit": 9, "card": 34, "bill": 16, "cash": 7, "transfer": 8,
                                                 "check": 14, "fee": 3, "interest": 1})
    for r in rows:
        r.desc = _desc(rng, r, style["card"], holder, people)
    number = rng.randint(101, 4800)
    for r in sorted((r for r in rows if r.kind == "check"), key=lambda r: r.date):
        number += rng.choice([1, 1, 1, 1, 2, 3])
        r.desc = str(number)
    for r in rows:
        if r.kind == "fee":
            r.amount = -Decimal(rng.choice(["12.00", "15.00", "2.00", "35.00", "3.00", "25.00", "5.00"]))
    opening = C.opening_for(rng, rows, 300, 14000)
    fixed = {"bank": bank, "holder": holder, "account": account, "routing": routing, "start": start, "end": end,
             "opening": opening, "addr": addr, "bank_addr": bank_addr, "compact": ctx.single_page}
    pages, fields = C.fit_rows(lambda rs: _build(rng.getstate(), rs, fixed, style, family, size), rows,
                               ctx.single_page)
    return Document("bank_statement", fields, pages, f"bank_statement/{NAME}", family,
                    meta={"region": "US", "summary_style": style["summary"]})


def _build(state, rows, fx, style, family, size):
    rng = random.Random()
    rng.setstate(state)
    words = style["words"]
    W, H = LETTER
    m = 40.0
    col = style["color"]
    money = C.Money(neg=style["neg"])
    sym = C.Money(symbol="$", neg=style["neg"])
    sections = {}
    for r in rows:
        sections.setdefault(_section_of(r, style["split_card"]), []).append(r)
    order = [k for k in ("deposits", "checks", "electronic", "card", "fees") if k in sections]
    ordered = [r for k in order for r in sections[k]]
    credits, debits = C.totals(rows)
    closing = fx["opening"] + sum(r.amount for r in rows)
    fields = {"bank_name": fx["bank"], "account_holder_name": fx["holder"], "account_number": fx["account"],
              "statement_period_start": fx["start"].isoformat(), "statement_period_end": fx["end"].isoformat(),
              "currency": "USD", "opening_balance": canon_money(fx["opening"]),
              "closing_balance": canon_money(closing), "total_credits": canon_money(credits),
              "transactions": [C.tx_truth(r, None) for r in ordered]}
    if style["routing"]:
        fields["routing_number"] = fx["routing"]

    def title(t):
        return t.upper() if style["upper_titles"] else t

    pages = [Page(W, H)]
    page = pages[0]
    # ---- header
    logo(page, rng, m, m - 4, 28, col)
    page.text(m + 36, m + 12, fx["bank"], family, C.fit(fx["bank"], family, size + 6, W * 0.5 - m - 40, True),
              bold=True, color=col, field="bank_name")
    page.text(m + 36, m + 23, ", ".join(line for line, _ in address_lines(fx["bank_addr"])), family, size - 1.2,
              color=(90, 90, 90))
    s_txt, e_txt = C.fdate(fx["start"], style["date"]), C.fdate(fx["end"], style["date"])
    rx = W - m
    if style["period"] == "through":
        text = f"{s_txt} through {e_txt}"
        page.text(rx, m + 10, text, family, size + 0.5, align="right", bold=True,
                  marks={"statement_period_start": (0, len(s_txt)),
                         "statement_period_end": (len(text) - len(e_txt), len(text))})
    elif style["period"] == "dash":
        page.text(rx, m + 2, "Statement Period", family, size - 1, align="right", color=(80, 80, 80))
        text = f"{s_txt} - {e_txt}"
        page.text(rx, m + 13, text, family, size + 0.5, align="right", bold=True,
                  marks={"statement_period_start": (0, len(s_txt)),
                         "statement_period_end": (len(text) - len(e_txt), len(text))})
    else:
        bx = rx - max(C.width(e_txt, family, size, True), C.width("Statement Ending", family, size - 1)) - 18
        page.text(bx, m + 2, "Beginning", family, size - 1, color=(80, 80, 80), align="right")
        page.text(bx, m + 13, s_txt, family, size, bold=True, field="statement_period_start", align="right")
        page.text(rx, m + 2, "Statement Ending", family, size - 1, align="right", color=(80, 80, 80))
        page.text(rx, m + 13, e_txt, family, size, bold=True, align="right", field="statement_period_end")
    acct_text = fx["account"]
    page.text(rx - C.width(acct_text, family, size, True) - 4, m + 26, style["acct_label"], family, size,
              align="right")
    page.text(rx, m + 26, acct_text, family, size, bold=True, align="right", field="account_number")
    # customer service box
    by = m + 40
    page.rect(W * 0.56, by, W * 0.44 - m, 54, stroke=(150, 150, 150), width=0.5)
    page.text(W * 0.56 + 8, by + 12, "CUSTOMER SERVICE INFORMATION", family, size - 1, bold=True)
    page.text(W * 0.56 + 8, by + 24, f"Phone: 1-800-555-{rng.randint(1000, 9999)}", family, size - 1)
    page.text(W * 0.56 + 8, by + 34, f"Online: www.{''.join(c for c in fx['bank'].split()[0].lower() if c.isalpha())}bank.example",
              family, size - 1)
    if style["routing"]:
        t = f"Routing Number (ABA): {fx['routing']}"
        page.text(W * 0.56 + 8, by + 45, t, family, size - 1, marks={"routing_number": (len(t) - 9, len(t))})
    # holder
    y = m + 78
    page.text(m + 10, y - 12, f"{rng.randint(10000, 99999)} {rng.choice(['AB', 'XR', 'PK'])} 0.{rng.randint(400, 560)} "
              f"{rng.choice(['AUTO', 'T1', 'CR'])} {rng.randint(100, 999)} {rng.randint(1, 9)}", "DejaVu Sans Mono",
              5.5, color=(80, 80, 80))
    page.text(m + 10, y, fx["holder"], family, size + 1, field="account_holder_name")
    C.address_block(page, m + 10, y + (size + 1) * 1.3, fx["addr"], family, size + 1)
    y = max(y + 52, by + 72)
    # ---- summary
    page.rect(m, y, W - 2 * m, size + 8, stroke=None, fill=col)
    page.text(m + 6, y + size + 2, title(words["summary"]), family, size + 1, bold=True, color=(255, 255, 255))
    page.text(W - m - 6, y + size + 2, style["product"], family, size, color=(255, 255, 255), align="right")
    y += size + 22
    s_amt = sym
    if style["summary"] == "instances":
        page.text(W * 0.62, y, "INSTANCES", family, size - 1, bold=True, align="right")
        page.text(W - m - 6, y, "AMOUNT", family, size - 1, bold=True, align="right")
        y += size * 1.7
        lines = [(words["begin"], None, fx["opening"], "opening_balance")]
        for k in ["deposits"] + [k for k in order if k != "deposits"]:
            total = sum((r.amount for r in sections.get(k, [])), Decimal(0))
            lines.append((words[k], len(sections.get(k, [])), total, "total_credits" if k == "deposits" else None))
        lines.append((words["end"], None, closing, "closing_balance"))
        for i, (label, n, value, key) in enumerate(lines):
            bold = i in (0, len(lines) - 1)
            page.text(m + 6, y, label, family, size, bold=bold)
            if n is not None:
                page.text(W * 0.62, y, str(n), family, size, align="right")
            text = s_amt.fmt(value) if bold or key else money.fmt(value)
            page.text(W - m - 6, y, text, family, size, bold=bold, align="right",
                      marks=C.sym_marks(text, key, "$") if i == 0 else ({key: (0, len(text))} if key else None))
            y += size * 1.55
    else:
        s_lab, e_lab = f"{words['begin']} on {C.fdate(fx['start'], 'md_np')}", f"{words['end']} on {C.fdate(fx['end'], 'md_np')}"
        lines = [(s_lab, s_amt.fmt(fx["opening"]), "opening_balance"),
                 ("Deposits/Additions", money.fmt(credits), "total_credits"),
                 ("Withdrawals/Subtractions", "- " + money.mag(debits), "total_debits"),
                 (e_lab, s_amt.fmt(closing), "closing_balance")]
        fields["total_debits"] = canon_money(debits)
        for label, text, key in lines:
            page.text(m + 6, y, label, family, size, bold=key.endswith("balance"))
            marks = {key: (2, len(text))} if text.startswith("- ") else {key: (0, len(text))}
            if key == "opening_balance":
                marks = C.sym_marks(text, key, "$")
            page.text(W * 0.55, y, text, family, size, bold=key.endswith("balance"), align="right", marks=marks)
            y += size * 1.55
    y += 12

    # ---- sections
    def on_new(p):
        p.text(m, m + 10, fx["bank"], family, size + 1, bold=True, color=col)
        p.text(W - m, m + 10, f"{fx['holder']}  |  {style['acct_label']} {fx['account']}", family, size - 0.5,
               align="right")
        p.hline(m, W - m, m + 16, width=0.6, color=col)
        return m + 36

    flow = C.Flow(pages, (W, H), H - m - 30, on_new, y)
    lead = size * 1.22
    desc_x, desc_w = m + 52, W - 2 * m - 52 - 90
    idx = 0
    def head(k, cont=False):
        p, y = flow.page, flow.y
        p.text(m, y, title(words[k]) + (" (continued)" if cont else ""), family, size + 1.5, bold=True, color=col)
        p.hline(m, W - m, y + 3, width=0.8, color=col)
        y += size * 1.9
        if k == "checks":
            p.text(m, y, "CHECK NO.", family, size - 1, bold=True)
            p.text(m + 90, y, "DATE PAID", family, size - 1, bold=True)
        else:
            p.text(m, y, "DATE", family, size - 1, bold=True)
            p.text(desc_x, y, "DESCRIPTION", family, size - 1, bold=True)
        p.text(W - m, y, "AMOUNT", family, size - 1, bold=True, align="right")
        flow.y = y + size * 1.5

    def need(k, h):
        if flow.need(h):
            head(k, cont=True)

    for k in order:
        flow.need(size * 7)
        head(k)
        for j, r in enumerate(sections[k]):
            key = {f"transactions[{idx}]": (0, 10 ** 6)}
            shown = sym if (style["sym"] == "all" or (style["sym"] == "first" and j == 0)) else money
            if k == "checks":
                need(k, lead + 2)
                p, y = flow.page, flow.y
                p.text(m, y, r.desc, family, size, marks=key)
                if j and int(r.desc) != int(sections[k][j - 1].desc) + 1:
                    p.text(m + 4 + C.width(r.desc, family, size), y, "*", family, size)
                p.text(m + 90, y, C.fdate(r.date, style["row_date"]), family, size, marks=key)
                p.text(W - m, y, shown.mag(r.amount), family, size, align="right", marks=key)
                flow.y += lead + 2
            else:
                lines = wrap(r.desc, family, size, desc_w)
                need(k, lead * len(lines) + 2)
                p, y = flow.page, flow.y
                p.text(m, y, C.fdate(r.date, style["row_date"]), family, size, marks=key)
                for n, line in enumerate(lines):
                    p.text(desc_x, y + n * lead, line, family, size, marks=key)
                p.text(W - m, y, shown.mag(r.amount), family, size, align="right", marks=key)
                flow.y += lead * len(lines) + 2
            if style["rules"]:
                flow.page.hline(m, W - m, flow.y - lead * 0.72, width=0.2, color=(200, 200, 200))
            idx += 1
        flow.need(size * 2.4)
        p, y = flow.page, flow.y
        total = sum(r.amount for r in sections[k])
        p.hline(W - m - 110, W - m, y - size * 0.8, width=0.5)
        p.text(m, y + 2, f"Total {words[k]}", family, size, bold=True)
        p.text(W - m, y + 2, sym.mag(total), family, size, bold=True, align="right")
        numbers = [int(r.desc) for r in sections[k]] if k == "checks" else []
        if any(b != a + 1 for a, b in zip(numbers, numbers[1:])):  # a "*" was printed
            p.text(m, y + 2 + size * 1.4, "* indicates a break in check number sequence", family, size - 1.5,
                   color=(90, 90, 90))
            flow.y += size * 1.4
        flow.y += size * 3.2

    # ---- daily ending balances
    days = sorted({r.date for r in rows})
    bal = C.running(fx["opening"], rows)
    daily = [(d, [b for r, b in zip(rows, bal) if r.date == d][-1]) for d in days]
    per_col = (len(daily) + 2) // 3
    if fx["compact"] and flow.y + size * 4 + per_col * size * 1.45 > flow.bottom:
        per_col = 0  # a one-page print leaves the daily balances out
    else:
        flow.need(size * 4 + per_col * size * 1.45)
    p, y = flow.page, flow.y
    if per_col:
        p.text(m, y, title(words["daily"]), family, size + 1.5, bold=True, color=col)
        p.hline(m, W - m, y + 3, width=0.8, color=col)
        y += size * 1.9
    cw = (W - 2 * m) / 3
    for c in range(3 if per_col else 0):
        p.text(m + c * cw, y, "DATE", family, size - 1, bold=True)
        p.text(m + c * cw + cw - 16, y, "AMOUNT", family, size - 1, bold=True, align="right")
    y += size * 1.5
    for i, (d, b) in enumerate(daily if per_col else []):
        c, rr = divmod(i, per_col)
        p.text(m + c * cw, y + rr * size * 1.45, C.fdate(d, "md"), family, size)
        p.text(m + c * cw + cw - 16, y + rr * size * 1.45, money.fmt(b), family, size, align="right")
    flow.y = y + per_col * size * 1.45 + 14
    if flow.y + 40 < flow.bottom:
        from ...doctypes.page_common import fine_print
        fine_print(flow.page, m, flow.y, W - 2 * m,
                   "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC FUNDS TRANSFERS: Call us or write to us at "
                   "the address on this statement as soon as you can if you think your statement or receipt is wrong. "
                   "We must hear from you no later than 60 days after we sent you the FIRST statement on which the "
                   "problem or error appeared. Member FDIC. Equal Housing Lender.", family, size - 1.8)
    n = len(pages)
    for i, pg in enumerate(pages, start=1):
        pg.text(W - m, H - m + 6, f"Page {i} of {n}", family, size - 1, align="right", color=(80, 80, 80))
    return pages, fields
