"""Speaker phrases: who a cue names, read from narration tokens.

Part of stage 3 (attribution). A cue's subject is a noun phrase that may be
long: a name with titles and abbreviations (``State Sen. Ada Holm``), a party
tag (``Ada Holm (D-Mo.)``), an apposition (``the senator's spokeswoman, Jo
Ruiz,``), a prepositional tail (``Amy Lee of the Urban Institute``), two
people (``Ada Holm and Jo Ruiz``), a pronoun, or a description (``the
company``). :func:`subject_before` reads such a phrase backwards from a verb,
:func:`phrase_at` forwards from a token, and
:func:`~quotecompare.attribution.classify.classify` says what kind of speaker
the phrase names.

>>> from quotecompare.attribution.narration import read_paragraph
>>> p = read_paragraph("The senator's spokeswoman, Jo Ruiz, said it.", [])
>>> m = subject_before(p.tokens, 7, 0)
>>> m.kind, m.name
('person', 'Jo Ruiz')
"""

from __future__ import annotations

from typing import TypeGuard

from quotecompare.attribution.classify import COUNTS, NP_DETERMINERS, ORG_JOINS, PP_HEADS, Mention, classify
from quotecompare.attribution.kinds import DOCUMENT_NOUNS, description_type, participle_after_person, person_noun
from quotecompare.attribution.narration import (
    APPOSITION_MAX,
    QUOTE_END,
    Tok,
    commas_before,
    phrase_text,
    skip_adverbs_back,
)
from quotecompare.attribution.titles import common_plural, people_plural
from quotecompare.attribution.wordclass import (
    ABOUT,
    GENERATIONS,
    ONE_MORE,
    PARTY_TAG_MAX,
    POSSESSIVE_ENDS,
    adjectival,
    bare,
    counted,
    lower_np_word,
    modifier,
    name_at,
    noun_form,
    number_ten,
    object_of,
    of_name,
    party_tag_start,
    place_tail,
    possessive,
    quantified,
    some_people,
    third_person,
    title_ahead,
    title_word,
    verb_form,
)
from quotecompare.text.lexicon import (
    AFTER_NAME,
    BODY_ENDINGS,
    COMMUNICATION_NOUNS,
    DETERMINERS,
    MONTHS_DAYS,
    NAME_MONTHS,
    NAME_PARTICLES,
    ORG_WORDS,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    PURE_PREPOSITIONS,
    SPEECH_FORMS,
    SUBJECT_PRONOUNS,
    TITLE_WORDS,
)
from quotecompare.text.places import is_demonym

_DASHES = frozenset({"—", "–", "--", "―"})


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten".split())


# Offices named with "first": "the first lady", "First Minister Nicola Sturgeon".
_FIRST_OFFICES = frozenset({"lady", "gentleman", "minister", "responder"})


