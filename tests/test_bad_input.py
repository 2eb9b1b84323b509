"""Bad input never loses anything (issue 5, part 4).

Every bad input gives one line naming the culprit and, where the build can go
on, a warning and a site; where it cannot, exit status 1 and the previous site
left byte for byte as it was. All fixtures here are text written for these
tests (tests/fixtures/hostile, tests/fixtures/encodings) or made on the fly.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
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


def test_a_missing_template_is_named_not_blamed_on_writing(
    built_site: tuple[Path, dict[str, bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An installation without its templates: one line naming the template, and the previous site stays."""
    site, before = built_site
    templates = tmp_path / "templates"
    templates.mkdir()
    for page in (ROOT / "templates").glob("*.html"):
        if page.name != "404.html":
            (templates / page.name).write_bytes(page.read_bytes())
    status, _, err = run(capsys, "--sources", SEEDS, "--out", site, "--templates", templates)
    line = assert_one_error(status, err, str(templates / "404.html"), "template not found")
    assert "cannot write" not in line
    assert snapshot(site) == before
    assert leftovers(tmp_path) == []


def _fails_on_five(state: None, i: int) -> int:
    if i == 5:
        raise InputError(f"article-{i}.txt", "template not found")
    return i


def test_an_input_error_comes_back_from_a_worker_whole() -> None:
    """Raised in a worker process (rendering a large story, say), an error keeps the file it names."""
    from quotecompare.parallel import ordered_map, pooled

    assert pooled(8, 2, chunk=1)
    with pytest.raises(InputError) as caught:
        list(ordered_map(_fails_on_five, None, 8, workers=2, chunk=1))
    assert (type(caught.value), caught.value.file, str(caught.value)) == (
        InputError,
        "article-5.txt",
        "article-5.txt: template not found",
    )


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


def test_a_file_made_in_the_background_is_written_and_its_failure_leaves_the_previous_site(tmp_path: Path) -> None:
    """quotes.json of a large story is made in a thread while pages are written: its text arrives whole,
    and an error making it fails the build like any other, leaving the previous site as it was."""
    from quotecompare.site.writers import Background, write_site

    site = tmp_path / "site"
    pages = [(f"articles/a{n}.html", f"page {n}") for n in range(5)]
    write_site(site, [("data/quotes.json", Background(iter(["{", '"a": 1', "}"]))), *pages])
    assert (site / "data" / "quotes.json").read_text() == '{"a": 1}'
    assert sorted(p.name for p in (site / "articles").iterdir()) == [f"a{n}.html" for n in range(5)]
    before = snapshot(site)

    def failing() -> Iterator[str]:
        yield "{"
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match="No space left on device"):
        write_site(site, [("data/quotes.json", Background(failing())), *pages])
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


# --- the boundary: nothing outside the sources (or stories) folder is read or published ------

SECRET = "SECRET “this is a private note,” Bob said.\n"


def _everything(folder: Path) -> bytes:
    """Every byte a site would publish (as the Pages upload does, following links)."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def _links_in(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_symlink())


@pytest.fixture
def shared_folder(tmp_path: Path) -> tuple[Path, Path]:
    """``in/`` with two good articles (their outlets named), and beside it a private note and a private folder."""
    folder = sources_dir(
        tmp_path,
        {"a.txt": GOOD + "\nBy Jo Doe, Harbour Herald\n", "b.txt": GOOD2 + "\nBy Ann Roe, Island Post\n"},
        "in",
    )
    (tmp_path / "private.txt").write_text(SECRET, encoding="utf-8")
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "note.txt").write_text(SECRET, encoding="utf-8")
    return tmp_path, folder


def _build(capsys: pytest.CaptureFixture[str], folder: Path, out: Path, *more: str) -> tuple[str, list[str]]:
    status, stdout, err = run(capsys, "--sources", folder, "--out", out, *more)
    assert status == 0, err
    return stdout, [line for line in err if line.startswith("warning: ")]


def test_a_link_to_a_file_outside_is_skipped_and_named(
    shared_folder: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The leak as a user met it: ``zz.txt -> ../private.txt`` inside a shared folder."""
    root, folder = shared_folder
    (folder / "zz.txt").symlink_to("../private.txt")
    out, warnings = _build(capsys, folder, root / "site")
    assert "2 articles" in out
    assert warnings == [
        f"warning: zz.txt: skipped, a link to {root.resolve() / 'private.txt'}, outside the sources folder"
        " (--follow-links reads it)"
    ]
    assert b"private note" not in _everything(root / "site")


