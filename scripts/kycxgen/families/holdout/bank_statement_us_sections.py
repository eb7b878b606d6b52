"""A large US bank's checking statement: an account summary by category, then
activity grouped in sections (deposits and other additions, card subtractions,
other subtractions, checks paid, service fees) with dates printed MM/DD and no
year, no running balance per row, and a daily ending balance grid at the end.
The account number is printed in groups of four."""

DOC_TYPE = "bank_statement"
NAME = "us_sections"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A large US bank's checking statement with activity grouped into deposit, card, other-debit, "
               "check and fee sections, MM/DD dates without a year and no per-row balances (USD).")

import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C

WEIGHTS = {"card": 26, "grocery": 12, "fuel": 8, "atm": 7, "bill": 14, "online": 8, "transfer_out": 6,
           "transfer_in": 7, "refund": 3, "cheque": 8, "benefit": 2, "cash_in": 3}
SECTIONS = [("dep", "Deposits and other additions"), ("card", "ATM and debit card subtractions"),
            ("other", "Other subtractions"), ("check", "Checks"), ("fee", "Service fees")]


def _section(kind: str) -> str:
    if kind in ("salary", "transfer_in", "refund", "benefit", "cash_in", "interest"):
        return "dep"
    if kind in ("card", "grocery", "fuel", "atm"):
        return "card"
    if kind == "cheque":
        return "check"
    if kind == "fee":
        return "fee"
    return "other"


def _describe(rng, t, st, others, checkno):
    k, m = t.kind, rng.choice(C.MERCHANTS_US)
    ref = C.ref_code(rng, 11, "0123456789")
    if k == "salary":
        t.desc = f"{rng.choice(C.EMPLOYERS_US).upper()} DES:PAYROLL ID:{C.digits(rng, 9)} INDN:{st['indn']} CO ID:{C.digits(rng, 10)} PPD"
    elif k == "transfer_in":
        t.desc = f"Zelle payment from {rng.choice(others)} Conf# {ref[:9]}"
    elif k == "refund":
        t.desc = f"{m} {t.day:%m/%d} PURCHASE RETURN"
    elif k == "benefit":
        t.desc = f"STATE OF COLUMBIA DES:UI BENEFIT ID:{C.digits(rng, 8)} PPD"
    elif k == "cash_in":
        t.desc = rng.choice(["Counter Credit", "Mobile Check Deposit", "ATM Check Deposit"]) + f" {t.day:%m/%d}"
    elif k in ("card", "grocery", "fuel"):
        t.desc = f"CHECKCARD {t.day:%m%d} {m} {st['city'].upper()} {st['state']} {C.digits(rng, 11)}"
    elif k == "atm":
        t.desc = f"ATM WITHDRAWAL {t.day:%m/%d} {C.street_like(rng)} {st['city'].upper()} {st['state']}"
    elif k == "bill":
        t.desc = f"{rng.choice(C.BILLERS_US)} DES:AUTOPAY ID:{C.digits(rng, 9)} INDN:{st['indn']} WEB"
    elif k == "online":
        t.desc = f"Online Banking payment to {rng.choice(['CRD', 'LOAN', 'MTG'])} {rng.randint(1000, 9999)} Confirmation# {ref}"
    elif k == "transfer_out":
        t.desc = f"Zelle payment to {rng.choice(others)} for \"{rng.choice(['rent', 'dinner', 'tickets', 'utilities'])}\"; Conf# {ref[:9]}"
    elif k == "cheque":
        t.desc = f"Check {checkno.pop(0)}"
    else:
        t.desc = rng.choice(["Monthly Maintenance Fee", "Overdraft Item Fee", "Non-network ATM Fee"])


