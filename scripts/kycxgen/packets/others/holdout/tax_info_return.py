"""Information returns kycx does not read and that say nothing about income:
the mortgage interest statement (1098), the tuition statement (1098-T), broker
proceeds (1099-B) and real estate proceeds (1099-S). Filer and recipient boxes
with TINs on the left, numbered boxes on the right, a row of boxes along the
bottom, one to three copies to a page. Close kin of the W-2 and of the 1099s
kycx reads in look, but none of them."""

KIND = "tax_form"
NAME = "info_return"
GROUP = "holdout"

import random

from .... import fonts
from ....doctypes import GenContext
from ....doctypes.w2 import synthetic_ein, synthetic_ssn
from ....layout import LETTER, Document, Page
from .. import Cast
from .. import _content as c
from .. import _irs
from .._draw import address_texts, tax_amount

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")

BROKERS = ["Meridian Securities LLC", "Harborview Brokerage Services", "Tall Pine Investments Inc",
           "Quarry Street Capital Markets", "Northstar Clearing Corp"]
SETTLEMENT_AGENTS = ["Liberty Title & Escrow", "Cornerstone Settlement Services", "First Key Title Company",
                     "Oakmont Closing Group LLC", "Prairie Land Title Agency"]
SCHOOLS = ["Riverside Community College", "Eastbrook State University", "Lakeshore Technical Institute",
           "St. Aldric College", "Western Plains University"]
SECURITIES = ["XYZ Co. common stock", "Total Market Index ETF", "Acme Tools Inc common",
              "US Treasury Note", "Harbor Growth Fund Cl A", "Pinecrest Utilities common"]

# form, title, OMB number, (filer, recipient) captions, right-hand boxes (number, label, kind),
# bottom-row labels, copy names. A box's kind: "$" money, "date", "text" or "check".
VARIANTS = {
    "1098": ("Mortgage Interest Statement", "1545-1380", ("RECIPIENT'S/LENDER'S", "PAYER'S/BORROWER'S"),
             [("1", "Mortgage interest received from payer(s)/borrower(s)", "$"),
              ("2", "Outstanding mortgage principal", "$"), ("3", "Mortgage origination date", "date"),
              ("4", "Refund of overpaid interest", "$"), ("5", "Mortgage insurance premiums", "$"),
              ("6", "Points paid on purchase of principal residence", "$")],
             ["8 Address or description of property securing mortgage", "9 Number of properties securing "
              "the mortgage", "11 Mortgage acquisition date"],
             ["Copy B For Payer/Borrower", "Copy C For Recipient/Lender", "Copy A For Internal Revenue Service "
              "Center"]),
    "1098-T": ("Tuition Statement", "1545-1574", ("FILER'S", "STUDENT'S"),
               [("1", "Payments received for qualified tuition and related expenses", "$"),
                ("4", "Adjustments made for a prior year", "$"), ("5", "Scholarships or grants", "$"),
                ("6", "Adjustments to scholarships or grants for a prior year", "$")],
               ["7 Box 1 includes amounts for Jan.-Mar. of next year", "8 Check if at least half-time student",
                "9 Check if graduate student"],
               ["Copy B For Student", "Copy C For Filer", "Copy A For Internal Revenue Service Center"]),
    "1099-B": ("Proceeds From Broker and Barter Exchange Transactions", "1545-0715", ("PAYER'S", "RECIPIENT'S"),
               [("1a", "Description of property (Example: 100 sh. XYZ Co.)", "text"),
                ("1b", "Date acquired", "date"), ("1c", "Date sold or disposed", "date"),
                ("1d", "Proceeds", "$"), ("1e", "Cost or other basis", "$"),
                ("4", "Federal income tax withheld", "$")],
               ["14 State name", "15 State identification no.", "16 State tax withheld"],
               ["Copy B For Recipient", "Copy 1 For State Tax Department", "Copy C For Payer"]),
    "1099-S": ("Proceeds From Real Estate Transactions", "1545-0997", ("FILER'S", "TRANSFEROR'S"),
               [("1", "Date of closing", "date"), ("2", "Gross proceeds", "$"),
                ("3", "Address or legal description (including city, state, and ZIP code)", "text"),
                ("4", "Transferor received or will receive property or services as part of the "
                      "consideration", "check")],
               ["5 Check if transferor is a foreign person", "6 Buyer's part of real estate tax", ""],
               ["Copy B For Transferor", "Copy C For Filer", "Copy A For Internal Revenue Service Center"]),
}


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    family, vfamily = _irs.pick_family(rng)
    year = ctx.reference_date.year - rng.choice([1, 1, 2])
    variant = rng.choice(list(VARIANTS))
    W, H = LETTER
    page = Page(W, H)
    copies = rng.choice([1, 2, 3])
    filer = rng.choice({"1098": c.LENDERS, "1098-T": SCHOOLS, "1099-B": BROKERS,
                        "1099-S": SETTLEMENT_AGENTS}[variant])
    filer_addr, home = c.address(rng, "US"), c.address(rng, "US")
    recipient = c.person_name(rng, cast, ctx.reference_date, reuse=0.6)
    values, bottom = _values(rng, variant, year, home)
    tins = (synthetic_ein(rng), synthetic_ssn(rng))
    account = f"{rng.randint(10 ** 5, 10 ** 9)}"
    h = (H - 60) / copies - 16
    for i in range(copies):
        _copy(page, 36, 30 + i * (h + 16), W - 72, min(h, 330), variant, year, family, vfamily, filer, filer_addr,
              recipient, home, tins, account, values, bottom, i)
    slug = variant.lower().replace("-", "_")
    return Document("unknown", {}, [page], f"unknown/tax_form/info_return_{slug}_{copies}", family)


