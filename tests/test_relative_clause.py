"""The one a "who" stands for speaks, wherever the sentence names them: "… heard from X, who said"."""

from __future__ import annotations

from tests.test_attribution import speakers_of


def _speakers(*paragraphs: str) -> list[str | None]:
    (got,) = speakers_of("Headline\n\n" + "\n\n".join(paragraphs) + "\n")
    return [who for _, who in got]


def test_a_prepositions_object_before_who_said_is_the_speaker() -> None:
    assert _speakers("The meeting heard from Tom Ashby, who said the plan was “reckless.”") == ["Tom Ashby"]
    assert _speakers("Ada Holm won the backing of Jo Ruiz, who declared, “It is time to unite.”") == ["Jo Ruiz"]


def test_who_said_after_an_opener_that_runs_to_the_comma() -> None:
    assert _speakers("Among the speakers was Tom Ashby, who said the plan was “reckless.”") == ["Tom Ashby"]


def test_the_subject_of_the_reported_clause_is_not_the_speaker() -> None:
    # "the plan" is what was said to be reckless, not who said it.
    assert _speakers("Contrast that with Ada Holm, who has called the plan “insanity.”") == ["Ada Holm"]


def test_words_on_a_thing_are_not_the_sentence_subjects_unless_they_hold_or_wrote_it() -> None:
    assert _speakers(
        "Ada Holm said she was glad to see a kite that read, “refugees welcome here.”",
        "Holm said a banner on the bridge read, “No ferry, no future.”",
        "Holm hoisted a sign that read “Save our ferry.”",
        "Jo Ruiz added the caption which reads, “Ferry day at last.”",
    ) == [None, "A banner on the bridge", "Ada Holm", "Jo Ruiz"]
