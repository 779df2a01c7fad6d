"""The handout's shared pieces: runs, intervals, the block markup parser
and the data gathered from a Report."""

import pytest

from factcheck.errors import SetupError
from factcheck.render.handout import Bars, Heading, Para, Ranges, Run, Table, clean, parse
from factcheck.render.handout_data import context, interval, runs
from factcheck.render.handout_text import quantity_interval

from .handout_report import story_report


@pytest.mark.parametrize("text, base, spans, expected", [
    ("The agency has 6,000 staff.", 100, [(115, 120)], [("The agency has ", False), ("6,000", True), (" staff.", False)]),
    ("abc", 0, [], [("abc", False)]),
    ("abc", 0, [(5, 9)], [("abc", False)]),                        # outside: ignored
    ("abcdef", 0, [(1, 3), (2, 5)], [("a", False), ("bc", True), ("de", True), ("f", False)]),  # overlap
    ("abc", 10, [("x", 2)], [("abc", False)]),                     # malformed: ignored
    ("abc", 0, [(0, 3)], [("abc", True)]),
])
def test_runs(text, base, spans, expected):
    assert [(r["text"], r["mark"]) for r in runs(text, base, spans)] == expected


@pytest.mark.parametrize("low, high, unit, currency, expected", [
    (6000, 6000, "count", None, "6,000"),
    (6000, None, "count", None, "\u2265 6,000"),
    (None, 50, "count", None, "\u2264 50"),
    (4275, 4725, "count", None, "4,275 \u2013 4,725"),
    (17.5, 18.5, "percent", None, "17.5% \u2013 18.5%"),
    (2380000, 2380000, "count", None, "2.38 million"),
    (412e6, 412e6, "money", "USD", "USD 412 million"),
    (None, None, "count", None, "open"),
    (738000, 738000, "date", None, "2021-07-29"),
])
def test_interval(low, high, unit, currency, expected):
    assert interval(low, high, unit, currency) == expected


@pytest.mark.parametrize("low, high, kind, expected", [
    (1220, 1220, "clock", "20:20"),                   # "at 8.20pm": minutes after midnight
    (210, 270, "clock", "03:30 \u2013 04:30"),        # "at about 4am"
    (None, 360, "clock", "\u2264 06:00"),              # "shortly before 6am"
    (21, 21, "duration", "21 days"),                  # "a three-week trial"
    (504, 558, "ago", "504 \u2013 558 days ago"),      # "18 months ago"
    (None, None, "duration", "open"),
    (6000, 6000, "count", "6,000"),                   # other kinds as interval() shows them
])
def test_quantity_interval(low, high, kind, expected):
    """The quantity model's own measures (days, minutes after midnight)
    are shown with their unit, never as bare numbers."""
    assert quantity_interval(low, high, kind) == expected


def test_parse_blocks_and_inline_runs():
    doc = parse(
        '<handout title="T" header="H"><h1>One</h1><h1>One</h1>'
        '<p style="small">a <b>bold</b> and <mark>marked <i>both</i></mark><br/>next</p>'
        '<table widths="1,3"><tr><th>A</th><th>B</th></tr><tr><td shade="ok">x</td></tr></table>'
        '<bars title="c" series="error,info"><bar label="r" values="1,2"/></bars>'
        '<ranges title="q"><range label="o" low="1" high="" text="t" flag="1"/></ranges></handout>')
    h1, h2, p, t, bars, ranges = doc.blocks
    assert isinstance(h1, Heading) and (h1.key, h2.key) == ("one", "one-1")
    assert isinstance(p, Para) and p.style == "small"
    assert p.runs == (Run("a "), Run("bold", bold=True), Run(" and "), Run("marked ", mark=True),
                      Run("both", italic=True, mark=True), Run("", br=True), Run("next"))
    assert isinstance(t, Table) and t.header_rows == 1 and t.widths == (0.25, 0.75)
    assert t.rows[1][0].shade == "ok" and t.rows[1][1].text == ""  # short rows are padded
    assert isinstance(bars, Bars) and bars.bars == (("r", (1.0, 2.0)),)
    assert isinstance(ranges, Ranges) and ranges.ranges[0].high is None and ranges.ranges[0].flag


@pytest.mark.parametrize("markup", ["<handout><p>unclosed</handout>", "not xml", "<handout><video/></handout>"])
def test_parse_rejects_bad_markup(markup):
    with pytest.raises(SetupError):
        parse(markup)


def test_clean_removes_what_xml_cannot_hold():
    assert clean("a\x00b\x07c\x0bd\te\nf\ud800g\ufffe") == "abcd\te\nfg"


def test_context_reads_finding_data_defensively():
    ctx = context(story_report())
    anon = {a["source"]: a for a in ctx["anonymous"]}
    assert anon["two board members"]["reason"] is True
    assert anon["People familiar with the board"]["reason"] is False
    assert anon["People familiar with the board"]["supplies"] == "characterisation"
    fig = ctx["figures"][0]
    assert (fig["counts"], fig["verdict"]) == ("employee", "conflict")
    assert [r["interval"] for r in fig["rows"]] == ["4,275 \u2013 4,725", "6,000"]
    variants = {v["speaker"]: v for v in ctx["variants"]}
    marked = [[r["text"] for r in ver["runs"] if r["mark"]] for ver in variants["Dana Whitfield"]["versions"]]
    assert marked == [["time"], ["schedule"]]
    assert "" in variants  # the variant with no payload falls back to the finding and its related places
    statuses = sorted({c["status"] for c in ctx["claims"]})
    assert statuses == ["anonymous", "none"]


