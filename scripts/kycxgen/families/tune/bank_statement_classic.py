"""Bank statements: US (ABA routing number, USD), UK (sort code, GBP, optional
IBAN) and EU (IBAN, EUR), 1-3 pages, 8-40 transactions whose running balances
follow row by row, opening + sum(amounts) = closing, and a summary box."""

DOC_TYPE = "bank_statement"
NAME = "classic"
GROUP = "tune"

import datetime as dt
import random
from decimal import Decimal

from ... import fonts
from ...addresses import address_for, address_lines, street_name
from ...checksums import aba_check_digit, belgian_account_check, french_rib_key, iban_from_bban, iban_grouped
from ...companies import BANKS, BILLERS, EMPLOYERS, MERCHANTS
from ...layout import A4, LETTER, Document, Page
from ...people import random_person
from ...textfmt import (EU_DATE_STYLES, MONTHS, UK_DATE_STYLES, US_DATE_STYLES, canon_money, fmt_date,
                       fmt_magnitude, fmt_money, money)
from ...doctypes import GenContext
from ...doctypes.page_common import BRAND_COLORS, fine_print, logo, page_numbers, wrap

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")

LABELS = {
    "account": ["Account Number", "Account No.", "Acct #", "Account number"],
    "period": ["Statement Period", "Period", "Statement period", "For the period"],
    "opening": ["Opening balance", "Beginning Balance", "Balance brought forward", "Previous balance"],
    "credits": ["Total credits", "Deposits and other credits", "Money in", "Total deposits"],
    "debits": ["Total debits", "Withdrawals and other debits", "Money out", "Total withdrawals"],
    "closing": ["Closing balance", "Ending Balance", "Balance carried forward", "New balance"],
    "title": ["Account Statement", "Statement of Account", "Monthly Statement", "Checking Account Statement"],
}


# ---------------------------------------------------------------- content

def _account(rng: random.Random, region: str) -> dict:
    """Account identifiers of the region, with valid check digits."""
    if region == "US":
        first8 = f"{rng.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + f"{rng.randint(0, 999999):06d}"
        return {"account_number": str(rng.randint(10 ** 8, 10 ** 12 - 1)), "routing_number": first8 + aba_check_digit(first8)}
    if region == "GB":
        sort = f"{rng.randint(10, 99)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
        account = f"{rng.randint(10000000, 99999999)}"
        bank = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
        return {"account_number": account, "sort_code": sort,
                "iban": iban_from_bban("GB", bank + sort.replace("-", "") + account)}
    if region == "DE":
        account = f"{rng.randint(10 ** 9, 10 ** 10 - 1)}"
        return {"account_number": account, "iban": iban_from_bban("DE", f"{rng.randint(10000000, 89999999)}" + account)}
    if region == "FR":
        bank, branch, account = f"{rng.randint(10000, 39999)}", f"{rng.randint(0, 99999):05d}", f"{rng.randint(0, 10 ** 11 - 1):011d}"
        return {"account_number": account,
                "iban": iban_from_bban("FR", bank + branch + account + french_rib_key(bank, branch, account))}
    if region == "NL":
        bank = rng.choice(["VHBK", "PLDB", "NHBK"])
        account = f"{rng.randint(10 ** 9, 10 ** 10 - 1)}"
        return {"account_number": account, "iban": iban_from_bban("NL", bank + account)}
    if region == "AT":
        account = f"{rng.randint(10 ** 10, 10 ** 11 - 1)}"
        return {"account_number": account, "iban": iban_from_bban("AT", f"{rng.randint(10000, 99999)}" + account)}
    first10 = f"{rng.randint(0, 10 ** 10 - 1):010d}"
    account = first10 + belgian_account_check(first10)
    return {"account_number": account, "iban": iban_from_bban("BE", account)}


def _period(rng: random.Random, ref: dt.date) -> tuple[dt.date, dt.date]:
    months_back = rng.randint(1, 4)
    year, month = ref.year, ref.month - months_back
    while month < 1:
        month += 12
        year -= 1
    if rng.random() < 0.6:
        start = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    day = rng.randint(2, 28)
    start = dt.date(year, month, day)
    nxt = dt.date(year + (month == 12), month % 12 + 1, day)
    return start, nxt - dt.timedelta(days=1)


