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

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .lexicon import FUNCTION_WORDS as _FUNCTION_WORDS
from .lexicon import MONTHS_DAYS as _MONTHS_DAYS
from .lexicon import NICKNAMES, PRONOUNS, SPEECH_VERBS, TITLE_WORDS
from .lexicon import NOT_SUBJECT as _NOT_SUBJECT
from .models import Quote, Source, Speaker
from .quotes import Found
from .readers import slugify

_PARTICIPLES = {v for v in SPEECH_VERBS.split("|") if v.endswith("ing")}
_NAME_TOKEN = r"(?:[A-Z][a-z]*[A-Z]?[a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{2,6}|Mc[A-Z][a-z]+)"
_SUFFIX = r"(?:,?\s+(?:Jr\.|Sr\.|III|II|IV))"
_ENTITY = rf"(?:the\s+)?{_NAME_TOKEN}(?:\s+(?:of\s+|de\s+|van\s+|von\s+|al-)?{_NAME_TOKEN}){{0,6}}{_SUFFIX}?"
_DESCRIPTION = (
    r"(?:the|a|an|his|her|its|their|our)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*(?:'s|’s)?(?:\s+[a-z][\w-]*){0,1}"
)
_SUBJ = rf"(?P<who>{_ENTITY}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|who|{_DESCRIPTION})"
_APPOS = r"(?:\s*,\s*(?P<appos>[^,.;:!?“”\"]{1,120}?)\s*,)?"
_ADVERB = r"(?:\s+\w+ly)?"
_VERB = rf"(?P<verb>{SPEECH_VERBS})"

# After the quote: '…," X said' / '…," X, a Republican, wrote' / '…," said X'.
_AFTER_SUBJ_VERB = re.compile(rf"^[\s,.;:!?—–\-\"”’']*{_SUBJ}{_APPOS}{_ADVERB}\s+{_VERB}\b")
_AFTER_VERB_SUBJ = re.compile(rf"^[\s,.;:!?—–\-\"”’']*{_VERB}\s+{_SUBJ}(?P<rest>\s*,\s*[^,.;:!?]{{1,80}})?")
_AFTER_ACCORDING = re.compile(rf"^[\s,.;:—–-]*(?:according\s+to)\s+{_SUBJ}")
# Before the quote, anywhere in its sentence: 'X said: "…' / 'X said the ties "…'.
_BEFORE_SUBJ_VERB = re.compile(rf"{_SUBJ}{_APPOS}{_ADVERB}\s+{_VERB}\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘A-Z])")
_NAME_IN_APPOS = re.compile(rf"(?:^|\s)(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}}){_SUFFIX}?\s*$")
_PERSON_MENTION = re.compile(
    rf"(?P<title>(?:(?:[Ff]ormer|[Ff]irst|then-|[a-z]+\s+)?(?:{_NAME_TOKEN}\.?\s+)*?))"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}){_SUFFIX}?"
)
_LEADING_NOISE = re.compile(r"^(?:the|a|an)\s+", re.I)


@dataclass(frozen=True)
class Cue:
    who: str
    verb: str
    where: str  # "after", "before" or "participle"


@dataclass(frozen=True)
class Mention:
    """A speaker phrase as printed, split into title words and name."""

    text: str
    title: str
    name: str


