"""Story grouping by a shared specific name in titles and leads (issue 11, part 1)."""

import pytest

from factcheck import story_links
from factcheck.extract.mentions import entity_mentions
from factcheck.extract import extract
from factcheck.model import Article
from factcheck.settings import Settings


@pytest.mark.parametrize("text, key", [
    ("The Corran Street fire station in Ledwick could close.", "corran street"),
    ("Ashgrove Community Hospital said on Monday it would cut beds.", "ashgrove community hospital"),
    ("The Pellam Bay wind farm has stopped.", "pellam bay"),
    ("Gas escaped from the Tolmer Valley water treatment works.", "tolmer valley"),
    # a capitalised common word inside the name ("End", "New"): read from the text
    ("Homes will be built on the former Marsh End airfield.", "marsh end"),
    ("The Old Kiln Lane quarry will reopen.", "old kiln lane"),
])
def test_specific_names_are_lead_names(text, key):
    assert key in story_links.lead_names(text, entity_mentions)


@pytest.mark.parametrize("text, key", [
    ("Councillor Peter Yelland said the council would meet.", "councillor peter yelland"),
    ("Ruth Okafor said she was worried.", "ruth okafor"),
    ("Officials in Ledwick said more tests were needed.", "ledwick"),
])
def test_people_and_single_words_are_not_lead_names(text, key):
    assert key not in story_links.lead_names(text, entity_mentions)


def _groups(items):
    analyses = [extract(Article(path=f"{i}.txt", content=text), Settings()) for i, text in enumerate(items)]
    from factcheck.check import check_analyses

    return [sorted(int(p.split(".")[0]) for p in s.paths) for s in check_analyses(analyses, Settings()).stories]


def test_two_articles_sharing_an_institution_in_their_leads_are_one_story():
    a = ("Families fear cuts as clinic budget is squeezed\n\nTARLOW (Tarlow Times) — Kelder Moor Infirmary will "
         "close its night clinic from June, managers said on Monday.\n\nNurses said patients would wait longer.\n")
    b = ("Night service to end, managers confirm\n\nTARLOW (Coast FM) — Managers at Kelder Moor Infirmary "
         "confirmed on Monday that the night clinic would shut.\n\nA union official called it a mistake.\n")
    assert _groups([a, b]) == [[0, 1]]


def test_a_place_name_holding_a_common_word_joins_two_reports():
    a = ("Councillors approve Halden End housing estate\n\nWESTHOLM (Fen Courier) — Councillors approved plans "
         "for 850 homes on the former Halden End airfield on Tuesday night.\n\nThe vote was close.\n")
    b = ("Airfield scheme wins approval\n\nWESTHOLM (Westholm Today) — Plans for 640 homes at the old Halden "
         "End airfield were approved by the council on Tuesday.\n\nOpponents were angry.\n")
    assert _groups([a, b]) == [[0, 1]]


def test_two_articles_sharing_only_a_person_stay_apart():
    a = ("Minister opens new library\n\nTARLOW (Tarlow Times) — Helena Sorvik opened the town's library "
         "on Monday.\n\nChildren read poems.\n")
    b = ("Fishing quotas to be cut\n\nPORT ELLEN (Coast FM) — Helena Sorvik told fishermen on Monday that "
         "quotas would fall next year.\n\nSkippers were angry.\n")
    assert _groups([a, b]) == [[0], [1]]


def test_the_words_of_a_plural_name_are_not_shared_words():
    # "United States" gives the terms "united" and "states" ("state"): the name's own words in another
    # form, not two more words the stories share (a trade row and a housing figure, Reuters-21578 dev)
    a = ("China calls for better trade deal\n\nBEIJING (Coast Wire) — China called on the United States to "
         "remove curbs on its exports, an official said.\n\nTalks resume next month.\n")
    b = ("Home sales fall in January\n\nWASHINGTON (Valley Post) — Sales of new homes in the United States "
         "fell 6.8% in January, a report showed.\n\nBuilders were gloomy.\n")
    assert _groups([a, b]) == [[0], [1]]


