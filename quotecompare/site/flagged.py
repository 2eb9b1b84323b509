"""Changes that may alter meaning, as the pages show them: flags as short labels, the record as reference.

Stage 6a, pure, plain data for the templates (flags themselves are made in
:mod:`quotecompare.align.meaning` and :mod:`quotecompare.align.record`):

* :func:`flag_view` turns a flag into a short label ("Negation: “not”") and
  a sentence saying where its words sit, with outlets' names for its sides;
* :class:`Flagged` gathers, per statement, the flags on its comparisons and
  on its quotes against the record, and which quotes they count against: a
  quote flagged against the record; between two outlets' versions, the one
  cut short or hiding words behind an ellipsis, else both (with no record,
  neither version is the reference);
* :func:`record_ref` is a statement's reference: the record's words its quotes
  come from, and each outlet's version compared with them;
* :func:`flag_panel` is the index's panel: flagged quotes per outlet, and
  each flagged statement.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from quotecompare.align.alignment import compare
from quotecompare.align.diffing import inline_diff
from quotecompare.models import FLAG_KINDS, Flag, Link, Quote, Record, Source, Speaker, Story, Struct

FLAG_LABELS = {
    "negation": "Negation",
    "number": "Number",
    "modality": "Modality",
    "person": "Person",
    "name": "Name",
    "ellipsis": "Ellipsis",
    "splice": "Splice",
    "not_in_record": "Not in the record",
    "other_speaker": "Someone else’s words",
}
_ORDER = {kind: n for n, kind in enumerate(FLAG_KINDS)}


class FlagView(Struct):
    __slots__ = ("detail", "kind", "label")

    def __init__(
        self,
        kind: str,
        label: str,  # "Negation: “not”"
        detail: str,  # where its words sit, in a sentence
    ) -> None:
        self.kind = kind
        self.label = label
        self.detail = detail


class RecordQuote(Struct):
    """One outlet's quote of a statement against its passage of the record."""

    __slots__ = ("diff", "flags", "quote", "score", "source")

    def __init__(
        self,
        quote: Quote,
        source: Source,
        score: float,
        diff: list[tuple[str, str]],  # the record's words to the quote's, as inline_diff gives them
        flags: tuple[FlagView, ...],
    ) -> None:
        self.quote = quote
        self.source = source
        self.score = score
        self.diff = diff
        self.flags = flags


class RecordRef(Struct):
    """The record's words a statement's quotes come from: the page's reference for it."""

    __slots__ = ("passage", "quotes", "record", "speaker")

    def __init__(
        self,
        record: Record,
        passage: str,  # the record's words (stage notes left out), from the first quote's passage to the last's
        speaker: str | None,  # whom the record gives them to
        quotes: tuple[RecordQuote, ...],
    ) -> None:
        self.record = record
        self.passage = passage
        self.speaker = speaker
        self.quotes = quotes


class FlaggedStatement(Struct):
    __slots__ = ("labels", "outlets", "speaker", "statement", "text")

    def __init__(
        self,
        speaker: Speaker,
        statement: str,  # its id: the anchor on the speaker's page
        text: str,  # its first quote's opening words
        labels: tuple[FlagView, ...],  # its flags, each label once
        outlets: tuple[str, ...],  # the outlets whose quotes the flags count against
    ) -> None:
        self.speaker = speaker
        self.statement = statement
        self.text = text
        self.labels = labels
        self.outlets = outlets


class FlagPanel(Struct):
    __slots__ = ("outlets", "statements")

    def __init__(
        self,
        outlets: list[tuple[str, int, int]],  # outlet, its flagged quotes, its quotes
        statements: list[FlaggedStatement],
    ) -> None:
        self.outlets = outlets
        self.statements = statements


