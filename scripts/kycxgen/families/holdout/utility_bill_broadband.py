"""A US cable and broadband provider's monthly statement: the account number
printed in digit groups, "Statement date", a year-less service period, the
service address in the header column beside the mailing window, a summary from
the previous balance to "Total amount due" with "Due by" or an AutoPay date,
then regular monthly charges (internet tier, equipment, TV package and fees),
promotional discounts as negative lines, one-time charges, and taxes and fees."""

DOC_TYPE = "utility_bill"
NAME = "broadband"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US cable/broadband statement (USD) with grouped account number, service address in the header, "
               "promotional discounts, TV fees and taxes, 'Statement date' and 'Due by'.")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C

PROVIDERS = ["Streamline Cable & Internet", "Vireo Fiber", "Copperhead Communications", "Lakeshore Cablevision"]


def generate(rng: random.Random, ctx) -> Document:
    provider = rng.choice(PROVIDERS)
    person = random_person(rng, ctx.reference_date, min_age=19)
    service = us_address(rng)
    mail = service if rng.random() < 0.75 else us_address(rng, service.region)
    stmt = ctx.reference_date - dt.timedelta(days=rng.randint(4, 80))
    svc_from = stmt + dt.timedelta(days=rng.randint(5, 12))
    svc_to = svc_from + dt.timedelta(days=30)
    due = stmt + dt.timedelta(days=rng.choice([14, 17, 20, 21]))
    tier = rng.choice([("Internet 300 Mbps", 55), ("Internet 500 Mbps", 70), ("Gig Internet", 90),
                       ("Fiber 1 Gig", 80), ("Internet Essentials 100", 35)])
    regular = [(tier[0], C.cents(tier[1])), ("WiFi gateway rental", C.cents(rng.choice([10, 14, 15])))]
    if rng.random() < 0.5:
        regular += [(rng.choice(["TV Select", "TV Choice", "Basic TV"]), C.cents(rng.choice([30, 45, 60, 75]))),
                    ("Broadcast TV fee", C.cents(rng.uniform(18, 28))), ("Regional sports fee", C.cents(rng.uniform(6, 14)))]
    if rng.random() < 0.3:
        regular.append(("Home phone unlimited", C.cents(rng.choice([20, 25, 30]))))
    if rng.random() < 0.6:
        regular.append((rng.choice(["Promotional discount", "12-month promo credit", "Loyalty credit"]),
                        -C.cents(rng.choice([10, 15, 20, 25, 30]))))
    one_time = []
    if rng.random() < 0.25:
        one_time.append((rng.choice(["Installation", "Late fee", "Pay-per-view movie"]), C.cents(rng.choice([10, 5.99, 49.99]))))
    base = sum(a for _, a in regular + one_time)
    taxes = [("FCC regulatory fee", C.cents(Decimal("0.32"))), ("State and local sales tax", C.cents(base * Decimal(rng.uniform(0.03, 0.08))))]
    if len(regular) > 3:
        taxes.append(("Franchise fee", C.cents(base * Decimal("0.05"))))
    charges = regular + one_time + taxes
    previous, paid = C.bill_balance(rng, prev=(50, 260), paid_full=0.85)
    amount = previous - paid + sum(a for _, a in charges)
    digits = C.digits(rng, 16)
    account = f"{digits[:4]} {digits[4:6]} {digits[6:9]} {digits[9:]}"
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Sans Narrow"])
    st = {"family": family, "size": rng.uniform(8.0, 8.8), "date": rng.choice(["mon_d_y", "mdy", "month_d_y"]),
          "date_label": rng.choice(["Statement date", "Statement Date", "Bill date"]),
          "due_label": rng.choice(["Due by", "Payment due", "Please pay by"]),
          "autopay": rng.random() < 0.35, "color": rng.choice([(0, 60, 140), (0, 140, 100), (120, 0, 120), (20, 20, 20)]),
          "svc_from": svc_from, "svc_to": svc_to, "upper": rng.random() < 0.5}
    name = person.full_name.upper() if st["upper"] else person.full_name
    fields = {"provider_name": provider, "account_holder_name": name, "account_number": account,
              **C.service_fields(service), "statement_date": stmt.isoformat(), "due_date": due.isoformat(),
              "amount_due": C.canon(amount), "currency": "USD"}
    page = _draw(fields, st, service, mail, regular, one_time, taxes, previous, paid, amount, stmt, due)
    return Document("utility_bill", fields, [page], "utility_bill/broadband", family,
                    meta=C.bill_meta("US", "internet", charges, previous, paid))


