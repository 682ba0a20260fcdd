"""The headless commands: `simulate`, `serve` and `status` (no Qt is imported here)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import os
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from desktop import APP_NAME
from desktop.bot.profile import ProfileError, load_profile
from desktop.bot.responder import Responder
from desktop.bot.scenario import ScenarioError, load_scenario
from desktop.instance import AlreadyRunningError, InstanceLock
from desktop.logs import setup_logging
from desktop.paths import DATABASE_URL_ENV, DataPaths
from desktop.resources import demo_profile_path
from desktop.store.db import Database, DatabaseError, open_database
from desktop.store.models import Company, SessionEvent
from desktop.store.settings import SettingsStore

log = logging.getLogger("ai_admin.cli")


class DeferredResponder:
    """The AI receptionist, built on first use: the agents SDK takes over a second to import,
    which would otherwise hold up the window appearing. `warm_up()` builds it in a thread."""

    def __init__(self, build: Callable[[], Responder]) -> None:
        self._build = build
        self._real: Responder | None = None
        self._building: asyncio.Lock | None = None

    @property
    def real(self) -> Responder:
        if self._real is None:
            self._real = self._build()
        return self._real

    @property
    def factory(self):
        """The agent cache of the real responder (the profile editor drops entries from it)."""
        return getattr(self.real, "factory", None)

    async def warm_up(self) -> None:
        if self._real is not None:
            return
        if self._building is None:
            self._building = asyncio.Lock()
        async with self._building:
            if self._real is None:
                built = await asyncio.get_running_loop().run_in_executor(None, self._build)
                self._real = self._real or built

    async def reply(self, request):
        await self.warm_up()
        return await self._real.reply(request)


def default_responder(paths: DataPaths | None = None,
                      database: Database | None = None) -> Responder:
    """The AI receptionist: each company's own provider (the offline assistant unless set).

    Without `database`, the shop's database in `paths` (default: this user's data folder) is
    opened on the first answer (by then the engine has created and migrated it).
    """
    from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore
    from desktop.paths import default_data_paths

    paths = paths or default_data_paths()
    keys = ApiKeyStore(paths.root / FALLBACK_FILE_NAME)

    def build() -> Responder:
        from desktop.bot.ai.responder import AgentResponder

        if database is not None:
            return AgentResponder(database, keys=keys)
        return AgentResponder(lambda: open_database(paths.database_url(), migrate=False),
                              keys=keys)

    return DeferredResponder(build)


def _fail(message: str, code: int = 2) -> int:
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    return code


def run_simulate(scenario: Path, profile_path: Path | None, now: dt.datetime | None,
                 as_json: bool, data_dir: Path | None) -> int:
    """`ai-admin simulate`: everything is checked before anything runs."""
    from desktop.bot.simulate import SimulationError, render_line, simulate

    try:
        steps = load_scenario(scenario)
    except ScenarioError as exc:
        return _fail(f"{scenario}: {exc}")
    try:
        profile = load_profile(profile_path or demo_profile_path())
    except ProfileError as exc:
        return _fail(f"profile {profile_path or demo_profile_path()}: {exc}")

    def emit(line: dict[str, Any]) -> None:
        print(json.dumps(line, ensure_ascii=False) if as_json else render_line(line), flush=True)

    with contextlib.ExitStack() as stack:
        if data_dir is None:
            data_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ai-admin-sim-")))
        setup_logging(DataPaths(data_dir).ensure().logs_dir, console=False)
        try:
            asyncio.run(simulate(steps, profile, data_dir, default_responder(DataPaths(data_dir)),
                                 emit, now=now))
        except (SimulationError, DatabaseError) as exc:
            return _fail(str(exc), 1)
    return 0


def run_serve(paths: DataPaths) -> int:
    """`ai-admin serve`: the receptionist for every company with no window, until Ctrl+C."""
    from desktop.bot.runtime import ShopRuntime

    paths.ensure()
    setup_logging(paths.logs_dir)
    lock = InstanceLock(paths.lock_file)
    try:
        lock.acquire()
    except AlreadyRunningError as exc:
        return _fail(f"{exc} Stop it first: two would fight over the same WhatsApp session.", 3)
    try:
        database = open_database(paths.database_url())
    except DatabaseError as exc:
        lock.release()
        return _fail(str(exc))

    async def serve() -> None:
        runtime = ShopRuntime(database, paths, default_responder(paths, database))
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows has no signal handlers here
                loop.add_signal_handler(sig, stop.set)
        await runtime.start()
        log.info("%s is serving %d companies with no window; Ctrl+C stops it", APP_NAME,
                 len(runtime.sessions))
        try:
            await stop.wait()
        finally:
            log.info("Shutting down: stopping the bridges")
            await runtime.stop()

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass
    finally:
        database.dispose()
        lock.release()
    return 0


def run_status(paths: DataPaths, as_json: bool) -> int:
    """`ai-admin status`: the running instance's snapshot, or what the database knows."""
    from desktop.bot.engine import outbox_counts
    from desktop.bot.records import ConversationRecords

    lock = InstanceLock(paths.lock_file)
    running = paths.root.exists() and lock.is_held_elsewhere()
    not_ready = ("the database is not set up yet (or needs migrating): start AI Admin once, or "
                 "run `ai-admin doctor`.")
    if paths.database_url().startswith("sqlite") and not paths.database_file.exists() and \
            not os.environ.get(DATABASE_URL_ENV):
        return _fail(not_ready, 1)
    try:
        database = open_database(paths.database_url(), migrate=False)
        if not database.is_up_to_date():
            database.dispose()
            return _fail(not_ready, 1)
    except (DatabaseError, SQLAlchemyError) as exc:
        return _fail(f"the database cannot be read ({exc}).", 1)
    settings = SettingsStore(database)
    records = ConversationRecords(database)
    companies = []
    try:
        with database.session() as session:
            rows = list(session.scalars(select(Company).order_by(Company.id)))
            for company in rows:
                last_close = session.scalar(
                    select(SessionEvent).where(SessionEvent.company_id == company.id,
                                               SessionEvent.code.is_not(None))
                    .order_by(SessionEvent.id.desc()).limit(1))
                last = session.scalar(select(SessionEvent).where(
                    SessionEvent.company_id == company.id).order_by(SessionEvent.id.desc())
                    .limit(1))
                snapshot = settings.get("runtime_status", company_id=company.id) or {}
                live = running and bool(snapshot)
                companies.append({
                    "id": company.id, "name": company.name, "transport": company.transport,
                    "state": snapshot.get("state") if live else (
                        last.to_state if last else "stopped"),
                    "live": live,
                    "explanation": snapshot.get("explanation") if live else None,
                    "can_send": bool(snapshot.get("can_send")) if live else False,
                    "bridge_pid": snapshot.get("pid") if live else None,
                    "uptime_s": round(snapshot.get("uptime_s") or 0) if live else None,
                    "last_disconnect": {"code": last_close.code, "reason": last_close.reason,
                                        "at": last_close.at.isoformat()} if last_close else None,
                    "outbox": outbox_counts(records, company.id),
                })
    finally:
        database.dispose()
    report = {"running": running, "app_pid": lock.holder_pid() if running else None,
              "companies": companies}
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"{APP_NAME} is running (process {report['app_pid']})." if running else
          f"{APP_NAME} is not running; this is what the database last knew.")
    for c in companies:
        print(f"\n{c['name']} (company {c['id']}, {c['transport']})")
        print(f"  state: {c['state']}" + (f" — {c['explanation']}" if c["explanation"] else ""))
        print(f"  can send: {'yes' if c['can_send'] else 'no'}")
        if c["bridge_pid"]:
            print(f"  bridge: process {c['bridge_pid']}, up {c['uptime_s']} s")
        if c["last_disconnect"]:
            d = c["last_disconnect"]
            print(f"  last disconnect: code {d['code']} at {d['at']}: {d['reason']}")
        o = c["outbox"]
        print(f"  outbox: {o['sent']} sent, {o['failed']} failed, {o['pending']} pending")
    return 0
