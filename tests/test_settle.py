"""The outlets settle what one article cannot: invented multi-outlet stories (attribution/settle.py)."""

from __future__ import annotations

import json
from pathlib import Path

from quotecompare.attribution.settle import same_words, settle
from quotecompare.models import Attribution, Quote, Source, Story
from quotecompare.pipeline import gather, site_files
from quotecompare.read.sources import parse_article

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

WORDS = "We will dredge the whole harbour before the autumn storms arrive"


def story(*articles: str) -> Story:
    sources = [parse_article(f"a{i}.txt", text, source_id=f"a{i}") for i, text in enumerate(articles)]
    return gather(sources)


def by_source(s: Story) -> dict[str, list[Quote]]:
    out: dict[str, list[Quote]] = {src.id: [] for src in s.sources}
    for q in s.quotes:
        out[q.source].append(q)
    return out


def rule(q: Quote) -> str | None:
    return q.attribution.rule if q.attribution else None


STRONG_A = f"Ferry news\n\nThe port board met on Monday.\n\n“{WORDS},” Harbour Commissioner Alma Reyes said.\n"
STRONG_B = f"Harbour plan\n\n“{WORDS},” said Alma Reyes, the harbour commissioner.\n"
UNSPOKEN = f"Storm season\n\nThe board's vote came late in the evening.\n\n“{WORDS}.”\n"


def test_words_without_a_speaker_take_the_name_two_other_outlets_give_them() -> None:
    s = story(STRONG_A, STRONG_B, UNSPOKEN)
    (a0,), (a1,), (a2,) = by_source(s).values()
    assert [q.speaker for q in (a0, a1, a2)] == ["Alma Reyes"] * 3
    assert (rule(a0), rule(a1), rule(a2)) == ("cue_after", "cue_after", "other_outlets")
    why = a2.attribution
    assert why is not None and why.replaced is None
    assert [(e.source, e.words) for e in why.elsewhere] == [
        ("a0", "Harbour Commissioner Alma Reyes"),
        ("a1", "Alma Reyes"),
    ]
    # One statement under one speaker, every pair linked as the same speaker's words.
    assert len(s.statements) == 1 and sorted(s.statements[0].quotes) == sorted(q.id for q in (a0, a1, a2))
    assert len(s.links) == 3 and all(lk.same_speaker for lk in s.links)


def test_without_the_other_outlets_the_words_have_no_speaker() -> None:
    """The control for the test above: the third article alone names no one."""
    ((q,),) = by_source(story(UNSPOKEN)).values()
    assert q.speaker is None and rule(q) is None


def test_a_name_in_the_quotes_own_clause_is_never_overridden() -> None:
    other = f"Council\n\n“{WORDS},” Mayor Tobias Lindqvist said on Tuesday.\n"
    s = story(STRONG_A, STRONG_B, other)
    (a0,), (a1,), (a2,) = by_source(s).values()
    assert [q.speaker for q in (a0, a1, a2)] == ["Alma Reyes", "Alma Reyes", "Tobias Lindqvist"]
    assert rule(a2) == "cue_after"
    # The outlets disagree: the words stay side by side under two speakers.
    crossed = {frozenset((lk.a, lk.b)) for lk in s.links if not lk.same_speaker}
    assert frozenset((a0.id, a2.id)) in crossed or frozenset((a1.id, a2.id)) in crossed


def test_a_true_disagreement_settles_nothing() -> None:
    other = f"Council\n\n“{WORDS},” Mayor Tobias Lindqvist said on Tuesday.\n"
    s = story(STRONG_A, other, UNSPOKEN)
    (a0,), (a1,), (a2,) = by_source(s).values()
    assert [q.speaker for q in (a0, a1, a2)] == ["Alma Reyes", "Tobias Lindqvist", None]
    assert "other_outlets" not in {rule(q) for q in s.quotes}


def test_the_credit_found_in_more_outlets_wins_over_one_that_disagrees() -> None:
    other = f"Council\n\n“{WORDS},” Mayor Tobias Lindqvist said on Tuesday.\n"
    s = story(STRONG_A, STRONG_B, other, UNSPOKEN)
    assert [q.speaker for q in s.quotes] == ["Alma Reyes", "Alma Reyes", "Tobias Lindqvist", "Alma Reyes"]
    assert [e.source for e in s.quotes[3].attribution.elsewhere] == ["a0", "a1"]  # type: ignore[union-attr]


