"""Render pages with Jinja2 (autoescape on) and relative URLs.

Stage 6b of the pipeline, pure: :func:`render_pages` returns ``{path: text}``.
Every link goes through the ``url`` filter, which makes it relative to the page
being rendered, so the site works under any sub-path and from ``file://``.

>>> get_relative_url("speakers/a.html#r1", "articles/b.html")
'../speakers/a.html#r1'
"""

from __future__ import annotations

import posixpath
from pathlib import Path

import jinja2

from .contents import Page


def get_relative_url(url: str, current: str) -> str:
    """``url`` (site-root relative) as seen from page ``current``.

    >>> get_relative_url("index.html", "index.html"), get_relative_url("static/s.css", "speakers/x.html")
    ('index.html', '../static/s.css')
    >>> get_relative_url("#top", "speakers/x.html"), get_relative_url("https://e.org/a", "index.html")
    ('#top', 'https://e.org/a')
    """
    if url.startswith(("#", "http://", "https://", "mailto:", "data:")):
        return url
    path, hash_, fragment = url.partition("#")
    base = posixpath.dirname(current) or "."
    rel = posixpath.relpath(path or current, base)
    return rel + (hash_ + fragment if hash_ else "")


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,  # article text is untrusted, and so are file names
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


def render_pages(pages: list[Page], templates: Path) -> dict[str, str]:
    env = environment(templates)
    out: dict[str, str] = {}
    for page in pages:
        template = env.get_template(page.template)

        def url(target: str, _current: str = page.path) -> str:
            return get_relative_url(target, _current)

        out[page.path] = template.render(page.context, page_path=page.path, url=url)
    return out
