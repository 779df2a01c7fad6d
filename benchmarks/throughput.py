"""Throughput benchmark: `factcheck check` over a real news corpus, timed as
whole processes against a floor measured in the same run.

    python benchmarks/throughput.py                      # BBC corpus, 5 runs
    python benchmarks/throughput.py --runs 3 --jobs 1    # serial extraction
    python benchmarks/throughput.py --scaling            # also 1/4 of the corpus
    python benchmarks/throughput.py CORPUS_DIR

The floor is a plain Python process that reads every file, splits sentences
with a regex and searches each for 'said': nothing useful can be faster in
Python.  Every measurement is a fresh process (interpreter start, imports,
output included), repeated ``--runs`` times in interleaved order; the
figures printed are medians, because a shared machine is noisy.

Every factcheck run gets its own empty cache folder, so "full", "half",
"quarter" and "xK" are cold runs that extract every file (and store it, as
a first run does); "warm" is the full-corpus command run again on the
cache the cold run filled: what a desk re-checking an unchanged archive,
or CI with a restored cache, pays.  The target is judged on the cold run.

Printed: words per second, the ratio to the floor, peak memory (the largest
resident set of the process or any of its workers), the full-vs-half corpus
time ratio, and the number of cross-article comparisons the story rules made
(from the JSON summary).  The corpus is read where it lies and never copied.

The factcheck package is byte-compiled first, as ``pip install`` does for a
regular install (and as benchmarks/latency.py does): an editable install
under PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module's
source in every run (about 0.25 CPU-s of the parent's), which no user of a
released package pays.

Targets (issue 5): within 5x of the floor, peak memory under 500 MiB, full
corpus at most 2.3x the half.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Dict, List, Optional, Sequence, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "benchmarks", "bbc-news", "bbc")

FLOOR = r"""
import os, re, sys
split = re.compile(r'(?<=[.!?])\s+')
said = re.compile(r'\bsaid\b')
hits = 0
for root, dirs, names in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(names):
        if name.endswith('.txt'):
            with open(os.path.join(root, name), encoding='utf-8', errors='replace') as fh:
                text = fh.read()
            for sentence in split.split(text):
                if said.search(sentence):
                    hits += 1
print(hits)
"""

def corpus_files(corpus: str) -> List[str]:
    """Every .txt article under ``corpus``, sorted (the order factcheck reads)."""
    found = []
    for root, dirs, names in os.walk(corpus):
        dirs.sort()
        found.extend(os.path.join(root, n) for n in sorted(names)
                     if n.lower().endswith(".txt") and n != "README.TXT")
    return sorted(found)


def word_count(files: Sequence[str]) -> int:
    total = 0
    for f in files:
        with open(f, "rb") as fh:
            total += len(fh.read().split())
    return total


def timed(cmd: Sequence[str], stdout_path: Optional[str] = None) -> Tuple[float, float, float, int]:
    """Run ``cmd`` as a whole process.  Returns (wall seconds, cpu seconds,
    peak RSS MiB, exit code).  The rusage from wait4 covers the process and
    its reaped workers; ru_maxrss is the largest of them."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=subprocess.PIPE)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    finally:
        if stdout_path:
            out.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, proc.returncode


def factcheck_cmd(paths: Sequence[str], jobs: Optional[int], cache_dir: str) -> List[str]:
    cmd = [sys.executable, "-m", "factcheck", "check", "--format", "json", "--quiet",
           "--cache-dir", cache_dir]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    return cmd + list(paths)


BRIEF = r"""
import hashlib, json, os, sys
out_json, corpus = sys.argv[1], sys.argv[2]
with open(out_json, encoding="utf-8") as fh:
    full = json.load(fh)
cross = []
for f in full.get("findings", []):
    others = sorted({r["file"] for r in f.get("related", []) if r["file"] != f["file"]})
    if f["rule"] in ("conflicting-figure", "quote-variant") and others:
        cross.append(f"  {f['rule']}: {os.path.relpath(f['file'], corpus)} vs "
                     f"{', '.join(os.path.relpath(o, corpus) for o in others)}: {f['message'][:100]}")
print(json.dumps({
    "stories": len(full.get("stories", [])),
    "multi": sum(1 for st in full.get("stories", []) if len(st.get("files", [])) > 1),
    "findings": full["summary"]["findings"],
    "comparisons": full["summary"].get("comparisons", 0),
    "by_rule": full["summary"].get("by_rule", {}),
    "cross": cross,
    "digest": hashlib.sha256(json.dumps(full, sort_keys=True).encode()).hexdigest(),
}))
"""


