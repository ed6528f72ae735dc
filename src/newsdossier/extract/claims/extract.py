"""Claims of one article, sentence by sentence: figures, shares of a total, and zero figures ("no one was killed").

Every claim is built by ``make_claim``, whatever found it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...annotate import text_of
from ...config import Settings
from ...dates import find_date_mentions
from ...records import Article, Claim
from ..numbers import find_numbers
from . import counted
from .build import Sentence
from .figures import figure_claim
from .lexicon import measure_from
from .injured_only import article_injured_only, injured_only
from .scope import Parts, compose, find_parts, is_people, merge, normalise
from .shares import fraction_claims, fraction_matches
from .source import find_source
from .zeros import no_noun_zeros, zero_claims
from .status import RETRACTED
from .terms import join_terms
from .shared import share_trailing

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ...annotate import Part


@dataclass(frozen=True, slots=True)
class Found:
    """A claim being built: the record, its scope words and what later sentences need to know about it."""

    claim: Claim
    parts: Parts
    sentence_index: int


def extract_claims(article: Article, parts: Sequence["Part"], settings: Settings, model: str = "") -> tuple[Claim, ...]:
    """Every numeric claim of the article, in text order within each sentence."""
    found: list[Found] = []
    sentences: list["Span"] = [sent for part in parts for sent in part.doc.sents]
    offsets = [part.offset for part in parts for _ in part.doc.sents]
    for index, (sent, offset) in enumerate(zip(sentences, offsets)):
        before = [sentences[k] for k in (index - 1, index - 2) if k >= 0]
        earlier = [f.claim for f in found if f.sentence_index == index - 1]
        made = _sentence_claims(Sentence(article=article, sent=sent, offset=offset, before=before, earlier=earlier,
                                         source=find_source(sent),
                                         as_of=_as_of(sent.text, article.published)))
        if not made and WHOLE_REPORT_RETRACTED.search(sent.text) and found:
            # "The station later removed the report from its website": every figure of that report is withdrawn
            last = [k for k, f in enumerate(found) if f.sentence_index == found[-1].sentence_index >= index - 1
                    and f.claim.source is not None and f.claim.source == found[-1].claim.source]
            for k in last:
                found[k] = replace(found[k], claim=replace(found[k].claim, status="retracted"))
        elif not made and RETRACTED.search(sent.text) and found:
            # "An earlier figure … was later retracted": the latest figure before reaches back
            target = _retracted_target(sent.text, [f.claim for f in found if f.sentence_index >= index - 2])
            target = None if target is None else len(found) - 1 - target
            if target is not None:
                last = found[target]
                found[target] = replace(last, claim=replace(last.claim, status="retracted"))
        unverified = UNVERIFIED.search(sent.text)
        if unverified and not [c for c, _ in made if c.start - offset - sent.start_char < unverified.start()]:
            # "The figures could not be independently verified.": the figures of the sentence before are disputed
            for k, f in enumerate(found):
                if f.sentence_index == index - 1 and f.claim.status in ("reported", "asserted"):
                    found[k] = replace(f, claim=replace(f.claim, status="disputed"))
        elif unverified:
            # "…destruction of 3 command posts and up to 150 militants, these data cannot be confirmed independently":
            # every figure before it in the sentence
            made = [(replace(c, status="disputed") if c.status in ("reported", "asserted")
                     and c.start - offset - sent.start_char < unverified.start() else c, p) for c, p in made]
        _corrected_before(found, [c for c, _ in made], sent, offset, index)
        found.extend(Found(claim=c, parts=p, sentence_index=index) for c, p in made)
    # "Eight people were shot. … Two of them died.": the injured alone, as other outlets and registries count them
    return tuple(article_injured_only(_restated([_scoped(f, found) for f in found], article.text)))


#: a figure named as a figure given before: "The figure of 227 persons is final", "the toll of 64"
RESTATED = re.compile(r"\b(?:the|this|that|its|their|his|her)\s+(?:\w+\s+)?(?:figure|number|toll|tally|count)\s+of\s+$",
                      re.IGNORECASE)


def _restated(claims: list[Claim], text: str) -> list[Claim]:
    """A figure the text names as one given before ("The figure of 227 persons is final, E. Tursan noted", after
    "227 people died") counts what that figure counted: the nearest earlier claim of the article with the same value
    gives its measure, whatever the sentence's own words or the sentence before suggest."""
    out: list[Claim] = []
    for claim in claims:
        if claim.field == "text" and claim.unit is None and RESTATED.search(text[max(0, claim.start - 40):claim.start]):
            same = next((c for c in reversed(out) if c.sentence != claim.sentence and c.unit is None
                         and c.value_low == claim.value_low and c.value_high == claim.value_high), None)
            if same is not None and same.measure != claim.measure:
                claim = replace(claim, measure=same.measure)
        out.append(claim)
    return out


