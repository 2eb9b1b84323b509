"""Quotes against the record: where each quote's words stand in the speakers' own words.

Part of stage 4, for a story with records (:mod:`quotecompare.read.records`):

* :func:`resolve_turns` names each turn's speaker as the story names them: a
  label is resolved like any mention ("HARBOUR CHAIRMAN BRANDT" is Sergei
  Brandt), through a :class:`~quotecompare.attribution.speakers.SpeakerIndex`
  of the story's speakers; "MODERATOR" or "QUESTION" are roles, nobody quoted;
* :func:`match_quotes` aligns each quote with the passage it comes from: a
  local alignment over the turns of the quote's speaker in every record
  (:func:`~quotecompare.align.local.locate`), the closest record winning,
  then over every turn. It flags a quote that is **not in the record** (its
  speaker has a record of the event, no passage matches) and one whose words
  **the record gives to someone else**, and checks each quote against its
  passage for differences that may change the meaning (:mod:`.meaning`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from quotecompare.align.alignment import STOPWORDS
from quotecompare.align.local import Encoder, Piece, locate, similarity, span_piece
from quotecompare.align.meaning import Text, context, flags, prepare, prepared
from quotecompare.attribution.speakers import SpeakerIndex, split_mention
from quotecompare.models import Flag, Quote, Record, RecordMatch, Source, Speaker
from quotecompare.read.records import ROLES
from quotecompare.text.normalise import stem

# A quote matches a passage at this similarity (0-100, its words against the passage's).
MATCH_MIN = 60.0
# A quote longer than its passage still matches it when this many of its words stand there,
# this close (0-100) to the passage; the rest of the quote is flagged as not in the record.
PART_MIN_WORDS = 5
PART_SIMILARITY = 80.0
# Words are someone else's when another speaker's turn holds them this much more closely than
# the speaker's own, and at least this many words match there.
OTHER_MARGIN = 15.0
OTHER_MIN_WORDS = 4
# Against a record that does not hold the quote's speaker, words are someone else's only when
# the quote is the passage, near word for word, and long enough not to be a common phrase.
SAME_WORDS = 90.0
SAME_WORDS_MIN = 8
_ROLE_NAMES = {"q": "Question", "a": "Answer"}


def label_name(label: str) -> str:
    """A label as a name: capitals to title case ("HARBOUR CHAIRMAN BRANDT" -> "Harbour Chairman Brandt").

    >>> label_name("MS. ORTAGUS"), label_name("Q"), label_name("Sergey Brandt")
    ('Ms. Ortagus', 'Question', 'Sergey Brandt')
    """
    words = label.split()
    if label.isupper():
        words = [w[0] + w[1:].lower() for w in words]
    text = " ".join(words)
    return _ROLE_NAMES.get(text.lower(), text)


def resolve_turns(records: Iterable[Record], speakers: list[Speaker]) -> list[Record]:
    """Records with each turn's speaker named and keyed as the story's speakers are."""
    index = SpeakerIndex()
    for s in speakers:
        if s.kind == "person":
            for form in (s.name, *s.aliases):
                if split_mention(form).kind == "name":
                    index.add(form)
        elif s.kind == "other" and not s.key.startswith("~"):
            index.add(s.name)
    by_key = {s.key: s for s in speakers}
    surnames: dict[str, list[str]] = {}
    for s in speakers:
        if s.kind == "person":
            surnames.setdefault(s.key.split("|")[0], []).append(s.key)

    def who(phrase: str) -> tuple[str, str | None]:
        name = label_name(phrase)
        if name.lower().rstrip(".") in ROLES:
            return name, None
        mention = split_mention(name)
        key = index.key_for(name)
        if key not in by_key and mention.name:
            # "Sergey Brandt" for the story's "Sergei Brandt": the one person of that surname.
            same = surnames.get(mention.name.split()[-1].lower(), [])
            key = same[0] if len(same) == 1 else key
        return (by_key[key].name, key) if key in by_key else (mention.name or name, None)

    out = []
    for r in records:
        turns = []
        for t in r.turns:
            phrase = t.label or r.speaker
            name, key = who(phrase) if phrase else (None, None)
            turns.append(t._replace(speaker=name, speaker_key=key))
        out.append(r._replace(turns=tuple(turns)))
    return out


class _Record:
    """One record prepared for alignment: its words, their turns, and views on one speaker's turns."""

    def __init__(self, record: Record, enc: Encoder) -> None:
        self.record = record
        starts = [t.start for t in record.turns]
        text = prepare(record.words)
        turn_of = [bisect_right(starts, tok.start) - 1 for tok in text.toks]
        self.text: Text = text._replace(turns=turn_of)
        self.norms = [t.norm for t in text.toks]
        self.code = enc.encode([stem(n) for n in self.norms])
        self.chars = frozenset(self.code)
        self._views: dict[str, tuple[list[int], str, list[str]]] = {}

    def speakers(self) -> set[str]:
        return {t.speaker_key for t in self.record.turns if t.speaker_key}

    def view(self, key: str) -> tuple[list[int], str, list[str]]:
        """The words of ``key``'s turns: their indexes, their code and their folded words."""
        hit = self._views.get(key)
        if hit is None:
            turns = {n for n, t in enumerate(self.record.turns) if t.speaker_key == key}
            idx = [i for i, t in enumerate(self.text.turns or ()) if t in turns]
            hit = self._views[key] = (idx, "".join(self.code[i] for i in idx), [self.norms[i] for i in idx])
        return hit

    def turn_at(self, i: int) -> int:
        return (self.text.turns or [0])[i]


