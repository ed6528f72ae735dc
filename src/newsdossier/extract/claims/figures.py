"""Figures written as numbers ("227", "more than 1,000", "dozens", "3 thousand 400"): each becomes a claim with its
measure, scope words, source and status.

``figure_claim`` assembles the claim of one number. What it draws on lives beside it: ``figure_nouns`` (whether the
noun after a figure is what it counts, what a share of people did, the group a figure is said to be) and ``elided``
(a figure whose counted thing is named by the figure before it or by the sentence before). Zero figures ("no one was
killed", "not a single shop") are read in ``zeros``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...annotate import text_of
from ..numbers import Number
from . import counted as cn, forces, harm, measure as m, things, wording
from .build import Sentence, make_claim
from .circumstances import illness_or_harm, stayed_away
from .elided import ANOTHER, COMPARED, CORRECTED_TO, SUBSET_OPENING, TO_FIGURE, _elided, _parallel_object
from .figure_nouns import _before_finite_verb, _people_predicate, _people_share_event, _plural_noun, _subject_of_contact_clause
from .lexicon import CANONICAL, FIGURE_WORDS, GENERIC_NOUNS, PRISON, measure_from, people_noun
from .reach import aside_of_the_cue, circumstance_of_the_cue, outside_a_demand, sentence_source
from .exclude import APPOSED_SHARE, NOT_COUNTED, TURNOUT_BEFORE, excluded, share_of_opening_total
from .scope import Parts, context_parts, find_parts, merge
from .shares import CURRENCY, PERCENT_OF, PERCENT_OF_SUM, currency_code
from .votes import ELECTION, FIGURE_PERCENT, PERCENT_AFTER, vote_share, voters_share
from .source import Source, find_source
from .source_cues import OWN_VOICE, RELATIVE_WORDS
from .source_nearby import clause_source, figure_source, nearest_cue
from .source_relative import embedded_cue, embedded_source, promised, relative_source, resolve_pronoun, statement_source
from .status import (ABOUT_THE_FIGURE, HEDGED, NARRATED_LATER, NEGATED, NOT_HEDGE, POLL, PROJECTED, RETRACTED, THE_FIGURE,
                     WOULD_AFTER, clause, clause_span, scare_quoted, status)

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ...records import Claim

#: an opening total: "Of the 112 people arrested, 23 were foreign nationals"
#: and a total inside a zero: "None of the 18 passengers was hurt" (the 18 are passengers)
PARTITIVE_TOTAL = re.compile(r"(?:(?:^|[,;:.!?]\s*)of|\b(?:none|neither|not one|no one) of) (?:the|all|those|these|its|their)"
                             r"(?:\s+(?:other|remaining))?\s+$", re.IGNORECASE)  # "None of the other eight people was hurt"
#: a total that none of is named: what the clause denies of every one of them ("None of the six has been found")
NONE_OF = re.compile(r"\b(?:none|neither|not one|no one) of (?:the|all|those|these|its|their)(?:\s+(?:other|remaining))?\s+$",
                     re.IGNORECASE)
#: a percentage with no "of" phrase after it: a share of a thing named before ("612 thousand electors, or 48,2 percent")
SHARE_OF_NOTHING_NAMED = re.compile(PERCENT_AFTER.pattern + r"(?!\s+of\b)", re.IGNORECASE)
#: found alive or dead, which none of a total was: they are missing
FOUND = re.compile(r"\b(?:has|have|had) (?:yet |so far |now )?been (?:found|located|traced|recovered|accounted for)\b"
                   r"(?! (?:guilty|liable|responsible|fit|unfit|to|with|carrying|in possession)\b)",
                   re.IGNORECASE)
#: a figure of the people just counted who died: "Five people were shot, three fatally"
FATALLY = re.compile(r"^\s*(?:of (?:them|whom|those)\s+)?(?:(?:were|was)\s+)?(?:fatally|mortally|with (?:a |an )?(?:lethal|fatal|"
                     r"deadly) (?:outcome|result|end))\b", re.IGNORECASE)  # "from them 27 with lethal outcome" (translated)
#: "one of them", "two of whom": a part of the figure before, not "one of the fields"
SUBSET_PRONOUN = re.compile(r"^\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)
#: a figure a source gave before: "which had earlier reported 11 dead"
EARLIER_REPORT = re.compile(r"\b(?:earlier|initially|previously|first|originally)\s+(?:\w+\s+){0,2}$|\b(?:had|has) "
                            r"(?:reported|said|given|put|counted)\s+$", re.IGNORECASE)
MODALS = re.compile(r"\b(?:may|might|could|would|will)\b", re.IGNORECASE)
#: a figure given as right after the one before: that one is withdrawn ("…; the correct figure is 31")
CORRECT_FIGURE = re.compile(r"\b(?:the|a|its) (?:correct|corrected|actual|real|right|true|revised) (?:figure|number|toll|count|"
                            r"total|tally)\s+(?:is|was|stands at|should have been|should be)\b", re.IGNORECASE)
#: a later figure with a relative clause of its own: its words are not the status of the figures before it
LATER_RELATIVE = re.compile(r"\b(?:the\s+)?\d[\d,.]*\s+(?:[a-z]+\s+)?(?:that|which|who)\b")
#: a figure released: "12 released without charge", "three were later freed"
RELEASED_AFTER = re.compile(r"\s+(?:(?:were|was|have been|had been|have|had|are|been|later|since|all|also)\s+)*"
                            r"(?:released|freed|let go|set free|bailed)\b", re.IGNORECASE)
#: a figure given at first and since corrected, right after it: "not $16 million as originally reported"
AS_FIRST_REPORTED = re.compile(r"\s*(?:[\w-]+\s+){0,2}?as (?:originally|initially|previously|earlier|first|wrongly|"
                               r"incorrectly|mistakenly|erroneously) (?:reported|stated|said|published|written|given|printed|"
                               r"announced|claimed|counted|listed|thought|believed|feared)\b",
                               re.IGNORECASE)
#: a withdrawal that names the figure it withdraws, given before it: "pulled the figure from later editions"
REFERS_BACK = re.compile(rf"\b{THE_FIGURE}\b", re.IGNORECASE)
#: a figure set against the right one: "He received 14 years, not 40."
NOT_AFTER_CORRECTION = re.compile(r"[,;]\s*(?:and\s+)?not\s+(?:the\s+)?[$£€¥₹]?$", re.IGNORECASE)
#: words of an outlet correcting what it printed
CORRECTION_WORDS = re.compile(r"\b(?:correction|misstated|misreported|misquoted|incorrectly|wrongly|erroneously|mistakenly|"
                              r"in error|an earlier version)\b", re.IGNORECASE)
#: people a zero of charges is about: "no charges will be filed against the two officers"
NO_CHARGE_AGAINST = re.compile(r"\b(?P<zero>no (?:criminal |further )?(?:charges?|indictments?|prosecutions?|cases?))\b"
                               r"[^.;]{0,40}?\b(?:against|for)\s+(?:the\s+|all\s+|any\s+of\s+the\s+)?$", re.IGNORECASE)
#: verbs of an opinion and what they are about: "backed a walkout", "voted for a strike" say nothing of an event
OPINION = re.compile(r"\b(?:backed|supported|favou?red|endorsed|approved|opposed|rejected|voted (?:for|against)|"
                     r"said they would (?:join|back|support))\b(?:\s+(?:a|an|the|their|its)\b)?(?:\s+[\w-]+){0,3}",
                     re.IGNORECASE)


def figure_claim(s: Sentence, number: Number) -> tuple["Claim", Parts] | None:
    """The claim of one number of the sentence, or None when it counts nothing (a date, an age, a code …)."""
    sent, doc, text = s.sent, s.sent.doc, s.sent.text
    start, end = sent.start_char + number.start, sent.start_char + number.end
    after, before = text_of(doc)[end:end + 40], text_of(doc)[max(0, start - 40):start]
    if start > 0 and text_of(doc)[start - 1] in "$£€¥₹":
        start -= 1  # the currency sign belongs to the figure: "$1.2 million"
    tokens = [t for t in doc if start <= t.idx < end and t.text not in "$£€¥₹"]
    if not tokens:
        return None
    if text_of(doc)[start:end].lower() == "one" and (re.search(r"\bnot?\s*$", before, re.I) or re.match(r"\s+of\b", after)
                                                 and not SUBSET_PRONOUN.match(after)
                                                 and not things.one_of_those_counted(after, s.claims or s.earlier)):
        return None  # "no one" (a negation, found by ``zero_claims``), "one of the fields" (not a count)
    counted_tokens = cn.counted_tokens(tokens)
    if counted_tokens and counted_tokens[0].tag_ in ("VBD", "VBN") and counted_tokens[0].i == tokens[-1].i + 1 \
            and counted_tokens[0].lemma_.lower() in ("receive", "suffer", "sustain", "get", "sign", "lose") \
            and len(counted_tokens) > 1:
        # "still 14 received wounds" read as a noun phrase: the figure is the subject of the verb, the noun its object
        # (a verb of getting is never an adjective of what it gets, as "11 wounded pilots" is)
        counted_tokens = []
    shared = things.shared_noun(tokens) if not counted_tokens else None
    if shared is not None:  # "57 confirmed and 19 suspected cases": the 57 are cases
        counted_tokens = [t for t in cn.noun_phrase(shared) if t.i > tokens[-1].i + 3]
    noun = cn.head_of(counted_tokens) if counted_tokens else None
    if noun is not None and _subject_of_contact_clause(tokens, noun):
        counted_tokens, noun = [], None  # "far short of the 5,000 organisers had promised": the organisers promised
    if excluded(doc, sent.start_char + number.number_start, end, after, before,
                noun is not None and noun.lower_ not in NOT_COUNTED):
        return None
    earlier = s.claims or s.earlier  # the figures this one may be part of
    group = [] if counted_tokens or not earlier else cn.predicate(tokens)
    if group:  # "…; 19 were members of the security forces": a subset of the figure before
        counted_tokens, noun = group, cn.head_of(group)
    counted = cn.phrase(counted_tokens)
    if not counted and (COMPARED.search(before) or EARLIER_REPORT.search(before)) and tokens[-1].i + 1 < len(doc) \
            and doc[tokens[-1].i + 1].pos_ == "ADJ":
        # "up from 9 dead", "which had earlier reported 11 dead": an earlier count, never a part of the one before
        counted = doc[tokens[-1].i + 1].text
    prison = PRISON.search(text) or any(PRISON.search(b.text) for b in s.before[:1])
    turnout = TURNOUT_BEFORE.search(before) and PERCENT_AFTER.match(after)
    # "62 percent for the incumbent", "his share of the vote at 52.6 percent": a share of the votes
    voted = not turnout and not PERCENT_OF_SUM.match(after) and vote_share(text_of(doc), sent.start_char + number.number_start, end)
    # "612 thousand electors, or 48,2 percent": the figure before again, as a share
    # "its corrected figure is 58 percent" after "its turnout figure of 71 percent": the share before, again
    restated = SHARE_OF_NOTHING_NAMED.match(after) \
        and (FIGURE_PERCENT.search(before) or wording.compared_share(before))
    if restated and not any(c.unit == "percent" for c in s.claims):
        restated = None  # no share before to restate ("the jobless rate is 7 percent" is read as any percentage)
    apposed = bool(s.claims) and (APPOSED_SHARE.search(before) or restated) \
        and SHARE_OF_NOTHING_NAMED.match(after)
    # "Of the 3,400 who cast ballots, 91 percent backed a walkout": a share of the opening total (computed later)
    opening_share = PERCENT_AFTER.match(after) and not PERCENT_OF.match(after) \
        and share_of_opening_total(doc, sent.start_char + number.number_start, after)
    if opening_share:
        counted_tokens, noun, counted = [], None, ""
    sum_share = PERCENT_OF_SUM.match(after)  # "60 percent of the £45 million": a share of a sum
    sterling = things.pounds_of_money(noun, text)  # "fined 5,000 pounds": money, not a weight
    if counted and (counted.split()[0].lower() in NOT_COUNTED or noun is not None and noun.lower_ in NOT_COUNTED) \
            and not PERCENT_OF.match(after) and not turnout and not sum_share and not apposed and not voted \
            and not sterling:
        if not (counted.split()[0].lower() in ("year", "years", "month", "months") and prison) \
                or re.match(r"\s+\w+\s+(?:ago|earlier|later|before|after|since)\b", after):
            return None  # a duration, or a time ago: "three months ago, was sentenced to 46 years"
    if wording.points_of_a_scale(noun.text if noun is not None else None, text):
        return None  # "the index closed at 4,812 points": a level on a scale
    thousands_dot = re.fullmatch(r"\d{1,3}\.\d{3}", text_of(doc)[sent.start_char + number.number_start:end])
    if thousands_dot and noun is not None and noun.tag_ == "NNS":
        number = replace(number, low=number.low * 1000, high=number.high * 1000)  # "1.318 cases": a thousands dot
        thousands_dot = None
    own = clause(text, number.start, number.end)
    stop = clause_span(text, number.start, number.end)[1]
    # status words may sit in a clause about the figure: "Officials put it at 60,000, although that number appears
    # to have been quietly revised upwards"
    status_words = own + " " + text[stop:] if ABOUT_THE_FIGURE.match(text[stop:]) else own
    at = own.find(text[number.start:number.end])
    later = LATER_RELATIVE.search(status_words, at + len(text[number.start:number.end])) if at >= 0 else None
    if later:  # "48 dead is far below the 120 that opposition groups claim": the claim is the 120's
        status_words = status_words[:later.start()]
    currency = CURRENCY.search(text_of(doc)[max(0, start - 4):end + 12])
    percent = PERCENT_OF.match(after) or sum_share
    context: Span | None = None  # a sentence before that names what the figure counts
    if voted and voters_share(text_of(doc), sent.start_char + number.number_start, end):
        counted, measure = "voters", "voters"  # "voted 78 percent in favour": the voters' share
    elif voted:
        counted, measure = "vote", "votes"
    elif turnout:  # "Turnout was 61 percent": a share of the voters
        counted, measure = "turnout", forces.turnout_key(text)  # a strike's turnout counts its participants
    elif apposed:
        last = next(c for c in reversed(s.claims) if c.unit == "percent") if restated else s.claims[-1]
        counted, measure = last.counted, last.measure
    elif sum_share:  # a share of a sum is money, computed with the sum (``extract._percent_of_total``)
        counted, measure = "", "money"
    elif percent:  # "80 percent of homes": a share of the counted thing
        # the whole noun phrase, which may run past the three words matched: "of the 860 confirmed Veld pox cases in …"
        phrase = cn.trim_counted(_before_finite_verb(doc, end + percent.start("counted"), sent.end_char))
        counted = phrase if re.fullmatch(r"[A-Za-z][\w'’ -]{0,60}", phrase) else cn.trim_counted(percent.group("counted"))
        measure = measure_from(" ".join([counted, own])) if counted.split()[-1].lower() in GENERIC_NOUNS \
            else (measure_from(counted) or _people_share_event(counted, own) or stayed_away(sent.text)
                  or cn.plural_key(counted))
        if wording.voices_are_votes(counted):
            measure = "votes"  # "54,3% of voices" (translated)
        if measure in ("cases", "injuries"):  # "40 percent of the patients admitted to hospital" with dengue: cases
            measure = illness_or_harm(measure, sent.text)
    elif currency:
        measure = "money"
    elif noun is not None and (total := things.total_by_its_words(
            before, things.phrase_to_verb(doc, end, sent.end_char), noun)):
        # "At most 15 of the 120 miners underground … are unaccounted for": the total by its own words
        measure = total
    elif PARTITIVE_TOTAL.search(before) and noun is not None:
        # "Of the 260 passengers on board, 14 are …": the total is counted by its own words, not the clause's
        measure = m.measure(tokens, counted_tokens, [], "", own_words_only=True)
        if NONE_OF.search(before) and (measure_from(own) == "missing" or FOUND.search(own)):
            measure = "missing"  # "Neither of the two climbers has been found": none found, so all of them missing
    else:
        measure = m.measure(tokens, counted_tokens, earlier, before)
        named = things.named_count(text_of(doc)[sent.start_char:start]) if not counted or noun is None \
            or noun.lower_ in GENERIC_NOUNS else None
        if named:  # "put the number of soldiers killed in the ambush as high as 30": deaths
            measure = named
    if opening_share and s.claims:
        whole = s.claims[0]
        # what the share did, else what the total counts: "91 percent backed a walkout" are voters still (backing a
        # strike in a ballot is no joining of it)
        rest = OPINION.sub(" ", own[own.find(text[number.start:number.end]):])
        measure, counted = measure_from(rest) or whole.measure, whole.counted
        if cn.RELEASED_WORDS.search(rest) and whole.measure == "arrests":  # released detainees, by their noun
            measure = (cn.released_key(whole.counted) if whole.counted else None) or "detainees"
    unit = "percent" if percent or turnout or opening_share or apposed or voted else (
        currency_code(currency.group("symbol")) if currency else None)
    spared = NO_CHARGE_AGAINST.search(text_of(doc), max(sent.start_char, start - 80), start)
    if spared and noun is not None and people_noun(noun.text):
        if measure == "cases":
            # "no charges will be filed against the two officers who fired": the people were not charged; the noun counts
            measure = cn.plural_key(cn.trim_counted(counted))
    else:
        spared = None
    if not counted and s.claims and TO_FIGURE.search(text_of(doc), max(0, start - 40), start):
        measure = s.claims[-1].measure  # "cut her sentence from seven years to four and a half": the same measure
    if group and (measure is None or measure not in {c.measure for c in earlier}):
        measure = earlier[-1].measure
    pronoun = SUBSET_PRONOUN.match(after)
    if pronoun and s.claims and not FATALLY.match(after):
        # "19 protesters, six of them under 18": a part of the figure before, counted as it is unless its own words
        # say what befell it ("three of whom were later charged")
        rest = re.split(r"[,;]", text_of(doc)[end + pronoun.end():sent.start_char + stop])[0]  # its own phrase
        previous = s.claims[-1]
        # the words since the figure before (without its noun) up to the end of this one's phrase: "… and detained 57 of
        # them", "after rescuers found 38 of them alive"
        window = text_of(doc)[previous.end - s.offset:end + pronoun.end() + len(rest)]
        if previous.counted:
            window = window.replace(previous.counted, " " * len(previous.counted), 1)
        at = start - (previous.end - s.offset)
        own_fate = measure_from(rest, (0, 0)) or measure_from(window, (at, at + end - start))
        if own_fate in ("cases", "injuries"):  # "measles had sickened 58 children, 21 of whom were hospitalised": cases
            own_fate = illness_or_harm(own_fate, sent.text)
        if own_fate:
            measure = "cases" if own_fate == "sentence" else own_fate  # people given sentences are cases
        else:
            measure = previous.measure
    elif pronoun and not s.claims and s.earlier and not FATALLY.match(after) \
            and (measure is None or cn.RELEASED_WORDS.search(after)):
        # "Police detained 58 football supporters … Forty-one of them were released": a part of the count before
        rest = re.split(r"[,;]", text_of(doc)[end + pronoun.end():sent.start_char + stop])[0]
        whole = things.part_of_count_before(rest, s.earlier)
        if whole is not None:
            own_fate = measure_from(rest, (0, 0))
            if cn.RELEASED_WORDS.search(rest) and whole.counted:
                measure, counted = cn.released_key(whole.counted) or whole.measure, whole.counted
            elif own_fate:
                measure = "cases" if own_fate == "sentence" else own_fate
            else:
                measure, counted = whole.measure, whole.counted or counted
    if FATALLY.match(after) or wording.fatal_outcome_before(before) or (SUBSET_PRONOUN.match(after) and measure_from(own[own.find(text_of(doc)[start:end]):])
                                == "deaths"):
        measure = "deaths"  # "Five people were shot, three fatally"; "one of them died": how many of them died
    if measure == "injuries" and harm.DIED_AT_HOSPITAL.match(text_of(doc)[end:end + 160]):
        measure = "deaths"  # "The two victims were taken to the hospital, where they were pronounced dead"
    if counted_tokens and counted_tokens[0].lower_ in ("year", "years", "month", "months") and prison:
        measure = "sentence"  # prison terms are in years: "18 months" -> 1.5
        if counted_tokens[0].lower_.startswith("month"):
            number = replace(number, low=number.low / 12, high=number.high / 12)
    if measure is not None and not counted and s.source is not None and s.source.end <= start \
            and measure_from(s.source.text.split()[-1]) == measure \
            and not measure_from(own.replace(s.source.text, " ")):
        measure = None  # "Survivors said about 60 had been aboard": who says it does not tell what is counted
    if not counted and s.claims and NOT_AFTER_CORRECTION.search(text[:number.start]):
        measure = s.claims[-1].measure  # "he received eleven years, not seventeen": the figure set right, again
    if measure is None and (not counted or counted.split()[-1].lower() in GENERIC_NOUNS
                            or noun is not None and noun.tag_ == "NN" and number.low > 1 and ANOTHER.search(before)):
        # (a singular "noun" after a plural figure added to the one before is a participle: "on top of 450 shed")
        measure, context = _elided(s, tokens, own)
    if measure is None and counted.lower() in ("them", "those", "whom", "these") and s.claims:
        measure, counted = s.claims[-1].measure, s.claims[-1].counted  # "4,353 homes were damaged, 812 of them …"
    if not counted and RELEASED_AFTER.match(after) and s.claims:
        # "Of the 41 suspects arrested …, 29 have been charged and 12 released without charge": released people are
        # counted by the noun of the people they were among ("Two of the five suspects were released": suspects)
        among = next((c for c in reversed(s.claims) if c.counted and people_noun(cn.trim_counted(c.counted).split()[-1])
                      and cn.released_key(c.counted)), None)
        if among is not None:
            measure, counted = cn.released_key(among.counted), among.counted
    if not counted and measure is None and (taken := wording.got_away_from(after, s.claims)) is not None:
        measure, counted = taken.measure, taken.counted  # "abducted 27 passengers …, adding that 5 had escaped"
    if not counted and measure is None and (there := wording.still_there(after, s.claims)) is not None:
        measure, counted = there.measure, there.counted  # "Thirty-four were admitted to hospital …; nine remain there"
    if measure == "participants" and re.search(r"\bturnout\b", own, re.I) and ELECTION.search(text):
        measure = "voters"  # an election's turnout, not a crowd's
    if measure is None and not counted and s.claims:
        parallel = _parallel_object(tokens[-1])
        if parallel is not None:  # "killing 23 people and abducting at least 40": 40 people, keyed by the noun
            counted = cn.phrase(cn.noun_phrase(parallel))
            measure = cn.plural_key(cn.trim_counted(counted))
    if measure is None:
        if noun is None or noun.lower_ in GENERIC_NOUNS and not things.people_acted_on(noun) \
                or not (_plural_noun(noun) or things.invariant_plural(noun, number.low)) \
                or counted_tokens[0].i < tokens[-1].i:
            return None  # a fallback measure needs a plural noun the figure counts directly ("12 homes")
        # (people counted as such, when nothing tells what befell them, take their own noun: "have crossed 38 thousand
        # 500 Persons", "abducted at least 40 people", as the guideline's c494 does)
        measure = noun.lower_  # the guideline's key: the plural head noun ("homes")
        if measure in ("terms", "sentences") and prison:
            measure = "cases"  # "handed the other seven terms ranging from …": people sentenced are cases
    source = relative_source([*tokens, *([noun] if noun is not None else [])]) or figure_source(sent, start, end) \
        or nearest_cue(sent, start) or embedded_source(tokens[-1]) \
        or statement_source(tokens[-1]) \
        or clause_source(sent, own) or sentence_source(s, number, bool(group), measure)
    if source is not None and source.text.lower() in RELATIVE_WORDS:
        # "…, whose declared assets of €2.1 million it had found in order": a relative word names nobody; the
        # sentence's source gives the figure
        source = clause_source(sent, own) or sentence_source(s, number, bool(group), measure)
        if source is not None and source.text.lower() in RELATIVE_WORDS:
            source = None
    circumstance = circumstance_of_the_cue(tokens[-1], source, sent) if source is not None and source.start >= 0 \
        else None
    if circumstance is not None:
        # "The governor retracted his figure of 40 missing after rescuers found 38 of them alive": the 38 is told in
        # the writer's voice, and only its own clause's words tell its status
        source, status_words = None, text_of(doc)[circumstance[0]:circumstance[1]]
    if source is not None and source.start >= 0 and (aside_of_the_cue(tokens[-1], source, sent)
                                                     or outside_a_demand(tokens[-1], source, sent)):
        source = None  # "… said of the shooting, which left five people wounded": the writer's aside
    if source is None and context is not None and FIGURE_WORDS.search(text) and not SUBSET_OPENING.search(text):
        # "The figure has since been revised to 212." after "X said 180 …": the same count, from the same source
        named = find_source(context)
        if named is not None:
            source = named if context.doc is sent.doc else Source(text=named.text, start=-1, end=-1)
    if source is None and (whole := wording.source_of_the_whole(text, s.claims, s.earlier)) is not None:
        source = Source(text=whole, start=-1, end=-1)  # "… informs the press service. From them 27 – minors."
    said = source  # a pronoun ("He said …") attributes the figure even where it cannot be resolved
    source = resolve_pronoun(source, sent, s.before, s.source)  # "He said 12 …" after "Police chief Ana Roe …"
    if source is not None and OWN_VOICE.search(source.text):
        said = source = None  # "An earlier version of this report said 48 …": the outlet's own voice
    embedded = embedded_cue(tokens[-1]) if source is not None and source.start >= 0 else None
    if embedded is not None and embedded[0] == source:
        # the figure's own reporting clause ("… after aid agencies counted fewer than 900") holds its status words
        status_words = text_of(doc)[embedded[1]:embedded[2]]
    found_status = status(status_words, counted, said.text if said else None)
    if spared is not None and found_status == "negated":
        # the zero is of the charges, not of the people: their figure stands in its source's voice
        found_status = status(status_words.replace(spared.group("zero"), " "), counted, said.text if said else None)
    if NOT_AFTER_CORRECTION.search(text[:number.start]) and (CORRECTION_WORDS.search(text) or any(
            CORRECTION_WORDS.search(b.text) for b in s.before[:1])):
        # "Correction: A story on Tuesday misstated the term … He received 14 years, not 40.": the figure given in error
        found_status, source = "retracted", None
    # (not a figure's new value: "revised the figure down to 41" leaves both standing, see below)
    back = RETRACTED.search(status_words) if found_status == "retracted" and s.claims \
        and not CORRECTED_TO.search(text, 0, number.start) else None
    figure_at = status_words.find(text[number.start:number.end])
    if back is not None and 0 <= figure_at and back.end() <= figure_at and REFERS_BACK.search(back.group(0)) \
            and s.claims[-1].measure == measure and s.claims[-1].status in ("reported", "asserted"):
        # "reported 70,000 to 80,000 marchers … but pulled the figure from later ones, running instead a police count
        # of 25,000": the withdrawal is of the figure before it; the one after stands on its own words
        s.claims[-1] = replace(s.claims[-1], status="retracted")
        found_status = status(status_words[back.end():], counted, said.text if said else None)
    if AS_FIRST_REPORTED.match(text, number.end, stop):
        # "the settlement was $1.6 million, not $16 million as originally reported": the outlet's own correction
        found_status, source = "retracted", None
    figure_at = status_words.find(text[number.start:number.end])
    aside = None if figure_at < 0 else next((r for r in re.finditer(r",\s+(?:which|who|whose|where)\b", status_words[:figure_at])
                                             if NEGATED.search(status_words[:r.start()])), None)
    if found_status == "negated" and aside is not None:
        # "Nobody was arrested during the march, which drew an estimated 8,000 people": the zero is another figure's,
        # the relative clause the figure stands in says nothing against it
        found_status = status(status_words[aside.start():], counted, said.text if said else None)
    if found_status in ("reported", "asserted") and WOULD_AFTER.match(text, number.end, stop) \
            and not NARRATED_LATER.search(text, number.end, stop):
        found_status = "hedged"  # "a further two battalions would arrive by the end of the month"
    if found_status == "retracted" and CORRECTED_TO.search(text, 0, number.start):
        found_status = "reported" if said else "asserted"  # "corrected its figure of 58 deaths to 38": 38 stands
    challenged = re.search(r"\b(?:was|were|has been|have been|had been|is|are) (?:\w+ )?(?P<verb>challenged|contested|"
                           r"questioned|rejected)\b", text[number.end:stop])
    if challenged and challenged.group("verb").lower() == "questioned" and noun is not None and people_noun(noun.text):
        challenged = None  # "17 employees … had been questioned": people interviewed, not a figure doubted
    if found_status in ("reported", "asserted") and challenged:
        found_status = "disputed"  # "The ministry's figure of 9 dead … was challenged by aid group SeaLine"
    modal = MODALS.search(text, number.end, stop)
    if found_status == "hedged" and re.search(r"\b(?:the|all|its|their)\s+$", text[:number.start], re.I) \
            and not HEDGED.search(NOT_HEDGE.sub(" ", MODALS.sub(" ", status_words))) \
            and measure_from(text[number.end:modal.start() if modal else stop]) == measure:
        # "The three executives indicted … could face 20 years", "roughly eight times the 5,112 confirmed cases": a
        # known count named by its own words; the modal is about what may happen to them, not about how many
        found_status = "reported" if said else "asserted"
    if found_status != "retracted" and CORRECT_FIGURE.search(text, number.end):
        found_status = "retracted"  # "That bulletin had listed 301 deaths; the correct figure is 31"
    if found_status in ("reported", "asserted") and POLL.search(text) and (
            PROJECTED.search(text, max(0, number.start - 40), number.start) or measure == "seats"):
        found_status = "hedged"  # a poll's "enough for roughly 20 seats", "gives the party 44 to 48 seats": projections
    if found_status in ("reported", "asserted") and scare_quoted(text, number.start, number.end):
        found_status = "disputed"  # "had drawn only '1,200 activists'": the figure in scare quotes with its noun
    if found_status in ("reported", "asserted") and promised([*tokens, *([noun] if noun is not None else [])]):
        found_status = "hedged"  # "the 10,000 the unions had promised": a count to come
    if found_status == "asserted" and re.match(r"an? estimated\b", text[number.start:], re.I):
        found_status = "hedged"  # "An estimated 600 protesters gathered": an estimate nobody is named for
    if thousands_dot and noun is None and unit is None and measure in CANONICAL and measure not in ("money", "sentence") \
            and any(re.fullmatch(r"\d{1,3}\.\d{3}", c.text) and (c.value_low or 0) >= 1000 for c in s.claims):
        # "4.215 cases of measles …, from them 1.130 – in the Capital": a part of a count written with a thousands dot
        # is written with one too (people and cases are never fractional)
        number = replace(number, low=number.low * 1000, high=number.high * 1000)
    claim = make_claim(s, start, end, measure=measure, counted=counted, low=number.low, high=number.high,
                       qualifier=number.qualifier, source=source, status=found_status, unit=unit)
    subset = counted if group else _people_predicate(tokens, counted_tokens)
    parts = find_parts(sent, number.start, number.end, counted, measure, subset)
    if context is not None:
        parts = merge(parts, context_parts(context))
    return claim, parts
