"""Work spread over processes, when a story is big enough to gain from it.

* :func:`run_tasks`: independent keyed tasks (stage 4 aligns one speaker per
  task), each in a process of its own; the largest go first, so the longest
  task does not start last.
* :func:`ordered_map`: ``fn(state, i)`` for every item of a list (articles to
  read, to render), in chunks, results in order.

Results are always put together in the same order, whatever finishes first,
so a build writes the same bytes with any number of workers. Workers are
forked where the system can (they start at once, with the modules already
imported and the state already in memory), else spawned. A small story
neither starts a pool nor imports one.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextmanager
def _executor(
    workers: int, initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()
) -> Iterator[Any]:
    import gc
    from concurrent.futures import ProcessPoolExecutor

    context = _context()
    # What exists now stays out of the workers' garbage collections, which would
    # otherwise touch (and so copy) every page of memory they inherit. Objects
    # frozen by the caller (see :func:`settled`) stay frozen for the caller to release.
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=initializer, initargs=initargs) as pool:
            yield pool
    finally:
        if not frozen_before:
            gc.unfreeze()


@contextmanager
def settled() -> Iterator[Callable[[], None]]:
    """Within the block, ``settle()`` puts everything alive so far out of reach of the garbage collector.

    A build keeps what each stage made (sources, quotes, the story) to the
    end; without this, each full collection walks all of it again, and a
    large story spends a third of its time there. The youngest generation is
    collected every 50,000 allocations rather than 700: a build makes
    millions of small tuples (word tokens), and few cycles. All as it was
    when the block ends, so a caller that builds again collects as usual.
    """
    import gc

    threshold = gc.get_threshold()
    gc.set_threshold(50_000, *threshold[1:])
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


Task = tuple[Callable[..., Any], tuple[Any, ...], int]
"""A task: its function, its arguments, and its size (the largest start first)."""


def run_tasks(
    tasks: dict[str, Task],
    workers: int,
    progress: Callable[[int, int], None] | None,
) -> dict[str, Any]:
    """Every task's result by key, each computed in a process forked for it alone, ``workers`` at a time.

    A process per task, largest first: a worker that went through several big
    tasks held a copy of every page of the build's memory those touched, and
    what each task left behind (at 50,000 articles, 1.7 GB a worker).
    """
    import gc
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    import numpy  # noqa: F401 (cdist's, imported once here rather than once in every worker)

    results: dict[str, Any] = {}
    waiting = deque(sorted(tasks, key=lambda key: (-tasks[key][2], key)))
    running: dict[Future[Any], tuple[str, ProcessPoolExecutor]] = {}
    frozen_before = gc.get_freeze_count()
    gc.freeze()  # see _executor
    try:
        while waiting or running:
            while waiting and len(running) < workers:
                key = waiting.popleft()
                # The task reaches its process with the fork (only its key goes through the pipe; the result comes back).
                pool = ProcessPoolExecutor(
                    1, mp_context=_context(), initializer=_set_state, initargs=(_run_task, tasks)
                )
                running[pool.submit(_run_key, key)] = (key, pool)
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: running[f][0]):
                key, pool = running.pop(future)
                results[key] = future.result()
                pool.shutdown()
                if progress:
                    progress(len(results), len(tasks))
    finally:
        for _, pool in running.values():
            pool.shutdown(cancel_futures=True)
        if not frozen_before:
            gc.unfreeze()
    return results


def _context() -> Any:
    import multiprocessing

    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


S = TypeVar("S")
R = TypeVar("R")
_state: tuple[Callable[[Any, Any], Any], Any] | None = None  # a worker's function and state, set once


def _set_state(fn: Callable[[Any, Any], Any], state: Any) -> None:
    global _state
    _state = (fn, state)


def _run_task(tasks: dict[str, Task], key: str) -> Any:
    fn, args, _ = tasks[key]
    return fn(*args)


def _run_key(key: str) -> Any:
    assert _state is not None
    fn, state = _state
    return fn(state, key)


def _run_range(start: int, stop: int) -> list[Any]:
    assert _state is not None
    fn, state = _state
    return [fn(state, i) for i in range(start, stop)]


def pooled(n: int, workers: int, chunk: int = 64) -> bool:
    """Whether :func:`ordered_map` runs ``n`` items in worker processes: at least four chunks, and workers."""
    return workers > 1 and n >= 4 * chunk


def ordered_map(
    fn: Callable[[S, int], R],
    state: S,
    n: int,
    workers: int = 1,
    chunk: int = 64,
    meanwhile: Iterable[R] = (),
    alone: int = 0,
    pool: bool | None = None,
    in_order: bool = True,
    renew: int = 0,
    weights: Sequence[int] = (),
    per_round: int = 0,
    before_round: Callable[[list[tuple[int, int]]], None] | None = None,
) -> Iterator[R]:
    """``fn(state, i)`` for ``i`` in ``range(n)``, in order: in ``workers`` processes when there are many items.

    ``state`` reaches each worker once (inherited when forked), never per item,
    and at most two chunks per worker are in flight, so results that are not
    yet consumed do not pile up. ``meanwhile`` is made in this process while
    the workers work: yielded first, or with ``in_order`` false, an item
    whenever no result is back. The first ``alone`` items
    are big ones (a speaker page of thousands of rows): each is a chunk of its
    own. ``pool`` overrides the choice of :func:`pooled` (a few items, but big
    ones). With ``in_order`` false, chunks come as they are done: a slow one
    holds up neither the others nor the workers (each result is still whole,
    and the caller must not need the order, as files of a site do not).

    With ``renew``, fresh workers are forked after every ``renew`` chunks per
    worker (and after every big item each): a forked worker shares the
    build's memory until it touches an object, and then has a copy of its
    page, so workers that went through a whole story would each end up with a
    copy of it. ``weights`` (of the ``alone`` items) and ``per_round`` let a worker take several
    big items before it is renewed: as many as reach ``per_round`` of weight, at least one.
    ``before_round(ranges)`` is called here before the workers of each round (of item ranges
    ``[start, stop)``) are forked: what they need can be made here late, while earlier rounds run.
    """
    if not (pooled(n, workers, chunk) if pool is None else pool and workers > 1 and n > 0):
        yield from meanwhile
        for i in range(n):
            yield fn(state, i)
        return
    alone = min(alone, n)
    ranges = [(a, a + 1) for a in range(alone)] + [(a, min(a + chunk, n)) for a in range(alone, n, chunk)]
    rounds, host = [ranges], 0
    if renew:
        big, small = ranges[:alone], ranges[alone:]
        rounds = _rounds(big, weights, workers, per_round)
        host = len(rounds) if small else 0  # ``meanwhile`` beside the first round of chunks: the longest
        rounds += [small[k : k + renew * workers] for k in range(0, len(small), renew * workers)]
    mine = iter(meanwhile)
    for k, part in enumerate(rounds):
        if before_round is not None:
            before_round(part)
        yield from _map_round(part, workers, (fn, state), mine if k >= host else iter(()), in_order)
    yield from mine


def _rounds(
    big: list[tuple[int, int]], weights: Sequence[int], workers: int, per_round: int
) -> list[list[tuple[int, int]]]:
    """The big items in rounds: one per worker, or with ``weights``, as many as reach ``per_round`` each."""
    if not weights:
        return [big[k : k + workers] for k in range(0, len(big), workers)]
    rounds: list[list[tuple[int, int]]] = []
    held = 0
    for r in big:
        if not rounds or (len(rounds[-1]) >= workers and held >= per_round * workers):
            rounds.append([])
            held = 0
        rounds[-1].append(r)
        held += weights[r[0]]
    return rounds


_NONE = object()


def _map_round(
    ranges: list[tuple[int, int]], workers: int, state: tuple[Any, Any], meanwhile: Iterator[Any], in_order: bool
) -> Iterator[Any]:
    """The chunks ``ranges`` in one pool of ``workers`` processes (see :func:`ordered_map`)."""
    from concurrent.futures import FIRST_COMPLETED, wait

    left = iter(ranges)
    with _executor(min(workers, len(ranges)), _set_state, state) as executor:
        pending = deque(executor.submit(_run_range, *r) for _, r in zip(range(2 * workers), left, strict=False))
        if in_order:
            yield from meanwhile
        while pending:
            if in_order:
                done = pending.popleft()
            else:
                if not any(f.done() for f in pending):
                    # Nothing back yet: make something here (the rest of it waits for the next round).
                    item = next(meanwhile, _NONE)
                    if item is not _NONE:
                        yield item
                        continue
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                done = next(f for f in pending if f in finished)  # of those done, the first sent
                pending.remove(done)
            nxt = next(left, None)
            if nxt:
                pending.append(executor.submit(_run_range, *nxt))
            yield from done.result()