def _description(rng: random.Random, region: str, credit: bool, kind: str, day: dt.date, people: list) -> str:
    merchant, biller, employer = rng.choice(MERCHANTS), rng.choice(BILLERS), rng.choice(EMPLOYERS).upper()
    who = rng.choice(people)
    ref = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(rng.randint(6, 10)))
    if region == "US":
        options = {
            "salary": f"DIRECT DEPOSIT {employer} PAYROLL PPD ID: {rng.randint(10 ** 9, 10 ** 10 - 1)}",
            "credit": rng.choice([f"MOBILE DEPOSIT REF #{rng.randint(10 ** 8, 10 ** 9)}",
                                  f"ZELLE FROM {who} ON {day:%m/%d} REF # {ref}", f"REFUND {merchant}"]),
            "card": f"DEBIT CARD PURCHASE {merchant} #{rng.randint(100, 9999)} {day:%m/%d}",
            "bill": f"ACH DEBIT {biller} AUTOPAY WEB ID: {rng.randint(10 ** 8, 10 ** 9)}",
            "cash": f"ATM WITHDRAWAL {rng.randint(10, 999)} {street_name(rng).upper()}",
            "other": rng.choice([f"CHECK #{rng.randint(1001, 1999)}", f"ONLINE TRANSFER TO SAVINGS XXXXXX{rng.randint(1000, 9999)}",
                                 f"ZELLE TO {who} REF # {ref}", "MONTHLY SERVICE FEE"]),
        }
    elif region == "GB":
        options = {
            "salary": f"BANK GIRO CREDIT {employer} SALARY REF {ref}",
            "credit": rng.choice([f"FASTER PAYMENT FROM {who} REF {ref}", "INTEREST (GROSS)", f"REFUND {merchant}"]),
            "card": f"CARD PAYMENT TO {merchant} ON {day.day:02d} {MONTHS[day.month - 1][:3].upper()}",
            "bill": f"DIRECT DEBIT {biller} REF {ref}",
            "cash": f"CASH WITHDRAWAL {rng.choice(['HIGH STREET', 'STATION RD', 'MARKET SQ'])} {ref[:4]}",
            "other": rng.choice([f"STANDING ORDER {who} RENT", f"FASTER PAYMENT TO {who} REF {ref}"]),
        }
    else:
        options = {
            "salary": f"SEPA CREDIT TRANSFER SALARY {employer} REF {ref}",
            "credit": rng.choice([f"SEPA CREDIT TRANSFER FROM {who}", f"REFUND {merchant}"]),
            "card": f"CARD PAYMENT {merchant} {day:%d.%m.}",
            "bill": f"SEPA DIRECT DEBIT {biller} MANDATE {ref}",
            "cash": f"ATM WITHDRAWAL {ref[:6]}",
            "other": f"SEPA TRANSFER TO {who} RENT {MONTHS[day.month - 1].upper()}",
        }
    return options[kind]


def _transactions(rng: random.Random, region: str, start: dt.date, end: dt.date, count: int,
                  people: list) -> tuple[Decimal, list]:
    """(opening balance, [(date, description, amount)]) sorted by date."""
    days = (end - start).days
    rows = []
    salaries = 2 if count > 14 else 1
    for i in range(count):
        kind = "salary" if i < salaries else rng.choices(["credit", "card", "bill", "cash", "other"],
                                                         weights=[10, 45, 18, 10, 12])[0]
        day = start + dt.timedelta(days=rng.randint(0, days))
        if kind == "salary":
            amount = money(rng.uniform(1200, 4800))
        elif kind == "credit":
            amount = money(rng.uniform(15, 600))
        elif kind == "cash":
            amount = -Decimal(rng.choice([20, 40, 60, 80, 100, 200, 300]))
        elif kind == "bill":
            amount = -money(rng.uniform(25, 320))
        elif kind == "other":
            amount = -money(rng.uniform(40, 1800))
        else:
            amount = -money(rng.uniform(2.5, 240))
        rows.append((day, _description(rng, region, amount > 0, kind, day, people), money(amount)))
    rows.sort(key=lambda r: r[0])
    opening = money(rng.uniform(150, 12000))
    low = min(Decimal(0), *(opening + sum(r[2] for r in rows[:k + 1]) for k in range(len(rows))))
    if low < 0:
        opening += money(-low + Decimal(rng.randint(20, 900)))
    return opening, rows


