"""What a word can be inside a speaker phrase: a name word, a noun, a verb, a number, a possessive.

Part of stage 3 (attribution): the word tests :mod:`quotecompare.attribution.mentions`
reads noun phrases with, kept apart so that module stays about phrases.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotecompare.attribution.narration import Tok
from quotecompare.text.given_names import is_given_name
from quotecompare.text.lexicon import (
    AUXILIARIES,
    BE_FORMS,
    CAPITAL_KINDS,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    GIVEN_AUX,
    NAME_PARTICLES,
    NOT_SUBJECT,
    OBJECT_WORDS,
    OF_NAMES,
    OF_QUANTIFIERS,
    ORG_WORDS,
    PARTY_MEMBERS,
    PAST_FORMS,
    PREPOSITIONS,
    PURE_PREPOSITIONS,
    RELATIVES,
    ROLE_NOUNS,
    SPEECH_FORMS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from quotecompare.text.places import is_demonym, is_place

STOP_WORDS = PREPOSITIONS | CONJUNCTIONS | SUBORDINATORS | RELATIVES | AUXILIARIES
# Capitalised at a sentence start, but never part of a name.
NOT_NAMES = (STOP_WORDS | FUNCTION_WORDS | NOT_SUBJECT | DETERMINERS | SUBJECT_PRONOUNS) - {"mr", "may", "will"}


def bare(t: Tok) -> str:
    """A word without its possessive: Trump's -> trump."""
    low = t.low
    if not low.endswith(("'", "’", "s")):
        return low  # most words: no ending to try
    return bare_word(low)


def bare_word(low: str) -> str:
    """A lower-case word without its possessive: "trump's" -> "trump", "aides'" -> "aides"."""
    for end in ("'s", "’s", "'", "’"):
        if low.endswith(end) and len(low) > len(end):
            return low[: -len(end)]
    return low


# "CBS’ Face the Nation": an acronym's possessive too.
POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’", "S'", "S’")


def possessive(t: Tok) -> bool:
    return t.kind == "w" and t.text.endswith(POSSESSIVE_ENDS) and len(t.text) > 2


def inside_name(tokens: tuple[Tok, ...], k: int, e: int) -> bool:
    """A lower-case word that runs a capitalised name on: "Bank of England", "Luiz Inácio Lula da Silva"."""
    low = tokens[k].low
    return low in {"of", "de", "van", "von"} or (low in NAME_PARTICLES and k + 1 < e and tokens[k + 1].capital)


def name_word(t: Tok) -> bool:
    """A capitalised word that may be part of a name or title."""
    return t.capital and (bare(t) not in NOT_NAMES or initialism(t))


def initialism(t: Tok) -> bool:
    """A body's initials that spell a word no name has otherwise: "WHO", "NOW"."""
    return len(t.text) >= 3 and t.text.isupper() and t.text.isalpha()


def name_at(tokens: tuple[Tok, ...], j: int) -> bool:
    """A name word at ``j``; "Will" and "May" only when a name follows ("Will Doyle")."""
    t = tokens[j]
    if t.capital and t.low in GIVEN_AUX:
        if j + 1 < len(tokens) and name_word(tokens[j + 1]) and tokens[j + 1].low not in GIVEN_AUX:
            return True  # "Will Doyle"
        # Capitalised inside a sentence: the name (George Will), not the auxiliary.
        return j > 0 and (tokens[j - 1].kind in {"w", "q"} or tokens[j - 1].text in {",", "(", "—", "–"})
    if t.low in IMPERATIVES and (j == 0 or tokens[j - 1].text in {".", "!", "?", ":"}):
        return False  # "Watch Ada Holm explain …", "Meet Jo Ruiz.": a verb opening its sentence
    return name_word(t)


IMPERATIVES = frozenset("watch listen meet consider hear imagine remember recall picture".split())
"""Verbs that open a sentence addressing the reader, never the first word of a name there."""


