"""A description in a public role is the one person named just before it (attribution/sole.py)."""

from __future__ import annotations

from tests.helpers import speakers


def test_the_role_is_the_one_person_the_paragraph_before_named_as_an_object() -> None:
    got = speakers(
        "The harbour board took on Marta Velez on Monday.\n\n“We have to dig deeper,” the former mayor said."
    )
    assert got == [("We have to dig deeper,", "Marta Velez")]


def test_a_pronoun_before_the_role_keeps_to_the_person_of_its_gender() -> None:
    got = speakers(
        "It was a version of Tom Brandt’s stump speech, and a stark contrast to Ines Okafor. Reprising one of "
        "her favourite lines, the former finance minister talked about “steady hands at the wheel.”"
    )
    assert got == [("steady hands at the wheel.", "Ines Okafor")]


def test_a_role_stays_a_description_when_another_could_hold_it() -> None:
    # Its own sentence names someone before it; a pronoun of the other gender; someone unnamed met before.
    assert speakers(
        "Marta Velez’s plan drew rebukes.\n\nIn calling Velez’s plan reckless, the former mayor said it would "
        "“sink the port.”"
    ) == [("sink the port.", "The former mayor")]
    assert speakers(
        "Tom Brandt’s plan drew rebukes. She was not alone.\n\n“It will sink the port,” the former mayor said."
    ) == [("It will sink the port,", "The former mayor")]
    assert speakers(
        "Tom Brandt’s plan drew rebukes from a senior official.\n\n“It will sink the port,” the former mayor said."
    ) == [("It will sink the port,", "The former mayor")]


def test_a_role_anyone_may_hold_is_not_the_person_named_before() -> None:
    got = speakers("The harbour board took on Marta Velez on Monday.\n\n“It will sink the port,” the official said.")
    assert got == [("It will sink the port,", "The official")]
