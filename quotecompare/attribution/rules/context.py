"""Stage 3, attribution rules with no cue of their own: ``clause_subject``, ``introduced``, ``continuation``, ``narration``.

They credit a quotation from what surrounds it: the subject of the clause that
holds a partial quote, a cue and a colon closing the paragraph before, the
previous quotation's speaker, or a sentence about someone just before it.
"""

from __future__ import annotations

import re
from functools import cache

from quotecompare.attribution.kinds import description_type
from quotecompare.attribution.mentions import (
    Mention,
    can_speak,
    classify,
    subject_before,
)
from quotecompare.attribution.names import honorific_gender
from quotecompare.attribution.narration import Paragraph, Tok, skip_adverbs_back
from quotecompare.attribution.rules.clauses import (
    _INVERTING,
    _clause_floor,
    _earlier_subject,
    _in_fronted_clause,
    _is_verb,
    _noun_use,
    _subject_phrase,
    _token_after,
    sentence_subject,
)
from quotecompare.attribution.rules.openers import OPENERS, fronted_end, is_comma
from quotecompare.attribution.scene import Hit, Scene, is_heading
from quotecompare.text.given_names import given_gender
from quotecompare.text.lexicon import (
    AUXILIARIES,
    BE_FORMS,
    PRONOUN_GENDERS,
)
from quotecompare.text.lexicon import PAST_FORMS as _PAST_FORMS


def narration(scene: Scene, i: int) -> Hit | None:
    """A quotation opening its sentence after a sentence about someone: that person speaks.

    ``Holm rejected the offer on Monday. “It is far too little.”``
    The sentence before must be in the same paragraph and hold no quotation.

    >>> demo("Ada Holm rejected the offer on Monday. “It is far too little.”")
    ('narration', 'Ada Holm', None)
    """
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    s, _ = para.sentence_at(t)
    if s == 0:
        return None
    if t != s:
        # "As a result, there's still “a very powerful industry …”": nobody in this sentence speaks.
        first = fronted_end(tokens, s, t)
        # "there's", "it’s": the same empty subjects, contracted.
        if first >= t or re.sub("['’]s$", "", tokens[first].low) not in {"there", "it", "this", "that"}:
            return None
    ps, pe = para.sentence_at(s - 1)
    if any(tok.kind == "q" for tok in tokens[ps:pe]):
        return None
    for k in range(ps, pe):
        if _is_verb(tokens[k]):
            m = subject_before(tokens, k, ps)
            if m is not None and m.kind in {"person", "org", "group", "pronoun"}:
                return Hit(m, b, None)
    subj = sentence_subject(tokens, ps, pe)
    if subj and subj[0].kind in {"person", "org", "group", "pronoun"}:
        return Hit(subj[0], b, None)
    return None


def clause_subject(scene: Scene, i: int) -> Hit | None:
    """A quotation inside a sentence about someone: that sentence's subject says it.

    ``X called the plan “…”``, ``X exhorted voters to “…”``, ``X’s letter makes
    the case: “…”``. Short phrases (a title, a scare quote) are left alone;
    so are quotations that open their sentence.

    >>> demo("Ada Holm backed the plan as “the only way forward.”")
    ('clause_subject', 'Ada Holm', None)
    """
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    s, _ = para.sentence_at(t)
    if t == s:
        return None
    # "… not for “judges” or “legislators”": a quote after another in the same sentence, with no
    # cue of its own between them, is the same speaker's.
    for k in range(t - 1, s - 1, -1):
        tok = tokens[k]
        if tok.kind == "q" and tok.quote < i and tok.quote not in scene.terms:
            # "… that X called “…,” Y expressed a wish to “…”": a new subject and verb between them.
            comma = k + 1 < t and tokens[k + 1].text == ","
            after = k + 2 if comma else k + 1
            closed = comma or is_comma(tok)  # not "X says his “friend” Y ran “…”": one phrase, X's report
            subj = sentence_subject(tokens, after, t) if closed and after < t and tokens[after].capital else None
            prev = scene.hits[tok.quote]
            if subj is None and prev is not None and prev.rule == "owner":
                # "X called Y’s claim of a “right” “disturbing”": the owner's words, then the subject's.
                subj = sentence_subject(tokens, s, t)
                subj = subj if subj is not None and subj[0].start < tok.start else None
            new = subj is not None and subj[0].kind in {"person", "org", "group"}
            if new and subj and (prev is None or prev.mention.name != subj[0].name):
                return Hit(subj[0], b)
            return Hit(prev.mention, prev.block, of=tok.quote, rule=continuation.__name__) if prev else None
    if _in_fronted_clause(scene, i):
        # "Acknowledging that X “…,” though, Allen did suggest": the main clause's subject.
        main = _main_clause(scene, i)
        return Hit(main, b) if main is not None else None
    floor = _clause_floor(scene, b, t)
    # "Paul Ryan worried that the safety net was becoming “…”": the one whose thought "that" reports.
    for p in range(t - 1, floor, -1):
        if tokens[p].low == "that" and tokens[p].kind == "w":
            v = _reporting_verb(tokens, skip_adverbs_back(tokens, p, floor) - 1, floor)
            if v > floor and tokens[v].low in _ATTITUDES and _reports(tokens, v - 1):
                v -= 1  # "X expressed frustration (in an interview) that …": the verb before the feeling
            if v >= floor and _reports(tokens, v):
                # A long subject ("A memo drafted in May concluded") or a second verb ("X lives there
                # and wrote"): the subject of the verb before, else the sentence's.
                m = subject_before(tokens, v, floor)
                if m is None and not tokens[v].low.endswith("ing"):
                    m = _earlier_subject(tokens, s, floor, v)
                # "A legal memo … concluded that X was “…”": a document or unnamed official reports too.
                if m is not None and (
                    share_of_people(m.text) or (can_speak(m) and (m.kind != "description" or _reporter(m, tokens[v])))
                ):
                    return Hit(m, b)
            break
    m = _earlier_subject(tokens, s, floor, t)
    copula = m is not None and any(x.low in BE_FORMS for x in tokens[_token_after(tokens, m.end) : t])
    if m is not None and copula and m.kind == "description" and description_type(m.text) in {None, "document"}:
        # "Holm believes the plan is “a disaster”": the plan is what the words describe, Holm who says so.
        subj = sentence_subject(tokens, s, t)
        m = subj[0] if subj and subj[0].start < m.start and subj[0].kind in {"person", "org"} else m
    return Hit(m, b) if can_speak(m) else None


