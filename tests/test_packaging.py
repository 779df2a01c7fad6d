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
