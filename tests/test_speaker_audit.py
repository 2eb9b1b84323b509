"""Speakers a new user would see: no place, role or clause for a name, one name per person (issue 16, audit).

Each rule found by ``eval/speaker_audit.py`` has a test here, in invented sentences.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from quotecompare.attribution.names import names_in
from quotecompare.attribution.speakers import SpeakerIndex
from quotecompare.attribution.story import build_quotes
from quotecompare.attribution.titles import role_only
from quotecompare.read.sources import parse_article
from quotecompare.text.places import is_place
from tests.test_attribution import speakers_of


def test_a_place_and_a_title_abbreviation_are_a_title_not_a_name() -> None:
    """ "Ohio Gov. Ada Holm": "Ohio Gov" is no one; the title goes with the name after it."""
    got = [(n.name, n.title) for n in names_in("Ohio Gov. Ada Holm met Texas Sen. Jo Ruiz.")]
    assert got == [("Ada Holm", "ohio gov"), ("Jo Ruiz", "texas sen")]
    assert names_in("“No,” said an Iowa Republican.") == []


def test_a_name_cut_at_five_capitals_is_read_from_its_end() -> None:
    got = [n.name for n in names_in("said Pine County Harbour Board Chairman Ed Holm.")]
    assert got == ["Ed Holm"]


def test_roles_made_of_titles_parties_and_places() -> None:
    assert [role_only(p.split()) for p in ("New Hampshire Democrat", "former Ohio Gov.", "Ada Holm")] == [
        True,
        True,
        False,
    ]
    assert is_place("South Florida") and not is_place("South Pines")


def test_a_radio_station_named_after_a_place_does_not_make_the_place_a_person() -> None:
    """ "New Hampshire Public Radio" once in the story must not make "in Salem, New Hampshire," a name."""
    other = "Headline\n\nA poll by New Hampshire Public Radio found it.\n"
    text = (
        "Headline\n\nJo Ruiz toured the state.\n\n"
        "Speaking at a fair in Salem, New Hampshire, Ruiz went after the plan, calling it “a stiff.”\n\n"
        "He says, “It is a mess.”\n\n"
        "He adds that it is “like a spoiled child” and “not smart.”\n"
    )
    assert {who for _, who in speakers_of(text, other)[0]} == {"Jo Ruiz"}


def test_a_place_a_cue_makes_speak_is_not_registered_as_a_person() -> None:
    """ "South Carolina said" must not make "South" a given name and "Carolina" a surname."""
    idx = SpeakerIndex()
    idx.add("South Carolina", "org")
    assert not idx.knows("Carolina") and not idx.knows("South")
    assert idx.resolve("South Carolina").type == "organisation"


def _audit() -> object:
    path = Path(__file__).resolve().parent.parent / "eval" / "speaker_audit.py"
    spec = importlib.util.spec_from_file_location("speaker_audit", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["speaker_audit"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_audit_flags_places_roles_and_two_names(tmp_path: Path) -> None:
    audit = _audit()
    (tmp_path / "a.txt").write_text(
        "Headline\n\nAda Holm spoke on Monday.\n\n“We won,” Ada Holm said.\n\n“Again,” said Holm Ada.\n",
        encoding="utf-8",
    )
    story = audit.build(tmp_path, "t")  # type: ignore[attr-defined]
    names = {s.name for s in story.speakers}
    assert "Ada Holm" in names
    assert audit._alike("North Korea's Kim", "Kim Jong Un") == "one name inside the other"  # type: ignore[attr-defined]
    assert audit._alike("MP Jo Ruiz", "Jo Ruiz").startswith("same name")  # type: ignore[attr-defined]
    assert audit._alike("Jo Ruiz", "Ada Holm") is None  # type: ignore[attr-defined]


def test_the_audit_reads_the_head_of_one_of_a_group_and_of_a_phrase_with_from() -> None:
    audit = _audit()
    head = audit._head  # type: ignore[attr-defined]
    assert head("one of holm's former supporters".split()) == "supporters"
    assert head("the senator from vermont".split()) == "senator"


def test_the_audit_reads_an_arabic_article_as_part_of_a_name_and_a_lower_case_verb_as_a_clause() -> None:
    audit = _audit()
    person = SpeakerIndex().speaker("al-haddad|adel")._replace(name="Adel al-Haddad")
    clause = person._replace(name="Democrats lob")
    assert audit.not_a_name(person) is None  # type: ignore[attr-defined]
    assert audit.not_a_name(clause) == "clause in a name (lob)"  # type: ignore[attr-defined]


def test_a_place_after_a_fronted_clause_is_not_the_sentence_subject() -> None:
    """ "Speaking in Salem, New Hampshire, Ruiz went after Holm": Ruiz is who "he" means next."""
    text = (
        "Headline\n\nAda Holm and Jo Ruiz debated on Monday.\n\n"
        "Speaking at a fair in Salem, New Hampshire, Ruiz went after Holm, calling her “a stiff.”\n\n"
        "He says, “It is a mess.”\n\n"
        "He adds that Holm is “like a spoiled child.”\n"
    )
    assert {who for _, who in speakers_of(text)[0]} == {"Jo Ruiz"}


def test_a_role_of_titles_parties_and_places_is_an_unnamed_description() -> None:
    """ "said a New Hampshire Republican": an anonymous source, not a person named "New Hampshire Republican"."""
    text = (
        "Headline\n\n"
        "“The race is open,” said a New Hampshire Republican.\n\n"
        "“It is not,” said British Ambassador Jo Ruiz.\n"
    )
    quotes, speakers = build_quotes([parse_article("a.txt", text)])
    assert [q.speaker for q in quotes] == ["A New Hampshire Republican", "Jo Ruiz"]
    assert {s.name: (s.kind, s.type) for s in speakers} == {
        "A New Hampshire Republican": ("other", "unnamed"),
        "Jo Ruiz": ("person", "person"),
    }


def test_a_place_word_is_a_person_only_where_the_article_names_them() -> None:
    """ "China" is Caja China only in an article that names Caja China; elsewhere it stays the country."""
    idx = SpeakerIndex()
    idx.observe_text("The chef Caja China opened a restaurant.")
    assert idx.resolve("China").kind == "other"
    assert idx.resolve("China", named={"china|caja": 1}).name == "Caja China"
    assert idx.knows_in("China", "Caja China cooked.") and not idx.knows_in("China", "China grew.")


def test_a_bare_surname_is_the_namesake_the_article_names_most() -> None:
    """The story names Dag Holm far more, but this article is about Eva Holm: her "Holm said" stays hers."""
    other = "Headline\n\n" + "".join(f"Dag Holm spoke on day {n}.\n\n" for n in range(12))
    text = (
        "Headline\n\n"
        "Eva Holm, the daughter of Dag Holm, runs the farm. Eva Holm said little.\n\n"
        "Eva Holm met Dag Holm, and Eva Holm left.\n\n"
        "“It is mine now,” Holm said.\n"
    )
    assert speakers_of(text, other)[0] == [("It is mine now,", "Eva Holm")]


def test_a_people_named_by_its_demonym_speaks_as_a_group() -> None:
    """ "Japanese are telling pollsters …" is the people speaking, not the adjective of a place."""
    text = "Headline\n\nJapanese are telling pollsters that the plan is “a step too far for now.”\n"
    quotes, speakers = build_quotes([parse_article("a.txt", text)])
    assert [q.speaker for q in quotes] == ["Japanese"]
    assert [(s.name, s.type) for s in speakers] == [("Japanese", "group")]


def test_a_role_word_or_someones_role_is_no_ones_surname() -> None:
    """ "Obama's Republican critics" registers no person "Republican"; "the Republican said" stays a role."""
    other = "Headline\n\nObama's Republican critics met on Monday.\n"
    text = "Headline\n\n“It will pass,” the Republican said.\n"
    _, speakers = build_quotes([parse_article("a.txt", other), parse_article("b.txt", text)])
    assert [(s.name, s.type) for s in speakers] == [("The Republican", "unnamed")]
    assert [n.name for n in names_in("Obama's Republican critics met.")] == []


def test_a_suffixed_surname_alone_meets_the_full_name() -> None:
    """ "Hurt" is Harry Hurt III when the story knows no other Hurt."""
    a = "Headline\n\nThe critic Harry Hurt III wrote a book.\n"
    b = "Headline\n\n“It was short,” Hurt said.\n"
    assert speakers_of(a, b)[1] == [("It was short,", "Harry Hurt III")]


def test_a_surname_that_is_also_a_title_word_ends_the_name() -> None:
    """ "New York Congressman Ada King", "former governor Jo Dean": the title before, the person after."""
    text = (
        "Headline\n\n"
        "“We are ready,” said New York Congressman Ada King.\n\n"
        "“So are we,” said former Vermont governor Jo Dean.\n"
    )
    assert [who for _, who in speakers_of(text)[0]] == ["Ada King", "Jo Dean"]


def test_the_audit_builds_each_day_of_three_outlets_as_one_story(tmp_path: Path) -> None:
    train, scratch = tmp_path / "train", tmp_path / "scratch"
    train.mkdir()
    scratch.mkdir()
    for name in ("nyt_2016-01-01_a", "usa-today_2016-01-01_b", "politico_2016-01-01_c", "nyt_2016-01-02_d"):
        (train / f"{name}.txt").write_text("Headline\n\nText.\n")
    (train / "nyt_2016-01-02_e.txt").write_text("Headline\n\nText.\n")  # one outlet twice is not three outlets
    days = _audit().days(train, scratch)  # type: ignore[attr-defined]
    assert [(folder.name, name, per_article) for folder, name, per_article in days] == [
        ("2016-01-01", "train 2016-01-01", False)
    ]
    assert sorted(p.name for p in (scratch / "2016-01-01").iterdir()) == [
        "nyt_2016-01-01_a.txt",
        "politico_2016-01-01_c.txt",
        "usa-today_2016-01-01_b.txt",
    ]
