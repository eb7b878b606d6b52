"""Pay-stub helpers of the holdout families: pay periods, earning and deduction
lines with year-to-date figures, the truth meta, and amounts in words."""

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from . import _common as C


@dataclass
class Earn:
    name: str
    hours: Decimal | None
    rate: Decimal | None
    current: Decimal
    ytd: Decimal | None


@dataclass
class Ded:
    name: str
    current: Decimal
    ytd: Decimal | None


def period(rng: random.Random, freq: str, ref: dt.date, *, pay_lag=(2, 6), week_start=None):
    """(start, end, pay date, number of this period in the calendar year); the period has
    ended and been paid before `ref` (the day the document is looked at)."""
    anchor = ref - dt.timedelta(days=rng.randint(8, 75))
    ws = None
    if freq in ("weekly", "biweekly"):
        ws = week_start if week_start is not None else rng.choice([0, 6, 5])  # Mon, Sun, Sat
    while True:
        if freq in ("weekly", "biweekly"):
            length = 7 if freq == "weekly" else 14
            first = dt.date(anchor.year, 1, 1)
            first += dt.timedelta(days=(ws - first.weekday()) % 7)
            k = max(0, (anchor - first).days // length)
            start = first + dt.timedelta(days=k * length)
            end = start + dt.timedelta(days=length - 1)
            number = k + 1
            pay = end + dt.timedelta(days=rng.randint(*pay_lag))
        elif freq == "semimonthly":
            if anchor.day <= 15:
                start, end = anchor.replace(day=1), anchor.replace(day=15)
            else:
                start, end = anchor.replace(day=16), C.month_end(anchor)
            number = 2 * (anchor.month - 1) + (1 if anchor.day <= 15 else 2)
            pay = end + dt.timedelta(days=rng.randint(0, 5))
        else:
            start, end = anchor.replace(day=1), C.month_end(anchor)
            number = anchor.month
            pay = end - dt.timedelta(days=rng.choice([0, 0, 1, 3, 5])) if rng.random() < 0.5 else \
                end + dt.timedelta(days=rng.randint(0, 4))
        if end < ref and pay < ref:
            return start, end, pay, number
        anchor = min(anchor, start) - dt.timedelta(days=1)


HOURS = {"weekly": Decimal("40"), "biweekly": Decimal("80"), "semimonthly": Decimal("86.67"),
         "monthly": Decimal("173.33")}


def ytd_of(rng: random.Random, current: Decimal, prior: int, low=0.85, high=1.1) -> Decimal:
    if prior <= 0:
        return current
    return current + C.cents(current * prior * Decimal(str(round(rng.uniform(low, high), 4))))


def hourly(rng, name, hours, rate, prior, *, ytd=True, low=0.85, high=1.1) -> Earn:
    cur = C.cents(hours * rate)
    return Earn(name, hours, rate, cur, ytd_of(rng, cur, prior, low, high) if ytd else None)


def flat(rng, name, amount, prior, *, ytd=True, low=0.9, high=1.05) -> Earn:
    amount = C.cents(amount)
    return Earn(name, None, None, amount, ytd_of(rng, amount, prior, low, high) if ytd else None)


def ded(rng, name, amount, prior, *, ytd=True, low=0.9, high=1.08) -> Ded:
    amount = C.cents(amount)
    return Ded(name, amount, ytd_of(rng, amount, prior, low, high) if ytd else None)


def meta(earnings: list, deductions: list) -> dict:
    return {"earnings": [{"name": e.name, "hours": None if e.hours is None else f"{e.hours:.2f}",
                          "rate": None if e.rate is None else str(e.rate), "current": C.canon(e.current),
                          "ytd": None if e.ytd is None else C.canon(e.ytd)} for e in earnings],
            "deductions": [{"name": d.name, "current": C.canon(d.current),
                            "ytd": None if d.ytd is None else C.canon(d.ytd)} for d in deductions]}


def totals(earnings: list, deductions: list) -> dict:
    gross = sum((e.current for e in earnings), Decimal(0))
    dsum = sum((d.current for d in deductions), Decimal(0))
    out = {"gross": gross, "ded": dsum, "net": gross - dsum}
    if all(e.ytd is not None for e in earnings):
        out["ytd_gross"] = sum((e.ytd for e in earnings), Decimal(0))
        if all(d.ytd is not None for d in deductions):
            out["ytd_ded"] = sum((d.ytd for d in deductions), Decimal(0))
            out["ytd_net"] = out["ytd_gross"] - out["ytd_ded"]
    return out


_ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
         "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " Hundred" + (" " + _words(n % 100) if n % 100 else "")
    return _words(n // 1000) + " Thousand" + (" " + _words(n % 1000) if n % 1000 else "")


def amount_words(value: Decimal) -> str:
    """'One Thousand Two Hundred Four and 56/100' as cheques print it."""
    whole = int(value)
    cents = int((value - whole) * 100)
    return f"{_words(whole) or 'Zero'} and {cents:02d}/100"
