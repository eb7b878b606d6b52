"""An app-only bank's downloadable statement: a lower-case wordmark, a large
"Statement" title, a four-line overview (balance on the first day, money in,
money out, balance on the last day), then borderless rows with merchant names
in title case, signed amounts with an explicit "+" on money in, and a balance
after every row. GBP (sort code), USD (routing number) or EUR (IBAN)."""

DOC_TYPE = "bank_statement"
NAME = "neobank"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("An app-only bank's minimal PDF statement (GBP, USD or EUR) with a money-in/money-out "
               "overview, +/- signed amounts with the currency symbol and a balance on every row.")

import random
from decimal import Decimal

from ...addresses import address_lines, eu_address, uk_address, us_address
from ...checksums import iban_from_bban, iban_grouped
from ...layout import A4, LETTER, Document, Page
from ...people import random_person
from . import _common as C

WEIGHTS = {"card": 34, "grocery": 14, "online": 10, "bill": 10, "transfer_in": 8, "transfer_out": 8, "atm": 4,
           "refund": 4, "fuel": 4}


def _title(name: str) -> str:
    return " ".join(w.capitalize() if w.isalpha() else w.title() for w in name.split())


def _describe(rng, t, region, others):
    k = t.kind
    merch = {"GB": C.MERCHANTS_UK, "US": C.MERCHANTS_US, "EU": C.MERCHANTS_EU}[region]
    bill = {"GB": C.BILLERS_UK, "US": C.BILLERS_US, "EU": C.BILLERS_EU}[region]
    if k == "salary":
        emp = rng.choice({"GB": C.UK_EMPLOYERS, "US": C.EMPLOYERS_US, "EU": ["Nordlicht Software GmbH",
                                                                            "Studio Brise SAS"]}[region])
        t.desc = f"{emp} - Salary"
    elif k == "transfer_in":
        t.desc = f"From {rng.choice(others)}"
    elif k == "transfer_out":
        t.desc = f"To {rng.choice(others)}"
    elif k == "atm":
        t.desc = "Cash withdrawal"
    elif k == "refund":
        t.desc = f"Refund: {_title(rng.choice(merch))}"
    elif k == "bill":
        t.desc = _title(rng.choice(bill))
    elif k == "online":
        t.desc = rng.choice(["Pocket Saver top-up", "Savings vault", "AppStore Subscriptions", "Rideshare Trip",
                             "Streambox Monthly"])
    else:
        t.desc = _title(rng.choice(merch))


