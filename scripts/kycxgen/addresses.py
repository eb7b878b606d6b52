"""Invented postal addresses: real city names and plausible postal codes combined
with invented street names and house numbers.

`address_lines` returns the printed lines together with the character spans of
each part, so layouts can register the bounding box of every address field.
"""

import random
from dataclasses import dataclass

# state code -> (state name, [(city, ZIP prefix)])
US_STATES = {
    "CA": ("California", [("Sacramento", "958"), ("Fresno", "937"), ("San Diego", "921"), ("Oakland", "946")]),
    "TX": ("Texas", [("Austin", "787"), ("Houston", "770"), ("Dallas", "752"), ("El Paso", "799")]),
    "NY": ("New York", [("Albany", "122"), ("Buffalo", "142"), ("Rochester", "146")]),
    "FL": ("Florida", [("Tampa", "336"), ("Orlando", "328"), ("Tallahassee", "323")]),
    "IL": ("Illinois", [("Springfield", "627"), ("Chicago", "606"), ("Peoria", "616")]),
    "WA": ("Washington", [("Seattle", "981"), ("Spokane", "992"), ("Tacoma", "984")]),
    "PA": ("Pennsylvania", [("Pittsburgh", "152"), ("Harrisburg", "171"), ("Erie", "165")]),
    "OH": ("Ohio", [("Columbus", "432"), ("Dayton", "454"), ("Toledo", "436")]),
    "GA": ("Georgia", [("Atlanta", "303"), ("Savannah", "314"), ("Macon", "312")]),
    "AZ": ("Arizona", [("Phoenix", "850"), ("Tucson", "857"), ("Flagstaff", "860")]),
    "CO": ("Colorado", [("Denver", "802"), ("Boulder", "803"), ("Pueblo", "810")]),
    "MA": ("Massachusetts", [("Boston", "021"), ("Worcester", "016"), ("Springfield", "011")]),
    "NC": ("North Carolina", [("Raleigh", "276"), ("Durham", "277"), ("Asheville", "288")]),
    "MI": ("Michigan", [("Detroit", "482"), ("Lansing", "489"), ("Flint", "485")]),
    "OR": ("Oregon", [("Portland", "972"), ("Eugene", "974"), ("Salem", "973")]),
    "NJ": ("New Jersey", [("Newark", "071"), ("Trenton", "086"), ("Camden", "081")]),
}

# province code -> (province name, [(city, first letter of postal code)])
CA_PROVINCES = {
    "ON": ("Ontario", [("Toronto", "M"), ("Ottawa", "K"), ("Hamilton", "L")]),
    "BC": ("British Columbia", [("Vancouver", "V"), ("Victoria", "V"), ("Kelowna", "V")]),
    "AB": ("Alberta", [("Calgary", "T"), ("Edmonton", "T")]),
    "QC": ("Quebec", [("Montréal", "H"), ("Québec", "G"), ("Laval", "H")]),
    "NS": ("Nova Scotia", [("Halifax", "B")]),
    "MB": ("Manitoba", [("Winnipeg", "R")]),
}

# (town, postcode area, county or None)
UK_TOWNS = [
    ("Leeds", "LS", "West Yorkshire"), ("Bristol", "BS", None), ("Manchester", "M", None),
    ("York", "YO", "North Yorkshire"), ("Cardiff", "CF", None), ("Edinburgh", "EH", None),
    ("Norwich", "NR", "Norfolk"), ("Exeter", "EX", "Devon"), ("Oxford", "OX", "Oxfordshire"),
    ("Brighton", "BN", "East Sussex"), ("Nottingham", "NG", None), ("Sheffield", "S", None),
]

