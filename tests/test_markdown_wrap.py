"""Hard-wrapped Markdown is read as CommonMark reads it (issue 13, defect 6):
a newline inside a block is a wrapped line, not a paragraph break."""

from factcheck.extract.sentences import paragraphs


def _paras(text, soft):
    return [text[p.start:p.end] for p in paragraphs(text, 0, len(text), soft_wraps=soft)]


def test_wrapped_markdown_paragraph_is_one_paragraph():
    text = "Crime fell 22%\nlast year.\n"
    assert _paras(text, True) == ["Crime fell 22%\nlast year."]


def test_blank_lines_and_block_starts_still_break_markdown():
    text = "# Title\nFirst para\nwrapped here.\n\n- a list item\n- another\n\nLast one.\n"
    assert _paras(text, True) == ["# Title", "First para\nwrapped here.", "- a list item", "- another", "Last one."]


def test_final_newline_does_not_switch_on_one_paragraph_per_line():
    text = "Crime fell 22%\nlast year.\n"
    assert _paras(text, False) == ["Crime fell 22%\nlast year."]


def test_plain_text_feed_with_a_paragraph_per_line_still_splits():
    text = "The council met on Monday.\nIt approved the budget.\nMORE: the full list\nThe mayor left early.\n"
    assert len(_paras(text, False)) == 4


def test_wrapped_markdown_claim_is_found(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("Crime fell 22%\nlast year.\n", encoding="utf-8")
    from factcheck.check import run

    rep = run([str(path)])
    assert [f.rule for f in rep.findings] == ["unsourced-claim"]


def test_a_bound_phrase_broken_over_two_lines_keeps_its_bound():
    from factcheck.extract.figures import sentence_figures

    (fig,) = sentence_figures("The county had more\nthan 9,000 homeless residents.")
    assert fig.bound == "more_than" and fig.low == 9000 and fig.high is None
