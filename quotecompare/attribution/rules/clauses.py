"""Stage 3, attribution rules: the grammar the rules share.

Subjects and subject phrases (past the openers :mod:`.openers` skips), appositions
and relative clauses stepped over, verbs told from nouns ("a Facebook post"), and
:func:`~quotecompare.attribution.mentions.can_speak`, what can be a speaker at all. No rule lives here.
"""

from __future__ import annotations

from quotecompare.attribution.mentions import (
    Mention,
    can_speak,
    classify,
    joint,
    np_start,
    phrase_at,
    possessive,
    prefer_named,
    subject_before,
)
from quotecompare.attribution.narration import QUOTE_END, Tok
from quotecompare.attribution.rules.openers import DASHES, OPENERS, fronted_end, is_comma
from quotecompare.attribution.scene import Scene
from quotecompare.attribution.titles import party_tag
from quotecompare.attribution.wordclass import PRESS_WORDS, WH_CLAUSE, bare
from quotecompare.text.lexicon import (
    AUXILIARIES,
    COMMUNICATION_NOUNS,
    DETERMINERS,
    PARTICLES,
    PREPOSITIONS,
    PURE_PREPOSITIONS,
    SPEECH_FORMS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TITLE_WORDS,
)
from quotecompare.text.lexicon import PAST_FORMS as _PAST_FORMS
from quotecompare.text.places import is_demonym

# Verbs whose subject a following "and said" or ", saying" shares (beyond speech verbs and "-ed" forms).
_VERBISH = frozenset("is was has had took made went gave cast put sent won lost ran tweeting".split())


_NON_VERBS_ED = frozenset("need indeed embed seed breed bed red shed speed feed weed".split())


def _is_verb(tok: Tok, trailing: bool = False) -> bool:
    """A speech verb; right after a quotation, any past-tense verb ("fumed", "exhorted") too."""
    if tok.kind != "w" or tok.capital:
        return False
    low = tok.low
    if low in SPEECH_FORMS:
        return True
    return trailing and low.endswith("ed") and len(low) > 4 and low not in _NON_VERBS_ED


# "X can be heard saying", "X was overheard telling", "X appears to say": a report of words someone
# was heard or seen to say, the speech verb after a verb of perceiving or seeming.
_PERCEIVED = frozenset("heard overheard seen caught filmed recorded".split())
_SEEMING = frozenset("appears appeared seems seemed appear seem".split())


def _perceived(tokens: tuple[Tok, ...], k: int, hi: int) -> int | None:
    """The index of the speech verb in "heard saying", "heard to say", "appears to say" at ``k``, or None.

    >>> from quotecompare.attribution.narration import read_paragraph
    >>> toks = read_paragraph("heard to say it", []).tokens
    >>> _perceived(toks, 0, len(toks)), _perceived(toks, 1, len(toks))
    (2, None)
    """
    if k + 1 >= hi or tokens[k].kind != "w" or tokens[k].capital:
        return None
    low, nxt = tokens[k].low, tokens[k + 1].low
    if low in _PERCEIVED and nxt.endswith("ing") and nxt in SPEECH_FORMS:
        return k + 1
    if (low in _PERCEIVED or low in _SEEMING) and nxt == "to" and k + 2 < hi and tokens[k + 2].low in SPEECH_FORMS:
        return k + 2
    return None


def _verb_text(tokens: tuple[Tok, ...], k: int) -> tuple[str, int]:
    """The cue as printed, with its particle ("shot back", "went on"), and the index after it."""
    if k + 1 < len(tokens) and (tokens[k].low, tokens[k + 1].low) in PARTICLES:
        return f"{tokens[k].text} {tokens[k + 1].text}", k + 2
    return tokens[k].text, k + 1


