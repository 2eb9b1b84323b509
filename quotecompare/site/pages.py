"""The records a page's template reads: pages, speaker pages, their rows and the quotes and links in them.

Part of stage 6a, made by :mod:`.views`; plain data, no HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quotecompare.models import Link, Quote, Source, Speaker, Struct
from quotecompare.site.articles import Lazy
from quotecompare.site.flagged import FlagView, RecordRef


class Page(Struct):
    __slots__ = ("context", "path", "rooted", "template")

    def __init__(
        self,
        path: str,  # output path relative to the site root, with forward slashes
        template: str,
        context: dict[str, Any],
        rooted: bool = False,  # served at any path (404): links from the site root when a base URL is known
    ) -> None:
        self.path = path
        self.template = template
        self.context = context
        self.rooted = rooted


class QuoteView(Struct):
    __slots__ = ("anchor", "credited", "partial_of", "pieces", "quote", "source")

    def __init__(
        self,
        quote: Quote,
        source: Source,
        pieces: list[tuple[str, str]],
        anchor: str,  # id of the comparison row holding this quote
        # Other outlets printing these words under another speaker: (outlet, speaker or None, article url).
        credited: tuple[tuple[str, str | None, str], ...] = (),
        partial_of: tuple[str, ...] = (),  # outlets printing a longer quote this one is a fragment of
    ) -> None:
        self.quote = quote
        self.source = source
        self.pieces = pieces
        self.anchor = anchor
        self.credited = credited
        self.partial_of = partial_of


class LinkView(Struct):
    __slots__ = ("a", "a_outlets", "b", "b_outlets", "diff", "flags", "fragment", "link", "whole")

    def __init__(
        self,
        link: Link,
        a: QuoteView,
        b: QuoteView,
        diff: list[tuple[str, str]],
        a_outlets: tuple[str, ...] = (),  # every outlet printing a's version word for word (a's own first)
        b_outlets: tuple[str, ...] = (),
        fragment: str | None = None,  # "a" or "b" when that quote is a fragment of the other
        whole: tuple[tuple[str, str], ...] = (),  # the longer quote, the fragment's place "same" or "changed"
        flags: tuple[FlagView, ...] = (),  # differences between the two that may change what was said
    ) -> None:
        self.link = link
        self.a = a
        self.b = b
        self.diff = diff
        self.a_outlets = a_outlets
        self.b_outlets = b_outlets
        self.fragment = fragment
        self.whole = whole
        self.flags = flags


class Version(Struct):
    """Quotes of one statement with the same words once typography is folded: shown once."""

    __slots__ = ("outlets", "quotes")

    def __init__(
        self,
        quotes: list[QuoteView],  # in source order
        outlets: tuple[str, ...],  # the outlets printing it, in source order
    ) -> None:
        self.quotes = quotes
        self.outlets = outlets


class Row(Struct):
    """One statement of a speaker page: the outlets that printed it, their quotes, and the comparisons."""

    __slots__ = (
        "all_links",
        "columns",
        "flags",
        "id",
        "kind",
        "kinds",
        "links",
        "listed",
        "number",
        "only_in",
        "present",
        "record",
        "versions",
    )

    def __init__(
        self,
        id: str,
        kind: str,  # the statement's one kind: "only" (one outlet), else the loosest of its links (see statement_kind)
        kinds: tuple[str, ...],  # every link kind in it, for its badges, or ("only",)
        links: list[LinkView],  # the comparisons shown: one between each two versions that differ
        only_in: str | None,  # outlet name when every quote of it comes from one outlet
        present: list[tuple[Source, list[QuoteView]]],  # articles quoting it, in source order, with their quotes
        all_links: int,  # how many pairs of its quotes are linked, listed in quotes.json or not
        versions: tuple[Version, ...] = (),  # identical quotes grouped, in order of their first outlet
        listed: int = 0,  # how many of its links quotes.json lists (every pair up to 8 quotes, else a spanning forest)
        columns: bool = True,  # each article's quotes side by side; else each distinct version once (many outlets)
        number: int = 0,  # its place on the speaker page, from 1 (0 until the page is laid out)
        flags: tuple[FlagView, ...] = (),  # changes that may alter meaning, on its comparisons or against the record
        record: RecordRef | None = None,  # the record's words it comes from, the reference for its versions
    ) -> None:
        self.id = id
        self.kind = kind
        self.kinds = kinds
        self.links = links
        self.only_in = only_in
        self.present = present
        self.all_links = all_links
        self.versions = versions
        self.listed = listed
        self.columns = columns
        self.number = number
        self.flags = flags
        self.record = record

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(src.outlet for src, _ in self.present))


class OutletGroup(Struct):
    """The statements of a speaker only one outlet printed, under that outlet's name."""

    __slots__ = ("outlet", "rows", "sources")

    def __init__(
        self,
        outlet: str,
        sources: list[Source],  # the outlet's articles that print them
        rows: Sequence[Row] | Lazy[Row],
    ) -> None:
        self.outlet = outlet
        self.sources = sources
        self.rows = rows


class SpeakerPage(Struct):
    """A speaker page: statements with flagged changes first, then those several outlets printed, then each outlet's own.

    Rows are numbered in that order.
    """

    __slots__ = ("flagged", "kinds", "shared", "single", "speaker", "statements")

    def __init__(
        self,
        speaker: Speaker,
        shared: Sequence[Row] | Lazy[Row],  # printed by more than one outlet: the most widely printed first
        single: list[OutletGroup],  # printed by one outlet, outlet by outlet in source order
        kinds: dict[str, int],  # statements of each kind (Row.kind), for the lede and the filter
        flagged: Sequence[Row] | Lazy[Row] = (),  # with changes that may alter meaning, whoever printed them
        statements: int = 0,  # rows in all
    ) -> None:
        self.speaker = speaker
        self.shared = shared
        self.single = single
        self.kinds = kinds
        self.flagged = flagged
        self.statements = statements

    @property
    def rows(self) -> list[Row]:
        return [*self.flagged, *self.shared, *(row for group in self.single for row in group.rows)]
