"""Descriptions a "he" or "she" can stand for: someone unnamed, described or described by whose they are.

Part of stage 3 (attribution), used by :mod:`quotecompare.attribution.discourse` when a pronoun's nearest
subject is a description rather than a name ("A delegate said …", "The mayor struck a defiant tone",
"Her deputy disagreed").
"""

from __future__ import annotations

from collections.abc import Iterable

from quotecompare.attribution.classify import Mention
from quotecompare.attribution.kinds import description_head, description_type, listed_person_noun, one_person_noun
from quotecompare.text.lexicon import FEMALE_WORDS, MALE_WORDS


def someone_unnamed(description: str, pronoun: str) -> bool:
    """An indefinite description of one person a "he" or "she" can stand for: "a delegate", "one official".

    >>> someone_unnamed("A California delegate", "he"), someone_unnamed("a spokeswoman", "he")
    (True, False)
    >>> someone_unnamed("the delegate", "he"), someone_unnamed("a poll", "she")
    (False, False)
    """
    words = description.lower().split()
    if words[0] not in {"a", "an", "one", "another"} or description_type(description) != "unnamed":
        return False
    other = FEMALE_WORDS if pronoun == "he" else MALE_WORDS
    return not other.intersection(words)


def someone_owned(description: str, pronoun: str) -> bool:
    """Someone described by whose they are, whom a "he" or "she" can stand for: "Her deputy", "Holm's lawyer"
    (not the owner: "Holm defended it. Her deputy disagreed. “…,” he said" is the deputy).

    >>> someone_owned("Her deputy", "he"), someone_owned("His wife", "she"), someone_owned("Her husband", "she")
    (True, True, False)
    >>> someone_owned("Holm’s lawyer", "she"), someone_owned("His campaign", "he"), someone_owned("the deputy", "he")
    (True, False, False)
    """
    words = description.lower().split()
    owner = words[0] in {"his", "her", "their"} or words[0].endswith(("'s", "’s"))
    if not owner or len(words) < 2 or not listed_person_noun(description_head(words)):
        return False  # "Her net positive is just two points": no one
    return not (FEMALE_WORDS if pronoun == "he" else MALE_WORDS).intersection(words[1:])


def someone_described(description: str, pronoun: str) -> bool:
    """A definite description of one person a "he" or "she" can stand for: "the mayor", "the 54-year-old".

    >>> someone_described("The mayor", "she"), someone_described("the spokesman", "she"), someone_described("the bill", "he")
    (True, False, False)
    >>> someone_described("The movie mentions neither", "he"), someone_described("the home of a Berlin man", "he")
    (False, False)
    """
    words = description.lower().split()
    head = description_head(words)
    if words[0] != "the" or not (one_person_noun(head) or head.endswith("-year-old")):
        return False  # its last word a known noun for a person: "The movie mentions neither" is no one
    return not (FEMALE_WORDS if pronoun == "he" else MALE_WORDS).intersection(words)


def speaks_on(m: Mention, after: Iterable[Mention], pronoun: str) -> bool:
    """Whether the unnamed speaker ``m`` of the paragraph before is whom a later "she" stands for: a description
    "she" fits, and the narration after the quotation (``after``, its subjects) no one else's.

    "“…,” said the woman, who spoke … because she feared … ¶ Now 46, she is terrified … ¶ “…,” she said".

    >>> she = Mention(0, 3, "she", "pronoun", "she")
    >>> speaks_on(Mention(0, 9, "the woman", "description", "the woman"), [she], "she")
    True
    >>> speaks_on(Mention(0, 9, "the woman", "description", "the woman"), [she], "he")
    False
    """
    if m.kind != "description" or any(x.kind != "pronoun" or x.name.lower() != pronoun for x in after):
        return False
    return someone_described(m.text.split(",")[0], pronoun)