def _clean_who(who: str, appos: str | None) -> str:
    who = who.strip()
    # "the campaign's manager, Brad Parscale, said" -> the name in the apposition.
    if appos and not _is_name(who):
        m = _NAME_IN_APPOS.search(appos)
        if m:
            return m.group("name")
    return who


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
    m = _AFTER_SUBJ_VERB.match(after)
    if m and _valid_subject(m.group("who")):
        tail = after[m.end() :]
        introduces_next = tail.lstrip().startswith(":") or (
            ends_sentence and m.group("who")[0].isupper() and not _SENTENCE_END.search(tail + " X")
        )
        if not introduces_next or not ends_sentence:
            return Cue(_clean_who(m.group("who"), m.group("appos")), m.group("verb"), "after")
    m = _AFTER_VERB_SUBJ.match(after)
    if m and _valid_subject(m.group("who")) and not (ends_sentence and after.lstrip()[:1].isupper()):
        who = m.group("who")
        if not _is_name(who) and m.group("rest"):
            inner = _NAME_IN_APPOS.search(m.group("rest").strip(" ,"))
            who = inner.group("name") if inner else who
        return Cue(who, m.group("verb"), "after")
    m = _AFTER_ACCORDING.match(after)
    if m and _valid_subject(m.group("who")) and not ends_sentence:
        return Cue(m.group("who"), "according to", "after")
    # Before the quote, same sentence: take the last speech verb that has a subject.
    sentence = _SENTENCE_END.split(before.rstrip() + " X")[-1][:-1]
    best: Cue | None = None
    for m in _BEFORE_SUBJ_VERB.finditer(sentence):
        if _valid_subject(m.group("who")):
            best = Cue(_clean_who(m.group("who"), m.group("appos")), m.group("verb"), "before")
    if best:
        return best
    # "Calling it an "…," the committee filed" / "…, calling the suit "…"": the
    # participle's subject is the subject of the sentence.
    pm = re.search(rf"\b(?P<verb>{'|'.join(sorted(_PARTICIPLES))})\b", sentence, re.I)
    if pm:
        subj = _sentence_subject(sentence[: pm.start()]) or _sentence_subject(_first_clause(after))
        if subj:
            return Cue(subj, pm.group("verb").lower(), "participle")
    return None


def _first_clause(text: str) -> str:
    text = re.sub(r"^[\s,.;:—–-]+", "", text)
    return _SENTENCE_END.split(text)[0]


def _valid_subject(who: str) -> bool:
    words = who.lower().split()
    if not words or words[0] in _NOT_SUBJECT:
        return False
    if who[0].isupper() and who.lower() not in PRONOUNS:
        # A capitalized run must hold a name, not just "On Friday" or "In".
        tokens = [t for t in re.split(r"\s+", who) if t.lower().strip(".") not in _FUNCTION_WORDS]
        return bool(tokens) and not all(t.lower() in _MONTHS_DAYS for t in tokens)
    return True


def _sentence_subject(text: str) -> str | None:
    """The first name-like run of a clause, skipping 'According to X,' openers."""
    text = re.sub(r"^\s*(?:According to|In|On|At|After|Before|During|Earlier|Later)\b[^,]{0,60},\s*", "", text)
    for m in re.finditer(_ENTITY, text):
        cand = m.group(0)
        if _valid_subject(cand):
            return cand
    return None


# --- speakers across sources ----------------------------------------------------


def split_mention(text: str) -> Mention:
    """Split titles from a name.

    >>> split_mention("Russian Foreign Minister Sergei Lavrov")
    Mention(text='Russian Foreign Minister Sergei Lavrov', title='Russian Foreign Minister', name='Sergei Lavrov')
    >>> split_mention("Mr. Perez").name
    'Perez'
    """
    text = re.sub(r"\s+", " ", text.strip())
    text = _LEADING_NOISE.sub("", text)
    tokens = text.split(" ")
    # Name = trailing tokens that are not title words (at most four).
    name_tokens: list[str] = []
    for tok in reversed(tokens):
        bare = tok.lower().rstrip(",")
        if bare in TITLE_WORDS or bare in {"of", "the"} or len(name_tokens) >= 4:
            break
        if not tok[:1].isupper():
            break
        name_tokens.insert(0, tok.rstrip(","))
    if not name_tokens:
        return Mention(text, "", text)
    name = " ".join(name_tokens)
    title = text[: len(text) - len(name)].strip()
    return Mention(text, title, name)


