"""Implicit counts of one: "A 25-year-old man was shot and killed", "the child was pronounced dead".

Local news rarely writes a figure for a single victim, so the numeric-claims extractor (which reads figures)
finds nothing, and a dossier of such articles would say that no one died. This extractor reads the
dependency parse for a singular person — a person noun ("a man", "the 17-year-old", "a fellow student") or a
named person — who is the one killed, wounded or arrested, and makes a claim of 1 for that measure. Its
claims carry their own extractor name (``rules-victims/1``) so they can be told apart from stated figures;
they fill the same ``claims`` field and are reconciled like any other figure.

What counts:
- deaths: killed / murdered / slain / shot dead / shot to death / fatally shot or wounded / died / pronounced or
  found dead / "left X dead" / "the fatal shooting of X" / "suffered a fatal gunshot wound";
- injuries: wounded / injured / hurt / shot / hit or struck by gunfire / "suffering from a gunshot wound" /
  "left X in critical condition" / "X is in stable condition" / "a man with a gunshot wound" / "was taken to the
  hospital for treatment for a gunshot wound" / "was not seriously injured" (when the sentence does not also kill
  that person);
- arrests: arrested / detained / apprehended / taken into custody / "X is in custody" / booked / charged with or
  in an offence (a person charged is held or was arrested, as police tallies and the Gun Violence Archive count).
A bare "was shot" (or "suffered a gunshot wound") in an article that counts a death is taken to be that death
unless the person is told apart ("another man") or said to survive (``_shot_then_died``). Who a person is, and
how many people a group joined by "and" counts, is read in ``victim_people.py``.
A killer who turns the gun on himself in the sentence of the killing is among its dead (``suicides.py``). A headline
the parser cannot read ("Boy, 3, wounded in …") gives its single person by pattern (``titles.single_victims``).
A negated predicate ("was not hurt", "neither … nor", "had no injuries") or a hedged one ("may have been killed",
"was nearly killed", "if the man had died", "would never hurt her") makes no claim; plural and
counted subjects are left to the figures extractor; "the man" after "a man" is the same person, and one
claim per measure and sentence is enough, because a headline takes the largest single count, not a sum.
Singular people joined by "and" are counted ("shot his girlfriend and her son" is 2), as a reader counts them.

Headlines are read too (a part with ``field="title"``, sentence-cased by ``annotate``): they drop articles and
auxiliaries, so "Teen wounded in overnight shooting" and "Juvenile shot in arm" say a passive with an active-looking
verb and no object. In a title, a harm verb with a subject and no object has that subject as its patient; in any
text, a participle hung on a person ("a man killed in the crash", "the boy injured") has that person as patient.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..config import Settings
from ..records import Article, Claim, stable_id
from .claims.source import find_source
from .multiple_shootings import NAMED_BY_COUNT, multiple_shooting_claims
from .suicides import doers, suicide_verbs
from .titles import single_victims
from .victim_people import OTHER_PERSON, PERSON_NOUNS, REFLEXIVE, group_size, kind, same_as_dead, singular_person

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Part

NAME = "rules-victims/1"

DEATH_VERBS = frozenset({"kill", "murder", "slay", "die", "succumb", "execute", "gun", "strangle", "stab"})
INJURY_VERBS = frozenset({"wound", "injure", "hurt", "graze", "hospitalize", "hospitalise"})
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "book", "jail"})
DEAD = frozenset({"dead", "deceased", "lifeless"})
WOUNDS = frozenset({"wound", "injury", "gunshot"})
#: predicates that say a person was hit, not whether they lived: the dead were shot too
BARE_INJURY = frozenset({"shot", "shoot", "shoots", "shooting", "hit", "hits", "hitting", "struck", "strike", "strikes",
                         "striking", "suffering", "suffered", "suffers", "suffer", "grazed", "sustained", "received",
                         "taken", "rushed", "transported", "airlifted", "flown", "driven", "brought", "admitted",
                         "wound", "wounds", "injury", "injuries", "gunshot", "had", "has", "have"})
#: "suffered / sustained / received a gunshot wound", "has life-threatening injuries"
WOUND_VERBS = frozenset({"suffer", "sustain", "receive", "have"})
#: "was taken / rushed / transported to the hospital with a gunshot wound"
CARRY_VERBS = frozenset({"take", "rush", "transport", "airlift", "fly", "drive", "bring", "admit", "treat", "hospitalize"})
#: a sentence about gunfire, where "struck the cousin in the abdomen" is a shot; not one about a car
GUNFIRE = re.compile(r"\b(?:shot|shots|shoot\w*|fired|firing|gun\w*|bullets?|rounds?|rifle|pistol|handgun)\b", re.I)
VEHICLE = re.compile(r"\b(?:car|vehicle|truck|suv|van|bus|train|motorcycle)\b", re.I)
#: blows that are not gunfire
BLOWS = re.compile(r"\b(?:bottles?|bats?|fists?|punch\w*|knife|knives|stab\w*|hammer|bricks?|rocks?|pipe|fight\w*|fought|"
                   r"beat(?:en|ing)?|kick\w*|balls?|thrown|threw|throwing|brawl|altercation|lightning|pitch)\b", re.I)
#: where a bullet hits: "was hit in the leg"
BODY_PARTS = frozenset("leg legs arm arms chest head back neck shoulder shoulders hand hands foot feet abdomen stomach "
                       "torso buttocks hip thigh face knee ankle side groin jaw wrist elbow".split())
#: an article that counts a death (in a figure or of one person)
DEATH_WORDS = re.compile(r"\b(?<!non-)(?<!non)(?:killed|killing|kills|dead|died|dies|death|fatal(?:ly)?|shot to death|"
                         r"slain|murdered)\b",
                         re.IGNORECASE)
#: a shot person said to live
#: (not "did not survive", "would not survive": a death, or a prognosis of one)
SURVIVED = re.compile(r"\b(?<!not )(?<!n't )(?<!never )(?:survive[sd]?|surviving|stable|non-?\s?life[- ]threatening|"
                      r"not life[- ]threatening|"
                      r"expected to (?:recover|survive|live)|recovering|treated and released|minor injur(?:y|ies)|"
                      r"critical condition|serious condition|good condition|fair condition)\b", re.IGNORECASE)
#: "ever", "never", "nearly": "he would never hurt her", "a teen was nearly killed" say what did not happen
HEDGES = frozenset({"may", "might", "could", "possibly", "reportedly", "perhaps", "allegedly", "ever", "never", "nearly",
                    "almost"})
#: words of fear or threat: harm told as what someone fears or threatens has not happened ("would later die" is told
#: by the narrator, not under such a word, and stays an event)
FEARS = frozenset("afraid fear feared fearful worried worry scared frightened terrified threaten warn".split())
SUBJECTS = ("nsubjpass", "nsubj")
#: modal auxiliaries that say what may happen, shared by a verb joined to theirs
MODALS = frozenset({"may", "might", "could", "would", "should"})
#: "not seriously / critically / badly hurt" denies how bad, not that the person was hurt
DEGREES = frozenset({"seriously", "critically", "badly", "severely", "gravely", "fatally", "mortally"})
CONDITIONS = frozenset({"critical", "serious", "stable", "fair", "good", "grave"})
#: "is / remains / was listed in critical condition"
STATE_VERBS = frozenset({"be", "remain", "list", "stay"})
ATTEMPTS = frozenset({"try", "attempt", "want", "plan", "seek", "hope", "threaten", "vow", "mean", "intend"})


def extract_victim_counts(article: Article, parts: Sequence["Part"], settings: Settings, model: str = "") -> tuple[Claim, ...]:
    claims: list[Claim] = []
    year = int(article.published[:4]) if article.published and article.published[:4].isdigit() else None
    for part in parts:
        title = getattr(part, "field", "text") == "title"
        before = len(claims)
        for sent in part.doc.sents:
            seen: set[str] = set()
            source = None
            for measure, person, predicate, count in _victims(sent, title, year):
                if measure in seen:
                    continue
                seen.add(measure)
                start, end = _phrase(person)
                source = source or find_source(sent)
                claims.append(Claim(
                    id=stable_id("claim", article.id, part.offset + start, part.offset + end, NAME, measure),
                    document=article.id, start=part.offset + start, end=part.offset + end,
                    text=part.doc.text[start:end], sentence=sent.text.strip(), measure=measure,
                    counted=f"{part.doc.text[start:end]} {predicate}", value_low=float(count), value_high=float(count),
                    qualifier="exact",
                    as_of=article.published, status="reported" if source else "asserted", extractor=NAME,
                    source=source.text if source else None,
                    source_start=part.offset + source.start if source else None,
                    source_end=part.offset + source.end if source else None,
                ))
        if title and len(claims) == before:
            claims += _title_fallback(article, part)
        # "a quadruple shooting": the name of the shooting counts the hit (extract/multiple_shootings.py)
        claims += multiple_shooting_claims(article, [(part.offset + s.start_char, s.text, part.field)
                                                     for s in part.doc.sents], NAME)
    return tuple(_shot_then_died(claims, f"{article.title or ''}\n{article.text}"))


def _title_fallback(article: Article, part: "Part") -> list[Claim]:
    """A headline whose parse names no victim ("Boy, 3, wounded in accidental shooting"): its single person read by
    pattern (``titles.single_victims``), one claim per measure."""
    text = part.doc.text
    out: list[Claim] = []
    for start, end, measure, predicate in single_victims(text):
        if any(c.measure == measure for c in out):
            continue
        out.append(Claim(
            id=stable_id("claim", article.id, part.offset + start, part.offset + end, NAME, measure),
            document=article.id, start=part.offset + start, end=part.offset + end, text=text[start:end],
            sentence=text.strip(), measure=measure, counted=f"{text[start:end]} {predicate.split()[-1]}",
            value_low=1.0, value_high=1.0, qualifier="exact", as_of=article.published, status="asserted", extractor=NAME,
        ))
    return out


def _shot_then_died(claims: list[Claim], text: str) -> list[Claim]:
    """"A girl is dead after being shot. … She was accidentally shot by another child.": when the article counts a
    death, a bare "was shot" (or "suffered a gunshot wound") of one person is how that person died, not an injury —
    local news names its dead victim's wounds far more often than a second victim it does not tell apart. A person
    marked as someone else ("another man", "a fourth person was also shot") or as surviving ("is in stable
    condition", "non-life-threatening") stays injured."""
    dead = {kind(c.text) for c in claims if c.measure == "deaths"}
    if not dead and not DEATH_WORDS.search(text):
        return claims
    return [c for c in claims if not (c.measure == "injuries" and bare(c.counted)
                                      and not c.counted.startswith(NAMED_BY_COUNT)  # a count of the hit, no one's wound
                                      and not (OTHER_PERSON.search(c.text) and not _other_than_the_shooter(c))
                                      and not SURVIVED.search(c.sentence)
                                      and same_as_dead(c.text, dead))]


#: a shooting verb right before its object: "accidentally shot another man", "shooting another teen in the head"
SHOT_OBJECT = re.compile(r"\b(?:shot|shoots|shooting|hit|hits|hitting|struck|strikes|striking)\s+$", re.IGNORECASE)


def _other_than_the_shooter(claim: Claim) -> bool:
    """"A teenager accidentally shot another teen": "another" sets the one hit apart from the one who shot, not from a
    victim counted before, so he may be the dead one. The person must follow a shooting verb as its object, in a
    sentence that tells no death of its own ("shot and killed a woman and shot another man" has two victims)."""
    at = claim.sentence.find(claim.text)
    return at > 0 and bool(SHOT_OBJECT.search(claim.sentence[:at])) and not DEATH_WORDS.search(claim.sentence)


def bare(counted: str) -> bool:
    """Whether a count of one's predicate ("the girl shot", from ``counted``) says only that the person was hit."""
    return counted.rsplit(" ", 1)[-1].lower() in BARE_INJURY


def _victims(sent: "Span", title: bool = False, year: int | None = None) -> list[tuple[str, "Token", str, int]]:
    """(measure, person token, predicate as written, people counted) for each singular person, or group of people
    joined by "and" that names at least one singular person ("a man and two women"), killed, wounded or arrested."""
    found: list[tuple[str, "Token", str, int]] = []
    killed: set[int] = set()
    fatal_verbs: set[int] = set()  # verbs whose patient died: "shot another teen in the chest, killing the youth"
    verbs: dict[int, int] = {}
    for token in sent:
        if _negated_or_hedged(token) or _in_an_earlier_year(token, year):
            continue
        lemma = "shoot" if token.lower_ == "shot" else token.lemma_.lower()  # "Juvenile shot in arm" (tagged a noun)
        for measure, person in _cases(token, lemma, title):
            if person is None:
                continue
            group = group_size(token, person, title)
            if group is None and not singular_person(person):
                continue
            if measure == "deaths":
                killed.add(person.i)
                if token.dep_ in ("advcl", "xcomp") and token.tag_ == "VBG" and token.head.i != token.i:
                    fatal_verbs.add(token.head.i)
            verbs[person.i] = token.i
            found.append((measure, person, token.text, group or 1))
    # "A man was shot and killed": the shooting is how he died, not an injury; so is "shot X, killing him"
    found = [(m, p, w, n) for m, p, w, n in found
             if not (m == "injuries" and (p.i in killed or verbs[p.i] in fatal_verbs and n == 1))]
    suicides = suicide_verbs(sent) if any(m == "deaths" for m, *_ in found) else set()
    killers = doers(sent, suicides)
    # "shot his daughter before turning the gun on himself": the doer is among the dead of the sentence
    return [(m, p, f"{w}, and the killer himself", n + 1)
            if m == "deaths" and suicides and verbs[p.i] not in suicides and p.lower_ not in REFLEXIVE
            and p.i not in killers and verbs[p.i] not in killers else (m, p, w, n)
            for m, p, w, n in found]


def _cases(token: "Token", lemma: str, title: bool = False) -> list[tuple[str, "Token | None"]]:
    children = {c.dep_: c for c in token.children}
    cases: list[tuple[str, "Token | None"]] = []
    fatal = any(c.lower_ in ("fatally", "dead", "mortally") for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in token.children)
    # "shot to death" kills as "shot dead" does
    if lemma in WOUNDS and token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "with" \
            and token.head.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and not _denied(token):
        # "a man with a gunshot wound to his shoulder showed up", "found a 19-year-old with gunshot wounds",
        # "a firefighter ended up with a hand wound"
        fatal_wound = any(c.lower_ in ("fatal", "mortal", "deadly") for c in token.children)
        holder = token.head.head
        if holder.dep_ == "pobj" and holder.pos_ == "NOUN" and holder.lemma_.lower() not in PERSON_NOUNS \
                and holder.head.head.pos_ == "VERB":
            holder = holder.head.head  # "the victim showed up at a hospital with a gunshot wound": the place holds none
        if holder.pos_ == "VERB":
            holder = next((c for c in holder.children if c.dep_ == "nsubj"), None)  # type: ignore[assignment]
        cases.append(("deaths" if fatal_wound else "injuries", holder))
    elif token.lower_ == "condition" and token.dep_ == "pobj" and token.head.lower_ == "in" \
            and any(c.lower_ in CONDITIONS for c in token.children) and token.head.head.lemma_ in STATE_VERBS:
        # "Sharon Watson is in stable condition", "the boy was listed in critical condition": a person in hospital
        verb = token.head.head
        cases.append(("injuries", next((c for c in verb.children if c.dep_ in SUBJECTS), None)))
    elif lemma in DEATH_VERBS or (lemma in INJURY_VERBS | {"shoot"} and fatal):  # "was fatally wounded"
        cases.append(("deaths", _patient(token, lemma, title)))
    elif lemma in INJURY_VERBS or lemma == "shoot" or (lemma in ("hit", "strike") and _by_gunfire(token)):
        cases.append(("injuries", _patient(token, lemma, title)))
    elif lemma in CARRY_VERBS and (_wound(token, "with") is not None or _treated_for(token)):
        cases.append(("injuries", _patient(token, lemma)))  # "was taken to the hospital with a gunshot wound"
    elif lemma == "leave" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.lower_ == "condition" and any(a.lower_ in CONDITIONS for a in g.children) for g in c.children)
            for c in token.children):
        cases.append(("injuries", children.get("dobj")))  # "a shooting leaves one boy in critical condition"
    elif lemma in WOUND_VERBS and _wound(token) is not None and (lemma == "suffer" or token.pos_ == "VERB") and not (
            _denied(_wound(token))):  # "had no injuries", "suffered no wounds"
        # "a man was found suffering from a gunshot wound", "the victim suffered a fatal gunshot wound",
        # "sustained life-threatening injuries"
        wound = _wound(token)
        fatal_wound = any(c.lower_ in ("fatal", "mortal", "deadly") for c in wound.children)  # type: ignore[union-attr]
        cases.append(("deaths" if fatal_wound else "injuries", _sufferer(token)))
    elif (lemma in ARREST_VERBS and not _for_questioning(token)) or (lemma in ("charge", "indict") and _with_offence(token)):
        # "A 21-year-old suspect was charged in the shooting death": a suspect charged is held (or was arrested) —
        # the way local news most often reports an arrest
        cases.append(("arrests", _patient(token, lemma, title)))
    elif lemma in ("pronounce", "find", "declare", "leave") and any(c.lower_ in DEAD for c in token.subtree):
        # "was pronounced dead", "was found dead", "left a 17-year-old dead"
        cases.append(("deaths", children.get("nsubjpass") or children.get("dobj") or _inherited_subject(token)))
    elif token.lower_ in DEAD and token.dep_ in ("acomp", "oprd", "attr") and token.head.lemma_ in ("be", "lie", "remain"):
        # "A 4-year-old girl is dead after being shot"
        cases.append(("deaths", next((c for c in token.head.children if c.dep_ == "nsubj"), None)))
    elif token.lower_ == "custody" and token.head.dep_ == "prep":
        verb = token.head.head  # "is in custody", "was taken into custody"
        cases.append(("arrests", next((c for c in verb.children if c.dep_ in SUBJECTS + ("dobj",)), None)))
    elif token.lower_ in ("shooting", "death", "killing", "murder", "slaying") and token.pos_ == "NOUN":
        # "the fatal shooting of X" is a death; "the (non-fatal) shooting of X" says X was shot
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        modifiers = {c.lower_ for c in token.children}
        fatal_noun = token.lower_ != "shooting" or bool(modifiers & {"fatal", "deadly"}) and not (
            modifiers & {"non", "nonfatal", "non-fatal"})
        if of is not None:
            victim = next((c for c in of.children if c.dep_ == "pobj"), None)
            cases.append(("deaths" if fatal_noun else "injuries", victim))
    return cases


