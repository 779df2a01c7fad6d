"""Figures: numbers with their unit, bound, interval and what they count.

``find_figures(article, sents)`` returns every figure in the article's prose
(headlines and headings included; datelines, bylines and hidden spans not):

* counts ("45,000 employees", "2.38 million encounters", "six officers",
  "a dozen", "dozens of people", "a 33-storey ship", "a 2,900-tonne quota",
  "two and a half miles", "a 46-strong fleet": 46 vessels), money ("$412
  million", "40 euros", "£30m", "130p", "310 pence"), percentages ("18%",
  "18 percent", "3.2 per cent", "one in five", "two-thirds", "half of"),
  dates ("May 4", "14 May 2022", "March 2026"), durations ("three years",
  "two and a half years") and vote tallies ("5-4", "voted 6 to 3", "by 28
  votes to 22");
* the bound the wording puts on it ("about", "more than", "nearly",
  "surpassed", "up to", "between X and Y", "60,000 or more": the words are
  in ``data/figure_bounds.txt``) and the interval ``[low, high]`` it implies
  (``interval``);
* what it counts: the noun after it ("60,000 employees" -> "employee"), else
  for money and percentages the thing it is about ("a 3.2% raise" ->
  "raise", "fares have risen 18%" -> "fare", "a budget of $412 million" ->
  "budget"); "vote" for tallies; for dates the event named in the sentence;
* a ``qualifier`` saying when and in what frame, as ``"; "``-joined parts
  (``qualifier_parts`` splits them again): the years, months and periods
  named in the sentence ("2021", "march", "last year"); the predicate
  ("rise" for "fares have risen 18%", "hire", "kill", or the verb as
  written); marks ("part" for "4,500 of its employees", "vague" for
  "thousands of", "compared",
  "modal" for plans and needs, "future", "hedged", "points"); words that
  narrow the noun, marked "+" ("+bus" in "212 bus routes", "+city" for "in
  the city"); and a named place, marked "@" ("@ohio", "@worldwide").

Not figures: bare years (they become qualifiers), times of day ("7 p.m."),
phone numbers, street addresses, ordinals, ages ("45-year-old"),
identifiers after a capitalised word ("Local 757", "Section 230",
"COVID-19", "KOLD News 13"), page and list numbers ("No. 2", "page 5"),
scores ("won 4-2"), long digit strings and the lone word "one".

The package, one job a module: ``sentence`` (an article's and a sentence's
figures, shape by shape), ``values`` (a number's value, unit, range, bound
and interval), ``dates``, ``nouns`` (the counted noun, the subject, the
predicate and the names around a figure), ``context`` (identifiers and
bound phrases around a number), ``scan`` (the state of one sentence's
reading), ``words`` (word lists from ``data/figure_*.txt``), ``patterns``
(the regular expressions) and ``lazy`` (the speed layer that compiles them).
"""

from .context import bound, over_as_during
from .dates import EVENT_WINDOW, MONTHS
from .nouns import CURRENCY_WORDS, anchors, is_participle, lead_words
from .patterns import CHANGED_OBJECT
from .sentence import SKIP_KINDS, change_frames, find_figures, qualifier_parts, sentence_figures
from .values import ABOUT, EXACT_CAP, LEFT_WINDOW, interval
from .words import TIME_UNITS, TIME_WORDS, WEEKDAYS

__all__ = ["ABOUT", "CHANGED_OBJECT", "CURRENCY_WORDS", "EVENT_WINDOW", "EXACT_CAP", "LEFT_WINDOW", "MONTHS",
           "SKIP_KINDS", "TIME_UNITS", "TIME_WORDS", "WEEKDAYS",
           "anchors", "bound", "change_frames", "find_figures", "interval", "is_participle", "lead_words",
           "over_as_during", "qualifier_parts", "sentence_figures"]