def _name_key(name: str) -> tuple[str, str | None]:
    """(surname, canonical first name or None) of a person's name."""
    parts = [p for p in re.split(r"\s+", name) if p not in {"Jr.", "Sr.", "III", "II", "IV"}]
    parts = [p for p in parts if not re.fullmatch(r"[A-Z]\.?", p)]  # middle initials
    if not parts:
        return name.lower(), None
    surname = parts[-1].lower().replace("’", "'")
    first = parts[0].lower() if len(parts) > 1 else None
    if first:
        first = NICKNAMES.get(first, first)
    return surname, first


class SpeakerIndex:
    """Merge speaker mentions from every source into canonical speakers.

    >>> idx = SpeakerIndex()
    >>> for m in ["Russian Foreign Minister Sergei Lavrov", "Lavrov", "Mike Pompeo", "Michael Pompeo"]:
    ...     _ = idx.add(m)
    >>> [s.name for s in idx.speakers()]
    ['Mike Pompeo', 'Sergei Lavrov']
    >>> idx.resolve("Lavrov").name
    'Sergei Lavrov'
    """

    def __init__(self) -> None:
        self._full: dict[tuple[str, str], list[str]] = {}  # (surname, first) -> name forms
        self._other: dict[str, list[str]] = {}  # organisations, descriptions, one-word names
        self._titles: dict[tuple[str, str], set[str]] = {}
        self._aliases: dict[str, set[str]] = {}  # key -> phrases that named it as a speaker

    def add(self, mention: str) -> Mention:
        m = split_mention(mention)
        surname, first = _name_key(m.name)
        if first and _is_name(m.name):
            self._full.setdefault((surname, first), []).append(m.name)
            if m.title:
                self._titles.setdefault((surname, first), set()).add(m.title.lower())
        else:
            self._other.setdefault(surname, []).append(m.name)
        return m

    def _person_keys(self, surname: str) -> list[tuple[str, str]]:
        return [k for k in self._full if k[0] == surname]

    def key_for(self, mention: str, prefer: Iterable[str] = ()) -> str:
        """Canonical key of a mention; ``prefer`` lists keys recently seen nearby."""
        m = split_mention(mention)
        surname, first = _name_key(m.name)
        if first:
            return f"{surname}|{first}"
        keys = self._person_keys(surname)
        if len(keys) == 1:
            return "|".join(keys[0])
        if keys:
            for key in prefer:
                if key.split("|")[0] == surname:
                    return key
            # Ambiguous bare surname: the most often named person wins.
            best = max(keys, key=lambda k: len(self._full[k]))
            return "|".join(best)
        return f"{m.name.lower()}|"

    def resolve(self, mention: str, prefer: Iterable[str] = ()) -> Speaker:
        key = self.key_for(mention, prefer)
        self._aliases.setdefault(key, set()).add(re.sub(r"\s+", " ", mention.strip()))
        return self.speaker(key)

    def speaker(self, key: str) -> Speaker:
        surname, _, first = key.partition("|")
        if first:
            forms = self._full.get((surname, first), [])
            # Display the commonest longest form: "Sergei Lavrov", not "Lavrov".
            # Display the commonest form of two or three words, first seen on a tie.
            name = (
                max(forms, key=lambda f: (2 <= len(f.split()) <= 3, forms.count(f), -forms.index(f)))
                if forms
                else surname
            )
            aliases = tuple(sorted(set(forms) | self._aliases.get(key, set())))
            return Speaker(key, name, slugify(name), aliases, "person")
        forms = self._other.get(surname, [surname])
        name = max(forms, key=forms.count)
        name = name[0].upper() + name[1:]
        return Speaker(key, name, slugify(name), tuple(sorted(set(forms))), "other")

    def match_title(self, description: str) -> str | None:
        """Key of the one person whose titles contain every word of ``description``."""
        words = [w for w in description.lower().split() if w not in {"the", "a", "an"}]
        if not words:
            return None
        hits = [k for k, titles in self._titles.items() if any(all(w in t.split() for w in words) for t in titles)]
        return "|".join(hits[0]) if len(hits) == 1 else None

    def speakers(self) -> list[Speaker]:
        keys = [f"{s}|{f}" for s, f in self._full] + [f"{s}|" for s in self._other if not self._person_keys(s)]
        return sorted((self.speaker(k) for k in keys), key=lambda s: s.name)

    def observe_text(self, text: str) -> None:
        """Register full names mentioned anywhere, so bare surnames resolve."""
        for m in _PERSON_MENTION.finditer(text):
            name = m.group("name")
            tokens = name.split()
            if len(tokens) >= 2 and all(t.lower() not in _FUNCTION_WORDS | _MONTHS_DAYS for t in tokens):
                full_title = (m.group("title") or "").strip()
                split = split_mention(f"{full_title} {name}".strip())
                if len(split.name.split()) >= 2:
                    surname, first = _name_key(split.name)
                    if first:
                        self._full.setdefault((surname, first), []).append(split.name)
                        self._titles.setdefault((surname, first), set())
                        if split.title:
                            self._titles[(surname, first)].add(split.title.lower())


