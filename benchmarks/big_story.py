"""Big stories: the story rules on one story of N articles against the same
N articles as N unrelated stories, and the figure rule on one long article.

    python benchmarks/big_story.py                     # N = 600 and 2000
    python benchmarks/big_story.py --sizes 100,300     # smaller runs
    python benchmarks/big_story.py --sizes 600 --runs 3 --long-figures 1450

The articles are generated (a seeded random choice of wordings: a transit
agency's staff, fares, budget, a hearing date, bus orders and quotes from the
mayor and the board chair; a few articles give a conflicting figure or a
reworded quote), so the benchmark needs no corpus.  Every article carries an
explicit story key (front-matter ``story``): one key for all of them, or one
per article, so the two runs extract identical texts and differ only in how
the story rules see them.

Printed per size: extraction time (the same texts for both runs, measured
once), the rules' time (``check_analyses``: grouping, every rule, the
report) for one story and for unrelated articles, the whole-run ratio
(extraction + rules, one story / unrelated; target <= 2x, issue 17) and the
cross-article comparisons each made.  Then one article of about 40 KB with
``--long-figures`` figures (issue 16: about 1,450), extracted once, and the
time of the conflicting-figure and quote-variant rules on it.  Times are the
best of ``--runs`` CPU-time measurements (process time, so a loaded machine
distorts them less).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from dataclasses import replace
from typing import Callable, List, Sequence, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from factcheck.check import check_analyses  # noqa: E402
from factcheck.extract import extract  # noqa: E402
from factcheck.model import Analysis, Article  # noqa: E402
from factcheck.rules import conflicting_figure, quote_variant  # noqa: E402
from factcheck.settings import Settings  # noqa: E402

OUTLETS = ("The Ledger", "Channel 7", "Metro Daily", "The Courier", "City Wire", "Radio North")
STAFF = ("6,000", "6,000", "about 6,000", "more than 5,900", "nearly 6,100", "6,050")
FARES = ("18%", "18%", "about 18%", "17.8%", "18.2%")
BUDGET = ("$412 million", "$412 million", "about $410 million", "$412.3 million")
HEARING = ("May 4", "May 4", "May 4")
QUOTES = {
    "Mayor Ana Ruiz": ("We are not going anywhere, and the work on the buses is just beginning",
                       "Riders deserve a system that runs on time every single day",
                       "The budget is balanced and we did not raise a single fare this spring"),
    "board chair Tom Hale": ("This board will not approve a plan that leaves the night routes behind",
                             "We have asked the agency for a full account of the overtime costs"),
}
FILLER = (
    "Council members met with riders at the {place} station on {day} evening.",
    "Several riders at the {place} stop said the buses were often late in the winter.",
    "The meeting lasted more than an hour and ended without a vote on the {place} line.",
    "A group of drivers stood outside the {place} depot with signs about the new schedule.",
    "The agency plans to publish the full timetable for the {place} corridor later this month.",
)
PLACES = ("Harbor", "Elm Street", "Northgate", "Riverside", "Union Square", "Mill Road", "Westfield")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday")


def article_text(i: int, repeat: str = "same") -> Tuple[str, str]:
    """The i-th generated article (text, outlet): one transit story told
    with varying wordings; articles 7, 307, 607, ... give a conflicting staff
    figure, three articles reword a quote, and every other article gives the
    staff figure twice (``repeat``: "same" value, or an "other" wording)."""
    rng = random.Random(i)
    outlet = OUTLETS[i % len(OUTLETS)]
    staff = "4,500" if i % 300 == 7 else rng.choice(STAFF)
    again = staff if repeat == "same" else rng.choice(STAFF)
    paras = [
        f"Transit agency weighs new budget as riders wait ({i})",
        f"The transit agency has {staff} employees, {outlet} has learned.",
        f"Each of the agency's {again} employees will get a letter this week." if i % 2 else "The letters go out soon.",
        f"Fares rose {rng.choice(FARES)} last year, the agency said in its annual report.",
        f"The agency's budget is {rng.choice(BUDGET)} this year, according to its finance office.",
        f"The board will hold a public hearing on the budget on {rng.choice(HEARING)}, the clerk said.",
    ]
    for speaker, lines in QUOTES.items():
        q = rng.choice(lines)
        if i in (11, 512, 1513) and speaker.startswith("Mayor"):
            q = q.replace("is just beginning", "has just begun").replace("every single day", "every day")
        paras.append(f"\u201c{q},\u201d {speaker} said at the meeting.")
    for _ in range(6):
        paras.append(" ".join(rng.choice(FILLER).format(place=rng.choice(PLACES), day=rng.choice(DAYS))
                              for _ in range(3)))
    return "\n\n".join(paras) + "\n", outlet


def long_article(figures: int) -> str:
    """One article of many short sentences, each with a figure: the same few
    quantities said over and over with different values and periods."""
    rng = random.Random(figures)
    nouns = ("employees", "buses", "stations", "drivers", "routes")
    subjects = ("The agency", "The city", "The depot", "The region", "It")
    years = ("", "", " in 2023", " in 2024")
    out = ["Long report with many figures", ""]
    for k in range(figures):
        n = rng.randrange(10, 9000)
        out.append(f"{rng.choice(subjects)} has {n:,} {rng.choice(nouns)}{rng.choice(years)}.")
        if k % 8 == 7:
            out.append("")
    return "\n".join(out) + "\n"


def best(fn: Callable[[], object], runs: int) -> Tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.process_time()
        result = fn()
        times.append(time.process_time() - t0)
    return min(times), result


def extract_all(n: int, repeat: str) -> List[Analysis]:
    out = []
    for i in range(n):
        text, outlet = article_text(i, repeat)
        out.append(extract(Article(path=f"story/{i:05d}.txt", content=text, outlet=outlet, story="transit"),
                           Settings()))
    return out


def restoried(analyses: Sequence[Analysis], one_story: bool) -> List[Analysis]:
    return [replace(a, article=replace(a.article, story="transit" if one_story else f"story-{k}"))
            for k, a in enumerate(analyses)]


def run_size(n: int, runs: int, repeat: str) -> float:
    t_extract, analyses = best(lambda: extract_all(n, repeat), 1)
    one, apart = restoried(analyses, True), restoried(analyses, False)  # type: ignore[arg-type]
    t_one, rep_one = best(lambda: check_analyses(one, Settings()), runs)
    t_apart, rep_apart = best(lambda: check_analyses(apart, Settings()), runs)
    ratio = (t_extract + t_one) / (t_extract + t_apart)
    print(f"N={n}: extract {t_extract:.2f} s; rules one story {t_one:.2f} s "
          f"({len(rep_one.findings)} findings, {rep_one.comparisons} comparisons), "
          f"unrelated {t_apart:.2f} s ({len(rep_apart.findings)} findings, {rep_apart.comparisons} comparisons); "
          f"whole run one story / unrelated = {ratio:.2f}x (target <= 2x)", flush=True)
    return ratio


def run_long(figures: int, runs: int) -> None:
    text = long_article(figures)
    a = extract(Article(path="long.txt", content=text), Settings())
    t_fig, found = best(lambda: list(conflicting_figure.check_story([a], Settings())), runs)
    t_quote, _ = best(lambda: list(quote_variant.check_story([a], Settings())), runs)
    print(f"long article: {len(text) / 1000:.1f} KB, {len(a.figures)} figures; conflicting-figure {t_fig:.3f} s "
          f"({len(found)} findings), quote-variant {t_quote:.3f} s", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="600,2000", help="story sizes, comma-separated (default 600,2000)")
    ap.add_argument("--runs", type=int, default=1, help="rule runs per measurement; the best is printed")
    ap.add_argument("--long-figures", type=int, default=1450, help="figures in the long article (0: skip)")
    ap.add_argument("--repeat", choices=("same", "other"), default="same",
                    help="articles that give the staff figure twice give the same value (default) or another "
                         "wording: figures whose article gives two values are compared pair by pair")
    args = ap.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.2f}", flush=True)
    if args.long_figures:
        run_long(args.long_figures, args.runs)
    for n in (int(x) for x in args.sizes.split(",") if x.strip()):
        run_size(n, args.runs, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
