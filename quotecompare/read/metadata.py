"""What an article, its web address, its file name and its folder say about it: outlet and date.

Pure functions over short strings, used by :mod:`quotecompare.read.sources`:

* :func:`date_line` reads a line at the top of an article that is only a date
  ("May 14, 2019", "Updated 4:32 PM ET, Fri April 20, 2018", "*County Post* · 2024-05-10");
* :func:`byline_outlet` and :func:`dateline` read the outlet named by a byline
  ("By Jane Doe, Reuters") or a dateline ("WASHINGTON, April 20, 2018 (Reuters) -");
* :func:`date_from_url` and :func:`date_from_name` read a date in an address's
  path (``/2018/04/20/``) or a file name (``nyt_2016-02-01_story.txt``);
* :func:`note_hints` reads a folder's provenance note (``SOURCE.txt``) for the
  address, date and outlet it gives each article file;
* :func:`choose_outlet` picks the outlet's name from all of these, in order of
  trust, through the table of well-known outlets (:mod:`quotecompare.read.outlets`).

>>> date_line("Updated 4:32 PM ET, Fri April 20, 2018")
DateLine(date='2018-04-20', updated=True, name=None)
>>> dateline("WASHINGTON (Reuters) - The party sued.")
('Reuters', None)
>>> date_from_url("https://www.example.com/politics/2018/04/20/story.html")
'2018-04-20'
"""

from __future__ import annotations

import re
from datetime import date as _date
from functools import lru_cache
from urllib.parse import urlparse

from quotecompare.models import Struct
from quotecompare.read import outlets


class Meta(Struct):
    __slots__ = ("date", "outlet", "title", "url")

    def __init__(
        self, title: str | None = None, outlet: str | None = None, date: str | None = None, url: str | None = None
    ) -> None:
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url


class DateLine(Struct):
    __slots__ = ("date", "name", "updated")

    def __init__(
        self,
        date: str,
        updated: bool,  # an "Updated" or "Modified" line: the first publication date is preferred
        name: str | None,  # a name printed beside the date ("County Post · 2024-05-10")
    ) -> None:
        self.date = date
        self.updated = updated
        self.name = name


# Month names are checked in a dict, not spelled out in the patterns: a pattern listing
# them all is slow to compile at every start, and the seed build is held to 1.5x the time
# of importing its libraries (docs/performance.md).
_MONTH_NAMES = "january february march april may june july august september october november december".split()
_MONTH_NUMBER = {
    **{name: n for n, name in enumerate(_MONTH_NAMES, 1)},
    **{name[:3]: n for n, name in enumerate(_MONTH_NAMES, 1)},
    "sept": 9,
}
_DATE = re.compile(
    r"\b(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]{3,9})\.?,?\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    r"|(?P<a4>\d{1,2})/(?P<b4>\d{1,2})/(?P<y4>\d{4}))(?![\d/])"
)


@lru_cache(maxsize=1)
def _date_filler() -> re.Pattern[str]:
    """What else a date line may hold: a publication keyword, weekday, time, time zone, separators.

    Compiled on first use: most articles' date lines hold the date alone.
    """
    return re.compile(
        r"(?:\b(?:published|updated|posted|modified|last|first|originally|on|at|"
        r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|"
        r"[ap]\.?m\b\.?|noon|midnight|[ecmpa][sd]?t|gmt|utc|bst|cest?|ist|aes?dt)\b"
        r"|t?\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?|\b\d{1,2}\b"
        r"|[\s,|/·•:–—*_()-])*",
        re.I,
    )


