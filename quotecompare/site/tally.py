"""A story's counts, each defined once, for every place that shows one.

Part of stage 6a, pure. The command's summary line, the index, the article
pages, the speaker pages and the archive's pages all take their numbers from
here, so the same word always means the same count:

* **articles**: the files read; **outlets**: their distinct outlet names;
* **quotes**: quotations, with or without a speaker; **quotes with no
  speaker** are counted among them but are on no speaker page;
* **quoted terms**: quoted titles and labels ("Fox & Friends", a scare quote),
  not quotations and never counted as quotes;
* **speakers**: those with at least one quote (each has a page);
* **statements**: one speaker's words as every outlet printed them, a row of
  the speaker's page; each has one kind (:func:`statement_kind`);
* **links**: the pairs ``quotes.json`` lists (researchers' detail).

>>> statement_kind(["verbatim", "paraphrase"], 3), statement_kind(["verbatim"], 2), statement_kind(["verbatim"], 1)
('paraphrase', 'verbatim', 'only')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from quotecompare.align.statements import KIND_ORDER
from quotecompare.models import Quote, Statement, Story, Struct

STATEMENT_KINDS = (*KIND_ORDER, "only")


def statement_kind(kinds: Iterable[str], outlets: int) -> str:
    """A statement's one kind: only in one outlet, else the loosest way its outlets' versions differ.

    So every statement counts once, under one kind, wherever statements are counted.
    """
    if outlets <= 1:
        return "only"  # (before the kinds are read: most statements of a huge story)
    found = set(kinds)
    return next((k for k in reversed(KIND_ORDER) if k in found), "only")


class QuoteCounts(Struct):
    """The quoted words of some articles (one, an outlet's, or the story's)."""

    __slots__ = ("quotes", "terms", "unattributed")

    def __init__(
        self,
        quotes: int = 0,  # quotations, with or without a speaker
        unattributed: int = 0,  # ... of which no speaker was found
        terms: int = 0,  # quoted terms: not quotations, left out of the comparison
    ) -> None:
        self.quotes = quotes
        self.unattributed = unattributed
        self.terms = terms

    @property
    def attributed(self) -> int:
        return self.quotes - self.unattributed


def quote_counts(quotes: Iterable[Quote]) -> QuoteCounts:
    quoted = unattributed = terms = 0
    for q in quotes:
        if q.kind == "term":
            terms += 1
        else:
            quoted += 1
            unattributed += not q.speaker_key
    return QuoteCounts(quoted, unattributed, terms)


class Tally(Struct):
    """The story's counts (see the module's docstring for what each one is)."""

    __slots__ = ("articles", "kinds", "links", "outlets", "quoted", "shared", "speakers", "statements")

    def __init__(
        self,
        articles: int,
        outlets: int,
        quoted: QuoteCounts,
        speakers: int,
        statements: int,
        shared: int,  # statements printed by more than one outlet
        kinds: dict[str, int],  # statements by kind, every kind listed: they add up to ``statements``
        links: int,
    ) -> None:
        self.articles = articles
        self.outlets = outlets
        self.quoted = quoted
        self.speakers = speakers
        self.statements = statements
        self.shared = shared
        self.kinds = kinds
        self.links = links

    @property
    def quotes(self) -> int:
        return self.quoted.quotes


def statement_outlets(story: Story) -> dict[str, int]:
    """How many outlets printed each statement (by id)."""
    outlet_of = {s.id: s.outlet for s in story.sources}
    source_of = {q.id: q.source for q in story.quotes}
    # A statement of one quote is in one outlet (most statements of a huge story).
    return {
        st.id: 1 if len(st.quotes) == 1 else len({outlet_of[source_of[q]] for q in st.quotes})
        for st in story.statements
    }


def statement_kinds(statements: Iterable[Statement], outlets: dict[str, int]) -> dict[str, int]:
    """Statements by kind, every kind listed (zero or not), in the order pages give them."""
    found = Counter(statement_kind((k for k, _ in st.kinds), outlets[st.id]) for st in statements)
    return {k: found[k] for k in STATEMENT_KINDS}


def tally(story: Story) -> Tally:
    outlets = statement_outlets(story)
    speakers = {q.speaker_key for q in story.quotes if q.kind == "quote" and q.speaker_key}
    return Tally(
        articles=len(story.sources),
        outlets=len({s.outlet for s in story.sources}),
        quoted=quote_counts(story.quotes),
        speakers=len(speakers),
        statements=len(story.statements),
        shared=sum(1 for n in outlets.values() if n > 1),
        kinds=statement_kinds(story.statements, outlets),
        links=len(story.links),
    )


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


def summary_line(t: Tally, pages: int | None = None) -> str:
    """The command's summary of a story build, in the words the pages use.

    >>> summary_line(Tally(2, 2, QuoteCounts(13, 1, 2), 3, 7, 3, {}, 6), pages=7)
    '2 articles, 13 quotes (1 with no speaker), 3 speakers, 7 statements (3 in more than one outlet), 6 links, 7 pages; 2 quoted terms left out'
    """
    quotes = _plural(t.quotes, "quote") + (
        f" ({t.quoted.unattributed} with no speaker)" if t.quoted.unattributed else ""
    )
    line = (
        f"{_plural(t.articles, 'article')}, {quotes}, {_plural(t.speakers, 'speaker')}, "
        f"{_plural(t.statements, 'statement')} ({t.shared} in more than one outlet), {_plural(t.links, 'link')}"
    )
    if pages is not None:
        line += f", {_plural(pages, 'page')}"
    if t.quoted.terms:
        line += f"; {_plural(t.quoted.terms, 'quoted term')} left out"
    return line
