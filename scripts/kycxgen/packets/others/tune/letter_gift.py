"""Gift letters: a relative certifies a gift toward a home purchase, names the
amount, the property and the donor's bank account, and states that no
repayment is expected. Sometimes a second page with the transfer details,
both signatures and a notary block."""

KIND = "letter"
NAME = "gift"
GROUP = "tune"

import random

from ....doctypes import GenContext
from ....doctypes.card_art import signature
from ....layout import LETTER, Document, Page
from ....people import random_person
from .. import Cast
from .. import _content as c
from .._draw import checkbox, one_line, paragraph, pick_look, sign_line

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    look = pick_look(rng, "US")
    W, H = LETTER
    m = rng.uniform(50, 66)
    borrower = c.person_name(rng, cast, ctx.reference_date, reuse=0.7)
    donor = random_person(rng, ctx.reference_date, min_age=40).full_name
    relation = rng.choice(c.RELATIONSHIPS)
    amount = c.dollars(rng, 2000, 90000, 500)
    prop, home = c.address(rng, "US"), c.address(rng, "US")
    bank = c.bank(rng)
    account = c.masked_account(rng)
    transfer = c.recent(rng, ctx.reference_date, 3, 45)
    two_pages = not ctx.single_page and rng.random() < 0.45
    page = Page(W, H)
    title = rng.choice(["GIFT LETTER", "Gift Letter", "GIFT AFFIDAVIT", "Donor Gift Letter"])
    page.text(W / 2, m + 18, title, look.family, look.size + 8, bold=True, align="center")
    y = m + 52
    y = paragraph(page, m, y, W - 2 * m, rng.choice([
        f"I/We, {donor}, do hereby certify that I/we have made a gift of {look.money(amount)} to {borrower}, "
        f"my {relation}, to be applied toward the purchase of the property located at {one_line(prop)}.",
        f"I, {donor}, am giving {borrower} ({relation}) the sum of {look.money(amount)} as a gift for the down "
        f"payment and closing costs on {one_line(prop)}."]), look) + look.size * 0.6
    y = paragraph(page, m, y, W - 2 * m, rng.choice([
        "No repayment of this gift is expected or implied in the form of cash or by future services of the "
        "recipient. The funds were not made available by any person or entity with an interest in the sale of "
        "the property, including the seller, real estate agent or builder.",
        "This is a bona fide gift and there is no obligation, expressed or implied, to repay it. The source of "
        "these funds is my own savings."]), look) + look.size
    rows = [("Donor's name", donor), ("Donor's address", one_line(home)), ("Telephone", c.phone(rng)),
            ("Relationship to borrower", relation.capitalize()), ("Amount of gift", look.money(amount)),
            ("Source of funds", f"{bank}, account {account}")]
    if not two_pages:
        rows.append(("Date funds transferred", look.date(transfer)))
    label_w = 150
    for label, value in rows:
        page.text(m, y, label + ":", look.family, look.size, bold=True)
        page.text(m + label_w, y, value, look.family, look.size)
        page.hline(m + label_w - 2, W - m, y + 3, width=0.3, color=(150, 150, 150))
        y += look.size * 1.9
    y += look.size
    pages = [page]
    if two_pages:
        page = Page(W, H)
        pages.append(page)
        y = m + 20
        page.text(m, y, "Transfer of gift funds", look.family, look.size + 2, bold=True)
        y += look.size * 2.2
        for label, checked in [("Funds given to borrower before closing", rng.random() < 0.5),
                               ("Funds wired to the closing agent / title company", False)]:
            checkbox(page, m, y, look.size, checked, look.family)
            page.text(m + look.size * 1.8, y - 1, label, look.family, look.size)
            y += look.size * 1.9
        y = paragraph(page, m, y + look.size, W - 2 * m,
                      f"Date of transfer: {look.date(transfer)}. Amount: {look.money(amount)}. Receiving account: "
                      f"{c.bank(rng)}, {c.masked_account(rng)}.", look) + look.size * 2
    y += look.size * 3
    for who in (f"Donor signature ({donor})", f"Borrower signature ({borrower})"):
        signature(page, rng, m + 8, y - look.size * 2.6, rng.uniform(90, 140), look.size * 2.4)
        sign_line(page, m, y, 250, who, look)
        signed = look.date(c.recent(rng, ctx.reference_date, 1, 20))
        sign_line(page, m + 300, y, W - 2 * m - 300, "Date", look, value=signed)
        y += look.size * 5
    if two_pages:
        y = paragraph(page, m, y + look.size, W - 2 * m,
                      "State of ____________ County of ____________. Subscribed and sworn to before me on "
                      "______________ by the donor named above.", look, size=look.size - 1)
        page.rect(W - m - 150, y + 10, 150, 80, stroke=(120, 120, 120), width=0.5)
        page.text(W - m - 75, y + 54, "NOTARY SEAL", look.family, look.size - 2, align="center", color=(120, 120, 120))
    return Document("unknown", {}, pages, f"unknown/letter/gift_{len(pages)}p", look.family)
