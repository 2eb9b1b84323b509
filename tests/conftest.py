from __future__ import annotations

from pathlib import Path

import pytest

from quotecompare.build import gather
from quotecompare.contents import Story
from quotecompare.readers import read_sources

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_story() -> Story:
    sources, manifest, _ = read_sources(SEEDS)
    return gather(sources, manifest.story_title, manifest.story_summary)


def story_from(folder: Path) -> Story:
    sources, manifest, _ = read_sources(folder)
    return gather(sources, manifest.story_title, manifest.story_summary)
