"""Figure extraction: value, unit, bound, interval and what the figure counts.

Each case is (sentence, key, value, unit, bound, low, high, counts): the
figure whose text contains ``key`` must have exactly those fields (None for
an open end or for no counted noun).  Intervals: a plain figure carries the
rounding its digits imply (half a unit of the last significant digit, at most
5%; whole counts below 100 are exact; percentages carry half a unit of their
last digit), "about" is +/-10%, "nearly" is [90%, 100%], "more than" and
"surpassed" are open above, "up to" and "fewer than" open below.
"""

import pytest

from factcheck.extract.figures import interval, qualifier_parts, sentence_figures
from factcheck.model import Article, Span

from .helpers import analyse

M = 1e6
B = 1e9

CASES = [
    # --- counts in digits, rounding of plain figures
    ("The agency has 60,000 employees.", "60,000", 60000, "count", "exact", 57000, 63000, "employee"),
    ("The agency has 45,000 employees.", "45,000", 45000, "count", "exact", 44500, 45500, "employee"),
    ("The agency has 4,500 employees.", "4,500", 4500, "count", "exact", 4450, 4550, "employee"),
    ("The agency has 6,000 employees.", "6,000", 6000, "count", "exact", 5700, 6300, "employee"),
    ("The firm has 4,512 employees.", "4,512", 4512, "count", "exact", 4511.5, 4512.5, "employee"),
    ("The authority runs 212 bus routes.", "212", 212, "count", "exact", 211.5, 212.5, "route"),
    ("Police found 39 missing children in a trailer.", "39", 39, "count", "exact", 39, 39, "child"),
    ("The school has 12 teachers.", "12", 12, "count", "exact", 12, 12, "teacher"),
    ("Officials counted 150 homes destroyed.", "150", 150, "count", "exact", 145, 155, "home"),
    ("The city has 700 000 residents.", "700 000", 700000, "count", "exact", 665000, 735000, "resident"),
    ("There were 1,200 cases reported.", "1,200", 1200, "count", "exact", 1150, 1250, "case"),
    ("The hospital treated 85 patients.", "85", 85, "count", "exact", 85, 85, "patient"),
    ("About 300 people attended.", "300", 300, "count", "about", 270, 330, "person"),
    ("The district enrolls 14,200 students.", "14,200", 14200, "count", "exact", 14150, 14250, "student"),
    ("The storm destroyed 3,000 homes.", "3,000", 3000, "count", "exact", 2850, 3150, "home"),
    ("The airline cancelled 77 flights.", "77", 77, "count", "exact", 77, 77, "flight"),
    ("The union has 1,500 members.", "1,500", 1500, "count", "exact", 1450, 1550, "member"),
    ("The company sold 2,500 buses last year.", "2,500", 2500, "count", "exact", 2450, 2550, "bus"),
    ("The factory produced 56,000 cars.", "56,000", 56000, "count", "exact", 55500, 56500, "car"),
    ("The report lists 18 cities.", "18", 18, "count", "exact", 18, 18, "city"),
    # --- scale words
    ("Agents recorded 2.38 million encounters last year.", "2.38", 2.38 * M, "count", "exact", 2.375 * M, 2.385 * M, "encounter"),
    ("Ridership reached 41.6 million trips.", "41.6", 41.6 * M, "count", "exact", 41.55 * M, 41.65 * M, "trip"),
    ("The region has 2 million residents.", "2 million", 2 * M, "count", "exact", 1.9 * M, 2.1 * M, "resident"),
    ("The service has 1.2 billion users.", "1.2 billion", 1.2 * B, "count", "exact", 1.15 * B, 1.25 * B, "user"),
    ("The country has 5.2 million voters.", "5.2", 5.2 * M, "count", "exact", 5.15 * M, 5.25 * M, "voter"),
    ("Some 150,000 people are feared dead.", "150,000", 150000, "count", "about", 135000, 165000, "person"),
    ("The app has 28 million users.", "28 million", 28 * M, "count", "exact", 27.5 * M, 28.5 * M, "user"),
    ("The plant makes 30 thousand tonnes a year.", "30 thousand", 30000, "count", "exact", 28500, 31500, "tonne"),
    ("The country exported 1.9bn barrels.", "1.9bn", 1.9 * B, "count", "exact", 1.85 * B, 1.95 * B, "barrel"),
    # --- numbers in words
    ("Six officers were injured.", "Six", 6, "count", "exact", 6, 6, "officer"),
    ("The board has nine members.", "nine", 9, "count", "exact", 9, 9, "member"),
    ("Twenty-five students graduated.", "Twenty-five", 25, "count", "exact", 25, 25, "student"),
    ("A dozen officers stood guard.", "dozen", 12, "count", "about", 10.8, 13.2, "officer"),
    ("The fire destroyed three hundred homes.", "three hundred", 300, "count", "exact", 285, 315, "home"),
    ("Two million people lost their jobs.", "Two million", 2 * M, "count", "exact", 1.9 * M, 2.1 * M, "person"),
    ("Half a million people marched.", "Half a million", 500000, "count", "exact", 475000, 525000, "person"),
    ("The ferry carried forty passengers.", "forty", 40, "count", "exact", 40, 40, "passenger"),
    ("Nearly two million people could be affected.", "two million", 2 * M, "count", "nearly", 1.8 * M, 2 * M, "person"),
    ("Dozens of people were evacuated.", "Dozens", 24, "count", "between", 24, 144, "person"),
    ("Thousands of fans gathered outside.", "Thousands", 2000, "count", "between", 2000, 999000, "fan"),
    ("Hundreds of homes lost power.", "Hundreds", 200, "count", "between", 200, 999, "home"),
    ("Three hundred and twelve delegates voted.", "twelve", 312, "count", "exact", 311.5, 312.5, "delegate"),
    # --- bounds
    ("The agency has more than 60,000 employees.", "60,000", 60000, "count", "more_than", 60000, None, "employee"),
    ("The agency has about 45,000 employees.", "45,000", 45000, "count", "about", 40500, 49500, "employee"),
    ("The agency has around 4,500 employees.", "4,500", 4500, "count", "about", 4050, 4950, "employee"),
    ("The agency has roughly 4,500 employees.", "4,500", 4500, "count", "about", 4050, 4950, "employee"),
    ("The agency has approximately 4,500 employees.", "4,500", 4500, "count", "about", 4050, 4950, "employee"),
    ("The agency has nearly 5,000 employees.", "5,000", 5000, "count", "nearly", 4500, 5000, "employee"),
    ("The agency has almost 5,000 employees.", "5,000", 5000, "count", "nearly", 4500, 5000, "employee"),
    ("The agency has over 5,000 employees.", "5,000", 5000, "count", "more_than", 5000, None, "employee"),
    ("The agency has at least 5,000 employees.", "5,000", 5000, "count", "at_least", 5000, None, "employee"),
    ("The agency has fewer than 500 employees.", "500", 500, "count", "less_than", None, 500, "employee"),
    ("The agency has less than 500 employees.", "500", 500, "count", "less_than", None, 500, "employee"),
    ("The agency has under 500 employees.", "500", 500, "count", "less_than", None, 500, "employee"),
    ("The agency could hire up to 500 employees.", "500", 500, "count", "up_to", None, 500, "employee"),
    ("The agency could hire as many as 500 employees.", "500", 500, "count", "up_to", None, 500, "employee"),
    ("Encounters surpassed 2 million for the first time.", "2 million", 2 * M, "count", "surpassed", 2 * M, None, "encounter"),
    ("Ridership topped 40 million trips last year.", "40 million", 40 * M, "count", "surpassed", 40 * M, None, "trip"),
    ("Sales exceeded 10,000 units.", "10,000", 10000, "count", "surpassed", 10000, None, "unit"),
    ("The agency has 60,000 or more employees.", "60,000", 60000, "count", "at_least", 60000, None, "employee"),
    ("The march drew 60,000-plus people.", "60,000", 60000, "count", "at_least", 60000, None, "person"),
    ("Between 40 and 50 percent of voters agreed.", "40", 40, "percent", "between", 40, 50, "voter"),
    ("The dam holds between 80,000 and 100,000 barrels.", "80,000", 80000, "count", "between", 80000, 100000, "barrel"),
    ("Children aged five to 11 are eligible.", "five", 5, "count", "between", 5, 11, None),
    ("The agency has no fewer than 200 inspectors.", "200", 200, "count", "at_least", 200, None, "inspector"),
    ("The agency has no more than 200 inspectors.", "200", 200, "count", "at_most", None, 200, "inspector"),
    ("The agency has an estimated 2,000 inspectors.", "2,000", 2000, "count", "about", 1800, 2200, "inspector"),
    ("The agency has well over 2,000 inspectors.", "2,000", 2000, "count", "more_than", 2000, None, "inspector"),
    ("The agency has in excess of 2,000 inspectors.", "2,000", 2000, "count", "more_than", 2000, None, "inspector"),
    ("The agency has close to 2,000 inspectors.", "2,000", 2000, "count", "nearly", 1800, 2000, "inspector"),
    ("The agency has just under 2,000 inspectors.", "2,000", 2000, "count", "nearly", 1800, 2000, "inspector"),
    ("The town has upwards of 2,000 residents.", "2,000", 2000, "count", "more_than", 2000, None, "resident"),
    # --- money
    ("The budget is $412 million.", "$412", 412 * M, "money", "exact", 411.5 * M, 412.5 * M, "budget"),
    ("The authority's budget for the current fiscal year is $412 million.", "$412", 412 * M, "money", "exact", 411.5 * M, 412.5 * M, "budget"),
    ("The city has a budget of $412 million.", "$412", 412 * M, "money", "exact", 411.5 * M, 412.5 * M, "budget"),
    ("The city faces a $12 million shortfall.", "$12", 12 * M, "money", "exact", 11.5 * M, 12.5 * M, "shortfall"),
    # wire copy (Reuters-21578): "mln"/"bln" are scales, "dlrs"/"stg"/"cts" and currencies in words are money
    ("The budget is 412 mln dlrs.", "412 mln dlrs", 412 * M, "money", "exact", 411.5 * M, 412.5 * M, "budget"),
    ("Profit was 4.5 mln stg.", "4.5 mln stg", 4.5 * M, "money", "exact", 4.45 * M, 4.55 * M, "profit"),
    ("The deficit was 61 billion schillings.", "61 billion", 61e9, "money", "exact", 60.5e9, 61.5e9, "deficit"),
    ("Shares rose 50 cts.", "50 cts", 0.5, "money", "exact", 0.475, 0.525, "share"),
    ("PCR tests cost $100 apiece.", "$100", 100, "money", "exact", 95, 105, "test"),
    ("The agency will spend about $38 million on maintenance.", "$38", 38 * M, "money", "about", 34.2 * M, 41.8 * M, "maintenance"),
    ("The club paid £30m for the striker.", "£30m", 30 * M, "money", "exact", 28.5 * M, 31.5 * M, "striker"),
    ("The fine was €5,000.", "€5,000", 5000, "money", "exact", 4750, 5250, "fine"),
    ("The deal is worth $2.5bn.", "$2.5bn", 2.5 * B, "money", "exact", 2.45 * B, 2.55 * B, "deal"),
    ("Tickets cost 40 euros.", "40 euros", 40, "money", "exact", 38, 42, "ticket"),
    ("The stamp costs 55 cents.", "55 cents", 0.55, "money", "exact", 0.545, 0.555, "stamp"),
    ("The company reported revenue of $4.37bn.", "$4.37bn", 4.37 * B, "money", "exact", 4.365 * B, 4.375 * B, "revenue"),
    ("The project cost more than $1 billion.", "$1 billion", 1 * B, "money", "more_than", 1 * B, None, "project"),
    ("The agency received a $412-million grant.", "$412-million", 412 * M, "money", "exact", 411.5 * M, 412.5 * M, "grant"),
    ("Profits rose to £801m.", "£801m", 801 * M, "money", "exact", 800.5 * M, 801.5 * M, "profit"),
    ("The mayor earns $180,000 a year.", "$180,000", 180000, "money", "exact", 175000, 185000, None),
    ("The fund holds nearly $3 billion.", "$3 billion", 3 * B, "money", "nearly", 2.7 * B, 3 * B, "fund"),
    ("The bill includes up to $500 million for roads.", "$500", 500 * M, "money", "up_to", None, 500 * M, "road"),
    # --- percentages
    ("Workers got a 3.2% raise.", "3.2%", 3.2, "percent", "exact", 3.15, 3.25, "raise"),
    ("The 2.3% raise was approved.", "2.3%", 2.3, "percent", "exact", 2.25, 2.35, "raise"),
    ("Fares have risen 18% since 2021.", "18%", 18, "percent", "exact", 17.5, 18.5, "fare"),
    ("Fares have risen 18 percent since 2021.", "18 percent", 18, "percent", "exact", 17.5, 18.5, "fare"),
    ("Fares have risen 18 per cent since 2021.", "18 per cent", 18, "percent", "exact", 17.5, 18.5, "fare"),
    ("Ninety-three per cent of children agreed.", "Ninety-three", 93, "percent", "exact", 92.5, 93.5, "child"),
    ("More than 50 percent of immigrants use the program.", "50 percent", 50, "percent", "more_than", 50, None, "immigrant"),
    ("The bill includes a 61 percent tax on assets.", "61 percent", 61, "percent", "exact", 60.5, 61.5, "tax"),
    ("Unemployment was 5.2% in March.", "5.2%", 5.2, "percent", "exact", 5.15, 5.25, "unemployment"),
    ("Inflation reached 3% last month.", "3%", 3, "percent", "exact", 2.5, 3.5, "inflation"),
    ("Turnout was about 60%.", "60%", 60, "percent", "about", 54, 66, "turnout"),
    ("Nearly one in five voters stayed home.", "one in five", 20, "percent", "nearly", 18, 20, "voter"),
    ("One in 10 adults owns a player.", "One in 10", 10, "percent", "about", 9, 11, "adult"),
    ("Coverage exceeded the 95% target.", "95%", 95, "percent", "exact", 94.5, 95.5, "target"),
    ("Rates rose 0.25 percentage points.", "0.25", 0.25, "percent", "exact", 0.245, 0.255, "rate"),
    ("Shares fell 12.5% on Monday.", "12.5%", 12.5, "percent", "exact", 12.45, 12.55, "share"),
    ("The economy grew by 8.5%.", "8.5%", 8.5, "percent", "exact", 8.45, 8.55, "economy"),
    ("Sales were up 4% in 2004.", "4%", 4, "percent", "exact", 3.5, 4.5, "sale"),
    ("Only 16% of women earn more.", "16%", 16, "percent", "exact", 15.5, 16.5, "woman"),
    ("The council approved an 18% increase in fares.", "18%", 18, "percent", "exact", 17.5, 18.5, "increase"),
    # --- dates
    ("The hearing will be held on May 4.", "May 4", None, "date", "exact", None, None, "hearing"),
    ("The vote took place on May 14, 2022.", "May 14, 2022", 738289, "date", "exact", 738289, 738289, "vote"),
    ("The hearing is on 9 April 2026.", "9 April 2026", 739715, "date", "exact", 739715, 739715, "hearing"),
    ("The election was held in March 2026.", "March 2026", 739676, "date", "between", 739676, 739706, "election"),
    ("The board will meet again on April 2.", "April 2", None, "date", "exact", None, None, "meeting"),
    ("The law takes effect Jan. 1, 2025.", "Jan. 1, 2025", 739252, "date", "exact", 739252, 739252, None),
    ("He was arrested on Sept. 3.", "Sept. 3", None, "date", "exact", None, None, "arrest"),
    ("She resigned on the 4th of July.", "4th of July", None, "date", "exact", None, None, "resignation"),
    # --- durations
    ("He served three years in prison.", "three years", 3, "duration", "exact", 3, 3, "year"),
    ("The strike lasted 18 months.", "18 months", 18, "duration", "exact", 18, 18, "month"),
    ("The talks went on for more than 10 hours.", "10 hours", 10, "duration", "more_than", 10, None, "hour"),
    ("The project took about two decades.", "two decades", 2, "duration", "about", 1.8, 2.2, "decade"),
    # --- vote tallies
    ("The board voted 6-3 on Thursday.", "6-3", 6, "tally", "exact", None, None, "vote"),
    ("The court ruled 5-4 in the case.", "5-4", 5, "tally", "exact", None, None, "vote"),
    ("The measure passed in a 7–2 vote.", "7–2", 7, "tally", "exact", None, None, "vote"),
    ("The council voted 5 to 4 to approve it.", "5 to 4", 5, "tally", "exact", None, None, "vote"),
    ("The jury voted eleven to one.", "eleven to one", 11, "tally", "exact", None, None, "vote"),
    ("The Senate approved the bill by a vote of 68-32.", "68-32", 68, "tally", "exact", None, None, "vote"),
    # --- subjects read from the left
    ("Total encounters along the border surpassed 2 million in 2022.", "2 million", 2 * M, "count", "surpassed", 2 * M, None, "encounter"),
    ("The number of illegal crossings reached 1.7 million.", "1.7", 1.7 * M, "count", "exact", 1.65 * M, 1.75 * M, "crossing"),
    ("The deficit stands at £36.3bn.", "£36.3bn", 36.3 * B, "money", "exact", 36.25 * B, 36.35 * B, "deficit"),
    ("Its workforce totalled 8,000.", "8,000", 8000, "count", "exact", 7600, 8400, "workforce"),
    ("Membership rose to 12,000.", "12,000", 12000, "count", "exact", 11500, 12500, "membership"),
    ("Average house prices rose by 0.8% in January.", "0.8%", 0.8, "percent", "exact", 0.75, 0.85, "price"),
    ("Migrants were stopped 2.38 million times.", "2.38", 2.38 * M, "count", "exact", 2.375 * M, 2.385 * M, None),
    ("The company, with about 4,500 drivers, is the largest.", "4,500", 4500, "count", "about", 4050, 4950, "driver"),
    ("Whitfield leads an agency of about 4,500 employees.", "4,500", 4500, "count", "about", 4050, 4950, "employee"),
    ("It employs 50,000 staff in Kazakhstan.", "50,000", 50000, "count", "exact", 47500, 52500, "staff"),
    ("The plant employs 1,000 people.", "1,000", 1000, "count", "exact", 950, 1050, "person"),
    ("About 2,000 Americans were evacuated.", "2,000", 2000, "count", "about", 1800, 2200, "american"),
    ("The city has 212 bus routes and two light-rail lines.", "two", 2, "count", "exact", 2, 2, "line"),
    ("He has 1 million followers.", "1 million", 1 * M, "count", "exact", 0.95 * M, 1.05 * M, "follower"),
    ("A million people signed the petition.", "A million", 1 * M, "count", "exact", 0.95 * M, 1.05 * M, "person"),
    ("Only 120 000 passed the exam.", "120 000", 120000, "count", "exact", 115000, 125000, None),
    ("Four of the 12 jurors dissented.", "12", 12, "count", "exact", 12, 12, "juror"),
    ("There are 1.9 billion people in Asia.", "1.9", 1.9 * B, "count", "exact", 1.85 * B, 1.95 * B, "person"),
    ("The museum welcomed 500,000 visitors.", "500,000", 500000, "count", "exact", 475000, 525000, "visitor"),
    ("The outbreak infected 2,300 people.", "2,300", 2300, "count", "exact", 2250, 2350, "person"),
    ("The list names 40 top firms.", "40", 40, "count", "exact", 40, 40, "firm"),
    # --- names and codes inside the noun group
    ("Video shows 142 Chinese PLA soldiers on the border.", "142", 142, "count", "exact", 141.5, 142.5, "soldier"),
    ("Only five British MPs attended.", "five", 5, "count", "exact", 5, 5, "mp"),
    ("There are only 56 COVID-19 deaths per day.", "56", 56, "count", "exact", 56, 56, "death"),
    ("Schiff Paid Witnesses Over $40 Million To Testify", "$40 Million", 40 * M, "money", "more_than", 40 * M, None, None),
    ("The company sent three firemen.", "three", 3, "count", "exact", 3, 3, "fireman"),
    # --- fractions are percentages, read as "about"
    ("The board can remove her with a two-thirds vote.", "two-thirds", 200 / 3, "percent", "about", 60, 220 / 3, "vote"),
    ("Half of voters stayed home.", "Half", 50, "percent", "about", 45, 55, "voter"),
    ("Nearly a quarter of students failed.", "a quarter", 25, "percent", "nearly", 22.5, 25, "student"),
    ("About 1/3 of adults agree.", "1/3", 100 / 3, "percent", "about", 30, 110 / 3, "adult"),
    # --- numbers glued to their noun
    ("The board approved a 10-year plan.", "10-year", 10, "duration", "exact", 10, 10, "year"),
    ("Photo shows a 33-storey cruise ship.", "33-storey", 33, "count", "exact", 33, 33, "storey"),
    ("Residents have a two-pet limit.", "two-pet", 2, "count", "exact", 2, 2, "pet"),
    ("He bought a six-foot-tall painting.", "six-foot", 6, "count", "exact", 6, 6, "foot"),
    # --- more wording variants
    ("Police arrested 14 protesters.", "14", 14, "count", "exact", 14, 14, "protester"),
    ("Roughly 1,000 households lost power.", "1,000", 1000, "count", "about", 900, 1100, "household"),
    ("The quake killed at least 38,000 people.", "38,000", 38000, "count", "at_least", 38000, None, "person"),
    ("More than 2,000 were injured.", "2,000", 2000, "count", "more_than", 2000, None, None),
    ("The chain will close 120 stores.", "120", 120, "count", "exact", 115, 125, "store"),
    ("Revenue fell 3.4% to $2.1bn.", "3.4%", 3.4, "percent", "exact", 3.35, 3.45, "revenue"),
    ("The tax rate is 21%.", "21%", 21, "percent", "exact", 20.5, 21.5, "rate"),
    ("About 70% of residents support the plan.", "70%", 70, "percent", "about", 63, 77, "resident"),
    ("The airline carried 1.5 million passengers.", "1.5", 1.5 * M, "count", "exact", 1.45 * M, 1.55 * M, "passenger"),
    ("The city spent $2.4 million on overtime.", "$2.4", 2.4 * M, "money", "exact", 2.35 * M, 2.45 * M, "overtime"),
    ("Nearly 40% of the budget goes to salaries.", "40%", 40, "percent", "nearly", 36, 40, "budget"),
    ("The survey of 2,000 adults found support.", "2,000", 2000, "count", "exact", 1900, 2100, "adult"),
    # a noun that doubles as a verb (figure_verb_nouns.txt): the noun after a number above one ...
    ("Ambleford won by 74 runs against Holmby.", "74", 74, "count", "exact", 74, 74, "run"),
    ("The regulator looked into 50 shows, including two phone-ins.", "50", 50, "count", "exact", 50, 50, "show"),
    # ... but the verb when an object follows it
    ("The index held above 50 shows continued growth.", "50", 50, "count", "more_than", 50, None, "index"),
    # "<noun> of FIGURE": the noun is what a count counts, not a level or an age, and not for a rate
    ("Ambleford won in front of a crowd of 6,200 at the ground.", "6,200", 6200, "count", "exact", 6150, 6250,
     "crowd"),
    ("The plant has a workforce of 3,000.", "3,000", 3000, "count", "exact", 2850, 3150, "workforce"),
    ("It rose to a high of 40.", "40", 40, "count", "exact", 40, 40, None),
    ("She died at the age of 84.", "84", 84, "count", "exact", 84, 84, None),
]