def _draw(f, st, service, mail, regular, one_time, taxes, previous, paid, amount, stmt, due) -> Page:
    W, H = LETTER
    m = 36.0
    fam, s, col = st["family"], st["size"], st["color"]
    money = C.Money(prefix="$")
    p = Page(W, H)

    def d(x):
        return C.fdate(x, st["date"])

    C.monogram(p, m, 0, 26, col, C.initials(f["provider_name"]), "DejaVu Sans", "square", baseline=m + 10)
    p.text(m + 32, m + 10, f["provider_name"], fam, s + 6, bold=True, field="provider_name")
    # header column on the right: dates, account, service address
    rx = W * 0.58
    rows = [(st["date_label"], d(stmt), "statement_date", None), ("Account number", f["account_number"], "account_number", None),
            ("Service period", f"{C.fdate(st['svc_from'], 'md')} - {C.fdate(st['svc_to'], 'md')}", None, None)]
    yy = m
    for label, value, field, marks in rows:
        p.text(rx, yy, label, fam, s - 0.5, color=C.GREY)
        p.text(W - m, yy, value, fam, s, bold=True, align="right", field=field)
        yy += s * 1.5
    p.text(rx, yy + 4, "Service address", fam, s - 0.5, color=C.GREY)
    C.address_block(p, rx, yy + 4 + s * 1.4, address_lines(service), fam, s, mark_prefix="service_address_")
    # mailing window
    y = m + 70
    p.text(m + 10, y, f["account_holder_name"], fam, s + 1, field="account_holder_name")
    C.address_block(p, m + 10, y + (s + 1) * 1.3, address_lines(mail), fam, s + 1)
    y = max(y + 60, yy + s * 5) + 20
    # amount bar
    p.rect(m, y - 16, W - 2 * m, 40, stroke=None, fill=col)
    p.text(m + 12, y + 2, "Total amount due", fam, s + 2, bold=True, color=(255, 255, 255))
    p.text(W / 2, y + 6, money(amount), fam, s + 9, bold=True, color=(255, 255, 255), align="center",
           field="amount_due")
    if st["autopay"]:
        lab = "AutoPay on "
    else:
        lab = st["due_label"] + " "
    due_txt = d(due)
    p.text(W - m - 12, y + 2, lab + due_txt, fam, s + 1, bold=True, color=(255, 255, 255), align="right",
           marks={"due_date": (len(lab), len(lab) + len(due_txt))})
    y += 46
    # summary
    p.text(m, y, "Summary", fam, s + 3, bold=True, color=col)
    y += s * 2
    reg = sum(a for _, a in regular)
    one = sum(a for _, a in one_time)
    tax = sum(a for _, a in taxes)
    rows = [("Previous balance", previous), ("Payment received - thank you", -paid),
            ("Remaining balance", previous - paid), ("Regular monthly charges", reg)]
    if one_time:
        rows.append(("One-time charges", one))
    rows.append(("Taxes, fees and other charges", tax))
    for label, v in rows:
        p.text(m + 4, y, label, fam, s)
        p.text(W - m - 4, y, money(v), fam, s, align="right")
        y += s * 1.5
    p.hline(m, W - m, y - s * 0.8, width=0.6)
    p.text(m + 4, y + 2, "Total amount due", fam, s + 1, bold=True)
    p.text(W - m - 4, y + 2, money(amount), fam, s + 1, bold=True, align="right")
    y += s * 3.4
    for title, items in (("Regular monthly charges", regular), ("One-time charges", one_time),
                         ("Taxes, fees and other charges", taxes)):
        if not items:
            continue
        p.text(m, y, title, fam, s + 1.5, bold=True, color=col)
        p.hline(m, W - m, y + 4, width=0.4, color=col)
        y += s * 1.9
        for desc, a in items:
            p.text(m + 10, y, desc, fam, s)
            p.text(W - m - 4, y, money(a), fam, s, align="right")
            y += s * 1.45
        y += s * 1.2
    C.fine(p, m, y + 6, W - 2 * m, "Prices for promotional services change when the promotion ends. Taxes and fees "
           "are set by federal, state and local authorities. Manage your account and pay online any time.", fam, s - 1.5)
    return p
