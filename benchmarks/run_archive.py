"""The archive benchmark: ``python benchmarks/run_archive.py`` (issue 11).

Generates an archive of 1,000 stories (``generate_archive.py``: 3-8 articles a
story, about 5,000 articles, speakers recurring across stories) and measures,
each build a fresh ``python build.py --stories`` process as a user runs it:

* a clean build (empty cache, no previous site) with ``--engine local``;
* a rebuild with nothing changed;
* a rebuild after one story's article is edited (repeated on different
  stories, median), then checked byte for byte against a clean build of the
  edited archive;
* a clean build with ``--engine dask`` (a LocalCluster), checked byte for byte
  against the local engine's.

The machine is shared: the load average (``/proc/loadavg``) is printed before
and after, so a reader can tell a busy run. With ``--docs`` the table goes
into docs/performance.md (section "Archive benchmark").
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_archive import generate_archive
from run import ROOT, Run, machine, run, update_docs

DOCS_START = "<!-- archive-benchmark:start -->"
DOCS_END = "<!-- archive-benchmark:end -->"


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def same_tree(a: Path, b: Path) -> bool:
    """True when the two folders hold the same files with the same bytes."""
    files_a = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    if files_a != files_b:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, files_a, shallow=False)
    return not mismatch and not errors


def build(stories: Path, out: Path, cache: Path, *extra: str, timeout: float = 900) -> Run:
    r = run(
        [
            sys.executable,
            "build.py",
            "--stories",
            str(stories),
            "--out",
            str(out),
            "--cache",
            str(cache),
            "--verbose",
            *extra,
        ],
        ROOT,
        timeout,
    )
    if r.returncode or r.timed_out:
        raise SystemExit(f"build failed ({'timed out' if r.timed_out else r.returncode}): {r.stdout}")
    return r


def edit(stories: Path, k: int) -> str:
    """Change one word of one article of the k-th story from the middle; returns the story's folder name."""
    folders = sorted(p for p in stories.iterdir() if p.is_dir())
    folder = folders[(len(folders) // 2 + 37 * k) % len(folders)]
    article = sorted(folder.glob("*.txt"))[0]
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace(" spoke in ", f" spoke (edit {k}) in ", 1), encoding="utf-8")
    return folder.name


def main() -> int:
    p = argparse.ArgumentParser(description="Time archive builds: clean, unchanged, one story edited, Dask.")
    p.add_argument("--stories", type=int, default=1000, help="stories in the archive (default: 1000)")
    p.add_argument("--edits", type=int, default=3, help="one-story rebuilds to time (default: 3)")
    p.add_argument("--no-dask", action="store_true", help="skip the Dask engine")
    p.add_argument("--work", type=Path, help="folder for the archive and sites (default: a temporary one)")
    p.add_argument("--docs", action="store_true", help="write the table into docs/performance.md")
    args = p.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="qc-archive-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    stories = work / "stories"
    shutil.rmtree(stories, ignore_errors=True)
    articles = generate_archive(args.stories, stories)
    for name in ("site", "cache", "clean", "clean-cache", "dask", "dask-cache"):
        shutil.rmtree(work / name, ignore_errors=True)
    print(f"{args.stories} stories, {articles} articles; load average before: {load()}", file=sys.stderr)
    # Warm the file cache and Jinja's template cache, as any second run of a user would.
    run([sys.executable, "build.py", "--out", str(work / "seed-site")], ROOT)

    rows: list[tuple[str, str, str, str]] = []
    clean = build(stories, work / "site", work / "cache")
    rows.append(
        ("clean build, `--engine local`", f"{clean.wall:.1f} s", f"{clean.cpu:.1f} s", f"{clean.peak_mib:.0f} MiB")
    )
    print(f"clean build {clean.wall:.1f} s", file=sys.stderr)
    unchanged = build(stories, work / "site", work / "cache")
    rows.append(
        (
            "rebuild, nothing changed",
            f"{unchanged.wall:.2f} s",
            f"{unchanged.cpu:.2f} s",
            f"{unchanged.peak_mib:.0f} MiB",
        )
    )
    edits = []
    for k in range(args.edits):
        name = edit(stories, k)
        r = build(stories, work / "site", work / "cache")
        assert f"Built 1 story: {name}" in r.stdout, r.stdout
        edits.append(r)
        print(f"one story edited ({name}): {r.wall:.2f} s", file=sys.stderr)
    median = sorted(edits, key=lambda r: r.wall)[len(edits) // 2]
    walls = ", ".join(f"{r.wall:.2f}" for r in edits)
    rows.append(
        (
            f"rebuild, one story edited (median of {len(edits)}: {walls} s)",
            f"{median.wall:.2f} s",
            f"{median.cpu:.2f} s",
            f"{median.peak_mib:.0f} MiB",
        )
    )
    fresh = build(stories, work / "clean", work / "clean-cache")
    same_rebuild = same_tree(work / "site", work / "clean")
    rows.append(
        ("clean build of the edited archive", f"{fresh.wall:.1f} s", f"{fresh.cpu:.1f} s", f"{fresh.peak_mib:.0f} MiB")
    )
    same_dask = None
    if not args.no_dask:
        dask = build(stories, work / "dask", work / "dask-cache", "--engine", "dask")
        same_dask = same_tree(work / "dask", work / "clean")
        rows.append(
            (
                "clean build, `--engine dask` (LocalCluster)",
                f"{dask.wall:.1f} s",
                f"{dask.cpu:.1f} s",
                f"{dask.peak_mib:.0f} MiB",
            )
        )
    after = load()

    lines = [
        f"Measured by `python benchmarks/run_archive.py` on {machine()}: {args.stories:,} stories, "
        f"{articles:,} articles; load average {after} at the end (other agents share the 2 cores).",
        "CPU time is user + system time of the build and of the worker processes it waited for: the work done,",
        "which a busy machine inflates less than the wall time (a rebuild of one story runs in one process).",
        "",
        "| archive build | wall time | CPU time | peak memory (largest process) |",
        "| --- | ---: | ---: | ---: |",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows),
        "",
        "Stages of the median one-story rebuild (`--verbose`): "
        + ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in median.stages.items())
        + f"; the rest of its {median.wall:.2f} s is start-up and exit.",
        "",
        f"Rebuild after the edits == clean build of the edited archive, byte for byte: {'yes' if same_rebuild else 'NO'}."
        + ("" if same_dask is None else f" `--engine dask` == `--engine local`: {'yes' if same_dask else 'NO'}."),
    ]
    text = "\n".join(lines)
    print(text)
    print()
    print(f"{'PASS' if clean.wall <= 60 else 'FAIL'}: clean build {clean.wall:.1f} s (target <= 60 s)")
    print(f"{'PASS' if median.wall <= 3 else 'FAIL'}: one story edited, rebuild {median.wall:.2f} s (target <= 3 s)")
    print(f"{'PASS' if same_rebuild else 'FAIL'}: rebuild gives the same bytes as a clean build")
    if same_dask is not None:
        print(f"{'PASS' if same_dask else 'FAIL'}: --engine dask gives the same bytes as --engine local")
    print(f"load average before/after: see above / {after}; cores: {os.cpu_count()}")
    if args.docs:
        update_docs(text, DOCS_START, DOCS_END)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
