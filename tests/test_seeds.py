"""The seed story end to end: every quote, its speaker, and exactly the expected links."""

from __future__ import annotations

import pytest

from quotecompare.models import Story

PLAIN = "000-c2465f9aa2e9395f"  # plain text, all one paragraph
MD = "002-4629e76701e84207"  # Markdown saved as .txt

# (source, start of the printed quote, speaker)
EXPECTED = [
    (PLAIN, "We see that there are suspicions", "Sergei Lavrov"),
    (PLAIN, "This hinders both your security", "Sergei Lavrov"),
    (PLAIN, "We are ready to do that if our US colleagues", "Sergei Lavrov"),
    (PLAIN, "not only hinder our security", "Sergei Lavrov"),
    (PLAIN, "committed to improve this relationship.", "Mike Pompeo"),
    (PLAIN, "We have differences — each country", "Mike Pompeo"),
    (PLAIN, "will be good not only for our two countries", "Mike Pompeo"),
    (PLAIN, "message", "Dmitry Peskov"),
    (MD, "We see that there are suspicions", "Sergei Lavrov"),
    (MD, "This hinders both your security", "Sergei Lavrov"),
    (MD, "We are ready to do that if our U.S. colleagues", "Sergei Lavrov"),
    (MD, "I'm here today because President Trump", "Mike Pompeo"),
    (MD, "But it's not destined that we're adversaries", "Mike Pompeo"),
]


def find(story: Story, source: str, start: str):
    hits = [q for q in story.quotes if q.source == source and q.text.startswith(start)]
    assert len(hits) == 1, (source, start, [q.text for q in story.quotes if q.source == source])
    return hits[0]


def test_every_quote_found_and_nothing_else(seed_story: Story) -> None:
    got = sorted((q.source, q.text) for q in seed_story.quotes)
    assert len(got) == len(EXPECTED)
    for source, start, _ in EXPECTED:
        find(seed_story, source, start)


@pytest.mark.parametrize(("source", "start", "speaker"), EXPECTED)
def test_speaker(seed_story: Story, source: str, start: str, speaker: str) -> None:
    assert find(seed_story, source, start).speaker == speaker


def test_quote_text_is_printed_text_at_its_offsets(seed_story: Story) -> None:
    raw = {s.id: s.raw for s in seed_story.sources}
    for q in seed_story.quotes:
        assert raw[q.source][q.start : q.end] == q.text
        assert raw[q.source][q.start - 1] in '“"'  # the opening mark sits just before


def test_exact_text_keeps_original_typography(seed_story: Story) -> None:
    q = find(seed_story, PLAIN, "We are ready")
    assert (
        q.text
        == "We are ready to do that if our US colleagues are ready to reciprocate. … Let’s try, and see what happens."
    )
    q = find(seed_story, MD, "We are ready")
    assert q.text.endswith("reciprocate. ...Let's try, and see what happens.")


def links_by_text(story: Story) -> set[tuple[str, str, str]]:
    by_id = {q.id: q for q in story.quotes}
    out = set()
    for link in story.links:
        a, b = by_id[link.a], by_id[link.b]
        if a.source != PLAIN:
            a, b = b, a
        out.add((a.text[:20], b.text[:20], link.kind))
    return out


def test_links_are_exactly_the_expected_ones(seed_story: Story) -> None:
    links = links_by_text(seed_story)
    pairs = {(a, b) for a, b, _ in links}
    assert pairs == {
        ("We see that there ar", "We see that there ar"),
        ("This hinders both yo", "This hinders both yo"),
        ("We are ready to do t", "We are ready to do t"),
        ("committed to improve", "I'm here today becau"),
        ("We have differences ", "I'm here today becau"),
        ("We have differences ", "But it's not destine"),
    }
    kinds = {(a, b): k for a, b, k in links}
    assert kinds[("We see that there ar", "We see that there ar")] == "verbatim"
    assert kinds[("This hinders both yo", "This hinders both yo")] == "verbatim"
    assert kinds[("We are ready to do t", "We are ready to do t")] in {"verbatim", "variant"}
    assert kinds[("committed to improve", "I'm here today becau")] == "variant"
    assert kinds[("We have differences ", "I'm here today becau")] in {"variant", "paraphrase"}
    assert kinds[("We have differences ", "But it's not destine")] in {"variant", "paraphrase"}


def test_scores(seed_story: Story) -> None:
    for link in seed_story.links:
        assert 0 <= link.score <= 100
        assert (link.score == 100) == (link.kind == "verbatim")


@pytest.mark.parametrize(
    ("source", "start"),
    [(PLAIN, "not only hinder our security"), (PLAIN, "will be good not only"), (PLAIN, "message")],
)
def test_only_in_one_outlet(seed_story: Story, source: str, start: str) -> None:
    q = find(seed_story, source, start)
    assert not [lk for lk in seed_story.links if q.id in (lk.a, lk.b)]


def test_seed_metadata(seed_story: Story) -> None:
    md = next(s for s in seed_story.sources if s.id == MD)
    assert md.fmt == "markdown"
    assert md.title == "It's Time for New U.S.-Russia Relations, Lavrov Tells Pompeo"
    assert md.outlet == "Reuters"
    assert md.date == "2019-05-14"
    assert md.url and md.url.startswith("https://www.themoscowtimes.com/2019/05/14/")
    plain = next(s for s in seed_story.sources if s.id == PLAIN)
    assert plain.fmt == "text"
    # Page furniture is not article text.
    assert not plain.blocks[-1].text.endswith(("Comments", "wires"))
    assert all("Original url" not in b.text for b in md.blocks)


def test_name_variants_merge(seed_story: Story) -> None:
    lavrov = next(s for s in seed_story.speakers if s.name == "Sergei Lavrov")
    assert {"Lavrov", "Sergei Lavrov"} <= set(lavrov.aliases)
    assert sorted(s.name for s in seed_story.speakers) == ["Dmitry Peskov", "Mike Pompeo", "Sergei Lavrov"]


def test_quotes_json_record(seed_story: Story) -> None:
    from quotecompare.site.export import quotes_json

    data = quotes_json(seed_story)
    raw = {s.id: s.raw for s in seed_story.sources}
    files = {s["id"]: s["file"] for s in data["sources"]}
    assert set(files.values()) == {"000_c2465f9aa2e9395f.txt", "002_4629e76701e84207.txt"}
    for q in data["quotes"]:
        assert {"id", "source", "speaker", "text", "start", "end"} <= set(q)
        assert raw[q["source"]][q["start"] : q["end"]] == q["text"]
        assert [raw[q["source"]][s:e] for s, e in q["segments"]] == [q["text"]]
    ids = {q["id"] for q in data["quotes"]}
    assert len(data["links"]) == 6
    for link in data["links"]:
        assert set(link["quotes"]) <= ids and link["kind"] in {"verbatim", "variant", "paraphrase"}
        assert 0 <= link["score"] <= 100 and link["same_speaker"] is True
    # The one fragment: "committed to improve this relationship." inside Pompeo's longer quote; its kind stays.
    text = {q["id"]: q["text"] for q in data["quotes"]}
    partial = [[text[q][:20] for q in link["quotes"]] + [link["kind"]] for link in data["links"] if link["partial"]]
    assert partial == [["committed to improve", "I'm here today becau", "variant"]]
