"""The story as pages: plain view models for the templates.

Stage 6a of the pipeline, pure: :func:`make_story` gathers sources, quotes,
speakers, statements and links into a :class:`Story` (with a neutral title
when none is given); :func:`speaker_rows` lines up one speaker's statements,
and :func:`compare_versions` groups each statement's identical versions and
finds its fragments; :class:`Site` turns the story into one :class:`Page`
(output path, template, context) per page of the site, one at a time, so
only one page's rows are alive at once. Article pages are
made by :mod:`.articles`, ``quotes.json`` by :mod:`.export`. Nothing here
makes HTML.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache

from quotecompare.align.alignment import spanning_links
from quotecompare.align.diffing import context_pieces, fragment_side, inline_diff, marked_pieces, token_states
from quotecompare.models import Link, Quote, Source, Speaker, Statement, Story, Struct
from quotecompare.site.articles import (
    Lazy,
    Marks,
    article_marks,
    article_pieces,
    attribution_count,
    iter_article_blocks,
    iter_attribution_rows,
    speaker_colours,
)
from quotecompare.site.flagged import Flagged, flag_panel, record_ref
from quotecompare.site.overview import coverage, date_range, outlet_fidelity
from quotecompare.site.pages import LinkView, OutletGroup, Page, QuoteView, Row, SpeakerPage, Version
from quotecompare.site.tally import STATEMENT_KINDS, statement_kind, statement_outlets, tally
from quotecompare.site.tally import quote_counts as quote_counts_of
from quotecompare.text.normalise import norms


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[int, str]:
    """How many words a quote has, and its folded words: worked out once per text.

    A quote's words are needed for its marks, its version and each of its
    links. Only the count and one string are kept, not the token lists,
    so the cache stays small for a story of tens of thousands of quotes.
    """
    words = norms(text)
    return len(words), " ".join(words)


def version_key(text: str) -> str:
    """A quote's folded words: two quotes with the same key are the same version.

    >>> version_key("We’re ready — U.S. side") == version_key("we're ready, US side.")
    True
    """
    return _words(text)[1]


def word_count(text: str) -> int:
    return _words(text)[0]


KIND_LABELS = {
    "verbatim": "Verbatim",
    "variant": "Wording variant",
    "paraphrase": "Paraphrase",
    "only": "Only in one outlet",
    "partial": "Partial",
}
# Up to this many articles, a statement shows each article's quotes side by side;
# beyond it, each distinct version once, with the outlets that printed it.
TABLE_MAX_SOURCES = 6


def make_story(
    title: str | None,
    summary: str | None,
    sources: list[Source],
    quotes: list[Quote],
    speakers: list[Speaker],
    links: list[Link],
    statements: list[Statement],
) -> Story:
    # Without a manifest title the story is named neutrally, never by one outlet's headline.
    if not title:
        from quotecompare.site.title import story_title  # only a story without a manifest title needs it

        title = story_title(sources, quotes, speakers)
    return Story(title, summary, sources, quotes, speakers, links, statements)


class Index:
    """The story looked up once, for every page: quotes by id, statements by speaker, links by statement."""

    def __init__(self, story: Story) -> None:
        self.sources = {s.id: s for s in story.sources}
        self.quotes = {q.id: q for q in story.quotes}
        self.statements: dict[str, list[Statement]] = defaultdict(list)
        statement_of: dict[str, int] = {}
        for n, st in enumerate(story.statements):
            self.statements[st.speaker_key].append(st)
            for qid in st.quotes:
                statement_of[qid] = n
        self.links: list[list[Link]] = [[] for _ in story.statements]
        for lk in story.links:
            if lk.same_speaker:
                self.links[statement_of[lk.a]].append(lk)
        self.number = {st.id: n for n, st in enumerate(story.statements)}
        self.credits = other_credits(story, self.quotes)
        self.flagged = Flagged(story)


def speaker_rows(story: Story, speaker: Speaker, index: Index | None = None) -> list[Row]:
    """One speaker's statements, in the story's order (source order, then reading order)."""
    index = index or Index(story)
    rows = _Rows(story, index)
    return [rows.row(st) for st in index.statements[speaker.key]]


def speaker_page(story: Story, speaker: Speaker, index: Index | None = None) -> SpeakerPage:
    """A speaker's statements laid out for sparse coverage, where most statements are in one outlet.

    Statements several outlets printed come first, the most widely printed
    first; then the statements only one outlet printed, outlet by outlet.
    Each row is numbered in that order. The layout is worked out from the
    statements; each :class:`Row` is made as the page is written (a speaker
    of tens of thousands of statements never has all of them at once).
    """
    index = index or Index(story)
    rows = _Rows(story, index)
    statements = index.statements[speaker.key]
    sources = [[index.sources[index.quotes[qid].source] for qid in st.quotes] for st in statements]
    # Each statement's outlets (in source order), kind and flags, as its row will have them.
    outlets = [tuple(dict.fromkeys(src.outlet for src in srcs)) for srcs in sources]
    kinds = [statement_kind((k for k, _ in st.kinds), len(o)) for st, o in zip(statements, outlets, strict=True)]
    flagged = [n for n, st in enumerate(statements) if index.flagged.statement_labels(st.id)]
    flagged_set = set(flagged)
    rest = [n for n in range(len(statements)) if n not in flagged_set]
    shared = sorted((n for n in rest if len(outlets[n]) > 1), key=lambda n: -len(outlets[n]))  # stable
    groups: dict[str, list[int]] = {src.outlet: [] for src in story.sources}
    for n in rest:
        if len(outlets[n]) == 1:
            groups[outlets[n][0]].append(n)
    number = 0

    def numbered(items: list[int]) -> Lazy[Row]:
        nonlocal number
        first = number + 1
        number += len(items)
        return Lazy(lambda: (rows.row(statements[n], k) for k, n in enumerate(items, first)), len(items))

    flagged_rows = numbered(flagged)
    shared_rows = numbered(shared)
    single = []
    for outlet, items in groups.items():
        if items:
            used = {src.id for n in items for src in sources[n]}
            single.append(OutletGroup(outlet, [s for s in story.sources if s.id in used], numbered(items)))
    counted = Counter(kinds)
    page_kinds = {k: counted[k] for k in STATEMENT_KINDS if counted[k]}
    return SpeakerPage(speaker, shared_rows, single, page_kinds, flagged_rows, len(statements))


Side = tuple[tuple[tuple[str, int, int, int, int], ...], bool]  # a link's opcodes, and whether a quote is its a side


class _Rows:
    """Rows of speaker pages; identical copies of a quote, linked alike, are marked once."""

    def __init__(self, story: Story, index: Index) -> None:
        self.story, self.index = story, index
        self._pieces: dict[tuple[str, tuple[str, ...]], list[tuple[str, str]]] = {}

    def pieces(self, text: str, sides: set[Side]) -> list[tuple[str, str]]:
        if not sides:  # no link touches it (most quotes of a story of one article)
            return context_pieces(text)
        states = tuple(token_states(word_count(text), sorted(sides)))
        hit = self._pieces.get((text, states))
        if hit is None:
            hit = self._pieces[(text, states)] = marked_pieces(text, list(states))
        return hit

    def row(self, st: Statement, number: int = 0) -> Row:
        index, sources = self.index, self.index.sources
        ordered = [index.quotes[qid] for qid in st.quotes]  # source order, then reading order
        links = index.links[index.number[st.id]]
        sides: dict[str, set[Side]] = defaultdict(set)
        for lk in links:
            sides[lk.a].add((lk.opcodes, True))
            sides[lk.b].add((lk.opcodes, False))
        views = {
            q.id: QuoteView(q, sources[q.source], self.pieces(q.text, sides[q.id]), st.id, index.credits.get(q.id, ()))
            for q in ordered
        }
        # Up to TABLE_MAX_SOURCES articles, each one's quotes side by side; beyond, each distinct version once.
        columns = len({q.source for q in ordered}) <= TABLE_MAX_SOURCES
        versions, row_links = compare_versions(ordered, views, links, spanning=not columns)
        present: list[tuple[Source, list[QuoteView]]] = []
        for q in ordered:
            if not present or present[-1][0].id != q.source:
                present.append((sources[q.source], []))
            present[-1][1].append(views[q.id])
        outlets = {src.outlet for src, _ in present}
        kinds = tuple(k for k, _ in st.kinds) or ("only",)
        only_in = present[0][0].outlet if len(outlets) == 1 else None
        pairs = sum(n for _, n in st.kinds)
        kind = statement_kind((k for k, _ in st.kinds), len(outlets))
        flagged = index.flagged
        row_links = [lv._replace(flags=flagged.link_flags(lv.link)) if lv.link.flags else lv for lv in row_links]
        record = record_ref(self.story, st.quotes, flagged) if self.story.records else None
        flags = flagged.statement_labels(st.id)
        return Row(
            st.id, kind, kinds, row_links, only_in, present, pairs, versions, len(links), columns, number, flags, record
        )


def compare_versions(
    ordered: list[Quote], views: dict[str, QuoteView], links: list[Link], spanning: bool
) -> tuple[tuple[Version, ...], list[LinkView]]:
    """A statement's distinct versions, and the comparisons worth showing between them.

    Quotes with the same folded words are one version ("verbatim in A, B, C"),
    so only versions that differ get a diff: the strongest link between each
    two of them (with ``spanning``, only enough links to connect them all).
    A quote wholly inside a longer one is marked partial (``views`` is
    updated), and its comparison carries the longer quote with its place
    marked.
    """
    if len(ordered) == 1:  # one quote, one version, nothing to compare
        return (Version([views[ordered[0].id]], (views[ordered[0].id].source.outlet,)),), []
    key_of = {q.id: version_key(q.text) for q in ordered}
    groups: dict[str, list[Quote]] = {}
    for q in ordered:
        groups.setdefault(key_of[q.id], []).append(q)
    outlets_of = {k: tuple(dict.fromkeys(views[q.id].source.outlet for q in g)) for k, g in groups.items()}
    partial_of: dict[str, set[str]] = defaultdict(set)
    fragments: dict[tuple[str, str], str | None] = {}
    for lk in links:
        n_a, n_b = word_count(views[lk.a].quote.text), word_count(views[lk.b].quote.text)
        side = fragments[(lk.a, lk.b)] = fragment_side(lk.opcodes, n_a, n_b)
        if side:
            part, longer = (lk.a, lk.b) if side == "a" else (lk.b, lk.a)
            partial_of[part].add(views[longer].source.outlet)
    for qid, outlets in partial_of.items():
        views[qid] = views[qid]._replace(partial_of=tuple(sorted(outlets)))

    # Between two versions, the strongest link; whole quotes before fragments, which say less.
    def rank(lk: Link) -> tuple[bool, float, str, str]:
        return fragments[(lk.a, lk.b)] is not None, -lk.score, lk.a, lk.b

    best: dict[tuple[str, str], Link] = {}
    for lk in sorted(links, key=rank):
        ka, kb = key_of[lk.a], key_of[lk.b]
        if ka != kb:
            best.setdefault((min(ka, kb), max(ka, kb)), lk)
    shown = spanning_links(list(best.values()), key_of.__getitem__, rank) if spanning else list(best.values())
    order = {q.id: i for i, q in enumerate(ordered)}
    row_links = []
    for lk in sorted(shown, key=lambda lk: (order[lk.a], order[lk.b])):
        a, b = views[lk.a], views[lk.b]
        side = fragments[(lk.a, lk.b)]
        whole: tuple[tuple[str, str], ...] = ()
        if side:
            long_side = b if side == "a" else a
            states = token_states(word_count(long_side.quote.text), [(lk.opcodes, side == "b")])
            whole = tuple(marked_pieces(long_side.quote.text, states))
        diff = inline_diff(a.quote.text, b.quote.text, lk.opcodes)
        row_links.append(LinkView(lk, a, b, diff, outlets_of[key_of[lk.a]], outlets_of[key_of[lk.b]], side, whole))
    versions = tuple(Version([views[q.id] for q in g], outlets_of[k]) for k, g in groups.items())
    return versions, row_links


def other_credits(story: Story, quotes: dict[str, Quote]) -> dict[str, tuple[tuple[str, str | None, str], ...]]:
    """For each quote: outlets that print the same words under another speaker."""
    outlet = {s.id: s.outlet for s in story.sources}
    found: dict[str, list[tuple[str, str | None, str]]] = defaultdict(list)
    for lk in story.links:
        if lk.same_speaker:
            continue
        for mine, other in ((lk.a, lk.b), (lk.b, lk.a)):
            o = quotes[other]
            found[mine].append((outlet[o.source], o.speaker, f"articles/{o.source}.html#{o.id}"))
    # A missing speaker (None) sorts first, not against a name.
    return {k: tuple(sorted(v, key=lambda c: (c[0], c[1] or "", c[2]))) for k, v in found.items()}


class DifferingCredit(Struct):
    """Two outlets' quotes of the same words, credited to different speakers (or one to nobody)."""

    __slots__ = ("a", "a_source", "b", "b_source", "link")

    def __init__(self, link: Link, a: Quote, b: Quote, a_source: Source, b_source: Source) -> None:
        self.link = link
        self.a = a
        self.b = b
        self.a_source = a_source
        self.b_source = b_source


