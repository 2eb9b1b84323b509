"""The titles a sentence gives a person it names, for later descriptions of them ("the Oregon Democrat").

Part of stage 3 (attribution), used by :mod:`quotecompare.attribution.discourse` as it reads each
paragraph's names: "Sen. Ada Holm (D-Ore.)" is the senator and the Oregon Democrat, "Ruiz, 41," the
41-year-old, "The former Texas governor, Ivo Brandt," the former Texas governor.
"""

from __future__ import annotations

from quotecompare.attribution.mentions import Mention
from quotecompare.attribution.titles import LEADERS, shared_title, tag_titles, title_form
from quotecompare.text.places import is_place

_ROLE_ENDS = frozenset({",", ".", ";", "—", "–", "-", "--"})  # an apposition's role ends at these


def note_titles(
    words: set[str],
    m: Mention,
    tokens: tuple,
    after: int,
    e: int,
    subject_start: int = -1,
    before: tuple[int, int] = (0, 0),
) -> None:
    """Add to ``words`` the titles the sentence gives the person ``m`` names: a party tag, an age, an apposition
    before or after the name, a title, a home state ("the Oregon Democrat", "the 41-year-old", "the senator")."""
    s, start = before
    # "Sen. Ada Holm (D-Ore.)" / "Ada Holm, D-Ore.,": the tag tells "the Oregon Democrat"; an apposition follows it.
    opener = tokens[after].text if after < e else ""
    close = -1
    if opener in {"(", ","}:
        close = next((k for k in range(after + 1, min(e, after + 6)) if tokens[k].text in {")", ","}), -1)
        if close < 0 and opener == "," and e - after <= 4:
            close = e - 1 if tokens[e - 1].text in {".", ";"} else e  # "… Sen. Vi Lind, D-Ore.": the tag ends it
    if close > 0 and (tag := tag_titles("".join(t.text for t in tokens[after + 1 : close]), opener == "(")):
        words.update(tag)
        after = close + 1 if opener == "(" else close
    elif (
        opener == ","
        and after + 1 < e
        and tokens[after + 1].text.isdigit()
        and (after + 2 >= e or tokens[after + 2].text in {",", ".", ";"})
    ):
        words.add(f"{tokens[after + 1].text}-year-old")  # "Ruiz, 41," is "the 41-year-old"
        after += 2
    if start - 3 >= s and tokens[start - 1].text == "," and after < e and tokens[after].text == ",":
        # "The former Texas governor, Ivo Brandt, said": a description set off before the name.
        k = start - 2
        while k > s and tokens[k - 1].kind == "w" and start - k < 8:
            k -= 1
        # At its sentence's start, after a comma or after the quotation: "“…,” the ambassador, Kim Darroch, said".
        if tokens[k].low in {"the", "a", "an"} and (k == s or tokens[k - 1].text == "," or tokens[k - 1].kind == "q"):
            words.update(t.low for t in tokens[k + 1 : start - 1])
    for w in m.title.lower().replace(".", "").split():
        words.add(title_form(w))
    if (shared := shared_title(tokens, start, s)) is not None:
        words.add(shared)  # "Sens. Ivo Brandt (Ky.) and Ada Holm (Fla.)": Holm is a senator too
    if after + 1 < e and tokens[after].low == "of" and tokens[after + 1].capital and is_place(tokens[after + 1].text):
        # "Sen. Ted Cruz of Texas" is from Texas; "President Emmanuel Macron of France" holds the office of
        # a country the writer must name, not the one "the president" means.
        words.add(tokens[after + 1].low)
        words.update(f"{w} of" for w in words & set(LEADERS))
    # "Marco Rubio, the Florida senator," / "Rubio, a senator from Florida," / "Jo Ruiz is the
    # council's spokesman."
    role = after + 1 if after + 1 < e and tokens[after].text == "," else -1  # not a closing comma
    if after + 1 < e and tokens[after].low in {"is", "was"} and tokens[after + 1].low in {"the", "a", "an"}:
        role = after + 1
    if role > 0 and tokens[role].start == subject_start:
        role = -1  # "In Dayton, Ohio, the supporter said": the sentence's subject, no apposition
    if role > 0 and tokens[role].low in {"who", "which", "whose", "that"}:
        # "Rubio, who is the Florida senator,": a role; "Rubio, who is third in Iowa polls,": none.
        be = role + 2 < e and tokens[role + 1].low in {"is", "was"} and tokens[role + 2].low in {"the", "a", "an"}
        role = role + 2 if be else -1
    if role > 0:
        for k in range(role, min(e, role + 8)):
            if tokens[k].text in _ROLE_ENDS or tokens[k].kind == "q":
                break
            low = tokens[k].low  # a word or a mark, never a line's end: "'s" is its last two characters
            # "one of the president's lawyers" owns no title "president": an owner, kept as one.
            words.add(low[:-2] + "'s" if low.endswith(("'s", "’s")) else low)
            if low == "of" and k > role:
                words.add(f"{tokens[k - 1].low} of")  # "president of the Brady Campaign": a body's office
