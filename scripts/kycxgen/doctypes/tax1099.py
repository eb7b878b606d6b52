"""The US 1099 family of information returns (1099-INT, -DIV, -MISC, -NEC, -G,
-R): what each form prints, the amounts of one return, and the parties.

A return is drawn by one of three layouts (doctypes/tax1099_draw.py): the IRS
Copy B grid (one or two copies on the page), a payer's substitute statement
(a bank's or agency's own page listing "Box 1 Interest income ... $1,234.56"),
or a brokerage's consolidated tax statement. The SSA-1099 has a module of its
own (doctypes/ssa_1099.py) and shares the parties from here.

Truth follows what the page prints: a box that is blank is absent from the
truth; a box printed "0.00" is "0.00". Recipient TINs are full SSNs, payers'
EINs, or (on about a third of the returns) SSNs masked to their last four
digits, "***-**-6789" or "XXX-XX-6789", as payers print them on Copy B.
"""

import random
from dataclasses import dataclass
from decimal import Decimal

from ..addresses import US_STATES, Address, us_address
from ..companies import BANKS, EMPLOYERS
from ..layout import Document
from ..people import ascii_upper, random_person
from ..textfmt import canon_money, money
from . import GenContext
from .w2 import synthetic_ein, synthetic_ssn

FORMATS = ("pdf", "scanned_pdf", "png", "jpeg")

IMPORTANT = ("This is important tax information and is being furnished to the IRS. If you are required to file a "
             "return, a negligence penalty or other sanction may be imposed on you if this income is taxable and "
             "the IRS determines that it has not been reported.")


@dataclass(frozen=True)
class Box:
    num: str           # "1", "2a"; "rtn" for the unnumbered Payer's RTN box
    label: str         # as the official form words it
    field: str | None = None  # the truth field the box fills
    kind: str = "money"       # money | text | check | check2 | code | pct | blank


@dataclass(frozen=True)
class FormSpec:
    doc_type: str
    form: str                  # "1099-INT"
    title: tuple               # title lines of the official form
    omb: str
    rev: str                   # "January 2024"
    cat: str
    boxes: tuple               # every Box, in the form's order
    rows: tuple                # official grid: rows of box numbers in the box column
    state_rows: tuple          # official grid: the state (and local) rows at the bottom
    copy_b: str = IMPORTANT    # the Copy B legend
    listed: tuple = ()         # boxes a substitute statement lists even when empty

    def box(self, num: str) -> Box:
        return next(b for b in self.boxes if b.num == num)

    @property
    def title_text(self) -> str:
        return " ".join(self.title)

    @property
    def url(self) -> str:
        return "www.irs.gov/Form" + self.form.replace("-", "")


def _boxes(*items) -> tuple:
    return tuple(Box(*item) for item in items)


FED = "federal_income_tax_withheld"

