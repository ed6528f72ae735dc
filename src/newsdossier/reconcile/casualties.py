"""Casualty figures read in the light of the rest of their article, before a headline is chosen.

Each article's figures are extracted sentence by sentence; some only make sense beside the others the same article
(or the dossier) gives. These rules rewrite or set aside such figures for the headline of the overall count; the
claims themselves, and the findings, keep every figure as written.

- ``dead_among_shot``: "Durham was one of five people shot" in an article that counts one dead: a figure of people
  shot counts the dead among the hit, so the injured are the difference (as ``claims.injured_only`` does when the
  death figure is in the same sentence or the article states one).
- ``contradicted_zero``: "none of the injured were intended targets" read as "no one was injured", in an article
  that itself counts injured people: the zero is of something else and does not lead.
- ``bare_outliers``: a number of 10 or more that counts no one ("ages 7 to 12", "Glock 19", "the 400 block", an
  address's "9330 59th Ave.") and that no bounded figure elsewhere in the dossier repeats ("at least nine" does not
  back "46"): on the Gun Violence Archive development sample, 3 of 106 such figures
  were the incident's count.
- ``roundups``: a sentence or title that sums up several incidents ("16 wounded in seven separate shootings",
  "violent weekend: 17 scenes, 7 dead, 14 hurt") is scoped to that round-up.
- ``tallies``: a period's total ("219 people shot so far this year", "tallied 41 homicides") or a scope that names
  only a year ("192 in 2012") is scoped to that period.
- ``fired_at``: "shot at a dozen people" counts the aimed at, not the hit.
- ``parts_added``: "three juveniles and two adults were shot" is 5.
- ``shot_split_elsewhere``: "six people were shot" in an article without dead, when another article splits exactly
  six into one dead and five wounded, is 5 injured.
- ``conditions``: "two are in critical condition" beside a larger injured figure of the same article is a part.
- ``died_since``: "Three people were injured, including a 17-year-old who later died" is 2 injured (session 6).
- ``the_doer_dead``: "the gunman killed three officers" when the gunman is counted dead elsewhere, or killed himself
  in the sentence, is 4 dead (the Gun Violence Archive, like a reader, counts him).
- ``ordinal_victims``: "A fifth victim was found later at a hospital" is 5 hurt, less the dead its article counts;
  "A third person has died" is 3 dead (session 7).
- Session 8 (``casualty_links``, and ``dead_among_shot`` for a stated one and for a shooting's name): "one person was
  shot" beside a death in its article is the dead one; "wounded an 8-year-old, 2 others" is 3; "four victims wounded,
  two of them already dead" is 1 when the article counts three dead; "a triple shooting" is 3 hit less the dossier's
  dead.

The order is ``prepare``'s. On the Gun Violence Archive development sample (seed 5, 1,000 incidents, claims cached
from one build) the rules added in session 5 moved killed 0.873 -> 0.880 and injured 0.815 -> 0.820. Session 7
(``ordinal_victims``; round-ups "in shootings", and a title that repeats its text's round-up figure; an address or an
open bound is no count for ``bare_outliers``; "other" only as the figure's own noun and "hitting N" for
``dead_among_shot``; tallies "in the last six months", "Last year …", "in just two days"), claims cached from one
build: seed 5 killed 0.882 -> 0.884, injured 0.826 -> 0.832 (MAE 13.9 -> 0.32); seed 41 killed 0.854 -> 0.856,
injured 0.815 -> 0.818; seeds 7 and 37 (300 each) injured +2 each.

Every rule is one pass over the claims plus look-ups in what an earlier pass gathered (each article's figures, a
total's split, ``casualties_index.OverlapIndex`` for overlapping figures), never a scan of the dossier per claim: on
the whole Gun Violence Archive dossier (29,167 claims) ``prepare`` took 36 s with those scans and takes 3 s, output
identical (tests/reconcile/test_scale_casualties.py keeps the scans as the reference).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..extract.multiple_shootings import NAMED_BY_COUNT
from ..records import Claim
from .describe import FIRM, HARMED, INDIVIDUAL, implicit_one, is_zero_denial
from .casualties_index import OverlapIndex
from .casualty_links import OTHERS, died_later, with_others
from .intervals import Interval, interval

#: "were shot", "people shot", "one of five people shot", "shot five people", "hitting three women and two men": a
#: count of the hit, dead included
SHOT = re.compile(r"\b(?:shot|struck by gunfire|hit by gunfire|gunshot victims|gunshot wounds?|hitting|striking|"
                  r"(?:were|was|been) (?:hit|struck))\b", re.IGNORECASE)
#: words that make a figure one of the injured alone ("wounded", "survived", "not killed"; "others" only as the figure's
#: own noun: ``injured_only``)
INJURED_ONLY = re.compile(r"\b(?:wounded|injur\w*|hurt|hospitali[sz]ed|survived|surviving|not killed|"
                          r"non-?fatal\w*|recovering|condition)\b", re.IGNORECASE)
#: a figure that is a count of the dead itself ("shot dead", "shot and killed", "fatally shot")
FATAL = re.compile(r"\b(?:fatal\w*|dead|killed|killing|died|death|murdered|slain)\b", re.IGNORECASE)


def injured_only(c: Claim) -> bool:
    """Whether the claim's sentence words its figure as of the injured alone: a word of harm short of death
    ("wounded", "survived", ``INJURED_ONLY``) anywhere in it, or "others" as the figure's own counted noun ("five
    others were shot"). "Other" elsewhere ("the other man they say shot five people") says nothing of the five."""
    if (c.counted or "").startswith(NAMED_BY_COUNT):
        return False  # "a quadruple shooting" (extract/multiple_shootings.py) counts the hit, whatever else is said
    at = c.sentence.find(c.text) if c.text else -1
    after = c.sentence[at + len(c.text):].lstrip() if at >= 0 else ""
    return bool(INJURED_ONLY.search(c.sentence) or OTHERS.search(c.counted or "") or OTHERS.match(after))


PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})
SELF = re.compile(r"\b(?:himself|herself)\b", re.IGNORECASE)
#: the smallest bare number (no counted noun) set aside when uncorroborated
BARE_AT_LEAST = 10.0
#: a "counted" word that names a street, not people: the number is an address ("at 9330 59th Ave. SE")
STREET = re.compile(r"^(?:ave(?:nue)?|st(?:reet)?|r(?:oa)?d|blvd|boulevard|dr(?:ive)?|lane|ln|way|court|ct|place|pl|"
                    r"highway|hwy|block|parkway|pkwy|circle|terrace|route|pike|trail)\.?$", re.IGNORECASE)


def dead_among_shot(claims: Iterable[Claim]) -> list[Claim]:
    """Lower a figure of people shot ("Five people were shot", "Durham was one of five people shot") by the death
    count its own article gives elsewhere: the shot include the dead, and the injured are the rest. The death count
    is the article's largest overall death figure below the shot figure (a city's homicide toll for the year is
    not); a death figure equal to it means the sentence counts the dead alone ("the son shot the two" who died),
    and then the injuries figure is dropped (also when the sentence says they died: "The two were shot and died at
    the scene", "All four were found with gunshot wounds"). Left alone: figures already lowered (``counted`` says "not
    killed"), figures worded as injured only ("five others were shot", "were shot and wounded"), a larger figure in a
    sentence that counts deaths itself ("shot three, killing one": ``injured_only`` has read it), scoped figures and
    titles (a headline's "3 shot" is read on its own by the title reader). A stated figure of one ("one person was
    shot") is read so too: beside a death in its article, the one hit is the dead one (session 8: injured +2 of 1,000
    on seed 5, +5 on seed 41, never a loss on the development samples); a person told of alone ("a teen was shot") is
    left to ``headlines.dead_not_injured``. Two readings come first: a count a shooting's name gives ("a quadruple
    shooting", extract/multiple_shootings.py) is lowered by the largest death figure of the whole dossier below it
    (the name is often all an article says of the count, and its dead may be told by another), and a figure its own
    sentence already split may be lowered by more dead its article counts (``casualty_links.died_later``)."""
    claims = list(claims)
    deaths: dict[str, list[float]] = {}
    sentence_deaths: dict[tuple[str, str], list[float]] = {}
    for c in claims:
        if c.measure == "deaths" and c.scope is None and c.unit is None and c.status in FIRM and c.value_high:
            deaths.setdefault(c.document, []).append(c.value_high)
            sentence_deaths.setdefault((c.document, c.sentence), []).append(c.value_high)
    out: list[Claim] = []
    for c in claims:
        dead = deaths.get(c.document)
        title = getattr(c, "field", "text") == "title"
        if c.measure == "injuries" and (c.counted or "").startswith(NAMED_BY_COUNT):
            # "a quadruple shooting" names how many were hit: the dead among them are the dossier's, wherever told
            toll = max((d for ds in deaths.values() for d in ds if d <= (c.value_low or 0)), default=0.0)
            if toll and toll >= (c.value_low or 0):
                continue
            if toll:
                c = replace(c, value_low=(c.value_low or 0) - toll, value_high=(c.value_high or 0) - toll,
                            counted=f"{c.counted}, not killed: {c.value_low:g} - {toll:g} (the dossier's dead)")
            out.append(c)
            continue
        if dead and c.measure == "injuries" and c.scope is None and c.unit is None and c.status in FIRM:
            later = died_later(c, dead)
            if later is not c:
                out.append(later)  # "four victims wounded, two of them already dead", and a third died later
                continue
        if (not dead or c.measure != "injuries" or c.scope or c.unit or c.status not in FIRM
                or title or c.value_low is None or c.value_low < 1
                or c.value_low < 2 and c.extractor.startswith(INDIVIDUAL)  # one person told of: ``dead_not_injured``
                or "not killed" in (c.counted or "") or not SHOT.search(c.sentence)
                or injured_only(c)):
            out.append(c)
            continue
        below = [d for d in dead if d <= c.value_low]
        if not below:
            out.append(c)
            continue
        own = [d for d in sentence_deaths.get((c.document, c.sentence), []) if d <= c.value_low]
        if own and SELF.search(c.sentence):
            out.append(c)  # "three victims were found shot, and the gunman fatally shot himself": he is not one of them
            continue
        toll = max(own or below)  # "All five men were shot; Mackey and Haywood died": the sentence's own dead
        if toll >= c.value_low:
            continue  # the shot are the dead: "The two were shot multiple times and died at the scene"
        high = c.value_high - toll if c.value_high is not None else None
        out.append(replace(c, value_low=c.value_low - toll, value_high=high,
                           counted=f"{c.counted or 'people'}, not killed: {c.value_low:g} - {toll:g} (the article's dead)"))
    return out


