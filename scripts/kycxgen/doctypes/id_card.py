"""National identity cards: TD1 (ID-1 size, MRZ of 3 x 30 on the back, front and
back as two sides) and TD2 (ID-2 size, MRZ of 2 x 36 on the front). Check
digits, including the composite, are correct; names in the truth are MRZ forms."""

import random
import string

from .. import fonts, mrz
from ..checksums import luhn_check_digit, spanish_dni_letter
from ..layout import MM, Document, Page
from ..people import random_person
from . import GenContext
from .card_art import THEMES, guilloche, label_value, mrz_block, photo_placeholder, signature, viz_date
from .passport import EN_FR, NATIVE, validity

FORMATS = ("scanned_pdf", "png", "jpeg", "tiff", "photo")

# code -> (MRZ kind, document code, card title, nationality as printed, VIZ date style)
STATES = {
    "UTO": ("TD1", "I<", "IDENTITY CARD / CARTE D'IDENTITÉ", "UTOPIAN", "bilingual_short"),
    "D": ("TD1", "ID", "PERSONALAUSWEIS / IDENTITY CARD / CARTE D'IDENTITÉ", "DEUTSCH", "dot"),
    "FRA": ("TD1", "ID", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "FRA", "dot"),
    "NLD": ("TD1", "I<", "IDENTITEITSKAART / IDENTITY CARD", "NEDERLANDSE", "plain"),
    "ESP": ("TD1", "ID", "DOCUMENTO NACIONAL DE IDENTIDAD", "ESP", "space"),
    "ITA": ("TD1", "C<", "CARTA DI IDENTITÀ / IDENTITY CARD", "ITALIANA", "dot"),
    "SWE": ("TD1", "I<", "IDENTITETSKORT / IDENTITY CARD", "SVENSK/SWEDISH", "plain"),
    "BEL": ("TD1", "ID", "IDENTITEITSKAART / CARTE D'IDENTITÉ", "BEL", "dot"),
    "ROU": ("TD2", "ID", "CARTE DE IDENTITATE / IDENTITY CARD", "ROMÂNĂ / ROU", "dot"),
    "LVA": ("TD2", "I<", "PERSONAS APLIECĪBA / IDENTITY CARD", "LVA", "dot"),
}
STATE_NAMES = {"UTO": "UTOPIA", "D": "BUNDESREPUBLIK DEUTSCHLAND", "FRA": "RÉPUBLIQUE FRANÇAISE",
               "NLD": "KONINKRIJK DER NEDERLANDEN", "ESP": "REINO DE ESPAÑA", "ITA": "REPUBBLICA ITALIANA",
               "SWE": "SVERIGE", "BEL": "BELGIË / BELGIQUE", "ROU": "ROMÂNIA", "LVA": "LATVIJA"}
AUTHORITIES = {"D": "STADT LEIPZIG", "FRA": "PRÉFECTURE DE LA GIRONDE", "NLD": "BURG. VAN ROTTERDAM",
               "ESP": "DGP MADRID", "ITA": "COMUNE DI TORINO", "SWE": "POLISMYNDIGHETEN", "BEL": "GENT",
               "ROU": "SPCLEP CLUJ", "LVA": "PMLP", "UTO": "CITY OF ZENITH"}

_ALNUM = string.ascii_uppercase.replace("O", "") + string.digits


def document_number(rng: random.Random, state: str) -> str:
    if state == "D":
        return "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
    if state == "ESP":
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + f"{rng.randint(100000, 999999)}"
    if state == "ITA":
        return f"C{rng.choice('ABCDEFGH')}{rng.randint(10000, 99999)}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}"
    if state in ("BEL", "SWE"):
        return f"{rng.randint(100000000, 999999999)}"
    if state == "ROU":
        return f"{rng.choice(['KX', 'CJ', 'RX', 'SB'])}{rng.randint(100000, 999999)}"
    return rng.choice(string.ascii_uppercase) + "".join(rng.choice(_ALNUM) for _ in range(8))


