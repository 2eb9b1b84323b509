"""Quoted terms: titles, names, labels and scare quotes, not anyone's words here.

Part of stage 3 (attribution). A quotation that names a show, a book, a slogan
or a nickname, or puts a word at arm's length ("the “reform” plan"), is set
aside as a term unless a cue in its own clause makes it someone's words.
"""

from __future__ import annotations

from quotecompare.attribution.mentions import possessive
from quotecompare.attribution.narration import QUOTE_END
from quotecompare.attribution.scene import Hit, Scene
from quotecompare.attribution.sieve import CUE_RULES, OWN_CLAUSE_CUES
from quotecompare.text.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    MONTHS_DAYS,
    NAMING_VERBS,
    PREPOSITIONS,
    SPEECH_FORMS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)

# Works with a title: "on the show “…”", "CNN's program “…”".
_WORK_NOUNS = frozenset(
    "show program programme book movie film song series column newsletter podcast segment episode album play "
    "musical documentary".split()
)

_TITLE_CONTEXT = _WORK_NOUNS | frozenset(
    "on in of with titled entitled called named dubbed ad hashtag headline slogan "
    # "told “Fox & Friends” that ...": what is told is an audience, a show, not the words.
    "told tells tell telling".split()
)

# Nouns for a work with a title, which a comma may set off from it: "his book, “…”".
_WORKS = _WORK_NOUNS | frozenset("memoir novel report sheet blog website site magazine radio".split())

_TERM_MAX_WORDS = 4


# Finite verbs that open a predicate ("the lawsuit “can be good”"): not lexicon.AUXILIARIES, which also
# holds the adverbs that may stand between a subject and its verb.
_PREDICATE_START = frozenset("can could will would may might must should shall is are was were has have had".split())


_LABEL_WORDS = frozenset("so-called dubbed nicknamed term word words phrase label slogan motto hashtag".split())


_NOT_NOUNS = (
    AUXILIARIES
    | SPEECH_FORMS
    | PREPOSITIONS
    | SUBORDINATORS
    | DETERMINERS
    | SUBJECT_PRONOUNS
    | frozenset("and or but nor that who which whose what".split())
)


def _is_short(text: str) -> bool:
    """A short phrase without sentence punctuation: a title, name or scare quote."""
    words = text.split()
    return len(words) <= _TERM_MAX_WORDS and not text.rstrip().endswith((".", "!", "?", ","))


def termish(scene: Scene, i: int, rule: str | None = None) -> bool:
    """A short quoted phrase used as a label, not as someone's words.

    ``the “reform” plan`` (between an article and a noun) and ``so-called
    “experts”`` are labels; ``X urged voters to “send a message”`` is X's words.
    """
    text = scene.found[i].text
    words = text.split()
    # US style puts the sentence's full stop inside the marks: "the DNC's “trade secrets.”"
    fragment = len(words) <= 2 and text[:1].islower() and text.rstrip().endswith((".", ","))
    if not (_is_short(text) or fragment) or words[0].lower() in _PREDICATE_START:
        return False  # "the lawsuit “can be good”": a predicate, not a label
    b, t = scene.first[i]
    tokens = scene.paragraphs[b].tokens
    prev = tokens[t - 1] if t > 0 else None
    lb, lt = scene.last[i]
    after = scene.paragraphs[lb].tokens
    nxt = after[lt + 1] if lt + 1 < len(after) else None
    if prev is not None and prev.low in _LABEL_WORDS:
        return True
    # The quote sits inside a noun phrase: an article or possessive before it, maybe an adjective.
    inside = False
    for k in range(t - 1, max(-1, t - 4), -1):
        tok = tokens[k]
        if tok.kind == "w" and (tok.low in DETERMINERS or possessive(tok)):
            inside = True
            break
        if tok.kind != "w" or tok.capital or tok.low in _NOT_NOUNS or tok.low in SUBJECT_PRONOUNS:
            break
    noun_after = (
        nxt is not None
        and nxt.kind == "w"
        and not nxt.capital
        and nxt.low not in _NOT_NOUNS
        and not (nxt.low.endswith("ly") and len(nxt.low) > 4)
    )
    # One or two words after an article are a label ("the “dossier” alleging …") unless a cue in
    # their own clause makes them someone's words ("X insisted it was not a “message”").
    few = len(words) <= 2 and rule not in OWN_CLAUSE_CUES
    return inside and (noun_after or few)


