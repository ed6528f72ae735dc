"""The measure a figure's own words give: the event word nearest the figure or its counted noun.

The measure comes from the nearest telling word: words attached to the counted noun or to the figure ("12 people
dead", "46 wounded"), the verb above them, the counted noun itself ("227 deaths"), the next verb up; then the claim
the figure belongs to ("including 19 members of the security forces"). Split out of ``measure``, which corrects this
reading by the roles of the people counted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from ..numbers import UP_TO_TRANSLATED
from ...records import Claim
from .counted import RELEASED, head_of, phrase
from .lexicon import CANONICAL, GENERIC_NOUNS, MEASURE_PATTERNS, PEOPLE_MEASURES, measure_from, people_noun
from .status import clause_span
from .roles import brought_out_alive
from .verbs import _accusation, _verbs_above, verb_above

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _subordinate_mark(anchor: "Token", verb: "Token") -> "Token | None":
    """The conjunction ("while", "as", "when") of an adverbial clause whose subject the figure is: "… while 2 were
    playing with a gun". The clause's own words tell what the figure counts, not the verb of the sentence."""
    if anchor.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or anchor.head.i != verb.i:
        return None
    return next((c for c in verb.children if c.dep_ == "mark" and c.i < anchor.i), None)


#: ages set off by commas after a group: ", 33 and 28,", ", 18, 22 and 27,"
AGES_APPOSITION = re.compile(r",\s*(?:ages?\s+|aged\s+)?\d{1,2}(?:\s*(?:,|,?\s*and)\s*\d{1,2})*\s*,")


#: nouns that name the event itself, not who it happened to: "19 cases of torture in detention" are cases
EVENT_NOUNS = frozenset("cases case count counts charge deaths fatalities casualties injuries arrests detentions evacuations bodies "
                        "charges investigations prosecutions killings murders homicides".split())
#: states of people that a title-case headline writes like nouns ("Scores Homeless", "Three Missing")
HEADLINE_STATES = frozenset("dead homeless missing injured wounded hurt displaced evacuated arrested detained killed "
                            "hospitalized hospitalised rescued jailed".split())


def _part_clause(token: "Token") -> bool:
    """Whether ``token`` opens a relative clause about a part of the noun's people ("four men, two of whom died",
    "30 workers, some of whom were hurt"): what befell the part, not the whole (guideline decision 14)."""
    if token.dep_ != "relcl":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        w.lower_ in ("whom", "which", "them", "those") for w in p.children) for p in c.children) for c in token.children)


#: what people are held on or for: the accusation, not their fate
ACCUSATION_WORDS = re.compile(r"^(?:charges?|suspicion|counts?|allegations?|accusations?|warrants?)$")
#: verbs that put people somewhere, whose "into" tells where: "taken into custody"
PUTTING = frozenset("take place put remand bring".split())
#: a number that is an age: "the murder of a 7-year-old girl"
AGE_AFTER = re.compile(r"\s*-?\s*(?:years?|months?|weeks?|days?)\s*-?\s*old\b", re.IGNORECASE)


def _an_age(token: "Token") -> bool:
    """Whether the number ``token`` is an age ("7-year-old"), which is no figure of its own phrase."""
    return bool(AGE_AFTER.match(text_of(token.doc), token.idx + len(token)))


#: verbs whose "in" is a particle, not a place: "drafted in 3,000 gendarmes", "brought in 200 reinforcements"
PARTICLE_IN = frozenset("draft bring call send fly move ship bus rush pour".split())


