"""Write the site: everything into a fresh folder, then swap it in.

Stage 6c, the only one that touches the disk. A failed build leaves the
previous site as it was: files go to a temporary sibling folder first, and
only a complete folder replaces the old one. The temporary folder is removed
whatever happens.

Nothing that is not a site is ever replaced: an output path that is a file,
or a folder with other things in it, is refused with an :class:`OutputError`.
Nothing is written outside the output folder: every file name is checked to
be a plain relative path (no ``..``, nothing absolute), and files go into a
fresh folder this build made, never through anything of the previous site.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from quotecompare.errors import OutputError

if TYPE_CHECKING:
    from threading import Thread

# A folder holding one of these files was written by Quote Compare and may be replaced:
# a story's site, or an archive of stories.
SITE_MARKERS = ("data/quotes.json", "data/archive.json")


def check_out(out: Path, shown: Path | None = None) -> None:
    """Refuse an output path whose contents a build would destroy (named as ``shown``).

    >>> check_out(Path("/nonexistent-quote-compare-out"))
    """
    name = str(shown or out)
    if not out.exists():
        return
    if not out.is_dir():
        raise OutputError(name, "exists and is not a folder; not replacing it")
    try:
        empty = not any(out.iterdir())
    except OSError as exc:
        raise OutputError(name, f"cannot read the output folder: {exc.strerror or exc}") from None
    if not empty and not any((out / marker).is_file() for marker in SITE_MARKERS):
        raise OutputError(
            name, "folder is not empty and holds no Quote Compare site; not replacing it (choose another --out)"
        )


def check_apart(sources: Path, out: Path) -> None:
    """Refuse an output folder that is, or holds, the sources folder: the swap would delete it.

    >>> check_apart(Path("stories/a"), Path("stories/a/site"))
    >>> check_apart(Path("site/sources"), Path("site"))
    Traceback (most recent call last):
    ...
    quotecompare.errors.OutputError: site: holds the sources folder; choose another --out
    """
    src, dst = sources.resolve(), out.resolve()
    if src == dst or dst in src.parents:
        raise OutputError(str(out), "holds the sources folder; choose another --out")


class Background:
    """A file's text made piece by piece as it is written, in a thread of its own, while the caller goes on.

    For a file long to make (``quotes.json`` of a huge story): a build's
    process meanwhile hands pages to its workers instead of leaving them idle.
    Only plain Python work may make the pieces (no locks the caller's forked
    workers could find held).
    """

    def __init__(self, pieces: Iterable[str]) -> None:
        self.pieces = pieces


# Text, UTF-8, either in pieces, or text made in the background.
Content = str | bytes | bytearray | Iterable[str] | tuple[bytes | bytearray, ...] | Background


def inside(root: Path, rel: str) -> Path:
    """``root / rel`` for a plain relative path; anything that could lead out of ``root`` is refused.

    >>> inside(Path("site"), "articles/a.html").as_posix()
    'site/articles/a.html'
    >>> inside(Path("site"), "../escape.html")
    Traceback (most recent call last):
    ...
    quotecompare.errors.OutputError: ../escape.html: not a file name inside the site; nothing is written outside it
    """
    # String tests, not PurePath parsing: this runs for every file of a site of a hundred thousand.
    if not rel or rel.startswith("/") or ".." in rel.split("/") or "\\" in rel or "\0" in rel:
        raise OutputError(rel, "not a file name inside the site; nothing is written outside it")
    return root / rel


def write_site(
    out: Path, files: Mapping[str, Content] | Iterable[tuple[str, Content]], static: Path | None = None
) -> int:
    """Write ``files`` (relative path and content) and ``static`` into ``out`` atomically.

    ``files`` may be a mapping or a stream of ``(path, content)`` pairs, written
    as they come; a content that is neither text nor bytes is an iterable of
    text pieces, written one after the other. Returns the number of files
    written. Raises :class:`OutputError` (one line naming ``out``) when the
    folder cannot be written; ``out`` is then untouched.
    """
    with Staging(out) as staging:
        count = staging.write(files, static=static)
        staging.commit()
    return count


class Staging:
    """A site being written: a temporary folder beside ``out``, swapped in by :meth:`commit`.

    Until then ``out`` is untouched; leaving the ``with`` block without
    committing (an error, an interrupt) removes the temporary folder. A
    folder of the previous site can be carried over instead of written again
    (:meth:`adopt`): it is moved into the new site at commit time, and moved
    back if the commit fails.
    """

    def __init__(self, out: Path) -> None:
        self.shown = out
        self.out = out.resolve()
        check_out(self.out, out)
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.out.name}-", dir=self.out.parent))
        except OSError as exc:
            raise self._error(exc) from None
        self.adopted: list[tuple[str, str]] = []  # (path in the previous site, path in the new one)
        self.done = False

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.done:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _error(self, exc: OSError) -> OutputError:
        return OutputError(str(self.shown), f"cannot write the site: {exc.strerror or exc}")

    def write(
        self, files: Mapping[str, Content] | Iterable[tuple[str, Content]], prefix: str = "", static: Path | None = None
    ) -> int:
        """Write ``files`` (and a copy of ``static`` as ``static/``) under ``prefix``; returns the count.

        ``files`` is a mapping, or a stream of ``(path, content)`` pairs written
        as they come (:func:`_write_files`).
        """
        root = inside(self.tmp, prefix) if prefix else self.tmp
        count = 0
        try:
            if static and static.is_dir():
                shutil.copytree(static, root / "static", dirs_exist_ok=True)
                count += sum(1 for p in (root / "static").rglob("*") if p.is_file())
            count += _write_files(root, sorted(files.items()) if isinstance(files, Mapping) else files)
        except OSError as exc:
            raise self._error(exc) from None
        return count

    def previous(self, rel: str) -> Path:
        """Where ``rel`` is in the site being replaced (it may not exist)."""
        return self.out / rel

    def adopt(self, rel: str, new_rel: str | None = None) -> None:
        """Carry the previous site's folder ``rel`` over as ``new_rel`` (default: the same path)."""
        self.adopted.append((rel, new_rel or rel))

    def commit(self) -> None:
        """Move adopted folders in, then swap the new site in for the old one."""
        moved: list[tuple[Path, Path]] = []
        try:
            for rel, new_rel in self.adopted:
                src, dst = self.out / rel, self.tmp / new_rel
                dst.parent.mkdir(parents=True, exist_ok=True)
                src.rename(dst)
                moved.append((src, dst))
            os.chmod(self.tmp, 0o755)
            _swap(self.tmp, self.out)
        except BaseException as exc:
            if self.tmp.exists():  # not swapped in: the previous site gets its folders back
                for src, dst in reversed(moved):
                    dst.rename(src)
            if isinstance(exc, OSError):
                raise self._error(exc) from None
            raise
        self.done = True