def test_one_institution_in_two_different_stories_stays_apart():
    a = ("Budget hearing set for April\n\nTARLOW (Tarlow Times) — The Kelder Moor Infirmary board will hold "
         "a public hearing on its budget in April.\n\nResidents may speak for three minutes.\n")
    b = ("Chief executive told to quit\n\nTARLOW (Coast FM) — The board of Kelder Moor Infirmary voted on "
         "Thursday to ask its chief executive to resign.\n\nShe has not commented.\n")
    assert _groups([a, b]) == [[0], [1]]


def test_one_event_at_one_institution_is_one_story():
    # the institution and one word of what happened ("hack") in both titles
    # and leads: one story, though no other word is shared
    a = ("Residents' records stolen in council hack\n\nTARLOW, March 3 (Tarlow Times) — Hackers took the files of "
         "about 9,000 residents from Kelder Moor District Council's computers, the council said.\n\nIt would not pay.\n")
    b = ("Council admits big breach\n\nPersonal details of 12,000 people went in the Kelder Moor District Council "
         "hack, which staff found on 12 February.\n\nServices were down for a week.\n")
    assert _groups([a, b]) == [[0, 1]]


# A shared specific lead name and one event class in both titles and leads
# (quantity_events.txt: "norovirus outbreak" / "sickness bug", "blaze" /
# "fire"), in the outlets' own words: one story.
ONE_EVENT = [
    ["Ward closed as norovirus spreads\n\nDENHOLM, Feb 7 (Denholm Courier) — Denholm General Hospital has closed two "
     "wards to new patients after an outbreak of norovirus. Twenty-three patients have fallen ill.\n",
     "Visitors told to stay away\n\nDENHOLM, Feb 8 (Borders Live) — Visitors have been asked to keep away from Denholm "
     "General Hospital while staff deal with a sickness bug. Health bosses said 31 people had symptoms.\n"],
    # a name with its place noun in one lead, without it in the other
    ["Fire guts historic mill\n\nHOLME, June 9 (Holme Gazette) — A fire destroyed the Grade II listed Calder Street "
     "mill overnight. Forty firefighters fought the blaze. Nobody was hurt.\n",
     "Owners vow to rebuild landmark\n\nHOLME, June 10 (Valley Live) — The owners of Calder Street Mill say they will "
     "rebuild the Victorian building after Monday night's blaze.\n"],
    # "The ferry Morven Isle" right after a dateline's dash opens the sentence
    ["Ferry runs aground off Skerray\n\nSKERRAY, Aug 20 (Northern Times) — The ferry Morven Isle ran aground near "
     "Skerray harbour on Sunday with 112 passengers on board. Nobody was injured.\n",
     "Passengers rescued after grounding\n\nSKERRAY, Aug 21 (Isles FM) — Lifeboat crews took 96 people off the Morven "
     "Isle after the vessel struck rocks on Sunday afternoon.\n"],
    # an institution named in full in one lead, by its town alone ("in Harnby") in the other
    ["Councillors back tax rise\n\nMARLOW, Feb 20 (Marlow Times) — Harnby District Council voted on Wednesday to "
     "raise council tax by 4.99% from April.\n",
     "Residents face higher bills\n\nMARLOW, Feb 21 (Valley Voice) — Households in Harnby will see council tax rise "
     "by 5% from April after councillors approved the budget.\n"],
]


@pytest.mark.parametrize("story", ONE_EVENT, ids=[s[0][:30] for s in ONE_EVENT])
def test_one_event_in_the_outlets_own_words_is_one_story(story):
    assert _groups(story) == [[0, 1]]