def contradicted_zero(claims: Iterable[Claim]) -> list[Claim]:
    """Drop a zero denial ("no one was hurt", or a misread "none of the injured were …") from an article that
    itself counts someone injured (or dead) overall: one article does not say both, so the zero is of
    someone else ("no officers were hurt") and is no count of the event. Deaths and injuries only: "no arrests have
    been made" beside an arrest in another case is still this case's count. A person named only by a pronoun ("she
    didn't die", "would never hurt her" misread) is too weak to outweigh the zero."""
    claims = list(claims)
    counted = {(c.document, c.measure) for c in claims
               if c.scope is None and c.status in FIRM and (c.value_low or 0) > 0 and c.text.lower() not in PRONOUNS}
    return [c for c in claims if not (is_zero_denial(c) and c.scope is None and c.measure in HARMED
                                      and (c.document, c.measure) in counted)]


def bare_outliers(claims: Iterable[Claim]) -> list[Claim]:
    """Set aside a figure of ``BARE_AT_LEAST`` or more that counts no one (an empty ``counted``: "ages 7 to 12",
    "a Glock 19", "a town of 3,500") unless another sentence of the dossier gives a figure that overlaps it."""
    claims = list(claims)

    def bare(c: Claim) -> bool:
        counted = (c.counted or "").strip()
        return ((not counted or STREET.match(counted) is not None) and c.value_low is not None
                and c.value_low >= BARE_AT_LEAST and c.extractor.startswith("rules-claims"))

    figures = [c for c in claims if bare(c)]
    if not figures:
        return claims
    # the bounded intervals of each measure, indexed once: a bare figure looks up its overlaps, not every claim
    bounded: dict[str, list[tuple[Interval, tuple[str, str]]]] = {}
    for o in claims:
        if (s := interval(o)) is not None and s.bounded:
            bounded.setdefault(o.measure, []).append((s, (o.document, o.sentence)))
    indexes = {measure: OverlapIndex(spans) for measure, spans in bounded.items()}
    aside: set[int] = set()
    for c in figures:
        span, index = interval(c), indexes.get(c.measure)
        if span is None or index is None or not index.overlaps_other(span, (c.document, c.sentence)):
            aside.add(id(c))
    return [c for c in claims if id(c) not in aside]


