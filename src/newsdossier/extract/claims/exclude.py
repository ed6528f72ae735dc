"""Numbers that count nothing: dates, times, ordinals, ages, durations, codes, years, addresses, phone numbers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from ...dates import MONTHS, WEEKDAYS
from .lexicon import PRISON, people_noun
from .shares import PERCENT_OF, PERCENT_OF_SUM
from .votes import FIGURE_PERCENT, share_head, vote_share
from .wording import compared_share

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: an election's turnout before a percentage: "Turnout was 61 percent, down from 68 percent" counts voters
#: (a decimal point is no sentence end: "Turnout reached 63.4 percent, up from 58 percent")
TURNOUT_BEFORE = re.compile(r"\bturnout\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$", re.IGNORECASE)
#: a percentage set beside a count as its share: "612 thousand electors, or 48.2 percent" (the same count as a share of
#: a whole the text does not give)
APPOSED_SHARE = re.compile(r"\d[\d,.]*(?:\s+(?:thousand|million))?\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*or\s+"
                           r"(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?$", re.IGNORECASE)
#: a change by an amount: "cutting their terms by an average of two years", "reduced the backlog by some 300"
CHANGE_BY = re.compile(r"\b(?:cut|cuts|cutting|reduc\w+|lower\w*|shorten\w*|extend\w*|lengthen\w*|increas\w+|rais\w+|"
                       r"decreas\w+|trimm\w+|trims?)\b[^.;,]{0,50}?\bby\s+(?:an average of\s+|on average\s+|an estimated\s+)?"
                       r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|up to\s+|at least\s+)?$",
                       re.IGNORECASE)
#: nouns after a figure that make it a duration, a share or a distance, not a count
NOT_COUNTED = frozenset("percent per cent pc % years year months month weeks week days day hours hour minutes minute "
                        "seconds times time nights night km kilometres kilometers miles metres meters mph degrees am pm "
                        "yards yard feet foot inches "
                        "inch acres hectares kg kilograms pounds lbs tons tonnes litres liters gallons wound wounds blocks block fractures "
                        # a document's length: "the ruling runs to 96 pages"
                        "burns pages".split())
#: an age limit: "a third of the patients are under 15", "children aged under five" (no count of anything)
AGE_LIMIT = re.compile(r"\b(?:are|were|is|was|be|being|aged|children|kids|anyone|those|people)\s+"
                       r"(?:under|over|below|above)\s+$", re.IGNORECASE)
# "10 gunshot wounds", "several facial fractures": wounds on one body, not people hurt
#: singular nouns that stand for a number of people or things: a percentage of them counts ("61 percent of the
#: electorate"); any other singular noun is an amount or an area ("4 percent of its annual profit")
COLLECTIVE_NOUNS = frozenset("population vote electorate workforce staff crew fleet force membership caseload turnout "
                             "people police personnel public total stock dead missing homeless hurt sick elderly".split())
AGE = re.compile(r"^\s*-?\s*years?\s*-?\s*old|^\s*-year-old|^\s*,?\s*aged\b|^\s*years? of age", re.IGNORECASE)
HYPHEN_UNIT = re.compile(r"^-(?:year|month|week|day|hour|minute|second|storey|story|point|km|mile|metre|meter|page|kilometre|"
                         r"kilometer|foot|feet|inch|tonne|ton|litre|liter|acre|hectare|kilogram|kg|lane|seat|bed|bedroom|"
                         r"car|vehicle|gauge|caliber|calibre|round|mm|millimeter|millimetre)s?\b",
                         re.IGNORECASE)
CODE_BEFORE = re.compile(r"(?:\b(?:mile marker|marker|milepost|mile post|kilometre post|kilometer post|route|highway|hwy|interstate|freeway|road|flight|no\.|"
                         # (a translated "in number 1 thousand 500 persons" is a count: "numbering 1,500")
                         r"(?<!\bin )(?<!\bin the )number|article|section|page|"
                         r"chapter|room|courtroom|unit|call|called|calling|dial|dialed|dialled|text|texting|suite|apartment|apt\.?|"
                         r"platform|gate|bus|line|ward|district|precinct|zone|level|phase|stage|tier|category|grade|"
                         r"vehicle|witness|exhibit)\b"
                         # "the hall No. 3", "decree No.417", "№ 12" (the dot ends no word)
                         r"|\bnos?\.|№)"
                         r"\.?\s*$", re.IGNORECASE)
#: a capacity before a figure: "built for 20,000 people", "designed to hold 500", "a capacity of 3,000"
CAPACITY_BEFORE = re.compile(r"(?:\b(?:built|designed|meant|intended|equipped|licensed|rated)\s+(?:for|to (?:hold|house|"
                             r"accommodate|seat|take|carry))|\b(?:capacity|room) (?:of|for)|\bseats|\bseating)\s+"
                             r"(?:up to\s+|about\s+|some\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
#: plural code words before a list of codes: "between mile markers 114 and 121", "exits 12 and 14", "pages 3 to 7"
CODES_BEFORE = re.compile(r"\b(?:mile markers|markers|mileposts|mile posts|exits|routes|highways|interstates|gates|platforms|"
                          r"rooms|courtrooms|wards|precincts|pages|articles|sections|chapters|lines|flights|junctions|"
                          r"kilometre posts|kilometer posts)\s+(?:\d+\s*(?:,|and|or|to|-|–)\s*)*$", re.IGNORECASE)
#: a road named with a number (case as written, so "in the street 3 men" is not one): "Loop 323", "Avenue 50"
ROAD_BEFORE = re.compile(r"\b(?:Loop|Spur|Farm[- ]to[- ]Market|Ranch Road|County Road|State Road|Avenue|Street|Parkway|"
                         r"Expressway|Turnpike|Bypass|Beltway|Motorway|Trunk Road)\s+$")
#: a place word before a house number: "at 1106 Marlin" (not "at least")
PLACE_BEFORE = re.compile(r"\b(?:at|on|near|outside|behind|in front of)\s+$", re.IGNORECASE)
#: a police report's race and sex code before an age: "(w/m, 46)", "(B/F, 19)"
RACE_SEX_CODE = re.compile(r"\(\s*[a-zA-Z]\s*/\s*[a-zA-Z]\s*,\s*$")
#: a broadcaster's call sign after its channel number, then a verb or a newsroom word: "13 WREX has learned"
STATION_AFTER = re.compile(r"^\s*(?:-\s*)?[KW][A-Z]{2,3}(?:-TV|-FM|-AM)?\s+(?:has|have|had|is|was|reported|reports|learned|"
                           r"obtained|confirmed|spoke|talked|says|said|crews?|reporters?|News|NEWS)\b")
#: a clock time written with a dot or colon: "at 10.00", "from 9:30", "until 18.45 local time"
CLOCK_TIME = re.compile(r"\d{1,2}[.:][0-5]\d")
CLOCK_BEFORE = re.compile(r"\b(?:at|from|until|till|by|before|after|since|around|about|to)\s+$", re.IGNORECASE)
CLOCK_AFTER = re.compile(r"\s*(?:a\.?m\b|p\.?m\b|hours?\b|hrs\b|h\b|GMT\b|UTC\b|local time\b|o'clock\b|[-–]\s*\d{1,2}[.:]\d\d)",
                         re.IGNORECASE)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|" \
          r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
#: a month (capitalised) just before a number: the number is its day ("December 18", "Aug. 24")
MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+$")
#: a number no day or year can be, after a month: "since January more than 60,000 people" (a count after a time)
MONTH_THEN_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u202f\u00a0]\d{3})+|(?:3[2-9]|[4-9]\d|[1-9]\d\d)|"
                              r"[A-Za-z][A-Za-z -]*")
#: a person just named or described, then a comma: the number after it is an age ("Dennis Clark III, 27,")
#: a capitalised word opening a sentence that is no name: "With 95 of 120 precincts reporting"
OPENING_WORD = re.compile(r"(?:^|[.;:!?]\s+)(?:With|In|Of|At|From|By|For|On|Since|After|Before|Among|Over|Under|About|"
                          r"Around|Nearly|Only|Just|Some|Almost|Roughly|Until|Through|Across|During)\s*$")
PERSON_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*[a-z]|\b[IVX]{1,4}|\bJr\.?|\bSr\.?|\b(?:boy|girl|man|woman|son|daughter|"
                           r"teen|teenager|victim|child|suspect|brother|sister|mother|father|wife|husband|friend|cousin|"
                           r"nephew|niece|uncle|aunt|grandmother|grandfather|driver|passenger|resident|student|officer|"
                           r"gunman|shooter)s?|\b(?:men|women|children|others?|left|right|center|centre))\)?,?\s*$")
# "McCloud, 34,", "Twin brothers, 17,", "Danyia Bell, left, 16,", "Jaeci, (right) 10,"
ADDRESS = re.compile(r"^\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|"
                     r"Way|Ct|Court|Pl|Place|Hwy|Highway|Pkwy|Parkway|Terrace|Circle)\b\.?")
TIME_WORDS = re.compile(r"\b(?:(?:19|20)\d{2}|" + "|".join((*MONTHS, *WEEKDAYS)) + r"|days?|weeks?|months?|years?|decades?|"
                        r"centur(?:y|ies)|hours?|"
                        r"minutes?|seconds?|ago|today|yesterday|tomorrow|morning|evening|night|noon|midnight|"
                        r"a\.?m\.?|p\.?m\.?|o'clock|\d{1,2}[:.]\d{2}|\d+s)\b", re.IGNORECASE)


#: nouns for one person: "the victim was 23" gives that person's age, not a count
ONE_PERSON = frozenset(
    "son daughter boy girl man woman victim suspect child teen teenager brother sister father mother husband wife "
    "driver student officer baby toddler infant shooter gunman friend cousin nephew niece uncle aunt grandson "
    "granddaughter grandfather grandmother boyfriend girlfriend resident neighbor neighbour pupil soldier individual "
    "person".split())


def _age_of_one_person(doc: "Doc", number_start: int) -> bool:
    """A bare number after "was"/"is" whose subject is one person ("He was 16 when …", "Her son Dastan was 19",
    "The victim was 23") is that person's age: one person is not a count of 19. A plural or a thing as subject
    ("The dead were 19", "The toll was 19") keeps the figure."""
    token = next((t for t in doc if t.idx == number_start), None)
    if token is None or token.dep_ not in ("attr", "acomp") or token.head.lemma_ != "be" \
            or any(c.dep_ not in ("relcl", "advcl", "punct") for c in token.children):
        return False  # ("She was 1 of 3 people shot" counts; "was 17 when the killings occurred" is an age)
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.tag_ == "PRP":
        return subject.lower_ in ("he", "she", "i")
    if subject.tag_ == "WP" and token.head.dep_ == "relcl":
        subject = token.head.head  # "A fifth individual, who was 17 at the time, was arrested": the one the clause is on
    return subject.tag_ in ("NN", "NNP") and (subject.ent_type_ == "PERSON" or subject.lemma_.lower() in ONE_PERSON
                                              or subject.tag_ == "NNP" and not subject.ent_type_)


def _named_before(doc: "Doc", number_start: int) -> bool:
    """Whether the word before the bracket or comma just before the number is part of a person's name (the NER
    model's PERSON): "Marlon Eason (10)" is an age, "Labour (202)" a count of seats."""
    token = next((t for t in doc if t.idx == number_start), None)
    if token is None or token.i < 2 or doc[token.i - 1].text not in ("(", ","):
        return False
    return doc[token.i - 2].ent_type_ == "PERSON"