def test_a_quoted_title_is_never_made_a_quote() -> None:
    title = "The Harbour Hour With Tom And Friends"
    a0 = f"TV\n\nReyes appeared on “{title}” on Sunday to talk about the port.\n"
    a1 = f"TV\n\n“{title},” Harbour Commissioner Alma Reyes said of her favourite show.\n"
    a2 = f"TV\n\n“{title},” Alma Reyes said again, laughing.\n"
    q0 = by_source(story(a0, a1, a2))["a0"][0]
    assert (q0.kind, q0.speaker, rule(q0)) == ("term", None, None)


def test_a_short_phrase_shared_by_chance_settles_nothing() -> None:
    a0 = "Rally\n\n“Keep the ferries running now,” Alma Reyes said.\n"
    a1 = "Rally\n\n“Keep the ferries running now,” said Alma Reyes.\n"
    a2 = "March\n\nThe march ended at noon.\n\n“Keep the ferries running now.”\n"
    # Six words of Reyes's inside a long chant are not the chant's speaker either.
    a3 = (
        "March\n\nThe march ended at noon.\n\n“Keep the ferries running now, dear, keep them running through "
        "the night and the rain and the long cold winter until the bridge is built.”\n"
    )
    a4 = "Rally\n\n“Keep the ferries running now, dear,” Alma Reyes said.\n"
    a5 = "Rally\n\n“Keep the ferries running now, dear,” said Alma Reyes.\n"
    quotes = by_source(story(a0, a1, a2, a3, a4, a5))
    assert [quotes[a][0].speaker for a in ("a0", "a1", "a2", "a3")] == ["Alma Reyes", "Alma Reyes", None, None]


def test_same_words_needs_most_of_the_shorter_text_within_the_longer() -> None:
    texts = [
        "We will dredge the whole harbour before the autumn storms arrive.",
        "we will dredge the whole harbour before the autumn storms arrive, and then",
        "We will dredge the canal next year if the council pays for it.",
        "We will dredge the harbour.",  # five words: too few to tell
        # The first text is a part of this one, too small a part to say whose the rest is.
        "Then we will pave the old town, and we will dredge the whole harbour before the autumn storms arrive.",
    ]
    assert same_words(texts, [True] * 5) == {0: {1, 4}, 1: {0, 4}}


CONTINUED = f"Ferry news\n\n“The port is ready,” Alma Reyes said. “{WORDS}.”\n"


def test_a_weak_credit_gives_way_to_another_person_named_in_two_outlets() -> None:
    other = f"Council\n\n“{WORDS},” Mayor Tobias Lindqvist said on Tuesday.\n"
    s = story(other, other.replace("Council\n", "Mayor\n"), CONTINUED)
    q = by_source(s)["a2"][1]
    assert (q.speaker, rule(q)) == ("Tobias Lindqvist", "other_outlets")
    assert q.attribution is not None and q.attribution.replaced == "Alma Reyes"


def test_a_person_named_by_the_article_is_not_settled_to_an_organisation() -> None:
    org = f"Department\n\n“{WORDS},” the Harbour Department said in a statement.\n"
    s = story(org, org.replace("Department\n", "Port\n"), CONTINUED)
    q = by_source(s)["a2"][1]
    assert (q.speaker, rule(q)) == ("Alma Reyes", "continuation")


def test_a_description_settled_by_other_outlets_is_that_speaker_for_its_other_quotes() -> None:
    split = (
        "Talks\n\n“In all of these talks,” the council statement said, "
        "“the council is focused on keeping every ferry route open all winter.”\n"
    )
    whole = (
        "“In all of these talks, the council is focused on keeping every ferry route open all winter,” "
        "the Harbour Council said on Monday.\n"
    )
    s = story(split, "Talks\n\n" + whole, "Ferries\n\n" + whole)
    a0 = by_source(s)["a0"]
    assert [q.speaker for q in a0] == ["Harbour Council", "Harbour Council"]
    assert {rule(q) for q in a0} == {"other_outlets"}
    assert {q.attribution.replaced for q in a0 if q.attribution} == {"The council statement"}
    assert all(lk.same_speaker for lk in s.links)


def test_the_settled_credit_is_in_quotes_json_and_on_the_article_page() -> None:
    s = story(STRONG_A, STRONG_B, UNSPOKEN)
    files = site_files(s, TEMPLATES)
    data = json.loads(files["data/quotes.json"])
    record = next(q for q in data["quotes"] if q["source"] == "a2")
    why = record["attribution"]
    assert why["rule"] == "other_outlets" and why["replaced"] is None
    src: dict[str, Source] = {x.id: x for x in s.sources}
    for e in why["elsewhere"]:
        start, end = e["evidence"]
        assert src[e["source"]].raw[start:end] == e["words"]
    page = files["articles/a2.html"]
    assert "other outlets credit these words to them" in page
    assert 'href="a0.html#w' in page and "Harbour Commissioner Alma Reyes</a>" in page


