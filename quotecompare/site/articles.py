"""An article as a page: its paragraphs in pieces, every quote highlighted, and how each speaker was found.

Stage 6a of the pipeline, pure: :func:`article_blocks` cuts each paragraph into
narration and quotes (quotes inside quotes as parts of their own), with the
words that named each speaker marked (:func:`evidence_marks`);
:func:`attribution_rows` is the "How each speaker was found" table
(:class:`AttributionRow`). Plain
records only: the templates make the HTML.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

from quotecompare.attribution.sieve import RULES
from quotecompare.models import Quote, Source, Story, Struct

PALETTE_SIZE = 8
T = TypeVar("T")


class Part(Struct):
    """A piece of a highlighted quote's text: plain, or a quote quoted inside it."""

    __slots__ = ("colour", "quote", "text")

    def __init__(self, text: str, quote: Quote | None = None, colour: int | None = None) -> None:
        self.text = text
        self.quote = quote
        self.colour = colour


class Piece(Struct):
    """A piece of an article's block: narration, the words that named a speaker (``cue``), or a quote.

    Every field is always there, so a template tests ``piece.quote is not none``
    with one attribute look-up (a missing key costs Jinja two failed look-ups,
    and an article page has hundreds of pieces).
    """

    __slots__ = ("close", "colour", "cue", "first", "parts", "quote", "row", "text")

    def __init__(
        self,
        text: str,
        quote: Quote | None = None,
        cue: str | None = None,  # anchor id of words that named a speaker
        first: bool = False,  # the quote's first span: it carries the id and the speaker label
        colour: int | None = None,
        row: str | None = None,  # the quote's row on its speaker page
        parts: tuple[Part, ...] = (),
        close: str = "",  # closing marks kept with the highlight
    ) -> None:
        self.text = text
        self.quote = quote
        self.cue = cue
        self.first = first
        self.colour = colour
        self.row = row
        self.parts = parts
        self.close = close


class ArticleBlock(Struct):
    __slots__ = ("kind", "pieces")

    def __init__(
        self,
        kind: str,  # "p" or "h"
        pieces: list[Piece],
    ) -> None:
        self.kind = kind
        self.pieces = pieces


class CueWords(Struct):
    """Words that named a speaker: in this article (``anchor``, on its page), or in another outlet's (``url``)."""

    __slots__ = ("anchor", "outlet", "text", "url")

    def __init__(
        self,
        text: str,
        anchor: str | None = None,
        url: str | None = None,  # another outlet's article, at the words
        outlet: str | None = None,  # ... and that outlet's name
    ) -> None:
        self.text = text
        self.anchor = anchor
        self.url = url
        self.outlet = outlet


class AttributionRow(Struct):
    """One quote of the "How each speaker was found" table."""

    __slots__ = ("quote", "reason", "replaced", "rule", "words")

    def __init__(
        self,
        quote: Quote,
        rule: str | None,  # the rule's label, as the page shows it
        reason: str | None,  # why no speaker was found
        words: list[CueWords],
        replaced: str | None,  # settled by other outlets: the speaker this article itself gave
    ) -> None:
        self.quote = quote
        self.rule = rule
        self.reason = reason
        self.words = words
        self.replaced = replaced


def _nested_parts(text: str, start: int, end: int, inner: list[Quote], colours: dict[str, int]) -> tuple[Part, ...]:
    """A highlighted quote's text cut around the quotes quoted inside it."""
    parts: list[Part] = []
    pos = start
    for q in sorted(inner, key=lambda q: q.spans[0].start):
        s, e = q.spans[0].start, q.spans[0].end
        if s < pos or e > end:
            continue
        if s > pos:
            parts.append(Part(text[pos:s]))
        parts.append(Part(text[s:e], q, colours.get(q.speaker_key or "")))
        pos = e
    if pos < end:
        parts.append(Part(text[pos:end]))
    return tuple(parts)


