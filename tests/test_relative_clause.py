"""The one a "who" stands for speaks, wherever the sentence names them: "… heard from X, who said"."""

from __future__ import annotations

from tests.test_attribution import speakers_in


def test_a_prepositions_object_before_who_said_is_the_speaker() -> None:
    assert speakers_in("The meeting heard from Tom Ashby, who said the plan was “reckless.”") == ["Tom Ashby"]
    assert speakers_in("Ada Holm won the backing of Jo Ruiz, who declared, “It is time to unite.”") == ["Jo Ruiz"]


def test_who_said_after_an_opener_that_runs_to_the_comma() -> None:
    assert speakers_in("Among the speakers was Tom Ashby, who said the plan was “reckless.”") == ["Tom Ashby"]


def test_the_subject_of_the_reported_clause_is_not_the_speaker() -> None:
    # "the plan" is what was said to be reckless, not who said it.
    assert speakers_in("Contrast that with Ada Holm, who has called the plan “insanity.”") == ["Ada Holm"]


def test_words_on_a_thing_are_not_the_sentence_subjects_unless_they_hold_or_wrote_it() -> None:
    assert speakers_in(
        "Ada Holm said she was glad to see a kite that read, “refugees welcome here.”",
        "Holm said a banner on the bridge read, “No ferry, no future.”",
        "Holm hoisted a sign that read “Save our ferry.”",
        "Jo Ruiz added the caption which reads, “Ferry day at last.”",
    ) == [None, "A banner on the bridge", "Ada Holm", "Jo Ruiz"]
