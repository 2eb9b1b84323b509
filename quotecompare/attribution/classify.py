"""What a speaker phrase names: a person, an organisation, a group, a pronoun or a description.

Part of stage 3 (attribution). :class:`Mention` is a phrase that names a
speaker, as printed; :func:`classify` reads one from the tokens of a phrase
(its words, kinds and spacing) that :mod:`quotecompare.attribution.mentions`
found, splitting a person's titles from the name.

>>> from quotecompare.attribution.narration import read_paragraph
>>> p = read_paragraph("Harbour Council Chairman Ada Holm spoke.", [])
>>> m = classify(p.tokens, 0, 5)
>>> m.kind, m.name, m.title
('person', 'Ada Holm', 'Harbour Council Chairman')
"""

from __future__ import annotations

from quotecompare.attribution.narration import Tok, phrase_text
from quotecompare.attribution.titles import a_kind, common_plural, party_tag
from quotecompare.attribution.wordclass import (
    NOT_NAMES,
    ONE_MORE,
    STOP_WORDS,
    bare,
    compound_adjective,
    counted,
    initialism,
    kin_surname,
    number_ten,
    of_name,
    possessive,
    pronoun_base,
    quantified,
    role_of,
    some_people,
    surname_at,
    title_word,
)
from quotecompare.models import Struct
from quotecompare.text.lexicon import (
    COMMUNICATION_NOUNS,
    COMPANY_ENDINGS,
    DATE_ENDS,
    DETERMINERS,
    GROUP_NAMES,
    MONTHS_DAYS,
    NAME_MONTHS,
    NAME_PARTICLES,
    NOT_SUBJECT,
    ORG_WORDS,
    ROLE_NOUNS,
    SUBJECT_PRONOUNS,
    SUFFIXES,
    TIME_NOUNS,
    TITLE_WORDS,
)

NP_DETERMINERS = DETERMINERS - {"that", "this", "these", "those", "no", "all", "any", "each", "every"}
PP_HEADS = frozenset({"of", "for", "at", "from", "with", "inside"})  # "an operative inside the campaign"
ORG_JOINS = frozenset({"for", "and", "&", "of"})
COUNTS = frozenset({"two", "three", "four"})  # "the two": people just named together


class Mention(Struct):
    """A phrase that names a speaker, as printed (``start``/``end`` in paragraph text)."""

    __slots__ = ("end", "kind", "members", "name", "start", "text", "title")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        kind: str,  # "person", "org", "group", "pronoun" or "description"
        name: str,  # the name without titles; the description or pronoun as printed
        title: str = "",
        members: tuple[Mention, ...] = (),  # for two or more people named together
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.name = name
        self.title = title
        self.members = members

    @property
    def phrase(self) -> str:
        """The phrase to resolve: title and name of a person, else the name."""
        return f"{self.title} {self.name}".strip() if self.kind == "person" else self.name


_CLASSIFIED: dict[tuple[tuple[str, str, int], ...], Mention | None] = {}
""":func:`classify`'s answers by the phrase's words, kinds and places (from its start): the same phrase
("Sen. Ada Holm", "the minister", "she") recurs throughout an article and is read again by several rules."""
_CLASSIFIED_MAX = 1 << 16


def classify(tokens: tuple[Tok, ...], i: int, j: int) -> Mention | None:
    """What the phrase ``tokens[i:j]`` names: a person, organisation, group, pronoun or description."""
    base = tokens[i].start
    if j - i == 1 and some_people(tokens, i):  # "Others called it …": some people, by a pronoun
        return Mention(base, tokens[i].end, tokens[i].text, "description", tokens[i].text)
    key = tuple([(t.text, t.kind, t.start - base) for t in tokens[i:j]])
    try:
        m = _CLASSIFIED[key]
    except KeyError:
        m = _classify(tokens, i, j)
        if len(_CLASSIFIED) >= _CLASSIFIED_MAX:
            _CLASSIFIED.clear()
        # Kept with its place from the phrase's start (which is ``base``): the same at any place.
        _CLASSIFIED[key] = m if m is None else Mention(0, m.end - base, m.text, m.kind, m.name, m.title, m.members)
    else:  # a phrase's mention starts where the phrase does (see :func:`_classify`)
        m = m if m is None else Mention(base, m.end + base, m.text, m.kind, m.name, m.title, m.members)
    if m is not None and m.kind == "person" and j - i == 1 and (surname := kin_surname(tokens, i)):
        return m._replace(name=f"{m.name} {surname}")  # "Trump's wife, Melania," is Melania Trump
    return m


