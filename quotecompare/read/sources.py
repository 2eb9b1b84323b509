"""Read a folder of articles into :class:`~quotecompare.models.Source` records.

Stage 1 of the pipeline. Pure apart from reading the files it is given:

* :func:`list_article_files` picks the article files of a folder,
* :func:`~quotecompare.read.decoding.decode` turns bytes into text (UTF-8, a stray byte at a time
  Windows-1252, with a warning),
* :func:`parse_article` splits text into body blocks and finds the metadata an
  article states about itself (title, byline or dateline outlet, date line,
  "Original url:" trailer; the rules are :mod:`quotecompare.read.metadata`'s),
  dropping page furniture such as a trailing "0 Comments",
* :func:`read_sources` does all of that for a folder, with what its provenance
  note (``SOURCE.txt``) says of each file, applying the optional
  ``sources.toml`` manifest.

>>> src = parse_article("a.txt", "Title here\\n\\nMay 14, 2019\\n\\nBody \\"quoted\\" text.\\n")
>>> src.title, src.date, [b.text for b in src.blocks]
('Title here', '2019-05-14', ['Body "quoted" text.'])
"""

import re
from fnmatch import fnmatch
from functools import lru_cache
from html.parser import HTMLParser
from itertools import accumulate, chain
from pathlib import Path
from typing import Any, ClassVar

from quotecompare.errors import InputError, NoArticles, display_name
from quotecompare.models import Block, BlockKind, Source, SourceFormat
from quotecompare.read import outlets
from quotecompare.read.boundary import Boundary
from quotecompare.read.decoding import compose, decode, repair_mojibake
from quotecompare.read.manifest import (
    ARTICLE_KEYS,
    MANIFEST,
    RECORDS_DIR,
    ArticleFields,
    Manifest,
    SourceFields,
    is_record,
    read_manifest,
)
from quotecompare.read.metadata import (
    Meta,
    byline_outlet,
    choose_outlet,
    date_from_name,
    date_from_url,
    date_line,
    dateline,
    note_hints,
    outlet_from_byline,
    web_address,
)
from quotecompare.text.slugs import slugify, unused

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
# Files that describe a folder rather than report the story.
NON_ARTICLE_STEMS = {
    *("readme", "license", "licence", "copying", "changelog", "notice"),
    *("source", "sources", "credits", "authors", "attribution"),  # provenance notes of collected articles
}
# Notes that may say where each article came from: its address, date and outlet.
PROVENANCE_STEMS = {"readme", "source", "sources", "credits", "attribution"}

_PARA_SPLIT = re.compile(r"\n[ \t]*\n+")
_MD_FEATURES = (
    re.compile(r"^#{1,6}\s+\S", re.M),  # ATX heading
    re.compile(r"\[[^\]\n]+\]\([^)\s]*\)"),  # [text](url)
    re.compile(r"<https?://[^>\s]+>"),  # autolink
    re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"),  # strong
    re.compile(r"^\s{0,3}[-*+]\s+\S", re.M),  # bullet list
    re.compile(r"^>\s", re.M),  # block quote
)
_URL_LINE = re.compile(r"^(?:Original\s+url|Source\s+url|Source|URL|Link)\s*:\s*(?P<url>\S+)?$", re.I)
_BARE_URL = re.compile(r"^<?(?P<url>https?://[^\s>]+)>?$")
# Page furniture that is not article text.
_FURNITURE_BLOCK = re.compile(
    r"^(?:\d+\s+Comments?|Comments?|Advertisement|Share this article|Share|Related(?: articles)?)$", re.I
)
# A caption line ending in a photo credit ("... Jane Doe / AGENCY").
# (Curly marks are kept out by a look-ahead: a class mixing them with ASCII compiles to a 64K-character bitmap.)
_PHOTO_CREDIT = re.compile(r"^(?:(?![“”])[^.!?\"]){0,200}\b[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)* / [A-Z][\w.&' -]{1,40}$")
_TRAILING_FURNITURE = re.compile(r"(?:\s*\n\s*\d+\s+Comments?|\s+(?:—\s*)?With(?:\s+[A-Z][\w.&'-]*)*\s+wires?\.?)+\s*$")


