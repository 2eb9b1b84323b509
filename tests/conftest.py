from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from quotecompare.models import Story
from quotecompare.pipeline import gather
from quotecompare.read.sources import read_sources

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"  # the corpora beside the checkout: seeds, real stories, PolNeAR


def need_shared(path: Path | None, what: str = "") -> Path:
    """``path`` (under ../shared): skipped on a laptop without it; under CI (``$CI`` set) it must be there."""
    if path is not None and path.exists():
        return path
    message = f"{what or path} is not on this machine"
    if os.environ.get("CI"):
        pytest.fail(f"CI must have ../shared beside the checkout: {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def seed_story() -> Story:
    sources, manifest, _ = read_sources(SEEDS)
    return gather(sources, manifest.story_title, manifest.story_summary)


def story_from(folder: Path) -> Story:
    sources, manifest, _ = read_sources(folder)
    return gather(sources, manifest.story_title, manifest.story_summary)


def load_script(path: Path) -> ModuleType:
    """A script of the repository (eval/, benchmarks/) imported as a module, once."""
    name = f"_script_{path.parent.name}_{path.stem}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]