class _Found:
    def __init__(self, score: float, rec: _Record, pieces: list[Piece]) -> None:
        self.score, self.rec, self.pieces = score, rec, pieces
        main = max(pieces, key=lambda p: p.matched)
        self.turn = rec.turn_at(main.r0)
        self.matched = sum(p.matched for p in pieces)


def _content_matched(pieces: list[Piece], qn: list[str]) -> int:
    return sum(1 for p in pieces for op in p.ops if op[0] == "equal" for w in qn[op[1] : op[2]] if w not in STOPWORDS)


def _best(qt: Text, qe: str, recs: list[_Record], key: str | None) -> _Found | None:
    """The closest passage to a quote in ``key``'s turns (every turn when None), over all records."""
    qn = [t.norm for t in qt.toks]
    best: _Found | None = None
    for rec in recs:
        if key is None:
            pieces = locate(qe, rec.code, qn, rec.norms)
        else:
            idx, code, norms = rec.view(key)
            if not idx:
                continue
            found = locate(qe, code, qn, norms)
            # Back to the whole record's words: a piece across two of the speaker's turns takes in what lies between.
            pieces = [
                p
                for v in found
                if (p := span_piece(v.q0, v.q1, idx[v.r0], idx[v.r1 - 1] + 1, qn, rec.norms)) is not None
            ]
        if not pieces or not _content_matched(pieces, qn):
            continue
        score = similarity(pieces, len(qn))
        if best is None or score > best.score:
            best = _Found(score, rec, pieces)
    return best


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _matches(found: _Found | None) -> bool:
    """A passage matches the quote, or a stretch of the quote stands in the record word for word, near enough."""
    if found is None:
        return False
    if found.score >= MATCH_MIN:
        return True
    size = sum(p.q1 - p.q0 + p.r1 - p.r0 for p in found.pieces)
    return found.matched >= PART_MIN_WORDS and 200 * found.matched >= PART_SIMILARITY * size


