"""Checking drafts against their source documents (issue 15): the quote
matcher, the transcript and document loaders, figures and claims against
documents, the CLI, JSON, SARIF and the handout."""

import json
import os
import shutil
import zipfile

import pytest
from click.testing import CliRunner

from factcheck.check import run
from factcheck.cli import cli
from factcheck.errors import InputError, SetupError
from factcheck.settings import Settings
from factcheck.sources import load as source_load
from factcheck.sources.match import SpeakerText, match
from factcheck.sources.model import Source
from factcheck.sources.transcripts import labelled_turns, subtitles

from .conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "sources"

TRANSCRIPT = (
    "MODERATOR: Mayor, what about the budget?\n"
    "RUIZ: Well, uh, we are not going anywhere. The work is just beginning, and I -- I think the budget "
    "will be balanced by June. We did not raise a single tax.\n"
    "MODERATOR: Thank you.\n"
    "RUIZ: We will hire 300 new teachers next year, and every one of them will be paid on time.\n"
)


def _ruiz():
    source = Source("t.txt", TRANSCRIPT, "txt", "transcript", turns=labelled_turns(TRANSCRIPT))
    return SpeakerText.build(source, "RUIZ")


@pytest.mark.parametrize("quote,status,meaning", [
    ("We are not going anywhere.", "verbatim", ()),
    ("we are NOT going anywhere -- the work is just beginning!", "verbatim", ()),  # case, punctuation
    ("We are not going anywhere ... the budget will be balanced by June", "verbatim", ()),  # ellipsis
    ("We are not going anywhere\u2026 We did not raise a single tax.", "verbatim", ()),
    ("[The city] did not raise a single tax", "verbatim", ()),  # brackets stand for words
    ("I think the budget will be balanced by June", "verbatim", ()),  # "I -- I" and "uh" are free
    ("The budget will be balanced by July.", "altered", ("word",)),  # a changed word
    ("We are going anywhere. The work is just beginning", "altered", ("negation",)),  # "not" dropped
    ("We will hire 400 new teachers next year", "altered", ("number",)),  # a number changed
    ("We aren't going anywhere. The work is just beginning", "altered", ()),  # contraction: a small edit
    ("The work is just beginning and the budget will be balanced by June", "altered", ()),  # "I think" cut, no ellipsis
    ("Taxes will go up for everyone in this town", "not-found", ()),
])
def test_quote_matcher(quote, status, meaning):
    got, where = match(quote, [_ruiz()])
    assert got.status == status, got
    assert tuple(sorted(got.meaning)) == tuple(sorted(meaning)) or (status == "altered" and set(meaning) <= set(got.meaning)), got
    assert (where is None) == (status == "not-found")


def test_short_quotes_are_not_checked():
    assert match("not anywhere", [_ruiz()]) is None


def test_small_edit_is_only_function_words():
    got, _ = match("The work is just beginning, and I think the budget will be balanced by June", [_ruiz()])
    assert got.status == "verbatim"
    got, _ = match("The work is beginning, and I think the budget will be balanced by June", [_ruiz()])
    assert got.status == "altered" and got.meaning == ()  # "just" is a function word here


def test_long_transcript_matches_fast():
    """A quote is aligned with a few candidate windows, not the whole
    transcript: 20,000 turns still take well under a second."""
    import time

    filler = "".join(f"RUIZ: Item {i} on the agenda is the road repair at mile {i}.\n" for i in range(20000))
    text = filler + "RUIZ: We did not raise a single tax this year.\n"
    st = SpeakerText.build(Source("t.txt", text, "txt", "transcript", turns=labelled_turns(text)), "RUIZ")
    t0 = time.perf_counter()
    got, _ = match("We did not raise a single tax", [st])
    assert got.status == "verbatim" and time.perf_counter() - t0 < 1.0


# ---------------------------------------------------------------------------
# Transcripts and loaders


def test_labelled_transcript_turns_and_lines():
    turns = labelled_turns(TRANSCRIPT)
    assert [t.speaker for t in turns] == ["MODERATOR", "RUIZ", "MODERATOR", "RUIZ"]
    assert [t.line for t in turns] == [1, 2, 3, 4]
    assert TRANSCRIPT[turns[1].start:].startswith("Well, uh")


