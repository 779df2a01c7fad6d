"""A check-worthy factual claim that the story does not attribute to anyone.

Statistics, records and superlatives, trends, causal claims, comparisons and
predictions are the statements readers are most likely to repeat and most
likely to be wrong.  When the sentence (or the sentence before it) does not
say where the claim comes from, the reader cannot judge it and the desk
cannot verify it.

What counts as check-worthy (the words that made it so are highlighted):
statistics (money, percentages, counts from ten up, "a third of voters",
"nearly half"); records ("all-time high", "a record", "for the first time
since", "in a decade"); superlatives after a determiner ("the highest",
"its most troubled"); trends ("doubled", "plunged", "rose 12%", "fell
sharply"); causes ("because of", "due to", "led to", "as a result"); and
comparisons ("than any other", "twice as many", "compared with"). Predictions
count too ("will double", "is expected to", "projected to"). Plain event
reporting ("The council met on Tuesday"), schedules ("is due to name his
side"), times and distances, ages, years and questions do not count.

What counts as a source: an attribution in the same clause of the sentence
("..., the agency said", "according to the annual report"), or a named
source in the sentence before it when this sentence continues it (it opens
with "He", "It", "The figure" and the like, or it is a statistic following
a named report or survey; a run of statistics continues a named body's or
document's figures through the paragraph). "The figure", "The report" and
similar openings also carry a report's source across a paragraph break. A
named source within three sentences that gives the very figures (every sum,
percentage and count of 100 or more) sources them. A named subject's own
forecast, study, public act, proposal, offer, demand or pledge ("The union
has demanded a 9% rise"; own_forecasts.txt) is its own source. A direct
quote with a speaker covers the words inside it. "X did not respond to a request for
comment" is not a source. Anonymous attributions count as sources here; the
anonymous-source rule judges them.

Severity follows check-worthiness (factcheck/extract/checkworthiness.py),
the way a desk editor reads copy: a points table
(factcheck/data/checkworthiness_points.txt) fitted on the development
judgements.  A ``warning`` is a claim likely worth raising: its properties
reach the table's threshold, typically an agentless forecast or estimate of
a figure ("is expected to reach 30,000 visitors", above all an estimate:
"an estimated 2.4 million policyholders", estimated by whom?) or a record
stated as plain fact ("all-time high"), the more so with several kinds of
claim.  A sum of money or a percentage takes points away: at the top of the
ranking most are prices, market moves, results, budgets and the terms of a
deal or plan, so an agentless forecast of a sum alone ("Ticket sales are
expected to top $40m") is information.  ``info`` is everything else: shown in the handout's claims table and
in the output, but not failing the default exit code.  The message's reason
gives the points and what earned them.

What takes points away (data files in brackets): matters of record anyone
can check: prices, market moves, results, scores, votes, court sentences,
a past deal's price, box office (record_matters.txt); an evaluative record
word with no figure ("his support is unprecedented";
evaluative_records.txt); the writer's own voice: reviews, columns, comments
pages and op-eds (the narrator says "I", "we" or "you") and the writer's
hedge ("probably"); match or race reports (match_report_words.txt);
attribution next door (a named source reporting in the sentences around it
in the same paragraph, at the end of the paragraph before, or a sentence
pointing back at a document named earlier); a story whose first sentence
credits a named body or document, or sources the reporter withheld
("..., the Finance Ministry said.", "..., trade sources said."), or whose
lead names the release its figures come from; a named actor opening the sentence (the
subject is the source); a source named in words the attribution finder does
not read (named_source_phrases.txt); a quote in the sentence.  A bare
statistic, superlative, cause, comparison, settled change ("Rents have
doubled") or ranking ("the highest in the state") does not reach the
threshold on its own.

Not flagged at all: attributed sentences, direct quotes with a speaker,
headlines, datelines, bylines, credit lines ("Jane Doe contributed to this
report.", source_lines.txt) and boilerplate. The cue words are in
factcheck/data/claim_cues.txt, superlatives.txt and trend_verbs.txt.
"""

from __future__ import annotations

from typing import Iterator

from factcheck.extract.checkworthiness import LIKELY, Levels, source_line
from factcheck.model import Analysis, ClaimPayload, Finding
from factcheck.settings import Settings

from .base import finding

ID = "unsourced-claim"
SEVERITY = "warning"
SUMMARY = "A check-worthy claim (statistic, superlative, trend, cause, prediction) carries no source."
STANDARD = "AP Stylebook, 'Sources': attribute facts that are not common knowledge; SPJ Code: 'Identify sources clearly.'"
SUGGESTION = "Name the source of this claim in the sentence (who says so, which data), or verify it and note how."
SCOPE = "article"
EXAMPLES = {
    "trigger": [
        "The number of illegal crossings at the border is at an all-time high.",
        "Unemployment in the county rose 12% last year, the steepest climb in a decade.",
        "The city's murder rate is now the highest in the state.",
        "Rents have doubled since 2015 because of a shortage of new housing.",
        "The new line will cut journey times by half when it opens in 2027.",
        "Hospital admissions fell for the first time since 2019.",
        "The county now has more homeless residents than any other in the region.",
        "Fares rose 18% last year, and the agency did not respond to a request for comment.",
        "Unemployment in the valley has never been so low.",
    ],
    "no_trigger": [
        "Unemployment in the county rose 12% last year, according to the state labor department.",
        "The council met on Tuesday evening to discuss the budget.",
        "The city's murder rate is now the highest in the state, police chief Maria Lopez said.",
        '"Rents have doubled in five years," said housing director Tom Reyes.',
        "The hearing will take place at 6 p.m. on April 9 at the Central Library.",
        "Riders at the downtown station on Friday were divided over the plan.",
        "Did rents really double since 2015?",
        "Jane Doe contributed to this report.",
        "Final results showed the governing party won 41% of the vote.",
        "The union has demanded a 9% rise.",
        "Mayor Ana Ruiz said rents had doubled since 2015. It was the steepest rise in the state.",
        "New figures from the Office for National Statistics show 5.2 million people were out of work in February."
        "\n\nThe figure is the highest since the 1930s.",
    ],
}


def check(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    sents = analysis.sentences
    levels = None
    for claim in analysis.claims:
        if claim.attribution is not None:
            continue
        s = sents[claim.sentence]
        if source_line(analysis.article.content, s.start, s.end):
            continue  # "Jane Doe contributed to this report.": a credit, not a claim
        if levels is None:
            levels = Levels(analysis)
        severity, why = levels.level(claim)
        if claim.triggers:
            start = min(t.start for t in claim.triggers)
            end = max(t.end for t in claim.triggers)
        else:
            start, end = s.start, s.end
        text = analysis.article.content
        words = ", ".join(f"'{text[t.start:t.end]}'" for t in claim.triggers[:4])
        kinds = ", ".join(claim.kinds)
        yield finding(
            analysis, start, end,
            f"Unsourced claim ({kinds})" + (f": {words}" if words else "")
            + "; neither this sentence nor the one before it says who or what it comes from.",
            severity=severity,
            payload=ClaimPayload(tuple(claim.kinds), tuple((t.start, t.end) for t in claim.triggers),
                                 check_worthiness="likely" if severity == LIKELY else "possible", why=why),
        )
