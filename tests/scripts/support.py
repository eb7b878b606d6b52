"""Shared helpers for the generator tests: run scripts/generate, load a corpus,
and re-derive from each truth file what the rendered document must satisfy.

`check_document` returns a list of problems (empty when consistent); the
per-type tests and the samples test both use it."""

import datetime as dt
import functools
import json
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GENERATE = os.path.join(ROOT, "scripts", "generate")
PYTHON = "/usr/bin/python3"
sys.path.insert(0, os.path.join(ROOT, "scripts"))

from kycxgen import TAX1099_TYPES, aamva, mrz, textfmt  # noqa: E402
from kycxgen.checksums import aba_is_valid, ein_is_valid, iban_is_valid, ssn_is_valid  # noqa: E402
from kycxgen.doctypes.w2 import WAGE_BASE  # noqa: E402
from kycxgen.truth_schema import FIELDS, validate_truth  # noqa: E402

_TMP = tempfile.mkdtemp(prefix="kycxgen-test-")


def run_generate(out: str, *args: str) -> None:
    subprocess.run([PYTHON, GENERATE, "--out", out, "--quiet", *args], check=True, capture_output=True)


@functools.cache
def corpus(types: str, count: int = 4, formats: str = "", clean: bool = False, seed: int = 11) -> str:
    """Generates (once per process) and returns a corpus folder."""
    out = os.path.join(_TMP, f"{types.replace(',', '_')}-{count}-{formats.replace(',', '_')}-{clean}-{seed}")
    args = ["--types", types, "--count-per-type", str(count), "--seed", str(seed)]
    if formats:
        args += ["--formats", formats]
    if clean:
        args.append("--clean")
    run_generate(out, *args)
    return out


def documents(folder: str) -> list[tuple[str, dict]]:
    """[(document path, truth)] for every NAME.truth.json under folder."""
    out = []
    for dirpath, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            if name.endswith(".truth.json"):
                stem = name[: -len(".truth.json")]
                docs = [f for f in files if f.startswith(stem + ".") and not f.endswith(".truth.json")]
                with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                    truth = json.load(f)
                out.append((os.path.join(dirpath, docs[0]) if len(docs) == 1 else None, truth))
    return out


def D(value: str) -> Decimal:
    return Decimal(value)


def cents(value) -> Decimal:
    return textfmt.money(value)


# ------------------------------------------------------------------ checks

def check_common(path, truth) -> list[str]:
    problems = list(validate_truth(truth))
    if path is None:
        problems.append("no single document file beside the truth file")
    meta = truth.get("meta", {})
    for key in ("generator_version", "seed", "layout", "font", "format", "degradations", "page_count", "boxes"):
        if key not in meta:
            problems.append(f"meta.{key} missing")
    pages = meta.get("page_count", 0)
    for field, box in meta.get("boxes", {}).items():
        if field not in truth["fields"]:
            problems.append(f"box for absent field {field}")
        x0, y0, x1, y1 = box["bbox"]
        if not (0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1 and 1 <= box["page"] <= pages):
            problems.append(f"bad box for {field}: {box}")
    return problems


def mrz_problems(truth) -> list[str]:
    f = truth["fields"]
    lines = f["mrz_lines"] if "mrz_lines" in f else [f["mrz_line1"], f["mrz_line2"]]
    problems = [f"check digit {name} fails" for name in mrz.check_lines(lines)]
    kind = {2: "TD3" if len(lines[0]) == 44 else "TD2", 3: "TD1"}[len(lines)]
    optional = f.get("personal_number", f.get("optional_data", ""))
    data = mrz.MrzData(lines[0][:2], f["issuing_country"], f["surname"], f["given_names"], f["document_number"],
                       f["nationality"], dt.date.fromisoformat(f["date_of_birth"]), f["sex"],
                       dt.date.fromisoformat(f["date_of_expiry"]), optional)
    rebuilt = mrz.build(kind, data)
    if rebuilt != lines:
        problems.append(f"MRZ rebuilt from truth differs: {rebuilt} != {lines}")
    return problems


