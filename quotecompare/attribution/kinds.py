"""What kind of entity a speaker is: a person, an organisation, a group, a document, someone unnamed.

Part of stage 3 (attribution). A speaker is someone or something that can say
words: a named person, an organisation ("the DNC", "the campaign"), a group
of people ("Senate aides", "Democrats", "the crowd"), a document that states
them ("the lawsuit", "a White House statement"), or a person the text leaves
unnamed and describes ("a White House spokesman", "the Florida senator" when
no article names him). Never a place, a date, a thing or a clause: a
description whose head noun is none of these ("the only real solution in
Iran", "a day", "his right knee blew out") names no speaker.

>>> [description_type(d) for d in ("a White House spokesman", "Senate aides", "the lawsuit", "the campaign")]
['unnamed', 'group', 'document', 'organisation']
>>> [description_type(d) for d in ("the only real solution in Iran", "a day", "his right knee blew out")]
[None, None, None]
>>> [description_type(d) for d in ("a source familiar with the talks", "their instinctive preference", "the FBI somehow")]
['unnamed', None, 'organisation']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from quotecompare.attribution.names import NAME_PREPOSITIONS, is_organisation
from quotecompare.attribution.titles import (
    LEADERS,
    SECOND_RANKS,
    common_plural,
    holds_title,
    is_title_word,
    people_plural,
    title_form,
)
from quotecompare.attribution.wordclass import ONE_MORE
from quotecompare.models import SpeakerType
from quotecompare.read import outlets
from quotecompare.text.lexicon import (
    COMMUNICATION_NOUNS,
    GROUP_NAMES,
    OF_QUANTIFIERS,
    ORG_WORDS,
    PARTY_MEMBERS,
    ROLE_NOUNS,
    STATE_NAMES,
)
from quotecompare.text.places import is_demonym, is_place

# Nouns for people: a description with one of these heads is someone ("a senior adviser", "Democrats").
_PARTY_NOUNS = frozenset(
    "democrat republican conservative liberal progressive activist supporter donor delegate lawmaker operative "
    "veteran student worker protester source resident voter official member aide staffer insider observer "
    "participant".split()
)
PERSON_NOUNS = (
    ROLE_NOUNS
    | _PARTY_NOUNS
    | frozenset(w + "s" for w in ROLE_NOUNS | _PARTY_NOUNS)
    | frozenset("person people man woman men women".split())
)
# "Aides", "Officials" leading a sentence: capitalised, but several people, never a "he" or "she".
PLURAL_PEOPLE = frozenset(w + "s" for w in ROLE_NOUNS | _PARTY_NOUNS) | frozenset("people men women".split())
# Words that open a phrase for someone left unnamed: "a spokesman", "one official", "several aides".
UNNAMED = frozenset("a an one two three four several some another many most".split())

# A document that is the words of whoever issued it ("the statement", "the press release"): its issuer,
# named in its article or another outlet's, is the speaker.
ISSUED_NOUNS = frozenset({"statement", "release"})
UTTERANCE_NOUNS = frozenset(
    "answer answers response reply retort quip remark remarks comment comments words point argument claim "
    "contention assertion boast insistence admission accusation plea demand promise pledge vow".split()
)
"""Nouns for what someone said, not a text: "the answer was simple: “…”" is nobody's unless it says whose."""
DOCUMENT_NOUNS = COMMUNICATION_NOUNS | frozenset(
    """
    report reports study studies poll polls survey surveys lawsuit suit suits complaint filing filings
    document documents indictment ruling order bill law legislation resolution petition sign signs banner
    headline readout transcript analysis editorial textbook memoir biography story piece documentary film
    movie show program programme segment broadcast clip footage cable text texts guidance notice warrant
    affidavit motion brief opinion decision results data investigation inquiry review audit estimate
    forecast projection paper card slate flyer leaflet mailer commercial spot proposal plan budget
    agreement platform manifesto constitution charter treaty questionnaire ballot caption placard chant
    song lyrics citation summary draft guidelines policy rule rules regulation regulations notes footnote
    passage copy list lists dossier script invitation contract advertisement
    """.split()
)
"""Head nouns of things that state words: "the lawsuit says", "a White House statement read"."""

