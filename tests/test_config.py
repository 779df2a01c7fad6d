"""Configuration files, --config, --isolated and `factcheck config`."""

import pytest
from tests.fakerule import fake_anonymous  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("fake_anonymous")


import pytest
from click.testing import CliRunner

from factcheck import config
from factcheck.cli import cli, run_cli
from factcheck.errors import SetupError

ANON = "The mayor plans to resign next month, according to two people familiar with the matter.\n"


def _tree(tmp_path, cfg_name="pyproject.toml", cfg="[tool.factcheck]\nfail-on = \"warning\"\n"):
    (tmp_path / cfg_name).write_text(cfg, encoding="utf-8")
    drafts = tmp_path / "desk" / "drafts"
    drafts.mkdir(parents=True)
    (drafts / "story.txt").write_text(ANON, encoding="utf-8")
    return drafts


def test_found_by_walking_up(tmp_path):
    drafts = _tree(tmp_path)
    loaded = config.load([str(drafts / "story.txt")])
    assert loaded.settings.fail_on == "warning"
    assert loaded.origins["fail-on"] == str(tmp_path / "pyproject.toml")
    assert loaded.origins["stories"] == "default"


def test_factcheck_toml_beats_pyproject_in_same_folder(tmp_path):
    drafts = _tree(tmp_path)
    (tmp_path / ".factcheck.toml").write_text('stories = "single"\n', encoding="utf-8")
    loaded = config.load([str(drafts)])
    assert loaded.settings.stories == "single" and loaded.settings.fail_on == "error"


def test_pyproject_without_table_is_passed_over(tmp_path):
    drafts = _tree(tmp_path, cfg='[project]\nname = "x"\n')
    assert config.find(str(drafts)) is None or not config.find(str(drafts)).startswith(str(tmp_path))


@pytest.mark.parametrize("body,words", [
    ('colour = "red"\n', ["unknown key 'colour'", "fail-on"]),
    ('fail-on = "sometimes"\n', ["'fail-on'", "error, warning, info, never"]),
    ('[rules]\nno-such-rule = false\n', ["unknown rule 'no-such-rule'", "anonymous-source"]),
    ('[severity]\nanonymous-source = "fatal"\n', ["severity.anonymous-source", "error, warning, info"]),
    ('speech-verbs = "whispered"\n', ["'speech-verbs'", "list of non-empty strings"]),
    ('story-threshold = 3\n', ["'story-threshold'"]),
    ('title = ""\n', ["'title'", "non-empty string"]),
    ('fail-on = \n', ["not valid TOML"]),
])
def test_bad_config_is_one_line_exit_2(tmp_path, body, words):
    drafts = _tree(tmp_path, ".factcheck.toml", body)
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner()
    result = runner.invoke(cli, ["check", str(drafts), "-q"], standalone_mode=False)
    assert isinstance(result.exception, SetupError)
    msg = str(result.exception)
    assert str(tmp_path / ".factcheck.toml") in msg
    for w in words:
        assert w in msg
    assert run_cli(["check", str(drafts), "-q"]) == 2


def test_config_changes_exit_code_and_isolated_ignores_it(tmp_path):
    drafts = _tree(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["check", str(drafts), "-q"]).exit_code == 1  # fail-on warning from file
    assert runner.invoke(cli, ["check", str(drafts), "-q", "--isolated"]).exit_code == 0


def test_rules_off_and_severity(tmp_path):
    drafts = _tree(tmp_path, ".factcheck.toml",
                   '[rules]\nanonymous-source = false\n[severity]\nunsourced-claim = "error"\n')
    out = CliRunner().invoke(cli, ["check", str(drafts), "-q", "--format", "json"])
    assert "anonymous-source" not in out.output


def test_explicit_config_file(tmp_path):
    drafts = _tree(tmp_path)
    desk = tmp_path / "desk.toml"
    desk.write_text('[rules]\nanonymous-source = false\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(drafts), "-q", "--config", str(desk), "--fail-on", "info"])
    assert r.exit_code == 0
    missing = run_cli(["check", str(drafts), "-q", "--config", str(tmp_path / "nope.toml")])
    assert missing == 2


def test_named_sources_and_phrases_reach_settings(tmp_path):
    drafts = _tree(tmp_path, ".factcheck.toml",
                   'named-sources = ["Reuters"]\nanonymity-phrases = ["a person in the room"]\n'
                   'speech-verbs = ["quipped"]\nskip-quoted = true\n')
    s = config.load([str(drafts)]).settings
    assert s.named_sources == ("Reuters",) and s.anonymity_phrases == ("a person in the room",)
    assert s.speech_verbs == ("quipped",) and s.skip_quoted is True


def test_config_command_prints_merged_settings_and_origins(tmp_path):
    drafts = _tree(tmp_path)
    r = CliRunner().invoke(cli, ["config", str(drafts)])
    assert r.exit_code == 0
    assert f'fail-on = "warning"  # from {tmp_path / "pyproject.toml"}' in r.output
    assert 'stories = "auto"  # from default' in r.output


def test_different_config_files_for_paths_is_an_error(tmp_path):
    a = _tree(tmp_path / "a") if (tmp_path / "a").mkdir() is None else None
    b = _tree(tmp_path / "b") if (tmp_path / "b").mkdir() is None else None
    with pytest.raises(SetupError, match="different config files"):
        config.load([str(a), str(b)])


def test_config_file_without_table_and_isolated_config_command(tmp_path):
    drafts = _tree(tmp_path)
    plain = tmp_path / "other.toml"
    plain.write_text("", encoding="utf-8")
    bare = tmp_path / "sub" / "pyproject.toml"
    bare.parent.mkdir()
    bare.write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert run_cli(["check", str(drafts), "-q", "--config", str(bare)]) == 2
    assert config.load([str(drafts)], str(plain)).settings == config.load([], isolated=True).settings
    r = CliRunner().invoke(cli, ["config", str(drafts), "--isolated"])
    assert "# config file: (none)" in r.output and 'fail-on = "error"  # from default' in r.output


def test_story_settings_reach_grouping(tmp_path):
    drafts = _tree(tmp_path, ".factcheck.toml", 'stories = "separate"\nstory-threshold = 0.5\n')
    s = config.load([str(drafts)]).settings
    assert s.stories == "separate" and s.story_threshold == 0.5


def test_handout_title_from_config_and_from_the_option(tmp_path):
    from pypdf import PdfReader

    drafts = _tree(tmp_path, ".factcheck.toml", 'title = "Transit board vote"\n')
    out = tmp_path / "r.pdf"
    assert run_cli(["report", str(drafts), "-o", str(out), "-q"]) == 0
    assert "Editorial review: Transit board vote" in PdfReader(str(out)).pages[0].extract_text()
    assert run_cli(["report", str(drafts), "-o", str(out), "-q", "--title", "Budget  night"]) == 0
    assert "Editorial review: Budget night" in PdfReader(str(out)).pages[0].extract_text()
