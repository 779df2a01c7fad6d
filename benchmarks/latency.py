"""One-draft latency: `factcheck check draft.txt` against a bare Python
start that imports only click and jinja2, in the same run.

    python benchmarks/latency.py            # best of 15 fresh processes each
    python benchmarks/latency.py --runs 30

The draft is a 430-word story written by this script (no corpus needed).
Every measurement is a fresh process (interpreter start and imports
included), with the extraction cache off, run alternately; the best times
are printed with their ratio.  Target (issue 17): at most 2x.

The factcheck package is byte-compiled first, as ``pip install`` does for
a regular install: an editable install under PYTHONDONTWRITEBYTECODE=1
would otherwise compile every module's source on every start (about 0.1 s
more), which no user of a released package pays.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time

PARAGRAPH = ("The city council voted 7-2 on Tuesday to raise water rates by 4.5% from July, the third increase "
             "in five years, after officials warned that the ageing mains lose about a fifth of the water they "
             "carry. \"We cannot keep patching pipes that were laid before the war,\" said council leader Maria "
             "Ortiz. Critics say the rise will hit low-income households hardest, and a senior official said the "
             "utility had underestimated repair costs by millions. ")


def _best(cmd, runs: int, env) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args(argv)
    env = dict(os.environ, FACTCHECK_NO_CACHE="1")
    import factcheck
    compileall.compile_dir(os.path.dirname(factcheck.__file__), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        draft = os.path.join(tmp, "draft.txt")
        with open(draft, "w", encoding="utf-8") as fh:
            fh.write("Council raises water rates\n\n" + "\n\n".join([PARAGRAPH] * 6))
        words = len(open(draft, encoding="utf-8").read().split())
        bare = [sys.executable, "-c", "import click, jinja2"]
        check = [sys.executable, "-m", "factcheck", "check", draft, "-q", "--isolated"]
        floor = checked = float("inf")
        for _ in range(args.runs):  # alternate, so load affects both alike
            floor = min(floor, _best(bare, 1, env))
            checked = min(checked, _best(check, 1, env))
    print(f"draft: {words} words; best of {args.runs} fresh processes each")
    print(f"bare python + click + jinja2: {floor * 1000:7.1f} ms")
    print(f"factcheck check draft.txt:    {checked * 1000:7.1f} ms")
    print(f"ratio: {checked / floor:.2f}x (target at most 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
