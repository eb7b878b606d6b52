"""How dates and amounts are printed, in every style a document may use.

Truth values stay canonical (CONTRACT.md section 2: dates YYYY-MM-DD, money
"-1234.50"); only the printed text varies. `all_*_renderings` list every printed
form so tests can look a truth value up in a text layer.
"""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

CURRENCY_SYMBOL = {"USD": "$", "CAD": "$", "GBP": "£", "EUR": "€"}


def money(value) -> Decimal:
    """`value` rounded half-up to cents."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def canon_money(value: Decimal) -> str:
    """The contract's money form: two decimals, no separators, leading '-' if negative."""
    return f"{money(value):.2f}"


def canon_date(day: dt.date) -> str:
    """The contract's date form, YYYY-MM-DD."""
    return day.isoformat()


def _group(value: Decimal, thousands: str, decimal: str) -> str:
    whole, frac = f"{abs(value):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return thousands.join(groups) + decimal + frac


def _us(v):
    return _group(v, ",", ".")


def _eu(v):
    return _group(v, ".", ",")


def _fr(v):
    return _group(v, " ", ",")


# style -> (positive template, negative template, number grouping); "{s}" is the
# currency symbol, "{c}" the ISO code, "{n}" the grouped magnitude.
MONEY_STYLES = {
    "plain": ("{n}", "-{n}", _us),
    "symbol": ("{s}{n}", "-{s}{n}", _us),
    "code": ("{c} {n}", "{c} -{n}", _us),
    "paren": ("{n}", "({n})", _us),
    "symbol_paren": ("{s}{n}", "({s}{n})", _us),
    "trailing": ("{n}", "{n}-", _us),
    "bare": ("{n}", "-{n}", lambda v: f"{abs(v):.2f}"),
    "eu": ("{n}", "-{n}", _eu),
    "eu_symbol": ("{n} {s}", "-{n} {s}", _eu),
    "eu_code": ("{c} {n}", "{c} -{n}", _eu),
    "fr": ("{n} {s}", "-{n} {s}", _fr),
}

US_MONEY_STYLES = ["plain", "symbol", "code", "paren", "symbol_paren", "bare"]
EU_MONEY_STYLES = ["eu", "eu_symbol", "eu_code", "fr"]


def fmt_money(value, style: str, currency: str) -> str:
    """`value` printed in `style`; the sign is shown the way the style shows it."""
    value = money(value)
    pos, neg, grouping = MONEY_STYLES[style]
    template = neg if value < 0 else pos
    return template.format(s=CURRENCY_SYMBOL.get(currency, ""), c=currency, n=grouping(value))


def fmt_magnitude(value, style: str, currency: str) -> str:
    """The unsigned amount in `style` (for Debit/Credit columns)."""
    return fmt_money(abs(money(value)), style, currency)


DATE_STYLES = {
    "us_slash": lambda d: d.strftime("%m/%d/%Y"),
    "eu_slash": lambda d: d.strftime("%d/%m/%Y"),
    "iso": lambda d: d.isoformat(),
    "dot": lambda d: d.strftime("%d.%m.%Y"),
    "dash_dmy": lambda d: d.strftime("%d-%m-%Y"),
    "d_mon_y": lambda d: f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year}",
    "mon_d_y": lambda d: f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    "month_d_y": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "d_month_y": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "d_mon_y_dash": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",
}

# Short forms without a year, used inside transaction tables.
SHORT_DATE_STYLES = {
    "mm_dd": lambda d: d.strftime("%m/%d"),
    "dd_mm": lambda d: d.strftime("%d/%m"),
    "d_mon": lambda d: f"{d.day:02d} {MONTHS[d.month - 1][:3]}",
    "mon_d": lambda d: f"{MONTHS[d.month - 1][:3]} {d.day:02d}",
    "dd_mm_dot": lambda d: d.strftime("%d.%m."),
}

US_DATE_STYLES = ["us_slash", "iso", "mon_d_y", "month_d_y", "d_mon_y"]
UK_DATE_STYLES = ["eu_slash", "d_mon_y", "d_month_y", "d_mon_y_dash", "iso"]
EU_DATE_STYLES = ["dot", "eu_slash", "dash_dmy", "iso", "d_mon_y"]


def fmt_date(day: dt.date, style: str) -> str:
    """`day` printed in one of DATE_STYLES or SHORT_DATE_STYLES."""
    if style in DATE_STYLES:
        return DATE_STYLES[style](day)
    return SHORT_DATE_STYLES[style](day)


def all_date_renderings(day: dt.date) -> list[str]:
    """Every full-date form the generator can print for `day` (upper- and title-case)."""
    forms = [f(day) for f in DATE_STYLES.values()]
    forms += [day.strftime("%m/%d/%y"), f"{day.day:02d} {MONTHS[day.month - 1][:3].upper()} {day.year}"]
    return forms + [f.upper() for f in forms]


def all_money_renderings(value: Decimal, currency: str) -> list[str]:
    """Every form the generator can print for `value`, signed and unsigned."""
    value = money(value)
    out = []
    for style in MONEY_STYLES:
        out.append(fmt_money(value, style, currency))
        out.append(fmt_magnitude(value, style, currency))
    return out


def collapse_ws(text: str) -> str:
    """White space collapsed to single spaces, trimmed (the contract's name rule)."""
    return " ".join(text.split())
