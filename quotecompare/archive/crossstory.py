"""Across stories: what each story tells the archive, and the archive it adds up to.

The reduce step of an archive build, pure and plain data (only templates make
HTML):

* :func:`summarise` runs with each story's build and keeps what the
  cross-story pages need: sources, counts, and per speaker their statements
  (the rows of the story's speaker page) and each outlet's links to them. It is
  JSON, so it can be cached and sent between machines.
* :func:`reduce` puts the summaries of all stories together: a
  :class:`Archive` of stories (newest first), speakers and outlets.
* :func:`pages` and :func:`archive_json` turn it into pages and the
  researchers' ``data/archive.json``.

Who is who across stories. Each story merges its own name variants
("Brandt", "Sergei Brandt", "Chairman Sergei Brandt"); across stories
only strong evidence merges two speakers: the same full name as the story-level
index keys it (surname and given name, a short given name such as "Mike" read
as "Michael", middle initials aside, "Jr." kept), or the same organisation
name. Two people who share a surname are two speakers. A speaker a story knows
only by a surname or a description ("the spokesman") stays that story's own.

>>> archive_key({"key": "brandt|sergei", "kind": "person", "name": "Sergei Brandt"})
'brandt|sergei'
>>> archive_key({"key": "brandt", "kind": "other", "name": "Brandt"}) is None
True
>>> archive_key({"key": "~spokesman", "kind": "other", "name": "The spokesman"}) is None
True
"""

from collections import Counter, defaultdict
from typing import Any, NamedTuple

from quotecompare.attribution.speakers import is_organisation
from quotecompare.models import Link, Quote, Story
from quotecompare.site.tally import quote_counts, tally
from quotecompare.site.views import KIND_LABELS, Index, Page, Row, counts, speaker_rows
from quotecompare.text.slugs import slugify

Summary = dict[str, Any]


def summarise(story: Story) -> Summary:
    """What the cross-story pages need from one story (JSON-ready)."""
    # The story looked up once for all its speakers, not once per speaker.
    index = Index(story)
    in_source: dict[str, list[Quote]] = defaultdict(list)
    said_by: dict[str, list[Quote]] = defaultdict(list)  # speaker key -> their quotes (not terms)
    for q in story.quotes:
        in_source[q.source].append(q)
        if q.kind == "quote" and q.speaker_key:
            said_by[q.speaker_key].append(q)
    speaker_of = {q.id: q.speaker_key for q in story.quotes if q.kind == "quote" and q.speaker_key}
    links_of: dict[str, list[Link]] = defaultdict(list)  # speaker key -> same-speaker links from their quotes
    for lk in story.links:
        if lk.same_speaker and lk.a in speaker_of:
            links_of[speaker_of[lk.a]].append(lk)
    speakers = []
    for sp in story.speakers:
        rows = speaker_rows(story, sp, index)
        if not rows:  # named only in quotes kept out of the comparison: no speaker page
            continue
        speakers.append(
            {
                "key": sp.key,
                "name": sp.name,
                "slug": sp.slug,
                "aliases": list(sp.aliases),
                "kind": sp.kind,
                "quotes": len(said_by[sp.key]),
                "statements": [_statement(row) for row in rows],
                "sources": _per_source(said_by[sp.key], links_of[sp.key]),
            }
        )
    t = tally(story)
    counted = {s.id: quote_counts(in_source[s.id]) for s in story.sources}
    return {
        "title": story.title,
        "summary": story.summary,
        "sources": [
            {
                "id": s.id,
                "outlet": s.outlet,
                "date": s.date,
                "title": s.title,
                "quotes": counted[s.id].quotes,
                "unattributed": counted[s.id].unattributed,
            }
            for s in story.sources
        ],
        "quotes": t.quotes,
        "unattributed": t.quoted.unattributed,
        "terms": t.quoted.terms,
        "statements": t.statements,
        "shared": t.shared,
        "kinds": t.kinds,
        "links": sum(1 for lk in story.links if lk.same_speaker),
        "counts": counts(story),
        "speakers": speakers,
    }


