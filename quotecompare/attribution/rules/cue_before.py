"""Stage 3, attribution rule ``cue_before``: a speech verb before the quotation in its sentence.

One rule made of named sub-rules, tried in the order of :data:`PATTERNS`
(``as_put_it``, ``said_x``, ``aside``, ``clause_verb``, ``colon``...), so a
hit's evidence says which pattern fired.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from quotecompare.attribution.kinds import description_type
from quotecompare.attribution.mentions import (
    Mention,
    can_speak,
    classify,
    np_ending_at,
    np_start,
    phrase_at,
    subject_before,
)
from quotecompare.attribution.narration import Tok, skip_adverbs_back
from quotecompare.attribution.rules.clauses import (
    _clause_floor,
    _earlier_subject,
    _ends_with_comma,
    _in_relative,
    _inner_clause,
    _is_verb,
    _noun_use,
    _subject_phrase,
    _verb_text,
    sentence_subject,
)
from quotecompare.attribution.rules.inverted import inverted, inverted_aside
from quotecompare.attribution.rules.openers import OPENERS, fronted_end
from quotecompare.attribution.rules.relatives import (
    RECALLING,
    REPORTED_NOUNS,
    controlled,
    quoted_as,
    sent_by,
    told_to,
    who_stands_for,
)
from quotecompare.attribution.scene import Hit, Scene
from quotecompare.attribution.wordclass import passive, passive_start
from quotecompare.models import Struct
from quotecompare.text.lexicon import (
    AUXILIARIES,
    CATENATIVES,
    COMMUNICATION_NOUNS,
    NAMING_VERBS,
    PURE_PREPOSITIONS,
    SPEECH_FORMS,
)
from quotecompare.text.lexicon import PAST_FORMS as _PAST


def _token_before(tokens: tuple[Tok, ...], char_start: int) -> int:
    """Index of the first token that starts at or after ``char_start``."""
    for n, tok in enumerate(tokens):
        if tok.start >= char_start:
            return n
    return len(tokens)


class _Sentence(Struct):
    """Where the quotation sits and where its narration starts, worked out once for every pattern."""

    __slots__ = ("b", "floor", "inner", "opens", "s", "start", "t", "tokens")

    def __init__(
        self,
        b: int,  # the paragraph
        t: int,  # the quotation's first token
        tokens: tuple[Tok, ...],
        s: int,  # the sentence's start (after opening symbols when the narration starts there)
        floor: int,  # after earlier quotations and their cues in the sentence
        start: int,  # after fronted openers ("But", "On Monday,") when the narration starts the sentence
        opens: bool,  # the narration starts the sentence (no earlier quotation in it)
        inner: int,  # where the clause holding the quotation starts ("X tweeted after Y argued that “…”": Y's)
    ) -> None:
        self.b = b
        self.t = t
        self.tokens = tokens
        self.s = s
        self.floor = floor
        self.start = start
        self.opens = opens
        self.inner = inner


def cue_before(scene: Scene, i: int) -> Hit | None:
    """A speech verb before the quotation in its sentence: ``X said (that) … “…”``.

    The first verb of the main clause wins ("X said Y called it “…”" is X's
    report), verbs in a fronted clause ("After Y said …, X told …") are passed
    over, and a participle ("…, saying “…”") takes the sentence's subject.
    ``As X put it, “…”`` is X's. Each pattern is a sub-rule of its own, tried
    in order (:data:`PATTERNS`); the hit says which one fired.

    >>> demo("After Jo Ruiz spoke, Ada Holm said the plan was “a fantasy.”")
    ('cue_before', 'Ada Holm', 'said')
    >>> demo("Holm rejected the offer, saying it was “too little, too late.”")
    ('cue_before', 'Holm', 'saying')
    >>> demo("Holm laid out the blame that Wall Street faced, saying, “We will fix it.”")
    ('cue_before', 'Holm', 'saying')
    """
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    floor = _clause_floor(scene, b, t)
    s, _ = para.sentence_at(t)
    opens = floor == s
    start = floor
    if opens:
        s = _skip_symbols(tokens, s, t)
        start = min(fronted_end(tokens, s, t), t)
    where = _Sentence(b, t, tokens, s, floor, start, opens, _inner_clause(tokens, start, t))
    for pattern in PATTERNS:
        hit = pattern(scene, i, where)
        if hit is not None:
            return hit._replace(pattern=pattern.__name__)
    return None


def as_put_it(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """``As X put it, “…”`` opening the sentence."""
    if w.opens and (as_cue := _as_cue(w.tokens, w.s, w.t)) is not None:
        return Hit(as_cue[0], w.b, as_cue[1])
    return None


def withheld(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """``X would not say whether “…”``: words the subject did not say, so no one's (resolved to no speaker)."""
    tokens, t, floor = w.tokens, w.t, w.floor
    for k in range(floor, t - 2):
        if _withheld(tokens, k, floor) and not any(_is_verb(tokens[x]) for x in range(k + 3, t)):
            m = subject_before(tokens, k, floor) or _earlier_subject(tokens, floor, floor, k)
            return Hit(m, w.b, WITHHELD) if m is not None else None
    return None


