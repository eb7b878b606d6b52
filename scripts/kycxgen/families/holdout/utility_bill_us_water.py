"""A US city or water district's combined utility bill (water, sewer, refuse,
stormwater) from a municipal billing system: upper-case text, boxed fields with
labels above values (account number, customer name, service address, billing
date, due date, amount due, amount due after the due date), a meter reading
table in gallons or hundred cubic feet, and a return portion at the foot."""

DOC_TYPE = "utility_bill"
NAME = "us_water"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US municipal water/sewer/refuse bill (USD) with boxed label-above fields, a meter reading table, "
               "a penalty amount after the due date and a return stub.")

import datetime as dt
import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...layout import LETTER, Document, Page
from ...people import ascii_upper, random_person
from . import _common as C

PROVIDERS = ["City of Ashgrove", "Cedar Bluff Water & Sewer Authority", "Town of Millbrook Public Utilities",
             "Rock Creek Municipal Utility District", "City of Marrowfield Utilities"]


def generate(rng: random.Random, ctx) -> Document:
    provider = rng.choice(PROVIDERS).upper()
    person = random_person(rng, ctx.reference_date, min_age=21)
    service = us_address(rng, zip4=False)
    service = type(service)(service.street.upper(), service.city.upper(), service.region, service.postal_code, "US")
    landlord = rng.random() < 0.25
    mail = service if not landlord else us_address(rng, service.region)
    if landlord:
        mail = type(mail)(mail.street.upper(), mail.city.upper(), mail.region, mail.postal_code, "US")
    bill_date = ctx.reference_date - dt.timedelta(days=rng.randint(5, 80))
    read_to = bill_date - dt.timedelta(days=rng.randint(3, 9))
    days = rng.choice([30, 31, 60, 61, 90, 91])
    read_from = read_to - dt.timedelta(days=days)
    due = bill_date + dt.timedelta(days=rng.choice([15, 20, 21, 25, 30]))
    unit = rng.choice(["KGAL", "CCF"])
    usage = rng.randint(3, 14) * (days // 30)
    prev_read = rng.randint(100, 9000)
    months = days // 30
    wr = Decimal(rng.choice(["3.85", "4.12", "4.67", "5.10", "6.24"]))
    sr = Decimal(rng.choice(["5.02", "5.75", "6.40", "7.35"]))
    charges = [("WATER BASE CHARGE", C.cents(Decimal(rng.uniform(14, 32)) * months)),
               (f"WATER USAGE {usage} {unit} @ {wr}", C.cents(usage * wr)),
               ("SEWER BASE CHARGE", C.cents(Decimal(rng.uniform(18, 40)) * months)),
               (f"SEWER USAGE {usage} {unit} @ {sr}", C.cents(usage * sr))]
    if rng.random() < 0.7:
        charges.append(("REFUSE COLLECTION", C.cents(Decimal(rng.uniform(18, 34)) * months)))
    if rng.random() < 0.6:
        charges.append(("STORMWATER FEE", C.cents(Decimal(rng.uniform(4, 12)) * months)))
    if rng.random() < 0.3:
        charges.append(("RECYCLING", C.cents(Decimal(rng.uniform(3, 8)) * months)))
    previous, paid = C.bill_balance(rng, prev=(60, 320), paid_full=0.75)
    if previous > paid and rng.random() < 0.5:
        charges.append(("PENALTY - LATE PAYMENT", C.cents((previous - paid) * Decimal("0.10"))))
    current = sum(a for _, a in charges)
    amount = previous - paid + current
    account = rng.choice([f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(0, 99):02d}",
                          f"{rng.randint(10000, 99999)}-{rng.randint(10000, 99999)}", f"{rng.randint(10 ** 6, 10 ** 7 - 1)}"])
    # the billing system prints upper-case ASCII
    name = rng.choice([f"{ascii_upper(person.surname)}, {ascii_upper(person.given)}", ascii_upper(person.full_name)])
    family = rng.choice(["Liberation Mono", "DejaVu Sans Mono", "Liberation Sans", "DejaVu Sans Condensed",
                         "Liberation Sans Narrow"])
    st = {"family": family, "size": 7.6 if "Mono" in family else rng.uniform(8.0, 8.8), "landlord": landlord,
          "date_label": rng.choice(["BILLING DATE", "BILL DATE", "DATE OF ISSUE"]),
          "due_label": rng.choice(["DUE DATE", "PLEASE PAY BY", "PAYMENT DUE"]),
          "amt_label": rng.choice(["AMOUNT DUE", "TOTAL AMOUNT DUE", "PAY THIS AMOUNT"]),
          "date": rng.choice(["mdy", "mdy2"]), "unit": unit, "usage": usage, "prev_read": prev_read,
          "meter": C.digits(rng, 8), "read_from": read_from, "read_to": read_to, "color": (0, 0, 0),
          "svc_style": rng.choice(["box", "box", "mail_only"]) if not landlord else "box"}
    fields = {"provider_name": provider, "account_holder_name": name, "account_number": account,
              **C.service_fields(service), "statement_date": bill_date.isoformat(), "due_date": due.isoformat(),
              "amount_due": C.canon(amount), "currency": "USD"}
    page = _draw(fields, st, service, mail, charges, previous, paid, amount, bill_date, due)
    return Document("utility_bill", fields, [page], "utility_bill/us_water", family,
                    meta=C.bill_meta("US", "water", charges, previous, paid))