SPECS = {
    "form_1099_int": FormSpec(
        "form_1099_int", "1099-INT", ("Interest", "Income"), "1545-0112", "January 2024", "Cat. No. 14410K",
        _boxes(("rtn", "Payer's RTN (optional)", None, "blank"), ("1", "Interest income", "interest_income"),
               ("2", "Early withdrawal penalty", "early_withdrawal_penalty"),
               ("3", "Interest on U.S. Savings Bonds and Treasury obligations", "us_savings_bond_interest"),
               ("4", "Federal income tax withheld", FED), ("5", "Investment expenses"), ("6", "Foreign tax paid"),
               ("7", "Foreign country or U.S. territory", None, "text"),
               ("8", "Tax-exempt interest", "tax_exempt_interest"),
               ("9", "Specified private activity bond interest"), ("10", "Market discount"),
               ("11", "Bond premium"), ("12", "Bond premium on Treasury obligations"),
               ("13", "Bond premium on tax-exempt bond"),
               ("14", "Tax-exempt and tax credit bond CUSIP no.", None, "text"), ("15", "State", None, "text"),
               ("16", "State identification no.", None, "text"), ("17", "State tax withheld")),
        (("rtn",), ("1",), ("2",), ("3",), ("4", "5"), ("6", "7"), ("8", "9"), ("10", "11"), ("12", "13")),
        (("14", "15", "16", "17"),), listed=("1", "2", "3", "4", "8")),
    "form_1099_div": FormSpec(
        "form_1099_div", "1099-DIV", ("Dividends and", "Distributions"), "1545-0110", "January 2024",
        "Cat. No. 14415N",
        _boxes(("1a", "Total ordinary dividends", "total_ordinary_dividends"),
               ("1b", "Qualified dividends", "qualified_dividends"),
               ("2a", "Total capital gain distr.", "total_capital_gain_distributions"),
               ("2b", "Unrecap. Sec. 1250 gain"), ("2c", "Section 1202 gain"), ("2d", "Collectibles (28%) gain"),
               ("2e", "Section 897 ordinary dividends"), ("2f", "Section 897 capital gain"),
               ("3", "Nondividend distributions"), ("4", "Federal income tax withheld", FED),
               ("5", "Section 199A dividends"), ("6", "Investment expenses"), ("7", "Foreign tax paid"),
               ("8", "Foreign country or U.S. territory", None, "text"), ("9", "Cash liquidation distributions"),
               ("10", "Noncash liquidation distributions"), ("11", "FATCA filing requirement", None, "check"),
               ("12", "Exempt-interest dividends"), ("13", "Specified private activity bond interest dividends"),
               ("14", "State", None, "text"), ("15", "State identification no.", None, "text"),
               ("16", "State tax withheld")),
        (("1a",), ("1b",), ("2a", "2b"), ("2c", "2d"), ("2e", "2f"), ("3", "4"), ("5", "6"), ("7", "8"),
         ("9", "10"), ("11", "12"), ("13",)),
        (("14", "15", "16"),), listed=("1a", "1b", "2a", "3", "4", "5", "7", "12")),
    "form_1099_misc": FormSpec(
        "form_1099_misc", "1099-MISC", ("Miscellaneous", "Information"), "1545-0115", "January 2024",
        "Cat. No. 14425J",
        _boxes(("1", "Rents", "rents"), ("2", "Royalties", "royalties"), ("3", "Other income", "other_income"),
               ("4", "Federal income tax withheld", FED), ("5", "Fishing boat proceeds"),
               ("6", "Medical and health care payments"),
               ("7", "Payer made direct sales totaling $5,000 or more of consumer products to recipient for resale",
                None, "check"),
               ("8", "Substitute payments in lieu of dividends or interest"), ("9", "Crop insurance proceeds"),
               ("10", "Gross proceeds paid to an attorney"), ("11", "Fish purchased for resale"),
               ("12", "Section 409A deferrals"), ("13", "FATCA filing requirement", None, "check"),
               ("14", "Excess golden parachute payments"), ("15", "Nonqualified deferred compensation"),
               ("16", "State tax withheld"), ("17", "State/Payer's state no.", None, "text"),
               ("18", "State income")),
        (("1",), ("2",), ("3", "4"), ("5", "6"), ("7", "8"), ("9", "10"), ("11", "12"), ("13", "14"), ("15",)),
        (("16", "17", "18"),), listed=("1", "2", "3", "4", "8")),
    "form_1099_nec": FormSpec(
        "form_1099_nec", "1099-NEC", ("Nonemployee", "Compensation"), "1545-0116", "April 2025", "Cat. No. 72590N",
        _boxes(("1", "Nonemployee compensation", "nonemployee_compensation"),
               ("2", "Payer made direct sales totaling $5,000 or more of consumer products to recipient for resale",
                None, "check"),
               ("3", "Excess golden parachute payments"), ("4", "Federal income tax withheld", FED),
               ("5", "State tax withheld"), ("6", "State/Payer's state no.", None, "text"), ("7", "State income")),
        (("1",), ("2",), ("3",), ("4",)), (("5", "6", "7"),), listed=("1", "4")),
    "form_1099_g": FormSpec(
        "form_1099_g", "1099-G", ("Certain", "Government", "Payments"), "1545-0120", "January 2024",
        "Cat. No. 14438M",
        _boxes(("1", "Unemployment compensation", "unemployment_compensation"),
               ("2", "State or local income tax refunds, credits, or offsets", "state_local_tax_refunds"),
               ("3", "Box 2 amount is for tax year", None, "text"), ("4", "Federal income tax withheld", FED),
               ("5", "RTAA payments"), ("6", "Taxable grants"), ("7", "Agriculture payments"),
               ("8", "If checked, box 2 is trade or business income", None, "check"), ("9", "Market gain"),
               ("10a", "State", None, "text"), ("10b", "State identification no.", None, "text"),
               ("11", "State income tax withheld")),
        (("1",), ("2",), ("3", "4"), ("5", "6"), ("7", "8"), ("9",)), (("10a", "10b", "11"),),
        listed=("1", "2", "4")),
    "form_1099_r": FormSpec(
        "form_1099_r", "1099-R", ("Distributions From", "Pensions, Annuities,", "Retirement or", "Profit-Sharing",
                                  "Plans, IRAs,", "Insurance", "Contracts, etc."),
        "1545-0119", "January 2024", "Cat. No. 14436Q",
        _boxes(("1", "Gross distribution", "gross_distribution"), ("2a", "Taxable amount", "taxable_amount"),
               ("2b", "Taxable amount not determined|Total distribution", None, "check2"),
               ("3", "Capital gain (included in box 2a)"), ("4", "Federal income tax withheld", FED),
               ("5", "Employee contributions/Designated Roth contributions or insurance premiums"),
               ("6", "Net unrealized appreciation in employer's securities"),
               ("7", "Distribution code(s)", "distribution_code", "code"), ("8", "Other"),
               ("9a", "Your percentage of total distribution", None, "pct"), ("9b", "Total employee contributions"),
               ("10", "Amount allocable to IRR within 5 years"), ("11", "1st year of desig. Roth contrib.", None, "text"),
               ("12", "FATCA filing requirement", None, "check"), ("13", "Date of payment", None, "text"),
               ("14", "State tax withheld"), ("15", "State/Payer's state no.", None, "text"),
               ("16", "State distribution"), ("17", "Local tax withheld"), ("18", "Name of locality", None, "text"),
               ("19", "Local distribution")),
        (("1",), ("2a",), ("2b",), ("3", "4"), ("5", "6"), ("7", "8"), ("9a", "9b"), ("10", "11"), ("12", "13")),
        (("14", "15", "16"), ("17", "18", "19")),
        copy_b=("Report this income on your federal tax return. If this form shows federal income tax withheld "
                "in box 4, attach this copy to your return. " + IMPORTANT),
        listed=("1", "2a", "3", "4", "5", "7")),
}

