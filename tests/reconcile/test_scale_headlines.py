"""The headline rules' grouped passes against the pairwise ones they replace, kept here as the reference:
``dead_not_injured`` weighing each injured person against every death (now: against each kind of dead person,
with the texts and dates gathered once), on random claim sets (hypothesis) of people killed and shot in several
documents, titles and dates."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newsdossier.extract.victim_people import described, kind as person_kind, may_be_dead
from newsdossier.extract.victims import bare
from newsdossier.reconcile import MEASURES, headlines
from newsdossier.reconcile.headlines import ALIVE, INDIVIDUAL, dead_not_injured, usable
from newsdossier.records import Claim


def ref_dead_not_injured(claims: list[Claim]) -> list[Claim]:
    dead = [c for c in claims if c.measure == "deaths" and c.extractor.startswith(INDIVIDUAL) and c.scope is None
            and usable(c) and person_kind(c.text) not in ("he", "she", "him", "her")]
    if not dead:
        return claims

    def fits(claim: Claim, death: Claim) -> bool:
        if (claim.document, claim.field) == (death.document, death.field):
            return False
        if not may_be_dead(claim.text, {person_kind(death.text)}):
            return False
        if bare(claim.counted):
            return True
        return (claim.document != death.document and described(claim.text) and described(death.text)
                and not (claim.as_of and death.as_of and claim.as_of > death.as_of))

    def is_the_dead(claim: Claim) -> bool:
        return (claim.measure == "injuries" and claim.extractor.startswith(INDIVIDUAL) and claim.value_low == 1.0
                and claim.scope is None and not ALIVE.search(claim.sentence) and any(fits(claim, d) for d in dead))

    return [c for c in claims if not is_the_dead(c)]


PEOPLE = ["the man", "a man", "the boy", "a 17-year-old", "the girl", "another man", "John Smith", "Smith", "he", "she",
          "the victim", "a woman", "his daughter", "the officer", "a kid", "the adult"]
PREDICATES = ["shot", "wounded", "killed", "struck", "injured", "died"]
SENTENCES = ["", "", "He is in stable condition.", "She was shot."]


@st.composite
def people(draw) -> list[Claim]:
    claims = []
    for i in range(draw(st.integers(min_value=0, max_value=25))):
        text = draw(st.sampled_from(PEOPLE))
        claims.append(Claim(
            id=f"c{i:03d}", document=f"d{draw(st.integers(0, 4))}", start=i, end=i + 1, text=text,
            sentence=draw(st.sampled_from(SENTENCES)), measure=draw(st.sampled_from(["deaths", "injuries"])),
            counted=f"{text} {draw(st.sampled_from(PREDICATES))}", value_low=1.0, value_high=1.0, qualifier="exact",
            as_of=draw(st.sampled_from([None, "2025-01-05", "2025-01-06", "2025-01"])),
            status=draw(st.sampled_from(["asserted", "asserted", "hedged"])),
            extractor=draw(st.sampled_from(["rules-victims/1", "rules-victims/1", "rules-claims/5"])),
            field=draw(st.sampled_from(["text", "text", "title"])),
            scope=draw(st.sampled_from([None, None, None, "children"]))))
    return claims


@settings(max_examples=150, deadline=None)
@given(people())
def test_dead_not_injured_matches_the_pairwise_rule(claims):
    assert dead_not_injured(claims) == ref_dead_not_injured(claims)


def test_a_shot_girl_another_article_counts_dead_is_not_injured_too():
    def person(cid, document, measure, counted, as_of=None):
        return Claim(id=cid, document=document, start=0, end=1, text="the girl", sentence="", measure=measure,
                     counted=counted, value_low=1.0, value_high=1.0, qualifier="exact", as_of=as_of,
                     extractor="rules-victims/1")
    claims = [person("a", "d1", "deaths", "the girl died", as_of="2025-01-05"),
              person("b", "d2", "injuries", "the girl shot"),
              person("c", "d3", "injuries", "the girl wounded", as_of="2025-01-06")]
    assert [c.id for c in dead_not_injured(claims)] == ["a", "c"]  # a girl "wounded" the day after the death: kept
    (injured,) = [h for h in headlines(claims, {}, MEASURES) if h.measure == "injuries"]
    assert injured.claims == ("c",)
