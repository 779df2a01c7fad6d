"""Claims-file articles into model objects: the full extraction a file from
``factcheck extract`` carries, and the claims (given by sentence or by
text, with sources and verdicts) of any file.  Problems raise ``Bad``
naming the field."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Dict, List, Optional, Tuple

from factcheck.model import Analysis, Article, Attribution, Claim, Figure, Quote, Sentence, Span, Verdict


class Bad(Exception):
    """A problem in a claims file: ``where`` is the field's JSON path."""

    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}")
        self.where, self.message = where, message


def spans(items, where: str, n: int) -> List[Span]:
    out = []
    for i, (start, end) in enumerate(items):
        _range(start, end, f"{where}[{i}]", n)
        out.append(Span(start, end))
    return out


def _range(start: Optional[int], end: Optional[int], where: str, n: int) -> None:
    if start is None or end is None:
        return
    if start > end:
        raise Bad(where, f"start {start} is after end {end}")
    if end > n:
        raise Bad(where, f"end {end} is past the end of the content ({n} characters)")


def _index(value: Optional[int], size: int, where: str, what: str) -> None:
    if value is not None and value >= size:
        raise Bad(where, f"{value} is not a {what} index (the article has {size})")


def given(art: Dict[str, Any], article: Article, where: str) -> Analysis:
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
        paragraphs=tuple(spans(art.get("paragraphs", ()), f"{where}.paragraphs", n)),
        sentences=tuple(sentences),
        quotes=tuple(quotes),
        attributions=tuple(attributions),
        figures=tuple(figures),
        claims=(),
        anonymity_reasons=tuple(spans(art.get("anonymity_reasons", ()), f"{where}.anonymity_reasons", n)),
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


def claims(items: List[Dict[str, Any]], analysis: Analysis, extracted: Dict[int, Claim],
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
                raise Bad(f"{w}.text", "not found in the article's content")
            cursor = found[1]
            s = analysis.sentence_at(found[0]) or next((s for s in sentences if s.start >= found[0]), None)
            if s is None:
                raise Bad(f"{w}.text", "is not inside any sentence of the content")
            index = s.index
        else:
            raise Bad(w, "needs 'sentence' (an index) or 'text' (the claim's words)")
        auto = extracted.get(index)
        kinds = tuple(c["kinds"]) if "kinds" in c else (auto.kinds if auto else ())
        triggers = tuple(spans(c["triggers"], f"{w}.triggers", len(content))) if "triggers" in c else (
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
