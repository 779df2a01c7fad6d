"""Fuzz factcheck with mutated inputs: no internal error, no hang, no exit
code outside 0/1/2, whatever the file holds.

    python benchmarks/fuzz.py                       # 2,000 inputs, seed 1
    python benchmarks/fuzz.py --inputs 10000        # the figure in docs/security.md
    python benchmarks/fuzz.py --inputs 500 --seed 7 --processes 10

Seeds are small inputs written here (an article as .txt, .md with front
matter and .html, a claims file as JSON and YAML written by ``extract``, a
config file, a Word draft); each input is one seed mutated by a few seeded
random steps: bytes flipped, inserted, deleted or repeated, the file cut
short, or a hostile token spliced in (deep brackets, YAML aliases, lone
surrogate escapes, BOMs, NUL bytes, odd charsets, a very long sentence).
A Word draft is mutated inside its XML parts (and sometimes as raw ZIP
bytes).  No new dependency: ``random`` with a fixed seed, so a run is
repeatable.

Every input goes through the library (``load_file``, the rules, JSON and
text output; every 50th also the PDF handout) and every 20th through the
command line in this process (``run_cli``: exit code and stderr checked);
``--processes N`` also runs N inputs through ``python -m factcheck`` as a
child process.  An input fails when it raises anything but an InputError
(SetupError for a config file), prints "internal error", exits outside
0/1/2, or takes longer than ``--timeout`` seconds (a hang).  Failing inputs
are saved under ``--save`` (default: fuzz-failures/ in the current folder)
to replay.  Exit status 1 when any input failed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

ARTICLE = """Transit board splits over fare rise

By Mara Quell

PORT ALDER, March 3 - The transit board voted 5-4 on Tuesday to raise fares by 12%, the first rise in \
six years, officials said.

"We owe riders a system that runs on time," said board chair Dana Whitfield. Critics say the plan is \
too costly and will hit the poorest riders hardest.

A senior official, who spoke on condition of anonymity because she was not authorised to speak, said \
the deficit had reached $4.5 million. The agency's own report puts it at $6 million.

Ridership is the lowest on record, according to the council's figures.
"""

FRONT = """---
title: Transit board splits over fare rise
outlet: The Port Alder Ledger
author: Mara Quell
date: 2026-03-03
story: fares
tags: [transit, budget]
---

"""

HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Transit board splits</title>
<meta name="author" content="Mara Quell"></head><body><nav>Home | News</nav><article>
<h1>Transit board splits over fare rise</h1>{paras}</article><footer>(c) 2026</footer></body></html>"""

CONFIG = """[tool.factcheck]
fail-on = "warning"
stories = "auto"
story-threshold = 0.5
skip-quoted = true
anonymity-phrases = ["a person familiar with"]
max-file-mib = 4

[tool.factcheck.rules]
quote-variant = true

[tool.factcheck.severity]
anonymous-source = "error"
"""

# Tokens spliced into inputs: each names a class of hostile input.
TOKENS = [
    b"[" * 300, b"{" * 200, b"]" * 50, b"[[[[[[[[[[", b"- - - - - - - - - - x\n",
    b"&a [*a, *a, *a, *a]", b"*a", b"&x [&y [*x]]", b"!!python/object:os.system ''",
    b'"\\ud800"', b'"\\udfff\\ud800"', b"\\ud83d", b"\xed\xa0\x80",
    b"\x00", b"\x00\x00\x00", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\xef\xbb\xbf",
    b"\r", b"\r\n", b"\t", b"\x0b\x0c", b"\xe2\x80\xa8", b"\xc3\x28", b"\x80\x81\x82",
    b"<meta charset=\"undefined\">", b"<meta charset=\"utf-16\">", b"<meta charset=base64>",
    b"<?xml version=\"1.0\" encoding=\"rot13\"?>", b"<!ENTITY x SYSTEM \"file:///etc/passwd\">",
    b"<script>alert(1)</script>", b"<p>", b"</p>", b"<!-- factcheck: ignore anonymous-source -->",
    b"<!-- factcheck: ignore", b"---\n", b"...\n", b"\n\n", b"#", b"\"", b"'", b"\\",
    b"said", b" said officials.", b" a source said.", b"$4.5 million", b"12%", b"1,000,000,000,000,000",
    b"1e308", b"-0", b"NaN", b"Infinity", b"99999999999999999999999999", b"2026-02-30",
    b"schema: factcheck-claims/1\n", b'"schema": "factcheck-claims/1"', b"factcheck-claims/2",
    b"null", b"true", b"[]", b"{}", b'"sentence": -1', b'"start": 999999', b'"end": -5',
    b"rating: false", b"rating: maybe",
    ("item, " * 700).encode(), b"x" * 5000, ("\u201c" * 40).encode(), ("\u2019s " * 30).encode(),
]


