"""Differences that may change what was said: each kind of flag on a pair of versions, and the edits left alone."""

from __future__ import annotations

import pytest

from quotecompare.align.alignment import compare
from quotecompare.align.local import Encoder, locate
from quotecompare.align.meaning import flags, link_flags, prepare
from quotecompare.text.normalise import stem


def kinds(a: str, b: str) -> list[tuple[str, str]]:
    """The flags on a link between two quotes, as the pipeline makes it: (kind, words)."""
    return [(f.kind, f.words) for f in link_flags(a, b, compare(a, b).opcodes)]


def against(full: str, part: str) -> list[tuple[str, str]]:
    """The flags on ``part`` against a fuller version, found in it by local alignment (as against a record)."""
    x, y = prepare(full), prepare(part)
    enc = Encoder()
    xe, ye = (enc.encode([stem(t.norm) for t in v.toks]) for v in (x, y))
    pieces = locate(ye, xe, [t.norm for t in y.toks], [t.norm for t in x.toks])
    return [(f.kind, f.words) for f in flags(x, y, pieces, ("record", "quote"))]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # negation dropped, and a fragment cut just after one
        ("We will not accept this treaty.", "We will accept this treaty.", [("negation", "not")]),
        ("This is not a deal we can sign today.", "a deal we can sign", [("negation", "not")]),
        ("It should be decided not by judges but by voters.", "judges", [("negation", "not")]),
        # numbers, in figures or words
        (
            "Our fleets lost forty percent of their catch.",
            "Our fleets lost 50 percent of their catch.",
            [("number", "forty → 50")],
        ),
        ("It will be finished by June 2025.", "It will be finished by June 2024.", [("number", "2025 → 2024")]),
        # modality and hedging
        ("We can find a solution together.", "We will find a solution together.", [("modality", "can → will")]),
        (
            "But I think that there is a great chance to solve it.",
            "there is a great chance to solve it",
            [("modality", "think")],
        ),
        ("This can be good news for us.", "good news for us", [("modality", "can")]),
        # person, and names
        ("Our fleets have lost their catch.", "Their fleets have lost their catch.", [("person", "Our → Their")]),
        (
            "We thanked Debbie Wasserman Schultz for the servers.",
            "We thanked Wendy Wasserman Schultz for the servers.",
            [("name", "Debbie → Wendy")],
        ),
    ],
)
def test_each_kind_of_flag(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(a, b) == expected


def test_an_ellipsis_that_hides_a_negation_or_a_but() -> None:
    full = "I love my sister, but she is dead wrong on the issue of marriage."
    assert against(full, "I love my sister ... she is dead wrong on the issue of marriage.") == [("ellipsis", "but")]
    # Between two versions of a quote: one stops at an ellipsis where the other goes on with a "not".
    a = "I will be frank with you: this is not a deal we can sign today."
    b = "I will be frank with you ... there are still twelve points open."
    assert ("ellipsis", "not") in kinds(a, b)


def test_an_ellipsis_that_hides_a_sentence() -> None:
    full = "We met for four hours. The talks were long. Many points are open. We will meet again in April."
    found = against(full, "We met for four hours ... we will meet again in April.")
    assert found == [("ellipsis", "2 sentences")]


def test_a_splice_of_words_more_than_a_sentence_apart() -> None:
    full = (
        "We talked about it for four hours. I will be frank with you. This is not a deal we can sign today. "
        "There are still twelve points open. But I believe we can close most of them by the summer."
    )
    found = against(full, "We talked about it for four hours. But I believe we can close most of them by the summer.")
    assert [k for k, _ in found] == ["splice"]
    # Neighbouring sentences joined without their full stop are no splice.
    assert against(full, "We talked about it for four hours, I will be frank with you.") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("We’re ready — let’s try…", "we're ready - let's try..."),  # typography
        ("We have a plan that the fleet can live with.", "We have a plan the fleet can live with."),  # a dropped "that"
        ("He is committed to improving it.", "He was committed to improving it."),  # tense agreement
        ("He told the minister we were ready.", "[The president] told the minister we were ready."),  # brackets
        ("We don't always agree.", "We do not always agree."),  # contractions
        ("They're going to have big problems.", "They will have big problems."),  # a future either way
        ("Its fair share and not a cent more.", "Its fair share, not one cent more."),  # "a" for "one"
        ("Nobody likes paying more.", "No one likes paying more."),
        ("There is a lot of good will.", "There is a lot of goodwill."),  # "will" the noun
        ("Mr. Brandt has predicted disaster every year.", "He has predicted disaster every year."),
        ("I am strongly pro-life and I am not pro-gay marriage,", "I am not pro-gay marriage,"),  # a trim
        ("We will not close the plant in June.", "the plant in June"),  # the negation bears on "close"
        ("No matter where you go, it is there.", "Wherever you go, it is there."),  # an idiom, no negation
        # the same person named once more: "it" is their plant
        ("They reopen it, they're going to face big fines.", "If they reopen their plant, they will face big fines."),
    ],
)
def test_harmless_edits_are_not_flagged(a: str, b: str) -> None:
    assert kinds(a, b) == []


def test_verbatim_quotes_and_fragments_are_not_flagged() -> None:
    full = "We are ready to do that if our colleagues are ready to reciprocate. Let's try, and see what happens."
    for part in (full, "ready to reciprocate", "Let's try, and see what happens."):
        assert kinds(full, part) == []
        assert against(full, part) == []


def test_each_flag_says_where_its_words_sit() -> None:
    (flag,) = link_flags(
        "This is not a deal we can sign.",
        "a deal we can sign",
        compare("This is not a deal we can sign.", "a deal we can sign").opcodes,
    )
    assert flag.side == "a"  # the words are in the link's first quote
    assert flag.where.startswith("just before the shared words")
    assert "is not a deal" in flag.where
