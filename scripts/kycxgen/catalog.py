"""Prints a Markdown table of a generated corpus (used for samples/README.md):

    /usr/bin/python3 scripts/kycxgen/catalog.py samples
"""

import json
import os
import sys


def rows(folder: str) -> list[str]:
    out = ["| file | type | format | layout | pages | size | degradations |",
           "| --- | --- | --- | --- | --- | --- | --- |"]
    for dirpath, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            if not name.endswith(".truth.json"):
                continue
            stem = name[: -len(".truth.json")]
            doc = next(f for f in files if f.startswith(stem + ".") and f != name)
            with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                meta = json.load(f)["meta"]
            steps = sorted({d["name"] for d in meta["degradations"]})
            fmt = meta["format"]
            if meta.get("sides"):
                fmt += " (" + "+".join(meta["sides"]) + ")"
            size = os.path.getsize(os.path.join(dirpath, doc)) // 1024
            rel = os.path.relpath(os.path.join(dirpath, doc), folder)
            out.append(f"| {rel} | {os.path.basename(dirpath)} | {fmt} | {meta['layout'].split('/')[1]} | "
                       f"{meta['page_count']} | {size} KiB | {', '.join(steps) or 'none'} |")
    return out


if __name__ == "__main__":
    print("\n".join(rows(sys.argv[1])))
