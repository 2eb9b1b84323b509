"""Line up one speaker's quotations: which quotes in different sources print the same words.

Stage 4 of the pipeline. Everything here works on a speaker's *distinct* texts,
so wire copy printed word for word by a hundred outlets is prepared, scored
and aligned once:

1. :class:`Texts` tokenises each distinct text once and finds candidate pairs
   (:meth:`Texts.candidates`): texts whose clauses look alike, scored in one
   batch with ``rapidfuzz.process.cdist`` on word-encoded clauses (so a short
   partial quote finds its place inside a longer one, and a long quote can
   meet two shorter ones);
2. :func:`compare` aligns two texts word by word (``Indel.opcodes`` over word
   stems), finds the passage they share, and scores that passage 0-100 on the
   normalised wording; :func:`link_kind` labels it ``verbatim`` (same words once
   typography is folded), ``variant`` (small wording changes), ``paraphrase``
   (same statement, different words) or nothing, also when the passage is too
   weak to show one remark (:mod:`quotecompare.align.evidence`: a short phrase
   both quotes go different ways around, a name alone);
3. :func:`accept` turns candidate quote pairs into links best-first, so each
   passage of a quote is claimed by one counterpart per source.

:func:`align` runs the three on a list of quotes and returns every pairwise
link; :mod:`quotecompare.align.statements` groups a speaker's quotes into statements
and keeps every pair only where a statement is small.

>>> from quotecompare.models import Quote
>>> a = Quote("a1", "a", (), "committed to improve this relationship.", 0, 0, "X", "x|")
>>> b = Quote("b1", "b", (), "I'm here because he is committed to improving this relationship.", 0, 0, "X", "x|")
>>> [(l.kind, l.score) for l in align([a, b], ["a", "b"])]
[('variant', 94.9)]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import pairwise
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from quotecompare.align.evidence import (
    DIVERGED_MIN_CONTENT,
    STOPWORDS,
    Opcodes,
    Prepared,
    diverges,
    names_only,
)
from quotecompare.align.neighbours import NEIGHBOURS, indexed_pairs, nearest
from quotecompare.models import Link, LinkKind, Quote, Struct
from quotecompare.text.normalise import Token, is_run_of, plain_words, stem, tokens

# A quote is compared with many counterparts: tokenise it once. The cached
# lists are shared, so nothing here may change them.
cached_tokens = lru_cache(maxsize=8192)(tokens)
_plain_words = plain_words  # cached in textnorm
_stem = lru_cache(maxsize=65536)(stem)  # a story's words are far fewer than its quotes' words

# Thresholds, calibrated on the seeds and the development stories (docs/data-format.md, Links).
VARIANT_MIN = 80.0
PARAPHRASE_MIN = 65.0
CANDIDATE_CUTOFF = 55.0
MAX_ANCHOR_GAP = 6
# Clause matrices up to this many cells are scored in a loop, larger ones with cdist.
SMALL_MATRIX = 4096
CDIST_BLOCK = 2048


class Compared(Struct):
    """How two quotes meet: shared passage (token ranges), score and opcodes."""

    __slots__ = ("a_range", "b_range", "content_matched", "diverges", "matched", "opcodes", "score", "verbatim")

    def __init__(
        self,
        score: float,
        verbatim: bool,
        a_range: tuple[int, int],
        b_range: tuple[int, int],
        matched: int,
        content_matched: int,
        opcodes: Opcodes,
        # Both quotes go on past the passage, on one side, with words of their own (evidence.diverges); worked
        # out only for a passage of fewer than DIVERGED_MIN_CONTENT content words, the only one it bars.
        diverges: bool = False,
    ) -> None:
        self.score = score
        self.verbatim = verbatim
        self.a_range = a_range
        self.b_range = b_range
        self.matched = matched
        self.content_matched = content_matched
        self.opcodes = opcodes
        self.diverges = diverges


_NOTHING = Compared(0.0, False, (0, 0), (0, 0), 0, 0, ())


class Encoder:
    """Map words (or stems) to single characters, so rapidfuzz compares words, not letters."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}

    def encode(self, words: list[str]) -> str:
        out = []
        for w in words:
            code = self.codes.get(w)
            if code is None:
                code = self.codes[w] = chr(0x10000 + len(self.codes))
            out.append(code)
        return "".join(out)