def _per_source(own: list[Quote], links: list[Link]) -> dict[str, list[int]]:
    """One speaker's quotes by source id: ``[quotes, linked quote ends, verbatim ends]`` (links between them)."""
    own_ids = {q.id for q in own}
    source_of = {q.id: q.source for q in own}
    per_source: dict[str, list[int]] = {}
    for q in own:
        per_source.setdefault(q.source, [0, 0, 0])[0] += 1
    for lk in links:
        if lk.a in own_ids and lk.b in own_ids:
            for qid in (lk.a, lk.b):
                per_source[source_of[qid]][1] += 1
                per_source[source_of[qid]][2] += lk.kind == "verbatim"
    return per_source


def _statement(row: Row) -> dict[str, Any]:
    """A row of a speaker page as the archive keeps it: its anchor, kinds, longest version and sources."""
    longest = max((qv for _, cell in row.present for qv in cell), key=lambda qv: len(qv.quote.text))
    return {
        "row": row.id,
        "kinds": list(row.kinds),
        "text": longest.quote.text,
        "sources": [src.id for src, _ in row.present],
    }


def archive_key(speaker: dict[str, Any]) -> str | None:
    """Who a story's speaker is across the archive, or None when only the story can tell."""
    key = speaker["key"]
    if "|" in key:
        return key  # surname|given name: a full name
    if not key.startswith("~") and is_organisation(speaker["name"]):
        return "org:" + key
    return None


# --- the archive as data ------------------------------------------------------


class Ref(NamedTuple):
    """A link to a cross-story page (speaker or outlet)."""

    slug: str
    name: str


class StoryItem(NamedTuple):
    slug: str
    path: str  # "stories/<slug>/"
    title: str
    summary: str | None
    first: str | None  # earliest and latest source dates (ISO), when stated
    last: str | None
    outlets: list[Ref]
    sources: int
    quotes: int  # as the story's own pages count them (site/tally.py)
    unattributed: int
    terms: int
    statements: int
    shared: int  # statements printed by more than one outlet
    links: int
    counts: dict[str, int]
    speakers: list[Ref]  # speakers with a cross-story page, most quoted first
    local_speakers: list[str]  # known to this story only (a surname, a description)
    digest: str


class StatementItem(NamedTuple):
    url: str  # the statement's row on the story's speaker page
    text: str
    kinds: list[str]
    outlets: list[Ref]


def _percent(part: int, whole: int) -> int | None:
    """``part`` as a whole percentage of ``whole``; None when there is no whole."""
    return round(100 * part / whole) if whole else None


class Share(NamedTuple):
    """How an outlet quoted someone (or everyone): quotes, linked quote ends, verbatim ends."""

    outlet: Ref
    quotes: int
    links: int
    verbatim: int

    @property
    def share(self) -> int | None:
        return _percent(self.verbatim, self.links)


class SpeakerItem(NamedTuple):
    key: str
    slug: str
    name: str
    aliases: list[str]
    kind: str
    quotes: int
    statements: int
    stories: list[tuple[StoryItem, str, list[StatementItem]]]  # story, page in it, statements
    fidelity: list[Share]
    namesakes: list[Ref]  # other people with the same surname


class OutletSpeaker(NamedTuple):
    speaker: Ref
    quotes: int
    stories: int
    links: int
    verbatim: int

    @property
    def share(self) -> int | None:
        return _percent(self.verbatim, self.links)


class OutletItem(NamedTuple):
    slug: str
    name: str
    articles: int
    quotes: int  # every quote of its articles, as the stories count them
    unattributed: int  # ... of which no speaker was found
    total: Share  # its quotes with a speaker, and their links
    stories: list[
        tuple[StoryItem, list[tuple[str, str, int, str]]]
    ]  # story, its articles from this outlet (url, title, quotes, id)
    speakers: list[OutletSpeaker]
    alone: list[tuple[str, Ref | None, StoryItem]]  # speaker name, their page, story
    other_quotes: int  # quotes of speakers known to one story only


class Archive(NamedTuple):
    stories: list[StoryItem]
    speakers: list[SpeakerItem]
    outlets: list[OutletItem]
    articles: int
    quotes: int