# country -> [(city, postal code maker)]
EU_CITIES = {
    "DE": [("Berlin", lambda r: f"{r.randint(10115, 14199)}"), ("München", lambda r: f"{r.randint(80331, 81929)}"),
           ("Hamburg", lambda r: f"{r.randint(20095, 22769)}"), ("Köln", lambda r: f"{r.randint(50667, 51149)}"),
           ("Leipzig", lambda r: f"0{r.randint(4103, 4357)}")],
    "FR": [("Paris", lambda r: f"750{r.randint(1, 20):02d}"), ("Lyon", lambda r: f"6900{r.randint(1, 9)}"),
           ("Toulouse", lambda r: f"3100{r.randint(0, 6)}"), ("Nantes", lambda r: "44000")],
    "NL": [("Amsterdam", lambda r: f"10{r.randint(11, 99)} {_nl_letters(r)}"),
           ("Utrecht", lambda r: f"35{r.randint(11, 85)} {_nl_letters(r)}"),
           ("Rotterdam", lambda r: f"30{r.randint(11, 89)} {_nl_letters(r)}")],
    "AT": [("Wien", lambda r: f"1{r.randint(1, 23):02d}0"), ("Graz", lambda r: f"80{r.randint(1, 9)}0")],
    "BE": [("Bruxelles", lambda r: "1000"), ("Antwerpen", lambda r: "2000"), ("Gent", lambda r: "9000")],
}

STREET_ROOTS = ["Maple", "Oak", "Cedar", "Willow", "Birch", "Juniper", "Harbor", "Ridge", "Lakeview",
                "Sunset", "Meadow", "Granite", "Copper", "Falcon", "Heron", "Aspen", "Chestnut",
                "Hawthorn", "Magnolia", "Prairie", "Quarry", "Orchard", "Foxglove", "Larkspur",
                "Sycamore", "Bluebell", "Thistle", "Elmwood", "Pinecrest", "Riverbend", "Kestrel"]
US_SUFFIXES = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Street", "Avenue", "Drive"]
UK_SUFFIXES = ["Road", "Lane", "Street", "Close", "Avenue", "Crescent", "Grove", "Gardens", "Way", "Terrace"]
DE_ROOTS = ["Linden", "Birken", "Eichen", "Ahorn", "Rosen", "Garten", "Mühlen", "Kastanien", "Tannen",
            "Wiesen", "Berg", "See", "Bahnhof", "Markt", "Brunnen", "Sonnen"]
DE_SUFFIXES = ["straße", "weg", "allee", "gasse", "ring"]
FR_STREETS = ["rue des Lilas", "rue des Tilleuls", "avenue du Moulin", "rue de la Gare",
              "boulevard des Peupliers", "allée du Château", "rue des Érables", "impasse des Roses"]
NL_ROOTS = ["Linden", "Beuken", "Eiken", "Kastanje", "Molen", "Kerk", "Tulpen", "Rozen"]
NL_SUFFIXES = ["straat", "laan", "weg", "gracht", "kade"]

_CA_LETTERS = "ABCEGHJKLMNPRSTVXY"
_UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def _nl_letters(rng: random.Random) -> str:
    return rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")


@dataclass(frozen=True)
class Address:
    street: str          # the street line as printed, e.g. "123 Maple St Apt 4B"
    city: str
    region: str | None   # state/province code or UK county; None when not printed
    postal_code: str     # as printed: "95818", "95818-1234", "M5V 2T6", "LS6 2QH", "10115"
    country: str         # ISO 3166 alpha-2: US, CA, GB, DE, FR, NL, AT, BE

    @property
    def country3(self) -> str:
        return {"US": "USA", "CA": "CAN", "GB": "GBR", "DE": "DEU", "FR": "FRA", "NL": "NLD",
                "AT": "AUT", "BE": "BEL"}[self.country]


def us_address(rng: random.Random, state: str | None = None, zip4=None) -> Address:
    """A US address; `zip4` True/False forces the ZIP+4 form, None picks at random."""
    state = state or rng.choice(list(US_STATES))
    city, prefix = rng.choice(US_STATES[state][1])
    number = rng.choice([rng.randint(10, 999), rng.randint(1000, 29999)])
    direction = rng.choice(["", "", "", "N ", "S ", "E ", "W "])
    street = f"{number} {direction}{rng.choice(STREET_ROOTS)} {rng.choice(US_SUFFIXES)}"
    if rng.random() < 0.2:
        street += " " + rng.choice([f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
                                    f"Unit {rng.randint(1, 250)}", f"#{rng.randint(100, 999)}"])
    postal = f"{prefix}{rng.randint(1, 99):02d}"
    if zip4 if zip4 is not None else rng.random() < 0.3:
        postal += f"-{rng.randint(1, 9999):04d}"
    return Address(street, city, state, postal, "US")


