"""The extraction cache: a warm run gives byte-for-byte what a cold run
gives, skips extraction for unchanged files, and never turns a cache
problem into an error."""

import os
import shutil
import sqlite3
import time

import pytest

from factcheck import cache as cache_mod
from factcheck import parallel
from factcheck.cache import Cache
from factcheck.check import run
from factcheck.parallel import PARALLEL_MIN
from factcheck.cli import run_cli
from factcheck.settings import Settings

from .test_jobs import _write_corpus


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    _write_corpus(folder, PARALLEL_MIN + 6)
    (folder / "010b.txt").write_bytes(b"\x00\x01binary")  # an input error mid-way
    return folder


def _json(capsys, *args):
    rc = run_cli(["check", *args, "--format", "json", "--fail-on", "never"])
    assert rc == 0
    return capsys.readouterr().out


def _no_extraction(monkeypatch):
    """Make any extraction fail: each file extracted becomes an input-error
    finding naming the cache, so output equal to a cold run's proves the
    cache was used."""
    def boom(*_a, **_k):
        raise AssertionError("extracted a file the cache held")

    monkeypatch.setattr(parallel, "extract", boom)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_warm_run_is_byte_identical_and_extracts_nothing(corpus, cache_dir, capsys, monkeypatch, jobs):
    uncached = _json(capsys, str(corpus), "--no-cache", "--jobs", jobs)
    assert not cache_dir.exists()  # --no-cache writes nothing
    cold = _json(capsys, str(corpus), "--jobs", jobs)
    _root, entries, _size, gens = cache_mod.info(str(cache_dir))
    assert entries == PARALLEL_MIN + 6  # every article; never the unreadable file
    assert len(gens) == 1
    _no_extraction(monkeypatch)
    warm = _json(capsys, str(corpus), "--jobs", jobs)
    assert cold == uncached
    assert warm == cold
    assert '"input-error"' in warm  # the unreadable file is reported again, not cached


def test_changed_file_is_extracted_again(corpus, cache_dir):
    settings = Settings()
    first = run([str(corpus)], settings, cache=Cache.open(settings))
    target = corpus / "003.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("employees", "staff members"),
                      encoding="utf-8")
    second = run([str(corpus)], settings, cache=Cache.open(settings))
    fresh = run([str(corpus)], settings)
    assert second.analyses == fresh.analyses
    assert second.findings == fresh.findings
    changed = [a for a in second.analyses if a.article.path.endswith("003.txt")][0]
    assert "staff members" in changed.article.content
    assert first.analyses != second.analyses


def test_same_text_at_another_path_is_not_confused(tmp_path, cache_dir):
    text = "The council has 1,200 employees, the mayor said.\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    settings = Settings()
    run([str(tmp_path / "a.txt")], settings, cache=Cache.open(settings))
    report = run([str(tmp_path / "b.txt")], settings, cache=Cache.open(settings))
    assert [a.article.path for a in report.analyses] == [str(tmp_path / "b.txt")]


def test_settings_that_change_extraction_start_a_new_generation(corpus, cache_dir, monkeypatch):
    plain = Settings()
    custom = Settings(speech_verbs=("intoned",))
    assert Cache.open(plain).generation != Cache.open(custom).generation
    assert Cache.open(plain).generation == Cache.open(Settings()).generation
    run([str(corpus)], plain, cache=Cache.open(plain))
    _no_extraction(monkeypatch)  # an extraction now becomes an input-error finding

    def failed(report):
        return [f for f in report.findings if "cache held" in f.message]

    assert not failed(run([str(corpus)], plain, cache=Cache.open(plain)))
    assert len(failed(run([str(corpus)], custom, cache=Cache.open(custom)))) == PARALLEL_MIN + 6


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_damaged_entries_are_misses(corpus, cache_dir, capsys, damage):
    cold = _json(capsys, str(corpus))
    (db,) = cache_dir.glob("v*/*.sqlite")
    con = sqlite3.connect(str(db))
    with con:
        con.execute("UPDATE entries SET value = ?", (damage,))
    con.close()
    again = _json(capsys, str(corpus))
    assert again == cold
    con = sqlite3.connect(str(db))
    values = [bytes(v) for (v,) in con.execute("SELECT value FROM entries")]
    con.close()
    assert len(values) == PARALLEL_MIN + 6 and damage not in values  # stored again


