"""What narrows a figure: a place ("in the capital alone"), a group ("including 96 children") or a period
("in the past two weeks").

Reconciliation groups claims by (measure, scope), so a scope must (1) be filled whenever a figure counts only
part of the event — a capital-only or security-force count must not meet the national toll — and (2) be
written the same way by different outlets. Hence the normalised short form (``normalise``): no preposition,
article, "alone" or possessive, a group without "members of": "in the capital alone" -> "capital", "of them,
security forces" / "19 were members of the security forces" -> "security forces", "in the past two weeks" ->
"past two weeks" ("since January" keeps its "since"). A place and a period together are joined by a comma.

A named place or a town ("killed in Port Selden", "in the city") is usually where the event happened, not a
part of it: it is a scope only when something says it narrows the figure — "alone", another figure of the
same measure for another place in the sentence ("14 in Olvasi and 9 in Brisk"), or a larger unscoped total of
the same measure in the article. Subdivisions ("the capital", "the province", "the eastern districts",
"the old town"), named administrative divisions ("in Kessel province", "the Orsino district") and compass areas
("across the flood-hit north") narrow by themselves. Places inside a clause about the event ("when a ferry capsized
off Kestrel Bay", "where the protest had been banned") or hanging on another thing ("the rubble of a warehouse in
Varnholt") are not the figure's. A period may be a clause after "since" ("since the ceasefire collapsed") or a span
("between 2019 and 2024"), and a figure named as "the number of X … is estimated at N" takes X's place and period. A
part of the figure before ("1,400 of them") shares its place and period, "there" stands for the place named before
it, and a share said to be a group ("One in five of the 12,000 … were farmers") takes that group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..numbers import Number, find_numbers
from .lexicon import GENERIC_NOUNS, PERSON_NOUNS
from .measure_words import SUBSET_BEFORE
from .places import SUBORDINATE, area_in, find_place

if TYPE_CHECKING:
    from spacy.tokens import Span

_TIME_UNIT = r"(?:days?|weeks?|months?|years?|hours?|decades?|quarter|half|weekend|night|nights)"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|"
          r"Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s (?:\w+))?"
_EVENT_NOUN = (r"(?:coup|vote|election|elections|war|invasion|uprising|protests?|curfew|attacks?|ceasefire|truce|"
               r"crackdown|unrest|fighting|clashes|riots?|floods?|earthquake|storm|start|beginning|outbreak|"
               r"offensive|strike|strikes|blockade|siege|disaster|eruption|explosion|fires?|blasts?|collapse|outage|quake)")
PERIOD = re.compile(
    rf"\b(?:in|over|during|within|for) the (?:past|last|previous|first|preceding)\s+(?:[\w-]+\s+){{0,2}}?{_TIME_UNIT}\b"
    # "on the past week" (translated; not "on the first day", a point in time)
    rf"|\bon the (?:past|last|previous)\s+(?:[\w-]+\s+){{0,2}}?{_TIME_UNIT}\b"
    rf"|\bwithin (?:[\w-]+\s+){{0,2}}?{_TIME_UNIT}\b"
    rf"|\bin (?:a|one) single (?:day|night|week|month)\b"
    r"|\b(?:so far )?this (?:year|month|week|season|weekend)\b|\bso far in (?:19|20)\d{2}\b"
    r"|\b(?:for|in) the year\b|\byear to date\b|\bso far this year\b|\b(?:at )?this time last year\b|\blast year\b"
    r"|\bovernight\b|\blast night\b"
    # "during the day", "over the weekend", "from beginning of year" (as translation writes it)
    r"|\b(?:during|over|in the course of) the (?:day|night|week|weekend|month)\b"
    r"|\b(?:from|since) (?:the )?(?:beginning|start) of (?:the |this )?(?:year|month|week)\b"
    # "since the ceasefire collapsed", "since the power was cut on Tuesday": since an event told as a clause
    rf"|\bsince (?:the|a|an|its|their|[\w'’]+['’]s) (?:[\w-]+ ){{0,4}}?(?:(?:was|were|had been|has been|have been) )?"
    rf"(?:[a-z]+ed|broke out|began|begun|struck|hit|fell|went|came|took effect|ran|blew up|caught fire|cut|shut|lost|"
    rf"broken|taken|shot|held|built|burst|sank|sunk|hit|made landfall|swept|spread|rose|seized|overran|froze)\b"
    rf"(?: (?:on|last) {_WEEKDAY}| in {_MONTH})?"
    # "since it was switched on in March": a pronoun's start (not a cause: "since they were taken to hospital")
    rf"|\bsince (?:it|they) (?:(?:was|were|had been|has been|have been) )?(?:opened|launched|installed|switched on|"
    rf"introduced|began|started|created|set up|founded|established|built|went live|came into force|took effect)\b"
    rf"(?: (?:on|last) {_WEEKDAY}| in {_MONTH})?"
    rf"|\bsince (?:the (?:start|beginning) of (?:the |this )?\w+|last \w+|(?:early |late |mid-)?{_MONTH}(?: \d{{1,2}})?"
    rf"|{_WEEKDAY}"
    rf"|(?:19|20)\d{{2}}|(?:the |[\w'’]+ )?(?:[\w-]+ ){{0,2}}?{_EVENT_NOUN}"
    r"(?: (?:began|started|begun|erupted|broke out|was lifted|was imposed|was declared))?)"
    r"|\b(?:for all of|in all of|throughout) (?:19|20)\d{2}\b|\bin (?:19|20)\d{2}\b"
    # a span of years or months: "paid $1.9 million between 2019 and 2024", "from March to June"
    rf"|\bbetween (?:(?:{_MONTH}) )?(?:19|20)\d{{2}} and (?:(?:{_MONTH}) )?(?:19|20)\d{{2}}\b"
    rf"|\bbetween (?:{_MONTH}) and (?:{_MONTH})\b"
    rf"|\bfrom (?:(?:{_MONTH}) )?(?:19|20)\d{{2}} (?:to|until|through) (?:(?:{_MONTH}) )?(?:19|20)\d{{2}}\b"
    rf"|\bfrom (?:{_MONTH}) (?:to|until|through) (?:{_MONTH})\b",
    re.IGNORECASE)
#: a period that may be just when the event happened ("two dead overnight"): a scope only beside a figure for
#: another period
SHORT_PERIOD = re.compile(r"overnight|(?:so far )?this (?:morning|afternoon|evening)|last night|tonight|"
                          r"during the (?:day|night)|over the weekend", re.IGNORECASE)
#: "and" before another figure ends a figure's clause: "14 people in Olvasi and 9 in Brisk"
AND_FIGURE = re.compile(r"\band\b(?=\s+(?:[\w-]+\s+){0,2}?(?:(?!(?:19|20)\d\d\b)\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"dozens|hundreds|thousands|several|a few|scores)\b))", re.IGNORECASE)
ADVERBIAL = re.compile(r"\b(?:when|where|after|while|because|before|until|following)\b|[,;:(]", re.IGNORECASE)
#: a group after "of them": "96 of them women", "of them, security forces"
OF_THEM = re.compile(r"^\s*(?:of (?:them|whom)|among them|from (?:them|whom))\s*,?\s*(?:were\s+|are\s+)?", re.IGNORECASE)
_LEADING = re.compile(r"^(?:(?:(?:of|among) (?:them|whom|those),?|in|at|on|of|across|within|throughout|from|among|"
                      r"inside|to|into|for|towards|including|the|a|an|members of|also|all|mostly|mainly|only|just)\s+)+",
                      re.IGNORECASE)


#: a count named as "the number of X" with the figure after its verb: X's place and period are the figure's
NUMBER_OF = re.compile(r"\b(?:number|total|tally|count|toll) of\s+(?P<x>[^;:]{3,120}?)\s+(?:is|was|has|had|have|stood|"
                       r"stands|rose|reached|climbed|grew|now)\b[^;:,]{0,40}$", re.IGNORECASE)


#: words of a place phrase that name no place
PLACE_FILLER = frozenset("in at on of across within throughout from among inside to into for along out the a an".split())


@dataclass(frozen=True, slots=True)
class Parts:
    """The scope words found beside one figure, before it is known whether a place narrows it."""

    place: str | None = None
    #: True when the place narrows by itself (a subdivision, "alone"); False when it needs a sign
    place_narrows: bool = False
    group: str | None = None
    period: str | None = None


@dataclass(frozen=True, slots=True)
class Scope:
    """A normalised scope and its kind: "place", "group", "period" or a combination ("place+period")."""

    text: str
    kind: str


def normalise(phrase: str) -> str:
    """The short form that groups across outlets: "in the capital alone" -> "capital", "Vantorre's" ->
    "Vantorre", "members of the security forces" -> "security forces", "in the past two weeks" -> "past two
    weeks"."""
    text = " ".join(phrase.replace("’", "'").split()).strip(" ,.;:")
    text = re.sub(r"\s+alone$", "", text, flags=re.I)
    text = re.sub(r"'s?$", "", text)
    if not re.match(r"(?:since|within|throughout|for all of|in all of|from (?:the )?(?:beginning|start))\b", text, re.I):
        text = _LEADING.sub("", text)
    return text.strip(" ,")