def generate(rng: random.Random, ctx) -> Document:
    region = rng.choice(["GB", "GB", "US", "EU"])
    bank = rng.choice(C.NEOBANKS[region])
    person = random_person(rng, ctx.reference_date, min_age=18, max_age=60)
    if region == "GB":
        addr, cur, sym = uk_address(rng), "GBP", "£"
    elif region == "US":
        addr, cur, sym = us_address(rng), "USD", "$"
    else:
        addr, cur, sym = eu_address(rng, rng.choice(["DE", "NL", "FR"])), "EUR", "€"
    start, end = C.month_period(rng, ctx.reference_date, aligned=0.9)
    ids = {}
    if region == "GB":
        ids["sort_code"] = f"04-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
        ids["account_number"] = f"{rng.randint(10000000, 99999999)}"
    elif region == "US":
        ids["routing_number"] = C.aba(rng)
        ids["account_number"] = C.digits(rng, rng.choice([10, 12, 14]))
    else:
        acct = f"{rng.randint(10 ** 9, 10 ** 10 - 1)}"
        ids["account_number"] = acct
        ids["iban"] = iban_from_bban("DE", f"{rng.randint(10000000, 89999999)}" + acct)
    count = rng.randint(8, 14 if ctx.single_page else 36)
    others = [f"{p.given_names[0]} {p.surname}" for p in (random_person(rng, ctx.reference_date) for _ in range(4))]
    opening, rows = C.activity(rng, start, end, count, WEIGHTS, opening=(40, 3500), floor=Decimal(3))
    for t in rows:
        _describe(rng, t, region, others)
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed"])
    st = {"family": family, "region": region, "cur": cur, "size": rng.uniform(8.2, 9.2),
          "accent": rng.choice([(255, 80, 90), (20, 180, 160), (100, 80, 230), (255, 150, 0), (30, 30, 30)]),
          "money": C.Money(prefix=sym, plus=True), "unsigned_bal": C.Money(prefix=sym),
          "date": rng.choice(["d_mon_nz", "dd_mon_y", "d_mon_y"]), "lead": rng.uniform(2.3, 2.8),
          "bank_line": {"GB": f"{rng.randint(1, 90)} Shoreditch Yard, London", "US": "PO Box 4410, Wilmington, DE",
                        "EU": f"Friedrichsgracht {rng.randint(1, 60)}, Berlin"}[region]}
    if ctx.single_page:
        st["size"] = rng.uniform(7.6, 8.2)
        st["lead"] = 2.2
    name = person.full_name
    n = len(rows)
    while True:
        used = rows[:n]
        closing = used[-1].balance
        fields = {"bank_name": bank, "account_holder_name": name, **ids,
                  "statement_period_start": start.isoformat(), "statement_period_end": end.isoformat(),
                  "currency": cur, "opening_balance": C.canon(opening), "closing_balance": C.canon(closing),
                  "total_credits": C.canon(sum((t.amount for t in used if t.amount > 0), Decimal(0))),
                  "total_debits": C.canon(-sum((t.amount for t in used if t.amount < 0), Decimal(0))),
                  "transactions": C.txn_truth(used)}
        pages = _draw(fields, st, used, opening, closing, addr, start, end)
        if not ctx.single_page or len(pages) == 1 or n <= 8:
            break
        n -= 1
    assert not ctx.single_page or len(pages) == 1
    return Document("bank_statement", fields, pages, f"bank_statement/neobank/{region.lower()}", family,
                    meta={"region": region})


