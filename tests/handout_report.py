"""Hand-built Reports for the handout tests: every section has something to
show, without depending on what extraction and the rules find today."""

from factcheck.figure_tables import figure_tables
from factcheck.model import (
    Analysis, AnonymousPayload, Article, Attribution, Claim, ClaimPayload, ConflictPayload, Figure, FigureVersion,
    Finding, Location, Quote, QuoteVersion, Report, Sentence, Span, Story, VariantPayload, Verdict,
)

LEDGER = """Transit chief told to quit

Board members asked Dana Whitfield to resign on Tuesday, according to two board members who spoke on condition of anonymity because the talks were private.

The agency has 6,000 employees and ridership is at an all-time high.

"We owe riders a system that runs on time," Whitfield said. Café owner Zoë Brontë said the délai was “unacceptable” — a 5′10″ queue.
"""

CHANNEL7 = """Transit chief refuses to quit

People familiar with the board said Whitfield was distant and slow.

The agency, with about 4,500 employees, is the region's largest.

"We owe riders a system that runs on schedule," Whitfield said.
"""

# An article whose text is full of markup and template syntax: it must print literally.
HOSTILE = """Markup & templates <b>bold?</b>

Officials said {{ 7*7 }} and {% if x %}yes{% endif %} <img src="/etc/passwd"> &amp; &nbsp; <para>x</para> ]]> <!-- c --> \x07bell\x0bvt.

The board's "<script>alert(1)</script>" record is the worst in a decade.
"""


def _sentences(text, body_start=0):
    """Naive sentences: each non-empty line is one paragraph and one sentence."""
    out = []
    pos = 0
    para = 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Sentence(pos, pos + len(line), len(out), para, "headline" if not out else "body"))
            para += 1
        pos += len(line) + 1
    return tuple(out)


