"""Employment verification letters on an employer's letterhead: who is
employed since when, as what, for what salary, signed by HR. Some carry a
small table of position, status and pay (which reads like a pay stub)."""

KIND = "letter"
NAME = "employment"
GROUP = "tune"

import random

from ....doctypes import GenContext
from ....addresses import address_lines
from ....layout import A4, LETTER, Document, Page
from .. import Cast
from .. import _content as c
from .._draw import letterhead, lines, paragraph, pick_look, signature_block, table

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
FREQUENCIES = {"weekly": 52, "biweekly": 26, "semi-monthly": 24, "monthly": 12}
SUBJECTS = ["Re: Verification of Employment - {name}", "RE: Employment Confirmation for {name}",
            "Subject: Employment and Income Verification", "Employment Verification Letter"]
OPENINGS = ["To Whom It May Concern:", "Dear Sir or Madam,", "Dear Underwriting Team,", "To whom it may concern,"]


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    region = c.region_of(rng)
    look = pick_look(rng, region)
    W, H = A4 if region == "GB" and rng.random() < 0.8 else LETTER
    m = rng.uniform(54, 72)
    page = Page(W, H)
    org = c.employer(rng, cast)
    org_addr = c.address(rng, region)
    name = c.person_name(rng, cast, ctx.reference_date)
    hr = c.person_name(rng, Cast(), ctx.reference_date)
    start = c.recent(rng, ctx.reference_date, 200, 5000)
    salary = c.dollars(rng, 32000, 168000, 500)
    freq = rng.choice(list(FREQUENCIES))
    title, dept = rng.choice(c.JOB_TITLES), rng.choice(c.DEPARTMENTS)
    y = letterhead(page, rng, look, org, org_addr, [f"Tel {c.phone(rng, region)}"], m)
    page.text(m, y, look.date(c.recent(rng, ctx.reference_date, 1, 40)), look.family, look.size)
    y += look.size * 2.6
    if rng.random() < 0.5:
        lender, lender_addr = rng.choice(c.LENDERS), c.address(rng, region)
        y = lines(page, m, y, [lender, "Attn: Mortgage Underwriting"] + [t for t, _ in address_lines(lender_addr)],
                  look)
        y += look.size * 1.4
    subject = rng.choice(SUBJECTS).format(name=name)
    page.text(m, y, subject, look.family, look.size, bold=True)
    y += look.size * 2.2
    page.text(m, y, rng.choice(OPENINGS), look.family, look.size)
    y += look.size * 2.0
    width = W - 2 * m
    pay = look.money(salary)
    per = look.money(salary / FREQUENCIES[freq])
    body = [rng.choice([
        f"This letter confirms that {name} has been employed by {org} since {look.date(start)}. "
        f"{name} currently holds the position of {title} in our {dept} department and works full time.",
        f"Please accept this letter as confirmation that {name} is a current employee of {org}. "
        f"Employment began on {look.date(start)}; the current job title is {title}.",
        f"We are writing at the request of our employee, {name}, to verify employment with {org}. "
        f"{name} joined the {dept} team on {look.date(start)} and is employed as a {title}."]),
        rng.choice([
            f"The current annual base salary is {pay}, paid {freq} ({per} gross per pay period). "
            f"This position is permanent and we expect the employment to continue.",
            f"{name} earns a base salary of {pay} per year, paid on a {freq} schedule. "
            "Overtime and bonuses, if any, are not guaranteed and are not included in this figure.",
            f"Gross compensation is {per} per {freq} pay period, or "
            f"{pay} annually. {name} is eligible for our standard benefits."])]
    if rng.random() < 0.4:
        bonus = c.dollars(rng, 500, 12000, 50)
        body.append(f"In {ctx.reference_date.year - 1}, {name} also received a performance bonus of "
                    f"{look.money(bonus)}.")
    for text in body:
        y = paragraph(page, m, y, width, text, look) + look.size * 0.7
    if rng.random() < 0.45:
        rows = [["Position", title], ["Employment status", rng.choice(["Full-time", "Full time, permanent"])],
                ["Date of hire", look.date(start)], ["Base pay", pay + " / year"], ["Pay frequency", freq.title()],
                ["Hours per week", str(rng.choice([37.5, 40, 40, 35]))]]
        y = table(page, m, m + width * 0.75, y + look.size * 0.6, [(0.02, "left"), (0.45, "left")], None, rows,
                  look) + look.size
    closing = rng.choice([
        "This information is provided at the employee's request and without liability on the part of the company.",
        f"Should you require any further information, please contact me at {c.email(hr, org)}.",
        "Please do not hesitate to contact our office if you need anything further."])
    y = paragraph(page, m, y, width, closing, look) + look.size
    signature_block(page, rng, m, y, hr, [rng.choice(c.HR_TITLES), org], look,
                    closing=rng.choice(["Sincerely,", "Kind regards,", "Yours faithfully,", "Respectfully,"]))
    return Document("unknown", {}, [page], f"unknown/letter/employment_{len(body)}", look.family)

