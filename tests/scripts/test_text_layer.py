"""Born-digital PDFs: every truth value appears in some printed form in the
text layer, and each field's box covers words that spell the value."""

import re
import unittest

import support

PAGE_TYPES = "bank_statement,pay_stub,utility_bill,w2"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


class TextLayerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.docs = support.documents(support.corpus(PAGE_TYPES, count=3, formats="pdf"))

    def test_every_value_is_in_the_text_layer(self):
        for path, truth in self.docs:
            with self.subTest(path=path):
                self.assertEqual(support.missing_from_text(path, truth), [])

    def test_boxes_cover_the_value(self):
        for path, truth in self.docs:
            fields = truth["fields"]
            for name, box in truth["meta"]["boxes"].items():
                words = _squash(support.words_in_box(path, box["page"], box["bbox"]))
                forms = support.printed_forms(name, fields[name], fields.get("currency", "USD"),
                                              truth["meta"].get("printed"))
                with self.subTest(path=path, field=name, words=words):
                    self.assertTrue(any(_squash(f) in words for f in forms))

    def test_scanned_pdfs_have_no_text_layer(self):
        for path, truth in support.documents(support.corpus(PAGE_TYPES, count=1, formats="scanned_pdf")):
            with self.subTest(path=path):
                self.assertEqual(support.text_layer(path).strip(), "")


if __name__ == "__main__":
    unittest.main()
