"""The index's first view: a neutral title, the coverage matrix and each outlet's fidelity (text of our own)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotecompare.pipeline import gather
from quotecompare.read.sources import parse_article
from quotecompare.site.overview import date_range
from quotecompare.site.title import neutral_title

HEADLINES = [
    "OUTRAGE: City Council Approves Harbour Bridge Toll, Drivers Furious.",
    "City council votes for harbour bridge toll despite drivers' protest",
    "Harbour Bridge Toll Approved By City Council In Late Vote",
    "Drivers to pay new harbour bridge toll from June",
]


def test_title_from_what_the_headlines_share() -> None:
    title = neutral_title(HEADLINES, ["Ines Varga"], ["2024-05-01"])
    # Title case and capitals ("Harbour Bridge Toll", "OUTRAGE") do not make common words names.
    assert title == "City council, harbour bridge toll, drivers, 1 May 2024"
    assert title not in HEADLINES


# Headlines and article text written for these tests, shaped like the real ones that broke names and case.
KOREA = [
    "North Korea fires two missiles in new tests",
    "North Korean Missile Tests Alarm Japan And South Korea",
    "Japan condemns North Korea's nuclear missile tests",
    "Missile tests: North Korea defies sanctions",
]
KOREA_TEXT = [
    "Officials in Tokyo said North Korea had fired the missiles at dawn. The tests came as South Korea and "
    "Japan met in Seoul, and a North Korean statement called them routine; the nuclear talks are stalled."
]


def test_a_title_keeps_names_whole_and_one_case() -> None:
    title = neutral_title(KOREA, [], ["2017-07-04"], KOREA_TEXT)
    assert title == "North Korea and Japan: missile tests, 4 July 2017"
    assert "North," not in title and "North:" not in title
    # Title case in some headlines does not capitalise common words in the title.
    iran = ["Iran Nuclear Deal Talks Stall In Vienna", "Talks on the Iran nuclear deal stall", "Iran nuclear talks end"]
    body = ["Diplomats from Iran met in Vienna; the nuclear talks stalled again, Iran said."]
    assert neutral_title(iran, [], [], body) == "Iran nuclear deal, talks, stall"


def test_a_title_leads_with_the_people_the_headlines_name() -> None:
    headlines = ["Trump plans a visit in July", "Trump visit set for July", "President's July visit confirmed"]
    body = ["The president, Donald Trump, will visit in July, his office said on Monday."]
    title = neutral_title(headlines, ["Donald Trump", "Ada Lim"], ["2018-06-01", "2018-06-02"], body)
    assert title == "Trump: visit, 1–2 June 2018"  # July is a date, not a name; the dates are the articles'


def test_an_untitled_article_is_not_a_headline() -> None:
    from quotecompare.site.title import headline

    src = parse_article("a.txt", "WEST PORT, Md. — The council met on Tuesday and voted for the toll.\n")
    assert headline(src) is None
    titled = parse_article("b.txt", "Council backs toll\n\nThe council met on Tuesday.\n")
    assert headline(titled) == "Council backs toll"


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


def three_outlets():
    """Outlets A and B print Mayor Ines Varga's statement word for word, C a variant of it and one more."""
    said = '"The bridge will open on the first of May and not a day later," Mayor Ines Varga said.'
    variant = '"The bridge will open on the first of May, not a day later," Mayor Ines Varga said.'
    extra = '"Tolls pay for the upkeep," Varga added.'
    texts = {"a": said, "b": said, "c": f"{variant}\n\n{extra}"}
    return gather(
        [
            parse_article(f"{k}.txt", f"Bridge {k}\n\nBy {k.upper()} Daily\n\n{t}\n", source_id=k)
            for k, t in texts.items()
        ]
    )


def statements_of(story, speaker):
    """A speaker's statements and each quote's source, as coverage() takes them."""
    return {speaker.key: [st for st in story.statements if st.speaker_key == speaker.key]}, {
        q.id: q.source for q in story.quotes
    }


def test_coverage_counts_statements_and_verbatim_versions() -> None:
    from quotecompare.site.overview import coverage

    story = three_outlets()
    (varga,) = story.speakers
    matrix = coverage([varga], story.sources, *statements_of(story, varga), story.links)
    assert [o.name for o in matrix.outlets] == ["A Daily", "B Daily", "C Daily"] and matrix.left_out == 0
    ((speaker, cells),) = matrix.rows
    assert speaker == varga
    assert [(c.statements, c.compared, c.verbatim, c.level) for c in cells] == [
        (1, 1, 1, 4),  # A: its one statement, word for word as B's
        (1, 1, 1, 4),
        (2, 1, 0, 0),  # C: a variant of it, and a statement no one else printed
    ]
    assert [c.row for c in cells] == ["ines-varga-1", "ines-varga-1", "ines-varga-1"]