def differing_credits(story: Story) -> list[DifferingCredit]:
    """Every pair of outlets that credit the same words to different speakers."""
    by_id = {q.id: q for q in story.quotes}
    sources = {s.id: s for s in story.sources}
    return [
        DifferingCredit(lk, a, b, sources[a.source], sources[b.source])
        for lk in story.links
        if not lk.same_speaker
        for a, b in [(by_id[lk.a], by_id[lk.b])]
    ]


def counts(story: Story) -> dict[str, int]:
    """Links per kind, and quotes found in one outlet only (same-speaker links only)."""
    same = [lk for lk in story.links if lk.same_speaker]
    c = Counter(lk.kind for lk in same)
    linked = {q for lk in same for q in (lk.a, lk.b)}
    only = sum(1 for q in story.quotes if q.kind == "quote" and q.speaker_key and q.id not in linked)
    return {"verbatim": c["verbatim"], "variant": c["variant"], "paraphrase": c["paraphrase"], "only": only}


class SpeakerItem(Struct):
    """A speaker in the index's list."""

    __slots__ = ("colour", "quotes", "rows", "shared", "speaker")

    def __init__(
        self,
        speaker: Speaker,
        quotes: int,
        rows: int,  # statements
        colour: int,
        shared: int,  # statements printed by more than one outlet
    ) -> None:
        self.speaker = speaker
        self.quotes = quotes
        self.rows = rows
        self.colour = colour
        self.shared = shared


