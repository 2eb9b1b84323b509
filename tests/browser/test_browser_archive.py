"""An archive of stories in Chromium: each new page type, the walk from the index into a story and a
speaker's statements and back, the filter with scripting on and off, and the W3C Nu checker.

The archive is tests/fixtures/archive (text written for the tests), built as
``quote-compare --stories`` makes it, served under a sub-path and opened from
file://, like the story site in test_browser_pages.py.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from unittest import mock
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from .harness import ROOT, Watch, axe_violations, nu_checker_messages, serve

pytestmark = pytest.mark.browser

FIXTURES = ROOT / "tests" / "fixtures" / "archive"
# One page of each type the archive adds (a story's own pages are tested in test_browser_pages.py).
PAGES = ["index.html", "speakers/michael-brandt.html", "outlets/the-harbour-herald.html", "404.html"]


def build_archive(out: Path, base_url: str | None = None) -> Path:
    from quotecompare.cli import main

    with mock.patch.dict(os.environ, {"QUOTECOMPARE_BASE_URL": base_url or ""}):
        assert main(["--stories", str(FIXTURES), "--out", str(out), "--cache", str(out.parent / "cache"), "-q"]) == 0
    return out


@pytest.fixture(scope="session")
def archive(tmp_path_factory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("archives")
    return {"plain": build_archive(tmp / "plain" / "site"), "pages": build_archive(tmp / "pages" / "site", "/repo/")}


@pytest.fixture(scope="session")
def archive_server(archive) -> str:
    with serve(archive["pages"]) as url:
        yield url


def test_the_page_types_are_there(archive):
    for site in archive.values():
        pages = {p.relative_to(site).as_posix() for p in site.glob("**/*.html") if "stories" not in p.parts}
        assert set(PAGES) <= pages
        assert {p.split("/")[0] for p in pages} == {"index.html", "speakers", "outlets", "404.html"}


@pytest.mark.parametrize("origin", ["http", "file"])
@pytest.mark.parametrize("path", PAGES)
def test_archive_page(context, archive, archive_server, artifacts, origin, path):
    page = context.new_page()
    watch = Watch(archive_server.split("/repo/")[0] if origin == "http" else None).attach(page)
    url = urljoin(archive_server, path) if origin == "http" else (archive["plain"] / path).as_uri()
    response = page.goto(url, wait_until="load")
    assert response is None or response.ok
    assert page.title().endswith("· Quote Compare")
    assert page.eval_on_selector("header.site", "e => getComputedStyle(e).borderTopWidth") == "4px"

    name = f"archive-{origin}-{path.replace('/', '_').removesuffix('.html')}"
    assert axe_violations(page) == [], "light mode"
    page.screenshot(path=str(artifacts / f"{name}-1280.png"), full_page=True)
    page.emulate_media(color_scheme="dark")
    assert axe_violations(page) == [], "dark mode"
    page.emulate_media(color_scheme="light")
    page.set_viewport_size({"width": 390, "height": 844})
    width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1], f"horizontal scrolling at 390 px: {width}"
    assert axe_violations(page) == [], "390 px"
    page.screenshot(path=str(artifacts / f"{name}-390.png"), full_page=True)
    assert watch.problems() == []


def test_walk_from_the_index_to_a_story_to_a_speaker_and_back(context, archive_server):
    page = context.new_page()
    watch = Watch(archive_server.split("/repo/")[0]).attach(page)
    index = urljoin(archive_server, "index.html")
    page.goto(index)

    # Each step waits until the page has loaded all it asks for (the favicon comes after the load event):
    # leaving earlier aborts those requests, which the watch would count.
    page.locator("ol.stories").get_by_role("link", name="Budget row over the ferry subsidy").click()
    page.wait_for_load_state("networkidle")
    expect(page).to_have_url(urljoin(archive_server, "stories/budget-row/index.html"))
    assert page.locator("h1").inner_text() == "Budget row over the ferry subsidy"
    assert page.locator("ul.speakers a", has_text="Brandt").count() == 1  # the story's own page of him ("Mike")
    page.go_back()
    page.wait_for_load_state("networkidle")
    expect(page).to_have_url(index)

    page.locator("ol.stories li", has_text="Budget row").get_by_role("link", name="Michael Brandt").click()
    page.wait_for_load_state("networkidle")
    expect(page).to_have_url(urljoin(archive_server, "speakers/michael-brandt.html"))
    assert page.locator("h1").inner_text() == "Michael Brandt"
    assert page.locator("article.story-block").count() == 2  # his two stories

    first = page.locator("ol.archive-statements li").first
    quoted = first.locator("blockquote").inner_text().strip("“”")
    first.get_by_role("link", name="compare").click()
    page.wait_for_load_state("networkidle")
    expect(page).to_have_url(re.compile(r"/stories/budget-row/speakers/mike-brandt\.html#mike-brandt-"))  # "Mike" here
    row = page.locator(":target")
    assert row.evaluate("e => e.matches('li.row')") and row.is_visible()
    assert quoted[:30] in row.inner_text()

    page.go_back()
    page.wait_for_load_state("networkidle")
    expect(page).to_have_url(urljoin(archive_server, "speakers/michael-brandt.html"))
    page.locator("nav.crumbs a", has_text="Archive").click()
    page.wait_for_load_state("networkidle")
    expect(page).to_have_url(index)
    assert page.locator("h1").inner_text().startswith("Archive of 3 stories")
    assert watch.problems() == [], watch.problems()


def test_every_story_page_leads_back_to_the_archive(context, archive, archive_server):
    """Inside an archive, each page of each story has a breadcrumb to the archive's index, and so does the site name."""
    site, index = archive["pages"], urljoin(archive_server, "index.html")
    paths = sorted(p.relative_to(site).as_posix() for p in (site / "stories").rglob("*.html") if p.name != "404.html")
    assert len(paths) >= 15
    page = context.new_page()
    for n, path in enumerate(paths):
        page.goto(urljoin(archive_server, path))
        assert page.locator("nav.crumbs a.to-archive").evaluate("a => a.href") == index, path
        assert page.locator("header.site .brand a").evaluate("a => a.href") == index, path
        if n % 4 == 0:  # a sample of the story pages, as an archive shows them: accessible at both widths
            assert axe_violations(page) == [], path
            page.set_viewport_size({"width": 390, "height": 844})
            assert axe_violations(page) == [], path
            page.set_viewport_size({"width": 1280, "height": 900})
    page.locator("nav.crumbs a.to-archive").click()
    expect(page).to_have_url(index)


