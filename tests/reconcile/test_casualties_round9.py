"""Session 9 readings of casualty figures before a headline is chosen (reconcile/casualties.py, casualty_links.py), on
invented claims.

- "One person was shot" in an article that counts a dead person: the one hit is the dead one (``dead_among_shot``,
  now for a stated figure of one as for larger ones).
- "wounded a 12-year-old, 3 others", "along with two others": the others are beside the person named before them
  (``casualty_links.with_others``, called by ``parts_added``).
- "five victims wounded, three of them already dead" in an article that counts four dead: one more died later
  (``casualty_links.died_later``, asked by ``dead_among_shot``).
- "a triple shooting" names how many were hit; the dead among them are taken off from any article of the dossier
  (``dead_among_shot``; the claim comes from extract/multiple_shootings.py).
"""

from __future__ import annotations

from newsdossier.reconcile.casualties import dead_among_shot, injured_only, parts_added, prepare
from newsdossier.records import Claim


def claim(cid: str, low: float, measure: str = "injuries", sentence: str = "", *, text: str | None = None,
          counted: str = "people", document: str = "d1", extractor: str = "rules-claims/5", field: str = "text",
          status: str = "asserted") -> Claim:
    text = text or str(int(low))
    return Claim(id=cid, document=document, start=0, end=len(text), text=text, sentence=sentence or f"{text} was hurt.",
                 measure=measure, counted=counted, value_low=low, value_high=low, qualifier="exact", as_of="2026-04-11",
                 status=status, extractor=extractor, field=field)


def person(cid: str, text: str, sentence: str, measure: str = "injuries", document: str = "d1", count: float = 1.0,
           field: str = "text") -> Claim:
    """An implicit count, as the victims extractor makes it."""
    return claim(cid, count, measure, sentence, text=text, counted=f"{text} harmed", document=document,
                 extractor="rules-victims/1", field=field)


def named(cid: str, count: float, sentence: str, document: str = "d1", word: str = "triple") -> Claim:
    """A count given by a shooting's name (extract/multiple_shootings.py)."""
    return claim(cid, count, sentence=sentence, text=f"{word} shooting", counted=f"people hit in a {word} shooting",
                 document=document, extractor="rules-victims/1")


def value(claims: list[Claim], cid: str) -> float | None:
    found = [c for c in claims if c.id == cid]
    return found[0].value_low if found else None


# a stated figure of one person shot, in an article that counts a dead person


def test_one_person_shot_beside_a_death_is_the_dead_one():
    claims = [claim("a", 1, sentence="Deputies were sent to Birch Lane after one person was shot there.", text="one"),
              person("b", "A 52-year-old woman", "A 52-year-old woman was pronounced dead at the scene.", "deaths")]
    assert value(dead_among_shot(claims), "a") is None
    claims = [claim("a", 1, sentence="Officers say 1 man was struck by gunfire outside the store.", text="1"),
              claim("b", 1, "deaths", "The man died later that night, officers said.", text="man")]
    assert value(dead_among_shot(claims), "a") is None


def test_one_person_hurt_or_told_alone_stays():
    dead = person("b", "A 52-year-old woman", "A 52-year-old woman was pronounced dead at the scene.", "deaths")
    # guards: worded as injured ("wounded"), a person told of alone (left to ``dead_not_injured``), no dead in the
    # article, the dead in another article
    wounded = claim("a", 1, sentence="One person was shot and wounded on Birch Lane.", text="One")
    assert value(dead_among_shot([wounded, dead]), "a") == 1
    alone = person("a", "A teenager", "A teenager was shot in the hand on Birch Lane.")
    assert value(dead_among_shot([alone, dead]), "a") == 1
    one = claim("a", 1, sentence="Deputies were sent to Birch Lane after one person was shot there.", text="one")
    assert value(dead_among_shot([one]), "a") == 1
    assert value(dead_among_shot([one, person("b", "A woman", "A woman died.", "deaths", document="d2")]), "a") == 1


# with_others


