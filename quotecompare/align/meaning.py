"""Differences that may change what was said: flags on two versions of the same words.

Part of stage 4. Two versions, a quote and its record passage or two outlets'
quotes of one statement, are lined up word by word: opcodes over their folded
words, one set per piece of the shorter version found in the longer
(:mod:`.local`). :func:`flags` reads that alignment for edits that can change
what the speaker said:

* **negation, number, modality, person, name**: a run of changed words where
  the two sides differ in that feature ("not" dropped, 20 → 25, "will" →
  "might" or "I think" dropped, "we" → "they", "Debbie" → "Wendy");
* **negation and modality at the edges**: one version stops or starts just
  past a negation, modal or hedge the other has ("a deal we can sign" cut
  from "not a deal we can sign", "good news" from "can be good news");
* **ellipsis**: a "..." that hides a negation, a "but" or "although", or a
  whole sentence;
* **splice**: words one version joins stand more than a sentence apart (or
  in another speaker's turn, or in the other order) in the other.

Harmless edits are left alone: typography and case (words are folded),
editors' brackets ("[the president]" is not a word of the speaker's), a
dropped "that", tense agreement ("is" / "was" are no feature), contractions
("don't" is "do not", "he'll" is "he will", "going to" is "will").

>>> from quotecompare.align.alignment import compare
>>> a, b = "It is not a deal we can sign.", "a deal we can sign"
>>> [(f.kind, f.words, f.side) for f in link_flags(a, b, compare(a, b).opcodes)]
[('negation', 'not', 'a')]
>>> a, b = "We paid $150 billion for it.", "We paid $15 billion for it."
>>> [(f.kind, f.words) for f in link_flags(a, b, compare(a, b).opcodes)]
[('number', '150 → 15')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from quotecompare.align.alignment import STOPWORDS, cached_tokens
from quotecompare.align.local import Encoder, Piece, locate
from quotecompare.models import Flag, Link, Quote, Struct
from quotecompare.text.normalise import Token, stem, tokens

Op = tuple[str, int, int, int, int]

NEGATIONS = frozenset("not no never nothing none nobody neither nor nowhere cannot".split())
MODALS = frozenset("will would may might could must should can shall ought".split())
# Words that hedge a claim: dropping "I think" or "probably" makes it firmer.
HEDGES = frozenset(
    "perhaps probably maybe possibly likely unlikely apparently think thinks believe believes guess suppose "
    "seems seemed".split()
)
CONTRASTS = frozenset("but although though however yet whereas".split())
PERSONS = {
    **dict.fromkeys("i me my mine myself".split(), "I"),
    **dict.fromkeys("we us our ours ourselves".split(), "we"),
    **dict.fromkeys("you your yours yourself yourselves".split(), "you"),
    **dict.fromkeys("he him his himself".split(), "he"),
    **dict.fromkeys("she her hers herself".split(), "she"),
    **dict.fromkeys("they them their theirs themselves".split(), "they"),
}
_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
NUMBER_WORDS = {
    **{w: str(n) for n, w in enumerate(_UNITS)},
    **{w: str(n) for w, n in zip("sixteen seventeen eighteen nineteen".split(), range(16, 20), strict=True)},
    **{
        w: str(n)
        for w, n in zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 91, 10), strict=True)
    },
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
    "billion": "1000000000",
    "trillion": "1000000000000",
    "half": "1/2",
    "dozen": "12",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    **dict.fromkeys("january february march april june july august september october november december".split()),
    **dict.fromkeys("monday tuesday wednesday thursday friday saturday sunday".split()),
}
# Contractions: "n't" negates, "'ll" is will, "'d" would; the base of "won't" is will.
_NT_BASES = {"won": "will", "wo": "will", "ca": "can", "can": "can", "shan": "shall"}
_WILL_AS_NOUN = frozenset("the a good ill free political his her their our my your its own".split())
# Words that may stand between a negation and the words it bears on ("not even by", "not a").
_SMALL_WORDS = STOPWORDS | frozenset("even just only really very quite so too ever always necessarily exactly".split())
_NO_IDIOMS = frozenset("matter doubt wonder".split())  # "no matter how", "no doubt", "no wonder"
_ONE_AS_PRONOUN = frozenset("no any every each some the this that which no such".split())
_ABBREVIATIONS = frozenset("mr mrs ms dr st sen rep gov gen lt col sgt jr sr vs etc no".split())
SENTENCE_END = frozenset(".!?")
CLAUSE_MARKS = frozenset(',;:.!?—–()"“”')
_OPENING = frozenset('"“:')  # a word after one of these may start what is said, capitalised
_READ_IN_CONTEXT = frozenset("no one will may going gonna".split())  # features that depend on the words around
ELLIPSES = ("...", "…", ". . .")
# How far before a fragment's first word a negation (or a modal, or a hedge) still bears on it.
NEGATION_REACH = 3
HEDGE_REACH = 2
# Up to this many unmatched words at either end of a quote are read as changed words, not as context.
EDGE_WORDS = 2
# An ellipsis at a quote's edge hides at most this many of the other version's words, to the sentence's end.
ELLIPSIS_REACH = 12


@lru_cache(maxsize=8192)
def _word_features(printed: str, norm: str) -> tuple[tuple[str, str], ...]:
    """The features one word carries: (kind, value) with kind negation, modality, person or number.

    >>> _word_features("won't", "won't"), _word_features("U.S.", "us"), _word_features("Twenty", "twenty")
    ((('negation', 'not'), ('modality', 'will')), (), (('number', '20'),))
    """
    out: list[tuple[str, str]] = []
    base, _, suffix = norm.partition("'")
    if suffix == "t" and base.endswith("n"):
        out.append(("negation", "not"))
        base = _NT_BASES.get(base, base[:-1])
    elif suffix == "ll":
        out.append(("modality", "will"))
    elif suffix == "d":
        out.append(("modality", "would"))
    if base in NEGATIONS:
        out.append(("negation", "not"))
    if base == "cannot":
        out.append(("modality", "can"))
    elif base in MODALS:
        out.append(("modality", base))
    elif base in HEDGES:
        out.append(("modality", "hedge"))
    if base in PERSONS and "." not in printed:  # "U.S." folds to "us"
        out.append(("person", PERSONS[base]))
    if base.isdigit():
        out.append(("number", base.lstrip("0") or "0"))
    elif base in NUMBER_WORDS:
        out.append(("number", NUMBER_WORDS[base] or base))
    return tuple(out)


class Text(Struct):
    """One version, prepared: its words, what each carries, and where its sentences end."""

    __slots__ = ("ends", "feats", "gaps", "text", "toks", "turns")

    def __init__(
        self,
        text: str,
        toks: list[Token],
        feats: list[tuple[tuple[str, str], ...]],
        ends: list[int],  # sentence ends before each word (cumulative), one more entry than words
        gaps: list[str],  # the printed text before each word, and after the last
        turns: Sequence[int] | None = None,  # the turn each word belongs to (records)
    ) -> None:
        self.text = text
        self.toks = toks
        self.feats = feats
        self.ends = ends
        self.gaps = gaps
        self.turns = turns


def prepare(text: str, turns: Sequence[int] | None = None) -> Text:
    toks = cached_tokens(text) if turns is None else tokens(text)
    gaps = [text[toks[i - 1].end if i else 0 : toks[i].start] for i in range(len(toks))]
    gaps.append(text[toks[-1].end :] if toks else text)
    ends = [0]
    initial = {0}
    for i in range(1, len(toks) + 1):
        gap = gaps[i] if i < len(toks) else ""
        if gap == " ":  # most gaps: no sentence end, no opening mark
            ends.append(ends[-1])
            continue
        end = not SENTENCE_END.isdisjoint(gap) and not any(e in gap for e in ELLIPSES)
        end = end and not (gap.startswith(".") and toks[i - 1].norm in _ABBREVIATIONS)
        ends.append(ends[-1] + end)
        if i < len(toks) and (end or not _OPENING.isdisjoint(gap)):
            initial.add(i)
    # A capitalised word within a sentence is a name; so is the same word at a sentence's start.
    names = {t.norm for i, t in enumerate(toks) if i not in initial and t.text[:1].isupper() and t.norm != "i"}
    feats = []
    for i, t in enumerate(toks):
        f = _word_features(t.text, t.norm)
        if t.norm not in _READ_IN_CONTEXT:
            pass
        elif t.norm == "no" and i + 1 < len(toks) and toks[i + 1].norm in _NO_IDIOMS:
            f = ()  # "no matter where", "no doubt": no negation of what is said
        elif t.norm == "one" and i and toks[i - 1].norm in _ONE_AS_PRONOUN:
            f = ()  # "no one", "the one", "every one": a pronoun, not a number
        elif t.norm in {"will", "may"} and (
            (i not in initial and t.text[0].isupper())
            or (i and toks[i - 1].norm in _WILL_AS_NOUN)
            or (i + 1 < len(toks) and toks[i + 1].norm == "of")
        ):
            f = ()  # "good will", "the will of the people", "the first of May": no modal
        elif t.norm == "going" and i + 2 < len(toks) and toks[i + 1].norm == "to" and toks[i + 2].text.islower():
            f = (("modality", "will"),)  # "going to" is a future, as "will" is
        elif t.norm == "gonna":
            f = (("modality", "will"),)
        if not f and t.norm in names and t.text[:1].isupper():
            f = (("name", t.norm),)
        feats.append(f)
    return Text(text, toks, feats, ends, gaps, turns)


prepared = lru_cache(maxsize=4096)(prepare)  # a quote is compared with many others


def _printed(t: Text, i: int, j: int) -> str:
    return " ".join(t.text[t.toks[i].start : t.toks[j - 1].end].split()) if i < j else ""


def context(t: Text, i: int, j: int, pad: int = 3) -> str:
    """The words ``i..j`` with a few on either side, as printed: "…the states, not by judges and…"."""
    lo, hi = max(0, i - pad), min(len(t.toks), max(j, i + 1) + pad)
    words = _printed(t, lo, hi)
    if len(words) > 140:
        words = words[:137].rsplit(" ", 1)[0] + " …"
    return f"“{'…' if lo else ''}{words}{'…' if hi < len(t.toks) else ''}”"


def _kinds(t: Text, i: int, j: int) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {}
    for f in t.feats[i:j]:
        for kind, value in f:
            out.setdefault(kind, Counter())[value] += 1
    return out


def _sentences(n: int) -> str:
    return f"{n} sentence{'s' if n != 1 else ''}"


def _capitalised(t: Text, i: int, j: int) -> set[str]:
    """Capitalised words of ``i..j`` that may be names: not pronouns, not function words ("He", "The")."""
    return {
        w.norm
        for n, w in enumerate(t.toks[i:j], i)
        if w.text[:1].isupper() and all(k == "name" for k, _ in t.feats[n]) and w.norm not in STOPWORDS
    }


def _article_for_one(kind: str, x: Text, x0: int, x1: int, y: Text, y0: int, y1: int) -> bool:
    """ "a cent" for "one cent": the only difference in numbers is a "one" the other side says with "a"."""
    if kind != "number":
        return False
    nx, ny = _kinds(x, x0, x1).get("number", Counter()), _kinds(y, y0, y1).get("number", Counter())
    articles = {"a", "an"}
    if nx - ny == Counter({"1": 1}) and not ny - nx:
        return any(w.norm in articles for w in y.toks[y0:y1])
    if ny - nx == Counter({"1": 1}) and not nx - ny:
        return any(w.norm in articles for w in x.toks[x0:x1])
    return False


def _ellipsis_at(t: Text, i: int, j: int, edge: bool = False) -> bool:
    """Whether an ellipsis stands between words ``i - 1`` and ``j`` (the gaps before ``i..j``).

    With ``edge``, also before the first word or after the last.
    """
    return any(e in gap for gap in t.gaps[i if edge else max(i, 1) : j + 1] for e in ELLIPSES)


class _Flags:
    """Flags on one pair: ``x`` the fuller version, ``y`` the one compared with it, named as the output says."""

    def __init__(self, x: Text, y: Text, names: tuple[str, str]) -> None:
        self.x, self.y, self.names = x, y, names
        self.out: list[Flag] = []

    def add(self, kind: str, words: str, where: str, side: str) -> None:
        flag = Flag(kind, words, where, side)
        if flag not in self.out:
            self.out.append(flag)

    def chunk(self, x0: int, x1: int, y0: int, y1: int) -> None:
        """A run of changed words: ``x0..x1`` of x stand where ``y0..y1`` of y do."""
        x, y = self.x, self.y
        for t, u, (i, j), (k, m), name in ((y, x, (y0, y1), (x0, x1), 1), (x, y, (x0, x1), (y0, y1), 0)):
            if i == j and k < m and _ellipsis_at(t, i, i):  # the other's words hidden by this one's ellipsis
                self.hidden(u, k, m, self.names[1 - name], self.names[name])
                return
        kx, ky = _kinds(x, x0, x1), _kinds(y, y0, y1)
        both = x0 < x1 and y0 < y1
        # A missing kind is no count of it: None, not an empty Counter, on either side (so most runs compare
        # None with None).
        kinds = [
            kind
            for kind in ("negation", "number", "modality")
            if kx.get(kind) != ky.get(kind) and not _article_for_one(kind, x, x0, x1, y, y0, y1)
        ]
        # Another person, not the same one named more often ("it, they're" / "their program, they").
        if kx.get("person") and ky.get("person") and set(kx["person"]) != set(ky["person"]):
            kinds.append("person")
        # A name for another capitalised word (at a sentence's start, say): "Valdoria wants" -> "Lakeport wants".
        if kx.get("name") or ky.get("name"):
            cx, cy = _capitalised(x, x0, x1), _capitalised(y, y0, y1)
            if cx and cy and cx != cy:
                kinds.append("name")
        if not both and x0 < x1 and x.ends[x1] - x.ends[max(x0 - 1, 0)] >= 2:
            kinds.append("splice")
        if not kinds:  # most runs: nothing to say, so no words to print
            return
        where = "within the passage: " + (context(y, y0, y1) if y0 < y1 else context(x, x0, x1))
        words = f"{_printed(x, x0, x1)} → {_printed(y, y0, y1)}" if both else _printed(x, x0, x1) or _printed(y, y0, y1)
        side = "both" if both else self.names[0] if x0 < x1 else self.names[1]
        for kind in kinds:
            self.add(kind, words, where, side)

    def hidden(self, t: Text, i: int, j: int, holder: str, cutter: str) -> None:
        """Words ``i..j`` of ``t`` stand where the other version has an ellipsis."""
        k = _kinds(t, i, j)
        words = [w for n, w in enumerate(t.toks[i:j]) if w.norm in CONTRASTS or ("negation", "not") in t.feats[i + n]]
        sentences = t.ends[j] - t.ends[max(i - 1, 0)]
        other_turn = t.turns is not None and i > 0 and j < len(t.toks) and t.turns[i - 1] != t.turns[j]
        if words or k.get("negation") or sentences >= 2 or other_turn:
            what = " ".join(w.text for w in words) or (
                "another speaker's turn" if other_turn else _sentences(sentences - 1)
            )
            self.add("ellipsis", what, f"hidden by the ellipsis in {cutter}: {context(t, i, j, 2)}", holder)

    def edges(self, first: tuple[int, int], last: tuple[int, int]) -> None:
        """A version cut just past a negation, modal or hedge that the other has next to the shared words."""
        for t, u, (i, k), (end_t, end_u), name in (
            (self.x, self.y, first, last, 0),
            (self.y, self.x, first[::-1], last[::-1], 1),
        ):
            if k == 0 and i > 0:
                self.before(t, i, self.names[name])
            if end_u == len(u.toks) and end_t < len(t.toks):
                self.after(t, end_t, self.names[name])
            # An ellipsis at u's edge where t goes on: what it leaves out there.
            if end_t < len(t.toks) and _ellipsis_at(u, end_u, end_u, edge=True):
                stop = end_t + 1
                while stop < min(len(t.toks), end_t + ELLIPSIS_REACH) and t.ends[stop] == t.ends[stop - 1]:
                    stop += 1
                self.hidden(t, end_t, stop, self.names[name], self.names[1 - name])
            if i > 0 and _ellipsis_at(u, k, k, edge=True):
                begin = i - 1
                while begin > max(0, i - ELLIPSIS_REACH) and t.ends[begin] == t.ends[begin - 1]:
                    begin -= 1
                self.hidden(t, begin, i, self.names[name], self.names[1 - name])

    def same_clause(self, t: Text, i: int, j: int) -> bool:
        """No clause mark and no change of turn between words ``i`` and ``j`` (``i < j``)."""
        if any(c in CLAUSE_MARKS for gap in t.gaps[i + 1 : j + 1] for c in gap):
            return False
        return not t.turns or t.turns[i] == t.turns[j]

    def before(self, t: Text, i: int, side: str) -> None:
        """What ``t`` says just before its word ``i``, where the other version starts."""
        for n in range(i - 1, max(-1, i - 1 - NEGATION_REACH), -1):
            if not self.same_clause(t, n, i):
                break
            kinds = dict(t.feats[n])
            reach = i - n
            # "not by judges", "not even by legislators": only small words between the negation and the
            # fragment, so it bears on the fragment ("not close the plant" does not make "plant" negated).
            negation = "negation" in kinds and all(w.norm in _SMALL_WORDS for w in t.toks[n + 1 : i])
            # "can be good news"; "I think that there's", "probably true".
            modal = kinds.get("modality") in MODALS and (reach == 1 or (reach == 2 and t.toks[n + 1].norm == "be"))
            hedge = kinds.get("modality") == "hedge" and reach <= HEDGE_REACH
            kind = "negation" if negation else "modality" if modal or hedge else None
            if kind:
                self.add(kind, t.toks[n].text, f"just before the shared words: {context(t, n, i)}", side)
                return

    def after(self, t: Text, j: int, side: str) -> None:
        """A negation right after ``t``'s word ``j - 1``, where the other version stops."""
        if j < len(t.toks) and ("negation", "not") in t.feats[j] and self.same_clause(t, j - 1, j):
            self.add("negation", t.toks[j].text, f"just after the shared words: {context(t, j, j + 1)}", side)

    def gap(self, p: Piece, q: Piece) -> None:
        """Between two pieces of y found apart in x: a splice, or words an ellipsis hides."""
        x, y = self.x, self.y
        if q.q0 < p.q1:
            return
        joined = f"“{_printed(y, max(p.q0, p.q1 - 3), p.q1)}” + “{_printed(y, q.q0, min(q.q1, q.q0 + 3))}”"
        if _ellipsis_at(y, p.q1, q.q0):
            if q.r0 >= p.r1:
                self.hidden(x, p.r1, q.r0, self.names[0], self.names[1])
            else:
                self.add("splice", joined, f"in the other order in {self.names[0]}", self.names[1])
            return
        if q.r0 < p.r1:
            self.add("splice", joined, f"in the other order in {self.names[0]}", self.names[1])
            return
        apart = x.ends[q.r0] - x.ends[p.r1 - 1]
        other_turn = x.turns is not None and x.turns[p.r1 - 1] != x.turns[q.r0]
        if apart >= 2 or other_turn:
            what = "in another turn" if other_turn else f"{_sentences(apart - 1)} apart"
            self.add("splice", joined, f"{what} in {self.names[0]}: {context(x, p.r1, q.r0, 2)}", self.names[1])
        elif q.r0 > p.r1:
            self.chunk(p.r1, q.r0, p.q1, q.q0)


