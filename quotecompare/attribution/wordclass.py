"""What a word can be inside a speaker phrase: a name word, a noun, a verb, a number, a possessive.

Part of stage 3 (attribution): the word tests :mod:`quotecompare.attribution.mentions`
reads noun phrases with, kept apart so that module stays about phrases.
"""

from __future__ import annotations

from quotecompare.attribution.narration import Tok
from quotecompare.text.lexicon import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    GIVEN_AUX,
    NOT_SUBJECT,
    OBJECT_WORDS,
    OF_NAMES,
    PAST_FORMS,
    PREPOSITIONS,
    RELATIVES,
    ROLE_NOUNS,
    SPEECH_FORMS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)

STOP_WORDS = PREPOSITIONS | CONJUNCTIONS | SUBORDINATORS | RELATIVES | AUXILIARIES
# Capitalised at a sentence start, but never part of a name.
NOT_NAMES = (STOP_WORDS | FUNCTION_WORDS | NOT_SUBJECT | DETERMINERS | SUBJECT_PRONOUNS) - {"mr", "may", "will"}


def bare(t: Tok) -> str:
    """A word without its possessive: Trump's -> trump."""
    low = t.low
    if not low.endswith(("'", "’", "s")):
        return low  # most words: no ending to try
    for end in ("'s", "’s", "'", "’"):
        if low.endswith(end) and len(low) > len(end):
            return low[: -len(end)]
    return low


def possessive(t: Tok) -> bool:
    return t.kind == "w" and t.text.endswith(("'s", "’s", "s'", "s’")) and len(t.text) > 2


def name_word(t: Tok) -> bool:
    """A capitalised word that may be part of a name or title."""
    return t.capital and bare(t) not in NOT_NAMES


def name_at(tokens: tuple[Tok, ...], j: int) -> bool:
    """A name word at ``j``; "Will" and "May" only when a name follows ("Will Doyle")."""
    t = tokens[j]
    if t.capital and t.low in GIVEN_AUX:
        if j + 1 < len(tokens) and name_word(tokens[j + 1]) and tokens[j + 1].low not in GIVEN_AUX:
            return True  # "Will Doyle"
        # Capitalised inside a sentence: the name (George Will), not the auxiliary.
        return j > 0 and (tokens[j - 1].kind in {"w", "q"} or tokens[j - 1].text in {",", "(", "—", "–"})
    return name_word(t)


ABOUT = frozenset("about around nearly roughly almost over approximately".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten twelve dozen dozens hundred hundreds".split())


def counted(t: Tok) -> bool:
    """A number before a plural noun: "100", "1,500", "two", "hundreds"."""
    return t.kind == "w" and (t.text.replace(",", "").isdigit() or t.low in _NUMBER_WORDS)


def lower_np_word(t: Tok) -> bool:
    """A lower-case word that may sit inside a noun phrase (an adjective or a noun)."""
    low = t.low
    return (
        t.kind == "w"
        and not t.capital
        and low not in STOP_WORDS
        and low not in SPEECH_FORMS
        and low not in DETERMINERS
        and low not in SUBJECT_PRONOUNS
        and low not in PAST_FORMS
        and not (low.endswith("ly") and len(low) > 4)
    )


def noun_form(tokens: tuple[Tok, ...], j: int) -> bool:
    """A speech verb's base form used as a noun after an article: "the report", "a tweet"."""
    t = tokens[j]
    low = t.low
    if t.kind != "w" or t.capital or low not in SPEECH_FORMS or low.endswith(("ed", "ing")) or low in PAST_FORMS:
        return False
    prev = tokens[j - 1] if j > 0 else None
    if prev is None:
        return False
    if low.endswith("s"):
        # "a series of tweets", "his comments": a plural after "of", an article or a possessive.
        return prev.low in DETERMINERS or possessive(prev) or prev.low == "of"
    return prev.low in DETERMINERS or possessive(prev) or lower_np_word(prev) or prev.capital or prev.low == "of"


def third_person(tokens: tuple[Tok, ...], j: int, hi: int, any_form: bool = False) -> bool:
    """A word in "-s" after a noun that reads as a verb: what follows starts an object or clause.

    With ``any_form`` the word's ending does not matter ("the Saudis state in the paper").
    """
    low = tokens[j].low
    if not any_form and (not low.endswith("s") or low.endswith(("ss", "us", "is", "ics"))):
        return False
    if j + 1 >= hi:
        return False
    nxt = tokens[j + 1]
    return nxt.kind == "q" or (
        nxt.kind == "w"
        and (
            nxt.low in DETERMINERS | PREPOSITIONS | SUBJECT_PRONOUNS | OBJECT_WORDS
            or nxt.capital
            or (nxt.low.endswith("ly") and len(nxt.low) > 4)
        )
    )


def title_ahead(tokens: tuple[Tok, ...], j: int, hi: int) -> bool:
    """Lower-case title words that run on to a capitalised name ("police Chief", "opinion editor Jo")."""
    for k in range(j, min(hi, j + 3)):
        t = tokens[k]
        if t.capital and t.kind == "w":
            return True
        if t.kind != "w" or verb_form(t) or t.low in STOP_WORDS or t.low in DETERMINERS:
            return False
    return False


def verb_form(t: Tok) -> bool:
    """A word that may be a verb: a speech verb, an irregular past, or ending in "-s"/"-ed"."""
    low = t.low
    return low in SPEECH_FORMS or low in PAST_FORMS or low.endswith(("s", "ed"))


def modifier(t: Tok) -> bool:
    """A word after which an "-ed" word is an adjective: "the embattled senator"."""
    return t.low in DETERMINERS or possessive(t) or t.low.endswith("ly")


def of_name(t: Tok) -> bool:
    """A word that an "of" and a name may follow inside one name: a role ("secretary of State John
    Kerry"), or a title or organisation word spelt as a name ("Bank of America"); "the defense of
    Sepp Blatter" is an act, not a name."""
    low = bare(t)
    return low in ROLE_NOUNS or (t.capital and low in OF_NAMES)


_KIN = frozenset(
    """
    husband wife son daughter brother sister father mother widow widower nephew niece grandson granddaughter
    stepson stepdaughter son-in-law daughter-in-law
    """.split()
)


def kin_surname(tokens: tuple[Tok, ...], i: int) -> str | None:
    """The family name of a relative named by a given name alone at ``i``: "Trump's wife, Melania," -> Trump.

    >>> from quotecompare.attribution.narration import read_paragraph
    >>> p = read_paragraph("Khan’s wife, Ghazala, spoke.", [])
    >>> kin_surname(p.tokens, 3), kin_surname(p.tokens, 0)
    ('Khan', None)
    """
    if i < 3 or tokens[i - 1].text != "," or tokens[i - 2].low not in _KIN:
        return None
    owner = tokens[i - 3]
    if not (owner.capital and possessive(owner)):
        return None
    return owner.text[: len(bare(owner))]