def _rest(qt: Text, pieces: list[Piece]) -> Flag | None:
    """Words of the quote found nowhere in its passage: the part of it that is not in the record."""
    covered = [False] * len(qt.toks)
    for p in pieces:
        covered[p.q0 : p.q1] = [True] * (p.q1 - p.q0)
    runs, start = [], None
    for i, c in enumerate([*covered, True]):
        if not c and start is None:
            start = i
        elif c and start is not None:
            runs.append((start, i))
            start = None
    if sum(e - s for s, e in runs) < PART_MIN_WORDS:
        return None
    words = " … ".join(qt.text[qt.toks[s].start : qt.toks[e - 1].end] for s, e in runs)
    return Flag("not_in_record", _short(words), "the rest of the quote is not in the record", "quote")


def _match(q: Quote, found: _Found, extra: tuple[Flag, ...] = ()) -> RecordMatch:
    rec, toks = found.rec, found.rec.text.toks
    spans = tuple((toks[p.r0].start, toks[p.r1 - 1].end) for p in found.pieces)
    qt = prepared(q.text)
    rest = _rest(qt, found.pieces)
    extra += (rest,) if rest else ()
    meaning = flags(rec.text, qt, found.pieces, ("record", "quote"))
    return RecordMatch(
        q.id, rec.record.id, spans[0][0], max(e for _, e in spans), found.score, found.turn, spans, extra + meaning
    )


def match_quotes(records: list[Record], quotes: list[Quote], sources: list[Source]) -> list[RecordMatch]:
    """Each quote's passage of the records (or a flag that it has none), in the quotes' order.

    ``records`` have their turns resolved (:func:`resolve_turns`). A record
    covers a quote's event unless both are dated and the record is later
    than the article.
    """
    enc = Encoder()
    recs = [_Record(r, enc) for r in records if r.turns]
    dates = {s.id: s.date for s in sources}
    out: list[RecordMatch] = []
    for q in quotes:
        if q.kind != "quote":
            continue
        qt = prepared(q.text)
        if not qt.toks:
            continue
        qe = enc.encode([stem(t.norm) for t in qt.toks])
        chars = set(qe)
        near = [r for r in recs if not chars.isdisjoint(r.chars)]
        key = q.speaker_key
        own = _best(qt, qe, near, key) if key else None
        anyone = _best(qt, qe, near, None)
        if own is not None and _matches(own):
            theirs = anyone is not None and anyone.rec.record.turns[anyone.turn].speaker_key != key
            if not (theirs and anyone and anyone.score >= own.score + OTHER_MARGIN):
                out.append(_match(q, own))
                continue
        if anyone is not None and _matches(anyone):
            turn = anyone.rec.record.turns[anyone.turn]
            enough = anyone.matched >= min(OTHER_MIN_WORDS, len(qt.toks)) and len(qt.toks) >= 3
            # The record speaks for the quote's speaker when it holds their turns too; else only the same
            # words, whole, tell that they are someone else's (a father's words a daughter echoes are his).
            same_words = anyone.score >= SAME_WORDS and anyone.matched == len(qt.toks) >= SAME_WORDS_MIN
            if key and turn.speaker_key != key and enough and (key in anyone.rec.speakers() or same_words):
                p = max(anyone.pieces, key=lambda p: p.matched)
                whose = turn.speaker or turn.label or "someone else"
                where = f"in {whose}'s turn: {context(anyone.rec.text, p.r0, p.r1)}"
                out.append(_match(q, anyone, (Flag("other_speaker", whose, where, "record"),)))
                continue
            if not key:
                out.append(_match(q, anyone))
                continue
        date = dates.get(q.source)
        covering = [r for r in recs if key in r.speakers() and not (r.record.date and date and r.record.date > date)]
        if key and covering:
            titles = ", ".join(r.record.title for r in covering)
            score = max((f.score for f in (own, anyone) if f is not None), default=0.0)
            flag = Flag("not_in_record", _short(q.text), f"no passage of {q.speaker}'s words in {titles}", "quote")
            out.append(RecordMatch(q.id, None, 0, 0, score, None, (), (flag,)))
    return out