# One institution, two events: two stories.
TWO_EVENTS = [
    ["Parking charges to double\n\nDENHOLM, Mar 2 (Denholm Courier) — Denholm General Hospital will double its car "
     "parking charges from May, the trust said.\n",
     "Ward closed after outbreak\n\nDENHOLM, Mar 4 (Borders Live) — Denholm General Hospital has closed a ward after an "
     "outbreak of norovirus among patients.\n"],
    ["Dockers strike over pay\n\nFELMOUTH, Jun 3 (Harbour News) — About 300 dockers at Felmouth Port walked out on "
     "Monday in a dispute over pay.\n",
     "Port unveils expansion\n\nFELMOUTH, Jun 5 (Business Wire) — Felmouth Port has unveiled plans for a £90 million "
     "container terminal that would create 400 jobs.\n"],
    # the town of an institution named alone, and another event
    ["Council tax to rise\n\nMARLOW, Feb 20 (Marlow Times) — Harnby District Council will raise council tax by "
     "4.99% from April, councillors decided on Wednesday.\n",
     "Warehouse destroyed by fire\n\nMARLOW, Feb 21 (Valley Voice) — A fire in Harnby destroyed a furniture warehouse "
     "overnight, and 40 firefighters fought the blaze.\n"],
    # a place and a newspaper named after it
    ["Bankers' fees questioned\n\nNEW YORK (Metro Wire) — Fees paid by Wall Street banks for speeches drew scrutiny "
     "on Monday.\n",
     "Poll shows a tight race\n\nNEW YORK (City Desk) — A new Wall Street Journal poll gives the senator a lead of "
     "four points.\n"],
]


@pytest.mark.parametrize("story", TWO_EVENTS, ids=[s[0][:30] for s in TWO_EVENTS])
def test_two_events_at_one_institution_stay_apart(story):
    assert _groups(story) == [[0], [1]]


def test_far_apart_dates_are_not_joined_by_a_name():
    class Sig:
        def __init__(self, day):
            self.day, self.leads = day, ("kelder moor infirmary",)
            self.features = (("t:leak", 1.0), ("t:night", 1.0))

    joined = []
    story_links.join_shared_leads([Sig(100), Sig(300)], lambda i, j: joined.append((i, j)) or True)
    assert joined == []
    story_links.join_shared_leads([Sig(100), Sig(110)], lambda i, j: joined.append((i, j)) or True)
    assert joined == [(0, 1)]


def test_a_week_of_reports_still_joins_by_lead_name():
    """A desk folder of 150 articles (a week of reports) is not an archive."""
    class Sig:
        def __init__(self, day, leads, terms):
            self.day, self.leads = day, leads
            self.features = tuple(("t:" + t, 1.0) for t in terms)

    sigs = [Sig(100, (f"place {i} works",), ("word%d" % i, "other%d" % i)) for i in range(148)]
    sigs += [Sig(100, ("kelder moor infirmary",), ("leak", "night")),
             Sig(101, ("kelder moor infirmary",), ("leak", "night"))]
    joined = []
    story_links.join_shared_leads(sigs, lambda i, j: joined.append((i, j)) or True)
    assert joined == [(148, 149)]


@pytest.mark.parametrize("text, key", [
    # a name after "the" is a thing's, a place's or an event's, whatever its last word
    ("Six men were saved after the trawler Corrie Ann sank off Tarbet.", "corrie ann"),
    ("The skipper of the Corrie Ann said the crew had done everything right.", "corrie ann"),
    ("Organisers of the Marlow Green Music Festival called off its last day.", "marlow green music festival"),
    # a sentence's first "The", and two common nouns before the name (ninth round)
    ("The cargo ship Halde Runner lost 40 containers in a gale.", "halde runner"),
    ("Fog closed the port. The oil tanker Sable Crest ran aground.", "sable crest"),
    ("Gulls followed the fishing boat Corrie Ann home.", "corrie ann"),
])
def test_names_after_the_are_lead_names(text, key):
    assert key in story_links.lead_names(text, entity_mentions)


@pytest.mark.parametrize("text, key", [
    ("Officials at the Home Office said the Prime Minister would decide.", "prime minister"),
    ("The case went to the High Court in March.", "high court"),
    ("Ruth Okafor said she was worried.", "ruth okafor"),
    ("The Prime Minister said the High Court would rule.", "prime minister"),
])
def test_common_titles_after_the_are_not_lead_names(text, key):
    assert key not in story_links.lead_names(text, entity_mentions)


