"""A speaker's statements: the quotes of the same words across sources, and the links kept for them.

Stage 4, after :mod:`quotecompare.align.alignment`. :func:`align_speaker` collapses a
speaker's identical texts, compares distinct texts only, and joins texts whose
comparison makes a link into groups. Then, per group:

* a group of up to ``EXACT_MAX`` quotes is aligned pair by pair as
  :func:`~quotecompare.align.alignment.align` does (each passage claimed once per
  source), and its statements are the quotes its links connect;
* a larger group (the same remarks in thousands of outlets) becomes a maximum
  spanning forest built on the texts (Kruskal, strongest comparison first):
  each quote gets one link to its closest version, so the work and the links
  grow with the quotes, not with their pairs.

A statement aligned pair by pair keeps every pairwise link when its quotes
stand in at most ``PAIRWISE_MAX`` outlets (every real story we have: each
passage is claimed once per outlet, so its links grow with its quotes), else
the spanning links only, unless ``all_links`` asks for every pair; the texts
of a group in so few outlets are each compared with each other, whether or
not their clauses looked alike. A fragment of one or two words ("insane") is joined
once the longer texts are, and only where it is unambiguous: not when one
outlet prints its words in two of the speaker's statements. Each
:class:`~quotecompare.models.Statement` counts its pairs of each kind, listed
or not.

>>> from quotecompare.models import Quote
>>> quotes = [Quote(f"q{n}", f"s{n}", (), "We are ready to talk.", 0, 0, "X", "x|") for n in range(10)]
>>> aligned = align_speaker(quotes, [f"s{n}" for n in range(10)], "x")
>>> [(st.id, len(st.quotes), st.kinds) for st in aligned.statements], len(aligned.links)
([('x-1', 10, (('verbatim', 45),))], 9)
"""

from __future__ import annotations

from collections import Counter, defaultdict

from quotecompare.align.alignment import (
    Compared,
    Texts,
    accept,
    by_source_order,
    distinct_texts,
    quote_pairs,
    spanning_links,
)
from quotecompare.align.meaning import with_flags
from quotecompare.models import Link, LinkKind, Quote, Statement, Struct

PAIRWISE_MAX = 8  # a statement in up to this many outlets keeps every pairwise link
EXACT_MAX = 64  # a group of texts of up to this many quotes is aligned pair by pair
FRAGMENT_WORDS = 2  # a text of up to this many words is a fragment, joined only where it is unambiguous
KIND_ORDER: tuple[LinkKind, ...] = ("verbatim", "variant", "paraphrase")


class SpeakerAlignment(Struct):
    __slots__ = ("links", "statements")

    def __init__(self, statements: list[Statement], links: list[Link]) -> None:
        self.statements = statements
        self.links = links


