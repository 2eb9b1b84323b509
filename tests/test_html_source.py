"""A saved web page (.html) as a source: article text in, page furniture and scripts out.

tests/fixtures/html/harbour.html is a page written for these tests (an invented
town and newspaper): head metadata, a script in the head and one inside the
article, a nav menu, an aside, a footer, and an article with two quotations.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from quotecompare.cli import main
from quotecompare.errors import InputError
from quotecompare.pipeline import gather
from quotecompare.read.quotes import extract
from quotecompare.read.sources import parse_article, read_sources

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = FIXTURES / "html/harbour.html"
# Text that sits in the page but outside the article.
FURNITURE = [
    "SCRIPT-CONTENT-MUST-NOT-APPEAR",
    "INLINE-ARTICLE-SCRIPT-MUST-NOT-APPEAR",
    "trackingSecret",
    "console.log",
    "FOOTER-FURNITURE-MARKER",
    "Privacy policy",
    "News section menu",
    "Subscribe today",
    "Most read",
    "Council votes on parking fees",
    "color: #123456",
]


def test_trafilatura_imports() -> None:
    # jusText needs lxml.html.clean, a separate package (lxml_html_clean) since lxml 5.2.
    import trafilatura

    assert callable(trafilatura.extract)


def test_article_text_extracted_and_furniture_dropped() -> None:
    src = parse_article("harbour.html", PAGE.read_text(encoding="utf-8"))
    assert src.fmt == "html"
    assert src.title == "Harbour bridge reopens after repairs"
    assert (src.outlet, src.date, src.url) == (
        "The Fictional Tribune",
        "2024-03-05",
        "https://tribune.example/2024/03/harbour-bridge",
    )
    texts = [b.text for b in src.blocks]
    assert texts[0].startswith("The harbour bridge in the invented town of Port Avalon reopened")
    assert texts[-1].startswith("Local shop owners welcomed the news")
    assert len(texts) == 5
    for marker in FURNITURE:
        assert marker not in src.raw, marker
    # Offsets are into the extracted text (docs/data-format.md: "for .html sources, into the extracted article text").
    for block in src.blocks:
        assert src.raw[block.raw_pos(0) : block.raw_pos(0) + len(block.text)] == block.text


def test_quotes_found_with_offsets_into_extracted_text() -> None:
    src = parse_article("harbour.html", PAGE.read_text(encoding="utf-8"))
    found = extract(src)
    assert [f.text for f in found] == [
        "We promised the people of this town a safe crossing, and today we deliver it,",
        "The old cables were tired, but the towers are as sound as the day they were built,",
    ]
    story = gather([src])
    assert story.quotes[0].speaker == "Jane Harbour"
    for q in story.quotes:
        assert src.raw[q.start : q.end] == q.text


def test_pronoun_after_lowercase_title_name() -> None:
    story = gather([parse_article("harbour.html", PAGE.read_text(encoding="utf-8"))])
    assert story.quotes[1].speaker == "Tom Keel"


def test_html_source_builds_with_text_sources_and_no_script_reaches_the_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(PAGE, src / "harbour.html")
    (src / "wire.txt").write_text(
        "Port Avalon bridge open again\n\nBy Example Wire\n\n"
        'Mayor Jane Harbour said: "We promised the people of this town a safe crossing, and today we deliver it."\n',
        encoding="utf-8",
    )
    site = tmp_path / "site"
    assert main(["--sources", str(src), "--out", str(site)]) == 0
    out, err = capsys.readouterr()
    assert "2 articles" in out and err == ""
    data = json.loads((site / "data/quotes.json").read_text(encoding="utf-8"))
    formats = {s["file"]: s["format"] for s in data["sources"]}
    assert formats == {"harbour.html": "html", "wire.txt": "text"}
    assert [link["kind"] for link in data["links"]] == ["verbatim"]
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json"}:
            text = path.read_text(encoding="utf-8")
            for marker in FURNITURE:
                assert marker not in text, (path, marker)


def test_hostile_html_article_text_stays_text() -> None:
    page = (
        "<html><head><title>Vote count</title></head><body><article>"
        "<h1>Vote count delayed</h1>"
        "<p>The returning officer, speaking at the town hall on Sunday evening, explained the delay to reporters "
        "who had waited there for most of the afternoon.</p>"
        '<p>"The tag &lt;script&gt;alert(1)&lt;/script&gt; was typed into a ballot," said Ola Returning, the officer.</p>'
        '<p>See <a href="javascript:alert(2)">the full results page</a> for the numbers from every ward in the town.</p>'
        "</article></body></html>"
    )
    src = parse_article("vote.html", page)
    assert "javascript" not in src.raw and src.url is None
    assert any("<script>alert(1)</script> was typed" in b.text for b in src.blocks)
    assert [f.text for f in extract(src)] == ["The tag <script>alert(1)</script> was typed into a ballot,"]


def test_page_without_article_text_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><script>var x = 1;</script></head><body></body></html>")
    (tmp_path / "good.txt").write_text('Title\n\nShe said "we are fine," and left.\n', encoding="utf-8")
    sources, _, warnings = read_sources(tmp_path)
    assert [s.file for s in sources] == ["good.txt"]
    assert warnings == ["empty.html: skipped, no article text found in this web page"]
    with pytest.raises(InputError, match="no article text found"):
        parse_article("empty.html", "<html><body><script>x()</script></body></html>")


def test_page_that_breaks_the_parser_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def explode(*args: object, **kwargs: object) -> str:
        raise ValueError("parser exploded")

    monkeypatch.setattr(trafilatura, "extract", explode)
    (tmp_path / "bad.html").write_text("<html><body><p>text</p></body></html>", encoding="utf-8")
    (tmp_path / "good.txt").write_text('Title\n\nShe said "we are fine," and left.\n', encoding="utf-8")
    sources, _, warnings = read_sources(tmp_path)
    assert [s.file for s in sources] == ["good.txt"]
    assert warnings == ["bad.html: skipped, could not read this web page (ValueError)"]


def test_a_page_s_embedded_post_is_a_quotation_of_its_author() -> None:
    """tests/fixtures/html/embedded-post.html: an invented page with a post embedded as sites embed them
    (its text, a link, then "— Name (@account) Date"), which the page's text keeps as two paragraphs."""
    page = FIXTURES / "html/embedded-post.html"
    story = gather([parse_article(page.name, page.read_text(encoding="utf-8"))])
    assert [(q.text, q.speaker) for q in story.quotes] == [
        ("Just had a great call with the prime minister. Very productive!", "Ada Holm"),
        ("We expect progress,", "Tom Keel"),
    ]
