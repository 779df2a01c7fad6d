"""Packaging facts a user meets before running anything (issue 13, defect 10)."""

import importlib.util
import re
import subprocess
import sys
import tarfile
from importlib import metadata
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _minimum(spec: str):
    m = re.search(r">=\s*(\d+)\.(\d+)", spec or "")
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


def test_requires_python_is_not_below_what_the_dependencies_need():
    ours = _minimum(PYPROJECT["project"]["requires-python"])
    for dist in ("reportlab", "python-docx", "click", "jinja2"):
        needed = _minimum(metadata.metadata(dist).get("Requires-Python", ""))
        assert ours >= needed, f"{dist} needs Python {needed}, pyproject admits {ours}"


def test_license_file_ships_and_is_declared():
    assert PYPROJECT["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_distribution_name_is_not_the_unrelated_factcheck_project():
    assert PYPROJECT["project"]["name"] == "newsroom-factcheck"
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for line in doc.read_text(encoding="utf-8").splitlines():
            assert not re.search(r"pip install\s+['\"]?factcheck\b", line), f"{doc.name}: {line.strip()}"


def test_sdist_manifest_carries_what_the_tests_import():
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8").split()
    assert "tests" in manifest[manifest.index("graft") + 1:]
    assert "sample_inputs" in manifest


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("build") is None, reason="the 'build' package is not installed")
def test_built_sdist_holds_the_test_helpers(tmp_path):
    subprocess.run([sys.executable, "-m", "build", "--sdist", "-o", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    (sdist,) = tmp_path.glob("*.tar.gz")
    names = {n.split("/", 1)[1] for n in tarfile.open(sdist).getnames() if "/" in n}
    assert {"tests/conftest.py", "tests/helpers.py", "tests/fakerule.py", "LICENSE"} <= names
    assert any(n.startswith("tests/fixtures/") for n in names)


def test_report_on_sample_inputs_without_the_html_extra(tmp_path, monkeypatch):
    """`pip install .` (no [html] extra, so no trafilatura) still gives a
    working handout for sample_inputs, whose HTML page is read by the
    standard-library extractor."""
    from click.testing import CliRunner

    from factcheck.cli import cli

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura -> ImportError
    out = tmp_path / "report.pdf"
    r = CliRunner().invoke(cli, ["report", str(ROOT / "sample_inputs"), "-o", str(out), "-q", "--no-cache"])
    assert r.exit_code == 0, r.output
    assert out.read_bytes().startswith(b"%PDF")
    r = CliRunner().invoke(cli, ["check", str(ROOT / "sample_inputs"), "-q", "--no-cache", "--format", "json"])
    data = __import__("json").loads(r.output)
    html = [a for a in data["articles"] if a["file"].endswith(".html")]
    assert html and html[0]["words"] > 100
    assert not [f for f in data["findings"] if f["rule"] == "input-error"]


def test_html_extractor_is_optional_in_the_metadata():
    deps = " ".join(PYPROJECT["project"]["dependencies"])
    assert "trafilatura" not in deps
    assert any("trafilatura" in d for d in PYPROJECT["project"]["optional-dependencies"]["html"])


@pytest.mark.slow
def test_plain_install_in_a_fresh_venv_writes_the_sample_handout(tmp_path):
    import venv

    venv.create(tmp_path / "venv", with_pip=True)
    py = tmp_path / "venv" / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(ROOT)],
                   check=True, capture_output=True, timeout=900)
    listed = subprocess.run([str(py), "-m", "pip", "list"], check=True, capture_output=True, text=True).stdout
    assert "trafilatura" not in listed
    out = tmp_path / "report.pdf"
    subprocess.run([str(py), "-m", "factcheck", "report", str(ROOT / "sample_inputs"), "-o", str(out), "-q",
                    "--no-cache"], check=True, capture_output=True, timeout=300)
    assert out.read_bytes().startswith(b"%PDF")
