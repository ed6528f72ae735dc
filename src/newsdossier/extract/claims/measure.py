"""What a figure counts: the counted noun phrase and a measure key for it.

The measure comes from the nearest telling word: words attached to the counted noun or to the figure
("12 people dead", "46 wounded"), the verb above them, the counted noun itself ("227 deaths"), the
next verb up; then the claim the figure belongs to ("including 19 members of the security forces").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from ..numbers import UP_TO_TRANSLATED
from ...records import Claim
from .lexicon import (  # noqa: F401  (CANONICAL, MEASURE_WORDS, FIGURE_WORDS, PRISON: read from here by other modules)
    CANONICAL, DEPLOYED, FIGURE_WORDS, GENERIC_NOUNS, MEASURE_PATTERNS, MEASURE_WORDS, MILITARY_NOUNS, PEOPLE_MEASURES,
    PERSON_NOUNS, PRISON, SECURITY_NOUNS, TIME_UNITS, measure_from, people_noun,
)
from . import forces, harm
from .circumstances import CROWD_CONTROL, illness_or_harm, stayed_away, with_context
from .status import clause_span

if TYPE_CHECKING:
    from spacy.tokens import Token


def counted_tokens(tokens: list["Token"]) -> list["Token"]:
    """The noun a figure counts: its head ("227 people"), or the object of "of" ("dozens of protesters")."""
    last = tokens[-1]
    while last.dep_ == "conj" and last.head.like_num:  # "between 40 and 50 bodies": the first number holds the noun
        last = last.head
    for token in (last, *last.children):
        if token.dep_ == "prep" and token.lower_ == "of":
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects and objects[0].like_num and any(c.lower_ in ("the", "those", "these") for c in objects[0].lefts):
                # "14 of the 60 wounded": what the total counts
                return counted_tokens([objects[0]])
            if objects:
                return noun_phrase(objects[0])
    head = last.head
    if last.dep_ == "quantmod" and head.like_num and head.i > last.i and head.dep_ == "nummod" \
            and any(t.lower_ == "of" for t in last.doc[last.i + 1:head.i]):
        # "With 412 of 430 polling stations counted": a part of the total, counted by the total's noun
        return [t for t in noun_phrase(head.head) if t.i > head.i]
    if last.dep_ == "pobj" and head.lower_ in ("of", "from", "among"):
        # translated order, the noun after the figure's participle: "From 312 detained on the past week Persons 140 are
        # released" (the preposition's second object is what the first counts)
        nouns = [c for c in head.children if c.dep_ == "pobj" and c.i > last.i + 1 and c.tag_ in ("NNS", "NNPS")
                 and any(t.pos_ == "VERB" and t.tag_ == "VBN" for t in last.children)]
        if nouns:
            return noun_phrase(nouns[0])
    if any(c.lower_ in ("last", "this", "next", "previous", "same") for c in head.lefts if c.i > last.i) or (
            head.lower_ in TIME_UNITS and head.i > last.i + 1 and head.i + 1 < len(head.doc)
            and head.doc[head.i + 1].lower_ in ("earlier", "later", "ago", "before", "after")):
        return []  # "fell to 640 last year": a time phrase the parser hung the figure on, not what it counts
    if re.search(r"\s[-–—]\s", text_of(last.doc)[last.idx:head.idx]):
        return []  # "toll rises to 18 - ministry": a spaced dash separates, it does not join
    if last.dep_ in ("nummod", "quantmod", "amod", "compound") and head.pos_ in ("NOUN", "PROPN") and head.i > last.i:
        head = _hyphen_head(head)  # "two co-defendants" split by the parser: the noun is the word after the hyphen
        return [t for t in noun_phrase(head) if t.i > tokens[-1].i]  # not "more" of "more than 4,000 rounds"
    following = tokens[-1].doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(tokens[-1].doc) else None
    if following is not None and following.tag_ == "NNS" and following.pos_ == "NOUN" and last.dep_ in ("pobj", "conj"):
        return [following]  # "between 15,000 and 20,000 farmers" parsed as the object of "between"
    return []


def _hyphen_head(noun: "Token") -> "Token":
    """The last part of a hyphenated noun the parser split ("co-defendants": "defendants"), else the noun."""
    doc = noun.doc
    if noun.i + 2 < len(doc) and not noun.whitespace_ and doc[noun.i + 1].text == "-" and not doc[noun.i + 1].whitespace_ \
            and doc[noun.i + 2].is_alpha and doc[noun.i + 2].tag_ in ("NNS", "NN"):
        return doc[noun.i + 2]
    return noun


def head_of(tokens: list["Token"]) -> "Token":
    """The head of a phrase: the token whose syntactic head lies outside it ("members" of "members of the
    security forces", "trucks" of "trucks of food aid")."""
    indices = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in indices or t.head.i == t.i), tokens[-1])


