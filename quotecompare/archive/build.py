"""An archive of stories in one site: ``quote-compare --stories DIR --out DIR``.

Each sub-folder of DIR is a story, with its own optional ``sources.toml``.
:func:`build_archive` reads as its stages:

1. **discover** the story folders; each gets a slug and its place ``stories/<slug>/``;
2. **fingerprint** each story: a digest of its inputs (:mod:`.cache`);
3. **reuse** each story whose digest is unchanged: its folder is moved over from
   the previous site (when its files are as the last build wrote them: the same
   sizes and times, else the same bytes), or written from the cache;
4. **build** the rest, as independent tasks on an engine (:mod:`.engines`):
   :func:`build_story` runs :func:`quotecompare.pipeline.read_story`, :func:`quotecompare.pipeline.gather`
   and :func:`quotecompare.pipeline.site_files`, exactly as a single-story build does, and
   :func:`.crossstory.summarise`;
5. **reduce** every story's summary to the cross-story data (:func:`.crossstory.reduce`);
6. **render** the archive's own pages and ``data/archive.json``;
7. **write**: everything goes into a temporary folder beside ``--out``
   (:class:`quotecompare.site.writers.Staging`), swapped in only when complete.

A story that fails is reported in one line naming it and the others are still
built (and cached), but the archive is not replaced: the previous one stays as
it was and the exit status is 1. The next build reuses every story that did
build.
"""

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from quotecompare import pipeline
from quotecompare.archive import crossstory
from quotecompare.archive.cache import Cache, build_fingerprint, file_digest, folder_matches, folder_stats, story_digest
from quotecompare.archive.engines import run
from quotecompare.config import default_templates
from quotecompare.errors import InputError, NoArticles, OutputError, display_name
from quotecompare.read.boundary import Boundary
from quotecompare.site import search
from quotecompare.site.render import render_pages
from quotecompare.site.writers import Staging, check_apart
from quotecompare.text.slugs import slugify, unused

Progress = Callable[[str, int, int], None]
ARCHIVE_MARKER = "data/archive.json"
ARCHIVE_HOME = "../../index.html"  # the archive's index, from the root of a story (stories/<slug>/)


@dataclass(frozen=True)
class ArchiveConfig:
    stories: Path
    out: Path = Path("site")
    templates: Path = field(default_factory=default_templates)
    cache: Path | None = None  # default: .quote-compare-cache beside --out
    engine: str = "local"
    jobs: int | None = None  # processes (local) or worker processes (LocalCluster); default: all cores
    scheduler: str | None = None  # a Dask scheduler's address; default: a LocalCluster
    base_url: str | None = None  # where the archive is served, e.g. "/repo/"
    follow_links: bool = False  # read links that lead out of the stories folder (read/boundary.py)

    @property
    def boundary(self) -> Boundary:
        """What every story may read: the stories folder, by its real path."""
        return Boundary.around(self.stories, "stories folder", self.follow_links)

    @property
    def cache_dir(self) -> Path:
        return self.cache or self.out.resolve().parent / ".quote-compare-cache"


class StoryTask(NamedTuple):
    slug: str
    folder: str
    templates: str
    base_url: str  # "" for none
    digest: str
    boundary: Boundary  # the stories folder: nothing outside it is read


class StoryOutcome(NamedTuple):
    slug: str
    digest: str
    files: dict[str, str] | None
    entry: dict[str, Any] | None  # {"summary", "manifest", "warnings"}, as cached
    error: str | None = None
    packed: bytes = b""  # the files as the cache keeps them (Cache.pack)
    skipped: str | None = None  # why a folder with no article to build from is not a story


class ArchiveResult(NamedTuple):
    stories: int  # story folders with articles (not counting those skipped)
    built: list[str]
    from_site: list[str]  # reused: moved over from the previous site
    from_cache: list[str]  # reused: written from the cache
    failed: list[str]  # one line per failed story
    warnings: list[str]
    archive: crossstory.Archive | None
    pages: int
    timings: dict[str, float]


def _noop(stage: str, done: int, total: int) -> None:
    return None


