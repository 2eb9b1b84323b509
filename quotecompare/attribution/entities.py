"""What the narration names, and who issued a document it quotes.

Part of stage 3 (attribution). :class:`Entity` is one mention the narration
makes of a person or body, as :class:`~quotecompare.attribution.discourse.Discourse`
reads it paragraph by paragraph; :func:`issuer` finds who issued "the statement" (:func:`document_issuer`
"the White House statement" by its own words);
:func:`said_nothing` tells a subject who did not comment; :func:`named_since` whether someone else
was named between.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from quotecompare.attribution.kinds import ORG_HEADS, placed_elsewhere
from quotecompare.attribution.mentions import Mention
from quotecompare.attribution.narration import QUOTE_END, WORD_CHAR
from quotecompare.attribution.scene import Hit, Scene
from quotecompare.attribution.variants import acronym
from quotecompare.models import Struct
from quotecompare.text.lexicon import FEMALE_WORDS, MALE_WORDS
from quotecompare.text.places import is_demonym, is_place

__all__ = [
    "Entity",
    "NamedHere",
    "document_issuer",
    "issuer",
    "last_name",
    "led_by",
    "named_or_asked_since",
    "named_since",
    "nearest_body",
    "one_of_two",
    "participle_floor",
    "put_to",
    "questioner",
    "replying",
    "said_nothing",
]

# The people an article names in full: their keys, first named first, and how often it names each.
NamedHere = tuple[Sequence[str], Mapping[str, int]]


class Entity(Struct):
    """A person, body or description the narration names: its paragraph, its offset there, and whether it
    is its sentence's subject."""

    __slots__ = ("block", "mention", "pos", "subject")

    def __init__(
        self,
        block: int,
        pos: int,  # character offset in the paragraph
        mention: Mention,
        subject: bool,
    ) -> None:
        self.block = block
        self.pos = pos
        self.mention = mention
        self.subject = subject


def issuer(scene: Scene, entities: Callable[[int], list[Entity]], b: int, pos: int, head: str) -> Entity | None:
    """Who issued "the statement": the one named with "a statement" a little earlier.

    "The White House said in a statement …" / "Obama released a statement …" / "a statement issued by
    the museum": the name nearest before the noun in that sentence, or the one after "by" or "from". A statement
    is the words of the one who issued it, as the outlets that name the issuer print them.
    """
    for block in scene.back(b, 3):
        para = scene.paragraphs[block]
        tokens = para.tokens
        for s, e in reversed(para.sentences):
            if block == b and tokens[s].start >= pos:
                continue
            for k in range(e - 1, s, -1):
                if tokens[k].low != head or (block == b and tokens[k].start >= pos):
                    continue
                # "a statement", "an official statement", "a written statement": one issued here.
                if not any(t.low in {"a", "an"} for t in tokens[max(s, k - 3) : k]):
                    continue
                ents = [
                    ent
                    for ent in entities(block)
                    if tokens[s].start <= ent.pos < tokens[e - 1].end and ent.mention.kind in {"person", "org"}
                ]
                # "a statement issued by the museum", "a statement from the museum": the name after.
                by = k + 1 if k + 1 < e and tokens[k + 1].low in {"from", "by"} else k + 2
                if by < e and tokens[by].low in {"from", "by"} and (by == k + 1 or tokens[k + 1].low in ISSUING_VERBS):
                    after = [ent for ent in ents if ent.pos > tokens[by].start]
                    if after or by + 1 >= e or tokens[by + 1].low not in {"his", "her", "their"}:
                        return after[0] if after else None
                    # "Holm will resign, according to a statement from her office": hers, the one named before.
                before = [ent for ent in ents if ent.pos < tokens[k].start]
                return before[-1] if before else None
    return None


def last_name(ent: Entity) -> str:
    """The last word of an entity's name, its possessive dropped: "Lund" of "Vi Lund’s"."""
    words = ent.mention.name.split()
    return re.sub(r"['’]s?$", "", words[-1]) if words else ""