#: a retraction of a whole report, story or bulletin (not of one figure): all its figures go
WHOLE_REPORT_RETRACTED = re.compile(r"\b(?:removed|deleted|withdrew|retracted|pulled|took down|taken down)\s+(?:the|its|that|this)"
                                    r"\s+(?:\w+\s+)?(?:report|story|article|post|bulletin|broadcast|item)s?\b", re.IGNORECASE)
#: figures nobody could check, said of all of them: "these data cannot be confirmed independently", "The figures could
#: not be independently verified"
UNVERIFIED = re.compile(r"\b(?:these|those|the|such|their|its|both)\s+(?:data|figures|numbers|claims|counts|tolls|reports|"
                        r"estimates|totals)\s+(?:cannot|can ?not|can't|could not|couldn't|have not been|has not been|were not)"
                        r"\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)", re.IGNORECASE)


def _retracted_target(text: str, recent: list[Claim]) -> int | None:
    """Which of the recent figures (the article's latest claims, in order) a later retraction withdraws, counted back
    from the last (0 = the latest): the latest estimate when it withdraws "that estimate" ("Up to 30 hikers may have
    been caught …, and nine have been found alive. The rangers later withdrew that estimate"), the latest of the
    measure it names, else the latest."""
    if not recent:
        return None
    back = list(reversed(recent))
    if re.search(r"\b(?:estimates?|projections?|forecasts?)\b", text, re.IGNORECASE):
        hit = next((k for k, c in enumerate(back) if c.status == "hedged" or c.qualifier in ("about", "at_most", "range",
                                                                                           "vague")), None)
        if hit is not None:
            return hit
    named = measure_from(text)
    if named:
        hit = next((k for k, c in enumerate(back) if c.measure == named), None)
        if hit is not None:
            return hit
    return 0


def _scoped(figure: Found, article: list[Found]) -> Claim:
    """The claim with its scope. A place that may be the whole event's ("in Port Selden") narrows the figure only
    beside another place for the same measure in the sentence, or after a larger unscoped total of the same measure
    in the sentence or the one before ("The toll rose to 227. In Dunmere, 80 people died.")."""
    claim, parts = figure.claim, figure.parts
    same = [f for f in article if f is not figure and f.claim.measure == claim.measure and f.claim.unit == claim.unit]
    narrows = any(f.sentence_index == figure.sentence_index and f.parts.place
                  and normalise(f.parts.place) != normalise(parts.place or "") for f in same) or any(
        0 <= figure.sentence_index - f.sentence_index <= 1 and not (f.parts.place or f.parts.group)
        and (f.claim.value_low or 0) > (claim.value_high or 0) for f in same)
    # "57 people overnight, bringing the number this week to 213": a short period beside another period's figure
    period_narrows = any(0 <= figure.sentence_index - f.sentence_index <= 1 and f.parts.period != parts.period
                         for f in same)
    scope = compose(parts, narrows, period_narrows)
    return replace(claim, scope=scope.text if scope else None)