def list_article_files(folder: Path, boundary: Boundary | None = None) -> tuple[list[Path], list[str]]:
    """Return the article files of ``folder`` (sorted) and notes on skipped ones.

    A link leading out of ``boundary`` (default: ``folder`` itself) is skipped with a note saying where it leads.
    """
    boundary = boundary or Boundary.around(folder)
    folder_inside = boundary.holds(folder)
    files: list[Path] = []
    notes: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name == MANIFEST:
            continue  # hidden files (.DS_Store, editor backups) are skipped silently
        name = display_name(path.name)
        if (real := boundary.escape(path, folder_inside)) is not None:
            notes.append(boundary.skipped(path, real))
            continue
        if not path.is_file():
            if path.name == RECORDS_DIR and path.is_dir():
                continue
            if path.is_dir():
                notes.append(f"{name}: skipped, a folder (sub-folders are not read)")
            elif path.is_symlink() and not path.exists():
                notes.append(f"{name}: skipped, a broken link")
            else:
                notes.append(f"{name}: skipped, not a regular file")
            continue
        if path.suffix.lower() not in ARTICLE_SUFFIXES or path.stem.lower() in NON_ARTICLE_STEMS:
            notes.append(f"{name}: skipped, not an article file")
            continue
        files.append(path)
    return files, notes


def looks_like_markdown(text: str) -> bool:
    """Markdown is detected by content: a heading, or two other features.

    >>> looks_like_markdown("# Title\\n\\nText")
    True
    >>> looks_like_markdown("He said \\"hi\\".")
    False
    """
    heading, link, autolink, strong, bullet, quote = _MD_FEATURES
    # Each pattern reads the whole text (20 MB for a huge article): a mark its match must hold is looked
    # for first, and the bullet list, which holds none, only when it could decide.
    if "#" in text and heading.search(text):
        return True
    hits = sum(
        1
        for marks, pattern in ((("](",), link), (("<http",), autolink), (("**", "__"), strong), ((">",), quote))
        if any(m in text for m in marks) and pattern.search(text)
    )
    return hits >= 2 or (hits == 1 and bullet.search(text) is not None)


# --- blocks -------------------------------------------------------------------


def text_blocks(raw: str) -> list[Block]:
    """Split plain text into paragraph blocks (blank-line separated)."""
    blocks = []
    start = 0
    # Each blank-line block runs from the end of one blank-line run to the start of the next: its place
    # comes with it (a 20 MB article has 165,000 of them), not from a search of the text.
    for m in chain(_PARA_SPLIT.finditer(raw), (None,)):
        end = m.start() if m else len(raw)
        for line, at in _paragraph_lines(raw[start:end], start):
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                blocks.append(Block("p", stripped, ((0, at + lead),)))
        start = m.end() if m else end
    return blocks


_WRAP_WIDTH = 100  # a line longer than this was never wrapped: the text has one paragraph a line


def _paragraph_lines(part: str, start: int) -> list[tuple[str, int]]:
    """A blank-line block as one paragraph, or (lines running past any wrap width) one per line."""
    lines = part.split("\n")
    if len(lines) < 2 or all(len(line) <= _WRAP_WIDTH for line in lines[:-1]):
        return [(part, start)]
    return list(zip(lines, accumulate((len(x) + 1 for x in lines[:-1]), initial=start), strict=True))


class _BlockCollector(HTMLParser):
    """Collect the text of block elements from rendered Markdown."""

    BLOCKS: ClassVar[set[str]] = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td", "th", "dt", "dd"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[BlockKind, list[str]]] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.blocks.append(("h" if tag[0] == "h" and tag[1:].isdigit() else "p", []))
            self._stack.append(tag)
        elif tag == "br" and self._stack:
            self.blocks[-1][1].append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._stack:
            self.blocks[-1][1].append(data)


@lru_cache(maxsize=1)
def _markdown_parser() -> Any:
    import markdown

    md = markdown.Markdown(extensions=[])
    # Raw HTML in an article is untrusted: treat it as text, never as markup.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def _markdown_html(raw: str) -> str:
    """Markdown to HTML with one parser, reset between articles: making a parser costs more than using it."""
    md = _markdown_parser()
    md.reset()
    return md.convert(raw)


