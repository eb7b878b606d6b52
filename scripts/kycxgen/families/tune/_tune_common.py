"""Helpers shared by the tune families written for the readers' rebuild: how
money and dates are printed in many national styles, identifiers with valid
check digits, statement rows and running balances, pay periods, and a few
drawing aids (address blocks with marks, paged tables).

Only the `random.Random` a family is given is used, so documents stay a pure
function of the seed."""

import datetime as dt
import random
from dataclasses import dataclass, replace
from decimal import Decimal

from ... import fonts
from ...addresses import address_lines
from ...checksums import aba_check_digit, iban_from_bban
from ...layout import Page
from ...textfmt import canon_money, money

# ---------------------------------------------------------------- money


@dataclass(frozen=True)
class Money:
    """How one document prints amounts.

    neg: "minus" (-1,234.56), "paren" ((1,234.56)), "trail" (1,234.56-),
         "suffix" (1,234.56 CR: neg_suffix), "unicode" (−1,234.56)
    pos_suffix: printed after positive amounts ("1.234,56 H")
    symbol: "$", "£", "€", "CAD" ...; `after` puts it behind the number
    plus: positive amounts carry an explicit "+"."""
    thousands: str = ","
    decimal: str = "."
    neg: str = "minus"
    neg_suffix: str = ""
    pos_suffix: str = ""
    symbol: str = ""
    after: bool = False
    plus: bool = False
    sym_space: bool = False   # "CAD 12.00" / "12,00 €": a space between symbol and number

    def number(self, value) -> str:
        whole, frac = f"{abs(money(value)):.2f}".split(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        return self.thousands.join(groups) + self.decimal + frac

    def body(self, value) -> str:
        n = self.number(value)
        if not self.symbol:
            return n
        if self.after:
            return f"{n} {self.symbol}"
        return f"{self.symbol} {n}" if self.sym_space else f"{self.symbol}{n}"

    def fmt(self, value) -> str:
        """The signed amount as this document prints it."""
        value = money(value)
        body = self.body(value)
        if value < 0:
            return {"minus": "-" + body, "unicode": "\u2212" + body, "paren": f"({body})",
                    "trail": body + "-", "suffix": body + self.neg_suffix}[self.neg]
        if value > 0 and self.plus:
            body = "+" + body
        return body + (self.pos_suffix if value > 0 else "")

    def mag(self, value) -> str:
        """The unsigned amount (for Debit/Credit columns)."""
        return self.body(abs(money(value)))

    def with_(self, **kw) -> "Money":
        return replace(self, **kw)


SYMBOL = {"USD": "$", "CAD": "$", "GBP": "£", "EUR": "€"}

# ---------------------------------------------------------------- dates

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
}
MON_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MON_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _mon(d, lang="en"):
    return MONTHS[lang][d.month - 1][:3]


DATE = {
    # full dates
    "mdy": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "mdy_np": lambda d: f"{d.month}/{d.day}/{d.year}",
    "mdy2": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
    "mdy_dash": lambda d: f"{d.month:02d}-{d.day:02d}-{d.year}",
    "dmy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "dmy_dot": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "dmy_dash": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "dmy2_dot": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "iso": lambda d: d.isoformat(),
    "ymd_slash": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "d_mon_y": lambda d: f"{d.day:02d} {_mon(d)} {d.year}",
    "d_mon_y_np": lambda d: f"{d.day} {_mon(d)} {d.year}",
    "d_mon_y_up": lambda d: f"{d.day:02d} {_mon(d).upper()} {d.year}",
    "d_month_y": lambda d: f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}",
    "ord_month_y": lambda d: f"{ordinal(d.day)} {MONTHS['en'][d.month - 1]} {d.year}",
    "ord_mon_y": lambda d: f"{ordinal(d.day)} {_mon(d)} {d.year}",
    "d_mon_y_dash": lambda d: f"{d.day:02d}-{_mon(d)}-{d.year}",
    "d_mon_y_dash_up": lambda d: f"{d.day:02d}-{_mon(d).upper()}-{d.year}",
    "d_mon_y2_dash": lambda d: f"{d.day:02d}-{_mon(d)}-{d.year % 100:02d}",
    "mon_d_y": lambda d: f"{_mon(d)} {d.day}, {d.year}",
    "mon_dd_y_up": lambda d: f"{_mon(d).upper()} {d.day:02d}, {d.year}",
    "month_d_y": lambda d: f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
    "ddmonyy": lambda d: f"{d.day:02d}{_mon(d)}{d.year % 100:02d}",
    "fr_d_month_y": lambda d: f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][d.month - 1]} {d.year}",
    "de_d_month_y": lambda d: f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}",
    "nl_d_mon_y": lambda d: f"{d.day} {MON_NL[d.month - 1]} {d.year}",
    "nl_d_month_y": lambda d: f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}",
    # without a year (rows of a table whose period gives the year)
    "md": lambda d: f"{d.month:02d}/{d.day:02d}",
    "md_np": lambda d: f"{d.month}/{d.day}",
    "dm": lambda d: f"{d.day:02d}/{d.month:02d}",
    "dm_dot": lambda d: f"{d.day:02d}.{d.month:02d}.",
    "d_mon": lambda d: f"{d.day:02d} {_mon(d)}",
    "d_mon_np": lambda d: f"{d.day} {_mon(d)}",
    "d_mon_dash": lambda d: f"{d.day}-{_mon(d)}",
    "mon_dd_up": lambda d: f"{_mon(d).upper()} {d.day:02d}",
    "mon_d": lambda d: f"{_mon(d)} {d.day}",
    "fr_d_mon": lambda d: f"{d.day:02d} {MON_FR[d.month - 1]}",
    "wd_d_month": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS['en'][d.month - 1]}",
    "wd_month_d": lambda d: f"{WEEKDAYS[d.weekday()]}, {MONTHS['en'][d.month - 1]} {d.day}",
    "wd_d_month_y": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS['en'][d.month - 1]} {d.year}",
}