def _skip_appos_forward(
    tokens: tuple[Tok, ...], k: int, hi: int, any_verb: bool = False
) -> tuple[int, tuple[int, int] | None]:
    """After a name, skip its apposition or relative clause to the verb that follows it.

    ``X, 30, of Raleigh, N.C., who was polled, said`` -> the index of "said";
    ``X, who chairs the panel said`` (no closing comma) too.
    """
    if k < hi and tokens[k].text == "(":
        for c in range(k + 1, min(hi, k + 8)):
            if tokens[c].text == ")":
                k = c + 1
                break
    if k < hi and tokens[k].text in DASHES:
        # "X — a teacher from Dayton — said"
        for c in range(k + 1, min(hi, k + 30)):
            if tokens[c].text == tokens[k].text:
                return c + 1, (k + 1, c)
            if tokens[c].kind == "q" or tokens[c].text in {".", ";"}:
                break
    if k >= hi or tokens[k].text != ",":
        return k, None
    relative = k + 1 < hi and tokens[k + 1].low in {"who", "which"}
    for c in range(k + 1, min(hi, k + 45)):
        tok = tokens[c]
        if tok.text in {".", ";", ":", "!", "?"} or (tok.kind == "q" and len(tok.text.split()) > 4):
            break
        # "X, who starred in “Parks and Recreation,” posted": US style puts the closing comma inside the marks.
        if tok.text == "," or _ends_with_comma(tok):
            nxt = _skip_adverbs(tokens, c + 1, hi)
            verb = nxt < hi and _is_verb(tokens[nxt], trailing=True)
            lower = nxt < hi and tokens[nxt].kind == "w" and not tokens[nxt].capital
            # "X, her opponent, was in Pittsburgh": an auxiliary after the comma is the verb, whatever follows it.
            aux = tokens[c + 1].low in AUXILIARIES if c + 1 < hi else False
            if verb or (any_verb and (aux or (lower and tokens[nxt].low not in DETERMINERS | PREPOSITIONS))):
                return c + 1, (k + 1, c)
        elif relative and c > k + 2 and tok.low in SPEECH_FORMS and not tok.capital and not _said_later(tokens, c, hi):
            return c, (k + 1, c)
    return k, None


def _said_later(tokens: tuple[Tok, ...], c: int, hi: int) -> bool:
    """Whether a comma after token ``c`` hands over to a speech verb in the same sentence: in "X, who like
    others spoke on condition of anonymity, said" the clause runs to that comma, not to "spoke"."""
    for n in range(c + 1, hi):
        if tokens[n].text in {".", ";", ":", "!", "?"}:
            return False
        if tokens[n].text == "," and (nxt := _skip_adverbs(tokens, n + 1, hi)) < hi and tokens[nxt].low in SPEECH_FORMS:
            return True
    return False


def _ends_with_comma(tok: Tok) -> bool:
    """A quotation token whose words end with a comma inside the marks: “…,”."""
    return tok.kind == "q" and tok.text.rstrip(QUOTE_END).endswith(",")


def _skip_adverbs(tokens: tuple[Tok, ...], k: int, hi: int) -> int:
    while k < hi and tokens[k].kind == "w" and not tokens[k].capital:
        low = tokens[k].low
        if low in AUXILIARIES or (low.endswith("ly") and len(low) > 4):
            k += 1
        else:
            break
    return k


_DESCRIPTION_TAILS = frozenset("for of at with from in".split())  # "a lawyer for the family", "one of the owners"


def _apposition_after(tokens: tuple[Tok, ...], m: Mention, span_end: int, hi: int) -> tuple[int, int] | None:
    """The apposition after a subject phrase ending at ``span_end``: "X, a title," or, after a description,
    a name that ends the sentence ("“…,” said one protester, Jo Ruiz.")."""
    _, appos = _skip_appos_forward(tokens, span_end, hi)
    if appos is None and m.kind == "description" and span_end < hi and tokens[span_end].low in _DESCRIPTION_TAILS:
        # "said a lawyer for the family, Jo Ruiz.": past the description's own phrase to its comma.
        comma = next((k for k in range(span_end + 1, min(hi, span_end + 6)) if tokens[k].text == ","), span_end)
        tail = tokens[span_end + 1 : comma]
        span_end = comma if tail and all(t.kind == "w" and t.low not in SPEECH_FORMS for t in tail) else span_end
    if appos is None and m.kind == "description" and span_end + 1 < hi and tokens[span_end].text == ",":
        name = phrase_at(tokens, span_end + 1, hi)
        if name and (name[1] >= len(tokens) or tokens[name[1]].text in {".", ",", ";"}):
            appos = name
    return appos


