"""Narration around quotations: the tokens and sentences of one paragraph.

Part of stage 3 (attribution). The rules in :mod:`quotecompare.attribution.sieve` read
the words *outside* quotation marks, so :func:`read_paragraph` cuts a
paragraph into :class:`Tok` tokens in which each quotation, marks included,
is a single token of kind ``"q"``, and groups the tokens into sentences.

* a sentence ends at ``.``, ``!`` or ``?`` before a capital, a digit or a
  quotation, but not after an abbreviation ("Sen.", "U.S.", "J.");
* a quotation that ends with its own ``.``, ``!`` or ``?`` ends its sentence
  when a capitalised word follows (``“We won.” Then ...``);
* a word keeps its possessive (``Trump's``, ``Sanders’``) and its hyphens.

>>> p = read_paragraph("“We are ready,” Sen. Ada Holm said. She left.", [(1, 14)])
>>> [t.text for t in p.tokens]
['“We are ready,”', 'Sen.', 'Ada', 'Holm', 'said', '.', 'She', 'left', '.']
>>> p.sentences
((0, 6), (6, 9))
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from quotecompare.models import Struct
from quotecompare.text.given_names import is_given_name
from quotecompare.text.lexicon import ABBREVIATIONS, AGO_WORDS, AUXILIARIES, MONTHS_DAYS, NAME_MONTHS, TIME_NOUNS

OPEN_MARKS = "“„«‘'\""
CLOSE_MARKS = "”»’'\""
QUOTE_END = " " + CLOSE_MARKS  # stripped from a quotation's text to read how its words end
_SENTENCE_PUNCT = frozenset(".!?")
# Curly marks and dashes stand apart from ASCII in their classes (two runs of characters at most):
# a class with more compiles to a 64K-character bitmap, ~0.1 ms at every start.
_TOKEN = re.compile(
    r"(?P<acronym>(?:[A-Za-z]+-)?(?:[A-Za-z]\.){2,}(?:-[a-z]+)*)"  # U.S., a.m., a party tag's D-N.Y., U.S.-led
    r"|(?P<abbr>[A-Za-z][A-Za-z-]*\.)(?=\s|$|[,;:)\]\"'-]|[—–’]|”|»)"  # Sen., Pa., R-Ky. (kept only if in the list)
    r"|(?P<handle>(?<![\w.])@\w{1,30})"  # a post's account, @joruiz: one name, whatever its case
    r"|(?P<word>[^\W_]+(?:[-'.&/][^\W_]+|’[^\W_]+)*(?:(?<=[sS])['’](?![^\W_]))?)"
    r"|(?P<punct>\.\.\.|…|--|[^\s])"
)
# Capitalised words that open a sentence after an acronym or abbreviation that can end one.
_SENTENCE_OPENERS = frozenset(
    "the he she it they we i but and in on a an this that his her their its there when while after as at for "
    "if so yet still".split()
)


class Tok(Struct):
    """One token of narration: a word (``w``), punctuation (``p``) or a whole quotation (``q``).

    ``start``/``end`` are offsets into the paragraph's text; ``quote`` is the
    quotation's index for ``q`` tokens, else -1.
    """

    __slots__ = ("capital", "end", "kind", "low", "quote", "start", "text")

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        kind: str,
        quote: int = -1,
        low: str = "",  # the text in lower case, worked out once (the rules ask for it constantly)
        capital: bool = False,  # a word starting with a capital
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.quote = quote
        self.low = low
        self.capital = capital


def _tok(text: str, start: int, end: int, kind: str, quote: int = -1) -> Tok:
    return Tok(text, start, end, kind, quote, text.lower(), kind == "w" and text[:1].isupper())


_START = attrgetter("start")


class Paragraph(Struct):
    __slots__ = ("sentences", "text", "tokens")

    def __init__(
        self,
        text: str,
        tokens: tuple[Tok, ...],
        sentences: tuple[tuple[int, int], ...],  # [start, end) token indices
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.sentences = sentences

    def token_at(self, pos: int) -> int:
        """The first token starting at or after character ``pos`` (tokens run in text order)."""
        return bisect_left(self.tokens, pos, key=_START)

    def sentence_at(self, i: int) -> tuple[int, int]:
        """The sentence holding token ``i``."""
        for s, e in self.sentences:
            if s <= i < e:
                return s, e
        return (i, i + 1)


def quote_region(text: str, start: int, end: int) -> tuple[int, int]:
    """A quotation's span widened to take in its marks (and the spaces inside them).

    >>> quote_region('He said “ yes ” now', 10, 13)
    (8, 15)
    """
    s = start
    while s > 0 and text[s - 1].isspace():
        s -= 1
    s = s - 1 if s > 0 and text[s - 1] in OPEN_MARKS else start
    if s > 0 and s < start and text[s - 1 : s + 1] == "''":
        s -= 1  # two straight single marks typed for a double one: ''…''
    e = end
    while e < len(text) and text[e].isspace():
        e += 1
    if e < len(text) and (text[e] in CLOSE_MARKS or (e == end and text[e] in "“«" and text[e - 1] in ",.!?")):
        e += 1  # a close mark, or one typed as an open: "… unusual,“ said Noble"
        if text[e - 1 : e + 1] == "''":
            e += 1
    else:
        e = end
    return s, e


ARABIC_ARTICLE = r"(?:a[lsdnrtz]|el|ash)-"
"""An Arabic article joined to a name: "al-Assad", "el-Sisi", "ash-Sharaa" (the name patterns share it)."""
_ARTICLE_NAME = re.compile(ARABIC_ARTICLE + "[A-ZÀ-Þ]")
WORD_CHAR = r"(?:[^\W]|['-]|’)"
r"""A word's character, its apostrophes and hyphens: ``[\w'’-]``, in a form that does not compile to a
64K-character bitmap (~0.2 ms a pattern at every start; ``[^\W]`` keeps the three from merging into one class)."""


def name_cased(word: str) -> bool:
    """A word a name may have: capitalised, an Arabic article before a capital ("al-Assad", "el-Sisi"), or a
    post's account ("@joruiz").

    >>> name_cased("Holm"), name_cased("al-Assad"), name_cased("el-Sisi"), name_cased("all-out"), name_cased("as")
    (True, True, True, False, False)
    >>> name_cased("@joruiz"), name_cased("@")
    (True, False)
    """
    return word[:1].isupper() or _ARTICLE_NAME.match(word) is not None or (word[:1] == "@" and len(word) > 1)


def _words(text: str, start: int, end: int) -> list[Tok]:
    out: list[Tok] = []
    append = out.append
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup
        word = m.group()
        s, e = m.span()
        if kind == "punct":
            append(Tok(word, s, e, "p", -1, word, False))
        elif kind == "handle":
            append(Tok(word, s, e, "w", -1, word.lower(), True))
        elif kind == "abbr" and len(word) > 2 and word[:-1].rsplit("-", 1)[-1].lower() not in ABBREVIATIONS:
            # An ordinary word before a full stop: the word, then the stop.
            append(_tok(word[:-1], s, e - 1, "w"))
            append(Tok(".", e - 1, e, "p", -1, ".", False))
        else:
            append(
                Tok(word, s, e, "w", -1, word.lower(), word[:1].isupper() or ("-" in word[1:4] and name_cased(word)))
            )
    return out


def _ends_sentence(tokens: list[Tok], i: int, quote_texts: dict[int, str]) -> bool:
    """True when a sentence ends after token ``i``."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return True
    opens = nxt.kind == "q" or (nxt.kind == "w" and (nxt.text[:1].isupper() or nxt.text[:1].isdigit()))
    if tok.kind == "p" and tok.text in _SENTENCE_PUNCT:
        return opens or nxt.text in "([“‘\"'«„"
    if tok.kind == "q":
        inner = quote_texts.get(tok.quote, "").rstrip(QUOTE_END)
        return inner.endswith(("!", "?", ".")) and not inner.endswith("...") and opens
    if tok.kind == "w" and tok.text.endswith(".") and len(tok.text) > 1:
        # "U.S." or "Pa." can end a sentence; "Sen." and "J." cannot.
        return nxt.kind == "w" and nxt.low in _SENTENCE_OPENERS and nxt.capital
    return False