def seeds():
    """(extension, bytes) for each seed input."""
    from factcheck.claimsfile import dump
    from factcheck.extract import extract
    from factcheck.model import Article

    analysis = extract(Article(path="story.txt", content=ARTICLE, title="Transit board splits over fare rise"))
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[1:])
    return [
        (".txt", ARTICLE.encode()),
        (".md", (FRONT + ARTICLE).encode()),
        (".html", HTML.format(paras=paras).encode()),
        (".json", dump([analysis], "json")),
        (".yaml", dump([analysis], "yaml")),
        (".toml", CONFIG.encode()),
        (".docx", _docx(ARTICLE)),
    ]


def _docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    d.core_properties.title = "Transit board splits"
    for i, p in enumerate(text.split("\n\n")):
        d.add_paragraph(p, style="Title" if i == 0 else None)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Deficit", "$4.5 million"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A few random steps over ``data``."""
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        step = rng.randrange(8)
        pos = rng.randint(0, len(b))
        if step == 0 and b:  # flip a byte
            i = rng.randrange(len(b))
            b[i] = rng.randrange(256)
        elif step == 1:  # random bytes
            b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif step == 2 and b:  # delete a chunk
            del b[pos:pos + rng.randint(1, 200)]
        elif step == 3 and b:  # repeat a chunk
            chunk = b[pos:pos + rng.randint(1, 400)]
            b[pos:pos] = chunk * rng.randint(1, 20)
        elif step == 4:  # cut short
            del b[pos:]
        else:  # a hostile token, sometimes many times
            b[pos:pos] = rng.choice(TOKENS) * (rng.randint(1, 50) if rng.random() < 0.2 else 1)
    return bytes(b)


def mutate_docx(data: bytes, rng: random.Random) -> bytes:
    """Mostly a valid package with mutated XML parts; sometimes raw bytes."""
    if rng.random() < 0.2:
        return mutate(data, rng)
    src = zipfile.ZipFile(io.BytesIO(data))
    names = [n for n in src.namelist() if n.endswith((".xml", ".rels"))]
    victim = rng.choice(["word/document.xml"] * 4 + names)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == victim:
                body = mutate(body, rng)
            z.writestr(info.filename, body)
        if rng.random() < 0.1:  # a comments part that a mutated document may point at
            z.writestr("word/comments.xml", mutate(b'<w:comments xmlns:w="http://schemas.openxmlformats.org/'
                                                   b'wordprocessingml/2006/main"><w:comment w:id="0"><w:p><w:r>'
                                                   b"<w:t>factcheck: ignore anonymous-source</w:t></w:r></w:p>"
                                                   b"</w:comment></w:comments>", rng))
    return out.getvalue()


class Hang(Exception):
    pass


def _alarm(_sig, _frame):
    raise Hang()