def optional_data(rng: random.Random, state: str, dob) -> str:
    if state == "ESP":
        n = rng.randint(10000000, 99999999)
        return f"{n}{spanish_dni_letter(n)}"
    if state == "SWE":
        body = dob.strftime("%y%m%d") + f"{rng.randint(100, 999)}"
        return body + luhn_check_digit(body)
    if state == "BEL":
        body = dob.strftime("%y%m%d") + f"{rng.randint(1, 997):03d}"
        base = int(body) if dob.year < 2000 else int("2" + body)
        return body + f"{97 - base % 97:02d}"
    if state == "UTO" and rng.random() < 0.5:
        return "".join(rng.choice(_ALNUM) for _ in range(rng.randint(5, 7)))
    return ""


def generate(rng: random.Random, ctx: GenContext) -> Document:
    state = rng.choice(list(STATES))
    kind, code, title, nationality_text, date_style = STATES[state]
    width = 30 if kind == "TD1" else 31
    while True:
        person = random_person(rng, ctx.reference_date)
        try:
            mrz.name_field(person.surname, person.given, width)
            break
        except ValueError:
            continue
    number = document_number(rng, state)
    issue, expiry = validity(rng, ctx.reference_date, person.date_of_birth, 10)
    optional = optional_data(rng, state, person.date_of_birth)
    if kind == "TD2":
        optional = optional[:7]
    lines = mrz.build(kind, mrz.MrzData(code, state, person.surname, person.given, number, state,
                                        person.date_of_birth, person.sex, expiry, optional))
    fields = {
        "document_number": number,
        "surname": mrz.mrz_to_text(mrz.transliterate(person.surname)),
        "given_names": mrz.mrz_to_text(mrz.transliterate(person.given)),
        "nationality": state, "issuing_country": state,
        "date_of_birth": person.date_of_birth.isoformat(), "sex": person.sex,
        "date_of_expiry": expiry.isoformat(), "mrz_lines": lines,
    }
    if optional:
        fields["optional_data"] = optional
    labels = NATIVE.get(state, EN_FR) if rng.random() < 0.6 else EN_FR
    labels = labels[:9] + ["Document No./N° du document", labels[10]]
    family = rng.choice(fonts.CARD_FAMILIES)
    theme = rng.choice(THEMES)
    ctx_draw = dict(rng=rng, fields=fields, person=person, labels=labels, family=family, theme=theme,
                    title=title, state=state, nationality_text=nationality_text, date_style=date_style)
    state_span = {"issuing_country": (2, 2 + len(state))}
    if kind == "TD1":
        mrz_marks = {0: dict(state_span, **({"optional_data": (15, 15 + len(optional))} if optional else {}))}
    else:
        mrz_marks = {0: state_span, 1: {"optional_data": (28, 28 + len(optional))} if optional else {}}
    if kind == "TD1":
        pages = [_td1_front(**ctx_draw, expiry=expiry),
                 _td1_back(rng, lines, family, theme, issue, date_style, AUTHORITIES[state], mrz_marks)]
        sides = "pair"
    else:
        pages = [_td2_front(**ctx_draw, expiry=expiry, lines=lines, mrz_marks=mrz_marks)]
        sides = "single"
    return Document("id_card", fields, pages, f"id_card/{kind.lower()}", family, kind="card",
                    meta={"mrz_format": kind}, sides=sides)


def _header(page, rng, family, theme, state, title, width_mm):
    page.rect(0, 0, page.width, 8.5 * MM, stroke=None, fill=theme["accent"])
    name = STATE_NAMES[state]
    page.text(3 * MM, 3.6 * MM, name, family, fonts.fit_size(name, family, 6.2, (width_mm - 6) * MM, True),
              bold=True, color=(255, 255, 255))
    page.text(3 * MM, 7.2 * MM, title, family, fonts.fit_size(title, family, 4.8, (width_mm - 6) * MM),
              color=(235, 235, 245))