def _find(text, needle, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return i, i + len(needle)


def _sentence_of(sentences, start):
    return next(s for s in sentences if s.start <= start < s.end)


def _finding(rule, severity, analysis, start, end, message, payload=None, related=(), suggestion=""):
    sents = analysis.sentences
    s = _sentence_of(sents, start)
    text = analysis.article.content
    return Finding(
        rule=rule, severity=severity, path=analysis.article.path, start=start, end=end, message=message,
        suggestion=suggestion, text=text[s.start:s.end], sentence_start=s.start, sentence_end=s.end,
        paragraph=s.paragraph + 1, line=text.count("\n", 0, start) + 1, column=1,
        related=tuple(related), payload=payload,
    )


def ledger_analysis(path="stories/ledger.md"):
    art = Article(path=path, content=LEDGER, format="md", title="Transit chief told to quit",
                  outlet="The Port Alder Ledger", author="Renata Obi", date="2026-03-14")
    sents = _sentences(LEDGER)
    a0, a1 = _find(LEDGER, "two board members who spoke")
    c0, c1 = _find(LEDGER, "according to")
    f0, f1 = _find(LEDGER, "6,000 employees")
    q0, q1 = _find(LEDGER, '"We owe riders a system that runs on time,"')
    w0, w1 = _find(LEDGER, "Whitfield said")
    h0, h1 = _find(LEDGER, "all-time high")
    r0, r1 = _find(LEDGER, "because the talks were private")
    attrs = (
        Attribution(1, "according to", c0, c1, "two board members", a0, a0 + 17, "anonymous"),
        Attribution(3, "said", w1 - 4, w1, "Whitfield", w0, w0 + 9, "person", quote=0),
    )
    return Analysis(
        article=art, sentences=sents,
        quotes=(Quote(q0, q1, q0 + 1, q1 - 2, 3, "Dana Whitfield", w0, w0 + 9, "said", "person"),),
        attributions=attrs,
        figures=(Figure(f0, f1, 2, "6,000 employees", 6000.0, "count", "exact", 6000.0, 6000.0, "employee"),),
        claims=(
            Claim(2, ("statistic", "record"), (Span(f0, f1), Span(h0, h1)), None,
                  Verdict("verified", "HR report, March 2026", reviewer="J. Editor", date="2026-03-15")),
            Claim(1, ("trend",), (), 0),
        ),
        anonymity_reasons=(Span(r0, r1),),
    )


def channel7_analysis(path="stories/channel7.txt"):
    art = Article(path=path, content=CHANNEL7, title="Transit chief refuses to quit", outlet="Channel 7")
    sents = _sentences(CHANNEL7)
    p0, p1 = _find(CHANNEL7, "People familiar with the board")
    s0, s1 = _find(CHANNEL7, "said")
    f0, f1 = _find(CHANNEL7, "about 4,500 employees")
    q0, q1 = _find(CHANNEL7, '"We owe riders a system that runs on schedule,"')
    w0, w1 = _find(CHANNEL7, "Whitfield said", 0)
    return Analysis(
        article=art, sentences=sents,
        quotes=(Quote(q0, q1, q0 + 1, q1 - 2, 3, "Dana Whitfield", w0, w0 + 9, "said", "person"),),
        attributions=(Attribution(1, "said", s0, s1, "People familiar with the board", p0, p1, "anonymous"),),
        figures=(Figure(f0, f1, 2, "about 4,500 employees", 4500.0, "count", "about", 4275.0, 4725.0, "employee"),),
        claims=(Claim(2, ("superlative",), (Span(*_find(CHANNEL7, "largest")),), None),),
    )


def hostile_analysis(path="stories/hostile.txt"):
    art = Article(path=path, content=HOSTILE, title="Markup & templates <b>bold?</b> {{ 7*7 }}",
                  outlet="<i>Outlet</i> & {{ co }}", author="{% raw %}", date="2026-01-01")
    sents = _sentences(HOSTILE)
    s0, s1 = _find(HOSTILE, "Officials")
    w0, w1 = _find(HOSTILE, "worst in a decade")
    return Analysis(
        article=art, sentences=sents,
        attributions=(Attribution(1, "said", s1 + 1, s1 + 5, "Officials {{ 7*7 }}", s0, s1, "anonymous"),),
        quotes=(Quote(*_find(HOSTILE, '"<script>alert(1)</script>"'), _find(HOSTILE, "<script>")[0],
                      _find(HOSTILE, "</script>")[1], 2, None),),
        claims=(Claim(2, ("superlative",), (Span(w0, w1),), None),),
    )


def story_report(with_hostile=True):
    """Two articles of one story (plus, by default, a hostile one) with a
    finding of every rule."""
    led, ch7 = ledger_analysis(), channel7_analysis()
    analyses = [led, ch7]
    L, C = led.article.content, ch7.article.content
    findings = [
        _finding("anonymous-source", "warning", led, *_find(L, "two board members"),
                 "Information is attributed to an unnamed source (anonymity explained).",
                 AnonymousPayload("two board members", "according to", "because the talks were private", "fact")),
        _finding("unsourced-claim", "warning", led, *_find(L, "all-time high"),
                 "Record claim with no source.",
                 ClaimPayload(("record",), (_find(L, "all-time high"),))),
        _finding("anonymous-source", "error", ch7, *_find(C, "People familiar with the board"),
                 "An unnamed source characterises a named person.",
                 AnonymousPayload("People familiar with the board", "said", None, "characterisation")),
        _finding("conflicting-figure", "error", led, *_find(L, "6,000 employees"),
                 "Employees: 6,000 here but about 4,500 in Channel 7.",
                 ConflictPayload("employee", "count", "conflict", (
                     FigureVersion(led.article.path, "The Port Alder Ledger", "6,000 employees", 6000, 6000,
                                   *_find(L, "6,000 employees")),
                     FigureVersion(ch7.article.path, "Channel 7", "about 4,500 employees", 4275, 4725,
                                   *_find(C, "about 4,500 employees")))),
                 related=[Location(ch7.article.path, *_find(C, "about 4,500 employees"), line=5,
                                   text="The agency, with about 4,500 employees, is the region's largest.")]),
        _finding("quote-variant", "warning", ch7, *_find(C, "We owe riders a system that runs on schedule"),
                 "Dana Whitfield is quoted differently by The Port Alder Ledger.",
                 VariantPayload("Dana Whitfield", (
                     QuoteVersion(led.article.path, "The Port Alder Ledger", "We owe riders a system that runs on time"),
                     QuoteVersion(ch7.article.path, "Channel 7", "We owe riders a system that runs on schedule")),
                     (("time",), ("schedule",)), 0.9),
                 related=[Location(led.article.path, *_find(L, "We owe riders"), line=7, text="We owe riders")]),
        # A finding without a payload: must still render.
        _finding("quote-variant", "info", led, *_find(L, "Café owner"), "A variant with no data."),
    ]
    paths = [led.article.path, ch7.article.path]
    if with_hostile:
        hos = hostile_analysis()
        analyses.append(hos)
        H = hos.article.content
        findings += [
            _finding("unsourced-claim", "warning", hos, *_find(H, "worst in a decade"),
                     "Superlative <b>with</b> {{ 7*7 }} no source & more.",
                     ClaimPayload(("superlative",), (_find(H, "worst in a decade"),)),
                     suggestion="Attribute it {{ 7*7 }} <img src=\"x.png\">"),
            _finding("anonymous-source", "warning", hos, *_find(H, "Officials"), "Unnamed officials <img src=\"/etc/passwd\">.",
                     AnonymousPayload("Officials", "", None, "fact")),
        ]
    findings.sort(key=lambda f: f.sort_key)
    stories = [Story("transit", "Dana Whitfield / transit board", tuple(paths))]
    if with_hostile:
        stories.append(Story("hostile", "Markup {{ 7*7 }} <b>story</b>", ("stories/hostile.txt",)))
    tables = figure_tables(stories, {a.article.path: a for a in analyses})  # as the engine makes them
    return Report(analyses=tuple(analyses), findings=tuple(findings), stories=tuple(stories),
                  inputs=("stories",), generated="2026-03-16", comparisons=2, figure_tables=tables)


def hostile_report():
    hos = hostile_analysis()
    H = hos.article.content
    f = _finding("unsourced-claim", "warning", hos, *_find(H, "worst in a decade"), "Superlative.",
                 ClaimPayload(("superlative",), (_find(H, "worst in a decade"),)))
    return Report(analyses=(hos,), findings=(f,), stories=(Story("h", "h", (hos.article.path,)),),
                  generated="2026-01-01")


def long_report():
    """The story report with its claims repeated: a handout well over
    LONG_REPORT_PAGES, which gets a contents page."""
    base = story_report(with_hostile=False)
    led = base.analyses[0]
    many = led.__class__(**{**led.__dict__, "claims": led.claims * 60})
    return Report(analyses=(many,) + base.analyses[1:], findings=base.findings, stories=base.stories,
                  generated="2026-03-16", figure_tables=base.figure_tables)
