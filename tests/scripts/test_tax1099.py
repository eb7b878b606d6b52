"""The 1099 family (scripts/generate --types tax1099): selected only when asked
for, deterministic, truth in the contract's formats and consistent with itself,
about a third of recipient TINs masked, and every truth value in the text
layer of the born-digital PDFs, under its box."""

import hashlib
import os
import re
import tempfile
import unittest

import numpy as np
from PIL import Image

import support
from kycxgen import DOCUMENT_TYPES, TAX1099_TYPES

COMMON = {"tax_year", "payer_name", "recipient_name", "recipient_tin", "currency"}
REQUIRED = {
    "form_1099_int": COMMON | {"payer_tin"},
    "form_1099_div": COMMON | {"payer_tin", "total_ordinary_dividends"},
    "form_1099_misc": COMMON | {"payer_tin"},
    "form_1099_nec": COMMON | {"payer_tin", "nonemployee_compensation"},
    "form_1099_g": COMMON | {"payer_tin"},
    "form_1099_r": COMMON | {"payer_tin", "gross_distribution", "distribution_code"},
    "ssa_1099": COMMON | {"benefits_paid", "net_benefits"},
}
MONEY = re.compile(r"^\d+\.\d\d$")
TIN = re.compile(r"^(\d{2}-\d{7}|\d{3}-\d{2}-\d{4}|\*\*\*-\*\*-\d{4}|XXX-XX-\d{4})$")


def digests(folder):
    out = {}
    for dirpath, _, files in os.walk(folder):
        for name in files:
            with open(os.path.join(dirpath, name), "rb") as f:
                out[os.path.relpath(os.path.join(dirpath, name), folder)] = hashlib.sha256(f.read()).hexdigest()
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


