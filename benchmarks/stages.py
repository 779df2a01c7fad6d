"""Where the time goes: each stage of `factcheck check` timed in one process.

    python benchmarks/stages.py                 # BBC corpus, --jobs 2
    python benchmarks/stages.py CORPUS --jobs 1 --profile 25

Prints seconds for import, discovery, load+extract (parallel), story
grouping, the rules (check_analyses, which includes grouping) and JSON
rendering, plus what story grouping did (articles, candidate pairs from the
inverted index, pairs scored, pairs joined) and how many cross-article
comparisons the story rules made.  ``--steps`` adds the CPU seconds of each
extraction step, of the story signature and of each rule (article-scope
rules per article, story-scope rules per story), run serially: the
per-article work the workers do and the story work, by part.  With ``--profile N`` it also runs the
serial pipeline under cProfile and prints the N most expensive functions by
own time.  Medians over ``--runs``.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "benchmarks", "bbc-news", "bbc")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    ap.add_argument("--steps", action="store_true",
                    help="also the CPU seconds of each extraction step, serially, in this process")
    args = ap.parse_args(argv)
    gc.set_threshold(20_000, 20, 20)  # as ``factcheck.cli.main`` sets it (and its workers inherit)

    t0 = time.perf_counter()
    from factcheck import parallel, render, stories
    from factcheck.check import check_analyses
    from factcheck.load import discover
    from factcheck.settings import Settings

    imported = time.perf_counter() - t0
    settings = Settings()
    rows = {k: [] for k in ("discover", "load+extract", "group", "rules+group", "json")}
    for _ in range(args.runs):
        t = time.perf_counter()
        files, skipped = discover([args.corpus])
        rows["discover"].append(time.perf_counter() - t)
        t = time.perf_counter()
        analyses, sigs, errors = parallel.load_and_extract(files, settings, args.jobs)
        rows["load+extract"].append(time.perf_counter() - t)
        t = time.perf_counter()
        stories.group(analyses, settings, sigs)
        rows["group"].append(time.perf_counter() - t)
        grouping = (stories.STATS.articles, stories.STATS.candidates, stories.STATS.scored, stories.STATS.joined)
        t = time.perf_counter()
        report = check_analyses(analyses, settings, input_findings=errors, inputs=[args.corpus],
                                skipped=skipped, signatures=sigs)
        rows["rules+group"].append(time.perf_counter() - t)
        t = time.perf_counter()
        render.get("json").render(report, render.RenderOptions())
        rows["json"].append(time.perf_counter() - t)
    print(f"corpus: {os.path.abspath(args.corpus)}  jobs: {args.jobs}  load average: {os.getloadavg()[0]:.2f}")
    print(f"{'import':14} {imported:7.3f} s (first import in this process)")
    for name, xs in rows.items():
        print(f"{name:14} {statistics.median(xs):7.3f} s")
    print(f"grouping: {grouping[0]} articles, {grouping[1]} candidate pairs, {grouping[2]} scored, "
          f"{grouping[3]} joined; {sum(1 for s in report.stories if len(s.paths) > 1)} multi-article stories")
    print(f"story rules: {report.comparisons} comparisons, {len(report.findings)} findings")
    if args.steps:
        steps(files)
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        files, skipped = discover([args.corpus])
        analyses, sigs, errors = parallel.load_and_extract(files, settings, 1)
        report = check_analyses(analyses, settings, input_findings=errors, signatures=sigs)
        render.get("json").render(report, render.RenderOptions())
        prof.disable()
        pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(args.profile)
    return 0


def steps(files) -> None:
    """CPU seconds (``time.process_time``) of each extraction step over
    every article, in the order ``extract`` runs them, of its story
    signature and of each enabled rule, in one process."""
    from factcheck import rules
    from factcheck.extract import attribution, claims, figures, quotes, sentences, speakers
    from factcheck.extract.lexicon import lexicon
    from factcheck.load import load_file
    from factcheck.model import Analysis
    from factcheck.settings import Settings
    from factcheck.stories import group, signature
    from factcheck.story_rules import run_rule

    settings = Settings()
    enabled = [r for r in rules.all_rules() if settings.rule_enabled(r.ID)]
    spent = dict.fromkeys(("sentences", "quotes", "speakers", "attribution", "figures", "claims",
                           "story signature"), 0.0)

    def timed(step, fn, *a):
        t = time.process_time()
        out = fn(*a)
        spent[step] = spent.get(step, 0.0) + time.process_time() - t
        return out

    lex = lexicon(settings)
    analyses, sigs = [], []
    for fs, display in files:
        try:
            loaded = load_file(fs, display)
        except Exception:
            continue
        for art in loaded:
            if isinstance(art, Analysis):
                continue
            paras = timed("sentences", sentences.paragraphs, art.content, art.body_start, len(art.content),
                          art.format == "md")
            sents = timed("sentences", sentences.sentences, art, paras)
            qs = timed("quotes", quotes.find_quotes, art, sents, paras)
            qs = timed("speakers", speakers.assign_speakers, art, sents, paras, qs, lex)
            attrs, reasons, ents = timed("attribution", attribution.attribute, art, sents, paras, qs, lex)
            figs = timed("figures", figures.find_figures, art, sents)
            found = timed("claims", claims.find_claims, art, sents, qs, attrs, figs, lex)
            analysis = Analysis(article=art, paragraphs=tuple(paras), sentences=sents, quotes=qs,
                                attributions=attrs, figures=figs, claims=found, anonymity_reasons=reasons,
                                entities=ents)
            sigs.append(timed("story signature", signature, analysis))
            analyses.append(analysis)
            for rule in enabled:
                if rule.SCOPE == "article":
                    timed("rule " + rule.ID, lambda: list(rule.check(analysis, settings)))
    index = {a.article.path: i for i, a in enumerate(analyses)}
    for story in group(analyses, settings, sigs):
        members = [analyses[index[p]] for p in story.paths if p in index]
        for rule in enabled:
            if rule.SCOPE == "story":
                timed("rule " + rule.ID, run_rule, rule, members, settings)
    print("per-article and story work, serial CPU seconds:")
    for step, sec in spent.items():
        print(f"  {step:26} {sec:6.2f}")
    print(f"  {'total':26} {sum(spent.values()):6.2f}")


if __name__ == "__main__":
    sys.exit(main())
