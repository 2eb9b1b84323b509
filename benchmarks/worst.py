"""The worst case: every outlet quotes one shared pool of statements. ``python benchmarks/worst.py``.

Builds stories from ``generate.py --shared`` of 500, 5,000 and 50,000 articles,
each as a fresh ``python build.py`` process into a fresh output folder, and,
alternating with it in the same run, the floor pipeline (``benchmarks/floor.py``)
on the same articles, and the floor as first measured, which read Markdown files
as plain text (``--markdown-as-text``). Put ``--work`` on a RAM disk
(``/dev/shm``) to keep this machine's bursts of slow file creation out of all
three. For each: wall time and peak memory, the largest
proportional set size (PSS) summed over the build and its worker processes,
sampled every 50 ms, or less often for a big build so that reading it takes
at most a tenth of a core (shared pages counted once), and the load average of the
machine before the run (other work on the cores slows both). Then the ratio to
the floor, the growth from 500 to 5,000 articles, and the targets of issue 10.
With ``--docs`` the table goes into docs/performance.md (section "The worst case").
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_shared  # noqa: E402
from run import machine, update_docs  # noqa: E402

DOCS_START = "<!-- worst-case:start -->"
DOCS_END = "<!-- worst-case:end -->"
GIB = 1024


@dataclass
class Measured:
    wall: float
    peak_mib: float  # largest PSS summed over the process tree
    load: float  # 1-minute load average when the run started
    stdout: str


def _tree(pid: int) -> list[int]:
    out = [pid]
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            for child in Path(f"/proc/{pid}/task/{tid}/children").read_text().split():
                out += _tree(int(child))
    except OSError:
        pass
    return out


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(cmd: list[str]) -> Measured:
    """Run ``cmd`` from the project folder; wall time and the peak PSS of its process tree."""
    load = os.getloadavg()[0]
    with tempfile.TemporaryFile() as out:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, env={**os.environ, "CI": "1"})
        peak = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            sampled = time.perf_counter()
            peak = max(peak, sum(_pss_kib(p) for p in _tree(proc.pid)))
            # Reading a process's PSS walks its page tables: 90 ms for one of 2 GB. Every 50 ms, that took a
            # core of this 2-core machine from the build it measures; the sampling keeps to a tenth of one.
            time.sleep(max(0.05, 9 * (time.perf_counter() - sampled)))
        wall = time.perf_counter() - t
        out.seek(0)
        stdout = out.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: {' '.join(cmd)}")
    # A run too short to sample is at least as large as its own largest resident size. Only then: Linux keeps
    # the largest size across fork and exec, so a child of this (grown) process reports this one's size.
    return Measured(wall, (peak or usage.ru_maxrss) / 1024, load, stdout)


def story(n: int, work: Path) -> Path:
    folder = work / f"shared-{n}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate_shared(n, folder)
        (folder / ".complete").write_text("")
    return folder


def counts(site: Path) -> dict[str, int]:
    data = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    links = data["links"]
    return {
        "quotes": len(data["quotes"]),
        "statements": len(data["statements"]),
        "largest": max((len(st["quotes"]) for st in data["statements"]), default=0),
        "links": len(links),
        "differing": sum(1 for lk in links if not lk["same_speaker"]),
    }


class Result(NamedTuple):
    floor: Measured
    build: Measured
    counts: dict[str, int]
    lean: Measured  # the floor reading Markdown files as plain text, as first measured


def run_size(n: int, work: Path, reps: int) -> Result:
    """Floor, build and the lean floor, alternating, ``reps`` times each; the runs with the median wall time."""
    folder = story(n, work)
    floors: list[tuple[Measured, Path]] = []
    builds: list[tuple[Measured, Path]] = []
    leans: list[tuple[Measured, Path]] = []
    floor_cmd = [sys.executable, "benchmarks/floor.py", str(folder)]
    for rep in range(reps):
        for name, runs, cmd, tail in (
            ("floor", floors, floor_cmd, []),
            ("build", builds, [sys.executable, "build.py", "--sources", str(folder), "--quiet", "--out"], []),
            ("lean", leans, floor_cmd, ["--markdown-as-text"]),
        ):
            out = work / f"out-{n}-{name}-{rep}"
            shutil.rmtree(out, ignore_errors=True)
            runs.append((measure([*cmd, str(out), *tail]), out))

    def median(runs: list[tuple[Measured, Path]]) -> tuple[Measured, Path]:
        return sorted(runs, key=lambda r: r[0].wall)[len(runs) // 2]

    build = median(builds)
    found = counts(build[1])
    for _, out in floors + builds + leans:
        shutil.rmtree(out, ignore_errors=True)
    return Result(median(floors)[0], build[0], found, median(leans)[0])


def table(results: dict[int, Result]) -> str:
    lines = [
        f"Measured by `python benchmarks/worst.py` on {machine()}.",
        "",
        "| articles | build | peak memory | floor | floor memory | build / floor | floor, Markdown as text "
        "| build / that | load | quotes | statements (largest) | links | same words, other speaker |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for n, (floor, build, c, lean) in results.items():
        lines.append(
            f"| {n:,} | {build.wall:.1f} s | {build.peak_mib:,.0f} MiB | {floor.wall:.1f} s | {floor.peak_mib:,.0f} MiB "
            f"| {build.wall / floor.wall:.1f}x | {lean.wall:.1f} s | {build.wall / lean.wall:.1f}x | {build.load:.1f} "
            f"| {c['quotes']:,} | {c['statements']:,} ({c['largest']:,}) | {c['links']:,} | {c['differing']:,} |"
        )
    lines += [
        "",
        "Peak memory is the largest PSS summed over the build and its workers. Load is the machine's "
        "1-minute load average as the build started (2 cores: above 2, other work was running).",
    ]
    return "\n".join(lines)


def targets(results: dict[int, Result]) -> list[str]:
    out = []

    def check(ok: bool, text: str) -> None:
        out.append(f"{'PASS' if ok else 'FAIL'}: {text}")

    for n, seconds, gib in ((5000, 30, 1), (50000, 600, 4)):
        if n in results:
            build = results[n].build
            check(build.wall <= seconds, f"{n:,} articles in {build.wall:.1f} s (target <= {seconds} s)")
            check(build.peak_mib <= gib * GIB, f"{n:,} articles peak {build.peak_mib:,.0f} MiB (target <= {gib} GiB)")
    if 500 in results and 5000 in results:
        growth = results[5000].build.wall / results[500].build.wall
        check(growth <= 12, f"growth 500 -> 5,000 articles {growth:.1f}x (target <= 12x)")
    if 5000 in results:
        floor, build, c, lean = results[5000]
        check(build.wall <= 5 * floor.wall, f"5,000 articles {build.wall / floor.wall:.1f}x the floor (target <= 5x)")
        print(f"info: {build.wall / lean.wall:.1f}x the floor that reads Markdown files as plain text", file=sys.stderr)
        check(c["differing"] > 0, f"same words under another speaker found at 5,000 articles: {c['differing']:,} links")
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 50000])
    p.add_argument("--reps", type=int, default=3, help="runs of floor and build below 50,000 articles (median)")
    p.add_argument("--work", type=Path, help="folder for generated stories (default: a temporary one)")
    p.add_argument("--docs", action="store_true", help="write the table into docs/performance.md")
    args = p.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="qc-worst-"))
    work.mkdir(parents=True, exist_ok=True)
    results = {}
    for n in sorted(args.sizes):
        results[n] = run_size(n, work, args.reps if n < 50000 else 1)
        floor, build = results[n].floor, results[n].build
        print(
            f"{n} articles: build {build.wall:.1f} s, floor {floor.wall:.1f} s, load {build.load:.1f}", file=sys.stderr
        )
    text = table(results)
    print(text)
    print()
    for line in targets(results):
        print(line)
    if args.docs:
        update_docs(text, DOCS_START, DOCS_END)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
