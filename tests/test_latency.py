"""What the start-up work of a one-draft check (issue 17) was changed to
must give what it gave before."""

import random
import re

import pytest

from factcheck.extract.lexicon import read_list, trie_pattern


def _trie_pattern_recursive(words) -> str:
    """trie_pattern as first written: one recursion per character."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


@pytest.mark.parametrize("name", ["speech_verbs", "attribution_verbs", "named_sources", "superlatives",
                                  "quote_verbs", "source_nouns"])
def test_trie_pattern_equals_the_recursive_form_on_data_lists(name):
    words = read_list(name)
    for variant in (words, [w.lower() for w in words], sorted(set(words))):
        assert trie_pattern(variant) == _trie_pattern_recursive(variant)


def test_trie_pattern_equals_the_recursive_form_on_random_lists():
    rnd = random.Random(17)
    for _ in range(2000):
        words = ["".join(rnd.choice("ab.c d(\u00e9") for _ in range(rnd.randint(0, 6)))
                 for _ in range(rnd.randint(0, 12))]
        assert trie_pattern(words) == _trie_pattern_recursive(words)


def test_read_list_is_read_once():
    assert read_list("speech_verbs") is read_list("speech_verbs")
