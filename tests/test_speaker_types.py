"""What kind of speaker each is: a person, an organisation, a group (issue 16, part 1); every text is our own."""

from __future__ import annotations

from quotecompare.attribution.story import build_quotes
from quotecompare.read.sources import parse_article


def _types(text: str) -> tuple[list[str | None], dict[str, str]]:
    quotes, speakers = build_quotes([parse_article("a.txt", "Headline\n\n" + text)])
    return [q.speaker for q in quotes], {s.name: s.type for s in speakers}


def test_a_name_ending_in_a_company_word_is_an_organisation_and_no_he() -> None:
    text = (
        "In a statement, Harbour Industries said: “We are reviewing the matter.”\n\n"
        "“I don’t know,” he said, when asked about the vote.\n\n"
        "“We will appeal,” said Tidewater Watch.\n"
    )
    got, types = _types(text)
    assert got == ["Harbour Industries", None, "Tidewater Watch"]
    assert types == {"Harbour Industries": "organisation", "Tidewater Watch": "organisation"}


def test_a_company_word_inside_a_person_s_name_leaves_the_person() -> None:
    # Only a name's last word makes it a body: a person whose given name is a company word stays a person.
    got, types = _types("“We will appeal,” said Media Holm.\n\n“It is late,” said Capital Lind.\n")
    assert types == {"Media Holm": "person", "Capital Lind": "person"}
    assert got == ["Media Holm", "Capital Lind"]
