"""The evaluation harness: its scoring rules, and the accuracy it reports on our own gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_script, need_shared, story_from

ROOT = Path(__file__).resolve().parent.parent
# The evaluation reads ../shared and our gold: it lives in eval/, outside the installed package.
_evaluate = load_script(ROOT / "eval" / "evaluate.py")
Gold, Scores, _overlap, evaluate = _evaluate.Gold, _evaluate.Scores, _evaluate._overlap, _evaluate.evaluate
main, polnear, polnear_root, score_story = (
    _evaluate.main,
    _evaluate.polnear,
    _evaluate.polnear_root,
    _evaluate.score_story,
)
OWN_GOLD = [ROOT / "eval/seeds-gold.toml", *sorted((ROOT / "eval/stories").glob("*/gold.toml"))]


def test_overlap_rule() -> None:
    assert _overlap((0, 10), (5, 30)) == 0.5
    assert _overlap((0, 10), (10, 20)) == 0.0
    assert _overlap((3, 5), (0, 100)) == 1.0


def test_scoring_counts_misses_and_wrong_speakers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('T\n\n"Alpha beta gamma," Jo Ames said. Then "delta," Ann Bell said.\n', "utf-8")
    story = story_from(tmp_path)
    raw = story.sources[0].raw
    gold = [
        Gold("a.txt", "Alpha beta gamma,", "Jo Ames", raw.index("Alpha"), raw.index("Alpha") + 17),
        Gold("a.txt", "delta,", "Someone Else", raw.index("delta"), raw.index("delta") + 6),
        Gold("a.txt", "Then", "Nobody", raw.index("Then"), raw.index("Then") + 4),  # not a quote: a miss
    ]
    s = score_story(story, gold, [])
    assert (s.gold, s.predicted, s.matched, s.speaker_right) == (3, 2, 2, 1)
    assert s.precision == 1.0 and s.recall == pytest.approx(2 / 3) and s.speaker_accuracy == 0.5


def test_gold_can_name_which_occurrence_it_means(tmp_path: Path) -> None:
    """A headline repeating a body quote: the gold names the body's occurrence, by number or left context."""
    head = 'Jo Ames calls it "insane"\n\n'
    (tmp_path / "a.txt").write_text(head + 'Body. "It is insane," Jo Ames said.\n', "utf-8")
    (tmp_path / "b.txt").write_text('T\n\n"It is insane," Jo Ames said.\n', "utf-8")
    (tmp_path / "gold.toml").write_text(
        'quotes = [["a.txt", "It is insane,", "Jo Ames", 1], ["a.txt", "insane", "Jo Ames", "Body. "],\n'
        '          ["b.txt", "It is insane,", "Jo Ames"]]\n'
        'links = [[["a.txt", "It is", 1], ["b.txt", "It is"]]]\n',
        "utf-8",
    )
    _, gold, _ = _evaluate.load_gold(tmp_path / "gold.toml")
    body = len(head) + len('Body. "')
    assert [g.start for g in gold[:2]] == [body, body + len("It is ")]
    details: list[str] = []
    s = evaluate(tmp_path / "gold.toml", details)
    assert s is not None and (s.gold_links, s.links_right) == (1, 1)
    # The body's "insane" inside the longer quote is no prediction of its own: the details name the miss.
    assert any(line.startswith("missed") and "'insane'" in line for line in details)
    (tmp_path / "gold.toml").write_text('quotes = [["a.txt", "insane", "Jo Ames", 3]]', "utf-8")
    with pytest.raises(ValueError, match="occurrence 3"):
        _evaluate.load_gold(tmp_path / "gold.toml")


@pytest.mark.parametrize("path", OWN_GOLD, ids=lambda p: p.parent.name if p.name == "gold.toml" else p.stem)
def test_accuracy_on_our_gold(path: Path) -> None:
    s = evaluate(path)
    assert isinstance(s, Scores)
    assert s.f1 >= 0.95 and s.speaker_accuracy >= 0.95
    assert s.link_precision >= 0.9


def test_command_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(p) for p in OWN_GOLD]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("| story |") and "| **all** |" in out


REALWORLD_GOLD = sorted((ROOT / "eval/realworld").glob("*-gold.toml"))
# Pooled over the real stories, with a few links of room: settling credits across outlets (issue 16)
# raised recall from 0.693 to 0.764 and precision from 0.946 to 0.951. Speakers (issue 16, who said
# it): 0.913 -> 0.960; the one link precision lost since (0.938 -> 0.929) is Fox's whole Trump tweet,
# now read whole and his, linked to NYT's other tweet of near the same words, which the gold keeps apart.
REALWORLD_FLOORS = {"link_recall": 0.74, "link_precision": 0.92, "speaker_accuracy": 0.95}


def test_real_stories_hold_the_speaker_and_link_figures_reached() -> None:
    total = Scores()
    for path in REALWORLD_GOLD:
        s = evaluate(path)
        need_shared(None if s is None else path, f"the articles of {path.name}")
        assert s is not None
        total.add(s)
    for name, floor in REALWORLD_FLOORS.items():
        assert getattr(total, name) >= floor, (name, getattr(total, name))


POLNEAR = polnear_root()
# PolNeAR dev: named speakers right, as reached (docs/accuracy.md), less a tolerance of a few quotes
# (issue 16: a floor, not one pinned count); precision and quotes left without a speaker hold the
# targets of issue 9. Main had 358/371 before issue 16; 355 since: on train, where the errors may be
# read, what it costs is quotes the scorer counts against a right answer ("the Florida senator" now
# Marco Rubio, "Xi" now Xi Jinping) and places or things no longer given as speakers.
DEV_NAMED_REACHED = 356  # of 372 after "who said it" (issue 16): chants and nested quotes found, one more named
DEV_TOLERANCE = 4
DEV_FLOORS = {"precision": 0.97}
DEV_MAX_NO_SPEAKER = 0.03


def test_polnear_dev_holds_the_figures_reached() -> None:
    need_shared(POLNEAR, "PolNeAR's development data")
    assert POLNEAR is not None
    s = polnear(POLNEAR, "dev")
    assert s.articles == 80 and s.gold == 564
    assert s.named_right >= DEV_NAMED_REACHED - DEV_TOLERANCE, (s.named_right, s.named)
    for name, floor in DEV_FLOORS.items():
        assert getattr(s, name) >= floor, (name, getattr(s, name))
    assert s.no_speaker <= DEV_MAX_NO_SPEAKER


def test_polnear_train_is_within_two_points_of_dev() -> None:
    need_shared(POLNEAR, "PolNeAR's development data")
    # The rules were written from train; a wide gap to dev would mean they fit train's articles.
    assert POLNEAR is not None
    train, dev = polnear(POLNEAR, "train"), polnear(POLNEAR, "dev")
    assert abs(train.speaker_accuracy - dev.speaker_accuracy) <= 0.02, (train.speaker_accuracy, dev.speaker_accuracy)


def test_each_article_alone_counts_a_surname_shown_alone() -> None:
    surname_alone, alone = _evaluate.surname_alone, _evaluate.alone
    assert surname_alone("Donald Trump", "Trump")
    assert not surname_alone("Donald Trump", "Melania Trump") and not surname_alone("Donald Trump", None)
    # Our own stories, read one article at a time: every matched quote's speaker right.
    right, matched = alone(OWN_GOLD)
    assert matched > 40 and right == matched
