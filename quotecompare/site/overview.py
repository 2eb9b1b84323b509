"""What a reader sees first: a neutral title, who was quoted where, and how faithfully.

Part of stage 6a, pure, plain data for the index page:

* :func:`neutral_title` names a story whose manifest gives no title from what
  its headlines share, else from its main speakers and dates: never one
  outlet's headline;
* :func:`date_range` writes the span of the sources' dates;
* :func:`coverage` is the speaker × outlet matrix: how many of each speaker's
  statements each outlet printed, and how many of those word for word;
* :func:`outlet_fidelity` counts each outlet's quotes by the closest version
  another outlet printed, for the per-outlet bar chart.

>>> neutral_title(["Mayor opens new bridge", "New bridge opened by mayor", "Bridge opens"], [], [])
'Bridge, mayor'
>>> date_range(["2019-05-14", None, "2019-05-15"])
'14–15 May 2019'
"""

import math
from collections import Counter, defaultdict
from datetime import date
from typing import NamedTuple

from quotecompare.align.alignment import STOPWORDS
from quotecompare.models import Link, Quote, Source, Speaker, Statement
from quotecompare.text.normalise import stem, tokens

# Words of a headline that carry no topic: its verbs of saying and reporting, and small words.
HEADLINE_FILLER = STOPWORDS | {
    *("says", "said", "say", "tells", "told", "tell", "calls", "called", "call", "files", "filed"),
    *("sues", "sued", "sue", "alleges", "alleged", "alleging", "claims", "claimed", "urges", "warns"),
    *("slams", "blasts", "blasted", "hits", "criticizes", "criticises", "criticized", "denies", "announces"),
    *("vows", "pledges", "plans", "seeks", "faces", "wins", "backs", "rejects", "reports", "report"),
    *("new", "after", "over", "amid", "about", "against", "into", "up", "out", "more", "how", "why"),
    *("what", "who", "via", "vs", "just", "now", "here", "says", "could", "why", "when", "all", "one"),
}
_FILLER_STEMS = {stem(w) for w in HEADLINE_FILLER}
MAX_PHRASES = 6
MONTHS = "January February March April May June July August September October November December".split()


class Phrase(NamedTuple):
    keys: tuple[str, ...]  # word stems
    headlines: int  # how many headlines print it
    position: float  # mean place in those headlines, 0 (start) to 1 (end)
    printed: str


def _runs(headline: str) -> list[list[tuple[str, str]]]:
    """A headline's words as runs unbroken by punctuation: [(stem, printed), ...] each."""
    toks = tokens(headline)
    runs: list[list[tuple[str, str]]] = [[]]
    for i, t in enumerate(toks):
        if i and any(c not in " -'’" for c in headline[toks[i - 1].end : t.start]):
            runs.append([])
        # "May" in a headline's middle is the month, not the verb a stop word list means.
        key = "May" if i and t.text == "May" else stem(t.norm)
        runs[-1].append((key, t.text))
    return [r for r in runs if r]


def _printed(forms: list[str]) -> str:
    """How a phrase is best written: with the fewest capitals any headline gave it, then as most did.

    Headlines in title case or capitals ("Trump Campaign", "DESPERATION") do
    not make a common word a name.
    """
    fewest = min(sum(c.isupper() for c in f) for f in forms)
    pool = [f for f in forms if sum(c.isupper() for c in f) == fewest]
    return Counter(pool).most_common(1)[0][0]


def _ends_in_a_verb(forms: list[str]) -> bool:
    """Words some headline ended in the past tense ("vote delayed", "dredged") are its news, not its topic."""
    return any(len(last := f.rsplit(None, 1)[-1]) > 4 and last.lower().endswith("ed") for f in forms)


def shared_phrases(headlines: list[str]) -> list[Phrase]:
    """The words (and runs of words) most headlines share, in the order headlines give them."""
    n = len(headlines)
    need = max(2, math.ceil(n / 2))
    keyword_df: Counter[str] = Counter()
    split = [_runs(h) for h in headlines]
    for runs in split:
        keyword_df.update({k for run in runs for k, _ in run})
    keywords = {k for k, df in keyword_df.items() if df >= need and k not in _FILLER_STEMS}
    # Every run of consecutive keywords, and each of its sub-runs, with where it sits.
    seen: dict[tuple[str, ...], dict[int, tuple[float, str]]] = defaultdict(dict)
    for h, runs in enumerate(split):
        length = sum(len(r) for r in runs)
        pos = 0
        for run in runs:
            i = 0
            while i < len(run):
                if run[i][0] not in keywords:
                    i += 1
                    continue
                j = i
                while j < len(run) and run[j][0] in keywords:
                    j += 1
                for a in range(i, j):
                    for b in range(a + 1, j + 1):
                        gram = tuple(k for k, _ in run[a:b])
                        if h not in seen[gram]:
                            printed = " ".join(w for _, w in run[a:b])
                            seen[gram][h] = ((pos + a) / max(length - 1, 1), printed)
                i = j
            pos += len(run)
    grams = [
        Phrase(g, len(at), sum(p for p, _ in at.values()) / len(at), _printed([w for _, w in at.values()]))
        for g, at in seen.items()
        if len(at) >= need and not (len(g) == 1 and g[0].isdigit()) and not _ends_in_a_verb([w for _, w in at.values()])
    ]
    chosen: list[Phrase] = []
    covered: set[str] = set()
    for p in sorted(grams, key=lambda p: (-len(p.keys), -p.headlines, p.position)):
        if covered.isdisjoint(p.keys):
            chosen.append(p)
            covered.update(p.keys)
    chosen = sorted(chosen, key=lambda p: (-p.headlines, p.position))[:MAX_PHRASES]
    return sorted(chosen, key=lambda p: p.position)


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