def merge(own: Parts, other: Parts) -> Parts:
    """``own`` with what it lacks taken from ``other``."""
    place, narrows = (own.place, own.place_narrows) if own.place else (other.place, other.place_narrows)
    return Parts(place=place, place_narrows=narrows, group=own.group or other.group, period=own.period or other.period)


def context_parts(sent: "Span") -> Parts:
    """Scope words of a sentence that names what a later figure counts ("… the number of people killed in the
    capital since the coup. Their tally now stands at 52."): a subdivision and a period anywhere in it."""
    text = sent.text
    place = area_in(sent)
    period = PERIOD.search(text)
    return Parts(place=place, place_narrows=place is not None, period=period.group(0) if period else None)


def compose(parts: Parts, narrows: bool, period_narrows: bool = True) -> Scope | None:
    """The scope of a figure from its parts; ``narrows`` says whether its place is confirmed as a part of the event,
    ``period_narrows`` whether a short period ("overnight") is confirmed as a window of a longer count."""
    pieces, kinds = [], []
    if parts.place and (parts.place_narrows or narrows):
        pieces.append(normalise(parts.place))
        kinds.append("place")
    if parts.group:
        pieces.append(normalise(parts.group))
        kinds.append("group")
    if parts.period and (period_narrows or not SHORT_PERIOD.fullmatch(parts.period.strip())):
        pieces.append(normalise(parts.period))
        kinds.append("period")
    pieces = [p for p in pieces if p]
    return Scope(text=", ".join(pieces), kind="+".join(kinds)) if pieces else None


