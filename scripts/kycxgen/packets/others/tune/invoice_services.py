"""Service invoices from small vendors (plumbers, designers, IT, movers):
invoice number and dates, bill-to address, line items with quantity, rate and
amount, tax, total and balance due, and payment instructions with a bank
account. Long invoices run onto a second page."""

KIND = "invoice"
NAME = "services"
GROUP = "tune"

import datetime as dt
import random
from decimal import Decimal

from ....checksums import aba_check_digit
from ....doctypes import GenContext
from ....doctypes.page_common import logo
from ....layout import LETTER, Document, Page
from ....textfmt import money
from .. import Cast
from .. import _content as c
from .._draw import GREY, LIGHT, address_texts, lines, pick_look, table

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
STYLES = ("band", "boxed", "minimal")


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    look = pick_look(rng, "US", size=(8.5, 10.0))
    W, H = LETTER
    m = rng.uniform(40, 58)
    style = rng.choice(STYLES)
    vendor, vendor_addr = rng.choice(c.VENDORS), c.address(rng, "US")
    client = c.person_name(rng, cast, ctx.reference_date, reuse=0.5)
    client_addr = c.address(rng, "US")
    issued = c.recent(rng, ctx.reference_date, 2, 60)
    terms = rng.choice([15, 30, 30, 45])
    number = rng.choice([f"INV-{rng.randint(1000, 99999)}", f"{issued.year}-{rng.randint(100, 999)}",
                         f"#{rng.randint(10000, 999999)}"])
    long = not ctx.single_page and rng.random() < 0.3
    items = _items(rng, rng.randint(26, 40) if long else rng.randint(3, 11))
    subtotal = sum(a for *_, a in items)
    rate = Decimal(rng.choice(["0", "0.0625", "0.07", "0.0825", "0.06"]))
    tax = money(subtotal * rate)
    paid = money(subtotal * Decimal(rng.choice(["0", "0", "0.25", "0.5"])))
    due = subtotal + tax - paid
    pages = [Page(W, H)]
    y = _head(pages[0], rng, style, look, m, vendor, vendor_addr)
    meta_rows = [("Invoice #", number), ("Invoice date", look.date(issued)),
                 ("Due date", look.date(issued + dt.timedelta(days=terms))), ("Terms", f"Net {terms}")]
    y = _parties(pages[0], look, m, W, y, client, client_addr, meta_rows)
    cols = [(0.0, "left"), (0.66, "right"), (0.8, "right"), (1.0, "right")]
    header = ["Description", "Qty", "Rate", "Amount"]
    rows = [[d, f"{q:g}", look.money(r), look.money(a)] for d, q, r, a in items]
    fill = LIGHT if style != "minimal" else None
    while rows:
        room = max(1, int((H - m - 150 - y) / (look.size * 1.55)))
        chunk, rows = rows[:room], rows[room:]
        y = table(pages[-1], m, W - m, y, cols, header, chunk, look, head_fill=fill)
        if rows:
            pages[-1].text(W - m, H - m, "Continued on next page", look.family, look.size - 1, align="right",
                           color=GREY)
            pages.append(Page(W, H))
            pages[-1].text(m, m + look.size, f"{vendor} - Invoice {number} (continued)", look.family, look.size,
                           bold=True)
            y = m + look.size * 4
    totals = [("Subtotal", subtotal), (f"Sales tax ({rate * 100:.3g}%)", tax)]
    if paid:
        totals.append(("Payments / credits", -paid))
    y = _totals(pages[-1], look, W - m, y + look.size, totals, due, style)
    _payment(pages[-1], rng, look, m, W, y + look.size * 2, vendor, number)
    if len(pages) > 1:
        for i, p in enumerate(pages, start=1):
            p.text(W / 2, H - m * 0.6, f"Page {i} of {len(pages)}", look.family, look.size - 1.5, align="center",
                   color=GREY)
    return Document("unknown", {}, pages, f"unknown/invoice/services_{style}", look.family)


