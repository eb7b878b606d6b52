"""US and Canadian driver's licences: a printed front and a back carrying a real
AAMVA PDF417 barcode. Output variants: both sides as two pages (scanned PDF,
TIFF), both sides in one image (PNG, JPEG), or a phone photo of the back only
(every truth field is then carried by the barcode)."""

import datetime as dt
import random

from .. import aamva, barcodes, fonts
from ..addresses import CA_PROVINCES, US_STATES, ca_address, us_address
from ..layout import MM, Document, Page
from ..people import ascii_upper, random_person
from . import GenContext
from .card_art import THEMES, guilloche, photo_placeholder, signature

FORMATS = ("scanned_pdf", "tiff", "png", "jpeg", "photo")

# AAMVA issuer identification numbers of the jurisdictions we generate.
IIN = {"CA": "636014", "TX": "636015", "NY": "636001", "FL": "636010", "IL": "636035", "WA": "636045",
       "PA": "636025", "OH": "636023", "GA": "636055", "AZ": "636026", "CO": "636020", "MA": "636002",
       "NC": "636004", "MI": "636032", "OR": "636029", "NJ": "636036",
       "ON": "636012", "BC": "636028", "AB": "604432", "QC": "604428", "NS": "636013", "MB": "636048"}

EYES = ["BRO", "BLU", "GRN", "HAZ", "GRY", "BLK"]
HAIR = ["BRO", "BLK", "BLN", "RED", "GRY", "WHI"]


def dl_number(rng: random.Random, state: str) -> str:
    letter = rng.choice("ABCDEFGHJKLMNPRSTVWXYZ")

    def digits(n):
        return "".join(rng.choice("0123456789") for _ in range(n))

    shapes = {"CA": lambda: letter + digits(7), "TX": lambda: digits(8), "NY": lambda: digits(9),
              "FL": lambda: letter + digits(12), "IL": lambda: letter + digits(11), "PA": lambda: digits(8),
              "OH": lambda: letter + rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") + digits(6), "GA": lambda: digits(9),
              "AZ": lambda: letter + digits(8), "CO": lambda: digits(9), "MA": lambda: "S" + digits(8),
              "NC": lambda: digits(12), "MI": lambda: letter + digits(12), "OR": lambda: digits(7),
              "NJ": lambda: letter + digits(14), "WA": lambda: "WDL" + "".join(
                  rng.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(9)),
              "ON": lambda: letter + digits(14), "BC": lambda: digits(7), "AB": lambda: digits(9),
              "QC": lambda: letter + digits(12), "NS": lambda: letter * 2 + digits(9), "MB": lambda: digits(9)}
    return shapes[state]()


def _birthday_in(year: int, dob: dt.date) -> dt.date:
    try:
        return dob.replace(year=year)
    except ValueError:
        return dt.date(year, 3, 1)


