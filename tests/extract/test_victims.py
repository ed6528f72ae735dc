from __future__ import annotations

import pytest

from newsdossier.annotate import annotate
from newsdossier.clean import content_hash
from newsdossier.config import DEFAULT_SETTINGS
from newsdossier.extract.victims import NAME, extract_victim_counts
from newsdossier.records import Article


def counts(nlp, text: str) -> list[tuple[str, str, float, str]]:
    article = Article(id="doc-x", content_hash=content_hash(text), source="x", text=text, published="2014-01-28")
    ((_, parts),) = list(annotate([article], nlp))
    found = extract_victim_counts(article, parts, DEFAULT_SETTINGS)
    for claim in found:
        assert text[claim.start:claim.end] == claim.text and claim.extractor == NAME
        if claim.source:
            assert text[claim.source_start:claim.source_end] == claim.source
    return [(c.text, c.measure, c.value_low, c.status) for c in found]


@pytest.mark.parametrize("text, expected", [
    ("A 17-year-old boy died after an officer-involved shooting Friday night.", [("A 17-year-old boy", "deaths")]),
    ("A 25-year-old man was shot and killed early Sunday, police said.", [("A 25-year-old man", "deaths")]),
    ("The child was pronounced dead at Arkansas Methodist Medical Center.", [("The child", "deaths")]),
    # a person charged with a crime is counted as arrested (held or booked), as police tallies and the GVA do
    ("Robinson was charged with homicide for the fatal shooting of a fellow student.",
     [("Robinson", "arrests"), ("a fellow student", "deaths")]),
    ("A woman was wounded in the shooting and taken to the hospital.", [("A woman", "injuries")]),
    ("Police arrested a 19-year-old suspect on Monday.", [("a 19-year-old suspect", "arrests")]),
    ("A suspect is in custody, police said.", [("A suspect", "arrests")]),
    ("A 4-year-old girl is dead after a shooting.", [("A 4-year-old girl", "deaths")]),
    ("The boy shot himself in the hand.", [("The boy", "injuries")]),
    ("She was shot in the leg.", [("She", "injuries")]),
    ("Police found a man who had been killed.", [("a man", "deaths")]),
])
def test_a_single_person_killed_wounded_or_arrested_is_a_count_of_one(nlp, text, expected):
    found = counts(nlp, text)
    assert [(t, m) for t, m, _, _ in found] == expected
    assert all(value == 1.0 for _, _, value, _ in found)


def test_the_source_of_the_sentence_is_kept(nlp):
    assert counts(nlp, "A 25-year-old man was shot and killed early Sunday, police said.")[0][3] == "reported"


@pytest.mark.parametrize("text", [
    "The man was not hurt.",
    "A man may have been killed in the blast.",
    "Two men were shot and killed on Sunday.",  # a figure: the claims extractor's
    "The bill was killed in committee.",
])
def test_no_count_for_negated_hedged_plural_pronoun_or_non_person(nlp, text):
    assert counts(nlp, text) == []


def test_a_person_shot_and_killed_is_not_also_an_injury(nlp):
    assert [m for _, m, _, _ in counts(nlp, "A man was shot and killed outside the store.")] == ["deaths"]


def test_a_shooting_of_someone_the_article_says_died_is_not_an_injury(nlp):
    text = "A 4-year-old girl is dead after a shooting. She was accidentally shot by another child. A man was shot in the leg."
    assert [(t, m) for t, m, _, _ in counts(nlp, text)] == [("A 4-year-old girl", "deaths"), ("A man", "injuries")]