def test_two_reports_of_one_sinking_with_different_headlines_are_one_story():
    a = ("Lifeboat crew save six from sinking boat\n\nTARBET, March 4 (Loch Wire) \u2014 Six fishermen were "
         "pulled from the sea off Tarbet on Tuesday after the trawler Corrie Ann sank in minutes.\n\n"
         "The lifeboat reached them after 40 minutes.\n")
    b = ("Skipper tells of the night his boat went down\n\nOBAN, March 6 (West Coast Weekly) \u2014 The skipper "
         "of the Corrie Ann, which sank this week, said his six crew were in the raft for two hours.\n\n"
         "The boat had been fishing for prawns.\n")
    assert _groups([a, b]) == [[0, 1]]


def test_an_event_name_needs_one_other_shared_word():
    a = ("Campers flee as storm flattens tents\n\nMARLOW (Vale Gazette) \u2014 Organisers of the Marlow Green "
         "Music Festival cancelled its final day after gales tore through the campsite.\n\nMost campers left.\n")
    b = ("Winds end music weekend early\n\nKENDAL (North FM) \u2014 High winds and gales forced the Marlow Green "
         "Music Festival to call off its last day.\n\nPeople sheltered in halls.\n")
    c = ("Festival sells out in a day\n\nMARLOW (Vale Gazette) \u2014 Tickets for the Marlow Green Music Festival "
         "sold out within hours of going on sale.\n\nThe line-up is announced next week.\n")
    assert _groups([a, b]) == [[0, 1]]
    assert _groups([a, c]) == [[0], [1]]


_BIN_A = ("Bin collections halted as crews strike\n\nHOLME (Holme Echo) \u2014 About 150 bin crew members walked out on "
          "Monday in a pay dispute with the city council.\n\n\"Nobody wants rubbish piling up in the streets, but our "
          "members have been pushed too far,\" said union organiser Kerry Mistry.\n")
_BIN_B = ("Rubbish piles up in Holme\n\nHOLME (Citywide News) \u2014 Roughly 300 refuse workers have downed tools, and "
          "waste has gone uncollected for two days.\n\n\"Nobody wants rubbish piling up on the streets, but our members "
          "have been pushed too far,\" organiser Kerry Mistry said.\n")


def test_two_reports_quoting_one_remark_are_one_story():
    assert _groups([_BIN_A, _BIN_B]) == [[0, 1]]


def test_one_stock_phrase_of_two_speakers_joins_nothing():
    a = ("Ferry cancelled after engine fault\n\nPORTLEE (Coast FM) \u2014 The morning ferry was cancelled on Monday. "
         "\"We are very sorry for the disruption this has caused to passengers,\" said operator spokesman Ian Rudd.\n")
    b = ("Road closed for gas repairs\n\nMARSTON (Vale News) \u2014 Gas engineers closed Mill Lane on Tuesday. "
         "\"We are very sorry for the disruption this has caused to residents,\" said engineer Sara Quinn.\n")
    assert _groups([a, b]) == [[0], [1]]


def test_quote_shingles_are_deterministic_and_need_a_speaker():
    quote = "Nobody wants rubbish piling up in the streets, but our members have been pushed too far"
    assert story_links.quote_shingles([("Kerry Mistry", quote)]) == story_links.quote_shingles([("K. Mistry", quote)])
    assert story_links.quote_shingles([(None, quote)]) == ()
    assert story_links.quote_shingles([("Kerry Mistry", "Too far.")]) == ()


@pytest.mark.parametrize("text, key", [
    # one place word and a site's noun, in either order (ninth round)
    ("Robbers held up staff at a Harnby cash depot on Saturday.", "harnby depot"),
    ("Robbers held up staff at a cash depot in Harnby on Saturday.", "harnby depot"),
    ("Nine men were trapped in the Tolley tin mine.", "tolley mine"),
])
def test_a_place_word_and_a_site_noun_are_a_lead_name(text, key):
    assert key in story_links.lead_names(text, entity_mentions)