def test_a_strong_credit_stays_even_where_its_words_are_settled_for_another_outlet() -> None:
    """Records made by hand: four outlets print the same text; only the fourth gives no speaker."""

    def quote(source: str, key: str | None, rule: str | None) -> Quote:
        name = {"reyes|alma": "Alma Reyes", "lindqvist|tobias": "Tobias Lindqvist"}.get(key or "")
        return Quote(f"{source}-q1", source, (), WORDS, 0, 0, name, key, None, "quote", None, Attribution(rule))

    sources = [parse_article(f"{s}.txt", f"T\n\n“{WORDS}”\n", source_id=s) for s in ("a0", "a1", "a2", "a3")]
    quotes = [
        quote("a0", "reyes|alma", "cue_after"),
        quote("a1", "reyes|alma", "label"),
        quote("a2", "lindqvist|tobias", "cue_before"),
        quote("a3", None, None),
    ]
    got = settle(sources, quotes)
    assert got[:3] == quotes[:3]
    assert (got[3].speaker, got[3].attribution.rule) == ("Alma Reyes", "other_outlets")  # type: ignore[union-attr]


def test_an_unnamed_source_with_its_own_cue_stays_but_a_bare_description_is_settled() -> None:
    unnamed = f"Port\n\n“{WORDS},” a senior harbour official said.\n"
    # A role no one in the story holds (a "commissioner" would be Harbour Commissioner Alma Reyes by her title).
    bare = f"Port\n\nThe spokesman toured the docks.\n\n“{WORDS},” the spokesman said.\n"
    s = story(STRONG_A, STRONG_B, unnamed, bare)
    quotes = by_source(s)
    assert (quotes["a2"][0].speaker, rule(quotes["a2"][0])) == ("A senior harbour official", "cue_after")
    assert (quotes["a3"][0].speaker, rule(quotes["a3"][0])) == ("Alma Reyes", "other_outlets")


def test_one_of_many_things_is_no_unnamed_source() -> None:
    """ "One question reads" names a thing, not a person the outlet chose not to name: other outlets settle it."""
    thing = f"Port\n\nThe list was long.\n\n“{WORDS},” one question reads.\n"
    q = by_source(story(STRONG_A, STRONG_B, thing))["a2"][0]
    assert (q.speaker, rule(q)) == ("Alma Reyes", "other_outlets")
    # A question is no speaker of its own (issue 16, types): the article credited nobody.
    assert q.attribution is not None and q.attribution.replaced is None


ISSUED = "“We will dredge the whole harbour,” the statement said. “Work starts before the autumn storms arrive.”\n"


def test_the_statement_is_the_words_of_whoever_issued_it() -> None:
    """ "The Port Authority said in a statement …" then "the statement said": the Port Authority's words."""
    s = story(f"Port\n\nThe Port Authority said in a statement on Monday that it would act.\n\n{ISSUED}")
    assert [(q.speaker, rule(q)) for q in s.quotes] == [
        ("Port Authority", "cue_after"),
        ("Port Authority", "continuation"),
    ]
    issued_by = f"Port\n\nA statement issued by Mayor Tobias Lindqvist on Monday was brief.\n\n{ISSUED}"
    assert {q.speaker for q in story(issued_by).quotes} == {"Tobias Lindqvist"}


def test_a_statement_whose_issuer_its_article_does_not_name_takes_the_issuer_another_outlet_names() -> None:
    alone = f"Port\n\nThe plan was published late.\n\n{ISSUED}"
    ((q, _),) = [by_source(story(alone))["a0"]]
    assert q.speaker == "The statement"  # the control: no issuer named anywhere
    named = f"Port\n\nThe Port Authority said in a statement on Monday that it would act.\n\n{ISSUED}"
    q = by_source(story(named, alone))["a1"][0]
    assert (q.speaker, rule(q)) == ("Port Authority", "other_outlets")


def test_the_next_words_no_one_was_named_for_go_with_the_settled_ones() -> None:
    """An unnamed "she" settled by the outlets is the speaker of the article's next "she" quotations too."""
    shes = (
        f"Storm season\n\n“{WORDS},” she said, adding that the ferries “will run on time.”\n\n"
        "“It is all settled,” she added.\n\n“Nobody asked us,” a passenger said.\n"
    )
    s = story(STRONG_A, shes)
    got = [(q.speaker, rule(q)) for q in by_source(s)["a1"]]
    assert got == [("Alma Reyes", "other_outlets")] * 3 + [("A passenger", "cue_after")]
    # Alone, the article names no one for any of them.
    assert [q.speaker for q in by_source(story(shes))["a0"]] == [None, None, None, "A passenger"]


