"""Work out who said each quotation, and merge name variants into speakers.

Stage 3 of the pipeline.

* :func:`find_cue` reads the narration around one quotation for a speech cue:
  ``"…," X said`` / ``said X`` / ``X told Y`` after it, or ``X said: "…"`` /
  ``X said the talks "…"`` / ``X insisted it was not a "…"`` before it, in
  the same sentence. The speaker phrase may be a name with titles, a pronoun,
  ``who``, or a description ("the former vice president", "the suit").
* :func:`attribute_source` resolves those phrases in reading order: pronouns to
  the person last quoted or last made the subject of a sentence, descriptions
  to a person whose title matches, and a quote with no cue to the speaker of
  the quote just before it (continuation).
* :class:`SpeakerIndex` merges name variants across every source
  ("Lavrov" / "Sergei Lavrov" / "Russian Foreign Minister Sergei Lavrov"; "Mike"
  / "Michael"), keyed by surname and compatible first name.

Nothing here knows any particular story: speakers are what the text names.

>>> cue = find_cue('Lavrov said the ties "', '" and left.')
>>> cue.who, cue.verb, cue.where
('Lavrov', 'said', 'before')
"""

import re
from collections.abc import Callable
from typing import NamedTuple

from .lexicon import FUNCTION_WORDS as _FUNCTION_WORDS
from .lexicon import MONTHS_DAYS as _MONTHS_DAYS
from .lexicon import NOT_SUBJECT as _NOT_SUBJECT
from .lexicon import PRONOUNS, SPEECH_VERBS
from .models import Quote, Source, Span, Speaker
from .quotes import Found, inner_quotes
from .speakers import NAME_TOKEN as _NAME_TOKEN
from .speakers import SUFFIX as _SUFFIX
from .speakers import SpeakerIndex, is_organisation, split_mention
from .textnorm import is_run_of, plain_words

_PARTICIPLES = {v for v in SPEECH_VERBS.split("|") if v.endswith("ing")}
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Hon|Sec|Amb)\.\s+)"
_ENTITY = (
    rf"(?:the\s+)?{_HONORIFIC}?{_NAME_TOKEN}(?:\s+(?:of\s+|de\s+|van\s+|von\s+|al-)?{_NAME_TOKEN}){{0,6}}{_SUFFIX}?"
)
_DESCRIPTION = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*(?:'s|’s)?(?:\s+[a-z][\w-]*){0,1}"
# A name, or lower-case title words before a full name ("party chair Tom Perez"). One
# pattern, not ENTITY|TITLED: the same matches, and the name part is compiled once.
_TITLED = rf"(?:(?:[a-z][\w-]*\s+){{1,3}}(?={_NAME_TOKEN}\s+{_NAME_TOKEN}))?{_ENTITY}"
_SUBJ = rf"(?P<who>{_TITLED}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|who|{_DESCRIPTION})"
_APPOS = r"(?:\s*,\s*(?P<appos>[^;:!?“”\"]{1,100}?)\s*,)?"
# Between speaker and verb: "reportedly", "has also", "on Friday", "later".
_ADVERB = (
    r"(?:\s+(?:\w+ly|is|are|was|were|has|have|had|also|then|later|again|would|will|did|once|still|even|on\s+\w+day|"
    r"in\s+a\s+statement|in\s+an\s+interview)){0,3}"
)
# Speech verbs are found by word lookup, not by a regex alternation: compiling
# ~150-way alternations into several patterns cost more than the seed build itself.
_VERB_SET = frozenset(SPEECH_VERBS.split("|"))
_PHRASAL = {"pointed": "out", "went": "on"}
_WORD = re.compile(r"[A-Za-z]+")
_LEAD = re.compile(r"[\s,.;:!?—–\-\"”’']*")
_SUBJ_START = re.compile(rf"{_SUBJ}(?P<rest>\s*,\s*[^,.;:!?]{{1,80}})?")
_ACCORDING_AFTER = re.compile(r"[\s,.;:—–-]*according\s+to\s+")
_ACCORDING_BEFORE = re.compile(r"\s*According\s+to\s+")
_SUBJ_PRONOUN_AT_END = re.compile(rf"(?P<who>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|who)(?P<appos>){_ADVERB}\s+$")
_SUBJ_ENTITY_AT_END = re.compile(rf"(?P<who>{_TITLED}){_APPOS}{_ADVERB}\s+$")
# "Kwame Asante of the Riders' Union said": the person, not the organisation.
_PERSON_OF_ORG = re.compile(rf"(?P<person>{_ENTITY})\s+(?:of|from|at|with)\s+(?:the\s+)?(?:\S+['’]s?\s+)?$")
_SUBJ_DESCRIPTION_AT_END = re.compile(rf"(?P<who>{_DESCRIPTION}){_APPOS}{_ADVERB}\s+$")
_PREP_BEFORE = re.compile(r"\b(?:in|of|from|at|for|with|by|on|via|to|about|against|into)\s+(?:the\s+)?$", re.I)
_PREP_HEAD = re.compile(
    r"(?P<head>\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,4}(?:in|of|from|at|for|by)\s+(?:the\s+)?)$"
)

# A sentence ends at . ! ? before a capital, but not after an initial ("J. Trump") or
# a common abbreviation ("Mr.", "Inc.", "Sen.").
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bJr)(?<!\bSr)(?<!\bInc)(?<!\bSt)(?<!\bGen)"
    r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bCo)(?<!\bCorp)(?<!\bLtd)(?<!\bvs)(?<!\bNo)(?<!\bLt)(?<!\bCol)"
    r"[.!?][\"”’']?\s+(?=[\"“‘A-Z])"
)
_NAME_IN_APPOS = re.compile(rf"(?:^|\s)(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}}){_SUFFIX}?\s*$")
_AUXILIARIES = frozenset(
    "is are was were be been has have had also then later again would will did once still even".split()
)