_SILENT = (  # a subject who said nothing: no one a pronoun after it speaks for
    r"\b(?:did not|didn[’']t|declined to|could not be|couldn[’']t be|refused to|has not|hasn[’']t|have not)"
    r"\s+(?:immediately\s+)?(?:respond|comment|return|be reached|answer)"
)


def said_nothing(scene: Scene, ent: Entity) -> bool:
    """Whether ``ent``'s sentence says they did not comment ("… did not respond to a request for comment")."""
    para = scene.paragraphs[ent.block]
    s, e = para.sentence_at(para.token_at(ent.pos))
    return re.search(_SILENT, para.text[para.tokens[s].start : para.tokens[e - 1].end]) is not None


def last_quoted(
    scene: Scene, entities: Callable[[int], Sequence[Entity]], floor: int
) -> tuple[Hit, int, list[Entity]] | None:
    """The last quotation credited so far, if its paragraph is ``floor`` or later: its hit, its paragraph and
    the subjects the narration names after it there."""
    n = next((n for n in range(len(scene.hits) - 1, -1, -1) if scene.hits[n] is not None), None)
    hit = scene.hits[n] if n is not None else None
    if hit is None or n is None or scene.last[n][0] < floor:
        return None
    qb, qt = scene.last[n]
    end = scene.paragraphs[qb].tokens[qt].end
    return hit, qb, [ent for ent in entities(qb) if ent.subject and ent.pos >= end]


def speakers_before(scene: Scene, ending: Sequence[int], b: int, pos: int, plural: bool = False) -> list[Entity]:
    """Speakers of the quotations ``ending`` in paragraph ``b`` before ``pos``, whom a cue there names: each a
    subject a pronoun may stand for (with ``plural``, only two or more named together, for "they")."""
    out = []
    hits = scene.hits
    for n in ending:
        if n >= len(hits):
            break
        hit = hits[n]
        if hit is None:
            continue
        tok = scene.paragraphs[b].tokens[scene.last[n][1]]
        # (Only a cue in this paragraph: the entity's mention is read with this paragraph's offsets.)
        if (
            tok.end <= pos
            and hit.block == b
            and (bool(hit.mention.members) if plural else hit.mention.kind == "person")
        ):
            out.append(Entity(b, tok.start, hit.mention, True))
    return out


def participle_floor(scene: Scene, b: int, pos: int) -> int:
    """Where the sentence of a pronoun at ``pos`` starts, if it opens with a participle the pronoun is
    the subject of ("Asked whether Clinton …, she replied"): no one named in it is that pronoun. Else ``pos``.
    """
    para = scene.paragraphs[b]
    t = para.token_at(pos)
    s, _ = para.sentence_at(t)
    first = para.tokens[s]
    opens = first.capital and first.low.endswith("ed") and first.low not in {"need", "indeed"}
    return first.start if opens and t > s and para.tokens[t - 1].text == "," else pos


def led_by(
    scene: Scene, entities: Callable[[int], list[Entity]], block: int, ent: Entity, b: int, pos: int
) -> Entity | None:
    """The person or "he"/"she" leading the sentence of ``ent`` as its subject, whoever else it names after
    ("Reid would not say whether he prefers Trump or Cruz": Reid); none in the sentence at ``pos`` of
    paragraph ``b`` ("Trump took on Clinton after the front-runner said": there it may be anyone named)."""
    para = scene.paragraphs[block]
    s, e = para.sentence_at(para.token_at(ent.pos))
    if block == b and para.tokens[e - 1].end > pos:
        return None
    lead = next((x for x in entities(block) if para.tokens[s].start <= x.pos < ent.pos and x.subject), None)
    ok = lead is not None and (lead.mention.kind == "person" or lead.mention.name in {"he", "she"})
    return lead if ok else None


