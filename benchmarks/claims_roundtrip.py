"""Claims-file round trip on a real corpus: extract -> claims file -> load ->
check must give exactly what checking the articles gives.

    python benchmarks/claims_roundtrip.py                 # BBC corpus, JSON and YAML
    python benchmarks/claims_roundtrip.py --format json   # one format
    python benchmarks/claims_roundtrip.py CORPUS_DIR

Reads ``../shared/benchmarks/bbc-news/bbc`` (or ``$FACTCHECK_BENCHMARKS``)
where it lies; the claims files go to a temporary folder that is removed.
Prints per format: articles, file size, seconds to dump and to load and
validate, whether every Analysis came back equal, and whether the JSON
report of the loaded file is byte-identical to the articles' report.
Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_common import corpus_dir  # noqa: E402

from factcheck.check import check_analyses, extract_all, load_all  # noqa: E402
from factcheck.claimsfile import dump  # noqa: E402
from factcheck.load.claims import load  # noqa: E402
from factcheck.render.serialize import report_dict  # noqa: E402
from factcheck.settings import Settings  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", help="a folder of articles (default: the BBC corpus)")
    ap.add_argument("--format", choices=["json", "yaml"], action="append", help="json, yaml (default both)")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    corpus = Path(args.corpus) if args.corpus else corpus_dir("bbc-news") / "bbc"
    settings = Settings()
    t = time.perf_counter()
    loaded, errors, _ = load_all([str(corpus)])
    analyses = extract_all(loaded, settings, args.jobs)
    print(f"{corpus}: {len(analyses)} articles, {len(errors)} input errors, "
          f"extracted in {time.perf_counter() - t:.1f}s")
    expected = json.dumps(report_dict(check_analyses(analyses, settings)))
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.format or ["json", "yaml"]:
            path = os.path.join(tmp, f"claims.{fmt}")
            t = time.perf_counter()
            data = dump(analyses, fmt)
            t_dump = time.perf_counter() - t
            with open(path, "wb") as fh:
                fh.write(data)
            t = time.perf_counter()
            back = load(path, path)
            t_load = time.perf_counter() - t
            equal = back == analyses
            same = json.dumps(report_dict(check_analyses(back, settings))) == expected
            ok = ok and equal and same
            print(f"{fmt:4}  {len(data) / 1e6:6.1f} MB  dump {t_dump:5.1f}s  load+validate {t_load:5.1f}s  "
                  f"analyses equal: {equal}  report identical: {same}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