class Cue(NamedTuple):
    who: str
    verb: str
    where: str  # "after", "before" or "participle"


def _clean_who(who: str, appos: str | None) -> str:
    who = who.strip()
    # "the campaign's manager, Brad Parscale, said" -> the name in the apposition.
    if appos and (not _is_name(who) or split_mention(who).kind == "description"):
        m = _NAME_IN_APPOS.search(appos)
        if m:
            return m.group("name")
    return who


def _leading_person(appos: str | None) -> str | None:
    """The person's full name an apposition opens with: "Rob Buschel, Mr. Stone's lawyer" -> Rob Buschel.

    >>> _leading_person("Rob Buschel, Mr. Stone's lawyer"), _leading_person("a state with few polls")
    ('Rob Buschel', None)
    """
    first = (appos or "").split(",")[0].strip()
    mention = split_mention(first)
    if mention.kind != "name" or mention.title or mention.name != first or len(first.split()) < 2:
        return None
    return None if is_organisation(first) or not _valid_subject(first) else first


def _is_name(text: str) -> bool:
    return bool(text) and text[0].isupper() and text.lower() not in PRONOUNS


def find_cue(before: str, after: str, quote_text: str = "") -> Cue | None:
    """Find the speech cue of one quotation from the narration around it.

    ``before`` is the narration from the start of the quote's sentence to its
    opening mark, ``after`` from its closing mark to the next quotation.

    >>> find_cue("", '," he said. Then "', "We are ready,").who
    'he'
    >>> find_cue("", ", said Tom Perez, chair of the party.", "It is,").who
    'Tom Perez'
    >>> find_cue("", ' He added: "', "relations.") is None
    True
    """
    ends_sentence = quote_text.rstrip().endswith((".", "…")) and not quote_text.rstrip().endswith("...")
    lead = _LEAD.match(after).end()
    verbs = [v for v in speech_verbs(after[:300]) if v[0] >= lead]
    # '…," X said' / '…," X, a title, said'
    for start, end, verb in verbs:
        if start == lead:
            continue
        who, appos = _subject_filling(after[lead:start])
        if who is None:
            continue
        tail = after[end:]
        introduces_next = tail.lstrip().startswith(":") or (
            ends_sentence and who[0].isupper() and not _SENTENCE_END.search(tail + " X")
        )
        if not introduces_next or not ends_sentence:
            return Cue(_clean_who(who, appos), verb, "after")
        break
    # '…," said X' / '…," said the campaign's manager, Brad Parscale'
    if verbs and verbs[0][0] == lead and not (ends_sentence and after.lstrip()[:1].isupper()):
        m = _SUBJ_START.match(after, _skip_space(after, verbs[0][1]))
        if m and _valid_subject(m.group("who")):
            who = m.group("who")
            if not _is_name(who) and m.group("rest"):
                inner = _NAME_IN_APPOS.search(m.group("rest").strip(" ,"))
                who = inner.group("name") if inner else who
            return Cue(who, verbs[0][2], "after")
    # '…," according to X'
    m = _ACCORDING_AFTER.match(after)
    if m and not ends_sentence:
        s = _SUBJ_START.match(after, m.end())
        if s and _valid_subject(s.group("who")):
            return Cue(s.group("who"), "according to", "after")
    return _before_cue(_SENTENCE_END.split(before.rstrip() + " X")[-1][:-1], after)


