"""A Canadian pay statement with English and French labels ("Net Pay / Paie
nette", "Gross Pay / Salaire brut"), CPP/RPC or QPP/RRQ, EI/AE (and QPIP/RQAP in
Quebec), federal and provincial income tax, union dues and RRSP, current and
year-to-date columns, CAD amounts in English or French notation and ISO or
long-form dates."""

DOC_TYPE = "pay_stub"
NAME = "ca_bilingual"
GROUP = "holdout"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A Canadian employer's bilingual English/French pay statement (CAD, CPP/QPP, EI, QPIP, federal "
               "and provincial tax, Paie nette / Net pay).")

import random
from decimal import Decimal

from ...addresses import address_lines, ca_address
from ...layout import LETTER, Document, Page
from ...people import random_person
from . import _common as C
from . import _pay as P

L = {
    "title": ("Pay Statement", "Relevé de paie"), "employee": ("Employee", "Employé(e)"),
    "emp_no": ("Employee No.", "N° d'employé"), "period": ("Pay period", "Période de paie"),
    "pay_date": ("Pay date", "Date de paie"), "freq": ("Pay frequency", "Fréquence de paie"),
    "earnings": ("Earnings", "Gains"), "hours": ("Hours", "Heures"), "rate": ("Rate", "Taux"),
    "current": ("Current", "Courant"), "ytd": ("YTD", "Cumul"), "deductions": ("Deductions", "Retenues"),
    "gross": ("Gross pay", "Salaire brut"), "total_ded": ("Total deductions", "Total des retenues"),
    "net": ("Net pay", "Paie nette"), "deposit": ("Direct deposit", "Dépôt direct"), "sin": ("SIN", "NAS"),
}
FREQ = {"weekly": ("Weekly", "Hebdomadaire"), "biweekly": ("Biweekly", "Aux deux semaines"),
        "semimonthly": ("Semi-monthly", "Bimensuel"), "monthly": ("Monthly", "Mensuel")}
EARN = {"reg": ("Regular", "Régulier"), "ot": ("Overtime", "Heures supplémentaires"),
        "vac": ("Vacation pay 4%", "Paie de vacances 4 %"), "stat": ("Stat holiday", "Jour férié"),
        "sal": ("Salary", "Salaire")}
DED = {"cpp": ("CPP", "RPC"), "qpp": ("QPP", "RRQ"), "ei": ("EI", "AE"), "qpip": ("QPIP", "RQAP"),
       "fed": ("Federal tax", "Impôt fédéral"), "prov": ("Provincial tax", "Impôt provincial"),
       "qc": ("Quebec tax", "Impôt du Québec"), "union": ("Union dues", "Cotisations syndicales"),
       "rrsp": ("Group RRSP", "REER collectif"), "ins": ("Group insurance", "Assurance collective")}


