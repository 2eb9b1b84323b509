"""One build, read as its list of stages: gather everything, render, then write.

Every stage before :func:`~quotecompare.writers.write_site` is pure, so
:func:`gather` and :func:`render_site` can be tested without a disk.
"""

import json
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from . import alignment, attribution, quotes, readers
from .config import Config
from .contents import Story, make_story, pages, quotes_json
from .models import Link, Source
from .render import render_pages
from .search import search_script

Progress = Callable[[str, int, int], None]


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
) -> Story:
    """Extract, attribute and align: from sources to a :class:`Story`."""
    timings = timings if timings is not None else {}
    t = time.perf_counter()
    found = {}
    for n, source in enumerate(sources, 1):
        found[source.id] = quotes.extract(source)
        progress("extract", n, len(sources))
    all_quotes, speakers = attribution.build_quotes(sources, found)
    timings["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    by_speaker = defaultdict(list)
    for q in all_quotes:
        if q.speaker_key:
            by_speaker[q.speaker_key].append(q)
    order = [s.id for s in sources]
    links: list[Link] = []
    for n, key in enumerate(sorted(by_speaker), 1):
        links.extend(alignment.align(by_speaker[key], order, workers))
        progress("align", n, len(by_speaker))
    links.extend(alignment.cross_speaker(all_quotes))
    timings["align"] = time.perf_counter() - t
    return make_story(title, summary, sources, all_quotes, speakers, links)


def render_site(
    story: Story,
    templates: Path,
    timings: dict[str, float] | None = None,
    progress: Progress = _noop,
    base_url: str | None = None,
) -> dict[str, str]:
    """All output files as text, keyed by site-relative path."""
    timings = timings if timings is not None else {}
    t = time.perf_counter()
    site_pages = pages(story)
    progress("render", 0, len(site_pages))
    files = render_pages(
        site_pages, templates, base_url=base_url, progress=lambda done, total: progress("render", done, total)
    )
    files["data/quotes.json"] = json.dumps(quotes_json(story), ensure_ascii=False, indent=2) + "\n"
    files["data/search-index.js"] = search_script(story)
    files[".nojekyll"] = ""
    progress("render", len(site_pages), len(site_pages))
    timings["render"] = time.perf_counter() - t
    return files


def build(config: Config, progress: Progress = _noop) -> BuildResult:
    timings: dict[str, float] = {}
    t = time.perf_counter()
    progress("read", 0, 1)
    sources, manifest, warnings = readers.read_sources(config.sources)
    progress("read", 1, 1)
    timings["read"] = time.perf_counter() - t
    story = gather(sources, manifest.story_title, manifest.story_summary, config.workers, progress, timings)
    files = render_site(story, config.templates, timings, progress, config.base_url)
    t = time.perf_counter()
    from .writers import write_site

    progress("write", 0, 1)
    count = write_site(config.out, files, config.templates / "static")
    progress("write", 1, 1)
    timings["write"] = time.perf_counter() - t
    n_pages = sum(1 for p in files if p.endswith(".html"))
    return BuildResult(story, count, n_pages, warnings, timings)
