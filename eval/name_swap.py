"""How much the speakers found depend on knowing the names: PolNeAR train with its speakers' surnames invented.

``python eval/name_swap.py [--seed 1] [--details]``. Builds train as one
story, then again with every surname of a two-word person speaker replaced
throughout the text by an invented one ("Holm" -> "Varkobrook"; one mapping for
the whole split), and compares each quotation's speaker, mapped back. Rules that
read the text's shape, not the names they were developed on, give the same
speakers: a change is a dependence on a known name (or a surname the swap itself
broke: see below). Nothing here is fitted; nothing is scored against gold.

Only surnames that are no place, people, given name, word of a place's name
or lower-case word of the corpus are swapped, so the text reads the same
("Washington", "Rice", "Young" and the "York" of "New York" stay); one ending in
"s" gets an invented one ending in "s", so "Sanders’ campaign" stays a
possessive. Given names stay: their sex is evidence the rules use, and a swap
would split a "Bob" from his "Robert". ``--details`` lists each change. The last
line gives the quotations compared and how many changed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecompare.text.given_names import is_given_name  # noqa: E402
from quotecompare.text.normalise import fold_accents  # noqa: E402
from quotecompare.text.places import is_demonym, is_place  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "polnear"
TRAIN = POLNEAR / "train" / "text"
_SYLLABLES = "var ko mel brook os tran quill ber lin dra vec hol ket mar chet oye sza bo lind aber cas tel whit naka okon rud nic sor".split()


def train_files() -> list[Path] | None:
    """PolNeAR train's articles, or None (said on stderr) where the corpus is not on this machine."""
    if not TRAIN.is_dir():
        print(f"PolNeAR is not at {POLNEAR}", file=sys.stderr)
        return None
    return sorted(TRAIN.glob("*.txt"))


def build_quotes(sources: Path, out: Path) -> dict[str, Any]:
    """Build ``sources`` into ``out`` and return its quotes.json (eval/mark_swap.py uses it too)."""
    build = [sys.executable, str(ROOT / "build.py"), "--quiet", "--sources", str(sources), "--out", str(out)]
    subprocess.run(build, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return json.loads((out / "data" / "quotes.json").read_text(encoding="utf-8"))


Compared = tuple[int, list[dict[str, Any]], list[tuple[dict, dict]]]
"""Quotations compared, those lost, and those whose speaker changed (with the new quotation)."""


def lost_and_changed(
    old: Mapping[Any, dict[str, Any]], new: Mapping[Any, dict[str, Any]], same: Callable[[object, object], bool]
) -> Compared:
    """Quotations of ``old`` (keyed as the probe finds them again) missing from ``new``, and those whose
    speakers ``same`` tells apart."""
    lost = [q for k, q in old.items() if k not in new]
    changed = [(q, new[k]) for k, q in old.items() if k in new and not same(q["speaker"], new[k]["speaker"])]
    return len(old), lost, changed


def probe(
    prefix: str,
    swaps: Mapping[str, Callable[[str], str]],
    compare: Callable[[dict[str, Any], dict[str, Any], str], Compared],
    details: bool,
) -> int:
    """Build PolNeAR train, then again rewritten by each swap, and print what ``compare`` finds lost or changed
    (eval/mark_swap.py and eval/verb_swap.py); 2 where the corpus is not on this machine."""
    if (files := train_files()) is None:
        return 2
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        work = Path(tmp)
        base = build_quotes(TRAIN, work / "base")
        for label, swap in swaps.items():
            (work / label).mkdir()
            for f in files:
                (work / label / f.name).write_text(swap(f.read_text(encoding="utf-8")), encoding="utf-8")
            compared, lost, changed = compare(base, build_quotes(work / label, work / f"{label}-site"), label)
            if details:
                for q in lost:
                    print(f"{label} lost    | {q['source'][:40]} | {q['speaker']} | {q['text'][:60]}")
                for q, n in changed:
                    print(f"{label} changed | {q['source'][:40]} | {q['speaker']} -> {n['speaker']} | {q['text'][:50]}")
            print(f"{label}: {compared} quotations compared, {len(lost)} lost, {len(changed)} speakers changed")
    return 0


def swaps(texts: list[str], names: list[str], rng: random.Random) -> dict[str, str]:
    """Invented words for the surnames of the two-word ``names``."""
    vocab = {w for t in texts for w in re.findall(r"[a-z]+", t)}
    # A surname that is also a word of a place's name ("York" of "New York") would break the place.
    pairs = {p for t in texts for p in re.findall(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b", t)}
    in_places = {w for a, b in pairs if is_place(f"{a} {b}") for w in (a, b)}
    out: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        last = name.split()[1]
        plain = not (is_place(last) or is_demonym(last) or is_given_name(last) or last.lower() in vocab)
        plain = plain and last not in in_places
        if last not in out and plain and last.isalpha() and len(last) > 3:
            # A surname ending in "s" keeps it, so "Sanders’ campaign" stays a possessive.
            ending = "s" if last.endswith("s") else ""
            while (new := "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize() + ending) in used:
                pass
            out[last] = new
            used.add(new)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1, help="the invented names' random seed")
    parser.add_argument("--details", action="store_true", help="list each quotation whose speaker changed")
    args = parser.parse_args(argv)
    if (files := train_files()) is None:
        return 2
    texts = [f.read_text(encoding="utf-8") for f in files]
    with tempfile.TemporaryDirectory(prefix="qc-swap-") as tmp:
        work = Path(tmp)
        base = build_quotes(TRAIN, work / "base")
        kinds = {s["name"]: s["type"] for s in base["speakers"]}
        people = sorted({str(q["speaker"]) for q in base["quotes"] if kinds.get(q["speaker"]) == "person"})
        two = [p for p in people if len(p.split()) == 2]
        mapping = swaps(texts, two, random.Random(args.seed))
        words = re.compile(r"\b(" + "|".join(sorted(map(re.escape, mapping), key=len, reverse=True)) + r")\b")
        (work / "in").mkdir()
        for f, text in zip(files, texts, strict=True):
            (work / "in" / f.name).write_text(words.sub(lambda m: mapping[m[1]], text), encoding="utf-8")
        swapped = build_quotes(work / "in", work / "swapped")
    back = {new: old for old, new in mapping.items()}

    def restored(speaker: object) -> object:
        if not isinstance(speaker, str):
            return speaker
        return fold_accents(re.sub(r"\w+", lambda m: back.get(m[0], m[0]), speaker))

    def _folded(speaker: object) -> object:
        return fold_accents(speaker) if isinstance(speaker, str) else speaker

    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in swapped["quotes"]:
        by_source[str(q["source"])].append(q)
    compared = changed = 0
    mine: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in base["quotes"]:
        mine[str(q["source"])].append(q)
    for source, quotes in mine.items():
        other = by_source.get(source, [])
        if len(other) != len(quotes):
            continue  # a quotation found or lost: compared by position, so this article is left out
        for a, b in zip(quotes, other, strict=True):
            if a["kind"] != "quote":
                continue
            compared += 1
            if _folded(a["speaker"]) != restored(b["speaker"]):
                changed += 1
                if args.details:
                    why = (b.get("attribution") or {}).get("reason") or ""
                    print(f"{source[:40]} | {a['speaker']} -> {restored(b['speaker'])} {why} | {str(a['text'])[:60]}")
    print(f"{len(mapping)} surnames swapped; {compared} quotations compared, {changed} speakers changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