def np_start(tokens: tuple[Tok, ...], e: int, lo: int) -> int | None:
    """Start of the noun phrase whose last token is ``e``, scanning left no further than ``lo``."""
    last = tokens[e]
    if last.kind != "w":
        return None
    if last.low in SUBJECT_PRONOUNS:
        return e
    head_is_name = name_at(tokens, e)
    if not head_is_name and not lower_np_word(last) and not noun_form(tokens, e):
        return None
    i = e
    while i - 1 >= lo:
        t = tokens[i - 1]
        if t.low in ORG_JOINS and head_is_name and tokens[i].capital and i - 2 >= lo and tokens[i - 2].capital:
            # "Center for Strategic & International Studies": inside an organisation's name.
            k = i - 2
            while k - 1 >= lo and (tokens[k - 1].capital or tokens[k - 1].low in ORG_JOINS):
                k -= 1
            if t.text == "&" or any(bare(x) in ORG_WORDS for x in tokens[k : i - 1]):  # "Procter & Gamble"
                i -= 1
                continue
            the = tokens[k].low == "the" or (k - 1 >= lo and tokens[k - 1].low == "the")  # "The" opens a sentence
            if t.low == "and" and the and body_word(tokens[e]):
                i -= 1  # "the Securities and Exchange Commission": one body's name, its word at the end
                continue
        if t.kind == "q" and not head_is_name and i - 2 >= lo and tokens[i - 2].low in {"the", "a", "an"}:
            return i - 2  # "the “Jane the Virgin” actress": a title the noun is of
        if t.kind != "w":
            break
        low = t.low
        if low in NP_DETERMINERS:
            if low in _COUNT_WORDS and i - 2 >= lo and tokens[i - 2].low in {"the", "these", "those"}:
                return i - 2  # "the two senators": the pair named before, not two unnamed senators
            return i - 1
        if name_at(tokens, i - 1):
            i -= 1
            continue
        if low in NAME_PARTICLES and tokens[i].capital and i - 2 >= lo and tokens[i - 2].capital:
            i -= 1
            continue
        if low == "of" and tokens[i].capital and i - 2 >= lo and of_name(tokens[i - 2]):
            i -= 1  # "Secretary of State", "Bank of America"
            continue

        if low == "first" and tokens[i].low in _FIRST_OFFICES:
            i -= 1  # "First lady Melania Trump", capitalised by its place or not
            continue
        if low in GENERATIONS and head_is_name:
            i -= 1  # "the elder Mr. Whitfield": which of a father and son
            continue
        if low == "10" and i - 2 >= lo and number_ten(tokens, i - 2, i):
            i -= 2  # "a No 10 spokesman": the British prime minister's office before its noun
            continue
        if low == "state" and not head_is_name:
            i -= 1  # "state media", "state television": an adjective here, not the verb
            continue
        if lower_np_word(t) and (not head_is_name or low in TITLE_WORDS or "-" in low or low == "former"):
            if head_is_name and low in _VERB_TITLES and i - 2 >= lo and tokens[i - 2].low in _BEFORE_A_VERB:
                break  # "The conference will host Brandt's rivals", "to chair Holm's panel": a verb, no title
            i -= 1
            continue
        if not head_is_name and low.endswith("ed") and i - 2 >= lo and tokens[i - 2].low in NP_DETERMINERS:
            i -= 1  # "an alleged poll": an adjective between article and noun
            continue
        break
    return i


# After these a title word is a verb: "will host", "to chair", "would lead".
_BEFORE_A_VERB = frozenset("to will would can could may might must shall should did does do".split())
_VERB_TITLES = frozenset("host chair head lead judge coach counsel whip anchor sponsor captain manage direct".split())
_CLOSE = frozenset({"close", "closer", "closest"})
_CLAUSE_STARTS = SUBJECT_PRONOUNS | {"that"}


def np_ending_at(tokens: tuple[Tok, ...], e: int, lo: int, absolute: bool = False) -> tuple[int, int] | None:
    """``(start, end)`` token range of the phrase ending at ``e``, with a party tag or "of ..." tail."""
    if e < lo:
        return None
    if tokens[e].text == ")":
        open_ = party_tag_start(tokens, e, lo)
        if open_ is None:
            return None
        inner = np_ending_at(tokens, open_ - 1, lo)
        return (inner[0], e + 1) if inner else None
    start = np_start(tokens, e, lo)
    if start is None:
        return None
    if start - 2 >= lo and quantified(tokens, start - 2, e + 1):
        return start - 2, e + 1  # "one of the protesters"
    # "Amy Lee of the Urban Institute", "a poll in Wyoming", "a letter to Congress": the head comes
    # before the preposition; without one, the object of a preposition is no subject.
    if start - 1 >= lo and tokens[start - 1].low in PURE_PREPOSITIONS and tokens[e].low not in SUBJECT_PRONOUNS:
        prep = tokens[start - 1].low
        if prep in {"with", "of"} and absolute and name_at(tokens, e):
            return start, e + 1  # "with Cruz promising …", "footage of Trump saying …": the participle's subject
        if start - 2 < lo or tokens[start - 2].low in SUBJECT_PRONOUNS or prep not in PP_HEADS | {"in", "on", "to"}:
            return None
        # "a letter to Congress", "an adviser to Holm", "a source close to the campaign"
        if prep == "to" and bare(tokens[start - 2]) not in COMMUNICATION_NOUNS | TITLE_WORDS | _CLOSE:
            return None
        head = np_start(tokens, start - 2, lo)
        while head is not None and head - 2 >= lo and tokens[head - 1].low in PP_HEADS and tokens[head - 2].capital:
            head = np_start(tokens, head - 2, lo)  # "Archbishop X of the Armenian Patriarchate of Jerusalem"
        start = -1 if head is None or (head > lo and tokens[head - 1].low == "to") else head
    return (start, e + 1) if start >= 0 else None  # not "(to) hire workers for jobs": a verb's object


