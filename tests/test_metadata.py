"""Outlet names and dates: one test per rule, on text written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecompare.read import outlets
from quotecompare.read.metadata import byline_outlet, date_from_name, date_from_url, date_line, dateline, note_hints
from quotecompare.read.sources import parse_article, read_sources

BODY = 'The council met on Tuesday. "We will build it," the mayor said.\n'


def article(*top: str, body: str = BODY) -> str:
    return "\n\n".join(["Council backs new bridge", *top, body])


# --- outlet names ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.nytimes.com/2018/04/20/us/a.html", "The New York Times"),
        ("https://thecaucus.blogs.nytimes.com/2013/08/31/a/", "The New York Times"),  # a sub-domain
        ("http://www.foxnews.com/politics/a.html", "Fox News"),
        ("https://www.example-news.com/a", "example-news.com"),  # not in the table: the host as it is
    ],
)
def test_outlet_from_the_address_host(url: str, outlet: str) -> None:
    src = parse_article("a1.txt", article(body=BODY + f"\nOriginal url: {url}\n"))
    assert src.outlet == outlet


def test_outlet_from_a_byline_under_its_well_known_name() -> None:
    assert parse_article("a1.txt", article("By Jane Doe, AP")).outlet == "Associated Press"
    assert parse_article("a1.txt", article("By Daily Planet Staff")).outlet == "Daily Planet Staff"


def test_the_byline_beats_the_host() -> None:
    raw = article("By Reuters", body=BODY + "\nOriginal url: https://www.nytimes.com/a.html\n")
    assert parse_article("a1.txt", raw).outlet == "Reuters"


def test_a_paragraph_opening_with_by_is_not_a_byline() -> None:
    src = parse_article("a1.txt", article("By the end of the week, the council had agreed."))
    assert src.outlet == "a1"
    assert src.blocks[0].text == "By the end of the week, the council had agreed."
    assert byline_outlet("By 58%-33%, those surveyed said no.") == (False, None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("WASHINGTON (Reuters) - The party sued.", ("Reuters", None)),
        ("HARBOURTON (Shoreline Wire) - The city said.", ("Shoreline Wire", None)),  # capitals: any name
        ("RENO, Nev. (AP) — The senator said.", ("Associated Press", None)),
        ("LONDON, May 14, 2019 (Reuters) - Talks began.", ("Reuters", "2019-05-14")),
        ("MEXICO CITY, Feb. 8 (UPI) — Officials said.", ("UPI", None)),  # no year: no date
        ("New York (AFP) – A crowd gathered.", ("AFP", None)),  # ordinary case: well-known outlets only
        ("(CNN) — The senator said.", ("CNN", None)),
        ("Springfield (Shoreline Wire) - The city said.", (None, None)),
        ("Sen. Ted Cruz (R-Texas) - who spoke first.", (None, None)),
    ],
)
def test_dateline(text: str, found: tuple[str | None, str | None]) -> None:
    assert dateline(text) == found


def test_dateline_after_a_standfirst() -> None:
    raw = article("The vote was close.", body='WASHINGTON (Reuters) - "We will build it," the mayor said.')
    assert parse_article("a1.txt", raw).outlet == "Reuters"


@pytest.mark.parametrize(
    ("stem", "outlet"),
    [
        ("nyt", "The New York Times"),
        ("usatoday", "USA Today"),  # a host's name
        ("usa-today_2016-04-26_sanders-will-back", "USA Today"),  # before the first "_" or date
        ("huffpost-reuters", "HuffPost"),  # made only of outlets' names
        ("fox-hunting-ban", None),  # merely starts with one
        ("post", None),  # plain words are not in the table
        ("000_c2465f9aa2e9395f", None),
    ],
)
def test_outlet_from_the_file_name(stem: str, outlet: str | None) -> None:
    assert outlets.by_file_name(stem) == outlet
    assert parse_article(f"{stem}.txt", article()).outlet == (outlet or stem)


def test_the_table_is_one_line_per_outlet_and_easy_to_extend() -> None:
    table = outlets.parse("# a comment\n\nDaily Planet | dailyplanet.example planet.example | DP; The Planet\n")
    assert table.hosts == {"dailyplanet.example": "Daily Planet", "planet.example": "Daily Planet"}
    assert {k: v for k, v in table.names.items()} == {
        "dailyplanet": "Daily Planet",
        "planet": "Daily Planet",
        "dp": "Daily Planet",
        "theplanet": "Daily Planet",
    }
    shipped = outlets.table()
    assert len(set(shipped.hosts.values())) >= 50
    # Every line of the shipped file has a name and at least one host.
    for line in outlets.DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, hosts, _ = line.split("|")
            assert name.strip() and hosts.split(), line


# --- dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published: 04/20/2018 05:01 PM EDT", "2018-04-20"),
        ("Updated 4:32 PM ET, Fri April 20, 2018", "2018-04-20"),
        ("Posted at 10:05 AM, Apr. 20, 2018", "2018-04-20"),
        ("2018-04-20T17:01:00Z", "2018-04-20"),
        ("20 April 2018 | 17:01 BST", "2018-04-20"),
        ("13/04/2018", "2018-04-13"),  # the day is plain when it is over 12
        ("04/05/2018", None),  # April 5 or 4 May: none rather than a wrong one
        ("The talks ended on May 14, 2019.", None),  # a sentence is not a date line
    ],
)
def test_date_lines(line: str, iso: str | None) -> None:
    found = date_line(line)
    assert (found.date if found else None) == iso


def test_the_first_publication_date_beats_an_update() -> None:
    src = parse_article("a1.txt", article("Updated May 3, 2021 9:00 AM", "Published May 2, 2021"))
    assert src.date == "2021-05-02"
    assert parse_article("a1.txt", article("Updated May 3, 2021 9:00 AM")).date == "2021-05-03"


def test_masthead_line_gives_outlet_and_date() -> None:
    src = parse_article("a1.md", "# Council backs bridge\n\n*County Post* · 2024-05-10\n\n" + BODY)
    assert (src.outlet, src.date) == ("County Post", "2024-05-10")
    assert src.blocks[0].text.startswith("The council met")
    # A person's name beside the date is no outlet.
    src = parse_article("a1.txt", article("Jane Doe | May 10, 2024"))
    assert (src.outlet, src.date) == ("a1", "2024-05-10")


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://www.example.com/story/news/politics/2018/04/20/a-story/536032002/", "2018-04-20"),
        ("https://example.com/news/2013/9/1/a", "2013-09-01"),
        ("https://example.com/2018-04-20-a-story", "2018-04-20"),
        ("https://example.com/a/20180420/b", "2018-04-20"),
        ("https://example.com/2019/05/14/its-time-a65574", "2019-05-14"),
        ("https://example.com/entry/a-story_us_5ada66eae4b009869bf96537", None),
        ("https://example.com/a/2018/04/b", None),  # a month is not a date
        ("https://example.com/a/2018/13/40/b", None),
    ],
)
def test_date_from_the_address_path(url: str, iso: str | None) -> None:
    assert date_from_url(url) == iso


def test_the_address_date_is_used_when_the_article_states_none() -> None:
    raw = article(body=BODY + "\nOriginal url: https://example.com/2018/04/20/a.html\n")
    assert parse_article("a1.txt", raw).date == "2018-04-20"
    raw = article("May 2, 2021", body=BODY + "\nOriginal url: https://example.com/2018/04/20/a.html\n")
    assert parse_article("a1.txt", raw).date == "2021-05-02"  # the article's own date comes first


def test_date_from_the_file_name() -> None:
    assert date_from_name("nyt_2016-02-01_iowa.txt") == "2016-02-01"
    assert parse_article("paper_2016-02-01_iowa.txt", article()).date == "2016-02-01"
    assert parse_article("000_c2465f9aa2e9395f.txt", article()).date is None


# --- a provenance note -----------------------------------------------------------

NOTE = """Collected for a study of coverage. Outlet codes: P = Planet.

