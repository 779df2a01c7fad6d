"""What the per-step CPU benchmarks share (figures_stages.py,
claims_stages.py, names_stages.py, attribution_stages.py): the corpus
argument and reading its articles."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Dict, List, Optional, Sequence

BENCH = Path(os.environ.get("FACTCHECK_BENCHMARKS", Path(__file__).resolve().parents[2] / "shared" / "benchmarks"))
DEFAULT_CORPUS = BENCH / "bbc-news" / "bbc"


def arguments(doc: str, argv: Optional[Sequence[str]] = None, profile: bool = False) -> argparse.Namespace:
    """Parse ``[corpus] [--runs N]`` (and ``--profile N`` when asked); exit
    with a clear message when the corpus is not there."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--runs", type=int, default=3)
    if profile:
        ap.add_argument("--profile", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    if not os.path.exists(args.corpus):
        sys.exit(f"corpus not found: {args.corpus} (set FACTCHECK_BENCHMARKS to the folder holding bbc-news/)")
    return args


def articles(corpus: str) -> List[object]:
    """Every Article under ``corpus`` (claims files and unreadable files
    are passed over), in the order factcheck reads them."""
    from factcheck.load import discover, load_file
    from factcheck.model import Article

    files, _skipped = discover([corpus])
    out: List[object] = []
    for fs_path, display in files:
        out.extend(a for a in load_file(fs_path, display) if isinstance(a, Article))
    return out


def report(corpus: str, articles_seen: int, runs: int, best: Dict[str, float], digest: str) -> None:
    """Print the best CPU seconds of each timed step and the results digest."""
    print(f"corpus: {corpus}  articles: {articles_seen}  best of {runs} runs, CPU seconds")
    for name, seconds in best.items():
        print(f"{name:18} {seconds:7.3f} s")
    print(f"results digest: {digest}")