def _fields(page, x, y, step, fields, person, labels, family, theme, nationality_text, date_style, expiry,
            col_w, value_size):
    ink = theme["ink"]
    kw = dict(ink=ink, label_size=value_size * 0.62, value_size=value_size)
    label_value(page, x, y, labels[0], person.surname.upper(), family, field="surname", max_width=2 * col_w, **kw)
    label_value(page, x, y + step, labels[1], person.given.upper(), family, field="given_names",
                max_width=2 * col_w, **kw)
    label_value(page, x, y + 2 * step, labels[4], person.sex, family, field="sex", **kw)
    label_value(page, x + col_w * 0.45, y + 2 * step, labels[2], nationality_text, family, field="nationality",
                max_width=col_w * 1.4, **kw)
    label_value(page, x, y + 3 * step, labels[3], viz_date(person.date_of_birth, date_style), family,
                field="date_of_birth", **kw)
    label_value(page, x + col_w, y + 3 * step, labels[9], fields["document_number"], family,
                field="document_number", **kw)
    label_value(page, x, y + 4 * step, labels[7], viz_date(expiry, date_style), family, field="date_of_expiry", **kw)


def _td1_front(rng, fields, person, labels, family, theme, title, state, nationality_text, date_style, expiry):
    page = Page(85.6 * MM, 54 * MM, background=theme["tint"])
    guilloche(page, rng, 2 * MM, 10 * MM, 81 * MM, 42 * MM, theme["guilloche"], lines=12)
    _header(page, rng, family, theme, state, title, 85.6)
    photo_placeholder(page, rng, 3 * MM, 11.5 * MM, 22 * MM, 28 * MM)
    _fields(page, 28 * MM, 12.5 * MM, 6.3 * MM, fields, person, labels, family, theme, nationality_text,
            date_style, expiry, 27 * MM, 6.6)
    signature(page, rng, 4 * MM, 43 * MM, 20 * MM, 6 * MM)
    return page


def _td1_back(rng, lines, family, theme, issue, date_style, authority, mrz_marks):
    page = Page(85.6 * MM, 54 * MM, background=theme["tint"])
    guilloche(page, rng, 2 * MM, 2 * MM, 81 * MM, 30 * MM, theme["guilloche"], lines=10)
    ink = theme["ink"]
    label_value(page, 4 * MM, 5 * MM, "Date of issue/Date de délivrance", viz_date(issue, date_style), family,
                ink=ink, label_size=4.2, value_size=6.6)
    label_value(page, 4 * MM, 13 * MM, "Authority/Autorité", authority, family, ink=ink, label_size=4.2,
                value_size=6.6)
    page.rect(0, 33.5 * MM, 85.6 * MM, 20.5 * MM, stroke=None, fill=(250, 250, 250))
    mrz_block(page, lines, 4.7 * MM, 40.5 * MM, line_gap_mm=4.6, extra_marks=mrz_marks)
    return page


def _td2_front(rng, fields, person, labels, family, theme, title, state, nationality_text, date_style, expiry,
               lines, mrz_marks):
    page = Page(105 * MM, 74 * MM, background=theme["tint"])
    guilloche(page, rng, 2 * MM, 10 * MM, 101 * MM, 44 * MM, theme["guilloche"], lines=14)
    _header(page, rng, family, theme, state, title, 105)
    photo_placeholder(page, rng, 4 * MM, 12 * MM, 27 * MM, 34 * MM)
    _fields(page, 35 * MM, 13.5 * MM, 7.2 * MM, fields, person, labels, family, theme, nationality_text,
            date_style, expiry, 32 * MM, 7.4)
    signature(page, rng, 5 * MM, 48 * MM, 24 * MM, 6 * MM)
    page.rect(0, 55 * MM, 105 * MM, 19 * MM, stroke=None, fill=(250, 250, 250))
    mrz_block(page, lines, 6.8 * MM, 62.5 * MM, line_gap_mm=6.0, extra_marks=mrz_marks)
    return page