_SEPARATORS = " ,|/·•:–—*_()-"
# Lower-case words a name may hold ("Jane Doe and John Roe, Staff Writer", "Agence France-Presse").
_NAME_CONNECTORS = {
    *("and", "of", "the", "for", "de", "da", "del", "van", "von", "der", "la", "le", "y", "in", "at", "&"),
    *("staff", "writer", "writers", "reporter", "reporters", "correspondent", "editor", "contributor"),
}
# Words that make a byline an organisation rather than a person.
_ORG_WORDS = {
    *("news", "press", "times", "post", "agency", "wire", "wires", "media", "journal", "herald", "tribune"),
    *("daily", "gazette", "network", "service", "telegraph", "observer", "guardian", "chronicle", "review"),
    *("today", "radio", "tv", "television", "broadcasting", "staff", "desk", "bureau"),
}
# The patterns below are compiled on first use (re's cache): an article seldom needs them.
_DATELINE = r"^(?:(?P<place>[A-Z][^()\n]{0,60}?)\s*)?\((?P<outlet>[^()\n]{2,40})\)\s*(?:[-—–]{1,2}|:)\s"
# Year, month, day; whether they make a date is checked by datetime.date.
_PATH_DATE = (
    r"(?<![0-9])((?:19|20)[0-9]{2})([/_.-])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])"
    r"|(?<![0-9A-Za-z])((?:19|20)[0-9]{2})([0-9]{2})([0-9]{2})(?![0-9A-Za-z])"
)
_NOTE_KEYS = {
    **dict.fromkeys(("url", "link", "address", "original url", "source url"), "url"),
    **dict.fromkeys(("date", "published", "publication date", "pubdate"), "date"),
    **dict.fromkeys(("outlet", "publisher", "publication", "site"), "outlet"),
}
_NOTE_FIELD = r"^\s*(?P<key>[A-Za-z][A-Za-z ]{1,20}?)\s*[:=]\s*(?P<value>\S.*?)\s*$"
_BARE_URL = r"https?://[^\s|;<>\"']+"


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        # date() checks the day exists; strptime would cost an import of _strptime and locale.
        return _date(year, month, day).isoformat()
    except ValueError:
        return None