def _subject_phrase(tokens: tuple[Tok, ...], j: int, hi: int, joined: bool = False) -> Mention | None:
    """A subject phrase starting at ``j``, a pronoun included; with ``joined``, "X and Y" too."""
    if j < hi and tokens[j].kind == "w" and tokens[j].low in SUBJECT_PRONOUNS:
        return classify(tokens, j, j + 1)
    span = phrase_at(tokens, j, hi)
    if span is None:
        return None
    m = classify(tokens, *span)
    end = span[1]
    if joined and end + 3 < hi and tokens[end].text == "," == tokens[end + 2].text and party_tag(tokens[end + 1].text):
        end += 3  # "Sen. Ada Holm, R-Ohio, and Rep. Tom Ruiz, D-Calif., said": past the first one's party tag
    if joined and m is not None and m.kind == "person" and end + 1 < hi and tokens[end].low == "and":
        other_span = phrase_at(tokens, end + 1, hi)
        other = classify(tokens, *other_span) if other_span else None
        # Not "Netanyahu and other Israeli leaders": a people's word cut off before its noun is no one's name.
        nxt = tokens[other_span[1]] if other_span is not None and other_span[1] < hi else None
        cut = nxt is not None and _lower_noun(nxt) and nxt.low.endswith("s") and nxt.low not in SPEECH_FORMS
        if other is not None and other.kind == "person" and not is_demonym(other.name) and not cut:
            return joint(tokens, m, other, j, end + 1)
    return m


def _clause_floor(scene: Scene, b: int, t: int) -> int:
    """Where the narration of quotation token ``t`` starts: its sentence, after earlier quotes and their cues."""
    para = scene.paragraphs[b]
    s, _ = para.sentence_at(t)
    floor = s
    for k in range(s, t):
        tok = para.tokens[k]
        if tok.kind == "q" and tok.quote not in scene.terms:
            floor = max(floor, k + 1, scene.used_until.get(tok.quote, 0))
    return floor


def sentence_subject(tokens: tuple[Tok, ...], s: int, hi: int) -> tuple[Mention, int] | None:
    """The subject of the sentence starting at ``s`` and the token after it (its verb), if any."""
    k = fronted_end(tokens, s, hi)
    if s < k < hi and tokens[k].low.endswith("ing") and not tokens[k].capital:
        return None  # "…, holding signs and chanting “…”": a participle's clause, its subject before the opener
    m = _subject_phrase(tokens, k, hi, joined=True)
    if m is None:
        return None
    span_end = _token_after(tokens, m.end)
    after, appos = _skip_appos_forward(tokens, span_end, hi, any_verb=True)
    after = _skip_adverbs(tokens, after, hi)
    if after + 2 < hi and tokens[after].text.isdigit() and tokens[after + 1].text == ",":
        after = _skip_adverbs(tokens, after + 2, hi)  # "Her father, Brad, 39, worried": an age after the apposition
    if after < hi and tokens[after].text.isdigit() and m.kind == "person" and " " not in m.name:
        m, after = _numbered(tokens, m, after, hi)  # "Article 33 affirms", "Isaiah 45:1 reads": a text cited
    if after >= hi or tokens[after].kind != "w" or tokens[after].capital or tokens[after].text[:1].isdigit():
        return None
    return prefer_named(m, tokens, appos), after


def _numbered(tokens: tuple[Tok, ...], m: Mention, k: int, hi: int) -> tuple[Mention, int]:
    """A capitalised word and the number after it, a passage of a text ("Article 33", "Isaiah 45:1"), and the token after."""
    end = k + 1
    while end + 1 < hi and tokens[end].text in {":", "."} and tokens[end + 1].text.isdigit():
        end += 2
    text = f"{m.text} {''.join(t.text for t in tokens[k:end])}"
    return Mention(m.start, tokens[end - 1].end, text, "description", text), end


