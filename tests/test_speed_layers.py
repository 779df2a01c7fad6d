"""Speed layers of the rules (issue 17, fifth round): each cheap test
decides only what the plain form would decide."""

import pytest

from factcheck.extract.guarded import absent
from factcheck.rules import vague_attribution

_EMBEDS = [
    ("Some say so (@jdoe) pic.twitter.com/abc", False),
    ("SEE HTTPS://T.CO/XYZ for more", False),
    ("Photo: PIC.TWITTER.COM/x", False),
    ("Odd ( @ spacing, http:// t.co", True),
    ("No post here at all.", True),
    ("pic.tw\u0131tter.com with a dotless i", False),  # folding not exact: searched
    ("p\u0130c.twitter.com with a dotted capital I", False),  # lower() changes its length: searched
    ("\u017fome long s (@x)", False),
    ("", True),
]


@pytest.mark.parametrize("text,skipped", _EMBEDS)
def test_absent_skips_only_text_where_embed_matches_nowhere(text, skipped):
    assert absent(text, vague_attribution._EMBED_NEEDS) is skipped
    if skipped:
        assert vague_attribution._EMBED.search(text) is None
