"""Runs of word stems, and which texts share most of them, found without comparing every pair.

Used by attribution (:mod:`quotecompare.attribution.settle`: the same words
credited differently across outlets) and alignment
(:mod:`quotecompare.align.credits`): both must find, among thousands of
quotes, the few pairs that print the same words, at a cost that follows the
number of texts rather than its square.
"""

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence

from quotecompare.text.normalise import stem, tokens

Gram = tuple[str, ...]


def word_grams(text: str, size: int = 3) -> frozenset[Gram]:
    """The runs of ``size`` word stems in ``text``.

    >>> sorted(word_grams("They were improving it", 3))
    [('they', 'were', 'improv'), ('were', 'improv', 'it')]
    """
    stems = [stem(t.norm) for t in tokens(text)]
    return frozenset(tuple(stems[i : i + size]) for i in range(len(stems) - size + 1))


def needed(n: int, share: float, least: int) -> int:
    """Runs two texts must share when the smaller has ``n``: ``share`` of them, and at least ``least``."""
    return max(least, math.ceil(share * n))


def similar_sets(
    grams: list[frozenset[Gram]],
    share: float,
    least: int,
    wanted: list[bool] | None = None,
    apart: Sequence[Hashable] | None = None,
) -> list[tuple[int, int]]:
    """Pairs ``(s, t)``, ``s < t``, whose run sets share at least :func:`needed` of the smaller's size.

    ``wanted[s]`` false leaves out pairs in which neither text is wanted. Texts with the same
    ``apart`` key (not None) are not paired, nor even looked at together: the versions of one
    speaker's statement, however many, cost nothing when only texts credited to different
    speakers are to be paired. Prefix filtering: with the runs of each text ordered rarest first,
    two sets sharing ``c`` runs must meet within the first ``n - c + 1`` runs of the smaller one,
    so only those runs are looked up and no common phrase is skipped or counted twice.

    >>> g = [word_grams("one two three four five"), word_grams("one two three four five six"), word_grams("x y z w")]
    >>> similar_sets(g, 0.6, 3), similar_sets(g, 0.6, 3, apart=["x", "x", None])
    ([(0, 1)], [])
    """
    df: Counter[Gram] = Counter(g for gs in grams for g in gs)
    keys = apart or [None] * len(grams)
    index: dict[Gram, dict[Hashable, list[int]]] = defaultdict(lambda: defaultdict(list))  # run -> key -> texts
    for s, gs in enumerate(grams):
        for g in gs:
            index[g][keys[s]].append(s)
    pairs = []
    for s, gs in enumerate(grams):
        n = len(gs)
        if n < least:
            continue
        need = needed(n, share, least)
        prefix = sorted(gs, key=lambda g: (df[g], g))[: n - need + 1]
        seen: set[int] = set()
        for g in prefix:
            for key, holders in index[g].items():
                if key is not None and key == keys[s]:
                    continue
                for t in holders:
                    # s is the smaller set of the pair (ties: the lower index), so ``need`` is the pair's bar.
                    if t == s or t in seen or len(grams[t]) < n or (len(grams[t]) == n and t < s):
                        continue
                    seen.add(t)
                    if wanted is not None and not (wanted[s] or wanted[t]):
                        continue
                    if len(gs & grams[t]) >= need:
                        pairs.append((s, t) if s < t else (t, s))
    return sorted(pairs)
