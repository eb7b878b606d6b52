"""Helpers shared by page documents (statements, pay stubs, bills, W-2): logos,
label/value pairs, word wrapping, tables and page numbers."""

import math
import random

from .. import fonts
from ..layout import BLACK, Page

BRAND_COLORS = [(0, 70, 127), (139, 26, 26), (0, 104, 71), (84, 44, 130), (196, 90, 0), (30, 30, 30),
                (0, 112, 160), (120, 80, 20)]


def wrap(text: str, family: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap; joining the lines with single spaces gives back `text`
    with its white space collapsed."""
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and fonts.text_width(trial, family, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def logo(page: Page, rng: random.Random, x: float, y: float, size: float, color: tuple) -> None:
    """A simple geometric brand mark in a size x size square at (x, y)."""
    kind = rng.choice(["circle", "diamond", "bars", "ring", "leaf"])
    if kind == "circle":
        page.ellipse(x, y, size, size, fill=color)
        page.ellipse(x + size * 0.3, y + size * 0.3, size * 0.4, size * 0.4, fill=(255, 255, 255))
    elif kind == "diamond":
        c = size / 2
        page.polygon([(x + c, y), (x + size, y + c), (x + c, y + size), (x, y + c)], fill=color)
    elif kind == "bars":
        for i in range(4):
            h = size * (0.4 + 0.2 * i)
            page.rect(x + i * size / 4, y + size - h, size / 5, h, stroke=None, fill=color)
    elif kind == "ring":
        page.ellipse(x, y, size, size, stroke=color, width=size * 0.12)
        page.rect(x + size * 0.45, y, size * 0.1, size, stroke=None, fill=color)
    else:
        pts = [(x + size / 2 + size / 2 * math.sin(t) * abs(math.cos(t)), y + size / 2 - size / 2 * math.cos(t))
               for t in (2 * math.pi * i / 60 for i in range(60))]
        page.polygon(pts, fill=color)


def kv(page: Page, x: float, y: float, label: str, value: str, family: str, size: float, *,
       field: str | None = None, label_bold=True, gap: float = 4.0, value_x: float | None = None,
       align_value: str = "left", color=BLACK, marks=None) -> float:
    """`label` then `value` on one baseline; the value starts at value_x if given.
    Returns the x where the value ends."""
    w = page.text(x, y, label, family, size, bold=label_bold, color=color)
    vx = value_x if value_x is not None else x + w + gap
    vw = page.text(vx, y, value, family, size, field=field, align=align_value, color=color, marks=marks)
    return vx + vw if align_value == "left" else vx


def page_numbers(pages: list[Page], family: str, size: float, style: str, margin: float) -> None:
    """Adds "Page i of n" (or "i / n", "Page i") footers once the page count is known."""
    n = len(pages)
    for i, page in enumerate(pages, start=1):
        text = {"of": f"Page {i} of {n}", "slash": f"{i} / {n}", "page_of_caps": f"PAGE {i} OF {n}",
                "Seite": f"Page {i} of {n} / Seite {i} von {n}"}[style]
        page.text(page.width - margin, page.height - margin * 0.6, text, family, size, align="right",
                  color=(80, 80, 80))


def fine_print(page: Page, x: float, y: float, width: float, text: str, family: str, size: float) -> float:
    """A wrapped paragraph in grey; returns the y below it."""
    for line in wrap(text, family, size, width):
        page.text(x, y, line, family, size, color=(90, 90, 90))
        y += size * 1.3
    return y
