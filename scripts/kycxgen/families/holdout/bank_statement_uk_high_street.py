"""A UK high-street bank's current account statement: sort code and 8-digit
account number, "Paid out / Paid in / Balance" columns, short payment-type codes
(DD, SO, FPI, VIS, )))) before the details, the date printed only on the first
entry of each day, the balance only at the end of each day, balances brought and
carried forward across pages, and overdrawn balances marked with a D."""

DOC_TYPE = "bank_statement"
NAME = "uk_high_street"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A UK high-street bank's current account statement (GBP, sort code, Paid out/Paid in/Balance, "
               "dates like 04May26 or 04 May printed once per day, end-of-day balances, D for overdrawn).")

import random
from decimal import Decimal

from ...addresses import address_lines, uk_address
from ...checksums import iban_from_bban, iban_grouped
from ...layout import A4, Document, Page
from ...people import random_person
from . import _common as C

WEIGHTS = {"card": 30, "grocery": 14, "fuel": 5, "bill": 16, "atm": 7, "transfer_out": 6, "transfer_in": 7,
           "online": 5, "refund": 3, "rent": 2, "fee": 1, "benefit": 2}


def _describe(rng, t, town, others, chq):
    m = rng.choice(C.MERCHANTS_UK)
    k = t.kind
    if k == "salary":
        code, text = rng.choice(["BGC", "CR", "FPI"]), f"{rng.choice(C.UK_EMPLOYERS).upper()} SALARY"
    elif k == "transfer_in":
        code, text = "FPI", f"{rng.choice(others)} {C.ref_code(rng, 8)}"
    elif k == "benefit":
        code, text = "BGC", rng.choice(["DWP UC", "HMRC CHILD BENEFIT", "DWP PIP"])
    elif k == "refund":
        code, text = "CR", f"{m} REFUND"
    elif k in ("card", "grocery", "fuel"):
        code, text = rng.choice(["VIS", "VIS", ")))"]), f"{m} {town.upper()}"
    elif k == "bill":
        code, text = "DD", rng.choice(C.BILLERS_UK)
    elif k == "rent":
        code, text = "SO", f"{rng.choice(others)} RENT"
    elif k == "atm":
        code, text = rng.choice(["ATM", "CPT"]), f"CASH {town.upper()} {t.day:%d%b}".upper()
    elif k == "transfer_out":
        code, text = rng.choice(["FPO", "TFR"]), f"{rng.choice(others)} {C.ref_code(rng, 6)}"
    elif k == "online":
        code, text = "BP", f"{rng.choice(['CREDIT CARD', 'CLUB SUBS', 'SAVINGS POT'])} {C.ref_code(rng, 6)}"
    elif k == "fee":
        code, text = "", rng.choice(["ARRANGED OVERDRAFT FEE", "ACCOUNT FEE", "NON-STERLING TRANSACTION FEE"])
    else:
        code, text = "CHQ", f"{chq}"
    t.extra = {"code": code, "text": text}
    t.desc = f"{code} {text}".strip()


def generate(rng: random.Random, ctx) -> Document:
    bank = rng.choice(C.UK_BANKS)
    person = random_person(rng, ctx.reference_date, min_age=19)
    addr = uk_address(rng)
    bank_addr = uk_address(rng)
    start, end = C.month_period(rng, ctx.reference_date, aligned=0.5)
    sort = f"{rng.randint(10, 99)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
    account = f"{rng.randint(10000000, 99999999)}"
    bic4 = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
    iban = iban_from_bban("GB", bic4 + sort.replace("-", "") + account) if rng.random() < 0.55 else None
    overdraft = rng.random() < 0.25
    count = rng.randint(8, 14 if ctx.single_page else 40)
    others = [f"{p.given_names[0][0]} {p.surname}".upper() for p in (random_person(rng, ctx.reference_date)
                                                                      for _ in range(4))]
    opening, rows = C.activity(rng, start, end, count, WEIGHTS, opening=(-300, 2500) if overdraft else (200, 6000),
                               floor=Decimal(-450) if overdraft else Decimal(15))
    for t in rows:
        _describe(rng, t, addr.city, others, rng.randint(100100, 100999))
    family = rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Serif", "DejaVu Serif",
                         "Liberation Sans Narrow"])
    st = {"family": family, "size": rng.uniform(7.8, 8.8) if not ctx.single_page else rng.uniform(7.4, 8.0),
          "row_date": rng.choice(["dmony", "d_mon_y2", "d_mon"]),
          "color": rng.choice([(0, 102, 84), (0, 51, 102), (180, 20, 40), (80, 40, 110), (0, 0, 0)]),
          "title": rng.choice(["Your Statement", "Current Account Statement", "Statement of your account"]),
          "product": rng.choice(["CLASSIC ACCOUNT", "Current Account", "SELECT CURRENT ACCOUNT", "Bank Account"]),
          "end_of_day": rng.random() < 0.8, "sheet": rng.randint(3, 240), "upper": rng.random() < 0.75,
          "sym_summary": rng.random() < 0.7}
    name = person.full_name.upper() if st["upper"] else person.full_name
    n = len(rows)
    while True:
        used = rows[:n]
        for i, t in enumerate(used):
            t.show_balance = (not st["end_of_day"]) or C.last_of_day(used, i)
        closing = used[-1].balance
        fields = {"bank_name": bank, "account_holder_name": name, "account_number": account, "sort_code": sort,
                  "statement_period_start": start.isoformat(), "statement_period_end": end.isoformat(),
                  "currency": "GBP", "opening_balance": C.canon(opening), "closing_balance": C.canon(closing),
                  "total_credits": C.canon(sum((t.amount for t in used if t.amount > 0), Decimal(0))),
                  "total_debits": C.canon(-sum((t.amount for t in used if t.amount < 0), Decimal(0))),
                  "transactions": C.txn_truth(used)}
        if iban:
            fields["iban"] = iban
        pages = _draw(fields, st, used, opening, closing, addr, bank_addr, start, end, bic4)
        if not ctx.single_page or len(pages) == 1 or n <= 8:
            break
        n -= 1
    assert not ctx.single_page or len(pages) == 1
    return Document("bank_statement", fields, pages, "bank_statement/uk_high_street", family, meta={"region": "GB"})


