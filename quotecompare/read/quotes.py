"""Find direct quotations in article text.

Stage 2 of the pipeline: :func:`extract` scans each body block of a
:class:`~quotecompare.models.Source` for quotation marks and returns the
quotations as :class:`Found` records (spans into block text, marks excluded).

Handled: curly and straight double quotes (straight ones told apart by the
characters around them), guillemets, nested single quotes (kept inside the
outer quote), double marks nested the same way (“…” inside "…" and the
reverse; "…" inside "…" when two closing marks follow), partial quotes inside
narration, ellipses, a quote running over several paragraphs (each new paragraph reopens it, or it is left open), a
paragraph that closes a quote it never opened, articles that use single
quotes, curly or straight, as their primary marks (British style, double marks
inside them), a paragraph quoted whole in single marks in an article that
otherwise uses double ones (a pull quote), and an embedded post's text with
no marks above its credit line (``— Jo Ruiz (@joruiz) May 14, 2019``).

>>> [f.text for f in extract_text('He said "we are ready," and left. “Let’s try.”')]
['we are ready,', 'Let’s try.']
>>> [f.text for f in extract_text('Scholz called it „a mistake“. „Wir schaffen das“, sagte sie.')]
['a mistake', 'Wir schaffen das']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotecompare.models import Block, Source, Span, Struct

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
STRAIGHT = '"'
STRAIGHT_SINGLE = "'"
DOUBLE_MARKS = OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT
_OPENER_BEFORE = set(" \t\n([{—–-/:;")
_ANY_MARK = re.compile(f"[{re.escape(DOUBLE_MARKS + STRAIGHT_SINGLE)}‘’]")


class Found(Struct):
    __slots__ = ("spans", "text", "unclosed")

    def __init__(self, spans: tuple[Span, ...], text: str, unclosed: bool = False) -> None:
        self.spans = spans
        self.text = text
        self.unclosed = unclosed


def _mark_roles(text: str, single: bool) -> list[tuple[int, str]]:
    """Return ``(index, "open"|"close"|"either")`` for each quotation mark."""
    roles: list[tuple[int, str]] = []
    opens, closes = ("‘", "’") if single else (OPEN_DOUBLE, CLOSE_DOUBLE)
    n = len(text)
    low_nine = False  # a German „ is open: its “ closes it
    for m in _ANY_MARK.finditer(text):  # only marks can have a role: skip the other characters in C
        i, ch = m.start(), m.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if low_nine and ch == "“":
            roles.append((i, "close"))  # „Ein Fehler“
            low_nine = False
        elif ch in opens and not single and before in ",.!?" and i and (after.isspace() or after in ",.;:)"):
            roles.append((i, "close"))  # a close typed as an open: "… here,“ said Clyburn"
        elif ch in opens:
            roles.append((i, "open"))
            low_nine = ch == "„"
        elif ch in closes:
            # In single-quote mode ’ is usually an apostrophe (it’s, Russia’s).
            # After a comma or a full stop it closes, a space left out: "…,’Clinton said".
            if single and (after.isalnum() or (before.isalpha() and after == "s")) and before not in ",.!?":
                continue
            roles.append((i, "close"))
        elif (
            ch == STRAIGHT_SINGLE
            and single
            and (
                (before.isalnum() and after.isalnum()) or (text[i + 1 : i + 3].isdigit() and text[i + 3 : i + 4] == "s")
            )
        ):
            continue  # an apostrophe: it's, O'Brien, the '90s
        elif (ch == STRAIGHT and not single) or (ch == STRAIGHT_SINGLE and single):
            can_open = (before.isspace() or before in _OPENER_BEFORE or before in OPEN_DOUBLE) and not after.isspace()
            can_close = not before.isspace() and (after.isspace() or not after.isalnum())
            # "… 'Oh, this is important,' " he said": a spaced mark after an inner quote closes.
            if not single and before.isspace() and after.isspace() and text[max(0, i - 2) : i - 1] in ("'", "’"):
                can_close = True
            if can_open and not can_close:
                roles.append((i, "open"))
            elif can_close and not can_open:
                roles.append((i, "close"))
            elif can_open or can_close or (before in ",.!?" and after.isalpha()):
                # (the last: a space left out, ',"Jo said' closing a quote or 'said,"Yes' opening one)
                roles.append((i, "either"))
    # (Asked only of a paragraph with a closing mark after a space: most have none.)
    if single:
        return _plural_possessives(text, roles) if "s’ " in text else roles
    return roles if " ”" not in text and " »" not in text else _opens_typed_as_closes(text, roles)


def _plural_possessives(text: str, roles: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """In single-mark copy, drop a close after an s and before a word when the next mark closes too.

    ‘a little boys’ club, they decide,’ he said: the quotation cannot close twice,
    so the first ’ is a plural possessive. (‘the boys’ and ‘the girls’ keep both.)

    >>> t = "‘a little boys’ club and they decide,’ he said"
    >>> [i for i, _ in _plural_possessives(t, [(0, "open"), (14, "close"), (37, "close")])]
    [0, 37]
    """
    out: list[tuple[int, str]] = []
    for k, (i, role) in enumerate(roles):
        possessive = role == "close" and text[i - 1] == "s" and text[i + 1 : i + 3].startswith(" ")
        possessive = possessive and text[i + 2 : i + 3].isalpha() and text[i + 2].islower()
        if possessive and k + 1 < len(roles) and roles[k + 1][1] == "close" and out and out[-1][1] == "open":
            continue
        out.append((i, role))
    return out


def _opens_typed_as_closes(text: str, roles: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A closing mark after a space and before a word opens, where the paragraph has closes to spare.

    Not at a paragraph's start, where a close may end a quote the paragraph before left open.

    >>> text = "to let aides ”get close to Ben.”"
    >>> [r for _, r in _opens_typed_as_closes(text, [(13, "close"), (31, "close")])]
    ['open', 'close']
    >>> [r for _, r in _opens_typed_as_closes("“we won ”and left", [(0, "open"), (8, "close")])]
    ['open', 'close']
    """
    spare = sum(r == "close" for _, r in roles) - sum(r == "open" for _, r in roles)
    out = list(roles)
    for k, (i, role) in enumerate(roles):
        if spare <= 0:
            break
        typed = role == "close" and 0 < i < len(text) - 1 and text[i - 1].isspace() and text[i + 1].isalpha()
        if typed and any(r in ("close", "either") for _, r in roles[k + 1 :]):
            out[k] = (i, "open")  # "… let aides ”get close to Ben.”": an open typed as a close
            spare -= 2
    return out


