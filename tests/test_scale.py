"""Linear cost where it used to be quadratic: many versions of a statement, one very long article."""

from __future__ import annotations

import random
from itertools import combinations, pairwise

from hypothesis import given, settings
from hypothesis import strategies as hs
from rapidfuzz import fuzz

from quotecompare.align import alignment, neighbours
from quotecompare.align.alignment import CANDIDATE_CUTOFF, Texts
from quotecompare.align.statements import EXACT_MAX, PAIRWISE_MAX, align_speaker
from quotecompare.attribution import story as attribution
from quotecompare.attribution.discourse import Discourse
from quotecompare.models import Quote
from quotecompare.read.sources import parse_article

WORDS = "harbour bridge ferry council budget river market school".split()
OTHER = "also now still soon truly simply really indeed".split()


def versions(n: int, seed: int = 3) -> list[str]:
    """``n`` versions of one statement of our own, each with up to two words changed, as translators do."""
    rng = random.Random(seed)
    words = "The council will rebuild the old harbour bridge before the winter floods reach the market".split()
    out = []
    for _ in range(n):
        w = list(words)
        for _ in range(rng.randint(0, 2)):
            w[rng.randrange(len(w))] = rng.choice(OTHER + WORDS)
        out.append(" ".join(w) + ".")
    return out


def test_many_versions_of_a_statement_cost_about_one_comparison_each(monkeypatch) -> None:
    texts = versions(400)
    quotes = [Quote(f"o{i}-q1", f"o{i}", (), t, 0, 0, "X", "x|") for i, t in enumerate(texts)]
    calls = []
    real = alignment._compare

    def counted(*args):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(alignment, "_compare", counted)
    aligned = align_speaker(quotes, [f"o{i}" for i in range(400)], "x")
    distinct = len(set(texts))
    assert distinct > 2 * EXACT_MAX  # a statement of many versions, built as a forest
    assert len(calls) <= 3 * distinct  # every pair of versions would be ~distinct**2 / 2
    (statement,) = aligned.statements
    assert len(statement.quotes) == 400 and len(aligned.links) == 399  # one tree: each quote linked once


def test_a_small_statement_still_lists_every_pair() -> None:
    texts = versions(PAIRWISE_MAX)
    quotes = [Quote(f"o{i}-q1", f"o{i}", (), t, 0, 0, "X", "x|") for i, t in enumerate(texts)]
    aligned = align_speaker(quotes, [f"o{i}" for i in range(len(texts))], "x")
    assert len(aligned.links) == PAIRWISE_MAX * (PAIRWISE_MAX - 1) // 2


def test_each_text_keeps_its_nearest_candidates() -> None:
    codes = ["abcdef", "abcdeg", "abcdxy", "abzzzz", "qrstuv"]
    pairs = [(s, t) for s, t in combinations(range(5), 2)]
    kept = neighbours.nearest(pairs, codes, k=1)
    assert kept[0] == (0, 1)  # the nearest pair first
    for s in range(5):  # every text keeps at least its nearest
        best = max((t for t in range(5) if t != s), key=lambda t: (fuzz.partial_ratio(codes[s], codes[t]), -t))
        assert (min(s, best), max(s, best)) in kept


@settings(max_examples=150, deadline=None)
@given(hs.lists(hs.text(alphabet="abcdefgh", min_size=1, max_size=8), min_size=2, max_size=30))
def test_a_word_index_with_room_finds_every_alike_pair(codes: list[str]) -> None:
    owner = list(range(len(codes)))
    every = {
        (u, v)
        for u, v in combinations(range(len(codes)), 2)
        if fuzz.partial_ratio(codes[u], codes[v], score_cutoff=CANDIDATE_CUTOFF)
    }
    assert set(neighbours.indexed_pairs(codes, owner, CANDIDATE_CUTOFF, budget=None)) == every
    # However tight the budget, what it finds is alike, and each clause meets a bounded number of others.
    tight = set(neighbours.indexed_pairs(codes, owner, CANDIDATE_CUTOFF, budget=2, width=1))
    assert tight <= every


