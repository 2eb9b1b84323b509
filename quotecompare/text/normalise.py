"""Typography normalisation and word tokens shared by alignment and diff; accents folded for names.

>>> normalise("“We’re ready…” — U.S. Colleagues")
'"we\\'re ready..." - us colleagues'
>>> [t.norm for t in tokens("Let’s try, U.S. side…")]
["let's", 'try', 'us', 'side']
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from functools import lru_cache

from quotecompare.models import Struct

_TRANSLATE = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "′": "'",
        "—": "-",
        "–": "-",
        "‒": "-",
        "―": "-",
        "\u00a0": " ",
        "…": "...",
    }
)
_ABBREV = re.compile(r"\b((?:[A-Za-z]\.){2,})")
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[\w]+(?:['’][\w]+)*", re.UNICODE)


def normalise(text: str) -> str:
    """Fold typography (marks, dashes, ellipses, case, spacing)."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    text = _ABBREV.sub(lambda m: m.group(1).replace(".", ""), text)
    return re.sub(r"\s+", " ", text).strip().lower()


class Token(Struct):
    """A word as printed (``text``, with ``start``/``end`` in the quote) and folded (``norm``)."""

    __slots__ = ("end", "norm", "start", "text")

    def __init__(self, text: str, norm: str, start: int, end: int) -> None:
        self.text = text
        self.norm = norm
        self.start = start
        self.end = end


# Editors' insertions inside a quotation: "[him]", "(Russian President Vladimir) Putin", "[sic]".
_EDITORIAL = r"\[[^\]]{0,80}\]|\([^)]{0,80}\)"  # compiled on first use (most quotes have no brackets)


def tokens(text: str) -> list[Token]:
    """Words of a quote, keeping where each sits in the original wording.

    Words inside editors' brackets or parentheses are not the speaker's and
    are left out, so "told [him]" and "told Comey" differ by one word, not two.

    >>> [t.norm for t in tokens("(Russian President Vladimir) Putin told [him] no [sic]")]
    ['putin', 'told', 'no']
    """
    return [Token(w := m.group(0), _normalise_word(w), m.start(), m.end()) for m in _WORD.finditer(_masked(text))]


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each word of :func:`tokens` starts and ends in ``text``, without folding the words.

    >>> word_spans("(Sir) We’re ready") == [(t.start, t.end) for t in tokens("(Sir) We’re ready")]
    True
    """
    return [m.span() for m in _WORD.finditer(_masked(text))]


def words_span(text: str) -> tuple[int, int] | None:
    """Where the words of a quote begin and end, as :func:`tokens` reads them, or None: without making tokens.

    >>> words_span("“(Sir) We are ready…”")
    (7, 19)
    """
    masked = _masked(text)
    first = _WORD.search(masked)
    if first is None:
        return None
    # No word runs through a space, so the words after the last space are read alike from there: the last
    # word is found without reading every word before it (a page of thousands of quotes asks for each).
    tail = [m.end() for m in _WORD.finditer(masked, max(masked.rfind(" "), first.start()))]
    if not tail:  # nothing after the last space but marks ("… now …”"): every word, the last one kept
        tail = [m.end() for m in deque(_WORD.finditer(masked, first.start()), maxlen=1)]
    return first.start(), tail[-1]


def _masked(text: str) -> str:
    return re.sub(_EDITORIAL, lambda m: " " * len(m.group(0)), text) if "[" in text or "(" in text else text


def _normalise_word(word: str) -> str:
    # Most words are plain ASCII without dots, where normalise() comes down to lower().
    return word.lower() if word.isascii() and "." not in word else normalise(word)


def norms(text: str) -> list[str]:
    """The folded words of :func:`tokens`, without the tokens.

    >>> norms("(Sir) We’re ready, U.S. side…") == [t.norm for t in tokens("(Sir) We’re ready, U.S. side…")]
    True
    """
    text = _masked(text)
    if text.isascii():  # case changes no word's bounds, and a plain ASCII word folds to its lower case
        words = _WORD.findall(text.lower())
        if not any("." in w for w in words):  # no "U.S."
            return words
    words = _WORD.findall(text)
    # Curly quotes and dashes between the words: the words themselves are often still plain ASCII.
    joined = " ".join(words)
    if words and joined.isascii() and "." not in joined:
        return joined.lower().split(" ")
    return [_normalise_word(w) for w in words]


_FOLDED_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_' ")


def _is_folded(text: str) -> bool:
    """Words folded already, as :func:`plain_words` writes ASCII ones: lower case, one space apart, an
    apostrophe only within a word. :func:`norms` reads such a text as its words split at the spaces: no
    brackets, no dots, nothing to fold, and each word matches ``_WORD`` whole.

    >>> _is_folded("we're ready us side"), _is_folded("We're ready"), _is_folded("ready  now"), _is_folded("'tis")
    (True, False, False, False)
    """
    return (
        bool(text)
        and _FOLDED_CHARS.issuperset(text)
        and text[0] not in " '"
        and text[-1] not in " '"
        and not any(pair in text for pair in ("  ", "''", " '", "' "))
    )


def folded_norms(text: str) -> list[str]:
    """:func:`norms`, at once for a text that is folded words already (from :func:`plain_words`).

    >>> folded_norms("we're ready us side") == norms("we're ready us side") == ["we're", "ready", "us", "side"]
    True
    """
    return text.split(" ") if _is_folded(text) else norms(text)


@lru_cache(maxsize=8192)
def plain_words(text: str) -> str:
    """The folded words of a quote, space-separated, for telling whether one repeats another.

    >>> plain_words("We’re ready, U.S. side…"), plain_words("we're ready us side")
    ("we're ready us side", "we're ready us side")
    """
    return text if _is_folded(text) else " ".join(norms(text))


def is_run_of(part: str, whole: str) -> bool:
    """True when the words ``part`` (from :func:`plain_words`) are a run of the words ``whole``.

    >>> is_run_of(plain_words("legislators."), plain_words("not by judges and not even by legislators, but"))
    True
    >>> is_run_of(plain_words("judges"), plain_words("judge"))
    False
    """
    return bool(part) and f" {part} " in f" {whole} "


_STEM = re.compile(r"(?:ing|ed|es|s)$")


def stem(word: str) -> str:
    """A crude suffix strip so improve/improving, issue/issues meet.

    >>> stem("improving"), stem("issues"), stem("is")
    ('improv', 'issu', 'is')
    """
    if len(word) <= 4:
        return word
    return _STEM.sub("", word).rstrip("e") or word


def fold_accents(text: str) -> str:
    """``text`` without its accents: "Peña" -> "Pena" (letters of other scripts stay).

    >>> fold_accents("Andrés Peña"), fold_accents("Сергей"), fold_accents("Lech Wałęsa")
    ('Andres Pena', 'Сергеи', 'Lech Walesa')
    """
    if text.isascii():
        return text  # most names: nothing to fold (asked for every form of every name)
    folded = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return folded.translate(_STROKED) if not folded.isascii() else folded


# Letters with a stroke, which Unicode does not decompose: "Wałęsa" is the "Walesa" an English outlet prints.
_STROKED = str.maketrans("łŁđĐøØħĦ", "lLdDoOhH")