def fdate(day, style: str) -> str:
    """`day` (a date or an ISO string) printed in `style`."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return DATE[style](day)


# ---------------------------------------------------------------- identifiers

BIC_LETTERS = "ABCDEFGHJKLMNPRSTUVWXZ"


def aba(rng: random.Random) -> str:
    first8 = f"{rng.choice(list(range(1, 13)) + list(range(21, 33))):02d}{rng.randint(0, 999999):06d}"
    return first8 + aba_check_digit(first8)


def bic(rng: random.Random, country: str) -> str:
    code = "".join(rng.choice(BIC_LETTERS) for _ in range(4)) + country + rng.choice(["2X", "22", "33", "MM", "FF"])
    return code + (rng.choice(["XXX", "", "", f"{rng.randint(100, 999)}"]))


def uk_bank(rng: random.Random) -> dict:
    sort = f"{rng.randint(10, 99)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
    account = f"{rng.randint(10000000, 99999999)}"
    bank = "".join(rng.choice(BIC_LETTERS) for _ in range(4))
    return {"sort_code": sort, "account_number": account,
            "iban": iban_from_bban("GB", bank + sort.replace("-", "") + account), "bank_code": bank}


def de_bank(rng: random.Random) -> dict:
    blz = f"{rng.randint(10000000, 89999999)}"
    account = f"{rng.randint(10 ** 9, 10 ** 10 - 1)}"
    return {"blz": blz, "account_number": account, "iban": iban_from_bban("DE", blz + account)}


def at_bank(rng: random.Random) -> dict:
    blz = f"{rng.randint(10000, 99999)}"
    account = f"{rng.randint(10 ** 10, 10 ** 11 - 1)}"
    return {"blz": blz, "account_number": account, "iban": iban_from_bban("AT", blz + account)}


def nl_bank(rng: random.Random) -> dict:
    bank = rng.choice(["DLBK", "GRWB", "TULP", "ZWBK", "HVNL"])
    account = f"{rng.randint(10 ** 8, 10 ** 10 - 1):010d}"
    return {"account_number": account, "iban": iban_from_bban("NL", bank + account), "bank_code": bank}


# ---------------------------------------------------------------- periods


def month_period(rng: random.Random, ref: dt.date, calendar_share: float = 0.6) -> tuple[dt.date, dt.date]:
    """A statement month 1-4 months before `ref`: a calendar month, or an
    anchored cycle (the 7th to the 6th)."""
    back = rng.randint(1, 4)
    year, month = ref.year, ref.month - back
    while month < 1:
        month += 12
        year -= 1
    day = 1 if rng.random() < calendar_share else rng.randint(2, 28)
    start = dt.date(year, month, day)
    nxt = dt.date(year + (month == 12), month % 12 + 1, day)
    if nxt > ref:  # a cycle still running on the reference day: take the one before
        start, nxt = dt.date(year - (month == 1), (month - 2) % 12 + 1, day), start
    return start, nxt - dt.timedelta(days=1)


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def last_of_month(day: dt.date) -> dt.date:
    return next_month(day) - dt.timedelta(days=1)


def pay_period(rng: random.Random, freq: str, ref: dt.date, year_start: tuple = (1, 1)
               ) -> tuple[dt.date, dt.date, dt.date, int]:
    """(start, end, pay date, number of this period in the (tax) year from 1).
    `year_start` (month, day) is where YTD figures restart (UK: 6 April)."""
    anchor = ref - dt.timedelta(days=rng.randint(21, 90))
    if freq in ("weekly", "biweekly"):
        length = 7 if freq == "weekly" else 14
        base = dt.date(anchor.year, 1, 1)
        base += dt.timedelta(days=(rng.choice([0, 5, 6]) - base.weekday()) % 7)
        n = (anchor - base).days // length
        start = base + dt.timedelta(days=n * length)
        end = start + dt.timedelta(days=length - 1)
        pay = end + dt.timedelta(days=rng.choice([3, 5, 6, 7]))
    elif freq == "semimonthly":
        if anchor.day <= 15:
            start, end = anchor.replace(day=1), anchor.replace(day=15)
        else:
            start, end = anchor.replace(day=16), last_of_month(anchor)
        pay = end + dt.timedelta(days=rng.choice([0, 0, 5]))
    else:
        start, end = anchor.replace(day=1), last_of_month(anchor)
        pay = end if rng.random() < 0.5 else end - dt.timedelta(days=end.day - min(25, end.day))
    ys = dt.date(pay.year, *year_start)
    if pay < ys:
        ys = dt.date(pay.year - 1, *year_start)
    per_year = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}[freq]
    number = max(1, min(per_year, int((pay - ys).days / (365.25 / per_year)) + 1))
    return start, end, pay, number


# ---------------------------------------------------------------- statement rows


@dataclass
class Row:
    date: dt.date
    kind: str          # salary, credit, card, bill, cash, transfer, check, fee, interest
    amount: Decimal    # signed: credits positive
    desc: str = ""


AMOUNTS = {
    "salary": (900, 4200), "credit": (12, 650), "refund": (4, 180), "interest": (0.05, 9),
    "card": (2.5, 210), "bill": (18, 340), "cash": None, "transfer": (25, 1600), "check": (20, 1450),
    "fee": (1, 35), "rent": (650, 2200),
}
CREDIT_KINDS = {"salary", "credit", "refund", "interest"}


def make_rows(rng: random.Random, start: dt.date, end: dt.date, count: int, weights: dict,
              salaries: int | None = None) -> list[Row]:
    """`count` rows with kinds drawn by `weights` (at least one salary), sorted by date."""
    days = (end - start).days
    salaries = salaries if salaries is not None else (2 if count > 16 else 1)
    kinds = ["salary"] * salaries + rng.choices(list(weights), weights=list(weights.values()), k=count - salaries)
    rows = []
    for kind in kinds:
        day = start + dt.timedelta(days=rng.randint(0, days))
        if kind == "cash":
            value = Decimal(rng.choice([20, 40, 50, 60, 80, 100, 120, 200, 250]))
        elif kind == "fee":
            value = Decimal(rng.choice(["2.50", "4.90", "5.00", "7.95", "9.90", "12.00", "15.00"]))
        elif kind == "salary":
            value = money(rng.uniform(*AMOUNTS[kind]))
        else:
            lo, hi = AMOUNTS[kind]
            value = money(lo + (hi - lo) * rng.random() ** 1.7)
        if value == 0:
            value = Decimal("1.00")
        rows.append(Row(day, kind, value if kind in CREDIT_KINDS else -value))
    rows.sort(key=lambda r: r.date)
    return rows


def opening_for(rng: random.Random, rows: list[Row], low: float = 120, high: float = 9000,
                floor: Decimal = Decimal(0)) -> Decimal:
    """An opening balance that keeps the running balance at or above `floor`."""
    opening = money(rng.uniform(low, high))
    running, lowest = opening, opening
    for r in rows:
        running += r.amount
        lowest = min(lowest, running)
    if lowest < floor:
        opening += money(floor - lowest + Decimal(rng.randint(15, 800)))
    return opening


def running(opening: Decimal, rows: list) -> list[Decimal]:
    out, bal = [], opening
    for r in rows:
        bal += r.amount
        out.append(bal)
    return out


def tx_truth(row: Row, balance: Decimal | None) -> dict:
    return {"date": row.date.isoformat(), "description": " ".join(row.desc.split()),
            "amount": canon_money(row.amount), "balance": None if balance is None else canon_money(balance)}


def totals(rows) -> tuple[Decimal, Decimal]:
    credits = sum((r.amount for r in rows if r.amount > 0), Decimal(0))
    debits = -sum((r.amount for r in rows if r.amount < 0), Decimal(0))
    return credits, debits


def ref_code(rng: random.Random, n: int, alphabet: str = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- drawing


def address_block(page: Page, x: float, y: float, addr, family: str, size: float, *, prefix: str | None = None,
                   lead: float = 1.3, color=(0, 0, 0), one_line: bool = False, bold: bool = False) -> float:
    """Prints an address (its lines, or one line joined with ", "); with `prefix`
    ("service_address_") every part is marked. Returns the y of the last line."""
    lines = address_lines(addr)
    if one_line:
        text, marks, off = "", {}, 0
        for i, (line, spans) in enumerate(lines):
            if i:
                text += ", "
            off = len(text)
            text += line
            for k, (s, e) in spans.items():
                marks[f"{prefix}{k}"] = (off + s, off + e)
        page.text(x, y, text, family, size, color=color, bold=bold, marks=marks if prefix else None)
        return y
    for i, (line, spans) in enumerate(lines):
        marks = {f"{prefix}{k}": v for k, v in spans.items()} if prefix else None
        page.text(x, y + i * size * lead, line, family, size, color=color, bold=bold, marks=marks)
    return y + (len(lines) - 1) * size * lead


def address_fields(addr, prefix: str = "service_address_") -> dict:
    out = {f"{prefix}street": addr.street, f"{prefix}city": addr.city, f"{prefix}postal_code": addr.postal_code}
    if addr.region:
        out[f"{prefix}region"] = addr.region
    return out


def width(text: str, family: str, size: float, bold: bool = False) -> float:
    return fonts.text_width(text, family, size, bold)


def fit(text: str, family: str, size: float, max_width: float, bold: bool = False) -> float:
    return fonts.fit_size(text, family, size, max_width, bold)


def dashed(page: Page, x0: float, x1: float, y: float, dash: float = 4, gap: float = 3, width_: float = 0.5,
           color=(110, 110, 110)) -> None:
    x = x0
    while x < x1:
        page.hline(x, min(x + dash, x1), y, width=width_, color=color)
        x += dash + gap


def scissors_line(page: Page, x0: float, x1: float, y: float, family: str, size: float, text: str) -> None:
    dashed(page, x0, x1, y)
    if text:
        w = width(text, family, size)
        mid = (x0 + x1) / 2
        page.rect(mid - w / 2 - 4, y - size * 0.7, w + 8, size * 1.3, stroke=None, fill=(255, 255, 255))
        page.text(mid, y + size * 0.35, text, family, size, align="center", color=(100, 100, 100))


def tint(color: tuple, amount: float) -> tuple:
    """`color` mixed with white (amount 0 = color, 1 = white)."""
    return tuple(int(c + (255 - c) * amount) for c in color)


def lines_height(n: int, size: float, lead: float) -> float:
    return (n - 1) * size * lead


def masked(number: str, keep: int = 4, char: str = "X") -> str:
    return char * max(0, len(number) - keep) + number[-keep:]


class Flow:
    """A cursor that runs down the pages of a statement: `need(h)` starts a new
    page (drawing its continuation header via `on_new(page) -> y`) when fewer
    than `h` points are left above `bottom`."""

    def __init__(self, pages: list, size: tuple, bottom: float, on_new, y: float):
        self.pages = pages
        self.W, self.H = size
        self.bottom = bottom
        self.on_new = on_new
        self.y = y

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> Page:
        page = Page(self.W, self.H)
        self.pages.append(page)
        self.y = self.on_new(page)
        return page

    def need(self, h: float) -> bool:
        """True when a new page was started."""
        if self.y + h > self.bottom:
            self.new_page()
            return True
        return False


def fit_rows(build, rows: list, single_page: bool, minimum: int = 8):
    """Calls build(rows) -> (pages, result); on a one-page format drops the last
    rows until the statement fits one page."""
    while True:
        pages, result = build(rows)
        if not single_page or len(pages) == 1:
            return pages, result
        if len(rows) <= minimum:
            raise AssertionError("statement does not fit one page with the minimum number of rows")
        rows = rows[:max(minimum, len(rows) - max(1, (len(rows) - minimum) // 3))]


def sym_marks(text: str, key: str, symbol: str, marks: dict | None = None) -> dict:
    """Marks for a printed amount: `key` and "currency" over the whole text when
    it holds the currency's symbol or code (a box must cover whole words)."""
    out = dict(marks or {})
    out[key] = (0, len(text))
    if symbol and symbol in text:
        out["currency"] = (0, len(text))
    return out