@cache  # compiled on first use: few stories have a poll, and every build pays for what is compiled at import
def _share() -> re.Pattern[str]:
    return re.compile(
        r"(?:[\d.,]+|[a-z-]+)\s+(?:percent|per\s+cent|%)\s+of\s+\w|(?:a|the)\s+(?:majority|plurality|minority)\s+of\s+\w",
        re.I,
    )


def share_of_people(text: str) -> bool:
    """A poll's share of a group: "52 percent of registered voters agreed that …", "a majority of voters".

    >>> share_of_people("52 percent of registered voters"), share_of_people("the plan")
    (True, False)
    """
    return _share().match(text) is not None


def _reporter(m: Mention, verb: Tok) -> bool:
    """A description that reports with a finite verb: a document, an official, a group ("a memo concluded").

    Before a participle a description is what it modifies ("the polls closed stating that"), so no.
    """
    return not verb.low.endswith("ing") and description_type(m.text) is not None


def _reporting_verb(tokens: tuple[Tok, ...], v: int, lo: int) -> int:
    """The verb before "that", past a short phrase of medium or listener: "wrote in an email to the paper that".

    ``v`` is the token before "that"; returns the verb's index, or ``v`` when no such phrase is there.
    """
    for k in range(v, max(lo, v - _REPORT_PHRASE) - 1, -1):
        tok = tokens[k]
        if tok.kind != "w":
            return v
        if (
            tok.low in _MEDIUM_PREPOSITIONS
            and k > lo
            and k < v
            and (_is_verb(tokens[k - 1]) or tokens[k - 1].low in _ATTITUDES)
            and not _noun_use(tokens, k - 1)
        ):
            return k - 1
    return v


# Feelings and views a verb before them voices, whose "that" clause is the subject's: "expressed
# frustration that", "voiced concern in a speech that".
_ATTITUDES = frozenset(
    "frustration concern concerns fear fears hope hopes doubt doubts confidence optimism belief view anger"
    " outrage dismay disappointment skepticism scepticism suspicion worry worries regret alarm".split()
)


_REPORT_PHRASE = 7  # words: "in an email to the Daily Star"
_MEDIUM_PREPOSITIONS = frozenset("in on to during via".split())


def _reports(tokens: tuple[Tok, ...], v: int) -> bool:
    """A verb that can take a "that" clause: "worried", "believes", "sniped", "accepted"."""
    tok = tokens[v]
    if tok.kind != "w" or tok.capital or tok.low in AUXILIARIES:
        return False
    low = tok.low
    if _noun_use(tokens, v):
        return False  # "an inspector general's report that …": a noun's clause, reported by no one here
    return _is_verb(tok, trailing=True) or low in _PAST_FORMS or low.endswith("s")


