from __future__ import annotations

from quotecompare.align.alignment import compare
from quotecompare.align.diffing import inline_diff, marked_pieces, token_states
from quotecompare.text.normalise import tokens


def test_inline_diff_uses_original_wording() -> None:
    a, b = "We’re “ready” to improve it.", 'We\'re "ready" to improving it'
    pieces = inline_diff(a, b, compare(a, b).opcodes)
    assert ("delete", "improve") in pieces and ("insert", "improving") in pieces
    assert pieces[0] == ("equal", 'We\'re "ready" to')


def test_token_states_and_pieces_cover_the_text() -> None:
    a, b = "Alpha beta gamma delta.", "Zeta beta gamma epsilon"
    c = compare(a, b)
    states = token_states(len(tokens(a)), [(c.opcodes, True)])
    pieces = marked_pieces(a, states)
    assert "".join(text for _, text in pieces) == a
    assert ("same", "beta gamma ") in pieces


def test_no_links_means_all_context() -> None:
    text = "Nothing shared here."
    assert {state for state, _ in marked_pieces(text, token_states(3, []))} <= {"context", "plain"}
