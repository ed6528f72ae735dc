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


def test_highlight_escapes_and_skips_overlaps():
    text = "A <b> Marenta Veloria"
    out = highlight(text, [(6, 13, "ent", "m1", "GPE"), (10, 21, "ent", "m2", "x"), (14, 21, "ent", "m3", 'say "hi"')])
    assert str(out) == ('A &lt;b&gt; <mark class="ent" id="m1" title="GPE">Marenta</mark> '
                        '<mark class="ent" id="m3" title="say &#34;hi&#34;">Veloria</mark>')