def discover(
    folder: Path, skip: tuple[Path, ...] = (), boundary: Boundary | None = None
) -> tuple[list[tuple[str, Path]], list[str]]:
    """The story folders of ``folder`` as (slug, path), in name order, and notes on what is not a story.

    A story folder that is a link out of ``boundary`` (default: ``folder``) is skipped with a note.
    """
    boundary = boundary or Boundary.around(folder, "stories folder")
    folder_inside = boundary.holds(folder)
    if not folder.is_dir():
        raise InputError(str(folder), "stories folder not found" if not folder.exists() else "not a folder")
    skipped = {p.resolve() for p in skip}
    stories: list[tuple[str, Path]] = []
    notes: list[str] = []
    used: set[str] = set()
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise InputError(str(folder), f"cannot read this folder: {exc.strerror or exc}") from None
    for path in entries:
        if path.name.startswith(".") or path.resolve() in skipped:
            continue
        if (real := boundary.escape(path, folder_inside)) is not None:
            notes.append(boundary.skipped(path, real))
            continue
        if not path.is_dir():
            notes.append(f"{display_name(path.name)}: skipped, not a story folder")
            continue
        slug = unused(slugify(path.name), used)
        used.add(slug)
        stories.append((slug, path))
    if not stories:
        raise InputError(str(folder), "no story folders (each sub-folder is one story)")
    return stories, notes


def story_base_url(base_url: str, slug: str) -> str:
    """The base URL of a story inside an archive served at ``base_url`` ("" for none).

    >>> story_base_url("/repo/", "a"), story_base_url("", "a")
    ('/repo/stories/a/', '')
    """
    return f"{base_url.rstrip('/')}/stories/{slug}/" if base_url else ""


def build_story(task: StoryTask) -> StoryOutcome:
    """One story, as a single-story build makes it, and its summary: one engine task.

    Never raises: a story's failure is an outcome naming the story, so the
    other stories go on.
    """
    folder = Path(task.folder)
    try:
        found = pipeline.read_story(folder, task.boundary)
        story = pipeline.gather(
            found.sources, found.manifest.story_title, found.manifest.story_summary, records=found.records
        )
        files = pipeline.site_files(story, Path(task.templates), base_url=task.base_url, archive_home=ARCHIVE_HOME)
        summary = crossstory.summarise(story)
    except NoArticles as exc:
        return StoryOutcome(task.slug, task.digest, None, None, skipped=f"{exc.file}: skipped, {exc.message}")
    except InputError as exc:
        # Name the file within its story folder ("stories/a/sources.toml"), not just "sources.toml".
        where = exc.file if exc.file.startswith(str(folder)) else str(folder / exc.file)
        return StoryOutcome(task.slug, task.digest, None, None, f"{where}: {exc.message}")
    except Exception as exc:  # a bug must not take the other stories down: one line, and the story is named
        return StoryOutcome(task.slug, task.digest, None, None, f"{folder}: failed: {type(exc).__name__}: {exc}")
    manifest = {rel: file_digest(text.encode("utf-8")) for rel, text in files.items()}
    entry = {"summary": summary, "manifest": manifest, "warnings": [f"{folder.name}/{w}" for w in found.warnings]}
    return StoryOutcome(task.slug, task.digest, files, entry, packed=Cache.pack(files))