# ---------------------------------------------------------------- layout

def generate(rng: random.Random, ctx: GenContext) -> Document:
    region = rng.choices(["US", "GB", "DE", "FR", "NL", "AT", "BE"], weights=[45, 25, 10, 6, 6, 4, 4])[0]
    currency = {"US": "USD", "GB": "GBP"}.get(region, "EUR")
    eu = currency == "EUR"
    person = random_person(rng, ctx.reference_date, min_age=19)
    addr = address_for(rng, region)
    bank_addr = address_for(rng, region)
    bank = rng.choice(BANKS[region])
    ids = _account(rng, region)
    start, end = _period(rng, ctx.reference_date)
    family = rng.choice(fonts.BODY_FAMILIES)
    mono = "Mono" in family
    size = rng.uniform(7.6, 8.8) if not mono else rng.uniform(7.0, 7.8)
    pagesize = LETTER if region == "US" else A4
    layout = rng.choice(["debit_credit", "signed_amount"] if region != "GB" else ["paid_out_in", "signed_amount"])
    capacity = 16 if ctx.single_page else 40
    count = rng.randint(8, capacity)
    others = [f"{p.given_names[0]} {p.surname}".upper() for p in
              (random_person(rng, ctx.reference_date) for _ in range(4))]
    opening, rows = _transactions(rng, region, start, end, count, others)
    style = {
        "date": rng.choice(EU_DATE_STYLES if eu else UK_DATE_STYLES if region == "GB" else US_DATE_STYLES),
        "row_date": rng.choice({"US": ["mm_dd", "us_slash", "mon_d"], "GB": ["d_mon", "eu_slash"]}.get(
            region, ["dot", "dd_mm_dot"])),
        "money": rng.choice(["eu", "eu_symbol"] if eu else ["plain", "symbol"]),
        "summary_money": rng.choice(["eu_symbol", "eu_code", "fr"] if eu else ["symbol", "code", "plain"]),
        "negative": rng.choice(["eu"] if eu else ["plain", "paren", "trailing"]),
        "holder_upper": rng.random() < 0.6,
        "day_balance_only": region == "GB" and rng.random() < 0.5,
        "row_gap": rng.uniform(1.45, 2.1),
        "iban_grouped": rng.random() < 0.7,
        "labels": {k: rng.choice(v) for k, v in LABELS.items()},
        "color": rng.choice(BRAND_COLORS),
        "page_numbers": rng.choice(["of", "slash", "page_of_caps"]),
        "show_currency": rng.random() < 0.5,
    }
    holder = person.full_name.upper() if style["holder_upper"] else person.full_name
    fields = {"bank_name": bank, "account_holder_name": holder, **{k: v for k, v in ids.items()
                                                                   if k != "iban" or region != "GB" or rng.random() < 0.6},
              "statement_period_start": start.isoformat(), "statement_period_end": end.isoformat(),
              "currency": currency}
    balance, transactions = opening, []
    for i, (day, desc, amount) in enumerate(rows):
        balance += amount
        last_of_day = i + 1 == len(rows) or rows[i + 1][0] != day
        shown = canon_money(balance) if (last_of_day or not style["day_balance_only"]) else None
        transactions.append({"date": day.isoformat(), "description": " ".join(desc.split()),
                             "amount": canon_money(amount), "balance": shown})
    credits = sum((r[2] for r in rows if r[2] > 0), Decimal(0))
    debits = -sum((r[2] for r in rows if r[2] < 0), Decimal(0))
    fields.update(opening_balance=canon_money(opening), closing_balance=canon_money(balance),
                  total_credits=canon_money(credits), total_debits=canon_money(debits), transactions=transactions)
    pages = _draw(rng, fields, person, addr, bank_addr, family, size, pagesize, layout, style, rows, opening, region,
                  currency, start, end)
    if ctx.single_page and len(pages) > 1:
        raise AssertionError("single-page statement overflowed")
    return Document("bank_statement", fields, pages, f"bank_statement/{layout}", family,
                    meta={"region": region})