def _sentence_claims(s: Sentence) -> list[tuple[Claim, Parts]]:
    """The sentence's claims (without scope yet) with the scope words found beside each: figures, shares of a total
    ("half of the 1,400"), zero figures ("no one was killed")."""
    sent = s.sent
    scopes: dict[str, Parts] = {}
    shares = [(match.start(), match.end()) for match in fraction_matches(sent.text)]
    for number in find_numbers(sent.text):
        if any(lo < number.end and number.number_start < hi for lo, hi in shares):
            continue  # "Two-thirds of the 600", "One in five of the stations": a share, found below
        made = figure_claim(s, number)
        if made:
            s.claims.append(made[0])
            scopes[made[0].id] = made[1]
    for claim, total in fraction_claims(s):
        s.claims.append(claim)
        start, end = claim.start - s.offset - sent.start_char, claim.end - s.offset - sent.start_char
        tokens = [t for t in sent if start <= t.idx - sent.start_char < end]
        predicate = counted.phrase(counted.predicate(tokens)) if tokens else ""  # "Almost half of those arrested were minors"
        scopes[claim.id] = find_parts(sent, start, end, claim.counted, claim.measure, predicate or None)
        if total is not None:  # a share of "the province's 2,000 polling stations" is in the province too
            scopes[claim.id] = merge(scopes[claim.id], replace(scopes[total.id], group=None))
        accounts = ACCOUNTING_PART.search(sent.text, 0, start)
        if accounts:  # "…, with Port Amsel accounting for nearly half": the place or group that holds the share
            words = accounts.group("part").strip()
            scopes[claim.id] = Parts(group=words) if is_people(words) else Parts(place=words, place_narrows=True)
        dashed = DASHED_PART.match(sent.text, end)
        if dashed:  # "from them about a third – children", "approximately half – in the Regional Centre": the part's own
            words = dashed.group("part").strip()
            scopes[claim.id] = Parts(group=words) if is_people(words) else Parts(place=words, place_narrows=True)
    for find_zeros in (zero_claims, no_noun_zeros):  # "no deaths" first: "no <noun>" skips what it has read
        for claim in find_zeros(s):
            s.claims.append(claim)
            start, end = claim.start - s.offset - sent.start_char, claim.end - s.offset - sent.start_char
            scopes[claim.id] = find_parts(sent, start, end, "", claim.measure, None)
    ordered = _percent_of_total(sorted(s.claims, key=lambda c: c.start), text_of(sent.doc), s.offset)
    ordered, pairs = injured_only(ordered)  # "Five were shot, three fatally": two injured
    ordered = join_terms(ordered, text_of(sent.doc), s.offset)  # "seven years and six months": 7.5
    ordered = _corrected_earlier(ordered, sent.doc, s.offset)
    _share_scopes(ordered, scopes, sent.doc, s.offset)
    ordered = share_trailing(ordered, scopes, text_of(sent.doc), s.offset)  # "killed 64 and detained 2,300 since …"
    _fronted_scopes(ordered, scopes, sent, s.offset)
    for hit, dead in pairs:  # the dead are counted among the shot: same place, group and period
        scopes[dead] = merge(scopes[dead], scopes[hit])
    return [(c, scopes[c.id]) for c in ordered]


#: who or where a share is, before "accounting for": "…, with Port Amsel accounting for nearly half"
ACCOUNTING_PART = re.compile(r"\bwith\s+(?P<part>[^,;:]{2,50}?)\s+(?:accounting for|making up)\s+$", re.IGNORECASE)
#: what a share is, after a dash (translated wire copy): "from them about a third – children"
DASHED_PART = re.compile(r"\s*[–—]\s*(?P<part>[^,;.–—]{2,60})")
#: a percentage of a total written right after it: "about 40 percent of the 25,000 displaced"
PERCENT_OF_TOTAL = re.compile(r"\s*(?:%|percent|per cent)\s+of\s+(?:the|all|those|these|its|their)\s+"
                              r"(?:[\w'’]+['’]s\s+)?(?:(?:estimated|some|about|around|roughly|nearly|almost)\s+)?$",
                              re.IGNORECASE)
#: a percentage standing alone as the subject after an opening total: "Of the 3,400 who cast ballots, 91 percent backed"
PERCENT_OF_OPENING = re.compile(r"^\s*(?:of|from|among)\s+(?:the|all|those|these)\s+", re.IGNORECASE)


