"""The verbs probe (eval/verb_swap.py) prints every "said" as another verb and compares quotations by their words."""

from __future__ import annotations

import doctest
from pathlib import Path

from tests.conftest import load_script

_swap = load_script(Path(__file__).resolve().parent.parent / "eval" / "verb_swap.py")


def test_every_said_and_only_said_is_swapped() -> None:
    text = "“We won,” Holm said. Saidi said so; the saidst word stays."
    assert _swap.swap(text, "says") == "“We won,” Holm says. Saidi says so; the saidst word stays."
    assert doctest.testmod(_swap).failed == 0


def test_a_quotation_holding_the_verb_is_the_same_quotation_and_only_its_speaker_can_change() -> None:
    base = {
        "quotes": [
            {"source": "a", "text": "He said no.", "kind": "quote", "speaker": "Ada Holm"},
            {"source": "a", "text": "We won.", "kind": "quote", "speaker": "Ada Holm"},
            {"source": "a", "text": "Gone.", "kind": "quote", "speaker": "Jo Ruiz"},
            {"source": "a", "text": "a term", "kind": "term", "speaker": None},
        ]
    }
    swapped = {
        "quotes": [
            {"source": "a", "text": "He quipped no.", "kind": "quote", "speaker": "Ada Holm"},
            {"source": "a", "text": "We won.", "kind": "quote", "speaker": "Jo Ruiz"},
        ]
    }
    compared, lost, changed = _swap.compare(base, swapped, "quipped")
    assert compared == 3
    assert [q["text"] for q in lost] == ["Gone."]
    assert [(q["text"], n["speaker"]) for q, n in changed] == [("We won.", "Jo Ruiz")]
