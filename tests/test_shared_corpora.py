"""Every corpus in ../shared builds, as one story and one article at a time, with no traceback.

The corpora are the publishers' text, never copied into the repository: these
tests skip where ``../shared`` is absent. The one-story builds go through the
command line (so a crash anywhere, writing included, fails here); the
article-at-a-time builds run every stage before writing in memory, which is
where a single odd article shows (a quote whose counterpart has no speaker once
made ``sorted`` compare None with a name while rendering).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quotecompare.config import default_templates
from quotecompare.pipeline import gather, render_site
from quotecompare.read.sources import list_article_files, read_sources
from tests.conftest import ROOT, SHARED, need_shared


def _corpora() -> list[Path]:
    """Folders of articles under ../shared: the seeds, each real story, each PolNeAR split."""
    if not SHARED.is_dir():
        return []
    found = [SHARED / "seeds"]
    found += sorted(p for p in (SHARED / "realworld").glob("*") if p.is_dir())
    found += sorted(p / "text" for p in (SHARED / "polnear").glob("*") if (p / "text").is_dir())
    return [p for p in found if p.is_dir()]


CORPORA = _corpora()


@pytest.fixture(autouse=True, scope="module")
def _shared() -> None:
    need_shared(SHARED if CORPORA else None, "../shared")


def _name(path: Path) -> str:
    return "/".join(path.relative_to(SHARED).parts)


@pytest.mark.parametrize("corpus", CORPORA, ids=_name)
def test_builds_as_one_story(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    run = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "--quiet", "--sources", str(corpus), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    assert (out / "index.html").is_file() and (out / "data/quotes.json").is_file()


@pytest.mark.parametrize("corpus", CORPORA, ids=_name)
def test_builds_one_article_at_a_time(corpus: Path, tmp_path: Path) -> None:
    files, _ = list_article_files(corpus)
    assert files
    templates = default_templates()
    for path in files:
        folder = tmp_path / path.stem
        folder.mkdir()
        (folder / path.name).write_bytes(path.read_bytes())
        sources, manifest, _ = read_sources(folder)
        story = gather(sources, manifest.story_title, manifest.story_summary)
        pages = dict(render_site(story, templates))
        assert "index.html" in pages and f"articles/{sources[0].id}.html" in pages, path.name