def _denied(wound: "Token | None") -> bool:
    """"no injuries", "no gunshot wounds": a wound the text says there was none of."""
    return wound is not None and any(c.dep_ == "det" and c.lower_ in ("no", "zero") for c in wound.children)


def _for_questioning(verb: "Token") -> bool:
    """"was detained and taken to the station for further interviews", "detained for questioning": held to be
    questioned, not arrested (the archive does not count them)."""
    words = {t.lower_ for t in verb.sent} if verb.lemma_.lower() == "detain" else set()
    return bool(words & {"questioning", "interview", "interviews", "interviewed", "questioned"})


def _with_offence(verb: "Token") -> bool:
    """"charged with murder", "charged in the death of": a criminal charge, not "charged at the officer"."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "in") for c in verb.children) or \
        any(c.dep_ == "auxpass" for c in verb.children)


def _by_gunfire(verb: "Token") -> bool:
    """"was hit twice in the leg", "struck by a stray bullet", "fired, striking the cousin in the abdomen": a person
    hit by gunfire, not by a car or a fist."""
    words = {t.lower_ for t in verb.subtree}
    if words & {"bullet", "bullets", "gunfire", "round", "rounds", "twice", "times", "shot", "shots"}:
        return True
    if VEHICLE.search(verb.sent.text):
        return False
    if GUNFIRE.search(verb.sent.text):
        return True
    if BLOWS.search(verb.sent.text):
        return False  # "struck in the face with a bottle", "hit in the head during the fight"
    # "A second victim was hit in the leg", "Hill and Price were also hit": a wound's place on the body, or "also"
    # beside another hit person, tells a shot in a story of a shooting whose sentence names no gun
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in BODY_PARTS for g in c.children)
               for c in verb.children) or any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)


def _wound(verb: "Token", preposition: str = "from") -> "Token | None":
    """The wound or injury suffered: the object of "suffer" or of its "from" (``preposition``)."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in WOUNDS and preposition == "from":
            return child
        if child.dep_ == "prep" and child.lower_ == preposition:
            found = next((g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in WOUNDS), None)
            if found is not None:
                return found
    return None


