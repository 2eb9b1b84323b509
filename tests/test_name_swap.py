"""The name-swap probe (eval/name_swap.py) swaps only surnames that leave the text reading the same."""

from __future__ import annotations

import random
from pathlib import Path

from tests.conftest import load_script

_swap = load_script(Path(__file__).resolve().parent.parent / "eval" / "name_swap.py")


def test_only_plain_surnames_are_swapped_and_an_s_ending_is_kept() -> None:
    texts = [
        "Jo Young and Ada Washington met Tom Holmquist and Ivo Sandersen in New York; Ann York and Eli Keelers came too."
    ]
    names = ["Jo Young", "Ada Washington", "Tom Holmquist", "Ivo Sandersen", "Ann York", "Eli Keelers"]
    got = _swap.swaps(texts, names, random.Random(1))
    # "Young" is a given name too, "Washington" a place, "Rice" a word of the text, "York" a word of a
    # place's name: all kept.
    assert set(got) == {"Holmquist", "Sandersen", "Keelers"}
    assert got["Keelers"].endswith("s") and not got["Holmquist"].endswith("s")
    assert len(set(got.values())) == 3 and not set(got.values()) & set(got)
