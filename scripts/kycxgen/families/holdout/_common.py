"""Shared helpers of the holdout families: invented issuer names, the number and
date forms these issuers print, account activity, pagination and drawing.

Everything here is driven by the `random.Random` a family is given; nothing
reads the clock or global state, so a seed always gives the same document.
"""

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ... import fonts
from ...checksums import aba_check_digit
from ...doctypes.page_common import wrap
from ...layout import Page

CENT = Decimal("0.01")
GREY = (105, 105, 105)
LIGHT = (228, 228, 228)

# ------------------------------------------------------------------ invented issuers

CREDIT_UNIONS = ["Ridgeline Federal Credit Union", "Tri-County Teachers Credit Union",
                 "Copper Basin Community Credit Union", "Lakeland Postal Employees FCU",
                 "Blue Heron Federal Credit Union", "Keystone Valley Credit Union",
                 "Sawtooth Employees Credit Union"]
US_BIG_BANKS = ["Continental Crest Bank, N.A.", "Union Harbor Bank", "Pioneer Plains National Bank",
                "AmeriStar Federal Bank, N.A.", "Great Inland Bank & Trust"]
US_REGIONAL_BANKS = ["Millbrook Savings Bank", "Second Street Bank", "Harbor County Bank",
                     "Bridgewater Community Bank", "Old Mill Bank & Trust", "Farmers & Millwrights Bank"]
UK_BANKS = ["Marlow & Pennine Bank", "Castlegate Bank plc", "Severn Vale Building Society",
            "Halberd Bank", "Wolds & Wharfe Bank plc"]
CA_BANKS = [("Northern Shield Bank", "Banque Bouclier du Nord"),
            ("Maplecrest Bank of Canada", "Banque Maplecrest du Canada"),
            ("Prairie Trust Bank", "Banque Fiducie des Prairies"),
            ("Caisse des Érables", "Caisse des Érables")]
EU_BANKS = {"DE": ["Kreissparkasse Wendelstein", "Elbmarsch Bank AG", "Volksbank Obertal eG"],
            "AT": ["Raabtaler Sparkasse", "Bergland Bank AG"],
            "FR": ["Banque des Tilleuls", "Banque Sauvigny", "Crédit du Val d'Orme"],
            "BE": ["Banque Sablonnière"]}
NEOBANKS = {"GB": ["Quokka Money", "Brightpenny Bank", "Nimbus Money"],
            "US": ["Fathom Bank", "Nimbus Money", "Orbitly Banking"],
            "EU": ["Fathom Bank Europe", "Quokka Money Europe"]}

EMPLOYERS_US = ["Harrow & Finch Logistics LLC", "Bramblewood Senior Living", "Quarrystone Builders Inc",
                "Tidewater Marine Supply Co", "Sunmeadow Organic Farms", "Ironbridge Precision Parts",
                "Clearbrook Pediatrics PC", "Lanternfish Studios Inc", "Redfern Auto Group",
                "Pelican Bay Hospitality LLC", "Gold Hill Coffee Roasters", "Westgate Dental Partners"]
RETAILERS_US = ["ValuMart Stores Inc", "Corner Basket Markets", "BuyRite Home Centers", "Sprout & Sons Grocers",
                "Fieldline Outfitters", "MegaSave Pharmacy Corp"]
PUBLIC_EMPLOYERS = ["County of Verdell", "Hollis Creek Unified School District", "City of Marrowfield",
                    "Tamarack Regional Transit Authority", "Department of Revenue, State of Columbia",
                    "Ashcombe County Sheriff's Office", "Pinecrest Public Library District"]
UK_EMPLOYERS = ["Kingsmead Joinery Ltd", "Brackenfield Care Homes Ltd", "Tollgate Freight Ltd",
                "Harewood Digital Ltd", "St Aldric's Academy Trust", "Wyvern Engineering plc",
                "Coppergate Hotels Ltd"]
CA_EMPLOYERS = ["Boréal Logistique inc.", "Timberwolf Energy Services Ltd", "Lakeshore Dental Group",
                "Groupe Alimentaire Beauchesne", "Red River Steel Fabricators", "Maple Leaf Community Care",
                "Pointe-Claire Médical inc."]
ES_EMPLOYERS = ["Golden Valley Packing LLC", "Sol y Tierra Landscaping", "Rio Grande Home Care Services",
                "Mesa Verde Construction Inc", "Harvest Moon Farms", "El Faro Restaurant Group"]