def predicate(tokens: list["Token"]) -> list["Token"]:
    """The noun after "were" when the figure is the subject: "19 were members of the security forces"."""
    last = tokens[-1]
    if last.dep_ not in ("nsubj", "nsubjpass") or last.head.lemma_ != "be":
        return []
    attributes = [c for c in last.head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
    return noun_phrase(attributes[0]) if attributes else []


def noun_phrase(noun: "Token") -> list["Token"]:
    """The noun with its modifiers and an "of" phrase: "members of the security forces"."""
    left = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and not t.like_num]
    tokens = [*left, noun]
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            tokens.extend(child.subtree)
            break
    return sorted(tokens, key=lambda t: t.i)


def phrase(tokens: list["Token"]) -> str:
    """The text the tokens cover, as written."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    return text_of(doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]


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
#: verbs that end a measure: released detainees are counted by their noun ("Two of the five suspects were released")
RELEASED = re.compile(r"^(?:released|freed|let|set|bailed|discharged|liberated)$", re.IGNORECASE)
RELEASED_WORDS = re.compile(r"\b(?:released|freed|let go|set free|bailed|discharged|liberated)\b", re.IGNORECASE)


#: plain nouns for people, which name released people as a noun of their own does ("Of the 41 people arrested …, 29
#: have been released": people); pronouns and figure words do not
PLAIN_PEOPLE = frozenset({"people", "persons"})


def released_key(counted: str) -> str | None:
    """The measure of released people counted by the noun of those they were among ("suspects", "people"), or None
    when that noun names nobody ("them", "others", "the total")."""
    key = plural_key(trim_counted(counted))
    return key if key not in GENERIC_NOUNS or key in PLAIN_PEOPLE else None


#: verbs of doing the harm: their active subject is who did it, not who suffered it
HARM_VERBS = frozenset({"kill", "shoot", "murder", "slay", "wound", "injure", "stab", "gun", "fire", "open"})


#: verbs of a clause that says what someone is suspected of, not what befell them: "two women accused of murdering"
ACCUSED = frozenset({"accuse", "suspect", "charge", "want", "indict", "convict", "sought", "seek", "wanted", "accused",
                     "suspected", "charged"})
#: nouns that count a group by its size: "a pair of masked men" does what the men do
GROUP_NOUNS = frozenset({"pair", "couple", "group", "trio", "band", "gang", "crew", "duo"})


def _accusation(token: "Token") -> bool:
    """Whether ``token`` opens a clause about a noun's suspected deed: "accused of murdering", "wanted for"."""
    return token.dep_ in ("acl", "relcl") and (token.lemma_.lower() in ACCUSED or token.lower_ in ACCUSED)


def _part_clause(token: "Token") -> bool:
    """Whether ``token`` opens a relative clause about a part of the noun's people ("four men, two of whom died",
    "30 workers, some of whom were hurt"): what befell the part, not the whole (guideline decision 14)."""
    if token.dep_ != "relcl":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        w.lower_ in ("whom", "which", "them", "those") for w in p.children) for p in c.children) for c in token.children)