def _items(rng, n) -> list:
    out = []
    for _ in range(n):
        desc, lo, hi = rng.choice(c.SERVICES)
        qty = rng.choice([1, 1, 1, 2, 3, 0.5, 1.5, 4, 8])
        rate = money(rng.uniform(lo, hi))
        out.append((desc, qty, rate, money(rate * Decimal(str(qty)))))
    return out


def _head(page, rng, style, look, m, vendor, addr) -> float:
    W = page.width
    info = address_texts(addr) + [c.phone(rng), c.email("billing office", vendor)]
    if style == "band":
        page.rect(0, 0, W, 78, stroke=None, fill=look.color)
        page.text(m, 46, vendor, look.family, look.size + 8, bold=True, color=(255, 255, 255))
        page.text(W - m, 50, "INVOICE", look.family, look.size + 14, bold=True, color=(255, 255, 255), align="right")
        return lines(page, m, 100, info, look, size=look.size - 1, color=GREY) + 16
    if style == "boxed":
        logo(page, rng, m, m, 40, look.color)
        page.text(m + 50, m + 16, vendor, look.family, look.size + 5, bold=True)
        y = lines(page, m + 50, m + 30, info, look, size=look.size - 1, color=GREY)
        page.rect(W - m - 150, m, 150, 34, stroke=look.color, width=1.2)
        page.text(W - m - 75, m + 23, "INVOICE", look.family, look.size + 8, bold=True, color=look.color,
                  align="center")
        return y + 18
    page.text(m, m + 24, rng.choice(["Invoice", "INVOICE", "Tax Invoice", "Bill for Services"]), look.family,
              look.size + 16, bold=True)
    return lines(page, W - m, m + 10, [vendor] + info, look, size=look.size - 0.5, align="right", bold_first=True) + 20


def _parties(page, look, m, W, y, client, addr, meta_rows) -> float:
    page.text(m, y, "BILL TO", look.family, look.size - 1, bold=True, color=look.color)
    left = lines(page, m, y + look.size * 1.5, [client] + address_texts(addr), look)
    yy = y
    for label, value in meta_rows:
        page.text(W - m - 170, yy, label, look.family, look.size, bold=True)
        page.text(W - m, yy, value, look.family, look.size, align="right")
        yy += look.size * 1.45
    return max(left, yy) + look.size * 1.5


def _totals(page, look, x1, y, rows, due, style) -> float:
    for label, value in rows:
        page.text(x1 - 110, y, label, look.family, look.size, align="right")
        page.text(x1, y, look.money(value), look.family, look.size, align="right")
        y += look.size * 1.5
    if style != "minimal":
        page.rect(x1 - 240, y - look.size * 1.05, 240, look.size * 1.9, stroke=None, fill=look.color)
        color = (255, 255, 255)
    else:
        page.hline(x1 - 240, x1, y - look.size * 1.2, width=1)
        color = (0, 0, 0)
    page.text(x1 - 110, y + look.size * 0.3, "Balance Due", look.family, look.size + 1, bold=True,
              align="right", color=color)
    page.text(x1 - 4, y + look.size * 0.3, look.money(due), look.family, look.size + 1, bold=True, align="right",
              color=color)
    return y + look.size * 2


def _payment(page, rng, look, m, W, y, vendor, number) -> None:
    routing = f"{rng.randint(1, 12):02d}{rng.randint(0, 999999):06d}"
    routing += aba_check_digit(routing)
    page.text(m, y, "Payment instructions", look.family, look.size, bold=True)
    lines(page, m, y + look.size * 1.5, [
        f"Please make checks payable to {vendor} and write invoice {number} on the memo line.",
        f"ACH / wire: {c.bank(rng)}, routing {routing}, account {rng.randint(10 ** 8, 10 ** 10 - 1)}",
        rng.choice(["Thank you for your business!", "A late fee of 1.5% per month applies after the due date."])],
        look, size=look.size - 0.5)