def _previous_site(out: Path) -> dict[str, str]:
    """slug -> digest of the stories in the archive at ``out`` (empty when there is none)."""
    try:
        data = json.loads((out / ARCHIVE_MARKER).read_text(encoding="utf-8"))
        return {s["id"]: s["digest"] for s in data["stories"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _static_manifest(static: Path) -> dict[str, str]:
    return {
        f"static/{p.relative_to(static).as_posix()}": file_digest(p.read_bytes())
        for p in static.rglob("*")
        if p.is_file()
    }


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    t = time.perf_counter()
    yield
    timings[stage] = time.perf_counter() - t


class _Tally:
    """What became of each story, as the build goes (summaries in, reused, built, failed)."""

    def __init__(self, total: int, progress: Progress, warnings: list[str]) -> None:
        self.total, self.progress, self.notes = total, progress, warnings
        self.summaries: dict[str, tuple[crossstory.Summary, str]] = {}
        self.warnings: dict[str, list[str]] = {}
        self.from_site: list[str] = []
        self.from_cache: list[str] = []
        self.built: list[str] = []
        self.failed: list[str] = []
        self.skipped: list[str] = []  # story folders with no article to build from
        self.stats: dict[str, dict[str, list[int]] | None] = {}  # folders moved over: their files' sizes and times

    def done(self, slug: str, digest: str, entry: dict[str, Any] | None, into: list[str]) -> None:
        if entry is not None:
            self.summaries[slug] = (entry["summary"], digest)
            self.warnings[slug] = entry["warnings"]
        into.append(slug)
        self.step()

    def step(self) -> None:
        self.progress("stories", len(self.summaries) + len(self.failed) + len(self.skipped), self.total)

    def result(
        self, order: list[str], archive: crossstory.Archive | None, pages: int, timings: dict[str, float]
    ) -> ArchiveResult:
        warnings = self.notes + [w for slug in order for w in self.warnings.get(slug, [])]
        return ArchiveResult(
            self.total - len(self.skipped),
            sorted(self.built),
            self.from_site,
            self.from_cache,
            sorted(self.failed),
            warnings,
            archive,
            pages,
            timings,
        )


def build_archive(config: ArchiveConfig, progress: Progress = _noop) -> ArchiveResult:
    """Discover, fingerprint, reuse, build, reduce, render, write: the stages of an archive."""
    timings: dict[str, float] = {}
    base = config.base_url or ""
    with _timed(timings, "fingerprint"):
        found, notes = _discover(config)
        tasks = _fingerprint(found, config, base)
    tally = _Tally(len(tasks), progress, notes)
    cache = Cache(config.cache_dir)
    with Staging(config.out) as staging:
        with _timed(timings, "reuse"):
            todo = _reuse(tasks, staging, cache, config.templates / "static", tally)
        with _timed(timings, "build"):
            _build(todo, config, staging, cache, tally)
        order = [slug for slug, _ in found]
        if not tally.failed and not tally.summaries:
            raise InputError(str(config.stories), "no story folder holds a readable article")
        if tally.failed:
            return tally.result(order, None, 0, timings)  # the staging folder goes; the previous site stays
        with _timed(timings, "reduce"):
            archive = crossstory.reduce(tally.summaries)
        with _timed(timings, "render"):
            files = _render(archive, config.templates, base)
        with _timed(timings, "write"):
            staging.write(files, static=config.templates / "static")
            staging.write({}, static=config.templates / "archive" / "static")
            staging.commit()
            _remember(cache, staging.out, tasks, tally.stats)
    return tally.result(order, archive, sum(1 for p in files if p.endswith(".html")), timings)


def _discover(config: ArchiveConfig) -> tuple[list[tuple[str, Path]], list[str]]:
    check_apart(config.stories, config.out)
    out, cache = config.out.resolve(), config.cache_dir.resolve()
    if cache == out or out in cache.parents:
        raise OutputError(str(config.cache_dir), "the cache cannot be inside --out (the site is replaced whole)")
    return discover(config.stories, skip=(config.out, config.cache_dir), boundary=config.boundary)


def _fingerprint(found: list[tuple[str, Path]], config: ArchiveConfig, base: str) -> list[StoryTask]:
    fingerprint = build_fingerprint(config.templates)
    boundary = config.boundary
    tasks = []
    for slug, folder in found:
        story_base = story_base_url(base, slug)
        try:
            digest = story_digest(folder, fingerprint, story_base, boundary)
        except OSError as exc:  # built anyway: reading the folder again says what is wrong, and skips it
            digest = f"unreadable:{type(exc).__name__}"
        tasks.append(StoryTask(slug, str(folder), str(config.templates), story_base, digest, boundary))
    return tasks


def _reuse(tasks: list[StoryTask], staging: Staging, cache: Cache, static: Path, tally: _Tally) -> list[StoryTask]:
    """Stories whose digest has a cache entry: moved over from the previous site (its copy checked byte
    for byte, the same slug preferred), else written from the cache. Returns the stories left to build."""
    old_by_digest: dict[str, list[str]] = {}
    for old_slug, digest in sorted(_previous_site(staging.out).items()):
        old_by_digest.setdefault(digest, []).append(old_slug)
    written = cache.site(staging.out)  # size and time of each file the last build wrote there
    static_files = _static_manifest(static)

    def unchanged(old: str, digest: str, manifest: dict[str, str]) -> bool:
        folder = staging.previous(f"stories/{old}")
        stats = folder_stats(folder)
        if written.get(old, {}).get("digest") == digest and stats == written[old]["stats"]:
            tally.stats[old] = stats
            return True  # every file as the last build left it
        if folder_matches(folder, {**manifest, **static_files}):
            tally.stats[old] = folder_stats(folder)
            return True
        return False

    todo = []
    for task in tasks:
        entry = cache.entry(task.digest)
        if entry is None:
            todo.append(task)
            continue
        candidates = old_by_digest.get(task.digest, [])
        old = task.slug if task.slug in candidates else (candidates[0] if candidates else None)
        if old is not None and unchanged(old, task.digest, entry["manifest"]):
            tally.stats[task.slug] = tally.stats.pop(old)  # a move keeps each file's size and time
            candidates.remove(old)
            staging.adopt(f"stories/{old}", f"stories/{task.slug}")
            tally.done(task.slug, task.digest, entry, tally.from_site)
        elif (files := cache.files(task.digest)) is not None:
            staging.write(files, prefix=f"stories/{task.slug}", static=static)
            tally.done(task.slug, task.digest, entry, tally.from_cache)
        else:
            todo.append(task)
    return todo


def _build(todo: list[StoryTask], config: ArchiveConfig, staging: Staging, cache: Cache, tally: _Tally) -> None:
    """The stories left, as tasks on the engine; each written and cached as it comes back."""
    static = config.templates / "static"
    cache_error = None
    for outcome in run(build_story, todo, config.engine, config.jobs, config.scheduler):
        if outcome.skipped:
            tally.skipped.append(outcome.slug)
            tally.notes.append(outcome.skipped)
            tally.step()
            continue
        if outcome.error or outcome.files is None or outcome.entry is None:
            tally.failed.append(outcome.error or outcome.slug)
            tally.step()
            continue
        staging.write(outcome.files, prefix=f"stories/{outcome.slug}", static=static)
        if cache_error is None:
            try:
                cache.put(outcome.digest, outcome.entry, outcome.packed)
            except OSError as exc:  # the cache only saves time: say so once, and build on
                cache_error = f"{cache.root}: cannot write the cache ({exc.strerror or exc}); nothing will be reused"
                tally.notes.append(cache_error)
        tally.done(outcome.slug, outcome.digest, outcome.entry, tally.built)


def _remember(cache: Cache, out: Path, tasks: list[StoryTask], known: dict[str, dict[str, list[int]] | None]) -> None:
    """Note the size and time of every story file now in ``out``, for the next build's quick check.

    ``known``: the stats of the folders moved over, seen when they were checked.
    """
    record = {}
    for task in tasks:
        stats = known.get(task.slug) or folder_stats(out / "stories" / task.slug)
        if stats is not None:
            record[task.slug] = {"digest": task.digest, "stats": stats}
    with suppress(OSError):  # only a shortcut: without it the next build checks the files byte for byte
        cache.put_site(out, record)
        cache.prune()  # the cache holds what some site was last built from, and grows no further


def _render(archive: crossstory.Archive, templates: Path, base: str) -> dict[str, str | bytes]:
    """The archive's own pages and data; each story's pages are already in place."""
    files: dict[str, str | bytes] = dict(render_pages(crossstory.pages(archive), templates, base_url=base))
    files[ARCHIVE_MARKER] = json.dumps(crossstory.archive_json(archive), ensure_ascii=False, indent=2) + "\n"
    files["data/search-index.js"] = search.as_script(crossstory.search_index(archive))
    files[".nojekyll"] = ""
    return files
