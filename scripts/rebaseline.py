"""Refresh the golden output: ``python scripts/rebaseline.py``.

Builds the seed story (``seeds/``) into ``tests/golden/seeds/``, replacing the
site there, as ``python build.py --sources seeds`` does with no base URL.
``tests/test_golden.py`` compares a fresh build with it byte for byte, so a
change that alters the seed site fails there until this is run. Run it only
when the change is meant, read ``git diff tests/golden`` and commit the new
golden files with the change (after a merge, run it again rather than merging
the golden files by hand).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seeds"


def main() -> int:
    env = {k: v for k, v in os.environ.items() if k != "QUOTECOMPARE_BASE_URL"}
    cmd = [sys.executable, str(ROOT / "build.py"), "--sources", str(ROOT / "seeds"), "--out", str(GOLDEN)]
    done = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
    if done.returncode == 0:
        print(f"Rebaselined {GOLDEN.relative_to(ROOT)}: check `git diff --stat tests/golden`, then commit it")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
