"""`python build.py --sources DIR --out DIR` on a story the code has never seen (text written for the tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HARBOUR = ROOT / "eval/stories/harbour"  # three invented outlets, .txt and .md, invented people


def test_build_script_on_an_unseen_story(tmp_path: Path) -> None:
    out = tmp_path / "site"
    run = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "--sources", str(HARBOUR), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"Built {out}: 3 articles, 17 quotes")
    data = json.loads((out / "data/quotes.json").read_text(encoding="utf-8"))
    speakers = {q["speaker"] for q in data["quotes"]}
    assert speakers == {"Alma Reyes", "Tobias Lindqvist", "Ivo Brandt"}
    for slug in ("alma-reyes", "tobias-lindqvist", "ivo-brandt"):
        page = (out / "speakers" / f"{slug}.html").read_text(encoding="utf-8")
        assert "Gazette" in page and "Herald" in page and "Shoreline Wire" in page
    assert {s["outlet"] for s in data["sources"]} == {"Coastal Gazette", "Bayside Herald", "Shoreline Wire"}
    kinds = {link["kind"] for link in data["links"]}
    assert {"verbatim", "variant"} <= kinds
    # Every link joins quotes of one speaker in two different outlets.
    by_id = {q["id"]: q for q in data["quotes"]}
    for link in data["links"]:
        a, b = (by_id[x] for x in link["quotes"])
        assert a["source"] != b["source"] and a["speaker"] == b["speaker"]
