"""Write the site: everything into a fresh folder, then swap it in.

Stage 7, the only one that touches the disk. A failed build leaves the
previous site as it was: files go to a temporary sibling folder first, and
only a complete folder replaces the old one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_site(out: Path, files: dict[str, str | bytes], static: Path | None = None) -> int:
    """Write ``files`` (relative path -> content) and ``static`` into ``out`` atomically.

    Returns the number of files written.
    """
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
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
