"""Tests for timeline.py: dated clauses -> events, merged across sources, disagreements kept, ordered."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from newsdossier.dates import timex_range
from newsdossier.records import Mention, TimeExpression, stable_id
from newsdossier.timeline import build_events, dated_clauses

from .conftest import EXAMPLE


class Dossier:
    """Builds the timeline's inputs from plain sentences: one document per sentence, entities by name."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.voices: dict[str, str] = {}
        self.times: list[TimeExpression] = []
        self.mentions: list[Mention] = []
        self.entity_of: dict[str, str] = {}

    def add(self, document: str, text: str, when: str, value: str | None, predicate: str, names: tuple[str, ...] = (),
            voice: str | None = None, granularity: str = "day", kind: str = "DATE", clause: str | None = None,
            prefix: str = "") -> None:
        """``when`` is the time expression's text, ``clause`` the clause (the whole text by default)."""
        full = prefix + text
        self.texts[document] = self.texts.get(document, "") + full if document in self.texts else full
        base = len(self.texts[document]) - len(full) + len(prefix)
        start = base + text.index(when)
        clause_text = clause or text
        clause_start = base + text.index(clause_text)
        self.times.append(TimeExpression(
            id=stable_id("t", document, start, start + len(when)), document=document, start=start,
            end=start + len(when), text=when, value=value, granularity=granularity if value else None, type=kind,
            clause_start=clause_start, clause_end=clause_start + len(clause_text), predicate=predicate,
            extractor="test"))
        for name in names:
            at = base + text.index(name)
            mention = Mention(document=document, start=at, end=at + len(name), text=name, label="X", extractor="t")
            self.mentions.append(mention)
            self.entity_of[mention.id] = f"ent-{name.lower().replace(' ', '-')}"
        self.voices[document] = voice or document

    def events(self):
        return build_events(self.times, self.mentions, self.entity_of, self.texts, self.voices)


def test_a_dated_clause_with_a_participant_is_an_event():
    dossier = Dossier()
    dossier.add("d1", "Protesters stormed the mayor's office in Marenta on Sunday.", "Sunday", "2025-01-05", "storm",
                ("Marenta",))
    [event] = dossier.events()
    assert (event.date, event.granularity, event.documents) == ("2025-01-05", "day", ("d1",))
    assert event.summary == "Protesters stormed the mayor's office in Marenta on Sunday."
    assert event.entities == ("ent-marenta",)
    [evidence] = event.evidence
    assert (evidence.document, evidence.start, evidence.end, evidence.date) == ("d1", 0, len(dossier.texts["d1"]),
                                                                              "2025-01-05")


@pytest.mark.parametrize(("when", "value", "predicate", "kind", "granularity", "names"), [
    ("Sunday", "2025-01-05", "say", "DATE", "day", ("Marenta",)),            # a statement, not a happening
    ("Sunday", "2025-01-05", "be", "DATE", "day", ("Marenta",)),             # a state
    ("three days", "P3D", "storm", "DURATION", "duration", ("Marenta",)),    # a duration dates nothing
    ("Sunday", None, "storm", "DATE", "day", ("Marenta",)),                  # unresolved
    ("Sunday", "PAST_REF", "storm", "DATE", None, ("Marenta",)),             # vague
    ("Sunday", "199", "storm", "DATE", "decade", ("Marenta",)),              # too coarse
    ("Sunday", "2025-01-05", "storm", "DATE", "day", ()),                    # nobody named, no figure
])
def test_what_is_not_an_event(when, value, predicate, kind, granularity, names):
    dossier = Dossier()
    dossier.add("d1", "Crowds stormed the office in Marenta on Sunday after three days.", when, value, predicate,
                names, kind=kind, granularity=granularity)
    assert dossier.events() == ()


def test_a_figure_makes_a_clause_an_event_without_a_named_participant():
    dossier = Dossier()
    dossier.add("d1", "Some 225 people were killed on January 5.", "January 5", "2025-01-05", "kill")
    [event] = dossier.events()
    assert event.entities == ()