def speech_verbs(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, verb)`` of each speech verb in ``text``, as whole words.

    >>> speech_verbs("She pointed out that he said no")
    [(4, 15, 'pointed out'), (24, 28, 'said')]
    """
    words = list(_WORD.finditer(text))
    out = []
    for k, m in enumerate(words):
        word = m.group(0)
        following = words[k + 1] if k + 1 < len(words) else None
        if word in _PHRASAL and following and following.group(0) == _PHRASAL[word]:
            out.append((m.start(), following.end(), f"{word} {following.group(0)}"))
        elif word in _VERB_SET:
            out.append((m.start(), m.end(), word))
    return out


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _has_speech_verb(text: str | None) -> bool:
    return bool(text) and any(w in _VERB_SET for w in _WORD.findall(text or ""))


def _subject_filling(prefix: str) -> tuple[str | None, str | None]:
    """The speaker phrase (and apposition) when it fills ``prefix`` exactly."""
    for pattern in (_SUBJ_PRONOUN_AT_END, _SUBJ_ENTITY_AT_END, _SUBJ_DESCRIPTION_AT_END):
        m = pattern.fullmatch(prefix)
        who = _trim_auxiliary(m.group("who")) if m else ""
        if m and _valid_subject(who) and not _has_speech_verb(m.group("appos")):
            return who, m.group("appos")
    return None, None


def _trim_auxiliary(who: str) -> str:
    """A description's optional last word may have taken an adverb: "The suit also" -> "The suit".

    >>> _trim_auxiliary("The suit also"), _trim_auxiliary("the city assembly")
    ('The suit', 'the city assembly')
    """
    head, _, last = who.rpartition(" ")
    return head if head and last.lower() in _AUXILIARIES else who


def _subject_ending_at(prefix: str) -> str | None:
    """The speaker phrase that ends right where a speech verb starts, if any.

    Tried from the leftmost candidate, so "Jo Doe, chair of Acme, Inc., said"
    finds Jo Doe with her whole apposition.
    """
    for pattern in (_SUBJ_PRONOUN_AT_END, _SUBJ_ENTITY_AT_END, _SUBJ_DESCRIPTION_AT_END):
        for start in _candidate_starts(prefix):
            m = pattern.match(prefix, start)
            if not m or _has_speech_verb(m.group("appos")):
                continue
            who = _trim_auxiliary(m.group("who"))
            if not _valid_subject(who):
                continue
            # "In a statement forwarded by Mr. Stone, Rob Buschel, his lawyer, said": the
            # object of a preposition is not the subject; a name set off after it is.
            if pattern is not _SUBJ_PRONOUN_AT_END and _PREP_BEFORE.search(prefix[: m.start("who")]):
                person = _leading_person(m.group("appos"))
                if person:
                    return person
            who = _clean_who(who, m.group("appos"))
            if pattern is _SUBJ_ENTITY_AT_END and (po := _PERSON_OF_ORG.search(prefix[: m.start("who")])):
                person = po.group("person")
                if len(split_mention(person).name.split()) >= 2:
                    return person
            # "an alleged poll in Wyoming said": the speaker is the poll, not Wyoming.
            head = _PREP_HEAD.search(prefix[: m.start("who")])
            if pattern is not _SUBJ_PRONOUN_AT_END and head:
                return f"{head.group('head').strip()} {who[0].lower() + who[1:] if who.startswith('The ') else who}"
            return who
    return None


def _candidate_starts(prefix: str) -> list[int]:
    """Word starts of the last 40 words of ``prefix``, leftmost first."""
    starts = [m.start() for m in re.finditer(r"(?:^|(?<=[\s(,;—–-]))\S", prefix)]
    return starts[-40:]


def _before_cue(sentence: str, after: str) -> Cue | None:
    """The cue in the quote's own sentence before it: the speech verb nearest the quote."""
    for start, _end, verb in reversed(speech_verbs(sentence)):
        who = _subject_ending_at(sentence[:start])
        if who:
            return Cue(who, verb, "before")
        if verb in _PARTICIPLES:
            # "..., saying it should be "…"": the participle belongs to the person
            # the clause is about, or else to an earlier cue's subject.
            person = _last_person(sentence[:start])
            if person:
                return Cue(person, verb, "participle")
            continue
    # "According to a report, the branch costs "…"".
    opener = _ACCORDING_BEFORE.match(sentence)
    if opener:
        m = _SUBJ_START.match(sentence, opener.end())
        if m and _valid_subject(m.group("who")) and sentence[m.end("who") :].lstrip().startswith(","):
            return Cue(m.group("who"), "according to", "before")
    # "Calling it an "…," the committee filed": the subject follows the quote.
    first = _WORD.match(sentence, _skip_space(sentence, 0))
    if first and first.group(0).lower() in _PARTICIPLES:
        subj = _sentence_subject(_first_clause(after))
        if subj:
            return Cue(subj, first.group(0).lower(), "participle")
    return None


