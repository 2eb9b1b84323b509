"""Command line: ``quote-compare [--sources DIR] [--out DIR]``, or ``--stories DIR`` for an archive."""

from __future__ import annotations

import argparse
import atexit
import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from quotecompare.config import Config, default_base_url, default_templates
from quotecompare.errors import InputError
from quotecompare.parallel import cores
from quotecompare.pipeline import BuildResult, build
from quotecompare.progress import MODES, Reporter, reporter
from quotecompare.site.tally import summary_line, tally
from quotecompare.site.writers import check_apart

T = TypeVar("T")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="quote-compare",
        description="Compare how several articles quote the same people; write a static site.",
    )
    p.add_argument("--sources", type=Path, default=None, help="folder of articles (default: seeds)")
    p.add_argument("--stories", type=Path, default=None, help="folder of stories, one sub-folder each: an archive site")
    p.add_argument("--out", type=Path, default=Path("site"), help="output folder (default: site)")
    p.add_argument("--templates", type=Path, default=default_templates(), help=argparse.SUPPRESS)
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes reading, aligning and rendering a large story (default: every core; 1: none)",
    )
    p.add_argument(
        "--all-links",
        action="store_true",
        help="list every pairwise link in quotes.json, also for statements of more than 8 quotes",
    )
    p.add_argument(
        "--follow-links",
        action="store_true",
        help="read symbolic links that lead out of the sources (or stories) folder; by default they are skipped",
    )
    p.add_argument(
        "--base-url",
        default=default_base_url(),
        help="where the site will be served, e.g. /repo/ (only 404.html needs it; default: $QUOTECOMPARE_BASE_URL)",
    )
    a = p.add_argument_group("archives (--stories)")
    a.add_argument("--engine", choices=("local", "dask"), default="local", help="local process pool, or Dask")
    a.add_argument(
        "--scheduler", metavar="ADDRESS", help="a Dask scheduler, e.g. tcp://host:8786 (default: a local cluster)"
    )
    a.add_argument(
        "--jobs", type=int, default=None, help="processes for the local engine or local cluster (default: all cores)"
    )
    a.add_argument(
        "--cache", type=Path, default=None, help="cache of built stories (default: .quote-compare-cache beside --out)"
    )
    p.add_argument(
        "--progress",
        choices=MODES,
        default="auto",
        help="bars (on a terminal), plain lines (for logs: each stage with its counts and seconds) or none; "
        "default auto: bars on a terminal, else a line for each stage that takes a second or more",
    )
    g = p.add_mutually_exclusive_group()
    g.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    g.add_argument("-v", "--verbose", action="store_true", help="also print the time of each stage")
    args = p.parse_args(argv)
    if args.stories is not None and args.sources is not None:
        p.error("--sources (one story) and --stories (an archive) cannot be used together")
    if args.stories is None and (args.engine != "local" or args.scheduler or args.jobs or args.cache):
        p.error("--engine, --scheduler, --jobs and --cache are for archives (--stories)")
    if args.scheduler and args.engine != "dask":
        p.error("--scheduler needs --engine dask")
    if args.sources is None:
        args.sources = Path("seeds")
    return args


