"""Canonical speakers: name variants merged across every source.

Part of stage 3 (attribution). :class:`SpeakerIndex` first observes all the
article text (full names, their titles, and clues to whether "he" or "she"
fits them), then maps each speaker phrase an attribution found to one key:

* people by surname and compatible given name ("Brandt" / "Sergei Brandt" /
  "Harbour Board Chairman Sergei Brandt"; "Mike" / "Michael"); a bare
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

from __future__ import annotations

import re
from collections import ChainMap, Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from quotecompare.attribution.bodies import company_named, merge_description, merge_organisation, org_key
from quotecompare.attribution.display import speaker_record
from quotecompare.attribution.kinds import description_key, owned
from quotecompare.attribution.namekeys import double_surname
from quotecompare.attribution.names import (
    FAMILY_HONORIFICS,
    Mention,
    Named,
    is_organisation,
    name_key,
    names_in,
    split_mention,
    title_clues,
)
from quotecompare.attribution.namesakes import namesake
from quotecompare.attribution.titles import SOVEREIGN_TITLES, is_title_word
from quotecompare.attribution.variants import (
    NAME_SUFFIXES,
    a_relative,
    account_holder,
    family_name_first,
    first_of_two_surnames,
    generation,
    in_narration,
    initialled,
    match_title,
    nicknamed,
    personal_name,
    short_form,
    short_given,
    spelled_alike,
    spelling_key,
    title_words,
    without_suffix,
)
from quotecompare.attribution.wordclass import GENERATIONS, initial
from quotecompare.models import Speaker
from quotecompare.text.given_names import given_gender, is_given_name
from quotecompare.text.lexicon import NAME_PARTICLES, NICKNAMES
from quotecompare.text.normalise import fold_accents
from quotecompare.text.places import demonym_plural, is_demonym, is_place

__all__ = ["Mention", "Named", "SpeakerIndex", "is_organisation", "name_key", "names_in", "split_mention"]


@lru_cache(maxsize=4096)
def _spaced(mention: str) -> str:
    """A mention with its spaces made single: the same few mentions come again for every quote."""
    return re.sub(r"\s+", " ", mention.strip())


class SpeakerIndex:
    """Merge speaker mentions from every source into canonical speakers.

    >>> idx = SpeakerIndex()
    >>> for m in ["Harbour Board Chairman Sergei Brandt", "Brandt", "Mike Holm", "Michael Holm"]:
    ...     _ = idx.add(m)
    >>> [s.name for s in idx.speakers()]
    ['Mike Holm', 'Sergei Brandt']
    >>> idx.resolve("Brandt").name
    'Sergei Brandt'
    """

    def __init__(self) -> None:
        self._people: dict[tuple[str, str], list[str]] = {}  # (surname, given) -> name forms
        self._other: dict[str, list[str]] = {}  # organisations, descriptions, lone names -> forms
        self._titles: dict[tuple[str, str], set[str]] = {}  # person -> titles and roles seen with them
        self._aliases: dict[str, set[str]] = {}  # key -> phrases that named it as a speaker
        self._named: dict[str, tuple[tuple[int, int], Speaker]] = {}  # key -> (mentions seen, speaker)
        self._gender: dict[tuple[str, str], Counter[str]] = {}
        self._by_surname: dict[str, list[tuple[str, str]]] = {}  # surname -> people keys, first seen first
        self._by_given: dict[str, list[tuple[str, str]]] = {}  # canonical given name -> people keys
        self._by_inner: dict[str, set[tuple[str, str]]] = {}  # next-to-last word of a name of three -> people keys
        self._family_first: dict[str, set[tuple[str, str]]] = {}  # "xi" of Xi Jinping, called "Mr. Xi" -> people
        self._kinds: dict[str, Counter[str]] = {}  # name (not a full name) -> how the cues read it
        self._key_of: dict[str, tuple[str, str]] = {}  # "surname|given" -> (surname, given)
        self._titled: Counter[tuple[str, str]] = Counter()  # people named by title and surname: how often
        self._apart: set[tuple[str, str]] = set()  # "X Jr." named in one article beside plain "X": two people
        self._introduced: set[tuple[str, str]] = set()  # people some article names before any namesake
        self._alias: dict[tuple[str, str], tuple[str, str]] = {}  # a name's other spelling -> the person
        self._spellings: dict[tuple[str, str], list[tuple[str, str]]] = {}  # people by :func:`spelling_key`s
        self._by_initials: dict[str, set[tuple[str, str]]] = {}  # "mbs" -> Mohammed bin Salman
        self._bodies: Counter[tuple[str, str]] = Counter()  # people-shaped names a sentence calls "it": bodies
        # ("francis", "") -> {"pope"}: one name and a sovereign's title ("Pope Francis")
        self._sovereign: dict[tuple[str, str], set[str]] = {}
        # key_for's answers that no nearby key decides, by (mention, gender): asked again for every quote of a
        # speaker (tens of thousands in a huge article). Emptied whenever the index learns something.
        self._fixed: dict[tuple[str, str | None], str] = {}
        # knows_in's answers by (word, text): asked for every paragraph naming someone by surname (a huge
        # article's text read again each time). Emptied with _fixed.
        self._known_in: dict[tuple[str, str], bool] = {}

    # --- observing -------------------------------------------------------------

    def observe_text(self, text: str) -> list[str]:
        """Register full names mentioned anywhere and their gender clues; return their keys."""
        return self.observe(names_in(text))

    def observe(self, names: Iterable[Named], texts: Sequence[str] = ()) -> list[str]:
        """Register the full names found by :func:`names_in`, in reading order; return their keys.

        A surname after a title ("President Holm") is not registered: which
        namesake it is, :meth:`named_keys` tells once the whole story is read.
        ``texts`` are the article's paragraphs the names were read from.
        """
        self._fixed.clear()
        self._known_in.clear()
        seen: list[str] = []
        here: dict[tuple[str, str], list[str]] = {}
        surnames: set[str] = set()
        names = list(names)
        printed = {n.person for n in names}
        self._nicknamed(texts)
        for n in names:
            if not n.person[1]:
                if n.title in SOVEREIGN_TITLES and " " not in n.name:  # "Pope Francis": "the pope" of the story
                    self._sovereign.setdefault((n.person[0], ""), set()).update(t for t in (n.title, n.role) if t)
                continue
            person = self._spelled_as(n.person, printed, n.name)  # "Muammar Qaddafi" of an outlet printing "Gadhafi"
            if person not in here and person[0] not in surnames:
                self._introduced.add(person)
            surnames.add(person[0])
            here.setdefault(person, []).append(n.name)
            self._form(person, n.name)
            if inner := first_of_two_surnames(n.name):
                # "Melba Acosta Febo" is "Ms. Acosta": the first of two surnames, printed alone.
                self._by_inner.setdefault(inner, set()).add(person)
            titles = self._titles.setdefault(person, set())
            titles.update(t for t in (n.title, n.role) if t)
            votes = self._gender.setdefault(person, Counter())
            votes["m"] += n.male
            votes["f"] += n.female
            seen.append("|".join(person))
        # "Mr. Xi" or "Xi said" beside "Xi Jinping": a family name written first, which any outlet may print alone
        # ("President Xi" may not say the word is a family name: only the honorifics that go with one).
        honoured = {n.person[0] for n in names if not n.person[1] and n.title in FAMILY_HONORIFICS}
        text = "\n".join(texts) if here else ""
        for key, forms in here.items():
            first = forms[0].split()[0]
            if family_name_first(first, text, honoured):  # two people of one family name: neither (see _first_of)
                self._family_first.setdefault(first.lower(), set()).add(key)
        # Father and son: one article naming "Donald Trump Jr." and, in its own words, "Donald Trump" tells
        # them apart; the plain name inside someone's quoted words ("… the campaign and Roger Stone.") does not.
        for key in here:
            plain = without_suffix(key)
            if plain in here and (not texts or any(in_narration(texts, form) for form in here[plain])):
                self._apart.add(key)
        return seen

    def named_keys(self, names: Iterable[Named]) -> list[str]:
        """The people names found by :func:`names_in` stand for, in order; a titled surname only when the title tells.

        Call once per text, after every text is observed: a person a title names ("President Holm") counts
        towards how often they are named."""
        self._fixed.clear()
        self._known_in.clear()
        out = []
        titled: list[tuple[tuple[str, str], str]] = []
        for n in names:
            if n.person[1]:
                out.append("|".join(self._alias.get(n.person, n.person)))
                continue
            keys = self._surname_keys(n.person[0]) or self._by_given.get(n.person[0], []) or self._inner(n.person[0])
            fitting = [k for k in keys if self._fits(k, *title_clues(n.title))]
            if len(fitting) == 1:
                self._titled[fitting[0]] += 1
                out.append("|".join(fitting[0]))
                titled.append((fitting[0], n.title))
        # "Donald Trump Jr." beside "President Trump" (a title that fits the father, not the son): two people.
        # "Mr. Stone" beside "Roger J. Stone Jr." fits both and tells nothing.
        full = {self._key_of[k] for k in out if k in self._key_of}
        for key in full:
            plain = without_suffix(key)
            if plain and any(k == plain and not self._fits(key, *title_clues(t)) for k, t in titled):
                self._apart.add(key)
        # As :meth:`key_for` files them: "Joseph R. Biden Jr." is the story's Joe Biden unless parted.
        return ["|".join(self._one_person(self._key_of[k])) if k in self._key_of else k for k in out]

    def _one_person(self, key: tuple[str, str]) -> tuple[str, str]:
        """A "Jr." name is the story's plain name ("Roger J. Stone Jr." / "Roger Stone") unless an article parts them.

        News drops the suffix as it drops a middle initial; a suffix keeps a son from his father only
        where the story shows both: one article naming both, or a title that fits only the plain name."""
        plain = without_suffix(key)
        return plain if plain and plain in self._people and key not in self._apart else key

    def _salience(self, key: tuple[str, str]) -> int:
        """How often the story names a person, in full or by a title that tells them from namesakes."""
        return len(self._people[key]) + self._titled[key]

    def _fits(self, key: tuple[str, str], gender: str | None, words: frozenset[str]) -> bool:
        """Whether a person may be the one a title names: "Mrs." a woman, "President" a president."""
        if gender and self.gender("|".join(key)) not in (None, gender):
            return False
        return not words or bool(words & self._title_words(key))

    def _title_words(self, key: tuple[str, str]) -> frozenset[str]:
        return title_words(self._titles.get(key, ()))

    def titles_of(self, key: str) -> frozenset[str]:
        """The words of the titles the whole story gives the person of ``key`` ("surname|given")."""
        surname, _, given = key.partition("|")
        return self._title_words((surname, given)) if given else frozenset()

    def _narrow(self, keys: list[tuple[str, str]], title: str, gender: str | None) -> list[tuple[str, str]]:
        """Of namesakes, those a title, honorific or pronoun fits (all of them when none does), then no relative."""
        honorific, words = title_clues(title)
        for want, need in ((gender or honorific, frozenset[str]()), (None, words)):
            if len(keys) > 1 and (want or need):
                keys = [k for k in keys if self._fits(k, want, need)] or keys
        return ([k for k in keys if not a_relative(self._titles.get(k, ()))] or keys) if len(keys) > 1 else keys

    def gender(self, key: str, by_name: bool = True) -> str | None:
        """'m', 'f' or None when neither the text nor (with ``by_name``) the given name gives a clear clue.

        The text's clues ("Mr.", "his wife, …") are votes; a given name that tells ("Stephanie") counts as two,
        so one stray clue does not outweigh it."""
        surname, _, given = key.partition("|")
        votes = self._gender.get((surname, given))
        m, f = (votes["m"], votes["f"]) if votes else (0, 0)
        told = given_gender(given) if given and by_name else None
        m, f = m + 2 * (told == "m"), f + 2 * (told == "f")
        return None if m == f else "m" if m > f else "f"

    # --- naming ---------------------------------------------------------------

    def add(self, mention: str, kind: str | None = None) -> Mention:
        """Register a phrase that names a speaker; ``kind`` is how the cue read it ("person", "org", ...)."""
        self._fixed.clear()
        self._known_in.clear()
        m = split_mention(mention)
        if m.kind == "description":
            self._other.setdefault(description_key(m.name), []).append(mention.strip())
            return m
        surname, given = name_key(m.name)
        if given and personal_name(m.name):
            self._form((surname, given), m.name)
            if kind == "org":  # "Goldman Sachs cut its forecast. “…,” it said"
                self._bodies[(surname, given)] += 1
            if m.title:
                self._titles.setdefault((surname, given), set()).add(m.title.lower())
        else:
            key = org_key(m.name)
            self._other.setdefault(key, []).append(m.name)
            if kind:
                kinds = self._kinds.get(key)
                if kinds is None:  # (not setdefault: a Counter made for every quote of a huge article)
                    kinds = self._kinds[key] = Counter()
                kinds[kind] += 1
        return m

    def _person_keys(self, surname: str) -> list[tuple[str, str]]:
        return self._by_surname.get(surname, [])

    def _surname_keys(self, surname: str) -> list[tuple[str, str]]:
        """The people of a surname, and those named with it and a suffix whose given name none of them has:
        "Mr. Biden" may be Joseph R. Biden Jr. beside Hunter Biden (a suffix drops like a middle initial),
        while "Trump" beside Donald Trump Jr. is the father."""
        keys = self._person_keys(surname)
        return keys + [k for k in self._suffixed(surname) if all(k[1] != j[1] for j in keys)] if keys else keys

    def _generation(self, keys: list[tuple[str, str]], surname: str, title: str) -> list[tuple[str, str]]:
        """ "The elder Mr. Whitfield" of Thomas Whitfield Sr. and his son (see :func:`generation`)."""
        if not any(w in GENERATIONS for w in title.lower().split()):
            return keys
        family = keys + [k for k in self._suffixed(surname) if self._one_person(k) == k and k not in keys]
        return generation(title, surname, family) or keys

    def _suffixed(self, surname: str) -> list[tuple[str, str]]:
        """The people named with ``surname`` and a suffix ("Harris Jr.", "Hurt III")."""
        return [k for suffix in sorted(NAME_SUFFIXES) for k in self._person_keys(f"{surname} {suffix}")]

    def _inner(self, word: str) -> list[tuple[str, str]]:
        """The one person whose name ends in two surnames, ``word`` the first, if it is no one's surname or given name."""
        inner = self._by_inner.get(word, ())
        return list(inner) if len(inner) == 1 and word not in self._by_surname and word not in self._by_given else []

    def _first_of(self, word: str) -> list[tuple[str, str]]:
        """The one person some article calls by the first word of their name alone, as a family name."""
        people = self._family_first.get(word, ())
        return list(people) if len(people) == 1 else []

    def _person(self, key: tuple[str, str]) -> list[str]:
        """The name forms of a person, registering the person on first sight."""
        if key not in self._people:
            self._people[key] = []
            self._by_surname.setdefault(key[0], []).append(key)
            self._by_given.setdefault(key[1], []).append(key)
            self._key_of["|".join(key)] = key
            self._spellings.setdefault((spelling_key(key[0]), spelling_key(key[1])), []).append(key)
        return self._people[key]

    def _form(self, key: tuple[str, str], name: str) -> None:
        """One more printed form of a person's name, filed by its initials too ("MBS")."""
        self._person(key).append(name)
        if short := short_form(name):
            self._by_initials.setdefault(short, set()).add(key)

    def _spelled_as(self, key: tuple[str, str], printed: set[tuple[str, str]], name: str = "") -> tuple[str, str]:
        """The person the story already names in another spelling of ``key`` ("Gadhafi", "Qaddafi"), else ``key``:
        not one an article prints beside it (``printed``, the people it names), who is someone else."""
        if key in self._people or key in self._alias:
            return self._alias.get(key, key)
        spelled = self._spellings.get((spelling_key(key[0]), spelling_key(key[1])), ())
        alike = [k for k in spelled if spelled_alike(k, key)]
        if not alike:  # "Abe Shinzo", family name first, is Shinzo Abe ("Abe" read as a given name, Abraham)
            alike = [k for k in self._by_given.get(key[0], []) if NICKNAMES.get(k[0], k[0]) == key[1]]
        if not alike and name:  # "Jefferson B. Sessions III" of a story naming "Jeff Sessions"
            surname = (without_suffix(key) or key)[0]
            near = self._person_keys(surname) + self._suffixed(surname)
            alike = [k for k in near if any(short_given(name.split()[0], f.split()[0]) for f in self._people[k])]
        if not alike and name:  # "H.R. McMaster" of a story naming "Herbert Raymond McMaster", and back
            alike = [k for k in self._person_keys(key[0]) if any(initialled(name, f) for f in self._people[k])]
        if not alike and name:  # "Sheila Jackson Lee" of a story naming "Sheila Jackson-Lee", and back
            double = double_surname(name, key[0])
            # "Jackson Lee" alone: the first surname read as a given name.
            two = len(name.split()) == 2 and double.startswith(f"{name.split()[0].lower()}-")
            alike = [k for k in self._person_keys(double) if k[1] == key[1] or two]
        if len(alike) != 1 or alike[0] in printed:
            return key
        return self._link(key, alike[0])

    def _link(self, key: tuple[str, str], person: tuple[str, str]) -> tuple[str, str]:
        """File the name ``key`` under ``person``: another spelling or a nickname of theirs."""
        self._alias[key] = person
        if key[0] != person[0]:
            self._by_surname.setdefault(key[0], []).append(person)  # "Qaddafi" alone is him too
        if key[1] != person[1]:
            self._by_given.setdefault(key[1], []).append(person)
        self._key_of["|".join(key)] = person
        return person

    def _nicknamed(self, texts: Sequence[str]) -> None:
        """Robert “Beto” O’Rourke is the story's "Beto O'Rourke", who is him wherever printed so."""
        for full, nick in (pair for text in texts for pair in nicknamed(text)):
            if full in self._alias or nick in self._alias or (full in self._people and nick in self._people):
                continue
            if nick in self._people:
                self._link(full, nick)
            else:
                self._link(nick, full)

    def knows(self, word: str) -> bool:
        """Whether a lone word is the surname or given name of someone seen by full name."""
        low = word.lower().replace("’", "'")
        given = NICKNAMES.get(low, low)
        return bool(self._person_keys(low)) or given in self._by_given

    def knows_in(self, word: str, text: str) -> bool:
        """Whether ``text`` names, in full, someone whose surname or given name ``word`` is."""
        known = self._known_in.get((word, text))
        if known is None:
            low = word.lower().replace("’", "'")
            keys = self._person_keys(low) + self._by_given.get(NICKNAMES.get(low, low), [])
            known = self._known_in[(word, text)] = any(form in text for key in keys for form in set(self._people[key]))
        return known

    def is_person(self, phrase: str) -> bool:
        m = split_mention(phrase)
        if m.kind == "description" or is_organisation(m.name):
            return False
        return len(m.name.split()) >= 2 or bool(self._person_keys(name_key(m.name)[0])) or bool(m.title)

    def key_for(
        self,
        mention: str,
        prefer: Iterable[str] = (),
        gender: str | None = None,
        named: Mapping[str, int] | None = None,
    ) -> str:
        """Canonical key of a mention; ``prefer`` lists keys seen nearby, most relevant first.

        A bare surname shared by several people goes to the first preferred one, else the one named most
        often; ``gender`` ("m"/"f", from a pronoun) rules out people known to be otherwise."""
        key = self._fixed.get((mention, gender))
        if key is None:
            key, fixed = self._key_for(mention, prefer, gender, named)
            if fixed:
                self._fixed[(mention, gender)] = key
        return key

    def owned_by_person(self, mention: str, prefer: Iterable[str], named: Mapping[str, int] | None) -> bool:
        """Whether ``mention`` is someone or some body of a person the story names ("a spokesman for Holm")."""
        return owned(mention) is not None and "|" in self.key_for(mention, prefer, None, named)

    def _someone(self, key: str) -> bool:
        """Whether a key is a person's by more than two capitals ("Harbour Ferries"): a given name, a title or a
        gender the story gives them."""
        person = self._key_of.get(key)
        return person is not None and (
            is_given_name(person[1]) or bool(self._titles.get(person)) or sum(self._gender.get(person, {}).values()) > 0
        )

    def _key_for(
        self, mention: str, prefer: Iterable[str], gender: str | None, named: Mapping[str, int] | None
    ) -> tuple[str, bool]:
        """:meth:`key_for`, and whether the answer holds whatever ``prefer`` and ``named`` are."""
        m = split_mention(mention)
        if m.kind == "description":
            # "the former Alaska governor", "Israel's prime minister": the one person the story names so.
            definite = re.match(r"(?i)the\s|\S+['’]s\s", m.text) is not None
            if titled := self.match_title(m.text) if definite else None:
                return titled, True
            if (owns := owned(m.text)) is not None:
                # "Clinton's campaign", "Mrs. Clinton's campaign", "the Clinton campaign": one body, its owner's.
                owner, fixed = self._key_for(owns[0], prefer, None, named)
                if self._someone(owner):
                    return f"~{owner}'s {description_key(owns[1])[1:]}", fixed
            # "the group" is the one "… Group" the story names; "a group" is someone unnamed.
            indefinite = re.match(r"(?i)(?:an?|one|another|some)\s", m.text) is not None
            return (
                description_key(m.name) if indefinite else merge_description(description_key(m.name), self._other)
            ), True
        surname, given = name_key(m.name)
        if given and (surname, given) in self._alias:
            surname, given = self._alias[(surname, given)]
        # Not "Harbour Ferries" where the story names "Harbour Ferries Ltd.": the company.
        if given and personal_name(m.name) and not company_named(org_key(m.name), self._other):
            if (surname, given) not in self._people:
                # "Councillor Ivo Brandt": an unknown first word before a known given name.
                words = {NICKNAMES.get(w.lower(), w.lower()) for w in m.name.split()[1:-1]}
                known = [k for k in self._person_keys(surname) if k[1] in words]
                # "Jackson Lee" of Sheila Jackson-Lee: two surnames, the first read as a given name.
                known = known or self._person_keys(double_surname(m.name, surname))
                if len(known) == 1:
                    return "|".join(self._one_person(known[0])), True
            return "|".join(self._compound_surname(self._one_person((surname, given)), m.name)), True
        prefer = list(prefer)
        # One word of a name, past its particles: "Salman", or "bin Salman" of Mohammed bin Salman.
        printed = m.name.split()
        # (A suffix is no word of it either: "Trump Jr." is the one "Donald Trump Jr." of the story.)
        single = (
            sum(w.lower() not in NAME_PARTICLES and w.lower().rstrip(".,") not in NAME_SUFFIXES for w in printed) == 1
        )
        keys = self._surname_keys(surname) if single else []
        if not single and given is None and all(initial(w) for w in printed[:-1]):
            # "W. Okafor" of William "Bill" Okafor: the one person of that surname the initial fits.
            keys = [k for k in self._person_keys(surname) if k[1] and k[1][0] == printed[0][0].lower()]
        if not keys and single:
            # "Hurt" of Harry Hurt III: a surname the story only prints with its suffix; "Acosta" of Melba Acosta
            # Febo: the first of two surnames; "Xi" of Xi Jinping: a family name written first, when it is no
            # one's surname (not "Trump" of "Trump Train").
            keys = self._suffixed(surname) or self._inner(surname) or self._first_of(surname)
        fixed = True  # the answer holds whatever prefer and named are
        here = set(named or ()) | set(prefer)
        if keys and (is_place(m.name) or is_demonym(m.name) or demonym_plural(m.name) or is_title_word(m.name, False)):
            # "China", "Cuban", "Americans", "Republican": a person of that surname only if this article names them.
            keys = [k for k in keys if "|".join(k) in here]
            fixed = False
        if keys and single and not any("|".join(k) in here for k in keys):
            # "Admiral Harris" where the article names only Harry B. Harris Jr.: its man, not another Harris.
            local = [k for k in self._suffixed(surname) if "|".join(k) in here]
            local = [k for k in local if all(k[1] != j[1] for j in keys)]  # "Joseph R. Biden Jr." is Joe Biden
            keys, fixed = (local, False) if local else (keys, fixed)
            own = [k for k in prefer if (h := self._key_of.get(k)) and h[1] == surname]  # "Donald" of Donald Trump
            if own and not local and is_given_name(surname):
                keys = []  # the article's own Donald, not another outlet's "Advantage Donald"
        if not keys and single and not is_organisation(m.name):
            fixed = False  # the people named nearby are looked at
            # A given name alone ("Melania"), or a surname written first ("Kim" of Kim Jong Un): a person
            # the article names with it.
            honorific, title_words = title_clues(m.title)
            first = NICKNAMES.get(surname, surname)

            def fit(k: tuple[str, str]) -> bool:  # a title fits one with none known ("President Xi", untitled)
                return k[1] == first and self._fits(
                    k, gender or honorific, title_words if self._titles.get(k) else frozenset()
                )

            for key in prefer:
                holder = self._key_of.get(key)
                if holder and fit(holder):
                    return key, False
            # With a title, the one such person of the story: "North Korean leader Kim" of another outlet's Kim Jong Un.
            # "North Korea's Kim": a place's own, as good as a title.
            placed = m.title.endswith(("'s", "’s")) and is_place(m.title[:-2])
            story = {k for k in self._by_given.get(surname, []) if fit(k)} if title_words or placed else set()
            if not story:
                # "Her son, Erik," where another outlet prints "Erik Holm": the one of a family this article names.
                family = {h[0] for k in here if (h := self._key_of.get(k))}
                story = {k for k in self._by_given.get(surname, []) if fit(k) and k[0] in family}
            if len(story) == 1:
                return "|".join(story.pop()), False
        keys = self._generation(keys, surname, m.title) if single else keys
        keys = self._narrow(keys, m.title, gender)
        if len(keys) == 1 and not self._fits(keys[0], honorific := title_clues(m.title)[0], frozenset()):
            # "Mrs. Clinton" in an article naming no Clinton, where the story names only Bill: not him; in the one
            # naming her, only if its words tell ("Melania Trump, the first lady"), not the census ("Mr. Ruiz").
            hers = "|".join(keys[0]) in here and self.gender("|".join(keys[0]), by_name=False) in (None, honorific)
            fixed, keys = False, keys if hers else []
        elif len(keys) == 1 and not honorific and a_relative(self._titles.get(keys[0], ())):
            fixed, keys = False, []  # "President Trump", "Trump" beside "First lady Melania Trump": not her
        if len(keys) == 1:
            return "|".join(keys[0]), fixed
        if keys:
            return "|".join(self._namesake(keys, prefer, named or {})), False
        if m.name.startswith("@") and (holder := account_holder(m.name[1:], self._people)) is not None:
            return "|".join(holder), fixed  # "@realDonaldTrump" is the Donald Trump the story names
        key = merge_organisation(org_key(m.name), self._other)
        by_initials = self._by_initials.get(key, ()) if single and printed[0].isupper() and len(key) >= 3 else ()
        # "MBS", "AOC": the one person of the story whose full name has those initials, no body's acronym.
        return ("|".join(next(iter(by_initials))), fixed) if len(by_initials) == 1 else (key, fixed)

    def _compound_surname(self, key: tuple[str, str], name: str) -> tuple[str, str]:
        """ "Vargas Llosa" of Mario Vargas Llosa: a two-word surname printed alone is the one person the
        story names in full ending with it, as a one-word surname is (unless its first word is someone's
        given name elsewhere in the story: "Ann Holm" is not "Jo Ann Holm"; "Lula da Silva" is two words).
        Accents aside: "Lopez Obrador" is "Andrés Manuel López Obrador"."""
        two = sum(w.lower() not in NAME_PARTICLES for w in name.split()) == 2
        if not two or self._by_given.get(key[1], [key]) != [key]:
            return key
        tail = " " + fold_accents(name)
        others = (k for k in self._person_keys(key[0]) if k != key)
        longer = [k for k in others if any(fold_accents(f).endswith(tail) for f in self._people[k])]
        if key in self._introduced:
            # Opening an article, "Barack Obama" is a name of its own beside a stray "Year Barack Obama" (not two
            # words: "Aloizio Tibúrcio Serra da Costa"); "López Obrador" is still the surname of "Manuel López
            # Obrador", whose first word is a given name.
            more = len(name.split()) + 1
            longer = [k for k in longer if is_given_name(k[1]) or any(len(f.split()) > more for f in self._people[k])]
        return longer[0] if len(longer) == 1 else key

    def _namesake(self, keys: list[tuple[str, str]], prefer: list[str], named: Mapping[str, int]) -> tuple[str, str]:
        return namesake(keys, prefer, named, self._salience, self._key_of)

    def resolve(
        self,
        mention: str,
        prefer: Iterable[str] = (),
        gender: str | None = None,
        named: Mapping[str, int] | None = None,
    ) -> Speaker:
        key = self.key_for(mention, prefer, gender, named)
        self._aliases.setdefault(key, set()).add(_spaced(mention))
        return self.speaker(key)

    def speaker(self, key: str) -> Speaker:
        """The speaker of ``key`` as named so far, worked out again only after a new mention of it.

        Mentions are only ever appended, so their number tells whether anything changed; recounting every
        mention for every quote made a story of thousands of quotes quadratic.
        """
        surname, sep, given = key.partition("|")
        forms = self._people.get((surname, given), ()) if sep else self._other.get(key, ())
        state = (len(forms), len(self._aliases.get(key, ())))
        hit = self._named.get(key)
        if hit is None or hit[0] != state:
            hit = self._named[key] = (state, self._name(key))
        return hit[1]

    def _name(self, key: str) -> Speaker:
        said_as = self._aliases.get(key, set())
        if key.startswith("~") and "|" in key:  # an owner's body or person: named by the owner's name
            return speaker_record(key, [], said_as, Counter(), self.speaker(key[1:].partition("'s ")[0]).name)
        surname, sep, given = key.partition("|")
        forms = self._people.get((surname, given), []) or [surname.title()] if sep else []
        forms = forms or self._other.get(key) or [key.lstrip("~")]
        body = bool(sep) and self._bodies[(surname, given)] > 0 and self.gender(key) is None
        family = not sep and key[-1:] == "s" and any(self._person_keys(key[:-n]) for n in (1, 2))  # "the Obamas"
        return speaker_record(key, forms, said_as, self._kinds.get(key, Counter()), body=body, family=family)

    def match_title(self, description: str) -> str | None:
        titles: ChainMap[tuple[str, str], set[str]] = ChainMap(self._titles, self._sovereign)  # no copy of each
        hit = match_title(description, titles)
        if hit and not hit[1]:
            return merge_organisation(hit[0], self._other)  # the key a lone "Francis" has (see _key_for)
        return "|".join(hit) if hit else None

    def speakers(self) -> list[Speaker]:
        keys = [f"{s}|{g}" for s, g in self._people]
        keys += [k for k in self._other if k.startswith("~") or not self._person_keys(k)]
        return sorted((self.speaker(k) for k in keys), key=lambda s: s.name)