def test_a_link_to_a_folder_outside_is_skipped_and_named(
    shared_folder: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root, folder = shared_folder
    (folder / "more").symlink_to(root / "private", target_is_directory=True)
    _, warnings = _build(capsys, folder, root / "site")
    assert len(warnings) == 1
    assert "more: skipped, a link to " in warnings[0] and str((root / "private").resolve()) in warnings[0]
    assert "outside the sources folder" in warnings[0]
    assert b"private note" not in _everything(root / "site")


def test_a_chain_of_links_that_ends_outside_is_skipped(
    shared_folder: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """``c.txt -> d.txt`` stays inside, but ``d.txt -> ../private.txt`` leaves: both are skipped, naming the end."""
    root, folder = shared_folder
    (folder / "d.txt").symlink_to("../private.txt")
    (folder / "c.txt").symlink_to("d.txt")
    out, warnings = _build(capsys, folder, root / "site")
    end = str(root.resolve() / "private.txt")
    assert [w.split(":")[1].strip() for w in warnings] == ["c.txt", "d.txt"]
    assert all(f"a link to {end}, outside" in w for w in warnings)
    assert "2 articles" in out and b"private note" not in _everything(root / "site")


def test_a_name_that_only_starts_like_the_folder_is_outside(
    shared_folder: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """``in-other`` is not inside ``in``: the test is on real paths, not string prefixes."""
    root, folder = shared_folder
    (root / "in-other").mkdir()
    (root / "in-other" / "note.txt").write_text(SECRET, encoding="utf-8")
    (folder / "zz.txt").symlink_to("../in-other/note.txt")
    _, warnings = _build(capsys, folder, root / "site")
    assert len(warnings) == 1 and "zz.txt: skipped, a link to" in warnings[0]
    assert b"private note" not in _everything(root / "site")


def test_links_that_stay_inside_are_read(shared_folder: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    root, folder = shared_folder
    (folder / "kept").mkdir()
    (folder / "kept" / "note.txt").write_text(SECRET, encoding="utf-8")
    (folder / "zz.txt").symlink_to("kept/note.txt")
    out, warnings = _build(capsys, folder, root / "site")
    assert "3 articles" in out
    assert [w for w in warnings if "link" in w] == []  # the sub-folder itself is noted as one, as ever
    assert b"private note" in _everything(root / "site")


def test_follow_links_reads_every_link(shared_folder: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """A user who trusts the folder: ``--follow-links``, as before the boundary."""
    root, folder = shared_folder
    (folder / "zz.txt").symlink_to("../private.txt")
    out, warnings = _build(capsys, folder, root / "site", "--follow-links")
    # Read, with no word of a link; only that nothing in the private note names its outlet.
    assert "3 articles" in out and [w for w in warnings if "no outlet found" not in w] == []
    assert b"private note" in _everything(root / "site")


def test_the_manifest_and_provenance_notes_keep_to_the_folder(
    shared_folder: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A manifest or a provenance note that is a link outside is not read either."""
    root, folder = shared_folder
    (root / "elsewhere.toml").write_text('[story]\ntitle = "Private title from elsewhere"\n', encoding="utf-8")
    (root / "elsewhere.txt").write_text("a.txt\n  url: https://private.example/secret\n", encoding="utf-8")
    (folder / "sources.toml").symlink_to("../elsewhere.toml")
    (folder / "SOURCE.txt").symlink_to("../elsewhere.txt")
    _, warnings = _build(capsys, folder, root / "site")
    assert sorted(w.split(":")[1].strip() for w in warnings) == ["SOURCE.txt", "sources.toml"]
    assert all("outside the sources folder" in w for w in warnings)
    published = _everything(root / "site")
    assert b"Private title" not in published and b"private.example" not in published
    # The same files inside the folder are read: the rule is about where they lead, not what they are.
    (folder / "sources.toml").unlink()
    (folder / "sources.toml").symlink_to("kept.toml")
    (folder / "kept.toml").write_text('[story]\ntitle = "Title kept inside"\n', encoding="utf-8")
    _build(capsys, folder, root / "site")
    assert b"Title kept inside" in _everything(root / "site")


def test_a_story_folder_that_links_outside_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = tmp_path / "stories"
    shutil.copytree(FIXTURES / "archive", stories)
    elsewhere = sources_dir(tmp_path, {"a.txt": GOOD, "z.txt": SECRET}, "elsewhere")
    (stories / "leak").symlink_to(elsewhere, target_is_directory=True)
    (stories / "alias").symlink_to("harbour-vote", target_is_directory=True)  # stays inside: read
    (stories / "budget-row" / "zz.txt").symlink_to("../ferry-strike/gazette.txt")  # inside the stories folder
    (stories / "ferry-strike" / "zz.txt").symlink_to("../../elsewhere/z.txt")
    status, out, err = run(capsys, "--stories", stories, "--out", tmp_path / "site", "--jobs", "1")
    assert status == 0, err
    warnings = [line for line in err if "link" in line]
    assert len(warnings) == 2, err
    assert warnings[0].startswith(
        f"warning: leak: skipped, a link to {elsewhere.resolve()}, outside the stories folder"
    )
    assert warnings[1].startswith("warning: ferry-strike/zz.txt: skipped, a link to ")
    assert "4 stories" in out
    published = _everything(tmp_path / "site")
    assert b"private note" not in published and b"Mayor opens bridge" not in published
    data = json.loads((tmp_path / "site" / "data" / "archive.json").read_text(encoding="utf-8"))
    sources = {s["id"]: s["sources"] for s in data["stories"]}
    assert sources["alias"] == sources["harbour-vote"] and sources["budget-row"] == 3
    # --follow-links is part of what a story is built from: the rebuild reads the links, nothing reused stale.
    status, out, err = run(capsys, "--stories", stories, "--out", tmp_path / "site", "--jobs", "1", "--follow-links")
    assert status == 0 and "5 stories" in out and not [line for line in err if "link" in line], err
    assert b"private note" in _everything(tmp_path / "site")


def test_a_previous_site_holding_links_is_replaced_not_written_through(
    shared_folder: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root, folder = shared_folder
    site = root / "site"
    _build(capsys, folder, site)
    clean = snapshot(site)
    before = _everything(root / "private")
    # Someone left links in the published folder: to a folder and a file outside it.
    shutil.rmtree(site / "speakers")
    (site / "speakers").symlink_to(root / "private", target_is_directory=True)
    (site / "articles" / "a.html").unlink()
    (site / "articles" / "a.html").symlink_to(root / "private.txt")
    _build(capsys, folder, site)
    assert _links_in(site) == [] and snapshot(site) == clean
    assert _everything(root / "private") == before and (root / "private.txt").read_text(encoding="utf-8") == SECRET


def test_a_previous_archive_holding_links_is_not_reused_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stories = tmp_path / "stories"
    shutil.copytree(FIXTURES / "archive", stories)
    site, clean_site = tmp_path / "site", tmp_path / "clean"
    assert run(capsys, "--stories", stories, "--out", site, "--jobs", "1", "-q")[0] == 0
    assert run(capsys, "--stories", stories, "--out", clean_site, "--jobs", "1", "-q")[0] == 0
    # One story folder moved away and linked back, an identical copy; a page of another replaced by a link.
    shutil.move(site / "stories" / "budget-row", tmp_path / "moved")
    (site / "stories" / "budget-row").symlink_to(tmp_path / "moved", target_is_directory=True)
    page = site / "stories" / "ferry-strike" / "index.html"
    (tmp_path / "page.html").write_bytes(page.read_bytes())
    page.unlink()
    page.symlink_to(tmp_path / "page.html")
    moved, copied = snapshot(tmp_path / "moved"), (tmp_path / "page.html").read_bytes()
    assert run(capsys, "--stories", stories, "--out", site, "--jobs", "1", "-q")[0] == 0
    assert _links_in(site) == [] and snapshot(site) == snapshot(clean_site)
    assert snapshot(tmp_path / "moved") == moved and (tmp_path / "page.html").read_bytes() == copied


def test_output_names_made_from_file_names_stay_inside_the_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hostile article file names make safe page names; nothing is written beside or above --out."""
    names = ["..\\..\\evil.txt", "a..\\..\\evil.txt", "~.txt", "%2e%2e%2fup.txt", "-.txt", "\u202eevil.txt"]
    folder = sources_dir(tmp_path, dict.fromkeys(names, GOOD), "in")
    before = sorted(p.name for p in tmp_path.iterdir())
    out, _ = _build(capsys, folder, tmp_path / "site")
    read = [n for n in names if not n.startswith(".")]  # a hidden file is skipped
    assert f"{len(read)} articles" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "site"])
    site = (tmp_path / "site").resolve()
    pages = [p for p in site.rglob("*") if p.is_file()]
    assert all(p.resolve().is_relative_to(site) for p in pages)
    assert len(list((site / "articles").glob("*.html"))) == len(read)


def test_the_writer_refuses_a_name_that_leads_out(tmp_path: Path) -> None:
    from quotecompare.site.writers import write_site

    for rel in ("../escape.html", "/tmp/escape.html", "a/../../escape.html", "a\\..\\escape.html"):
        with pytest.raises(OutputError, match="not a file name inside the site"):
            write_site(tmp_path / "site", {"index.html": "ok", rel: "x"})
        assert sorted(p.name for p in tmp_path.iterdir()) == [], rel