def markdown_blocks(raw: str) -> list[Block]:
    """Render Markdown and map each block's text back to raw offsets."""
    collector = _BlockCollector()
    collector.feed(_markdown_html(raw))
    collector.close()
    blocks = []
    cursor = 0
    for kind, chunks in collector.blocks:
        text = ""
        runs: list[tuple[int, int]] = []
        for chunk in chunks:
            found = raw.find(chunk, cursor) if chunk.strip() else -1
            if found >= 0:
                runs.append((len(text), found))
                cursor = found + len(chunk)
            else:
                runs.append((len(text), cursor))
                # Markdown changed the chunk (a tab expanded to spaces): its words mapped one by one.
                for word in re.finditer(r"\S+", chunk):
                    at = raw.find(word.group(), cursor)
                    if at >= 0:
                        runs.append((len(text) + word.start(), at))
                        cursor = at + len(word.group())
            text += chunk
        lead = len(text) - len(text.lstrip())
        stripped = text.strip()
        if not stripped:
            continue
        # Shift runs so index 0 is the first non-space character.
        shifted = [(max(tp - lead, 0), rp + max(lead - tp, 0)) for tp, rp in runs]
        dedup: dict[int, int] = {}
        for tp, rp in shifted:
            dedup[tp] = rp
        blocks.append(Block(kind, stripped, tuple(sorted(dedup.items()))))
    return blocks


