"""The progress bar: shown on a terminal for long runs, silent in CI, with
--quiet, for machine formats on stdout and for short runs."""

import io

from factcheck import progress
from factcheck.cli import run_cli


class Tty(io.StringIO):
    def isatty(self):
        return True


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_wanted_only_on_an_interactive_terminal_outside_ci():
    assert progress.wanted(Tty(), environ={})
    assert not progress.wanted(io.StringIO(), environ={})  # a pipe or a file
    assert not progress.wanted(Tty(), quiet=True, environ={})
    assert not progress.wanted(Tty(), machine_stdout=True, environ={})
    assert not progress.wanted(Tty(), environ={"CI": "true"})
    assert not progress.wanted(Tty(), environ={"TERM": "dumb"})
    assert progress.wanted(Tty(), environ={"CI": "false"})


def test_a_short_run_never_draws():
    out, clock = Tty(), Clock()
    bar = progress.ProgressBar(out, clock=clock)
    for done in range(1, 11):
        clock.now = done * 0.05
        bar(done, 10)
    bar.close()
    assert out.getvalue() == ""


def test_a_long_run_draws_then_erases():
    out, clock = Tty(), Clock()
    bar = progress.ProgressBar(out, clock=clock)
    for done in range(1, 101):
        clock.now = done * 0.1  # ten seconds in all
        bar(done, 100)
    drawn = out.getvalue()
    assert "factcheck: [" in drawn and "100/100 articles" in drawn
    assert "s left" in drawn
    bar.close()
    assert out.getvalue().endswith("\r")


def test_no_bar_when_the_end_is_near():
    out, clock = Tty(), Clock()
    bar = progress.ProgressBar(out, clock=clock)
    clock.now = 2.0
    bar(95, 100)  # 2 s for 95 articles: the last 5 take a moment
    assert out.getvalue() == ""


def test_redraws_are_throttled():
    out, clock = Tty(), Clock()
    bar = progress.ProgressBar(out, clock=clock)
    clock.now = 1.5
    bar(10, 1000)
    for done in range(11, 200):
        bar(done, 1000)  # no time passes: no redraw
    assert out.getvalue().count("\r") == 1


def test_cli_json_to_stdout_has_nothing_on_stderr(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("The council met on Tuesday evening.\n", encoding="utf-8")
    run_cli(["check", str(tmp_path), "--format", "json"])
    captured = capsys.readouterr()
    assert "factcheck: [" not in captured.err
    assert captured.out.startswith("{")
