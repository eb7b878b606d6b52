"""The contract's document types, field names and value formats (CONTRACT.md
sections 2, 4 and 5), and a validator for truth files. Pure; used by the
generator before writing and by the tests."""

import datetime as dt
import re

# type -> {field: (required, kind)}
FIELDS = {
    "passport": {
        "document_number": (True, "text"), "surname": (True, "name"), "given_names": (True, "name"),
        "nationality": (True, "country"), "issuing_country": (True, "country"),
        "date_of_birth": (True, "date"), "sex": (True, "sex"), "date_of_expiry": (True, "date"),
        "personal_number": (False, "text"), "place_of_birth": (False, "text"),
        "date_of_issue": (False, "date"), "mrz_line1": (True, "mrz44"), "mrz_line2": (True, "mrz44"),
    },
    "id_card": {
        "document_number": (True, "text"), "surname": (True, "name"), "given_names": (True, "name"),
        "nationality": (True, "country"), "issuing_country": (True, "country"),
        "date_of_birth": (True, "date"), "sex": (True, "sex"), "date_of_expiry": (True, "date"),
        "optional_data": (False, "text"), "mrz_lines": (True, "mrz_lines"),
    },
    "drivers_license": {
        "document_number": (True, "text"), "surname": (True, "name"), "given_names": (True, "name"),
        "date_of_birth": (True, "date"), "date_of_issue": (False, "date"), "date_of_expiry": (True, "date"),
        "sex": (False, "sex"), "address_street": (True, "text"), "address_city": (True, "text"),
        "address_state": (True, "text"), "address_postal_code": (True, "text"),
        "issuing_jurisdiction": (True, "text"),
    },
    "bank_statement": {
        "bank_name": (True, "text"), "account_holder_name": (True, "name"), "account_number": (True, "text"),
        "routing_number": (False, "text"), "sort_code": (False, "text"), "iban": (False, "text"),
        "statement_period_start": (True, "date"), "statement_period_end": (True, "date"),
        "currency": (True, "currency"), "opening_balance": (True, "money"), "closing_balance": (True, "money"),
        "total_credits": (False, "money"), "total_debits": (False, "money"),
        "transactions": (True, "transactions"),
    },
    "pay_stub": {
        "employer_name": (True, "text"), "employee_name": (True, "name"), "employee_id": (False, "text"),
        "pay_period_start": (True, "date"), "pay_period_end": (True, "date"), "pay_date": (True, "date"),
        "pay_frequency": (False, "frequency"), "currency": (True, "currency"), "gross_pay": (True, "money"),
        "total_deductions": (False, "money"), "net_pay": (True, "money"), "ytd_gross": (False, "money"),
        "ytd_net": (False, "money"),
    },
    "utility_bill": {
        "provider_name": (True, "text"), "account_holder_name": (True, "name"), "account_number": (False, "text"),
        "service_address_street": (True, "text"), "service_address_city": (True, "text"),
        "service_address_region": (False, "text"), "service_address_postal_code": (True, "text"),
        "statement_date": (True, "date"), "due_date": (False, "date"), "amount_due": (True, "money"),
        "currency": (True, "currency"),
    },
    "w2": {
        "tax_year": (True, "year"), "employer_ein": (True, "text"), "employer_name": (True, "text"),
        "employee_ssn": (True, "text"), "employee_name": (True, "name"), "wages": (True, "money"),
        "federal_income_tax_withheld": (True, "money"), "social_security_wages": (False, "money"),
        "social_security_tax_withheld": (False, "money"), "medicare_wages": (False, "money"),
        "medicare_tax_withheld": (False, "money"), "currency": (False, "currency"),
    },
}


def _information_return(payer_tin_required: bool = True, **boxes) -> dict:
    """The fields every 1099 carries, then the form's own boxes."""
    spec = {
        "tax_year": (True, "year"), "payer_name": (True, "text"), "payer_tin": (payer_tin_required, "tin"),
        "recipient_name": (True, "name"), "recipient_tin": (True, "tin"), "account_number": (False, "text"),
        "federal_income_tax_withheld": (False, "money"), "currency": (True, "currency"),
    }
    if not payer_tin_required:
        del spec["payer_tin"]  # the SSA-1099 prints no payer TIN
    spec.update(boxes)
    return spec


