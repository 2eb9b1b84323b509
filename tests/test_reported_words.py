"""Issue 16, part 8: short quoted words in someone's reported speech, and one name per person; text written here."""

from __future__ import annotations

from quotecompare.attribution.story import build_quotes
from quotecompare.models import Quote
from quotecompare.read.quotes import extract
from quotecompare.read.sources import parse_article
from tests.helpers import article


def kinds(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in article(text)]


def test_a_modifier_quoted_in_reported_speech_is_the_speakers_words() -> None:
    got = kinds("Mayor Ada Holm said the papers were moved to a “deeply hidden” vault last year.")
    assert got == [("deeply hidden", "Ada Holm", "quote")]


def test_a_second_modifier_in_the_same_reported_sentence_is_the_speakers_too() -> None:
    got = kinds("Mayor Ada Holm said the “half a ton” of papers went to a “deeply hidden” vault last year.")
    assert got == [("half a ton", "Ada Holm", "quote"), ("deeply hidden", "Ada Holm", "quote")]


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


def story_quotes(*texts: str) -> list[Quote]:
    sources = [parse_article(f"{n}.txt", "Headline\n\n" + t, source_id=f"s{n}") for n, t in enumerate(texts)]
    quotes, _ = build_quotes(sources, {s.id: extract(s) for s in sources})
    return quotes


def story_speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in story_quotes(*texts)]


def test_a_jr_name_is_the_plain_name_another_outlet_uses() -> None:
    got = story_speakers(
        "“The suit is a stunt,” said Colin R. Keel Jr., a consultant named in it.",
        "“The suit is a stunt,” Colin Keel said on Friday.",
    )
    assert got == ["Colin Keel", "Colin Keel"]


def test_the_plain_name_inside_quoted_words_does_not_part_them() -> None:
    got = story_speakers(
        "“It is a stunt,” said Colin R. Keel Jr., a consultant.\n\nThe firm said: “We never worked with Colin Keel.”",
        "“It is a stunt,” Colin Keel said.",
    )
    assert got[0] == got[2] == "Colin Keel"


def test_father_and_son_named_apart_stay_apart() -> None:
    # One article names both in its own words: two people, in every article of the story.
    both = story_speakers(
        "“We will win,” said Ivo Brandt Jr., whose father, Ivo Brandt, founded the firm.",
        "“We built this,” Ivo Brandt said.",
    )
    assert both[0] != both[1]
    # A title that fits only the father ("Governor Brandt") beside the son's name parts them too.
    titled = story_speakers(
        "Governor Ivo Brandt signed the bill.",
        "“We will win,” said Ivo Brandt Jr. on Monday, a day after Governor Brandt spoke.",
        "“We built this,” Ivo Brandt said.",
    )
    assert titled[0] != titled[1]


def test_a_bare_surname_may_be_the_jr_beside_a_relative_of_another_given_name() -> None:
    # "Mr. Keel" right after "Colin R. Keel Jr." is him, though the article also names his son Amos Keel.
    got = story_speakers(
        "Colin R. Keel Jr. defended his son. “He did nothing wrong,” Mr. Keel said. "
        "Amos Keel said he had shown “poor judgment.”",
    )
    assert got == ["Colin R. Keel Jr.", "Amos Keel"]


def test_the_jr_is_the_plain_name_of_another_outlet_beside_his_son() -> None:
    got = story_speakers(
        "Colin R. Keel Jr. defended his son. “He did nothing wrong,” Mr. Keel said. Amos Keel said “no.”",
        "Colin Keel defended his son, Amos. “He did nothing wrong,” Colin Keel said.",
    )
    assert got == ["Colin Keel", "Amos Keel", "Colin Keel"]


def test_a_nickname_in_quotation_marks_is_the_name_other_outlets_print() -> None:
    # Either order: the nickname first printed alone, or the full name first.
    for texts in (
        ("Rep. Beto Keel called the wall “a waste.”", "Robert “Beto” Keel said: “We can do better.”"),
        ("Robert “Beto” Keel said: “We can do better.”", "Rep. Beto Keel called the wall “a waste.”"),
    ):
        got = {q.speaker for q in story_quotes(*texts) if q.kind == "quote"}
        assert len(got) == 1 and got <= {"Beto Keel", "Robert Keel"}


def test_the_elder_and_the_younger_tell_a_father_from_his_son() -> None:
    got = story_speakers(
        "Mr. Keel, whose father, Colin Keel Sr., was mayor, said no. Colin Keel called it “a blank check.”\n\n"
        "The elder Mr. Keel said he had “mixed feelings.”",
        "Colin Keel Jr. said: “We cannot wait.” The younger Keel added: “Not now.”",
    )
    assert got == ["Colin Keel", "Colin Keel Sr.", "Colin Keel", "Colin Keel"]


def test_a_given_name_cut_short_in_another_outlet_is_one_person() -> None:
    for texts in (
        ("Attorney General Jeff Keel called it “lawful.”", "Jefferson B. Keel III called it “lawful.”"),
        ("Jefferson B. Keel III called it “lawful.”", "Attorney General Jeff Keel called it “lawful.”"),
    ):
        assert len(set(story_speakers(*texts))) == 1
    # Not two given names one letter apart, nor of two genders: "Ann" and "Anna", "Dan" and "Daniela".
    assert len(set(story_speakers("Ann Keel said “yes.”", "Anna Keel said “no.”"))) == 2
    assert len(set(story_speakers("Dan Keel said “yes.”", "Daniela Keel said “no.”"))) == 2


def test_the_one_recalled_or_heard_saying_the_words_said_them() -> None:
    # "Holm recalled Brandt saying, “…”": Brandt's words, as "quoted Brandt as saying" is; the one who
    # recalls them told them on. Not when Holm recalls telling someone, or meeting someone.
    text = "Mary Holm met John Brandt in 2015.\n\nHolm recalled Brandt saying, “You will never win.”"
    assert [(q.text, q.speaker) for q in article(text)] == [("You will never win.", "John Brandt")]
    text = "Mary Holm met John Brandt in 2015.\n\nHolm recalled telling Brandt, “You are wrong.”"
    assert [(q.text, q.speaker) for q in article(text)] == [("You are wrong.", "Mary Holm")]


def test_a_pronoun_recalled_saying_the_words_stands_for_whom_it_means() -> None:
    # "recalled her saying": "her" is the one who spoke, read as "she".
    text = "John Brandt met Mary Holm in 2015.\n\nBrandt recalled her saying, “You will never win.”"
    assert [(q.text, q.speaker) for q in article(text)] == [("You will never win.", "Mary Holm")]
