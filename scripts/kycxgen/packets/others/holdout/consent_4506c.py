"""Requests for tax return transcripts through a lender's IVES participant,
in the manner of IRS Form 4506-C: taxpayer and spouse names and SSNs, current
and previous address, the participant's name and ID, the transcript type and
tax years requested, the signatory attestation and signature."""

KIND = "consent_form"
NAME = "transcript_request"
GROUP = "holdout"

import random

from ....doctypes import GenContext
from ....doctypes.card_art import signature
from ....doctypes.page_common import wrap
from ....doctypes.w2 import synthetic_ssn
from ....layout import LETTER, Document, Page
from ....people import random_person
from .. import Cast
from .. import _content as c
from .. import _irs
from .._draw import checkbox, one_line

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    family, vfamily = _irs.pick_family(rng)
    W, H = LETTER
    x, w = 36.0, W - 72
    page = Page(W, H)
    rev = ctx.reference_date.year - rng.randint(0, 3)
    y = _irs.header(page, x, 30, w, "Form 4506-C", f"(Rev. {rng.randint(1, 12)}-{rev})",
                    ["IVES Request for Transcript of Tax Return"],
                    ["Do not sign this form unless all applicable lines have been completed.",
                     "Request may be rejected if the form is incomplete or illegible."], "1545-1872", rev, family)
    name = c.person_name(rng, cast, ctx.reference_date, reuse=0.7)
    spouse = random_person(rng, ctx.reference_date).full_name if rng.random() < 0.3 else ""
    home, before = c.address(rng, "US"), c.address(rng, "US")
    lender, agent = rng.choice(c.LENDERS), rng.choice(["Halcyon Verification Services", "TruData IVES LLC",
                                                       "Clearpath Transcripts Inc"])
    rows = [[("1a  Current name shown on tax return", name, 0.6),
             ("1b  First taxpayer identification number", synthetic_ssn(rng), 0.4)],
            [("1c  Previous name shown on the last tax return filed if different from line 1a", "", 1.0)],
            [("2a  If a joint return, enter spouse's current name shown on tax return", spouse, 0.6),
             ("2b  Second taxpayer identification number", synthetic_ssn(rng) if spouse else "", 0.4)],
            [("3  Current address (including apt., room, or suite no.), city, state, and ZIP code", one_line(home),
              1.0)],
            [("4  Previous address shown on the last return filed if different from line 3", one_line(before)
              if rng.random() < 0.4 else "", 1.0)],
            [("5a  IVES participant name, address, and SOR mailbox ID", f"{agent}, {one_line(c.address(rng, 'US'))}",
              1.0)],
            [("5b  Customer file number (if applicable)", f"LN-{rng.randint(10 ** 6, 10 ** 7)}", 0.5),
             ("5c  Client name (lender)", lender, 0.5)]]
    y += 4
    for row in rows:
        bx = x
        for label, value, frac in row:
            _irs.entry(page, bx, y, w * frac, 24, label, value, family, vfamily)
            bx += w * frac
        y += 24
    y += 14
    page.text(x, y, "6  Transcript requested. Enter the tax form number here (1040, 1065, 1120, etc.) and check "
              "the appropriate box below.", family, 7.2)
    page.text(x + w - 40, y, "1040", vfamily, 9)
    y += 14
    for i, label in enumerate(["a  Return Transcript", "b  Account Transcript", "c  Record of Account"]):
        checkbox(page, x + 20 + i * 170, y, 7, i == 0, family)
        page.text(x + 32 + i * 170, y, label, family, 7.2)
    y += 16
    page.text(x, y, "7  Wage and Income transcript (W-2, 1099, 1098, 5498 series)", family, 7.2)
    checkbox(page, x + 300, y, 7, rng.random() < 0.6, family)
    y += 16
    years = sorted({ctx.reference_date.year - k for k in rng.sample([1, 2, 3, 4], rng.randint(1, 3))})
    page.text(x, y, "8  Year or period requested. Enter the ending date of the tax year or period using the "
              "mm/dd/yyyy format.", family, 7.2)
    y += 14
    for i, yr in enumerate(years):
        page.rect(x + 20 + i * 110, y - 10, 96, 14, stroke=(60, 60, 60), width=0.4)
        page.text(x + 26 + i * 110, y, f"12/31/{yr}", vfamily, 9)
    y += 24
    attest = ("Caution: Do not sign this form unless all applicable lines have been completed. Signatory attests "
              "that he/she has read the attestation clause and upon so reading declares that he/she has the "
              "authority to sign the Form 4506-C.")
    for line in wrap(attest, family, 7.0, w):
        page.text(x, y, line, family, 7.0)
        y += 9
    y += 30
    signature(page, rng, x + 10, y - 26, 130, 22)
    page.hline(x, x + w * 0.55, y, width=0.6)
    page.text(x, y + 9, "Signature for line 1a", family, 6.5)
    page.text(x + w * 0.6, y - 3, f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{ctx.reference_date.year}",
              vfamily, 9)
    page.hline(x + w * 0.58, x + w * 0.78, y, width=0.6)
    page.text(x + w * 0.58, y + 9, "Date", family, 6.5)
    page.text(x + w * 0.8, y - 3, c.phone(rng), vfamily, 8)
    page.text(x + w * 0.8, y + 9, "Phone number of taxpayer on line 1a or 2a", family, 5.5)
    _irs.footer(page, x, H - 24, w, "For Privacy Act and Paperwork Reduction Act Notice, see page 2.",
                f"Form 4506-C (Rev. {rev})", family)
    return Document("unknown", {}, [page], "unknown/consent_form/transcript_request", family)

