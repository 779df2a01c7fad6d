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


_NOT_FOR_A_TEXT_CHECK = ("jinja2", "reportlab", "docx", "pypdf", "trafilatura", "html.parser", "tomllib", "json",
                         "tempfile", "importlib.resources", "pickle", "sqlite3", "factcheck.cache",
                         "factcheck.render.env", "factcheck.load.html", "factcheck.load.docx", "factcheck.load.claims")


def test_a_text_check_of_one_draft_imports_only_what_it_needs(tmp_path):
    """`factcheck check draft.txt` (text output, no cache) never imports the
    template engine, the handout writers, the other formats' readers or the
    cache: each was start-up time a one-draft check paid for nothing."""
    import subprocess
    import sys

    draft = tmp_path / "draft.txt"
    draft.write_text("Council raises rates\n\nThe council raised rates by 4.5%, officials said.\n", encoding="utf-8")
    code = ("import sys; from factcheck.cli import run_cli; run_cli(['check', sys.argv[1], '-q', '--isolated', "
            "'--no-cache']); print('\\n'.join(sorted(sys.modules)), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True, check=False)
    loaded = set(out.stderr.split())
    assert "factcheck.extract" in loaded, out.stderr[-2000:]
    assert not loaded & set(_NOT_FOR_A_TEXT_CHECK), sorted(loaded & set(_NOT_FOR_A_TEXT_CHECK))


_SUBJECT = "Reporters said he was fined 12 times; she was not. A-b c\nd split here"


@pytest.mark.parametrize("method, args", [
    ("search", (r"\b\w+ed\b",)), ("match", (r"\w+",)), ("fullmatch", (r".*",)), ("finditer", (r"\d+",)),
    ("findall", (r"[A-Z]\w*",)), ("sub", (r"\s+", "_")), ("subn", (r"\s+", "_")), ("split", (r"[;.]\s*",)),
])
def test_a_lazy_pattern_answers_as_the_compiled_one(method, args):
    from factcheck.extract.lazy import Lazy

    source, rest = args[0], args[1:]
    lazy, plain = Lazy(source, re.S), re.compile(source, re.S)
    got, want = getattr(lazy, method)(*rest, _SUBJECT), getattr(plain, method)(*rest, _SUBJECT)
    if method == "finditer":
        got, want = [m.span() for m in got], [m.span() for m in want]
    elif method in ("search", "match", "fullmatch"):
        got, want = got and got.span(), want and want.span()
    assert got == want


def test_an_article_without_a_hint_of_a_reason_does_not_compile_the_reason_patterns():
    """The anonymity-reason patterns (hundreds of phrases) are compiled only
    for an article with one of their hint words, and still found there."""
    from factcheck.extract import anonymity
    from factcheck.model import Span

    anonymity._reason_re.cache_clear()
    plain = "Officials said the rates would rise. The council agreed."
    assert anonymity.reasons(plain, [Span(0, len(plain))]) == []
    assert anonymity._reason_re.cache_info().currsize == 0
    hinted = "An official, who spoke on condition of anonymity because he was not authorised to speak, said so."
    assert anonymity.reasons(hinted, [Span(0, len(hinted))])


def _record_classes():
    import factcheck.model as model
    from factcheck.model import payloads
    from factcheck.model.record import Record

    from factcheck import config, settings, stories, suppress
    from factcheck.extract import claims, lexicon
    import importlib

    describe, relate = (importlib.import_module(f"factcheck.quantities.{m}") for m in ("describe", "relate"))
    modules = (model, payloads, settings, claims, lexicon, config, stories, suppress, describe, relate)
    found = {obj for mod in modules for obj in vars(mod).values()
             if isinstance(obj, type) and issubclass(obj, Record) and obj is not Record}
    return sorted(found, key=lambda c: c.__name__)


def test_the_model_is_made_of_records():
    names = {c.__name__ for c in _record_classes()}
    assert {"Article", "Finding", "Report", "Analysis", "ClaimPayload", "SourcePayload", "Settings", "Signature",
            "Quantity", "Relation", "Region", "Loaded"} <= names
    assert len(names) >= 20


@pytest.mark.parametrize("cls", _record_classes(), ids=lambda c: c.__name__)
def test_a_record_compares_hashes_and_prints_as_its_plain_dataclass(cls):
    """``@record`` (the model's cheaper frozen dataclass) gives what
    ``@dataclass(frozen=True)`` gives for the same fields."""
    import dataclasses
    import inspect
    import pickle

    names = [f.name for f in dataclasses.fields(cls)]
    plain_cls = dataclasses.make_dataclass(cls.__name__, names, frozen=True)
    values = {n: (n, i, ("t", i)) for i, n in enumerate(names)}
    rec, plain = cls(**values), plain_cls(**values)
    params = inspect.signature(cls).parameters.values()
    assert [(p.name, p.annotation) for p in params] == [(f.name, f.type) for f in dataclasses.fields(cls)]
    assert repr(rec) == repr(plain)
    assert hash(rec) == hash(plain)
    assert rec == cls(**values) and not rec != cls(**values)
    assert rec != plain and rec != values  # another class is never equal, as with dataclass
    other = dict(values, **{names[-1]: "changed"})
    assert (rec == cls(**other)) == (plain == plain_cls(**other)) is False
    assert dataclasses.replace(rec, **{names[0]: "x"}) == cls(**dict(values, **{names[0]: "x"}))
    assert pickle.loads(pickle.dumps(rec)) == rec
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(rec, names[0], 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(rec, names[0])
    assert len({rec, cls(**values), cls(**other)}) == 2
    assert cls(*values.values()) == rec  # positional, in field order
    # the defaults and default factories of a frozen dataclass
    required = {f.name: values[f.name] for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    bare = cls(**required)
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            assert getattr(bare, f.name) is f.default
        elif f.default_factory is not dataclasses.MISSING:
            assert getattr(bare, f.name) == f.default_factory()
            assert getattr(bare, f.name) is not getattr(cls(**required), f.name)  # a new one each time
    with pytest.raises(TypeError):
        cls(*values.values(), "one too many")
    if required:
        with pytest.raises(TypeError):
            cls()


def test_record_refuses_a_class_it_cannot_make():
    import dataclasses

    from factcheck.model.record import Record, record

    with pytest.raises(TypeError):  # not a Record
        record(type("Plain", (), {"__annotations__": {"a": "int"}, "__doc__": "A."}))
    doc = dataclasses.dataclass(frozen=True)(type("NoDoc", (), {"__annotations__": {"a": "int", "b": "str"}}))
    assert record(type("NoDoc", (Record,), {"__annotations__": {"a": "int", "b": "str"}})).__doc__ == doc.__doc__
    with pytest.raises(TypeError):  # a field left out of comparisons
        record(type("Odd", (Record,), {"__annotations__": {"a": "int"}, "__doc__": "A.",
                                       "a": dataclasses.field(compare=False)}))
    with pytest.raises(TypeError):
        record(type("Post", (Record,), {"__annotations__": {"a": "int"}, "__doc__": "A.",
                                        "__post_init__": lambda self: None}))