def _last_person(text: str) -> str | None:
    """The last name in ``text`` that looks like a person's (two names, or a title and a name)."""
    found = None
    for m in re.finditer(_ENTITY, text):
        cand = m.group(0)
        if _PREP_BEFORE.search(text[: m.start()]) or not _valid_subject(cand):
            continue
        mention = split_mention(cand)
        if len(mention.name.split()) >= 2 or mention.title:
            found = cand
    return found


def _first_clause(text: str) -> str:
    text = re.sub(r"^[\s,.;:—–-]+", "", text)
    return _SENTENCE_END.split(text)[0]


def _valid_subject(who: str) -> bool:
    words = who.lower().split()
    if not words or words[0] in _NOT_SUBJECT:
        return False
    if len(words) > 1 and (words[-1] in _FUNCTION_WORDS | _NOT_SUBJECT | _AUXILIARIES or words[-1].endswith("ly")):
        return False
    if who[0].isupper() and who.lower() not in PRONOUNS:
        # A capitalized run must hold a name, not just "On Friday" or "In".
        tokens = [t for t in re.split(r"\s+", who) if t.lower().strip(".") not in _FUNCTION_WORDS]
        return bool(tokens) and not all(t.lower() in _MONTHS_DAYS for t in tokens)
    return True


def _sentence_subject(text: str, accept: Callable[[str], bool] = lambda _: True) -> str | None:
    """The first name-like run of a clause that ``accept`` allows, skipping 'According to X,' openers."""
    text = re.sub(r"^\s*(?:According to|In|On|At|After|Before|During|Earlier|Later)\b[^,]{0,60},\s*", "", text)
    for m in re.finditer(_ENTITY, text):
        cand = m.group(0)
        if _valid_subject(cand) and accept(cand):
            return cand
    return None


# --- speakers across sources ----------------------------------------------------


# --- per source ---------------------------------------------------------------


class _Context:
    """The last speaker named in a source, for quotes that continue without a cue."""

    __slots__ = ("last_block", "last_speaker")

    def __init__(self) -> None:
        self.last_speaker: str | None = None
        self.last_block = -10


def _narration(source: Source, found: list[Found], i: int) -> tuple[str, str]:
    """Narration before quote ``i`` (its block, from the previous quote) and after it."""
    q = found[i]
    first, last = q.spans[0], q.spans[-1]
    block = source.blocks[first.block].text
    prev_end = 0
    if i > 0 and found[i - 1].spans[-1].block == first.block:
        prev_end = found[i - 1].spans[-1].end + 1
    before = block[prev_end : max(first.start - 1, prev_end)]
    tail_block = source.blocks[last.block].text
    next_start = len(tail_block)
    if i + 1 < len(found) and found[i + 1].spans[0].block == last.block:
        next_start = found[i + 1].spans[0].start - 1
    after = tail_block[min(last.end + 1, next_start) : next_start]
    # Keep the closing punctuation that sits between text and mark: '…," he said'.
    return before, after