def _date(rng: random.Random, year: int) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{year}"


def _values(rng: random.Random, variant: str, year: int, home) -> tuple[dict, list]:
    """The right-hand boxes' values (money as Decimal, the rest as text) and the bottom row's."""
    if variant == "1098":
        principal = c.dollars(rng, 90000, 640000)
        values = {"1": c.cents(rng, float(principal) * 0.025, float(principal) * 0.065),
                  "2": principal, "3": _date(rng, year - rng.randint(1, 14))}
        if rng.random() < 0.35:
            values["5"] = c.cents(rng, 300, 2400)
        if rng.random() < 0.2:
            values["6"] = c.cents(rng, 800, 6500)
        return values, [address_texts(home)[0] if rng.random() < 0.5 else "", str(rng.choice([1, 1, 1, 2])), ""]
    if variant == "1098-T":
        values = {"1": c.dollars(rng, 1800, 42000)}
        if rng.random() < 0.5:
            values["5"] = c.dollars(rng, 500, int(values["1"]))
        return values, ["X" if rng.random() < 0.2 else "", "X" if rng.random() < 0.85 else "",
                        "X" if rng.random() < 0.25 else ""]
    if variant == "1099-B":
        cost = c.cents(rng, 400, 60000)
        proceeds = c.cents(rng, float(cost) * 0.6, float(cost) * 1.8)
        values = {"1a": f"{rng.randint(5, 900)} sh. {rng.choice(SECURITIES)}",
                  "1b": _date(rng, year - rng.randint(0, 6)), "1c": _date(rng, year), "1d": proceeds, "1e": cost}
        if rng.random() < 0.15:
            values["4"] = c.cents(rng, 20, float(proceeds) * 0.24 + 25)
        return values, ["", "", ""]
    price = c.dollars(rng, 140000, 900000, step=500)
    values = {"1": _date(rng, year), "2": price, "3": address_texts(home)[0] if rng.random() < 0.7 else ""}
    tax = tax_amount(c.cents(rng, 150, 3800), True) if rng.random() < 0.5 else ""
    return values, ["", f"$ {tax}" if tax else "$", ""]


def _copy(page, x, y, w, h, variant, year, family, vfamily, filer, filer_addr, recipient, home, tins, account,
          values, bottom, index) -> None:
    title, omb, (who, whom), boxes, bottom_labels, copy_names = VARIANTS[variant]
    left = w * 0.5
    r = h / 9
    commas = index % 2 == 0

    def cell(cx, cy, cw, ch, label, value=""):
        _irs.entry(page, cx, cy, cw, ch, label, value, family, vfamily, size=5.6)

    caption = (f"{who} name, street address, city or town, state or province, country, ZIP or foreign postal code, "
               "and telephone no.")
    page.rect(x, y, left, r * 3, stroke=(50, 50, 50), width=0.5)
    page.text(x + 2.5, y + 7, caption, family, fonts.fit_size(caption, family, 5.6, left - 5))
    for k, t in enumerate([filer] + address_texts(filer_addr)):
        page.text(x + 6, y + 20 + k * 10, t, vfamily, 8.5)
    cell(x, y + r * 3, left / 2, r, f"{who} TIN", tins[0])
    cell(x + left / 2, y + r * 3, left / 2, r, f"{whom} TIN", tins[1])
    cell(x, y + r * 4, left, r, f"{whom} name", recipient.upper())
    cell(x, y + r * 5, left, r, "Street address (including apt. no.)", home.street)
    cell(x, y + r * 6, left, r, "City or town, state or province, country, and ZIP or foreign postal code",
         address_texts(home)[-1])
    cell(x, y + r * 7, left, r, "Service Provider/Acct. No. (see instr.)" if variant == "1098-T"
         else "Account number (see instructions)", account)
    right = w - left
    page.rect(x + left, y, right * 0.5, r * 2, stroke=(50, 50, 50), width=0.5)
    page.text(x + left + right * 0.25, y + r * 0.8, f"OMB No. {omb}", family, 6, align="center")
    page.text(x + left + right * 0.25, y + r * 1.6, f"Form {variant}", family, 9, bold=True, align="center")
    page.text(x + left + right * 0.75, y + r * 0.7, str(year), family, 14, bold=True, align="center")
    page.text(x + left + right * 0.75, y + r * 1.5, title, family,
              fonts.fit_size(title, family, 9, right * 0.48, True), bold=True, align="center")
    by = y + r * 2
    bh = r * 6 / len(boxes)
    for n, label, kind in boxes:
        value = values.get(n, "")
        if kind == "$":
            value = f"$ {tax_amount(value, commas)}" if value else "$"
        elif kind == "check":
            value = ""
        cell(x + left, by, right, bh, f"{n} {label}", value)
        by += bh
    for k, label in enumerate(bottom_labels):
        cell(x + left + k * right / 3, y + r * 8, right / 3, r, label, bottom[k])
    page.text(x, y + h + 9, f"Form {variant} (Rev. {year})", family, 6.5, bold=True)
    page.text(x + w, y + h + 9, copy_names[index % 3], family, 6.5, align="right")