GROUP_NOUNS = frozenset(
    """
    audience crowd group groups team teams panel jury family families public majority minority staff
    delegation community band chorus couple pair trio base electorate congregation crew squad
    establishment leadership people protesters demonstrators marchers crowds residents voters heavyweights
    rally rallies protest protests march vigil gathering
    """.split()
)
"""Head nouns of several people speaking together."""

_PERSON_WORDS = frozenset(
    """
    man woman person boy girl child kid teenager teen mother father son daughter wife husband sister
    brother friend neighbor neighbour colleague parent relative cousin uncle aunt grandmother
    grandfather widow widower victim suspect witness defendant plaintiff customer caller user
    commenter attendee holdout insider confidant source narrator moderator host star veteran survivor
    immigrant migrant refugee citizen resident patient nurse doctor physician surgeon tycoon jock mogul
    bomber gunman shooter owner employee staffer worker official member democrat republican
    conservative liberal progressive independent libertarian socialist head neurosurgeon coach
    passer-by hostess mp mep tory backbencher peer lawmaker legislator
    diplomat envoy consul pilot boss monarch cleric imam priest monk nun athlete poet architect entrepreneur
    paramedic medic opponent rival individual landlord chef inmate clerk admiral colonel marine rebel
    insurgent hostage addict intern apprentice alumnus dean principal provost eyewitness fan guard mechanic
    quarterback goalie shortstop teammate rookie champion runner-up finalist medalist medallist pupil cabbie
    skeptic sceptic niece nephew mom dad mum youth shepherd deputy nanny maid pilgrim lady gentleman
    advocate constituent guest regent evangelical troop local
    """.split()
)
_PERSON_ENDINGS = (
    "er",
    "or",
    "ist",
    "ian",
    "ee",
    "eer",
    "man",
    "woman",
    "person",
    "-old",
    "ive",
    "ant",
    "dent",
    "nent",  # "proponent", "opponent"
    "-alike",
)
_NOT_PERSON = frozenset(
    """
    accident after alternative anger another answer banner border cancer career center chapter character
    computer constant corner cover danger dinner directive distant elective error ever factor fever filter
    further giant however important incentive incident initiative instant later letter manner matter meter
    monitor motive narrative never number objective offer order other over paper perspective plant poster power
    quarter rather register relevant restaurant river sector shelter significant summer theater together tower
    under water weather whether winter wonder merger chamber disaster barrier semester september october november
    december component continent server printer scanner router trailer container folder drawer timer charger
    heater freezer
    """.split()
)


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("people"):
        return word[:-6] + "person"
    if word.endswith(("sses", "ches", "shes")):
        return word[:-2]  # "witnesses", "coaches", "bosses"
    if word.endswith("s-by"):
        return word[:-4] + "-by"  # "passers-by"
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"  # "allies", "deputies"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def participle_after_person(words: list[str]) -> bool:
    """A participle after a noun for a person, ending a phrase before its object: "an official traveling
    (with Holm)", "an aide working (for …)"."""
    return len(words) > 1 and words[-1].lower().endswith("ing") and person_noun(words[-2])


def one_person_noun(word: str) -> bool:
    """A lower-case noun the word lists give for one person: "deputy", "wife" (not "aides")."""
    return word in ROLE_NOUNS or word in _PERSON_WORDS


def listed_person_noun(word: str) -> bool:
    """A noun the word lists give for a person or people, not one read from its ending ("positive").

    >>> [listed_person_noun(w) for w in ("deputy", "lawyers", "positive", "victory")]
    [True, True, False, False]
    """
    return one_person_noun(_singular(word.lower().strip(".,;:")))


def person_noun(word: str) -> bool:
    """A noun for a person (or, plural, for people): "senator", "spokeswoman", "43-year-old", "supporters".

    >>> [person_noun(w) for w in ("senator", "aides", "43-year-old", "solution", "number", "day")]
    [True, True, True, False, False, False]
    """
    low = _singular(word.lower().strip(".,;:"))
    if low in ROLE_NOUNS or low in _PERSON_WORDS:
        return True
    if low in _NOT_PERSON or low in DOCUMENT_NOUNS or low in ORG_WORDS:
        return False
    return low.endswith(_PERSON_ENDINGS) and len(low) > 4