def excluded(doc: "Doc", number_start: int, end: int, after: str, before: str, countable: bool) -> bool:
    """Whether the number doc.text[number_start:end] counts nothing. ``after`` and ``before`` are the 40 characters
    around it; ``countable`` says it has a counted noun (a figure that counts a noun, "between 40 and 50 bodies",
    stays even where the NER model calls it a date)."""
    for ent in doc.ents:
        if ent.start_char <= number_start < ent.end_char and ent.label_ in ("DATE", "TIME", "ORDINAL") and not countable \
                and (ent.label_ == "ORDINAL" or TIME_WORDS.search(ent.text)) \
                and not (ent.start_char == number_start and re.match(r"\S+\s+(?:a|an|the|last|this|one)\s", ent.text)):
            # "up from 90 a week earlier": the date starts after the figure  # a bare "52" tagged DATE is a model error
            if not PRISON.search(text_of(doc)[max(0, ent.start_char - 80):ent.end_char + 60]):
                return True
    written = text_of(doc)[number_start:end]
    if CLOCK_TIME.fullmatch(written) and (CLOCK_BEFORE.search(before) or CLOCK_AFTER.match(after)):
        return True  # a clock time: "will take place … at 10.00", "from 9:30 local time"
    if re.fullmatch(r"\d{1,2}\.\d{1,2}", written) and re.match(r"\.(?:\d{2}|\d{4})\b", after):
        return True  # a dotted date: "decree No. 417 of 03.11.2026"
    if re.match(r"^\s+(?:summers?|winters?|springs?|autumns?|seasons?|decades?|years?|months?|weeks?|days?|nights?)\s+"
                r"(?:ago|earlier|later|before|back)\b", after, re.I):
        return True  # a time ago: "two summers ago", "three winters earlier"
    if re.search(r"\b(?:aged|ages?)(?:\s+(?:of|between|from))?\s+(?:\d+\s*(?:,|,?\s*and|,?\s*or|to|-|–)\s*)*$", before, re.I):
        return True  # "aged 15 and 16", "six men aged 21 to 36", "ages 18, 22 and 27", "between the ages of 15 and 19"
    if RACE_SEX_CODE.search(before):
        return True  # an age after a police report's race and sex code: "Nathan Desai (w/m, 46)"
    if _age_of_one_person(doc, number_start):
        return True  # "Her son Dastan was 19 and studying …", "The victim was 23."
    if re.search(r"\bages?\s+(?:(?:was|were|is|are|has|have|had|been|being|initially|later|officially|not)\s+)*"
                 r"(?:given|listed|reported|released|put|estimated|stated|confirmed|identified)\s+(?:as|at)\s+$", before, re.I):
        return True  # "whose age was given as 17", "her age was listed as 45"
    if re.match(r"^(?:\s*,\s*\d{1,3})*\s*,?\s+(?:and|or|to)\s+\d{1,3}\s+years?\s+old\b", after, re.I):
        return True  # the first of a list of ages: "19 and 21 years old", "18, 22 and 27 years old"
    if AGE_LIMIT.search(text_of(doc), max(0, number_start - 30), number_start) \
            and re.match(r"\s*(?:years?\b|[.,;:)]|$|and\b|or\b)", after):
        return True  # "close to 40 percent of the patients are under 15": an age, not a count
    if AGE.match(after) or (HYPHEN_UNIT.match(after) and not re.match(
            r"^-(?:year|month) (?:(?:suspended|custodial|prison|jail) )?(?:sentence|prison|jail|term)", after, re.I)):
        return True
    if raw_digits(text_of(doc)[number_start:end]) and re.match(r"^-[A-Z][a-z]", after):
        return True  # a name with a digit joined to a capitalised word: "outside a 7-Eleven", "the 3-Com Center"
    if re.match(r"^\s*(?:%|percent|per cent)", after, re.I) and not PERCENT_OF.match(after) \
            and not PERCENT_OF_SUM.match(after) and not TURNOUT_BEFORE.search(before) \
            and not APPOSED_SHARE.search(before) and not share_of_opening_total(doc, number_start, after) \
            and not vote_share(text_of(doc), number_start, end) and not FIGURE_PERCENT.search(before) \
            and not compared_share(before):  # "up from 57 percent": kept if a share before it counts (``figures``)
        return True  # "prices rose 12 percent": a share of nothing countable
    share = PERCENT_OF.match(text_of(doc)[end:end + 80])  # not cut short: "of public-sector employees stay|ed at home"
    if share and not TURNOUT_BEFORE.search(before) and not re.search(r"\d", share.group(0)) \
            and not PERCENT_OF_SUM.match(after) and not vote_share(text_of(doc), number_start, end):
        # (a share "of the vote" is the votes': "had 51.3 percent of the vote against 44.8 percent")
        # (a share of a stated count counts: "70 percent of the 860 confirmed cases")
        head = re.split(r"\s+(?:in|on|at|of|from|for|with|without|were|was|had|have|has|are|is|who|that|which|and|or|"
                        r"[a-z]+ing)\b", share.group("counted"))[0].split()[-1].lower()
        # "40 percent of the 25,000 displaced", "70 percent of children" count
        # the phrase's own head when the three words matched run into its verb: "of registered voters| cast ballots"
        parsed = share_head(doc, end + share.start("counted"), end + share.end("counted") + 1) or head
        if not head.endswith(("s", "ed")) and head not in COLLECTIVE_NOUNS and not people_noun(head) \
                and not (parsed.endswith("s") or parsed in COLLECTIVE_NOUNS or people_noun(parsed)):
            return True  # "about 4 percent of its annual profit", "80 percent of the city": a share of an amount or an area
    if CHANGE_BY.search(text_of(doc), max(0, number_start - 80), number_start):
        return True  # "cutting their terms by an average of two years": a change, not a count
    if CAPACITY_BEFORE.search(text_of(doc), max(0, number_start - 40), number_start):
        return True  # "The camp, built for 20,000 people, now houses …": a capacity counts nothing in the world
    if ROAD_BEFORE.search(before) or re.search(r"#\s*$", before):
        return True  # "on Farm to Market 14 and N. Loop 323", "Avenue 50", "Witness #4"
    if CODES_BEFORE.search(before):
        return True  # "between mile markers 114 and 121", "exits 12 and 14": codes, each of them
    if CODE_BEFORE.search(before) and not re.search(r"\b(?:at least|some|about|more than|nearly)\s*$", before, re.I) \
            and CODE_BEFORE.search(text_of(doc)[max(0, number_start - 40):number_start]) \
            and not ((countable or PERCENT_OF.match(after)) and re.search(
                r"\b(?:[Tt]he|[Ii]n|[Oo]f)\s+(?:[A-Z][\w'’-]+\s+)+(?:district|ward|zone)\s*$", before)):
        return True  # "Route 9", "ward 4" (not "In the Marl district 8 people died": a named district, then a count)
    if re.search(r"\b(?:victims|men|women|boys|girls|suspects|teens|teenagers|they|both|all|children|shooters|"
                 r"gunmen|he|she|who)\s+(?:are|were|was|is)\s+(?:all\s+|both\s+)?(?:between\s+)?$", before, re.I) \
            and re.match(r"^\s*(?:[.;,]|$|years\b)", after) and not countable:
        return True  # ages: "Most of the victims are between 18 and 24."
    if re.search(r"\bmagnitude[\s-]*(?:of\s+)?$", before, re.I) or re.match(r"^\s*-?\s*(?:magnitude|on the Richter)\b", after, re.I):
        return True  # a quake's size: "a magnitude 6.4 quake", "a 5.9-magnitude tremor", "measured 7.1 on the Richter scale"
    own_before = text_of(doc)[max(0, number_start - 40):number_start]  # without the qualifier words
    if re.search(r"\b(?:them|whom|those|children|kids|boys|girls|teens|teenagers|minors|youths|pupils|people|"
                 r"men|women|adults|students|victims)\s+(?:aged\s+)?(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?$",
                 own_before, re.I) \
            and re.match(r"^\s*(?:years?\b|[,.;)]|$|and\b|or\b)", after) and not countable:
        return True  # an age band: "two of them under 16", "children under five", "people over 65"
    if re.search(r"\b(?:UPDATE|REFILE|CORRECTED|WRAPUP)\s*$", before) and re.match(r"^\s*-", after):
        return True  # a wire service's version tag: "UPDATE 2-Bus crash toll rises"
    raw = text_of(doc)[number_start:end]
    if re.fullmatch(r"(?:19|20)\d{2}", raw) and not re.match(r"^\s+(?:people|of|protesters|soldiers|troops)", after):
        return True
    if re.fullmatch(r"\d{5,}", raw):
        return True  # codes, short numbers to text, zip codes: counts this large are written with separators
    if re.match(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|:\d|times\b|fold\b|block\b|hundred block|"
                r"(?:freeway|highway|street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd|lane|drive|way)\b(?!\s+[a-z]+s\b))",
                after, re.I):
        return True  # times of day, "nine times more likely", "the 3300 block", "the 101 Freeway" (not "1 204 road
        # accidents")
    if re.match(r"^-?\d|^/\d", after) or re.search(r"\d[-/]$", before):
        return True  # phone numbers, codes and dates: "713-967-5810", "12/1/2015"
    # (not "has taken part 612 thousand electors": translated word order)
    if re.search(r"\b(?:image|photo|picture|slide|page|(?<!take )(?<!took )(?<!taken )(?<!taking )(?<!takes )part|gallery)"
                 r"\s+(?:\d+\s+of\s*(?:/\s*)?)?$", before, re.I) or \
            re.match(r"^\s+of\s+\d", after) and re.search(r"\b(?:image|photo|picture|slide|page|part)\s+$", before, re.I):
        return True  # "Image 9 of 16"
    if re.search(r"\b(?:age|ages) of\s*$|\b(?:sweet|turned|turns|turning|aged?)\s+$", before, re.I) or \
            re.match(r"^(?:\s*-?\s*(?:y\.?\s?o\b|y/o\b|yrs?\b)|\s+or (?:younger|older|under|over)\b|'?s\b)", after, re.I):
        return True  # ages: "under the age of 18", "turned 16", "15yo", "all 16 or younger", "in her 20's"
    if raw_one(text_of(doc)[number_start:end]) and re.search(r"\b(?:this|that|the|each|every|any|which|no|another)\s+$",
                                                         before, re.I):
        return True  # "put this one down": a pronoun
    if re.search(r"\d\s*/\s*$", before) or re.match(r"^\s*/\s*\d", after):
        return True  # a gallery counter: "1 / 3 Back to Gallery"
    if re.search(r"\b(?:father|mother|parent|grandfather|grandmother|grandparent)s? of\s+$", before, re.I):
        return True  # "a father of three": his children, not a count of the event
    raw_text = text_of(doc)[number_start:end]
    if raw_text[:1].isupper() and not raw_text[:1].isdigit() and re.search(r"\b(?:in|at|of|from|near|to)\s+(?:the\s+)?$", before) \
            and re.match(r"^\s+[A-Z][a-z]", after):
        return True  # a place named with a number: "in Three Rivers"
    if re.search(r"\b(?:News\w*|Channel|TV|Radio|(?!USD|EUR|GBP)[A-Z]{3,4})\s+$", before) \
            or re.match(r"^\s+(?:[A-Z][a-z]+\s+){0,2}(?:News|NEWS|Eyewitness)\b", after) or STATION_AFTER.match(after):
        return True  # a station: "CBS 8", "told News 8", "NewsCenter 7's", "7 Action News", "13 WREX has learned"
    if raw in ("911", "9-1-1") or re.search(r"\b(?:Club|Studio|Station|Building|Lot|Pier|Exit)\s+$", before) \
            or re.match(r"^\s+(?:N|S|E|W|NE|NW|SE|SW)\.?\s+\w", after) or re.search(r"\b(?:NE|NW|SE|SW)\.?\s+$", before):
        return True  # the emergency number, "Club 108", "4601 SE 79" (an address)
    if re.search(r"\bper\s+$", before) or re.match(r"^\s+per\s+(?:[\d,.]+|capita|one|a|every|each)\b", after):
        return True  # a rate: "24.18 per 100,000 residents"
    if re.match(r"^\s+(?:[A-Z][\w.]*\s+){1,3}block\b", after) or re.match(r"^\s*,?\s*(?:or|to)\s+\w+\s+times\b", after):
        return True  # "the 7700 Utica block"; "shot two, or three times"
    if MONTH_BEFORE.search(before) and not MONTH_THEN_COUNT.fullmatch(written) \
            or re.match(rf"^\s*(?:of\s+)?{_MONTHS}\b", after, re.I):
        return True  # a day of a month: "on December 18", "Aug. 24", "12 March"
    if re.search(r"\bone\s+(?:aged\s+)?$", before) and re.match(r"^\s+and\s+(?:the\s+)?other\s+(?:aged\s+)?\d", after):
        return True  # ages of two people: "Two teenagers, one 16 and the other 17, were injured"
    if PERSON_BEFORE.search(re.sub(r"(?:(?:also|now|both|all|then)|,\s*\d{1,2}\s+and)\s+$", "", before)) \
            and re.match(r"^\s*(?:[,.;)–—]|-\s|and\s+\d{1,2}\s*[,)]|of\s+\d|and\s+(?:from|of)\s|$)", after) \
            and not (raw[:1].isalpha() and re.search(r"\bother\s+$", before)) \
            and not OPENING_WORD.search(before):  # "the other two." is a count; "With 95 of 120 precincts …" no name
        return True  # an age after a name: "Harry Montgomery, 68, of Mohawk", "Dennis Clark III, 27,", "a boy, 11."
    if (re.search(r"\(\s*$", before) and re.match(r"^\s*\)", after) or re.search(r",\s*$", before)
            and re.match(r"^\s+(?:was|is|has)\s", after)) and _named_before(doc, number_start):
        return True  # an age after a person's name, in brackets or before a singular verb: "the murders of Marlon
        # Eason (10) and Ray Hill (16)", "Calvin Reyes, 24 was shot" (not "from them 2 children, 11 is hospitalised")
    if re.match(r"^(?:-\s*|\s+)(?:and|or|to)\s+\d{1,3}\s*-\s*(?:year|month|week|day)s?\s*-\s*olds?\b", after, re.I):
        return True  # the first of two ages sharing one "-year-old": "19- and 20-year-old brothers", "a 16 and 17-year-old"
    if re.search(r"\(\s*$", before) and re.match(r"^\s*\)", after) and re.search(r"\b(?:call|[A-Z]{3,})\b", before[-30:]):
        return True  # "call 574-LMPD (5673)"
    if ADDRESS.match(after) or (re.search(r"\b[A-Z]{2,5}\s+$", before) and re.match(r"^\s+[A-Z]", after)):
        return True  # "749 Parker Ave.", "ABC 57 News"
    name = re.match(r"^\s+([A-Z][a-z]+)", after)
    if re.fullmatch(r"\d{3,5}", raw) and PLACE_BEFORE.search(before) and name \
            and not name.group(1).endswith("s") and not people_noun(name.group(1)):
        return True  # a house number before a street's name: "found at 1106 Marlin", "in front of 1861 Corning"
    if re.fullmatch(r"\d{3}", raw) and re.search(r"\(\s*$", before) and re.match(r"^\)\s*\d{3}", after):
        return True  # an area code: "(800) 222-8477"
    if re.match(r"^\s*(?:mm|millimet(?:er|re)s?|caliber|calibre)\b", after, re.I):
        return True  # a gun's bore: "a 9 mm handgun"
    return bool(re.match(r"^\s*(?:st|nd|rd|th)\b", after))