def test_an_outlets_articles_are_one_column_and_repeating_itself_is_not_verbatim() -> None:
    from quotecompare.site.overview import coverage, outlet_fidelity

    said = '"The bridge will open on the first of May and not a day later," Mayor Ines Varga said.'
    story = gather(
        [
            parse_article(f"{k}.txt", f"Bridge {k}\n\nBy {outlet}\n\n{said}\n", source_id=k)
            for k, outlet in (("a1", "A Daily"), ("a2", "A Daily"), ("b", "B Daily"))
        ]
    )
    (varga,) = story.speakers
    matrix = coverage([varga], story.sources, *statements_of(story, varga), story.links)
    assert [(o.name, len(o.sources)) for o in matrix.outlets] == [("A Daily", 2), ("B Daily", 1)]
    assert [(c.statements, c.compared, c.verbatim) for c in matrix.rows[0][1]] == [(1, 1, 1), (1, 1, 1)]
    # Without B, A's two articles only repeat each other: nothing is compared with another outlet.
    alone = gather([s for s in story.sources if s.id != "b"])
    (varga,) = alone.speakers
    matrix = coverage([varga], alone.sources, *statements_of(alone, varga), alone.links)
    assert [(c.statements, c.compared, c.verbatim, c.level) for c in matrix.rows[0][1]] == [(1, 0, 0, None)]
    (a,) = outlet_fidelity(alone.sources, alone.quotes, alone.links)
    assert (a.quotes, a.kinds["only"]) == (2, 2)


def test_a_wide_matrix_shows_the_outlets_that_printed_most(monkeypatch) -> None:
    from quotecompare.site import overview

    monkeypatch.setattr(overview, "MATRIX_MAX_OUTLETS", 2)
    story = three_outlets()
    (varga,) = story.speakers
    matrix = overview.coverage([varga], story.sources, *statements_of(story, varga), story.links)
    # C printed two statements, A and B one each: C and the first of the others, in the sources' order.
    assert [o.name for o in matrix.outlets] == ["A Daily", "C Daily"] and matrix.left_out == 1
    assert [c.statements for c in matrix.rows[0][1]] == [1, 2]


def test_fidelity_counts_each_quote_by_its_closest_version() -> None:
    from quotecompare.site.overview import outlet_fidelity

    story = three_outlets()
    got = {f.outlet.name: (f.quotes, f.kinds) for f in outlet_fidelity(story.sources, story.quotes, story.links)}
    assert got["A Daily"] == (1, {"verbatim": 1, "variant": 0, "paraphrase": 0, "only": 0})
    assert got["C Daily"] == (2, {"verbatim": 0, "variant": 1, "paraphrase": 0, "only": 1})
    (c,) = [f for f in outlet_fidelity(story.sources, story.quotes, story.links) if f.outlet.name == "C Daily"]
    assert c.bars() == [("variant", 0.0, 50.0), ("only", 50.0, 50.0)]


def test_index_shows_the_matrix_and_the_chart_as_tables() -> None:
    import re

    from quotecompare.config import default_templates
    from quotecompare.pipeline import render_site

    files = dict(render_site(three_outlets(), default_templates()))
    index = files["index.html"]
    section = index[index.index('<section id="coverage"') : index.index("</section>", index.index('id="coverage"'))]
    assert '<th scope="col"><a href="articles/a.html">A Daily</a></th>' in section
    assert '<th scope="row"><a class="sp c0" href="speakers/ines-varga.html">Ines Varga</a></th>' in section
    cells = re.findall(r'<td class="cov ([\w ]+)"><a href="([^"]+)">(.*?)</a></td>', section)
    assert [(cls, href) for cls, href, _ in cells] == [("v4", "speakers/ines-varga.html#ines-varga-1")] * 2 + [
        ("v0", "speakers/ines-varga.html#ines-varga-1")
    ]
    # The numbers are text, so the shade is never the only way to read a cell.
    assert re.sub(r"<[^>]+>", "", cells[2][2]) == "2 statements, 1 shared, 0 verbatim"
    assert 'id="ines-varga-1"' in files["speakers/ines-varga.html"]
    chart = index[index.index('<section id="fidelity"') :]
    assert '<rect class="f-variant" x="0.0%" y="1" width="50.0%" height="16"/>' in chart
    assert '<td class="num" data-label="Only in one outlet">1 <span class="meta">(50%)</span></td>' in chart
