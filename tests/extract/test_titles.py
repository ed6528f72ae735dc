"""Figures read from headlines: telegraphic grammar, Title Case, sources before a colon or after a comma."""

from __future__ import annotations

import json

import pytest

import newsdossier
from newsdossier.annotate import Part, annotate, sentence_case
from newsdossier.export import export
from newsdossier.records import Article
from newsdossier.report.html import render_html
from newsdossier.store import connect
from newsdossier.store import db as store
from newsdossier.extract.titles import extract_title_figures


def figures(nlp, title: str) -> list[tuple[str, str, float, str | None]]:
    text = sentence_case(title)
    article = Article(id="t", content_hash="h", source="s", text=text, published="2024-03-02")
    return [(c.text, c.measure, c.value_low, c.source) for c in extract_title_figures(article, [Part(0, nlp(text))], None)]


@pytest.mark.parametrize(("title", "cased"), [
    ("Teenager Shot In Harlow Park", "Teenager shot in harlow park"),
    ("FBI Says 3 Killed In Overnight Blaze", "FBI says 3 killed in overnight blaze"),
    ("STORM LEAVES TWO DEAD ON COAST", "Storm leaves two dead on coast"),
    ("Police: Juvenile shot in Billerica has injuries", "Police: Juvenile shot in Billerica has injuries"),
    ("Two Dead", "Two Dead"),  # too short to tell Title Case from names
])
def test_sentence_case_keeps_length_first_letter_and_acronyms(title, cased):
    assert sentence_case(title) == cased and len(sentence_case(title)) == len(title)


@pytest.mark.parametrize(("title", "expected"), [
    ("5 Shot On Tarrow's West Side, Police Say", [("5", "injuries", 5.0, "police")]),
    ("Crash on Route 9 leaves 2 dead, 4 injured", [("2", "deaths", 2.0, None), ("4", "injuries", 4.0, None)]),
    ("Police: 3 Arrested After Brawl At 2019 County Fair", [("3", "arrests", 3.0, "Police")]),
    ("Officials say eleven missing after ferry capsizes", [("eleven", "missing", 11.0, "Officials")]),
    ("Six feared dead in mine collapse", [("Six", "deaths", 6.0, None)]),
    # the dead are some of the shot: the injuries figure counts the living only
    ("4 shot, 1 fatally, in North Vell", [("4", "injuries", 3.0, None), ("1", "deaths", 1.0, None)]),
    ("5 wounded, 3 killed as gunmen attack bus", [("5", "injuries", 5.0, None), ("3", "deaths", 3.0, None)]),
])
def test_headline_figures(nlp, title, expected):
    assert figures(nlp, title) == expected


@pytest.mark.parametrize("title", [
    "Man, 24, killed in Dunmore shooting",  # an age in apposition
    "Rovers beat Athletic 24-10 in cup final",
    "Top 10 things to do this weekend",
    "Lottery jackpot hits $500 million",
    "2019 shooting suspect arrested",  # a year
    "Route 66 reopens after 3 a.m. crash",
])
def test_no_count_in_headline(nlp, title):
    assert figures(nlp, title) == []


def test_hedged_headline_figure(nlp):
    text = sentence_case("Nine Feared Dead After Landslide")
    article = Article(id="t", content_hash="h", source="s", text=text)
    (claim,) = extract_title_figures(article, [Part(0, nlp(text))], None)
    assert claim.status == "hedged"


def test_title_claims_are_stored_exported_and_highlighted(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({
        "title": "7 Shot At Block Party In Orrin Heights, Police Say",
        "text": "Police are investigating a shooting at a block party on Saturday night.\n\nNo arrests were made.",
        "published": "2024-06-02", "outlet": "orrin.example"}) + "\n")
    newsdossier.build([source], tmp_path / "d.db")
    conn = connect(tmp_path / "d.db", create=False)
    try:
        claims = store.load_claims(conn)
        data = export(conn)
    finally:
        conn.close()
    (title_claim,) = [c for c in claims if c.field == "title"]
    document = data["documents"][0]
    assert document["title"][title_claim.start:title_claim.end] == "7" == title_claim.text
    assert (title_claim.measure, title_claim.value_low, title_claim.source) == ("injuries", 7.0, "Police")
    assert title_claim.sentence == document["title"] and title_claim.source_entity is None
    assert [h["value_low"] for h in data["headlines"] if h["measure"] == "injuries" and h["scope"] is None] == [7.0]
    assert any(c["field"] == "title" for c in data["claims"]) and all(c["field"] == "text" for c in data["claims"]
                                                                      if c["document"] != document["id"] or c["id"] != title_claim.id)
    html = render_html(data)
    assert f'<mark class="claim" id="{title_claim.id}"' in html.split('<div class="doc-text">')[0].rsplit("<h3>", 1)[1]


def test_body_only_annotation_has_no_title_part(nlp):
    article = Article(id="a", content_hash="h", source="s", text="Two people died.", title="Two Dead In Crash On Route 4")
    ((_, plain),) = annotate([article], nlp)
    ((_, both),) = annotate([article], nlp, titles=True)
    assert [p.field for p in plain] == ["text"] and [p.field for p in both] == ["text", "title"]
    assert both[-1].doc.text == "Two dead in crash on route 4"


@pytest.mark.parametrize(("title", "scope"), [
    ("3 killed, 12 wounded in Monday shootings across Harlow", "shootings across harlow"),
    ("Gun violence in Vell: 1 week, 6 shot, 2 die", "1 week"),
    ("5 Shot In Weekend Violence", "weekend violence"),
    ("4 shot at party over the weekend", None),  # one incident, dated
    ("2 dead in shooting", None),
])
def test_roundup_headlines_scope_their_figures(nlp, title, scope):
    text = sentence_case(title)
    article = Article(id="t", content_hash="h", source="s", text=text)
    assert {c.scope for c in extract_title_figures(article, [Part(0, nlp(text))], None)} == {scope}