def through_library(path: str, ext: str, pdf: bool) -> str:
    """Run one input through the library; returns the outcome name.  Raises
    on an internal error."""
    from factcheck import config
    from factcheck.check import check_analyses, extract_all
    from factcheck.errors import InputError, SetupError
    from factcheck.load import load_file
    from factcheck.render import RenderOptions, get
    from factcheck.settings import Settings

    settings = Settings()
    if ext == ".toml":
        try:
            settings = config.load([path], path).settings
        except SetupError:
            return "setup-error"
        path = os.path.join(os.path.dirname(path), "article.txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(ARTICLE)
    try:
        loaded = load_file(path, os.path.basename(path), settings.max_file_bytes)
        outcome = "loaded"
    except InputError as exc:
        if "internal error" in exc.message:  # the loader's safety net caught a bug
            raise RuntimeError(exc.message) from exc
        return "input-error"
    report = check_analyses(extract_all(loaded, settings), settings, inputs=[path])
    for fmt in ("json", "text", "sarif") + (("pdf", "docx") if pdf else ()):
        get(fmt).render(report, RenderOptions())
    return outcome


def through_cli(path: str, ext: str) -> str:
    """Run one input through ``run_cli`` in this process; raises on an
    internal error or an exit code outside 0/1/2."""
    from factcheck.cli import run_cli

    args = ["check", path, "--format", "json", "--isolated", "-q"]
    if ext == ".toml":
        article = os.path.join(os.path.dirname(path), "article.txt")
        args = ["check", article, "--config", path, "--format", "text", "-q"]
    out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run_cli(args)
    if code not in (0, 1, 2) or "internal error" in err.getvalue() or "Traceback" in err.getvalue() \
            or b"internal error" in out.buffer.getvalue():
        raise RuntimeError(f"exit {code}: {err.getvalue().strip()[:300]}")
    return f"exit-{code}"


def through_process(path: str, ext: str, timeout: float) -> str:
    args = [sys.executable, "-m", "factcheck", "check", path, "--format", "json", "--isolated", "-q"]
    if ext == ".toml":
        args = [sys.executable, "-m", "factcheck", "check", os.path.join(os.path.dirname(path), "article.txt"),
                "--config", path, "-q"]
    try:
        proc = subprocess.run(args, capture_output=True, timeout=timeout, cwd=ROOT,
                              env=dict(os.environ, FACTCHECK_NO_CACHE="1"))
    except subprocess.TimeoutExpired:
        raise Hang() from None
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode not in (0, 1, 2) or "internal error" in err or "Traceback" in err \
            or b"internal error" in proc.stdout:
        raise RuntimeError(f"exit {proc.returncode}: {err.strip()[:300]}")
    return f"exit-{proc.returncode}"


def run(inputs: int, seed: int, timeout: float, processes: int, save: str, quiet: bool = False) -> dict:
    """Fuzz ``inputs`` inputs; returns the tally."""
    rng = random.Random(seed)
    pool = seeds()
    tally: Counter = Counter()
    failures = []
    signal.signal(signal.SIGALRM, _alarm)
    started = time.monotonic()
    cli_every = 20
    proc_every = max(1, inputs // processes) if processes else 0
    with tempfile.TemporaryDirectory(prefix="factcheck-fuzz-") as tmp:
        for n in range(inputs):
            ext, data = pool[n % len(pool)]
            data = mutate_docx(data, rng) if ext == ".docx" else mutate(data, rng)
            folder = os.path.join(tmp, str(n % 4))
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, "input" + ext)
            with open(path, "wb") as fh:
                fh.write(data)
            how = "library"
            try:
                signal.setitimer(signal.ITIMER_REAL, timeout)
                try:
                    tally[through_library(path, ext, pdf=n % 50 == 0)] += 1
                    if n % cli_every == 0:
                        how = "cli"
                        tally[through_cli(path, ext)] += 1
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                if proc_every and n % proc_every == 0:
                    how = "process"
                    tally[through_process(path, ext, timeout * 3)] += 1
            except Hang:
                tally["hang"] += 1
                failures.append((n, ext, how, "hang", data))
            except Exception as exc:  # noqa: BLE001 - what the fuzzer is for
                tally["internal-error"] += 1
                where = traceback.extract_tb(exc.__traceback__)[-1]
                sig = f"{type(exc).__name__} at {os.path.basename(where.filename)}:{where.lineno}"
                failures.append((n, ext, how, f"{sig}: {' '.join(str(exc).split())[:200]}", data))
            if not quiet and (n + 1) % 500 == 0:
                print(f"  {n + 1} inputs, {time.monotonic() - started:.0f} s, "
                      f"{tally['internal-error']} internal errors, {tally['hang']} hangs", file=sys.stderr)
    seconds = time.monotonic() - started
    if failures and save:
        os.makedirs(save, exist_ok=True)
        for n, ext, how, why, data in failures:
            with open(os.path.join(save, f"{n:06d}{ext}"), "wb") as fh:
                fh.write(data)
            with open(os.path.join(save, f"{n:06d}.why.txt"), "w", encoding="utf-8") as fh:
                fh.write(f"{how}: {why}\n")
    return {"inputs": inputs, "seed": seed, "seconds": round(seconds, 1), "tally": dict(sorted(tally.items())),
            "internal_errors": tally["internal-error"], "hangs": tally["hang"],
            "failures": [(n, ext, how, why) for n, ext, how, why, _ in failures]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds before an input counts as a hang")
    ap.add_argument("--processes", type=int, default=10, help="inputs also run as a child process")
    ap.add_argument("--save", default="fuzz-failures", help="folder for failing inputs ('' to keep none)")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    os.environ["FACTCHECK_NO_CACHE"] = "1"
    result = run(args.inputs, args.seed, args.timeout, args.processes, args.save, quiet=args.json)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['inputs']} inputs (seed {result['seed']}) in {result['seconds']} s: "
              f"{result['internal_errors']} internal errors, {result['hangs']} hangs")
        print("outcomes: " + ", ".join(f"{k} {v}" for k, v in result["tally"].items()))
        for n, ext, how, why in result["failures"][:20]:
            print(f"  input {n} ({ext}, {how}): {why}")
    return 1 if result["internal_errors"] or result["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main())