def test_publication_lines_and_captions_are_not_events():
    dossier = Dossier()
    dossier.add("d1", "Marenta bureau, updated January 7, 2025", "January 7, 2025", "2025-01-07", "update",
                ("Marenta",))
    assert len(dossier.events()) == 1  # with a clause it would count...
    dossier.times[-1] = replace(dossier.times[-1], clause_start=None, clause_end=None, predicate=None)
    assert dossier.events() == ()  # ...but the extractor gives a publication line none
    dossier.add("d2", "Photo: Protesters gather in Marenta, 5 January 2025. MPA PHOTO/I. Rostand", "5 January 2025",
                "2025-01-05", "gather", ("Marenta",))
    assert dossier.events() == ()


def test_the_same_event_from_several_outlets_is_one_event_listing_every_source():
    dossier = Dossier()
    dossier.add("a", "Security forces opened fire on crowds in Unity Square on Monday.", "Monday", "2025-01-06",
                "open", ("Unity Square",))
    dossier.add("b", "Troops opened fire in Unity Square in the early hours of Monday, witnesses said.",
                "the early hours of Monday", "2025-01-06TMO", "open", ("Unity Square",), granularity="time",
                kind="TIME", clause="Troops opened fire in Unity Square in the early hours of Monday")
    dossier.add("c", "Oskarbayev was detained on Thursday.", "Thursday", "2025-01-09", "detain", ("Oskarbayev",))
    first, second = dossier.events()
    assert (first.date, first.granularity, first.documents) == ("2025-01-06", "day", ("a", "b"))
    assert [e.date for e in first.evidence] == ["2025-01-06", "2025-01-06"]
    assert second.documents == ("c",)


def test_a_month_joins_the_day_it_contains():
    dossier = Dossier()
    dossier.add("a", "The protests began in Orvash on January 2.", "January 2", "2025-01-02", "begin", ("Orvash",))
    dossier.add("b", "The protests began in Orvash in January.", "January", "2025-01", "begin", ("Orvash",),
                granularity="month")
    [event] = dossier.events()
    assert (event.date, event.granularity) == ("2025-01-02", "day")
    assert sorted(e.date for e in event.evidence) == ["2025-01", "2025-01-02"]


def test_outlets_that_disagree_on_the_day_stay_visible_and_voices_vote():
    dossier = Dossier()
    # a and its syndicated copy a2 share a voice: two documents, one vote for January 6
    dossier.add("a", "The unrest began in Orvash on Monday.", "Monday", "2025-01-06", "begin", ("Orvash",), voice="v1")
    dossier.add("a2", "The unrest began in Orvash on Monday.", "Monday", "2025-01-06", "begin", ("Orvash",),
                voice="v1")
    dossier.add("b", "Protests began in Orvash on January 5.", "January 5", "2025-01-05", "begin", ("Orvash",))
    dossier.add("c", "The unrest began on January 5 in Orvash.", "January 5", "2025-01-05", "begin", ("Orvash",))
    [event] = dossier.events()
    assert event.date == "2025-01-05"  # two voices against one, although January 6 has two documents
    assert event.documents == ("a", "a2", "b", "c")
    assert {(e.document, e.date) for e in event.evidence} == {
        ("a", "2025-01-06"), ("a2", "2025-01-06"), ("b", "2025-01-05"), ("c", "2025-01-05")}


def test_a_tie_between_voices_goes_to_the_finer_then_the_earlier_date():
    dossier = Dossier()
    dossier.add("a", "The unrest began in Orvash on Monday.", "Monday", "2025-01-06", "begin", ("Orvash",))
    dossier.add("b", "Protests began in Orvash on January 5.", "January 5", "2025-01-05", "begin", ("Orvash",))
    [event] = dossier.events()
    assert event.date == "2025-01-05"


def test_days_far_apart_or_named_by_one_voice_are_different_events():
    dossier = Dossier()
    dossier.add("a", "Crowds rallied in Orvash on January 2.", "January 2", "2025-01-02", "rally", ("Orvash",))
    dossier.add("a", " Crowds rallied in Orvash again on January 3.", "January 3", "2025-01-03", "rally",
                ("Orvash",))
    dossier.add("b", "Crowds rallied in Orvash on January 9.", "January 9", "2025-01-09", "rally", ("Orvash",))
    assert [e.date for e in dossier.events()] == ["2025-01-02", "2025-01-03", "2025-01-09"]