# The 1099 family: a box is a field only where the box is filled; blank boxes are absent.
FIELDS.update({
    "form_1099_int": _information_return(
        interest_income=(False, "money"), early_withdrawal_penalty=(False, "money"),
        us_savings_bond_interest=(False, "money"), tax_exempt_interest=(False, "money")),
    "form_1099_div": _information_return(
        total_ordinary_dividends=(False, "money"), qualified_dividends=(False, "money"),
        total_capital_gain_distributions=(False, "money")),
    "form_1099_misc": _information_return(
        rents=(False, "money"), royalties=(False, "money"), other_income=(False, "money")),
    "form_1099_nec": _information_return(nonemployee_compensation=(True, "money")),
    "form_1099_g": _information_return(
        unemployment_compensation=(False, "money"), state_local_tax_refunds=(False, "money")),
    "form_1099_r": _information_return(
        gross_distribution=(True, "money"), taxable_amount=(False, "money"), distribution_code=(True, "dist_code")),
    "ssa_1099": _information_return(
        payer_tin_required=False, benefits_paid=(True, "money"), benefits_repaid=(False, "money"),
        net_benefits=(True, "money")),
})

_MONEY = re.compile(r"^-?\d+\.\d{2}$")
_COUNTRY = re.compile(r"^[A-Z]{1,3}$")
_CURRENCIES = {"USD", "GBP", "EUR", "CAD"}
_FREQUENCIES = {"weekly", "biweekly", "semimonthly", "monthly"}
_MRZ = re.compile(r"^[A-Z0-9<]+$")
# A TIN as a 1099 prints it: an EIN, an SSN, or an SSN masked to its last four digits.
_TIN = re.compile(r"^(\d{2}-\d{7}|\d{3}-\d{2}-\d{4}|\*{3}-\*{2}-\d{4}|X{3}-X{2}-\d{4})$")
# Form 1099-R box 7: one or two distribution codes (digits 1-9, letters A-Y).
_DIST_CODE = re.compile(r"^[1-9A-Y]{1,2}$")


def is_date(value) -> bool:
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_money(value) -> bool:
    return isinstance(value, str) and bool(_MONEY.match(value)) and value != "-0.00"


def _is_text(value) -> bool:
    return isinstance(value, str) and value != "" and value == " ".join(value.split())


def _check(kind: str, value) -> str | None:
    """None if `value` is a valid `kind`, else a short reason."""
    ok = {
        "text": _is_text, "name": _is_text, "date": is_date, "money": is_money,
        "country": lambda v: isinstance(v, str) and bool(_COUNTRY.match(v)),
        "currency": lambda v: v in _CURRENCIES, "sex": lambda v: v in ("M", "F", "X"),
        "frequency": lambda v: v in _FREQUENCIES,
        "year": lambda v: isinstance(v, str) and bool(re.match(r"^(19|20)\d{2}$", v)),
        "mrz44": lambda v: isinstance(v, str) and len(v) == 44 and bool(_MRZ.match(v)),
        "mrz_lines": lambda v: (isinstance(v, list) and len(v) in (2, 3)
                                and len({len(x) for x in v}) == 1 and len(v[0]) == {2: 36, 3: 30}.get(len(v), 0)
                                and all(_MRZ.match(x) for x in v)),
        "transactions": _transactions_ok,
        "tin": lambda v: isinstance(v, str) and bool(_TIN.match(v)),
        "dist_code": lambda v: isinstance(v, str) and bool(_DIST_CODE.match(v)),
    }[kind](value)
    return None if ok else f"not a valid {kind}: {value!r}"


def _transactions_ok(rows) -> bool:
    if not isinstance(rows, list) or not rows:
        return False
    for row in rows:
        if not isinstance(row, dict) or set(row) != {"date", "description", "amount", "balance"}:
            return False
        if not (is_date(row["date"]) and _is_text(row["description"]) and is_money(row["amount"])):
            return False
        if row["balance"] is not None and not is_money(row["balance"]):
            return False
    return True


def validate_truth(truth: dict) -> list[str]:
    """Problems with a truth object (empty list when it follows the contract)."""
    problems = []
    doc_type = truth.get("document_type")
    if doc_type not in FIELDS:
        return [f"unknown document_type {doc_type!r}"]
    spec = FIELDS[doc_type]
    fields = truth.get("fields", {})
    for name, value in fields.items():
        if name not in spec:
            problems.append(f"unknown field {name}")
        elif (reason := _check(spec[name][1], value)) is not None:
            problems.append(f"{name}: {reason}")
    for name, (required, _) in spec.items():
        if required and name not in fields:
            problems.append(f"missing required field {name}")
    if "currency" not in fields and any(spec.get(n, (0, ""))[1] == "money" for n in fields):
        problems.append("money fields without currency")
    return problems