class Site:
    """The pages of a story, made one at a time from lookups made once.

    :meth:`front` yields the index and the speaker pages; :meth:`article` makes
    one article page on its own, so articles can be rendered anywhere, in any
    order (:func:`quotecompare.pipeline.render_site` renders them in worker
    processes); :meth:`not_found` is the 404 page.
    """

    def __init__(self, story: Story, archive_home: str | None = None) -> None:
        self.story = story
        self.index = Index(story)
        self.colours = speaker_colours(story)
        slugs = {s.key: s.slug for s in story.speakers}
        self.rows_by_quote = {
            qid: f"speakers/{slugs[st.speaker_key]}.html#{st.id}" for st in story.statements for qid in st.quotes
        }
        self.quote_counts = Counter(q.speaker_key for q in story.quotes if q.kind == "quote")
        self.quotes_of: dict[str, list[Quote]] = defaultdict(list)
        for q in story.quotes:
            self.quotes_of[q.source].append(q)
        # archive_home: the archive's index (a site path such as "../../index.html") when the story is in one.
        self.common = {
            "story": story,
            "kind_labels": KIND_LABELS,
            "colours": self.colours,
            "archive_home": archive_home,
        }
        self.outlets = {s.id: s.outlet for s in story.sources}
        self.speaker_by_key = {s.key: s for s in story.speakers}
        self._marks: dict[str, Marks] = {}  # of the articles whose pages are made in pieces
        self._outlets_of: dict[str, int] | None = None

    @property
    def outlets_of(self) -> dict[str, int]:
        """How many outlets printed each statement: for the index, made when it is, not before the workers
        start (see :func:`quotecompare.pipeline.render_site`). Kept without a lock (not ``cached_property``):
        the index may be made in a thread while workers are forked."""
        if self._outlets_of is None:
            self._outlets_of = statement_outlets(self.story)
        return self._outlets_of

    def speakers(self) -> list[Speaker]:
        return [s for s in self.story.speakers if self.quote_counts[s.key]]

    def count(self) -> int:
        """How many pages there are: index, speakers with quotes, articles and 404."""
        return 2 + len(self.story.sources) + len(self.speakers())

    def front(self) -> Iterator[Page]:
        """The index, then the speaker pages."""
        yield self.index_page()
        for s in self.speakers():
            yield self.speaker_file(s)

    def index_page(self) -> Page:
        story, index, quote_counts, outlets_of = self.story, self.index, self.quote_counts, self.outlets_of
        ranked = sorted(self.speakers(), key=lambda s: (-quote_counts[s.key], s.name))
        speaker_list = [
            SpeakerItem(
                s,
                quote_counts[s.key],
                len(index.statements[s.key]),
                self.colours[s.key],
                sum(1 for st in index.statements[s.key] if outlets_of[st.id] > 1),
            )
            for s in ranked
        ]
        source_of = {q.id: q.source for q in story.quotes}
        return Page(
            "index.html",
            "index.html",
            {
                **self.common,
                "tally": tally(story),
                "speakers": speaker_list,
                "source_counts": {src.id: quote_counts_of(self.quotes_of[src.id]) for src in story.sources},
                "dates": date_range([src.date for src in story.sources]),
                "coverage": coverage(ranked, story.sources, index.statements, source_of, story.links),
                "fidelity": outlet_fidelity(story.sources, story.quotes, story.links),
                "meaning": flag_panel(story, index.flagged),
                "differing": differing_credits(story),
            },
        )

    def speaker_file(self, s: Speaker) -> Page:
        """The page of speaker ``s``."""
        return Page(
            f"speakers/{s.slug}.html", "speaker.html", {**self.common, "page": speaker_page(self.story, s, self.index)}
        )

    def article(self, n: int, cut: bool = False) -> Page:
        """The page of the story's ``n``-th source; with ``cut``, without its paragraphs and table rows,
        marked where they go (``CUT`` in :mod:`quotecompare.pipeline`): a huge article's page whose
        pieces are made apart (:meth:`article_piece`)."""
        src = self.story.sources[n]
        quotes = self.quotes_of[src.id]
        return Page(
            f"articles/{src.id}.html",
            "article.html",
            {
                **self.common,
                "source": src,
                # Made while the page is written: a huge article's page never holds all its pieces at once.
                "blocks": Lazy(
                    lambda: (
                        iter(())
                        if cut
                        else iter_article_blocks(self.story, src, self.rows_by_quote, quotes, self.colours)
                    ),
                    len(src.blocks),
                ),
                "quotes": quotes,
                "counted": quote_counts_of(quotes),
                "quoted_here": self.quoted_here(quotes),
                "attributions": Lazy(
                    lambda: iter(()) if cut else iter_attribution_rows(src, quotes, self.outlets),
                    attribution_count(quotes),
                ),
                "cut": cut,
            },
        )

    def article_pieces(self, n: int, size: int) -> list[tuple[str, int, int]]:
        """The pieces of the ``n``-th source's page (see :func:`~.articles.article_pieces`); call
        :meth:`mark_pieces` before they are made."""
        src = self.story.sources[n]
        return article_pieces(src, self.quotes_of[src.id], size)

    def mark_pieces(self, n: int) -> None:
        """The marks of the ``n``-th source's page, worked out once for every piece of it (a piece
        made without them works them out for itself)."""
        src = self.story.sources[n]
        if src.id not in self._marks:
            self._marks[src.id] = article_marks(self.quotes_of[src.id])

    def article_piece(self, n: int, piece: tuple[str, int, int]) -> Page:
        """One piece of the ``n``-th source's page: a run of its paragraphs or of its table's rows."""
        src = self.story.sources[n]
        quotes = self.quotes_of[src.id]
        what, start, end = piece
        if what == "text":
            marks = self._marks.get(src.id) or article_marks(quotes)
            blocks = iter_article_blocks(self.story, src, self.rows_by_quote, quotes, self.colours, (start, end), marks)
            return Page(f"articles/{src.id}.html", "article_text.html", {"blocks": blocks})
        rows = iter_attribution_rows(src, quotes[start:end], self.outlets)
        return Page(f"articles/{src.id}.html", "article_rows.html", {"attributions": rows})

    def quoted_here(self, quotes: list[Quote]) -> list[tuple[Speaker, int]]:
        """The speakers an article quotes, with how many of its quotes each has: the most quoted first."""
        here = Counter(q.speaker_key for q in quotes if q.kind == "quote" and q.speaker_key)
        by_key = self.speaker_by_key
        return [(by_key[k], n) for k, n in sorted(here.items(), key=lambda kn: (-kn[1], by_key[kn[0]].name))]

    def not_found(self) -> Page:
        return Page("404.html", "404.html", self.common, rooted=True)
