"""Till receipts from shops and supermarkets: a narrow slip in a monospaced
face with the store's name and address, items and prices, subtotal, sales
tax, total, the card payment and a barcode. The slip is as long as its
contents."""

KIND = "receipt"
NAME = "store"
GROUP = "tune"

import datetime as dt
import random
from decimal import Decimal

from ....doctypes import GenContext
from ....layout import Document, Page
from ....textfmt import money
from .. import Cast
from .. import _content as c
from .._draw import address_texts, barcode_strip

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
MONO = ["DejaVu Sans Mono", "Liberation Mono"]


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    family = rng.choice(MONO + ["DejaVu Sans Condensed", "Liberation Sans Narrow"] if rng.random() < 0.3 else MONO)
    size = rng.uniform(7.2, 8.4)
    cols = rng.choice([32, 36, 40, 42])
    W = cols * size * 0.61 + 24
    page = Page(W, 2000)
    x0, x1 = 12, W - 12
    store = rng.choice(c.STORES)
    if store.endswith("#"):
        store += str(rng.randint(100, 9999))
    addr = c.address(rng, "US")
    when = dt.datetime.combine(c.recent(rng, ctx.reference_date, 1, 90), dt.time(rng.randint(7, 21),
                                                                              rng.randint(0, 59)))
    y = 22.0

    def center(text, bold=False, grow=0.0):
        nonlocal y
        page.text(W / 2, y, text, family, size + grow, bold=bold, align="center")
        y += (size + grow) * 1.35

    def pair(left, right, bold=False):
        nonlocal y
        page.text(x0, y, left, family, size, bold=bold)
        page.text(x1, y, right, family, size, bold=bold, align="right")
        y += size * 1.35

    center(store, bold=True, grow=3)
    for line in address_texts(addr):
        center(line)
    center(c.phone(rng))
    y += size * 0.6
    pair(when.strftime(rng.choice(["%m/%d/%Y %H:%M", "%m/%d/%y %I:%M %p", "%Y-%m-%d %H:%M"])),
         f"ST {rng.randint(1, 999):03d} REG {rng.randint(1, 12):02d}")
    pair(f"CASHIER: {rng.choice(['ANA', 'MIKE', 'DEV', 'SAM', 'JO', 'LUIS', 'KIM'])}", f"TRX {rng.randint(1000, 9999)}")
    y += size * 0.5
    subtotal = Decimal(0)
    for _ in range(rng.randint(3, 16)):
        name, lo, hi = rng.choice(c.STORE_ITEMS)
        qty = rng.choice([1, 1, 1, 2, 3])
        price = money(rng.uniform(lo, hi))
        if qty > 1:
            page.text(x0 + size * 2, y, f"{qty} @ {price:.2f}", family, size)
            y += size * 1.3
        pair(name, f"{price * qty:.2f}" + rng.choice([" T", " F", ""]))
        subtotal += price * qty
    tax = money(subtotal * Decimal(rng.choice(["0.0625", "0.07", "0.0825", "0.06", "0.045"])))
    total = subtotal + tax
    y += size * 0.4
    pair("SUBTOTAL", f"{subtotal:.2f}")
    pair("SALES TAX", f"{tax:.2f}")
    pair("TOTAL", f"${total:.2f}", bold=True)
    brand = rng.choice(c.CARD_BRANDS)
    pair(f"{brand} {rng.choice(['****', 'XXXX'])}{rng.randint(0, 9999):04d}", f"{total:.2f}")
    pair("AUTH CODE", f"{rng.randint(0, 999999):06d}")
    if rng.random() < 0.5:
        pair("ITEMS SOLD", str(rng.randint(3, 20)))
    y += size * 0.8
    center(rng.choice(["THANK YOU FOR SHOPPING WITH US", "THANK YOU! PLEASE COME AGAIN", "SAVE THIS RECEIPT"]))
    center(rng.choice(["RETURNS WITHIN 30 DAYS WITH RECEIPT", "NO RETURNS ON SALE ITEMS", "WWW.SHOP-LOCAL.COM"]),
           grow=-0.8)
    y += size * 0.5
    barcode_strip(page, rng, W * 0.15, y, W * 0.7, 26)
    y += 40
    center(f"{rng.randint(10 ** 11, 10 ** 12 - 1)}", grow=-1)
    page.height = y + 18
    return Document("unknown", {}, [page], f"unknown/receipt/store_{cols}", family)
