"""One build, read as its list of stages: read the folder, gather everything, render, then write.

:func:`build` is the whole of it: :func:`read_story`, :func:`gather`,
:func:`render_site`, then :func:`~quotecompare.site.writers.write_site`; an
archive builds each story with the same three. Every stage between reading
and writing is pure, so :func:`gather` and :func:`render_site` can be tested
without a disk. :func:`render_site` yields the files one at a time and the
writer writes each as it comes, so a build holds one page at a time, never
the whole site.
"""

import itertools
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from quotecompare.align.tasks import align_speakers
from quotecompare.attribution import story as attribution
from quotecompare.config import Config
from quotecompare.models import Record, RecordMatch, Source, Story
from quotecompare.parallel import ordered_map, pooled
from quotecompare.read import sources as readers
from quotecompare.read.boundary import Boundary
from quotecompare.site.export import quotes_json_text
from quotecompare.site.render import Renderer
from quotecompare.site.search import search_script
from quotecompare.site.views import Site, make_story

Progress = Callable[[str, int, int], None]
Files = Iterator[tuple[str, str | Iterator[str]]]


class BuildResult(NamedTuple):
    story: Story
    files: int
    pages: int
    warnings: list[str]
    timings: dict[str, float]


def _noop(stage: str, done: int, total: int) -> None:
    return None