def html_blocks(name: str, raw: str) -> tuple[str, list[Block], Meta]:
    """Reduce a saved web page to its article text with trafilatura."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise InputError(name, f"reading .html needs trafilatura, which failed to import: {exc}") from exc
    try:
        text = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_precision=True)
        meta = trafilatura.extract_metadata(raw)
    except Exception as exc:  # a third-party parser on untrusted input: skip the file, never crash
        raise InputError(name, f"could not read this web page ({type(exc).__name__})") from exc
    if not text or not text.strip():
        raise InputError(name, "no article text found in this web page")
    text = text.replace("\n", "\n\n")
    date = getattr(meta, "date", None) or None
    info = Meta(
        title=getattr(meta, "title", None) or None,
        outlet=getattr(meta, "sitename", None) or None,
        date=date if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None,
        url=getattr(meta, "url", None) or None,
    )
    return text, text_blocks(text), info


# --- metadata -------------------------------------------------------------------


def _first_sentence(text: str, words: int = 12) -> str:
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    parts = sentence.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _strip_markdown_links(text: str) -> str:
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)


def split_metadata(blocks: list[Block], is_markdown: bool) -> tuple[list[Block], Meta]:
    """Separate title, byline, date line, URL trailer and furniture from the body."""
    title = outlet = url = None
    published = updated = None
    body: list[Block] = []
    n = len(blocks)
    skip_next_url = False
    for i, block in enumerate(blocks):
        text = block.text.strip()
        one_line = "\n" not in text
        if skip_next_url and (m := _BARE_URL.match(text)):
            url = url or m.group("url")
            skip_next_url = False
            continue
        skip_next_url = False
        if one_line and i >= n - 3 and (m := _URL_LINE.match(text)):
            if m.group("url"):
                url = url or m.group("url").strip("<>")
            else:
                skip_next_url = True
            continue
        # (" / " first: the credit's pattern is slow to fail, and most lines have no credit.)
        if one_line and (_FURNITURE_BLOCK.match(text) or (" / " in text and _PHOTO_CREDIT.search(text))):
            continue
        if one_line and i < 6:
            is_byline, named = byline_outlet(_strip_markdown_links(text))
            if is_byline:
                outlet = outlet or named
                continue
            if found := date_line(_strip_markdown_links(text)):
                # The first publication date is the article's; an "Updated" one only when there is no other.
                if found.updated:
                    updated = updated or found.date
                else:
                    published = published or found.date
                if found.name:
                    outlet = outlet or outlet_from_byline(found.name)
                continue
        looks_like_title = block.kind == "h" or (not is_markdown and one_line and n > 1 and len(text.split()) <= 25)
        if title is None and not body and looks_like_title:
            title = text
            continue
        body.append(block)
    if body:
        last = body[-1]
        cut = _TRAILING_FURNITURE.search(last.text)
        if cut:
            trimmed = last.text[: cut.start()].rstrip()
            body[-1] = last._replace(text=trimmed)
            if not trimmed:
                body.pop()
    # A dateline opens the report, after any standfirst: "WASHINGTON (Reuters) - ...".
    for block in body[:3]:
        named, when = dateline(block.text)
        if named:
            outlet = outlet or named
            published = published or when
            break
    return body, Meta(title=title, outlet=outlet, date=published or updated, url=url)


def parse_article(
    name: str, raw: str, *, source_id: str | None = None, fmt: str | None = None, hints: Meta | None = None
) -> Source:
    """Parse one article's text into a :class:`Source` (no manifest applied).

    ``hints`` is what the folder's provenance note says of this file; what
    the article states about itself comes first.
    """
    suffix = Path(name).suffix.lower()
    extracted = Meta()
    hints = hints or Meta()
    kind: SourceFormat
    if fmt == "html" or suffix in {".html", ".htm"}:
        raw, blocks, extracted = html_blocks(name, raw)
        kind = "html"
    elif suffix in {".md", ".markdown"} or looks_like_markdown(raw):
        blocks, kind = markdown_blocks(raw), "markdown"
    else:
        blocks, kind = text_blocks(raw), "text"
    blocks, mended = repair_mojibake(compose(blocks))
    body, meta = split_metadata(blocks, kind == "markdown")
    if not body:
        raise InputError(name, "no article text")
    warnings: list[str] = []
    if mended:
        warnings.append(f"{display_name(name)}: {mended} word{'s' if mended != 1 else ''} of mojibake mended")
    url = meta.url or extracted.url
    if url and not web_address(url):
        # The site links to this address: a javascript: or data: URL would be live code.
        warnings.append(f"{display_name(name)}: ignored original url {url[:60]!r}, not an http(s) address")
        url = None
    url = url or hints.url
    outlet = choose_outlet(meta.outlet or extracted.outlet, url, hints.outlet, Path(name).stem)
    date = meta.date or extracted.date or hints.date or (date_from_url(url) if url else None) or date_from_name(name)
    title = meta.title or extracted.title or _first_sentence(body[0].text)
    return Source(
        id=source_id or slugify(Path(name).stem),
        file=name,
        title=title,
        outlet=outlet,
        date=date,
        url=url,
        raw=raw,
        blocks=tuple(body),
        fmt=kind,
        warnings=tuple(warnings),
    )


# --- the folder -----------------------------------------------------------------


def provenance_hints(
    folder: Path, names: list[str], warnings: list[str], boundary: Boundary | None = None
) -> dict[str, Meta]:
    """What the folder's provenance notes (``SOURCE.txt``, ``README.md``...) say of each article file.

    A note that gives something is named in ``warnings`` as read rather than
    skipped; one that cannot be read or gives nothing stays "skipped". A note
    that is a link out of ``boundary`` is not read (the folder's listing said so).
    """
    boundary = boundary or Boundary.around(folder)
    folder_inside = boundary.holds(folder)
    found: dict[str, Meta] = {}
    for path in sorted(folder.iterdir()):
        if path.stem.lower() not in PROVENANCE_STEMS or path.suffix.lower() not in ("", ".txt", ".md"):
            continue
        if boundary.escape(path, folder_inside) is not None:
            continue
        try:
            if not path.is_file() or path.stat().st_size > 1_000_000:
                continue
            text, _ = decode(path.name, path.read_bytes())
        except (OSError, InputError):
            continue
        said = {f: m for f, m in note_hints(text, names).items() if f not in found}
        if not said:
            continue
        found.update(said)
        shown = display_name(path.name)
        what = f"{shown}: not an article; read for the address, date or outlet of {len(said)} article"
        what += "s" if len(said) != 1 else ""
        warnings[:] = [what if w == f"{shown}: skipped, not an article file" else w for w in warnings]
    return found


def _read_file(state: tuple[list[Path], dict[str, Meta]], i: int) -> tuple[Source | None, list[str]]:
    """Article ``i`` of the files parsed (its id the file's slug, for now), or None; and what to say about it."""
    files, hints = state
    path = files[i]
    name = display_name(path.name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [f"{name}: skipped, cannot read ({exc.strerror or exc})"]
    if not data.strip():
        return None, [f"{name}: skipped, empty file"]
    try:
        text, notes = decode(name, data)
        source = parse_article(name, text, source_id=slugify(path.stem), hints=hints.get(path.name))
    except InputError as exc:
        return None, [f"{exc.file}: skipped, {exc.message}"]
    return source, notes + list(source.warnings)


def _named_after_its_file(source: Source, manifest: Manifest) -> bool:
    """True when nothing named the article's outlet, so it bears its file's name ("2_L.txt" is "2_L")."""
    stem = Path(source.file).stem
    given = "outlet" in (manifest.sources or {}).get(source.file, {})
    return not given and source.outlet == stem and not outlets.by_file_name(stem)


def _unnamed_outlets(files: list[str]) -> str:
    """One warning for every article whose outlet is only its file's name, with the fix.

    >>> _unnamed_outlets(["2_L.txt", "2_M.txt"]).startswith("2_L.txt, 2_M.txt: no outlet found")
    True
    """
    shown = ", ".join(display_name(f) for f in files[:6]) + (f" and {len(files) - 6} more" if len(files) > 6 else "")
    stems = ", ".join(repr(Path(display_name(f)).stem) for f in files[:3]) + (", ..." if len(files) > 3 else "")
    first = display_name(files[0])
    what = "each is named after its file" if len(files) > 1 else "it is named after its file"
    return (
        f"{shown}: no outlet found (no byline, dateline, web address or provenance note names one), "
        f"so {what} ({stems}); name {'them' if len(files) > 1 else 'it'} in {MANIFEST}"
        f'{", one table a file" if len(files) > 1 else ""}: [sources."{first}"] outlet = "..."'
    )


def read_sources(
    folder: Path, workers: int = 1, boundary: Boundary | None = None
) -> tuple[list[Source], Manifest, list[str]]:
    """Read every article of ``folder``; return sources, manifest and warnings.

    Nothing is lost quietly: a file that cannot be used (unreadable, binary,
    empty, no article text) is skipped with a warning naming it, and the build
    goes on. Only a folder with no usable article at all is an error. Articles
    are parsed in ``workers`` processes when there are many. Nothing outside
    ``boundary`` (default: ``folder``) is read: a link leading out of it, the
    manifest included, is skipped with a warning (:mod:`.boundary`).
    """
    from quotecompare.parallel import ordered_map

    if not folder.exists():
        raise InputError(str(folder), "sources folder not found")
    if not folder.is_dir():
        raise InputError(str(folder), "not a folder")
    boundary = boundary or Boundary.around(folder)
    try:
        manifest_path = folder / MANIFEST
        if (real := boundary.escape(manifest_path)) is not None:
            manifest, warnings = Manifest(), [boundary.skipped(manifest_path, real)]
        else:
            manifest, warnings = read_manifest(folder), []
        files, notes = list_article_files(folder, boundary)
        warnings += notes
        records = {n for n, fields in (manifest.sources or {}).items() if is_record(n, fields)}
        files = [
            p
            for p in files
            if p.name not in records and not any(fnmatch(p.name, pattern) for pattern in manifest.exclude)
        ]
    except OSError as exc:
        raise NoArticles(str(folder), f"cannot read this folder: {exc.strerror or exc}") from None
    hints = provenance_hints(folder, [p.name for p in files], warnings, boundary)
    sources: list[Source] = []
    used_ids: set[str] = set()
    skipped = len(warnings)
    parsed = ordered_map(_read_file, (files, hints), len(files), workers)
    for path, (source, notes) in zip(files, parsed, strict=True):
        warnings.extend(notes)
        if source is None:
            skipped += 1
            continue
        # Ids in file order: a slug already taken gets "-2" (taken only by a file that was read).
        sid = unused(source.id, used_ids)
        used_ids.add(sid)
        if sid != source.id:
            source = source._replace(id=sid)
        entry = (manifest.sources or {}).get(path.name, SourceFields())
        overrides = ArticleFields()
        for key in ARTICLE_KEYS:
            if key in entry:
                overrides[key] = entry[key]
        if overrides:
            source = source._replace(**overrides)
            if "url" in overrides and not source.date:
                source = source._replace(date=date_from_url(source.url or ""))
        sources.append(source)
    for fname, fields in (manifest.sources or {}).items():
        if fname not in {p.name for p in files} and not is_record(fname, fields):
            warnings.append(f"{MANIFEST}: no article file named {fname}")
    # Outlets line articles up against each other: with two or more, one named only by its file is worth a word.
    if len(sources) > 1 and (unnamed := [s.file for s in sources if _named_after_its_file(s, manifest)]):
        warnings.append(_unnamed_outlets(unnamed))
    if not sources:
        what = f" ({skipped} other file{'s' if skipped != 1 else ''} skipped)" if skipped else ""
        raise NoArticles(str(folder), f"no readable articles (.txt, .md or .html) in this folder{what}")
    return sources, manifest, warnings
