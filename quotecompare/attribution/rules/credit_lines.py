"""Stage 3, attribution rules: a quotation credited by the line under it.

The layout of fact checks, round-ups of the day's quotes and embedded posts:
``“…”`` ¶ ``— Jo Ruiz, Dayton.``, or a post's text ¶ ``— Jo Ruiz (@joruiz) May 14, 2019``.
Used by :func:`~quotecompare.attribution.rules.cues.cue_after`.
"""

from __future__ import annotations

import re

from quotecompare.attribution.mentions import can_speak
from quotecompare.attribution.narration import Tok
from quotecompare.attribution.rules.clauses import _subject_phrase, _token_after
from quotecompare.attribution.rules.openers import DASHES
from quotecompare.attribution.scene import Hit, Scene
from quotecompare.text.lexicon import MONTHS_DAYS

_CREDIT_LINE_MAX = 16  # tokens: "— Jo Ruiz, a nurse from Dayton, after the rally."
# A link left in a post's text: "pic.twitter.com/abc", "https://t.co/abc".
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S*|\S+\.(?:com|org|net)/\S*")


def credit_line(scene: Scene, b: int) -> Hit | None:
    """Paragraph ``b``, a quotation alone (a post's links aside), credited by the short line after it, or
    by the same line after a dash (a post: ``“…” pic.twitter.com/x — Jo Ruiz (@joruiz) May 14, 2019``).

    The line opens with a dash and holds a name, then a title or place after a comma, or a
    post's account and date: ``— Jo Ruiz (@joruiz) May 14, 2019``. Such a line is no heading.
    """
    para = scene.paragraphs[b]
    k = 0
    while k < len(para.tokens) and (para.tokens[k].kind in {"q", "p"} or _linked(para.text, para.tokens[k])):
        if para.tokens[k].text in DASHES and k and para.tokens[k - 1].kind != "p":
            break  # the credit of a post, on its own line: "… pic.twitter.com/x — Jo Ruiz (@joruiz) …"
        k += 1
    if k < len(para.tokens):
        return _credited(para.tokens[k:], b, posted=True) if para.tokens[k].text in DASHES else None
    return _credited(scene.paragraphs[b + 1].tokens, b + 1) if b + 1 < len(scene.paragraphs) else None


def _credited(line: tuple[Tok, ...], b: int, posted: bool = False) -> Hit | None:
    """The one a credit line (from its dash) names: after a comma a title or place, or a post's account and date."""
    if len(line) < 2 or len(line) > _CREDIT_LINE_MAX or line[0].text not in DASHES:
        return None
    if any(tok.kind == "q" for tok in line):
        return None
    m = _subject_phrase(line, 1, len(line))
    if m is None or m.kind not in {"person", "org"} or not can_speak(m):
        return None
    end = after = _token_after(line, m.end)
    if end < len(line) and line[end].text == "(":
        end = _posted(line, end)
    elif end < len(line) and line[end - 1].text == ")" and _dated(line[end:]):
        end = len(line)  # the account read with the name, as a party tag is: "(@joruiz)", then the date
    if posted and (end == after or end < len(line)):
        return None  # in the post's own paragraph, only a post's credit: account and date
    if end < len(line) and line[end].text not in {",", "."}:
        return None
    return Hit(m, b, line[0].text)


def _linked(text: str, tok: Tok) -> bool:
    """A word of a link ("pic.twitter.com/abc"), which a post's text may end with."""
    return _LINK.fullmatch(text[tok.start : tok.end]) is not None or "/" in tok.text


def _posted(line: tuple[Tok, ...], k: int) -> int:
    """Past a post's account and date after a name (``(@joruiz) May 14, 2019``): the end of the line, if so."""
    close = next((n for n in range(k, len(line)) if line[n].text == ")"), None)
    if close is None or not any(tok.text.startswith("@") or tok.text == "@" for tok in line[k:close]):
        return k
    return len(line) if _dated(line[close + 1 :]) else k


def _dated(rest: tuple[Tok, ...]) -> bool:
    """A post's date and nothing else: "May 14, 2019"."""
    return all(tok.low in MONTHS_DAYS or tok.text.isdigit() or tok.text in {",", "."} for tok in rest)
