"""The package's shape: sub-packages by stage, each importing only the stages below it, no circles, short modules."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "quotecompare"

# Lower layers first; a module may import its own layer (without a circle) or any layer below.
LAYERS = [
    {"text", "models", "errors", "config", "parallel", "progress"},
    {"read"},
    {"attribution"},
    {"align"},
    {"site"},
    {"pipeline"},
    {"archive"},
    {"cli", "__main__"},
]
MAX_LINES = 600


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports (at the top or inside a function)."""
    modules = {_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                base = node.module
                found |= {f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names}
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _layer(module: str) -> int:
    stage = module.split(".")[1] if "." in module else ""
    return next(n for n, layer in enumerate(LAYERS) if stage in layer) if stage else -1


def test_every_module_belongs_to_a_layer() -> None:
    for module in _imports():
        if module != "quotecompare":
            assert _layer(module) >= 0, module


def test_each_stage_imports_only_the_stages_below() -> None:
    upward = [
        (module, imported)
        for module, imports in _imports().items()
        for imported in imports
        if module != "quotecompare" and _layer(imported) > _layer(module)
    ]
    assert upward == []


def test_no_import_circles() -> None:
    graph = _imports()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for nxt in sorted(graph[module]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_no_module_is_longer_than_the_limit() -> None:
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text().splitlines())) > MAX_LINES
    }
    assert long == {}
