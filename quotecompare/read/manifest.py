"""The optional ``sources.toml`` of a story folder: the story's title and summary, and what each file is.

Part of stage 1 (reading), used by :mod:`.sources`. A manifest entry sets an
article's title, outlet, date or url (over what the article states), or marks
a file as a record (``kind = "record"``, with its ``speaker``); ``exclude``
lists file names that are not articles. Its annotations are evaluated (no ``from __future__ import
annotations``): a TypedDict would otherwise compile each string annotation as it is made.
"""

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Literal, TypedDict

from quotecompare.errors import InputError
from quotecompare.models import Struct
from quotecompare.read.metadata import web_address

MANIFEST = "sources.toml"
RECORDS_DIR = "records"  # a sub-folder of records: the speakers' own words (read by quotecompare.read.records)


class ArticleFields(TypedDict, total=False):
    """What ``[sources."file"]`` in the manifest may set for one article."""

    title: str
    outlet: str
    date: str
    url: str


class SourceFields(ArticleFields, total=False):
    """A manifest entry: an article's fields, or a record's (``kind = "record"``, with its ``speaker``)."""

    kind: str
    speaker: str


ArticleKey = Literal["title", "outlet", "date", "url"]
ARTICLE_KEYS: tuple[ArticleKey, ...] = ("title", "outlet", "date", "url")
_SOURCE_KEYS = SourceFields.__optional_keys__
KINDS = ("article", "record")


class Manifest(Struct):
    __slots__ = ("exclude", "sources", "story_summary", "story_title")

    def __init__(
        self,
        story_title: str | None = None,
        story_summary: str | None = None,
        sources: dict[str, SourceFields] | None = None,
        exclude: tuple[str, ...] = (),  # file names (glob patterns) that are not articles
    ) -> None:
        self.story_title = story_title
        self.story_summary = story_summary
        self.sources = sources
        self.exclude = exclude


def read_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST
    if not path.exists():
        return Manifest()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(MANIFEST, f"not valid TOML: {exc}") from None
    except OSError as exc:
        raise InputError(MANIFEST, f"cannot read: {exc.strerror or exc}") from None
    story = data.get("story", {})
    sources = data.get("sources", {})
    if not isinstance(story, dict) or not isinstance(sources, dict):
        raise InputError(MANIFEST, "[story] and [sources] must be tables")
    for fname, fields in sources.items():
        if not isinstance(fields, dict):
            raise InputError(MANIFEST, f"[sources.{fname!r}] must be a table")
        unknown = set(fields) - _SOURCE_KEYS
        if unknown:
            raise InputError(MANIFEST, f"unknown key {sorted(unknown)[0]!r} for {fname}")
        for key, value in fields.items():
            if not isinstance(value, str):
                raise InputError(MANIFEST, f"{fname}: {key} must be a string")
            if key == "url" and not web_address(value):
                raise InputError(MANIFEST, f"{fname}: url must be an http or https address")
            if key == "kind" and value not in KINDS:
                raise InputError(MANIFEST, f'{fname}: kind must be "article" or "record"')
        if "speaker" in fields and not is_record(fname, fields):
            raise InputError(MANIFEST, f'{fname}: speaker is for records (kind = "record")')
    exclude = data.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(x, str) for x in exclude):
        raise InputError(MANIFEST, "exclude must be a list of file names")
    return Manifest(story.get("title"), story.get("summary"), sources, tuple(exclude))


def is_record(name: str, fields: Mapping[str, object]) -> bool:
    """Whether a manifest entry names a record: ``kind = "record"``, or a file in ``records/``."""
    return fields.get("kind") == "record" or name.replace("\\", "/").startswith(RECORDS_DIR + "/")