def test_different_happenings_on_one_day_stay_apart():
    dossier = Dossier()
    dossier.add("a", "Tarkhal accepted the government's resignation on Sunday.", "Sunday", "2025-01-05", "accept",
                ("Tarkhal",))
    dossier.add("b", "Tarkhal declared a state of emergency on Sunday.", "Sunday", "2025-01-05", "declare",
                ("Tarkhal",))
    assert len(dossier.events()) == 2


def test_synonymous_predicates_merge():
    dossier = Dossier()
    dossier.add("a", "Oskarbayev was detained on Thursday.", "Thursday", "2025-01-09", "detain", ("Oskarbayev",))
    dossier.add("b", "Police arrested Oskarbayev on January 9.", "January 9", "2025-01-09", "arrest", ("Oskarbayev",))
    [event] = dossier.events()
    assert event.documents == ("a", "b")


def test_events_are_ordered_and_ids_do_not_depend_on_input_order():
    dossier = Dossier()
    dossier.add("a", "Parliament passed an amnesty on February 11.", "February 11", "2025-02-11", "pass",
                ("Parliament",))
    dossier.add("b", "Prosecutors charged Oskarbayev earlier this month.", "earlier this month", "2025-02", "charge",
                ("Oskarbayev",), granularity="month")
    dossier.add("c", "The government lifted the price cap on January 1.", "January 1", "2025-01-01", "lift",
                ("The government",))
    events = dossier.events()
    assert [e.date for e in events] == ["2025-01-01", "2025-02", "2025-02-11"]
    shuffled = list(dossier.times)
    random.Random(3).shuffle(shuffled)
    again = build_events(shuffled, reversed(dossier.mentions), dossier.entity_of, dossier.texts, dossier.voices)
    assert again == events
    assert len({e.id for e in events}) == 3


def test_one_clause_with_two_expressions_is_one_candidate_at_the_finer_date():
    dossier = Dossier()
    text = "Oskarbayev was detained last week, on Thursday."
    dossier.add("a", text, "last week", "2025-W02", "detain", ("Oskarbayev",), granularity="week")
    dossier.times.append(TimeExpression(
        id="t-2", document="a", start=text.index("Thursday"), end=text.index("Thursday") + 8, text="Thursday",
        value="2025-01-09", granularity="day", clause_start=0, clause_end=len(text), predicate="detain",
        extractor="test"))
    [candidate] = dated_clauses(dossier.times, dossier.mentions, dossier.entity_of, dossier.texts, dossier.voices)
    assert (candidate.date, candidate.granularity) == ("2025-01-09", "day")


def test_the_example_dossier_gives_a_readable_timeline(nlp):
    """End to end on the bundled fictional corpus: tens of events, not hundreds, in order, the known ones found."""
    from newsdossier.annotate import annotate
    from newsdossier.config import DEFAULT_SETTINGS
    from newsdossier.extract.entities import extract_mentions
    from newsdossier.extract.timex import extract_time_expressions
    from newsdossier.ingest import ingest
    from newsdossier.pipeline import prepare
    from newsdossier.records import Failure
    from newsdossier.resolve import resolve_entities

    folder = EXAMPLE / "articles"
    if not folder.exists():
        pytest.skip("example corpus absent")
    articles = [a for a in (prepare(r) for r in ingest([folder])) if not isinstance(a, Failure)]
    mentions, times, texts, voices = [], [], {}, {}
    for article, parts in annotate(articles, nlp):
        mentions += extract_mentions(article, parts, DEFAULT_SETTINGS)
        times += extract_time_expressions(article, parts)
        texts[article.id] = article.text
        voices[article.id] = article.duplicate_of or article.id
    entity_of = {m: e.id for e in resolve_entities(mentions) for m in e.mentions}
    events = build_events(times, mentions, entity_of, texts, voices)
    assert 8 <= len(events) <= 3 * len(articles)
    starts = [timex_range(e.date)[0] for e in events]
    assert starts == sorted(starts)
    began = [e for e in events if e.date == "2025-01-02" and "began" in e.summary]
    assert began and len(began[0].documents) >= 2  # "the unrest began on Thursday" and "... on January 2"
    assert any(e.date == "2025-01-09" and "detained" in e.summary for e in events)
