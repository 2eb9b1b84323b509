"""Plain data passed between the pipeline stages.

Every stage takes and returns these records; none of them knows about HTML.
Most are :class:`Struct` classes: ``__slots__`` and a plain ``__init__``,
which cost a few microseconds to define. A ``typing.NamedTuple`` costs about
130 µs (``collections.namedtuple`` compiles its ``__new__`` each time a class
is made) and a frozen dataclass several times that (it compiles each generated
method), and the seed build, which imports some seventy records, is held to
1.5x the time of importing its libraries (docs/performance.md). A record that
is unpacked, sorted or built as a tuple in a hot loop stays a NamedTuple.
Records are never changed once made (caches hand the same one out again):
build a new one with ``_replace``.

Offsets are character offsets into ``Source.raw`` (the decoded file text), so
``source.raw[q.start:q.end] == q.text`` for quotes printed without inline
markup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from operator import attrgetter
from typing import Any, Literal, Self

LinkKind = Literal["verbatim", "variant", "paraphrase"]
BlockKind = Literal["p", "h"]  # a paragraph or a heading
SourceFormat = Literal["text", "markdown", "html"]


_FIELDS: dict[type, tuple[str, ...]] = {}


class Struct:
    """Base of a record with ``__slots__`` and a plain ``__init__``, whose parameters are its fields.

    It behaves as a NamedTuple does where the package relies on it: equal
    (and hashed alike) when of the same class with equal fields, printed as
    ``Name(field=value, ...)``, copied with changes by ``_replace``, pickled by
    its fields. It is no tuple: it cannot be unpacked, indexed or ordered.
    (tests/test_startup.py checks that each one's ``__slots__`` are its ``__init__``'s parameters.)

    >>> class Pair(Struct):
    ...     __slots__ = ("a", "b")
    ...
    ...     def __init__(self, a: int, b: int = 0) -> None:
    ...         self.a = a
    ...         self.b = b
    >>> p = Pair(1)
    >>> p, p._replace(b=2), p == Pair(1, 0), len({p, Pair(1)})
    (Pair(a=1, b=0), Pair(a=1, b=2), True, 1)
    """

    __slots__ = ()

    @classmethod
    def _fields(cls) -> tuple[str, ...]:
        """The parameters of ``__init__``, in order (worked out on first use, not as each class is made)."""
        fields = _FIELDS.get(cls)
        if fields is None:
            code = cls.__init__.__code__
            fields = _FIELDS[cls] = code.co_varnames[1 : code.co_argcount]
        return fields

    def _values(self) -> tuple[Any, ...]:
        getter = _GETTERS.get(type(self))
        if getter is None:
            getter = _GETTERS[type(self)] = _getter(self._fields())
        return getter(self)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self) or not isinstance(other, Struct):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields())
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[type[Self], tuple[Any, ...]]:
        return type(self), self._values()

    def _replace(self, **changes: Any) -> Self:
        """A copy with the fields named in ``changes`` set to new values."""
        fields = self._fields()
        values = list(self._values())
        for name, value in changes.items():
            if name not in fields:
                raise ValueError(f"Got unexpected field names: {[n for n in changes if n not in fields]!r}")
            values[fields.index(name)] = value
        return type(self)(*values)


# Each Struct's fields read in one call of C (operator.attrgetter), not a loop of Python: records are compared,
# pickled and remade with _replace by the hundred thousand for a huge article.
_GETTERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _getter(fields: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    if len(fields) > 1:
        return attrgetter(*fields)
    if fields:
        one = attrgetter(fields[0])
        return lambda record: (one(record),)
    return lambda record: ()


class Block(Struct):
    """One paragraph or heading of article body text.

    ``runs`` maps block text back to ``Source.raw`` compactly: each
    ``(text_pos, raw_pos)`` starts a run where characters correspond one to
    one, so plain text needs a single run however long it is.
    """

    __slots__ = ("kind", "runs", "text")

    def __init__(self, kind: BlockKind, text: str, runs: tuple[tuple[int, int], ...]) -> None:
        self.kind = kind
        self.text = text
        self.runs = runs

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


class Source(Struct):
    __slots__ = ("blocks", "date", "file", "fmt", "id", "outlet", "raw", "title", "url", "warnings")

    def __init__(
        self,
        id: str,
        file: str,
        title: str,
        outlet: str,
        date: str | None,
        url: str | None,
        raw: str,
        blocks: tuple[Block, ...],
        fmt: SourceFormat = "text",
        warnings: tuple[str, ...] = (),
    ) -> None:
        self.id = id
        self.file = file
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.raw = raw
        self.blocks = blocks
        self.fmt = fmt
        self.warnings = warnings


class Span(Struct):
    """A quotation found in one block: ``(start, end)`` index into block text.

    A quote that runs over several paragraphs has one span per paragraph.
    """

    __slots__ = ("block", "end", "start")

    def __init__(self, block: int, start: int, end: int) -> None:
        self.block = block
        self.start = start
        self.end = end


class Elsewhere(Struct):
    """Another outlet's credit of the same words: what a quote settled across outlets rests on.

    ``words`` are the words that named the speaker there ("DNC Chairman Tom
    Perez"), ``evidence`` their raw-text span in that source and ``marks``
    the same words as block spans of that source (for a link to them).
    """

    __slots__ = ("evidence", "marks", "quote", "rule", "source", "words")

    def __init__(
        self,
        source: str,
        quote: str,
        rule: str,
        words: str,
        evidence: tuple[int, int] | None = None,
        marks: tuple[Span, ...] = (),
    ) -> None:
        self.source = source
        self.quote = quote
        self.rule = rule
        self.words = words
        self.evidence = evidence
        self.marks = marks


class Attribution(Struct):
    """How a quote's speaker was found, so a reader can check it.

    ``rule`` names the attribution rule that gave the speaker (see
    :mod:`quotecompare.attribution.sieve`); ``evidence`` is the raw-text span of the
    words that named the speaker in the cue ("Holm", "he", "the senator"), and
    ``resolved`` the span of the name a pronoun or description stands for.
    A quote left without a speaker has no rule and says why in ``reason``.
    """

    __slots__ = ("elsewhere", "evidence", "marks", "reason", "replaced", "resolved", "rule")

    def __init__(
        self,
        rule: str | None,
        evidence: tuple[int, int] | None = None,
        resolved: tuple[int, int] | None = None,
        reason: str | None = None,
        # The same words as block spans, for the article page: the cue's, then the name's.
        marks: tuple[Span, ...] = (),
        # Settled across outlets (rule ``other_outlets``): their credits, and the speaker this article gave, if any.
        elsewhere: tuple[Elsewhere, ...] = (),
        replaced: str | None = None,
    ) -> None:
        self.rule = rule
        self.evidence = evidence
        self.resolved = resolved
        self.reason = reason
        self.marks = marks
        self.elsewhere = elsewhere
        self.replaced = replaced


class Quote(Struct):
    __slots__ = (
        "attribution",
        "cue",
        "end",
        "id",
        "kind",
        "source",
        "spans",
        "speaker",
        "speaker_key",
        "start",
        "text",
        "within",
    )

    def __init__(
        self,
        id: str,
        source: str,
        spans: tuple[Span, ...],
        text: str,
        start: int,
        end: int,
        speaker: str | None = None,
        speaker_key: str | None = None,
        cue: str | None = None,
        kind: Literal["quote", "term"] = "quote",
        within: str | None = None,  # id of the quote this one is quoted inside
        attribution: Attribution | None = None,
    ) -> None:
        self.id = id
        self.source = source
        self.spans = spans
        self.text = text
        self.start = start
        self.end = end
        self.speaker = speaker
        self.speaker_key = speaker_key
        self.cue = cue
        self.kind = kind
        self.within = within
        self.attribution = attribution


SpeakerType = Literal["person", "organisation", "group", "document", "unnamed"]


class Speaker(Struct):
    __slots__ = ("aliases", "key", "kind", "name", "slug", "type")

    def __init__(
        self,
        key: str,
        name: str,
        slug: str,
        aliases: tuple[str, ...] = (),
        kind: Literal["person", "other", "group"] = "person",
        type: SpeakerType = "person",  # what the speaker is (see attribution.kinds)
    ) -> None:
        self.key = key
        self.name = name
        self.slug = slug
        self.aliases = aliases
        self.kind = kind
        self.type = type


class Flag(Struct):
    """A difference between two versions of the same words that may change what was said.

    ``kind`` is one of :data:`FLAG_KINDS`; ``words`` the words at issue as
    printed ("not", "20 → 25"); ``side`` the version holding them ("a", "b"
    or "both" for a link's quotes, "record" or "quote" against a record);
    ``where`` the phrase they sit in, with its place ("just before: …").
    """

    __slots__ = ("kind", "side", "where", "words")

    def __init__(self, kind: str, words: str, where: str, side: str = "") -> None:
        self.kind = kind
        self.words = words
        self.where = where
        self.side = side


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


class Link(Struct):
    """A pairwise link between two quotes of one speaker in two sources."""

    __slots__ = ("a", "b", "flags", "kind", "opcodes", "same_speaker", "score")

    def __init__(
        self,
        a: str,
        b: str,
        kind: LinkKind,
        score: float,
        # Word opcodes from rapidfuzz: (tag, a_start, a_end, b_start, b_end) over
        # the original-wording tokens of each quote.
        opcodes: tuple[tuple[str, int, int, int, int], ...] = (),
        # False when the two outlets credit the words to different speakers (or one to nobody).
        same_speaker: bool = True,
        flags: tuple[Flag, ...] = (),  # differences that may change what was said (align.meaning)
    ) -> None:
        self.a = a
        self.b = b
        self.kind = kind
        self.score = score
        self.opcodes = opcodes
        self.same_speaker = same_speaker
        self.flags = flags


class Statement(Struct):
    """One speaker's quotes of the same words across sources: a row of the speaker's page."""

    __slots__ = ("id", "kinds", "quotes", "speaker_key")

    def __init__(
        self,
        id: str,
        speaker_key: str,
        quotes: tuple[str, ...],  # quote ids, in source order, then in reading order
        # Pairs of its quotes (in different sources) of each link kind, whether the links list them or not.
        kinds: tuple[tuple[str, int], ...] = (),
    ) -> None:
        self.id = id
        self.speaker_key = speaker_key
        self.quotes = quotes
        self.kinds = kinds


class Turn(Struct):
    """One speaker's turn in a record: a labelled stretch of a transcript, or a whole statement.

    ``start``/``end`` are offsets into ``Record.raw`` of the turn's words
    (after its label). ``speaker_key`` is filled in once labels are resolved
    to the story's speakers (:mod:`quotecompare.align.record`).
    """

    __slots__ = ("end", "label", "speaker", "speaker_key", "start")

    def __init__(
        self,
        label: str | None,  # as printed ("HARBOUR CHAIRMAN BRANDT"); None for a record without labels
        start: int,
        end: int,
        speaker: str | None = None,  # display name
        speaker_key: str | None = None,
    ) -> None:
        self.label = label
        self.start = start
        self.end = end
        self.speaker = speaker
        self.speaker_key = speaker_key


class Record(Struct):
    """The speaker's own words outside the press: a transcript, statement or post.

    ``words`` is ``raw`` with stage notes ("(Via interpreter)", "[inaudible]")
    and labels blanked out by spaces, so offsets into either are the same.
    """

    __slots__ = ("date", "file", "id", "raw", "speaker", "title", "turns", "url", "words")

    def __init__(
        self,
        id: str,
        file: str,
        title: str,
        speaker: str | None,  # the manifest's ``speaker``: whose words an unlabelled record is
        date: str | None,
        url: str | None,
        raw: str,
        words: str,
        turns: tuple[Turn, ...],
    ) -> None:
        self.id = id
        self.file = file
        self.title = title
        self.speaker = speaker
        self.date = date
        self.url = url
        self.raw = raw
        self.words = words
        self.turns = turns


class RecordMatch(Struct):
    """Where a quote's words stand in the records, or that they are not there.

    ``record`` is None when the quote's speaker has a record of the event but
    no passage matches. ``pieces`` are the raw spans of the record the quote
    joins (one unless it splices), ``start``/``end`` the first to the last.
    """

    __slots__ = ("end", "flags", "pieces", "quote", "record", "score", "start", "turn")

    def __init__(
        self,
        quote: str,
        record: str | None,
        start: int,
        end: int,
        score: float,
        turn: int | None = None,
        pieces: tuple[tuple[int, int], ...] = (),
        flags: tuple[Flag, ...] = (),
    ) -> None:
        self.quote = quote
        self.record = record
        self.start = start
        self.end = end
        self.score = score
        self.turn = turn
        self.pieces = pieces
        self.flags = flags


class Story(Struct):
    """One story, as the pipeline has gathered it: the record every later stage reads."""

    __slots__ = ("links", "matches", "quotes", "records", "sources", "speakers", "statements", "summary", "title")

    def __init__(
        self,
        title: str,
        summary: str | None,
        sources: list[Source],
        quotes: list[Quote],
        speakers: list[Speaker],
        links: list[Link],
        statements: list[Statement],
        records: tuple[Record, ...] = (),
        matches: tuple[RecordMatch, ...] = (),  # one per quote aligned to a record (or flagged not in it)
    ) -> None:
        self.title = title
        self.summary = summary
        self.sources = sources
        self.quotes = quotes
        self.speakers = speakers
        self.links = links
        self.statements = statements
        self.records = records
        self.matches = matches


class Resolved(Struct):
    """A speaker phrase after resolution, and the words that name it."""

    __slots__ = ("attribution", "gender", "kind", "members", "term", "verb", "who")

    def __init__(
        self,
        who: str | None,
        members: tuple[str, ...],
        attribution: Attribution,
        verb: str | None,
        term: bool = False,  # a label or scare quote: kept out of the comparison, whoever used it
        gender: str | None = None,  # "m"/"f" when a pronoun named the speaker: it tells namesakes apart
        kind: str | None = None,  # what the phrase that names the speaker is: "person", "org", "group", "description"
    ) -> None:
        self.who = who
        self.members = members
        self.attribution = attribution
        self.verb = verb
        self.term = term
        self.gender = gender
        self.kind = kind
