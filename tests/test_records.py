"""Records: the speakers' own words read as turns, each quote aligned to its passage, and the flags on the invented stories."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from quotecompare.align.record import label_name, resolve_turns
from quotecompare.archive.cache import story_digest
from quotecompare.cli import main
from quotecompare.errors import InputError
from quotecompare.models import FLAG_KINDS, Record, Speaker, Story
from quotecompare.pipeline import gather, read_records
from quotecompare.read.records import parse_record
from quotecompare.read.sources import read_sources
from quotecompare.site.export import quotes_json
from tests.conftest import FIXTURES, ROOT, load_script

RECORDS = FIXTURES / "records"
_flags = load_script(ROOT / "eval" / "flags.py")


def build(folder: Path) -> Story:
    sources, manifest, warnings = read_sources(folder)
    records = read_records(folder, manifest, {s.id for s in sources}, warnings)
    return gather(sources, manifest.story_title, manifest.story_summary, records=records)


@pytest.fixture(scope="module")
def river() -> Story:
    return build(RECORDS / "river-talks")


@pytest.fixture(scope="module")
def plant() -> Story:
    return build(RECORDS / "plant-statement")


# --- reading ---------------------------------------------------------------------------


def test_a_transcript_is_read_as_turns_without_its_stage_notes() -> None:
    raw = (RECORDS / "river-talks" / "records" / "transcript.txt").read_text(encoding="utf-8")
    r = parse_record("records/transcript.txt", raw)
    assert r.title == "Secretary Daniel Reyes and Foreign Minister Anna Petrova at a Joint Press Availability"
    assert r.date == "2023-03-03"  # the date line above the first turn
    labels = [t.label for t in r.turns]
    assert labels == [
        "MODERATOR",
        "SECRETARY REYES",
        "FOREIGN MINISTER PETROVA",
        "QUESTION",
        "SECRETARY REYES",
        "QUESTION",
        "FOREIGN MINISTER PETROVA",
    ]
    petrova = r.turns[2]
    assert r.raw[petrova.start : petrova.end].lstrip().startswith("(Via interpreter) Thank you, Daniel.")
    assert r.words[petrova.start : petrova.end].split()[:2] == ["Thank", "you,"]  # the note is no word
    assert "Laughter" not in r.words and "SECRETARY" not in r.words  # nor is a label
    assert len(r.words) == len(r.raw)  # offsets are the file's


def test_labels_of_every_usual_form() -> None:
    text = "Q: Will you sign?\n\nSergey Lavrov: (Via interpreter) No.\n\nQUESTION (via interpreter): Why?\n\nMR. PRICE: Next."
    assert [t.label for t in parse_record("t.txt", text).turns] == ["Q", "Sergey Lavrov", "QUESTION", "MR. PRICE"]


def test_a_record_without_labels_is_its_speakers_words() -> None:
    text = "A statement\n\nWe will not close the plant. Today: we open a new one.\n"
    r = parse_record("s.txt", text, {"speaker": "Clara Brandt"})
    assert [(t.label, t.speaker) for t in r.turns] == [(None, "Clara Brandt")]
    assert r.title == "A statement"
    assert r.raw[r.turns[0].start :].strip().startswith("We will not close")  # "Today:" is no label


def test_labels_resolve_to_the_storys_speakers() -> None:
    speakers = [
        Speaker("reyes|daniel", "Daniel Reyes", "daniel-reyes", ("Reyes", "Secretary of State Daniel Reyes")),
        Speaker("petrova|anna", "Anna Petrova", "anna-petrova", ("Petrova",)),
    ]
    text = "MODERATOR: Hello.\n\nFOREIGN MINISTER PETROVA: Hi.\n\nSecretary Reyes: Hi.\n\nAnya Petrova: Hi.\n\nQ: Why?"
    (r,) = resolve_turns([parse_record("t.txt", text)], speakers)
    assert [(t.speaker, t.speaker_key) for t in r.turns] == [
        ("Moderator", None),
        ("Anna Petrova", "petrova|anna"),
        ("Daniel Reyes", "reyes|daniel"),
        ("Anna Petrova", "petrova|anna"),  # another spelling of the one Petrova of the story
        ("Question", None),
    ]
    assert label_name("FOREIGN MINISTER LAVROV") == "Foreign Minister Lavrov"


def test_records_are_not_articles(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    shutil.copytree(RECORDS / "river-talks", folder)
    sources, manifest, warnings = read_sources(folder)
    assert sorted(s.file for s in sources) == ["courier.txt", "gazette.txt", "herald.txt"]
    assert not any("records" in w for w in warnings)  # the records folder is no skipped folder
    records = read_records(folder, manifest, {s.id for s in sources}, warnings)
    assert [(r.id, r.title) for r in records] == [
        ("reyes-post", "Daniel Reyes's post after the talks"),
        ("transcript", "Joint press availability, Lakeport"),
    ]
    # The plant story marks its record in the manifest instead.
    sources, manifest, _ = read_sources(RECORDS / "plant-statement")
    assert sorted(s.file for s in sources) == ["post.txt", "wire.txt"]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[sources."a.txt"]\nkind = "transcript"\n', 'kind must be "article" or "record"'),
        ('[sources."a.txt"]\nspeaker = "Ann Lee"\n', "speaker is for records"),
    ],
)
def test_a_bad_record_entry_is_a_one_line_error(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / "a.txt").write_text('T\n\n"We are ready," Ann Lee said.\n', encoding="utf-8")
    (tmp_path / "sources.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_sources(tmp_path)


def test_a_missing_record_is_an_error_and_an_empty_one_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('T\n\n"We are ready," Ann Lee said.\n', encoding="utf-8")
    (tmp_path / "sources.toml").write_text('[sources."gone.txt"]\nkind = "record"\n', encoding="utf-8")
    _, manifest, warnings = read_sources(tmp_path)
    with pytest.raises(InputError, match=r"no record file named gone\.txt"):
        read_records(tmp_path, manifest, set(), warnings)
    (tmp_path / "sources.toml").unlink()
    (tmp_path / "records").mkdir()
    (tmp_path / "records" / "empty.txt").write_text("\n\n", encoding="utf-8")
    _, manifest, warnings = read_sources(tmp_path)
    assert read_records(tmp_path, manifest, set(), warnings) == []
    assert warnings == ["records/empty.txt: skipped, no words in this record"]


# --- alignment and flags ------------------------------------------------------------------


def test_every_quote_of_a_speaker_with_a_record_is_aligned(river: Story, plant: Story) -> None:
    for story in (river, plant):
        matched = {m.quote: m for m in story.matches}
        for q in story.quotes:
            if q.kind == "quote" and q.speaker_key:
                assert q.id in matched, q.text
    # A faithful quote sits in its speaker's turn, at its words.
    m = next(m for m in river.matches if m.quote == "herald-q1")
    record = next(r for r in river.records if r.id == m.record)
    assert record.raw[m.start : m.end] == "I will be frank with you: this is not a deal we can sign today"
    assert record.turns[m.turn or 0].speaker == "Daniel Reyes"
    assert m.score == 100.0 and m.flags == ()


def test_every_kind_of_flag_is_found_on_the_invented_stories(river: Story, plant: Story) -> None:
    found = {f.kind for story in (river, plant) for m in story.matches for f in m.flags}
    found |= {f.kind for story in (river, plant) for lk in story.links for f in lk.flags}
    assert found == set(FLAG_KINDS)


@pytest.mark.parametrize("name", ["river-talks", "plant-statement"])
def test_flags_match_the_gold_exactly(name: str) -> None:
    scores = _flags.evaluate(RECORDS / "gold" / f"{name}.toml")
    assert (scores.missed, scores.wrong) == ([], [])


def test_nothing_is_flagged_on_verbatim_quotes(river: Story, plant: Story) -> None:
    # The Herald and the Post quote word for word (whole sentences, or fragments cut where nothing bears on them).
    faithful = {"herald-q1", "herald-q2", "herald-q3", "herald-q4", "herald-q5", "post-q1", "post-q2"}
    for story in (river, plant):
        records = {r.id: r for r in story.records}
        for m in story.matches:
            if m.quote in faithful:
                quote = next(q for q in story.quotes if q.id == m.quote)
                assert m.record is not None and m.score == 100.0
                assert " ".join(records[m.record].words[m.start : m.end].split()) in quote.text
                assert m.flags == (), quote.text
        assert all(lk.flags == () for lk in story.links if {lk.a, lk.b} <= faithful)


def test_the_record_gives_words_to_someone_else(river: Story) -> None:
    m = next(m for m in river.matches if m.quote == "gazette-q1")  # Reyes's words, credited to Petrova
    (flag,) = m.flags
    assert (flag.kind, flag.words) == ("other_speaker", "Daniel Reyes")
    assert "The treaty is not dead" in flag.where


def test_words_are_someone_elses_only_when_the_record_says_so(tmp_path: Path) -> None:
    """A statement by one person: another's quote that shares some of its words is no misattribution."""
    (tmp_path / "records").mkdir()
    (tmp_path / "records" / "ann.txt").write_text(
        "Freedom means freedom for everyone, and every family deserves the same rights as every other.\n",
        encoding="utf-8",
    )
    (tmp_path / "sources.toml").write_text('[sources."records/ann.txt"]\nspeaker = "Ann Lee"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "T\n\nAnn Lee wrote a post. Her father, Bob Lee, had said it first.\n\n"
        '"I think that freedom means freedom for everyone," Bob Lee said.\n\n'
        '"Every family deserves the same rights as every other," Ann Lee wrote.\n',
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "T\n\nBob Lee spoke.\n\n"
        '"Freedom means freedom for everyone, and every family deserves the same rights as every other," '
        "Bob Lee said.\n",
        encoding="utf-8",
    )
    story = build(tmp_path)
    by_text = {next(q.text for q in story.quotes if q.id == m.quote)[:20]: m for m in story.matches}
    assert sorted(by_text) == ["Every family deserve", "Freedom means freedo"]  # Bob's echo is not aligned
    assert [f.kind for f in by_text["Freedom means freedo"].flags] == ["other_speaker"]  # her whole sentence
    assert by_text["Every family deserve"].flags == ()
    assert story.records[0].title == "Ann Lee's own words"


