"""A normal install works: a wheel built from this checkout, installed without ``-e`` into a fresh
virtual environment, builds the seed site byte for byte as the checkout does.

Slow (it builds a wheel and installs the dependencies from PyPI): ``-m "not slow"`` leaves it out;
``scripts/test`` runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from quotecompare.cli import main
from tests.conftest import ROOT, SEEDS, site_files

# What a wheel is built from: the package, its templates, and the files pyproject.toml names.
PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE")
PROJECT_FOLDERS = ("quotecompare", "templates")


def _run(cmd: list[str | Path], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    assert done.returncode == 0, f"{cmd}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
def test_a_wheel_installed_in_a_fresh_environment_builds_the_same_seed_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A clean copy of what the wheel is made of: no build/ left over in the checkout can slip stale files in.
    project = tmp_path / "project"
    project.mkdir()
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, project / name)
    for name in PROJECT_FOLDERS:
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", wheels, project], tmp_path)
    (wheel,) = wheels.glob("quote_compare-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"quotecompare/templates/404.html", "quotecompare/templates/static/style.css"} <= names
    assert {"quotecompare/templates/archive/index.html", "quotecompare/read/outlets.txt"} <= names
    assert {f"quotecompare/text/{n}.txt" for n in ("places", "given_names", "plural_surnames")} <= names

    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python, command = env_dir / "bin" / "python", env_dir / "bin" / "quote-compare"
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QUOTECOMPARE_BASE_URL", "VIRTUAL_ENV")}
    _run([python, "-m", "pip", "install", "--quiet", wheel], tmp_path, clean)
    where = _run([python, "-c", "import quotecompare; print(quotecompare.__file__)"], tmp_path, clean)
    assert Path(where.strip()).is_relative_to(env_dir), where  # the installed copy, not this checkout

    installed = tmp_path / "installed-site"
    _run([command, "--sources", SEEDS, "--out", installed, "--quiet"], tmp_path, clean)
    monkeypatch.delenv("QUOTECOMPARE_BASE_URL", raising=False)
    checkout = tmp_path / "checkout-site"
    assert main(["--sources", str(SEEDS), "--out", str(checkout), "--quiet"]) == 0
    built, expected = site_files(installed), site_files(checkout)
    assert "index.html" in built and "static/style.css" in built
    assert sorted(n for n in built.keys() | expected.keys() if built.get(n) != expected.get(n)) == []
