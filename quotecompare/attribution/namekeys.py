"""The key a person is filed under: surname and canonical given name, as every outlet may spell them.

>>> name_key("Dmitriy Peskov") == name_key("Dmitry Peskov")
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from quotecompare.attribution.narration import ARABIC_ARTICLE
from quotecompare.text.lexicon import NAME_PARTICLES, NICKNAMES
from quotecompare.text.normalise import fold_accents

_ARTICLE = re.compile(rf"^{ARABIC_ARTICLE}(?=\w)")
# Slavic names' endings as outlets transliterate them: "Zelenskyy", "Zelenskiy", "Zelensky"; "Dmitriy", "Dmitry".
_ENDING = re.compile(r"(?<=\w\w\w)(?:yy|iy|ij|ii)$")


def _spelled(word: str) -> str:
    return _ENDING.sub("y", word) if word.endswith(("y", "j", "i")) else word


# Particles that open a surname printed alone with a capital ("Ms. Le Pen"); not "Al", "Van", "Del" or "Di",
# which are given names too (Al Gore, Van Jones).
_LEADING_PARTICLES = frozenset("le la de du des der den von da".split())


# Family names that come first in Chinese and Korean names as English-language outlets print them
# ("Xi Jinping", "Kim Jong Un", "Moon Jae-in"), so that a later "Xi" or "Mr. Kim" is that person.
_FAMILY_FIRST = frozenset(
    """
    xi li wang zhang liu chen yang huang zhao zhou xu sun zhu hu guo gao lin luo zheng liang xie tang feng
    deng cao peng zeng xiao tian dong yuan pan cai jiang du cheng wei su lu ding ren shen yao jin zhong wen
    bo kong mao qin qian geng wu ma yu
    kim lee park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong jeon
    ko moon ban roh chun chung hun
    """.split()
)
# A given name in pinyin: syllables of an optional initial and a final ("Jinping" = jin + ping).
_PINYIN = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u))+"
)  # compiled on first use: most stories name no one it is asked of


def _family_first(parts: list[str], hyphenated: bool) -> bool:
    """A Chinese or Korean name printed family name first: "Xi Jinping", "Kim Jong Un", "Ban Ki-moon".

    The family name must be one of those names and the given name look like one: pinyin syllables
    in one word ("Jinping", not "Darroch" of Kim Darroch), or two short syllables, hyphenated or not.

    >>> [_family_first(n.split(), False) for n in ("Xi Jinping", "Kim Jong Un", "Kim Darroch", "Lee Zeldin")]
    [True, True, False, False]
    """
    if len(parts) < 2 or parts[0].lower() not in _FAMILY_FIRST or not all(p[:1].isalpha() for p in parts):
        return False
    given = [p.lower() for p in parts[1:]]
    if len(given) == 1:
        return re.fullmatch(_PINYIN, given[0]) is not None
    return len(given) == 2 and (hyphenated or parts[2][:1].isupper()) and all(len(g) <= 5 for g in given)


@lru_cache(maxsize=16384)
def name_key(name: str) -> tuple[str, str | None]:
    """(surname, canonical given name or None) of a person's name.

    >>> name_key("Robert S. Mueller"), name_key("Mike Thibodeau"), name_key("Brandt"), name_key("Al Gore Jr.")
    (('mueller', 'robert'), ('thibodeau', 'michael'), ('brandt', None), ('gore jr', 'albert'))
    >>> name_key("Kim Jong-un") == name_key("Kim Jong Un"), name_key("Ocasio-Cortez"), name_key("Xi Jinping")
    (True, ('ocasio-cortez', None), ('xi', 'jinping'))
    >>> name_key("Andrés López Obrador") == name_key("Andres Lopez Obrador")
    True
    >>> name_key("Bashar al-Assad"), name_key("Al-Assad"), name_key("Assad")
    (('assad', 'bashar'), ('assad', None), ('assad', None))
    >>> name_key("Volodymyr Zelenskyy") == name_key("Volodymyr Zelenskiy") == name_key("Volodymyr Zelensky")
    True
    >>> name_key("Le Pen"), name_key("Marine Le Pen"), name_key("Van Jones"), name_key("Van der Berg")
    (('pen', None), ('pen', 'marine'), ('jones', 'van'), ('berg', None))
    """
    if not name.isascii():
        name = fold_accents(name)  # "López" and "Lopez" are one name, as outlets print it either way
    # "Jong-un" is "Jong Un" spelled with a hyphen (a capital after it keeps a double surname whole).
    words = re.sub(r"(?<=[a-z])-(?=[a-z]+\b)", " ", name.replace(",", " ")).split()
    suffixes = [w.rstrip(".").lower() for w in words if w.rstrip(".") in {"Jr", "Sr", "III", "II", "IV"}]
    parts = [p for p in words if p.rstrip(".") not in {"Jr", "Sr", "III", "II", "IV"}]
    parts = [p for p in parts if not re.fullmatch(r"[A-Z]\.?", p)]  # middle initials
    parts = [p for p in parts if p not in NAME_PARTICLES]  # "bin Salman" has no given name "bin"
    # "Van der Berg" opening a sentence: a particle before a lower-case one is the surname's, not "Van Jones"'s.
    joined = len(words) > 2 and words[0].lower() in NAME_PARTICLES and words[1] in NAME_PARTICLES
    if len(parts) > 1 and (parts[0].lower() in _LEADING_PARTICLES or (joined and parts[0] == words[0])):
        parts = parts[1:]  # "Le Pen", "De Gaulle", "Von Trapp": a surname with its particle, no given name "Le"
    if not parts:
        return name.lower(), None
    if _family_first(parts, "-" in name):
        return parts[0].lower(), " ".join(parts[1:]).lower()  # "Xi Jinping" is Mr. Xi
    # "Donald Trump Jr." is not "Donald J. Trump": the suffix is part of the surname key.
    # "al-Assad", "Al-Jubeir" and "Jubeir": an Arabic article is printed or left out, one surname either way.
    surname = " ".join([_spelled(_ARTICLE.sub("", parts[-1].lower().replace("’", "'"))), *suffixes])
    first = _spelled(parts[0].lower()) if len(parts) > 1 else None
    if first:
        first = NICKNAMES.get(first, first)
        # Two middle initials tell a person from a namesake ("George H.W. Bush", not "George W. Bush"); one is
        # dropped as outlets drop it ("Robert S. Mueller" is "Robert Mueller").
        letters = "".join(c.lower() for w in words[1:-1] if re.fullmatch(r"(?:[A-Z]\.)+", w) for c in w if c != ".")
        first = f"{first} {letters}" if len(letters) > 1 else first
    return surname, first


def double_surname(name: str, surname: str) -> str:
    """The other way to print a double surname: "Sheila Jackson Lee" -> "jackson-lee" (from its key's "lee"),
    "Sheila Jackson-Lee" -> "lee" (a key no one has, as "ada-holm" of "Ada Holm", finds no one).

    >>> double_surname("Sheila Jackson Lee", "lee"), double_surname("Jackson-Lee", "jackson-lee")
    ('jackson-lee', 'lee')
    """
    if "-" in surname:
        return surname.rsplit("-", 1)[1]
    words = name.split()
    return f"{words[-2].lower()}-{surname}" if len(words) > 1 and words[-2][:1].isupper() else ""
