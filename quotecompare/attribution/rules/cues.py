"""Stage 3, attribution rules that read a cue next to the quotation.

``cue_after`` (``"…," X said``), ``according_to`` and
``sentence_cue`` (a cue closing the sentence); ``label`` and ``owner`` are in :mod:`.label` and :mod:`.owner`.
"""

from __future__ import annotations

from quotecompare.attribution.kinds import UTTERANCE_NOUNS, description_type
from quotecompare.attribution.mentions import (
    Mention,
    can_speak,
    classify,
    np_ending_at,
    prefer_named,
    subject_before,
)
from quotecompare.attribution.narration import QUOTE_END, Tok
from quotecompare.attribution.rules.clauses import (
    _INVERTING,
    _adjective,
    _apposition_after,
    _clause_floor,
    _ends_with_comma,
    _in_fronted_clause,
    _inner_clause,
    _is_verb,
    _noun_use,
    _perceived,
    _skip_adverbs,
    _skip_appos_forward,
    _subject_phrase,
    _token_after,
    _verb_text,
)
from quotecompare.attribution.rules.credit_lines import credit_line
from quotecompare.attribution.rules.cue_before import cue_before, relative_speaker
from quotecompare.attribution.rules.inverted import that_was
from quotecompare.attribution.rules.openers import DASHES
from quotecompare.attribution.rules.relatives import quoted_as
from quotecompare.attribution.scene import Hit, Scene, is_heading
from quotecompare.attribution.wordclass import OWNERS
from quotecompare.text.lexicon import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    SPEECH_FORMS,
    SUBJECT_PRONOUNS,
)


def _quote_ends_sentence(scene: Scene, i: int) -> bool:
    """True when a sentence ends with the quotation: its own full stop, then a capital."""
    b, t = scene.last[i]
    tokens = scene.paragraphs[b].tokens
    text = scene.found[i].text.rstrip(QUOTE_END)
    ends = text.endswith((".", "!", "?", "…")) and not text.endswith("...")
    return ends and (t + 1 >= len(tokens) or tokens[t + 1].capital or tokens[t + 1].kind == "q")


def _window_end(tokens: tuple[Tok, ...], j: int, short_ok: bool = False) -> int:
    """Where the narration after token ``j`` stops: the next quotation or the paragraph's end.

    With ``short_ok`` a short quoted phrase inside the narration ("wearing “Vote Ruiz” pins")
    does not stop it.
    """
    for k in range(j, len(tokens)):
        if tokens[k].kind == "q" and not (short_ok and len(tokens[k].text.split()) <= 4 and k > j + 1):
            return k
    return len(tokens)


def _named_after(scene: Scene, i: int) -> Hit | None:
    """A paragraph of words alone, whose speaker the next paragraph names: "“We will win.” ¶ That was Holm's
    promise to the crowd." (before the paragraph above, which may only have set the scene)."""
    ft, b = scene.first[i][1], scene.last[i][0]
    if ft != 0 or b + 1 >= len(scene.paragraphs) or is_heading(scene.source.blocks[b + 1]):
        return None
    nxt = scene.paragraphs[b + 1].tokens
    was = that_was(nxt, 0, _window_end(nxt, 0))
    return Hit(was[0], b + 1, was[1]) if was is not None else None


# Verbs of a report that passes on someone's words: "…,” the Associated Press reported".
_RELAYING = frozenset("reported reports according".split())


def _relayed(scene: Scene, i: int, verb: str, fronted: bool = False) -> bool:
    """The cue after relays words a person's cue before the quotation gives: theirs, not the relayer's.

    So does the main clause after a fronted clause that has its own cue ("When X said “…,” Y laughed").

    >>> demo("Ada Holm said the evidence was “fake and fabricated,” the Associated Press reported.")
    ('cue_before', 'Ada Holm', 'said')
    >>> demo("Even as Ada Holm called it “a fine plan,” Jo Ruiz said it would fail.")
    ('cue_before', 'Ada Holm', 'called')
    """
    if not fronted and verb.split()[0].lower() not in _RELAYING:
        return False
    inner = cue_before(scene, i)
    return inner is not None and inner.mention.kind == "person"


_CLOSING = frozenset(",?!—–-….")  # the last mark inside a quotation that hands it over to its cue