def _unique_slugs(names: dict[str, str]) -> dict[str, str]:
    """key -> slug of its name, made unique in key order."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for key in sorted(names):
        slug = base = slugify(names[key])
        n = 1
        while slug in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        out[key] = slug
    return out


def _commonest(forms: list[str]) -> str:
    """The name used most often; on a tie the one of two or three words, then the first alphabetically."""
    count = Counter(forms)
    return min(count, key=lambda f: (-count[f], not 2 <= len(f.split()) <= 3, f))


def reduce(summaries: dict[str, tuple[Summary, str]]) -> Archive:
    """The archive from each story's summary (``slug -> (summary, digest)``), in a fixed order."""
    slugs = sorted(summaries)
    # Outlets by their slug ("The Herald" and "the herald" are one), named by their commonest spelling.
    outlet_forms: dict[str, list[str]] = defaultdict(list)
    speaker_forms: dict[str, list[str]] = defaultdict(list)
    for slug in slugs:
        summary = summaries[slug][0]
        for src in summary["sources"]:
            outlet_forms[slugify(src["outlet"])].append(src["outlet"])
        for sp in summary["speakers"]:
            if (key := archive_key(sp)) is not None:
                speaker_forms[key].append(sp["name"])
    outlet_ref = {k: Ref(k, _commonest(v)) for k, v in outlet_forms.items()}
    speaker_names = {k: _commonest(v) for k, v in speaker_forms.items()}
    speaker_slug = _unique_slugs(speaker_names)
    speaker_ref = {k: Ref(speaker_slug[k], speaker_names[k]) for k in speaker_names}

    stories: dict[str, StoryItem] = {}
    for slug in slugs:
        summary, digest = summaries[slug]
        dates = sorted(d for d in (s["date"] for s in summary["sources"]) if d)
        ranked = sorted(summary["speakers"], key=lambda sp: (-sp["quotes"], sp["name"]))
        stories[slug] = StoryItem(
            slug=slug,
            path=f"stories/{slug}/",
            title=summary["title"],
            summary=summary["summary"],
            first=dates[0] if dates else None,
            last=dates[-1] if dates else None,
            outlets=sorted({outlet_ref[slugify(s["outlet"])] for s in summary["sources"]}, key=lambda r: r.name),
            sources=len(summary["sources"]),
            quotes=summary["quotes"],
            unattributed=summary["unattributed"],
            terms=summary["terms"],
            statements=summary["statements"],
            shared=summary["shared"],
            links=summary["links"],
            counts=summary["counts"],
            speakers=[speaker_ref[k] for sp in ranked if (k := archive_key(sp)) is not None],
            local_speakers=[sp["name"] for sp in ranked if archive_key(sp) is None],
            digest=digest,
        )

    speakers = _speakers(summaries, stories, speaker_ref, outlet_ref)
    outlets = _outlets(summaries, stories, speaker_ref, outlet_ref)
    ordered = sorted(stories.values(), key=lambda s: s.slug)
    ordered.sort(key=lambda s: s.last or "", reverse=True)  # newest first; undated last; then by folder
    return Archive(ordered, speakers, outlets, sum(s.sources for s in ordered), sum(s.quotes for s in ordered))