def flags(x: Text, y: Text, pieces: list[Piece], names: tuple[str, str]) -> tuple[Flag, ...]:
    """Flags on ``y`` against the fuller ``x``: ``pieces`` of y (``q``) found in x (``r``), in y's order."""
    f = _Flags(x, y, names)
    if not pieces:
        return ()
    for piece in pieces:
        run: list[Op] = []
        for op in [*piece.ops, ("equal", 0, 0, 0, 0)]:
            if op[0] != "equal":
                run.append(op)
                continue
            if run:
                # Piece opcodes run y (q) against x (r): columns 1-2 are y's words, 3-4 x's.
                f.chunk(min(o[3] for o in run), max(o[4] for o in run), min(o[1] for o in run), max(o[2] for o in run))
                run = []
    first, last = pieces[0], pieces[-1]
    start, end = (first.r0, first.q0), (last.r1, last.q1)
    # A word or two of y before (or after) the shared words stand for as many of x's: "Our fleets" / "Their fleets".
    head = first.q0
    if 0 < head <= EDGE_WORDS and first.r0:
        # x's words before the passage in its clause, one more than y has at most ("No one" / "Nobody").
        n = 0
        while n < min(head + 1, first.r0) and f.same_clause(x, first.r0 - n - 1, first.r0):
            n += 1
        if n:
            f.chunk(first.r0 - n, first.r0, 0, head)
            start = (first.r0 - n, 0)
    tail = len(y.toks) - last.q1
    if 0 < tail <= EDGE_WORDS and last.r1 < len(x.toks):
        n = 0
        while n < min(tail + 1, len(x.toks) - last.r1) and f.same_clause(x, last.r1 - 1, last.r1 + n):
            n += 1
        if n:
            f.chunk(last.r1, last.r1 + n, last.q1, len(y.toks))
            end = (last.r1 + n, len(y.toks))
    f.edges(start, end)
    for p, q in pairwise(pieces):
        f.gap(p, q)
    return tuple(f.out)


