"""Every generated document's truth is consistent with itself and the contract:
MRZ check digits and rebuilt lines, statement and pay-stub arithmetic, W-2
percentages, ABA/IBAN checksums, AAMVA payload vs truth, boxes."""

import unittest

import support
from kycxgen import DOCUMENT_TYPES


class ConsistencyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.docs = support.documents(support.corpus(",".join(DOCUMENT_TYPES), count=5))

    def test_every_type_and_format_is_present(self):
        types = {t["document_type"] for _, t in self.docs}
        self.assertEqual(types, set(DOCUMENT_TYPES))
        formats = {t["meta"]["format"] for _, t in self.docs}
        self.assertEqual(formats, {"pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo"})

    def test_documents_are_consistent(self):
        for path, truth in self.docs:
            with self.subTest(path=path):
                self.assertEqual(support.check_document(path, truth), [])

    def test_required_fields_have_boxes(self):
        for path, truth in self.docs:
            spec = support.FIELDS[truth["document_type"]]
            boxes = truth["meta"]["boxes"]
            for name in truth["fields"]:
                if spec[name][1] in ("transactions", "mrz_lines") or name == "currency":
                    continue
                with self.subTest(path=path, field=name):
                    self.assertIn(name, boxes)

    def test_transactions_and_mrz_lines_have_item_boxes(self):
        for path, truth in self.docs:
            for name in ("transactions", "mrz_lines"):
                if name in truth["fields"]:
                    with self.subTest(path=path, field=name):
                        self.assertEqual(len(truth["meta"]["array_boxes"][name]), len(truth["fields"][name]))


if __name__ == "__main__":
    unittest.main()