def named_since(entities: Callable[[int], list[Entity]], ent: Entity, b: int, pos: int) -> bool:
    """Whether a person other than ``ent``'s is named after it and before ``pos`` in paragraph ``b``."""
    names = {x.name for x in ent.mention.members}  # (none for "the two lawmakers": any name is another)
    return any(
        x.mention.kind == "person" and not x.mention.members and x.mention.name not in names
        for block in range(ent.block, b + 1)
        for x in entities(block)
        if (block > ent.block or x.pos > ent.pos) and (block < b or x.pos < pos)
    )


def one_of_two(entities: Callable[[int], list[Entity]], b: int, pos: int, latter: bool) -> Entity | None:
    """ "The latter said": of the last two people named (in this paragraph or the one before), the second."""
    people: list[Entity] = []
    for block in (b, b - 1) if b > 0 else (b,):
        for ent in reversed(entities(block)):
            named = ent.mention.kind == "person" and not ent.mention.members
            if named and (block != b or ent.pos < pos) and all(p.mention.name != ent.mention.name for p in people):
                people.append(ent)
        if len(people) >= 2:
            return people[0 if latter else 1]
    return None


# Words of a public body's name, and of a company's.
_PUBLIC_BODY_WORDS = frozenset(
    """committee party department ministry campaign council court house administration senate congress
    parliament government police army navy kremlin pentagon university college school hospital union caucus
    commission office bureau agency authority assembly tribunal democrats republicans""".split()
)
_COMPANY_WORDS = ORG_HEADS["company"] | ORG_HEADS["firm"]
# What "the company" or "the agency" may stand for with no name of that kind: the words of a body's name
# that tell it is none (a company is no department, party or campaign; an agency no company).
_NOT_A = {
    "company": _PUBLIC_BODY_WORDS,
    "firm": _PUBLIC_BODY_WORDS,
    "group": _PUBLIC_BODY_WORDS,
    "organization": _PUBLIC_BODY_WORDS,
    "organisation": _PUBLIC_BODY_WORDS,
    "agency": _COMPANY_WORDS,
    # "The Lakers … the team said", "The NFL … the league said": a team's, a league's or a band's own name.
    "team": _PUBLIC_BODY_WORDS,
    "club": _PUBLIC_BODY_WORDS,
    "league": _PUBLIC_BODY_WORDS,
    "band": _PUBLIC_BODY_WORDS,
    "franchise": _PUBLIC_BODY_WORDS,
    # A business by its trade: "Harbor Bank Corp. cut jobs … the lender said", "the automaker said".
    **dict.fromkeys(
        "lender insurer retailer automaker carmaker airline manufacturer maker giant chain startup broadcaster"
        " publisher conglomerate".split(),
        _PUBLIC_BODY_WORDS,
    ),
}
BODY_HEADS = frozenset(_NOT_A)
"""Heads of a description that may stand for the body the narration named last ("the company", "the team")."""


def nearest_body(
    scene: Scene,
    entities: Callable[[int], list[Entity]],
    cued: Callable[[int], set[tuple[int, int]]],
    b: int,
    pos: int,
    head: str,
    text: str = "",
) -> Entity | None:
    """ "Twitter said … ¶ The company said": the body the narration named last, in this paragraph or (from
    the paragraph's first sentence) the one before, if the subject of its sentence and of a kind the head
    fits. Another body named in between, a subject of another kind, or initials in the description (``text``)
    that are not the body's ("the U.N. health agency" after the Homeland Security Department), and the
    description stays as printed.
    """
    if head not in _NOT_A:
        return None
    para = scene.paragraphs[b]
    first = para.sentence_at(para.token_at(pos))[0] == 0
    for block in range(b, max(-1, b - 2 if first else b - 1), -1):
        named = cued(block)  # "“…,” Twitter said": the one a cue names is its sentence's subject
        for ent in reversed(entities(block)):
            m = ent.mention
            if (block == b and ent.pos >= pos) or m.kind != "org":
                continue
            words = {w.lower().strip(".,") for w in m.name.split()}
            subject = ent.subject or (m.start, m.end) in named
            if (
                not subject
                or m.members
                or words & _NOT_A[head]
                or is_place(m.name)
                or _initials_of_another(text, m.name)
            ):
                return None
            return ent
    return None