# --- per source ---------------------------------------------------------------


@dataclass
class _Context:
    last_speaker: str | None = None
    last_block: int = -10


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


def _subjects(text: str) -> list[str]:
    """Sentence subjects of a stretch of narration, most recent first (quotations blanked)."""
    subjects = []
    for sentence in _SENTENCE_END.split(re.sub(r"[“”\"][^“”\"]*[“”\"]", " ", text)):
        subj = _sentence_subject(sentence)
        if subj:
            subjects.append(subj)
    return subjects[::-1]


def _recent_subjects(source: Source, block_index: int, before: str) -> list[str]:
    """Sentence subjects of the narration just before a quote, most recent first."""
    earlier = [source.blocks[b].text for b in range(max(0, block_index - 2), block_index)]
    return _subjects(before) + [s for text in reversed(earlier) for s in _subjects(text)]


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
                    # Narration before the pronoun, in the quote's own paragraph.
                    own = before[: before.rfind(phrase)] if cue.where == "before" and phrase in before else before
                    named_here = [s_ for s_ in _subjects(own) if _is_person(s_, index)]
                    recent_people = [r for r in _recent_subjects(source, block_index, own) if _is_person(r, index)]
                    quoted_recently = ctx.last_speaker and block_index - ctx.last_block <= 1
                    if named_here:
                        who = named_here[0]
                    elif quoted_recently:
                        who = ctx.last_speaker
                    elif recent_people:
                        who = recent_people[0]
                    else:
                        who = ctx.last_speaker
            elif not _is_name(phrase):
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
    return out


def _is_person(phrase: str, index: SpeakerIndex) -> bool:
    m = split_mention(phrase)
    if len(m.name.split()) >= 2:
        return True
    surname, _ = _name_key(m.name)
    return bool(index._person_keys(surname)) or bool(m.title)


def is_term(text: str, cue: Cue | None, before: str, after: str) -> bool:
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
        found = found_by_source[source.id]
        for n, (q, who, cue) in enumerate(attributed[source.id]):
            speaker = index.resolve(who, recent) if who else None
            if speaker:
                used[speaker.key] = speaker
                recent.insert(0, speaker.key)
            before, after = _narration(source, found, n)
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
                    kind="term" if is_term(q.text, cue, before, after) else "quote",
                )
            )
    speakers = _unique_slugs(sorted(used.values(), key=lambda s: s.name))
    by_key = {s.key: s for s in speakers}
    quotes = [replace(q, speaker=by_key[q.speaker_key].name) if q.speaker_key else q for q in quotes]
    return quotes, speakers


def _unique_slugs(speakers: list[Speaker]) -> list[Speaker]:
    seen: set[str] = set()
    out = []
    for s in speakers:
        slug = s.slug
        n = 2
        while slug in seen:
            slug, n = f"{s.slug}-{n}", n + 1
        seen.add(slug)
        out.append(replace(s, slug=slug))
    return out