class Tax1099Test(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.docs = support.documents(support.corpus("tax1099", count=6))
        cls.pdfs = support.documents(support.corpus("tax1099", count=12, formats="pdf"))

    def test_group_selects_the_seven_types_and_the_default_list_is_unchanged(self):
        self.assertEqual({t["document_type"] for _, t in self.docs}, set(TAX1099_TYPES))
        self.assertEqual(len(TAX1099_TYPES), 7)
        self.assertEqual(DOCUMENT_TYPES, ("passport", "id_card", "drivers_license", "bank_statement", "pay_stub",
                                          "utility_bill", "w2"))
        self.assertFalse(set(TAX1099_TYPES) & set(DOCUMENT_TYPES))

    def test_every_format_is_made(self):
        for doc_type in TAX1099_TYPES:
            formats = {t["meta"]["format"] for _, t in self.docs if t["document_type"] == doc_type}
            with self.subTest(doc_type=doc_type):
                self.assertEqual(formats, {"pdf", "scanned_pdf", "png", "jpeg"})

    def test_documents_are_consistent(self):
        for path, truth in self.docs + self.pdfs:
            with self.subTest(path=path):
                self.assertEqual(support.check_document(path, truth), [])

    def test_fields_present_in_their_formats(self):
        for path, truth in self.docs + self.pdfs:
            f, kind = truth["fields"], truth["document_type"]
            spec = support.FIELDS[kind]
            with self.subTest(path=path):
                self.assertLessEqual(REQUIRED[kind], set(f))
                self.assertLessEqual(set(f), set(spec))
                self.assertIn(f["tax_year"], ("2024", "2025"))
                self.assertEqual(f["currency"], "USD")
                for name in ("payer_tin", "recipient_tin"):
                    if name in f:
                        self.assertRegex(f[name], TIN)
                for name, value in f.items():
                    self.assertIsInstance(value, str)
                    if spec[name][1] == "money":
                        self.assertRegex(value, MONEY)
                if kind == "ssa_1099":
                    self.assertEqual(f["payer_name"], "SOCIAL SECURITY ADMINISTRATION")
                    self.assertNotIn("payer_tin", f)
                else:
                    self.assertTrue(support.ein_is_valid(f["payer_tin"]))
                if kind == "form_1099_r":
                    self.assertRegex(f["distribution_code"], r"^[1-9A-Z]{1,2}$")

    def test_blank_boxes_are_absent_and_printed_zeros_are_present(self):
        zeros = blanks = 0
        for _, truth in self.pdfs:
            if truth["document_type"] == "ssa_1099":
                continue
            printed = truth["meta"]["boxes_printed"]
            withheld = truth["fields"].get("federal_income_tax_withheld")
            self.assertEqual(withheld is None, "4" not in printed)
            zeros += withheld == "0.00"
            blanks += withheld is None
        self.assertGreater(zeros, 5)
        self.assertGreater(blanks, 5)

    def test_about_a_third_of_recipient_tins_are_masked(self):
        tins = [t["fields"]["recipient_tin"] for _, t in self.pdfs]
        share = sum(bool(support.MASKED_SSN.fullmatch(tin)) for tin in tins) / len(tins)
        self.assertGreater(share, 0.2)
        self.assertLess(share, 0.5)
        styles = {tin[0] for tin in tins if support.MASKED_SSN.fullmatch(tin)}
        self.assertEqual(styles, {"*", "X"})

    def test_each_type_has_several_layouts(self):
        for doc_type in TAX1099_TYPES:
            layouts = {t["meta"]["layout"] for _, t in self.pdfs if t["document_type"] == doc_type}
            with self.subTest(doc_type=doc_type, layouts=layouts):
                self.assertGreaterEqual(len(layouts), 2)

    def test_every_value_is_in_the_text_layer(self):
        for path, truth in self.pdfs:
            with self.subTest(path=path):
                self.assertEqual(support.missing_from_text(path, truth), [])

    def test_boxes_cover_the_value(self):
        for path, truth in self.pdfs[::3]:
            fields = truth["fields"]
            self.assertLessEqual(set(fields) - {"currency"}, set(truth["meta"]["boxes"]))
            for name, box in truth["meta"]["boxes"].items():
                words = _squash(support.words_in_box(path, box["page"], box["bbox"]))
                forms = support.printed_forms(name, fields[name], "USD", truth["meta"].get("printed"))
                with self.subTest(path=path, field=name, words=words):
                    self.assertTrue(any(_squash(f) in words for f in forms))

    def test_raster_boxes_contain_ink(self):
        for path, truth in self.docs:
            if not path.endswith((".png", ".jpg")):
                continue
            img = np.asarray(Image.open(path).convert("L"), dtype=np.float32)
            h, w = img.shape
            for name, box in truth["meta"]["boxes"].items():
                x0, y0, x1, y1 = box["bbox"]
                crop = img[int(y0 * h):max(int(y1 * h), int(y0 * h) + 1), int(x0 * w):max(int(x1 * w), int(x0 * w) + 1)]
                with self.subTest(path=path, field=name):
                    self.assertLess(crop.min(), np.median(img) - 40)

    def test_same_seed_same_bytes(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            args = ["--types", "tax1099", "--count-per-type", "2", "--seed", "8"]
            support.run_generate(a, *args, "--jobs", "2")
            support.run_generate(b, *args, "--jobs", "1")
            self.assertEqual(digests(a), digests(b))
            self.assertEqual(len(digests(a)), 7 * 2 * 2)

    def test_other_types_do_not_change_a_document(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            support.run_generate(a, "--types", "w2,form_1099_nec", "--count-per-type", "2", "--seed", "9")
            support.run_generate(b, "--types", "tax1099,w2", "--count-per-type", "2", "--seed", "9")
            for t in ("w2", "form_1099_nec"):
                self.assertEqual(digests(os.path.join(a, t)), digests(os.path.join(b, t)))

    def test_type_groups_expand_in_order(self):
        from kycxgen.cli import parse_args
        self.assertEqual(parse_args(["--out", "x"]).types, DOCUMENT_TYPES)
        self.assertEqual(parse_args(["--out", "x", "--types", "tax1099"]).types, TAX1099_TYPES)
        self.assertEqual(parse_args(["--out", "x", "--types", "w2,tax1099,default"]).types,
                         ("w2",) + TAX1099_TYPES + DOCUMENT_TYPES[:-1])


if __name__ == "__main__":
    unittest.main()