def _main_clause(scene: Scene, i: int) -> Mention | None:
    """The subject of the clause after a fronted one that holds quotation ``i``."""
    b, t = scene.last[i]
    tokens = scene.paragraphs[b].tokens
    _, e = scene.paragraphs[b].sentence_at(t)
    k = t + 1 if is_comma(tokens[t]) else next((c + 1 for c in range(t + 1, e) if is_comma(tokens[c])), e)
    while k < e and tokens[k].low in OPENERS | {","}:
        k += 1
    subj = sentence_subject(tokens, k, e)
    return subj[0] if subj and can_speak(subj[0]) else None


def _aside_start(tokens: tuple[Tok, ...]) -> int:
    """Where sentences set in parentheses at the end of a paragraph begin; its length if none do."""
    if len(tokens) < 4 or tokens[-1].text != ")":
        return len(tokens)
    opened = next((k for k in range(len(tokens) - 2, -1, -1) if tokens[k].text in {"(", ")"}), -1)
    if opened > 0 and tokens[opened].text == "(" and tokens[opened - 1].text in {".", "!", "?"}:
        return opened
    return len(tokens)


def introduced(scene: Scene, i: int) -> Hit | None:
    """A quoted paragraph after one that ends ``X said:`` (or ``X echoed:``), or an excerpt under a round-up's
    topic label (``On China: “…”``, :func:`excerpt`).

    >>> demo("Jo Ruiz, a voter, put it this way:\\n\\n“We are done.”")
    ('introduced', 'Jo Ruiz', 'put')
    >>> demo("Stated Ruiz:\\n\\n“We are done.”")
    ('introduced', 'Ruiz', 'Stated')
    """
    b, t = scene.first[i]
    own = scene.paragraphs[b].tokens
    first = next((k for k, tok in enumerate(own) if tok.text not in _BULLETS), 0)  # "- On China: “…”" too
    if t > first + 1 and own[t - 1].text == ":" and own[first].capital and own[first].low in TOPIC_WORDS:
        return excerpt(scene, i, b)  # "On Wall Street: “…”": a round-up's excerpt under its topic
    if b == 0 or not _opens(own, t) or is_heading(scene.source.blocks[b - 1]):
        return None
    prev = scene.paragraphs[b - 1].tokens
    # "Holm also spoke about the case. (The law requires …)" ¶ “…”: an aside in parentheses closing the
    # paragraph is no part of what introduces the quotation.
    prev = prev[: _aside_start(prev)]
    if len(prev) < 3 or any(tok.kind == "q" for tok in prev[-2:]):
        return None
    if prev[0].low in TOPIC_WORDS and prev[0].capital and prev[-1].text == ":":
        return excerpt(scene, i, b - 1)  # "On China:" ¶ “…”: the excerpt of a speech the article reports
    para = scene.paragraphs[b - 1]
    s, _ = para.sentence_at(len(prev) - 1)
    if prev[-1].text != ":":
        if not any(tok.kind == "q" for tok in prev[s:]) and (issued := _issued(prev, s, b - 1)) is not None:
            return issued
        # "Howard continued his scathing remarks." ¶ “…”: a one-sentence paragraph that announces them.
        if s != 0 or any(tok.kind == "q" for tok in prev):
            return None
        for k in range(s, len(prev) - 1):
            if _is_verb(prev[k]) and not _noun_use(prev, k):
                m = subject_before(prev, k, s)
                if m is not None and m.kind in {"person", "group"}:
                    return Hit(m, b - 1, prev[k].text)
        return None
    if prev[s].capital and prev[s].low in _INVERTING:
        # "Stated Stone:" ¶ “…”: the verb before its subject.
        m = _subject_phrase(prev, s + 1, len(prev) - 1)
        if can_speak(m) and m.kind != "pronoun" and _token_after(prev, m.end) == len(prev) - 1:
            return Hit(m, b - 1, prev[s].text)
    # "When the moderators yielded, Cruz replied:" ¶ “…”: the main clause's verb, past fronted clauses; the verb
    # nearest the colon, where a clause the fronting test misses ("That is, when …,") holds another.
    main = fronted_end(prev, s, len(prev) - 1)
    for lo in dict.fromkeys((main, s)):
        for k in range(len(prev) - 2, lo - 1, -1):
            if _is_verb(prev[k], trailing=True) or prev[k].low in {"put", "puts"}:
                m = subject_before(prev, k, lo)
                if can_speak(m):
                    return Hit(m, b - 1, prev[k].text)
    subj = sentence_subject(prev, s, len(prev) - 1)
    if subj and can_speak(subj[0]):
        return Hit(subj[0], b - 1, prev[subj[1]].text)
    # A round-up's label: "Ada Holm on China:" ¶ “…”, the topic a name, a place or none.
    on = next((k for k in range(s + 1, len(prev) - 1) if prev[k].low in TOPIC_WORDS), None)
    if on is not None and not any(_is_verb(tok) for tok in prev[on + 1 : -1]):
        m = classify(prev, s, on)
        if m is not None and m.kind in {"person", "org"}:
            return Hit(m, b - 1, prev[on].text)
    return None


