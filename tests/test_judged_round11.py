"""benchmarks/judged_round11.py: the blind consistency draw and its comparison (no corpus needed)."""

import sys
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import judged_round11 as R  # noqa: E402


def finding(file, start, rule="anonymous-source", severity="warning", part="test", corpus="bbc"):
    return SimpleNamespace(corpus=corpus, file=file, s_start=start, rule=rule, severity=severity, part=part)


def row(f, verdict, reason="earlier"):
    return {"corpus": f.corpus, "file": f.file, "sentence_start": str(f.s_start), "rule": f.rule,
            "verdict": verdict, "reason": reason}


def pool():
    fs = []
    for i in range(10):
        fs.append(finding(f"politics/{i:03}.txt", 5 * i))
        fs.append(finding(f"politics/{i:03}.txt", 5 * i + 1))           # same article
        fs.append(finding(f"business/{i:03}.txt", 3, part="dev"))      # dev: never drawn
        fs.append(finding(f"tech/{i:03}.txt", 3, severity="info"))     # info: never drawn
        fs.append(finding(f"sport/{i:03}.txt", 3, rule="vague-attribution"))
    return fs


def test_draw_takes_judged_test_warnings_one_per_article():
    fs = pool()
    keys = R.earlier_keys(row(f, "TRUE") for f in fs)
    got = R.draw(fs, keys, n=25, seed=1)
    assert len(got) == 10
    assert all(f.part == "test" and f.rule == R.RULE and f.severity != "info" for f in got)
    assert len({f.file for f in got}) == 10


def test_draw_ignores_verdicts_and_round_11_rows():
    fs = pool()
    flipped = R.earlier_keys(row(f, v) for f, v in zip(fs, ["TRUE", "FALSE", "DEBATABLE"] * 20))
    plain = R.earlier_keys(row(f, "TRUE") for f in fs)
    assert R.draw(fs, flipped, 5, 7) == R.draw(fs, plain, 5, 7)
    only_new = R.earlier_keys(row(f, "TRUE", "test round 11: x") for f in fs)
    assert R.draw(fs, only_new, 5, 7) == []


def test_compare_pairs_earlier_and_new_verdicts():
    a, b, c = finding("x.txt", 1), finding("y.txt", 2), finding("z.txt", 3)
    old = {(f.corpus, f.file, f.s_start, f.rule): row(f, v) for f, v in ((a, "TRUE"), (b, "FALSE"))}
    new = [row(a, "DEBATABLE"), row(b, "FALSE"), row(c, "TRUE")]
    assert R.compare(new, old) == [("TRUE", "DEBATABLE"), ("FALSE", "FALSE")]