# A mark that opens: after a space, a bracket or a dash (or first), before a word. The mark comes
# first in the pattern, so the scan looks only at marks.
_OPENING = r'(?:["«\']|[‘“„])(?<![^\s(\[—–-].)(?=[^\W\d_]|[$£]|€)'  # compiled on first use


def _uses_single_quotes(texts: Sequence[str]) -> bool:
    """True for articles quoting with ‘…’ or '…': never with double marks, or with them only inside.

    British copy puts a quotation within a quotation in double marks, so double
    marks do not make an article American. The first mark that opens in a
    paragraph opens its outer quotation, and the marks of its family opening
    there count for it: ‘ must open half as many again as the double marks (in
    American copy ‘ opens inner quotations and headlines' quotations; on PolNeAR,
    never more often than the double marks).

    >>> _uses_single_quotes(["‘We were told “wait”,’ she said. ‘Now?’", "Headline “in doubles”"])
    True
    >>> _uses_single_quotes(["Mayor: ‘We wait’", "“We were told ‘wait’,” she said.", "“Now?”"])
    False
    >>> _uses_single_quotes(["'We were told “wait”,' she said. 'Now?'", "'Never.'", "It's 'over'."])
    True
    """
    if any(ch in text for text in texts for ch in DOUBLE_MARKS):
        if not any("‘" in text or " '" in text or text.startswith("'") for text in texts):
            return False
        singles = doubles = curly = 0
        for text in texts:
            marks = re.findall(_OPENING, text)
            ones = sum(m in "‘'" for m in marks)
            if marks and marks[0] in "‘'":
                singles += ones
                curly += marks.count("‘")
            elif marks:
                doubles += len(marks) - ones
        # A straight ' may open a word ("'Tis", a pull quote): without a curly ‘, three at least.
        return 2 * singles > 3 * doubles and (curly > 0 or singles >= 3)
    text = "\n".join(texts)
    return "‘" in text or _INNER_OPEN.search(text) is not None


def _single_quoted_paragraph(text: str) -> tuple[int, int] | None:
    """The inside of a paragraph that is one quotation in single marks and holds no double ones.

    >>> _single_quoted_paragraph("'We will not give up on this town.'"), _single_quoted_paragraph("'Tis the season.")
    ((1, 34), None)
    """
    if len(text) < 3 or text[0] not in "'‘" or text[-1] not in "'’" or any(ch in text for ch in DOUBLE_MARKS):
        return None
    start, end = trim(text, 1, len(text) - 1)
    return (start, end) if len(text[start:end].split()) >= 3 else None