def _of_town_and_state(tokens: tuple[Tok, ...], span: tuple[int, int] | None, lo: int) -> Mention | None:
    """ "Ada Holm of Columbia, South Carolina says": the person, whose place lacks its closing comma."""
    if span is None or span[1] - span[0] > 3 or not all(t.capital for t in tokens[span[0] : span[1]]):
        return None
    if span[0] - 3 < lo or tokens[span[0] - 1].text != ",":
        return None
    k = span[0] - 2
    while k > lo and tokens[k].kind == "w" and tokens[k].capital and span[0] - 2 - k < 3:
        k -= 1  # back over the town's capitalised words to its preposition
    if k - 1 < lo or k == span[0] - 2 or tokens[k].low not in {"of", "from"}:
        return None
    person = _subject(tokens, np_ending_at(tokens, k - 1, lo), lo, None)
    return person if person is not None and person.kind in {"person", "group"} else None


def subject_before(tokens: tuple[Tok, ...], v: int, lo: int) -> Mention | None:
    """The speaker phrase that ends just before the verb at ``v`` (not before token ``lo``).

    Handles "X said", "X, a title, said", "the title, X, said", "X (R-Wis.) said",
    "X, during a visit to Columbus, Ohio, said", "X and Y said", "X has also said".
    """
    if v - 2 >= lo and tokens[v - 2].low in {"and", "but"} and some_people(tokens, v - 1):
        return classify(tokens, v - 1, v)  # "…, and many said": some people, by a pronoun
    end = skip_adverbs_back(tokens, v, lo)
    if lo < end < v and tokens[end].low in PURE_PREPOSITIONS and common_plural(tokens[end - 1].text):
        end = skip_adverbs_back(tokens, v, lo, when=False)  # "Analysts at the firm said": no "at the rally"
    if end - 1 < lo:
        return None
    dash = end - 3 >= lo and tokens[end - 2].text == "-" and tokens[end - 2].start > tokens[end - 3].end  # " - "
    if end - 3 >= lo and tokens[end - 1].low in {"who", "which"} and (tokens[end - 2].text in {",", *_DASHES} or dash):
        # "Iranian diplomat Mohammad Javad Zarif, who said …": the one the relative clause is about, set off by a
        # comma or a dash ("Trump - who previously said he would …").
        # "… heard from Tom Ashby, who said": the one "who" stands for, a preposition's object or not.
        head = np_start(tokens, end - 3, lo)
        for span in (np_ending_at(tokens, end - 3, lo), (head, end - 2) if head is not None else None):
            named = _subject(tokens, span, lo, None)
            if named is not None and named.kind in {"person", "org", "group"}:
                return named
    closer = tokens[end - 1].text
    if tokens[end - 1].kind == "q" and closer.rstrip(QUOTE_END).endswith(","):
        closer = ","  # "Washington, star of “Scandal,” thanked …": the title carries the comma
    if closer in _DASHES:
        # "Jason Sims — a teacher from Mount Pleasant — says"
        opener = next(
            (k for k in range(end - 2, max(lo, end - APPOSITION_MAX) - 1, -1) if tokens[k].text == closer), None
        )
        span = np_ending_at(tokens, opener - 1, lo) if opener else None
        return _subject(tokens, span, lo, (opener + 1, end - 1) if opener else None)
    if closer != ",":
        span = np_ending_at(tokens, end - 1, lo, absolute=tokens[v].low.endswith("ing"))
        if (resident := _of_town_and_state(tokens, span, lo)) is not None:
            return resident
        m = _subject(tokens, span, lo, None)
        if m is None and _month_speaks(tokens, end - 1, v, lo):
            last = tokens[end - 1]  # "“…,” May said": no month says anything; Theresa May does
            return Mention(last.start, last.end, last.text, "person", last.text)
        # "Sam Lau, the party's spokesman said": an apposition that never closes.
        if m is not None and m.kind == "description" and span and span[0] - 2 >= lo and tokens[span[0] - 1].text == ",":
            named_span = np_ending_at(tokens, span[0] - 2, lo)
            named = _subject(tokens, named_span, lo, None)
            # The name opens the clause; "in Hudson, New Hampshire, the supporter said" is a place.
            if (
                named is not None
                and named.kind == "person"
                and named_span
                and named_span[0] == lo
                and tokens[named_span[1] - 1].low not in MONTHS_DAYS  # "…, New Hampshire Monday, the …"
            ):
                return named
        return m
    # An apposition or aside ends with the comma: its head is before an earlier comma. The head
    # is the leftmost phrase that names a person ("Brad Parscale, manager of X for President, Inc.,").
    found: list[Mention] = []
    for comma in reversed(commas_before(tokens, end - 1, lo)):
        if tokens[comma + 1].low in PERSONAL_PRONOUNS:
            break  # "…, he looked into my camera, furrowed …": a clause with its own subject is no aside
        span = np_ending_at(tokens, comma - 1, lo)
        if span is None:
            continue
        before = span[0] - 1
        while before > lo and tokens[before].kind == "w" and not tokens[before].capital and "-" in tokens[before].low:
            before -= 1  # "in military-friendly South Carolina": past a compound adjective to the preposition
        if before >= lo and object_of(tokens[before]) and not adjectival(tokens, before, lo):
            continue  # "... in Columbus, Ohio,", "after winning Ohio,": an object is not the subject
        appos = (comma + 1, end - 1)
        # "a woman in Worcester, Massachusetts,": the place goes on, no apposition
        m = _subject(tokens, span, lo, None if place_tail(tokens, span, appos) else appos)
        if m is not None and m.kind in {"person", "group", "pronoun"}:
            return m
        if m is not None:
            found.append(m)
    if all(m.kind == "org" for m in found):
        # "One of the university's top executives, Michael Sexton, testified": the head is beyond
        # reading, the person set off just before the verb is not. "In Berea, OH, after …, Gov.
        # John Kasich (R-OH), said": a person there outranks a place or organisation further back.
        commas = commas_before(tokens, end - 1, lo)
        if commas:
            span = phrase_at(tokens, commas[0] + 1, end - 1)
            m = classify(tokens, *span) if span and span[1] == end - 1 else None
            if m is not None and m.kind == "person":
                return m
    return found[-1] if found else None


