"""How long the handout takes: a synthetic Report with 2,000 findings
rendered to PDF and Word.

    python benchmarks/render.py                    # 2,000 findings, 3 runs
    python benchmarks/render.py --findings 500 --runs 5 --profile 20
    python benchmarks/render.py --gc-threshold 20000,20,20   # the CLI's collector setting

The Report is built in memory from ``factcheck.model`` (no corpus needed):
100 articles of about 700 words in 20 stories of 5, with 20 findings per
article spread over the four rules, plus claims, quotes, attributions and
figures so every section of the handout has rows.  Prints the median
wall and CPU seconds per format (CPU time is the steadier figure on a
shared machine) (targets: PDF <= 3 s, DOCX <= 1.5 s on a 2-core
machine), the peak Python memory of one render (tracemalloc, measured in a
separate run because tracing slows rendering down) and the output size.

What is timed: one ``Renderer.render(report, options)`` call, the library
API, in this process -- the handout Document built from the Report (data,
Jinja template, markup parsed) and laid out to bytes.  Not timed: Python's
start-up, the imports and font registration (one warm-up render per format
first), building the synthetic Report, writing the file.  Wall time is
``time.perf_counter``, CPU time ``time.process_time`` (user + system of
every thread of the process).  The cyclic collector runs at Python's
default thresholds unless ``--gc-threshold`` sets others (``factcheck``'s
CLI runs at 20000,20,20).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import tracemalloc

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

TARGETS = {"pdf": 3.0, "docx": 1.5}

SENTENCES = [
    "The agency has {n:,} employees, according to its annual report.",
    "Ridership reached an all-time high of {n:,} trips last year.",
    "Two officials who spoke on condition of anonymity said the plan would fail.",
    "\u201cWe owe riders a system that runs on time,\u201d the chief executive said on Tuesday.",
    "The budget of ${n:,} million is the largest in the region\u2019s history.",
    "Costs will double by 2030, analysts at the firm said.",
    "People familiar with the talks described the commissioner as distant \u2014 and slow.",
]


def synthetic_report(n_findings: int = 2000, per_article: int = 20, story_size: int = 5):
    """A Report with ``n_findings`` findings, built from factcheck.model."""
    from factcheck.model import (
        Analysis, AnonymousPayload, Article, Attribution, Claim, ClaimPayload, ConflictPayload, Figure,
        FigureVersion, Finding, Location, Quote, QuoteVersion, Report, Sentence, Span, Story, VariantPayload,
    )

    rules = [("unsourced-claim", "warning"), ("anonymous-source", "warning"),
             ("conflicting-figure", "error"), ("quote-variant", "info")]
    n_articles = max(1, (n_findings + per_article - 1) // per_article)
    analyses, findings, stories = [], [], []
    for ai in range(n_articles):
        path = f"articles/story{ai // story_size:03d}/article{ai:04d}.txt"
        parts, sents = [], []
        pos = 0
        for si in range(40):
            text = SENTENCES[si % len(SENTENCES)].format(n=1000 + 37 * si + ai)
            sents.append(Sentence(pos, pos + len(text), si, si // 2))
            parts.append(text)
            pos += len(text) + (2 if si % 2 else 1)
        content = "".join(p + ("\n\n" if i % 2 else " ") for i, p in enumerate(parts))
        art = Article(path=path, content=content, title=f"Transit story {ai}", outlet=f"Outlet {ai % story_size}",
                      author="A. Reporter", date="2026-03-14")
        quotes, attrs, figures, claims = [], [], [], []
        for s in sents:
            t = content[s.start:s.end]
            if t.startswith("\u201c"):
                q_end = t.index("\u201d") + 1
                quotes.append(Quote(s.start, s.start + q_end, s.start + 1, s.start + q_end - 1, s.index,
                                    "Dana Whitfield", None, None, "said", "person"))
            if "officials" in t.lower() or "people familiar" in t.lower():
                attrs.append(Attribution(s.index, "said", s.start, s.start + 4, t.split(" who")[0][:30],
                                         s.start, s.start + 20, "anonymous"))
            if "employees" in t:
                i = t.index("has ") + 4
                j = t.index(" employees") + 10
                figures.append(Figure(s.start + i, s.start + j, s.index, t[i:j], 1000.0 + ai, "count",
                                      "exact", 1000.0 + ai, 1000.0 + ai, "employee"))
                claims.append(Claim(s.index, ("statistic",), (Span(s.start + i, s.start + j),), None))
            if "all-time high" in t or "largest" in t:
                claims.append(Claim(s.index, ("record",), (Span(s.start, s.start + 10),), None))
        analyses.append(Analysis(article=art, sentences=tuple(sents), quotes=tuple(quotes),
                                 attributions=tuple(attrs), figures=tuple(figures), claims=tuple(claims)))
        for k in range(per_article):
            if len(findings) >= n_findings:
                break
            s = sents[(k * 2) % len(sents)]
            rule, sev = rules[k % len(rules)]
            payload = ClaimPayload(("statistic",), ((s.start, s.start + 12),))
            if rule == "anonymous-source":
                payload = AnonymousPayload("officials", "said", "to discuss it" if k % 3 == 0 else None, "fact")
            elif rule == "conflicting-figure":
                payload = ConflictPayload("employee", "count", "conflict", (
                    FigureVersion(path, art.outlet, "1,000 employees", 1000, 1000, 0, 0),))
            elif rule == "quote-variant":
                payload = VariantPayload("Dana Whitfield", (QuoteVersion(path, art.outlet, "runs on time"),
                                                            QuoteVersion(path, "Other", "runs on schedule")),
                                         (("time",), ("schedule",)), 0.9)
            findings.append(Finding(
                rule=rule, severity=sev, path=path, start=s.start, end=s.start + 12,
                message=f"Finding {k} of {rule} in article {ai}.", suggestion="Check it.",
                text=content[s.start:s.end], sentence_start=s.start, sentence_end=s.end,
                paragraph=s.paragraph + 1, line=s.paragraph * 2 + 1, column=1,
                related=(Location(path, s.start, s.end, line=1, text="Related sentence."),)
                if rule in ("conflicting-figure", "quote-variant") else (),
                payload=payload))
    for si in range(0, n_articles, story_size):
        paths = tuple(a.article.path for a in analyses[si:si + story_size])
        stories.append(Story(f"story{si}", f"Transit story {si // story_size}", paths))
    return Report(analyses=tuple(analyses), findings=tuple(findings), stories=tuple(stories),
                  generated="2026-03-16")


def gc_thresholds() -> str:
    import gc

    return ",".join(str(v) for v in gc.get_threshold())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--findings", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--formats", default="pdf,docx")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also profile one render per format and print the N costliest functions")
    ap.add_argument("--gc-threshold", default="", metavar="A,B,C",
                    help="run with gc.set_threshold(A, B, C) (default: Python's)")
    args = ap.parse_args(argv)
    if args.gc_threshold:
        import gc

        gc.set_threshold(*(int(v) for v in args.gc_threshold.split(",")))

    from factcheck.render import RenderOptions, get

    report = synthetic_report(args.findings)
    print(f"synthetic report: {len(report.findings)} findings, {len(report.analyses)} articles, "
          f"{sum(len(a.claims) for a in report.analyses)} claims, load average {os.getloadavg()[0]:.2f}, "
          f"gc thresholds {gc_thresholds()}")
    status = 0
    for fmt in args.formats.split(","):
        renderer = get(fmt)
        renderer.render(report, RenderOptions())  # warm-up: imports, font registration
        times, cpu = [], []
        for _ in range(args.runs):
            t, c = time.perf_counter(), time.process_time()
            data = renderer.render(report, RenderOptions())
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        tracemalloc.start()
        renderer.render(report, RenderOptions())
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        med = statistics.median(times)
        ok = med <= TARGETS.get(fmt, float("inf"))
        status |= 0 if ok else 1
        print(f"{fmt:5} {med:6.2f} s wall, {statistics.median(cpu):5.2f} s CPU (median of {args.runs}; "
              f"target <= {TARGETS.get(fmt)} s: {'ok' if ok else 'MISSED'})  peak {peak / 2**20:6.1f} MiB  "
              f"size {len(data) / 1024:7.0f} KiB")
        if args.profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.runcall(renderer.render, report, RenderOptions())
            pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
    return status


if __name__ == "__main__":
    sys.exit(main())
