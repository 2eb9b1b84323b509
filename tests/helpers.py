"""Quotes built from text a test writes: one article under a headline, or a story of several articles."""

from __future__ import annotations

from quotecompare.attribution.story import build_quotes
from quotecompare.models import Quote
from quotecompare.read.quotes import extract
from quotecompare.read.sources import parse_article


def story(*articles: str) -> list[Quote]:
    """The quotes of a story of whole ``articles`` (headline first), sources "a", "b", … in that order."""
    sources = [parse_article(f"{chr(97 + n)}.txt", text, source_id=chr(97 + n)) for n, text in enumerate(articles)]
    quotes, _ = build_quotes(sources, {s.id: extract(s) for s in sources})
    return quotes


def article(text: str) -> list[Quote]:
    """The quotes of one article: ``text`` under a headline."""
    return story("Headline\n\n" + text)


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quotation of one article and its speaker."""
    return [(q.text, q.speaker) for q in article(text)]


def kinds(text: str) -> list[tuple[str, str]]:
    """Each quotation of one article and whether it is a quote or a term."""
    return [(q.text, q.kind) for q in article(text)]