@pytest.mark.parametrize("text, expected", [
    ("A 26-year-old woman was shot to death while driving.", [("A 26-year-old woman", "deaths")]),
    ("Officers found a man suffering from a gunshot wound.", [("a man", "injuries")]),
    ("The victim suffered a fatal gunshot wound to the chest.", [("The victim", "deaths")]),
    ("Police said the 10-year-old was shot by an adult in the house.", [("the 10-year-old", "injuries")]),
    ("A man is in critical condition after accidentally shooting himself in the head.", [("A man", "injuries")]),
    ("Police say a 17-year-old girl had been hit twice in the leg.", [("a 17-year-old girl", "injuries")]),
    ("A woman was struck by a stray bullet.", [("A woman", "injuries")]),
    ("Jarrett Thigpen, of the 1900 block of Hickory Street, was arrested on Friday.", [("Jarrett Thigpen", "arrests")]),
    ("A 21-year-old suspect was charged Friday with first-degree murder.", [("A 21-year-old suspect", "arrests")]),
])
def test_wounds_gunfire_names_and_charges(nlp, text, expected):
    assert [(t, m) for t, m, _, _ in counts(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    "A man was hit by a car.",
    "The man charged at the officer with a knife.",
    "He has not been charged.",
    "The Police Department was closed on Monday.",
])
def test_no_count_for_a_car_a_charge_at_someone_an_uncharged_person_or_an_office(nlp, text):
    assert counts(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # the death is only in a figure or in words: a bare "shot" is how the victim died
    ("One person was killed in the shooting. Police said the teen was shot in the chest.", []),
    # "his daughter" may be "the girl" who died; a woman named as another person stays injured
    ("A girl died on Sunday. Her father said his daughter was shot by a neighbour.", [("A girl", "deaths")]),
    ("A girl died on Sunday. Another woman was shot in the arm.", [("A girl", "deaths"), ("Another woman", "injuries")]),
    # said to survive: injured
    ("One man was killed. Police said the teen was shot but is in stable condition.", [("the teen", "injuries")]),
])
def test_a_bare_shooting_in_an_article_that_counts_a_death_is_that_death(nlp, text, expected):
    assert [(t, m) for t, m, _, _ in counts(nlp, text)] == expected


def test_a_shooting_in_an_article_without_a_death_is_an_injury(nlp):
    assert [(t, m) for t, m, _, _ in counts(nlp, "Police said the teen was shot in the chest.")] == [("the teen", "injuries")]


def test_one_person_counted_for_two_measures_gets_two_ids(nlp):
    text = "A man was shot and arrested on Friday."  # the same phrase counts an injury and an arrest
    article = Article(id="doc-x", content_hash=content_hash(text), source="x", text=text, published="2014-01-28")
    ((_, parts),) = list(annotate([article], nlp))
    found = extract_victim_counts(article, parts, DEFAULT_SETTINGS)
    assert sorted(c.measure for c in found) == ["arrests", "injuries"] and len({c.id for c in found}) == 2


def test_an_attempted_arrest_is_no_arrest(nlp):
    assert counts(nlp, "Police tried to arrest the father.") == []
    assert [m for _, m, _, _ in counts(nlp, "Police arrested the father.")] == ["arrests"]


@pytest.mark.parametrize("text, expected", [
    ("A weekend shooting leaves one boy in critical condition.", [("one boy", "injuries")]),
    ("He says Keith Flowers was shot in the groin.", [("Keith Flowers", "injuries")]),
    ("BIRMINGHAM, Ala (WIAT): A 4 year old child accidentally shot himself while playing with a gun.",
     [("A 4 year old child", "injuries")]),
])
def test_a_victim_left_in_critical_condition_a_plural_looking_name_and_a_dateline(nlp, text, expected):
    assert [(t, m) for t, m, _, _ in counts(nlp, text)] == expected


def test_fatally_wounded_is_a_death(nlp):
    assert counts(nlp, "Maribel Barrera was fatally injured after shots were fired.")[0][:2] == ("Maribel Barrera", "deaths")


def test_an_officer_shot_is_not_the_suspect_who_died(nlp):
    text = "A police officer was shot Thursday, and the suspect in the shooting was killed, police said."
    assert [(t, m) for t, m, _, _ in counts(nlp, text)] == [("A police officer", "injuries"), ("the suspect", "deaths")]


def test_someone_who_was_shot_and_killed_is_a_death(nlp):
    text = "The name of a 13-year-old girl who was shot and killed early Thursday is being released."
    assert [(t, m) for t, m, _, _ in counts(nlp, text)] == [("a 13-year-old girl", "deaths")]


def test_a_dateline_in_capitals_is_no_victim(nlp):
    text = "MARENTA (Steppe Wire) - Some 225 people were killed during the unrest, the prosecutor said on Wednesday."
    assert [m for _, m, _, _ in counts(nlp, text)] == []


