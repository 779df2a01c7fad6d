"""conflicting-figure: which pairs of figures conflict, and the finding's shape.

Each case is a story (a list of article texts, or one text for a single
article) and whether the rule must fire on it."""

import pytest

from factcheck import quantities
from factcheck.rules import conflicting_figure
from factcheck.rules.base import COMPARISONS
from factcheck.rules.figure_passages import inherited_periods
from factcheck.settings import Settings

from .helpers import report_for


def _conflicts(*texts, **kw):
    return [f for f in report_for(*texts, **kw).findings if f.rule == "conflicting-figure"]


CONFLICTS = [
    # counts with bounds that cannot both hold
    ["The agency has more than 60,000 employees, officials said.",
     "The agency, with about 45,000 employees, is the largest in the state."],
    ["The authority has more than 6,000 employees, its report says.",
     "Whitfield leads an agency of about 4,500 employees."],
    ["The district enrolls 14,200 students, the district said.",
     "The district enrolls 9,800 students, according to state data."],
    ["Nearly 2 million people live in the county, census data show.",
     "More than 2.5 million people live in the county, the mayor said."],
    ["The hospital has fewer than 300 beds, the hospital said.",
     "The hospital has 450 beds, according to the state."],
    # money and percentages
    ["The city council approved a 3.2% raise for teachers on Monday.",
     "Teachers will receive the 2.3% raise from September, the council said."],
    ["The authority's budget is $412 million, according to the finance office.",
     "The authority's budget is $380 million, officials said."],
    ["Turnout was about 60%, election officials said.", "Turnout was 41%, officials said."],
    # tallies
    ["The board voted 5-4 on Thursday to ask the chief to resign.",
     "The board voted 6-3 on Thursday to request her resignation."],
    ["The court ruled 5-4 on Thursday that the law was constitutional.",
     "The justices upheld the law in a 6-3 ruling on Thursday."],
    # dates of one event
    ["The public hearing on the budget will be held on May 4, the clerk said.",
     "Residents will be able to speak at the public hearing on May 14, the clerk said."],
    # casualties, cuts and other changes: the same verb on both sides
    ["At least 12 people were killed in the blast, police said.", "The blast killed eight people, officials said."],
    ["The fire destroyed more than 300 homes, officials said.", "The fire destroyed about 150 homes, the county said."],
    ["The company will cut 1,200 jobs, it said.", "The company plans to cut 800 jobs, union leaders said."],
    ["Officials said 23 students were injured.", "Officials said 32 students were injured."],
    # levels with different wording
    ["The plane carried 180 passengers.", "The plane had 118 passengers on board."],
    ["The contract is worth $1.2 billion.", "The $2.1 billion contract was signed Monday."],
    ["The state has recorded 1,500 cases of measles this year.",
     "There have been 150 measles cases in the state this year."],
    ["The measure passed the Senate 52-48.", "The Senate passed the measure 51-49."],
    ["The strike began on March 3.", "The strike began on March 13."],
    ["The shooting happened on May 4 near the school.", "The May 14 shooting left three people injured."],
    ["Magnus was sworn in on Dec. 13, 2021.", "Magnus was sworn in on Dec. 31, 2021."],
    # within one article
    ["The plant has about 1,200 workers, the company said.\n\n"
     "Later, officials said the plant had 800 workers in all."],
]

