"""Figures in a headline's telegraphic grammar: "5 shot on Detroit's west side", "2 Dead, 3 Hurt In Crash",
"Shooting leaves 1 dead, 4 injured", "Police: 3 arrested after brawl", "Six feared dead in mine collapse".

Headlines drop articles and auxiliaries and are often in Title Case, so spaCy's parse of them is poor ("shot" is
tagged a noun, the figure hangs from nothing) and the claims extractor, which reads the parse, misses most of them.
In a headline the figure and its participle sit side by side, which a pattern reads reliably: a number, at most two
people nouns ("5 people", "two more teens"), an optional auxiliary, then a casualty participle or adjective; or
"leaves/left N dead". Figures that only follow a comma apposition ("Man, 24, killed") are ages, not counts.

A headline's "6 shot, 2 dead" counts the dead among the shot; as in the claims extractor, the injuries figure is
then lowered to the injured only (``injured_only``). A prefix "Police:" or a tail ", police say" is the source.
The extractor runs only on the title part (``extract.TITLE_EXTRACTORS``); its claims say ``field="title"``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..config import Settings
from ..records import Article, Claim, stable_id
from .claims.injured_only import injured_only
from .numbers import QUALIFIERS, WORD, Number, find_numbers

if TYPE_CHECKING:
    from ..annotate import Part

NAME = "rules-titles/1"

PEOPLE_NOUNS = (r"people|persons|men|women|teens|teenagers|children|kids|students|officers|police officers|deputies|"
                r"adults|youths|victims|suspects|relatives|juveniles|boys|girls|workers|soldiers|troops|civilians|"
                r"protesters|protestors|migrants|miners|passengers|residents|family members|firefighters|others|more|"
                r"other|young men|bystanders|inmates|prisoners|hikers|climbers|tourists|fans|pupils|babies|infants")
PEOPLE = rf"(?:(?:{PEOPLE_NOUNS})\s+){{0,2}}"
AUX = r"(?:(?:are|were|was|is|have been|has been|had been|now|reported|confirmed|believed|later)\s+){0,2}"
#: (measure, participles); the death phrases come first so "shot dead" is a death, not an injury
PREDICATES: tuple[tuple[str, str], ...] = (
    ("deaths", r"shot dead|shot and killed|shot to death|stabbed to death|fatally (?:shot|stabbed|wounded|injured)|"
               r"found dead|killed|dead|die|dies|died|slain|murdered|perish|perished|drown|drowned|feared dead|fatally"),
    ("injuries", r"injured|wounded|hurt|hospitali[sz]ed|shot|stabbed|struck by gunfire|hit by gunfire|"
                 r"taken to (?:the )?hospital"),
    ("arrests", r"arrested|detained|charged|in custody|jailed|apprehended|taken into custody|booked"),
    ("missing", r"missing|unaccounted for"),
    ("evacuated", r"evacuated"),
    ("displaced", r"displaced|left homeless"),
)
_PREDICATE = "|".join(f"(?P<{measure}>{words})" for measure, words in PREDICATES)
AFTER = re.compile(rf"\s+(?P<people>{PEOPLE}){AUX}(?:{_PREDICATE})\b", re.IGNORECASE)
#: "Shooting leaves 2 dead", "crash left three injured": the figure comes after the verb, the state after it
LEAVES = re.compile(r"\b(?:leaves?|left|leaving)\s+$", re.IGNORECASE)
STATE = re.compile(rf"\s+(?P<people>{PEOPLE})(?:(?P<deaths>dead|killed)|(?P<injuries>injured|wounded|hurt|"
                   rf"hospitali[sz]ed)|(?P<missing>missing)|(?P<displaced>homeless))\b", re.IGNORECASE)
#: "Police: …", "Sheriff's office: …" (but not "UPDATE:", "WATCH:", "Video:")
#: "Police: …", "Ministry of Health: …", "Sheriff's office: …": a name before a colon (but not a kicker such as
#: "UPDATE:", "WATCH:", nor a phrase "Gun violence in Columbus:")
SOURCE_PREFIX = re.compile(r"^(?P<source>(?:[A-Z][\w'’.&-]*|of|the|for|and)(?:\s+(?:[A-Z][\w'’.&-]*|of|the|for|and|police|"
                           r"sheriff|officials?|authorities|office|department|coroner|prosecutors?|ministry)){0,5})\s*:\s")
KICKERS = frozenset("update updated breaking watch video photos photo live exclusive opinion analysis editorial "
                    "developing new now listen gallery explainer factbox timeline raw".split())
SOURCE_TAIL = re.compile(r",\s+(?P<source>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:say|says|said|reports?|claims?)\s*$",
                         re.IGNORECASE)
QUALIFIER_WORDS = "|".join(words for _, words in QUALIFIERS)
#: "FBI says 3 killed …", "Officials say two …"
SOURCE_HEAD = re.compile(r"^(?P<source>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:say|says|said|reports?|claims?)\s+"
                         rf"(?=(?:(?:{QUALIFIER_WORDS})\s+)?(?:\S*\d|(?:{WORD}|a dozen|dozens|hundreds|thousands)\b))",
                         re.IGNORECASE)
#: "Health ministry withdraws death toll of 164, …", "Police revise toll to 12": the subject of a verb that gives,
#: changes or withdraws a count speaks for the headline's figures
SOURCE_ACT = re.compile(r"^(?P<source>(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:withdraws?|withdrew|revises?|revised|raises?|"
                        r"raised|lowers?|lowered|puts?|updates?|updated|confirms?|confirmed|corrects?|corrected|"
                        r"retracts?|retracted|announces?|announced)\s+(?:the\s+|its\s+|their\s+)?(?:death\s+)?"
                        r"(?:toll|tally|count|figure|number)\b", re.IGNORECASE)
#: "N shot, killed …", "N shot in the head, killed": a headline's second participle, with no figure of its own, says
#: what became of the same people
THEN_KILLED = re.compile(r"^[^,;:\d]{0,30},\s*(?:and\s+)?(?:killed|dead|slain)\b", re.IGNORECASE)
#: participles that count the dead among the hit; "wounded", "injured" and "hurt" count the living only
HIT = frozenset({"shot", "stabbed", "struck by gunfire", "hit by gunfire"})
PEOPLE_WORDS = frozenset(PEOPLE_NOUNS.split("|"))
#: a headline over many incidents ("3 killed, 12 wounded in weekend shootings across the city", "1 week, 6 shot"):
#: its figures are scoped to that round-up, so they never stand for one incident's count
ROUNDUP = re.compile(r"\b(?:shootings|attacks|stabbings|crashes|incidents|homicides|murders|bombings|clashes)\b.*|"
                     r"\b(?:weekend|holiday) (?:violence|bloodshed|gunfire)\b|"
                     r"\b(?:in|over|during|within|past|last|in less than|in under)\s+(?:the\s+)?(?:past\s+|last\s+)?"
                     r"(?:\d+|one|two|three|four|five|six|seven|a)\s+(?:weeks?|weekends?|months?|days?|hours?)\b(?!-old| old)|"
                     r"\b(?:\d+|one|two|three)\s+(?:weeks?|weekends?|months?|days?)(?=\s*,)|"
                     r"\bso far\b|\bthis year\b", re.IGNORECASE)
HEDGED = re.compile(r"\b(?:feared|may|might|possibly|reportedly|believed)\b", re.IGNORECASE)
#: a figure that is an age, a year or a time, never a count in a headline
NOT_A_COUNT = re.compile(r"^(?:-?\s*years?\b|-year|\s*(?:a\.?m\.?|p\.?m\.?|%|percent|st|nd|rd|th)\b)", re.IGNORECASE)


#: where a bullet hits, after "shoots": "Teen shoots hand while hunting"
BODY_PARTS = ("hand", "leg", "foot", "arm", "finger", "thigh", "knee", "chest", "head", "stomach", "shoulder")
#: one person in a headline's list of the harmed: "man", "17-year-old girl", "police officer"
SINGLE_NOUNS = (r"man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|adult|juvenile|person|officer|deputy|"
                r"trooper|student|youth|mother|father|son|daughter|wife|husband|brother|sister|mom|dad|grandmother|"
                r"grandfather|suspect|gunman|bystander|driver|passenger|victim|cop|kid|minor|clerk|guard")
PLURAL_NOUNS = rf"{PEOPLE_NOUNS}|teens|cops|kids|minors|clerks|guards"
MODIFIER = r"(?:(?:\d+|[a-z]+)-year-old|police|young|teenage|teen|elderly|pregnant|off-duty|other|more)"
_COUNT = rf"(?:\d{{1,2}}|{WORD})"
#: one part: "4 teens", "1 adult", "a woman", "man", "two police officers"
LIST_PART = (rf"(?:(?:{_COUNT})\s+(?:{MODIFIER}\s+)?(?:{PLURAL_NOUNS}|{SINGLE_NOUNS})|"
             rf"(?:(?:a|an|one|1)\s+)?(?:{MODIFIER}\s+)?(?:{SINGLE_NOUNS}))")
#: "4 teens, 1 adult shot", "Man, 2 teens wounded", "2 men and a woman hurt": parts joined by commas or "and"
PARTS_LIST = re.compile(rf"(?<![\w,] )(?<![\w-])(?P<list>{LIST_PART}(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s*,\s*and\s+){LIST_PART})+)"
                        rf"\s+{AUX}(?:{_PREDICATE})\b", re.IGNORECASE)
PART = re.compile(LIST_PART, re.IGNORECASE)
#: "Teen killed, another wounded", "1 officer dead, another injured": one more person, of the second measure
ANOTHER = re.compile(rf"(?:^|[,;]\s*|\s(?:and|&)\s+)(?P<list>(?:another|one other|(?:a|the) (?:second|third|fourth|fifth|"
                     rf"sixth))(?:\s+(?:{SINGLE_NOUNS}))?)"
                     rf"\s+{AUX}(?:{_PREDICATE})\b", re.IGNORECASE)


#: one person harmed in a headline the parser cannot read: "Boy, 3, wounded in accidental shooting", "Alleged gang
#: member was target, but 2-year-old was shot": at the start (after a "Police:" prefix) or after "but" / "and" / ";"
SINGLE = re.compile(rf"(?:^(?:[^:]{{1,40}}:\s+)?|[;,]\s+but\s+|\s(?:but|and)\s+|;\s+)(?P<person>(?:(?:a|an|the)\s+)?"
                    rf"(?:{MODIFIER}\s+)?(?:{SINGLE_NOUNS}|(?:\d+|[a-z]+)-year-old))(?:,\s*\d{{1,3}},)?\s+{AUX}"
                    rf"(?:{_PREDICATE})\b", re.IGNORECASE)


#: one person a headline says shot himself or is in hospital: "Boy, 5, shoots self with father's gun", "Teen
#: accidentally shoots own leg", "2-year-old in critical condition after shooting", "Boy stable after accidental shooting"
SINGLE_HURT = re.compile(rf"^(?:[^:]{{1,40}}:\s+)?(?:[\w'’.-]+\s+){{0,2}}?(?P<person>(?:(?:a|an|the)\s+)?(?:{MODIFIER}\s+)?(?:{SINGLE_NOUNS}|"
                         rf"(?:\d+|[a-z]+)-year-old))(?:,\s*\d{{1,3}},)?\s+(?:(?:is|was|remains|now)\s+)?"
                         rf"(?:(?:accidentally|apparently|reportedly)\s+)?(?P<predicate>shoots\s+(?:self|himself|herself|"
                         rf"(?:own|his|her)\s+[a-z]+|(?:in\s+(?:the\s+)?)?(?:{'|'.join(BODY_PARTS)}))|"
                         rf"(?:in\s+)?(?:critical|serious|stable|grave|fair)\s+condition|(?:stable|critical)(?=\s+(?:after|"
                         rf"following|from)\b))\b", re.IGNORECASE)


def single_victims(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end of the person, measure, predicate) for each single person a (sentence-cased) headline says was
    killed, shot or arrested, read by pattern: the victims extractor's fallback when the parse of a headline gives
    nothing (``victims.extract_victim_counts``). A person who shot himself or is in a stated condition is hurt."""
    found = []
    for match in SINGLE.finditer(text):
        measure = next(m for m, _ in PREDICATES if match.groupdict().get(m))
        found.append((match.start("person"), match.end("person"), measure, match.group(measure)))
    if not found and (match := SINGLE_HURT.match(text)):
        predicate = match.group("predicate").split()
        found.append((match.start("person"), match.end("person"), "injuries",
                      predicate[0] if predicate[0].lower() == "shoots" else predicate[-1]))
    return found