def statement_problems(truth) -> list[str]:
    f, problems = truth["fields"], []
    balance = D(f["opening_balance"])
    credits = debits = Decimal(0)
    for i, row in enumerate(f["transactions"]):
        amount = D(row["amount"])
        balance += amount
        credits += amount if amount > 0 else 0
        debits += -amount if amount < 0 else 0
        if row["balance"] is not None and D(row["balance"]) != balance:
            problems.append(f"row {i}: balance {row['balance']} != running {balance}")
        if not f["statement_period_start"] <= row["date"] <= f["statement_period_end"]:
            problems.append(f"row {i}: date outside the period")
    if balance != D(f["closing_balance"]):
        problems.append("opening + sum(amounts) != closing")
    if "total_credits" in f and credits != D(f["total_credits"]):
        problems.append("total credits mismatch")
    if "total_debits" in f and debits != D(f["total_debits"]):
        problems.append("total debits mismatch")
    if not 8 <= len(f["transactions"]) <= 40:
        problems.append("transaction count outside 8-40")
    if "routing_number" in f and not aba_is_valid(f["routing_number"]):
        problems.append("ABA checksum fails")
    if "iban" in f and not iban_is_valid(f["iban"]):
        problems.append("IBAN mod 97 fails")
    if "sort_code" in f and not re.fullmatch(r"\d\d-\d\d-\d\d", f["sort_code"]):
        problems.append("sort code not NN-NN-NN")
    currency = {"routing_number": "USD", "sort_code": "GBP"}
    for key, cur in currency.items():
        if key in f and f["currency"] != cur:
            problems.append(f"{key} with currency {f['currency']}")
    return problems


def pay_stub_problems(truth) -> list[str]:
    """Lines add up to the totals; a line's "ytd" is null where the stub prints no year to date."""
    f, meta, problems = truth["fields"], truth["meta"], []
    gross = sum(D(e["current"]) for e in meta["earnings"])
    ded = sum(D(d["current"]) for d in meta["deductions"])
    with_ytd = all(line["ytd"] is not None for line in meta["earnings"] + meta["deductions"])
    for e in meta["earnings"]:
        if e["hours"] is not None and abs(D(e["hours"]) * D(e["rate"]) - D(e["current"])) > Decimal("0.01"):
            problems.append(f"{e['name']}: hours x rate != current")
    for line in meta["earnings"] + meta["deductions"]:
        if line["ytd"] is not None and D(line["ytd"]) < D(line["current"]):
            problems.append(f"{line['name']}: YTD < current")
    for d in meta["deductions"]:
        if d["name"] == "Social Security" and D(d["current"]) != cents(gross * Decimal("0.062")):
            problems.append("social security is not 6.2% of gross")
        if d["name"] == "Medicare" and D(d["current"]) != cents(gross * Decimal("0.0145")):
            problems.append("medicare is not 1.45% of gross")
    if gross != D(f["gross_pay"]) or ("total_deductions" in f and ded != D(f["total_deductions"])):
        problems.append("gross or deductions differ from their lines")
    if D(f["gross_pay"]) - ded != D(f["net_pay"]):
        problems.append("gross - deductions != net")
    if with_ytd and "ytd_gross" in f:
        ytd_gross = sum(D(e["ytd"]) for e in meta["earnings"])
        ytd_ded = sum(D(d["ytd"]) for d in meta["deductions"])
        if ytd_gross != D(f["ytd_gross"]) or ("ytd_net" in f and ytd_gross - ytd_ded != D(f["ytd_net"])):
            problems.append("YTD totals inconsistent")
    if "ytd_gross" in f and D(f["ytd_gross"]) < D(f["gross_pay"]):
        problems.append("ytd_gross < gross")
    start, end, paid = (dt.date.fromisoformat(f[k]) for k in ("pay_period_start", "pay_period_end", "pay_date"))
    # Monthly salaries are often paid days before the period ends (UK: the 25th).
    if not start <= end or not start <= paid <= end + dt.timedelta(days=31):
        problems.append("period/pay date order")
    return problems