def _nickname(text: str, before: list[Tok], start: int, inner: tuple[int, int], end: int) -> bool:
    """A quoted word or two (``inner``, its marks from ``start`` to ``end``) between a given name and a
    surname: ``Juan “Chico” Manriquez``."""
    words = text[inner[0] : inner[1]].split()
    if not 0 < len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    prev = before[-1] if before else None
    if prev is None or prev.kind != "w" or text[prev.end : start] != " " or not is_given_name(prev.text):
        return False
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def read_paragraph(
    text: str,
    quotes: list[tuple[int, int]],
    indices: list[int] | None = None,
    quote_texts: dict[int, str] | None = None,
) -> Paragraph:
    """Tokens and sentences of one paragraph; ``quotes`` are ``(start, end)`` spans inside their marks.

    ``indices`` numbers the quotations (default: their position in ``quotes``);
    ``quote_texts`` holds each one's words, to tell whether it ends a sentence.
    """
    indices = indices if indices is not None else list(range(len(quotes)))
    quote_texts = quote_texts or {n: text[s:e] for n, (s, e) in zip(indices, quotes, strict=True)}
    tokens: list[Tok] = []
    pos = 0
    for n, (s, e) in sorted(zip(indices, quotes, strict=True), key=lambda x: x[1]):
        rs, re_ = quote_region(text, s, e)
        rs = max(rs, pos)
        tokens.extend(_words(text, pos, rs))
        if _nickname(text, tokens, rs, (s, e), re_):
            # John “Tig” Tiegen: a nickname inside a name, read as one of its words (and kept as a quote's).
            tokens.append(Tok(text[rs:re_], rs, re_, "w", n, text[s:e].lower(), True))
        else:
            tokens.append(_tok(text[rs:re_], rs, re_, "q", n))
        pos = max(pos, re_)
    tokens.extend(_words(text, pos, len(text)))
    sentences = []
    start = 0
    for i, tok in enumerate(tokens):
        # Only a stop, a quotation or an abbreviation can end a sentence (or the paragraph's end).
        maybe = tok.kind == "q" or tok.text in _SENTENCE_PUNCT or tok.text[-1:] == "." or i + 1 == len(tokens)
        if maybe and _ends_sentence(tokens, i, quote_texts):
            sentences.append((start, i + 1))
            start = i + 1
    return Paragraph(text, tuple(tokens), tuple(sentences))