def _swap(ops: Sequence[Op]) -> tuple[Op, ...]:
    turn = {"insert": "delete", "delete": "insert"}
    return tuple((turn.get(tag, tag), b0, b1, a0, a1) for tag, a0, a1, b0, b1 in ops)


def _piece(ops: Sequence[Op]) -> Piece:
    """Opcodes over y (columns 1-2) and x (3-4) as one piece."""
    return Piece(
        ops[0][1], ops[-1][2], ops[0][3], ops[-1][4], tuple(ops), sum(o[2] - o[1] for o in ops if o[0] == "equal")
    )


def _leftovers(x: Text, y: Text, main: Piece) -> list[Piece]:
    """Runs of y outside the shared passage that stand elsewhere in x: a splice of two passages."""
    if len(y.toks) - (main.q1 - main.q0) < 3:
        return []
    enc = Encoder()
    xe = enc.encode([stem(t.norm) for t in x.toks])
    ye = enc.encode([stem(t.norm) for t in y.toks])
    xn, yn = [t.norm for t in x.toks], [t.norm for t in y.toks]
    found = []
    for lo, hi in ((0, main.q0), (main.q1, len(y.toks))):
        if hi - lo < 3:
            continue
        for p in locate(ye[lo:hi], xe, yn[lo:hi], xn):
            if p.matched >= 3 and (p.r1 <= main.r0 or p.r0 >= main.r1):
                ops = tuple((tag, a0 + lo, a1 + lo, b0, b1) for tag, a0, a1, b0, b1 in p.ops)
                found.append(Piece(p.q0 + lo, p.q1 + lo, p.r0, p.r1, ops, p.matched))
    return found