# Compiled on first use (re caches it): most stories never ask.
_SHARE = (
    "(?i)"
    r"(?:(?:some|about|nearly|almost|an average of)\s+)?(?:[\d.,]+|[a-z-]+)\s+(?:percent|per\s+cent|%)\s+of\s+\w"
    r"|(?:a|the)\s+(?:majority|plurality|minority|lot|number|handful|third|quarter|half)\s+of\s+\w"
    r"|(?:many|most|some|all|few|several|dozens|hundreds|thousands|millions)\s+of\s+\w"
)
_CUT = frozenset(
    "of for at in on with from to by about inside within who whom that which whose as than after before".split()
)
_DETERMINERS = frozenset("the a an this that these those his her their its our my your one another some".split())
# Words that may follow the head noun inside the phrase: "a person close (to …)", "a source familiar (with …)".
_AFTER_HEAD = frozenset("close familiar involved nationwide here there alone too also somehow himself herself".split())
_CUTS = _CUT | _AFTER_HEAD
# Media and other bodies a description may name that are not in ORG_WORDS.
_ORG_NOUNS = frozenset(
    "publication outlet newspaper station channel tabloid non-profit nonprofit firm city county state district town"
    " village township borough"
    " municipality province embassy consulate airline carrier automaker retailer insurer lender utility startup"
    " manufacturer broadcaster charity operator contractor media".split()
)


# Words whose "of" keeps the group in a description's key: "75 percent of Democrats", "one of the protesters".
_SHARES = OF_QUANTIFIERS | frozenset({"percent", "%", "majority", "plurality", "minority", "half"})


_ROLES_OF = frozenset("chief head director secretary minister commander".split())


def description_key(words: str) -> str:
    """Head of a description, as the story's index keys it.

    >>> description_key("budget report prepared for the council"), description_key("75 percent of Democrats")
    ('~budget report', '~75 percent of democrats')
    >>> description_key("Supporters of the embattled mayor")
    '~supporters of the embattled mayor'
    >>> description_key("chief of staff"), description_key("director of the agency")
    ('~chief of staff', '~director')
    """
    kept: list[str] = []
    low = re.sub(r"['’]s\b", "", words.lower()).split()
    for n, word in enumerate(low):
        if n and word in NAME_PREPOSITIONS and common_plural(kept[-1]):
            return "~" + " ".join(low)  # "supporters of Sanders" are not "supporters of the embattled mayor"
        share = word == "of" and bool(kept) and kept[-1] in _SHARES
        # "chief of staff", "director of communications": one role, its "of" and a lower-case word.
        role = (
            word == "of"
            and bool(kept)
            and kept[-1] in _ROLES_OF
            and n + 1 < len(low)
            and low[n + 1] not in _DETERMINERS
        )
        if n and (word in NAME_PREPOSITIONS or word.endswith("ed")) and not (share or role):
            break  # "75 percent of Democrats" keeps its group: it is not "75 percent of Republicans"
        kept.append(word)
    return "~" + " ".join(kept)


# "Sen. Ada Holm's office", "Clinton’s longtime physician"; "the Holm campaign", "a Holm spokesman"; "a
# spokeswoman for Holm", "the office of Sen. Ada Holm".
_OWNER = r"(?P<owner>(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*?)"
_OWNED = (
    rf"{_OWNER}['’]s\s+(?P<rest>[a-z][a-z -]*)",
    r"(?:[Aa]n?|[Tt]he)\s+(?P<owner>(?:[A-Z][\w’'-]*\s+){1,3})"
    r"(?P<rest>campaign|camp|team|office|spokes(?:man|woman|person)|aide|adviser|lawyer|attorney)",
    rf"(?:[Aa]n?|[Tt]he)\s+(?P<rest>[a-z][a-z -]*?)\s+(?:for|of|to)\s+{_OWNER}",
)


