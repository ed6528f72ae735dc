"""When a figure holds: a claim's ``as_of`` from the time expression that governs its clause.

The claims extractor dates a figure by an absolute date written in its sentence, else by the article's date. Most
news dates its figures relatively ("said on Monday", "Yesterday eighteen people were hurt", "by Wednesday evening",
"last month"), and reconciliation compares figures along time: a ministry's "eight … on Monday" in an article of
Thursday is Monday's count, not Thursday's. The time extractor (``extract.timex``) already resolves every such
expression against the article's date and knows the clause it anchors; this step gives each claim the point in
time whose clause holds it.

Only points in time date a figure: a day (or a time of day, read as its day) or a month. A week, a year or a
duration is a period ("last year", "over the weekend", "in the past two weeks"), and so is a point that opens or
closes one ("since Friday", "until March"): the figure counts over it, and it belongs to the scope, not to
``as_of`` (the annotation guideline's decision 11). A claim no point governs keeps the date the extractor gave it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..records import Claim, TimeExpression
from .timex import governing_expression

#: granularities that are a point in time
POINTS = frozenset({"day", "time", "month"})
#: a word before an expression that makes it the edge of a period ("since Friday", "between May and June")
PERIOD_EDGE = re.compile(r"\b(?:since|from|until|till|til|through|thru|to|between|and|starting|beginning|after|"
                         r"before|throughout|over|ahead\s+of)\s+(?:the\s+|last\s+|early\s+|late\s+|mid-?)?$",
                         re.IGNORECASE)


def point_value(expression: TimeExpression) -> str | None:
    """The expression's value as a point an ``as_of`` can hold: "2025-01-06" for a day or a time of that day,
    "2025-01" for a month; None for a period, a duration or an unresolved expression."""
    value = expression.value
    if not value or expression.granularity not in POINTS or not value[:4].isdigit():
        return None
    if expression.granularity == "month":
        return value[:7] if re.match(r"^\d{4}-\d{2}$", value[:7]) else None
    return value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}$", value[:10]) else None


#: a time that dates the earlier figure of a comparison ("up from 31 in March", "up from 90 a week earlier"): it is
#: not the time of the figure the sentence gives now, and the earlier one is dated by neither
_SAME_PHRASE = r"(?:[^,;]|(?<=\d),(?=\d))*$"  # no clause break before the time (a comma inside "2,800" is none)
EARLIER_FIGURE = re.compile(rf"\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from\b{_SAME_PHRASE}|"
                            rf"\bcompared\s+(?:with|to)\b{_SAME_PHRASE}", re.IGNORECASE)
#: a clause that opens with one of these times another event, or the edge of a period ("since the fire broke out
#: on Monday", "until the dam was closed on Friday", "ahead of Tuesday's verdict")
_EDGE_WORDS = r"since|until|till|before"
OTHER_EVENT = re.compile(rf"(?:{_EDGE_WORDS}|ahead\s+of)\b", re.IGNORECASE)
#: the same words right before a clause ("… since the fire broke out on Monday" where the clause starts at "the fire")
EDGE_BEFORE_CLAUSE = re.compile(rf"\b(?:{_EDGE_WORDS})\s*$", re.IGNORECASE)
#: "this month", "the same month": the running period, not a point
RUNNING = re.compile(r"^(?:earlier\s+|so\s+far\s+|later\s+)?(?:this|the\s+same|the\s+current)\b", re.IGNORECASE)


def points_in_time(expressions: Iterable[TimeExpression], text: str) -> list[TimeExpression]:
    """The expressions of a text that date a moment: a point, not the edge of a period, not a running month, not the
    time of a comparison's earlier figure."""
    points = []
    for expression in expressions:
        before = text[max(0, expression.start - 60):expression.start]
        if not point_value(expression) or PERIOD_EDGE.search(before[-30:]) or EARLIER_FIGURE.search(before):
            continue
        if expression.granularity == "month" and RUNNING.match(expression.text):
            continue
        if re.fullmatch(r"(?:the\s+)?(?:day|week|month|year)", expression.text.strip(), re.IGNORECASE):
            continue  # "for the month", "during the week": a period named by its unit, no point
        if expression.clause_start is not None and (
                OTHER_EVENT.match(text[expression.clause_start:])
                or EDGE_BEFORE_CLAUSE.search(text[max(0, expression.clause_start - 12):expression.clause_start])):
            continue
        if re.match(r"\s+alone\b", text[expression.end:]):  # "380 of them in August alone": a part of a period
            continue
        if expression.clause_start is not None and (
                TO_COME.match(text[expression.clause_start:])
                or TO_COME.match(text[max(0, expression.clause_start - 5):].lstrip())
                and text[max(0, expression.clause_start - 5):expression.clause_start].strip().lower() == "when"):
            continue  # "he faces up to 40 years when he is sentenced in May": the time of something to come
        points.append(expression)
    return points


#: verbs that report a figure: their time dates what they report, wherever the cue stands in the sentence
#: ("…, the mine operator said late on Saturday"; the annotation guideline's decision 7 on how far a cue reaches)
REPORTING = frozenset(
    "say tell report announce state add confirm claim estimate put count write note publish release disclose reveal "
    "declare inform communicate insist acknowledge warn testify post tweet quote cite show find update revise "
    "give issue".split())


#: a participle or "with" phrase that goes on about the clause before it, up to the figure: "… collided head-on on
#: Monday morning, killing at least 14 people", "rose to 63 on Saturday, with 110 people still missing", "walked off
#: the job on Tuesday, leaving 250 to 300 vessels waiting"
AFTER_CLAUSE = re.compile(r"[\s.]*,\s+(?:with|(?:[a-z]+ing))\b(?:[^,;:()]|(?<=\d),(?=\d))*", re.IGNORECASE)
#: a statement named by its day, whose "that" clause holds the figure: "its Friday statement that 16 patients had died",
#: "Tuesday's bulletin giving 40 dead"
STATEMENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:statement|report|bulletin|announcement|communique|press release|update)s?\s+"
                             r"(?:that|saying|giving|claiming|of)\b", re.IGNORECASE)