def test_others_beside_a_person_named_before_them():
    sentence = "Gunfire outside the rink hurt a 12-year-old, 3 others"
    claims = [person("a", "a 12-year-old", sentence, field="title"),
              claim("b", 3, sentence=sentence, text="3", counted="others", field="title")]
    assert value(parts_added(claims), "b") == 4
    sentence = "A bus driver was wounded along with two other passengers on Route 9 late Friday."
    claims = [person("a", "A bus driver", sentence), claim("b", 2, sentence=sentence, text="two",
                                                           counted="other passengers")]
    assert value(parts_added(claims), "b") == 3


def test_others_not_joined_to_a_person_of_their_own_measure_stay():
    # guards: a person of another measure (the dead), a count that already takes the others in ("a deputy and two
    # others" read as 3), the person in another sentence, others before the person
    sentence = "A cashier was killed and two others were wounded in the robbery."
    claims = [person("a", "A cashier", sentence, "deaths"), claim("b", 2, sentence=sentence, text="two",
                                                                  counted="others")]
    assert value(parts_added(claims), "b") == 2
    sentence = "The gunman wounded a deputy and two others before fleeing."
    claims = [person("a", "a deputy", sentence, count=3.0), claim("b", 2, sentence=sentence, text="two",
                                                                  counted="others")]
    assert value(parts_added(claims), "b") == 2
    claims = [person("a", "A bus driver", "A bus driver was wounded on Route 9."),
              claim("b", 2, sentence="Two others were hurt later.", text="Two", counted="others")]
    assert value(parts_added(claims), "b") == 2
    sentence = "Two others were hurt, and a bus driver was wounded as well."
    claims = [person("a", "a bus driver", sentence), claim("b", 2, sentence=sentence, text="Two", counted="others")]
    assert value(parts_added(claims), "b") == 2


# died_later


def test_one_more_dead_in_the_article_than_in_the_sentence_died_later():
    sentence = "Troopers found five victims wounded, three of them already dead."
    claims = [claim("a", 2, sentence=sentence, text="five", counted="victims, not killed: 5 - 3"),
              claim("b", 3, "deaths", sentence, text="three", counted="them"),
              claim("c", 4, "deaths", "The man accused of killing four relatives was arraigned Monday.", text="four")]
    assert value(dead_among_shot(claims), "a") == 1


def test_the_sentences_split_stands_without_more_dead_between():
    sentence = "Troopers found five victims wounded, three of them already dead."
    split = claim("a", 2, sentence=sentence, text="five", counted="victims, not killed: 5 - 3")
    # guards: no larger death figure; one as large as the hit (another count); another article's dead; no split
    assert value(dead_among_shot([split, claim("b", 3, "deaths", sentence, text="three")]), "a") == 2
    assert value(dead_among_shot([split, claim("c", 5, "deaths", "Five people died in the county in May.")]), "a") == 2
    assert value(dead_among_shot([split, claim("c", 4, "deaths", "Four died.", document="d2")]), "a") == 2
    plain = claim("a", 2, sentence="Two people were wounded.", text="Two")
    assert value(dead_among_shot([plain, claim("c", 1, "deaths", "One man died.")]), "a") == 2


# a count given by a shooting's name


def test_a_named_shooting_less_the_dossiers_dead():
    claims = [named("a", 3, "Detectives are looking for a gray sedan seen after the triple shooting on Oak Avenue."),
              claim("b", 1, "deaths", "One of the three victims died Sunday, the coroner said.", document="d2",
                    text="One", counted="victims")]
    assert value(dead_among_shot(claims), "a") == 2
    claims = [named("a", 3, "Family members gathered after the triple shooting."),
              claim("b", 3, "deaths", "All three died at the scene.", document="d2", text="three")]
    assert value(dead_among_shot(claims), "a") is None  # all the hit died
    assert value(dead_among_shot([named("a", 4, "A quadruple shooting left a street in shock.", word="quadruple")]),
                 "a") == 4


def test_a_named_shooting_is_a_count_of_the_hit_whatever_else_is_said():
    sentence = "A woman was wounded and a man was killed in a double shooting on Pine Street."
    assert not injured_only(named("a", 2, sentence, word="double"))
    claims = [named("a", 2, sentence, word="double"),
              person("b", "a man", sentence, "deaths"), person("c", "A woman", sentence)]
    assert value(prepare(claims), "a") == 1