# Invented payers by kind of return.
BROKERS = ["Northbridge Securities LLC", "Cobalt Street Investments", "Ironwood Brokerage Services",
           "Bayline Capital Markets Inc", "Summit Ridge Financial Services", "Clearpath Investing LLC"]
FUND_COMPANIES = ["Evergreen Index Funds", "Tidewater Mutual Fund Trust", "Halcyon Growth & Income Fund",
                  "Pinecrest Dividend Fund", "Arbor Point Funds"]
LANDLORD_PAYERS = ["Lakeside Property Management LLC", "Redstone Realty Partners", "Willow Creek Holdings LLC",
                   "Blue Mesa Property Services"]
ROYALTY_PAYERS = ["Quillstone Publishing Inc", "Bright Harbor Media Group", "Ridgeback Energy Partners LP",
                  "Songline Music Licensing LLC", "Prairie Wind Minerals Co"]
OTHER_PAYERS = ["Harvest Moon Research Panel", "Goldleaf Sweepstakes Promotions", "Mapleton Clinical Trials LLC",
                "Crescent Bay Marketing Inc"]
PLAN_PAYERS = ["Evergreen Retirement Services", "Pinnacle Life & Annuity Co", "Keystone Pension Trust",
               "Harborview Trust Company, Custodian", "Cobalt Street Investments IRA Custodian"]
CONTRACTORS = ["Cedar & Pine Consulting LLC", "Brightline Design Studio", "Northgate Electrical Services",
               "Quarry Hill Landscaping", "Stillwater Bookkeeping LLC", "Redwing Media Productions"]
RECIPIENT_BUSINESSES = {
    "form_1099_nec": CONTRACTORS,
    "form_1099_misc": ["Oakhaven Rentals LLC", "Marlow Family Trust", "Fieldstone Properties LP"],
}


@dataclass
class Party:
    name: str
    address: Address
    tin: str
    phone: str = ""


@dataclass
class Return:
    """One 1099 before layout: the parties and the amount (or text) of each filled box."""
    spec: FormSpec
    year: int
    payer: Party
    recipient: Party
    tin_masked: bool
    account: str | None
    values: dict                 # box number -> Decimal (money), str (text/code/pct) or True (check box)
    corrected: bool = False


