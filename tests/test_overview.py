"""The index's first view: a neutral title, the coverage matrix and each outlet's fidelity (text of our own)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotecompare.build import gather
from quotecompare.overview import date_range, neutral_title
from quotecompare.readers import parse_article

HEADLINES = [
    "OUTRAGE: City Council Approves Harbour Bridge Toll, Drivers Furious.",
    "City council votes for harbour bridge toll despite drivers' protest",
    "Harbour Bridge Toll Approved By City Council In Late Vote",
    "Drivers to pay new harbour bridge toll from June",
]


def test_title_from_what_the_headlines_share() -> None:
    title = neutral_title(HEADLINES, ["Ines Varga"], ["2024-05-01"])
    # Title case and capitals ("Harbour Bridge Toll", "OUTRAGE") do not make common words names.
    assert title == "City council, harbour bridge toll, drivers"
    assert title not in HEADLINES


def test_title_from_the_main_speakers_and_dates_when_headlines_share_little() -> None:
    headlines = ["Toll approved", "Drivers furious at council"]
    assert neutral_title(headlines, ["Ines Varga", "Tom Ash", "Ada Lim", "Bo Kay"], ["2024-05-02", "2024-05-01"]) == (
        "Ines Varga, Tom Ash and Ada Lim, 1–2 May 2024"
    )
    assert neutral_title(headlines, [], []) == "2 articles"


def test_one_article_is_not_named_by_its_headline() -> None:
    src = parse_article("a.txt", 'Toll approved\n\nMay 1, 2024\n\n"We had no choice," Mayor Ines Varga said.\n')
    story = gather([src])
    assert story.title == "Ines Varga, 1 May 2024"


def test_a_manifest_title_wins(seed_story) -> None:
    assert seed_story.title == "Lavrov and Pompeo in Sochi, May 2019"


@given(
    st.lists(
        st.lists(st.sampled_from("Harbour bridge toll City Council approves drivers vote, in the".split()), max_size=8),
        min_size=1,
        max_size=5,
    ).map(lambda hs: [" ".join(h) for h in hs])
)
def test_never_one_outlets_headline(headlines: list[str]) -> None:
    title = neutral_title(headlines, ["Ines Varga"], [])
    assert title
    if len(set(headlines)) == len(headlines):  # a headline every outlet shares word for word is not one outlet's
        assert title.casefold() not in {h.casefold() for h in headlines}


def test_date_range() -> None:
    assert date_range(["2019-05-14"]) == "14 May 2019"
    assert date_range(["2019-05-15", "2019-05-14", None]) == "14–15 May 2019"
    assert date_range(["2013-08-31", "2013-09-01"]) == "31 August – 1 September 2013"
    assert date_range([None, None]) is None
