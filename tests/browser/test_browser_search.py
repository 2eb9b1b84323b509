"""Search and the coverage matrix in Chromium: any three consecutive words find their quote, from file:// and /repo/."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from .harness import Watch, axe_violations

pytestmark = pytest.mark.browser

BOX = "#search-q"
RESULTS = ".search-list a"
PREFIX = "window.quoteCompareIndex = "


def search_index(site: Path) -> dict:
    text = (site / "data" / "search-index.js").read_text(encoding="utf-8")
    assert text.startswith(PREFIX) and text.endswith(";\n")
    return json.loads(text[len(PREFIX) : -2])


def site_root(origin: str, built: dict[str, Path], server: str) -> str:
    return server if origin == "http" else built["plain"].as_uri() + "/"


def search(page, query: str) -> list[str]:
    """Type ``query`` into the box (the index loads on first use) and return the result links."""
    page.locator(BOX).fill(query)
    page.wait_for_function(
        "q => document.querySelector('.search-status').textContent.includes('“' + q + '”')", arg=query.strip()
    )
    return results(page)


def results(page) -> list[str]:
    return page.eval_on_selector_all(RESULTS, "as => as.map(a => a.href)")


@pytest.mark.parametrize("site", ["plain", "wide"])
def test_every_quote_speaker_and_outlet_is_in_the_index(built, site) -> None:
    from quotecompare.text.normalise import plain_words

    data = search_index(built[site])
    quotes = json.loads((built[site] / "data" / "quotes.json").read_text(encoding="utf-8"))
    # Identical quotes of one speaker are one entry, naming every outlet that printed them.
    entries = {
        (plain_words(e[0]), data["speakers"][e[1]][0] if e[1] >= 0 else None, data["sources"][i][0])
        for e in data["quotes"]
        for i in e[2]
    }
    outlet = {s["id"]: s["outlet"] for s in quotes["sources"]}
    for q in quotes["quotes"]:
        speaker = q["speaker"] if q["kind"] == "quote" else None
        assert (plain_words(q["text"]), speaker, outlet[q["source"]]) in entries, q
    assert {s[0] for s in data["speakers"]} == {q["speaker"] for q in quotes["quotes"] if q["kind"] == "quote"} - {None}
    assert [s[0] for s in data["sources"]] == [s["outlet"] for s in quotes["sources"]]


@pytest.mark.parametrize("origin", ["http", "file"])
def test_any_three_consecutive_words_find_their_quote(context, built, server, origin):
    """Every run of three words of every quote, typed into the box on a page one folder down."""
    root = site_root(origin, built, server)
    page = context.new_page()
    watch = Watch(server.split("/repo/")[0] if origin == "http" else None).attach(page)
    page.goto(urljoin(root, "speakers/mike-pompeo.html"))
    page.locator(BOX).click()
    checked = 0
    for text, _, _, url in search_index(built["plain"])["quotes"]:
        words = text.split()
        for i in range(max(1, len(words) - 2)):
            query = " ".join(words[i : i + 3])
            assert urljoin(root, url) in search(page, query), (query, url)
            checked += 1
    assert checked >= 150
    # The first result holds the words in a row, and shows them marked.
    # "U.S." and "US" are one word; both outlets' copies of the statement are one result naming both.
    assert len(search(page, "our US colleagues")) == 1
    assert page.locator(".search-list li").first.locator("mark").inner_text() == "our US colleagues"
    assert page.locator(".search-list .r-meta").first.inner_text() == "Sergei Lavrov · Post (with wires), Reuters"
    assert watch.problems() == []


@pytest.mark.parametrize("origin", ["http", "file"])
def test_result_links_work_from_any_page(context, built, server, origin):
    root = site_root(origin, built, server)
    page = context.new_page()
    page.goto(urljoin(root, "articles/000-c2465f9aa2e9395f.html"))
    search(page, "Lavrov")
    assert page.locator(".search-list .r-kind").first.inner_text().lower() == "speaker"
    search(page, "Reuters")
    assert "outlet" in [k.lower() for k in page.locator(".search-list .r-kind").all_inner_texts()]
    search(page, "not destined that we")
    page.locator(RESULTS).first.click()
    expect(page).to_have_url(re.compile(re.escape(urljoin(root, "speakers/mike-pompeo.html#c-"))))
    assert page.locator(":target").evaluate("e => e.matches('blockquote.q')")


def test_search_on_the_not_found_page_at_any_depth(context, server):
    """The 404 page is served at any depth: its box still loads the index and links into the site."""
    page = context.new_page()
    url = urljoin(server, "a/b/nope.html")
    watch = Watch(server.split("/repo/")[0], expect_status={url: 404}).attach(page)
    page.goto(url)
    hrefs = search(page, "ready to reciprocate")
    assert hrefs and all(h.startswith(server) for h in hrefs)
    assert all(page.request.get(h).ok for h in hrefs)
    assert watch.problems() == []


def test_search_by_keyboard(context, server):
    page = context.new_page()
    page.goto(urljoin(server, "index.html"))
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "search-q":
            break
    assert page.evaluate("document.activeElement.id") == "search-q", "the box is reached with Tab"
    page.keyboard.type("hinders both your")
    page.wait_for_function("document.querySelector('.search-status').textContent.includes('“hinders both your”')")
    assert page.locator(".search-status").inner_text() == "1 result for “hinders both your”."
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.closest('.search-list') !== null")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "search-q"
    page.keyboard.press("Escape")
    assert page.locator(BOX).input_value() == "" and not page.locator(".search-results").is_visible()
    page.keyboard.type("hinders both your")
    page.keyboard.press("Enter")  # goes to the first result
    page.wait_for_url("**/speakers/sergei-lavrov.html#c-*")
    assert page.locator(":target").is_visible()


def test_search_results_pass_axe_in_light_dark_and_on_phones(context, server):
    page = context.new_page()
    page.goto(urljoin(server, "speakers/sergei-lavrov.html"))
    assert len(search(page, "security")) >= 2
    assert page.locator(".search-results").is_visible()
    assert axe_violations(page) == [], "light"
    page.emulate_media(color_scheme="dark")
    assert axe_violations(page) == [], "dark"
    page.set_viewport_size({"width": 390, "height": 844})
    width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1]
    assert axe_violations(page) == [], "390 px"


def test_untrusted_quote_text_stays_text_in_results(context, built):
    page = context.new_page()
    page.on("dialog", lambda d: pytest.fail(f"a dialog opened: {d.message}"))
    page.goto((built["wide"] / "index.html").as_uri())
    search(page, "promised a free")
    text = page.locator(".search-list .r-text").first.inner_text()
    assert "<script>alert(1)</script>" in text
    assert page.locator(".search-list script").count() == 0


def test_no_search_without_scripting(browser, server):
    ctx = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    page.goto(urljoin(server, "index.html"))
    assert not page.locator("form.search").is_visible()
    assert not page.locator(".search-results").is_visible()
    assert page.locator("#coverage table").is_visible()  # the pictures need no script
    ctx.close()


def test_coverage_matrix_by_keyboard(context, server):
    """Tab reaches the matrix's cells; Enter on one opens the speaker's page at the first statement it counts."""
    page = context.new_page()
    page.goto(urljoin(server, "index.html"))
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('td.cov') !== null"):
            break
    cell = page.evaluate("document.activeElement.closest('td.cov').innerText")
    assert cell.split()[0].isdigit()
    assert page.locator(":focus").evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    href = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/speakers/*.html#*")
    assert page.url.endswith(href.split("/")[-1])
    target = page.locator(":target")
    assert target.evaluate("e => e.matches('li.row')") and target.is_visible()


def test_matrix_and_chart_in_print_and_dark_mode(context, server):
    page = context.new_page()
    page.goto(urljoin(server, "index.html"))
    page.emulate_media(color_scheme="dark")
    # In dark mode the cells take the dark palette: an all-verbatim cell is bright on a dark page.
    light = page.eval_on_selector("td.cov.v4", "e => getComputedStyle(e).backgroundColor")
    assert light == "rgb(143, 227, 173)"
    page.emulate_media(media="print", color_scheme="light")
    assert not page.locator("form.search").is_visible()
    assert page.locator("#coverage table").is_visible() and page.locator("svg.bar").first.is_visible()
    # Printers drop backgrounds: every counted cell says its numbers in words.
    for text in page.locator("td.cov:not(.none)").all_inner_texts():
        assert "verbatim" in text or "none shared" in text, text
    assert page.pdf()[:4] == b"%PDF"
