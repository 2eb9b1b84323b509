"""Stage 3, attribution rules: what opens a sentence before its subject.

Datelines ("WASHINGTON (AP) —"), fronted words and clauses ("But", "On Monday,",
"After X said …,", "Speaking to CNN,"), a round-up's topic label ("On trade:"):
:func:`fronted_end` steps past them all to where the subject starts.
"""

from __future__ import annotations

from quotecompare.attribution.mentions import possessive
from quotecompare.attribution.narration import QUOTE_END, Tok
from quotecompare.attribution.wordclass import ABOUT, counted
from quotecompare.text.lexicon import (
    AUXILIARIES,
    MONTHS_DAYS,
    NAME_MONTHS,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    SPEECH_FORMS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from quotecompare.text.lexicon import PAST_FORMS as _PAST_FORMS
from quotecompare.text.places import is_place

OPENERS = frozenset(
    "but and so yet still meanwhile however also then now instead indeed moreover plus or later earlier "
    "separately similarly too again first second third finally lastly likewise thus hence ever even".split()
)

DASHES = frozenset({"—", "–", "-", "--", "―", "‒"})


_SPANS = frozenset("minute hour day week month year moment second decade".split())


def _when(tokens: tuple[Tok, ...], k: int, hi: int) -> bool:
    """A fronted time phrase: "A day after the vote,", "Two weeks later,", "Hours before …", "Last week," (when,
    not who)."""
    if k + 2 < hi and tokens[k].low in _DEICTIC and tokens[k + 1].low in _TIMES_OF and is_comma(tokens[k + 2]):
        return True
    return any(
        tokens[j].low.removesuffix("s") in _SPANS
        and tokens[j + 1].low in {"after", "before", "later", "earlier", "ago"}
        for j in range(k, min(hi - 1, k + 3))
    )


def _a_name_month(tokens: tuple[Tok, ...], k: int, hi: int) -> bool:
    """A month that is a surname too, before a lower-case word: "May later said …" (Theresa May), not "May 5,"."""
    return tokens[k].low in NAME_MONTHS and k + 1 < hi and tokens[k + 1].kind == "w" and not tokens[k + 1].capital


_DAY_PARTS = frozenset("morning afternoon evening night".split())
_DEICTIC = frozenset("last this next".split())
_TIMES_OF = _SPANS | _DAY_PARTS  # "Last week,", "This morning,"


def _date_end(tokens: tuple[Tok, ...], k: int, hi: int) -> int:
    """After a date from ``k`` ("Thursday evening", "May 5", "last Monday"), the token after it; else ``hi``."""
    k += k < hi and tokens[k].low in {"last", "this", "early", "late"}
    if k >= hi or tokens[k].low not in MONTHS_DAYS:
        return hi
    k += 1
    while k < hi and (tokens[k].text.isdigit() or tokens[k].low in _DAY_PARTS):
        k += 1
    return k


def fronted_end(tokens: tuple[Tok, ...], s: int, hi: int) -> int:
    """Skip sentence openers: "But", "On Monday,", "After X said ...,", "Speaking to CNN,"."""
    k = _after_dateline(tokens, s, hi)
    for _ in range(4):
        if k >= hi or tokens[k].kind != "w":
            break
        low = tokens[k].low
        if low in OPENERS and not (low == "first" and k + 1 < hi and tokens[k + 1].low == "lady"):
            k += 1  # (not "First lady Melania Trump said": an office)
            if k < hi and tokens[k].text == ",":
                k += 1
            continue
        ing_or_ed = not tokens[k].capital or k == s
        opener = (
            (low.endswith("ly") and len(low) > 4 and k == s)
            or low in SUBORDINATORS
            # Not "about 200 protesters": a number's "about" opens the subject.
            or (low in PREPOSITIONS and not (low in ABOUT and k + 1 < hi and counted(tokens[k + 1])))
            or low == "according"
            # "Speaking to CNN, X said": a fronted participle, even of a speech verb.
            or (ing_or_ed and (low.endswith("ing") or low.endswith("ed")))
            or (low in MONTHS_DAYS and not _a_name_month(tokens, k, hi))
            or (k == s and _when(tokens, k, hi))
        )
        if not opener:
            if (k == s and low in {"a", "an", "the"}) or (k > s and low[:1].isdigit()):
                k = _appositive_opener(tokens, k, hi)  # "A mother of two, she …", "Now 46 and retired, she …"
            break
        if low in PREPOSITIONS and (when := _date_end(tokens, k + 1, hi)) < hi and tokens[when].capital:
            k = when  # "On Thursday evening Hillary Clinton delivered …": a date needs no comma before its subject
            continue
        label = next((c for c in range(k + 1, min(hi, k + 6)) if tokens[c].text in {":", ","}), hi)
        if (
            k == s
            and low in PREPOSITIONS
            and label + 1 < hi
            and tokens[label].text == ":"
            and tokens[label + 1].capital
        ):
            k = label + 1  # "On trade: Trump attacks …": a round-up's topic, a label before the sentence
            continue
        comma = next((c for c in range(k + 1, min(hi, k + 30)) if is_comma(tokens[c])), None)
        dash = next((c for c in range(k + 1, min(hi, k + 8)) if tokens[c].text in DASHES), None)
        if dash is not None and (comma is None or dash < comma):
            # "In the letter - addressed to X, Y - the Utah Republican asks": an aside between dashes ends it.
            close = next((c for c in range(dash + 1, min(hi, dash + 30)) if tokens[c].text == tokens[dash].text), None)
            if close is not None and close + 1 < hi and tokens[close + 1].kind == "w":
                k = close + 1
                continue
        if comma is None:
            break
        if _opener_goes_on(tokens, comma + 1, hi):
            # "After reports about his lawyer, Michael D. Cohen, and a book by James B. Comey, the F.B.I. director
            # he ousted, Mr. Trump appeared …", "Absent X's plan, which he has not introduced, Clinton pointed":
            # the opener ends at the comma a subject and its verb follow, if one does.
            later = (
                c for c in range(comma + 1, min(hi, k + 40)) if is_comma(tokens[c]) and starts_clause(tokens, c + 1, hi)
            )
            comma = next(later, comma)
        k = comma + 1
        # "In Hudson, New Hampshire Monday, X said", "Speaking in Salem, New Hampshire, X said": the place
        # (and its day) go on past the comma.
        nxt = next((c for c in range(k, min(hi, k + 4)) if tokens[c].text == ","), None)
        if (
            nxt is not None
            and nxt > k
            and all(t.capital for t in tokens[k:nxt])
            and (tokens[nxt - 1].low in MONTHS_DAYS or is_place(" ".join(t.text for t in tokens[k:nxt])))
        ):
            k = nxt + 1
    return k


_CONJUNCTIONS_AND_PREPOSITIONS = PREPOSITIONS | {"and", "or", "but", "nor"}


def _appositive_opener(tokens: tuple[Tok, ...], k: int, hi: int) -> int:
    """Past a noun phrase describing the subject that follows: "A mother of two, she voted …".

    Only before a personal pronoun and its verb; otherwise ``k`` itself.
    """
    comma = next((c for c in range(k + 1, min(hi, k + 30)) if is_comma(tokens[c])), None)
    if comma is None or comma + 2 >= hi:
        return k
    pron, verb = tokens[comma + 1], tokens[comma + 2]
    # Not "The plan, he said, was …": a parenthetical cue, the phrase before it the subject.
    aside = comma + 3 < hi and tokens[comma + 3].text == ","
    if pron.low in PERSONAL_PRONOUNS and verb.kind == "w" and not verb.capital and not aside:
        return comma + 1
    return k


def _opener_goes_on(tokens: tuple[Tok, ...], k: int, hi: int) -> bool:
    """After an opener's comma, more of the opener: a relative clause ("…, which he has not introduced,") or
    a name in a list ("reports about his lawyer, Michael D. Cohen, and a book …")."""
    if k < hi and tokens[k].low in {"which", "who", "whose"}:
        return True
    j = _capitals_end(tokens, k, hi)
    return k < j and j + 1 < hi and tokens[j].text == "," and tokens[j + 1].low in {"and", "or"}


def _capitals_end(tokens: tuple[Tok, ...], k: int, hi: int) -> int:
    """Past up to five capitalised words from ``k``: a name with its title ("Mr. Michael D. Cohen")."""
    j = k
    while j < hi and j - k < 5 and tokens[j].kind == "w" and tokens[j].capital:
        j += 1
    return j


def starts_clause(tokens: tuple[Tok, ...], k: int, hi: int) -> bool:
    """A name or pronoun at ``k`` and a lower-case word after it, no conjunction or preposition: "Mr. Holm
    pointed", "she replied" (not "Mexicans and Muslims", "the F.B.I. director")."""
    j = k
    if j < hi and tokens[j].low in SUBJECT_PRONOUNS:
        j += 1
    else:
        j = _capitals_end(tokens, k, hi)
        if j == k or possessive(tokens[j - 1]):
            return False  # "Mr. Stone’s lawyer": a noun phrase, no subject and verb
    if j >= hi or tokens[j].kind != "w" or tokens[j].capital or tokens[j].low in _CONJUNCTIONS_AND_PREPOSITIONS:
        return False
    low = tokens[j].low  # a verb's form: "appeared", "says", "took", "will" (not "DC last year")
    return low.endswith(("ed", "s")) or low in _PAST_FORMS or low in AUXILIARIES or low in SPEECH_FORMS


def is_comma(tok: Tok) -> bool:
    """A comma, or a quoted title that carries the comma inside its marks ("On “Meet the Press,” X said")."""
    return tok.text == "," or (tok.kind == "q" and tok.text.rstrip(QUOTE_END).endswith(","))


def _after_dateline(tokens: tuple[Tok, ...], s: int, hi: int) -> int:
    """Skip a dateline opening a paragraph: "WASHINGTON (AP) —", "Beirut, Lebanon -"; and a run-in head in
    capitals, three words or more before the sentence's first ("AT LEAST 10 KILLED IN ISTANBUL Turkish President …")."""
    caps = s
    while caps < hi and tokens[caps].kind == "w" and (tokens[caps].text.isupper() or tokens[caps].text.isdigit()):
        caps += 1
    if caps - s >= 3 and caps < hi and tokens[caps].capital and not tokens[caps].text.isupper():
        return caps
    for k in range(s, min(hi, s + 9)):
        tok = tokens[k]
        if tok.text in DASHES and k > s:
            # A place in capitals or with its agency: "WASHINGTON (AP) —", not "Jo Ruiz —".
            marked = any(t.text == "(" or (t.kind == "w" and t.text.isupper() and len(t.text) > 2) for t in tokens[s:k])
            return k + 1 if marked else s
        if not (tok.capital or tok.text in {",", "(", ")"} or tok.text.isupper() or tok.text.isdigit()):
            break
    return s
