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
from typing import Any, Literal, NamedTuple, TypeVar

R = TypeVar("R", bound=tuple[Any, ...])


def replaced(record: R, field: str, value: Any) -> R:
    """``record._replace(field=value)`` for one field, built whole: ``_replace`` makes a dict and several
    calls of Python, and some records are remade for every quotation of a huge article."""
    k = record._fields.index(field)  # type: ignore[attr-defined]
    return tuple.__new__(type(record), (*record[:k], value, *record[k + 1 :]))


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
        runs = self.runs
        if len(runs) == 1:  # most blocks: one run (every block of a plain text file)
            text_pos, raw_pos = runs[0]
            return raw_pos + (i - text_pos)
        idx = bisect_right(runs, (i, 1 << 62)) - 1
        text_pos, raw_pos = runs[max(idx, 0)]
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


SpeakerType = Literal["person", "organisation", "group", "document", "unnamed"]


class Speaker(NamedTuple):
    key: str
    name: str
    slug: str
    aliases: tuple[str, ...] = ()
    kind: Literal["person", "other", "group"] = "person"
    type: SpeakerType = "person"  # what the speaker is (see attribution.kinds)


class Flag(NamedTuple):
    """A difference between two versions of the same words that may change what was said.

    ``kind`` is one of :data:`FLAG_KINDS`; ``words`` the words at issue as
    printed ("not", "20 → 25"); ``side`` the version holding them ("a", "b"
    or "both" for a link's quotes, "record" or "quote" against a record);
    ``where`` the phrase they sit in, with its place ("just before: …").
    """

    kind: str
    words: str
    where: str
    side: str = ""


# Kinds of flags, in the order a page lists them.
FLAG_KINDS = (
    "other_speaker",
    "not_in_record",
    "negation",
    "number",
    "modality",
    "person",
    "name",
    "ellipsis",
    "splice",
)


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
    flags: tuple[Flag, ...] = ()  # differences that may change what was said (align.meaning)


class Statement(NamedTuple):
    """One speaker's quotes of the same words across sources: a row of the speaker's page."""

    id: str
    speaker_key: str
    quotes: tuple[str, ...]  # quote ids, in source order, then in reading order
    # Pairs of its quotes (in different sources) of each link kind, whether the links list them or not.
    kinds: tuple[tuple[str, int], ...] = ()


class Turn(NamedTuple):
    """One speaker's turn in a record: a labelled stretch of a transcript, or a whole statement.

    ``start``/``end`` are offsets into ``Record.raw`` of the turn's words
    (after its label). ``speaker_key`` is filled in once labels are resolved
    to the story's speakers (:mod:`quotecompare.align.record`).
    """

    label: str | None  # as printed ("FOREIGN MINISTER LAVROV"); None for a record without labels
    start: int
    end: int
    speaker: str | None = None  # display name
    speaker_key: str | None = None


class Record(NamedTuple):
    """The speaker's own words outside the press: a transcript, statement or post.

    ``words`` is ``raw`` with stage notes ("(Via interpreter)", "[inaudible]")
    and labels blanked out by spaces, so offsets into either are the same.
    """

    id: str
    file: str
    title: str
    speaker: str | None  # the manifest's ``speaker``: whose words an unlabelled record is
    date: str | None
    url: str | None
    raw: str
    words: str
    turns: tuple[Turn, ...]


class RecordMatch(NamedTuple):
    """Where a quote's words stand in the records, or that they are not there.

    ``record`` is None when the quote's speaker has a record of the event but
    no passage matches. ``pieces`` are the raw spans of the record the quote
    joins (one unless it splices), ``start``/``end`` the first to the last.
    """

    quote: str
    record: str | None
    start: int
    end: int
    score: float
    turn: int | None = None
    pieces: tuple[tuple[int, int], ...] = ()
    flags: tuple[Flag, ...] = ()


class Story(NamedTuple):
    """One story, as the pipeline has gathered it: the record every later stage reads."""

    title: str
    summary: str | None
    sources: list[Source]
    quotes: list[Quote]
    speakers: list[Speaker]
    links: list[Link]
    statements: list[Statement]
    records: tuple[Record, ...] = ()
    matches: tuple[RecordMatch, ...] = ()  # one per quote aligned to a record (or flagged not in it)