def utility_problems(truth) -> list[str]:
    f, meta = truth["fields"], truth["meta"]
    due = D(meta["previous_balance"]) - D(meta["payments"]) + sum(D(c["amount"]) for c in meta["charges"])
    problems = [] if due == D(f["amount_due"]) else ["amount due != previous - payments + charges"]
    if f["due_date"] <= f["statement_date"]:
        problems.append("due date not after statement date")
    return problems


def w2_problems(truth) -> list[str]:
    f, problems = truth["fields"], []
    if D(f["social_security_tax_withheld"]) != cents(D(f["social_security_wages"]) * Decimal("0.062")):
        problems.append("box 4 != 6.2% of box 3")
    if D(f["medicare_tax_withheld"]) != cents(D(f["medicare_wages"]) * Decimal("0.0145")):
        problems.append("box 6 != 1.45% of box 5")
    if D(f["social_security_wages"]) > WAGE_BASE[int(f["tax_year"])]:
        problems.append("box 3 above the wage base")
    if not ssn_is_valid(f["employee_ssn"]):
        problems.append("SSN not well formed")
    if not ein_is_valid(f["employer_ein"]):
        problems.append("EIN prefix invalid")
    return problems


def dl_problems(truth) -> list[str]:
    payload = truth["meta"]["pdf417_payload"].encode("ascii")
    carried = aamva.fields_from_payload(payload)
    return [f"barcode {k}={carried.get(k)!r} truth={v!r}" for k, v in truth["fields"].items() if carried.get(k) != v]


MASKED_SSN = re.compile(r"(\*\*\*-\*\*|XXX-XX)-\d{4}")


def tax1099_problems(truth) -> list[str]:
    """TINs well formed (and masked where the meta says so), and each form's boxes agree."""
    f, meta, problems = truth["fields"], truth["meta"], []
    kind = truth["document_type"]
    if "payer_tin" in f and not ein_is_valid(f["payer_tin"]):
        problems.append("payer TIN is not an EIN")
    tin = f["recipient_tin"]
    if bool(MASKED_SSN.fullmatch(tin)) != meta["recipient_tin_masked"]:
        problems.append("recipient TIN masking differs from meta")
    if not (MASKED_SSN.fullmatch(tin) or ssn_is_valid(tin) or ein_is_valid(tin)):
        problems.append("recipient TIN not an SSN, masked SSN or EIN")
    amount = {k: D(v) for k, v in f.items() if re.fullmatch(r"-?\d+\.\d\d", v)}
    if any(v < 0 for v in amount.values()):
        problems.append("negative amount")
    if kind == "form_1099_int" and not {"interest_income", "us_savings_bond_interest", "tax_exempt_interest"} & set(f):
        problems.append("1099-INT without interest")
    if kind == "form_1099_div":
        if "total_ordinary_dividends" not in f:
            problems.append("1099-DIV without box 1a")
        elif amount.get("qualified_dividends", 0) > amount["total_ordinary_dividends"]:
            problems.append("qualified dividends above ordinary dividends")
    if kind == "form_1099_misc" and not any(amount.get(k) for k in ("rents", "royalties", "other_income")):
        problems.append("1099-MISC without rents, royalties or other income")
    if kind == "form_1099_g" and not any(amount.get(k) for k in ("unemployment_compensation",
                                                                  "state_local_tax_refunds")):
        problems.append("1099-G without a payment")
    if kind == "form_1099_r":
        if amount.get("taxable_amount", 0) > amount["gross_distribution"]:
            problems.append("taxable amount above gross distribution")
        if f["distribution_code"] in ("G", "Q") and f.get("taxable_amount") != "0.00":
            problems.append("rollover or qualified Roth distribution with a taxable amount")
    if kind == "ssa_1099":
        if f["payer_name"] != "SOCIAL SECURITY ADMINISTRATION" or "payer_tin" in f or "account_number" in f:
            problems.append("SSA-1099 payer fields")
        if amount["benefits_paid"] - amount.get("benefits_repaid", 0) != amount["net_benefits"]:
            problems.append("box 5 != box 3 - box 4")
        described = sum(D(v.lstrip("$").replace(",", "")) for k, v in meta["box3_description"]
                        if k not in ("Total Additions",) and not k.startswith("Benefits for"))
        if described != amount["benefits_paid"]:
            problems.append("description of box 3 does not add up")
    if "federal_income_tax_withheld" in f and kind != "ssa_1099":
        if meta["boxes_printed"].get("4") is None:
            problems.append("withholding in the truth but box 4 not printed")
    return problems


