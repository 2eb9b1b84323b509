"""Measure the flags on differences that may change what was said, against hand-made gold.

``python eval/flags.py [GOLD.toml ...]`` (default: ``eval/flags/*.toml`` and
``tests/fixtures/records/gold/*.toml``) builds each story in memory, with its
records, and prints per story and overall the precision and recall of its
flags. An item is one kind of flag on one compared pair:

* a **link**: two quotes of one statement in two outlets
  (``links = [[[file, text], [file, text], [kind, ...]], ...]``);
* a **quote and its record passage**
  (``records = [[[file, text], [kind, ...]], ...]``), ``not_in_record`` included.

``text`` is any run of the quote's words as printed in the file; the quote the
tool found there stands for it. Every pair the gold does not list should carry
no flag, so a flag on any other pair is a false positive; a gold item on a pair
the tool did not link is a miss. ``sources`` points to the articles' folder
(default: the gold file's own folder).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotecompare.models import Story
from quotecompare.pipeline import gather, read_records
from quotecompare.read.sources import read_sources

ROOT = Path(__file__).resolve().parent.parent

Item = tuple[frozenset[str], str]  # the pair's quote ids (one id and "record" for a record pair), the kind


@dataclass
class FlagScores:
    gold: int = 0
    predicted: int = 0
    right: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: FlagScores) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.right += other.right

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0


def build(path: Path, data: dict[str, Any]) -> Story:
    folder = (path.parent / data.get("sources", ".")).resolve()
    sources, manifest, warnings = read_sources(folder)
    exclude = set(data.get("exclude", []))
    sources = [s for s in sources if s.file not in exclude]
    records = read_records(folder, manifest, {s.id for s in sources}, warnings)
    return gather(sources, manifest.story_title, manifest.story_summary, records=records)


def predicted_items(story: Story) -> set[Item]:
    items: set[Item] = set()
    for lk in story.links:
        items |= {(frozenset((lk.a, lk.b)), f.kind) for f in lk.flags}
    for m in story.matches:
        items |= {(frozenset((m.quote, "record")), f.kind) for f in m.flags}
    return items


def gold_items(story: Story, data: dict[str, Any], path: Path) -> set[Item]:
    """The gold's items, each quote named by the id of the quote found where its words are printed."""
    by_file = {s.file: s for s in story.sources}

    def quote_at(file: str, text: str) -> str:
        source = by_file.get(file)
        if source is None:
            raise ValueError(f"{path}: no article {file}")
        at = source.raw.find(text)
        if at < 0:
            raise ValueError(f"{path}: {text[:40]!r} not found in {file}")
        for q in story.quotes:
            if q.source == source.id and q.kind == "quote" and q.start <= at < q.end:
                return q.id
        return f"(no quote found at {file}: {text[:30]!r})"

    items: set[Item] = set()
    for a, b, kinds in data.get("links", []):
        pair = frozenset((quote_at(*a), quote_at(*b)))
        items |= {(pair, kind) for kind in kinds}
    for a, kinds in data.get("records", []):
        pair = frozenset((quote_at(*a), "record"))
        items |= {(pair, kind) for kind in kinds}
    return items


def score(story: Story, gold: set[Item]) -> FlagScores:
    got = predicted_items(story)
    show = {q.id: f"{q.id} “{q.text[:40]}”" for q in story.quotes}

    def name(item: Item) -> str:
        return f"{item[1]}: " + " / ".join(sorted(show.get(q, q) for q in item[0]))

    return FlagScores(
        len(gold),
        len(got),
        len(got & gold),
        sorted(name(i) for i in gold - got),
        sorted(name(i) for i in got - gold),
    )


def evaluate(path: Path) -> FlagScores | None:
    """Scores of one gold file, or None when its articles are not on this machine."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if not (path.parent / data.get("sources", ".")).is_dir():
        return None
    story = build(path, data)
    return score(story, gold_items(story, data, path))


def default_gold() -> list[Path]:
    return sorted((ROOT / "eval" / "flags").glob("*.toml")) + sorted(
        (ROOT / "tests" / "fixtures" / "records" / "gold").glob("*.toml")
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python eval/flags.py", description=__doc__.split("\n")[0])
    p.add_argument("gold", nargs="*", type=Path, help="flag gold files (default: eval/flags/*.toml and the fixtures')")
    p.add_argument("--verbose", action="store_true", help="list each missed and each wrong flag")
    args = p.parse_args(argv)
    paths = args.gold or default_gold()
    print("| story | gold flags | predicted | right | precision | recall |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    total = FlagScores()
    for path in paths:
        name = path.stem
        s = evaluate(path)
        if s is None:
            print(f"| {name} | skipped: articles not found | | | | |")
            continue
        total.add(s)
        print(f"| {name} | {s.gold} | {s.predicted} | {s.right} | {s.precision:.3f} | {s.recall:.3f} |")
        if args.verbose:
            for line in s.missed:
                print(f"|  missed: {line} | | | | | |")
            for line in s.wrong:
                print(f"|  wrong: {line} | | | | | |")
    print(
        f"| **all** | {total.gold} | {total.predicted} | {total.right} | {total.precision:.3f} | {total.recall:.3f} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