NO_CONFLICTS = [
    # agreement within bounds
    ["Agents recorded 2.38 million encounters last year, the agency said.",
     "Encounters surpassed 2 million for the first time last year, the agency said."],
    ["Ridership reached 41.6 million trips last year, the report says.",
     "Ridership topped 40 million trips last year, officials said."],
    ["The agency has about 4,500 employees.", "The agency has 4,700 employees."],
    ["The agency has nearly 5,000 employees.", "The agency has 4,800 employees."],
    ["The agency has up to 500 inspectors.", "The agency has 450 inspectors."],
    ["The budget is $412 million, officials said.", "The budget is $412 million, the report says."],
    ["Fares rose 18% last year, the agency said.", "Fares rose 18.3% last year, the agency said."],
    # different things counted
    ["The company has 6,000 employees, a spokesman said.", "The company has about 4,500 drivers, a spokesman said."],
    ["The agency has a budget of $412 million, its report says.", "The agency faces a $12 million shortfall, its report says."],
    ["The city has 212 bus routes.", "The city has 40 tram routes and 212 bus stops."],
    # different periods, frames or parts
    ["Fares have risen 18% since 2021, the agency said.", "Fares rose 9% in 2024, the agency said."],
    ["The firm has 6,000 employees, its filing says.", "The firm hired 500 employees last year, its filing says."],
    ["The firm has 6,000 employees.", "About 4,500 of its employees are drivers."],
    ["In 2020 the city had 300,000 residents.", "In 2024 the city had 350,000 residents."],
    ["Sales at Toyota rose 11%, the company said.", "Sales at Ford rose 3%, the company said."],
    ["Only 16% of women earn more than the average, compared with 30% of men.",
     "The study found 60% of women hold degrees, compared with 39% of men."],
    # same sentence, lists and explained differences
    ["The agency will spend about $38 million on maintenance next year, up from $31 million this year."],
    ["The system now has 28 million users. Broadreach Networks has around two million users.",
     "The system now has 28 million users, the company said."],
    ["Most commentators expect an election on 5 May.", "The election could be called on 4 or 5 April."],
    ["The board will meet on April 2.", "The board met on March 12 and will meet again on April 20."],
    ["Two officials said the plan was dead.", "Three officials said the plan was alive."],
    ["The board can remove her with a two-thirds vote.", "The board voted 5-4 on Thursday."],
    ["The game sold 2 million copies in Japan.", "The game sold 500,000 copies in Europe."],
    ["Sales rose 2.8% to 14.96bn euros.", "Sales in the fourth quarter rose 9%."],
    ["The system now has 28 million users. Its paid service has so far attracted 940,000 users."],
    ["Police said 12 people were arrested.", "Police said 12 people were injured and 3 were arrested."],
    # two different votes of one board
    ["The council voted 7-2 on Tuesday to approve the budget.", "The council voted 5-4 on Thursday to delay the vote."],
    ["The council voted 7-2 to approve the budget.", "The council voted 5-4 to reject the amendment."],
    # places, plans, parts and possessors narrow the quantity
    ["Turnout was 62% in the city.", "Statewide turnout was 55%."],
    ["The school has 800 students.", "The school hopes to have 1,000 students by 2030."],
    ["The agency has 1,200 inspectors.", "The agency needs 2,000 inspectors, a report said."],
    ["The vaccine is 95% effective, the company said.", "The vaccine was 70% effective in older people, a study found."],
    ["The city's population is 650,000.", "The metro area's population is 2.1 million."],
    ["The company reported a profit of $2 billion.",
     "The company reported a profit of $500 million in its consumer unit."],
    ["The team has won 5 titles since 2010.", "The team has won 12 titles in its history."],
    ["Police arrested 40 protesters on Saturday.", "By Sunday, police had arrested 120 protesters in total."],
    ["The fund has $3 billion in assets.", "The fund lost $300 million last quarter."],
    ["He was sentenced to 10 years in prison.", "Prosecutors had sought 25 years in prison."],
    ["The hospital has 450 beds.", "The new wing will add 120 beds."],
    ["Prices rose 5% in March.", "Prices rose 2% in February."],
    ["The March 4 election was close.", "The runoff election will be held on March 25."],
    ["The tower is 300 meters tall.", "The tower has 300 steps."],
    ["He resigned on March 3.", "His resignation takes effect on March 31."],
    ["Thousands of fans gathered outside the stadium.", "About 300 fans gathered outside the stadium."],
    ["The hearing is scheduled for April 9.", "The hearing was moved to April 16, the clerk said."],
    ["The office is open until May 4.", "The office reopened on May 14."],
]


