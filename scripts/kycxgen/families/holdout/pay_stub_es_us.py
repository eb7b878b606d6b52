"""A Spanish-language pay stub issued by a US employer (farm, landscaping, home
care, construction, restaurants) through a payroll service that prints in
Spanish: "Talón de pago", "Período de pago ... al ...", "Fecha de pago",
"Ingresos" (tarifa, horas, este período, acumulado del año), "Pago bruto",
"Deducciones" with federal and state taxes, Seguro Social and Medicare, and
"Pago neto". The employer appears only in the address block at the top left."""

DOC_TYPE = "pay_stub"
NAME = "es_us"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A Spanish-language US pay stub in USD (Pago bruto, Deducciones, Pago neto, Fecha de pago, "
               "MM/DD/YYYY or '18 de abril de 2026' dates).")

import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C
from . import _pay as P

FREQ = {"weekly": ["Semanal"], "biweekly": ["Cada dos semanas", "Bisemanal"], "semimonthly": ["Quincenal"],
        "monthly": ["Mensual"]}
TITLES = ["Talón de pago", "Comprobante de pago", "Estado de ingresos y deducciones"]
NET = ["Pago neto", "Pago neto", "Neto a pagar", "Cantidad depositada"]


def generate(rng: random.Random, ctx) -> Document:
    freq = rng.choice(["weekly", "weekly", "biweekly", "semimonthly"])
    employer = rng.choice(C.ES_EMPLOYERS)
    emp_addr = us_address(rng, rng.choice(["CA", "TX", "AZ", "FL", "NY", "IL", "CO"]))
    person = random_person(rng, ctx.reference_date, min_age=17, max_age=70)
    home = us_address(rng, emp_addr.region)
    start, end, pay, number = P.period(rng, freq, ctx.reference_date, pay_lag=(2, 6))
    prior = number - 1
    rate = Decimal(rng.choice(["15.50", "16.00", "16.90", "17.25", "18.00", "19.50", "21.00", "23.75"]))
    base = {"weekly": 40, "biweekly": 80, "semimonthly": Decimal("86.67")}[freq]
    hrs = Decimal(base) - Decimal(rng.choice([0, 0, 2, 5, 8]))
    earnings = [P.hourly(rng, "Salario regular", hrs, rate, prior)]
    if rng.random() < 0.55:
        earnings.append(P.hourly(rng, "Horas extra", Decimal(rng.randint(2, 14)) + Decimal(rng.choice(["0", "0.50"])),
                                 C.cents(rate * Decimal("1.5")), prior, low=0.3, high=1.0))
    if rng.random() < 0.25:
        earnings.append(P.hourly(rng, "Día festivo", Decimal(8), rate, prior, low=0.05, high=0.3))
    if rng.random() < 0.2:
        earnings.append(P.flat(rng, "Bono", rng.uniform(50, 400), prior, low=0.2, high=0.6))
    gross = sum(e.current for e in earnings)
    ytd_gross = sum(e.ytd for e in earnings)
    deds = [P.ded(rng, "Impuesto federal sobre la renta", gross * Decimal(rng.uniform(0.03, 0.1)), prior),
            P.Ded("Seguro Social", C.cents(gross * Decimal("0.062")), max(C.cents(gross * Decimal("0.062")),
                                                                           C.cents(ytd_gross * Decimal("0.062")))),
            P.Ded("Medicare", C.cents(gross * Decimal("0.0145")), max(C.cents(gross * Decimal("0.0145")),
                                                                       C.cents(ytd_gross * Decimal("0.0145"))))]
    if emp_addr.region not in ("TX", "FL"):
        deds.append(P.ded(rng, f"Impuesto estatal ({emp_addr.region})", gross * Decimal(rng.uniform(0.01, 0.045)), prior))
    if emp_addr.region in ("CA", "NY") and rng.random() < 0.7:
        deds.append(P.ded(rng, f"Seguro de incapacidad ({emp_addr.region})", gross * Decimal("0.011"), prior))
    if rng.random() < 0.4:
        deds.append(P.ded(rng, "Seguro médico", rng.uniform(12, 90), prior, low=1, high=1))
    if rng.random() < 0.2:
        deds.append(P.ded(rng, "Anticipo de sueldo", rng.uniform(20, 150), prior, low=0.1, high=0.4))
    tot = P.totals(earnings, deds)
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "Liberation Serif", "DejaVu Sans Condensed",
                         "DejaVu Sans Mono"])
    st = {"family": family, "size": rng.uniform(7.6, 8.4) if "Mono" not in family else 7.2,
          "title": rng.choice(TITLES), "net": rng.choice(NET), "freq_txt": rng.choice(FREQ[freq]),
          "date": rng.choice(["mdy", "mdy", "es_long"]), "neg": rng.random() < 0.5,
          "show_total": rng.random() < 0.6, "show_freq": rng.random() < 0.7, "upper": rng.random() < 0.6,
          "emp_id": f"{rng.randint(100, 99999)}", "ssn": f"XXX-XX-{rng.randint(1000, 9999)}",
          "color": rng.choice([(0, 90, 70), (120, 40, 20), (0, 60, 120), (40, 40, 40)])}
    name = person.full_name.upper() if st["upper"] else person.full_name
    fields = {"employer_name": employer, "employee_name": name, "employee_id": st["emp_id"],
              "pay_period_start": start.isoformat(), "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(),
              "currency": "USD", "gross_pay": C.canon(tot["gross"]), "net_pay": C.canon(tot["net"]),
              "ytd_gross": C.canon(tot["ytd_gross"]), "ytd_net": C.canon(tot["ytd_net"])}
    if st["show_total"]:
        fields["total_deductions"] = C.canon(tot["ded"])
    if st["show_freq"]:
        fields["pay_frequency"] = freq
    page = _draw(fields, st, earnings, deds, tot, emp_addr, home, start, end, pay)
    return Document("pay_stub", fields, [page], "pay_stub/es_us", family,
                    meta={"pay_period_number": number, **P.meta(earnings, deds)})


