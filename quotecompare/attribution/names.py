"""People's names as printed: titles split off, a key per person, full names found in text.

Part of stage 3 (attribution), used by :mod:`.speakers` (which merges the
speakers of a whole story) and the rules. Pure functions of their text:

* :func:`split_mention` parts titles from a name ("Russian Foreign Minister" /
  "Sergei Brandt"), and tells a description ("the suit") from a name;
* :func:`name_key` (from :mod:`.namekeys`) keys a person by surname and canonical given name;
* :func:`names_in` finds the people a paragraph names, in full or by a title
  and surname, with clues to their gender.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quotecompare.attribution.namekeys import name_key
from quotecompare.attribution.narration import ARABIC_ARTICLE, name_cased, opens_quote
from quotecompare.attribution.titles import (
    SOVEREIGN_TITLES,
    a_kind,
    common_plural,
    is_title_word,
    party_tag,
    relation_of,
    role_head,
    role_only,
    surname_of_title,
    title_before,
    title_form,
)
from quotecompare.attribution.wordclass import IMPERATIVES, compound_adjective, initial, one_of_a_kind, role_of
from quotecompare.models import Struct
from quotecompare.read import outlets
from quotecompare.text.given_names import is_given_name
from quotecompare.text.lexicon import (
    BODY_ENDINGS,
    CAPITAL_KINDS,
    COMPANY_ENDINGS,
    DATE_ENDS,
    DETERMINERS,
    FEMALE_WORDS,
    FUNCTION_WORDS,
    MALE_WORDS,
    MONTHS_DAYS,
    NAME_MONTHS,
    NAME_PARTICLES,
    ORG_WORDS,
    PEOPLE_NOUNS,
    PREPOSITIONS,
    SPEECH_FORMS,
    SUBORDINATORS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from quotecompare.text.normalise import fold_accents
from quotecompare.text.places import demonym_plural, is_demonym, is_place

# "’" is an alternative of its own, not in "[-'’]": a class mixing ASCII and more than one run of other
# characters compiles to a 64K-character bitmap, ~0.1 ms at every start (the same holds in the other patterns).
# "McDonald" needs no alternative of its own: the first reads it ("M", "c", "D", "onald").


def _token(cap: str, small: str) -> str:
    """A word of a name, its capitals and small letters of the classes given."""
    return (
        # "O'Neill", "D’Souza": a capital and an apostrophe before the name's own capital.
        rf"(?:(?:[A-Z][’'](?=[A-Z]))?{cap}{small}*{cap}?{small}+(?:[-']{cap}?{small}+|’{cap}?{small}+)*"
        rf"|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{{2,6}}|{ARABIC_ARTICLE}{cap}{small}+)"  # "al-Assad"
    )


# Letters with accents are one run each, Latin-1 and Latin Extended-A and -B together ("ß-ɏ"; a capital's class
# "À-ɏ" takes their small letters too, as case alternates there): "García" and "Erdoğan" are read whole, not as
# "Garc" and "Erdo". A title's words are English: Latin-1 is enough there, and each wider class costs ~0.04 ms to
# compile at every start.
NAME_TOKEN = _token("[A-ZÀ-ɏ]", "[a-zß-ɏ]")
_TITLE_TOKEN = _token("[A-ZÀ-Þ]", "[a-zß-ÿ]")
SUFFIX = r"(?:,?\s+(?:Jr\.?|Sr\.?|III|II|IV)\b\.?)"
_PARTICLE = rf"(?:{'|'.join(sorted(NAME_PARTICLES))})"  # "Mohammed bin Salman", "Ursula von der Leyen"
_PERSON_MENTION = re.compile(
    # The lookahead lets the scan skip in C every position no name or title can start at.
    r"(?=[A-ZÀ-ɏ]|[Ff]ormer\s|then-)"
    rf"(?P<title>(?:(?:[Ff]ormer\s+|then-)?(?:{_TITLE_TOKEN}\.?\s+)*?))"
    rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?!(?:Jr|Sr)\b){NAME_TOKEN}){{0,4}}){SUFFIX}?"
)
NAME_PREPOSITIONS = frozenset({"in", "of", "from", "at", "for", "by", "with", "to", "on"})
_NOT_IN_NAMES = FUNCTION_WORDS | MONTHS_DAYS


def _month_surname(tokens: list[str]) -> bool:
    """A name ending in a month after a given name: "(Prime Minister) Theresa May" (not "Super Tuesday")."""
    return len(tokens) >= 2 and tokens[-1].lower() in NAME_MONTHS and is_given_name(tokens[-2])


# A verb or wh-word opening a question ("Has Trump been questioned?", "What Washington wants") is no given name.
_QUESTION_OPENERS = frozenset(
    "is are was were has have had do does did can could should would shall must might what why how where who which".split()
)
# Capitalised at a sentence's start, never a given name: "Under Florida law", "Besides China", "One California".
_NOT_FIRST = PREPOSITIONS | SUBORDINATORS | DETERMINERS  # with "besides", "unlike", "beyond", "inside" …
_POST_NOMINALS = frozenset("MP MSP MEP MLA MPP TD QC KC OBE MBE CBE KBE".split())  # "Ivo Brandt MP": a title after
_OPENING_VERBS = SPEECH_FORMS | IMPERATIVES  # "Said Ada Holm, …", "Watch Ada Holm explain …"
_SENTENCE_ENDS = frozenset(["", ".", "!", "?", "\n", '"', "“", "”", "«", "»", "„"])  # what may come before a sentence
# Lower-case words after which capitals are not a person's name ("the House Armed Services Committee").
_NOT_BEFORE_NAME = frozenset("the a an his her their its our my your this that these those and or".split())
_ORG_JOINS = frozenset({"for", "of", "and", "&", "the", "on"})
_ROLE_OF = re.compile(r"\b[A-Za-z][\w.-]*\s+of\s+(?:the\s+)?\Z")  # "Mayor of ", "Speaker of the "
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
# "Mr. Holm", "Ms. Holm": an honorific and a surname alone (no given name follows).
_HONORIFIC_ABBREVIATIONS = "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Adm Prof Rev Amb Atty Sec Pres".split()
_HONORIFICS_WRITTEN = tuple(f"{h}." for h in _HONORIFIC_ABBREVIATIONS)


@lru_cache(maxsize=1)
def _honorific_surname() -> re.Pattern[str]:
    """Compiled on first use: most paragraphs hold no "Mr." or "Sen." (see :func:`names_in`)."""
    return re.compile(rf"\b((?P<hon>{'|'.join(_HONORIFIC_ABBREVIATIONS)})\.)\s+(?P<name>{NAME_TOKEN})\b(?!\s+[A-Z]|-)")


class Mention(Struct):
    """A speaker phrase as printed, split into title words and name."""

    __slots__ = ("kind", "name", "text", "title")

    def __init__(
        self,
        text: str,
        title: str,
        name: str,
        kind: str = "name",  # "name" or "description"
    ) -> None:
        self.text = text
        self.title = title
        self.name = name
        self.kind = kind


@lru_cache(maxsize=16384)  # names recur on every page and quote: split each once
def split_mention(text: str) -> Mention:
    """Split titles, roles, party tags and possessives from a name; a lower-case phrase is a description.

    >>> split_mention("Harbour Board Chairman Sergei Brandt")
    Mention(text='Harbour Board Chairman Sergei Brandt', title='Harbour Board Chairman', name='Sergei Brandt', kind='name')
    >>> split_mention("Mr. Perez").name, split_mention("the suit").kind
    ('Perez', 'description')
    >>> [split_mention(t).name for t in ("North Korea's Kim", "MP Ada Holm", "Senators Jo Ruiz", "leader of the Tall Pines caravan Ada Holm")]
    ['Kim', 'Ada Holm', 'Jo Ruiz', 'Ada Holm']
    >>> split_mention("Israel's ambassador to the United States").kind, split_mention("the newspaper USA Today").name
    ('description', 'USA Today')
    >>> split_mention("Texas-based Matt Lund").name
    'Matt Lund'
    """
    text = re.sub(r"\s+", " ", text.strip())
    bare = _DETERMINER.sub("", text)
    words = bare.split(" ")
    if len(words) > 2 and words[-1] in _POST_NOMINALS:
        rest = split_mention(" ".join(words[:-1]))  # "Ivo Brandt MP", "Ada Holm QC": letters after a name
        return rest._replace(text=text, title=f"{rest.title} {words[-1]}".strip())
    if len(words) > 2 and compound_adjective(words[0]):  # "Texas-based Matt Lund": the adjective is no name
        rest = split_mention(" ".join(words[1:]))
        return rest._replace(text=text, title=f"{words[0]} {rest.title}".strip())
    if len(words) > 2 and words[1] in NAME_PREPOSITIONS and common_plural(words[0]):
        return Mention(text, "", bare, "description")  # "Analysts at Capital Economics": not Capital Economics
    plain = bare != text and all(w[:1].islower() for w in words[:-1])
    if plain and one_of_a_kind(text.split(" ", 1)[0].lower(), words[-1]):
        return Mention(text, "", bare, "description")  # "the Republican", "a young Iranian": a kind of person
    for k in range(len(words) - 1):
        if words[k][:1].isupper() and not NAME_PREPOSITIONS.intersection(words[:k]) and _outlet(" ".join(words[k:])):
            # "USA Today", "the newspaper USA Today": an outlet's name is whole ("USA" is no title here).
            return Mention(text, " ".join(words[:k]), " ".join(words[k:]))
    if (role := _role_split(text, words)) is not None:
        return role
    # Lower case throughout, or a phrase like "alleged poll in Wyoming": a description.
    # Lower-case title words before a name ("council chair Beth Okafor") are a title.
    lower = [w for w in words if not name_cased(w) and w not in NAME_PREPOSITIONS | NAME_PARTICLES | {"the", "and"}]
    # "the 46-year-old": an age or a number's compound is no name either.
    numeric = words[-1][:1].isdigit() and "-" in words[-1]
    if not name_cased(words[-1]) or numeric or (lower and set(words) & NAME_PREPOSITIONS):
        # "the suit", "Trump campaign", "an alleged poll in Wyoming", "73 percent of Americans", but
        # "leader of the caravan Ada Holm": a role, then the person's name after a lower-case word.
        run = len(words)
        while run > 0 and name_cased(words[run - 1]):
            run -= 1
        tail = words[run:]
        before = words[run - 1] if run else ""
        if (
            not 2 <= len(tail) <= 4
            or not before.isalpha()
            or before in NAME_PREPOSITIONS | _NOT_BEFORE_NAME
            or is_organisation(" ".join(tail))
        ):
            return Mention(text, "", bare, "description")
    if len(words) > 1 and role_only(words) and not is_place(bare):
        # "New Hampshire Republican", "British Ambassador", "Liberal Democrat": a role, no one's name.
        return Mention(text, "", bare, "description")
    if bare != text and a_kind(text.split(" ", 1)[0].lower(), words):
        return Mention(text, "", bare, "description")  # "the Wayanad MP": a role where the place is not known
    capitals = all(w[:1].isupper() or w.lower() in _ORG_JOINS for w in words)
    joins = any(w.lower() in _ORG_JOINS for w in words) and not any(is_title_word(w, False) for w in words)
    org = words[-1].lower().strip(".,") in BODY_ENDINGS or (joins and any(w.lower() in _ORG_SIGNS for w in words))
    if " " in bare and capitals and org:
        # "Democratic National Committee", "Center for Strategic & International Studies": no title to split off
        return Mention(text, "", bare)
    tokens = bare.split(" ")
    # Name = trailing tokens that are not title words (at most four).
    name_tokens: list[str] = []
    real = 0  # initials and "Jr." do not count towards the three words of a name
    for n, tok in enumerate(reversed(tokens)):
        low = tok.lower().rstrip(",")
        # "Pete King", "Martin Luther King Jr.": a title word after a given name, ending the name, is a surname.
        titled = is_title_word(tok, bool(real)) and not (real == 0 and surname_of_title(tokens[: len(tokens) - n]))
        if low in NAME_PARTICLES and name_tokens and real < 3 and (n + 1 == len(tokens) or _name_before(tokens, n)):
            name_tokens.insert(0, tok)  # "Mohammed bin Salman", "Ursula von der Leyen", "de Gaulle"
            continue
        # "Andrés Manuel López Obrador": a fourth word only when it is a given name.
        # "Luiz Inácio Lula da Silva": or before three words holding a particle, as Portuguese and Spanish names do.
        long = real == 3 and (
            is_given_name(fold_accents(tok)) or _syllables(tok, name_tokens) or _particled(tok, name_tokens)
        )
        if low in {"of", "the"} or (real >= 3 and not long) or real > 3 or not name_cased(tok) or titled:
            break
        if n and tok.endswith(("'s", "’s", "s'", "s’")):
            break  # "North Korea's Kim": the owner is no part of the name
        if low in _KINDS_OF_PEOPLE and name_tokens and is_given_name(fold_accents(name_tokens[0])):
            break  # "former Marine John Tiegen", "Neighbor Tom Hale": a kind of person before a given name
        name_tokens.insert(0, tok.rstrip(","))
        real += not _initial_or_suffix(tok.rstrip(","))
    if not name_tokens:
        return Mention(text, "", bare)
    name = " ".join(name_tokens)
    return Mention(text, bare[: len(bare) - len(name)].strip(), name)


def _syllables(word: str, rest: list[str]) -> bool:
    """A name of four short syllables, as Burmese names are ("Aung San Suu Kyi"), not a place before a name."""
    short = all(len(w) <= 4 and w.isalpha() and w.istitle() for w in rest)
    return short and len(word) <= 6 and word.isalpha() and word.istitle() and not is_place(word)


def _particled(word: str, rest: list[str]) -> bool:
    """A first word before a name with a particle inside ("Inácio Lula da Silva"), itself no place or people."""
    inside = any(w.lower() in NAME_PARTICLES for w in rest[1:-1])
    return inside and word.isalpha() and word.istitle() and not is_place(word) and not is_demonym(word)


def _name_before(tokens: list[str], n: int) -> bool:
    """Whether a name word (or another particle: "von der") comes before the ``n``-th token from the end."""
    before = tokens[len(tokens) - n - 2]
    return before[:1].isupper() or before.lower() in NAME_PARTICLES


def _role_split(text: str, words: list[str]) -> Mention | None:
    """ "Mayor of London Sadiq Khan" is Sadiq Khan; "the mayor of Leeds" is no one's name (see :func:`role_of`)."""
    r = len(words)
    while r > 0 and words[r - 1][:1].isupper():
        r -= 1
    role = role_of(words, r) if r < len(words) else None
    if role is None:
        return None
    kind, p = role
    if kind == "description":
        return Mention(text, "", " ".join(words), "description")
    if kind == "org":
        return Mention(text, " ".join(words[:p]), " ".join(words[p:]))
    rest = split_mention(" ".join(words[p:]))  # "Speaker of the House Rep. Paul Ryan": a title of its own
    return Mention(text, " ".join([*words[:p], rest.title]).strip(), rest.name, rest.kind)


