"""Bytes to text that survives a bad byte, and mojibake repaired.

Part of stage 1 (reading), pure:

* :func:`decode` reads UTF-8, where a stray byte that is not UTF-8 costs one
  character (read as Windows-1252) and a character cut off at the end of the
  file is left out; a file that is mostly not UTF-8 is Windows-1252;
* :func:`compose` joins letters and the accents typed after them ("Sarukha" +
  U+0301, as macOS and some sites write text) into one character each, so a
  name is one word, keeping each block's map back to the file's text;
* :func:`repair_mojibake` mends text that was wrongly decoded before it
  reached us ("FranÃ§ois", "itâ€™s") with ftfy, imported only when a block
  shows the marks of it, and keeps each block's map back to the file's text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from quotecompare.errors import InputError
from quotecompare.models import Block


def decode(name: str, data: bytes) -> tuple[str, list[str]]:
    """Decode article bytes; raise :class:`InputError` for binary data.

    UTF-8 it is, unless most of its non-ASCII bytes are not: then the file is
    Windows-1252. In UTF-8, a stray byte that is not (a Windows-1252 ``’``
    pasted in) is read as Windows-1252 on its own, so one bad byte costs one
    character, and a character cut off at the end of the file is dropped;
    the warning names the lines.

    >>> decode("a.txt", "caf\u00e9".encode("cp1252"))
    ('café', ['a.txt: not valid UTF-8, read as Windows-1252'])
    >>> decode("b.txt", "“Yes,” it\u2019s".encode() + b" isn\\x92t")
    ('“Yes,” it’s isn’t', ['b.txt: line 1: 1 byte that is not UTF-8 (0x92), read as Windows-1252'])
    >>> decode("u.txt", "\ufeffhi".encode("utf-16-le"))
    ('hi', [])
    """
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte order mark
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "binary file, not text") from None
    elif b"\x00" in data[:8192]:
        raise InputError(name, "binary file, not text")
    else:
        try:
            text = data.decode("utf-8")  # a byte order mark is stripped below ("utf-8-sig" costs a codec import)
        except UnicodeDecodeError:
            text, notes = _mostly_utf8(name, data)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    # Text has few control characters; a binary file without NUL bytes has many.
    sample = text[:8192]
    controls = len(sample) - len(sample.translate(_CONTROLS)) + sample.count("\ufffd")
    if sample and controls > max(8, len(sample) // 100):
        raise InputError(name, "binary file, not text")
    return text, notes


# Bytes that are not UTF-8, as surrogateescape decoding leaves them: one lone surrogate a byte.
_BAD_BYTES = "[\udc80-\udcff]+"
# A UTF-8 character's lead byte and the continuation bytes it still lacked when the file was cut.
_CUT_CHARACTER = b"(?:[\xc2-\xdf]|[\xe0-\xef][\x80-\xbf]?|[\xf0-\xf4][\x80-\xbf]{0,2})\\Z"


def _mostly_utf8(name: str, data: bytes) -> tuple[str, list[str]]:
    """Bytes that are not all UTF-8: repaired byte by byte when most of the file is UTF-8, else Windows-1252."""
    text = data.decode("utf-8-sig", "surrogateescape")
    bad = list(re.finditer(_BAD_BYTES, text))
    n_bad = sum(m.end() - m.start() for m in bad)
    if n_bad > sum(1 for c in text if "\u0080" <= c < "\udc80" or c > "\udcff"):
        return data.decode("cp1252", errors="replace"), [f"{name}: not valid UTF-8, read as Windows-1252"]
    if cut := re.search(_CUT_CHARACTER, data):
        text = data[: cut.start()].decode("utf-8-sig", "surrogateescape")
        bad = list(re.finditer(_BAD_BYTES, text))
        n_bad = sum(m.end() - m.start() for m in bad)
    notes = []
    if bad:
        lines = sorted({text.count("\n", 0, m.start()) + 1 for m in bad})
        shown = ", ".join(map(str, lines[:8])) + (", ..." if len(lines) > 8 else "")
        raw = bytes(ord(c) - 0xDC00 for m in bad[:3] for c in m.group(0))
        what = " ".join(f"0x{b:02x}" for b in raw) + (" ..." if n_bad > len(raw) else "")
        where = f"line{'s' if len(lines) > 1 else ''} {shown}"
        notes.append(
            f"{name}: {where}: {n_bad} byte{'s' if n_bad > 1 else ''} that {'are' if n_bad > 1 else 'is'} "
            f"not UTF-8 ({what}), read as Windows-1252"
        )
        text = re.sub(
            _BAD_BYTES, lambda m: bytes(ord(c) - 0xDC00 for c in m.group(0)).decode("cp1252", "replace"), text
        )
    if cut:
        line = text.count("\n") + 1
        notes.append(f"{name}: line {line}: the file ends in the middle of a character, which is left out")
    return text, notes


# Control characters a text file does not hold (deleted by str.translate, so counting is one C call).
_CONTROLS = dict.fromkeys(c for c in range(32) if chr(c) not in "\n\t\f\v")

# UTF-8 read as Windows-1252 or Latin-1: the lead byte of an accented Latin letter (Ã Ä Å), a symbol (Â) or
# punctuation (â: ’ “ — …) before what were continuation bytes. Other leads are left alone: too often real text.
# Patterns are strings, compiled by re on first use: most builds never need them (start-up counts).
_MOJIBAKE = (
    "[\u00c2-\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_WORD = r"\S+"
_LEADS = frozenset("\u00c2\u00c3\u00c4\u00c5\u00e2")


@lru_cache(maxsize=1)
def _ftfy() -> Any:
    try:
        import ftfy  # about 0.2 s to import: only for text that shows mojibake
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return ftfy


def repair_mojibake(blocks: list[Block]) -> tuple[list[Block], int]:
    """Blocks with mojibake mended word by word, and how many words were; each block still maps to the file.

    >>> blocks, n = repair_mojibake([Block("p", "FranÃ§ois said itâ€™s done.", ((0, 7),))])
    >>> blocks[0].text, n, blocks[0].raw_pos(blocks[0].text.index("said"))
    ('François said it’s done.', 2, 17)
    """
    # Most articles have no lead at all: found out in one pass over their whole text, not block by block.
    whole = "".join([block.text for block in blocks])
    if not any(lead in whole for lead in _LEADS):
        return list(blocks), 0
    out, fixed = [], 0
    for block in blocks:
        if _LEADS.isdisjoint(block.text) or not re.search(_MOJIBAKE, block.text) or (ftfy := _ftfy()) is None:
            out.append(block)
            continue
        edits = []
        for m in re.finditer(_WORD, block.text):
            if re.search(_MOJIBAKE, m.group(0)) and (new := ftfy.fix_encoding(m.group(0))) != m.group(0):
                edits.append((m.start(), m.end(), new))
        fixed += len(edits)
        out.append(_edited(block, edits) if edits else block)
    return out, fixed


_COMBINING = "[\u0300-\u036f]"  # combining diacritical marks: accents typed after their letter


def compose(blocks: list[Block]) -> list[Block]:
    """Blocks with each word's combining accents joined to their letters (NFC); each block still maps to the file.

    >>> block = compose([Block("p", "Ada Sarukha\u0301n said.", ((0, 0),))])[0]
    >>> block.text == "Ada Sarukh\u00e1n said.", block.raw_pos(block.text.index("said"))
    (True, 14)
    """
    if not re.search(_COMBINING, "".join([block.text for block in blocks])):
        return list(blocks)  # most articles: one pass over the whole text
    out = []
    for block in blocks:
        edits = [
            (m.start(), m.end(), new)
            for m in re.finditer(_WORD, block.text)
            if re.search(_COMBINING, m.group(0)) and (new := unicodedata.normalize("NFC", m.group(0))) != m.group(0)
        ]
        out.append(_edited(block, edits) if edits else block)
    return out


def _edited(block: Block, edits: list[tuple[int, int, str]]) -> Block:
    """``block`` with ``(start, end, new)`` replacements, its runs moved so every character maps to the file."""
    text, pieces, runs, delta, pos = block.text, [], {}, 0, 0
    breaks = [tp for tp, _ in block.runs]
    for start, end, new in [*edits, (len(text), len(text), "")]:
        for tp in [pos, *(b for b in breaks if pos < b < start)]:
            runs[tp + delta] = block.raw_pos(tp)
        pieces.append(text[pos:start])
        if new or end > start:
            runs[start + delta] = block.raw_pos(start)  # the mended word starts where the broken one did
            pieces.append(new)
        delta += len(new) - (end - start)
        pos = end
    return block._replace(text="".join(pieces), runs=tuple(sorted(runs.items())))