def _subjects(text: str, accept: Callable[[str], bool] = lambda _: True) -> list[str]:
    """Sentence subjects of a stretch of narration, most recent first (quotations blanked)."""
    subjects = []
    for sentence in _SENTENCE_END.split(re.sub(r"[“”\"][^“”\"]*[“”\"]", " ", text)):
        subj = _sentence_subject(sentence, accept)
        if subj:
            subjects.append(subj)
    return subjects[::-1]


def _recent_subjects(
    source: Source, block_index: int, before: str, accept: Callable[[str], bool] = lambda _: True
) -> list[str]:
    """Sentence subjects of the narration just before a quote, most recent first."""
    earlier = [source.blocks[b].text for b in range(max(0, block_index - 2), block_index)]
    return _subjects(before, accept) + [s for text in reversed(earlier) for s in _subjects(text, accept)]


def attribute_source(
    source: Source, found: list[Found], index: SpeakerIndex
) -> list[tuple[Found, str | None, Cue | None]]:
    """Resolve each quotation of one source to a speaker phrase (or None)."""
    out: list[tuple[Found, str | None, Cue | None]] = []
    ctx = _Context()
    for i, q in enumerate(found):
        before, after = _narration(source, found, i)
        cue = find_cue(before, after, q.text)
        block_index = q.spans[0].block
        who: str | None = None
        if cue:
            phrase = cue.who
            low = phrase.lower()
            if low in PRONOUNS or low == "who":
                if low in {"i", "we"}:
                    who = None
                elif low == "who":
                    subj = _sentence_subject(before) or ctx.last_speaker
                    who = subj
                else:
                    who = _resolve_pronoun(low, cue, before, source, block_index, ctx, index)
            elif not _is_name(phrase) or split_mention(phrase).kind == "description":
                key = index.match_title(phrase)
                who = index.speaker(key).name if key else phrase
            else:
                who = phrase
        elif ctx.last_speaker and block_index - ctx.last_block <= 1:
            # No cue: a quote continuing the previous speaker's remarks.
            who = ctx.last_speaker
        out.append((q, who, cue))
        if who:
            ctx.last_speaker = who
            ctx.last_block = q.spans[-1].block
    return _pull_quotes(out)


PULL_QUOTE_MIN_WORDS = 5


def _pull_quotes(
    attributed: list[tuple[Found, str | None, Cue | None]],
) -> list[tuple[Found, str | None, Cue | None]]:
    """A quote with no cue that repeats words an article credits elsewhere (a pull quote) is that speaker's.

    Without this, a pull quote set between paragraphs takes the speaker of
    whichever quote came just before it.
    """
    cued = [(plain_words(q.text), who) for q, who, cue in attributed if cue and who]
    out = []
    for q, who, cue in attributed:
        words = plain_words(q.text)
        if cue is None and len(words.split()) >= PULL_QUOTE_MIN_WORDS:
            who = next((speaker for text, speaker in cued if is_run_of(words, text)), who)
        out.append((q, who, cue))
    return out


def _resolve_pronoun(
    pronoun: str, cue: Cue, before: str, source: Source, block_index: int, ctx: _Context, index: SpeakerIndex
) -> str | None:
    """'he' / 'she' / 'they': the person just named, else the one just quoted, else the last subject.

    A candidate whose known gender conflicts with the pronoun is passed over.
    """
    want = {"he": "m", "she": "f"}.get(pronoun)

    def fits(phrase: str | None) -> bool:
        if not phrase or not index.is_person(phrase):
            return False
        known = index.gender(index.key_for(phrase))
        return want is None or known is None or known == want

    # Narration before the pronoun, in the quote's own paragraph.
    own = before[: before.rfind(cue.who)] if cue.where == "before" and cue.who in before else before
    named_here = _subjects(own, fits)
    if named_here:
        return named_here[0]
    if ctx.last_speaker and block_index - ctx.last_block <= 1 and fits(ctx.last_speaker):
        return ctx.last_speaker
    recent = _recent_subjects(source, block_index, own, fits)
    if recent:
        return recent[0]
    return ctx.last_speaker