def _suspects(noun: "Token") -> bool:
    """Whether a noun names people sought for a deed, not those it was done to: "two persons of interest"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "interest" for g in c.children)
               for c in noun.children)


def _attackers(anchor: "Token") -> bool:
    """Whether the figure's noun is the active subject of a verb of harm done to someone else: "Two gunmen killed
    three people", "Two people got out and started firing shots, fatally shooting one of the men", "Two men
    opened fire" (followed through joined, complement and adverbial clauses, not relative ones)."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lower_ in GROUP_NOUNS:
        anchor = anchor.head.head  # "A pair of masked men shot a clerk": the pair is the subject
    if anchor.dep_ != "nsubj":
        return False
    todo, seen = [anchor.head], set()
    while todo:
        verb = todo.pop()
        if verb.i in seen:
            continue
        seen.add(verb.i)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() in HARM_VERBS and objects and not any(c.dep_ in ("auxpass", "nsubjpass")
                                                                     for c in verb.children) \
                and (verb.lemma_.lower() != "open" or any(o.lower_ == "fire" for o in objects)) \
                and not any(o.lower_ in ("himself", "herself", "themselves") for o in objects):
            return True
        todo.extend(c for c in verb.children if c.dep_ in ("conj", "xcomp", "advcl") and c.pos_ in ("VERB", "AUX")
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))  # the same doer only
    return False


#: "four men shot to death", "four people were found shot dead", "17 people shot and killed": "shot" names how
#: they died
SHOT_DEAD = re.compile(r"^[^.;,]{0,40}?\b(?:shot|wounded|injured|stabbed|beaten)\s+(?:dead|to death|and killed|fatally)\b|"
                       r"^[^.;,]{0,40}?\bfatally\s+(?:shot|wounded|injured|stabbed)\b", re.IGNORECASE)


#: a protest or strike, which soldiers may join as a crowd does
PROTEST = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*|strikes?|strikers|sit-ins?|walk-?outs?|"
                     r"mutin\w*|riot\w*)\b", re.IGNORECASE)