def _in_fronted_clause(scene: Scene, i: int) -> bool:
    """True when the quotation sits in a fronted clause: "When X said “…,” Y …"."""
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    s, _ = para.sentence_at(t)
    k = s + 1 if tokens[s].low in OPENERS and s + 1 < t else s
    if tokens[k].low in {"even", "just", "only"} and k + 1 < t and tokens[k + 1].low in SUBORDINATORS:
        k += 1  # "Even as X called it “…,” Y said …"
    # "When X said …", or a participle: "Acknowledging that Trump “says …,” though, Allen …".
    participle = (
        k == s
        and tokens[k].capital
        and tokens[k].low.endswith(("ing", "ed"))
        and k + 1 < t
        and not tokens[k + 1].capital
    )
    opens = tokens[k].low in SUBORDINATORS or participle
    return opens and not any(is_comma(tok) for tok in tokens[k:t])


def _token_after(tokens: tuple[Tok, ...], char_end: int) -> int:
    for n, tok in enumerate(tokens):
        if tok.start >= char_end:
            return n
    return len(tokens)


# Verbs that come before their subject ("Said Comey:", "Stated Stone:", "Continued Stone:").
_INVERTING = frozenset(
    "said says added adds wrote writes tweeted explained asked stated states continued continues noted notes"
    " declared declares replied responded insisted recalled warned concluded".split()
)


def _absolute(tokens: tuple[Tok, ...], e: int, lo: int) -> bool:
    """A name ending at ``e`` opened by "with" or a comma: "…, with Trump tweeting", "…, Trump saying"."""
    k = e
    while k - 1 >= lo and tokens[k - 1].kind == "w" and tokens[k - 1].capital:
        k -= 1
    return k - 1 >= lo and (tokens[k - 1].low == "with" or tokens[k - 1].text == ",")


def _lower_noun(tok: Tok) -> bool:
    """A lower-case word that ends a noun phrase ("class", "order"), not an adverb or auxiliary."""
    low = tok.low
    return (
        tok.kind == "w"
        and not tok.capital
        and low not in AUXILIARIES | PREPOSITIONS | SUBJECT_PRONOUNS | DETERMINERS
        and not low.endswith("ly")
        and low not in {"and", "or", "but", "who", "which", "that"}
    )


_WH_EMBEDDING = WH_CLAUSE | {"where"}


def _in_relative(tokens: tuple[Tok, ...], char_start: int, lo: int) -> bool:
    """A subject opening an object relative clause: "the blame that Wall Street faced".

    "that"/"which"/"whom" right before the subject, after a noun (not after a verb, as in "said that Y").
    """
    k = next((n for n, tok in enumerate(tokens) if tok.start >= char_start), len(tokens))
    if k - 2 < lo:
        return False
    if tokens[k - 1].low in _WH_EMBEDDING and tokens[k - 2].kind == "w" and not tokens[k - 2].capital:
        # "X talks about how Y treated them, and says …": a question embedded after a preposition or verb.
        prev = tokens[k - 2]
        # (So does a present tense the lexicon lacks, "X discusses how Y was passed, noting …", or a plural
        # noun, "the reasons why Y failed".)
        present = prev.low.endswith("s") and len(prev.low) > 3
        return (
            prev.low in PREPOSITIONS or _is_verb(prev, trailing=True) or prev.low in _PAST_FORMS | _VERBISH or present
        )
    if tokens[k - 1].low not in {"that", "which", "whom"}:
        # "the problems Wall Street faced": a noun after its article, then the clause's subject.
        return tokens[k - 2].low in DETERMINERS and _noun_use(tokens, k - 1) and _lower_noun(tokens[k - 1])
    prev = tokens[k - 2]
    verb = _is_verb(prev, trailing=True) or prev.low in _PAST_FORMS | _VERBISH
    return _lower_noun(prev) and (not verb or _noun_use(tokens, k - 2))


def _adjective(tok: Tok) -> bool:
    """A lower-case word shaped like an adjective ("recent", "fundraising", "public", "new")."""
    low = tok.low
    return not tok.capital and (low.endswith(_ADJECTIVE_ENDINGS) or low in _COMMON_ADJECTIVES or "-" in low)


_ADJECTIVE_ENDINGS = (
    "ent",
    "ant",
    "al",
    "ive",
    "ous",
    "ic",
    "ed",
    "ing",
    "ful",
    "less",
    "est",
    "able",
    "ible",
    "ary",
    "ory",
)


_COMMON_ADJECTIVES = frozenset("new old own first last latest recent public private key many few other same".split())


