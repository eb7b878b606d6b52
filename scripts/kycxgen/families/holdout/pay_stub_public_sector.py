"""A US public employer's pay advice (county, city, school district, transit
authority) printed by a government HR/payroll system: upper-case monospace or
narrow type, a grid of boxed fields with the label above each value (employee
ID, department, pay cycle, advice number, period begin/end, advice date),
earnings and deductions with pay codes (REG, LONG, SHDF, PERS, 457B), a totals
bar with current and calendar-YTD rows, and a leave balance table."""

DOC_TYPE = "pay_stub"
NAME = "public_sector"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A US public-sector (county, city, school district) pay advice in USD with boxed label-above "
               "fields, coded earnings and retirement deductions, and current/YTD totals.")

import random
from decimal import Decimal

from ...addresses import address_lines, us_address
from ...layout import LETTER, Document, Page
from ...people import ascii_upper, random_person
from . import _common as C
from . import _pay as P

CYCLE = {"biweekly": ["BIWEEKLY", "BI-WEEKLY"], "semimonthly": ["SEMI-MONTHLY", "SEMIMONTHLY"],
         "monthly": ["MONTHLY"]}
# employer keyword -> (departments, job titles) that such an employer has
UNITS = {
    "County of": (["PUBLIC WORKS", "HEALTH & HUMAN SVCS", "FINANCE - PAYROLL", "PARKS & RECREATION"],
                  ["MAINT WORKER II", "ACCOUNT CLERK III", "ENG TECH IV", "SOCIAL WORKER I"]),
    "School": (["ELEMENTARY ED - SITE 14", "FACILITIES - MAINT", "PUPIL TRANSPORTATION"],
               ["TEACHER - CERT", "CUSTODIAN", "BUS DRIVER", "PARAEDUCATOR"]),
    "City of": (["PUBLIC WORKS", "PARKS & RECREATION", "WATER RECLAMATION", "FINANCE - PAYROLL"],
                ["MAINT WORKER II", "ACCOUNT CLERK III", "ENG TECH IV", "PLANT OPERATOR"]),
    "Transit": (["TRANSIT OPERATIONS", "FLEET MAINTENANCE"], ["BUS OPERATOR", "MECHANIC II", "DISPATCHER"]),
    "Revenue": (["TAXPAYER SERVICES", "AUDIT DIVISION"], ["REVENUE AGENT II", "ACCOUNT CLERK III"]),
    "Sheriff": (["SHERIFF - PATROL", "DETENTION SERVICES"], ["DEPUTY SHERIFF", "DETENTION OFFICER"]),
    "Library": (["LIBRARY SERVICES", "TECHNICAL SERVICES"], ["LIBRARIAN I", "LIBRARY ASSISTANT II"]),
}