def measure(tokens: list["Token"], counted: list["Token"], earlier: list[Claim], before: str,
            own_words_only: bool = False) -> str | None:
    """The measure of the figure ``tokens`` counting ``counted``; ``earlier`` are the claims it may be part of
    and ``before`` the text just before the figure. With ``own_words_only`` only the counted phrase and the words
    attached to it count ("Of the 260 passengers on board, 14 are missing": the 260 are passengers). People who
    are sentenced or charged are cases (their prison terms are the sentence measure)."""
    found = _measure(tokens, counted, earlier, before, own_words_only)
    noun = head_of(counted) if counted else None
    if not own_words_only:
        found = forces.refine(found, tokens, counted, noun)  # police placed to guard, people a jury ruled on
    if found == "injuries" and not own_words_only and _killed_by_its_verb(noun or tokens[-1]):
        found = "deaths"  # "fatally shot his two neighbours", "four members of a family, …, were found shot dead"
    if found in ("injuries", "deaths") and noun is None and harm.NOT_A_PERSON_BEFORE.search(before):
        return None  # "several gunshot wounds, including one to the chest", "the loss of our loved one"
    if found == "injuries" and not own_words_only and harm.only_aimed_at(tokens[0].sent.text):
        return None  # "Five people were inside the car when it was shot at": aimed at, not hit
    if found in ("injuries", "deaths") and noun is not None and not own_words_only and harm.spared(noun, found):
        return None  # "Three customers who were not hurt ran out": the relative clause denies it
    if found is None and noun is not None and people_noun(noun.text) and not own_words_only \
            and harm.died_at_hospital(noun):
        return "deaths"  # "The two men were rushed to the hospital, where both were pronounced dead"
    if found == "arrests" and _jailed_for_a_term([(noun or tokens[-1]).head, tokens[-1].head]):
        found = "sentence"  # "Two of the defendants were jailed for life": sentenced, counted as cases below
    if found in PEOPLE_MEASURES and noun is not None and noun.tag_ in ("NNS", "NNPS") and not people_noun(noun.text) \
            and not measure_from(noun.text):
        return None  # "half a dozen water-cannon trucks have been drafted in": trucks (the noun gives the key)
    if found in ("deaths", "injuries") and noun is not None and _suspects(noun):
        return None  # "Police want to speak with two persons of interest in the killing": sought, not harmed
    if found in ("deaths", "injuries") and _attackers(noun or tokens[-1]):
        return None  # "Two gunmen killed three people": the two did it (the noun gives the measure)
    if found is None and noun is not None and noun.lower_ in SECURITY_NOUNS \
            and DEPLOYED.match(text_of(noun.doc), noun.idx + len(noun)):
        return "troops"  # "2,400 officers on the streets": police counted as a deployment
    if found is None and noun is not None and noun.lower_ in SECURITY_NOUNS and noun.dep_ == "pobj" \
            and noun.head.lower_ == "by" and noun.head.head.lemma_.lower() in GUARDING:
        return "troops"  # "escorted by 150 police officers": a force placed to guard
    if found in (None, "arrests", "troops") and noun is not None \
            and (noun.lower_ in MILITARY_NOUNS or any(t.lower_ in MILITARY_NOUNS for t in counted)) \
            and re.search(r"captur|captive|prisoners?\b|\bpows?\b|surrender", " ".join(
                t.lower_ for t in (*_word_after(noun), *noun.lefts, noun, noun.head, noun.head.head,
                                   *noun.doc[noun.i + 1:noun.i + 4]))):
        # "had taken 130 government soldiers prisoner" (the parser makes "prisoner" the noun, "soldiers" its compound)
        # "had captured 140 soldiers", "handed over 48 captured soldiers", "70 soldiers had surrendered": not arrests
        return "prisoners"
    if found in (None, "arrests") and (noun is None or noun.lower_ in ("more", "others")) and earlier \
            and earlier[-1].counted and earlier[-1].sentence == tokens[0].sent.text.strip() \
            and earlier[-1].counted.split()[-1].lower() in MILITARY_NOUNS \
            and re.search(r"\bcaptur\w*|\btaken (?:prisoner|captive)", text_of(tokens[0].doc)[
                max(tokens[0].sent.start_char, tokens[0].idx - 30):tokens[-1].idx + 40], re.IGNORECASE):
        return "prisoners"  # "killed 140 government soldiers and captured 35 more": more soldiers, taken prisoner
    if found == "injuries" and not own_words_only:
        last = max((noun or tokens[-1]).i, tokens[-1].i)
        doc = tokens[0].doc
        if SHOT_DEAD.match(text_of(doc)[doc[last].idx + len(doc[last]):doc[last].idx + 80]):
            return "deaths"
    if found in ("participants", "evacuated", "displaced") and noun is not None and (noun.lower_ in MILITARY_NOUNS or noun.lower_ in (
            "personnel", "peacekeepers", "reservists")) and not PROTEST.search(noun.sent.text) \
            and not re.search(r"\bevacuat", noun.sent.text, re.IGNORECASE):
        # "4,000 troops took part in the exercise", "flew 200 troops from the capital": a force moved, not a crowd
        return "troops"
    if found == "arrests" and noun is not None and noun.head.lemma_.lower() == "book" and any(
            c.dep_ in ("advcl", "xcomp") and c.i > noun.head.i and any(a.lower_ == "to" for a in c.children)
            for c in noun.head.children):
        return noun.lower_  # "120 coaches had been booked to bring workers": reserved for a purpose, not arrested
    if found is None and noun is not None and noun.dep_ == "compound" and noun.head.lemma_.lower() in ("term", "sentence") \
            and people_noun(noun.text):
        return "cases"  # "handed the four accountants terms of three years": people given terms are cases
    if found == "displaced" and noun is not None and noun.lower_ in MIGRANT_NOUNS \
            and re.search(r"\bcross(?:ed|es|ing)?\b", noun.sent.text, re.IGNORECASE):
        return noun.lower_  # "5,000 migrants crossed into the state": a count of migration, by its noun
    if found == "sentence" and (noun is None or people_noun(noun.text) or noun.lower_ in ("terms", "sentences")):
        return "cases"  # "The two men were each sentenced to 25 years": two cases, 25 years of sentence
    if found in ("cases", "injuries"):
        return illness_or_harm(found, with_context(tokens[0].sent))  # the outbreak may be named the sentence before
    if found is None and noun is not None and people_noun(noun.text):
        doc = tokens[0].doc
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in SENDING:
            # "sent 27 employees to hospital" (the parser took "to hospital" for a verb): where they were sent tells
            sent_to = measure_from(text_of(doc)[noun.head.idx:doc[min(noun.i + 4, len(doc) - 1)].idx + 12])
            if sent_to:
                return illness_or_harm(sent_to, tokens[0].sent.text) if sent_to in ("cases", "injuries") else sent_to
        if CROWD_CONTROL.search(text_of(doc)[max(tokens[0].sent.start_char, tokens[0].idx - 80):tokens[0].idx]):
            return "participants"  # "riot police fired tear gas … at several thousand students": a crowd, dispersed
        return stayed_away(tokens[0].sent.text)  # "12,000 civil servants stayed at home during the general strike"
    return found


