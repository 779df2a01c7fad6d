"""A bad file becomes an input-error finding naming the file and what is
wrong; the other files are still checked; a non-UTF-8 file is read."""

import json

import docx
import pytest

from factcheck.check import run
from factcheck.cli import run_cli

GOOD = "Transit chief asked to resign\n\nThe delays are at their worst level in a decade.\n"

BAD = {
    "binary.txt": (b"\x00\x01\x02PK\x00\x00binary", "binary file"),
    "image.html": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "notes.html": (b"No markup here, only words.\n", "not an HTML page"),
    "broken-front.md": (b"---\ntitle: [unclosed\n---\n\nBody text.\n", "broken YAML front matter"),
    "old.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old Word binary", "not a valid .docx"),
    "claims.json": (json.dumps({"schema": "factcheck-claims/1", "articles": [
        {"content": "Text.", "claims": [{"sentence": 0, "verdict": {"rating": "wrong"}}]}]}).encode(),
        "articles[0].claims[0].verdict.rating"),
    "claims.yaml": (b"schema: factcheck-claims/1\narticles: {not: a list}\n", "articles"),
    "package.json": (b'{"name": "site"}', "not a factcheck claims file"),
}


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for name, (data, _) in BAD.items():
        (d / name).write_bytes(data)
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    # latin-1: one pound sign, as in the BBC file
    (d / "latin1.txt").write_bytes("Fares rose to \u00a32.75, the highest fare on record.\n".encode("latin-1"))
    doc = docx.Document()
    doc.add_paragraph("The board is the most divided it has ever been.")
    doc.save(str(d / "draft.docx"))
    (d / "page.html").write_text("<html><body><article><p>Ridership is the lowest on record.</p>"
                                 "</article></body></html>", encoding="utf-8")
    return d


def test_each_bad_file_is_an_input_error_and_the_rest_are_checked(folder):
    report = run([str(folder)])
    errors = {f.path.rsplit("/", 1)[-1]: f.message for f in report.findings if f.rule == "input-error"}
    assert set(errors) == set(BAD), errors
    for name, (_, words) in BAD.items():
        assert name in errors[name] and words in errors[name], (name, errors[name])
    read = {a.article.path.rsplit("/", 1)[-1] for a in report.analyses}
    assert read == {"good.txt", "latin1.txt", "draft.docx", "page.html"}
    latin = next(a for a in report.analyses if a.article.path.endswith("latin1.txt"))
    assert "\u00a32.75" in latin.article.content
    checked = {f.path.rsplit("/", 1)[-1] for f in report.findings if f.rule == "unsourced-claim"}
    assert {"good.txt", "draft.docx", "page.html"} <= checked


def test_cli_reports_input_errors_without_traceback(folder, capsys):
    code = run_cli(["check", str(folder), "--format", "json", "--fail-on", "never"])
    out, err = capsys.readouterr()
    assert code == 0 and "Traceback" not in out + err
    data = json.loads(out)
    assert sum(1 for f in data["findings"] if f["rule"] == "input-error") == len(BAD)


def test_extract_writes_the_readable_files_and_exits_1(folder, tmp_path, capsys):
    out = tmp_path / "claims.json"
    assert run_cli(["extract", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "binary.txt" in err and "broken-front.md" in err and "Traceback" not in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {a["file"].rsplit("/", 1)[-1] for a in data["articles"]} == {"good.txt", "latin1.txt", "draft.docx",
                                                                         "page.html"}