def _measure(tokens: list["Token"], counted: list["Token"], earlier: list[Claim], before: str,
             own_words_only: bool) -> str | None:
    noun = head_of(counted) if counted else None
    anchor = noun or tokens[-1]
    if noun is not None and noun.lower_ in ("shot", "shots", "gunshots", "rounds", "bullets"):
        return None  # "fired one shot", "12 shots": what was fired, not who was hit
    following = tokens[-1].doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(tokens[-1].doc) else None
    for state in (following, noun):
        if state is not None and state.is_title and state.lower_ in HEADLINE_STATES:
            # "A Dozen Dead, Scores Homeless", "Seven Missing, …": a headline's capitals make the state a noun
            return measure_from(state.text)
    if noun is not None and noun.lower_ in EVENT_NOUNS:
        return measure_from(phrase(counted))  # "19 cases of torture in detention", "three counts of murder"
    fronted = [c for c in anchor.head.children if c.dep_ in ("nsubj", "nsubjpass", "acomp") and c.tag_ == "VBN"
               and c.i < anchor.head.i] if anchor.dep_ in ("attr", "nsubj") and anchor.head.lemma_ == "be" else []
    doc = tokens[0].doc
    if tokens[0].i >= 2 and doc[tokens[0].i - 1].tag_ == "VBN" \
            and doc[tokens[0].i - 2].lower_ in ("are", "were", "is", "was", "been", "be"):
        # "during the shelling were killed 7 peaceful inhabitants, still 15 received wounds": the passive verb right
        # before the figure is its own (the parser may hang the noun on the next clause's verb)
        fronted = [doc[tokens[0].i - 1]]
    if not fronted and tokens[0].i >= 1 and doc[tokens[0].i - 1].pos_ == "VERB" and doc[tokens[0].i - 1].tag_ == "VBD" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tokens[0].i - 1 for c in doc[tokens[0].i - 1].children) \
            and not any(c.dep_ in ("dobj", "oprd", "acomp", "attr", "dative") for c in doc[tokens[0].i - 1].children) \
            and measure_from(doc[tokens[0].i - 1].text):
        # (not a verb with an object of its own: "…, shot four people dead" is read below, whole)
        # translated verb-first order without an auxiliary, "In result of the fire perished 9 Persons, still 17 received
        # injuries": a verb with no subject before it, right before the figure, is what befell them (the parser may
        # hang the noun on the next clause's verb)
        fronted = [doc[tokens[0].i - 1]]
    if fronted and measure_from(fronted[0].text):
        # translated verb-first order, "Detained are 214 participants of the action": the fronted participle is what
        # befell them, the noun only who they are (guideline decision 2)
        return measure_from(fronted[0].text)
    attached = [c for c in anchor.children if c.dep_ in ("acl", "amod", "relcl", "acomp", "prep") and not _accusation(c)
                and not _part_clause(c)
                # a phrase with a figure of its own is that figure's ("33 persons, concerning 12 of them criminal cases
                # are initiated": the cases are the 12's)
                and not (c.dep_ == "prep" and any(t.like_num and t.i > c.i and not _an_age(t) for t in c.subtree))]
    head = anchor.head
    partitive = noun is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in tokens[-1].children) \
        and tokens[-1].head.i != tokens[-1].i
    if partitive:
        head = tokens[-1].head  # "Three of the protesters were given suspended sentences": the figure's own verb
    steps = [  # the event word beats the identity noun: "dozens of protesters arrested" counts arrests
        [*attached, *(g for c in attached for g in c.children if g.dep_ in ("pobj", "acomp", "amod", "oprd")  # "left homeless"
                      or c.dep_ == "relcl" and g.dep_ == "dobj" and any(  # "the 2,100 members who cast ballots"
                          w.dep_ == "nsubj" and w.tag_ in ("WP", "WDT") for w in c.children)),
         *(g for c in attached if c.dep_ == "acl" for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
           for g in p.subtree if g.i - c.i <= 4),  # where they were taken: "people taken to hospital"
         # what struck them: "the seven people struck by gunfire", "two hikers hit by falling rocks"
         *(g for c in attached if c.dep_ == "acl" for p in c.children if p.dep_ == "agent"
           for g in p.subtree if g.i - c.i <= 5)],
        [head, *(c for c in head.children if c.dep_ in ("acomp", "oprd", "attr", "xcomp", "agent")
                 or c.dep_ == "dobj" and anchor.dep_ != "dobj"  # a second object is a misparse of what follows
                 or c.dep_ in ("advcl", "advmod") and c.pos_ == "ADJ"),  # "pulled 12 miners out alive"
         # where people are: "14 demonstrators were still in hospital", "are in custody"
         *(g for c in head.children if head.lemma_ == "be" and c.dep_ == "prep" and c.lower_ in ("in", "under", "behind")
           for g in c.subtree if g.i - c.i <= 3),
         # the "to" of what they were told or ordered to do: "were told to leave their homes"
         *(g for c in head.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "aux" and g.lower_ == "to"),
         # where people were put: "were taken into custody", "placed into detention" (not when the verb has a second
         # subject, another figure's clause the parser joined: "are destroyed 14 fighters, still 6 are taken into …")
         *(g for c in head.children if head.lemma_.lower() in PUTTING and c.dep_ == "prep" and c.lower_ == "into"
           and sum(1 for w in head.children if w.dep_ in ("nsubj", "nsubjpass", "dobj")) == 1
           for g in c.subtree if g.i - c.i <= 3)],
        counted,
        [head.head],
    ]
    accused = [t for c in attached if c.dep_ == "prep" and c.lower_ in ("on", "over", "for") for t in c.subtree]
    if any(ACCUSATION_WORDS.match(t.lower_) for t in accused) \
            and measure_from(" ".join(t.text for t in steps[1] if t is not None and t.i != anchor.i)):
        # "booked three men on trafficking charges", "detained 12 over allegations of fraud": the verb tells what befell
        # them, the charges what they are accused of
        ids = {t.i for t in accused}
        steps[0] = [t for t in steps[0] if t.i not in ids]
    mark = _subordinate_mark(anchor, head)
    if mark is not None or head.dep_ == "conj" and head.pos_ == "VERB" and anchor.dep_ == "dobj":
        # "A boy was shot while 2 were playing with a gun": the main verb tells nothing of the 2; "killing 23 people and
        # abducting at least 40": a joined verb tells its own event, not the first one's
        steps[3] = []
    if not own_words_only and noun is not None and head.pos_ in ("VERB", "AUX") and anchor.dep_ == "conj" and not partitive:
        sent = anchor.sent
        begin, stop = clause_span(sent.text, tokens[0].idx - sent.start_char, anchor.idx + len(anchor) - sent.start_char)
        if not begin <= head.idx - sent.start_char < stop:
            # "Nobody was hurt …, but 600-700 residents … were evacuated": the parser joined the noun to a verb of
            # another clause; that verb tells nothing of the figure (its own clause does, below)
            steps[1], steps[3] = [], []
    relative = [t for c in attached if c.dep_ == "relcl" for t in c.subtree if t.i != anchor.i]
    if relative and head.pos_ in ("VERB", "AUX") and not partitive and not own_words_only \
            and measure_from(" ".join(t.text for t in relative)) == "injuries" \
            and measure_from(" ".join(t.text for t in steps[1] if t is not None and t.i != anchor.i)) == "deaths":
        return "deaths"  # "Two persons who were wounded died in hospital": the main verb tells what became of them
    right = _word_after(anchor)
    if noun is not None and any(RELEASED.match(t.text) for t in (*right, head, *attached)):
        return None if noun.pos_ == "NOUN" else measure_from(noun.text)  # the noun gives it: "suspects"
    if own_words_only:
        right, steps = [], [steps[0], [], steps[2]]
    if not own_words_only and earlier and noun is not None and _breakdown(noun, before):
        # "received 95 in return, among them 14 wounded soldiers and two civilian medics": a part of the figure before
        # is what befell the whole (prisoners); its adjective and its noun only say who they are
        own = [*right, *(t for t in steps[0] if not (t.dep_ == "amod" and t.head.i == anchor.i)),
               *(steps[1] if head.pos_ in ("VERB", "AUX") else [])]
        found = measure_from(" ".join(t.text for t in own if t is not None and t.i != anchor.i and not _organ(t)))
        whole = _whole(earlier).measure
        if not found and whole not in CANONICAL and not people_noun(noun.text) and noun.pos_ == "NOUN" \
                and noun.lower_.endswith("s"):
            return None  # "30 firearms, including several assault-style rifles": things of their own kind (the noun)
        return found or whole
    steps[1] = sorted((t for t in steps[1] if t is not None), key=lambda t: t.i)  # in text order, for phrases
    order = (steps[1], right, steps[0], steps[2]) if partitive and not own_words_only else (right, *steps[:3])
    # "nine people killed and 46 wounded": the word right after the figure first; "four of the 30 people arrested
    # were charged": a part's own verb first (the words after the noun tell what the whole is)
    for step in order:
        found = measure_from(" ".join(t.text for t in step if t is not None and t.i != anchor.i and not _organ(t)))
        if found == "missing" and not own_words_only and head.pos_ == "VERB" and head.i < anchor.i \
                and (SURVIVORS.search(text_of(anchor.doc)[head.idx:anchor.idx + len(anchor) + 40])
                     or partitive and brought_out_alive(tokens[-1])):
            # "brought 23 trapped workers to the surface": trapped before, rescued now; "brought 12 of the 31 miners
            # trapped by the blast to the surface": the part's verb, said after the whole
            return "survivors"
        if found:
            return found
    if own_words_only:
        return None
    if noun is not None and noun.lower_ in ("others", "more") and earlier:
        # "17 others were still in hospital" tells its own event up to the next comma; "destroyed 14 houses and
        # damaged more than 60 others, leaving 250 people homeless" counts more of the same
        sent = tokens[0].sent
        start, end = tokens[0].idx - sent.start_char, noun.idx + len(noun) - sent.start_char
        begin, stop = clause_span(sent.text, start, end)
        comma = sent.text.find(",", end, stop)
        ages = AGES_APPOSITION.match(sent.text, comma) if comma >= 0 else None
        if ages:  # "The two others, 33 and 28, were each shot": their ages, then their own event
            stop = clause_span(sent.text, ages.end(), ages.end())[1]
            comma = sent.text.find(",", ages.end(), stop)
        own = sent.text[begin:comma if comma >= 0 else stop]
        found = measure_from(own, (start - begin, end - begin))
        if found or earlier[-1].measure in PEOPLE_MEASURES:
            return found  # "one dead, and two others were taken to …": other people, another fate
        return earlier[-1].measure
    if earlier and SUBSET_BEFORE.search(before):
        # "… including 19 members of the security forces", "among them 2 Children"
        whole = _whole(earlier).measure
        if whole not in CANONICAL and noun is not None and noun.pos_ == "NOUN" and noun.lower_.endswith("s") \
                and not people_noun(noun.text):
            return None  # "64 drones, including 11 armed quadcopters": things of their own kind (the noun)
        return whole
    doc = tokens[0].doc
    sent = tokens[0].sent
    if noun is not None and noun.lower_ not in GENERIC_NOUNS:
        # a specific noun takes a measure word just before it ("were Wounded 8 Employees"), and a noun for people
        # also one its verb governs ("Two teenagers … were among those arrested"), not one in a relative clause
        valued = _valued_at(noun)
        if valued:
            return valued  # "put the crowd at 'barely 700 hooligans'", "put the toll at 40 villagers"
        if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "at", "in", "into", "to", "outside", "near", "inside") \
                and not tokens[0].i <= noun.head.i <= tokens[-1].i \
                and not re.match(r"at (?:the )?(?:very )?(?:least|most)\b", text_of(doc)[noun.head.idx:noun.head.idx + 20], re.I) \
                and not (noun.head.lower_ == "in" and noun.head.i > 0 and noun.head.i < noun.i
                         and doc[noun.head.i - 1].lemma_.lower() in PARTICLE_IN) \
                and not (noun.head.lower_ == "to" and UP_TO_TRANSLATED.search(text_of(doc)[max(0, noun.head.idx - 40):
                                                                                        noun.head.idx + 3])):
            # ("destroyed to 60 fighters": translated "up to", no destination; "put the crowd at 'barely 700 hooligans'":
            # the figure is the value of what is put at it, below)
            # "evacuated from three schools": the verb is what happened to others, the noun counts; a noun that is a
            # measure word keeps it ("fired tear gas at around 3,000 demonstrators")
            return measure_from(noun.text)
        near = doc[max(sent.start, tokens[0].i - 4, mark.i + 1 if mark is not None else 0):min(sent.end, noun.i + 1)]
        found = measure_from(near.text, _within(near.start_char, tokens))
        if found or not people_noun(noun.text):
            return found
        start, end = tokens[0].idx - sent.start_char, noun.idx + len(noun) - sent.start_char
        begin, stop = clause_span(sent.text, start, end)
        if not begin <= verb_above(noun).idx - sent.start_char < stop:
            # the parser hung the noun on a verb of another clause ("Nobody was hurt …, but 600-700 residents … were
            # evacuated": "residents" as a conjunct of "hurt"): the figure's own clause tells
            own = measure_from(sent.text[begin:stop], (start - begin, end - begin))
            if own:
                return own
        return _verbs_above(noun)
    start, end = tokens[0].idx - sent.start_char, tokens[-1].idx + len(tokens[-1]) - sent.start_char
    begin, stop = clause_span(sent.text, start, end)
    parts = PARTS_AFTER.search(sent.text, end, stop)
    if parts:  # "received 95 in return, among them 14 wounded soldiers": the parts' words are not the whole's
        stop = parts.start()
    toll = TOLL_BEFORE.search(sent.text, begin, start)
    if toll:  # "Quake toll rises to 64, dozens missing": the figure is the toll's value
        return measure_from(toll.group("kind") or "") or "deaths"
    if anchor.dep_ == "dobj" and head.dep_ == "conj" and head.pos_ == "VERB" and head.i < anchor.i:
        # "killed 9 villagers and abducted about 30": the joined verb's object tells its own event, not the first's
        begin = max(begin, head.idx - sent.start_char)
    named = _number_of(sent, begin, stop)
    if named:  # "put the number of people who have disappeared after being taken into custody at 86": missing
        return named
    if mark is not None:  # the subordinate clause the figure is the subject of, not the sentence around it
        begin = max(begin, mark.idx - sent.start_char)
        stop = min(stop, max(t.idx + len(t) for t in head.subtree) - sent.start_char)
    found = measure_from(sent.text[begin:stop], (start - begin, end - begin)) or measure_from(" ".join(t.text for t in steps[3]))
    if found:
        return found
    text = sent.text
    begin = max(0, start - 40)
    window = text[begin:tokens[-1].idx - sent.start_char + 50]
    if re.search(r"\btoll\b", window, re.I):
        return measure_from(window, (start - begin, end - begin))
    return None


