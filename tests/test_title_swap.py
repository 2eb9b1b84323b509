"""The titles probe (eval/title_swap.py) writes titles as other house styles do and finds quotations again."""

from __future__ import annotations

import doctest
from pathlib import Path

from tests.conftest import load_script

_swap = load_script(Path(__file__).resolve().parent.parent / "eval" / "title_swap.py")


def test_titles_before_names_are_swapped_and_folded_back() -> None:
    text = "“No,” Sen. Holm told Mr. Ruiz, a Gen. Motors man (not Gen. Lee)."
    assert _swap.spelt_out(text) == "“No,” Senator Holm told Mr. Ruiz, a General Motors man (not General Lee)."
    assert _swap.british(text) == "“No,” Sen. Holm told Mr Ruiz, a Gen. Motors man (not Gen. Lee)."
    assert _swap.folded(_swap.spelt_out(_swap.british(text))) == text
    assert doctest.testmod(_swap).failed == 0


def test_a_speaker_is_the_same_when_only_its_title_is_written_otherwise() -> None:
    base = {
        "quotes": [
            {"source": "a", "text": "Ask Sen. Holm.", "kind": "quote", "speaker": "Sen. Ada Holm"},
            {"source": "a", "text": "We won.", "kind": "quote", "speaker": "Ada Holm"},
            {"source": "a", "text": "Gone.", "kind": "quote", "speaker": "Jo Ruiz"},
        ]
    }
    swapped = {
        "quotes": [
            {"source": "a", "text": "Ask Senator Holm.", "kind": "quote", "speaker": "Senator Ada Holm"},
            {"source": "a", "text": "We won.", "kind": "quote", "speaker": "Jo Ruiz"},
        ]
    }
    compared, lost, changed = _swap.compare(base, swapped, "spelt-out")
    assert compared == 3
    assert [q["text"] for q in lost] == ["Gone."]
    assert [(q["text"], n["speaker"]) for q, n in changed] == [("We won.", "Jo Ruiz")]
