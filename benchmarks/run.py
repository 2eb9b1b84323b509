"""The Quote Compare benchmark: ``python benchmarks/run.py``.

Measures, in one run on this machine:

* the seed build (``python build.py``) against ``python -c "import jinja2, markdown,
  rapidfuzz"``, alternating, several repetitions each, median; and, for comparison,
  the same build with the interpreter's full clean-up at exit (``main()`` called
  without the ``run()`` wrapper that skips the last garbage collection);
* whole builds of synthetic stories (``benchmarks/generate.py``) of 50, 500 and
  5,000 articles: wall time, peak memory (``ru_maxrss`` of the build process)
  and each stage's share (the ``--verbose`` stage timings);

then prints a Markdown table and checks the targets of issue 4. With
``--docs`` it also writes the table into docs/performance.md (between its
``benchmark`` markers).
Every build is a fresh ``python build.py`` subprocess, as a user runs it.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402

STAGES = ("read", "extract", "align", "render", "write")
DOCS_START = "<!-- benchmark:start -->"
DOCS_END = "<!-- benchmark:end -->"
PERFORMANCE_DOC = ROOT / "docs" / "performance.md"  # where every benchmark writes its table
README = ROOT / "README.md"
SEED_RATIO_MAX = 1.5  # the seed build against the bare import of its libraries
SUMMARY_START = "<!-- startup-summary:start -->"
SUMMARY_END = "<!-- startup-summary:end -->"
IMPORT_BASELINE = "import jinja2, markdown, rapidfuzz"
# The seed build through cli.main() alone: the interpreter's full exit, as the baseline has.
FULL_EXIT = "import sys; from quotecompare.cli import main; sys.exit(main(sys.argv[1:]))"


@dataclass
class Run:
    wall: float
    peak_mib: float
    returncode: int
    stdout: str = ""
    stages: dict[str, float] = field(default_factory=dict)
    timed_out: bool = False
    cpu: float = 0.0  # user + system seconds of the process and the children it waited for


def run(cmd: list[str], cwd: Path, timeout: float | None = None) -> Run:
    """Run ``cmd``; return its wall time and its own peak RSS (``wait4``, not all children)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        env = {**os.environ, "CI": "1"}  # the plain one-line summary, no progress bars
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, env=env)
        timed_out = False
        deadline = None if timeout is None else t + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline and time.perf_counter() > deadline:
                proc.kill()
                timed_out = True
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        wall = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        if proc.returncode and not timed_out:
            sys.stderr.write(err.read().decode("utf-8", "replace"))
    stages = {m.group(1): float(m.group(2)) / 1000 for m in re.finditer(r"^\s+(\w+)\s+([\d.]+) ms", stdout, re.M)}
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall, usage.ru_maxrss / 1024, proc.returncode, stdout, stages, timed_out, cpu)


def seed_vs_import(reps: int, work: Path) -> tuple[list[float], list[float], list[float]]:
    """Wall times of the seed build, the import baseline and the full-exit seed build, alternating."""
    seed, base, full = [], [], []
    out = work / "seed-site"
    for _ in range(reps):
        seed.append(run([sys.executable, "build.py", "--out", str(out)], ROOT).wall)
        base.append(run([sys.executable, "-c", IMPORT_BASELINE], ROOT).wall)
        full.append(run([sys.executable, "-c", FULL_EXIT, "--out", str(out)], ROOT).wall)
    return seed, base, full


def story(n: int, work: Path) -> Path:
    folder = work / f"story-{n}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(n, folder)
        marker.write_text("")
    return folder


