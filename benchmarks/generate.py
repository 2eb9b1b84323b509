"""Synthetic stories for the benchmark: N articles quoting a shared pool of invented speakers.

``python benchmarks/generate.py N DIR`` writes N articles (mixed ``.txt`` and
``.md``) and a ``sources.toml`` into DIR. Deterministic for a given N and seed.

The story develops over days, about 25 articles a day, as a running news story
does: every day the main speakers make a few statements and the day's outlets
quote some of them, each in its own words and typography:

* verbatim, or with a typographic change (straight or curly marks, ``U.S.``/``US``,
  dashes), a wording variant (a word or two swapped), a shortened quote, or a
  paraphrase; now and then an earlier day's statement is quoted again;
* cues ``"…," X said`` / ``"…," said X`` / ``X said: "…"`` / ``"…," he said``, partial
  quotes inside narration (``X said the plan was "…"``), and statements quoted over
  two paragraphs or continued in the next paragraph without a cue.

All names (people, outlets, places) are made from syllables: none is a real person.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

ARTICLES_PER_DAY = 25
SPEAKERS = 12
MAIN_SPEAKERS = 3

_ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "tr", "st"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ou", "ei"]
_CODAS = ["", "", "", "n", "r", "l", "s", "k", "m", "nd", "rt", "sk"]

_TITLES = [
    "Foreign Minister",
    "Trade Minister",
    "Senator",
    "Governor",
    "Defence Minister",
    "Mayor",
    "Prime Minister",
    "Interior Minister",
    "Ambassador",
    "Treasury Secretary",
    "Chief Negotiator",
    "Deputy Minister",
]
_SUBJECTS = ["We", "I", "The {place} {group}", "{place}"]
_GROUPS = ["delegation", "cabinet", "coalition", "ministry", "government", "council", "negotiators", "side"]
_MODALS = [
    "are ready to", "will not", "have decided to", "intend to", "cannot", "want to", "expect to", "refuse to",
    "hope to", "plan to", "are going to", "have agreed to", "will", "would never", "promise to",
]  # fmt: skip
_ACTIONS = [
    "discuss", "review", "reject", "support", "negotiate", "delay", "expand", "protect", "reconsider", "sign",
    "ratify", "suspend", "audit", "finance", "extend", "renegotiate", "challenge", "defend", "publish", "cancel",
    "accelerate", "simplify", "veto", "investigate", "approve", "restructure", "freeze", "revive", "inspect", "settle",
]  # fmt: skip
_NOUNS = [
    "trade agreement", "border commission", "water treaty", "shipping sanctions", "grain corridor", "pension reform",
    "fishing quotas", "energy pipeline", "customs union", "railway concession", "port authority", "tax accord",
    "election law", "mining licences", "airspace rules", "housing fund", "steel tariffs", "visa regime",
    "dam project", "refugee compact", "data-sharing pact", "nuclear inspections", "debt swap", "ferry contract",
    "copper royalties", "wind-farm auction", "salt-marsh reserve", "toll bridge", "cable landing", "wheat subsidy",
]  # fmt: skip
_OBJECTS = [
    "the new trade agreement",
    "the border commission",
    "the water treaty",
    "sanctions on the shipping sector",
    "the grain corridor",
    "the pension reform",
    "the fishing quotas",
    "the energy pipeline",
    "the customs union",
    "the railway concession",
]
_TAILS = [
    "before the end of the month",
    "as long as the talks continue",
    "under any circumstances",
    "with our neighbours",
    "without a public vote",
    "in good faith",
    "once the experts report back",
    "for the sake of our citizens",
    "before the {place} summit",
    "unless {place} changes course",
    "after the vote in {place}",
    "with {n} billion in guarantees",
    "by the {day}th of {month}",
    "while the {noun} is under review",
    "until {place} pays what it owes",
    "the way {place} did in {year}",
]
_ADVERBS = [
    "", "", "", "", "", "", "", "", "", "", "quietly", "finally", "formally", "jointly", "gradually", "immediately",
    "partly", "openly", "carefully", "fully", "never again", "once more", "no longer", "at last", "in part",
]  # fmt: skip
_ADJECTIVES = [
    "", "", "", "", "", "", "", "", "", "", "new", "old", "disputed", "regional", "northern", "southern",
    "revised", "interim", "costly", "delayed", "secret", "so-called", "temporary", "joint", "long-promised",
    "bilateral", "coastal", "emergency", "second", "original",
]  # fmt: skip
_SYNONYMS = {
    "ready": "prepared",
    "will not": "won't",
    "decided": "chosen",
    "intend": "plan",
    "cannot": "can't",
    "willing": "prepared",
    "must": "have to",
    "discuss": "talk about",
    "review": "look again at",
    "reject": "turn down",
    "support": "back",
    "delay": "postpone",
    "expand": "extend",
    "protect": "defend",
    "new": "proposed",
    "neighbours": "neighbors",
    "citizens": "people",
    "continue": "go on",
    "time": "years",
    "surprised": "shocked",
}
_NARRATION = [
    "The talks were held in {city} on {weekday}.",
    "Officials from both sides met behind closed doors for several hours.",
    "The dispute has dragged on for most of the year.",
    "Markets in {city} barely moved after the announcement.",
    "Protesters gathered outside the conference hall in {city}.",
    "A joint statement was expected later in the week.",
    "Analysts said the outcome remained uncertain.",
    "The meeting was the third of its kind since the spring.",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
_OUTLET_FORMS = ["The {p} Herald", "{p} Daily", "{p} News", "The {p} Tribune", "{p} Gazette", "{p} Post"]


def word(rng: random.Random, syllables: int) -> str:
    """An invented word of ``syllables`` syllables, capitalised."""
    out = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables))
    return out.capitalize()


@dataclass
class Person:
    first: str
    last: str
    title: str
    pronoun: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Statement:
    speaker: int
    day: int
    text: str


def _people(rng: random.Random) -> list[Person]:
    people: list[Person] = []
    surnames: set[str] = set()
    while len(people) < SPEAKERS:
        last = word(rng, rng.choice([2, 3]))
        if last in surnames:
            continue
        surnames.add(last)
        title = _TITLES[len(people) % len(_TITLES)]
        people.append(Person(word(rng, 2), last, title, rng.choice(["he", "she"])))
    return people


def _fill(rng: random.Random, template: str, places: list[str]) -> str:
    return template.format(
        place=rng.choice(places),
        noun=rng.choice(_NOUNS),
        n=rng.randint(2, 40),
        day=rng.randint(4, 28),
        month=rng.choice(_MONTHS),
        year=rng.randint(1990, 2030),
    )


def _sentence(rng: random.Random, places: list[str]) -> str:
    adjective = rng.choice(_ADJECTIVES)
    obj = f"the {adjective} {rng.choice(places)} {rng.choice(_NOUNS)}".replace("  ", " ")
    obj = rng.choice(_OBJECTS) if rng.random() < 0.05 else obj
    verb = f"{rng.choice(_MODALS)} {rng.choice(_ADVERBS)} {rng.choice(_ACTIONS)}".replace("  ", " ")
    subject = rng.choice(_SUBJECTS).format(place=rng.choice(places), group=rng.choice(_GROUPS))
    s = f"{subject} {verb} {obj}"
    if rng.random() < 0.3:
        s += " " + _fill(rng, rng.choice(_TAILS), places)
    return s + "."


def _statement_text(rng: random.Random, places: list[str]) -> str:
    parts = [_sentence(rng, places)]
    if rng.random() < 0.6:
        parts.append(_sentence(rng, places))
    return " ".join(parts)


def _variant(rng: random.Random, text: str) -> str:
    """How one outlet prints a statement."""
    r = rng.random()
    if r < 0.45:
        return text
    if r < 0.6:  # typography
        if ". " in text:
            head, tail = text.split(". ", 1)
            return f"{head} — {tail[0].lower()}{tail[1:]}"
        return text.replace(" the ", " the U.S. ", 1)
    if r < 0.8:  # a word or two swapped
        out = text
        for key in rng.sample(sorted(_SYNONYMS), 6):
            if key in out:
                out = out.replace(key, _SYNONYMS[key], 1)
                if rng.random() < 0.5:
                    break
        return out
    if r < 0.9:  # shortened: the first sentence only
        return text.split(". ")[0].rstrip(".") + "."
    # paraphrase: many words swapped
    out = text
    for key, value in _SYNONYMS.items():
        out = out.replace(key, value)
    return out


def _quoted(text: str, curly: bool) -> tuple[str, str]:
    return ("“", "”") if curly else ('"', '"')


def _paragraphs(rng: random.Random, people: list[Person], said: list[Statement], curly: bool, city: str) -> list[str]:
    """Body paragraphs of one article quoting ``said``."""
    o, c = _quoted("", curly)
    paras: list[str] = []
    named: set[int] = set()
    last_speaker = -1
    for st in said:
        p = people[st.speaker]
        text = _variant(rng, st.text)
        if rng.random() < 0.4:
            paras.append(rng.choice(_NARRATION).format(city=city, weekday=rng.choice(_WEEKDAYS)))
        name = f"{p.title} {p.full}" if st.speaker not in named else p.last
        body = text.rstrip(".")
        style = rng.random()
        if st.speaker == last_speaker and style < 0.25:
            paras.append(f"{o}{body},{c} {p.pronoun} said.")
        elif style < 0.45:
            paras.append(f"{o}{body},{c} {name} said.")
        elif style < 0.6:
            paras.append(f"{o}{body},{c} said {name}.")
        elif style < 0.75:
            paras.append(f"{name} said: {o}{text}{c}")
        elif style < 0.87:
            words = text.split(". ")[0].rstrip(".").split()
            k = min(len(words), rng.randint(5, 9))
            start = rng.randint(0, max(0, len(words) - k))
            fragment = " ".join(words[start : start + k])
            fragment = fragment[0].lower() + fragment[1:] if start == 0 else fragment
            paras.append(f"{name} said the government was {o}{fragment}{c} and would say more later.")
        else:
            sentences = text.split(". ")
            if len(sentences) > 1:
                # One statement over two paragraphs: the first is left open.
                first, rest = sentences[0] + ".", ". ".join(sentences[1:])
                paras.append(f"{name} said: {o}{first}")
                paras.append(f"{o}{rest}{c}")
            else:
                paras.append(f"{o}{body},{c} {name} said.")
                paras.append(f"{o}{_sentence(rng, [city[:-5]])}{c}")  # continued, no cue
        named.add(st.speaker)
        last_speaker = st.speaker
    return paras


def generate(n: int, out: Path, seed: int = 4) -> None:
    """Write ``n`` articles and a manifest into ``out``."""
    rng = random.Random(seed)
    people = _people(rng)
    places = [word(rng, 2) for _ in range(40)]
    outlets = sorted({rng.choice(_OUTLET_FORMS).format(p=rng.choice(places)) for _ in range(400)})
    days = max(1, -(-n // ARTICLES_PER_DAY))
    statements: list[Statement] = []
    by_day: list[list[Statement]] = []
    for day in range(days):
        active = list(range(MAIN_SPEAKERS)) + rng.sample(range(MAIN_SPEAKERS, SPEAKERS), 3)
        today = [Statement(sp, day, _statement_text(rng, places)) for sp in active for _ in range(rng.randint(2, 3))]
        statements += today
        by_day.append(today)
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        raise SystemExit(f"{out} is not empty")
    for i in range(n):
        day = i * days // n
        today = by_day[day]
        said = rng.sample(today, rng.randint(3, 5))
        if day and rng.random() < 0.2:
            said.append(rng.choice(by_day[rng.randrange(day)]))  # an earlier statement quoted again
        said.sort(key=lambda st: st.speaker)
        city = rng.choice(places) + " City"
        curly = rng.random() < 0.6
        outlet = rng.choice(outlets)
        month, dom = _MONTHS[day // 28 % len(_MONTHS)], day % 28 + 1
        lead = people[said[0].speaker]
        headline = f"{lead.last} and partners differ on {rng.choice(_NOUNS)}"
        paras = _paragraphs(rng, people, said, curly, city)
        intro = f"{lead.title} {lead.full} spoke in {city} as talks entered day {day + 1}."
        markdown = i % 3 == 1
        if markdown:
            head = [f"# {headline}", f"By {outlet}", f"{month} {dom}, 2031"]
            paras = [p.replace("talks", "**talks**", 1) if j == 0 else p for j, p in enumerate(paras)]
        else:
            head = [headline, f"By {outlet}", f"{month} {dom}, 2031"]
        text = "\n\n".join([*head, intro, *paras]) + "\n"
        suffix = ".md" if markdown else ".txt"
        (out / f"{i:05d}_{outlet.lower().replace(' ', '-')}{suffix}").write_text(text, encoding="utf-8")
    (out / "sources.toml").write_text(
        f'[story]\ntitle = "Synthetic story: {n} articles"\nsummary = "Generated by benchmarks/generate.py."\n',
        encoding="utf-8",
    )


POOL_STATEMENTS = (2, 1)  # statements per main speaker, per other speaker


def generate_shared(n: int, out: Path, seed: int = 4) -> None:
    """Write ``n`` articles that all quote one shared pool of statements: the worst case.

    One event, every outlet quoting the same remarks: each speaker makes one or
    two statements, and each article quotes three to five of them (the main
    speakers' most often), in its own words and typography as in
    :func:`generate`. One statement in ``n`` outlets makes ``n`` squared pairs.
    """
    rng = random.Random(seed)
    people = _people(rng)
    places = [word(rng, 2) for _ in range(40)]
    outlets = sorted({rng.choice(_OUTLET_FORMS).format(p=rng.choice(places)) for _ in range(400)})
    pool = [
        Statement(sp, 0, _statement_text(rng, places))
        for sp in range(SPEAKERS)
        for _ in range(POOL_STATEMENTS[0] if sp < MAIN_SPEAKERS else POOL_STATEMENTS[1])
    ]
    weights = [3 if st.speaker < MAIN_SPEAKERS else 1 for st in pool]
    out.mkdir(parents=True, exist_ok=True)
    if any(out.iterdir()):
        raise SystemExit(f"{out} is not empty")
    for i in range(n):
        said: list[Statement] = []
        k = rng.randint(3, 5)
        while len(said) < k:
            st = rng.choices(pool, weights)[0]
            if st not in said:
                said.append(st)
        said.sort(key=lambda st: st.speaker)
        city = rng.choice(places) + " City"
        curly = rng.random() < 0.6
        outlet = rng.choice(outlets)
        lead = people[said[0].speaker]
        headline = f"{lead.last} and partners differ on {rng.choice(_NOUNS)}"
        intro = f"{lead.title} {lead.full} spoke in {city} at the summit."
        markdown = i % 3 == 1
        head = [f"# {headline}" if markdown else headline, f"By {outlet}", "March 3, 2031"]
        text = "\n\n".join([*head, intro, *_paragraphs(rng, people, said, curly, city)]) + "\n"
        suffix = ".md" if markdown else ".txt"
        (out / f"{i:05d}_{outlet.lower().replace(' ', '-')}{suffix}").write_text(text, encoding="utf-8")
    (out / "sources.toml").write_text(
        f'[story]\ntitle = "Synthetic summit: {n} articles"\nsummary = "Generated by benchmarks/generate.py --shared."\n',
        encoding="utf-8",
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("n", type=int)
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, default=4)
    p.add_argument("--shared", action="store_true", help="the worst case: every outlet quotes one pool of statements")
    args = p.parse_args()
    (generate_shared if args.shared else generate)(args.n, args.out, args.seed)


if __name__ == "__main__":
    main()
