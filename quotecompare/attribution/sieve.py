"""Attribution rules: an ordered sieve, each rule trying one pattern.

Part of stage 3 (attribution), modelled on CoreNLP's quote attribution sieves.
Each rule looks at one quotation in its :class:`~quotecompare.attribution.scene.Scene`
and either returns a :class:`~quotecompare.attribution.scene.Hit` (the phrase
that names the speaker, where it is, the cue word) or ``None``, leaving the
quotation to the next rule; it changes nothing else. :data:`SIEVE` is the one
list of the rules, in the order they are tried, each a
:class:`~quotecompare.attribution.scene.Rule` that names it once and says how
it reads to a visitor (:data:`RULES` adds the rules applied to a whole article
or story: ``pull_quote`` and ``other_outlets``, see :mod:`.settle`):

1. ``cue_after`` -- ``“…,” X said`` / ``“…,” said X`` / ``“…,” according to X`` / ``“…” — X`` / ``“….” That was X``
2. ``label`` -- ``X: “…”`` (round-ups, transcripts, headline style)
3. ``owner`` -- ``X's claim that “…”``, ``X's “…” promise``
4. ``cue_before`` -- ``X said (that) … “…”`` in the quote's sentence, ``…, saying “…”``, ``As X put it, “…”``
5. ``according_to`` -- ``According to X, … “…”``
6. ``sentence_cue`` -- ``… “…” …, X said.`` closing the quotation's sentence
7. ``clause_subject`` -- a partial quote inside a sentence about X: ``X called the plan “…”``
8. ``introduced`` -- ``X said:`` ending the paragraph before a quoted one, or a round-up's ``On X:`` label
9. ``continuation`` -- no cue: the previous speaker, while the narration stays with them
10. ``narration`` -- no cue: the person the sentence before was about

The rules live in :mod:`quotecompare.attribution.rules` (``cues``, ``label``, ``owner``,
``cue_before``, ``context``, and the grammar they share in ``clauses``).
Rules see only narration, never the words inside quotation marks, so a name
quoted by someone else is never taken for a speaker.

>>> from quotecompare.read.sources import parse_article
>>> from quotecompare.read.quotes import extract
>>> src = parse_article("a.txt", "T\\n\\n“We are ready,” Sen. Ada Holm said.\\n")
>>> scene = Scene(src, extract(src))
>>> hit = attribute(scene, 0)
>>> hit.rule, hit.mention.name, hit.verb
('cue_after', 'Ada Holm', 'said')
"""

from __future__ import annotations

from quotecompare.attribution.rules.context import clause_subject, continuation, introduced, narration
from quotecompare.attribution.rules.cue_before import cue_before
from quotecompare.attribution.rules.cues import according_to, cue_after, sentence_cue
from quotecompare.attribution.rules.label import label
from quotecompare.attribution.rules.owner import owner
from quotecompare.attribution.scene import Hit, Rule, Scene, rule
from quotecompare.read.quotes import extract
from quotecompare.read.sources import parse_article

SIEVE: tuple[Rule, ...] = (
    rule(cue_after, "a cue after the quote", cue=True, own_clause=True, nested=True),
    rule(label, "a name before a colon", cue=True, own_clause=True, nested=True),
    rule(owner, "the words are called theirs", cue=True, own_clause=True),
    rule(cue_before, "a cue before the quote", cue=True, own_clause=True, nested=True),
    rule(according_to, "“according to”", cue=True),
    rule(sentence_cue, "a cue closing the sentence", cue=True),
    rule(clause_subject, "the subject of the sentence"),
    rule(introduced, "introduced in the paragraph before, or under a round-up's topic"),
    rule(continuation, "continues the speaker's previous quote"),
    rule(narration, "the sentence before is about them"),
)
"""The rules in the order they are tried."""

PULL_QUOTE = Rule("pull_quote", "repeats words credited elsewhere")
"""Applied to a whole article: a quotation repeating words credited elsewhere in it (a pull quote)."""

OTHER_OUTLETS = Rule("other_outlets", "other outlets credit these words to them")
"""Applied to a whole story: words this article credits weakly or not at all, settled by other outlets' cues."""

SPOKESPERSON = Rule("spokesperson", "speaks for the body other outlets quote")
"""Applied to a whole story: an unnamed spokesperson of a body ("a Harbour Council spokeswoman") speaks for the
body other outlets quote by name with cues of their own, whatever words each prints."""

RULES: dict[str, Rule] = {r.name: r for r in (*SIEVE, PULL_QUOTE, OTHER_OUTLETS, SPOKESPERSON)}
"""Every rule by name: the one place a rule's name and label are written."""

NESTED: tuple[Rule, ...] = tuple(r for r in SIEVE if r.nested)
"""The rules tried on quotations inside quotations: those that read a cue next to the words."""

# Why a quotation has no speaker, as its "How each speaker was found" row says.
REASONS = {
    "term": "a quoted term (a title, name or scare quote), not a quotation",
    "first person": "the cue is the writer's own 'I' or 'we'",
    "pronoun": "a pronoun with no person before it in the narration",
    "it": "the cue is 'it', and no body or document is named before it",
    "saying": "the cue is a saying ('as they say'), not anyone's words",
    "withheld": "the cue says its subject would not say it ('declined to say whether …')",
    "put to": "the cue's subject was asked or told it, by someone the article does not name",
    "none": "no cue in its sentence, and the narration before it is not its speaker's",
    "lone capital": "the cue's subject is a capitalised word that starts its sentence and names nobody elsewhere",
    "no speaker": "the cue's subject is not a person, organisation, group or document",
    "some people": "the cue's subject is a pronoun for some people ('others', 'many'), who are not named",
    "place": "the cue's subject is a place, not a speaker",
    "utterance": "the cue's subject is someone's words ('the answer was'), and the article does not say whose",
}

CUE_RULES = frozenset(r.name for r in SIEVE if r.cue)
"""Rules that read an explicit cue: a quotation they credit is never a mere term."""

OWN_CLAUSE_CUES = frozenset(r.name for r in SIEVE if r.own_clause)
"""Rules whose cue stands in the quotation's own clause."""


def attribute(scene: Scene, i: int, rules: tuple[Rule, ...] = SIEVE) -> Hit | None:
    """The first rule's hit for quotation ``i`` (rules may look at earlier quotations' hits).

    The words the hit's cue used up are recorded in the scene here, so rules stay free of side effects.
    """
    for r in rules:
        hit = r(scene, i)
        if hit is not None:
            if hit.uses is not None:
                scene.used_until[hit.uses[0]] = hit.uses[1]
            return hit
    return None


def demo(text: str, n: int = 0) -> tuple[str, str, str | None]:
    """For the doctests: the rule, name and verb found for quotation ``n`` of ``text``."""
    source = parse_article("demo.txt", "Title\n\n" + text)
    scene = Scene(source, extract(source))
    for k in range(n + 1):
        scene.hits.append(attribute(scene, k))
    hit = scene.hits[n]
    assert hit is not None
    return hit.rule, hit.mention.name, hit.verb
