"""Hostile inputs (issue 16): one bad file beside a good article never hangs
the run, exhausts memory or aborts the other articles; setup problems are
one line naming the file and the problem, exit 2.

The table HOSTILE holds one case per attack.  Each is put in one folder
with a good article and the whole folder is checked in a child process
(bounded in time and address space, so a regression fails instead of
hanging or swapping); each case then looks at its own file's outcome.
The tests after it take single cases in-process."""

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import zipfile

import docx
import pytest

from factcheck.cli import run_cli
from factcheck.errors import InputError
from factcheck.load import load_file

GOOD = ("Transit chief asked to resign\n\nThe delays are at their worst level in a decade, "
        "according to the council's figures.\n\nCritics say the plan is too costly.\n")
LAUGHS = "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 10))


def _laughs_claims(path):
    path.write_text("schema: factcheck-claims/1\nl0: &l0 lol\n" + LAUGHS
                    + "articles:\n  - content: The plan costs $5 million.\n    claims: *l9\n")


def _laughs_front(path):
    path.write_text("---\ntitle: Laughs\nl0: &l0 lol\n" + LAUGHS + "---\n\n" + GOOD)


def _fifo(path):
    os.mkfifo(path)


def _zero(path):
    os.symlink("/dev/zero", path)


def _huge(path):
    with open(path, "wb") as fh:  # sparse: costs no disk
        fh.truncate(65 << 20)


def _docx_with(path, member, size):
    """A real Word file whose ``member`` is replaced by ``size`` bytes that
    pack about 1000 to 1."""
    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("The board is the most divided it has ever been.")
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != member:
                out.writestr(info, src.read(info))
        body = b'<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/' \
               b'wordprocessingml/2006/main">'
        with out.open(member, "w", force_zip64=True) as fh:
            fh.write(body)
            block = b" " * (1 << 20)
            for _ in range(size >> 20):
                fh.write(block)
            fh.write(b"</w:comments>")


def _deep_json(path):
    path.write_text('{"schema": "factcheck-claims/1", "articles": ' + "[" * 100_000 + "]" * 100_000 + "}")


def _surrogate_front(path):
    path.write_text('---\ntitle: "Bad \\ud800 title"\nnote: "\\udfff"\n---\n\n' + GOOD)


def _surrogate_claims(path):
    path.write_text(json.dumps({"schema": "factcheck-claims/1", "articles": [
        {"title": "Lone \ud800 surrogate", "claims": [{"text": "The plan costs $5 million \udc80."}]}]}))


def _utf16(path):
    path.write_bytes("\ufeff".encode("utf-16-le") + GOOD.replace("decade", "d\u00e9cade").encode("utf-16-le"))


def _utf32(path):
    path.write_bytes(("\ufeff# " + GOOD).encode("utf-32-be"))


def _undefined_charset(path):
    path.write_bytes(b'<html><head><meta charset="undefined"><title>Fares</title></head><body><article>'
                     b"<p>Fares rose to a record level, the council said.</p></article></body></html>")


def _long_sentence(path):
    items = ", ".join(f"item {i} at {i * 3} dollars" for i in range(180))
    path.write_text("Budget list\n\nThe council said the cuts include " + items + " and more.\n")


# name -> (file name, how to make it, expected outcome, words in the message)
HOSTILE = {
    "fifo": ("pipe.txt", _fifo, "skipped", "named pipe"),
    "symlink-to-dev-zero": ("zero.txt", _zero, "skipped", "character device"),
    "above-size-cap": ("huge.txt", _huge, "error", "file too large"),
    "billion-laughs-claims": ("laughs.yaml", _laughs_claims, "error", "billion laughs"),
    "billion-laughs-front-matter": ("laughs.md", _laughs_front, "error", "billion laughs"),
    "docx-comments-bomb": ("comments.docx", lambda p: _docx_with(p, "word/comments.xml", 64 << 20),
                           "error", "word/comments.xml"),
    "docx-document-ratio": ("ratio.docx", lambda p: _docx_with(p, "word/document.xml", 4 << 20),
                            "error", "zip bomb"),
    "json-nested-100000": ("deep.json", _deep_json, "error", "nested more than"),
    "surrogate-front-matter": ("surrogate.md", _surrogate_front, "checked", "Bad \ufffd title"),
    "surrogate-claims": ("surrogate.json", _surrogate_claims, "checked", "Lone \ufffd surrogate"),
    "utf16-bom": ("utf16.txt", _utf16, "checked", "Transit chief asked to resign"),
    "utf32-bom": ("utf32.md", _utf32, "checked", "Transit chief asked to resign"),
    "meta-charset-undefined": ("undefined.html", _undefined_charset, "checked", "Fares"),
    "long-sentence": ("long.txt", _long_sentence, "checked", "Budget list"),
}