#: people who cross a border by choice: counted by their noun, not as displaced by an event
MIGRANT_NOUNS = frozenset("migrants immigrants emigrants asylum-seekers workers tourists travellers travelers".split())
#: verbs that send people somewhere, whose destination tells what befell them ("sent 27 workers to hospital")
SENDING = frozenset("send rush take bring fly airlift ferry bus move transfer".split())
#: what people are held on or for: the accusation, not their fate
ACCUSATION_WORDS = re.compile(r"^(?:charges?|suspicion|counts?|allegations?|accusations?|warrants?)$")
#: verbs of a force placed to guard something or someone
GUARDING = frozenset("escort guard protect police patrol secure cordon".split())
#: verbs whose "in" is a particle, not a place: "drafted in 3,000 gendarmes", "brought in 200 reinforcements"
PARTICLE_IN = frozenset("draft bring call send fly move ship bus rush pour".split())


def _jailed_for_a_term(verbs: list["Token"]) -> bool:
    """Whether a verb over the figure jails for a term ("jailed for life", "imprisoned for six years")."""
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "for" and any(
                    c.lower_ in ("life", "years", "year", "months", "month") for c in prep.children):
                return True
    return False


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
    if fronted and measure_from(fronted[0].text):
        # translated verb-first order, "Detained are 214 participants of the action": the fronted participle is what
        # befell them, the noun only who they are (guideline decision 2)
        return measure_from(fronted[0].text)
    attached = [c for c in anchor.children if c.dep_ in ("acl", "amod", "relcl", "acomp", "prep") and not _accusation(c)
                and not _part_clause(c)
                # a phrase with a figure of its own is that figure's ("33 persons, concerning 12 of them criminal cases
                # are initiated": the cases are the 12's)
                and not (c.dep_ == "prep" and any(t.like_num and t.i > c.i for t in c.subtree))]
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
    order = (steps[1], right, steps[0], steps[2]) if partitive and not own_words_only else (right, *steps[:3])
    # "nine people killed and 46 wounded": the word right after the figure first; "four of the 30 people arrested
    # were charged": a part's own verb first (the words after the noun tell what the whole is)
    for step in order:
        found = measure_from(" ".join(t.text for t in step if t is not None and t.i != anchor.i and not _organ(t)))
        if found == "missing" and not own_words_only and head.pos_ == "VERB" and head.i < anchor.i \
                and SURVIVORS.search(text_of(anchor.doc)[head.idx:anchor.idx + len(anchor) + 40]):
            return "survivors"  # "brought 23 trapped workers to the surface": trapped before, rescued now
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
        if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "at", "in", "into", "to", "outside", "near", "inside") \
                and not tokens[0].i <= noun.head.i <= tokens[-1].i \
                and not re.match(r"at (?:the )?(?:very )?(?:least|most)\b", text_of(doc)[noun.head.idx:noun.head.idx + 20], re.I) \
                and not (noun.head.lower_ == "in" and noun.head.i > 0 and noun.head.i < noun.i
                         and doc[noun.head.i - 1].lemma_.lower() in PARTICLE_IN) \
                and not (noun.head.lower_ == "to" and UP_TO_TRANSLATED.search(text_of(doc)[max(0, noun.head.idx - 40):
                                                                                        noun.head.idx + 3])):
            # ("destroyed to 60 fighters": translated "up to", no destination)
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


def _verbs_above(noun: "Token") -> str | None:
    """The measure the verb governing a noun for people gives, or the next verb up when the nearest one tells
    nothing: "Were evacuated from the Zone of flooding 1 043 Residents" (translated word order: "flooding" governs
    the noun, "evacuated" the sentence). Relative, adverbial and reported clauses stop the climb."""
    if noun.dep_ == "pobj" and noun.head.lower_ != "of" and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and noun.head.head.dep_ in ("nsubj", "nsubjpass"):
        return None  # "the search for two attackers continued …": the noun belongs to another noun's phrase
    verb = verb_above(noun)
    for _ in range(2):
        found = measure_from(" ".join(t.text for t in sorted(governed(verb, noun), key=lambda t: t.i))) \
            or _true_predicate(verb)
        if found or verb.dep_ in ("relcl", "advcl", "ccomp", "acl", "conj", "parataxis") or verb.head.i == verb.i:
            return found
        verb = verb_above(verb.head)
    return None


