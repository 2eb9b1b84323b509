"""Archives of stories (issue 11): ``quote-compare --stories DIR``.

The fixture archive (tests/fixtures/archive) is text written for these tests,
one behaviour per story: a person named with a short given name in one story
("Mike Brandt") and in full in another; two people who share a surname (Ana
and Boris Kovac); a story that knows someone only by a surname ("Kovac") or a
description ("the union spokeswoman").
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quotecompare.archive import cache, crossstory
from quotecompare.cli import main
from quotecompare.site.writers import Staging
from tests.conftest import need_module, need_shared

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "archive"
REALWORLD = ROOT.parent / "shared" / "realworld"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, list[str]]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err.splitlines()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def copy_stories(tmp_path: Path, source: Path = FIXTURES) -> Path:
    stories = tmp_path / "stories"
    shutil.copytree(source, stories)
    return stories


@pytest.fixture(scope="module")
def fixture_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("archive") / "site"
    assert main(["--stories", str(FIXTURES), "--out", str(site), "--jobs", "1", "-q"]) == 0
    return site


def archive_data(site: Path) -> dict:
    return json.loads((site / "data" / "archive.json").read_text(encoding="utf-8"))


# --- each story exactly as a single-story build makes it ----------------------


def without_archive_links(files: dict[str, bytes], rooted: tuple[str, str] = ("", "")) -> dict[str, bytes]:
    """A story's pages in an archive with their ways back to the archive taken out: the header's link,
    the breadcrumb's first step (the story index's whole breadcrumb), and the site name's target
    (``rooted``: as 404.html gives it with a base URL, in the archive and in the story)."""
    out = {}
    for path, data in files.items():
        if path.endswith(".html"):
            text = data.decode("utf-8")
            text = re.sub(
                r'<nav aria-label="Breadcrumb" class="crumbs"><a class="to-archive"[^>]*>Archive</a> › [^<]*</nav>\n',
                "",
                text,
            )
            text = re.sub(r'<a class="to-archive" href="[^"]*">Archive</a>(?: › |\n)', "", text)
            text = re.sub(r'\n *(?=<a href="[^"]*index.html"[^>]*>Story</a>)', "\n    ", text)
            text = re.sub(r'(<p class="brand"><a href=")((?:\.\./)*)\.\./\.\./index\.html"', r'\1\2index.html"', text)
            if rooted[0]:  # 404.html with a base URL: the archive's root, and the story's
                text = text.replace(f'href="{rooted[0]}"><span class="logo"', f'href="{rooted[1]}"><span class="logo"')
            data = text.encode("utf-8")
        out[path] = data
    return out


def assert_stories_are_single_builds(site: Path, stories: Path, tmp_path: Path) -> int:
    """Each story of the archive is its single-story build, but for its links back to the archive."""
    data = archive_data(site)
    folders = {s["id"]: s for s in data["stories"]}
    checked = 0
    for folder in sorted(p for p in stories.iterdir() if p.is_dir()):
        single = tmp_path / f"single-{folder.name}"
        assert main(["--sources", str(folder), "--out", str(single), "-q"]) == 0
        slug = re.sub(r"[^a-z0-9]+", "-", folder.name.lower()).strip("-")
        assert slug in folders
        in_archive = snapshot(site / "stories" / slug)
        assert without_archive_links(in_archive) == snapshot(single), folder.name
        assert all("to-archive" in t.decode() for p, t in in_archive.items() if p.endswith(".html")), folder.name
        checked += 1
    return checked


def test_each_story_is_byte_for_byte_a_single_story_build(fixture_archive: Path, tmp_path: Path) -> None:
    assert assert_stories_are_single_builds(fixture_archive, FIXTURES, tmp_path) == 3


def test_real_stories_build_as_an_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The real multi-outlet stories in ../shared/realworld, as an archive."""
    need_shared(REALWORLD)
    stories = sum(1 for p in REALWORLD.iterdir() if p.is_dir())
    site = tmp_path / "site"
    status, out, err = run(capsys, "--stories", REALWORLD, "--out", site, "--jobs", "2")
    assert status == 0, err
    assert f"Built {stories} stories" in out
    assert assert_stories_are_single_builds(site, REALWORLD, tmp_path) == stories
    names = {s["name"] for s in archive_data(site)["speakers"]}
    assert {"Mary Cheney", "Liz Cheney"} <= names  # sisters: one surname, two people


# --- who is who across stories ------------------------------------------------


