"""Near versions: each of a speaker's texts with a bounded number of its closest texts, at any number of versions.

Part of stage 4, used by :class:`~quotecompare.align.alignment.Texts`. A
statement translated or retyped by every outlet has nearly as many versions
as outlets; comparing each version with every other grows with the square of
the outlets. Here each text keeps at most ``NEIGHBOURS`` candidates, the
nearest ones, so the comparisons that follow grow with the texts:

1. :func:`indexed_pairs` finds candidate pairs among many clauses without
   scoring every pair: prefix filtering over a word index (two alike clauses
   share one of the rarest words of the shorter), where a clause meets at
   most ``BUDGET`` others through whole word lists, rarest word first, and a
   word whose list would go past that (held by thousands of versions) gives
   it only its ``WINDOW`` neighbours on each side. The pairs found are scored with
   ``partial_ratio`` (``rapidfuzz.process.cpdist``) and kept at the
   candidate cutoff;
2. :func:`nearest` ranks each text's candidates by how alike the whole texts
   are (``partial_ratio``, then ``ratio`` of the word-encoded texts) and keeps
   a pair when it is among the ``NEIGHBOURS`` nearest of either text: the
   k-nearest-neighbour graph, returned nearest first.

A speaker with few clauses has every pair scored instead (exact, as before):
every real story we have, and its texts have far fewer than ``NEIGHBOURS``
candidates each, so none is dropped. Everything is deterministic (sorted
pairs, ties by index), so a build writes the same bytes with any workers.

>>> nearest([(0, 1), (0, 2), (1, 2)], ["abc", "abd", "xbc"], k=1)
[(0, 1), (0, 2)]
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

NEIGHBOURS = 16  # candidates kept per text: the nearest
BUDGET = 64  # clauses a clause meets through whole word lists
WINDOW = 2  # clauses met on each side of a clause in a word's list beyond that
SMALL_BATCH = 4096  # up to this many pairs are scored in a loop, without numpy


def indexed_pairs(
    clauses: list[str], owner: list[int], cutoff: float, budget: int | None = BUDGET, width: int = WINDOW
) -> list[tuple[int, int]]:
    """Pairs ``(s, t)``, ``s < t``, of texts (``owner`` of each clause) with two clauses alike, found through words.

    Clauses are word-encoded strings (one character a word); two are alike
    when ``partial_ratio`` reaches ``cutoff``: its score is ``200 * L / (m + k)``
    for ``L`` words in common in a window of ``k >= L`` words of the longer, so
    reaching the cutoff takes ``L >= need(m)`` shared words. Prefix filtering:
    with each clause's words ordered rarest first, two clauses sharing
    ``need`` words share one of the first ``m - need + 1`` words of the
    shorter, so only clauses holding one of those are scored, each pair once
    from its shorter side. Repeated words count once per repetition.

    Exact with ``budget=None``. Otherwise a clause meets at most ``budget``
    clauses through whole lists, rarest word first; a word whose list would
    go past that (a word of a statement printed in thousands of versions, or
    a common one) gives it only the ``width`` clauses on each side of it in
    the list, in reading order. The work per clause stays bounded, and a
    clause still meets its versions through each of its rarest words.

    >>> indexed_pairs(["abc", "abd", "xyz", "abcx"], [0, 1, 2, 2], 55.0)
    [(0, 1), (0, 2), (1, 2)]
    """
    import numpy as np  # only for a speaker of many clauses (cpdist's own dependency)

    # Every clause's words at once, in arrays: about fifteen a clause, a hundred candidates each.
    ids: dict[str, int] = {}
    occ_w = [ids.setdefault(w, len(ids)) for code in clauses for w in _tagged(code)]
    if not occ_w:
        return []
    i64 = np.int64
    sizes = np.array([len(code) for code in clauses], dtype=i64)  # words of each clause
    occ_u = np.repeat(np.arange(len(clauses), dtype=i64), sizes)  # each word's clause
    words = np.array(occ_w, dtype=i64)
    # Each word's list of clauses (in order) as one array: word w's are flat[start[w] : start[w] + count[w]].
    by_word = np.argsort(words, kind="stable")
    flat = occ_u[by_word]
    count = np.bincount(words, minlength=len(ids))
    start = np.cumsum(count) - count
    place = np.empty(len(words), dtype=i64)  # where each clause stands in each of its words' lists
    place[by_word] = np.arange(len(words), dtype=i64) - start[words[by_word]]
    # Words rarest first, ties by the word.
    names, counts = list(ids), count.tolist()
    rank = np.empty(len(ids), dtype=i64)
    rank[sorted(range(len(ids)), key=lambda i: (counts[i], names[i]))] = np.arange(len(ids), dtype=i64)
    # Clause by clause, its words rarest first; k: a word's place in that order.
    order = np.lexsort((rank[words], occ_u))
    u, w, at = occ_u[order], words[order], place[order]
    first = np.cumsum(sizes) - sizes
    k = np.arange(len(order), dtype=i64) - first[u]
    need = np.array([max(1, int(cutoff * m // (200 - cutoff))) for m in sizes.tolist()], dtype=i64)  # rounded down
    m = sizes[u]
    prefix = k < m - need[u] + 1
    held = np.where(prefix, count[w], 0)
    # Whole lists, rarest first, while their lengths add up to no more than the budget (each list is at
    # least as long as the one before, so the first that does not fit ends them); None: every list whole.
    running = np.cumsum(held)
    running -= (running - held)[first[u]]
    whole = prefix & (running <= (len(clauses) * m if budget is None else budget))
    near = prefix & ~whole
    # A whole list: each of its clauses, the pair met from its shorter side (ties: the lower index).
    wu, ww = u[whole], w[whole]
    reps = count[ww]
    of = np.repeat(np.arange(len(ww), dtype=i64), reps)
    within = np.arange(int(reps.sum()), dtype=i64) - np.repeat(np.cumsum(reps) - reps, reps)
    a, b = wu[of], flat[start[ww][of] + within]
    later = (sizes[b] > sizes[a]) | ((sizes[b] == sizes[a]) & (b > a))
    firsts, seconds = [a[later]], [b[later]]
    # Past the budget: the ``width`` clauses on each side in the word's list.
    nu, nw, nat = u[near], w[near], at[near]
    for d in (*range(-width, 0), *range(1, width + 1)):
        p = nat + d
        inside = (p >= 0) & (p < count[nw])
        firsts.append(nu[inside])
        seconds.append(flat[start[nw[inside]] + p[inside]])
    # The pairs of clauses of different texts, each once (as u * n + v, u < v), in order.
    n = len(clauses)
    own = np.array(owner, dtype=i64)
    a, b = np.concatenate(firsts), np.concatenate(seconds)
    apart = own[a] != own[b]
    a, b = a[apart], b[apart]
    keys = np.unique(np.minimum(a, b) * n + np.maximum(a, b))
    if not len(keys):
        return []
    us, vs = keys // n, keys % n
    scores = process.cpdist(
        [clauses[x] for x in us.tolist()],
        [clauses[x] for x in vs.tolist()],
        scorer=fuzz.partial_ratio,
        score_cutoff=cutoff,
        dtype="uint8",  # only "at or above the cutoff" matters
    )
    alike = scores > 0
    s, t = own[us[alike]], own[vs[alike]]
    span = int(own.max()) + 1
    texts = np.unique(np.minimum(s, t) * span + np.maximum(s, t))
    return list(zip((texts // span).tolist(), (texts % span).tolist(), strict=True))


def _tagged(code: str) -> list[str]:
    """A clause's words, the second and later of a repeated word tagged with its count ("a", "b", "a00000002").

    As strings they hash once and sort as ``(word, count)`` would: a word's first
    time is the word alone, the others its fixed-width count after it.
    """
    if len(set(code)) == len(code):
        return list(code)
    seen: dict[str, int] = {}  # a plain dict: a Counter's missing keys go through Python
    words = []
    for ch in code:
        k = seen[ch] = seen.get(ch, 0) + 1
        words.append(ch if k == 1 else ch + format(k, "08x"))
    return words


def _closeness(pairs: list[tuple[int, int]], codes: list[str], workers: int) -> tuple[list[float], list[float]]:
    """``partial_ratio`` and ``ratio`` of the two texts of each pair."""
    if len(pairs) <= SMALL_BATCH:
        return (
            [fuzz.partial_ratio(codes[s], codes[t]) for s, t in pairs],
            [fuzz.ratio(codes[s], codes[t]) for s, t in pairs],
        )
    a, b = [codes[s] for s, _ in pairs], [codes[t] for _, t in pairs]
    return (
        process.cpdist(a, b, scorer=fuzz.partial_ratio, workers=workers).tolist(),
        process.cpdist(a, b, scorer=fuzz.ratio, workers=workers).tolist(),
    )


def nearest(
    pairs: list[tuple[int, int]], codes: list[str], k: int = NEIGHBOURS, workers: int = 1
) -> list[tuple[int, int]]:
    """The pairs among each text's ``k`` nearest (of either text), nearest first.

    Pairs go in one order, nearest first (ties by the texts' indices), and so
    each text meets its own candidates in its own order: a pair is kept while
    one of its texts has fewer than ``k`` pairs before it.
    """
    partial, ratio = _closeness(pairs, codes, workers)
    order = sorted(range(len(pairs)), key=lambda i: (-partial[i], -ratio[i], pairs[i]))
    seen: dict[int, int] = {}
    kept = []
    for i in order:
        s, t = pairs[i]
        ns, nt = seen.get(s, 0), seen.get(t, 0)
        seen[s], seen[t] = ns + 1, nt + 1
        if ns < k or nt < k:
            kept.append(pairs[i])
    return kept
