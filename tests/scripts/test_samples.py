"""The committed corpus in samples/: every document has a consistent truth file,
every format and licence variant is covered, the size stays small, and the
command in samples/README.md regenerates it byte for byte."""

import hashlib
import os
import tempfile
import unittest

import support

SAMPLES = os.path.join(support.ROOT, "samples")
COMMAND = "scripts/generate --out samples --seed 2026 --count-per-type 5 --families classic"


class SamplesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.docs = support.documents(SAMPLES)

    def test_every_sample_is_consistent(self):
        self.assertGreaterEqual(len(self.docs), 28)
        for path, truth in self.docs:
            with self.subTest(path=path):
                self.assertEqual(support.check_document(path, truth), [])

    def test_every_document_file_has_a_truth_file(self):
        for dirpath, _, files in os.walk(SAMPLES):
            for name in files:
                if name.endswith(".truth.json") or name == "README.md":
                    continue
                stem = name.rsplit(".", 1)[0]
                with self.subTest(file=name):
                    self.assertIn(stem + ".truth.json", files)

    def test_coverage_and_size(self):
        formats = {t["meta"]["format"] for _, t in self.docs}
        self.assertEqual(formats, {"pdf", "scanned_pdf", "png", "jpeg", "tiff", "photo"})
        licence = {t["meta"]["format"] for _, t in self.docs if t["document_type"] == "drivers_license"}
        self.assertTrue({"photo", "tiff", "scanned_pdf"} <= licence and licence & {"png", "jpeg"})
        total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(SAMPLES) for f in fs)
        self.assertLess(total, 10 * 1024 * 1024)

    def test_readme_command_reproduces_the_bytes(self):
        with open(os.path.join(SAMPLES, "README.md"), encoding="utf-8") as f:
            self.assertIn(COMMAND, f.read())
        with tempfile.TemporaryDirectory() as out:
            support.run_generate(out, *COMMAND.split()[3:])
            for dirpath, _, files in os.walk(out):
                for name in files:
                    rel = os.path.relpath(os.path.join(dirpath, name), out)
                    with open(os.path.join(dirpath, name), "rb") as a, open(os.path.join(SAMPLES, rel), "rb") as b:
                        with self.subTest(file=rel):
                            self.assertEqual(hashlib.sha256(a.read()).digest(), hashlib.sha256(b.read()).digest())


if __name__ == "__main__":
    unittest.main()
