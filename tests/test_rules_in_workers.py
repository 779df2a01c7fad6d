"""The article-scope rules run where the articles are extracted (the
workers of ``parallel.load_and_extract``) and are cached with the
extraction; the story-scope rules are cached per story and shared by the
workers (``story_rules``): the findings are the same as when the engine
runs the rules itself, for --jobs 1 and 2, cold and warm, whatever the
settings say."""

import os

import pytest

from factcheck import rules as rules_mod
from factcheck.cache import Cache
from factcheck.check import check_analyses, extract_all, load_all, run
from factcheck.cli import run_cli
from factcheck.parallel import PARALLEL_MIN
from factcheck.settings import Settings

ARTICLE_RULES = [r for r in rules_mod.all_rules() if r.SCOPE == "article"]
STORY_RULES = [r for r in rules_mod.all_rules() if r.SCOPE == "story"]

SETTINGS = {
    "default": Settings(),
    "one rule off": Settings(rules={"unsourced-claim": False}),
    "severity changed": Settings(severity={"anonymous-source": "error", "vague-attribution": "info"}),
    "all article rules off": Settings(rules={r.ID: False for r in ARTICLE_RULES}),
    "a story rule off": Settings(rules={"quote-variant": False}),
}


@pytest.fixture
def corpus(tmp_path):
    """Every article and story rule's trigger examples, numbered, enough of
    them for a pool of workers (a story's articles share a ``story:`` key)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    examples = [(r.ID, ex) for r in ARTICLE_RULES + STORY_RULES for ex in r.EXAMPLES["trigger"]]
    for i in range(PARALLEL_MIN + 6):
        rule_id, ex = examples[i % len(examples)]
        if isinstance(ex, dict):  # a file: a claims file's name and content
            (folder / f"{i:03d}-{ex['name']}").write_text(ex["content"], encoding="utf-8")
        elif isinstance(ex, str):
            (folder / f"{i:03d}-{rule_id}.txt").write_text(f"Story {i}\n\n{ex}\n", encoding="utf-8")
        else:  # a story: its articles
            for k, text in enumerate(ex):
                (folder / f"{i:03d}-{rule_id}-{k}.md").write_text(
                    f"---\nstory: s{i}\noutlet: Outlet {k}\n---\n\n{text}\n", encoding="utf-8")
    for k, text in enumerate(AGREEING):  # figures the quantity model takes for one (Report.agreements)
        (folder / f"agree-{k}.md").write_text(f"---\nstory: agree\noutlet: Outlet {k}\n---\n\n{text}\n",
                                              encoding="utf-8")
    return folder


AGREEING = ["Officials said about 2,000 tenants were moved out of the Harlow towers on Tuesday.",
            "Some 1,960 residents were moved out of the Harlow towers on Tuesday, the council said."]


def _engine_report(folder, settings):
    """The report with every rule run by the engine, in this process."""
    loaded, errors, _skipped = load_all([str(folder)], settings)
    return check_analyses(extract_all(loaded, settings), settings, input_findings=errors)


def test_the_corpus_triggers_every_article_and_story_rule(corpus):
    found = {f.rule for f in run([str(corpus)], jobs=2).findings}
    assert {r.ID for r in ARTICLE_RULES + STORY_RULES} <= found


@pytest.mark.parametrize("name", sorted(SETTINGS))
@pytest.mark.parametrize("jobs", [1, 2])
def test_findings_equal_the_engines_own(corpus, name, jobs):
    settings = SETTINGS[name]
    expected = _engine_report(corpus, settings)
    got = run([str(corpus)], settings, jobs=jobs)
    assert got.findings == expected.findings
    assert got.suppressed == expected.suppressed
    assert got.comparisons == expected.comparisons
    assert got.agreements == expected.agreements


@pytest.mark.parametrize("scope, method", [("article", "check"), ("story", "check_story")])
def test_rules_run_in_the_workers_not_the_parent(corpus, monkeypatch, tmp_path, scope, method):
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs the fork start method")
    expected = run([str(corpus)], jobs=1)
    log = tmp_path / "pids"
    for rule in ARTICLE_RULES if scope == "article" else STORY_RULES:
        def logged(analyses, settings, *more, _real=getattr(rule, method)):
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(f"{os.getpid()}\n")
            return _real(analyses, settings, *more)

        monkeypatch.setattr(rule, method, logged)
    got = run([str(corpus)], jobs=2)
    pids = set(log.read_text(encoding="utf-8").split())
    assert got.findings == expected.findings
    assert got.comparisons == expected.comparisons
    assert pids and str(os.getpid()) not in pids


def test_article_findings_must_match_the_analyses(corpus):
    loaded, _errors, _skipped = load_all([str(corpus)])
    analyses = extract_all(loaded[:3], Settings())
    with pytest.raises(ValueError):
        check_analyses(analyses, Settings(), article_findings=[{}])


def _no_article_rules(monkeypatch):
    def boom(*_a, **_k):
        raise AssertionError("ran a rule on what the cache held")

    for rule in ARTICLE_RULES:
        monkeypatch.setattr(rule, "check", boom)
    for rule in STORY_RULES:
        monkeypatch.setattr(rule, "check_story", boom)


@pytest.mark.parametrize("name", sorted(SETTINGS))
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_warm_run_takes_the_findings_from_the_cache(corpus, cache_dir, monkeypatch, name, jobs):
    settings = SETTINGS[name]
    expected = _engine_report(corpus, settings)
    cold = run([str(corpus)], settings, jobs=jobs, cache=Cache.open(settings))
    _no_article_rules(monkeypatch)
    warm = run([str(corpus)], settings, jobs=jobs, cache=Cache.open(settings))
    assert cold.findings == expected.findings
    assert warm.findings == expected.findings
    assert cold.comparisons == warm.comparisons == expected.comparisons
    assert cold.agreements == warm.agreements == expected.agreements
    if settings.rule_enabled("conflicting-figure"):
        assert any(g.story == "agree" for g in warm.agreements)  # the handout's agreeing figures survive the cache


def test_a_story_with_a_changed_article_is_checked_again(corpus, cache_dir):
    settings = Settings()
    story = sorted(corpus.glob("*-conflicting-figure-1.md"))[0]  # "about 45,000 employees" against 60,000

    def conflicts(report):
        return [f for f in report.findings if f.rule == "conflicting-figure" and str(story) in
                {f.path} | {r.path for r in f.related}]

    assert conflicts(run([str(corpus)], settings, jobs=2, cache=Cache.open(settings)))
    story.write_text(story.read_text(encoding="utf-8").replace("45,000", "60,000"), encoding="utf-8")
    warm = run([str(corpus)], settings, jobs=2, cache=Cache.open(settings))
    fresh = _engine_report(corpus, settings)
    assert warm.findings == fresh.findings
    assert warm.comparisons == fresh.comparisons
    assert not conflicts(warm)


def test_a_config_never_reuses_another_configs_findings(corpus, cache_dir):
    plain, off = SETTINGS["default"], SETTINGS["one rule off"]
    run([str(corpus)], plain, jobs=2, cache=Cache.open(plain))
    got = run([str(corpus)], off, jobs=2, cache=Cache.open(off))
    assert not [f for f in got.findings if f.rule == "unsourced-claim"]
    assert got.findings == _engine_report(corpus, off).findings
    again = run([str(corpus)], plain, jobs=2, cache=Cache.open(plain))
    assert [f for f in again.findings if f.rule == "unsourced-claim"]


def _json(capsys, *args):
    assert run_cli(["check", *args, "--format", "json", "--fail-on", "never"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("config", ["", '[tool.factcheck.severity]\nanonymous-source = "error"\n',
                                    '[tool.factcheck.rules]\nvague-attribution = false\n'])
def test_cli_bytes_equal_for_jobs_and_cache(corpus, cache_dir, capsys, monkeypatch, config):
    if config:
        (corpus / "pyproject.toml").write_text(config, encoding="utf-8")
    outs = [_json(capsys, str(corpus), "--no-cache", "--jobs", "1"),
            _json(capsys, str(corpus), "--no-cache", "--jobs", "2"),
            _json(capsys, str(corpus), "--jobs", "2")]
    _no_article_rules(monkeypatch)
    outs += [_json(capsys, str(corpus), "--jobs", "2"), _json(capsys, str(corpus), "--jobs", "1")]
    assert all(out == outs[0] for out in outs)
    if "severity" in config:
        assert '"rule": "anonymous-source",\n      "severity": "error"' in outs[0]
    if "rules" in config:
        assert '"vague-attribution"' not in outs[0]