def title_counts(nlp, title: str) -> list[tuple[str, str, float]]:
    """What the extractor reads in a headline, annotated as the pipeline does (sentence-cased title part)."""
    article = Article(id="doc-t", content_hash=content_hash(title), source="x", text="Body.", published="2014-01-28",
                      title=title)
    ((_, parts),) = list(annotate([article], nlp, titles=True))
    (part,) = [p for p in parts if p.field == "title"]
    headline = Article(id="doc-t", content_hash="h", source="x", text=part.doc.text, published="2014-01-28")
    return [(c.text, c.measure, c.value_low) for c in extract_victim_counts(headline, [part], DEFAULT_SETTINGS)]


@pytest.mark.parametrize("title, expected", [
    ("Juvenile shot in arm near the river", [("Juvenile", "injuries", 1.0)]),
    ("Teenager Shot In Marlow Heights", [("Teenager", "injuries", 1.0)]),
    ("Police: Teen Wounded In Overnight Shooting", [("Teen", "injuries", 1.0)]),
    ("Man, 24, killed in Orchard Street shooting", [("Man", "deaths", 1.0)]),
    ("6-year-old boy injured in east side shooting", [("6-year-old boy", "injuries", 1.0)]),
    ("Child grazed by bullet in Elm Park shooting", [("Child", "injuries", 1.0)]),
    ("Suspect arrested after clerk shot at gas station", [("Suspect", "arrests", 1.0)]),
])
def test_a_headline_without_article_or_auxiliary_still_counts_its_victim(nlp, title, expected):
    assert title_counts(nlp, title) == expected


@pytest.mark.parametrize("title, expected", [
    ("Man, teenager injured in Westfield shooting", 2.0),
    ("Boy, 2 men injured in weekend shootings", 3.0),
    ("Man kills woman, her son, himself in Harbor Point", 3.0),
])
def test_a_headline_joins_people_with_a_comma(nlp, title, expected):
    assert [value for _, _, value in title_counts(nlp, title)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Bullets grazed a 16-year-old boy and a 24-year-old man outside the store.", 2.0),
    ("A man and two women were shot in the parking lot.", 3.0),
    ("Two men and a boy were injured Sunday afternoon.", 3.0),
    ("A man was arrested after he injured himself and a teenager.", 2.0),
    ("The man killed his wife and himself.", 2.0),
])
def test_singular_people_joined_by_and_are_counted_together(nlp, text, expected):
    assert max(value for _, _, value, _ in counts(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police said a juvenile has been taken to the hospital with a gunshot wound.", [("a juvenile", "injuries")]),
    ("The victim sustained life-threatening injuries.", [("The victim", "injuries")]),
    ("He fired the pistol, striking his cousin in the abdomen.", [("his cousin", "injuries")]),
    ("Officers found a juvenile shot in the ankle outside a store.", [("juvenile", "injuries")]),
    ("A teenage boy was found shot behind the school.", [("A teenage boy", "injuries")]),
    ("The couple was charged in the non-fatal shooting of their son.", [("their son", "injuries")]),
    ("He was airlifted to a hospital with a gunshot wound and later succumbed to his injuries.", [("He", "deaths")]),
    ("A boy playing with a rifle shot another boy in the chest, killing the youth.", [("the youth", "deaths")]),
])
def test_injuries_told_without_a_wound_verb_and_deaths_told_after_them(nlp, text, expected):
    assert [(t, m) for t, m, _, _ in counts(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    "A shot rang out near the park.",
    "The gunman shot at the officers.",
    "He was hit by a car while fleeing the shooting.",
])
def test_no_victim_in_a_shot_fired_at_someone_or_a_car_crash(nlp, text):
    assert [m for _, m, _, _ in counts(nlp, text) if m == "injuries"] == []


def test_a_child_shot_is_not_the_man_who_died(nlp):
    text = "A man died in the shooting. A boy was shot in the leg."
    assert [(t, m) for t, m, _, _ in counts(nlp, text)] == [("A man", "deaths"), ("A boy", "injuries")]


def test_a_past_case_the_article_recalls_is_not_its_event(nlp):
    # the article is dated 2014-01-28 (``counts``)
    assert counts(nlp, "In Newton County, he was arrested in November 2010 for driving under the influence.") == []
    assert [m for _, m, _, _ in counts(nlp, "He was arrested in January 2014 after the shooting.")] == ["arrests"]


