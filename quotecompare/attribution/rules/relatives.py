"""Who a relative or controlled clause stands for, where its own cue runs into the quotation.

Part of stage 3 (attribution), used by :mod:`quotecompare.attribution.rules.cue_before`:
"The ad features a retired teacher who says …" (:func:`who_stands_for`), "Trump sent a tweet that
called …" (:func:`sent_by`), "That prompted X to call …" (:func:`told_to`), "Reuters quoted X as
saying …" (:func:`quoted_as`).
"""

from __future__ import annotations

from quotecompare.attribution.mentions import Mention, can_speak, classify, np_ending_at, np_start, subject_before
from quotecompare.attribution.narration import Tok
from quotecompare.attribution.rules.clauses import _is_verb
from quotecompare.text.lexicon import COMMUNICATION_NOUNS, DETERMINERS, SPEECH_FORMS


def controlled(tokens: tuple[Tok, ...], np_start: int, lo: int) -> bool:
    """Whether the phrase starting at ``np_start`` is the object of a verb like "prompted" or "led"."""
    v = np_start - 1
    return v >= lo and tokens[v].kind == "w" and tokens[v].low in OBJECT_CONTROL


def told_to(tokens: tuple[Tok, ...], k: int, lo: int) -> Mention | None:
    """The one "prompted … to" do what the verb after ``k`` joins: "prompted X to make a joke and call"."""
    for p in range(k - 1, lo, -1):
        tok = tokens[p]
        if tok.kind == "q" or tok.text in {",", ";", ":", "."}:
            return None
        if tok.low == "to" and (span := np_ending_at(tokens, p - 1, lo)) and controlled(tokens, span[0], lo):
            m = classify(tokens, *span)
            return m if can_speak(m) else None
    return None


# Verbs whose object is the subject of the "to" that follows: "That prompted X to call …".
OBJECT_CONTROL = frozenset(
    "prompted prompts prompting led leads leading forced forces caused causes pushed pushes encouraged "
    "encourages allowed allows invited invites persuaded persuades spurred spurs inspired inspires drove drives".split()
)


REPORTED_NOUNS = frozenset("remarks comments statement statements words".split())


def who_stands_for(tokens: tuple[Tok, ...], e: int, lo: int) -> Mention | None:
    """The one a "who" ending at token ``e`` stands for: the phrase before it, or the name an apposition
    stands beside ("Ada Holm, a retired teacher, who says")."""
    e -= tokens[e].text == ","
    start = np_start(tokens, e, lo)  # the phrase right before it: the spymaster of "the memoirs of a spymaster who"
    if start is None:
        return None
    m = classify(tokens, start, e + 1)
    if m is None or (m.kind == "description" and tokens[start].low not in DETERMINERS):
        return None  # "rebuked critics who say": no one the writer introduced
    if m.kind == "description" and start - 2 >= lo and tokens[start - 1].text == ",":
        name = np_ending_at(tokens, start - 2, lo)
        named = classify(tokens, *name) if name else None
        return named if named is not None and named.kind == "person" else m
    return m


_SENDING = frozenset(
    "sent send sends sending posted post posts issued issue issues released release wrote penned fired".split()
)


def sent_by(tokens: tuple[Tok, ...], e: int, lo: int) -> Mention | None:
    """Who sent the message a "that" ending at token ``e`` stands for: "Trump sent a tweet that called …",
    "The suit prompted Trump to send a tweet that called …" (Trump), else the message itself."""
    start = np_start(tokens, e, lo)
    if start is None or tokens[e].low not in COMMUNICATION_NOUNS or start - 1 <= lo:
        return None
    doc = classify(tokens, start, e + 1)
    # The verb may stand before the phrase's words: "penned a series of excoriating “Dear Walter” letters".
    v = next((x for x in range(start - 1, max(lo, start - 8), -1) if tokens[x].low in _SENDING), None)
    if v is None or any(tokens[x].text in {",", ";", ":"} for x in range(v + 1, start)):
        return doc
    if v - 1 > lo and tokens[v - 1].low == "to" and (told := told_to(tokens, v + 1, lo)) is not None:
        return told
    sender = subject_before(tokens, v, lo)
    return sender if can_speak(sender) else doc


def quoted_as(tokens: tuple[Tok, ...], k: int, t: int) -> tuple[Mention, str] | None:
    """ "Reuters quoted Holm as saying “…”": the one quoted (after ``tokens[k]``) speaks, not the one quoting.
    So does the one recalled or heard saying it: "Holm recalled Brandt saying “…”", "heard Brandt say"."""
    recalled = tokens[k].low in RECALLING
    for j in range(k + 2, min(t - 1, k + 10)):
        if tokens[j].text in {",", ";"} or tokens[j].kind != "w":
            return None
        said = tokens[j].low in SPEECH_FORMS and (tokens[j].low.endswith("ing") or tokens[j].low in {"say", "tell"})
        if recalled and said:
            obj = tokens[k + 1]
            if j == k + 2 and obj.low in _OBJECTS:  # "Holm recalled him saying": "he", as a subject
                return Mention(obj.start, obj.end, obj.text, "pronoun", _OBJECTS[obj.low]), tokens[j].text
            m = classify(tokens, k + 1, j)
            return (m, tokens[j].text) if m is not None and m.kind == "person" else None
        if tokens[j].low == "as" and tokens[j + 1].low.endswith("ing") and _is_verb(tokens[j + 1]):
            obj = tokens[k + 1]
            if j == k + 2 and obj.low in _OBJECTS:  # "Tass quoted him as saying": "he", resolved as a cue's
                return Mention(obj.start, obj.end, obj.text, "pronoun", _OBJECTS[obj.low]), tokens[j + 1].text
            m = classify(tokens, k + 1, j)
            return (m, tokens[j + 1].text) if can_speak(m) else None
    return None


RECALLING = frozenset(
    "recalled recalls recalling remembered remembers recounted recounts heard hears overheard".split()
)
"""Verbs whose object is who spoke: "Holm recalled Brandt saying “…”"."""
_OBJECTS = {"him": "he", "her": "she", "them": "they"}