#: "there" for a place named before (not "there were", "there is")
THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|have|has|had|will|would|may|might|could|must|should|seems?|"
                   r"appears?|remains?|'s|’s|being|been)\b)", re.IGNORECASE)
#: a part of the figure before: "1,400 of them", "12 of those"
OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)


def _figure_before(text: str, start: int) -> "Number | None":
    """The last figure of the sentence before sentence offset ``start`` that is not a year."""
    found = [n for n in find_numbers(text[:start]) if n.end <= start
             and not re.fullmatch(r"(?:19|20)\d\d", text[n.number_start:n.end])]
    return found[-1] if found else None


def find_parts(sent: "Span", start: int, end: int, counted: str, measure: str | None, group: str | None,
               depth: int = 0) -> Parts:
    """Scope words for the figure at sentence offsets start:end counting ``counted``; ``group`` is the group a
    predicate names ("19 were members of the security forces"). A part of the figure before ("1,400 of them") takes
    that figure's place and period (``depth`` 1 looks no further back)."""
    text = sent.text
    head = _head(text, start)
    parts = Parts(**find_place(sent, _tail(text, end, counted, SUBORDINATE), head, start, measure),
                  group=group or _group(sent, text, start, end, counted),
                  period=_period(text, _tail(text, end, counted, ADVERBIAL), head))
    at = text.find(parts.place) if parts.place else -1
    if parts.place and 0 <= at <= start < at + len(parts.place):
        # a place phrase that holds the figure: "Across the three provinces …" is no scope of the three; "from the
        # Zone of flooding 1 043 Residents" (a misparse) ends before it
        cut = text[at:start].strip(" ,")
        named = [w for w in re.findall(r"[\w'’-]+", cut.lower()) if w not in PLACE_FILLER]
        # (nor "In the region of 6,000", "in the order of 900": a qualifier, not a place)
        parts = Parts(place=cut if named and not re.search(r"\d", cut) and not re.search(r"\bof$", cut, re.I) else None,
                      place_narrows=parts.place_narrows, group=parts.group, period=parts.period)
    there = THERE.search(text, head[0], _tail(text, end, counted, SUBORDINATE)[1])
    if there and not parts.place:
        # "withdrew results that had credited the party with 312,000 votes in Kessa province … and now puts the party's
        # total there at 156,400": "there" points back at the place named before it
        back = find_place(sent, (0, there.start()), (0, there.start()), start, measure)
        if back:
            parts = Parts(place=back["place"], place_narrows=back["place_narrows"], group=parts.group,
                          period=parts.period)
    went = PART_WENT_TO.match(text, end)
    if went and measure in TO_MEASURES and not parts.place and depth == 0:
        # "north of 27,000 people who have fled …, 9,500 of them into neighbouring Varesh": a part of the figure before
        # that went elsewhere is narrowed by where it went, a town or a country too
        name = re.search(r"[A-Z][\w'’-]+$", went.group("place"))
        if _place_words_kind(sent, went.start("place"), went.group("place")) or name and not NOT_PLACE_NAMES.match(
                name.group(0)):
            parts = Parts(place=went.group("place"), place_narrows=True, group=parts.group, period=parts.period)
    if OF_THEM_AFTER.match(text, end) and not (parts.place and parts.period) and depth == 0 \
            and text[start:end].lower() not in ("none", "neither", "not one", "no one"):
        # "roughly 9,000 people in Alder and Sable counties, and 1,400 of them spent the night in shelters", "as many
        # as 30 guns … since 2023 …, and agents had so far recovered 12 of them": a part of the figure before shares its
        # place and period
        whole = _figure_before(text, start)
        if whole is not None:
            before = find_parts(sent, whole.start, whole.end, "", measure, None, depth=1)
            parts = merge(parts, Parts(place=before.place, place_narrows=before.place_narrows, period=before.period))
    subject = NUMBER_OF.search(text[:start])
    if subject:  # "The number of people who have fled … since the ceasefire collapsed is estimated at 35,000"
        window = (subject.start("x"), subject.end("x"))
        parts = merge(parts, Parts(**find_place(sent, window, window, start, measure),
                                   period=_period(text, window, window)))
    return parts


