"""The claims file: extract -> file -> check round trip, the schema (our own
validator and jsonschema agree), hand-written files, verdicts, errors that
name the field and the file."""

import copy
import json

import jsonschema
import pytest
import yaml

from factcheck.check import extract_all, load_all, run
from factcheck.claimreview import reviews
from factcheck.claimsfile import SCHEMA_ID, dump, schema, to_data
from factcheck.cli import run_cli
from factcheck.errors import InputError
from factcheck.load import load_file
from factcheck.load.claims import from_data
from factcheck.schemacheck import validate
from factcheck.settings import Settings

from .conftest import SAMPLES

ARTICLES = ["channel7-transit-chief.txt", "ledger-transit-chief.md", "courier-transit-budget.html"]
SAMPLE_CLAIMS = SAMPLES / "ledger-followup-claims.yaml"


@pytest.fixture(scope="module")
def analyses():
    loaded, errors, _ = load_all([str(SAMPLES / n) for n in ARTICLES])
    assert not errors
    return extract_all(loaded, Settings())


def _key(report):
    return [(f.rule, f.severity, f.path, f.start, f.end, f.line, f.column, f.message,
             tuple((r.path, r.start, r.end) for r in f.related)) for f in report.findings]


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_round_trip_gives_the_same_analyses_and_findings(tmp_path, analyses, fmt):
    path = tmp_path / f"claims.{fmt}"
    path.write_bytes(dump(analyses, fmt))
    back = load_file(str(path), str(path))
    assert back == analyses
    articles = run([str(SAMPLES / n) for n in ARTICLES])
    claims = run([str(path)])
    assert articles.findings and _key(claims) == _key(articles)


def test_dump_is_deterministic(analyses):
    assert dump(analyses, "json") == dump(list(analyses), "json")
    assert dump(analyses, "yaml") == dump(list(analyses), "yaml")


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_extract_command_output_validates_with_jsonschema(tmp_path, suffix, monkeypatch):
    monkeypatch.chdir(SAMPLES.parent)
    out = tmp_path / f"claims{suffix}"
    assert run_cli(["extract", "sample_inputs", "-o", str(out), "--quiet"]) == 0
    text = out.read_text(encoding="utf-8")
    data = json.loads(text) if suffix == ".json" else yaml.safe_load(text)
    jsonschema.Draft202012Validator(schema()).validate(data)
    assert validate(data, schema()) == []
    assert data["schema"] == SCHEMA_ID
    files = [a["file"] for a in data["articles"]]
    assert "sample_inputs/ledger-transit-chief.md" in files
    # the hand-written sample's verdicts survive extraction
    verdicts = [c["verdict"]["rating"] for a in data["articles"] for c in a["claims"] if "verdict" in c]
    assert {"verified", "false", "misleading", "unverifiable"} <= set(verdicts)


def test_extracted_quotes_carry_speakers(analyses):
    data = to_data(analyses)
    ledger = next(a for a in data["articles"] if a["file"].endswith("ledger-transit-chief.md"))
    speakers = {q["speaker"] for q in ledger["quotes"]}
    assert any(s and "Whitfield" in s for s in speakers)
    for q in ledger["quotes"]:
        assert ledger["content"][q["text_start"]:q["text_end"]] == q["text"]


# --- the hand-written sample -----------------------------------------------

def test_sample_claims_file():
    loaded = load_file(str(SAMPLE_CLAIMS), "sample.yaml")
    (a,) = loaded
    assert a.article.outlet == "The Port Alder Ledger" and a.article.date == "2026-03-18"
    verdicts = [c.verdict for c in a.claims if c.verdict]
    assert len(verdicts) >= 2
    assert {v.rating for v in verdicts} == {"verified", "false", "misleading", "unverifiable"}
    for c in a.claims:  # offsets computed from the texts
        s = a.sentences[c.sentence]
        assert a.article.content[s.start:s.end].strip()
    fares = next(c for c in a.claims if "18%" in a.sentence_text(c.sentence))
    assert fares.attribution is None and fares.verdict.rating == "false"
    union = next(c for c in a.claims if "union officials" in a.sentence_text(c.sentence))
    assert a.attributions[union.attribution].source_class == "anonymous"
    assert len(reviews([a])) == len(verdicts)