def _draw(rng, fields, person, addr, bank_addr, family, size, pagesize, layout, style, rows, opening, region,
          currency, start, end) -> list[Page]:
    W, H = pagesize
    margin = 42.0
    labels = style["labels"]
    color = style["color"]
    page = Page(W, H)
    pages = [page]
    # Header: logo, bank name and address.
    logo(page, rng, margin, margin - 6, 30, color)
    page.text(margin + 38, margin + 12, fields["bank_name"], family, size + 7, bold=True, color=color,
              field="bank_name")
    bank_line = ", ".join(line for line, _ in address_lines(bank_addr))
    page.text(margin + 38, margin + 24, bank_line, family, size - 1, color=(90, 90, 90))
    page.text(W - margin, margin + 12, labels["title"], family, size + 4, bold=True, align="right")
    # Holder block.
    y = margin + 70
    page.text(margin, y, fields["account_holder_name"], family, size + 1, bold=True, field="account_holder_name")
    for line, _ in address_lines(addr):
        y += (size + 1) * 1.35
        page.text(margin, y, line, family, size + 1)
    # Account information box.
    bx, by, bw = W * 0.52, margin + 56, W * 0.48 - margin
    info = [(labels["account"], fields["account_number"], "account_number")]
    if "routing_number" in fields:
        info.append((rng.choice(["Routing Number", "ABA Routing #", "Routing no."]), fields["routing_number"],
                     "routing_number"))
    if "sort_code" in fields:
        info.append(("Sort Code", fields["sort_code"], "sort_code"))
    if "iban" in fields:
        info.append(("IBAN", iban_grouped(fields["iban"]) if style["iban_grouped"] else fields["iban"], "iban"))
    s_text, e_text = fmt_date(start, style["date"]), fmt_date(end, style["date"])
    joiner = rng.choice([" - ", " to ", " – "])
    period = s_text + joiner + e_text
    info.append((labels["period"], period, None))
    if style["show_currency"]:
        info.append(("Currency", currency, "currency"))
    bh = len(info) * size * 1.7 + 10
    page.rect(bx, by, bw, bh, stroke=color, width=0.8, radius=3)
    ly = by + size + 6
    label_w = max(fonts.text_width(label + ":", family, size, True) for label, _, _ in info) + 8
    for label, value, field in info:
        marks = None
        if field is None:
            marks = {"statement_period_start": (0, len(s_text)),
                     "statement_period_end": (len(period) - len(e_text), len(period))}
        page.text(bx + 8, ly, label + ":", family, size, bold=True)
        vsize = fonts.fit_size(value, family, size, bw - label_w - 14)
        page.text(bx + 8 + label_w, ly, value, family, vsize, field=field, marks=marks)
        ly += size * 1.7
    # Summary box.
    y = max(y, by + bh) + 22
    sm = style["summary_money"]
    summary = [(labels["opening"], fmt_money(opening, sm, currency), "opening_balance"),
               (labels["credits"], fmt_money(Decimal(fields["total_credits"]), sm, currency), "total_credits"),
               (labels["debits"], fmt_money(Decimal(fields["total_debits"]), sm, currency), "total_debits"),
               (labels["closing"], fmt_money(Decimal(fields["closing_balance"]), sm, currency), "closing_balance")]
    page.text(margin, y, "Account Summary" if rng.random() < 0.5 else "Summary", family, size + 2, bold=True,
              color=color)
    y += 6
    sw = W * 0.55
    page.rect(margin, y, sw, len(summary) * size * 1.8 + 8, stroke=(150, 150, 150), fill=(246, 246, 246), width=0.6)
    y += size + 6
    for label, value, field in summary:
        page.text(margin + 8, y, label, family, size)
        page.text(margin + sw - 8, y, value, family, size, bold=True, align="right", field=field)
        y += size * 1.8
    y += 18
    _table(page, pages, rng, fields, family, size, W, H, margin, y, layout, style, rows, opening, currency)
    page_numbers(pages, family, size - 1, style["page_numbers"], margin)
    return pages


