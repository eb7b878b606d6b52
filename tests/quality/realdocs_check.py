#!/usr/bin/env python3
"""Runs `kycx batch` over ../shared/realdocs (or $KYCX_REALDOCS) and checks
each envelope against realdocs_expected.json. Exit 0: all behave; 1: some do
not; 77: the folder is not there (skipped)."""
import fnmatch
import json
import os
import subprocess
import sys
import tempfile


def envelopes(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    return d["documents"] if "documents" in d else [d]


def accepted(envelope):
    return {k: v.get("value") for k, v in envelope["fields"].items()
            if v.get("value") is not None and not v.get("review", {}).get("required", False)}


def main():
    kycx, realdocs, expected_path = sys.argv[1:4]
    realdocs = os.environ.get("KYCX_REALDOCS", realdocs)
    if not os.path.isdir(realdocs):
        print(f"realdocs: {realdocs} not found; skipped")
        return 77
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)["documents"]
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run([kycx, "batch", realdocs, "--out", out, "--quiet", "--exclude", "*.md"],
                             capture_output=True, text=True)
        if run.returncode not in (0, 2):
            print(run.stderr)
            return 1
        problems, checked = [], 0
        for root, _, files in os.walk(out):
            for name in files:
                rel = os.path.relpath(os.path.join(root, name), out)[: -len(".json")]
                rules = [v for k, v in expected.items() if fnmatch.fnmatch(rel, k)]
                if not rules:
                    continue
                rule = rules[0]
                checked += 1
                docs = envelopes(os.path.join(root, name))
                pairs = [(rule, e) for e in docs]
                if "packet" in rule:
                    pairs = packet_pairs(rel, rule["packet"], docs, problems)
                for rule_of, e in pairs:
                    check(rel, rule_of, e, problems)
                for field, why in rule.get("known_gaps", {}).items():
                    print(f"known gap, not checked: {rel}: {field}: {why}")
        print(f"realdocs: {checked} files checked, {len(problems)} problems")
        for p in problems:
            print("  " + p)
        return 1 if problems or checked == 0 else 0


def pages_of(e):
    p = e.get("packet")
    return [p["first_page"], p["last_page"]] if p else [1, e["source"]["page_count"]]


def packet_pairs(rel, parts, docs, problems):
    """Each expected document with the envelope of exactly its pages."""
    found = {tuple(pages_of(e)): e for e in docs}
    want = [tuple(part["pages"]) for part in parts]
    if sorted(found) != want:
        problems.append(f"{rel}: split into pages {sorted(found)}, expected {want}")
    return [(part, found[tuple(part["pages"])]) for part in parts if tuple(part["pages"]) in found]


def check(rel, rule, e, problems):
    """Problems of one envelope against its rule."""
    got = accepted(e)
    if "type" in rule and e["document_type"] != rule["type"]:
        problems.append(f"{rel}: typed {e['document_type']}, expected {rule['type']}")
    if "not_type" in rule and e["document_type"] == rule["not_type"]:
        problems.append(f"{rel}: typed {e['document_type']}")
    if rule.get("no_accepted_fields") and got:
        problems.append(f"{rel}: accepted {sorted(got)} as {e['document_type']}")
    for field, want in rule.get("fields", {}).items():
        have = e["fields"].get(field, {}).get("value")
        if have != want:
            problems.append(f"{rel}: {field} read {have!r}, printed {want!r}")


if __name__ == "__main__":
    sys.exit(main())
