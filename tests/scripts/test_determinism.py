"""Same seed, same bytes: across runs, worker counts and type selections."""

import hashlib
import os
import tempfile
import unittest

import support


def digests(folder):
    out = {}
    for dirpath, _, files in os.walk(folder):
        for name in files:
            with open(os.path.join(dirpath, name), "rb") as f:
                out[os.path.relpath(os.path.join(dirpath, name), folder)] = hashlib.sha256(f.read()).hexdigest()
    return out


class DeterminismTest(unittest.TestCase):
    def test_same_seed_same_bytes(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            args = ["--count-per-type", "2", "--seed", "5"]
            support.run_generate(a, *args, "--jobs", "2")
            support.run_generate(b, *args, "--jobs", "1")
            self.assertEqual(digests(a), digests(b))
            self.assertEqual(len(digests(a)), 7 * 2 * 2)

    def test_other_types_do_not_change_a_document(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            support.run_generate(a, "--types", "w2", "--count-per-type", "2", "--seed", "9")
            support.run_generate(b, "--types", "passport,w2", "--count-per-type", "2", "--seed", "9")
            self.assertEqual(digests(os.path.join(a, "w2")), digests(os.path.join(b, "w2")))


if __name__ == "__main__":
    unittest.main()