def to_quote(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """``To quote X, “…”`` opening the sentence."""
    tokens, s = w.tokens, w.s
    if not w.opens or s + 3 >= w.t or tokens[s].low != "to" or tokens[s + 1].low != "quote":
        return None
    span = phrase_at(tokens, s + 2, w.t)
    m = classify(tokens, *span) if span and span[1] < w.t and tokens[span[1]].text == "," else None
    return Hit(m, w.b, "quote") if m is not None and can_speak(m) else None


def as_put_it_inside(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """``…, as prosecutor X put it, “…”`` inside the sentence."""
    for k in range(w.start, w.t - 2):
        if w.tokens[k].low == "as" and k > w.s and w.tokens[k - 1].text == ",":
            as_cue = _as_cue(w.tokens, k, w.t)
            if as_cue is not None:
                return Hit(as_cue[0], w.b, as_cue[1])
    return None


def said_x(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """An inverted cue opening the sentence: ``Said X: “…”``, ``In other words, explained X: “…”``."""
    if not w.opens:
        return None
    if said := inverted(w.tokens, w.s, w.t):
        return Hit(said[0], w.b, said[1])
    if w.start > w.s and (said := inverted(w.tokens, w.start, w.t)):
        return Hit(said[0], w.b, said[1])
    return None


def aside(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """An inverted cue in an aside before the quotation: ``…, said X, “…”``."""
    if found := inverted_aside(w.tokens, w.floor, w.t):
        return Hit(found[0], w.b, found[1])
    return None


def written(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """``… a banner on the bridge read, “…”``: words on a thing, whoever's sentence it is (a letter's are its issuer's).

    Not a thing someone holds, wears or wrote ("X hoisted a sign that read “…”", "added the caption
    which reads"), nor the participle ("X carried a sign reading “…”"): those words are theirs.
    """
    tokens, t = w.tokens, w.t
    k = t - 2 if t >= 2 and tokens[t - 1].text in {":", ","} else t - 1
    if k <= w.start or tokens[k].low not in {"read", "reads"}:
        return None
    if tokens[k - 1].low in {"that", "which"}:
        head = np_start(tokens, k - 2, w.start) if k - 2 > w.start else None  # "… saw a kite that read"
        if head is None or head - 1 < w.start or tokens[head - 1].low not in _SEEING:
            return None
        m = classify(tokens, head, k - 1)
    else:
        m = subject_before(tokens, k, w.start)
    thing = m is not None and m.kind == "description" and m.text.split()[0].lower() in {"a", "an", "the"}
    return Hit(m, w.b, tokens[k].text) if m is not None and thing else None


# Words before a thing whose writing is no one's in the sentence: "… saw a kite that read “…”". A thing
# someone hoisted, wore or added ("hoisted a sign that read", "added the caption which reads") is theirs.
_SEEING = frozenset("see sees saw seen seeing spotted spot noticed notice watched passed passing".split())


def handover(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """The verb that hands over with a colon or comma: ``…, to which X interjected: “…”``."""
    tokens, t = w.tokens, w.t
    start = w.inner
    verb = tokens[t - 2] if t >= 2 and tokens[t - 1].text in {":", ","} else None
    if verb and _is_verb(verb) and not verb.low.endswith("ing") and not _noun_use(tokens, t - 2):
        m = subject_before(tokens, t - 2, max(start, w.s))
        if can_speak(m) and not (m.kind == "pronoun" and m.name in {"i", "we"}):
            return Hit(m, w.b, verb.text)
    return None


def what_x_called(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """``… what X called “…”`` / ``what X described as “…”``: the words are X's, whoever's sentence it is."""
    tokens, t = w.tokens, w.t
    k = t - 2 if t >= 2 and tokens[t - 1].low == "as" else t - 1
    if k <= w.start or not _is_verb(tokens[k]) or _noun_use(tokens, k):
        return None
    m = subject_before(tokens, k, w.start)
    if not can_speak(m) or m.kind == "description":
        return None
    before = _token_before(tokens, m.start) - 1
    return Hit(m, w.b, tokens[k].text) if before >= w.start and tokens[before].low == "what" else None


def relative_cue(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """A relative clause whose own cue runs into the quotation: ``a clip that X called “…”``.

    ``the ones X now says are “…”``, ``an incident X brought up as “…”``: the words are the
    relative clause's subject's, whoever's sentence holds it.
    """
    found = relative_speaker(w.tokens, w.t, w.start)
    return Hit(found[0], w.b, found[1]) if found else None


def relative_speaker(tokens: tuple[Tok, ...], t: int, lo: int) -> tuple[Mention, str] | None:
    """The subject and verb of a relative clause that ends in the quotation at token ``t``, if one does."""
    k = t - 1
    if k > lo and tokens[k].low in _AS_OR_BE:
        k -= 1
    if k > lo and tokens[k].low in _RELATIVE_PARTICLES and tokens[k - 1].low in _PAST:
        k -= 1  # "brought up as"
    past = tokens[k].low in _PAST  # "brought" is no noun, whatever stands before it
    if k <= lo or tokens[k].low in AUXILIARIES:
        return None  # "what the staffers did “…”", "the country had “contained”": no cue
    if not (past or _is_verb(tokens[k], trailing=True)) or (not past and _noun_use(tokens, k)):
        return None
    v = k
    while v - 1 > lo and tokens[v - 1].low in _THEN_NOW:
        v -= 1  # "the ones the Treasury now says are"
    m = subject_before(tokens, v, lo)
    if m is not None and m.kind in {"person", "org", "group"} and _in_relative(tokens, m.start, lo):
        return m, tokens[k].text
    return None


_ASKED = frozenset("asked questioned pressed challenged".split())
_REPORTING = SPEECH_FORMS | REPORTED_NOUNS  # a report under way before a "who says"
_SPEAKING = frozenset({"person", "organisation", "group", "unnamed"})

_AS_OR_BE = frozenset("as is are was were".split())
_RELATIVE_PARTICLES = frozenset("up out off".split())
_THEN_NOW = frozenset("now then still once later often".split())


def clause_verb(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """The first speech verb of the quotation's clause, and its subject: ``X said (that) … “…”``."""
    tokens, t, s, b, start = w.tokens, w.t, w.s, w.b, w.inner
    asides = _prepositional_asides(tokens, start, t)
    for k in range(start, t):
        tok = tokens[k]
        if not _is_verb(tok) or _noun_use(tokens, k) or _moving(tokens, k) or any(a < k < e for a, e in asides):
            continue
        if tok.low in NAMING_VERBS and tokens[k + 1].kind == "q" and tokens[k + 1].quote in scene.terms:
            continue  # "a class called “Perception” …, writing “…”": that verb named the term before
        if k + 1 < len(tokens) and tokens[k + 1].low == "by":
            if tok.low in _ASKED and (asker := _subject_phrase(tokens, k + 2, t)) is not None and can_speak(asker):
                return Hit(asker, b, f"{tok.text} by")  # "X was asked by host Y whether “…”": Y's question
            continue  # "was called “…” by X": passive, the subject is not the speaker
        if (tok.low.endswith("ed") or tok.low in _PARTICIPLES) and passive(tokens, k, start):
            said_as = tok.low in _QUOTED_AS and k + 2 < t and tokens[k + 1].low == "as" and _is_verb(tokens[k + 2])
            m = subject_before(tokens, passive_start(tokens, k, start), start) if said_as else None
            if can_speak(m) and m.kind != "description":
                return Hit(m, b, tokens[k + 2].text)  # "Holm was quoted as saying …": Holm's words
            continue  # "after the winner was declared", "three were shot": a passive says nothing of who spoke
        before = _skip_back(tokens, k, start)
        while before > start and tokens[before - 1].low in _THEN_NOW:
            before -= 1  # "…, but now said", "and then told"
        link = tokens[before - 1] if before > start else None
        if link is not None and link.low == "to" and before - 1 > start:
            # "… leading advisers like Gene Sperling to counter “…”": the one named before "to";
            # "X interrupted me to announce “…”" / "X declined to say": the subject of the verb before.
            named = classify(tokens, *span) if (span := np_ending_at(tokens, before - 2, start)) else None
            if named is not None and named.kind in {"person", "group"}:
                return Hit(named, b, tok.text)
            if named is not None and span and controlled(tokens, span[0], start) and can_speak(named):
                return Hit(named, b, tok.text)  # "The row led the Herald to state, “…”"
            wanted = subject_before(tokens, before - 2, start) if tokens[before - 2].low in _WANTING else None
            if wanted is not None and (wanted.kind != "description" or description_type(wanted.text) is not None):
                return Hit(wanted, b, tok.text)  # "Among the questions Holm wants to ask: “…”"
            m = _earlier_subject(tokens, s, start, before - 1)
            if can_speak(m):
                return Hit(m, b, tok.text)
            continue
        if tok.low in _QUOTING | RECALLING and (quoted := quoted_as(tokens, k, t)) is not None:
            return Hit(quoted[0], b, quoted[1])
        if tok.low.endswith("ing") or (link is not None and link.low in {"and", "but"}):
            if link is None or (link.text not in {",", "and", "but"} and link.low not in AUXILIARIES | CATENATIVES):
                # "Ryan saying …" is Ryan's; "a statement saying …" describes a thing.
                m = subject_before(tokens, k, max(start, s))
                if m is None and link is None and k == start > s and _unspoken(scene, tokens[k - 1]):
                    # "X pounced on news that Y's server had handled files deemed “…,” saying: “…”": the
                    # participle after an earlier quotation no one spoke goes on with the sentence's speaker.
                    m = _earlier_subject(tokens, s, s, k, closed=True)
                    m = m if m is not None and m.kind in {"person", "pronoun"} else None
                if m is not None and m.kind in {"person", "group", "pronoun", "org"}:
                    return Hit(m, b, tok.text)
                opened = m is not None and tokens[_token_before(tokens, m.start) - 1].low == "with"
                if opened and m is not None and description_type(m.text) in _SPEAKING:
                    return Hit(m, b, tok.text)  # "…, with the campaign of the former senator saying …"
                if m is not None and m.text.split()[-1].lower() in COMMUNICATION_NOUNS:
                    # "X issued a statement calling …": X speaks through the statement.
                    issuer = _earlier_subject(tokens, s, start, _token_before(tokens, m.start))
                    if can_speak(issuer):
                        return Hit(issuer, b, tok.text)
                continue
            if link.low in {"and", "but"} and (told := told_to(tokens, before - 1, start)) is not None:
                return Hit(told, b, tok.text)  # "That prompted X to make a joke and call Y “…”"
            if link.low not in AUXILIARIES | CATENATIVES:
                # "…, saying “…”" / "X did this and said “…”": the subject of the verb before speaks,
                # even across an earlier quotation ("X tweeted it was a “disaster” and asked, “…”").
                m = _earlier_subject(tokens, s, start if link.text == "," else s, before - 1, closed=True)
                if m is None and link.text == "," and (span := np_ending_at(tokens, before - 2, s)):
                    # "Holm, citing “…,” said …", "Holm, calling it “…”": the participle's subject opens the sentence.
                    m = classify(tokens, *span) if span[0] == s else None
                if m is not None and m.kind not in {"person", "pronoun"}:
                    m = _reporter(tokens, s, m) or m
                if can_speak(m):
                    return Hit(m, b, tok.text)
                continue
        m = subject_before(tokens, k, max(start, s))
        if m is None and start > s and before - 1 >= start and tokens[before - 1].low == "who":
            # "Among the speakers was Tom Ashby, who said …": the opener ran to the comma before "who".
            m = subject_before(tokens, k, s)
        if m is None and before - 2 >= start and tokens[before - 1].low == "who":
            # "The ad features a retired teacher who says …"; not inside someone's report ("Holm is asking
            # the council to disavow a general who suggested …", "disavowing remarks by a surrogate who said").
            reported = any(tokens[x].low in _REPORTING for x in range(start, before - 1))
            m = None if reported else who_stands_for(tokens, before - 2, start)
        if m is None and before - 2 >= start and tokens[before - 1].low == "that":
            m = sent_by(tokens, before - 2, start)  # "Trump sent a tweet that called them “…”"
        if can_speak(m):
            if m.kind == "org" or (m.kind == "description" and description_type(m.text) != "unnamed"):
                # "The Times reports X said “…”", "The ad shows footage of X saying “…”": the
                # outlet or document relays the person's words (a strategist who said X will … is no relay).
                inner = _inner_person(scene, i, k + 1)
                if inner is not None:
                    return inner
            return Hit(m, b, _verb_text(tokens, k)[0])
    return None


WITHHELD = "withheld"
"""The cue of a quote its clause's subject would not say ("declined to say whether …"): no one's words."""
_NEGATIONS = frozenset("not never neither nor".split())
_REFUSALS = frozenset("declined refused declines refuses declining refusing".split())
_SAY = frozenset({"say", "said"})


def _unspoken(scene: Scene, tok: Tok) -> bool:
    """A quotation ending with a comma that no speaker said: no cue, or a thing its clause's subject."""
    if not _ends_with_comma(tok) or not 0 <= tok.quote < len(scene.hits):
        return False
    hit = scene.hits[tok.quote]
    return hit is None or (hit.mention.kind == "description" and description_type(hit.mention.text) is None)


def _withheld(tokens: tuple[Tok, ...], k: int, lo: int) -> bool:
    """A speech verb denied a question: "would not say whether", "wouldn’t say if", "declined to say whether"."""
    if tokens[k].low in _REFUSALS and k + 2 < len(tokens) and tokens[k + 1].low == "to":
        k += 2  # "declined to say whether …": read from "say"
    elif tokens[k].low not in _SAY:
        return False  # (tried at every word of the sentence: the cheap test first)
    elif not (k - 2 >= lo and tokens[k - 1].low == "to" and tokens[k - 2].low in _REFUSALS) and not any(
        t.low in _NEGATIONS or t.low.endswith(("n't", "n’t")) for t in tokens[max(lo, k - 3) : k]
    ):
        return False
    return tokens[k].low in _SAY and k + 1 < len(tokens) and tokens[k + 1].low in {"whether", "if"}


def _reporter(tokens: tuple[Tok, ...], s: int, m: Mention) -> Mention | None:
    """The speaker of an earlier speech verb whose reported clause holds ``m``, the thing a clause spoke of.

    "X said the plan was “…” and added that “…”": the plan adds nothing; the one who said it goes on.
    """
    for v in range(_token_before(tokens, m.start) - 1, s - 1, -1):
        if _is_verb(tokens[v]) and not _noun_use(tokens, v):
            r = subject_before(tokens, v, s)
            return r if can_speak(r) else None
    return None


def _prepositional_asides(tokens: tuple[Tok, ...], start: int, t: int) -> list[tuple[int, int]]:
    """Commas around a phrase that opens with a preposition: "X, in response to Y's use of Z to describe …, accused".

    A verb inside such an aside ("describe") is no cue of the clause around it.
    """
    out = []
    commas = [c for c in range(start, t) if tokens[c].text == ","]
    for a, e in pairwise(commas):
        if (
            a + 1 < e
            and tokens[a + 1].low in PURE_PREPOSITIONS
            and any(_is_verb(tokens[v]) and not _noun_use(tokens, v) for v in range(e + 1, t))
        ):
            out.append((a, e))
    return out


_MOTION = frozenset("went goes go".split())
_WANTING = frozenset("wants wanted hopes hoped plans planned intends intended wishes wished".split())
"""Verbs whose subject goes on to the infinitive after them: "the questions Holm wants to ask"."""


def _moving(tokens: tuple[Tok, ...], k: int) -> bool:
    """ "voters went to the polls": a verb of motion, a cue only before the words ("went, “…”") or "on"."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].low in _MOTION and nxt is not None and nxt.kind == "w" and nxt.low != "on"


def colon(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """Any verb before a colon that opens the quotation: ``X resisted: “…”``."""
    tokens, t = w.tokens, w.t
    if t >= 2 and tokens[t - 1].text == ":":
        subj = sentence_subject(tokens, w.inner, t)
        if subj and can_speak(subj[0]) and subj[0].kind != "description":
            return Hit(subj[0], w.b, tokens[subj[1]].text)
        # "The surge doesn't surprise pollster Daron Shaw: “…”": a thing's sentence, a person before the colon.
        span = np_ending_at(tokens, t - 2, w.inner)
        named = classify(tokens, *span) if span else None
        quoting = span is not None and tokens[span[0] - 1].low in _QUOTING  # "by quoting Leonardo da Vinci:"
        if (
            named is not None
            and named.kind == "person"
            and span
            and span[0] > w.inner
            and tokens[t - 2].capital
            and not quoting
        ):
            return Hit(named, w.b, ":")
        if subj and can_speak(subj[0]):
            return Hit(subj[0], w.b, tokens[subj[1]].text)
    return None


def adding(scene: Scene, i: int, w: _Sentence) -> Hit | None:
    """``“…,” said X, adding: “…”``: a participle after the cue of the quotation before goes on with its speaker.

    >>> demo("“We won’t stop,” said Ada Holm, adding: “Never.”", 1)
    ('cue_before', 'Ada Holm', 'adding')
    """
    tokens, t, b = w.tokens, w.t, w.b
    k = t - 1 if t and tokens[t - 1].text in {":", ","} else t
    if i == 0 or k < 2 or tokens[k - 2].text != "," or not _speaking(tokens[k - 1]):
        return None
    before = scene.hits[i - 1]
    lb, lt = scene.last[i - 1]
    if before is None or before.rule != "cue_after" or lb != b or lt < w.s:
        return None  # the quotation before, in this sentence, with its cue after it
    if any(tok.kind == "q" for tok in tokens[lt + 1 : k - 2]):
        return None
    return Hit(before.mention, b, tokens[k - 1].text)


def _speaking(tok: Tok) -> bool:
    return tok.kind == "w" and not tok.capital and tok.low.endswith("ing") and tok.low in SPEECH_FORMS


PATTERNS: tuple[Callable[[Scene, int, _Sentence], Hit | None], ...] = (
    withheld,
    adding,
    as_put_it,
    to_quote,
    said_x,
    as_put_it_inside,
    aside,
    written,
    handover,
    what_x_called,
    relative_cue,
    clause_verb,
    colon,
)
"""The patterns of :func:`cue_before`, in the order they are tried."""


def _skip_symbols(tokens: tuple[Tok, ...], s: int, t: int) -> int:
    """Past list markers and stray symbols opening a sentence ("~ As X put it", "* X said")."""
    while s < t and tokens[s].kind == "p" and tokens[s].text not in {"(", "“", "«", "„", '"'}:
        s += 1
    return s


_QUOTING = frozenset("quoting quoted quotes citing cited cites paraphrasing invoking".split())
# Irregular past participles of cue verbs: "three people were shot", "voters were told".
_PARTICIPLES = frozenset("shot told said written spoken given shown known seen heard taken thrown".split())


_QUOTED_AS = frozenset("quoted heard recorded overheard caught filmed".split())


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
            return Hit(m, b, tokens[k].text)
    return None


def _as_cue(tokens: tuple[Tok, ...], s: int, t: int) -> tuple[Mention, str] | None:
    """ "As X put it, “…”" / "But as X has pointed out, …": the fronted clause is the cue."""
    if tokens[s].low in OPENERS and s + 1 < t:
        s += 1
    if tokens[s].low != "as":
        return None
    comma = next((c for c in range(s + 1, t) if tokens[c].text == ","), None)
    if comma is None:
        return None
    for k in range(s + 1, comma):
        if tokens[k].low in _MOTION and k + 2 == comma:
            return None  # "As the debate went on, …": a clause of time, its "on" no cue's
        if (_is_verb(tokens[k]) and not _moving(tokens, k)) or tokens[k].low in {"put", "puts"}:
            # "As voters went to the polls, …": a clause of time, no cue
            m = subject_before(tokens, k, s + 1)
            if can_speak(m):
                return m, _verb_text(tokens, k)[0]
    return None


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
