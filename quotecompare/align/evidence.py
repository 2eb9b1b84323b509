"""What shows two quotes to be one remark, beyond the words they share.

Part of stage 4, used by :mod:`quotecompare.align.alignment`. A shared passage
is weak evidence when it is short and common: a speaker says "It should have
never been made" or "Donald" on many occasions. Here:

* :func:`diverges`: both quotes go on past their shared passage, on one side,
  with words of their own (two remarks with a phrase in common);
* :func:`names_only`: a quote of one or two words shares only a name with the
  other (an address or a nickname, said on any occasion).
"""

from __future__ import annotations

from rapidfuzz.distance import Indel

from quotecompare.text.normalise import Token

STOPWORDS = frozenset(
    "a an the and or but of to in on at for by with from as is are was were be been it its it's this that these "
    "those we i you he she they our your his her their my me us them not no so if then than there have has had do "
    "does did will would can could should may might".split()
)
# Quotes whose words diverge around their shared passage are linked only when it holds this many
# content words: a stock phrase ("It should have never been made") has two or three, and on PolNeAR
# train every such link on four ("I'm going to …", "make America great again") joins two remarks.
DIVERGED_MIN_CONTENT = 5

Opcodes = tuple[tuple[str, int, int, int, int], ...]
# Tokens, word stems, clauses, and how many content words (not stopwords) come before each token.
Prepared = tuple[list[Token], list[str], list[tuple[int, int]], list[int]]


def names_only(ta: list[Token], tb: list[Token], longer_clauses: list[tuple[int, int]], opcodes: Opcodes) -> bool:
    """Whether the content words a quote of one or two words shares with a longer one are all names.

    A name (capitalised in both, and inside a clause of the longer quote:
    "Donald," / "... discussion with Donald,") recurs in whatever a speaker
    says about the people of a story, so a quote that is only a name, an
    address or a nickname, shows no one remark.
    """
    a_longer = len(ta) > len(tb)
    starts = {s for s, _ in longer_clauses}
    found = False
    for tag, a0, a1, b0, b1 in opcodes:
        if tag != "equal":
            continue
        for i, j in zip(range(a0, a1), range(b0, b1), strict=True):
            if ta[i].norm in STOPWORDS:
                continue
            inner = i if a_longer else j
            if inner in starts or not (ta[i].text[:1].isupper() and tb[j].text[:1].isupper()):
                return False
            found = True
    return found


def diverges(pa: Prepared, pb: Prepared, a0: int, a1: int, b0: int, b1: int) -> bool:
    """Whether both quotes go on past their shared passage, on one side, with words of their own.

    Two outlets' excerpts of one remark are runs of the same speech: where both
    run on past the words they share, they run on with the same words (an
    outlet that leaves some out still shares a second passage there), or one
    of them stops. On a side where each holds content words the other quote
    lacks (two or more in one of them: a single swapped word is a variant) and
    the two share no second passage (a run of two content words), they are
    different sentences with a phrase in common: "The Iran deal is a disaster"
    / "The Iran deal is a terrible deal. We paid ...", or "It's insane. It's
    ridiculous. It should have never been made" / "... It's falling down. It
    should have never, ever been made", a line said on two occasions.
    """
    (ta, sa, _, ca), (tb, sb, _, _) = pa, pb
    stems_a, stems_b = set(sa), set(sb)

    def own(toks: list[Token], stems: list[str], lo: int, hi: int, other: set[str]) -> int:
        return sum(1 for i in range(lo, hi) if toks[i].norm not in STOPWORDS and stems[i] not in other)

    for (x0, x1), (y0, y1) in (((0, a0), (0, b0)), ((a1, len(ta)), (b1, len(tb)))):
        own_a, own_b = own(ta, sa, x0, x1, stems_b), own(tb, sb, y0, y1, stems_a)
        if not (own_a and own_b and max(own_a, own_b) >= 2):
            continue
        second = any(
            ca[op.src_end + x0] - ca[op.src_start + x0] >= 2
            for op in Indel.opcodes(sa[x0:x1], sb[y0:y1])
            if op.tag == "equal"
        )
        if not second:
            return True
    return False
