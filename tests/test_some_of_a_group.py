"""One of a group as a speaker ("one of the protesters"), and a name set off after an inverted cue."""

from __future__ import annotations

from tests.test_attribution import speakers_in


def test_one_of_a_group_is_an_unnamed_speaker_not_the_last_one_named() -> None:
    # Without the phrase read as a speaker, continuation gave these words to Ada Holm.
    assert speakers_in(
        "“We were never told,” said Ada Holm.",
        "“Go home,” one of the protesters said.",
        "“We are staying,” said one of the organisers.",
        "Several of the protesters said they were “not afraid.”",
    ) == ["Ada Holm", "One of the protesters", "One of the organisers", "Several of the protesters"]


def test_a_name_after_one_of_a_group_is_the_speaker() -> None:
    assert speakers_in(
        "“We were never told,” said Ada Holm.",
        "“It is a scandal,” said one of the protesters, Jo Ruiz.",
        "One of his aides, Dana Price, said he was “furious.”",
    ) == ["Ada Holm", "Jo Ruiz", "Dana Price"]


def test_a_name_set_off_at_the_end_of_an_inverted_cue_is_the_speaker() -> None:
    assert speakers_in(
        "“Shame,” said one protester, Tom Ashby.",
        "“The odds are long,” said another leading harbour pilot, Ivo T. Brandt of the Port Authority.",
    ) == ["Tom Ashby", "Ivo T. Brandt"]


def test_many_of_the_same_things_is_no_one() -> None:
    got = speakers_in(
        "In an address, Ms. Holm struck many of the same notes, speaking to the “frustration and the fear.”"
    )
    assert got == ["Holm"]


def test_a_collective_noun_without_an_article_speaks_like_a_plural() -> None:
    """ "officials said" always counted; "police said" and "local police told" did not, lacking an -s."""
    assert speakers_in("“It was a bomb,” police said.", "“Stay indoors,” local police told residents.") == [
        "Police",
        "Local police",
    ]


def test_some_of_one_group_is_not_some_of_another() -> None:
    # The story keys a description by its head; "each of" keeps its group, as "one of" does.
    assert speakers_in("“We stay put,” each of the protesters said.", "“We go away,” each of the officers said.") == [
        "Each of the protesters",
        "Each of the officers",
    ]


def test_both_and_the_pair_are_the_two_people_named_together() -> None:
    assert speakers_in(
        "Ada Holm and Jo Ruiz met on Monday.",
        "Both women said the plan was “dead.”",
        "“We agree,” the pair said in a joint statement.",
    ) == ["Ada Holm and Jo Ruiz", "Ada Holm and Jo Ruiz"]


def test_the_couple_is_the_two_people_named_together() -> None:
    # As "the pair": a couple named with one surname ("Ada and Ivo Brandt") are the two of them.
    assert speakers_in(
        "Ada and Ivo Brandt have run the bakery for 30 years.",
        "“We never thought it would end like this,” the couple said.",
    ) == ["Ada and Ivo Brandt"]


def test_a_group_opening_a_sentence_keeps_whose_people_they_are() -> None:
    # "Aides" alone, on a speaker page, would be every aide of every story; the sentence says whose.
    got = speakers_in(
        "Aides to Ada Holm were furious. “This is a betrayal,” they said.",
        "Analysts at Harbour Trust were blunt. “Rates will rise,” they wrote.",
        "Aides to the mayor were calm. “It will pass,” they said.",
    )
    assert got == ["Aides to Ada Holm", "Analysts at Harbour Trust", "Aides to the mayor"]


def test_someone_inside_a_body_is_described_by_it() -> None:
    got = speakers_in(
        "One operative inside Holm Tower tried to downplay it, saying it was “not a big deal around here.”",
        "An aide inside the campaign said it was “nothing.”",
    )
    assert got == ["One operative inside Holm Tower", "An aide inside the campaign"]
