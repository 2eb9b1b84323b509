"""What a reader sees first: who was quoted where, and how faithfully (the title is :mod:`.title`'s).

Part of stage 6a, pure, plain data for the index page:

* :func:`date_range` writes the span of the sources' dates;
* :func:`coverage` is the speaker × outlet matrix: how many of each speaker's
  statements each outlet printed, and how many of those word for word;
* :func:`outlet_fidelity` counts each outlet's quotes by the closest version
  another outlet printed, for the per-outlet bar chart.

>>> date_range(["2019-05-14", None, "2019-05-15"])
'14–15 May 2019'
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from quotecompare.models import Link, Quote, Source, Speaker, Statement, Struct
from quotecompare.site.tally import STATEMENT_KINDS

MONTHS = "January February March April May June July August September October November December".split()


def date_range(dates: list[str | None]) -> str | None:
    """The span of ISO dates, written out: "14 May 2019", "30 August – 1 September 2013".

    >>> date_range(["2013-08-31", "2013-09-01"]), date_range(["2018-12-30", "2019-01-02"]), date_range([None])
    ('31 August – 1 September 2013', '30 December 2018 – 2 January 2019', None)
    """
    days = sorted({date.fromisoformat(d) for d in dates if d})
    if not days:
        return None
    first, last = days[0], days[-1]

    def full(d: date) -> str:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"

    if first == last:
        return full(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {MONTHS[last.month - 1]} {last.year}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} – {full(last)}"
    return f"{full(first)} – {full(last)}"


class Outlet(Struct):
    """An outlet: every source with its name (a running story may hold many articles of one outlet)."""

    __slots__ = ("name", "sources")

    def __init__(self, name: str, sources: list[Source]) -> None:
        self.name = name
        self.sources = sources


def outlets_of(sources: list[Source]) -> list[Outlet]:
    """Sources grouped by outlet name, in order of each outlet's first article."""
    grouped: dict[str, list[Source]] = {}
    for src in sources:
        grouped.setdefault(src.outlet, []).append(src)
    return [Outlet(name, group) for name, group in grouped.items()]


class Cell(Struct):
    """One speaker in one outlet."""

    __slots__ = ("compared", "row", "statements", "verbatim")

    def __init__(
        self,
        statements: int,  # statements of the speaker the outlet printed
        compared: int,  # ... of which another outlet printed a version too
        verbatim: int,  # ... of which the outlet's version is word for word another outlet's
        row: str | None,  # id of the first of them on the speaker's page
    ) -> None:
        self.statements = statements
        self.compared = compared
        self.verbatim = verbatim
        self.row = row

    @property
    def level(self) -> int | None:
        """Shade 0-4: the share of verbatim versions among compared ones; None when none was compared.

        >>> Cell(3, 2, 1, "r").level, Cell(1, 0, 0, "r").level
        (2, None)
        """
        return round(4 * self.verbatim / self.compared) if self.compared else None


class Coverage(Struct):
    __slots__ = ("left_out", "outlets", "rows")

    def __init__(
        self,
        outlets: list[Outlet],  # the matrix's columns
        rows: list[tuple[Speaker, list[Cell]]],
        left_out: int,  # outlets beyond MATRIX_MAX_OUTLETS, not shown
    ) -> None:
        self.outlets = outlets
        self.rows = rows
        self.left_out = left_out


# A matrix wider than this is no longer read at a glance: it shows the outlets that printed the most statements.
MATRIX_MAX_OUTLETS = 24


