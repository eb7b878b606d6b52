"""Command line of scripts/generate-packets: how many packets, from which
families, in parallel. Each packet is a pure function of (seed, index,
families), so the pool's scheduling never changes a byte of the output."""

import argparse
import multiprocessing
import os
import sys
import time

from .packet import make_packet

FAMILY_CHOICES = ("tune", "holdout", "all")


def _task(args):
    return make_packet(*args)


def parse_args(argv):
    p = argparse.ArgumentParser(prog="generate-packets", description=(
        "Write deterministic labelled packets: DIR/packet_NNNN.pdf (2-8 documents of mixed formats, about a third "
        "out of scope) beside DIR/packet_NNNN.truth.json (CONTRACT.md section 7)."))
    p.add_argument("--out", required=True, help="output folder (created if missing)")
    p.add_argument("--seed", type=int, default=1, help="master seed (default 1)")
    p.add_argument("--count", type=int, default=10, help="packets (default 10)")
    p.add_argument("--start-index", type=int, default=0, help="first packet index (default 0)")
    p.add_argument("--families", choices=FAMILY_CHOICES, default="all",
                   help="layout families of statements, pay stubs and bills, and templates of the out-of-scope "
                        "documents: tune, holdout or all (default)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: CPU count)")
    p.add_argument("--quiet", action="store_true", help="no per-packet lines")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    os.makedirs(args.out, exist_ok=True)
    tasks = [(args.out, args.seed, i, args.families) for i in range(args.start_index, args.start_index + args.count)]
    started = time.monotonic()
    if args.jobs <= 1:
        paths = map(_task, tasks)
        for path in paths:
            _report(path, args.quiet)
    else:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            for path in pool.imap_unordered(_task, tasks, chunksize=1):
                _report(path, args.quiet)
    print(f"generated {len(tasks)} packets in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


def _report(path: str, quiet: bool) -> None:
    if not quiet:
        print(path)
