"""The handout's figures tables are decided by the engine
(factcheck.figure_tables), not by the renderer."""

from __future__ import annotations

import pytest

from factcheck.check import DEFAULT, run
from factcheck.figure_tables import figure_tables
from factcheck.model import Analysis, Article, Figure, Story


def _analysis(path: str, *figures: Figure) -> Analysis:
    return Analysis(article=Article(path=path, content="x"), figures=tuple(figures))


def _fig(low, high, counts="employee", unit="count", value=None, second=None) -> Figure:
    return Figure(start=0, end=1, text="x", value=value if value is not None else low, unit=unit, sentence=0,
                  low=low, high=high, counts=counts, second=second)


@pytest.mark.parametrize("a, b, agree", [
    (_fig(6000, 6000), _fig(4275, 4725), False),            # "6,000" vs "about 4,500"
    (_fig(6000, None), _fig(6500, 6500), True),               # "more than 6,000" vs "6,500"
    (_fig(None, 50), _fig(70, 70), False),                    # "at most 50" vs "70"
    (_fig(5, 5, "vote", "tally", 5, 4), _fig(5, 5, "vote", "tally", 5, 4), True),   # 5-4 both
    (_fig(5, 5, "vote", "tally", 5, 4), _fig(5, 5, "vote", "tally", 5, 3), False),  # 5-4 vs 5-3
])
def test_a_table_says_whether_its_figures_can_all_hold(a, b, agree):
    by_path = {"a.txt": _analysis("a.txt", a), "b.txt": _analysis("b.txt", b)}
    (table,) = figure_tables([Story("s", "S", ("a.txt", "b.txt"))], by_path)
    assert (table.story, table.figures, table.agree) == ("s", (("a.txt", 0), ("b.txt", 0)), agree)


def test_tables_need_two_articles_of_one_story():
    by_path = {"a.txt": _analysis("a.txt", _fig(1, 1), _fig(2, 2)), "b.txt": _analysis("b.txt", _fig(3, 3, "bus"))}
    assert figure_tables([Story("s", "S", ("a.txt", "b.txt"))], by_path) == ()   # one article per noun
    assert figure_tables([Story("a", "A", ("a.txt",)), Story("b", "B", ("b.txt",))], by_path) == ()


def test_the_engine_puts_them_on_the_report(tmp_path):
    (tmp_path / "a.txt").write_text("Port Alder transit board\n\nThe Port Alder agency has 6,000 employees.\n")
    (tmp_path / "b.txt").write_text("Port Alder transit\n\nThe Port Alder agency has about 4,500 employees.\n")
    report = run([str(tmp_path)], DEFAULT)
    assert [(t.counts, t.unit, t.agree) for t in report.figure_tables] == [("employee", "count", False)]