class Lazy(Generic[T]):
    """Records made while a template goes through them: a page of a huge article holds one paragraph at a time.

    Iterated afresh each time; true when there is anything to go through.
    """

    def __init__(self, make: Callable[[], Iterator[T]], size: int) -> None:
        self.make, self.size = make, size

    def __iter__(self) -> Iterator[T]:
        return self.make()

    def __len__(self) -> int:
        return self.size

    def __bool__(self) -> bool:
        return self.size > 0


def article_blocks(
    story: Story,
    source: Source,
    rows_by_quote: dict[str, str],
    quotes: list[Quote] | None = None,
    colours: dict[str, int] | None = None,
) -> list[ArticleBlock]:
    """One source's body blocks, cut into narration and quote pieces.

    ``quotes`` are the source's quotes and ``colours`` the speakers' colours
    when the caller has them at hand (so a site of many sources is not a scan
    of every quote per source).
    """
    return list(iter_article_blocks(story, source, rows_by_quote, quotes, colours))


class Marks(Struct):
    """Where an article's quotes, the quotes inside them and the words that named a speaker sit, by paragraph."""

    __slots__ = ("cues", "nested", "quotes")

    def __init__(
        self,
        quotes: dict[int, list[tuple[int, int, Quote, bool]]],  # (start, end, quote, its first span?)
        nested: dict[str, list[Quote]],  # by the id of the quote they are in
        cues: dict[int, list[tuple[int, int, str]]],
    ) -> None:
        self.quotes = quotes
        self.nested = nested
        self.cues = cues


def article_marks(quotes: Iterable[Quote]) -> Marks:
    """The :class:`Marks` of one article's quotes: made once, read for any run of its paragraphs."""
    quotes = list(quotes)
    marks: dict[int, list[tuple[int, int, Quote, bool]]] = defaultdict(list)
    nested: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        if q.within:
            nested[q.within].append(q)
            continue
        for n, span in enumerate(q.spans):
            marks[span.block].append((span.start, span.end, q, n == 0))
    return Marks(marks, nested, evidence_marks(quotes))


def iter_article_blocks(
    story: Story,
    source: Source,
    rows_by_quote: dict[str, str],
    quotes: list[Quote] | None = None,
    colours: dict[str, int] | None = None,
    blocks: tuple[int, int] | None = None,
    marks: Marks | None = None,
) -> Iterator[ArticleBlock]:
    """:func:`article_blocks`, one block at a time; only paragraphs ``blocks`` (start, end) when given,
    with the article's ``marks`` when the caller has them (a huge article's page made in pieces)."""
    colours = colours if colours is not None else speaker_colours(story)
    if marks is None:
        marks = article_marks(q for q in (story.quotes if quotes is None else quotes) if q.source == source.id)
    first_block, end_block = blocks or (0, len(source.blocks))
    for bi in range(first_block, end_block):
        block = source.blocks[bi]
        cues = marks.cues.get(bi, [])
        pieces: list[Piece] = []
        pos = 0
        for start, end, q, first in sorted(marks.quotes.get(bi, []), key=lambda m: m[0]):
            if start < pos:
                continue
            if start > pos:
                pieces.extend(_narration_pieces(block.text, pos, start, cues))
            pos = end
            # Keep the closing mark inside the highlight's label position: text”ᴺᵃᵐᵉ.
            close = ""
            while pos < len(block.text) and block.text[pos] in "”\"’'»" and len(close) < 2:
                close += block.text[pos]
                pos += 1
            pieces.append(
                Piece(
                    block.text[start:end],
                    quote=q,
                    first=first,
                    colour=colours.get(q.speaker_key or "", None),
                    row=rows_by_quote.get(q.id),
                    parts=_nested_parts(block.text, start, end, marks.nested.get(q.id, []), colours),
                    close=close,
                )
            )
        if pos < len(block.text):
            pieces.extend(_narration_pieces(block.text, pos, len(block.text), cues))
        yield ArticleBlock(block.kind, pieces)