PAYROLL_PROVIDERS = ["PayCrest Payroll Services", "Ledgerline Payroll", "Tidewater HR Solutions",
                     "Keystone Payroll Systems"]

MERCHANTS_US = ["HILLTOP GROCERY", "SPEEDY FUEL", "ROSE CITY PHARMACY", "BRIGHT NOODLE HOUSE", "TIN CUP CAFE",
                "HOMEWAY HARDWARE", "OAKS CINEMA 8", "LUCKY PAWS PET SUPPLY", "DAILY GREENS MARKET",
                "BAYSIDE TACOS", "METRO PARKING", "PAGEBURNER BOOKS", "FRESHFIELDS SUPERMARKET",
                "QUICKHALT #2291", "PINEWOOD FAMILY DENTAL", "STARLINE AUTO WASH"]
BILLERS_US = ["VIREO FIBER", "SKYLARK WIRELESS", "CEDAR BLUFF WATER", "ALDERGATE GAS", "HOMESAFE INSURANCE",
              "GRANITE STATE MORTGAGE", "FLEXFIT GYM", "STREAMDECK TV", "METRO TRANSIT PASS"]
MERCHANTS_UK = ["KETTLEWELL STORES", "CRUMB & CO BAKERY", "THE DAILY GRIND", "HOLLYBANK CHEMIST", "PENNY LANE NEWS",
                "ALDWYCH FOODS", "THE RED LION", "RAILSTOP TICKETS", "FERNDALE FOODHALL", "HAMMER & NAIL DIY",
                "NORTHERN LINE TICKETS", "ASHDOWN SUPERSTORE", "THE COFFEE HOUSE", "FARROWS BUTCHERS"]
BILLERS_UK = ["PENNINE ENERGY", "VALE OF AVON WATER", "RELAY MOBILE", "COUNCIL TAX LEEDSHIRE",
              "HAREWOOD INSURANCE", "TV LICENSING BUREAU", "PARALLAX BROADBAND", "IRONWORKS GYM"]
MERCHANTS_CA = ["MARCHÉ BONPRIX", "DOUBLE-DOUBLE DONUTS", "ESSENCE DU NORD", "PHARMACIE LAFLEUR", "COOP ALIMENTAIRE",
                "NORTHERN HARDWARE", "CINÉ-PARC 6", "MAPLE DINER", "ÉPICERIE SAINT-JEAN", "PRAIRIE FRESH FOODS"]
BILLERS_CA = ["TIMBERLINE HYDRO", "NORTHSTAR TELECOM", "VILLE DE LAVAL TAXES", "PRAIRIE GAS", "ASSURANCE BOREAL"]
MERCHANTS_EU = ["FRISCHMARKT SÜD", "BÄCKEREI KORNFELD", "DROGERIE HELLWEG", "TANKSTELLE AM DEICH", "CAFÉ CENTRAL",
                "DISCOUNTA FILIALE 22", "APOTHEKE AM RING", "BUCHHANDLUNG LESEZEIT", "SUPERMARCHÉ DU MIDI",
                "BOULANGERIE DU PARC", "ÉPICERIE DES QUAIS", "PHARMACIE DES HALLES", "RAIL-EXPRESS VOYAGES",
                "LIBRAIRIE LA PLUME"]
BILLERS_EU = ["STADTWERKE LINDENTAL", "FUNKNETZ NORD", "ALLSAFE VERSICHERUNG", "KRAFTWERK FITNESS",
              "ÉNERGIES DU VAL D'ORME", "TÉLÉCOM AZUR", "MUTUELLE DES TILLEULS", "HABITAT DU VAL"]

# ------------------------------------------------------------------ money

def cents(value) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def canon(value) -> str:
    """The contract's money form."""
    return f"{cents(value):.2f}"


