"""Titles and roles beside a name: which capitalised words are a post ("Sen.", "Whip", "Ohio Gov.") and not a name.

Part of stage 3 (attribution): :mod:`quotecompare.attribution.names` splits these off
names; the mention and speaker stages ask the same questions of single words, and of
plural nouns for people ("Officials", "Analysts"), which head a description, not a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quotecompare.attribution.narration import Tok
from quotecompare.attribution.wordclass import KIND_DETERMINERS, initial, one_of_a_kind
from quotecompare.read import outlets
from quotecompare.text.given_names import plural_surname
from quotecompare.text.lexicon import (
    DETERMINERS,
    FUNCTION_WORDS,
    ORG_WORDS,
    PREPOSITIONS,
    ROLE_NOUNS,
    SPEECH_FORMS,
    STATE_NAMES,
    SUBORDINATORS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from quotecompare.text.places import demonym_plural, is_demonym, is_place

_HONORIFIC_WORDS = frozenset("mr mrs ms miss dr".split())
# Words a role is made of besides titles, parties and places: "former Ohio Gov.", "Presumptive Republican".
_ROLE_MODIFIERS = frozenset(
    "former then presumptive some another one liberal conservative progressive libertarian socialist moderate "
    # Westminster's parties: "a Labour MP", "one Tory backbencher", "a Lib Dem peer" are roles, not names.
    "labour tory lib dem snp ukip plaid".split()
)
# A minister's portfolio before the office: "the Health Secretary", "the Home Office minister".
_PORTFOLIOS = frozenset(
    "health home education energy environment transport transportation culture business agriculture interior "
    "housing trade science veterans immigration pensions work digital".split()
)


def role_only(words: list[str]) -> bool:
    """Titles, parties, places and peoples only: "Ohio Gov.", "New Hampshire Republican", "British Ambassador".

    Such a capitalised phrase is a role, not anyone's name.

    >>> [role_only(p.split()) for p in ("Ohio Gov.", "New Hampshire Republican", "Nevada’s Democratic", "Howard Dean")]
    [True, True, True, False]
    """
    return _role_only(" ".join(words))


@lru_cache(maxsize=8192)  # the same names and roles recur on every page: test each once
def _role_only(phrase: str) -> bool:
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in phrase.split()]
    if not words or not _role_end(words):
        return False  # most names end in a surname: decided without the full walk
    if any(w.lower().rstrip(".") in _HONORIFIC_WORDS for w in words) or any(
        w.endswith(".") and is_title_word(w) for w in words[:-1]
    ):
        return False  # "Mr. English", "Rep. King": a surname after an honorific or abbreviated title
    k = 0
    while k < len(words):
        j = next((j for j in range(len(words), k, -1) if is_place(" ".join(words[k:j]))), k)
        if j > k or words[k].replace(".", "") in {"US", "UK", "EU", "UN"}:
            k = max(j, k + 1)  # "New Hampshire", "U.S."
        elif (
            is_demonym(words[k])
            or is_title_word(words[k], False)
            or words[k].lower() in _ROLE_MODIFIERS
            or (words[k].lower() in _PORTFOLIOS and k + 1 < len(words))
        ):
            k += 1
        else:
            return False
    return bool(words)


def surname_of_title(tokens: list[str]) -> bool:
    """A title word ending a phrase after a given name is a surname: "Pete King", "former governor Howard Dean".

    >>> surname_of_title(["Rep.", "Pete", "King"]), surname_of_title(["Rep.", "King"]), surname_of_title(["Iowa", "Republican"])
    (True, True, False)
    >>> surname_of_title(["Representative", "Peter", "T.", "King"])
    True
    """
    if len(tokens) < 2 or not tokens[-1][:1].isupper():
        return False
    k = len(tokens) - 2
    while k > 0 and initial(tokens[k]):
        k -= 1  # "Peter T. King": the given name is before the initial
    before = tokens[k]
    low = before.lower()
    if before.endswith(".") and is_title_word(before):
        return True  # "Rep. King": a name follows an abbreviated title
    return (
        before[:1].isupper()
        and before.isalpha()
        and not is_title_word(before, False)
        and low not in ORG_WORDS
        and low not in _ROLE_MODIFIERS
        and not is_place(before)
        and not is_demonym(before)
    )


def _role_end(words: list[str]) -> bool:
    """Whether a phrase ends as a role may: a title, a people, a place of up to three words."""
    last = words[-1]
    return (
        is_title_word(last, False)
        or is_demonym(last)
        or last.lower() in _ROLE_MODIFIERS
        or last.replace(".", "") in {"US", "UK", "EU", "UN"}
        or any(is_place(" ".join(words[-j:])) for j in range(1, min(3, len(words)) + 1))
    )


_TITLE_PREFIXES = frozenset("ex then former acting interim vice deputy co".split())


def is_title_word(tok: str, before_name: bool = True) -> bool:
    """A title or role before a name: "Sen.", "Whip", "Senators", "Speaker-to-be", and "MP" before a name.

    >>> [is_title_word(w) for w in ("Sen.", "Senators", "Speaker-to-be", "MP", "Ada", "Ross", "Jean-Luc")]
    [True, True, True, True, False, False, False]
    >>> [is_title_word(w) for w in ("Ex-President", "Then-Sen.", "Ex-Holm")]
    [True, True, False]
    """
    low = tok.lower().rstrip(",")
    if low in TITLE_WORDS or low.rstrip(".") in TITLE_ABBREVIATIONS:
        return True
    if low.endswith("s") and len(low) > 4 and low[:-1] in TITLE_WORDS:
        return True  # "Senators Kirsten Gillibrand"
    if "-" in low:
        head, _, rest = low.partition("-")
        if head in TITLE_WORDS:
            return True  # "Speaker-to-be Nancy Pelosi"
        if head in _TITLE_PREFIXES and (rest in TITLE_WORDS or rest.rstrip(".") in TITLE_ABBREVIATIONS):
            return True  # "Ex-President Ivo Brandt", "Then-Sen. Tom Ashby"
    # "MP David Lammy": capitals (no initials, no "III") before a name are a post, not a name.
    return before_name and tok.isalpha() and tok.isupper() and 2 <= len(tok) <= 4 and not re.fullmatch("I{2,3}|IV", tok)


_PARTIES = {"d": "democrat", "r": "republican", "i": "independent"}
_PARTY_TAG = re.compile(r"([DRI])-([A-Z][A-Za-z.]*)")


def party_tag(tag: str) -> tuple[str, ...]:
    """The title words a party tag gives: "D-Ore." -> ("democrat", "oregon"), for "the Oregon Democrat".

    >>> party_tag("D-Ore."), party_tag("R-N.Y."), party_tag("Ohio")
    (('democrat', 'oregon'), ('republican', 'new', 'york'), ())
    """
    m = _PARTY_TAG.fullmatch(tag.strip())
    if m is None:
        return ()
    state = STATE_NAMES.get(m.group(2).replace(".", "").lower(), "")
    return (_PARTIES[m.group(1).lower()], *state.split())


def state_tag(tag: str) -> tuple[str, ...]:
    """The state a tag of its own gives, when a party is left out: "Sens. Ivo Brandt (Ky.) and Ada Holm (Fla.)".

    >>> state_tag("Fla."), state_tag("N.Y."), state_tag("Ohio"), state_tag("In"), state_tag("D-Ore.")
    (('florida',), ('new', 'york'), ('ohio',), (), ())
    """
    text = tag.strip()
    key = text.replace(".", "").lower()
    state = STATE_NAMES.get(key, "")
    # An abbreviation with its full stop, or the state's name written out ("In" is a word, "IN" no news style).
    return tuple(state.split()) if state and (text.endswith(".") or key == state) else ()


def tag_titles(tag: str, parenthesised: bool) -> tuple[str, ...]:
    """The title words a tag after a name gives: a party tag, or in parentheses a state alone."""
    return party_tag(tag) or (state_tag(tag) if parenthesised else ())


def a_kind(determiner: str, names: list[str]) -> bool:
    """Capitalised words after an article that are a kind of person, not a name: "a Republican", "the Oregon Democrat".

    A word the lists do not know before a role noun is where the person is from, or whom they
    serve: "the Wayanad MP", "the Uxbridge councillor", "the Senate Majority Leader".

    >>> a_kind("the", ["Oregon", "Democrat"]), a_kind("the", ["New", "York"]), a_kind("an", ["Iranian"])
    (True, False, True)
    >>> a_kind("the", ["Wayanad", "MP"]), a_kind("the", ["Senate", "Majority", "Leader"]), a_kind("the", ["Holm", "Group"])
    (True, True, False)
    """
    if len(names) == 1:
        return one_of_a_kind(determiner, names[0])
    if determiner not in KIND_DETERMINERS or is_place(" ".join(names)):
        return False
    role_headed = names[-1].lower().rstrip(".") in ROLE_NOUNS or names[-1] in {"MP", "MEP", "MSP"}
    # (Not an outlet's name: "The New Hampshire Union Leader" is a newspaper.)
    return role_only(names) or (role_headed and outlets.by_name(" ".join(names)) is None)


# One role in its gendered and neutral forms: "the spokesman" is the story's "Foreign Affairs spokesperson".
_ROLE_FORMS = {
    w: forms.split()[0]
    for forms in (
        "spokesperson spokesman spokeswoman",
        "chairperson chairman chairwoman chair",
        "congressmember congressman congresswoman",
        "councilmember councilman councilwoman councillor councilor",
        "assemblymember assemblyman assemblywoman",
    )
    for w in forms.split()
}


def title_form(word: str) -> str:
    """A title word as titles are compared: abbreviations spelt out, a role's forms as one.

    >>> title_form("sen"), title_form("spokeswoman"), title_form("mayor")
    ('senator', 'spokesperson', 'mayor')
    """
    return _ROLE_FORMS.get(word) or TITLE_ABBREVIATIONS.get(word, word)


# Words that make an office another, lesser one: "the lieutenant governor" is not the governor.
SECOND_RANKS = frozenset("deputy vice assistant associate lieutenant under".split())

# Titles borne with one name only: "Pope Francis", "Prince Harry", "King Abdullah" have no surname to key them by.
SOVEREIGN_TITLES = frozenset("pope king queen prince princess emperor empress sultan emir sheikh".split())

# "The Israeli leader": whoever holds a country's highest office, by whichever title.
LEADERS = ("leader", "president", "premier", "chancellor", "king", "queen", "prime")


def holds_title(head: str, titles: set[str]) -> bool:
    """A person whose title words fit a description's head: "the senator" a senator, "the leader" a president.

    >>> holds_title("leader", {"prime", "minister"}), holds_title("leader", {"foreign", "minister"})
    (True, False)
    """
    form = title_form(head)  # "the spokeswoman" holds "spokesperson"
    return (
        head in titles
        or any(title_form(t) == form for t in titles)
        or (head in _RULERS and any(w in titles for w in LEADERS))
        or any(title_form(t) in COVERS.get(head, ()) for t in titles)
    )


# A general word for several titles: "Sen. Ada Holm" is "the lawmaker", "Pope Francis" "the pontiff".
_LEGISLATORS = frozenset("senator representative congressmember assemblymember councilmember delegate mp".split())
COVERS = {
    "lawmaker": _LEGISLATORS,
    "legislator": _LEGISLATORS,
    "pontiff": frozenset({"pope"}),
    "monarch": frozenset("king queen emperor empress sultan".split()),
    "premier": frozenset({"prime"}),
    "pm": frozenset({"prime"}),  # "the PM": the prime minister
    "ceo": frozenset({"executive"}),  # "the CEO": the chief executive
    "cleric": frozenset("pope cardinal archbishop bishop imam ayatollah rabbi pastor reverend rev".split()),
    "judge": frozenset({"justice"}),
    "diplomat": frozenset("ambassador envoy".split()),
    "boss": frozenset(
        "manager coach chief head executive ceo chairman chairwoman director".split()
    ),  # a club's, a firm's
    "leader": frozenset(LEADERS[1:]),  # "the Chinese leader": Chinese President Xi
}


# Who leads a country, by any word: "the dictator", "the strongman" of North Korean leader Kim or President Putin.
_RULERS = frozenset("leader dictator strongman autocrat despot tyrant ruler".split())


_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ics", "ees", "ives", "ites")


_MULTITUDES = frozenset("dozens hundreds thousands millions scores".split())


def people_plural(word: str) -> bool:
    """ "Officials", "Demonstrators", "Democrats": a plural noun for people.

    >>> people_plural("Officials"), people_plural("Respondents"), people_plural("Frustrations"), people_plural("Thousands")
    (True, True, False, True)
    """
    low = word.lower()
    if low.endswith(_PEOPLE_ENDINGS) and plural_surname(word):
        return False  # "Sanders", "Rogers": a surname, whatever its shape
    return (
        low.endswith(_PEOPLE_ENDINGS)
        or low in _MULTITUDES  # "Thousands marched, chanting …"
        or low[:-1] in ROLE_NOUNS
        or low.endswith(("crats", "cans", "people", "ers-by"))  # "Passers-by"
        or demonym_plural(word)  # "Latinos", "Asian-Americans"
    )


def common_plural(word: str) -> bool:
    """A plural common noun for people, not a party's or a people's name ("Analysts", not "Democrats").

    >>> common_plural("Analysts"), common_plural("Aides"), common_plural("Democrats"), common_plural("Latinos")
    (True, True, False, False)
    """
    low = word.lower()
    if plural_surname(word):
        return False
    return (low.endswith(_PEOPLE_ENDINGS) or low == "people" or low[:-1] in ROLE_NOUNS) and not (
        low.endswith(("crats", "cans")) or demonym_plural(word) or is_demonym(word) or low in ORG_WORDS
    )


_PLURAL_TITLES = frozenset({"sens", "reps", "govs"})


def shared_title(tokens: tuple[Tok, ...], start: int, s: int) -> str | None:
    """The plural title before a list of names that the name at ``start`` closes: "Sens. X (Ky.) and Y"."""
    if start - 2 < s or tokens[start - 1].low not in {"and", ","}:
        return None
    for k in range(start - 2, max(s - 1, start - 14), -1):
        tok = tokens[k]
        low = tok.low.rstrip(".")
        if low in _PLURAL_TITLES:
            return title_form(low)
        if not (tok.capital or tok.text in {"(", ")", ",", "-", "."} or low == "and"):
            return None
    return None


ROLE_OBJECTS = frozenset({"of", "for", "to", "from"})
"""Words after a role that say whom or where it serves: "mayor of Leeds", "ambassador to Washington"."""


def role_head(words: list[str]) -> int:
    """The index of a role's head: the word before its first :data:`ROLE_OBJECTS` word, else its last.

    >>> role_head(["british", "ambassador", "to", "washington"]), role_head(["florida", "senator"])
    (1, 1)
    """
    return next((k for k, w in enumerate(words) if k and w in ROLE_OBJECTS), len(words)) - 1


RELATIONS = frozenset(
    """
    wife husband widow widower spouse daughter son brother sister father mother stepdaughter stepson
    daughter-in-law son-in-law granddaughter grandson nephew niece
    """.split()
)
"""Whose relative someone is: a relative is never the one a bare surname names beside them."""
# Compiled on first use (re caches it): few names have an apposition after them.
_RELATION = r", (?:his|her|their|the [\w.-]+['’]s|[A-Z][\w.-]+['’]s) ([a-z-]+)(?: and [a-z ]+)?,"


def relation_of(after: str) -> str:
    """The relation an apposition after a name gives: ", the president's daughter," -> "daughter".

    >>> relation_of(", the president's daughter, said"), relation_of(", his wife, said"), relation_of(", his aide,")
    ('daughter', 'wife', '')
    """
    m = re.match(_RELATION, after) if after.startswith(", ") else None
    return m.group(1) if m and m.group(1) in RELATIONS else ""


_NOT_MODIFIERS = SPEECH_FORMS | DETERMINERS | PREPOSITIONS | FUNCTION_WORDS | SUBORDINATORS


def title_before(before: str) -> str:
    """A title in lower case right before a name: "chief executive (Jo Ruiz)", "union leader (Pat O'Neill)".

    >>> title_before("chief executive "), title_before("said union leader "), title_before("First lady ")
    ('chief executive', 'union leader', 'first lady')
    >>> title_before("Reality TV star "), title_before("said Fox News host "), title_before("In 2016 Sen. ")
    ('reality tv star', 'fox news host', '')
    """
    words = before.split() if before.endswith(" ") else []
    k = len(words)
    while k and words[k - 1] in TITLE_WORDS and not words[k - 1].endswith("."):
        k -= 1
    if k == len(words) or words[-1] not in ROLE_NOUNS:
        return ""
    # A noun before the title says whose it is: "union leader", "company chairman" (not "said", "in", "newly").
    if k and words[k - 1].isalpha() and words[k - 1].islower() and words[k - 1] not in _NOT_MODIFIERS:
        k -= 1 if not words[k - 1].endswith(("ly", "ed", "ing")) else 0
    elif k and words[k - 1] == "First" and words[k] in {"lady", "gentleman"}:
        k -= 1  # "First lady Ada Holm": the office, its "First" capitalised to open the sentence
    else:
        # Whose or what kind the lower-case title is, in capitals: "Reality TV star", "Fox News host".
        while len(words) - k < 4 and k and words[k - 1][:1].isupper() and words[k - 1].isalpha():
            if words[k - 1].lower() in _NOT_MODIFIERS:
                break
            k -= 1
    return " ".join(words[k:]).lower()