ABOUT = frozenset("about around nearly roughly almost over approximately".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten twelve dozen dozens hundred hundreds".split())


PARTY_TAG_MAX = 6


def party_tag_start(tokens: tuple[Tok, ...], close: int, lo: int) -> int | None:
    """Index of the "(" of a short parenthesis ending at ``close``: "(R-Wis.)", "(D)", "(Maine)"."""
    for k in range(close - 1, max(lo, close - PARTY_TAG_MAX) - 1, -1):
        if tokens[k].text == "(":
            return k
        if tokens[k].kind == "q":
            return None
    return None


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


OWNERS = frozenset("his her their its our my your".split())  # possessive determiners
# A person's possessive opening a description ("his answer", "her office"), and the pronoun it stands for.
PERSONAL_OWNERS = {"his": "he", "her": "she", "their": "they"}
ONE_MORE = frozenset({"another", "one"})  # a subject leaving out its noun: "“…,” another added"
# Pronouns for some people, unnamed: "Others called it “a stunt”" names no one, nor the speaker before.
SOME_PEOPLE = frozenset("some others many few most several".split())
_AND = frozenset({"and", "but"})


def some_people(tokens: Sequence[Tok], i: int) -> bool:
    """Whether token ``i`` is a pronoun for some people opening a clause ("Others called it …", "…, and many
    say …"), not the object of a word before it ("who like others spoke …")."""
    return tokens[i].low in SOME_PEOPLE and (i == 0 or tokens[i - 1].kind != "w" or tokens[i - 1].low in _AND)


PRESS_WORDS = frozenset({"news", "media", "press"})


def noun_form(tokens: tuple[Tok, ...], j: int) -> bool:
    """A speech verb's base form used as a noun after an article: "the report", "a tweet"."""
    t = tokens[j]
    low = t.low
    prev = tokens[j - 1] if j > 0 else None
    if prev is not None and low.endswith("ing") and low in SPEECH_FORMS and (possessive(prev) or prev.low in OWNERS):
        return True  # "Cruz’s thinking", "his writing"
    if t.kind != "w" or t.capital or low not in SPEECH_FORMS or low.endswith(("ed", "ing")) or low in PAST_FORMS:
        return False
    if prev is None:
        return False
    if low.endswith("s"):
        # "a series of tweets", "his comments", "news reports": a plural after "of", an article, a
        # possessive or the press.
        return prev.low in DETERMINERS or possessive(prev) or prev.low == "of" or prev.low in PRESS_WORDS
    return prev.low in DETERMINERS or possessive(prev) or lower_np_word(prev) or prev.capital or prev.low == "of"


WH_CLAUSE = frozenset({"how", "why", "what", "whether"})  # "the poll shows how …": a question's clause
# Words that open what follows a name's phrase rather than going on with it (asked of every such word).
_CLAUSE_OPENERS = DETERMINERS | PREPOSITIONS | SUBJECT_PRONOUNS | OBJECT_WORDS | WH_CLAUSE


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
        nxt.kind == "w" and (nxt.low in _CLAUSE_OPENERS or nxt.capital or (nxt.low.endswith("ly") and len(nxt.low) > 4))
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


def quantified(tokens: tuple[Tok, ...], i: int, hi: int) -> bool:
    """ "one of the protesters" starts at ``i``: a quantity of a group, read as one phrase."""
    return i + 2 < hi and tokens[i].low in OF_QUANTIFIERS and tokens[i + 1].low == "of"


def place_tail(tokens: tuple[Tok, ...], span: tuple[int, int], appos: tuple[int, int]) -> bool:
    """A phrase ending "in Worcester" followed by one or two capitalised words: the rest of the place."""
    ends_in_place = any(tokens[k].low == "in" for k in range(span[0] + 1, span[1] - 1))
    return (
        ends_in_place
        and tokens[span[1] - 1].capital
        and 0 < appos[1] - appos[0] <= 2
        and all(t.capital for t in tokens[appos[0] : appos[1]])
    )


def adjectival(tokens: tuple[Tok, ...], k: int, lo: int) -> bool:
    """An "-ed" word that describes the name after it: "(And) newly confirmed Secretary of State X"."""
    if not tokens[k].low.endswith("ed"):
        return False
    p = k - 1
    return p < lo or modifier(tokens[p]) or tokens[p].low in {"and", "but"} or tokens[p].kind != "w"


def object_of(t: Tok) -> bool:
    """A word whose object follows it: a preposition, or a participle ("winning", "defeated")."""
    return t.low in PURE_PREPOSITIONS or (t.kind == "w" and not t.capital and t.low.endswith(("ing", "ed")))


def title_word(t: Tok) -> bool:
    """A title word, written out or abbreviated: "Governor", "Gov.", "chairman"."""
    low = bare(t).rstrip(".")
    return low in TITLE_WORDS or low in TITLE_ABBREVIATIONS


def pronoun_base(low: str) -> str:
    """A subject pronoun without its contraction: "they’re" -> "they", "i've" -> "i"; other words unchanged."""
    base, mark, rest = low.replace("’", "'").partition("'")
    return base if mark and base in SUBJECT_PRONOUNS and rest in {"re", "s", "ve", "d", "ll", "m"} else low


def of_name(t: Tok) -> bool:
    """A word that an "of" and a name may follow inside one name: a role ("secretary of State John
    Kerry"), or a title or organisation word spelt as a name ("Bank of America"); "the defense of
    Sepp Blatter" is an act, not a name."""
    return _role_or_office(bare(t), t.capital)


def _role_or_office(low: str, capital: bool) -> bool:
    return low in ROLE_NOUNS or (capital and low in OF_NAMES)


def surname_at(words: list[str], j: int) -> bool:
    """A capitalised role word after a given name or an initial is a surname: "Peter T. King", "Larry King"."""
    if j < 1 or not words[j][:1].isupper() or bare_word(words[j].lower()) in ORG_WORDS:
        return False  # "the Royal College of Nursing": a body's word is no one's surname
    # "Nevada Secretary of State": a place that is also a given name is the place before its office.
    return (is_given_name(words[j - 1]) and not is_place(words[j - 1])) or initial(words[j - 1])


def initial(word: str) -> bool:
    """An initial standing for a name: "W.", not "w." or "WW."."""
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z"


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


def role_of(words: list[str], r: int) -> tuple[str, int] | None:
    """What a name run at ``words[r:]`` after "role of" is: "the mayor of Leeds" names a place, not a person.

    ``None`` when no "of" comes before the run. Else ``("person", p)`` when the person's own name
    starts at ``p`` ("Mayor of London Sadiq Khan", "Speaker of the House Paul Ryan"), ``("org", s)``
    for an organisation's name starting at ``s`` ("the U.S. Department of Justice"), and
    ``("description", r)`` for a role holder the phrase does not name ("the governor of Ohio").

    >>> def of(text):
    ...     words = text.split()
    ...     return role_of(words, next(k for k in range(len(words)) if all(w[0].isupper() for w in words[k:])))
    >>> of("the mayor of Leeds"), of("Mayor of London Sadiq Khan"), of("Speaker of the House Paul Ryan")
    (('description', 3), ('person', 3), ('person', 4))
    >>> of("the Department of Justice"), of("Secretary of Homeland Security Jeh Johnson"), of("Ed Ray")
    (('org', 1), ('person', 4), None)
    >>> of("Secretary of State Pompeo"), of("the mayor of New York")
    (('person', 3), ('description', 3))
    >>> of("the mayor of Kansas City"), of("Mayor of Kansas City Quinton Lucas")
    (('description', 3), ('person', 4))
    """
    k = r - 1
    if k > 0 and words[k].lower() == "the":
        k -= 1  # "Speaker of the House"
    if k < 1 or words[k].lower() != "of":
        return None
    if not _role_or_office(bare_word(words[k - 1].lower()), words[k - 1][:1].isupper()) or surname_at(words, k - 1):
        return None  # "Amy Lee of the Urban Institute", "Peter T. King of New York": a person of somewhere
    n = len(words)
    if bare_word(words[-1].lower()) in _PLACE_HEADS:
        return ("description", r)  # "the sheriff of El Paso County": a place's name to the end, no one's
    for p in range(r + 1, n):
        # The object ends where a place or organisation's name does, or where a given name starts.
        if (
            (is_place(" ".join(words[r:p])) and bare_word(words[p].lower()) not in _PLACE_HEADS)
            or bare_word(words[p - 1].lower()) in ORG_WORDS
            or (n - p >= 2 and is_given_name(words[p]))
        ):
            return ("person", p)
    if words[k - 1][:1].isupper() and bare_word(words[k - 1].lower()) in ORG_WORDS:
        s = k - 1
        while s > 0 and words[s - 1][:1].isupper() and words[s - 1].lower() not in DETERMINERS:
            s -= 1
        return ("org", s)
    if n - r >= 2 and all(w.lower() in TITLE_WORDS for w in words[r : n - 1]):
        return ("person", n - 1)  # "Secretary of State Pompeo": the office's own words, then a surname
    # Three words or more beyond any place or organisation: a name of two ends them.
    return ("person", n - 2) if n - r >= 3 else ("description", r)


# The last word of a place's name, never of a person's: "El Paso County", "Kansas City" (not "Kansas").
_PLACE_HEADS = frozenset("county city district borough township province territory".split())

KIND_DETERMINERS = frozenset("a an another the one".split())
"""Words before a kind of person: "a Republican", "the Oregon Democrat", "one Iranian"."""


def one_of_a_kind(determiner: str, word: str) -> bool:
    """ "a Republican", "an Iranian", "a Marine": one capitalised word after an article is a kind, not a name.

    Only a party, a people, a faith, a service or a role: "the Hill", "the Treasury" and "an angry Holm" are names.

    >>> one_of_a_kind("a", "Republican"), one_of_a_kind("the", "Senator"), one_of_a_kind("the", "Treasury")
    (True, True, False)
    """
    if determiner not in KIND_DETERMINERS:
        return False
    low = word.lower()
    return low in PARTY_MEMBERS or low in ROLE_NOUNS or low in CAPITAL_KINDS or is_demonym(word)


_ADJECTIVE_ENDS = frozenset("era style like led run born made".split())


def compound_adjective(word: str) -> bool:
    """ "Republican-repelling", "Trump-backed", "GOP-led": a name made into an adjective, no one's name.

    >>> compound_adjective("Obama-era"), compound_adjective("al-Sadr"), compound_adjective("Ocasio-Cortez")
    (True, False, False)
    """
    tail = word.rsplit("-", 1)[1] if "-" in word else ""
    return tail[:1].islower() and (tail.endswith(("ing", "ed")) or tail in _ADJECTIVE_ENDS)


def number_ten(tokens: tuple[Tok, ...], i: int, hi: int) -> bool:
    """ "No 10", "Number 10": the British prime minister's office, as its press speaks of it."""
    return i + 1 < hi and tokens[i].text in {"No", "No.", "Number"} and tokens[i + 1].text == "10"


def passive(tokens: tuple[Tok, ...], k: int, lo: int) -> bool:
    """A past participle after a form of "be" ("was declared", "is widely quoted")."""
    p = passive_start(tokens, k, lo)
    return p >= lo and tokens[p].low in BE_FORMS


def passive_start(tokens: tuple[Tok, ...], k: int, lo: int) -> int:
    """Where the form of "be" before the participle at ``k`` would be: past adverbs ("was widely quoted")."""
    p = k - 1
    while p > lo and tokens[p].kind == "w" and tokens[p].low.endswith("ly"):
        p -= 1
    return p


GENERATIONS = {"elder": "sr", "senior": "sr", "younger": "jr", "junior": "jr"}
"""Words before a surname that tell a father from his son of one name: "the elder Mr. Whitfield" is the "Sr."."""
