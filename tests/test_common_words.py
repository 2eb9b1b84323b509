"""Issue 16: common words that only look like a cue or a name; every text here is our own."""

from __future__ import annotations

from quotecompare.attribution.story import build_quotes
from quotecompare.read.sources import parse_article
from tests.helpers import speakers


def test_a_speech_verb_after_a_preposition_is_a_noun() -> None:
    # "from state to state": neither "state" is Tolls stating anything; Holm's "calling" is the cue.
    got = speakers("Tolls change from state to state, Ada Holm said, calling them “a tax on islanders.”")
    assert got == [("a tax on islanders.", "Ada Holm")]
    got = speakers("Ferry fares vary from state to state, and the union is “worried.”")
    assert got == [("worried.", "The union")]
    # "to" alone still makes the verb: "declined to state" is Holm's cue.
    got = speakers("Ada Holm declined to state whether the plan was “dead.”")
    assert got == [("dead.", "Ada Holm")]


def test_a_passage_of_a_text_speaks_as_a_document() -> None:
    # "Article 33 affirms:" is a clause of a treaty, not a person "Article" (nor Ruiz, who cited it);
    # "Psalm 23:4 says" a verse. A number with no section's word or verse's colon names no one.
    text = (
        "Jo Ruiz cited the treaty.\n\nArticle 33 affirms: “No state shall expel a refugee.”\n\n"
        "Psalm 23:4 reads: “I will fear no evil.”\n\nFlight 12 said: “We are fine.”\n\n"
        "Her father, Ivo, 39, worried that voters “limit the news they read.”\n"
    )
    quotes, found = build_quotes([parse_article("a.txt", "Headline\n\n" + text)])
    assert [q.speaker for q in quotes] == ["Article 33", "Psalm 23:4", None, "Ivo"]
    assert {s.name: s.type for s in found} == {"Article 33": "document", "Psalm 23:4": "document", "Ivo": "person"}