def generate(rng: random.Random, ctx: GenContext) -> Document:
    canada = rng.random() < 0.25
    state = rng.choice(list(CA_PROVINCES if canada else US_STATES))
    country = "CAN" if canada else "USA"
    person = random_person(rng, ctx.reference_date, min_age=17, max_age=88)
    addr = ca_address(rng, state) if canada else us_address(rng, state)
    years = rng.choice([4, 5, 8]) if not canada else 5
    issue = ctx.reference_date - dt.timedelta(days=rng.randint(20, years * 365 - 40))
    if rng.random() < 0.05:
        issue -= dt.timedelta(days=years * 365)
    expiry = _birthday_in(issue.year + years, person.date_of_birth)
    surname, first = ascii_upper(person.surname), ascii_upper(person.given_names[0])
    middle = ascii_upper(" ".join(person.given_names[1:]))
    street, city = ascii_upper(addr.street).replace(",", ""), ascii_upper(addr.city)
    number = dl_number(rng, state)
    fields = {
        "document_number": number, "surname": surname, "given_names": " ".join(p for p in (first, middle) if p),
        "date_of_birth": person.date_of_birth.isoformat(), "date_of_issue": issue.isoformat(),
        "date_of_expiry": expiry.isoformat(), "sex": person.sex, "address_street": street,
        "address_city": city, "address_state": state, "address_postal_code": addr.postal_code,
        "issuing_jurisdiction": state,
    }
    physical = {"eyes": rng.choice(EYES), "hair": rng.choice(HAIR), "height_in": rng.randint(58, 77),
                "class": rng.choice(["D", "C"] if not canada else ["G", "5"]),
                "dd": "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([10, 16, 20])))}
    payload, version = _payload(rng, fields, person, physical, country, first, middle)
    family = rng.choice(fonts.CARD_FAMILIES)
    theme = rng.choice(THEMES)
    variant = rng.choice(["numbered", "plain", "name_line"])
    front = _front(rng, fields, physical, family, theme, variant, country, state, issue, expiry, person)
    back = _back(rng, payload, family, theme, state, country)
    assert aamva.fields_from_payload(payload) == fields, "barcode must carry the truth"
    meta = {"pdf417_payload": payload.decode("ascii"), "aamva_version": version, "iin": IIN[state],
            "sides": ["front", "back"] if ctx.fmt != "photo" else ["back"]}
    return Document("drivers_license", fields, [front, back], f"drivers_license/{variant}", family,
                    kind="card", meta=meta, sides="pair_back_photo")


def _payload(rng, fields, person, physical, country, first, middle) -> tuple[bytes, int]:
    version = rng.choices([3, 4, 5, 6, 7, 8, 9, 10], weights=[1, 1, 1, 1, 2, 6, 8, 8])[0]
    d = lambda iso: aamva.fmt_date(dt.date.fromisoformat(iso), country)  # noqa: E731
    height = f"{physical['height_in']:03d} in" if country == "USA" else f"{round(physical['height_in'] * 2.54):03d} cm"
    street = fields["address_street"]
    street_parts = [("DAG", street)]
    for marker in (" APT ", " UNIT ", " #"):
        if marker in street and rng.random() < 0.5:
            cut = street.index(marker)
            street_parts = [("DAG", street[:cut]), ("DAH", street[cut + 1:])]
            break
    names = ([("DCS", fields["surname"]), ("DCT", ",".join(p for p in (first, middle) if p))] if version <= 3 else
             [("DCS", fields["surname"]), ("DAC", first), ("DAD", middle or "NONE")])
    elements = [("DCA", physical["class"]), ("DCB", "NONE"), ("DCD", "NONE"), ("DBA", d(fields["date_of_expiry"])),
                *names, ("DBD", d(fields["date_of_issue"])), ("DBB", d(fields["date_of_birth"])),
                ("DBC", aamva.SEX_CODES[fields["sex"]]), ("DAY", physical["eyes"]), ("DAU", height),
                *street_parts, ("DAI", fields["address_city"]), ("DAJ", fields["address_state"]),
                ("DAK", aamva.postal_field(fields["address_postal_code"], country)),
                ("DAQ", fields["document_number"]), ("DCF", physical["dd"]), ("DCG", country)]
    if version >= 4:
        elements += [("DDE", "N"), ("DDF", "N"), ("DDG", "N")]
    elements += [("DAZ", physical["hair"]), ("DCK", "".join(rng.choice("0123456789") for _ in range(12)))]
    if version >= 5:
        elements.append(("DDB", "08292017"))
    if rng.random() < 0.4:
        elements.append(("DDK", "1"))
    if rng.random() < 0.5:  # many issuers put the licence number first
        daq = next(e for e in elements if e[0] == "DAQ")
        elements = [daq] + [e for e in elements if e[0] != "DAQ"]
    subfiles = [aamva.Subfile("DL", tuple(elements), trailing_lf=rng.random() < 0.3)]
    if rng.random() < 0.5:
        z = "Z" + fields["address_state"][0]
        subfiles.append(aamva.Subfile(z, ((z + "A", rng.choice(["FRONT", "CLASS C", "NONE"])),
                                          (z + "B", f"{rng.randint(1, 99):02d}"))))
    iin = IIN[fields["address_state"]]
    return aamva.encode(iin, version, rng.randint(0, 9), subfiles), version


def _fmt_date(day: dt.date, country: str, style: str) -> str:
    if country == "USA":
        return day.strftime("%m/%d/%Y")
    return day.strftime("%Y/%m/%d") if style == "slash" else day.isoformat()


def _front(rng, fields, physical, family, theme, variant, country, state, issue, expiry, person) -> Page:
    page = Page(85.6 * MM, 54 * MM, background=theme["tint"])
    guilloche(page, rng, 2 * MM, 9 * MM, 81 * MM, 43 * MM, theme["guilloche"], lines=12)
    region_name = (CA_PROVINCES if country == "CAN" else US_STATES)[state][0].upper()
    title = "DRIVER'S LICENCE / PERMIS DE CONDUIRE" if country == "CAN" else rng.choice(
        ["DRIVER LICENSE", "DRIVER'S LICENSE", "DRIVER LICENSE  USA"])
    page.rect(0, 0, page.width, 9 * MM, stroke=None, fill=theme["accent"])
    page.text(3 * MM, 5 * MM, region_name, family, fonts.fit_size(region_name, family, 10, 40 * MM, True),
              bold=True, color=(255, 255, 255))
    page.text(82.6 * MM, 7.6 * MM, title, family, fonts.fit_size(title, family, 5.6, 42 * MM, True), bold=True,
              color=(255, 255, 255), align="right")
    photo_placeholder(page, rng, 3 * MM, 11 * MM, 23 * MM, 29 * MM)
    signature(page, rng, 3 * MM, 43 * MM, 24 * MM, 7 * MM)
    ink, labc = theme["ink"], (150, 30, 30)
    date_style = rng.choice(["slash", "iso"])
    x, y, vs, ls = 29 * MM, 13.2 * MM, 6.6, 4.4
    numbered = variant != "plain"
    lbl = (lambda n, t: f"{n} {t}" if numbered else t)

    def pair(px, py, label, value, field=None, size=vs, bold=True):
        w = page.text(px, py, label, family, ls, color=labc)
        page.text(px + w + 1.2, py, value, family, size, bold=bold, color=ink, field=field)

    pair(x, y, lbl("4d", "DL" if country == "USA" else "NUMBER/NUMÉRO"), fields["document_number"],
         "document_number", size=8)
    y += 4.6 * MM
    if variant == "name_line":
        text = f"{fields['surname']}, {fields['given_names']}"
        n = len(fields["surname"])
        size = fonts.fit_size(text, family, vs, 53 * MM, True)
        page.text(x, y, text, family, size, bold=True, color=ink,
                  marks={"surname": (0, n), "given_names": (n + 2, len(text))})
        y += 3.4 * MM
    else:
        for label, key in ((lbl("1", "LN" if not numbered else ""), "surname"),
                           (lbl("2", "FN" if not numbered else ""), "given_names")):
            w = page.text(x, y, label.strip(), family, ls, color=labc)
            size = fonts.fit_size(fields[key], family, vs, 53 * MM - w, True)
            page.text(x + w + 1.2, y, fields[key], family, size, bold=True, color=ink, field=key)
            y += 3.4 * MM
    w = page.text(x, y, lbl("8", "ADDR" if not numbered else "").strip(), family, ls, color=labc)
    page.text(x + w + 1.2, y, fields["address_street"], family,
              fonts.fit_size(fields["address_street"], family, vs - 0.6, 52 * MM - w), color=ink,
              field="address_street")
    y += 3.0 * MM
    city_line = f"{fields['address_city']}, {state} {fields['address_postal_code']}"
    c, s0 = len(fields["address_city"]), len(fields["address_city"]) + 2
    page.text(x + w + 1.2, y, city_line, family, fonts.fit_size(city_line, family, vs - 0.6, 52 * MM - w),
              color=ink, marks={"address_city": (0, c), "address_state": (s0, s0 + len(state)),
                                "address_postal_code": (s0 + len(state) + 1, len(city_line))})
    y += 4.6 * MM
    pair(x, y, lbl("3", "DOB"), _fmt_date(person.date_of_birth, country, date_style), "date_of_birth", size=7.4)
    y += 3.8 * MM
    pair(x, y, lbl("4a", "ISS"), _fmt_date(issue, country, date_style), "date_of_issue")
    pair(x + 27 * MM, y, lbl("4b", "EXP"), _fmt_date(expiry, country, date_style), "date_of_expiry")
    y += 3.6 * MM
    sex_text = {"M": "M", "F": "F", "X": "X"}[fields["sex"]]
    pair(x, y, lbl("15", "SEX"), sex_text, "sex")
    height = physical["height_in"]
    hgt = f"{height // 12}'-{height % 12:02d}\"" if country == "USA" else f"{round(height * 2.54)} cm"
    pair(x + 13 * MM, y, lbl("16", "HGT"), hgt)
    pair(x + 30 * MM, y, lbl("18", "EYES"), physical["eyes"])
    y += 3.6 * MM
    pair(x, y, lbl("9", "CLASS"), physical["class"])
    pair(x + 13 * MM, y, lbl("12", "RSTR"), "NONE")
    pair(x, y + 3.4 * MM, lbl("5", "DD"), physical["dd"], size=4.6, bold=False)
    return page


def _back(rng, payload, family, theme, state, country) -> Page:
    page = Page(85.6 * MM, 54 * MM, background=tuple(min(255, c + 8) for c in theme["tint"]))
    columns, ecc, width = rng.randint(9, 12), rng.choice([3, 4, 5]), 74 * MM
    while True:  # rows three modules high (AAMVA), within the space the card has
        matrix = barcodes.pdf417(payload, columns=columns, ecc=ecc)
        rows, mods = matrix.shape
        height = rows * width / mods * 3
        if height <= 34 * MM or columns >= 20:
            break
        columns += 1
    x, y = (85.6 * MM - width) / 2, 4 * MM
    page.rect(x - 2 * MM, y - 1.5 * MM, width + 4 * MM, height + 3 * MM, stroke=None, fill=(255, 255, 255))
    page.bitmap(x, y, width, height, matrix)
    for key in ("document_number", "surname", "given_names", "date_of_birth", "date_of_issue", "date_of_expiry",
                "sex", "address_street", "address_city", "address_state", "address_postal_code",
                "issuing_jurisdiction"):
        page.area(key, x, y, width, height)
    owner = "Province" if country == "CAN" else "State"
    note = f"This card is the property of the {owner} of {(CA_PROVINCES if country == 'CAN' else US_STATES)[state][0]}."
    page.text(42.8 * MM, y + height + 5 * MM, note, family, 5, color=(60, 60, 60), align="center")
    if rng.random() < 0.6:
        bars = barcodes.code128(payload[-30:-20].strip().replace(b"\n", b" ") or b"0000000000")
        page.bitmap(10 * MM, y + height + 7.5 * MM, 40 * MM, 6 * MM, bars.repeat(8, axis=0))
    return page