def gather(
    sources: list[Source],
    title: str | None = None,
    summary: str | None = None,
    workers: int = 1,
    progress: Progress = _noop,
    timings: dict[str, float] | None = None,
    all_links: bool = False,
    records: Sequence[Record] = (),
) -> Story:
    """Extract, attribute and align: from sources to a :class:`Story` (and its quotes to the ``records``)."""
    timings = timings if timings is not None else {}
    t = time.perf_counter()
    all_quotes, speakers = attribution.build_quotes(
        sources, workers=workers, progress=lambda done, total: progress("extract", done, total)
    )
    timings["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    slugs = {s.key: s.slug for s in speakers}
    statements, links = align_speakers(
        all_quotes,
        [s.id for s in sources],
        slugs,
        all_links,
        workers,
        lambda done, total: progress("align", done, total),
    )
    matches: list[RecordMatch] = []
    if records:
        from quotecompare.align.record import match_quotes, resolve_turns

        records = resolve_turns(records, speakers)
        matches = match_quotes(records, all_quotes, sources)
    timings["align"] = time.perf_counter() - t
    story = make_story(title, summary, sources, all_quotes, speakers, links, statements)
    return story._replace(records=tuple(records), matches=tuple(matches)) if records else story


_renderers: dict[tuple[Path, str | None], Renderer] = {}  # one per process, templates compiled once


def _render_file(state: tuple[Site, Path, str | None, bool], n: int) -> tuple[str, str]:
    """Article page ``n``; with ``data`` first, the two data files as items 0 and 1 (then article ``n - 2``)."""
    site, templates, base_url, data = state
    if data and n < 2:
        if n == 0:
            return "data/quotes.json", "".join(quotes_json_text(site.story))
        return "data/search-index.js", search_script(site.story)
    renderer = _renderers.get((templates, base_url))
    if renderer is None:
        renderer = _renderers[(templates, base_url)] = Renderer(templates, base_url)
    page = site.article(n - 2 if data else n)
    return page.path, renderer.render(page)


def render_site(
    story: Story,
    templates: Path,
    timings: dict[str, float] | None = None,
    progress: Progress = _noop,
    base_url: str | None = None,
    workers: int = 1,
    archive_home: str | None = None,
) -> Files:
    """Every output file as ``(site-relative path, text)``, one at a time (``quotes.json`` as pieces of text).

    With ``workers``, the data files and the article pages are made in worker
    processes while this one renders the index and the speaker pages; without,
    ``quotes.json`` is streamed in pieces. The time spent making them is added
    to ``timings["render"]``.
    """
    timings = timings if timings is not None else {}
    timings.setdefault("render", 0.0)
    site = Site(story, archive_home)
    total = site.count()
    progress("render", 0, total)
    t = time.perf_counter()
    renderer = Renderer(templates, base_url)
    front = ((page.path, renderer.render(page)) for page in site.front())
    data = pooled(len(story.sources) + 2, workers)
    n = len(story.sources) + 2 * data
    articles = ordered_map(_render_file, (site, templates, base_url, data), n, workers, meanwhile=front)
    rendered = itertools.chain(articles, [(site.not_found().path, renderer.render(site.not_found()))])
    for n, (path, text) in enumerate(rendered, 1):
        progress("render", n, total)
        timings["render"] += time.perf_counter() - t
        yield path, text
        t = time.perf_counter()
    timings["render"] += time.perf_counter() - t
    if not data:
        yield "data/quotes.json", quotes_json_text(story)
        yield "data/search-index.js", search_script(story)
    yield ".nojekyll", ""


def site_files(
    story: Story, templates: Path, base_url: str | None = None, archive_home: str | None = None
) -> dict[str, str]:
    """Every output file of a story as text, in memory: :func:`render_site` collected (for archives and tests).

    ``archive_home``: the archive's index as seen from the story's root, when the story is one of an archive's.
    """
    return {
        path: text if isinstance(text, str) else "".join(text)
        for path, text in render_site(story, templates, base_url=base_url, archive_home=archive_home)
    }


def read_records(
    folder: Path, manifest: readers.Manifest, taken: set[str], warnings: list[str], boundary: Boundary | None = None
) -> list[Record]:
    """The folder's records (``records/`` or marked in the manifest); none, and no import, for most stories."""
    if not (folder / readers.RECORDS_DIR).is_dir() and not any(
        readers.is_record(name, fields) for name, fields in (manifest.sources or {}).items()
    ):
        return []
    from quotecompare.read.records import read_records as read

    records, notes = read(folder, manifest, taken, boundary or Boundary.around(folder))
    warnings += notes
    return records


class Folder(NamedTuple):
    """A story's folder as read: its articles, its manifest, its records, and what was said about them."""

    sources: list[Source]
    manifest: readers.Manifest
    records: list[Record]
    warnings: list[str]


def read_story(folder: Path, boundary: Boundary, workers: int = 1) -> Folder:
    """Stage 1 for a story folder: its articles, then its records (ids apart from the articles')."""
    sources, manifest, warnings = readers.read_sources(folder, workers, boundary)
    records = read_records(folder, manifest, {s.id for s in sources}, warnings, boundary)
    return Folder(sources, manifest, records, warnings)


def build(config: Config, progress: Progress = _noop) -> BuildResult:
    """One story from ``config.sources`` to the site at ``config.out``: read, gather, render and write."""
    timings: dict[str, float] = {}
    t = time.perf_counter()
    progress("read", 0, 1)
    found = read_story(
        config.sources, Boundary.around(config.sources, follow_links=config.follow_links), config.workers
    )
    progress("read", 1, 1)
    timings["read"] = time.perf_counter() - t
    story = gather(
        found.sources,
        found.manifest.story_title,
        found.manifest.story_summary,
        workers=config.workers,
        progress=progress,
        timings=timings,
        all_links=config.all_links,
        records=found.records,
    )
    from quotecompare.site.writers import write_site

    t = time.perf_counter()
    n_pages = 0

    def counted(files: Files) -> Files:
        nonlocal n_pages
        for path, text in files:
            n_pages += path.endswith(".html")
            yield path, text

    rendered = render_site(story, config.templates, timings, progress, base_url=config.base_url, workers=config.workers)
    files = counted(rendered)
    count = write_site(config.out, files, config.templates / "static")
    progress("write", 1, 1)
    # Rendering and writing take turns, page by page: writing is what rendering did not take.
    timings["write"] = time.perf_counter() - t - timings["render"]
    return BuildResult(story, count, n_pages, found.warnings, timings)
