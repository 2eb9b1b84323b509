"""Every count on every page agrees with quotes.json and with the command's output (issue 19).

Each count a page shows is marked with what it counts (``data-count``) and of
what (``data-of``: an article, a speaker, an outlet, a story). This test reads
every page of built stories and of an archive, works each count out again
from the story's ``data/quotes.json`` alone, and compares; and it reads the
command's summary line the same way. The expected numbers are computed here,
independently of quotecompare.site.tally.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quotecompare.cli import main
from tests.conftest import FIXTURES, SEEDS, SHARED

LOOSEST = ("paraphrase", "variant", "verbatim")


class _Counts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str, str]] = []
        self._open: tuple[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if "data-count" in a:
            self._open = (a["data-count"] or "", a.get("data-of") or "")

    def handle_data(self, data: str) -> None:
        if self._open:
            self.found.append((*self._open, data))
            self._open = None


def counts_on(page: Path) -> list[tuple[str, str, int]]:
    parser = _Counts()
    parser.feed(page.read_text(encoding="utf-8"))
    return [(name, of, int(text)) for name, of, text in parser.found]


def expected_counts(data: dict) -> dict[tuple[str, str], int]:
    """Every count a story's pages may show, from its quotes.json alone."""
    outlet = {s["id"]: s["outlet"] for s in data["sources"]}
    quotes = [q for q in data["quotes"] if q["kind"] == "quote"]
    by_id = {q["id"]: q for q in data["quotes"]}
    terms = len(data["terms"]) + sum(1 for q in data["quotes"] if q["kind"] == "term")
    want: dict[tuple[str, str], int] = Counter()
    want["articles", ""] = len(data["sources"])
    want["outlets", ""] = len(set(outlet.values()))
    want["quotes", ""] = len(quotes)
    want["unattributed", ""] = sum(1 for q in quotes if q["speaker"] is None)
    want["attributed", ""] = len(quotes) - want["unattributed", ""]
    want["terms", ""] = terms
    want["speakers", ""] = len({q["speaker_id"] for q in quotes if q["speaker_id"]})
    want["statements", ""] = len(data["statements"])
    for s in data["sources"]:
        here = [q for q in data["quotes"] + data["terms"] if q["source"] == s["id"]]
        of = f"article:{s['id']}"
        want["quotes", of] = sum(1 for q in here if q["kind"] == "quote")
        want["unattributed", of] = sum(1 for q in here if q["kind"] == "quote" and q["speaker"] is None)
        want["terms", of] = sum(1 for q in here if q["kind"] == "term")
        for q in here:
            if q["kind"] == "quote" and q["speaker_id"]:
                want["quotes", f"{of} speaker:{q['speaker_id']}"] += 1
    for q in quotes:
        o = f"outlet:{outlet[q['source']]}"
        if q["speaker_id"]:
            want["quotes", f"speaker:{q['speaker_id']}"] += 1
            want["attributed", o] += 1
        else:
            want["unattributed", o] += 1
    verbatim = defaultdict(set)  # quote id -> outlets whose version it matches word for word
    for lk in data["links"]:
        a, b = (by_id[q] for q in lk["quotes"])
        if lk["same_speaker"] and lk["kind"] == "verbatim" and outlet[a["source"]] != outlet[b["source"]]:
            verbatim[a["id"]].add(outlet[b["source"]])
            verbatim[b["id"]].add(outlet[a["source"]])
    for kind in (*LOOSEST, "only"):
        want[f"statements-{kind}", ""] = 0
    for st in data["statements"]:
        outlets = {outlet[by_id[q]["source"]] for q in st["quotes"]}
        kind = next((k for k in LOOSEST if st["kinds"].get(k)), "only") if len(outlets) > 1 else "only"
        want[f"statements-{kind}", ""] += 1
        want["shared", ""] += len(outlets) > 1
        sp = f"speaker:{st['speaker']}"
        want[f"statements-{kind}", sp] += 1
        want["statements", sp] += 1
        want["shared", sp] += len(outlets) > 1
        for o in outlets:
            cell = f"{sp} outlet:{o}"
            want["statements", cell] += 1
            want["shared", cell] += len(outlets) > 1
            want["verbatim", cell] += any(verbatim[q] for q in st["quotes"] if outlet[by_id[q]["source"]] == o)
    return want