@pytest.mark.parametrize(("title", "source"), [
    ("Ministry of Health: number of dead in January events rose to 31", "Ministry of Health"),
    ("UPDATE: 3 killed in Harlow crash", None),  # a kicker, not a voice
    ("Gun violence in Vell: 1 week, 6 shot, 2 die", None),
    ("Ostrava says some 225 killed in unrest", "Ostrava"),
    ("Rights group says nearly 40 detained", "Rights group"),
    ('Health ministry withdraws death toll of 164, says figure was "published in error"', "Health ministry"),
    ("Police revise toll to 12 after recount", "Police"),
    ("Gunman kills 3 at Vell bar", None),  # a doer, not a voice
])
def test_headline_voice(title, source):
    from newsdossier.extract.titles import title_source

    span = title_source(sentence_case(title))
    assert (title[span[0]:span[1]] if span else None) == source


@pytest.mark.parametrize("title", [
    "Alex Dorrow, 24, Fatally Shot in Vell",
    "Second man charged in killing of Tavin Lee, 9",
    "Four teens shot, one fatally, near Rt. 33 in Harlow",
    "Two hurt in Cloud 9 nightclub shooting",
    "Reward increased to 5K in murder of mom",
])
def test_names_ages_and_money_are_no_count_for_any_title_extractor(nlp, title):
    from newsdossier.extract import extract_title_claims

    text = sentence_case(title)
    article = Article(id="t", content_hash="h", source="s", text="", title=title)
    values = {c.value_low for c in extract_title_claims(article, [Part(0, nlp(text), "title")])}
    assert not values & {24.0, 9.0, 33.0, 5.0, 5000.0}


def test_an_age_inside_a_victims_phrase_keeps_the_victim(nlp):
    from newsdossier.extract import extract_title_claims

    title = "10-Year-Old Girl Dies After Being Shot"
    article = Article(id="t", content_hash="h", source="s", text="", title=title)
    claims = extract_title_claims(article, [Part(0, nlp(sentence_case(title)), "title")])
    assert [(c.measure, c.value_low) for c in claims] == [("deaths", 1.0)]


@pytest.mark.parametrize(("title", "expected"), [
    ("1 dead after 4 people shot in Harlow", [("deaths", 1.0), ("injuries", 3.0)]),  # the dead are among the shot
    ("2 dead, 3 wounded in Harlow", [("deaths", 2.0), ("injuries", 3.0)]),  # "wounded" counts the living
    ("Man, 3 girls shot in Detroit", [("injuries", 4.0)]),  # the listed group, not its last part
])
def test_title_figures_count_the_injured_and_the_whole_group(nlp, title, expected):
    from newsdossier.extract import extract_title_claims

    article = Article(id="t", content_hash="h", source="s", text="", title=title)
    claims = extract_title_claims(article, [Part(0, nlp(sentence_case(title)), "title")])
    assert [(c.measure, c.value_low) for c in claims] == expected


def _title_claims(nlp, title: str) -> list[tuple[str, float | None]]:
    from newsdossier.extract import extract_title_claims

    article = Article(id="t", content_hash="h", source="s", text="", title=title)
    return [(c.measure, c.value_low) for c in extract_title_claims(article, [Part(0, nlp(sentence_case(title)), "title")])]


@pytest.mark.parametrize(("title", "expected"), [
    ("Police: 4 teens, 1 adult shot outside Harlow market", [("injuries", 5.0)]),  # the parts added up, not 4
    ("3 men, woman wounded on Vell's east side", [("injuries", 4.0)]),
    ("Teen killed, another wounded in Harlow shooting", [("deaths", 1.0), ("injuries", 1.0)]),
    ("1 officer dead, another injured in Vell standoff", [("deaths", 1.0), ("injuries", 1.0)]),
    ("Three men shot, a fourth wounded by shrapnel in Harlow", [("injuries", 4.0)]),  # one more of the same
    ("4 teens hurt in drive-by shooting in Harlow « KVEL San Marco", [("injuries", 4.0)]),  # not the site's name
])
def test_a_headline_that_lists_the_harmed_counts_them_all(nlp, title, expected):
    assert sorted(_title_claims(nlp, title)) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Boy, 3, wounded in accidental shooting in Harlow, police say", [("injuries", 1.0)]),
    ("Alleged gang member was target, but 2-year-old was shot", [("injuries", 1.0)]),
])
def test_a_headline_the_parser_cannot_read_still_gives_its_single_victim(nlp, title, expected):
    assert _title_claims(nlp, title) == expected


def test_single_victims_reads_one_person_and_the_measure():
    from newsdossier.extract.titles import single_victims

    text = sentence_case("Police: Teen arrested in Harlow shooting")
    ((start, end, measure, predicate),) = single_victims(text)
    assert (text[start:end], measure, predicate) == ("Teen", "arrests", "arrested")
    assert single_victims(sentence_case("Shooting on Main Street under investigation")) == []


@pytest.mark.parametrize(("title", "expected"), [
    ("Two men shot, killed outside Elm Street bar", [("Two", "deaths", 2.0, None)]),
    ("Police: Three people shot in the head, killed; bodies found in garage", [("Three", "deaths", 3.0, "Police")]),
    ("3 shot, 1 killed in Maple Heights", [("3", "injuries", 2.0, None), ("1", "deaths", 1.0, None)]),
])
def test_people_shot_then_killed_in_a_headline_are_the_dead(nlp, title, expected):
    """"N shot, killed": the second participle has no figure of its own and tells what became of the same N."""
    assert figures(nlp, title) == expected
