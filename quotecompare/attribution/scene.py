"""What the attribution rules see and return: a :class:`Scene`, a :class:`Hit`, a :class:`Rule`.

Part of stage 3 (attribution). A :class:`Scene` is one article as the rules
read it: every paragraph's tokens (read when first asked for) and where each
quotation sits. A rule (see :mod:`quotecompare.attribution.rules`) looks at
one quotation of a scene and returns a :class:`Hit` or ``None``; it changes
nothing. :class:`Rule` is the record that names a rule once, with how it reads
to a visitor; :mod:`quotecompare.attribution.sieve` lists them in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from quotecompare.attribution.mentions import (
    Mention,
)
from quotecompare.attribution.narration import Paragraph, read_paragraph
from quotecompare.attribution.rules.openers import DASHES
from quotecompare.models import Block, Source, Struct
from quotecompare.read.quotes import Found
from quotecompare.text.lexicon import (
    ABBREVIATIONS,
)

_HEADING_MAX_WORDS = 14
_SENTENCE_CLOSERS = tuple(".!:;,\"”»’'…)]")
_CAPTION_MAX_WORDS = 60
# A caption or photo credit set as a paragraph: "Photo: …", "Image caption …", "… (AP Photo/Jo Ruiz)",
# "Scott Olson via Getty Images." (compiled on first use: re caches them).
_CAPTION_LABELS = (
    "Photograph",
    "Photo",
    "Picture",
    "Image caption",
    "Image",
    "Media caption",
    "Caption",
    "Pictured",
    "Video",
)
_CAPTION_LABEL = rf"(?:{'|'.join(_CAPTION_LABELS)})\b\s*[:|]"  # the longer label first: "Image caption:"
_CREDITS = ("AP", "Reuters", "AFP", "EPA", "Getty")
_CREDIT_END = (
    r"(?:\((?:AP|Reuters|AFP|EPA|Getty Images)\b[^()]*\)|\bvia Getty(?: Images)?|\bGetty Images"
    r"|\bAP Photo\b[^.]*|/(?:AFP|Reuters|AP|Getty Images|EPA)\b[^.]*)\.?\s*$"
)


def is_heading(block: Block) -> bool:
    """A heading, subheading, caption line or a question set as a paragraph: not narration.

    Such lines name nobody as a speaker and give no pronoun its antecedent
    ("Has Trump been questioned?" is no person "Has Trump"). Besides the
    headings of HTML and Markdown, a short one-line paragraph of plain text
    that ends without a sentence's punctuation, or with a question mark.

    >>> [is_heading(Block("p", t, ((0, 0),))) for t in ("Has Holm been questioned?", "Hurdles to asylum", "Holm spoke.")]
    [True, True, False]
    >>> is_heading(Block("p", "– Country less safe –.", ((0, 0),)))
    True

    A one-line paragraph in title case or in capitals is one too, full stop or not.
    """
    if block.kind == "h":
        return True
    text = block.text.rstrip()
    # (Split no further than needed to tell: asked of every paragraph, and most are long.)
    if "\n" in text:
        return False
    if _caption(text):
        return len(text.split(None, _CAPTION_MAX_WORDS)) <= _CAPTION_MAX_WORDS
    if len(text.split(None, _HEADING_MAX_WORDS)) > _HEADING_MAX_WORDS:
        return False
    # "– Country less safe –.": a wire service's subheading, set between dashes.
    dashed = text[:1] in DASHES and text.rstrip(". ")[-1:] in DASHES
    return text.endswith("?") or not text.endswith(_SENTENCE_CLOSERS) or _title_case(text) or _capitals(text) or dashed


def _capitals(text: str) -> bool:
    """A short line all in capitals ("FULL TEXT.", "ABSTRACT."), not a quotation: a section's label.

    >>> _capitals("FULL TEXT."), _capitals("“NO WAY.”"), _capitals("NATO met.")
    (True, False, False)
    """
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and text.isupper() and not any(c in _QUOTE_MARKS for c in text)


_QUOTE_MARKS = frozenset("“”\"‘’'«»")


def _caption(text: str) -> bool:
    """A photo's caption or credit.

    >>> [_caption(t) for t in ("Photo: Jo Ruiz at the pier.", "Jo Ruiz at the pier. (AP Photo/Ivo Brandt)")]
    [True, True]
    >>> [_caption(t) for t in ("Scott Olson via Getty Images.", "Jo Ruiz told Reuters.", "Photos show the pier.")]
    [True, False, False]
    """
    if text.startswith(_CAPTION_LABELS):
        return re.match(_CAPTION_LABEL, text) is not None
    tail = text[-60:]  # (tested on every paragraph: the cheap test first)
    return any(credit in tail for credit in _CREDITS) and re.search(_CREDIT_END, tail) is not None


_SMALL_WORDS = frozenset("a an the of and or to in on for at by with from as vs".split())


def _title_case(text: str) -> bool:
    """A line in title case, as scraped headings often are even with a full stop added.

    >>> _title_case("Jo Ruiz Sent The Mayor A Message About Ferries."), _title_case("Jo Ruiz Spoke.")
    (True, False)
    >>> _title_case("Jo Ruiz On Why The Town Feels “Invisible.”"), _title_case("Jo Ruiz said the town felt “Invisible.”")
    (True, False)
    """
    words = text.split()
    if len(words) < 5:
        return False
    for w in words:  # asked of most short paragraphs: a sentence fails at its first lower-case word
        w = w.strip("“”‘’«»„\"'.,:;!?()")
        if w and not (w[0].isupper() or w[0].isdigit()) and w.lower() not in _SMALL_WORDS:
            return False
    return True


class Hit(Struct):
    """What a rule found: the phrase naming the speaker, its paragraph, and the cue word.

    ``rule`` is filled in by the sieve from the :class:`Rule` that returned
    the hit (a rule may name another, as a clause's subject that turns out
    to continue an earlier quote does); ``pattern`` says which of a long
    rule's patterns fired. ``uses`` is ``(quotation, token)`` when the cue
    used up the narration up to that token, so the next quotation does not
    take the same words as its own cue.
    """

    __slots__ = ("block", "mention", "of", "pattern", "rule", "uses", "verb")

    def __init__(
        self,
        mention: Mention,
        block: int,
        verb: str | None = None,
        of: int = -1,  # for a continuation: the earlier quotation whose speaker this one shares
        rule: str = "",
        pattern: str = "",
        uses: tuple[int, int] | None = None,
    ) -> None:
        self.mention = mention
        self.block = block
        self.verb = verb
        self.of = of
        self.rule = rule
        self.pattern = pattern
        self.uses = uses


class Scene:
    """One article as the rules see it: every paragraph's tokens, and where each quotation sits."""

    def __init__(self, source: Source, found: list[Found]) -> None:
        self.source = source
        self.found = found
        spans: dict[int, list[tuple[int, int, int]]] = {}
        for n, q in enumerate(found):
            for s in q.spans:
                spans.setdefault(s.block, []).append((n, s.start, s.end))
        self.paragraphs = _Paragraphs(source, spans, {n: q.text for n, q in enumerate(found)})
        self.first: list[tuple[int, int]] = [(-1, -1)] * len(found)
        self.last: list[tuple[int, int]] = [(-1, -1)] * len(found)
        for b in sorted(spans):
            for k, tok in enumerate(self.paragraphs[b].tokens):
                if tok.quote >= 0:  # a quotation, or a nickname read as a word of a name
                    if self.first[tok.quote][0] < 0:
                        self.first[tok.quote] = (b, k)
                    self.last[tok.quote] = (b, k)
        # Tokens a cue after one quotation used up, so the next quotation does not reuse them
        # (written by the sieve from each hit's ``uses``, never by a rule).
        self.used_until: dict[int, int] = {}
        self.hits: list[Hit | None] = []
        self.terms: set[int] = set()  # quotations found to be titles or scare quotes
        self._capitalised: dict[str, bool] = {}
        self._common: dict[str, bool] = {}
        self._found: dict[str, bool] = {}

    def back(self, b: int, n: int, quoted: bool = True) -> list[int]:
        """Paragraph ``b`` and the paragraphs before it, ``n`` in all, latest first: headings and captions,
        no narration, are passed over, so a caption between a name and its pronoun keeps neither from the other;
        without ``quoted``, so are paragraphs that are only a quotation (a round-up of excerpts: "Clinton spoke.
        ¶ “…” ¶ “…” ¶ Here is what she said about Syria")."""
        out: list[int] = []
        for block in range(b, -1, -1):
            if block == b or not (is_heading(self.source.blocks[block]) or (not quoted and self.unnarrated(block))):
                out.append(block)
                if len(out) == n:
                    break
        return out

    def unnarrated(self, b: int) -> bool:
        """Whether paragraph ``b`` is only a quotation: no word of narration outside its marks."""
        return all(tok.kind != "w" for tok in self.paragraphs[b].tokens)

    def _uses(self, word: str) -> Iterator[tuple[str, int]]:
        """Each place ``word`` stands as a whole word in a paragraph (not a heading): (text, offset)."""
        # "’" in a look-behind of its own: a class mixing it with ASCII compiles to a 64K-character bitmap.
        pattern = re.compile(r"(?<![\w'-])(?<!’)" + re.escape(word) + r"(?![\w-])")
        for block in self.source.blocks:
            if block.kind == "p":
                for m in pattern.finditer(block.text):
                    yield block.text, m.start()

    def common_word(self, word: str) -> bool:
        """Whether ``word`` is used in lower case somewhere in the article's paragraphs ("only", "optimism")."""
        low = word.lower()
        if low == word:
            return True
        if low not in self._common:  # once per word: a long article is not read again for each quotation
            self._common[low] = next(self._uses(low), None) is not None
        return self._common[low]

    def found_in_text(self, pattern: str) -> bool:
        """Whether ``pattern`` matches the article's text, searched once per pattern (a long article is not
        read again for each quotation of the same name)."""
        if pattern not in self._found:
            self._found[pattern] = re.search(pattern, self.source.raw) is not None
        return self._found[pattern]

    def capitalised_inside(self, word: str) -> bool:
        """Whether ``word`` appears capitalised inside a sentence of a paragraph (not a heading)."""
        if word not in self._capitalised:
            self._capitalised[word] = any(_mid_sentence(text[max(0, at - 80) : at]) for text, at in self._uses(word))
        return self._capitalised[word]