def _role_then_name(role: Tok, name: Tok) -> bool:
    """A lower-case role noun and the capitalised name it is the title of: "delegate Ada"."""
    return role.kind == "w" and not role.capital and role.low in TITLE_WORDS and name.kind == "w" and name.capital


_STATE_BODIES = frozenset("media television tv radio news broadcaster agency press newspaper".split())


# Plural nouns that are also speech verbs' "-s" forms: "claims", "reports", "calls".
_SPOKEN_THINGS = COMMUNICATION_NOUNS | frozenset("reports calls charges warnings".split())


def _past_verb(tok: Tok) -> bool:
    """A lower-case past-tense verb ("rejected", "denied"), not an auxiliary ("had", "was")."""
    low = tok.low
    return (
        tok.kind == "w"
        and not tok.capital
        and low not in AUXILIARIES
        and ((low.endswith("ed") and len(low) > 4) or low in _PAST_FORMS)
    )


def _noun_use(tokens: tuple[Tok, ...], k: int) -> bool:
    """A verb form used as a noun: "a Facebook post", "his fundraising email", "the report"."""
    low = tokens[k].low
    if low.endswith(("ed", "ing")) or low in {"said", "told", "wrote", "says", "tells", "writes"}:
        return False
    if k + 2 < len(tokens) and _role_then_name(tokens[k + 1], tokens[k + 2]):
        return True  # "Minnesota state delegate Ada Holm said": "state" qualifies the role before a name
    if low == "state" and k + 1 < len(tokens) and bare(tokens[k + 1]) in _STATE_BODIES:
        return True  # "Syrian state media said": the state's media, not Syria stating
    if low.endswith("s") and k > 0 and tokens[k - 1].low in PREPOSITIONS:
        return True  # "to chants of", "with remarks": after a preposition an "-s" form is a noun
    # "for comment", "from state to state": after a preposition the bare form is a noun, unless "to" makes it a verb.
    from_to = k >= 3 and tokens[k - 3].low == "from" and tokens[k - 2].low == low
    if k > 0 and tokens[k - 1].low in PURE_PREPOSITIONS and (tokens[k - 1].low != "to" or from_to):
        return True
    if low.endswith("s") and k > 0 and low in _SPOKEN_THINGS and _past_verb(tokens[k - 1]):
        return True  # "X rejected claims that …", "dismissed reports": the object of the verb before
    if low.endswith("s") and k > 0:
        # "the suit argues": after a noun an "-s" form is the verb; "his (recent) comments" is a noun.
        for j in range(k - 1, max(-1, k - 4), -1):
            prev = tokens[j]
            if prev.kind != "w":
                return False
            if prev.low in DETERMINERS or possessive(prev) or prev.text.isdigit() or prev.low in PRESS_WORDS:
                return True  # "his recent remarks", "22 Clinton emails", "news reports"
            if not (_adjective(prev) or (prev.capital and j < k - 1) or (prev.capital and j == k - 1)):
                return False
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        prev = tokens[j]
        if prev.kind != "w":
            return False
        if prev.low in DETERMINERS or possessive(prev):
            return True
        if prev.low in AUXILIARIES or prev.low in SUBJECT_PRONOUNS or prev.low in PREPOSITIONS:
            return False
        if j == k - 1 and prev.low in {"and", "or"}:
            return False  # "make a joke and call him …": a second verb, not "a joke and call"
    return False


