"""One name as different outlets print it.

Part of stage 3 (attribution). Before :class:`~quotecompare.attribution.speakers.SpeakerIndex`
counts a full name as someone new, it asks whether the story already names that
person in another spelling or form:

* :func:`spelling_key`: how a name sounds, whatever a house style of
  transliteration makes of it ("Gadhafi", "Qaddafi", "Gaddafi"; "Mohammed",
  "Muhammad"; "Soleimani", "Suleimani");
* :func:`spelled_alike`: two people's keys (surname, given name) that may be one
  person so spelled; the index merges them only when no article prints both;
* :func:`first_of_two_surnames`: "Acosta" printed alone for Melba Acosta Febo;
* :func:`family_name_first`: "Xi" printed alone for Xi Jinping, where an article
  calls him "Mr. Xi" or "Xi" (a family name written first);
* :func:`without_suffix` and :func:`in_narration`: "Roger Stone" beside "Roger
  Stone Jr." in an article's own words (father and son);
* :func:`acronym` ("DNC"), :func:`same_stem` ("Israel", "Israeli") and
  :func:`place_and_people` ("Britain", "British"), which
  :mod:`~quotecompare.attribution.bodies` merges bodies' names with;
* :func:`initials` ("MBS" for Mohammed bin Salman, "AOC"), :func:`personal_name`
  (no place or body is a person) and :func:`tally` (how often each form is printed);
* :func:`account_holder`: "@realDonaldTrump" for the Donald Trump the story names.

>>> spelled_alike(("gadhafi", "moammar"), ("qaddafi", "muammar"))
True
>>> spelled_alike(("smith", "tom"), ("smith", "tim")), spelled_alike(("smith", "francis"), ("smith", "frances"))
(False, False)
>>> spelled_alike(("hurt ii", "harry"), ("hurt iii", "harry"))
False
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from quotecompare.attribution.namekeys import name_key
from quotecompare.attribution.names import NICKNAME_MARKS, is_organisation
from quotecompare.attribution.narration import WORD_CHAR
from quotecompare.attribution.titles import (
    COVERS,
    RELATIONS,
    SECOND_RANKS,
    is_title_word,
    people_plural,
    role_head,
    title_form,
)
from quotecompare.attribution.wordclass import GENERATIONS, initial
from quotecompare.read import outlets
from quotecompare.text.given_names import given_gender, is_given_name
from quotecompare.text.lexicon import NAME_PARTICLES, ROLE_NOUNS
from quotecompare.text.normalise import fold_accents
from quotecompare.text.places import is_demonym, is_place

# Letters that transliterations of one sound swap ("Qaddafi" / "Gadhafi", "Mikati" / "Miqati"), in order;
# vowels by kind.
_SOUNDS = (
    ("ph", "f"),
    ("kh", "k"),
    ("dh", "d"),
    ("th", "t"),
    ("gh", "g"),
    ("q", "k"),
    ("g", "k"),
    ("ck", "k"),
    ("x", "ks"),
)
_VOWELS = str.maketrans("aeiouy", "aaiuui")
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # as a key's last word: "stone jr"
_MIN_LETTERS = 4  # shorter names differ by one vowel and are other people ("Tom" / "Tim", "Dan" / "Don")


@lru_cache(maxsize=8192)
def spelling_key(word: str) -> str:
    """A name's letters as transliterations agree on them: "h" silent inside, vowels by kind, none doubled.

    A first letter is kept as printed: "Kohan" and "Cohen", "Kofman" and "Coffman" are other families.

    >>> spelling_key("gadhafi") == spelling_key("qaddafi") == spelling_key("gaddafi"), spelling_key("miqati")
    (True, 'mikati')
    >>> spelling_key("mohammed") == spelling_key("muhammad"), spelling_key("soleimani") == spelling_key("suleimani")
    (True, True)
    >>> spelling_key("kofman") == spelling_key("coffman"), spelling_key("doyle") == spelling_key("daley")
    (False, False)
    >>> spelling_key("stone jr") == spelling_key("stone"), spelling_key("alexei") == spelling_key("aleksei")
    (False, True)
    >>> spelling_key("yevgeny") == spelling_key("evgeny"), spelling_key("yeats") == spelling_key("eats")
    (True, False)
    >>> spelling_key("aleksandr") == spelling_key("alexander"), spelling_key("walter") == spelling_key("walker")
    (True, False)
    """
    low = re.sub(r"[^a-z]", "", word.lower())
    if low.startswith("ye") and low[2:3] not in "aeiouy":
        low = low[1:]  # Russian Е opening a name: "Yevgeny" / "Evgeny", "Yelena" / "Elena"
    for a, b in _SOUNDS:
        low = low.replace(a, b)
    low = low[:1] + low[1:].replace("h", "").replace("c", "k")
    # A vowel before a final r after a consonant is one some transliterations leave out: "Aleksandr", "Petr".
    return re.sub(r"(?<=[^aiu])a(?=r$)", "", re.sub(r"(.)\1+", r"\1", low.translate(_VOWELS)))


# Census given names this long that spell alike are one name spelled two ways, if of one sex ("Matthew" /
# "Mathew"); shorter ones may be two ("Brian" / "Bryan").
_LISTED_SPELLINGS_MIN = 6


def _one_name(x: str, y: str) -> bool:
    return (
        min(len(x), len(y)) >= _LISTED_SPELLINGS_MIN
        and given_gender(x) == given_gender(y) is not None
        and spelling_key(x) == spelling_key(y)
    )


def spelled_alike(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two people's keys may be one person spelled two ways: both surname and given name alike.

    A part that differs must be long enough to tell ("Tom" and "Tim" are two people), and two given names
    the census lists apart are two people's ("Francis" / "Frances", "Brian" / "Bryan"): a transliteration
    differs where an English list has at most one of them ("Muhammad"). Longer names of one sex the list
    holds both of are one name spelled two ways ("Mohammed" / "Mohammad", "Phillip" / "Philip").

    >>> spelled_alike(("salman", "mohammed"), ("salman", "mohammad")), spelled_alike(("holm", "brian"), ("holm", "bryan"))
    (True, False)
    """
    if a == b or (a[1] != b[1] and is_given_name(a[1]) and is_given_name(b[1]) and not _one_name(a[1], b[1])):
        return False
    if {w for w in a[0].split() if w in NAME_SUFFIXES} != {w for w in b[0].split() if w in NAME_SUFFIXES}:
        return False  # "II" and "III", "Jr." and none: father and son
    return all(
        x == y or (min(len(x), len(y)) >= _MIN_LETTERS and spelling_key(x) == spelling_key(y))
        for x, y in zip(a, b, strict=True)
    )


