"""Where an archive's stories are built: a process pool here, or a Dask cluster.

Stories are independent tasks; :func:`run` maps a picklable, top-level
function over them and yields each result as it completes (the caller puts
them in order, so both engines give the same bytes):

* ``local`` (the default): :class:`concurrent.futures.ProcessPoolExecutor`
  with ``jobs`` processes (all cores by default). One task, or ``jobs=1``, runs
  in this process.
* ``dask``: ``dask.distributed``. With a scheduler address (``tcp://host:8786``)
  the build is a client of that cluster, whose workers must be able to read the
  story folders (the same paths, e.g. a shared file system); without one, a
  :class:`~distributed.LocalCluster` of ``jobs`` single-threaded worker
  processes is started for this build and closed after it. Dask is imported
  only here, and only when asked for.

>>> sorted(run(abs, [-2, 1, -3], engine="local", jobs=1))
[1, 2, 3]
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

ENGINES = ("local", "dask")
CONNECT_TIMEOUT = "10s"  # how long to keep trying a --scheduler address


class EngineError(Exception):
    """The engine could not be started or reached (one line for the user)."""


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def run(
    fn: Callable[[T], R],
    tasks: Sequence[T],
    engine: str = "local",
    jobs: int | None = None,
    scheduler: str | None = None,
) -> Iterator[R]:
    """``fn`` over ``tasks`` on ``engine``; results in completion order."""
    jobs = jobs or default_jobs()
    if engine == "dask":
        return _dask(fn, tasks, jobs, scheduler)
    if engine != "local":
        raise EngineError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    return _local(fn, tasks, jobs)


def _local(fn: Callable[[T], R], tasks: Sequence[T], jobs: int) -> Iterator[R]:
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield fn(task)
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    # Workers start afresh ("spawn") with this process's sys.path. Not "fork": the
    # parent may hold threads (a progress bar's). Not a preloading fork server:
    # Python 3.11's imports its preloads from the current directory's sys.path.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context) as pool:
        futures = [pool.submit(fn, task) for task in tasks]
        try:
            for future in as_completed(futures):
                yield future.result()
        except BrokenProcessPool:
            raise EngineError("a worker process died (out of memory?); nothing was written") from None
        finally:
            for future in futures:
                future.cancel()


def _each(fn: Callable[[T], R], batch: list[T]) -> list[R]:
    """One Dask task: ``fn`` over a batch of tasks."""
    return [fn(task) for task in batch]


def _dask(fn: Callable[[T], R], tasks: Sequence[T], jobs: int, scheduler: str | None) -> Iterator[R]:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise EngineError("--engine dask needs dask.distributed: pip install 'dask[distributed]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        else:
            cluster = LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {exc}") from None
    from distributed import KilledWorker

    try:
        # Dask's guidance is tasks of 100 ms or more, longer than a small story takes, so stories
        # go in batches: four or more batches a worker thread, at most 16 stories a batch.
        threads = sum(client.nthreads().values()) or jobs
        size = max(1, min(16, len(tasks) // (4 * threads)))
        batches = [list(tasks[i : i + size]) for i in range(0, len(tasks), size)]
        futures = client.map(functools.partial(_each, fn), batches, pure=False)
        for _, results in as_completed(futures, with_results=True):
            yield from results
    except (KilledWorker, OSError) as exc:
        raise EngineError(f"the Dask cluster failed: {type(exc).__name__}: {exc}; nothing was written") from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
