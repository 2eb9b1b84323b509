"""Render pages with Jinja2 (autoescape on) and relative URLs.

Stage 6b of the pipeline, pure: :func:`render_pages` yields ``(path, text)``, one page at a time.
Every link goes through the ``url`` filter, which makes it relative to the page
being rendered, so the site works under any sub-path and from ``file://``.

The one exception is a page marked ``rooted`` (the 404 page): a host such as
GitHub Pages serves it in place of any missing path, at any depth, where
relative links would point nowhere. With a base URL (``base_url``, e.g. ``/repo/``; the command line's
``--base-url``, by default ``$QUOTECOMPARE_BASE_URL``) its links are
made absolute from the site root; without one they stay relative.

>>> get_relative_url("speakers/a.html#r1", "articles/b.html")
'../speakers/a.html#r1'
"""

from __future__ import annotations

import io
import marshal
import os
import pickle
import posixpath
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path
from urllib.parse import urljoin

import jinja2
import jinja2.bccache

from quotecompare.errors import InputError
from quotecompare.site.views import Page

# An anchor on the same page, or an address elsewhere: no site path to rewrite.
_NOT_A_SITE_PATH = ("#", "http://", "https://", "mailto:", "data:")


def get_relative_url(url: str, current: str) -> str:
    """``url`` (site-root relative) as seen from page ``current``.

    >>> get_relative_url("index.html", "index.html"), get_relative_url("static/s.css", "speakers/x.html")
    ('index.html', '../static/s.css')
    >>> get_relative_url("#top", "speakers/x.html"), get_relative_url("https://e.org/a", "index.html")
    ('#top', 'https://e.org/a')
    """
    if url.startswith(_NOT_A_SITE_PATH):
        return url
    path, hash_, fragment = url.partition("#")
    folder, _, name = current.rpartition("/")
    return (_relative_path(path, folder) if path else name) + (hash_ + fragment if hash_ else "")


@lru_cache(maxsize=65536)
def _relative_path(path: str, folder: str) -> str:
    """``posixpath.relpath(path, folder)``, without its trips to the file system.

    Site paths are plain (``a/b.html``): they are compared part by part. Anything
    else (``.``, ``..``, empty parts) goes to ``relpath``. An archive's pages link
    tens of thousands of times, each link a new pair, so this is worth it; the
    answer is the same for every page of a folder, so it is kept per folder.
    """
    parts, here = path.split("/"), folder.split("/") if folder else []
    if "" in parts or "." in parts or ".." in parts or "" in here or "." in here or ".." in here:
        return posixpath.relpath(path, folder or ".")
    common = 0
    while common < len(here) and common < len(parts) and here[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + parts[common:]) or "."


def get_rooted_url(url: str, base_url: str) -> str:
    """``url`` (site-root relative) under the site's base URL or path.

    >>> get_rooted_url("static/s.css", "/repo/"), get_rooted_url("index.html", "https://o.github.io/repo")
    ('/repo/static/s.css', 'https://o.github.io/repo/index.html')
    >>> get_rooted_url("index.html", "/"), get_rooted_url("#top", "/repo")
    ('/index.html', '#top')
    >>> get_rooted_url("../../index.html", "/repo/stories/a/")  # a story's way up to its archive
    '/repo/index.html'
    """
    if url.startswith(_NOT_A_SITE_PATH):
        return url
    if url.startswith("../"):
        return urljoin(base_url.rstrip("/") + "/", url)
    return base_url.rstrip("/") + "/" + url


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, with each entry read whole and its code unmarshalled at once.

    Jinja hands ``marshal.load`` the open file, which then reads it one object at a call, a Python
    method call for each string of the template's code: ~0.6 ms a template, against ~0.1 ms for
    ``marshal.loads`` of the same bytes. The entries are Jinja's own (written by Jinja, in its format).
    """

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            filename = self._get_cache_filename(bucket)
        except AttributeError:  # a Jinja whose cache is laid out otherwise: its own loading
            super().load_bytecode(bucket)
            return
        try:
            with open(filename, "rb") as f:
                data = f.read()
        except (FileNotFoundError, IsADirectoryError, PermissionError):
            return
        # As jinja2.bccache.Bucket.load_bytecode reads it: Jinja's magic, the source's checksum, the code.
        entry = io.BytesIO(data)
        try:
            if entry.read(len(jinja2.bccache.bc_magic)) == jinja2.bccache.bc_magic and (
                pickle.load(entry) == bucket.checksum  # the template's source has not changed since
            ):
                bucket.code = marshal.loads(memoryview(data)[entry.tell() :])
                return
        except (EOFError, ValueError, TypeError, pickle.UnpicklingError):
            pass
        bucket.reset()  # Jinja compiles the template again, and stores it


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs (Jinja's per-user temporary folder).

    Compiling the templates is most of a small build's render time; Jinja
    recompiles a template whose source changed. No cache when the folder
    cannot be made safely, or with ``QUOTECOMPARE_NO_TEMPLATE_CACHE`` set.
    """
    if os.environ.get("QUOTECOMPARE_NO_TEMPLATE_CACHE"):
        return None
    try:
        return _BytecodeCache()
    except (OSError, RuntimeError):
        return None


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        bytecode_cache=_bytecode_cache(),
        autoescape=True,  # article text is untrusted, and so are file names
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # templates do not change during a build: no stat of each one for every page
    )
    return env


class Renderer:
    """Pages to HTML with one Jinja environment (templates compiled once)."""

    def __init__(self, templates: Path, base_url: str | None = None) -> None:
        self.templates = templates
        self.env = environment(templates)
        self.base_url = base_url or None

    def render(self, page: Page) -> str:
        return self._template(page).render(page.context, page_path=page.path, url=self._url(page))

    def generate(self, page: Page) -> Iterator[str]:
        """:meth:`render` piece by piece, as the template writes it."""
        return self._template(page).generate(page.context, page_path=page.path, url=self._url(page))

    def render_utf8(self, page: Page) -> bytearray:
        """:meth:`render` as UTF-8, encoded as it is made: the page of a huge article is never one
        ``str`` (two or four bytes a character once a curly quote is in it), nor a list of all its pieces."""
        out = bytearray()
        made = self._template(page).generate(page.context, page_path=page.path, url=self._url(page))
        # Taken a few thousand pieces at a time (most are a few characters: a loop of Python per piece
        # was an eighth of the work), joined and encoded in C.
        while pieces := list(islice(made, 4096)):
            out += "".join(pieces).encode("utf-8")
        return out

    def _template(self, page: Page) -> jinja2.Template:
        try:
            return self.env.get_template(page.template)
        except jinja2.TemplateNotFound as exc:
            # Jinja's error is an OSError: left alone, it would be reported as the site failing to be written.
            missing = self.templates / str(exc.name)
            raise InputError(str(missing), "template not found (is Quote Compare fully installed?)") from None

    def _url(self, page: Page) -> Callable[[str], str]:
        base_url = self.base_url

        def url(target: str) -> str:
            if page.rooted and base_url:
                return get_rooted_url(target, base_url)
            return get_relative_url(target, page.path)

        return url


def render_pages(pages: Iterable[Page], templates: Path, base_url: str | None = None) -> Iterator[tuple[str, str]]:
    """Each page as ``(path, html)``, rendered when the caller asks for it."""
    renderer = Renderer(templates, base_url)
    for page in pages:
        yield page.path, renderer.render(page)
