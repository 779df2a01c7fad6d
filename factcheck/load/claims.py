"""Claims files (``.json``/``.yaml``/``.yml``, schema ``factcheck-claims/1``).

A file written by ``factcheck extract`` carries every extraction list and is
read back as it is, so ``check`` gives the findings it gave on the articles.
A hand-written file may give less (see docs/claims-schema.md):

- no ``content``: the content is built from the title and the claims'
  ``text`` (one paragraph each) and the offsets are computed;
- no ``sentences``: factcheck extracts the content itself (default
  settings) and the file's ``claims``, when given, replace the claims it
  found;
- a claim given by ``text`` is located in the content; its ``source``
  names who made it (``null``: nobody), and its ``verdict`` is the editor's.

A JSON/YAML file without ``schema: factcheck-claims/1`` is not a claims
file: an InputError says so.  Every problem is an InputError naming the
file and the field (``articles[0].claims[2].verdict.rating``).
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from typing import Any, Dict, List, Optional, Tuple

from factcheck.claimsfile import SCHEMA_ID, plain, schema
from factcheck.errors import InputError
from factcheck.model import Analysis, Article, Claim
from factcheck.schemacheck import validate

from . import claims_parts, claims_yaml, limits
from .claims_parts import Bad
from .text import read_text

_LISTS = ("paragraphs", "quotes", "attributions", "figures", "anonymity_reasons", "entities")


def parse(text: str, display: str, yaml_syntax: bool) -> Any:
    """Parse JSON or YAML text, its nesting (and YAML aliases) bounded
    first (see factcheck.load.limits).  Raises InputError with the line of
    a syntax error, or naming the bound that was broken."""
    if not yaml_syntax:
        try:
            limits.json_depth(text)
            return json.loads(text)
        except limits.TooDeep as exc:
            raise InputError(display, f"refused: {exc}") from None
        except json.JSONDecodeError as exc:
            raise InputError(display, f"broken JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                             exc.pos) from exc
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
    try:
        return limits.yaml_load(text, loader)
    except limits.TooDeep as exc:
        raise InputError(display, f"refused: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(display, f"broken YAML{where}: {problem}",
                         mark.index if mark is not None else 0) from exc


def _normalise(data: Any) -> Any:
    """YAML reads an unquoted ``rating: false`` as a boolean and dates as
    dates: turn those back into the strings the schema expects."""
    data = plain(data)
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        for art in data["articles"]:
            if isinstance(art, dict) and isinstance(art.get("claims"), list):
                for claim in art["claims"]:
                    v = claim.get("verdict") if isinstance(claim, dict) else None
                    if isinstance(v, dict) and v.get("rating") is False:
                        v["rating"] = "false"
    return data


def load(fs_path: str, display: str, max_bytes: int = limits.DEFAULT_MAX_BYTES) -> List[Analysis]:
    """Read a claims file of at most ``max_bytes``.  Returns one Analysis
    per article, no lone surrogate in its strings.  Raises InputError when
    the file is not a claims file or breaks the schema."""
    text = read_text(fs_path, display, max_bytes)
    yaml_syntax = os.path.splitext(fs_path)[1].lower() in (".yaml", ".yml")
    data = limits.clean(_normalise(parse(text, display, yaml_syntax)))
    try:
        return from_data(data, display, claims_yaml.places(text) if yaml_syntax else None)
    except InputError as exc:
        line = claims_yaml.field_line(text, getattr(exc, "field", "")) if yaml_syntax else None
        if line is None:
            raise
        field = exc.field  # type: ignore[attr-defined]
        raise InputError(display, exc.message.replace(f"{field}:", f"{field} (line {line}):", 1)) from None
    except Exception as exc:  # a case the checks above missed: this file fails, the others go on
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        why = " ".join(f"{type(exc).__name__}: {exc}".split())[:120]
        raise InputError(display, f"claims file could not be read (internal error {why}); "
                                  "set FACTCHECK_DEBUG=1 for details") from exc


def from_data(data: Any, display: str, places: Optional[claims_yaml.Places] = None) -> List[Analysis]:
    """Validate parsed claims-file data and build its Analyses.  ``places``
    (from a YAML file) lays out built text on the file's lines."""
    if isinstance(data, dict) and "schema" not in data and "findings" in data and "version" in data:
        raise InputError(display, "factcheck output or a baseline, not a claims file: keep it out of the "
                                  "folders you check")
    if not isinstance(data, dict) or "schema" not in data:
        raise InputError(display, "not a factcheck claims file (no 'schema' key; a claims file starts with "
                                  f"'schema: {SCHEMA_ID}', see docs/claims-schema.md)")
    if data["schema"] != SCHEMA_ID:
        raise InputError(display, f"unsupported claims file schema {data['schema']!r} (this factcheck reads "
                                  f"{SCHEMA_ID})")
    problems = validate(data, schema(), limit=5)
    if problems:
        where, message = problems[0]
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
        raise _error(display, f"{where}: {message}{more}", where)
    articles = data["articles"]
    out = []
    for i, art in enumerate(articles):
        default = display if len(articles) == 1 else f"{display}#{i + 1}"
        try:
            mine = {k[1:]: v for k, v in (places or {}).items() if k[0] == i}
            out.append(_analysis(art, f"articles[{i}]", default, mine))
        except Bad as exc:
            raise _error(display, f"{exc.where}: {exc.message}", exc.where) from None
    return out