def _match_date(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g["y1"]:
        month = _MONTH_NUMBER.get(g["m1"].lower())
        return _iso(int(g["y1"]), month, int(g["d1"])) if month else None
    if g["y2"]:
        month = _MONTH_NUMBER.get(g["m2"].lower())
        return _iso(int(g["y2"]), month, int(g["d2"])) if month else None
    if g["y3"]:
        return _iso(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    a, b = int(g["a4"]), int(g["b4"])
    if a <= 12 and b <= 12 and a != b:
        return None  # 04/05/2018: April 5 in the US, 4 May elsewhere; better none than a wrong one
    month, day = (a, b) if a <= 12 else (b, a)
    return _iso(int(g["y4"]), month, day)


def _first_date(text: str) -> re.Match[str] | None:
    """The first match of a real date in ``text`` ("Tuesday 14 May 2019", not "Fund 14 Jun" with no year)."""
    return next((m for m in _DATE.finditer(text) if _match_date(m)), None)


def date_line(text: str) -> DateLine | None:
    """A line that states a date and nothing else but times, keywords and perhaps a name.

    >>> date_line("Published: 04/20/2018 05:01 PM EDT").date, date_line("14 May 2019").date
    ('2018-04-20', '2019-05-14')
    >>> date_line("*County Post* · 2024-05-10")
    DateLine(date='2024-05-10', updated=False, name='County Post')
    >>> date_line("The talks ended on May 14, 2019."), date_line("04/05/2018")
    (None, None)
    """
    text = text.strip()
    if len(text) > 100 or "\n" in text:
        return None
    m = _first_date(text)
    if not m or not (iso := _match_date(m)):
        return None
    name = None
    rest = [text[: m.start()], text[m.end() :]]
    for n, part in enumerate(rest):
        if not part.strip(_SEPARATORS) or _date_filler().fullmatch(part):
            rest[n] = ""
    leftover = " ".join(p.strip(_SEPARATORS) for p in rest if p.strip(_SEPARATORS))
    if leftover:
        if not _name_like(leftover) or len(leftover.split()) > 6:
            return None
        name = leftover
    low = text.lower()
    updated = ("updated" in low or "modified" in low) and not ("published" in low or "posted" in low)
    return DateLine(iso, updated, name)


def parse_date(text: str) -> str | None:
    """Return an ISO date for a date line, else None.

    >>> parse_date("May 14, 2019"), parse_date("14 May 2019"), parse_date("Tuesday")
    ('2019-05-14', '2019-05-14', None)
    """
    found = date_line(text)
    return found.date if found and not found.name else None


def _name_like(text: str) -> bool:
    """Capitalised words, numbers and connectors, as in a name: "Jane Doe and John Roe, Channel 4".

    >>> _name_like("Jane Doe, Staff Writer"), _name_like("the end of next week's contests")
    (True, False)
    """
    words = [w for w in re.split(r"[\s,|/&]+", text) if w]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_CONNECTORS for w in words)


def outlet_from_byline(who: str) -> str | None:
    """An outlet named in a byline; a person's name is not an outlet.

    >>> outlet_from_byline("Reuters"), outlet_from_byline("Jane Doe"), outlet_from_byline("Jane Doe, AP")
    ('Reuters', None, 'AP')
    """
    who = who.strip().rstrip(".")
    for sep in (",", "|", " for ", " - ", " — "):
        if sep in who:
            tail = who.rsplit(sep, 1)[1].strip()
            return tail or None
    words = who.split()
    if len(words) == 1 or words[0] == "The" or who.isupper() or _ORG_WORDS & {w.lower() for w in words}:
        return who
    return None


def byline_outlet(text: str) -> tuple[bool, str | None]:
    """Is ``text`` (one line) a byline, and which outlet does it name?

    A paragraph that merely starts with "By" is not a byline.

    >>> byline_outlet("By Jane Doe, The Daily Planet"), byline_outlet("By Jane Doe")
    ((True, 'The Daily Planet'), (True, None))
    >>> byline_outlet("By the end of the week, talks had stalled.")
    (False, None)
    """
    m = re.match(r"^By:?\s+(?P<who>[^\n]{1,80})$", text.strip())
    if not m:
        return False, None
    who = m.group("who").strip()
    if len(who.split()) > 12 or not _name_like(who.rstrip(".")) or re.search(r"[!?;]|\w{3,}\.\s", who):
        return False, None
    return True, outlet_from_byline(who)


def dateline(text: str) -> tuple[str | None, str | None]:
    """Outlet and date of a paragraph's dateline: ``LONDON, May 14, 2019 (Reuters) -``.

    A place in capitals may name any outlet; a place in ordinary case
    ("Washington (AFP) –"), or none ("(CNN) —"), only a well-known one, so a
    sentence opening "Sen. Ted Cruz (R-Texas) - " names no outlet.

    >>> dateline("MEXICO CITY, Feb. 8, 2016 (UPI) — Officials said"), dateline("New York (AFP) – A crowd")
    (('UPI', '2016-02-08'), ('AFP', None))
    >>> dateline("Sen. Ted Cruz (R-Texas) - said no"), dateline("HARBOURTON (Shoreline Wire) - The city")
    ((None, None), ('Shoreline Wire', None))
    """
    m = re.match(_DATELINE, text) if "(" in text[:80] else None
    if not m:
        return None, None
    place, name = (m.group("place") or "").strip(), m.group("outlet").strip()
    known = outlets.by_name(name)
    city = place.split(",")[0]
    in_capitals = bool(city) and city.upper() == city and any(c.isalpha() for c in city)
    if not known and not (in_capitals and _name_like(name) and len(name.split()) <= 5):
        return None, None
    when = _first_date(place)
    return known or name, _match_date(when) if when else None


def date_from_url(url: str) -> str | None:
    """A date in an address's path: ``/2018/04/20/``, ``/2018-04-20-``, ``/20180420/``.

    >>> date_from_url("https://e.org/story/news/2018/04/20/a/536032002/"), date_from_url("https://e.org/a-65574")
    ('2018-04-20', None)
    """
    try:
        path = urlparse(url).path
    except ValueError:
        return None
    return _path_date(path)


def date_from_name(name: str) -> str | None:
    """A date in a file name: ``nyt_2016-02-01_iowa-caucus.txt``.

    >>> date_from_name("nyt_2016-02-01_iowa.txt"), date_from_name("000_c2465f9aa2e9395f.txt")
    ('2016-02-01', None)
    """
    return _path_date(name)


def _path_date(text: str) -> str | None:
    if not any(text[i : i + 2] in ("19", "20") and text[i + 2 : i + 4].isdigit() for i in range(len(text) - 3)):
        return None
    for m in re.finditer(_PATH_DATE, text):
        y, mo, d = (m.group(1), m.group(3), m.group(4)) if m.group(1) else (m.group(5), m.group(6), m.group(7))
        if iso := _iso(int(y), int(mo), int(d)):
            return iso
    return None


def _names_file(line: str, name: str) -> bool:
    """True when ``line`` mentions the file ``name`` as a whole name, not inside a longer one.

    A path ending in the name names it too ("raw/event_2/2_L.txt"): a note may
    say where each file was copied from.

    >>> _names_file("raw/2_L.txt\thttps://e.org/a", "2_L.txt"), _names_file("old-a.txt", "a.txt")
    (True, False)
    """
    start = line.find(name)
    while start >= 0:
        before = line[start - 1] if start else " "
        after = line[start + len(name)] if start + len(name) < len(line) else " "
        if not (before.isalnum() or before in "-_.") and not (after.isalnum() or after in "-_"):
            return True
        start = line.find(name, start + 1)
    return False


def _line_names_stem(line: str, files: list[str]) -> list[str]:
    """Files a line names by their name without its extension, as its first field ("2_L<TAB>https://...")."""
    first = re.split(r"[\s,;|:]", line.strip(), maxsplit=1)[0]
    return [f for f in files if first and f.rsplit(".", 1)[0] == first.rsplit("/", 1)[-1]]


def web_address(url: str) -> bool:
    """True for an http(s) address with a host: the only links an article may give.

    >>> web_address("https://example.org/a"), web_address("javascript:alert(1)"), web_address("//x.org")
    (True, False, False)
    """
    try:
        parts = urlparse(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in url)


def note_hints(text: str, files: list[str]) -> dict[str, Meta]:
    """What a provenance note (``SOURCE.txt``) says of each article file: url, date, outlet.

    A line naming one article file (or starting with its name without the
    extension) starts its entry; the indented lines under it belong to it too:
    ``file<TAB>address`` lines are entries of one line each. ``key: value`` fields (``url:``, ``date:``,
    ``outlet:``), separated by ``|`` or ``;``, or a bare address, fill it in.

    >>> note = "a.txt <- copied 2024\\n    outlet: Daily Planet | url: https://dp.example/2024/05/01/x\\nb.txt\\n"
    >>> note_hints(note, ["a.txt", "b.txt"])["a.txt"]
    Meta(title=None, outlet='Daily Planet', date=None, url='https://dp.example/2024/05/01/x')
    """
    found: dict[str, dict[str, str]] = {}
    current: str | None = None
    for line in text.splitlines():
        if not line.strip():
            current = None
            continue
        named = [f for f in files if _names_file(line, f)] or _line_names_stem(line, files)
        if len(named) == 1:
            current = named[0]
        elif named or not line[0].isspace():
            current = None
        if current is None:
            continue
        fields = found.setdefault(current, {})
        for part in re.split(r"\s[|;]\s|\t", line):
            m = re.match(_NOTE_FIELD, part)
            key = _NOTE_KEYS.get(m.group("key").strip().lower()) if m else None
            if not m or not key or key in fields:
                continue
            value = m.group("value").strip()
            if key == "url":
                value = value.strip("<>")
                if web_address(value):
                    fields["url"] = value
            elif key == "date":
                if iso := parse_date(value):
                    fields["date"] = iso
            else:
                fields["outlet"] = value
        if "url" not in fields and (bare := re.search(_BARE_URL, line)) and web_address(bare.group(0)):
            fields["url"] = bare.group(0).rstrip(".,)")
    return {f: Meta(outlet=v.get("outlet"), date=v.get("date"), url=v.get("url")) for f, v in found.items() if v}


def choose_outlet(stated: str | None, url: str | None, noted: str | None, stem: str) -> str:
    """The outlet's name, from what is most to least trusted.

    1. what the article states (a byline, a dateline, a web page's site name),
       under its well-known name when the table knows it;
    2. the address's host, then the name a provenance note gives, when the
       table knows them; then the note's name as written, and the host as it
       is (``example-news.com``);
    3. the file name, when the table knows it (``nyt.txt``), and last the
       file name itself.

    >>> choose_outlet("AP", "https://www.nytimes.com/a", None, "nyt"), choose_outlet(None, None, "FOX", "a1")
    ('Associated Press', 'Fox News')
    >>> choose_outlet(None, "https://www.example-news.com/a", None, "nyt"), choose_outlet(None, None, None, "nyt")
    ('example-news.com', 'The New York Times')
    """
    if stated:
        return outlets.by_name(stated) or stated
    try:
        host = (urlparse(url).hostname or "") if url else ""
    except ValueError:
        host = ""
    if host and (known := outlets.by_host(host)):
        return known
    if noted:
        return outlets.by_name(noted) or noted
    if host:
        return re.sub(r"^(www|m|amp)\.", "", host)
    return outlets.by_file_name(stem) or stem
