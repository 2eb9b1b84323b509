"""Guards for the seed build's start-up cost (the timing itself is benchmarks/run.py's job)."""

import ast
import atexit
import gc
import subprocess
import sys
from pathlib import Path

import pytest

from quotecompare import cli

PACKAGE = Path(__file__).resolve().parent.parent / "quotecompare"


def _defines_namedtuple(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ClassDef) and any(isinstance(b, ast.Name) and b.id == "NamedTuple" for b in node.bases)
        for node in tree.body
    )


def _future_annotations(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom)
        and node.module == "__future__"
        and any(alias.name == "annotations" for alias in node.names)
        for node in tree.body
    )


def test_modules_defining_records_evaluate_annotations() -> None:
    """NamedTuple compiles every string annotation: about 0.2 ms more per record (the archive's records)."""
    offenders = []
    records = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if _defines_namedtuple(tree):
            records += 1
            if _future_annotations(tree):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert records >= 1  # the check looks at the right thing
    assert offenders == []


# The seed build, then every record class it defined: NamedTuples (each compiles its __new__ as it is
# defined, ~0.1 ms) and Structs (see quotecompare.models).
_RECORDS_OF_THE_SEED_BUILD = """
import sys
from quotecompare.cli import main
from quotecompare.models import Struct
main(["--sources", sys.argv[1], "--out", sys.argv[2], "--quiet"])
tuples, structs = [], 0
for name, module in list(sys.modules.items()):
    for value in vars(module).values() if name.startswith("quotecompare") else ():
        if isinstance(value, type) and value.__module__ == name:
            if issubclass(value, tuple) and hasattr(value, "_fields"):
                tuples.append(f"{name}.{value.__name__}")
            structs += issubclass(value, Struct)
print(sorted(tuples), structs)
"""


def test_the_seed_build_defines_no_namedtuple(tmp_path: Path) -> None:
    root = PACKAGE.parent
    proc = subprocess.run(
        [sys.executable, "-c", _RECORDS_OF_THE_SEED_BUILD, str(root / "seeds"), str(tmp_path / "site")],
        capture_output=True,
        text=True,
        check=False,
        cwd=root,
    )
    assert proc.returncode == 0, proc.stderr
    tuples, structs = proc.stdout.rsplit(" ", 1)
    assert tuples == "[]"
    assert int(structs) >= 50  # the records were seen


def test_run_freezes_at_exit_and_keeps_the_exit_status(monkeypatch: pytest.MonkeyPatch) -> None:
    registered = []
    monkeypatch.setattr(atexit, "register", registered.append)
    monkeypatch.setattr(cli, "main", lambda: 3)
    with pytest.raises(SystemExit) as exc:
        cli.run()
    assert exc.value.code == 3
    assert registered == [gc.freeze]


def test_program_output_is_complete_with_the_frozen_exit(tmp_path: Path) -> None:
    """Skipping the last collection must not lose buffered output or the site."""
    root = PACKAGE.parent
    proc = subprocess.run(
        [sys.executable, str(root / "build.py"), "--sources", str(root / "seeds"), "--out", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        env={"CI": "1", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"Built {tmp_path / 'site'}: 2 articles, 13 quotes")
    assert (tmp_path / "site" / "data" / "quotes.json").is_file()


def test_the_command_imports_with_the_collector_off_and_turns_it_back_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import quotecompare.__main__ as entry

    seen = []
    monkeypatch.setattr(cli, "run", lambda: seen.append(gc.isenabled()))
    disabled_during_import = []
    real_disable = gc.disable
    monkeypatch.setattr(gc, "disable", lambda: (disabled_during_import.append(True), real_disable()))
    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(gc.isenabled()))  # not the test session's objects
    assert gc.isenabled()
    entry.run()
    assert disabled_during_import == [True]
    assert frozen == [False]  # frozen while the collector is still off
    assert seen == [True]  # the build runs with the collector on
    assert gc.isenabled()


def test_python_dash_m_runs_the_command() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quotecompare", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=PACKAGE.parent,
    )
    assert proc.returncode == 0, proc.stderr
    assert "--sources" in proc.stdout


def test_each_struct_has_its_init_parameters_as_slots() -> None:
    """A Struct's fields are its ``__init__``'s parameters (what it compares, prints, copies and pickles)."""
    import importlib
    import inspect

    from quotecompare.models import Struct

    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    found, todo = [], list(Struct.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
        params = list(inspect.signature(cls.__init__).parameters)[1:]
        assert cls._fields() == tuple(params), cls
        assert sorted(cls.__slots__) == sorted(params), cls
    assert len(found) >= 60