_SUFFIX_WORDS = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def _initial_or_suffix(word: str) -> bool:
    """An initial ("W.") or a suffix ("Jr.", "III"): no word of a name's count.

    >>> [_initial_or_suffix(w) for w in ("W.", "Jr", "III", "IV", "Ivo", "w.", "WW.")]
    [True, True, True, True, False, False, False]
    """
    return word in _SUFFIX_WORDS or initial(word)


@lru_cache(maxsize=16384)
def is_organisation(name: str) -> bool:
    """True for names like "Democratic National Committee" or "DNC".

    A news outlet of the outlet table named in full ("USA Today", "Mother Jones") is one too.

    >>> is_organisation("Democratic National Committee"), is_organisation("Tom Perez"), is_organisation("USA Today")
    (True, False, True)
    """
    parts = name.split()
    words = {w.lower().strip(".,") for w in parts}
    company = len(parts) > 1 and parts[-1].lower() in COMPANY_ENDINGS and parts[-1][:1].isupper()
    return bool(words & _ORG_SIGNS) or company or (name.isupper() and len(name) <= 8) or _outlet(name)


def _outlet(name: str) -> bool:
    """A well-known outlet's name of two or more words (one word may be someone's surname: "Bloomberg")."""
    return " " in name.strip() and outlets.by_name(name) is not None


