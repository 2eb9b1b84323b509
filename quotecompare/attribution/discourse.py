"""Who the narration of one article is about: the people and organisations it names, paragraph by paragraph.

Stage 3 of the pipeline. :class:`Discourse` answers what :mod:`quotecompare.attribution.resolve`
asks of a speaker phrase the sieve found: the person a pronoun means (never a heading or words inside
another quotation), the one named earlier with a description's title or name ("the senator", "the
company"), and who issued "the statement".

Nothing here knows any particular story: speakers are what the text names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import defaultdict

from quotecompare.attribution.appositions import note_titles
from quotecompare.attribution.capitals import a_place, lone_capital, title_word, town_of_state
from quotecompare.attribution.entities import (
    BODY_HEADS,
    Entity,
    NamedHere,
    asks,
    issuer,
    last_name,
    last_quoted,
    led_by,
    named_in_own_words,
    named_or_asked_since,
    named_since,
    nearest_body,
    one_of_two,
    participle_floor,
    put_to,
    questioner,
    replying,
    said_nothing,
    speakers_before,
    told_genders,
)
from quotecompare.attribution.kinds import (
    FOR_OTHERS,
    ISSUED_NOUNS,
    ORG_HEADS,
    PLURAL_PEOPLE,
    description_type,
    fits_title,
    listed_person_noun,
    may_hold,
    place_first,
    placed_elsewhere,
    title_fit,
    unnamed_role,
)
from quotecompare.attribution.mentions import Mention, Tok, classify, np_start, people_of, possessive
from quotecompare.attribution.names import ends_in_people, honorific_gender
from quotecompare.attribution.rules.clauses import _is_verb, sentence_subject
from quotecompare.attribution.scene import Scene, is_heading
from quotecompare.attribution.speakers import SpeakerIndex
from quotecompare.attribution.stand_ins import someone_described, someone_owned, someone_unnamed, speaks_on
from quotecompare.attribution.titles import LEADERS, common_plural, people_plural, role_only
from quotecompare.attribution.wordclass import NOT_NAMES, POSSESSIVE_ENDS, inside_name
from quotecompare.text.given_names import is_given_name
from quotecompare.text.lexicon import (
    ORG_WORDS,
    PARTY_MEMBERS,
    PREPOSITIONS,
    PRONOUN_GENDERS,
    ROLE_NOUNS,
    SUBORDINATORS,
    TITLE_WORDS,
)

_LOCATIVES = frozenset("in near across throughout outside inside into".split())
_MARK = frozenset("'’")  # an apostrophe after a name: "the Clintons' home"
# Heads of someone in another's case ("the aide") or who puts questions to others ("the host"): never the
# one the narration was about; a party's member may be.
_NO_TOPIC = FOR_OTHERS | frozenset("host moderator anchor interviewer questioner".split())
_PRONOUN_CHAIN = 4  # sentences led by the same pronoun, followed back to a name


# --- who the narration is about ------------------------------------------------------------


# "The pair said", "the couple said": the two people the article named together.
_TWO_OF_THEM = (["the", "pair"], ["the", "couple"], ["the", "duo"])


def _someone_of(tok: Tok) -> bool:
    """A lower-case noun for a person someone has: "(Brandt's) deputy", "(her) lawyer", not "(Cruz's) victory"."""
    return tok.kind == "w" and not tok.capital and listed_person_noun(tok.low)


class Discourse:
    """People and organisations the narration of one article names, in reading order."""

    def __init__(self, scene: Scene, index: SpeakerIndex, named: NamedHere = ((), {})) -> None:
        self.scene = scene
        self.index = index
        # The people this article names in full, first named first, and how often: "Sanders" here is the
        # Sanders it names, whose "he" or "she" is read from the story, not whichever Sanders it names most.
        self._prefer, self._named = named
        self._genders: dict[tuple[str, bool], str | None] = {}
        self._by_name = True  # whether given names tell genders (see :meth:`antecedent`)
        self._sure = True  # whether a lone capitalised word must be known as someone's name
        self._by_block: dict[int, list[Entity]] = {}
        self.titles: dict[str, set[str]] = {}  # person's name -> title words seen with it
        # Quotations by the paragraph they end in: a long article is not scanned whole per pronoun.
        self._ending_in: dict[int, list[int]] = defaultdict(list)
        for n, (b, _) in enumerate(scene.last):
            self._ending_in[b].append(n)
        # What the paragraphs read so far name, for "the senator" far back (see :meth:`described`):
        # mentions as (paragraph, index in it, entity), in reading order.
        self._orgs: dict[str, list[tuple[int, int, Entity]]] = defaultdict(list)  # by each word of the name
        self._people: dict[str, list[tuple[int, int, Entity]]] = defaultdict(list)  # by name
        self._titled: dict[str, set[str]] = defaultdict(set)  # title word -> names seen with it
        self._read_to = -1  # paragraphs 0.._read_to are all read
        self._known_here: dict[str, bool] = {}  # _known's answers: the article's full names are read before it
        # Unnamed people by their role ("One Republican adviser close to …" under "adviser"), for "the adviser".
        self._unnamed: dict[str, list[tuple[int, int, Entity]]] = defaultdict(list)

    def entities(self, b: int) -> list[Entity]:
        if b not in self._by_block:
            found = self._by_block[b] = self._read(b)
            for i, ent in enumerate(found):
                if ent.mention.kind == "org":
                    for w in {w.lower().strip(".") for w in ent.mention.name.split()}:
                        insort(self._orgs[w], (b, i, ent))
                elif ent.mention.kind == "person":
                    insort(self._people[ent.mention.name], (b, i, ent))
                elif (role := unnamed_role(ent.mention.text, ent.mention.kind)) is not None:
                    insort(self._unnamed[role], (b, i, ent))
            while self._read_to + 1 in self._by_block:
                self._read_to += 1
        return self._by_block[b]

    def _read(self, b: int) -> list[Entity]:
        if is_heading(self.scene.source.blocks[b]):
            return []  # headings and questions are never what a pronoun refers to
        para = self.scene.paragraphs[b]
        tokens = para.tokens
        out: list[Entity] = []
        for s, e in para.sentences:
            subj = sentence_subject(tokens, s, e)
            subject_start = subj[0].start if subj else -1
            place_end = -2
            k = s
            while k < e:
                if not tokens[k].capital:
                    k += 1
                    continue
                run_end = k
                while run_end < e and (tokens[run_end].capital or inside_name(tokens, run_end, e)):
                    run_end += 1
                start = np_start(tokens, run_end - 1, s)
                of = next((x for x in range(k + 1, run_end) if tokens[x].low == "of"), -1)
                if of > 0 and (start is None or start > k):
                    # "Juan Manriquez of Oakland carried …", "Ada Holm of the union": a name, then where they are from.
                    run_end, start = of, np_start(tokens, of - 1, s)
                if start is None:
                    k = run_end
                    continue
                m = classify(tokens, start, run_end)
                if (
                    m is not None
                    and subj
                    and (subj[0].start, subj[0].kind) == (m.start, "description")
                    and subj[0].end > m.end
                    and common_plural(m.name)
                ):
                    k = run_end  # "Aides to Ada Holm were furious": the whole phrase is the subject, read below
                    continue
                tag = k > 0 and tokens[k - 1].text == "(" and run_end - k <= 2  # "(R)", "(D-Mo.)"
                # A title alone ("Chief engineer Tom Keel" read from "Chief") names nobody.
                # So is a role made of titles, parties and places ("Iowa Republican", "Conservative").
                bare_title = m is not None and (
                    all(w.lower().rstrip(".") in TITLE_WORDS for w in m.name.split())
                    or (run_end + 1 < e and tokens[run_end].low in TITLE_WORDS and tokens[run_end + 1].capital)
                    or (
                        m.kind == "person"
                        and role_only(f"{m.title} {m.name}".split())  # "Former Arizona (Gov. …)"
                        and not people_plural(m.name.split()[-1])  # "Officials", "Iowa Democrats" are a "they"
                        and not self._known(m.name)  # "Cuban" of Mark Cuban
                    )
                )
                # "in Fayetteville", "near Lake Winola": a place, whatever its shape ("in Trump's view" is not),
                # and so is the lone word that follows it after a comma ("in Dayton, Ohio").
                place = (
                    m is not None
                    and m.kind == "person"
                    and start > s
                    and not possessive(tokens[run_end - 1])
                    and (
                        tokens[start - 1].low in _LOCATIVES
                        or (" " not in m.name and town_of_state(tokens, run_end, e, m.title))
                        or (
                            start == place_end + 1
                            and tokens[place_end].text == ","
                            and not m.title
                            and " " not in m.name
                            and not self._known(m.name)
                        )
                    )
                )
                if place:
                    place_end = run_end
                if (
                    m is not None
                    and m.kind in {"person", "org"}
                    and not tag
                    and len(m.name) > 1
                    and not bare_title
                    and not place
                    and not a_place(m, self.index, text=self.scene.source.raw)
                    and not lone_capital(self.scene, self.index, b, m, None)
                    and not title_word(tokens, run_end, m, self.index)
                    and m.name.rstrip(".!?").lower() not in NOT_NAMES  # "…: No.", an answer
                ):
                    # "While Mr. Abe praised Mr. Trump, he …": the subject of a fronted clause is a subject too.
                    fronted = start == s + 1 and tokens[s].low in SUBORDINATORS
                    # "…, said Rick Tyler, a consultant.": the one an inverted cue names is who spoke.
                    inverted = (
                        start >= s + 2
                        and _is_verb(tokens[start - 1])
                        and not tokens[start - 1].low.endswith("ing")
                        and (tokens[start - 2].text == "," or tokens[start - 2].kind == "q")
                        and (run_end >= e or tokens[run_end].text in {",", ".", ";"})
                    )
                    # "…, Biden said.": the one a closing cue names spoke; the clause before is what they said.
                    closing = start > s and tokens[start - 1].text == "," and run_end < e and _is_verb(tokens[run_end])
                    closing = closing and (run_end + 1 >= e or tokens[run_end + 1].text in {".", ";"})
                    # "state Rep. Ada Holm …": the subject's name, after titles the entity's phrase leaves out.
                    titled = subj is not None and subj[0].kind == "person" and subj[0].name == m.name
                    # "It was Trump who commanded …": the one a cleft puts first is its sentence's subject.
                    cleft = start > s + 1 and tokens[start - 2].low == "it" and tokens[start - 1].low in {"was", "is"}
                    cleft = cleft and run_end < e and tokens[run_end].low == "who"
                    subject = m.start == subject_start or titled or fronted or inverted or closing or cleft
                    # "Senate aides were furious": a body naming a group of people is not itself the subject.
                    subject = subject and not (m.kind == "org" and run_end < e and people_of(tokens[run_end]))
                    # "Brandt's deputy disagreed": the owner is not the subject, their deputy is ("Tuttle's article
                    # attacked …" is still about Tuttle).
                    subject = subject and not (
                        possessive(tokens[run_end - 1]) and run_end < e and _someone_of(tokens[run_end])
                    )
                    out.append(Entity(b, m.start, m, subject))
                    if m.kind == "person":
                        self._note_titles(m, tokens, run_end, e, subject_start, (s, start))
                k = run_end
            # "Ada Holm and Jo Ruiz welcomed it." ¶ "“…,” they said": two people named together are a "they".
            if subj and (subj[0].kind in {"description", "pronoun"} or subj[0].members):
                out.append(Entity(b, subj[0].start, subj[0], True))
            out += self._cue_pronouns(b, s, e, subject_start)
        out.sort(key=lambda ent: ent.pos)
        return out

    def _cue_pronouns(self, b: int, s: int, e: int, subject_start: int) -> list[Entity]:
        """The pronoun of a cue set off inside its sentence ("A wall, she said, would stop it.", "“…,” she
        wrote."): the subject of that cue, so a "she" further on can follow it back to the one it stands for."""
        tokens = self.scene.paragraphs[b].tokens
        out = []
        for j in range(s + 1, e - 1):
            tok = tokens[j]
            if (
                tok.low in {"he", "she", "they"}
                and tok.start != subject_start
                and (tokens[j - 1].text == "," or tokens[j - 1].kind == "q")
                and _is_verb(tokens[j + 1])
                and (j + 2 >= e or tokens[j + 2].text in {",", ".", ";"})
            ):
                out.append(Entity(b, tok.start, Mention(tok.start, tok.end, tok.text, "pronoun", tok.low), True))
        return out

    def _known(self, word: str) -> bool:
        """A word this article names someone by in full ("Cuban" of Mark Cuban): another article's
        "Arizona Diamondbacks" does not make "Arizona" a given name here."""
        known = self._known_here.get(word)
        if known is None:  # asked once per word: the index forgets its own answers as it learns
            known = self._known_here[word] = self.index.knows(word) and self.index.knows_in(word, self.scene.source.raw)
        return known

    def _note_titles(
        self, m: Mention, tokens: tuple, after: int, e: int, subject_start: int = -1, before: tuple[int, int] = (0, 0)
    ) -> None:
        words = self.titles.setdefault(m.name, set())
        note_titles(words, m, tokens, after, e, subject_start, before)
        for w in words:
            self._titled[w].add(m.name)

    def one_person(self, m: Mention, pronoun: str) -> bool:
        """A mention "he" or "she" can stand for: a person of that gender, not a plural noun like "Aides"."""
        if m.kind != "person" or m.name.lower() in PLURAL_PEOPLE or ends_in_people(m.name.split()):
            return False  # "Rohingya Muslims" are a people
        if " " not in m.name and people_plural(m.name) and not self.index.knows(m.name):
            return False  # "Narcissists can achieve great things.": no one's name ("Sanders" is known in full)
        return self.gender_fits(m.phrase, pronoun)

    def key(self, phrase: str) -> str:
        return self.index.key_for(phrase, self._prefer, named=self._named)

    def gender_fits(self, phrase: str, pronoun: str) -> bool:
        want = PRONOUN_GENDERS.get(pronoun)
        if want is None:
            return True
        asked = (phrase, self._by_name)
        if asked in self._genders:
            known = self._genders[asked]
        else:  # asked for every pronoun: worked out once per phrase (the index does not change meanwhile)
            key = self.key(phrase)
            known = self._genders[asked] = self.index.gender(key, self._by_name) or honorific_gender(phrase)
        return known is None or known == want

    def antecedent(self, b: int, pos: int, pronoun: str) -> Entity | None:
        """The person "he"/"she" (or the group "they") at ``pos`` in paragraph ``b`` refers to.

        Given names tell genders only to choose between people: where none fits
        by them, the text's own clues decide alone, so "Jo Ruiz … he said" is
        still Ruiz ("Jo" is mostly a woman's name in the census, not always).
        """
        found = self._antecedent(b, pos, pronoun)
        if found is None and pronoun in {"he", "she"}:
            self._by_name = False
            try:
                found = self._antecedent(b, pos, pronoun)
                if found is None:
                    # "Carrier … “…,” he said": a lone capitalised word is a person only where no one else is.
                    self._sure = False
                    found = self._antecedent(b, pos, pronoun)
            finally:
                self._sure = self._by_name = True
        return found

    def _antecedent(self, b: int, pos: int, pronoun: str, depth: int = 0) -> Entity | None:
        """:meth:`antecedent`, by the genders :meth:`gender_fits` reads now.

        A sentence whose subject is the same pronoun passes it on: in "Holm spoke. ¶ He thanked
        them. ¶ He talked on. ¶ He vowed “…”" every "he" is Holm, however many paragraphs back.
        """
        plural = pronoun == "they"
        floor = participle_floor(self.scene, b, pos)
        fallback: Entity | None = None
        answer = depth == 0 and not plural and replying(self.scene, b, pos)
        askers: list[tuple[int, int, int]] = []  # (paragraph, from, to): who asked, never who answers
        for block in self.scene.back(b, 3, quoted=False):
            candidates = [ent for ent in self.entities(block) if block != b or ent.pos < min(pos, floor)]
            if block == b or plural:
                # A quotation's speaker before the pronoun counts as a subject (of "they", two named together).
                upto = pos if block == b else 1 << 30
                candidates += speakers_before(self.scene, self._ending_in[block], block, upto, plural)
            ranked = sorted(candidates, key=lambda ent: (ent.subject, ent.pos), reverse=True)
            silent = {last_name(ent) for ent in candidates if ent.subject and said_nothing(self.scene, ent)}
            for ent in ranked:
                m = ent.mention
                if silent and last_name(ent) in silent:
                    continue  # "Lind did not respond to a request for comment. “…,” she added": not Lind
                if answer and ent.subject and (asking := questioner(self.scene, ent, pronoun)) is not None:
                    # "Ruiz asked Holm about it. “…,” she replied": Holm answers, whoever Ruiz is.
                    start, verb, asked = asking
                    put = next((x for x in self.entities(block) if x.pos == asked), None)
                    if put is not None and put.mention.kind == "person" and self.one_person(put.mention, pronoun):
                        return put
                    askers.append((block, start, verb))
                if any(block == k and start <= ent.pos < verb for k, start, verb in askers):
                    continue
                if plural and (
                    m.kind in {"org", "group"}
                    or m.members
                    # A subject that can speak: "they" after "The deal sparked criticism" is not the deal.
                    or (m.kind == "description" and ent.subject and description_type(m.name) is not None)
                    or (m.kind == "person" and m.name.lower() in PLURAL_PEOPLE)
                ):
                    return ent
                if not plural and self.one_person(m, pronoun) and not (self._sure and self._lone(ent)):
                    return ent
                if m.kind == "pronoun" and m.name == pronoun and ent.subject and depth < _PRONOUN_CHAIN:
                    return self._antecedent(ent.block, ent.pos, pronoun, depth + 1)
                if not plural and m.kind == "description" and ent.subject and depth < _PRONOUN_CHAIN:
                    # "The Israeli leader spoke. ¶ “…,” he said": the one the description stands for.
                    named = self.described(ent.block, ent.pos, m)
                    if named is not None and self.one_person(named.mention, pronoun):
                        return named
                    if named is None and someone_owned(m.text, pronoun) and not self._named_beside(ent):
                        return fallback or ent  # "Her deputy disagreed. “…,” he said": the deputy, not her
                    if named is None and someone_unnamed(m.text, pronoun) and not self._named_beside(ent):
                        return fallback or ent  # "A delegate said he tried …"; not past a nearer "the senator"
                    if named is None and fallback is None and someone_described(m.text, pronoun):
                        # "The mayor struck a defiant tone. “…,” she said", no one named before her: the mayor,
                        # whom another outlet may name.
                        fallback = ent
            if block == b and not plural and (last := self._last_speaker(b, pronoun)):
                return last
            if block == b and not plural and fallback is None and depth:
                fallback = self._last_described(b, pronoun)
        return fallback

    def _lone(self, ent: Entity) -> bool:
        """A lone capitalised word, no subject, that names no one the story names in full ("when it comes to
        Carrier", "from Nice"): a "he" or "she" stands for it only where no one else fits."""
        m = ent.mention
        lone = not ent.subject and " " not in m.name and not m.title and not is_given_name(m.name)  # not "Bob"
        return lone and "|" not in self.key(m.name)

    def _named_beside(self, ent: Entity) -> bool:
        """Whether the sentence of ``ent`` names a person too ("a worker named Ada Holm", "A reporter asked Holm")."""
        para = self.scene.paragraphs[ent.block]
        s, e = para.sentence_at(para.token_at(ent.pos))
        lo, hi = para.tokens[s].start, para.tokens[e - 1].end
        inside = range(ent.mention.start, ent.mention.end)  # not a name inside it: the owner of "Brandt's deputy"
        return any(
            x.mention.kind == "person" and lo <= x.pos < hi and x.pos not in inside
            for x in self.entities(ent.block)
            if x is not ent
        )

    def _last_speaker(self, b: int, pronoun: str) -> Entity | None:
        last = last_quoted(self.scene, self.entities, self.scene.back(b, 2)[-1])
        if last is None or last[2]:
            return None  # "… a sign that read “15%!” Her father, Brad, worried …": the narration moved on
        m = last[0].mention
        return Entity(last[0].block, m.start, m, True) if self.one_person(m, pronoun) else None

    def _last_described(self, b: int, pronoun: str) -> Entity | None:
        """The unnamed person of the paragraph before, whom a "she" there goes on with (see :func:`speaks_on`)."""
        last = last_quoted(self.scene, self.entities, b - 1)
        if last is None or last[1] != b - 1 or self.described(last[0].block, last[0].mention.start, last[0].mention):
            return None  # no quotation there, or "the Florida senator", whom the narration names
        m = last[0].mention
        after = [e.mention for e in last[2] if e.pos != m.start]  # not its own inverted cue ("said the woman")
        return Entity(last[0].block, m.start, m, True) if speaks_on(m, after, pronoun) else None

    def described(self, b: int, pos: int, m: Mention) -> Entity | None:
        """The one named earlier that "the senator" or "the company" stands for."""
        words = place_first([re.sub(r"['’]s?$", "", w) for w in m.text.lower().split()])
        if (words[0] == "both" or words[:2] == ["the", "two"] or words in _TWO_OF_THEM) and len(words) <= 3:
            # "Both women", "the two leaders", "the pair": the two people the article named together.
            pair = last = self._antecedent(b, pos, "they")
            if last is None or (len(words) == 2 and named_since(self.entities, last, b, pos)):
                return None  # "Vi Lund met Una Falk. “…,” the two said": not the pair named before them
            if last.mention.kind == "description" and last.mention is not m:
                pair = self.described(last.block, last.pos, last.mention)  # "Both women said …" ¶ "the pair said"
            return pair if pair is not None and len(pair.mention.members) == 2 else None
        if words in (["the", "former"], ["the", "latter"]):
            return one_of_two(self.entities, b, pos, words[1] == "latter")
        if words[0] not in {"the", "this"} or len(words) > 6:
            return None  # "a spokesman", "one official": someone unnamed
        head = words[-1]
        if head in ISSUED_NOUNS:
            return issuer(self.scene, self.entities, b, pos, head)
        person = head in ROLE_NOUNS or head in PARTY_MEMBERS or head.endswith("-year-old")
        if not (person or head in ORG_WORDS or head in ORG_HEADS or head in BODY_HEADS):
            return None  # "the suit", "the report": a document, named as such
        if (found := self._described(b, pos, words, person)) is not None or person:
            return found
        return nearest_body(self.scene, self.entities, self.cued, b, pos, head, m.text)

    def _described(self, b: int, pos: int, words: list[str], person: bool) -> Entity | None:
        """:meth:`described` for a description of a person or a body, by its title or the words of its name."""
        head = words[-1]
        best: tuple[tuple[int, int], Entity] | None = None
        for block in range(b, -1, -1):
            if block != b and block <= self._read_to:
                # Every paragraph from here back is read (no title is learnt on the way): the index answers.
                return self._described_before(block, words, person, best)
            for ent in reversed([ent for ent in self.entities(block) if block != b or ent.pos < pos]):
                e = ent.mention
                if e.kind == "org" and not person:
                    names = {w.lower().strip(".") for w in e.name.split()}
                    if head in names or names & ORG_HEADS.get(head, set()):
                        return ent
                elif person and best is None and unnamed_role(e.text, e.kind) == head:
                    return ent  # "One adviser close to the White House said …" ¶ "the adviser said": no name
                elif e.kind == "person" and person and fits_title(words, titles := self.titles.get(e.name, set())):
                    # "the Florida senator": of the senators named, the one from Florida; else the latest.
                    fit = title_fit(words, titles)
                    if best is None or fit > best[0]:
                        best = (fit, ent)
        return best[1] if best else None

    def topic(self, b: int, pos: int, m: Mention, i: int) -> Entity | None:
        """The named person a description no one named holds stands for: who the sentence before was about.

        Reporters vary a name ("Marco Rubio spoke first. … The Florida senator said …"): a singular "the" + a
        person's noun is the narration's last person, in this paragraph or the one before, if the named subject
        of their sentence. Not of another gender or title ("Mayor Bo Lind … the candidate said"), nor plural;
        not when its noun came up before ("the minister's spokesman said … the spokesman said"), the person
        asked or the quotation before is a question (the description answers), or the words name the person.
        """
        words = [re.sub(r"['’]s?$", "", w) for w in m.text.lower().split()]
        head = words[-1]
        if words[0] != "the" or len(words) > 5 or head in _NO_TOPIC or description_type(m.text) != "unnamed":
            return None  # "the aide" is another's; a group or a body is no one person
        if i and b - self.scene.last[i - 1][0] <= 1 and (put := put_to(self.scene, self.entities, i - 1)):
            return put if self.holds(put.mention.name, words) else None  # the one asked answers
        found = None
        window: list[int] = []
        para = self.scene.paragraphs[b]
        first = para.tokens[para.sentence_at(para.token_at(pos))[0]]
        # A sentence opening with a phrase ("In an interview with Joe Scarborough, the candidate said"): the
        # people in it are not who the sentence is about.
        opens = first.start if first.low in PREPOSITIONS else pos
        for block in range(b, max(-1, b - 4), -1):
            if is_heading(self.scene.source.blocks[block]) or len(window) == 2:
                continue
            window.append(block)
            cued = self.cued(block, i)  # "“…,” Sanders responded.": a cue names the subject of its sentence
            for ent in reversed(self.entities(block)):
                e = ent.mention
                subject = ent.subject or (e.start, e.end) in cued
                if block == b and ent.pos >= pos:
                    continue
                after = self.scene.paragraphs[block].text[e.end : e.end + 1]  # "Trump's plan", "the Clintons' home"
                owner = e.text.endswith(POSSESSIVE_ENDS) or after in _MARK
                if e.kind == "org" or (not subject and owner):
                    continue  # "Rubio thanked the RNC", "… Trump's plan": an organisation, an owner, no other speaker
                if not subject and (lead := led_by(self.scene, self.entities, block, ent, b, pos)) is not None:
                    # "Reid would not say if he prefers Trump or Cruz. The leader said"
                    ent, e, subject = lead, lead.mention, True
                if not subject and e.kind == "person" and not self.holds(e.name, words):
                    continue  # "… the bigotry of Republican front-runner Donald Trump": not "the Democratic candidate"
                if block == b and ent.pos >= opens and not subject:
                    continue
                if subject and e.kind == "pronoun" and e.name in {"he", "she"}:
                    # "Rubio spoke first. He thanked them. … The Florida senator said": who "he" is; and "The former
                    # governor noted … “…,” the Texan said": whom the description before stands for.
                    ent = self._antecedent(block, ent.pos, e.name) or ent
                elif subject and e.kind == "description" and e is not m:
                    ent = self.described(block, ent.pos, e) or ent
                if ent.mention.kind != "person" or ent.mention.members or not subject:
                    return None  # someone else, unnamed or not the subject, came last
                found = ent
                break
            if found is not None:
                break
        if found is None or not self.one_person(found.mention, "they"):
            return None
        # Not one the quote or the rest of its sentence names: "the candidate said of running against Mr. Trump".
        if named_in_own_words(self.scene, i, b, pos, found.mention.name) or not self.holds(found.mention.name, words):
            return None
        if not all(self.gender_fits(found.mention.phrase, p) for p in told_genders(words)) or asks(self.scene, found):
            return None
        since = named_or_asked_since(self.scene, self._ending_in, window, found, words, (b, pos, i), self.titles)
        return None if since else found

    def cued(self, block: int, before: int | None = None) -> set[tuple[int, int]]:
        """Where the cues in paragraph ``block`` of the quotations before ``before`` name their speakers (a cue
        before a quotation may stand in the paragraph before it: "X said:" ¶ “…”)."""
        near = (*self._ending_in[block], *self._ending_in[block + 1])
        upto = len(self.scene.hits) if before is None else min(before, len(self.scene.hits))
        hits = (self.scene.hits[n] for n in near if n < upto)
        return {(h.mention.start, h.mention.end) for h in hits if h is not None and h.block == block}

    def holds(self, name: str, words: list[str]) -> bool:
        # Other outlets' titles too: "the Chinese leader" is not the one they call the Saudi crown prince.
        story = self.index.titles_of(self.key(name))
        return may_hold(name, words, self.titles) and not (story and placed_elsewhere(words, set(story)))

    def _holders(self, head: str) -> list[str]:
        """The names seen with a title that fits ``head``, in a fixed order."""
        heads = LEADERS if head == "leader" else (head,)
        return sorted({name for w in heads for name in self._titled.get(w, ())})

    def _described_before(
        self, last: int, words: list[str], person: bool, best: tuple[tuple[int, int], Entity] | None
    ) -> Entity | None:
        """What :meth:`described` finds going on back from paragraph ``last`` to the first, through the index.

        The same answer as reading each paragraph back: the latest organisation
        that fits, or of the people holding the title, the one whose titles
        share most words with the description (the latest on a tie), unless
        ``best``, met before, shares as many.
        """
        head = words[-1]

        def latest(mentions: list[tuple[int, int, Entity]]) -> tuple[int, int, Entity] | None:
            at = bisect_left(mentions, (last + 1,))
            return mentions[at - 1] if at else None

        if not person:
            orgs = [m for w in sorted({head} | ORG_HEADS.get(head, set())) if (m := latest(self._orgs.get(w, [])))]
            return max(orgs, key=lambda m: m[:2])[2] if orgs else None
        found: list[tuple[tuple[int, int], int, int, Entity]] = []
        for name in self._holders(head):
            if fits_title(words, self.titles[name]) and (m := latest(self._people.get(name, []))):
                found.append((title_fit(words, self.titles[name]), m[0], m[1], m[2]))
        unnamed = latest(self._unnamed.get(head, []))
        if found:
            overlap, *at, ent = max(found, key=lambda f: f[:3])
            if best is None and unnamed is not None and unnamed[:2] > tuple(at):
                return unnamed[2]  # an unnamed adviser met after the last named one
            if best is None or overlap > best[0]:
                return ent
        if best is None and unnamed is not None:
            return unnamed[2]
        return best[1] if best else None