# Words title case leaves in lower case: articles, conjunctions, short prepositions ("The Nightly Show with Ada Holm").
_MINOR = frozenset("a an the of and or to in on for at by from with as vs vs. via &".split())


def title_like(text: str) -> bool:
    """Words set in title case: "Meet the Press", "Make America Great Again".

    >>> title_like("Meet the Press."), title_like("We will win.")
    (True, False)
    >>> title_like("The Fixers: Ada Holm, Ivo Brandt and the Harbour Publicity Machine"), title_like("Ohio: Vote now")
    (True, False)
    """
    head, colon, rest = text.partition(": ")
    if colon and rest:
        # "Lost Tycoon: The Many Lives of Ivo Brandt": a title and its subtitle, each in title case.
        return title_like(head) and len(rest.split()) <= 10 and title_like(" ".join(rest.split()[:8]))
    words = text.strip(" .,;:!?'‘’\"“”«»„").split()
    if not 0 < len(words) <= 8:
        return False  # most quotations: asked of every one of them, so answered before the words are sorted
    content = [w for w in words if w.lower() not in _MINOR]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def is_title(scene: Scene, i: int) -> bool:
    """A title of a show, book or ad, or a nickname: title case after "on", "called", "CNN's"..."""
    if not title_like(scene.found[i].text):
        return False
    b, t = scene.first[i]
    tokens = scene.paragraphs[b].tokens
    if tokens[t].kind == "w":
        return True  # John “Tig” Tiegen: a nickname, read as a word of the name
    lb, lt = scene.last[i]
    after = scene.paragraphs[lb].tokens
    if lt + 1 < len(after) and after[lt + 1].low in _WORK_NOUNS:
        return True  # "for the “Off Message” podcast": the work's name before its noun
    if t == 0:
        return False
    prev = tokens[t - 1]
    if prev.text == "," and t >= 2 and tokens[t - 2].low in _WORKS:
        return True  # "his 2012 book, “An American Son.”", "the show, “Midday with Ada Holm,”"
    if prev.low in {"and", "or", ","} and t >= 2 and tokens[t - 2].kind == "q" and tokens[t - 2].quote in scene.terms:
        return True  # "starred in “Parks and Recreation” and “Guardians of the Galaxy”": a list of titles
    return prev.kind == "w" and (prev.low in _TITLE_CONTEXT or possessive(prev))


def goes_on(scene: Scene, i: int) -> bool:
    """A quotation that is a sentence of its own, after a credited one in its paragraph: "“…,” Holm said.
    “Maybe.”" is Holm going on, not a title (a title sits inside a sentence: "his book, “Crippled.”").
    """
    b, t = scene.first[i]
    lb, lt = scene.last[i]
    tokens = scene.paragraphs[b].tokens
    if i == 0 or t == 0 or scene.hits[i - 1] is None or scene.first[i - 1][0] != b or lb != b:
        return False
    prev = tokens[t - 1]
    ends = prev.text in {".", "!", "?"} or (prev.kind == "q" and prev.text.rstrip(QUOTE_END).endswith((".", "!", "?")))
    # Ending the paragraph, or before a new sentence ("“Done.” Brandt left.").
    last = lt + 1 == len(tokens) or (tokens[lt + 1].kind == "w" and tokens[lt + 1].capital)
    return ends and scene.found[i].text.rstrip().endswith((".", "!", "?")) and last


def bylined(scene: Scene, i: int) -> bool:
    """A title with its byline, in any case: "“Met accused of whitewashing,” by Post's Jo Ruiz", "“The Art of
    the Deal,” by Ada Holm" (a comma closing the title, then "by" and a name)."""
    b, t = scene.first[i]
    lb, lt = scene.last[i]
    after = scene.paragraphs[lb].tokens[lt + 1 : lt + 3]
    # Opening its paragraph or after a dash or colon, as a list of works sets it ("the “…,” by Trump" is his words).
    before = scene.paragraphs[b].tokens[t - 1].text if t else ""
    closed = scene.found[i].text.rstrip().endswith(",") and before in {"", "—", "–", "-", ":"}
    # (Not "“…,” by Monday, Holm said": a time is no author.)
    return closed and len(after) == 2 and after[0].low == "by" and after[1].capital and after[1].low not in MONTHS_DAYS