LIMIT_SECONDS = 60
LIMIT_BYTES = 1 << 30


def _child(args, cwd, timeout=LIMIT_SECONDS):
    """Run the CLI in a child process with a time limit and a 3 GiB address
    space cap (a safety net); returns (exit code, stdout, stderr, peak RSS
    in bytes of the child and its workers)."""
    code = textwrap.dedent("""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
        from factcheck.cli import run_cli
        rc = run_cli(sys.argv[1:])
        peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        sys.stderr.write(f"\\npeak-rss-kib {peak}\\n")
        sys.exit(rc)
    """)
    env = dict(os.environ, FACTCHECK_NO_CACHE="1")
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, timeout=timeout,
                          env=env)
    err = proc.stderr.decode("utf-8", "replace")
    peak = int(err.rsplit("peak-rss-kib ", 1)[1].split()[0]) * 1024 if "peak-rss-kib" in err else 0
    return proc.returncode, proc.stdout, err, peak


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile") / "drafts"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, maker, _, _ in HOSTILE.values():
        maker(d / name)
    return d


@pytest.fixture(scope="module")
def checked(hostile_folder):
    started = time.monotonic()
    rc, out, err, peak = _child(["check", str(hostile_folder), "--format", "json", "--isolated", "-q",
                                 "--fail-on", "never", "-j", "2"], hostile_folder.parent)
    return {"rc": rc, "data": json.loads(out) if rc in (0, 1) else None, "err": err, "peak": peak,
            "seconds": time.monotonic() - started}


def test_the_run_finishes_in_time_and_memory_and_checks_the_good_article(checked):
    assert checked["rc"] in (0, 1), checked["err"]
    assert "internal error" not in checked["err"]
    assert checked["seconds"] < LIMIT_SECONDS
    assert 0 < checked["peak"] < LIMIT_BYTES, checked["peak"]
    paths = [a["file"] for a in checked["data"]["articles"]]
    assert any(p.endswith("good.txt") for p in paths)
    assert any(f["rule"] != "input-error" and f["file"].endswith("good.txt") for f in checked["data"]["findings"])


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_case(case, checked):
    name, _, outcome, words = HOSTILE[case]
    data = checked["data"]
    assert data is not None, checked["err"]
    errors = {f["file"].rsplit("/", 1)[-1]: f["message"] for f in data["findings"] if f["rule"] == "input-error"}
    skipped = [s for s in data["summary"]["skipped_files"] if f"/{name} " in s]
    if outcome == "skipped":
        assert skipped and words in skipped[0], data["summary"]["skipped_files"]
        assert name not in errors
    elif outcome == "error":
        assert name in errors and words in errors[name], errors.get(name)
    else:
        assert name not in errors, errors.get(name)
        mine = [a for a in data["articles"] if a["file"].endswith("/" + name)]
        mine += [f for f in data["findings"] if f["file"].endswith("/" + name)]
        assert mine and words in json.dumps(mine, ensure_ascii=False), mine


def test_the_handout_renders_for_a_folder_with_hostile_files(hostile_folder, tmp_path):
    out = tmp_path / "report.pdf"
    rc, _, err, peak = _child(["report", str(hostile_folder), "-o", str(out), "--isolated", "-q"], tmp_path)
    assert rc == 0, err
    assert out.read_bytes().startswith(b"%PDF") and 0 < peak < LIMIT_BYTES


# -- single cases in-process ----------------------------------------------------

def test_size_cap_is_configurable(tmp_path):
    (tmp_path / "story.txt").write_text(GOOD * 400)  # about 60 KB
    (tmp_path / ".factcheck.toml").write_text("max-file-mib = 0.05\n")
    out = tmp_path / "out.json"
    assert run_cli(["check", str(tmp_path), "--format", "json", "-o", str(out), "--fail-on", "never"]) == 0
    message = json.loads(out.read_text())["findings"][0]["message"]
    assert "file too large" in message and "max-file-mib" in message
    (tmp_path / ".factcheck.toml").write_text("max-file-mib = -1\n")
    assert run_cli(["check", str(tmp_path)]) == 2


def test_docx_members_are_capped_before_reading(tmp_path):
    path = tmp_path / "bomb.docx"
    _docx_with(path, "word/comments.xml", 2 << 20)
    with pytest.raises(Exception) as info:
        load_file(str(path), "bomb.docx", max_bytes=4 << 20)
    assert "word/comments.xml" in str(info.value) and "limit" in str(info.value)


