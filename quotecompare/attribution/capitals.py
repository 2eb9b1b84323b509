"""Capitalised words that name no one: places, peoples, and common words that open a sentence.

Part of stage 3 (attribution), used by :mod:`.discourse` to tell a speaker's
name from a capital that only looks like one ("Guatemala", "Iranian",
"Optimism …").
"""

from __future__ import annotations

from quotecompare.attribution.mentions import Mention
from quotecompare.attribution.names import FAMILY_HONORIFICS, NAME_PREPOSITIONS
from quotecompare.attribution.narration import Tok
from quotecompare.attribution.scene import Scene
from quotecompare.attribution.sieve import CUE_RULES
from quotecompare.attribution.speakers import SpeakerIndex
from quotecompare.attribution.titles import is_title_word, people_plural
from quotecompare.attribution.wordclass import POSSESSIVE_ENDS
from quotecompare.text.lexicon import COMMUNICATION_NOUNS, SPEECH_FORMS, STATE_NAMES, TITLE_ABBREVIATIONS
from quotecompare.text.places import is_demonym, is_place

# Verbs that agree only with a plural subject: "Japanese are mulling …" is the people, not an adjective.
_PLURAL_VERBS = frozenset("are were have say want fear believe think worry".split())


def plural_verb_after(scene: Scene, b: int, end: int) -> bool:
    """Whether the word after character ``end`` of paragraph ``b`` is a verb only a plural subject takes."""
    nxt = next((t for t in scene.paragraphs[b].tokens if t.start >= end), None)
    return nxt is not None and nxt.low in _PLURAL_VERBS


def a_place(m: Mention, index: SpeakerIndex, explicit: bool = False, text: str | None = None) -> bool:
    """A place ("Guatemala", "New Hampshire") or a people's adjective ("Iranian"), not someone the story names.

    With ``explicit`` a place named by the cue of the quote's own clause is not one: "Iran said" is the
    Iranian government speaking; a sentence merely about Guatemala never makes Guatemala the speaker.
    """
    name = m.name.strip()
    if m.kind != "person" or (" " not in name and index.knows(name) and (text is None or index.knows_in(name, text))):
        # A name with an organisation's word; "Cuban" of Mark Cuban, "Jordan" of Jim Jordan, when this
        # article names them (another article's "Breitbart California" does not make California a person).
        return False
    # "the former Mexican (president)": an adjective, whatever its title. "Rep. Jordan" is a person, but
    # "(state) of Vermont", "a 29-year-old Berlin (woman)" and "Democrat of Delaware" are places.
    # "Democrat of Delaware": the place is the title's object.
    words = m.title.split()
    titled = any(is_title_word(w) for w in words) and words[-1].lower() not in NAME_PREPOSITIONS
    # "Calif." only ever follows a town ("San Bernardino, Calif."): no cue makes it speak.
    abbreviated = name.endswith(".") and is_place(name)
    # "Mr. English", "Sen. Welsh": a family name after an honorific, though the word is a people's too.
    honorific = bool(words) and words[-1].lower().rstrip(".") in _SURNAME_TITLES
    return (is_demonym(m.name) and not honorific) or (not titled and (not explicit or abbreviated) and is_place(m.name))


_SURNAME_TITLES = frozenset(FAMILY_HONORIFICS) | frozenset(TITLE_ABBREVIATIONS) | {"dr"}


_STRICT = CUE_RULES | {None}  # read as an antecedent (no rule) or by a cue


