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

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain, pairwise
from typing import Any, Never, cast

from quotecompare.attribution.kinds import PERSON_NOUNS, UNNAMED, description_type
from quotecompare.attribution.mentions import Mention
from quotecompare.attribution.pullquotes import pull_quotes
from quotecompare.attribution.resolve import NamedHere, resolve_source
from quotecompare.attribution.scene import Scene, is_heading
from quotecompare.attribution.settle import settle, voices
from quotecompare.attribution.sieve import NESTED, REASONS, attribute
from quotecompare.attribution.speakers import Named, SpeakerIndex, names_in
from quotecompare.models import Attribution, Block, Quote, Resolved, Source, Span, Speaker, SpeakerType, Struct
from quotecompare.parallel import ordered_map, pooled
from quotecompare.read.quotes import Found, extract, inner_quotes, trim
from quotecompare.text.normalise import plain_words
from quotecompare.text.slugs import slugify

# --- every source, a long one in parts --------------------------------------------------

PART_BLOCKS = 500
"""Paragraphs of one part of a long article: an article of more is read in parts, each a task of its own,
so one huge article costs what as many articles of this length do (and spreads over the workers)."""

LEAD_BLOCKS = 10
"""Paragraphs before a part read with it (and their quotations resolved, then dropped): what a pronoun or
"the minister" at the start of a part stands for is found as it would be in the whole article."""


class _Part(Struct):
    """Paragraphs ``start:end`` of source ``source`` (a whole article: ``0:len(blocks)``), read from ``lead``;
    its quotations are ``found[first:end_quote]`` of which those from ``own`` on are its own."""

    __slots__ = ("end", "end_quote", "first", "lead", "own", "source", "start")

    def __init__(
        self, source: int, lead: int, start: int, end: int, first: int = 0, own: int = 0, end_quote: int = 0
    ) -> None:
        self.source = source
        self.lead = lead
        self.start = start
        self.end = end
        self.first = first
        self.own = own
        self.end_quote = end_quote


def _read_parts(sources: list[Source]) -> list[_Part]:
    """Every source in runs of :data:`PART_BLOCKS` paragraphs, for finding names (any cut will do)."""
    return [
        _Part(n, a, a, min(a + PART_BLOCKS, len(s.blocks)))
        for n, s in enumerate(sources)
        for a in range(0, max(len(s.blocks), 1), PART_BLOCKS)
    ]


def _read_part(state: tuple[list[Source], bool, list[_Part]], n: int) -> tuple[list[Found] | None, list[Named]]:
    sources, find, parts = state
    part = parts[n]
    source = sources[part.source]
    # Headings and questions name nobody: "Has Trump been questioned?" is no "Has Trump".
    names = [
        name for block in source.blocks[part.start : part.end] if not is_heading(block) for name in names_in(block.text)
    ]
    # The quotations of the whole article (a few marks decide how all of it is read), with its first part;
    # a long article's are found by the build's process meanwhile (see :func:`_extract_long`).
    return (extract(source) if find and part.start == 0 and part.end == len(source.blocks) else None), names


def _extract_long(sources: list[Source], found_by_source: dict[str, list[Found]]) -> Iterator[Never]:
    """The quotations of each long article, into ``found_by_source``: made here while the workers find names."""
    for source in sources:
        if len(source.blocks) > PART_BLOCKS:
            found_by_source[source.id] = extract(source)
    yield from ()


def _resolve_parts(n: int, blocks: int, found: list[Found]) -> list[_Part]:
    """Source ``n`` in parts for resolving: cut only where no quotation runs on into the next paragraph."""
    firsts = [f.spans[0].block for f in found]
    if blocks <= PART_BLOCKS or firsts != sorted(firsts):
        return [_Part(n, 0, 0, blocks, 0, 0, len(found))]
    whole = bytearray(b"\1") * (blocks + 1)  # 1 where a part may start
    for f in found:
        for b in range(f.spans[0].block + 1, f.spans[-1].block + 1):
            whole[b] = 0
    bounds, at = [0], PART_BLOCKS
    while at < blocks:
        while at < blocks and not whole[at]:
            at += 1
        if at < blocks:
            bounds.append(at)
        at += PART_BLOCKS
    bounds.append(blocks)
    parts = []
    for start, end in pairwise(bounds):
        lead = max(0, start - LEAD_BLOCKS)
        while not whole[lead]:
            lead -= 1
        first, own, end_quote = (bisect_left(firsts, b) for b in (lead, start, end))
        parts.append(_Part(n, lead, start, end, first, own, end_quote))
    return parts


