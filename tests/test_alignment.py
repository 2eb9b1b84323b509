"""Alignment on small texts of our own: kinds, scores, one-to-many, and claims."""

from __future__ import annotations

from quotecompare.align.alignment import PARAPHRASE_MIN, align, compare
from quotecompare.align.credits import cross_speaker
from quotecompare.align.statements import align_speaker
from quotecompare.models import Quote


def q(qid: str, source: str, text: str, speaker: str | None = "x|") -> Quote:
    return Quote(qid, source, (), text, 0, 0, speaker and speaker.upper(), speaker)


def kinds(quotes: list[Quote]) -> set[tuple[str, str, str]]:
    return {(lk.a, lk.b, lk.kind) for lk in align(quotes, sorted({x.source for x in quotes}))}


def test_typography_is_not_a_difference() -> None:
    a = q("a1", "a", "We are ready — “if” the U.S. side is… Let’s try.")
    b = q("b1", "b", 'we are ready - "if" the US side is... let\'s try')
    assert kinds([a, b]) == {("a1", "b1", "verbatim")}


def test_partial_quote_inside_longer_one_is_verbatim() -> None:
    a = q("a1", "a", "ready to rebuild the harbour")
    b = q("b1", "b", "The town is ready to rebuild the harbour, and it will start in May.")
    (link,) = align([a, b], ["a", "b"])
    assert (link.kind, link.score) == ("verbatim", 100.0)


def test_small_wording_change_is_variant() -> None:
    a = q("a1", "a", "We will improve the service for every rider.")
    b = q("b1", "b", "We will be improving the service for every rider.")
    (link,) = align([a, b], ["a", "b"])
    assert link.kind == "variant" and 80 <= link.score < 100


def test_same_statement_other_words_is_paraphrase() -> None:
    a = q("a1", "a", "it is not that we have to be enemies on every single question")
    b = q("b1", "b", "But it is not certain that we're enemies on all questions and we hope for more")
    (link,) = align([a, b], ["a", "b"])
    assert link.kind == "paraphrase" and PARAPHRASE_MIN <= link.score < 80


def test_words_barely_alike_are_no_paraphrase() -> None:
    # Two remarks of one speaker on one theme, some words in common but under 65 alike: no statement.
    a = q(
        "a1",
        "a",
        "It just seems that no matter where you go, especially in the north, the mine is behind it, "
        "the trouble is always the mine,",
    )
    b = q(
        "b1",
        "b",
        "The mine seems to be behind everything where there is a problem. You look at what is happening, "
        "in any place in the north, and the mine is behind it.",
    )
    assert 50 <= compare(a.text, b.text).score < PARAPHRASE_MIN
    assert kinds([a, b]) == set()


def test_one_quote_meets_two() -> None:
    a = q("a1", "a", "The bridge is safe — we checked every bolt — and it opens on Monday.")
    b1 = q("b1", "b", "The bridge is safe, we checked every bolt.")
    b2 = q("b2", "b", "It opens on Monday.")
    assert {(x, y) for x, y, _ in kinds([a, b1, b2])} == {("a1", "b1"), ("a1", "b2")}


def test_unrelated_quotes_do_not_link() -> None:
    a = q("a1", "a", "The budget will be balanced by next spring.")
    b = q("b1", "b", "Our players trained hard all week in the rain.")
    assert kinds([a, b]) == set()


def test_a_passage_is_claimed_once() -> None:
    # b1 repeats a1 exactly; b2 says something that only overlaps a1's words loosely.
    a = q("a1", "a", "This hurts your security and our security and worries the world.")
    b1 = q("b1", "b", "This hurts your security and our security and worries the world.")
    b2 = q("b2", "b", "not only hurt our security but also worry the whole world")
    assert {(x, y) for x, y, _ in kinds([a, b1, b2])} == {("a1", "b1")}


def test_an_outlet_repeating_a_piece_of_its_quote_links_both() -> None:
    # Outlet a prints the statement whole, then "dredgers" from it again; b prints it whole.
    whole = "The port needs new dredgers, not new promises, and it needs them by spring."
    a1, a2, b1 = q("a1", "a", whole), q("a2", "a", "dredgers"), q("b1", "b", whole)
    assert kinds([a1, a2, b1]) == {("a1", "b1", "verbatim"), ("a2", "b1", "verbatim")}


def test_a_word_quoted_alone_meets_both_quotes_of_it_in_another_outlet() -> None:
    # a prints only "reckless"; b prints "reckless" in narration and the whole statement later.
    a1 = q("a1", "a", "reckless")
    b1, b2 = q("b1", "b", "reckless"), q("b2", "b", "While this plan is reckless and will fail, we will not stop.")
    assert kinds([a1, b1, b2]) == {("a1", "b1", "verbatim"), ("a1", "b2", "verbatim")}


def test_same_outlet_quotes_never_link() -> None:
    assert kinds([q("a1", "a", "Same words here, exactly."), q("a2", "a", "Same words here, exactly.")]) == set()


