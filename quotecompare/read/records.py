"""Read records: the speakers' own words outside the press (a transcript, a statement, a post).

Part of stage 1. A record is a file marked ``kind = "record"`` in
``sources.toml``, or any file in the folder's ``records/`` sub-folder; the
manifest may give it a ``speaker``, ``date``, ``url`` and ``title``.

A record is read as **turns**. A turn opens with a line that begins with a
speaker label and a colon (``SECRETARY HOLM:``, ``HARBOUR CHAIRMAN BRANDT:
(Via interpreter)``, ``MODERATOR:``, ``QUESTION:``, ``Q:``, ``Sergey Brandt:``)
and runs to the next label. Stage notes in parentheses or brackets are not
words. A record with no labels is its ``speaker``'s words. Labels are only
read here; :mod:`quotecompare.align.record` resolves them to the story's
speakers.

>>> r = parse_record("press.txt", "Press availability\\n\\nMODERATOR: Welcome.\\n\\n"
...                  "HARBOUR CHAIRMAN BRANDT: (Via interpreter) We are ready.\\n")
>>> r.title, [(t.label, r.raw[t.start:t.end].strip()) for t in r.turns]
('Press availability', [('MODERATOR', 'Welcome.'), ('HARBOUR CHAIRMAN BRANDT', '(Via interpreter) We are ready.')])
>>> r.words[r.turns[1].start:r.turns[1].end].strip()
'We are ready.'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from itertools import pairwise
from pathlib import Path

from quotecompare.errors import InputError, display_name
from quotecompare.models import Record, Turn
from quotecompare.read.boundary import Boundary
from quotecompare.read.decoding import decode
from quotecompare.read.metadata import date_from_name, date_line
from quotecompare.read.sources import (
    ARTICLE_SUFFIXES,
    MANIFEST,
    RECORDS_DIR,
    Manifest,
    SourceFields,
    html_blocks,
    is_record,
)
from quotecompare.text.slugs import slugify, unused

# A speaker label at the start of a line: capitals ("SECRETARY HOLM", "Q", "MR. PRICE"),
# or a name in title case ("Sergey Brandt", "Mr. Brandt"); then, maybe, a note, and the colon.
_LABEL = re.compile(
    r"^[ \t>*_]*"
    r"(?P<label>[A-Z][A-Z0-9.'’-]*(?:[ \t]+(?:[A-Z][A-Z0-9.'’-]*|of|the|de|al|von|van|bin))*"
    r"|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
    r"(?P<note>[ \t]*[(\[][^)\]\n]{0,60}[)\]])?[*_]{0,2}[ \t]*:[*_]{0,2}(?=[ \t]|$)",
    re.M,
)
# Words before a colon that head a line without naming anyone.
_NOT_LABELS = frozenset(
    "note update editor's note source url original url link date title transcript location time place subject re "
    "ps photo caption correction related watch read video audio contact email phone tags category posted "
    "published updated by as prepared for delivery release for immediate release".split()
)
# Roles a one-word label in title case may name ("Question:", "Moderator:").
ROLES = frozenset(
    "q a question answer moderator interpreter reporter participant audience voice operator host chair "
    "chairman chairwoman presenter interviewer journalist staff".split()
)
MAX_LABEL_WORDS = 6
# Stage notes: "(Via interpreter)", "(Laughter.)", "[inaudible]", "[crosstalk]".
_NOTE = re.compile(r"\([^()\n]{0,200}\)|\[[^\[\]\n]{0,200}\]")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _labels(text: str) -> list[re.Match[str]]:
    """The label lines of a record; a one-word label in title case only if a role or used twice."""
    found = []
    for m in _LABEL.finditer(text):
        label = m.group("label").strip()
        words = label.split()
        if len(words) > MAX_LABEL_WORDS or label.lower().rstrip(".") in _NOT_LABELS:
            continue
        found.append(m)
    counts = Counter(m.group("label").strip() for m in found)
    return [
        m
        for m in found
        if (label := m.group("label").strip()).isupper() or " " in label or label.lower() in ROLES or counts[label] > 1
    ]


def _title(text: str, start: int, end: int) -> tuple[str | None, int]:
    """A short first line standing alone above the words: the record's title, and where the words begin."""
    head = text[start:end].lstrip()
    lead = end - start - len(head)
    first = _PARAGRAPH.split(head, maxsplit=1)
    line = first[0].strip()
    if len(first) < 2 or "\n" in line or not line or len(line.split()) > 20 or line[-1] in '.!?"”»:':
        return None, start
    return line.strip("#*_ \t"), start + lead + len(first[0])


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` replaced by spaces (newlines kept), so offsets stay the same."""
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def parse_record(name: str, raw: str, fields: SourceFields | None = None, record_id: str | None = None) -> Record:
    """One record's text as turns; ``fields`` are what the manifest says of it."""
    fields = fields or SourceFields()
    if Path(name).suffix.lower() in {".html", ".htm"}:
        raw, _, _ = html_blocks(name, raw)
    labels = _labels(raw)
    turns: list[Turn] = []
    header_end = labels[0].start() if labels else len(raw)
    title, body = _title(raw, 0, header_end)
    if labels and title is None:  # a transcript's heading: its first line above the first turn
        first = next((line.strip("#*_ \t") for line in raw[:header_end].splitlines() if line.strip()), "")
        title = first if 0 < len(first.split()) <= 25 else None
    if labels:
        for n, m in enumerate(labels):
            end = labels[n + 1].start() if n + 1 < len(labels) else len(raw)
            turns.append(Turn(m.group("label").strip(), m.end(), end))
    elif raw[body:].strip():
        turns.append(Turn(None, body, len(raw), fields.get("speaker")))
    if not turns:
        raise InputError(name, "no words in this record")
    outside = [(0, turns[0].start)] + [(a.end, b.start) for a, b in pairwise(turns)]
    notes = [(m.start(), m.end()) for t in turns for m in _NOTE.finditer(raw, t.start, t.end)]
    header = raw[:header_end] if labels else raw[:body]
    date = fields.get("date") or next(
        (found.date for line in header.splitlines() if (found := date_line(line.strip(" #*_"))) is not None),
        None,
    )
    return Record(
        id=record_id or slugify(Path(name).stem),
        file=name,
        title=fields.get("title")
        or title
        or (f"{fields['speaker']}'s own words" if fields.get("speaker") else Path(name).stem),
        speaker=fields.get("speaker"),
        date=date or date_from_name(name),
        url=fields.get("url"),
        raw=raw,
        words=_blank(raw, outside + notes),
        turns=tuple(turns),
    )


def record_files(folder: Path, manifest: Manifest, boundary: Boundary) -> list[tuple[str, Path]]:
    """(manifest name, path) of every record of ``folder``: marked in the manifest, or in ``records/``.

    A ``records/`` that leads out of ``boundary`` is not read (reading the articles has said so).
    """
    named = [(n, folder / n) for n, fields in (manifest.sources or {}).items() if is_record(n, fields)]
    sub = folder / RECORDS_DIR
    if sub.is_dir() and boundary.escape(sub) is None:
        for path in sorted(sub.iterdir()):
            if path.name.startswith(".") or not path.is_file() or path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            key = f"{RECORDS_DIR}/{path.name}"
            if all(p != path for _, p in named):
                named.append((key, path))
    return sorted(named, key=lambda item: item[0])


def read_records(
    folder: Path, manifest: Manifest, taken: Collection[str] = (), boundary: Boundary | None = None
) -> tuple[list[Record], list[str]]:
    """Every record of ``folder``, with warnings; ids unique among themselves and the articles' ``taken`` ids.

    A record that cannot be read is skipped with a warning, as an article is;
    a record the manifest names that is not there is an error.
    """
    records: list[Record] = []
    warnings: list[str] = []
    used = set(taken)
    boundary = boundary or Boundary.around(folder)
    for key, path in record_files(folder, manifest, boundary):
        shown = display_name(key)
        if (real := boundary.escape(path)) is not None:
            warnings.append(boundary.skipped(path, real))
            continue
        if not path.is_file():
            raise InputError(MANIFEST, f"no record file named {shown}")
        try:
            text, notes = decode(shown, path.read_bytes())
            record = parse_record(shown, text, (manifest.sources or {}).get(key, {}), unused(slugify(path.stem), used))
        except OSError as exc:
            warnings.append(f"{shown}: skipped, cannot read ({exc.strerror or exc})")
            continue
        except InputError as exc:
            warnings.append(f"{exc.file}: skipped, {exc.message}")
            continue
        used.add(record.id)
        warnings += notes
        records.append(record)
    return records, warnings
