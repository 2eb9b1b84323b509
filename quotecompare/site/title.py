"""A story's neutral title: who and what the headlines share, and when; never one outlet's headline.

Part of stage 6a, pure. :func:`neutral_title` writes "Who: what, when":

* **who**: the names most headlines print (people, places, organisations),
  each kept whole ("North Korea", never "North"), then the story's most
  quoted people that some headlines name too;
* **what**: the other words and phrases most headlines share, in lower case
  unless they are names ("migrant caravan", "2016 election");
* **when**: the span of the articles' dates.

Whether a word is a name is read from how the articles print it: a word the
article text capitalises mid-sentence is a name ("Korea", "EU"); one it
writes in lower case is not, however a headline in title case or capitals
prints it ("Secretly Met With", "DESPERATION").

>>> neutral_title(["Mayor opens new bridge", "New bridge opened by mayor", "Bridge opens"], [], [])
'Bridge, mayor'
>>> neutral_title(["Port deal agreed", "Council fails"], ["Alma Reyes", "Ivo Brandt", "Tobias Lind"], ["2024-03-03"])
'Alma Reyes, Ivo Brandt and Tobias Lind, 3 March 2024'
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable

from quotecompare.align.alignment import STOPWORDS
from quotecompare.models import Quote, Source, Speaker, Struct
from quotecompare.site.overview import date_range
from quotecompare.text.normalise import Token, stem, tokens

# Words of a headline that carry no topic: its verbs of saying and reporting, and small words.
HEADLINE_FILLER = STOPWORDS | {
    *("says", "said", "say", "tells", "told", "tell", "calls", "called", "call", "files", "filed"),
    *("sues", "sued", "sue", "alleges", "alleged", "alleging", "claims", "claimed", "urges", "warns"),
    *("slams", "blasts", "blasted", "hits", "criticizes", "criticises", "criticized", "denies", "announces"),
    *("vows", "pledges", "plans", "seeks", "faces", "wins", "backs", "rejects", "reports", "report"),
    *("new", "after", "over", "amid", "about", "against", "into", "up", "out", "more", "how", "why"),
    *("what", "who", "via", "vs", "just", "now", "here", "could", "when", "all", "one"),
    # Verbs in the past tense that do not end in -ed: a headline's news, not its topic.
    *("met", "made", "took", "gave", "held", "led", "sent", "sought", "brought", "kept", "won", "lost"),
}
_FILLER_STEMS = {stem(w) for w in HEADLINE_FILLER}
MAX_NAMES = 3
MAX_TOPICS = 3
# Enough article text to tell names from common words; a story of thousands of articles need not be read whole.
_EVIDENCE_CHARS = 400_000
_SENTENCE_OPENERS = set(".!?:;\"“‘'([—–-")
# Months and weekdays are capitalised but are the title's dates, not its names.
_CALENDAR = {
    *"january february march april may june july august september october november december".split(),
    *"monday tuesday wednesday thursday friday saturday sunday".split(),
}


class Phrase(Struct):
    __slots__ = ("headlines", "keys", "name", "position", "printed")

    def __init__(
        self,
        keys: tuple[str, ...],  # word stems
        headlines: int,  # how many headlines print it
        position: float,  # mean place in those headlines, 0 (start) to 1 (end)
        printed: str,
        name: bool,  # every word of it is a name: a "who"
    ) -> None:
        self.keys = keys
        self.headlines = headlines
        self.position = position
        self.printed = printed
        self.name = name


class Casing:
    """How the articles print each word: a name (capitalised mid-sentence) or a common word.

    >>> c = Casing(["Talks with North Korea went well, officials in the White House said."], ["A Deal"])
    >>> c.is_name("korea"), c.is_name("house"), c.is_name("officials"), c.is_name("deal")
    (True, True, False, False)
    """

    def __init__(self, bodies: Iterable[str], headlines: list[str]) -> None:
        self.capital: Counter[str] = Counter()
        self.lower: Counter[str] = Counter()
        self.forms: dict[str, Counter[str]] = defaultdict(Counter)
        budget = _EVIDENCE_CHARS
        for text in bodies:
            if budget <= 0:
                break
            self._count(text[:budget])
            budget -= len(text)
        # A headline in sentence case ("Democrats sue Russia and WikiLeaks") is evidence too.
        for h in headlines:
            toks = tokens(h)
            if sum(t.text[0].isupper() for t in toks) * 2 < len(toks):
                self._count(h)

    def _count(self, text: str) -> None:
        for i, t in enumerate(toks := tokens(text)):
            gap = text[toks[i - 1].end : t.start] if i else ""
            if not i or any(c in _SENTENCE_OPENERS for c in gap.strip()) or "\n" in gap:
                continue  # a sentence's first word is capitalised whatever it is
            if t.text[0].isupper():
                self.capital[t.norm] += 1
                self.forms[t.norm][t.text] += 1
            elif t.text[0].islower():
                self.lower[t.norm] += 1

    def is_name(self, norm: str) -> bool:
        return self.capital[norm] > self.lower[norm]

    def printed(self, tok: Token) -> str:
        """A word as a title prints it: a name as the articles print it, any other word in lower case."""
        if not self.is_name(tok.norm):
            return tok.text.lower() if not tok.text.isupper() or len(tok.text) > 5 else tok.text
        return self.forms[tok.norm].most_common(1)[0][0] if self.forms[tok.norm] else tok.text


Run = list[tuple[str, Token, bool]]  # (stem, token, a name)


def _runs(headline: str, casing: Casing) -> list[Run]:
    """A headline's words as runs unbroken by punctuation, each word with its stem and whether it is a name."""
    toks = tokens(headline)
    runs: list[Run] = [[]]
    for i, t in enumerate(toks):
        gap = headline[toks[i - 1].end : t.start] if i else ""
        if i and any(c not in " -'’" for c in gap):
            runs.append([])
        # "May" in a headline's middle is the month, not the verb a stop word list means.
        key = "May" if i and t.text == "May" else stem(t.norm)
        # A word joined by a hyphen to a name is part of it ("Kim Jong-un").
        name = casing.is_name(t.norm) or (i > 0 and gap == "-" and bool(runs[-1]) and runs[-1][-1][2])
        runs[-1].append((key, t, name))
    return [r for r in runs if r]


