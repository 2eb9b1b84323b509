"""Progress of a build: one tqdm bar per stage on a terminal, plain lines in a log.

:func:`~quotecompare.pipeline.build` reports ``progress(stage, done, total)``.
:class:`Bars` draws that as a bar per stage on an interactive terminal; a bar
appears only once a stage has run for a moment, so short builds stay quiet,
and tqdm is imported only then, to keep start-up fast. :class:`Lines` writes
what a log can keep: a line when a stage ends, with its counts and seconds,
and one every ``heartbeat`` seconds while a long stage runs; no bar
characters. :func:`reporter` picks one for ``--progress``: ``auto`` (bars on
a terminal, else lines for the stages that take a second or more), ``bars``,
``plain`` (a line for every stage) or ``none``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any, TextIO

UNITS = {
    "read": "file",
    "extract": "article",
    "align": "speaker",
    "render": "page",
    "write": "file",
    "stories": "story",
}
MODES = ("auto", "bars", "plain", "none")


def interactive(stream: TextIO) -> bool:
    """True when ``stream`` is a terminal a person watches: not CI, not piped, not a dumb terminal.

    >>> import io
    >>> interactive(io.StringIO())
    False
    """
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream
        return False


class Bars:
    """A ``progress(stage, done, total)`` callback drawing one bar per stage on ``stream``.

    A stage's bar is drawn once the stage has run ``delay`` seconds, then
    redrawn at most every ``interval`` seconds.
    """

    def __init__(self, stream: TextIO, delay: float = 0.5, interval: float = 0.1) -> None:
        self.stream = stream
        self.delay = delay
        self.interval = interval
        self.stage: str | None = None
        self.started = 0.0
        self.drawn = 0.0
        self.bar: Any = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage != self.stage:
            self.close()
            self.stage, self.started = stage, now
        if self.bar is None:
            if now - self.started < self.delay:
                return
            from tqdm import tqdm

            self.bar = tqdm(
                total=total,
                desc=f"{stage:<8}",
                unit=UNITS.get(stage, "step"),
                file=self.stream,
                leave=False,
                dynamic_ncols=True,
                mininterval=self.interval,
            )
            self.drawn = 0.0
        self.bar.total = total
        self.bar.n = done
        if done >= total or now - self.drawn >= self.interval:
            self.bar.refresh()
            self.drawn = now

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        self.bar = None
        self.stage = None


class Lines:
    """A ``progress(stage, done, total)`` callback writing plain lines to ``stream``, for logs.

    A stage's line is written when the next stage starts (or :meth:`close`):
    ``extract: 5,000/5,000 articles, 6.2 s``. A stage that took less than
    ``least`` seconds gets none; one still running after ``heartbeat``
    seconds gets a line saying how far it is, and another each ``heartbeat``.
    """

    def __init__(
        self, stream: TextIO, least: float = 0.0, heartbeat: float = 30.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stream = stream
        self.least = least
        self.heartbeat = heartbeat
        self.clock = clock
        self.stage: str | None = None
        self.started = self.said = 0.0
        self.done = self.total = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self.clock()
        if stage != self.stage:
            self.close()
            self.stage, self.started, self.said = stage, now, now
        self.done, self.total = done, total
        if now - self.said >= self.heartbeat:
            self._line(now, "so far")
            self.said = now

    def _line(self, now: float, tail: str = "") -> None:
        unit = UNITS.get(self.stage or "", "step")
        plural = unit if self.total == 1 else ("stories" if unit == "story" else unit + "s")
        print(
            f"{self.stage}: {self.done:,}/{self.total:,} {plural}, {now - self.started:.1f} s{' ' + tail if tail else ''}",
            file=self.stream,
            flush=True,
        )

    def close(self) -> None:
        if self.stage is not None and self.clock() - self.started >= self.least:
            self._line(self.clock())
        self.stage = None


Reporter = Bars | Lines


def reporter(mode: str, stream: TextIO) -> Reporter | None:
    """The progress callback for ``--progress mode`` on ``stream``, or None for none.

    >>> import io
    >>> type(reporter("auto", io.StringIO())).__name__, reporter("none", io.StringIO())
    ('Lines', None)
    """
    if mode == "none":
        return None
    if mode == "bars" or (mode == "auto" and interactive(stream)):
        return Bars(stream)
    # In a log, unasked: only the stages that take a while.
    return Lines(stream, least=0.0 if mode == "plain" else 1.0)
