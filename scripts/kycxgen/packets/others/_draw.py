"""Drawing helpers shared by the out-of-scope templates: a document's look
(font, size, colour, date and money style), letterheads, wrapped paragraphs,
signature blocks, tables and the numbered lines of tax forms. All positions are
points from the top-left; y is a baseline."""

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from ... import fonts
from ...addresses import Address, address_lines
from ...doctypes.card_art import signature
from ...doctypes.page_common import BRAND_COLORS, logo, wrap
from ...layout import BLACK, Page
from ...textfmt import UK_DATE_STYLES, US_DATE_STYLES, fmt_date, fmt_money

GREY = (90, 90, 90)
LIGHT = (235, 235, 235)
CURRENCY = {"US": "USD", "CA": "CAD", "GB": "GBP"}


@dataclass(frozen=True)
class Look:
    """How one document prints: body font and size, accent colour, date and money styles."""
    family: str
    size: float
    color: tuple
    date_style: str
    money_style: str   # a textfmt.MONEY_STYLES key
    currency: str

    def date(self, day: dt.date) -> str:
        return fmt_date(day, self.date_style)

    def money(self, value) -> str:
        return fmt_money(Decimal(value), self.money_style, self.currency)


def pick_look(rng: random.Random, region: str = "US", families: list | None = None,
              size: tuple = (9.5, 11.5)) -> Look:
    family = rng.choice(families or fonts.BODY_FAMILIES)
    body = round(rng.uniform(*size), 1) - (0.8 if "Mono" in family else 0.0)
    dates = UK_DATE_STYLES if region == "GB" else US_DATE_STYLES
    return Look(family, body, rng.choice(BRAND_COLORS), rng.choice(dates),
                rng.choice(["symbol", "symbol", "plain", "code"]), CURRENCY.get(region, "USD"))


def text_width(text: str, look: Look, size: float | None = None, bold: bool = False) -> float:
    return fonts.text_width(text, look.family, size or look.size, bold)


def paragraph(page: Page, x: float, y: float, width: float, text: str, look: Look, *, size: float | None = None,
              lead: float = 1.38, bold: bool = False, color=BLACK, align: str = "left") -> float:
    """A wrapped paragraph whose first baseline is y; returns the baseline after its last line."""
    size = size or look.size
    for line in wrap(text, look.family, size, width, bold):
        tx = x + width / 2 if align == "center" else x
        page.text(tx, y, line, look.family, size, bold=bold, color=color, align=align)
        y += size * lead
    return y


def lines(page: Page, x: float, y: float, texts: list[str], look: Look, *, size: float | None = None,
          lead: float = 1.3, bold_first: bool = False, color=BLACK, align: str = "left") -> float:
    """One text per line; returns the baseline after the last."""
    size = size or look.size
    for i, t in enumerate(texts):
        page.text(x, y, t, look.family, size, bold=bold_first and i == 0, color=color, align=align)
        y += size * lead
    return y


def address_texts(addr: Address) -> list[str]:
    return [line for line, _ in address_lines(addr)]


def one_line(addr: Address) -> str:
    return ", ".join(address_texts(addr))


def letterhead(page: Page, rng: random.Random, look: Look, name: str, addr: Address, extras: list[str],
               margin: float) -> float:
    """An organisation's letterhead in one of four styles; returns the y below it."""
    W = page.width
    style = rng.choice(["centered", "left_logo", "band", "right_block"])
    big = look.size + rng.uniform(5, 9)
    small = look.size - 1.2
    info = [one_line(addr)] + extras
    if style == "centered":
        page.text(W / 2, margin + big, name, look.family, big, bold=True, color=look.color, align="center")
        y = lines(page, W / 2, margin + big + small * 1.8, [" | ".join(info[:2])] + info[2:], look, size=small,
                  color=GREY, align="center")
        page.hline(margin, W - margin, y - small * 0.4, width=1.0, color=look.color)
        return y + 14
    if style == "left_logo":
        logo(page, rng, margin, margin, big * 2.2, look.color)
        x = margin + big * 2.2 + 10
        page.text(x, margin + big, name, look.family, big, bold=True, color=look.color)
        y = lines(page, x, margin + big + small * 1.6, info, look, size=small, color=GREY)
        return max(y, margin + big * 2.2) + 18
    if style == "band":
        h = big * 2.6
        page.rect(0, 0, W, h, stroke=None, fill=look.color)
        page.text(margin, h * 0.62, name, look.family, big, bold=True, color=(255, 255, 255))
        y = lines(page, W - margin, h + small * 1.8, info, look, size=small, color=GREY, align="right")
        return y + 10
    page.text(margin, margin + big, name.upper(), look.family, big * 0.9, bold=True, color=look.color)
    y = lines(page, W - margin, margin + small, info, look, size=small, color=GREY, align="right")
    page.hline(margin, W - margin, max(y, margin + big + 6), width=0.6, color=GREY)
    return max(y, margin + big + 6) + 22


