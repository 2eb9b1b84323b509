"""Statements at scale: every pair for small ones, a spanning forest for large ones, the same words under two speakers."""

from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as hs
from rapidfuzz import fuzz

from quotecompare import parallel
from quotecompare.align import tasks as align_tasks
from quotecompare.align.alignment import CANDIDATE_CUTOFF, Texts, _indexed_pairs
from quotecompare.align.credits import _grams, cross_speaker, similar_texts
from quotecompare.align.statements import EXACT_MAX, PAIRWISE_MAX, align_speaker
from quotecompare.cli import main
from quotecompare.config import default_templates
from quotecompare.models import Link, Quote
from quotecompare.pipeline import gather, render_site
from quotecompare.read.sources import parse_article
from quotecompare.site.export import quotes_json, quotes_json_text

ROOT = Path(__file__).resolve().parent.parent

# Versions of three statements, written for this test: each outlet prints one version of each.
VERSIONS = [
    [
        "The harbour will reopen in May once the dredging is finished.",
        "The harbour will reopen in May once the dredging is done.",
        "reopen in May once the dredging is finished",
    ],
    [
        "Our council has no money left for the ferry and never had any.",
        "Our council has no money left for the ferry.",
    ],
    [
        "Nobody in this town asked for a second bridge over the river.",
        "nobody in this town asked for a second bridge",
        "Nobody in this town ever asked for another bridge over the river.",
    ],
]


def q(qid: str, source: str, text: str, speaker: str | None = "x|") -> Quote:
    return Quote(qid, source, (), text, 0, 0, speaker and speaker.upper(), speaker)


def outlets(n: int) -> tuple[list[Quote], list[str]]:
    order = [f"s{i:02d}" for i in range(n)]
    quotes = [
        q(f"{src}-q{k}", src, versions[(i + k) % len(versions)])
        for i, src in enumerate(order)
        for k, versions in enumerate(VERSIONS)
    ]
    return quotes, order


def pairs(links: list[Link]) -> dict[frozenset[str], tuple[str, float]]:
    return {frozenset((lk.a, lk.b)): (lk.kind, lk.score) for lk in links}


