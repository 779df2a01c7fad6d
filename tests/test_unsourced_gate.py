"""benchmarks/unsourced_gate.py and checkworthiness_cv.py's --add: the pieces that need no corpus."""

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import checkworthiness_cv as C  # noqa: E402
import unsourced_gate as G  # noqa: E402


def test_modes_switch_each_demotion_off_alone_and_all_together():
    table = {"base": -5, "agentless_figure": 2, "next_door": -2, "lede": 1, "named_subject": -1}
    modes = G.modes(table)
    assert list(modes) == ["shipped", "without named_subject", "without next_door", "without any demotion"]
    assert modes["without next_door"] == dict(table, next_door=0)
    assert modes["without any demotion"] == dict(table, next_door=0, named_subject=0)
    assert modes["shipped"]["base"] == -5  # the base is not a demotion


def test_score_adds_the_points_of_the_properties_a_claim_has():
    table = {"base": -5, "agentless_figure": 2, "next_door": -2}
    assert G.score({"feats": ["agentless_figure", "next_door", "lede"]}, table) == -5
    assert G.score({"feats": []}, table) == -5


def test_the_cv_reads_the_shipped_table_as_the_rule_does():
    from factcheck.extract.checkworthiness import _points

    table, warn_at = _points()
    mine, th = C.shipped_table()
    assert th == warn_at
    assert mine.pop("") == table["base"]
    assert mine == {n: v for n, v in table.items() if n != "base"}