def article_pieces(source: Source, quotes: list[Quote], size: int) -> list[tuple[str, int, int]]:
    """A huge article's page in pieces of about ``size`` quotes each, in page order: runs of paragraphs
    ``("text", start, end)``, then runs of the "How each speaker was found" table, ``("rows", start, end)``
    (indices into ``quotes``)."""
    per_block = Counter(span.block for q in quotes if not q.within for span in q.spans)
    out: list[tuple[str, int, int]] = []
    start = held = 0
    for b in range(len(source.blocks)):
        held += per_block.get(b, 0)
        if held >= size:
            out.append(("text", start, b + 1))
            start, held = b + 1, 0
    if start < len(source.blocks) or not out:
        out.append(("text", start, len(source.blocks)))
    if attribution_count(quotes):
        out += [("rows", i, min(i + 4 * size, len(quotes))) for i in range(0, len(quotes), 4 * size)]
    return out


def evidence_marks(quotes: Iterable[Quote]) -> dict[int, list[tuple[int, int, str]]]:
    """Per block, the words that named a speaker: ``(start, end, anchor id)``, each span once.

    >>> from quotecompare.models import Attribution, Span
    >>> q = Quote("s-q1", "s", (Span(0, 1, 5),), "abcd", 1, 5, attribution=Attribution("cue_after", (7, 9), marks=(Span(0, 7, 9),)))
    >>> evidence_marks([q])
    {0: [(7, 9, 'w0-7')]}
    """
    out: dict[int, dict[tuple[int, int], str]] = defaultdict(dict)
    for q in quotes:
        for span in q.attribution.marks if q.attribution else ():
            out[span.block].setdefault((span.start, span.end), f"w{span.block}-{span.start}")
    return {b: sorted((s, e, anchor) for (s, e), anchor in spans.items()) for b, spans in out.items()}


def _narration_pieces(text: str, start: int, end: int, cues: list[tuple[int, int, str]]) -> list[Piece]:
    """Narration between quotes, with the words that named a speaker set apart."""
    pieces: list[Piece] = []
    pos = start
    for s, e, anchor in cues:
        if s < pos or e > end:
            continue
        if s > pos:
            pieces.append(Piece(text[pos:s]))
        pieces.append(Piece(text[s:e], cue=anchor))
        pos = e
    if pos < end:
        pieces.append(Piece(text[pos:end]))
    return pieces


def attribution_rows(
    source: Source, quotes: list[Quote], outlets: dict[str, str] | None = None
) -> list[AttributionRow]:
    """One row per quote of an article: who, by which rule, and the words that named them, or why nobody.

    A quote settled by other outlets (:mod:`quotecompare.attribution.settle`)
    lists, as its words, each outlet's name and the words that named the
    speaker there, linked to them on that article's page (``outlets`` names
    the outlet of each source id). A row's ``replaced`` is the speaker this
    article itself gave, if any.
    """
    return list(iter_attribution_rows(source, quotes, outlets))


def attribution_count(quotes: list[Quote]) -> int:
    """How many rows :func:`attribution_rows` has."""
    return sum(1 for q in quotes if q.attribution is not None and not q.within)


def iter_attribution_rows(
    source: Source, quotes: list[Quote], outlets: dict[str, str] | None = None
) -> Iterator[AttributionRow]:
    """:func:`attribution_rows`, one at a time."""
    for q in quotes:
        a = q.attribution
        if a is None or q.within:
            continue
        words = [
            CueWords(source.blocks[span.block].text[span.start : span.end], anchor=f"w{span.block}-{span.start}")
            for span in a.marks
        ]
        for e in a.elsewhere:
            name = e.marks[-1] if e.marks else None
            anchor = f"#w{name.block}-{name.start}" if name else f"#{e.quote}"
            words.append(
                CueWords(
                    e.words, url=f"articles/{e.source}.html{anchor}", outlet=(outlets or {}).get(e.source, e.source)
                )
            )
        rule = RULES[a.rule].label if a.rule in RULES else a.rule
        yield AttributionRow(q, rule, a.reason, words, a.replaced)


def speaker_colours(story: Story) -> dict[str, int]:
    return {s.key: i % PALETTE_SIZE for i, s in enumerate(story.speakers)}
