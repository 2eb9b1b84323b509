from __future__ import annotations

from pathlib import Path

import pytest

from quotecompare.errors import InputError
from quotecompare.read.decoding import decode
from quotecompare.read.metadata import parse_date
from quotecompare.read.sources import looks_like_markdown, parse_article, read_sources


def test_plain_text_title_date_and_body() -> None:
    src = parse_article("a.txt", 'Mayor opens bridge\n\nJune 3, 2021\n\nThe mayor said "it is open."\n')
    assert (src.title, src.date, src.fmt) == ("Mayor opens bridge", "2021-06-03", "text")
    assert [b.text for b in src.blocks] == ['The mayor said "it is open."']


def test_markdown_detected_by_content_and_offsets_map_back() -> None:
    raw = '# Big news\n\nBy [Daily Planet](#)\n\nShe said **"we won,"** and left.\n\nOriginal url:\n\n<https://example.org/x>\n'
    src = parse_article("story.txt", raw)
    assert src.fmt == "markdown"
    assert (src.title, src.outlet, src.url) == ("Big news", "Daily Planet", "https://example.org/x")
    (block,) = src.blocks
    assert block.text == 'She said "we won," and left.'
    i = block.text.index("we won")
    assert raw[block.raw_pos(i) : block.raw_pos(i) + 6] == "we won"
    assert raw[block.raw_pos(block.text.index("and left")) :].startswith("and left")


def test_raw_html_in_markdown_stays_text() -> None:
    src = parse_article("x.md", '# T\n\n<script>alert(1)</script> He said "hi."\n\n<b>bold</b> text\n')
    texts = [b.text for b in src.blocks]
    assert any("<script>alert(1)</script>" in t for t in texts)
    assert any("<b>bold</b>" in t for t in texts)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("May 14, 2019", "2019-05-14"),
        ("14 May 2019", "2019-05-14"),
        ("2019-05-14", "2019-05-14"),
        ("Sept. 2, 2020", "2020-09-02"),
        ("Tuesday, March 3, 2020", "2020-03-03"),
        ("The talks went on", None),
    ],
)
def test_dates(line: str, iso: str | None) -> None:
    assert parse_date(line) == iso


def test_furniture_removed() -> None:
    src = parse_article("a.txt", "Headline\n\nA paragraph that ends here. With Post wires\n0 Comments")
    assert src.blocks[-1].text == "A paragraph that ends here."


def test_dateline_outlet() -> None:
    src = parse_article("a.txt", 'Headline\n\nLONDON (Wire Service) - Officials said "no."')
    assert src.outlet == "Wire Service"


def test_markdown_detection() -> None:
    assert looks_like_markdown("Intro\n\n## Part\n\ntext")
    assert looks_like_markdown("See [this](http://x.org) and **that**")
    assert not looks_like_markdown("Plain words. *Just one star.")


def test_decode_windows_1252_with_warning() -> None:
    text, notes = decode("w.txt", "“Quoted” café".encode("cp1252"))
    assert text == "“Quoted” café" and notes == ["w.txt: not valid UTF-8, read as Windows-1252"]
    with pytest.raises(InputError, match="binary"):
        decode("b.txt", b"\x89PNG\x00\x00")


# Text written for these tests: a UTF-8 article with curly quotes, as an editor saves it.
STRAY = (
    "Harbour vote delayed\n\n"
    "“We will not close the harbour,” Mayor Ines Varga said on Monday.\n\n"
    "The council’s chair, Tom Ash, disagreed. “It isn’t safe for the ferries,” he said.\n"
)


def test_one_stray_byte_costs_one_character(tmp_path: Path) -> None:
    data = STRAY.encode().replace("isn’t".encode(), b"isn\x92t")  # a Windows-1252 apostrophe pasted into UTF-8
    text, notes = decode("harbour.txt", data)
    assert text == STRAY  # 0x92 read as the ’ it stood for, and nothing else touched
    assert notes == ["harbour.txt: line 5: 1 byte that is not UTF-8 (0x92), read as Windows-1252"]
    (tmp_path / "harbour.txt").write_bytes(data)
    sources, _, warnings = read_sources(tmp_path)
    assert warnings == notes
    assert "“" in sources[0].blocks[0].text and "â€" not in "".join(b.text for b in sources[0].blocks)


def test_a_file_cut_mid_character_loses_that_character_only() -> None:
    cut = (STRAY.rstrip("\n") + " “Yes”").encode()[:-2]  # the closing ” (three bytes) cut after its first
    text, notes = decode("cut.txt", cut)
    assert text == STRAY.rstrip("\n") + " “Yes"
    assert notes == ["cut.txt: line 5: the file ends in the middle of a character, which is left out"]
    assert decode("whole.txt", STRAY.encode()) == (STRAY, [])


def test_mojibake_in_the_text_is_mended_and_offsets_still_point_into_the_file() -> None:
    raw = "Visit ends\n\n“We thank FranÃ§ois for his work,” the mayor said. Itâ€™s “a good day,” she added.\n"
    src = parse_article("m.txt", raw)
    body = src.blocks[0]
    assert body.text == "“We thank François for his work,” the mayor said. It’s “a good day,” she added."
    assert src.warnings == ("m.txt: 2 words of mojibake mended",)
    # Each character of the mended text still maps to its place in the file as read.
    for word in ("the mayor said", "a good day"):
        i = body.text.index(word)
        assert raw[body.raw_pos(i) : body.raw_pos(i + len(word) - 1) + 1] == word


def test_folder_manifest_overrides_and_skips(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text('Title one\n\nShe said "yes."\n', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "SOURCE.txt").write_text(
        'Collected from the web. The archive says "files copied as is."\n', encoding="utf-8"
    )
    (tmp_path / "sources.toml").write_text('[sources."one.txt"]\noutlet = "The Gazette"\n', encoding="utf-8")
    sources, _, warnings = read_sources(tmp_path)
    assert [(s.file, s.outlet) for s in sources] == [("one.txt", "The Gazette")]
    assert warnings == ["SOURCE.txt: skipped, not an article file", "photo.jpg: skipped, not an article file"]


def test_bad_manifest_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text('T\n\nShe said "yes."\n', encoding="utf-8")
    (tmp_path / "sources.toml").write_text("[sources\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"^sources\.toml: not valid TOML"):
        read_sources(tmp_path)


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no readable articles"):
        read_sources(tmp_path)


def test_manifest_excludes_files(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text('Title one\n\nShe said "yes."\n', encoding="utf-8")
    (tmp_path / "NOTES.txt").write_text('Notes on "where" these came from.\n', encoding="utf-8")
    (tmp_path / "sources.toml").write_text('exclude = ["NOTES*"]\n', encoding="utf-8")
    sources, manifest, _ = read_sources(tmp_path)
    assert [s.file for s in sources] == ["one.txt"] and manifest.exclude == ("NOTES*",)
