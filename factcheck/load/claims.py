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

import dataclasses
import json
import os
import re
from typing import Any, Dict, List, Optional, Tuple

from factcheck.claimsfile import SCHEMA_ID, plain, schema
from factcheck.errors import InputError
from factcheck.model import Analysis, Article, Attribution, Claim, Figure, Quote, Sentence, Span, Verdict
from factcheck.schemacheck import validate

from .text import read_text

_LISTS = ("paragraphs", "quotes", "attributions", "figures", "anonymity_reasons", "entities")


class _Bad(Exception):
    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}")
        self.where, self.message = where, message


def parse(text: str, display: str, yaml_syntax: bool) -> Any:
    """Parse JSON or YAML text.  Raises InputError with the line of a
    syntax error."""
    if not yaml_syntax:
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(display, f"broken JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                             exc.pos) from exc
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
    try:
        return yaml.load(text, Loader=loader)
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
    if isinstance(data, dict):
        for art in data.get("articles") or ():
            if isinstance(art, dict):
                for claim in art.get("claims") or ():
                    v = claim.get("verdict") if isinstance(claim, dict) else None
                    if isinstance(v, dict) and v.get("rating") is False:
                        v["rating"] = "false"
    return data


def load(fs_path: str, display: str) -> List[Analysis]:
    """Read a claims file.  Returns one Analysis per article.  Raises
    InputError when the file is not a claims file or breaks the schema."""
    text = read_text(fs_path, display)
    yaml_syntax = os.path.splitext(fs_path)[1].lower() in (".yaml", ".yml")
    data = _normalise(parse(text, display, yaml_syntax))
    try:
        return from_data(data, display, _yaml_places(text) if yaml_syntax else None)
    except InputError as exc:
        line = _yaml_line(text, getattr(exc, "field", "")) if yaml_syntax else None
        if line is None:
            raise
        field = exc.field  # type: ignore[attr-defined]
        raise InputError(display, exc.message.replace(f"{field}:", f"{field} (line {line}):", 1)) from None


_PATH_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def _yaml_line(text: str, field: str) -> Optional[int]:
    """The 1-based line of ``field`` (``articles[0].claims[2].verdict``)
    in a YAML file, or of the nearest enclosing part that exists."""
    import yaml

    if not field or field == "(top level)":
        return None
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    line = None
    for index, key in _PATH_PART.findall(field):
        if index and isinstance(node, yaml.SequenceNode) and int(index) < len(node.value):
            node = node.value[int(index)]
            line = node.start_mark.line + 1
        elif key and isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
            if found is None:
                break
            line, node = found[0].start_mark.line + 1, found[1]
        else:
            break
    return line


Places = Dict[Tuple[int, ...], Tuple[int, int]]
"""``(article,)`` -> where its title is, ``(article, claim)`` -> where the
claim's text is, as 0-based (line, column) in the claims file."""


def _yaml_places(text: str) -> Optional[Places]:
    """Where the titles and claim texts of a YAML claims file are, so the
    text built from them puts each on its line of the file and findings
    point at the right line.  None when the layout cannot be read."""
    import yaml

    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    lines = text.splitlines()

    def where(node) -> Tuple[int, int]:
        line, col = node.start_mark.line, node.start_mark.column
        if node.style in ("|", ">"):  # block scalar: the text starts on the next line
            line += 1
            nxt = lines[line] if line < len(lines) else ""
            col = len(nxt) - len(nxt.lstrip(" "))
        elif node.style in ("'", '"'):
            col += 1
        return line, col

    def get(node, key):
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == key:
                    return v
        return None

    places: Places = {}
    articles = get(root, "articles")
    if not isinstance(articles, yaml.SequenceNode):
        return None
    for i, art in enumerate(articles.value):
        title = get(art, "title")
        if isinstance(title, yaml.ScalarNode):
            places[(i,)] = where(title)
        claims = get(art, "claims")
        if isinstance(claims, yaml.SequenceNode):
            for j, claim in enumerate(claims.value):
                t = get(claim, "text")
                if isinstance(t, yaml.ScalarNode):
                    places[(i, j)] = where(t)
    return places


def from_data(data: Any, display: str, places: Optional[Places] = None) -> List[Analysis]:
    """Validate parsed claims-file data and build its Analyses.  ``places``
    (from a YAML file) lays out built text on the file's lines."""
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
        except _Bad as exc:
            raise _error(display, f"{exc.where}: {exc.message}", exc.where) from None
    return out


def _error(display: str, message: str, field: str) -> InputError:
    exc = InputError(display, message)
    exc.field = field  # type: ignore[attr-defined]  # the JSON path, for the YAML line
    return exc


def _built_content(art: Dict[str, Any], where: str, places: Places) -> str:
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
        raise _Bad(where, "needs 'content' (the article text) or claims with 'text'")
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


def _analysis(art: Dict[str, Any], where: str, default_path: str, places: Optional[Places] = None) -> Analysis:
    given_content = "content" in art
    content = art["content"] if given_content else _built_content(art, where, places or {})
    n = len(content)
    body_start = art.get("body_start", 0)
    if body_start > n:
        raise _Bad(f"{where}.body_start", f"{body_start} is past the end of the content ({n} characters)")
    hidden = tuple(_spans(art.get("hidden", ()), f"{where}.hidden", n))
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
        analysis = _given(art, article, where)
        extracted_claims: Dict[int, Claim] = {}
    else:
        stray = [k for k in _LISTS if k in art]
        if stray:
            raise _Bad(f"{where}.{stray[0]}", "needs 'sentences' too (give the whole extraction, or only "
                                              "'claims' and let factcheck extract the rest)")
        from factcheck.extract import extract

        analysis = extract(article)
        extracted_claims = {c.sentence: c for c in analysis.claims}
    if "claims" in art:
        claims, attributions = _claims(art["claims"], analysis, extracted_claims, f"{where}.claims")
        analysis = Analysis(
            article=analysis.article, paragraphs=analysis.paragraphs, sentences=analysis.sentences,
            quotes=analysis.quotes, attributions=attributions, figures=analysis.figures, claims=claims,
            anonymity_reasons=analysis.anonymity_reasons, entities=analysis.entities,
        )
    return analysis


def _spans(items, where: str, n: int) -> List[Span]:
    out = []
    for i, (start, end) in enumerate(items):
        _range(start, end, f"{where}[{i}]", n)
        out.append(Span(start, end))
    return out


def _range(start: Optional[int], end: Optional[int], where: str, n: int) -> None:
    if start is None or end is None:
        return
    if start > end:
        raise _Bad(where, f"start {start} is after end {end}")
    if end > n:
        raise _Bad(where, f"end {end} is past the end of the content ({n} characters)")


def _index(value: Optional[int], size: int, where: str, what: str) -> None:
    if value is not None and value >= size:
        raise _Bad(where, f"{value} is not a {what} index (the article has {size})")


def _given(art: Dict[str, Any], article: Article, where: str) -> Analysis:
    """The Analysis exactly as the file gives it (a file from ``extract``)."""
    n = len(article.content)
    sentences = []
    for i, s in enumerate(art["sentences"]):
        _range(s["start"], s["end"], f"{where}.sentences[{i}]", n)
        sentences.append(Sentence(s["start"], s["end"], i, s["paragraph"], s.get("kind", "body")))
    ns = len(sentences)
    quotes = []
    for i, q in enumerate(art.get("quotes", ())):
        w = f"{where}.quotes[{i}]"
        _range(q["start"], q["end"], w, n)
        _range(q["text_start"], q["text_end"], w, n)
        _range(q.get("speaker_start"), q.get("speaker_end"), w, n)
        _index(q["sentence"], ns, f"{w}.sentence", "sentence")
        _range(q.get("content_start"), q.get("content_end"), f"{w}.content_start", n)
        quotes.append(_make(Quote, q))
    attributions = []
    for i, t in enumerate(art.get("attributions", ())):
        w = f"{where}.attributions[{i}]"
        _range(t["cue_start"], t["cue_end"], f"{w}.cue_start", n)
        _range(t["source_start"], t["source_end"], f"{w}.source_start", n)
        _range(t.get("content_start"), t.get("content_end"), f"{w}.content_start", n)
        _index(t["sentence"], ns, f"{w}.sentence", "sentence")
        _index(t.get("quote"), len(quotes), f"{w}.quote", "quote")
        attributions.append(_make(Attribution, t))
    figures = []
    for i, f in enumerate(art.get("figures", ())):
        w = f"{where}.figures[{i}]"
        _range(f["start"], f["end"], w, n)
        _index(f["sentence"], ns, f"{w}.sentence", "sentence")
        figures.append(_make(Figure, f, ("value", "low", "high", "second")))
    return Analysis(
        article=article,
        paragraphs=tuple(_spans(art.get("paragraphs", ()), f"{where}.paragraphs", n)),
        sentences=tuple(sentences),
        quotes=tuple(quotes),
        attributions=tuple(attributions),
        figures=tuple(figures),
        claims=(),
        anonymity_reasons=tuple(_spans(art.get("anonymity_reasons", ()), f"{where}.anonymity_reasons", n)),
        entities=tuple(art.get("entities", ())),
    )


def _num(value: Any) -> Optional[float]:
    return None if value is None else float(value)


def _make(cls, item: Dict[str, Any], floats: Tuple[str, ...] = ()):
    """A model dataclass from the file's fields (the schema has checked
    them; fields the model does not have, such as ``text``, are left out)."""
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {k: (_num(v) if k in floats else v) for k, v in item.items() if k in names}
    return cls(**kwargs)


def _locate(content: str, text: str, after: int) -> Optional[Tuple[int, int]]:
    """Where ``text`` is in ``content`` (whitespace-insensitive), searching
    from ``after`` first, then from the start."""
    pattern = re.compile(r"\s+".join(re.escape(w) for w in text.split()))
    for origin in (after, 0):
        m = pattern.search(content, origin)
        if m:
            return m.start(), m.end()
    return None


def _claims(items: List[Dict[str, Any]], analysis: Analysis, extracted: Dict[int, Claim],
            where: str) -> Tuple[Tuple[Claim, ...], Tuple[Attribution, ...]]:
    content = analysis.article.content
    sentences = analysis.sentences
    attributions = list(analysis.attributions)
    claims = []
    cursor = analysis.article.body_start
    for i, c in enumerate(items):
        w = f"{where}[{i}]"
        if "sentence" in c:
            _index(c["sentence"], len(sentences), f"{w}.sentence", "sentence")
            index = c["sentence"]
        elif "text" in c:
            found = _locate(content, c["text"], cursor)
            if found is None:
                raise _Bad(f"{w}.text", "not found in the article's content")
            cursor = found[1]
            s = analysis.sentence_at(found[0]) or next((s for s in sentences if s.start >= found[0]), None)
            if s is None:
                raise _Bad(f"{w}.text", "is not inside any sentence of the content")
            index = s.index
        else:
            raise _Bad(w, "needs 'sentence' (an index) or 'text' (the claim's words)")
        auto = extracted.get(index)
        kinds = tuple(c["kinds"]) if "kinds" in c else (auto.kinds if auto else ())
        triggers = tuple(_spans(c["triggers"], f"{w}.triggers", len(content))) if "triggers" in c else (
            auto.triggers if auto else ())
        attribution = _attribution(c, w, index, auto, analysis, attributions)
        claims.append(Claim(index, kinds, triggers, attribution, _verdict(c.get("verdict"))))
    return tuple(claims), tuple(attributions)


def _attribution(c: Dict[str, Any], where: str, index: int, auto: Optional[Claim], analysis: Analysis,
                 attributions: List[Attribution]) -> Optional[int]:
    """The attribution index of a claim: ``attribution`` when given and
    consistent with ``source``; else the one ``source`` names (found in
    the article or added); else what extraction found."""
    has_index = "attribution" in c and c["attribution"] is not None
    if has_index:
        _index(c["attribution"], len(attributions), f"{where}.attribution", "attribution")
    if "source" not in c:
        if "attribution" in c:
            return c["attribution"]
        return auto.attribution if auto else None
    source = c["source"]
    if source is None:
        return None
    if has_index and attributions[c["attribution"]].source == source:
        return c["attribution"]
    wanted = " ".join(source.split()).lower()
    same = [i for i, a in enumerate(attributions) if " ".join(a.source.split()).lower() == wanted]
    if same:  # prefer the one in the claim's sentence, else the nearest before it
        before = [i for i in same if attributions[i].sentence <= index]
        return max(before, key=lambda i: attributions[i].sentence) if before else same[0]
    sent = analysis.sentences[index]
    text = analysis.article.content
    pos = text.lower().find(wanted, sent.start, sent.end) if wanted else -1
    start, end = (pos, pos + len(wanted)) if pos >= 0 else (sent.start, sent.end)
    attributions.append(Attribution(
        sentence=index, cue="", cue_start=start, cue_end=start, source=source, source_start=start,
        source_end=end, source_class=c.get("source_class", "organisation"),
        content_start=sent.start, content_end=sent.end))
    return len(attributions) - 1


def _verdict(v: Optional[Dict[str, Any]]) -> Optional[Verdict]:
    if v is None:
        return None
    return Verdict(v["rating"], v.get("note"), v.get("url"), v.get("reviewer"), v.get("date"))
