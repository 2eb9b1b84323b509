"""Work out who said each quotation within its article.

Stage 3 of the pipeline.

* :mod:`quotecompare.attribution.sieve` finds, for each quotation, the phrase that names
  its speaker: an ordered list of small named rules, the first that matches
  wins (a cue after the quote, a label, a cue before it, "according to", the
  sentence's subject, the paragraph before, continuation).
* :func:`resolve_source` resolves that phrase within its article, through
  :class:`~quotecompare.attribution.discourse.Discourse`: a pronoun to the person
  the narration is about, a description ("the senator", "the company") to the
  person or organisation named earlier with that title or name, a document to
  its issuer. Every quote records the rule and the evidence
  (:class:`~quotecompare.models.Attribution`); a quote left without a speaker records why.
* :func:`quotecompare.attribution.story.build_quotes` then merges name
  variants across sources and makes the quote records.

>>> from quotecompare.read.sources import parse_article
>>> from quotecompare.read.quotes import extract
>>> src = parse_article("a.txt", "T\\n\\nAda Holm spoke.\\n\\n“We won,” she said.\\n")
>>> [(r.who, r.attribution.rule) for r in resolve_source(src, extract(src), SpeakerIndex())]
[('Ada Holm', 'cue_after')]
"""

from __future__ import annotations

import re
from itertools import chain

from quotecompare.attribution.bodies import SHORT_FORMS
from quotecompare.attribution.capitals import a_place, lone_capital, plural_verb_after
from quotecompare.attribution.discourse import Discourse
from quotecompare.attribution.entities import Entity, NamedHere, document_issuer, put_to
from quotecompare.attribution.kinds import ELLIPTICAL, UTTERANCE_NOUNS, description_type, may_hold, one_more
from quotecompare.attribution.mentions import Mention
from quotecompare.attribution.rules.clauses import _token_after
from quotecompare.attribution.rules.context import share_of_people
from quotecompare.attribution.rules.cue_before import WITHHELD
from quotecompare.attribution.rules.cues import PUT_TO
from quotecompare.attribution.scene import Hit, Scene
from quotecompare.attribution.sieve import OWN_CLAUSE_CUES, REASONS, attribute
from quotecompare.attribution.sole import sole_person
from quotecompare.attribution.speakers import SpeakerIndex
from quotecompare.attribution.terms import (
    NAMING_VERBS,
    bylined,
    goes_on,
    is_term,
    is_title,
    reported_words,
    termish,
    title_like,
    uttered,
)
from quotecompare.attribution.titles import people_plural
from quotecompare.attribution.wordclass import PERSONAL_OWNERS, SOME_PEOPLE
from quotecompare.models import Attribution, Resolved, Source, Span
from quotecompare.read.quotes import Found
from quotecompare.text.lexicon import PRONOUN_GENDERS
from quotecompare.text.places import is_demonym, is_place

__all__ = ["NamedHere", "resolve_source"]


def _raw_span(source: Source, block: int, start: int, end: int) -> tuple[int, int]:
    b = source.blocks[block]
    return b.raw_pos(start), b.raw_pos(end - 1) + 1


