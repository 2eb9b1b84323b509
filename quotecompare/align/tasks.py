"""Stage 4 over processes: each speaker is aligned as one task.

Speakers are independent, so each is one task, and the search for the same
words under different speakers is one more (:func:`align_speakers`). The
results are put together in key order, whatever finishes first, so a build
writes the same bytes with any number of workers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from quotecompare.align.credits import cross_speaker
from quotecompare.align.meaning import with_flags
from quotecompare.align.statements import SpeakerAlignment, align_speaker
from quotecompare.models import Link, Quote, Statement
from quotecompare.parallel import Task, run_tasks

# Below this many quotes a story is aligned in the build's own process: starting
# workers and sending them the quotes would cost more than it saves.
POOL_MIN_QUOTES = 2000
CREDITS = ""  # the task key of the cross-speaker search (no speaker has an empty key)


def _tasks(quotes: list[Quote], source_order: list[str], slugs: dict[str, str], all_links: bool) -> dict[str, Task]:
    """Task key -> (function, arguments, size)."""
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        if q.speaker_key:
            by_speaker[q.speaker_key].append(q)
    tasks: dict[str, Task] = {
        key: (align_speaker, (group, source_order, slugs[key], all_links), len(group))
        for key, group in by_speaker.items()
    }
    tasks[CREDITS] = (cross_speaker, (quotes, all_links), len(quotes) // 4)
    return tasks


def align_speakers(
    quotes: list[Quote],
    source_order: list[str],
    slugs: dict[str, str],
    all_links: bool = False,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Statement], list[Link]]:
    """Every speaker's statements and links (by speaker key), then the links between speakers."""
    tasks = _tasks(quotes, source_order, slugs, all_links)
    # Quotes of one source have nothing to link (align_speaker, cross_candidates): no process for them.
    here = {key for key, (_, args, _) in tasks.items() if len({q.source for q in args[0]}) < 2}
    pooled = {key: task for key, task in tasks.items() if key not in here}
    results: dict[str, Any] = {}
    if workers > 1 and len(quotes) >= POOL_MIN_QUOTES and len(pooled) > 2:
        results = run_tasks(pooled, workers, (lambda done, _: progress(done, len(tasks))) if progress else None)
    for key in sorted(tasks.keys() - results.keys()):
        fn, args, _ = tasks[key]
        results[key] = fn(*args)
        if progress:
            progress(len(results), len(tasks))
    statements: list[Statement] = []
    links: list[Link] = []
    for key in sorted(k for k in tasks if k != CREDITS):
        aligned: SpeakerAlignment = results[key]
        statements += aligned.statements
        links += aligned.links
    # A speaker's links were flagged in its task; the links between speakers are flagged here.
    return statements, links + with_flags(results[CREDITS], quotes)
