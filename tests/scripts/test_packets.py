"""Packets (scripts/generate-packets): same seed, same bytes; the truth's page
ranges tile the PDF; 2-8 documents; out-of-scope documents are "unknown"
without fields; a supported document's fields (1099s' too) are those of the
document the ordinary generator makes from the same seed and index."""

import collections
import json
import os
import subprocess
import tempfile
import unittest

import support

from kycxgen import TAX1099_TYPES, cli  # noqa: E402  (support puts scripts/ on the path)
from kycxgen.packets import UNKNOWN  # noqa: E402
from kycxgen.packets.plan import TAX1099_WEIGHTS, plan  # noqa: E402

GENERATE_PACKETS = os.path.join(support.ROOT, "scripts", "generate-packets")
COUNT = 5


def run_packets(out: str, *args: str) -> None:
    subprocess.run([support.PYTHON, GENERATE_PACKETS, "--out", out, "--quiet", *args], check=True,
                   capture_output=True)


def pdf_pages(path: str) -> int:
    out = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def read_bytes(folder: str) -> dict:
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            out[name] = f.read()
    return out


class PacketsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.a, cls.b = (os.path.join(cls.tmp.name, n) for n in ("a", "b"))
        args = ["--seed", "7", "--count", str(COUNT), "--families", "all"]
        run_packets(cls.a, *args, "--jobs", "2")
        run_packets(cls.b, *args, "--jobs", "2", "--start-index", "1", "--count", "2")
        cls.packets = []
        for i in range(COUNT):
            stem = os.path.join(cls.a, f"packet_{i:04d}")
            with open(stem + ".truth.json", encoding="utf-8") as f:
                cls.packets.append((stem + ".pdf", json.load(f)))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_same_seed_same_bytes(self):
        """Packets 1 and 2 come out the same when made alone, in another run."""
        a, b = read_bytes(self.a), read_bytes(self.b)
        self.assertEqual(len(a), 2 * COUNT)
        self.assertEqual(sorted(b), [f"packet_{i:04d}.{ext}" for i in (1, 2) for ext in ("pdf", "truth.json")])
        for name in b:
            with self.subTest(file=name):
                self.assertEqual(a[name], b[name])

    def test_page_ranges_tile_the_pdf(self):
        for path, truth in self.packets:
            with self.subTest(packet=path):
                entries = truth["packet"]
                self.assertEqual(entries[0]["first_page"], 1)
                for prev, cur in zip(entries, entries[1:]):
                    self.assertEqual(cur["first_page"], prev["last_page"] + 1)
                for e in entries:
                    self.assertLessEqual(e["first_page"], e["last_page"])
                    self.assertEqual(e["last_page"] - e["first_page"] + 1, e["meta"]["page_count"])
                self.assertEqual(entries[-1]["last_page"], pdf_pages(path))

    def test_two_to_eight_documents(self):
        for path, truth in self.packets:
            with self.subTest(packet=path):
                self.assertTrue(2 <= len(truth["packet"]) <= 8)

    def test_entries_follow_the_contract(self):
        types = collections.Counter()
        for _, truth in self.packets:
            for e in truth["packet"]:
                types[e["document_type"]] += 1
                if e["document_type"] == UNKNOWN:
                    self.assertEqual(e["fields"], {})
                    self.assertIn(e["meta"]["kind"], ("letter", "invoice", "receipt", "tax_form", "consent_form"))
                else:
                    truth_doc = {"document_type": e["document_type"], "fields": e["fields"]}
                    self.assertEqual(support.validate_truth(truth_doc), [], e["meta"])
        self.assertGreater(types[UNKNOWN], 0)
        self.assertGreater(sum(types.values()) - types[UNKNOWN], types[UNKNOWN])

    def test_fields_are_the_generated_documents(self):
        """Each supported entry names the seed, index, format and families it was
        made with; making that document again gives the same truth fields."""
        checked, types = 0, set()
        with tempfile.TemporaryDirectory() as out:
            for _, truth in self.packets[:3]:
                for e in truth["packet"]:
                    if e["document_type"] == UNKNOWN:
                        continue
                    m = e["meta"]
                    path = cli.make_document(out, m["seed"], e["document_type"], m["index"], (m["format"],), False,
                                             family_spec=(m["families"],))
                    with open(path.rsplit(".", 1)[0] + ".truth.json", encoding="utf-8") as f:
                        made = json.load(f)
                    with self.subTest(meta=m):
                        self.assertEqual(made["fields"], e["fields"])
                        self.assertEqual(made["meta"]["layout"], m["layout"])
                    checked += 1
                    types.add(e["document_type"])
        self.assertGreaterEqual(checked, 4)
        self.assertTrue(types & set(TAX1099_TYPES), types)

    def test_the_mix(self):
        """Over many plans: about a third of documents out of scope, regular runs
        of two documents of one supported type, every count from 2 to 8; about
        15% of supported documents are 1099s, of every 1099 type, with regular
        runs of two or three in a row."""
        docs, pairs, same, counts, runs = [], 0, 0, set(), collections.Counter()
        for i in range(400):
            slots = plan(5, i, "tune")
            counts.add(len(slots))
            docs += [s.doc_type for s in slots]
            for a, b in zip(slots, slots[1:]):
                pairs += 1
                same += a.doc_type == b.doc_type != UNKNOWN
            run = 0
            for t in [s.doc_type for s in slots] + [UNKNOWN]:
                if t in TAX1099_TYPES:
                    run += 1
                elif run:
                    runs[run] += 1
                    run = 0
        self.assertEqual(counts, set(range(2, 9)))
        self.assertTrue(0.25 <= docs.count(UNKNOWN) / len(docs) <= 0.36)
        self.assertTrue(0.18 <= same / pairs <= 0.32)
        supported = [t for t in docs if t != UNKNOWN]
        self.assertTrue(0.10 <= sum(t in TAX1099_TYPES for t in supported) / len(supported) <= 0.20)
        self.assertEqual(set(TAX1099_WEIGHTS), set(TAX1099_TYPES))
        self.assertEqual(set(TAX1099_TYPES) - set(docs), set())
        self.assertGreaterEqual(runs[2], 10)
        self.assertGreaterEqual(runs[3], 5)

if __name__ == "__main__":
    unittest.main()
