"""A US community bank's statement printed by its core system: a boxed summary
with item counts ("Deposits/Credits (6)"), a narrow description column whose
payee texts wrap onto second and third lines, one Amount column with debits in
brackets, and the balance printed only on the last item of each day. Dates as
"4/03" or "Apr 03"; statement dates "4/1/26 thru 4/30/26"."""

DOC_TYPE = "bank_statement"
NAME = "regional_wrap"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US community bank's core-system statement (USD) with wrapped payee descriptions, bracketed "
               "debits and end-of-day balances only.")

import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C

WEIGHTS = {"card": 26, "grocery": 10, "fuel": 8, "bill": 16, "atm": 6, "transfer_out": 6, "transfer_in": 6,
           "cheque": 8, "online": 6, "cash_in": 4, "fee": 2, "loan": 4}


def _describe(rng, t, city, state, chk):
    m = rng.choice(C.MERCHANTS_US)
    k = t.kind
    if k == "salary":
        t.desc = f"PREAUTHORIZED CREDIT {rng.choice(C.EMPLOYERS_US).upper()} PAYROLL {C.digits(rng, 6)}"
    elif k == "transfer_in":
        t.desc = f"ONLINE TRANSFER FROM SAVINGS XXXXXX{rng.randint(1000, 9999)}"
    elif k == "cash_in":
        t.desc = rng.choice(["DEPOSIT", "BRANCH DEPOSIT - THANK YOU", "REMOTE DEPOSIT CAPTURE"])
    elif k in ("card", "grocery", "fuel"):
        t.desc = f"POS PURCHASE {m} {rng.randint(100, 9999)} {C.street_like(rng)} {city.upper()} {state} CARD {rng.randint(1000, 9999)}"
    elif k == "bill":
        t.desc = f"PREAUTHORIZED DEBIT {rng.choice(C.BILLERS_US)} {rng.choice(['ACH PMT', 'AUTOPAY', 'PAYMENT'])} {C.digits(rng, 8)}"
    elif k == "atm":
        t.desc = f"ATM WITHDRAWAL {C.street_like(rng)} {city.upper()} {state} TERM {C.ref_code(rng, 6)}"
    elif k == "transfer_out":
        t.desc = f"ONLINE TRANSFER TO SAVINGS XXXXXX{rng.randint(1000, 9999)}"
    elif k == "cheque":
        t.desc = f"CHECK NO {chk}"
    elif k == "online":
        t.desc = f"BILL PAY {rng.choice(C.BILLERS_US)} ON-LINE {C.digits(rng, 5)} ON {t.day:%m/%d}"
    elif k == "loan":
        t.desc = f"LOAN PAYMENT TRANSFER TO LOAN NO {C.digits(rng, 7)}"
    else:
        t.desc = rng.choice(["SERVICE CHARGE", "STOP PAYMENT FEE", "PAPER STATEMENT FEE"])


