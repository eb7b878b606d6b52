"""Letters from accountants and tax preparers confirming a client's
self-employment: the business and since when, the returns prepared, net
income for two years, sometimes a small table of revenue and expenses. The
firm's name is set as a masthead with a rule, and a licence number follows
the signature."""

KIND = "letter"
NAME = "cpa"
GROUP = "holdout"

import random

from ....doctypes import GenContext
from ....doctypes.card_art import signature
from ....layout import LETTER, Document, Page
from ....people import random_person
from .. import Cast
from .. import _content as c
from .._draw import GREY, one_line, paragraph, pick_look, table

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
FIRM_WORDS = ["& Associates, CPAs", "Tax & Accounting", "CPA Group PLLC", "Accountancy Corporation", "and Company LLP"]


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    look = pick_look(rng, "US", size=(9.5, 11.0))
    W, H = LETTER
    m = rng.uniform(60, 76)
    page = Page(W, H)
    cpa = random_person(rng, ctx.reference_date, min_age=30)
    firm = f"{cpa.surname} {rng.choice(FIRM_WORDS)}"
    page.text(m, m + 10, firm, look.family, look.size + 6, color=look.color)
    page.hline(m, W - m, m + 18, width=2.2, color=look.color)
    page.text(m, m + 30, f"{one_line(c.address(rng, 'US'))}  ·  {c.phone(rng)}", look.family, look.size - 2,
              color=GREY)
    y = m + 70
    client = c.person_name(rng, cast, ctx.reference_date, reuse=0.6)
    activity, _, _ = rng.choice(c.BUSINESSES)
    since = ctx.reference_date.year - rng.randint(2, 12)
    y1, y2 = ctx.reference_date.year - 2, ctx.reference_date.year - 1
    net1, net2 = c.dollars(rng, 22000, 160000), c.dollars(rng, 22000, 170000)
    page.text(W - m, y, look.date(c.recent(rng, ctx.reference_date, 1, 30)), look.family, look.size, align="right")
    y += look.size * 2.4
    page.text(m, y, f"RE: {client} - Verification of Self-Employment", look.family, look.size, bold=True)
    y += look.size * 2.2
    texts = [f"At the request of our client, {client}, we confirm that {client.split()[0]} has been self-employed "
             f"in {activity.lower()} since {since} and operates as a sole proprietor.",
             f"Our firm prepared the federal income tax returns for {y1} and {y2}, including Schedule C. The net "
             f"profit reported was {look.money(net1)} for {y1} and {look.money(net2)} for {y2}.",
             "The business remains active. We have not audited or reviewed the underlying records, and this letter "
             "does not express an opinion on the client's ability to repay any debt."]
    for t in texts:
        y = paragraph(page, m, y, W - 2 * m, t, look) + look.size * 0.7
    if rng.random() < 0.5:
        rev1, rev2 = net1 + c.dollars(rng, 5000, 90000), net2 + c.dollars(rng, 5000, 90000)
        rows = [["Gross receipts", look.money(rev1), look.money(rev2)],
                ["Total expenses", look.money(rev1 - net1), look.money(rev2 - net2)],
                ["Net profit", look.money(net1), look.money(net2)]]
        y = table(page, m + 20, W - m - 60, y + look.size, [(0.0, "left"), (0.7, "right"), (1.0, "right")],
                  ["", str(y1), str(y2)], rows, look) + look.size
    page.text(m, y + look.size, "Very truly yours,", look.family, look.size)
    signature(page, rng, m, y + look.size * 2, 130, look.size * 3)
    y += look.size * 6
    for i, t in enumerate([f"{cpa.full_name}, CPA", firm, f"License No. {rng.randint(10000, 999999)}"]):
        page.text(m, y + i * look.size * 1.3, t, look.family, look.size)
    return Document("unknown", {}, [page], "unknown/letter/cpa", look.family)