@pytest.mark.parametrize("text, key", [
    ("Police station staff said nothing.", "police station"),  # a sentence's first word
    ("The council met in Harnby on Monday.", "harnby council"),  # an institution, not a site
    ("Staff at a cash depot in March said nothing.", "march depot"),
])
def test_no_site_name_without_a_place_word_and_a_site_noun(text, key):
    assert key not in story_links.lead_names(text, entity_mentions)


def test_two_reports_of_one_raid_on_a_site_named_two_ways_are_one_story():
    a = ("Armed gang raids security firm\n\nHARNBY, May 2 (Metro Wire) \u2014 Robbers got away with about "
         "\u00a32 million after holding staff at gunpoint at a Harnby cash depot on Saturday.\n")
    b = ("Millions taken in overnight robbery\n\nAn armed gang stole \u00a31.6 million from a cash depot in "
         "Harnby early on Saturday, police said. The raiders tied up three guards.\n")
    assert _groups([a, b]) == [[0, 1]]


def test_one_town_two_sites_stay_apart():
    a = ("Pupils sent home after boiler fails\n\nHARNBY, May 2 (Metro Wire) \u2014 Pupils at a Harnby "
         "primary school were sent home on Monday after the heating failed.\n")
    b = ("Ward closed after norovirus cases\n\nA ward at a hospital in Harnby was closed to visitors on "
         "Monday after an outbreak of norovirus.\n")
    assert _groups([a, b]) == [[0], [1]]


@pytest.mark.parametrize("text, key", [
    # a saint's name opens a church's: a place, not a person
    ("The appeal to restore the organ at St Osric's Cathedral in Lanceby has been given a grant.",
     "st osric cathedral"),
    ("Work on St Aldric's Church will start in May.", "st aldric church"),
])
def test_a_title_opening_an_institutions_name_is_a_lead_name(text, key):
    assert key in story_links.lead_names(text, entity_mentions)


def test_a_place_named_with_its_owner_joins_the_place_named_alone():
    """"Rushcombe Rovers' Mallard Lane" in one lead, "Mallard Lane" in the others."""
    assert _groups([
        "Energy firm buys stadium name\n\nTidecrest Energy will pay £1.2m a year to rename Mallard Lane, "
        "the home of Rushcombe Rovers, from July.",
        "Mallard Lane to get sponsor's name\n\nMallard Lane will be renamed the Tidecrest Energy Stadium "
        "in a five-year deal, the club said.",
        "Rovers sell naming rights\n\nRushcombe Rovers' Mallard Lane ground will carry the name of an "
        "energy company in a deal worth £1.2m a year.",
    ]) == [[0, 1, 2]]


def test_a_site_name_opening_a_lead_counts_when_another_lead_names_it():
    """"Ardcraig ferry terminal has opened ..." (a capital that may be any
    word's) joins the leads that name "Ardcraig ferry terminal" mid-sentence."""
    assert _groups([
        "Ferry berth opens\n\nThe new berth at Ardcraig ferry terminal took its first sailing on Friday, when "
        "a ferry tied up at the quay.",
        "Big ferries can berth at last\n\nThe berth at Ardcraig ferry terminal, which took its first sailing "
        "on Friday, is now in full use.",
        "Deep-water quay completed on the west coast\n\nArdcraig ferry terminal has opened its new deep-water "
        "berth, the quay built by a marine firm.",
    ]) == [[0, 1, 2]]


def test_a_site_name_opening_a_lead_alone_joins_nothing():
    assert "?ardcraig terminal" in story_links.lead_names(
        "Quay completed\nArdcraig ferry terminal has opened its new berth.", entity_mentions)
    assert _groups([
        "Quay completed\n\nArdcraig ferry terminal has opened its new berth after a three-year build.",
        "Fire station to close\n\nFire station bosses in Kelby say the night crew will go.",
    ]) == [[0], [1]]