#: a sentence that sums up several incidents: "16 wounded in seven separate shootings", "shootings across the city"
ROUNDUP = re.compile(r"\b(?:separate|different|unrelated|several|multiple|other|\d+|two|three|four|five|six|seven|eight|"
                     r"nine|ten|\w+teen|twenty|thirty|dozens? of)\s+(?:\w+\s+)?(?:shootings|incidents|attacks|homicides)\b|"
                     r"\bshootings\s+(?:across|around|throughout|citywide|city-wide|over the weekend|this weekend|"
                     r"since|so far|this year|last year|from \w+(?: \w+)? (?:to|through|until)|between \w+ and)\b|"
                     r"\b(?:in|from|during)\s+(?!(?:the|these|those|both|his|her|their|its|this|that|an?)\b)(?:[\w-]+\s+)?"
                     r"shootings\b(?!\s+(?:of|at|on|in which)\b)|"
                     r"\bin city shootings\b|\bviolent (?:night|weekend|day|stretch|week|24 hours)\b|"
                     r"\b(?:across|throughout|around) (?:the|this) city\b|\bcity-?wide\b|\bacross (?:chicago|detroit)\b",
                     re.IGNORECASE)


ROUNDUP_SCOPE = "round-up of several incidents"


def roundups(claims: Iterable[Claim]) -> list[Claim]:
    """Scope a figure of a sentence that sums up several incidents ("Three people were killed and at least 12 more
    were wounded in shootings across the city", "16 were wounded in seven separate shootings") to that round-up:
    it is not the count of any one of them, nor is "one person is dead and another hurt after two shootings". A title
    is read the same way ("Violent weekend: 17 scenes, 7 dead, 14 hurt"): a round-up's headline leads with its total.
    A title figure that its own article's text gives as a round-up's ("6 shot Sunday in Chicago" over "Six people were
    wounded in Chicago shootings Sunday") is that round-up's too: titles rarely carry the words that tell a sum."""
    scoped = [replace(c, scope=ROUNDUP_SCOPE) if c.scope is None and (c.value_low or 0) >= 1
              and ROUNDUP.search(c.sentence) else c for c in claims]
    # the title that gives the round-up's figure is its headline ("6 shot Sunday in Chicago" over "Six people were
    # wounded in Chicago shootings Sunday"): the same figure, the same sum
    summed = {(c.document, c.measure, c.value_low) for c in scoped
              if c.scope == ROUNDUP_SCOPE and getattr(c, "field", "text") == "text"}
    return [replace(c, scope=ROUNDUP_SCOPE) if c.scope is None and getattr(c, "field", "text") == "title"
            and (c.value_low or 0) >= 2 and (c.document, c.measure, c.value_low) in summed else c for c in scoped]


#: a figure that sums a period, not one event: "the city tallied 219 people shot so far this year", "Last year in
#: Chicago, 4,368 people were shot" (a sentence opening with the year: "a shooting last year that left four wounded" is
#: the event told again), "two murders there in the last six months", "the third child to die in just two days"
TALLY = re.compile(r"\b(?:so far (?:this|in)\b|this year\b|year[- ]to[- ]date|since (?:jan(?:uary|\.)?|the (?:start|beginning) "
                   r"of (?:the|this) year)\b|during the same period|tall(?:y|ied|ies)\b|(?:per|each|every) year\b|"
                   r"annually\b|a year earlier\b|(?:^|(?<=[.?!\x22\u201c\u201d])|(?<=[.?!\x22\u201c\u201d]\s))last year\b|"
                   r"(?:in|over|during|within) the (?:last|past) (?:[\w-]+ )?(?:months|years)\b|"
                   r"\bin (?:just |only |less than |under )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) "
                   r"(?:days|weeks|months)\b)", re.IGNORECASE)
#: a scope that only names a year ("2015", "in 2012"): the claims extractor's reading of "… compared to 192 in 2012"
YEAR_SCOPE = re.compile(r"^(?:in |of |during |since )?((?:19|20)\d\d)$", re.IGNORECASE)


