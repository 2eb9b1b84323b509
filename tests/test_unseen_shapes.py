"""Issue 16: shapes of narration met on unseen text, each a general rule; every text here is our own."""

from __future__ import annotations

from quotecompare.attribution.story import build_quotes
from quotecompare.read.quotes import extract
from quotecompare.read.sources import parse_article


def speakers(text: str) -> list[tuple[str, str | None]]:
    source = parse_article("a.txt", "Headline\n\n" + text, source_id="a")
    quotes, _ = build_quotes([source], {source.id: extract(source)})
    return [(q.text, q.speaker) for q in quotes]


def test_a_cue_word_after_an_article_and_adjectives_is_a_noun() -> None:
    # "a clear answer" is what Holm avoided, not a speaker "A clear" answering.
    got = speakers("Asked by Lind if the budget “adds up” in full, Mayor Ada Holm avoided a definitive answer.")
    assert got == [("adds up", "Ada Holm")]
    # The "-s" form after a plural subject stays the cue.
    got = speakers("The plan is “too little, too late” for the town, the union leaders say.")
    assert got == [("too little, too late", "The union leaders")]