@pytest.mark.parametrize("text, expected", [
    # the killer who turns the gun on himself is among the dead, as the Gun Violence Archive counts him
    ("A man shot and killed his 3-year-old daughter before turning the gun on himself Friday evening.", 2.0),
    ("Police say a man killed his wife, son and daughter before killing himself at their home.", 4.0),
    ("A woman shot and killed her boyfriend, then took her own life.", 2.0),
    ("Officials say a woman killed her daughter and two young grandchildren before turning the gun on herself.", 4.0),
])
def test_a_killer_who_killed_himself_is_counted_with_his_victims(nlp, text, expected):
    assert [(m, v) for _, m, v, _ in counts(nlp, text)] == [("deaths", expected)]


@pytest.mark.parametrize("text, expected", [
    # the one who turned the gun on herself is the dead person, not one more
    ("The 14-year-old turned the gun on herself and died at the scene.", [("deaths", 1.0)]),
    ("A 3-year-old boy is dead after police say he accidentally shot himself.", [("deaths", 1.0)]),
    ("A man shot his wife before turning the gun on himself; he is in critical condition.", [("injuries", 1.0)]),
])
def test_no_killer_added_when_he_is_the_dead_or_lived(nlp, text, expected):
    assert [(m, v) for _, m, v, _ in counts(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("A 16-year-old female was found shot in the leg on Carol Lane.", [("A 16-year-old female", "injuries")]),
    ("A man with a gunshot wound to his shoulder showed up at a taco stand asking for help.", [("A man", "injuries")]),
    ("Police found a 19-year-old with multiple gunshot wounds in the street.", [("a 19-year-old", "injuries")]),
    ("He was not seriously injured, but was taken to a hospital for treatment.", [("He", "injuries")]),
    ("The passenger was transported to the hospital for treatment for a gunshot wound.", [("The passenger", "injuries")]),
    ("Ana Ruiz is in stable condition at a local hospital, police said.", [("Ana Ruiz", "injuries")]),
    ("A firefighter at the station ended up with a hand wound after a gun went off.", [("A firefighter", "injuries")]),
])
def test_injuries_told_by_a_wound_a_condition_or_a_degree(nlp, text, expected):
    assert [(t, m) for t, m, _, _ in counts(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    "Detectives said the woman had no injuries to suggest a struggle.",
    '"I don\'t believe he would ever hurt her," a neighbor said.',
    "A teen was nearly killed in a Friday night shooting.",
    "Police were not able to say if the man had died.",
    "The boy told investigators that he didn't mean to hurt his father.",
    "Neither the driver nor the other passenger was injured.",
    "Her life was not threatened, nor did she sustain serious injury.",
    "A man with a gun robbed the store.",
    "The economy is in good condition.",
    "Police said the adult male shot and killed the female.",  # the doer is not a victim
])
def test_no_injury_when_denied_hypothetical_or_of_no_victim(nlp, text):
    assert [(t, m) for t, m, _, _ in counts(nlp, text) if m == "injuries"] == []
    if "nearly" in text or " if " in text:
        assert counts(nlp, text) == []  # nor a death


def test_a_dead_person_known_by_name_may_be_the_person_another_text_says_was_shot():
    from newsdossier.extract.victim_people import same_as_dead

    assert same_as_dead("the 10-year-old boy", {"fraley"})  # "Colin Fraley died" / "10-year-old boy shot"
    assert not same_as_dead("a man", {"girl"})  # a man is not the girl who died


def test_an_age_written_without_hyphens_is_a_person(nlp):
    from newsdossier.extract.victim_people import singular_person

    doc = nlp("Police said a 17 year old was wounded.")
    assert singular_person(next(t for t in doc if t.lower_ == "old"))


def test_a_wound_the_dead_person_had_is_how_he_died(nlp):
    assert [(m, v) for _, m, v, _ in counts(nlp, "A man died on Sunday. He had a gunshot wound to his chest.")] == \
        [("deaths", 1.0)]


def test_a_person_detained_for_questioning_is_not_arrested(nlp):
    text = "Witnesses saw a man who was detained and taken to the station for further interviews."
    assert [m for _, m, _, _ in counts(nlp, text)] == []
    assert [m for _, m, _, _ in counts(nlp, "Police detained a man near the scene.")] == ["arrests"]


