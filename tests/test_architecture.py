"""The shape docs/architecture.md promises: no import circle in `game/` (counting imports inside functions and
under TYPE_CHECKING too), and no module writes a field of the App (screens go through its methods)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

GAME = ROOT / "game"


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The game modules `path` imports, anywhere in it."""
    found: set[str] = set()
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base]).strip(".")
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != "game":
                found.add(name)
    return found


def _graph() -> dict[str, set[str]]:
    files = {_module(p): p for p in GAME.rglob("*.py")}
    return {name: _imports(path, set(files)) - {name} for name, path in files.items()}


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_import_graph_has_no_circle() -> None:
    graph = _graph()
    assert "game.screens.stack" in graph and "game.app" in graph["game.window"]  # it reads the real tree
    assert _circles(graph) == []


def test_the_circle_finder_finds_a_circle() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_screens_and_the_story_core_do_not_import_the_app() -> None:
    graph = _graph()
    for name, imported in graph.items():
        if name.startswith(("game.screens", "game.ui", "game.render", "game.story", "game.session")):
            assert "game.app" not in imported, name
        if name.startswith("game.story"):
            assert not any(m.startswith(("game.render", "game.ui", "game.screens")) for m in imported), name


def _app_fields() -> set[str]:
    """Every attribute the App sets on itself (self.x = ... in game/app.py)."""
    tree = ast.parse((GAME / "app.py").read_text(encoding="utf-8"))
    app = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "App")
    fields = set()
    for node in ast.walk(app):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, (ast.AugAssign, ast.AnnAssign)) else []
        for target in targets:
            for t in target.elts if isinstance(target, ast.Tuple) else [target]:
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self":
                    fields.add(t.attr)
    return fields


def test_no_module_writes_a_field_of_the_app() -> None:
    """Outside game/app.py, nothing assigns to `app.X`, `self.app.X` or `a.X` (the screens' name for the app)
    where X is one of the App's own fields: they change it through its methods."""
    fields = _app_fields()
    assert {"session", "presenter", "_dirty", "_notice"} <= fields
    written = []
    for path in GAME.rglob("*.py"):
        if path == GAME / "app.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, (ast.AugAssign, ast.AnnAssign)) else []
            for target in targets:
                for t in target.elts if isinstance(target, ast.Tuple) else [target]:
                    if not isinstance(t, ast.Attribute) or t.attr not in fields:
                        continue
                    base = t.value
                    named_app = (isinstance(base, ast.Name) and base.id in ("app", "a")) or (
                        isinstance(base, ast.Attribute) and base.attr == "app")
                    if named_app:
                        written.append(f"{path.relative_to(ROOT)}:{t.lineno} {ast.unparse(t)}")
    assert written == []


def test_the_app_keeps_its_state_private_behind_read_only_views() -> None:
    from game.app import App

    for name in ("screen", "hover", "notice", "notice_age", "card_fade", "running", "dirty", "game_thumb"):
        prop = getattr(App, name)
        assert isinstance(prop, property) and prop.fset is None, name


def test_exit_codes_are_declared_once() -> None:
    """game/exitcodes.py is the one place that gives the exit codes their numbers; commands import them."""
    from game.exitcodes import EXIT_ERRORS, EXIT_OK, EXIT_RUNTIME, EXIT_USAGE

    assert (EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_RUNTIME) == (0, 1, 2, 3)
    declared = []
    for path in GAME.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign):
                names = [t for target in node.targets for t in (target.elts if isinstance(target, ast.Tuple) else [target])]
                if any(isinstance(t, ast.Name) and t.id.startswith("EXIT_") for t in names):
                    declared.append(str(path.relative_to(ROOT)))
    assert sorted(set(declared)) == ["game/exitcodes.py"]


def test_the_logical_frame_size_is_written_once() -> None:
    """game/logical.py gives the 1280×720 frame its size; no other module spells it as a pair of numbers."""
    spelled = []
    for path in GAME.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            values = [e.value for e in node.elts if isinstance(e, ast.Constant)] if isinstance(node, ast.Tuple) else []
            if values[:2] == [1280, 720] or (isinstance(node, ast.Call) and [
                    a.value for a in node.args if isinstance(a, ast.Constant)][2:4] == [1280, 720]):
                spelled.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert spelled == ["game/logical.py:5"]


def test_every_package_of_game_is_in_the_wheel() -> None:
    """pyproject.toml lists the packages by name: a new folder under game/ left out of it installs a game
    that fails at its first import (game.screens once did, in a fresh `pip install .`)."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    packages = {_module(p.parent / "__init__.py") for p in GAME.rglob("__init__.py")}
    assert packages - listed == set()
