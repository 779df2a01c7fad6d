"""Extraction on a Dask LocalCluster gives the bytes of a local run
(issue 17: archives beyond one machine)."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli, run_cli

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]


def _invoke(*args):
    r = CliRunner().invoke(cli, list(args))
    return r.exit_code, r.output


@pytest.mark.slow
def test_dask_extraction_is_byte_identical_to_a_local_run(tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(ROOT / "sample_inputs", folder)
    (folder / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    local, remote = tmp_path / "local.json", tmp_path / "dask.json"
    assert _invoke("extract", str(folder), "-q", "--isolated", "-o", str(local))[0] == 1  # the input error
    assert _invoke("extract", str(folder), "-q", "--isolated", "--dask", "local:2", "-o", str(remote))[0] == 1
    assert remote.read_bytes() == local.read_bytes()
    _, from_claims = _invoke("check", str(remote), "-q", "--isolated", "--no-cache", "--format", "json")
    _, from_folder = _invoke("check", str(folder), "-q", "--isolated", "--no-cache", "--format", "json")
    drop_input_errors = [f for f in json.loads(from_folder)["findings"] if f["rule"] != "input-error"]
    assert json.loads(from_claims)["findings"] == drop_input_errors


def test_bad_local_cluster_size_is_a_setup_error(tmp_path, capsys):
    (tmp_path / "a.md").write_text("The council met.\n", encoding="utf-8")
    assert run_cli(["extract", str(tmp_path), "-q", "--dask", "local:0"]) == 2
    assert "local:N needs N >= 1" in capsys.readouterr().err
