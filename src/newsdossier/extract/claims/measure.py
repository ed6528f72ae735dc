"""What a figure counts, as a measure key: the event its own words tell, corrected by the roles of the people counted.

``measure_words`` reads the measure from the nearest telling word ("12 people dead", "46 wounded", "227 deaths").
``measure`` then decides by who the people are and what part they played: those who did the harm are not its victims
("Two gunmen killed three people"), people sought are not harmed ("two persons of interest"), people jailed for a
term are sentenced, soldiers taken prisoner are prisoners, a force moved is troops, not a crowd. The counted words
are read in ``counted``, the verbs over them in ``verbs``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from ...records import Claim
from .counted import counted_tokens, head_of  # noqa: F401  (counted_tokens: read from here by evaluation/experiments/learned_measure.py)
from .lexicon import DEPLOYED, MILITARY_NOUNS, PEOPLE_MEASURES, SECURITY_NOUNS, measure_from, people_noun
from . import forces, harm, roles
from .circumstances import CROWD_CONTROL, illness_or_harm, stayed_away, with_context
from .measure_words import _measure, _word_after
from .verbs import _killed_by_its_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of doing the harm: their active subject is who did it, not who suffered it
HARM_VERBS = frozenset({"kill", "shoot", "murder", "slay", "wound", "injure", "stab", "gun", "fire", "open"})
#: participles of people sought by police: "two men wanted in connection with the killing"
SOUGHT = frozenset({"want", "seek"})
#: what people are wanted or sought for (not "wanted to leave"): "in connection with", "for questioning", "on warrants"
_DEEDS = r"(?:murder|killing|shooting|death|slaying|homicide|stabbing|robbery|attack)"
SOUGHT_FOR = re.compile(rf"\s+(?:in connection with|for questioning|in (?:the |a )?(?:\w+ )?{_DEEDS}|"
                        rf"for (?:the |a |an |his |her |their )?(?:\w+ )?{_DEEDS}|on (?:\w+ )?(?:warrants?|charges?))\b",
                        re.IGNORECASE)
#: nouns that count a group by its size: "a pair of masked men" does what the men do
GROUP_NOUNS = frozenset({"pair", "couple", "group", "trio", "band", "gang", "crew", "duo"})


def _suspects(noun: "Token") -> bool:
    """Whether a noun names people sought for a deed, not those it was done to: "two persons of interest", "Two men
    wanted in connection with the shooting death", "three teens sought in the killing"."""
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in SOUGHT \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            and SOUGHT_FOR.match(text_of(noun.doc), verb.idx + len(verb)):
        return True  # the parser makes the participle the noun's verb: "Two men wanted in connection with …"
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "interest" for g in c.children)
               or c.dep_ == "acl" and c.lemma_.lower() in SOUGHT and c.tag_ == "VBN" for c in noun.children)


def _attackers(anchor: "Token") -> bool:
    """Whether the figure's noun is the active subject of a verb of harm done to someone else: "Two gunmen killed
    three people", "Two people got out and started firing shots, fatally shooting one of the men", "Two men
    opened fire" (followed through joined, complement and adverbial clauses, not relative ones)."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lower_ in GROUP_NOUNS:
        anchor = anchor.head.head  # "A pair of masked men shot a clerk": the pair is the subject
    # a relative clause whose subject is the noun: "Two officers who shot and killed a homeowner returned to work"
    # (unless the noun's own verb tells its harm: "Three men who killed a guard were shot dead")
    main = anchor.head
    doers = [c for c in anchor.children if c.dep_ == "relcl" and any(
        g.dep_ == "nsubj" and g.lower_ in ("who", "that", "which") for g in c.children)] \
        if not measure_from(" ".join(t.text for t in (main, *(c for c in main.children if c.dep_ in (
            "acomp", "oprd", "xcomp", "advmod", "dobj"))) if t.i != anchor.i)) else []
    if anchor.dep_ != "nsubj" and not doers:
        return False
    todo, seen = [*([anchor.head] if anchor.dep_ == "nsubj" else []), *doers], set()
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
    if not own_words_only and noun is not None:
        if found in (None, "troops") and (roles.destroyed_fighters(noun) or roles.lost_men(noun, before)):
            return "deaths"  # "destroyed … up to 40 militaries", "put their own losses at 'a few men'"
        if found is None and people_noun(noun.text) and roles.term_sought_for(before):
            return "cases"  # "seeking 15 years for each of the four executives": defendants
        if found in (None, "participants") and people_noun(noun.text) and roles.taken_to_police(noun):
            return "arrests"  # "took about 40 protesters to the nearest police station"
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
#: verbs of a force placed to guard something or someone
GUARDING = frozenset("escort guard protect police patrol secure cordon".split())


def _jailed_for_a_term(verbs: list["Token"]) -> bool:
    """Whether a verb over the figure jails for a term ("jailed for life", "imprisoned for six years")."""
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "for" and any(
                    c.lower_ in ("life", "years", "year", "months", "month") for c in prep.children):
                return True
    return False
