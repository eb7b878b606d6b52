"""Hotel folios given at check-out: guest name and home address, room,
arrival and departure, a dated ledger of room charges, taxes and incidentals
with a running balance, and the card payment that settles it."""

KIND = "receipt"
NAME = "hotel_folio"
GROUP = "holdout"

import datetime as dt
import random
from decimal import Decimal

from ....doctypes import GenContext
from ....layout import LETTER, Document, Page
from ....textfmt import money
from .. import Cast
from .. import _content as c
from .._draw import GREY, address_texts, lines, pick_look, table

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
HOTELS = ["Harborview Suites", "The Granite Lodge", "Meridian Park Hotel", "Copper Canyon Inn",
          "Bayfront Mariner Hotel", "Aspen Ridge Resort"]


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    look = pick_look(rng, "US", size=(8.2, 9.4))
    W, H = LETTER
    m = rng.uniform(40, 56)
    page = Page(W, H)
    hotel = rng.choice(HOTELS)
    page.text(W / 2, m + 20, hotel.upper(), look.family, look.size + 8, bold=True, align="center", color=look.color)
    page.text(W / 2, m + 36, " · ".join(address_texts(c.address(rng, "US")) + [c.phone(rng)]), look.family,
              look.size - 1.5, align="center", color=GREY)
    guest = c.person_name(rng, cast, ctx.reference_date, reuse=0.6)
    arrive = c.recent(rng, ctx.reference_date, 8, 150)
    nights = rng.randint(1, 6)
    depart = arrive + dt.timedelta(days=nights)
    y = lines(page, m, m + 80, [guest] + address_texts(c.address(rng, "US")), look)
    info = [("Room", str(rng.randint(101, 1820))), ("Arrival", look.date(arrive)), ("Departure", look.date(depart)),
            ("Folio No.", str(rng.randint(100000, 999999))), ("Rate", rng.choice(["BAR", "CORP", "AAA", "GOV"]))]
    iy = m + 80
    for label, value in info:
        page.text(W * 0.6, iy, label, look.family, look.size, bold=True)
        page.text(W - m, iy, value, look.family, look.size, align="right")
        iy += look.size * 1.5
    y = max(y, iy) + 24
    rate = money(rng.uniform(119, 389))
    rows, balance = [], Decimal(0)
    for n in range(nights):
        day = arrive + dt.timedelta(days=n)
        for desc, amount in [("Room charge", rate), ("Occupancy tax", money(rate * Decimal("0.12"))),
                             ("State sales tax", money(rate * Decimal("0.06")))]:
            balance += amount
            rows.append([look.date(day), desc, look.money(amount), "", look.money(balance)])
        if rng.random() < 0.4:
            extra = (rng.choice(["Restaurant", "Parking", "Room service", "Minibar"]), money(rng.uniform(9, 85)))
            balance += extra[1]
            rows.append([look.date(day), extra[0], look.money(extra[1]), "", look.money(balance)])
    rows.append([look.date(depart), f"{rng.choice(c.CARD_BRANDS)} ****{rng.randint(0, 9999):04d}", "",
                 look.money(balance), look.money(0)])
    cols = [(0.0, "left"), (0.18, "left"), (0.7, "right"), (0.85, "right"), (1.0, "right")]
    y = table(page, m, W - m, y, cols, ["Date", "Description", "Charges", "Credits", "Balance"], rows, look,
              lead=1.45, head_fill=(232, 232, 232))
    page.text(W - m, y + look.size, f"Balance due: {look.money(0)}", look.family, look.size + 1, bold=True,
              align="right")
    page.text(m, H - m, "Thank you for staying with us. This folio is your receipt.", look.family, look.size - 1,
              color=GREY)
    return Document("unknown", {}, [page], "unknown/receipt/hotel_folio", look.family)
