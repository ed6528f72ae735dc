"""Headlines: for each measure and scope, the figure a reader should quote, and why.

The rule is stated beside the figure, never hidden. The default rule,
``latest-corroborated``, takes the figures of the latest date any source gives
(counts usually rise, so the latest is usually the most complete) and among
them the one the most independent outlets support (their intervals overlap
it); ties go to a bounded, exact figure over an open or vague one, then to the
figure a title gives, then to the higher figure, then to a figure with a named source. Retracted, denied and
disputed figures never lead; hedged ones ("may have") only when nothing firmer
exists. A latest figure that is one outlet's outlier (lower than, or more than
``JUMP`` times, what more outlets gave earlier) gives way to theirs, and the rule
says so. Before any rule, each article's figures are read beside the rest of it
(``casualties.prepare``: the dead among people shot, a zero its own article contradicts,
a bare uncorroborated number, a round-up's figures) and an implicit injury of a person
another text counts dead is set aside (``dead_not_injured``). The other rules are there to be compared on real data
(``evaluation/reconcile.py``) and chosen with ``Settings``-free calls.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..extract.victim_people import described, kind as person_kind, may_be_dead
from ..extract.victims import bare
from ..records import Claim, Headline, stable_id
from .casualties import prepare
from .describe import (FIRM, HARMED, INDIVIDUAL, implicit_one, is_zero_denial, label, narrowed_zero, short_date,
                       value_words)
from .intervals import Interval, interval
from .scope import group_key

#: An open lower bound is sharpened only to an exact figure at most this many times it.
SHARPEN_WITHIN = 1.25
#: A latest figure more than this many times the figure more outlets gave, from one outlet alone, does not lead.
JUMP = 2.0
#: A scope gets a headline of its own when at least this many claims name it.
MAJOR_SCOPE = 2
WEAK = frozenset({"hedged"})
#: an injured person said to live, who cannot be one of the dead reported elsewhere ("critical condition" can)
ALIVE = re.compile(r"\b(?:survive[sd]?|surviving|stable|non-?\s?life[- ]threatening|not life[- ]threatening|"
                   r"expected to (?:recover|survive|live)|recovering|treated and released|minor injur(?:y|ies)|"
                   r"good condition|fair condition|released from)\b", re.IGNORECASE)
#: Measures in the order a reader looks for them; others follow alphabetically.
ORDER = ("deaths", "injuries", "missing", "arrests", "detained", "displaced", "evacuated", "participants", "troops",
         "cases", "sentence", "money")


def subsume_individuals(claims: Iterable[Claim]) -> list[Claim]:
    """Drop an implicit count of one ("a man was killed", extractor ``rules-victims``) from an article that also
    states a figure for the same measure: there the person is one of the counted, not the count. Findings use
    this; headlines do not, because on GVA the individual count is better evidence than a stated figure beside
    it (often a background statistic): killed 0.815 with it, 0.795 without, on 200 incidents."""
    claims = list(claims)
    stated = {(c.document, c.measure) for c in claims if not c.extractor.startswith(INDIVIDUAL)}
    return [c for c in claims if not (c.extractor.startswith(INDIVIDUAL) and (c.document, c.measure) in stated)]


def dead_not_injured(claims: Iterable[Claim]) -> list[Claim]:
    """Drop an implicit injury of one person ("the girl was shot", "Teen wounded in shooting") who may be a person
    another article, or the title, counts dead ("the girl died"): the Gun Violence Archive, like a reader, counts a
    victim who died among the dead only, and each article (or title) is read on its own by the extractor, which
    makes the same call within one text (``victims._shot_then_died``).

    The injured person must fit a dead one of another text (same kind or sex, not "another man"; a dead "he" of
    another text could be anyone and is not used) and must not be said to live ("stable condition", "expected to
    survive"). Wording that only says the person was hit ("shot", "struck", "taken to hospital with a wound") is
    enough, since the dead were hit too. A plain injury ("wounded", "injured") is dropped only for a dead person of
    the same described kind ("the boy", "a 17-year-old", not a bare name) in another article reporting no earlier
    (a man wounded on Monday may be the man who died on Tuesday); within one article its own text has decided. A
    death known only from a figure ("one person was killed") says nothing of who died and removes nothing."""
    claims = list(claims)
    dead = [c for c in claims if c.measure == "deaths" and c.extractor.startswith(INDIVIDUAL) and c.scope is None
            and usable(c) and person_kind(c.text) not in ("he", "she", "him", "her")]
    if not dead:
        return claims

    # A death fits an injured person when it is of a kind the person may be (``may_be_dead``) and, for an injury told
    # only as a hit, is told in another text; else is a described person of another article reporting no earlier.
    # The dead are gathered by kind once, so each injury is weighed against each kind of dead person, not each death.
    texts: dict[str, set[tuple[str, str]]] = defaultdict(set)  # kind -> the texts that tell such a death
    latest: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)  # kind -> document -> its latest described death
    for death in dead:
        kind = person_kind(death.text)
        texts[kind].add((death.document, getattr(death, "field", "text")))
        if described(death.text):
            when = (1, "") if not death.as_of else (0, death.as_of)  # undated: no earlier than anything
            latest[kind][death.document] = max(latest[kind].get(death.document, when), when)
    best = {kind: sorted(((when, document) for document, when in by_document.items()), reverse=True)[:2]
            for kind, by_document in latest.items()}  # the two documents with the latest described deaths
    kinds_may_be: dict[tuple[str, str], bool] = {}

    def fits(claim: Claim, kind: str, hit_only: bool) -> bool:
        own = (claim.document, getattr(claim, "field", "text"))
        if len(texts[kind]) == 1 and own in texts[kind]:
            return False  # one text: the extractor has decided
        if not hit_only:
            other = next((when for when, document in best.get(kind, ()) if document != claim.document), None)
            if other is None or not described(claim.text) or (claim.as_of and not other[0] and other[1] < claim.as_of):
                return False
        if (claim.text, kind) not in kinds_may_be:
            kinds_may_be[(claim.text, kind)] = may_be_dead(claim.text, {kind})
        return kinds_may_be[(claim.text, kind)]

    def is_the_dead(claim: Claim) -> bool:
        if not (claim.measure == "injuries" and implicit_one(claim) and claim.scope is None
                and not ALIVE.search(claim.sentence)):
            return False
        # a plain injury can only fit a kind with a described death (``best``): the few kinds of person ("man",
        # "17-year-old"), not every named dead person (758 kinds on the whole Gun Violence Archive)
        hit_only = bare(claim.counted)
        return any(fits(claim, k, hit_only) for k in (texts if hit_only else best))

    return [c for c in claims if not is_the_dead(c)]


def usable(claim: Claim) -> bool:
    """A figure that may lead: a firm one, or a zero that denies the whole count (not "no peaceful protesters")."""
    return interval(claim) is not None and (claim.status in FIRM or is_zero_denial(claim) and not narrowed_zero(claim))


def _strength(claim: Claim) -> tuple[int, int, int]:
    """Bounded figures first, then stated ones over implicit counts of one ("a man was killed" is one of however
    many an article beside it counts), then exact over ranges and approximations; open or vague figures last."""
    span = interval(claim)
    assert span is not None
    if claim.qualifier == "vague" or not span.bounded:
        return (0, 0, 0)
    return (1, 0 if implicit_one(claim) else 1, 1 if claim.qualifier == "exact" else 0)  # "a man and a boy" is stated


def _backers(pool: Sequence[Claim], voice: Callable[[Claim], str]) -> list[tuple[str, Interval]]:
    """The outlet and interval (``_near``) of each figure of ``pool`` that may back another. An implicit count of one
    ("the clerk was hit") backs no other figure when its article states a figure of its own for the measure: there the
    person is one of the counted, and a follow-up story that names one victim does not outvote the count it names him
    from."""
    stated = {c.document for c in pool if _strength(c)[1]}
    return [(voice(c), _near(interval(c))) for c in pool  # type: ignore[arg-type]
            if not (implicit_one(c) and c.document in stated)]


def _near(span: Interval) -> Interval:
    """What a figure vouches for: an open bound ("at least 19", "more than a dozen") backs figures up to ``JUMP``
    times it, not any larger one. Read as open, "at least 19" would back the "thousands" a festival attracts."""
    if not math.isinf(span.high):
        return span
    return Interval(span.low, max(span.low * JUMP, span.low + 1), span.low_open, False)


def _overlapping(span: Interval, backers: Sequence[tuple[str, Interval]]) -> set[str]:
    """The outlets of ``backers`` whose figures overlap ``span``."""
    return {outlet for outlet, other in backers if span.overlaps(other)}


def _backing(span: Interval, own: str, outlets: set[str]) -> int:
    """How many outlets back a figure of interval ``span`` given by outlet ``own``: ``outlets`` (``_overlapping``) and
    its own, unless the interval is empty ("fewer than 0" allows no value, its own included)."""
    return len(outlets | {own}) if span.overlaps(span) else len(outlets)


def _support(claim: Claim, pool: Sequence[Claim], voice: Callable[[Claim], str]) -> int:
    """How many outlets give a figure that overlaps ``claim``'s (``_backers``); a claim backs itself."""
    span = interval(claim)
    assert span is not None
    return _backing(span, voice(claim), _overlapping(span, _backers(pool, voice)))


def _single_titles(pool: Sequence[Claim]) -> list[Interval]:
    """The intervals of the titles in ``pool`` that give one figure for the measure: a headline's figure is the count
    its outlet chose to lead with, where "ages 18, 22 and 27" or last year's shooting in the text is not. A title that
    lists parts ("3 men, 1 woman injured") gives no total and is not counted."""
    titles = [c for c in pool if c.field == "title"]
    values: dict[str, set[float | None]] = defaultdict(set)
    for c in titles:
        values[c.document].add(c.value_low)
    return [interval(c) for c in titles if len(values[c.document]) == 1]  # type: ignore[misc]


def _pick(pool: Sequence[Claim], voice: Callable[[Claim], str]) -> Claim:
    """The best-supported claim of ``pool`` (``_support``, then ``_strength``, the single-figure titles that agree
    (``_single_titles``), the higher value, a named source, the later date). Backers and titles are gathered once and
    counted once per distinct interval, not once per claim against every other: a large event gives thousands of
    figures of one measure, most of them repeating a few values, and pairwise counting grew with the square of their
    number."""
    backers, titles = _backers(pool, voice), _single_titles(pool)
    outlets: dict[Interval, set[str]] = {}
    in_title: dict[Interval, int] = {}

    def key(c: Claim) -> tuple[Any, ...]:
        span = interval(c)
        assert span is not None
        if span not in outlets:
            outlets[span] = _overlapping(span, backers)
            in_title[span] = sum(1 for other in titles if span.overlaps(other))
        return (_backing(span, voice(c), outlets[span]), _strength(c), in_title[span], c.value_low or 0.0,
                c.source is not None, c.as_of or "", c.id)

    return max(pool, key=key)


def latest_corroborated(candidates: Sequence[Claim], voice: Callable[[Claim], str]) -> tuple[Claim, str]:
    dated = [c for c in candidates if c.as_of]
    if dated:
        latest = max(c.as_of for c in dated)  # type: ignore[type-var]
        pool = [c for c in dated if c.as_of == latest]
        chosen = _pick(pool, voice)
        voices = {voice(c) for c in pool}
        why = f"latest figure ({short_date(latest)})"
    else:
        pool = list(candidates)
        chosen = _pick(pool, voice)
        voices = {voice(c) for c in pool}
        why = "no dated figure; most corroborated"
    backing = _support(chosen, pool, voice)
    why = f"{why}, given by {backing} of {len(voices)} outlet{'s' if len(voices) != 1 else ''} reporting then"
    return _unless_a_lower_aside(chosen, why, candidates, voice)


def _unless_a_lower_aside(chosen: Claim, why: str, candidates: Sequence[Claim],
                          voice: Callable[[Claim], str]) -> tuple[Claim, str]:
    """The latest figure gives way to the earlier figure more outlets support when it is an outlier of one outlet:
    - lower than that figure: counts rise, so a later lower figure is more often a partial mention (a court story
      that names one of the wounded, a recap of one scene) than a correction, which its own outlet would make — a
      lower figure from an outlet that gave the higher one itself is a revision and stays;
    - more than ``JUMP`` times it, from one outlet alone: a sudden multiple that no other outlet repeats is more often
      another count (a city's toll for the year, a misread number) than news; once a second outlet gives it, it leads;
    - a count of one person ("her son, who had been shot, would not survive") of the dead or injured, below the figure
      another outlet stated earlier: a later story that names one victim tells of a person, not of the count (on the
      Gun Violence Archive development sample: killed +4 of 1,000, injured ±0; arrests, which do rise one by one, are
      left out: -2 there).
    The rule says which figure was set aside and why."""
    overall = _pick(candidates, voice)
    span, best = interval(chosen), interval(overall)
    assert span is not None and best is not None
    if overall is chosen or span.overlaps(best) or not _strength(overall)[1]:
        return chosen, why  # an implicit count of one ("a man was killed") is one of however many, no check on them
    stated = [c for c in candidates if _strength(c)[1]]  # outlets that give a figure, not only "a man was killed"
    backers = {voice(c) for c in stated if best.overlaps(interval(c))}  # type: ignore[arg-type]
    support = _support(chosen, candidates, voice)
    if implicit_one(chosen) and chosen.measure in HARMED and span.high < best.low and backers - {voice(chosen)}:
        return overall, (f"{why}; but that names one person, and the figure {len(backers)} outlet"
                         f"{'s' if len(backers) != 1 else ''} gave earlier ({short_date(overall.as_of) or 'undated'}) "
                         "counts more, so it leads")
    if len(backers) <= support:
        return chosen, why
    if span.high < best.low and voice(chosen) not in backers:
        return overall, (f"{why}; but lower than the figure {len(backers)} outlets gave earlier "
                         f"({short_date(overall.as_of) or 'undated'}), which leads")
    if span.low > JUMP * best.high and support == 1:
        return overall, (f"{why}; but that is more than {JUMP:g} times the figure {len(backers)} outlets gave "
                         f"({short_date(overall.as_of) or 'undated'}) and no other outlet repeats it, so theirs leads")
    return chosen, why


def most_corroborated(candidates: Sequence[Claim], voice: Callable[[Claim], str]) -> tuple[Claim, str]:
    chosen = _pick(candidates, voice)
    voices = {voice(c) for c in candidates}
    return chosen, f"most corroborated figure: {_support(chosen, candidates, voice)} of {len(voices)} outlets"


def latest(candidates: Sequence[Claim], voice: Callable[[Claim], str]) -> tuple[Claim, str]:
    chosen = max(candidates, key=lambda c: (c.as_of or "", _strength(c), c.value_low or 0.0, c.id))
    return chosen, f"latest figure ({short_date(chosen.as_of) or 'undated'})"


def highest(candidates: Sequence[Claim], voice: Callable[[Claim], str]) -> tuple[Claim, str]:
    chosen = max(candidates, key=lambda c: (c.value_low or 0.0, _strength(c), c.as_of or "", c.id))
    return chosen, "highest figure stated"


def _sharpen(chosen: Claim, why: str, candidates: Sequence[Claim]) -> tuple[Claim, str]:
    """An open or vague winner ("more than 4,000") gives way to the latest exact figure it includes (4,353):
    a rounded restatement does not supersede the precise count it is compatible with. For a lower bound the
    exact figure must be near it (within ``SHARPEN_WITHIN``): "at least one man was killed" is no rounding of 5."""
    if _strength(chosen)[0] and _strength(chosen)[2]:
        return chosen, why
    span = interval(chosen)
    assert span is not None
    near = (chosen.value_low or 0.0) * SHARPEN_WITHIN if chosen.qualifier in ("at_least", "more_than") else span.high
    exact = [c for c in candidates if _strength(c) == (1, 1, 1) and span.contains(c.value_low or 0.0)
             and (c.value_low or 0.0) <= near]
    if not exact:
        return chosen, why
    sharper = max(exact, key=lambda c: (c.as_of or "", c.value_low or 0.0, c.id))
    words = value_words(chosen.qualifier, chosen.value_low, chosen.value_high)
    return sharper, f"{why}: {words}, sharpened to the latest exact figure it includes ({short_date(sharper.as_of) or 'undated'})"


RULES: dict[str, Callable[[Sequence[Claim], Callable[[Claim], str]], tuple[Claim, str]]] = {
    "latest-corroborated": latest_corroborated,
    "most-corroborated": most_corroborated,
    "latest": latest,
    "highest": highest,
}


def headlines(
    claims: Iterable[Claim],
    voices: Mapping[str, str | None],
    measures: Iterable[str],
    rule: str = "latest-corroborated",
) -> tuple[Headline, ...]:
    """One headline per (measure, scope, unit) group of ``measures`` that has a usable figure.

    The overall count (no scope) always gets one; a scope only when at least ``MAJOR_SCOPE`` claims name it.
    """
    choose = RULES[rule]
    wanted = set(measures)
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in dead_not_injured(prepare(list(claims))):
        if claim.measure in wanted and interval(claim) is not None:
            groups[group_key(claim.measure, claim.scope, claim.unit)].append(claim)

    def voice(claim: Claim) -> str:
        return voices.get(claim.document) or claim.document

    results: list[tuple[tuple, Headline]] = []
    for (measure, key, unit), group in groups.items():
        if key and len(group) < MAJOR_SCOPE:
            continue  # a scope named once stays in the findings; headlines are for the overall count and major scopes
        candidates = [c for c in group if usable(c)]
        fallback = ""
        if not candidates:
            candidates = [c for c in group if c.status in WEAK]
            fallback = "only hedged figures; "
        if not candidates:
            continue
        chosen, why = choose(candidates, voice)
        chosen, why = _sharpen(chosen, why, candidates)
        span = interval(chosen)
        assert span is not None
        agreeing = [c for c in candidates if c is not chosen and span.overlaps(interval(c))]  # type: ignore[arg-type]
        compatible = set(agreeing)  # membership by equality, as in the list, without a pass over it per figure
        set_aside = Counter(
            "retracted" if c.status == "retracted" else "disputed" if c.status == "disputed" else
            "denied" if c.status == "negated" and not is_zero_denial(c) else "other"
            for c in group if c is not chosen and c not in compatible
        )
        notes = [f"{n} {kind} figure{'s' if n != 1 else ''}" for kind, n in sorted(set_aside.items()) if kind != "other"]
        if set_aside.get("other"):
            notes.insert(0, f"{set_aside['other']} other figure{'s' if set_aside['other'] != 1 else ''}")
        backers = {voice(c) for c in agreeing} | {voice(chosen)}
        others = {voice(c) for c in candidates}
        overall = f"; {len(backers)} of {len(others)} outlets in all give a compatible figure" if len(others) > 1 else ""
        text = f"{fallback}{why}{overall}" + (f"; set aside: {', '.join(notes)}" if notes else "")
        scope = Counter(c.scope for c in group if c.scope).most_common(1)[0][0] if key else None
        low, high = chosen.value_low, chosen.value_high
        if is_zero_denial(chosen):
            qualifier = "exact"
        else:
            qualifier = chosen.qualifier
        ids = (chosen.id, *sorted(c.id for c in agreeing))
        headline = Headline(
            id=stable_id("h", measure, key, unit), measure=measure, scope=scope, unit=unit or None, value_low=low,
            value_high=high, qualifier=qualifier, as_of=chosen.as_of, rule=f"{rule}: {text}", claims=ids,
        )
        rank = ORDER.index(measure) if measure in ORDER else len(ORDER)
        results.append(((rank, measure, key != "", -len(group), key, unit), headline))
    results.sort(key=lambda item: item[0])
    return tuple(h for _, h in results)


def headline_text(headline: Headline) -> str:
    """"Deaths: at least 230 (3 Feb 2025)" for the report's lead."""
    value = value_words(headline.qualifier, headline.value_low, headline.value_high)
    when = f" ({short_date(headline.as_of)})" if headline.as_of else ""
    return f"{label(headline.measure, headline.scope, headline.unit)}: {value}{when}"