def cue_after(scene: Scene, i: int) -> Hit | None:
    """A cue right after the quotation: ``“…,” X said``, ``“…,” said X``, ``“…,” according to X``.

    The subject may be long ("“…,” Sen. Ada Holm (D-Mo.), who chairs the panel,
    said"). Right after a quotation any past-tense verb is a cue ("fumed",
    "quipped"). A quotation that ends its sentence takes a following "X said"
    only when that is the whole sentence: in ``“We won.” Holm said the count
    …`` the verb introduces something new.

    >>> demo("“It is over,” Ada Holm (D-Mo.) fumed on Friday.")
    ('cue_after', 'Ada Holm', 'fumed')
    """
    b, t = scene.last[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    if (credit := credit_line(scene, b)) is not None:
        return credit
    # "“A” and “B,” X said": two quotations joined by "and" share the cue after the second.
    k = t + 1
    while k < len(tokens) and tokens[k].text in {",", "and", "or", "but", "—", "–"}:
        k += 1
    if k > t + 1 and k < len(tokens) and tokens[k].kind == "q" and tokens[k].quote == i + 1:
        shared = cue_after(scene, i + 1)
        if shared is not None:
            return shared
    hi = _window_end(tokens, t + 1, short_ok=True)
    j = t + 1
    while j < hi and tokens[j].text in DASHES | {","}:
        j += 1
    if j >= hi:
        return _named_after(scene, i) if t + 1 == len(tokens) else None
    ends = _quote_ends_sentence(scene, i)
    fb, ft = scene.first[i]
    fpara = scene.paragraphs[fb]
    opens = fpara.sentence_at(ft)[0] == ft  # the quotation opens its sentence
    dashed = tokens[t + 1].text in DASHES
    # "“…” — Holm said.": a dash hands a quotation opening its sentence over to its cue as a comma would.
    aside = dashed and not opens
    # "“…,” said X": the quotation hands over to its cue with a comma, "?", "!" or a dash; a quote
    # running straight into lower-case words ("the “…” promise haunts") is part of its sentence.
    closed = tokens[t + 1].text in {","} | DASHES or scene.found[i].text.rstrip(QUOTE_END)[-1:] in _CLOSING
    # Inside a fronted clause ("When X said “…,” the crowd cheered") what follows is the main clause.
    fronted = _in_fronted_clause(scene, i)
    if tokens[t + 1].low == "by" and (agent := _passive_agent(scene, i, hi)) is not None:
        return agent
    if (sayer := _said_by(tokens, t + 1, hi)) is not None:
        return Hit(sayer[0], b, sayer[1], uses=(i, _clause_end(tokens, sayer[2])))
    if relative_speaker(fpara.tokens, ft, _clause_floor(scene, fb, ft)) is not None:
        return None  # "in a clip that X called “…,” Y spoke": the words have their own cue, X's
    # "“…,” according to X"
    if (at := _relayed_by(tokens, j, hi)) and not ends:
        m = _subject_phrase(tokens, at, hi)
        if can_speak(m) and m.kind != "pronoun" and not _relayed(scene, i, "according"):
            appos = _apposition_after(tokens, m, _token_after(tokens, m.end), hi)  # "according to her aide, Jo Ruiz"
            return Hit(prefer_named(m, tokens, appos), b, _relay_words(tokens[j]), uses=(i, _clause_end(tokens, at)))
    # "“…,” said X" (a finite speech verb: "…, noting X" continues the sentence instead); "“…!”
    # beamed X" with a past-tense verb when a person follows; "“…” said X" without the comma.
    came = tokens[j].low == "came"  # "“…,” came the reply": not a speech verb, but the cue all the same
    verbal = _is_verb(tokens[j], trailing=True) or came
    inverted = verbal and not tokens[j].low.endswith("ing") and not ends and not aside
    # Without a comma, "said" and its like invert, and any speech verb before a name ending the clause:
    # "“…” quipped Nick Merrill, a spokesman." (not "The “fake news” charged Holm with bias").
    named_next = j + 1 < hi and tokens[j + 1].capital and tokens[j].low in SPEECH_FORMS
    if inverted and (closed or tokens[j].low in _INVERTING or named_next):
        verb, k = _verb_text(tokens, j)
        m = _subject_phrase(tokens, k, hi, joined=True)  # "“…,” said Sens. Ivo Brandt and Ada Holm"
        if m is not None and not (closed or tokens[j].low in _INVERTING):
            after = _token_after(tokens, m.end)
            m = m if after >= len(tokens) or tokens[after].text in {",", ".", ";", "!", "?"} else None
        lexical = tokens[j].low in SPEECH_FORMS
        owned = k < hi and tokens[k].low in OWNERS
        reported = _reports_clause(tokens, m, hi)
        # "“…,” marked his victory": an owned thing; "“…,” added his manager Jo Ruiz" names a person.
        if (
            not reported
            and can_speak(m)
            and m.kind != "pronoun"
            and (lexical or m.kind == "person" or (came and _utterance(m)))
            and (not owned or m.kind == "person")
            # "“…,” described the impact as …": a thing the verb is about, no one who speaks
            and (came or m.kind != "description" or description_type(m.text) is not None)
            and not _relayed(scene, i, verb)
        ):
            span_end = _token_after(tokens, m.end)
            appos = _apposition_after(tokens, m, span_end, hi)
            return Hit(prefer_named(m, tokens, appos), b, verb, uses=(i, _clause_end(tokens, span_end)))
    how = j + 1 < hi and tokens[j + 1].low == "how"  # "“…” is how Holm put it": no comma needed
    # ("“…” — that was Holm's promise": a dash ends the words as a full stop would.)
    if (
        (ends or dashed or ((closed or how) and tokens[j].low in {"was", "is"}))
        and opens
        and (was := that_was(tokens, j, hi))
    ):
        return Hit(was[0], b, was[1], uses=(i, _clause_end(tokens, j + 2)))
    # "“…,” X said" / "“…,” X, a title, said"; after a sentence-final quote only a short "X said."
    m = _subject_phrase(tokens, j, hi, joined=True)
    if m is None and closed and not ends and tokens[j].low == "it" and j + 1 < hi and tokens[j + 1].low in SPEECH_FORMS:
        # "“We regret the error,” it said": the body or document named before (see resolve).
        it = Mention(tokens[j].start, tokens[j].end, tokens[j].text, "pronoun", "it")
        return Hit(it, b, tokens[j + 1].text, uses=(i, _clause_end(tokens, j + 2)))
    # Without a comma only a name hands over: "“…” Clinton tweeted", not "“…” a Trump tweet".
    named = m is not None and m.kind in {"pronoun", "person", "org", "group"} and tokens[j].low not in {"a", "an"}
    if can_speak(m) and not aside and (closed or named):
        k, appos = _skip_appos_forward(tokens, _token_after(tokens, m.end), hi)
        k = _skip_adverbs(tokens, k, hi)
        loose = not ends and not fronted  # any past-tense verb may close an unfinished sentence
        if closed and not ends and k < hi and tokens[k].low in _VERBLESS and _no_verb(tokens, k, hi):
            # "“…,” Mnuchin in an interview broadcast Monday.": a cue whose verb the writer left out.
            return Hit(prefer_named(m, tokens, appos), b, None, uses=(i, _clause_end(tokens, k)))
        if k < hi and tokens[k].low == "quoted" and tokens[k - 1].low in {"was", "is", "were", "are"}:
            # "“…,” Ali Akbar Salehi was quoted by state television as saying": the words are Salehi's.
            return Hit(prefer_named(m, tokens, appos), b, "quoted", uses=(i, _clause_end(tokens, k + 1)))
        if k < hi and tokens[k].low in {"quoted", "cited"} and (quoted := quoted_as(tokens, k, hi)) is not None:
            # "“…,” the statement quoted Holm as saying": the one quoted.
            return Hit(quoted[0], b, quoted[1], uses=(i, _clause_end(tokens, k + 1)))
        # "“…,” Holm can be heard saying in the video", "“…,” Holm appears to say": the words Holm was heard to say.
        v = _perceived(tokens, k, hi) if closed else None
        # After words that end their sentence, only "Holm was heard saying." closing it is a cue.
        whole = v is not None and (not ends or (_cue_closes_sentence(tokens, v + 1, len(tokens)) and opens))
        if v is not None and whole and not _relayed(scene, i, tokens[v].text):
            return Hit(prefer_named(m, tokens, appos), b, tokens[v].text, uses=(i, _clause_end(tokens, v + 1)))
        # "“…?” Hannity pressed.": after a question or an exclamation, any past-tense verb closing the sentence.
        asked = opens and ends and scene.found[i].text.rstrip(QUOTE_END)[-1:] in _CLOSING
        asked = asked and m.kind in {"person", "pronoun"} and k + 1 < len(tokens) and tokens[k + 1].text in {".", ","}
        if k < hi and _is_verb(tokens[k], trailing=(loose or asked) and closed) and not tokens[k].low.endswith("ing"):
            verb, after = _verb_text(tokens, k)
            # A new sentence after the words: "“…” Holm said." credits them, "“…” Students would continue to
            # take tests." is other news (a modal tells what will be, not who spoke).
            modal = any(tokens[x].low in _MODALS for x in range(_token_after(tokens, m.end), k))
            # "“…” The White House did not respond.": a sentence of its own saying no one spoke.
            negated = any(
                tokens[x].low in _NEGATIONS or tokens[x].low.endswith(("n't", "n’t"))
                for x in range(_token_after(tokens, m.end), min(after + 1, hi))
            )
            if ends and (modal or negated or not _cue_closes_sentence(tokens, after, len(tokens))):
                return None
            if ends and not opens:
                return None  # "Holm said it was “a start.” Ruiz urged calm.": the words end a sentence of their own
            if (
                after < len(tokens)
                and tokens[after].low == "by"
                and (m.kind not in {"person", "pronoun"} or any(tokens[x].low in BE_FORMS for x in range(k - 1, after)))
            ):
                # "… was first reported by X", "a biography written by X": passive; "X said by telephone" is not
                by_whom = _subject_phrase(tokens, after + 1, hi) if tokens[k - 1].low in BE_FORMS else None
                if tokens[k].low in {"told", "asked"} and can_speak(by_whom):
                    return Hit(by_whom, b, f"{verb} by", uses=(i, _clause_end(tokens, after)))  # "Y was told by X"
                return None
            if tokens[k].low in {"asked", "told"} and tokens[k - 1].low in BE_FORMS and m.kind in {"person", "pronoun"}:
                # "“Will you run?” Holm was asked": the words were put to Holm, by someone not named.
                return Hit(m, b, PUT_TO, uses=(i, _clause_end(tokens, after)))
            if _relayed(scene, i, verb, fronted):
                return None
            if m.kind == "description" and tokens[k].low not in SPEECH_FORMS and description_type(m.name) is None:
                return None  # "… is “on pace to get 1,237 delegates,” the number needed to win": a thing, no cue
            return Hit(prefer_named(m, tokens, appos), b, verb, uses=(i, _clause_end(tokens, after)))
    # "“…” — X" (a credit line), for words that open their sentence: after "X said that …" a dash and a
    # name ending the paragraph sign the writer's dispatch ("… “still the No. 1 force.”--Kim Holm").
    if dashed and m is not None and m.kind in {"person", "org"} and opens:
        end = _token_after(tokens, m.end)
        # "— Ada Holm (@adaholm) May 5, 2019": an embedded post's credit, its handle and date after the name.
        handle = tokens[end - 1].text == ")"
        if end >= len(tokens) or tokens[end].text in {",", ".", "("} or tokens[end].kind == "q" or handle:
            return Hit(m, b, tokens[t + 1].text)
    return None


def _utterance(m: Mention) -> bool:
    """ "“…,” came the reply": words named as what someone said, not whose."""
    return m.kind == "description" and m.text.lower().split()[-1] in UTTERANCE_NOUNS


PUT_TO = "was asked"
"""The cue of words put to its subject by someone unnamed ("“…?” Holm was asked"): no one's words here."""

_SAID_PARTICIPLES = frozenset("said uttered spoken used mentioned repeated written tweeted coined invoked".split())


def _said_by(tokens: tuple[Tok, ...], k: int, hi: int) -> tuple[Mention, str, int] | None:
    """ "The phrase “…” was uttered once, by X": the words the subject of a passive whose agent said them; "“…,”
    came the (defiant) reply from X". Returns the agent, the verb as printed and the token after the agent's phrase.
    """
    if k + 3 < len(tokens) and tokens[k].low in _THAT and tokens[k + 1].low in _SAYINGS and tokens[k + 2].low == "from":
        # "“…” That quote from Commissioner Tom Krebs appeared in 1980": the words named as someone's
        m = _subject_phrase(tokens, k + 3, len(tokens))
        if (
            m is None
            or not can_speak(m)
            or not (m.kind in {"person", "org", "group"} or description_type(m.text) == "unnamed")
        ):
            return None
        return m, tokens[k + 1].text, _token_after(tokens, m.end)
    came = k < hi and tokens[k].low == "came"
    r = next((r for r in range(k + 1, min(hi - 2, k + 5)) if tokens[r].low in _REPLIES), -1) if came else -1
    if r > 0 and tokens[r + 1].low == "from" and not any(t.capital for t in tokens[k + 2 : r]):
        # "came the reply from X", "came a shout from X", "came shouts from the crowd"
        m = _subject_phrase(tokens, r + 2, hi) if r == k + 1 or tokens[k + 1].low in {"the", "a", "an"} else None
        return (m, "came", _token_after(tokens, m.end)) if can_speak(m) and m.kind != "pronoun" else None
    if k + 2 >= hi or tokens[k].low not in {"was", "were", "is", "are", "been"}:
        return None
    v = k + 1
    if tokens[v].low not in _SAID_PARTICIPLES:
        return None
    by = next((a for a in range(v + 1, min(hi, v + 5)) if tokens[a].low == "by"), None)
    if by is None or any(
        tokens[a].kind != "p" and not tokens[a].low.endswith(("ly", "once", "twice")) for a in range(v + 1, by)
    ):
        return None  # only adverbs and commas between: "uttered once, by", "used only by"
    m = _subject_phrase(tokens, by + 1, hi)
    if not can_speak(m) or m.kind not in {"person", "group", "org"}:
        return None
    return m, tokens[v].text, _token_after(tokens, m.end)


_THAT = frozenset("that this those these".split())
_SAYINGS = frozenset("quote quotation line remark remarks comment comments words".split())
_REPLIES = frozenset("reply response answer retort rejoinder shout shouts cry cries chant chants".split())


def _passive_agent(scene: Scene, i: int, hi: int) -> Hit | None:
    """``labeled as a “witch hunt” by Democrats``: a passive naming verb, the words, then who used them."""
    fb, ft = scene.first[i]
    before = scene.paragraphs[fb].tokens
    k = ft - 1
    while k >= 0 and before[k].low in _ARTICLES_AS:
        k -= 1
    if k < 0 or before[k].low not in _NAMING_PARTICIPLES:
        return None
    b, t = scene.last[i]
    tokens = scene.paragraphs[b].tokens
    m = _subject_phrase(tokens, t + 2, hi)
    if can_speak(m) and m.kind != "pronoun":
        return Hit(m, b, f"{before[k].text} by")
    return None


_ARTICLES_AS = frozenset("a an the as".split())
_NAMING_PARTICIPLES = frozenset(
    "called labeled labelled described dubbed branded deemed termed nicknamed hailed derided decried".split()
)


_VERBLESS = frozenset("in during at on from via".split())  # "“…,” X in an interview."


def _no_verb(tokens: tuple[Tok, ...], k: int, hi: int) -> bool:
    """No verb from token ``k`` to the end of the sentence: the rest is a phrase of place or occasion."""
    for n in range(k, hi):
        tok = tokens[n]
        if tok.text in {".", "!", "?", ";"} or tok.kind == "q":
            return True
        # "an address carried by Israeli networks": a participle after its noun is no verb of the clause.
        participle = tok.low.endswith("ed") and tokens[n - 1].kind == "w" and not tokens[n - 1].capital
        verb = _is_verb(tok, trailing=True) or tok.low in AUXILIARIES
        if verb and not tok.capital and not participle and not _noun_use(tokens, n):
            return False
    return True


def _clause_end(tokens: tuple[Tok, ...], k: int) -> int:
    """The end of a cue's clause: the next full stop, semicolon or quotation, or a clause with its own cue.

    "“…,” Holm tweeted after Ruiz argued that “…”": the cue after the first quotation ends at
    "after", so the second is read with Ruiz's cue.
    """
    start = k
    while k < len(tokens) and tokens[k].kind != "q" and tokens[k].text not in {".", ";", "!", "?"}:
        k += 1
    if (
        k < len(tokens)
        and tokens[k].kind == "q"
        and start > 0
        and (inner := _inner_clause(tokens, start - 1, k)) >= start
    ):
        return inner - 1  # the word opening the new clause ("after", "and")
    return k


_LISTENER_VERBS = frozenset("told tells tell asked asks assured assures reminded warned warns urged urges".split())


_SAID_OF = frozenset("said says remarked quipped joked added wrote noted observed mused".split())


def _cue_closes_sentence(tokens: tuple[Tok, ...], k: int, hi: int) -> bool:
    """After "X said": at most a time, place or listener, then the sentence ends ("… said Friday in Ohio.").

    Used after a quotation that ends its own sentence: "“We won.” Holm said." is
    Holm's, but "“We won.” Holm called the count “a fraud.”" and "“We won.” Holm
    said, “…”" open a new sentence with new words.
    """
    hi = min(hi, len(tokens))
    verb = tokens[k - 1].low if k > 0 else ""
    if k < hi and tokens[k].low in DETERMINERS and verb not in _LISTENER_VERBS:
        return False  # "“…” Allen criticized her state's gun laws.": the verb has an object of its own
    # "… told Britain's ITV television station in an interview aired on Monday.": a listener and a setting.
    tail = _CUE_TAIL + 6 if verb in _LISTENER_VERBS else _CUE_TAIL
    if k < hi and tokens[k].low == "of" and verb in _SAID_OF:
        return True  # "… Estrada said of the encounter he had with Trump.": what the words were about
    for n in range(k, min(hi, k + tail)):
        tok = tokens[n]
        if tok.text in {".", "!", "?"}:
            return True
        if tok.text == ",":
            # "“…?” Clinton remarked, alluding to …", "… shouted, shorthand for …": the cue's own
            # sentence; "“We won.” Holm said, “…”" opens a new quotation, "Holm said, it …" a clause.
            nxt = tokens[n + 1] if n + 1 < hi else None
            return (
                nxt is not None
                and nxt.kind == "w"
                and (nxt.low not in SUBJECT_PRONOUNS | {"that", "if", "whether"} and not nxt.capital)
            )
        if tok.low in _ASIDE_OPENERS:
            return True  # "… Sessions said as he launched the process."
        if tok.kind == "q" or tok.text in {":", ";"} or tok.low in {"that", "if", "whether"} | SUBJECT_PRONOUNS:
            return False
        if tok.kind == "w" and (
            (tok.low in SPEECH_FORMS and not _noun_use(tokens, n))
            or tok.low in AUXILIARIES - {"later", "then", "again"}
        ):
            return False
    return hi - k <= tail


_MODALS = frozenset("would will could can may might should must shall".split())
_FINITE = _MODALS | frozenset("is are was were has have had".split())


def _reports_clause(tokens: tuple[Tok, ...], m: Mention | None, hi: int) -> bool:
    """Whether the phrase after a verb is the subject of a clause it reports, not an inverted speaker:
    "X, citing “…,” said the candidate could win": the words are X's."""
    return m is not None and (n := _token_after(tokens, m.end)) < hi and tokens[n].low in _FINITE


_NEGATIONS = frozenset("not never".split())
_CUE_TAIL = 10  # words of time and place after "X said" ("… said Friday in Columbus, Ohio.")


_ASIDE_OPENERS = frozenset("when as while after before who which where because since though although".split())


def according_to(scene: Scene, i: int) -> Hit | None:
    """``According to X, …`` opening the quotation's sentence, or ``…, according to X.`` closing it.

    >>> demo("According to the ministry, the plan is “stable.”")
    ('according_to', 'the ministry', 'according to')
    """
    b, t = scene.first[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    s, e = para.sentence_at(t)
    for k in range(s, e - 1):
        if at := _relayed_by(tokens, k, e):
            m = _subject_phrase(tokens, at, e)
            if can_speak(m) and m.kind != "pronoun":
                return Hit(m, b, _relay_words(tokens[k]))
    return None


def _relay_words(tok: Tok) -> str:
    return "per" if tok.low == "per" else "according to"


def _relayed_by(tokens: tuple[Tok, ...], k: int, stop: int) -> int:
    """Where the source starts after "according to" or "per" at ``k`` ("per a statement", "per officials"; a
    rate, "per capita", names no one and is no valid source), else 0."""
    if k + 1 >= stop:
        return 0
    if tokens[k].low == "according" and tokens[k + 1].low == "to":
        return k + 2
    return k + 1 if tokens[k].low == "per" else 0


def sentence_cue(scene: Scene, i: int) -> Hit | None:
    """A cue closing the quotation's sentence after more narration: ``… “…” to do so, X said.``

    >>> demo("The plan is “too little, too late” for the town, Ada Holm said.")
    ('sentence_cue', 'Ada Holm', 'said')
    """
    b, t = scene.last[i]
    para = scene.paragraphs[b]
    tokens = para.tokens
    _, e = para.sentence_at(t)
    end = e - 1 if tokens[e - 1].text in {".", "!", "?"} else e
    for comma in range(t, end - 1):
        # A later quotation closing with its comma inside the marks ends the clause as a comma would:
        # "… “agreed that …,” which is “resolved to …,” Merkel's statement said."
        if not ((tokens[comma].text == "," and comma > t + 1) or _ends_with_comma(tokens[comma])):
            continue
        if comma == t and t + 1 < end and tokens[t + 1].low.endswith("ing"):
            return None  # "… of “New York values,” saying …": the participle's subject is the sentence's
        hit = _aside_cue(tokens, comma + 1, end)
        if hit is not None:
            return Hit(hit[0], b, hit[1])
    return None


def _bare_noun(tokens: tuple[Tok, ...], k: int, lo: int) -> bool:
    """A base-form cue word after an article and adjectives: "X avoided a declarative answer" is a noun.

    A singular subject never takes the bare form ("the official answer"), a plural one is no adjective
    ("the officials answer"), so only the "-s", "-ed" and irregular past forms stay verbs here.
    """
    low = tokens[k].low
    if low.endswith(("s", "ed", "ing")) or low in {"said", "told", "wrote", "spoke", "put", "read"}:
        return False
    j = k - 1
    while j > lo and tokens[j].kind == "w" and _adjective(tokens[j]):
        j -= 1
    return j >= lo and tokens[j].kind == "w" and tokens[j].low in {"a", "an", "the", "his", "her", "their", "its"}


def _aside_cue(tokens: tuple[Tok, ...], c: int, end: int) -> tuple[Mention, str] | None:
    """A clause that is only a cue: "X said Tuesday in Paris", "said X", "according to X"."""
    stop = next((k for k in range(c, end) if tokens[k].text in {",", ";", ":"} or tokens[k].kind == "q"), end)
    if stop - c > 14:
        return None
    if at := _relayed_by(tokens, c, stop):
        m = _subject_phrase(tokens, at, stop)
        return (m, _relay_words(tokens[c])) if can_speak(m) and m.kind != "pronoun" else None
    if tokens[c].low == "as" and c + 1 < stop:
        c += 1  # "…, as Cruz said on the radio": an aside crediting the sentence
    if _is_verb(tokens[c]):
        m = _subject_phrase(tokens, c + 1, stop)
        if not can_speak(m) or m.kind == "pronoun" or _reports_clause(tokens, m, end):
            return None
        appos = _apposition_after(tokens, m, _token_after(tokens, m.end), end)  # "said the bureau's director, Jo Ruiz,"
        return prefer_named(m, tokens, appos), tokens[c].text
    for k in range(c + 1, min(stop, c + 11)):  # "…, Justice Department senior trial counsel Ada Holm wrote"
        if _is_verb(tokens[k]) and not _bare_noun(tokens, k, c):
            m = subject_before(tokens, k, c)
            if m is not None and m.kind == "description" and c >= 2 and tokens[c - 1].text == ",":
                # "…, Jo Ruiz, the president of the union, said": the name the description stands beside.
                span = np_ending_at(tokens, c - 2, 0)
                alone = (
                    span is not None
                    and span[0] > 0
                    and (tokens[span[0] - 1].text == "," or tokens[span[0] - 1].kind == "q")
                )
                named = classify(tokens, *span) if span and alone else None
                m = named if named is not None and named.kind == "person" else m
            # "…, Holm said Tuesday, noting …": the cue may go on with a participle after its comma.
            if can_speak(m) and _cue_closes_sentence(tokens, k + 1, end):
                return m, tokens[k].text
            return None
    return None
