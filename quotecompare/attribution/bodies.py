"""One body, or one description of a speaker, as different outlets print it.

Part of stage 3 (attribution), asked by :class:`~quotecompare.attribution.speakers.SpeakerIndex`
for every name of a body and every description it files:

* :func:`merge_organisation`: an acronym meets its spelled-out form ("DNC", the
  Democratic National Committee), a company its legal suffix ("Acme Inc."), a
  department either way round ("Department of Justice", "Justice Department"),
  a country's body its people's adjective ("Russia's Foreign Ministry") and a
  national prefix ("U.S. Food and Drug Administration");
* :func:`company_named`: the company a story names with its legal suffix;
* :func:`merge_description`: "the suit" meets "the lawsuit", "the committee" the
  one "... Committee" the story names;
* :data:`SHORT_FORMS`: a newspaper's short form ("the Post").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from quotecompare.attribution.kinds import ORG_HEADS, person_noun
from quotecompare.attribution.variants import acronym, peoples_adjective, place_and_people
from quotecompare.text.lexicon import COMPANY_ENDINGS
from quotecompare.text.places import is_demonym, is_place


def _turned(key: str, known: Mapping[str, list[str]]) -> str:
    """ "department of justice" as the "justice department" the story names too ("Ministry of Defence" and
    "Defence Ministry" likewise): one body, filed under the short form."""
    # "U.S. Department of State" is the "State Department" too: a country's initials before it drop.
    of = re.fullmatch(r"(?:(?:us|uk|eu) )?(department|ministry|office) of (?:the )?([a-z][a-z ]*)", key)
    # "Ministry of Foreign Affairs" is the "Foreign Ministry" too, and a country's ("Chinese Foreign Ministry").
    for form in (f"{of[2]} {of[1]}", f"{of[2].removesuffix(' affairs')} {of[1]}") if of else ():
        if (form := _national(form, known)) in known:
            return form
    return key


def _national(key: str, known: Mapping[str, list[str]]) -> str:
    """ "foreign ministry" is the one "chinese foreign ministry" the story names: the one country's body.

    >>> _national("foreign ministry", {"chinese foreign ministry": []})
    'chinese foreign ministry'
    >>> _national("foreign ministry", {"chinese foreign ministry": [], "russian foreign ministry": []})
    'foreign ministry'
    """
    first = key.partition(" ")[0].title()
    if " " not in key or is_place(first) or is_demonym(first):
        return key
    same = [k for k in known if k.endswith(f" {key}") and k.count(" ") == key.count(" ") + 1]
    same = [k for k in same if not k.startswith("~") and is_demonym(k.partition(" ")[0].title())]
    return same[0] if len(same) == 1 else key


@lru_cache(maxsize=16384)
def _acronyms(name: str) -> frozenset[str]:
    """A name's acronyms in lower case, with and without its small words: "dnc"; "doj" and "dj"; and without
    a country's initials before it: "cpsc" of the "U.S. Consumer Product Safety Commission" too.

    >>> sorted(_acronyms("U.S. Consumer Product Safety Commission"))
    ['cpsc', 'ucpsc', 'uscpsc']
    """
    words = [w for w in re.split(r"[\s-]+", name) if w]
    found = {acronym(name).lower(), "".join(w[0] for w in words if w[0].isalpha()).lower()}
    first, _, rest = name.partition(" ")
    if first.replace(".", "").lower() in _ABBREVIATED and " " in rest:
        found.add(acronym(rest).lower())
    return frozenset(found)


_CORPORATE = frozenset("inc corp co ltd plc llc llp gmbh ag sa nv".split())
_SHED = _CORPORATE | COMPANY_ENDINGS  # words a company's short name goes without


def merge_organisation(key: str, known: Mapping[str, list[str]]) -> str:
    """An acronym meets its spelled-out form among the ``known`` keys (and their printed forms), and a
    company's name meets it with its legal suffix dropped ("Acme Inc." is Acme, where the story prints both).

    >>> merge_organisation("dnc", {"democratic national committee": ["Democratic National Committee"]})
    'democratic national committee'
    >>> merge_organisation("acme inc", {"acme": ["Acme"]}), merge_organisation("acme inc", {})
    ('acme', 'acme inc')
    >>> merge_organisation("acme motor corp", {"acme": ["Acme"]}), merge_organisation("acme's widgets", {"widgets": []})
    ('acme', 'widgets')
    >>> merge_organisation("harbour ferries", {"harbour ferries ltd": ["Harbour Ferries Ltd."]})
    'harbour ferries ltd'

    A body's short form on second reference is the one body the story names in full with it:

    >>> merge_organisation("post", {"harbour post": ["Harbour Post"]})
    'harbour post'
    >>> merge_organisation("post", {"harbour post": ["Harbour Post"], "bay post": ["Bay Post"]})
    'post'

    A country's body is the one its people's adjective names:

    >>> merge_organisation("russia's foreign ministry", {"russian foreign ministry": ["Russian Foreign Ministry"]})
    'russian foreign ministry'

    A department named either way round, and its acronym with its "of":

    >>> known = {"justice department": ["Justice Department"], "department of justice": ["Department of Justice"]}
    >>> merge_organisation("department of justice", known), merge_organisation("doj", known)
    ('justice department', 'justice department')
    >>> merge_organisation("us department of state", {"state department": ["State Department"]})
    'state department'
    >>> merge_organisation("eu commission", {"european commission": ["European Commission"]})
    'european commission'
    >>> merge_organisation("us geological survey", {"geological survey": ["Geological Survey"]})
    'geological survey'
    """
    words = key.split()
    for n in range(len(words) - 1, 0, -1):  # "Acme Inc.", "Meta Platforms", "Toyota Motor Corp.": the short name
        if words[n].rstrip(",") not in _SHED:
            break
        if (head := " ".join(words[:n]).rstrip(",")) in known:
            return head
    if (owning := _possessive(key)) and " " not in owning[1] and owning[1] in known and not is_place(owning[0].title()):
        return owning[1]  # "Alphabet Inc's Google" is the Google the story names
    if key not in known and (suffixed := company_named(key, known)):  # "Harbour Ferries" of "Harbour Ferries Ltd."
        return suffixed
    if key.isalpha() and len(key) <= 6:
        for other, forms in known.items():
            if not other.startswith("~") and " " in other and any(key in _acronyms(f) for f in forms):
                return _unprefixed(_turned(other, known), known)
    if (turned := _turned(key, known)) != key:
        return turned
    first, _, rest = key.partition(" ")
    if first in _ABBREVIATED and rest and (spelled := f"{_ABBREVIATED[first]} {rest}") in known:
        return spelled
    if (bare := _unprefixed(key, known)) != key:
        return bare
    if (placed := _placed(key)) is not None and is_place(placed[0].title()):
        # "Russia's Foreign Ministry": the one "Russian Foreign Ministry" the story names.
        same = [
            k
            for k in known
            if (o := _placed(k)) and o[0] != placed[0] and o[1] == placed[1] and peoples_adjective(placed[0], o[0])
        ]
        if len(same) == 1:
            return same[0]
    if key in SHORT_FORMS:  # "the Post" of the one "Washington Post" the story names
        longer = [other for other in known if other.endswith(f" {key}") and not other.startswith("~")]
        return longer[0] if len(longer) == 1 else key
    return _national(key, known)


def org_key(name: str) -> str:
    """The key a body is filed under: its name in lower case, without dots or a web address's ".com".

    >>> org_key("Amazon.com Inc."), org_key("U.S. Coast Guard")
    ('amazon inc', 'us coast guard')
    """
    return name.lower().replace(".com", "").replace(".", "")


def _unprefixed(key: str, known: Mapping[str, list[str]]) -> str:
    """ "us food and drug administration" is the "food and drug administration" another outlet names."""
    first, _, rest = key.partition(" ")
    return rest if first in _ABBREVIATED and " " in rest and rest in known else key


def _possessive(key: str) -> tuple[str, str] | None:
    """A key's owner and what is theirs: "russia's foreign ministry" -> ("russia", "foreign ministry")."""
    owner, sep, rest = key.replace("’", "'").partition("'s ")
    return (owner, rest) if sep else None