_COUNTRY_INITIALS = frozenset("us usa uk eu".split())  # "the U.S. company": a country's, not a body's name


def _initials_of_another(text: str, name: str) -> bool:
    """Whether a description prints initials ("U.N.", "NATO") that are no word or acronym of the body ``name``.

    >>> _initials_of_another("the U.N. health agency", "Homeland Security Department")
    True
    >>> _initials_of_another("the U.S. company", "Boeing"), _initials_of_another("the WHO agency", "World Health Organization")
    (False, False)
    """
    printed = {w.replace(".", "").lower() for w in text.split()[1:-1] if sum(c.isupper() for c in w) >= 2}
    return bool(
        printed - _COUNTRY_INITIALS - {w.replace(".", "").lower() for w in name.split()} - {acronym(name).lower()}
    )


_ASKED = frozenset("asked asks questioned pressed".split())


def asks(scene: Scene, ent: Entity) -> bool:
    """Whether the one ``ent`` names asks something right after ("Lind asked …"): who answers is someone else."""
    para = scene.paragraphs[ent.block]
    return not _ASKED.isdisjoint(t.low for t in para.tokens[para.token_at(ent.mention.end) :][:3])


def named_in_own_words(scene: Scene, i: int, b: int, pos: int, name: str) -> bool:
    """Whether quotation ``i``, or its sentence from ``pos`` in paragraph ``b`` on, prints the surname of ``name``:
    "the senator said of running against Mr. Holm" is not Holm."""
    para = scene.paragraphs[b]
    said = scene.found[i].text + para.text[pos : para.tokens[para.sentence_at(para.token_at(pos))[1] - 1].end]
    return re.search(rf"\b{re.escape(name.split()[-1])}\b", said, re.I) is not None


def told_genders(words: list[str]) -> set[str]:
    """The pronouns a description's words tell its person by: "he" for "the congressman", "she" for "the mother"."""
    return {pronoun for pronoun, told in (("he", MALE_WORDS), ("she", FEMALE_WORDS)) if told.intersection(words)}


_ASKING = frozenset("asked asking asks ask".split())
# A cue for an answer: who gives it was asked, and is not who asked.
_REPLYING = frozenset("answer answers answered reply replies replied respond responds responded retorted".split())
_PUTTING = _ASKING | frozenset("pressed questioned quizzed".split())
_OBJECT_FORM = {"he": "him", "she": "her", "they": "them"}


def replying(scene: Scene, b: int, pos: int) -> bool:
    """Whether the word at ``pos`` in paragraph ``b`` (a pronoun) is followed by a verb of answering: "she replied",
    or is the cue of words opening the paragraph after one that ends by asking someone something ("Ruiz asked
    Holm whether … ¶ “…,” she said": the answer)."""
    tokens = scene.paragraphs[b].tokens
    t = scene.paragraphs[b].token_at(pos)
    if t + 1 < len(tokens) and tokens[t + 1].low in _REPLYING:
        return True
    if b == 0 or t == 0 or tokens[0].kind != "q" or tokens[t - 1].kind != "q" or t > 2:
        return False
    before = scene.paragraphs[b - 1]
    s, e = before.sentence_at(len(before.tokens) - 1)
    # Someone asked by name: not "asked him" (the asker may be the writer), nor "questioned Trump's logic".
    return any(
        tok.low in _ASKING and nxt.capital and not nxt.low.endswith(("'s", "’s"))
        for tok, nxt in pairwise(before.tokens[s:e])
    )