def _resolve_part(
    state: tuple[list[Source], dict[str, list[Found]], SpeakerIndex, list[_Part], bool, dict[str, NamedHere]], n: int
) -> tuple[list[Resolved] | list[tuple[Any, ...]], list[str]]:
    """A part's resolutions (a whole article's, pull quotes and all), and for a part of a long article,
    its quotes' words for :func:`pull_quotes` over the whole article; with ``flat`` (for a worker to send
    back), each resolution as plain tuples (see :func:`_flat`)."""
    sources, found_by_source, index, parts, flat, named_in = state
    part = parts[n]
    source = sources[part.source]
    found = found_by_source[source.id]
    if part.lead == 0 and part.end == len(source.blocks):
        whole = pull_quotes(found, resolve_source(source, found, index, named_in[source.id]))
        return [_flat(r) for r in whole] if flat else whole, []
    # The part read as an article of its own: its paragraphs from ``lead`` on, block numbers from there.
    shift = part.lead
    piece = source._replace(blocks=source.blocks[shift : part.end])
    # (Made whole rather than with ``_replace``: there is one for every quotation of a huge article.)
    moved = [
        Found(tuple([Span(s.block - shift, s.start, s.end) for s in f.spans]), f.text, f.unclosed)
        for f in found[part.first : part.end_quote]
    ]
    out = resolve_source(piece, moved, index, named_in[source.id])[part.own - part.first :]
    words = [plain_words(f.text) for f in found[part.own : part.end_quote]]
    if flat:
        return [_flat(r, shift) for r in out], words
    return [_shifted(r, shift) for r in out], words


def _shifted(r: Resolved, shift: int) -> Resolved:
    """A part's resolution with its paragraphs numbered as in the whole article."""
    if not r.attribution.marks:
        return r
    return _unflat(_flat(r, shift))


def _flat(r: Resolved, shift: int = 0) -> tuple[Any, ...]:
    """A resolution as plain tuples, its paragraphs moved by ``shift``: pickled, a record costs calls of
    Python each way (three for every quotation of a huge article sent back by a worker), a tuple none.
    (Every field, by name: tests/test_scale.py checks that none is left out.)"""
    a = r.attribution
    marks = tuple([(m.block + shift, m.start, m.end) for m in a.marks])
    attribution = (a.rule, a.evidence, a.resolved, a.reason, marks, a.elsewhere, a.replaced)
    return (r.who, r.members, attribution, r.verb, r.term, r.gender, r.kind)


def _unflat(t: tuple[Any, ...]) -> Resolved:
    """A resolution again from :func:`_flat`'s tuples."""
    who, members, (rule, evidence, resolved, reason, marks, elsewhere, replaced), verb, term, gender, kind = t
    attribution = Attribution(rule, evidence, resolved, reason, tuple([Span(*m) for m in marks]), elsewhere, replaced)
    return Resolved(who, members, attribution, verb, term, gender, kind)