#: where a part of the figure before went: "9,500 of them into neighbouring Varesh", "400 of them to Kessel"
PART_WENT_TO = re.compile(r"\s+of\s+(?:them|those|whom)\s+(?:\w+\s+){0,2}?(?:to|into|towards|across)\s+"
                          r"(?P<place>(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})", )
NOT_PLACE_NAMES = re.compile(rf"(?:{_MONTH}|{_WEEKDAY})$", re.IGNORECASE)
#: measures counted by where the people went (see ``places.TO_MEASURES``)
TO_MEASURES = frozenset({"troops", "displaced", "evacuated"})


def _place_words_kind(sent: "Span", start: int, place: str) -> str | None:
    """The kind of a place phrase at sentence offset ``start`` (see ``places._place_kind``)."""
    from .places import _place_kind
    return _place_kind(sent, sent.start_char + start, place)


def _tail(text: str, end: int, counted: str, stops: re.Pattern[str]) -> tuple[int, int]:
    """The rest of the figure's own clause after it: up to a comma, semicolon, one of ``stops`` or "and" before
    another figure. A place stops at a relative clause too ("… in Kessary, where …"); a period goes on into one
    that tells what happened to the counted ("three men who were killed over the past week")."""
    rest = text[end:]
    skip = len(rest) - len(rest.lstrip())
    if counted and rest.lstrip().startswith(counted):
        skip += len(counted)
    aside = re.match(r"\s*\([^()]{0,80}\)", rest[skip:])
    if aside:  # "1,146 households (roughly 4,300 people) have been moved out of …": the clause goes on after it
        skip += aside.end()
    stop = stops.search(rest, skip)
    conj = AND_FIGURE.search(rest[skip:])
    limit = min(stop.start() if stop else len(rest), skip + conj.start() if conj else len(rest))
    return end + skip, end + limit


