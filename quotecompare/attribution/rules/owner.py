"""Stage 3, attribution rule ``owner``: the words are called someone's (``X's claim that “…”``).

Split from :mod:`.cues` for length; the sieve tries it after ``label`` and before ``cue_before``.
"""

from __future__ import annotations

from quotecompare.attribution.mentions import can_speak, classify, phrase_at, possessive
from quotecompare.attribution.narration import Tok
from quotecompare.attribution.rules.clauses import _clause_floor, _is_verb, _noun_use
from quotecompare.attribution.scene import Hit, Scene
from quotecompare.attribution.wordclass import NOT_NAMES
from quotecompare.text.lexicon import COMMUNICATION_NOUNS, DETERMINERS, PAST_FORMS


def owner(scene: Scene, i: int) -> Hit | None:
    """A quotation right after someone's words: ``X's claim that “…”``, ``X's “…” promise``.

    >>> demo("Critics mocked Ada Holm's claim that the budget was “balanced to the penny.”")
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
        for k in range(t - 1, max(floor, t - _OWNER_REACH) - 1, -1):
            tok = tokens[k]
            # "X's claim", "X's new claim", "X's most explosive claim"
            owned = (k >= 1 and possessive(tokens[k - 1])) or (k >= 2 and possessive(tokens[k - 2]))
            owned = owned or (
                k >= 3 and possessive(tokens[k - 3]) and all(x.kind == "w" and not x.capital for x in tokens[k - 2 : k])
            )
            if tok.low in COMMUNICATION_NOUNS and owned:
                spoken = any(_is_verb(tokens[v]) and not _noun_use(tokens, v) for v in range(floor, k - 1))
                if spoken and (k + 1 == t or (k + 2 == t and tokens[k + 1].text in {",", "was", "is"})):
                    # "Fallon responded, calling Trump's charge “pathetic”", "Ryan said Trump's criticism
                    # was “…”": what the one who speaks says of the claim
                    return None
                nxt_word = k + 2 if k + 2 < len(tokens) and tokens[k + 1].low in {"was", "is"} else k + 1
                infinitive = not (
                    nxt_word + 1 < len(tokens)
                    and tokens[nxt_word].low == "to"
                    and (tokens[nxt_word + 1].low in DETERMINERS or possessive(tokens[nxt_word + 1]))
                )  # "X's pledge to cut …", not "the bank's response to the epidemic"
                if nxt_word < len(tokens) and (
                    nxt_word == t or (tokens[nxt_word].low in {"that", "of", ":", ",", "to"} and infinitive)
                ):
                    noun_end = k  # "X's claim that …", "X's answer was that …", "X's controversial pledge to …"
                if nxt_word + 1 < t and tokens[nxt_word].text == "," and tokens[nxt_word + 1].low in _NEW_CLAUSE:
                    noun_end = -1  # "discounted X's claims, but have speculated that …": another clause
                if noun_end >= 0 and tokens[nxt_word].low == "that" and _judged(tokens, nxt_word + 1, t):
                    noun_end = -1  # "X's claim that Y backs it is “simply not true”": said of the claim
                break
            if tok.low in COMMUNICATION_NOUNS and k + 1 < t and tokens[k + 1].low in {"of", "from"} and k > floor:
                # "the contention of Hillary Clinton that …", "The verdict from Ada Holm, a farmer: …"
                span = phrase_at(tokens, k + 2, t)
                m = classify(tokens, *span) if span else None
                if (
                    span
                    and m is not None
                    and (m.kind == "person" or (m.kind == "description" and tokens[k - 1].low == "the"))
                    and can_speak(m)
                    and span[1] < t
                    and tokens[span[1]].low in {"that", ":", ","}
                ):
                    return Hit(m, b)  # "the contention of Hillary Clinton that …", "In the words of one aide, …"
            if _is_verb(tok) and not _noun_use(tokens, k) and k < t - 1:
                return None  # a cue of its own: cue_before reads it
        if noun_end < 0:
            return None
    span = _np_ending_at_possessor(tokens, noun_end)
    m = classify(tokens, *span) if span else None
    if m is not None and m.kind != "person" and m.name.endswith(("'s", "’s")):
        m = m._replace(name=m.name[:-2], text=m.text[:-2] if m.text.endswith(("'s", "’s")) else m.text)
    return Hit(m, b) if can_speak(m) and m.kind in {"person", "org", "description", "group"} else None


_NEW_CLAUSE = frozenset("but and or while whereas".split())


def _judged(tokens: tuple[Tok, ...], k: int, t: int) -> bool:
    """A "that" clause from ``k`` whose own verb comes before a "be" that leads into the quotation.

    "Smith's claim that Ruiz backs the plan is “…”": the words judge the claim; in "Holm's claim
    that the budget was “…”" the verb before the quotation is the clause's own.
    """
    be = t - 1
    while be > k and tokens[be].kind == "w" and tokens[be].low.endswith("ly"):
        be -= 1  # "is “simply”", "is totally “…”"
    if be <= k or tokens[be].low not in {"is", "was", "are", "were"}:
        return False
    return any(
        tok.kind == "w" and not tok.capital and (tok.low in PAST_FORMS or _finite_s(tokens, n))
        for n, tok in enumerate(tokens[k:be], start=k)
    )


def _finite_s(tokens: tuple[Tok, ...], n: int) -> bool:
    """A present-tense verb after a name, its subject: "Ruiz backs" (not "the plans")."""
    tok = tokens[n]
    return tok.low.endswith("s") and not tok.low.endswith("ss") and n > 0 and tokens[n - 1].capital


_OWNER_REACH = 24  # tokens from the quotation back to "X's claim" or "the contention of X"


def _np_ending_at_possessor(tokens: tuple[Tok, ...], end: int) -> tuple[int, int] | None:
    """The name that owns the words before ``end``: "Sen. Ada Holm's claim" -> "Sen. Ada Holm's"."""
    k = end - 1
    while k >= 0 and not possessive(tokens[k]):
        k -= 1
    if k < 0:
        return None
    start = k
    # "But Podliska's claim": a capitalised word that only opens the sentence is no part of the name.
    while (
        start > 0
        and tokens[start - 1].kind == "w"
        and tokens[start - 1].capital
        and (tokens[start - 1].low not in NOT_NAMES or tokens[start - 1].low in DETERMINERS)
    ):
        start -= 1
    if start > 0 and tokens[start - 1].low in {"the", "a", "an"} and not tokens[start].capital:
        start -= 1  # "the board's claim": the description with its article
    return start, k + 1
