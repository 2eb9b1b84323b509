"""Issue 16, part 8: short quoted words in someone's reported speech, and one name per person; text written here."""

from __future__ import annotations

from quotecompare.attribution.story import build_quotes
from quotecompare.read.quotes import extract
from quotecompare.read.sources import parse_article


def kinds(text: str) -> list[tuple[str, str | None, str]]:
    source = parse_article("a.txt", "Headline\n\n" + text, source_id="a")
    quotes, _ = build_quotes([source], {source.id: extract(source)})
    return [(q.text, q.speaker, q.kind) for q in quotes]


def test_a_modifier_quoted_in_reported_speech_is_the_speakers_words() -> None:
    got = kinds("Mayor Ada Holm said the papers were moved to a “deeply hidden” vault last year.")
    assert got == [("deeply hidden", "Ada Holm", "quote")]


def test_a_phrase_in_a_closing_cue_sentence_is_the_speakers_words() -> None:
    got = kinds("A new levy would be a “bad idea” for farmers, Governor Jo Ruiz said on Monday.")
    assert got == [("bad idea", "Jo Ruiz", "quote")]


def test_a_scare_quote_in_narration_and_a_named_label_stay_terms() -> None:
    # No one's speech around it; and one noun named as a thing ("the “ledger” listing …") is a label.
    assert kinds("The city's “reform” plan was passed in May.")[0][2] == "term"
    got = kinds("The files include the “ledger” listing every payment, Mayor Ada Holm said.")
    assert got[0][2] == "term"


def test_naming_verbs_keep_a_nickname_a_term() -> None:
    got = kinds("Senator Ivo Brandt called the program “Project Lantern” in a speech on Monday.")
    assert got[0][2] == "term"