@pytest.mark.parametrize("title, expected", [
    ("Toddler killed, adult critically injured near Millbrook park",
     [("Toddler", "deaths", 1.0), ("adult", "injuries", 1.0)]),
    ("3-year-old VA girl killed, mother injured after shots fired into car",
     [("3-year-old VA girl", "deaths", 1.0), ("mother", "injuries", 1.0)]),
    ("Infant killed, father seriously injured in Ridgeway shooting",
     [("Infant", "deaths", 1.0), ("father", "injuries", 1.0)]),
])
def test_a_headline_comma_between_two_fates_joins_no_people(nlp, title, expected):
    """Each person of "X killed, Y injured" is one of their own measure, not a pair counted twice."""
    assert sorted(title_counts(nlp, title)) == sorted(expected)


def test_a_dead_person_beside_an_injured_one_in_a_headline_is_not_injured(nlp):
    assert [value for _, measure, value in title_counts(nlp, "Toddler dead, adult critically injured after Millbrook gunfire")
            if measure == "injuries"] == [1.0]


@pytest.mark.parametrize("text, expected", [
    ("A Dayton man shot and killed his wife in a murder-suicide, police said.", [2.0]),
    ("Police said the man killed his girlfriend and himself in a murder-suicide.", [2.0]),  # he is counted once
    ("The woman was killed in an attempted murder-suicide, and her husband survived.", [1.0]),
    ("The deaths of a retired teacher and her nephew were declared a murder-suicide.", []),  # no killer named apart
])
def test_a_murder_suicide_counts_the_killer_among_the_dead(nlp, text, expected):
    assert [value for _, measure, value, _ in counts(nlp, text) if measure == "deaths"] == expected


def test_a_headline_murder_suicide_counts_the_killer_among_the_dead(nlp):
    assert title_counts(nlp, "Husband kills wife in Dayton murder-suicide") == [("wife", "deaths", 2.0)]



@pytest.mark.parametrize("text", [
    "Two victims, a man and a woman, were wounded outside the laundromat.",
    "Two other passengers, a teenager and his aunt, were listed in stable condition.",
])
def test_a_list_in_apposition_to_a_counted_plural_names_the_counted_and_adds_no_one(nlp, text):
    """The figure ("two victims") is the figures extractor's; the list beside it is the same two people, not two more."""
    assert [value for _, _, value, _ in counts(nlp, text) if value > 2] == []


@pytest.mark.parametrize("text, expected", [
    ("A 52-year-old man shot and killed his cousin and two others inside a Maple Street duplex.", [3.0]),
    ("The gunman killed a clerk and wounded two others.", [1.0]),  # two verbs: the others are not the dead
])
def test_a_person_and_a_counted_others_are_added_up(nlp, text, expected):
    assert [value for _, measure, value, _ in counts(nlp, text) if measure == "deaths"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Marcus Hill and Devon Price were also hit.", [("Marcus Hill", "injuries", 2.0)]),
    ("A second victim was hit in the leg.", [("A second victim", "injuries", 1.0)]),
    ("His girlfriend was also struck.", [("His girlfriend", "injuries", 1.0)]),
    ("The boy was hit by a car on Elm Street.", []),
    ("The clerk was struck in the face with a bottle.", []),
    ("He was hit in the head during the fight.", []),
])
def test_a_person_also_hit_or_hit_in_a_body_part_is_shot_unless_a_car_or_a_blow_did_it(nlp, text, expected):
    assert [(t, m, v) for t, m, v, _ in counts(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The woman was afraid Creech would hurt her or her son.",
        "Neighbours were worried that he might shoot his wife.",
        "She feared her husband would kill her.",
    ],
)
def test_harm_only_feared_under_a_modal_is_no_count(nlp, text):
    assert [c for c in counts(nlp, text) if c[3] != "hedged"] == []


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The woman was shot in the leg on Sunday, police said.", "injuries"),  # no fear word
        ("The frightened woman was shot in the arm.", "injuries"),  # a fear word, but not over the harm
        ("Neighbours said they were afraid after a man was shot dead outside the shop.", "deaths"),  # fear after it
    ],
)
def test_harm_beside_a_fear_word_still_counts(nlp, text, measure):
    assert any(c[1] == measure and c[3] != "hedged" for c in counts(nlp, text))