def _printed(forms: list[str]) -> str:
    """The form most headlines print, the first of them on a tie."""
    return Counter(forms).most_common(1)[0][0]


def _ends_in_a_verb(forms: list[str]) -> bool:
    """Words some headline ended in the past tense ("vote delayed", "dredged") or an adverb are not its topic."""
    return any(len(last := f.rsplit(None, 1)[-1]) > 4 and last.lower().endswith(("ed", "ly")) for f in forms)


def shared_phrases(headlines: list[str], casing: Casing | None = None) -> list[Phrase]:
    """The words (and runs of words) most headlines share, in the order headlines give them.

    A run of names counts only whole: "North" in "North Korea" is not a phrase of its own.
    """
    casing = casing or Casing([], headlines)
    n = len(headlines)
    need = max(2, math.ceil(n / 2))
    keyword_df: Counter[str] = Counter()
    split = [_runs(h, casing) for h in headlines]
    for runs in split:
        keyword_df.update({k for run in runs for k, _, _ in run})
    keywords = {k for k, df in keyword_df.items() if df >= need and k not in _FILLER_STEMS}
    # Every run of consecutive keywords, and each of its sub-runs, with where it sits.
    seen: dict[tuple[str, ...], dict[int, tuple[float, str, bool]]] = defaultdict(dict)
    for h, runs in enumerate(split):
        length = sum(len(r) for r in runs)
        pos = 0
        for run in runs:
            for a in range(len(run)):
                for b in range(a + 1, len(run) + 1):
                    part = run[a:b]
                    if part[-1][0] not in keywords:
                        break
                    # A name counts only whole: no name word just before or after it.
                    if (a and run[a - 1][2] and part[0][2]) or (b < len(run) and run[b][2] and part[-1][2]):
                        continue
                    # Common words may follow a name ("Trump campaign"), not lead into one ("CIA director Mike Holm").
                    if any(not x[2] and y[2] for x, y in itertools.pairwise(part)):
                        continue
                    gram = tuple(k for k, _, _ in part)
                    if h not in seen[gram] and not (len(part) == 1 and part[0][1].norm in _CALENDAR):
                        if all(name for _, _, name in part):  # a name as the headline prints it ("Kim Jong-un")
                            printed = headlines[h][part[0][1].start : part[-1][1].end]
                        else:
                            printed = " ".join(casing.printed(t) for _, t, _ in part)
                        seen[gram][h] = ((pos + a) / max(length - 1, 1), printed, all(nm for _, _, nm in part))
            pos += len(run)
    grams = [
        Phrase(g, len(at), sum(p for p, _, _ in at.values()) / len(at), _printed([w for _, w, _ in at.values()]), name)
        for g, at in seen.items()
        if len(at) >= need
        and not (len(g) == 1 and g[0].isdigit())
        and not _ends_in_a_verb([w for _, w, _ in at.values()])
        and not set(g) <= _FILLER_STEMS
        for name in [Counter(nm for _, _, nm in at.values()).most_common(1)[0][0]]
    ]
    chosen: list[Phrase] = []
    covered: set[str] = set()
    for p in sorted(grams, key=lambda p: (-len(p.keys), -p.headlines, p.position)):
        if covered.isdisjoint(p.keys):
            chosen.append(p)
            covered.update(p.keys)
    chosen = sorted(chosen, key=lambda p: (-p.headlines, p.position))[: MAX_NAMES + MAX_TOPICS]
    return sorted(chosen, key=lambda p: p.position)


