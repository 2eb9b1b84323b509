"""Pull quotes: a quotation with no cue that repeats words its article credits elsewhere.

Part of stage 3 (attribution), the rule ``pull_quote`` applied to a whole
article after :func:`~quotecompare.attribution.discourse.resolve_source` has
read it quotation by quotation.
"""

from __future__ import annotations

from collections import defaultdict

from quotecompare.attribution.sieve import PULL_QUOTE
from quotecompare.models import Resolved
from quotecompare.read.quotes import Found
from quotecompare.text.normalise import is_run_of, plain_words

PULL_QUOTE_MIN_WORDS = 5


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
    firsts: dict[int, tuple[str, str]] = {}  # an uncued quote -> its words and their first run
    for i, r in enumerate(resolved):
        if r.attribution.rule in {"continuation", None}:
            first = word(i).split()[:PULL_QUOTE_MIN_WORDS]
            if len(first) >= PULL_QUOTE_MIN_WORDS:
                firsts[i] = (word(i), " ".join(first))
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
            if other is not resolved[i] and is_run_of(mine, text):
                out[i] = other._replace(attribution=other.attribution._replace(rule=PULL_QUOTE.name))
                break
    return out
