"""Slugs: safe file names and URL parts made from names and titles (stage 0, text utilities)."""

import re
import unicodedata


def slugify(text: str) -> str:
    """A safe file name and URL part.

    >>> slugify("Sergei Lavrov's 2nd Quote!")
    'sergei-lavrovs-2nd-quote'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "")).strip("-")
    return slug or "x"