def resolve_source(
    source: Source, found: list[Found], index: SpeakerIndex, named: NamedHere = ((), {})
) -> list[Resolved]:
    """Run the sieve over every quotation of one source and resolve what it found (``named``: the keys of
    the people it names in full, first named first, and how often)."""
    scene = Scene(source, found)
    discourse = Discourse(scene, index, named)
    out: list[Resolved] = []
    for i in range(len(found)):
        spoken = uttered(scene, i)  # "chanting “USA! USA!”", "a sign that read “…”": words, not a title
        if not spoken and (is_title(scene, i) or bylined(scene, i)):
            scene.terms.add(i)
            scene.hits.append(None)
            out.append(Resolved(None, (), Attribution(None, reason=REASONS["term"]), None, True))
            continue
        hit = attribute(scene, i)
        # (Not "Who?", a word asked where no title's context names a work: an utterance.)
        asked = found[i].text.rstrip(" '’\"”»").endswith("?") and " " not in found[i].text.strip()
        # "Holm smiled. “Maybe.”": one word set as a sentence of its own, after a sentence about someone, is
        # their answer ("Holm wrote a memoir. “Harbour Lights.”" is still a title).
        answer = hit is not None and hit.rule == "narration" and _one_word_sentence(scene, i)
        titled = title_like(found[i].text) and not goes_on(scene, i) and not asked and not answer
        if not spoken and titled and (hit is None or hit.rule not in OWN_CLAUSE_CUES):
            # Title case with no cue of its own: a show, book, slogan or nickname, nobody's words here.
            scene.terms.add(i)
            scene.hits.append(None)
            out.append(Resolved(None, (), Attribution(None, reason=REASONS["term"]), None, True))
            continue
        term = not spoken and termish(scene, i, hit.rule if hit else None)
        if titled and hit is not None and (hit.verb or "").lower() in NAMING_VERBS:
            term = True  # "Critics call her “Ada the Great”": a nickname, whoever uses it
        if hit is not None and hit.of >= 0 and out[hit.of].who:
            prev = out[hit.of]
            resolved: Resolved | None = prev._replace(attribution=prev.attribution._replace(rule=hit.rule), verb=None)
        else:
            if hit is not None and hit.mention.kind == "description" and hit.mention.text.lower() in ELLIPTICAL:
                hit = _one_more(hit, discourse, out)
            resolved = _resolve(scene, discourse, hit, i) if hit else None
            if hit is not None and resolved is not None and resolved.kind == "description" and i:
                resolved = _described_again(scene, discourse, hit, i, out) or resolved
            if hit is not None and resolved is not None and resolved.who is None and i:
                resolved = _it_again(scene, hit, i, out) or resolved
        if resolved is None or resolved.who is None:
            reason = (
                resolved.attribution.reason if resolved else REASONS["term" if is_term(found[i].text, None) else "none"]
            )
            term = term or (not spoken and reason == REASONS["term"])
            scene.hits.append(None)
            out.append(Resolved(None, (), Attribution(None, reason=REASONS["term"] if term else reason), None, term))
        else:
            scene.hits.append(hit)
            # "X said the site was “highly secret”": X's words, not a label. The rules still read it as
            # they read a term (a term leaves its cue to the next quotation), so no other credit moves.
            out.append(resolved._replace(term=term and not (hit is not None and reported_words(scene, i, hit))))
        if term:
            scene.terms.add(i)
    return out


def _owner(discourse: Discourse, block: int, m: Mention) -> Entity | None:
    """Whom the "her" of "her deputy" stands for: a person or body named before."""
    first, _, rest = m.text.partition(" ")
    owner = PERSONAL_OWNERS.get(first.lower())
    ent = discourse.antecedent(block, m.start, owner) if owner is not None and rest else None
    return ent if ent is not None and ent.mention.kind in {"person", "org"} and not ent.mention.members else None


def _one_word_sentence(scene: Scene, i: int) -> bool:
    """A quotation of one word that opens its sentence and ends it: "“Maybe.”", "“Never!”"."""
    b, t = scene.first[i]
    text = scene.found[i].text.strip()
    return scene.paragraphs[b].sentence_at(t)[0] == t and " " not in text and text.endswith((".", "!", "?"))


def _described_again(scene: Scene, discourse: Discourse, hit: Hit, i: int, out: list[Resolved]) -> Resolved | None:
    """ "“…,” the retired neurosurgeon told the radio. ¶ The former candidate continued, “…”": a description
    right after the quotation of another that stood for a named person varies that person's name, if no one
    else is named between and the words may be theirs."""
    before, prev = scene.hits[i - 1], out[i - 1]
    m = hit.mention
    if before is None or before.mention.kind != "description" or prev.kind != "person" or prev.who is None:
        return None
    b0, t0 = scene.last[i - 1]
    words = m.text.lower().split()
    if words[0] != "the" or description_type(m.text) != "unnamed" or not 0 <= hit.block - b0 <= 1:
        return None
    if not may_hold(prev.who, words, discourse.titles):
        return None
    after = scene.paragraphs[b0].tokens[t0].end
    for block in range(b0, hit.block + 1):
        for ent in discourse.entities(block):
            between = (block > b0 or ent.pos >= after) and (block < hit.block or ent.pos < m.start)
            if between and (ent.mention.kind == "person" or ent.subject):
                return None  # someone named between ("told REVOLT TV", a body spoken to, is no one new)
    return _again(scene, hit, prev)


def _again(scene: Scene, hit: Hit, prev: Resolved) -> Resolved:
    """The speaker ``prev`` resolved to, credited again by ``hit``'s cue: this cue, then the name it stands for."""
    m = hit.mention
    evidence = _raw_span(scene.source, hit.block, m.start, m.end)
    marks = (Span(hit.block, m.start, m.end), *prev.attribution.marks[1:])
    why = prev.attribution._replace(rule=hit.rule, evidence=evidence, marks=marks)
    return prev._replace(attribution=why, verb=hit.verb)