def questioner(scene: Scene, ent: Entity, pronoun: str) -> tuple[int, int, int] | None:
    """Where the question ``ent``'s sentence puts to someone is asked, if ``ent`` comes before it: the
    sentence's offset, the asking verb's and that of whom it asks, a name or the object form of ``pronoun``
    ("Ruiz pressed her on taxes. “…,” she replied": Ruiz asked, and is not the "she" who answers)."""
    para = scene.paragraphs[ent.block]
    tokens = para.tokens
    s, e = para.sentence_at(para.token_at(ent.pos))
    for k in range(para.token_at(ent.pos) + 1, e - 1):
        if tokens[k].low in _PUTTING:
            asked = tokens[k + 1]
            if asked.low == _OBJECT_FORM.get(pronoun) or asked.capital:
                return tokens[s].start, tokens[k].start, asked.start
            return None
    return None


def put_to(scene: Scene, entities: Callable[[int], list[Entity]], n: int) -> Entity | None:
    """The person quotation ``n``, a question, was put to ("“…?” a reporter asked Trump"), who answers it:
    the one named right after an asking verb in the question's sentence."""
    if not scene.found[n].text.rstrip(QUOTE_END).endswith("?"):
        return None
    b, t = scene.last[n]
    para = scene.paragraphs[b]
    tokens = para.tokens
    # The cue after the question ends the sentence (a sentence may be read as ending at the "?").
    end = next((e for e in range(t + 1, len(tokens)) if tokens[e].text in {".", "!", "?", ";"}), len(tokens))
    k = next((k for k in range(t + 1, end - 1) if tokens[k].low in _ASKING), None)
    if k is None:  # "Holm asked Ruiz, “…?”": the asking verb before the question
        first = scene.first[n][1] if scene.first[n][0] == b else 0
        k = next((k for k in range(para.sentence_at(first)[0], first - 1) if tokens[k].low in _ASKING), None)
    if k is None:
        return _turn_before(scene, n)
    person = next((ent for ent in entities(b) if ent.pos == tokens[k + 1].start), None)
    return person if person is not None and person.mention.kind == "person" and not person.mention.members else None


def _turn_before(scene: Scene, n: int) -> Entity | None:
    """In an exchange, the one a question asked of no one named was put to: whoever spoke just before it,
    someone other than the asker ("“…,” Holm said. ¶ “That would be you?” Borger asked. ¶ “Yes,” the senator
    said": Holm answers)."""
    asker, before = (scene.hits[n], scene.hits[n - 1]) if 0 < n < len(scene.hits) else (None, None)
    if asker is None or before is None or before.mention.kind != "person" or before.mention.members:
        return None
    turn = Entity(before.block, before.mention.start, before.mention, True)
    asking = Entity(asker.block, asker.mention.start, asker.mention, True)
    return None if scene.last[n][0] - scene.last[n - 1][0] > 1 or last_name(turn) == last_name(asking) else turn


def named_or_asked_since(
    scene: Scene,
    ending_in: Mapping[int, list[int]],
    window: list[int],
    found: Entity,
    words: list[str],
    at: tuple[int, int, int],
    titles: Mapping[str, set[str]],
) -> bool:
    """Whether, in the paragraphs ``window`` (the latest first) between ``found`` and quotation ``i``'s
    description at ``pos`` of paragraph ``b`` (``at``), the description's noun ``head`` came up for another
    ("the minister's spokesman said … the spokesman said"), or the quotation before was a question (the
    description answers it). The noun as the found person's own role ("Clinton gave her speech as the
    Democratic nominee") is no other's, nor the title of a name the description (``head`` ending ``words``)
    cannot be, by the ``titles`` the article gives it: "Senator Joni Ernst, R-Iowa" is not "the Florida senator".
    """
    b, pos, i = at
    head = words[-1]
    for block in window:
        text = scene.paragraphs[block].text[: pos if block == b else None]
        text = text[found.pos :] if block == found.block else text
        for m in re.finditer(rf"\b{re.escape(head)}\b", text, re.I):
            titled = re.compile(_TITLED).match(text, m.end())
            other = titled is not None and placed_elsewhere(words, titles.get(titled.group(1), set()))
            if not re.search(_AS_ROLE, text[: m.start()], re.I) and not other:
                return True
        asked = [n for n in ending_in[block] if n < i]  # the quotations before this one
        if asked:
            return scene.found[asked[-1]].text.rstrip().endswith("?")
    return False