def _part_size(part: str) -> int | None:
    """People one part of a headline's list counts: "4 teens" 4, "a woman" 1, "man" 1; None for an unreadable one."""
    words = part.split()
    first = words[0].lower()
    if first in ("a", "an", "another", "one", "1") or len(words) == 1 or not re.match(_COUNT + "$", first, re.I):
        return 1
    numbers = list(find_numbers(first))
    if len(numbers) != 1 or numbers[0].low != numbers[0].high or not numbers[0].low.is_integer():
        return None
    return int(numbers[0].low)


def _listed(text: str) -> list[tuple[int, int, str, int, str]]:
    """(start, end of the list, measure, people counted, the list as written) for each list of harmed people in a
    headline ("4 teens, 1 adult shot" is 5 shot) and each "another" after a first casualty ("Teen killed, another
    wounded": 1 wounded). The parts are added up: a headline that lists them gives no total of its own."""
    found = []
    for match in PARTS_LIST.finditer(text):
        sizes = [_part_size(p.group(0)) for p in PART.finditer(match.group("list"))]
        if len(sizes) < 2 or None in sizes:
            continue
        measure = next(m for m, _ in PREDICATES if match.groupdict().get(m))
        found.append((match.start("list"), match.end("list"), measure, sum(sizes), match.group("list")))  # type: ignore[arg-type]
    for match in ANOTHER.finditer(text):
        if match.start() > 0:  # "another" refers back to a casualty before it
            measure = next(m for m, _ in PREDICATES if match.groupdict().get(m))
            found.append((match.start("list"), match.end("list"), measure, 1, match.group("list")))
    return found


