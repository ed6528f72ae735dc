"""Places beside a figure: "in the capital alone", "across the southern lowlands", "the province's 2,000 polling
stations", and whether the place narrows the figure by itself (a subdivision) or only with a sign (a named place,
a town: see ``scope``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...dates import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: nouns of a part of a larger area: a figure "in the province" counts only there
AREA_NOUNS = frozenset(
    "capital province provinces region regions district districts county counties oblast oblasts governorate "
    "governorates prefecture prefectures ward wards suburb suburbs quarter quarters neighbourhood neighbourhoods "
    "neighborhood neighborhoods village villages settlement settlements zone zones slums lowlands highlands "
    "outskirts municipality municipalities borough boroughs territory territories provinces republic republics "
    "state states north south east west northeast northwest southeast southwest north-east north-west south-east "
    "south-west frontier frontiers".split())
#: compass areas narrow only as common nouns with "the" ("across the flood-hit north"), not as names ("in Southeast")
COMPASS = frozenset("north south east west northeast northwest southeast southwest north-east north-west south-east "
                    "south-west".split())
#: administrative divisions: a part of a country even when named ("in Kessel province", "the Sarnoth Region"); a
#: named neighbourhood or county is rather where a local event happened, and needs a sign
ADMIN_NOUNS = frozenset("province provinces region regions oblast oblasts governorate governorates prefecture "
                        "prefectures district districts".split())
AREA_PHRASES = frozenset(("old town", "old city", "city centre", "city center", "town centre", "town center"))
#: nouns of a place that may be the whole event's: a scope only with a sign that it narrows
OPEN_PLACE_NOUNS = frozenset("city cities town towns area areas country nation island coast valley border "
                             "countryside".split())
ALONE = re.compile(r"\b(?:in|at|on|across|within|from)\s+(?P<place>(?:the\s+)?[\w'’ -]{2,40}?)\s+alone\b", re.IGNORECASE)
#: "in the northern province of Tarreck", "across the southern lowlands", "from the settlement of Mirny Dol"
PLACE = re.compile(r"\b(?P<prep>(?i:in|across|throughout|through|within|from|inside|along|out of|over|for))\s+"
                   r"(?=(?P<place>[^,;:.()\d]{2,60}))")
#: where a place phrase ends: "the province on Saturday", "the old town after a bomb threat"
PLACE_END = re.compile(r"\s+(?:on|at|by|for|during|over|since|with|to|into|after|before|when|where|while|and|but|"
                       r"were|was|are|is|had|have|has|been|overnight|last|this|yesterday|today|in|from|as|amid|"
                       r"following|because|alone|near|outside|off|around|beyond|between|along|under|behind|opposite|said|says|"
                       r"told|reported|announced)\b.*", re.IGNORECASE | re.DOTALL)
#: an event named after the figure: places after it say where the event was
EVENT_NOUNS = re.compile(r"\b(?:shootings?|attacks?|ambush|clash(?:es)?|explosions?|blasts?|bombings?|crash(?:es)?|"
                         r"collisions?|fires?|riots?|incidents?|raids?|strikes?|stampede|shelling|fighting|accident)$",
                         re.IGNORECASE)
#: words that open a clause about something else: a place after them is not the figure's
SUBORDINATE = re.compile(r"\b(?:when|where|after|while|because|before|which|who|that|until|whose|following)\b|"
                         r"[,;:(]", re.IGNORECASE)
#: the people of a place: "residents of the Dorrow district", "the inhabitants of the lower town"
RESIDENTS_OF = re.compile(r"\b(?:residents|inhabitants|population|villagers|households|citizens|people|families)\s+"
                          r"(?P<of>of)\s+", re.IGNORECASE)
#: a verb of leaving with the place as its object: "ordered to leave the riverside quarter"
LEFT_PLACE = re.compile(r"\b(?P<verb>leave|left|flee|fled|abandon|abandoned|evacuate|evacuated)\s+(?=the\b)", re.IGNORECASE)
FROM_MEASURES = frozenset({"evacuated", "displaced"})  # "evacuated from the riverside neighbourhoods"
#: people counted by where they were sent or went: "troops deployed to the border provinces", "fled into the south"
TO_MEASURES = frozenset({"troops", "displaced"})
#: where troops are sent that is a part of the whole by itself
FRONT_NOUNS = frozenset("border borders frontier front frontline front-line".split())
#: a verb of sending before the figure: "had sent 2,500 troops", "flew in 800 police officers and 40 vans"
SENT_BEFORE = re.compile(r"\b(?:sent|sends|sending|send|deployed|deploys|deploying|deploy|dispatched|dispatches|dispatch|flown|"
                         r"flew|moved|moves|transferred|transfers|redeployed|rushed)\b(?:\s+(?:in|out|up|over))?\s+"
                         # or the next item of what was sent: "sent 2,500 troops and 40 …"
                         r"(?:(?:[^,;.]|(?<=\d)[,.](?=\d)){1,60}?\s+and\s+)?"
                         r"(?:(?:some|about|around|nearly|up to|at least|more than|another|a further)\s+)?$",
                         re.IGNORECASE)
TO_PLACE = re.compile(r"\b(?P<prep>to|into|towards|toward)\s+(?=the\s)", re.IGNORECASE)


def find_place(sent: "Span", tail: tuple[int, int], head: tuple[int, int], start: int, measure: str | None
               ) -> dict[str, object]:
    """The place beside the figure starting at sentence offset ``start``, looked for in its clause after it
    (``tail``), before it (``head``) or in an opening phrase, as ``{"place": …, "place_narrows": …}`` (empty when
    there is none)."""
    text = sent.text
    for lo, hi in (tail, head):
        alone = ALONE.search(text, lo, hi)
        if alone:
            return {"place": alone.group("place"), "place_narrows": True}
    opening = re.match(r"\s*(?:in|across|throughout)\s+(?P<place>(?:the\s+)?[\w'’ -]{2,40}?)\s+alone\s*,", text, re.I)
    if opening and ";" not in text[opening.end():start]:
        # "In Kessary alone, local media counted 230." (not a figure after a semicolon: "…; nationwide, the mission
        # counted at least 61,000")
        return {"place": opening.group("place"), "place_narrows": True}
    clause_start = text.rfind(";", 0, start) + 1  # the opening of the figure's clause: "…; across the state, 110 …"
    opening = re.compile(r"\s*(?P<phrase>(?:in|across|throughout)\s[^,;\d]{2,60}),", re.I).match(text, clause_start)
    windows = [tail, head] + ([(clause_start, opening.end("phrase"))] if opening and opening.end() <= head[0] else [])
    for lo, hi in windows:  # the figure's clause after it, before it, or an opening phrase ("In Olvasi, police …")
        for match in PLACE.finditer(text, lo, hi):
            if match.group("prep").lower() in ("from", "out of") and measure not in FROM_MEASURES:
                continue
            parsed = _place_phrase(sent, sent.start_char + match.start("prep"))
            if parsed:
                place, kind = parsed
            else:  # the parser attached nothing to the preposition
                place = PLACE_END.sub("", text[match.start("place"):hi]).strip()
                kind = _place_kind(sent, sent.start_char + match.start("place"), place)
            if re.match(r"(?:from|in|into|to|of|at|on)\b", place, re.I):
                continue  # "drafted in from other regions": where they came from
            if EVENT_NOUNS.search(place):
                break  # "in a drive-by shooting outside a club in western New York": the event's place, not the figure's
            if kind and _of_another_thing(sent, sent.start_char + match.start("prep"), sent.start_char + start,
                                          single_site=kind == "area"):
                # "pulled four bodies from the rubble of a warehouse in Varnholt": the warehouse's place; "abducted 80
                # pupils from a boarding school in the northern district of Gora": the school's
                continue
            if kind and match.group("prep").lower() in ("over", "for") and kind != "area":
                continue  # "over" and "for" a subdivision only: "downed 19 drones over the capital", "its death count
                # for Dorrow province" (not "over the weekend", "for Kessel": a named place needs "in")
            if kind:
                return {"place": place, "place_narrows": kind == "area"}
    sent_with = SENT_BEFORE.search(text, max(0, start - 80), start)
    if measure in TO_MEASURES or sent_with:
        # what was sent goes where the people sent went: "sent 2,500 troops and 40 armoured vehicles to the Kalden border
        # region" (the destination after a list of what was sent is every item's)
        stop = re.compile(r"[,;:(]").search(text, tail[0])
        after_list = (tail[0], stop.start() if stop else len(text)) if sent_with else tail
        for lo, hi in (after_list, head):
            for match in TO_PLACE.finditer(text, lo, hi):
                # "1,500 servicemen are moved to the coastal region", "fled into the northern provinces": where they
                # went, a subdivision with words of its own (not a bare "sent to the region", the event's own; a town
                # they went to is where the event is told); troops sent "to the front", "to the northern border"
                parsed = _place_phrase(sent, sent.start_char + match.start("prep"))
                if parsed and (parsed[1] == "area" and len(re.findall(r"[\w'’-]+", parsed[0])) > 2
                               or measure == "troops" and _head_word(re.findall(r"[\w-]+", parsed[0].lower()))
                               in FRONT_NOUNS):
                    return {"place": parsed[0], "place_narrows": True}
    for of_place in RESIDENTS_OF.finditer(text, max(0, tail[0] - 40), tail[1]):
        # "One in five residents of the Dorrow district": the people of an area are counted there
        parsed = _place_phrase(sent, sent.start_char + of_place.start("of"))
        if parsed and parsed[1]:
            return {"place": parsed[0], "place_narrows": parsed[1] == "area"}
    if measure in FROM_MEASURES:
        for left in LEFT_PLACE.finditer(text, max(0, head[0]), tail[1]):
            # "ordered to leave the riverside quarter of Talsey": the place they left
            noun = next((t for t in sent if t.idx == sent.start_char + left.end("verb") + 1), None)
            parsed = _object_phrase(noun) if noun is not None else None
            if parsed and parsed[1] == "area":
                return {"place": parsed[0], "place_narrows": True}
    possessive = re.search(r"(?P<place>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)['’]s\s+(?:[\d,.]+\s+)?$", text[:start]) or \
        re.search(r"(?P<place>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)['’]s\s+$", text[:start])
    if possessive:  # "nearly a third of Vantorre's 90,000 residents", "the province's 2,000 polling stations"
        kind = _place_kind(sent, sent.start_char + possessive.start("place"), possessive.group("place"))
        if kind:
            return {"place": possessive.group("place"), "place_narrows": kind == "area"}
    owner = re.compile(r"\s*of\s+(?P<place>the\s+[\w-]+(?:\s+[\w-]+)?)['’]s\s+(?:[\w-]+\s+)?[\w-]+").match(text, tail[0])
    if owner:  # a share of a place's people or things: "roughly a quarter of the state's households"
        kind = _place_kind(sent, sent.start_char + owner.start("place"), owner.group("place"))
        if kind:
            return {"place": owner.group("place"), "place_narrows": kind == "area"}
    return {}


#: nouns a subdivision may hang on without being their place only: times and events ("during the night in the Lundra
#: Region", "from the beginning of the epidemic in the region")
NOT_SITES = frozenset("night nights day days week weeks month months year years morning evening afternoon weekend hour "
                      "hours beginning start end outbreak epidemic pandemic war fighting conflict crisis unrest flood "
                      "floods storm earthquake quake disaster downpour downpours rain rains rainfall snowfall snowstorm "
                      "blizzard hurricane typhoon cyclone heatwave drought shelling shellings bombardment offensive "
                      "flooding".split())


def _of_another_thing(sent: "Span", at: int, figure_at: int, single_site: bool = False) -> bool:
    """Whether the preposition at paragraph offset ``at`` hangs on a noun that is neither the figure's own phrase
    nor an event: "the rubble of a collapsed warehouse in Varnholt" places the warehouse, not the four bodies
    ("1,050 cholera cases in Kessel province" and "killed in the capital" keep theirs). With ``single_site`` (a
    subdivision, which narrows by itself) only a single site counts, a singular noun that is no time or event: "from
    a boarding school in the northern district of Gora" (not "driven from their homes in the northern region")."""
    prep = next((t for t in sent if t.idx == at), None)
    figure = next((t for t in sent if t.idx >= figure_at and t.like_num), None)
    if prep is None or figure is None or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if single_site and (prep.head.tag_ != "NN" or prep.head.lemma_.lower() in NOT_SITES
                        or prep.head.ent_type_ in ("DATE", "TIME")):
        return False
    own = figure.head if figure.dep_ in ("nummod", "quantmod", "compound") else figure
    while own.dep_ in ("nummod", "quantmod") and own.head.i != own.i:
        own = own.head
    return prep.i not in {t.i for t in own.subtree} and prep.head.dep_ == "pobj"


