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
    """``path`` (under ../shared): skipped on a laptop without it; under CI (``$CI`` set) it must be there.

    ``QUOTECOMPARE_NO_SHARED=1`` says the corpora cannot be there (the Pages workflow on GitHub, where
    they are not published): those tests then skip under CI too, by that explicit choice.
    """
    if path is not None and path.exists():
        return path
    message = f"{what or path} is not on this machine"
    if os.environ.get("CI") and not os.environ.get("QUOTECOMPARE_NO_SHARED"):
        pytest.fail(f"CI must have ../shared beside the checkout: {message}", pytrace=False)
    pytest.skip(message)


def need_module(name: str) -> None:
    """Import ``name`` for a test: skipped on a laptop without it; under CI (``$CI`` set) it must be installed
    (``bash scripts/test`` installs the test extras, dask[distributed] among them)."""
    try:
        __import__(name)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have {name} installed (bash scripts/test installs the test extras)", pytrace=False)
        pytest.skip(f"{name} is not installed (bash scripts/test installs it)")


def site_files(folder: Path) -> dict[str, bytes]:
    """Every file of a built site by relative path, with its bytes (symbolic links included, as links)."""
    return {
        p.relative_to(folder).as_posix(): os.readlink(p).encode() if p.is_symlink() else p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() or p.is_symlink()
    }


def story_from(folder: Path) -> Story:
    """A folder's story as the pipeline gathers it (its records left out)."""
    sources, manifest, _ = read_sources(folder)
    return gather(sources, manifest.story_title, manifest.story_summary)


@pytest.fixture(scope="session")
def seed_story() -> Story:
    return story_from(SEEDS)


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