def _it_again(scene: Scene, hit: Hit, i: int, out: list[Resolved]) -> Resolved | None:
    """ "“…,” it said. ¶ “…,” it read.": an "it" cue right after the quotation another "it" cue gave a body or
    document stands for the same one, however far back the narration named it."""
    before, prev = scene.hits[i - 1], out[i - 1]
    if hit.mention.name != "it" or before is None or before.mention.name != "it" or prev.who is None:
        return None
    return _again(scene, hit, prev) if 0 <= hit.block - scene.last[i - 1][0] <= 1 else None


def _resolve(scene: Scene, discourse: Discourse, hit: Hit, i: int) -> Resolved:
    source = scene.source
    m = hit.mention
    cue = Span(hit.block, m.start, m.end)
    evidence = _raw_span(source, cue.block, cue.start, cue.end)
    if hit.verb in _NO_ONES:
        reason = REASONS[_NO_ONES[hit.verb]]
        return Resolved(None, (), Attribution(None, evidence, reason=reason, marks=(cue,)), None)
    if m.kind == "pronoun" and m.name == "it":
        ent = _it(discourse, hit.block, m.start)
        if ent is None:
            return Resolved(None, (), Attribution(None, evidence, reason=REASONS["it"], marks=(cue,)), hit.verb)
        return _named(source, hit, ent.mention, cue, Span(ent.block, ent.mention.start, ent.mention.end))
    if m.kind == "pronoun":
        if m.name in {"i", "we"}:
            why = Attribution(None, evidence, reason=REASONS["first person"], marks=(cue,))
            return Resolved(None, (), why, hit.verb)
        before = scene.paragraphs[hit.block].text[max(0, m.start - 4) : m.start]
        if m.name == "they" and (hit.verb or "").lower() == "say" and _AS.search(before):
            # "As they say, “…”": a saying, which no one in the story said.
            return Resolved(None, (), Attribution(None, evidence, reason=REASONS["saying"], marks=(cue,)), hit.verb)
        ent = discourse.antecedent(hit.block, m.start, m.name) or _named_next(discourse, hit.block, m.start, m.name)
        if ent is None:
            return Resolved(None, (), Attribution(None, evidence, reason=REASONS["pronoun"], marks=(cue,)), hit.verb)
        named = _named(source, hit, ent.mention, cue, Span(ent.block, ent.mention.start, ent.mention.end))
        if ent.mention.kind == "description" and (whose := _owner(discourse, ent.block, ent.mention)):
            # "Her deputy disagreed. “…,” he said": the deputy, by the name of whom "her" stands for.
            named = named._replace(who=f"{whose.mention.name}'s {ent.mention.text.partition(' ')[2]}")
        return named._replace(gender=PRONOUN_GENDERS.get(m.name))
    if m.kind == "description" and not share_of_people(m.text):  # "52 percent of voters" is no one earlier
        ent = (
            discourse.described(hit.block, m.start, m)
            or discourse.topic(hit.block, m.start, m, i)
            or sole_person(discourse, hit.block, m.start, m, i)
        )
        if ent is not None:
            return _named(source, hit, ent.mention, cue, Span(ent.block, ent.mention.start, ent.mention.end))
        what = description_type(m.text)
        first, _, rest = m.text.partition(" ")
        owner = PERSONAL_OWNERS.get(first.lower()) if what is not None else None
        if owner is not None and what == "document":
            # "His statement said", "Her answer was simple:": the words of whom the pronoun stands for.
            ent = discourse.antecedent(hit.block, m.start, owner)
            if ent is None:
                why = Attribution(None, evidence, reason=REASONS["pronoun"], marks=(cue,))
                return Resolved(None, (), why, hit.verb)
            return _named(source, hit, ent.mention, cue, Span(ent.block, ent.mention.start, ent.mention.end))
        if owner is not None and (ent := _owner(discourse, hit.block, m)) is not None:
            # "her office", "his spokesman": someone or some body of the person the pronoun stands for, by name.
            named = _named(source, hit, ent.mention, cue, Span(ent.block, ent.mention.start, ent.mention.end))
            return named._replace(who=f"{ent.mention.name}'s {rest}", kind="description")
        if m.text.lower() in SOME_PEOPLE:
            why = Attribution(None, evidence, reason=REASONS["some people"], marks=(cue,))
            return Resolved(None, (), why, hit.verb)
        if what is None:
            # "the only real solution in Iran", "his right knee blew out": no one who could say it.
            why = Attribution(None, evidence, reason=REASONS["no speaker"], marks=(cue,))
            return Resolved(None, (), why, hit.verb)
        after = scene.paragraphs[hit.block].text[m.end : m.end + 80]
        issuer = document_issuer(m.text, after) if what == "document" else None
        if issuer:
            # "the White House statement", "a statement from the White House": the White House's words,
            # as the outlets that quote it say.
            return Resolved(issuer, (), Attribution(hit.rule, evidence, marks=(cue,)), hit.verb, kind="org")
        if what == "document" and m.text.lower().split()[-1] in UTTERANCE_NOUNS:
            # "Holm asked Ruiz, “…?” ¶ “…,” came the reply": the answer of the one asked.
            asked = put_to(scene, discourse.entities, i - 1) if i and hit.block - scene.last[i - 1][0] <= 1 else None
            if asked is not None:
                return _named(
                    source, hit, asked.mention, cue, Span(asked.block, asked.mention.start, asked.mention.end)
                )
            why = Attribution(None, evidence, reason=REASONS["utterance"], marks=(cue,))
            return Resolved(None, (), why, hit.verb)
        return Resolved(m.text, (), Attribution(hit.rule, evidence, marks=(cue,)), hit.verb, kind="description")
    if m.kind == "org" and (short := m.name.lower().removeprefix("the ")) in SHORT_FORMS:
        # "The Post responded": the one "Washington Post" the article named before, as "the newspaper" would be.
        ent = discourse.described(hit.block, m.start, m._replace(kind="description", text=f"the {short}"))
        if ent is not None and ent.mention.kind == "org" and " " in ent.mention.name:
            return _named(source, hit, ent.mention, cue, Span(ent.block, ent.mention.start, ent.mention.end))
    if lone_capital(scene, discourse.index, hit.block, m, hit.rule):
        why = Attribution(None, evidence, reason=REASONS["lone capital"], marks=(cue,))
        return Resolved(None, (), why, hit.verb)
    # A country or state that a cue in the quote's own clause makes speak ("Iran said") is its government.
    people = is_demonym(m.name) and plural_verb_after(scene, hit.block, m.end)
    if not people and a_place(m, discourse.index, hit.rule in OWN_CLAUSE_CUES | {"according_to"}, scene.source.raw):
        why = Attribution(None, evidence, reason=REASONS["place"], marks=(cue,))
        return Resolved(None, (), why, hit.verb)
    body = m.kind == "person" and (_calls_itself_it(scene, hit.block, m.end) or _a_body_by_name(scene, discourse, m))
    kind = "group" if people else "org" if is_place(m.name) or body else m.kind
    return _named(source, hit, m, cue, None)._replace(kind=kind)