def _speakers(
    summaries: dict[str, tuple[Summary, str]],
    stories: dict[str, StoryItem],
    speaker_ref: dict[str, Ref],
    outlet_ref: dict[str, Ref],
) -> list[SpeakerItem]:
    found: dict[str, list[tuple[StoryItem, dict[str, Any], dict[str, Ref]]]] = defaultdict(list)
    for slug in sorted(summaries):
        summary = summaries[slug][0]
        outlet_of = {s["id"]: outlet_ref[slugify(s["outlet"])] for s in summary["sources"]}
        for sp in summary["speakers"]:
            if (key := archive_key(sp)) is not None:
                found[key].append((stories[slug], sp, outlet_of))
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in found:
        if "|" in key:
            by_surname[key.split("|")[0]].append(key)
    out = []
    for key, appearances in found.items():
        appearances.sort(key=lambda a: a[0].slug)
        appearances.sort(key=lambda a: a[0].last or "", reverse=True)  # newest first, as the index
        aliases: set[str] = set()
        tally: dict[Ref, list[int]] = defaultdict(lambda: [0, 0, 0])
        listed = []
        for story, sp, outlet_of in appearances:
            aliases.update(sp["aliases"])
            for sid, (q, links, verbatim) in sp["sources"].items():
                t = tally[outlet_of[sid]]
                t[0], t[1], t[2] = t[0] + q, t[1] + links, t[2] + verbatim
            page = f"{story.path}speakers/{sp['slug']}.html"
            items = [
                StatementItem(
                    f"{page}#{st['row']}",
                    st["text"],
                    st["kinds"],
                    list(dict.fromkeys(outlet_of[sid] for sid in st["sources"])),
                )
                for st in sp["statements"]
            ]
            listed.append((story, page, items))
        fidelity = sorted((Share(o, *t) for o, t in tally.items()), key=lambda s: (-s.quotes, s.outlet.name))
        ref = speaker_ref[key]
        namesakes = [speaker_ref[k] for k in sorted(by_surname.get(key.split("|")[0], [])) if k != key and "|" in key]
        out.append(
            SpeakerItem(
                key=key,
                slug=ref.slug,
                name=ref.name,
                aliases=sorted(aliases),
                kind=appearances[0][1]["kind"],
                quotes=sum(a[1]["quotes"] for a in appearances),
                statements=sum(len(items) for _, _, items in listed),
                stories=listed,
                fidelity=fidelity,
                namesakes=sorted(namesakes, key=lambda r: r.name),
            )
        )
    out.sort(key=lambda s: (-len(s.stories), -s.quotes, s.name, s.slug))
    return out


