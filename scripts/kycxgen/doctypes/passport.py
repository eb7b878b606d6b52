"""Passport data pages (ICAO 9303 TD3): a visual inspection zone with bilingual
labels, a drawn photo, optional guilloche, and a 2 x 44 MRZ in OCR-B whose check
digits are correct. Names in the truth are the MRZ forms."""

import datetime as dt
import random
import string

from .. import fonts, mrz
from ..checksums import luhn_check_digit, spanish_dni_letter
from ..layout import MM, Document, Page
from ..people import random_person
from . import GenContext
from .card_art import THEMES, guilloche, label_value, mrz_block, photo_placeholder, signature, viz_date

FORMATS = ("scanned_pdf", "png", "jpeg", "tiff", "photo")

EN_FR = ["Surname/Nom", "Given names/Prénoms", "Nationality/Nationalité", "Date of birth/Date de naissance",
         "Sex/Sexe", "Place of birth/Lieu de naissance", "Date of issue/Date de délivrance",
         "Date of expiry/Date d'expiration", "Authority/Autorité", "Passport No./N° du passeport",
         "Personal No./N° personnel"]
NATIVE = {
    "D": ["Name/Surname/Nom", "Vornamen/Given names/Prénoms", "Staatsangehörigkeit/Nationality/Nationalité",
          "Geburtstag/Date of birth/Date de naissance", "Geschlecht/Sex/Sexe",
          "Geburtsort/Place of birth/Lieu de naissance", "Ausstellungsdatum/Date of issue/Date de délivrance",
          "Gültig bis/Date of expiry/Date d'expiration", "Behörde/Authority/Autorité",
          "Pass-Nr./Passport No./Passeport N°", "Personal-Nr./Personal No."],
    "FRA": ["Nom/Surname", "Prénoms/Given names", "Nationalité/Nationality", "Date de naissance/Date of birth",
            "Sexe/Sex", "Lieu de naissance/Place of birth", "Date de délivrance/Date of issue",
            "Date d'expiration/Date of expiry", "Autorité/Authority", "Passeport N°/Passport No.",
            "N° personnel/Personal No."],
    "NLD": ["Naam/Surname", "Voornamen/Given names", "Nationaliteit/Nationality", "Geboortedatum/Date of birth",
            "Geslacht/Sex", "Geboorteplaats/Place of birth", "Datum verstrekking/Date of issue",
            "Geldig tot/Date of expiry", "Autoriteit/Authority", "Documentnummer/Passport No.",
            "Persoonsnummer/Personal No."],
    "SWE": ["Efternamn/Surname", "Förnamn/Given names", "Nationalitet/Nationality", "Födelsedatum/Date of birth",
            "Kön/Sex", "Födelseort/Place of birth", "Utfärdandedatum/Date of issue", "Giltig t.o.m./Date of expiry",
            "Myndighet/Authority", "Passnummer/Passport No.", "Personnummer/Personal No."],
    "ESP": ["Apellidos/Surname", "Nombre/Given names", "Nacionalidad/Nationality",
            "Fecha de nacimiento/Date of birth", "Sexo/Sex", "Lugar de nacimiento/Place of birth",
            "Fecha de expedición/Date of issue", "Fecha de caducidad/Date of expiry", "Autoridad/Authority",
            "N° Pasaporte/Passport No.", "DNI/Personal No."],
    "ITA": ["Cognome/Surname", "Nome/Given names", "Cittadinanza/Nationality", "Data di nascita/Date of birth",
            "Sesso/Sex", "Luogo di nascita/Place of birth", "Data di rilascio/Date of issue",
            "Scadenza/Date of expiry", "Autorità/Authority", "Passaporto N./Passport No.", "N. personale"],
}