def _percent_of_total(claims: list[Claim], text: str, offset: int) -> list[Claim]:
    """A percentage of a total the sentence states is computed as a fraction of it is (guideline decisions 4 and 15):
    "about 40 percent of the 25,000 displaced" -> about 10,000, unit null, beside the 25,000; "Of the 3,400 who cast
    ballots, 91 percent backed a walkout" -> 3,094. "More than 60 percent of the 1,200" is 720 to 1,200, "fewer than"
    none to the share, as for fractions. A percentage of an unstated total stays a percentage."""
    out = list(claims)
    for index, share in enumerate(out):
        if share.unit != "percent" or share.value_low is None or share.value_low != share.value_high:
            continue
        total = next((c for c in out[index + 1:] if (c.unit is None or c.measure == share.measure == "money")
                      and c.value_low and c.value_low == c.value_high
                      and PERCENT_OF_TOTAL.fullmatch(text[share.end - offset:c.start - offset])), None)
        if total is None:
            first = out[0]
            sentence_start = text.find(share.sentence) if share.sentence else -1
            if index > 0 and first.unit is None and first.value_low and first.value_low == first.value_high \
                    and sentence_start >= 0 and PERCENT_OF_OPENING.fullmatch(text[sentence_start:first.start - offset]) \
                    and re.match(r"\s*(?:%|percent|per cent)\s+(?!of\b)", text[share.end - offset:]) \
                    and "," in text[first.end - offset:share.start - offset]:
                total = first
        if total is None or total.value_low is None:
            continue
        low = high = round(share.value_low / 100 * total.value_low, 6)
        if share.qualifier == "more_than":
            high = total.value_low
        elif share.qualifier == "less_than":
            low = 0.0
        # a share of a sum keeps the sum's currency (every money claim has one)
        unit = total.unit if total.measure == "money" else None
        out[index] = replace(share, value_low=low, value_high=high, unit=unit)
    return out


#: the new value of a figure corrected later in the sentence: "… but later revised the figure to 46"
CORRECTED_LATER = re.compile(r"\b(?:corrected|revised|changed|amended|lowered|raised|updated|cut|reduced)\b[^.;]*\bto\s+"
                             r"(?:\w+\s+)?$", re.IGNORECASE)


#: what makes a later value a correction, not an update of a count that grew ("on Friday it revised the figure down
#: to 41" after last week's 73 is history, both stand): the first was given in error or only at first
MISTAKEN = re.compile(r"\b(?:corrected|initially|originally|at first|first (?:reported|said|put|gave|announced|stated)|"
                      r"erroneous\w*|error|mistake\w*|wrongly|incorrect\w*|clerical|typo\w*|miscount\w*|double[- ]count\w*|"
                      # a count found to hold some twice: "some victims had been counted twice"
                      r"counted (?:twice|double|more than once)|duplicat\w+)\b", re.IGNORECASE)
#: words of a correction said with the new figure itself: "…; on Monday they lowered the number to seven, saying some
#: victims had been counted twice" withdraws the first figure across the semicolon
CORRECTION_GIVEN = re.compile(r"\b(?:counted (?:twice|double|more than once)|double[- ]count\w*|duplicat\w+|in error|"
                              r"by mistake|mistaken\w*|erroneous\w*|miscount\w*|wrongly|incorrect\w*)\b", re.IGNORECASE)


def _corrected_before(found: list[Found], made: list[Claim], sent: "Span", offset: int, index: int) -> None:
    """A figure of the sentence before that this sentence corrects ("The service first said 17 people had died. It later
    lowered the toll to 12, citing a double count"): withdrawn by its source, as within a sentence
    (``_corrected_earlier``), when either sentence says the first figure was a first or mistaken one."""
    for new in made:
        lead = sent.text[:max(0, new.start - offset - sent.start_char)]
        if not CORRECTED_LATER.search(lead):
            continue
        for k in range(len(found) - 1, -1, -1):
            old = found[k]
            if old.sentence_index == index - 1 and old.claim.measure == new.measure and old.claim.unit == new.unit \
                    and old.claim.status in ("reported", "asserted") \
                    and (MISTAKEN.search(sent.text) or MISTAKEN.search(old.claim.sentence)):
                found[k] = replace(old, claim=replace(old.claim, status="retracted"))
                break