def _head(text: str, start: int) -> tuple[int, int]:
    """The figure's clause before it, back to a comma, semicolon or another number."""
    begin = max((m.end() for m in re.finditer(r"[,;:]|\b(?!(?:19|20)\d\d\b)\d|\b(?:and|but|while|when|where|after|that|said|says|told|"
                                              r"reported|announced|estimated?|estimates)\b", text[:start], re.I)
                 # not the "and" of a span: "paid $1.9 million between 2019 and 2024 to 37 'consultants'"
                 if not (m.group(0).lower() == "and" and re.search(r"\bbetween\s+(?:[\w-]+\s+){1,2}$", text[:m.start()]))),
                default=0)
    return begin, start


def _group(sent: "Span", text: str, start: int, end: int, counted: str) -> str | None:
    """A subset group: "including 96 children", "among them 3 Police Officers", "96 of them women", "9 deaths among
    police officers", "Women and children account for 61 of the dead"."""
    specific = counted and counted.split()[-1].lower() not in GENERIC_NOUNS \
        and counted.split(" of ")[0].split()[-1].lower() not in CHARGE_NOUNS
    translated = _translated_group(text, start, end)
    if translated:
        return translated
    if specific and (SUBSET_BEFORE.search(text[max(0, start - 40):start])
                     or re.search(r"\b(?:including|among them|among whom)\b[^,;.]{0,40}\band\s+$", text[max(0, start - 60):start])):
        # "including 96 children", "including his ex-wife and several children", "among them 14 wounded soldiers and two
        # civilian medics"
        return counted
    among = re.search(r"\bamong\s+(?:the\s+)?(?P<g>[\w' -]{3,40}?)\s+$", text[max(0, start - 50):start], re.I)
    if among and is_people(among.group("g")):  # "perished among civilians 4 persons" (translated word order)
        return among.group("g")
    after = OF_THEM.match(text[end:])
    if after:
        people = _people(text[end + after.end():]) or _age_band(text[end + after.end():])
        if people:
            return people  # "96 of them women", "two of them under 16"
    among = re.match(r"^\s+(?:in|among)\s+(?:the\s+)?", text[end:])
    if among and SUBSET_BEFORE.search(text[max(0, start - 40):start]):
        people = _people(text[end + among.end():])
        if people:
            return people  # "including 140 in children under five"
    among = re.match(r"^\s*(?:[\w-]+\s+){0,2}?among\s+(?:the\s+)?", text[end:])
    if among and not re.match(r"\s*(?:\d|(?:those|them)\b)", text[end + among.end():]):  # "9 deaths among police officers" (not "among the dead": that is the figure's own measure)
        people = _people(text[end + among.end():])
        if people and people.split()[-1].lower() not in ("dead", "injured", "wounded", "victims"):
            return people
    if re.match(r"\s+(?:percent\s+|per cent\s+|%\s*)?of\s+(?:the|those|these|them|all)\b", text[end:], re.I):
        said = _share_predicate(sent, start, end)
        if said:
            return said
        band = re.match(r"(?:[^,;:]|(?<=\d),(?=\d)){0,100}?\s(?:are|were|is|was)\s+(?=(?:aged|under|over|below|above|older|younger)\b)", text[end:])
        if band and _age_band(text[end + band.end():]):
            return _age_band(text[end + band.end():])  # "close to 40 percent of the 850 patients admitted are under 15"  # "Roughly one in five of the estimated 12,000 people who joined … were farmers"
    account = re.match(r"^(?P<g>.{3,60}?)\s+(?:account|accounted|accounts|made up|make up|makes up)\s+(?:for\s+)?$",
                       text[:start].split(",")[-1].strip() + " ")
    if account:
        return account.group("g")
    return None


#: counts of a charge sheet, not groups of people: "he still faces seven, including two counts of official misconduct"
CHARGE_NOUNS = frozenset("count counts charge charges offence offences offense offenses crime crimes violation violations "
                         "indictment indictments complaint complaints".split())
#: a translated breakdown after "from them": "from them with drunk drivers — 212", "from them 31 — at children"
FROM_THEM_BEFORE = re.compile(r"\b(?:from|of) (?:them|whom),?\s+(?P<g>(?:with|at|among|in)\s+[\w' -]{3,40}?)\s*[—–-]\s*$",
                              re.IGNORECASE)
FROM_THEM_AFTER = re.compile(r"\s*[—–-]\s*(?P<g>(?:with|at|among|in)\s+[\w' -]{3,40}?)\s*(?=[,.;:]|$)", re.IGNORECASE)