@dataclass(frozen=True)
class Money:
    """How an issuer prints an amount. `neg`: minus | paren | trailing | trail_space (1,234.56 -) |
    dr (1,234.56 DR) | od (1,234.56 D); `plus` prints '+' on positive amounts."""
    thou: str = ","
    dec: str = "."
    prefix: str = ""
    suffix: str = ""
    neg: str = "minus"
    plus: bool = False

    def digits(self, value) -> str:
        whole, frac = f"{abs(cents(value)):.2f}".split(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        return self.thou.join(groups) + self.dec + frac

    def __call__(self, value, signed: bool = True) -> str:
        value = cents(value)
        body = self.prefix + self.digits(value) + self.suffix
        if not signed or value >= 0:
            return ("+" + body) if (self.plus and signed and value > 0) else body
        return {"minus": "-" + body, "paren": "(" + body + ")", "trailing": body + "-",
                "trail_space": body + " -", "dr": body + " DR", "od": body + " D"}[self.neg]

    def bare(self, value) -> str:
        """The unsigned magnitude without symbol."""
        return self.digits(value)


US = Money()
US_SYM = Money(prefix="$")
# ------------------------------------------------------------------ dates

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def fdate(d: dt.date, style: str) -> str:
    """A date as these issuers print it."""
    mon = MONTHS_EN[d.month - 1]
    return {
        "mdy": f"{d:%m/%d/%Y}", "mdy2": f"{d:%m/%d/%y}", "md": f"{d:%m/%d}", "md_dash": f"{d:%m-%d}",
        "dmy": f"{d:%d/%m/%Y}", "dmy2": f"{d:%d/%m/%y}", "dm": f"{d:%d/%m}",
        "dot": f"{d:%d.%m.%Y}", "dot_short": f"{d:%d.%m.}", "dot2": f"{d:%d.%m.%y}",
        "iso": d.isoformat(),
        "dmony": f"{d.day:02d}{mon[:3]}{d:%y}",                  # 04May26
        "d_mon": f"{d.day:02d} {mon[:3]}",                       # 04 May
        "d_mon_nz": f"{d.day} {mon[:3]}",                        # 4 May
        "m_dd": f"{d.month}/{d.day:02d}",                        # 4/03
        "m_d_yy": f"{d.month}/{d.day}/{d:%y}",                   # 4/3/26
        "d_mon_y2": f"{d.day:02d} {mon[:3]} {d:%y}",             # 04 May 26
        "d_mon_y": f"{d.day} {mon[:3]} {d.year}",                # 4 May 2026
        "dd_mon_y": f"{d.day:02d} {mon[:3]} {d.year}",           # 04 May 2026
        "d_month_y": f"{d.day} {mon} {d.year}",                  # 4 May 2026
        "mon_d": f"{mon[:3]} {d.day}",                           # May 4
        "mon_dd": f"{mon[:3]} {d.day:02d}",                      # May 04
        "MON_DD": f"{mon[:3].upper()} {d.day:02d}",              # MAY 04
        "mon_d_y": f"{mon[:3]} {d.day}, {d.year}",               # May 4, 2026
        "month_d_y": f"{mon} {d.day}, {d.year}",                 # May 4, 2026
        "dd_MON_yyyy": f"{d.day:02d}-{mon[:3].upper()}-{d.year}",  # 04-MAY-2026
        "fr_long": f"{d.day if d.day > 1 else '1er'} {MONTHS_FR[d.month - 1]} {d.year}",
        "fr_abbr": f"{d.day} {MONTHS_FR_ABBR[d.month - 1]} {d.year}",
        "dd_monfr": f"{d.day:02d} {MONTHS_FR_ABBR[d.month - 1]}",         # 03 avr.
        "es_abbr": f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}",  # 03-abr-2026
        "es_long": f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}",
        "de_long": f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}",
    }[style]


def month_period(rng: random.Random, ref: dt.date, *, aligned: float = 0.65) -> tuple[dt.date, dt.date]:
    """A statement period of about a month ending 1-4 months before `ref` (always before `ref`:
    a statement is printed after its period closes)."""
    back = rng.randint(1, 4)
    day = 1 if rng.random() < aligned else rng.randint(2, 28)
    while True:
        y, m = ref.year, ref.month - back
        while m < 1:
            m += 12
            y -= 1
        start = dt.date(y, m, day)
        ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
        end = dt.date(ny, nm, start.day) - dt.timedelta(days=1)
        if end < ref:
            return start, end
        back += 1


def month_end(d: dt.date) -> dt.date:
    ny, nm = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return dt.date(ny, nm, 1) - dt.timedelta(days=1)


# ------------------------------------------------------------------ identifiers

def aba(rng: random.Random) -> str:
    first8 = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]):02d}" \
             f"{rng.randint(0, 999999):06d}"
    return first8 + aba_check_digit(first8)


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(10 ** (n - 1), 10 ** n - 1))


# ------------------------------------------------------------------ account activity

@dataclass
class Txn:
    day: dt.date
    kind: str
    desc: str
    amount: Decimal
    balance: Decimal = Decimal(0)
    show_balance: bool = True
    extra: dict = None


