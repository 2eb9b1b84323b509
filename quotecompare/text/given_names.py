"""Given names that tell a person's gender, for the "he" or "she" an article gives no other clue to.

The list (``given_names.txt``) is made by ``scripts/make_given_names.py`` from
the 1990 US Census first-name tables (public domain): only names one sex bears
at least ten times as often as the other; and, for the names the census lacks
("Sergei", "Mette", "Luiz"), from the ``nomquamgender`` package (MIT): names 95
per cent of one sex in counts pooled from many countries. It is read on first
use, in about three milliseconds. ``plural_surnames.txt``, from the same census, holds the common
surnames that look like a plural noun for people ("Sanders", "Rogers").

>>> given_gender("Stephanie"), given_gender("donald"), given_gender("Kelly"), given_gender("Mette")
('f', 'm', None, 'f')
"""

from __future__ import annotations

from functools import lru_cache

from quotecompare.text.lexicon import word_list


@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    male, female, either = word_list("given_names.txt", "# female", "# either")
    # A given name of both sexes ("" ) tells no gender, but is a given name all the same.
    return dict.fromkeys(male, "m") | dict.fromkeys(female, "f") | dict.fromkeys(either, "")


def given_gender(name: str) -> str | None:
    """'m' or 'f' for a given name that tells, else None."""
    return _genders().get(name.lower()) or None


def is_given_name(name: str) -> bool:
    """A given name of the list, whether it tells a gender or not ("Francis").

    >>> is_given_name("Francis"), given_gender("Francis"), is_given_name("Acosta")
    (True, None, False)
    """
    return name.lower() in _genders()


@lru_cache(maxsize=1)
def _plural_surnames() -> frozenset[str]:
    return frozenset(word_list("plural_surnames.txt")[0])


def plural_surname(word: str) -> bool:
    """A common surname shaped like a plural noun for people (``plural_surnames.txt``, same census).

    >>> plural_surname("Sanders"), plural_surname("Rogers"), plural_surname("Officials"), plural_surname("Neighbors")
    (True, True, False, False)
    """
    return word.lower() in _plural_surnames()
