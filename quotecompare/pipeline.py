"""One build, read as its list of stages: read the folder, gather everything, render, then write.

:func:`build` is the whole of it: :func:`read_story`, :func:`gather`,
:func:`render_site`, then :func:`~quotecompare.site.writers.write_site`; an
archive builds each story with the same three. Every stage between reading
and writing is pure, so :func:`gather` and :func:`render_site` can be tested
without a disk. :func:`render_site` yields the files one at a time and the
writer writes each as it comes, so a build holds one page at a time, never
the whole site.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Union

from quotecompare.align.tasks import align_speakers
from quotecompare.attribution import story as attribution
from quotecompare.config import Config
from quotecompare.models import Record, RecordMatch, Source, Story, Struct
from quotecompare.parallel import ordered_map, pooled, settled
from quotecompare.read import sources as readers
from quotecompare.read.boundary import Boundary
from quotecompare.site.export import quotes_json_text
from quotecompare.site.render import Renderer
from quotecompare.site.search import script_pieces, search_index
from quotecompare.site.views import Site, make_story

if TYPE_CHECKING:
    from quotecompare.site.writers import Background

Progress = Callable[[str, int, int], None]
# A file's text, UTF-8, text in pieces, or UTF-8 in pieces (a page made in pieces).
Content = Union[str, bytearray, Iterator[str], tuple[bytes | bytearray, ...], "Background"]
File = tuple[str, Content]
Files = Iterator[File]


class BuildResult(Struct):
    __slots__ = ("files", "pages", "story", "timings", "warnings")

    def __init__(self, story: Story, files: int, pages: int, warnings: list[str], timings: dict[str, float]) -> None:
        self.story = story
        self.files = files
        self.pages = pages
        self.warnings = warnings
        self.timings = timings


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
# In a pool, an article of more quotes than this has its page made in pieces of about this many quotes,
# each a task: one huge article is spread over the workers like many small ones.
PIECE_QUOTES = 2000
# Where the page of an article made in pieces takes them (written by templates/article.html with ``cut``).
CUT = {"text": b"<!--quotecompare:text-->", "rows": b"<!--quotecompare:rows-->"}
# Render workers are forked afresh after this many chunks of articles each (and after each big page, or
# pieces of pages of ``PER_ROUND`` quotes), so none ends up with its own copy of the whole story
# (see parallel.ordered_map).
RENEW = 16
PER_ROUND = 32_000
SWITCH_INTERVAL = 0.0005  # seconds (see render_site)
# ("speaker", n, 0), ("article", n, 0), or an article in pieces: ("cut", n, 0) and ("piece", n, k)
Item = tuple[str, int, int]
Slot = tuple[int, int] | None  # a piece of a page: its place (0: the page around the others) and how many there are
Made = tuple[str, Content, Slot]


class _Plan(Struct):
    """The pages made by :func:`_render_item`: the first ``alone`` items are tasks of their own (of ``weights``)."""

    __slots__ = ("alone", "items", "pieces", "weights")

    def __init__(
        self,
        items: list[Item],
        alone: int,
        weights: list[int],
        pieces: dict[int, list[tuple[str, int, int]]],  # an article made in pieces: its pieces
    ) -> None:
        self.items = items
        self.alone = alone
        self.weights = weights
        self.pieces = pieces


def _renderer(templates: Path, base_url: str | None) -> Renderer:
    """This process's renderer for these templates: one Jinja environment, each template loaded once."""
    renderer = _renderers.get((templates, base_url))
    if renderer is None:
        renderer = _renderers[(templates, base_url)] = Renderer(templates, base_url)
    return renderer


def _render_item(state: tuple[Site, Path, str | None, _Plan, bool], n: int) -> Made:
    """The ``n``-th page (or piece of a page) of ``plan``; in a pool, as UTF-8.

    Encoded in the worker, as it is made: half the size of a ``str`` with
    curly quotes in it to send back, and nothing left for the build's
    process to encode.
    """
    site, templates, base_url, plan, pool = state
    kind, k, piece = plan.items[n]
    renderer = _renderer(templates, base_url)
    slot: Slot = None
    if kind == "speaker":
        page = site.speaker_file(site.speakers()[k])
    elif kind == "article":
        page = site.article(k)
    else:
        slot = (0 if kind == "cut" else piece + 1, len(plan.pieces[k]) + 1)
        page = site.article(k, cut=True) if kind == "cut" else site.article_piece(k, plan.pieces[k][piece])
    return page.path, renderer.render_utf8(page) if pool else renderer.render(page), slot


def _plan(site: Site, pool: bool) -> _Plan:
    """The pages made by :func:`_render_item`, and how many of them come first, one per task.

    In a pool: the speaker pages and any article of more than
    ``POOL_MIN_QUOTES`` quotes first, largest first, each a task of its own (a
    statement printed by thousands of outlets makes a big speaker page, a huge
    article a big article page; the article in pieces of ``PIECE_QUOTES``
    quotes and the page around them), then the other articles in order.
    Without a pool: the articles, in order.
    """
    articles: list[Item] = [("article", n, 0) for n in range(len(site.story.sources))]
    if not pool:
        return _Plan(articles, 0, [], {})
    size = {("speaker", n, 0): site.quote_counts[s.key] for n, s in enumerate(site.speakers())}
    pieces: dict[int, list[tuple[str, int, int]]] = {}
    small = []
    for item in articles:
        quotes = len(site.quotes_of[site.story.sources[item[1]].id])
        if quotes <= POOL_MIN_QUOTES:
            small.append(item)
            continue
        pieces[item[1]] = site.article_pieces(item[1], PIECE_QUOTES)
        size[("cut", item[1], 0)] = quotes // 8  # the page around the pieces counts every quote
        for k in range(len(pieces[item[1]])):
            size[("piece", item[1], k)] = PIECE_QUOTES
    big = sorted(size, key=lambda item: -size[item])  # stable: ties stay in order
    return _Plan(big + small, len(big), [size[item] for item in big], pieces)


