"""The running shop: one WhatsApp session per company plus the engine (built by `desktop.bot.shop`).

The window, `ai-admin serve` and `ai-admin simulate` all run the same thing; only what is around
it differs. While it runs, it keeps a snapshot of every company's connection in the settings so
`ai-admin status` (another process) can report it.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import os
import shutil
import signal
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from sqlalchemy import select

from desktop.bot.engine import Engine
from desktop.bot.events import SessionStateChanged
from desktop.bot.operations import Operations
from desktop.bot.outbox import OutboxSender
from desktop.bot.phones import shop_region
from desktop.bridge import CompanySession, SessionOptions, SessionState, SessionStatus
from desktop.bridge.localwa import LocalWhatsApp
from desktop.paths import DataPaths
from desktop.redact import add_phone_regions
from desktop.store.db import Database, existing_row
from desktop.store.models import Company
from desktop.store.settings import SettingsStore

log = logging.getLogger("ai_admin.runtime")

STATUS_KEY = "runtime_status"

# A company linked to the practice WhatsApp: the real Baileys bridge against the app's own local
# WhatsApp server (desktop/bridge/node/localwa), whose state lives in <data folder>/practice-whatsapp/.
PRACTICE = "practice"
PRACTICE_FOLDER = "practice-whatsapp"
TRANSPORTS = ("baileys", "sim", PRACTICE)


STATUS_EVERY_SECONDS = 10.0
# The bridge's saved login (bridge/node/lib/auth-state.mjs) and its last good copy.
CREDENTIAL_FILES = ("creds.json", "creds.last-good.json")
# How long deleting an archived, linked company waits for its bridge to connect, so WhatsApp can
# be told of the logout; past it the login is deleted here only.
LOGOUT_CONNECT_SECONDS = 30.0
# Faults are also kept in a small file beside the database: when the database cannot be
# written (locked by another program), the snapshot in it cannot be either, and `status` is
# exactly when the shop needs to read why.
FAULTS_FILE = "runtime-faults.json"


def read_faults(paths: DataPaths) -> dict:
    """The running app's faults file (`{"app_pid", "updated_at", "companies": {id: ...}}`)."""
    try:
        data = json.loads((paths.root / FAULTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def practice_dir(paths: DataPaths) -> Path:
    """Where the practice WhatsApp keeps its phones, devices and customers."""
    return paths.root / PRACTICE_FOLDER


def status_snapshot(status: SessionStatus, *, outbox_pending: int | None = None,
                    faults: dict | None = None) -> dict:
    """A JSON-friendly picture of one company's connection for `ai-admin status`.

    `faults`: why the outbox is paused (`outbox`) or incoming messages wait (`store`), or None.
    """
    data = {f.name: getattr(status, f.name) for f in fields(status)
            if f.name not in ("next_attempt_at", "blocked_until", "actions", "state", "reason")}
    data["state"] = status.state.value
    # The command line prints English; the code is there for scripts.
    data["reason"] = status.reason.text if status.reason else ""
    data["reason_code"] = status.reason.code if status.reason else None
    data["actions"] = [action.value for action in status.actions]
    for key in ("next_attempt_at", "blocked_until"):
        value = getattr(status, key)
        data[key] = value.isoformat() if value else None
    data["app_pid"] = os.getpid()
    data["updated_at"] = dt.datetime.now(dt.UTC).isoformat()
    if outbox_pending is not None:
        data["outbox_pending"] = outbox_pending
    if faults is not None:
        data["faults"] = faults
    return data


class ShopRuntime:
    """Every company's session and the engine that answers for them."""

    def __init__(self, database: Database, paths: DataPaths, engine: Engine,
                 operations: Operations, *,
                 session_options: Callable[[Company], SessionOptions] | None = None) -> None:
        # Built by the composition root (`desktop.bot.shop.build_shop`) and handed in.
        self.database = database
        self.paths = paths
        self.records = engine.records
        self.engine = engine
        # What staff do in the window: written there, announced on the engine's bus; the
        # company commands start and stop bridges through this runtime.
        self.operations = operations
        operations.use_bridges(self)
        self.settings = SettingsStore(database)
        self._session_options = session_options or self.default_session_options
        self.practice: LocalWhatsApp | None = None  # started when a practice company exists
        self._practice_companies: set[int] = set()
        self.sessions: dict[int, CompanySession] = {}
        self._status_task: asyncio.Task[None] | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._faults_written: dict | None = None

    def default_session_options(self, company: Company) -> SessionOptions:
        """A company's session options from its row: simulator, WhatsApp, or the practice server."""
        if company.transport == PRACTICE:
            if self.practice is None or self.practice.info is None:
                raise RuntimeError("the practice WhatsApp must be started before its companies")
            return SessionOptions(transport="baileys", allow_groups=company.allow_groups,
                                  wa_url=self.practice.url, wa_root_key=self.practice.root_key)
        return SessionOptions(transport=company.transport, allow_groups=company.allow_groups)

    async def ensure_practice(self) -> LocalWhatsApp:
        """Start the practice WhatsApp (once); its companies' bridges connect to it."""
        if self.practice is None:
            self.practice = LocalWhatsApp(practice_dir(self.paths))
        if not self.practice.alive:
            await self.practice.start()
        return self.practice

    def _practice_wanted(self) -> bool:
        with self.database.session() as session:
            return session.scalar(select(Company.id).where(
                Company.transport == PRACTICE, Company.archived_at.is_(None)).limit(1)) is not None

    def is_practice(self, company_id: int) -> bool:
        """True for a company linked to the practice WhatsApp (the local server)."""
        return company_id in self._practice_companies

    async def practice_scan(self, qr: str) -> dict:
        """The practice phone scans a QR code the practice company shows (the window's button)."""
        server = await self.ensure_practice()
        return await server.phone_scan(qr)

    def add_company(self, company: Company) -> CompanySession:
        """Build the session for a company and hand it to the engine (not started yet)."""
        # Numbers customers write without a country code are masked as this shop reads them.
        add_phone_regions([shop_region(company.profile)])
        session = CompanySession(company.id, self.paths.company_auth_dir(company.id),
                                 self._session_options(company),
                                 on_transition=self.engine.record_transition)
        self.sessions[company.id] = session
        if company.transport == PRACTICE:
            self._practice_companies.add(company.id)
        self.engine.attach(company.id, session)
        return session

    def load_companies(self) -> list[int]:
        """Build a session for every company in use (archived ones stay stopped; nothing starts
        yet)."""
        with self.database.session() as session:
            companies = list(session.scalars(select(Company).where(Company.archived_at.is_(None))
                                             .order_by(Company.id)))
            for company in companies:
                session.expunge(company)
        for company in companies:
            if company.id not in self.sessions:
                self.add_company(company)
        return [company.id for company in companies]

    async def start(self, *, connect: bool = True) -> None:
        """Build sessions for every company, start the engine, and connect WhatsApp."""
        if self._practice_wanted():
            await self.ensure_practice()
        self.load_companies()
        await self.engine.start()
        self._unsubscribe = self.engine.bus.subscribe(self._on_event)
        self._status_task = asyncio.get_running_loop().create_task(self._keep_status())
        if connect:
            await asyncio.gather(*(s.start() for s in self.sessions.values()))

    # -- what the window asks for ------------------------------------------------------------

    def session(self, company_id: int) -> CompanySession:
        return self.engine.session(company_id)

    async def add_new_company(self, name: str, profile: dict, transport: str) -> int:
        """Create a company, start answering for it and connect its WhatsApp (or simulator)."""
        if transport == PRACTICE:
            await self.ensure_practice()  # first: a company whose server cannot start is not created
        def write() -> Company:
            with self.database.session() as session:
                company = Company(name=name, profile=profile, transport=transport)
                session.add(company)
                session.flush()
                session.expunge(company)
                return company

        company = await asyncio.to_thread(write)  # off the event loop, as every staff command
        self.add_company(company)
        await self.engine.start_company(company.id)
        await self.sessions[company.id].start()
        log.info("Added company %r (%s)", name, transport, extra={"company_id": company.id})
        return company.id

    # -- archiving, restoring and deleting (`Operations` asks; it writes the rows) --------------

    async def stop_company(self, company_id: int) -> None:
        """Stop answering for a company and shut its bridge down (it is archived or about to be
        deleted); returns once the bridge has exited. Nothing else is touched."""
        session = self.sessions.pop(company_id, None)
        await self.engine.detach(company_id)
        self._practice_companies.discard(company_id)
        if session is not None:
            await session.shutdown()
            log.info("Stopped the company's bridge", extra={"company_id": company_id})

    async def start_company(self, company_id: int) -> None:
        """Answer for a company again (restored from the archive): a new session, its outbox
        and its bridge started."""
        if company_id in self.sessions:
            return

        def read() -> Company:
            with self.database.session() as session:
                company = session.get(Company, company_id)
                if company is None:
                    raise LookupError(f"company {company_id} does not exist")
                session.expunge(company)
                return company

        company = await asyncio.to_thread(read)
        if company.transport == PRACTICE:
            await self.ensure_practice()
        self.add_company(company)
        await self.engine.start_company(company_id)
        await self.sessions[company_id].start()
        log.info("Started the company's bridge again", extra={"company_id": company_id})

    def _session_folder(self, company_id: int) -> Path:
        # Not `paths.company_auth_dir`, which creates the folder it names.
        return self.paths.sessions_dir / f"company_{int(company_id)}"

    def has_saved_login(self, company_id: int) -> bool:
        """True when this computer is linked to the company's WhatsApp: a running session says
        so, else the saved credentials name the linked account (`me`, written once linked;
        the bridge writes credentials before linking too)."""
        session = self.sessions.get(company_id)
        if session is not None and (session.status().me or session.status().registered):
            return True
        for name in CREDENTIAL_FILES:
            try:
                creds = json.loads((self._session_folder(company_id) / name)
                                   .read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(creds, dict) and creds.get("me"):
                return True
        return False

    async def log_out_company(self, company_id: int,
                              connect_timeout: float = LOGOUT_CONNECT_SECONDS) -> bool:
        """Unlink the company's WhatsApp when this computer keeps a login for it; True when it
        did. The bridge tells WhatsApp, so the shop's phone drops this computer from its linked
        devices; an archived company's bridge is started for just that (not answering)."""
        if not await asyncio.to_thread(self.has_saved_login, company_id):
            return False
        session = self.sessions.get(company_id)
        if session is not None:
            await session.logout()
            return True

        def read() -> Company:
            with self.database.session() as db:
                company = existing_row(db, Company, company_id)
                db.expunge(company)
                return company

        company = await asyncio.to_thread(read)
        if company.transport == PRACTICE:
            await self.ensure_practice()
        session = CompanySession(company_id, self.paths.company_auth_dir(company_id),
                                 self._session_options(company))
        try:
            await session.start()
            # Not connected in time (no network): the login is still deleted here.
            await session.wait_for_state({SessionState.CONNECTED}, connect_timeout)
            await session.logout()
        finally:
            await session.shutdown()
        return True

    def remove_session_folder(self, company_id: int) -> None:
        """Delete the company's session folder (its saved WhatsApp login) from the data folder;
        only that company's folder. Blocking: run off the event loop."""
        folder = self._session_folder(company_id)
        if folder.exists():
            shutil.rmtree(folder)

    async def kill_bridge(self, company_id: int) -> None:
        """Simulate a crash: kill the company's bridge process without warning; returns once
        the process has ended (the session's own recovery takes it from there)."""
        process = self.session(company_id).process
        if process is not None and process.alive and process.pid:
            # Not process.kill(): that counts as a requested stop, and a crash must not.
            os.kill(process.pid, getattr(signal, "SIGKILL", signal.SIGTERM))
            await process.wait()

    async def stop(self) -> None:
        """Stop answering and shut every bridge down cleanly."""
        if self._status_task is not None:
            self._status_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._status_task
        if self._unsubscribe is not None:
            self._unsubscribe()
        await self.engine.stop()
        await asyncio.gather(*(s.shutdown() for s in self.sessions.values()),
                             return_exceptions=True)
        # Waited for: the last snapshot says "stopped" before the database closes.
        await self.database.run(self._snapshots_writer(
            {company_id: session.status() for company_id, session in self.sessions.items()}))
        with contextlib.suppress(OSError):  # stopped: nothing waits in this app any more
            (self.paths.root / FAULTS_FILE).unlink()
        if self.practice is not None:
            await self.practice.shutdown()

    def _on_event(self, event: object) -> None:
        # Not for a company stopped meanwhile (archived or deleted: a late snapshot would write
        # a deleted company's settings again).
        if isinstance(event, SessionStateChanged) and event.company_id in self.sessions:
            self._save_snapshots({event.company_id: event.status})

    def faults(self, company_id: int) -> dict:
        """Why this company's replies or incoming messages wait right now (None: they do not).

        `outbox`: the sender's database fault (`OutboxSender.fault`); `store`: why incoming
        messages cannot be stored (`Engine.store_fault`, the same for every company).
        """
        return {"outbox": self.engine.sender(company_id).fault, "store": self.engine.store_fault}

    def write_status(self) -> None:
        """Save the faults file now and hand every company's snapshot to the database thread
        (also done every 10 s)."""
        self._write_faults()
        self._save_snapshots({company_id: session.status()
                              for company_id, session in self.sessions.items()})

    def _write_faults(self) -> None:
        faults = {str(company_id): self.faults(company_id) for company_id in self.sessions}
        if faults == self._faults_written:
            return
        target = self.paths.root / FAULTS_FILE
        temp = target.with_name(f".{FAULTS_FILE}.{os.getpid()}")
        try:
            temp.write_text(json.dumps({
                "app_pid": os.getpid(), "updated_at": dt.datetime.now(dt.UTC).isoformat(),
                "companies": faults}), encoding="utf-8")
            os.replace(temp, target)
            self._faults_written = faults
        except OSError as exc:  # a full disk: the log and the window still say it
            log.warning("Could not save the faults file: %s", exc)
            with contextlib.suppress(OSError):
                temp.unlink()

    def _save_snapshots(self, statuses: dict[int, SessionStatus]) -> None:
        # Not awaited: a locked database holds up the snapshot on the database thread (for its
        # busy timeout), never the loop; the faults file already says why.
        self.database.submit(self._snapshots_writer(statuses))

    def _snapshots_writer(self, statuses: dict[int, SessionStatus]) -> Callable[[], None]:
        """The snapshots' writes, for the database thread: what the loop knows (states,
        faults) is taken now, on the loop; the thread adds the outbox counts and writes."""
        faults = {company_id: self.faults(company_id) for company_id in statuses}
        senders = {company_id: self.engine.sender(company_id) for company_id in statuses}

        def write() -> None:
            for company_id, status in statuses.items():
                self._write_status(company_id, status, senders[company_id], faults[company_id])

        return write

    def _write_status(self, company_id: int, status: SessionStatus, sender: OutboxSender,
                      faults: dict) -> None:
        try:
            pending = sender.pending_count()
        except Exception:  # noqa: BLE001 - the snapshot is still worth having without it
            pending = None
        try:
            self.settings.set(STATUS_KEY, status_snapshot(
                status, outbox_pending=pending, faults=faults), company_id=company_id)
        except Exception:  # noqa: BLE001 - a status snapshot is never worth stopping for
            log.exception("Could not save the status snapshot", extra={"company_id": company_id})

    async def _keep_status(self) -> None:
        while True:
            self.write_status()
            await asyncio.sleep(STATUS_EVERY_SECONDS)
