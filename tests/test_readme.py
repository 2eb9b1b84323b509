"""The README stays honest about the command line and the data export."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from quotecompare import cli
from quotecompare.site.export import quotes_json

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_line_option_is_in_the_readme(monkeypatch) -> None:
    parsers: list[argparse.ArgumentParser] = []
    real = argparse.ArgumentParser.parse_args

    def keep(self: argparse.ArgumentParser, *args: object, **kwargs: object) -> argparse.Namespace:
        parsers.append(self)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(argparse.ArgumentParser, "parse_args", keep)
    cli.parse_args([])
    (parser,) = parsers
    options = [
        s for a in parser._actions if a.help != argparse.SUPPRESS for s in a.option_strings if s.startswith("--")
    ]
    assert "--workers" in options and "--all-links" in options
    assert [o for o in options if o != "--help" and o not in README] == []


def test_the_export_fields_in_the_readme_are_the_ones_written(seed_story) -> None:
    data = quotes_json(seed_story)
    block = README.split("### `data/quotes.json`", 1)[1].split("```", 2)[1]
    for part in ("sources", "speakers", "quotes", "statements", "links"):
        documented = re.search(rf'"{part}": \[\{{(.*?)\}}\]', block, re.S).group(1)
        fields = re.findall(r'"(\w+)"', re.sub(r"\{[^{}]*\}", "", documented))  # not the keys of nested objects
        written = set(data[part][0])
        assert set(fields) == written, (part, fields, written)