#: a sentence that opens with the total its later figures are parts of: "Of the 3,400 who cast ballots, …"
OPENING_TOTAL = re.compile(r"^\s*(?:of|from|among)\s+(?:the|all|those|these)\s+(?:\w+\s+)?\d[\d,.]*\b", re.IGNORECASE)


def share_of_opening_total(doc: "Doc", number_start: int, after: str) -> bool:
    """Whether a bare percentage is the subject of its clause after an opening total ("Of the 3,400 who cast ballots,
    91 percent backed a walkout"): a share of that total, not a change ("rose 12 percent")."""
    token = next((t for t in doc if t.idx == number_start), None)
    if token is None or not OPENING_TOTAL.match(token.sent.text):
        return False
    verb = re.match(r"^\s*(?:%|percent|per cent)\s+(?:of them\s+)?(?:(?:have|has|had)\s+)?(?P<word>[a-z]+)", after, re.I)
    if verb is None:
        return False
    word = next((t for t in token.sent if t.idx > number_start and t.lower_ == verb.group("word").lower()), None)
    return word is not None and word.pos_ in ("VERB", "AUX")


def raw_one(text: str) -> bool:
    """Whether a number is the word "one" (which is also a pronoun)."""
    return text.strip().lower() == "one"


def raw_digits(text: str) -> bool:
    """Whether a number is written in digits ("7"), not in words ("Seven-Year Itch" is a unit handled apart)."""
    return bool(re.fullmatch(r"\d+", text.strip()))