def _pool(parts: list[_Part], sources: list[Source], workers: int) -> dict[str, Any]:
    """How :func:`~quotecompare.parallel.ordered_map` takes the parts: as it takes articles, unless a long
    article was cut, whose parts go in small chunks to a pool however few the articles."""
    if len(parts) == len(sources):
        return {}
    # Small chunks: the last one finishes soon after the others (a part of a long article takes ~40 ms).
    return {
        "pool": pooled(len(sources), workers) or workers > 1,
        "chunk": max(1, min(64, len(parts) // (32 * workers))),
    }


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
    steps, and ``workers`` processes may take them, with the same result. A
    long article is read in parts of :data:`PART_BLOCKS` paragraphs (the same
    parts whatever the workers), each as an article of its own that starts
    :data:`LEAD_BLOCKS` paragraphs earlier.
    """
    parts = _read_parts(sources)
    find = found_by_source is None
    found_by_source = dict(found_by_source or {})
    read = ordered_map(
        _read_part,
        (sources, find, parts),
        len(parts),
        workers,
        meanwhile=_extract_long(sources, found_by_source) if find else (),
        **_pool(parts, sources, workers),
    )
    index = SpeakerIndex()
    names_of: list[list[Named]] = [[] for _ in sources]
    for part, (found, names) in zip(parts, read, strict=True):
        if found is not None:
            found_by_source[sources[part.source].id] = found
        names_of[part.source] += names
    for source, names in zip(sources, names_of, strict=True):
        index.observe(names, [block.text for block in source.blocks])
    # People each source names (in full, or by a title that tells namesakes apart), first mention first.
    named_in: dict[str, NamedHere] = {}
    for source, names in zip(sources, names_of, strict=True):
        keys = index.named_keys(names)
        named_in[source.id] = list(dict.fromkeys(keys)), Counter(keys)  # worked out once, not per part
    parts = [p for n, s in enumerate(sources) for p in _resolve_parts(n, len(s.blocks), found_by_source[s.id])]
    flat = workers > 1  # resolutions sent back from workers as plain tuples
    state = (sources, found_by_source, index, parts, flat, named_in)
    per_part = ordered_map(_resolve_part, state, len(parts), workers, **_pool(parts, sources, workers))
    resolved: dict[str, list[Resolved]] = {source.id: [] for source in sources}
    words: list[str] = []  # of a long article's quotes, read so far
    for part, (result, part_words) in zip(parts, per_part, strict=True):
        source = sources[part.source]
        resolved[source.id] += [_unflat(r) for r in result] if flat else cast(list[Resolved], result)
        words += part_words
        if part.end == len(source.blocks):
            if part.start:  # the last part of a long article: its pull quotes, over the whole article
                resolved[source.id] = pull_quotes(found_by_source[source.id], resolved[source.id], words)
            words = []
            if progress:
                progress(part.source + 1, len(sources))
    for source in sources:
        for r in resolved[source.id]:
            for who in r.members or ((r.who,) if r.who else ()):
                index.add(who, "person" if r.members else r.kind)
    quotes: list[Quote] = []
    used: dict[str, Speaker] = {}
    for source in sources:
        first_named, named = named_in[source.id]
        recent = _Recent(list(first_named))
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
            for inner in _nested(source, quotes[-1], index, recent):
                if inner.speaker_key:
                    used[inner.speaker_key] = index.speaker(inner.speaker_key)
                quotes.append(inner)
    # --- the outlets settle what one article cannot (see .settle) ---
    kinds = {key: speaker.kind for key, speaker in used.items()}
    quotes = voices(sources, settle(sources, quotes, kinds, workers), kinds)
    credited = {q.speaker_key for q in quotes}
    used = {key: speaker for key, speaker in used.items() if key in credited}
    # ---
    speakers = _unique_slugs(sorted(used.values(), key=lambda s: s.name))
    by_key = {s.key: s for s in speakers}
    quotes = [
        q._replace(speaker=name) if q.speaker_key and (name := by_key[q.speaker_key].name) != q.speaker else q
        for q in quotes
    ]
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
    index: SpeakerIndex, r: Resolved, recent: Iterable[str], scope: str = "", named: Mapping[str, int] | None = None
) -> Speaker | None:
    """The canonical speaker of a resolved phrase; two or more people named together make a joint speaker.

    Someone left unnamed ("a senior adviser", "one official") is nobody else's
    namesake: such a speaker belongs to its article (``scope``) alone. A thing
    ("a budget report") may be cited by several outlets and stays shared.
    """
    if not r.who:
        return None
    words = r.who.split()
    if (
        len(words) > 1
        and words[0].lower() in UNNAMED
        and any(w.lower() in PERSON_NOUNS for w in words[1:])  # a person noun: "a senior adviser"
        and not r.members
        and not index.owned_by_person(r.who, recent, named)  # "a spokesman for Holm": Ada Holm's spokesperson
    ):
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


def _nested(source: Source, outer: Quote, index: SpeakerIndex, recent: _Recent) -> list[Quote]:
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
    # The speakers the article quoted, the latest first, then those it names: "Marla called and said, '…'"
    # is the Marla Maples the article names.
    preferred = tuple(recent)
    for k, f in enumerate(found, 1):
        hit = attribute(scene, k - 1, NESTED)
        scene.hits.append(hit)
        speaker = None
        attribution = Attribution(None, reason=REASONS["none"])
        if hit and hit.mention.kind in {"person", "org"} and not _lone_word(source.raw, hit.mention, index):
            speaker = index.resolve(hit.mention.phrase, preferred)
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


def _lone_word(raw: str, m: Mention, index: SpeakerIndex) -> bool:
    """ "Part of my job is to say: '…'": a lone capitalised word the article also prints in lower case, and
    no one's name in the story, is a word opening the quote's sentence, not a speaker."""
    word = m.name.strip()
    if m.kind != "person" or m.title or " " in word or index.knows(word):
        return False
    return re.search(rf"(?<![\w'’]){re.escape(word.lower())}(?![\w'’])", raw) is not None


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
