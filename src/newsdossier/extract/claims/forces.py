"""Measures that the people's role in the event decides, not their noun (guideline decision 2): police and soldiers
placed to guard something are a deployment (``troops``), people a jury or court rules on are ``cases``, the counts of
an indictment are ``cases`` (decision 16), and the turnout of a strike is its participants, not voters.

These read the parse around the counted noun, so that a new wording of the same role ("2,000 gendarmes will watch
the polling stations", "the marchers, watched by about 3,000 police", "the jury cleared the two nurses") is met by the
same rule.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import MILITARY_NOUNS, SECURITY_NOUNS, people_noun
from .verbs import verb_above
from .votes import ELECTION  # one definition of an election's words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of a force placed to watch over something or someone
GUARD_VERBS = frozenset("guard watch monitor patrol secure protect police man staff line ring surround cordon escort "
                        "oversee supervise shadow flank".split())
#: verbs that place a force somewhere: "dispatched 2,000 police officers to the region", "sent in 300 gendarmes"
PLACING_VERBS = frozenset("dispatch despatch send assign post station rush fly move bring call draft mobilise mobilize "
                          "redeploy transfer airlift ship bus".split())
#: nouns for a force, beside those of ``lexicon``: "riot police", "national guardsmen"
FORCE_NOUNS = SECURITY_NOUNS | MILITARY_NOUNS | frozenset("gendarmes riot-police stewards militia militiamen".split())
#: verbs of a court's or jury's ruling on people
VERDICT_VERBS = frozenset("acquit convict clear find sentence exonerate".split())
#: a court, a trial or an indictment in the sentence: the counts are charges
COURT = re.compile(r"\b(?:jury|juries|court|judge|trial|acquit\w*|convict\w*|guilty|indict\w*|charg\w*|prosecut\w*|"
                   r"verdict|defendants?|sentenc\w*)\b", re.IGNORECASE)
#: a strike or protest action, whose turnout counts the people who joined it
STRIKE_ACTION = re.compile(r"\b(?:strikes?|walk-?outs?|stoppages?|boycotts?|go-slows?|protests?|demonstrations?|"
                           r"rall(?:y|ies)|marches)\b", re.IGNORECASE)


def guarding_force(noun: "Token | None", counted: list["Token"]) -> bool:
    """Police or soldiers who guard, watch or line something, or are sent somewhere: "More than 60,000 police and
    soldiers will guard polling stations", "watched by about 3,000 police", "dispatched 2,000 police officers" (a force
    placed, counted as ``troops``; guideline decision 2: police on duty or drafted in)."""
    if noun is None or not (noun.lower_ in FORCE_NOUNS or any(t.lower_ in FORCE_NOUNS for t in counted)):
        return False
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in PLACING_VERBS:
        return True  # "dispatched 2,000 police officers", "150 officers were assigned to the stadium"
    if noun.dep_ in ("nsubj", "nsubjpass") or noun.dep_ == "conj" and noun.head.dep_ == "nsubj":
        verb = verb_above(noun)
        return verb.lemma_.lower() in GUARD_VERBS and noun.dep_ != "nsubjpass"
    if noun.dep_ == "pobj" and noun.head.lower_ == "by":
        return noun.head.head.lemma_.lower() in GUARD_VERBS  # "watched by 3,000 police", "guarded by 200 soldiers"
    return False


def ruled_on(noun: "Token | None", anchor: "Token") -> bool:
    """People a jury or court rules on: "the jury found the four officers not guilty", "acquitted three of the seven
    defendants", "the court cleared two nurses" (guideline decision 2: they are ``cases``)."""
    target = noun if noun is not None else anchor
    if target.dep_ == "pobj" and target.head.lower_ == "of" and target.head.head.like_num:
        target = target.head.head  # "Three of the bankers were cleared": the figure's own verb
    if target.dep_ == "nsubj" and target.head.lower_ in ("guilty", "innocent", "liable") \
            and target.head.head.lemma_.lower() == "find":
        return True  # the parser's small clause: "found [the four officers not guilty]"
    if target.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = target.head
    lemma = verb.lemma_.lower()
    if lemma not in VERDICT_VERBS:
        return False
    if lemma == "find":  # "found the four officers not guilty", "were found guilty"
        return any(t.lower_ in ("guilty", "innocent", "liable") for t in verb.subtree)
    return True


def court_counts(noun: "Token | None") -> bool:
    """The counts of an indictment: "acquitted him of 9 of the 12 bribery counts" (guideline decision 16: ``cases``)."""
    return noun is not None and noun.lower_ in ("counts", "count") and bool(COURT.search(noun.sent.text))


#: verbs that move people out of a place: "helping to move an estimated 70,000 people out of the flood plain"
MOVE_VERBS = frozenset("move get take bring lead ferry bus airlift ship carry help pull shepherd usher".split())
#: how an outbreak's cases are told beside a bare figure: "310 confirmed so far", "19 suspected"
CASE_STATES = frozenset("confirmed suspected probable recorded registered".split())


def infected(noun: "Token | None", anchor: "Token") -> bool:
    """People who caught a disease by the verb they stand with: "1,245 people have tested positive", "could infect up
    to 2,500 people" (guideline decision 17: ``cases``)."""
    target = noun if noun is not None else anchor
    if noun is not None and not people_noun(noun.text):
        return False
    verb = verb_above(target)
    lemma = verb.lemma_.lower()
    return lemma == "infect" or lemma == "test" and any(c.lower_ == "positive" for c in verb.children)


def outbreak_state(anchor: "Token") -> bool:
    """A bare figure with a case word after it in a sentence (or the one before) about an outbreak: "against 310
    confirmed so far"."""
    from .circumstances import DISEASE, with_context

    doc = anchor.doc
    return anchor.i + 1 < len(doc) and doc[anchor.i + 1].lower_ in CASE_STATES \
        and bool(DISEASE.search(with_context(anchor.sent)))


def moved_out(noun: "Token | None") -> bool:
    """People moved out of a place: "helping to move 70,000 people out of the flood plain" (``evacuated``)."""
    if noun is None or not people_noun(noun.text) or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in MOVE_VERBS:
        return False
    after = noun.doc.text[noun.idx + len(noun):noun.idx + len(noun) + 60]
    return bool(re.match(r"\s+(?:out of|away from|out from)\b", after))


def refine(found: str | None, tokens: list["Token"], counted: list["Token"], noun: "Token | None") -> str | None:
    """The measure a role in the event gives where the words gave none (or only a crowd's)."""
    if found is None and (infected(noun, tokens[-1]) or noun is None and outbreak_state(tokens[-1])):
        return "cases"
    if found is None and moved_out(noun):
        return "evacuated"
    if found == "injuries" and noun is not None and not people_noun(noun.text) and noun.head.lemma_.lower() == "shoot" \
            and any(c.dep_ == "prt" and c.lower_ == "down" for c in noun.head.children):
        return None  # "shot down 17 aircraft": things downed (the noun gives the key), nobody hurt
    if found in (None, "participants") and guarding_force(noun, counted):
        return "troops"
    if found is None and ruled_on(noun, tokens[-1]):
        return "cases"
    if found is None and court_counts(noun):
        return "cases"
    return found


def turnout_key(sentence: str) -> str:
    """The turnout of a strike or protest counts its participants; an election's counts voters."""
    return "participants" if STRIKE_ACTION.search(sentence) and not ELECTION.search(sentence) else "voters"
