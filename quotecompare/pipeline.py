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
from quotecompare.parallel import ordered_map, pooled, settled
from quotecompare.read import sources as readers
from quotecompare.read.boundary import Boundary
from quotecompare.site.export import quotes_json_text
from quotecompare.site.render import Renderer
from quotecompare.site.search import script_pieces, search_index
from quotecompare.site.views import Site, make_story

Progress = Callable[[str, int, int], None]
File = tuple[str, str | bytearray | Iterator[str]]  # a path, and its text, UTF-8, or text in pieces
Files = Iterator[File]


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
    settle: Callable[[], None] = lambda: None,
) -> Story:
    """Extract, attribute and align: from sources to a :class:`Story` (and its quotes to the ``records``).

    ``settle()`` is called once the quotes are made (see :func:`build`).
    """
    timings = timings if timings is not None else {}
    t = time.perf_counter()
    progress("extract", 0, len(sources))
    all_quotes, speakers = attribution.build_quotes(
        sources, workers=workers, progress=lambda done, total: progress("extract", done, total)
    )
    timings["extract"] = time.perf_counter() - t
    settle()
    t = time.perf_counter()
    progress("align", 0, len({q.speaker_key for q in all_quotes if q.speaker_key}) + 1)
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
# A story of this many quotes is rendered in worker processes, however few its pages (one huge article).
POOL_MIN_QUOTES = 2000
# Render workers are forked afresh after this many chunks of articles each (and after each big page),
# so none ends up with its own copy of the whole story (see parallel.ordered_map).
RENEW = 16
Item = tuple[str, int]  # ("speaker", n) or ("article", n)


def _render_item(state: tuple[Site, Path, str | None, list[Item], bool], n: int) -> File:
    """The ``n``-th page of ``plan``: a speaker page or an article page; in a pool, as UTF-8.

    Encoded in the worker, as it is made: half the size of a ``str`` with
    curly quotes in it to send back, and nothing left for the build's
    process to encode.
    """
    site, templates, base_url, plan, pool = state
    kind, k = plan[n]
    renderer = _renderers.get((templates, base_url))
    if renderer is None:
        renderer = _renderers[(templates, base_url)] = Renderer(templates, base_url)
    page = site.speaker_file(site.speakers()[k]) if kind == "speaker" else site.article(k)
    return page.path, renderer.render_utf8(page) if pool else renderer.render(page)


def _plan(site: Site, pool: bool) -> tuple[list[Item], int]:
    """The pages made by :func:`_render_item`, and how many of them come first, one per task.

    In a pool: the speaker pages and any article of more than
    ``POOL_MIN_QUOTES`` quotes first, largest first, each a task of its own (a
    statement printed by thousands of outlets makes a big speaker page, a huge
    article a big article page), then the other articles in order. Without a
    pool: the articles, in order.
    """
    articles = [("article", n) for n in range(len(site.story.sources))]
    if not pool:
        return articles, 0
    size = {("speaker", n): site.quote_counts[s.key] for n, s in enumerate(site.speakers())}
    size |= {a: len(site.quotes_of[site.story.sources[a[1]].id]) for a in articles}
    big = [item for item in size if item[0] != "article" or size[item] > POOL_MIN_QUOTES]
    big.sort(key=lambda item: -size[item])  # stable: ties stay in order
    alone = set(big)
    return big + [a for a in articles if a not in alone], len(big)


def _front(site: Site, renderer: Renderer, pool: bool) -> Files:
    """What this process makes: with a pool, the index and the data files (while the workers make the
    pages); without, the index and the speaker pages."""
    for page in [site.index_page()] if pool else site.front():
        yield page.path, renderer.render(page)
    if pool:
        yield from _data_files(site.story)


def _data_files(story: Story) -> Files:
    """``quotes.json`` and the search index, in pieces: never a whole text of either, here or in a worker."""
    yield "data/quotes.json", quotes_json_text(story)
    yield "data/search-index.js", script_pieces(search_index(story))


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

    With ``workers`` and a story big enough, the speaker pages and the article
    pages are made in worker processes (see :func:`_plan`), taken as they are
    done, while this one makes the index and writes the data files in pieces;
    without, everything is made here. The time spent making them is added to
    ``timings["render"]``.
    """
    timings = timings if timings is not None else {}
    timings.setdefault("render", 0.0)
    site = Site(story, archive_home)
    total = site.count()
    progress("render", 0, total)
    t = time.perf_counter()
    renderer = Renderer(templates, base_url)
    n_items = len(story.sources) + len(site.speakers()) + 2
    pool = workers > 1 and (pooled(n_items, workers) or len(story.quotes) >= POOL_MIN_QUOTES)
    plan, alone = _plan(site, pool)
    state = (site, templates, base_url, plan, pool)
    files = ordered_map(
        _render_item,
        state,
        len(plan),
        workers,
        meanwhile=_front(site, renderer, pool),
        alone=alone,
        pool=pool,
        in_order=False,
        renew=RENEW,
    )
    rendered = itertools.chain(files, [(site.not_found().path, renderer.render(site.not_found()))])
    done = 0
    for path, text in rendered:
        done += path.endswith(".html")
        progress("render", done, total)
        timings["render"] += time.perf_counter() - t
        yield path, text
        t = time.perf_counter()
    timings["render"] += time.perf_counter() - t
    if not pool:
        yield from _data_files(story)
    yield ".nojekyll", ""


def site_files(
    story: Story, templates: Path, base_url: str | None = None, archive_home: str | None = None
) -> dict[str, str]:
    """Every output file of a story as text, in memory: :func:`render_site` collected (for archives and tests).

    ``archive_home``: the archive's index as seen from the story's root, when the story is one of an archive's.
    """
    files = render_site(story, templates, base_url=base_url, archive_home=archive_home)
    return {path: _text(content) for path, content in files}


def _text(content: str | bytearray | Iterator[str]) -> str:
    if isinstance(content, str):
        return content
    return content.decode("utf-8") if isinstance(content, bytearray) else "".join(content)


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
    """One story from ``config.sources`` to the site at ``config.out``: read, gather, render and write.

    What each stage makes lives to the end: settled out of the garbage
    collector's reach as it is made (:func:`~quotecompare.parallel.settled`).
    """
    with settled() as settle:
        return _build(config, progress, settle)


def _build(config: Config, progress: Progress, settle: Callable[[], None]) -> BuildResult:
    timings: dict[str, float] = {}
    t = time.perf_counter()
    progress("read", 0, 0)
    found = read_story(
        config.sources, Boundary.around(config.sources, follow_links=config.follow_links), config.workers
    )
    progress("read", len(found.sources), len(found.sources))
    timings["read"] = time.perf_counter() - t
    settle()  # the sources live to the end
    story = gather(
        found.sources,
        found.manifest.story_title,
        found.manifest.story_summary,
        workers=config.workers,
        progress=progress,
        timings=timings,
        all_links=config.all_links,
        records=found.records,
        settle=settle,  # the quotes too
    )
    settle()  # and the story
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
    progress("write", count, count)
    # Rendering and writing take turns, page by page: writing is what rendering did not take.
    timings["write"] = time.perf_counter() - t - timings["render"]
    return BuildResult(story, count, n_pages, found.warnings, timings)
