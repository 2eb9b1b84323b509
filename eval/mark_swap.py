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
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from name_swap import TRAIN, build_quotes, report, swapped_builds, train_files

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


def compare(base: dict[str, Any], swapped: dict[str, Any]) -> tuple[int, list[dict[str, Any]], list[tuple[dict, dict]]]:
    """Quotations of ``base`` compared, those lost, and those whose speaker changed (with the new one)."""

    def at(data: dict[str, Any]) -> dict[tuple[str, int], dict[str, Any]]:
        return {(q["source"], q["start"]): q for q in data["quotes"] if q["kind"] == "quote"}

    def folded(speaker: object) -> object:
        return speaker.replace("’", "'") if isinstance(speaker, str) else speaker

    old, new = at(base), at(swapped)
    lost = [q for k, q in old.items() if k not in new]
    changed = [(q, new[k]) for k, q in old.items() if k in new and folded(q["speaker"]) != folded(new[k]["speaker"])]
    return len(old), lost, changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--style", choices=sorted(STYLES), action="append", help="the styles to try (default: all)")
    parser.add_argument("--details", action="store_true", help="list each quotation lost or changed")
    args = parser.parse_args(argv)
    if (files := train_files()) is None:
        return 2
    with tempfile.TemporaryDirectory(prefix="qc-marks-") as tmp:
        work = Path(tmp)
        base = build_quotes(TRAIN, work / "base")
        for style, built in swapped_builds(files, work, {s: STYLES[s] for s in args.style or sorted(STYLES)}):
            report(style, *compare(base, built), args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
