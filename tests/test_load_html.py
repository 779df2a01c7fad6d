"""HTML loading: trafilatura and the stdlib fallback, metadata, charsets,
files that are not HTML."""

import sys

import pytest

from factcheck.errors import InputError
from factcheck.extract import extract
from factcheck.load import html as html_loader
from factcheck.load import load_file

from .conftest import SAMPLES

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="{charset}">
<title>Board asks transit chief to resign | The Harbour Post</title>
<meta name="author" content="Ana Ruiz">
<meta property="og:site_name" content="The Harbour Post">
<meta property="article:published_time" content="2026-03-14T09:30:00Z">
<link rel="canonical" href="https://post.example/transit-chief">
</head><body>
<nav><a href="/">Home</a> | <a href="/sport">Sport</a> | <a href="/weather">Weather</a></nav>
<article>
<h1>Board asks transit chief to resign</h1>
<p>The board of the regional transit authority voted 5-4 on Thursday to ask its chief executive to resign, the board chair said.</p>
<p>The authority's budget is {money} million, according to its annual report, and it runs 212 bus routes across the county.</p>
<p>"We owe riders a system that runs on time," the chair, Marcus Oyelaran, told reporters after the meeting.</p>
</article>
<footer>Copyright 2026 The Harbour Post. Subscribe to our newsletter.</footer>
</body></html>
"""


def _page(tmp_path, name="page.html", charset="utf-8", money="\u00a3412", encoding=None):
    p = tmp_path / name
    p.write_bytes(PAGE.format(charset=charset, money=money).encode(encoding or charset))
    return p


def _load(path):
    (article,) = load_file(str(path), path.name)
    return article


def test_trafilatura_body_and_metadata(tmp_path):
    a = _load(_page(tmp_path))
    assert a.format == "html" and a.meta["extractor"] == "trafilatura"
    assert a.title == "Board asks transit chief to resign"
    assert a.author == "Ana Ruiz" and a.outlet == "The Harbour Post"
    assert a.date == "2026-03-14" and a.url == "https://post.example/transit-chief"
    assert a.content.startswith("Board asks transit chief to resign\n\nThe board of")
    for boilerplate in ("Home", "Sport", "Subscribe", "Copyright"):
        assert boilerplate not in a.content
    assert "\u00a3412 million" in a.content


@pytest.mark.parametrize("disable", ["no_result", "no_module"])
def test_stdlib_fallback(tmp_path, monkeypatch, disable):
    if disable == "no_result":
        monkeypatch.setattr(html_loader, "_with_trafilatura", lambda text: None)
    else:
        monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails
    a = _load(_page(tmp_path))
    assert a.meta["extractor"] == "html.parser"
    assert a.title == "Board asks transit chief to resign"
    assert a.author == "Ana Ruiz" and a.outlet == "The Harbour Post" and a.date == "2026-03-14"
    assert a.url == "https://post.example/transit-chief"
    paras = a.content.split("\n\n")
    assert paras[0] == "Board asks transit chief to resign"
    assert paras[1].startswith("The board of the regional transit authority voted 5-4")
    assert "Home" not in a.content and "Copyright" not in a.content


@pytest.mark.parametrize("charset,encoding,money", [
    ("utf-8", "utf-8", "\u00a3412"),
    ("iso-8859-1", "iso-8859-1", "\u00a3412"),
    ("windows-1252", "cp1252", "\u20ac412"),
    ("utf-8", "cp1252", "\u00a3412"),  # declared wrongly: detected instead
])
def test_charsets(tmp_path, charset, encoding, money):
    a = _load(_page(tmp_path, charset=charset, money=money, encoding=encoding))
    assert f"{money} million" in a.content


@pytest.mark.parametrize("head", [
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    None,  # XML declaration
])
def test_other_charset_declarations(tmp_path, head):
    body = "<body><article><h1>Fares</h1><p>The fare rose to \u00a32.75 on Monday, the agency said.</p></article></body>"
    if head:
        page = f"<html><head>{head}<title>Fares</title></head>{body}</html>"
    else:
        page = f'<?xml version="1.0" encoding="iso-8859-1"?><html xmlns="http://www.w3.org/1999/xhtml">{body}</html>'
    p = tmp_path / "fares.html"
    p.write_bytes(page.encode("iso-8859-1"))
    assert "\u00a32.75" in _load(p).content


def test_utf8_bom(tmp_path):
    p = tmp_path / "bom.html"
    p.write_bytes(b"\xef\xbb\xbf" + PAGE.format(charset="utf-8", money="\u00a3412").encode("utf-8"))
    a = _load(p)
    assert "\ufeff" not in a.content and "\u00a3412 million" in a.content


def test_offsets_point_into_content(tmp_path):
    a = _load(_page(tmp_path))
    an = extract(a)
    assert an.sentences and an.sentences[0].kind == "headline"
    for s in an.sentences:
        assert a.content[s.start:s.end].strip() == a.content[s.start:s.end]
    assert any("5-4" == f.text for f in an.figures)
    q = an.quotes[0]
    assert a.content[q.text_start:q.text_end].startswith("We owe riders")


@pytest.mark.parametrize("data,message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"Just a plain note, no markup at all.\n", "not an HTML page"),
    (b"<html><head><title>Empty</title><script>var x = 1;</script></head><body></body></html>", "no article text"),
])
def test_not_html(tmp_path, data, message):
    p = tmp_path / "bad.html"
    p.write_bytes(data)
    with pytest.raises(InputError, match=message) as err:
        load_file(str(p), "bad.html")
    assert err.value.path == "bad.html"


@pytest.mark.parametrize("extra,date", [
    ("", None),  # a copyright year in the footer is not a publication date
    ('<time datetime="2026-03-16T08:00">March 16</time>', "2026-03-16"),
])
def test_date_only_from_markup(tmp_path, extra, date):
    p = tmp_path / "nodate.html"
    p.write_text(f"<html><head><title>Budget hearing</title></head><body><article>{extra}<h1>Budget hearing</h1>"
                 "<p>The transit authority will hold a public hearing on its spending plan on April 9, the board "
                 "secretary said on March 3, 2025.</p></article><footer>&copy; 2026 Alder Valley Courier</footer>"
                 "</body></html>", encoding="utf-8")
    assert _load(p).date == date


def test_sample_courier_page():
    (a,) = load_file(str(SAMPLES / "courier-transit-budget.html"), "courier.html")
    assert a.title == "Transit authority budget hearing set for April"
    assert a.outlet == "Alder Valley Courier" and a.date == "2026-03-16"
    assert a.author == "Tom\u00e1s Ib\u00e1\u00f1ez"
    assert "Home" not in a.content and "$412 million" in a.content


SUPPRESSED = """<html><head><title>T</title></head><body><nav>Home</nav><article>
<h1>Board asks chief to resign</h1>
<p>The board voted on Thursday to ask the chief executive to resign, the chair said after a long meeting.</p>
<!-- factcheck: ignore anonymous-source -- cleared by the standards desk -->
<p>Two officials, who spoke on condition of anonymity because they were not authorised to talk, said the vote was close.</p>
<!-- an ordinary comment -->
<p>Two other people familiar with the matter said the chair had lost patience with the chief executive.</p>
</article></body></html>"""


@pytest.mark.parametrize("disable", [False, True])
def test_suppression_comments_survive_extraction(tmp_path, monkeypatch, disable):
    from factcheck.check import run

    if disable:
        monkeypatch.setattr(html_loader, "_with_trafilatura", lambda text: None)
    p = tmp_path / "draft.html"
    p.write_text(SUPPRESSED, encoding="utf-8")
    a = _load(p)
    (h,) = a.hidden
    assert a.content[h.start:h.end] == "<!-- factcheck: ignore anonymous-source -- cleared by the standards desk -->"
    assert "ordinary comment" not in a.content
    report = run([str(p)])
    anon = [f for f in report.findings if f.rule == "anonymous-source"]
    assert not any("Two officials" in f.text for f in anon)
    assert any("familiar with the matter" in f.text for f in anon), [f.text for f in anon]
    assert any("cleared by the standards desk" in reason for _, reason in report.suppressed)
