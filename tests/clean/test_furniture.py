from __future__ import annotations

import pytest

from newsdossier.clean.furniture import classify, strip_furniture


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("icon-facebook icon-twitter icon-whatsapp", "share"),
        ("Share This Article", "share"),
        ("Click to share on Facebook (Opens in new window)", "share"),
        ("Follow us on Twitter and Instagram @ExampleNews", "share"),
        ("7 Min Read", "reading_time"),
        ("Reading time: 2 mins", "reading_time"),
        ("⏱ 3 min read", "reading_time"),
        ("Leave a comment", "comments"),
        ("View comments (9)", "comments"),
        ("💬 14", "comments"),
        ("Sign up for our daily briefing", "newsletter"),
        ("Never miss the latest news by signing up to our newsletter today!", "newsletter"),
        ("Enable notifications", "newsletter"),
        ("Subscribe now to our eNATION edition for the full story.", "subscription"),
        ("Switch to dark mode", "theme"),
        ("Font size: A A A", "theme"),
        ("Listen (4 min)", "theme"),
        ("- Advertisement -", "advertisement"),
        ("This post contains affiliate links and we may earn a commission.", "advertisement"),
        ("Home > World > Africa", "navigation"),
        ("Home >> Economy >> Agriculture", "navigation"),
        ("↑ Back to top", "navigation"),
        ("Photo: A man walks past burnt cars in Marenta on January 5, 2024. AP PHOTO", "caption"),
        ("(Photo by Lin Oduya/Westmark Images)", "caption"),
        ("Pic: The beds on plot 14, taken on 3 January 2024.", "caption"),
        ("Mourners attend a mass funeral in Kesso on June 26, 2023. AFP", "caption"),
        ("This article was originally published by Example Wire and is republished under a licence.", "syndication"),
        ("Would you consider supporting our work? Donate today.", "appeal"),
    ],
)
def test_furniture_lines(line, reason):
    assert classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Share prices of the mining company fell 12 percent on Monday.",
        "Related to the dispute, the union said it would strike again.",
        "Read more carefully, the law allows detention for only 48 hours.",
        "Photo evidence shown in court included images of the director.",
        "Comments from residents were mixed.",
        '"Subscribe to the idea that we can fix this and you will be disappointed," she said.',
        "Police said 12 people were killed, according to Reuters.",
        "Print runs of the newspaper were halted by the strike.",
        "The minister is a former journalist who covered the war.",
    ],
)
def test_body_sentences_that_start_like_furniture_stay(line):
    assert classify(line) is None


def test_read_more_takes_the_injected_headline_on_the_next_line_and_lists_under_it():
    lines = [
        "First paragraph of the story.",
        "",
        "Read More:",
        "Three killed as bus plunges into ravine near Tobrel",
        "",
        "Trending now",
        "Man charged after crash on Route 9 bridge",
        "Weekend forecast: sun returns after record rain",
        "",
        "Second paragraph. It goes on.",
    ]
    out = strip_furniture(lines)
    assert [r.reason for r in out.removed] == ["related_link"] * 5
    assert [line for line in out.lines if line.strip()] == ["First paragraph of the story.", "Second paragraph. It goes on."]


def test_read_more_with_a_sentence_after_it_keeps_the_sentence():
    out = strip_furniture(["Read more:", "The council met again on Monday. It approved the budget."])
    assert out.lines == ["The council met again on Monday. It approved the budget."]


def test_captions_keep_their_own_date_and_a_bare_credit_takes_the_line_above():
    out = strip_furniture([
        "Body text here.",
        "",
        "Firefighters search the rubble of the building on Harlow Street on March 3, 2024.",
        "(Photo by Anouk Tembo/Metro Pix)",
        "",
        "More body text.",
    ])
    assert [c.text for c in out.captions] == [
        "Firefighters search the rubble of the building on Harlow Street on March 3, 2024.",
        "(Photo by Anouk Tembo/Metro Pix)",
    ]
    assert out.captions[0].date == "2024-03-03"
    assert [line for line in out.lines if line.strip()] == ["Body text here.", "More body text."]


def test_bios_at_the_end_give_the_author_and_syndication_notes_the_outlet():
    out = strip_furniture([
        "The strike continued on Friday.",
        "",
        "This story was produced by Open Desk to publish on The Harbour Times.",
        "Jane Roe is a senior correspondent covering labour and energy.",
    ])
    assert out.authors == ["Jane Roe"] and out.outlet == "The Harbour Times"
    assert [r.reason for r in out.removed] == ["syndication", "author_bio"]


def test_a_person_described_mid_article_is_not_a_bio():
    lines = ["Ahmed Salim is a reporter who lost his home in the flood, neighbours said.", "", *["More text."] * 6]
    assert strip_furniture(lines).removed == []


def test_links_to_other_stories_in_widgets_brackets_and_run_on_labels_are_removed():
    lines = [
        "Two people were shot on Elm Street on Friday night, police said.",
        "1:29 Police respond to shooting on 17th Avenue",
        "1:49 Grandmother says she still can't believe her grandson is dead Pause",
        "× Four People Shot at Grand Rapids Bar",
        "[PREVIOUS: Four teens taken to hospital after Evansville shooting]",
        "Previous story: 1 dead, 4 injured after man shoots at random in Bristol",
        "Related Coverage Man charged with first degree murder after deadly shooting in Bristol",
        "Related Headlines Raw: Family friend talks about woman who was accidentally shot",
        "Hatlestad.jpg Another of Salem's 10 Most Wanted Arrested (Photo) - 05/13/16",
        "10:15 Officers were called to the 1700 block of Elm Street.",
        "(Both victims were taken to hospital.)",
        "Both men are expected to survive.",
    ]
    out = strip_furniture(lines)
    assert [r.reason for r in out.removed] == ["related_link"] * 8
    assert out.lines == [lines[0], *lines[-3:]]  # a time that starts a sentence and a bracketed sentence stay


def test_an_embedded_video_title_and_its_dated_description_are_captions():
    lines = [
        "The injured were rushed to hospital, police said.",
        "",
        "2 Killed, Multiple Wounded in Miami Shooting",
        "",
        "Two people were killed and seven others were hospitalized. NBC 6's Hank Tester reports. "
        "(Published Tuesday, June 24, 2014)",
        "",
        "One of the teen's friends said the teen is doing well.",
        "+ 2 dead, 2 injured in south Louisville shooting",
        "[OTHER NEWS: Man shot dead in Portland Saturday]",
        "MORE MEDIA Child shot, Live in Prime",
        "play pause 2 Dead, 2 Wounded In Long Beach Shooting",
    ]
    out = strip_furniture(lines)
    assert [(r.reason, r.text[:12]) for r in out.removed] == [
        ("caption", "2 Killed, Mu"), ("caption", "Two people w"), ("related_link", "+ 2 dead, 2 "),
        ("related_link", "[OTHER NEWS:"), ("related_link", "MORE MEDIA C"), ("related_link", "play pause 2")]
    assert [c.date for c in out.captions] == [None, "2014-06-24"]
    assert [line for line in out.lines if line.strip()] == [lines[0], lines[6]]


def test_a_sentence_case_paragraph_above_a_video_description_stays():
    lines = ["Police said the shooting happened after a party.", "",
             "A man was shot outside a bar. (Published Friday, May 1, 2015)"]
    out = strip_furniture(lines)
    assert [line for line in out.lines if line.strip()] == [lines[0]]
    assert [r.reason for r in out.removed] == ["caption"]