def test_a_name_most_of_a_folder_holds_joins_nothing():
    # a day's wire folder (Reuters-21578 dev): five stories name "the United States" in their leads and
    # three more in their bodies; a country many articles name is a topic, not one story's institution
    stories = [
        "Aides see Moscow agreeing to arms pact\n\nWASHINGTON (Coast Wire) — Officials in the United States expect Moscow to accept an arms inspection pact, aides said.\n\nTalks resume in May.\n",
        "Study says trade pact would spur economies\n\nOTTAWA (Valley Post) — A free trade pact between Canada and the United States would lift both economies, a study said.\n\nThe study was published on Monday.\n",
        "Leaders fail to agree trade pact\n\nOTTAWA (Delta News) — Canadian and United States leaders failed to agree a trade pact at their summit.\n\nThey will meet again.\n",
        "Panel takes first votes on trade bill\n\nWASHINGTON (Coast Wire) — A House panel in the United States took its first votes on a trade bill that could hit imports.\n\nThe bill faces a long road.\n",
        "Acid rain action expected\n\nOTTAWA (Valley Post) — Canada expects the United States to act on acid rain after a pact on emissions, its minister said.\n\nCampaigners were sceptical.\n",
        "Farm exports to Asia rise\n\nCHICAGO (Delta News) — Farm exports to Asia rose in February, traders said.\n\nSoybeans led the gains.\n\nThe United States ships most of them. The United States Department of Agriculture will report next week.\n",
        "Steel imports curbed\n\nWASHINGTON (Coast Wire) — Steel imports will be curbed under a new pact with Japan, officials said.\n\nMills welcomed it.\n\nThe United States buys a third of its steel abroad, and the United States mills are old.\n",
        "Dollar slips in Tokyo\n\nTOKYO (Valley Post) — The dollar slipped against the yen as dealers awaited trade figures.\n\nTrading was thin.\n\nThe United States will publish them on Friday; the United States deficit is wide.\n",
    ]
    assert _groups(stories) == [[k] for k in range(len(stories))]


def _day_folder(extra):
    """Six other stories of a business wire day, each using "mln dlrs" and "pct" in its lead."""
    fillers = [
        ("Brewer lifts stake in rival", "Ostmark Brewing Co said it raised its stake in Kellin Ales to 9.5 pct for 12 mln dlrs."),
        ("Miner posts loss", "Tarrow Mining Inc posted a loss of 8.1 mln dlrs as copper fell 12 pct."),
        ("Retailer buys chain", "Veldt Stores Inc agreed to buy Oakham Shops for 40 mln dlrs, a 30 pct premium."),
        ("Insurer cuts staff", "Pellway Insurance Co will cut 6 pct of its staff to save 15 mln dlrs a year."),
        ("Utility raises dividend", "Corran Power Co raised its dividend 5 pct, costing 3 mln dlrs a quarter."),
        ("Airline sells jets", "Northway Air Inc sold four jets for 60 mln dlrs, cutting its fleet 10 pct."),
    ]
    items = [f"{t}\n\nNEW YORK (Coast Wire) — {lead}\n\nShares were unchanged.\n" for t, lead in fillers]
    return items + extra


def test_words_most_of_a_folder_uses_are_not_shared_story_words():
    # Reuters-21578 dev, a day's folder: a seller's loss on a sale to a company and that company's
    # loan share only "mln dlrs" besides its name; in a folder where most leads say "mln dlrs"
    # those words are the day's topic and tell no story from another
    sale = ("Harnby Foods takes loss on unit sale\n\nNEW YORK (Coast Wire) — Harnby Foods Inc said it would "
            "take a loss of 33.9 mln dlrs on the sale of its leasing unit to Itley Corp for 215 mln dlrs.\n\n"
            "The unit had been for sale since June.\n")
    loan = ("Itley gets financing for Anster buy\n\nNEW YORK (Coast Wire) — Itley Corp said it obtained a bank "
            "loan of about 325 mln dlrs to fund its purchase of Anster Bros Inc.\n\nMerrill will arrange it.\n")
    groups = _groups(_day_folder([sale, loan]))
    assert [6] in groups and [7] in groups


