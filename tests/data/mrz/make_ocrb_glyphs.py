#!/usr/bin/python3
"""Writes extractors/mrz/glyphs/ocrb_glyphs.txt: the 37 MRZ characters of OCR-B
(Debian fonts-ocr-b, public domain, by Matthew Skala after Norbert Schwarz)
rendered into cells of one character advance, 4 bits per pixel.

Run from the repository root: /usr/bin/python3 tests/data/mrz/make_ocrb_glyphs.py
"""

import glob
import sys

from PIL import Image, ImageDraw, ImageFont

CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
PITCH = 26                 # px, one character advance (OCR-B: 0.723 em)
EM = PITCH / 0.723
TOP, BOTTOM = 0.80, 0.05   # em above and below the baseline kept in the cell
HEIGHT = int(round((TOP + BOTTOM) * EM))
BASELINE = int(round(TOP * EM))
SUPERSAMPLE = 8


def render(font_path: str, ch: str) -> list[int]:
    font = ImageFont.truetype(font_path, int(round(EM * SUPERSAMPLE)))
    ascent, _ = font.getmetrics()
    img = Image.new("L", (PITCH * SUPERSAMPLE, HEIGHT * SUPERSAMPLE), 255)
    ImageDraw.Draw(img).text((0, BASELINE * SUPERSAMPLE - ascent), ch, font=font, fill=0)
    small = img.resize((PITCH, HEIGHT), Image.BOX)
    return [v >> 4 for v in small.getdata()]


def main() -> int:
    fonts = sorted(glob.glob("/usr/share/fonts/**/OCRB.otf", recursive=True))
    if not fonts:
        print("OCRB.otf not found: apt-get install fonts-ocr-b", file=sys.stderr)
        return 1
    out = ["# The 37 characters of the MRZ in OCR-B (fonts-ocr-b, public domain), made by",
           "# tests/data/mrz/make_ocrb_glyphs.py. Each glyph: a line naming the character, then",
           f"# {HEIGHT} rows of {PITCH} pixels, one hex digit per pixel (grey level / 17, 0 ink .. f paper).",
           f"# The cell is one character advance wide; row {BASELINE} is the baseline."]
    for ch in CHARS:
        px = render(fonts[0], ch)
        out.append(f"glyph {ch}")
        out += ["".join("%x" % v for v in px[r * PITCH:(r + 1) * PITCH]) for r in range(HEIGHT)]
    with open("extractors/mrz/glyphs/ocrb_glyphs.txt", "w") as f:
        f.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