NOT_FIGURES = [
    # (sentence, words that must not be a figure)
    ("The hearing will take place at 6 p.m. at the library.", "6"),
    ("The meeting starts at 7:30 in the evening.", "7:30"),
    ("Call 555-123-4567 for details.", "555"),
    ("The office is at 221 Baker Street in London.", "221"),
    ("In 2021, the agency was reorganised.", "2021"),
    ("He joined the company in 1998.", "1998"),
    ("Union Local 757 filed a grievance.", "757"),
    ("Section 230 protects platforms.", "230"),
    ("Radio 1 said the station would not replace him.", "1"),  # a station's name, first in its sentence
    ("Formula 1 teams met in Paris.", "1"),
    ("The COVID-19 pandemic closed schools.", "19"),
    ("She finished 3rd in the race.", "3"),
    ("A 45-year-old man was arrested.", "45"),
    ("A seven-year-old boy died.", "seven"),
    ("The COVID-19-era rules ended.", "19"),
    ("Call 8866288662 for a free subscription.", "8866288662"),
    ("18 Nicolas Massu (Chile)", "Nicolas"),
    ("TUCSON, Ariz. (KOLD News 13) - The chief is out.", "13"),
    ("The man, 45 years old, was arrested.", "45"),
    ("One manager said she rarely visited.", "One"),
    ("See page 12 of the report.", "12"),
    ("He wore No. 10 for the club.", "10"),
    ("The music of the 1990s was louder.", "1990"),
    ("The Apollo 11 crew landed.", "11"),
    ("Interstate 5 was closed.", "5"),
]


