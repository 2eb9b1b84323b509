"""How a speaker is shown: the name, slug, aliases and type a speaker key stands for.

Part of stage 3 (attribution): :class:`~quotecompare.attribution.speakers.SpeakerIndex`
gathers each speaker's printed forms across the story; :func:`speaker_record`
makes the :class:`~quotecompare.models.Speaker` the site shows.
"""

from __future__ import annotations

from collections import Counter

from quotecompare.attribution.kinds import description_type, name_type
from quotecompare.attribution.variants import tally
from quotecompare.models import Speaker, SpeakerType
from quotecompare.text.slugs import slugify


def person_display(forms: list[str]) -> str:
    """The name a person is shown by: the commonest printed form of two or three words, first seen on a tie
    (accents aside, "Calderón" and "Calderon" are one person's name: whichever spelling the outlets print more).

    >>> person_display(["Holm", "Ada Holm", "Mayor Ada Holm", "Ada Holm"])
    'Ada Holm'
    """
    count, first = tally(forms)
    return max(count, key=lambda f: (2 <= len(f.split()) <= 3, count[f], -first[f]))


def other_display(forms: list[str], described: bool) -> str:
    """The name a body or a description is shown by: the commonest form (of a description, the shortest),
    with a capital.

    >>> other_display(["the suit", "the lawsuit"], True), other_display(["DNC", "the DNC", "DNC"], False)
    ('The suit', 'DNC')
    """
    count, first = tally(forms)
    if described:
        name = min(count, key=lambda f: (len(f), -count[f]))
    else:
        name = max(count, key=lambda f: (count[f], -first[f]))
    return name[0].upper() + name[1:]


def speaker_record(
    key: str,
    forms: list[str],
    said_as: set[str],
    kinds: Counter[str],
    owner: str | None = None,
    body: bool = False,
    family: bool = False,
) -> Speaker:
    """The speaker of ``key``: a person ("surname|given"), a body or description, or (with ``owner``, the
    owner's name) someone or some body of a named owner ("~holm|ada's spokesman"). ``forms`` are the name's
    printed forms, ``said_as`` the phrases cues named it by, ``kinds`` how cues read a lone name; ``body``: a
    person's name of no known gender that a sentence calls "it" ("Goldman Sachs cut its forecast"), a body;
    ``family``: the plural of a surname the story names someone by ("the Obamas"), a group.

    >>> speaker_record("holm|ada", ["Holm", "Ada Holm"], {"Mayor Holm"}, Counter()).name
    'Ada Holm'
    >>> speaker_record("~holm|ada's spokesman", [], set(), Counter(), "Ada Holm").name
    "Ada Holm's spokesman"
    """
    if owner is not None:
        rest = key[1:].partition("'s ")[2]
        name = f"{owner}'s {rest}"
        return Speaker(key, name, slugify(name), tuple(sorted(said_as)), "other", description_type(rest) or "unnamed")
    aliases = tuple(sorted(set(forms) | said_as))
    if "|" in key and not key.startswith("~"):
        name = person_display(forms)
        if body:
            return Speaker(key, name, slugify(name), aliases, "other", "organisation")
        return Speaker(key, name, slugify(name), aliases, "person")
    name = other_display(forms, key.startswith("~"))
    what: SpeakerType = (description_type(name) or "unnamed") if key.startswith("~") else name_type(name, kinds)
    what = "group" if family else what
    return Speaker(key, name, slugify(name), aliases, "other", what)