#: a "when" clause of a time to come: "when he is sentenced in May"
TO_COME = re.compile(r"when\s+(?:\w+\s+){1,3}?(?:is|are|will|would|gets?|goes|comes)\b", re.IGNORECASE)


def date_claims(claims: Sequence[Claim], expressions: Sequence[TimeExpression], text: str) -> tuple[Claim, ...]:
    """Each body claim dated by the point in time that governs it (``governing_point``); title claims and claims no
    point governs keep their date. Every claim keeps the date the extractor gave it, its article's date or a full
    date in its sentence, as ``reported``: when the figure was reported, which orders reports."""
    points = points_in_time(expressions, text)
    dated: list[Claim] = []
    for claim in claims:
        value = governing_point(claim, points, text) if claim.field == "text" and points else None
        dated.append(replace(claim, as_of=value or claim.as_of, reported=claim.reported or claim.as_of))
    return tuple(dated)


def governing_point(claim: Claim, points: Sequence[TimeExpression], text: str) -> str | None:
    """The point in time a claim holds as of, in this order (2–6 within the claim's part of its sentence, up to a
    semicolon, and never for the earlier figure of a comparison, "up from three"):

    1. the point whose clause holds the figure (``governing_expression``: "On Monday police detained 40");
    2. a point on the clause's verb that carries on into a coordinated verb ("Yesterday's explosion killed 7
       workers and injured 31": 31 too);
    3. the time of the event a "when" clause tells, for the figures before it ("At least 38 people died … when a
       ferry capsized … on Sunday");
    4. a point on a participle right after the figure's noun ("the 41 people arrested on Saturday");
    5. the time in an "Of the N …" opener, for the breakdowns after it ("Of the seven people struck by gunfire …
       on Saturday, four died");
    6. the time on the reporting verb that reports the figure, before it ("State television reported on Sunday
       that …") or closing the sentence ("…, the coast guard said on Friday");
    and, before 2–6, a time that opens the sentence ("Yesterday …", "As of 12 March, …", "On Monday …"): it covers
    every clause of it.
    """
    governing = governing_expression(points, claim.start, claim.end)
    if governing is not None:
        return point_value(governing)
    sentence = text.find(claim.sentence, max(0, claim.end - len(claim.sentence))) if claim.sentence else -1
    if sentence < 0 or not sentence <= claim.start < sentence + len(claim.sentence):
        return None
    if EARLIER_FIGURE.search(text[max(sentence, claim.start - 40):claim.start]):
        return None  # "up from three": the earlier figure of a comparison, which no later time dates
    # the claim's part of the sentence: a clause after a semicolon is a sentence of its own
    begin = text.rfind(";", sentence, claim.start) + 1 or sentence
    end = text.find(";", claim.end, sentence + len(claim.sentence))
    end = sentence + len(claim.sentence) if end < 0 else end
    inside = [t for t in points if begin <= t.start and t.end <= end and t.clause_start is not None
              and t.clause_end is not None]
    for t in inside:  # 0. a time that opens the sentence covers all of it ("Yesterday …", "As of 12 March, …")
        if re.fullmatch(r"\s*(?:(?:on|by|as\s+of|late|early|in|at|until)\s+)*", text[begin:t.start], re.IGNORECASE):
            return point_value(t)
    for t in inside:  # 2. the clause goes on in a coordinated verb
        if t.clause_start <= claim.start and t.clause_end <= claim.start and \
                re.fullmatch(r"\s+and\s+[^,;:()]*", text[t.clause_end:claim.start]):
            return point_value(t)
    for t in inside:  # 2b. a participle or "with" phrase after the clause ("… collided on Monday, killing 14")
        if t.clause_start <= claim.start and t.clause_end <= claim.start and \
                AFTER_CLAUSE.fullmatch(text[t.clause_end:claim.start]):
            return point_value(t)
    for t in inside:  # 3. "when …" after the figures (not a time to come: "when he is sentenced in May")
        if claim.end <= t.clause_start and re.match(r"when\b", text[t.clause_start:], re.IGNORECASE) and \
                ";" not in text[claim.end:t.clause_start] and not TO_COME.match(text[t.clause_start:]):
            return point_value(t)
    for t in inside:  # 4. "the 41 people arrested on Saturday"
        if claim.end <= t.clause_start and re.fullmatch(r"\s+(?:[A-Za-z-]+\s+){0,3}", text[claim.end:t.clause_start]):
            return point_value(t)
    for t in inside:  # 5. "Of the seven people struck by gunfire … on Saturday, four died"
        if t.end <= claim.start and re.match(r"\s*of\s+the\b", text[begin:t.start], re.IGNORECASE) and \
                re.fullmatch(r"[^,;]*,[^;]*", text[t.end:claim.start]):
            return point_value(t)
    for t in inside:  # 5b. "withdrew its Friday statement that 16 patients had died": the statement's day
        if t.end <= claim.start and STATEMENT_AFTER.match(text, t.end) \
                and not re.search(r"[,;]|\b(?:and|but|while)\s", text[t.end:claim.start]):
            return point_value(t)
    reports = {point_value(t) for t in inside if t.predicate in REPORTING  # 6. the cue's time, before or closing
               and (t.clause_end <= claim.start or re.fullmatch(r"[\s.!?;\"'”’)]*", text[t.clause_end:end]))}
    return reports.pop() if len(reports) == 1 else None