@lru_cache(maxsize=1)
def _owned_patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled on first use: only a description that names someone needs them."""
    return tuple(re.compile(p) for p in _OWNED)


def owned(description: str) -> tuple[str, str] | None:
    """Whose someone or some body is, by name, and what they are to them: ``(owner, rest)``, else None.

    Not a document ("Axelrod's memoir" is a text, its issuer's words).

    >>> owned("Sen. Ada Holm's office"), owned("the Holm campaign"), owned("Holm's memoir"), owned("the senator's aide")
    (('Sen. Ada Holm', 'office'), ('Holm', 'campaign'), None, None)
    >>> owned("a spokeswoman for Holm"), owned("the office of Sen. Ada Holm"), owned("a Holm spokesman")
    (('Holm', 'spokeswoman'), ('Sen. Ada Holm', 'office'), ('Holm', 'spokesman'))
    """
    found = next((m for p in _owned_patterns() if (m := p.fullmatch(description))), None)
    if found is None or len(rest := found.group("rest").split()) > 4:
        return None
    return (found.group("owner").strip(), " ".join(rest)) if description_type(" ".join(rest)) in _OWNABLE else None


_OWNABLE = frozenset({"unnamed", "organisation", "group"})


_PASSAGE = re.compile(r"\d+(:\d+)?")
_SECTION_WORDS = frozenset("article section rule chapter clause paragraph title part psalm amendment".split())


def description_head(words: list[str]) -> str:
    """The head of a description's lower-case words, before a preposition or clause: "the home of a Berlin man"
    is a home."""
    return words[next((k for k, w in enumerate(words) if k and w in _CUT), len(words)) - 1]


def description_type(description: str) -> SpeakerType | None:
    """The kind of speaker a description names, or None for no speaker at all (a thing, a place, a clause).

    The head is the last word before a preposition or relative clause ("a
    spokeswoman for the committee": "spokeswoman"), past a word that may
    follow it ("a person close"); a capitalised acronym in the phrase makes
    it an organisation's ("the FBI somehow").
    """
    if one := re.match(r"(?i)(?:one|each|either|neither)\s+of\s+(.+)", description):
        inner = description_type(one.group(1))  # "one of the protesters": one of them, unnamed
        return "unnamed" if inner == "group" else inner
    if re.match(_SHARE, description):
        return "group"  # "52 percent of voters", "a lot of people", "many of his supporters"
    printed = [re.sub(r"['’]s?$", "", w) for w in description.split()]
    words = [w.lower() for w in printed]
    cut = next((k for k, w in enumerate(words) if k and w in _CUT), len(words))
    core = [w for w in words[:cut] if w not in _DETERMINERS]
    # Past "close" and participles: "the audience gathered (in …)", "the base chief known (as Bob)",
    # "an official traveling (with …)".
    while len(core) > 1 and (
        core[-1] in _AFTER_HEAD
        or core[-1].endswith("ed")
        or core[-1] in {"known", "seen"}
        or participle_after_person(core)
    ):
        core.pop()
    if not core:
        return None
    if re.match(r"[a-z]{1,3}-[A-Z]", printed[cut - 1]):
        return "unnamed"  # "the extremist cleric Anwar al-Awlaki": a name after all
    head = core[-1]
    if head in GROUP_NOUNS - ORG_WORDS or (head in {"group", "groups"} and words[0] in {"a", "an", "one", "some"}):
        return "group"  # "a group" of people; "the rights group" is an organisation
    if head in ORG_WORDS or head in _ORG_NOUNS or _singular(head) in ORG_WORDS - {"democrats", "republicans"}:
        return "organisation"
    if head in DOCUMENT_NOUNS or _singular(head) in DOCUMENT_NOUNS:
        return "document"
    if person_noun(head):
        return "group" if _singular(head) != head else "unnamed"
    if any(w.isupper() and w.isalpha() and len(w) > 1 for w in printed[:cut]):
        return "organisation"  # "the FBI somehow": the acronym is who speaks
    if len(printed) == 2 and (passage := _PASSAGE.fullmatch(printed[1])) and printed[0][:1].isupper():
        # "Article 33", "Isaiah 45:1": a passage of a text, by its section's word or a verse's colon.
        return "document" if passage.group(1) or words[0] in _SECTION_WORDS else None
    shown = next(p for p in reversed(printed[:cut]) if p.lower() == head)
    if shown[:1].isupper() and is_demonym(shown):
        # "an American", "a young Iranian": one of a people; "the Chinese", "the British": all of them.
        return "group" if words[0] == "the" and shown.endswith(("ese", "ish", "ch", "sh")) else "unnamed"
    return None


def name_type(name: str, kinds: Counter[str]) -> SpeakerType:
    """The kind of speaker a name (not a person's full name) is, from how the cues read it (``kinds``).

    >>> name_type("Aides", Counter({"person": 1})), name_type("DNC", Counter()), name_type("Brandt", Counter({"person": 2}))
    ('group', 'organisation', 'person')
    >>> name_type("Time", Counter({"person": 1}))  # a well-known outlet's name, read as a surname by its cue
    'organisation'
    >>> name_type("Reports", Counter({"person": 1})), name_type("MPs", Counter({"person": 1}))
    ('document', 'group')
    """
    if " " not in name and (name.lower() in GROUP_NAMES or people_plural(name) or is_demonym(name)):
        return "group"  # "Aides", "Democrats", "Japanese" (a people: "Japanese are …")
    if re.fullmatch(r"[A-Z]{2,}s", name):
        return "group"  # "MPs", "CEOs": an acronym's plural, people of a kind
    if " " not in name and is_title_word(name, False):
        return "unnamed"  # "the Republican said": a role, no one's name
    if is_organisation(name) or kinds["org"] >= kinds["person"] or is_place(name) or outlets.by_name(name):
        return "organisation"  # "Iran said": a country a cue makes speak is its government; "Time reported"
    if " " not in name and name.lower() in DOCUMENT_NOUNS:
        return "document"  # "Reports suggest …", capitalised by the sentence's start
    return "person"


_UNNAMED_OPENERS = frozenset("a an one another".split())


def unnamed_role(text: str, kind: str = "description") -> str | None:
    """The role of someone a description leaves unnamed, to meet "the adviser" later; else None.

    >>> unnamed_role("One Republican adviser close to the White House"), unnamed_role("the adviser")
    ('adviser', None)
    """
    words = text.lower().split()
    if kind != "description" or not words or words[0] not in _UNNAMED_OPENERS:
        return None
    for w in words[1:5]:
        if w in ROLE_NOUNS:
            return w
        if w in _CUT or w in _AFTER_HEAD:
            return None
    return None


ELLIPTICAL = ONE_MORE | frozenset({"the other", "a second", "a third", "a fourth", "a fifth"})
"""Subjects that leave out their noun: "“…,” another added" is another of whom the quote before was."""

_OPENING = frozenset("a an one another two three four five several some many".split())  # "One resident"
_COUNTED = _OPENING | frozenset("second third fourth fifth".split())  # and "a second"


def one_more(description: str) -> str | None:
    """What "another" leaves out, from the description of an unnamed person or group the story quoted before.

    >>> one_more("One resident"), one_more("Two election officials"), one_more("a person close to the talks")
    ('resident', 'election official', 'person close to the talks')
    >>> one_more("the mayor"), one_more("One said") is None, one_more("one Department of Transportation sign")
    (None, True, 'Department of Transportation sign')
    >>> one_more("Readers"), one_more("Holm")
    ('reader', None)
    """
    words = description.split()
    if len(words) == 1 and people_plural(words[0]):
        return _singular(words[0].lower())  # "Readers wrote in. “…,” one wrote": one reader
    n = 0
    while n < len(words) - 1 and words[n].lower() in _COUNTED:
        n += 1
    if not n or words[0].lower() not in _OPENING:
        return None
    rest = words[n:]
    # Cut at "of", "close", ... unless a name goes on ("one Department of Transportation sign").
    cut = next(
        (
            k
            for k, w in enumerate(rest)
            if k and w.lower() in _CUTS and not (k + 1 < len(rest) and rest[k + 1][:1].isupper())
        ),
        len(rest),
    )
    if description_type(f"a {rest[cut - 1]}") not in {"unnamed", "group", "document"}:
        return None  # not a body: "another" of them would be a body of its own
    if cut < len(rest) or not rest[-1].islower():
        return " ".join(rest)
    return " ".join([*rest[:-1], _singular(rest[-1])])


def title_fit(words: list[str], titles: set[str]) -> tuple[int, int]:
    """How well a description ("the florida senator", as words) fits a person's title words.

    Words shared first; then, for a description naming no country, not another country's office, and
    for one naming no body, no body's office: "the president" fits "President Holm" better than
    "French President Marceau" or "Ivo Brandt, president of the Harbour Club".

    >>> title_fit(["the", "president"], {"president"}) > title_fit(["the", "president"], {"french", "president"})
    True
    >>> title_fit(["the", "president"], {"president"}) > title_fit(["the", "president"], {"president", "of", "president of"})
    True
    """
    foreign = any(is_demonym(w.capitalize()) for w in titles) and not any(is_demonym(w.capitalize()) for w in words)
    # "president of the Brady Campaign": an office of some body, not the one a bare "the president" means.
    heads = LEADERS if words[-1] == "leader" else (words[-1],)
    qualified = any(f"{h} of" in titles for h in heads) and "of" not in words
    return len(set(words[1:-1]) & titles), 0 if foreign or qualified else 1


ORG_HEADS = {
    "paper": {"times", "post", "journal", "tribune", "herald", "gazette", "news", "chronicle", "globe"},
    "newspaper": {"times", "post", "journal", "tribune", "herald", "gazette", "news", "chronicle", "globe"},
    "network": {"news", "cnn", "nbc", "abc", "cbs", "fox", "msnbc"},
    "company": {"inc", "corp", "co", "company", "group", "llc", "ltd", "plc", "gmbh"},
    "firm": {"inc", "corp", "co", "llc", "group", "ltd", "plc", "llp", "gmbh"},
}
"""A description's head noun that names an organisation, and the words such an organisation's name ends in."""

# Roles held for someone else or in someone else's case: "the judge", "the spokesman" is not who a story is about.
FOR_OTHERS = frozenset(
    "judge prosecutor lawyer attorney spokesman spokeswoman spokesperson aide adviser advisor".split()
)


def may_hold(name: str, words: list[str], titles: Mapping[str, set[str]]) -> bool:
    """Whether the person ``name`` may be "the <words>", given the titles the article gives each name: no role
    known (of "Bill de Blasio" for "De Blasio"), or one that fits, held in no other place. An age fits anyone
    whose age is not known: "the 43-year-old" may be the comedian named before.

    >>> titles = {"Ada Holm": {"english", "comedian"}, "Jo Ruiz": {"mayor", "41-year-old"}}
    >>> may_hold("Ada Holm", ["the", "43-year-old"], titles), may_hold("Jo Ruiz", ["the", "43-year-old"], titles)
    (True, False)
    >>> may_hold("Jo Ruiz", ["the", "texan"], {"Jo Ruiz": {"texas", "gov"}}), may_hold("Jo Ruiz", ["the", "texan"], {"Jo Ruiz": {"iowa"}})
    (True, False)
    """
    surname = name.split()[-1].lower()
    held = set().union(*(t for n, t in titles.items() if n.lower().split()[-1] == surname))
    if words[-1].endswith("-year-old") and not any(t.endswith("-year-old") for t in held):
        return True
    if is_demonym(words[-1].capitalize()):
        # "the Texan", "the Norwegian": one of a people, if the titles place them nowhere else ("Texas Gov.").
        places = {t for t in held if is_place(t.capitalize()) or is_demonym(t.capitalize())}
        return not places or any(t[:4] == words[-1][:4] for t in places)
    parties = {_PARTIES[w] for w in words if w in _PARTIES}
    if parties and (held_parties := {_PARTIES[w] for w in held if w in _PARTIES}) and not parties & held_parties:
        return False  # "the Democratic candidate" is not Republican front-runner Donald Trump
    if words[-1] in _EPITHETS:
        return True  # wealth and fame go with any office: "the billionaire business mogul" may be the front-runner
    if words[-1] in PARTY_MEMBERS:
        return not placed_elsewhere(words, held)  # "the Utah Republican" may hold any office, not another state's
    # A race's or a rivalry's roles go with any office: "her chief rival Bernie Sanders" may be "the senator".
    if not held & _OFFICES:
        return True
    return holds_title(words[-1], held) and not placed_elsewhere(words, held)


_ANY_OFFICE = frozenset(
    "candidate nominee front-runner frontrunner rival challenger opponent contender hopeful chief critic ally".split()
)
_OFFICES = ROLE_NOUNS - _ANY_OFFICE  # roles that keep a person from a description of another
_EPITHETS = frozenset(
    "mogul tycoon magnate billionaire millionaire businessman businesswoman developer investor".split()
)
_PARTIES = {"democratic": "d", "democrat": "d", "republican": "r", "gop": "r"}


def fits_title(words: list[str], titles: set[str]) -> bool:
    """A person's titles fit a description's head; for a party ("the Wisconsin Republican"), every word of it:
    a party names too many people to stand for one by itself. Of someone whose party the article does not
    give ("Sen. Ada Holm of Maine"), the place is enough: "the Maine Republican".

    >>> fits_title(["the", "maine", "republican"], {"sen", "maine"}), fits_title(["the", "republican"], {"sen"})
    (True, False)
    """
    head, mods = words[-1], set(words[1:-1])
    if not any(t.endswith("-year-old") for t in titles):
        mods = {m for m in mods if not m.endswith("-year-old")}  # "the 45-year-old Democrat": age not known
    if head in PARTY_MEMBERS:
        party = holds_title(head, titles) or (bool(mods) and not titles & PARTY_MEMBERS)
        fits = party and mods <= titles
    else:
        fits = holds_title(head, titles)
    return fits and not placed_elsewhere(words, titles)  # "the Florida senator" is not the senator from Iowa


_MANY_WORD_STATES = tuple(frozenset(v.split()) for v in set(STATE_NAMES.values()) if " " in v)


def _places(words: set[str]) -> set[str]:
    """The places among lower-case words: single names, and a state of several words all there ("new york")."""
    one = {w for w in words if is_place(w.capitalize())}
    return one | {" ".join(sorted(state)) for state in _MANY_WORD_STATES if state <= words}


def place_first(words: list[str]) -> list[str]:
    """A description's words with a place after its noun put before it, as the noun's modifier: "the
    senator from Texas" is "the Texas senator", "the governor of New York" "the New York governor".

    >>> place_first("the senator from texas".split()), place_first("the governor of new york".split())
    (['the', 'texas', 'senator'], ['the', 'new', 'york', 'governor'])
    >>> place_first("the head of the committee".split())
    ['the', 'head', 'of', 'the', 'committee']
    """
    cut = next((k for k, w in enumerate(words) if k > 1 and w in {"from", "of"}), 0)
    place = words[cut + 1 :]
    if not cut or not place or not is_place(" ".join(place).title()):
        return words
    return [words[0], *place, *words[1:cut]]


def placed_elsewhere(words: list[str], titles: set[str]) -> bool:
    """A description that places its holder ("the Florida senator") where the person's own titles do not
    (a senator tagged "R-Iowa"), or ranks them apart ("the deputy mayor" of a mayor): someone else. A person
    placed nowhere may be from anywhere.

    >>> placed_elsewhere(["the", "florida", "senator"], {"sen", "republican", "iowa"})
    True
    >>> placed_elsewhere(["the", "florida", "senator"], {"sen"}), placed_elsewhere(["the", "senator"], {"iowa"})
    (False, False)
    >>> placed_elsewhere(["the", "new", "york", "democrat"], {"democrat", "new", "york"})
    False
    >>> placed_elsewhere(["the", "deputy", "mayor"], {"mayor"}), placed_elsewhere(["the", "governor"], {"lt", "gov"})
    (True, True)
    >>> placed_elsewhere(["the", "chinese", "leader"], {"saudi", "crown", "prince"})
    True
    """
    if SECOND_RANKS & set(words) != SECOND_RANKS & {title_form(t) for t in titles}:
        return True  # "the deputy mayor" is not the mayor, nor "the president" the vice president
    peoples = {w for w in words[1:-1] if is_demonym(w.capitalize())}
    if peoples and (theirs := {t for t in titles if is_demonym(t.capitalize())}) and not peoples & theirs:
        return True  # "the Chinese leader" is not a "Saudi crown prince"
    here = _places(set(words[1:-1])) if len(words) > 2 else set()
    if not here:
        return False  # most descriptions name no place ("the senator"): nothing to compare
    there = _places(titles)
    return bool(there and not here & there)