def generate(rng: random.Random, ctx) -> Document:
    lang = rng.choice(["en", "en", "fr"])
    freq = rng.choice(["weekly", "biweekly", "biweekly", "semimonthly", "monthly"])
    employer = rng.choice(C.CA_EMPLOYERS)
    emp_addr = ca_address(rng, "QC" if lang == "fr" or rng.random() < 0.25 else None)
    quebec = emp_addr.region == "QC"
    person = random_person(rng, ctx.reference_date, min_age=17, max_age=68)
    home = ca_address(rng, emp_addr.region)
    start, end, pay, number = P.period(rng, freq, ctx.reference_date, pay_lag=(3, 7))
    prior = number - 1

    def lbl(pair):
        a, b = pair
        return f"{a} / {b}" if lang == "en" else f"{b} / {a}"

    earnings = []
    if rng.random() < 0.6:
        rate = Decimal(rng.choice(["17.20", "18.50", "21.75", "24.10", "27.35", "31.00", "36.40"]))
        hrs = {"weekly": Decimal(40), "biweekly": Decimal(80), "semimonthly": Decimal("86.67"),
               "monthly": Decimal("173.33")}[freq] - Decimal(rng.choice([0, 0, 4, 8]))
        earnings.append(P.hourly(rng, lbl(EARN["reg"]), hrs, rate, prior))
        if rng.random() < 0.4:
            earnings.append(P.hourly(rng, lbl(EARN["ot"]), Decimal(rng.randint(2, 10)), C.cents(rate * Decimal("1.5")),
                                     prior, low=0.2, high=0.9))
        if rng.random() < 0.3:
            earnings.append(P.hourly(rng, lbl(EARN["stat"]), Decimal(8), rate, prior, low=0.1, high=0.3))
        if rng.random() < 0.4:
            base = sum(e.current for e in earnings)
            earnings.append(P.flat(rng, lbl(EARN["vac"]), base * Decimal("0.04"), prior))
    else:
        earnings.append(P.flat(rng, lbl(EARN["sal"]), Decimal(rng.randint(42000, 110000)) /
                               {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}[freq], prior, low=1, high=1))
    gross = sum(e.current for e in earnings)
    deds = []
    if quebec:
        deds += [P.ded(rng, lbl(DED["qpp"]), gross * Decimal("0.064"), prior),
                 P.ded(rng, lbl(DED["ei"]), gross * Decimal("0.0131"), prior),
                 P.ded(rng, lbl(DED["qpip"]), gross * Decimal("0.00494"), prior),
                 P.ded(rng, lbl(DED["fed"]), gross * Decimal(rng.uniform(0.06, 0.11)), prior),
                 P.ded(rng, lbl(DED["qc"]), gross * Decimal(rng.uniform(0.08, 0.13)), prior)]
    else:
        deds += [P.ded(rng, lbl(DED["cpp"]), gross * Decimal("0.0595"), prior),
                 P.ded(rng, lbl(DED["ei"]), gross * Decimal("0.0164"), prior),
                 P.ded(rng, lbl(DED["fed"]), gross * Decimal(rng.uniform(0.08, 0.14)), prior),
                 P.ded(rng, lbl(DED["prov"]), gross * Decimal(rng.uniform(0.03, 0.07)), prior)]
    scale = {"weekly": 0.5, "biweekly": 1.0, "semimonthly": 1.1, "monthly": 2.2}[freq]
    for key, lo, hi, pr in (("union", 15, 50, 0.35), ("rrsp", 25, 150, 0.35), ("ins", 10, 60, 0.4)):
        if rng.random() < pr:
            deds.append(P.ded(rng, lbl(DED[key]), rng.uniform(lo, hi) * scale, prior, low=1, high=1))
    tot = P.totals(earnings, deds)
    french_money = lang == "fr" and rng.random() < 0.8
    family = rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Serif", "DejaVu Serif"])
    st = {"family": family, "size": rng.uniform(7.4, 8.2), "lang": lang, "lbl": lbl,
          "money": C.Money(thou=" ", dec=",") if french_money else C.Money(),
          "big": C.Money(thou=" ", dec=",", suffix=" $") if french_money else C.Money(prefix="$"),
          "date": rng.choice(["iso", "iso", "fr_long" if lang == "fr" else "month_d_y"]),
          "color": rng.choice([(170, 20, 40), (0, 80, 130), (0, 100, 80), (70, 70, 70)]),
          "emp_id": f"{rng.randint(1000, 999999)}", "show_freq": rng.random() < 0.7,
          "sin": f"*** *** {rng.randint(100, 999)}", "acct": f"*****{rng.randint(100, 999)}",
          "upper": rng.random() < 0.4}
    name = person.full_name.upper() if st["upper"] else person.full_name
    fields = {"employer_name": employer, "employee_name": name, "employee_id": st["emp_id"],
              "pay_period_start": start.isoformat(), "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(),
              "currency": "CAD", "gross_pay": C.canon(tot["gross"]), "total_deductions": C.canon(tot["ded"]),
              "net_pay": C.canon(tot["net"]), "ytd_gross": C.canon(tot["ytd_gross"]), "ytd_net": C.canon(tot["ytd_net"])}
    if st["show_freq"]:
        fields["pay_frequency"] = freq
    page = _draw(fields, st, earnings, deds, tot, emp_addr, home, start, end, pay, freq)
    return Document("pay_stub", fields, [page], f"pay_stub/ca_bilingual/{lang}", family,
                    meta={"pay_period_number": number, **P.meta(earnings, deds)})


