"""The outlets settle what one article cannot: the same words, credited differently, go to the best-evidenced speaker.

Part of stage 3 (attribution), applied to a whole story once every article
has been read on its own (:func:`quotecompare.attribution.story.build_quotes`
calls :func:`settle`). When outlets print the same words and credit them
differently, a weak credit in one article gives way to a strong one elsewhere:

* how strong a credit is (:func:`strength`): a name in the quote's own clause
  (the sieve's ``own_clause`` rules: a cue after the quote, a label, a cue
  before it), or an unnamed source with such a cue ("a campaign official
  said"), is strong; another explicit cue, a pronoun or description resolved
  to a name in the same or the previous paragraph, or a bare description
  with a cue of its own ("the senator said"), is good (a statement or release
  whose issuer its article does not name, weak: another outlet naming the
  issuer knows more); the sentence's
  subject, a continuation, the narration, or a name reached from further
  back is weak; no speaker, or a description with no cue of its own, is none;
* which words are the same (:func:`same_words`): texts of at least
  :data:`MIN_WORDS` words that share most of the shorter one's runs of word
  stems (found by prefix filtering, so the cost follows the number of
  distinct texts, never their square: a text meets at most :data:`BUDGET`
  others through whole lists, then only its neighbours), confirmed by rapidfuzz's
  ``partial_ratio``; a shorter text settles a longer one only when it is most
  of it (:data:`COVER`), so a phrase shared by unrelated articles is not the
  same words;
* a quote is settled when other outlets credit one named speaker (or a named
  owner's body: "Robert Mueller's team") with a cue of their own (good or
  strong; for words with no speaker at all, a weak credit such as a
  continuation will do), that credit is stronger than the
  quote's own, and it beats every other credit of the same words (by
  strength, then by the number of outlets). A tie is left alone, and so is a
  quote whose own speaker some outlet credits: the outlets then disagree, and
  the words stay side by side under "same words, different speakers". A
  strong credit is never overridden (but an unnamed spokesperson, "a Harbour
  Council spokeswoman", is the body other outlets credit the same words to,
  when the description names it, and an unnamed source, "a White House
  spokesman", is the person another outlet prints with those very words,
  "White House spokesman Hogan Gidley", or whose printed title holds its head
  noun where its own article names that person below: "A federal judge …" in a
  lede, "Judge Ada Holm" elsewhere: the outlets agree), and a person the article
  names is never settled to a speaker of another kind (an organisation, a
  place, a thing);
* a description that one article credits ("the statement"), once settled to
  a speaker, is that speaker for the article's other quotes the outlets say
  nothing about; words the article credited to no one, once settled, take
  the article's next quotations that are no one's for the same want of a name
  ("“…,” she said, adding that …", with no "she" named before).

Then :func:`voices`: an unnamed spokesperson of a body ("a British government
spokeswoman in Washington") speaks for the one body other outlets quote by
name with a cue of their own ("the British government said"), whatever words
each prints (rule ``spokesperson``).

The settled quote's :class:`~quotecompare.models.Attribution` names the rule
``other_outlets`` and lists the other outlets' cues in ``elsewhere``, with the
speaker the article itself gave, if any, in ``replaced``. Quoted terms are
never touched: nothing here makes a quote of a term.

>>> from quotecompare.read.sources import parse_article
>>> from quotecompare.attribution.story import build_quotes
>>> words = "We will not accept any new tariffs on our farmers this year."
>>> a = parse_article("a.txt", f"A\\n\\n“{words}” Ada Holm said.\\n")
>>> b = parse_article("b.txt", f"B\\n\\nThe council met.\\n\\n“{words}”\\n")
>>> quotes, _ = build_quotes([a, b])
>>> [(q.source, q.speaker, q.attribution.rule) for q in quotes]
[('a', 'Ada Holm', 'cue_after'), ('b', 'Ada Holm', 'other_outlets')]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from itertools import islice

from rapidfuzz import fuzz

from quotecompare.attribution.kinds import ISSUED_NOUNS
from quotecompare.attribution.sieve import CUE_RULES, OTHER_OUTLETS, OWN_CLAUSE_CUES, REASONS, SPOKESPERSON
from quotecompare.models import Attribution, Elsewhere, Quote, Source, Struct
from quotecompare.parallel import ordered_map
from quotecompare.text.normalise import plain_words
from quotecompare.text.shingles import SimilarSets, gram_lists

MIN_WORDS = 6
"""Words the shorter of two texts needs: a shorter phrase may be shared by chance (or be a slogan)."""

SHARE = 0.6
"""Share of the shorter text's runs of three word stems the longer must hold."""

