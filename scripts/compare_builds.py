"""Does this checkout give the same output as another revision? ``python scripts/compare_builds.py``.

Builds every corpus at hand twice, with the code of a base revision (default:
where this branch left ``main``) and with this checkout, and compares the two
``data/quotes.json``:

* the story's title, sources, records, speakers, statements, quotes and
  terms (every field: text, offsets, speaker, cue, kind, nesting,
  attribution, record passage) must be the same;
* every link of the base must still be there, with all its fields, unless
  one of its quotes belongs to a statement of more than ``--pairwise-max``
  quotes (there the links are each quote's closest version by design);
* links the base did not have are counted and, within small statements,
  reported as differences too.

Corpora: the seeds, our invented stories (``eval/stories``), and when
``../shared`` is present its real multi-outlet stories and PolNeAR dev (and
train with ``--polnear-train``) each built as one story; for dev only the count
of differences is printed, since its errors are not for reading. Exit status 1 when
anything differs. The base revision is taken with ``git archive``, so no
work tree or branch is touched.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RUN = "import sys; sys.path.insert(0, sys.argv.pop(1)); from quotecompare.cli import main; sys.exit(main(sys.argv[1:]))"


def corpora(polnear_train: bool) -> dict[str, Path]:
    found = {"seeds": ROOT / "seeds"}
    found |= {f"eval/{p.name}": p for p in sorted((ROOT / "eval" / "stories").iterdir()) if p.is_dir()}
    realworld = SHARED / "realworld"
    if realworld.is_dir():
        found |= {f"realworld/{p.name}": p for p in sorted(realworld.iterdir()) if p.is_dir()}
    splits = ["dev", "train"] if polnear_train else ["dev"]
    found |= {f"polnear/{s}": SHARED / "polnear" / s / "text" for s in splits if (SHARED / "polnear" / s).is_dir()}
    return found


def build(code: Path, sources: Path, out: Path) -> dict[str, Any]:
    cmd = [sys.executable, "-c", RUN, str(code), "--sources", str(sources), "--out", str(out)]
    cmd += ["--templates", str(code / "templates"), "--quiet"]
    proc = subprocess.run(cmd, cwd=code, capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"build failed ({code}): {sources}\n{proc.stderr}")
    return json.loads((out / "data" / "quotes.json").read_text(encoding="utf-8"))


def _statement_sizes(data: dict[str, Any]) -> dict[str, int]:
    """Quote id -> size of its statement (the quotes its same-speaker links join)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in data["links"]:
        if link["same_speaker"]:
            a, b = link["quotes"]
            parent[find(a)] = find(b)
    size: dict[str, int] = defaultdict(int)
    for q in data["quotes"]:
        size[find(q["id"])] += 1
    return {q["id"]: size[find(q["id"])] for q in data["quotes"]}


def _fields(link: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in link.items() if k != "quotes"}


def _link_key(link: dict[str, Any]) -> tuple[frozenset[str], bool]:
    return frozenset(link["quotes"]), link["same_speaker"]


def compare(base: dict[str, Any], new: dict[str, Any], pairwise_max: int) -> tuple[list[str], dict[str, int]]:
    """Differences that break the promise, and counts for the report."""
    problems: list[str] = []
    for part in ("story", "sources", "records", "speakers", "statements", "terms"):
        if base.get(part) != new.get(part):
            problems.append(f"{part} differ")
    base_quotes = {q["id"]: q for q in base["quotes"]}
    new_quotes = {q["id"]: q for q in new["quotes"]}
    if base_quotes.keys() != new_quotes.keys():
        problems.append(f"quote ids differ: {sorted(base_quotes.keys() ^ new_quotes.keys())[:5]}")
    for qid in sorted(base_quotes.keys() & new_quotes.keys()):
        for f in sorted(base_quotes[qid].keys() | new_quotes[qid].keys()):
            if base_quotes[qid].get(f) != new_quotes[qid].get(f):
                problems.append(f"{qid}: {f} {base_quotes[qid].get(f)!r} -> {new_quotes[qid].get(f)!r}")
    size = _statement_sizes(base)
    new_links = {_link_key(lk): lk for lk in new["links"]}
    base_keys = set()
    kept = checked = 0
    for lk in base["links"]:
        key = _link_key(lk)
        base_keys.add(key)
        if max(size.get(q, 1) for q in lk["quotes"]) > pairwise_max:
            continue
        checked += 1
        got = new_links.get(key)
        if got is None:
            problems.append(f"link lost: {sorted(lk['quotes'])} {lk['kind']} {lk['score']}")
        elif _fields(got) != _fields(lk):  # kind, score, same_speaker, partial
            problems.append(f"link changed: {sorted(lk['quotes'])} {_fields(lk)} -> {_fields(got)}")
        else:
            kept += 1
    extra = [lk for key, lk in new_links.items() if key not in base_keys]
    for lk in extra:
        if max(size.get(q, 1) for q in lk["quotes"]) <= pairwise_max:
            problems.append(f"link added: {sorted(lk['quotes'])} {lk['kind']} {lk['score']}")
    counts = {"quotes": len(new_quotes), "base links": len(base["links"]), "links": len(new["links"])}
    counts |= {"checked": checked, "kept": kept, "added": len(extra)}
    return problems, counts


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", help="git revision to compare with (default: the merge base of HEAD and main)")
    p.add_argument("--pairwise-max", type=int, default=8, help="statements up to this size keep every link")
    p.add_argument("--polnear-train", action="store_true", help="also build PolNeAR train (835 articles) as one story")
    args = p.parse_args()
    base = (
        args.base
        or subprocess.run(
            ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    failed = False
    with tempfile.TemporaryDirectory(prefix="qc-compare-") as tmp:
        work = Path(tmp)
        code = work / "base"
        code.mkdir()
        archive = subprocess.run(["git", "archive", base], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
        print(f"base {base[:12]} against this checkout")
        for name, folder in corpora(args.polnear_train).items():
            slug = name.replace("/", "-")
            old = build(code, folder, work / f"old-{slug}")
            new = build(ROOT, folder, work / f"new-{slug}")
            problems, counts = compare(old, new, args.pairwise_max)
            figures = ", ".join(f"{k} {v:,}" for k, v in counts.items())
            print(f"{'SAME' if not problems else 'DIFF'} {name}: {figures}, {len(problems)} differences")
            # Dev's figure is read, not its errors: which of its quotes moved stays unprinted.
            for line in problems[:20] if name != "polnear/dev" else []:
                print(f"    {line}")
            failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