def lone_capital(scene: Scene, index: SpeakerIndex, b: int, m: Mention, rule: str | None) -> bool:
    """A one-word "name" that only ever starts a sentence ("Optimism …", "Only …") is not a name.

    The truecasing test: a real name is known from a full name in the story or
    is capitalised inside a sentence somewhere in the article. For a subject
    read with a cue verb (``rule`` in :data:`CUE_RULES`) the word must also be
    written in lower case in the article before it is dropped, since a cue
    rarely follows a common word. Plurals for people ("Officials",
    "Demonstrators") stay: they are a group speaking.
    """
    if m.kind != "person" or m.title or " " in m.name.strip() or people_plural(m.name) or is_demonym(m.name):
        return False  # "Japanese are mulling …": a people, read as such where it is resolved
    if is_place(m.name) and not scene.common_word(m.name):
        return False  # "Beijing said …": a place is always a capital, read as such where it is resolved
    para = scene.paragraphs[b]
    tokens = para.tokens
    t = para.token_at(m.start)
    if t == len(tokens) or tokens[t].start != m.start:
        return False
    s, _ = para.sentence_at(t)
    if any(tok.kind != "p" for tok in tokens[s:t]):
        return False
    # A name of someone the story names in full; a common word too ("Opinion polls see …" beside another
    # article's "Public Opinion") as a pronoun's antecedent or a cue's subject only where this article names
    # them in full. Cheapest first: a long article is scanned for the word's lower-case uses last.
    if index.knows(m.name) and (
        rule not in _STRICT or index.knows_in(m.name, scene.source.raw) or not scene.common_word(m.name)
    ):
        return False
    # Without a cue of its own, a sentence's subject is a speaker only if it is surely a name.
    # "Walking into the office, …": a participle opening the sentence is no name, with a cue or without.
    participle = m.name.lower().endswith(("ing", "ed")) and t + 1 < len(tokens) and not tokens[t + 1].capital
    # "Kasich argued that …": the subject of a speech verb is read as a cue's, as an antecedent too.
    cued = rule in CUE_RULES or (rule is None and _finite_speech(tokens, t + 1))
    if cued and not scene.common_word(m.name) and not participle:
        return False
    return not scene.capitalised_inside(m.name)


def _finite_speech(tokens: tuple[Tok, ...], k: int) -> bool:
    """A speech verb at ``k`` in a tense that takes a subject: "argued", "argues", "said" (not "argue",
    "saying"); a plural that is also a noun only before what it says ("Holm claims that", not "Harsh
    comments are")."""
    if k >= len(tokens) or tokens[k].capital or tokens[k].low not in SPEECH_FORMS:
        return False
    low = tokens[k].low
    if low.endswith("s") and low[:-1] in COMMUNICATION_NOUNS:
        return k + 1 < len(tokens) and (tokens[k + 1].low in {"that", ":", ","} or tokens[k + 1].kind == "q")
    return low.endswith(("ed", "s")) or low in _FINITE_IRREGULAR


_FINITE_IRREGULAR = frozenset("said told wrote spoke swore".split())


def town_of_state(tokens: tuple, end: int, hi: int, title: str = "") -> bool:
    """Whether a one-word "name" ending before token ``end`` is followed by its state: "(the Clintons')
    Chappaqua, N.Y.,"; not after a title, an owner's aside ("Gov. Holm, Ohio")."""
    if end + 1 >= hi or tokens[end].text != "," or (title and not title.endswith(POSSESSIVE_ENDS)):
        return False
    state = tokens[end + 1].text.lower().replace(".", "")
    return state in STATE_NAMES and (end + 2 >= hi or tokens[end + 2].text in {",", ".", ";"})


def title_word(tokens: tuple, end: int, m: Mention, index: SpeakerIndex) -> bool:
    """A one-word "name" that a work's title goes on from: "(CBS’) Face the Nation", "Fox & Friends".

    ``end`` is the token after the word. A name is not followed by "the" and a
    capital, nor joined to a capital by "&"; a word the story names someone by
    in full ("Todd" of Chuck Todd) still names them.
    """
    if m.kind != "person" or " " in m.name.strip() or end + 1 >= len(tokens) or index.knows(m.name.strip()):
        return False
    return tokens[end].low in {"the", "&"} and tokens[end + 1].capital
