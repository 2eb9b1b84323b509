"""Well-known outlets: a real name from a web host, a byline's name or a file name.

The data is ``outlets.txt`` beside this module, one outlet a line (name, web
hosts, other names), read once on first use. Nothing here knows a story; the
table is general data, and a name it does not hold is left as written.

>>> by_host("thecaucus.blogs.nytimes.com"), by_name("AP"), by_file_name("usa-today_2016-04-26_story")
('The New York Times', 'Associated Press', 'USA Today')
>>> by_host("example.org"), by_name("Jane Doe"), by_file_name("fox-hunting-ban")
(None, None, None)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from quotecompare.models import Struct

DATA = Path(__file__).with_name("outlets.txt")
# Every ASCII character but letters and digits, dropped by str.translate (no pattern to compile at start-up).
_DROP = str.maketrans("", "", "".join(chr(c) for c in range(128) if not chr(c).isalnum()))


class Table(Struct):
    __slots__ = ("hosts", "names")

    def __init__(
        self,
        hosts: dict[str, str],  # host -> name
        names: dict[str, str],  # squashed name, other name or host label -> name
    ) -> None:
        self.hosts = hosts
        self.names = names


def squash(text: str) -> str:
    """A name reduced to its lower-case letters and digits, for matching.

    >>> squash("The N.Y. Times"), squash("usa-today")
    ('thenytimes', 'usatoday')
    """
    return text.lower().translate(_DROP)


def parse(text: str) -> Table:
    """The table from the data file's text.

    >>> parse("# comment\\nDaily Planet | dailyplanet.example | The Planet; DP\\n").names["dp"]
    'Daily Planet'
    """
    hosts: dict[str, str] = {}
    names: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, rest = line.partition("|")
        host_field, _, other = rest.partition("|")
        name = name.strip()
        for host in host_field.split():
            hosts[host.lower()] = name
            names.setdefault(squash(_domain_label(host)), name)  # nytimes.com -> "nytimes"
        for alias in (name, *other.split(";")):
            if key := squash(alias):
                names[key] = name
    return Table(hosts, names)


def _domain_label(host: str) -> str:
    """The name part of a plain domain (``nytimes.com``, ``telegraph.co.uk``); "" for sub-domains.

    >>> _domain_label("nytimes.com"), _domain_label("telegraph.co.uk"), _domain_label("news.yahoo.com")
    ('nytimes', 'telegraph', '')
    """
    parts = host.lower().split(".")
    if len(parts) == 3 and parts[1] in ("co", "com", "org", "net"):
        return parts[0]
    return parts[0] if len(parts) == 2 else ""


def _before_a_date(text: str) -> str:
    """``text`` up to a date written ``YYYY-MM-DD`` in it (string methods: no pattern to compile at start-up).

    >>> _before_a_date("nyt-2016-02-01-iowa"), _before_a_date("usatoday")
    ('nyt-', 'usatoday')
    """
    for lead in ("19", "20"):
        i = text.find(lead)
        while i >= 0:
            part = text[i : i + 10]
            if (
                (i == 0 or not text[i - 1].isdigit())
                and len(part) == 10
                and part[:4].isdigit()
                and part[4] == part[7] == "-"
                and part[5:7].isdigit()
                and part[8:].isdigit()
            ):
                return text[:i]
            i = text.find(lead, i + 1)
    return text


@lru_cache(maxsize=1)
def table() -> Table:
    return parse(DATA.read_text(encoding="utf-8"))


def by_host(host: str) -> str | None:
    """The outlet of a web host, or of the nearest parent domain the table knows."""
    parts = host.lower().strip(".").split(".")
    hosts = table().hosts
    for i in range(len(parts) - 1):
        if found := hosts.get(".".join(parts[i:])):
            return found
    return None


def by_name(name: str) -> str | None:
    """The outlet a byline, dateline or note calls ``name``, under the name it goes by."""
    return table().names.get(squash(name)) if name else None


def by_file_name(stem: str) -> str | None:
    """The outlet a file name starts with: ``nyt``, ``usa-today_2016-04-26_x``, ``huffpost-reuters``.

    The part before the first ``_`` or date must be an outlet's name, or made
    only of outlets' names; a file name that merely starts with one
    (``fox-hunting-ban``) is not an outlet.
    """
    head = _before_a_date(stem.split("_", 1)[0]).strip("-. ")
    names = table().names
    if found := names.get(squash(head)):
        return found
    words = [w for w in head.replace(".", "-").replace(" ", "-").split("-") if w]
    if len(words) > 1 and all(squash(w) in names for w in words):
        return names[squash(words[0])]
    return None
