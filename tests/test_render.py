"""Rendering: relative URLs from any page, autoescape, and pages built without a disk."""

from __future__ import annotations

import pytest

from quotecompare.build import render_site
from quotecompare.config import default_templates
from quotecompare.contents import Story
from quotecompare.render import get_relative_url


@pytest.mark.parametrize(
    ("url", "page", "expected"),
    [
        ("index.html", "index.html", "index.html"),
        ("index.html", "speakers/a.html", "../index.html"),
        ("static/style.css", "index.html", "static/style.css"),
        ("static/style.css", "articles/x.html", "../static/style.css"),
        ("speakers/a.html#r1", "articles/b.html", "../speakers/a.html#r1"),
        ("speakers/a.html#r1", "speakers/a.html", "a.html#r1"),
        ("articles/b.html#q", "speakers/a.html", "../articles/b.html#q"),
        ("#top", "speakers/a.html", "#top"),
        ("data/quotes.json", "index.html", "data/quotes.json"),
        ("https://example.org/a", "speakers/a.html", "https://example.org/a"),
    ],
)
def test_get_relative_url(url: str, page: str, expected: str) -> None:
    assert get_relative_url(url, page) == expected


def test_every_link_in_the_seed_site_is_relative(seed_story: Story) -> None:
    import re

    files = render_site(seed_story, default_templates())
    for path, text in files.items():
        if not path.endswith(".html") or path == "404.html":
            continue
        for ref in re.findall(r'(?:href|src)="([^"]+)"', text):
            assert not ref.startswith("/"), (path, ref)
            assert ref.startswith(("#", "../", "static/", "speakers/", "articles/", "data/", "index.html", "https://"))


def test_seed_pages_exist_and_show_the_comparison(seed_story: Story) -> None:
    files = render_site(seed_story, default_templates())
    assert {"index.html", "speakers/sergei-lavrov.html", "speakers/mike-pompeo.html", "data/quotes.json"} <= set(files)
    pompeo = files["speakers/mike-pompeo.html"]
    assert "<del>improve</del>" in pompeo and "<ins>improving</ins>" in pompeo
    assert "Only in" in pompeo


def test_many_outlets_list_layout_shows_each_version_once() -> None:
    import re

    from quotecompare.build import gather
    from quotecompare.readers import parse_article

    sources = [
        parse_article(
            f"o{n}.txt",
            f"Story {n}\n\nBy Outlet {n} News\n\n"
            f'"The new bridge will open to traffic on the first of May," Mayor Ines Varga said.\n',
            source_id=f"o{n}",
        )
        for n in range(8)
    ]
    story = gather(sources)
    assert len([lk for lk in story.links if lk.same_speaker]) == 28  # every pair is in quotes.json
    page = render_site(story, default_templates())["speakers/ines-varga.html"]
    assert '<ol class="statements">' in page and '<table class="align">' not in page
    assert len(re.findall(r'<details class="pair"', page)) == 7  # one fewer than the versions shown
    assert "7 of 28 pairwise comparisons" in page
    assert page.count('class="version-source"') == 8


def test_base_url_option_roots_only_the_404_page(tmp_path) -> None:
    from quotecompare.cli import main

    out = tmp_path / "site"
    assert main(["--base-url", "/repo/", "--out", str(out), "-q"]) == 0
    assert 'href="/repo/index.html"' in (out / "404.html").read_text(encoding="utf-8")
    assert 'href="/repo/' not in (out / "index.html").read_text(encoding="utf-8")
