"""Word-level differences of linked quotes, in their original wording.

Stage 5 of the pipeline. Alignment stores word opcodes over each quote's
tokens; this module turns them into plain data the templates mark up:

* :func:`inline_diff` — one merged sequence of ``("equal"|"delete"|"insert", text)``
  pieces for a linked pair, using each side's printed words and punctuation;
* :func:`marked_pieces` — one quote's text cut into ``(state, text)`` pieces, where
  state is ``same`` (shared with its counterparts), ``changed`` (inside the shared
  passage but worded differently) or ``context`` (outside every shared passage);
* :func:`fragment_side` — which quote of a linked pair, if either, is a fragment
  of the other: all its words are in the shared passage, and the other has more.

>>> from quotecompare.align.alignment import compare
>>> a, b = "committed to improve this relationship.", "is committed to improving this relationship"
>>> inline_diff(a, b, compare(a, b).opcodes)
[('equal', 'committed to'), ('delete', 'improve'), ('insert', 'improving'), ('equal', 'this relationship')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from quotecompare.text.normalise import word_spans, words_span

# A quote is diffed against each of its counterparts: find its words once (where each starts and ends is all a
# diff needs of them). The cached lists are shared, so nothing here may change them.
_spans = lru_cache(maxsize=8192)(word_spans)
Spans = list[tuple[int, int]]

Opcodes = Sequence[tuple[str, int, int, int, int]]


def _slice(text: str, toks: Spans, i: int, j: int, *, tail: bool = False) -> str:
    """Printed text of words ``i..j``; with ``tail`` keep trailing punctuation."""
    if i >= j:
        return ""
    end = toks[j][0] if j < len(toks) else len(text)
    piece = text[toks[i][0] : end if tail else toks[j - 1][1]]
    return piece.strip() if tail else piece


def inline_diff(a_text: str, b_text: str, opcodes: Opcodes) -> list[tuple[str, str]]:
    """Merged word diff of a linked pair over the passage they share."""
    ta, tb = _spans(a_text), _spans(b_text)
    pieces: list[tuple[str, str]] = []
    if not opcodes:
        return pieces
    last = len(opcodes) - 1
    for n, (tag, a0, a1, b0, b1) in enumerate(opcodes):
        tail = n == last
        if tag == "equal":
            pieces.append(("equal", _slice(b_text, tb, b0, b1, tail=tail and b1 == len(tb))))
        else:
            if a1 > a0:
                pieces.append(("delete", _slice(a_text, ta, a0, a1, tail=tail and a1 == len(ta))))
            if b1 > b0:
                pieces.append(("insert", _slice(b_text, tb, b0, b1, tail=tail and b1 == len(tb))))
    return _deletes_first([p for p in pieces if p[1]])


def _deletes_first(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Within each run of changes, show what was removed before what replaced it."""
    out: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    for piece in [*pieces, ("equal", "")]:
        if piece[0] == "equal":
            out += [p for p in run if p[0] == "delete"] + [p for p in run if p[0] == "insert"]
            run = []
            if piece[1]:
                out.append(piece)
        else:
            run.append(piece)
    return out


# A quote is partial when the other quote of its link has at least this many words around the shared passage.
FRAGMENT_MIN_OUTSIDE = 2


def fragment_side(opcodes: Opcodes, n_a: int, n_b: int) -> str | None:
    """``"a"`` or ``"b"`` when that quote is a fragment of the other, else None.

    >>> from quotecompare.align.alignment import compare
    >>> a, b = "good for the world", "It will be good for the world, and for us."
    >>> fragment_side(compare(a, b).opcodes, len(word_spans(a)), len(word_spans(b)))
    'a'
    >>> fragment_side(compare(a, a).opcodes, 4, 4) is None
    True
    """
    equal = [op for op in opcodes if op[0] == "equal"]
    if not equal:
        return None
    a_out = equal[0][1] + (n_a - equal[-1][2])
    b_out = equal[0][3] + (n_b - equal[-1][4])
    if a_out == 0 and b_out >= FRAGMENT_MIN_OUTSIDE:
        return "a"
    if b_out == 0 and a_out >= FRAGMENT_MIN_OUTSIDE:
        return "b"
    return None


def token_states(n_tokens: int, sides: Iterable[tuple[Opcodes, bool]]) -> list[str]:
    """State of each token of one quote across all its links.

    ``sides`` gives each link's opcodes and whether this quote is the link's
    ``a`` side. A token shared in any link is ``same``; one inside a shared
    passage but not matched is ``changed``; anything else is ``context``.
    """
    rank = {"context": 0, "changed": 1, "same": 2}
    states = ["context"] * n_tokens
    for opcodes, is_a in sides:
        for tag, a0, a1, b0, b1 in opcodes:
            lo, hi = (a0, a1) if is_a else (b0, b1)
            state = "same" if tag == "equal" else "changed"
            for k in range(lo, min(hi, n_tokens)):
                if rank[state] > rank[states[k]]:
                    states[k] = state
    return states


def context_pieces(text: str) -> list[tuple[str, str]]:
    """:func:`marked_pieces` of a quote whose every word is ``context`` (no link touches it), without tokens.

    >>> text = "“We are, ready now.”"
    >>> context_pieces(text) == marked_pieces(text, ["context"] * 4)
    True
    """
    span = words_span(text)
    if span is None:
        return [("plain", text)] if text else []
    start, end = span
    pieces = [("plain", text[:start])] if start else []
    pieces.append(("context", text[start:end]))
    if end < len(text):
        pieces.append(("plain", text[end:]))
    return pieces


def marked_pieces(text: str, states: list[str]) -> list[tuple[str, str]]:
    """Cut a quote's printed text into runs of one state (punctuation rides along).

    >>> marked_pieces("We are, ready now", ["same", "same", "changed", "context"])
    [('same', 'We are, '), ('changed', 'ready'), ('plain', ' '), ('context', 'now')]
    """
    toks = _spans(text)
    if not toks:
        return [("plain", text)] if text else []
    pieces: list[tuple[str, str]] = []
    if toks[0][0]:
        pieces.append(("plain", text[: toks[0][0]]))
    i = 0
    while i < len(toks):
        j = i
        while j + 1 < len(toks) and states[j + 1] == states[i]:
            j += 1
        end = toks[j][1]
        following = toks[j + 1][0] if j + 1 < len(toks) else len(text)
        between = text[end:following]
        # Keep punctuation with the run when the next run has the same look.
        if states[i] == "same":
            pieces.append((states[i], text[toks[i][0] : following]))
        else:
            pieces.append((states[i], text[toks[i][0] : end]))
            if between:
                pieces.append(("plain", between))
        i = j + 1
    return pieces
