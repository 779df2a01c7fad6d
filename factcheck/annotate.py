"""Annotated Word copies of the articles (``factcheck report --annotate``).

For each .docx, .md and .txt article, a Word document with the article's
text (as factcheck read it: paragraphs kept, the original Word formatting
is not) in which every flagged sentence is highlighted, its flagged words
are bold, and a Word comment anchored to the sentence gives the rule, the
message and the suggestion.  The copies go to ``<output-stem>-annotated/``
beside the handout, one ``<article-name>.docx`` each.  Output is
byte-identical for the same Report (comment dates and document properties
come from ``Report.generated``).
"""

from __future__ import annotations

import dataclasses

import os
import re
from typing import Dict, List, Sequence, Tuple

from factcheck.model import Analysis, Finding, Report

FORMATS = ("docx", "md", "txt")
AUTHOR = "factcheck"
INITIALS = "FC"
_BLANK = re.compile(r"\n[ \t]*\n")
_MD_HEADING = re.compile(r"#{1,6}[ \t]+")


def folder_for(output: str) -> str:
    """The folder the annotated copies of handout ``output`` go to."""
    stem, _ext = os.path.splitext(output)
    return stem + "-annotated"


def targets(report: Report, output: str) -> List[Tuple[Analysis, str]]:
    """(analysis, path to write) for every article that gets a copy, in
    report order; names that collide get -2, -3 ..."""
    folder = folder_for(output)
    used: Dict[str, int] = {}
    out = []
    for a in report.analyses:
        if a.article.format not in FORMATS:
            continue
        base = os.path.splitext(os.path.basename(a.article.path.replace("\\", "/")))[0] or "article"
        n = used.get(base.lower(), 0) + 1
        used[base.lower()] = n
        name = base if n == 1 else f"{base}-{n}"
        out.append((a, os.path.join(folder, name + ".docx")))
    return out


def write_all(report: Report, output: str) -> List[str]:
    """Write the annotated copies for handout ``output``; returns the paths
    written.  Raises SetupError when the folder cannot be written."""
    from factcheck.errors import SetupError
    from factcheck.output import write_atomic

    jobs = targets(report, output)
    if not jobs:
        return []
    folder = folder_for(output)
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise SetupError(f"cannot create {folder}: {exc.strerror or exc}") from exc
    by_path: Dict[str, List[Finding]] = {}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
        for r in f.related:  # a cross-article finding is a comment in each article it touches
            if r.path != f.path:
                mirror = dataclasses.replace(f, path=r.path, start=r.start, end=r.end, sentence_start=0,
                                             sentence_end=0, related=())
                by_path.setdefault(r.path, []).append(mirror)
    written = []
    for analysis, path in jobs:
        write_atomic(path, annotate(analysis, by_path.get(analysis.article.path, []), report.generated))
        written.append(path)
    return written


# ---------------------------------------------------------------------------


def _paragraphs(a: Analysis) -> List[Tuple[int, int]]:
    text = a.article.content
    start = a.article.body_start
    if a.paragraphs:
        spans = [(p.start, p.end) for p in a.paragraphs if p.end > max(p.start, start - 1)]
    else:
        spans = []
        pos = start
        for m in _BLANK.finditer(text, start):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        s = max(s, start)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _sentence_range(a: Analysis, f: Finding) -> Tuple[int, int]:
    if f.sentence_end > f.sentence_start:
        return f.sentence_start, f.sentence_end
    s = a.sentence_at(f.start)
    if s is not None:
        return s.start, s.end
    return f.start, max(f.end, f.start)


def _comment_text(f: Finding) -> List[str]:
    from factcheck import rules as _rules

    mod = _rules.RULES.get(f.rule)
    lines = [f"{f.severity.upper()} \u00b7 {f.rule}: {f.message}"]
    suggestion = f.suggestion or (getattr(mod, "SUGGESTION", "") if mod else "")
    if suggestion:
        lines.append("Suggestion: " + suggestion)
    std = getattr(mod, "STANDARD", "") if mod else ""
    if std:
        lines.append("Standard: " + std)
    return lines


