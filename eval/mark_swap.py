"""How much the quotes and speakers found depend on one house style of quotation marks.

``python eval/mark_swap.py [--style straight|british|british-straight|guillemets] [--details]``.
Builds PolNeAR train as one story, then again with its marks printed as other
sites print them, and compares each quotation found, by its place (every swap
changes one character for one, so offsets stay):

* ``straight``: "…" and '…', apostrophes too, as many web pages are scraped;
* ``british``: ‘…’ outside and “…” inside (apostrophes stay ’);
* ``british-straight``: the same typed straight, '…' outside and "…" inside;
* ``guillemets``: «…» outside.

A quotation of the first build not found at its place in the second is lost;
one found with another speaker (apostrophes folded, since "O’Malley" printed
"O'Malley" is the same name) changed. Nothing here is fitted or scored against
gold. The swaps follow the corpus's own marks, so its typing slips carry over:
an inch mark typed as a closing double mark (6’2”) becomes a closing single
one, and an article mixing straight and curly marks mixes two styles after the
swap. The last line per style gives the quotations compared, lost and changed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from name_swap import Compared, lost_and_changed, probe

_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_GUILLEMETS = str.maketrans({"“": "«", "”": "»"})


def straight(text: str) -> str:
    """Every curly mark straight.

    >>> straight("“It’s ‘done,’” she said.")
    '"It\\'s \\'done,\\'" she said.'
    """
    return text.translate(_STRAIGHT)


def guillemets(text: str) -> str:
    """Double marks as guillemets.

    >>> guillemets("“It’s done,” she said.")
    '«It’s done,» she said.'
    """
    return text.translate(_GUILLEMETS)


def british(text: str) -> str:
    """Single marks outside, double inside; an apostrophe (’ before a letter, or with no single mark open) stays.

    >>> british("“We were told ‘wait,’” she said. It’s the voters’ call.")
    '‘We were told “wait,”’ she said. It’s the voters’ call.'
    """
    out: list[str] = []
    inner = 0  # single marks open in this paragraph
    for i, ch in enumerate(text):
        after = text[i + 1 : i + 2]
        if ch == "\n":
            inner = 0
        if ch == "‘":
            out.append("“")
            inner += 1
        elif ch == "’" and inner and not after.isalpha():
            out.append("”")
            inner -= 1
        else:
            out.append({"“": "‘", "”": "’"}.get(ch, ch))
    return "".join(out)


def british_straight(text: str) -> str:
    """British marks typed straight: '…' outside, "…" inside, apostrophes '."""
    return straight(british(text))


STYLES: dict[str, Callable[[str], str]] = {
    "straight": straight,
    "british": british,
    "british-straight": british_straight,
    "guillemets": guillemets,
}


def compare(base: dict[str, Any], swapped: dict[str, Any], style: str = "") -> Compared:
    """Quotations of ``base`` compared, those lost, and those whose speaker changed (with the new one)."""

    def at(data: dict[str, Any]) -> dict[tuple[str, int], dict[str, Any]]:
        return {(q["source"], q["start"]): q for q in data["quotes"] if q["kind"] == "quote"}

    def folded(speaker: object) -> object:
        return speaker.replace("’", "'") if isinstance(speaker, str) else speaker

    return lost_and_changed(at(base), at(swapped), lambda a, b: folded(a) == folded(b))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--style", choices=sorted(STYLES), action="append", help="the styles to try (default: all)")
    parser.add_argument("--details", action="store_true", help="list each quotation lost or changed")
    args = parser.parse_args(argv)
    return probe("qc-marks-", {s: STYLES[s] for s in args.style or sorted(STYLES)}, compare, args.details)


if __name__ == "__main__":
    raise SystemExit(main())