def table(page: Page, family: str, size: float, y: float, cols: list, header: list | None, rows: list, *,
          lead: float = 1.45, head_fill=None, head_color=(0, 0, 0), head_bold=True, rule_color=None,
          x0: float | None = None, x1: float | None = None, head_size: float | None = None) -> float:
    """A simple table. cols: [(x, align)]; header: texts (or None); rows: lists of
    cells, each None, a text, or (text, marks dict, bold). Returns the y below it."""
    hs = head_size or size
    if header:
        two = any(isinstance(t, tuple) for t in header)   # (first line, second line) headers
        extra = hs * 1.1 if two else 0
        if head_fill is not None and x0 is not None:
            page.rect(x0, y - hs - 2.5, x1 - x0, hs + 6.5 + extra, stroke=None, fill=head_fill)
        for (x, align), text in zip(cols, header):
            if isinstance(text, tuple):
                page.text(x, y, text[0], family, hs, bold=head_bold, color=head_color, align=align)
                page.text(x, y + hs * 1.1, text[1], family, hs - 1, color=head_color, align=align)
            elif text:
                page.text(x, y, text, family, hs, bold=head_bold, color=head_color, align=align)
        y += size * (lead + 0.3) + extra
    for cells in rows:
        for (x, align), cell in zip(cols, cells):
            if cell is None:
                continue
            text, marks, bold = (cell, None, False) if isinstance(cell, str) else (cell + (False,))[:3]
            page.text(x, y, text, family, size, bold=bold, align=align, marks=marks)
        if rule_color is not None and x0 is not None:
            page.hline(x0, x1, y + size * 0.45, width=0.25, color=rule_color)
        y += size * lead
    return y