def generate(rng: random.Random, ctx) -> Document:
    bank = rng.choice(C.US_REGIONAL_BANKS).upper()
    person = random_person(rng, ctx.reference_date, min_age=20)
    addr = us_address(rng)
    bank_addr = us_address(rng, addr.region)
    start, end = C.month_period(rng, ctx.reference_date, aligned=0.4)
    account = rng.choice([C.digits(rng, 8), C.digits(rng, 10), f"{rng.randint(1, 9)}-{C.digits(rng, 6)}-{rng.randint(0, 9)}"])
    count = rng.randint(8, 11 if ctx.single_page else 34)
    opening, rows = C.activity(rng, start, end, count - 1, WEIGHTS, opening=(500, 12000))
    interest = C.Txn(end, "interest", "INTEREST CREDIT", C.cents(rng.uniform(0.03, 4.0)))
    rows.append(interest)
    C.rebalance(opening, rows)
    chk = rng.randint(1100, 8800)
    for t in rows[:-1]:
        _describe(rng, t, addr.city, addr.region, chk)
        chk += t.kind == "cheque"
    family = rng.choice(["Liberation Serif", "DejaVu Serif", "Liberation Mono", "DejaVu Sans Mono", "Liberation Sans"])
    mono = "Mono" in family
    st = {"family": family, "size": (rng.uniform(7.2, 7.8) if mono else rng.uniform(7.8, 8.8)) - (0.3 if ctx.single_page else 0),
          "row_date": rng.choice(["m_dd", "mon_dd"]), "color": rng.choice([(25, 60, 40), (30, 50, 100), (90, 30, 30)]),
          "product": rng.choice(["PERSONAL CHECKING", "HOMETOWN CHECKING", "MONEY MARKET SAVINGS", "INTEREST CHECKING"]),
          "upper": rng.random() < 0.8, "paren_sym": rng.random() < 0.3, "desc_w": rng.uniform(140, 185),
          "apy": rng.choice(["0.01", "0.05", "0.10", "0.25", "0.40"])}
    name = person.full_name.upper() if st["upper"] else person.full_name
    n = len(rows)
    while True:
        used = rows[:n]
        for i, t in enumerate(used):
            t.show_balance = C.last_of_day(used, i)
        closing = used[-1].balance
        fields = {"bank_name": bank, "account_holder_name": name, "account_number": account,
                  "statement_period_start": start.isoformat(), "statement_period_end": end.isoformat(),
                  "currency": "USD", "opening_balance": C.canon(opening), "closing_balance": C.canon(closing),
                  "total_credits": C.canon(sum((t.amount for t in used if t.amount > 0), Decimal(0))),
                  "total_debits": C.canon(-sum((t.amount for t in used if t.amount < 0), Decimal(0))),
                  "transactions": C.txn_truth(used)}
        pages = _draw(fields, st, used, opening, closing, addr, bank_addr, start, end)
        if not ctx.single_page or len(pages) == 1 or n <= 8:
            break
        n -= 1
    assert not ctx.single_page or len(pages) == 1
    return Document("bank_statement", fields, pages, "bank_statement/regional_wrap", family, meta={"region": "US"})