def _error(display: str, message: str, field: str) -> InputError:
    exc = InputError(display, message)
    exc.field = field  # type: ignore[attr-defined]  # the JSON path, for the YAML line
    return exc


def _built_content(art: Dict[str, Any], where: str, places: claims_yaml.Places) -> str:
    """The title and the claims' texts, one paragraph each.  With
    ``places``, each paragraph starts on the line and column where its text
    is in the claims file (when the file leaves room for the blank line
    between paragraphs), so findings point at the claim in the file."""
    paras: List[Tuple[str, Optional[Tuple[int, int]]]] = []
    if art.get("title"):
        paras.append((art["title"], places.get(())))
    for j, c in enumerate(art.get("claims") or ()):
        if "text" in c:
            paras.append((c["text"], places.get((j,))))
    if not any(c for c in art.get("claims") or () if "text" in c):
        raise Bad(where, "needs 'content' (the article text) or claims with 'text'")
    out: List[str] = []
    line = 0  # the line the next character goes on
    for n, (text, place) in enumerate(paras):
        gap = 0 if n == 0 else 2
        if place is not None and place[0] >= line + gap:
            out.append("\n" * (place[0] - line) + " " * place[1])
            line = place[0]
        else:
            out.append("\n" * gap)
            line += gap
        out.append(" ".join(text.split()))
    return "".join(out) + "\n"


def _analysis(art: Dict[str, Any], where: str, default_path: str, places: Optional[claims_yaml.Places] = None) -> Analysis:
    given_content = "content" in art
    content = art["content"] if given_content else _built_content(art, where, places or {})
    n = len(content)
    body_start = art.get("body_start", 0)
    if body_start > n:
        raise Bad(f"{where}.body_start", f"{body_start} is past the end of the content ({n} characters)")
    hidden = tuple(claims_parts.spans(art.get("hidden", ()), f"{where}.hidden", n))
    article = Article(
        path=art.get("file") or default_path,
        content=content,
        format=art.get("format") or "claims",
        body_start=body_start,
        title=art.get("title"),
        outlet=art.get("outlet"),
        author=art.get("author"),
        date=art.get("date"),
        url=art.get("url"),
        story=art.get("story"),
        meta=dict(art.get("meta") or {}),
        hidden=hidden,
    )
    if "sentences" in art:
        analysis = claims_parts.given(art, article, where)
        extracted_claims: Dict[int, Claim] = {}
    else:
        stray = [k for k in _LISTS if k in art]
        if stray:
            raise Bad(f"{where}.{stray[0]}", "needs 'sentences' too (give the whole extraction, or only "
                                              "'claims' and let factcheck extract the rest)")
        from factcheck.extract import extract

        analysis = extract(article)
        extracted_claims = {c.sentence: c for c in analysis.claims}
    if "claims" in art:
        claims, attributions = claims_parts.claims(art["claims"], analysis, extracted_claims, f"{where}.claims")
        analysis = replace(analysis, attributions=attributions, claims=claims)
    return analysis