#: verbs that give a count its value "at" a figure: "put the crowd at", "estimated the turnout at"
VALUING = frozenset("put estimate place set count".split())


def _valued_at(noun: "Token") -> str | None:
    """The measure of what a verb of valuing puts "at" the figure's noun: "the ministry put the crowd at 'barely 700
    hooligans'" counts the crowd (participants), the noun only says who they are."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "at" or noun.head.head.lemma_.lower() not in VALUING:
        return None
    objects = [c for c in noun.head.head.children if c.dep_ == "dobj"]
    return measure_from(" ".join(t.text for t in objects[0].subtree)) if objects else None


def _whole(earlier: list[Claim]) -> Claim:
    """The figure a part ("including 19 …", "from them 236 …") is a part of: the last before it, not a figure that
    only says where that one's people are ("1.450 participants … in 12 cities of the country, from them 236 in
    Tarnovel": the participants; "2,300 soldiers from nine countries. Of them, about 800 …": the soldiers)."""
    whole = earlier[-1]
    if len(earlier) > 1 and earlier[-2].sentence == whole.sentence and re.search(
            rf"{re.escape(earlier[-2].text)}\s+(?:[\w'’-]+\s+){{1,6}}?(?:from|of|in|across|at)\s+{re.escape(whole.text)}",
            whole.sentence):
        whole = earlier[-2]
    return whole