class _Sets:
    """Union-find over integers (path halving)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        self.parent[ra] = rb
        return ra != rb


# A comparison of two texts as a forest edge: (-score, not the same text, s, t, a, compared, kind),
# where a is the text (s or t) compared first; tuples sort strongest first, then by texts.
_Edge = tuple[float, bool, int, int, int, Compared, LinkKind]


class _Group(Struct):
    __slots__ = ("kinds", "links", "quotes")

    def __init__(
        self,
        quotes: list[int],
        links: list[Link],  # the links kept
        kinds: Counter[LinkKind],  # pairs of each kind, kept or not
    ) -> None:
        self.quotes = quotes
        self.links = links
        self.kinds = kinds


class _Speaker:
    """One speaker's quotes, distinct texts and text comparisons, for :func:`align_speaker`."""

    def __init__(self, quotes: list[Quote], source_order: list[str], all_links: bool, workers: int) -> None:
        self.flat, self.rank, self.local = by_source_order(quotes, source_order)
        distinct, self.text_of, self.occurrences = distinct_texts(self.flat)
        self.texts = Texts(distinct)
        min_rank = [self.rank[occ[0]] for occ in self.occurrences]
        max_rank = [self.rank[occ[-1]] for occ in self.occurrences]
        # (s, t) -> the order (a, b) in which the two texts make a link (s first printed before t).
        self.edges: dict[tuple[int, int], tuple[int, int]] = {}
        self.groups = _Sets(len(distinct))  # texts joined by links
        size = [len(occ) for occ in self.occurrences]  # quotes per group, at its root
        versions = [1] * len(distinct)  # texts per group, at its root

        def order(s: int, t: int) -> tuple[int, int] | None:
            """The order in which texts ``s <= t`` make a link (first printed first, else the other), or None."""
            if min_rank[s] < max_rank[t] and self.texts.compared(s, t)[1]:
                return s, t
            if s != t and min_rank[t] < max_rank[s] and self.texts.compared(t, s)[1]:
                return t, s
            return None

        def link(s: int, t: int) -> bool:
            """Whether texts ``s <= t`` make a link; if so, they are joined."""
            pair = order(s, t)
            if pair is None:
                return False
            self.edges[(s, t)] = pair
            rs, rt = self.groups.find(s), self.groups.find(t)
            if rs != rt:
                self.groups.union(rs, rt)
                size[rt], versions[rt] = size[rs] + size[rt], versions[rs] + versions[rt]
            return True

        for s in self.texts.with_words():  # a text printed in two sources
            link(s, s)
        # A fragment of one or two words ("insane") is placed once the longer texts are joined.
        short = [self.texts.words(s) <= FRAGMENT_WORDS for s in range(len(distinct))]
        fragment_pairs: list[tuple[int, int]] = []
        if all_links:  # every candidate pair, as asked
            for s, t in self.texts.candidates(workers):
                if short[s] or short[t]:
                    fragment_pairs.append((s, t))
                elif s != t:
                    link(s, t)
        else:
            # Kruskal on the near-neighbour graph, nearest first: a pair is compared only
            # while its texts are apart, so joining n versions takes about n comparisons.
            near = self.texts.neighbours(workers)
            fragment_pairs = [(s, t) for s, t in near if short[s] or short[t]]
            near = [(s, t) for s, t in near if not (short[s] or short[t])]
            for s, t in near:
                if self.groups.find(s) != self.groups.find(t):
                    link(s, t)
            # A group of few quotes (aligned pair by pair) or few versions has every near pair
            # compared: its links and kinds are those of every pair, as they were before.
            for s, t in near:
                root = self.groups.find(s)
                few = size[root] <= EXACT_MAX or versions[root] <= EXACT_MAX
                if few and (s, t) not in self.edges and root == self.groups.find(t):
                    link(s, t)
        # A fragment whose words one outlet prints in two of the speaker's statements could be
        # either ("great", "people"): it joins none.
        partners: dict[int, list[int]] = defaultdict(list)
        for s, t in fragment_pairs:
            if s != t and order(s, t):
                partners[s].append(t)
                partners[t].append(s)
        placed = {}
        for f, others in partners.items():
            if short[f]:
                held: dict[int, set[int]] = defaultdict(set)  # source -> statements holding the words
                for o in others:
                    if not short[o]:
                        for x in self.occurrences[o]:
                            held[self.rank[x]].add(self.groups.find(o))
                placed[f] = all(len(groups) == 1 for groups in held.values())
        for s, t in fragment_pairs:
            if s != t and placed.get(s, True) and placed.get(t, True):
                link(s, t)
        # A group aligned pair by pair in few outlets is one statement's versions, every pair of which
        # is listed: each two of its texts are compared, whether or not their clauses looked alike
        # ("They restart it, they're going to have big problems" / "If they restart their nuclear
        # program, they will have bigger problems").
        members: dict[int, list[int]] = defaultdict(list)
        for s in range(len(distinct)):
            members[self.groups.find(s)].append(s)
        for root, group in members.items():
            outlets = {self.rank[x] for s in group for x in self.occurrences[s]}
            if size[root] <= EXACT_MAX and len(outlets) <= PAIRWISE_MAX:
                for n, s in enumerate(group):
                    for t in group[n + 1 :]:
                        if (s, t) not in self.edges:
                            link(s, t)
        self.sets = _Sets(len(self.flat))  # quotes joined into statements (groups never share a quote)

    def groups_of_texts(self) -> list[tuple[list[int], list[tuple[int, int]]]]:
        """Texts joined by links, each group with its text pairs."""
        texts: dict[int, list[int]] = defaultdict(list)
        for s in range(len(self.occurrences)):
            texts[self.groups.find(s)].append(s)
        edges: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for s, t in self.edges:
            edges[self.groups.find(s)].append((s, t))
        return [(group, edges[root]) for root, group in texts.items()]

    def _trees(self, quotes: list[int], links: list[Link]) -> tuple[dict[int, list[int]], dict[int, list[Link]]]:
        """Quotes and links of ``quotes`` by the tree (statement) they belong to."""
        members: dict[int, list[int]] = defaultdict(list)
        for x in quotes:
            members[self.sets.find(x)].append(x)
        index = {self.flat[x].id: x for x in quotes}
        by_tree: dict[int, list[Link]] = defaultdict(list)
        for lk in links:
            by_tree[self.sets.find(index[lk.a])].append(lk)
        return members, by_tree

    def exact(self, texts: list[int], edges: list[tuple[int, int]], all_links: bool) -> list[_Group]:
        """Pair by pair, as :func:`~quotecompare.align.alignment.align`; statements are what the links connect."""
        pairs = quote_pairs(edges, self.occurrences, self.rank)
        links = accept(self.flat, self.rank, self.local, self.text_of, self.texts, pairs)
        quotes = [x for s in texts for x in self.occurrences[s]]
        index = {self.flat[x].id: x for x in quotes}
        for lk in links:
            self.sets.union(index[lk.a], index[lk.b])
        members, by_tree = self._trees(quotes, links)
        out = []
        for root, group in members.items():
            group_links = by_tree[root]
            kinds = Counter(lk.kind for lk in group_links)
            # Few outlets: every pair (each passage is claimed once per outlet, so the links grow
            # with the quotes); many outlets (the same remarks everywhere): the spanning links.
            if len({self.rank[x] for x in group}) > PAIRWISE_MAX and not all_links:
                group_links = spanning_links(group_links)
            out.append(_Group(group, group_links, kinds))
        return out

    def forest(self, texts: list[int], text_pairs: list[tuple[int, int]]) -> list[_Group]:
        """A maximum spanning forest over the quotes of ``texts``, built on the texts' comparisons.

        Edges go strongest first, and identical texts (score 100) first of all,
        so a text printed in two or more sources is one tree before it meets any
        other text, and joining two such texts takes one link. Only a text
        printed in one source (once or more) is joined quote by quote.
        """
        edges: list[_Edge] = []
        for s, t in text_pairs:
            a, b = self.edges[(s, t)]
            c, kind = self.texts.compared(a, b)
            if kind is None:  # self.edges holds only pairs that make a link
                continue
            edges.append((-c.score, s != t, s, t, a, c, kind))
        edges.sort(key=lambda e: e[:4])
        rank, flat, occ, sets = self.rank, self.flat, self.occurrences, self.sets
        # First quote of a text, and its first quote in another source (None when one source only).
        reps = {s: (occ[s][0], next((x for x in occ[s] if rank[x] != rank[occ[s][0]]), None)) for s in texts}
        merged = {s: len(occ[s]) == 1 for s in texts}  # all the text's quotes are in one tree
        links: list[Link] = []

        def partner(x: int, s: int) -> int | None:
            first, other = reps[s]
            return first if rank[first] != rank[x] else other

        def join(x: int, y: int, a_text: int, c: Compared, kind: LinkKind) -> None:
            a, b = (x, y) if self.text_of[x] == a_text else (y, x)
            if self.text_of[a] == self.text_of[b] and b < a:
                a, b = b, a
            if sets.union(a, b):
                links.append(Link(flat[a].id, flat[b].id, kind, c.score, c.opcodes))

        for _, _, s, t, a, c, kind in edges:
            if s == t:
                for x in occ[s][1:]:
                    p = partner(x, s)
                    if p is not None:
                        join(p, x, a, c, kind)
                merged[s] = merged[s] or reps[s][1] is not None
            elif merged[s] and merged[t]:
                ends = [
                    (x, y) for x in reps[s] for y in reps[t] if x is not None and y is not None and rank[x] != rank[y]
                ]
                if ends:
                    join(*ends[0], a, c, kind)
            else:
                for u, v in ((s, t), (t, s)):
                    if not merged[u]:
                        for x in occ[u]:
                            p = partner(x, v)
                            if p is not None:
                                join(x, p, a, c, kind)
                for u in (s, t):
                    if not merged[u]:
                        root = sets.find(occ[u][0])
                        merged[u] = all(sets.find(x) == root for x in occ[u])
        return self._forest_groups(texts, edges, links)

    def _forest_groups(self, texts: list[int], edges: list[_Edge], links: list[Link]) -> list[_Group]:
        """The forest's trees as groups, each with its links and its count of pairs of each kind."""
        quotes = [x for s in texts for x in self.occurrences[s]]
        members, by_tree = self._trees(quotes, links)
        # Per text and tree: quotes per source, and how many in all.
        per_text: dict[int, dict[int, tuple[Counter[int], int]]] = {}
        for s in texts:
            trees: dict[int, Counter[int]] = defaultdict(Counter)
            for x in self.occurrences[s]:
                trees[self.sets.find(x)][self.rank[x]] += 1
            per_text[s] = {root: (c, sum(c.values())) for root, c in trees.items()}
        kinds: dict[int, Counter[LinkKind]] = defaultdict(Counter)
        for *_, s, t, _, _, kind in edges:
            for root, (cs, ns) in per_text[s].items():
                if root not in per_text[t]:
                    continue
                ct, nt = per_text[t][root]
                small, large = (cs, ct) if len(cs) <= len(ct) else (ct, cs)
                pairs = ns * nt - sum(n * large[r] for r, n in small.items())  # in different sources
                kinds[root][kind] += pairs // 2 if s == t else pairs
        out = []
        for root, group in members.items():
            # A small tree of a large group still lists every pair.
            group_links = self._all_pairs(group) if len(group) <= PAIRWISE_MAX else by_tree[root]
            out.append(_Group(group, group_links, kinds[root]))
        return out

    def _all_pairs(self, group: list[int]) -> list[Link]:
        links = []
        for n, x in enumerate(group):
            for y in group[n + 1 :]:
                if self.rank[x] == self.rank[y]:
                    continue
                a, b = (x, y) if self.rank[x] < self.rank[y] else (y, x)
                c, kind = self.texts.compared(self.text_of[a], self.text_of[b])
                if kind:
                    links.append(Link(self.flat[a].id, self.flat[b].id, kind, c.score, c.opcodes))
        return links