_ISSUING = frozenset("issued released sent posted published".split())
_ISSUED = frozenset("statement letter memo message release response reply apology note email e-mail".split())


def _issued(prev: tuple[Tok, ...], s: int, block: int) -> Hit | None:
    """The one whose statement the paragraph before ends by announcing: "The Harbour Board issued a statement
    apologizing to the mayor." ¶ “…”. A body as much as a person: a statement is how a body speaks."""
    for k in range(s + 1, len(prev) - 2):
        if prev[k].low in _ISSUING and prev[k + 1].low in {"a", "an"} and prev[k + 2].low in _ISSUED:
            m = subject_before(prev, k, s)
            if m is not None and m.kind in {"person", "org", "group"}:
                return Hit(m, block, prev[k].text)
            return None
    return None


TOPIC_WORDS = frozenset({"on", "about", "regarding"})
_SPEECHES = frozenset("speech speeches remarks address interview testimony".split())


def excerpt(scene: Scene, i: int, label: int) -> Hit | None:
    """The speaker of a round-up's excerpt under a topic label ("On China:"): the one of the excerpt before it,
    else the person whose speech the article's narration just reported ("Ada Holm gave a speech …")."""
    if any(_is_verb(tok) for tok in scene.paragraphs[label].tokens if tok.kind == "w"):
        return None  # "On Monday, Holm said:" is a sentence, read as one
    j = _before(scene, i)
    prev = scene.hits[j] if j >= 0 else None
    if prev is not None and scene.last[j][0] == label - 1:
        return Hit(prev.mention, prev.block, of=j)
    for block in range(label - 1, max(-1, label - 4), -1):
        para = scene.paragraphs[block]
        if any(tok.kind == "q" for tok in para.tokens):
            return None  # other words came between
        for s, e in para.sentences:
            words = {tok.low for tok in para.tokens[s:e]}
            subj = sentence_subject(para.tokens, s, e)
            if subj and subj[0].kind == "person" and words & _SPEECHES:
                return Hit(subj[0], block, para.tokens[subj[1]].text)
    return None


def continuation(scene: Scene, i: int) -> Hit | None:
    """No cue: the quotation goes on from the previous one while the narration stays with its speaker.

    In the same paragraph any narration between the two must not turn to
    another subject; across paragraphs, the quotation must open its paragraph
    and the paragraph before must end with the previous quotation.
    """
    j = _before(scene, i)
    prev = scene.hits[j] if j >= 0 else None
    if prev is None:
        return None
    b, t = scene.first[i]
    pb, pt = scene.last[j]
    start = max(pt + 1, scene.used_until.get(j, 0))
    if pb == b:
        return None if _turns_away(scene.paragraphs[b], start, t) else Hit(prev.mention, prev.block, of=j)
    if b - pb != 1 or not _opens(scene.paragraphs[b].tokens, t):
        return None
    para = scene.paragraphs[pb]
    if _turns_away(para, start, len(para.tokens), prev.mention):
        return None
    return Hit(prev.mention, prev.block, of=j)


def _before(scene: Scene, i: int) -> int:
    """The quotation before ``i`` (-1 for none), a title or scare quote in between passed over: it does not
    break the speaker's run."""
    j = i - 1
    while j >= 0 and j in scene.terms:
        j -= 1
    return j


_BULLETS = frozenset("- – — • · * ▪".split())


def _opens(tokens: tuple[Tok, ...], t: int) -> bool:
    """Whether token ``t`` opens its paragraph, a list item's bullet aside ("- “Fund the library.”")."""
    return all(tok.text in _BULLETS for tok in tokens[:t])


def _turns_away(para: Paragraph, start: int, end: int, speaker: Mention | None = None) -> bool:
    """Narration between two quotations that holds a sentence of its own about someone: a person, a body, a
    group or a document, not a thing ("The files were found last year" leaves the paragraph its speaker)."""
    for s, e in para.sentences:
        if s >= start and e <= end and e - s >= 3 and (subj := sentence_subject(para.tokens, s, e)):
            m = subj[0]
            if speaker is not None and _same_one(m, speaker):
                continue
            if m.kind != "description" or description_type(m.name) is not None:
                return True
    return False


def _same_one(m: Mention, speaker: Mention) -> bool:
    """Whether a narration's subject is the speaker again: the same surname, or "he"/"she" after a person."""
    if m.kind == "pronoun":
        said = PRONOUN_GENDERS.get(m.name.lower())
        told = honorific_gender(speaker.text) or given_gender(speaker.name.split()[0])
        return speaker.kind == "person" and said is not None and told in {None, said}
    return m.kind == speaker.kind == "person" and m.name.split()[-1] == speaker.name.split()[-1]