def generate(rng: random.Random, ctx) -> Document:
    bank = rng.choice(C.US_BIG_BANKS)
    person = random_person(rng, ctx.reference_date, min_age=20)
    addr = us_address(rng)
    bank_addr = us_address(rng)
    start, end = C.month_period(rng, ctx.reference_date, aligned=0.5)
    number = C.digits(rng, 12)
    family = rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Serif", "DejaVu Sans Condensed"])
    others = [f"{p.given_names[0]} {p.surname}".upper() if rng.random() < 0.5 else f"{p.given_names[0]} {p.surname}"
              for p in (random_person(rng, ctx.reference_date) for _ in range(4))]
    count = rng.randint(8, 13 if ctx.single_page else 39)
    opening, rows = C.activity(rng, start, end, count, WEIGHTS, opening=(400, 9000))
    if rng.random() < 0.7:
        fee = C.Txn(end, "fee", "", -Decimal(rng.choice(["12.00", "15.00", "25.00", "4.95"])))
        rows.append(fee)
        C.rebalance(opening, rows)
    st = {
        "family": family, "size": rng.uniform(7.6, 8.6),
        "color": rng.choice([(200, 16, 46), (0, 60, 130), (0, 100, 70), (20, 20, 20), (110, 30, 120)]),
        "neg_sections": rng.random() < 0.6, "product": rng.choice(["Select Checking", "Classic Checking",
                                                                   "Premier Checking", "Everyday Checking"]),
        "indn": f"{person.surname.upper()[:10]} {person.given_names[0].upper()[:8]}",
        "city": addr.city, "state": addr.region, "upper": rng.random() < 0.6,
        "print_total_debits": rng.random() < 0.5, "group_acct": rng.random() < 0.6,
        "header_date": rng.choice(["month_d_y", "mdy"]),
        "compact": ctx.single_page,
    }
    if ctx.single_page:
        st["size"] = rng.uniform(7.0, 7.6)
    checkno = list(range(rng.randint(101, 3800), 4000))
    for t in rows:
        _describe(rng, t, st, others, checkno)
    account = " ".join(number[i:i + 4] for i in range(0, 12, 4)) if st["group_acct"] else number
    name = person.full_name.upper() if st["upper"] else person.full_name
    n = len(rows)
    while True:
        used = rows[:n]
        ordered = []
        for key, _ in SECTIONS:
            ordered += [t for t in used if _section(t.kind) == key]
        for t in ordered:
            t.show_balance = False
        closing = opening + sum(t.amount for t in used)
        fields = {"bank_name": bank, "account_holder_name": name, "account_number": account,
                  "statement_period_start": start.isoformat(), "statement_period_end": end.isoformat(),
                  "currency": "USD", "opening_balance": C.canon(opening), "closing_balance": C.canon(closing),
                  "total_credits": C.canon(sum((t.amount for t in used if t.amount > 0), Decimal(0))),
                  "transactions": C.txn_truth(ordered)}
        if st["print_total_debits"]:
            fields["total_debits"] = C.canon(-sum((t.amount for t in used if t.amount < 0), Decimal(0)))
        pages = _draw(fields, st, ordered, used, opening, closing, addr, bank_addr, start, end)
        if not ctx.single_page or len(pages) == 1 or n <= 8:
            break
        n -= 1
    assert not ctx.single_page or len(pages) == 1
    return Document("bank_statement", fields, pages, "bank_statement/us_sections", family, meta={"region": "US"})