def ytd(rng: random.Random, current: Decimal, prior: int, low: float = 0.9, high: float = 1.08) -> Decimal:
    """A year-to-date figure: this period plus `prior` periods of about the same size."""
    return current + money(current * prior * Decimal(str(round(rng.uniform(low, high), 4))))


def stub_meta(earnings: list, deductions: list, **extra) -> dict:
    """Truth meta of a pay stub: earnings [(name, hours, rate, current, ytd)] and
    deductions [(name, current, ytd)]; ytd None where the stub prints none."""
    out = {"earnings": [{"name": n, "hours": None if h is None else f"{h:.2f}", "rate": None if r is None else str(r),
                         "current": canon_money(c), "ytd": None if y is None else canon_money(y)}
                        for n, h, r, c, y in earnings],
           "deductions": [{"name": n, "current": canon_money(c), "ytd": None if y is None else canon_money(y)}
                          for n, c, y in deductions]}
    out.update(extra)
    return out


def bill_meta(previous: Decimal, payments: Decimal, charges: list, **extra) -> dict:
    """Truth meta of a bill: amount due = previous - payments + sum(charges);
    each charge carries its printed name (also as "description", the key the
    classic family uses)."""
    out = {"previous_balance": canon_money(previous), "payments": canon_money(payments),
           "charges": [{"name": n, "description": n, "amount": canon_money(a)} for n, a in charges]}
    out.update(extra)
    return out


def bar_chart(page: Page, x: float, y: float, w: float, h: float, values: list, labels: list, family: str,
              size: float, color: tuple, last_color: tuple | None = None) -> None:
    """A usage history chart: one bar per value, the last one highlighted."""
    top = max(values) or 1
    bw = w / len(values)
    page.hline(x, x + w, y + h, width=0.5, color=(120, 120, 120))
    for i, (v, lab) in enumerate(zip(values, labels)):
        bh = (h - 4) * v / top
        page.rect(x + i * bw + bw * 0.18, y + h - bh, bw * 0.64, bh, stroke=None,
                  fill=(last_color or color) if i == len(values) - 1 else color)
        page.text(x + i * bw + bw / 2, y + h + size + 1, lab, family, size, align="center", color=(90, 90, 90))