def _month_speaks(tokens: tuple[Tok, ...], k: int, v: int, lo: int) -> bool:
    """A month that is a surname too, alone before a speech verb: "May said", "Then May told MPs"."""
    month = tokens[k]
    alone = k == lo or not tokens[k - 1].capital
    return month.capital and month.low in NAME_MONTHS and alone and tokens[v].low in SPEECH_FORMS


def _subject(
    tokens: tuple[Tok, ...], span: tuple[int, int] | None, lo: int, appos: tuple[int, int] | None
) -> Mention | None:
    if span is None:
        return None
    head = classify(tokens, *span)
    if head is None:
        return None
    head = _with_partner(tokens, head, span[0], lo)
    if appos and appos[1] > appos[0]:
        return prefer_named(head, tokens, appos)
    return head


def _with_partner(tokens: tuple[Tok, ...], head: Mention, start: int, lo: int) -> Mention:
    """ "Ada Holm and Jo Ruiz": two people named as one subject; "the Florida senator and Republican
    presidential candidate": one person described twice, by the first description."""
    if start - 2 < lo or tokens[start - 1].low != "and":
        return head
    if _people_plural(head) and (span := np_ending_at(tokens, start - 2, lo)):
        first = classify(tokens, *span)
        if first is not None and _people_plural(first):  # "Teachers and parents", "Democrats and some Republicans"
            end = next(k for k in range(start, len(tokens)) if tokens[k].end >= head.end) + 1
            text = phrase_text(tokens, span[0], end)
            return Mention(first.start, head.end, text, "description", text)
    if head.kind == "description" and tokens[start].capital:
        span = np_ending_at(tokens, start - 2, lo)
        first = classify(tokens, *span) if span else None
        described = first is not None and first.kind == "description" and first.text.lower().startswith("the ")
        return first if first is not None and described else head
    if head.kind != "person":
        return head
    span = np_ending_at(tokens, start - 2, lo)
    other = classify(tokens, *span) if span else None
    if span is None or other is None or other.kind != "person":
        return head
    return joint(tokens, other, head, span[0], start)