def _treated_for(verb: "Token") -> bool:
    """"was transported to the hospital for (treatment for / of) a gunshot wound": a wound the person was carried for."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                if obj.lemma_.lower() in WOUNDS and not _denied(obj):
                    return True
                if obj.lemma_.lower() == "treatment" and any(
                        p.dep_ == "prep" and p.lower_ in ("for", "of") and any(
                            g.dep_ == "pobj" and g.lemma_.lower() in WOUNDS for g in p.children) for p in obj.children):
                    return True
    return False


def _sufferer(verb: "Token") -> "Token | None":
    """Who suffers: the subject, or the subject of the verb it complements ("a man was found suffering …")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None:
        return _antecedent(subject, verb)  # "a teenager who had sustained a gunshot wound": the teenager
    if verb.dep_ in ("xcomp", "advcl", "acl") and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            return head  # "a man suffering from a gunshot wound"
        return next((c for c in head.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")), None)
    return _inherited_subject(verb)


def _patient(verb: "Token", lemma: str, title: bool = False) -> "Token | None":
    """Who undergoes it: the passive subject, the object of an active verb, the subject of "die"; in a headline, the
    subject of a verb without an object ("Teen shot in leg"); a person a participle hangs on ("a man killed")."""
    children = list(verb.children)
    if verb.pos_ in ("NOUN", "PROPN") and verb.lower_ == "shot":
        return _shot_noun(verb)
    if lemma in ("die", "succumb"):
        return next((c for c in children if c.dep_ == "nsubj"), None) or _inherited_subject(verb)
    passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return _antecedent(passive, verb)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in REFLEXIVE:  # "the boy shot himself in the hand"
        subjects = [c for c in children if c.dep_ == "nsubj"]  # the nearest: "BIRMINGHAM, Ala: A child shot himself"
        # "a boy who accidentally shot himself": the relative pronoun stands for the boy
        return _antecedent(max(subjects, key=lambda c: c.i), verb) if subjects else \
            _outer_subject(verb) or _inherited_subject(verb)
    if obj is not None:
        return obj
    if any(c.dep_ == "auxpass" for c in children) or verb.dep_ == "conj":
        return _inherited_subject(verb)
    if verb.dep_ in ("xcomp", "oprd") and verb.head.lemma_.lower() in ("find", "leave", "discover", "report"):
        # "a boy was found shot", "left him wounded": the one found or left
        return next((c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    has_perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    shares_object = any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in children)
    if subject is not None and (title or verb.tag_ == "VBN" and not has_perfect) and not _agentive(verb) \
            and not shares_object:  # "the man shot and killed the woman": active, whatever the tagger says
        return subject  # "Child grazed by bullet", "Police: Teen wounded in shooting"
    if verb.dep_ == "acl" and (verb.tag_ == "VBN" or title) and verb.head.pos_ in ("NOUN", "PROPN") and not (
            _agentive(verb)):
        return verb.head  # "a 6-year-old boy injured in a shooting", "Man, 24, killed in crash"
    return None


def _shot_noun(shot: "Token") -> "Token | None":
    """"shot" mis-tagged as a noun: "was found shot" (the found person), "found a juvenile shot in the ankle" (the
    person noun before it), "Juvenile shot in arm" (its subject)."""
    if shot.dep_ == "oprd":
        return next((c for c in shot.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in shot.children):
        return None  # "the adult male shot and killed the female": the one before "shot" is the doer
    return next((c for c in shot.children if c.dep_ in ("nsubj", "amod", "compound") and c.i < shot.i
                 and (c.lemma_.lower() in PERSON_NOUNS or c.ent_type_ == "PERSON")), None)


def _agentive(verb: "Token") -> bool:
    """An active clause that goes on to say whom ("shot at officers", "shot into a crowd"): the subject is the doer."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "into", "toward", "towards", "on") for c in verb.children)


def _outer_subject(verb: "Token") -> "Token | None":
    """The subject of the clause a subordinate verb hangs on: "a man is in critical condition after accidentally
    shooting himself" (the man shot himself)."""
    head = verb
    for _ in range(3):
        if head.dep_ not in ("pcomp", "advcl", "xcomp", "pobj", "prep") or head.head.i == head.i:
            return None
        head = head.head
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def _antecedent(subject: "Token", verb: "Token") -> "Token":
    """"a man who was killed": the relative pronoun stands for the noun the clause hangs on."""
    if subject.lower_ in ("who", "that", "whom") and verb.dep_ == "relcl":
        return verb.head
    return subject


def _inherited_subject(verb: "Token") -> "Token | None":
    """"A man was shot and killed": "killed" shares the passive subject of "shot"."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return _antecedent(subject, head)  # "a girl who was shot and killed": the girl
    return None


def _in_an_earlier_year(verb: "Token", year: int | None) -> bool:
    """"he was arrested in November 2010", "killed in a 2013 shooting": a past case the article recalls, not its
    event (the article is dated ``year``)."""
    if year is None:
        return False
    for child in verb.children:
        if child.dep_ in ("prep", "npadvmod", "tmod"):
            for t in child.subtree:
                if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) < year:
                    return True
    return False


def _negated_or_hedged(token: "Token") -> bool:
    """"was not hurt", "may have been killed", "police tried to arrest the father" (an attempt, not an arrest)."""
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ATTEMPTS:
        return True
    if token.dep_ in ("ccomp", "xcomp") and token.head.lemma_.lower() in FEARS and (
            token.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might", "may")
                                         for c in token.children)):
        return True  # "was afraid he would hurt her or her son", "threatened to kill her": feared or threatened only
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in token.children):
        return True  # "police were not able to say if the man had died"
    children = list(token.children)
    if token.dep_ == "conj" and token.head.i != token.i and any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in token.head.children):
        return True  # "kids could get the guns and hurt somebody": the modal of the first verb holds for the second
    if any(c.lower_ in ("nor", "neither") for c in children) or token.dep_ == "conj" and any(
            c.lower_ == "nor" and c.i < token.i for c in token.head.children) or any(
            c.dep_ in SUBJECTS and any(g.lower_ in ("neither", "no") and g.i < c.i for g in c.children) for c in children):
        return True  # "neither the driver nor the passenger was injured", "nor did she sustain serious injury"
    if any(c.dep_ == "neg" for c in children) and any(c.lower_ in DEGREES for c in children):
        return any(c.lower_ in HEDGES for c in children)  # "was not seriously injured": injured, not badly
    return any(c.dep_ == "neg" or c.lower_ in HEDGES for c in children)


def _phrase(token: "Token") -> tuple[int, int]:
    """Character offsets (in the paragraph) of the person's noun phrase without relative clauses."""
    left = token.left_edge.idx
    right = token.idx + len(token)
    for child in token.rights:
        if child.dep_ in ("compound", "flat"):
            right = max(right, child.right_edge.idx + len(child.right_edge))
    if token.ent_iob_ != "O" and token.ent_type_ == "PERSON":
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            left, right = min(left, ent.start_char), max(right, ent.end_char)
    return left, right
