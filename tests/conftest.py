import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "sample_inputs"


@pytest.fixture(autouse=True)
def _fixed_date(monkeypatch):
    # Reports carry their generation date; tests pin it so output is stable.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    # Runs extract afresh unless a test asks for the cache (tests/test_cache.py):
    # tests that patch extraction must see it run, and nothing is written to
    # the user's cache folder.
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """A cache folder of the test's own, with the cache switched on (the
    autouse fixture above switches it off)."""
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


def shared_path(*parts):
    """A path under ../shared, or skip the test when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available (../shared is optional)")
    return p


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="Rewrite the golden files in tests/golden from the current output.",
    )


@pytest.fixture
def update_golden(request):
    return request.config.getoption("--update-golden")
