"""The README and docs/ stay honest: options, export fields (quotes.json, archive.json), rules, the stage map, links, and the measured tables."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from quotecompare import cli
from quotecompare.attribution.sieve import RULES
from quotecompare.site.export import quotes_json
from tests.conftest import SHARED, load_script, need_shared

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README = ROOT / "README.md"
OWN_GOLD = [ROOT / "eval/seeds-gold.toml", *sorted((ROOT / "eval/stories").glob("*/gold.toml"))]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _between(text: str, start: str, end: str) -> str:
    assert start in text and end in text, (start, end)
    return text.split(start, 1)[1].split(end, 1)[0].strip("\n")


def _slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_readme_is_short_and_leads_to_every_doc() -> None:
    text = _read(README)
    assert len(text.splitlines()) <= 150
    linked = set(re.findall(r"\]\(docs/([\w-]+\.md)\)", text))
    assert linked == {p.name for p in DOCS.glob("*.md")}
    assert {"usage.md", "data-format.md", "archives.md", "accuracy.md", "performance.md", "architecture.md"} <= linked


def test_links_between_the_docs_lead_somewhere() -> None:
    for page in [README, *sorted(DOCS.glob("*.md"))]:
        for target in re.findall(r"\]\(([^)\s]+)\)", _read(page)):
            if target.startswith(("http://", "https://")):
                continue
            file, _, anchor = target.partition("#")
            path = (page.parent / file).resolve() if file else page
            assert path.exists(), (page.name, target)
            if anchor:
                headings = re.findall(r"^#+ (.+)$", _read(path), re.M)
                assert anchor in {_slug(h) for h in headings}, (page.name, target)


def test_every_command_line_option_is_in_the_usage_doc(monkeypatch: pytest.MonkeyPatch) -> None:
    parsers: list[argparse.ArgumentParser] = []
    real = argparse.ArgumentParser.parse_args

    def keep(self: argparse.ArgumentParser, *args: object, **kwargs: object) -> argparse.Namespace:
        parsers.append(self)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(argparse.ArgumentParser, "parse_args", keep)
    cli.parse_args([])
    (parser,) = parsers
    options = [s for a in parser._actions if a.help != argparse.SUPPRESS for s in a.option_strings]
    assert "--workers" in options and "--all-links" in options and "-q" in options
    usage = _read(DOCS / "usage.md")
    documented = set(re.findall(r"`(--?[a-z][a-z-]*)", usage))
    assert [o for o in options if o not in documented] == []
    assert [o for o in documented if o not in options] == []  # no option the command does not have


def test_the_export_fields_documented_are_the_ones_written(seed_story) -> None:
    data = quotes_json(seed_story)
    block = _read(DOCS / "data-format.md").split("## `data/quotes.json`", 1)[1].split("```", 2)[1]
    assert set(re.findall(r'^  "(\w+)":', block, re.M)) == set(data)  # every top-level key (no records here)
    for part in ("sources", "speakers", "quotes", "statements", "links"):
        found = re.search(rf'"{part}": \[\{{(.*?)\}}\]', block, re.S)
        assert found is not None, part
        fields = re.findall(r'"(\w+)"', re.sub(r"\{[^{}]*\}", "", found.group(1)))  # not the keys of nested objects
        written = set(data[part][0])
        assert set(fields) == written, (part, fields, written)


def test_the_rule_table_names_every_rule() -> None:
    section = _read(DOCS / "architecture.md").split("## Who said it: the attribution sieve", 1)[1].split("\n## ", 1)[0]
    assert set(re.findall(r"^\| `(\w+)` \|", section, re.M)) == set(RULES)


_evaluate = load_script(ROOT / "eval" / "evaluate.py")


def _accuracy_block() -> list[str]:
    return _between(_read(_evaluate.ACCURACY_DOC), _evaluate.DOCS_START, _evaluate.DOCS_END).splitlines()


def test_the_accuracy_table_holds_our_own_gold_as_measured() -> None:
    """The rows of the seeds and invented stories, which need nothing outside the repository."""
    lines, complete = _evaluate.tables(OWN_GOLD, with_polnear=False)
    assert complete
    rows = [line for line in lines[2:] if not line.startswith("| **all**")]
    assert len(rows) == len(OWN_GOLD)
    block = _accuracy_block()
    assert [row for row in rows if row not in block] == []


def test_the_accuracy_tables_are_what_evaluate_prints() -> None:
    """The whole block, real stories and PolNeAR included: `python eval/evaluate.py --docs` rewrites it."""
    need_shared(SHARED / "realworld", "the real stories")
    need_shared(_evaluate.polnear_root(), "PolNeAR's development data")
    lines, complete = _evaluate.tables(sorted((ROOT / "eval").rglob("*gold.toml")))
    assert complete
    cut = lines.index(_evaluate.SUMMARY_MARK)
    assert _accuracy_block() == lines[: cut - 1]
    # The README's short table: PolNeAR train and dev, and the real stories pooled.
    readme = _between(_read(ROOT / "README.md"), _evaluate.SUMMARY_START, _evaluate.SUMMARY_END).splitlines()
    assert readme == lines[cut + 1 :] and len(readme) == 5


@pytest.mark.parametrize("script", ["run.py", "worst.py", "run_archive.py", "versions.py"])
def test_each_benchmark_has_its_table_in_the_performance_doc(script: str) -> None:
    source = _read(ROOT / "benchmarks" / script)
    start, end = (re.search(rf'^DOCS_{k} = "(<!-- [\w-]+:{k.lower()} -->)"', source, re.M) for k in ("START", "END"))
    assert start is not None and end is not None
    table = _between(_read(DOCS / "performance.md"), start.group(1), end.group(1))
    assert table.startswith("Measured by `python benchmarks/") and "\n| " in table


def test_the_readme_reports_the_many_versions_benchmark_as_measured() -> None:
    """The README's performance table is what `benchmarks/versions.py --docs` wrote into docs/performance.md:
    every target of issue 17 (5,000 and 50,000 articles, one 20 MB article), with its load."""
    versions = load_script(ROOT / "benchmarks" / "versions.py")
    table = _between(_read(DOCS / "performance.md"), versions.DOCS_START, versions.DOCS_END)
    readme = _between(_read(README), versions.SUMMARY_START, versions.SUMMARY_END)
    assert readme == versions.summary(table)
    rows = [line.split("|")[1].strip() for line in readme.splitlines()[2:]]
    assert {"5,000 articles", "50,000 articles", "one 20 MB article"} <= set(rows)
    assert all(re.search(r"\| [\d.,]+ s \| [\d,]+ MiB \| [\d.]+ \|", line) for line in readme.splitlines()[2:])


def test_the_readme_reports_the_seed_start_up_as_measured() -> None:
    """The README's start-up line is what `benchmarks/run.py --docs` wrote into docs/performance.md."""
    run = load_script(ROOT / "benchmarks" / "run.py")
    table = _between(_read(DOCS / "performance.md"), run.DOCS_START, run.DOCS_END)
    assert _between(_read(README), run.SUMMARY_START, run.SUMMARY_END) == run.summary(table)