def annotate(a: Analysis, findings: Sequence[Finding], generated: str = "") -> bytes:
    """The annotated Word copy of one article, as .docx bytes."""
    import docx
    from docx.enum.text import WD_COLOR_INDEX

    from factcheck.render.docx import docx_bytes, fix_properties, when
    from factcheck.render.handout import clean

    text = a.article.content
    findings = [f for f in findings if f.rule != "input-error"]
    ranges: Dict[Tuple[int, int], List[Finding]] = {}
    for f in findings:
        ranges.setdefault(_sentence_range(a, f), []).append(f)
    flagged = sorted(ranges)
    words = sorted({(f.start, f.end) for f in findings if f.end > f.start})

    d = docx.Document()
    title = a.article.title or os.path.basename(a.article.path)
    head = d.add_paragraph(style="Title")
    head.add_run(clean(title))
    info = d.add_paragraph()
    bits = [a.article.outlet, a.article.author, a.article.date, a.article.path]
    info.add_run(clean(" \u00b7 ".join(b for b in bits if b))).italic = True
    summary = d.add_paragraph()
    summary.add_run(clean(f"factcheck: {len(findings)} finding{'s' if len(findings) != 1 else ''}; "
                          "each flagged sentence is highlighted and carries a comment.")).italic = True

    # runs covering each flagged range, in order
    anchors: Dict[Tuple[int, int], List[object]] = {r: [] for r in flagged}
    for ps, pe in _paragraphs(a):
        para_text = text[ps:pe]
        style = None
        m = _MD_HEADING.match(para_text) if a.article.format == "md" else None
        if m:
            style = "Heading 2"
            ps += m.end()
        p = d.add_paragraph(style=style)
        cuts = {ps, pe}
        for s, e in flagged:
            if e > ps and s < pe:
                cuts.update(x for x in (s, e) if ps < x < pe)
        for s, e in words:
            if e > ps and s < pe:
                cuts.update(x for x in (s, e) if ps < x < pe)
        points = sorted(cuts)
        for s, e in zip(points, points[1:]):
            seg = clean(text[s:e])
            if not seg:
                continue
            run = p.add_run(seg.replace("\n", " "))
            covering = [r for r in flagged if r[0] <= s and e <= r[1]]
            if covering:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
                for r in covering:
                    anchors[r].append(run)
            if any(ws <= s and e <= we for ws, we in words):
                run.bold = True
    fixed = when(generated)
    for r in flagged:
        runs = anchors[r] or [head.runs[0]]  # a finding outside the body: on the title
        for f in ranges[r]:
            lines = _comment_text(f)
            c = d.add_comment(runs, text=clean(lines[0]), author=AUTHOR, initials=INITIALS)
            for extra in lines[1:]:
                c.add_paragraph(clean(extra))
            c._comment_elm.date = fixed
    fix_properties(d, f"Annotated: {title}", generated, subject="factcheck annotations")
    return docx_bytes(d)


def comments_of(data: bytes) -> List[Tuple[str, str]]:
    """(anchored text, comment text) for each comment in a .docx (for tests
    and checks): the text between commentRangeStart and commentRangeEnd."""
    import io
    import zipfile

    from lxml import etree

    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    z = zipfile.ZipFile(io.BytesIO(data))
    doc = etree.fromstring(z.read("word/document.xml"))
    comments = etree.fromstring(z.read("word/comments.xml")) if "word/comments.xml" in z.namelist() else None
    texts: Dict[str, str] = {}
    if comments is not None:
        for c in comments.iter(W + "comment"):
            texts[c.get(W + "id")] = "\n".join("".join(t.text or "" for t in p.iter(W + "t"))
                                               for p in c.iter(W + "p"))
    open_ids: Dict[str, List[str]] = {}
    done: List[Tuple[str, str, str]] = []
    for el in doc.iter(W + "commentRangeStart", W + "commentRangeEnd", W + "t"):
        if el.tag == W + "commentRangeStart":
            open_ids[el.get(W + "id")] = []
        elif el.tag == W + "commentRangeEnd":
            cid = el.get(W + "id")
            done.append((cid, "".join(open_ids.pop(cid, [])), texts.get(cid, "")))
        else:
            for buf in open_ids.values():
                buf.append(el.text or "")
    return [(anchored, comment) for _cid, anchored, comment in done]
