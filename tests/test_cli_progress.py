"""What the command line prints: bars on a terminal, plain lines in a log; a summary; --progress, --quiet, --verbose."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotecompare import progress
from quotecompare.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
STAGES = ("read", "extract", "align", "render", "write")
BAR_MARKS = ("\r", "█", "▏", "▌", "it/s", "%|")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def no_bars(text: str) -> None:
    for mark in BAR_MARKS:
        assert mark not in text, (mark, text)


def test_piped_prints_the_summary_line_only(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CI"}  # not CI: piped output alone turns bars off
    proc = subprocess.run(
        [sys.executable, "-m", "quotecompare.cli", "--sources", str(SEEDS), "--out", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Built {tmp_path / 'site'}: 2 articles,")
    assert proc.stderr == ""
    no_bars(proc.stdout + proc.stderr)


def test_in_process_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sources", str(SEEDS), "--out", str(tmp_path / "site")]) == 0
    out, err = capsys.readouterr()
    assert out.count("\n") == 1 and out.startswith("Built ")
    assert err == ""
    no_bars(out + err)


def test_quiet_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sources", str(SEEDS), "--out", str(tmp_path / "site"), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    assert (tmp_path / "site" / "index.html").is_file()


def test_quiet_still_prints_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sources", str(tmp_path / "missing"), "--out", str(tmp_path / "site"), "-q"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1


def test_quiet_hides_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "a.txt").write_text((SEEDS / "000_c2465f9aa2e9395f.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    assert main(["--sources", str(folder), "--out", str(tmp_path / "site")]) == 0
    assert "warning: " in capsys.readouterr().err
    assert main(["--sources", str(folder), "--out", str(tmp_path / "site"), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")


def test_verbose_prints_stage_timings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sources", str(SEEDS), "--out", str(tmp_path / "site"), "--verbose"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("Built ")
    assert [line.split()[0] for line in lines[1:]] == list(STAGES)
    assert all(line.split()[2] == "ms" for line in lines[1:])
    no_bars(out + err)


def test_interactive_only_on_a_terminal_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert progress.interactive(FakeTerminal())
    assert not progress.interactive(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not progress.interactive(FakeTerminal())
    monkeypatch.setenv("CI", "false")
    assert progress.interactive(FakeTerminal())
    monkeypatch.setenv("TERM", "dumb")
    assert not progress.interactive(FakeTerminal())


def test_bars_draw_one_bar_per_stage() -> None:
    term = FakeTerminal()
    bars = progress.Bars(term, delay=0)
    for n in range(1, 4):
        bars("extract", n, 3)
    assert (bars.bar.n, bars.bar.total) == (3, 3)
    bars("align", 1, 2)
    assert bars.stage == "align"
    bars.close()
    drawn = term.getvalue()
    assert "extract" in drawn and "align" in drawn and "/3" in drawn


def test_terminal_build_shows_bars_and_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    term = FakeTerminal()
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr(sys, "stderr", term)
    monkeypatch.setattr(progress.Bars.__init__, "__defaults__", (0, 0))  # show bars at once
    assert main(["--sources", str(SEEDS), "--out", str(tmp_path / "site")]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("Built ")
    assert "extract" in term.getvalue()


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_lines_give_each_stage_its_counts_and_seconds() -> None:
    out, clock = io.StringIO(), Clock()
    lines = progress.Lines(out, clock=clock)
    lines("extract", 0, 5000)
    clock.now = 6.25
    lines("extract", 5000, 5000)
    lines("align", 1, 13)
    clock.now = 7.0
    lines("align", 13, 13)
    lines.close()
    assert out.getvalue().splitlines() == ["extract: 5,000/5,000 articles, 6.2 s", "align: 13/13 speakers, 0.8 s"]
    no_bars(out.getvalue())


def test_lines_skip_quick_stages_and_say_how_far_a_long_one_is() -> None:
    out, clock = io.StringIO(), Clock()
    lines = progress.Lines(out, least=1.0, heartbeat=30.0, clock=clock)
    lines("read", 0, 0)
    clock.now = 0.4
    lines("read", 2, 2)
    lines("align", 0, 12)  # read took 0.4 s: no line
    clock.now = 31.0
    lines("align", 5, 12)
    clock.now = 45.0
    lines("align", 12, 12)
    lines.close()
    assert out.getvalue().splitlines() == ["align: 5/12 speakers, 30.6 s so far", "align: 12/12 speakers, 44.6 s"]


def test_progress_plain_prints_a_line_per_stage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sources", str(SEEDS), "--out", str(tmp_path / "site"), "--progress", "plain"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Built ")
    assert [line.split(":")[0] for line in err.splitlines()] == list(STAGES)
    assert err.splitlines()[0] == "read: 2/2 files, " + err.splitlines()[0].split(", ")[1]
    assert all(line.endswith(" s") for line in err.splitlines())
    no_bars(err)


def test_progress_none_and_bars(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    assert main(["--sources", str(SEEDS), "--out", str(tmp_path / "site"), "--progress", "none"]) == 0
    assert capsys.readouterr().err == ""
    term = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", term)
    monkeypatch.setattr(progress.Bars.__init__, "__defaults__", (0, 0))  # show bars at once
    monkeypatch.setenv("CI", "true")  # asked for, bars are drawn even where they would not be by default
    assert main(["--sources", str(SEEDS), "--out", str(tmp_path / "site"), "--progress", "bars"]) == 0
    assert "extract" in term.getvalue() and "%|" in term.getvalue()
