"""Many versions of every statement, beside the worst case and the floor. ``python benchmarks/versions.py``.

Builds stories from ``generate_versions.py`` (every quote its outlet's own
version of a statement) of 500, 5,000 and 50,000 articles, each as a fresh
``python build.py`` process into a fresh output folder, alternating with the
floor pipeline (``floor.py``) on the same articles and with the worst case
(``generate.py --shared``: every outlet quotes one pool of statements, in few
distinct versions) of the same size; then one article of 2 MB and one of
20 MB (``generate_versions.py --long``). For each run: wall time, peak memory
(the largest PSS summed over the build and its workers, as ``worst.py``
measures it) and the machine's load average when it started: the machine is
shared, so each size runs ``--reps`` times (once at 50,000 articles) and the
median run is reported; each run first waits (up to 90 s) for the load average
to fall below 1.5, which the runs before it keep up. Then the growth from size
to size and the targets of issue 17. With ``--docs`` the tables go into docs/performance.md (section
"Many versions"), between markers, as measured. Put ``--work`` on a RAM disk
(``/dev/shm``) to keep this machine's bursts of slow file creation out of it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_shared  # noqa: E402
from generate_versions import generate_long, generate_versions  # noqa: E402
from run import machine, update_docs  # noqa: E402
from worst import GIB, Measured, counts, measure  # noqa: E402

DOCS_START = "<!-- many-versions:start -->"
DOCS_END = "<!-- many-versions:end -->"
README = ROOT / "README.md"
SUMMARY_START = "<!-- performance-summary:start -->"
SUMMARY_END = "<!-- performance-summary:end -->"
LONG_MB = (2.0, 20.0)
# Issue 17's targets: seconds and GiB for a number of articles, or for one article of so many MB.
TARGETS = {5000: (30, 1), 50000: (600, 4), "20 MB": (20, 1)}
GROWTH_MAX = 12  # 500 -> 5,000 articles


class Runs(NamedTuple):
    runs: list[Measured]

    @property
    def median(self) -> Measured:
        return sorted(self.runs, key=lambda r: r.wall)[len(self.runs) // 2]

    def walls(self) -> str:
        return ", ".join(f"{r.wall:.1f}" for r in sorted(self.runs, key=lambda r: r.wall))


class Size(NamedTuple):
    build: Runs
    floor: Runs
    worst: Runs
    counts: dict[str, int]


def _corpus(folder: Path, make: Callable[[Path], None]) -> Path:
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        make(folder)
        (folder / ".complete").write_text("")
    return folder


def _build(sources: Path, out: Path) -> list[str]:
    return [sys.executable, "build.py", "--sources", str(sources), "--out", str(out), "--quiet"]


QUIET_LOAD = 1.5  # a run waits (up to QUIET_WAIT seconds) for the 1-minute load average to fall below this
QUIET_WAIT = 90.0


def _measured(cmd: list[str]) -> Measured:
    """:func:`worst.measure`, once the machine is quiet: the runs before it (two workers each) keep the load
    average up for a minute after them, and other work on the 2 cores slows a run."""
    start = time.monotonic()
    while os.getloadavg()[0] >= QUIET_LOAD and time.monotonic() - start < QUIET_WAIT:
        time.sleep(5)
    return measure(cmd)


def run_size(n: int, work: Path, reps: int) -> Size:
    """Build, floor and worst case, alternating, ``reps`` times each."""
    versions = _corpus(work / f"versions-{n}", lambda f: generate_versions(n, f))
    shared = _corpus(work / f"shared-{n}", lambda f: generate_shared(n, f))
    builds, floors, worsts = [], [], []
    found: dict[str, int] = {}
    for _ in range(reps):
        out = work / f"out-{n}"
        for runs, cmd in (
            (builds, _build(versions, out)),
            (floors, [sys.executable, "benchmarks/floor.py", str(versions), str(out)]),
            (worsts, _build(shared, out)),
        ):
            shutil.rmtree(out, ignore_errors=True)
            runs.append(_measured(cmd))
            if runs is builds:
                found = counts(out)
        shutil.rmtree(out, ignore_errors=True)
    return Size(Runs(builds), Runs(floors), Runs(worsts), found)


def run_long(mb: float, work: Path, reps: int) -> tuple[Runs, dict[str, int]]:
    folder = _corpus(work / f"long-{mb:g}", lambda f: generate_long(mb, f))
    out = work / f"out-long-{mb:g}"
    runs = []
    for _ in range(reps):
        shutil.rmtree(out, ignore_errors=True)
        runs.append(_measured(_build(folder, out)))
    found = counts(out)
    shutil.rmtree(out, ignore_errors=True)
    return Runs(runs), found


def tables(sizes: dict[int, Size], long: dict[float, tuple[Runs, dict[str, int]]]) -> str:
    lines = [
        f"Measured by `python benchmarks/versions.py` on {machine()}; each figure the median of the runs whose "
        "wall times are listed (the machine is shared: load is its 1-minute load average as that run started, "
        "above 2 other work was running).",
        "",
        "| articles | build | all runs | peak memory | load | floor | floor memory | build / floor "
        "| worst case | worst case memory | quotes | statements (largest) | links |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for n, s in sizes.items():
        b, f, w = s.build.median, s.floor.median, s.worst.median
        c = s.counts
        lines.append(
            f"| {n:,} | {b.wall:.1f} s | {s.build.walls()} | {b.peak_mib:,.0f} MiB | {b.load:.1f} | {f.wall:.1f} s "
            f"| {f.peak_mib:,.0f} MiB | {b.wall / f.wall:.1f}x | {w.wall:.1f} s | {w.peak_mib:,.0f} MiB "
            f"| {c['quotes']:,} | {c['statements']:,} ({c['largest']:,}) | {c['links']:,} |"
        )
    ns = sorted(sizes)
    growth = [
        f"{a:,} -> {b:,} articles: build {sizes[b].build.median.wall / sizes[a].build.median.wall:.1f}x, "
        f"floor {sizes[b].floor.median.wall / sizes[a].floor.median.wall:.1f}x, "
        f"worst case {sizes[b].worst.median.wall / sizes[a].worst.median.wall:.1f}x"
        for a, b in pairwise(ns)
    ]
    if growth:
        lines += ["", "Growth: " + "; ".join(growth) + "."]
    if long:
        lines += [
            "",
            "| one article | build | all runs | peak memory | load | quotes | statements |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for mb, (runs, c) in long.items():
            m = runs.median
            lines.append(
                f"| {mb:g} MB | {m.wall:.1f} s | {runs.walls()} | {m.peak_mib:,.0f} MiB | {m.load:.1f} "
                f"| {c['quotes']:,} | {c['statements']:,} |"
            )
    return "\n".join(lines)


def targets(sizes: dict[int, Size], long: dict[float, tuple[Runs, dict[str, int]]]) -> list[str]:
    out = []

    def check(ok: bool, text: str) -> None:
        out.append(f"{'PASS' if ok else 'FAIL'}: {text}")

    measured = {n: sizes[n].build.median for n in sizes} | {f"{mb:g} MB": runs.median for mb, (runs, _) in long.items()}
    for what, (seconds, gib) in TARGETS.items():
        if what in measured:
            m, name = measured[what], f"{what:,} articles" if isinstance(what, int) else f"one {what} article"
            check(m.wall <= seconds, f"{name} in {m.wall:.1f} s (target <= {seconds} s; load {m.load:.1f})")
            check(m.peak_mib <= gib * GIB, f"{name} peak {m.peak_mib:,.0f} MiB (target <= {gib} GiB)")
    if 500 in sizes and 5000 in sizes:
        growth = sizes[5000].build.median.wall / sizes[500].build.median.wall
        check(growth <= GROWTH_MAX, f"growth 500 -> 5,000 articles {growth:.1f}x (target <= {GROWTH_MAX}x)")
    return out


def summary(table: str) -> str:
    """The README's short table, read from the tables :func:`tables` wrote (so it says what they say)."""
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in table.splitlines() if line.startswith("| ")]
    found = {r[0]: r for r in rows if r[0] not in {"articles", "one article"}}
    growth = re.search(r"500 -> 5,000 articles: build ([\d.]+)x", table)
    lines = [
        "| many-versions story | build | peak memory | load | target |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for what in ("500", "5,000", "50,000", "2 MB", "20 MB"):
        if what not in found:
            continue
        key: int | str = int(what.replace(",", "")) if "MB" not in what else what
        target = ""
        if key in TARGETS:
            seconds, gib = TARGETS[key]
            target = f"≤ {seconds // 60} min" if seconds >= 120 else f"≤ {seconds} s"
            target += f", ≤ {gib} GiB"
        if key == 5000 and growth:
            target += f"; {growth.group(1)}x the time of 500 (≤ {GROWTH_MAX}x)"
        name = f"{what} articles" if "MB" not in what else f"one {what} article"
        build, memory, load = found[what][1], found[what][3], found[what][4]
        lines.append(f"| {name} | {build} | {memory} | {load} | {target} |")
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="*", default=[500, 5000, 50000])
    p.add_argument(
        "--long", type=float, nargs="*", default=list(LONG_MB), help="megabytes of one article (default 2 20)"
    )
    p.add_argument("--reps", type=int, default=3, help="runs of each below 50,000 articles (the median is reported)")
    p.add_argument("--work", type=Path, help="folder for generated stories (default: a temporary one)")
    p.add_argument("--docs", action="store_true", help="write the tables into docs/performance.md")
    args = p.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="qc-versions-"))
    work.mkdir(parents=True, exist_ok=True)
    sizes: dict[int, Size] = {}
    for n in sorted(args.sizes):
        sizes[n] = run_size(n, work, args.reps if n < 50000 else 1)
        b = sizes[n].build.median
        print(f"{n} articles: build {b.wall:.1f} s ({sizes[n].build.walls()}), load {b.load:.1f}", file=sys.stderr)
    long: dict[float, tuple[Runs, dict[str, int]]] = {}
    for mb in args.long:
        long[mb] = run_long(mb, work, args.reps)
        m = long[mb][0].median
        print(f"one {mb:g} MB article: {m.wall:.1f} s ({long[mb][0].walls()}), load {m.load:.1f}", file=sys.stderr)
    text = tables(sizes, long)
    print(text)
    print()
    for line in targets(sizes, long):
        print(line)
    loads = [r.load for s in sizes.values() for r in (*s.build.runs, *s.floor.runs, *s.worst.runs)]
    if loads:
        print(f"info: load average {min(loads):.1f} to {max(loads):.1f} as the runs started")
    if args.docs:
        update_docs(text, DOCS_START, DOCS_END)
        update_docs(summary(text), SUMMARY_START, SUMMARY_END, README)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