def visible_stories(page) -> list[str]:
    return page.locator("ol.stories > li:visible h3").all_inner_texts()


def test_filter_by_outlet_and_speaker_with_scripting(context, archive_server):
    page = context.new_page()
    page.goto(urljoin(archive_server, "index.html"))
    form = page.locator("form.archive-filter")
    assert form.is_visible()
    assert len(visible_stories(page)) == 3
    form.get_by_label("Outlet").select_option("the-coastal-courier")
    assert sorted(visible_stories(page)) == ["Budget row over the ferry subsidy", "Council votes on harbour dredging"]
    assert form.locator("output").inner_text() == "2 of 3 stories"
    form.get_by_label("Speaker").select_option("boris-kovac")
    assert visible_stories(page) == ["Budget row over the ferry subsidy"]
    form.get_by_label("Outlet").select_option("")
    form.get_by_label("Speaker").select_option("ana-kovac")
    assert visible_stories(page) == ["Council votes on harbour dredging"]
    assert form.locator("output").inner_text() == "1 of 3 stories"


def test_filter_by_outlet_and_speaker_without_scripting(browser, archive_server):
    """With scripting off the form stays hidden, and each outlet's and speaker's page lists its stories."""
    ctx = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    page.goto(urljoin(archive_server, "index.html"))
    assert not page.locator("form.archive-filter").is_visible()
    assert len(visible_stories(page)) == 3
    page.get_by_role("link", name="Outlets", exact=True).first.click()
    page.locator("table.figures").get_by_role("link", name="Island Gazette").click()
    expect(page).to_have_url(urljoin(archive_server, "outlets/island-gazette.html"))
    page.wait_for_load_state()  # all_inner_texts reads at once, so the page must have loaded
    assert visible_stories(page) == ["Ferry crews walk out"]
    page.go_back()
    page.locator("ul.speakers").get_by_role("link", name="Ana Kovac").click()
    expect(page.locator("article.story-block h3")).to_have_text(["Council votes on harbour dredging"])
    assert page.locator("p.namesakes").inner_text().startswith("Not the same person as Boris Kovac")
    ctx.close()


@pytest.mark.parametrize("origin", ["http", "file"])
def test_search_across_the_archive(context, archive, archive_server, origin):
    """The header's search box on an archive page: speakers, outlets and statements of every story."""
    from .test_browser_search import search

    page = context.new_page()
    watch = Watch(archive_server.split("/repo/")[0] if origin == "http" else None).attach(page)
    root = archive_server if origin == "http" else archive["plain"].as_uri() + "/"
    page.goto(root + "index.html")
    hits = search(page, "Kovac")  # the two people named first, then their statements
    assert sorted(hits[:2]) == [root + "speakers/ana-kovac.html", root + "speakers/boris-kovac.html"]
    assert len(hits) == 4 and all(h.startswith(root + "stories/") for h in hits[2:])
    hits = search(page, "strands the island")
    assert len(hits) == 1 and hits[0].startswith(root + "stories/budget-row/speakers/mike-brandt.html#mike-brandt-")
    page.locator(".search-list a").first.click()
    page.wait_for_load_state("networkidle")
    assert "Cutting the ferry strands the island schools" in page.locator(":target").inner_text()
    assert watch.problems() == [], watch.problems()


def test_nu_html_checker_finds_nothing_in_the_archive_pages(archive, tmp_path):
    """Every archive page type and archive.css, both builds: zero errors, zero warnings (and a broken page caught)."""
    files = [
        str(p)
        for site in archive.values()
        for p in sorted(site.glob("*.html"))
        + sorted(site.glob("*/*.html"))
        + [site / "static" / "archive.css"]
        # and one story's pages as the archive shows them (with their way back to it)
        + sorted(site.glob("stories/budget-row/**/*.html"))
    ]
    assert len(files) >= 2 * (len(PAGES) + 1)
    assert nu_checker_messages(files, tmp_path) == []
