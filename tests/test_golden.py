"""The seed site, byte for byte, against the golden copy in tests/golden/seeds/.

A change meant to alter the seed site is re-baselined with
``python scripts/rebaseline.py`` and the new golden files are committed with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecompare.cli import main
from tests.conftest import ROOT, SEEDS, site_files

GOLDEN = ROOT / "tests" / "golden" / "seeds"


def test_the_seed_site_is_the_golden_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("QUOTECOMPARE_BASE_URL", raising=False)
    assert main(["--sources", str(SEEDS), "--out", str(tmp_path / "site"), "--quiet"]) == 0
    built, golden = site_files(tmp_path / "site"), site_files(GOLDEN)
    assert "index.html" in golden and "data/quotes.json" in golden
    changed = sorted(name for name in built.keys() | golden.keys() if built.get(name) != golden.get(name))
    assert changed == [], (
        f"the seed site differs from tests/golden/seeds in {changed}: if meant, run scripts/rebaseline.py"
    )
