"""Canonical speakers: name variants merged across every source.

Part of stage 3 (attribution). :class:`SpeakerIndex` first observes all the
article text (full names, their titles, and clues to whether "he" or "she"
fits them), then maps each speaker phrase an attribution found to one key:

* people by surname and compatible given name ("Lavrov" / "Sergei Lavrov" /
  "Russian Foreign Minister Sergei Lavrov"; "Mike" / "Michael"); a bare
  surname shared by several people goes to the one named nearby;
* organisations by name, an acronym meeting its spelled-out form ("DNC" /
  "Democratic National Committee");
* descriptions ("the suit", "the lawsuit", "an alleged poll in Wyoming") by
  their words, a shorter head noun meeting a longer one ("suit" / "lawsuit").

>>> idx = SpeakerIndex()
>>> idx.observe_text("Their father, former Vice President Dan Ortiz, spoke.")
['ortiz|daniel']
>>> idx.resolve("Ortiz").name, idx.gender(idx.key_for("Ortiz"))
('Dan Ortiz', 'm')
"""

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from quotecompare.models import Speaker
from quotecompare.text.lexicon import (
    FEMALE_WORDS,
    FUNCTION_WORDS,
    MALE_WORDS,
    MONTHS_DAYS,
    NICKNAMES,
    ORG_WORDS,
    SPEECH_FORMS,
    TITLE_WORDS,
)
from quotecompare.text.slugs import slugify

NAME_TOKEN = r"(?:[A-Z][a-z]*[A-Z]?[a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{2,6}|Mc[A-Z][a-z]+)"
SUFFIX = r"(?:,?\s+(?:Jr\.|Sr\.|III|II|IV))"
_PERSON_MENTION = re.compile(
    # The lookahead lets the scan skip in C every position no name or title can start at.
    r"(?=[A-Z]|[Ff]ormer\s|then-)"
    rf"(?P<title>(?:(?:[Ff]ormer\s+|then-)?(?:{NAME_TOKEN}\.?\s+)*?))"
    rf"(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,4}}){SUFFIX}?"
)
_PREPOSITIONS = {"in", "of", "from", "at", "for", "by", "with", "to", "on"}
_NOT_IN_NAMES = FUNCTION_WORDS | MONTHS_DAYS
_SENTENCE_ENDS = frozenset(["", ".", "!", "?", "\n", '"', "“", "”"])  # what may come before a sentence
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


class Mention(NamedTuple):
    """A speaker phrase as printed, split into title words and name."""

    text: str
    title: str
    name: str
    kind: str = "name"  # "name" or "description"


@lru_cache(maxsize=16384)  # names recur on every page and quote: split each once
def split_mention(text: str) -> Mention:
    """Split titles from a name; a lower-case phrase is a description.

    >>> split_mention("Russian Foreign Minister Sergei Lavrov")
    Mention(text='Russian Foreign Minister Sergei Lavrov', title='Russian Foreign Minister', name='Sergei Lavrov', kind='name')
    >>> split_mention("Mr. Perez").name, split_mention("the suit").kind
    ('Perez', 'description')
    """
    text = re.sub(r"\s+", " ", text.strip())
    bare = _DETERMINER.sub("", text)
    words = bare.split(" ")
    # Lower case throughout, or a phrase like "alleged poll in Wyoming": a description.
    # Lower-case title words before a name ("council chair Beth Okafor") are a title.
    if words[-1][:1].islower() or (not bare[:1].isupper() and set(words) & _PREPOSITIONS):
        # "the suit", "Trump campaign", "an alleged poll in Wyoming", "73 percent of Americans"
        return Mention(text, "", bare, "description")
    if " " in bare and words[-1].lower().strip(".,") in ORG_WORDS and all(w[:1].isupper() for w in words):
        return Mention(text, "", bare)  # "Democratic National Committee": no title to split off
    tokens = bare.split(" ")
    # Name = trailing tokens that are not title words (at most four).
    name_tokens: list[str] = []
    real = 0  # initials and "Jr." do not count towards the three words of a name
    for tok in reversed(tokens):
        low = tok.lower().rstrip(",")
        if low in TITLE_WORDS or low in {"of", "the"} or real >= 3 or not tok[:1].isupper():
            break
        name_tokens.insert(0, tok.rstrip(","))
        real += not re.fullmatch(r"[A-Z]\.|Jr\.?|Sr\.?|I{2,3}|IV", tok.rstrip(","))
    if not name_tokens:
        return Mention(text, "", bare)
    name = " ".join(name_tokens)
    return Mention(text, bare[: len(bare) - len(name)].strip(), name)