def _corrected_earlier(claims: list[Claim], doc: "Doc", offset: int) -> list[Claim]:
    """An earlier figure of the same measure that a later clause of the sentence corrects ("Police initially said 64
    people had been arrested … but later revised the figure to 46") is withdrawn by its source: retracted. An update
    of a count that changed (after a semicolon, or with no word of a first or mistaken figure) leaves both standing."""
    out = list(claims)
    text = text_of(doc)
    for index, new in enumerate(out):
        for back in range(index - 1, -1, -1):
            old = out[back]
            if old.measure != new.measure or old.unit != new.unit:
                continue
            between = text[old.end - offset:new.start - offset]
            after = text[new.end - offset:new.end - offset + 120].split(".")[0]
            if old.status in ("reported", "asserted") and (";" not in between or CORRECTION_GIVEN.search(after)) \
                    and CORRECTED_LATER.search(between) \
                    and not CORRECTED_LATER.search(text[:old.start - offset][-80:]) and MISTAKEN.search(old.sentence):
                out[back] = replace(old, status="retracted")
            break
    return out


def _share_scopes(claims: list[Claim], scopes: dict[str, Parts], doc: "Doc", offset: int) -> None:
    """Scope words shared between figures of one sentence: "1,500 police officers and 600 National Guard personnel
    were on duty in the capital" (the place after the last of figures joined by "and" is also the first's);
    "1,150 … in the flood-hit districts of Halvor, down from 2,300" (an earlier value of the same figure, which
    keeps its place, group and a "since …" window)."""
    for later_index in range(len(claims) - 1, 0, -1):
        earlier, later = claims[later_index - 1], claims[later_index]
        between = text_of(doc)[earlier.end - offset:later.start - offset]
        first, second = scopes[earlier.id], scopes[later.id]
        if re.fullmatch(r"[^,;:]*\band\b[^,;:]*", between):
            # a period only where the two share one verb ("1,500 officers and 600 personnel were on duty overnight")
            verbs = any(t.pos_ == "VERB" and earlier.end - offset <= t.idx < later.start - offset for t in doc)
            scopes[earlier.id] = merge(first, Parts(place=second.place, place_narrows=second.place_narrows,
                                                    period=None if verbs else second.period))
            if first.place and not second.place and 0 <= text_of(doc).find(first.place, 0, earlier.start - offset):
                # "in Varnholt region … were damaged 3 thousand 150 residential buildings and 27 Schools": a place
                # before both figures is the second's too
                scopes[later.id] = merge(second, Parts(place=first.place, place_narrows=first.place_narrows))
        elif re.search(r"\b(?:up|down|rising|falling|risen|fallen|increased|decreased|compared)?\s*(?:from|with)\s*$",
                       between) and earlier.measure == later.measure:
            window = first.period if first.period and first.period.lower().startswith("since") else None
            scopes[later.id] = merge(second, Parts(place=first.place, place_narrows=first.place_narrows,
                                                   group=first.group, period=window))


#: words that make a later figure a total, not a part counted in the same place or period: "…, bringing the toll to 200"
TOTAL_WORDS = re.compile(r"\b(?:total|toll|overall|in all|altogether|cumulative|bringing|since)\b", re.IGNORECASE)


def _fronted_scopes(claims: list[Claim], scopes: dict[str, Parts], sent: "Span", offset: int) -> None:
    """A place or period written before the sentence's first figure ("In the region Selvarsk … are evacuated 3
    thousand 250 inhabitants, flooded are 612 houses"; "…, during the day were destroyed 17 units … and eliminated up
    to 90 servicemen") covers the later figures of the sentence up to a semicolon, as a fronted adverbial does, unless
    they name their own or count a total."""
    if len(claims) < 2:
        return
    text = text_of(sent.doc)
    first = claims[0]
    parts = scopes[first.id]
    lead = text[sent.start_char:first.start - offset]
    place = parts.place if parts.place and parts.place in lead else None
    period = parts.period if parts.period and parts.period in lead else None
    if not (place or period):
        return
    for later in claims[1:]:
        between = text[first.end - offset:later.start - offset]
        if ";" in between or TOTAL_WORDS.search(between):
            break
        own = scopes[later.id]
        scopes[later.id] = merge(own, Parts(place=place, place_narrows=parts.place_narrows, period=period))


def _as_of(text: str, published: str | None) -> str | None:
    """A date written in the sentence, else the document's date."""
    dated = [d for d in find_date_mentions(text) if d.year]
    if dated:
        return dated[-1].value
    return published
