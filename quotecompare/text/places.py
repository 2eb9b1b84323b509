"""Place names and demonyms: a place is no speaker, and "Iranian" in "Iranian documents" names no one.

The list (``places.txt``) is made by ``scripts/make_places.py`` from GeoNames
data (CC BY 4.0): countries, US states, continents, the largest cities, and
common demonyms. It is read on first use, in well under a millisecond.

>>> is_place("Guatemala"), is_place("the United States"), is_place("Ada Holm"), is_demonym("Iranian")
(True, True, False, True)
>>> is_place("Doha"), is_place("Kiev")  # a capital speaks for its government, a small one too
(True, True)
"""

from __future__ import annotations

from functools import lru_cache

from quotecompare.text.given_names import is_given_name
from quotecompare.text.lexicon import STATE_ABBREVIATIONS, word_list


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    places, demonyms = word_list("places.txt", "# demonyms")
    return frozenset(places), frozenset(demonyms)


# "South Florida", "Northern California": a part of a place is a place.
_STREETS = frozenset({"Street", "Avenue", "Boulevard", "Road", "Square", "Plaza", "Lane"})
# "Trump Tower", "Barclays Center": a building named for someone, unless the name before is a given name
# ("John Tower", a senator). ("Hall", "Park", "Church" are too common as surnames to tell.)
_BUILDINGS = frozenset("Tower Towers Building Hotel Center Centre Arena Stadium Airport Palace Mall".split())
_COMPASS = ("North ", "South ", "East ", "West ", "Northern ", "Southern ", "Eastern ", "Western ", "Central ")


def is_place(name: str) -> bool:
    """A country, US state, continent or large city, or a part of one, as written (an article "the" aside).

    >>> is_place("South Florida"), is_place("Northern California"), is_place("South Pines"), is_place("Wall Street")
    (True, True, False, True)
    >>> is_place("Calif."), is_place("Calif")
    (True, False)
    >>> is_place("Trump Tower"), is_place("John Tower"), is_place("an aide inside Trump Tower")
    (True, False, False)
    """
    name = name.removeprefix("the ").removeprefix("The ")
    if name.endswith(".") and name[:-1].lower() in STATE_ABBREVIATIONS and name[:1].isupper():
        return True  # "Calif.", "Pa.": a state as news style abbreviates it
    places = _lists()[0]
    if name in places or (" " in name and name.rsplit(" ", 1)[1] in _STREETS):
        return True  # "Wall Street", "Pennsylvania Avenue": an address, however named
    words = name.split()
    if len(words) > 1 and words[-1] in _BUILDINGS and all(w[:1].isupper() for w in words):
        return not is_given_name(words[0])
    return name.startswith(_COMPASS) and name.split(" ", 1)[1] in places


def demonym_plural(word: str) -> bool:
    """A people named in the plural: "Latinos", "Asian-Americans".

    >>> demonym_plural("Latinos"), demonym_plural("Latino"), demonym_plural("Sanders")
    (True, False, False)
    """
    return word.endswith("s") and is_demonym(word[:-1])


def is_demonym(word: str) -> bool:
    """An adjective of a country or people: "Iranian", "British", and compounds of them: "Mexican-American".

    >>> is_demonym("Mexican-American"), is_demonym("African American"), is_demonym("Jean-Luc")
    (True, True, False)
    """
    demonyms = _lists()[1]
    return word in demonyms or (
        ("-" in word or " " in word) and all(part in demonyms for part in word.replace("-", " ").split())
    )
