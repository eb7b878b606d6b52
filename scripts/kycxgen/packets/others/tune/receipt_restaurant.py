"""Restaurant bills: table, server and guests, dishes, subtotal, tax, a
suggested tip table or a tip line, the card slip to sign. A narrow slip."""

KIND = "receipt"
NAME = "restaurant"
GROUP = "tune"

import datetime as dt
import random
from decimal import Decimal

from ....doctypes import GenContext
from ....doctypes.card_art import signature
from ....layout import Document, Page
from ....textfmt import money
from .. import Cast
from .. import _content as c
from .._draw import address_texts

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    family = rng.choice(["DejaVu Sans Mono", "Liberation Mono", "DejaVu Sans Condensed"])
    size = rng.uniform(7.4, 8.6)
    W = rng.uniform(200, 240)
    page = Page(W, 2000)
    x0, x1 = 12, W - 12
    y = 24.0

    def center(text, bold=False, grow=0.0):
        nonlocal y
        page.text(W / 2, y, text, family, size + grow, bold=bold, align="center")
        y += (size + grow) * 1.4

    def pair(left, right, bold=False):
        nonlocal y
        page.text(x0, y, left, family, size, bold=bold)
        page.text(x1, y, right, family, size, bold=bold, align="right")
        y += size * 1.4

    center(rng.choice(c.RESTAURANTS), bold=True, grow=2.5)
    for line in address_texts(c.address(rng, "US")):
        center(line)
    y += size * 0.5
    when = dt.datetime.combine(c.recent(rng, ctx.reference_date, 1, 120), dt.time(rng.randint(11, 22),
                                                                               rng.randint(0, 59)))
    pair(f"Table {rng.randint(1, 40)}", f"Guests {rng.randint(1, 6)}")
    pair(f"Server: {rng.choice(['Kayla', 'Marco', 'Priya', 'Jon', 'Elena', 'Tariq'])}",
         f"Check #{rng.randint(100, 9999)}")
    pair(when.strftime("%m/%d/%Y"), when.strftime("%I:%M %p"))
    page.hline(x0, x1, y - size * 0.6, width=0.5)
    y += size * 0.5
    subtotal = Decimal(0)
    for _ in range(rng.randint(2, 9)):
        dish, lo, hi = rng.choice(c.DISHES)
        qty = rng.choice([1, 1, 1, 2])
        price = money(rng.uniform(lo, hi)) * qty
        pair(f"{qty} {dish}", f"{price:.2f}")
        subtotal += price
    tax = money(subtotal * Decimal(rng.choice(["0.08", "0.0875", "0.1", "0.07"])))
    y += size * 0.4
    pair("Subtotal", f"{subtotal:.2f}")
    pair("Tax", f"{tax:.2f}")
    pair("Total", f"{subtotal + tax:.2f}", bold=True)
    y += size * 0.8
    if rng.random() < 0.5:
        center("Suggested gratuity", bold=True)
        for pct in (18, 20, 22):
            tip = money(subtotal * Decimal(pct) / 100)
            pair(f"{pct}% = {tip:.2f}", f"Total {subtotal + tax + tip:.2f}")
    else:
        center(f"{rng.choice(c.CARD_BRANDS)} XXXXXXXXXXXX{rng.randint(0, 9999):04d}")
        pair("Amount", f"{subtotal + tax:.2f}")
        y += size * 0.8
        pair("Tip", "_" * 10)
        y += size * 0.8
        pair("Total", "_" * 10)
        y += size * 2.2
        signature(page, rng, x0 + 10, y - size * 3, W * 0.5, size * 2.5)
        page.hline(x0, x1, y, width=0.5)
        y += size * 1.2
        center("Signature")
        center(rng.choice(["CUSTOMER COPY", "MERCHANT COPY"]), bold=True)
    y += size * 0.6
    center(rng.choice(["Thank you for dining with us!", "See you again soon!", "Gratuity not included"]))
    page.height = y + 16
    return Document("unknown", {}, [page], "unknown/receipt/restaurant", family)