def _columns(layout: str, W: float, margin: float) -> dict:
    right = W - margin
    if layout == "signed_amount":
        return {"date": margin, "desc": margin + 62, "desc_w": right - margin - 62 - 190,
                "amount": right - 100, "balance": right}
    return {"date": margin, "desc": margin + 62, "desc_w": right - margin - 62 - 250,
            "debit": right - 170, "credit": right - 90, "balance": right}


def _table(page, pages, rng, fields, family, size, W, H, margin, y, layout, style, rows, opening, currency):
    cols = _columns(layout, W, margin)
    gap = size * style["row_gap"]
    bottom = H - margin - 30
    mstyle = style["money"]
    neg = style["negative"]

    desc_label = "Description" if rng.random() < 0.8 else "Details"
    out_label, in_label = {"paid_out_in": ("Paid out", "Paid in")}.get(layout, rng.choice(
        [("Debit", "Credit"), ("Withdrawals", "Deposits"), ("Debits", "Credits"), ("Money out", "Money in")]))

    def header(p, y):
        p.rect(margin - 2, y - size - 3, W - 2 * margin + 4, size + 8, stroke=None, fill=(232, 232, 238))
        p.text(cols["date"], y, "Date", family, size, bold=True)
        p.text(cols["desc"], y, desc_label, family, size, bold=True)
        if layout == "signed_amount":
            p.text(cols["amount"], y, "Amount", family, size, bold=True, align="right")
        else:
            p.text(cols["debit"], y, out_label, family, size, bold=True, align="right")
            p.text(cols["credit"], y, in_label, family, size, bold=True, align="right")
        p.text(cols["balance"], y, "Balance", family, size, bold=True, align="right")
        return y + gap

    y = header(page, y)
    page.text(cols["desc"], y, style["labels"]["opening"].upper() if rng.random() < 0.5 else style["labels"]["opening"],
              family, size)
    page.text(cols["balance"], y, fmt_money(opening, mstyle, currency), family, size, align="right")
    y += gap
    for i, (row, (day, desc, amount)) in enumerate(zip(fields["transactions"], rows)):
        lines = wrap(desc, family, size, cols["desc_w"])
        need = gap + (len(lines) - 1) * size * 1.25
        if y + need > bottom:
            page = Page(W, H)
            pages.append(page)
            page.text(margin, margin + 10, fields["bank_name"], family, size + 2, bold=True, color=style["color"])
            page.text(W - margin, margin + 10, f"{style['labels']['account']}: {fields['account_number']}", family,
                      size, align="right")
            page.text(margin, margin + 26, "Transactions (continued)", family, size, color=(90, 90, 90))
            y = header(page, margin + 56)
        key = f"transactions[{i}]"
        mark = {key: (0, 1_000_000)}
        page.text(cols["date"], y, fmt_date(day, style["row_date"]), family, size, marks=mark)
        for k, line in enumerate(lines):
            page.text(cols["desc"], y + k * size * 1.25, line, family, size, marks=mark)
        if layout == "signed_amount":
            shown = mstyle if amount > 0 or neg == "eu" else neg
            page.text(cols["amount"], y, fmt_money(amount, shown, currency), family, size, align="right", marks=mark)
        else:
            col = cols["credit"] if amount > 0 else cols["debit"]
            page.text(col, y, fmt_magnitude(amount, mstyle, currency), family, size, align="right", marks=mark)
        if row["balance"] is not None:
            page.text(cols["balance"], y, fmt_money(Decimal(row["balance"]), mstyle, currency), family, size,
                      align="right", marks=mark)
        y += need
        page.hline(margin, W - margin, y - gap * 0.62, width=0.2, color=(210, 210, 210))
    y += 4
    if y + gap * 2 > bottom:
        page = Page(W, H)
        pages.append(page)
        y = margin + 40
    page.text(cols["desc"], y, style["labels"]["closing"], family, size, bold=True)
    page.text(cols["balance"], y, fmt_money(Decimal(fields["closing_balance"]), mstyle, currency), family, size,
              bold=True, align="right")
    notice = ("Please examine this statement promptly and report any discrepancy within 60 days. "
              "Deposits are insured up to the applicable limit. Keep this statement for your records. "
              "For questions about your account, call the number on the back of your card or visit any branch.")
    if y + 60 < bottom:
        fine_print(page, margin, y + 30, W - 2 * margin, notice, family, size - 1.5)
