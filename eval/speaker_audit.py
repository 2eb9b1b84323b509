"""Audit the speakers a build lists: which are not names, and which person is listed twice.

``python eval/speaker_audit.py [STORY_DIR ...] [--polnear-train] [--polnear-days] [--all]``
builds each story (default: every folder of ``../shared/realworld``, and
PolNeAR **train** built as one story when ``--polnear-train`` is given, or as
124 stories, one per day with three outlets or more, with ``--polnear-days``;
dev is never audited, its speakers are not to be read) and prints the suspect
speakers by category, each with its type, its quotes and the story:

* ``not-a-name``: a clause, thing, place, date, headline or question as a speaker
  ("Democrats lob", "A day", "San Ysidro", "Has Trump");
* ``title-in-name``: a title, role, party tag or possessive left in a person's
  name ("Whip Steve Scalise", "North Korea's Kim"), or a role with no name
  ("Foreign Affairs spokesperson");
* ``description-of-named``: a definite description of someone the story names
  with that title or role ("The former Alaska governor" beside "Gov. Sarah
  Palin");
* ``two-names``: two speakers of one story that look like one person (one name
  inside the other, a shared surname, a title or possessive prefix). Where a
  "story" is a whole corpus split (PolNeAR), only pairs quoted in one article.

The tests here are the audit's own (surface shapes, the place list, the
project's word lists), so they flag candidates for a reader to check, not
verdicts; ``--all`` also lists every distinct speaker with its type and count.
The last lines give the counts per category (speakers, quotes).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from quotecompare.attribution import story as attribution
from quotecompare.attribution.kinds import description_type, person_noun
from quotecompare.attribution.names import name_key, names_in
from quotecompare.attribution.narration import name_cased
from quotecompare.attribution.titles import is_title_word
from quotecompare.models import Speaker
from quotecompare.read import quotes
from quotecompare.read.sources import read_sources
from quotecompare.text.lexicon import NAME_PARTICLES, ORG_WORDS, ROLE_NOUNS, TIME_NOUNS, TITLE_ABBREVIATIONS
from quotecompare.text.places import is_demonym, is_place

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CATEGORIES = ("not-a-name", "title-in-name", "description-of-named", "two-names")
_QUESTION = frozenset("is are was were has have had do does did can could should would why what how when".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME = TIME_NOUNS | frozenset("day days today yesterday tomorrow hour hours moment decade era time times age".split())
RELATIVES = "shared surname, other given names (relatives: listed, not counted)"
_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|III|II|IV)$")
_AFTER_HEAD = frozenset("close familiar involved here there alone too also".split())
_PARTIES = frozenset(
    "democrat democrats republican republicans independent liberal conservative tory labour gop".split()
)
_PARTICLES = NAME_PARTICLES | {"of", "the", "and", "for", "&", "on"}


@dataclass
class Found:
    """One suspect: the story, the speaker's name and type, its quotes, and why."""

    category: str
    story: str
    name: str
    what: str
    quotes: int
    why: str


@dataclass
class Story:
    name: str
    speakers: list[Speaker]
    counts: Counter[str]  # speaker key -> quotes
    sources_of: dict[str, set[str]]  # speaker key -> sources quoting them
    texts_by: dict[str, list[str]]  # source id -> its paragraphs
    per_article: bool  # pairs only within one article (a corpus split built as one story)
    found: list[Found] = field(default_factory=list)


def build(folder: Path, name: str, per_article: bool = False) -> Story:
    sources, _, _ = read_sources(folder)
    found = {s.id: quotes.extract(s) for s in sources}
    all_quotes, speakers = attribution.build_quotes(sources, found)
    counts: Counter[str] = Counter()
    sources_of: dict[str, set[str]] = defaultdict(set)
    for q in all_quotes:
        if q.kind == "quote" and q.speaker_key:
            counts[q.speaker_key] += 1
            sources_of[q.speaker_key].add(q.source)
    used = [s for s in speakers if counts[s.key]]
    texts = {s.id: [b.text for b in s.blocks if b.kind == "p"] for s in sources}
    return Story(name, used, counts, sources_of, texts, per_article)


def _words(name: str) -> list[str]:
    return re.findall(r"[\w’'.&-]+", name)


def not_a_name(s: Speaker) -> str | None:
    """Why a speaker is no one that can speak, or None."""
    name = s.name.strip()
    words = _words(name)
    if not words:
        return "empty"
    low = [w.lower().strip(".,") for w in words]
    if name.endswith("?") or (low[0] in _QUESTION and len(words) > 1 and s.type == "person"):
        return "headline or question"
    if len(words) > 1 and all(w.isupper() and len(w) > 2 for w in words):
        return "headline in capitals"
    bare = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    if is_place(bare) or is_place(name) or (len(words) == 1 and is_demonym(name)):
        return "place or demonym"
    if s.type not in {"document", "organisation"} and (
        any(w in _WEEKDAYS for w in low) or low[-1] in {"days", "time", "times", "weeks", "years"}
    ):
        return "date or time"
    head = _head(low)
    if not s.key.startswith("~"):
        # A name: lower-case words other than particles and titles make it a clause ("Democrats lob").
        lower = [w for w in words[1:] if not name_cased(w) and w.lower() not in _PARTICLES | ORG_WORDS]
        if lower and not all(is_title_word(w, False) or w in {"former", "then"} for w in lower):
            return f"clause in a name ({' '.join(lower)})"
        return None
    if head in _TIME:
        return "date or time"
    if description_type(name) is None:
        return f"thing (head '{head}')"
    if s.type == "unnamed" and head not in ROLE_NOUNS and not person_noun(head):
        return f"thing (head '{head}')"
    return None