def _front(site: Site, renderer: Renderer, pool: bool, plan: _Plan | None = None) -> Iterator[Made]:
    """What this process makes: without a pool, the index and the speaker pages; with one, the index
    (and first the marks the pieces of huge articles share) and the data files, each made in a thread of
    its own as it is written: they take seconds for a huge story, and this process must meanwhile hand
    pages to the workers and fork each round of them."""
    if not pool:
        for page in site.front():
            yield page.path, renderer.render(page), None
        return
    from quotecompare.site.writers import Background

    # With an environment of its own: the workers, forked meanwhile, render with this process's cached one,
    # whose template cache has a lock a thread must not hold as they are forked.
    own = Renderer(renderer.templates, renderer.base_url)
    yield "index.html", Background(_index_text(site, own, plan)), None
    for path, text in _data_files(site.story):
        yield path, Background(text), None


def _index_text(site: Site, renderer: Renderer, plan: _Plan | None) -> Iterator[str]:
    """The index page, made when first read; before it, the marks of the articles made in pieces (made
    here, in good time for the round of workers that makes the pieces: see ``before_round``)."""
    for n in plan.pieces if plan else ():
        site.mark_pieces(n)
    yield from renderer.generate(site.index_page())


def _data_files(story: Story) -> Iterator[tuple[str, Iterator[str]]]:
    """``quotes.json`` and the search index, in pieces: never a whole text of either, here or in a worker."""
    yield "data/quotes.json", quotes_json_text(story)
    yield "data/search-index.js", _search_script(story)


def _search_script(story: Story) -> Iterator[str]:
    """The search index as a script, piece by piece; the index is made when the first piece is asked for."""
    yield from script_pieces(search_index(story))


def _assembled(slots: dict[int, bytearray], pieces: list[tuple[str, int, int]]) -> tuple[bytes | bytearray, ...]:
    """An article page made in pieces, put together: the page around them, cut where they go."""
    head, rest = bytes(slots[0]).split(CUT["text"], 1)
    text = [slots[k + 1] for k, p in enumerate(pieces) if p[0] == "text"]
    rows = [slots[k + 1] for k, p in enumerate(pieces) if p[0] == "rows"]
    if not rows:
        return (head, *text, rest)
    middle, tail = rest.split(CUT["rows"], 1)
    return (head, *text, middle, *rows, tail)


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
    renderer = _renderer(templates, base_url)  # the one the articles are made with here too
    n_items = len(story.sources) + len(site.speakers()) + 2
    pool = workers > 1 and (pooled(n_items, workers) or len(story.quotes) >= POOL_MIN_QUOTES)
    plan = _plan(site, pool)
    state = (site, templates, base_url, plan, pool)

    def before_round(ranges: list[tuple[int, int]]) -> None:
        # The pieces of a page share its marks: made here, if not yet made meanwhile, before the workers
        # that make pieces are forked (a round of speaker pages goes first, while this process makes them).
        for start, stop in ranges:
            for kind, k, _ in plan.items[start:stop]:
                if kind == "piece":
                    site.mark_pieces(k)

    made = ordered_map(
        _render_item,
        state,
        len(plan.items),
        workers,
        meanwhile=_front(site, renderer, pool, plan),
        alone=plan.alone,
        pool=pool,
        in_order=False,
        renew=RENEW,
        weights=plan.weights,
        per_round=PER_ROUND,
        before_round=before_round,
    )
    not_found: Made = (site.not_found().path, renderer.render(site.not_found()), None)
    done = 0
    held: dict[str, dict[int, bytearray]] = {}  # pieces of pages, until each page has them all
    in_pieces = {site.article(n).path: pieces for n, pieces in plan.pieces.items()}
    # The threads making the index and the data files hold the interpreter in turns of this long, not
    # 5 ms: each page back from a worker, and the next one sent, waits for a turn at every step.
    interval = sys.getswitchinterval()
    if pool:
        sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        for path, content, slot in itertools.chain(made, [not_found]):
            if slot is not None:
                place, count = slot
                assert isinstance(content, bytearray)
                got = held.setdefault(path, {})
                got[place] = content
                if len(got) < count:
                    continue
                content = _assembled(held.pop(path), in_pieces[path])
            done += path.endswith(".html")
            progress("render", done, total)
            timings["render"] += time.perf_counter() - t
            yield path, content
            t = time.perf_counter()
    finally:
        sys.setswitchinterval(interval)
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


def _text(content: Content) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, tuple):
        return b"".join(content).decode("utf-8")
    if isinstance(content, bytearray):
        return content.decode("utf-8")
    return "".join(content) if isinstance(content, Iterator) else "".join(content.pieces)


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


class Folder(Struct):
    """A story's folder as read: its articles, its manifest, its records, and what was said about them."""

    __slots__ = ("manifest", "records", "sources", "warnings")

    def __init__(
        self, sources: list[Source], manifest: readers.Manifest, records: list[Record], warnings: list[str]
    ) -> None:
        self.sources = sources
        self.manifest = manifest
        self.records = records
        self.warnings = warnings


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