def test_name_variants_merge_only_on_strong_evidence(fixture_archive: Path) -> None:
    data = archive_data(fixture_archive)
    speakers = {s["id"]: s for s in data["speakers"]}
    # "Mike Brandt" in one story, "Michael Brandt" in the other: the story-level merge's rule, one person.
    assert speakers["michael-brandt"]["stories"] == ["budget-row", "harbour-vote"]
    assert "Mike Brandt" in speakers["michael-brandt"]["aliases"]
    # Two people named Kovac stay two; "Kovac" alone, in a story naming neither in full, stays that story's.
    assert speakers["ana-kovac"]["stories"] == ["harbour-vote"]
    assert speakers["boris-kovac"]["stories"] == ["budget-row"]
    assert not any(s["name"] == "Kovac" for s in data["speakers"])
    ferry = next(s for s in data["stories"] if s["id"] == "ferry-strike")
    assert "Kovac" in ferry["other_speakers"] and ferry["speakers"] == []


def test_namesakes_are_shown_apart(fixture_archive: Path) -> None:
    ana = (fixture_archive / "speakers" / "ana-kovac.html").read_text(encoding="utf-8")
    assert re.search(r'Not the same person as <a href="boris-kovac.html">Boris Kovac</a>', ana)
    brandt = (fixture_archive / "speakers" / "michael-brandt.html").read_text(encoding="utf-8")
    assert "Not the same person" not in brandt


def test_speaker_page_lists_statements_with_links_into_the_stories(fixture_archive: Path) -> None:
    page = (fixture_archive / "speakers" / "michael-brandt.html").read_text(encoding="utf-8")
    assert "The dredging plan costs twice what we were promised" in page
    assert "Cutting the ferry strands the island schools" in page
    for href in re.findall(r'href="(\.\./stories/[^"#]+)(?:#([^"]+))?"', page):
        target = (fixture_archive / "speakers" / href[0]).resolve()
        assert target.is_file(), href
        if href[1]:
            assert f'id="{href[1]}"' in target.read_text(encoding="utf-8"), href
    # The newer story comes first.
    assert page.index("Budget row over the ferry subsidy") < page.index("Council votes on harbour dredging")


def test_outlet_page_counts_and_speakers_only_it_quoted(fixture_archive: Path) -> None:
    data = archive_data(fixture_archive)
    gazette = next(o for o in data["outlets"] if o["id"] == "island-gazette")
    assert gazette["stories"] == ["ferry-strike"]
    assert gazette["alone"] == [{"speaker": "Kovac", "id": None, "story": "ferry-strike"}]
    herald = next(o for o in data["outlets"] if o["id"] == "the-harbour-herald")
    assert herald["articles"] == 3 and herald["stories"] == ["ferry-strike", "budget-row", "harbour-vote"]
    page = (fixture_archive / "outlets" / "island-gazette.html").read_text(encoding="utf-8")
    assert "Speakers only Island Gazette quoted" in page and "Kovac" in page


def test_every_link_of_the_archive_resolves(fixture_archive: Path) -> None:
    """Each relative href and src of every page, the stories' included, names a file (and its #id) that exists."""
    checked = 0
    for page in fixture_archive.rglob("*.html"):
        if page.name == "404.html":
            continue
        html = page.read_text(encoding="utf-8")
        for ref in re.findall(r'(?:href|src)="([^"]+)"', html):
            assert not ref.startswith(("/", "http://")), (page, ref)
            if ref.startswith("https://"):
                continue
            path, _, fragment = ref.partition("#")
            target = (page.parent / path).resolve() if path else page
            assert target.is_file(), (page, ref)
            assert fixture_archive.resolve() in target.parents
            if fragment and target.suffix == ".html":
                assert f'id="{fragment}"' in target.read_text(encoding="utf-8"), (page, ref)
            checked += 1
    assert checked > 100


