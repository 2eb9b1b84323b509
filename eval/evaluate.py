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
point to the articles' folder (default: the gold file's own folder). A quote's
text is found at its first occurrence in the file, and a link end names the one
gold quote of its file that opens with its text. Where the same words stand
more than once (a headline repeating a body quote), an optional last element
says which occurrence is meant: a number n (the n-th occurrence) or a few words
of left context (the first occurrence after them), as in
``["a.txt", "insane", "Donald Trump", "as \""]`` or ``["a.txt", "insane", 2]``.

``--details`` lists, per story, the gold quotes missed, the predictions no
gold quote matches, the wrong speakers, and the wrong and missing links.

``--alone`` builds every article of every gold story as a story of its own
(:func:`alone`), as a user with one outlet would, and prints the speaker
accuracy; an article that prints only a surname ("Mr. Trump") is right with
that surname alone, since no outlet beside it names the person in full.

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
README = ROOT / "README.md"
SUMMARY_START, SUMMARY_END = "<!-- accuracy-summary:start -->", "<!-- accuracy-summary:end -->"


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
    shared: int = 0  # statements several outlets print word for word, with one gold speaker
    shared_whole: int = 0  # ... found as one statement under one speaker

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

    @property
    def shared_kept(self) -> float:
        return self.shared_whole / self.shared if self.shared else 0.0