class Named(Struct):
    """A person's full name seen in a text, with its title and clues to their gender."""

    __slots__ = ("female", "male", "name", "person", "role", "title")

    def __init__(
        self,
        person: tuple[str, str],  # (surname, canonical given name)
        name: str,
        title: str,  # lower case; "" without one
        male: int,
        female: int,
        role: str = "",  # an apposition that says who they are: "Marco Rubio, the Florida senator," -> "florida senator"
    ) -> None:
        self.person = person
        self.name = name
        self.title = title
        self.male = male
        self.female = female
        self.role = role


def _abbreviated_title(word: str) -> bool:
    """ "Sen", "Gov", "Dr", "Lt": a title written short, before its dot."""
    return word.lower() in TITLE_ABBREVIATIONS or f"{word.lower()}." in TITLE_WORDS


def ends_in_people(words: list[str]) -> bool:
    """A people's word ends the phrase: "Rohingya Muslims", "Salafist Muslim" (but "Mark Cuban" is someone).

    >>> ends_in_people(["Rohingya", "Muslims"]), ends_in_people(["Salafist", "Muslim"]), ends_in_people(["Mark", "Cuban"])
    (True, True, False)
    >>> ends_in_people(["Cuban"])
    False
    """
    last = words[-1]
    return demonym_plural(last) or (len(words) > 1 and is_demonym(last) and not is_given_name(words[0]))