def test_an_unnamed_run_settles_no_further_than_the_next_paragraph() -> None:
    shes = (
        f"Storm season\n\n“{WORDS},” she said.\n\nThe board met.\n\nIt rained all week.\n\n“Nobody came,” she said.\n"
    )
    assert [q.speaker for q in by_source(story(STRONG_A, shes))["a1"]] == ["Alma Reyes", None]


def test_an_unnamed_source_is_the_person_another_outlet_names_with_the_same_role() -> None:
    words = "The mayor has made her position on the ferry cuts very clear"
    quotes = story(
        f"A\n\n“{words},” a Harbour Council spokesman said.\n",
        f"B\n\n“{words},” Harbour Council spokesman Ivo Brandt said.\n",
    ).quotes
    assert [(q.speaker, rule(q)) for q in quotes] == [
        ("Ivo Brandt", "other_outlets"),
        ("Ivo Brandt", "cue_after"),
    ]
    # A role the named person's printed title does not hold stays apart: the outlets may mean two people.
    quotes = story(
        f"A\n\n“{words},” a Harbour Council official said.\n",
        f"B\n\n“{words},” Harbour Council spokesman Ivo Brandt said.\n",
    ).quotes
    assert quotes[0].speaker == "A Harbour Council official"
    # The body may be named beside the cue rather than in it: "The Harbour Council said … spokesman Ivo Brandt".
    quotes = story(
        f"A\n\n“{words},” a Harbour Council spokesman said.\n",
        f"B\n\nThe Harbour Council said it would appeal. “{words},” spokesman Ivo Brandt said.\n",
        f"C\n\n“{words},” a Tidewater Council spokesman said.\n",
    ).quotes
    assert [q.speaker for q in quotes] == ["Ivo Brandt", "Ivo Brandt", "A Tidewater Council spokesman"]


def test_an_unnamed_source_in_a_lede_is_the_person_its_article_names_below_with_that_role() -> None:
    # Wire copy: "A federal judge … ruled" in the lede, "U.S. District Judge Ada Holm" further down; another
    # outlet credits the same words to "Judge Holm".
    words = "The harbour plan cannot be squared with the law of the state"
    quotes = story(
        f"A\n\nA federal judge on Friday blocked the plan, saying “{words}.”\n\n"
        "U.S. District Judge Ada Holm wrote a 40-page ruling.\n",
        f"B\n\nJudge Holm said “{words}.”\n",
    ).quotes
    assert [(q.speaker, rule(q)) for q in quotes] == [("Ada Holm", "other_outlets"), ("Ada Holm", "cue_before")]
    # An article that never names her keeps its unnamed judge.
    quotes = story(
        f"A\n\nA federal judge on Friday blocked the plan, saying “{words}.”\n",
        f"B\n\nJudge Ada Holm said “{words}.”\n",
    ).quotes
    assert quotes[0].speaker == "A federal judge"


def test_a_named_owners_body_settles_words_no_one_is_credited_with() -> None:
    # "Alma Reyes's team" names its owner: as good a credit as a name, unlike "the team".
    s = story(
        "Harbour plan\n\nAlma Reyes spoke on Monday.\n\nReyes's team asked: “" + WORDS + "?”\n",
        UNSPOKEN.replace(f"“{WORDS}.”", f"One question reads: “{WORDS}?”"),
        UNSPOKEN,
    )
    got = [(q.source, q.speaker, rule(q)) for q in s.quotes]
    assert got == [
        ("a0", "Alma Reyes's team", "cue_before"),
        ("a1", "Alma Reyes's team", "other_outlets"),
        ("a2", "Alma Reyes's team", "other_outlets"),
    ]


def test_an_unnamed_spokesperson_speaks_for_the_body_other_outlets_quote() -> None:
    s = story(
        "Levy row\n\nThe Harbour Council said on Monday it was “disappointed.”\n",
        "Levy row\n\n“We remain concerned,” a Harbour Council spokeswoman in Dover said.\n",
        "Levy row\n\n“We are reviewing it,” a Tidewater Council spokesman said.\n",
    )
    got = [(q.source, q.speaker, rule(q)) for q in s.quotes]
    assert got == [
        ("a0", "Harbour Council", "cue_before"),
        ("a1", "Harbour Council", "spokesperson"),
        ("a2", "A Tidewater Council spokesman", "cue_after"),  # no outlet quotes that council by name
    ]
    settled = s.quotes[1].attribution
    assert settled is not None and settled.replaced == "A Harbour Council spokeswoman in Dover"
    assert [e.source for e in settled.elsewhere] == ["a0"]