def tallies(claims: Iterable[Claim]) -> list[Claim]:
    """Scope a figure of a sentence that gives a period's total ("219 people shot so far this year", "the city
    tallied 40 homicides") or of a scope that names only a year ("192 in 2012") to that period: a toll over months
    is no count of one shooting, and a scope of digits alone would otherwise be folded into the overall count."""
    out: list[Claim] = []
    for c in claims:
        year = YEAR_SCOPE.match(c.scope.strip()) if c.scope else None
        if year:
            out.append(replace(c, scope=f"the year {year.group(1)}"))
        elif (c.scope is None and c.measure in HARMED and getattr(c, "field", "text") == "text"
              and TALLY.search(c.sentence)):
            out.append(replace(c, scope="a period's tally"))
        else:
            out.append(c)
    return out


#: the state of some of the injured: "two are in critical condition", "one critically injured", "three in stable …"
CONDITION = re.compile(r"\b(?:critical(?:ly)?|serious(?:ly)?|grave(?:ly)?|severe(?:ly)?|stable|good|fair|"
                       r"(?:non-?\s?)?life[- ]threatening|minor)\b", re.IGNORECASE)


def conditions(claims: Iterable[Claim]) -> list[Claim]:
    """Scope an injury figure of a sentence that tells the victims' condition ("two are in critical condition", "the
    two passengers were more seriously hurt", "he was listed in good condition") to those in that condition, when its
    own article states a larger injury figure in a sentence that tells none (or in the same sentence: "Three were
    hospitalized, two in critical condition"): the article splits its injured by condition, and the part is no rival
    of the whole. A title's figure is the outlet's count and is left alone, and so is a person told of alone ("a man
    suffered minor injuries"): an implicit count of one already gives way to a stated figure beside it."""
    claims = list(claims)

    def injured(c: Claim) -> bool:
        return (c.measure == "injuries" and c.scope is None and c.unit is None and c.status in FIRM
                and c.value_low is not None and getattr(c, "field", "text") == "text")

    largest: dict[str, float] = {}  # each article's largest injured figure, looked up instead of a scan per figure
    for o in claims:
        if injured(o) and (o.value_low or 0) > largest.get(o.document, -math.inf):
            largest[o.document] = o.value_low or 0
    out: list[Claim] = []
    for c in claims:
        if (injured(c) and not c.extractor.startswith(INDIVIDUAL) and CONDITION.search(c.sentence)
                and largest.get(c.document, -math.inf) > (c.value_high or c.value_low or 0)):
            out.append(replace(c, scope="in a stated condition"))
        else:
            out.append(c)
    return out


#: the one who did the shooting, as a text names him when he is killed ("the gunman was killed by police")
DOER = re.compile(r"\b(?:gunm[ae]n|shooters?|suspects?|assailants?|attackers?|killers?|perpetrators?|sniper)\b",
                  re.IGNORECASE)
#: an active killing verb with a doer, right before the figure it takes as object ("killed three officers")
KILLED_BY = (r"\b(?:killed|killing|kills|kill|murdered|murdering|massacred|gunned down|shot and killed|shot dead|"
             r"fatally shot|fatally shooting)\s+(?:(?:all|the|at least|his|her|their|[\w-]+(?:'s|’s))\s+){0,3}")
#: the doer's own death told beside his killing: "… then turned the gun on himself", "in a murder-suicide"
SUICIDE = re.compile(r"\b(?:turn(?:ed|ing|s)? (?:the|a|his|her) (?:gun|weapon|rifle|shotgun|pistol|handgun) on "
                     r"(?:himself|herself)|kill(?:ed|ing|s)? (?:himself|herself)|t(?:ook|aking|akes) (?:his|her) own life|"
                     r"(?<!attempted )murder-suicide|committ(?:ed|ing) suicide)\b", re.IGNORECASE)
#: a doer said to live after turning the gun on himself
SURVIVED = re.compile(r"\b(?:survived?|surviving|critical condition|serious condition|stable condition|hospitali[sz]ed)\b",
                      re.IGNORECASE)
