"""Information returns in the 1099 series (NEC, INT, MISC): payer and
recipient boxes with TINs on the left, numbered money boxes on the right,
state boxes along the bottom, one to three copies to a page. Close kin of the
W-2 in look, but not a W-2."""

KIND = "tax_form"
NAME = "form_1099"
GROUP = "holdout"

import random
from decimal import Decimal

from .... import fonts
from ....doctypes import GenContext
from ....doctypes.w2 import synthetic_ein, synthetic_ssn
from ....layout import LETTER, Document, Page
from .. import Cast
from .. import _content as c
from .. import _irs
from .._draw import address_texts, tax_amount

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
VARIANTS = {
    "NEC": ("Nonemployee Compensation", [("1", "Nonemployee compensation"), ("2", "Payer made direct sales totaling "
            "$5,000 or more"), ("4", "Federal income tax withheld")]),
    "INT": ("Interest Income", [("1", "Interest income"), ("2", "Early withdrawal penalty"),
                                ("3", "Interest on U.S. Savings Bonds and Treasury obligations"),
                                ("4", "Federal income tax withheld")]),
    "MISC": ("Miscellaneous Information", [("1", "Rents"), ("2", "Royalties"), ("3", "Other income"),
                                           ("4", "Federal income tax withheld")]),
}


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    family, vfamily = _irs.pick_family(rng)
    year = ctx.reference_date.year - rng.choice([1, 1, 2])
    variant = rng.choice(list(VARIANTS))
    W, H = LETTER
    page = Page(W, H)
    copies = rng.choice([1, 2, 3])
    payer = rng.choice(c.VENDORS) if variant != "INT" else c.bank(rng)
    payer_addr, home = c.address(rng, "US"), c.address(rng, "US")
    recipient = c.person_name(rng, cast, ctx.reference_date, reuse=0.6)
    amounts = {"1": c.dollars(rng, 600, 85000) if variant != "INT" else c.cents(rng, 12, 4800)}
    if rng.random() < 0.3:
        amounts["4"] = c.dollars(rng, 50, int(amounts["1"] * Decimal("0.15")) + 60)
    if variant == "MISC" and rng.random() < 0.5:
        amounts["3"] = c.dollars(rng, 200, 9000)
    tins = (synthetic_ein(rng), synthetic_ssn(rng))
    account = f"{rng.randint(10 ** 5, 10 ** 9)}"
    h = (H - 60) / copies - 16
    for i in range(copies):
        _copy(page, 36, 30 + i * (h + 16), W - 72, min(h, 330), variant, year, family, vfamily, payer, payer_addr,
              recipient, home, tins, account, amounts, i)
    return Document("unknown", {}, [page], f"unknown/tax_form/form_1099_{variant.lower()}_{copies}", family)


def _copy(page, x, y, w, h, variant, year, family, vfamily, payer, payer_addr, recipient, home, tins, account,
          amounts, index) -> None:
    title, boxes = VARIANTS[variant]
    left = w * 0.5
    r = h / 9
    commas = index % 2 == 0

    def cell(cx, cy, cw, ch, label, value=""):
        _irs.entry(page, cx, cy, cw, ch, label, value, family, vfamily, size=5.6)

    page.rect(x, y, left, r * 3, stroke=(50, 50, 50), width=0.5)
    page.text(x + 2.5, y + 7, "PAYER'S name, street address, city or town, state or province, country, ZIP or "
              "foreign postal code, and telephone no.", family, fonts.fit_size("PAYER'S name, street address, city or "
              "town, state or province, country, ZIP or foreign postal code, and telephone no.", family, 5.6,
                                                                    left - 5))
    for k, t in enumerate([payer] + address_texts(payer_addr)):
        page.text(x + 6, y + 20 + k * 10, t, vfamily, 8.5)
    cell(x, y + r * 3, left / 2, r, "PAYER'S TIN", tins[0])
    cell(x + left / 2, y + r * 3, left / 2, r, "RECIPIENT'S TIN", tins[1])
    cell(x, y + r * 4, left, r, "RECIPIENT'S name", recipient.upper())
    cell(x, y + r * 5, left, r, "Street address (including apt. no.)", home.street)
    cell(x, y + r * 6, left, r, "City or town, state or province, country, and ZIP or foreign postal code",
         address_texts(home)[-1])
    cell(x, y + r * 7, left, r, "Account number (see instructions)", account)
    right = w - left
    page.rect(x + left, y, right * 0.5, r * 2, stroke=(50, 50, 50), width=0.5)
    page.text(x + left + right * 0.25, y + r * 0.8, "OMB No. 1545-0116", family, 6, align="center")
    page.text(x + left + right * 0.25, y + r * 1.6, f"Form 1099-{variant}", family, 9, bold=True, align="center")
    page.text(x + left + right * 0.75, y + r * 0.7, str(year), family, 14, bold=True, align="center")
    page.text(x + left + right * 0.75, y + r * 1.5, title, family,
              fonts.fit_size(title, family, 9, right * 0.48, True), bold=True, align="center")
    by = y + r * 2
    for n, label in boxes:
        value = tax_amount(amounts[n], commas) if n in amounts else ""
        cell(x + left, by, right, r, f"{n} {label}", f"$ {value}" if value else "$")
        by += r
    for k in range(3):
        cell(x + left + k * right / 3, y + r * 8, right / 3, r, ["5 State tax withheld", "6 State/Payer's state no.",
                                                                 "7 State income"][k], "")
    page.text(x, y + h + 9, f"Form 1099-{variant} (Rev. {year})", family, 6.5, bold=True)
    page.text(x + w, y + h + 9, ["Copy B For Recipient", "Copy 2 To be filed with recipient's state income tax return",
                                 "Copy C For Payer"][index % 3], family, 6.5, align="right")