AMOUNTS = {  # kind -> (low, high, sign)
    "salary": (900, 4200, 1), "transfer_in": (20, 900, 1), "refund": (5, 180, 1), "interest": (0.05, 9, 1),
    "cash_in": (40, 800, 1), "cheque_in": (50, 1500, 1), "benefit": (80, 650, 1),
    "card": (2.5, 180, -1), "grocery": (12, 240, -1), "fuel": (20, 95, -1), "bill": (18, 260, -1),
    "rent": (650, 2200, -1), "atm": (20, 400, -1), "cheque": (25, 1400, -1), "transfer_out": (15, 1200, -1),
    "fee": (1, 25, -1), "loan": (120, 650, -1), "online": (4, 220, -1),
}


def activity(rng: random.Random, start: dt.date, end: dt.date, count: int, weights: dict, *,
             salary: int | None = None, opening=(300, 8000), floor=Decimal(25)) -> tuple[Decimal, list]:
    """(opening balance, [Txn] sorted by day) with running balances that never drop below `floor`.
    `weights` picks kinds for the rows after the salary rows."""
    span = (end - start).days
    salary = salary if salary is not None else (2 if count >= 16 else 1)
    rows = []
    for i in range(count):
        kind = "salary" if i < salary else rng.choices(list(weights), weights=list(weights.values()))[0]
        lo, hi, sign = AMOUNTS[kind]
        if kind == "atm":
            amount = Decimal(rng.choice([20, 40, 60, 80, 100, 120, 200, 300]))
        elif kind == "rent":
            amount = cents(rng.randint(lo, hi))
        else:
            amount = cents(rng.uniform(lo, hi))
        day = start + dt.timedelta(days=rng.randint(0, span))
        rows.append(Txn(day, kind, "", amount * sign))
    rows.sort(key=lambda t: t.day)
    bal = cents(rng.uniform(*opening))
    running, low = bal, bal
    for t in rows:
        running += t.amount
        low = min(low, running)
    if low < floor:
        bal += cents(floor - low + Decimal(rng.randint(10, 600)))
    opening_bal = bal
    for t in rows:
        bal += t.amount
        t.balance = bal
    return opening_bal, rows


def rebalance(opening: Decimal, rows: list) -> Decimal:
    bal = opening
    for t in rows:
        bal += t.amount
        t.balance = bal
    return bal


def last_of_day(rows: list, i: int) -> bool:
    return i + 1 == len(rows) or rows[i + 1].day != rows[i].day


def txn_truth(rows: list) -> list:
    return [{"date": t.day.isoformat(), "description": " ".join(t.desc.split()), "amount": canon(t.amount),
             "balance": canon(t.balance) if t.show_balance else None} for t in rows]


