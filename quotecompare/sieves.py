"""Attribution rules: an ordered sieve, each rule trying one pattern.

Part of stage 3 (attribution), modelled on CoreNLP's quote attribution sieves.
Each rule looks at one quotation in its :class:`Scene` and either returns a
:class:`Hit` (the phrase that names the speaker, where it is, which rule found
it) or ``None``, leaving the quotation to the next rule. :data:`SIEVE` lists
them in the order they are tried:

1. :func:`cue_after` -- ``“…,” X said`` / ``“…,” said X`` / ``“…,” according to X`` / ``“…” — X``
2. :func:`label` -- ``X: “…”`` (round-ups, transcripts, headline style)
3. :func:`owner` -- ``X's claim that “…”``, ``X's “…” promise``
4. :func:`cue_before` -- ``X said (that) … “…”`` in the quote's sentence, ``…, saying “…”``, ``As X put it, “…”``
5. :func:`according_to` -- ``According to X, … “…”``
6. :func:`sentence_cue` -- ``… “…” …, X said.`` closing the quotation's sentence
7. :func:`clause_subject` -- a partial quote inside a sentence about X: ``X called the plan “…”``
8. :func:`introduced` -- ``X said:`` ending the paragraph before a quoted one
9. :func:`continuation` -- no cue: the previous speaker, while the narration stays with them
10. :func:`narration` -- no cue: the person the sentence before was about

Rules see only narration, never the words inside quotation marks, so a name
quoted by someone else is never taken for a speaker.

>>> from quotecompare.readers import parse_article
>>> from quotecompare.quotes import extract
>>> src = parse_article("a.txt", "T\\n\\n“We are ready,” Sen. Ada Holm said.\\n")
>>> scene = Scene(src, extract(src))
>>> hit = attribute(scene, 0)
>>> hit.rule, hit.mention.name, hit.verb
('cue_after', 'Ada Holm', 'said')
"""

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from .lexicon import (
    ABBREVIATIONS,
    AUXILIARIES,
    CATENATIVES,
    COMMUNICATION_NOUNS,
    DETERMINERS,
    MONTHS_DAYS,
    PARTICLES,
    PREPOSITIONS,
    SPEECH_FORMS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from .mentions import PAST as _PAST_FORMS
from .mentions import (
    Mention,
    classify,
    joint,
    np_ending_at,
    phrase_at,
    possessive,
    prefer_named,
    skip_adverbs_back,
    subject_before,
)
from .models import Source
from .narration import Paragraph, Tok, read_paragraph
from .quotes import Found

_OPENERS = frozenset(
    "but and so yet still meanwhile however also then now instead indeed moreover plus or later earlier "
    "separately similarly too again first second third finally lastly likewise thus hence".split()
)
_DASHES = frozenset({"—", "–", "-", "--", "―", "‒"})
# Verbs whose subject a following "and said" or ", saying" shares (beyond speech verbs and "-ed" forms).
_VERBISH = frozenset("is was has had took made went gave cast put sent won lost ran tweeting".split())
_NON_VERBS_ED = frozenset("need indeed embed seed breed bed red shed speed feed weed".split())
_TERM_MAX_WORDS = 4
_PREDICATE_START = frozenset("can could will would may might must should shall is are was were has have had".split())
OWN_CLAUSE_CUES = frozenset({"cue_after", "label", "owner", "cue_before"})
_LABEL_WORDS = frozenset("so-called dubbed nicknamed term word words phrase label slogan motto hashtag".split())
_NOT_NOUNS = (
    AUXILIARIES
    | SPEECH_FORMS
    | PREPOSITIONS
    | SUBORDINATORS
    | DETERMINERS
    | SUBJECT_PRONOUNS
    | frozenset("and or but nor that who which whose what".split())
)


class Hit(NamedTuple):
    """What a rule found: the phrase naming the speaker, its paragraph, the rule, and the cue word."""

    mention: Mention
    block: int
    rule: str
    verb: str | None = None
    of: int = -1  # for a continuation: the earlier quotation whose speaker this one shares


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
                if tok.kind == "q":
                    if self.first[tok.quote][0] < 0:
                        self.first[tok.quote] = (b, k)
                    self.last[tok.quote] = (b, k)
        # Tokens a cue after one quotation used up, so the next quotation does not reuse them.
        self.used_until: dict[int, int] = {}
        self.hits: list[Hit | None] = []
        self.terms: set[int] = set()  # quotations found to be titles or scare quotes
        self._capitalised: dict[str, bool] = {}

    def _uses(self, word: str) -> Iterator[tuple[str, int]]:
        """Each place ``word`` stands as a whole word in a paragraph (not a heading): (text, offset)."""
        pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])")
        for block in self.source.blocks:
            if block.kind == "p":
                for m in pattern.finditer(block.text):
                    yield block.text, m.start()

    def common_word(self, word: str) -> bool:
        """Whether ``word`` is used in lower case somewhere in the article's paragraphs ("only", "optimism")."""
        low = word.lower()
        return low == word or next(self._uses(low), None) is not None

    def capitalised_inside(self, word: str) -> bool:
        """Whether ``word`` appears capitalised inside a sentence of a paragraph (not a heading)."""
        if word not in self._capitalised:
            self._capitalised[word] = any(_mid_sentence(text[max(0, at - 80) : at]) for text, at in self._uses(word))
        return self._capitalised[word]


# Marks after which a capitalised word may start a sentence (or a quotation, or a parenthesis).
_SENTENCE_OPENERS = frozenset(".!?:;“\"‘'([—–…")
_CLOSING_MARKS = frozenset("”’\"'")


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


# --- shared helpers -------------------------------------------------------------------


def _is_verb(tok: Tok, trailing: bool = False) -> bool:
    """A speech verb; right after a quotation, any past-tense verb ("fumed", "exhorted") too."""
    if tok.kind != "w" or tok.capital:
        return False
    low = tok.low
    if low in SPEECH_FORMS:
        return True
    return trailing and low.endswith("ed") and len(low) > 4 and low not in _NON_VERBS_ED


def _verb_text(tokens: tuple[Tok, ...], k: int) -> tuple[str, int]:
    """The cue as printed, with its particle ("shot back", "went on"), and the index after it."""
    if k + 1 < len(tokens) and (tokens[k].low, tokens[k + 1].low) in PARTICLES:
        return f"{tokens[k].text} {tokens[k + 1].text}", k + 2
    return tokens[k].text, k + 1


def _valid(m: Mention | None) -> bool:
    """A phrase that can be a speaker: not "it", not "the opening", not a bare adjective."""
    if m is None:
        return False
    if m.kind != "description":
        return True
    words = m.text.split()
    core = next((words[:k] for k, w in enumerate(words) if k and w.lower() in PREPOSITIONS), words)
    head = core[-1].lower()
    if head.endswith("ing") or head in MONTHS_DAYS:
        return False
    first = words[0].lower()
    owned = any(possessive_word(w) for w in words) or any(w[:1].isupper() for w in words)
    return first in DETERMINERS or owned or (head.endswith("s") and len(words) <= 3)


