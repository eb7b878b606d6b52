"""Invented content shared by the out-of-scope templates: the people and
organisations a packet mentions, job titles, merchants and their goods, small
businesses and what they earn and spend. Drawn only from the `random.Random`
a template is given."""

import datetime as dt
import random
from decimal import Decimal

from ...addresses import address_for, us_address
from ...companies import BANKS, EMPLOYERS
from ...people import ascii_upper, random_person
from ...textfmt import money
from . import Cast

JOB_TITLES = ["Senior Accountant", "Registered Nurse", "Software Engineer II", "Warehouse Supervisor",
              "Customer Service Representative", "Operations Manager", "Dental Hygienist", "Project Coordinator",
              "Licensed Electrician", "Marketing Specialist", "Teacher", "Truck Driver", "Pharmacy Technician",
              "Financial Analyst", "Store Manager", "HVAC Technician", "Data Analyst", "Executive Assistant"]
DEPARTMENTS = ["Finance", "Operations", "Nursing", "Engineering", "Logistics", "Sales", "Human Resources",
               "Customer Care", "Facilities", "Clinical Services", "Information Technology"]
HR_TITLES = ["Human Resources Manager", "HR Generalist", "Payroll Administrator", "Director of People Operations",
             "Benefits & Payroll Specialist", "HR Business Partner", "Office Manager"]
PROPERTY_COMPANIES = ["Maplewood Property Management", "Crescent Realty Group", "Harbor Point Apartments LLC",
                      "Stonegate Residential", "Birchline Rentals", "Union Square Living", "Oak Terrace Homes"]
RELATIONSHIPS = ["mother", "father", "grandmother", "grandfather", "aunt", "uncle", "sister", "brother",
                 "parents", "godmother", "fiancé", "domestic partner"]
LENDERS = ["Crestline Home Loans", "Pioneer Mortgage Company", "BlueSky Lending LLC", "Keystone Home Finance",
           "Northbridge Mortgage Corp", "Silverline Funding", "Evergreen Home Lending"]
VENDORS = ["Brightside Plumbing & Heating", "Copperleaf Design Studio", "Summit IT Solutions LLC",
           "Greenway Landscaping Co", "Precision Auto Body", "Clearview Window Cleaning",
           "Redwood Legal Services PLLC", "Atlas Moving & Storage", "Pinnacle Roofing Inc",
           "Willow Creek Veterinary Clinic", "Lumen Electrical Contractors", "Bayside Print & Copy"]
SERVICES = [("Labor - service call", 95, 180), ("Parts and materials", 40, 650), ("Consulting hours", 85, 175),
            ("Website maintenance (monthly)", 120, 450), ("Design revisions", 60, 140), ("Travel charge", 25, 90),
            ("Diagnostic fee", 59, 129), ("Installation", 150, 900), ("Annual maintenance plan", 199, 499),
            ("Emergency call-out", 120, 260), ("Disposal fee", 20, 75), ("Project management", 75, 150),
            ("Printing - 500 brochures", 180, 420), ("Moving crew (3 movers)", 110, 190), ("Truck and fuel", 90, 260)]
BUSINESSES = [("Freelance graphic design", "541430", "Services"), ("Residential cleaning", "561720", "Services"),
              ("Landscaping services", "561730", "Services"), ("Rideshare driving", "485310", "Transportation"),
              ("Bookkeeping services", "541219", "Services"), ("Photography", "541920", "Services"),
              ("Online retail - handmade goods", "454110", "Retail"), ("Home renovation contractor", "236118",
                                                                      "Construction"),
              ("Personal training", "812990", "Services"), ("Food truck", "722330", "Food service"),
              ("Software consulting", "541511", "Services"), ("Tutoring", "611690", "Education")]
STORES = ["GREENLEAF GROCERS", "MAPLE MARKET", "HARBOR HARDWARE", "CORNERSTONE PHARMACY", "FRESHWAY SUPERMARKET",
          "PIXELPOINT ELECTRONICS", "PEBBLE PET SUPPLY", "NORTHSTAR BOOKS", "VALLEY HOME & GARDEN", "QUICKFUEL #"]