def test_reduce_is_pure_and_ordered() -> None:
    """The reduce step on summaries alone: stories newest first, undated last; shares from link ends."""

    def summary(date: str | None, speaker: dict) -> dict:
        return {
            "title": f"Story of {date}",
            "summary": None,
            "sources": [
                {"id": "a", "outlet": "Alpha News", "date": date, "title": "A", "quotes": 1, "unattributed": 0},
                {"id": "b", "outlet": "Beta Post", "date": date, "title": "B", "quotes": 1, "unattributed": 0},
            ],
            "quotes": 2,
            "unattributed": 0,
            "terms": 0,
            "statements": 1,
            "shared": 1,
            "kinds": {"verbatim": 1, "variant": 0, "paraphrase": 0, "only": 0},
            "links": 1,
            "counts": {"verbatim": 1, "variant": 0, "paraphrase": 0, "only": 0},
            "speakers": [speaker],
        }

    jo = {
        "key": "ames|jo",
        "name": "Jo Ames",
        "slug": "jo-ames",
        "aliases": ["Jo Ames"],
        "kind": "person",
        "quotes": 2,
        "statements": [{"row": "jo-ames-1", "kinds": ["verbatim"], "text": "Yes.", "sources": ["a", "b"]}],
        "sources": {"a": [1, 1, 1], "b": [1, 1, 0]},
    }
    archive = crossstory.reduce(
        {
            "s1": (summary("2024-01-02", jo), "d1"),
            "s2": (summary(None, jo), "d2"),
            "s3": (summary("2024-05-01", jo), "d3"),
        }
    )
    assert [s.slug for s in archive.stories] == ["s3", "s1", "s2"]
    (speaker,) = archive.speakers
    assert [story.slug for story, _, _ in speaker.stories] == ["s3", "s1", "s2"]
    assert {f.outlet.name: f.share for f in speaker.fidelity} == {"Alpha News": 100, "Beta Post": 0}
    assert speaker.stories[0][2][0].url == "stories/s3/speakers/jo-ames.html#jo-ames-1"
    assert archive.articles == 6 and archive.quotes == 6
    assert crossstory.archive_json(archive)["speakers"][0]["stories"] == ["s3", "s1", "s2"]


# --- incremental rebuilds and engines ---------------------------------------------


def test_rebuild_reuses_unchanged_stories_and_matches_a_clean_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stories = copy_stories(tmp_path)
    site, cache = tmp_path / "site", tmp_path / "cache"
    assert run(capsys, "--stories", stories, "--out", site, "--cache", cache, "--jobs", "1")[0] == 0
    status, out, _ = run(capsys, "--stories", stories, "--out", site, "--cache", cache)
    assert status == 0
    assert "Reused 3 of 3 stories, inputs unchanged (3 from the previous site, 0 from the cache)" in out
    assert "Built 3" not in out

    article = stories / "budget-row" / "courier.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("Saturday", "Sunday"), encoding="utf-8")
    status, out, _ = run(capsys, "--stories", stories, "--out", site, "--cache", cache)
    assert status == 0
    assert "Reused 2 of 3 stories" in out and "Built 1 story: budget-row" in out

    clean = tmp_path / "clean"
    assert run(capsys, "--stories", stories, "--out", clean, "--cache", tmp_path / "cache2", "--jobs", "1")[0] == 0
    assert snapshot(site) == snapshot(clean)
    assert "Sunday" in (site / "stories" / "budget-row" / "articles" / "courier.html").read_text(encoding="utf-8")