def _and(names: list[str]) -> str:
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else "".join(names)


def _named_in(headlines: list[str], name: str) -> int:
    """How many headlines print a person's name or surname."""
    last = name.split()[-1].casefold()
    return sum(1 for h in headlines if last in {t.norm for t in tokens(h)})


def neutral_title(
    headlines: list[str], speakers: list[str], dates: list[str | None], bodies: Iterable[str] = ()
) -> str:
    """A title no outlet wrote: who and what most headlines share, and when.

    ``speakers`` are the story's people, most quoted first; ``bodies`` the
    articles' text, which tells names from common words. With too little in
    common, the title is the main speakers and the dates.

    >>> neutral_title(["Port deal agreed"], [], [])
    '1 article'
    """
    casing = Casing(bodies, headlines)
    phrases = shared_phrases(headlines, casing) if len(headlines) > 1 else []
    who = [p.printed for p in phrases if p.name][:MAX_NAMES]
    what = [p.printed for p in phrases if not p.name][:MAX_TOPICS]
    # The most quoted people some headlines name too, so the people of the story lead its title.
    for person in speakers[:3]:
        if len(who) >= 2:
            break
        named = all(w[:1].isupper() for w in person.split()) and _named_in(headlines, person) >= min(2, len(headlines))
        if named and not any(person.split()[-1].casefold() in w.casefold().split() for w in who):
            who.append(person)
    when = date_range(dates)
    if who or len(what) >= 2:
        title = ": ".join(part for part in (_and(who), ", ".join(what)) if part)
        title = title[0].upper() + title[1:]
        if title.casefold() not in {h.casefold().rstrip(".") for h in headlines}:
            return f"{title}, {when}" if when else title
    names = speakers[:3]
    plural = "s" if len(headlines) != 1 else ""
    fallback = _and(names) if names else f"{len(headlines)} article{plural}"
    return f"{fallback}, {when}" if when else fallback


def main_speakers(quotes: list[Quote], speakers: list[Speaker]) -> list[str]:
    """Speakers by how many quotes they have, people before organisations and documents."""
    counts = Counter(q.speaker_key for q in quotes if q.kind == "quote" and q.speaker_key)
    ranked = sorted((s for s in speakers if counts[s.key]), key=lambda s: (s.kind != "person", -counts[s.key], s.name))
    return [s.name for s in ranked]


def headline(source: Source) -> str | None:
    """A source's headline, or None when its title is only its first words (an article with no headline)."""
    first = source.blocks[0].text if source.blocks else ""
    return None if first.startswith(source.title.rstrip("…").rstrip()) else source.title


def story_title(sources: list[Source], quotes: list[Quote], speakers: list[Speaker]) -> str:
    headlines = [h for s in sources if (h := headline(s))] or [s.title for s in sources]
    bodies = (b.text for s in sources for b in s.blocks)
    return neutral_title(headlines, main_speakers(quotes, speakers), [s.date for s in sources], bodies)