def _true_predicate(verb: "Token") -> str | None:
    """The measure of the verb the parser joined to a participle it took for the main verb: in "All 11 skiers swept
    away by the avalanche were dug out alive" "swept" heads the sentence and "were dug out alive", which has no
    subject of its own, hangs on it as a conjunct; that conjunct is what befell the skiers."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and any(c.dep_ in ("aux", "auxpass") for c in conj.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) \
                and not any(c.dep_ == "cc" for c in verb.children if c.i < conj.i):
            words = [*governed(conj), *(c for c in conj.children if c.dep_ == "advcl" and c.pos_ == "ADJ")]  # "alive"
            return measure_from(" ".join(t.text for t in sorted(words, key=lambda t: t.i)))
    return None


def _killed_by_its_verb(anchor: "Token") -> bool:
    """Whether the verb the figure's noun hangs on says they were killed (``harm.killed_in_clause``)."""
    verb = verb_above(anchor)
    return verb.i != anchor.i and harm.killed_in_clause(anchor, governed(verb, anchor))


def verb_above(token: "Token") -> "Token":
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:  # spaCy makes a new Token on each access
        token = token.head
    return token


def governed(verb: "Token", noun: "Token | None" = None) -> list["Token"]:
    """The verb and what it governs, without relative, adverbial or reported clauses, nor a clause saying what
    ``noun`` is accused of ("two women accused of murdering a man appeared in court": their deed, not their fate)."""
    out, todo = [], [verb]
    while todo:
        token = todo.pop()
        out.append(token)
        todo.extend(c for c in token.children if (c.dep_ not in ("relcl", "advcl", "ccomp", "parataxis", "conj", "acl:relcl")
                                                  # "made it to shore", "sent … to hospital": the parser's clause
                                                  # headed by a noun is a place the verb takes them to
                                                  or c.dep_ == "advcl" and c.pos_ in ("NOUN", "PROPN"))
                    and not (noun is not None and c.head.i == noun.i and _accusation(c)))
    return out


def trim_counted(words: str) -> str:
    """"homes in the valley" -> "homes", "buses were taken" -> "buses"."""
    # "households without power" -> "households"; "precincts reporting" -> "precincts"
    return re.split(r"\s+(?:in|on|at|of|from|for|with|without|were|was|had|have|has|are|is|been|who|that|which|and|or|"
                    r"[a-z]+ing)\b", words.strip())[0]


def plural_key(counted: str) -> str:
    """The fallback measure of a counted phrase: its head noun, lower case ("polling stations" -> "stations"; "residents
    of the Keld floodplain" -> "residents": an "of" phrase after the head names whose they are, not what is counted)."""
    head = re.split(r"\s+of\s+", counted.strip(), maxsplit=1)[0] or counted
    words = head.split()
    while len(words) > 1 and re.fullmatch(r"[a-z]+ed", words[-1]):
        words.pop()  # "precincts counted" -> "precincts": a participle after the noun says what was done to it
    return words[-1].lower()


#: where the parts of a figure begin: ", among them 14 wounded soldiers", ", including three children"
PARTS_AFTER = re.compile(r"\s*\b(?:including|among them|among whom)\b|,\s*(?:[\w-]+\s+){1,3}?(?:of them|of whom)\b",
                         re.IGNORECASE)
#: a toll whose value the figure is: "the toll rose to 64", "injury toll stands at"
TOLL_BEFORE = re.compile(r"(?:\b(?P<kind>[\w-]+)\s+)?\btoll\b[^,;.\d]{0,30}$", re.IGNORECASE)
#: words before a figure that make it part of the figure before ("including 19 …", "of them 12 …")
SUBSET_BEFORE = re.compile(r"\b(?:including|among them|among whom|of them|of whom|of those|from them|from whom|among (?:the|those) (?:dead|"
                           r"injured|wounded|killed|victims|detained|arrested|missing|evacuated)(?:\s+(?:were|are|was|is))?"
                           r"),?\s*$", re.IGNORECASE)