FUZZ_CUTOFF = 90.0
"""rapidfuzz ``partial_ratio`` the two texts' folded words must reach: the shorter printed within the longer."""

COVER = 0.8
"""A shorter text elsewhere settles a longer one only with at least this share of its number of words."""

MAX_EVIDENCE = 5
"""Other outlets' cues recorded for one settled quote: the strongest first."""

BUDGET = 16
"""Other texts a text meets through whole lists of texts sharing a run of words; past it, the nearest in reading
order (see :func:`~quotecompare.text.shingles.similar_sets`): the same words in thousands of versions are
weighed on a bounded number of them, so the cost follows the texts, never their square."""

NONE, WEAK, GOOD, STRONG = range(4)

DONOR = WEAK
"""The least strength a credit elsewhere needs to settle a quote with no speaker; a weak credit needs ``GOOD``."""


def strength(q: Quote) -> int:
    """How well a quote's own article evidences its speaker: :data:`NONE` to :data:`STRONG`."""
    a = q.attribution
    if not q.speaker_key or a is None or a.rule is None:
        return NONE
    own = a.rule in OWN_CLAUSE_CUES and a.resolved is None
    if _described(q):
        if not own:
            return NONE
        # With a cue of its own, an unnamed source ("a campaign official said") is what the outlet chose to
        # say, never overridden; a bare description ("the senator", "the statement") is good, not strong.
        if _unnamed(q):
            return STRONG  # an unnamed person of this article
        # "The statement said": its issuer, where another outlet names it, is the better credit.
        return WEAK if _issued(q) else GOOD
    if own:
        return STRONG
    near = a.resolved is None or (len(a.marks) == 2 and 0 <= a.marks[0].block - a.marks[1].block <= 1)
    return GOOD if a.rule in CUE_RULES and near else WEAK


def _described(q: Quote) -> bool:
    return (q.speaker_key or "").startswith("~")


def _owned(q: Quote) -> bool:
    """Someone or some body of a named owner ("Robert Mueller's team"): a credit as good as a name."""
    return _described(q) and "'s " in (q.speaker_key or "") and not _unnamed(q)


def _issued(q: Quote) -> bool:
    """A speaker that is a statement or release, whose issuer its article does not name."""
    words = (q.speaker or "").lower().split()
    return bool(words) and words[-1] in ISSUED_NOUNS


_VOICES = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen".split())


def _voice(q: Quote) -> bool:
    """An unnamed spokesperson of the quote's article ("a British government spokeswoman"): a body's voice."""
    return _described(q) and not _VOICES.isdisjoint(_words_of(q))


def _voice_of(
    q: Quote, credits: dict[str, _Credit], kinds: Mapping[str, str], sources: dict[str, Source]
) -> str | None:
    """The one speaker other outlets credit the words to that the unnamed source's description fits: "a British
    government spokeswoman" speaks for "the British government", and "a White House spokesman" is the one
    another outlet prints as "White House spokesman Hogan Gidley". The outlets do not disagree."""
    words = _words_of(q) - _OPENERS
    found = []
    for key, c in credits.items():
        donor = next((d for _, d in c.by_source.values() if d.source != q.source), None)
        if donor is None:
            continue
        if _kind(key, kinds) == "person":
            printed = set(re.findall(r"[\w-]+", _elsewhere(donor, sources).words.lower()))
            if len(words) > 1 and words <= printed:
                found.append(key)
            elif _unnamed(q) and _head(q) in printed and _names(sources[q.source], key):
                found.append(key)  # "A federal judge … blocked …" in a lede, "U.S. District Judge Ada Holm" below it
            elif _voice(q) and words & _VOICES <= printed and words - _VOICES <= _paragraph_words(donor, sources):
                found.append(key)  # "The Justice Department said … “…,” spokesman Tom Keel said.": the body nearby
            continue
        name = _words_of(donor) - {"the"}
        if _voice(q) and name and name <= words:
            found.append(key)
    return found[0] if len(found) == 1 else None


_OPENERS = frozenset("a an one another the".split())


def _head(q: Quote) -> str:
    """The last word of an unnamed source's description: "A federal judge" -> "judge"."""
    return (q.speaker or "").lower().rpartition(" ")[2]


def _names(source: Source, key: str) -> bool:
    """Whether an article prints the surname of the person filed under ``key`` ("holm|ada")."""
    surname = key.partition("|")[0]
    return bool(surname) and re.search(rf"\b{re.escape(surname)}\b", source.raw, re.IGNORECASE) is not None