def phone(rng: random.Random) -> str:
    """A number in the 555-01xx block reserved for fiction, in one of the usual forms."""
    area = rng.choice([800, 888, 877, 866, rng.randint(201, 989)])
    line = f"555-01{rng.randint(0, 99):02d}"
    return rng.choice([f"({area}) {line}", f"{area}-{line}", f"1-{area}-{line}"])


def masked(ssn: str, style: str) -> str:
    """An SSN as printed with its first five digits hidden."""
    star = "*" if style == "star" else "X"
    return f"{star * 3}-{star * 2}-{ssn[-4:]}"


def recipient_person(rng: random.Random, ctx: GenContext, *, min_age=18, max_age=88) -> str:
    """A recipient's name as a payer's system prints it."""
    person = random_person(rng, ctx.reference_date, min_age=min_age, max_age=max_age)
    style = rng.choices(["upper_initial", "upper_full", "mixed", "mixed_initial"], weights=[35, 20, 30, 15])[0]
    if style == "upper_initial":
        return ascii_upper(f"{person.first_middle_initial()} {person.surname}")
    if style == "upper_full":
        return ascii_upper(person.full_name)
    if style == "mixed_initial":
        return f"{person.first_middle_initial()} {person.surname}"
    return f"{person.given_names[0]} {person.surname}"


def recipient_tin(rng: random.Random, mask_share: float = 0.36) -> tuple[str, bool]:
    """(TIN as printed, masked?) of an individual recipient."""
    ssn = synthetic_ssn(rng)
    if rng.random() < mask_share:
        return masked(ssn, rng.choice(["star", "x"])), True
    return ssn, False


def _amount(rng: random.Random, low: float, high: float, whole: float = 0.0) -> Decimal:
    """A positive amount between low and high; with probability `whole`, whole dollars."""
    value = money(rng.uniform(low, high))
    return money(int(value)) if rng.random() < whole else value


def _account(rng: random.Random, kind: str) -> str:
    if kind == "bank":
        digits = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(8, 12)))
        return rng.choice([digits, digits, "XXXXXX" + digits[-4:], "****" + digits[-4:]])
    if kind == "broker":
        return rng.choice([f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                           f"{rng.choice('XYZ')}{rng.randint(10, 99)}-{rng.randint(100000, 999999)}",
                           f"{rng.randint(10000000, 99999999)}"])
    if kind == "plan":
        return rng.choice([f"A{rng.randint(10000000, 99999999)}", f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}",
                           f"PLAN {rng.randint(1000, 9999)}-{rng.randint(10, 99)}"])
    if kind == "claim":
        return rng.choice([f"{rng.randint(10000000, 99999999)}", f"UI-{rng.randint(1000000, 9999999)}"])
    return rng.choice([f"V{rng.randint(10000, 99999)}", f"{rng.randint(1000, 99999)}",
                       f"VEND-{rng.randint(100, 9999):04d}"])


def _state_row(rng, values, state, wh_num, id_num, income_num, income, tax_share=0.5):
    """Fills a "State tax withheld | State/Payer's state no. | State income" row."""
    digits = f"{rng.randint(10000000, 99999999)}"
    values[id_num] = rng.choice([f"{state} {digits}", f"{state}/{digits}", digits[:7]])
    if rng.random() < tax_share:
        values[wh_num] = money(income * Decimal(rng.uniform(0.02, 0.06)))
    values[income_num] = income