planet.txt <- raw/3_P.txt
    outlet code P | url: https://www.nytimes.com/2018/04/20/us/a.html
courier.txt <- raw/3_C.txt
    outlet: Morning Courier | date: 2018-04-21 | url: https://courier.example/news/a-story
wire.txt: https://www.example-wire.com/2018/04/19/a
old-planet.txt <- not in this folder
"""


def test_provenance_note_fields() -> None:
    hints = note_hints(NOTE, ["planet.txt", "courier.txt", "wire.txt", "planet.txt.bak"])
    assert hints["planet.txt"].url == "https://www.nytimes.com/2018/04/20/us/a.html"
    courier = hints["courier.txt"]
    assert (courier.outlet, courier.date, courier.url) == (
        "Morning Courier",
        "2018-04-21",
        "https://courier.example/news/a-story",
    )
    assert hints["wire.txt"].url == "https://www.example-wire.com/2018/04/19/a"  # a bare address
    assert "planet.txt.bak" not in hints  # "old-planet.txt" names another file


def test_provenance_note_read_for_a_folder(tmp_path: Path) -> None:
    for name in ("planet.txt", "courier.txt", "wire.txt"):
        (tmp_path / name).write_text(article(), encoding="utf-8")
    (tmp_path / "wire.txt").write_text(article("Published June 1, 2018"), encoding="utf-8")
    (tmp_path / "SOURCE.txt").write_text(NOTE, encoding="utf-8")
    sources, _, warnings = read_sources(tmp_path)
    got = {s.file: (s.outlet, s.date, s.url) for s in sources}
    assert got["planet.txt"] == ("The New York Times", "2018-04-20", "https://www.nytimes.com/2018/04/20/us/a.html")
    assert got["courier.txt"] == ("Morning Courier", "2018-04-21", "https://courier.example/news/a-story")
    assert got["wire.txt"][:2] == ("example-wire.com", "2018-06-01")  # the article's own date line first
    assert warnings == ["SOURCE.txt: not an article; read for the address, date or outlet of 3 articles"]


def test_a_manifest_address_gives_a_date_when_nothing_else_does(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text(article(), encoding="utf-8")
    (tmp_path / "sources.toml").write_text(
        '[sources."a1.txt"]\nurl = "https://example.com/news/2018/04/20/a.html"\n', encoding="utf-8"
    )
    (src,), _, _ = read_sources(tmp_path)
    assert (src.url, src.date) == ("https://example.com/news/2018/04/20/a.html", "2018-04-20")


# --- a note of file<TAB>address lines (issue 19) ----------------------------------

TAB_NOTE = (
    "Each article file with its address:\n\n"
    "2_L.txt\thttps://www.nytimes.com/2018/04/24/world/europe/a-story.html?ref=x\n"
    "raw/event_2/2_M.txt\thttps://www.usatoday.com/story/news/politics/2018/04/25/b/545222002/\n"
    "2_R\thttp://www.foxnews.com/politics/2018/04/24/c.html\n"
)


def test_a_note_of_file_and_address_lines_gives_outlets_and_dates(tmp_path: Path) -> None:
    for name in ("2_L.txt", "2_M.txt", "2_R.txt"):
        (tmp_path / name).write_text(article(), encoding="utf-8")
    (tmp_path / "SOURCE.txt").write_text(TAB_NOTE, encoding="utf-8")
    sources, _, warnings = read_sources(tmp_path)
    got = {s.file: (s.outlet, s.date) for s in sources}
    assert got == {
        "2_L.txt": ("The New York Times", "2018-04-24"),
        "2_M.txt": ("USA Today", "2018-04-25"),  # named by its path in the note
        "2_R.txt": ("Fox News", "2018-04-24"),  # named without its extension
    }
    assert warnings == ["SOURCE.txt: not an article; read for the address, date or outlet of 3 articles"]


def test_an_outlet_named_after_its_file_is_said_with_the_fix(tmp_path: Path) -> None:
    for name in ("2_L.txt", "2_M.txt", "nyt.txt"):
        (tmp_path / name).write_text(article(), encoding="utf-8")
    (tmp_path / "sources.toml").write_text('[sources."2_M.txt"]\noutlet = "USA Today"\n', encoding="utf-8")
    sources, _, warnings = read_sources(tmp_path)
    assert {s.file: s.outlet for s in sources} == {
        "2_L.txt": "2_L",
        "2_M.txt": "USA Today",
        "nyt.txt": "The New York Times",
    }
    (warning,) = warnings  # one line, for the one file nothing named: the manifest's and a known name's are fine
    assert warning.startswith("2_L.txt: no outlet found") and "it is named after its file ('2_L')" in warning
    assert warning.endswith('in sources.toml: [sources."2_L.txt"] outlet = "..."')
