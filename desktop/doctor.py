"""Self-checks a technician can run (`ai-admin doctor`): each says ok or what to do."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.bridge import node_runtime
from desktop.paths import DataFolderError, DataPaths
from desktop.store.db import Database, DatabaseError, copy_sqlite_file, one_line_error, open_database
from desktop.waiting import within

MIN_PYTHON = (3, 11)


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: `detail` says what was found, `advice` what to do on failure."""

    name: str
    ok: bool
    detail: str
    advice: str = ""


def check_python() -> CheckResult:
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info[:2] >= MIN_PYTHON:
        return CheckResult("python", True, f"Python {version}")
    return CheckResult("python", False, f"Python {version}",
                       "Install Python 3.11 or newer and reinstall AI Admin.")


# The Debian/Ubuntu package of each library Qt's window plugin (xcb) loads; on a minimal Linux
# install libxcb-cursor0, libxcb-icccm4 and libxcb-keysyms1 are the usual missing ones.
WINDOW_LIBRARY_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0",
}
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def _xcb_plugin() -> Path | None:
    """Qt's X11 window plugin in the installed PySide6 (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def check_window_libraries(plugin: Path | None = None, ldd: str | None = None) -> CheckResult:
    """On Linux, every system library the window needs is installed (`ldd` of Qt's xcb plugin).

    Without them the window does not open at all and Qt's own message is cryptic ("could not load
    the Qt platform plugin xcb"); the headless commands keep working.
    """
    if not sys.platform.startswith("linux"):
        return CheckResult("window_libraries", True, "not needed on this system")
    plugin = plugin or _xcb_plugin()
    ldd = ldd or shutil.which("ldd")
    if plugin is None or ldd is None:
        return CheckResult("window_libraries", True,
                           "not checked: " + ("no ldd on this system" if plugin else "Qt's xcb plugin not found"))
    try:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return CheckResult("window_libraries", True, f"not checked: ldd failed ({exc})")
    missing = sorted(set(_NOT_FOUND.findall(done.stdout)))
    if not missing:
        return CheckResult("window_libraries", True, "everything the window needs is installed")
    packages = sorted({WINDOW_LIBRARY_PACKAGES.get(name, name) for name in missing})
    return CheckResult("window_libraries", False, f"missing {', '.join(missing)}: the window cannot open",
                       f"Install them: sudo apt-get install {' '.join(packages)} (on Debian or Ubuntu; "
                       "`ai-admin serve` runs the shop without a window meanwhile).")


NODE_SOURCE_WORDS = {
    node_runtime.SOURCE_BUNDLED: "bundled with AI Admin",
    node_runtime.SOURCE_SYSTEM: "system, from PATH",
    node_runtime.SOURCE_ENV: f"from {node_runtime.NODE_ENV_VAR}",
}


def check_node() -> CheckResult:
    """Node.js 20+; the detail says which runtime is used: bundled, system or configured."""
    try:
        node, source = node_runtime.find_node_and_source()
        version = node_runtime.node_version(node)
    except node_runtime.BridgeSetupError as exc:
        return CheckResult("node", False, "Node.js not usable", str(exc))
    return CheckResult("node", True,
                       f"Node.js {version} ({NODE_SOURCE_WORDS.get(source, source)}) at {node}")


def check_bridge_dependencies() -> CheckResult:
    bridge_dir = node_runtime.DEFAULT_BRIDGE_DIR
    try:
        version = node_runtime.baileys_version(bridge_dir)
    except node_runtime.BridgeSetupError as exc:
        return CheckResult("bridge_dependencies", False, "Baileys not installed", str(exc))
    if not (bridge_dir / "bridge.mjs").is_file():
        return CheckResult("bridge_dependencies", False, "bridge.mjs missing",
                           "Reinstall AI Admin: the bridge script is missing.")
    return CheckResult("bridge_dependencies", True, f"baileys {version} in {bridge_dir}")


def check_bridge_answers(timeout: float = 30.0) -> CheckResult:
    """Start a throw-away bridge on the simulator and ask it for its status."""
    import asyncio

    from desktop.bridge import BridgeError, CompanySession, SessionOptions, SessionState

    async def probe() -> dict:
        with tempfile.TemporaryDirectory(prefix="ai-admin-doctor-") as folder:
            session = CompanySession(0, Path(folder), SessionOptions(transport="sim"))
            try:
                status = await session.start()
                if status.state is SessionState.BRIDGE_FAILED:
                    raise BridgeError(status.message)
                return await session.bridge_status()
            finally:
                await session.shutdown()

    try:
        answer = asyncio.run(within(probe(), timeout))
    except (TimeoutError, BridgeError, OSError) as exc:
        return CheckResult("bridge_starts", False, "the bridge did not answer",
                           f"{exc or 'No answer in time.'} Run `ai-admin doctor` again after "
                           "fixing the checks above; the log has the bridge's own messages.")
    return CheckResult("bridge_starts", True,
                       f"bridge answered in simulator mode (protocol {answer.get('protocol')}, "
                       f"{(answer.get('rss') or 0) / 2**20:.0f} MB)")


def check_data_folder(paths: DataPaths) -> CheckResult:
    try:
        paths.ensure()
        with tempfile.NamedTemporaryFile(dir=paths.sessions_dir, prefix=".doctor-"):
            pass
    except (DataFolderError, OSError) as exc:
        return CheckResult("data_folder", False, f"{paths.root} not writable", str(exc))
    return CheckResult("data_folder", True, f"{paths.root} is writable")


def _damaged_advice(database: Database) -> str:
    backups = database.backups()
    copy = (f" or put back the newest safety copy, {backups[-1].name} (made before a migration; "
            "what came after it is lost): rename it to ai-admin.db") if backups else ""
    return ("The database file has damaged pages. Stop AI Admin and copy the whole data folder "
            "somewhere safe first. Then save what is readable with the sqlite3 tool: "
            "`sqlite3 ai-admin.db .recover | sqlite3 recovered.db`, check it with "
            "`sqlite3 recovered.db \"PRAGMA integrity_check\"` and rename recovered.db to "
            f"ai-admin.db{copy}. Then run `ai-admin doctor` again.")


def _is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _try_migration_on_a_copy(database: Database) -> str | None:
    """Migrate a throw-away copy of the database: None when it works, else the error."""
    source = database.sqlite_file
    if source is None or not source.exists():
        return None
    with tempfile.TemporaryDirectory(prefix="ai-admin-doctor-") as folder:
        copy = Path(folder) / source.name
        copy_sqlite_file(source, copy)
        trial = Database(f"sqlite:///{copy}")
        try:
            trial.migrate()
        except DatabaseError as exc:
            return one_line_error(exc.__cause__) if exc.__cause__ else str(exc)
        finally:
            trial.dispose()
    return None


def check_database(paths: DataPaths) -> CheckResult:
    """Reachable, readable page by page (`PRAGMA quick_check`), and migrated or migratable.

    A data folder AI Admin never started in has no database yet: that is the normal first state,
    not a failure, and the check leaves it so (opening SQLite would create an empty file).
    """
    if paths.database_not_created():
        return CheckResult("database", True,
                           f"not created yet: AI Admin creates {paths.database_file.name} at its first start")
    database = None
    try:
        database = open_database(paths.database_url(), migrate=False)
        current, head = database.current_revision(), database.head_revision()
        health = database.integrity_check(quick=True)
    except (DatabaseError, Exception) as exc:  # noqa: BLE001 - any driver error is a failed check
        if database is not None and _is_damage(exc):
            return CheckResult("database", False, f"damaged: {exc}", _damaged_advice(database))
        return CheckResult("database", False, "database not reachable",
                           f"{exc} Check AI_ADMIN_DATABASE_URL or the data folder.")
    try:
        if health != "ok":
            return CheckResult("database", False, f"damaged pages: {health[:300]}",
                               _damaged_advice(database))
        if current == head:
            return CheckResult("database", True,
                               f"reachable, at the latest migration ({head}), pages intact")
        problem = _try_migration_on_a_copy(database)
        if problem is not None:
            return CheckResult("database", False,
                               f"at migration {current or 'none'}, and migrating it fails: "
                               f"{problem[:300]}", _half_migrated_advice(database, current))
        if current is None:
            return CheckResult("database", True, "reachable and empty: AI Admin creates the tables at its first start")
        return CheckResult("database", False, f"at migration {current}, latest is {head}",
                           "Start AI Admin once: it migrates the database itself (a copy is kept).")
    finally:
        database.dispose()


def _half_migrated_advice(database: Database, current: str | None) -> str:
    """A database an older AI Admin left half-way through a migration (it was stopped in one)."""
    name = database.sqlite_file.name if database.sqlite_file else "ai-admin.db"
    backups = [b for b in database.backups() if current and f".before-{current}-" in b.name]
    backups = backups or database.backups()
    if backups:
        return (f"A migration was interrupted half-way (by an older AI Admin). Stop AI Admin, move "
                f"{name} aside (rename it to {name}.half-migrated), rename the copy made before "
                f"the migration, {backups[-1].name}, to {name} and start AI Admin: it migrates "
                "the copy again. Messages stored after that copy was made are only in the moved file.")
    if current is None:
        return (f"The first start was interrupted while creating the tables (by an older AI "
                f"Admin); the file holds no shop records yet. Move {name} aside (rename it to "
                f"{name}.half-created) and start AI Admin: it creates the tables again.")
    return ("A migration was interrupted half-way (by an older AI Admin) and no copy from before "
            "it is in the data folder. Keep the file and ask for help: the records in it are "
            "readable, the tables need finishing by hand.")


def check_ai_providers(paths: DataPaths, timeout: float = 10.0) -> CheckResult:
    """Each company's AI provider answers (the offline assistant always does)."""
    import asyncio

    from sqlalchemy import select

    from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore
    from desktop.bot.ai.providers import ProviderError, ProviderKind, load_provider_settings, test_provider
    from desktop.store.models import Company
    from desktop.store.settings import SettingsStore

    if paths.database_not_created():
        return CheckResult("ai_provider", True, "no companies yet (the app has not started here)")
    try:
        database = open_database(paths.database_url(), migrate=False)
    except DatabaseError as exc:
        return CheckResult("ai_provider", False, "not checked", str(exc))
    keys = ApiKeyStore(paths.root / FALLBACK_FILE_NAME)
    problems, fine = [], []
    try:
        if database.current_revision() is None:
            return CheckResult("ai_provider", True, "no companies yet (the tables come at the first start)")
        settings = SettingsStore(database)
        with database.session() as session:
            companies = [(c.id, c.name) for c in session.scalars(select(Company))]
        for company_id, name in companies:
            try:
                provider = load_provider_settings(settings, company_id)
            except ProviderError as exc:
                problems.append(f"{name}: {exc}")
                continue
            if provider.kind is ProviderKind.OFFLINE:
                fine.append(f"{name}: offline assistant")
                continue
            stored = keys.load(provider.kind.value, company_id)
            check = asyncio.run(test_provider(provider, stored.value if stored else None,
                                              timeout=timeout))
            (fine if check.ok else problems).append(f"{name}: {check.message}")
    finally:
        database.dispose()
    if problems:
        return CheckResult("ai_provider", False, "; ".join(problems),
                           "Fix the provider on the company's Business page (address, model or "
                           "key), or switch it to the offline assistant.")
    return CheckResult("ai_provider", True, "; ".join(fine) or "no companies yet")


def run_checks(paths: DataPaths,
               extra: list[Callable[[], CheckResult]] | None = None) -> list[CheckResult]:
    """Every check, in the order a technician would fix them."""
    results = [check_python(), check_window_libraries(), check_node(), check_bridge_dependencies()]
    results.append(check_bridge_answers() if results[2].ok and results[3].ok else CheckResult(
        "bridge_starts", False, "not checked", "Fix Node.js and the bridge's packages first."))
    results.append(check_data_folder(paths))
    results.append(check_database(paths) if results[-1].ok else CheckResult(
        "database", False, "not checked", "Fix the data folder first."))
    if results[-1].ok:
        results.append(check_ai_providers(paths))
    for check in extra or []:
        results.append(check())
    return results


def render(results: list[CheckResult], as_json: bool) -> str:
    """Text for the terminal: a JSON document, or one line per check with advice under failures."""
    if as_json:
        return json.dumps({"ok": all(r.ok for r in results),
                           "checks": [asdict(r) for r in results]}, ensure_ascii=False, indent=2)
    lines = []
    for result in results:
        lines.append(f"[{'ok' if result.ok else 'FAIL'}] {result.name}: {result.detail}")
        if not result.ok and result.advice:
            lines.append(f"       -> {result.advice}")
    return "\n".join(lines)