@lru_cache(maxsize=8192)
def link_flags(a_text: str, b_text: str, opcodes: tuple[Op, ...]) -> tuple[Flag, ...]:
    """Flags on a link between two quotes (``opcodes`` over their words, as the link stores them).

    The longer quote is the fuller version; each flag's ``side`` says which
    quote, ``a`` or ``b``, holds the words.
    """
    if not opcodes:
        return ()
    n_a, n_b = len(cached_tokens(a_text)), len(cached_tokens(b_text))
    ends = (opcodes[0][1], opcodes[0][3], opcodes[-1][2], opcodes[-1][4])
    if ends == (0, 0, n_a, n_b) and all(op[0] == "equal" for op in opcodes):
        return ()  # the same words, end to end: nothing can differ
    a, b = prepared(a_text), prepared(b_text)
    if len(a.toks) >= len(b.toks):
        x, y, names, ops = a, b, ("a", "b"), _swap(opcodes)
    else:
        x, y, names, ops = b, a, ("b", "a"), tuple(opcodes)
    main = _piece(ops)
    return flags(x, y, sorted([main, *_leftovers(x, y, main)], key=Piece._values), names)


def with_flags(links: Iterable[Link], quotes: Iterable[Quote]) -> list[Link]:
    """Each link with the differences between its two quotes that may change what was said."""
    text = {q.id: q.text for q in quotes}
    return [lk._replace(flags=link_flags(text[lk.a], text[lk.b], lk.opcodes)) for lk in links]
