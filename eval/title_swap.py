"""How much the speakers found depend on how a house style writes titles.

``python eval/title_swap.py [--style british|spelt-out] [--details]``. Builds
PolNeAR train as one story, then again with its titles written as other
sites write them, and compares each quotation found, by its article and its
words (read with the titles folded back, so a quotation that holds a title is
the same quotation):

* ``british``: "Mr", "Mrs", "Ms" and "Dr" without a full stop before a name;
* ``spelt-out``: "Sen.", "Rep.", "Gov." and "Gen." before a name spelt out.

A quotation of the first build not found in the second is lost; one found with
another speaker changed (the same last word of the name, titles folded, is the
same speaker). Nothing here is fitted or scored against gold. The last line per
style gives the quotations compared, lost and changed.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from name_swap import Compared, lost_and_changed, probe

_SPELT = {"Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Gen.": "General"}
_BRITISH = re.compile(r"\b(Mr|Mrs|Ms|Dr)\.(?= [A-Z])")
_ABBREVIATED = re.compile(r"\b(Sen|Rep|Gov|Gen)\.(?= [A-Z])")
_SPELT_BACK = re.compile(r"\b(" + "|".join(_SPELT.values()) + r")(?= [A-Z])")
_BACK = {v: k for k, v in _SPELT.items()}


def british(text: str) -> str:
    """Honorifics without their full stop before a name.

    >>> british("“No,” Mr. Holm said to Dr. Ruiz. Mr. and Mrs. Lind left.")
    '“No,” Mr Holm said to Dr Ruiz. Mr. and Mrs Lind left.'
    """
    return _BRITISH.sub(r"\1", text)


def spelt_out(text: str) -> str:
    """Abbreviated titles before a name spelt out.

    >>> spelt_out("Sen. Ada Holm met Gov. Jo Ruiz in Gen. Lee Park's sen. office.")
    "Senator Ada Holm met Governor Jo Ruiz in General Lee Park's sen. office."
    """
    return _ABBREVIATED.sub(lambda m: _SPELT[m.group()], text)


def folded(text: str) -> str:
    """A text with both swaps undone, to find a quotation again: "Mr Holm" and "Senator Holm" as printed first.

    >>> folded("Senator Holm and Mr Ruiz")
    'Sen. Holm and Mr. Ruiz'
    """
    text = _SPELT_BACK.sub(lambda m: _BACK[m.group()], text)
    return re.sub(r"\b(Mr|Mrs|Ms|Dr)\b(?!\.)(?= [A-Z])", r"\1.", text)


def compare(base: dict[str, Any], swapped: dict[str, Any], style: str) -> Compared:
    """Quotations of ``base`` compared, those lost, and those whose speaker changed (with the new one)."""

    def by_words(data: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        return {(q["source"], folded(q["text"])): q for q in data["quotes"] if q["kind"] == "quote"}

    def same(a: object, b: object) -> bool:
        if a is None or b is None:
            return a is b
        return folded(str(a)).split()[-1:] == folded(str(b)).split()[-1:]

    return lost_and_changed(by_words(base), by_words(swapped), same)


STYLES = {"british": british, "spelt-out": spelt_out}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--style", action="append", choices=sorted(STYLES), help="the styles to try (default: all)")
    parser.add_argument("--details", action="store_true", help="list each quotation lost or changed")
    args = parser.parse_args(argv)
    return probe("qc-titles-", {s: STYLES[s] for s in args.style or STYLES}, compare, args.details)


if __name__ == "__main__":
    raise SystemExit(main())