def _unnamed(q: Quote) -> bool:
    """Someone this article leaves unnamed ("a White House spokesman", "one senior official")."""
    return (q.speaker_key or "").startswith(f"~{q.source}:")


def _kind(key: str | None, kinds: Mapping[str, str]) -> str | None:
    """A speaker's kind ("person", "group", "other"...), from the story's speakers, else from the shape of its key."""
    if key is None:
        return None
    return kinds.get(key) or ("person" if "|" in key and "+" not in key and not key.startswith("~") else "other")


def _folded(q: Quote) -> str | None:
    """The quote's folded words (typography, case and marks aside), when it may be settled or settle another."""
    if q.kind != "quote" or q.within is not None:
        return None
    words = plain_words(q.text)
    return words if words.count(" ") + 1 >= MIN_WORDS else None


CHUNK = 1024
"""Texts whose pairs one task finds: a story of four chunks or more is searched by ``workers`` processes."""


def _alike(state: tuple[SimilarSets, list[str]], k: int) -> set[tuple[int, int]]:
    """The pairs met from the ``k``-th chunk of texts whose words are alike (``partial_ratio``)."""
    index, words = state
    return {
        (s, t)
        for s, t in index.pairs(k * CHUNK, (k + 1) * CHUNK)
        if fuzz.partial_ratio(words[s], words[t], score_cutoff=FUZZ_CUTOFF)
    }