def _translated_group(text: str, start: int, end: int) -> str | None:
    """The group of a translated breakdown, a people phrase set off by a dash on either side of the figure: "from them
    with drunk drivers — 212" -> "with drunk drivers", "from them 31 — at children" -> "at children"."""
    before = FROM_THEM_BEFORE.search(text[:start])
    if before and is_people(re.sub(r"^\w+\s+", "", before.group("g"))):
        return before.group("g")
    after = FROM_THEM_AFTER.match(text, end)
    if after and re.search(r"\b(?:from|of) (?:them|whom),?\s*$", text[:start], re.I) \
            and is_people(re.sub(r"^\w+\s+", "", after.group("g"))):
        return after.group("g")
    return None


def _share_predicate(sent: "Span", start: int, end: int) -> str | None:
    """The group a share of a total is said to be, however long the total's own phrase: the people noun after the
    "be" whose subject the share is ("One in five of the 12,000 people who joined the march … were farmers")."""
    tokens = [t for t in sent if start <= t.idx - sent.start_char < end]
    if not tokens:
        return None
    top = next((t for t in tokens if not start <= t.head.idx - sent.start_char < end or t.head.i == t.i), tokens[-1])
    while top.head.i != top.i and top.head.pos_ not in ("VERB", "AUX") and top.dep_ in ("pobj", "prep", "quantmod",
                                                                                        "nummod", "advmod", "npadvmod"):
        top = top.head  # "Close to one in three of …": the share hangs on "Close"
    verb = top.head
    if top.dep_ not in ("nsubj", "nsubjpass", "advmod", "npadvmod") or verb.lemma_ != "be" or top.i > verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != top.i for c in verb.children):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > top.i), None)
    if attr is None:
        return None
    words = [t for t in attr.subtree if t.dep_ in ("amod", "compound") and t.i < attr.i] + [attr]
    phrase = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    return phrase if is_people(phrase) else None


#: an age band after a group or on its own: "under 16", "aged 20 to 40", "over the age of 65"
AGE_BAND = re.compile(r"(?:aged|under|over|below|above|older than|younger than)\s+(?:the\s+age\s+of\s+)?"
                      r"[\w-]+(?:\s+(?:to|and|or)\s+\d+)?", re.IGNORECASE)


def _age_band(text: str) -> str | None:
    """An age band at the start of ``text`` ("under 16, according to …" -> "under 16"), or None."""
    band = AGE_BAND.match(text.lstrip())
    if band and re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                          r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                          r"eighty)\b", band.group(0), re.I):
        return band.group(0)
    return None


def _people(text: str) -> str | None:
    """The longest phrase (up to four words) at the start of ``text`` that names a group of people, with an age band
    after it ("children under five", "men aged 20 to 40")."""
    words = re.match(r"[\w' -]*", text)
    tokens = words.group(0).split()[:4] if words else []
    for k in range(len(tokens), 0, -1):
        if is_people(" ".join(tokens[:k])):
            found = " ".join(tokens[:k])
            rest = text[text.find(tokens[k - 1]) + len(tokens[k - 1]):]
            band = _age_band(rest) if re.match(r"\s", rest) else None
            return f"{found} {band}" if band else found
    return None


def is_people(words: str) -> bool:
    """Whether a phrase names a group of people ("women", "security forces", "foreign nationals"); "people" does not."""
    if re.search(r"\d", words):
        return False
    last = words.split()[-1].lower()
    if last in GENERIC_NOUNS:
        return False
    return last in PERSON_NOUNS or last in ("forces", "nationals", "police", "policemen", "troops", "soldiers",
                                              "personnel", "servicemen", "minors", "elderly", "infants", "babies",
                                              "citizens", "foreigners", "protesters", "demonstrators")


def _period(text: str, tail: tuple[int, int], head: tuple[int, int]) -> str | None:
    """A period window in the figure's clause, or one that opens the sentence ("In the past 24 hours, …")."""
    for lo, hi in (tail, head):
        found = PERIOD.search(text, lo, hi)
        if found:
            return found.group(0)
    opening = re.match(r"\s*([^,;]{3,60}),", text)
    if opening and opening.end() <= head[1]:
        found = PERIOD.match(opening.group(1))  # the opening phrase is the period itself, not a clause holding one
        if found and len(opening.group(1).split()) <= 8:
            return found.group(0)
    return None
