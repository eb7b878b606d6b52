"""Patient statements from clinics and hospitals: a statement date, an
account number, the guarantor's address, services by date with charges,
insurance payments and adjustments, an amount due with a pay-by date and a
detachable remittance slip; laid out much like a utility bill."""

KIND = "invoice"
NAME = "medical"
GROUP = "holdout"

import datetime as dt
import random
from decimal import Decimal

from ....doctypes import GenContext
from ....layout import LETTER, Document, Page
from ....textfmt import money
from .. import Cast
from .. import _content as c
from .._draw import GREY, address_texts, lines, pick_look, table

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo")
PROVIDERS = ["Riverbend Family Medicine", "St. Aurelia Regional Hospital", "Lakeside Orthopedic Associates",
             "Brightsmile Dental Group", "Summit Imaging Center", "Cedar Grove Pediatrics", "Northgate Urgent Care"]
SERVICES = [("99213", "Office visit, established patient", 120, 260), ("99214", "Office visit, moderate", 180, 340),
            ("80053", "Comprehensive metabolic panel", 45, 190), ("85025", "Complete blood count", 25, 90),
            ("71046", "Chest X-ray, 2 views", 90, 320), ("D1110", "Prophylaxis - adult cleaning", 95, 180),
            ("97110", "Therapeutic exercise, 15 min", 55, 140), ("73721", "MRI knee without contrast", 700, 2400),
            ("36415", "Venipuncture", 12, 40), ("99283", "Emergency dept visit", 350, 1200)]


def generate(rng: random.Random, ctx: GenContext, cast: Cast) -> Document:
    look = pick_look(rng, "US", size=(8.4, 9.6))
    W, H = LETTER
    m = rng.uniform(36, 50)
    page = Page(W, H)
    provider, paddr = rng.choice(PROVIDERS), c.address(rng, "US")
    patient = c.person_name(rng, cast, ctx.reference_date, reuse=0.6)
    home = c.address(rng, "US")
    stated = c.recent(rng, ctx.reference_date, 3, 50)
    due = stated + dt.timedelta(days=rng.choice([21, 25, 30]))
    account = f"{rng.randint(10 ** 6, 10 ** 8)}"
    page.rect(m, m, W - 2 * m, 44, stroke=None, fill=look.color)
    page.text(m + 12, m + 28, provider, look.family, look.size + 7, bold=True, color=(255, 255, 255))
    page.text(W - m - 12, m + 18, "PATIENT STATEMENT", look.family, look.size + 1, bold=True, color=(255, 255, 255),
              align="right")
    page.text(W - m - 12, m + 32, c.phone(rng), look.family, look.size, color=(255, 255, 255), align="right")
    y = m + 70
    lines(page, m, y, address_texts(paddr), look, size=look.size - 1, color=GREY)
    y = lines(page, m, y + 50, [patient.upper()] + [t.upper() for t in address_texts(home)], look) + 10
    rows = []
    total, paid = Decimal(0), Decimal(0)
    day = stated - dt.timedelta(days=rng.randint(20, 70))
    for _ in range(rng.randint(2, 7)):
        code, desc, lo, hi = rng.choice(SERVICES)
        charge = money(rng.uniform(lo, hi))
        ins = money(charge * Decimal(rng.uniform(0.3, 0.8))) if rng.random() < 0.8 else Decimal(0)
        adj = money((charge - ins) * Decimal(rng.uniform(0, 0.4)))
        rows.append([look.date(day), code, desc, look.money(charge), look.money(-ins) if ins else "",
                     look.money(-adj) if adj else "", look.money(charge - ins - adj)])
        total += charge - ins - adj
        paid += ins
        day += dt.timedelta(days=rng.randint(0, 6))
    summary = [("Statement date", look.date(stated)), ("Account number", account),
               ("Please pay by", look.date(due)), ("Amount due", look.money(total))]
    sy = m + 70
    page.rect(W * 0.56, sy - 12, W * 0.44 - m, len(summary) * look.size * 1.8 + 10, stroke=look.color, width=1)
    for label, value in summary:
        page.text(W * 0.56 + 8, sy + 2, label, look.family, look.size, bold=label == "Amount due")
        page.text(W - m - 8, sy + 2, value, look.family, look.size, bold=label == "Amount due", align="right")
        sy += look.size * 1.8
    y = max(y, sy) + 20
    cols = [(0.0, "left"), (0.12, "left"), (0.22, "left"), (0.66, "right"), (0.77, "right"), (0.88, "right"),
            (1.0, "right")]
    y = table(page, m, W - m, y, cols, ["Date", "Code", "Description", "Charges", "Insurance", "Adjust.", "Balance"],
              rows, look, size=look.size - 0.8, head_fill=(230, 230, 230))
    page.text(W - m, y + look.size, f"Patient responsibility: {look.money(total)}", look.family, look.size + 1,
              bold=True, align="right")
    y += look.size * 4
    page.text(m, y, rng.choice(["Your insurance has paid its share. The balance shown is now due from you.",
                                "Questions about this bill? Call our billing office Monday to Friday, 8 am to 5 pm.",
                                "Payment plans are available. Financial assistance may be available if you qualify."]),
              look.family, look.size - 0.5)
    _slip(page, rng, m, W, H, look, provider, patient, account, due, total)
    return Document("unknown", {}, [page], "unknown/invoice/medical", look.family)


def _slip(page, rng, m, W, H, look, provider, patient, account, due, total) -> None:
    top = H - 170
    x = m
    while x < W - m:
        page.hline(x, min(x + 5, W - m), top, width=0.5, color=GREY)
        x += 9
    page.text(W / 2, top + 12, "Please detach and return this portion with your payment", look.family,
              look.size - 1.5, align="center", color=GREY)
    y = top + 36
    for label, value in [("Patient", patient), ("Account", account), ("Due date", look.date(due)),
                         ("Amount due", look.money(total)), ("Amount enclosed", "$ ____________")]:
        page.text(W * 0.5, y, label, look.family, look.size)
        page.text(W - m, y, value, look.family, look.size, align="right", bold=label == "Amount due")
        y += look.size * 1.7
    lines(page, m, top + 40, ["Make checks payable to:", provider, f"PO Box {rng.randint(1000, 99999)}"], look)
