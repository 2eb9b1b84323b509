"""Write ``quotecompare/text/given_names.txt``, the given names that tell a "he" from a "she", and
``plural_surnames.txt``, the surnames that look like a plural noun for people ("Sanders").

``pip install names nomquamgender`` and Debian's ``wamerican`` first (development
tools only: the package ships the list, not the data sets).
``python scripts/make_given_names.py``.

From the 1990 US Census first-name tables that the ``names`` package bundles
(US government data, public domain): a name goes in as male or female only
when one sex bears it at least ten times as often as the other (per cent of
each sex), so "Kelly", "Jordan", "Lindsey" or "Chris" tell nothing and stay
out; a rare name (under 0.004 per cent) that is also a surname stays out too,
since it may lead a name written family name first ("Li Keqiang", "Lu Kang"). The list is what the tool falls back on when an article gives no clue of
its own ("Mr.", "his wife, …") to a person's gender; it loads in about a
millisecond, on the first pronoun.

The census knows few names from outside the United States ("Sergei", "Luiz",
"Narendra"), and a given name also tells a name's shape ("Luiz Inácio Lula da
Silva" is one name of five words). So the list adds, from ``nomquamgender`` (MIT;
name and gender counts pooled from many countries' sources), names borne by at
least 200 people in 10 or more of its sources, 95 per cent of them of one sex;
not a lower-case English word of Debian's word list ("real", "lovely", "said"),
a place, or a surname of the census table borne by 0.004 per cent or more.
"""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

import names

from quotecompare.text.places import is_demonym, is_place

OUT = Path(__file__).resolve().parent.parent / "quotecompare" / "text" / "given_names.txt"
RATIO = 10.0
# Rarer names that are also surnames are left out: they lead names written family name first
# ("Li", "Lu", "Yan": 0.002-0.003 per cent of women each, and surnames); "Melania" stays.
MIN_SHARE = 0.004
WORDS = Path("/usr/share/dict/american-english")  # Debian's wamerican
WORLD_COUNT, WORLD_SOURCES, WORLD_ONE_SEX = 200, 10, 0.95
PLURAL_OUT = OUT.with_name("plural_surnames.txt")
PLURAL_SHARE = 0.002
# The endings of plural nouns for people, as quotecompare.attribution.titles.people_plural reads them.
PEOPLE_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ics", "ees", "ives", "ites")
# Surnames that news more often prints as the plural noun: "Neighbors of the family said".
PEOPLE_NOUNS = frozenset({"neighbors", "brothers", "sellers", "members"})


def _table(file: str) -> dict[str, float]:
    rows = (line.split() for line in (Path(names.__file__).parent / file).read_text().splitlines())
    return {row[0].lower(): float(row[1]) for row in rows if row}


def main() -> None:
    male, female = _table("dist.male.first"), _table("dist.female.first")
    surnames = _table("dist.all.last")

    def telling(name: str, share: float, other: float) -> bool:
        return share >= RATIO * other and (share >= MIN_SHARE or name not in surnames)

    males = sorted(n for n, p in male.items() if telling(n, p, female.get(n, 0.0)))
    females = sorted(n for n, p in female.items() if telling(n, p, male.get(n, 0.0)))
    # Borne by both ("Francis", "Kelly"): a given name all the same ("James Francis McIntyre").
    either = sorted(n for n in male.keys() & female.keys() if n not in males and n not in females)
    world = _world(male.keys() | female.keys(), surnames)
    males = sorted({*males, *(n for n, g in world.items() if g == "m")})
    females = sorted({*females, *(n for n, g in world.items() if g == "f")})
    head = (
        "# Given names that tell a person's gender, from the 1990 US Census first-name tables (public domain),\n"
        "# as bundled by the 'names' package. Made by scripts/make_given_names.py: a name one sex bears at least\n"
        "# ten times as often as the other, unless rare (under 0.004 per cent) and a surname too; and names the\n"
        "# census lacks from the 'nomquamgender' package (MIT), 95 per cent of one sex (see the script). One\n"
        "# name a line, male first; female after the line '# female'; names borne by both after '# either'.\n"
    )
    body = "\n".join(males) + "\n# female\n" + "\n".join(females) + "\n# either\n" + "\n".join(either) + "\n"
    OUT.write_text(head + body, encoding="utf-8")
    print(f"{OUT}: {len(males)} male, {len(females)} female, {len(either)} either ({len(world)} from nomquamgender)")
    plural = sorted(
        n for n, p in surnames.items() if p >= PLURAL_SHARE and n.endswith(PEOPLE_ENDINGS) and n not in PEOPLE_NOUNS
    )
    head = (
        "# Surnames shaped like a plural noun for people ('Sanders', 'Rogers', 'Peters'), from the 1990 US Census\n"
        "# surname table (public domain) as bundled by the 'names' package: those borne by at least 0.002 per\n"
        "# cent of people. Made by scripts/make_given_names.py. One name a line.\n"
    )
    PLURAL_OUT.write_text(head + "\n".join(plural) + "\n", encoding="utf-8")
    print(f"{PLURAL_OUT}: {len(plural)} surnames")


def _world(census: set[str], surnames: dict[str, float]) -> dict[str, str]:
    """Given names the census lacks, with the sex 95 per cent of their bearers are: "sergei" -> "m"."""
    data = json.loads((importlib.resources.files("nomquamgender") / "name_data.json").read_text(encoding="utf-8"))
    words = {w for w in WORDS.read_text(encoding="utf-8").split() if w.islower()}
    out = {}
    for name, (sources, count, female, *_) in data.items():
        if not (name.isascii() and name.isalpha() and len(name) >= 3) or name in census or name in words:
            continue
        if count < WORLD_COUNT or sources < WORLD_SOURCES or surnames.get(name, 0.0) >= MIN_SHARE:
            continue
        if is_place(name.title()) or is_demonym(name.title()):
            continue
        if female >= WORLD_ONE_SEX or female <= 1 - WORLD_ONE_SEX:
            out[name] = "f" if female >= WORLD_ONE_SEX else "m"
    return out


if __name__ == "__main__":
    main()