def test_statements_group_linked_quotes() -> None:
    quotes = [q("a1", "a", "One two three four five."), q("b1", "b", "One two three four five."), q("b2", "b", "Else.")]
    aligned = align_speaker(quotes, ["a", "b"], "x")
    assert [(st.id, st.quotes, st.kinds) for st in aligned.statements] == [
        ("x-1", ("a1", "b1"), (("verbatim", 1),)),
        ("x-2", ("b2",), ()),
    ]


def test_compare_reports_shared_passage() -> None:
    c = compare("I said we are ready to go now", "ready to go now, he said")
    assert c.verbatim and c.score == 100.0 and c.matched == 4


def test_same_words_different_speakers_are_flagged_not_merged() -> None:
    a = q("a1", "a", "The plan is fair to every family in this city.", "ruth|")
    b = q("b1", "b", "The plan is fair to every family in this city.", "dan|")
    c = q("c1", "c", "Something else entirely was said here today.", "dan|")
    (link,) = cross_speaker([a, b, c])
    assert (link.a, link.b, link.kind, link.same_speaker) == ("a1", "b1", "verbatim", False)


def test_differing_credit_end_to_end() -> None:
    from quotecompare.pipeline import gather
    from quotecompare.read.sources import parse_article

    one = parse_article(
        "one.txt", 'T\n\n"The plan is fair to every family in this city," Ruth Okafor said.\n', source_id="one"
    )
    two = parse_article(
        "two.txt", 'T\n\n"The plan is fair to every family in this city," said Dan Moss.\n', source_id="two"
    )
    story = gather([one, two])
    assert sorted(x.speaker or "" for x in story.quotes) == ["Dan Moss", "Ruth Okafor"]
    (link,) = story.links
    assert not link.same_speaker and link.kind == "verbatim"


def test_editors_insertions_are_not_the_speakers_words() -> None:
    a = q("a1", "a", "I told [him] to let it go, and (Governor Paul) Hart did not answer.")
    b = q("b1", "b", "I told him to let it go, and Hart did not answer.")
    (link,) = align([a, b], ["a", "b"])
    assert link.kind == "variant" and link.score >= 95  # only "him" differs


def test_a_short_phrase_two_quotes_go_different_ways_around_is_no_link() -> None:
    # The same opening, then other words in both: two sentences, not one remark.
    assert (
        kinds(
            [
                q("a1", "a", "The ferry plan is a disaster,"),
                q("b1", "b", "The ferry plan is a bad plan. We paid twice."),
            ]
        )
        == set()
    )
    # A line said on two occasions, each time after other words.
    a = q("a1", "a", "It's late. It's too expensive. It should have never been built,")
    b = q("b1", "b", "The pier is falling down, the council knows it. It should have never, ever been built.")
    assert kinds([a, b]) == set()
    # A slogan of four content words, said amid other words each time.
    a2 = q("a2", "a", "We won the vote tonight. Now make the harbour great again, and then we rest.")
    b2 = q("b2", "b", "Nobody believed us. Make the harbour great again was our promise from the start.")
    assert kinds([a2, b2]) == set()
    # The same words with only one version going on, or going on with the same words, stay linked.
    assert kinds([q("a1", "a", "It should have never been built."), b]) == {("a1", "b1", "variant")}
    c = q("c1", "c", "It's late. It's far too expensive. It should have never been built.")
    assert kinds([a, c]) == {("a1", "c1", "variant")}


def test_a_long_passage_links_whatever_stands_around_it() -> None:
    a = q("a1", "a", "First things first. We will rebuild the old pier before the summer season starts, believe me.")
    b = q(
        "b1", "b", "Let me be clear: we will rebuild the old pier before the summer season starts, and that is final."
    )
    assert {kind for *_, kind in kinds([a, b])} == {"verbatim"}


def test_one_swapped_word_at_an_edge_is_still_a_variant() -> None:
    a = q("a1", "a", "there’s a lot of goodwill")
    b = q("b1", "b", "I really believe there’s a lot of good will,")
    assert kinds([a, b]) == {("a1", "b1", "verbatim")}


def test_a_name_alone_is_no_evidence_of_one_remark() -> None:
    a = q("a1", "a", "Maria,")
    b = q("b1", "b", "I am going to have a long talk with Maria,")
    assert kinds([a, b]) == set()
    # A word of the remark itself, or a name the other prints in lower case, still is.
    assert kinds([q("a1", "a", "insane"), q("b1", "b", "It's insane. It's ridiculous.")]) == {("a1", "b1", "verbatim")}
    assert kinds([q("a1", "a", "reckless Democrats"), q("b1", "b", "Sued by the Reckless Democrats today.")]) == {
        ("a1", "b1", "verbatim")
    }


def test_a_lone_stopword_does_not_stretch_the_shared_passage() -> None:
    # "it" alone, five words before the rest, is no part of the passage: the words between are not claimed.
    c = compare(
        "It should never have been built, but we will talk about it.",
        "People know my view. It is a bad plan that should have never been built,",
    )
    assert (c.a_range, c.b_range) == ((1, 6), (10, 15))