@lru_cache(maxsize=16384)
def name_key(name: str) -> tuple[str, str | None]:
    """(surname, canonical given name or None) of a person's name.

    >>> name_key("Robert S. Mueller"), name_key("Mike Thibodeau"), name_key("Lavrov"), name_key("Al Gore Jr.")
    (('mueller', 'robert'), ('thibodeau', 'michael'), ('lavrov', None), ('gore jr', 'albert'))
    """
    words = name.replace(",", " ").split()
    suffixes = [w.rstrip(".").lower() for w in words if w.rstrip(".") in {"Jr", "Sr", "III", "II", "IV"}]
    parts = [p for p in words if p.rstrip(".") not in {"Jr", "Sr", "III", "II", "IV"}]
    parts = [p for p in parts if not re.fullmatch(r"[A-Z]\.?", p)]  # middle initials
    if not parts:
        return name.lower(), None
    # "Donald Trump Jr." is not "Donald J. Trump": the suffix is part of the surname key.
    surname = " ".join([parts[-1].lower().replace("’", "'"), *suffixes])
    first = parts[0].lower() if len(parts) > 1 else None
    if first:
        first = NICKNAMES.get(first, first)
    return surname, first


@lru_cache(maxsize=16384)
def is_organisation(name: str) -> bool:
    """True for names like "Democratic National Committee" or "DNC".

    >>> is_organisation("Democratic National Committee"), is_organisation("Tom Perez")
    (True, False)
    """
    words = {w.lower().strip(".,") for w in name.split()}
    return bool(words & ORG_WORDS) or (name.isupper() and len(name) <= 8)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper() and w.lower() not in {"of", "the", "and", "for"})


def _tally(forms: list[str]) -> tuple[Counter[str], dict[str, int]]:
    """How often each form occurs, and where it first occurs: one pass, not ``forms.count`` per form."""
    first: dict[str, int] = {}
    for i, f in enumerate(forms):
        first.setdefault(f, i)
    return Counter(forms), first


class Named(NamedTuple):
    """A person's full name seen in a text, with its title and clues to their gender."""

    person: tuple[str, str]  # (surname, canonical given name)
    name: str
    title: str  # lower case; "" without one
    male: int
    female: int


def names_in(text: str) -> list[Named]:
    """Full names of people in ``text`` (a pure function: many texts may be read at once, then observed).

    >>> names_in("Their father, former Vice President Dan Ortiz, spoke.")
    [Named(person=('ortiz', 'daniel'), name='Dan Ortiz', title='former vice president', male=1, female=0)]
    """
    out: list[Named] = []
    pos = 0
    while (m := _PERSON_MENTION.search(text, pos)) is not None:
        pos = m.end()
        tokens = m.group("name").split()
        first = tokens[0].lower()
        if not m.group("title") and (
            first in _NOT_IN_NAMES or (first in SPEECH_FORMS and text[: m.start()].rstrip()[-1:] in _SENTENCE_ENDS)
        ):
            pos = m.start() + len(tokens[0])  # "Only Ada Holm voted", "Said Ada Holm, …": read again from "Ada"
            continue
        if len(tokens) < 2 or any(t.lower() in _NOT_IN_NAMES for t in tokens):
            continue
        if all(t.isupper() and len(t.rstrip(".")) > 1 for t in tokens):
            continue  # "MONEY WOULD COME": a headline in capitals, not a name
        # Keep "former" but not a stray "and" or "of" before the title.
        title = re.sub(r"^(?:(?!former\b)[a-z-]+\s+)+", "", (m.group("title") or "").strip() + " ")
        split = split_mention(f"{title.strip()} {m.group('name')}".strip())
        if len(split.name.split()) < 2 or is_organisation(split.name):
            continue
        key = name_key(split.name)
        if not key[1]:
            continue
        male, female = _gender_clues(text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 120])
        out.append(Named((key[0], key[1]), split.name, split.title.lower(), male, female))
    return out


def _gender_clues(before: str, after: str) -> tuple[int, int]:
    """Strong clues only: "Mr."/"Ms.", "Their father, NAME", "NAME, the younger sister of"; (male, female)."""
    male = female = 0
    # Walk back over the title ("former Vice President") to the word before it.
    for word in reversed(re.findall(r"[\w.]+", before.lower())[-8:]):
        if word in TITLE_WORDS or word in {"former", "the", "then"} or word.rstrip(".") in {"mr", "mrs", "ms"}:
            if word.rstrip(".") in {"mr", "mrs", "ms"}:
                if word.startswith("mr.") or word == "mr":
                    male += 1
                else:
                    female += 1
            continue
        male += word in MALE_WORDS
        female += word in FEMALE_WORDS
        break
    # The head of the apposition right after the name: ", the younger sister of ...".
    # Only a noun phrase: in "..., daughter of Dick Cheney, criticized her sister" the
    # words after the comma are the sentence's predicate, about someone else.
    appos = re.findall(r"[\w.]+", after.split(",")[1].lower())[:5] if after.startswith(",") else []
    if appos and appos[0] in {"the", "a", "an"}:
        for word in appos:
            if word in MALE_WORDS or word in FEMALE_WORDS:
                male += word in MALE_WORDS
                female += word in FEMALE_WORDS
                break
    return male, female