def is_term(text: str, cue: Cue | None) -> bool:
    """A short quoted phrase with no speaker cue: a title, name or scare quote."""
    words = text.split()
    if cue is not None or len(words) > 4:
        return False
    return not text.rstrip().endswith((".", "!", "?", ","))


def build_quotes(sources: list[Source], found_by_source: dict[str, list[Found]]) -> tuple[list[Quote], list[Speaker]]:
    """Attribute every quotation of every source; return quotes and speakers."""
    index = SpeakerIndex()
    for source in sources:
        for block in source.blocks:
            index.observe_text(block.text)
    attributed: dict[str, list[tuple[Found, str | None, Cue | None]]] = {}
    for source in sources:
        attributed[source.id] = attribute_source(source, found_by_source[source.id], index)
        for _, who, _cue in attributed[source.id]:
            if who:
                index.add(who)
    quotes: list[Quote] = []
    used: dict[str, Speaker] = {}
    for source in sources:
        recent: list[str] = []
        for n, (q, who, cue) in enumerate(attributed[source.id]):
            speaker = index.resolve(who, recent) if who else None
            if speaker:
                used[speaker.key] = speaker
                recent.insert(0, speaker.key)
            first, last = q.spans[0], q.spans[-1]
            quotes.append(
                Quote(
                    id=f"{source.id}-q{n + 1}",
                    source=source.id,
                    spans=q.spans,
                    text=q.text,
                    start=source.blocks[first.block].raw_pos(first.start),
                    end=source.blocks[last.block].raw_pos(last.end - 1) + 1,
                    speaker=speaker.name if speaker else None,
                    speaker_key=speaker.key if speaker else None,
                    cue=cue.verb if cue else ("continues" if speaker else None),
                    kind="term" if is_term(q.text, cue) else "quote",
                )
            )
            for inner in _nested(source, quotes[-1], index, recent):
                if inner.speaker_key:
                    used[inner.speaker_key] = index.speaker(inner.speaker_key)
                quotes.append(inner)
    speakers = _unique_slugs(sorted(used.values(), key=lambda s: s.name))
    by_key = {s.key: s for s in speakers}
    quotes = [q._replace(speaker=by_key[q.speaker_key].name) if q.speaker_key else q for q in quotes]
    return quotes, speakers


NESTED_MIN_WORDS = 3


def _nested(source: Source, outer: Quote, index: SpeakerIndex, recent: list[str]) -> list[Quote]:
    """Quotes inside a quote: 'Comey wrote: "He said, 'I hope you can let this go.'"'.

    The inner words are someone else's: their speaker comes from the cue inside
    the outer quote, resolved like any name; a pronoun there stays unresolved
    (it speaks from the outer speaker's point of view). Short inner phrases
    are scare quotes or titles and are left alone.
    """
    out: list[Quote] = []
    if len(outer.spans) != 1:
        return out
    span = outer.spans[0]
    block = source.blocks[span.block]
    for k, (s, e) in enumerate(inner_quotes(outer.text), 1):
        text = outer.text[s:e].strip()
        if len(text.split()) < NESTED_MIN_WORDS:
            continue
        cue = find_cue(outer.text[: max(s - 1, 0)], outer.text[e + 1 :], text)
        speaker = None
        if cue and _is_name(cue.who) and split_mention(cue.who).kind != "description":
            speaker = index.resolve(cue.who, recent)
        start = span.start + s
        out.append(
            Quote(
                id=f"{outer.id}n{k}",
                source=outer.source,
                spans=(Span(span.block, start, start + len(text)),),
                text=text,
                start=block.raw_pos(start),
                end=block.raw_pos(start + len(text) - 1) + 1,
                speaker=speaker.name if speaker else None,
                speaker_key=speaker.key if speaker else None,
                cue=cue.verb if cue else None,
                kind="quote",
                within=outer.id,
            )
        )
    return out


def _unique_slugs(speakers: list[Speaker]) -> list[Speaker]:
    seen: set[str] = set()
    out = []
    for s in speakers:
        slug = s.slug
        n = 2
        while slug in seen:
            slug, n = f"{s.slug}-{n}", n + 1
        seen.add(slug)
        out.append(s._replace(slug=slug))
    return out