def ref_code(rng: random.Random, n: int, alphabet="0123456789ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ------------------------------------------------------------------ drawing

def tw(text: str, family: str, size: float, bold: bool = False) -> float:
    return fonts.text_width(text, family, size, bold)


def wrap_lines(text: str, family: str, size: float, width: float, bold=False) -> list[str]:
    """Word wrap that also breaks words longer than the width."""
    out = []
    for line in wrap(text, family, size, width, bold):
        while tw(line, family, size, bold) > width and len(line) > 4:
            cut = len(line)
            while cut > 1 and tw(line[:cut], family, size, bold) > width:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def monogram(page: Page, x: float, y: float, size: float, color, letters: str, family: str,
             shape: str = "square", baseline: float | None = None) -> None:
    """A brand mark: initials reversed out of a coloured shape. With `baseline`, the shape is
    placed so the initials sit on that baseline (the brand name's), which keeps a text layer's
    reading order: mark, then name."""
    fs = size * (0.42 if len(letters) > 1 else 0.6)
    if baseline is not None:
        y = baseline - size * 0.5 - fs * 0.36
    if shape == "circle":
        page.ellipse(x, y, size, size, fill=color)
    elif shape == "shield":
        page.polygon([(x, y), (x + size, y), (x + size, y + size * 0.6), (x + size / 2, y + size),
                      (x, y + size * 0.6)], fill=color)
    else:
        page.rect(x, y, size, size, stroke=None, fill=color, radius=size * 0.18)
    page.text(x + size / 2, y + size * 0.5 + fs * 0.36, letters, family, fs, bold=True, color=(255, 255, 255),
              align="center")


def waves(page: Page, x: float, y: float, w: float, color, n: int = 3) -> None:
    """Decorative horizontal bands (utility and neobank headers)."""
    for i in range(n):
        shade = tuple(min(255, c + (255 - c) * i // (n + 1)) for c in color)
        page.rect(x, y + i * 3.2, w - i * w * 0.18, 2.2, stroke=None, fill=shade)


def initials(name: str) -> str:
    words = [w for w in name.replace("&", " ").replace(",", " ").split() if w[0].isalpha() and w[0].isupper()]
    return "".join(w[0] for w in words[:2]) or name[:2].upper()


def label_value(page: Page, x: float, y: float, label: str, value: str, family: str, size: float, *,
                field=None, marks=None, vx=None, bold_value=False, label_color=(0, 0, 0), gap=5.0,
                label_bold=True, color=(0, 0, 0)) -> float:
    w = page.text(x, y, label, family, size, bold=label_bold, color=label_color)
    vx = vx if vx is not None else x + w + gap
    return vx + page.text(vx, y, value, family, size, bold=bold_value, field=field, marks=marks, color=color)




def address_block(page: Page, x: float, y: float, lines: list, family: str, size: float, *, lead=1.3,
                  mark_prefix=None, color=(0, 0, 0), first_bold=False, first_field=None) -> float:
    """Draws [(text, spans)] lines; spans of address parts are marked as `mark_prefix`+part when given.
    Returns the y below the block."""
    for k, (line, spans) in enumerate(lines):
        marks = {f"{mark_prefix}{part}": span for part, span in spans.items()} if mark_prefix else None
        page.text(x, y, line, family, size, marks=marks, color=color, bold=first_bold and k == 0,
                  field=first_field if k == 0 else None)
        y += size * lead
    return y


class Flow:
    """Places rows on pages: `start()` gives the first (page, y); when a row does not fit above
    `bottom`, `new_page(pages)` is called and must return the y where rows continue."""

    def __init__(self, pages: list, y: float, bottom: float, new_page):
        self.pages = pages
        self.y = y
        self.bottom = bottom
        self.new_page = new_page

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, h: float, before_break=None) -> bool:
        """Makes room for h points; returns True if a new page was started."""
        if self.y + h <= self.bottom:
            return False
        if before_break:
            before_break(self.page, self.y)
        self.y = self.new_page(self.pages)
        return True


def footer_pages(pages: list, family: str, size: float, fmt: str, margin: float, *, y=None, align="right",
                 color=GREY) -> None:
    n = len(pages)
    for i, p in enumerate(pages, start=1):
        text = fmt.format(i=i, n=n)
        yy = y if y is not None else p.height - margin * 0.55
        x = {"right": p.width - margin, "center": p.width / 2, "left": margin}[align]
        p.text(x, yy, text, family, size, align=align, color=color)


def fine(page: Page, x: float, y: float, width: float, text: str, family: str, size: float,
         color=GREY, lead=1.3) -> float:
    for line in wrap_lines(text, family, size, width):
        page.text(x, y, line, family, size, color=color)
        y += size * lead
    return y






def street_like(rng: random.Random) -> str:
    """An upper-case street fragment as terminals print it ("MAPLE ST")."""
    from ...addresses import STREET_ROOTS
    return f"{rng.choice(STREET_ROOTS).upper()} {rng.choice(['ST', 'AVE', 'RD', 'BLVD', 'DR'])}"


# ------------------------------------------------------------------ bills

def bill_balance(rng: random.Random, *, prev=(25, 260), paid_full=0.8, zero_prev=0.1) -> tuple[Decimal, Decimal]:
    """(previous balance, payments received since) of a bill account."""
    if rng.random() < zero_prev:
        return Decimal("0.00"), Decimal("0.00")
    previous = cents(rng.uniform(*prev))
    if rng.random() < paid_full:
        return previous, previous
    return previous, cents(previous * Decimal(str(round(rng.uniform(0.3, 0.95), 2))))


def bill_meta(region: str, kind: str, charges: list, previous: Decimal, paid: Decimal) -> dict:
    return {"region": region, "utility": kind,
            "charges": [{"description": d, "amount": canon(a)} for d, a in charges],
            "previous_balance": canon(previous), "payments": canon(paid)}


def service_fields(addr, prefix_region=True) -> dict:
    out = {"service_address_street": addr.street, "service_address_city": addr.city,
           "service_address_postal_code": addr.postal_code}
    if addr.region and prefix_region:
        out["service_address_region"] = addr.region
    return out


def one_line(lines: list, sep: str = ", ") -> tuple[str, dict]:
    """Address lines joined on one line, with the part spans shifted."""
    text, spans = "", {}
    for k, (line, parts) in enumerate(lines):
        if k:
            text += sep
        for part, (a, b) in parts.items():
            spans[part] = (len(text) + a, len(text) + b)
        text += line
    return text, spans