# code -> (state name, nationality as printed, places of birth, authorities, VIZ date style)
STATES = {
    "UTO": ("UTOPIA", "UTOPIAN", ["ZENITH", "UTOPIA CITY", "NEW HARBOUR"], ["PASSPORT OFFICE"], "bilingual_short"),
    "D": ("BUNDESREPUBLIK DEUTSCHLAND / FEDERAL REPUBLIC OF GERMANY", "DEUTSCH",
          ["BERLIN", "MÜNCHEN", "KÖLN", "HAMBURG", "DÜSSELDORF"], ["STADT KÖLN", "LANDESHAUPTSTADT MÜNCHEN",
                                                                 "BEZIRKSAMT MITTE VON BERLIN"], "dot"),
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "FRANÇAISE", ["PARIS", "LYON", "MARSEILLE", "NANTES"],
            ["PRÉFECTURE DE POLICE DE PARIS", "PRÉFECTURE DU RHÔNE"], "bilingual"),
    "GBR": ("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "BRITISH CITIZEN",
            ["LONDON", "LEEDS", "CARDIFF", "GLASGOW"], ["HMPO"], "bilingual_short"),
    "USA": ("UNITED STATES OF AMERICA", "UNITED STATES OF AMERICA",
            ["CALIFORNIA, U.S.A.", "TEXAS, U.S.A.", "NEW YORK, U.S.A.", "OHIO, U.S.A."],
            ["UNITED STATES DEPARTMENT OF STATE"], "plain"),
    "CAN": ("CANADA", "CANADIAN/CANADIENNE", ["TORONTO, CAN", "MONTRÉAL, CAN", "CALGARY, CAN"],
            ["GATINEAU", "IRCC"], "bilingual"),
    "NLD": ("KONINKRIJK DER NEDERLANDEN", "NEDERLANDSE", ["AMSTERDAM", "UTRECHT", "'S-GRAVENHAGE"],
            ["BURG. VAN AMSTERDAM", "BURG. VAN UTRECHT"], "plain"),
    "SWE": ("SVERIGE / SWEDEN", "SVENSK/SWEDISH", ["STOCKHOLM", "GÖTEBORG", "MALMÖ"], ["POLISMYNDIGHETEN"],
            "plain"),
    "ESP": ("REINO DE ESPAÑA", "ESPAÑOLA", ["MADRID", "SEVILLA", "VALENCIA"], ["DGP MADRID", "DGP SEVILLA"],
            "space"),
    "ITA": ("REPUBBLICA ITALIANA", "ITALIANA", ["ROMA (RM)", "MILANO (MI)", "TORINO (TO)"],
            ["MINISTRO AFFARI ESTERI", "QUESTURA DI ROMA"], "plain"),
}

_NO_O = "ABCDEFGHIJKLMNPQRSTUVWXYZ"


def document_number(rng: random.Random, state: str) -> str:
    """A document number shaped like the issuing state's."""
    digits = string.digits
    if state == "D":
        return "".join(rng.choice("CFGHJKLMNPRTVWXYZ" + "0123456789") for _ in range(9))
    if state == "FRA":
        return f"{rng.randint(10, 99)}{rng.choice(_NO_O)}{rng.choice(_NO_O)}{rng.randint(10000, 99999)}"
    if state in ("GBR", "USA"):
        return "".join(rng.choice(digits) for _ in range(9))
    if state == "CAN":
        return f"{rng.choice(_NO_O)}{rng.choice(_NO_O)}{rng.randint(100000, 999999)}"
    if state == "NLD":
        return rng.choice(_NO_O) + "".join(rng.choice(_NO_O + digits) for _ in range(7)) + rng.choice(digits)
    if state == "SWE":
        return f"{rng.randint(10000000, 99999999)}"
    if state == "ESP":
        return "".join(rng.choice(_NO_O) for _ in range(3)) + f"{rng.randint(100000, 999999)}"
    if state == "ITA":
        return f"{rng.choice(_NO_O)}{rng.choice(_NO_O)}{rng.randint(1000000, 9999999)}"
    return rng.choice(_NO_O) + "".join(rng.choice(digits) for _ in range(6)) + rng.choice(_NO_O) + rng.choice(digits)


def personal_number(rng: random.Random, state: str, dob: dt.date) -> str:
    """The optional personal number some states put in the MRZ ('' for none)."""
    if state == "SWE":
        body = dob.strftime("%y%m%d") + f"{rng.randint(100, 999)}"
        return body + luhn_check_digit(body)
    if state == "ESP":
        n = rng.randint(10000000, 99999999)
        return f"{n}{spanish_dni_letter(n)}"
    if state == "NLD":
        while True:
            d = [rng.randint(0, 9) for _ in range(8)]
            last = (sum(w * x for w, x in zip(range(9, 1, -1), d))) % 11
            if last < 10:
                return "".join(map(str, d)) + str(last)
    if state == "UTO" and rng.random() < 0.6:
        return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9))
    return ""


def validity(rng: random.Random, ref: dt.date, dob: dt.date, years: int) -> tuple[dt.date, dt.date]:
    """(issue, expiry): mostly valid on `ref`, about one in twenty expired."""
    span = years * 365
    back = rng.randint(30, span - 30) if rng.random() < 0.95 else rng.randint(span + 10, span + 500)
    issue = max(ref - dt.timedelta(days=back), dob + dt.timedelta(days=18 * 365))
    try:
        expiry = issue.replace(year=issue.year + years) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        expiry = issue.replace(year=issue.year + years, day=28)
    return issue, expiry


