"""Progress of a build on a terminal: one tqdm bar per stage, and nothing otherwise.

:func:`~quotecompare.pipeline.build` reports ``progress(stage, done, total)``;
:class:`Bars` draws that as a bar per stage on an interactive terminal. In CI,
when output is piped or redirected, or with ``--quiet``, the command line uses
no bars at all (only its one-line summary), so logs hold no bar characters.
A bar appears only once a stage has run for a moment, so short builds stay
quiet; tqdm is imported only then, to keep start-up fast.
"""

from __future__ import annotations

import os
import time
from typing import Any, TextIO

UNITS = {
    "read": "file",
    "extract": "article",
    "align": "speaker",
    "render": "page",
    "write": "file",
    "stories": "story",
}


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