# The mark first, so the scan looks only at quotation marks; then the lower-case letter and space before it.
# One pattern per family of marks, each compiled on first use where its marks are (one class of all the
# marks compiles to a 64K-character bitmap, ~0.4 ms at every start).
NICKNAME_MARKS = (('“"', '”"'), ("‘'", "’'"), ("«", "»"))
_NICKNAMES = [(o, rf"[{o}](?<=[a-z] [{o}])[A-Z][a-z]+(?: [A-Z][a-z]+)?[{c}](?= [A-Z])") for o, c in NICKNAME_MARKS]


def names_in(text: str) -> list[Named]:
    """People named in ``text``, in reading order (a pure function: many texts may be read at once, then observed).

    Full names, and a surname after a title or honorific ("President Holm",
    "Ms. Holm"): the latter have no given name (``person[1] == ""``) and are
    told apart from namesakes once the whole story is read (:meth:`SpeakerIndex.named_keys`).

    >>> names_in("Their father, former Vice President Dan Ortiz, spoke.")
    [Named(person=('ortiz', 'daniel'), name='Dan Ortiz', title='former vice president', male=1, female=0, role='')]
    >>> [(n.person, n.title) for n in names_in("Mr. Ortiz met Gov. Ruiz.")]
    [(('ortiz', ''), 'mr'), (('ruiz', ''), 'gov')]
    """
    out: list[tuple[int, Named]] = []
    for opens, nickname in _NICKNAMES:
        # Juan “Chico” Manriquez (‘Chico’ in British copy): the nickname blanked out (offsets kept).
        if any(f" {mark}" in text for mark in opens):  # a nickname's mark follows a space
            text = re.sub(nickname, lambda m: " " * len(m.group()), text)
    pos = 0
    carry = (-1, "")  # a title read as a name ("Vermont Sen."): where it ends, and its words for the next name
    while (m := _PERSON_MENTION.search(text, pos)) is not None:
        pos = m.end()
        tokens = m.group("name").split()
        if len(tokens) == 5 and text[pos : pos + 1] == " " and text[pos + 1 : pos + 2].isupper():
            # Five capitals and more to come ("DNC Chairman Ed Rendell"): the name is in the last ones.
            pos = m.start("name") + len(tokens[0])
            continue
        first = tokens[0].lower()
        first = first[:-2] if first.endswith(("'s", "’s")) else first  # "Tuesday’s Republican debate"
        if not m.group("title") and (
            first in _NOT_IN_NAMES
            or first in _NOT_FIRST
            or first in _QUESTION_OPENERS
            or (first in _OPENING_VERBS and text[: m.start()].rstrip()[-1:] in _SENTENCE_ENDS)
        ):
            pos = m.start() + len(tokens[0])  # "Only Ada Holm voted", "Said Ada Holm, …": read again from "Ada"
            continue
        if len(tokens) == 1 and text[pos : pos + 1] == "." and _abbreviated_title(tokens[0]):
            # "Sen. Bernie Sanders", "Lt. Gen. Michael Flynn": the title of the name to come.
            title = text[m.start() : pos]
            if carry[0] >= 0 and not text[carry[0] : m.start()].strip():
                title = f"{carry[1]} {title}"
            carry = (pos + 1, title)
            continue
        # "Theresa May": a month after a given name is a surname.
        months = [k for k, t in enumerate(tokens) if t.lower() in _NOT_IN_NAMES]
        months = [] if months == [len(tokens) - 1] and _month_surname(tokens) else months
        if len(tokens) < 2 or months or tokens[-1].lower() in DATE_ENDS:
            continue  # "Eastern Standard Time": a time, no one's name
        if all(t.isupper() and len(t.rstrip(".")) > 1 for t in tokens):
            continue  # "MONEY WOULD COME": a headline in capitals, not a name
        # Keep "former" but not a stray "and" or "of" before the title.
        title = re.sub(r"^(?:(?!former\b)[a-z-]+\s+)+", "", (m.group("title") or "").strip() + " ")
        if role_only(f"{title} {m.group('name')}".split()):
            # "Vermont Sen. Bernie Sanders", "an Iowa Republican": titles, parties and places name no one;
            # right before a name they are its title.
            carry = (pos + (text[pos : pos + 1] == "."), text[m.start() : pos].strip())
            continue
        if carry[0] >= 0 and not text[carry[0] : m.start()].strip():
            title = f"{carry[1]} {title}"
        # "Ada Holm’s view": the owner is Ada Holm; "Brent Bozell, Jr.": the suffix after a comma is his too.
        phrase = f"{title.strip()} {m.group('name')}{text[m.end('name') : m.end()].lstrip(',')}".strip()
        if text.endswith(("of ", "the "), 0, m.start()) and (
            role := _ROLE_OF.search(text, max(0, m.start() - 60), m.start())
        ):
            # "Mayor of London Sadiq Khan": the role and its place come before the name, outside the match.
            words = f"{role.group()}{phrase}".split()
            if role_of(words, len(role.group().split())) is not None:
                phrase = " ".join(words)
        split = split_mention(phrase[:-2] if phrase.endswith(("'s", "’s")) else phrase)
        if split.kind == "description":
            continue  # "the mayor of Leeds": a role, no one named
        if (
            is_organisation(split.name)
            or is_place(split.name)
            or is_demonym(split.name.split()[0])
            or ends_in_people(split.name.split())
            or _place_across(split)
            or _owned_role(split.name.split())
        ):
            continue  # "New Hampshire", "North Korea", "Mexican American", "New Hampshire Public Radio": no one's name
        if len(split.name.split()) < 2:
            # "President Holm": a surname after a title, resolved when every full name is known.
            if split.title and _title_word(split.title.split()[-1]) and not split.name.isupper():
                # "Prince Harry, the Duke of Sussex,": a sovereign's other title, the one other outlets may use.
                sovereign = split.title.lower() in SOVEREIGN_TITLES
                other = _role(text[m.end() : m.end() + 120]) if sovereign else ""
                out.append(
                    (m.start(), Named((name_key(split.name)[0], ""), split.name, split.title.lower(), 0, 0, other))
                )
            continue
        if not split.title and (role := _ROLE_AFTER.match(text, m.end())) and role.group(1) in TITLE_WORDS:
            continue  # "Reality TV star Kim Kardashian", "Fox News host Jo Ruiz": a role's words, no one's name
        key = name_key(split.name)
        # A chant or slogan opening a quotation (“Dump Trump, …”), or a thing after "the" ("on the Trump Train",
        # "the Holm Express"; "the Donald Trump campaign" still names him) is no one's name.
        thing = opens_quote(text, m.start()) or text.endswith(("the ", "The "), 0, m.start())
        if not key[1] or (not split.title and not is_given_name(key[1]) and thing):
            continue
        after = text[m.end() : m.end() + 120]
        male, female = _gender_clues(text[max(0, m.start() - 40) : m.start()], after)
        appos = _role(after) or _role_before(text[max(0, m.start() - 80) : m.start()], after)
        appos = appos or (title_before(text[max(0, m.start() - 40) : m.start()]) if not split.title else "")
        tagged = after[:2] in {", ", " ("} and after[2:4] in {"D-", "R-", "I-"}  # asked of every name: the pattern last
        if (
            tagged
            and (tag := re.match(r"(?:, | \()([DRI]-[A-Z][\w.]*)[,)]", after))
            and (party := party_tag(tag.group(1)))
        ):
            appos = " ".join((appos, *party)).strip()  # "Sen. Jo Ruiz, R-Texas,": the Texas Republican
        out.append((m.start(), Named((key[0], key[1]), split.name, split.title.lower(), male, female, appos)))
    honorifics = any(h in text for h in _HONORIFICS_WRITTEN)  # what the pattern needs before it can match
    for m in _honorific_surname().finditer(text) if honorifics else ():
        if _abbreviated_title(m.group("name")) and text[m.end() : m.end() + 1] == ".":
            continue  # "Lt. Gen. Michael Flynn": a second title, no one's surname
        hon = m.group("hon").lower()
        male, female = int(hon == "mr"), int(hon in {"mrs", "ms"})
        out.append((m.start(), Named((name_key(m.group("name"))[0], ""), m.group("name"), hon, male, female)))
    out.sort(key=lambda x: x[0])
    return [n for _, n in out]


