"""How much the speakers found depend on one speech verb, "said".

``python eval/verb_swap.py [--verb VERB ...] [--details]``. Builds PolNeAR
train as one story, then again with every "said" printed as another speech
verb ("insisted", "quipped", "says" …), as other writers vary their cues, and
compares each quotation found, by its article and its words (a quotation
that itself holds "said" is read with either verb as the same). A quotation
of the first build not found in the second is lost; one found with another
speaker changed. Nothing here is fitted or scored against gold. The swap is
blind to grammar ("the said report", "said to be" change too), so a few
changes are the probe's own.
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from name_swap import Compared, lost_and_changed, probe

VERBS = ("says", "stated", "insisted", "quipped", "remarked", "wrote", "added", "explained", "told", "claimed")
_SAID = re.compile(r"\bsaid\b")


def swap(text: str, verb: str) -> str:
    """Every "said" as ``verb``.

    >>> swap("“We won,” Holm said, as she said she would.", "insisted")
    '“We won,” Holm insisted, as she insisted she would.'
    """
    return _SAID.sub(verb, text)


def compare(base: dict[str, Any], swapped: dict[str, Any], verb: str) -> Compared:
    """Quotations of ``base`` compared, those lost, and those whose speaker changed (with the new one)."""
    either = re.compile(rf"\b(?:said|{re.escape(verb)})\b")

    def by_words(data: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        return {(q["source"], either.sub("_", q["text"])): q for q in data["quotes"] if q["kind"] == "quote"}

    return lost_and_changed(by_words(base), by_words(swapped), lambda a, b: a == b)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verb", action="append", help=f"the verbs to try (default: {', '.join(VERBS)})")
    parser.add_argument("--details", action="store_true", help="list each quotation lost or changed")
    args = parser.parse_args(argv)
    return probe("qc-verbs-", {v: partial(swap, verb=v) for v in args.verb or VERBS}, compare, args.details)


if __name__ == "__main__":
    raise SystemExit(main())