def same_words(texts: list[str], wanted: list[bool], workers: int = 1) -> dict[int, set[int]]:
    """For each wanted text, the other texts that print the same words (the shorter within the longer).

    A shorter text counts for a longer one only when it has at least :data:`COVER` as many words:
    a phrase another outlet quoted from a long statement does not make the whole statement theirs.

    >>> same_words(["We will fight for every job in this town.", "we will fight for every job in this town", "We will win."], [True] * 3)
    {0: {1}, 1: {0}}
    """
    words = [plain_words(t) for t in texts]
    sizes = [len(w.split()) for w in words]
    index = SimilarSets(gram_lists(words), SHARE, MIN_WORDS - 2, wanted, budget=BUDGET, width=2)
    chunks = -(-len(words) // CHUNK)
    alike: set[tuple[int, int]] = set()
    for found in ordered_map(_alike, (index, words), chunks, workers, chunk=1, pool=chunks >= 4):
        alike |= found
    out: dict[int, set[int]] = {}
    for s, t in sorted(alike):
        # A fragment settles the text it is part of only when it is a good part of it.
        if wanted[s] and sizes[t] >= COVER * sizes[s]:
            out.setdefault(s, set()).add(t)
        if wanted[t] and sizes[s] >= COVER * sizes[t]:
            out.setdefault(t, set()).add(s)
    return out


class _Credit(Struct):
    """One speaker's credits of some words: the best ``(strength, quote)`` in each outlet."""

    __slots__ = ("by_source", "tiers")

    def __init__(
        self,
        by_source: dict[str, tuple[int, Quote]],
        tiers: Counter[int],  # outlets by the strength of their best credit
    ) -> None:
        self.by_source = by_source
        self.tiers = tiers


def _credits(quotes: list[tuple[int, Quote]]) -> dict[str, _Credit]:
    """The credits of named speakers among ``(strength, quote)`` pairs, good or strong, by speaker key."""
    by_key: dict[str, dict[str, tuple[int, Quote]]] = defaultdict(dict)
    for tier, q in quotes:
        if tier >= DONOR and q.speaker_key and (not _described(q) or _owned(q)):
            held = by_key[q.speaker_key].get(q.source)
            if held is None or tier > held[0]:
                by_key[q.speaker_key][q.source] = (tier, q)
    return {k: _Credit(d, Counter(t for t, _ in d.values())) for k, d in by_key.items()}


def _verdict(q: Quote, own: int, credits: dict[str, _Credit], kinds: Mapping[str, str]) -> str | None:
    """The speaker key other outlets settle ``q`` (of strength ``own``) to, or None."""
    ranked = []
    for key, c in credits.items():
        mine = c.by_source.get(q.source)
        outlets = len(c.by_source) - (mine is not None)
        if not outlets:
            continue
        if key == q.speaker_key:
            return None  # some outlet gives this article's own speaker a cue: agreement or a real disagreement
        if _kind(q.speaker_key, kinds) == "person" and _kind(key, kinds) != "person":
            continue  # a person the article names is not settled to an organisation, a place or a thing
        tiers = c.tiers - Counter([mine[0]]) if mine else c.tiers
        top = max(tiers)
        ranked.append(((top, tiers[top], outlets), key))
    if not ranked:
        return None
    ranked.sort(reverse=True)
    (score, key), rest = ranked[0], ranked[1:]
    if (rest and rest[0][0] == score) or score[0] <= own or (own > NONE and score[0] < GOOD):
        return None
    return key


def _donors(credit: _Credit) -> list[Quote]:
    """A credit's quotes, one per outlet, the strongest first."""
    return [q for _, q in sorted(credit.by_source.values(), key=lambda d: (-d[0], d[1].id))]


def _elsewhere(donor: Quote, sources: dict[str, Source]) -> Elsewhere:
    a = donor.attribution
    assert a is not None and a.rule is not None
    blocks = sources[donor.source].blocks
    name = a.marks[-1] if a.marks else None
    words = blocks[name.block].text[name.start : name.end] if name else (donor.speaker or "")
    return Elsewhere(donor.source, donor.id, a.rule, words, a.resolved or a.evidence, a.marks)


def _settled(q: Quote, donor: Quote, evidence: tuple[Elsewhere, ...], rule: str = OTHER_OUTLETS.name) -> Quote:
    why = Attribution(rule, elsewhere=evidence, replaced=q.speaker)
    return q._replace(speaker=donor.speaker, speaker_key=donor.speaker_key, cue=rule, attribution=why)


def voices(sources: list[Source], quotes: list[Quote], kinds: Mapping[str, str]) -> list[Quote]:
    """An unnamed spokesperson of a body ("a British government spokeswoman in Washington") speaks for the one
    body other outlets quote by name with a cue of their own ("the British government said"), whatever words
    each prints, so the outlets' statements meet under one speaker. Never a person (a spokesman other outlets
    name is the person only where they print the same words: see :func:`settle`)."""
    by_id = {s.id: s for s in sources}
    bodies: dict[str, dict[str, Quote]] = defaultdict(dict)  # body key -> its strongest credit in each outlet
    for q in quotes:
        key = q.speaker_key
        body = not _described(q) or not (_unnamed(q) or _voice(q) or _issued(q))  # "the British government"
        if key and body and _kind(key, kinds) != "person" and strength(q) >= GOOD:
            held = bodies[key].get(q.source)
            if held is None or strength(q) > strength(held):
                bodies[key][q.source] = q
    names = {key: _words_of(next(iter(credits.values()))) - {"the"} for key, credits in bodies.items()}
    out = list(quotes)
    for n, q in enumerate(quotes):
        if not _voice(q) or q.kind != "quote":
            continue
        words = _body_words(q.speaker or "")
        fits = [
            [d for src, d in bodies[key].items() if src != q.source] for key, name in names.items() if name == words
        ]
        fits = [donors for donors in fits if donors]
        if len(fits) == 1:
            donors = sorted(fits[0], key=lambda d: (-strength(d), d.id))[:MAX_EVIDENCE]
            out[n] = _settled(q, donors[0], tuple(_elsewhere(d, by_id) for d in donors), SPOKESPERSON.name)
    return out


def _words_of(q: Quote) -> set[str]:
    """The words of a quote's speaker, lower case: "A Twitter spokesman" -> {"a", "twitter", "spokesman"}."""
    return set(re.findall(r"[\w-]+", (q.speaker or "").lower()))


def _body_words(description: str) -> set[str]:
    """The words naming whose spokesperson a description is: "a British government spokeswoman in Washington"
    -> {"british", "government"}; "a spokesman for the harbour board" -> {"harbour", "board"}.

    >>> sorted(_body_words("A British government spokeswoman in Washington")), _body_words("A spokesman")
    (['british', 'government'], set())
    """
    words = re.findall(r"[\w-]+", description.lower())
    at = next((k for k, w in enumerate(words) if w in _VOICES), len(words))
    before = words[:at]
    after = words[at + 2 :] if at + 1 < len(words) and words[at + 1] in {"for", "of"} else []
    return set(before + after) - _OPENERS - {"the"}


def settle(
    sources: list[Source], quotes: list[Quote], kinds: Mapping[str, str] | None = None, workers: int = 1
) -> list[Quote]:
    """``quotes`` with those whose own evidence is weak settled by what other outlets credit the same words to.

    ``kinds`` gives each speaker key's :attr:`~quotecompare.models.Speaker.kind` (a person is never settled
    to a speaker of another kind); without it, the kind is read from the key.
    """
    if len({q.source for q in quotes}) < 2:
        return quotes  # one outlet: no other outlet to settle anything (and a huge article spends no time here)
    kinds = kinds or {}
    texts: dict[str, int] = {}
    of_text: list[list[int]] = []
    for n, q in enumerate(quotes):
        words = _folded(q)
        if words:  # one text for every printing of the same words, whatever the typography
            s = texts.setdefault(words, len(texts))
            if s == len(of_text):
                of_text.append([])
            of_text[s].append(n)
    by_id = {s.id: s for s in sources}
    tiers = [strength(q) for q in quotes]
    wanted = [any(tiers[n] < STRONG or _voice(quotes[n]) or _unnamed(quotes[n]) for n in ns) for ns in of_text]
    twins = same_words(list(texts), wanted, workers)
    heard: set[int] = set()  # quotes some other outlet credits
    verdicts: dict[int, tuple[str, list[Quote]]] = {}
    for s, ns in enumerate(of_text):
        if not wanted[s]:
            continue
        credits = _credits([(tiers[n], quotes[n]) for t in (s, *sorted(twins.get(s, ()))) for n in of_text[t]])
        ranked: dict[str, list[Quote]] = {}  # each credit's quotes in order, sorted once for the text
        for n in ns:
            q = quotes[n]
            if any(q.source not in c.by_source or len(c.by_source) > 1 for c in credits.values()):
                heard.add(n)
            if not credits:
                key = None
            elif tiers[n] < STRONG:
                key = _verdict(q, tiers[n], credits, kinds)
            else:  # a strong credit is never overridden, but an unnamed source is the one other outlets name
                key = _voice_of(q, credits, kinds, by_id) if _voice(q) or _unnamed(q) else None
            if key is not None:
                verdicts[n] = (key, ranked.get(key) or ranked.setdefault(key, _donors(credits[key])))
    moved = {quotes[n].id for n in verdicts}
    out = list(quotes)
    described: dict[tuple[str, str], dict[str, tuple[Quote, tuple[Elsewhere, ...]]]] = defaultdict(dict)
    for n, (key, ranked_donors) in verdicts.items():
        q = quotes[n]
        # One per other outlet, the strongest first; a credit settled in turn is no evidence.
        donors = list(islice((d for d in ranked_donors if d.source != q.source and d.id not in moved), MAX_EVIDENCE))
        if not donors:
            continue
        evidence = tuple(_elsewhere(d, by_id) for d in donors)
        out[n] = _settled(q, donors[0], evidence)
        if _described(q):
            described[(q.source, q.speaker_key or "")][key] = (donors[0], evidence)
    # A description settled to one speaker is that speaker for the article's other quotes of it.
    for n, q in enumerate(quotes):
        settled = described.get((q.source, q.speaker_key or ""))
        if out[n] is q and n not in heard and settled and len(settled) == 1 and q.kind == "quote" and not q.within:
            donor, evidence = next(iter(settled.values()))
            out[n] = _settled(q, donor, evidence)
    return _carried(quotes, out, verdicts)


_UNREAD = frozenset({REASONS["pronoun"], REASONS["none"]})


def _carried(quotes: list[Quote], out: list[Quote], verdicts: Mapping[int, object]) -> list[Quote]:
    """After words the article credited to no one and the outlets settled, the article's next quotations that
    are no one's for the same want of a name: "“…,” she said, adding that the ferries “will run on time.”" with
    no "she" named before is the speaker the outlets credit, and so is the next "she added"."""
    carried: tuple[Quote, tuple[Elsewhere, ...]] | None = None
    last = -1  # the paragraph the run has reached: it goes on in that paragraph or the next
    for n, q in enumerate(quotes):
        if n and q.source != quotes[n - 1].source:
            carried = None
        if q.within:
            continue  # words quoted inside a quotation are read with it
        if n in verdicts and q.speaker_key is None and out[n] is not q:
            a = out[n].attribution
            carried, last = (out[n], a.elsewhere if a else ()), _paragraph(q, -1)
        elif carried and out[n] is q and q.speaker_key is None and q.kind == "quote":
            if q.attribution is not None and q.attribution.reason in _UNREAD and 0 <= _paragraph(q, 0) <= last + 1:
                out[n] = _settled(q, carried[0], carried[1])
                last = _paragraph(q, -1)
                continue
            carried = None
        elif out[n].speaker_key is not None or q.kind == "quote":
            carried = None
    return out


def _paragraph_words(q: Quote, sources: dict[str, Source]) -> set[str]:
    """The words of the paragraph a quote starts in, lower case."""
    b = _paragraph(q, 0)
    return set(re.findall(r"[\w-]+", sources[q.source].blocks[b].text.lower())) if b >= 0 else set()


def _paragraph(q: Quote, end: int) -> int:
    """The paragraph a quotation starts (``end`` 0) or ends (-1) in; -1 for one read from no text."""
    return q.spans[end].block if q.spans else -1