def signature_block(page: Page, rng: random.Random, x: float, y: float, name: str, titles: list[str],
                    look: Look, *, closing: str | None = None, line: bool = False) -> float:
    """A closing ("Sincerely,"), a pen signature, the typed name and titles; returns the y below."""
    if closing:
        page.text(x, y, closing, look.family, look.size)
        y += look.size * 1.2
    signature(page, rng, x, y, rng.uniform(90, 150), look.size * 3.2)
    y += look.size * 3.8
    if line:
        page.hline(x, x + 190, y - look.size * 0.9, width=0.5)
    page.text(x, y, name, look.family, look.size, bold=rng.random() < 0.4)
    return lines(page, x, y + look.size * 1.3, titles, look)


def sign_line(page: Page, x: float, y: float, w: float, label: str, look: Look, *, value: str = "",
              size: float | None = None) -> None:
    """A rule to sign or write on with a small caption under it, and optionally what is written."""
    size = size or look.size - 2
    page.hline(x, x + w, y, width=0.6)
    page.text(x, y + size + 2, label, look.family, size, color=GREY)
    if value:
        page.text(x + 4, y - 3, value, look.family, look.size)


def table(page: Page, x0: float, x1: float, y: float, cols: list[tuple], header: list[str] | None, rows: list[list],
          look: Look, *, size: float | None = None, lead: float = 1.55, head_fill=None, rules: bool = True) -> float:
    """cols: [(fraction of the width where the column starts or ends, align)];
    right-aligned columns end at their fraction. Returns the y below the table."""
    size = size or look.size - 0.5
    xs = [(x0 + f * (x1 - x0), a) for f, a in cols]
    if header:
        if head_fill:
            page.rect(x0, y - size - 3, x1 - x0, size * 1.75, stroke=None, fill=head_fill)
        for (x, a), t in zip(xs, header):
            page.text(x, y, t, look.family, size, bold=True, align=a)
        y += size * 0.55
        page.hline(x0, x1, y, width=0.7)
        y += size * lead
    for row in rows:
        for (x, a), t in zip(xs, row):
            if t:
                page.text(x, y, t, look.family, size, align=a)
        if rules:
            page.hline(x0, x1, y + size * 0.55, width=0.25, color=(170, 170, 170))
        y += size * lead
    return y


def checkbox(page: Page, x: float, y: float, size: float, checked: bool, family: str) -> None:
    """A square box whose bottom sits on baseline y, ticked with an X when checked."""
    page.rect(x, y - size, size, size, width=0.6)
    if checked:
        page.text(x + size / 2, y - size * 0.15, "X", family, size * 0.95, bold=True, align="center")


def form_line(page: Page, x: float, y: float, w: float, number: str, label: str, value: str, look: Look, *,
              box_w: float = 92.0, size: float | None = None, family: str | None = None, dots: bool = True) -> None:
    """A numbered line of a tax form: number, label and leader dots, then the
    line number again and the amount in a box at the right edge."""
    size = size or look.size - 1.5
    family = family or look.family
    page.text(x, y, number, family, size, bold=True)
    label_x = x + size * 2.2
    bx = x + w - box_w
    fit = fonts.fit_size(label, family, size, bx - label_x - size * 3.5)
    page.text(label_x, y, label, family, fit)
    if dots:
        start = label_x + fonts.text_width(label, family, fit) + 4
        n = int((bx - size * 2.2 - start) / (size * 0.55))
        if n > 2:
            page.text(start, y, " ." * (n // 2), family, size, color=GREY)
    page.rect(bx - size * 2.0, y - size - 2, size * 2.0, size * 1.6, stroke=(60, 60, 60), fill=LIGHT, width=0.4)
    page.text(bx - size, y - 1, number, family, size - 1, bold=True, align="center")
    page.rect(bx, y - size - 2, box_w, size * 1.6, stroke=(60, 60, 60), width=0.4)
    if value:
        page.text(bx + box_w - 4, y - 1, value, family, size + 0.5, align="right")


def tax_amount(value, commas: bool, cents: bool = True) -> str:
    """How an amount is typed on a tax form: 12,345 or 12345.00 or 12,345.00; a loss in parentheses."""
    v = Decimal(value)
    spec = ("," if commas else "") + (".2f" if cents else ".0f")
    text = format(abs(v), spec)
    return f"({text})" if v < 0 else text


def barcode_strip(page: Page, rng: random.Random, x: float, y: float, w: float, h: float) -> None:
    """Vertical bars that look like a printed barcode (not decodable)."""
    cx = x
    while cx < x + w - 2:
        bw = rng.choice([0.6, 0.6, 1.2, 1.8])
        page.rect(cx, y, bw, h, stroke=None, fill=BLACK)
        cx += bw + rng.choice([0.6, 1.2, 1.2, 1.8])
