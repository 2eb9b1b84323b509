"""The search index: every quote, speaker and outlet, written at build time as a script.

Part of stage 6a, pure. The pages' search box (``static/search.js``) loads
``data/search-index.js`` with a ``<script>`` element the first time it is
used: a script, not JSON fetched with ``fetch()``, so that it also works from
``file://``, where browsers refuse to fetch. Addresses in the index are
relative to the site root; the page's script prefixes its own way there.

>>> from types import SimpleNamespace
>>> from quotecompare.models import Quote, Source, Speaker
>>> story = SimpleNamespace(
...     sources=[Source("a", "a.txt", "T", "Daily", None, None, "", ())],
...     quotes=[Quote("a-q1", "a", (), "We are ready.", 0, 0, "Ann Lee", "lee|ann")],
...     speakers=[Speaker("lee|ann", "Ann Lee", "ann-lee", ("Lee", "Ann Lee"))],
... )
>>> search_index(story)
{'speakers': [['Ann Lee', ['Lee'], 'speakers/ann-lee.html']], 'sources': [['Daily', 'T', None, 'articles/a.html']], 'quotes': [['We are ready.', 0, [0], 'speakers/ann-lee.html#c-a-q1']]}
>>> search_script(story).startswith("window.quoteCompareIndex = {")
True
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from quotecompare.models import Story
from quotecompare.site.views import version_key

GLOBAL = "quoteCompareIndex"


def search_index(story: Story) -> dict[str, list[list[Any]]]:
    """Speakers ``[name, aliases, url]``, outlets ``[outlet, title, date, url]``, quotes ``[text, speaker, sources, url]``.

    A quote's speaker and sources are indexes into the other two lists (-1
    for no speaker): quotes of one speaker with the same words (typography
    folded) are one entry naming every outlet that printed them. Its address
    is the first one's place on its speaker's page when it has one, else its
    place in its article.
    """
    quoted = {q.speaker_key for q in story.quotes if q.kind == "quote" and q.speaker_key}
    speakers = [s for s in story.speakers if s.key in quoted]
    speaker_index = {s.key: i for i, s in enumerate(speakers)}
    source_index = {s.id: i for i, s in enumerate(story.sources)}
    slug = {s.key: s.slug for s in speakers}
    # The same words from the same speaker in several outlets are one entry: one line in the results.
    quotes: dict[tuple[str, str | None], list[Any]] = {}
    many: dict[tuple[str, str | None], set[int]] = {}  # the sources of an entry printed by many, looked up in O(1)
    for q in story.quotes:
        if q.kind == "quote" and q.speaker_key in slug:
            url = f"speakers/{slug[q.speaker_key]}.html#c-{q.id}"
        else:
            url = f"articles/{q.source}.html#{q.id}"
        entry = quotes.get(key := (version_key(q.text), q.speaker_key))
        if entry is None:
            entry = quotes[key] = [q.text, speaker_index.get(q.speaker_key or "", -1), [], url]
        printed, n = entry[2], source_index[q.source]
        if len(printed) < 16:  # most entries: one source, or a few (a set for each took 100 MB at 600,000)
            if n not in printed:
                printed.append(n)
        elif n not in (seen := many.get(key) or many.setdefault(key, set(printed))):
            seen.add(n)
            printed.append(n)
    return {
        "speakers": [[s.name, [a for a in s.aliases if a != s.name], f"speakers/{s.slug}.html"] for s in speakers],
        "sources": [[s.outlet, s.title, s.date, f"articles/{s.id}.html"] for s in story.sources],
        "quotes": list(quotes.values()),
    }


def search_script(story: Story) -> str:
    """The index as a script that sets ``window.quoteCompareIndex``."""
    return "".join(script_pieces(search_index(story)))


def as_script(index: dict[str, list[list[Any]]]) -> str:
    """A search index (a story's, or an archive's) as a script that sets ``window.quoteCompareIndex``."""
    return "".join(script_pieces(index))


def script_pieces(index: dict[str, list[list[Any]]]) -> Iterator[str]:
    """:func:`as_script` piece by piece (an entry at a time): the same text, never all of it at once."""
    # One encoder for every entry: what json.dumps(entry, ensure_ascii=False, separators=(",", ":")) writes.
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    yield f"window.{GLOBAL} = {{"
    for n, (key, entries) in enumerate(index.items()):
        yield ("," if n else "") + json.dumps(key, ensure_ascii=False) + ":["
        for k, entry in enumerate(entries):
            yield ("," if k else "") + _escaped(encode(entry))
        yield "]"
    yield "};\n"


def _escaped(data: str) -> str:
    # Line and paragraph separators end a line in older JavaScript: escape them.
    return data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