def _classify(tokens: tuple[Tok, ...], i: int, j: int) -> Mention | None:
    """:func:`classify`, worked out: from ``tokens[i:j]`` alone (their words, kinds and spacing)."""
    if not any(t.kind == "w" for t in tokens[i:j]) or (j - i == 1 and party_tag(tokens[i].text)):
        return None  # "… with Sen. Joni Ernst, R-Iowa.": a party tag is no one
    text_start, text_end = tokens[i].start, tokens[j - 1].end
    if j - i == 1 and tokens[i].low in ONE_MORE:  # "“…,” another added": one more of a kind
        return Mention(text_start, text_end, tokens[i].text, "description", tokens[i].text)
    if j - i == 2 and number_ten(tokens, i, j):
        return Mention(text_start, text_end, phrase_text(tokens, i, j), "org", phrase_text(tokens, i, j))
    if quantified(tokens, i, j):
        # "one of the protesters", "several of his aides": some of whom the rest names, unnamed.
        # A group is plural ("many of the same notes" is no one).
        people = tokens[j - 1].low == "people"  # "thousands of people"
        inner = _classify(tokens, i + 2, j) if bare(tokens[j - 1]).endswith("s") else None
        text = phrase_text(tokens, i, j)
        return None if inner is None and not people else Mention(text_start, text_end, text, "description", text)
    core = list(tokens[i:j])
    # A party tag or "of ..." tail is not part of the name.
    for k, t in enumerate(core):
        inside_org = (
            t.low == "for" and 0 < k < len(core) - 1 and core[k - 1].capital and bare(core[k - 1]) in ORG_WORDS
        )  # "Center for Strategic & International Studies"
        if t.text == "(" or (
            k
            and t.low in PP_HEADS | {"to", "in", "on"}
            and not (t.low == "of" and of_name(core[k - 1]) and not surname_at([c.text for c in core[:k]], k - 1))
            and not inside_org
            and not (t.text == "In" and k == len(core) - 1)  # "Moon Jae In": a name's syllable, no preposition
        ):
            core = core[:k]
            break
    if not core:
        return None
    text = phrase_text(tokens, i, j)
    if len(core) == 1 < j - i and core[0].capital and common_plural(core[0].text):
        # "Analysts at Capital Economics", "Aides to the mayor": a sentence's first word, capitalised by its
        # place, heads a description its phrase completes (not "Analysts", one group of every body's analysts).
        return Mention(text_start, text_end, text, "description", text)
    if len(core) > 2 and all(t.capital for t in core[1:]) and a_kind(core[0].low, [t.text for t in core[1:]]):
        # "The Prime Minister", "the Senate Majority Leader", "the Wayanad MP": capitalised roles, no one's name.
        return Mention(text_start, text_end, text, "description", text)
    if len(core) == 2 and core[0].low == "the" and core[1].text.isupper() and core[1].low in ROLE_NOUNS:
        return Mention(text_start, text_end, text, "description", text)  # "the PM", "the CEO": a role's initials
    named = [t for t in core if t.low not in NP_DETERMINERS]
    while named and named[0].low.endswith(("-based", "-area")):
        named = named[1:]  # "the Washington-based Center for …"
    if (
        len(named) > 2
        and any(t.low in ORG_JOINS for t in named[1:-1])
        and all(t.capital or t.low in ORG_JOINS for t in named)
        and (any(bare(t) in ORG_WORDS for t in named) or any(t.text == "&" for t in named[1:-1]))
        and not any(bare(t).rstrip(".") in TITLE_WORDS for t in named)  # "… Committee Chairman Kevin Brady"
    ):
        # "the Center for Strategic & International Studies", "Procter & Gamble": one organisation, joins and all.
        return Mention(
            text_start, text_end, text, "org", phrase_text(tokens, i + len(core) - len(named), i + len(core))
        )
    if len(core) == 1 and pronoun_base(core[0].low) in SUBJECT_PRONOUNS:
        low = pronoun_base(core[0].low)  # "They're saying": they
        return None if low in {"it", "you"} else Mention(text_start, text_end, text, "pronoun", low)
    last = core[-1]
    if not last.capital:
        head = bare(last)
        if head in COMMUNICATION_NOUNS:
            owners = [k for k, t in enumerate(core) if possessive(t) and t.capital]
            if owners:
                run = _name_run(core[: owners[-1] + 1])
                if run:
                    return _named(core[run[0] : owners[-1] + 1], core[: run[0]], text_start, text_end, text)
        if head in COUNTS and [t.low for t in core] == ["the", head]:
            return Mention(text_start, text_end, text, "description", text)  # "the two"
        crowd = head == "people" and len(core) > 1 and counted(core[-2])  # "100 people": a group
        if head in MONTHS_DAYS or head in STOP_WORDS or head in DETERMINERS or (head in NOT_SUBJECT and not crowd):
            return None
        return Mention(text_start, text_end, text, "description", text)
    run = _name_run(core)
    if run is None:
        return None
    r = run[0]
    if (role := role_of([t.text for t in core], r)) is not None:
        kind, r = role
        if kind == "description":
            return Mention(text_start, text_end, text, kind, text)
        if kind == "org":
            return Mention(text_start, text_end, text, kind, phrase_text(tokens, i + r, i + len(core)))
        r += (_name_run(core[r:]) or (0, 0))[0]  # "Speaker of the House Rep. Paul Ryan": past his own title
    return _named(core[r:], core[:r], text_start, text_end, text)


