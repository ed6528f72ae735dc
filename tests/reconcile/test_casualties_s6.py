"""Session 6 readings of casualty figures across a dossier (issue #8), on invented claims.

- A name with a suffix ("Anthony Hughes Junior") is a name: its last word is no kind of person (a school "junior"), so
  a dead person named so in another article does not take the place of "a 16-year-old" wounded in this one
  (``victim_people.kind``, used by ``headlines.dead_not_injured``).
- One of the injured "who later died" is counted among the dead only (``casualties.died_since``).
"""

from __future__ import annotations

from newsdossier.extract.victim_people import described, kind
from newsdossier.reconcile.casualties import died_since
from newsdossier.reconcile.headlines import dead_not_injured
from newsdossier.records import Claim


def person(cid: str, document: str, text: str, predicate: str, measure: str, as_of: str) -> Claim:
    """An implicit count of one, as the victims extractor makes it."""
    return Claim(id=cid, document=document, start=0, end=len(text), text=text, sentence=f"{text} was {predicate}.",
                 measure=measure, counted=f"{text} {predicate}", value_low=1.0, value_high=1.0, qualifier="exact",
                 as_of=as_of, status="asserted", extractor="rules-victims/1")


def test_a_name_with_a_suffix_is_a_name():
    assert kind("Anthony Hughes Junior") == "hughes" and not described("Anthony Hughes Junior")
    assert kind("Marcus Lee Jr.") == "lee"
    assert kind("a high school junior") == "junior" and described("a high school junior")  # guard: the school year


def test_a_wounded_teen_is_not_a_named_dead_man_of_another_article():
    wounded = person("a", "d1", "A 16-year-old", "injured", "injuries", "2026-02-01")
    dead = person("b", "d2", "Anthony Hughes Junior", "killed", "deaths", "2026-02-02")
    assert [c.id for c in dead_not_injured([wounded, dead])] == ["a", "b"]


def test_a_wounded_teen_may_be_the_dead_junior_of_another_article():
    # guard: the same described kind, reported no earlier, is still taken for the dead person
    wounded = person("a", "d1", "A high school junior", "injured", "injuries", "2026-02-01")
    dead = person("b", "d2", "The junior", "killed", "deaths", "2026-02-02")
    assert [c.id for c in dead_not_injured([wounded, dead])] == ["b"]


def figure(cid: str, text: str, sentence: str, low: float, extractor: str = "rules-claims/5") -> Claim:
    return Claim(id=cid, document="d1", start=0, end=len(text), text=text, sentence=sentence, measure="injuries",
                 counted="people", value_low=low, value_high=low, qualifier="exact", as_of="2026-02-01",
                 status="asserted", extractor=extractor)


def test_one_of_the_injured_who_died_since_is_not_injured():
    (c,) = died_since([figure("a", "Three", "Three people were injured, including a 17-year-old who later died of "
                                            "her wounds.", 3.0)])
    assert (c.value_low, c.value_high) == (2.0, 2.0) and "died since" in c.counted
    (c,) = died_since([figure("a", "four", "Police said four others were wounded, including the driver, who has since "
                                           "died.", 4.0)])
    assert c.value_low == 3.0


def test_the_injured_stay_when_no_one_of_them_died():
    # guards: the one who died is not among them; several listed, none said to have died
    for sentence in ("Three people were injured, and a man who was with them died.",
                     "Three people were injured, including a 17-year-old who is in critical condition.",
                     "Three others were injured, including a deputy and a man who was driving by."):
        (c,) = died_since([figure("a", "Three", sentence, 3.0)])
        assert c.value_low == 3.0