def ca_postal_code(rng: random.Random, first: str) -> str:
    return (f"{first}{rng.randint(0, 9)}{rng.choice(_CA_LETTERS)} "
            f"{rng.randint(0, 9)}{rng.choice(_CA_LETTERS)}{rng.randint(0, 9)}")


def ca_address(rng: random.Random, province: str | None = None) -> Address:
    province = province or rng.choice(list(CA_PROVINCES))
    city, first = rng.choice(CA_PROVINCES[province][1])
    street = f"{rng.randint(2, 9999)} {rng.choice(STREET_ROOTS)} {rng.choice(US_SUFFIXES)}"
    if rng.random() < 0.15:
        street = f"{rng.randint(101, 2405)}-{street}"
    return Address(street, city, province, ca_postal_code(rng, first), "CA")


def uk_address(rng: random.Random) -> Address:
    town, area, county = rng.choice(UK_TOWNS)
    street = f"{rng.randint(1, 240)} {rng.choice(STREET_ROOTS)} {rng.choice(UK_SUFFIXES)}"
    if rng.random() < 0.2:
        street = f"Flat {rng.randint(1, 12)}, {street}"
    postcode = (f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}"
                f"{rng.choice(_UK_INWARD)}{rng.choice(_UK_INWARD)}")
    return Address(street, town, county if rng.random() < 0.6 else None, postcode, "GB")


def eu_address(rng: random.Random, country: str | None = None) -> Address:
    country = country or rng.choice(list(EU_CITIES))
    city, postal = rng.choice(EU_CITIES[country])
    number = rng.randint(1, 160)
    if country in ("DE", "AT"):
        street = f"{rng.choice(DE_ROOTS)}{rng.choice(DE_SUFFIXES)} {number}"
    elif country == "FR":
        street = f"{number} {rng.choice(FR_STREETS)}"
    elif country == "BE":
        street = f"{rng.choice(FR_STREETS).capitalize()} {number}"
    else:
        street = f"{rng.choice(NL_ROOTS)}{rng.choice(NL_SUFFIXES)} {number}"
    return Address(street, city, None, postal(rng), country)


def address_for(rng: random.Random, country: str) -> Address:
    """An address in `country` (US, CA, GB or an EU_CITIES key)."""
    if country == "US":
        return us_address(rng)
    if country == "CA":
        return ca_address(rng)
    if country == "GB":
        return uk_address(rng)
    return eu_address(rng, country)


def address_lines(addr: Address) -> list[tuple[str, dict]]:
    """The lines of an address as a letter would print them, each with the spans
    {"street"|"city"|"region"|"postal_code": (start, end)} of the parts it holds."""
    street = [(addr.street, {"street": (0, len(addr.street))})]
    if addr.country in ("US", "CA"):
        sep = ", " if addr.country == "US" else " "
        head = f"{addr.city}{sep}{addr.region}"
        line = f"{head}  {addr.postal_code}" if addr.country == "CA" else f"{head} {addr.postal_code}"
        c0 = len(addr.city) + len(sep)
        p0 = len(line) - len(addr.postal_code)
        return street + [(line, {"city": (0, len(addr.city)), "region": (c0, c0 + len(addr.region)),
                                 "postal_code": (p0, len(line))})]
    if addr.country == "GB":
        lines = street + [(addr.city, {"city": (0, len(addr.city))})]
        if addr.region:
            lines.append((addr.region, {"region": (0, len(addr.region))}))
        return lines + [(addr.postal_code, {"postal_code": (0, len(addr.postal_code))})]
    line = f"{addr.postal_code} {addr.city}"
    n = len(addr.postal_code)
    return street + [(line, {"postal_code": (0, n), "city": (n + 1, len(line))})]


def street_name(rng: random.Random) -> str:
    """A street name without a number, for employer and bank addresses."""
    return f"{rng.choice(STREET_ROOTS)} {rng.choice(US_SUFFIXES)}"
