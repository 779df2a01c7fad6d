"""Exit codes a CI maintainer can rely on (issue 13, defect 10)."""

import subprocess
import sys

from factcheck.cli import EXIT_BROKEN_PIPE

TEXT = "The mayor will resign, according to two people familiar with the matter.\n"


def test_a_closed_pipe_is_not_reported_as_findings(tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.md").write_text(TEXT, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "check", str(tmp_path), "--no-cache", "--isolated",
                             "-j", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader goes away before anything is written
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_BROKEN_PIPE == 141
    assert b"Traceback" not in err and b"Exception ignored" not in err


def test_a_pipe_is_read_once_even_with_the_cache(tmp_path):
    """`cat a.md | factcheck check /dev/stdin` (issue 13, defect 5): the cache
    key must not consume the stream the loader reads."""
    import os

    if not os.path.exists("/dev/stdin"):
        import pytest

        pytest.skip("no /dev/stdin")
    claim = b"Unemployment in the county has doubled since 2019.\n"
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_NO_CACHE"}  # the cache on, as for a user
    res = subprocess.run([sys.executable, "-m", "factcheck", "check", "/dev/stdin", "-q", "--isolated",
                          "--format", "json", "--cache-dir", str(tmp_path / "cache")],
                         input=claim, capture_output=True, timeout=120, env=env)
    import json

    assert [f["rule"] for f in json.loads(res.stdout)["findings"]] == ["unsourced-claim"], res.stderr