def test_the_cache_keeps_only_what_a_site_was_built_from(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = copy_stories(tmp_path)
    site, cache = tmp_path / "site", tmp_path / "cache"
    entries = lambda: sorted(p.name for p in cache.glob("??/*"))  # noqa: E731
    assert run(capsys, "--stories", stories, "--out", site, "--cache", cache, "--jobs", "1")[0] == 0
    first = entries()
    assert len(first) == 6  # three stories: an entry and its files each

    article = stories / "budget-row" / "courier.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("Saturday", "Sunday"), encoding="utf-8")
    assert run(capsys, "--stories", stories, "--out", site, "--cache", cache)[0] == 0
    second = entries()
    assert len(second) == 6 and len(set(first) & set(second)) == 4  # the old version of the edited story is gone

    # A second site sharing the cache keeps its own stories; a failed build prunes nothing.
    other = tmp_path / "other"
    (other / "solo").mkdir(parents=True)
    shutil.copy(article, other / "solo" / "courier.txt")
    assert run(capsys, "--stories", other, "--out", tmp_path / "site2", "--cache", cache)[0] == 0
    assert set(second) <= set(entries()) and len(entries()) == 8
    broken_story(stories)
    article.write_text(article.read_text(encoding="utf-8").replace("Sunday", "Monday"), encoding="utf-8")
    assert run(capsys, "--stories", stories, "--out", site, "--cache", cache)[0] == 1
    assert set(second) < set(entries())


def test_a_hand_edited_story_folder_is_not_reused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The previous site's copy is checked byte for byte; a changed one is written again from the cache."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    assert run(capsys, "--stories", FIXTURES, "--out", site, "--cache", cache, "--jobs", "1")[0] == 0
    before = snapshot(site)
    page = site / "stories" / "ferry-strike" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Ferry", "Feryr"), encoding="utf-8")
    status, out, _ = run(capsys, "--stories", FIXTURES, "--out", site, "--cache", cache)
    assert status == 0
    assert "(2 from the previous site, 1 from the cache)" in out
    assert snapshot(site) == before


def test_local_and_dask_engines_give_the_same_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    need_module("distributed")
    sites = {}
    for engine in ("local", "dask"):
        sites[engine] = tmp_path / engine
        status, out, err = run(
            capsys,
            *("--stories", FIXTURES, "--out", sites[engine], "--cache", tmp_path / f"cache-{engine}"),
            *("--engine", engine, "--jobs", "2"),
        )
        assert status == 0, err
        assert "Built 3 stories" in out
    assert snapshot(sites["local"]) == snapshot(sites["dask"])


def test_an_unreachable_scheduler_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    need_module("distributed")
    monkeypatch.setattr("quotecompare.archive.engines.CONNECT_TIMEOUT", "1s")
    status, _, err = run(
        capsys,
        *("--stories", FIXTURES, "--out", tmp_path / "site", "--cache", tmp_path / "cache"),
        *("--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"),
    )
    assert (
        status == 1 and len(err) == 1 and err[0].startswith("error: cannot reach the Dask scheduler tcp://127.0.0.1:9")
    )
    assert not (tmp_path / "site").exists()


# --- errors -----------------------------------------------------------------------


def broken_story(stories: Path) -> None:
    """A story that has an article and cannot be built: its manifest is not TOML."""
    (stories / "broken").mkdir()
    (stories / "broken" / "a.txt").write_text('Title\n\n"Words," Jo Ames said.\n', encoding="utf-8")
    (stories / "broken" / "sources.toml").write_text("[story\ntitle = ", encoding="utf-8")


def test_an_empty_story_folder_is_skipped_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = copy_stories(tmp_path)
    (stories / "empty").mkdir()
    (stories / "blank").mkdir()
    (stories / "blank" / "empty.txt").write_text("", encoding="utf-8")
    site = tmp_path / "site"
    status, out, err = run(capsys, "--stories", stories, "--out", site, "--jobs", "1")
    assert status == 0, err
    assert f"warning: {stories / 'blank'}: skipped, no readable articles" in "\n".join(err)
    assert f"warning: {stories / 'empty'}: skipped, no readable articles" in "\n".join(err)
    assert "Built 3 stories" in out and not any(line.startswith("error") for line in err)
    assert [s["id"] for s in archive_data(site)["stories"]] and not (site / "stories" / "empty").exists()
    # Only empty folders: nothing to build, one line, and nothing written.
    only = tmp_path / "only-empty"
    (only / "a").mkdir(parents=True)
    status, _, err = run(capsys, "--stories", only, "--out", tmp_path / "nothing")
    assert status == 1 and err[-1] == f"error: {only}: no story folder holds a readable article"
    assert not (tmp_path / "nothing").exists()


def test_a_failed_archive_says_what_is_true_of_its_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = copy_stories(tmp_path)
    broken_story(stories)
    site = tmp_path / "never-built"
    status, _, err = run(capsys, "--stories", stories, "--out", site, "--jobs", "1")
    assert status == 1 and not site.exists()
    assert (
        err[-1]
        == f"error: 1 of 4 stories failed; nothing was written to {site} (the other stories are cached for the next build)"
    )


def test_a_bad_story_does_not_stop_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = copy_stories(tmp_path)
    site, cache = tmp_path / "site", tmp_path / "cache"
    assert run(capsys, "--stories", stories, "--out", site, "--cache", cache, "--jobs", "1")[0] == 0
    before = snapshot(site)

    (stories / "new-story").mkdir()
    (stories / "new-story" / "a.txt").write_text('Title\n\n"A new quote here," Jo Ames said.\n', encoding="utf-8")
    broken_story(stories)
    status, out, err = run(capsys, "--stories", stories, "--out", site, "--cache", cache, "--jobs", "2")
    assert status == 1
    errors = [line for line in err if line.startswith("error: ")]
    assert errors[0].startswith(f"error: {stories / 'broken' / 'sources.toml'}: not valid TOML")
    assert (
        errors[1]
        == f"error: 1 of 5 stories failed; {site} is unchanged (the other stories are cached for the next build)"
    )
    assert len(errors) == 2 and not any("Traceback" in line for line in err)
    assert "Built 1 story: new-story" in out
    assert snapshot(site) == before  # the previous archive stays in place
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site-")]  # no temporary folder left

    shutil.rmtree(stories / "broken")
    status, out, _ = run(capsys, "--stories", stories, "--out", site, "--cache", cache)
    assert status == 0
    assert "Reused 4 of 4 stories, inputs unchanged (3 from the previous site, 1 from the cache)" in out
    assert (site / "stories" / "new-story" / "index.html").is_file()


def test_a_story_that_crashes_is_one_line_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(story):  # a bug in one story's build
        if story.title == "Budget row over the ferry subsidy":
            raise ValueError("something unexpected")
        return real(story)

    real = crossstory.summarise
    monkeypatch.setattr(crossstory, "summarise", boom)
    status, out, err = run(capsys, "--stories", FIXTURES, "--out", tmp_path / "site", "--jobs", "1")
    assert status == 1
    assert err[0] == f"error: {FIXTURES / 'budget-row'}: failed: ValueError: something unexpected"
    assert "Built 2 stories: ferry-strike, harbour-vote" in out
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--stories", "no-such-folder"], "no-such-folder: stories folder not found"),
        (["--stories", str(FIXTURES / "ferry-strike")], "no story folders (each sub-folder is one story)"),
    ],
)
def test_bad_stories_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    status, _, err = run(capsys, *args, "--out", tmp_path / "site")
    assert status == 1 and len(err) == 1 and message in err[0]