def _one_more(found: list[Claim], listed: list[tuple[int, int, str, int, str]], offset: int) -> list[Claim]:
    """"Three men shot, a fourth wounded": a single "another" / "a fourth" after a figure of the same measure is one
    more of them (4), not a count of its own; after another measure ("Teen killed, another wounded") it stands."""
    singles = {(offset + start, offset + end) for start, end, _, size, _ in listed if size == 1}  # "another", "a fourth"
    out: list[Claim] = []
    for claim in found:
        before = out[-1] if out else None
        if (claim.start, claim.end) in singles and before is not None and before.measure == claim.measure \
                and before.value_low is not None and before.value_high is not None:
            out[-1] = replace(before, value_low=before.value_low + 1, value_high=before.value_high + 1,
                              counted=f"{before.counted}, and {claim.text}")
            continue
        out.append(claim)
    return out


def extract_title_figures(article: Article, parts: Sequence["Part"], settings: Settings, model: str = "") -> tuple[Claim, ...]:
    """Casualty and arrest figures in the (sentence-cased) title that ``parts`` hold; offsets index that text."""
    claims: list[Claim] = []
    for part in parts:
        found: list[Claim] = []
        text = part.doc.text
        source, source_span = _source(text)
        scope = roundup_scope(text)
        listed = _listed(text)
        for start, end, measure, size, phrase in listed:
            found.append(Claim(
                id=stable_id("claim", article.id, part.offset + start, part.offset + end, NAME, measure),
                document=article.id, start=part.offset + start, end=part.offset + end, text=text[start:end],
                sentence=text.strip(), measure=measure, counted=f"{phrase} (parts added up)" if size > 1 else phrase,
                value_low=float(size), value_high=float(size), qualifier="exact", scope=scope,
                as_of=(article.published or "")[:10] or None, source=source,
                source_start=part.offset + source_span[0] if source_span else None,
                source_end=part.offset + source_span[1] if source_span else None,
                status="hedged" if HEDGED.search(text) else "reported" if source else "asserted", extractor=NAME,
            ))
        for number in find_numbers(text):
            tail, head = text[number.end:], text[:number.start]
            if not_a_count(text, number) or any(s <= number.start < e for s, e, *_ in listed):
                continue
            match = (STATE.match(tail) if LEAVES.search(head) else None) or AFTER.match(tail)
            if not match:
                continue
            measure = next(m for m, _ in PREDICATES if match.groupdict().get(m))
            counted = match.group("people").strip() or match.group(measure)
            if measure == "injuries" and match.group(measure).lower() in HIT and THEN_KILLED.match(tail[match.end():]):
                measure = "deaths"  # "4 shot, killed in Oak Park home": the shot are the dead
            end = part.offset + number.end + match.end()
            found.append(Claim(
                id=stable_id("claim", article.id, part.offset + number.start, end, NAME, measure),
                document=article.id, start=part.offset + number.start, end=part.offset + number.end,
                text=text[number.start:number.end], sentence=text.strip(), measure=measure, counted=counted,
                value_low=number.low, value_high=number.high, qualifier=number.qualifier,
                scope=scope,
                as_of=(article.published or "")[:10] or None, source=source,
                source_start=part.offset + source_span[0] if source_span else None,
                source_end=part.offset + source_span[1] if source_span else None,
                status="hedged" if HEDGED.search(text) else "reported" if source else "asserted", extractor=NAME,
            ))
        found.sort(key=lambda c: c.start)
        found = _one_more(found, listed, part.offset)
        for index in range(1, len(found)):  # "6 shot, 2 dead": the dead are some of the shot
            before, dead = found[index - 1], found[index]
            if dead.measure == "deaths" and before.measure == "injuries" and _hit(before, text, part.offset) \
                    and dead.counted.lower() not in PEOPLE_WORDS:
                found[index] = replace(dead, counted="")
        ordered, _ = injured_only(found)
        claims += _dead_first(ordered, text, part.offset)
    return tuple(claims)