# Compiled on first use (re caches them): most articles never ask.
_TITLED = rf"\s+((?:[A-Z]{WORD_CHAR}*\.?\s+)*[A-Z]{WORD_CHAR}*)"  # the name after a title word
_AS_ROLE = rf"\bas (?:the |a |an )?(?:{WORD_CHAR}+ ){{0,3}}$"


# A document and who issued it (group 1): before the noun, "the White House statement", "a Pentagon
# readout"; after it, "a statement from the White House", "a letter issued by Sen. Ada Holm", and for what a
# paper prints, "a report in the Harbour Times" (not "a statement in Congress": made there by someone).
_ISSUER_BEFORE = r"(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*)\s+[a-z-]+$"
ISSUING_VERBS = frozenset("issued released published sent signed provided put".split())
"""How a text says who issued a document: "a statement issued by …", "The report, released Tuesday by …"."""
_ISSUING = "|".join(sorted(ISSUING_VERBS)) + r"|paid\s+for"
_ISSUER_AFTER = (
    # Not "a memo obtained by the Gazette": who obtained, saw or quoted it did not write it.
    r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}?(?![a-z-]+(?:ed|en|wn)\s+by\b)[a-z-]+"
    rf"(?:,\s+(?:{_ISSUING})(?:\s+[A-Z]?[a-z]+){{0,2}}?\s+(?=by\s)|\s+)"
    rf"(?:(?:{_ISSUING})\s+)?"
    r"(?:from|by|(?:(?<=report )|(?<=article )|(?<=story )|(?<=editorial )|(?<=column )|(?<=op-ed ))in)\s+(?:the\s+)?"
    r"((?:[A-Z][\w.&'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?)*[A-Z][\w.&'’-]*)"
)
_ABBREVIATED_ENDS = frozenset("ltd. inc. co. corp. jr. sr.".split())


@lru_cache(maxsize=1)
def _issuer_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled on first use: most stories quote no document."""
    return re.compile(_ISSUER_BEFORE), re.compile(_ISSUER_AFTER)


def document_issuer(document: str, after: str = "") -> str | None:
    """Who issued a document, as the phrase naming it (and the words ``after`` it) say; None for no one named.

    >>> document_issuer("the White House statement"), document_issuer("A statement", " issued by Sen. Ada Holm said")
    ('White House', 'Sen. Ada Holm')
    >>> document_issuer("a statement from the Harbour Board's press office")
    'Harbour Board'
    >>> document_issuer("a statement from the Office of the Director of Ports, ")
    'Office of the Director of Ports'
    >>> document_issuer("a report in the Harbour Times"), document_issuer("a statement in Congress")
    ('Harbour Times', None)
    >>> document_issuer("The report", ", released Tuesday by the Harbour Institute,"), document_issuer("A memo obtained by the Gazette")
    ('Harbour Institute', None)
    >>> document_issuer("a letter from the mayor"), document_issuer("a statement from Ohio."), document_issuer("a memo")
    (None, None, None)
    """
    before, after_noun = _issuer_patterns()
    found = before.match(document) or after_noun.match(document + after)
    if found is None:
        return None
    name = re.sub(r"['’]s?$", "", found.group(1))
    if name.endswith(".") and name.rsplit(" ", 1)[-1].lower() not in _ABBREVIATED_ENDS:
        name = name[:-1]  # the sentence's full stop
    return None if is_place(name) or is_demonym(name) else name