class SpeakerIndex:
    """Merge speaker mentions from every source into canonical speakers.

    >>> idx = SpeakerIndex()
    >>> for m in ["Russian Foreign Minister Sergei Lavrov", "Lavrov", "Mike Pompeo", "Michael Pompeo"]:
    ...     _ = idx.add(m)
    >>> [s.name for s in idx.speakers()]
    ['Mike Pompeo', 'Sergei Lavrov']
    >>> idx.resolve("Lavrov").name
    'Sergei Lavrov'
    """

    def __init__(self) -> None:
        self._people: dict[tuple[str, str], list[str]] = {}  # (surname, given) -> name forms
        self._other: dict[str, list[str]] = {}  # organisations, descriptions, lone names -> forms
        self._aliases: dict[str, set[str]] = {}  # key -> phrases that named it as a speaker
        self._named: dict[str, tuple[tuple[int, int], Speaker]] = {}  # key -> (mentions seen, speaker)
        self._gender: dict[tuple[str, str], Counter[str]] = {}
        self._by_surname: dict[str, list[tuple[str, str]]] = {}  # surname -> people keys, first seen first
        self._given: set[str] = set()  # canonical given names of the people seen

    # --- observing -------------------------------------------------------------

    def observe_text(self, text: str) -> list[str]:
        """Register full names mentioned anywhere and their gender clues; return their keys."""
        return self.observe(names_in(text))

    def observe(self, names: Iterable[Named]) -> list[str]:
        """Register names found by :func:`names_in`, in reading order; return their keys."""
        seen: list[str] = []
        for n in names:
            self._person(n.person).append(n.name)
            votes = self._gender.setdefault(n.person, Counter())
            votes["m"] += n.male
            votes["f"] += n.female
            seen.append("|".join(n.person))
        return seen

    def gender(self, key: str) -> str | None:
        """'m', 'f' or None when the text gives no clear clue."""
        surname, _, given = key.partition("|")
        votes = self._gender.get((surname, given))
        if not votes or votes["m"] == votes["f"]:
            return None
        return "m" if votes["m"] > votes["f"] else "f"

    # --- naming ---------------------------------------------------------------

    def add(self, mention: str) -> Mention:
        """Register a phrase that names a speaker."""
        m = split_mention(mention)
        if m.kind == "description":
            self._other.setdefault(self._description_key(m.name), []).append(mention.strip())
            return m
        surname, given = name_key(m.name)
        if given and not is_organisation(m.name):
            self._person((surname, given)).append(m.name)
        else:
            self._other.setdefault(m.name.lower().replace(".", ""), []).append(m.name)
        return m

    @staticmethod
    def _description_key(words: str) -> str:
        """Head of a description: 'budget report prepared for the council' -> '~budget report'."""
        kept: list[str] = []
        for n, word in enumerate(re.sub(r"['’]s\b", "", words.lower()).split()):
            share = (
                word == "of"
                and bool(kept)
                and kept[-1] in {"percent", "%", "majority", "plurality", "minority", "half"}
            )
            if n and (word in _PREPOSITIONS or word.endswith("ed")) and not share:
                break  # "75 percent of Democrats" keeps its group: it is not "75 percent of Republicans"
            kept.append(word)
        return "~" + " ".join(kept)

    def _person_keys(self, surname: str) -> list[tuple[str, str]]:
        return self._by_surname.get(surname, [])

    def _person(self, key: tuple[str, str]) -> list[str]:
        """The name forms of a person, registering the person on first sight."""
        if key not in self._people:
            self._people[key] = []
            self._by_surname.setdefault(key[0], []).append(key)
            self._given.add(key[1])
        return self._people[key]

    def knows(self, word: str) -> bool:
        """Whether a lone word is the surname or given name of someone seen by full name."""
        low = word.lower().replace("’", "'")
        given = NICKNAMES.get(low, low)
        return bool(self._person_keys(low)) or given in self._given

    def key_for(self, mention: str, prefer: Iterable[str] = (), gender: str | None = None) -> str:
        """Canonical key of a mention; ``prefer`` lists keys seen nearby, most relevant first.

        A bare surname shared by several people goes to the first preferred one,
        else the one named most often; ``gender`` ("m"/"f", from a pronoun) rules
        out people known to be otherwise.
        """
        m = split_mention(mention)
        if m.kind == "description":
            return self._merge_description(self._description_key(m.name))
        surname, given = name_key(m.name)
        if given and not is_organisation(m.name):
            if (surname, given) not in self._people:
                # "Councillor Ivo Brandt": an unknown first word before a known given name.
                words = {NICKNAMES.get(w.lower(), w.lower()) for w in m.name.split()[1:-1]}
                known = [k for k in self._person_keys(surname) if k[1] in words]
                if len(known) == 1:
                    return "|".join(known[0])
            return f"{surname}|{given}"
        keys = self._person_keys(surname) if len(m.name.split()) == 1 else []
        if gender and len(keys) > 1:
            fitting = [k for k in keys if self.gender("|".join(k)) in (None, gender)]
            keys = fitting or keys
        if len(keys) == 1:
            return "|".join(keys[0])
        if keys:
            for key in prefer:
                if key.split("|")[0] == surname:
                    return key
            # Ambiguous bare surname: the most often named person wins.
            busiest = max(keys, key=lambda k: len(self._people[k]))
            return "|".join(busiest)
        return self._merge_organisation(m.name.lower().replace(".", ""))

    def _merge_organisation(self, key: str) -> str:
        """An acronym meets its spelled-out form: 'dnc' -> 'democratic national committee'."""
        if key.isalpha() and len(key) <= 6:
            for other in self._other:
                if not other.startswith("~") and " " in other and _acronym(self._other[other][0]).lower() == key:
                    return other
        return key

    def _merge_description(self, key: str) -> str:
        """'~suit' meets '~lawsuit': a one-word head noun inside a longer one."""
        word = key[1:]
        if " " not in word:
            for other in sorted(self._other):
                # "suit" in "lawsuit", not "ad" in "head": the longer word must end in the whole shorter one.
                compound = len(other) - 1 - len(word) >= 3 and len(word) >= 4
                if (
                    other.startswith("~")
                    and other != key
                    and " " not in other[1:]
                    and other.endswith(word)
                    and compound
                ):
                    return other
            # "the committee" is the one organisation named "... Committee" in the story.
            named = [o for o in self._other if not o.startswith("~") and o.split()[-1] == word and " " in o]
            if len(named) == 1:
                return named[0]
        return key

    def resolve(self, mention: str, prefer: Iterable[str] = (), gender: str | None = None) -> Speaker:
        key = self.key_for(mention, prefer, gender)
        self._aliases.setdefault(key, set()).add(re.sub(r"\s+", " ", mention.strip()))
        return self.speaker(key)

    def speaker(self, key: str) -> Speaker:
        """The speaker of ``key`` as named so far, worked out again only after a new mention of it.

        Mentions are only ever appended, so their number tells whether anything
        changed; recounting every mention for every quote made a story of
        thousands of quotes quadratic.
        """
        surname, sep, given = key.partition("|")
        forms = self._people.get((surname, given), ()) if sep else self._other.get(key, ())
        state = (len(forms), len(self._aliases.get(key, ())))
        hit = self._named.get(key)
        if hit is None or hit[0] != state:
            hit = self._named[key] = (state, self._name(key))
        return hit[1]

    def _name(self, key: str) -> Speaker:
        surname, sep, given = key.partition("|")
        if sep:
            forms = self._people.get((surname, given), []) or [surname.title()]
            # The commonest form of two or three words, first seen on a tie.
            count, first = _tally(forms)
            name = max(count, key=lambda f: (2 <= len(f.split()) <= 3, count[f], -first[f]))
            aliases = tuple(sorted(set(forms) | self._aliases.get(key, set())))
            return Speaker(key, name, slugify(name), aliases, "person")
        forms = self._other.get(key) or [key.lstrip("~")]
        if key.startswith("~"):
            count, _ = _tally(forms)
            name = min(count, key=lambda f: (len(f), -count[f]))
        else:
            count, first = _tally(forms)
            name = max(count, key=lambda f: (count[f], -first[f]))
        name = name[0].upper() + name[1:]
        aliases = tuple(sorted(set(forms) | self._aliases.get(key, set())))
        return Speaker(key, name, slugify(name), aliases, "other")

    def speakers(self) -> list[Speaker]:
        keys = [f"{s}|{g}" for s, g in self._people]
        keys += [k for k in self._other if k.startswith("~") or not self._person_keys(k)]
        return sorted((self.speaker(k) for k in keys), key=lambda s: s.name)
