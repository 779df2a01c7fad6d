"""Every command has --help with an example; --version; the format list."""

import pytest
from click.testing import CliRunner

from factcheck import __version__
from factcheck.cli import cli

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name):
    r = CliRunner().invoke(cli, [name, "--help"])
    assert r.exit_code == 0, r.output
    assert "Usage: " in r.output and name in r.output
    assert "Example" in r.output and f"factcheck {name}" in r.output


def test_top_level_help_and_version():
    r = CliRunner().invoke(cli, ["--help"])
    assert r.exit_code == 0
    for name in ("check", "config", "export"):
        assert name in r.output
    v = CliRunner().invoke(cli, ["--version"])
    assert v.exit_code == 0 and __version__ in v.output


def test_check_help_lists_formats_and_ci_options():
    out = CliRunner().invoke(cli, ["check", "--help"]).output
    for word in ("text", "json", "github", "sarif", "gitlab", "--baseline", "--write-baseline", "--diff-base",
                 "--config", "--isolated"):
        assert word in out


def test_shell_completion_script():
    r = CliRunner().invoke(cli, [], prog_name="factcheck", env={"_FACTCHECK_COMPLETE": "bash_source"})
    assert "_factcheck_completion" in r.output
