"""benchmarks/second_reader.py: the blind fixed-seed draw and the agreement figures (no corpus needed)."""

import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import second_reader as S  # noqa: E402

PLAN = (("unsourced-claim", ("warning",), 2), ("anonymous-source", ("warning", "error"), 1))
CELLS = (("bbc", "dev"), ("bbc", "test"))


def finding(file, start, rule="unsourced-claim", severity="warning", part="dev", corpus="bbc"):
    return SimpleNamespace(corpus=corpus, file=file, s_start=start, rule=rule, severity=severity, part=part)


def pool():
    fs = []
    for i in range(12):
        part = "dev" if i % 2 else "test"
        fs.append(finding(f"business/{i:03}.txt", 10 * i, part=part))
        fs.append(finding(f"business/{i:03}.txt", 10 * i + 5, part=part))  # a second finding in one article
        fs.append(finding(f"tech/{i:03}.txt", 7, "anonymous-source", "error" if i % 3 else "warning", part))
        fs.append(finding(f"sport/{i:03}.txt", 3, severity="info", part=part))
    return fs


def keys_of(sample):
    return [S.key(f) for f in sample]


def test_the_draw_is_fixed_by_its_seed():
    fs = pool()
    judged = {S.key(f) for f in fs}
    first = keys_of(S.draw(fs, judged, 7, PLAN, CELLS))
    assert first == keys_of(S.draw(list(reversed(fs)), judged, 7, PLAN, CELLS))  # input order does not matter
    assert len(first) == 2 * 2 + 2 * 1
    others = {tuple(keys_of(S.draw(fs, judged, seed, PLAN, CELLS))) for seed in range(8, 20)}
    assert len(others) > 1  # the seed decides which findings


def test_the_draw_takes_judged_findings_only_one_per_article_by_stratum():
    fs = pool()
    judged = {S.key(f) for f in fs if f.file.endswith(("001.txt", "002.txt", "003.txt", "004.txt", "006.txt"))}
    sample = S.draw(fs, judged, 7, PLAN, CELLS)
    assert all(S.key(f) in judged for f in sample)
    assert len({(f.corpus, f.file, f.rule) for f in sample}) == len(sample)
    assert all(f.severity == "warning" for f in sample if f.rule == "unsourced-claim")  # info is its own stratum
    per_cell = Counter((f.rule, f.part) for f in sample)
    assert per_cell[("unsourced-claim", "dev")] == 2 and per_cell[("unsourced-claim", "test")] == 2


def test_the_draw_is_blind_to_the_first_readers_verdicts():
    fs = pool()
    rows = {S.key(f): {"verdict": v, "class": "matter-of-record", "reason": "a reason"}
            for f, v in zip(fs, ["TRUE", "FALSE", "DEBATABLE"] * len(fs))}
    flipped = {k: dict(r, verdict="FALSE" if r["verdict"] == "TRUE" else "TRUE") for k, r in rows.items()}
    a = S.draw(fs, rows, 7, PLAN, CELLS)
    assert keys_of(a) == keys_of(S.draw(fs, flipped, 7, PLAN, CELLS)) == keys_of(S.draw(fs, set(rows), 7, PLAN, CELLS))
    row = S.template(a[0]).split("\t")
    assert len(row) == len(S.FIELDS) and row[S.FIELDS.index("verdict")] == "?"
    assert "a reason" not in S.template(a[0]) and "matter-of-record" not in S.template(a[0])


def test_kappa_on_hand_worked_tables():
    # 2x2: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: p_o = 35/50 = 0.7,
    # p_e = (25*30 + 25*20) / 50^2 = 0.5, kappa = (0.7 - 0.5) / 0.5 = 0.4
    pairs = [("T", "T")] * 20 + [("T", "n")] * 5 + [("n", "T")] * 10 + [("n", "n")] * 15
    assert S.kappa(pairs) == pytest.approx(0.4)
    # 3x3 with rows (first) TRUE 6,1,1 / FALSE 0,5,1 / DEBATABLE 1,1,4 over 20:
    # p_o = 15/20 = 0.75; margins first 8,6,6, second 7,7,6; p_e = (56 + 42 + 36) / 400 = 0.335
    # kappa = (0.75 - 0.335) / 0.665 = 0.62406...
    table = {("TRUE", "TRUE"): 6, ("TRUE", "FALSE"): 1, ("TRUE", "DEBATABLE"): 1, ("FALSE", "FALSE"): 5,
             ("FALSE", "DEBATABLE"): 1, ("DEBATABLE", "TRUE"): 1, ("DEBATABLE", "FALSE"): 1,
             ("DEBATABLE", "DEBATABLE"): 4}
    pairs = [k for k, n in table.items() for _ in range(n)]
    assert S.kappa(pairs) == pytest.approx(0.415 / 0.665)
    assert S.kappa([("TRUE", "TRUE")] * 3) == 1.0
    assert S.kappa([("TRUE", "FALSE"), ("FALSE", "TRUE")]) == pytest.approx(-1.0)


def row(verdict, severity="warning", deserved="-"):
    return {"verdict": verdict, "severity_reported": severity, "severity_deserved": deserved}


def test_agreement_counts_precision_at_warning_only_and_severity_where_both_say_true():
    pairs = [(row("TRUE", deserved="error"), row("TRUE", "error", "error")),
             (row("TRUE", deserved="warning"), row("TRUE", "warning", "error")),
             (row("TRUE"), row("DEBATABLE")),
             (row("FALSE"), row("FALSE")),
             (row("TRUE"), row("FALSE", "info"))]  # info: left out of precision at warning+
    g = S.agreement(pairs)
    assert (g["agree3"], g["agree2"], g["n"], g["n_warn"]) == (3, 3, 5, 4)
    assert g["p_first"] == (3, 4) and g["p_second"] == (2, 3)
    assert g["sev"] == (1, 2)


def test_projection_spreads_each_first_verdict_as_the_sample_does():
    pairs = [(row("TRUE"), row("TRUE"))] * 3 + [(row("TRUE"), row("DEBATABLE"))] + [(row("FALSE"), row("FALSE"))] * 2
    # 8 TRUE -> 6 TRUE + 2 DEBATABLE; 4 FALSE stay FALSE; DEBATABLE never paired: stays DEBATABLE
    t, f = S.project(Counter({"TRUE": 8, "FALSE": 4, "DEBATABLE": 5}), pairs)
    assert (t, f) == pytest.approx((6.0, 4.0))


def test_agreement_counts_reported_errors_each_reader_says_deserve_error():
    pairs = [(row("TRUE", deserved="error"), row("TRUE", "error", "error")),
             (row("TRUE", deserved="error"), row("DEBATABLE", "error")),
             (row("TRUE", deserved="warning"), row("TRUE", "error", "warning")),
             (row("TRUE", deserved="error"), row("TRUE", "warning", "error"))]  # a warning: not a reported error
    assert S.agreement(pairs)["errors"] == (3, 2, 1)