#: a subject that is an event, not a person: "the shooting killed three" may count the gunman among the three
EVENT_SUBJECT = re.compile(r"\b(?:shooting|attack|rampage|massacre|gunfire|violence|incident|crash|fire|blast|"
                           r"explosion|spree|standoff|ambush)\s+(?:that\s+|which\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def the_doer_dead(claims: Iterable[Claim]) -> list[Claim]:
    """Add the doer to a figure of the people he killed ("the gunman killed three officers") when the dossier counts
    the doer himself dead elsewhere ("the gunman was killed by police") or the sentence tells his suicide ("… then
    turned the gun on himself", "in a murder-suicide"; not when it says he survived): the event's
    dead are his victims and him, as the Gun Violence Archive (and a reader asking how many died) counts them. The
    figure must be the object of an active killing verb ("killed", "massacred", "shot and killed"); "were killed",
    "four dead" and "the shooting killed three" may count him already and are left alone."""
    claims = list(claims)
    doer_dead = any(c.measure == "deaths" and c.extractor.startswith(INDIVIDUAL) and c.scope is None and c.status in FIRM
                    and DOER.search(c.text) for c in claims)
    out: list[Claim] = []
    for c in claims:
        if (c.measure == "deaths" and c.scope is None and c.unit is None and c.status in FIRM
                and not c.extractor.startswith(INDIVIDUAL) and c.value_low and c.value_low >= 1 and c.text
                and (doer_dead or SUICIDE.search(c.sentence) and not SURVIVED.search(c.sentence))):
            found = re.search(KILLED_BY + re.escape(c.text) + r"\b", c.sentence, re.IGNORECASE)
            if found and not EVENT_SUBJECT.search(c.sentence[:found.start()]):
                high = c.value_high + 1 if c.value_high is not None else None
                out.append(replace(c, value_low=c.value_low + 1, value_high=high,
                                   counted=f"{c.counted or 'people'} and the doer, counted dead elsewhere"))
                continue
        out.append(c)
    return out


#: shooting aimed at people, which says nothing of whether they were hit: "shot at a dozen people", "fired at three"
FIRED_AT = (r"\b(?:shot|shoots|shooting|fired|fires|firing|opened fire|opens fire|opening fire)\s+(?:at|on|upon|toward|"
            r"towards)\s+(?:(?:a|about|at least|more than|nearly|almost|as many as|roughly|some|the)\s+)*")
_FIRED_AT = re.compile(FIRED_AT, re.IGNORECASE)


def fired_at(claims: Iterable[Claim]) -> list[Claim]:
    """Set aside a figure of the dead or injured that is the object of shooting at ("the gunman shot at a dozen
    people before killing himself", "fired at three of them, injuring one"): those shot at are the aimed at, and the
    hit among them are counted by the words that follow, if at all. An implicit count of one is left to its reader."""
    return [c for c in claims if not (
        c.measure in HARMED and c.text and not c.extractor.startswith(INDIVIDUAL) and _aimed_at(c.text, c.sentence))]


def _aimed_at(text: str, sentence: str) -> bool:
    """Whether ``text`` is what a "shot at / fired at" of ``sentence`` is aimed at (one compiled pattern for every
    claim: a pattern built per claim was compiled anew for most of them, a third of a second per 100 articles)."""
    folded = text.casefold()
    for match in _FIRED_AT.finditer(sentence):
        after = sentence[match.end():]
        if after.casefold().startswith(folded) and not after[len(text):len(text) + 1].isalnum():
            return True
    return False


#: the words between two parts of one list: "three juveniles and two adults", "4 men, 2 women and a boy"
JOINED_WORDS = r"(?:(?!(?:were|was|are|is|been|being|killed|shot|wounded|injured|hurt|dead|died|in|at|on|of|from|with|"
JOINED_WORDS += r"while|but|who|after|before|when)\b)[\w'’-]+\s+){0,4}?"
JOINED = r"\s+" + JOINED_WORDS + r"(?:,\s*and|and|&|,)\s+"


def parts_added(claims: Iterable[Claim]) -> list[Claim]:
    """Add up the figures of one sentence that list parts of the harmed ("Three juveniles and two adults were shot",
    "4 men, 2 women were hurt"): the claims extractor reads each part, and the whole is their sum. The first part's
    claim carries the sum (its id stays, so the headline still names a claim of the dossier); the parts stay too.
    Parts are joined by "and" or a comma with at most a few words (their counted noun) between them; "two were
    killed and three wounded" has a verb between and is two measures' figures, not one list. A total followed by its
    parts ("the four victims, two men and two women") is not added to them, and figures that count no one ("ages
    6, 11 and 15") are no parts."""
    claims = list(claims)
    rows: dict[tuple[str, str, str], list[Claim]] = {}
    for c in claims:
        if (c.measure in HARMED and c.status in FIRM and getattr(c, "field", "text") == "text" and c.unit is None
                and (c.scope is None or c.scope == c.subgroup) and not c.extractor.startswith(INDIVIDUAL)
                and c.value_low is not None and c.value_low >= 1 and c.value_high == c.value_low and c.text
                and re.search(r"[a-z]", c.counted or "", re.IGNORECASE)):  # "ages 6, 11 and 15" count no one
            rows.setdefault((c.document, c.sentence, c.measure), []).append(c)
    summed: dict[str, Claim] = {}
    for (_, sentence, _), row in rows.items():
        row.sort(key=lambda c: c.start)
        chain = [row[0]]
        for after in row[1:] + [None]:  # type: ignore[list-item]
            before = chain[-1]
            if after is not None and after.start > before.end and re.search(
                    r"(?<![\w-])" + re.escape(before.text) + JOINED + r"(?:(?:the|another|an?)\s+)?" + re.escape(after.text)
                    + r"(?![\w-])", sentence, re.IGNORECASE):
                chain.append(after)
                continue
            if len(chain) > 2 and chain[0].value_low == sum(c.value_low or 0 for c in chain[1:]):
                chain = chain[1:]  # "the four victims, two men and two women": a total, then its parts
            if len(chain) > 1:
                total = sum(c.value_low or 0 for c in chain)
                first = chain[0]
                summed[first.id] = replace(first, value_low=total, value_high=total, scope=None,
                                           counted=" + ".join(c.counted or c.text for c in chain) + " (parts added up)")
            if after is not None:
                chain = [after]
    return with_others([summed.get(c.id, c) for c in claims])


def shot_split_elsewhere(claims: Iterable[Claim]) -> list[Claim]:
    """Lower a figure of people shot ("Five people were shot") from an article that counts no dead, when another
    article of the dossier splits exactly that many into dead and injured ("one was killed and four wounded"): the
    shot are the hit, dead included, and the other article says how many of them died. Only an exact split is used,
    so a figure of the shot that already counts the injured alone, or a different count, is left alone."""
    claims = list(claims)

    def firm(c: Claim, measure: str) -> bool:
        return (c.measure == measure and c.scope is None and c.unit is None and c.status in FIRM
                and c.value_low is not None and c.value_low == c.value_high)

    # each article's distinct dead and injured-only figures, gathered in one pass (not one pass per article)
    dead: dict[str, set[float]] = {}
    hurt: dict[str, set[float]] = {}
    for c in claims:
        if (c.value_low or 0) >= 1:
            if firm(c, "deaths"):
                dead.setdefault(c.document, set()).add(c.value_low)  # type: ignore[arg-type]
            elif firm(c, "injuries") and injured_only(c):
                hurt.setdefault(c.document, set()).add(c.value_low)  # type: ignore[arg-type]
    toll_of: dict[float, float] = {}  # a total some article splits into dead and injured -> the most dead of a split
    for document, killed in dead.items():
        for x in killed:
            for y in hurt.get(document, ()):
                if x > toll_of.get(x + y, -math.inf):
                    toll_of[x + y] = x
    out: list[Claim] = []
    for c in claims:
        if (c.value_low in toll_of and firm(c, "injuries") and c.document not in dead and (c.value_low or 0) >= 2
                and SHOT.search(c.sentence) and not injured_only(c)
                and not FATAL.search(c.sentence) and "not killed" not in (c.counted or "")):
            toll = toll_of[c.value_low]  # type: ignore[index]
            out.append(replace(c, value_low=(c.value_low or 0) - toll, value_high=(c.value_high or 0) - toll,
                               counted=f"{c.counted or 'people'}, not killed: {c.value_low:g} - {toll:g} (another "
                                       "article's dead)"))
        else:
            out.append(c)
    return out


#: one of the injured said to have died since: "…, including a 17-year-old who later died of her wounds"
DIED_SINCE = re.compile(r"[^.;]{0,40}?,?\s*including\s+(?:a|an|the|one)\b[^.;()]{0,60}?\bwho\s+(?:later\s+|has\s+since\s+|"
                        r"since\s+|has\s+|subsequently\s+)?(?:died|succumbed|was\s+killed|was\s+pronounced\s+dead)\b",
                        re.IGNORECASE)


def died_since(claims: Iterable[Claim]) -> list[Claim]:
    """Lower an injuries figure by the one person its own sentence says has died since ("Three people were injured,
    including a 17-year-old who later died"): the Gun Violence Archive, like a reader asking how many are hurt, counts
    that person among the dead (whose figure the article gives, or the person's own claim of one) and not among the
    injured. Only one singular person ("a", "the", "one") is taken off; a title is read the same way. On the Gun Violence
    Archive development samples (claims cached): seed 41 injured +2 of 1,000, seed 5 ±0."""
    out: list[Claim] = []
    for c in claims:
        at = c.sentence.find(c.text) if c.text else -1
        if (c.measure == "injuries" and c.scope is None and c.unit is None and c.status in FIRM and at >= 0
                and c.value_low is not None and c.value_low >= 2 and not c.extractor.startswith(INDIVIDUAL)
                and DIED_SINCE.match(c.sentence, at + len(c.text))):
            high = c.value_high - 1 if c.value_high is not None else None
            out.append(replace(c, value_low=c.value_low - 1, value_high=high,
                               counted=f"{c.counted or 'people'}, not the one who died since: {c.value_low:g} - 1"))
        else:
            out.append(c)
    return out


#: the place of one of the harmed in a count told one by one: "a fifth victim", "The fourth victim, a 28-year-old man",
#: "an 8th teen"
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10}
ORDINAL_PERSON = re.compile(r"(?:\b(a|an|the)\s+|^)(" + "|".join(ORDINALS) + r"|[2-9](?:nd|rd|th)|1\d(?:th))\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:victims?|persons?|man|woman|boy|girl|teen(?:ager)?|male|female|"
                            r"child|juvenile|individual|adult|"
                            r"student)\b", re.IGNORECASE)