def _fig(sentence, key):
    figs = [f for f in sentence_figures(sentence) if key in f.text]
    assert figs, (sentence, key, [f.text for f in sentence_figures(sentence)])
    return figs[0]


def _approx(x):
    return None if x is None else pytest.approx(x, rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("sentence,key,value,unit,bound,low,high,counts", CASES,
                         ids=[f"{i}:{c[1]}" for i, c in enumerate(CASES)])
def test_figure_table(sentence, key, value, unit, bound, low, high, counts):
    f = _fig(sentence, key)
    got = (f.unit, f.bound, f.counts)
    assert got == (unit, bound, counts), (sentence, f)
    if value is not None:
        assert f.value == _approx(value), f
    if low is not None or unit != "date":
        assert f.low == _approx(low), f
    if high is not None or unit != "date":
        assert f.high == _approx(high), f


def test_table_is_large():
    assert len(CASES) >= 150


@pytest.mark.parametrize("sentence,words", NOT_FIGURES)
def test_not_figures(sentence, words):
    for f in sentence_figures(sentence):
        assert words not in f.text or f.unit == "date", (sentence, f)


TALLIES = [
    ("The board voted 6-3 on Thursday.", 6, 3),
    ("The court ruled 5-4.", 5, 4),
    ("The council voted 5 to 4 to approve it.", 5, 4),
    ("The jury voted eleven to one.", 11, 1),
]


@pytest.mark.parametrize("sentence,a,b", TALLIES)
def test_tally_sides(sentence, a, b):
    tallies = [f for f in sentence_figures(sentence) if f.unit == "tally"]
    assert [(t.value, t.second) for t in tallies] == [(a, b)]


def test_no_tally_without_a_vote():
    # a score or a range is not a vote tally
    assert not [f for f in sentence_figures("Children aged 5-11 can attend.") if f.unit == "tally"]
    assert not [f for f in sentence_figures("United won 3-1 at home.") if f.unit == "tally"]


DATES = [
    ("The hearing will be held on May 4.", 5, 4),
    ("The hearing will be held on 14 May.", 5, 14),
    ("It happened on Dec. 25.", 12, 25),
]


@pytest.mark.parametrize("sentence,month,day", DATES)
def test_date_value_is_an_ordinal_day(sentence, month, day):
    import datetime

    f = [f for f in sentence_figures(sentence, year=2026) if f.unit == "date"][0]
    d = datetime.date.fromordinal(int(f.value))
    assert (d.year, d.month, d.day) == (2026, month, day)


QUALIFIERS = [
    ("Fares have risen 18% since 2021.", "18%", ("2021",), ("rise",)),
    ("Ridership reached 41.6 million trips last year.", "41.6", ("last year",), ()),
    ("Encounters surpassed 2 million in fiscal year 2022.", "2 million", ("2022",), ()),
    ("The firm hired 500 employees.", "500", (), ("hire",)),
    ("Of its 900 workers, 4,500 of its employees are drivers.", "4,500", (), ("part",)),
    ("The agency has 6,000 employees.", "6,000", (), ()),
    ("The board will meet again on April 2.", "April 2", (), ("future", "repeat")),
    ("The firm will hire 500 drivers.", "500", (), ("hire", "modal")),
    # a subordinate clause of time between the modal and the figure: the finding is done
    ("The bridge will be closed after inspectors found 23 cracks.", "23", (), ("found",)),
    # "than" is the bound of an earlier figure, not a comparison of this one;
    # "from" after an amount is where it came from, no change frame
    ("Deverell took more than $3 million from 48 clients.", "48", (), ()),
    ("Sales fell to 12,000 tonnes from 15,000.", "15,000", (), ("from", "tonnes")),
    ("Organisers knocked on 12 million doors, surpassing the 11.5 million in 2012.", "11.5", ("2012",),
     ("compared",)),
]


@pytest.mark.parametrize("sentence,key,times,frames", QUALIFIERS)
def test_qualifiers(sentence, key, times, frames):
    assert qualifier_parts(_fig(sentence, key).qualifier) == (times, frames)


INTERVALS = [
    ("exact", 100.0, 5.0, (95.0, 105.0)),
    ("about", 100.0, 0.0, (90.0, 110.0)),
    ("nearly", 100.0, 0.0, (90.0, 100.0)),
    ("more_than", 100.0, 5.0, (100.0, None)),
    ("surpassed", 100.0, 0.0, (100.0, None)),
    ("just_over", 100.0, 0.0, (100.0, 110.0)),
    ("at_least", 100.0, 0.0, (100.0, None)),
    ("less_than", 100.0, 0.0, (None, 100.0)),
    ("up_to", 100.0, 0.0, (None, 100.0)),
    ("at_most", 100.0, 0.0, (None, 100.0)),
]


@pytest.mark.parametrize("bound,value,tol,expected", INTERVALS)
def test_interval(bound, value, tol, expected):
    assert interval(bound, value, tol) == expected


def test_offsets_are_article_offsets_and_hidden_spans_are_skipped():
    text = "Budget\n\nThe agency has 6,000 employees. <!-- 9,000 employees -->\n"
    hidden_start = text.index("<!--")
    a = analyse(text)
    for f in a.figures:
        assert a.article.content[f.start:f.end] == f.text
    assert any(f.value == 6000 for f in a.figures)
    from factcheck.extract import extract

    art = Article(path="x.txt", content=text, hidden=(Span(hidden_start, len(text) - 1),))
    assert not any(f.value == 9000 for f in extract(art).figures)


MORE = [
    ("He will be out for two to three weeks.", "two to three weeks", 2, "duration", "between", 2, 3, "week"),
    ("The bid may come in the next one to two weeks.", "one to two weeks", 1, "duration", "between", 1, 2, "week"),
]


@pytest.mark.parametrize("sentence,key,value,unit,bound,low,high,counts", MORE)
def test_word_ranges(sentence, key, value, unit, bound, low, high, counts):
    test_figure_table(sentence, key, value, unit, bound, low, high, counts)


@pytest.mark.parametrize("sentence", [
    "Arsenal win 4-2 on penalties",
    "France must win to retain the Six Nations trophy.",
])
def test_scores_and_names_are_not_figures(sentence):
    assert not sentence_figures(sentence), sentence_figures(sentence)


# --- shortcuts taken for speed give what the plain tests give

import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from factcheck.extract.figures import context, dates, nouns, patterns, values, words  # noqa: E402
from factcheck.extract.lazy import Lazy  # noqa: E402

SPEED_SENTENCES = [
    "The agency has 60,000 employees and 2.38 million encounters in 2021.",
    "Call (520) 555-0134 or +1 602 555 0199 before 7 p.m. on May 4, 2022.",
    "On 14 May 2022 the board voted 6-3; by March 2026, a 33-storey ship and a 15-minute walk.",
    "Tens of thousands of fans, dozens of people and hundreds of them; scores OF others.",
    "The jury voted eleven to one, a margin of five to four, in a 7\u20132 vote \u2014 not 4-2.",
    "Two-thirds of voters, half of all firms, one in five adults, 1/3 of the seats.",
    "Sales rose 18% last year, up from \u00a330m to \u20ac40m, in the first quarter of fiscal 2019.",
    "COVID-19 hit Local 757 and Section 230; No. 2 on page 5, KOLD News 13.",
    "Twenty-five per cent of the 300 staff and nine out of 10 people; 1,200 jobs.",
    "\u017fix hundred \u017ftaff, \u0130stanbul's TWELVE, \u212a-9 units and \u0131n 2004 a \u017fcore of them.",
    "THE SIX NATIONS: Three hundred and twelve delegates, a dozen eggs, a million.",
    "Year-on-year growth on Monday, a year ago, 2,019 units and 2020%.",
    "No number at all here, just words - and a dash.",
    "",
    "between $5 and $10 million, 60,000 or more, some 4,500 of its employees worldwide",
    "Sept. 3 and Jan. 15th, 2021 until the 3rd of June; the Oscars 2022.",
    "\u0663 \u0661 Arabic-Indic digits and a \u212aelvin sign", "\u212a only", "seven\u00e9 \u00e9one",
]


def _without_guards(monkeypatch):
    """Every guarded pattern compiled plain until the test ends (each is
    compiled, guarded, first, so that the undo puts the guarded one back)."""
    for p in vars(patterns).values():
        if isinstance(p, Lazy) and p.first is not None:
            p.search  # noqa: B018 - compiles the guarded pattern
            for name in [n for n in vars(p) if n not in ("source", "flags", "first")]:
                monkeypatch.delattr(p, name)
            monkeypatch.setattr(p, "first", None)


@pytest.mark.slow
@pytest.mark.parametrize("text", SPEED_SENTENCES)
def test_pattern_guards_change_no_figure(text, monkeypatch):
    guarded = sentence_figures(text, 7, 3, 2024)
    _without_guards(monkeypatch)
    assert sentence_figures(text, 7, 3, 2024) == guarded


def test_importing_figures_compiles_no_pattern():
    code = ("import factcheck.extract.figures as f\n"
            "from factcheck.extract import lazy\n"
            "from factcheck.extract.figures import patterns\n"
            "print(sum('search' in vars(p) for p in vars(patterns).values() if isinstance(p, lazy.Lazy)))\n"
            "print(len(f.sentence_figures('It has 4,000 staff.')))\n"
            "print(sum('search' in vars(p) for p in vars(patterns).values() if isinstance(p, lazy.Lazy)) > 0)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "1", "True"]


@pytest.mark.slow
@pytest.mark.parametrize("text", SPEED_SENTENCES + [s.lower() for s in SPEED_SENTENCES])
def test_numeric_is_a_digit_search_and_a_word_lookup(text):
    low = text.lower()
    has_words = not words.NUMBER_WORD_SET.isdisjoint(re.findall("[a-z]+", low))
    assert context.numeric(text, low) == (re.search(r"\d", text) is not None, has_words)
    assert has_words == (patterns.NUMBER_WORD.search(low) is not None)


@pytest.mark.slow
@pytest.mark.parametrize("before", [
    "", "\n", "x", "word", "the No. ", "two words  ", "COVID-", "a b\n", "x\n\n", "x\n ", "end \n", "tab\t",
    "(KOLD News", "nbsp\u00a0", "Local ", "\u0130stanbul ",
])
def test_last_word_as_the_regex_finds_it(before):
    m = re.search(r"(\S+)( ?)$", before)
    expect = (m.group(1), m.start(1), bool(m.group(2))) if m else None
    assert context.last_word(before) == expect


@pytest.mark.slow
@pytest.mark.parametrize("tail", [
    "the No. ", "Route", "its category  ", "a categoryx", "PAGE", "\u017fection ", "sub\u017fection", "Fi\u0261ure ",
    "the \u212aelvin", "vol.", "x#", "in 2004 and", "", "Metroroute ", "Volume\n", "v. ", "# ", "number\u00a0\u00a0",
    "long text before the page ", "chapter 3 and", "subcategory ",
])
def test_ident_before_ascii_shortcut(tail):
    assert context.ident_before(tail) == (patterns.IDENT_BEFORE.search(tail) is not None)


def _plain_bound(text, start, end):
    """_bound as a loop over every phrase (what the index must give)."""
    before_b, after_b = words.bounds()
    off = max(0, start - 40)
    l_strip = text[off:start].lower().rstrip()
    bound, bstart = "exact", start
    for phrase, b in before_b:
        if l_strip.endswith(phrase) and (len(l_strip) == len(phrase) or not l_strip[-len(phrase) - 1].isalnum()):
            bound, bstart = b, off + len(l_strip) - len(phrase)
            break
    right = text[end:end + 30].lower()
    bend = end
    for phrase, b in after_b:
        r = right.lstrip() if phrase != "+" else right
        if r.startswith(phrase) and (phrase == "+" or len(r) == len(phrase) or not r[len(phrase)].isalnum()):
            if bound == "exact":
                bound = b
                bend = end + (len(right) - len(r)) + len(phrase)
            break
    return bound, bstart, bend


@pytest.mark.slow
@pytest.mark.parametrize("text,key", [
    ("It has more than 500 staff", "500"), ("It has about 500 staff", "500"), ("roughly 500", "500"),
    ("It has 500 or more staff", "500"), ("It has 500+ staff", "500"), ("It has 500 + staff", "500"),
    ("It had just over 500", "500"), ("an estimated 500", "500"), ("(about 500)", "500"),
    ("Abbout 500 or so", "500"), ("500", "500"), ("approx. 500 plus", "500"), ("over500", "500"),
    ("no fewer than 500 and counting", "500"), ("a 500-plus crowd", "500"), ("in excess of 9", "9"),
])
def test_bound_index_gives_the_plain_loop(text, key):
    start = text.index(key)
    end = start + len(key)
    assert context.bound(text, start, end) == _plain_bound(text, start, end)


@pytest.mark.slow
@pytest.mark.parametrize("x", [0.0, -0.0, 3.0, 45000.0, 2380000.0, 999999999999.0, 1e12, 2.5e13, 3.1500000000000004,
                               0.1 + 0.2, -12.0, float("inf"), None, 7])
def test_rounding_noise_shortcut(x):
    plain = None if x is None else float(f"{x:.12g}")
    assert repr(values._r(x)) == repr(plain)


@pytest.mark.slow
@pytest.mark.parametrize("phrase", [
    "seventeen", "seven", "seventy-seven", "twenty-five", "three hundred and twelve", "half a million",
    "a dozen", "one thousand", "Eighteen", "eighty", "nineteen hundred", "ten", "SIXTY-SIX thousand",
])
def test_number_word_tries_match_as_the_flat_alternation(phrase):
    from factcheck.extract import numbers

    flat = "|".join(sorted(numbers.ONES_AND_TENS, key=len, reverse=True))
    plain = numbers.NUMBER_WORDS.replace(numbers._WORD_OR_SCALE_ALT, flat + "|hundred|thousand|million|billion|trillion"
                                         "|dozen").replace(numbers._WORD_ALT, flat)
    for pattern in (numbers.NUMBER_WORDS, plain):
        m = re.compile("(?i:" + pattern + ")").match(phrase + " people")
        assert m and m.group() == phrase, pattern


def _plain_event(text, s, e):
    """_event reading every token of the sentence."""
    events = words.events()
    best, dist = None, None
    for t in patterns.TOKEN.finditer(text):
        name = events.get(t.group().lower())
        if name is not None:
            d = s - t.end() if t.end() <= s else t.start() - e
            if 0 <= d <= dates.EVENT_WINDOW and (dist is None or d < dist):
                best, dist = name, d
    return best


@pytest.mark.slow
@pytest.mark.parametrize("pad", [0, 1, 60, 70, 75, 76, 77, 78, 79, 80, 81, 82, 90, 200])
@pytest.mark.parametrize("word", ["election", "elections.", "vote", "(election)", "hearing"])
def test_event_window_gives_the_whole_sentence_scan(pad, word):
    for text in (f"The {word}{'x' * pad} was held on May 4, and then{' ' * pad}{word} again.",
                 f"{word}{' ' * pad}May 4 {'y' * pad}{word}", f"On May 4{'.' * pad}{word}"):
        start = text.index("May 4")
        end = start + len("May 4")
        assert dates.event(text, start, end) == _plain_event(text, start, end)


@pytest.mark.slow
@pytest.mark.parametrize("call", [
    ("parse_words", ("twenty-five",)), ("parse_words", ("a dozen",)), ("parse_words", ("half a million",)),
    ("parse_words", ("three hundred and twelve",)), ("parse_words", ("Seven",)), ("parse_words", ("lots",)),
    ("rounding", ("2.38", 1e6)), ("rounding", ("45,000",)), ("rounding", ("18", 1.0)), ("rounding", ("0", 1)),
    ("rounding", ("700\u00a0000",)), ("singular", ("employees",)), ("singular", ("MPs",)),
    ("singular", ("cities",)), ("singular", ("series",)), ("singular", ("Workmen",)), ("singular", ("gas",)),
])
def test_cached_number_helpers_give_the_plain_answers(call):
    from factcheck.extract import numbers
    name, args = call
    cached = getattr(numbers, name)
    plain = cached.__wrapped__(*args)
    first, again = cached(*args), cached(*args)  # computed, then from the cache
    assert first == plain and again == plain and type(again) is type(plain)


@pytest.mark.slow
@pytest.mark.parametrize("word", ["people", "news", "MPs", "Americans", "specimen", "workmen", "bus", "class",
                                  "dogs", "its", "women", "Jones's", "gas", "ones"])
def test_cached_plural_test_gives_the_plain_answer(word):
    assert nouns.is_plural(word) == nouns.is_plural.__wrapped__(word) == nouns.is_plural(word)


@pytest.mark.slow
@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The firm has 4,512 employees in its Ohio plants, and 212 bus routes.",
    "About 300 people attended the A.C.M.E. meeting on Friday's agenda (in the city).",
    "Revenue rose 18% to $4.5bn; shares fell 3.2 per cent",
    "x" * 130 + " 12 cats",
])
def test_right_noun_tokens_read_in_place_equal_the_window_tokens(text):
    from itertools import islice

    for end in range(len(text)):
        window = text[end:end + 120]
        plain = [(t.group(), t.start() + end, t.end() + end) for t in islice(patterns.TOKEN.finditer(window), 8)]
        assert [(t.group(), *t.span()) for t in islice(patterns.TOKEN.finditer(text, end, end + 120), 8)] == plain


@pytest.mark.parametrize("plural, one", [
    ("loaves", "loaf"), ("calves", "calf"), ("hooves", "hoof"), ("scarves", "scarf"), ("wharves", "wharf"),
    ("shelves", "shelf"), ("valves", "valve"), ("olives", "olive"), ("detectives", "detective"),
])
def test_plurals_in_ves(plural, one):
    """A counted noun in -ves is one noun with its singular ("1,200 loaves"
    and "a loaf"), not "loave"; nouns whose singular ends in -ve keep it."""
    from factcheck.extract.numbers import singular
    assert singular(plural) == one
