"""Measure extraction, attribution and alignment against hand-made gold.

``python eval/evaluate.py [GOLD.toml ...]`` (default: every
``eval/**/gold.toml``) builds each story in memory and prints, per story and
overall:

* quote extraction precision / recall / F1, a predicted quote matching a gold
  quote of the same file when their character spans overlap by at least half
  of the shorter one (quoted terms the tool set aside are not predictions);
* speaker accuracy over the matched quotes (a person's full name also matches
  the same name with another middle initial or a nickname: James B. / James Comey);
* link precision / recall over pairs of matched quotes.

A gold file lists ``quotes = [[file, exact text, speaker], ...]`` and
``links = [[[file, text start], [file, text start]], ...]``; ``sources`` may
point to the articles' folder (default: the gold file's own folder).

When PolNeAR's development data is on this machine (``../shared/polnear``, or
the folder named by ``QUOTECOMPARE_POLNEAR``), a second table scores the
pipeline there with the corpus's own ``score.py`` (gold by the corpus
authors, news no rule was written from): :func:`polnear` builds each split as
one story, extracting and attributing only, since alignment does not change
quotes or speakers.

``--docs`` writes the tables into ``docs/accuracy.md`` (between its
``accuracy`` markers), only when every corpus is on this machine;
``tests/test_docs.py`` checks that the tables there are what this prints.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotecompare.attribution import story as attribution
from quotecompare.attribution.speakers import name_key
from quotecompare.models import Story
from quotecompare.pipeline import gather
from quotecompare.read import quotes
from quotecompare.read.sources import read_sources
from quotecompare.site.export import quotes_json
from quotecompare.site.views import make_story

ROOT = Path(__file__).resolve().parent.parent
ACCURACY_DOC = ROOT / "docs" / "accuracy.md"
DOCS_START, DOCS_END = "<!-- accuracy:start -->", "<!-- accuracy:end -->"


@dataclass(frozen=True)
class Gold:
    file: str
    text: str
    speaker: str
    start: int
    end: int


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    gold_links: int = 0
    predicted_links: int = 0
    links_right: int = 0

    def add(self, other: Scores) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0

    @property
    def link_precision(self) -> float:
        return self.links_right / self.predicted_links if self.predicted_links else 0.0

    @property
    def link_recall(self) -> float:
        return self.links_right / self.gold_links if self.gold_links else 0.0


def _norm_name(name: str | None) -> str:
    words = (name or "").lower().split()
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def _same_person(gold: str, predicted: str | None) -> bool:
    """Full names that differ only by a middle initial or nickname: "James Comey" / "James B. Comey".

    >>> _same_person("James Comey", "James B. Comey"), _same_person("Roger Stone", "Roger J. Stone Jr")
    (True, False)
    """
    if not predicted or len(gold.split()) < 2 or not gold[:1].isupper():
        return False
    key = name_key(gold)
    return key[1] is not None and key == name_key(predicted)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return inter / shorter if shorter > 0 and inter > 0 else 0.0


def load_gold(
    path: Path, data: dict[str, Any] | None = None
) -> tuple[Path, list[Gold], list[tuple[tuple[str, str], tuple[str, str]]]]:
    if data is None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    folder = (path.parent / data.get("sources", ".")).resolve()
    raw: dict[str, str] = {}
    quotes = []
    for file, text, speaker in data["quotes"]:
        if file not in raw:
            raw[file] = (folder / file).read_text(encoding="utf-8")
        start = raw[file].find(text)
        if start < 0:
            raise ValueError(f"{path}: gold quote not found in {file}: {text[:40]!r}")
        quotes.append(Gold(file, text, speaker, start, start + len(text)))
    links = [((a[0], a[1]), (b[0], b[1])) for a, b in data.get("links", [])]
    return folder, quotes, links


def score_story(story: Story, gold: list[Gold], gold_links: list[tuple[tuple[str, str], tuple[str, str]]]) -> Scores:
    file_of = {s.id: s.file for s in story.sources}
    predicted = [q for q in story.quotes if q.kind == "quote"]
    speakers = {s.key: s for s in story.speakers}
    # Greedy one-to-one matching by overlap.
    pairs = sorted(
        (
            (_overlap((p.start, p.end), (g.start, g.end)), i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
            if file_of[p.source] == g.file
        ),
        reverse=True,
    )
    match_of_pred: dict[int, int] = {}
    used_gold: set[int] = set()
    for ov, i, j in pairs:
        if ov >= 0.5 and i not in match_of_pred and j not in used_gold:
            match_of_pred[i] = j
            used_gold.add(j)
    s = Scores(gold=len(gold), predicted=len(predicted), matched=len(match_of_pred))
    for i, j in match_of_pred.items():
        p, g = predicted[i], gold[j]
        sp = speakers.get(p.speaker_key or "")
        names = {_norm_name(p.speaker)} | {_norm_name(a) for a in (sp.aliases if sp else ())}
        s.speaker_right += _norm_name(g.speaker) in names or _same_person(g.speaker, p.speaker)

    # Links, compared as unordered pairs of gold quotes.
    def gold_index(file: str, start: str) -> int:
        hits = [k for k, g in enumerate(gold) if g.file == file and g.text.startswith(start)]
        if len(hits) != 1:
            raise ValueError(f"gold link end {file}:{start!r} matches {len(hits)} gold quotes")
        return hits[0]

    want = {frozenset((gold_index(*a), gold_index(*b))) for a, b in gold_links}
    pred_index = {q.id: n for n, q in enumerate(predicted)}
    got = set()
    for link in story.links:
        if not link.same_speaker:  # flags of differing credit, not alignment claims
            continue
        ia, ib = pred_index.get(link.a), pred_index.get(link.b)
        ends = (match_of_pred.get(ia) if ia is not None else None, match_of_pred.get(ib) if ib is not None else None)
        got.add(frozenset(ends) if None not in ends else frozenset({("unmatched", link.a, link.b)}))
    s.gold_links = len(want)
    s.predicted_links = len(got)
    s.links_right = len(got & want)
    return s


def evaluate(path: Path) -> Scores | None:
    """Scores of one gold file, or None when its articles are not on this machine."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if not (path.parent / data.get("sources", ".")).is_dir():
        return None
    folder, gold, links = load_gold(path, data)
    exclude = set(data.get("exclude", []))
    sources, manifest, _ = read_sources(folder)
    sources = [s for s in sources if s.file not in exclude]
    story = gather(sources, manifest.story_title, manifest.story_summary)
    return score_story(story, gold, links)