def test_sample_claims_file_exports_claimreview(tmp_path):
    out = tmp_path / "claimreview.json"
    assert run_cli(["export", str(SAMPLE_CLAIMS), "--format", "claimreview", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {r["reviewRating"]["alternateName"] for r in data} == {"True", "False", "Misleading", "Unverifiable"}
    fares = next(r for r in data if "18%" in r["claimReviewed"])
    assert fares["itemReviewed"]["appearance"]["url"].startswith("https://ledger.example/")


def test_sample_claims_file_joins_the_whitfield_story():
    report = run([str(SAMPLES)])
    story = next(s for s in report.stories if any(p.endswith("ledger-followup-claims.yaml") for p in s.paths))
    assert any(p.endswith("ledger-transit-chief.md") for p in story.paths)
    unsourced = [f for f in report.findings
                 if f.rule == "unsourced-claim" and f.path.endswith("ledger-followup-claims.yaml")]
    assert any("18%" in f.text for f in unsourced)


# --- hand-written files ------------------------------------------------------

HAND = """\
schema: factcheck-claims/1
articles:
  - title: Transit board asks chief to resign
    outlet: The Harbour Post
    date: 2026-03-14
    claims:
      - text: The authority has more than 6,000 employees.
        source: the agency's annual report
        verdict:
          rating: false
          note: The report says 4,480.
          reviewer: Desk
          date: 2026-03-15
          url: https://post.example/checks/1
      - text: Delays are at their worst level in a decade.
      - text: Fares rose 18% since 2021, people familiar with the budget said.
        source: people familiar with the budget
        source_class: anonymous
"""


def _hand(tmp_path, text=HAND, name="hand.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return load_file(str(p), name)


def test_hand_written_yaml_builds_content_and_offsets(tmp_path):
    (a,) = _hand(tmp_path)
    art = a.article
    assert art.path == "hand.yaml" and art.format == "claims" and art.date == "2026-03-14"
    assert art.content.split()[:2] == ["Transit", "board"]
    # each paragraph sits on the line and column of its text in the file
    file_lines, content_lines = HAND.split("\n"), art.content.split("\n")
    for words in ("Transit board asks", "The authority has more", "Delays are at"):
        (n,) = [i for i, line in enumerate(file_lines) if words in line]
        assert content_lines[n].strip().startswith(words)
        assert content_lines[n].index(words) == file_lines[n].index(words)
    # no room for the blank line between two paragraphs: the next one goes one line down
    (n,) = [i for i, line in enumerate(file_lines) if "Fares rose 18%" in line]
    assert content_lines[n] == "" and content_lines[n + 1].strip().startswith("Fares rose 18%")
    texts = [a.sentence_text(c.sentence) for c in a.claims]
    assert texts == ["The authority has more than 6,000 employees.", "Delays are at their worst level in a decade.",
                     "Fares rose 18% since 2021, people familiar with the budget said."]
    first = a.claims[0]
    assert a.attributions[first.attribution].source == "the agency's annual report"
    assert first.verdict.rating == "false" and first.verdict.date == "2026-03-15"  # unquoted YAML false/date
    assert a.claims[1].attribution is None and "superlative" in a.claims[1].kinds
    anon = a.attributions[a.claims[2].attribution]
    assert anon.source_class == "anonymous"
    assert art.content[anon.source_start:anon.source_end].lower() == "people familiar with the budget"
    assert any(f.text == "6,000" or "6,000" in f.text for f in a.figures)


def test_hand_written_findings(tmp_path):
    p = tmp_path / "hand.yaml"
    p.write_text(HAND, encoding="utf-8")
    report = run([str(p)])
    rules = {(f.rule, f.text) for f in report.findings}
    assert ("unsourced-claim", "Delays are at their worst level in a decade.") in rules
    (delay,) = [f for f in report.findings if f.text.startswith("Delays")]
    line = HAND.split("\n")[delay.line - 1]  # the finding points at the claim in the YAML file
    assert line[delay.column - 1:].startswith("worst") or "Delays are" in line
    assert not any(r == "unsourced-claim" and "6,000" in t for r, t in rules)


def test_hand_written_json_with_content_and_claims_by_text(tmp_path):
    content = ("Board votes 5-4\n\nThe board voted 5-4 to ask the chief to resign. "
               "Ridership is the lowest on record.\n")
    data = {"schema": SCHEMA_ID, "articles": [{
        "file": "draft.txt", "content": content,
        "claims": [{"text": "Ridership is the lowest on record.", "source": None,
                    "verdict": {"rating": "misleading", "note": "Lowest since 2020."}}],
    }]}
    (a,) = _hand(tmp_path, json.dumps(data), "hand.json")
    assert a.article.path == "draft.txt" and a.article.content == content
    (c,) = a.claims
    assert a.sentence_text(c.sentence) == "Ridership is the lowest on record."
    assert c.attribution is None and c.verdict.rating == "misleading"


def test_editor_correction_of_a_source_is_used(tmp_path, analyses):
    data = to_data(analyses)
    ch7 = next(a for a in data["articles"] if a["file"].endswith("channel7-transit-chief.txt"))
    claim = next(c for c in ch7["claims"] if "4,500" in c["text"])
    assert claim["source"] is None
    claim["source"] = "the authority's 2025 workforce report"
    claim["source_class"] = "document"
    claim["verdict"] = {"rating": "verified", "reviewer": "Desk"}
    back = from_data(data, "edited.json")
    a = next(x for x in back if x.article.path.endswith("channel7-transit-chief.txt"))
    c = next(c for c in a.claims if "4,500" in a.sentence_text(c.sentence))
    assert a.attributions[c.attribution].source == "the authority's 2025 workforce report"
    assert c.verdict.rating == "verified"


# --- errors ------------------------------------------------------------------

def _valid():
    return {"schema": SCHEMA_ID, "articles": [{
        "file": "a.txt", "content": "Headline\n\nThe agency has 6,000 employees.\n",
        "claims": [{"text": "The agency has 6,000 employees.", "verdict": {"rating": "false"}}],
    }]}


def _set(path, value):
    def mutate(d):
        *parents, last = path
        node = d
        for p in parents:
            node = node[p]
        if value is KeyError:
            del node[last]
        else:
            node[last] = value
        return d
    return mutate


@pytest.mark.parametrize("mutate,field", [
    (_set(["articles", 0, "claims", 0, "verdict", "rating"], "fals"), "articles[0].claims[0].verdict.rating"),
    (_set(["articles", 0, "claims", 0, "verdict"], {"note": "x"}), "articles[0].claims[0].verdict.rating"),
    (_set(["articles", 0, "claims", 0, "verdcit"], {"rating": "false"}), "articles[0].claims[0].verdcit"),
    (_set(["articles", 0, "claims", 0, "sentence"], "two"), "articles[0].claims[0].sentence"),
    (_set(["articles", 0, "claims", 0, "sentence"], 99), "articles[0].claims[0].sentence"),
    (_set(["articles", 0, "claims", 0, "text"], "Not in the article."), "articles[0].claims[0].text"),
    (_set(["articles", 0, "claims", 0, "text"], KeyError), "articles[0].claims[0]"),
    (_set(["articles", 0, "body_start"], -1), "articles[0].body_start"),
    (_set(["articles", 0, "body_start"], 500), "articles[0].body_start"),
    (_set(["articles", 0, "title"], 5), "articles[0].title"),
    (_set(["articles", 0, "quotes"], []), "articles[0].quotes"),
    (lambda d: (d["articles"][0].pop("content"), d["articles"][0].pop("claims"), d)[-1],
     "articles[0]: needs 'content'"),
    (_set(["articles"], []), "articles"),
    (_set(["articles"], KeyError), "articles"),
    (_set(["articles", 0], "just text"), "articles[0]"),
    (_set(["schema"], "factcheck-claims/2"), "factcheck-claims/2"),
    (_set(["schema"], KeyError), "no 'schema' key"),
])
def test_schema_errors_name_the_field_and_file(mutate, field):
    data = mutate(_valid())
    with pytest.raises(InputError) as err:
        from_data(data, "claims/edited.yaml")
    assert err.value.path == "claims/edited.yaml"
    assert field in err.value.message, err.value.message


def test_offset_errors_in_a_full_extraction(analyses):
    data = to_data(analyses[:1])
    data["articles"][0]["quotes"][0]["end"] = 10 ** 6
    with pytest.raises(InputError, match=r"articles\[0\]\.quotes\[0\]: end 1000000 is past the end"):
        from_data(data, "x.json")
    data = to_data(analyses[:1])
    data["articles"][0]["claims"][0]["attribution"] = 999
    with pytest.raises(InputError, match=r"articles\[0\]\.claims\[0\]\.attribution"):
        from_data(data, "x.json")


@pytest.mark.parametrize("model,defn,implicit", [
    ("Article", "article", {"path", "content", "body_start"}),
    ("Sentence", "sentence", {"index"}),
    ("Quote", "quote", set()),
    ("Attribution", "attribution", set()),
    ("Figure", "figure", set()),
    ("Claim", "claim", set()),
    ("Verdict", "verdict", set()),
])
def test_schema_covers_every_model_field(model, defn, implicit):
    """A field added to the model must be added to the schema (and
    docs/claims-schema.md), or extract would write files check rejects."""
    import dataclasses

    import factcheck.model as m

    fields = {f.name for f in dataclasses.fields(getattr(m, model))} - implicit
    props = set(schema()["$defs"][defn]["properties"])
    assert fields <= props, sorted(fields - props)


@pytest.mark.parametrize("mutate", [
    _set(["articles", 0, "claims", 0, "verdict", "rating"], "fals"),
    _set(["articles", 0, "claims", 0, "verdcit"], {}),
    _set(["articles", 0, "claims", 0, "triggers"], [[1, 2, 3]]),
    _set(["articles", 0, "hidden"], [["a", 1]]),
    _set(["articles", 0, "claims", 0, "kinds"], ["rumour"]),
    _set(["articles", 0, "claims", 0, "verdict", "date"], "yesterday"),
    _set(["articles", 0, "generator"], "x"),
    _set(["extra"], 1),
])
def test_own_validator_agrees_with_jsonschema(mutate):
    good = _valid()
    assert validate(good, schema()) == []
    jsonschema.Draft202012Validator(schema()).validate(good)
    bad = mutate(copy.deepcopy(good))
    assert validate(bad, schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema()).validate(bad)


@pytest.mark.parametrize("name,text,message", [
    ("package.json", '{"name": "site", "version": "1.0.0"}', "not a factcheck claims file"),
    ("config.yaml", "retries: 3\n", "not a factcheck claims file"),
    ("list.json", "[1, 2, 3]", "not a factcheck claims file"),
    ("report.json", '{"version": 1, "articles": [], "findings": []}', "factcheck output or a baseline"),
    ("odd.json", '{"version": 1, "articles": 3}', "not a factcheck claims file"),
    ("odd2.json", '{"schema": "factcheck-claims/1", "articles": 3}', "articles: must be an array"),
    ("odd3.yaml", "schema: factcheck-claims/1\narticles:\n  - claims: 5\n", r"articles\[0\]\.claims \(line 3\)"),
    ("broken.json", '{"schema": "factcheck-claims/1", "articles": [', "broken JSON at line 1"),
    ("broken.yaml", "schema: factcheck-claims/1\narticles:\n  - title: [unclosed\n", "broken YAML at line"),
])
def test_files_that_are_not_claims_files(tmp_path, name, text, message):
    """Odd files are input errors with a message, never a crash."""
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_file(str(p), name)


@pytest.mark.parametrize("old,new,field,line", [
    ("rating: verified\n", "rating: verifed\n", "articles[0].claims[0].verdict.rating", 24),
    ("        source_class: document\n        verdict:", "        source_clas: document\n        verdict:",
     "articles[0].claims[0].source_clas", 22),
    ("      - text: Fares have risen 18% since 2021.\n", "      - text: Fares have risen 19% since 2021.\n",
     "", 0),
])
def test_yaml_errors_give_the_line(tmp_path, old, new, field, line):
    text = SAMPLE_CLAIMS.read_text(encoding="utf-8")
    assert old in text
    p = tmp_path / "edited.yaml"
    p.write_text(text.replace(old, new, 1), encoding="utf-8")
    if not field:  # still valid
        assert load_file(str(p), "edited.yaml")
        return
    with pytest.raises(InputError) as err:
        load_file(str(p), "edited.yaml")
    assert err.value.message.startswith(f"{field} (line {line}): "), err.value.message
    assert new.split(":")[0].strip() in text.replace(old, new, 1).split("\n")[line - 1]


def test_an_unexpected_failure_is_an_input_error(tmp_path, monkeypatch):
    import factcheck.load.claims as loader

    def boom(*args, **kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr(loader, "from_data", boom)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    with pytest.raises(InputError, match="internal error KeyError"):
        load_file(str(SAMPLE_CLAIMS), "sample.yaml")