def _draw(f, st, service, mail, charges, previous, paid, amount, bill_date, due) -> Page:
    W, H = LETTER
    m = 34.0
    fam, s = st["family"], st["size"]
    money = C.Money()
    p = Page(W, H)

    def d(x):
        return C.fdate(x, st["date"])

    p.text(m, m + 10, f["provider_name"], fam, s + 5, bold=True, field="provider_name")
    p.text(m, m + 10 + s * 1.6, "UTILITY BILLING DIVISION  -  WATER * SEWER * REFUSE", fam, s - 0.5)
    p.text(m, m + 10 + s * 2.9, f"PO BOX {len(f['account_number']) * 311}  {service.city}, "
           f"{service.region}  (555) 010-{f['account_number'][-4:].replace('-', '0')}", fam, s - 0.5)
    # grid of boxes, label above value
    y = m + 56
    cells = [[("ACCOUNT NUMBER", f["account_number"], "account_number", None),
              ("CUSTOMER NAME", f["account_holder_name"], "account_holder_name", None)],
             [(st["date_label"], d(bill_date), "statement_date", None), (st["due_label"], d(due), "due_date", None),
              (st["amt_label"], money(amount), "amount_due", None),
              ("AFTER DUE DATE PAY", money(C.cents(amount * Decimal("1.10"))), None, None)]]
    for row in cells:
        cw = (W - 2 * m) / len(row)
        for k, (label, value, field, marks) in enumerate(row):
            x = m + k * cw
            p.rect(x, y, cw, s * 3.3, stroke=(0, 0, 0), width=0.6)
            p.text(x + 4, y + s * 1.1, label, fam, s - 1.5)
            p.text(x + 4, y + s * 2.7, value, fam, s + 0.5, bold=True, field=field, marks=marks)
        y += s * 3.3
    y += 22
    # mailing address (window) and service location
    p.text(m + 10, y, f["account_holder_name"], fam, s)
    mark = "service_address_" if st["svc_style"] == "mail_only" else None
    C.address_block(p, m + 10, y + s * 1.3, address_lines(mail), fam, s, mark_prefix=mark)
    if st["svc_style"] == "box":
        bx = W / 2 + 10
        p.rect(bx, y - s - 4, W - m - bx, s * 5, stroke=(0, 0, 0), width=0.6)
        p.text(bx + 4, y, "SERVICE ADDRESS", fam, s - 1.5)
        C.address_block(p, bx + 4, y + s * 1.4, address_lines(service), fam, s, mark_prefix="service_address_")
    y += s * 6
    # meter readings
    heads = ["METER NO.", "READ FROM", "READ TO", "PREVIOUS", "PRESENT", f"USAGE ({st['unit']})"]
    cw = (W - 2 * m) / 6
    p.rect(m, y - s - 3, W - 2 * m, s + 6, stroke=None, fill=(220, 220, 220))
    for k, h in enumerate(heads):
        p.text(m + k * cw + 4, y, h, fam, s - 1, bold=True)
    y += s * 1.6
    vals = [st["meter"], d(st["read_from"]), d(st["read_to"]), f"{st['prev_read']}", f"{st['prev_read'] + st['usage']}",
            f"{st['usage']}"]
    for k, v in enumerate(vals):
        p.text(m + k * cw + 4, y, v, fam, s)
    y += s * 3
    # charges
    p.text(m, y, "SERVICE CHARGES", fam, s + 1, bold=True)
    p.hline(m, W - m, y + 4, width=0.6)
    y += s * 2
    for desc, a in [("PREVIOUS BALANCE", previous), ("PAYMENT RECEIVED - THANK YOU", -paid)] + charges:
        p.text(m + 4, y, desc, fam, s)
        p.text(W - m - 4, y, money(a), fam, s, align="right")
        y += s * 1.45
    p.hline(m, W - m, y - s * 0.8, width=0.6)
    p.text(m + 4, y + 2, st["amt_label"], fam, s + 1, bold=True)
    p.text(W - m - 4, y + 2, money(amount), fam, s + 1, bold=True, align="right")
    y += s * 3
    C.fine(p, m, y, W - 2 * m, "A 10% PENALTY IS ADDED TO BALANCES NOT PAID BY THE DUE DATE. SERVICE MAY BE "
           "DISCONNECTED FOR NON-PAYMENT. WATER QUALITY REPORTS ARE AVAILABLE AT CITY HALL.", fam, s - 1.5)
    # return portion
    sy = H - m - 96
    for x in range(int(m), int(W - m), 7):
        p.hline(x, x + 3.5, sy, width=0.4, color=(110, 110, 110))
    p.text(W / 2, sy + 11, "PLEASE RETURN THIS PORTION WITH YOUR PAYMENT", fam, s - 1.5, align="center")
    sy += 28
    p.text(m, sy, f["provider_name"], fam, s, bold=True)
    p.text(m, sy + s * 1.4, f"ACCOUNT: {f['account_number']}", fam, s)
    p.text(m, sy + s * 2.8, f"SERVICE: {service.street}", fam, s)
    p.text(W / 2, sy, st["due_label"], fam, s)
    p.text(W - m, sy, d(due), fam, s, bold=True, align="right")
    p.text(W / 2, sy + s * 1.4, st["amt_label"], fam, s)
    p.text(W - m, sy + s * 1.4, money(amount), fam, s, bold=True, align="right")
    p.text(W / 2, sy + s * 2.8, "AMOUNT ENCLOSED", fam, s)
    p.text(W - m, sy + s * 2.8, "$__________", fam, s, align="right")
    return p