def generate(rng: random.Random, ctx) -> Document:
    freq = rng.choice(["biweekly", "semimonthly", "monthly", "monthly"])
    employer = rng.choice(C.PUBLIC_EMPLOYERS)
    emp_addr = us_address(rng)
    person = random_person(rng, ctx.reference_date, min_age=21, max_age=68)
    home = us_address(rng, emp_addr.region)
    start, end, pay, number = P.period(rng, freq, ctx.reference_date, week_start=6)
    prior = number - 1
    hours = P.HOURS[freq]
    rate = Decimal(str(round(rng.uniform(19, 52), 4)))
    earnings = [P.hourly(rng, "REG  REGULAR PAY", hours, rate, prior, low=0.97, high=1.0)]
    if rng.random() < 0.6:
        earnings.append(P.flat(rng, "LONG LONGEVITY", rng.choice([25, 40, 55, 75, 100]), prior, low=1, high=1))
    if rng.random() < 0.4:
        earnings.append(P.hourly(rng, "SHDF SHIFT DIFFERENTIAL", Decimal(rng.randint(8, 60)), Decimal("1.25"), prior))
    if rng.random() < 0.35:
        earnings.append(P.hourly(rng, "OT15 OVERTIME 1.5", Decimal(rng.randint(2, 16)), C.cents(rate * Decimal("1.5")),
                                 prior, low=0.2, high=0.9))
    if rng.random() < 0.25:
        earnings.append(P.hourly(rng, "HOLW HOLIDAY WORKED", Decimal(8), C.cents(rate * Decimal("1.5")), prior,
                                 low=0.05, high=0.3))
    gross = sum(e.current for e in earnings)
    deds = [P.ded(rng, "FED W/H", gross * Decimal(rng.uniform(0.05, 0.13)), prior),
            P.ded(rng, "MEDICARE", gross * Decimal("0.0145"), prior, low=0.95, high=1.0)]
    if rng.random() < 0.5:
        deds.append(P.ded(rng, "OASDI", gross * Decimal("0.062"), prior, low=0.95, high=1.0))
    if emp_addr.region not in ("TX", "FL", "WA"):
        deds.append(P.ded(rng, f"{emp_addr.region} STATE W/H", gross * Decimal(rng.uniform(0.02, 0.05)), prior))
    deds.append(P.ded(rng, rng.choice(["PERS RETIREMENT", "TRS RETIREMENT", "RET SYSTEM EE"]),
                      gross * Decimal(rng.choice(["0.07", "0.075", "0.08", "0.09"])), prior, low=0.97, high=1.0))
    if rng.random() < 0.55:
        deds.append(P.ded(rng, "457B DEFERRED COMP", rng.choice([25, 50, 75, 100, 150, 200]), prior, low=1, high=1))
    deds.append(P.ded(rng, "MED PRE-TAX", rng.uniform(20, 240), prior, low=1, high=1))
    if rng.random() < 0.6:
        deds.append(P.ded(rng, f"UNION DUES LOCAL {rng.randint(100, 3999)}", rng.uniform(18, 70), prior, low=1, high=1))
    if rng.random() < 0.3:
        deds.append(P.ded(rng, "CREDIT UNION", rng.choice([20, 25, 50, 100]), prior, low=1, high=1))
    tot = P.totals(earnings, deds)
    units = next(v for k, v in UNITS.items() if k in employer)
    family = rng.choice(["DejaVu Sans Mono", "Liberation Mono", "Liberation Sans Narrow", "DejaVu Sans Condensed"])
    st = {"family": family, "size": 7.4 if "Mono" in family else rng.uniform(7.8, 8.6),
          "date": rng.choice(["mdy", "mdy2"]), "cycle": rng.choice(CYCLE[freq]), "dept": rng.choice(units[0]),
          "advice": f"{rng.randint(1, 9)}{rng.randint(0, 9999999):07d}", "emp_id": f"{rng.randint(10000, 999999):06d}",
          "job": rng.choice(units[1]),
          "leave": [("VACATION", rng.uniform(10, 200)), ("SICK", rng.uniform(5, 400)), ("COMP TIME", rng.uniform(0, 30))],
          "acct": f"****{rng.randint(1000, 9999)}", "brand": C.initials(employer),
          "color": rng.choice([(30, 60, 90), (50, 50, 50), (20, 80, 60)])}
    # the HR system prints upper-case ASCII
    name = ascii_upper(person.full_name)
    if rng.random() < 0.5:
        name = f"{ascii_upper(person.surname)}, {ascii_upper(person.given)}"
    fields = {"employer_name": employer.upper(), "employee_name": name, "employee_id": st["emp_id"],
              "pay_period_start": start.isoformat(), "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(),
              "pay_frequency": freq, "currency": "USD", "gross_pay": C.canon(tot["gross"]),
              "total_deductions": C.canon(tot["ded"]), "net_pay": C.canon(tot["net"]),
              "ytd_gross": C.canon(tot["ytd_gross"]), "ytd_net": C.canon(tot["ytd_net"])}
    page = _draw(fields, st, earnings, deds, tot, emp_addr, home, start, end, pay)
    return Document("pay_stub", fields, [page], "pay_stub/public_sector", family,
                    meta={"pay_period_number": number, **P.meta(earnings, deds)})