def _draw(f, st, rows, opening, closing, addr, bank_addr, start, end, bic4) -> list:
    W, H = A4
    m = 36.0
    fam, s, col = st["family"], st["size"], st["color"]
    bal = C.Money(neg="od")
    plain = C.Money()
    gbp = C.Money(prefix="£", neg="od") if st["sym_summary"] else bal
    p = Page(W, H)
    pages = [p]
    C.monogram(p, m, 0, 28, col, C.initials(f["bank_name"]), "DejaVu Sans", "circle", baseline=m + 10)
    p.text(m + 36, m + 10, f["bank_name"], fam, s + 6, bold=True, color=col, field="bank_name")
    p.text(W - m, m + 8, st["title"], fam, s + 4, bold=True, align="right")
    # period: "1 April to 30 April 2026"
    if start.year == end.year:
        s_txt = f"{start.day} {C.MONTHS_EN[start.month - 1]}"
    else:
        s_txt = C.fdate(start, "d_month_y")
    e_txt = C.fdate(end, "d_month_y")
    period = f"{s_txt} to {e_txt}"
    p.text(W - m, m + 8 + s * 1.7, period, fam, s + 1, align="right",
           marks={"statement_period_start": (0, len(s_txt)), "statement_period_end": (len(period) - len(e_txt), len(period))})
    # address window
    y = m + 70
    p.text(m + 10, y, f["account_holder_name"], fam, s + 1.5, field="account_holder_name")
    y = C.address_block(p, m + 10, y + (s + 1.5) * 1.3, address_lines(addr), fam, s + 1.5)
    # account details panel
    px, pw = W * 0.54, W * 0.46 - m
    rows_info = [("Account name", f["account_holder_name"], None), ("Sort code", f["sort_code"], "sort_code"),
                 ("Account number", f["account_number"], "account_number"), ("Sheet number", str(st["sheet"]), None)]
    if "iban" in f:
        rows_info += [("IBAN", iban_grouped(f["iban"]), "iban"), ("BIC", f"{bic4}GB2L", None)]
    yy = m + 62
    p.rect(px, yy - s - 5, pw, len(rows_info) * s * 1.55 + 8, stroke=col, width=0.6)
    for label, value, field in rows_info:
        p.text(px + 6, yy, label, fam, s)
        room = pw - 22 - C.tw("Account number", fam, s)
        p.text(px + pw - 6, yy, value, fam, min(s, s * room / C.tw(value, fam, s, True)), bold=True, align="right",
               field=field)
        yy += s * 1.55
    y = max(y, yy) + 16
    # summary
    p.text(m, y, st["product"], fam, s + 2.5, bold=True, color=col)
    y += s * 1.8
    summ = [("Opening balance", gbp(opening), "opening_balance"),
            ("Payments in", gbp(Decimal(f["total_credits"])), "total_credits"),
            ("Payments out", gbp(Decimal(f["total_debits"])), "total_debits"),
            ("Closing balance", gbp(closing), "closing_balance")]
    sx = m + 220
    for label, value, field in summ:
        p.text(m, y, label, fam, s)
        p.text(sx, y, value, fam, s, bold=True, align="right", field=field)
        y += s * 1.5
    p.text(sx + 30, y - s * 4.5, "Arranged overdraft limit", fam, s - 0.5, color=C.GREY)
    p.text(W - m, y - s * 4.5, "£" + _od_limit(f["account_number"]), fam, s - 0.5, color=C.GREY, align="right")
    y += s * 1.2
    # transaction table
    c_date, c_code, c_det = m, m + 56, m + 84
    c_out, c_in, c_bal = W - m - 150, W - m - 80, W - m
    det_w = c_out - c_det - 56

    def head(pg, yy):
        pg.hline(m, W - m, yy - s - 3, width=0.8, color=col)
        pg.text(c_date, yy, "Date", fam, s, bold=True)
        pg.text(c_code, yy, "Payment type and details", fam, s, bold=True)
        pg.text(c_out, yy, "Paid out", fam, s, bold=True, align="right")
        pg.text(c_in, yy, "Paid in", fam, s, bold=True, align="right")
        pg.text(c_bal, yy, "Balance", fam, s, bold=True, align="right")
        pg.hline(m, W - m, yy + 4, width=0.5, color=col)
        return yy + s * 1.9

    y = head(p, y)
    state = {"bal": opening}

    def carried(pg, yy):
        pg.text(c_code, yy, "BALANCE CARRIED FORWARD", fam, s, bold=True)
        pg.text(c_bal, yy, bal(state["bal"]), fam, s, bold=True, align="right")

    def new_page(pgs):
        pg = Page(W, H)
        pgs.append(pg)
        pg.text(m, m + 8, f["bank_name"], fam, s + 1, bold=True, color=col)
        pg.text(W - m, m + 8, f"{f['account_holder_name']}   Sort code {f['sort_code']}   Account "
                f"{f['account_number']}", fam, s - 0.5, align="right")
        pg.text(W - m, m + 8 + s * 1.5, period + f"   Sheet {st['sheet']}", fam, s - 0.5, align="right")
        yy = head(pg, m + 44)
        pg.text(c_code, yy, "BALANCE BROUGHT FORWARD", fam, s, bold=True)
        pg.text(c_bal, yy, bal(state["bal"]), fam, s, bold=True, align="right")
        return yy + s * 1.7

    flow = C.Flow(pages, y, H - m - 34, new_page)
    flow.page.text(c_date, flow.y, C.fdate(start, st["row_date"]), fam, s)
    flow.page.text(c_code, flow.y, "BALANCE BROUGHT FORWARD", fam, s, bold=True)
    flow.page.text(c_bal, flow.y, bal(opening), fam, s, bold=True, align="right")
    flow.y += s * 1.7
    lead = s * 1.2
    prev_day = None
    for i, t in enumerate(rows):
        lines = C.wrap_lines(t.extra["text"], fam, s, det_w)
        h = lead * len(lines) + s * 0.5
        broke = flow.need(h + s * 1.6, before_break=lambda pg, yy: carried(pg, yy))
        pg, yy = flow.page, flow.y
        mk = {f"transactions[{i}]": (0, 10 ** 6)}
        if t.day != prev_day or broke:
            pg.text(c_date, yy, C.fdate(t.day, st["row_date"]), fam, s, marks=mk)
        prev_day = t.day
        if t.extra["code"]:
            pg.text(c_code, yy, t.extra["code"], fam, s, marks=mk)
        for k, line in enumerate(lines):
            pg.text(c_det, yy + k * lead, line, fam, s, marks=mk)
        pg.text(c_out if t.amount < 0 else c_in, yy, plain.bare(t.amount), fam, s, align="right", marks=mk)
        if t.show_balance:
            pg.text(c_bal, yy, bal(t.balance), fam, s, align="right", marks=mk)
        state["bal"] = t.balance
        flow.y += h
        if C.last_of_day(rows, i):
            pg.hline(c_date, W - m, flow.y - lead * 0.75, width=0.25, color=(200, 200, 200))
    flow.need(s * 3)
    flow.page.text(c_date, flow.y, C.fdate(end, st["row_date"]), fam, s)
    flow.page.text(c_code, flow.y, "BALANCE CARRIED FORWARD", fam, s, bold=True)
    flow.page.text(c_bal, flow.y, bal(closing), fam, s, bold=True, align="right")
    flow.y += s * 3
    if flow.y + 40 < H - m - 30:
        C.fine(flow.page, m, flow.y, W - 2 * m, "D = overdrawn balance. Your deposit is eligible for protection "
               "under the deposit guarantee scheme. Please check this statement and tell us about any entry you "
               "do not recognise as soon as possible.", fam, s - 1.5)
    C.footer_pages(pages, fam, s - 1, "Page {i} of {n}", m)
    return pages


def _od_limit(account: str) -> str:
    """A fixed arranged-overdraft limit derived from the account number (no extra randomness)."""
    return f"{(int(account[-2:]) % 10 + 1) * 250:,}.00"