def _named_next(discourse: Discourse, b: int, pos: int, pronoun: str) -> Entity | None:
    """The person a story's opening "he" or "she" stands for, named after it: "“…,” she said. Ada Holm has run
    the bakery for 20 years." Only before anyone is named: the subject of the next sentence that names one,
    in this paragraph or the next."""
    if pronoun not in {"he", "she"} or any(e.pos < pos for e in discourse.entities(b)):
        return None
    if any(discourse.entities(block) for block in range(b)):
        return None
    for block in (b, b + 1):
        if block >= len(discourse.scene.paragraphs):
            break
        for ent in discourse.entities(block):  # (none before ``pos`` in paragraph ``b``: checked above)
            if ent.mention.kind == "person" and not ent.mention.members:
                return ent if ent.subject and discourse.one_person(ent.mention, pronoun) else None
    return None


def _it(discourse: Discourse, b: int, pos: int) -> Entity | None:
    """The body or document an "it said" stands for: the latest the narration named as a subject, in this
    paragraph or the two before it ("Globex issued a recall. ¶ “…,” it said"); no person, no people."""
    for block in discourse.scene.back(b, 3):
        for ent in reversed(discourse.entities(block)):
            m = ent.mention
            if (block == b and ent.pos >= pos) or not ent.subject or m.members:
                continue
            last = m.name.split()[-1]
            people = people_plural(last) or is_demonym(last)  # "Two Americans"
            if (m.kind == "org" and not people) or (m.kind == "description" and description_type(m.text) in _BODIES):
                return ent
            if m.kind == "person" and _calls_itself_it(discourse.scene, ent.block, m.end):
                return Entity(ent.block, ent.pos, m._replace(kind="org"), True)  # "Goldman Sachs cut its forecast"
    return None