def _norm_name(name: str | None) -> str:
    words = (name or "").lower().split()
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def _words(text: str) -> tuple[str, ...]:
    """A quote's words for comparing outlets' versions: case, marks and punctuation aside.

    >>> _words("“It’s over,” ") == _words("it's over.")
    True
    """
    return tuple(re.findall(r"\w+(?:['’]\w+)*", text.lower().replace("’", "'")))


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` stands word for word, in one run, inside ``long``."""
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))


def shared_statements(gold: list[Gold], min_words: int = 4) -> list[list[int]]:
    """Gold quotes that several outlets (files) print word for word, credited to one person.

    Groups of indices into ``gold``: the same words, or one outlet's words standing whole inside
    another's longer quote (at least ``min_words`` of them, so a common phrase does not join two
    statements). Words credited to different people are a true disagreement and left out.

    >>> g = [Gold("a", "We won.", "Ann Lee", 0, 7), Gold("b", "we won", "Ann Lee", 0, 6), Gold("c", "We won.", "Bo", 0, 7)]
    >>> shared_statements(g), shared_statements(g[:2])
    ([], [[0, 1]])
    >>> shared_statements([Gold("a", "We won the cup again, so", "Al", 0, 24), Gold("b", "won the cup again", "Al", 0, 17)])
    [[0, 1]]
    """
    words = [_words(g.text) for g in gold]
    parent = list(range(len(gold)))

    def root(j: int) -> int:
        while parent[j] != j:
            parent[j] = parent[parent[j]]
            j = parent[j]
        return j

    for a in range(len(gold)):
        for b in range(a + 1, len(gold)):
            short, long = sorted((words[a], words[b]), key=len)
            if (
                short
                and gold[a].file != gold[b].file
                and (short == long or (len(short) >= min_words and _within(short, long)))
            ):
                parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for j in range(len(gold)):
        groups.setdefault(root(j), []).append(j)
    kept = []
    for members in groups.values():
        first = gold[members[0]].speaker
        agree = all(
            _norm_name(gold[j].speaker) == _norm_name(first) or _same_person(first, gold[j].speaker) for j in members
        )
        if len(members) > 1 and agree:
            kept.append(members)
    return kept


def _same_person(gold: str, predicted: str | None) -> bool:
    """Full names that differ only by a middle initial or nickname: "James Comey" / "James B. Comey".

    >>> _same_person("James Comey", "James B. Comey"), _same_person("Roger Stone", "Roger J. Stone Jr")
    (True, False)
    """
    if not predicted or len(gold.split()) < 2 or not gold[:1].isupper():
        return False
    key = name_key(gold)
    return key[1] is not None and key == name_key(predicted)


def surname_alone(gold: str, predicted: str | None) -> bool:
    """A speaker shown by the gold speaker's surname alone, as an article printing only "Mr. Trump" shows him.

    >>> surname_alone("Donald Trump", "Trump"), surname_alone("Donald Trump", "Melania Trump")
    (True, False)
    """
    return bool(predicted) and " " not in str(predicted) and gold.split()[-1:] == [predicted]


def alone(paths: list[Path]) -> tuple[int, int]:
    """Speaker accuracy over our gold with each article built as a story of its own: (right, matched)."""
    right = matched = 0
    for path in paths:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if not (path.parent / data.get("sources", ".")).is_dir():
            continue
        folder, gold, _ = load_gold(path, data)
        sources, manifest, _ = read_sources(folder)
        for source in sources:
            own = [g for g in gold if g.file == source.file]
            if not own or source.file in data.get("exclude", []):
                continue
            errors: list[str] = []
            scores = score_story(gather([source], manifest.story_title, manifest.story_summary), own, [], errors)
            wrong = [e for e in errors if e.startswith("speaker")]
            shown = [re.search(r"gold '(.*)', got '(.*)' \(", e) for e in wrong]
            matched += scores.matched
            right += scores.speaker_right + sum(1 for m in shown if m and surname_alone(m[1], m[2]))
    return right, matched


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return inter / shorter if shorter > 0 and inter > 0 else 0.0


Occurrence = int | str | None
"""Which occurrence of a gold text is meant: the n-th, the first after some left context, or the first."""

LinkEnd = tuple[str, str] | tuple[str, str, int]
"""A link end: (file, opening of a gold quote), or with the start of the occurrence meant."""


def locate(raw: str, text: str, where: Occurrence = None) -> int:
    """Start of ``text`` in ``raw`` at the occurrence ``where`` names; -1 when there is none.

    >>> raw = 'Title "insane". Body: "It is insane," he said; "insane" again.'
    >>> locate(raw, "insane"), locate(raw, "insane", 3), locate(raw, "insane", "again"), locate(raw, "insane", "said; ")
    (7, 48, -1, 48)
    """
    if isinstance(where, int):
        start = -1
        for _ in range(where):
            start = raw.find(text, start + 1)
            if start < 0:
                return -1
        return start
    if isinstance(where, str):
        context = raw.find(where)
        return -1 if context < 0 else raw.find(text, context + len(where))
    return raw.find(text)


def load_gold(path: Path, data: dict[str, Any] | None = None) -> tuple[Path, list[Gold], list[tuple[LinkEnd, LinkEnd]]]:
    if data is None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    folder = (path.parent / data.get("sources", ".")).resolve()
    raw: dict[str, str] = {}

    def find(file: str, text: str, where: Occurrence, what: str) -> int:
        if file not in raw:
            raw[file] = (folder / file).read_text(encoding="utf-8")
        start = locate(raw[file], text, where)
        if start < 0:
            raise ValueError(f"{path}: {what} not found in {file}: {text[:40]!r} (occurrence {where!r})")
        return start

    quotes = []
    for file, text, speaker, *where in data["quotes"]:
        start = find(file, text, where[0] if where else None, "gold quote")
        quotes.append(Gold(file, text, speaker, start, start + len(text)))

    def end(e: list[Any]) -> LinkEnd:
        return (e[0], e[1]) if len(e) < 3 else (e[0], e[1], find(e[0], e[1], e[2], "link end"))

    links = [(end(a), end(b)) for a, b in data.get("links", [])]
    return folder, quotes, links


def score_story(
    story: Story,
    gold: list[Gold],
    gold_links: list[tuple[LinkEnd, LinkEnd]],
    details: list[str] | None = None,
) -> Scores:
    """Scores of one story against its gold; ``details``, when given, receives a line per error."""
    file_of = {s.id: s.file for s in story.sources}
    predicted = [q for q in story.quotes if q.kind == "quote"]
    speakers = {s.key: s for s in story.speakers}
    # Greedy one-to-one matching by overlap; among equal overlaps, the closer in length (a quote nested
    # in a longer one of the same file goes to the gold quote of its own size).
    pairs = sorted(
        (
            (_overlap((p.start, p.end), (g.start, g.end)), -abs((p.end - p.start) - (g.end - g.start)), i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
            if file_of[p.source] == g.file
        ),
        reverse=True,
    )
    match_of_pred: dict[int, int] = {}
    used_gold: set[int] = set()
    for ov, _, i, j in pairs:
        if ov >= 0.5 and i not in match_of_pred and j not in used_gold:
            match_of_pred[i] = j
            used_gold.add(j)
    s = Scores(gold=len(gold), predicted=len(predicted), matched=len(match_of_pred))
    note = details.append if details is not None else (lambda line: None)
    for i, j in match_of_pred.items():
        p, g = predicted[i], gold[j]
        sp = speakers.get(p.speaker_key or "")
        names = {_norm_name(p.speaker)} | {_norm_name(a) for a in (sp.aliases if sp else ())}
        right = _norm_name(g.speaker) in names or _same_person(g.speaker, p.speaker)
        s.speaker_right += right
        if not right:
            rule = p.attribution.rule if p.attribution else None
            note(f"speaker  {g.file} {g.text[:50]!r}: gold {g.speaker!r}, got {p.speaker!r} ({rule})")
    for j, g in enumerate(gold):
        if j not in used_gold:
            note(f"missed   {g.file} {g.text[:60]!r} ({g.speaker})")
    for i, p in enumerate(predicted):
        if i not in match_of_pred:
            note(f"extra    {file_of[p.source]} {p.text[:60]!r} ({p.speaker})")

    # Links, compared as unordered pairs of gold quotes.
    def gold_index(end: LinkEnd) -> int:
        file, start = end[0], end[1]
        hits = [k for k, g in enumerate(gold) if g.file == file and g.text.startswith(start)]
        if len(end) == 3:
            hits = [k for k in hits if gold[k].start == end[2]]
        if len(hits) != 1:
            raise ValueError(f"gold link end {file}:{start!r} matches {len(hits)} gold quotes")
        return hits[0]

    want = {frozenset((gold_index(a), gold_index(b))) for a, b in gold_links}
    pred_index = {q.id: n for n, q in enumerate(predicted)}
    got: dict[frozenset[Any], Any] = {}
    differing: dict[frozenset[Any], Any] = {}
    for link in story.links:
        ia, ib = pred_index.get(link.a), pred_index.get(link.b)
        ends = (match_of_pred.get(ia) if ia is not None else None, match_of_pred.get(ib) if ib is not None else None)
        key = frozenset(ends) if None not in ends else frozenset({("unmatched", link.a, link.b)})
        # A link between differing credits is a flag, not an alignment claim: kept only to explain a miss.
        (got if link.same_speaker else differing)[key] = link
    s.gold_links = len(want)
    s.predicted_links = len(got)
    s.links_right = len(got.keys() & want)

    # Words several outlets print alike: one statement, under one speaker, unless the outlets disagree.
    statement_of = {qid: st.id for st in story.statements for qid in st.quotes}
    quote_of_gold = {j: predicted[i] for i, j in match_of_pred.items()}
    for members in shared_statements(gold):
        s.shared += 1
        found = [quote_of_gold.get(j) for j in members]
        rows = {statement_of.get(q.id) if q else None for q in found}
        if None not in rows and len(rows) == 1:
            s.shared_whole += 1
        else:
            credits = ", ".join(
                f"{gold[j].file} ({q.speaker if q else 'missed'})" for j, q in zip(members, found, strict=True)
            )
            note(f"split    {gold[members[0]].text[:50]!r} ({gold[members[0]].speaker}): {credits}")
    if details is not None:
        by_id = {q.id: q for q in predicted}

        def show(q: Any) -> str:
            return f"{file_of[q.source]} {q.text[:40]!r} ({q.speaker})"

        for key in got.keys() - want:
            link = got[key]
            note(f"wrong link  {show(by_id[link.a])} ~ {show(by_id[link.b])} [{link.kind} {link.score:.2f}]")
        gold_quote = {j: predicted[i] for i, j in match_of_pred.items()}
        for key in want - got.keys():
            a, b = sorted(key)
            why = "credited differently" if key in differing else "no link"
            shown = [
                show(gold_quote[k]) if k in gold_quote else f"{gold[k].file} {gold[k].text[:40]!r} (missed)"
                for k in (a, b)
            ]
            note(f"missing link  {shown[0]} ~ {shown[1]} [{why}]")
    return s


def evaluate(path: Path, details: list[str] | None = None) -> Scores | None:
    """Scores of one gold file, or None when its articles are not on this machine."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if not (path.parent / data.get("sources", ".")).is_dir():
        return None
    folder, gold, links = load_gold(path, data)
    exclude = set(data.get("exclude", []))
    sources, manifest, _ = read_sources(folder)
    sources = [s for s in sources if s.file not in exclude]
    story = gather(sources, manifest.story_title, manifest.story_summary)
    return score_story(story, gold, links, details)


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


def _archive_marks_only(atts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The attributions quoting with ''…'' (two single marks, as NYT archive text does), made to read as direct.

    The corpus's scorer counts only contents holding a double mark; these it skips. The marks are
    swapped one for one (two characters for two), so every offset holds.
    """
    out = []
    for a in atts:
        c = a["content"]
        if c and "''" in c["text"] and not any(ch in c["text"] for ch in '“”"'):
            out.append({**a, "content": {**c, "text": c["text"].replace("''", '""')}})
    return out


def polnear(root: Path, split: str, archive_marks: bool = False) -> CorpusScores:
    """Build one PolNeAR split as one story and score its quotes with the corpus's ``score.py``.

    ``archive_marks``: score only the quotations printed ''…'', which the scorer otherwise skips.
    """
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
        atts = _annotations(scorer, folder / "attributions" / ann)
        if archive_marks:
            atts = _archive_marks_only(atts)
        r = scorer.score_article(name, text, atts, predictions.get(name, []))
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
        f"{s.speaker_accuracy:.3f} | {s.link_precision:.3f} | {s.link_recall:.3f} | {s.shared_whole}/{s.shared} |"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python eval/evaluate.py", description=__doc__.split("\n")[0])
    p.add_argument("gold", nargs="*", type=Path, help="gold.toml files (default: eval/**/*gold.toml)")
    p.add_argument("--docs", action="store_true", help="write the tables into docs/accuracy.md")
    p.add_argument("--details", action="store_true", help="list each story's errors after the table")
    p.add_argument("--alone", action="store_true", help="speaker accuracy with each article built on its own")
    args = p.parse_args(argv)
    if args.docs and args.gold:
        p.error("--docs writes the tables of every gold file: give no gold files")
    paths = args.gold or sorted((ROOT / "eval").rglob("*gold.toml"))
    if not paths:
        print("error: no gold files found", file=sys.stderr)
        return 1
    if args.alone:
        right, matched = alone(paths)
        print(f"our gold, each article alone: speaker {right / max(matched, 1):.3f} ({right}/{matched})")
        return 0
    details: dict[str, list[str]] | None = {} if args.details else None
    lines, complete = tables(paths, with_polnear=not args.gold, details=details)
    print("\n".join(lines))
    for name, errors in (details or {}).items():
        print(f"\n## {name}: {len(errors)} errors", *sorted(errors), sep="\n")
    if args.docs:
        if not complete:
            print(f"error: {ACCURACY_DOC.name} not written: a corpus is not on this machine", file=sys.stderr)
            return 1
        cut = lines.index(SUMMARY_MARK)
        write_docs("\n".join(lines[: cut - 1]))
        write_docs("\n".join(lines[cut + 1 :]), README, (SUMMARY_START, SUMMARY_END))
    return 0


def tables(
    paths: list[Path], with_polnear: bool = True, details: dict[str, list[str]] | None = None
) -> tuple[list[str], bool]:
    """The tables' lines (our gold; PolNeAR when wanted and present), and whether every corpus was there.

    ``details``, when given, receives each story's error lines under its name.
    """
    lines = [
        "| story | gold quotes | predicted | precision | recall | F1 | speaker acc. | link P | link R | same words, one statement |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    complete = True
    total, real, n_real = Scores(), Scores(), 0
    for path in paths:
        name = path.parent.name if path.name == "gold.toml" else path.stem
        errors: list[str] | None = None if details is None else details.setdefault(name, [])
        s = evaluate(path, errors)
        if s is None:
            lines.append(f"| {path.stem} | skipped: articles not found | | | | | | | | |")
            complete = False
            continue
        total.add(s)
        if path.parent.name == "realworld":
            real.add(s)
            n_real += 1
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
    scored = [(polnear(root, split), note) for split, note in splits]
    lines += [_corpus_row(c, note) for c, note in scored]
    archive = polnear(root, "train", archive_marks=True)
    # Precision is left out: against these contents alone it would count every other quotation as false.
    row = _corpus_row(archive, "").split(" | ")
    row[0], row[4] = "| PolNeAR train, NYT ''…'' quotes only (scored as direct by us)", "—"
    lines.append(" | ".join(row))
    lines += ["", SUMMARY_MARK, *summary(real, n_real, [c for c, _ in scored])]
    return lines, complete


SUMMARY_MARK = "Summary (the README's table):"


def summary(real: Scores, stories: int, corpora: list[CorpusScores]) -> list[str]:
    """The README's short table: PolNeAR train and dev, and our real-story gold pooled."""
    rows = [
        "| measured on | speaker accuracy | quote precision | quote recall | link precision | link recall |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for c, name in zip(corpora, ("PolNeAR train (gold by the corpus authors)", "PolNeAR dev"), strict=True):
        rows.append(f"| {name} | {c.speaker_accuracy:.3f} | {c.precision:.3f} | {c.recall:.3f} | | |")
    rows.append(
        f"| our gold, {stories} real multi-outlet stories | {real.speaker_accuracy:.3f} | {real.precision:.3f} "
        f"| {real.recall:.3f} | {real.link_precision:.3f} | {real.link_recall:.3f} |"
    )
    return rows


def write_docs(text: str, doc: Path = ACCURACY_DOC, markers: tuple[str, str] = (DOCS_START, DOCS_END)) -> None:
    """Put ``text`` between the accuracy markers of ``doc``."""
    start, end = markers
    content = doc.read_text(encoding="utf-8")
    if start not in content or end not in content:
        raise SystemExit(f"{doc} has no {start} ... {end} markers")
    head, rest = content.split(start, 1)
    tail = rest.split(end, 1)[1]
    doc.write_text(f"{head}{start}\n{text}\n{end}{tail}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
