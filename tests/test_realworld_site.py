"""The real five-outlet DNC story, built with no manifest (skipped where ../shared/realworld is absent).

The articles are the publishers' text: they are read from beside the
repository at test time, never copied into it. Outlet names and dates come
from the folder's provenance note (SOURCE.txt), which gives each file's
address, and from the articles' own datelines.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quotecompare.cli import main
from tests.conftest import need_shared

DNC = Path(__file__).resolve().parents[2] / "shared" / "realworld" / "newswcl50_dnc_lawsuit_2018"


@pytest.fixture(autouse=True, scope="module")
def _dnc() -> None:
    need_shared(DNC)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dnc") / "site"
    assert not (DNC / "sources.toml").exists()  # built as a new user would: no manifest
    assert main(["--sources", str(DNC), "--out", str(out), "-q"]) == 0
    return out


def test_outlets_carry_their_real_names_and_dates(site: Path) -> None:
    data = json.loads((site / "data/quotes.json").read_text(encoding="utf-8"))
    got = {s["file"]: (s["outlet"], s["date"]) for s in data["sources"]}
    assert got == {
        "breitbart.txt": ("Breitbart", "2018-04-20"),
        "fox.txt": ("Fox News", "2018-04-20"),
        "huffpost-reuters.txt": ("Reuters", None),  # "WASHINGTON (Reuters) -"; its address holds no date
        "nyt.txt": ("The New York Times", "2018-04-20"),
        "usatoday.txt": ("USA Today", "2018-04-20"),
    }


def test_the_title_is_neutral(site: Path) -> None:
    data = json.loads((site / "data/quotes.json").read_text(encoding="utf-8"))
    title = data["story"]["title"]
    assert title.casefold() not in {s["title"].casefold() for s in data["sources"]}
    assert "DESPERATION" not in title


def test_the_index_shows_the_matrix_and_the_chart(site: Path) -> None:
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<section id="coverage"' in index and '<table class="coverage">' in index
    assert index.count('<svg class="bar"') == 5


def test_identical_versions_collapse_and_fragments_are_partial(site: Path) -> None:
    pages = "".join(p.read_text(encoding="utf-8") for p in (site / "speakers").glob("*.html"))
    # A statement printed word for word by three outlets is one line, not three pairwise comparisons.
    assert re.search(
        r'<p class="same"><span class="badge k-verbatim">Verbatim</span> in [^,<]+, [^,<]+, [^<]+</p>', pages
    )
    data = json.loads((site / "data/quotes.json").read_text(encoding="utf-8"))
    partial = [lk for lk in data["links"] if lk["partial"]]
    assert partial and all(lk["kind"] in {"verbatim", "variant", "paraphrase"} for lk in partial)
    assert 'class="partial-of"' in pages and '<mark class="place">' in pages