def _head(low: list[str]) -> str:
    """The head noun of a phrase: the last word before a preposition or relative ("one of the X": X's)."""
    if (
        len(low) > 2
        and low[0] in {"one", "each", "either", "neither", "some", "many", "most", "several"}
        and low[1] == "of"
    ):
        return _head(low[2:])
    cut = next(
        (
            k
            for k, w in enumerate(low)
            if k and w in {"of", "for", "to", "in", "at", "on", "who", "that", "with", "from", "by", "inside", "within"}
        ),
        len(low),
    )
    core = [re.sub(r"['’]s$", "", w) for w in low[:cut]]
    while len(core) > 1 and core[-1] in _AFTER_HEAD:
        core.pop()  # "a source close (to …)", "an official familiar (with …)"
    return core[-1] if core else ""


def title_in_name(s: Speaker) -> str | None:
    """Why a person's name still carries a title, role, possessive or party tag, or None."""
    if s.kind != "person" and s.type != "person":
        return None
    words = _words(_SUFFIX.sub("", s.name))
    if len(words) > 1 and any(re.search(r"['’]s$", w) for w in words[:-1]):
        return "possessive before the name"
    if re.search(r"\([RDI]-", s.name):
        return "party tag"
    if words and all(_role_word(w) for w in words):
        return "a role, no name"
    titles = [w for w in words[:-1] if is_title_word(w) or w in {"former", "then"}]
    if titles:
        return f"title ({' '.join(titles)})"
    return None


def _role_word(word: str) -> bool:
    """A word of a role rather than a name: a title, party, place or demonym ("New Hampshire Democrat")."""
    low = word.lower().strip(".,")
    return (
        is_title_word(word, False)
        or low in ORG_WORDS
        or low in _PARTIES
        or is_place(word)
        or is_demonym(word)
        or word[:1].islower()
        or low in {"new", "north", "south", "east", "west", "former", "senior"}
    )


def _role_words(title: str) -> set[str]:
    return {TITLE_ABBREVIATIONS.get(w.rstrip("."), w.rstrip(".")) for w in re.findall(r"[a-z.-]+", title.lower())}


_SKIP = frozenset("the a an of for to former then".split())


def descriptions_of_named(story: Story) -> list[Found]:
    """Definite descriptions ("the former Alaska governor") of the one person the article names with every word of it.

    Only a description ending in a role, and only where exactly one person of
    the articles quoting it carries all its words in a title or apposition
    ("Gov. Sarah Palin", "Sarah Palin, the former Alaska governor,").
    """
    out = []
    for s in story.speakers:
        if s.kind == "person" or not re.match(r"(?i)the\s|\S+['’]s\s", s.name):
            continue
        low = [re.sub(r"['’]s$", "", w.lower()) for w in _words(s.name)]
        if _head(low) not in ROLE_NOUNS:
            continue
        want = {TITLE_ABBREVIATIONS.get(w, w) for w in low if w not in _SKIP}
        texts = [
            t for src in (story.sources_of[s.key] if story.per_article else story.texts_by) for t in story.texts_by[src]
        ]
        roles: dict[tuple[str, str], set[str]] = defaultdict(set)
        shown: dict[tuple[str, str], str] = {}
        for text in texts:
            for n in names_in(text):
                if n.person[1]:
                    roles[n.person] |= _role_words(f"{n.title} {n.role}")
                    shown.setdefault(n.person, n.name)
        fit = [k for k, words in roles.items() if all(any(_stem(w, r) for r in words) for w in want)]
        if len(fit) == 1:
            out.append(
                Found(
                    "description-of-named", story.name, s.name, s.type, story.counts[s.key], f"named: {shown[fit[0]]}"
                )
            )
    return out


def _stem(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2)


def _core(name: str) -> list[str]:
    """A name's words without titles, possessive owners, initials and suffixes."""
    name = _SUFFIX.sub("", name)
    name = re.sub(r"^.*['’]s\s+", "", name)  # "North Korea's Kim" -> "Kim"
    words = [w for w in _words(name) if not is_title_word(w)]
    return [w.lower() for w in words if not re.fullmatch(r"[A-Z]\.?", w) and w.lower() not in NAME_PARTICLES]