def _place(c: Claim, measure: str) -> tuple[int, str] | None:
    """The place an implicit count of one gives its person ("A fifth victim" is 5), and the ordinal's word."""
    if not (c.measure == measure and implicit_one(c) and c.scope is None and c.unit is None and c.status in FIRM):
        return None
    if TALLY.search(c.sentence) or ROUNDUP.search(c.sentence):
        return None  # "Third child dies from a shooting in Chicago in just two days": the place in a tally
    found = ORDINAL_PERSON.search(c.text)
    if found is None and c.text.lower() in PRONOUNS:
        found = ORDINAL_PERSON.match(c.sentence.lstrip())
    if found is None or measure == "deaths" and (found.group(1) or "a").lower() == "the":
        return None  # "the second man died" may be the second of two named; "a second man died" is one more dead
    word = found.group(2).lower()
    return ORDINALS.get(word) or int(word[:-2]), word


def ordinal_victims(claims: Iterable[Claim]) -> list[Claim]:
    """Read a person counted by place as the count the place implies. A dead one told as one more ("A third person
    has died", a title's "Third person dies") makes so many dead. A hurt one ("A fifth male adult victim was found
    later at a hospital", "The fourth victim, 28, was shot in both legs") makes so many hit, and the dead its own
    article counts (its largest overall death figure below the place, this rule's included) were among them, so the
    injured are the rest ("three people were shot to death and a fourth person was critically wounded" is one). The
    person's own claim carries the count; the headline then weighs it like a stated figure. A pronoun stands for
    the person when the sentence opens with the place ("The second victim, …, where he was listed in serious
    condition"). "The second man died" is left alone: it may be the second of two already counted."""
    claims = list(claims)
    out: list[Claim] = []
    for c in claims:
        place = _place(c, "deaths")
        out.append(c if place is None else replace(
            c, value_low=float(place[0]), value_high=float(place[0]),
            counted=f"{c.counted or c.text}: the {place[1]} dead, so {place[0]} dead"))
    deaths: dict[str, list[float]] = {}
    for c in out:
        if c.measure == "deaths" and c.scope is None and c.unit is None and c.status in FIRM and c.value_high:
            deaths.setdefault(c.document, []).append(c.value_high)
    for n, c in enumerate(out):
        place = _place(c, "injuries")
        if place is not None:
            toll = max((d for d in deaths.get(c.document, []) if d < place[0]), default=0.0)
            out[n] = replace(c, value_low=place[0] - toll, value_high=place[0] - toll,
                             counted=f"{c.counted or c.text}: the {place[1]} harmed, {place[0]} - {toll:g} dead")
    return out


def prepare(claims: Sequence[Claim]) -> list[Claim]:
    """All of the above, in order."""
    return the_doer_dead(conditions(shot_split_elsewhere(dead_among_shot(bare_outliers(contradicted_zero(ordinal_victims(
        tallies(roundups(parts_added(died_since(fired_at(claims))))))))))))