def align_speaker(
    quotes: list[Quote], source_order: list[str], slug: str, all_links: bool = False, workers: int = 1
) -> SpeakerAlignment:
    """One speaker's statements (ids ``slug-1``, ``slug-2``... in reading order) and the links kept."""
    if len({q.source for q in quotes if q.kind == "quote"}) < 2:
        # Links join quotes of different sources: one source's quotes are each a statement of their own.
        flat, _, _ = by_source_order(quotes, source_order)
        in_order = sorted(range(len(flat)), key=lambda x: (flat[x].start, x))  # as groups are numbered below
        statements = [
            Statement(f"{slug}-{n}", flat[x].speaker_key or "", (flat[x].id,), ()) for n, x in enumerate(in_order, 1)
        ]
        return SpeakerAlignment(statements, [])
    sp = _Speaker(quotes, source_order, all_links, workers)
    groups: list[_Group] = []
    for texts, text_pairs in sp.groups_of_texts():
        size = sum(len(sp.occurrences[s]) for s in texts)
        groups += (
            sp.exact(texts, text_pairs, all_links) if all_links or size <= EXACT_MAX else sp.forest(texts, text_pairs)
        )
    flat, rank = sp.flat, sp.rank

    def place(x: int) -> tuple[int, int, int]:
        return rank[x], flat[x].start, x

    groups.sort(key=lambda g: min(place(x) for x in g.quotes))
    statements = [
        Statement(
            f"{slug}-{n}",
            flat[g.quotes[0]].speaker_key or "",
            tuple(flat[x].id for x in sorted(g.quotes, key=place)),
            tuple((k, g.kinds[k]) for k in KIND_ORDER if g.kinds[k]),
        )
        for n, g in enumerate(groups, 1)
    ]
    links = sorted((lk for g in groups for lk in g.links), key=lambda lk: (lk.a, lk.b))
    return SpeakerAlignment(statements, with_flags(links, flat))
