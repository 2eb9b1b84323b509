"""Stage 1: the one boundary every path a build reads stays within.

The boundary is a folder, taken by its resolved real path: the sources folder,
or for an archive the stories folder. Whatever the build reads from a story
(articles, the manifest, provenance notes, sub-folders) must really lie inside
it: a symbolic link that leads outside, directly or through a chain of links,
is not read, and the build skips it with a warning naming it and where it
leads. Links that stay inside are read. ``--follow-links`` follows every link,
for a user who trusts the folder. The test is on resolved paths, never on
string prefixes: ``/data/in-other`` is not inside ``/data/in``.

>>> import os, tempfile
>>> root = Path(tempfile.mkdtemp())
>>> (root / "in").mkdir(); (root / "in-other").mkdir()
>>> _ = (root / "in" / "a.txt").write_text("a"); _ = (root / "in-other" / "b.txt").write_text("b")
>>> os.symlink("a.txt", root / "in" / "same.txt"); os.symlink("../in-other/b.txt", root / "in" / "out.txt")
>>> inside = Boundary.around(root / "in")
>>> inside.escape(root / "in" / "a.txt"), inside.escape(root / "in" / "same.txt")
(None, None)
>>> inside.escape(root / "in" / "out.txt") == (root / "in-other" / "b.txt").resolve()
True
>>> Boundary.around(root / "in", follow_links=True).escape(root / "in" / "out.txt") is None
True
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Self

from quotecompare.errors import display_name
from quotecompare.models import Struct


class Boundary(Struct):
    __slots__ = ("follow_links", "root", "what")

    def __init__(
        self,
        root: Path,  # resolved real path
        what: str = "sources folder",  # how warnings name it
        follow_links: bool = False,
    ) -> None:
        self.root = root
        self.what = what
        self.follow_links = follow_links

    @classmethod
    def around(cls, folder: Path, what: str = "sources folder", follow_links: bool = False) -> Self:
        return cls(folder.resolve(), what, follow_links)

    def escape(self, path: Path, folder_inside: bool = False) -> Path | None:
        """Where ``path`` really leads when that is outside the boundary; None when it may be read.

        ``folder_inside``: the caller knows ``path``'s folder really lies inside
        (:meth:`holds`), so an entry that is not itself a link is inside too, and
        costs one system call instead of resolving every part of its path. A
        link that leads nowhere (broken, or a loop) is not an escape: nothing can
        be read through it, and the caller reports it as any broken link.
        """
        if self.follow_links or (folder_inside and not os.path.islink(path)):
            return None
        try:
            real = Path(os.path.realpath(path))
        except (OSError, ValueError):
            return None
        return None if real.is_relative_to(self.root) or not real.exists() else real

    def holds(self, folder: Path) -> bool:
        """Whether ``folder`` really lies inside the boundary (then hand :meth:`escape` ``folder_inside``)."""
        return Path(os.path.realpath(folder)).is_relative_to(self.root)

    def skipped(self, path: Path, real: Path) -> str:
        """The warning for a path not read: its name, where it leads, and how to read it anyway."""
        return (
            f"{display_name(path.name)}: skipped, a link to {display_name(str(real))}, "
            f"outside the {self.what} (--follow-links reads it)"
        )
