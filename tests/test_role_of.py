"""A role "of" a place or body before a name: the name is the person's, the place is no one ("the mayor of Leeds")."""

from __future__ import annotations

import pytest

from quotecompare.attribution.names import names_in, split_mention
from quotecompare.attribution.story import build_quotes
from quotecompare.read.quotes import extract
from quotecompare.read.sources import parse_article
from tests.test_attribution import speakers_in


def speaker(text: str) -> str | None:
    source = parse_article("a.txt", "Headline\n\n" + text, source_id="a")
    quotes, _ = build_quotes([source], {source.id: extract(source)})
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor of Lisbon Ada Holm said the plan was “a betrayal of the harbour.”", "Ada Holm"),
        ("Director of Harbour Safety Ada Holm said the risk was “real and growing.”", "Ada Holm"),
        ("Speaker of the House Jo Ruiz said the ferry bill was “dead on arrival.”", "Jo Ruiz"),
        ("The mayor of Port Elm, Ada Holm, said the budget was “a disgrace to this town.”", "Ada Holm"),
        ("The head of the Harbour Board, Jo Ruiz, called the vote “a farce.”", "Jo Ruiz"),
        ("“It is not going to be easy,” said Representative Ivo T. King of Lisbon.", "Ivo T. King"),
        ("Ada Holm of the Harbour Institute said the dredging was “overdue.”", "Ada Holm"),
        # "Royal" is also a given name: a body's word after it is still no surname.
        ("The Royal College of Pilots called the remarks “insulting.”", "Royal College of Pilots"),
    ],
)
def test_the_person_after_a_role_of_somewhere(text: str, expected: str) -> None:
    assert speaker(text) == expected


def test_a_role_of_somewhere_with_no_name_is_a_description() -> None:
    # Not a person called "Ohio" who might merge with anyone of that name.
    who = speaker("The governor of Ohio said the count was “rigged from the start.”")
    assert who is not None and who.lower() == "the governor of ohio"


@pytest.mark.parametrize(
    ("phrase", "title", "name"),
    [
        ("Mayor of Lisbon Ada Holm", "Mayor of Lisbon", "Ada Holm"),
        ("Speaker of the House Rep. Jo Ruiz", "Speaker of the House Rep.", "Jo Ruiz"),
        ("the Department of Harbours", "", "Department of Harbours"),  # a body, named whole
        ("Secretary of State Ada Holm", "Secretary of State", "Ada Holm"),
    ],
)
def test_split_mention_parts_a_role_of_somewhere_from_the_name(phrase: str, title: str, name: str) -> None:
    m = split_mention(phrase)
    assert (m.title, m.name) == (title, name)


def test_the_names_in_a_text_leave_the_place_of_a_role_out() -> None:
    found = names_in("Mayor of Lisbon Ada Holm met Director of Harbour Safety Jo Ruiz on Monday.")
    assert [n.name for n in found] == ["Ada Holm", "Jo Ruiz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Then-Sen. Tom Ashby once called the plan “a boondoggle.”", "Tom Ashby"),
        ("Ex-President Ivo Brandt said it was “a mistake.”", "Ivo Brandt"),
        ("Co-anchor Mary Okafor called it “a scoop.”", "Mary Okafor"),
    ],
)
def test_a_prefixed_title_opening_a_sentence_is_no_part_of_the_name(text: str, expected: str) -> None:
    assert speaker(text) == expected


def test_a_state_that_is_also_a_given_name_is_the_place_before_an_office_of() -> None:
    """ "Nevada Secretary of State Ada Holm": Nevada is the state, not a given name with "Secretary" its surname."""
    assert speakers_in("Nevada Secretary of State Ada Holm said the plan was “a mess.”") == ["Ada Holm"]