def generate(rng: random.Random, ctx: GenContext) -> Document:
    state = rng.choice(list(STATES))
    state_name, nationality_text, places, authorities, date_style = STATES[state]
    while True:
        person = random_person(rng, ctx.reference_date)
        try:
            mrz.name_field(person.surname, person.given, 39)
            break
        except ValueError:
            continue
    number = document_number(rng, state)
    issue, expiry = validity(rng, ctx.reference_date, person.date_of_birth, 10)
    personal = personal_number(rng, state, person.date_of_birth)
    data = mrz.MrzData("P<", state, person.surname, person.given, number, state,
                       person.date_of_birth, person.sex, expiry, personal)
    lines = mrz.td3(data)
    place = rng.choice(places)
    fields = {
        "document_number": number,
        "surname": mrz.mrz_to_text(mrz.transliterate(person.surname)),
        "given_names": mrz.mrz_to_text(mrz.transliterate(person.given)),
        "nationality": state, "issuing_country": state,
        "date_of_birth": person.date_of_birth.isoformat(), "sex": person.sex,
        "date_of_expiry": expiry.isoformat(), "place_of_birth": place,
        "date_of_issue": issue.isoformat(), "mrz_line1": lines[0], "mrz_line2": lines[1],
    }
    if personal:
        fields["personal_number"] = personal
    labels = NATIVE.get(state, EN_FR) if rng.random() < 0.7 else EN_FR
    family = rng.choice(fonts.CARD_FAMILIES)
    theme = rng.choice(THEMES)
    variant = rng.choice(["classic", "numbered", "wide_photo"])
    booklet = rng.random() < 0.3
    page = _data_page(rng, fields, person, labels, family, theme, variant, booklet, state_name,
                      nationality_text, rng.choice(authorities), date_style, issue, expiry, lines)
    return Document("passport", fields, [page], f"passport/{variant}{'_booklet' if booklet else ''}", family,
                    kind="card", meta={"mrz_format": "TD3"})


def _data_page(rng, fields, person, labels, family, theme, variant, booklet, state_name, nationality_text,
               authority, date_style, issue, expiry, lines) -> Page:
    top = 88 * MM if booklet else 0.0
    page = Page(125 * MM, 88 * MM + top, background=theme["tint"])
    if booklet:
        page.rect(0, 0, 125 * MM, top, stroke=None, fill=tuple(min(255, c + 6) for c in theme["tint"]))
        guilloche(page, rng, 4 * MM, 6 * MM, 117 * MM, top - 12 * MM, theme["guilloche"], lines=10)
        page.hline(0, 125 * MM, top, width=0.8, color=(150, 150, 150))
    if rng.random() < 0.8:
        guilloche(page, rng, 3 * MM, top + 10 * MM, 119 * MM, 52 * MM, theme["guilloche"])
    ink, y0 = theme["ink"], top
    numbered = variant == "numbered"

    def lab(i):
        return f"{i + 1}. {labels[i]}" if numbered else labels[i]

    page.text(62.5 * MM, y0 + 4.6 * MM, state_name, family,
              fonts.fit_size(state_name, family, 7, 115 * MM, True), bold=True, color=ink, align="center")
    page.text(5 * MM, y0 + 9 * MM, "PASSPORT / PASSEPORT", family, 7, bold=True, color=theme["accent"])
    photo_w = 35 * MM if variant == "wide_photo" else 30 * MM
    photo_placeholder(page, rng, 5 * MM, y0 + 14 * MM, photo_w, 40 * MM)
    if rng.random() < 0.5:
        photo_placeholder(page, rng, 103 * MM, y0 + 38 * MM, 15 * MM, 19 * MM, ghost=True)
    x = 5 * MM + photo_w + 5 * MM
    col2 = x + 42 * MM
    width = 125 * MM - x - 4 * MM
    row = y0 + 12 * MM
    label_value(page, x, row, "Type/Type", "P", family, ink=ink)
    label_value(page, x + 18 * MM, row, "Code/Code", fields["issuing_country"], family, ink=ink,
                field="issuing_country")
    label_value(page, col2, row, lab(9), fields["document_number"], family, ink=ink, field="document_number")
    step = 6.3 * MM
    row += step
    label_value(page, x, row, lab(0), person.surname.upper(), family, ink=ink, field="surname", max_width=width)
    row += step
    label_value(page, x, row, lab(1), person.given.upper(), family, ink=ink, field="given_names", max_width=width)
    row += step
    label_value(page, x, row, lab(2), nationality_text, family, ink=ink, field="nationality", max_width=width)
    row += step
    label_value(page, x, row, lab(3), viz_date(person.date_of_birth, date_style), family, ink=ink,
                field="date_of_birth")
    if "personal_number" in fields:
        label_value(page, col2, row, lab(10), fields["personal_number"], family, ink=ink, field="personal_number")
    row += step
    label_value(page, x, row, lab(4), person.sex, family, ink=ink, field="sex")
    label_value(page, x + 18 * MM, row, lab(5), fields["place_of_birth"], family, ink=ink,
                field="place_of_birth", max_width=width - 18 * MM)
    row += step
    label_value(page, x, row, lab(6), viz_date(issue, date_style), family, ink=ink, field="date_of_issue")
    label_value(page, col2, row, lab(8), authority, family, ink=ink, max_width=125 * MM - col2 - 3 * MM)
    row += step
    label_value(page, x, row, lab(7), viz_date(expiry, date_style), family, ink=ink, field="date_of_expiry")
    signature(page, rng, col2, row - 1 * MM, 30 * MM, 6 * MM)
    page.rect(0, y0 + 62 * MM, 125 * MM, 26 * MM, stroke=None, fill=tuple(min(255, c + 10) for c in theme["tint"]))
    mrz_block(page, lines, 6.5 * MM, y0 + 72 * MM, line_gap_mm=8.0 if rng.random() < 0.5 else 7.0)
    return page
