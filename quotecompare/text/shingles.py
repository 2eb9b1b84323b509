"""Runs of word stems, and which texts share most of them, found without comparing every pair.

Used by attribution (:mod:`quotecompare.attribution.settle`: the same words
credited differently across outlets) and alignment
(:mod:`quotecompare.align.credits`): both must find, among thousands of
quotes, the few pairs that print the same words, at a cost that follows the
number of texts rather than its square.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Collection, Hashable, Iterable, Sequence
from functools import lru_cache

from quotecompare.text.normalise import folded_norms, stem

Gram = tuple[str, ...]
_stem = lru_cache(maxsize=65536)(stem)  # a story's words are far fewer than its quotes' words


def word_grams(text: str, size: int = 3) -> frozenset[Gram]:
    """The runs of ``size`` word stems in ``text``.

    >>> sorted(word_grams("They were improving it", 3))
    [('they', 'were', 'improv'), ('were', 'improv', 'it')]
    """
    stems = [_stem(w) for w in folded_norms(text)]  # settle's texts are folded words already
    return frozenset(tuple(stems[i : i + size]) for i in range(len(stems) - size + 1))


def gram_lists(texts: Iterable[str], size: int = 3) -> list[tuple[Gram, ...]]:
    """:func:`word_grams` of each text, as a tuple holding one shared copy of each run.

    A story's quotes repeat each other's runs, and a set of runs per quote
    took kilobytes: at 50,000 articles, a gigabyte for the texts of a story.

    >>> a, b = gram_lists(["one two six ten", "one two six"])
    >>> sorted(a), b, b[0] is a[a.index(b[0])]
    ([('one', 'two', 'six'), ('two', 'six', 'ten')], (('one', 'two', 'six'),), True)
    """
    shared: dict[Gram, Gram] = {}
    return [tuple(shared.setdefault(g, g) for g in word_grams(text, size)) for text in texts]


def needed(n: int, share: float, least: int) -> int:
    """Runs two texts must share when the smaller has ``n``: ``share`` of them, and at least ``least``."""
    return max(least, math.ceil(share * n))


def similar_sets(
    grams: Sequence[Collection[Gram]],
    share: float,
    least: int,
    wanted: list[bool] | None = None,
    apart: Sequence[Hashable] | None = None,
    budget: int | None = None,
    width: int = 4,
) -> list[tuple[int, int]]:
    """Pairs ``(s, t)``, ``s < t``, whose run sets share at least :func:`needed` of the smaller's size.

    ``wanted[s]`` false leaves out pairs in which neither text is wanted. Texts with the same
    ``apart`` key (not None) are not paired, nor even looked at together: the versions of one
    speaker's statement, however many, cost nothing when only texts credited to different
    speakers are to be paired. Prefix filtering: with the runs of each text ordered rarest first,
    two sets sharing ``c`` runs must meet within the first ``n - c + 1`` runs of the smaller one,
    so only those runs are looked up and no common phrase is skipped or counted twice.

    With a ``budget``, a text meets at most that many others through whole lists of texts holding
    a run, rarest run first; a run held by more than what is left (a statement printed in thousands
    of versions) gives it only the ``width`` texts on each side of it in that run's list. Exact
    without one.

    >>> g = [word_grams("one two three four five"), word_grams("one two three four five six"), word_grams("x y z w")]
    >>> similar_sets(g, 0.6, 3), similar_sets(g, 0.6, 3, apart=["x", "x", None]), similar_sets(g, 0.6, 3, budget=0)
    ([(0, 1)], [], [(0, 1)])
    """
    return sorted(SimilarSets(grams, share, least, wanted, apart, budget, width).pairs())


class SimilarSets:
    """:func:`similar_sets` in two steps: the index of runs, made once, then the pairs met from any
    range of texts; so worker processes forked with the index may take a range each."""

    def __init__(
        self,
        grams: Sequence[Collection[Gram]],
        share: float,
        least: int,
        wanted: list[bool] | None = None,
        apart: Sequence[Hashable] | None = None,
        budget: int | None = None,
        width: int = 4,
    ) -> None:
        self.grams, self.share, self.least, self.wanted = grams, share, least, wanted
        self.apart, self.budget, self.width = apart, budget, width
        self.df: Counter[Gram] = Counter(g for gs in grams for g in gs)
        self.keys = apart or [None] * len(grams)
        # run -> texts holding it; with ``apart``, run -> key -> texts
        self.index: dict[Gram, list[int]] = defaultdict(list)
        self.keyed: dict[Gram, dict[Hashable, list[int]]] = defaultdict(lambda: defaultdict(list))
        for s, gs in enumerate(grams):
            for g in gs:
                if apart is None:
                    self.index[g].append(s)
                else:
                    self.keyed[g][self.keys[s]].append(s)

    def pairs(self, lo: int = 0, hi: int | None = None) -> set[tuple[int, int]]:
        """The pairs met from texts ``lo:hi`` (each ``(s, t)`` with ``s < t``)."""
        grams, share, least, wanted, keys, df = self.grams, self.share, self.least, self.wanted, self.keys, self.df
        found: set[tuple[int, int]] = set()
        for s in range(lo, len(grams) if hi is None else min(hi, len(grams))):
            gs = grams[s]
            n = len(gs)
            if n < least:
                continue
            mine = frozenset(gs)
            need = needed(n, share, least)
            prefix = sorted(gs, key=lambda g: (df[g], g))[: n - need + 1]
            seen: set[int] = set()
            left = len(grams) * len(prefix) if self.budget is None else self.budget
            for g in prefix:
                for key, holders in self.keyed[g].items() if self.apart is not None else ((None, self.index[g]),):
                    if key is not None and key == keys[s]:
                        continue
                    whole = len(holders) <= left
                    if whole:
                        left -= len(holders)
                        near = holders
                    else:
                        at = bisect_left(holders, s)
                        near = holders[max(0, at - self.width) : at + self.width + 1]
                    for t in near:
                        # From its smaller set (ties: the lower index) a pair is sure to be met, so ``need``
                        # is its bar; met through a window, either may be the smaller.
                        m = len(grams[t])
                        if t == s or t in seen or (whole and (m < n or (m == n and t < s))) or m < least:
                            continue
                        seen.add(t)
                        if wanted is not None and not (wanted[s] or wanted[t]):
                            continue
                        if len(mine.intersection(grams[t])) >= (need if m >= n else needed(m, share, least)):
                            found.add((s, t) if s < t else (t, s))
        return found