def _outlets(
    summaries: dict[str, tuple[Summary, str]],
    stories: dict[str, StoryItem],
    speaker_ref: dict[str, Ref],
    outlet_ref: dict[str, Ref],
) -> list[OutletItem]:
    articles: dict[str, dict[str, list[tuple[str, str, int, str]]]] = defaultdict(dict)  # outlet -> story -> articles
    per_speaker: dict[str, dict[Ref, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
    alone: dict[str, list[tuple[str, Ref | None, StoryItem]]] = defaultdict(list)
    other_quotes: Counter[str] = Counter()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # every speaker's quotes, links, verbatim
    quoted: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # every quote of its articles, those with no speaker
    for slug in sorted(summaries):
        summary, story = summaries[slug][0], stories[slug]
        outlet_of = {s["id"]: slugify(s["outlet"]) for s in summary["sources"]}
        for s in summary["sources"]:
            quoted[outlet_of[s["id"]]][0] += s["quotes"]
            quoted[outlet_of[s["id"]]][1] += s["unattributed"]
            articles[outlet_of[s["id"]]].setdefault(slug, []).append(
                (f"{story.path}articles/{s['id']}.html", s["title"], s["quotes"], s["id"])
            )
        for sp in summary["speakers"]:
            key = archive_key(sp)
            ref = speaker_ref[key] if key is not None else None
            quoted_by = {outlet_of[sid] for sid in sp["sources"]}
            if len(quoted_by) == 1 and len(set(outlet_of.values())) > 1:
                alone[next(iter(quoted_by))].append((ref.name if ref else sp["name"], ref, story))
            for sid, (q, links, verbatim) in sp["sources"].items():
                t = totals[outlet_of[sid]]
                t[0], t[1], t[2] = t[0] + q, t[1] + links, t[2] + verbatim
            for outlet in quoted_by:
                if ref is None:
                    other_quotes[outlet] += sum(
                        q for sid, (q, _, _) in sp["sources"].items() if outlet_of[sid] == outlet
                    )
                    continue
                t = per_speaker[outlet][ref]
                t[1] += 1
                for sid, (q, links, verbatim) in sp["sources"].items():
                    if outlet_of[sid] == outlet:
                        t[0], t[2], t[3] = t[0] + q, t[2] + links, t[3] + verbatim
    out = []
    for key, by_story in articles.items():
        ref = outlet_ref[key]
        rows = sorted(
            (OutletSpeaker(sp, *t) for sp, t in per_speaker[key].items()), key=lambda r: (-r.quotes, r.speaker.name)
        )
        total = Share(ref, *totals[key])
        listed = sorted(((stories[s], arts) for s, arts in by_story.items()), key=lambda x: x[0].slug)
        listed.sort(key=lambda x: x[0].last or "", reverse=True)
        alone_here = sorted(alone[key], key=lambda a: (a[0], a[2].slug))
        out.append(
            OutletItem(
                key,
                ref.name,
                sum(len(a) for a in by_story.values()),
                quoted[key][0],
                quoted[key][1],
                total,
                listed,
                rows,
                alone_here,
                other_quotes[key],
            )
        )
    out.sort(key=lambda o: (-o.articles, o.name, o.slug))
    return out


# --- pages and data -----------------------------------------------------------


def pages(archive: Archive) -> list[Page]:
    """The cross-story pages: the archive index, one page per speaker and per outlet, and 404."""
    common = {"archive": archive, "kind_labels": KIND_LABELS, "archive_home": None}
    out = [Page("index.html", "archive/index.html", common)]
    out += [Page(f"speakers/{s.slug}.html", "archive/speaker.html", {**common, "speaker": s}) for s in archive.speakers]
    out += [Page(f"outlets/{o.slug}.html", "archive/outlet.html", {**common, "outlet": o}) for o in archive.outlets]
    out.append(Page("404.html", "archive/404.html", common, rooted=True))
    return out


def search_index(archive: Archive) -> dict[str, list[list[Any]]]:
    """The archive's search index, in the form of a story's (:func:`quotecompare.site.search.search_index`).

    Speakers and outlets lead to their cross-story pages; each statement of a
    speaker known across stories leads to its row on the story's speaker page.
    """
    outlets = sorted({o.slug: o for o in archive.outlets}.values(), key=lambda o: o.slug)
    outlet_index = {o.slug: i for i, o in enumerate(outlets)}
    quotes = [
        [st.text, n, [outlet_index[o.slug] for o in st.outlets], st.url]
        for n, sp in enumerate(archive.speakers)
        for _, _, items in sp.stories
        for st in items
    ]
    return {
        "speakers": [
            [s.name, [a for a in s.aliases if a != s.name], f"speakers/{s.slug}.html"] for s in archive.speakers
        ],
        "sources": [
            [o.name, f"{o.articles} article{'s' if o.articles != 1 else ''}", None, f"outlets/{o.slug}.html"]
            for o in outlets
        ],
        "quotes": quotes,
    }


def archive_json(archive: Archive) -> dict[str, Any]:
    """The researchers' export of the archive; each story's own quotes.json stays in its folder."""
    return {
        "stories": [
            {
                "id": s.slug,
                "path": s.path,
                "title": s.title,
                "summary": s.summary,
                "first_date": s.first,
                "last_date": s.last,
                "outlets": [o.slug for o in s.outlets],
                "sources": s.sources,
                "quotes": s.quotes,
                "unattributed": s.unattributed,
                "terms": s.terms,
                "statements": s.statements,
                "shared": s.shared,
                "links": s.links,
                "counts": s.counts,
                "speakers": [r.slug for r in s.speakers],
                "other_speakers": s.local_speakers,
                "quotes_json": f"{s.path}data/quotes.json",
                "digest": s.digest,
            }
            for s in archive.stories
        ],
        "speakers": [
            {
                "id": s.slug,
                "name": s.name,
                "aliases": s.aliases,
                "kind": s.kind,
                "quotes": s.quotes,
                "statements": s.statements,
                "stories": [story.slug for story, _, _ in s.stories],
                "outlets": [
                    {"outlet": f.outlet.slug, "quotes": f.quotes, "linked": f.links, "verbatim": f.verbatim}
                    for f in s.fidelity
                ],
            }
            for s in archive.speakers
        ],
        "outlets": [
            {
                "id": o.slug,
                "name": o.name,
                "articles": o.articles,
                "stories": [story.slug for story, _ in o.stories],
                "quotes": o.quotes,
                "unattributed": o.unattributed,
                "attributed": o.total.quotes,
                "linked": o.total.links,
                "verbatim": o.total.verbatim,
                "alone": [
                    {"speaker": name, "id": ref.slug if ref else None, "story": st.slug} for name, ref, st in o.alone
                ],
            }
            for o in archive.outlets
        ],
    }