_ROLE_AFTER = re.compile(r" ([a-z]+) [A-Z]")  # a lower-case title word, then a name
_ROLE = r", (?:the|a|an) ((?:[\w’'.-]+ ){0,5}?[\w’'.-]+),"  # an apposition's role: compiled on first use
_ORG_SIGNS = ORG_WORDS | {"&"}  # "Procter & Gamble": no person's name has one
_KINDS_OF_PEOPLE = CAPITAL_KINDS | PEOPLE_NOUNS


def _owned_role(words: list[str]) -> bool:
    """ "Obama's Republican (critics)": someone's role, no name.

    >>> _owned_role("Obama's Republican".split()), _owned_role("Howard Dean".split())
    (True, False)
    """
    return len(words) > 1 and is_title_word(words[-1], False) and any(w.endswith(("'s", "’s")) for w in words[:-1])


def _place_across(m: Mention) -> bool:
    """A place split between title and name: "New" / "Hampshire Public Broadcasting" is a place's broadcaster, no person.

    >>> _place_across(split_mention("New Hampshire Public Broadcasting")), _place_across(split_mention("Ohio Gov. Jo Ruiz"))
    (True, False)
    """
    title, name = m.title.split(), m.name.split()
    words = title + name
    t = len(title)
    return any(is_place(" ".join(words[i:j])) for i in range(t) for j in range(t + 1, min(len(words), i + 4) + 1))


