"""Pharmacy and fuel-station slips: a narrow receipt in a sans face with the
store number, prescription lines or pump and gallons, FSA/HSA-eligible
markers, the card used (often a debit card with the bank named) and a survey
invitation at the foot."""

KIND = "receipt"
NAME = "pharmacy_fuel"
GROUP = "holdout"

import datetime as dt
import random
from decimal import Decimal

from ....doctypes import GenContext
from ....layout import Document, Page
from ....textfmt import money
from .. import Cast
from .. import _content as c
from .._draw import address_texts

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "photo")
PHARMACIES = ["WELLSPRING PHARMACY", "CORNERSTONE DRUG #", "MEDIQUICK RX", "HEALTHWAY PHARMACY #"]
STATIONS = ["PRAIRIE FUEL STOP", "RIDGELINE GAS #", "QUICKFUEL EXPRESS", "BLUE MESA TRAVEL CENTER"]
OTC = [("IBUPROFEN 200MG 100CT", 6.99, 12.99, True), ("VITAMIN D3 2000IU", 7.49, 14.99, False),
       ("BANDAGES ASSORTED", 3.99, 7.49, True), ("SUNSCREEN SPF50", 8.99, 15.99, True),
       ("GREETING CARD", 2.99, 6.99, False), ("COUGH SYRUP 8OZ", 7.99, 13.99, True),
       ("READING GLASSES +1.5", 12.99, 24.99, True), ("CHOCOLATE BAR", 1.49, 3.29, False)]


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    family = rng.choice(["Liberation Sans Narrow", "DejaVu Sans Condensed", "Liberation Sans"])
    size = rng.uniform(7.0, 8.2)
    W = rng.uniform(190, 226)
    page = Page(W, 2000)
    x0, x1 = 10, W - 10
    y = 20.0

    def center(text, bold=False, grow=0.0):
        nonlocal y
        page.text(W / 2, y, text, family, size + grow, bold=bold, align="center")
        y += (size + grow) * 1.35

    def pair(left, right="", bold=False, indent=0.0):
        nonlocal y
        page.text(x0 + indent, y, left, family, size, bold=bold)
        if right:
            page.text(x1, y, right, family, size, bold=bold, align="right")
        y += size * 1.35

    fuel = rng.random() < 0.4
    name = rng.choice(STATIONS if fuel else PHARMACIES)
    if name.endswith("#"):
        name += str(rng.randint(1000, 19999))
    center(name, bold=True, grow=2)
    for line in address_texts(c.address(rng, "US")):
        center(line, grow=-0.5)
    when = dt.datetime.combine(c.recent(rng, ctx.reference_date, 1, 60), dt.time(rng.randint(6, 22),
                                                                              rng.randint(0, 59)))
    center(when.strftime("%a %b %d %Y  %I:%M %p").upper(), grow=-0.5)
    y += size * 0.6
    total = Decimal(0)
    eligible = Decimal(0)
    if fuel:
        gallons = Decimal(str(round(rng.uniform(6, 22), 3)))
        price = Decimal(str(round(rng.uniform(2.79, 4.99), 3)))
        amount = money(gallons * price)
        pair(f"PUMP # {rng.randint(1, 16)}")
        pair(rng.choice(["UNLEADED", "REGULAR", "PLUS", "DIESEL"]), f"{gallons} GAL")
        pair(f"PRICE/GAL ${price}", f"${amount}")
        total += amount
    else:
        for _ in range(rng.randint(1, 3)):
            rx = f"RX #{rng.randint(1000000, 9999999)}"
            copay = money(rng.choice([0, 5, 10, 15, 25, 40]) + rng.random())
            pair(rx, f"{copay:.2f} E")
            pair(f"INS PAID {money(rng.uniform(8, 220)):.2f}", indent=8)
            total += copay
            eligible += copay
    for _ in range(rng.randint(0 if fuel else 1, 4)):
        item, lo, hi, fsa = rng.choice(OTC)
        price = money(rng.uniform(lo, hi))
        pair(item, f"{price:.2f}{' E' if fsa else ''}")
        total += price
        eligible += price if fsa else 0
    tax = money((total - eligible) * Decimal("0.07"))
    y += size * 0.4
    pair("SUBTOTAL", f"{total:.2f}")
    pair("TAX", f"{tax:.2f}")
    pair("TOTAL", f"{total + tax:.2f}", bold=True)
    if eligible:
        pair("FSA/HSA ELIGIBLE (E)", f"{eligible:.2f}")
    brand = rng.choice(["DEBIT", "VISA DEBIT", "MASTERCARD"])
    pair(f"{brand}  XXXX{rng.randint(0, 9999):04d}", f"{total + tax:.2f}")
    pair(f"ISSUER: {c.bank(rng).upper()}")
    pair(f"APPROVAL {rng.randint(100000, 999999)}  SEQ {rng.randint(1000, 9999)}")
    y += size * 0.8
    center("TELL US HOW WE DID!", bold=True, grow=-0.5)
    center(f"SURVEY CODE {rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}", grow=-0.5)
    page.height = y + 16
    return Document("unknown", {}, [page], f"unknown/receipt/{'fuel' if fuel else 'pharmacy'}", family)