def test_qa_and_markdown_labels():
    text = "Interview with the mayor\n\n**Q:** What now?\n\n**A:** We keep going.\nAnd we will.\n\nQ: Thanks.\n"
    turns = labelled_turns(text)
    assert [t.speaker for t in turns] == ["Q", "A", "Q"]
    assert text[turns[1].start:turns[1].end].strip() == "We keep going.\nAnd we will."


def test_prose_is_not_a_transcript():
    assert labelled_turns("Note: the council met.\n\nIt voted 5-4.\n\nThe mayor left.\n\nRain fell.\n") == ()


def test_webvtt_voice_tags_and_timestamps():
    text, turns, lines = subtitles((FIXTURE / "src" / "press-conference.vtt").read_text())
    assert [t.speaker for t in turns] == ["Moderator", "Helen Marsh", "Helen Marsh"]
    assert turns[1].time == "00:00:06.000" and "<v" not in text
    assert lines[1] == 7


def test_srt_speaker_prefixes_carry_over():
    srt = ("1\n00:00:01,000 --> 00:00:02,000\nMAYOR RUIZ: We will not raise taxes.\n\n"
           "2\n00:00:02,500 --> 00:01:04,250\nAnd we will balance the budget.\n\n"
           "3\n00:01:05,000 --> 00:01:06,000\nREPORTER: Thank you.\n")
    text, turns, _ = subtitles(srt)
    assert [t.speaker for t in turns] == ["MAYOR RUIZ", "MAYOR RUIZ", "REPORTER"]
    assert turns[1].time == "00:00:02.500"
    assert text.splitlines()[0] == "We will not raise taxes."


def _write_docx(path, paragraphs):
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))


def _write_pdf(path, pages):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Annual report")
    for lines in pages:
        y = 800
        for line in lines:
            c.drawString(72, y, line)
            y -= 16
        c.showPage()
    c.save()


def test_loaders_each_format(tmp_path):
    (tmp_path / "a.txt").write_text("Agents recorded 2.38 million encounters last year.\n")
    (tmp_path / "b.md").write_text("---\ntitle: Release\n---\nThe agency hired 300 officers.\n")
    (tmp_path / "c.html").write_text("<html><head><title>Report</title></head><body><p>Fares rose 18% in 2024."
                                     "</p></body></html>")
    _write_docx(tmp_path / "d.docx", ["RUIZ: We will not raise taxes.", "REPORTER: Why not?",
                                      "RUIZ: Because we balanced the budget."])
    _write_pdf(tmp_path / "e.pdf", [["The agency has 6,000 employees."], ["Page two says 45 sites closed."]])
    (tmp_path / "f.csv").write_text("year,encounters,arrests\n2023,\"2,380,000\",n/a\n2024,1900000,52000\n")
    got = {os.path.basename(s.path): s for s in source_load.load_all([str(tmp_path)])[0]}
    assert got["a.txt"].kind == "document" and "2.38 million" in got["a.txt"].text
    assert got["b.md"].title == "Release"
    assert "Fares rose 18%" in got["c.html"].text
    assert got["d.docx"].kind == "transcript" and got["d.docx"].speakers == ("RUIZ", "REPORTER")
    pdf = got["e.pdf"]
    assert pdf.title == "Annual report" and len(pdf.pages) == 2
    assert pdf.place(pdf.text.index("45 sites"), pdf.text.index("45 sites") + 8).where == "page 2"
    table = got["f.csv"]
    assert [(c.row, c.column, c.line) for c in table.cells] == [
        ("2023", "encounters", 2), ("2024", "encounters", 3), ("2024", "arrests", 3)]
    assert table.place(table.cells[0].start, table.cells[0].end).where == "row 2023, column encounters (line 2)"