@pytest.mark.parametrize("story", CONFLICTS, ids=[s[0][:40] for s in CONFLICTS])
def test_conflicts(story):
    found = _conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("story", NO_CONFLICTS, ids=[s[0][:40] for s in NO_CONFLICTS])
def test_no_conflicts(story):
    found = _conflicts(*story)
    assert not found, [f.message for f in found]


def test_finding_names_both_wordings_and_outlets_and_points_at_the_other():
    found = _conflicts("The agency has more than 60,000 employees, officials said.",
                       "The agency, with about 45,000 employees, is the largest.", outlet=None)
    f = found[0]
    assert "more than 60,000 employees" in f.message and "about 45,000 employees" in f.message
    assert "article1.txt" in f.message and "article2.txt" in f.message
    assert [r.path for r in f.related] == ["article2.txt"]
    p = f.payload
    assert (p.counts, p.unit, p.verdict) == ("employee", "count", "conflict")
    assert [(g.path, g.text, g.low, g.high) for g in p.figures] == [
        ("article1.txt", "more than 60,000 employees", 60000.0, None),
        ("article2.txt", "about 45,000 employees", 40500.0, 49500.0),
    ]
    figs = f.data["figures"]
    assert [(g["path"], g["text"], g["low"], g["high"]) for g in figs] == [
        ("article1.txt", "more than 60,000 employees", 60000.0, None),
        ("article2.txt", "about 45,000 employees", 40500.0, 49500.0),
    ]
    for g in figs:
        assert set(g) == {"path", "outlet", "text", "low", "high", "start", "end"}


def test_one_finding_per_conflicting_group():
    texts = [
        "The agency has more than 60,000 employees, officials said.",
        "The agency, with about 45,000 employees, is the largest.",
        "The agency has about 45,000 employees, a spokesman said.",
        "The agency has about 30,000 employees, a union said.",
    ]
    found = _conflicts(*texts)
    assert len(found) == 1
    assert len(found[0].related) == 3


def test_comparisons_are_counted_and_stay_within_keys():
    texts = ["The agency has about %d,000 employees and %d buses." % (i + 10, i + 100) for i in range(20)]
    COMPARISONS.count = 0
    report = report_for(*texts)
    # employees are compared with employees and buses with buses, never across
    assert 0 < report.comparisons <= 2 * (20 * 19 // 2)


def test_separate_stories_never_compare_across_articles():
    found = _conflicts("The agency has more than 60,000 employees, officials said.",
                       "The agency, with about 45,000 employees, is the largest.",
                       settings=Settings(stories="separate"))
    assert not found


def test_documentation_and_examples():
    assert conflicting_figure.SCOPE == "story"
    assert conflicting_figure.EXAMPLES["trigger"] and conflicting_figure.EXAMPLES["no_trigger"]


PLACES = [
    (["The company employs 6,000 people worldwide.", "The company employs 1,200 people in Ohio, a spokesman said."],
     False),
    (["The storm killed 12 people in Texas.", "The storm killed 20 people, officials said."], False),
    (["The storm killed 12 people in Texas.", "The storm killed 20 people in Texas, officials said."], True),
]


@pytest.mark.parametrize("story,conflict", PLACES)
def test_places_narrow_the_quantity(story, conflict):
    assert bool(_conflicts(*story)) == conflict


# ---------------------------------------------------------------------------
# The indexed comparison (conflicting_figure.Quantity with figure_pairs) gives
# the groups and the comparison count of comparing every pair, written out
# here as the rule defines it.

def _pairwise(analyses, members):
    """Groups and compatible-pair count, comparing every pair of ``members``."""
    cf = conflicting_figure
    names = [cf._anchors(analyses[ai], f) for ai, f in members]
    parent = list(range(len(members)))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    def explained(i, j):
        (ai, fa), (aj, fb) = members[i], members[j]
        return any(k not in (i, j) and ((ak == ai and fk.sentence != fa.sentence and not cf.disagree(fk, fb))
                                        or (ak == aj and fk.sentence != fb.sentence and not cf.disagree(fk, fa)))
                   for k, (ak, fk) in enumerate(members))

    edges, count = set(), 0
    for j, (aj, fb) in enumerate(members):
        for i, (ai, fa) in enumerate(members[:j]):
            if ai == aj and fa.sentence == fb.sentence:
                continue
            if not cf.compatible(fa, fb, names[i], names[j], ai == aj):
                continue
            if ai == aj and not cf.said_of_same_thing(cf._lead(analyses[ai], fa), cf._lead(analyses[aj], fb)):
                continue
            if ai == aj and inherited_periods(analyses[ai], fa) != inherited_periods(analyses[aj], fb):
                continue  # a sentence with no period of its own takes the one before it
            count += 1
            if cf.disagree(fa, fb) and (ai == aj or not (explained(i, j) or quantities.far_apart(fa, fb))):
                edges |= {i, j}
                parent[root(j)] = root(i)
    groups = {}
    for i in sorted(edges):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values()), count