CHECKS = {"passport": mrz_problems, "id_card": mrz_problems, "bank_statement": statement_problems,
          "pay_stub": pay_stub_problems, "utility_bill": utility_problems, "w2": w2_problems,
          "drivers_license": dl_problems, **{t: tax1099_problems for t in TAX1099_TYPES}}


def check_document(path, truth) -> list[str]:
    return check_common(path, truth) + CHECKS[truth["document_type"]](truth)


# ------------------------------------------------------------------ text layer

def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).lower()


def printed_forms(field: str, value, currency: str, printed: dict | None = None) -> list[str]:
    """Every way the generator may print `value` of `field`, and the way the
    document did print it (truth meta "printed")."""
    if printed and field in printed:
        return [printed[field]] + printed_forms(field, value, currency)
    if isinstance(value, str) and re.fullmatch(r"-?\d+\.\d\d", value) and field != "tax_year":
        return textfmt.all_money_renderings(Decimal(value), currency)
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return textfmt.all_date_renderings(dt.date.fromisoformat(value))
    if field == "iban":
        return [value, " ".join(value[i:i + 4] for i in range(0, len(value), 4))]
    if field == "pay_frequency":
        return {"weekly": ["weekly"], "biweekly": ["biweekly", "bi-weekly"],
                "semimonthly": ["semi-monthly", "semimonthly"], "monthly": ["monthly"]}[value]
    return [value]


def text_layer(pdf: str) -> str:
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    return _norm(out)


def missing_from_text(pdf: str, truth: dict) -> list[str]:
    """Scalar truth fields (and transaction parts) with no printed form in the PDF's text layer."""
    text = text_layer(pdf)
    fields = truth["fields"]
    currency = fields.get("currency", "USD")
    printed = truth["meta"].get("printed", {})
    missing = []
    for name, value in fields.items():
        if name in ("currency", "transactions"):
            continue
        if not any(_norm(form) in text for form in printed_forms(name, value, currency, printed)):
            missing.append(name)
    for i, row in enumerate(fields.get("transactions", [])):
        forms = printed.get(f"transactions[{i}]", []) + textfmt.all_money_renderings(Decimal(row["amount"]), currency)
        if not any(_norm(form) in text for form in forms):
            missing.append(f"transactions[{i}].amount")
        if not all(word.lower() in text for word in row["description"].split()):
            missing.append(f"transactions[{i}].description")
    return missing


def words_in_box(pdf: str, page: int, bbox: list) -> str:
    """The words pdftotext -bbox finds whose centre lies in bbox (normalised), joined."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"], check=True,
                          capture_output=True, text=True).stdout
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    w, h = float(size.group(1)), float(size.group(2))
    words = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html):
        x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
        cx, cy = (x0 + x1) / 2 / w, (y0 + y1) / 2 / h
        if bbox[0] - 0.003 <= cx <= bbox[2] + 0.003 and bbox[1] - 0.003 <= cy <= bbox[3] + 0.003:
            words.append(m.group(5))
    import html as htmllib
    return htmllib.unescape(" ".join(words))
