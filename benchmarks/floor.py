"""The floor: the least a build of a story must do, as a yardstick. ``python benchmarks/floor.py SOURCES OUT``.

Reads every article (a Markdown one through Python-Markdown, as any reader of
Markdown must: its emphasis, links and raw HTML are not article text), finds its quotations (text between double marks) and
their speakers (the nearest ``Name said`` / ``said Name`` in the paragraph,
else the previous speaker), groups them by speaker, matches each speaker's
distinct texts against the statements found so far (``rapidfuzz.process.cdist``
of one text against the statements' first texts), then renders one page per
article, one per speaker and an index with Jinja2, and writes ``quotes.json``.
No attribution rules, no word alignment, no diffs: what is left when the
product is taken away, and what ``benchmarks/run.py --worst`` compares with.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import jinja2
import markdown
from rapidfuzz import fuzz, process

QUOTE = re.compile(r"[“\"]([^”\"\n]+)[”\"]")
SAID = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)*) said|said ([A-Z][a-z]+(?: [A-Z][a-z]+)*)")
CUTOFF = 55.0
TEMPLATES = {
    "article.html": "<!doctype html><title>{{ name }}</title><h1>{{ name }}</h1>{% for p in paras %}<p>"
    "{% for text, who in p %}{% if who %}<mark title='{{ who }}'>{{ text }}</mark>{% else %}{{ text }}{% endif %}"
    "{% endfor %}</p>{% endfor %}",
    "speaker.html": "<!doctype html><title>{{ who }}</title><h1>{{ who }}</h1>{% for st in statements %}<section>"
    "{% for text, where in st %}<blockquote>{{ text }}<cite>{{ where|join(', ') }}</cite></blockquote>{% endfor %}"
    "</section>{% endfor %}",
    "index.html": "<!doctype html><title>Story</title><ul>{% for who in speakers %}<li><a href='speakers/"
    "{{ loop.index }}.html'>{{ who }}</a>{% endfor %}</ul>",
}


TAG = re.compile(r"<[^>]+>")
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote)>")


def read(path: Path, md: markdown.Markdown) -> str:
    """The article's text, paragraphs apart; Markdown converted and its tags dropped."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".md":
        return raw
    return html.unescape(TAG.sub("", BLOCK_END.sub("\n\n", md.reset().convert(raw))))


def article(text: str) -> list[list[tuple[str, str | None]]]:
    """Paragraphs cut into (text, speaker or None) pieces."""
    paras = []
    last = None
    for para in text.split("\n\n"):
        said = SAID.search(QUOTE.sub("", para))
        who = (said.group(1) or said.group(2)).split()[-1] if said else last
        pieces: list[tuple[str, str | None]] = []
        pos = 0
        for m in QUOTE.finditer(para):
            pieces += [(para[pos : m.start(1)], None), (m.group(1), who)]
            pos = m.end(1)
        pieces.append((para[pos:], None))
        paras.append(pieces)
        last = who
    return paras


def statements(texts: dict[str, list[str]]) -> list[list[tuple[str, list[str]]]]:
    """Each distinct text joins the best-matching statement found so far, or starts one."""
    found: list[list[tuple[str, list[str]]]] = []
    for text, where in texts.items():
        best = None
        if found:
            scores = process.cdist([text], [st[0][0] for st in found], scorer=fuzz.partial_ratio, score_cutoff=CUTOFF)
            if scores.max() > 0:
                best = int(scores.argmax())
        if best is None:
            found.append([(text, where)])
        else:
            found[best].append((text, where))
    return found


def main(sources: Path, out: Path, markdown_as_text: bool = False) -> None:
    env = jinja2.Environment(loader=jinja2.DictLoader(TEMPLATES), autoescape=True)
    md = markdown.Markdown()
    by_speaker: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    records = []
    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "speakers").mkdir(exist_ok=True)
    (out / "data").mkdir(exist_ok=True)
    for path in sorted(sources.iterdir()):
        if path.suffix not in (".txt", ".md") or path.name.startswith("."):
            continue
        paras = article(path.read_text(encoding="utf-8") if markdown_as_text else read(path, md))
        for pieces in paras:
            for text, who in pieces:
                if who:
                    by_speaker[who][text].append(path.stem)
                    records.append({"source": path.stem, "speaker": who, "text": text})
        page = env.get_template("article.html").render(name=path.stem, paras=paras)
        (out / "articles" / f"{path.stem}.html").write_text(page, encoding="utf-8")
    speakers = sorted(by_speaker)
    for n, who in enumerate(speakers, 1):
        page = env.get_template("speaker.html").render(who=who, statements=statements(by_speaker[who]))
        (out / "speakers" / f"{n}.html").write_text(page, encoding="utf-8")
    (out / "index.html").write_text(env.get_template("index.html").render(speakers=speakers), encoding="utf-8")
    (out / "data" / "quotes.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    print(f"Built {out}: {len(records)} quotes, {len(speakers)} speakers")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--markdown-as-text"]
    if len(args) != 2:
        raise SystemExit("usage: python benchmarks/floor.py SOURCES OUT [--markdown-as-text]")
    # --markdown-as-text: the leaner floor of the first measurements, which read Markdown files as plain text.
    main(Path(args[0]), Path(args[1]), markdown_as_text="--markdown-as-text" in sys.argv)
