"""Line up each speaker's quotations across sources.

Stage 4 of the pipeline. For every speaker and every pair of sources:

1. :func:`candidates` scores all quote pairs at once with ``rapidfuzz.process.cdist``
   on word-encoded clauses (so a short partial quote finds its place inside a
   longer one, and a long quote can meet two shorter ones), keeping pairs
   above a cutoff;
2. :func:`compare` aligns a candidate pair word by word (``Indel.opcodes`` over
   word stems), finds the passage the two share, and scores that passage 0-100
   on the normalised wording;
3. :func:`align` accepts links best-first, so each passage of a quote is
   claimed by one counterpart per source, and labels them ``verbatim`` (same
   words once typography is folded), ``variant`` (small wording changes) or
   ``paraphrase`` (same statement, different words).

:func:`statements` groups linked quotes into rows of an alignment table.

>>> from quotecompare.models import Quote
>>> a = Quote("a1", "a", (), "committed to improve this relationship.", 0, 0, "X", "x|")
>>> b = Quote("b1", "b", (), "I'm here because he is committed to improving this relationship.", 0, 0, "X", "x|")
>>> [(l.kind, l.score) for l in align([a, b], ["a", "b"])]
[('variant', 94.9)]
"""

from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache
from itertools import combinations, pairwise
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from .models import Link, Quote
from .textnorm import Token, is_run_of, plain_words, stem, tokens

# A quote is compared with many counterparts: tokenise it once. The cached
# lists are shared, so nothing here may change them.
_tokens = lru_cache(maxsize=8192)(tokens)
_plain_words = lru_cache(maxsize=8192)(plain_words)

# Thresholds, calibrated on the seeds and the development stories (see README).
VARIANT_MIN = 80.0
PARAPHRASE_MIN = 50.0
CANDIDATE_CUTOFF = 55.0
MAX_ANCHOR_GAP = 6
# Clause matrices up to this many cells are scored in a loop, larger ones with cdist.
SMALL_MATRIX = 4096
CDIST_BLOCK = 2048
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "it's",
        "this",
        "that",
        "these",
        "those",
        "we",
        "i",
        "you",
        "he",
        "she",
        "they",
        "our",
        "your",
        "his",
        "her",
        "their",
        "my",
        "me",
        "us",
        "them",
        "not",
        "no",
        "so",
        "if",
        "then",
        "than",
        "there",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
    ]
)


class Compared(NamedTuple):
    """How two quotes meet: shared passage (token ranges), score and opcodes."""

    score: float
    verbatim: bool
    a_range: tuple[int, int]
    b_range: tuple[int, int]
    matched: int
    content_matched: int
    opcodes: tuple[tuple[str, int, int, int, int], ...]


class _Encoder:
    """Map word stems to single characters, so rapidfuzz compares words."""

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


def _clauses(toks: list[Token], text: str) -> list[tuple[int, int]]:
    """Token ranges of a quote's clauses: split at sentence ends, dashes, ';' and ':'."""
    cuts = [0]
    for i in range(1, len(toks)):
        gap = text[toks[i - 1].end : toks[i].start]
        if any(ch in gap for ch in ".!?;:—–…") or " - " in gap:
            cuts.append(i)
    cuts.append(len(toks))
    ranges = [(s, e) for s, e in pairwise(cuts) if e > s]
    # The whole quote is a clause too, so short quotes meet long ones directly.
    return [*ranges, (0, len(toks))] if len(ranges) > 1 else ranges