@pytest.mark.parametrize("garbage", [b"", b"this is not a database" * 100])
def test_a_damaged_cache_file_is_replaced(corpus, cache_dir, capsys, garbage):
    cold = _json(capsys, str(corpus))
    (db,) = cache_dir.glob("v*/*.sqlite")
    for extra in cache_dir.glob("v*/*.sqlite-*"):
        extra.unlink()
    db.write_bytes(garbage)
    assert _json(capsys, str(corpus)) == cold
    assert cache_mod.info(str(cache_dir))[1] == PARALLEL_MIN + 6


def test_unwritable_cache_folder_is_not_an_error(corpus, tmp_path, capsys, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    out = _json(capsys, str(corpus), "--cache-dir", str(blocker / "cache"))
    assert out == _json(capsys, str(corpus), "--no-cache")


def test_cache_commands(corpus, cache_dir, capsys):
    _json(capsys, str(corpus))
    assert run_cli(["cache", "info"]) == 0
    out = capsys.readouterr().out
    assert f"cache folder: {cache_dir}" in out
    assert f"entries: {PARALLEL_MIN + 6} in 1 generation" in out
    (cache_dir / "keep-me.txt").write_text("not ours", encoding="utf-8")
    assert run_cli(["cache", "clear"]) == 0
    assert "cleared" in capsys.readouterr().out
    assert cache_mod.info(str(cache_dir))[1] == 0
    assert (cache_dir / "keep-me.txt").exists()  # only what factcheck wrote is removed


def test_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if os.name != "nt":
        assert cache_mod.resolve_dir() == str(tmp_path / "factcheck")
    assert cache_mod.resolve_dir("elsewhere") == "elsewhere"


@pytest.mark.parametrize("edited", ["data/speech_verbs.txt", "extract/figures/values.py", "settings.py"])
def test_editing_code_or_word_lists_starts_a_new_generation(tmp_path, monkeypatch, edited):
    package = tmp_path / "factcheck"
    real = os.path.dirname(cache_mod.__file__)
    for sub in ("data", "extract"):
        shutil.copytree(os.path.join(real, sub), package / sub)
    shutil.copy(os.path.join(real, "settings.py"), package / "settings.py")
    monkeypatch.setattr(cache_mod, "_PACKAGE", str(package))
    monkeypatch.setattr(cache_mod, "_CODE_HASH", None)
    before = Cache.open(Settings()).generation
    with open(package / edited, "a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    monkeypatch.setattr(cache_mod, "_CODE_HASH", None)
    assert Cache.open(Settings()).generation != before


def test_a_cache_locked_by_another_run_is_not_an_error(corpus, cache_dir, capsys, monkeypatch):
    cold = _json(capsys, str(corpus))
    (db,) = cache_dir.glob("v*/*.sqlite")
    target = corpus / "004.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nA new last line.\n", encoding="utf-8")
    monkeypatch.setattr(cache_mod, "LOCK_WAIT", 0.05)
    other = sqlite3.connect(str(db), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another run in the middle of its write
    try:
        out = _json(capsys, str(corpus))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert out != cold
    assert out == _json(capsys, str(corpus), "--no-cache")
    assert cache_mod.info(str(cache_dir))[1] == PARALLEL_MIN + 6  # the changed file was not stored
    _json(capsys, str(corpus))
    assert cache_mod.info(str(cache_dir))[1] == PARALLEL_MIN + 7  # stored once the lock is gone


def test_generations_not_written_for_a_month_are_removed(corpus, cache_dir, capsys):
    _json(capsys, str(corpus))
    (current,) = cache_dir.glob("v*/*.sqlite")
    old = current.with_name("0" * 24 + ".sqlite")
    recent = current.with_name("1" * 24 + ".sqlite")
    for path in (old, recent):
        path.write_bytes(current.read_bytes())
    month_ago = time.time() - (cache_mod.STALE_DAYS + 1) * 86400
    os.utime(old, (month_ago, month_ago))
    target = corpus / "005.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    _json(capsys, str(corpus))  # stores the changed file, and prunes
    assert not old.exists()
    assert recent.exists() and current.exists()