def _title_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in TITLE_WORDS or _abbreviated_title(low)


FAMILY_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}  # with a family name: "Mr. Xi"
_HONORIFICS = {**FAMILY_HONORIFICS, "sir": "m", "dame": "f"}  # "Sir Keir": a given name
_NOT_TITLES = frozenset({"former", "the", "a", "an", "then", "dr", "u.s", "us"})


def title_clues(title: str) -> tuple[str | None, frozenset[str]]:
    """The gender an honorific gives, and the title's words: "Mr." -> ('m', {}); "Sen." -> (None, {'senator'}).

    >>> title_clues("Mrs."), title_clues("Former President")
    (('f', frozenset()), (None, frozenset({'president'})))
    """
    words = [TITLE_ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z-]+", title.lower())]
    honorific = next((_HONORIFICS[w] for w in words if w in _HONORIFICS), None)
    # In the forms the story's titles are kept in (speakers.SpeakerIndex._title_words): "spokeswoman" as "spokesperson".
    kept = (title_form(w) for w in words if w in TITLE_WORDS and w not in _HONORIFICS and w not in _NOT_TITLES)
    return honorific, frozenset(kept)


def _role(after: str) -> str:
    """The role an apposition gives: ", the Florida senator," -> "florida senator" (its head a role noun).

    >>> _role(", the Florida senator, said"), _role(", a day after the vote,"), _role(", the mayor of Leeds,")
    ('florida senator', '', 'mayor of leeds')
    """
    m = re.match(_ROLE, after) if after.startswith((", the ", ", a ", ", an ")) else None
    words = m.group(1).lower().split() if m else []
    # Else whose relative they are: ", the president's daughter,", ", his wife,".
    return " ".join(words) if words and words[role_head(words)] in TITLE_WORDS else relation_of(after)


