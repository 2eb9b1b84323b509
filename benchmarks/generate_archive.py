"""Synthetic archives for the benchmark and tests: N stories of 3-8 articles, speakers recurring across them.

``python benchmarks/generate_archive.py N DIR`` writes N story folders into DIR,
each with its articles and a ``sources.toml``. Deterministic for a given N and seed.

An archive is a season of coverage: a pool of invented people (names made from
syllables, none real), some in the news all year and most now and then
(popularity falls off as 1/rank), and a pool of outlets. Each story is one
event on one day: two to five people make statements, and three to eight
outlets quote some of them, each in its own words and typography (the same
article writer as ``generate.py``: verbatim, typographic and wording variants,
shortened and partial quotes, cues before and after, pronouns, quotes over two
paragraphs).

What the cross-story pages must get right is built in:

* the same person in many stories, introduced with a title and full name and
  then by surname, and now and then by a short given name ("Mike" for
  "Michael") in one outlet;
* pairs of people who share a surname (never in the same story), who must stay
  two people across the archive.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import _MONTHS, _NOUNS, _OUTLET_FORMS, _TITLES, Person, Statement, _paragraphs, _statement_text, word

PEOPLE = 80
SHARED_SURNAMES = 6  # pairs of people with one surname
OUTLETS = 30
# Given names with a short form in the speaker index's nickname list (lexicon.NICKNAMES).
_LONG_NAMES = {"Michael": "Mike", "Elizabeth": "Liz", "William": "Bill", "Robert": "Bob", "Katherine": "Kate"}
_ARTICLE_COUNTS = [3, 3, 4, 4, 5, 5, 6, 6, 7, 8]  # 5.1 articles a story on average


def _pool(rng: random.Random) -> list[Person]:
    people: list[Person] = []
    surnames: set[str] = set()
    long_names = sorted(_LONG_NAMES)
    while len(people) < PEOPLE:
        last = word(rng, rng.choice([2, 3]))
        if last in surnames:
            continue
        surnames.add(last)
        first = long_names[len(people) // 7] if len(people) % 7 == 3 and len(people) // 7 < len(long_names) else None
        title = _TITLES[len(people) % len(_TITLES)]
        people.append(Person(first or word(rng, 2), last, title, rng.choice(["he", "she"])))
    # The last SHARED_SURNAMES people take the surname of one of the first few (but not their given name).
    for i in range(SHARED_SURNAMES):
        namesake = people[PEOPLE - 1 - i]
        namesake.last = people[i * 2].last
        while namesake.first == people[i * 2].first:
            namesake.first = word(rng, 2)
    return people


def _nicknamed(person: Person) -> Person:
    short = _LONG_NAMES.get(person.first)
    return Person(short, person.last, person.title, person.pronoun) if short else person


def generate_archive(n: int, out: Path, seed: int = 11) -> int:
    """Write ``n`` stories into ``out``; returns the number of articles written."""
    rng = random.Random(seed)
    people = _pool(rng)
    places = [word(rng, 2) for _ in range(40)]
    outlets = sorted({rng.choice(_OUTLET_FORMS).format(p=rng.choice(places)) for _ in range(OUTLETS * 3)})[:OUTLETS]
    weights = [1 / (rank + 1) for rank in range(PEOPLE)]
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        raise SystemExit(f"{out} is not empty")
    articles = 0
    for i in range(n):
        day = i * 300 // max(n, 1)  # the season: 300 days
        month, dom = _MONTHS[day // 30], day % 30 + 1
        cast: list[int] = []
        while len(cast) < rng.randint(2, 5):
            pick = rng.choices(range(PEOPLE), weights)[0]
            if pick not in cast and all(people[c].last != people[pick].last for c in cast):
                cast.append(pick)
        story_people = [people[c] for c in cast]
        said = [
            Statement(k, day, _statement_text(rng, places)) for k in range(len(cast)) for _ in range(rng.randint(1, 3))
        ]
        topic = rng.choice(_NOUNS)
        lead = story_people[0]
        folder = out / f"{i:04d}-{lead.last.lower()}-{topic.replace(' ', '-')}"
        folder.mkdir()
        for j, outlet in enumerate(rng.sample(outlets, rng.choice(_ARTICLE_COUNTS))):
            quoted = sorted(
                rng.sample(said, rng.randint(min(2, len(said)), min(5, len(said)))), key=lambda s: s.speaker
            )
            # Now and then one outlet calls a person by a short given name.
            cast_here = [_nicknamed(p) if rng.random() < 0.15 else p for p in story_people]
            city = rng.choice(places) + " City"
            paras = _paragraphs(rng, cast_here, quoted, rng.random() < 0.6, city)
            first = cast_here[quoted[0].speaker]
            intro = f"{first.title} {first.full} spoke in {city} about the {topic}."
            headline = f"{lead.last} and others on the {topic}"
            text = "\n\n".join([headline, f"By {outlet}", f"{month} {dom}, 2031", intro, *paras]) + "\n"
            (folder / f"{j:02d}-{outlet.lower().replace(' ', '-')}.txt").write_text(text, encoding="utf-8")
            articles += 1
        (folder / "sources.toml").write_text(
            f'[story]\ntitle = "{lead.full} and others on the {topic}, {month} {dom}"\n', encoding="utf-8"
        )
    return articles


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("n", type=int, help="number of stories")
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, default=11)
    args = p.parse_args()
    articles = generate_archive(args.n, args.out, args.seed)
    print(f"{args.n} stories, {articles} articles in {args.out}")


if __name__ == "__main__":
    main()
