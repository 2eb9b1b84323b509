"""Build settings: one frozen, typed record instead of a settings dict.

A ``NamedTuple`` like the records in :mod:`quotecompare.models`: the seed build's
start-up has no other use for ``dataclasses``, whose import (with ``inspect``)
costs more than the rest of this module.
"""

from __future__ import annotations

import os
from pathlib import Path

from quotecompare.models import Struct

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


def default_base_url() -> str | None:
    """Where the site will be served (``$QUOTECOMPARE_BASE_URL``, e.g. ``/repo/``): the one place it is read."""
    return os.environ.get("QUOTECOMPARE_BASE_URL") or None


def default_templates() -> Path:
    """The templates installed with the package, else templates/ beside it in a checkout.

    The installed copy comes first: beside an installed package is site-packages,
    where another distribution's top-level ``templates`` folder may sit.
    """
    installed = PACKAGE_DIR / "templates"
    return installed if installed.is_dir() else PROJECT_DIR / "templates"


_TEMPLATES = default_templates()


class Config(Struct):
    __slots__ = ("all_links", "base_url", "follow_links", "out", "sources", "templates", "workers")

    def __init__(
        self,
        sources: Path = Path("seeds"),
        out: Path = Path("site"),
        templates: Path = _TEMPLATES,
        workers: int = 1,  # processes aligning speakers (the command line defaults to every core)
        all_links: bool = False,  # every pairwise link in quotes.json, however large a statement
        base_url: str | None = None,  # where the site is served, e.g. "/repo/": used by 404.html only
        follow_links: bool = False,  # read links that lead out of the sources folder (read/boundary.py)
    ) -> None:
        self.sources = sources
        self.out = out
        self.templates = templates
        self.workers = workers
        self.all_links = all_links
        self.base_url = base_url
        self.follow_links = follow_links
