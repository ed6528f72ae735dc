"""What a bare figure counts when the thing is named only before it: things named in the sentence before ("Rebels
attacked a convoy of 31 trucks. Twelve were set on fire", "… a large cache of firearms. Police said more than 60 had
been recovered"), parts of a count given in the sentence before ("Police detained 58 football supporters … Forty-one of
them were released"), and nouns whose plural is the singular ("38 government aircraft", "7 crew").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...records import Claim
from .lexicon import CANONICAL, GENERIC_NOUNS, TIME_UNITS, measure_from, people_noun
from .scope import is_people
from .verbs import verb_above

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: nouns whose plural is written as the singular: a figure above one counts them by that noun
INVARIANT = frozenset("aircraft spacecraft hovercraft watercraft crew staff sheep cattle livestock deer fish poultry "
                      "swine bison moose".split())
#: words before a bare figure that point back at people or things already told of ("the two", "all four")
DEFINITE = frozenset("the these those all both other each".split())
#: nouns for a collection of things, whose members a later bare figure counts
COLLECTIONS = frozenset("cache convoy shipment stockpile haul fleet batch consignment column depot arsenal stash load "
                        "collection cargo hoard lot string series wave dozens hundreds scores "
                        # an event on a set of things: "the closure of clinics across the island. … 11 stayed shut"
                        "closure closing closures shutdown destruction cancellation grounding".split())
#: measures that count no people and no event: money, terms, and shares
NOT_A_COUNT = frozenset({"money", "sentence"})


def invariant_plural(noun: "Token", value: float | None) -> bool:
    """Whether the noun is one whose plural is its singular, counted by a figure above one ("38 aircraft")."""
    return noun.lower_ in INVARIANT and value is not None and value > 1 and noun.pos_ == "NOUN"


def _thing(noun: "Token") -> bool:
    return noun.tag_ == "NNS" and noun.pos_ == "NOUN" and noun.is_alpha and noun.lower_ not in TIME_UNITS \
        and noun.lower_ not in GENERIC_NOUNS and not people_noun(noun.text) and not measure_from(noun.text)


def thing_named_before(tokens: list["Token"], claims: list[Claim], earlier: list[Claim],
                       before: list["Span"]) -> str | None:
    """The key of the things a bare figure counts when the sentence before names them and the figure's own clause tells
    no event of people: the things the last figure before counted ("a convoy of 31 trucks. Twelve were set on fire" ->
    trucks), else the last plural noun for things of the sentence before ("a cache of firearms. … more than 60 had been
    recovered" -> firearms). The figure is the first of its sentence, stands as subject or object, and nothing
    ("the", "all") says it points back at a group already counted."""
    figure = tokens[-1]
    if claims or not before or figure.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    doc = figure.doc
    if any(t.lower_ in DEFINITE for t in doc[max(figure.sent.start, tokens[0].i - 2):tokens[0].i]):
        return None
    if figure.i + 1 < len(doc) and doc[figure.i + 1].lower_ == "of":
        return None  # "12 of them", "three of the vehicles": a part, read elsewhere
    last = next((c for c in reversed(earlier) if c.unit is None and c.measure not in NOT_A_COUNT), None)
    if last is not None:
        if last.measure in CANONICAL or people_noun(last.measure.split()[-1]):
            return None  # the count before is of people or an event: their fate is read from the words
        return last.measure
    # a thing named as the members of a collection ("a cache of firearms", "a convoy of trucks"): a bare figure after
    # it counts them ("Thieves stole cars … Police said 2 had been found" names no such whole, and is left alone)
    nouns = [t for t in before[0] if _thing(t) and not any(a.dep_ == "relcl" for a in t.ancestors)
             and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in COLLECTIONS]
    return nouns[-1].lower_ if nouns else None


#: "N of them" opening a clause: a part of a count given before
OF_THEM = re.compile(r"^\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)


def part_of_count_before(rest: str, earlier: list[Claim]) -> Claim | None:
    """The count of the sentence before that "N of them" opening this sentence is a part of: the last one that counts
    people or an event when the words after say the part are people ("Thirty-eight of them are pupils" after "44
    diphtheria cases at three boarding schools": the cases), else the last one that counts anything."""
    counts = [c for c in earlier if c.unit is None and c.measure not in NOT_A_COUNT]
    if not counts:
        return None
    first = rest.strip().split(",")[0].strip()
    if first and is_people(first) or any(people_noun(w) for w in re.findall(r"[a-z]+", rest.lower())):
        persons = [c for c in counts if c.measure in CANONICAL or people_noun(c.measure.split()[-1])]
        if persons:
            return persons[-1]
    return counts[-1]


def shared_noun(tokens: list["Token"]) -> "Token | None":
    """The noun a figure shares with the next one when each has its own adjective: "57 confirmed and 19 suspected
    cases" (the 57 are cases too). The adjective must tell no event of its own ("12 dead and 40 injured people" is left
    to the words)."""
    doc, k = tokens[-1].doc, tokens[-1].i + 1
    if k + 3 >= len(doc) or doc[k].tag_ not in ("JJ", "VBN") or measure_from(doc[k].text) \
            or doc[k + 1].lower_ not in ("and", "or") or not doc[k + 2].like_num:
        return None
    k += 3
    while k < len(doc) and doc[k].tag_ in ("JJ", "VBN") and k < tokens[-1].i + 7:
        k += 1
    if k < len(doc) and doc[k].tag_ == "NNS" and doc[k].pos_ == "NOUN":
        return doc[k]
    return None


#: a figure given as the number of something told by its participle: "put the number of soldiers killed in the ambush
#: as high as 30" (the event decides, guideline decision 2: deaths, not troops)
NAMED_COUNT = re.compile(r"\b(?:number|toll|count|tally|total) of (?P<what>[^,;.\d]{1,60}?)\s*"
                         r"(?:\b(?:at|to|as|was|is|stood at|stands at|rose to|reached|climbed to|hit)\s*)?$", re.IGNORECASE)
#: the people a figure counts by who they are, blanked so the event words decide
WHO = re.compile(r"\b(?:soldiers?|troops?|servicem[ae]n|personnel|police(?:men)?|officers?|fighters?|militants?|"
                 r"protesters?|demonstrators?|passengers?|workers?|civilians?|people|persons?)\b", re.IGNORECASE)


#: a count named by the subject of a verb of reaching a value: "the cases numbered 27", "Homicides fell to 41"
SUBJECT_COUNT = re.compile(r"(?<![\w-])(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:(?:had|has|have)\s+)?(?:numbered|totall?ed|stood at|"
                           r"stands at|reached|rose to|risen to|climbed to|fell to|fallen to|dropped to|jumped to)\s+$",
                           re.IGNORECASE)


def named_count(before: str) -> str | None:
    """The measure of "the number of <people> <event>" written right before a figure, by its event word; or of the
    subject of a verb of reaching a value ("the cases numbered 27": cases)."""
    found = NAMED_COUNT.search(before)
    if found is None:
        subject = SUBJECT_COUNT.search(before)
        event = measure_from(subject.group("what")) if subject else None
        return event if event and event not in NOT_A_COUNT else None
    what = found.group("what")
    # the event nearest the noun: "the number of people who have disappeared after being taken into custody" (missing)
    event = measure_from(WHO.sub(lambda w: " " * len(w.group(0)), what), (0, 0))
    return event if event and event not in NOT_A_COUNT else None


def last_plural(sent: "Span") -> "Token | None":
    """The last plural common noun of a sentence (not a time unit, not a generic word, not inside a relative clause)."""
    nouns = [t for t in sent if t.tag_ == "NNS" and t.pos_ == "NOUN" and t.is_alpha and t.lower_ not in TIME_UNITS
             and t.lower_ not in GENERIC_NOUNS and not any(a.dep_ == "relcl" for a in t.ancestors)
             # not who tells it: "… across the valley, growers said"
             and not (t.dep_ == "nsubj" and t.head.lemma_.lower() in ("say", "tell", "report", "add", "warn", "estimate"))]
    return nouns[-1] if nouns else None


def people_acted_on(noun: "Token") -> bool:
    """Whether a figure of "people" or "persons" names them in a clause where something is done by or to them ("have
    crossed 38 thousand 500 Persons", "were placed in quarantine"): they take their own noun as key (the guideline's
    c494) when no word tells a measure. Not where they only are somewhere ("had been inside the hall") nor where they
    only feel or see something ("felt by roughly 2 million people")."""
    if noun.lower_ not in ("people", "persons"):
        return False
    crossing = noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("cross", "pass", "enter")  # translated order:
    # "the border of the Republic have crossed 38 thousand 500 Persons" (the persons crossed it)
    if noun.dep_ not in ("nsubj", "nsubjpass") and not crossing \
            or re.match(r"\s+of interest\b", noun.doc.text[noun.idx + len(noun):noun.idx + len(noun) + 14]):
        return False  # "speak with two persons of interest": sought, not acted on
    verb = verb_above(noun.head)
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in ("be", "have", "feel", "see", "hear", "live", "say", "tell",
                                                               "come", "go", "arrive", "remain", "stay", "work")


#: a figure whose clause is about "the count" or "the number" of something already counted: "health officials fear the
#: count could top 1,000"
FIGURE_SUBJECT = re.compile(r"\b(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:count|number|toll|tally|total|figure|"
                            r"caseload)\s+(?:(?:could|may|might|will|would|is|was|has|had|have|to|be|been|likely|expected|"
                            r"set|soon|eventually|already)\s+){0,3}$", re.IGNORECASE)


#: "one of the victims", "one of the wounded": one of people a figure before counted
ONE_OF_PEOPLE = re.compile(r"\s+of\s+(?:the|those|these)\s+(?P<who>victims|wounded|injured|hurt|dead|passengers|hostages|"
                           r"casualties|patients|detainees|suspects|climbers|miners|workers|people|men|women|children)\b",
                           re.IGNORECASE)


def one_of_those_counted(after: str, before: list[Claim]) -> bool:
    """Whether "one" followed by ``after`` is one of people a figure before counted ("three people were shot …; one
    of the victims died"): a part, and a claim (not "one of the fields")."""
    return bool(before) and bool(ONE_OF_PEOPLE.match(after)) and any(c.unit is None and c.measure not in NOT_A_COUNT
                                                                     for c in before)


#: what is done with money: a sum in "pounds" beside these words is sterling, not a weight
MONEY_WORDS = re.compile(r"\b(?:fin(?:ed|es?|ing)|pa(?:y|id|ys|ying)|costs?|costing|worth|compensat\w*|damages|bail|raised|"
                         r"donat\w*|stole|stolen|embezzl\w*|award\w*|owed?|owing|bribes?|fraud|settlement|salar\w*|"
                         r"bonus\w*|funds?|funding|grants?|budget\w*|spent|spend\w*|lost|losses|refund\w*|ransom)\b",
                         re.IGNORECASE)


def pounds_of_money(noun: "Token | None", sentence: str) -> bool:
    """Whether "N pounds" counts money: a sum beside words of paying, fining or costing, and not a weight of something
    ("40 pounds of cocaine")."""
    if noun is None or noun.lower_ not in ("pounds", "pound"):
        return False
    after = noun.doc.text[noun.idx + len(noun):noun.idx + len(noun) + 4]
    return not re.match(r"\s+of\b", after) and bool(MONEY_WORDS.search(sentence))


#: nouns that name an event, read by the rules for them rather than as a population
EVENT_WORDS = frozenset("counts charges cases deaths casualties injuries arrests fatalities detentions".split())
#: a total after a part of it: "At most 15 of the 120 miners", "70 percent of the 9,200 bus drivers", "four of the
#: eleven defendants"
PART_OF = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
                     r"forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|half|thirds?|quarters?|percent|cent))"
                     r"[\d,.%]*\s+of\s+(?:the|all|its|their|those|these)\s+(?:[\w'’]+['’]s\s+)?"
                     r"(?:(?:estimated|some|about|around|roughly|nearly|almost|approximately)\s+)?$", re.IGNORECASE)


def total_by_its_words(before: str, words: str, noun: "Token") -> str | None:
    """The measure of a total named after a part of it, by the total's own words (``words``: its phrase up to the
    clause's verb), whose verb tells what befell the part ("At most 15 of the 120 miners underground … are unaccounted
    for": the 120 are miners); words of the total's own phrase still tell its event ("1,100 of the 1,600 miners on
    strike": participants; "200 of the 1,500 refugees in the camp": displaced). None when no part is written before it
    or the noun is a generic one ("four of the 30 people arrested" is read as before)."""
    if not PART_OF.search(before) or noun.lower_ in GENERIC_NOUNS or noun.lower_ in EVENT_WORDS:
        return None  # (an event noun, "9 of the 12 bribery counts", is read by the rules for it)
    found = measure_from(words)
    if found in ("cases", "injuries"):
        from .circumstances import illness_or_harm, with_context

        found = illness_or_harm(found, with_context(noun.sent))  # "the 850 patients admitted to hospital" with dengue
    if found:
        return found
    return noun.lower_ if noun.tag_ in ("NNS", "NNPS") and noun.lower_.endswith("s") else None


def phrase_to_verb(doc: "Doc", start: int, stop: int) -> str:
    """The text from ``start`` up to the clause's finite verb, keeping a relative clause on the noun ("teachers who
    voted in the ballot| backed a strike")."""
    previous = None
    for token in doc:
        if token.idx < start or token.idx >= stop:
            continue
        if token.tag_ in ("VBD", "VBZ", "VBP", "MD") and not (previous is not None and previous.lower_ in (
                "who", "that", "which") or previous is not None and previous.tag_ in ("VBD", "VBZ", "VBP", "MD")
                and previous.i + 1 == token.i and any(t.lower_ in ("who", "that", "which")
                                                       for t in doc[max(0, previous.i - 2):previous.i])):
            return doc.text[start:token.idx]
        previous = token
    return doc.text[start:stop]