def coverage(
    speakers: list[Speaker],
    sources: list[Source],
    statements: dict[str, list[Statement]],
    source_of: dict[str, str],
    links: list[Link],
) -> Coverage:
    """The speaker × outlet matrix, from each speaker's statements and each quote's source.

    A statement counts once per outlet however many of its articles quote it;
    it is compared when another outlet printed it too, and verbatim there
    when one of the outlet's quotes of it has a verbatim link (the same
    words, perhaps a fragment) to another outlet's.
    """
    outlets = outlets_of(sources)
    column = {src.id: n for n, o in enumerate(outlets) for src in o.sources}
    outlet_of = {qid: column[source_of[qid]] for sp in speakers for st in statements[sp.key] for qid in st.quotes}
    verbatim = {
        q
        for lk in links
        if lk.same_speaker and lk.kind == "verbatim" and outlet_of.get(lk.a, -1) != outlet_of.get(lk.b, -2)
        for q in (lk.a, lk.b)
    }
    table = []
    for sp in speakers:
        counts = [[0, 0, 0] for _ in outlets]
        first: list[str | None] = [None] * len(outlets)
        for st in statements[sp.key]:
            printed: dict[int, bool] = {}
            for qid in st.quotes:
                n = outlet_of[qid]
                printed[n] = printed.get(n, False) or qid in verbatim
            for n, word_for_word in printed.items():
                counts[n][0] += 1
                counts[n][1] += len(printed) > 1
                counts[n][2] += word_for_word
                first[n] = first[n] or st.id
        table.append((sp, [Cell(c[0], c[1], c[2], first[n]) for n, c in enumerate(counts)]))
    shown = list(range(len(outlets)))
    if len(outlets) > MATRIX_MAX_OUTLETS:
        total = [sum(cells[n].statements for _, cells in table) for n in shown]
        shown = sorted(sorted(shown, key=lambda n: -total[n])[:MATRIX_MAX_OUTLETS])
    return Coverage(
        [outlets[n] for n in shown],
        [(sp, [cells[n] for n in shown]) for sp, cells in table],
        len(outlets) - len(shown),
    )


class Fidelity(Struct):
    """One outlet's quotes (with a speaker) by the closest version another outlet printed."""

    __slots__ = ("kinds", "outlet", "quotes", "unattributed")

    def __init__(
        self,
        outlet: Outlet,
        quotes: int,
        kinds: dict[str, int],  # verbatim, variant, paraphrase, only
        unattributed: int = 0,  # its quotes with no speaker, not in the others
    ) -> None:
        self.outlet = outlet
        self.quotes = quotes
        self.kinds = kinds
        self.unattributed = unattributed

    def bars(self) -> list[tuple[str, float, float]]:
        """``(kind, start, width)`` in percent of the outlet's quotes, for a stacked bar.

        >>> Fidelity(None, 4, {"verbatim": 3, "variant": 0, "paraphrase": 0, "only": 1}).bars()
        [('verbatim', 0.0, 75.0), ('only', 75.0, 25.0)]
        """
        out, start = [], 0.0
        for kind, n in self.kinds.items():
            if n:
                width = round(100 * n / self.quotes, 1)
                out.append((kind, start, width))
                start = round(start + width, 1)
        return out


def outlet_fidelity(sources: list[Source], quotes: list[Quote], links: list[Link]) -> list[Fidelity]:
    """Each outlet's quotes by the closest version another outlet printed (links between one speaker's quotes)."""
    outlet = {s.id: s.outlet for s in sources}
    source_of = {q.id: q.source for q in quotes}
    rank = {"verbatim": 3, "variant": 2, "paraphrase": 1}
    best: dict[str, int] = {}
    for lk in links:
        if lk.same_speaker and outlet[source_of[lk.a]] != outlet[source_of[lk.b]]:
            for qid in (lk.a, lk.b):
                best[qid] = max(best.get(qid, 0), rank[lk.kind])
    kind_of = {v: k for k, v in rank.items()}
    per: dict[str, Counter[str]] = defaultdict(Counter)
    nobody: Counter[str] = Counter()
    for q in quotes:
        if q.kind == "quote" and q.speaker_key:
            per[outlet[q.source]][kind_of.get(best.get(q.id, 0), "only")] += 1
        elif q.kind == "quote":
            nobody[outlet[q.source]] += 1
    return [
        Fidelity(o, sum(per[o.name].values()), {k: per[o.name][k] for k in STATEMENT_KINDS}, nobody[o.name])
        for o in outlets_of(sources)
    ]
