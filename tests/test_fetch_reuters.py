"""benchmarks/fetch_reuters.py: which wire stories are kept and how they are written (invented copy)."""

import io
import json
import sys
import tarfile
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import fetch_reuters as R  # noqa: E402

PROSE = ("Harlow Mills Inc <HML> said it would close\nits Tarrant plant, cutting 400 jobs, "
         + "because demand for newsprint has\nfallen. " * 30
         + "\n    The company said the closure would cost 12 mln dlrs\nbefore tax.\n Reuter\n\x03")
TABLE = "Shr 10 cts vs 12 cts\nNet 1.2 mln vs 1.4 mln\nRevs 10.1 mln vs 9.8 mln\n" * 20


def test_prose_is_kept_and_written_as_markdown():
    text = R.article("HARLOW MILLS <HML> TO CLOSE PLANT", PROSE, R.iso_date("13-MAR-1987 15:20:20.42"))
    assert text.startswith('---\ntitle: "HARLOW MILLS TO CLOSE PLANT"\noutlet: Reuters\ndate: 1987-03-13\n---\n\n')
    body = text.split("---\n\n", 1)[1]
    assert "Harlow Mills Inc said" in body and "<HML>" not in body  # ticker markup dropped
    assert "would close its Tarrant" in body  # hard line breaks joined
    assert body.count("\n\n") == 1  # the indented line starts the second paragraph
    assert "Reuter" not in body and "\x03" not in body


def test_tables_and_short_stories_are_left_out():
    assert R.article("HARLOW MILLS 4TH QTR NET", TABLE) is None
    assert R.article("HARLOW MILLS SETS DIVIDEND", "Harlow Mills said it set a quarterly dividend.") is None


def test_unreadable_date_gives_no_date_line():
    assert R.iso_date("") == "" and R.iso_date("13-XYZ-1987") == ""
    assert "date:" not in R.article("HARLOW MILLS TO CLOSE PLANT", PROSE, "")


def test_a_story_sent_twice_is_written_once():
    records = [{"title": "HARLOW MILLS TO CLOSE PLANT", "body": PROSE, "date": d, "id": i}
               for i, d in ((7, "13-MAR-1987 10:00:00.00"), (8, "14-MAR-1987 10:00:00.00"))]
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        data = json.dumps(records).encode()
        info = tarfile.TarInfo("package/data/full/reuters-000.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    assert [name for name, _ in R.stories(buf.getvalue())] == ["00007.md"]
