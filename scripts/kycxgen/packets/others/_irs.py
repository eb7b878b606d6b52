"""The furniture of US tax forms, shared by the Schedule C, Schedule E, Form
1040 and 1099 templates: the three-part header (form number, title, OMB
number and year), black "Part" bands, and labelled entry boxes."""

import random

from ... import fonts
from ...layout import BLACK, WHITE, Page
from ._draw import GREY

FORM_FAMILIES = ["Liberation Sans", "DejaVu Sans", "Liberation Sans Narrow", "DejaVu Sans Condensed"]


def header(page: Page, x: float, y: float, w: float, form: str, sub: str, titles: list[str], notes: list[str],
           omb: str, year: int, family: str, seq: str | None = None) -> float:
    """Form number at the left, title lines in the middle, OMB number and year at
    the right, ruled below; returns the y under it."""
    left, right = w * 0.2, w * 0.18
    h = 62.0
    page.text(x, y + 11, sub, family, 6.5)
    page.text(x, y + 31, form, family, fonts.fit_size(form, family, 17, left - 8, bold=True), bold=True)
    page.text(x, y + 46, "Department of the Treasury", family, 5.6)
    page.text(x, y + 53, "Internal Revenue Service", family, 5.6)
    mid = x + left + (w - left - right) / 2
    ty = y + 14
    for i, t in enumerate(titles):
        size = 12.5 if i == 0 else 8.0
        size = fonts.fit_size(t, family, size, w - left - right - 8, bold=i == 0)
        page.text(mid, ty, t, family, size, bold=i == 0, align="center")
        ty += size + 3.5
    for n in notes:
        size = fonts.fit_size(n, family, 6.4, w - left - right - 8)
        page.text(mid, ty + 1, n, family, size, align="center")
        ty += 8
    page.line(x + left, y, x + left, y + h, width=0.8)
    page.line(x + w - right, y, x + w - right, y + h, width=0.8)
    page.text(x + w - right / 2, y + 11, f"OMB No. {omb}", family, 6.4, align="center")
    page.hline(x + w - right, x + w, y + 15, width=0.5)
    page.text(x + w - right / 2, y + 38, str(year), family, 20, bold=True, align="center")
    if seq:
        page.text(x + w - right + 4, y + 54, f"Attachment Sequence No. {seq}", family, 5.8)
    page.hline(x, x + w, y + h, width=1.6)
    return y + h


def part(page: Page, x: float, y: float, w: float, label: str, title: str, family: str) -> float:
    """A "Part I  Income" band: the label reversed out of black; returns the y under it."""
    page.rect(x, y, 38, 12, stroke=None, fill=BLACK)
    page.text(x + 19, y + 9, label, family, 8, bold=True, color=WHITE, align="center")
    page.text(x + 46, y + 9, title, family, fonts.fit_size(title, family, 8.5, w - 50, True), bold=True)
    page.hline(x, x + w, y + 12, width=0.8)
    return y + 12


def entry(page: Page, x: float, y: float, w: float, h: float, label: str, value: str, family: str,
          value_family: str | None = None, size: float = 5.8) -> None:
    """A ruled box with a small caption at its top and a typed value below."""
    page.rect(x, y, w, h, stroke=(50, 50, 50), width=0.5)
    page.text(x + 2.5, y + size + 1.5, label, family, fonts.fit_size(label, family, size, w - 5))
    if value:
        vf = value_family or family
        page.text(x + 5, y + h - 4, value, vf, fonts.fit_size(value, vf, 9.0, w - 10))


def footer(page: Page, x: float, y: float, w: float, left: str, right: str, family: str) -> None:
    page.hline(x, x + w, y - 8, width=1.2)
    page.text(x, y, left, family, 6.2, color=GREY)
    page.text(x + w, y, right, family, 6.2, align="right")


def pick_family(rng: random.Random) -> tuple[str, str]:
    """The form's printed face and the typed values' face."""
    family = rng.choice(FORM_FAMILIES)
    return family, rng.choice([family, family, "Liberation Mono", "DejaVu Sans Mono", "Liberation Serif"])
