"""Cues that put the verb before its subject, before the quotation: ``Said X, “…”``, ``…, explained X, “…”``.

Part of stage 3 (attribution): two patterns :mod:`quotecompare.attribution.rules.cue_before` tries
(``said_x`` and ``aside``), on a sentence's tokens.
"""

from __future__ import annotations

from quotecompare.attribution.mentions import Mention, can_speak, prefer_named, subject_before
from quotecompare.attribution.narration import Tok
from quotecompare.attribution.rules.clauses import (
    _INVERTING,
    _apposition_after,
    _is_verb,
    _subject_phrase,
    _token_after,
)
from quotecompare.text.lexicon import COMMUNICATION_NOUNS, PREPOSITIONS


def inverted(tokens: tuple[Tok, ...], s: int, t: int) -> tuple[Mention, str] | None:
    """ "Said Comey, “…”": the verb first, then its subject, then the quotation."""
    tok = tokens[s]
    if not (tok.capital and tok.low in _INVERTING):
        return None
    m = _subject_phrase(tokens, s + 1, t)
    if not can_speak(m) or m.kind == "pronoun":
        return None
    after = _token_after(tokens, m.end)
    if after < t and tokens[after].text == "," and tokens[t - 1].text in {",", ":"} and t - 1 > after:
        # "Said X, a neighbor who grew up with him, “…”": an apposition closed by the comma before the quote
        between = tokens[after + 1 : t - 1]
        if len(between) <= 20 and not any(x.text in {".", ";", "!", "?"} or x.kind == "q" for x in between):
            return m, tok.text
    return (m, tok.text) if after < t and tokens[after].text in {",", ":"} and after + 1 == t else None


def inverted_aside(tokens: tuple[Tok, ...], lo: int, t: int) -> tuple[Mention, str] | None:
    """ "…, explained Rosenberg, “…”": an aside that puts the verb before its subject."""
    for k in range(lo + 1, t - 1):
        if tokens[k - 1].text == "," and _is_verb(tokens[k]) and not tokens[k].low.endswith("ing"):
            if can_speak(subject_before(tokens, k, lo)):
                continue  # "Dick Dever, who …, told POLITICO, “…”": the verb has its subject before it
            m = _subject_phrase(tokens, k + 1, t)
            # A name or a description ("The decision, said one official, “…”"; one of a thing is no speaker,
            # as the sieve's type check tells).
            if can_speak(m) and m.kind in {"person", "org", "description"}:
                after = _token_after(tokens, m.end)
                if after < t and tokens[after].text == ",":
                    return m, tokens[k].text
    return None


_HOW_PUT = frozenset("put described summed phrased explained said framed saw sees puts describes".split())
_THAT_IS = frozenset({"that's", "that’s", "this's"})
_THAT_WAS = {("that", "was"), ("this", "was"), ("that", "is"), ("this", "is"), ("those", "were"), ("these", "were")}


def that_was(tokens: tuple[Tok, ...], j: int, hi: int) -> tuple[Mention, str] | None:
    """ "“…” That was Tom Keel, speaking on local radio." / "Those were the words of X.": the sentence after
    words that end their own says whose they were, the copula standing for the cue; "“…,” was how X put it"
    says so of words that are its subject."""
    if j + 2 < hi and tokens[j].low == "so" and tokens[j + 1].low in {"said", "says", "wrote", "writes"}:
        m = _subject_phrase(tokens, j + 2, hi)  # "“…” So said Ada Holm on Tuesday."
        return (m, tokens[j + 1].text) if can_speak(m) and m.kind in {"person", "org"} else None
    if j + 2 < hi and tokens[j].low in {"was", "is"} and tokens[j + 1].low == "how":
        j -= 1  # "“…,” was how Sen. Ada Holm put it": the words themselves are the subject
    elif j + 1 < hi and tokens[j].low in _THAT_IS:
        j -= 1  # "That's how one voter put it.": the copula inside the first word
    elif j + 2 >= hi or (tokens[j].low, tokens[j + 1].low) not in _THAT_WAS:
        return None
    k = j + 2
    if [t.low for t in tokens[k : k + 3]] == ["the", "words", "of"]:
        k += 3
    how = tokens[k].low == "how"  # "That was how Tom Keel put it."
    m = _subject_phrase(tokens, k + how, hi)
    described = can_speak(m) and m.kind == "description"
    if described and m is not None:
        # "That's how one voter, Ada Holm, put it.": the name set off after the description.
        m = prefer_named(m, tokens, _apposition_after(tokens, m, _token_after(tokens, m.end), hi))
    if not can_speak(m) or m.kind not in {"person", "org"}:
        return None  # "That was the plan.": a thing, no speaker
    after = _token_after(tokens, m.end)
    if m.text.endswith(("'s", "’s")) and after < hi and tokens[after].low in COMMUNICATION_NOUNS:
        after += 1  # "That was Ada Holm's promise": her words
    if described and how and after + 1 < hi and tokens[after].text == ",":
        after += 1  # past the apposition's closing comma: "one voter, Ada Holm, put it"
    if how:  # "… how Keel summed it up on Monday"; not "That is how Keel won": how the words were said
        return (m, tokens[after].text) if after < len(tokens) and tokens[after].low in _HOW_PUT else None
    # "That was Holm's promise." / "… promise to the crowd." / "That was Tom Keel, speaking on local radio."
    closes = (
        after >= len(tokens) or tokens[after].text in {",", ".", "!", "—", "–"} or tokens[after].low in PREPOSITIONS
    )
    return (m, tokens[j + 1].text) if closes else None