def _people_plural(m: Mention) -> bool:
    """A plural noun for people ending the phrase, no one's name: "parents", "local officials", "Democrats"."""
    last = m.text.split()[-1]
    if m.members or not last.lower().endswith("s"):
        return False
    if m.kind in {"person", "org"}:  # "Teachers", "Democrats" capitalised; not the surname "Sanders"
        return " " not in m.name and people_plural(last)
    return person_noun(last) and description_type(m.text) == "group"  # not "an army of workers": its head


def joint(tokens: tuple[Tok, ...], first: Mention, second: Mention, i: int, j: int) -> Mention:
    """Two people named together ("Ada Holm and Jo Ruiz") as one speaker."""
    text = f"{phrase_text(tokens, i, j - 1)} and {second.text}"
    name = f"{first.name} and {second.name}"
    return Mention(first.start, second.end, text, "group", name, "", (first, second))


def prefer_named(head: Mention, tokens: tuple[Tok, ...], appos: tuple[int, int] | None) -> Mention:
    """Of a phrase and its apposition, the one that names someone: "his lawyer, Jo Ruiz," -> Jo Ruiz; "his
    fellow Texan, Sen. Jo Ruiz," too (a demonym describes whom the apposition names)."""
    described = head.kind == "person" and " " not in head.name and is_demonym(head.name)
    if appos is None or (head.kind in {"person", "group", "pronoun"} and not described):
        return head
    span = phrase_at(tokens, appos[0], appos[1])
    inner = classify(tokens, *span) if span else None
    return inner if inner is not None and inner.kind == "person" else head


def _syllable_in(tokens: tuple[Tok, ...], j: int, first: int, hi: int) -> bool:
    """ "In" ending a name ("Moon Jae In,"): a given name's syllable, as no preposition ends its clause."""
    return tokens[j].text == "In" and j > first and tokens[j - 1].capital and (j + 1 >= hi or tokens[j + 1].kind == "p")


# People a body or a person has, after its name: "Union members", "Senate lawmakers" (no word that is a verb
# too: "Josh Brolin stars", "Holm chairs").
_MEMBERS = frozenset(
    "members employees staffers protesters soldiers workers lawmakers leaders residents activists executives "
    "lawyers attorneys donors legislators senators students teachers volunteers organizers diplomats prosecutors "
    "researchers scientists analysts economists strategists operatives loyalists parents negotiators investigators "
    "agents officers campaigners".split()
)


