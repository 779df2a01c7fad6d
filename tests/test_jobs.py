"""--jobs: parallel extraction gives exactly what serial extraction gives,
and small runs never start a pool."""

import pickle

import pytest

from factcheck import parallel
from factcheck.check import extract_all, load_all, run
from factcheck.parallel import PARALLEL_MIN
from factcheck.cli import run_cli
from factcheck.model import Article
from factcheck.settings import Settings

PEOPLE = ["Ana Ruiz", "Tomas Brandao", "Greta Lindqvist", "Marcus Oyelaran", "Helen Park", "Samuel Achebe"]
PLACES = ["Port Alder", "Carrow", "Dunmore", "Kelby"]


def _write_corpus(folder, n):
    for i in range(n):
        who = PEOPLE[i % len(PEOPLE)]
        where = PLACES[i % len(PLACES)]
        text = (
            f"{where} council weighs plan {i}\n\n"
            f"The {where} council has about {1000 + 37 * i:,} employees, {who} said on Tuesday.\n\n"
            f"\"We will finish the work by June,\" {who} said. Officials, who spoke on condition of "
            f"anonymity, said costs rose {i % 9 + 2}% last year, the worst level in a decade.\n"
        )
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")


@pytest.fixture
def corpus(tmp_path):
    _write_corpus(tmp_path, PARALLEL_MIN + 12)
    (tmp_path / "010b.txt").write_bytes(b"\x00\x01binary")  # an input error mid-way
    return tmp_path


def test_parallel_report_equals_serial(corpus):
    serial = run([str(corpus)], jobs=1)
    parallel_report = run([str(corpus)], jobs=2)
    assert parallel_report.analyses == serial.analyses
    assert parallel_report.findings == serial.findings
    assert parallel_report.stories == serial.stories
    assert [f.rule for f in serial.findings].count("input-error") == 1


def test_cli_output_identical_for_jobs_1_and_2(corpus, capsys):
    outs = []
    for jobs in ("1", "2"):
        run_cli(["check", str(corpus), "--format", "json", "--fail-on", "never", "--jobs", jobs])
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1]
    assert '"articles"' in outs[0]


def test_progress_is_reported_in_order(corpus):
    seen = []
    loaded, _errors, _skipped = load_all([str(corpus)])
    extract_all(loaded, Settings(), jobs=2, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (len(loaded), len(loaded))
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_small_runs_do_not_start_a_pool(tmp_path, monkeypatch):
    _write_corpus(tmp_path, 3)

    def no_pool(*args, **kwargs):
        raise AssertionError("a process pool was started for 3 articles")

    monkeypatch.setattr(parallel, "_executor", no_pool)
    report = run([str(tmp_path)], jobs=8)
    assert len(report.analyses) == 3


def test_a_pool_that_cannot_start_falls_back_to_serial(corpus, monkeypatch):
    expected = run([str(corpus)], jobs=1)

    def broken(*args, **kwargs):
        raise OSError("no semaphores here")

    monkeypatch.setattr(parallel, "_executor", broken)
    assert run([str(corpus)], jobs=2).findings == expected.findings


def test_workers_send_back_analyses_without_article_text(corpus):
    loaded, _errors, _skipped = load_all([str(corpus)])
    parallel._ITEMS, parallel._SETTINGS = loaded, Settings()
    try:
        chunk = parallel._work_forked((0, 2))
    finally:
        parallel._ITEMS, parallel._SETTINGS = (), None
    for analysis, _sig, detached in chunk:
        assert detached and analysis.article.content == ""


def test_analyses_pickle_round_trip(corpus):
    loaded, _errors, _skipped = load_all([str(corpus)])
    analyses = extract_all(loaded[:3], Settings(), jobs=1)
    assert pickle.loads(pickle.dumps(analyses)) == analyses


def test_spawn_path_gives_the_same_result(corpus, monkeypatch):
    # Platforms without fork (Windows, macOS default) send the articles.
    import multiprocessing

    expected = run([str(corpus)], jobs=1)
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("spawn"))
    assert run([str(corpus)], jobs=2).analyses == expected.analyses


def test_claims_file_analyses_pass_through():
    art = Article(path="x.txt", content="The council met on Tuesday.")
    from factcheck.extract import extract

    analysis = extract(art)
    out = extract_all([analysis], Settings(), jobs=2)
    assert out == [analysis]


def test_check_json_does_not_import_heavy_modules(tmp_path):
    # Startup matters for CI on every push: the handout libraries stay lazy.
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("The council met on Tuesday evening.\n", encoding="utf-8")
    code = (
        "import sys; from factcheck.cli import run_cli; "
        f"run_cli(['check', {str(tmp_path)!r}, '--format', 'json', '-o', {str(tmp_path / 'out.json')!r}]); "
        "print(' '.join(m for m in ('jinja2', 'reportlab', 'docx', 'multiprocessing') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "", f"imported for a JSON check of one article: {out}"


def test_a_worker_that_dies_is_replaced_by_serial_work(corpus, monkeypatch):
    import multiprocessing
    import os

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs the fork start method")
    expected = run([str(corpus)], jobs=1)
    parent = os.getpid()
    real = parallel._load_one

    def dying(fs_path, display, settings):
        if os.getpid() != parent and fs_path.endswith("030.txt"):
            os._exit(1)  # a worker killed mid-run (out of memory, say)
        return real(fs_path, display, settings)

    monkeypatch.setattr(parallel, "_load_one", dying)
    got = run([str(corpus)], jobs=2)
    assert got.analyses == expected.analyses and got.findings == expected.findings


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_that_crashes_extraction_does_not_stop_the_others(corpus, monkeypatch, jobs):
    import factcheck.parallel as par

    real = par._one

    def fragile(item, settings):
        if getattr(item, "path", "").endswith("020.txt"):
            raise ValueError("unexpected shape")
        return real(item, settings)

    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    monkeypatch.setattr(par, "_one", fragile)
    report = run([str(corpus)], jobs=jobs)
    errors = [f for f in report.findings if f.rule == "input-error"]
    assert any(f.path.endswith("020.txt") and "could not be analysed" in f.message for f in errors)
    assert len(report.analyses) == PARALLEL_MIN + 12 - 1


_SQUARES = []


def _squares(bounds):
    return [_SQUARES[i] ** 2 for i in range(*bounds)]


@pytest.mark.skipif(not parallel.forks(), reason="needs fork")
def test_map_forked_fills_results_in_order():
    # The public pool of parallel.py (story_rules uses it): each slice's
    # results land at its place, read from what the parent set before.
    global _SQUARES
    _SQUARES = list(range(100))
    try:
        results = [None] * 100
        assert parallel.map_forked(_squares, 100, 2, results) == 100
    finally:
        _SQUARES = []
    assert results == [i * i for i in range(100)]


@pytest.mark.parametrize("jobs, n, expected", [(4, 10, 1), (4, 48, 2), (4, 1000, 4), (0, 100, 1), (2, 47, 1)])
def test_workers_one_per_enough_items(jobs, n, expected):
    assert parallel.workers(jobs, n) == expected