def _earlier_subject(tokens: tuple[Tok, ...], s: int, lo: int, k: int, closed: bool = False) -> Mention | None:
    """The subject of the nearest verb before token ``k`` in the sentence, else the sentence's subject.

    ``closed``: the clause before ``k`` has ended (``…, saying``), so a verb inside a noun's relative
    clause ("the blame that Wall Street faced") is not the one whose subject goes on speaking.
    """
    for v in range(k - 1, lo - 1, -1):
        tok = tokens[v]
        if tok.kind != "w" or tok.capital:
            continue
        prev = tokens[v - 1] if v > lo else None
        after_person = (
            prev is not None
            and prev.capital
            and tok.low.endswith("ing")
            and tok.low not in PREPOSITIONS  # "with Johnson during the hearing"
            and _absolute(tokens, v - 1, lo)
        )
        if not (
            _is_verb(tok, trailing=True) or tok.low in _VERBISH or tok.low in _PAST_FORMS or after_person
        ) or _noun_use(tokens, v):
            continue
        if tok.low.endswith("ing") and prev is not None and prev.text == ",":
            continue
        if tok.low.endswith("ed") and prev is not None and _lower_noun(prev):
            continue  # "a class called “Perception”": a participle after a noun, not a clause's verb
        m = subject_before(tokens, v, max(lo, s))
        if m is not None and tok.low.endswith("ing") and m.kind == "description":
            continue  # "started out their ninth debate saying": the debate says nothing
        if closed and m is not None and _in_relative(tokens, m.start, lo):
            continue  # "X talks about the blame that Y faced, saying …": Y's verb is inside a noun's clause
        if can_speak(m) and (not after_person or m.kind in {"person", "group"}):
            return m
    subj = sentence_subject(tokens, s, k)
    return subj[0] if subj else None


def _inner_clause(tokens: tuple[Tok, ...], start: int, t: int) -> int:
    """Where the clause holding the quotation starts when a mid-sentence "after"/"when" clause has its own cue.

    "Axelrod tweeted after Clinton argued that “…”": Clinton's words, not Axelrod's.
    """
    for p in range(t - 1, start, -1):
        if tokens[p].kind == "w" and tokens[p].low in _CLAUSE_OPENERS and not tokens[p].capital:
            comma = False
            for k in range(p + 2, t):
                if tokens[k].text == ",":
                    comma = True
                    continue
                if not _is_verb(tokens[k]) or _noun_use(tokens, k):
                    continue
                m = subject_before(tokens, k, p + 1)
                # After a comma the clause has closed ("…, who called after X won, told") unless its
                # subject runs over the comma ("after a woman in Worcester, Mass., told him").
                if can_speak(m) and (not comma or m.start == tokens[p + 1].start):
                    return p + 1
            return start
        if _coordinated_clause(tokens, p, t, start) or tokens[p].text == ";":
            return p + 1  # "…; one lawmaker called Trump “…”": a clause of its own after a semicolon
        if _with_clause(tokens, p, t):
            return p  # "with" kept: it marks the name as the participle's subject
    return start


def _with_clause(tokens: tuple[Tok, ...], p: int, t: int) -> bool:
    """Whether ", with" at ``p`` opens a clause with its own subject and participle: ", with X taking to Twitter"."""
    if tokens[p].low != "with" or p < 1 or tokens[p - 1].text != ",":
        return False
    span = phrase_at(tokens, p + 1, t)
    if span is None:
        return False
    m = classify(tokens, *span)
    k = _skip_adverbs(tokens, span[1], t)
    return can_speak(m) and m.kind != "pronoun" and k < t and not tokens[k].capital and tokens[k].low.endswith("ing")


def _coordinated_clause(tokens: tuple[Tok, ...], p: int, t: int, lo: int) -> bool:
    """Whether "and"/"but" at ``p`` opens a clause with a subject and cue of its own before token ``t``.

    "The Gazette will call you a liar and the Herald will accuse you of a “…”": the Herald's words.
    Not "Smith and Jones called" (one subject of two names) nor "X argued and said" (no new subject).
    """
    if tokens[p].low not in {"and", "but"} or tokens[p].capital or p + 1 >= t:
        return False
    before = tokens[p - 1]
    if before.kind == "w" and (before.capital or before.low in SUBJECT_PRONOUNS):
        return False  # "Smith and Jones", "the Post and NBC", "she and her peers": a subject of two
    first = np_start(tokens, p - 1, lo) if before.kind == "w" else None
    if first is not None and (first == lo or _is_verb(tokens[first - 1]) or tokens[first - 1].low == "that"):
        return False  # "X said the aides and the senator called …": the subject of X's report
    for k in range(p + 2, t):
        tok = tokens[k]
        if tok.kind == "q" or tok.text in {",", ";", ":"}:
            return False
        if _is_verb(tok) and not _noun_use(tokens, k):
            m = subject_before(tokens, k, p + 1)
            return can_speak(m) and m.start == tokens[p + 1].start and m.kind != "pronoun"
    return False


_CLAUSE_OPENERS = frozenset("after before when while because although though since until whereas".split())