def reported(
    make: Callable[[Reporter | None], T],
    out: Path,
    quiet: bool,
    errors: tuple[type[Exception], ...] = (InputError,),
    mode: str = "auto",
) -> T | None:
    """Run a build with its progress shown (``mode``, see :func:`~quotecompare.progress.reporter`; none when
    ``quiet``); a failure is one line, and None.

    Any file-system failure not already named by an InputError is still one line naming a file, no traceback.
    """
    shown = None if quiet else reporter(mode, sys.stderr)
    try:
        return make(shown)
    except errors as exc:
        print(f"error: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"error: {InputError.from_os_error(exc, out)}", file=sys.stderr)
    finally:
        if shown:
            shown.close()
    return None


def _build_story(config: Config, shown: Reporter | None) -> BuildResult:
    check_apart(config.sources, config.out)
    return build(config, shown) if shown else build(config)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.stories is not None:
        return _archive(args)
    config = Config(
        sources=args.sources,
        out=args.out,
        templates=args.templates,
        workers=max(1, args.workers) if args.workers is not None else cores(),
        all_links=args.all_links,
        base_url=args.base_url,
        follow_links=args.follow_links,
    )
    result = reported(lambda shown: _build_story(config, shown), config.out, args.quiet, mode=args.progress)
    if result is None:
        return 1
    if not args.quiet:
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(f"Built {config.out}: {summary_line(tally(result.story), result.pages)}")
    if args.verbose:
        _print_timings(result.timings, 8)
    return 0


def _print_timings(timings: dict[str, float], width: int) -> None:
    """``-v``: each stage's time and share of the whole, one line each."""
    total = sum(timings.values())
    for stage, seconds in timings.items():
        print(f"  {stage:{width}} {seconds * 1000:8.1f} ms  {100 * seconds / total if total else 0:5.1f}%")


def _names(slugs: list[str], limit: int = 8) -> str:
    shown = ", ".join(slugs[:limit])
    return shown + (f" and {len(slugs) - limit} more" if len(slugs) > limit else "")


def _archive(args: argparse.Namespace) -> int:
    """``quote-compare --stories DIR``: build, report in a few lines, exit status 1 if any story failed."""
    # Imported only for archives: a story's start-up stays as it was.
    from quotecompare.archive.build import ArchiveConfig, build_archive
    from quotecompare.archive.engines import EngineError

    config = ArchiveConfig(
        stories=args.stories,
        out=args.out,
        templates=args.templates,
        cache=args.cache,
        engine=args.engine,
        jobs=args.jobs,
        scheduler=args.scheduler,
        base_url=args.base_url,
        follow_links=args.follow_links,
    )
    result = reported(
        lambda shown: build_archive(config, shown) if shown else build_archive(config),
        config.out,
        args.quiet,
        (InputError, EngineError),
        args.progress,
    )
    if result is None:
        return 1
    if not args.quiet:
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    for line in result.failed:
        print(f"error: {line}", file=sys.stderr)
    reused = len(result.from_site) + len(result.from_cache)
    if not args.quiet:
        if reused:
            print(
                f"Reused {reused} of {result.stories} stories, inputs unchanged "
                f"({len(result.from_site)} from the previous site, {len(result.from_cache)} from the cache)"
            )
        if result.built:
            print(
                f"Built {len(result.built)} {'story' if len(result.built) == 1 else 'stories'}: {_names(result.built)}"
            )
    if result.failed:
        kept = f"{config.out} is unchanged" if config.out.exists() else f"nothing was written to {config.out}"
        print(
            f"error: {len(result.failed)} of {result.stories} stories failed; {kept} "
            "(the other stories are cached for the next build)",
            file=sys.stderr,
        )
        return 1
    if not args.quiet and result.archive is not None:
        a = result.archive
        print(
            f"Built {config.out}: {len(a.stories)} stories, {sum(s.sources for s in a.stories)} articles, "
            f"{sum(s.quotes for s in a.stories)} quotes, {len(a.speakers)} speakers across stories, "
            f"{len(a.outlets)} outlets, {result.pages} archive pages"
        )
    if args.verbose:
        _print_timings(result.timings, 12)
    return 0


def run() -> None:
    """The program (``build.py``, ``quote-compare``): :func:`main`, then exit with its status.

    Everything alive at the end is the process's to drop: the kernel frees it
    at once, while the interpreter's last collection walks all of it first
    (after a small build, longer than the build's own stages took). Freezing
    from an atexit handler skips that walk; atexit handlers, stream flushing
    and ``weakref.finalize`` still run. Only here, never when ``main`` is
    called as a library function.
    """
    atexit.register(gc.freeze)
    sys.exit(main())


if __name__ == "__main__":
    run()