def _object_phrase(first: "Token") -> tuple[str, str | None] | None:
    """The noun phrase that starts at token ``first`` (a verb's object), with its kind (see ``_noun_kind``)."""
    noun = first
    while noun.dep_ in ("det", "amod", "compound", "nmod") and noun.head.i > noun.i:
        noun = noun.head
    tokens = [t for t in noun.lefts if t.dep_ in ("det", "amod", "compound", "nmod")] + [noun]
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        tokens.extend(of.subtree)
    span = noun.doc[min(t.i for t in tokens):max(t.i for t in tokens) + 1]
    return (span.text, _noun_kind(noun)) if len(span) <= 10 else None


def _place_phrase(sent: "Span", at: int) -> tuple[str, str | None] | None:
    """The noun phrase the preposition at paragraph offset ``at`` governs, by the parse, and its kind: "in the
    ward cast a ballot" -> ("the ward", "area"), "in an ambush near the border town" -> ("an ambush", None)."""
    prep = next((t for t in sent if t.idx == at), None)
    objects = [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
    if not objects:
        return None
    noun = objects[0]
    tokens = [t for t in noun.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "case")]
    tokens += [noun]
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        tokens.extend(of.subtree)
    first = min(t.left_edge.i if t.i < noun.i else t.i for t in tokens)
    last = max(t.i for t in tokens)
    span = sent.doc[first:last + 1]
    if len(span) > 10:
        return None
    if noun.lower_ in ("rest", "part", "parts", "remainder", "most", "much") and of is not None:
        whole = next((c for c in of.children if c.dep_ == "pobj"), noun)  # "across the rest of the country"
        if noun.lower_ in ("part", "parts") and (_noun_kind(whole) or whole.pos_ == "PROPN"
                                                   and whole.ent_type_ not in ("DATE", "TIME", "ORG", "NORP")):
            return span.text, "area"  # "from low-lying parts of Sallow Bay": a part of a place narrows by itself
        noun = whole
    kind = _noun_kind(noun)
    if kind is None and of is not None and noun.tag_ == "NNS":
        # "in hospitals of the Capital", "in temporary accommodation points of the oblast": things spread over a
        # subdivision are counted there
        whole = next((c for c in of.children if c.dep_ == "pobj"), None)
        if whole is not None and _noun_kind(whole) == "area":
            return span.text, "area"
    return span.text, kind


