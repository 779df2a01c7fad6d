"""The quantity model, recall round (issue 11): general mechanisms for
classes of misses on the invented multi-outlet development set.  Every
text is invented for these tests; each must-conflict case failed before its
change, and the quiet cases keep the changes from reaching further."""

import pytest

from .helpers import assert_one_conflict, assert_quiet

MUST_CONFLICT = [
    # amounts: two events of one family of money ("fined" / "ordered to
    # pay": a penalty; "a contract" / "worth": spending), said of one party
    ["Harrowby Chemicals was fined £480,000 at Selwick Crown Court for polluting the Tarn brook.",
     "Harrowby Chemicals was ordered to pay £840,000 after polluting the Tarn brook, the court heard.",
     "840,000"],
    ["Fellby council awarded Dunmore Coaches a £3.1 million contract in 2023, records show.",
     "The deal with Dunmore Coaches, worth £5.2 million, was signed in 2023, records show.",
     "5.2 million"],
    # a length of time given with an article and no event word of its own
    # ("for more than an hour") is still the one span of its report
    ["Thieves took about £40,000 from a Fellby jeweller on Friday.\n\n"
     "The three men threatened two assistants during the 40-minute robbery, which began at about 9pm.",
     "Thieves took £40,000 after threatening staff at a Fellby jeweller on Friday.\n\n"
     "Three men held two shop assistants for more than an hour before leaving at around 10.30pm.",
     "an hour"],
    # people who did what makes the counted thing ("tested positive": cases;
    # "responded": replies, as "responses"), and more nouns of one kind (sacks are bags)
    ["Health officials have confirmed 24 cases of E. coli linked to Fellby open farm, which has closed.",
     "Fifteen children and adults have tested positive for E. coli after visiting Fellby open farm.",
     "Fifteen"],
    ["The Fellby ward consultation drew 2,600 replies before it closed on Friday, the council said.",
     "About 1,500 people have responded to the Fellby ward consultation, which closed on Friday.",
     "1,500"],
    ["Thieves took 70 bags of donated clothes from outside the Fellby charity shop on Sunday.",
     "About 45 sacks of donated clothes were stolen from the Fellby charity shop doorway on Sunday.",
     "45"],
    # the one date each report gives to the day, outside its lead too, is
    # the news event's, whatever its verbs
    ["Fellby marathon course was short\n\nRunners in the Fellby marathon ran 600 metres less than the full "
     "distance, organisers admitted.\n\nThe race, on 12 April, drew its biggest field.",
     "Fellby marathon course too short, say organisers\n\nOrganisers of the Fellby marathon have apologised "
     "after the course was found to be short.\n\nAlmost 3,000 runners completed the race on 19 April, the "
     "organisers said.",
     "19 April"],
    # a ratio word dated by a base year in other words than "since"
    ["Fellby show entries fall\n\nEntries in the cattle classes at the Fellby show have halved since 2019, "
     "organisers said.",
     "Fellby show draws crowds\n\nEntries in the cattle classes at the Fellby show fell by a quarter compared "
     "with 2019, organisers said.",
     "a quarter"],
    ["Fellby rescue team busier\n\nCall-outs for the Fellby rescue team have doubled in a decade, its leader said.",
     "Fellby rescue team record\n\nCall-outs for the Fellby rescue team have risen fivefold since 2016, its "
     "leader said.",
     "fivefold"],
    # a ratio verb now, with its object ("doubles the number", "more than doubling the charge")
    ["Fellby ward reopens\n\nThe refit of Fellby children's ward triples the number of single rooms, the trust said.",
     "Fellby ward back in use\n\nThe refit of Fellby children's ward doubles the number of single rooms, the trust "
     "said.",
     "doubles"],
    ["Fellby permits dearer\n\nThe charge for a residents' parking permit in Fellby will rise by 65 per cent, "
     "the council said.",
     "Fellby permit price rise\n\nFellby council will raise the residents' parking permit from £70 to £160, more "
     "than doubling the charge, the council said.",
     "doubling"],
    # a rise in a phrasal verb ("put up", "go up") is an increase
    ["Fellby Homes rent rise\n\nFellby Homes tenants face a rent rise of 6.5% from April, the trust said.",
     "Fellby tenants angry\n\nFellby Homes will put up rents by 8.5 per cent from April, the tenants' union said.",
     "8.5 per cent"],
    # two lengths of time with no event word are not a group and its part:
    # elimination pairs them as it pairs counts of one noun
    ["Fellby brewery sold after 150 years\n\nRidgeway has bought the Fellby brewery. Ridgeway said all jobs were "
     "safe for at least two years.",
     "Family brewer sold\n\nRidgeway has bought the Fellby brewery, which has brewed for 140 years. Ridgeway has "
     "guaranteed jobs for 18 months.",
     "18 months"],
    # within one article, "a grant of £250,000" introduces the grant as "a
    # £250,000 grant" does, and a later "the £400,000 grant" refers back to it,
    # also when the counted noun is misread ("The £25,000 grant covers")
    ["Fellby organ appeal\n\nThe appeal to restore the organ at St Osric's church in Fellby has been given a grant "
     "of £250,000 by the regional heritage fund, the church said on Monday. The £400,000 grant is the largest "
     "single gift to the appeal.",
     "£400,000"],
    ["Fellby shop saved\n\nVillagers bought the Fellby shop with help from a grant of £40,000 from the district "
     "council. The £25,000 grant covers new fridges and a post office counter.",
     "£25,000"],
    # "switched on" and "go live" are one activation
    ["Fellby speed cameras\n\nThe new average-speed cameras on the Fellby ring road will be switched on on 3 August, "
     "the council said.",
     "Fellby cameras\n\nThe average-speed cameras on the Fellby ring road go live on 13 August, the council said.",
     "13 August"],
    # breaches and failings are one kind of thing
    ["Fellby bakery rating cut\n\nInspectors recorded eleven breaches of hygiene rules at the Fellby bakery, the "
     "council said.",
     "Fellby bakery hygiene\n\nInspectors found 7 hygiene failings at the Fellby bakery, the council said.",
     "7 hygiene failings"],
    # a count with no noun of its own, part of a named whole, counts the whole's noun
    ["Fellby steelworks shutdown\n\nThe Fellby blast furnace will shut for a year. Of the plant's 3,400 staff, 1,080 "
     "will move to reduced hours until it restarts, the company said.",
     "Fellby furnace to close for relining\n\nThe Fellby blast furnace will shut for a year. Some 600 employees "
     "will move to reduced hours, the company said.",
     "Some 600 employees"],
    # a change in apposition ("..., a 25% increase") is the change of what its clause names
    ["Fellby bridge sold\n\nThe Fellby toll bridge has been sold to Causeway. The car toll will rise from £1.20 to "
     "£1.50 in January under the deal, a 25% increase.",
     "Fellby bridge sale\n\nThe Fellby toll bridge is to be sold to Causeway, and car tolls will go up by a third.",
     "a third"],
    # a count joined to its noun by a hyphen is a count of that noun
    ["Fellby hospital car park\n\nFellby General Hospital will build a 1,100-space car park next year, the trust said.",
     "Fellby hospital parking\n\nThe new car park at Fellby General Hospital will have 1,400 spaces, the trust said.",
     "1,100-space"],
    # two measures of one thing in two words of one class ("journey" / "trip")
    ["Fellby elephants moved\n\nThree elephants from Fellby zoo arrived at Veldmoor on Tuesday after the 240-mile "
     "journey by lorry, keepers said.",
     "Fellby elephants arrive\n\nThree elephants from Fellby zoo reached Veldmoor on Tuesday. The 150-mile trip by "
     "lorry went smoothly, keepers said.",
     "150-mile"],
]