def _breakdown(noun: "Token", before: str) -> bool:
    """Whether a figure's noun is a part of the figure before: after "including", "among them" …, or joined by "and"
    to such a part ("among them 14 wounded soldiers and two civilian medics")."""
    if SUBSET_BEFORE.search(before):
        return True
    if noun.dep_ != "conj" or noun.head.pos_ != "NOUN" or not any(c.like_num for c in noun.head.children):
        return False
    first = min(t.idx for t in noun.head.subtree)
    return bool(SUBSET_BEFORE.search(text_of(noun.doc)[max(0, first - 40):first]))


SURVIVORS = dict(MEASURE_PATTERNS)["survivors"]


#: words before "bodies" that make them organisations
ORGAN_WORDS = frozenset("enforcement government governing state public official regulatory security law local "
                        "international administrative judicial legislative".split())


def _organ(token: "Token") -> bool:
    """"bodies" of "the law enforcement bodies" is an organisation, not the dead."""
    if token.lower_ not in ("body", "bodies"):
        return False
    previous = token.doc[token.i - 1].lower_ if token.i else ""
    return any(c.dep_ == "compound" for c in token.lefts) or previous in ORGAN_WORDS


def _word_after(anchor: "Token") -> list["Token"]:
    """The verb or adjective right after a figure or its noun ("46 wounded", "people have been uprooted"), over
    auxiliaries and adverbs but not over "and" or a comma ("killed 7 workers and injured 31")."""
    doc = anchor.doc
    for token in doc[anchor.i + 1:min(len(doc), anchor.i + 5)]:
        if token.pos_ in ("VERB", "ADJ"):
            return [token]
        if token.pos_ not in ("AUX", "ADV", "PART"):
            break
    return []