def _name_run(core: list[Tok]) -> tuple[int, int] | None:
    """Where the trailing name starts in a phrase: after its title and determiner words."""
    k = len(core)
    real = 0
    while k > 0:
        t = core[k - 1]
        low = bare(t)
        if t.capital and low in SUFFIXES and k == len(core):
            k -= 1
            continue
        if t.capital and real and (low.rstrip(".") in TITLE_WORDS or (title_word(t) and not t.text.isupper())):
            break  # "Sen.", "Adm." (not the SEC): a title before the name
        syllable = t.text == "In" and k == len(core) > 1 and core[k - 2].capital  # "Moon Jae In"
        if (
            syllable
            or (t.capital and (low not in NOT_NAMES or initialism(t)) and not compound_adjective(t.text))
            or (low in NAME_PARTICLES and real and k > 1 and core[k - 2].capital)
        ):
            if possessive(t) and k < len(core):
                break
            k -= 1
            real += 1
            continue
        break
    return (k, len(core)) if real else None


_TIMES = TIME_NOUNS | frozenset("days weeks months years hours minutes decades".split())


def _named(run: list[Tok], before: list[Tok], start: int, end: int, text: str) -> Mention | None:
    """A person or organisation from its name words (``run``) and the words before them."""
    names = [t.text for t in run]
    if possessive(run[-1]):
        last = names[-1]
        names[-1] = last[:-2] if last.endswith(("'s", "’s")) else last.rstrip("'’")
    words = [n.lower().rstrip(".") for n in names]
    titled = bool(before) and before[-1].capital and words[0] in NAME_MONTHS  # "Mrs May"
    if (not titled and all(w in MONTHS_DAYS or w in _TIMES for w in words)) or (
        len(words) > 1 and words[-1] in DATE_ENDS
    ):
        return None  # "Days after …", "Super Tuesday", "Eastern Standard Time": a date or time, no one
    name = " ".join(names)
    title = " ".join(t.text for t in before if t.low not in DETERMINERS)
    the = bool(before) and before[-1].low == "the"
    plain = before and not any(t.capital for t in before[1:])  # "a young Iranian": its article still counts
    if plain and not possessive(run[-1]) and a_kind(before[0].low, names):
        return Mention(start, end, text, "description", text)  # "a Republican from Maine", "the Oregon Democrat"
    acronym = len(names) == 1 and names[0].isupper() and 1 < len(names[0]) <= 6
    if len(names) == 1 and words[0] in GROUP_NAMES:
        return Mention(start, end, text, "org", name)
    company = len(words) > 1 and words[-1] in COMPANY_ENDINGS  # "Globex Industries", "Judicial Watch"
    long = sum(w not in NAME_PARTICLES for w in words) > 4  # "Luiz Inácio Lula da Silva" is a name of four words
    if any(w in ORG_WORDS for w in words) or company or acronym or (the and not title) or long:
        # "The Hill" keeps its article; "the Democratic National Committee" and "the DNC" do not.
        keep_the = the and not title and len(names) == 1 and not acronym
        caps = [t.text for t in before if t.capital and t.low not in DETERMINERS]
        full = (
            " ".join([*caps, name])
            if caps and len(caps) == len([t for t in before if t.low not in DETERMINERS])
            else name
        )
        return Mention(start, end, text, "org", f"{before[-1].text} {name}" if keep_the else full)
    return Mention(start, end, text, "person", name, title)
