"""Reading the seed site: keyboard, layout at 1280 and 390 px, quote links both ways, no script, print."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SPEAKER = "speakers/mike-pompeo.html"
ARTICLE = "articles/002-4629e76701e84207.html"


def box(locator) -> dict[str, float]:
    b = locator.bounding_box()
    assert b is not None, locator
    return b


def test_skip_link_and_visible_focus(context, server):
    page = context.new_page()
    page.goto(urljoin(server, SPEAKER))
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Skip to content"
    b = box(skip)
    assert b["x"] >= 0 and b["y"] >= 0 and b["width"] > 50  # on screen once focused
    assert skip.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    # Following a link to a fragment completes after the key event: wait for it rather than read at once.
    expect(page).to_have_url(re.compile(r"#main$"))
    expect(page.locator("#main")).to_be_focused()
    page.keyboard.press("Tab")  # the next stop is inside main: the breadcrumb
    focused = page.locator(":focus")
    assert focused.evaluate("e => e.closest('main') !== null")
    assert focused.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    assert float(focused.evaluate("e => parseFloat(getComputedStyle(e).outlineWidth)")) >= 2


def test_every_control_is_reachable_by_keyboard(context, server):
    page = context.new_page()
    page.goto(urljoin(server, SPEAKER))
    focusable = page.eval_on_selector_all(
        "a[href], summary, input:not([type=hidden])", "es => es.filter(e => e.offsetParent !== null).length"
    )
    seen = set()
    for _ in range(focusable + 2):
        page.keyboard.press("Tab")
        seen.add(page.evaluate("document.activeElement.outerHTML"))
    assert len(seen) >= focusable


def test_columns_side_by_side_on_wide_screens(context, server):
    page = context.new_page()
    page.goto(urljoin(server, SPEAKER))
    statement = page.locator("li.statement").first
    heading, cols = statement.locator("h3"), statement.locator("div.printed > .col")
    assert cols.count() == 2  # the outlets that printed it, and only those
    a, b = box(cols.nth(0)), box(cols.nth(1))
    assert a["y"] == b["y"] and b["x"] >= a["x"] + a["width"] - 1
    assert box(heading)["y"] < a["y"]  # the statement's heading before its quotes
    for i in range(2):
        assert cols.nth(i).locator(".col-source").is_visible()


def test_stacked_with_source_labels_on_phones(context, server):
    page = context.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(urljoin(server, SPEAKER))
    cols = page.locator("li.statement").first.locator("div.printed > .col")
    a, b = box(cols.nth(0)), box(cols.nth(1))
    assert b["y"] >= a["y"] + a["height"] - 1, "columns should stack"
    assert a["width"] > 300
    for i in range(cols.count()):
        label = cols.nth(i).locator(".col-source")
        assert label.is_visible() and label.inner_text().strip()
    # A statement one outlet printed: its number, then its words, under the outlet's name.
    solo = page.locator("li.solo").first
    assert box(solo.locator("h4"))["y"] < box(solo.locator("blockquote"))["y"]


def test_quote_to_article_and_back(context, server):
    page = context.new_page()
    page.goto(urljoin(server, SPEAKER))
    quote = page.locator("blockquote.q").first
    quote_id = quote.get_attribute("id")
    quote.locator("a.inctx").click()
    expect(page).to_have_url(re.compile(r"/articles/[^#]+#.+"))
    target = page.locator(":target")
    assert target.evaluate("e => e.matches('mark.qt')")
    assert target.is_visible() and target.evaluate("e => e.getBoundingClientRect().top") < 844
    assert target.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"  # the reader sees where they landed
    # ... and back: the speaker label beside the quote links to the same quote on the speaker page.
    page.locator(":target + sup.who a, :target ~ sup.who a").first.click()
    expect(page).to_have_url(urljoin(server, SPEAKER) + "#" + quote_id)
    assert page.locator(":target").get_attribute("id") == quote_id
    assert page.locator(":target").evaluate("e => e.getBoundingClientRect().top") < 900


def test_article_labels_link_to_their_own_quote(context, server):
    page = context.new_page()
    page.goto(urljoin(server, ARTICLE))
    links = page.locator("sup.who a")
    assert links.count() >= 3
    pairs = links.evaluate_all("as => as.map(a => [a.closest('sup').previousElementSibling.id, a.href])")
    for mark_id, href in pairs:
        assert mark_id and re.fullmatch(rf"{re.escape(server)}speakers/[\w-]+\.html#c-{mark_id}", href), (mark_id, href)


def test_usable_without_scripting(browser, server):
    ctx = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    page.goto(urljoin(server, SPEAKER))
    rows = page.locator("li.row")
    assert rows.count() >= 2
    assert all(rows.nth(i).is_visible() for i in range(rows.count()))
    assert not page.locator("form.filter").is_visible()  # the filter needs the script; nothing else does
    assert page.locator("p.diff").first.is_visible()  # comparisons are open
    assert page.locator(".legend").is_visible()
    ctx.close()


def test_kind_filter_with_scripting(context, server):
    page = context.new_page()
    page.goto(urljoin(server, SPEAKER))
    form = page.locator("form.filter")
    assert form.is_visible()
    only = page.locator("li.row[data-kinds='only']")
    assert only.count() >= 1 and only.first.is_visible()
    form.get_by_label("Only in one outlet").uncheck()
    assert not only.first.is_visible()
    assert not page.locator("#single-h").is_visible()  # the section goes with its statements
    assert page.locator("li.row:not([data-kinds='only'])").first.is_visible()
    form.get_by_label("Only in one outlet").check()
    assert only.first.is_visible() and page.locator("#single-h").is_visible()


def test_print_stylesheet(context, server):
    page = context.new_page()
    page.goto(urljoin(server, SPEAKER))
    page.emulate_media(media="print")
    assert not page.locator("header.site nav").is_visible()
    assert not page.locator("a.inctx").first.is_visible()
    assert page.locator("p.diff").first.is_visible()
    assert page.locator(".legend").is_visible()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    assert page.pdf()[:4] == b"%PDF"