@lru_cache(maxsize=1)
def _role_before_pattern() -> re.Pattern[str]:
    """Compiled on first use: few names have a comma after them."""
    # After a sentence's start, a clause's comma or a quotation: "“…,” the British ambassador, Kim Darroch, said".
    return re.compile(r"(?:\A|[.!?;:,]\s+|[”»\"]\s+)[Tt]he ((?:[\w’'.-]+ ){0,5}?[\w’'.-]+), \Z")


def _role_before(before: str, after: str) -> str:
    """A description set off before the name: "The former Alaska governor, Sarah Palin, said" -> its role.

    >>> _role_before("The former Alaska governor, ", ", said"), _role_before("In the end, ", ", said")
    ('former alaska governor', '')
    >>> _role_before("“We are proud,” the British ambassador, ", ", said")
    'british ambassador'
    >>> _role_before("The British ambassador to Washington, ", ", resigned")
    'british ambassador to washington'
    """
    m = _role_before_pattern().search(before) if after.startswith(",") else None
    words = m.group(1).lower().split() if m else []
    return " ".join(words) if words and words[role_head(words)] in TITLE_WORDS and "of" not in words else ""


def honorific_gender(phrase: str) -> str | None:
    """The gender the phrase's own honorific gives ("Mrs. Holm" is no "he"), else None.

    >>> honorific_gender("Mrs. Holm"), honorific_gender("Mr. Ruiz"), honorific_gender("Holm")
    ('f', 'm', None)
    """
    first = phrase.split(None, 1)[0].rstrip(".").lower() if phrase.strip() else ""
    return _HONORIFICS.get(first)


