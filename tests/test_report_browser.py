"""The report in a real browser: headless Chromium driven by Playwright.

Skips with the reason when Chromium is not installed (Debian package `chromium`; `.ci/run` installs it).
Playwright's own browser download is never used: it drives the system Chromium.
"""

from __future__ import annotations

import shutil

import pytest

import newsdossier

from .conftest import EXAMPLE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine: apt-get install chromium")

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

HOSTILE = """Officials respond

<script>window.pwned = true; alert('pwned')</script> Officials in Marenta said <img src=x onerror="window.pwned=true"> nothing.
"""


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def report_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    newsdossier.build([EXAMPLE / "articles", folder / "hostile.txt"], db=folder / "d.db")
    return newsdossier.write_report(folder / "d.db", folder / "report.html").resolve().as_uri()


def test_report_opens_offline_and_entity_links_land_on_highlighted_mentions(browser, report_url, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("console", lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None)
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report_url)
    assert page.title().startswith("Dossier — 10 articles")
    assert page.locator("#sources table tr").count() == 11  # header + 10 documents

    link = page.locator("#entities table tr", has_text="Ilena Tarkhal").first.locator("td a").first
    link.click()
    target = page.locator("mark:target")
    sync_api.expect(target).to_have_count(1)
    sync_api.expect(target).to_be_in_viewport()
    assert "Tarkhal" in target.inner_text()
    assert target.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"

    assert page.evaluate("window.pwned === undefined"), "article markup ran"
    assert not problems, problems
    assert all(url.startswith("file:") for url in requests), f"the report fetched {requests}"
    page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
    page.close()


def test_hostile_article_text_is_shown_as_text(browser, report_url):
    page = browser.new_page()
    page.goto(report_url)
    article = page.locator("article.doc", has_text="Officials in Marenta said")
    assert "<script>window.pwned" in article.inner_text()
    assert article.locator("script, img").count() == 0
    page.close()


def test_key_figures_lead_and_their_links_land_on_the_highlighted_figure(browser, report_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(report_url)
    first_section = page.locator("main section").nth(1)
    assert first_section.get_attribute("id") == "key-figures"
    deaths = page.locator("#key-figures .figure").first
    assert deaths.locator("div").first.inner_text() == "Deaths"
    assert "latest-corroborated" in deaths.locator(".rule").first.inner_text()
    assert deaths.locator("svg.chart g.pt").count() >= 2  # one point per figure behind it
    deaths.locator(".value a").click()
    target = page.locator("mark.claim:target")
    sync_api.expect(target).to_have_count(1)
    sync_api.expect(target).to_be_in_viewport()
    headline = deaths.locator(".value a").inner_text()
    assert headline.split()[-1].replace(",", "") in target.inner_text().replace(",", "")
    page.close()


def test_a_quote_under_its_speaker_links_to_the_quote_highlighted_in_its_article(browser, report_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(report_url)
    group = page.locator("#quotes h3", has_text="Ilena Tarkhal").first
    assert group.count() == 1
    link = page.locator("#quotes blockquote a").first
    quoted = link.inner_text().strip("“”")
    link.click()
    target = page.locator("mark.quote:target")
    sync_api.expect(target).to_have_count(1)
    sync_api.expect(target).to_be_in_viewport()
    assert quoted[:30] in target.inner_text()
    page.close()
