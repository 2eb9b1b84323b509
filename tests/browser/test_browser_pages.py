"""Every page of the seed site, and each page type of an eight-outlet story, in Chromium, served under a sub-path and from file://."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from .harness import Watch, axe_violations

pytestmark = pytest.mark.browser

# Every page the seed story makes (checked against the build below, so none is missed).
PAGES = [
    "index.html",
    "speakers/sergei-lavrov.html",
    "speakers/mike-pompeo.html",
    "speakers/dmitry-peskov.html",
    "articles/000-c2465f9aa2e9395f.html",
    "articles/002-4629e76701e84207.html",
    "404.html",
]


# The eight-outlet story's page types: the index with a full coverage matrix, speaker pages in the
# many-outlet layout (identical versions collapsed, fragments marked), articles with a dateline and Markdown.
WIDE_PAGES = [
    "index.html",
    "speakers/ines-varga.html",
    "speakers/tom-ash.html",
    "articles/o1.html",
    "articles/o8.html",
]


def page_url(origin: str, path: str, built: dict[str, Path], server: str, site: str = "seed") -> str:
    if site == "wide":
        return (built["wide"] / path).as_uri()
    return urljoin(server, path) if origin == "http" else (built["plain"] / path).as_uri()


def test_page_list_is_every_page(built):
    for name, site in built.items():
        pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
        if name == "wide":
            assert set(WIDE_PAGES) < set(pages)  # one page of each type, and both speakers
        else:
            assert pages == sorted(PAGES)


@pytest.mark.parametrize(
    ("site", "origin", "path"),
    [("seed", origin, path) for path in PAGES for origin in ("http", "file")]
    + [("wide", "file", path) for path in WIDE_PAGES],
)
def test_page(context, built, server, artifacts, site, origin, path):
    page = context.new_page()
    watch = Watch(server.split("/repo/")[0] if origin == "http" else None).attach(page)
    response = page.goto(page_url(origin, path, built, server, site), wait_until="load")
    assert response is None or response.ok
    assert page.title().endswith("· Quote Compare")
    # The stylesheet applied (inlined in 404.html): the header's accent rule is there.
    assert page.eval_on_selector("header.site", "e => getComputedStyle(e).borderTopWidth") == "4px"

    name = f"{site}-{origin}-{path.replace('/', '_').removesuffix('.html')}"
    assert axe_violations(page) == [], "light mode"
    page.screenshot(path=str(artifacts / f"{name}-1280.png"), full_page=True)
    page.emulate_media(color_scheme="dark")
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    assert axe_violations(page) == [], "dark mode"
    page.emulate_media(color_scheme="light")

    page.set_viewport_size({"width": 390, "height": 844})
    width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1], f"horizontal scrolling at 390 px: {width}"
    assert axe_violations(page) == [], "390 px"
    page.screenshot(path=str(artifacts / f"{name}-390.png"), full_page=True)

    assert watch.problems() == []


def ids_in(html: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html))


@pytest.mark.parametrize("site", ["seed", "wide"])
def test_every_link_and_anchor_resolves(context, built, server, wide_server, site):
    """Each local link of each page, followed over HTTP: the target exists, and so does its #id."""
    folder, base = (built["pages"], server) if site == "seed" else (built["wide"], wide_server)
    paths = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.html"))
    ids = {p: ids_in((folder / p).read_text(encoding="utf-8")) for p in paths}
    page = context.new_page()
    checked = 0
    for path in paths:
        if path == "404.html":
            continue  # its links are rooted, checked in test_not_found_at_any_depth
        page.goto(urljoin(base, path))
        for href in page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)"):
            if not href.startswith(base):
                assert urlsplit(href).scheme == "https", href  # only the original articles are elsewhere
                continue
            target, _, fragment = href[len(base) :].partition("#")
            if target.endswith(".html"):
                assert target in ids, href
                if fragment:
                    assert fragment in ids[target], href
            else:
                assert page.request.get(href).ok, href
            checked += 1
    assert checked > 50


@pytest.mark.parametrize("missing", ["nope.html", "speakers/nope.html", "a/b/c/d/nope"])
def test_not_found_at_any_depth(context, server, missing):
    """GitHub Pages serves 404.html in place of a missing path: styled, with working links, at any depth."""
    page = context.new_page()
    url = urljoin(server, missing)
    watch = Watch(server.split("/repo/")[0], expect_status={url: 404}).attach(page)
    response = page.goto(url)
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.eval_on_selector("header.site", "e => getComputedStyle(e).borderTopWidth") == "4px"
    assert page.evaluate("document.querySelector('link[rel=icon]').href").startswith("data:image/svg+xml,")
    assert axe_violations(page) == []
    for href in page.eval_on_selector_all("a[href]:not([href^='#'])", "as => as.map(a => a.href)"):
        assert href.startswith(server), href
        assert page.request.get(href).ok, href
    page.locator("main a").click()
    expect(page).to_have_url(urljoin(server, "index.html"))
    page.wait_for_load_state()  # count() reads at once
    assert page.locator("h1").count() == 1
    assert watch.problems() == []