def _hit(claim: Claim, text: str, offset: int) -> bool:
    """Whether a headline's injuries figure counts people hit ("6 shot", "Four teens shot", "2 people struck by
    gunfire"), who include the dead a figure after it names, and not the wounded alone ("3 wounded"). The participle is
    read after the figure, past its people noun: "Four teens shot, one fatally" is 3 injured as "4 shot, 1 dead" is.
    The claim's offsets less ``offset`` index ``text``."""
    if claim.counted.lower() in HIT:
        return True
    match = AFTER.match(text[claim.end - offset:])
    return bool(match and (match.group("injuries") or "").lower() in HIT)


#: "1 dead after 4 people shot": the dead are some of the shot counted after them
AMONG = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:after|as|when|following)\s+$", re.IGNORECASE)


def _dead_first(claims: list[Claim], text: str, offset: int) -> list[Claim]:
    """A death figure, then "after/as N (people) shot": the shot include the dead, so the injuries figure counts
    N - M (``counted`` shows the subtraction), as ``injured_only`` does when the dead come second. The claims'
    offsets less ``offset`` index ``text``."""
    out = list(claims)
    for index in range(len(out) - 1):
        dead, hit = out[index], out[index + 1]
        between = text[dead.end - offset:hit.start - offset]
        if dead.measure != "deaths" or hit.measure != "injuries" or not AMONG.match(between) \
                or not re.search(r"\b(?:shot|stabbed|struck|hit)\b", text[hit.end - offset:], re.IGNORECASE) \
                or hit.value_low is None or dead.value_high is None or not dead.value_high < hit.value_low:
            continue
        low, high = hit.value_low - dead.value_high, (hit.value_high or hit.value_low) - dead.value_high
        out[index + 1] = replace(hit, value_low=low, value_high=high,
                                 counted=f"{hit.counted}, not killed: {hit.value_low:g} - {dead.value_high:g}")
    return out