def _write_file(tmp: Path, rel: str, content: Content, folders: set[Path]) -> None:
    target = inside(tmp, rel)
    if target.parent not in folders:
        target.parent.mkdir(parents=True, exist_ok=True)
        folders.add(target.parent)
    if isinstance(content, bytes | bytearray):
        target.write_bytes(content)
    elif isinstance(content, tuple):
        with target.open("wb") as fh:
            fh.writelines(content)
    elif isinstance(content, str):
        target.write_text(content, encoding="utf-8", newline="\n")
    else:
        with target.open("w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(content.pieces if isinstance(content, Background) else content)


# A site of up to this many files is written in the build's own thread: a small one gains nothing from another.
THREAD_AFTER = 64


def _write_files(tmp: Path, files: Iterable[tuple[str, Content]]) -> int:
    """Write each file as it comes; past ``THREAD_AFTER`` files, in a thread, so the disk works while pages are made.

    The thread starts after the caller has made many pages (and started any
    worker processes: no process is forked while it runs). The first error
    stops the writing and is raised here; nothing after it is written.
    """
    folders: set[Path] = set()
    items = iter(files)
    count = 0
    background: list[tuple[Thread, list[BaseException]]] = []  # each Background file's thread and its error
    try:
        for rel, content in items:
            if isinstance(content, Background):
                background.append(_write_in_background(tmp, rel, content, folders))
            else:
                _write_file(tmp, rel, content, folders)
            count += 1
            if count == THREAD_AFTER:
                count += _write_in_thread(tmp, items, folders)
                break
    finally:  # on an error too: nothing may still be writing when the caller removes the folder
        for thread, _ in background:
            thread.join()
    for _, failed in background:
        if failed:
            raise failed[0]
    return count


def _write_in_background(tmp: Path, rel: str, content: Background, folders: set[Path]) -> tuple[Thread, list]:
    """Start writing ``content`` in a thread of its own; its error, if any, lands in the list."""
    import threading

    failed: list[BaseException] = []

    def write() -> None:
        try:
            _write_file(tmp, rel, content, folders)
        except BaseException as exc:  # handed to the caller's thread
            failed.append(exc)

    thread = threading.Thread(target=write, name=f"quotecompare-{rel}", daemon=True)
    thread.start()
    return thread, failed


def _write_in_thread(tmp: Path, files: Iterator[tuple[str, Content]], folders: set[Path]) -> int:
    import queue
    import threading

    pending: queue.Queue[tuple[str, Content] | None] = queue.Queue(maxsize=64)
    failed: list[BaseException] = []

    def writer() -> None:
        while (item := pending.get()) is not None:
            if not failed:
                try:
                    _write_file(tmp, *item, folders)
                except BaseException as exc:  # handed to the caller's thread
                    failed.append(exc)

    thread = threading.Thread(target=writer, name="quotecompare-writer", daemon=True)
    thread.start()
    count = 0
    try:
        for item in files:
            if failed:
                break
            pending.put(item)
            count += 1
    finally:
        pending.put(None)
        thread.join()
    if failed:
        raise failed[0]
    return count


def _swap(new: Path, out: Path) -> None:
    if not out.exists():
        new.rename(out)
        return
    old = out.with_name(f".{out.name}-old-{os.getpid()}")
    out.rename(old)
    try:
        new.rename(out)
    except BaseException:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)
