"""Check digits of the identifiers the generated documents carry.

Pure functions; the tests use the same ones to re-verify rendered documents.
"""

import string

_ALNUM = string.digits + string.ascii_uppercase


def aba_is_valid(routing: str) -> bool:
    """True if `routing` is 9 digits whose ABA weighted sum (3,7,1) is a multiple of 10."""
    if len(routing) != 9 or not routing.isdigit():
        return False
    d = [int(c) for c in routing]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return total % 10 == 0


def aba_check_digit(first8: str) -> str:
    """The 9th digit that makes `first8` + digit a valid ABA routing number."""
    d = [int(c) for c in first8]
    partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return str((10 - partial % 10) % 10)


def _iban_numeric(text: str) -> int:
    return int("".join(str(_ALNUM.index(c)) for c in text))


def iban_is_valid(iban: str) -> bool:
    """True if the compact IBAN passes the ISO 13616 mod-97 test."""
    iban = iban.replace(" ", "").upper()
    if len(iban) < 15 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    return _iban_numeric(iban[4:] + iban[:4]) % 97 == 1


def iban_from_bban(country: str, bban: str) -> str:
    """The compact IBAN for a country code and BBAN, with its two check digits."""
    remainder = _iban_numeric(bban + country + "00") % 97
    return f"{country}{98 - remainder:02d}{bban}"


def iban_grouped(iban: str) -> str:
    """The paper form of an IBAN: groups of four characters."""
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def luhn_check_digit(digits: str) -> str:
    """The Luhn (mod 10) digit to append to `digits`."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def french_rib_key(bank: str, branch: str, account: str) -> str:
    """The two-digit French RIB key of a bank code, branch code and account."""
    letters = {c: v for v, chars in enumerate(
        ["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]) for c in chars}
    acc = "".join(str(letters[c]) if c.isalpha() else c for c in account)
    value = 89 * int(bank) + 15 * int(branch) + 3 * int(acc)
    return f"{97 - value % 97:02d}"


def belgian_account_check(first10: str) -> str:
    """The two check digits of a Belgian account number (mod 97, 97 for zero)."""
    r = int(first10) % 97
    return f"{r if r else 97:02d}"


def spanish_dni_letter(number: int) -> str:
    """The control letter of a Spanish DNI number."""
    return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23]


def dutch_bsn_is_valid(bsn: str) -> bool:
    """The Dutch '11-test' for a 9-digit citizen service number."""
    d = [int(c) for c in bsn]
    total = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
    return total % 11 == 0


def ssn_is_valid(ssn: str) -> bool:
    """True for NNN-NN-NNNN with an area not 000/666/9xx, group not 00, serial not 0000."""
    parts = ssn.split("-")
    if [len(p) for p in parts] != [3, 2, 4] or not all(p.isdigit() for p in parts):
        return False
    area, group, serial = parts
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


# IRS campus prefixes valid for an Employer Identification Number.
EIN_PREFIXES = tuple(
    f"{n:02d}" for n in [1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26,
                         27, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
                         48, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67,
                         68, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91,
                         92, 93, 94, 95, 98, 99])


def ein_is_valid(ein: str) -> bool:
    """True for NN-NNNNNNN with a valid IRS prefix."""
    parts = ein.split("-")
    return ([len(p) for p in parts] == [2, 7] and all(p.isdigit() for p in parts)
            and parts[0] in EIN_PREFIXES)
