"""Given names that tell a person's gender, for the "he" or "she" an article gives no other clue to.

The list (``given_names.txt``) is made by ``scripts/make_given_names.py`` from
the 1990 US Census first-name tables (public domain): only names one sex bears
at least ten times as often as the other; and, for the names the census lacks
("Sergei", "Mette", "Luiz"), from the ``nomquamgender`` package (MIT): names 95
per cent of one sex in counts pooled from many countries. It is read on first
use (the file only: it is searched where it lies). ``plural_surnames.txt``, from the same census, holds the common
surnames that look like a plural noun for people ("Sanders", "Rogers").

>>> given_gender("Stephanie"), given_gender("donald"), given_gender("Kelly"), given_gender("Mette")
('f', 'm', None, 'f')
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from quotecompare.text.lexicon import word_list


@lru_cache(maxsize=1)
def _sections() -> tuple[str, str, str]:
    """The list's male, female and either names, each section a text of sorted lines between newlines.

    Searched where they lie (:func:`_listed`): a build asks after a few names, and splitting the
    15,000 into strings and a dict took about 3 ms at every start, against 0.2 ms to read the file.
    """
    text = Path(__file__).with_name("given_names.txt").read_text(encoding="utf-8")
    start = 0
    while text.startswith("#", start):  # the header's comment lines
        start = text.index("\n", start) + 1
    female, either = text.index("\n# female\n"), text.index("\n# either\n")
    return "\n" + text[start : female + 1], text[female + 9 : either + 1], text[either + 9 :]


def _listed(section: str, name: str) -> bool:
    """Whether ``name`` is a line of a section of sorted lines (binary search, in place).

    >>> [_listed("\\nada\\nbo\\ncy\\n", n) for n in ("ada", "bo", "cy", "b", "d", "")]
    [True, True, True, False, False, False]
    """
    lo, hi = 1, len(section)  # the lines from offset lo (a line's start) up to hi
    while lo < hi:
        start = section.rfind("\n", lo - 1, (lo + hi) // 2) + 1
        end = section.find("\n", start)
        word = section[start:end]
        if word == name:
            return True
        lo, hi = (end + 1, hi) if word < name else (lo, start)
    return False


@lru_cache(maxsize=65536)
def _gender_of(low: str) -> str | None:
    """ "m", "f", "" (a given name of both sexes, "Francis": no gender, but a given name all the same) or None."""
    male, female, either = _sections()
    return "m" if _listed(male, low) else "f" if _listed(female, low) else "" if _listed(either, low) else None


def given_gender(name: str) -> str | None:
    """'m' or 'f' for a given name that tells, else None."""
    return _gender_of(name.lower()) or None


def is_given_name(name: str) -> bool:
    """A given name of the list, whether it tells a gender or not ("Francis").

    >>> is_given_name("Francis"), given_gender("Francis"), is_given_name("Acosta")
    (True, None, False)
    """
    return _gender_of(name.lower()) is not None


@lru_cache(maxsize=1)
def _plural_surnames() -> frozenset[str]:
    return frozenset(word_list("plural_surnames.txt")[0])


def plural_surname(word: str) -> bool:
    """A common surname shaped like a plural noun for people (``plural_surnames.txt``, same census).

    >>> plural_surname("Sanders"), plural_surname("Rogers"), plural_surname("Officials"), plural_surname("Neighbors")
    (True, True, False, False)
    """
    return word.lower() in _plural_surnames()
