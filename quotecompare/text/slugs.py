"""Slugs: safe file names and URL parts made from names and titles (stage 0, text utilities)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection


def slugify(text: str) -> str:
    """A safe file name and URL part.

    >>> slugify("Sergei Brandt's 2nd Quote!")
    'sergei-brandts-2nd-quote'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "")).strip("-")
    return slug or "x"


def unused(slug: str, taken: Collection[str]) -> str:
    """``slug``, with "-2" added until ``taken`` does not hold it (the caller adds it when it is used).

    >>> unused("a", {"a", "a-2"}), unused("b", {"a"})
    ('a-2-2', 'b')
    """
    while slug in taken:
        slug += "-2"
    return slug