def make_return(doc_type: str, rng: random.Random, ctx: GenContext) -> Return:
    """The parties and box amounts of one return of `doc_type` (not SSA-1099)."""
    spec = SPECS[doc_type]
    year = rng.choices([2025, 2024], weights=[85, 15])[0]
    payer_addr = us_address(rng)
    home = us_address(rng, payer_addr.region if rng.random() < 0.7 else None)
    v: dict = {}
    business = doc_type in RECIPIENT_BUSINESSES and rng.random() < 0.15
    if business:
        name, tin, is_masked = rng.choice(RECIPIENT_BUSINESSES[doc_type]), synthetic_ein(rng), False
        name = name.upper() if rng.random() < 0.5 else name
    else:
        name = recipient_person(rng, ctx, min_age=60 if doc_type == "form_1099_r" else 18)
        tin, is_masked = recipient_tin(rng)
    state = home.region
    backup = rng.random() < 0.08  # backup withholding at 24 %

    if doc_type == "form_1099_int":
        kind = rng.choices(["bank", "broker", "treasury"], weights=[60, 30, 10])[0]
        payer = rng.choice(BANKS["US"] if kind == "bank" else BROKERS)
        account = _account(rng, "bank" if kind == "bank" else "broker") if rng.random() < 0.75 else None
        if kind != "treasury" or rng.random() < 0.5:
            v["1"] = _amount(rng, *rng.choice([(10, 400), (150, 3500), (2000, 18000)]))
        if kind == "bank" and rng.random() < 0.12:
            v["2"] = _amount(rng, 5, 260)
        if kind == "treasury" or rng.random() < 0.12:
            v["3"] = _amount(rng, 20, 4200)
        if kind == "broker" and rng.random() < 0.35:
            v["8"] = _amount(rng, 40, 5200)
            if rng.random() < 0.3:
                v["14"] = f"{rng.randint(100000, 999999)}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}{rng.randint(0, 9)}"
        if kind == "broker" and rng.random() < 0.25:
            v["6"] = money(sum(v.get(k, 0) for k in ("1", "3")) * Decimal(rng.uniform(0.01, 0.06))) or Decimal("1.00")
            v["7"] = rng.choice(["Various", "RIC", "CANADA"])
        if kind == "broker" and rng.random() < 0.2:
            v["11"] = _amount(rng, 5, 400)
        base = sum(v.get(k, Decimal(0)) for k in ("1", "3"))
        if backup and base:
            v["4"] = money(base * Decimal("0.24"))
    elif doc_type == "form_1099_div":
        kind = rng.choice(["broker", "fund"])
        payer = rng.choice(BROKERS if kind == "broker" else FUND_COMPANIES)
        account = _account(rng, "broker") if rng.random() < 0.85 else None
        v["1a"] = _amount(rng, *rng.choice([(20, 600), (300, 6000), (4000, 38000)]))
        if rng.random() < 0.85:
            v["1b"] = v["1a"] if rng.random() < 0.25 else money(v["1a"] * Decimal(rng.uniform(0.35, 0.98)))
        if rng.random() < 0.45:
            v["2a"] = _amount(rng, 15, 9000)
            if rng.random() < 0.2:
                v["2b"] = money(v["2a"] * Decimal(rng.uniform(0.05, 0.4)))
        if rng.random() < 0.25:
            v["5"] = money(v["1a"] * Decimal(rng.uniform(0.02, 0.15))) or Decimal("0.01")
        if rng.random() < 0.25:
            v["7"] = money(v["1a"] * Decimal(rng.uniform(0.01, 0.07))) or Decimal("0.01")
            v["8"] = rng.choice(["RIC", "Various", "See Statement"])
        if rng.random() < 0.12:
            v["3"] = _amount(rng, 5, 900)
        if kind == "fund" and rng.random() < 0.15:
            v["12"] = _amount(rng, 30, 3000)
        if backup:
            v["4"] = money(v["1a"] * Decimal("0.24"))
    elif doc_type == "form_1099_misc":
        picks = [k for k, p in (("1", 0.45), ("2", 0.35), ("3", 0.4)) if rng.random() < p] or [rng.choice("123")]
        payer = rng.choice({"1": LANDLORD_PAYERS, "2": ROYALTY_PAYERS, "3": OTHER_PAYERS}[picks[0]] + EMPLOYERS[:4])
        account = _account(rng, "vendor") if rng.random() < 0.4 else None
        if "1" in picks:
            v["1"] = _amount(rng, 1200, 64000, whole=0.6)
        if "2" in picks:
            v["2"] = _amount(rng, 40, 22000)
        if "3" in picks:
            v["3"] = _amount(rng, 600, 15000, whole=0.5)
        if rng.random() < 0.06:
            v["6"] = _amount(rng, 800, 12000)
        if backup:
            v["4"] = money(sum(v.get(k, Decimal(0)) for k in ("1", "2", "3")) * Decimal("0.24"))
        if rng.random() < 0.35:
            _state_row(rng, v, state, "16", "17", "18", sum(v.get(k, Decimal(0)) for k in ("1", "2", "3")))
    elif doc_type == "form_1099_nec":
        payer = rng.choice(EMPLOYERS)
        account = _account(rng, "vendor") if rng.random() < 0.35 else None
        v["1"] = _amount(rng, *rng.choice([(600, 5000), (2500, 40000), (20000, 140000)]), whole=0.4)
        if rng.random() < 0.04:
            v["2"] = True
        if backup:
            v["4"] = money(v["1"] * Decimal("0.24"))
        if rng.random() < 0.4:
            _state_row(rng, v, state, "5", "6", "7", v["1"], tax_share=0.3)
    elif doc_type == "form_1099_g":
        sname = US_STATES[state][0]
        agency = rng.choice([f"{sname} Department of Labor", f"{sname} Employment Security Department",
                             f"State of {sname} Department of Revenue", f"{sname} Department of Taxation"])
        payer = agency.upper() if rng.random() < 0.5 else agency
        payer_addr = us_address(rng, state)
        account = _account(rng, "claim") if rng.random() < 0.3 else None
        ui = rng.random() < 0.75
        refund = not ui or rng.random() < 0.25
        if ui:
            v["1"] = money(Decimal(rng.randint(4, 26)) * money(rng.uniform(180, 720)))
            if rng.random() < 0.4:
                v["4"] = money(v["1"] * Decimal("0.10"))
        if refund:
            v["2"] = _amount(rng, 40, 3600)
            v["3"] = str(year - 1)
        v["10a"] = state
        v["10b"] = f"{rng.randint(100000, 999999)}"
        if ui and rng.random() < 0.25:
            v["11"] = money(v["1"] * Decimal(rng.uniform(0.03, 0.05)))
    elif doc_type == "form_1099_r":
        payer = rng.choice(PLAN_PAYERS + [f"{e} 401(k) Plan" for e in EMPLOYERS[:5]])
        account = _account(rng, "plan") if rng.random() < 0.7 else None
        code = rng.choices(["7", "1", "2", "G", "4", "Q", "7D"], weights=[45, 14, 6, 13, 6, 8, 3])[0]
        gross = _amount(rng, *rng.choice([(1200, 18000), (8000, 60000), (40000, 160000)]))
        v["1"] = gross
        v["7"] = code
        ira = rng.random() < 0.5
        if ira:
            v["7ira"] = True
        checks = []
        if code in ("G", "Q"):
            v["2a"] = Decimal("0.00")
        elif ira and rng.random() < 0.3:
            checks.append("not_determined")  # the payer leaves 2a blank
        elif rng.random() < 0.2:
            v["5"] = money(gross * Decimal(rng.uniform(0.05, 0.3)))
            v["2a"] = gross - v["5"]
        else:
            v["2a"] = gross
        if code in ("7", "7D", "2", "4", "1") and rng.random() < 0.6:
            rate = Decimal("0.20") if code == "1" and not ira else Decimal(rng.choice(["0.10", "0.12", "0.15", "0.20"]))
            v["4"] = money(gross * rate)
        if rng.random() < 0.25:
            checks.append("total")
        if checks:
            v["2b"] = tuple(checks)
        if "4" in v and rng.random() < 0.5:
            _state_row(rng, v, state, "14", "15", "16", gross, tax_share=0.8)
    else:
        raise ValueError(doc_type)

    recipient = Party(name, home, tin)
    payer_party = Party(payer, payer_addr, synthetic_ein(rng), phone(rng))
    return Return(spec, year, payer_party, recipient, is_masked, account, v, corrected=rng.random() < 0.08)


def truth_fields(ret: Return, shown: dict) -> dict:
    """The truth of a drawn return: `shown` maps each box the page prints to its text."""
    fields = {"tax_year": str(ret.year), "payer_name": ret.payer.name, "payer_tin": ret.payer.tin,
              "recipient_name": ret.recipient.name, "recipient_tin": ret.recipient.tin}
    if ret.account:
        fields["account_number"] = ret.account
    for box in ret.spec.boxes:
        if box.field and box.num in shown:
            value = ret.values.get(box.num, Decimal("0.00"))
            fields[box.field] = canon_money(value) if box.kind == "money" else value
    fields["currency"] = "USD"
    return fields


def generate(doc_type: str, rng: random.Random, ctx: GenContext) -> Document:
    from . import tax1099_draw

    ret = make_return(doc_type, rng, ctx)
    return tax1099_draw.draw(ret, rng)