def _noun_kind(noun: "Token") -> str | None:
    """"area" for a subdivision named by a common noun ("the eastern districts", "the old town"); "named" for a
    named place, a proper-named area ("the West Englewood neighborhood") or an open one ("the city", "a suburb");
    None for anything else ("the clashes", "a shooting")."""
    lower = noun.lower_
    proper = any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in noun.lefts)
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.lefts)
    lefts = [c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")]
    if lower in COMPASS:  # "across the arid south" (however tagged), not "in Southeast"
        return "area" if noun.text.islower() and any(c.lower_ == "the" for c in noun.lefts) else None
    if (lower in AREA_NOUNS or (lefts and f"{lefts[-1]} {lower}" in AREA_PHRASES)) and not proper and not indefinite:
        return "area"
    if lower in ADMIN_NOUNS and not indefinite:
        return "area"
    if lower in AREA_NOUNS or lower in OPEN_PLACE_NOUNS or noun.ent_type_ in ("GPE", "LOC"):
        return "named"
    if noun.pos_ == "PROPN" and lower not in MONTHS and lower not in WEEKDAYS and (
            noun.ent_type_ in ("", "FAC") or noun.ent_type_ == "ORG" and not list(noun.children)):
        return "named"  # a place the NER model does not know ("in Brisk") or takes for a one-word firm ("in Norvik")
    return None


def _place_kind(sent: "Span", start: int, place: str) -> str | None:
    """The kind of a place phrase found without a parse (see ``_noun_kind``), from its words."""
    words = [w.lower() for w in re.findall(r"[\w-]+", place)]
    if not words:
        return None
    head = _head_word(words)
    if head in COMPASS and not re.match(r"the\s+(?:[\w-]+\s+)*[a-z-]+$", place.strip()):
        return None
    if head in AREA_NOUNS or " ".join(words[-2:]) in AREA_PHRASES:
        return "area"
    if head in OPEN_PLACE_NOUNS:
        return "named"
    doc: Doc = sent.doc
    end = start + len(place)
    overlapping = [ent for ent in doc.ents if ent.start_char < end and start < ent.end_char]
    if any(ent.label_ in ("GPE", "LOC") for ent in overlapping):
        return "named"
    name = re.match(r"(?:the\s+)?([A-Z][\w'’-]+)", place)
    if name and not overlapping and name.group(1).lower() not in MONTHS and name.group(1).lower() not in WEEKDAYS:
        return "named"
    return None


def _head_word(words: list[str]) -> str:
    """The head noun of a place phrase: the last word, or the word before "of" ("province of Tarreck")."""
    if "of" in words and words.index("of") > 0 and words[words.index("of") - 1] not in ("rest", "part", "parts",
                                                                                          "remainder", "most", "much"):
        return words[words.index("of") - 1]
    return words[-1]


def area_in(sent: "Span") -> str | None:
    """The first subdivision named anywhere in a sentence ("… their rally in the capital."), not in an aside about
    someone ("Radio Sarvan, which broadcasts from rebel-held territory, carried a report …")."""
    for match in PLACE.finditer(sent.text):
        prep = next((t for t in sent if t.idx == sent.start_char + match.start("prep")), None)
        if prep is not None and any(a.dep_ == "relcl" and a.left_edge.i > 0 and sent.doc[a.left_edge.i - 1].text == ","
                                    for a in prep.ancestors):
            continue
        parsed = _place_phrase(sent, sent.start_char + match.start("prep"))
        if parsed and parsed[1] == "area":
            return parsed[0]
    return None
