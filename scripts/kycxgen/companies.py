"""Invented organisation names: employers, merchants, billers, banks, utilities.
Any resemblance to a real organisation is accidental."""

EMPLOYERS = ["Acme Tools Inc", "Brightwave Logistics LLC", "Copperline Foods Inc", "Nova Health Partners",
             "Tallpine Software Corp", "Riverstone Manufacturing", "Bluebird Home Care", "Granite Peak Builders",
             "Lumen Analytics Inc", "Harborlight Hospitality", "Oakridge School District", "Meridian Freight Co",
             "Silverleaf Dental Group", "Kestrel Aerospace Ltd", "Foxglove Retail Group", "Northfield Insurance Co"]

MERCHANTS = ["GREENLEAF GROCERS", "QUICKFUEL", "BLUE HERON COFFEE", "CORNERSTONE PHARMACY",
             "PIXELPOINT ELECTRONICS", "HARBOR HARDWARE", "SUNNYSIDE DINER", "MAPLE MARKET", "CITYLINE TRANSIT",
             "NORTHSTAR BOOKS", "FRESHWAY SUPERMARKET", "RIVERSIDE CINEMA", "PEBBLE PET SUPPLY", "URBAN SPROUT CAFE"]

BILLERS = ["NORTHWIND POWER", "BLUEWATER UTILITIES", "CLEARLINE BROADBAND", "SUMMIT MOBILE",
           "HEARTHSTONE MORTGAGE", "SAFEHARBOR INSURANCE", "METRO FITNESS CLUB", "STREAMBOX MEDIA"]

BANKS = {
    "US": ["First Meridian Bank", "Harborview Savings Bank", "Cedar Valley Credit Union", "Lakeshore National Bank",
           "Summit Peak Bank, N.A."],
    "GB": ["Thistle & Rowan Bank", "Albion Mutual Bank", "Northgate Building Society", "Kingsbridge Bank plc"],
    "DE": ["Nordhafen Bank AG", "Sparkasse Elbtal"],
    "FR": ["Banque du Lac", "Crédit Rivière"],
    "NL": ["Van Houten Bank N.V.", "Polderbank"],
    "AT": ["Alpenland Sparkasse"],
    "BE": ["Banque Sablon"],
}

# kind -> [(provider name, unit, typical monthly usage range)]
UTILITIES = {
    "electric": [("Northwind Power & Light", "kWh", (250, 1400)), ("Bright River Energy", "kWh", (250, 1200))],
    "gas": [("Summit Gas Company", "therms", (10, 120)), ("Heathland Gas", "kWh", (300, 2500))],
    "water": [("Bluewater Utilities", "gal", (2000, 9000)), ("Clearbrook Water", "m³", (5, 30))],
    "internet": [("Clearline Broadband", "GB", (80, 900)), ("Fibrewave Networks", "GB", (50, 800))],
    "phone": [("Summit Mobile", "GB", (2, 40)), ("Lakeside Telecom", "min", (100, 1200))],
}