def build_story(n: int, work: Path, reps: int, timeout: float) -> tuple[Run, dict[str, int]]:
    """Build a story of ``n`` articles ``reps`` times; the run with the median wall time."""
    folder = story(n, work)
    runs = []
    for _ in range(reps):
        r = run(
            [sys.executable, "build.py", "--sources", str(folder), "--out", str(work / f"site-{n}"), "--verbose"],
            ROOT,
            timeout,
        )
        runs.append(r)
        if r.timed_out or r.returncode:
            break
    runs.sort(key=lambda r: r.wall)
    chosen = runs[len(runs) // 2]
    m = re.search(r"(\d+) articles?, (\d+) quotes?.*?, (\d+) speakers?, .*?(\d+) links?", chosen.stdout)
    counts = dict(zip(("sources", "quotes", "speakers", "links"), map(int, m.groups()), strict=True)) if m else {}
    return chosen, counts


def machine() -> str:
    mem = ""
    try:
        kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f", {kib / 1024**2:.0f} GiB RAM"
    except (OSError, AttributeError):
        pass
    return f"{os.cpu_count()} cores{mem}, {platform.system()} {platform.machine()}, Python {platform.python_version()}"


def table(
    seed: list[float], base: list[float], full: list[float], builds: dict[int, tuple[Run, dict[str, int]]]
) -> str:
    lines = [
        f"Measured by `python benchmarks/run.py` on {machine()}.",
        "",
        "| build | wall time | peak memory | read | extract | align | render | write | quotes | links |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines.append(
        f'| `python -c "{IMPORT_BASELINE}"` (median of {len(base)}) | {statistics.median(base):.3f} s | | | | | | | | |'
    )
    lines.append(
        f"| seed story, `python build.py` (median of {len(seed)}) | {statistics.median(seed):.3f} s | | | | | | | | |"
    )
    lines.append(
        f"| seed story, full interpreter exit (median of {len(full)}) | {statistics.median(full):.3f} s | | | | | | | | |"
    )
    for n, (r, counts) in builds.items():
        if r.timed_out:
            lines.append(f"| {n:,} articles | > {r.wall:.0f} s (stopped) | {r.peak_mib:.0f} MiB+ | | | | | | | |")
            continue
        total = sum(r.stages.values()) or 1
        shares = " | ".join(f"{100 * r.stages.get(s, 0) / total:.0f}%" for s in STAGES)
        lines.append(
            f"| {n:,} articles | {r.wall:.2f} s | {r.peak_mib:.0f} MiB | {shares} "
            f"| {counts.get('quotes', 0):,} | {counts.get('links', 0):,} |"
        )
    lines.append("")
    lines.append("Stage shares are of the time inside `build()` (start-up and imports excluded).")
    return "\n".join(lines)


def targets(
    seed: list[float], base: list[float], full: list[float], builds: dict[int, tuple[Run, dict[str, int]]]
) -> list[str]:
    out = []
    ratio = statistics.median(seed) / statistics.median(base)
    out.append(
        f"{'PASS' if ratio <= SEED_RATIO_MAX else 'FAIL'}: seed build {ratio:.2f}x the import baseline (target <= {SEED_RATIO_MAX}x)"
    )
    out.append(
        f"info: with the interpreter's full exit it would be {statistics.median(full) / statistics.median(base):.2f}x"
    )
    if 500 in builds:
        r = builds[500][0]
        ok = not r.timed_out and r.wall < 10
        out.append(f"{'PASS' if ok else 'FAIL'}: 500 articles in {r.wall:.2f} s (target < 10 s)")
        out.append(
            f"{'PASS' if r.peak_mib < 300 else 'FAIL'}: 500 articles peak {r.peak_mib:.0f} MiB (target < 300 MiB)"
        )
        if 50 in builds:
            growth = r.wall / builds[50][0].wall
            out.append(f"{'PASS' if growth <= 11 else 'FAIL'}: growth 50 -> 500 articles {growth:.1f}x (target <= 11x)")
    return out


def update_docs(text: str, start: str = DOCS_START, end: str = DOCS_END, doc: Path = PERFORMANCE_DOC) -> None:
    """Put ``text`` between the ``start`` and ``end`` markers of ``doc``."""
    content = doc.read_text(encoding="utf-8")
    if start not in content or end not in content:
        raise SystemExit(f"{doc.relative_to(ROOT)} has no {start} ... {end} markers")
    head, rest = content.split(start, 1)
    _, tail = rest.split(end, 1)
    doc.write_text(f"{head}{start}\n{text}\n{end}{tail}", encoding="utf-8")


def summary(table: str) -> str:
    """The README's line on start-up, read from the table :func:`table` wrote (so it says what it says).

    >>> summary("| `python -c \"import a\"` (median of 31) | 0.100 s |\n| seed story, `python build.py` (median of 31) | 0.140 s |")
    'The seed build takes 0.140 s, 1.40x the bare import of its libraries (0.100 s; target ≤ 1.5x).'
    """
    floor = re.search(r"^\| `python -c .*?\| ([\d.]+) s \|", table, re.M)
    seed = re.search(r"^\| seed story, `python build.py`.*?\| ([\d.]+) s \|", table, re.M)
    if not (floor and seed):
        raise ValueError("the benchmark table has no import floor or seed build row")
    f, s = float(floor.group(1)), float(seed.group(1))
    return (
        f"The seed build takes {s:.3f} s, {s / f:.2f}x the bare import of its libraries "
        f"({f:.3f} s; target ≤ {SEED_RATIO_MAX}x)."
    )


def main() -> int:
    p = argparse.ArgumentParser(
        description="Time Quote Compare builds: seed vs import baseline, and 50/500/5,000 articles."
    )
    p.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000], help="story sizes (default: 50 500 5000)")
    p.add_argument("--reps", type=int, default=7, help="repetitions of the seed build and the import (default: 7)")
    p.add_argument("--build-reps", type=int, default=3, help="repetitions of story builds up to 500 articles")
    p.add_argument("--timeout", type=float, default=1800, help="seconds before a story build is stopped")
    p.add_argument("--work", type=Path, help="folder for generated stories and sites (default: a temporary one)")
    p.add_argument("--docs", action="store_true", help="write the table into docs/performance.md")
    args = p.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="qc-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    # Bytecode for the package, as pip writes it for the libraries the baseline imports
    # (an editable install does not, and PYTHONDONTWRITEBYTECODE would leave it unwritten).
    compileall.compile_dir(ROOT / "quotecompare", quiet=1)
    # Warm the file cache and the template cache once, as any second run of a user would.
    run([sys.executable, "build.py", "--out", str(work / "seed-site")], ROOT)
    seed, base, full = seed_vs_import(args.reps, work)
    print(
        f"seed build {statistics.median(seed):.3f} s, import baseline {statistics.median(base):.3f} s", file=sys.stderr
    )
    builds: dict[int, tuple[Run, dict[str, int]]] = {}
    for n in sorted(args.sizes):
        reps = args.build_reps if n <= 500 else 1
        builds[n] = build_story(n, work, reps, args.timeout)
        r = builds[n][0]
        print(f"{n} articles: {r.wall:.2f} s, {r.peak_mib:.0f} MiB", file=sys.stderr)
    text = table(seed, base, full, builds)
    print(text)
    print()
    for line in targets(seed, base, full, builds):
        print(line)
    if args.docs:
        update_docs(text)
        update_docs(summary(text), SUMMARY_START, SUMMARY_END, README)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