def first_of_two_surnames(name: str) -> str | None:
    """The first of two surnames ending a name ("acosta" of "Melba Acosta Febo"), lower case, else None.

    Not a middle name that is a given name ("James Francis McIntyre"), an initial, or a word of
    a phrase read as a name ("Americans Second Amendment", "Shanghai-based Hurun Report").

    >>> [first_of_two_surnames(n) for n in ("Melba Acosta Febo", "James Francis McIntyre", "George W. Bush")]
    ['acosta', None, None]
    """
    words = name.split()
    if (
        len(words) != 3
        or words[-1].rstrip(".").lower() in NAME_SUFFIXES
        or not all(w[:1].isupper() and w.isalpha() for w in words)
    ):
        return None
    first, inner = words[0], words[1]
    if is_title_word(first, False) or people_plural(first) or is_demonym(first) or is_given_name(inner):
        return None
    return inner.lower()


def family_name_first(first: str, text: str, honoured: Collection[str]) -> bool:
    """Whether an article (``text``, its paragraphs) printing a full name whose first word is ``first`` ("Xi" of
    "Xi Jinping") also calls that person by ``first`` alone, as a family name written first: after an honorific ("Mr. Xi",
    ``honoured`` holding the words an honorific came before, lower case), or with no capital after it
    ("Xi said") where the word is no given name ("Donald" alone is a given name, not a family name).

    >>> family_name_first("Xi", "Xi Jinping spoke.\\nXi said the talks went well.", set())
    True
    >>> family_name_first("Kim", "Kim Jong Un spoke.\\nKim said so.", set())  # a given name too
    False
    >>> family_name_first("Kim", "Kim Jong Un spoke.", {"kim"}), family_name_first("Xi", "Xi Jinping spoke.", set())
    (True, False)
    >>> family_name_first("Bashar", "Bashar al-Assad spoke.\\nBashar al Assad, 52.", set())
    False
    """
    if first.lower() in honoured:
        return True
    if is_given_name(first):
        return False
    # One text, searched in C from one use of the word to the next: a huge article has 165,000 paragraphs.
    at = text.find(first)
    while at >= 0:
        end = at + len(first)
        before, after = text[at - 1 : at] if at else " ", text[end : end + 1] or " "
        nxt = text[end + 1 : end + 40].split(" ", 1)[0] if after == " " else ""
        in_word = before.isalnum() or before in "-'’" or after.isalnum() or after == "-"
        # Not the full name again: "Xi Jinping", "Bashar al-Assad".
        if not in_word and not (nxt[:1].isupper() or nxt.lower() in NAME_PARTICLES or nxt[2:3] == "-"):
            return True
        at = text.find(first, end)
    return False


