"""Property-based tests: extraction, attribution and alignment never crash on any text.

Besides not crashing, each stage keeps a few real invariants:

* extraction: spans lie inside their block, are non-empty and trimmed, come in
  reading order and never overlap; a quote's text is its span texts joined;
* attribution: a cue's speaker phrase is printed in the narration it came
  from; every quote of a parsed plain-text article sits at its offsets;
* alignment: scores lie in 0-100, verbatim implies 100, and any text with at
  least one word is verbatim against itself.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotecompare.align.alignment import align, compare
from quotecompare.attribution.story import build_quotes
from quotecompare.errors import InputError
from quotecompare.models import Block, Quote
from quotecompare.read.quotes import Found, extract, extract_blocks, extract_text
from quotecompare.read.sources import parse_article
from quotecompare.text.normalise import tokens

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that exercise the interesting paths: quotation marks of every kind,
# apostrophes, names, titles, pronouns, speech verbs, dashes, ellipses.
MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„"]
PUNCT = [",", ".", "...", "…", "—", "–", " - ", ":", ";", "?", "!", "(", ")", "\n"]
WORDS = ["we", "are", "ready", "to", "try", "and", "see", "what", "happens", "it’s", "don't", "’90s", "the", "plan"]
WORDS += ["U.S.", "US", "relations", "security", "not", "only", "hinder", "our", "calling", "it", "a", "hoax"]
SPEAKERS = ["Sergei Lavrov", "Lavrov", "Mike Pompeo", "Mr. Pompeo", "President Trump", "Jane Doe", "Reuters"]
SPEAKERS += ["the minister", "Chief engineer Tom Keel", "The owner, Marta Ruiz,", "he", "she", "they", "I", "who"]
VERBS = ["said", "says", "told reporters", "added", "warned", "according to", "tweeted", "wrote"]

words = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)
mark = st.sampled_from(MARKS)
punct = st.sampled_from(PUNCT)
cue = st.tuples(st.sampled_from(SPEAKERS), st.sampled_from(VERBS)).map(" ".join)
after_cue = st.tuples(st.sampled_from(VERBS), st.sampled_from(SPEAKERS)).map(" ".join)
sentence = st.one_of(
    words,
    st.tuples(mark, words, punct, mark, st.one_of(cue, after_cue), punct).map(" ".join),
    st.tuples(cue, punct, mark, words, punct, mark).map(" ".join),
    st.tuples(words, mark, words, mark, words).map("".join),
    punct,
    mark,
    st.text(max_size=8),
)
prose = st.lists(sentence, max_size=8).map(" ".join) | st.text(max_size=120)
paragraph = prose.map(lambda s: re.sub(r"\n\s*\n", "\n", s).strip()).filter(bool)


def check_found(blocks: list[Block], found: list[Found]) -> None:
    last = (-1, -1)
    for f in found:
        assert f.spans, f
        for span in f.spans:
            text = blocks[span.block].text
            assert 0 <= span.start < span.end <= len(text), (span, text)
            piece_text = text[span.start : span.end]
            assert piece_text == piece_text.strip() and piece_text, (span, text)
            assert (span.block, span.start) >= last, "spans overlap or go backwards"
            last = (span.block, max(span.end, last[1]) if span.block == last[0] else span.end)
        assert f.text == " ".join(blocks[s.block].text[s.start : s.end] for s in f.spans)


@SETTINGS
@given(paragraph)
def test_extract_text_one_paragraph(text: str) -> None:
    found = extract_text(text)
    check_found([Block("p", text.strip(), ((0, 0),))], found)


@SETTINGS
@given(prose)
def test_extract_text_never_crashes(text: str) -> None:
    for f in extract_text(text):
        for word in f.text.split():
            assert word in text


@SETTINGS
@given(st.lists(paragraph, min_size=1, max_size=6))
def test_extract_blocks_invariants(texts: list[str]) -> None:
    blocks = [Block("p", t, ((0, 0),)) for t in texts]
    check_found(blocks, extract_blocks(blocks))


@SETTINGS
@given(st.lists(paragraph, min_size=1, max_size=6), st.lists(paragraph, min_size=1, max_size=4))
# Found by hypothesis: a name followed by the comma that ends its sentence.
@example(one=[","], two=['“  , ” said the minister , "  , " said Sergei Lavrov ,'])
# Found by hypothesis: "he" after a quote whose cue is in the paragraph before; its name was read with
# this paragraph's offsets.
@example(one=[","], two=["we", '" we , " Sergei Lavrov said ,', '“  . ‘ he said , "0'])
@example(
    one=[","],
    two=[
        "we",
        'we  " we , “ Mr. Pompeo said , Mr. Pompeo said , “  , "',
        '“ we we we we . ‘ she said , are "we we we“',
    ],
)
# Found by hypothesis: Markdown (the "#" makes it Markdown) expands a tab, so the paragraph is not found
# verbatim in the file; its words are mapped one by one.
@example(one=["—"], two=["0", "#", 'Sergei Lavrov said , "  , " \t "0'])
def test_build_quotes_on_parsed_articles(one: list[str], two: list[str]) -> None:
    sources = []
    for n, paras in enumerate((one, two)):
        try:
            sources.append(parse_article(f"a{n}.txt", "\n\n".join(paras) + "\n", source_id=f"s{n}"))
        except InputError:
            continue  # nothing but metadata: "no article text", reported as a skipped file
    found = {s.id: extract(s) for s in sources}
    quotes, speakers = build_quotes(sources, found)
    outer = [q for q in quotes if q.within is None]
    assert len(outer) == sum(len(f) for f in found.values())
    assert len({q.id for q in quotes}) == len(quotes)
    ids = {q.id for q in outer}
    for q in quotes:
        if q.within is not None:  # a quote inside a quote lies inside it
            assert q.within in ids
            host = next(o for o in outer if o.id == q.within)
            assert host.start <= q.start < q.end <= host.end
    by_key = {s.key: s for s in speakers}
    assert len({s.slug for s in speakers}) == len(speakers)
    raw = {s.id: s for s in sources}
    for q in quotes:
        source = raw[q.source]
        assert 0 <= q.start < q.end <= len(source.raw)
        assert q.kind in {"quote", "term"}
        if q.speaker_key is None:
            assert q.speaker is None
        else:
            assert q.speaker == by_key[q.speaker_key].name
        # Every quote says how its speaker was found, or why it has none; the evidence is narration.
        a = q.attribution
        assert a is not None
        if q.within is None:
            assert (a.rule is not None) == (q.speaker is not None), (q, a)
            assert a.rule is not None or a.reason
        for span in (a.evidence, a.resolved):
            if span is not None:
                s, e = span
                assert 0 <= s < e <= len(source.raw)
                assert source.raw[s:e].strip() == source.raw[s:e], (span, source.raw[s:e])
                assert not (q.start <= s and e <= q.end), "evidence inside the quote's own words"
        mended = any("mojibake mended" in w for w in source.warnings)  # its words mended, its offsets the file's
        if source.fmt == "text" and len(q.spans) == 1 and not mended:
            assert source.raw[q.start : q.end] == q.text


@SETTINGS
@given(prose, prose)
def test_compare_scores_in_range(a: str, b: str) -> None:
    c = compare(a, b)
    assert 0.0 <= c.score <= 100.0
    if c.verbatim:
        assert c.score == 100.0
    n_a, n_b = len(tokens(a)), len(tokens(b))
    assert 0 <= c.a_range[0] <= c.a_range[1] <= n_a
    assert 0 <= c.b_range[0] <= c.b_range[1] <= n_b
    assert 0 <= c.content_matched <= c.matched <= min(n_a, n_b)


@SETTINGS
@given(prose)
def test_compare_with_itself_is_verbatim(a: str) -> None:
    c = compare(a, a)
    if tokens(a):
        assert c.verbatim and c.score == 100.0, c
        assert c.a_range == c.b_range == (0, len(tokens(a)))


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["s1", "s2", "s3"]), prose), max_size=8))
def test_align_never_crashes(items: list[tuple[str, str]]) -> None:
    quotes = [Quote(f"{src}-q{n}", src, (), text, 0, 0, "X", "x|") for n, (src, text) in enumerate(items)]
    by_id = {q.id: q for q in quotes}
    links = align(quotes, ["s1", "s2", "s3"])
    for link in links:
        assert by_id[link.a].source != by_id[link.b].source
        assert link.kind in {"verbatim", "variant", "paraphrase"}
        assert 0.0 <= link.score <= 100.0
        if link.kind == "verbatim":
            assert link.score == 100.0
    # Each source pair is linked at most once per quote pair.
    assert len({(link.a, link.b) for link in links}) == len(links)


def test_close_after_earlier_quote_in_same_paragraph() -> None:
    found = extract_text('He called it “a plan. “” Then it failed," she said.')
    check_found([Block("p", 'He called it “a plan. “” Then it failed," she said.', ((0, 0),))], found)
    assert all(f.spans[0].start > 0 for f in found)


# Stories that stress the pages: the same words in many places, quotes with and without a
# speaker, an outlet printing its own words twice.
LINES = ["We will rebuild the harbour.", "Rates stay where they are,", "It is over", "No comment"]
SAYERS = ["Ada Holm", "Holm", "Jo Ruiz", "she", "the ministry", ""]
quoted = st.tuples(st.sampled_from(LINES), st.sampled_from(SAYERS), st.booleans()).map(
    lambda t: (
        (f"“{t[0]}” {t[1]} said." if t[1] else f"“{t[0]}”") if t[2] else (f"{t[1]} said “{t[0]}”" if t[1] else t[0])
    )
)
article_text = st.lists(st.lists(quoted, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=4).map(
    lambda paras: "Title\n\n" + "\n\n".join(paras) + "\n"
)


@SETTINGS
@given(st.lists(article_text, min_size=1, max_size=4))
def test_rendering_random_stories(texts: list[str]) -> None:
    from quotecompare.config import default_templates
    from quotecompare.pipeline import gather, render_site

    sources = []
    for n, text in enumerate(texts):
        try:
            sources.append(parse_article(f"o{n}.txt", text, source_id=f"o{n}"))
        except InputError:
            continue
    if not sources:
        return
    story = gather(sources)
    files = dict(render_site(story, default_templates()))
    assert "index.html" in files and "data/quotes.json" in files
    for source in sources:
        page = files[f"articles/{source.id}.html"]
        # Every quote is highlighted once with its own id, whoever said it.
        for q in story.quotes:
            if q.source == source.id and q.within is None:
                assert page.count(f'id="{q.id}"') == 1, q
    ids = [q.id for q in story.quotes]
    assert len(ids) == len(set(ids))


@SETTINGS
@given(st.text(alphabet="ab_1' ’.,([]Éé\u00a0-", max_size=30))
def test_folded_words_read_as_norms(text: str) -> None:
    """A text of folded words is read at once (split at its spaces) exactly as norms reads it, and any
    text's plain words are folded words that read back to themselves."""
    from quotecompare.text.normalise import folded_norms, norms, plain_words

    assert folded_norms(text) == norms(text)
    words = plain_words(text)
    assert plain_words(words) == " ".join(norms(words))
    assert folded_norms(words) == norms(words)