def people_of(tok: Tok) -> bool:
    """A lower-case word after a name for people that name has: "(Trump) aides", "(Union) members"."""
    return not tok.capital and (tok.low in AFTER_NAME or tok.low in _MEMBERS)


def _acts(tok: Tok) -> bool:
    """A verb in the past or of speech right after a noun: "(Immigrant advocates) gathered", "said"; not
    "(Mr. Sanders advocates) tax increases"."""
    return not tok.capital and tok.kind == "w" and (tok.low in SPEECH_FORMS or tok.low.endswith("ed"))


_NOT_ADJECTIVES = SPEECH_FORMS | NP_DETERMINERS  # "the group, said a member": no adjective after the comma


def _adjectives_apart(tokens: tuple[Tok, ...], i: int, first: int, j: int, hi: int) -> bool:
    """Whether the comma at ``j`` parts two adjectives of a person's noun after "the" or "a": lower-case words
    before it that are no noun of a person, and after it at most two more before one."""
    if tokens[i].low not in {"the", "a", "an"} or j - first > 2:
        return False
    if any(x.kind != "w" or x.capital or description_type(x.text) is not None for x in tokens[first:j]):
        return False  # not "the group, said a member": a noun before the comma ends the phrase there
    for k in range(j + 1, min(hi, j + 4)):
        if tokens[k].kind != "w" or tokens[k].capital or tokens[k].low in _NOT_ADJECTIVES:
            return False
        if person_noun(tokens[k].text):
            return True
    return False


def body_word(t: Tok) -> bool:
    """A capitalised word that ends a body's name: "Commission", "Administration", "Industries"."""
    return t.capital and bare(t) in BODY_ENDINGS


def body_ahead(tokens: tuple[Tok, ...], first: int, j: int, hi: int) -> bool:
    """Whether "and" at ``j`` joins capitals (from ``first``) to capitals that end in a body's word.

    "the Food and Drug Administration", "the Bill and Melinda Gates Foundation": one
    body's name ("the" before it), not two speakers. Names of no body stay apart.
    """
    if j <= first or not all(x.capital for x in tokens[first:j]):
        return False
    k = j + 1
    while k + 1 < hi and tokens[k + 1].capital:
        k += 1
    return k < hi and body_word(tokens[k])