# Marks after which a capitalised word may start a sentence (or a quotation, or a parenthesis).
_SENTENCE_OPENERS = frozenset(".!?:;“\"‘'«„([—–…")


_CLOSING_MARKS = frozenset("”’\"'»")


def _mid_sentence(before: str) -> bool:
    """Whether a word after the text ``before`` (its paragraph's last words before it) sits inside a sentence.

    >>> _mid_sentence("“Yes,” "), _mid_sentence("It ended. "), _mid_sentence("Judge Michael W. "), _mid_sentence("")
    (True, False, True, False)
    """
    before = before.rstrip()
    if not before:
        return False
    if before[-1] in _CLOSING_MARKS:  # "“Yes,” Ada said" is one sentence; "… end.” Ada went" is two
        return len(before) > 1 and before[-2] == ","
    if before[-1] == ".":  # "Judge Michael W. Mosman", "Sen. Holm": an initial or abbreviation
        word = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
        return len(word) == 1 or word.lower() in ABBREVIATIONS
    return before[-1] not in _SENTENCE_OPENERS


class _Paragraphs:
    """Each paragraph of a source read into tokens when a rule first asks for it."""

    def __init__(self, source: Source, spans: dict[int, list[tuple[int, int, int]]], texts: dict[int, str]) -> None:
        self._source = source
        self._spans = spans
        self._texts = texts
        self._read: dict[int, Paragraph] = {}

    def __len__(self) -> int:
        return len(self._source.blocks)

    def __getitem__(self, b: int) -> Paragraph:
        if b not in self._read:
            own = self._spans.get(b, [])
            text = self._source.blocks[b].text
            self._read[b] = read_paragraph(text, [(s, e) for _, s, e in own], [n for n, _, _ in own], self._texts)
        return self._read[b]


class Rule(Struct):
    """One attribution rule, named once: its function and how it reads to a visitor."""

    __slots__ = ("cue", "find", "label", "name", "nested", "own_clause")

    def __init__(
        self,
        name: str,
        label: str,  # how the rule reads on an article page ("a cue after the quote")
        find: Callable[[Scene, int], Hit | None] | None = None,  # None for a rule applied to a whole story
        cue: bool = False,  # it reads an explicit cue: a quotation it credits is never a mere term
        own_clause: bool = False,  # the cue stands in the quotation's own clause
        nested: bool = False,  # also tried on quotations inside quotations
    ) -> None:
        self.name = name
        self.label = label
        self.find = find
        self.cue = cue
        self.own_clause = own_clause
        self.nested = nested

    def __call__(self, scene: Scene, i: int) -> Hit | None:
        assert self.find is not None, f"{self.name} is applied to a whole story, not to one quotation"
        hit = self.find(scene, i)
        return hit._replace(rule=self.name) if hit is not None and not hit.rule else hit


def rule(find: Callable[[Scene, int], Hit | None], label: str, **flags: bool) -> Rule:
    """A :class:`Rule` named after its function, so the name is written once."""
    return Rule(find.__name__, label, find, **flags)