def _draw(f, st, earnings, deds, tot, emp_addr, home, start, end, pay) -> Page:
    W, H = LETTER
    m = 40.0
    fam, s, col = st["family"], st["size"], st["color"]
    money = C.Money()
    sym = C.Money(prefix="$")
    p = Page(W, H)

    def d(x):
        return C.fdate(x, st["date"])

    # employer only in its address block
    p.text(m, m + 4, f["employer_name"], fam, s + 1, bold=True, field="employer_name")
    C.address_block(p, m, m + 4 + s * 1.35, address_lines(emp_addr), fam, s)
    p.text(W - m, m + 8, st["title"], fam, s + 6, bold=True, align="right", color=col)
    y = m + 58
    p.hline(m, W - m, y, width=1.0, color=col)
    y += s * 2
    a, b = d(start), d(end)
    per = f"{a} al {b}"
    left = [("Empleado:", f["employee_name"], "employee_name", None),
            ("Número de empleado:", f["employee_id"], "employee_id", None),
            ("Núm. de Seguro Social:", st["ssn"], None, None)]
    right = [("Período de pago:", per, None, {"pay_period_start": (0, len(a)), "pay_period_end": (len(per) - len(b), len(per))}),
             ("Fecha de pago:", d(pay), "pay_date", None)]
    if "pay_frequency" in f:
        right.append(("Frecuencia de pago:", st["freq_txt"], "pay_frequency", None))
    bottom = y
    for x0, rows, edge in ((m, left, W * 0.45 - 10), (W * 0.45, right, W - m)):
        yy = y
        lw = max(C.tw(r[0], fam, s, True) for r in rows) + 8
        room = edge - x0 - lw
        for label, value, field, marks in rows:
            p.text(x0, yy, label, fam, s, bold=True)
            if marks and C.tw(value, fam, s) > room:
                # a long period wraps after "al", the end date on a line of its own
                cut = len(a) + len(" al")
                p.text(x0 + lw, yy, value[:cut], fam, s, marks={"pay_period_start": (0, len(a))})
                yy += s * 1.25
                p.text(x0 + lw, yy, b, fam, s, marks={"pay_period_end": (0, len(b))})
            else:
                p.text(x0 + lw, yy, value, fam, min(s, s * room / C.tw(value, fam, s)), field=field, marks=marks)
            yy += s * 1.5
        bottom = max(bottom, yy)
    y = max(y + s * 1.5 * 3, bottom - s * 1.5) + 4
    C.address_block(p, m, y, address_lines(home), fam, s - 0.5, color=(70, 70, 70))
    y += s * 4.4
    cols = [m + 4, m + 250, m + 310, m + 400, W - m - 4]
    p.rect(m, y - s - 4, W - 2 * m, s + 8, stroke=col, width=0.6)
    for t, x, al in (("Ingresos", cols[0], "left"), ("Tarifa", cols[1], "right"), ("Horas", cols[2], "right"),
                     ("Este período", cols[3], "right"), ("Acumulado del año", cols[4], "right")):
        p.text(x, y, t, fam, s, bold=True, align=al)
    y += s * 1.8
    for e in earnings:
        p.text(cols[0], y, e.name, fam, s)
        if e.hours is not None:
            p.text(cols[1], y, f"{e.rate:.2f}", fam, s, align="right")
            p.text(cols[2], y, f"{e.hours:.2f}", fam, s, align="right")
        p.text(cols[3], y, money(e.current), fam, s, align="right")
        p.text(cols[4], y, money(e.ytd), fam, s, align="right")
        y += s * 1.4
    p.text(cols[0] + 20, y + 2, "Pago bruto", fam, s, bold=True)
    p.text(cols[3], y + 2, sym(tot["gross"]), fam, s, bold=True, align="right", field="gross_pay")
    p.text(cols[4], y + 2, sym(tot["ytd_gross"]), fam, s, bold=True, align="right", field="ytd_gross")
    y += s * 3
    p.rect(m, y - s - 4, W - 2 * m, s + 8, stroke=col, width=0.6)
    for t, x, al in (("Deducciones", cols[0], "left"), ("Este período", cols[3], "right"),
                     ("Acumulado del año", cols[4], "right")):
        p.text(x, y, t, fam, s, bold=True, align=al)
    y += s * 1.8
    for dd in deds:
        p.text(cols[0], y, dd.name, fam, s)
        p.text(cols[3], y, money(-dd.current if st["neg"] else dd.current), fam, s, align="right")
        p.text(cols[4], y, money(-dd.ytd if st["neg"] else dd.ytd), fam, s, align="right")
        y += s * 1.4
    if "total_deductions" in f:
        p.text(cols[0] + 20, y + 2, "Total de deducciones", fam, s, bold=True)
        p.text(cols[3], y + 2, money(-tot["ded"] if st["neg"] else tot["ded"]), fam, s, bold=True, align="right",
               field="total_deductions")
        p.text(cols[4], y + 2, money(-tot["ytd_ded"] if st["neg"] else tot["ytd_ded"]), fam, s, bold=True, align="right")
        y += s * 1.6
    y += s * 2
    p.rect(m, y - s - 6, W - 2 * m, s * 3.3, stroke=None, fill=(238, 238, 238))
    p.text(cols[0] + 4, y + 2, st["net"], fam, s + 3, bold=True)
    p.text(cols[3], y + 2, sym(tot["net"]), fam, s + 3, bold=True, align="right", field="net_pay")
    p.text(cols[4], y + 2, sym(tot["ytd_net"]), fam, s, align="right", field="ytd_net")
    y += s * 4.5
    C.fine(p, m, y, W - 2 * m, "Conserve este comprobante para sus registros. Si tiene preguntas sobre su pago, "
           "comuníquese con el departamento de nómina de su empleador.", fam, s - 1)
    return p