def _draw(f, st, earnings, deds, tot, emp_addr, home, start, end, pay, freq) -> Page:
    W, H = LETTER
    m = 38.0
    fam, s, col, lbl = st["family"], st["size"], st["color"], st["lbl"]
    money, big = st["money"], st["big"]
    p = Page(W, H)

    def d(x):
        return C.fdate(x, st["date"])

    p.rect(m, m - 8, W - 2 * m, 40, stroke=None, fill=col)
    p.text(m + 10, m + 12, f["employer_name"], fam, s + 6, bold=True, color=(255, 255, 255), field="employer_name")
    p.text(W - m - 10, m + 12, lbl(L["title"]), fam, s + 2, bold=True, color=(255, 255, 255), align="right")
    p.text(m, m + 46, ", ".join(l for l, _ in address_lines(emp_addr)), fam, s - 1, color=C.GREY)
    y = m + 72
    a, b = d(start), d(end)
    joiner = " au " if st["lang"] == "fr" else " to "
    per = a + joiner + b
    rows = [(lbl(L["employee"]), f["employee_name"], "employee_name", None),
            (lbl(L["emp_no"]), f["employee_id"], "employee_id", None),
            (lbl(L["sin"]), st["sin"], None, None)]
    rows2 = [(lbl(L["period"]), per, None, {"pay_period_start": (0, len(a)), "pay_period_end": (len(per) - len(b), len(per))}),
             (lbl(L["pay_date"]), d(pay), "pay_date", None)]
    if "pay_frequency" in f:
        rows2.append((lbl(L["freq"]), lbl(FREQ[freq]), "pay_frequency", None))
    for x0, rs, right in ((m, rows, W / 2 - 22), (W / 2 - 10, rows2, W - m)):
        yy = y
        lw = max(C.tw(r[0], fam, s - 0.5) for r in rs) + 10
        for label, value, field, marks in rs:
            p.text(x0, yy, label, fam, s - 0.5, color=C.GREY)
            vs = min(s, s * (right - x0 - lw) / max(C.tw(value, fam, s, True), 1))
            p.text(x0 + lw, yy, value, fam, vs, bold=True, field=field, marks=marks)
            yy += s * 1.6
    y += s * 1.6 * 3 + 6
    C.address_block(p, m, y, address_lines(home), fam, s - 0.5, color=(60, 60, 60))
    y += s * 4.5
    # earnings
    cols = [m + 4, m + 300, m + 360, m + 440, W - m - 4]
    p.rect(m, y - s - 4, W - 2 * m, s + 8, stroke=None, fill=(230, 230, 230))
    for k, (key, al) in enumerate((("earnings", "left"), ("hours", "right"), ("rate", "right"), ("current", "right"),
                                   ("ytd", "right"))):
        p.text(cols[k], y, lbl(L[key]) if key in ("earnings",) else (L[key][0] if st["lang"] == "en" else L[key][1]),
               fam, s - 0.3, bold=True, align=al)
    y += s * 1.7
    for e in earnings:
        p.text(cols[0], y, e.name, fam, s)
        if e.hours is not None:
            p.text(cols[1], y, f"{e.hours:.2f}".replace(".", money.dec), fam, s, align="right")
            p.text(cols[2], y, f"{e.rate:.2f}".replace(".", money.dec), fam, s, align="right")
        p.text(cols[3], y, money(e.current), fam, s, align="right")
        p.text(cols[4], y, money(e.ytd), fam, s, align="right")
        y += s * 1.45
    p.hline(m, W - m, y - s * 0.9, width=0.5)
    p.text(cols[0], y, lbl(L["gross"]), fam, s, bold=True)
    p.text(cols[3], y, money(tot["gross"]), fam, s, bold=True, align="right", field="gross_pay")
    p.text(cols[4], y, money(tot["ytd_gross"]), fam, s, bold=True, align="right", field="ytd_gross")
    y += s * 2.6
    p.rect(m, y - s - 4, W - 2 * m, s + 8, stroke=None, fill=(230, 230, 230))
    p.text(cols[0], y, lbl(L["deductions"]), fam, s - 0.3, bold=True)
    for k in (3, 4):
        key = "current" if k == 3 else "ytd"
        p.text(cols[k], y, L[key][0] if st["lang"] == "en" else L[key][1], fam, s - 0.3, bold=True, align="right")
    y += s * 1.7
    for dd in deds:
        p.text(cols[0], y, dd.name, fam, s)
        p.text(cols[3], y, money(dd.current), fam, s, align="right")
        p.text(cols[4], y, money(dd.ytd), fam, s, align="right")
        y += s * 1.45
    p.hline(m, W - m, y - s * 0.9, width=0.5)
    p.text(cols[0], y, lbl(L["total_ded"]), fam, s, bold=True)
    p.text(cols[3], y, money(tot["ded"]), fam, s, bold=True, align="right", field="total_deductions")
    p.text(cols[4], y, money(tot["ytd_ded"]), fam, s, bold=True, align="right")
    y += s * 2.8
    p.rect(m, y - s - 6, W - 2 * m, s * 3.2, stroke=col, width=1.2, radius=3)
    p.text(cols[0] + 6, y + 2, lbl(L["net"]), fam, s + 3, bold=True, color=col)
    p.text(cols[3], y + 2, big(tot["net"]), fam, s + 3, bold=True, align="right", field="net_pay")
    p.text(cols[4], y + 2, money(tot["ytd_net"]), fam, s, align="right", field="ytd_net")
    y += s * 4
    p.text(cols[0], y, f"{lbl(L['deposit'])}: {st['acct']}", fam, s - 0.5)
    p.text(cols[3], y, money(tot["net"]), fam, s - 0.5, align="right")
    return p
