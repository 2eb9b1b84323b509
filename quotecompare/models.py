"""Plain data passed between the pipeline stages.

Every stage takes and returns these immutable records; none of them knows
about HTML. They are ``typing.NamedTuple`` rather than frozen dataclasses only
for start-up time: a frozen dataclass is several times slower to define (Python
3.11 compiles its generated methods one ``exec`` at a time) and the seed build
is held to 1.5x the time of importing its libraries (docs/performance.md). Build new values with
``_replace``; do not rely on tuple order or on comparing them with plain tuples.
Modules that define records evaluate their annotations (no ``from __future__
import annotations``): NamedTuple would otherwise compile each string
annotation, tripling the cost of defining a record.

Offsets are character offsets into ``Source.raw`` (the decoded file text), so
``source.raw[q.start:q.end] == q.text`` for quotes printed without inline
markup.
"""

from bisect import bisect_right
from typing import Literal, NamedTuple

LinkKind = Literal["verbatim", "variant", "paraphrase"]
BlockKind = Literal["p", "h"]  # a paragraph or a heading
SourceFormat = Literal["text", "markdown", "html"]


class Block(NamedTuple):
    """One paragraph or heading of article body text.

    ``runs`` maps block text back to ``Source.raw`` compactly: each
    ``(text_pos, raw_pos)`` starts a run where characters correspond one to
    one, so plain text needs a single run however long it is.
    """

    kind: BlockKind
    text: str
    runs: tuple[tuple[int, int], ...]

    def raw_pos(self, i: int) -> int:
        """Position in the raw file of block character ``i``.

        >>> Block("p", "abc", ((0, 10),)).raw_pos(2)
        12
        """
        idx = bisect_right(self.runs, (i, 1 << 62)) - 1
        text_pos, raw_pos = self.runs[max(idx, 0)]
        return raw_pos + (i - text_pos)


class Source(NamedTuple):
    id: str
    file: str
    title: str
    outlet: str
    date: str | None
    url: str | None
    raw: str
    blocks: tuple[Block, ...]
    fmt: SourceFormat = "text"
    warnings: tuple[str, ...] = ()


class Span(NamedTuple):
    """A quotation found in one block: ``(start, end)`` index into block text.

    A quote that runs over several paragraphs has one span per paragraph.
    """

    block: int
    start: int
    end: int


class Elsewhere(NamedTuple):
    """Another outlet's credit of the same words: what a quote settled across outlets rests on.

    ``words`` are the words that named the speaker there ("DNC Chairman Tom
    Perez"), ``evidence`` their raw-text span in that source and ``marks``
    the same words as block spans of that source (for a link to them).
    """

    source: str
    quote: str
    rule: str
    words: str
    evidence: tuple[int, int] | None = None
    marks: tuple[Span, ...] = ()


class Attribution(NamedTuple):
    """How a quote's speaker was found, so a reader can check it.

    ``rule`` names the attribution rule that gave the speaker (see
    :mod:`quotecompare.attribution.sieve`); ``evidence`` is the raw-text span of the
    words that named the speaker in the cue ("Holm", "he", "the senator"), and
    ``resolved`` the span of the name a pronoun or description stands for.
    A quote left without a speaker has no rule and says why in ``reason``.
    """

    rule: str | None
    evidence: tuple[int, int] | None = None
    resolved: tuple[int, int] | None = None
    reason: str | None = None
    # The same words as block spans, for the article page: the cue's, then the name's.
    marks: tuple[Span, ...] = ()
    # Settled across outlets (rule ``other_outlets``): their credits, and the speaker this article gave, if any.
    elsewhere: tuple[Elsewhere, ...] = ()
    replaced: str | None = None


class Quote(NamedTuple):
    id: str
    source: str
    spans: tuple[Span, ...]
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_key: str | None = None
    cue: str | None = None
    kind: Literal["quote", "term"] = "quote"
    within: str | None = None  # id of the quote this one is quoted inside
    attribution: Attribution | None = None


class Speaker(NamedTuple):
    key: str
    name: str
    slug: str
    aliases: tuple[str, ...] = ()
    kind: Literal["person", "other", "group"] = "person"


class Link(NamedTuple):
    """A pairwise link between two quotes of one speaker in two sources."""

    a: str
    b: str
    kind: LinkKind
    score: float
    # Word opcodes from rapidfuzz: (tag, a_start, a_end, b_start, b_end) over
    # the original-wording tokens of each quote.
    opcodes: tuple[tuple[str, int, int, int, int], ...] = ()
    # False when the two outlets credit the words to different speakers (or one to nobody).
    same_speaker: bool = True


class Statement(NamedTuple):
    """One speaker's quotes of the same words across sources: a row of the speaker's page."""

    id: str
    speaker_key: str
    quotes: tuple[str, ...]  # quote ids, in source order, then in reading order
    # Pairs of its quotes (in different sources) of each link kind, whether the links list them or not.
    kinds: tuple[tuple[str, int], ...] = ()


class Story(NamedTuple):
    """One story, as the pipeline has gathered it: the record every later stage reads."""

    title: str
    summary: str | None
    sources: list[Source]
    quotes: list[Quote]
    speakers: list[Speaker]
    links: list[Link]
    statements: list[Statement]