def check_story(site: Path) -> int:
    """Every marked count of every page of the story at ``site``; how many were checked."""
    data = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    want = expected_counts(data)
    checked = 0
    for page in sorted(site.rglob("*.html")):
        for name, of, value in counts_on(page):
            assert name in {n for n, _ in want}, (page.name, name, of)  # a count this test knows how to check
            assert value == want[name, of], (page.relative_to(site).as_posix(), name, of, value, want[name, of])
            checked += 1
    # The index names every story-wide count, the statements of each kind, and what is left out when anything is.
    index = {name for name, of, _ in counts_on(site / "index.html") if of == ""}
    needed = {
        "articles",
        "outlets",
        "quotes",
        "speakers",
        "statements",
        *(f"statements-{k}" for k in (*LOOSEST, "only")),
    }
    needed |= {k for k in ("unattributed", "terms") if want[k, ""]} | ({"shared"} if want["shared", ""] else set())
    assert needed <= index, needed - index
    return checked


SUMMARY = re.compile(
    r"Built .*?: (?P<articles>\d+) articles?, (?P<quotes>\d+) quotes?(?: \((?P<unattributed>\d+) with no speaker\))?, "
    r"(?P<speakers>\d+) speakers?, (?P<statements>\d+) statements? \((?P<shared>\d+) in more than one outlet\), "
    r"(?P<links>\d+) links?, (?P<pages>\d+) pages?(?:; (?P<terms>\d+) quoted terms? left out)?$"
)


def build_story(folder: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    assert main(["--sources", str(folder), "--out", str(out)]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    m = SUMMARY.fullmatch(line)
    assert m, line
    return {k: int(v or 0) for k, v in m.groupdict().items()}


def stories_to_check() -> list[Path]:
    real = sorted(p for p in (SHARED / "realworld").glob("*") if p.is_dir())
    return [SEEDS, FIXTURES / "wide", *sorted(p for p in (FIXTURES / "archive").iterdir() if p.is_dir()), *real]


@pytest.mark.parametrize("folder", stories_to_check(), ids=lambda p: p.name)
def test_every_count_on_every_page_agrees_with_quotes_json_and_the_command(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    said = build_story(folder, site, capsys)
    data = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    want = expected_counts(data)
    for name in ("articles", "quotes", "unattributed", "terms", "speakers", "statements", "shared"):
        assert said[name] == want[name, ""], name
    assert said["links"] == len(data["links"])
    assert said["pages"] == sum(1 for _ in site.rglob("*.html"))
    assert check_story(site) >= 10


def test_every_count_of_an_archive_agrees_with_its_stories(tmp_path: Path) -> None:
    stories = FIXTURES / "archive"
    site = tmp_path / "site"
    assert main(["--stories", str(stories), "--out", str(site), "--jobs", "1", "-q"]) == 0
    archive = json.loads((site / "data" / "archive.json").read_text(encoding="utf-8"))
    want: dict[tuple[str, str], int] = Counter()
    outlets: dict[str, Counter[str]] = defaultdict(Counter)
    for story in archive["stories"]:
        data = json.loads((site / story["quotes_json"]).read_text(encoding="utf-8"))
        assert check_story(site / story["path"]) >= 10  # each story's own pages, inside the archive
        own = expected_counts(data)
        of = f"story:{story['id']}"
        for name in ("articles", "quotes", "statements", "shared"):
            want[name, of] = own[name, ""]
            want[name, "archive"] += own[name, ""]
        for s in data["sources"]:
            slug = re.sub(r"[^a-z0-9]+", "-", s["outlet"].lower()).strip("-")
            want["quotes", f"article:{story['id']}/{s['id']}"] = own["quotes", f"article:{s['id']}"]
            outlets[slug]["articles"] += 1
            outlets[slug]["quotes"] += own["quotes", f"article:{s['id']}"]
            outlets[slug]["unattributed"] += own["unattributed", f"article:{s['id']}"]
    for slug, c in outlets.items():
        for name, value in c.items():
            want[name, f"outlet:{slug}"] = value
    want["outlets", "archive"] = len(outlets)
    want["speakers", "archive"] = len(archive["speakers"])
    checked = 0
    for page in [site / "index.html", *sorted((site / "outlets").glob("*.html")), *(site / "speakers").glob("*.html")]:
        for name, of, value in counts_on(page):
            assert value == want[name, of], (page.relative_to(site).as_posix(), name, of, value, want[name, of])
            checked += 1
    assert checked >= 20
