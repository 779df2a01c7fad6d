"""The regular expressions of figure extraction, grouped by what they find.

Each is a ``Lazy`` pattern (see ``lazy.py``): compiled on first use, and,
where a ``first=`` test is given, behind that guard on its first character.
Patterns named ``*_BEFORE`` are searched in the text just before a figure
(anchored at its end), ``*_AFTER`` matched just after it.
"""

from __future__ import annotations

import re

from ..folding import lower_pattern
from ..lexicon import trie_pattern
from ..numbers import NUMBER_WORD_INITIALS, NUMBER_WORDS, ONES_AND_TENS
from ..lazy import Lazy
from .words import NUMBER_WORD_SET

# ---------------------------------------------------------------------------
# Words and clauses

TOKEN = Lazy(r"[A-Za-z][A-Za-z'’.\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*|[^\sA-Za-z\d]")
"""A word, a number or one other character: the tokens read around a figure."""
CAPITALISED = Lazy(r"[A-Z][A-Za-z'’&.\-]*")
NEXT_WORD = Lazy(r"\s+([A-Za-z]+)")
CLAUSE_BREAK = Lazy(r"[,;:()\[\]\u2014\u2013\"\u201c\u201d]|\s-\s|\b(?:and|but|said|says|that|which|who|while"
                    r"|because|when|if|whereas)\b",
                    first=r"[,;:()\[\]\u2014\u2013\"\u201c\u201d\sabstwi]")
ANCHOR_CLAUSE = Lazy(r"[,;:()\[\]\u2014\u2013]|\s-\s|\b(?:while|but|whereas|although|though)\b")
GLUED_DIGITS = Lazy(r"(?<=[A-Za-z])-\d+")
DIGIT = Lazy(r"\d")
NUMBER_WORD = Lazy(r"(?<![a-z])(?=[" + "".join(sorted({w[0] for w in NUMBER_WORD_SET})) + r"])"
                   r"(?:" + trie_pattern(sorted(NUMBER_WORD_SET)) + r")(?![a-z])")
"""Finds one of NUMBER_WORD_SET as a whole run of letters ``[a-z]+`` in
lower-cased text: the same test as looking each such run up in the set,
without building the list of words."""

# ---------------------------------------------------------------------------
# Dates and times

MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
            r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
DATE = Lazy(r"\b(?P<m1>" + MONTH_RE + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b(?!:|\s*(?:%|percent|per cent))"
            r"(?:,?\s+(?P<y1>(?:1[89]|20)\d\d)\b)?"
            r"|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>" + MONTH_RE + r")(?![a-z])"
            r"(?:,?\s+(?P<y2>(?:1[89]|20)\d\d)\b)?"
            r"|\b(?P<m3>" + MONTH_RE + r"),?\s+(?P<y3>(?:1[89]|20)\d\d)\b",
            first=r"[\dJFMASOND]")  # a month's initial or a digit