#: words after which a number names a thing, not a count: "Rt. 33", "Cloud 9", "Club 108", "Fox 8", "Apt. 4"
NAMING_WORDS = frozenset(
    "rt route highway hwy interstate i us sr club cloud apartment apartments apt unit suite room no number channel "
    "fox cbs nbc abc news station district ward precinct block exit mile gate pier terminal flight bus line studio "
    "building lot level floor grade class zone sector phase section chapter article proposition prop amendment "
    "ordinance bill code model season episode game round stage page lane pct local county road".split())


def not_a_count(text: str, number: Number) -> bool:
    """A headline number that is an age, a year, a time, a name's number or money, never a count of people:
    "Man, 24, killed", "… of Tyshawn Lee, 9", "Rt. 33", "Cloud 9 shooting", "2019 shooting", "5K reward"."""
    tail, head = text[number.end:], text[:number.start]
    if NOT_A_COUNT.match(tail) or re.match(r"[kKmM]\b|-y", tail) or re.search(r"\d\s?[kKmM]$", text[:number.end]):
        return True  # "5K reward", "$2M", "10-y(ear-old)" cut off
    if re.search(r",\s*$", head) and (re.match(r"\s*(?:,|$|[-–—|:;]\s)", tail) or not tail.strip()):
        return True  # an age in apposition, inside or at the end of the headline
    previous = re.search(r"([A-Za-z]+)\.?\s*#?\s*$", head)
    if previous and previous.group(1).lower() in NAMING_WORDS:
        return True
    return number.qualifier == "exact" and 1900 <= number.low <= 2100 and number.low.is_integer()  # a year


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the numbers in a (sentence-cased) headline that ``not_a_count`` rejects: other extractors'
    figures there are dropped too."""
    return [(n.number_start, n.end) for n in find_numbers(text) if not_a_count(text, n)]


def roundup_scope(text: str) -> str | None:
    """The scope every figure of a round-up headline takes ("shootings across harlow", "1 week"), else None."""
    roundup = ROUNDUP.search(text)
    return " ".join(roundup.group(0).lower().split()[:6]).strip(" ,.;:") if roundup else None


def title_source(text: str) -> tuple[int, int] | None:
    """The span of the source a headline credits, if any."""
    return _source(text)[1]


def _source(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """Who a headline credits: "Police: …" or "…, police say"."""
    for pattern in (SOURCE_PREFIX, SOURCE_HEAD, SOURCE_ACT, SOURCE_TAIL):
        if (match := pattern.search(text)) and match.group("source").lower() not in KICKERS:
            return match.group("source"), match.span("source")
    return None, None
