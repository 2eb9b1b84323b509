"""Which of several people of one surname a bare surname is.

Part of stage 3 (attribution), used by :class:`~quotecompare.attribution.speakers.SpeakerIndex`.

>>> keys = [("holm", "ada"), ("holm", "vera")]
>>> namesake(keys, [], {"holm|ada": 4, "holm|vera": 1}, lambda k: 1, {})
('holm', 'ada')
>>> namesake(keys, ["holm|vera"], {}, lambda k: 1, {"holm|vera": ("holm", "vera")})
('holm', 'vera')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

_DOMINANT = 3  # how many times more often the story must name one namesake to give it a bare surname
# The article's own evidence weighs more: its main namesake needs only half as many mentions again.
_HERE = 1.5


def namesake(
    keys: list[tuple[str, str]],
    prefer: list[str],
    named: Mapping[str, int],
    salience: Callable[[tuple[str, str]], int],
    key_of: Mapping[str, tuple[str, str]],
) -> tuple[str, str]:
    """Which of the people ``keys`` a bare surname is.

    News keeps the bare surname for the namesake it is about and calls the
    others by full or given name ("Melania"): so the one this article names
    far more often than the others, or alone (``named``: how often it names
    each person); else the one the whole story names far more often
    (``salience``); else the one the article quoted last or named first
    (``prefer``, keys looked up in ``key_of``); else the one the story names most.
    """
    here = sorted(keys, key=lambda k: named.get("|".join(k), 0), reverse=True)
    top, second = (named.get("|".join(k), 0) for k in here[:2])
    if (top >= _DOMINANT and top >= _HERE * second) or (top and not second):
        return here[0]
    ranked = sorted(keys, key=salience, reverse=True)
    if salience(ranked[0]) >= _DOMINANT * salience(ranked[1]):
        return ranked[0]
    for key in prefer:
        if key_of.get(key) in keys:
            return key_of[key]
    return ranked[0]
