"""Borrower consent and authorisation forms: permission to verify
employment, income, deposits and credit, to order tax transcripts, or to do
business electronically. Numbered clauses that name employers, banks and pay
stubs, the borrower's identity block, signature and date lines."""

KIND = "consent_form"
NAME = "authorization"
GROUP = "tune"

import random

from ....doctypes import GenContext
from ....doctypes.card_art import signature
from ....doctypes.w2 import synthetic_ssn
from ....layout import LETTER, Document, Page
from ....people import random_person
from .. import Cast
from .. import _content as c
from .._draw import GREY, letterhead, one_line, paragraph, pick_look, sign_line

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
TITLES = {
    "certification": "BORROWER'S CERTIFICATION AND AUTHORIZATION",
    "release": "Authorization to Release Information",
    "credit": "Credit Report Authorization and Consent",
    "esign": "Consent to Receive Electronic Disclosures (E-SIGN)",
}
CLAUSES = {
    "certification": [
        "I/We have applied for a mortgage loan from {lender}. In applying for the loan, I/we completed a loan "
        "application containing various information on the purpose of the loan, the amount and source of the down "
        "payment, employment and income information, and the assets and liabilities.",
        "I/We understand and agree that {lender} reserves the right to change the mortgage loan review processes "
        "to a full documentation program. This may include verifying the information provided on the application "
        "with the employer and/or the financial institution.",
        "I/We fully understand that it is a Federal crime punishable by fine or imprisonment, or both, to knowingly "
        "make any false statements when applying for this mortgage, as applicable under the provisions of Title 18, "
        "United States Code, Section 1014.",
        "I/We authorize {lender} to verify my/our past and present employment earnings records, bank accounts, "
        "stock holdings, and any other asset balances that are needed to process my/our mortgage loan application.",
    ],
    "release": [
        "I hereby authorize {lender} and its agents to obtain information regarding my employment, including "
        "dates of employment, position, salary, pay stubs and W-2 forms, from {employer} or any prior employer.",
        "I further authorize any bank, credit union or other depository institution to release to {lender} the "
        "balances, account numbers and transaction histories of any checking or savings account held in my name.",
        "A photocopy or electronic copy of this authorization shall be as valid as the original. This "
        "authorization is valid for one hundred twenty (120) days from the date signed.",
    ],
    "credit": [
        "By signing below, I authorize {lender} to obtain a consumer credit report from one or more consumer "
        "reporting agencies in connection with my application for credit.",
        "I understand that the report may contain information about my payment history, outstanding balances, "
        "public records and inquiries, and that it will be used to evaluate my application.",
        "I certify that the income I stated, including salary from {employer}, is true and complete, and I "
        "understand that {lender} may request pay stubs, bank statements or tax returns to confirm it.",
    ],
    "esign": [
        "You agree that {lender} may provide all disclosures, notices, statements and other communications about "
        "your loan application electronically, instead of on paper.",
        "You may withdraw this consent at any time at no cost by contacting us. To access electronic records you "
        "need a device with internet access and software that can open PDF files.",
        "You may request a paper copy of any electronic record by calling our customer care line. Your consent "
        "applies to this transaction and to all documents we deliver to you about it.",
    ],
}


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    look = pick_look(rng, "US", size=(8.6, 10.2))
    W, H = LETTER
    m = rng.uniform(48, 64)
    page = Page(W, H)
    lender, kind = rng.choice(c.LENDERS), rng.choice(list(TITLES))
    employer = c.employer(rng, cast)
    borrower = c.person_name(rng, cast, ctx.reference_date, reuse=0.7)
    co = random_person(rng, ctx.reference_date).full_name if rng.random() < 0.35 else None
    if rng.random() < 0.5:
        y = letterhead(page, rng, look, lender, c.address(rng, "US"), [f"NMLS #{rng.randint(10000, 2999999)}"], m)
    else:
        y = m + 10
    page.text(W / 2, y + 6, TITLES[kind], look.family, look.size + 3, bold=True, align="center")
    y += look.size * 3.2
    numbered = rng.random() < 0.6
    for i, clause in enumerate(CLAUSES[kind], start=1):
        text = clause.format(lender=lender, employer=employer)
        if numbered:
            page.text(m, y, f"{i}.", look.family, look.size)
            y = paragraph(page, m + 16, y, W - 2 * m - 16, text, look) + look.size * 0.6
        else:
            y = paragraph(page, m, y, W - 2 * m, text, look) + look.size * 0.6
    y += look.size
    page.rect(m, y, W - 2 * m, look.size * 7.2, stroke=(120, 120, 120), width=0.6)
    home = c.address(rng, "US")
    ident = [("Borrower name", borrower), ("Social Security Number", _ssn(rng)),
             ("Date of birth", look.date(random_person(rng, ctx.reference_date).date_of_birth)),
             ("Current address", one_line(home))]
    yy = y + look.size * 1.5
    for label, value in ident:
        page.text(m + 8, yy, label + ":", look.family, look.size - 0.5, color=GREY)
        page.text(m + 150, yy, value, look.family, look.size)
        yy += look.size * 1.6
    y += look.size * 10
    signed = look.date(c.recent(rng, ctx.reference_date, 1, 30))
    for who in [borrower] + ([co] if co else []):
        signature(page, rng, m + 10, y - look.size * 2.6, rng.uniform(90, 150), look.size * 2.4)
        sign_line(page, m, y, 260, f"{'Borrower' if who == borrower else 'Co-Borrower'}: {who}", look)
        sign_line(page, m + 320, y, W - 2 * m - 320, "Date", look, value=signed)
        y += look.size * 5
    page.text(m, H - m * 0.7, f"{lender}  |  Form {rng.randint(100, 999)}-{rng.choice('ABCE')}  "
              f"({rng.randint(1, 12):02d}/{ctx.reference_date.year - rng.randint(0, 4)})", look.family,
              look.size - 2.5, color=GREY)
    return Document("unknown", {}, [page], f"unknown/consent_form/{kind}", look.family)


def _ssn(rng: random.Random) -> str:
    """Full, or masked to the last four digits as many lenders print it."""
    ssn = synthetic_ssn(rng)
    return ssn if rng.random() < 0.4 else "XXX-XX-" + ssn[-4:]
