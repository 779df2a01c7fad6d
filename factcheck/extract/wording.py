"""House style out of the way: words of a quote in one canonical spelling.

Two outlets print one remark in their own house style: "tyres" or "tires",
"organise" or "organize", "metres" or "meters", "twelve" or "12", "4 per
cent" or "4%".  None of these is a change of the speaker's words, so quote
comparison (``factcheck.rules.quote_variant``) reads every word through
``canonical``:

* spelling: the pairs of ``data/spelling_variants.txt`` ("tyres tires"), and
  the regular British/American endings (-ise/-ize and their forms, -our/-or,
  -tre/-ter, -ogue/-og, a doubled "l" before -ed/-ing/-er), each mapped to
  one form only when the other form is a word of the same shape;
* numbers: number words ("twelve", "twenty-five", "three hundred") become
  their numerals, "per cent"/"percent" after a number disappears (the "%"
  sign is not a word either).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

Token = Tuple[str, str, int, int]
"""(normalised word, original word, start, end) as quote comparison uses them."""

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000}
NUMBER_WORDS: Dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
NUMBER_WORDS.update(_TENS)

# Regular spelling endings, British -> American, tried on the word's end.
_ENDINGS = (
    ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ises", "izes"), ("ised", "ized"),
    ("ising", "izing"), ("iser", "izer"), ("isers", "izers"),
    ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"),
    ("ourites", "orites"), ("ourable", "orable"),
    ("tre", "ter"), ("tres", "ters"),
    ("ogue", "og"), ("ogues", "ogs"),
    ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llers", "lers"),
)
_MIN_STEM = 3


@lru_cache(maxsize=4)
def stands_for(name: str) -> Dict[str, Tuple[str, ...]]:
    """word -> the words it stands for, from ``data/<name>.txt`` (``word<TAB>long
    form`` lines: "that's" -> ("that", "is") in quote_contractions.txt,
    "gonna" -> ("going", "to") in quote_spoken_forms.txt)."""
    from factcheck.extract.lexicon import read_list

    out = {}
    for line in read_list(name):
        short, _, long = line.partition("\t")
        out[short.strip()] = tuple(long.split())
    return out


@lru_cache(maxsize=1)
def _pairs() -> Dict[str, str]:
    from factcheck.extract.lexicon import read_list

    out: Dict[str, str] = {}
    for line in read_list("spelling_variants"):
        words = line.split()
        for w in words[1:]:
            out[w] = words[-1]
        out[words[0]] = words[-1]
    return out


@lru_cache(maxsize=8192)
def spelling(word: str) -> str:
    """One spelling for British and American forms of ``word`` (lower case):
    "tyres" -> "tires", "organise" -> "organize", "metres" -> "meters"."""
    mapped = _pairs().get(word)
    if mapped is not None:
        return mapped
    for british, american in _ENDINGS:
        if word.endswith(british) and len(word) - len(british) >= _MIN_STEM:
            return word[: len(word) - len(british)] + american
    return word


def _number_run(words: Sequence[str], i: int) -> Tuple[Optional[int], int]:
    """The value of the number words starting at ``words[i]`` and how many
    words they take ("twenty", "five" -> 25, 2); (None, 0) when none."""
    total, current, j = 0, None, i
    while j < len(words):
        w = words[j]
        if w in NUMBER_WORDS:
            value = NUMBER_WORDS[w]
            if current is not None and not _joins(current, value):
                break  # "two three" is two numbers; "twenty five" is one
            current = (current or 0) + value
        elif w in _SCALES and (current is not None or total):
            current = (current or 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, None
        elif (w == "and" and current is not None and j + 1 < len(words) and words[j + 1] in NUMBER_WORDS
              and _joins(current, NUMBER_WORDS[words[j + 1]])):
            pass  # "three hundred and twelve"
        else:
            break
        j += 1
    if j == i:
        return None, 0
    return total + (current or 0), j - i


def _joins(current: int, value: int) -> bool:
    """True when number word ``value`` continues a number that stands at
    ``current`` ("twenty" + "five", "three hundred" + "twelve")."""
    if current >= 100 and current % 100 == 0:
        return True
    return current % 100 >= 20 and current % 10 == 0 and value < 10


def canonical(tokens: Sequence[Token]) -> List[Token]:
    """``tokens`` with house style removed: spellings in one form, number
    words as numerals (a run of them becomes one token), "per cent" after a
    number dropped."""
    words = [t[0] for t in tokens]
    out: List[Token] = []
    i = 0
    while i < len(tokens):
        value, used = _number_run(words, i) if words[i] in NUMBER_WORDS else (None, 0)
        if used:
            first, last = tokens[i], tokens[i + used - 1]
            out.append((str(value), " ".join(t[1] for t in tokens[i:i + used]), first[2], last[3]))
            i += used
            continue
        w = words[i]
        if out and out[-1][0][:1].isdigit():
            if w == "percent":
                i += 1
                continue
            if w == "per" and i + 1 < len(words) and words[i + 1] == "cent":
                i += 2
                continue
        if w[:1].isdigit():
            w = w.replace(",", "")
        out.append((spelling(w), tokens[i][1], tokens[i][2], tokens[i][3]))
        i += 1
    return out


def canonical_words(words: Sequence[str]) -> List[str]:
    """``canonical`` for plain lower-case words (no offsets): the quick
    form quote comparison uses to decide whether two quotes are worth
    aligning."""
    if not any(w in NUMBER_WORDS or w in _PERCENT_WORDS or "," in w for w in words):
        return [spelling(w) for w in words]  # the common case: spelling only
    return [t[0] for t in canonical([(w, w, 0, 0) for w in words])]


_PERCENT_WORDS = frozenset({"per", "percent"})
