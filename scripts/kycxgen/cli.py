"""Command line of scripts/generate: which documents to make, in parallel.

Each document is a pure function of (seed, type, index, allowed formats, clean),
so the pool's scheduling never changes a byte of the output."""

import argparse
import datetime as dt
import importlib
import multiprocessing
import os
import sys
import time

from . import ALL_TYPES, DOCUMENT_TYPES, FORMATS, REFERENCE_DATE, TYPE_GROUPS, families, rng
from .doctypes import GenContext
from .produce import produce


def doc_module(doc_type: str, family_spec: tuple = ("all",), seed: int = 0, index: int = 0):
    """The module that makes document `index` of `doc_type`: for a type with
    layout families, one of the families `family_spec` allows (chosen by the
    seed); else the type's module. None when no family is allowed."""
    if not families.has_families(doc_type):
        return importlib.import_module(f".doctypes.{doc_type}", __package__)
    allowed = families.select(doc_type, family_spec)
    if not allowed:
        return None
    return rng.py_rng(seed, doc_type, index, "family").choice(allowed).load()


def choose_format(seed: int, doc_type: str, index: int, requested: tuple, module) -> str | None:
    """Cycles through the module's allowed formats in a seed-dependent order, so any
    run of consecutive indices covers every format. None if none is allowed."""
    allowed = [f for f in module.FORMATS if f in requested]
    if not allowed:
        return None
    rng.py_rng(seed, doc_type, "format-order").shuffle(allowed)
    return allowed[index % len(allowed)]


def make_document(out_dir: str, seed: int, doc_type: str, index: int, requested: tuple, clean: bool,
                  dpi: int | None = None, family_spec: tuple = ("all",)) -> str | None:
    """Generates and writes one document; returns its path (None if no format fits)."""
    module = doc_module(doc_type, family_spec, seed, index)
    fmt = choose_format(seed, doc_type, index, requested, module) if module else None
    if fmt is None:
        return None
    ctx = GenContext(dt.date.fromisoformat(REFERENCE_DATE), fmt, single_page=fmt in ("png", "jpeg", "photo"))
    doc = module.generate(rng.py_rng(seed, doc_type, index, "content"), ctx)
    if hasattr(module, "GROUP"):
        doc.meta.update(family=module.NAME, family_group=module.GROUP)
    folder = os.path.join(out_dir, doc_type)
    os.makedirs(folder, exist_ok=True)
    return produce(doc, fmt, folder, f"{doc_type}_{index:04d}", seed=seed, index=index,
                   rng=rng.py_rng(seed, doc_type, index, "render"),
                   nrng=rng.np_rng(seed, doc_type, index, "render"), clean=clean, dpi=dpi)


def _task(args):
    return make_document(*args)


def _csv(value: str, allowed: tuple, what: str) -> tuple:
    items = tuple(v.strip() for v in value.split(",") if v.strip())
    bad = [v for v in items if v not in allowed]
    if bad:
        raise argparse.ArgumentTypeError(f"unknown {what}: {', '.join(bad)} (choose from {', '.join(allowed)})")
    return items


def _types(value: str) -> tuple:
    """Type names and group names ("tax1099", "default"), expanded in order, each type once."""
    out = []
    for item in _csv(value, ALL_TYPES + tuple(TYPE_GROUPS), "type"):
        for t in TYPE_GROUPS.get(item, (item,)):
            if t not in out:
                out.append(t)
    return tuple(out)


def parse_args(argv):
    p = argparse.ArgumentParser(prog="generate", description=(
        "Write deterministic synthetic KYC documents with truth files (DIR/<type>/NAME.EXT + NAME.truth.json)."))
    p.add_argument("--out", help="output folder (created if missing); required unless --list-families")
    p.add_argument("--seed", type=int, default=1, help="master seed (default 1)")
    p.add_argument("--count-per-type", type=int, default=5, help="documents per type (default 5)")
    p.add_argument("--start-index", type=int, default=0, help="first document index (default 0)")
    p.add_argument("--types", type=_types, default=DOCUMENT_TYPES,
                   help="comma-separated document types or groups: tax1099 (the seven 1099 types: "
                        f"{', '.join(TYPE_GROUPS['tax1099'])}), default ({', '.join(DOCUMENT_TYPES)}); "
                        "default: the default group")
    p.add_argument("--formats", type=lambda v: _csv(v, FORMATS, "format"), default=FORMATS,
                   help=f"comma-separated output formats to allow (default all: {','.join(FORMATS)})")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: CPU count)")
    p.add_argument("--clean", action="store_true", help="no scan or photo degradations")
    p.add_argument("--dpi", type=int, default=None,
                   help="resolution of rasterised statements, pay stubs, bills, W-2s and 1099s (default: 200-300 at random)")
    p.add_argument("--families", type=lambda v: tuple(x.strip() for x in v.split(",") if x.strip()), default=("all",),
                   help="layout families of statements, pay stubs and bills: all (default), a group (tune, holdout) "
                        "or family names, comma-separated")
    p.add_argument("--list-families", action="store_true", help="print the layout families and exit")
    p.add_argument("--quiet", action="store_true", help="no per-document lines")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.list_families:
        for f in families.all_families():
            print(f"{f.doc_type:16} {f.group:8} {f.name}")
        return 0
    if not args.out:
        print("generate: --out is required", file=sys.stderr)
        return 2
    tasks = [(args.out, args.seed, t, i, args.formats, args.clean, args.dpi, args.families)
             for t in args.types for i in range(args.start_index, args.start_index + args.count_per_type)]
    os.makedirs(args.out, exist_ok=True)
    started = time.monotonic()
    written = 0
    if args.jobs <= 1:
        results = map(_task, tasks)
        for path in results:
            written += _report(path, args.quiet)
    else:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            for path in pool.imap_unordered(_task, tasks, chunksize=1):
                written += _report(path, args.quiet)
    skipped = len(tasks) - written
    print(f"generated {written} documents in {time.monotonic() - started:.1f} s"
          + (f" ({skipped} skipped: no allowed format)" if skipped else ""), file=sys.stderr)
    return 0


def _report(path, quiet) -> int:
    if path and not quiet:
        print(path)
    return 1 if path else 0