_POSSESSIVES = frozenset({"his", "her", "their", "its"})


_TITLE_CLUE = 3


def _gender_clues(before: str, after: str) -> tuple[int, int]:
    """Strong clues only: "Mr."/"Ms.", "Their father, NAME", "NAME, the younger sister of"; (male, female)."""
    male = female = 0
    # Walk back over the title ("former Vice President") to the word before it.
    for word in reversed(re.findall(r"[\w.]+", before.lower())[-8:]):
        if word in TITLE_WORDS or word in {"former", "the", "then"} or word.rstrip(".") in {"mr", "mrs", "ms"}:
            # The text's own word for the person outweighs a census given name (2): "spokesman Stephane X".
            if word.rstrip(".") in {"mr", "mrs", "ms"}:
                if word.startswith("mr.") or word == "mr":
                    male += _TITLE_CLUE
                else:
                    female += _TITLE_CLUE
            else:  # "first lady", "congresswoman": a title that tells
                male += _TITLE_CLUE * (word in MALE_WORDS)
                female += _TITLE_CLUE * (word in FEMALE_WORDS)
            continue
        if word not in _POSSESSIVES:  # "her rival, Bernie Sanders": "her" is someone else
            male += word in MALE_WORDS
            female += word in FEMALE_WORDS
        break
    # The head of the apposition right after the name: ", the younger sister of ...". Only a noun phrase: in
    # "..., daughter of Dick Cheney, criticized her sister" the words after the comma are a predicate.
    appos = re.findall(r"[\w.]+", after.split(",")[1].lower())[:5] if after.startswith(",") else []
    if appos and appos[0] in {"the", "a", "an"}:
        for word in appos:
            if word in MALE_WORDS or word in FEMALE_WORDS:
                male += word in MALE_WORDS
                female += word in FEMALE_WORDS
                break
    return male, female
