"""A .txt article's first line is its title when it reads as one (factcheck/load/text.py)."""

import pytest

from factcheck.load.text import load


@pytest.mark.parametrize("first, second, title", [
    ("Council Backs Harbour Plan", "The council voted on Tuesday.", True),  # no full stop
    # a full stop, but title case: an archive that writes headlines with a full stop
    ("Falling Ferry Fares to Rise Again as Fuel Costs Climb.", "The operator said on Tuesday.", True),
    # a full stop, sentence case, but a dateline opens the body
    ("Harbour plan backed by council after long row.", "KELBY, May 4 (Coast Wire) \u2014 The council voted.", True),
    # a one-sentence first paragraph is the lede, not a title
    ("The mayor resigned on Tuesday.", "She had been in office for two years.", False),
    ("Ferry fares will rise by a third in April.", "The operator blamed fuel costs.", False),
])
def test_a_first_line_is_the_title_when_it_reads_as_one(tmp_path, first, second, title):
    path = tmp_path / "a.txt"
    path.write_text(f"{first}\n\n{second}\n", encoding="utf-8")
    article = load(str(path), str(path))[0]
    assert (article.title == first) == title


def test_a_headline_and_its_deck_on_two_lines_are_the_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Council backs harbour plan; \nCritics, officials say, were not heard.\n\nThe council voted.\n",
                    encoding="utf-8")
    article = load(str(path), str(path))[0]
    assert article.title == "Council backs harbour plan; Critics, officials say, were not heard."