def test_a_quote_longer_than_its_passage_is_aligned_and_the_rest_flagged(tmp_path: Path) -> None:
    (tmp_path / "records").mkdir()
    (tmp_path / "records" / "s.txt").write_text("We will not close the plant.\n", encoding="utf-8")
    (tmp_path / "sources.toml").write_text('[sources."records/s.txt"]\nspeaker = "Clara Brandt"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        'T\n\n"We will not close the plant. We love this town and our workers here," Clara Brandt said.\n',
        encoding="utf-8",
    )
    (m,) = build(tmp_path).matches
    assert (m.record, m.start, m.end) == ("s", 0, 27)
    assert [(f.kind, f.words) for f in m.flags] == [("not_in_record", "We love this town and our workers here")]


def test_a_record_of_a_later_day_does_not_cover_the_event(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    shutil.copytree(RECORDS / "plant-statement", folder)
    toml = (folder / "sources.toml").read_text(encoding="utf-8").replace("2023-09-12", "2023-10-01")
    (folder / "sources.toml").write_text(toml, encoding="utf-8")
    (folder / "wire.txt").write_text(
        'T\n\nSeptember 12, 2023\n\n"We never wanted this move," Clara Brandt said.\n', encoding="utf-8"
    )
    story = build(folder)
    assert not [m for m in story.matches if m.record is None]  # not in a record made later: no flag


# --- output ---------------------------------------------------------------------------------


def test_quotes_json_gives_each_quote_its_record_and_each_pair_its_flags(river: Story) -> None:
    data = json.loads(json.dumps(quotes_json(river)))
    assert [r["id"] for r in data["records"]] == ["reyes-post", "transcript"]
    turn = data["records"][1]["turns"][2]
    assert (turn["label"], turn["speaker"], turn["speaker_id"]) == (
        "FOREIGN MINISTER PETROVA",
        "Anna Petrova",
        "anna-petrova",
    )
    quotes = {q["id"]: q for q in data["quotes"]}
    assert set(quotes["herald-q1"]["record"]) == {"source", "start", "end", "score", "flags"}
    spliced = quotes["courier-q2"]["record"]
    assert len(spliced["pieces"]) == 2 and spliced["flags"][0]["kind"] == "splice"
    missing = quotes["gazette-q6"]["record"]
    assert (missing["source"], missing["start"], missing["flags"][0]["kind"]) == (None, None, "not_in_record")
    flagged = [lk for lk in data["links"] if lk["flags"]]
    assert flagged and all(set(f) == {"kind", "words", "where", "side"} for lk in flagged for f in lk["flags"])


def test_a_story_without_records_is_unchanged_but_for_the_flags(seed_story: Story, tmp_path: Path) -> None:
    data = quotes_json(seed_story)
    assert "records" not in data and not any("record" in q for q in data["quotes"])
    assert all(lk["flags"] == [] for lk in data["links"])
    assert main(["--sources", str(RECORDS / "river-talks"), "--out", str(tmp_path / "site")]) == 0
    assert json.loads((tmp_path / "site" / "data" / "quotes.json").read_text(encoding="utf-8"))["records"]


def test_an_archive_rebuilds_a_story_whose_record_changed(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    shutil.copytree(RECORDS / "river-talks", folder)
    before = story_digest(folder, "x")
    post = folder / "records" / "reyes-post.txt"
    post.write_text(post.read_text(encoding="utf-8") + "\nThank you.\n", encoding="utf-8")
    assert story_digest(folder, "x") != before


def test_records_are_plain_data(river: Story) -> None:
    assert all(isinstance(r, Record) for r in river.records)


def test_the_panel_counts_flagged_quotes_against_the_outlet_that_changed_them(river: Story) -> None:
    from quotecompare.site.flagged import Flagged, flag_panel, record_ref

    flagged = Flagged(river)
    panel = flag_panel(river, flagged)
    assert panel.outlets == [("The Courier", 4, 4), ("Valdoria Gazette", 6, 6), ("Lakeport Herald", 0, 5)]
    first = next(s for s in panel.statements if s.statement == "anna-petrova-1")
    assert ([v.label for v in first.labels], first.outlets) == (
        ["Negation: “not”"],
        ("The Courier",),
    )  # the Herald quotes the record
    ref = record_ref(river, next(st.quotes for st in river.statements if st.id == "anna-petrova-1"), flagged)
    assert ref is not None and ref.passage == "We will not accept a treaty that leaves our farmers without water"
    assert [(v.source.outlet, [f.kind for f in v.flags]) for v in ref.quotes] == [
        ("The Courier", ["negation"]),
        ("Lakeport Herald", []),
    ]
    assert ("delete", "not") in ref.quotes[0].diff


def test_a_record_outside_the_sources_folder_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    shutil.copytree(RECORDS / "plant-statement", folder)
    (tmp_path / "elsewhere.txt").write_text("We will close every plant.\n", encoding="utf-8")
    (folder / "statement.txt").unlink()
    (folder / "statement.txt").symlink_to(tmp_path / "elsewhere.txt")
    sources, manifest, warnings = read_sources(folder)
    assert read_records(folder, manifest, {s.id for s in sources}, warnings) == []
    assert any("statement.txt: skipped, a link to" in w for w in warnings)


# --- pages ------------------------------------------------------------------------------------


def test_speaker_pages_lead_with_flagged_statements_and_the_records_words(river: Story) -> None:
    from quotecompare.config import default_templates
    from quotecompare.pipeline import site_files

    files = site_files(river, default_templates())
    page = files["speakers/daniel-reyes.html"]
    flagged, shared = page.index('id="flagged-h"'), page.find('id="shared-h"')
    assert flagged < page.index('id="single-h"') and (shared == -1 or flagged < shared)
    first = page[flagged : page.index("</section>", flagged)]
    # The Courier's "a deal we can sign" leads with the record's words, its flag by the comparison.
    assert "The record:" in first and "“I will be frank with you: this is not a deal we can sign today”" in first
    assert 'class="flag fl-negation">Negation: “not”</span>' in first
    assert "Not in the record" in first and "no passage of Daniel Reyes" in first
    assert 'class="flag fl-splice">Splice: “for four hours” + “But I believe”</span>' in first
    # Statements without a change come after, with no flag.
    rest = page[page.index("</section>", flagged) :]
    assert 'class="flag ' not in rest
    index = files["index.html"]
    panel = index[index.index('id="meaning-h"') : index.index("</section>", index.index('id="meaning-h"'))]
    assert panel.count("<li>") == 9 and 'href="speakers/daniel-reyes.html#daniel-reyes-1"' in panel
    assert index.index('id="fidelity-h"') < index.index('id="meaning-h"') < index.index('id="speakers-h"')


def test_a_story_with_no_flags_says_none_were_found(seed_story: Story) -> None:
    from quotecompare.config import default_templates
    from quotecompare.pipeline import site_files

    files = site_files(seed_story, default_templates())
    assert "None found: no two outlets’ versions" in files["index.html"]
    assert all('class="flag ' not in text for path, text in files.items() if path.startswith("speakers/"))