def without_suffix(key: tuple[str, str]) -> tuple[str, str] | None:
    """A person's key without "Jr.", "Sr." or "III": ("stone jr", "roger") -> ("stone", "roger")."""
    surname, given = key
    words = surname.split()
    return (" ".join(words[:-1]), given) if len(words) > 1 and words[-1] in NAME_SUFFIXES else None


def in_narration(texts: Sequence[str], name: str) -> bool:
    """Whether ``name`` stands somewhere outside quotation marks in its paragraph."""
    for text in texts:
        k = text.find(name)
        while k >= 0:
            before = text[:k]
            if (
                before.count("“") + before.count("«") <= before.count("”") + before.count("»")
                and before.count('"') % 2 == 0
            ):
                return True
            k = text.find(name, k + 1)
    return False


def acronym(name: str) -> str:
    """The initials of a name's capitalised words: "Democratic National Committee" -> "DNC".

    >>> acronym("Democratic National Committee"), acronym("Bank of England"), acronym("U.S. Geological Survey")
    ('DNC', 'BE', 'USGS')
    """
    small = {"of", "the", "and", "for"}
    # "U.S.": initials written with their dots are letters of the acronym, each one.
    return "".join(
        w.replace(".", "") if w[1:2] == "." else w[0] for w in name.split() if w[0].isupper() and w.lower() not in small
    )


def same_stem(a: str, b: str) -> bool:
    """One word, or it with a letter or two more: "israel" / "israeli", "america" / "american".

    >>> same_stem("israel", "israeli"), same_stem("business", "businessman")
    (True, False)
    """
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2)


def peoples_adjective(place: str, demonym: str) -> bool:
    """A place and its people's adjective, by a shared start ("russia" / "russian") or a stem and an
    adjective's ending ("britain" / "british"); not "austria" / "australian".

    >>> peoples_adjective("britain", "british"), peoples_adjective("china", "chinese")
    (True, True)
    >>> peoples_adjective("austria", "australian")
    False
    """
    n = next((k for k, (a, b) in enumerate(zip(place, demonym, strict=False)) if a != b), min(len(place), len(demonym)))
    return n >= 4 and (n >= 0.75 * len(place) or demonym[n:] in _PEOPLE_ENDINGS)


_PEOPLE_ENDINGS = frozenset("ish ese ian an i".split())


def place_and_people(a: str, b: str) -> bool:
    """Whether one word is a place and the other its people's adjective, either way round."""
    return any(is_place(p.title()) and is_demonym(d.title()) and peoples_adjective(p, d) for p, d in ((a, b), (b, a)))


def tally(forms: list[str]) -> tuple[Counter[str], dict[str, int]]:
    """How often each form occurs, and where it first occurs: one pass, not ``forms.count`` per form."""
    first: dict[str, int] = {}
    for i, f in enumerate(forms):
        first.setdefault(f, i)
    return Counter(forms), first


def personal_name(name: str) -> bool:
    """Whether a name of two words or more may be a person's: "New Hampshire" (a cue made a place speak) is not.

    A place registered as a person would make its words known names, and "in New Hampshire" no longer a place;
    "Passers-by" is people (its hyphen read as a name's).
    """
    last = name.split()[-1]
    compound = "-" in last and last.rsplit("-", 1)[1].islower() and people_plural(last)  # not "Martin-Sanders"
    return not is_organisation(name) and not is_place(name) and not compound


@lru_cache(maxsize=16384)  # filed for every printed name: the same names come again and again
def initials(name: str) -> str:
    """A full name's initials, every word and hyphenated part: the short form some outlets print for a person.

    >>> initials("Mohammed bin Salman"), initials("Alexandria Ocasio-Cortez"), initials("Kim")
    ('mbs', 'aoc', 'k')
    """
    return "".join(w[0] for w in re.split(r"[\s-]+", name.strip()) if w).lower()


def short_form(name: str) -> str | None:
    """The initials an outlet may print for a person's full name, if any: "Frank B. Ingram" is not "FBI" (a
    middle initial's name is a body's acronym's too), but a suffix keeps "RFK Jr." a person's; an outlet's
    acronym is no one's ("Cross Blue Shield" is not "CBS").

    >>> short_form("Mohammed bin Salman"), short_form("Frank B. Ingram"), short_form("Robert F. Kennedy Jr.")
    ('mbs', None, 'rfk jr')
    >>> short_form("Cross Blue Shield")
    """
    *rest, last = name.split()
    if not any(initial(w) for w in name.split()):
        short = initials(name)
        return None if outlets.by_name(short.upper()) is not None else short
    if len(rest) > 1 and last.rstrip(".") in {"Jr", "Sr"}:
        return f"{initials(' '.join(rest))} {last.rstrip('.').lower()}"
    return None


