"""The marks probe (eval/mark_swap.py) changes one character for one, and only quotation marks."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_script

_swap = load_script(Path(__file__).resolve().parent.parent / "eval" / "mark_swap.py")

TEXT = "“We were told ‘wait,’” Holm said. “It’s the voters’ call.”\n“Yes.” ‘Tis the season."


def test_every_style_keeps_each_offset() -> None:
    for style, swap in _swap.STYLES.items():
        assert len(swap(TEXT)) == len(TEXT), style


def test_british_swaps_the_families_and_keeps_apostrophes() -> None:
    got = _swap.british(TEXT)
    assert got == "‘We were told “wait,”’ Holm said. ‘It’s the voters’ call.’\n‘Yes.’ “Tis the season."
    assert _swap.straight(TEXT).count('"') == 6 and "’" not in _swap.straight(TEXT)


def test_a_quotation_found_elsewhere_is_lost_and_another_speaker_changed() -> None:
    base = {
        "quotes": [
            {"source": "a", "start": 1, "kind": "quote", "speaker": "Martin O’Malley"},
            {"source": "a", "start": 9, "kind": "quote", "speaker": "Ada Holm"},
            {"source": "a", "start": 20, "kind": "quote", "speaker": "Ada Holm"},
        ]
    }
    swapped = {
        "quotes": [
            {"source": "a", "start": 1, "kind": "quote", "speaker": "Martin O'Malley"},
            {"source": "a", "start": 9, "kind": "quote", "speaker": "Jo Ruiz"},
        ]
    }
    compared, lost, changed = _swap.compare(base, swapped)
    assert (
        compared == 3
        and [q["start"] for q in lost] == [20]
        and [(q["start"], n["speaker"]) for q, n in changed] == [(9, "Jo Ruiz")]
    )