def brief(out_json: str, corpus: str) -> dict:
    """What the report prints from one run's JSON, read in a separate
    process: a large parsed report held here would be counted in every
    later child's peak memory (a forked child's resident set includes this
    process's pages until it execs)."""
    done = subprocess.run([sys.executable, "-c", BRIEF, out_json, corpus], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=5, help="repetitions; medians are printed (default 5)")
    ap.add_argument("--jobs", type=int, default=None, help="--jobs for factcheck (default: its own default)")
    ap.add_argument("--scaling", action="store_true", help="also time a quarter of the corpus")
    ap.add_argument("--no-half", action="store_true", help="skip the half-corpus run")
    ap.add_argument("--grow", type=int, default=0, metavar="K",
                    help="also time K copies of the corpus side by side (symbolic links in a "
                         "temporary folder, nothing is copied), to see cost beyond the corpus")
    args = ap.parse_args(argv)

    corpus = os.path.abspath(args.corpus)
    if not os.path.isdir(corpus):
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    files = corpus_files(corpus)
    import factcheck

    compileall.compile_dir(os.path.dirname(factcheck.__file__), quiet=1)
    # Subsets take every k-th file, so each keeps the mix of sections.
    subsets: Dict[str, List[str]] = {"full": files}
    if not args.no_half:
        subsets["half"] = files[::2]
    if args.scaling:
        subsets["quarter"] = files[::4]
    words = {name: word_count(fs) for name, fs in subsets.items()}
    links = tempfile.TemporaryDirectory() if args.grow > 1 else None
    grown: List[str] = []
    if links is not None:
        for k in range(args.grow):
            grown.append(os.path.join(links.name, f"copy{k}"))
            os.symlink(corpus, grown[-1])
        subsets[f"x{args.grow}"] = files * args.grow
        words[f"x{args.grow}"] = words["full"] * args.grow

    try:
        load = os.getloadavg()
    except OSError:  # pragma: no cover
        load = (float("nan"),) * 3
    print(f"corpus: {corpus}")
    print(f"articles: {len(files)}  words: {words['full']:,}  cores: {os.cpu_count()}  "
          f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")

    floor_cmd = [sys.executable, "-c", FLOOR, corpus]
    times: Dict[str, List[float]] = {"floor": []}
    cpu: Dict[str, List[float]] = {"floor": []}
    rss: Dict[str, List[float]] = {"floor": []}
    for name in list(subsets) + ["warm"]:
        times[name], cpu[name], rss[name] = [], [], []
    words["warm"] = words["full"]
    summary: Dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out_json = os.path.join(tmp, "out.json")
        for run in range(args.runs):
            w, c, r, _ = timed(floor_cmd)
            times["floor"].append(w)
            cpu["floor"].append(c)
            rss["floor"].append(r)
            for name, fs in subsets.items():
                # The full corpus is named as a folder (the way a desk runs
                # it); subsets are named file by file.
                # Cold: an empty cache folder, so every file is extracted
                # (and stored, as a first run does).  Then, for the full
                # corpus, "warm": the same command again, every file cached.
                paths = [corpus] if name == "full" else grown if name.startswith("x") else fs
                cache_dir = tempfile.mkdtemp(dir=tmp)
                for label in ([name, "warm"] if name == "full" else [name]):
                    w, c, r, _ = timed(factcheck_cmd(paths, args.jobs, cache_dir), out_json)
                    times[label].append(w)
                    cpu[label].append(c)
                    rss[label].append(r)
                    summary[label] = brief(out_json, corpus)
                shutil.rmtree(cache_dir)
            if summary["warm"] != summary["full"]:
                raise SystemExit("the warm (cached) run's JSON differs from the cold run's")
            print(f"  run {run + 1}/{args.runs}: floor {times['floor'][-1]:.2f}s  "
                  + "  ".join(f"{n} {times[n][-1]:.2f}s" for n in list(subsets) + ["warm"]), flush=True)

    floor = median(times["floor"])
    print()
    print(f"{'':10} {'wall s':>8} {'cpu s':>8} {'words/s':>10} {'x floor':>8} {'peak MiB':>9} "
          f"{'stories':>8} {'multi':>6} {'findings':>9} {'comparisons':>12}")
    print(f"{'floor':10} {floor:8.2f} {median(cpu['floor']):8.2f} {words['full'] / floor:10,.0f} "
          f"{1.0:8.2f} {median(rss['floor']):9.1f}")
    for name in list(subsets) + ["warm"]:
        t = median(times[name])
        s = summary[name]
        print(f"{name:10} {t:8.2f} {median(cpu[name]):8.2f} {words[name] / t:10,.0f} {t / floor:8.2f} "
              f"{max(rss[name]):9.1f} {s['stories']:8d} {s['multi']:6d} "
              f"{s['findings']:9d} {s['comparisons']:12d}")
    print()
    full = median(times["full"])
    if "half" in subsets:
        print(f"full/half time ratio: {full / median(times['half']):.2f}  (target <= 2.3)")
    if "quarter" in subsets:
        print(f"half/quarter time ratio: {median(times['half']) / median(times['quarter']):.2f}")
    print(f"full corpus vs floor: {full / floor:.2f}x cold  (target <= 5x; first milestone 10x)")
    print(f"full corpus vs floor, warm cache (every file unchanged since the last run): "
          f"{median(times['warm']) / floor:.2f}x")
    print(f"peak memory (full): {max(rss['full']):.1f} MiB  (target < 500 MiB)")
    if links is not None:
        name = f"x{args.grow}"
        print(f"{name}/full time ratio: {median(times[name]) / full:.2f}  "
              f"(linear would be {args.grow}); peak memory {max(rss[name]):.1f} MiB")
        links.cleanup()
    by_rule = summary["full"]["by_rule"]
    cross_rules = {k: v for k, v in by_rule.items() if k in ("conflicting-figure", "quote-variant")}
    print(f"story-rule findings: {cross_rules or 0}; across two articles: {len(summary['full']['cross'])}")
    for line in summary["full"]["cross"][:20]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
