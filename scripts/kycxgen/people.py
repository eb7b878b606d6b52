"""Invented people: random combinations of common given and family names.

No real person is modelled; names are drawn independently from lists of common
names, with hyphens, apostrophes, particles and diacritics for realism.
"""

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass

GIVEN_M = [
    "James", "John", "Robert", "Michael", "David", "William", "Thomas", "Daniel", "Matthew",
    "Andrew", "Joseph", "Christopher", "Ethan", "Liam", "Noah", "Lucas", "Mateo", "José",
    "Luis", "Carlos", "Andrés", "Tomás", "Jean-Luc", "François", "Jérôme", "Lukas", "Jürgen",
    "Stefan", "Søren", "Björn", "Mikael", "Nils", "Lars", "Jan", "Pieter", "Giovanni",
    "Marco", "Sean", "Patrick", "Ahmed", "Omar", "Wei", "Hiroshi", "Ravi", "Arjun", "Kwame",
    "Piotr", "Pablo", "Ángel", "Henrik", "Oliver", "Samuel", "Benjamin", "Isaac", "Felix",
]
GIVEN_F = [
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Sarah", "Emma", "Olivia", "Sophia",
    "Zoë", "Chloé", "Ana", "María", "Sofía", "Lucía", "Anna-Lena", "Ingrid", "Åsa", "Hélène",
    "Céline", "Élodie", "Fatima", "Aisha", "Mei", "Yuki", "Priya", "Amara", "Agnieszka",
    "Małgorzata", "Siobhán", "Grace", "Hannah", "Charlotte", "Amelia", "Isabel", "Inés",
    "Greta", "Jördis", "Katarzyna", "Leonie", "Marie-Claire", "Nora", "Astrid", "Camille",
    "Beatriz", "Francesca", "Giulia", "Rebecca", "Laura", "Julia", "Ebba", "Maja",
]
FAMILY = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernández", "López", "González", "Wilson", "Anderson", "Taylor", "Moore",
    "Jackson", "Martin", "Lee", "Pérez", "Thompson", "White", "Harris", "Sánchez", "Clark",
    "Ramírez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
    "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
    "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Müller", "Schmidt", "Schneider",
    "Fischer", "Weiß", "Meyer", "Wagner", "Becker", "Schäfer", "Koch", "Dupont", "Lefèvre",
    "Moreau", "Girard", "Bernard", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
    "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Andersson", "Johansson",
    "Karlsson", "Nilsson", "Ødegård", "Hansen", "Kowalski", "Nowak", "Wiśniewski", "O'Brien",
    "O'Connor", "McCarthy", "D'Angelo", "Åberg", "Öztürk", "Kim", "Park", "Chen", "Wang",
    "Singh", "Patel", "Okafor", "Mensah", "Lindqvist", "Brännström", "Núñez", "Peña",
]

# Letters that Unicode decomposition does not reduce to ASCII.
_SPECIAL_ASCII = {"ß": "SS", "Ø": "O", "Æ": "AE", "Œ": "OE", "Ł": "L", "Đ": "D", "Þ": "TH"}


@dataclass(frozen=True)
class Person:
    given_names: tuple  # as printed in mixed case, e.g. ("Anna-Lena", "Zoë")
    surname: str        # e.g. "van den Berg"
    sex: str            # "M", "F" or "X"
    date_of_birth: dt.date

    @property
    def given(self) -> str:
        return " ".join(self.given_names)

    @property
    def full_name(self) -> str:
        return f"{self.given} {self.surname}"

    def first_middle_initial(self) -> str:
        """'Anna-Lena Z' form used by W-2 box e and some payroll systems."""
        first = self.given_names[0]
        return first if len(self.given_names) == 1 else f"{first} {self.given_names[1][0]}"


def ascii_upper(text: str) -> str:
    """Uppercase ASCII as US DMVs and payroll systems print names (keeps ' and -)."""
    out = []
    for ch in text.upper():
        if ch in _SPECIAL_ASCII:
            out.append(_SPECIAL_ASCII[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def random_person(rng: random.Random, ref: dt.date, *, min_age=18, max_age=90,
                  allow_x=True) -> Person:
    """An invented adult aged between min_age and max_age on `ref`."""
    roll = rng.random()
    sex = "X" if allow_x and roll < 0.02 else ("M" if roll < 0.51 else "F")
    pool = GIVEN_M if sex == "M" else GIVEN_F if sex == "F" else GIVEN_M + GIVEN_F
    count = rng.choices([1, 2, 3], weights=[50, 40, 10])[0]
    given = []
    while len(given) < count:
        name = rng.choice(pool)
        if name not in given:
            given.append(name)
    surname = rng.choice(FAMILY)
    if rng.random() < 0.08:
        other = rng.choice([f for f in FAMILY if " " not in f and f != surname and "'" not in f])
        if " " not in surname:
            surname = f"{surname}-{other}"
    age_days = rng.randint(min_age * 365 + 5, max_age * 365 - 5)
    dob = ref - dt.timedelta(days=age_days)
    return Person(tuple(given), surname, sex, dob)


def age_on(person: Person, day: dt.date) -> int:
    """Whole years of age on `day`."""
    dob = person.date_of_birth
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))
