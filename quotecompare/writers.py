"""Write the site: everything into a fresh folder, then swap it in.

Stage 7, the only one that touches the disk. A failed build leaves the
previous site as it was: files go to a temporary sibling folder first, and
only a complete folder replaces the old one. The temporary folder is removed
whatever happens.

Nothing that is not a site is ever replaced: an output path that is a file,
or a folder with other things in it, is refused with an :class:`OutputError`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .errors import OutputError

# A folder holding this file was written by Quote Compare and may be replaced.
SITE_MARKER = "data/quotes.json"


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
    if not empty and not (out / SITE_MARKER).is_file():
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


def write_site(out: Path, files: dict[str, str | bytes], static: Path | None = None) -> int:
    """Write ``files`` (relative path -> content) and ``static`` into ``out`` atomically.

    Returns the number of files written. Raises :class:`OutputError` (one line
    naming ``out``) when the folder cannot be written; ``out`` is then untouched.
    """
    shown = out
    out = out.resolve()
    check_out(out, shown)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    except OSError as exc:
        raise OutputError(str(shown), f"cannot write the site: {exc.strerror or exc}") from None
    try:
        count = 0
        if static and static.is_dir():
            shutil.copytree(static, tmp / "static", dirs_exist_ok=True)
            count += sum(1 for p in (tmp / "static").rglob("*") if p.is_file())
        for rel, content in sorted(files.items()):
            target = tmp / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8", newline="\n")
            count += 1
        os.chmod(tmp, 0o755)
        _swap(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise OutputError(str(shown), f"cannot write the site: {exc.strerror or exc}") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
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
