"""A US credit union's member statement: a member number with share suffixes, an
account summary listing the share draft (checking) and the regular share
(savings), then the share draft's activity with one signed Amount column whose
withdrawals carry a trailing minus, two-line descriptions, and dividends."""

DOC_TYPE = "bank_statement"
NAME = "credit_union"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US credit union's monthly member statement (share draft checking plus a regular share "
               "summary, USD, trailing-minus withdrawals, dates as MON DD or MM-DD without a year).")

import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C

WEIGHTS = {"card": 30, "grocery": 12, "fuel": 8, "bill": 14, "atm": 8, "cheque": 8, "transfer_out": 6,
           "transfer_in": 6, "refund": 3, "cash_in": 4, "fee": 2, "loan": 4}


def _describe(rng, t: C.Txn, city: str, state: str, checks: list) -> None:
    """Two-part descriptions: the transaction type, then the counterparty detail line."""
    k = t.kind
    m = rng.choice(C.MERCHANTS_US)
    if k == "salary":
        head, tail = "ACH Deposit", f"{rng.choice(C.EMPLOYERS_US).upper()} PAYROLL"
    elif k in ("card", "grocery", "fuel"):
        head = rng.choice(["Withdrawal Debit Card", "POS Withdrawal", "Debit Card Purchase"])
        tail = f"{m} {city.upper()} {state} {t.day:%m/%d}"
    elif k == "bill":
        head, tail = "ACH Withdrawal", f"{rng.choice(C.BILLERS_US)} WEB PMT {C.digits(rng, 7)}"
    elif k == "atm":
        head, tail = "ATM Withdrawal", f"CU ATM {rng.randint(100, 9999)} {C.street_like(rng)}"
    elif k == "cheque":
        n = checks.pop(0)
        head, tail = f"Share Draft #{n}", ""
    elif k == "transfer_out":
        head, tail = "Transfer To Share 00", rng.choice(["Online Banking", "Home Banking", "Mobile App"])
    elif k == "transfer_in":
        head, tail = "Transfer From Share 00", rng.choice(["Online Banking", "Audio Response", "Mobile App"])
    elif k == "refund":
        head, tail = "Credit Debit Card Return", f"{m} {t.day:%m/%d}"
    elif k == "cash_in":
        head, tail = rng.choice(["Deposit Shared Branch", "Deposit Teller", "Mobile Deposit"]), ""
    elif k == "fee":
        head, tail = rng.choice(["Fee Overdraft Transfer", "Fee Paper Statement", "Fee ATM Non-Network"]), ""
    elif k == "loan":
        head, tail = f"Transfer To Loan {rng.choice(['L01', 'L40', 'L52'])}", "Auto Loan Payment"
    else:
        head, tail = "Dividend", ""
    t.extra = {"lines": [head] + ([tail] if tail else [])}
    t.desc = " ".join(t.extra["lines"])


def generate(rng: random.Random, ctx) -> Document:
    cu = rng.choice(C.CREDIT_UNIONS)
    person = random_person(rng, ctx.reference_date, min_age=19)
    addr = us_address(rng)
    cu_addr = us_address(rng, addr.region)
    start, end = C.month_period(rng, ctx.reference_date, aligned=0.8)
    member = rng.choice([f"{rng.randint(1000, 999999)}", f"{rng.randint(100000, 9999999):07d}"])
    routing = C.aba(rng) if rng.random() < 0.55 else None
    count = rng.randint(8, 15 if ctx.single_page else 38)
    opening, rows = C.activity(rng, start, end, count - 1, WEIGHTS, salary=rng.choice([1, 2]),
                               opening=(150, 4500))
    # the monthly dividend, credited on the last day
    div = C.Txn(end, "interest", "Dividend", C.cents(rng.uniform(0.02, 3.5)))
    rows.append(div)
    C.rebalance(opening, rows)
    checks = list(range(rng.randint(1001, 4800), 5000))
    for t in rows:
        _describe(rng, t, addr.city, addr.region, checks)
    apy = rng.choice(["0.05", "0.10", "0.15", "0.25", "0.50"])
    div.extra = {"lines": [f"Dividend {apy}% APY", ""][:1]}
    div.desc = div.extra["lines"][0]
    family = rng.choice(["DejaVu Sans Mono", "Liberation Mono", "Liberation Sans", "DejaVu Sans Condensed",
                         "Liberation Sans Narrow"])
    style = {
        "family": family,
        "size": rng.uniform(7.2, 8.0) if "Mono" in family else rng.uniform(7.8, 8.8),
        "row_date": rng.choice(["MON_DD", "md_dash", "md"]),
        "period_date": rng.choice(["mdy2", "mdy", "mon_d_y"]),
        "joiner": rng.choice([" thru ", " - ", " through "]),
        "color": rng.choice([(0, 84, 147), (0, 110, 80), (122, 30, 60), (40, 40, 110)]),
        "shape": rng.choice(["shield", "circle", "square"]),
        "upper": rng.random() < 0.7,
        "suffix": rng.choice(["10", "0010", "S10", "0001"]),
        "member_label": rng.choice(["Member Number", "Member No.", "Account Number", "Member #"]),
        "draft_name": rng.choice(["SHARE DRAFT CHECKING", "Share Draft", "FREE CHECKING (SHARE DRAFT)"]),
        "share_name": rng.choice(["REGULAR SHARE", "Primary Share Savings", "MEMBERSHIP SHARE"]),
        "share_bal": C.cents(rng.choice([5, 25, 25, 50]) + rng.choice([0, 0, rng.uniform(10, 2500)])),
        "summary_money": rng.choice([C.US_SYM, C.US]),
        "div_ytd": C.cents(div.amount * Decimal(end.month) * Decimal(rng.uniform(0.8, 1.1))),
    }
    name = person.full_name.upper() if style["upper"] else person.full_name
    n = len(rows)
    while True:
        used = rows[:n]
        closing = C.rebalance(opening, used)
        fields = {"bank_name": cu, "account_holder_name": name, "account_number": member,
                  "statement_period_start": start.isoformat(), "statement_period_end": end.isoformat(),
                  "currency": "USD", "opening_balance": C.canon(opening), "closing_balance": C.canon(closing),
                  "total_credits": C.canon(sum((t.amount for t in used if t.amount > 0), Decimal(0))),
                  "total_debits": C.canon(-sum((t.amount for t in used if t.amount < 0), Decimal(0))),
                  "transactions": C.txn_truth(used)}
        if routing:
            fields["routing_number"] = routing
        pages = _draw(fields, style, used, opening, closing, addr, cu_addr, start, end)
        if not ctx.single_page or len(pages) == 1 or n <= 8:
            break
        n -= 1
    assert not ctx.single_page or len(pages) == 1
    return Document("bank_statement", fields, pages, "bank_statement/credit_union", family,
                    meta={"region": "US"})