def two_names(story: Story) -> list[Found]:
    """Pairs of speakers that look like one person."""
    people = [s for s in story.speakers if s.kind == "person" or (s.type == "person" and not s.key.startswith("~"))]
    out = []
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if story.per_article and not story.sources_of[a.key] & story.sources_of[b.key]:
                continue
            why = _alike(a.name, b.name)
            if why:
                qa, qb = story.counts[a.key], story.counts[b.key]
                out.append(Found("two-names", story.name, f"{a.name} / {b.name}", f"{a.type}/{b.type}", qa + qb, why))
    return out


def _alike(a: str, b: str) -> str | None:
    ca, cb = _core(a), _core(b)
    if not ca or not cb:
        return None
    suffixed = bool(_SUFFIX.search(a)) != bool(_SUFFIX.search(b))
    note = " (a suffix: father and son?)" if suffixed else ""
    if ca == cb:
        return "same name once its title, possessive or initials are gone" + note
    short, long = sorted((ca, cb), key=len)
    if set(short) <= set(long):
        return "one name inside the other" + note
    if name_key(" ".join(ca))[0] == name_key(" ".join(cb))[0] and len(ca) > 1 and len(cb) > 1:
        return RELATIVES
    return None


def audit(story: Story) -> list[Found]:
    out = []
    for s in story.speakers:
        n = story.counts[s.key]
        if why := not_a_name(s):
            out.append(Found("not-a-name", story.name, s.name, s.type, n, why))
        elif why := title_in_name(s):
            out.append(Found("title-in-name", story.name, s.name, s.type, n, why))
    out += descriptions_of_named(story)
    out += two_names(story)
    return out


def stories(args: argparse.Namespace, scratch: Path | None = None) -> list[tuple[Path, str, bool]]:
    chosen = [(Path(p), Path(p).name, False) for p in args.stories]
    if not chosen and not args.polnear_days:
        realworld = SHARED / "realworld"
        chosen = [(p, p.name, False) for p in sorted(realworld.iterdir()) if p.is_dir()] if realworld.is_dir() else []
    train = SHARED / "polnear" / "train" / "text"
    if args.polnear_train and train.is_dir():
        chosen.append((train, "polnear-train", True))
    if args.polnear_days and train.is_dir() and scratch is not None:
        chosen += days(train, scratch)
    return chosen


def days(train: Path, scratch: Path, least: int = 3) -> list[tuple[Path, str, bool]]:
    """PolNeAR train's articles of one day, from ``least`` outlets or more, each day copied to a folder of
    ``scratch`` and built as one story: many stories of several outlets, as a user brings them (124 days)."""
    by_day: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(train.glob("*.txt")):
        parts = path.name.split("_")
        if len(parts) > 2:
            by_day[parts[1]].append(path)
    out = []
    for day, paths in sorted(by_day.items()):
        if len({p.name.split("_")[0] for p in paths}) >= least:
            folder = scratch / day
            folder.mkdir()
            for path in paths:
                shutil.copyfile(path, folder / path.name)
            out.append((folder, f"train {day}", False))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python eval/speaker_audit.py", description=__doc__.split("\n")[0])
    p.add_argument("stories", nargs="*", help="story folders (default: ../shared/realworld/*)")
    p.add_argument("--polnear-train", action="store_true", help="also PolNeAR train, built as one story")
    p.add_argument(
        "--polnear-days", action="store_true", help="PolNeAR train's articles of each day (3+ outlets) as one story"
    )
    p.add_argument("--all", action="store_true", help="list every distinct speaker with its type and quotes")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        return report(stories(args, Path(scratch)), args.all)


def report(chosen: list[tuple[Path, str, bool]], everyone: bool) -> int:
    found: list[Found] = []
    listed = 0
    totals: Counter[str] = Counter()
    for folder, name, per_article in chosen:
        story = build(folder, name, per_article)
        listed += len(story.speakers)
        totals["quotes"] += sum(story.counts.values())
        if everyone:
            print(f"\n## {name}: {len(story.speakers)} speakers")
            for s in sorted(story.speakers, key=lambda s: (-story.counts[s.key], s.name)):
                print(f"{story.counts[s.key]:5d}  {s.type:12s} {s.name}")
        found += audit(story)
    relatives = [f for f in found if f.why == RELATIVES]
    found = [f for f in found if f.why != RELATIVES]
    for category in CATEGORIES:
        rows = [f for f in found if f.category == category]
        print(f"\n## {category}: {len(rows)} ({sum(f.quotes for f in rows)} quotes)")
        for f in sorted(rows, key=lambda f: (f.why.split(" (")[0], f.story, f.name)):
            print(f"{f.story:34.34s} {f.quotes:4d}  {f.what:12.12s} {f.name}  — {f.why}")
    print(f"\n## {RELATIVES}: {len(relatives)}")
    for f in relatives:
        print(f"{f.story:34.34s} {f.quotes:4d}  {f.name}")
    print(f"\n{listed} speakers listed ({totals['quotes']} credited quotes)")
    for category in CATEGORIES:
        rows = [f for f in found if f.category == category]
        print(f"{category}: {len(rows)} speakers or pairs, {sum(f.quotes for f in rows)} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