def _draw(f, st, earnings, deds, tot, emp_addr, home, start, end, pay) -> Page:
    W, H = LETTER
    m = 36.0
    fam, s, col = st["family"], st["size"], st["color"]
    money = C.Money()
    p = Page(W, H)

    def d(x):
        return C.fdate(x, st["date"])

    C.monogram(p, m, 0, 32, col, st["brand"], "DejaVu Serif", "circle", baseline=m + 6)
    p.text(m + 40, m + 6, f["employer_name"], fam, s + 3, bold=True, field="employer_name")
    p.text(m + 40, m + 6 + s * 1.5, ", ".join(l for l, _ in address_lines(emp_addr)), fam, s - 0.5)
    p.text(W - m, m + 6, "PAY ADVICE", fam, s + 6, bold=True, align="right")
    p.text(W - m, m + 6 + s * 1.7, "THIS IS NOT A CHECK - NON-NEGOTIABLE", fam, s - 1, align="right", color=C.GREY)
    # grid of boxed fields, label above value
    y = m + 48
    cells = [[("EMPLOYEE NAME", f["employee_name"], "employee_name", 2.2), ("EMPLOYEE ID", f["employee_id"], "employee_id", 1),
              ("DEPARTMENT", st["dept"], None, 1.6), ("JOB TITLE", st["job"], None, 1.3)],
             [("PAY PERIOD BEGIN", d(start), "pay_period_start", 1), ("PAY PERIOD END", d(end), "pay_period_end", 1),
              ("ADVICE DATE", d(pay), "pay_date", 1), ("PAY CYCLE", st["cycle"], "pay_frequency", 1),
              ("ADVICE NO.", st["advice"], None, 1)]]
    rh = s * 3.2
    for row in cells:
        total = sum(c[3] for c in row)
        x = m
        for label, value, field, wgt in row:
            w = (W - 2 * m) * wgt / total
            p.rect(x, y, w, rh, stroke=(0, 0, 0), width=0.5)
            p.text(x + 4, y + s * 1.1, label, fam, s - 1.6, color=(60, 60, 60))
            vs = min(s + 0.5, s + 0.5 if C.tw(value, fam, s + 0.5) < w - 8 else (s + 0.5) * (w - 8) / C.tw(value, fam, s + 0.5))
            p.text(x + 4, y + s * 2.6, value, fam, vs, bold=True, field=field)
            x += w
        y += rh
    y += s * 2.2
    # earnings and deductions side by side
    half = (W - 2 * m) / 2 - 6
    ex = m
    dx = m + half + 12
    ec = [ex + 2, ex + half * 0.53, ex + half * 0.68, ex + half * 0.84, ex + half - 2]
    dc = [dx + 2, dx + half * 0.72, dx + half - 2]
    p.rect(ex, y - s - 3, half, s + 7, stroke=None, fill=col)
    p.rect(dx, y - s - 3, half, s + 7, stroke=None, fill=col)
    for t, x, al in (("EARNINGS", ec[0], "left"), ("HOURS", ec[1], "right"), ("RATE", ec[2], "right"),
                     ("CURRENT", ec[3], "right"), ("YTD", ec[4], "right")):
        p.text(x, y, t, fam, s - 0.5, bold=True, align=al, color=(255, 255, 255))
    for t, x, al in (("DEDUCTIONS", dc[0], "left"), ("CURRENT", dc[1], "right"), ("YTD", dc[2], "right")):
        p.text(x, y, t, fam, s - 0.5, bold=True, align=al, color=(255, 255, 255))
    y0 = y + s * 1.7
    ye = y0
    for e in earnings:
        nm = e.name if C.tw(e.name, fam, s - 0.5) < half * 0.40 else e.name[:5] + e.name.split()[1][:12]
        p.text(ec[0], ye, nm, fam, s - 0.5)
        if e.hours is not None:
            p.text(ec[1], ye, f"{e.hours:.2f}", fam, s - 0.5, align="right")
            p.text(ec[2], ye, f"{e.rate:.4f}", fam, s - 0.5, align="right")
        p.text(ec[3], ye, money(e.current), fam, s - 0.5, align="right")
        p.text(ec[4], ye, money(e.ytd), fam, s - 0.5, align="right")
        ye += s * 1.35
    yd = y0
    for dd in deds:
        p.text(dc[0], yd, dd.name, fam, s - 0.5)
        p.text(dc[1], yd, money(dd.current), fam, s - 0.5, align="right")
        p.text(dc[2], yd, money(dd.ytd), fam, s - 0.5, align="right")
        yd += s * 1.35
    y = max(ye, yd) + s
    p.hline(m, W - m, y - s, width=0.6)
    # totals bar: label above value, current and YTD rows
    y += s * 1.2
    heads = ["", "GROSS PAY", "TOTAL DEDUCTIONS", "NET PAY"]
    cw = (W - 2 * m) / 4
    p.rect(m, y - s - 2, W - 2 * m, s * 5.6, stroke=(0, 0, 0), width=0.7)
    for k, h in enumerate(heads):
        p.text(m + cw * (k + 1) - 6, y, h, fam, s - 0.5, bold=True, align="right")
    ytd_ded = sum(dd.ytd for dd in deds)
    for r, (label, vals, fields) in enumerate((("CURRENT", (tot["gross"], tot["ded"], tot["net"]),
                                                ("gross_pay", "total_deductions", "net_pay")),
                                               ("CALENDAR YTD", (tot["ytd_gross"], ytd_ded, tot["ytd_net"]),
                                                ("ytd_gross", None, "ytd_net")))):
        yy = y + s * 1.5 * (r + 1)
        p.text(m + 6, yy, label, fam, s - 0.5, bold=True)
        for k, (v, fld) in enumerate(zip(vals, fields)):
            p.text(m + cw * (k + 2) - 6, yy, money(v), fam, s, bold=(r == 0 and k == 2), align="right", field=fld)
    y += s * 6
    # direct deposit and leave
    p.text(m, y, "NET PAY DISTRIBUTION", fam, s, bold=True)
    p.text(m, y + s * 1.4, f"DIRECT DEPOSIT  CHECKING  {st['acct']}", fam, s - 0.5)
    p.text(m + 260, y + s * 1.4, money(tot["net"]), fam, s - 0.5, align="right")
    lx = W / 2 + 20
    p.text(lx, y, "LEAVE BALANCES (HOURS)", fam, s, bold=True)
    for k, t in enumerate(("TYPE", "EARNED", "USED", "BALANCE")):
        p.text(lx + (0 if k == 0 else 60 + k * 55), y + s * 1.4, t, fam, s - 1, bold=True, align="left" if k == 0 else "right")
    for r, (kind, bal) in enumerate(st["leave"]):
        yy = y + s * 1.4 * (r + 2)
        earned = round(bal * 0.04 + 2, 2)
        used = round(bal * 0.02, 2)
        for k, t in enumerate((kind, f"{earned:.2f}", f"{used:.2f}", f"{bal:.2f}")):
            p.text(lx + (0 if k == 0 else 60 + k * 55), yy, t, fam, s - 1, align="left" if k == 0 else "right")
    y += s * 7
    p.text(m, y, f["employee_name"], fam, s)
    C.address_block(p, m, y + s * 1.3, address_lines(home), fam, s)
    C.fine(p, m, H - m - 20, W - 2 * m, "Questions about this advice: contact your department payroll "
           "representative. Retirement contributions are tax-deferred under IRC 414(h).", fam, s - 1.5)
    return p