_ADVERBS = AUXILIARIES | {"only"}


def _surname_month(tokens: tuple[Tok, ...], k: int, lo: int) -> bool:
    """A month that is a surname here: "Theresa May said", "Mrs May said" (a name word right before it), or
    "May said" (nothing before it: no "X Tuesday said")."""
    return tokens[k].low in NAME_MONTHS and (k == lo or (tokens[k - 1].kind == "w" and tokens[k - 1].capital))


def skip_adverbs_back(tokens: tuple[Tok, ...], v: int, lo: int, when: bool = True) -> int:
    """Step back from a verb over "also", "has", "could only", "on Monday" to where its subject ends (and,
    with ``when``, over "during a Sunday rally")."""
    j = v
    while j - 1 >= lo:
        t = tokens[j - 1]
        if t.kind == "w" and not t.capital and (t.low in _ADVERBS or (t.low.endswith("ly") and len(t.low) > 4)):
            j -= 1
        elif t.kind == "w" and t.low in MONTHS_DAYS and j - 2 >= lo and tokens[j - 2].low in {"on", "last", "this"}:
            j -= 2
        elif (
            t.kind == "w"
            and t.low in TIME_NOUNS
            and j - 2 >= lo
            and tokens[j - 2].low in {"last", "this", "earlier", "next"}
        ):
            j -= 2  # "X last week said"
        elif t.kind == "w" and t.low in MONTHS_DAYS and t.capital and not _surname_month(tokens, j - 1, lo):
            j -= 1  # "X Tuesday said"
        elif t.low == "ago":
            # "X less than two weeks ago said"
            j -= 1
            while j - 1 >= lo and (tokens[j - 1].low in AGO_WORDS or tokens[j - 1].text.isdigit()):
                j -= 1
        elif when and (p := _when_phrase(tokens, j, lo)) is not None:
            j = p  # "Sanders during a Sunday rally thanked"
        else:
            break
    return j


_WHEN_PREPOSITIONS = frozenset({"during", "at", "in", "on"})
_WHEN_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "last"})


def _when_phrase(tokens: tuple[Tok, ...], j: int, lo: int) -> int | None:
    """Where "during a Sunday rally" starts, when it stands between a name and its verb; else None."""
    for p in range(j - 2, max(lo, j - 6) - 1, -1):
        if tokens[p].low in _WHEN_PREPOSITIONS:
            words = tokens[p + 1 : j]
            name_before = p - 1 >= lo and tokens[p - 1].kind == "w" and tokens[p - 1].capital
            if (
                name_before
                and words[0].low in _WHEN_DETERMINERS
                and all(w.kind == "w" for w in words)
                and not words[-1].capital
            ):
                return p
            return None
        if tokens[p].kind != "w":
            return None
    return None


APPOSITION_MAX = 40  # tokens back to the comma that opens an apposition ("Jo Ruiz, the senator's spokeswoman,")


def commas_before(tokens: tuple[Tok, ...], i: int, lo: int) -> list[int]:
    """Commas before token ``i`` within reach, nearest first, up to a clause boundary."""
    out = []
    for k in range(i - 1, max(lo, i - APPOSITION_MAX) - 1, -1):
        t = tokens[k]
        if t.text == ",":
            out.append(k)
        if (t.kind == "q" and len(t.text.split()) > 4) or t.text in {";", ":", "."}:
            break
    return out[:3]


def phrase_text(tokens: tuple[Tok, ...], i: int, j: int) -> str:
    """The phrase as printed: tokens joined the way the paragraph spaced them."""
    out = []
    prev_end = None
    for t in tokens[i:j]:
        if prev_end is not None and t.start > prev_end:
            out.append(" ")
        out.append(t.text)
        prev_end = t.end
    return "".join(out)


def opens_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` in a paragraph's ``text`` is the first word inside a double quotation mark (looked at
    near ``pos`` only: asked of names in paragraphs of any length).

    >>> opens_quote('He chanted “Dump Holm” loudly.', 12), opens_quote('He said “Ada Holm” left.', 13)
    (True, False)
    >>> opens_quote('He chanted "Dump Holm" loudly.', 12), opens_quote('"Yes," Ada Holm said.', 7)
    (True, False)
    """
    k = pos
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == 0:
        return False
    mark = text[k - 1]
    return mark in "“«„" or (mark == '"' and (k == 1 or text[k - 2] in " \t\n(—–"))
