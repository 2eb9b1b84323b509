"""Who said it across a story: quote records, one speaker per person.

Stage 3 of the pipeline, after :mod:`.discourse` has resolved each
quotation's speaker phrase within its article. :func:`build_quotes` reads
every article's quotations (in worker processes for a large story), registers
every name the articles give, resolves each phrase to a speaker with
:class:`~quotecompare.attribution.speakers.SpeakerIndex` (so "Holm", "Sen.
Holm" and "Ada Holm" are one person), and makes the
:class:`~quotecompare.models.Quote` records, quotations inside quotations
included.
"""

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import chain

from quotecompare.attribution.discourse import PERSON_NOUNS, REASONS, UNNAMED, Resolved, resolve_source
from quotecompare.attribution.kinds import description_type
from quotecompare.attribution.pullquotes import pull_quotes
from quotecompare.attribution.scene import Scene, is_heading
from quotecompare.attribution.settle import settle
from quotecompare.attribution.sieve import NESTED, attribute
from quotecompare.attribution.speakers import Named, SpeakerIndex, names_in
from quotecompare.models import Attribution, Block, Quote, Source, Span, Speaker, SpeakerType
from quotecompare.parallel import ordered_map
from quotecompare.read.quotes import Found, extract, inner_quotes, trim
from quotecompare.text.slugs import slugify

# --- every source ----------------------------------------------------------------------


def _read_nth(state: tuple[list[Source], bool], n: int) -> tuple[list[Found] | None, list[Named]]:
    sources, find = state
    source = sources[n]
    # Headings and questions name nobody: "Has Trump been questioned?" is no "Has Trump".
    names = [name for block in source.blocks if not is_heading(block) for name in names_in(block.text)]
    return (extract(source) if find else None), names


def _resolve_nth(state: tuple[list[Source], dict[str, list[Found]], SpeakerIndex], n: int) -> list[Resolved]:
    sources, found_by_source, index = state
    found = found_by_source[sources[n].id]
    return pull_quotes(found, resolve_source(sources[n], found, index))


def build_quotes(
    sources: list[Source],
    found_by_source: dict[str, list[Found]] | None = None,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Quote], list[Speaker]]:
    """Find (unless ``found_by_source`` is given) and attribute every quotation of every source.

    First every article's quotations and the full names it mentions; then each
    article is read against the names of the whole story, never against what
    another article's quotes resolved to. So articles are independent at both
    steps, and ``workers`` processes may take them, with the same result.
    """

    read = list(ordered_map(_read_nth, (sources, found_by_source is None), len(sources), workers))
    index = SpeakerIndex()
    found_by_source = dict(found_by_source or {})
    for source, (found, names) in zip(sources, read, strict=True):
        if found is not None:
            found_by_source[source.id] = found
        index.observe(names, [block.text for block in source.blocks])
    # People each source names (in full, or by a title that tells namesakes apart), first mention first.
    named_in = {source.id: index.named_keys(names) for source, (_, names) in zip(sources, read, strict=True)}
    per_source = ordered_map(_resolve_nth, (sources, found_by_source, index), len(sources), workers)
    resolved: dict[str, list[Resolved]] = {}
    for n, (source, result) in enumerate(zip(sources, per_source, strict=True), 1):
        resolved[source.id] = result
        if progress:
            progress(n, len(sources))
    for source in sources:
        for r in resolved[source.id]:
            for who in r.members or ((r.who,) if r.who else ()):
                index.add(who, "person" if r.members else r.kind)
    quotes: list[Quote] = []
    used: dict[str, Speaker] = {}
    for source in sources:
        recent = _Recent(list(dict.fromkeys(named_in[source.id])))
        named = Counter(named_in[source.id])
        for n, (q, r) in enumerate(zip(found_by_source[source.id], resolved[source.id], strict=True)):
            # A bare surname is the namesake this article names far more often, else the one it quoted
            # last, else the one it named first.
            speaker = _speaker(index, r, recent, source.id, named)
            if speaker:
                used[speaker.key] = speaker
                recent.quoted_now(speaker.key)
            first, last = q.spans[0], q.spans[-1]
            quotes.append(
                Quote(
                    id=f"{source.id}-q{n + 1}",
                    source=source.id,
                    spans=q.spans,
                    text=q.text,
                    start=source.blocks[first.block].raw_pos(first.start),
                    end=source.blocks[last.block].raw_pos(last.end - 1) + 1,
                    speaker=speaker.name if speaker else None,
                    speaker_key=speaker.key if speaker else None,
                    cue=r.verb or (r.attribution.rule if speaker else None),
                    kind="term" if r.term else "quote",
                    attribution=r.attribution,
                )
            )
            for inner in _nested(source, quotes[-1], index, tuple(reversed(recent.quoted))):
                if inner.speaker_key:
                    used[inner.speaker_key] = index.speaker(inner.speaker_key)
                quotes.append(inner)
    # --- the outlets settle what one article cannot (see .settle) ---
    quotes = settle(sources, quotes, {key: speaker.kind for key, speaker in used.items()})
    credited = {q.speaker_key for q in quotes}
    used = {key: speaker for key, speaker in used.items() if key in credited}
    # ---
    speakers = _unique_slugs(sorted(used.values(), key=lambda s: s.name))
    by_key = {s.key: s for s in speakers}
    quotes = [q._replace(speaker=by_key[q.speaker_key].name) if q.speaker_key else q for q in quotes]
    return quotes, speakers


