from __future__ import annotations

import re
from html.parser import HTMLParser

import newsdossier
from newsdossier.report.html import highlight

from .test_pipeline import ARTICLE_A, ARTICLE_B

HOSTILE = """<script>alert('pwned')</script> Breaking news

Officials in Marenta said <img src=x onerror=alert(1)> nothing. Aliya Temirova spoke.
"""


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def build_report(tmp_path, write, *articles: str) -> str:
    paths = [write(f"{i}.txt", text) for i, text in enumerate(articles)]
    newsdossier.build(paths, db=tmp_path / "d.db")
    out = newsdossier.write_report(tmp_path / "d.db", tmp_path / "out" / "report.html")
    return out.read_text(encoding="utf-8")


def test_report_is_self_contained_and_lists_sources_and_entities(tmp_path, write):
    html = build_report(tmp_path, write, ARTICLE_A, ARTICLE_B)
    parser = Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert not (tag in ("script", "img", "iframe") and attrs.get("src")), "no external assets"
        assert not (tag == "link" and attrs.get("rel") == "stylesheet"), "no external CSS"
    assert "Death toll rises in Marenta" in html and "Curfew in Veloria" in html
    assert "Aliya Temirova" in html and "People" in html
    # every entity link points at a highlighted mention that exists in the page
    anchors = set(re.findall(r'id="([^"]+)"', html))
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets <= anchors


def test_article_markup_is_escaped_never_run(tmp_path, write):
    html = build_report(tmp_path, write, HOSTILE)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_highlight_escapes_nests_and_turns_crossing_spans_into_anchors():
    text = "A <b> Marenta Veloria"
    out = highlight(text, [(6, 13, "ent", "m1", "GPE"), (10, 21, "ent", "m2", "x"), (14, 21, "ent", "m3", 'say "hi"')])
    assert str(out) == ('A &lt;b&gt; <mark class="ent" id="m1" title="GPE">Mare<a class="anchor" id="m2"></a>nta</mark> '
                        '<mark class="ent" id="m3" title="say &#34;hi&#34;">Veloria</mark>')
    quote = highlight("He said “Marenta burns” today", [(9, 22, "quote", "q1", "q"), (9, 16, "ent", "m1", "GPE")])
    assert str(quote) == ('He said “<mark class="quote" id="q1" title="q"><mark class="ent" id="m1" title="GPE">Marenta</mark>'
                          ' burns</mark>” today')


DOSSIER = """Death toll in Marenta rises to 40, officials say
March 12, 2025

Forty people were killed in the floods in Marenta, the regional governor Ilya Varno said on Wednesday. "We have never seen water like this," Varno said.

Some officials called the looters "bandits".
"""

DOSSIER_B = """Flood deaths reach 52 in Marenta
March 14, 2025

The death toll from the floods has risen to 52, the emergency ministry said on Friday.
"""


def test_report_leads_with_key_figures_and_links_every_fact(tmp_path, write):
    html = build_report(tmp_path, write, DOSSIER, DOSSIER_B)
    key = html.index('id="key-figures"')
    assert key < html.index('id="findings"') < html.index('id="sources"') < html.index('id="articles"')
    figure = html[key:html.index('id="findings"')]
    assert "Deaths" in figure and ">52<" in figure and "latest-corroborated: latest figure (14 Mar 2025)" in figure
    assert "<svg" in figure and "<script" not in html  # the chart is inline SVG, no script
    assert "figure rose over time" in html
    anchors = set(re.findall(r'id="([^"]+)"', html))
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets <= anchors, targets - anchors


def test_markdown_report_has_the_same_sections_and_escapes_article_text(tmp_path, write):
    paths = [write("a.txt", DOSSIER), write("b.txt", DOSSIER_B), write("c.txt", HOSTILE),
             write("d.txt", "[click](http://evil) *boo*\n\nNothing happened in Marenta.\n")]
    newsdossier.build(paths, db=tmp_path / "d.db")
    text = newsdossier.write_report(tmp_path / "d.db", tmp_path / "r.md", format="md").read_text(encoding="utf-8")
    for heading in ("## Key figures", "## Findings", "## Timeline", "## People, organisations and places",
                    "## Quotes by speaker", "## Terms and who uses them", "## Sources"):
        assert heading in text
    assert "- **Deaths: 52** (14 Mar 2025)" in text and "Rule: latest-corroborated" in text
    assert "<script>" not in text and "&lt;script>" in text
    assert "[click](" not in text and r"\[click\](http://evil) \*boo\*" in text


def test_unknown_report_format_is_refused(tmp_path, write):
    import pytest

    newsdossier.build([write("a.txt", DOSSIER)], db=tmp_path / "d.db")
    with pytest.raises(ValueError, match="unknown report format"):
        newsdossier.write_report(tmp_path / "d.db", tmp_path / "r.pdf", format="pdf")


DOSSIER_C = """Rights group counts more flood dead in Marenta
March 14, 2025

At least 61 people died in the floods, a local human rights group said on Friday.
"""


def test_key_figures_put_official_and_independent_counts_side_by_side(tmp_path, write):
    html = build_report(tmp_path, write, DOSSIER, DOSSIER_B, DOSSIER_C)
    figure = html[html.index('id="key-figures"'):html.index('id="findings"')]
    line = figure[figure.index('class="rule by-voice"'):]
    line = line[:line.index("</p>")]
    assert "<b>Official</b>" in line and "52 (the emergency ministry, 14 Mar 2025)" in line
    assert "<b>Independent</b>" in line and "at least 61 (a local human rights group, 14 Mar 2025)" in line
    text = newsdossier.write_report(tmp_path / "d.db", tmp_path / "r.md", format="md").read_text(encoding="utf-8")
    assert "By voice: official: 52 (the emergency ministry, 14 Mar 2025) · independent: at least 61" in text
