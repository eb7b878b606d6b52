"""Drawing helpers shared by identity documents: photo placeholder, guilloche
background, signature, MRZ block and label/value pairs. Everything is drawn from
the caller's random stream; no real photo or signature is ever used."""

import math
import random

from .. import fonts
from ..layout import MM, Page

# Month abbreviations for bilingual (English/French) dates on travel documents.
MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_FR = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]

THEMES = [
    {"tint": (232, 240, 247), "guilloche": (186, 205, 226), "ink": (24, 40, 92), "accent": (40, 80, 150)},
    {"tint": (246, 236, 238), "guilloche": (226, 190, 200), "ink": (90, 20, 40), "accent": (150, 40, 70)},
    {"tint": (236, 244, 234), "guilloche": (190, 216, 190), "ink": (20, 70, 40), "accent": (40, 120, 70)},
    {"tint": (244, 240, 228), "guilloche": (220, 205, 170), "ink": (70, 50, 20), "accent": (150, 110, 40)},
    {"tint": (238, 236, 246), "guilloche": (200, 196, 228), "ink": (45, 35, 100), "accent": (90, 70, 160)},
]


def viz_date(day, style: str) -> str:
    """A date as printed in a visual inspection zone."""
    if style == "bilingual":
        return f"{day.day:02d} {MONTHS_EN[day.month - 1]}/{MONTHS_FR[day.month - 1]} {day.year}"
    if style == "bilingual_short":
        return f"{day.day:02d} {MONTHS_EN[day.month - 1]}/{MONTHS_FR[day.month - 1]} {day.year % 100:02d}"
    if style == "dot":
        return day.strftime("%d.%m.%Y")
    if style == "space":
        return day.strftime("%d %m %Y")
    return f"{day.day:02d} {MONTHS_EN[day.month - 1]} {day.year}"


def guilloche(page: Page, rng: random.Random, x, y, w, h, color, *, lines=18) -> None:
    """Interlaced sine waves across the rectangle (security-print look)."""
    period = w / rng.uniform(2.0, 4.0)
    for k in range(lines):
        phase = k * math.pi / lines * 2
        amp = h * rng.uniform(0.05, 0.12)
        base = y + h * (k + 0.5) / lines
        pts = [(x + w * i / 120, base + amp * math.sin(2 * math.pi * (w * i / 120) / period + phase))
               for i in range(121)]
        page.polyline(pts, color=color, width=0.25)
    cx, cy, r = x + w * rng.uniform(0.55, 0.8), y + h * rng.uniform(0.3, 0.6), min(w, h) * 0.3
    petals = rng.randint(7, 13)
    pts = [(cx + r * (0.6 + 0.4 * math.cos(petals * t)) * math.cos(t),
            cy + r * (0.6 + 0.4 * math.cos(petals * t)) * math.sin(t))
           for t in (2 * math.pi * i / 360 for i in range(361))]
    page.polyline(pts, color=color, width=0.3)


def photo_placeholder(page: Page, rng: random.Random, x, y, w, h, *, ghost=False) -> None:
    """A drawn head-and-shoulders silhouette on a plain backdrop (never a real face)."""
    backdrop = (rng.randint(200, 235), rng.randint(205, 235), rng.randint(210, 240))
    tone = rng.choice([(120, 110, 105), (95, 90, 90), (140, 128, 118), (80, 74, 70)])
    if ghost:
        backdrop = tuple(min(255, c + 25) for c in backdrop)
        tone = tuple(min(255, c + 90) for c in tone)
    page.rect(x, y, w, h, stroke=None if ghost else (150, 150, 150), fill=backdrop, width=0.4)
    hw, hh = w * 0.42, h * 0.42
    page.polygon([(x + w * 0.08, y + h), (x + w * 0.18, y + h * 0.74), (x + w * 0.5, y + h * 0.68),
                  (x + w * 0.82, y + h * 0.74), (x + w * 0.92, y + h)], fill=tone)
    page.ellipse(x + (w - hw) / 2, y + h * 0.16, hw, hh, fill=tone)


def signature(page: Page, rng: random.Random, x, y, w, h, color=(20, 20, 60)) -> None:
    """An illegible pen stroke inside the rectangle."""
    pts, px, py = [], x, y + h / 2
    steps = rng.randint(25, 45)
    for i in range(steps):
        px = x + w * i / steps
        py = y + h / 2 + h * 0.4 * math.sin(i * rng.uniform(0.6, 1.6)) * rng.uniform(0.5, 1.0)
        pts.append((px, py))
    page.polyline(pts, color=color, width=0.7)


def mrz_block(page: Page, lines: list[str], x, y_first, pitch_mm=2.54, line_gap_mm=4.3,
              color=(0, 0, 0), extra_marks: dict | None = None) -> None:
    """MRZ lines in OCR-B at `pitch_mm` per character (ICAO: 2.54 mm), first baseline
    at y_first; marks mrz_line{n} and mrz_lines[n], plus extra_marks {line index:
    {key: span}} for fields printed only in the MRZ."""
    size = pitch_mm * MM / 0.723  # OCR-B advance is 0.723 em
    for i, line in enumerate(lines):
        marks = {f"mrz_lines[{i}]": (0, len(line)), f"mrz_line{i + 1}": (0, len(line))}
        marks.update((extra_marks or {}).get(i, {}))
        page.text(x, y_first + i * line_gap_mm * MM, line, fonts.OCRB, size, color=color, marks=marks)


def label_value(page: Page, x, y, label, value, family, *, label_size=5.2, value_size=8.5,
                ink=(0, 0, 0), label_color=(70, 70, 90), field=None, bold=True, max_width=None) -> None:
    """A small label with its value on the line below (travel-document style)."""
    page.text(x, y, label, family, label_size, color=label_color)
    size = value_size if max_width is None else fonts.fit_size(value, family, value_size, max_width, bold)
    page.text(x, y + value_size * 1.15, value, family, size, bold=bold, color=ink, field=field)
