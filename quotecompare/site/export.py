"""``data/quotes.json``: the researchers' export of a story.

Stage 6a of the pipeline, pure: :func:`quotes_json_text` streams the export
piece by piece, so a story of any size is never held as one string;
:func:`quotes_json` gives the same as one object.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from quotecompare.align.diffing import fragment_side
from quotecompare.models import Flag, Quote, RecordMatch, Story
from quotecompare.site.views import word_count


def _attribution_json(q: Quote) -> dict[str, Any] | None:
    """How the speaker was found: rule, evidence span (raw offsets), the name a pronoun stands for, or why none.

    A quote settled by other outlets (rule ``other_outlets``) lists their cues in ``elsewhere``.
    """
    a = q.attribution
    if a is None:
        return None
    out: dict[str, Any] = {"rule": a.rule, "evidence": _span(a.evidence)}
    if a.resolved:
        out["resolved"] = list(a.resolved)
    if a.reason:
        out["reason"] = a.reason
    if a.elsewhere:  # settled by other outlets: their cues, and what this article said
        out["elsewhere"] = [
            {"source": e.source, "quote": e.quote, "rule": e.rule, "words": e.words, "evidence": _span(e.evidence)}
            for e in a.elsewhere
        ]
        out["replaced"] = a.replaced
    return out


def _flags_json(flags: tuple[Flag, ...]) -> list[dict[str, str]]:
    return [{"kind": f.kind, "words": f.words, "where": f.where, "side": f.side} for f in flags]


def _match_json(m: RecordMatch) -> dict[str, Any]:
    """A quote's passage of the record: raw offsets into the record's file, and the pieces a splice joins."""
    out: dict[str, Any] = {"source": m.record, "start": m.start, "end": m.end, "score": m.score}
    if m.record is None:
        out["start"] = out["end"] = None
    if len(m.pieces) > 1:
        out["pieces"] = [list(p) for p in m.pieces]
    out["flags"] = _flags_json(m.flags)
    return out


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return list(span) if span else None


def _records(story: Story) -> list[tuple[str, Iterator[dict[str, Any]]]]:
    """The export's lists, each a stream of records.

    Quoted words nobody is credited with (titles, labels, scare quotes) are
    ``terms``, not quotations; a quoted term the narration credits to someone
    stays among the ``quotes`` with ``"kind": "term"``.
    """
    slugs = {s.key: s.slug for s in story.speakers}
    blocks = {s.id: s.blocks for s in story.sources}
    texts = {q.id: q.text for q in story.quotes}
    matches = {m.quote: m for m in story.matches}

    def raw_span(source: str, block: int, start: int, end: int) -> list[int]:
        b = blocks[source][block]
        return [b.raw_pos(start), b.raw_pos(end - 1) + 1]

    def record(q: Quote) -> dict[str, Any]:
        out = {
            "id": q.id,
            "source": q.source,
            "speaker": q.speaker,
            "speaker_id": slugs.get(q.speaker_key or ""),
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "segments": [raw_span(q.source, s_.block, s_.start, s_.end) for s_ in q.spans],
            "cue": q.cue,
            "kind": q.kind,
            "within": q.within,
            "attribution": _attribution_json(q),
        }
        if q.id in matches:
            out["record"] = _match_json(matches[q.id])
        return out

    sources = (
        {
            "id": s.id,
            "file": s.file,
            "title": s.title,
            "outlet": s.outlet,
            "date": s.date,
            "url": s.url,
            "format": s.fmt,
        }
        for s in story.sources
    )
    speakers = (
        {"id": s.slug, "name": s.name, "aliases": list(s.aliases), "kind": s.kind, "type": s.type}
        for s in story.speakers
    )
    quotes = (record(q) for q in story.quotes if q.kind == "quote" or q.speaker_key)
    terms = (record(q) for q in story.quotes if q.kind == "term" and not q.speaker_key)
    statements = (
        {"id": st.id, "speaker": slugs[st.speaker_key], "quotes": list(st.quotes), "kinds": dict(st.kinds)}
        for st in story.statements
    )
    links = (
        {
            "quotes": [lk.a, lk.b],
            "kind": lk.kind,
            "score": lk.score,
            "same_speaker": lk.same_speaker,
            # One quote is a fragment of the other; the kind says how its words compare.
            "partial": fragment_side(lk.opcodes, word_count(texts[lk.a]), word_count(texts[lk.b])) is not None,
            "flags": _flags_json(lk.flags),
        }
        for lk in story.links
    )
    records = (
        {
            "id": r.id,
            "file": r.file,
            "title": r.title,
            "speaker": r.speaker,
            "date": r.date,
            "url": r.url,
            "turns": [
                {
                    "label": t.label,
                    "speaker": t.speaker,
                    "speaker_id": slugs.get(t.speaker_key or ""),
                    "start": t.start,
                    "end": t.end,
                }
                for t in r.turns
            ],
        }
        for r in story.records
    )
    return [
        ("sources", sources),
        *([("records", records)] if story.records else []),
        ("speakers", speakers),
        ("quotes", quotes),
        ("terms", terms),
        ("statements", statements),
        ("links", links),
    ]


def quotes_json(story: Story) -> dict[str, Any]:
    """The researchers' export as one object: sources, speakers, quotes, terms, statements and links."""
    return {"story": {"title": story.title}} | {name: list(records) for name, records in _records(story)}


def quotes_json_text(story: Story) -> Iterator[str]:
    """The export as JSON text, piece by piece: one record per line, deterministic bytes.

    Each record goes through ``json.dumps``, which uses the C encoder (an
    indented dump of the whole object falls back to pure Python), and nothing
    holds the whole text at once.
    """
    # One encoder for every record (json.dumps with an option makes a new one each time): what
    # json.dumps(record, ensure_ascii=False) writes.
    encode = json.JSONEncoder(ensure_ascii=False).encode
    yield '{"story": ' + encode({"title": story.title})
    for name, records in _records(story):
        yield f',\n"{name}": ['
        sep = "\n"
        for record in records:
            yield sep + encode(record)
            sep = ",\n"
        yield "\n]"
    yield "}\n"