def _draw(f, st, rows, opening, closing, addr, bank_addr, start, end) -> list:
    W, H = LETTER
    m = 40.0
    fam, s, col = st["family"], st["size"], st["color"]
    amt = C.Money(neg="paren", prefix="$" if st["paren_sym"] else "")
    plain = C.Money()
    p = Page(W, H)
    pages = [p]
    p.text(W / 2, m + 8, f["bank_name"], fam, s + 6, bold=True, color=col, align="center", field="bank_name")
    bl = address_lines(bank_addr)
    p.text(W / 2, m + 20, f"{bl[0][0]}  *  {bl[1][0]}  *  Member FDIC", fam, s - 1, align="center", color=C.GREY)
    p.hline(m, W - m, m + 27, width=1.4, color=col)
    p.hline(m, W - m, m + 30, width=0.4, color=col)
    y = m + 72
    p.text(m + 20, y, f["account_holder_name"], fam, s + 1, field="account_holder_name")
    y = C.address_block(p, m + 20, y + (s + 1) * 1.3, address_lines(addr), fam, s + 1)
    # boxed summary at the right
    bx, bw = W - m - 230, 230
    by = m + 46
    s_txt, e_txt = C.fdate(start, "m_d_yy"), C.fdate(end, "m_d_yy")
    period = f"{s_txt} thru {e_txt}"
    nc = sum(1 for t in rows if t.amount > 0)
    nd = len(rows) - nc
    lines = [("Account Number", f["account_number"], "account_number", None),
             ("Statement Dates", period, None, {"statement_period_start": (0, len(s_txt)),
                                                "statement_period_end": (len(period) - len(e_txt), len(period))}),
             ("Days in Period", str((end - start).days + 1), None, None),
             ("Previous Balance", plain(opening), "opening_balance", None),
             (f"Deposits/Credits ({nc})", plain(Decimal(f["total_credits"])), "total_credits", None),
             (f"Withdrawals/Debits ({nd})", plain(Decimal(f["total_debits"])), "total_debits", None),
             ("Ending Balance", plain(closing), "closing_balance", None)]
    p.rect(bx, by, bw, len(lines) * s * 1.6 + 10, stroke=(0, 0, 0), width=0.6)
    yy = by + s + 6
    for label, value, field, marks in lines:
        p.text(bx + 6, yy, label, fam, s)
        p.text(bx + bw - 6, yy, value, fam, s, bold=label == "Ending Balance", align="right", field=field, marks=marks)
        yy += s * 1.6
    y = max(y, yy) + 22
    p.rect(m, y - s - 4, W - 2 * m, s + 8, stroke=None, fill=col)
    p.text(m + 6, y, st["product"], fam, s + 1, bold=True, color=(255, 255, 255))
    y += s * 2.2
    c_date, c_desc = m + 2, m + 60
    c_amt, c_bal = c_desc + st["desc_w"] + 110, W - m - 2
    lead = s * 1.22

    def head(pg, yy):
        pg.text(c_date, yy, "Date", fam, s, bold=True)
        pg.text(c_desc, yy, "Description", fam, s, bold=True)
        pg.text(c_amt, yy, "Amount", fam, s, bold=True, align="right")
        pg.text(c_bal, yy, "Balance", fam, s, bold=True, align="right")
        pg.hline(m, W - m, yy + 3, width=0.6)
        return yy + s * 1.8

    def new_page(pgs):
        pg = Page(W, H)
        pgs.append(pg)
        pg.text(m, m + 8, f["bank_name"], fam, s + 1, bold=True, color=col)
        pg.text(W - m, m + 8, f"{f['account_holder_name']}   Acct {f['account_number']}   {period}", fam, s - 0.5,
                align="right")
        pg.text(m, m + 30, st["product"] + " (continued)", fam, s, bold=True)
        return head(pg, m + 50)

    y = head(p, y)
    flow = C.Flow(pages, y, H - m - 40, new_page)
    flow.page.text(c_date, flow.y, C.fdate(start, st["row_date"]), fam, s)
    flow.page.text(c_desc, flow.y, "BEGINNING BALANCE", fam, s)
    flow.page.text(c_bal, flow.y, plain(opening), fam, s, align="right")
    flow.y += s * 1.7
    for i, t in enumerate(rows):
        dl = C.wrap_lines(t.desc, fam, s, st["desc_w"])
        h = lead * len(dl) + s * 0.45

        def more(pg, yy):
            pg.text(W / 2, H - m - 30, "(Continued on next page)", fam, s - 0.5, align="center", color=C.GREY)

        flow.need(h, before_break=more)
        pg, yy = flow.page, flow.y
        mk = {f"transactions[{i}]": (0, 10 ** 6)}
        pg.text(c_date, yy, C.fdate(t.day, st["row_date"]), fam, s, marks=mk)
        for k, line in enumerate(dl):
            pg.text(c_desc, yy + k * lead, line, fam, s, marks=mk)
        pg.text(c_amt, yy, amt(t.amount), fam, s, align="right", marks=mk)
        if t.show_balance:
            pg.text(c_bal, yy, plain(t.balance), fam, s, align="right", marks=mk)
        flow.y += h
    flow.need(s * 4)
    flow.page.text(c_date, flow.y, C.fdate(end, st["row_date"]), fam, s)
    flow.page.text(c_desc, flow.y, "ENDING BALANCE", fam, s, bold=True)
    flow.page.text(c_bal, flow.y, plain(closing), fam, s, bold=True, align="right")
    flow.y += s * 3
    ytd = C.cents(rows[-1].amount * end.month) if rows[-1].kind == "interest" else Decimal("0.00")
    if flow.y + 30 < H - m - 30:
        flow.page.text(m, flow.y, f"Interest paid year-to-date: {plain(ytd)}     Annual percentage yield earned: "
                       f"{st['apy']}%", fam, s - 0.5)
    C.footer_pages(pages, fam, s - 1, "Page {i} of {n}", m)
    return pages

