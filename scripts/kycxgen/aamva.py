"""AAMVA DL/ID card design standard (2020) PDF417 payloads: building and parsing.

A payload is: compliance indicator "@", data element separator LF, record
separator RS, segment terminator CR, file type "ANSI ", the issuer's 6-digit IIN,
AAMVA version (2 digits), jurisdiction version (2 digits), number of entries
(2 digits), then per subfile its designator (type, 4-digit offset from the start
of the file, 4-digit length), then the subfiles: type + elements separated by LF,
the last one terminated by CR. Pure functions; bytes are ASCII."""

import datetime as dt
from dataclasses import dataclass

LF, RS, CR = "\n", "\x1e", "\r"
HEADER_PREFIX = "@" + LF + RS + CR + "ANSI "


@dataclass(frozen=True)
class Subfile:
    kind: str                # "DL", "ID", or a jurisdiction subfile such as "ZC"
    elements: tuple          # ((element id, value), ...)
    trailing_lf: bool = False  # some issuers end the last element with LF before CR


def encode(iin: str, version: int, jurisdiction_version: int, subfiles: list[Subfile]) -> bytes:
    """The payload bytes; offsets and lengths are computed, never guessed."""
    bodies = []
    for sub in subfiles:
        text = sub.kind + LF.join(f"{eid}{value}" for eid, value in sub.elements)
        bodies.append(text + (LF if sub.trailing_lf else "") + CR)
    header_len = len(HEADER_PREFIX) + 6 + 2 + 2 + 2 + 10 * len(subfiles)
    designators, offset = [], header_len
    for sub, body in zip(subfiles, bodies):
        designators.append(f"{sub.kind}{offset:04d}{len(body):04d}")
        offset += len(body)
    header = f"{HEADER_PREFIX}{iin}{version:02d}{jurisdiction_version:02d}{len(subfiles):02d}" + "".join(designators)
    assert len(header) == header_len
    return (header + "".join(bodies)).encode("ascii")


def decode(payload: bytes) -> dict:
    """Parses a payload into {"iin", "version", "jurisdiction_version", "subfiles":
    {type: {element: value}}}. Raises ValueError on a malformed header."""
    text = payload.decode("ascii")
    if not text.startswith(HEADER_PREFIX):
        raise ValueError("missing AAMVA compliance indicator / file type")
    pos = len(HEADER_PREFIX)
    iin, version, jver, count = text[pos:pos + 6], int(text[pos + 6:pos + 8]), int(text[pos + 8:pos + 10]), \
        int(text[pos + 10:pos + 12])
    pos += 12
    subfiles = {}
    for i in range(count):
        d = text[pos + 10 * i:pos + 10 * (i + 1)]
        kind, offset, length = d[:2], int(d[2:6]), int(d[6:10])
        body = text[offset:offset + length]
        if not body.startswith(kind) or not body.endswith(CR):
            raise ValueError(f"subfile {kind} does not match its designator")
        elements = {}
        for line in body[2:-1].split(LF):
            if line:
                elements[line[:3]] = line[3:]
        subfiles[kind] = elements
    return {"iin": iin, "version": version, "jurisdiction_version": jver, "subfiles": subfiles}


def fmt_date(day: dt.date, country: str) -> str:
    """MMDDCCYY in the USA, CCYYMMDD in Canada."""
    return day.strftime("%m%d%Y") if country == "USA" else day.strftime("%Y%m%d")


def parse_date(value: str, country: str) -> dt.date:
    if country == "USA":
        return dt.date(int(value[4:8]), int(value[0:2]), int(value[2:4]))
    return dt.date(int(value[0:4]), int(value[4:6]), int(value[6:8]))


def postal_field(postal: str, country: str) -> str:
    """DAK: US ZIP as 9 digits (+4 zero-filled when unknown), Canada without the space;
    left-justified and space-padded to 11 characters."""
    if country == "USA":
        digits = postal.replace("-", "")
        return (digits + "0000")[:9].ljust(11)
    return postal.replace(" ", "").ljust(11)


def postal_from_field(value: str, country: str) -> str:
    """Inverse of postal_field, to the printed form: "95818", "95818-1234", "M5V 2T6"."""
    value = value.strip()
    if country == "USA":
        zip5, plus4 = value[:5], value[5:9]
        return zip5 if plus4 in ("", "0000") else f"{zip5}-{plus4}"
    return f"{value[:3]} {value[3:6]}"


SEX_CODES = {"M": "1", "F": "2", "X": "9"}


def fields_from_payload(payload: bytes) -> dict:
    """The contract's drivers_license fields carried by a payload."""
    parsed = decode(payload)
    sub = parsed["subfiles"].get("DL") or parsed["subfiles"]["ID"]
    country = sub.get("DCG", "USA")
    if "DAC" in sub:
        given = " ".join(p for p in (sub["DAC"], sub.get("DAD", "")) if p and p != "NONE")
    else:
        given = " ".join(sub["DCT"].replace(",", " ").split())
    street = " ".join(p for p in (sub["DAG"], sub.get("DAH", "")) if p)
    fields = {
        "document_number": sub["DAQ"], "surname": sub["DCS"], "given_names": given,
        "date_of_birth": parse_date(sub["DBB"], country).isoformat(),
        "date_of_issue": parse_date(sub["DBD"], country).isoformat(),
        "date_of_expiry": parse_date(sub["DBA"], country).isoformat(),
        "sex": {v: k for k, v in SEX_CODES.items()}[sub["DBC"]],
        "address_street": street, "address_city": sub["DAI"], "address_state": sub["DAJ"],
        "address_postal_code": postal_from_field(sub["DAK"], country),
        "issuing_jurisdiction": sub["DAJ"],
    }
    return fields
