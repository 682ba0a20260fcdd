"""House rule: the engine layers (store, bridge, bot) never import Qt, so they run headless."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

ENGINE_PACKAGES = ("store", "bridge", "bot")
FORBIDDEN = ("PySide6", "qasync", "shiboken6")


def _engine_sources() -> list[Path]:
    files = []
    for package in ENGINE_PACKAGES:
        files += sorted((REPO_ROOT / "desktop" / package).rglob("*.py"))
    return files


@pytest.mark.parametrize("source", _engine_sources(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_engine_module_has_no_qt_import(source: Path) -> None:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            assert name.split(".")[0] not in FORBIDDEN, f"{source.name} imports {name}"


def test_importing_the_engine_loads_no_qt() -> None:
    modules = [
        ".".join(path.relative_to(REPO_ROOT).with_suffix("").parts)
        for path in _engine_sources()
        if "migrations" not in path.parts
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        f"loaded = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}]\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO_ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def _view_sources() -> list[Path]:
    return sorted((REPO_ROOT / "desktop" / "views").rglob("*.py"))


# The store's session and settings modules: a view reads through `bot/queries.py` and
# `bot/preferences.py` and writes through `bot/operations.py`, never through these.
STORE_ACCESS = ("desktop.store.db", "desktop.store.settings")


def _imported_at_run_time(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, module) of every import outside `if TYPE_CHECKING:` blocks (those are types only)."""
    types_only = {id(node) for block in ast.walk(tree)
                  if isinstance(block, ast.If) and isinstance(block.test, ast.Name)
                  and block.test.id == "TYPE_CHECKING"
                  for statement in block.body for node in ast.walk(statement)}
    imported = []
    for node in ast.walk(tree):
        if id(node) in types_only:
            continue
        if isinstance(node, ast.Import):
            imported += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.append((node.lineno, node.module))
            # `from desktop.store import settings` names the module too
            imported += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return imported


@pytest.mark.parametrize("source", _view_sources(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_view_module_opens_no_database_session(source: Path) -> None:
    """House rule: views read through the engine's read models and change things through its
    commands (`bot/queries.py`, `bot/operations.py`); they open no session and build no SQL."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        # `database.session()` takes no arguments; `runtime.session(company_id)` is a WhatsApp session
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not node.args:
            assert node.func.attr != "session", f"{source.name}:{node.lineno} opens a database session"
        if isinstance(node, ast.ImportFrom) and node.module:
            # make_url only reads a URL (to show where the database is, password hidden)
            assert not node.module.startswith("sqlalchemy") or node.module == "sqlalchemy.engine", \
                f"{source.name}:{node.lineno} imports {node.module}"
        if isinstance(node, ast.Import):
            assert not any(alias.name.startswith("sqlalchemy") for alias in node.names), \
                f"{source.name}:{node.lineno} imports SQLAlchemy"


@pytest.mark.parametrize("source", _view_sources(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_view_module_imports_neither_the_store_session_nor_the_settings(source: Path) -> None:
    """House rule: no view opens the store or its settings at run time (a type under
    TYPE_CHECKING is fine); the window's preferences are `bot/preferences.py` and `Operations`."""
    for line, module in _imported_at_run_time(ast.parse(source.read_text(encoding="utf-8"))):
        assert module not in STORE_ACCESS, \
            f"{source.name}:{line} imports {module}"


def test_the_store_rule_sees_imports_but_not_types_only_ones() -> None:
    imports = _imported_at_run_time(ast.parse(
        "from typing import TYPE_CHECKING\n"
        "from desktop.store.settings import SettingsStore\n"
        "from desktop.store import db\n"
        "if TYPE_CHECKING:\n"
        "    from desktop.store.models import Customer\n"))
    modules = {module for _, module in imports}
    assert {"desktop.store.settings", "desktop.store.db"} <= modules
    assert "desktop.store.models" not in modules