def phrase_at(tokens: tuple[Tok, ...], i: int, hi: int) -> tuple[int, int] | None:
    """``(start, end)`` of the noun phrase that starts at token ``i`` (not reaching ``hi``).

    Takes a determiner, title and name words, a party tag, and one "of/for/at ..." tail.
    """
    if quantified(tokens, i, hi):
        inner = phrase_at(tokens, i + 2, hi)  # "one of the protesters"
        return (i, inner[1]) if inner else None
    if number_ten(tokens, i, hi):
        return i, i + 2
    if i < hi and tokens[i].low in ONE_MORE and (i + 1 >= hi or tokens[i + 1].text in {".", ",", ";"}):
        return i, i + 1  # "“…,” said another.": one more of whom the quotation before was
    if i + 1 < len(tokens) and tokens[i + 1].low in SPEECH_FORMS:
        if tokens[i].low in ONE_MORE:
            return i, i + 1  # "“…,” another added": one more of whom the quotation before was
        if some_people(tokens, i):
            return i, i + 1  # "Others called it …", not "one attendee, who like others spoke …"
    j = i
    if j < hi and tokens[j].kind == "w" and (tokens[j].low in NP_DETERMINERS or tokens[j].low == "this"):
        j += 1
    elif j + 1 < hi and tokens[j].low in ABOUT and counted(tokens[j + 1]):
        j += 1  # "about 100 people", "nearly 200 protesters"
    if j < hi and tokens[i].low == "the" and tokens[j].low in COUNTS:
        if j + 1 == hi or not lower_np_word(tokens[j + 1]):
            return i, j + 1  # "the two said": the people named together
        j += 1  # "the two lawmakers"
    first = j
    saw_name = False  # a name word that is not a title, so a lower-case word after it ends the phrase
    while j < hi:
        t = tokens[j]
        if t.text == "," and j > first and not saw_name and _adjectives_apart(tokens, i, first, j, hi):
            j += 1  # "the bespectacled, 71-year-old diplomat": two adjectives of one noun, a comma between
            continue
        if t.kind != "w" and t.text != "&":
            break
        nxt_capital = j + 1 < hi and tokens[j + 1].capital
        if t.text == "&":
            if not (j > first and nxt_capital and tokens[j - 1].capital):
                break
            j += 1  # "Center for Strategic & International Studies", "AT&T"-style names set with spaces
            continue
        if name_at(tokens, j) or _syllable_in(tokens, j, first, hi):
            j += 1
            # "Clinton's campaign chairman": after a possessive the head noun is still to come.
            saw_name = not possessive(t) and bare(t).rstrip(".") not in TITLE_WORDS
        elif (
            j > first
            and j + 1 < hi
            and (
                (nxt_capital and (t.low in NAME_PARTICLES or (t.low == "of" and of_name(tokens[j - 1]))))
                or (t.low == "of" and bare(tokens[j - 1]) in TITLE_WORDS and bare(tokens[j + 1]) in TITLE_WORDS)
            )
        ):
            j += 1  # "Charles de Gaulle", "Secretary of State John Kerry", "secretary of state Hillary Clinton"
        elif t.low == "first" and j + 1 < hi and tokens[j + 1].low in _FIRST_OFFICES:
            j += 1  # "the former first lady": an office, though "first" alone is an adverb ("X first said")
        elif j > first and nxt_capital and t.low in {"for", "of", "on"} and tokens[j - 1].capital:
            j += 1  # an organisation's name: "Center for Nonproliferation Studies", "Democrats for Life"
        elif not saw_name and nxt_capital and t.low in TITLE_WORDS and title_word(tokens[j + 1]):
            j += 1  # "state Rep. Gilda Cobb-Hunter": a lower-case title word before a written title
        elif (
            t.low == "and"
            and nxt_capital
            and tokens[j - 1].capital
            and any(bare(x) in ORG_WORDS for x in tokens[first:j])
            and any(x.low in {"for", "of"} for x in tokens[first:j])
        ):
            j += 1  # "Center for Strategic and International Studies", "Department of Health and Human Services"
        elif t.low == "and" and nxt_capital and tokens[i].low == "the" and body_ahead(tokens, first, j, hi):
            j += 1  # "the Food and Drug Administration": one body's name, its word at the end
        elif t.low == "and" and nxt_capital and j > first and tokens[j - 1].capital and title_word(tokens[j - 1]):
            j += 1  # "former Ohio Gov. and party Chairman Ed Rendell": two titles of one name
        elif (
            lower_np_word(t)
            or (
                j > i
                and noun_form(tokens, j)
                and (tokens[j - 1].low in {"of", "a", "an", "the"} or not third_person(tokens, j, hi, any_form=True))
                # "Nielsen's statement read": after a document's noun a speech verb is its verb
                and not (bare(tokens[j - 1]) in COMMUNICATION_NOUNS and tokens[j - 1].low != "of")
            )
        ) and (
            not saw_name
            or t.low in AFTER_NAME
            or people_of(t)
            or (t.low == "advocates" and j + 1 < hi and _acts(tokens[j + 1]))  # "Immigrant advocates said"
            or "-" in t.low
            or title_ahead(tokens, j, hi)  # "Tulsa police Chief Chuck Jordan", "opinion editor Josh Greenman"
            or (first > i and not verb_form(t))  # "the Clinton ad", "a Trump aide"
        ):
            if j > first and t.low.endswith("ed") and not modifier(tokens[j - 1]):
                break  # "the senator sought": a verb after the head noun
            if j > first and j + 1 < hi and tokens[j + 1].low == "as" and t.low.endswith(("ed", "en", "wn")):
                break  # "the base chief known as Bob": a participle after the head noun begins a clause
            loose = tokens[j - 1].low.endswith("s") or possessive(tokens[j - 1])
            titled = t.low[:-1] in TITLE_WORDS and j + 1 < hi and tokens[j + 1].capital  # "nuclear experts David …"
            # "the results show that": after a plural, a verb's plain form before a clause.
            clause = j + 1 < hi and tokens[j + 1].low in _CLAUSE_STARTS
            if j > first and not titled and third_person(tokens, j, hi, any_form=loose and (verb_form(t) or clause)):
                break  # "the lawsuit refers to", "the aides cast her …": a verb, not a noun
            j += 1
            saw_name = False
        else:
            break
    if j == first:
        return None
    if j < hi and tokens[j].text == "(":
        for k in range(j + 1, min(hi, j + PARTY_TAG_MAX)):
            if tokens[k].text == ")":
                j = k + 1
                break
    # "Aides to Ada Holm were furious": a plural for people, capitalised only to open the sentence, takes
    # its tail as a lower-case head does (who they are is in it).
    opening = j == i + 1 and common_plural(tokens[i].text)
    if (
        j + 1 < hi
        and (
            (tokens[j].low in PP_HEADS | {"in"})
            or (
                tokens[j].low == "to"
                and (tokens[j - 1].low in _CLOSE or (opening and (tokens[j + 1].capital or tokens[j + 1].low == "the")))
            )
        )
        and (not tokens[j - 1].capital or opening)
    ):
        tail = phrase_at(tokens, j + 1, hi)
        if tail:
            j = tail[1]
        elif tokens[j].low == "of" and counted(tokens[j + 1]) and (j + 2 >= hi or not lower_np_word(tokens[j + 2])):
            j += 2  # "the mother of two said": her children, counted
    elif j + 1 < hi and tokens[j].low == "of" and tokens[j - 1].capital:
        # "Mr. Morgan of the Sierra Club": a name's organisation or home town.
        tail = phrase_at(tokens, j + 1, hi)
        if tail and tokens[tail[1] - 1].capital:
            j = tail[1]
    return i, j