def _mark_in_words(text: str, i: int) -> bool:
    """A closing mark right before punctuation and another closing mark: "6’2”,” he said"."""
    return text[i + 1 : i + 3] in (",”", ".”") or text[i + 1 : i + 2] == "”"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved inward past white space at either end of ``text[start:end]``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paired_singles(text: str) -> str:
    """``text`` with each ``''`` typed for a double mark read as one (same length, so offsets hold).

    An opening pair becomes a space and ``"``, a closing one ``"`` and a space: ``''We won,'' he
    said`` reads as ``"We won," he said``.

    >>> _paired_singles("He said ''no.'' Then left.")
    'He said  "no."  Then left.'

    Three marks are a double and a single one, the single inside: a quotation within a
    quotation closing with it (``''Say 'old-school,''' he said``).

    >>> _paired_singles("''Say 'old,''' he said.") == ' "Say ' + "'old,'" + '"  he said.'
    True
    """
    if "''" not in text:
        return text
    out, pos = [], 0
    for m in re.finditer("'''|''", text):
        i = m.start()
        opens = i == 0 or text[i - 1].isspace() or text[i - 1] in _OPENER_BEFORE
        if len(m.group()) == 3:
            out.append(text[pos:i] + (" \"'" if opens else "'\" "))
        else:
            out.append(text[pos:i] + (' "' if opens else '" '))
        pos = m.end()
    return "".join(out) + text[pos:]


def extract_blocks(blocks: Sequence[Block]) -> list[Found]:
    """Scan blocks for quotations; see the module docstring for the rules."""
    texts = [_paired_singles(b.text) for b in blocks]
    single = _uses_single_quotes(texts)
    found: list[Found] = []
    pending: list[Span] = []  # spans of a quote still open at a block's end
    for bi, text in enumerate(texts):
        if not single and not pending and (whole := _single_quoted_paragraph(text)):
            found.append(_finish(blocks, [Span(bi, *whole)]))
            continue
        roles = _mark_roles(text, single)
        inside = False
        start = 0
        closed_here = 0
        if pending:
            first_open = roles[0] if roles and roles[0][1] in ("open", "either") else None
            if first_open and not text[: first_open[0]].strip():
                inside, start = True, first_open[0] + 1
                roles = roles[1:]
            elif roles and roles[0][1] == "close" and text[roles[0][0] - 1] in ",.!?—–-…":
                # The quote goes on without a reopening mark and closes here: “… \n\n …,” he said.
                inside, start = True, 0
            else:
                found.append(_finish(blocks, pending, unclosed=True))
                pending = []
        skip_to = -1
        for k, (i, role) in enumerate(roles):
            if k <= skip_to:
                continue  # the marks of a quotation nested in the open one
            if inside and role == "close" and _mark_in_words(text, i):
                continue  # "he's like 6’2”,”": an inches mark, the quotation closes after it
            if inside and role == "open" and (nested := _nested_close(text, roles, k, start)) is not None:
                skip_to = nested  # “… about "Equal Justice" anymore.”: words quoted inside the quotation
                continue
            if not inside and role in ("open", "either"):
                inside, start = True, i + 1
            elif inside and role in ("close", "either"):
                s, e = trim(text, start, i)
                if e > s:
                    pending.append(Span(bi, s, e))
                    found.append(_finish(blocks, pending))
                    closed_here += 1
                pending = []
                inside = False
            elif inside and role == "open":
                # An opening mark inside an open quote: the earlier one was never
                # closed. End it at the last sentence end before this mark.
                cut = max(text.rfind(". ", start, i), text.rfind("? ", start, i), text.rfind("! ", start, i))
                s, e = trim(text, start, cut + 1 if cut >= start else i)
                if e > s:
                    pending.append(Span(bi, s, e))
                    found.append(_finish(blocks, pending, unclosed=True))
                    closed_here += 1
                pending = []
                start = i + 1
            elif not inside and role == "close" and closed_here == 0 and not pending:
                # A paragraph that closes a quote it never opened ("Just heard …," he
                # tweeted): the quote runs from the paragraph start.
                s, e = trim(text, 0, i)
                if e > s and text[i - 1] in ",.!?—–-…":
                    found.append(_finish(blocks, [Span(bi, s, e)], unclosed=True))
                    closed_here += 1
        if inside:
            s, e = trim(text, start, len(text))
            if e > s:
                pending.append(Span(bi, s, e))
    if pending:
        found.append(_finish(blocks, pending, unclosed=True))
    if "(@" in "".join(texts):
        return _with_posts(blocks, texts, found)
    return found


# An embedded post as pages print it: its links, then "— Name (@account) May 14, 2019" (compiled on first use).
_POST_LINKS = r"(?:\s+(?:pic\.twitter\.com/|https?://)\S+)"
_POST_CREDIT = _POST_LINKS + r"*\s*[—–―-]+\s*[^()\n]{2,80}\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}"