_CLAUSE_END = re.compile(r"[.!?;:]|[—–…]| - ")  # dashes apart: a class mixing them with ASCII is slow to compile


def _clauses(toks: list[Token], text: str) -> list[tuple[int, int]]:
    """Token ranges of a quote's clauses: split at sentence ends, dashes, ';' and ':'."""
    cuts = [0]
    search = _CLAUSE_END.search
    for i in range(1, len(toks)):
        if search(text, toks[i - 1].end, toks[i].start):
            cuts.append(i)
    cuts.append(len(toks))
    ranges = [(s, e) for s, e in pairwise(cuts) if e > s]
    # The whole quote is a clause too, so short quotes meet long ones directly.
    return [*ranges, (0, len(toks))] if len(ranges) > 1 else ranges


@lru_cache(maxsize=8192)
def _prepared(text: str) -> Prepared:
    """Tokens, word stems, clauses and content counts of a quote, worked out once per text (shared: read only)."""
    toks = cached_tokens(text)
    content = [0]
    n = 0
    for t in toks:
        n += t.norm not in STOPWORDS
        content.append(n)
    return toks, [_stem(t.norm) for t in toks], _clauses(toks, text), content


def _align_range(
    sa: list[str], sb: list[str], content_a: list[int], a_off: int, b_off: int
) -> tuple[int, int, int, int, int, int] | None:
    """Best shared passage of two stem lists: (a0, a1, b0, b1, matched, content)."""
    ops = Indel.opcodes(sa, sb)
    equal = [
        (op.src_start + a_off, op.src_end + a_off, op.dest_start + b_off, op.dest_end + b_off)
        for op in ops
        if op.tag == "equal"
    ]
    if not equal:
        return None
    # Cluster matching runs that sit close together; the biggest cluster is the shared passage.
    clusters: list[list[tuple[int, int, int, int]]] = [[equal[0]]]
    for run in equal[1:]:
        prev = clusters[-1][-1]
        if run[0] - prev[1] <= MAX_ANCHOR_GAP and run[2] - prev[3] <= MAX_ANCHOR_GAP:
            clusters[-1].append(run)
        else:
            clusters.append([run])

    def weight(cluster: list[tuple[int, int, int, int]]) -> tuple[int, int]:
        return sum(content_a[r[1]] - content_a[r[0]] for r in cluster), sum(r[1] - r[0] for r in cluster)

    def loose(run: tuple[int, int, int, int], gap: int) -> bool:
        """Stopwords alone, fewer than the unmatched words between them and the rest of the passage."""
        return content_a[run[1]] == content_a[run[0]] and run[1] - run[0] < gap

    def trimmed(cluster: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
        # A lone "it" before five other words and "should have never been made" anchors nothing:
        # the passage would take in the words between it and the rest.
        while len(cluster) > 1 and loose(cluster[0], max(cluster[1][0] - cluster[0][1], cluster[1][2] - cluster[0][3])):
            cluster = cluster[1:]
        while len(cluster) > 1 and loose(
            cluster[-1], max(cluster[-1][0] - cluster[-2][1], cluster[-1][2] - cluster[-2][3])
        ):
            cluster = cluster[:-1]
        return cluster

    best = max((trimmed(c) if len(c) > 1 else c for c in clusters), key=weight)
    content, matched = weight(best)
    return best[0][0], best[-1][1], best[0][2], best[-1][3], matched, content


def _window(ea: str, eb: str, a0: int, a1: int, b0: int, b1: int) -> tuple[int, int, int, int]:
    """Narrow the longer of two encoded ranges to the window that best fits the shorter."""
    la, lb = a1 - a0, b1 - b0
    if la == 0 or lb == 0 or abs(la - lb) <= 2:
        return a0, a1, b0, b1
    # The window is as long as the shorter side; widen it a little so words the
    # other side inserted do not push the shared passage's end out of it.
    margin = max(2, min(la, lb) // 4)
    if la < lb:
        al = fuzz.partial_ratio_alignment(ea[a0:a1], eb[b0:b1])
        if al is None:  # only under a score_cutoff, and none is given
            return a0, a1, b0, b1
        return a0, a1, max(b0, b0 + al.dest_start - margin), min(b1, b0 + al.dest_end + margin)
    al = fuzz.partial_ratio_alignment(eb[b0:b1], ea[a0:a1])
    if al is None:
        return a0, a1, b0, b1
    return max(a0, a0 + al.dest_start - margin), min(a1, a0 + al.dest_end + margin), b0, b1


def compare(a_text: str, b_text: str) -> Compared:
    """Align two quotes word by word and score the passage they share.

    Whole quotes are aligned, and each clause of one against the other whole,
    so a passage is found even when the rest of both quotes differs.

    >>> c = compare("We are ready. Let's try", "we are ready... let’s try!")
    >>> c.verbatim, c.score
    (True, 100.0)
    """
    pa, pb = _prepared(a_text), _prepared(b_text)
    enc = Encoder()
    return _compare(pa, pb, enc.encode(pa[1]), enc.encode(pb[1]))


def _compare(pa: Prepared, pb: Prepared, ea: str, eb: str) -> Compared:
    """:func:`compare` on prepared texts and their stems encoded by one encoder."""
    (ta, sa, clauses_a, content_a), (tb, sb, clauses_b, _) = pa, pb
    tries = [_window(ea, eb, 0, len(ta), 0, len(tb))]
    if tries[0] != (0, len(ta), 0, len(tb)) and 2 * max(len(ta), len(tb)) <= 3 * min(len(ta), len(tb)):
        # Two quotes of about one length may be one sentence retold throughout: aligned whole too,
        # as the window fitted to one part of it can miss the rest.
        tries.append((0, len(ta), 0, len(tb)))
    if len(clauses_a) > 1:
        tries += [_window(ea, eb, s, e, 0, len(tb)) for s, e in clauses_a[:-1]]
    if len(clauses_b) > 1:
        tries += [_window(ea, eb, 0, len(ta), s, e) for s, e in clauses_b[:-1]]
    found = [r for a0, a1, b0, b1 in tries if (r := _align_range(sa[a0:a1], sb[b0:b1], content_a, a0, b0))]
    if not found:
        return _NOTHING
    a0, a1, b0, b1, matched, content = max(found, key=lambda r: (r[5], r[4], -(r[1] - r[0]) - (r[3] - r[2])))
    na = [t.norm for t in ta[a0:a1]]
    nb = [t.norm for t in tb[b0:b1]]
    score = round(fuzz.ratio(" ".join(na), " ".join(nb)), 1)
    opcodes = tuple(
        (op.tag, op.src_start + a0, op.src_end + a0, op.dest_start + b0, op.dest_end + b0)
        for op in Indel.opcodes(na, nb)
    )
    if min(len(ta), len(tb)) < 3 and names_only(ta, tb, clauses_b if len(ta) <= len(tb) else clauses_a, opcodes):
        content = 0  # "Donald," is no evidence of which of Abe's remarks it is
    apart = content < DIVERGED_MIN_CONTENT and diverges(pa, pb, a0, a1, b0, b1)
    return Compared(score, na == nb, (a0, a1), (b0, b1), matched, content, opcodes, apart)


def link_kind(c: Compared, len_a: int, len_b: int) -> LinkKind | None:
    """The kind of link two quotes of ``len_a`` and ``len_b`` words make, or None."""
    shorter = min(len_a, len_b)
    covered = (c.a_range[1] - c.a_range[0]) if len_a <= len_b else (c.b_range[1] - c.b_range[0])
    whole_short = covered >= shorter
    if c.matched == 0:
        return None
    # A short passage must be matched whole; a long one needs real shared words.
    if not whole_short and (c.matched < 3 or c.content_matched < 2):
        return None
    if whole_short and shorter < 3 and c.score < VARIANT_MIN:
        return None
    if c.content_matched == 0:
        return None
    # Quotes that go different ways around a short passage share a phrase, not a statement.
    if c.diverges and c.content_matched < DIVERGED_MIN_CONTENT:
        return None
    if c.verbatim:
        return "verbatim"
    if c.score >= VARIANT_MIN:
        return "variant"
    if c.score >= PARAPHRASE_MIN and c.content_matched >= 2:
        return "paraphrase"
    return None


# Up to this many distinct clauses a speaker's clauses are all scored against each other
# (in a loop, then with cdist); beyond it, only pairs sharing enough words are (a word index).
SMALL_CLAUSES = 64
INDEX_CLAUSES = 500
# Up to this many clauses (counted in every text) a speaker's candidates are found exactly, beyond it through a bounded word index.
EXACT_CLAUSES = 500


def _matching_clauses(codes: list[str], workers: int = 1) -> list[tuple[int, int]]:
    """Pairs ``(u, v)``, ``u < v``, of distinct encoded clauses with ``partial_ratio(u, v) >= CANDIDATE_CUTOFF``.

    Few clauses are scored in a loop (no numpy import for a small story), more
    by ``process.cdist`` over blocks of rows (memory stays bounded), and many
    through :func:`_indexed_pairs`, which finds the same pairs without scoring
    every pair. ``partial_ratio`` is symmetric, so each pair is scored once.
    """
    n = len(codes)
    if n <= SMALL_CLAUSES:
        return [
            (u, v)
            for u in range(n)
            for v in range(u + 1, n)
            if fuzz.partial_ratio(codes[u], codes[v], score_cutoff=CANDIDATE_CUTOFF)
        ]
    if n > INDEX_CLAUSES:
        return _indexed_pairs(codes)
    out: list[tuple[int, int]] = []
    for start in range(0, n, CDIST_BLOCK):
        matrix = process.cdist(
            codes[start : start + CDIST_BLOCK],
            codes,
            scorer=fuzz.partial_ratio,
            score_cutoff=CANDIDATE_CUTOFF,
            dtype="uint8",  # only "at or above the cutoff" matters; a quarter of float32's memory
            workers=workers,
        )
        rows, cols = matrix.nonzero()
        out.extend((r + start, c) for r, c in zip(rows.tolist(), cols.tolist(), strict=True) if r + start < c)
    return out


def _indexed_pairs(codes: list[str]) -> list[tuple[int, int]]:
    """The pairs of :func:`_matching_clauses`, scoring only clauses that share enough words (exact prefix filtering)."""
    return indexed_pairs(codes, list(range(len(codes))), CANDIDATE_CUTOFF, budget=None)


class Texts:
    """One speaker's distinct quote texts, each prepared once, and the comparisons made between them.

    >>> texts = Texts(["We are ready to talk.", "we are ready to talk", "Nothing alike here at all."])
    >>> texts.candidates()
    [(0, 0), (0, 1), (1, 1), (2, 2)]
    >>> texts.compared(0, 1)[1]
    'verbatim'
    """

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        # One encoder for the speaker: each text is encoded once, not once per comparison.
        enc = Encoder()
        self.prepared = [_prepared(t) for t in texts]
        self.codes = [enc.encode(p[1]) for p in self.prepared]
        self._stems = [frozenset(p[1]) for p in self.prepared]
        self._content = [
            frozenset(st for t, st in zip(p[0], p[1], strict=True) if t.norm not in STOPWORDS) for p in self.prepared
        ]
        self._compared: dict[tuple[int, int], tuple[Compared, LinkKind | None]] = {}

    def words(self, s: int) -> int:
        return len(self.prepared[s][0])

    def compared(self, s: int, t: int) -> tuple[Compared, LinkKind | None]:
        """Text ``s`` aligned with text ``t`` (in that order) and the kind of link they make."""
        hit = self._compared.get((s, t))
        if hit is None:
            if self._content[s].isdisjoint(self._stems[t]):  # no content word of s in t: no link (and no work)
                hit = self._compared[(s, t)] = (_NOTHING, None)
            else:
                c = _compare(self.prepared[s], self.prepared[t], self.codes[s], self.codes[t])
                hit = self._compared[(s, t)] = (c, link_kind(c, self.words(s), self.words(t)))
        return hit

    def candidates(self, workers: int = 1) -> list[tuple[int, int]]:
        """Pairs ``(s, t)``, ``s <= t``, of texts whose clauses look alike; ``(s, s)`` for a text with words."""
        index: dict[str, int] = {}
        members: list[list[int]] = []
        for s, (_, _, clauses, _) in enumerate(self.prepared):
            for a, b in clauses:
                u = index.setdefault(self.codes[s][a:b], len(index))
                if u == len(members):
                    members.append([])
                if not members[u] or members[u][-1] != s:
                    members[u].append(s)
        pairs: set[tuple[int, int]] = set()
        for u, v in _matching_clauses(list(index), workers):
            for s in members[u]:
                for t in members[v]:
                    pairs.add((s, t) if s <= t else (t, s))
        # Texts sharing a clause score 100 on it; a text meets itself in another source.
        for ss in members:
            for i, s in enumerate(ss):
                for t in ss[i:]:
                    pairs.add((s, t))
        return sorted(pairs)

    def neighbours(self, workers: int = 1) -> list[tuple[int, int]]:
        """Pairs ``(s, t)``, ``s < t``, among each text's nearest candidates, nearest first.

        Candidates are those of :meth:`candidates` for a speaker with few clauses,
        else found through a word index that gives each clause a bounded number
        of others (:func:`~quotecompare.align.neighbours.indexed_pairs`); each
        text keeps its ``NEIGHBOURS`` nearest (:func:`~quotecompare.align.neighbours.nearest`).
        """
        items = [(s, a, b) for s, p in enumerate(self.prepared) for a, b in p[2]]
        if len(items) <= EXACT_CLAUSES:
            pairs = [(s, t) for s, t in self.candidates(workers) if s != t]
        else:
            clauses = [self.codes[s][a:b] for s, a, b in items]
            pairs = indexed_pairs(clauses, [s for s, _, _ in items], CANDIDATE_CUTOFF)
        return nearest(pairs, self.codes, NEIGHBOURS, workers)

    def with_words(self) -> list[int]:
        """Texts with at least one word: each may meet itself in another source."""
        return [s for s, p in enumerate(self.prepared) if p[2]]


def by_source_order(quotes: Iterable[Quote], source_order: list[str]) -> tuple[list[Quote], list[int], list[int]]:
    """Quotes (kind ``quote`` only) in source order, with each one's source rank and index within its source."""
    grouped: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        if q.kind == "quote":
            grouped[q.source].append(q)
    order = {s: i for i, s in enumerate(source_order)}
    flat: list[Quote] = []
    rank: list[int] = []
    local: list[int] = []
    for r, source in enumerate(sorted(grouped, key=order.__getitem__)):
        for i, q in enumerate(grouped[source]):
            flat.append(q)
            rank.append(r)
            local.append(i)
    return flat, rank, local


def distinct_texts(flat: list[Quote]) -> tuple[list[str], list[int], list[list[int]]]:
    """Distinct texts in order of first appearance, the text of each quote, and the quotes of each text."""
    index: dict[str, int] = {}
    text_of = [index.setdefault(q.text, len(index)) for q in flat]
    occurrences: list[list[int]] = [[] for _ in index]
    for x, s in enumerate(text_of):
        occurrences[s].append(x)
    return list(index), text_of, occurrences


def _one_repeats_other(a: str, b: str) -> bool:
    """True when one quote's words are a run of the other's: a piece of a quote printed again."""
    words_a, words_b = _plain_words(a), _plain_words(b)
    return is_run_of(words_a, words_b) or is_run_of(words_b, words_a)


def _overlap(claimed: list[tuple[int, int]], rng: tuple[int, int]) -> float:
    """Share of ``rng`` already claimed by accepted links."""
    size = rng[1] - rng[0]
    if size <= 0:
        return 1.0
    taken = sum(max(0, min(e, rng[1]) - max(s, rng[0])) for s, e in claimed)
    return taken / size


def accept(
    flat: list[Quote],
    rank: list[int],
    local: list[int],
    text_of: list[int],
    texts: Texts,
    pairs: Iterable[tuple[int, int]],
) -> list[Link]:
    """Links among quote pairs ``(x, y)`` (``rank[x] < rank[y]``), accepted best-first per pair of sources.

    Each passage of a quote is claimed by one counterpart per outlet, except by a
    quote that repeats words of that counterpart (or whose words it repeats): Fox
    printing a statement whole and then "judges" from it links both to the Times'
    whole statement.
    """
    by_pair: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for x, y in pairs:
        by_pair[(rank[x], rank[y])].append((x, y))
    links: list[Link] = []
    for pair in sorted(by_pair):
        proposals = []
        for x, y in by_pair[pair]:
            c, kind = texts.compared(text_of[x], text_of[y])
            if kind:
                proposals.append((c.matched * c.score, local[x], local[y], kind, c, x, y))
        claimed_a: dict[int, list[tuple[tuple[int, int], int]]] = defaultdict(list)
        claimed_b: dict[int, list[tuple[tuple[int, int], int]]] = defaultdict(list)
        for _, i, j, kind, c, x, y in sorted(proposals, key=lambda p: (-p[0], p[1], p[2])):
            blocking_a = [r for r, y2 in claimed_a[i] if not _one_repeats_other(flat[y].text, flat[y2].text)]
            blocking_b = [r for r, x2 in claimed_b[j] if not _one_repeats_other(flat[x].text, flat[x2].text)]
            if _overlap(blocking_a, c.a_range) > 0.5 or _overlap(blocking_b, c.b_range) > 0.5:
                continue
            claimed_a[i].append((c.a_range, y))
            claimed_b[j].append((c.b_range, x))
            links.append(Link(flat[x].id, flat[y].id, kind, c.score, c.opcodes))
    return links


def quote_pairs(
    text_pairs: Iterable[tuple[int, int]], occurrences: list[list[int]], rank: list[int]
) -> set[tuple[int, int]]:
    """Quote pairs ``(x, y)``, ``rank[x] < rank[y]``, printing the texts of ``text_pairs``."""
    pairs: set[tuple[int, int]] = set()
    for s, t in text_pairs:
        for x in occurrences[s]:
            for y in occurrences[t]:
                if rank[x] < rank[y]:
                    pairs.add((x, y))
                elif rank[y] < rank[x]:
                    pairs.add((y, x))
    return pairs


def align(quotes: list[Quote], source_order: list[str], workers: int = 1) -> list[Link]:
    """Every pairwise link between one speaker's quotes in different sources."""
    flat, rank, local = by_source_order(quotes, source_order)
    distinct, text_of, occurrences = distinct_texts(flat)
    texts = Texts(distinct)
    pairs = quote_pairs(texts.candidates(workers), occurrences, rank)
    return sorted(accept(flat, rank, local, text_of, texts, pairs), key=lambda link: (link.a, link.b))


class _DisjointSet:
    """Union-find over quote ids (path halving)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> bool:
        """Join the sets of ``a`` and ``b``; False when they were already one."""
        ra, rb = self.find(a), self.find(b)
        self.parent[ra] = rb
        return ra != rb


def spanning_links(
    links: list[Link], node: Callable[[str], str] | None = None, rank: Callable[[Link], tuple[Any, ...]] | None = None
) -> list[Link]:
    """The strongest links that connect a statement's quotes: one fewer than the quotes.

    Kruskal's maximum spanning forest: a page can show each quote's closest
    version, growing with the quotes rather than with their pairs. ``node``
    maps a quote id to the node it stands for (a group of identical versions);
    ``rank`` orders the links, best first (by default, by score).
    """
    sets = _DisjointSet()
    at = node or (lambda q: q)
    order = rank or (lambda lk: (-lk.score, lk.a, lk.b))
    return [lk for lk in sorted(links, key=order) if sets.union(at(lk.a), at(lk.b))]