_MATCH_SKIP = frozenset({"the", "a", "an", "of", "former", "then", "in", "for", "to", "from"})


def a_relative(titles: Iterable[str]) -> bool:
    """Whether a person's titles make them someone's spouse or relative: "first lady", "daughter". A relative
    is never the one a bare or titled surname names beside them ("President Trump" beside "First lady Melania
    Trump", "Hunter Biden, the president's son").

    >>> a_relative({"first lady"}), a_relative({"president’s daughter and adviser"}), a_relative({"lady"})
    (True, True, False)
    >>> a_relative({"editor of mother jones"}), a_relative({"senator"})
    (False, False)
    """
    return any(_relative(t) for t in titles)


def _relative(title: str) -> bool:
    if title.endswith(("first lady", "first gentleman")):
        return True
    words = title.split()  # the title's first word, or the one after an owner: "(the president's) daughter"
    return words[0] in RELATIONS or any(w.endswith(("'s", "’s")) and n in RELATIONS for w, n in pairwise(words))


def title_words(titles: Iterable[str]) -> frozenset[str]:
    """The words of a person's titles, in the forms :func:`match_title` meets them in."""
    return frozenset(title_form(w) for t in titles for w in re.findall(r"[a-z-]+", t))


def match_title(description: str, titles: Mapping[tuple[str, str], Collection[str]]) -> tuple[str, str] | None:
    """The one person whose titles (``titles``: each person's, lower case) hold every word of ``description``.

    The description must end in a role: "the chairman" may be the DNC's
    chairman, "the DNC" and "the DNC campaign" are organisations, not him. Words meet by their
    stem ("Israel's" / "Israeli"), a place its people's adjective ("Britain's" / "British"), and "of",
    "the" and "former" are not needed.

    >>> people = {("holm", "ada"): ["harbour board chairwoman"], ("ruiz", "jo"): ["mayor"]}
    >>> match_title("the board chair", people), match_title("the harbour board", people)
    (('holm', 'ada'), None)
    >>> match_title("the president", {("ruiz", "jo"): ["senior adviser to the president"]}) is None
    True
    """
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w’'.-]+", description.lower())]
    head = words[role_head(words)]
    words = [title_form(w.rstrip(".")) for w in words if w not in _MATCH_SKIP]
    if not words or head not in ROLE_NOUNS:
        return None  # "the Sanders campaign" is the campaign, not its manager
    own_words = {k: title_words(t) for k, t in titles.items()}
    rank = SECOND_RANKS & set(words)  # "the president" is not Vice President Holm, "the deputy mayor" no mayor
    hits = [
        k
        for k in titles
        if all(
            any(same_stem(w, t) or t in COVERS.get(w, ()) or place_and_people(w, t) for t in own_words[k])
            for w in words
        )
        and SECOND_RANKS & own_words[k] == rank
        and not _object_only(head, titles[k])
    ]
    if len(hits) > 1:  # "the president": President Holm, not "Ivo Brandt, the president of the club"
        hits = [k for k in hits if any(_own_title(head, t) for t in titles[k])]
    return hits[0] if len(hits) == 1 else None


def _object_only(head: str, titles: Collection[str]) -> bool:
    """Whether ``head`` is in ``titles`` only as whom another role serves: "(adviser) to the president" is
    no president, "(ambassador) to Washington" no one's office."""
    seen = False
    for title in titles:
        words = [title_form(w) for w in re.findall(r"[a-z-]+", title)]
        cut = role_head(words) + 1
        if head in words[:cut]:
            return False
        seen = seen or head in words[cut:]
    return seen


def _own_title(head: str, title: str) -> bool:
    """Whether ``title`` ("texas gov", "president of the club") is the office ``head`` names, not one of some
    body: the head among its words (abbreviations spelt out), no "of" or "for" after it."""
    words = [title_form(w) for w in re.findall(r"[a-z-]+", title)]
    return any(w == head and words[n + 1 : n + 2] not in (["of"], ["for"]) for n, w in enumerate(words))


# A given name, a nickname in quotation marks, and the rest of the name: Robert “Beto” O’Rourke.
_NICKNAMED = [
    (o, rf"\b([A-Z][a-z]+) [{o}]([A-Z][a-z]+)[{c}] ((?:[A-Z]{WORD_CHAR}+ )*[A-Z]{WORD_CHAR}+)")
    for o, c in NICKNAME_MARKS
]  # compiled on first use, each where its marks are