def possessive_word(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _quote_ends_sentence(scene: Scene, i: int) -> bool:
    """True when a sentence ends with the quotation: its own full stop, then a capital."""
    b, t = scene.last[i]
    tokens = scene.paragraphs[b].tokens
    text = scene.found[i].text.rstrip(" ”’\"'")
    ends = text.endswith((".", "!", "?", "…")) and not text.endswith("...")
    return ends and (t + 1 >= len(tokens) or tokens[t + 1].capital or tokens[t + 1].kind == "q")


def _window_end(tokens: tuple[Tok, ...], j: int, short_ok: bool = False) -> int:
    """Where the narration after token ``j`` stops: the next quotation or the paragraph's end.

    With ``short_ok`` a short quoted phrase inside the narration ("wearing “Vote Ruiz” pins")
    does not stop it.
    """
    for k in range(j, len(tokens)):
        if tokens[k].kind == "q" and not (short_ok and len(tokens[k].text.split()) <= 4 and k > j + 1):
            return k
    return len(tokens)


def _skip_appos_forward(
    tokens: tuple[Tok, ...], k: int, hi: int, any_verb: bool = False
) -> tuple[int, tuple[int, int] | None]:
    """After a name, skip its apposition or relative clause to the verb that follows it.

    ``X, 30, of Raleigh, N.C., who was polled, said`` -> the index of "said";
    ``X, who chairs the panel said`` (no closing comma) too.
    """
    if k < hi and tokens[k].text == "(":
        for c in range(k + 1, min(hi, k + 8)):
            if tokens[c].text == ")":
                k = c + 1
                break
    if k < hi and tokens[k].text in _DASHES:
        # "X — a teacher from Dayton — said"
        for c in range(k + 1, min(hi, k + 30)):
            if tokens[c].text == tokens[k].text:
                return c + 1, (k + 1, c)
            if tokens[c].kind == "q" or tokens[c].text in {".", ";"}:
                break
    if k >= hi or tokens[k].text != ",":
        return k, None
    relative = k + 1 < hi and tokens[k + 1].low in {"who", "which"}
    for c in range(k + 1, min(hi, k + 45)):
        tok = tokens[c]
        if tok.text in {".", ";", ":", "!", "?"} or (tok.kind == "q" and len(tok.text.split()) > 4):
            break
        if tok.text == ",":
            nxt = _skip_adverbs(tokens, c + 1, hi)
            verb = nxt < hi and _is_verb(tokens[nxt], trailing=True)
            lower = nxt < hi and tokens[nxt].kind == "w" and not tokens[nxt].capital
            if verb or (any_verb and lower and tokens[nxt].low not in DETERMINERS | PREPOSITIONS):
                return c + 1, (k + 1, c)
        elif relative and c > k + 2 and tok.low in SPEECH_FORMS and not tok.capital:
            return c, (k + 1, c)
    return k, None


def _skip_adverbs(tokens: tuple[Tok, ...], k: int, hi: int) -> int:
    while k < hi and tokens[k].kind == "w" and not tokens[k].capital:
        low = tokens[k].low
        if low in AUXILIARIES or (low.endswith("ly") and len(low) > 4):
            k += 1
        else:
            break
    return k


def _subject_phrase(tokens: tuple[Tok, ...], j: int, hi: int, joined: bool = False) -> Mention | None:
    """A subject phrase starting at ``j``, a pronoun included; with ``joined``, "X and Y" too."""
    if j < hi and tokens[j].kind == "w" and tokens[j].low in SUBJECT_PRONOUNS:
        return classify(tokens, j, j + 1)
    span = phrase_at(tokens, j, hi)
    m = classify(tokens, *span) if span else None
    if joined and m is not None and m.kind == "person" and span[1] + 1 < hi and tokens[span[1]].low == "and":
        other_span = phrase_at(tokens, span[1] + 1, hi)
        other = classify(tokens, *other_span) if other_span else None
        if other is not None and other.kind == "person":
            return joint(tokens, m, other, j, span[1] + 1)
    return m


def _clause_floor(scene: Scene, b: int, t: int) -> int:
    """Where the narration of quotation token ``t`` starts: its sentence, after earlier quotes and their cues."""
    para = scene.paragraphs[b]
    s, _ = para.sentence_at(t)
    floor = s
    for k in range(s, t):
        tok = para.tokens[k]
        if tok.kind == "q" and tok.quote not in scene.terms:
            floor = max(floor, k + 1, scene.used_until.get(tok.quote, 0))
    return floor


def _fronted_end(tokens: tuple[Tok, ...], s: int, hi: int) -> int:
    """Skip sentence openers: "But", "On Monday,", "After X said ...,", "Speaking to CNN,"."""
    k = _after_dateline(tokens, s, hi)
    for _ in range(4):
        if k >= hi or tokens[k].kind != "w":
            break
        low = tokens[k].low
        if low in _OPENERS:
            k += 1
            if k < hi and tokens[k].text == ",":
                k += 1
            continue
        ing_or_ed = not tokens[k].capital or k == s
        opener = (
            (low.endswith("ly") and len(low) > 4 and k == s)
            or low in SUBORDINATORS
            or low in PREPOSITIONS
            or low == "according"
            # "Speaking to CNN, X said": a fronted participle, even of a speech verb.
            or (ing_or_ed and (low.endswith("ing") or low.endswith("ed")))
            or low in MONTHS_DAYS
        )
        if not opener:
            break
        comma = next((c for c in range(k + 1, min(hi, k + 30)) if _comma(tokens[c])), None)
        if comma is None:
            break
        k = comma + 1
        # "In Hudson, New Hampshire Monday, X said": the place and its day go on past the comma.
        nxt = next((c for c in range(k, min(hi, k + 4)) if tokens[c].text == ","), None)
        if nxt is not None and nxt > k and all(t.capital for t in tokens[k:nxt]) and tokens[nxt - 1].low in MONTHS_DAYS:
            k = nxt + 1
    return k


def _comma(tok: Tok) -> bool:
    """A comma, or a quoted title that carries the comma inside its marks ("On “Meet the Press,” X said")."""
    return tok.text == "," or (tok.kind == "q" and tok.text.rstrip(" ”’\"'").endswith(","))


def _after_dateline(tokens: tuple[Tok, ...], s: int, hi: int) -> int:
    """Skip a dateline opening a paragraph: "WASHINGTON (AP) —", "Beirut, Lebanon -"."""
    for k in range(s, min(hi, s + 9)):
        tok = tokens[k]
        if tok.text in _DASHES and k > s:
            # A place in capitals or with its agency: "WASHINGTON (AP) —", not "Jo Ruiz —".
            marked = any(t.text == "(" or (t.kind == "w" and t.text.isupper() and len(t.text) > 2) for t in tokens[s:k])
            return k + 1 if marked else s
        if not (tok.capital or tok.text in {",", "(", ")"} or tok.text.isupper() or tok.text.isdigit()):
            break
    return s


def sentence_subject(tokens: tuple[Tok, ...], s: int, hi: int) -> tuple[Mention, int] | None:
    """The subject of the sentence starting at ``s`` and the token after it (its verb), if any."""
    k = _fronted_end(tokens, s, hi)
    m = _subject_phrase(tokens, k, hi, joined=True)
    if m is None:
        return None
    span_end = _token_after(tokens, m.end)
    after, appos = _skip_appos_forward(tokens, span_end, hi, any_verb=True)
    after = _skip_adverbs(tokens, after, hi)
    if after >= hi or tokens[after].kind != "w" or tokens[after].capital:
        return None
    return prefer_named(m, tokens, appos), after


# --- the rules ------------------------------------------------------------------------


def cue_after(scene: Scene, i: int) -> Hit | None:
    """A cue right after the quotation: ``“…,” X said``, ``“…,” said X``, ``“…,” according to X``.

    The subject may be long ("“…,” Sen. Ada Holm (D-Mo.), who chairs the panel,
    said"). Right after a quotation any past-tense verb is a cue ("fumed",
    "quipped"). A quotation that ends its sentence takes a following "X said"
    only when that is the whole sentence: in ``“We won.” Holm said the count
    …`` the verb introduces something new.

    >>> _demo("“It is over,” Ada Holm (D-Mo.) fumed on Friday.")
    ('cue_after', 'Ada Holm', 'fumed')
    """
    b, t = scene.last[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    # "“A” and “B,” X said": two quotations joined by "and" share the cue after the second.
    k = t + 1
    while k < len(tokens) and tokens[k].text in {",", "and", "or", "but", "—", "–"}:
        k += 1
    if k > t + 1 and k < len(tokens) and tokens[k].kind == "q" and tokens[k].quote == i + 1:
        shared = cue_after(scene, i + 1)
        if shared is not None:
            return shared
    hi = _window_end(tokens, t + 1, short_ok=True)
    j = t + 1
    while j < hi and tokens[j].text in _DASHES | {","}:
        j += 1
    if j >= hi:
        return None
    ends = _quote_ends_sentence(scene, i)
    dashed = tokens[t + 1].text in _DASHES
    # "“…,” said X": the quotation hands over to its cue with a comma, "?", "!" or a dash; a quote
    # running straight into lower-case words ("the “…” promise haunts") is part of its sentence.
    closed = tokens[t + 1].text in {","} | _DASHES or scene.found[i].text.rstrip(" ”’\"'")[-1:] in {
        ",",
        "?",
        "!",
        "—",
        "–",
        "-",
        "…",
        ".",
    }
    # Inside a fronted clause ("When X said “…,” the crowd cheered") what follows is the main clause.
    fronted = _in_fronted_clause(scene, i)
    # "“…,” according to X"
    if tokens[j].text == "according" and j + 1 < hi and tokens[j + 1].low == "to" and not ends:
        m = _subject_phrase(tokens, j + 2, hi)
        if _valid(m) and m.kind != "pronoun":
            scene.used_until[i] = _clause_end(tokens, j + 2)
            return Hit(m, b, "cue_after", "according to")
    # "“…,” said X" (a finite speech verb: "…, noting X" continues the sentence instead); "“…!”
    # beamed X" with a past-tense verb when a person follows; "“…” said X" without the comma.
    inverted = _is_verb(tokens[j], trailing=True) and not tokens[j].low.endswith("ing") and not ends and not dashed
    if inverted and (closed or tokens[j].low in _INVERTING):
        verb, k = _verb_text(tokens, j)
        m = _subject_phrase(tokens, k, hi)
        lexical = tokens[j].low in SPEECH_FORMS
        owned = k < hi and tokens[k].low in {"his", "her", "their", "its", "my", "our", "your"}
        # "“…,” marked his victory": an owned thing; "“…,” added his manager Jo Ruiz" names a person.
        if _valid(m) and m.kind != "pronoun" and (lexical or m.kind == "person") and (not owned or m.kind == "person"):
            span_end = _token_after(tokens, m.end)
            _, appos = _skip_appos_forward(tokens, span_end, hi)
            scene.used_until[i] = _clause_end(tokens, span_end)
            return Hit(prefer_named(m, tokens, appos), b, "cue_after", verb)
    # "“…,” X said" / "“…,” X, a title, said"; after a sentence-final quote only a short "X said."
    m = _subject_phrase(tokens, j, hi, joined=True)
    # Without a comma only a name hands over: "“…” Clinton tweeted", not "“…” a Trump tweet".
    named = m is not None and m.kind in {"pronoun", "person", "org", "group"} and tokens[j].low not in {"a", "an"}
    if _valid(m) and not dashed and (closed or named):
        k, appos = _skip_appos_forward(tokens, _token_after(tokens, m.end), hi)
        k = _skip_adverbs(tokens, k, hi)
        loose = not ends and not fronted  # any past-tense verb may close an unfinished sentence
        if k < hi and _is_verb(tokens[k], trailing=loose and closed) and not tokens[k].low.endswith("ing"):
            verb, after = _verb_text(tokens, k)
            if ends and not _cue_closes_sentence(tokens, after, len(tokens)):
                return None
            if after < len(tokens) and tokens[after].low == "by":
                return None  # "… was first reported by X": passive
            scene.used_until[i] = _clause_end(tokens, after)
            return Hit(prefer_named(m, tokens, appos), b, "cue_after", verb)
    # "“…” — X" (a credit line)
    if dashed and m is not None and m.kind in {"person", "org"}:
        end = _token_after(tokens, m.end)
        if end >= len(tokens) or tokens[end].text in {",", ".", "("} or tokens[end].kind == "q":
            return Hit(m, b, "cue_after", tokens[t + 1].text)
    return None


def _in_fronted_clause(scene: Scene, i: int) -> bool:
    """True when the quotation sits in a fronted clause: "When X said “…,” Y …"."""
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    s, _ = para.sentence_at(t)
    k = s + 1 if tokens[s].low in _OPENERS and s + 1 < t else s
    # "When X said …", or a participle: "Acknowledging that Trump “says …,” though, Allen …".
    participle = (
        k == s
        and tokens[k].capital
        and tokens[k].low.endswith(("ing", "ed"))
        and k + 1 < t
        and not tokens[k + 1].capital
    )
    opens = tokens[k].low in SUBORDINATORS or participle
    return opens and not any(_comma(tok) for tok in tokens[k:t])


def _clause_end(tokens: tuple[Tok, ...], k: int) -> int:
    """The end of a cue's clause: the next full stop, semicolon or quotation."""
    while k < len(tokens) and tokens[k].kind != "q" and tokens[k].text not in {".", ";", "!", "?"}:
        k += 1
    return k


def _token_before(tokens: tuple[Tok, ...], char_start: int) -> int:
    """Index of the first token that starts at or after ``char_start``."""
    for n, tok in enumerate(tokens):
        if tok.start >= char_start:
            return n
    return len(tokens)


def _token_after(tokens: tuple[Tok, ...], char_end: int) -> int:
    for n, tok in enumerate(tokens):
        if tok.start >= char_end:
            return n
    return len(tokens)


_LISTENER_VERBS = frozenset("told tells tell asked asks assured assures reminded warned warns urged urges".split())


def _cue_closes_sentence(tokens: tuple[Tok, ...], k: int, hi: int) -> bool:
    """After "X said": at most a time, place or listener, then the sentence ends ("… said Friday in Ohio.").

    Used after a quotation that ends its own sentence: "“We won.” Holm said." is
    Holm's, but "“We won.” Holm called the count “a fraud.”" and "“We won.” Holm
    said, “…”" open a new sentence with new words.
    """
    hi = min(hi, len(tokens))
    verb = tokens[k - 1].low if k > 0 else ""
    if k < hi and tokens[k].low in DETERMINERS and verb not in _LISTENER_VERBS:
        return False  # "“…” Allen criticized her state's gun laws.": the verb has an object of its own
    for n in range(k, min(hi, k + 10)):
        tok = tokens[n]
        if tok.text in {".", "!", "?"}:
            return True
        if tok.text == ",":
            # "“…?” Clinton remarked, alluding to …", "… shouted, shorthand for …": the cue's own
            # sentence; "“We won.” Holm said, “…”" opens a new quotation, "Holm said, it …" a clause.
            nxt = tokens[n + 1] if n + 1 < hi else None
            return (
                nxt is not None
                and nxt.kind == "w"
                and (nxt.low not in SUBJECT_PRONOUNS | {"that", "if", "whether"} and not nxt.capital)
            )
        if tok.low in _ASIDE_OPENERS:
            return True  # "… Sessions said as he launched the process."
        if tok.kind == "q" or tok.text in {":", ";"} or tok.low in {"that", "if", "whether"} | SUBJECT_PRONOUNS:
            return False
        if tok.kind == "w" and (
            (tok.low in SPEECH_FORMS and not _noun_use(tokens, n))
            or tok.low in AUXILIARIES - {"later", "then", "again"}
        ):
            return False
    return hi - k <= 10


def label(scene: Scene, i: int) -> Hit | None:
    """A name and a colon before the quotation: ``Ada Holm: “…”`` or ``Holm, Tribune: “…”``.

    Round-ups and transcripts set speakers by layout. A description ("The
    statement:") or a one-letter label ("Q:") is not a speaker.

    >>> _demo("Ada Holm: “We will win.” Jo Ruiz: “We will see.”", 1)
    ('label', 'Jo Ruiz', None)
    """
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    if t < 2 or tokens[t - 1].text != ":":
        return None
    s, _ = para.sentence_at(t - 1)
    start = s
    for k in range(t - 2, s - 1, -1):
        if tokens[k].text in _DASHES | {"|"} or tokens[k].kind == "q":
            start = k + 1
            break
    if tokens[start].low in {"more", "from"}:
        start += 2 if tokens[start].low == "more" and tokens[start + 1].low == "from" else 1  # "More from Jones:"
    m = _subject_phrase(tokens, start, t - 1, joined=True)
    if m is None or m.kind not in {"person", "org", "group"} or len(m.name) < 2:
        return None
    if m.kind == "org" and m.name.isupper() and " " not in m.name and len(m.name) > 3:
        # A transcript's "TRUMP:" is a person the article names in ordinary case.
        surname = m.name.title()
        if re.search(rf"\b{re.escape(surname)}\b", scene.source.raw):
            m = m._replace(kind="person", name=surname)
    end = _token_after(tokens, m.end)
    if end < t - 1 and tokens[end].text == ",":
        outlet = phrase_at(tokens, end + 1, t - 1)
        end = outlet[1] if outlet else end
    return Hit(m, b, "label") if end == t - 1 else None


def cue_before(scene: Scene, i: int) -> Hit | None:
    """A speech verb before the quotation in its sentence: ``X said (that) … “…”``.

    The first verb of the main clause wins ("X said Y called it “…”" is X's
    report), verbs in a fronted clause ("After Y said …, X told …") are passed
    over, and a participle ("…, saying “…”") takes the sentence's subject.
    ``As X put it, “…”`` is X's.

    >>> _demo("After Jo Ruiz spoke, Ada Holm said the plan was “a fantasy.”")
    ('cue_before', 'Ada Holm', 'said')
    >>> _demo("Holm rejected the offer, saying it was “too little, too late.”")
    ('cue_before', 'Holm', 'saying')
    """
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    floor = _clause_floor(scene, b, t)
    s, _ = para.sentence_at(t)
    start = floor
    if floor == s:
        s = _skip_symbols(tokens, s, t)
        as_cue = _as_cue(tokens, s, t)
        if as_cue is not None:
            return Hit(as_cue[0], b, "cue_before", as_cue[1])
        if said := _inverted(tokens, s, t):
            return Hit(said[0], b, "cue_before", said[1])
        start = min(_fronted_end(tokens, s, t), t)
        if start > s and (said := _inverted(tokens, start, t)):
            return Hit(said[0], b, "cue_before", said[1])  # "In other words, explained X: “…”"
    for k in range(start, t - 2):
        if tokens[k].low == "as" and k > s and tokens[k - 1].text == ",":
            as_cue = _as_cue(tokens, k, t)  # "…, as prosecutor X put it, “…”"
            if as_cue is not None:
                return Hit(as_cue[0], b, "cue_before", as_cue[1])
    if aside := _inverted_aside(tokens, floor, t):
        return Hit(aside[0], b, "cue_before", aside[1])
    start = _inner_clause(tokens, start, t)
    handover = tokens[t - 2] if t >= 2 and tokens[t - 1].text in {":", ","} else None
    if handover and _is_verb(handover) and not handover.low.endswith("ing") and not _noun_use(tokens, t - 2):
        # "…, to which O'Malley interjected: “…”", "… ― Trump boasted, “…”": the verb that hands over.
        m = subject_before(tokens, t - 2, max(start, s))
        if _valid(m) and not (m.kind == "pronoun" and m.name in {"i", "we"}):
            return Hit(m, b, "cue_before", handover.text)
    for k in range(start, t):
        tok = tokens[k]
        if not _is_verb(tok) or _noun_use(tokens, k):
            continue
        if k + 1 < len(tokens) and tokens[k + 1].low == "by":
            continue  # "was called “…” by X": passive, the subject is not the speaker
        if tok.low.endswith("ed") and _passive(tokens, k, start):
            continue  # "after the winner was declared": a passive says nothing of who spoke
        before = _skip_back(tokens, k, start)
        link = tokens[before - 1] if before > start else None
        if link is not None and link.low == "to" and before - 1 > start:
            # "… leading advisers like Gene Sperling to counter “…”": the one named before "to";
            # "X interrupted me to announce “…”" / "X declined to say": the subject of the verb before.
            named = classify(tokens, *span) if (span := np_ending_at(tokens, before - 2, start)) else None
            if named is not None and named.kind in {"person", "group"}:
                return Hit(named, b, "cue_before", tok.text)
            m = _earlier_subject(tokens, s, start, before - 1)
            if _valid(m):
                return Hit(m, b, "cue_before", tok.text)
            continue
        if tok.low.endswith("ing") or (link is not None and link.low in {"and", "but"}):
            if link is None or (link.text not in {",", "and", "but"} and link.low not in AUXILIARIES | CATENATIVES):
                # "Ryan saying …" is Ryan's; "a statement saying …" describes a thing.
                m = subject_before(tokens, k, max(start, s))
                if m is not None and m.kind in {"person", "group", "pronoun", "org"}:
                    return Hit(m, b, "cue_before", tok.text)
                if m is not None and m.text.split()[-1].lower() in COMMUNICATION_NOUNS:
                    # "X issued a statement calling …": X speaks through the statement.
                    issuer = _earlier_subject(tokens, s, start, _token_before(tokens, m.start))
                    if _valid(issuer):
                        return Hit(issuer, b, "cue_before", tok.text)
                continue
            if link.low not in AUXILIARIES | CATENATIVES:
                # "…, saying “…”" / "X did this and said “…”": the subject of the verb before speaks,
                # even across an earlier quotation ("X tweeted it was a “disaster” and asked, “…”").
                m = _earlier_subject(tokens, s, start if link.text == "," else s, before - 1)
                if _valid(m):
                    return Hit(m, b, "cue_before", tok.text)
                continue
        m = subject_before(tokens, k, max(start, s))
        if _valid(m):
            if m.kind in {"org", "description"}:
                # "The Times reports X said “…”", "The ad shows footage of X saying “…”": the
                # outlet or document relays the person's words.
                inner = _inner_person(scene, i, k + 1)
                if inner is not None:
                    return inner
            return Hit(m, b, "cue_before", _verb_text(tokens, k)[0])
    # "X resisted: “…”": any verb before a colon that opens the quotation.
    if t >= 2 and tokens[t - 1].text == ":":
        subj = sentence_subject(tokens, start, t)
        if subj and _valid(subj[0]):
            return Hit(subj[0], b, "cue_before", tokens[subj[1]].text)
    return None


def _inner_clause(tokens: tuple[Tok, ...], start: int, t: int) -> int:
    """Where the clause holding the quotation starts when a mid-sentence "after"/"when" clause has its own cue.

    "Axelrod tweeted after Clinton argued that “…”": Clinton's words, not Axelrod's.
    """
    for p in range(t - 1, start, -1):
        if tokens[p].kind == "w" and tokens[p].low in _CLAUSE_OPENERS and not tokens[p].capital:
            comma = False
            for k in range(p + 2, t):
                if tokens[k].text == ",":
                    comma = True
                    continue
                if not _is_verb(tokens[k]) or _noun_use(tokens, k):
                    continue
                m = subject_before(tokens, k, p + 1)
                # After a comma the clause has closed ("…, who called after X won, told") unless its
                # subject runs over the comma ("after a woman in Worcester, Mass., told him").
                if _valid(m) and (not comma or m.start == tokens[p + 1].start):
                    return p + 1
            return start
    return start


_CLAUSE_OPENERS = frozenset("after before when while because although though since until whereas".split())


def _skip_symbols(tokens: tuple[Tok, ...], s: int, t: int) -> int:
    """Past list markers and stray symbols opening a sentence ("~ As X put it", "* X said")."""
    while s < t and tokens[s].kind == "p" and tokens[s].text not in {"(", "“", '"'}:
        s += 1
    return s


_BE = frozenset("is are was were be been being".split())


def _passive(tokens: tuple[Tok, ...], k: int, lo: int) -> bool:
    """A past participle after a form of "be" ("was declared", "is widely quoted")."""
    p = k - 1
    while p > lo and tokens[p].kind == "w" and tokens[p].low.endswith("ly"):
        p -= 1
    return p >= lo and tokens[p].low in _BE


_ASIDE_OPENERS = frozenset("when as while after before who which where because since though although".split())
_REPORTING = frozenset("reports reported report reporting notes noted writes wrote".split())


def _inner_person(scene: Scene, i: int, after: int) -> Hit | None:
    """A person's cue between a reporting verb and the quotation, read by the same rule."""
    b, t = scene.first[i]
    tokens = scene.paragraphs[b].tokens
    for k in range(after, t):
        if not _is_verb(tokens[k]) or _noun_use(tokens, k):
            continue
        if tokens[k].low.endswith("ing") and tokens[k - 1].text in {",", "and"}:
            m = _earlier_subject(tokens, after, after, k - 1)
        else:
            m = subject_before(tokens, k, after)
        if m is not None and m.kind in {"person", "group"}:
            return Hit(m, b, "cue_before", tokens[k].text)
    return None


def _as_cue(tokens: tuple[Tok, ...], s: int, t: int) -> tuple[Mention, str] | None:
    """ "As X put it, “…”" / "But as X has pointed out, …": the fronted clause is the cue."""
    if tokens[s].low in _OPENERS and s + 1 < t:
        s += 1
    if tokens[s].low != "as":
        return None
    comma = next((c for c in range(s + 1, t) if tokens[c].text == ","), None)
    if comma is None:
        return None
    for k in range(s + 1, comma):
        if _is_verb(tokens[k]) or tokens[k].low in {"put", "puts"}:
            m = subject_before(tokens, k, s + 1)
            if _valid(m):
                return m, _verb_text(tokens, k)[0]
    return None


_INVERTING = frozenset("said says added adds wrote writes tweeted explained asked".split())


def _inverted(tokens: tuple[Tok, ...], s: int, t: int) -> tuple[Mention, str] | None:
    """ "Said Comey, “…”": the verb first, then its subject, then the quotation."""
    tok = tokens[s]
    if not (tok.capital and tok.low in _INVERTING):
        return None
    m = _subject_phrase(tokens, s + 1, t)
    if not _valid(m) or m.kind == "pronoun":
        return None
    after = _token_after(tokens, m.end)
    if after < t and tokens[after].text == "," and tokens[t - 1].text in {",", ":"} and t - 1 > after:
        # "Said X, a neighbor who grew up with him, “…”": an apposition closed by the comma before the quote
        between = tokens[after + 1 : t - 1]
        if len(between) <= 20 and not any(x.text in {".", ";", "!", "?"} or x.kind == "q" for x in between):
            return m, tok.text
    return (m, tok.text) if after < t and tokens[after].text in {",", ":"} and after + 1 == t else None


def _inverted_aside(tokens: tuple[Tok, ...], lo: int, t: int) -> tuple[Mention, str] | None:
    """ "…, explained Rosenberg, “…”": an aside that puts the verb before its subject."""
    for k in range(lo + 1, t - 1):
        if tokens[k - 1].text == "," and _is_verb(tokens[k]) and not tokens[k].low.endswith("ing"):
            if _valid(subject_before(tokens, k, lo)):
                continue  # "Dick Dever, who …, told POLITICO, “…”": the verb has its subject before it
            m = _subject_phrase(tokens, k + 1, t)
            if _valid(m) and m.kind in {"person", "org"}:
                after = _token_after(tokens, m.end)
                if after < t and tokens[after].text == ",":
                    return m, tokens[k].text
    return None


def owner(scene: Scene, i: int) -> Hit | None:
    """A quotation right after someone's words: ``X's claim that “…”``, ``X's “…” promise``.

    >>> _demo("Critics mocked Ada Holm's claim that the budget was “balanced to the penny.”")
    ('owner', 'Ada Holm', None)
    """
    b, t = scene.first[i]
    tokens = scene.paragraphs[b].tokens
    lb, lt = scene.last[i]
    after = scene.paragraphs[lb].tokens
    nxt = after[lt + 1] if lt + 1 < len(after) else None
    floor = _clause_floor(scene, b, t)
    if t >= 1 and possessive(tokens[t - 1]) and tokens[t - 1].capital:
        # "Obama's “if you like your plan” promise"
        if nxt is None or nxt.low not in COMMUNICATION_NOUNS:
            return None
        noun_end = t
    else:
        # "X's claim that the budget was “…”": the noun opens the clause the quotation is in.
        noun_end = -1
        for k in range(t - 1, max(floor, t - 14) - 1, -1):
            tok = tokens[k]
            owned = (k >= 1 and possessive(tokens[k - 1])) or (k >= 2 and possessive(tokens[k - 2]))
            if tok.low in COMMUNICATION_NOUNS and owned:
                spoken = any(_is_verb(tokens[v]) and not _noun_use(tokens, v) for v in range(floor, k - 1))
                if k + 1 == t and spoken:
                    return None  # "Fallon responded, calling Trump's charge “pathetic”": Fallon's word
                after = k + 2 if k + 2 < len(tokens) and tokens[k + 1].low in {"was", "is"} else k + 1
                if after < len(tokens) and (after == t or tokens[after].low in {"that", "of", ":", ",", "to"}):
                    noun_end = k  # "X's claim that …", "X's answer was that …", "X's controversial pledge to …"
                break
            if tok.low in COMMUNICATION_NOUNS and k + 1 < t and tokens[k + 1].low == "of" and k > floor:
                # "the contention of Hillary Clinton that …"
                span = phrase_at(tokens, k + 2, t)
                m = classify(tokens, *span) if span else None
                if m is not None and m.kind == "person" and span[1] < t and tokens[span[1]].low in {"that", ":", ","}:
                    return Hit(m, b, "owner")
            if _is_verb(tok) and not _noun_use(tokens, k) and k < t - 1:
                return None  # a cue of its own: cue_before reads it
        if noun_end < 0:
            return None
    span = _np_ending_at_possessor(tokens, noun_end)
    m = classify(tokens, *span) if span else None
    return Hit(m, b, "owner") if _valid(m) and m.kind in {"person", "org", "description", "group"} else None


def _np_ending_at_possessor(tokens: tuple[Tok, ...], end: int) -> tuple[int, int] | None:
    """The name that owns the words before ``end``: "Sen. Ada Holm's claim" -> "Sen. Ada Holm's"."""
    k = end - 1
    while k >= 0 and not possessive(tokens[k]):
        k -= 1
    if k < 0:
        return None
    start = k
    while start > 0 and tokens[start - 1].kind == "w" and tokens[start - 1].capital:
        start -= 1
    return start, k + 1


def _absolute(tokens: tuple[Tok, ...], e: int, lo: int) -> bool:
    """A name ending at ``e`` opened by "with" or a comma: "…, with Trump tweeting", "…, Trump saying"."""
    k = e
    while k - 1 >= lo and tokens[k - 1].kind == "w" and tokens[k - 1].capital:
        k -= 1
    return k - 1 >= lo and (tokens[k - 1].low == "with" or tokens[k - 1].text == ",")


def _lower_noun(tok: Tok) -> bool:
    """A lower-case word that ends a noun phrase ("class", "order"), not an adverb or auxiliary."""
    low = tok.low
    return (
        tok.kind == "w"
        and not tok.capital
        and low not in AUXILIARIES | PREPOSITIONS | SUBJECT_PRONOUNS | DETERMINERS
        and not low.endswith("ly")
        and low not in {"and", "or", "but", "who", "which", "that"}
    )


def _adjective(tok: Tok) -> bool:
    """A lower-case word shaped like an adjective ("recent", "fundraising", "public", "new")."""
    low = tok.low
    return not tok.capital and (low.endswith(_ADJECTIVE_ENDINGS) or low in _COMMON_ADJECTIVES or "-" in low)


_ADJECTIVE_ENDINGS = (
    "ent",
    "ant",
    "al",
    "ive",
    "ous",
    "ic",
    "ed",
    "ing",
    "ful",
    "less",
    "est",
    "able",
    "ible",
    "ary",
    "ory",
)
_COMMON_ADJECTIVES = frozenset("new old own first last latest recent public private key many few other same".split())


def _noun_use(tokens: tuple[Tok, ...], k: int) -> bool:
    """A verb form used as a noun: "a Facebook post", "his fundraising email", "the report"."""
    low = tokens[k].low
    if low.endswith(("ed", "ing")) or low in {"said", "told", "wrote", "says", "tells", "writes"}:
        return False
    if low.endswith("s") and k > 0:
        # "the suit argues": after a noun an "-s" form is the verb; "his (recent) comments" is a noun.
        for j in range(k - 1, max(-1, k - 4), -1):
            prev = tokens[j]
            if prev.kind != "w":
                return False
            if prev.low in DETERMINERS or possessive(prev) or prev.text.isdigit():
                return True  # "his recent remarks", "22 Clinton emails"
            if not (_adjective(prev) or (prev.capital and j < k - 1) or (prev.capital and j == k - 1)):
                return False
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        prev = tokens[j]
        if prev.kind != "w":
            return False
        if prev.low in DETERMINERS or possessive(prev):
            return True
        if prev.low in AUXILIARIES or prev.low in SUBJECT_PRONOUNS or prev.low in PREPOSITIONS:
            return False
    return False


def _skip_back(tokens: tuple[Tok, ...], k: int, lo: int) -> int:
    """Step back from a verb over adverbs and a short phrase like "in a statement"."""
    j = skip_adverbs_back(tokens, k, lo)
    for p in range(j - 1, max(lo, j - 5) - 1, -1):
        tok = tokens[p]
        if tok.kind != "w":
            break
        if tok.low in {"in", "on", "during", "at"} and p > lo and tokens[p - 1].text in {",", "and"}:
            return p
    return j


def _earlier_subject(tokens: tuple[Tok, ...], s: int, lo: int, k: int) -> Mention | None:
    """The subject of the nearest verb before token ``k`` in the sentence, else the sentence's subject."""
    for v in range(k - 1, lo - 1, -1):
        tok = tokens[v]
        if tok.kind != "w" or tok.capital:
            continue
        prev = tokens[v - 1] if v > lo else None
        after_person = (
            prev is not None
            and prev.capital
            and tok.low.endswith("ing")
            and tok.low not in PREPOSITIONS  # "with Johnson during the hearing"
            and _absolute(tokens, v - 1, lo)
        )
        if not (
            _is_verb(tok, trailing=True) or tok.low in _VERBISH or tok.low in _PAST_FORMS or after_person
        ) or _noun_use(tokens, v):
            continue
        if tok.low.endswith("ing") and prev is not None and prev.text == ",":
            continue
        if tok.low.endswith("ed") and prev is not None and _lower_noun(prev):
            continue  # "a class called “Perception”": a participle after a noun, not a clause's verb
        m = subject_before(tokens, v, max(lo, s))
        if m is not None and tok.low.endswith("ing") and m.kind == "description":
            continue  # "started out their ninth debate saying": the debate says nothing
        if _valid(m) and (not after_person or m.kind in {"person", "group"}):
            return m
    subj = sentence_subject(tokens, s, k)
    return subj[0] if subj else None


def according_to(scene: Scene, i: int) -> Hit | None:
    """``According to X, …`` opening the quotation's sentence, or ``…, according to X.`` closing it.

    >>> _demo("According to the ministry, the plan is “stable.”")
    ('according_to', 'the ministry', 'according to')
    """
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    s, e = para.sentence_at(t)
    for k in range(s, e - 1):
        if tokens[k].low == "according" and tokens[k + 1].low == "to":
            m = _subject_phrase(tokens, k + 2, e)
            if _valid(m) and m.kind != "pronoun":
                return Hit(m, b, "according_to", "according to")
    return None


def sentence_cue(scene: Scene, i: int) -> Hit | None:
    """A cue closing the quotation's sentence after more narration: ``… “…” to do so, X said.``

    >>> _demo("The plan is “too little, too late” for the town, Ada Holm said.")
    ('sentence_cue', 'Ada Holm', 'said')
    """
    b, t = scene.last[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    _, e = para.sentence_at(t)
    end = e - 1 if tokens[e - 1].text in {".", "!", "?"} else e
    for comma in range(t + 2, end - 1):
        if tokens[comma].text != ",":
            continue
        hit = _aside_cue(tokens, comma + 1, end)
        if hit is not None:
            return Hit(hit[0], b, "sentence_cue", hit[1])
    return None


def _aside_cue(tokens: tuple[Tok, ...], c: int, end: int) -> tuple[Mention, str] | None:
    """A clause that is only a cue: "X said Tuesday in Paris", "said X", "according to X"."""
    stop = next((k for k in range(c, end) if tokens[k].text in {",", ";", ":"} or tokens[k].kind == "q"), end)
    if stop - c > 14:
        return None
    if tokens[c].low == "according" and c + 1 < stop and tokens[c + 1].low == "to":
        m = _subject_phrase(tokens, c + 2, stop)
        return (m, "according to") if _valid(m) and m.kind != "pronoun" else None
    if tokens[c].low == "as" and c + 1 < stop:
        c += 1  # "…, as Cruz said on the radio": an aside crediting the sentence
    if _is_verb(tokens[c]):
        m = _subject_phrase(tokens, c + 1, stop)
        return (m, tokens[c].text) if _valid(m) and m.kind != "pronoun" else None
    for k in range(c + 1, min(stop, c + 11)):  # "…, Justice Department senior trial counsel Ada Holm wrote"
        if _is_verb(tokens[k]):
            m = subject_before(tokens, k, c)
            if _valid(m) and _cue_closes_sentence(tokens, k + 1, stop + 1):
                return m, tokens[k].text
            return None
    return None


def narration(scene: Scene, i: int) -> Hit | None:
    """A quotation opening its sentence after a sentence about someone: that person speaks.

    ``Holm rejected the offer on Monday. “It is far too little.”``
    The sentence before must be in the same paragraph and hold no quotation.

    >>> _demo("Ada Holm rejected the offer on Monday. “It is far too little.”")
    ('narration', 'Ada Holm', None)
    """
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    s, _ = para.sentence_at(t)
    if s == 0:
        return None
    if t != s:
        # "As a result, there's still “a very powerful industry …”": nobody in this sentence speaks.
        first = _fronted_end(tokens, s, t)
        if first >= t or tokens[first].low not in {"there", "it", "this", "that"}:
            return None
    ps, pe = para.sentence_at(s - 1)
    if any(tok.kind == "q" for tok in tokens[ps:pe]):
        return None
    for k in range(ps, pe):
        if _is_verb(tokens[k]):
            m = subject_before(tokens, k, ps)
            if m is not None and m.kind in {"person", "org", "group", "pronoun"}:
                return Hit(m, b, "narration", None)
    subj = sentence_subject(tokens, ps, pe)
    if subj and subj[0].kind in {"person", "org", "group", "pronoun"}:
        return Hit(subj[0], b, "narration", None)
    return None


def clause_subject(scene: Scene, i: int) -> Hit | None:
    """A quotation inside a sentence about someone: that sentence's subject says it.

    ``X called the plan “…”``, ``X exhorted voters to “…”``, ``X’s letter makes
    the case: “…”``. Short phrases (a title, a scare quote) are left alone;
    so are quotations that open their sentence.

    >>> _demo("Ada Holm backed the plan as “the only way forward.”")
    ('clause_subject', 'Ada Holm', None)
    """
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    s, _ = para.sentence_at(t)
    if t == s:
        return None
    # "… not for “judges” or “legislators”": a quote after another in the same sentence, with no
    # cue of its own between them, is the same speaker's.
    for k in range(t - 1, s - 1, -1):
        tok = tokens[k]
        if tok.kind == "q" and tok.quote < i and tok.quote not in scene.terms:
            prev = scene.hits[tok.quote]
            return Hit(prev.mention, prev.block, "continuation", of=tok.quote) if prev else None
    if _in_fronted_clause(scene, i):
        # "Acknowledging that X “…,” though, Allen did suggest": the main clause's subject.
        main = _main_clause(scene, i)
        return Hit(main, b, "clause_subject") if main is not None else None
    floor = _clause_floor(scene, b, t)
    # "Paul Ryan worried that the safety net was becoming “…”": the one whose thought "that" reports.
    for p in range(t - 1, floor, -1):
        if tokens[p].low == "that" and tokens[p].kind == "w":
            v = skip_adverbs_back(tokens, p, floor) - 1
            if v >= floor and _reports(tokens, v):
                m = subject_before(tokens, v, floor)
                if m is not None and (share_of_people(m.text) or (_valid(m) and m.kind != "description")):
                    return Hit(m, b, "clause_subject")
            break
    m = _earlier_subject(tokens, s, floor, t)
    return Hit(m, b, "clause_subject") if _valid(m) else None


_SHARE = re.compile(
    r"(?:[\d.,]+|[a-z-]+)\s+(?:percent|per\s+cent|%)\s+of\s+\w|(?:a|the)\s+(?:majority|plurality|minority)\s+of\s+\w",
    re.I,
)


def share_of_people(text: str) -> bool:
    """A poll's share of a group: "52 percent of registered voters agreed that …", "a majority of voters".

    >>> share_of_people("52 percent of registered voters"), share_of_people("the plan")
    (True, False)
    """
    return _SHARE.match(text) is not None


def _reports(tokens: tuple[Tok, ...], v: int) -> bool:
    """A verb that can take a "that" clause: "worried", "believes", "sniped", "accepted"."""
    tok = tokens[v]
    if tok.kind != "w" or tok.capital or tok.low in AUXILIARIES:
        return False
    low = tok.low
    return _is_verb(tok, trailing=True) or low in _PAST_FORMS or (low.endswith("s") and not _noun_use(tokens, v))


def _main_clause(scene: Scene, i: int) -> Mention | None:
    """The subject of the clause after a fronted one that holds quotation ``i``."""
    b, t = scene.last[i]
    tokens = scene.paragraphs[b].tokens
    _, e = scene.paragraphs[b].sentence_at(t)
    k = t + 1 if _comma(tokens[t]) else next((c + 1 for c in range(t + 1, e) if _comma(tokens[c])), e)
    while k < e and tokens[k].low in _OPENERS | {","}:
        k += 1
    subj = sentence_subject(tokens, k, e)
    return subj[0] if subj and _valid(subj[0]) else None


def introduced(scene: Scene, i: int) -> Hit | None:
    """A quoted paragraph after one that ends ``X said:`` (or ``X echoed:``).

    >>> _demo("Jo Ruiz, a voter, put it this way:\\n\\n“We are done.”")
    ('introduced', 'Jo Ruiz', 'put')
    """
    b, t = scene.first[i]
    if b == 0 or t != 0:
        return None
    prev = scene.paragraphs[b - 1].tokens
    if len(prev) < 3 or any(tok.kind == "q" for tok in prev[-2:]):
        return None
    para = scene.paragraphs[b - 1]
    s, _ = para.sentence_at(len(prev) - 1)
    if prev[-1].text != ":":
        # "Howard continued his scathing remarks." ¶ “…”: a one-sentence paragraph that announces them.
        if s != 0 or any(tok.kind == "q" for tok in prev):
            return None
        for k in range(s, len(prev) - 1):
            if _is_verb(prev[k]) and not _noun_use(prev, k):
                m = subject_before(prev, k, s)
                if m is not None and m.kind in {"person", "group"}:
                    return Hit(m, b - 1, "introduced", prev[k].text)
        return None
    for k in range(s, len(prev) - 1):
        if _is_verb(prev[k], trailing=True) or prev[k].low in {"put", "puts"}:
            m = subject_before(prev, k, s)
            if _valid(m):
                return Hit(m, b - 1, "introduced", prev[k].text)
    subj = sentence_subject(prev, s, len(prev) - 1)
    if subj and _valid(subj[0]):
        return Hit(subj[0], b - 1, "introduced", prev[subj[1]].text)
    return None


def continuation(scene: Scene, i: int) -> Hit | None:
    """No cue: the quotation goes on from the previous one while the narration stays with its speaker.

    In the same paragraph any narration between the two must not turn to
    another subject; across paragraphs, the quotation must open its paragraph
    and the paragraph before must end with the previous quotation.
    """
    j = i - 1
    while j >= 0 and j in scene.terms:
        j -= 1  # a title or scare quote in between does not break the speaker's run
    if j < 0 or scene.hits[j] is None:
        return None
    prev = scene.hits[j]
    b, t = scene.first[i]
    pb, pt = scene.last[j]
    start = max(pt + 1, scene.used_until.get(j, 0))
    if pb == b:
        return (
            None if _turns_away(scene.paragraphs[b], start, t) else Hit(prev.mention, prev.block, "continuation", of=j)
        )
    if b - pb != 1 or t != 0:
        return None
    para = scene.paragraphs[pb]
    if _turns_away(para, start, len(para.tokens)):
        return None
    return Hit(prev.mention, prev.block, "continuation", of=j)


def _turns_away(para: Paragraph, start: int, end: int) -> bool:
    """Narration between two quotations that holds a sentence of its own about someone."""
    for s, e in para.sentences:
        if s >= start and e <= end and e - s >= 3 and sentence_subject(para.tokens, s, e):
            return True
    return False


def _is_short(text: str) -> bool:
    """A short phrase without sentence punctuation: a title, name or scare quote."""
    words = text.split()
    return len(words) <= _TERM_MAX_WORDS and not text.rstrip().endswith((".", "!", "?", ","))


def termish(scene: Scene, i: int, rule: str | None = None) -> bool:
    """A short quoted phrase used as a label, not as someone's words.

    ``the “reform” plan`` (between an article and a noun) and ``so-called
    “experts”`` are labels; ``X urged voters to “send a message”`` is X's words.
    """
    text = scene.found[i].text
    words = text.split()
    # US style puts the sentence's full stop inside the marks: "the DNC's “trade secrets.”"
    fragment = len(words) <= 2 and text[:1].islower() and text.rstrip().endswith((".", ","))
    if not (_is_short(text) or fragment) or words[0].lower() in _PREDICATE_START:
        return False  # "the lawsuit “can be good”": a predicate, not a label
    b, t = scene.first[i]
    tokens = scene.paragraphs[b].tokens
    prev = tokens[t - 1] if t > 0 else None
    lb, lt = scene.last[i]
    after = scene.paragraphs[lb].tokens
    nxt = after[lt + 1] if lt + 1 < len(after) else None
    if prev is not None and prev.low in _LABEL_WORDS:
        return True
    # The quote sits inside a noun phrase: an article or possessive before it, maybe an adjective.
    inside = False
    for k in range(t - 1, max(-1, t - 4), -1):
        tok = tokens[k]
        if tok.kind == "w" and (tok.low in DETERMINERS or possessive(tok)):
            inside = True
            break
        if tok.kind != "w" or tok.capital or tok.low in _NOT_NOUNS or tok.low in SUBJECT_PRONOUNS:
            break
    noun_after = nxt is not None and nxt.kind == "w" and not nxt.capital and nxt.low not in _NOT_NOUNS
    noun_after = noun_after and not (nxt.low.endswith("ly") and len(nxt.low) > 4)
    # One or two words after an article are a label ("the “dossier” alleging …") unless a cue in
    # their own clause makes them someone's words ("X insisted it was not a “message”").
    few = len(words) <= 2 and rule not in OWN_CLAUSE_CUES
    return inside and (noun_after or few)


Rule = Callable[[Scene, int], Hit | None]
SIEVE: tuple[Rule, ...] = (
    cue_after,
    label,
    owner,
    cue_before,
    according_to,
    sentence_cue,
    clause_subject,
    introduced,
    continuation,
    narration,
)
"""The rules in the order they are tried."""

CUE_RULES = frozenset({"cue_after", "label", "owner", "cue_before", "according_to", "sentence_cue"})
"""Rules that read an explicit cue: a quotation they credit is never a mere term."""


def attribute(scene: Scene, i: int) -> Hit | None:
    """The first rule's hit for quotation ``i`` (rules may look at earlier quotations' hits)."""
    for rule in SIEVE:
        hit = rule(scene, i)
        if hit is not None:
            return hit
    return None


def _demo(text: str, n: int = 0) -> tuple[str, str, str | None]:
    """For the doctests: the rule, name and verb found for quotation ``n`` of ``text``."""
    from .quotes import extract
    from .readers import parse_article

    source = parse_article("demo.txt", "Title\n\n" + text)
    scene = Scene(source, extract(source))
    for k in range(n + 1):
        scene.hits.append(attribute(scene, k))
    hit = scene.hits[n]
    assert hit is not None
    return hit.rule, hit.mention.name, hit.verb
