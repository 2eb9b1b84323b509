"""Bad input never loses anything (issue 5, part 4).

Every bad input gives one line naming the culprit and, where the build can go
on, a warning and a site; where it cannot, exit status 1 and the previous site
left byte for byte as it was. All fixtures here are text written for these
tests (tests/fixtures/hostile, tests/fixtures/encodings) or made on the fly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

import quotecompare.pipeline as build_module
from quotecompare.cli import main
from quotecompare.config import Config
from quotecompare.errors import InputError, OutputError
from quotecompare.pipeline import build
from quotecompare.read.sources import read_sources
from quotecompare.site.render import Renderer
from quotecompare.site.views import Page

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

GOOD = 'Mayor opens bridge\n\nThe mayor, Ann Example, said "the bridge is open to all," at noon.\n'
GOOD2 = 'Bridge opens\n\nAnn Example said "the bridge is open to everyone," at noon on Monday.\n'


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, list[str]]:
    """Run the command line in-process; return status, stdout and stderr lines."""
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err.splitlines()


def assert_one_error(status: int, err: list[str], *needles: str) -> str:
    assert status == 1
    assert len(err) == 1, err
    assert err[0].startswith("error: ")
    assert "Traceback" not in err[0]
    for needle in needles:
        assert needle in err[0], (needle, err[0])
    return err[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def sources_dir(tmp_path: Path, files: dict[str, str | bytes], name: str = "src") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for fname, content in files.items():
        path = folder / fname
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


@pytest.fixture
def built_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, dict[str, bytes]]:
    """A previous site built from the seeds, and its snapshot."""
    site = tmp_path / "site"
    status, _, _ = run(capsys, "--sources", SEEDS, "--out", site, "-q")
    assert status == 0
    snap = snapshot(site)
    assert "index.html" in snap and "data/quotes.json" in snap
    return site, snap


def leftovers(parent: Path) -> list[str]:
    """Temporary or half-swapped folders a build may have left beside the site."""
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


# --- the sources folder ---------------------------------------------------------


def test_missing_sources_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-folder"
    status, out, err = run(capsys, "--sources", missing, "--out", tmp_path / "site")
    assert_one_error(status, err, str(missing), "sources folder not found")
    assert out == "" and not (tmp_path / "site").exists()


def test_sources_path_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    status, _, err = run(capsys, "--sources", tmp_path / "a.txt", "--out", tmp_path / "site")
    assert_one_error(status, err, "a.txt", "not a folder")


def test_empty_sources_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = sources_dir(tmp_path, {})
    status, _, err = run(capsys, "--sources", empty, "--out", tmp_path / "site")
    line = assert_one_error(status, err, str(empty), "no readable articles")
    assert "skipped" not in line
    assert not (tmp_path / "site").exists()


def test_folder_with_only_non_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = sources_dir(
        tmp_path,
        {"photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF", "README.txt": "About this folder.", ".DS_Store": b"\x00\x01"},
    )
    (folder / "images").mkdir()
    status, _, err = run(capsys, "--sources", folder, "--out", tmp_path / "site")
    assert_one_error(status, err, str(folder), "no readable articles", "3 other files skipped")


def test_folder_whose_only_article_is_unusable_names_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = sources_dir(tmp_path, {"a.txt": b"\x00\x01binary", "b.txt": ""})
    status, _, err = run(capsys, "--sources", folder, "--out", tmp_path / "site")
    assert_one_error(status, err, str(folder), "2 other files skipped")


# --- single files: skipped with a warning, the build goes on -----------------------


def test_binary_empty_and_blank_files_are_skipped_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = sources_dir(
        tmp_path,
        {
            "good.txt": GOOD,
            "image-renamed.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
            "noisy.txt": bytes(range(1, 32)) * 20,  # binary without a single NUL byte
            "empty.txt": b"",
            "blank.md": b"  \n\n\t\n",
        },
    )
    status, out, err = run(capsys, "--sources", folder, "--out", tmp_path / "site")
    assert status == 0, err
    assert out.startswith("Built ") and "1 article," in out
    assert sorted(err) == [
        "warning: blank.md: skipped, empty file",
        "warning: empty.txt: skipped, empty file",
        "warning: image-renamed.txt: skipped, binary file, not text",
        "warning: noisy.txt: skipped, binary file, not text",
    ]
    data = json.loads((tmp_path / "site/data/quotes.json").read_text(encoding="utf-8"))
    assert [s["file"] for s in data["sources"]] == ["good.txt"]
    assert [q["text"] for q in data["quotes"]] == ["the bridge is open to all,"]


def test_unreadable_file_is_skipped_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, so chmod 000 would not stop a read: make the read fail instead.
    folder = sources_dir(tmp_path, {"good.txt": GOOD, "locked.txt": GOOD2})
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    status, out, err = run(capsys, "--sources", folder, "--out", tmp_path / "site")
    assert status == 0
    assert err == ["warning: locked.txt: skipped, cannot read (Permission denied)"]
    assert "1 article," in out


def test_folder_named_like_an_article_and_broken_link_are_noted(tmp_path: Path) -> None:
    folder = sources_dir(tmp_path, {"good.txt": GOOD})
    (folder / "x.txt").mkdir()
    (folder / "gone.txt").symlink_to(tmp_path / "does-not-exist.txt")
    sources, _, warnings = read_sources(folder)
    assert [s.file for s in sources] == ["good.txt"]
    assert warnings == ["gone.txt: skipped, a broken link", "x.txt: skipped, a folder (sub-folders are not read)"]


def test_hidden_files_silent_images_noted(tmp_path: Path) -> None:
    folder = sources_dir(
        tmp_path,
        {
            "good.txt": GOOD,
            ".hidden.txt": 'Secret\n\nShe said "hidden words," quietly.\n',
            ".DS_Store": b"\x00\x00\x00\x01Bud1",
            "chart.png": b"\x89PNG\r\n\x1a\n",
            "photo.JPG": b"\xff\xd8\xff",
        },
    )
    sources, _, warnings = read_sources(folder)
    assert [s.file for s in sources] == ["good.txt"]
    assert warnings == ["chart.png: skipped, not an article file", "photo.JPG: skipped, not an article file"]
    assert all("hidden" not in s.raw for s in sources)


def test_windows_1252_builds_with_warning_and_quotes_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = (FIXTURES / "encodings/cp1252.txt").read_bytes()
    assert b"\x93" in raw and b"\x94" in raw  # really Windows-1252 curly quotes
    folder = sources_dir(tmp_path, {"cafe.txt": raw})
    status, _, err = run(capsys, "--sources", folder, "--out", tmp_path / "site")
    assert status == 0
    assert err == ["warning: cafe.txt: not valid UTF-8, read as Windows-1252"]
    data = json.loads((tmp_path / "site/data/quotes.json").read_text(encoding="utf-8"))
    assert data["sources"][0]["title"] == "Café owners protest"
    quotes = [(q["text"], q["speaker"]) for q in data["quotes"]]
    assert quotes == [("we cannot pay this rent — nobody can,", "Marta Ruiz"), ("We will stay open,", "Marta Ruiz")]
    text = raw.decode("cp1252").replace("\r\n", "\n")
    for q in data["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
        assert text[q["start"] - 1] == "“"


def test_utf16_with_byte_order_mark_is_read(tmp_path: Path) -> None:
    folder = sources_dir(tmp_path, {"u16.txt": ("\ufeff" + GOOD).encode("utf-16-le")})
    sources, _, warnings = read_sources(folder)
    assert warnings == []
    assert sources[0].title == "Mayor opens bridge"


def test_unclosed_quotation_ends_at_paragraph_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = (
        "Storm warning\n\n"
        'Lee Park, a forecaster, said "the storm will reach the coast tonight. Stay indoors\n\n'
        "Schools will close on Friday, the council announced.\n\n"
        '"Check on your neighbours," Park said.\n'
    )
    folder = sources_dir(tmp_path, {"storm.txt": article})
    status, _, err = run(capsys, "--sources", folder, "--out", tmp_path / "site")
    assert status == 0, err
    data = json.loads((tmp_path / "site/data/quotes.json").read_text(encoding="utf-8"))
    texts = [q["text"] for q in data["quotes"]]
    assert texts == ["the storm will reach the coast tonight. Stay indoors", "Check on your neighbours,"]
    assert all("Schools" not in t for t in texts)
    assert [q["speaker"] for q in data["quotes"]] == ["Lee Park", "Lee Park"]


def test_undecodable_file_name_builds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = sources_dir(tmp_path, {"good.txt": GOOD})
    bad_name = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(bad_name, "wb") as fh:
        fh.write(GOOD2.encode())
    status, out, err = run(capsys, "--sources", folder, "--out", tmp_path / "site")
    assert status == 0, err
    assert "2 articles" in out
    data = json.loads((tmp_path / "site/data/quotes.json").read_text(encoding="utf-8"))
    assert sorted(s["file"] for s in data["sources"]) == ["caf\ufffd.txt", "good.txt"]


def test_error_messages_are_one_line() -> None:
    exc = InputError("bad\udcffname.txt", "first\nsecond\r\nthird")
    assert str(exc) == "bad\ufffdname.txt: first second third"
    assert isinstance(OutputError("x", "y"), InputError)


# --- hostile markup -----------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> _Tags:
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return parser


def test_hostile_markup_is_shown_as_text_never_as_markup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = sources_dir(
        tmp_path,
        {
            "markdown.md": (FIXTURES / "hostile/markdown.md").read_text(encoding="utf-8"),
            "plain.txt": (FIXTURES / "hostile/plain.txt").read_text(encoding="utf-8"),
        },
    )
    site = tmp_path / "site"
    status, _, err = run(capsys, "--sources", folder, "--out", site)
    assert status == 0, err
    assert "warning: plain.txt: ignored original url \"javascript:alert('trailer-url')\", not an http(s) address" in err
    pages = {p: p.read_text(encoding="utf-8") for p in site.rglob("*.html")}
    assert len(pages) >= 4
    for path, html in pages.items():
        doc = parse_html(html)
        for tag, attrs in doc.tags:
            assert tag not in {"iframe", "img", "object", "embed"}, (path, tag, attrs)
            if tag == "script":  # only the site's own script files, never inline code
                assert attrs.get("src", "").endswith(("static/app.js", "static/search.js")), (path, attrs)
            for name, value in attrs.items():
                assert not name.startswith("on"), (path, tag, name)
                assert not value.strip().lower().startswith(("javascript:", "vbscript:")), (path, tag, attrs)
            if tag == "a":
                assert not attrs.get("href", "").strip().lower().startswith("data:"), (path, attrs)
        # No markup written by an article reached the page.
        assert "<script>alert" not in html and "<iframe" not in html and "<img" not in html, path
    md = pages[site / "articles/markdown.html"]
    plain = pages[site / "articles/plain.html"]
    # The escaped text is visible to the reader: escaped in the source, text once parsed.
    assert "&lt;iframe src=&#34;https://evil.example/frame&#34;&gt;&lt;/iframe&gt;" in md
    assert "&lt;img src=x onerror=&#34;alert(&#39;img-onerror&#39;)&#34;&gt;" in md
    assert "&lt;a href=&#34;javascript:alert(&#39;raw-anchor&#39;)&#34;&gt;click me&lt;/a&gt;" in md
    md_text = "".join(parse_html(md).text)
    assert "&lt;script&gt;alert(&#34;" in md and '<script>alert("' in md_text  # "block-script" is marked as a term
    assert "<img src=x onerror=\"alert('img-onerror')\">" in md_text
    assert "Read the full statement" in md_text  # the Markdown link's text stays, its href is gone
    assert "<script>alert('quoted-script')</script> is what they sent us," in md_text
    plain_text = "".join(parse_html(plain).text)
    assert "<script>alert('plain-block')</script>" in plain_text
    assert "<script>alert('plain-quoted')</script> was pasted into the minutes," in plain_text
    # The search index is data: one JSON value assigned to one name, the hostile words strings in it.
    index = (site / "data/search-index.js").read_text(encoding="utf-8")
    prefix = "window.quoteCompareIndex = "
    assert index.startswith(prefix) and index.endswith(";\n") and index.count("\n") == 1
    texts = [q[0] for q in json.loads(index[len(prefix) : -2])["quotes"]]
    assert "<script>alert('plain-quoted')</script> was pasted into the minutes," in texts
    # The record for researchers keeps the text as printed, and no javascript: address.
    data = json.loads((site / "data/quotes.json").read_text(encoding="utf-8"))
    assert all(s["url"] is None for s in data["sources"])
    assert "<script>alert('plain-quoted')</script> was pasted into the minutes," in [q["text"] for q in data["quotes"]]


def test_manifest_javascript_url_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = sources_dir(tmp_path, {"a.txt": GOOD, "sources.toml": '[sources."a.txt"]\nurl = "javascript:alert(1)"\n'})
    status, _, err = run(capsys, "--sources", folder, "--out", tmp_path / "site")
    assert_one_error(status, err, "sources.toml", "a.txt: url must be an http or https address")


# --- the output folder: swapped in only on success ------------------------------------


def test_bad_input_leaves_previous_site_untouched(
    built_site: tuple[Path, dict[str, bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site, before = built_site
    for bad in (
        tmp_path / "missing",
        sources_dir(tmp_path, {}, "empty"),
        sources_dir(tmp_path, {"x.jpg": b"x"}, "img"),
    ):
        status, _, err = run(capsys, "--sources", bad, "--out", site)
        assert_one_error(status, err, str(bad))
        assert snapshot(site) == before
    assert leftovers(tmp_path) == []


def test_render_failure_leaves_previous_site_untouched(
    built_site: tuple[Path, dict[str, bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, before = built_site
    real_render = Renderer.render
    rendered = []

    def broken_render(self: Renderer, page: Page) -> str:
        rendered.append(page.path)
        if len(rendered) == 3:  # pages are written as they are rendered: two are on disk already
            raise RuntimeError("template exploded")
        return real_render(self, page)

    monkeypatch.setattr(Renderer, "render", broken_render)
    with pytest.raises(RuntimeError, match="template exploded"):
        build(Config(sources=SEEDS, out=site))
    assert snapshot(site) == before
    assert leftovers(tmp_path) == []


def test_write_failure_midway_leaves_previous_site_untouched(
    built_site: tuple[Path, dict[str, bytes]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    site, before = built_site
    real_write_text = Path.write_text
    calls = []

    def failing_write_text(self: Path, *args: object, **kwargs: object) -> int:
        calls.append(self)
        if len(calls) == 3:  # the disk fills up after two pages
            raise OSError(28, "No space left on device", str(self))
        return real_write_text(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", failing_write_text)
    status, _, err = run(capsys, "--sources", SEEDS, "--out", site)
    assert_one_error(status, err, str(site), "No space left on device")
    assert len(calls) == 3
    assert snapshot(site) == before
    assert leftovers(tmp_path) == []


def test_interrupted_build_cleans_up(
    built_site: tuple[Path, dict[str, bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, before = built_site

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("quotecompare.site.writers._swap", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(Config(sources=SEEDS, out=site))
    assert snapshot(site) == before
    assert leftovers(tmp_path) == []


def test_two_builds_are_byte_identical(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = sources_dir(
        tmp_path,
        {
            **{p.name: p.read_bytes() for p in SEEDS.iterdir()},
            "extra.md": (FIXTURES / "hostile/markdown.md").read_bytes(),
            "cafe.txt": (FIXTURES / "encodings/cp1252.txt").read_bytes(),
        },
    )
    for out in ("one", "two"):
        status, _, _ = run(capsys, "--sources", folder, "--out", tmp_path / out, "-q")
        assert status == 0
    one, two = snapshot(tmp_path / "one"), snapshot(tmp_path / "two")
    assert len(one) > 8
    assert one.keys() == two.keys()
    for rel in one:
        assert one[rel] == two[rel], rel
    # Rebuilding in place gives the same bytes too.
    status, _, _ = run(capsys, "--sources", folder, "--out", tmp_path / "one", "-q")
    assert status == 0 and snapshot(tmp_path / "one") == two


def test_out_path_is_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("my notes, not a site\n", encoding="utf-8")
    status, _, err = run(capsys, "--sources", SEEDS, "--out", target)
    assert_one_error(status, err, str(target), "exists and is not a folder")
    assert target.read_text(encoding="utf-8") == "my notes, not a site\n"
    assert leftovers(tmp_path) == []


def test_out_folder_with_other_files_is_not_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    precious = tmp_path / "Documents"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work\n", encoding="utf-8")
    status, _, err = run(capsys, "--sources", SEEDS, "--out", precious)
    assert_one_error(status, err, str(precious), "not replacing it")
    assert snapshot(precious) == {"thesis.txt": b"years of work\n"}


def test_empty_out_folder_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "site").mkdir()
    status, _, _ = run(capsys, "--sources", SEEDS, "--out", tmp_path / "site", "-q")
    assert status == 0 and (tmp_path / "site/index.html").is_file()


def test_out_folder_not_writable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root ignores permission bits, so make creating the temporary folder fail as it would.
    def refuse(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied", str(tmp_path / ".site-xyz"))

    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    status, _, err = run(capsys, "--sources", SEEDS, "--out", tmp_path / "site")
    assert_one_error(status, err, str(tmp_path / "site"), "cannot write the site: Permission denied")
    assert not (tmp_path / "site").exists()


def test_out_parent_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    status, _, err = run(capsys, "--sources", SEEDS, "--out", tmp_path / "afile" / "site")
    assert_one_error(status, err, "site", "cannot write the site")


def test_build_py_subprocess_error_is_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "--sources", str(tmp_path / "missing"), "--out", str(tmp_path / "s")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), proc.stderr
    assert str(tmp_path / "missing") in lines[0]
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_speaker_named_in_apposition(tmp_path: Path) -> None:
    folder = sources_dir(
        tmp_path, {"a.txt": 'Rent rises\n\nThe owner, Marta Ruiz, said "we cannot pay," after the meeting.\n'}
    )
    sources, _, _ = read_sources(folder)
    story = build_module.gather(sources)
    assert [q.speaker for q in story.quotes] == ["Marta Ruiz"]


def test_out_holding_the_sources_is_refused(
    built_site: tuple[Path, dict[str, bytes]], capsys: pytest.CaptureFixture[str]
) -> None:
    # A previous site with the articles saved inside it: replacing the site would delete them.
    site, before = built_site
    inner = site / "articles-in"
    inner.mkdir()
    (inner / "a.txt").write_text(GOOD, encoding="utf-8")
    for out in (site, inner):
        status, _, err = run(capsys, "--sources", inner, "--out", out)
        assert_one_error(status, err, str(out), "holds the sources folder")
    assert (inner / "a.txt").read_text(encoding="utf-8") == GOOD
    assert snapshot(site) == {**before, "articles-in/a.txt": GOOD.encode()}
