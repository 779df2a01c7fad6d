"""Extraction on a Dask LocalCluster at 1, 2 and 4 workers, against the
local `factcheck extract -j 1` and the bare-regex floor, in one run.

    python benchmarks/dask_scaling.py                 # BBC News, 1/2/4 workers
    python benchmarks/dask_scaling.py --workers 1 2 --runs 1 CORPUS_DIR

Each measurement is a fresh `factcheck extract` process (so cluster start-up
is included, as a user pays it), timed wall-clock; the best of ``--runs``.
Printed: seconds, articles per hour per worker (per core for the local run),
the speed-up over one Dask worker, and the ratio to the floor.  The claims
file of every run is compared with the local one: a run whose bytes differ
is reported as WRONG.  Needs the [dask] extra.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from typing import List

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from throughput import DEFAULT_CORPUS, FLOOR  # noqa: E402


def _timed(cmd: List[str], out: str, runs: int):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    digest = hashlib.sha256(open(out, "rb").read()).hexdigest()[:12] if out and os.path.exists(out) else "-"
    return best, digest


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args(argv)
    n_articles = sum(len([f for f in fs if f.endswith(".txt")]) for _, _, fs in os.walk(args.corpus))
    base = [sys.executable, "-m", "factcheck", "extract", args.corpus, "-q", "--isolated"]
    with tempfile.TemporaryDirectory() as tmp:
        floor, _ = _timed([sys.executable, "-c", FLOOR, args.corpus], "", args.runs)
        local_out = os.path.join(tmp, "local.json")
        local, local_digest = _timed(base + ["-j", "1", "-o", local_out], local_out, args.runs)
        print(f"{n_articles} articles; floor {floor:.2f} s")
        print(f"{'run':16} {'seconds':>8} {'art/h/worker':>13} {'speed-up':>9} {'x floor':>8}  output")
        print(f"{'local -j 1':16} {local:8.2f} {n_articles * 3600 / local:13.0f} {'':>9} {local / floor:8.1f}  "
              f"{local_digest}")
        one = None
        for w in args.workers:
            out = os.path.join(tmp, f"dask{w}.json")
            took, digest = _timed(base + ["--dask", f"local:{w}", "-o", out], out, args.runs)
            one = one or took
            same = "same" if digest == local_digest else "WRONG"
            print(f"{'dask local:' + str(w):16} {took:8.2f} {n_articles * 3600 / took / w:13.0f} "
                  f"{one / took:9.2f} {took / floor:8.1f}  {digest} ({same})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