def test_the_stage_map_names_every_module() -> None:
    """docs/architecture.md's table of stages lists every module of the package (a sub-package's folder covers it)."""
    doc = _read(DOCS / "architecture.md")
    table = _between(doc, "## The stages and where they live", "\n## ")
    named = set(re.findall(r"`([\w/.]+)`", table))
    package = ROOT / "quotecompare"
    missing = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        if rel.name == "__init__.py":
            continue
        forms = {rel.as_posix(), rel.stem, rel.name}
        if len(rel.parts) > 2:  # attribution/rules/cues.py: "rules/" names the folder
            forms.add(f"{rel.parts[-2]}/")
        if not forms & named:
            missing.append(rel.as_posix())
    assert missing == []


def test_the_archive_fields_documented_are_the_ones_written(tmp_path: Path) -> None:
    site = tmp_path / "site"
    argv = ["--stories", str(ROOT / "tests/fixtures/archive"), "--out", str(site), "--jobs", "1", "-q"]
    assert cli.main([*argv, "--cache", str(tmp_path / "cache")]) == 0
    data = json.loads((site / "data" / "archive.json").read_text(encoding="utf-8"))
    block = _read(DOCS / "archives.md").split("## `data/archive.json`", 1)[1].split("```", 2)[1]
    _, *parts = re.split(r'^  "(\w+)": ', block, flags=re.M)  # each top-level list and its record
    documented = dict(zip(parts[::2], parts[1::2], strict=True))
    assert set(documented) == set(data)
    for part, record in documented.items():
        inner = record.strip().rstrip(",}\n").removeprefix("[{").removesuffix("}]")
        fields = re.findall(r'"(\w+)"', re.sub(r"\{[^{}]*\}", "", inner))  # not the keys of nested objects
        assert set(fields) == set(data[part][0]), (part, fields)
