"""Canadian pay statements: CPP (QPP in Quebec), EI, federal and provincial
income tax (a single "Income Tax" outside Quebec on some stubs, separate
federal and Quebec tax with QPIP in Quebec), vacation pay at 4 %, union dues
and group benefits, Current and YTD columns, CAD amounts (French format
1 234,56 $ on Quebec stubs, which carry bilingual labels), ISO or day-first
dates."""

DOC_TYPE = "pay_stub"
NAME = "ca_pay_statement"
GROUP = "tune"
FORMATS = ("pdf", "scanned_pdf", "png", "jpeg", "tiff")
DESCRIPTION = ("A Canadian employer's pay statement (CAD, Letter) with CPP/QPP, EI, income tax, vacation pay, "
               "Current/YTD columns and, for Quebec, bilingual labels and French number format.")

import random
from decimal import Decimal

from ...addresses import address_lines, ca_address
from ...doctypes import GenContext
from ...layout import LETTER, Document, Page
from ...people import ascii_upper, random_person
from ...textfmt import canon_money, money
from . import _tune_common as C

EMPLOYERS = ["Maplecrest Logistics Inc.", "Northshore Dental Corporation", "Tamarack Home Health Ltd.",
             "Cedarline Millwork Ltd.", "Pacific Rim Seafoods Inc.", "Prairie Sky Co-operative"]
QC_EMPLOYERS = ["Groupe Boréal inc.", "Les Entreprises Saint-Ours ltée", "Boulangerie Lachance inc.",
                "Cedarline Millwork Ltd.", "Clinique dentaire Beaubien"]
FREQ = {"weekly": ("Weekly", "Hebdomadaire"), "biweekly": ("Bi-weekly", "Aux deux semaines"),
        "semimonthly": ("Semi-monthly", "Bimensuelle"), "monthly": ("Monthly", "Mensuelle")}
HOURS = {"weekly": Decimal("37.50"), "biweekly": Decimal("75.00"), "semimonthly": Decimal("81.25"),
         "monthly": Decimal("162.50")}
PER_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