@pytest.mark.parametrize("name,content", [
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage\n"),
    ("scan.pdf", None),  # a PDF without a text layer
    ("binary.txt", b"\x00\x01\x02\x03binary"),
    ("empty.csv", b"just one line\n"),
])
def test_bad_sources_are_input_errors(tmp_path, name, content):
    path = tmp_path / name
    if content is None:
        _write_pdf(path, [[]])
    else:
        path.write_bytes(content)
    with pytest.raises(InputError):
        source_load.load(str(path), name)


def test_missing_source_path_is_a_setup_error(tmp_path):
    (tmp_path / "draft.txt").write_text("The council met.\n")
    with pytest.raises(SetupError):
        run([str(tmp_path / "draft.txt")], Settings(sources=(str(tmp_path / "nowhere"),)))


def test_bad_source_is_one_input_error_and_the_run_goes_on(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(FIXTURE / "src", src)
    (src / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    report = run([str(FIXTURE / "story.md")], Settings(sources=(str(src),)))
    errors = [f for f in report.findings if f.rule == "input-error"]
    assert len(errors) == 1 and errors[0].path.endswith("broken.pdf")
    assert any(f.rule == "figure-differs-from-source" for f in report.findings)


# ---------------------------------------------------------------------------
# The synthetic set: a release, subtitles, and a story that misreports them


def _synthetic():
    return run([str(FIXTURE / "story.md")], Settings(sources=(str(FIXTURE / "src"),)))


def test_synthetic_story_figures():
    report = _synthetic()
    figures = {c.payload.draft: c.payload for c in report.source_checks if c.payload.check == "figure"}
    assert figures["more than 2 million containers"].status == "matches"  # 2.38 million supports it
    assert figures["3,900 people"].status == "differs"
    assert figures["$68 million"].status == "differs"
    differs = [f for f in report.findings if f.rule == "figure-differs-from-source"]
    assert len(differs) == 2 and all(f.severity == "error" for f in differs)
    assert all(r.path.endswith("harbour-release.md") and r.line == 8 for f in differs for r in f.related)


def test_synthetic_story_quotes():
    report = _synthetic()
    quotes = {c.payload.draft: c.payload for c in report.source_checks if c.payload.check == "quote"}
    assert quotes["It was the busiest year in our history,"].status == "verbatim"  # "uh" dropped
    assert quotes["We will not raise harbour fees next year ... we will keep every berth open,"].status == "verbatim"
    trimmed = quotes["keep every berth open through winter."]
    assert trimmed.status == "altered" and trimmed.meaning == () and trimmed.diff == (("", "the"),)
    negated = quotes["We will raise harbour fees next year,"]
    assert negated.status == "altered" and negated.meaning == ("negation",)
    assert negated.places[0].where == "00:00:12.500"
    altered = sorted((f.severity, f.start) for f in report.findings if f.rule == "quote-altered")
    assert [s for s, _ in altered] == ["error", "warning"]


def test_claims_table_says_what_the_sources_settle():
    from factcheck.render.handout_data import context

    claims = context(_synthetic())["claims"]
    checked = {c["paragraph"]: c["checked"] for c in claims}
    assert checked[1] == "'more than 2 million containers' matches harbour-release.md, line 6"
    assert checked[2].startswith("'3,900 people' differs from harbour-release.md, line 8")


def test_release_supports_and_contradicts(tmp_path):
    (tmp_path / "release.txt").write_text("Agents recorded 2.38 million encounters at the southern border last "
                                          "year, the agency said.\n")
    (tmp_path / "draft.txt").write_text("Agents recorded more than 2 million encounters at the southern border "
                                        "last year.\n\nAgents recorded 1.8 million encounters at the southern "
                                        "border last year.\n")
    report = run([str(tmp_path / "draft.txt")], Settings(sources=(str(tmp_path / "release.txt"),)))
    status = {c.payload.draft: c.payload.status for c in report.source_checks}
    assert status == {"more than 2 million encounters": "matches", "1.8 million encounters": "differs"}


def test_table_cell_is_named(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "encounters.csv").write_text("year,encounters\n2023,2380000\n")
    (tmp_path / "draft.txt").write_text("Agents recorded 1.8 million encounters in 2023.\n")
    report = run([str(tmp_path / "draft.txt")], Settings(sources=(str(tmp_path / "src"),)))
    [f] = [f for f in report.findings if f.rule == "figure-differs-from-source"]
    assert "row 2023, column encounters" in f.message and f.related[0].line == 2


def test_claim_credited_to_a_named_document(tmp_path):
    (tmp_path / "audit.txt").write_text("City audit 2025\n\nThe audit found that 12 of the 40 bridges need "
                                        "urgent repairs.\n\nThe audit recommends a new inspection schedule.\n")
    (tmp_path / "draft.txt").write_text("The audit found that the city's bridges are unsafe for heavy lorries and "
                                        "buses.\n\nThe audit found that 12 of the 40 bridges need urgent "
                                        "repairs.\n")
    report = run([str(tmp_path / "draft.txt")], Settings(sources=(str(tmp_path / "audit.txt"),)))
    found = [f for f in report.findings if f.rule == "claim-not-in-source"]
    assert len(found) == 1 and found[0].severity == "info" and found[0].line == 1
    assert found[0].payload.places and "audit" in found[0].payload.places[0].text.lower()


def test_front_matter_sources(tmp_path):
    shutil.copytree(FIXTURE / "src", tmp_path / "src")
    story = (FIXTURE / "story.md").read_text().replace("outlet: Carrow Gazette",
                                                       "outlet: Carrow Gazette\nsources: [src/harbour-release.md]")
    (tmp_path / "story.md").write_text(story)
    report = run([str(tmp_path / "story.md")])
    assert report.source_files == (os.path.join(str(tmp_path), "src/harbour-release.md"),)
    assert len([f for f in report.findings if f.rule == "figure-differs-from-source"]) == 2


def test_config_key_and_api(tmp_path):
    import factcheck

    shutil.copytree(FIXTURE, tmp_path / "story")
    (tmp_path / "story" / ".factcheck.toml").write_text('sources = ["src"]\n')
    report = factcheck.check_paths([str(tmp_path / "story" / "story.md")])
    assert any(f.rule == "quote-altered" for f in report.findings)
    api = factcheck.check_paths([str(FIXTURE / "story.md")], isolated=True, sources=[str(FIXTURE / "src")])
    assert [f.rule for f in api.findings] == [f.rule for f in report.findings]


# ---------------------------------------------------------------------------
# CLI and outputs


def _cli(*args):
    return CliRunner().invoke(cli, ["check", "--no-cache", "-q", *args])


def test_cli_end_to_end_json_with_sources():
    result = _cli(str(FIXTURE / "story.md"), "--sources", str(FIXTURE / "src"), "--format", "json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    block = data["sources"]
    assert len(block["files"]) == 2
    assert block["summary"] == {"figure": {"differs": 2, "matches": 1}, "quote": {"altered": 2, "verbatim": 2}}
    altered = [c for c in block["checks"] if c["status"] == "altered"]
    assert altered[0]["diff"] and altered[0]["places"][0]["where"].startswith("00:00:")
    rules = {f["rule"] for f in data["findings"]}
    assert {"quote-altered", "figure-differs-from-source"} <= rules


def test_without_sources_json_has_no_sources_block():
    result = _cli(str(FIXTURE / "story.md"), "--format", "json")
    assert "sources" not in json.loads(result.output)


def test_output_is_deterministic():
    args = (str(FIXTURE / "story.md"), "--sources", str(FIXTURE / "src"), "--format", "json")
    assert _cli(*args).output == _cli(*args).output


def test_sarif_related_locations_point_into_the_source():
    result = _cli(str(FIXTURE / "story.md"), "--sources", str(FIXTURE / "src"), "--format", "sarif")
    results = json.loads(result.output)["runs"][0]["results"]
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in results if r["ruleId"] == "quote-altered"
            for loc in r["relatedLocations"]}
    assert any(u.endswith("press-conference.vtt") for u in uris)


def _hostile_sources(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "t.txt").write_text("MODERATOR: Go on.\nRUIZ: We keep every promise and every berth open, <b>every</b> "
                               "day & ]]> <font color='red'>night</font>.\n")
    (tmp_path / "draft.txt").write_text('"We keep each promise and every berth open," Mayor Ana Ruiz said.\n')
    return src


def test_handout_section_only_with_sources_and_source_text_escaped(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    src = _hostile_sources(tmp_path)
    runner = CliRunner()
    out = tmp_path / "r.pdf"
    result = runner.invoke(cli, ["report", "--no-cache", "-q", str(tmp_path / "draft.txt"), "--sources", str(src),
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "Checked against sources" in text and "<b>every</b>" in text
    plain = tmp_path / "plain.pdf"
    runner.invoke(cli, ["report", "--no-cache", "-q", str(tmp_path / "draft.txt"), "-o", str(plain)])
    assert "Checked against sources" not in "".join(p.extract_text() for p in pypdf.PdfReader(str(plain)).pages)


def test_word_handout_section(tmp_path):
    import docx

    src = _hostile_sources(tmp_path)
    out = tmp_path / "r.docx"
    result = CliRunner().invoke(cli, ["report", "--no-cache", "-q", str(tmp_path / "draft.txt"), "--sources",
                                      str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    d = docx.Document(str(out))
    cells = " ".join(c.text for t in d.tables for row in t.rows for c in row.cells)
    assert "altered" in cells and "<b>every</b>" in cells
    assert "Checked against sources" in " ".join(p.text for p in d.paragraphs)
    with zipfile.ZipFile(out) as z:
        assert b"<b>every" not in z.read("word/document.xml")  # escaped, never markup


def test_rules_listed_and_explained():
    result = CliRunner().invoke(cli, ["explain", "quote-altered"])
    assert "checked against a source transcript.txt containing" in result.output
    listed = CliRunner().invoke(cli, ["rules"]).output
    for rule in ("quote-not-in-source", "quote-altered", "figure-differs-from-source", "claim-not-in-source"):
        assert rule in listed


def test_labels_file_is_well_formed():
    import csv

    labels = ROOT / "benchmarks" / "sources" / "labels.tsv"
    if not labels.exists():  # an unpacked sdist carries no benchmarks
        pytest.skip("benchmarks/ not present")
    with open(labels, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) >= 60
    assert {r["label"] for r in rows} <= {"verbatim", "altered", "not-from-this-event"}
    assert {r["part"] for r in rows} == {"dev", "test"}
    assert all(len(r["quote"].split()) <= 17 for r in rows)  # the quote only, never more corpus text
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_sources", ROOT / "benchmarks" / "sources.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert all(bench.part_of(r["id"]) == r["part"] for r in rows)


@pytest.mark.slow
def test_benchmark_sample_holds_the_labelled_checks():
    from .conftest import shared_path

    shared_path("benchmarks", "clef2019-checkthat-t1")
    shared_path("benchmarks", "polnear")
    if not (ROOT / "benchmarks" / "sources.py").exists():
        pytest.skip("benchmarks/ not present")
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_sources", ROOT / "benchmarks" / "sources.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    ids = {c.id for c in bench.all_checks()}  # scored whether or not today's sample still holds them
    labels = bench.read_labels()
    # A labelled check disappears only when speaker extraction changes who a quote is credited to
    # (three did when "the extractor credits Trump" for Kasich's words was fixed): a few, never many.
    gone = set(labels) - ids
    assert len(gone) <= len(labels) // 20, sorted(gone)


def test_spoken_forms_and_stray_common_words():
    text = ("RUIZ: I said it then. We talked about the roads for an hour and then the schools.\n"
            "RUIZ: We're gonna fix every road 'cause the town needs them.\n")
    st = SpeakerText.build(Source("t.txt", text, "txt", "transcript", turns=labelled_turns(text)), "RUIZ")
    got, _ = match("We're going to fix every road because the town needs them", [st])
    assert got.status == "verbatim"  # "gonna", "'cause": how a transcript writes the same words
    got, _ = match("I fix every road because the town needs them", [st])
    assert got.status == "altered" and got.diff[0][0] == "I"  # not the "I" a sentence earlier


def test_words_of_another_speaker(tmp_path):
    (tmp_path / "t.txt").write_text("HOLT: Your answer?\nCLINTON: He is not fit to be president and commander in "
                                    "chief.\nTRUMP: I have a winning temperament.\n")
    (tmp_path / "draft.txt").write_text('Donald Trump spoke next. "He is not fit to be president and commander in '
                                        'chief," Trump said.\n')
    report = run([str(tmp_path / "draft.txt")], Settings(sources=(str(tmp_path / "t.txt"),)))
    [check] = report.source_checks
    assert check.payload.status == "verbatim" and check.payload.said_by == "CLINTON"
    [f] = [f for f in report.findings if f.rule == "quote-not-in-source"]
    assert f.severity == "info" and "CLINTON" in f.message


def test_a_loader_bug_is_an_input_error(tmp_path, monkeypatch):
    from factcheck.sources import transcripts

    def broken(content):
        raise IndexError("boom")

    monkeypatch.setattr(transcripts, "subtitles", broken)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    (tmp_path / "a.vtt").write_text("WEBVTT\n")
    with pytest.raises(InputError, match="internal error IndexError: boom"):
        source_load.load(str(tmp_path / "a.vtt"), "a.vtt")


def test_html_and_word_places_point_into_the_file(tmp_path):
    (tmp_path / "r.html").write_text("<html>\n<head><title>Report</title></head>\n<body>\n<p>Intro.</p>\n\n"
                                     "<p>The agency has 6,000 employees, the report says.</p>\n</body></html>\n")
    _write_docx(tmp_path / "r.docx", ["Intro.", "The agency has 6,000 employees, the report says."])
    for name, where in (("r.html", "line 6"), ("r.docx", "paragraph 2")):
        src = source_load.load(str(tmp_path / name), name)
        i = src.text.index("The agency")
        assert src.place(i, i + 10).where == where, name


def test_a_value_the_source_gives_elsewhere_is_not_a_difference(tmp_path):
    (tmp_path / "release.txt").write_text(
        "The port handled 2.38 million containers in 2025, up from 2.1 million in 2024, the port said.\n\n"
        "About 300 people attended the open day. The port employs 4,120 people.\n")
    (tmp_path / "draft.txt").write_text("The port handled 2.1 million containers in 2024.\n\n"
                                        "Some 300 people went to the open day.\n")
    report = run([str(tmp_path / "draft.txt")], Settings(sources=(str(tmp_path / "release.txt"),)))
    assert {c.payload.status for c in report.source_checks} == {"matches"}
    assert not [f for f in report.findings if f.rule == "figure-differs-from-source"]


def test_a_quote_the_story_places_elsewhere_is_info(tmp_path):
    (tmp_path / "t.txt").write_text(TRANSCRIPT)
    (tmp_path / "draft.txt").write_text('Last year Mayor Ana Ruiz tweeted: "Taxes will go up for everyone in this '
                                        'town."\n\n"Parking will be free on Sundays from now on," Ruiz said.\n')
    report = run([str(tmp_path / "draft.txt")], Settings(sources=(str(tmp_path / "t.txt"),)))
    found = sorted((f.line, f.severity) for f in report.findings if f.rule == "quote-not-in-source")
    assert found == [(1, "info"), (3, "warning")]


def test_semicolon_table(tmp_path):
    (tmp_path / "t.csv").write_text("region;encounters\nSouthwest;2380000\nNorth;41000\n")
    src = source_load.load(str(tmp_path / "t.csv"), "t.csv")
    assert [(c.row, c.column) for c in src.cells] == [("Southwest", "encounters"), ("North", "encounters")]


def test_text_summary_line_only_with_sources():
    with_sources = CliRunner().invoke(cli, ["check", "--no-cache", str(FIXTURE / "story.md"), "--sources",
                                            str(FIXTURE / "src")]).output
    assert "Checked against 2 sources: 4 quotes (2 altered, 2 verbatim); 3 figures (2 differs, 1 matches)." in with_sources
    assert "Checked against" not in CliRunner().invoke(cli, ["check", "--no-cache", str(FIXTURE / "story.md")]).output
