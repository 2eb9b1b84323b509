"""Rendering: relative URLs from any page, autoescape, and pages built without a disk."""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

import jinja2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecompare.config import default_templates
from quotecompare.models import Story
from quotecompare.pipeline import render_site
from quotecompare.site.render import _BytecodeCache, get_relative_url


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
        # An archive: stories one folder down, their pages two.
        ("stories/s/index.html", "speakers/a.html", "../stories/s/index.html"),
        ("stories/s/speakers/a.html#r2", "index.html", "stories/s/speakers/a.html#r2"),
        ("index.html", "stories/s/speakers/a.html", "../../../index.html"),
        ("stories/s/speakers/b.html", "stories/s/speakers/a.html", "b.html"),
        ("stories/t/index.html", "stories/s/articles/a.html", "../../t/index.html"),
        ("speakers", "speakers/a.html", "."),
        ("../outside.html", "speakers/a.html", "../../outside.html"),
    ],
)
def test_get_relative_url(url: str, page: str, expected: str) -> None:
    assert get_relative_url(url, page) == expected


site_path = st.lists(st.sampled_from(["a", "b", "stories", "x.html", "index.html"]), min_size=1, max_size=4).map(
    "/".join
)


@given(site_path, site_path)
def test_relative_url_is_relpath(url: str, page: str) -> None:
    """The quick path agrees with posixpath.relpath for every plain site path."""
    assert get_relative_url(url, page) == posixpath.relpath(url, posixpath.dirname(page) or ".")


def test_every_link_in_the_seed_site_is_relative(seed_story: Story) -> None:
    import re

    files = dict(render_site(seed_story, default_templates()))
    for path, text in files.items():
        if not path.endswith(".html") or path == "404.html":
            continue
        for ref in re.findall(r'(?:href|src)="([^"]+)"', text):
            assert not ref.startswith("/"), (path, ref)
            assert ref.startswith(("#", "../", "static/", "speakers/", "articles/", "data/", "index.html", "https://"))


def test_seed_pages_exist_and_show_the_comparison(seed_story: Story) -> None:
    files = dict(render_site(seed_story, default_templates()))
    assert {"index.html", "speakers/sergei-lavrov.html", "speakers/mike-pompeo.html", "data/quotes.json"} <= set(files)
    pompeo = files["speakers/mike-pompeo.html"]
    assert "<del>improve</del>" in pompeo and "<ins>improving</ins>" in pompeo
    assert "Only in" in pompeo


def bridge_story(outlets: int):
    """``outlets`` outlets quote one statement: most word for word, two with a variant, one a fragment."""
    from quotecompare.pipeline import gather
    from quotecompare.read.sources import parse_article

    whole = '"The new bridge will open to {}traffic on the first of May," Mayor Ines Varga said.'
    texts = [whole.format("") for _ in range(outlets - 3)] + [whole.format("all ") for _ in range(2)]
    texts.append('Mayor Ines Varga said the bridge would open "on the first of May," weather permitting.')
    return gather(
        [
            parse_article(f"o{n}.txt", f"Story {n}\n\nBy Outlet {n} News\n\n{text}\n", source_id=f"o{n}")
            for n, text in enumerate(texts)
        ]
    )


def test_many_outlets_list_layout_shows_each_version_once() -> None:
    import re

    story = bridge_story(8)
    assert len([lk for lk in story.links if lk.same_speaker]) == 28  # every pair is in quotes.json
    page = dict(render_site(story, default_templates()))["speakers/ines-varga.html"]
    assert '<ul class="versions">' in page and '<div class="printed">' not in page
    # Three versions (5 identical, 2 identical, 1 fragment): each shown once, two comparisons join them.
    assert page.count('class="version-source"') == 3
    assert page.count('<blockquote id="c-') == 3
    assert "Verbatim</span> in Outlet 0 News, Outlet 1 News, Outlet 2 News, Outlet 3 News, Outlet 4 News</p>" in page
    assert "Verbatim</span> in Outlet 5 News, Outlet 6 News</p>" in page
    pairs = re.findall(r'<details class="pair">\s*<summary>(.*?)</summary>', page, re.S)
    assert len(pairs) == 2
    # The whole versions are compared with each other, the fragment with its closest whole version.
    assert "Wording variant" in pairs[0] and "Partial" not in pairs[0]
    assert "Partial" in pairs[1]
    assert '<mark class="place">on the first of May,</mark>' in page
    # Reader words on the page; the researcher's (pairwise links) stay in quotes.json.
    assert "pairwise" not in page and "Each version is compared with its closest other version." in page
    # Every quote keeps its anchor, so each article's label still leads to it.
    for q in story.quotes:
        assert f'id="c-{q.id}"' in page


def test_identical_versions_collapse_in_the_table_layout() -> None:
    import re

    page = dict(render_site(bridge_story(6), default_templates()))["speakers/ines-varga.html"]
    assert '<div class="printed">' in page and '<ul class="versions">' not in page
    assert page.count('<blockquote id="c-') == 6  # each outlet's quote side by side
    assert page.count('<p class="same">') == 2
    summaries = re.findall(r"<summary>(.*?)</summary>", page, re.S)
    # One comparison per pair of versions that differ (3 versions: 3 pairs), not one per pair of quotes (15).
    assert len(summaries) == 3
    assert sum("Partial" in s for s in summaries) == 2
    assert page.count('class="partial-of"') == 1  # the fragment is marked where it is printed