MONTH = Lazy(MONTH_RE)  # starts with a capital letter: found by a fast scan
YEARISH = Lazy(r"^(?:1[89]|20)\d\d$")
TIME_REF_SRC = (
    r"(?<![\d,.$£€])\b(?:fiscal(?:\s+year)?\s+|FY\s?)?(?P<year>(?:1[89]|20)\d\d)\b(?!,\d|\s?%|\s?(?:percent|million))"
    r"|\b(?P<rel>(?:last|this|next|past|previous|coming|same|that)\s+(?:fiscal\s+)?(?:year|month|week|quarter|season"
    r"|decade|period|spring|summer|autumn|winter)|(?:first|second|third|fourth|final)\s+(?:quarter|half)|a\s+(?:year|month|week)\s+(?:earlier|ago"
    r"|before)|year-on-year|(?:month|year)-on-(?:month|year))\b"
    r"|\b(?P<month>January|February|March|April|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
TIME_REF = Lazy(TIME_REF_SRC, re.I)
TIME_REF_FOLDED = Lazy(  # for folded text: much faster
    lower_pattern(TIME_REF_SRC),
    first=r"\b[12acdfjlmnopstwy]")  # a word's start: a year's first digit, "fy", "fiscal", a period word's initial
TIME_PART = Lazy(
    r"^(?:(?:1[89]|20)\d\d|(?:last|this|next|past|previous|coming|same|that)\s+(?:fiscal\s+)?\w+|(?:first|second|third"
    r"|fourth|final)\s+(?:quarter|half)|a\s+\w+\s+(?:earlier|ago|before)|\w+-on-\w+|january|february|march|april"
    r"|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)$")
TIME_KEYS = ("year", "month", "week", "quarter", "season", "decade", "period", "half", "-on-", "spring", "summer",
             "autumn", "winter", "Jan", "Feb", "Mar",
             "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "day", "19", "20")
TIME_KEY = Lazy("|".join(re.escape(k) for k in TIME_KEYS))  # literal starts: a fast scan
FUTURE = Lazy(r"\b(?:will|would|shall|scheduled|expected to|plans? to|set to|is to|are to|upcoming)\b|'ll\b", re.I)
EFFECTIVE = Lazy(r"\b(?:takes?|took|taking) effect\b|\beffective\b", re.I)
HEDGED = Lazy(r"\b(?:likely|unlikely|expects?|expected|expecting|could|might|may|possibly|perhaps|speculation"
              r"|speculated|rumou?red?|reportedly|planning|predicts?|predicted|tipped|understood)\b")
REPEAT = Lazy(r"\b(?:again|next|another|second|previous|earlier|last)\b", re.I)
ROLE_BEFORE = Lazy(r"([A-Za-z]+)\s+(?:the\s+)?$")
OR_BEFORE = Lazy(r"\b\d{1,2}\s+or\s+$")
OR_AFTER = Lazy(r"\s+or\s+\d")

# ---------------------------------------------------------------------------
# Numbers

CUR = r"(?P<cur>(?:US|A|C|NZ|HK|S)\$|\$|£|€|¥|₹|\bRs\.?\s?|\b(?:USD|EUR|GBP|JPY|INR|CAD|AUD)\s?)"
DIG = (r"(?P<digits>(?<![\w.,/:\-–])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])"
       r"|\d+(?:\.\d+)?|\.\d+))")
SCALE = (r"(?:[\s\-]?(?P<scale>(?i:thousand|million|billion|trillion|mln|bln))\b|(?P<short>mn|bn|tn|m|k|b|K|M|B)\b"
         r"|(?P<pence>p)(?!\w|\.m\b))?")
"""A scale word after a number, or the "p" of pence glued to it ("130p", not
"3p.m.")."""
CUR_FIRST = r"[$£€¥₹UACNHSREGJI]"
"""The first character of every CUR alternative."""
_NOT_GLUED = r"(?!\w|/(?!(?:hr|hour|h|month|mo|year|yr|day|week|wk)\b)|:\d|\.\d|,\d)"
NUM = Lazy(
    r"(?:" + CUR + r"\s?)?"
    r"(?:" + DIG + SCALE + _NOT_GLUED + r"|(?P<words>(?<![\w-])(?i:" + NUMBER_WORDS + r"))(?![\w-]))",
    first=r"[\d.]|" + CUR_FIRST + r"|(?<![\w-])(?i:[" + NUMBER_WORD_INITIALS + r"])")
# a currency, a digit, ".5", or a number word at the start of a word
NUM_DIGITS = Lazy(
    r"(?:" + CUR + r"\s?)?(?:" + DIG + SCALE + _NOT_GLUED + r"|(?P<words>(?!)))",
    first=r"[\d.]|" + CUR_FIRST)  # a currency, a digit or ".5"
VAGUE_OF = Lazy(r"\b(?i:(?P<vague>tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands"
                r"|millions|billions))\s+of\b",
                first=r"(?i:[tdshmb])")
VAGUE_WORDS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions")
"""A VAGUE_OF match holds one of these, in lower case if the text is ASCII
(other text may hold letters that IGNORECASE equates with ASCII ones)."""
FRACTION = Lazy(
    r"\b(?:(?P<num>(?i:one|two|three|four|a))[- ](?P<den>half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)"
    r"(?=\s+of\b)|(?P<num2>(?i:two|three|four))-(?P<den2>thirds|quarters|fifths|tenths)\b"
    r"|(?P<half>(?i:half))(?=\s+of\b)|(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,3})(?![\d/])(?=\s+of\b))")
COMPOUND = Lazy(
    r"(?<![\w\-.,$£€])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?i:" + trie_pattern(ONES_AND_TENS) + r")(?:-and-a-(?:half|quarter))?)"
    r"-(?P<w>[a-z]+)\b(?!-old|-year-old)",
    first=r"\d|(?i:[" + NUMBER_WORD_INITIALS + r"])")
HYPHEN_LOWER = Lazy(r"-[a-z]")  # in every COMPOUND match; a literal start: fast

# ---------------------------------------------------------------------------
# Tallies and not-figures

TALLY = Lazy(r"(?<![\w.,/$£€\-–])(?P<a>\d{1,3})\s?[-–—]\s?(?P<b>\d{1,3})(?![\w,/\-–]|\.\d|\s?(?:%|percent))",
             first=r"\d")
TALLY_DASH = Lazy(r"\d\s?[-–—]\s?\d")  # in every TALLY match; starts with a digit: fast
TALLY_WORDS = Lazy(
    r"\b(?i:vot(?:e|ed|es|ing)|margin|tally)\s+(?:of\s+)?(?P<a>\d{1,3}|[a-z]+)\s+to\s+(?P<b>\d{1,3}|[a-z]+)\b",
    first=r"(?i:[vmt])")
TALLY_VOTES = Lazy(r"(?<![\w.,/$£€\-–])(?P<a>\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)\s+votes?\s+to\s+(?P<b>\d{1,3}|[a-z]+(?:-[a-z]+)?)\b"
                  r"(?![.,]\d|-)",
                  first=r"[\dA-Za-z]")
"""A tally with the noun after its first side ("by 28 votes to 22", "by
seven votes to four")."""
VOTE_CONTEXT = Lazy(
    r"\b(?i:vot(?:e|ed|es|ing)|ballots?|ruling|ruled|decision|majority|margin|split|upheld|justices|jury"
    r"|jurors|tally|approved|rejected|passed|confirmed)\b",
    first=r"(?i:[vbrdmsujtapc])")
YES = Lazy(r"\b(?:to|in favou?r of)\s+(?:approve|pass|adopt|back|endorse|accept|confirm|uphold|support)\w*", re.I)
NO = Lazy(r"\b(?:to|against)\s+(?:reject|block|defeat|oppose|deny|strike|overturn|veto|dismiss)\w*", re.I)
PHONE = Lazy(r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b", first=r"[+(\d]")
PHONE_DIGITS = Lazy(r"\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}")  # in every PHONE match; starts with a digit: fast
IDENT_BEFORE = Lazy(r"(?:\bno\.|\bnos\.|#|\bnumber|\bpage|\bpp?\.|\bpar\.|\bpara\.|\bchapter|\bsection"
                    r"|\bgrade|\bsize|\bversion|\bv\.|\bstep|\bpart|\bphase|\blevel|\bcategory|\bstage"
                    r"|\bexit|\broute|\bseason|\bepisode|\bvolume|\bvol\.|\bflight|\btable|\bfigure)\s*$", re.I)
IDENT_REACH = 12
"""More than the longest IDENT_BEFORE word with the character before it."""
IDENT_ENDS = (".", "#", "number", "page", "chapter", "section", "grade", "size", "version", "step", "part", "phase",
              "level", "category", "stage", "exit", "route", "season", "episode", "volume", "flight", "table",
              "figure")
"""How each IDENT_BEFORE alternative ends ("no.", "p.", "vol." all end in ".")."""
TIME_AFTER = Lazy(r"\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|o'clock|GMT\b|BST\b|[ECMP][SD]?T\b|local time)", re.I)
ADDRESS_AFTER = Lazy(
    r"\s+(?:[A-Z][a-z]+\.?\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Way|Place"
    r"|Court|Square|Terrace|Highway|Parkway)\b")
AGE_AFTER = Lazy(r"(?:-|\s)(?:years?|months?)(?:-|\s)old\b|-year-old", re.I)
HYPHEN_WORD = Lazy(r"-[A-Za-z]")
TIMES_AFTER = Lazy(r"\s+times\b", re.I)
FRACTION_AFTER = Lazy(r"-(?:thirds?|quarters?|fifths?|halves|tenths?)")
TO_OR_AFTER = Lazy(r"\s+(?:to|or)\s+\w")
CAPITAL_AFTER = Lazy(r"\s+[A-Z]")
UNIT_AFTER = Lazy(r"\s*(?:%|[A-Za-z])")

# ---------------------------------------------------------------------------
# Units, ranges and bounds around a number

PERCENT_AFTER = Lazy(r"\s*(?:%|percent\b|per\s?cent\b|pct\b|percentage points?\b)", re.I)
# (wire copy's "dlrs" and "stg", and currencies named in words)
MONEY_AFTER = Lazy(r"\s+(?P<cw>dollars?|dlrs?|euros?|pounds? sterling|pounds?(?!\s+of)|stg|yen|yuan|rupees?|cents?|cts|pence|"
                   r"francs?|schillings?|shillings?|guilders?|lire|lira|USD|EUR|GBP)\b")
DURATION_AFTER = Lazy(r"\s+(?:(?P<working>working|business)\s+(?=days?\b))?(?P<dw>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b", re.I)
RATIO_BEFORE = Lazy(r"\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?$",
                    re.I, first=r"[otfsen\d]")
RANGE_AFTER = Lazy(r"\s*(?:-|–|—|to|and|or)\s*" + CUR + r"?\s?(?P<n2>\d[\d,]*(?:\.\d+)?"
                   r"|(?i:" + "|".join(sorted(ONES_AND_TENS, key=len, reverse=True)) + r")\b)"
                   r"(?:[\s\-]?(?P<scale2>thousand|million|billion|trillion)\b)?(?![\w/])")
RANGE_TO_BEFORE = Lazy(r"\b(?:from|between|aged?|ages)\s*\S{0,4}\s*$", re.I)
BETWEEN_BEFORE = Lazy(r"\bbetween\s*(?:\$|£|€)?\s*$", re.I, first=r"b")
CHANGED_OBJECT = (r"(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|put\s+up"
                  r"|reduc(?:e|es|ed|ing)|cut(?:s|ting)?)(?:\s+[\w'\u2019-]+){1,8}?")
"""A verb that changes what it governs, and its object ("lift the fee for a
standard cremation"): the words before a change's "from" (pattern source)."""
CHANGE_FROM = Lazy(r"\b(?:(?:rose|fell|up|down|increased|decreased|grew|went|jumped|dropped|climbed|risen"
                   r"|fallen|rising|falling|increase|decrease|drop|rise|fall)|" + CHANGED_OBJECT + r")"
                   r"\s+from\s*\S{0,4}\s*$", re.I)
"""A change's old value: "rose from", "lift the fee for a standard cremation
from" (a verb that changes what it governs, its object between): "from £780
to £1,020" is then two values, not a range."""
CHANGE_JUST_BEFORE = Lazy(
    r"\b(?:rose|fell|up|down|increased|decreased|grew|went|jumped|dropped|climbed|risen|fallen|rising|falling|rise"
    r"|fall|raised|cut|lowered|by|from|surged|soared|slid|slipped|plunged|gained|lost|declined|sank)\s+\S{0,2}\s*$",
    re.I)

# ---------------------------------------------------------------------------
# The frame of a figure: place, modality, comparison

PLACE_AFTER = Lazy(
    r"\s+(?:(?:in|across|throughout|around|outside|among)\s+(?:(?P<det>the|its|their|his|her|this|that)\s+)?"
    r"(?P<p>[A-Z][\w.'’-]*|[a-z]+)"
    r"|(?P<w>worldwide|nationwide|globally|statewide|countrywide|overseas|abroad|internationally)\b)")
PLACE_WORD = Lazy(r"\b(?:worldwide|nationwide|globally|statewide|countrywide|overseas|abroad|internationally"
                  r"|citywide|region-wide)\b", re.I, first=r"[wngsocair]")
MODAL = Lazy(r"\b(?:will|would|could|may|might|should|must|shall|needs?|needed|wants?|wanted|seeks?|sought"
             r"|aims?|aimed|hopes?|hoped|plans?|planned|planning|expects?|expected|proposes?|proposed"
             r"|targets?|goal|intends?|promised?|pledged?|forecast|projected|estimates?)\b")
# a subordinate clause of time or cause opens between a modal and the figure:
# "will be closed ... after inspectors found 23 cracks" (the finding is done)
SUBORDINATE = Lazy(r"\b(?:after|before|because|since|once|until)\b", re.I)
DET_BEFORE = Lazy(r"\b(?:a|an|the|its|their|his|her|our|this)\s+$", re.I, first=r"[athio]")
COMPARED = Lazy(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|against|surpass(?:es|ed|ing)?"
                r"|exceed(?:s|ed|ing)?|outstrip(?:s|ped|ping)?)\b[^,;\d]*$", re.I, first=r"[ctvaseo]")
