"""Content-hash cache of story builds, so an archive rebuild redoes only what changed.

A story's *digest* is a SHA-256 of everything its pages depend on:

* the name and bytes of every file in its folder (sub-folders by name: a
  build only warns about them);
* the build's *fingerprint*: the package's own code and the word lists it
  reads (``*.txt``), the templates and static files, the Python version and the versions of the libraries that shape the
  output (jinja2, markdown, rapidfuzz, trafilatura);
* the base URL the story is served under (its 404 page depends on it).

Same digest, same output. :class:`Cache` keeps, per digest, a small JSON
*entry* (the story's summary for the cross-story pages, and the SHA-256 of
every file of its folder, to check a previous site's copy before reusing it)
and, apart, the story's rendered files (zlib-compressed JSON), so a story
built once is never built again, even when the build around it failed.
Entries are written to a temporary file and renamed, so a crash leaves no
half entry; an unreadable entry counts as missing.

Checking a previous site's copy byte for byte means reading it all (85 MB for
1,000 stories). So, as git does for its work tree, the cache also keeps, per
output folder, the size and modification time of each file it wrote
(:meth:`Cache.site`): a story folder whose files all still have them is taken
as written; any other is checked byte for byte.

>>> import tempfile
>>> cache = Cache(Path(tempfile.mkdtemp()))
>>> cache.put("ab12", {"summary": {"title": "T"}}, Cache.pack({"index.html": "<p>"}))
>>> cache.entry("ab12")["summary"], cache.files("ab12"), cache.entry("ff00")
({'title': 'T'}, {'index.html': '<p>'}, None)
>>> cache.put_site(Path("site"), {"story": {"digest": "cd34", "stats": None}})
>>> cache.prune(), cache.entry("ab12")
(1, None)
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import tempfile
import zlib
from importlib import metadata
from pathlib import Path
from typing import Any

from quotecompare.config import PACKAGE_DIR
from quotecompare.read.boundary import Boundary
from quotecompare.read.sources import RECORDS_DIR

# Libraries whose version can change a page (a score, a parsed paragraph, an escape).
OUTPUT_LIBRARIES = ("jinja2", "markdown", "rapidfuzz", "trafilatura")


def _feed_tree(h: Any, root: Path, pattern: str = "**/*") -> None:
    for path in sorted(p for p in root.glob(pattern) if p.is_file() and "__pycache__" not in p.parts):
        rel = path.relative_to(root).as_posix().encode("utf-8", "surrogateescape")
        data = path.read_bytes()
        h.update(b"%d:%s%d:" % (len(rel), rel, len(data)))
        h.update(data)


def build_fingerprint(templates: Path) -> str:
    """What every story's output depends on besides its own files.

    >>> len(build_fingerprint(PACKAGE_DIR.parent / "templates"))
    64
    """
    h = hashlib.sha256(b"quote-compare archive 1\0")
    _feed_tree(h, PACKAGE_DIR, "**/*.py")
    h.update(b"data\0")
    _feed_tree(h, PACKAGE_DIR, "**/*.txt")  # the word lists the code reads (places, given names, outlets)
    h.update(b"templates\0")
    _feed_tree(h, templates)
    versions = [f"python {platform.python_version()}"]
    for name in OUTPUT_LIBRARIES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} -")
    h.update("\n".join(versions).encode())
    return h.hexdigest()


def story_digest(folder: Path, fingerprint: str, base_url: str | None = None, boundary: Boundary | None = None) -> str:
    """SHA-256 of one story's inputs: its folder's files, the build fingerprint and its base URL.

    A file that cannot be read counts by its name and the error (the build
    will skip it with a warning, and must again until it can be read); a link
    leading out of ``boundary`` (default: ``folder``) by its name and where it
    leads, never by what it leads to, which the build does not read either.
    """
    boundary = boundary or Boundary.around(folder)
    folder_inside = boundary.holds(folder)
    h = hashlib.sha256(f"{fingerprint}\0{base_url or ''}\0{boundary.follow_links}\0".encode())
    with os.scandir(folder) as entries:
        items = sorted(entries, key=lambda e: e.name)
    for entry in items:
        name = entry.name.encode("utf-8", "surrogateescape")
        if (real := boundary.escape(Path(entry.path), folder_inside)) is not None:
            where = str(real).encode("utf-8", "surrogateescape")
            h.update(b"l%d:%s%d:%s" % (len(name), name, len(where), where))
            continue
        try:
            if entry.is_dir() and entry.name == RECORDS_DIR:  # the speakers' own words are the story's input too
                h.update(b"r%d:%s" % (len(name), name))
                h.update(story_digest(Path(entry.path), "", None, boundary).encode())
                continue
            if entry.is_dir():
                h.update(b"d%d:%s" % (len(name), name))
                continue
            data = Path(entry.path).read_bytes()
        except OSError as exc:
            h.update(b"e%d:%s%s" % (len(name), name, str(exc.strerror).encode()))
            continue
        h.update(b"f%d:%s%d:" % (len(name), name, len(data)))
        h.update(data)
    return h.hexdigest()


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _files_under(folder: str) -> dict[str, str]:
    """Relative path -> path of every file under ``folder`` (``os.scandir``: pathlib's walk is slower).

    A symbolic link under it, or ``folder`` being one, raises OSError: a previous site's folder holding a
    link is never reused as it is (a link could lead anywhere), it is written again.
    """
    if os.path.islink(folder):
        raise OSError(f"a symbolic link: {folder}")
    found: dict[str, str] = {}
    stack = [(folder, "")]
    while stack:
        path, rel = stack.pop()
        with os.scandir(path) as entries:
            for entry in entries:
                if entry.is_symlink():
                    raise OSError(f"a symbolic link: {entry.path}")
                if entry.is_dir(follow_symlinks=False):
                    stack.append((entry.path, f"{rel}{entry.name}/"))
                else:
                    found[rel + entry.name] = entry.path
    return found


def folder_matches(folder: Path, manifest: dict[str, str]) -> bool:
    """True when ``folder`` holds exactly the files of ``manifest`` (relative path -> SHA-256), byte for byte."""
    try:
        found = _files_under(str(folder))
        if found.keys() != manifest.keys():
            return False
        for rel, digest in manifest.items():
            with open(found[rel], "rb") as f:
                if file_digest(f.read()) != digest:
                    return False
    except OSError:
        return False
    return True


def folder_stats(folder: Path) -> dict[str, list[int]] | None:
    """Relative path -> [size, mtime in ns] of every file under ``folder``; None when it cannot be read."""
    try:
        return {rel: [(st := os.stat(path)).st_size, st.st_mtime_ns] for rel, path in _files_under(str(folder)).items()}
    except OSError:
        return None


class Cache:
    """Story results by digest in a folder: ``<digest>.json`` (entry) and ``<digest>.files`` (pages)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, digest: str, suffix: str) -> Path:
        return self.root / digest[:2] / f"{digest}{suffix}"

    def entry(self, digest: str) -> dict[str, Any] | None:
        try:
            return json.loads(self._path(digest, ".json").read_bytes())
        except (OSError, ValueError):
            return None

    def files(self, digest: str) -> dict[str, str] | None:
        try:
            return json.loads(zlib.decompress(self._path(digest, ".files").read_bytes()))
        except (OSError, ValueError, zlib.error):
            return None

    def _site_path(self, out: Path) -> Path:
        return (
            self.root
            / "sites"
            / (hashlib.sha256(str(out.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:24] + ".json")
        )

    def site(self, out: Path) -> dict[str, Any]:
        """What was written to ``out`` last: slug -> {"digest", "stats"} (see :func:`folder_stats`)."""
        try:
            return json.loads(self._site_path(out).read_bytes())
        except (OSError, ValueError):
            return {}

    def put_site(self, out: Path, record: dict[str, Any]) -> None:
        self._write(self._site_path(out), json.dumps(record).encode())

    def prune(self) -> int:
        """Delete the entries no output folder's record names (stories since edited or removed); return how many.

        Called after a build succeeds, when its own record is written: a failed
        build prunes nothing, so what it built is still there for the next one,
        and archives that share the cache keep each other's stories.
        """
        keep: set[str] = set()
        for record in (self.root / "sites").glob("*.json"):
            try:
                keep.update(story["digest"] for story in json.loads(record.read_bytes()).values())
            except (OSError, ValueError, TypeError, KeyError):
                return 0  # a record we cannot read may name anything: keep everything
        stale = {p.stem for p in self.root.glob("??/*.json")} | {p.stem for p in self.root.glob("??/*.files")}
        for digest in sorted(stale - keep):
            self._path(digest, ".json").unlink(missing_ok=True)  # the entry first: an entry always has its files
            self._path(digest, ".files").unlink(missing_ok=True)
        return len(stale - keep)

    @staticmethod
    def pack(files: dict[str, str]) -> bytes:
        """A story's files as the cache keeps them (done where the story is built, not in the build's own process)."""
        return zlib.compress(json.dumps(files).encode(), 1)

    def put(self, digest: str, entry: dict[str, Any], packed: bytes) -> None:
        """Store a story's result (its files :meth:`pack`-ed); the entry last, so an entry always has its files."""
        self._write(self._path(digest, ".files"), packed)
        self._write(self._path(digest, ".json"), json.dumps(entry, ensure_ascii=False).encode())

    def _write(self, path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