_ITS = frozenset({"its", "itself"})


def _a_body_by_name(scene: Scene, discourse: Discourse, m: Mention) -> bool:
    """A one-word name the article writes as a body's: "WikiLeaks, which published …", "Frontex’s headquarters",
    "Gazprom chief executive Ada Holm" (a person's surname the story names in full stays a person's). A name
    of two words or more only by "which", a body's noun set off beside it or what only a body has: "Goldman
    Sachs, which advised", "The company, Harlan Steel,", "Baker McKenzie, the law firm,", "Morgan Stanley's
    shareholders"."""
    name = m.name.strip()
    if m.title or not name[:1].isupper():
        return False
    if " " in name:
        named = re.escape(name)
        return scene.found_in_text(rf"\b{named},? which\b|\b(?i:the) {_BODY_HEADS}, {named},") or scene.found_in_text(
            rf"\b{named}(?:, (?i:an?|the) (?:[\w-]+ ){{0,3}}{_BODY_HEADS}\b|(?:'|’)s (?:{_BODY_NOUNS})\b)"
        )
    if discourse.index.knows(name):
        return False
    # (No class mixing "'" and "’": such a class compiles to a 64K-character bitmap.)
    owner = "(?:(?:'|’)s)?"
    pattern = rf"\b(?i:{re.escape(name)}){owner}(?:,? which\b| (?:{_BODY_NOUNS})\b)"
    return scene.found_in_text(pattern)


_BODY_NOUNS = "founder|co-founder|chief executive|CEO|headquarters|shareholders|subsidiary|employees"
_BODY_HEADS = "(?:company|firm|bank|retailer|manufacturer|maker|insurer|lender|airline|chain|carrier|publisher|charity)"


def _calls_itself_it(scene: Scene, b: int, end: int) -> bool:
    """Whether the sentence goes on from a name ending at ``end`` in paragraph ``b`` with "its" or "itself"
    (after its verb: "X cut its forecast", "X said its phone …"): a body the name's shape took for a person
    ("Goldman Sachs", "Apple")."""
    tokens = scene.paragraphs[b].tokens
    at = _token_after(tokens, end)
    after = [t.low for t in tokens[at : at + 4]]
    # Not "said it would": people say it too; not "Htay Oo, its acting chairman,": an apposition's "its".
    return bool(after) and after[0] not in {",", "(", "—", "–"} and bool(_ITS & set(after[1:]))


_BODIES = frozenset({"organisation", "document"})


def _one_more(hit: Hit, discourse: Discourse, out: list[Resolved]) -> Hit:
    """ "“…,” one resident said. “…,” another added": another resident, of the latest unnamed people the narration
    named (in this paragraph or the two before it), else of the latest unnamed speaker."""
    m = hit.mention
    named = (
        ent.mention.text
        for block in discourse.scene.back(hit.block, 3)
        for ent in reversed(discourse.entities(block))
        if (block < hit.block or ent.pos < m.start)
        and (ent.mention.kind == "description" or (" " not in ent.mention.name and people_plural(ent.mention.name)))
    )
    speakers = (r.who for r in reversed(out) if r.who and r.kind == "description")
    kind = next((k for text in chain(named, speakers) if (k := one_more(text))), None)  # read only as far as needed
    return hit._replace(mention=m._replace(text=f"{m.text} {kind}", name=f"{m.text} {kind}")) if kind else hit


_AS = re.compile(r"(?:^|\W)[Aa]s\s+$")
# Cues that say whose the words are not: the reason each gives.
_NO_ONES = {WITHHELD: "withheld", PUT_TO: "put to"}


def _named(source: Source, hit: Hit, m: Mention, cue: Span, antecedent: Span | None) -> Resolved:
    """A named speaker, with the words of the cue and, for a pronoun or description, of the name."""
    members = tuple(x.phrase for x in m.members) if m.kind == "group" else ()
    evidence = _raw_span(source, cue.block, cue.start, cue.end)
    resolved = _raw_span(source, antecedent.block, antecedent.start, antecedent.end) if antecedent else None
    marks = (cue, antecedent) if antecedent else (cue,)
    return Resolved(m.phrase, members, Attribution(hit.rule, evidence, resolved, marks=marks), hit.verb, kind=m.kind)