def _placed(key: str) -> tuple[str, str] | None:
    """A body's key as its country and the rest: "russia's foreign ministry" and "russian foreign ministry" are
    ("russia", "foreign ministry") and ("russian", "foreign ministry"); None for any other key."""
    if (owning := _possessive(key)) and " " not in owning[0] and owning[1] and is_place(owning[0].title()):
        return owning
    first, _, rest = key.partition(" ")
    return (first, rest) if rest and is_demonym(first.title()) and not is_place(first.title()) else None


# Heads a body's full name is shortened to on second reference: "the Post", "the Foundation", "the Museum".
SHORT_FORMS = frozenset(ORG_HEADS["newspaper"] - {"news"}) | frozenset(
    "magazine foundation museum institute university college association society commission court parliament".split()
)
# Abbreviations that stand for a people's adjective before a body: "EU Commission" is the "European Commission".
_ABBREVIATED = {"eu": "european", "us": "american", "uk": "british"}


def company_named(key: str, known: Mapping[str, list[str]]) -> str | None:
    """The known key of a company the story names ``key`` with its legal suffix ("harbour ferries ltd")."""
    return next((f"{key} {suffix}" for suffix in sorted(_CORPORATE) if f"{key} {suffix}" in known), None)


def merge_description(key: str, known: Mapping[str, list[str]]) -> str:
    """A description's key meets a longer one among the ``known`` keys: a one-word head noun inside a longer
    one ("~suit" / "~lawsuit"), or the one organisation the story names with it ("~committee").

    >>> merge_description("~suit", {"~lawsuit": []}), merge_description("~ad", {"~head": []})
    ('~lawsuit', '~ad')
    >>> merge_description("~woman", {"~spokeswoman": []})
    '~woman'

    A country's body or official meets the one its people's adjective describes:

    >>> merge_description("~china foreign ministry", {"~chinese foreign ministry": []})
    '~chinese foreign ministry'
    >>> merge_description("~china foreign ministry", {"chinese foreign ministry": [], "~chinese foreign ministry": []})
    'chinese foreign ministry'
    """
    word = key[1:]
    first, _, rest = word.partition(" ")
    if rest and is_place(first.title()):  # "China's foreign ministry" is "the Chinese foreign ministry"
        same = [o for o in known if o.endswith(f" {rest}")]
        same = [o for o in same if place_and_people(first, o.removeprefix("~").partition(" ")[0])]
        same = [o for o in same if not o.startswith("~")] or same  # the body's name, where one is printed
        if len(same) == 1:
            return same[0]
    if " " not in word:
        for other in sorted(known):
            # "suit" in "lawsuit", not "ad" in "head": the longer word must end in the whole shorter one; not
            # "woman" in "spokeswoman" either: a person's noun names no one of the compound's.
            compound = len(other) - 1 - len(word) >= 3 and len(word) >= 4 and not person_noun(word)
            if other.startswith("~") and other != key and " " not in other[1:] and other.endswith(word) and compound:
                return other
        # "the committee" is the one organisation named "... Committee" in the story.
        named = [o for o in known if not o.startswith("~") and o.split()[-1] == word and " " in o]
        if len(named) == 1:
            return named[0]
    return key