def polnear_root() -> Path | None:
    """PolNeAR's development data, when this machine has it."""
    env = os.environ.get("QUOTECOMPARE_POLNEAR")
    root = Path(env) if env else ROOT.parent / "shared" / "polnear"
    return root if (root / "score.py").is_file() else None


@dataclass(frozen=True)
class CorpusScores:
    """PolNeAR's figures for one split, as its ``score.py`` counts them."""

    split: str
    articles: int
    gold: int
    found: int
    predicted: int
    predicted_ok: int
    named: int
    named_right: int
    named_unassigned: int
    unnamed: int
    unnamed_ok: int

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_ok / self.predicted if self.predicted else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.named_right / self.named if self.named else 0.0

    @property
    def no_speaker(self) -> float:
        return self.named_unassigned / self.named if self.named else 0.0


def _scorer(root: Path) -> Any:
    spec = importlib.util.spec_from_file_location("polnear_score", root / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_BRAT_LINE = re.compile(r"[TEARN]\d+\t|#|$")


def _annotations(scorer: Any, path: Path) -> list[dict[str, Any]]:
    """One article's gold; a text span broken over two lines (one train file has one) is joined first."""
    try:
        return scorer.parse_ann(str(path))
    except ValueError:
        lines: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if lines and not _BRAT_LINE.match(line):
                lines[-1] += " " + line
            else:
                lines.append(line)
        with tempfile.NamedTemporaryFile("w", suffix=".ann", encoding="utf-8", delete=False) as tmp:
            tmp.write("\n".join(lines) + "\n")
        try:
            return scorer.parse_ann(tmp.name)
        finally:
            os.unlink(tmp.name)


def polnear(root: Path, split: str) -> CorpusScores:
    """Build one PolNeAR split as one story and score its quotes with the corpus's ``score.py``."""
    scorer = _scorer(root)
    folder = root / split
    sources, _, _ = read_sources(folder / "text")
    found = {s.id: quotes.extract(s) for s in sources}
    all_quotes, speakers = attribution.build_quotes(sources, found)
    data = quotes_json(make_story(None, None, sources, all_quotes, speakers, [], []))
    # Through JSON, as a researcher would read quotes.json.
    data = json.loads(json.dumps(data))
    article_of = {s["id"]: Path(s["file"]).stem for s in data["sources"]}
    predictions: dict[str, list[dict[str, Any]]] = {}
    for q in data["quotes"]:
        segs = [tuple(x) for x in q["segments"]]
        predictions.setdefault(article_of[q["source"]], []).append({**q, "segs": segs})
    anns = sorted(os.listdir(folder / "attributions"))
    totals: dict[str, int] = {}
    articles = 0
    for text_file in sorted((folder / "text").glob("*.txt")):
        name = text_file.stem
        ann = next((a for a in anns if a.startswith(name + "_") and a.endswith(".ann")), None)
        if ann is None:
            continue
        articles += 1
        text = text_file.read_text(encoding="utf-8")
        r = scorer.score_article(
            name, text, _annotations(scorer, folder / "attributions" / ann), predictions.get(name, [])
        )
        for key, value in r.items():
            if isinstance(value, int):
                totals[key] = totals.get(key, 0) + value
    return CorpusScores(
        split,
        articles,
        totals.get("gold", 0),
        totals.get("found", 0),
        totals.get("pred", 0),
        totals.get("pred_ok", 0),
        totals.get("named", 0),
        totals.get("named_ok", 0),
        totals.get("named_nospk", 0),
        totals.get("unnamed", 0),
        totals.get("unnamed_weak_ok", 0),
    )


def _corpus_row(s: CorpusScores, note: str) -> str:
    return (
        f"| PolNeAR {s.split} ({note}) | {s.articles} | {s.gold} | {s.recall:.3f} | {s.precision:.3f} | "
        f"{s.speaker_accuracy:.3f} | {s.no_speaker:.3f} | {s.unnamed_ok / s.unnamed if s.unnamed else 0:.3f} |"
    )


def _row(name: str, s: Scores) -> str:
    return (
        f"| {name} | {s.gold} | {s.predicted} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
        f"{s.speaker_accuracy:.3f} | {s.link_precision:.3f} | {s.link_recall:.3f} |"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python eval/evaluate.py", description=__doc__.split("\n")[0])
    p.add_argument("gold", nargs="*", type=Path, help="gold.toml files (default: eval/**/*gold.toml)")
    p.add_argument("--docs", action="store_true", help="write the tables into docs/accuracy.md")
    args = p.parse_args(argv)
    if args.docs and args.gold:
        p.error("--docs writes the tables of every gold file: give no gold files")
    paths = args.gold or sorted((ROOT / "eval").rglob("*gold.toml"))
    if not paths:
        print("error: no gold files found", file=sys.stderr)
        return 1
    lines, complete = tables(paths, with_polnear=not args.gold)
    print("\n".join(lines))
    if args.docs:
        if not complete:
            print(f"error: {ACCURACY_DOC.name} not written: a corpus is not on this machine", file=sys.stderr)
            return 1
        write_docs("\n".join(lines))
    return 0


def tables(paths: list[Path], with_polnear: bool = True) -> tuple[list[str], bool]:
    """The tables' lines (our gold; PolNeAR when wanted and present), and whether every corpus was there."""
    lines = [
        "| story | gold quotes | predicted | precision | recall | F1 | speaker acc. | link P | link R |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    complete = True
    total = Scores()
    for path in paths:
        s = evaluate(path)
        if s is None:
            lines.append(f"| {path.stem} | skipped: articles not found | | | | | | | |")
            complete = False
            continue
        total.add(s)
        name = path.parent.name if path.name == "gold.toml" else path.stem
        lines.append(_row(name, s))
    lines.append(_row("**all**", total))
    if not with_polnear:
        return lines, complete
    root = polnear_root()
    splits = (("train", "rules developed here"), ("dev", "checked here"))
    if root is None or not all((root / s / "text").is_dir() for s, _ in splits):
        return lines, False
    lines += [
        "",
        "| corpus | articles | gold quotes | recall | precision | speaker acc. (named) | no speaker | weak check |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [_corpus_row(polnear(root, split), note) for split, note in splits]
    return lines, complete


def write_docs(text: str, doc: Path = ACCURACY_DOC) -> None:
    """Put ``text`` between the accuracy markers of ``doc``."""
    content = doc.read_text(encoding="utf-8")
    if DOCS_START not in content or DOCS_END not in content:
        raise SystemExit(f"{doc} has no {DOCS_START} ... {DOCS_END} markers")
    head, rest = content.split(DOCS_START, 1)
    tail = rest.split(DOCS_END, 1)[1]
    doc.write_text(f"{head}{DOCS_START}\n{text}\n{DOCS_END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