def _bounded_pairs(codes: list[str], owner: list[int], cutoff: float, budget: int, width: int) -> set[tuple[int, int]]:
    """The bounded word index of :func:`neighbours.indexed_pairs` as its docstring tells it, clause by clause."""
    tagged = []  # each clause's words, a repeated word counted: ("a", 1), ("b", 1), ("a", 2)
    for code in codes:
        seen: dict[str, int] = {}
        words = []
        for ch in code:
            seen[ch] = seen.get(ch, 0) + 1
            words.append((ch, seen[ch]))
        tagged.append(words)
    holding: dict[tuple[str, int], list[int]] = {}
    for u, words in enumerate(tagged):
        for w in words:
            holding.setdefault(w, []).append(u)
    met = set()
    for u, words in enumerate(tagged):
        m = len(words)
        need = max(1, int(cutoff * m // (200 - cutoff)))
        left = budget
        for w in sorted(words, key=lambda w: (len(holding[w]), w))[: m - need + 1]:
            held = holding[w]
            if len(held) <= left:  # a whole list, each pair met from its shorter side
                left -= len(held)
                met |= {(u, v) for v in held if (len(codes[v]), v) > (m, u)}
            else:  # past the budget: the clauses on each side of it in the list
                at = held.index(u)
                met |= {(u, v) for v in held[max(0, at - width) : at + width + 1] if v != u}
    return {
        (min(owner[u], owner[v]), max(owner[u], owner[v]))
        for u, v in met
        if owner[u] != owner[v] and fuzz.partial_ratio(codes[u], codes[v], score_cutoff=cutoff)
    }


@settings(max_examples=150, deadline=None)
@given(
    hs.lists(hs.text(alphabet="abcdef", max_size=10), max_size=40),
    hs.integers(min_value=0, max_value=6),
    hs.integers(min_value=1, max_value=3),
)
def test_the_bounded_index_meets_the_clauses_it_describes(codes: list[str], budget: int, width: int) -> None:
    owner = sorted(n // 2 for n in range(len(codes)))  # two clauses a text
    found = neighbours.indexed_pairs(codes, owner, CANDIDATE_CUTOFF, budget=budget, width=width)
    assert found == sorted(_bounded_pairs(codes, owner, CANDIDATE_CUTOFF, budget, width))


def test_many_versions_are_found_through_the_bounded_index() -> None:
    texts = Texts(versions(600))
    clauses = [texts.codes[s][a:b] for s, p in enumerate(texts.prepared) for a, b in p[2]]
    owner = [s for s, p in enumerate(texts.prepared) for _ in p[2]]
    assert len(clauses) > alignment.EXACT_CLAUSES  # past the exact search
    near = texts.neighbours()
    degree = [0] * len(texts.texts)
    for s, t in near:
        degree[s] += 1
        degree[t] += 1
    assert all(degree)  # every version meets another
    assert len(near) <= neighbours.NEIGHBOURS * len(texts.texts)
    assert set(near) <= set(neighbours.indexed_pairs(clauses, owner, CANDIDATE_CUTOFF))


def test_one_source_has_nothing_to_link() -> None:
    quotes = [Quote(f"a-q{i}", "a", (), t, i * 100, i * 100 + 50, "X", "x|") for i, t in enumerate(versions(20))]
    aligned = align_speaker(quotes, ["a"], "x")
    assert aligned.links == [] and [st.quotes for st in aligned.statements] == [(q.id,) for q in quotes]


# --- one long article --------------------------------------------------------------------


def long_article(paragraphs: int) -> str:
    people = [("Ines Varga", "mayor"), ("Tom Keel", "engineer"), ("Ada Holm", "senator")]
    rng = random.Random(5)
    out = ["The long meeting", "By Test Gazette"]
    for n in range(paragraphs):
        name, title = people[n % 3]
        if n % 3 == 0:
            out.append(f"{name}, the {title}, spoke on day {n}.")
        cue = rng.choice([f"{name.split()[1]} said", "she said", f"the {title} said", "said the official"])
        thing = rng.choice(WORDS)
        out.append(f"“We will fix the {thing} on day {n} and pay for it,” {cue}.")
        if n % 7 == 0:
            out.append(f"Later: “the {thing} on day {n} and pay for it”")  # words said before, with no cue
    return "\n\n".join(out) + "\n"


def described_by_reading_back(d: Discourse, b: int, pos: int, m) -> object:  # type: ignore[no-untyped-def]
    """How :meth:`Discourse.described` answered before its index: each paragraph read back, one by one."""
    import re

    from quotecompare.attribution.kinds import ORG_HEADS
    from quotecompare.text.lexicon import ORG_WORDS, ROLE_NOUNS

    words = [re.sub(r"['’]s?$", "", w) for w in m.text.lower().split()]
    if words[0] not in {"the", "this"} or len(words) > 6:
        return None
    head = words[-1]
    person = head in ROLE_NOUNS
    if not (person or head in ORG_WORDS or head in ORG_HEADS):
        return None
    best = None
    for block in range(b, -1, -1):
        for ent in reversed([ent for ent in d.entities(block) if block != b or ent.pos < pos]):
            e = ent.mention
            if e.kind == "org" and not person:
                names = {w.lower().strip(".") for w in e.name.split()}
                if head in names or names & ORG_HEADS.get(head, set()):
                    return ent
            elif e.kind == "person" and person and head in (titles := d.titles.get(e.name, set())):
                overlap = len(set(words[1:-1]) & titles)
                if best is None or overlap > best[0]:
                    best = (overlap, ent)
    return best[1] if best else None


def test_descriptions_far_back_are_what_reading_back_finds(monkeypatch) -> None:
    source = parse_article("long.txt", long_article(120), source_id="long")
    asked = []
    real = Discourse.described

    def both(self, b, pos, m):  # type: ignore[no-untyped-def]
        got = real(self, b, pos, m)
        asked.append((got, described_by_reading_back(self, b, pos, m)))
        return got

    monkeypatch.setattr(Discourse, "described", both)
    attribution.build_quotes([source])
    assert len(asked) > 20 and any(got for got, _ in asked)
    assert all(got == expected for got, expected in asked)


def test_pull_quotes_of_a_long_article_take_the_speaker_of_the_same_words() -> None:
    source = parse_article("long.txt", long_article(150), source_id="long")
    quotes, _ = attribution.build_quotes([source])
    pulled = [q for q in quotes if q.attribution and q.attribution.rule == "pull_quote"]
    assert len(pulled) > 10
    for q in pulled:
        same = [c for c in quotes if c is not q and c.cue and c.attribution.rule != "pull_quote" and q.text in c.text]
        assert same and q.speaker_key == same[0].speaker_key


@settings(max_examples=100, deadline=None)
@given(hs.lists(hs.sampled_from("abcde"), max_size=30), hs.lists(hs.sampled_from("cdefg"), max_size=5, unique=True))
def test_recent_speakers_come_in_the_order_a_growing_list_gave(quoted: list[str], named: list[str]) -> None:
    recent = attribution._Recent(named)
    old: list[str] = []
    for key in quoted:
        recent.quoted_now(key)
        old.insert(0, key)
        # The first of each key in the old list is where a search for it stops: the same order of first matches.
        assert list(dict.fromkeys(recent)) == list(dict.fromkeys(old + named))


def test_the_search_index_written_in_pieces_is_the_one_written_whole(seed_story) -> None:
    import json

    from quotecompare.site.search import GLOBAL, script_pieces, search_index

    index = search_index(seed_story)
    index["quotes"].append(["a line\u2028and a paragraph\u2029apart", -1, [0], "x"])
    whole = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    whole = whole.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    assert "".join(script_pieces(index)) == f"window.{GLOBAL} = {whole};\n"


def test_a_long_article_read_in_parts_is_read_as_it_was_whole(monkeypatch) -> None:
    """Parts of 40 paragraphs (each read from 10 before it) and pull quotes over the whole article: the
    same quotes, speakers and evidence as the article read whole, with any number of workers."""
    source = parse_article("long.txt", long_article(150), source_id="long")
    assert len(source.blocks) > 4 * 40
    whole, _ = attribution.build_quotes([source])
    monkeypatch.setattr(attribution, "PART_BLOCKS", 40)
    assert len(attribution._resolve_parts(0, len(source.blocks), attribution.extract(source))) > 4
    for workers in (1, 2):
        parts, _ = attribution.build_quotes([source], workers=workers)
        assert parts == whole
    assert any(q.attribution and q.attribution.rule == "pull_quote" for q in whole)


def test_a_long_article_is_cut_only_between_quotations(monkeypatch) -> None:
    text = "T\n\n" + "\n\n".join(
        f"“We will fix it on day {n},” Ada Holm said."
        if n % 5
        else f"“We start on day {n},\n\n“and go on,” Ada Holm said."
        for n in range(40)
    )
    source = parse_article("a.txt", text + "\n", source_id="a")
    found = attribution.extract(source)
    monkeypatch.setattr(attribution, "PART_BLOCKS", 7)
    parts = attribution._resolve_parts(0, len(source.blocks), found)
    assert len(parts) > 3 and parts[0].start == 0 and parts[-1].end == len(source.blocks)
    for part, after in pairwise(parts):
        assert part.end == after.start and after.lead <= after.start - min(attribution.LEAD_BLOCKS, after.start)
    for f in found:  # no quotation runs over a cut
        assert not any(f.spans[0].block < p.start <= f.spans[-1].block for p in parts)
        assert not any(f.spans[0].block < p.lead <= f.spans[-1].block for p in parts)
    # Every quotation is one part's own, in order.
    assert [i for p in parts for i in range(p.own, p.end_quote)] == list(range(len(found)))


def test_a_huge_article_page_made_in_pieces_is_the_page_made_whole(monkeypatch) -> None:
    from pathlib import Path

    from quotecompare import pipeline

    source = parse_article("long.txt", long_article(90), source_id="long")
    story = pipeline.gather([source])
    templates = Path(pipeline.__file__).parent.parent / "templates"
    whole = pipeline.site_files(story, templates)
    monkeypatch.setattr(pipeline, "POOL_MIN_QUOTES", 20)
    monkeypatch.setattr(pipeline, "PIECE_QUOTES", 15)
    site = pipeline.Site(story)
    assert len(site.article_pieces(0, 15)) > 4
    pieces = {path: pipeline._text(content) for path, content in pipeline.render_site(story, templates, workers=2)}
    assert pieces == whole


def _round_seen(state: dict[str, int], i: int) -> int:
    return state["round"]


def test_what_is_made_before_a_round_is_what_its_workers_see() -> None:
    """The marks of an article made in pieces are worked out by the build's process late, before the round
    that needs them is forked: ``before_round`` runs there, and that round's workers see what it made."""
    from quotecompare.parallel import ordered_map

    state = {"round": -1}
    rounds: list[list[tuple[int, int]]] = []

    def before_round(ranges: list[tuple[int, int]]) -> None:
        rounds.append(ranges)
        state["round"] = len(rounds)

    seen = list(
        ordered_map(_round_seen, state, 12, 2, chunk=1, alone=12, pool=True, renew=1, before_round=before_round)
    )
    assert len(rounds) == 6  # one item per worker and round: 12 items, 2 workers
    assert seen == [1 + n // 2 for n in range(12)]
    assert [i for ranges in rounds for start, stop in ranges for i in range(start, stop)] == list(range(12))


def test_a_resolution_sent_back_by_a_worker_as_tuples_keeps_every_field() -> None:
    """Resolutions cross from the workers as plain tuples: every field of the records comes back, and a
    long article's part moves its marks to the whole article's paragraphs."""
    from quotecompare.models import Attribution, Elsewhere, Resolved, Span

    values: dict[str, object] = {
        "rule": "cue_after",
        "evidence": (3, 7),
        "resolved": (1, 2),
        "reason": "why",
        "marks": (Span(4, 1, 5), Span(2, 0, 3)),
        "elsewhere": (Elsewhere("b", "b-q1", "cue_after", "Holm"),),
        "replaced": "Ada Holm",
    }
    assert set(Attribution._fields()) == set(values)  # a new field: send it in attribution._flat too
    a = Attribution(**values)  # type: ignore[arg-type]
    fields = {"who": "Holm", "members": ("A", "B"), "attribution": a, "verb": "said", "term": True}
    fields |= {"gender": "f", "kind": "person"}
    assert set(Resolved._fields()) == set(fields)
    r = Resolved(**fields)  # type: ignore[arg-type]
    assert attribution._unflat(attribution._flat(r)) == r
    moved = attribution._unflat(attribution._flat(r, 10))
    assert moved.attribution.marks == (Span(14, 1, 5), Span(12, 0, 3))
    assert moved == r._replace(attribution=a._replace(marks=moved.attribution.marks))
