"""Outlets read from datelines and bylines (issue 14: article labels that mean something)."""

import pytest

from factcheck.outlets import from_text


@pytest.mark.parametrize("text, outlet", [
    ("TUCSON, Ariz. (KOLD News 13) - Former chief is out.\n", "KOLD News 13"),
    ("Headline here\n\nLONDON, March 2 (Money Line) \u2014 The bank said its app works.\n", "Money Line"),
    ("WASHINGTON (AP) -- The Senate voted on Tuesday.\n", "AP"),
    ("(Reuters) - Shares fell 4% on Monday.\n", "Reuters"),
    ("Council backs rate rise\nBy Jane Doe, The Port Alder Ledger\n\nThe council voted.\n", "The Port Alder Ledger"),
    ("Council backs rate rise\nJane Doe | Channel 7 News\n\nThe council voted.\n", "Channel 7 News"),
])
def test_outlet_found(text, outlet):
    assert from_text(text) == outlet


@pytest.mark.parametrize("text", [
    "PORT ALDER \u2014 The head of the transit agency refuses to leave.\n",  # dateline without outlet
    "The mayor (a Democrat) - who took office in May - said no.\n",
    "By Jane Doe\n\nThe council voted.\n",  # byline without outlet
    "One\nTwo\nThree\nFour\nLONDON (Money Line) \u2014 Too far down.\n",
    "NEW YORK (AP Photo) \u2014 caption\n".replace("AP Photo", "File"),
])
def test_no_outlet(text):
    assert from_text(text) is None
