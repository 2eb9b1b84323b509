from __future__ import annotations

from quotecompare.read.quotes import extract_text


def texts(s: str) -> list[str]:
    return [f.text for f in extract_text(s)]


def test_curly_and_straight() -> None:
    assert texts('“One,” she said. "Two," he said.') == ["One,", "Two,"]


def test_nested_single_quotes_stay_inside() -> None:
    assert texts("He said “they call it ‘the plan’ now.”") == ["they call it ‘the plan’ now."]
    assert texts("He said \"they call it 'the plan' now.\"") == ["they call it 'the plan' now."]


def test_partial_quote_in_narration() -> None:
    assert texts('The mayor said the city is "ready to rebuild" after the storm.') == ["ready to rebuild"]


def test_multi_sentence_and_ellipses() -> None:
    assert texts("“We tried. … It failed... We go on.” she said") == ["We tried. … It failed... We go on."]


def test_paragraph_spanning_quote() -> None:
    found = extract_text("She wrote: “First part of it.\n\n“Second part of it.”\n\nNarration.")
    assert [f.text for f in found] == ["First part of it. Second part of it."]
    assert len(found[0].spans) == 2 and not found[0].unclosed


def test_unclosed_quote_ends_at_paragraph() -> None:
    found = extract_text('He said "this never closes.\n\nNext paragraph is narration.')
    assert [f.text for f in found] == ["this never closes."] and found[0].unclosed


def test_missing_opening_mark() -> None:
    assert texts('Just heard the news," he tweeted.') == ["Just heard the news,"]


def test_apostrophes_are_not_quotes() -> None:
    assert texts("It’s the mayor’s plan, and the ’90s are over.") == []


def test_single_quote_primary_style() -> None:
    assert texts("‘We’re ready,’ the minister said.") == ["We’re ready,"]


def test_single_marks_outside_double_marks_inside_british_style() -> None:
    # A quotation within a quotation in double marks, and a headline in them, keep the article British.
    text = (
        "Minister: “We are ready”\n\n"
        "‘They told us “wait”, and we waited,’ Ms Okoye said. ‘Not any more.’\n\n"
        "‘The fishermen’s patience is gone,’ she added."
    )
    assert texts(text) == ["They told us “wait”, and we waited,", "Not any more.", "The fishermen’s patience is gone,"]


def test_straight_single_marks_outside_double_marks_inside() -> None:
    text = "Minister: \"We are ready\"\n\n'They told us \"wait\",' Okoye said. 'No more.'\n\n'It's over,' she added."
    assert texts(text) == ['They told us "wait",', "No more.", "It's over,"]


def test_american_copy_with_single_marks_in_its_headline_stays_american() -> None:
    text = "Mayor: ‘We wait’\n\n“We were told ‘wait,’” she said.\n\n“Now?” he asked."
    assert texts(text) == ["We were told ‘wait,’", "Now?"]


def test_plural_possessive_inside_single_marks_does_not_close() -> None:
    text = "‘It is a little boys’ club, and they decide,’ she said. ‘Enough.’"
    assert texts(text) == ["It is a little boys’ club, and they decide,", "Enough."]


def test_single_close_with_its_space_left_out() -> None:
    text = "‘We waited for years,’Okoye said. ‘Not now.’"
    assert texts(text) == ["We waited for years,", "Not now."]


def test_straight_single_quote_primary_style() -> None:
    # British copy with straight marks: apostrophes, possessives and '90s are not quotes.
    text = "'It's the council's plan,' O'Brien said. In the '90s it was 'a different town,' he added."
    assert texts(text) == ["It's the council's plan,", "a different town,"]


def test_pull_quote_in_single_marks_in_a_double_mark_article() -> None:
    text = "She said \"we stay,\" and left.\n\n'We will not give up on this town.'\n\nIt's 'over', he said."
    assert texts(text) == ["we stay,", "We will not give up on this town."]


def test_inch_marks_and_possessives_do_not_open() -> None:
    assert texts("A 5\" screen. The players' union.") == []


def test_paragraph_spanning_quote_without_reopening_mark() -> None:
    found = extract_text("“First part of it.\n\nSecond part of it,” she said.\n\nNarration.")
    assert [f.text for f in found] == ["First part of it. Second part of it,"]
    assert len(found[0].spans) == 2 and not found[0].unclosed


def test_two_single_marks_typed_for_a_double_one() -> None:
    """Archive text (''…'') quotes like double marks; an apostrophe inside stays a letter."""
    text = "''We won't stop,'' Mayor Ada Holm said, ''not now.'' Her aide's note called it ''final.''"
    assert texts(text) == ["We won't stop,", "not now.", "final."]


def test_three_single_marks_close_a_quote_within_a_quote() -> None:
    text = "''I would call it 'old-school,''' Ada Holm said. ''We agree.''"
    assert texts(text) == ["I would call it 'old-school,'", "We agree."]


def test_a_straight_mark_with_its_space_left_out_closes_inside_a_quote_and_opens_outside() -> None:
    # Scraped text drops spaces: ',"Jo' after a quotation closes it; 'said,"Yes' before one opens it.
    assert texts('"We are ready,"Jo Ruiz said. "Now."') == ["We are ready,", "Now."]
    assert texts('Ada Holm said,"We are ready." Jo Ruiz agreed.') == ["We are ready."]
    assert texts('"It was all lies," said a shop owner."We were deceived."') == [
        "It was all lies,",
        "We were deceived.",
    ]


def test_an_open_typed_as_a_close_opens_where_the_paragraph_has_a_close_to_spare() -> None:
    text = "Holm said she was tired of waiting for aides to ”get close to the budget” and left."
    assert texts(text) == ["get close to the budget"]
    # Balanced marks are left as typed: a stray space before a close does not reopen the quote.
    assert texts("“We will win ”said Holm.\n\n“We start now,” she added.") == ["We will win", "We start now,"]


def test_german_low_nine_quotes_close_with_a_high_six() -> None:
    # „…“: the German pair; the “ that closes it must not open a quotation running to the paragraph's end.
    assert texts("Scholz called it „a mistake“. Then he left.") == ["a mistake"]
