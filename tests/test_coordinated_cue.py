"""Who speaks when the cue is not a plain "X said": a verb joined by "and", "quoted X as saying", a passive "by X"."""

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


def test_the_one_quoted_as_saying_speaks_not_the_one_quoting() -> None:
    assert speakers_in(
        "Reuters quoted Ivo Holm as saying the deal was “dead.”",
        "“It is over,” the statement quoted Holm as saying.",
        "The Times quoted one of Holm’s advisers as saying the plan was “in trouble.”",
    ) == ["Ivo Holm", "Ivo Holm", "One of Holm’s advisers"]


def test_the_one_quoted_as_saying_may_be_a_pronoun() -> None:
    # "quoted him as saying": "him" is who spoke, found back as "he" would be, not the agency quoting.
    assert speakers_in(
        "Ivo Holm spoke in Moscow.",
        "The RIA news agency quoted him as saying: “We are ready.”",
        "“It is over,” Tass quoted him as saying.",
    ) == ["Ivo Holm", "Ivo Holm"]


def test_the_agent_of_a_passive_told_or_asked_speaks_and_without_one_no_one_does() -> None:
    assert speakers_in(
        "Ms. Jo Ruiz met Mr. Ivo Holm.",
        "“This is a joke,” Ms. Ruiz was told by Mr. Holm.",
        "“Why now?” she was asked by a reporter.",
        "“It was reported,” Holm said by telephone.",
        "“Will you run?” Ms. Ruiz was asked. “Maybe,” she said.",
    ) == ["Ivo Holm", "A reporter", "Ivo Holm", None, "Jo Ruiz"]


def test_words_the_subject_would_not_say_are_no_ones() -> None:
    assert speakers_in(
        "Holm would not say whether the plan was “dead.”",
        "Ruiz declined to say if the ferry was “safe.”",
        "Neither Holm nor Ruiz would say whether the vote was “rigged.”",
        "Holm did not say whether he would run, but said the race was “wide open.”",
    ) == [None, None, None, "Holm"]


def test_a_credit_line_after_a_dash_names_the_speaker_with_a_handle_and_date() -> None:
    assert speakers_in(
        "“Big win for the ferry!” — Ada Holm (@adaholm) May 5, 2019",
        "“We will see.” — Jo Ruiz",
    ) == ["Ada Holm", "Jo Ruiz"]


def test_less_common_speech_verbs_are_cues() -> None:
    assert speakers_in(
        "Ivo Holm demanded that the board “resign at once.”",
        "Jo Ruiz clarified that the ferry would “run on Sundays.”",
        "Once, as the ferry left, his friends jeered, “Goodbye!”",
    ) == ["Ivo Holm", "Jo Ruiz", "Ivo Holm's friends"]  # "his": not Jo Ruiz


def test_anonymous_sources_and_reports_after_according_to() -> None:
    assert speakers_in(
        "The plan is “dead,” according to people familiar with the matter.",
        "The plan is “dead,” according to a report by the Harbour Times.",
        "“It is dead,” said two people familiar with the talks.",
    ) == ["People familiar with the matter", "Harbour Times", "Two people familiar with the talks"]


def test_in_the_words_of_x_and_to_quote_x_name_the_speaker() -> None:
    assert speakers_in(
        "Ada Holm met Jo Ruiz.",
        "In the words of one aide, it was “a mess.”",
        "To quote Ruiz, “We are done.”",
        "The ferry was, in Ruiz’s telling, “doomed from the start.”",
    ) == ["One aide", "Jo Ruiz", "Jo Ruiz"]


def test_what_a_paper_prints_is_the_papers() -> None:
    assert speakers_in(
        "A report in the Harbour Times said the deal was “all but done.”",
        "An editorial in the Harbour Gazette called the plan “reckless.”",
    ) == ["Harbour Times", "Harbour Gazette"]


def test_a_document_set_off_with_who_issued_it_and_not_who_obtained_it() -> None:
    assert speakers_in(
        "The ad, paid for by Harbour Ferries, calls the mayor “a liar.”",
        "The report, released Tuesday by the Harbour Institute, said costs would “triple.”",
        "A memo obtained by the Gazette described the plan as “unworkable.”",
    ) == ["Harbour Ferries", "Harbour Institute", "A memo"]


def test_the_british_prime_ministers_office_speaks_as_no_10() -> None:
    assert speakers_in(
        "No 10 said it would “set out the details in due course.”",
        "Number 10 called the claims “nonsense.”",
        "There were no 10 people there, but “it was fun,” Ada Holm said.",
    ) == ["No 10", "Number 10", "Ada Holm"]
