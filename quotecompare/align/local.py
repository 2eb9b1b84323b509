"""Local alignment: where a short text's words stand inside a longer one, in one piece or several.

Part of stage 4. A quote is usually a fragment of a long turn of a transcript,
or of a longer quote another outlet printed, and it may join words that stand
apart there. :func:`locate` finds the best window of the longer text for the
quote (``rapidfuzz.fuzz.partial_ratio_alignment`` over word stems encoded as
one character each), aligns the quote with it word by word (``Indel``), keeps
the biggest cluster of matching runs as one :class:`Piece`, and looks for what
is left of the quote (a run of at least three words) elsewhere, so a splice
comes back as two pieces.

>>> enc = Encoder()
>>> long = "we will not sign this deal . it is bad for us . we want a better deal".split()
>>> short = "we will not sign a better deal".split()
>>> [(p.q0, p.q1, p.r0, p.r1) for p in locate(enc.encode(short), enc.encode(long), short, long)]
[(0, 4, 0, 4), (4, 7, 15, 18)]
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from quotecompare.align.alignment import Encoder
from quotecompare.models import Struct

__all__ = ["Encoder", "Piece", "locate", "similarity", "span_piece"]

Op = tuple[str, int, int, int, int]

# Matching runs this far apart (in words) are one passage; further apart, two pieces.
MAX_GAP = 6
# What is left of a quote is looked for again when it has this many words, and taken
# when this share of its words match.
LEFTOVER_WORDS = 3
LEFTOVER_SIMILARITY = 0.7
MAX_PIECES = 4


class Piece(Struct):
    """Words ``q0..q1`` of the short text matched with words ``r0..r1`` of the long one.

    ``ops`` are word opcodes over the two ranges, in absolute word indexes;
    ``matched`` counts the words they share.
    """

    __slots__ = ("matched", "ops", "q0", "q1", "r0", "r1")

    def __init__(self, q0: int, q1: int, r0: int, r1: int, ops: tuple[Op, ...], matched: int) -> None:
        self.q0 = q0
        self.q1 = q1
        self.r0 = r0
        self.r1 = r1
        self.ops = ops
        self.matched = matched


Run = tuple[int, int, int, int]  # matching words: q0, q1, r0, r1


def _runs(qe: str, re_: str, q_lo: int, q_hi: int, taken: list[tuple[int, int]]) -> list[Run]:
    """The biggest cluster of matching runs for words ``q_lo..q_hi`` of the short text, outside ``taken``."""
    sub = qe[q_lo:q_hi]
    if not sub or not re_:
        return []
    al = fuzz.partial_ratio_alignment(sub, re_)
    if al is None or al.score <= 0:
        return []
    # partial_ratio_alignment swaps the texts when the "short" one is the longer.
    d0, d1 = (al.dest_start, al.dest_end) if len(sub) <= len(re_) else (al.src_start, al.src_end)
    margin = max(3, len(sub) // 4)
    w0, w1 = max(0, d0 - margin), min(len(re_), d1 + margin)
    runs = [
        (op.src_start + q_lo, op.src_end + q_lo, op.dest_start + w0, op.dest_end + w0)
        for op in Indel.opcodes(sub, re_[w0:w1])
        if op.tag == "equal"
    ]
    runs = [r for r in runs if not any(a < r[3] and r[2] < b for a, b in taken)]
    if not runs:
        return []
    clusters: list[list[Run]] = [[runs[0]]]
    for run in runs[1:]:
        prev = clusters[-1][-1]
        if run[0] - prev[1] <= MAX_GAP and run[2] - prev[3] <= MAX_GAP:
            clusters[-1].append(run)
        else:
            clusters.append([run])
    return max(clusters, key=lambda c: sum(r[1] - r[0] for r in c))


def _trimmed(qe: str, re_: str, runs: list[Run], q_lo: int, q_hi: int) -> list[Run]:
    """Drop a short run at either end of a cluster when the words from the gap before it on stand elsewhere.

    A splice joins two passages; a word or two of the second may also happen
    to stand near the first, and would otherwise pass for a small change.
    """
    while len(runs) > 1 and runs[-1][1] - runs[-1][0] <= 2 and runs[-1][0] > runs[-2][1]:
        rest = [(runs[0][2], runs[-2][3])]
        other = _runs(qe, re_, runs[-2][1], q_hi, rest)
        if sum(r[1] - r[0] for r in other) <= max(runs[-1][1] - runs[-1][0], LEFTOVER_WORDS - 1):
            break
        runs = runs[:-1]
    while len(runs) > 1 and runs[0][1] - runs[0][0] <= 2 and runs[1][0] > runs[0][1]:
        rest = [(runs[1][2], runs[-1][3])]
        other = _runs(qe, re_, q_lo, runs[1][0], rest)
        if sum(r[1] - r[0] for r in other) <= max(runs[0][1] - runs[0][0], LEFTOVER_WORDS - 1):
            break
        runs = runs[1:]
    return runs


def _made(runs: list[Run], qn: list[str], rn: list[str]) -> Piece | None:
    return span_piece(runs[0][0], runs[-1][1], runs[0][2], runs[-1][3], qn, rn)


def span_piece(q0: int, q1: int, r0: int, r1: int, qn: list[str], rn: list[str]) -> Piece | None:
    """Words ``q0..q1`` and ``r0..r1`` aligned word by word as one piece, or None when no word matches."""
    ops = tuple(
        (op.tag, op.src_start + q0, op.src_end + q0, op.dest_start + r0, op.dest_end + r0)
        for op in Indel.opcodes(qn[q0:q1], rn[r0:r1])
    )
    matched = sum(o[2] - o[1] for o in ops if o[0] == "equal")
    return Piece(q0, q1, r0, r1, ops, matched) if matched else None


def locate(qe: str, re_: str, qn: list[str], rn: list[str]) -> list[Piece]:
    """Pieces of the long text (encoded ``re_``, folded words ``rn``) holding the short one's words, in its order.

    ``qe``/``re_`` are the texts' word stems encoded by one :class:`Encoder`;
    ``qn``/``rn`` their folded words, over which each piece's opcodes are made.
    """
    runs = _trimmed(qe, re_, _runs(qe, re_, 0, len(qe), []), 0, len(qe))
    first = _made(runs, qn, rn) if runs else None
    if first is None:
        return []
    pieces = [first]
    todo = [(0, first.q0), (first.q1, len(qe))]
    while todo and len(pieces) < MAX_PIECES:
        lo, hi = todo.pop()
        if hi - lo < LEFTOVER_WORDS:
            continue
        runs = _runs(qe, re_, lo, hi, [(p.r0, p.r1) for p in pieces])
        p = _made(runs, qn, rn) if runs else None
        if p is None or p.matched < LEFTOVER_WORDS or 2 * p.matched < LEFTOVER_SIMILARITY * (hi - lo + p.r1 - p.r0):
            continue
        pieces.append(p)
        todo += [(lo, p.q0), (p.q1, hi)]
    return sorted(pieces, key=Piece._values)  # in field order, as tuples sort


def similarity(pieces: list[Piece], q_words: int) -> float:
    """0-100: the short text's words against the passages it was found in (Indel similarity).

    >>> similarity([Piece(0, 3, 5, 8, (), 3)], 4)
    85.7
    """
    matched = sum(p.matched for p in pieces)
    size = q_words + sum(p.r1 - p.r0 for p in pieces)
    return round(200 * matched / size, 1) if size else 0.0