def candidates(quotes_a: list[Quote], quotes_b: list[Quote], workers: int = 1) -> set[tuple[int, int]]:
    """Pairs (i, j) of quotes whose clauses look alike, scored in one batch."""
    enc = _Encoder()
    rows_a: list[tuple[int, str]] = []
    rows_b: list[tuple[int, str]] = []
    for rows, quotes in ((rows_a, quotes_a), (rows_b, quotes_b)):
        for qi, q in enumerate(quotes):
            toks = tokens(q.text)
            words = [stem(t.norm) for t in toks]
            for s, e in _clauses(toks, q.text):
                rows.append((qi, enc.encode(words[s:e])))
    if not rows_a or not rows_b:
        return set()
    matrix = process.cdist(
        [r[1] for r in rows_a],
        [r[1] for r in rows_b],
        scorer=fuzz.partial_ratio,
        score_cutoff=CANDIDATE_CUTOFF,
        workers=workers,
    )
    pairs: set[tuple[int, int]] = set()
    for i, j in zip(*matrix.nonzero(), strict=False):
        pairs.add((rows_a[i][0], rows_b[j][0]))
    return pairs


def _align_range(
    sa: list[str], sb: list[str], ta: list[Token], a_off: int, b_off: int
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
        content = sum(1 for r in cluster for k in range(r[0], r[1]) if ta[k].norm not in STOPWORDS)
        return content, sum(r[1] - r[0] for r in cluster)

    best = max(clusters, key=weight)
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
        return a0, a1, max(b0, b0 + al.dest_start - margin), min(b1, b0 + al.dest_end + margin)
    al = fuzz.partial_ratio_alignment(eb[b0:b1], ea[a0:a1])
    return max(a0, a0 + al.dest_start - margin), min(a1, a0 + al.dest_end + margin), b0, b1


@lru_cache(maxsize=8192)
def _prepared(text: str) -> tuple[list[Token], list[str], list[tuple[int, int]]]:
    """Tokens, word stems and clauses of a quote, worked out once per text (shared: read only)."""
    toks = _tokens(text)
    return toks, [stem(t.norm) for t in toks], _clauses(toks, text)


def compare(a_text: str, b_text: str) -> Compared:
    """Align two quotes word by word and score the passage they share.

    Whole quotes are aligned, and each clause of one against the other whole,
    so a passage is found even when the rest of both quotes differs.

    >>> c = compare("We are ready. Let's try", "we are ready... let’s try!")
    >>> c.verbatim, c.score
    (True, 100.0)
    """
    (ta, sa, clauses_a), (tb, sb, clauses_b) = _prepared(a_text), _prepared(b_text)
    enc = _Encoder()
    ea, eb = enc.encode(sa), enc.encode(sb)
    tries = [_window(ea, eb, 0, len(ta), 0, len(tb))]
    if len(clauses_a) > 1:
        tries += [_window(ea, eb, s, e, 0, len(tb)) for s, e in clauses_a[:-1]]
    if len(clauses_b) > 1:
        tries += [_window(ea, eb, 0, len(ta), s, e) for s, e in clauses_b[:-1]]
    found = [r for a0, a1, b0, b1 in tries if (r := _align_range(sa[a0:a1], sb[b0:b1], ta, a0, b0))]
    if not found:
        return Compared(0.0, False, (0, 0), (0, 0), 0, 0, ())
    a0, a1, b0, b1, matched, content = max(found, key=lambda r: (r[5], r[4], -(r[1] - r[0]) - (r[3] - r[2])))
    na = [t.norm for t in ta[a0:a1]]
    nb = [t.norm for t in tb[b0:b1]]
    score = round(fuzz.ratio(" ".join(na), " ".join(nb)), 1)
    opcodes = tuple(
        (op.tag, op.src_start + a0, op.src_end + a0, op.dest_start + b0, op.dest_end + b0)
        for op in Indel.opcodes(na, nb)
    )
    return Compared(score, na == nb, (a0, a1), (b0, b1), matched, content, opcodes)


def _kind(c: Compared, len_a: int, len_b: int) -> str | None:
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
    if c.verbatim:
        return "verbatim"
    if c.score >= VARIANT_MIN:
        return "variant"
    if c.score >= PARAPHRASE_MIN and c.content_matched >= 2:
        return "paraphrase"
    return None


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


def _matching_clauses(codes: list[str], workers: int) -> list[tuple[int, int]]:
    """Pairs ``(u, v)`` of distinct encoded clauses with ``partial_ratio(u, v) >= CANDIDATE_CUTOFF``.

    Small inputs are scored in a loop (no numpy import for a small story); larger
    ones by ``process.cdist`` over blocks of rows, so memory stays bounded.
    """
    n = len(codes)
    if n * n <= SMALL_MATRIX:
        return [
            (u, v)
            for u in range(n)
            for v in range(n)
            if u != v and fuzz.partial_ratio(codes[u], codes[v], score_cutoff=CANDIDATE_CUTOFF)
        ]
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
        out.extend(
            (int(r) + start, int(c)) for r, c in zip(rows.tolist(), cols.tolist(), strict=True) if r + start != c
        )
    return out


def _speaker_candidates(quotes: list[Quote], rank: list[int], workers: int) -> set[tuple[int, int]]:
    """Pairs ``(x, y)`` of quotes (``rank[x] < rank[y]``) whose clauses look alike.

    The same set :func:`candidates` finds for every pair of sources, in one
    batch for all of a speaker's quotes: identical clauses (wire copy quoted
    word for word) are scored once, and pairs within one source are dropped.
    """
    enc = _Encoder()
    index: dict[str, int] = {}
    members: list[list[int]] = []
    for x, q in enumerate(quotes):
        toks = _tokens(q.text)
        words = [stem(t.norm) for t in toks]
        for s, e in _clauses(toks, q.text):
            u = index.setdefault(enc.encode(words[s:e]), len(index))
            if u == len(members):
                members.append([])
            if not members[u] or members[u][-1] != x:
                members[u].append(x)
    pairs: set[tuple[int, int]] = set()
    for u, v in _matching_clauses(list(index), workers):
        for x in members[u]:
            for y in members[v]:
                if rank[x] < rank[y]:
                    pairs.add((x, y))
    # A quote pair whose clauses are identical is scored 100 both ways.
    for xs in members:
        for x in xs:
            for y in xs:
                if rank[x] < rank[y]:
                    pairs.add((x, y))
    return pairs


def align(quotes: list[Quote], source_order: list[str], workers: int = 1) -> list[Link]:
    """Pairwise links between one speaker's quotes in different sources."""
    by_source: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        if q.kind == "quote":
            by_source[q.source].append(q)
    order = {s: i for i, s in enumerate(source_order)}
    flat: list[Quote] = []
    rank: list[int] = []
    local: list[int] = []
    for r, source in enumerate(sorted(by_source, key=order.__getitem__)):
        for i, q in enumerate(by_source[source]):
            flat.append(q)
            rank.append(r)
            local.append(i)
    by_pair: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for x, y in _speaker_candidates(flat, rank, workers):
        by_pair[(rank[x], rank[y])].append((x, y))
    compared: dict[tuple[str, str], tuple[Compared, str | None]] = {}
    n_tokens: dict[str, int] = {}
    links: list[Link] = []
    for pair in sorted(by_pair):
        proposals = []
        for x, y in by_pair[pair]:
            a, b = flat[x].text, flat[y].text
            hit = compared.get((a, b))
            if hit is None:
                c = compare(a, b)
                for t in (a, b):
                    if t not in n_tokens:
                        n_tokens[t] = len(_tokens(t))
                hit = compared[(a, b)] = (c, _kind(c, n_tokens[a], n_tokens[b]))
            c, kind = hit
            if kind:
                proposals.append((c.matched * c.score, local[x], local[y], kind, c, x, y))
        # Each passage of a quote is claimed by one counterpart per outlet, except by a
        # quote that repeats words of that counterpart (or whose words it repeats): Fox
        # printing a statement whole and then "judges" from it links both to the Times'
        # whole statement.
        claimed_a: dict[int, list[tuple[tuple[int, int], int]]] = defaultdict(list)
        claimed_b: dict[int, list[tuple[tuple[int, int], int]]] = defaultdict(list)
        for _, i, j, kind, c, x, y in sorted(proposals, key=lambda p: (-p[0], p[1], p[2])):
            blocking_a = [r for r, y2 in claimed_a[i] if not _one_repeats_other(flat[y].text, flat[y2].text)]
            blocking_b = [r for r, x2 in claimed_b[j] if not _one_repeats_other(flat[x].text, flat[x2].text)]
            if _overlap(blocking_a, c.a_range) > 0.5 or _overlap(blocking_b, c.b_range) > 0.5:
                continue
            claimed_a[i].append((c.a_range, y))
            claimed_b[j].append((c.b_range, x))
            links.append(Link(flat[x].id, flat[y].id, kind, c.score, c.opcodes))  # type: ignore[arg-type]
    return sorted(links, key=lambda link: (link.a, link.b))


SHINGLE = 3
CROSS_MIN_WORDS = 5
CROSS_SHARE = 0.6


def cross_speaker(quotes: list[Quote]) -> list[Link]:
    """Links between quotes that two outlets credit to different speakers.

    The same words given to two people (or to someone and to nobody) are shown
    side by side, never merged. Candidates share most of the shorter quote's
    runs of three word stems (counted in an inverted index, so this stays
    linear in practice); each is then aligned like any pair and kept when
    verbatim or a variant of five words or more.
    """
    usable = [q for q in quotes if q.kind == "quote"]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    n_grams: list[int] = []
    for n, q in enumerate(usable):
        stems = [stem(t.norm) for t in _tokens(q.text)]
        grams = {tuple(stems[i : i + SHINGLE]) for i in range(len(stems) - SHINGLE + 1)}
        n_grams.append(len(grams))
        for gram in grams:
            index[gram].append(n)
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if len(members) > 50:  # a stock phrase, not evidence
            continue
        for i, j in combinations(members, 2):
            a, b = usable[i], usable[j]
            if a.source != b.source and a.speaker_key != b.speaker_key:
                shared[(i, j)] += 1
    # The same words, not a common phrase: most of the shorter quote's word runs are shared.
    pairs = [
        (i, j)
        for (i, j), count in shared.items()
        if count >= CROSS_MIN_WORDS - SHINGLE + 1 and count >= CROSS_SHARE * min(n_grams[i], n_grams[j])
    ]
    links = []
    compared: dict[tuple[str, str], tuple[Compared, str | None]] = {}  # wire copy repeats text pairs
    for i, j in sorted(pairs):
        a, b = usable[i], usable[j]
        hit = compared.get((a.text, b.text))
        if hit is None:
            c = compare(a.text, b.text)
            hit = compared[(a.text, b.text)] = (c, _kind(c, len(_tokens(a.text)), len(_tokens(b.text))))
        c, kind = hit
        if kind in ("verbatim", "variant") and c.matched >= CROSS_MIN_WORDS:
            links.append(Link(a.id, b.id, kind, c.score, opcodes=c.opcodes, same_speaker=False))  # type: ignore[arg-type]
    return sorted(links, key=lambda link: (link.a, link.b))


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


def statements(quotes: list[Quote], links: list[Link]) -> list[list[Quote]]:
    """Group one speaker's quotes into rows: linked quotes share a row.

    Rows keep reading order of their earliest quote; unlinked quotes are rows
    of their own ("only in one outlet").
    """
    ids = {q.id for q in quotes}
    sets = _DisjointSet()
    for link in links:
        if link.a in ids and link.b in ids:
            sets.union(link.a, link.b)
    groups: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        groups[sets.find(q.id)].append(q)
    return list(groups.values())


def spanning_links(
    links: list[Link], node: Callable[[str], str] | None = None, rank: Callable[[Link], object] | None = None
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