SUBJECTS = ("The agency has", "The agency had", "Toyota has", "Ford has", "The plant has", "It has")
QUALIFIERS = (None, None, None, "last year", "2024", "rise", "last year; rise", "+bus", "monday", "hire; +bus",
              "+bus; +night", "future")


def _random_story(rng, unit):
    import datetime
    from dataclasses import replace

    from factcheck.model import Analysis, Article, Figure, Sentence

    analyses = []
    for ai in range(rng.randint(2, 9)):
        sents, figs, text = [], [], ""
        for si in range(rng.randint(1, 5)):
            start = len(text)
            sentence = rng.choice(SUBJECTS) + " NUM employees"
            text += sentence + (" and NUM more." if rng.random() < 0.2 else ".") + "\n\n"
            sents.append(Sentence(start, len(text) - 2, si, si))
            for k in range(text.count("NUM", start)):
                at = text.index("NUM", start) if k == 0 else text.index("NUM", text.index("NUM", start) + 1)
                if figs and rng.random() < 0.3:  # the article repeats one of its figures
                    figs.append(replace(rng.choice(figs), start=at, end=at + 3, sentence=si))
                else:
                    figs.append(_random_figure(rng, unit, at, si, datetime))
        analyses.append(Analysis(article=Article(path=f"a{ai}.txt", content=text), sentences=tuple(sents),
                                 figures=tuple(figs)))
    return analyses


def _random_figure(rng, unit, at, sentence, datetime):
    from factcheck.model import Figure

    q = rng.choice(QUALIFIERS)
    if unit == "tally":
        return Figure(at, at + 3, sentence, "5-4", rng.choice((5, 6)), "tally", second=rng.choice((4, 3)),
                      counts="vote", qualifier=q)
    if unit == "date":
        day = datetime.date(2026, 5, rng.choice((4, 4, 14, 30))).toordinal() + rng.choice((0, 365))
        text = "May 4" + (" 2026" if rng.random() < 0.5 else "")
        return Figure(at, at + 3, sentence, text, day, "date", "exact", day, day, "hearing", qualifier=q)
    value = rng.choice((4500, 6000, 6000, 6100, 60000))
    spread = rng.choice((0, 0, 500, None))
    low = value if spread is None else value - spread
    high = None if spread is None else value + spread
    return Figure(at, at + 3, sentence, f"{value:,}", value, unit, "about", low, high, "employee", qualifier=q)


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["count", "percent", "date", "tally"])
def test_indexed_comparison_equals_comparing_every_pair(unit):
    import random

    from factcheck.rules.figure_pairs import Links

    rng = random.Random(unit)
    for _ in range(150):
        analyses = _random_story(rng, unit)
        members = [(ai, f) for ai, a in enumerate(analyses) for f in a.figures]
        q = conflicting_figure.Quantity(analyses, members)
        links = Links(len(members))
        count = q.link(links)
        assert (links.groups(), count) == _pairwise(analyses, members)
