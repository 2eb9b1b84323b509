"""Pull quotes: a quotation with no cue that repeats words its article credits elsewhere.

Part of stage 3 (attribution), the rule ``pull_quote`` applied to a whole
article after :func:`~quotecompare.attribution.resolve.resolve_source` has
read it quotation by quotation.
"""

from __future__ import annotations

import re
from collections import defaultdict

from quotecompare.attribution.sieve import PULL_QUOTE
from quotecompare.models import Resolved
from quotecompare.read.quotes import Found
from quotecompare.text.normalise import is_run_of, plain_words

PULL_QUOTE_MIN_WORDS = 5
_INSERTION = re.compile(r"\[[^\]]*\]")  # an editor's words in brackets: "I doubt [Trump] knows"


def _pieces(text: str) -> list[str]:
    """The words of a quote around editorial insertions, each piece by itself.

    >>> _pieces("I strongly doubt [Trump] understands it.")
    ['i strongly doubt', 'understands it']
    """
    return [words for part in _INSERTION.split(text) if (words := plain_words(part))]


def pull_quotes(found: list[Found], resolved: list[Resolved], words: list[str] | None = None) -> list[Resolved]:
    """A quote with no cue that repeats words an article credits elsewhere (a pull quote) is that speaker's.

    Without this, a pull quote set between paragraphs takes the speaker of
    whichever quote came just before it. A pull quote's first run of
    ``PULL_QUOTE_MIN_WORDS`` words must be a run of the credited quote, so
    only those runs are looked for in the credited quotes, each once: a long
    article is not scanned whole per quote. ``words``: each quote's
    :func:`plain_words`, when the caller has them (an article read in parts).
    """
    word = words.__getitem__ if words else lambda i: plain_words(found[i].text)
    # An uncued quote -> its words (in pieces around an editor's "[Trump]", which stands for other words)
    # and the first run of its first long piece.
    firsts: dict[int, tuple[list[str], str]] = {}
    for i, r in enumerate(resolved):
        if r.attribution.rule in {"continuation", None}:
            pieces = _pieces(found[i].text) if "[" in found[i].text else [word(i)]
            first = next((p.split() for p in pieces if len(p.split()) >= PULL_QUOTE_MIN_WORDS), [])
            if first:
                firsts[i] = (pieces, " ".join(first[:PULL_QUOTE_MIN_WORDS]))
    if not firsts:  # no pull quote here
        return resolved
    wanted = {run for _, run in firsts.values()}
    starts = {run.split(" ", 1)[0] for run in wanted}
    cued: list[tuple[str, Resolved]] = []  # credited quotes holding a wanted run
    by_run: dict[str, list[int]] = defaultdict(list)  # a wanted run -> those quotes, in order
    for i, r in enumerate(resolved):
        if r.who and r.attribution.rule not in {"continuation", None}:
            split = (text := word(i)).split()
            held = wanted.intersection(
                " ".join(split[k : k + PULL_QUOTE_MIN_WORDS]) for k in range(len(split)) if split[k] in starts
            )
            for run in held:
                by_run[run].append(len(cued))
            if held:
                cued.append((text, r))
    out = list(resolved)
    for i, (mine, opening) in firsts.items():
        for n in by_run.get(opening, ()):
            text, other = cued[n]
            if other is not resolved[i] and all(is_run_of(piece, text) for piece in mine):
                out[i] = other._replace(attribution=other.attribution._replace(rule=PULL_QUOTE.name))
                break
    return out
