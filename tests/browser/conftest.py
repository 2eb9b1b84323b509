"""Fixtures for the browser tests: the seed site built twice, served, and one Chromium.

These tests never skip silently in CI: without Chromium (or Java, for the HTML
checker) they fail when the ``CI`` environment variable is set, and skip with
the reason shown otherwise.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .harness import CHROMIUM, ROOT, WIDE, build_site, launch, require, serve

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> dict[str, Path]:
    """The seed site: ``plain`` as ``python build.py`` makes it, ``pages`` as the Pages workflow does (base URL).

    ``wide`` is the eight-outlet story of ``tests/fixtures/wide``, built as ``plain``.
    """
    tmp = tmp_path_factory.mktemp("sites")
    return {
        "plain": build_site(tmp / "plain"),
        "pages": build_site(tmp / "pages", base_url="/repo/"),
        "wide": build_site(tmp / "wide", sources=WIDE),
    }


@pytest.fixture(scope="session")
def server(built) -> str:
    with serve(built["pages"]) as url:
        yield url


@pytest.fixture(scope="session")
def wide_server(built) -> str:
    with serve(built["wide"]) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    require(Path(CHROMIUM).exists() or bool(shutil.which(CHROMIUM)), f"Chromium ({CHROMIUM})")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
