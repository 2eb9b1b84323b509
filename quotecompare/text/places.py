"""Place names and demonyms: a place is no speaker, and "Iranian" in "Iranian documents" names no one.

The list (``places.txt``) is made by ``scripts/make_places.py`` from GeoNames
data (CC BY 4.0): countries, US states, continents, the largest cities, and
common demonyms. It is read on first use, in well under a millisecond.

>>> is_place("Guatemala"), is_place("the United States"), is_place("Ada Holm"), is_demonym("Iranian")
(True, True, False, True)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    places: set[str] = set()
    demonyms: set[str] = set()
    into = places
    for line in (Path(__file__).with_name("places.txt")).read_text(encoding="utf-8").splitlines():
        if line == "# demonyms":
            into = demonyms
        elif line and not line.startswith("#"):
            into.add(line)
    return frozenset(places), frozenset(demonyms)


def is_place(name: str) -> bool:
    """A country, US state, continent or large city, as written (an article "the" aside)."""
    return name.removeprefix("the ").removeprefix("The ") in _lists()[0]


def is_demonym(word: str) -> bool:
    """An adjective of a country or people: "Iranian", "British"."""
    return word in _lists()[1]