def _draw(f, st, ordered, used, opening, closing, addr, bank_addr, start, end) -> list:
    W, H = LETTER
    m = 40.0
    fam, s, col = st["family"], st["size"], st["color"]
    money = C.US
    sym = C.US_SYM
    p = Page(W, H)
    pages = [p]
    p.rect(m, m - 8, 6, 30, stroke=None, fill=col)
    p.text(m + 12, m + 10, f["bank_name"], fam, s + 7, bold=True, field="bank_name")
    p.text(m + 12, m + 22, "P.O. Box " + str(10000 + len(f["account_number"]) * 1111) + ", "
           + ", ".join(line for line, _ in address_lines(bank_addr)[1:]), fam, s - 1.5, color=C.GREY)
    s_txt, e_txt = C.fdate(start, st["header_date"]), C.fdate(end, st["header_date"])
    lead = "for " if st["header_date"] == "month_d_y" else "Statement period: "
    period = f"{lead}{s_txt} to {e_txt}"
    p0 = len(lead)
    pmarks = {"statement_period_start": (p0, p0 + len(s_txt)),
              "statement_period_end": (len(period) - len(e_txt), len(period))}
    p.text(W - m, m + 4, f"Your {st['product']}", fam, s + 3, bold=True, align="right")
    p.text(W - m, m + 4 + s * 1.6, period, fam, s, align="right", marks=pmarks)
    acct_label = "Account number: "
    p.text(W - m, m + 4 + s * 3.0, acct_label + f["account_number"], fam, s, align="right",
           marks={"account_number": (len(acct_label), len(acct_label) + len(f["account_number"]))})
    y = m + 78
    p.text(m + 12, y, f["account_holder_name"], fam, s + 1, field="account_holder_name")
    y = C.address_block(p, m + 12, y + (s + 1) * 1.3, address_lines(addr), fam, s + 1)
    # customer service box at the right
    bx = W - m - 190
    p.rect(bx, m + 60, 190, 52, stroke=(170, 170, 170), width=0.5)
    p.text(bx + 8, m + 74, "Customer service information", fam, s, bold=True)
    p.text(bx + 8, m + 74 + s * 1.5, "1.800.555.0" + f["account_number"][-3:], fam, s - 0.5)
    p.text(bx + 8, m + 74 + s * 2.9, "Write: P.O. Box 25118, " + bank_addr.city + ", " + bank_addr.region,
           fam, s - 0.5)
    y = max(y, m + 130) + 14
    # account summary
    p.text(m, y, "Account summary", fam, s + 3, bold=True, color=col)
    p.hline(m, W - m, y + 4, width=1.2, color=col)
    y += s * 2.2
    cats = {key: sum((t.amount for t in used if _section(t.kind) == key), Decimal(0)) for key, _ in SECTIONS}
    lines = [(f"Beginning balance on {C.fdate(start, 'month_d_y')}", sym(opening), "opening_balance"),
             ("Deposits and other additions", money(cats["dep"]), "total_credits"),
             ("ATM and debit card subtractions", money(cats["card"]), None),
             ("Other subtractions", money(cats["other"]), None),
             ("Checks", money(cats["check"]), None),
             ("Service fees", money(cats["fee"]), None),
             (f"Ending balance on {C.fdate(end, 'month_d_y')}", sym(closing), "closing_balance")]
    sx = m + 300
    for k, (label, value, field) in enumerate(lines):
        bold = k in (0, len(lines) - 1)
        p.text(m, y, label, fam, s, bold=bold)
        p.text(sx, y, value, fam, s, bold=bold, align="right", field=field)
        y += s * 1.55
        if k == len(lines) - 2:
            p.hline(m, sx, y - s * 1.1, width=0.4)
    # side facts
    fx = sx + 40
    yy = y - s * 1.55 * 7
    ndep = sum(1 for t in used if t.amount > 0)
    facts = [("# of deposits/credits:", str(ndep)), ("# of withdrawals/debits:", str(len(used) - ndep)),
             ("# of days in cycle:", str((end - start).days + 1)),
             ("Average ledger balance:", sym(C.cents((opening + closing) / 2)))]
    for label, value in facts:
        p.text(fx, yy, label, fam, s)
        p.text(W - m, yy, value, fam, s, align="right")
        yy += s * 1.55
    y += s * 1.6

    c_date, c_desc, c_amt = m, m + 50, W - m
    desc_w = c_amt - c_desc - 80

    def heading(pg, yy, title, cont=False):
        pg.text(m, yy, title + (" - continued" if cont else ""), fam, s + 2, bold=True, color=col)
        pg.hline(m, W - m, yy + 4, width=0.8, color=col)
        yy += s * 2.0
        pg.text(c_date, yy, "Date", fam, s, bold=True)
        pg.text(c_desc, yy, "Description", fam, s, bold=True)
        pg.text(c_amt, yy, "Amount", fam, s, bold=True, align="right")
        pg.hline(m, W - m, yy + 3, width=0.3)
        return yy + s * 1.6

    state = {"title": "", "open": False}

    def new_page(pgs):
        pg = Page(W, H)
        pgs.append(pg)
        pg.text(m, m + 6, f["account_holder_name"] + " ! " + "Account # " + f["account_number"] + " ! "
                + f"{s_txt} to {e_txt}", fam, s - 0.5)
        pg.hline(m, W - m, m + 12, width=0.4)
        if not state["open"]:
            return m + 30
        return heading(pg, m + 36, state["title"], cont=True)

    flow = C.Flow(pages, y, H - m - 36, new_page)
    idx = 0
    for key, title in SECTIONS:
        rows = [t for t in ordered if _section(t.kind) == key]
        if not rows:
            continue
        if key == "dep":
            total_label = "Total deposits and other additions"
        else:
            total_label = "Total " + (title if title.startswith("ATM") else title[0].lower() + title[1:])
        state["title"], state["open"] = title, False
        flow.need(s * 6)
        flow.y = heading(flow.page, flow.y + s, title)
        state["open"] = True
        for t in rows:
            lines = C.wrap_lines(t.desc, fam, s, desc_w)
            h = s * 1.2 * len(lines) + s * 0.45
            flow.need(h)
            pg, yy = flow.page, flow.y
            mk = {f"transactions[{idx}]": (0, 10 ** 6)}
            pg.text(c_date, yy, C.fdate(t.day, "md"), fam, s, marks=mk)
            for k, line in enumerate(lines):
                pg.text(c_desc, yy + k * s * 1.2, line, fam, s, marks=mk)
            amt = money(t.amount) if (st["neg_sections"] or t.amount > 0) else money(-t.amount)
            pg.text(c_amt, yy, amt, fam, s, align="right", marks=mk)
            flow.y += h
            idx += 1
        flow.need(s * 2)
        total = sum((t.amount for t in rows), Decimal(0))
        flow.page.hline(c_amt - 80, c_amt, flow.y - s * 0.8, width=0.4)
        flow.page.text(c_desc, flow.y + 2, total_label, fam, s, bold=True)
        tv = sym(total) if (st["neg_sections"] or total > 0) else sym(-total)
        flow.page.text(c_amt, flow.y + 2, tv, fam, s, bold=True, align="right")
        flow.y += s * 2.2
    state["open"] = False
    if "total_debits" in f:
        flow.need(s * 3)
        flow.page.text(c_desc, flow.y, "Total withdrawals and other subtractions", fam, s, bold=True)
        flow.page.text(c_amt, flow.y, sym(-Decimal(f["total_debits"])) if st["neg_sections"]
                       else sym(Decimal(f["total_debits"])), fam, s, bold=True, align="right", field="total_debits")
        flow.y += s * 2.4
    if st["compact"]:
        C.footer_pages(pages, fam, s - 1, "Page {i} of {n}", m)
        return pages
    # daily ending balances
    days = []
    for i, t in enumerate(used):
        if C.last_of_day(used, i):
            days.append((t.day, t.balance))
    state["open"] = False
    nrow = (len(days) + 2) // 3
    flow.need(s * 4 + nrow * s * 1.4)
    pg = flow.page
    yy = flow.y + s
    pg.text(m, yy, "Daily ledger balances", fam, s + 2, bold=True, color=col)
    pg.hline(m, W - m, yy + 4, width=0.8, color=col)
    yy += s * 2
    colw = (W - 2 * m) / 3
    for k in range(3):
        pg.text(m + k * colw, yy, "Date", fam, s, bold=True)
        pg.text(m + (k + 1) * colw - 14, yy, "Balance ($)", fam, s, bold=True, align="right")
    yy += s * 1.5
    for k, (d, b) in enumerate(days):
        cx = m + (k // nrow) * colw
        ry = yy + (k % nrow) * s * 1.4
        pg.text(cx, ry, C.fdate(d, "md"), fam, s)
        pg.text(cx + colw - 14, ry, money(b), fam, s, align="right")
    C.footer_pages(pages, fam, s - 1, "Page {i} of {n}", m)
    return pages