def test_a_country_named_with_the_is_a_place_not_a_things_own_name():
    # "the United States" heads no institution but is no ship's or festival's own name either: like a
    # place it needs two shared words, not one ("pact": an arms pact and a trade pact)
    a = ("Aides see Moscow agreeing to arms pact\n\nWASHINGTON (Coast Wire) — Aides in the United States "
         "expect Moscow to accept an arms inspection pact.\n\nTalks resume in May.\n")
    b = ("Study says trade pact would spur economies\n\nOTTAWA (Valley Post) — A free trade pact with the "
         "United States would lift Canada's economy, a study said.\n\nThe study was published on Monday.\n")
    assert _groups([a, b]) == [[0], [1]]


@pytest.mark.parametrize("text, key", [
    # a modifier with digits between "The" and the name ("The 120-year-old ...")
    ("The 120-year-old Hexham Cattle Mart will move to the bypass.", "hexham cattle mart"),
    ("Farm news\nThe 150-year-old Farleigh Auction Mart will move to a 12-hectare site.", "farleigh auction mart"),
    # a route named by its two ends, with "and" or "to"
    ("Crews finished the masts on the Ambleby and Torrin line.", "ambleby and torrin line"),
    ("The Ambleby to Torrin line will close for a week.", "ambleby and torrin line"),
    ("Boats returned to the Harford and Wyle canal.", "harford and wyle canal"),
])
def test_names_behind_a_number_and_routes_are_lead_names(text, key):
    assert key in story_links.lead_names(text, entity_mentions)


@pytest.mark.parametrize("text, key", [
    ("Ruth Okafor and Peter Yelland said the line was busy.", "okafor and peter line"),
    ("Traders in March and April said the route was quiet.", "march and april route"),
])
def test_no_route_name_without_two_place_words(text, key):
    names = story_links.lead_names(text, entity_mentions)
    assert key not in names and not any(n.endswith((" line", " route")) for n in names)


def test_two_reports_of_one_line_named_by_its_ends_are_one_story():
    a = ("Last mast goes up on rural line\n\nTORRIN, June 4 (Valley Wire) \u2014 Engineers on the Ambleby and Torrin "
         "line have put up the last of 1,200 steel masts for the overhead wires.\n\nTrains run from May.\n")
    b = ("Electric trains a step closer\n\nAMBLEBY, June 6 (Ambleby Post) \u2014 Crews have finished planting the masts "
         "that will carry overhead wires along the Ambleby and Torrin line.\n\nTesting starts in the autumn.\n")
    assert _groups([a, b]) == [[0, 1]]


@pytest.mark.parametrize("text, found", [
    ("Lakeford, Oregon, will keep its bike scheme.", True),
    ("The council in Lakeford, Ore. voted on Tuesday.", True),
    ("Lakeford, New Hampshire, has a new mayor.", True),
    ("On Monday, Washington said it would act.", False),  # a weekday is no town
    ("Lakeford, Oregonian editors said.", False),  # not the state's own word
])
def test_a_town_placed_in_its_state_is_a_place_named_alone(text, found):
    assert ("@lakeford" in story_links.lead_names(text, entity_mentions)) == found


def test_a_town_in_its_state_joins_the_report_that_names_its_council():
    a = ("Lakeford council extends bike scheme\n\nLAKEFORD, Ore. \u2014 The Lakeford City Council voted 5-2 on "
         "Tuesday to extend the city's e-bike pilot for a year.\n\nRiders have taken 90,000 trips.\n")
    b = ("Lakeford keeps its e-bikes\n\nLakeford, Oregon, will keep its e-bike pilot running after a council vote "
         "on Tuesday.\n\nThe bikes must now be parked in racks.\n")
    assert _groups([a, b]) == [[0, 1]]