def test_base_url_option_roots_only_the_404_page(tmp_path) -> None:
    from quotecompare.cli import main

    out = tmp_path / "site"
    assert main(["--base-url", "/repo/", "--out", str(out), "-q"]) == 0
    assert 'href="/repo/index.html"' in (out / "404.html").read_text(encoding="utf-8")
    assert 'href="/repo/' not in (out / "index.html").read_text(encoding="utf-8")


def test_a_statement_of_more_than_eight_quotes_lists_each_quotes_closest_version() -> None:
    import json

    from quotecompare.pipeline import site_files

    story = bridge_story(12)
    files = site_files(story, default_templates())
    data = json.loads(files["data/quotes.json"])
    (statement,) = data["statements"]
    assert len(statement["quotes"]) == 12 and sum(statement["kinds"].values()) == 66  # every pair counted
    assert len(data["links"]) == 11  # listed: each quote's link to its closest version
    page = files["speakers/ines-varga.html"]
    assert "pairwise" not in page and "its closest other version" in page
    assert page.count('<blockquote id="c-') == 3  # still each version once
    for q in story.quotes:
        assert f'id="c-{q.id}"' in page


def sparse_story():
    """Four outlets: one statement three of them printed, the rest printed by one outlet each (text written here)."""
    from quotecompare.pipeline import gather
    from quotecompare.read.sources import parse_article

    shared = '"The harbour will stay open all winter," Mayor Ines Varga said.'
    own = [
        '"We are hiring forty new pilots this spring," Varga said.',
        '"Nobody asked the fishermen what they want," Varga said.',
        "",
        '"The ferry timetable is a scandal," Varga said. "It must change by June," she added.',
    ]
    texts = [f"{shared if n < 3 else ''}\n\n{extra}" for n, extra in enumerate(own)]
    return gather(
        [
            parse_article(f"o{n}.txt", f"Story {n}\n\nBy Outlet {n} News\n\n{text}\n", source_id=f"o{n}")
            for n, text in enumerate(texts)
        ]
    )


def test_speaker_pages_show_only_the_outlets_that_printed_each_statement() -> None:
    import re

    from quotecompare.site.views import speaker_page

    story = sparse_story()
    (varga,) = [s for s in story.speakers if s.name == "Ines Varga"]
    laid = speaker_page(story, varga)
    assert [r.outlets for r in laid.shared] == [("Outlet 0 News", "Outlet 1 News", "Outlet 2 News")]
    assert [(g.outlet, len(g.rows)) for g in laid.single] == [
        ("Outlet 0 News", 1),
        ("Outlet 1 News", 1),
        ("Outlet 3 News", 2),
    ]
    assert [r.number for r in laid.rows] == [1, 2, 3, 4, 5]
    assert laid.kinds == {"verbatim": 1, "only": 4}
    page = dict(render_site(story, default_templates()))["speakers/ines-varga.html"]
    assert "absent" not in page  # no empty cell for an outlet that did not print it
    shared, single = page.split('id="single-h"')
    assert shared.count('class="col"') == 3  # the three outlets that printed it, no empty column for the fourth
    assert "Outlet 3 News" not in shared.split('id="shared-h"')[1]
    # Each statement's heading comes before its quotes.
    for block in re.findall(r'<li id="[^"]+" class="row.*?</li>', page, re.S):
        assert block.index("Statement ") < block.index("<blockquote")
    # One outlet's statements: a list under its name.
    assert re.search(
        r'Only in <a href="../articles/o3.html">Outlet 3 News</a> <span class="meta">2 statements</span>', single
    )


def _cached_environment(templates: Path, cache: Path) -> tuple[jinja2.Environment, list[str]]:
    """An environment over ``templates`` with the package's template cache in ``cache``; the names it compiled."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)), bytecode_cache=_BytecodeCache(str(cache)))
    compiled: list[str] = []
    compile_source = env.compile

    def compile_and_note(source: str, name: str | None = None, filename: str | None = None, *args: Any) -> Any:
        compiled.append(str(name))
        return compile_source(source, name, filename, *args)

    env.compile = compile_and_note  # type: ignore[method-assign]
    return env, compiled


def test_the_template_cache_gives_back_what_jinja_compiled(tmp_path: Path) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    cache.mkdir(mode=0o700)
    (templates / "page.html").write_text("{% for w in words %}<b>{{ w }}</b>{% endfor %}", encoding="utf-8")
    env, compiled = _cached_environment(templates, cache)
    first = env.get_template("page.html").render(words=["a", "<b>"])
    assert compiled == ["page.html"] and any(cache.iterdir())  # compiled, and stored in Jinja's format
    env, compiled = _cached_environment(templates, cache)
    assert env.get_template("page.html").render(words=["a", "<b>"]) == first == "<b>a</b><b><b></b>"
    assert compiled == []  # read back from the cache

    (templates / "page.html").write_text("{{ words | length }}", encoding="utf-8")
    env, compiled = _cached_environment(templates, cache)
    assert env.get_template("page.html").render(words=["a", "b"]) == "2"
    assert compiled == ["page.html"]  # a changed template is compiled again

    for entry in cache.iterdir():
        entry.write_bytes(entry.read_bytes()[:-20])  # a damaged entry
    env, compiled = _cached_environment(templates, cache)
    assert env.get_template("page.html").render(words=["a"]) == "1"
    assert compiled == ["page.html"]
