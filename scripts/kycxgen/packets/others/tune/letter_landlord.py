"""Landlord and property-manager letters: a tenant's rental history (since
when, at what rent, paid on time), sometimes with a ledger of recent months
that reads like a statement."""

KIND = "letter"
NAME = "landlord"
GROUP = "tune"

import datetime as dt
import random

from ....doctypes import GenContext
from ....layout import LETTER, Document, Page
from ....people import random_person
from .. import Cast
from .. import _content as c
from .._draw import address_texts, letterhead, lines, one_line, paragraph, pick_look, signature_block, table

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
TITLES = ["RENTAL VERIFICATION", "Landlord Reference Letter", "Verification of Rent", "To Whom It May Concern"]


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    look = pick_look(rng, "US")
    W, H = LETTER
    m = rng.uniform(54, 72)
    page = Page(W, H)
    tenant = c.person_name(rng, cast, ctx.reference_date)
    unit = c.address(rng, "US")
    rent = c.dollars(rng, 850, 3900, 25)
    since = c.recent(rng, ctx.reference_date, 300, 3000).replace(day=1)
    company = rng.random() < 0.6
    if company:
        owner = rng.choice(c.PROPERTY_COMPANIES)
        signer = random_person(rng, ctx.reference_date).full_name
        y = letterhead(page, rng, look, owner, c.address(rng, "US"), [c.phone(rng)], m)
    else:  # a private landlord writes on plain paper, address at the top right
        owner = signer = random_person(rng, ctx.reference_date).full_name
        y = lines(page, W - m, m + look.size, [owner] + address_texts(c.address(rng, "US")) + [c.phone(rng)],
                  look, align="right") + look.size * 2
    page.text(m, y, look.date(c.recent(rng, ctx.reference_date, 1, 30)), look.family, look.size)
    y += look.size * 2.4
    page.text(m, y, rng.choice(TITLES), look.family, look.size + 1, bold=True)
    y += look.size * 2.4
    role = "property manager for" if company else "owner of"
    lease_end = look.date(ctx.reference_date + dt.timedelta(days=rng.randint(30, 300)))
    late_year = ctx.reference_date.year - 1
    texts = [
        f"I am writing to confirm that {tenant} has rented the property at {one_line(unit)} from "
        f"{look.date(since)} to the present. I am the {role} this property.",
        f"The monthly rent is {look.money(rent)}, due on the first of each month. "
        + rng.choice(["All payments in the last 12 months were received on time.",
                      "Rent has always been paid in full and on time.",
                      f"There was one late payment in {late_year}, which was paid with the late fee."]),
        rng.choice(["The lease is month-to-month and the tenant has given notice as of the end of next month.",
                    f"The current lease term ends on {lease_end}. I would rent to this tenant again.",
                    "The security deposit of " + look.money(rent) + " is held in accordance with state law."])]
    for t in texts:
        y = paragraph(page, m, y, W - 2 * m, t, look) + look.size * 0.7
    if rng.random() < 0.5:
        y = _ledger(page, rng, m, W - m, y + look.size, look, rent, ctx.reference_date) + look.size
    y = paragraph(page, m, y, W - 2 * m, f"You may reach me at {c.phone(rng)} with any questions.", look)
    signature_block(page, rng, m, y + look.size, signer,
                    ["Property Manager", owner] if company else ["Landlord"], look,
                    closing=rng.choice(["Sincerely,", "Regards,", "Thank you,"]))
    return Document("unknown", {}, [page], f"unknown/letter/landlord_{'company' if company else 'private'}",
                    look.family)


def _ledger(page, rng, x0, x1, y, look, rent, ref) -> float:
    """A tenant ledger of the last few months: charge, payment, balance."""
    rows, day = [], ref.replace(day=1)
    months = []
    for _ in range(rng.randint(4, 7)):
        day = (day - dt.timedelta(days=1)).replace(day=1)
        months.append(day)
    for d in reversed(months):
        paid = d + dt.timedelta(days=rng.choice([0, 0, 1, 2, 4]))
        rows.append([look.date(d), "Rent charge", look.money(rent), "", look.money(rent)])
        rows.append([look.date(paid), rng.choice(["Payment - ACH", "Payment - check", "Online payment"]), "",
                     look.money(rent), look.money(0)])
    page.text(x0, y, "Tenant ledger", look.family, look.size, bold=True)
    cols = [(0.0, "left"), (0.2, "left"), (0.7, "right"), (0.85, "right"), (1.0, "right")]
    return table(page, x0, x1, y + look.size * 1.8, cols, ["Date", "Description", "Charge", "Payment", "Balance"],
                 rows, look, lead=1.4)
