"""Same words, different speakers: what two outlets credit to different people (or one to nobody).

Part of stage 4. Such quotes are linked with ``same_speaker`` false, shown
side by side and never merged. :func:`cross_speaker` compares distinct texts,
whoever is credited with them, so its work follows the story's distinct
wording rather than its number of quotes, at any size:

1. :func:`similar_texts` finds pairs of texts that share most of the shorter
   one's runs of three word stems, by prefix filtering: a pair that shares
   enough runs must share one of the rarest runs of the shorter text, so
   only those are looked up, and no common phrase is skipped or counted twice;
2. each pair (and each text credited to two speakers) is aligned like any
   pair and kept when verbatim or a variant of five words or more;
3. between the quotes of the two speakers, every pair of quotes in different
   sources, or each quote of the smaller side once where a side has more than
   ``PAIRWISE_MAX`` quotes; then a quote with more than ``PAIRWISE_MAX`` such
   links keeps only its closest version (:func:`closest_credits`), so the
   links stay linear in the quotes. ``all_links`` keeps every pair.

>>> from quotecompare.models import Quote
>>> words = "The plan is fair to every family in this city."
>>> quotes = [Quote("a1", "a", (), words, 0, 0, "R", "ruth|"), Quote("b1", "b", (), words, 0, 0, "D", "dan|")]
>>> [(lk.a, lk.b, lk.kind, lk.same_speaker) for lk in cross_speaker(quotes)]
[('a1', 'b1', 'verbatim', False)]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Hashable, Sequence
from itertools import combinations

from quotecompare.align.alignment import Compared, compare, link_kind
from quotecompare.align.statements import PAIRWISE_MAX
from quotecompare.models import Link, LinkKind, Quote
from quotecompare.text.normalise import tokens
from quotecompare.text.shingles import Gram, gram_lists, similar_sets, word_grams

SHINGLE = 3
CROSS_MIN_WORDS = 5
CROSS_SHARE = 0.6
MIN_SHARED = CROSS_MIN_WORDS - SHINGLE + 1


def _grams(text: str) -> frozenset[Gram]:
    return word_grams(text, SHINGLE)


def similar_texts(
    grams: Sequence[Collection[Gram]], wanted: list[bool] | None = None, apart: Sequence[Hashable] | None = None
) -> list[tuple[int, int]]:
    """Pairs ``(s, t)``, ``s < t``, sharing at least 60% of the smaller's runs, and at least three.

    ``wanted[s]`` false for both texts of a pair leaves the pair out; texts with the same ``apart``
    key (not None) are not paired. See :func:`quotecompare.text.shingles.similar_sets` for how the
    pairs are found.

    >>> g = [_grams("one two three four five"), _grams("one two three four five six"), _grams("seven eight nine ten")]
    >>> similar_texts(g), similar_texts(g, apart=["x", "x", None])
    ([(0, 1)], [])
    """
    return similar_sets(grams, CROSS_SHARE, MIN_SHARED, wanted, apart)


def _ends(usable: list[Quote], xs: list[int], ys: list[int], every: bool) -> list[tuple[int, int]]:
    """Quote pairs in different sources between two sides: all of them, or each quote of the smaller side once."""
    if every:
        return [(x, y) for x in xs for y in ys if usable[x].source != usable[y].source]
    small, large = (xs, ys) if len(xs) <= len(ys) else (ys, xs)
    out = []
    for x in small:
        y = next((y for y in large if usable[y].source != usable[x].source), None)
        if y is not None:
            out.append((x, y) if small is xs else (y, x))
    return out


def cross_candidates(quotes: list[Quote], all_links: bool = False) -> list[Link]:
    """Links between quotes that two outlets credit to different speakers (or one to nobody), before thinning.

    Between a text's quotes under one speaker and another's under another:
    every pair when both sides together have at most ``PAIRWISE_MAX`` quotes
    (or with ``all_links``), else each quote of the smaller side once.
    """
    usable = [q for q in quotes if q.kind == "quote"]
    if len({q.source for q in usable}) < 2:
        return []  # links join quotes of different sources
    texts: dict[str, int] = {}
    units: dict[tuple[int, str | None], list[int]] = defaultdict(list)  # (text, speaker) -> quotes, in order
    for n, q in enumerate(usable):
        units[(texts.setdefault(q.text, len(texts)), q.speaker_key)].append(n)
    speakers: list[list[str | None]] = [[] for _ in texts]
    for s, who in units:
        speakers[s].append(who)
    grams = gram_lists(texts, SHINGLE)
    # Pairs of texts someone credits differently: another text, or the same text under two speakers.
    text_pairs = [(s, s) for s in range(len(texts)) if len(speakers[s]) > 1 and len(grams[s]) >= MIN_SHARED]
    # A text credited to one speaker (or to nobody) is not paired with another credited to the same alone.
    alone = [("one", who[0]) if len(who) == 1 else None for who in speakers]
    text_pairs += [(s, t) for s, t in similar_texts(grams, apart=alone) if len(set(speakers[s]) | set(speakers[t])) > 1]
    compared: dict[tuple[str, str], tuple[Compared, LinkKind | None]] = {}  # wire copy repeats text pairs

    def link(i: int, j: int) -> Link | None:
        a, b = (usable[i], usable[j]) if i < j else (usable[j], usable[i])
        hit = compared.get((a.text, b.text))
        if hit is None:
            c = compare(a.text, b.text)
            hit = compared[(a.text, b.text)] = (c, link_kind(c, len(tokens(a.text)), len(tokens(b.text))))
        c, kind = hit
        if kind in ("verbatim", "variant") and c.matched >= CROSS_MIN_WORDS:
            return Link(a.id, b.id, kind, c.score, opcodes=c.opcodes, same_speaker=False)
        return None

    found: dict[tuple[str, str], Link] = {}
    for s, t in text_pairs:
        who_pairs = combinations(speakers[s], 2) if s == t else ((p, q) for p in speakers[s] for q in speakers[t])
        for who_s, who_t in who_pairs:
            if who_s == who_t:
                continue
            xs, ys = units[(s, who_s)], units[(t, who_t)]
            for x, y in _ends(usable, xs, ys, all_links or len(xs) + len(ys) <= PAIRWISE_MAX):
                lk = link(x, y)
                if lk:
                    found[(lk.a, lk.b)] = lk
    return sorted(found.values(), key=lambda lk: (lk.a, lk.b))


def closest_credits(candidates: list[Link], all_links: bool = False) -> list[Link]:
    """Thin candidate links to each quote's closest version where a quote has many.

    A link between two quotes that each have at most ``PAIRWISE_MAX`` candidate
    links is kept (every real story we have); of the others, each quote keeps
    only its closest version under another speaker (highest score, then ids),
    so words credited to many speakers, or printed by many outlets, cost at
    most one link per quote.
    """
    if all_links:
        return candidates
    degree = Counter(end for lk in candidates for end in (lk.a, lk.b))
    kept: dict[tuple[str, str], Link] = {}
    best: dict[str, Link] = {}  # a quote with many candidates -> its closest version
    for lk in candidates:
        if degree[lk.a] <= PAIRWISE_MAX and degree[lk.b] <= PAIRWISE_MAX:
            kept[(lk.a, lk.b)] = lk
            continue
        for end in (lk.a, lk.b):
            held = best.get(end)
            if held is None or (-lk.score, lk.a, lk.b) < (-held.score, held.a, held.b):
                best[end] = lk
    kept |= {(lk.a, lk.b): lk for lk in best.values()}
    return sorted(kept.values(), key=lambda lk: (lk.a, lk.b))


def cross_speaker(quotes: list[Quote], all_links: bool = False) -> list[Link]:
    """Links between quotes that two outlets credit to different speakers (or one to nobody)."""
    return closest_credits(cross_candidates(quotes, all_links), all_links)