def _draw(f, st, rows, opening, closing, addr, cu_addr, start, end) -> list:
    W, H = LETTER
    m = 36.0
    fam, s = st["family"], st["size"]
    col = st["color"]
    money = C.US
    sm = st["summary_money"]
    p = Page(W, H)
    pages = [p]
    C.monogram(p, m, 0, 30, col, C.initials(f["bank_name"]), "DejaVu Sans", st["shape"], baseline=m + 10)
    p.text(m + 38, m + 10, f["bank_name"], fam, s + 5, bold=True, color=col, field="bank_name")
    p.text(m + 38, m + 22, ", ".join(line for line, _ in address_lines(cu_addr)), fam, s - 1, color=C.GREY)
    p.text(W - m, m + 6, "MEMBER STATEMENT", fam, s + 3, bold=True, align="right")
    s_txt, e_txt = C.fdate(start, st["period_date"]), C.fdate(end, st["period_date"])
    period = s_txt + st["joiner"] + e_txt
    # the statement box at the top right: member number and period
    bx, bw = W - m - 240, 240
    p.rect(bx, m + 14, bw, 48 if f.get("routing_number") else 36, stroke=col, width=0.8)
    C.label_value(p, bx + 6, m + 26, st["member_label"] + ":", f["account_number"], fam, s,
                  field="account_number", vx=bx + 92)
    p.text(bx + 6, m + 38, "Statement Period:", fam, s, bold=True)
    p.text(bx + 92, m + 38, period, fam, min(s, s * (bw - 98) / C.tw(period, fam, s)), marks={"statement_period_start": (0, len(s_txt)),
                                                    "statement_period_end": (len(period) - len(e_txt), len(period))})
    if f.get("routing_number"):
        C.label_value(p, bx + 6, m + 50, "Routing Number:", f["routing_number"], fam, s, field="routing_number",
                      vx=bx + 92)
    y = m + 96
    p.text(m + 18, y, f["account_holder_name"], fam, s + 1.5, field="account_holder_name")
    y = C.address_block(p, m + 18, y + (s + 1.5) * 1.35, address_lines(addr), fam, s + 1.5)
    # summary of all shares
    y = max(y, m + 130) + 18
    p.rect(m, y - s - 4, W - 2 * m, s + 7, stroke=None, fill=col)
    p.text(m + 4, y, "ACCOUNT SUMMARY", fam, s, bold=True, color=(255, 255, 255))
    cols = [m + 4, m + 60, W - m - 300, W - m - 205, W - m - 110, W - m - 4]
    y += s * 1.9
    heads = ["Suffix", "Account", "Beginning Bal", "Deposits", "Withdrawals", "Ending Bal"]
    for i, h in enumerate(heads):
        p.text(cols[i], y, h, fam, s, bold=True, align="left" if i < 2 else "right")
    p.hline(m, W - m, y + 3, width=0.4)
    y += s * 1.6
    share_suffix = "00" if len(st["suffix"]) <= 3 else "0000"
    credits, debits = Decimal(f["total_credits"]), Decimal(f["total_debits"])
    p.text(cols[0], y, st["suffix"], fam, s)
    p.text(cols[1], y, st["draft_name"].title() if st["draft_name"].isupper() else st["draft_name"], fam, s)
    p.text(cols[2], y, sm(opening), fam, s, align="right", field="opening_balance")
    p.text(cols[3], y, sm(credits), fam, s, align="right")
    p.text(cols[4], y, sm(debits), fam, s, align="right")
    p.text(cols[5], y, sm(closing), fam, s, align="right", field="closing_balance")
    y += s * 1.5
    p.text(cols[0], y, share_suffix, fam, s)
    p.text(cols[1], y, st["share_name"].title() if st["share_name"].isupper() else st["share_name"], fam, s)
    sb = st["share_bal"]
    for i, v in ((2, sb), (3, Decimal(0)), (4, Decimal(0)), (5, sb)):
        p.text(cols[i], y, sm(v), fam, s, align="right")
    y += s * 2.6

    # share draft activity
    c_date, c_desc, c_amt, c_bal = m + 4, m + 58, W - m - 100, W - m - 4
    desc_w = c_amt - c_desc - 70

    def table_head(pg, yy):
        pg.rect(m, yy - s - 4, W - 2 * m, s + 7, stroke=None, fill=C.LIGHT)
        pg.text(c_date, yy, "Date", fam, s, bold=True)
        pg.text(c_desc, yy, "Transaction Description", fam, s, bold=True)
        pg.text(c_amt, yy, "Amount", fam, s, bold=True, align="right")
        pg.text(c_bal, yy, "Balance", fam, s, bold=True, align="right")
        return yy + s * 1.8

    p.text(m, y, f"{st['draft_name']}   Suffix {st['suffix']}", fam, s + 1.5, bold=True, color=col)
    y = table_head(p, y + s * 2)

    def new_page(pgs):
        pg = Page(W, H)
        pgs.append(pg)
        pg.text(m, m + 8, f["bank_name"], fam, s + 1, bold=True, color=col)
        pg.text(W - m, m + 8, f"{st['member_label']}: {f['account_number']}", fam, s, align="right")
        pg.text(W - m, m + 8 + s * 1.4, "Statement Period: " + period, fam, s, align="right")
        pg.text(m, m + 40, f"{st['draft_name']}   Suffix {st['suffix']}  (continued)", fam, s, bold=True)
        return table_head(pg, m + 58)

    flow = C.Flow(pages, y, H - m - 40, new_page)
    lead = s * 1.25
    flow.page.text(c_date, flow.y, C.fdate(start, st["row_date"]), fam, s)
    flow.page.text(c_desc, flow.y, "Beginning Balance", fam, s, bold=True)
    flow.page.text(c_bal, flow.y, money(opening), fam, s, align="right")
    flow.y += s * 1.7
    for i, t in enumerate(rows):
        lines = []
        for part in t.extra["lines"]:
            lines += C.wrap_lines(part, fam, s, desc_w)
        h = s * 0.6 + lead * len(lines)
        flow.need(h + 2)
        pg, yy = flow.page, flow.y
        mk = {f"transactions[{i}]": (0, 10 ** 6)}
        pg.text(c_date, yy, C.fdate(t.day, st["row_date"]), fam, s, marks=mk)
        for k, line in enumerate(lines):
            pg.text(c_desc + (10 if k else 0), yy + k * lead, line, fam, s, marks=mk,
                    color=(0, 0, 0) if k == 0 else (60, 60, 60))
        pg.text(c_amt, yy, C.Money(neg="trailing")(t.amount), fam, s, align="right", marks=mk)
        pg.text(c_bal, yy, money(t.balance), fam, s, align="right", marks=mk)
        flow.y += h + 2
    flow.need(s * 7)
    pg, yy = flow.page, flow.y
    pg.text(c_date, yy, C.fdate(end, st["row_date"]), fam, s)
    pg.text(c_desc, yy, "Ending Balance", fam, s, bold=True)
    pg.text(c_bal, yy, money(closing), fam, s, align="right", bold=True)
    yy += s * 2.2
    nd = sum(1 for t in rows if t.amount > 0)
    nw = len(rows) - nd
    t1 = f"Total Deposits: {nd} for "
    t2 = f"Total Withdrawals: {nw} for "
    v1, v2 = sm(Decimal(f["total_credits"])), sm(Decimal(f["total_debits"]))
    pg.text(c_desc, yy, t1 + v1, fam, s, marks={"total_credits": (len(t1), len(t1) + len(v1))})
    pg.text(c_desc + 200, yy, t2 + v2, fam, s, marks={"total_debits": (len(t2), len(t2) + len(v2))})
    yy += s * 2.2
    pg.text(c_desc, yy, f"Dividends Paid Year-to-Date: {money(max(st['div_ytd'], Decimal('0.01')))}", fam, s - 0.5,
            color=C.GREY)
    if yy + 40 < H - m - 30:
        C.fine(pg, m, yy + 22, W - 2 * m, "Federally insured by NCUA. Please examine this statement upon receipt "
               "and report any errors within 60 days. Dividends are paid from current income and available "
               "earnings after required transfers to reserves.", fam, s - 1.5)
    C.footer_pages(pages, fam, s - 1, "Page {i} of {n}", m)
    return pages