def test_a_statement_of_up_to_eight_quotes_keeps_every_pair_and_a_larger_one_its_spanning_links() -> None:
    for n, expected in ((PAIRWISE_MAX, 28), (PAIRWISE_MAX + 1, PAIRWISE_MAX)):
        quotes = [q(f"q{i}", f"s{i}", "The bridge opens to traffic in May.") for i in range(n)]
        aligned = align_speaker(quotes, [f"s{i}" for i in range(n)], "x")
        (statement,) = aligned.statements
        assert len(aligned.links) == expected
        assert statement.kinds == (("verbatim", n * (n - 1) // 2),)  # every pair is counted, listed or not
    everything = align_speaker(quotes, [f"s{i}" for i in range(n)], "x", all_links=True)
    assert len(everything.links) == 36


def test_a_statement_in_few_outlets_lists_every_linked_pair_however_many_quotes() -> None:
    # Three outlets print four pieces each of one remark (written for this test), and one prints it whole.
    pieces = [
        "The ferry will run again in June.",
        "We have found the money for the crew.",
        "The old pier must be rebuilt first.",
        "Nobody will pay more for a ticket.",
    ]
    quotes = [q(f"s{n}-q{k}", f"s{n}", text) for n in range(3) for k, text in enumerate(pieces)]
    quotes.append(q("s3-q0", "s3", " ".join(pieces)))
    order = ["s0", "s1", "s2", "s3"]
    aligned = align_speaker(quotes, order, "x")
    everything = align_speaker(quotes, order, "x", all_links=True)
    big = [st for st in aligned.statements if len(st.quotes) > PAIRWISE_MAX]
    assert big, "the pieces and the whole remark are one statement of more than eight quotes"
    assert pairs(aligned.links) == pairs(everything.links)  # every linked pair, not a spanning forest


def test_texts_of_one_statement_are_each_compared_though_their_clauses_looked_unlike() -> None:
    # A remark retold in three ways (written for this test): the first two are no candidate pair (their
    # clauses differ too much), but each meets the third, so the three are one statement and every
    # pair of them is compared.
    texts = [
        "They reopen it, they're going to face big fines, bigger than they've ever faced before.",
        "If they reopen the old mine, they will face bigger fines than they have ever faced before.",
        "If they reopen the old mine, they're going to face big fines, bigger than they've ever faced before.",
    ]
    assert (0, 1) not in Texts(texts).candidates()
    aligned = align_speaker([q(f"s{n}-q1", f"s{n}", t) for n, t in enumerate(texts)], ["s0", "s1", "s2"], "x")
    assert set(pairs(aligned.links)) == {
        frozenset(("s0-q1", "s1-q1")),
        frozenset(("s0-q1", "s2-q1")),
        frozenset(("s1-q1", "s2-q1")),
    }


def test_a_fragment_one_outlet_prints_in_two_statements_joins_neither() -> None:
    # Outlet b quotes the speaker twice, on two subjects, both with "great"; outlet a quotes only "great".
    b1 = q("b-q1", "b", "The new ferry is great and it runs every hour from May.")
    b2 = q("b-q2", "b", "Our schools have done a great job with very little money.")
    a1 = q("a-q1", "a", "great")
    aligned = align_speaker([a1, b1, b2], ["a", "b"], "x")
    assert aligned.links == [] and len(aligned.statements) == 3
    # Where the word stands in one statement of each outlet, the fragment is placed there, and may
    # join two outlets' pieces of one remark that share too little to be linked on their own.
    c1 = q("c-q1", "c", "This timetable is a fantasy,")
    d1 = q("d-q1", "d", "a fantasy with a price tag.")
    e1 = q("e-q1", "e", "fantasy")
    aligned = align_speaker([c1, d1, e1], ["c", "d", "e"], "x")
    assert {frozenset((lk.a, lk.b)) for lk in aligned.links} == {
        frozenset(("c-q1", "e-q1")),
        frozenset(("d-q1", "e-q1")),
    }


def test_a_large_group_is_a_spanning_forest_of_the_pairwise_links() -> None:
    quotes, order = outlets(EXACT_MAX + 6)
    forest = align_speaker(quotes, order, "x")
    assert all(len(st.quotes) > EXACT_MAX for st in forest.statements)  # each one built as a forest
    exact = align_speaker(quotes, order, "x", all_links=True)  # every pair, as before
    assert [st.quotes for st in forest.statements] == [st.quotes for st in exact.statements]
    assert [st.kinds for st in forest.statements] == [st.kinds for st in exact.statements]
    assert [st.id for st in forest.statements] == ["x-1", "x-2", "x-3"]
    every = pairs(exact.links)
    for st in forest.statements:
        mine = [lk for lk in forest.links if lk.a in st.quotes]
        assert len(mine) == len(st.quotes) - 1  # a tree: each quote but one has its link to a closer version
        joined = {st.quotes[0]}
        for _ in mine:
            joined |= {end for lk in mine if {lk.a, lk.b} & joined for end in (lk.a, lk.b)}
        assert joined == set(st.quotes)
        for lk in mine:
            assert every[frozenset((lk.a, lk.b))] == (lk.kind, lk.score)


def test_statements_are_numbered_in_reading_order() -> None:
    quotes = [q("b-q1", "b", "Second statement, printed first by b."), q("a-q1", "a", "First statement in a.")]
    aligned = align_speaker(quotes, ["a", "b"], "ines")
    assert [(st.id, st.quotes) for st in aligned.statements] == [("ines-1", ("a-q1",)), ("ines-2", ("b-q1",))]


def test_same_words_under_another_speaker_are_found_among_many_copies() -> None:
    words = "The new bridge will open to traffic on the first of May."
    quotes = [q(f"o{i}-q1", f"o{i}", words, "varga|ines") for i in range(60)] + [q("z-q1", "z", words, "moss|dan")]
    (link,) = cross_speaker(quotes)  # a run in 61 quotes is no stock phrase
    assert "z-q1" in (link.a, link.b) and not link.same_speaker and link.kind == "verbatim"
    assert len(cross_speaker(quotes, all_links=True)) == 60


@settings(max_examples=200, deadline=None)
@given(hs.lists(hs.text(alphabet="abcdefghij", min_size=1, max_size=9), min_size=2, max_size=40, unique=True))
def test_the_word_index_finds_exactly_the_pairs_that_scoring_every_pair_finds(codes: list[str]) -> None:
    every = {
        (u, v)
        for u, v in combinations(range(len(codes)), 2)
        if fuzz.partial_ratio(codes[u], codes[v], score_cutoff=CANDIDATE_CUTOFF)
    }
    assert set(_indexed_pairs(codes)) == every


@settings(max_examples=200, deadline=None)
@given(hs.lists(hs.lists(hs.sampled_from("ab cd ef gh ij kl mn".split()), min_size=0, max_size=10), max_size=25))
def test_prefix_filtering_finds_exactly_the_texts_sharing_enough_runs(texts: list[list[str]]) -> None:
    grams = [_grams(" ".join(words)) for words in texts]
    every = [
        (s, t)
        for s, t in combinations(range(len(grams)), 2)
        if len(grams[s] & grams[t]) >= 3 and len(grams[s] & grams[t]) >= 0.6 * min(len(grams[s]), len(grams[t]))
    ]
    assert similar_texts(grams) == every


def test_quotes_json_is_one_record_per_line_with_statements(seed_story) -> None:
    text = "".join(quotes_json_text(seed_story))
    data = json.loads(text)
    assert data == json.loads(json.dumps(quotes_json(seed_story)))
    lines = text.splitlines()
    assert len(lines) == 1 + sum(
        len(data[k]) + 2 for k in ("sources", "speakers", "quotes", "terms", "statements", "links")
    )
    lavrov = [st for st in data["statements"] if st["speaker"] == "sergei-lavrov"]
    assert [st["id"] for st in lavrov] == ["sergei-lavrov-1", "sergei-lavrov-2", "sergei-lavrov-3", "sergei-lavrov-4"]
    assert {"id", "speaker", "quotes", "kinds"} == set(lavrov[0]) and lavrov[0]["kinds"] == {"verbatim": 1}
    page = dict(render_site(seed_story, default_templates()))["speakers/sergei-lavrov.html"]
    assert all(f'id="{st["id"]}"' in page for st in lavrov)  # a statement's id is its row on the page


def test_all_links_lists_every_pair(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    for n in range(PAIRWISE_MAX + 1):
        (folder / f"o{n}.txt").write_text(
            f'Story {n}\n\nBy Outlet {n} News\n\n"The new bridge will open on the first of May," Mayor Ines Varga said.\n',
            encoding="utf-8",
        )
    for flag, expected in (([], PAIRWISE_MAX), (["--all-links"], 36)):
        out = tmp_path / f"site{len(flag)}"
        assert main(["--sources", str(folder), "--out", str(out), "-q", *flag]) == 0
        data = json.loads((out / "data" / "quotes.json").read_text(encoding="utf-8"))
        assert len(data["links"]) == expected
        assert data["statements"][0]["kinds"] == {"verbatim": 36}


def test_any_number_of_workers_writes_the_same_bytes(tmp_path: Path, monkeypatch) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate_shared

    folder = tmp_path / "story"
    generate_shared(260, folder)  # enough articles for the reading, extracting and rendering pools
    monkeypatch.setattr(align_tasks, "POOL_MIN_QUOTES", 0)  # and speakers aligned in the pool too
    sites = []
    for workers in (1, 3):
        out = tmp_path / f"site-{workers}"
        assert main(["--sources", str(folder), "--out", str(out), "-q", "--workers", str(workers)]) == 0
        sites.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert len(sites[0]) > 260 and sites[0] == sites[1]


def test_a_small_story_starts_no_pool(monkeypatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(parallel, "_executor", no_pool)
    sources = [
        parse_article(f"o{n}.txt", 'T\n\n"We will rebuild the harbour by May," Ines Varga said.\n', source_id=f"o{n}")
        for n in range(3)
    ]
    story = gather(sources, workers=8)
    assert len(story.links) == 3


def _pid(n: int) -> tuple[int, int]:
    import os

    return n, os.getpid()


def test_each_alignment_task_runs_in_a_process_of_its_own() -> None:
    import os

    tasks = {f"k{n}": (_pid, (n,), n) for n in range(5)}
    results = parallel.run_tasks(tasks, 2, None)
    assert sorted(results) == sorted(tasks) and all(results[f"k{n}"][0] == n for n in range(5))
    pids = [pid for _, pid in results.values()]
    assert len(set(pids)) == 5 and os.getpid() not in pids


def test_big_items_go_in_rounds_of_at_least_one_each_until_their_weight() -> None:
    big = [(n, n + 1) for n in range(7)]
    weights = [9, 9, 9, 2, 2, 2, 2]
    rounds = parallel._rounds(big, weights, 2, 10)
    assert [r for part in rounds for r in part] == big  # every item, in order
    assert [len(part) for part in rounds] == [3, 4]  # 27 >= 2 * 10, then what is left
    assert parallel._rounds(big, [], 2, 10) == [big[0:2], big[2:4], big[4:6], big[6:7]]
