"""Issue 16: who answers in an exchange of questions and answers; every text here is our own."""

from __future__ import annotations

from tests.test_attribution import speakers_in


def test_a_question_asked_of_no_one_named_is_answered_by_who_spoke_before_it() -> None:
    # No title tells that Holm is "the Vermont senator": the turn does.
    got = speakers_in(
        "Bernie Holm spoke on the radio on Sunday.",
        "“The other candidate is part of the establishment,” Holm remarked.",
        "“That would be you?” Jo Borger asked.",
        "“That would be me, yes,” the Vermont senator said.",
    )
    assert got == ["Bernie Holm", "Jo Borger", "Bernie Holm"]


def test_the_reply_to_a_question_is_the_one_who_spoke_before_it() -> None:
    got = speakers_in(
        "Ada Holm met Jo Ruiz.", "“The plan is dead,” Holm said.", "“Is it?” Ruiz asked.", "“It is,” came the reply."
    )
    assert got == ["Ada Holm", "Jo Ruiz", "Ada Holm"]


def test_a_question_asked_of_someone_named_is_theirs_to_answer() -> None:
    # The question names whom it was put to: not the one who spoke before.
    got = speakers_in(
        "Ada Holm and the mayor, Vi Lund, spoke.",
        "“The plan is dead,” Holm said.",
        "“Is it?” Jo Ruiz asked Lund.",
        "“It is not,” came the reply.",
    )
    assert got == ["Ada Holm", "Jo Ruiz", "Vi Lund"]


def test_a_one_word_question_is_an_utterance_not_a_title() -> None:
    # "Who?" after a sentence about Holm is her question; "titled “Unifier?”" still names an ad.
    assert speakers_in("Asked about Brandt, Ada Holm shrugged. “Who?”") == ["Ada Holm"]
    got = speakers_in("The ad, titled “Unifier?”, concludes that Brandt is too “dangerous and reckless” to lead.")
    assert got == [None, "The ad"]  # the title a term, no one's


def test_who_asked_is_not_who_answers() -> None:
    # Both women: only the asking tells that Holm, not Ruiz, gives the answer.
    assert speakers_in("Ada Holm spoke.", "Vera Ruiz asked Holm about it. “I have not decided,” she replied.") == [
        "Ada Holm"
    ]
    got = speakers_in("Ada Holm spoke. Vera Ruiz, the moderator, pressed her on taxes. “We will see,” she responded.")
    assert got == ["Ada Holm"]
    # The asker's sentence offers no one else: not the bank whose chief asks.
    got = speakers_in("Ada Holm met bankers at Harbour Trust.", "Harbour’s chief asks her about it. “No,” she answers.")
    assert got == ["Ada Holm"]


def test_who_asked_still_speaks_when_the_cue_is_no_answer() -> None:
    got = speakers_in("Ada Holm spoke. Vera Ruiz asked her about taxes. “We will see,” she said.")
    assert got == ["Vera Ruiz"]


def test_a_round_up_of_excerpts_keeps_its_speaker_past_quotations_alone() -> None:
    # Paragraphs that are only a quotation, and a subheading, say nothing of anyone: "she" is still Holm.
    got = speakers_in(
        "Ada Holm gave three speeches to the bank in 2013. Excerpts were released on Friday.",
        "“There was a lot of blame going around.”",
        "“The people who know the industry best work in it.”",
        "“Regulation is hard.”",
        "Here is what she said about the port: “We would have to dredge it.”",
    )
    assert got[-1] == "Ada Holm"


def test_a_topic_label_in_the_excerpt_s_own_paragraph_is_the_round_up_s_speaker() -> None:
    got = speakers_in(
        "Ada Holm gave three paid speeches to the bank in 2013.",
        "On the port: “There was a lot of blame going around.”",
        "On regulation: “The people who know the industry best work in it.”",
    )
    assert got == ["Ada Holm", "Ada Holm"]
    bulleted = speakers_in(
        "Ada Holm gave a speech to the bank.", "- On the port: “It is dredged.”", "- On tax: “It is low.”"
    )
    assert bulleted == ["Ada Holm", "Ada Holm"]
    assert speakers_in("On Monday: “We will win.”") == [None]  # a topic with no speech reported, no one


def test_words_opening_the_paragraph_after_someone_is_asked_by_name_are_the_answer() -> None:
    got = speakers_in(
        "Last month, Tom Holm asked Ivo Brandt whether his health was fair game.", "“Sure it is,” he said."
    )
    assert got == ["Ivo Brandt"]
    # "questioned Brandt's logic" asks no one anything: its subject still speaks.
    assert speakers_in("Tom Holm questioned Ivo Brandt's logic.", "“It is wrong,” he said.") == ["Tom Holm"]