class _Recent:
    """The speakers an article quoted, the latest first, then the people it named in full, first named first.

    Each speaker once, at its latest quote: the same order of first matches as
    every quote's speaker listed, without a list growing with the quotes (a
    huge article's every quote scanned it whole).
    """

    def __init__(self, named: list[str]) -> None:
        self.quoted: dict[str, None] = {}  # oldest first
        self.named = named

    def quoted_now(self, key: str) -> None:
        self.quoted.pop(key, None)
        self.quoted[key] = None

    def __iter__(self) -> Iterator[str]:
        return chain(reversed(self.quoted), self.named)


def _speaker(
    index: SpeakerIndex, r: Resolved, recent: Iterable[str], scope: str = "", named: Counter[str] | None = None
) -> Speaker | None:
    """The canonical speaker of a resolved phrase; two or more people named together make a joint speaker.

    Someone left unnamed ("a senior adviser", "one official") is nobody else's
    namesake: such a speaker belongs to its article (``scope``) alone. A thing
    ("a budget report") may be cited by several outlets and stays shared.
    """
    if not r.who:
        return None
    words = r.who.split()
    head = next((w.lower() for w in words[1:] if w.lower() in PERSON_NOUNS), None)
    if len(words) > 1 and words[0].lower() in UNNAMED and head and not r.members:
        name = r.who[0].upper() + r.who[1:]
        what: SpeakerType = "group" if description_type(r.who) == "group" else "unnamed"
        return Speaker(f"~{scope}:{r.who.lower()}", name, slugify(name), (r.who,), "other", what)
    if not r.members:
        return index.resolve(r.who, recent, r.gender, named)
    people = [index.resolve(m, recent, named=named) for m in r.members]
    key = "+".join(p.key for p in people)
    name = " and ".join(p.name for p in people)
    return Speaker(key, name, "-and-".join(p.slug for p in people), (r.who,), "group", "group")


NESTED_MIN_WORDS = 3


def _nested(source: Source, outer: Quote, index: SpeakerIndex, recent: tuple[str, ...]) -> list[Quote]:
    """Quotes inside a quote: 'Comey wrote: "He said, 'I hope you can let this go.'"'.

    The inner words are someone else's: their speaker comes from a cue inside
    the outer quote, resolved like any name; a pronoun there stays unresolved
    (it speaks from the outer speaker's point of view). Short inner phrases
    are scare quotes or titles and are left alone.
    """
    out: list[Quote] = []
    if len(outer.spans) != 1:
        return out
    span = outer.spans[0]
    block = source.blocks[span.block]
    inner = [(s, e) for s, e in inner_quotes(outer.text) if len(outer.text[s:e].split()) >= NESTED_MIN_WORDS]
    if not inner:
        return out
    # The outer quotation read as a paragraph of its own, its inner quotations as quotations.
    found = [Found((Span(0, *trim(outer.text, s, e)),), outer.text[slice(*trim(outer.text, s, e))]) for s, e in inner]
    scene = Scene(source._replace(blocks=(Block("p", outer.text, ((0, 0),)),)), found)
    for k, f in enumerate(found, 1):
        hit = attribute(scene, k - 1, NESTED)
        scene.hits.append(hit)
        speaker = None
        attribution = Attribution(None, reason=REASONS["none"])
        if hit and hit.mention.kind in {"person", "org"}:
            speaker = index.resolve(hit.mention.phrase, recent)
            cue = Span(span.block, span.start + hit.mention.start, span.start + hit.mention.end)
            raw = (block.raw_pos(cue.start), block.raw_pos(cue.end - 1) + 1)
            attribution = Attribution(hit.rule, raw, marks=(cue,))
        s, e = f.spans[0].start, f.spans[0].end
        start = span.start + s
        out.append(
            Quote(
                id=f"{outer.id}n{k}",
                source=outer.source,
                spans=(Span(span.block, start, start + (e - s)),),
                text=f.text,
                start=block.raw_pos(start),
                end=block.raw_pos(start + (e - s) - 1) + 1,
                speaker=speaker.name if speaker else None,
                speaker_key=speaker.key if speaker else None,
                cue=hit.verb if hit else None,
                kind="quote",
                within=outer.id,
                attribution=attribution,
            )
        )
    return out


def _unique_slugs(speakers: list[Speaker]) -> list[Speaker]:
    seen: set[str] = set()
    out = []
    for s in speakers:
        slug = s.slug
        n = 2
        while slug in seen:
            slug, n = f"{s.slug}-{n}", n + 1
        seen.add(slug)
        out.append(s._replace(slug=slug))
    return out