def test_out_must_not_hold_the_stories_or_the_cache(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = copy_stories(tmp_path)
    status, _, err = run(capsys, "--stories", stories, "--out", tmp_path)
    assert status == 1 and "holds the sources folder" in err[0]
    status, _, err = run(capsys, "--stories", stories, "--out", tmp_path / "site", "--cache", tmp_path / "site" / "c")
    assert status == 1 and "the cache cannot be inside --out" in err[0]


@pytest.mark.parametrize(
    "args",
    [
        ["--stories", "a", "--sources", "b"],
        ["--engine", "dask"],
        ["--stories", "a", "--scheduler", "tcp://h:8786"],
    ],
)
def test_options_that_do_not_go_together(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_staging_gives_adopted_folders_back_when_the_swap_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / "data" / "archive.json").write_text("{}", encoding="utf-8")
    (site / "stories" / "a").mkdir(parents=True)
    (site / "stories" / "a" / "index.html").write_text("old a", encoding="utf-8")
    before = snapshot(site)

    def broken_swap(new: Path, out: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("quotecompare.site.writers._swap", broken_swap)
    with pytest.raises(Exception, match="No space left on device"), Staging(site) as staging:
        staging.write({"index.html": "new"})
        staging.adopt("stories/a")
        staging.commit()
    assert snapshot(site) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


# --- start-up -------------------------------------------------------------------


def test_a_story_build_imports_nothing_of_the_archive(tmp_path: Path) -> None:
    """The seed build's start-up is held to 1.5x the import floor: the archive's modules and Dask stay out."""
    code = (
        "import sys; from quotecompare.cli import main; "
        f"assert main(['--out', {str(tmp_path / 'site')!r}, '-q']) == 0; "
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')"
        " or m in ('quotecompare.archive.build', 'quotecompare.archive.engines', 'quotecompare.archive.crossstory', 'quotecompare.archive.cache'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_archives_doc_gives_the_options_there_are(capsys: pytest.CaptureFixture[str]) -> None:
    """Every option docs/archives.md gives quote-compare is one it has, and the main ones are there."""
    section = (ROOT / "docs" / "archives.md").read_text(encoding="utf-8")
    commands = [line for line in section.splitlines() if line.startswith("quote-compare ")]
    flags = {f for line in commands for f in re.findall(r"\s(--[a-z-]+)", line)}
    flags |= set(re.findall(r"`(--[a-z-]+)", section))
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    assert {"--stories", "--out", "--engine", "--scheduler", "--jobs", "--cache"} <= flags
    assert {f for f in flags if f not in help_text} == set()


def test_a_worker_that_dies_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A process killed under the pool (out of memory, say): one line, and nothing written."""
    from quotecompare.archive import engines

    with pytest.raises(engines.EngineError, match="a worker process died"):
        list(engines.run(os._exit, [1, 2], engine="local", jobs=2))


def test_one_progress_bar_over_stories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from quotecompare import progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term = Terminal()
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr(sys, "stderr", term)
    monkeypatch.setattr(progress.Bars.__init__, "__defaults__", (0, 0))  # draw at once
    assert main(["--stories", str(FIXTURES), "--out", str(tmp_path / "site"), "--jobs", "1"]) == 0
    drawn = term.getvalue()
    assert "stories" in drawn and "3/3" in drawn and "story" in drawn.replace("stories", "")
    assert capsys.readouterr().out.startswith("Built 3 stories")


def test_untrusted_text_is_escaped_on_the_archive_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = tmp_path / "stories"
    for name, outlet in (("one", "<b>Bold</b> News"), ("two", "Plain News")):
        (stories / name).mkdir(parents=True)
        (stories / name / "a.txt").write_text(
            f'Title <img src=x onerror=alert(1)>\n\nBy {outlet}\n\n"Words <script>alert(2)</script> here," Jo Ames said.\n',
            encoding="utf-8",
        )
    (stories / "one" / "sources.toml").write_text('[story]\ntitle = "<script>alert(3)</script>"\n', encoding="utf-8")
    site = tmp_path / "site"
    assert run(capsys, "--stories", stories, "--out", site, "--jobs", "1")[0] == 0
    pages = [p for p in site.rglob("*.html") if "stories" not in p.parts]
    assert len(pages) >= 4
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Bold" not in html, page
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in index
    assert "Words &lt;script&gt;alert(2)&lt;/script&gt; here" in (site / "speakers" / "jo-ames.html").read_text(
        encoding="utf-8"
    )


def test_dask_runs_every_task_once_in_batches() -> None:
    need_module("distributed")
    from quotecompare.archive import engines

    assert sorted(engines.run(abs, list(range(-50, 0)), engine="dask", jobs=2)) == list(range(1, 51))


def test_unchanged_stories_are_checked_by_size_and_time_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As git does: files with the size and time the last build gave them are not read again."""
    from quotecompare.archive import build as archive

    site, cache = tmp_path / "site", tmp_path / "cache"
    assert run(capsys, "--stories", FIXTURES, "--out", site, "--cache", cache, "--jobs", "1")[0] == 0
    real = archive.folder_matches
    calls: list[Path] = []

    def counted(folder: Path, manifest: dict[str, str]) -> bool:
        calls.append(folder)
        return real(folder, manifest)

    monkeypatch.setattr(archive, "folder_matches", counted)
    status, out, _ = run(capsys, "--stories", FIXTURES, "--out", site, "--cache", cache)
    assert status == 0 and "(3 from the previous site, 0 from the cache)" in out
    assert calls == []
    shutil.rmtree(cache / "sites")  # no record of what was written: every folder is read and checked
    status, out, _ = run(capsys, "--stories", FIXTURES, "--out", site, "--cache", cache)
    assert status == 0 and "(3 from the previous site, 0 from the cache)" in out
    assert len(calls) == 3


def test_with_a_base_url_each_story_is_a_single_build_served_at_its_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    assert run(capsys, "--stories", FIXTURES, "--out", site, "--base-url", "/repo/", "--jobs", "1")[0] == 0
    single = tmp_path / "single"
    assert (
        run(
            capsys, "--sources", FIXTURES / "ferry-strike", "--out", single, "--base-url", "/repo/stories/ferry-strike/"
        )[0]
        == 0
    )
    rooted = ("/repo/index.html", "/repo/stories/ferry-strike/index.html")
    assert without_archive_links(snapshot(site / "stories" / "ferry-strike"), rooted) == snapshot(single)
    assert 'href="/repo/stories/ferry-strike/index.html"' in (single / "404.html").read_text(encoding="utf-8")
    # The story's 404 page leads back to the archive from any depth.
    assert 'class="to-archive" href="/repo/index.html"' in (site / "stories/ferry-strike/404.html").read_text("utf-8")
    assert 'href="/repo/index.html"' in (site / "404.html").read_text(encoding="utf-8")


def test_the_build_fingerprint_covers_the_word_lists_the_code_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new places.txt or given_names.txt changes speakers: a cached story built with the old one is stale.
    package, templates = tmp_path / "package", tmp_path / "templates"
    (package / "text").mkdir(parents=True)
    templates.mkdir()
    (package / "rules.py").write_text("X = 1\n")
    (package / "text" / "given_names.txt").write_text("aaron\n")
    monkeypatch.setattr(cache, "PACKAGE_DIR", package)
    before = cache.build_fingerprint(templates)
    (package / "text" / "given_names.txt").write_text("aaron\nabe\n")
    assert cache.build_fingerprint(templates) != before
