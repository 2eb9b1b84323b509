"""Stage 3, attribution rule ``label``: a name and a colon before the quotation (``X: “…”``).

Split from :mod:`.cues` for length; the sieve tries it after ``cue_after`` and before ``owner``.
"""

from __future__ import annotations

import re

from quotecompare.attribution.kinds import UTTERANCE_NOUNS
from quotecompare.attribution.mentions import classify, phrase_at, possessive
from quotecompare.attribution.narration import Tok
from quotecompare.attribution.rules.clauses import _INVERTING, _is_verb, _noun_use, _subject_phrase, _token_after
from quotecompare.attribution.rules.openers import DASHES
from quotecompare.attribution.scene import Hit, Scene
from quotecompare.attribution.wordclass import PERSONAL_OWNERS
from quotecompare.text.lexicon import PURE_PREPOSITIONS


def label(scene: Scene, i: int) -> Hit | None:
    """A name and a colon before the quotation: ``Ada Holm: “…”`` or ``Holm, Tribune: “…”``.

    Round-ups and transcripts set speakers by layout. A description ("The
    statement:") or a one-letter label ("Q:") is not a speaker.

    >>> demo("Ada Holm: “We will win.” Jo Ruiz: “We will see.”", 1)
    ('label', 'Jo Ruiz', None)
    >>> demo("Continued Holm: “We will win.”")
    ('cue_before', 'Holm', 'Continued')
    >>> demo("Holm, asked about the cost: “It is worth it.”"), demo("On the pier, Holm: “It stays.”")
    (('label', 'Holm', None), ('label', 'Holm', None))
    """
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    if t < 2 or tokens[t - 1].text not in {":", "?"}:
        return None
    s, _ = para.sentence_at(t - 1)
    if tokens[t - 1].text == "?" or (tokens[s].low in PERSONAL_OWNERS and t - 1 - s == 2):
        # "His answer: “…”", "Brandt's response? “…”": the words an owner's answer is (resolved as "he" is).
        said = t - 1 - s == 2 and tokens[t - 2].low in UTTERANCE_NOUNS
        owner = tokens[s].low in PERSONAL_OWNERS or (possessive(tokens[s]) and tokens[s].capital)
        m = classify(tokens, s, t - 1) if said and owner else None
        return Hit(m, b) if m is not None else None
    start = s
    for k in range(t - 2, s - 1, -1):
        if tokens[k].text in DASHES | {"|"} or tokens[k].kind == "q":
            start = k + 1
            break
    if tokens[start].low in {"more", "from"}:
        start += 2 if tokens[start].low == "more" and tokens[start + 1].low == "from" else 1  # "More from Jones:"
    if tokens[start].capital and tokens[start].low in _INVERTING:
        return None  # "Continued Stone: “…”" is an inverted cue (cue_before), not a label
    here = tokens[start].low in {"here's", "here’s"} or (
        tokens[start].low == "here" and start + 1 < t and tokens[start + 1].low == "is"
    )
    if here:
        start += 1 if tokens[start].low != "here" else 2  # "Here's Holm in 1992: “…”"
    elif tokens[start].low in PURE_PREPOSITIONS and (
        c := next((k for k in range(start, t - 1) if tokens[k].text == ","), 0)
    ):
        start = c + 1  # "On the economy, Holm: “…”": the topic, then the label
    m = _subject_phrase(tokens, start, t - 1, joined=True)
    if m is None or m.kind not in {"person", "org", "group"} or len(m.name) < 2:
        return None
    if here:
        end = _token_after(tokens, m.end)
        when = end < t - 1 and tokens[end].low in PURE_PREPOSITIONS and t - 1 - end <= _HERE_PHRASE
        if m.kind == "person" and (end == t - 1 or (when and not any(_is_verb(x) for x in tokens[end : t - 1]))):
            return Hit(m, b)
        return None
    if m.kind == "org" and m.name.isupper() and " " not in m.name and len(m.name) > 3:
        # A transcript's "TRUMP:" is a person the article names in ordinary case.
        surname = m.name.title()
        if re.search(rf"\b{re.escape(surname)}\b", scene.source.raw):
            m = m._replace(kind="person", name=surname)
    end = _token_after(tokens, m.end)
    if end < t - 1 and tokens[end].low in {"on", "about"} and _topic(tokens, end, t - 1):
        end = t - 1  # "- Ivo Brandt on jobs: “…”": a round-up's label with its topic
    if end < t - 1 and tokens[end].text == ",":
        outlet = phrase_at(tokens, end + 1, t - 1)
        end = outlet[1] if outlet else end
        # "Holm, in a statement: “…”": where or how the words came, no verb of its own.
        setting = end + 1 < t - 1 and tokens[end + 1].low in PURE_PREPOSITIONS and t - 2 - end <= _HERE_PHRASE
        # "Holm, asked about the cost: “…”": a participle saying how the words came.
        asked = end + 1 < t - 1 and tokens[end + 1].low in _LABEL_PARTICIPLES and t - 2 - end <= _HERE_PHRASE + 1
        if not outlet and (setting or asked) and _verbless(tokens, end + 1 + asked, t - 1, trailing=True):
            end = t - 1
        elif (
            not outlet and end + 1 < t - 1 and tokens[end + 1].low in {"on", "about"} and _topic(tokens, end + 1, t - 1)
        ):
            end = t - 1  # "Rubio, on why the Senate failed: “…”"
    return Hit(m, b) if end == t - 1 else None


def _topic(tokens: tuple[Tok, ...], lo: int, hi: int) -> bool:
    """A label's topic from the preposition at ``lo``: a noun phrase ("on jobs") or a question's clause,
    whose verb is the topic's own ("on why the Senate failed", "about how China took the jobs")."""
    if lo + 1 < hi and tokens[lo + 1].low in _TOPIC_WH:
        return hi - lo <= _TOPIC_CLAUSE
    return hi - lo <= _HERE_PHRASE and _verbless(tokens, lo, hi)


_TOPIC_WH = frozenset("why how what whether where when".split())
_TOPIC_CLAUSE = 12  # words of "on how China has taken jobs from Ohio and Michigan"


def _verbless(tokens: tuple[Tok, ...], lo: int, hi: int, trailing: bool = False) -> bool:
    """No verb of its own from ``lo`` to ``hi``, a label's topic or setting ("on her emails": a noun there)."""
    return not any(_is_verb(tokens[x], trailing) and not _noun_use(tokens, x) for x in range(lo, hi))


_HERE_PHRASE = 6  # words of "in December 1992", "on the campaign trail" between the name and the colon
_LABEL_PARTICIPLES = frozenset("asked pressed speaking responding replying writing answering addressing".split())