def _with_posts(blocks: Sequence[Block], texts: list[str], found: list[Found]) -> list[Found]:
    """``found`` with the text of each embedded post that has no quotation marks and the post's credit line
    under it, as a page's embedded post reads once its markup is gone: ``Text pic.twitter.com/x`` ¶ ``— Jo
    Ruiz (@joruiz) May 14, 2019``.

    (A post with its credit at the end of its own paragraph is left alone: PolNeAR's authors, who mark
    quotations by hand, mostly did not count those as quotations.)

    >>> [f.text for f in extract_text("We won! pic.twitter.com/ab1\\n\\n— Jo Ruiz (@joruiz) May 14, 2019\\n\\nShe did.")]
    ['We won!']
    """
    quoted = {span.block for f in found for span in f.spans}
    posts: list[Found] = []
    for bi, text in enumerate(texts[:-1]):
        if bi in quoted or _ANY_MARK.search(text.replace("'", "").replace("’", "")):
            continue
        if re.fullmatch(r"\s*" + _POST_CREDIT + r"\.?\s*", texts[bi + 1]) is None:
            continue
        end = len(re.sub(_POST_LINKS + r"+\s*$", "", text.rstrip()))
        start, end = trim(text, 0, end)
        if end > start:
            posts.append(_finish(blocks, [Span(bi, start, end)]))
    return sorted([*found, *posts], key=lambda f: (f.spans[0].block, f.spans[0].start)) if posts else found


def _nested_close(text: str, roles: list[tuple[int, str]], k: int, start: int) -> int | None:
    """Where a quotation opened at ``roles[k]`` inside the open one (opened just before ``start``) closes.

    Marks of the other family nest ("… isn’t about “Equal Justice” anymore." in straight marks, or the
    reverse); straight marks nest in straight ones when two closing marks follow (a tweet's
    ``"… these large "Caravans" of people …,"``). Otherwise ``None``: the open quotation was never closed.

    >>> [f.text for f in extract_text('"It is not about “Equal Justice” anymore," she said.')]
    ['It is not about “Equal Justice” anymore,']
    """
    if start == 0:
        return None  # a quotation running on from the paragraph before: its marks are not known here
    straight_in, straight_out = text[roles[k][0]] == STRAIGHT, text[start - 1] == STRAIGHT
    rest = roles[k + 1 :]
    if straight_in != straight_out:
        for n, (j, role) in enumerate(rest):
            if (text[j] == STRAIGHT) == straight_in and role in ("close", "either"):
                return k + 1 + n
        return None
    closing = [role in ("close", "either") for _, role in rest[:2]]
    return k + 1 if straight_in and closing == [True, True] else None


def _finish(blocks: Sequence[Block], spans: list[Span], unclosed: bool = False) -> Found:
    text = " ".join(blocks[s.block].text[s.start : s.end] for s in spans)
    return Found(tuple(spans), text, unclosed)


# Dashes apart from ASCII in their own class: one mixing them compiles to a 64K-character bitmap (~0.1 ms).
_INNER_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(-])|(?<=[—–]))[‘'](?=[A-Za-z0-9])")
_INNER_CLOSE = r"[’'](?![A-Za-z0-9])"  # compiled on first use


_INNER_DOUBLE = (
    r'“([^“”]+)”|«([^«»]+)»|(?:(?<=^)|(?<=[\s(-])|(?<=[—–]))"([^"]+)"(?![A-Za-z0-9])'  # compiled on first use
)


def inner_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of passages quoted inside a quotation's text (marks excluded): in single marks, or in
    double marks of the other family (“…” inside "…", "…" inside “…”).

    >>> t = "He told me, 'I hope you can let this go,' and left."
    >>> [t[s:e] for s, e in inner_quotes(t)]
    ['I hope you can let this go,']
    >>> t = 'She said, “He felt the need to point him out,” and left.'
    >>> [t[s:e] for s, e in inner_quotes(t)]
    ['He felt the need to point him out,']
    """
    if not any(mark in text for mark in "'‘\"“«"):
        return []  # no mark that could open one (most quotations)
    doubles = [m.span(m.lastindex or 0) for m in re.finditer(_INNER_DOUBLE, text)]
    return sorted(_single_quoted(text) + doubles)


def _single_quoted(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    while m := _INNER_OPEN.search(text, pos):
        start = m.end()
        c = re.compile(_INNER_CLOSE).search(text, start)
        if not c:
            break
        if c.start() > start:
            out.append((start, c.start()))
        pos = c.end()
    return out


def extract(source: Source) -> list[Found]:
    """All quotations of one source, in reading order."""
    return extract_blocks(source.blocks)


def extract_text(text: str) -> list[Found]:
    """Convenience for tests and doctests: quotations in a plain string."""
    blocks = [Block("p", part.strip(), ((0, 0),)) for part in re.split(r"\n\s*\n", text) if part.strip()]
    return extract_blocks(blocks)