def _number_of(sent: "Span", begin: int, stop: int) -> str | None:
    """The measure of "the number of X" in the clause sent.text[begin:stop], from the first telling word of X."""
    for token in sent:
        if begin <= token.idx - sent.start_char < stop and token.lower_ in ("number", "figure", "count", "total",
                                                                            "tally"):
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None:
                # a participle the parser hung on "number" belongs to X: "the number of pupils poisoned at 140"
                told = [t for c in token.children if c.dep_ in ("acl", "relcl") and c.i > of.i for t in c.subtree
                        if not t.like_num]
                words = " ".join(t.text for t in sorted([*of.subtree, *told], key=lambda t: t.i))
                found = [(match.start(), name) for name, pattern in MEASURE_PATTERNS
                         for match in [pattern.search(words)] if match]
                if found:
                    return min(found)[1]
                # "the number of homes damaged could exceed 1,500": no event word, the plural noun is the key
                counted = next((c for c in of.children if c.dep_ == "pobj"), None)
                if counted is not None and counted.tag_ == "NNS" and counted.lower_ not in GENERIC_NOUNS \
                        and token.lower_ in ("number", "count") and not any(t.like_num for t in of.subtree):
                    return counted.lower_
    return None


def _within(begin: int, tokens: list["Token"]) -> tuple[int, int]:
    """The offsets of the figure ``tokens`` in a text that starts at paragraph offset ``begin``."""
    return tokens[0].idx - begin, tokens[-1].idx + len(tokens[-1]) - begin


#: where the parts of a figure begin: ", among them 14 wounded soldiers", ", including three children"
PARTS_AFTER = re.compile(r"\s*\b(?:including|among them|among whom)\b|,\s*(?:[\w-]+\s+){1,3}?(?:of them|of whom)\b",
                         re.IGNORECASE)
#: a toll whose value the figure is: "the toll rose to 64", "injury toll stands at"
TOLL_BEFORE = re.compile(r"(?:\b(?P<kind>[\w-]+)\s+)?\btoll\b[^,;.\d]{0,30}$", re.IGNORECASE)
#: words before a figure that make it part of the figure before ("including 19 …", "of them 12 …")
SUBSET_BEFORE = re.compile(r"\b(?:including|among them|among whom|of them|of whom|of those|from them|from whom|among (?:the|those) (?:dead|"
                           r"injured|wounded|killed|victims|detained|arrested|missing|evacuated)(?:\s+(?:were|are|was|is))?"
                           r"),?\s*$", re.IGNORECASE)