def test_damaged_core_properties_are_an_input_error(tmp_path):
    # found by benchmarks/fuzz.py (seed 2): a mangled namespace in docProps/core.xml
    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("The board is the most divided it has ever been.")
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    path = tmp_path / "core.docx"
    with zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "docProps/core.xml":
                body = body.replace(b'xmlns:cp="http://', b'xmlns:cp="ht')
            out.writestr(info, body)
    with pytest.raises(InputError) as info:
        load_file(str(path), "core.docx")
    assert "damaged .docx" in str(info.value)


@pytest.mark.parametrize("text, deep", [("[" * 101 + "]" * 101, True), ("[" * 100 + "]" * 100, False),
                                        ('{"a": "' + "[" * 500 + '"}', False), ('["\\"' + "[" * 200 + '"]', False)])
def test_json_depth_is_checked_on_the_text(text, deep):
    from factcheck.load.limits import TooDeep, json_depth

    if deep:
        with pytest.raises(TooDeep):
            json_depth(text)
    else:
        json_depth(text)


@pytest.mark.parametrize("ext", [".json", ".yaml"])
def test_deep_claims_file_is_an_input_error_and_the_others_are_checked(tmp_path, ext, capsys):
    nest = "[" * 100_000 + "]" * 100_000 if ext == ".json" else "[" * 5000 + "]" * 5000
    (tmp_path / f"deep{ext}").write_text('{"schema": "factcheck-claims/1", "articles": ' + nest + "}")
    (tmp_path / "good.txt").write_text(GOOD)
    assert run_cli(["check", str(tmp_path), "--format", "json", "--fail-on", "never", "--isolated"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["rule"] for f in data["findings"]].count("input-error") == 1
    assert any(a["file"].endswith("good.txt") for a in data["articles"])


def test_yaml_aliases_within_budget_still_load(tmp_path):
    (tmp_path / "ok.yaml").write_text("schema: factcheck-claims/1\narticles:\n  - claims:\n"
                                      "      - text: The plan costs $5 million.\n        verdict: &v {rating: verified}\n"
                                      "      - text: Fares rose 4%.\n        verdict: *v\n")
    [analysis] = load_file(str(tmp_path / "ok.yaml"), "ok.yaml")
    assert [c.verdict.rating for c in analysis.claims] == ["verified", "verified"]


def test_export_refuses_billion_laughs_in_one_line(tmp_path, capsys):
    _laughs_claims(tmp_path / "laughs.yaml")
    assert run_cli(["export", str(tmp_path / "laughs.yaml")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "billion laughs" in err and "laughs.yaml" in err


def test_recursive_yaml_alias_is_refused(tmp_path):
    (tmp_path / "loop.md").write_text("---\nloop: &a [*a]\n---\n\nBody.\n")
    with pytest.raises(Exception) as info:
        load_file(str(tmp_path / "loop.md"), "loop.md")
    assert "contains it" in str(info.value)


@pytest.mark.parametrize("fmt", ["json", "text", "sarif", "github"])
def test_lone_surrogates_reach_no_encoder(tmp_path, fmt, capsys):
    _surrogate_front(tmp_path / "a.md")
    _surrogate_claims(tmp_path / "b.json")
    assert run_cli(["check", str(tmp_path), "--format", fmt, "--fail-on", "never", "--isolated"]) == 0
    out = capsys.readouterr()
    assert "internal error" not in out.err
    if fmt in ("json", "text"):  # the formats that print titles
        assert "\ufffd" in out.out


def test_clean_replaces_surrogates_in_keys_and_nested_values():
    from factcheck.load.limits import clean

    data = {"k\ud800": ["x\udfff", {"y": "\ud834"}], "ok": "caf\u00e9"}
    assert clean(data) == {"k\ufffd": ["x\ufffd", {"y": "\ufffd"}], "ok": "caf\u00e9"}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_bom_text_is_decoded(tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes(("\ufeff" + GOOD).encode(encoding))
    [article] = load_file(str(tmp_path / "a.txt"), "a.txt")
    assert article.content == GOOD and article.title == "Transit chief asked to resign"


def test_a_bom_before_binary_zeros_is_still_binary(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe" + bytes(64) + b"PK\x03\x04")
    with pytest.raises(InputError, match="binary file"):
        load_file(str(tmp_path / "a.txt"), "a.txt")


def test_undefined_or_non_text_charset_falls_back_to_detection(tmp_path):
    for name in ("undefined", "base64", "utf-16"):
        (tmp_path / "p.html").write_bytes(_page(name))
        [article] = load_file(str(tmp_path / "p.html"), "p.html")
        assert "caf\u00e9" in article.content, name


def _page(charset):
    return (f'<html><head><meta charset="{charset}"></head><body><article><p>The caf\u00e9 owners said '
            "rents doubled.</p></article></body></html>").encode("utf-8")


def test_a_cell_taller_than_a_page_is_split(tmp_path):
    from pypdf import PdfReader

    from factcheck.check import run
    from factcheck.render import RenderOptions, get

    _long_sentence(tmp_path / "long.txt")
    data = get("pdf").render(run([str(tmp_path)]), RenderOptions())
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "item 179" in " ".join(text.split())


# -- setup errors: one line naming the file, exit 2 ---------------------------

def _nested_toml(path):
    path.write_text("rules = " + "[" * 100_000 + "]" * 100_000 + "\n")


def _latin1_toml(path):
    path.write_bytes('fail-on = "warning"  # caf\u00e9\n'.encode("latin-1"))


def _nested_baseline(path):
    path.write_text('{"version": 1, "findings": ' + "[" * 100_000 + "]" * 100_000 + "}")


def _latin1_baseline(path):
    path.write_bytes('{"version": 1, "findings": [], "note": "caf\u00e9"}'.encode("latin-1"))


SETUP = {
    "config-nested": (_nested_toml, "--config", "nested too deeply"),
    "config-not-utf8": (_latin1_toml, "--config", "not UTF-8"),
    "baseline-nested": (_nested_baseline, "--baseline", "nested more than"),
    "baseline-not-utf8": (_latin1_baseline, "--baseline", "not UTF-8"),
}


@pytest.mark.parametrize("case", sorted(SETUP))
def test_setup_file_problems_are_one_line(case, tmp_path, capsys):
    make, option, words = SETUP[case]
    bad = tmp_path / ("bad.toml" if option == "--config" else "baseline.json")
    make(bad)
    (tmp_path / "good.txt").write_text(GOOD)
    assert run_cli(["check", str(tmp_path / "good.txt"), option, str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" not in err
    assert str(bad) in err and words in err, err


def test_disk_full_on_output_is_one_line(tmp_path, capsys, monkeypatch):
    (tmp_path / "good.txt").write_text(GOOD)

    def full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    out = tmp_path / "out.json"
    assert run_cli(["check", str(tmp_path / "good.txt"), "--format", "json", "-o", str(out), "--isolated"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" not in err
    assert str(out) in err and "No space left on device" in err
    assert not out.exists() and not [p for p in os.listdir(tmp_path) if p.startswith(".factcheck-")]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_output_to_a_device_is_written_not_replaced(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(GOOD)
    assert run_cli(["check", str(tmp_path / "good.txt"), "-o", "/dev/null", "--isolated"]) in (0, 1)
    assert not os.path.isfile("/dev/null")
    assert run_cli(["check", str(tmp_path / "good.txt"), "-o", "/dev/full", "--isolated"]) == 2
    err = capsys.readouterr().err
    assert "/dev/full" in err and "No space left on device" in err and not os.path.isfile("/dev/full")


# -- workers die with their parent --------------------------------------------

def _children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        return []


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux only")
def test_workers_die_when_the_parent_is_killed(tmp_path):
    paragraph = " ".join(f"The council said {n} buses were late in week {n}, officials said." for n in range(60))
    for i in range(60):
        (tmp_path / f"a{i:02d}.txt").write_text(f"Story {i}\n\n" + (paragraph + "\n\n") * 6)
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "check", str(tmp_path), "-j", "2", "-q",
                             "--isolated"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=dict(os.environ, FACTCHECK_NO_CACHE="1"))
    try:
        deadline = time.monotonic() + 60
        workers = []
        while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
            workers = _children(proc.pid)
            time.sleep(0.02)
        assert len(workers) >= 2, "the pool never started"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.05)
        left = [w for w in workers if _alive(w)]
        for w in left:
            os.kill(w, signal.SIGKILL)
        assert not left, "workers outlived their parent"
    finally:
        if proc.poll() is None:
            proc.kill()


# -- the fuzz harness, briefly --------------------------------------------------

def test_a_short_fuzz_run_finds_nothing():
    import importlib.util

    from .conftest import ROOT

    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "benchmarks" / "fuzz.py")
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    result = fuzz.run(60, seed=3, timeout=30, processes=0, save="", quiet=True)
    assert result["internal_errors"] == 0 and result["hangs"] == 0, result["failures"]
    assert sum(result["tally"].values()) >= 60
