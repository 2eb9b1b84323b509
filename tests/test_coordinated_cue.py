"""A speech verb joined by "and" to an earlier one shares its speaker, not the subject of the reported clause."""

from __future__ import annotations

from tests.test_attribution import speakers_in


def test_the_reporter_goes_on_not_the_thing_reported_on() -> None:
    assert speakers_in(
        "In an interview, Ada Holm said the plan was “dead on arrival” and added that “nobody wants it.”",
    ) == ["Ada Holm", "Ada Holm"]


def test_a_document_reports_and_adds() -> None:
    assert speakers_in("The audit said the scheme was “flawed” and warned that “costs will rise.”") == [
        "The audit",
        "The audit",
    ]


def test_a_thing_that_acts_itself_keeps_its_words() -> None:
    # No earlier speech verb: the report is the subject of both verbs.
    assert speakers_in("The report found waste and added that “costs will rise.”") == ["The report"]