def nicknamed(text: str) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """The people ``text`` names with a nickname: each as the keys of their name and of their nickname's.

    >>> nicknamed("Rep. Robert “Beto” O’Rourke spoke.")
    [(("o'rourke", 'robert'), ("o'rourke", 'beto'))]
    """
    out: list[tuple[tuple[str, str], tuple[str, str]]] = []
    found = [m for opens, p in _NICKNAMED if any(f" {mark}" in text for mark in opens) for m in re.finditer(p, text)]
    for m in found:
        (surname, given), (_, nick) = name_key(f"{m[1]} {m[3]}"), name_key(f"{m[2]} {m[3]}")
        if given and nick and given != nick and is_given_name(given):
            out.append(((surname, given), (surname, nick)))
    return out


def generation(title: str, surname: str, family: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Of the people named with ``surname`` (``family``: keys, some with a suffix), the one a title's
    "elder" or "younger" means: the one named "Sr." (or the plain name beside a "Jr."), and the other way
    round; none when the title says neither or the family does not tell.

    >>> family = [("keel", "colin"), ("keel sr", "colin")]
    >>> generation("the elder mr.", "keel", family), generation("the younger", "keel", family)
    ([('keel sr', 'colin')], [('keel', 'colin')])
    """
    want = next((GENERATIONS[w] for w in title.lower().split() if w in GENERATIONS), None)
    if want is None:
        return []
    named = [k for k in family if k[0] == f"{surname} {want}"]
    if len(named) == 1:
        return named
    other = "jr" if want == "sr" else "sr"
    plain = [k for k in family if k[0] == surname]
    return plain if len(plain) == 1 and any(k[0] == f"{surname} {other}" for k in family) else []


def short_given(a: str, b: str) -> bool:
    """Whether one printed given name is the other cut short: "Jeff" / "Jefferson", "Chris" / "Christopher"
    (three letters at least, two fewer at least: "Ann" and "Anna" may be sisters), not of another gender.

    >>> short_given("Jeff", "Jefferson"), short_given("Ann", "Anna"), short_given("Dan", "Daniela")
    (True, False, False)
    """
    short, long = sorted((a.lower(), b.lower()), key=len)
    if len(short) < 3 or len(long) - len(short) < 2 or not long.startswith(short):
        return False
    genders = {given_gender(short), given_gender(long)} - {None}
    return len(genders) < 2


def initialled(a: str, b: str) -> bool:
    """Whether one printed name gives the other's given names as their initials, every one: "H.R. McMaster" and
    "Herbert Raymond McMaster" (not "J.J. Goldberg" and "Jonah Goldberg", nor "J.K. Lind" and "Joanne Lind").

    >>> initialled("H.R. McMaster", "Herbert Raymond McMaster"), initialled("Jonah Goldberg", "J.J. Goldberg")
    (True, False)
    """
    for short, full in ((a, b), (b, a)):
        first, _, surname = short.partition(" ")
        if not _INITIALS.fullmatch(first):
            continue  # most names: no initials, nothing to split
        letters, words = first.replace(".", ""), full.split()
        given, rest = words[: len(letters)], words[len(letters) :]
        if (
            " ".join(rest).lower() == surname.lower() != ""
            and len(given) == len(letters)
            and all(w[:1] == c and w[1:2].islower() for w, c in zip(given, letters, strict=True))
        ):
            return True
    return False


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def account_holder(handle: str, people: Mapping[tuple[str, str], Sequence[str]]) -> tuple[str, str] | None:
    """The one person (of ``people``: key -> printed names) whose name a post's account ends with.

    Among namesakes, the given name must be spelt too; an account that only starts with a name is a campaign's.

    >>> people = {("trump", "donald"): ["Donald Trump"], ("trump", "melania"): ["Melania Trump"]}
    >>> account_holder("realDonaldTrump", people), account_holder("TrumpWarRoom", people)
    (('trump', 'donald'), None)
    """

    def letters(word: str) -> str:
        return re.sub(r"[^a-z]", "", fold_accents(word).lower())

    low = letters(handle)

    def ends(key: tuple[str, str], given: bool) -> bool:
        for form in people[key]:
            words = [letters(w) for w in form.split()]
            if len(words[-1]) >= 4 and low.endswith(words[0] + words[-1] if given else words[-1]):
                return True
        return False

    found = [k for k in people if ends(k, False)]
    if len(found) > 1:
        found = [k for k in found if ends(k, True)]
    return found[0] if len(found) == 1 else None
