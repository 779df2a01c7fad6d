"""The claims file (schema ``factcheck-claims/1``): writing it.

``factcheck extract`` writes every Analysis (the article with its content
and metadata, paragraphs, sentences, quotes with speakers, attributions,
figures, claims) so an editor can correct it, add verdicts, and feed it back
to ``check``/``report``/``export``; ``factcheck.load.claims`` reads it.  The
format is documented in docs/claims-schema.md and described by
``factcheck/schemas/claims-v1.schema.json``.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import os
from typing import Any, Dict, List, Sequence

from factcheck.model import Analysis, Claim, Quote, Span

SCHEMA_ID = "factcheck-claims/1"
SCHEMA_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schemas", "claims-v1.schema.json")
RATINGS = ("verified", "false", "misleading", "unverifiable")

_SCHEMA: Dict[str, Any] = {}


def schema() -> Dict[str, Any]:
    """The JSON Schema of the claims file (read once)."""
    if not _SCHEMA:
        with open(SCHEMA_FILE, encoding="utf-8") as fh:
            _SCHEMA.update(json.load(fh))
    return _SCHEMA


def plain(value: Any) -> Any:
    """``value`` with dates as ISO strings and tuples as lists, so JSON and
    YAML can write it (anything else unknown becomes its ``str``)."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _span(s: Span) -> List[int]:
    return [s.start, s.end]


def _fields(obj: Any) -> Dict[str, Any]:
    """A model dataclass as a dict of all its fields, in declaration order
    (new optional model fields reach the file without code here; the schema
    must list them: tests/test_claimsfile.py checks that it does)."""
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def _quote(q: Quote, content: str) -> Dict[str, Any]:
    out = _fields(q)
    items = list(out.items())
    # the quoted words, for people reading the file, after the offsets
    return dict(items[:5] + [("text", content[q.text_start:q.text_end])] + items[5:])


def _claim(a: Analysis, c: Claim) -> Dict[str, Any]:
    out: Dict[str, Any] = {"sentence": c.sentence}
    if 0 <= c.sentence < len(a.sentences):
        out["text"] = a.sentence_text(c.sentence)
    out["kinds"] = list(c.kinds)
    out["triggers"] = [_span(t) for t in c.triggers]
    out["attribution"] = c.attribution
    if c.attribution is not None and 0 <= c.attribution < len(a.attributions):
        out["source"] = a.attributions[c.attribution].source
    else:
        out["source"] = None
    if c.verdict is not None:
        v = c.verdict
        out["verdict"] = {k: val for k, val in (("rating", v.rating), ("note", v.note), ("url", v.url),
                                                 ("reviewer", v.reviewer), ("date", v.date)) if val is not None}
    return out


def article_dict(a: Analysis) -> Dict[str, Any]:
    """One article of the claims file, everything included."""
    art = a.article
    content = art.content
    return {
        "file": art.path,
        "title": art.title,
        "outlet": art.outlet,
        "author": art.author,
        "date": art.date,
        "url": art.url,
        "story": art.story,
        "format": art.format,
        "body_start": art.body_start,
        "meta": plain(dict(art.meta)),
        "hidden": [_span(s) for s in art.hidden],
        "content": content,
        "paragraphs": [_span(p) for p in a.paragraphs],
        "sentences": [{"start": s.start, "end": s.end, "paragraph": s.paragraph, "kind": s.kind}
                      for s in a.sentences],
        "quotes": [_quote(q, content) for q in a.quotes],
        "attributions": [_fields(t) for t in a.attributions],
        "figures": [_fields(f) for f in a.figures],
        "claims": [_claim(a, c) for c in a.claims],
        "anonymity_reasons": [_span(s) for s in a.anonymity_reasons],
        "entities": list(a.entities),
    }


def to_data(analyses: Sequence[Analysis]) -> Dict[str, Any]:
    """The claims file as plain data (what ``dump`` serialises)."""
    from factcheck.version import __version__

    return {
        "schema": SCHEMA_ID,
        "generator": f"factcheck {__version__}",
        "articles": [article_dict(a) for a in analyses],
    }


def _yaml(data: Dict[str, Any]) -> str:
    import yaml

    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: ~10x faster

    class Dumper(base):  # type: ignore[misc, valid-type]
        pass

    def text(dumper, value):  # multi-line text (the content) as a literal block
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    return yaml.dump(data, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=None)


def dump(analyses: Sequence[Analysis], fmt: str = "json") -> bytes:
    """Serialise ``analyses`` as a claims file: ``fmt`` is ``json`` or
    ``yaml``.  Returns UTF-8 bytes; the same input gives the same bytes."""
    data = to_data(analyses)
    if fmt == "yaml":
        return _yaml(data).encode("utf-8")
    if fmt != "json":
        raise ValueError(f"unknown claims file format {fmt!r} (json or yaml)")
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