def _draw(f, st, rows, opening, closing, addr, start, end) -> list:
    W, H = LETTER if st["region"] == "US" else A4
    m = 48.0
    fam, s, acc = st["family"], st["size"], st["accent"]
    money, plain = st["money"], st["unsigned_bal"]
    p = Page(W, H)
    pages = [p]
    p.ellipse(m, m - 8, 16, 16, fill=acc)
    p.text(m + 22, m + 4, f["bank_name"].lower(), fam, s + 5, bold=True)
    p.text(W - m, m - 2, f["bank_name"], fam, s - 0.5, align="right", color=(60, 60, 60), field="bank_name")
    p.text(W - m, m - 2 + s * 1.3, st["bank_line"], fam, s - 0.5, align="right", color=C.GREY)
    p.text(m, m + 54, "Statement", fam, s + 14, bold=True)
    s_txt, e_txt = C.fdate(start, "d_month_y"), C.fdate(end, "d_month_y")
    period = f"{s_txt} - {e_txt}"
    p.text(m, m + 54 + s * 2.1, period, fam, s + 1, color=C.GREY,
           marks={"statement_period_start": (0, len(s_txt)), "statement_period_end": (len(period) - len(e_txt),
                                                                                      len(period))})
    y = m + 54 + s * 5
    p.text(m, y, f["account_holder_name"], fam, s + 1, bold=True, field="account_holder_name")
    y = C.address_block(p, m, y + (s + 1) * 1.4, address_lines(addr), fam, s, color=(60, 60, 60))
    # account identifiers at the right
    ix = W * 0.55
    info = []
    if "sort_code" in f:
        info.append(("Sort code", f["sort_code"], "sort_code"))
    if "routing_number" in f:
        info.append(("Routing number", f["routing_number"], "routing_number"))
    info.append(("Account number", f["account_number"], "account_number"))
    if "iban" in f:
        info.append(("IBAN", iban_grouped(f["iban"]), "iban"))
        info.append(("BIC", "QKKADEB2XXX", None))
    info.append(("Currency", st["cur"], "currency"))
    yy = m + 54 + s * 5
    for label, value, field in info:
        p.text(ix, yy, label, fam, s - 0.5, color=C.GREY)
        p.text(W - m, yy, value, fam, s, align="right", field=field)
        yy += s * 1.8
    y = max(y, yy) + s * 2
    # overview
    p.rect(m, y, W - 2 * m, s * 8.4, stroke=None, fill=(246, 246, 248), radius=6)
    yy = y + s * 2
    over = [(f"Balance on {C.fdate(start, 'd_month_y')}", plain(opening), "opening_balance"),
            ("Money in", money(Decimal(f["total_credits"])), "total_credits"),
            ("Money out", money(-Decimal(f["total_debits"])), "total_debits"),
            (f"Balance on {C.fdate(end, 'd_month_y')}", plain(closing), "closing_balance")]
    for label, value, field in over:
        p.text(m + 14, yy, label, fam, s)
        p.text(W - m - 14, yy, value, fam, s, bold=True, align="right", field=field)
        yy += s * 1.75
    y += s * 8.4 + s * 3
    c_date, c_desc, c_amt, c_bal = m, m + 70, W - m - 100, W - m
    desc_w = c_amt - c_desc - 80
    lead = s * st["lead"]

    def head(pg, yy):
        for text, x, al in (("Date", c_date, "left"), ("Description", c_desc, "left"), ("Amount", c_amt, "right"),
                            ("Balance", c_bal, "right")):
            pg.text(x, yy, text, fam, s - 0.5, color=C.GREY, align=al)
        return yy + lead * 0.9

    def new_page(pgs):
        pg = Page(W, H)
        pgs.append(pg)
        pg.ellipse(m, m - 8, 12, 12, fill=acc)
        pg.text(m + 18, m + 2, f["bank_name"].lower(), fam, s + 1, bold=True)
        pg.text(W - m, m + 2, f"{f['account_holder_name']} · {period}", fam, s - 0.5, color=C.GREY, align="right")
        return head(pg, m + 40)

    y = head(p, y)
    flow = C.Flow(pages, y, H - m - 40, new_page)
    for i, t in enumerate(rows):
        lines = C.wrap_lines(t.desc, fam, s, desc_w)
        h = lead + (len(lines) - 1) * s * 1.25
        flow.need(h)
        pg, yy = flow.page, flow.y
        mk = {f"transactions[{i}]": (0, 10 ** 6)}
        pg.text(c_date, yy, C.fdate(t.day, st["date"]), fam, s, marks=mk, color=(80, 80, 80))
        for k, line in enumerate(lines):
            pg.text(c_desc, yy + k * s * 1.25, line, fam, s, marks=mk)
        pg.text(c_amt, yy, money(t.amount), fam, s, align="right", marks=mk,
                color=(0, 130, 70) if t.amount > 0 else (0, 0, 0))
        pg.text(c_bal, yy, plain(t.balance), fam, s, align="right", marks=mk, color=(80, 80, 80))
        pg.hline(m, W - m, yy + h - lead * 0.62, width=0.3, color=(225, 225, 225))
        flow.y += h
    flow.y += s * 2
    legal = {"GB": f"{f['bank_name']} Ltd is authorised by the Prudential Regulation Authority. Eligible deposits "
                   "are protected up to the scheme limit.",
             "US": f"Banking services provided by our partner bank, Member FDIC. {f['bank_name']} is a financial "
                   "technology company, not a bank.",
             "EU": f"{f['bank_name']} is a licensed credit institution. Deposits are protected up to EUR 100,000 "
                   "per depositor."}[st["region"]]
    if flow.y + 30 < H - m - 20:
        C.fine(flow.page, m, flow.y, W - 2 * m, legal, fam, s - 1.5)
    C.footer_pages(pages, fam, s - 1.5, "{i}/{n}", m, align="center")
    return pages
