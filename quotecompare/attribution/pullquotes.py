"""Pull quotes: a quotation with no cue that repeats words its article credits elsewhere.

Part of stage 3 (attribution), the rule ``pull_quote`` applied to a whole
article after :func:`~quotecompare.attribution.discourse.resolve_source` has
read it quotation by quotation.
"""

from collections import defaultdict

from quotecompare.attribution.discourse import Resolved
from quotecompare.attribution.sieve import PULL_QUOTE
from quotecompare.read.quotes import Found
from quotecompare.text.normalise import is_run_of, plain_words

PULL_QUOTE_MIN_WORDS = 5


def pull_quotes(found: list[Found], resolved: list[Resolved]) -> list[Resolved]:
    """A quote with no cue that repeats words an article credits elsewhere (a pull quote) is that speaker's.

    Without this, a pull quote set between paragraphs takes the speaker of
    whichever quote came just before it. The credited quotes are looked up
    by their runs of ``PULL_QUOTE_MIN_WORDS`` words (a pull quote's first
    run must be one of them), so a long article is not scanned whole per quote.
    """
    uncued = [r.attribution.rule in {"continuation", None} for r in resolved]
    if not any(uncued):
        return resolved
    cued = [
        (plain_words(q.text), r)
        for q, r in zip(found, resolved, strict=True)
        if r.who and r.attribution.rule not in {"continuation", None}
    ]
    by_run: dict[str, list[int]] = defaultdict(list)  # a run of words -> the credited quotes holding it, in order
    for n, (text, _) in enumerate(cued):
        split = text.split()
        for run in dict.fromkeys(
            " ".join(split[i : i + PULL_QUOTE_MIN_WORDS]) for i in range(len(split) - PULL_QUOTE_MIN_WORDS + 1)
        ):
            by_run[run].append(n)
    out = []
    for q, r, maybe in zip(found, resolved, uncued, strict=True):
        words = plain_words(q.text) if maybe else ""
        first = words.split()[:PULL_QUOTE_MIN_WORDS]
        if len(first) >= PULL_QUOTE_MIN_WORDS:
            for n in by_run.get(" ".join(first), ()):
                text, other = cued[n]
                if other is not r and is_run_of(words, text):
                    r = other._replace(attribution=other.attribution._replace(rule=PULL_QUOTE.name))
                    break
        out.append(r)
    return out