def generate(rng: random.Random, ctx: GenContext) -> Document:
    province = rng.choice(["ON", "ON", "QC", "QC", "BC", "AB", "MB", "NS"])
    qc = province == "QC"
    freq = rng.choice(["biweekly", "biweekly", "weekly", "semimonthly", "monthly"])
    employer = rng.choice(QC_EMPLOYERS if qc else EMPLOYERS)
    emp_addr = ca_address(rng, province)
    person = random_person(rng, ctx.reference_date, min_age=17, max_age=68)
    home = ca_address(rng, province)
    start, end, pay, number = C.pay_period(rng, freq, ctx.reference_date)
    prior = number - 1
    per_year = PER_YEAR[freq]
    # earnings
    rate = Decimal(str(round(rng.uniform(17.5, 52), 2)))
    hours = HOURS[freq] - rng.choice([0, 0, Decimal(rng.randint(1, 7))])
    reg = money(hours * rate)
    earnings = [(("Regular", "Régulier"), hours, rate, reg, C.ytd(rng, reg, prior, 0.9, 1.0))]
    if rng.random() < 0.45:
        ot_h = Decimal(rng.randint(1, 12)) + Decimal(rng.choice(["0", "0.50"]))
        ot_rate = money(rate * Decimal("1.5"))
        ot = money(ot_h * ot_rate)
        earnings.append((("Overtime 1.5", "Temps supp. 1,5"), ot_h, ot_rate, ot, C.ytd(rng, ot, prior, 0.2, 1.1)))
    if rng.random() < 0.3:
        st_h = Decimal("7.50")
        stat = money(st_h * rate)
        earnings.append((("Stat Holiday", "Jour férié"), st_h, rate, stat, C.ytd(rng, stat, max(1, prior // 5), 0.9, 1.0)))
    if rng.random() < 0.5:
        base = sum(e[3] for e in earnings)
        vac = money(base * Decimal("0.04"))
        earnings.append((("Vacation Pay 4%", "Vacances 4 %"), None, None, vac, C.ytd(rng, vac, prior, 0.9, 1.0)))
    gross = sum(e[3] for e in earnings)
    ytd_gross = sum(e[4] for e in earnings)
    ratio = ytd_gross / gross
    exemption = money(Decimal(3500) / per_year)
    pension = money((gross - exemption) * (Decimal("0.064") if qc else Decimal("0.0595")))
    ei = money(gross * (Decimal("0.0131") if qc else Decimal("0.0164")))
    fed = money(gross * Decimal(str(round(rng.uniform(0.07, 0.13), 4))) * (Decimal("0.835") if qc else 1))
    prov = money(gross * Decimal(str(round(rng.uniform(0.04, 0.09), 4))))

    def y(v, lo=0.97, hi=1.02):
        return max(v, money(v * ratio * Decimal(str(round(rng.uniform(lo, hi), 4)))))

    deductions = []
    split_tax = qc or rng.random() < 0.5
    if qc:
        deductions += [(("QPP", "RRQ"), pension, y(pension)), (("EI", "AE"), ei, y(ei)),
                       (("QPIP", "RQAP"), money(gross * Decimal("0.00494")), None),
                       (("Federal Tax", "Impôt fédéral"), fed, y(fed)),
                       (("Quebec Tax", "Impôt du Québec"), prov, y(prov))]
        deductions[2] = (deductions[2][0], deductions[2][1], y(deductions[2][1]))
    else:
        deductions += [(("CPP", "RPC"), pension, y(pension)), (("EI", "AE"), ei, y(ei))]
        if split_tax:
            deductions += [(("Federal Income Tax", ""), fed, y(fed)), ((f"{province} Provincial Tax", ""), prov, y(prov))]
        else:
            deductions.append((("Income Tax", ""), fed + prov, y(fed + prov)))
    if rng.random() < 0.35:
        dues = money(gross * Decimal("0.015"))
        deductions.append((("Union Dues", "Cotisation syndicale"), dues, y(dues)))
    if rng.random() < 0.5:
        ins = money(rng.uniform(8, 60))
        deductions.append((("Group Insurance", "Assurance collective"), ins, ins * (prior + 1)))
    if rng.random() < 0.3:
        rrsp = money(gross * Decimal("0.03"))
        deductions.append((("Group RRSP", "REER collectif"), rrsp, y(rrsp, 0.95, 1.0)))
    total = sum(d[1] for d in deductions)
    net = gross - total
    ytd_net = ytd_gross - sum(d[2] for d in deductions)
    french = qc
    style = {
        "french": french, "bilingual": qc or rng.random() < 0.15,
        "money": C.Money(thousands=" ", decimal=",", symbol="$", after=True) if french and rng.random() < 0.8
        else C.Money(symbol="$"),
        "date": rng.choice(["iso", "iso", "dmy", "mon_d_y"] if not french else ["iso", "dmy", "fr_d_month_y"]),
        "color": rng.choice([(170, 0, 20), (0, 80, 120), (30, 90, 40), (50, 50, 50)]),
        "family": rng.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Sans Condensed", "Liberation Sans Narrow",
                              "DejaVu Serif"]),
        "freq": rng.random() < 0.7, "ytd_net": rng.random() < 0.6, "layout": rng.choice(["columns", "stacked"]),
        "upper": rng.random() < 0.5,
    }
    name = ascii_upper(person.full_name) if style["upper"] else person.full_name
    emp_id = rng.choice([f"{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"])
    fields = {"employer_name": employer, "employee_name": name, "employee_id": emp_id,
              "pay_period_start": start.isoformat(), "pay_period_end": end.isoformat(), "pay_date": pay.isoformat(),
              "currency": "CAD", "gross_pay": canon_money(gross), "total_deductions": canon_money(total),
              "net_pay": canon_money(net), "ytd_gross": canon_money(ytd_gross)}
    if style["ytd_net"]:
        fields["ytd_net"] = canon_money(ytd_net)
    if style["freq"]:
        fields["pay_frequency"] = freq

    def label(pair):
        en, fr = pair
        if style["bilingual"] and fr and style["layout"] == "stacked":
            return f"{fr} / {en}" if style["french"] else f"{en} / {fr}"
        return fr if style["french"] and fr else en

    style["row_name"] = label
    page = _draw(rng, fields, style, employer, emp_addr, home, earnings, deductions, freq, ytd_net, province)
    meta = C.stub_meta([(label(n), h, r, c, yt) for n, h, r, c, yt in earnings],
                       [(label(n), c, yt) for n, c, yt in deductions], region="CA", province=province)
    return Document("pay_stub", fields, [page], f"pay_stub/{NAME}", style["family"], meta=meta)


def _draw(rng, fields, style, employer, emp_addr, home, earnings, deductions, freq, ytd_net, province):
    W, H = LETTER
    m = 40.0
    family = style["family"]
    size = 8.2
    col = style["color"]
    money_ = style["money"]
    num = money_.with_(symbol="")
    page = Page(W, H)

    def lab(en, fr):
        if style["bilingual"] and fr:
            return f"{fr} / {en}" if style["french"] else f"{en} / {fr}"
        return fr if style["french"] and fr else en

    def d(iso):
        return C.fdate(iso, style["date"])

    page.rect(0, 0, W, 8, stroke=None, fill=col)
    page.text(m, m + 10, employer, family, size + 5, bold=True, field="employer_name")
    page.text(m, m + 22, ", ".join(line for line, _ in address_lines(emp_addr)), family, size - 1, color=(90, 90, 90))
    page.text(W - m, m + 10, lab("Pay Statement", "Relevé de paie"), family, size + 4, bold=True, align="right",
              color=col)
    # info block: two columns of label: value
    y = m + 50
    s_txt, e_txt = d(fields["pay_period_start"]), d(fields["pay_period_end"])
    joiner = " au " if style["french"] else " to "
    period = s_txt + joiner + e_txt
    left = [(lab("Employee", "Employé(e)"), fields["employee_name"], "employee_name"),
            (lab("Employee #", "No d'employé"), fields["employee_id"], "employee_id"),
            ("SIN / NAS" if style["bilingual"] else "SIN", f"XXX XXX {rng.randint(100, 999)}", None),
            (lab("Department", "Service"), rng.choice(["Operations", "Warehouse", "Admin", "Clinic", "Production"]), None)]
    right = [(lab("Pay Period", "Période de paie"), period, "period"),
             (lab("Pay Date", "Date de paie"), d(fields["pay_date"]), "pay_date")]
    if "pay_frequency" in fields:
        en, fr = FREQ[freq]
        right.append((lab("Pay Frequency", "Fréquence"), fr if style["french"] else en, "pay_frequency"))
    # "Province" reads the same in both languages: a bilingual stub prints it once
    right.append(("Province" if style["bilingual"] else lab("Province of Employment", "Province d'emploi"),
                  province, None))
    for col_x, items, col_end in ((m, left, W * 0.47 - 8), (W * 0.47, right, W - m)):
        lw = max(C.width(label + ":", family, size - 0.5) for label, _, _ in items) + 8
        for i, (label, value, key) in enumerate(items):
            yy = y + i * size * 1.6
            page.text(col_x, yy, label + ":", family, size - 0.5, color=(70, 70, 70))
            marks = {key: (0, len(value))} if key and key != "period" else None
            if key == "period":
                marks = {"pay_period_start": (0, len(s_txt)), "pay_period_end": (len(value) - len(e_txt), len(value))}
            page.text(col_x + lw, yy, value, family, C.fit(value, family, size, col_end - col_x - lw, True),
                      bold=True, marks=marks)
    y += size * 1.6 * max(len(left), len(right)) + 16
    gross = Decimal(fields["gross_pay"])
    total = Decimal(fields["total_deductions"])
    e_rows = [[style["row_name"](n), None if r is None else num.fmt(r),
               None if h is None else f"{h:.2f}".replace(".", num.decimal), num.fmt(c), num.fmt(yt)]
              for n, h, r, c, yt in earnings]
    d_rows = [[style["row_name"](n), num.fmt(c), num.fmt(yt)] for n, c, yt in deductions]
    def head(en, fr):
        if style["bilingual"]:
            return (fr, en) if style["french"] else (en, fr)
        return lab(en, fr)

    head_e = [head("Earnings", "Gains"), head("Rate", "Taux"), head("Hours", "Heures"), head("Current", "Courant"),
              head("YTD", "Cumul")]
    head_d = [head("Deductions", "Retenues"), head("Current", "Courant"), head("YTD", "Cumul")]
    fill = C.tint(col, 0.85)
    if style["layout"] == "columns":
        lw = (W - 2 * m) * 0.56
        lx, rx, rw = m, m + lw + 10, W - 2 * m - lw - 10
        ce = [(lx + 3, "left"), (lx + lw * 0.5, "right"), (lx + lw * 0.64, "right"), (lx + lw * 0.82, "right"),
              (lx + lw - 3, "right")]
        cd = [(rx + 3, "left"), (rx + rw * 0.68, "right"), (rx + rw - 3, "right")]
        y1 = C.table(page, family, size - 0.4, y, ce, head_e, e_rows, head_fill=fill, x0=lx, x1=lx + lw,
                     head_size=size - 0.8)
        y2 = C.table(page, family, size - 0.4, y, cd, head_d, d_rows, head_fill=fill, x0=rx, x1=rx + rw,
                     head_size=size - 0.8)
        yt = max(y1, y2) + 4
        page.hline(m, W - m, yt - size, width=0.6)
        page.text(lx + 3, yt + 2, lab("Gross Pay", "Salaire brut"), family, size, bold=True)
        page.text(ce[3][0], yt + 2, num.fmt(gross), family, size, bold=True, align="right", field="gross_pay")
        page.text(ce[4][0], yt + 2, num.fmt(Decimal(fields["ytd_gross"])), family, size, bold=True, align="right",
                  field="ytd_gross")
        room = cd[1][0] - C.width(num.fmt(total), family, size, True) - 8 - (rx + 3)
        text = lab("Total Deductions", "Total des retenues")
        if C.fit(text, family, size, room, True) < size - 1.5:  # too long in two languages: the first one
            text = "Total des retenues" if style["french"] else "Total Deductions"
        page.text(rx + 3, yt + 2, text, family, C.fit(text, family, size, room, True), bold=True)
        page.text(cd[1][0], yt + 2, num.fmt(total), family, size, bold=True, align="right", field="total_deductions")
        page.text(cd[2][0], yt + 2, num.fmt(sum(dd[2] for dd in deductions)), family, size, bold=True, align="right")
        y = yt + size * 3
    else:
        ce = [(m + 3, "left"), (m + 215, "right"), (m + 290, "right"), (m + 400, "right"), (W - m - 3, "right")]
        y = C.table(page, family, size, y, ce, head_e, e_rows, head_fill=fill, x0=m, x1=W - m)
        page.text(m + 3, y + 1, lab("Gross Pay", "Salaire brut"), family, size, bold=True)
        page.text(ce[3][0], y + 1, num.fmt(gross), family, size, bold=True, align="right", field="gross_pay")
        page.text(ce[4][0], y + 1, num.fmt(Decimal(fields["ytd_gross"])), family, size, bold=True, align="right",
                  field="ytd_gross")
        y += size * 3
        cd = [(m + 3, "left"), (ce[3][0], "right"), (ce[4][0], "right")]
        y = C.table(page, family, size, y, cd, head_d, d_rows, head_fill=fill, x0=m, x1=W - m)
        page.text(m + 3, y + 1, lab("Total Deductions", "Total des retenues"), family, size, bold=True)
        page.text(cd[1][0], y + 1, num.fmt(total), family, size, bold=True, align="right", field="total_deductions")
        page.text(cd[2][0], y + 1, num.fmt(sum(dd[2] for dd in deductions)), family, size, bold=True, align="right")
        y += size * 3
    # net pay
    net_text = money_.fmt(Decimal(fields["net_pay"]))
    page.rect(W * 0.5, y - size - 5, W * 0.5 - m, size * 3.2, stroke=None, fill=col)
    page.text(W * 0.5 + 8, y + 3, lab("Net Pay", "Salaire net"), family, size + 2, bold=True, color=(255, 255, 255))
    page.text(W - m - 8, y + 3, net_text, family, size + 3, bold=True, align="right", color=(255, 255, 255),
              marks=C.sym_marks(net_text, "net_pay", "$"))
    if "ytd_net" in fields:
        page.text(m, y + 3, lab("YTD Net Pay", "Net cumulatif") + ":", family, size)
        page.text(m + 150, y + 3, num.fmt(ytd_net), family, size, bold=True, field="ytd_net")
    y += size * 4.5
    page.text(m, y, lab("Deposit to account", "Dépôt au compte") + f": {rng.choice(['815', '003', '010', '006'])}-"
              f"{rng.randint(10000, 99999)}-XXXX{rng.randint(100, 999)}", family, size - 0.5)
    page.text(W - m, y, lab("Amounts in Canadian dollars", "Montants en dollars canadiens"), family, size - 1,
              align="right", color=(90, 90, 90))
    y += size * 3
    page.text(m, y, fields["employee_name"], family, size, bold=True)
    C.address_block(page, m, y + size * 1.3, home, family, size)
    page.text(W - m, y, lab("Vacation balance (hrs)", "Solde vacances (h)") + f": {rng.uniform(0, 120):.2f}", family,
              size - 0.5, align="right")
    return page