def is_term(text: str, rule: str | None) -> bool:
    """A short quoted phrase that no cue credits: a title, name or scare quote.

    >>> is_term("reform", None), is_term("reform", "cue_after"), is_term("We will win.", None)
    (True, False, False)
    """
    if rule in CUE_RULES:
        return False
    words = text.split()
    short = len(words) <= 4 and not text.rstrip().endswith((".", "!", "?", ","))
    return short or (len(words) <= 6 and title_like(text) and rule is None)


# Words that are said aloud, sung or printed to be read: "chanting “…”", "chants of “…”", "a sign that read “…”".
_UTTERING = frozenset(
    "chant chants chanted chanting shout shouts shouted shouting yell yells yelled yelling scream screams "
    "screamed screaming cry cries cried crying sing sings sang singing read reads reading".split()
)
_UTTERANCES = frozenset("chant chants cry cries shout shouts chorus choruses yell yells scream screams".split())


def uttered(scene: Scene, i: int) -> bool:
    """Words a crowd chants, someone shouts or a sign reads: never a title or scare quote, whatever their case.

    >>> from quotecompare.read.sources import parse_article
    >>> from quotecompare.read.quotes import extract
    >>> src = parse_article("a.txt", "T\\n\\nThe crowd broke into chants of “Lock Her Up” as she spoke.")
    >>> uttered(Scene(src, extract(src)), 0)
    True
    """
    b, t = scene.first[i]
    tokens = scene.paragraphs[b].tokens
    k = t - 1
    while k >= 0 and tokens[k].kind == "p" and tokens[k].text in {",", ":", "—", "–"}:
        k -= 1
    if k < 0 or tokens[k].kind != "w":
        return False
    if tokens[k].low in _UTTERING and not tokens[k].capital:
        return True
    return tokens[k].low == "of" and k > 0 and tokens[k - 1].low in _UTTERANCES


# Cues in the quotation's own sentence that report someone's words (not "called", "dubbed": naming).
_REPORTING_RULES = frozenset({"cue_before", "cue_after", "sentence_cue"})


def _one_sentence(scene: Scene, i: int, j: int) -> bool:
    """Whether quotations ``i`` and ``j`` open in one sentence of one paragraph."""
    (b, t), (c, u) = scene.first[i], scene.first[j]
    return b == c and any(s <= t < e and s <= u < e for s, e in scene.paragraphs[b].sentences)


def reported_words(scene: Scene, i: int, hit: Hit) -> bool:
    """A short quoted phrase inside someone's reported words: a partial quote of theirs, not a label.

    '“…,” said X', 'X said the files went to a “highly secret” site', 'X described the delay as the “final”
    extension' quote X's own words, where a scare quote in the writer's narration ("the “reform” plan")
    is a label. The phrase must read as X's wording, not a name: lower case, no inner comma, and either
    a modifier of the noun that follows or several words ("a “very bad idea”"); one noun alone
    ("the “dossier” alleging …") stays a label. A quotation continuing one such quote in its sentence
    ('X said the “half a ton” of files went to a “highly secret” site') is reported by the same cue,
    further away: there only a modifier counts (a noun phrase may name what the first quote spoke of).
    """
    continued = hit.rule == "continuation" and 0 <= hit.of < len(scene.hits) and _one_sentence(scene, i, hit.of)
    if continued:
        hit = scene.hits[hit.of] or hit
    if hit.rule not in _REPORTING_RULES or (hit.verb or "").lower() in NAMING_VERBS:
        return False
    text = scene.found[i].text.strip()
    words = text.rstrip(".,;:").split()
    if not words or not text[:1].islower() or "," in text.rstrip(",") or title_like(text):
        return False
    lb, lt = scene.last[i]
    after = scene.paragraphs[lb].tokens
    nxt = after[lt + 1] if lt + 1 < len(after) else None
    modifies = (
        nxt is not None
        and nxt.kind == "w"
        and not nxt.capital
        and nxt.low not in _NOT_NOUNS
        and not nxt.low.endswith(("ing", "ed", "ly"))
        and not text.endswith((".", ","))
    )
    return modifies or (len(words) >= 2 and not continued)
