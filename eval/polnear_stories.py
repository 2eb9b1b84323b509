"""Score PolNeAR train built as ten stories of about 84 articles, the held-back test split's size.

``python eval/polnear_stories.py [--stories 10]``. Built as one story, train's 835
unrelated articles lend each other names; a user's story, like the test split, is
a few dozen articles. The articles (sorted by file name) are dealt round-robin
into the stories, each built with ``build.py --sources``, and the corpus's own
``score.py`` scores them all together. Prints the scorer's recall, precision
and named-speaker lines.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Where eval/evaluate.py looks for it too.
POLNEAR = Path(os.environ.get("QUOTECOMPARE_POLNEAR") or ROOT.parent / "shared" / "polnear")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=10, help="how many stories to deal train into")
    args = parser.parse_args(argv)
    polnear = POLNEAR
    if not (polnear / "score.py").is_file():
        print(f"PolNeAR is not at {polnear} (set QUOTECOMPARE_POLNEAR)", file=sys.stderr)
        return 2
    files = sorted((polnear / "train" / "text").glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="qc-polnear-") as tmp:
        work = Path(tmp)
        for n in range(args.stories):
            story = work / "in" / f"story{n}"
            story.mkdir(parents=True)
            for f in files[n :: args.stories]:
                shutil.copy(f, story / f.name)
            out = work / "out" / f"story{n}"
            build = [sys.executable, str(ROOT / "build.py"), "--quiet", "--sources", str(story), "--out", str(out)]
            subprocess.run(build, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        score = [sys.executable, str(polnear / "score.py"), str(polnear / "train"), str(work / "out")]
        result = subprocess.run(score, check=True, capture_output=True, text=True)
    for line in result.stdout.splitlines():
        if line.startswith(("recall ", "precision", "speaker")):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