QUIET = [
    # two measures of two things ("cordon" / "tunnel") stay two
    ["Fellby tunnel fire\n\nPolice set up a 400-metre cordon around the Fellby tunnel on Monday, the fire service said.",
     "Fellby tunnel shut\n\nFirefighters worked inside the 250-metre tunnel at Fellby on Monday, the fire service "
     "said."],
    # "1,100-space" carries the rounding of its digits, as "1,100 spaces" does
    ["Fellby hospital car park\n\nFellby General Hospital will build a 1,100-space car park next year, the trust said.",
     "Fellby hospital parking\n\nThe new car park at Fellby General Hospital will have about 1,120 spaces, the "
     "trust said."],
    # a unit of time joined by a hyphen stays a span, not also a count
    ["Fellby bus strike\n\nFellby bus drivers began a 24-hour strike on Monday over a 3% pay offer.",
     "Fellby buses stop\n\nFellby bus drivers walked out for 24 hours on Monday over a 3% pay offer."],
    # a rise in apposition to another clause is that clause's, not the prices' rise given earlier
    ["Fellby prices\n\nPrices at Fellby market rose by 25% last year, the council said. Rents for stalls went up "
     "sharply, a 40% increase.",
     "Fellby market\n\nPrices at Fellby market rose by a quarter last year, the council said."],
    # "the £60,000 loan" refers back to the loan, not to the grant
    ["Fellby shop saved\n\nVillagers bought the Fellby shop with help from a grant of £40,000 and a loan of £60,000 "
     "from the district council. The £60,000 loan is repayable over ten years."],
    # a noun, not a ratio verb
    ["Fellby tennis club\n\nMarsh won the mixed doubles title at the Fellby tournament, beating the holders.",
     "Fellby tennis\n\nThe two halves of the Fellby final were played on Sunday; Marsh won the women's doubles "
     "final."],
    # a change over years and the change of one period stay two changes
    ["Fellby rents soar\n\nRents in Fellby's private flats have doubled since 2020, letting agents say.",
     "Fellby students without rooms\n\nMore than 600 students have no room, after first-year enrolment at "
     "Fellby rose by almost a fifth, letting agents say."],
    # a report that gives two dates to the day leaves the choice to the words
    ["Fellby marathon course was short\n\nRunners in the Fellby marathon ran 600 metres less than the full "
     "distance, organisers admitted.\n\nThe race, on 12 April, drew its biggest field.",
     "Fellby marathon course too short, say organisers\n\nOrganisers of the Fellby marathon have apologised "
     "after the course was found to be short.\n\nThe course was measured on 19 April, the organisers said. "
     "The race itself was on 12 April."],
    # people who tested are not the cases found among them
    ["Health officials have confirmed 24 cases of measles in Fellby this month.",
     "More than 300 children have been tested for measles in Fellby this month."],
    # one family, but nothing near both says it is one party's or one time's sum
    ["The landlord paid £300,000 in compensation to tenants, the ombudsman said.",
     "A separate fund of £500,000 will cover repairs, the council said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_quantities_stay_quiet(texts):
    assert_quiet(texts)


def test_a_decision_names_no_other_event_than_its_amount():
    """"agreed to sell ... for £18.5 million": a decision or an approval says
    only that the amount was decided, as "affected" says only that something
    happened, so it is no event apart from "bought ... for £15 million", and
    the price hoped for ("hoped to raise £25 million") is not the best match."""
    from .helpers import outlet_conflicts

    found = outlet_conflicts(
        "Fellby bridge sold\n\nFELLBY — Fellby council has agreed to sell the Fellby toll bridge to Causeway for "
        "£18.5 million, ending 60 years of public ownership.\n\nThe council had hoped to raise £25 million when it "
        "put the bridge up for sale in 2024.",
        "Causeway buys Fellby bridge\n\nCauseway has bought the Fellby toll bridge from Fellby council for £15 "
        "million, its third crossing in two years.")
    assert not [f.message for f in found if "£25 million" in f.message]



@pytest.mark.parametrize("sentence, number, noun", [
    ("The council received 1,430 claims, of which 310 were successful.", "310", "claim"),
    ("Strikes hit 18 of the trust's 31 schools on Wednesday.", "18", "school"),
    ("Of the plant's 3,400 staff, 1,080 will move to reduced hours.", "1,080", "staff"),
    # a verb before "of whom" is no noun of a whole
    ("About 2,000 people were evacuated, of whom 300 were children.", "300", None),
])
def test_a_part_with_no_noun_counts_its_wholes_noun(sentence, number, noun):
    from factcheck.quantities.counted import _whole_noun

    at = sentence.index(number)
    assert _whole_noun(sentence, at, at + len(number)) == noun


@pytest.mark.parametrize("a, b, said", [
    (("---\ntitle: Eight years for Fellby adviser\noutlet: Coast Wire\ndate: 2026-03-02\nstory: fellby\n---\n\n"
      "# Fellby adviser jailed\n\nA Fellby financial adviser who stole from his clients was jailed for eight "
      "years at Fellby Crown Court on Friday.\n"),
     ("---\ntitle: Fellby adviser jailed\noutlet: Valley Post\ndate: 2026-03-02\nstory: fellby\n---\n\n"
      "A Fellby financial adviser who stole from his clients was jailed for six years at Fellby Crown Court "
      "on Friday.\n"),
     "Eight years"),
    # the title repeats the heading's words ("£4.6m"), not the body's ("£4.6 million")
    (("---\ntitle: Fellby Manor sells for £4.6m at auction\noutlet: Coast Wire\ndate: 2026-06-12\nstory: fellby\n"
      "---\n\n# Fellby Manor sells for £4.6m at auction\n\nFellby Manor sold at auction on Thursday for "
      "£4.6 million, the auctioneers said.\n"),
     ("---\ntitle: Fellby Manor sold\noutlet: Valley Post\ndate: 2026-06-12\nstory: fellby\n---\n\n"
      "Fellby Manor sold at auction on Thursday for £5.2 million, the auctioneers said.\n"),
     "£4.6m"),
])
def test_a_front_matter_title_repeating_the_figure_is_named_too(tmp_path, a, b, said):
    """The title in an article's front matter is the headline its outlet
    shows: a conflicting figure's words there are named with it."""
    from factcheck.check import check_analyses
    from factcheck.extract import extract
    from factcheck.load import load_file
    from factcheck.settings import Settings

    paths = []
    for name, text in (("a.md", a), ("b.md", b)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    analyses = [extract(art, Settings()) for p in paths for art in load_file(p, p)]
    found = [f for f in check_analyses(analyses, Settings()).findings if f.rule == "conflicting-figure"]
    assert len(found) == 1, [f.message for f in found]
    places = [(found[0].path, found[0].start, found[0].end)] + [(r.path, r.start, r.end) for r in found[0].related]
    named = {(s, a[s:e]) for path, s, e in places if path == paths[0]}
    assert (a.index(said), said) in named, named


@pytest.mark.parametrize("text, increase", [
    ("Fellby Homes will put up rents by 8.5 per cent from April.", True),
    ("Commuters have put up with 30 weekend closures since the work began.", False),
])
def test_put_up_is_a_rise_but_put_up_with_is_not(text, increase):
    from factcheck.quantities import cross

    from .helpers import outlet_analyses

    qs, _ = cross.quantities(outlet_analyses(text, "Fellby council met on Monday."))
    assert ("increase" in qs[0].events) == increase, qs[0].events


def test_the_subjects_origin_and_its_installation_are_one_beginning():
    """The one year an article gives for its subject's beginning ("its great
    organ, which was built in 1884") and another outlet's year it was
    installed ("its great organ, installed in 1891") date one beginning;
    a part built in a year ("The science block was built in 1964") is not
    the school's opening."""
    from .helpers import outlet_conflicts

    organ = outlet_conflicts(
        "Fellby church launches organ appeal\n\nSt Osric's church in Fellby has launched an appeal to restore its "
        "great organ, which was built in 1884 and has not been fully overhauled for sixty years.",
        "Fellby church seeks organ cash\n\nSt Osric's church in Fellby needs money to rebuild its great organ, "
        "installed in 1891, and hopes the public will help.")
    assert [f for f in organ if "1891" in f.message], [f.message for f in organ]
    school = outlet_conflicts(
        "Fire at Fellby school\n\nFire damaged Fellby High School on Monday. The science block was built in 1964.",
        "Fellby school fire\n\nFire damaged Fellby High School, which opened in 1971, on Monday.")
    assert not [f for f in school if "1964" in f.message], [f.message for f in school]