def can_speak(m: Mention | None) -> TypeGuard[Mention]:
    """A phrase that can be a speaker: not "it", not "the opening", not a bare adjective."""
    if m is None:
        return False
    if m.kind != "description":
        return True
    words = m.text.split()
    core = next((words[:k] for k, w in enumerate(words) if k and w.lower() in PREPOSITIONS), words)
    # "people familiar with the matter", "sources close to the team", "an official traveling with Holm":
    # anonymous sources, by the head before.
    close = len(core) > 1 and (core[-1].lower() in _AFTER_SOURCE or participle_after_person(core))
    head = core[-2 if close else -1].lower()
    if (head.endswith("ing") and head not in DOCUMENT_NOUNS) or head in MONTHS_DAYS:
        return False  # "the opening", "Tuesday"; not "the filing", "the ruling": documents
    first = words[0].lower()
    owned = any(w.endswith(POSSESSIVE_ENDS) for w in words) or any(w[:1].isupper() for w in words)
    plural = head.endswith("s") or head in _COLLECTIVE  # "officials said", "police said"
    # "officials said"; "supporters of the mayor said": a plural for people with its preposition, any length.
    people = plural and (len(words) <= 3 or (len(core) == 1 and common_plural(head)))
    return first in DETERMINERS or owned or people or (close and (plural or head == "people"))


_COLLECTIVE = frozenset("police staff personnel media clergy military crew faculty".split())
_AFTER_SOURCE = frozenset({"familiar", "close", "briefed", "involved"})