STORE_ITEMS = [("ORGANIC BANANAS", 0.59, 3.5), ("WHOLE MILK 1GAL", 3.49, 4.99), ("SOURDOUGH LOAF", 3.99, 6.5),
               ("EGGS LARGE 12CT", 2.99, 6.49), ("CHEDDAR BLOCK", 3.5, 7.99), ("PAPER TOWELS 6PK", 7.99, 12.99),
               ("LAUNDRY DETERGENT", 9.99, 17.99), ("AA BATTERIES 8PK", 6.99, 11.99), ("DOG FOOD 15LB", 19.99, 42.0),
               ("LED BULB 4PK", 8.99, 15.99), ("WOOD SCREWS", 4.49, 9.99), ("PAINT ROLLER KIT", 9.99, 19.99),
               ("COFFEE BEANS 12OZ", 8.99, 14.99), ("SPARKLING WATER", 4.99, 6.99), ("USB-C CABLE", 9.99, 24.99),
               ("NOTEBOOK 3PK", 5.49, 9.99), ("ALLERGY TABLETS", 8.99, 18.99), ("CHICKEN THIGHS", 6.5, 14.0),
               ("BABY SPINACH", 2.99, 5.49), ("OLIVE OIL 1L", 8.99, 16.99), ("GARDEN HOSE 50FT", 24.99, 49.99)]
RESTAURANTS = ["THE COPPER KETTLE", "BLUE HERON BISTRO", "LUCKY DRAGON KITCHEN", "SUNNYSIDE DINER", "TRATTORIA LUNA",
               "SMOKESTACK BBQ", "HARBOR OYSTER BAR", "EL MIRADOR TAQUERIA"]
DISHES = [("Cheeseburger", 12, 17), ("Caesar Salad", 9, 14), ("Fish Tacos", 13, 18), ("Margherita Pizza", 14, 19),
          ("Iced Tea", 2.5, 4), ("Draft IPA", 6, 9), ("House Red Glass", 8, 13), ("Chicken Pad Thai", 13, 17),
          ("Pancake Stack", 9, 13), ("Clam Chowder", 7, 11), ("Brisket Plate", 18, 26), ("Espresso", 3, 4.5),
          ("Tiramisu", 7, 10), ("Kids Pasta", 7, 9), ("Sparkling Water", 3, 5)]
CARD_BRANDS = ["VISA", "MASTERCARD", "AMEX", "DISCOVER", "DEBIT"]


def person_name(rng: random.Random, cast: Cast, ref: dt.date, reuse: float = 0.6) -> str:
    """A name from the packet (as a person would write it) or an invented one."""
    if cast.names and rng.random() < reuse:
        name = rng.choice(cast.names)
        return name.title() if name.isupper() and rng.random() < 0.6 else name
    return random_person(rng, ref).full_name


def employer(rng: random.Random, cast: Cast, reuse: float = 0.6) -> str:
    if cast.employers and rng.random() < reuse:
        return rng.choice(cast.employers)
    return rng.choice(EMPLOYERS)


def bank(rng: random.Random, region: str = "US") -> str:
    return rng.choice(BANKS.get(region, BANKS["US"]))


def phone(rng: random.Random, region: str = "US") -> str:
    if region == "GB":
        return f"0{rng.randint(113, 191)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return rng.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}"]).format(
        a=rng.randint(201, 989), b=rng.randint(200, 999), c=f"{rng.randint(0, 9999):04d}")


def email(name: str, domain_from: str) -> str:
    """first.last@domain, the domain made from an organisation's name."""
    local = ".".join(p.lower() for p in name.split()[::max(1, len(name.split()) - 1)])
    word = "".join(ch for ch in domain_from.split()[0].lower() if ch.isalnum())
    return "".join(ch for ch in ascii_upper(local).lower() if ch.isalnum() or ch == ".") + f"@{word}.com"


def region_of(rng: random.Random, weights=(80, 10, 10)) -> str:
    return rng.choices(["US", "GB", "CA"], weights=weights)[0]


def address(rng: random.Random, region: str):
    return us_address(rng) if region == "US" else address_for(rng, region)


def dollars(rng: random.Random, low: float, high: float, step: int = 1) -> Decimal:
    """A whole amount in [low, high], a multiple of `step`."""
    return Decimal(rng.randrange(int(low) // step, int(high) // step + 1) * step)


def cents(rng: random.Random, low: float, high: float) -> Decimal:
    return money(rng.uniform(low, high))


def masked_account(rng: random.Random) -> str:
    return rng.choice(["XXXX", "****", "xxxxxx", "ending in "]) + f"{rng.randint(0, 9999):04d}"


def recent(rng: random.Random, ref: dt.date, low: int, high: int) -> dt.date:
    """A day `low` to `high` days before `ref`."""
    return ref - dt.timedelta(days=rng.randint(low, high))
