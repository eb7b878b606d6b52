"""ICAO 9303 machine readable zones: transliteration, check digits, TD1/TD2/TD3.

All functions are pure. Builders raise ValueError rather than truncate a name,
so callers can draw another name: the truth must equal what the MRZ holds.
"""

import datetime as dt
import unicodedata
from dataclasses import dataclass

_WEIGHTS = (7, 3, 1)

# ICAO 9303 Part 3, section 6 (recommended transliterations).
_TRANSLIT = {"Ä": "AE", "Å": "AA", "Æ": "AE", "Ö": "OE", "Ø": "OE", "Ü": "UE", "ß": "SS",
             "Œ": "OE", "Þ": "TH", "Ł": "L", "Đ": "D", "Ĳ": "IJ", "Ð": "D"}


def char_value(ch: str) -> int:
    """ICAO value of an MRZ character: digits as is, A=10 ... Z=35, '<' = 0."""
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    if ch == "<":
        return 0
    raise ValueError(f"not an MRZ character: {ch!r}")


def check_digit(field: str) -> str:
    """The 7-3-1 weighted check digit of `field`."""
    return str(sum(char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(field)) % 10)


def transliterate(text: str) -> str:
    """`text` in MRZ characters: uppercase A-Z, hyphens and spaces to '<',
    apostrophes and other punctuation dropped, diacritics per ICAO 9303."""
    out = []
    for ch in text.upper():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        elif ch in " -":
            out.append("<")
        elif "A" <= ch <= "Z" or ch.isdigit():
            out.append(ch)
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(base if base.isascii() and base.isalpha() else "")
    return "".join(out)


def mrz_to_text(field: str) -> str:
    """An MRZ field as the contract states it: fillers to spaces, collapsed, trimmed."""
    return " ".join(field.replace("<", " ").split())


def name_field(surname: str, given_names: str, width: int) -> str:
    """SURNAME<<GIVEN<NAMES padded to `width`. REQUIRES: the name fits unabridged."""
    field = transliterate(surname) + "<<" + transliterate(given_names)
    if len(field) > width:
        raise ValueError(f"name does not fit in {width} MRZ characters: {field}")
    return field.ljust(width, "<")


def yymmdd(day: dt.date) -> str:
    return day.strftime("%y%m%d")


def pad(value: str, width: int) -> str:
    if len(value) > width:
        raise ValueError(f"{value!r} longer than {width}")
    return value.ljust(width, "<")


def optional_check(field: str) -> str:
    """Check digit for an optional field; '<' when the field is all fillers."""
    return "<" if set(field) == {"<"} else check_digit(field)


@dataclass(frozen=True)
class MrzData:
    """What an MRZ encodes, already in MRZ characters (except the dates)."""
    document_code: str      # "P<", "PD", "I<", "ID", "C<" ...
    issuing_state: str      # "UTO", "D", ...
    surname: str            # as printed in the VIZ, transliterated here
    given_names: str
    document_number: str    # at most 9 characters, A-Z0-9
    nationality: str
    date_of_birth: dt.date
    sex: str                # "M", "F" or "X" (written "<")
    date_of_expiry: dt.date
    optional: str = ""      # TD3 personal number, TD1 line-1 / TD2 optional data


def _sex(sex: str) -> str:
    return "<" if sex == "X" else sex


def td3(d: MrzData) -> list[str]:
    """The two 44-character lines of a passport (TD3)."""
    line1 = pad(d.document_code, 2) + pad(d.issuing_state, 3) + name_field(d.surname, d.given_names, 39)
    number = pad(d.document_number, 9)
    personal = pad(d.optional, 14)
    line2 = (number + check_digit(number) + pad(d.nationality, 3) + yymmdd(d.date_of_birth)
             + check_digit(yymmdd(d.date_of_birth)) + _sex(d.sex) + yymmdd(d.date_of_expiry)
             + check_digit(yymmdd(d.date_of_expiry)) + personal + optional_check(personal))
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    return [line1, line2 + check_digit(composite)]


def td1(d: MrzData) -> list[str]:
    """The three 30-character lines of an ID-1 size card (TD1)."""
    number = pad(d.document_number, 9)
    line1 = pad(d.document_code, 2) + pad(d.issuing_state, 3) + number + check_digit(number) + pad(d.optional, 15)
    line2 = (yymmdd(d.date_of_birth) + check_digit(yymmdd(d.date_of_birth)) + _sex(d.sex)
             + yymmdd(d.date_of_expiry) + check_digit(yymmdd(d.date_of_expiry))
             + pad(d.nationality, 3) + "<" * 11)
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    line3 = name_field(d.surname, d.given_names, 30)
    return [line1, line2 + check_digit(composite), line3]


def td2(d: MrzData) -> list[str]:
    """The two 36-character lines of an ID-2 size document (TD2)."""
    line1 = pad(d.document_code, 2) + pad(d.issuing_state, 3) + name_field(d.surname, d.given_names, 31)
    number = pad(d.document_number, 9)
    line2 = (number + check_digit(number) + pad(d.nationality, 3) + yymmdd(d.date_of_birth)
             + check_digit(yymmdd(d.date_of_birth)) + _sex(d.sex) + yymmdd(d.date_of_expiry)
             + check_digit(yymmdd(d.date_of_expiry)) + pad(d.optional, 7))
    composite = line2[0:10] + line2[13:20] + line2[21:35]
    return [line1, line2 + check_digit(composite)]


def build(kind: str, d: MrzData) -> list[str]:
    """The MRZ lines of `kind` ("TD1", "TD2" or "TD3")."""
    return {"TD1": td1, "TD2": td2, "TD3": td3}[kind](d)


def check_lines(lines: list[str]) -> list[str]:
    """Names of the check digits that do NOT verify in `lines` (empty when all pass)."""
    bad = []

    def verify(name, field, digit):
        expected = "<" if digit == "<" and set(field) == {"<"} else check_digit(field)
        if digit != expected:
            bad.append(name)

    if len(lines) == 2 and len(lines[0]) == 44:
        l2 = lines[1]
        verify("document_number", l2[0:9], l2[9])
        verify("date_of_birth", l2[13:19], l2[19])
        verify("date_of_expiry", l2[21:27], l2[27])
        verify("personal_number", l2[28:42], l2[42])
        verify("composite", l2[0:10] + l2[13:20] + l2[21:43], l2[43])
    elif len(lines) == 3:
        l1, l2 = lines[0], lines[1]
        verify("document_number", l1[5:14], l1[14])
        verify("date_of_birth", l2[0:6], l2[6])
        verify("date_of_expiry", l2[8:14], l2[14])
        verify("composite", l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29])
    else:
        l2 = lines[1]
        verify("document_number", l2[0:9], l2[9])
        verify("date_of_birth", l2[13:19], l2[19])
        verify("date_of_expiry", l2[21:27], l2[27])
        verify("composite", l2[0:10] + l2[13:20] + l2[21:35], l2[35])
    return bad