def _odd_report():
    from factcheck.model import (
        Analysis, Article, Attribution, Claim, ClaimPayload, ConflictPayload, Finding, Quote, Report, Sentence, Story,
        VariantPayload,
    )

    text = "Short text. Second one."
    a = Analysis(
        article=Article(path="odd.txt", content=text),
        sentences=(Sentence(0, 11, 0, 0), Sentence(12, 23, 1, 0)),
        quotes=(Quote(0, 5, 1, 4, 7, None),),                       # sentence index out of range
        attributions=(Attribution(9, "said", 0, 0, "", 0, 0, "none"),),
        claims=(Claim(1, ("statistic",), (), 5), Claim(9, ("trend",))),  # bad attribution / sentence
    )
    findings = (
        Finding("input-error", "error", "missing.docx", 0, 0, "missing.docx: cannot read"),
        Finding("no-such-rule", "warning", "odd.txt", 50, 60, "beyond the end",
                payload=ClaimPayload(("statistic",), ((70, 80), (-5, 2)))),
        Finding("conflicting-figure", "error", "odd.txt", 0, 5, "empty payload", payload=ConflictPayload("", "", "", ())),
        Finding("conflicting-figure", "error", "odd.txt", 6, 9, "another rule's payload",
                payload=VariantPayload("x", (), (), 0.0)),
        Finding("quote-variant", "info", "odd.txt", 0, 5, "no versions", payload=VariantPayload("", (), (("a",),), 1.0)),
        Finding("anonymous-source", "warning", "elsewhere.txt", 3, 1, "no analysis"),
    )
    return Report(analyses=(a,), findings=findings, stories=(Story("s", "s", ("odd.txt", "other.txt")),))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_odd_reports_still_render(fmt):
    from factcheck.render import RenderOptions, get

    data = get(fmt).render(_odd_report(), RenderOptions())
    assert len(data) > 1000


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_minimal_user_template(tmp_path, fmt):
    """A user template may leave out everything but the root element."""
    from factcheck.render import RenderOptions, get

    (tmp_path / "handout.j2").write_text('<handout title="" header=""><p>{{ title }}</p></handout>')
    assert get(fmt).render(story_report(), RenderOptions(template_dir=str(tmp_path)))


def test_a_changed_user_template_is_read_again(tmp_path):
    """The handout's Jinja environment is kept between renders; a template
    edited in between is still picked up."""
    import os

    from factcheck.render.handout import markup

    tpl = tmp_path / "handout.j2"
    tpl.write_text('<handout title="" header=""><p>first</p></handout>')
    assert "first" in markup(story_report(), str(tmp_path))
    tpl.write_text('<handout title="" header=""><p>second</p></handout>')
    os.utime(tpl, (1_000_000_000, 1_000_000_000))  # a different mtime, however coarse the clock
    assert "second" in markup(story_report(), str(tmp_path))


def test_fast_paths_of_clean_and_collapse_hold_for_every_character():
    """clean() and _collapse() skip their regular expression for printable
    text: no character they would change is printable (but the space)."""
    from factcheck.render import handout

    every = "".join(map(chr, range(0x110000)))
    assert [c for c in handout._BAD_XML.findall(every) if c.isprintable()] == []
    assert [c for run in handout._SPACE.findall(every) for c in run if c.isprintable() and c != " "] == []
    assert handout._collapse("a \u00a0\tb  c") == "a b c" and clean("a\x00b\ud800") == "ab"


def test_environment_reads_dict_keys_as_jinja_does():
    """render.env's getattr shortcut for plain dicts gives what Jinja's own
    getattr gives: the key, a dict method before a key of its name, and
    an undefined value (an error under StrictUndefined) for a missing key."""
    import jinja2

    from factcheck.render.env import environment

    env = environment()
    tpl = "{{ d.rule }}|{{ d.items is callable }}|{{ d.get('rule') }}|{{ o.real }}"
    ctx = {"d": {"rule": "r1", "items": "shadowed"}, "o": 3}
    plain = jinja2.Environment(undefined=jinja2.StrictUndefined)
    assert env.from_string(tpl).render(ctx) == plain.from_string(tpl).render(ctx) == "r1|True|r1|3"
    for e in (env, plain):
        with pytest.raises(jinja2.UndefinedError):
            e.from_string("{{ d.missing }}").render(d={})


def test_a_model_conflict_on_a_literal_group_is_one_table(tmp_path):
    """The quantity model compares "three-week" and "five-week" in days; the
    figures table groups them by their noun (week).  They are one quantity
    with one verdict, not a "differs (not flagged)" table beside a conflict
    table for the same two figures."""
    from factcheck.check import DEFAULT, run

    (tmp_path / "a.txt").write_text("Trial ends at Fenwick Crown Court\n\n"
                                    "The three-week trial at Fenwick Crown Court ended on Friday.\n")
    (tmp_path / "b.txt").write_text("Fenwick Crown Court verdict\n\n"
                                    "The five-week trial at Fenwick Crown Court ended on Friday.\n")
    report = run([str(tmp_path)], DEFAULT)
    assert [f.rule for f in report.findings if f.rule == "conflicting-figure"]
    groups = [(g["counts"], g["verdict"]) for g in context(report)["figures"]]
    assert groups == [("week", "conflict")]
