"""Letters of explanation written by borrowers on plain paper: a large
deposit into a named bank account, a gap in employment, a change of
employer, a late payment. The writer's address at the top, the lender's
below, amounts and dates in the text; sometimes a second page with the
supporting detail."""

KIND = "letter"
NAME = "explanation"
GROUP = "holdout"

import datetime as dt
import random

from ....doctypes import GenContext
from ....doctypes.card_art import signature
from ....layout import LETTER, Document, Page
from .. import Cast
from .. import _content as c
from .._draw import address_texts, lines, paragraph, pick_look

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
TOPICS = ("deposit", "gap", "new_job", "late_payment")


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    look = pick_look(rng, "US", families=["Liberation Serif", "DejaVu Serif", "Liberation Sans", "DejaVu Sans"],
                     size=(10.5, 12.0))
    W, H = LETTER
    m = rng.uniform(66, 84)
    page = Page(W, H)
    me = c.person_name(rng, cast, ctx.reference_date, reuse=0.75)
    home = c.address(rng, "US")
    y = lines(page, m, m, [me] + address_texts(home) + [c.phone(rng)], look) + look.size
    y = lines(page, m, y, [look.date(c.recent(rng, ctx.reference_date, 1, 25))], look) + look.size
    y = lines(page, m, y, [rng.choice(c.LENDERS), rng.choice(["Underwriting Department", "Loan Processing",
                                                              "Attn: Loan Officer"])], look) + look.size
    topic = rng.choice(TOPICS)
    subject, body = _text(rng, topic, look, ctx.reference_date, cast)
    page.text(m, y, f"Re: {subject}", look.family, look.size, bold=rng.random() < 0.6)
    y += look.size * 2.2
    page.text(m, y, rng.choice(["Dear Underwriter,", "To Whom It May Concern:", "Dear Loan Officer,"]),
              look.family, look.size)
    y += look.size * 2
    pages = [page]
    for i, text in enumerate(body):
        if y > H - 2.5 * m and not ctx.single_page:
            page = Page(W, H)
            pages.append(page)
            y = m
        y = paragraph(page, m, y, W - 2 * m, text, look, lead=1.45) + look.size * 0.8
    page.text(m, y + look.size, rng.choice(["Sincerely,", "Thank you,", "Respectfully submitted,"]), look.family,
              look.size)
    signature(page, rng, m, y + look.size * 1.8, rng.uniform(100, 160), look.size * 3)
    page.text(m, y + look.size * 5.6, me, look.family, look.size)
    return Document("unknown", {}, pages, f"unknown/letter/explanation_{topic}", look.family)


def _text(rng, topic, look, ref, cast) -> tuple[str, list[str]]:
    day = c.recent(rng, ref, 10, 80)
    bank = c.bank(rng)
    acct = c.masked_account(rng)
    amount = look.money(c.cents(rng, 1200, 38000))
    if topic == "deposit":
        source = rng.choice(["the sale of my 2014 Honda Accord to a private buyer",
                             "a tax refund from the IRS", "my annual bonus, paid separately from my salary",
                             "a transfer from my savings account at another bank",
                             "reimbursement of travel expenses by my employer"])
        return (f"Large deposit of {amount} on {look.date(day)}",
                [f"I am writing to explain the deposit of {amount} that appears on {look.date(day)} in my checking "
                 f"account {acct} at {bank}.",
                 f"These funds came from {source}. I have attached a copy of the supporting document.",
                 "The deposit is not a loan and does not need to be repaid. Please let me know if you need any "
                 "other information to complete the review of my application."])
    if topic == "gap":
        end = c.recent(rng, ref, 300, 900)
        start = end + dt.timedelta(days=rng.randint(40, 200))
        employer = c.employer(rng, cast)
        activity = rng.choice(["completed a certification course", "cared for a family member",
                               "looked for work in my field"])
        return ("Gap in employment",
                [f"Between {look.date(end)} and {look.date(start)} I was not employed. My previous position ended "
                 f"when {rng.choice(['the company relocated', 'my contract finished', 'my department was closed'])}.",
                 f"During that period I {activity} and covered my expenses from savings held at {bank}.",
                 f"Since {look.date(start)} I have worked full time at {employer}, where my current base pay is "
                 f"{look.money(c.dollars(rng, 38000, 140000, 500))} per year."])
    if topic == "new_job":
        employer = c.employer(rng, cast)
        return (f"Change of employer - {employer}",
                [f"On {look.date(day)} I accepted a position with {employer}. My first pay date is "
                 f"{look.date(day + dt.timedelta(days=rng.choice([14, 21, 28])))}.",
                 f"My offer letter states an annual salary of {look.money(c.dollars(rng, 42000, 160000, 500))}. "
                 "The new role is in the same line of work as my previous job, and there was no gap between them.",
                 "My two most recent pay stubs from my previous employer are enclosed with this letter."])
    debt = rng.choice(["auto loan", "credit card", "student loan"])
    return ("Late payment on my credit report",
            [f"My credit report shows a payment 30 days late on my {debt} in {look.date(day)}.",
             f"The payment of {amount} was made from my account at {bank}, but the servicer changed and the "
             "payment was applied to the old account. It was corrected as soon as I learned of it.",
             "All my other accounts have been paid on time, as the report shows."])
