"""A description in a person's role that only one person named just before it can hold.

Reporters name someone once and go on with a role: "Donald Trump's assertion
Monday … drew rebukes." ¶ "“…,” the presumptive Republican presidential nominee
told Fox." The sentence before need not have that person as its subject
(:meth:`~quotecompare.attribution.discourse.Discourse.topic` asks that): here
Trump is an owner. When the narration from the paragraph before up to the
description names one person and no one else, unnamed or named, the
description is that person, if its role, party, place and gender fit what the
story says of them. A "he", "his", "she" or "her" of the sentence before or
of the description's own keeps to the people of its gender ("… a contrast to
Clinton. Reprising one of her own lines, the former secretary of state said"
is not Sanders), and its own sentence must name no one before it ("In
declaring Holm's words untrue, the pope said" is someone else).

Only a description in a public role ("the senator", "the Democratic
front-runner", "the former secretary of state"): "the official", "the man" or
"the spokesman" is as often someone the story never names.

>>> fits_sole("the presumptive republican presidential nominee".split()), fits_sole("the former secretary of state".split())
(True, True)
>>> fits_sole(["the", "official"]), fits_sole(["the", "man"]), fits_sole("the secretary's aide".split())
(False, False, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotecompare.attribution.entities import Entity, asks, named_in_own_words, told_genders
from quotecompare.attribution.kinds import FOR_OTHERS, description_head, description_type, one_person_noun
from quotecompare.attribution.narration import QUOTE_END
from quotecompare.attribution.scene import is_heading
from quotecompare.attribution.wordclass import bare, bare_word
from quotecompare.text.lexicon import ROLE_NOUNS

if TYPE_CHECKING:
    from quotecompare.attribution.discourse import Discourse
    from quotecompare.attribution.mentions import Mention
    from quotecompare.attribution.narration import Tok

# Roles an unnamed person is as often described by ("the official said"): never the one person named before.
_ANYONE = FOR_OTHERS | frozenset(
    """
    official officer agent operative source voter resident student teacher worker volunteer supporter critic
    ally partner fellow expert delegate donor owner contributor consultant strategist pollster analyst
    researcher scientist scholar engineer librarian host anchor moderator reporter writer author
    """.split()
)
_HEADS = ROLE_NOUNS - _ANYONE
_NEW = frozenset("a an one another".split())
_PRONOUNS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}  # as gender_fits asks


def fits_sole(words: list[str]) -> bool:
    """A description this rule reads: "the" and up to four words before a public role's noun."""
    return words[0] == "the" and 2 <= len(words) <= 6 and description_head(words) in _HEADS


def _someone_new(tokens: Sequence[Tok], k: int) -> bool:
    """Token ``k`` is the noun of someone unnamed brought in: "a senior official", "an aide", "one lawyer"."""
    t = tokens[k]
    return (
        t.kind == "w"
        and not t.capital
        and one_person_noun(bare(t))
        and any(x.low in _NEW for x in tokens[max(0, k - 3) : k])
    )


def _pronouns(discourse: Discourse, b: int, pos: int) -> set[str]:
    """ "he" or "she" for each pronoun of the sentence before the description's and of its own up to it."""
    scene = discourse.scene
    para = scene.paragraphs[b]
    at = para.token_at(pos)
    n = next((k for k, (s, e) in enumerate(para.sentences) if s <= at < e), 0)
    tokens = list(para.tokens[para.sentences[max(0, n - 1)][0] if para.sentences else 0 : at])
    if n == 0 and b > 0 and not is_heading(scene.source.blocks[b - 1]):
        before = scene.paragraphs[b - 1]
        tokens += before.tokens[before.sentences[-1][0] :] if before.sentences else []
    return {_PRONOUNS[t.low] for t in tokens if t.low in _PRONOUNS}


def sole_person(discourse: Discourse, b: int, pos: int, m: Mention, i: int) -> Entity | None:
    """The one person named from paragraph ``b - 1`` up to the description ``m`` at ``pos``, if it fits them."""
    words = [bare_word(w) for w in m.text.lower().split()]
    if not fits_sole(words) or description_type(m.text) != "unnamed":
        return None
    head = description_head(words)
    scene = discourse.scene
    if i and scene.last[i - 1][0] >= b - 1 and scene.found[i - 1].text.rstrip(QUOTE_END).endswith("?"):
        return None  # "“Would that be you?” Kai Berg said. “That would be me,” the senator said": one who answers
    para = scene.paragraphs[b]
    opens = para.tokens[para.sentence_at(para.token_at(pos))[0]].start
    people: dict[str, Entity] = {}
    pronouns = _pronouns(discourse, b, pos)
    for block in (b, b - 1):
        if block < 0 or is_heading(scene.source.blocks[block]):
            break
        tokens = scene.paragraphs[block].tokens
        upto = [t for t in tokens if block != b or t.start < pos]
        if any(_someone_new(upto, k) for k in range(len(upto))) or head in {bare(t) for t in upto}:
            return None  # "… drew rebukes from a senior official", "… one of the mayor's lawyers": someone else
        for ent in discourse.entities(block):
            if block == b and ent.pos >= pos:
                break
            if (
                ent.mention.kind == "description"
                and ent.mention is not m
                and description_type(ent.mention.text) == "unnamed"
            ):
                return None  # someone unnamed ("a man", "the senator's aide") may be the one described
            if ent.mention.kind == "person":
                if ent.mention.members or (block == b and ent.pos >= opens):
                    return None  # a pair, or one its own sentence names: "In declaring Holm's words …, the pope"
                people.setdefault(discourse.key(ent.mention.name), ent)
    if len(pronouns) > 1:
        return None  # a "he" and a "she": two people at least
    # "… a contrast to Clinton. Reprising one of her own lines, the former secretary of state said": not Sanders.
    fit = [(k, ent) for k, ent in people.items() if all(discourse.gender_fits(ent.mention.phrase, p) for p in pronouns)]
    if len(fit) != 1:
        return None
    ((key, found),) = fit
    if not key.partition("|")[2]:
        return None  # one the story never names in full ("Benghazi" read as a name)
    if not discourse.one_person(found.mention, "they") or not discourse.holds(found.mention.name, words):
        return None
    if not all(discourse.gender_fits(found.mention.phrase, p) for p in told_genders(words)) or asks(scene, found):
        return None  # "the congressman" of a woman; "Lind asked …": the one who answers is someone else
    return None if named_in_own_words(scene, i, b, pos, found.mention.name) else found