def neutral_title(headlines: list[str], speakers: list[str], dates: list[str | None]) -> str:
    """A title no outlet wrote: what most headlines share, else the main speakers and the dates.

    >>> neutral_title(["Port deal agreed", "Council fails"], ["Alma Reyes", "Ivo Brandt", "Tobias Lind"], ["2024-03-03"])
    'Alma Reyes, Ivo Brandt and Tobias Lind, 3 March 2024'
    >>> neutral_title(["Port deal agreed"], [], [])
    '1 article'
    """
    phrases = shared_phrases(headlines) if len(headlines) > 1 else []
    if len(phrases) >= 2:
        title = ", ".join(p.printed for p in phrases)
        title = title[0].upper() + title[1:]
        if title.casefold() not in {h.casefold().rstrip(".") for h in headlines}:
            return title
    names = speakers[:3]
    who = (
        f"{', '.join(names[:-1])} and {names[-1]}"
        if len(names) > 1
        else (names[0] if names else f"{len(headlines)} article{'s' if len(headlines) != 1 else ''}")
    )
    when = date_range(dates)
    return f"{who}, {when}" if when else who


def main_speakers(quotes: list[Quote], speakers: list[Speaker]) -> list[str]:
    """Speakers by how many quotes they have, people before organisations and documents."""
    counts = Counter(q.speaker_key for q in quotes if q.kind == "quote" and q.speaker_key)
    ranked = sorted((s for s in speakers if counts[s.key]), key=lambda s: (s.kind != "person", -counts[s.key], s.name))
    return [s.name for s in ranked]


def story_title(sources: list[Source], quotes: list[Quote], speakers: list[Speaker]) -> str:
    return neutral_title([s.title for s in sources], main_speakers(quotes, speakers), [s.date for s in sources])


class Outlet(NamedTuple):
    """An outlet: every source with its name (a running story may hold many articles of one outlet)."""

    name: str
    sources: list[Source]


def outlets_of(sources: list[Source]) -> list[Outlet]:
    """Sources grouped by outlet name, in order of each outlet's first article."""
    grouped: dict[str, list[Source]] = {}
    for src in sources:
        grouped.setdefault(src.outlet, []).append(src)
    return [Outlet(name, group) for name, group in grouped.items()]


class Cell(NamedTuple):
    """One speaker in one outlet."""

    statements: int  # statements of the speaker the outlet printed
    compared: int  # ... of which another outlet printed a version too
    verbatim: int  # ... of which the outlet's version is word for word another outlet's
    row: str | None  # id of the first of them on the speaker's page

    @property
    def level(self) -> int | None:
        """Shade 0-4: the share of verbatim versions among compared ones; None when none was compared.

        >>> Cell(3, 2, 1, "r").level, Cell(1, 0, 0, "r").level
        (2, None)
        """
        return round(4 * self.verbatim / self.compared) if self.compared else None


class Coverage(NamedTuple):
    outlets: list[Outlet]  # the matrix's columns
    rows: list[tuple[Speaker, list[Cell]]]
    left_out: int  # outlets beyond MATRIX_MAX_OUTLETS, not shown


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


class Fidelity(NamedTuple):
    """One outlet's quotes (with a speaker) by the closest version another outlet printed."""

    outlet: Outlet
    quotes: int
    kinds: dict[str, int]  # verbatim, variant, paraphrase, only

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
    for q in quotes:
        if q.kind == "quote" and q.speaker_key:
            per[outlet[q.source]][kind_of.get(best.get(q.id, 0), "only")] += 1
    kinds = ("verbatim", "variant", "paraphrase", "only")
    return [Fidelity(o, sum(per[o.name].values()), {k: per[o.name][k] for k in kinds}) for o in outlets_of(sources)]