def _quoted(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def flag_view(flag: Flag, sides: dict[str, str] | None = None) -> FlagView:
    """A flag as a short label and a sentence; ``sides`` names its versions ("a" -> an outlet).

    >>> flag_view(Flag("negation", "not", "just before the shared words: “not by judges”", "b"), {"b": "NYT"})
    FlagView(kind='negation', label='Negation: “not”', detail='“not” in NYT, just before the shared words: “not by judges”')
    """
    sides = sides or {}
    side = sides.get(flag.side, flag.side)
    if flag.kind == "not_in_record":
        return FlagView(flag.kind, FLAG_LABELS[flag.kind], f"Not found in the record: {flag.where}")
    if flag.kind == "other_speaker":
        return FlagView(flag.kind, f"The record gives these words to {flag.words}", flag.where)
    quoted = flag.words.startswith("“")  # a splice's words come quoted
    label = f"{FLAG_LABELS[flag.kind]}: {flag.words if quoted else f'“{_quoted(flag.words, 6)}”'}"
    words = flag.words if quoted else f"“{flag.words}”"
    holder = f" in {side}" if side and side != "both" else ""
    return FlagView(flag.kind, label, f"{words}{holder}, {flag.where}")


def counted_against(link: Link, flag: Flag) -> tuple[str, ...]:
    """The quotes of ``link`` a flag counts against: the one cut short or eliding, else both."""
    holder = {"a": link.a, "b": link.b}.get(flag.side)
    other = {"a": link.b, "b": link.a}.get(flag.side)
    if holder is None or other is None:
        return (link.a, link.b)
    if flag.kind == "splice":
        return (holder,)  # the side holding a splice is the one that joined the words
    if flag.kind == "ellipsis" or flag.where.startswith("just "):
        return (other,)  # the other version stops short of the holder's words, or hides them
    return (link.a, link.b)


class Flagged:
    """Every flag of a story, by statement, with the quotes each counts against."""

    def __init__(self, story: Story) -> None:
        self.sources = {s.id: s for s in story.sources}
        self.quotes = {q.id: q for q in story.quotes}
        self.matches = {m.quote: m for m in story.matches}
        self.statement_of = {qid: st.id for st in story.statements for qid in st.quotes}
        self.against: dict[str, set[str]] = defaultdict(set)  # statement -> quotes flagged
        self.labels: dict[str, list[FlagView]] = defaultdict(list)
        for lk in story.links:
            st = self.statement_of.get(lk.a)
            if not lk.flags or not lk.same_speaker or st is None:
                continue
            for f in lk.flags:
                # A quote with a record passage answers to the record, not to another outlet's version.
                self.against[st].update(q for q in counted_against(lk, f) if not self.in_record(q))
                self.labels[st].append(self.link_flag(lk, f))
        for m in story.matches:
            st = self.statement_of.get(m.quote)
            if m.flags and st is not None:
                self.against[st].add(m.quote)
                outlet = self.outlet(m.quote)
                self.labels[st] += [flag_view(f, {"quote": outlet, "record": "the record"}) for f in m.flags]

    def in_record(self, quote: str) -> bool:
        m = self.matches.get(quote)
        return m is not None and m.record is not None

    def outlet(self, quote: str) -> str:
        return self.sources[self.quotes[quote].source].outlet

    def link_flag(self, lk: Link, flag: Flag) -> FlagView:
        return flag_view(flag, {"a": self.outlet(lk.a), "b": self.outlet(lk.b)})

    def link_flags(self, lk: Link) -> tuple[FlagView, ...]:
        return tuple(self.link_flag(lk, f) for f in lk.flags)

    def statement_labels(self, statement: str) -> tuple[FlagView, ...]:
        """A statement's flags, each label once, in the order of :data:`FLAG_KINDS`."""
        seen: dict[str, FlagView] = {}
        for v in self.labels.get(statement, ()):
            seen.setdefault(v.label, v)
        return tuple(sorted(seen.values(), key=lambda v: _ORDER[v.kind]))


def record_ref(story: Story, quote_ids: tuple[str, ...], flagged: Flagged) -> RecordRef | None:
    """The record's words a statement's quotes come from, and each quote compared with them (None: no record)."""
    matches = [flagged.matches[q] for q in quote_ids if q in flagged.matches and flagged.matches[q].record]
    if not matches:
        return None
    records = {r.id: r for r in story.records}
    # The record most of its quotes come from (the closest on a tie): another translation is another reference.
    best = Counter(m.record for m in matches).most_common()
    top = max((r for r, n in best if n == best[0][1]), key=lambda r: max(m.score for m in matches if m.record == r))
    record = records[top or ""]
    mine = [m for m in matches if m.record == top]
    start, end = min(m.start for m in mine), max(m.end for m in mine)
    passage = " ".join(record.words[start:end].split())
    turn = record.turns[mine[0].turn] if mine[0].turn is not None else None
    views = []
    for m in mine:
        q = flagged.quotes[m.quote]
        own = " … ".join(" ".join(record.words[s:e].split()) for s, e in m.pieces or ((m.start, m.end),))
        c = compare(own, q.text)
        src = flagged.sources[q.source]
        sides = {"quote": src.outlet, "record": "the record"}
        views.append(
            RecordQuote(
                q, src, m.score, inline_diff(own, q.text, c.opcodes), tuple(flag_view(f, sides) for f in m.flags)
            )
        )
    return RecordRef(record, passage, turn.speaker if turn else record.speaker, tuple(views))


def flag_panel(story: Story, flagged: Flagged) -> FlagPanel:
    """Flagged quotes per outlet (in source order) and every flagged statement, in the story's order."""
    counts: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for q in story.quotes:
        if q.kind == "quote" and q.speaker_key:
            totals[flagged.sources[q.source].outlet] += 1
    speakers = {s.key: s for s in story.speakers}
    statements = []
    for st in story.statements:
        against = flagged.against.get(st.id)
        if not against:
            continue
        outlets = tuple(dict.fromkeys(flagged.outlet(q) for q in st.quotes if q in against))
        counts.update(flagged.outlet(q) for q in against)
        first = flagged.quotes[st.quotes[0]]
        labels = flagged.statement_labels(st.id)
        statements.append(FlaggedStatement(speakers[st.speaker_key], st.id, _quoted(first.text), labels, outlets))
    names = list(dict.fromkeys(s.outlet for s in story.sources))
    return FlagPanel([(o, counts[o], totals[o]) for o in names], statements)
