"""The headless commands: `simulate`, `serve`, `status`, `companies`, `link`, `backup` and `restore`
(no Qt is imported here)."""

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
from desktop.bot.scenario import ScenarioError, load_scenario
from desktop.instance import AlreadyRunningError, InstanceLock
from desktop.logs import setup_logging
from desktop.paths import DATABASE_URL_ENV, DataFolderError, DataPaths
from desktop.reason import stored_english
from desktop.redact import remove_secrets_from_text
from desktop.resources import demo_profile_path
from desktop.store.db import Database, DatabaseError, one_line_error, open_database
from desktop.store.models import Company, SessionEvent
from desktop.store.settings import SettingsStore
from desktop.waiting import within

log = logging.getLogger("ai_admin.cli")


def _fail(message: str, code: int = 2) -> int:
    print(f"{APP_NAME}: {remove_secrets_from_text(message)}", file=sys.stderr)
    return code


def run_simulate(scenario: Path, profile_path: Path | None, now: dt.datetime | None,
                 as_json: bool, data_dir: Path | None, whatsapp: str = "sim") -> int:
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
        # A hand-off reason may quote a provider's error, and that may quote the API key.
        text = json.dumps(line, ensure_ascii=False) if as_json else render_line(line)
        print(remove_secrets_from_text(text), flush=True)

    with contextlib.ExitStack() as stack:
        if data_dir is None:
            data_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ai-admin-sim-")))
        paths = DataPaths(data_dir).ensure()
        # The same rule as the app's: one AI Admin per data folder, or two bridges would run on
        # the same WhatsApp session.
        lock = InstanceLock(paths.lock_file)
        try:
            lock.acquire()
        except AlreadyRunningError as exc:
            return _fail(f"{exc} Stop it first, or simulate without --data (a throw-away "
                         "folder).", 3)
        stack.callback(lock.release)
        setup_logging(paths.logs_dir, console=False)
        try:
            # No responder given: the AI receptionist answers, as in the window.
            asyncio.run(simulate(steps, profile, data_dir, None, emit, now=now, whatsapp=whatsapp))
        except (SimulationError, DatabaseError) as exc:
            return _fail(str(exc), 1)
    return 0


def run_serve(paths: DataPaths) -> int:
    """`ai-admin serve`: the receptionist for every company with no window, until Ctrl+C (with
    the daily backups)."""
    from desktop.backup import shop_daily_backups
    from desktop.bot.shop import build_shop

    paths.ensure()
    setup_logging(paths.logs_dir)
    lock = InstanceLock(paths.lock_file)
    try:
        lock.acquire()
    except AlreadyRunningError as exc:
        return _fail(f"{exc} Stop it first: two would fight over the same WhatsApp session.", 3)
    try:
        shop = build_shop(paths)
    except DatabaseError as exc:
        lock.release()
        return _fail(str(exc))

    async def serve() -> None:
        runtime = shop.runtime
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows has no signal handlers here
                loop.add_signal_handler(sig, stop.set)
        await runtime.start()
        log.info("%s is serving %d companies with no window; Ctrl+C stops it", APP_NAME,
                 len(runtime.sessions))
        backups = asyncio.ensure_future(shop_daily_backups(paths, shop.database).run())
        try:
            await stop.wait()
        finally:
            backups.cancel()
            log.info("Shutting down: stopping the bridges")
            await runtime.stop()

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass
    finally:
        shop.close()
        lock.release()
    return 0


def _status_unavailable(as_json: bool, message: str, database: str, *, running: bool = False,
                        code: int = 1) -> int:
    """`status` could not read the shop: the reason on stderr and, with --json, still a JSON report."""
    if as_json:
        print(json.dumps({"running": running, "app_pid": None, "companies": [], "database": database,
                          "error": remove_secrets_from_text(message)}, ensure_ascii=False, indent=2))
    return _fail(message, code)


def run_status(paths: DataPaths, as_json: bool) -> int:
    """`ai-admin status`: the running instance's snapshot, or what the database knows.

    With --json it always prints one JSON document, whatever state the data folder is in: a
    script watching the shop reads `database` ("ready", "not_created", "needs_migration",
    "unreadable") and `error` instead of parsing sentences.
    """
    from desktop.bot.engine import outbox_counts
    from desktop.bot.records import ConversationRecords
    from desktop.bot.runtime import read_faults

    try:
        paths.check_usable()  # a file in the folder's place: one line, not a traceback
    except DataFolderError as exc:
        return _status_unavailable(as_json, str(exc), "unreadable", code=2)
    lock = InstanceLock(paths.lock_file)
    try:
        running = paths.root.exists() and lock.is_held_elsewhere()
    except OSError as exc:
        return _status_unavailable(as_json, f"the data folder {paths.root} cannot be read "
                                            f"({exc.strerror or exc}).", "unreadable")
    if paths.database_not_created():
        # A brand-new data folder: nothing is wrong, AI Admin has just not started here yet.
        if as_json:
            print(json.dumps({"running": running, "app_pid": lock.holder_pid() if running else None,
                              "companies": [], "database": "not_created"}, indent=2))
        else:
            print(f"{APP_NAME} has not started with this data folder yet ({paths.root}): it creates "
                  "the database at its first start.")
        return 0
    not_ready = ("the database is not set up yet (or needs migrating): start AI Admin once, or "
                 "run `ai-admin doctor`.")
    try:
        database = open_database(paths.database_url(), migrate=False)
        if not database.is_up_to_date():
            database.dispose()
            return _status_unavailable(as_json, not_ready, "needs_migration", running=running)
    except DatabaseError as exc:
        return _status_unavailable(as_json, str(exc), "unreadable", running=running)
    except SQLAlchemyError as exc:
        return _status_unavailable(as_json, f"the database cannot be read ({one_line_error(exc)}). "
                                            "Run `ai-admin doctor`.", "unreadable", running=running)
    settings = SettingsStore(database)
    records = ConversationRecords(database)
    companies = []
    # The faults file is written even when the database cannot be: trusted from this app only.
    fault_file = read_faults(paths) if running else {}
    if fault_file.get("app_pid") != lock.holder_pid():
        fault_file = {}
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
                faults = (fault_file.get("companies") or {}).get(str(company.id)) or \
                    (snapshot.get("faults") if live else None) or {}
                companies.append({
                    "id": company.id, "name": company.name, "transport": company.transport,
                    "state": snapshot.get("state") if live else (
                        last.to_state if last else "stopped"),
                    "live": live,
                    "explanation": snapshot.get("explanation") if live else None,
                    "can_send": bool(snapshot.get("can_send")) if live else False,
                    "bridge_pid": snapshot.get("pid") if live else None,
                    "uptime_s": round(snapshot.get("uptime_s") or 0) if live else None,
                    "last_disconnect": {"code": last_close.code, "reason": stored_english(last_close.reason),
                                        "at": last_close.at.isoformat()} if last_close else None,
                    "outbox": outbox_counts(records, company.id),
                    "outbox_fault": faults.get("outbox") if running else None,
                    "store_fault": faults.get("store") if running else None,
                })
    except SQLAlchemyError as exc:
        return _status_unavailable(as_json, f"the database cannot be read ({one_line_error(exc)}). "
                                            "Run `ai-admin doctor`.", "unreadable", running=running)
    finally:
        database.dispose()
    report = {"running": running, "app_pid": lock.holder_pid() if running else None,
              "companies": companies, "database": "ready"}
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
        if c["outbox_fault"]:
            print(f"  outbox paused: {c['outbox_fault']} (replies wait, none is lost)")
        if c["store_fault"]:
            print(f"  messages waiting: {c['store_fault']} (they wait in order and are stored once it works)")
    return 0


# ---------------------------------------------------------------------------------------------
# Companies and headless linking
# ---------------------------------------------------------------------------------------------


def _open_shop_database(paths: DataPaths) -> Database:
    paths.ensure()
    return open_database(paths.database_url())


def run_companies_add(paths: DataPaths, name: str, transport: str, profile_path: Path | None) -> int:
    """`ai-admin companies add NAME`: a new company (it connects at the next start, or `link`)."""
    from desktop.bot.runtime import TRANSPORTS

    name = name.strip()
    if not name:
        return _fail("the company needs a name.")
    if transport not in TRANSPORTS:
        return _fail(f"unknown transport {transport!r}: use one of {', '.join(TRANSPORTS)}.")
    source = profile_path or demo_profile_path()
    try:
        load_profile(source)  # checked first: the company stores the file as written
        profile = json.loads(source.read_text(encoding="utf-8"))
    except ProfileError as exc:
        return _fail(f"profile {source}: {exc}")
    try:
        database = _open_shop_database(paths)
    except DatabaseError as exc:
        return _fail(str(exc))
    try:
        with database.session() as session:
            if session.scalar(select(Company.id).where(Company.name == name)) is not None:
                return _fail(f"a company named {name!r} already exists.")
            company = Company(name=name, profile=profile, transport=transport)
            session.add(company)
            session.flush()
            company_id = company.id
    finally:
        database.dispose()
    print(f"Added company {company_id}: {name} ({transport}).")
    if InstanceLock(paths.lock_file).is_held_elsewhere():
        print(f"{APP_NAME} is running with this data folder: it picks the company up at its next start.")
    elif transport != "sim":
        print(f"Link its WhatsApp with: ai-admin link {company_id}")
    return 0


def run_companies_list(paths: DataPaths, as_json: bool) -> int:
    """`ai-admin companies list`: id, name, transport and conversations of every company."""
    from desktop.store.companies import list_companies

    try:
        database = _open_shop_database(paths)
    except DatabaseError as exc:
        return _fail(str(exc))
    try:
        companies = list_companies(database)
    finally:
        database.dispose()
    if as_json:
        print(json.dumps([{"id": c.id, "name": c.name, "transport": c.transport, "ai_enabled": c.ai_enabled,
                           "conversations": c.conversations} for c in companies], ensure_ascii=False, indent=2))
        return 0
    if not companies:
        print("No companies yet: add one with `ai-admin companies add NAME`.")
    for c in companies:
        print(f"{c.id:>4}  {c.name}  ({c.transport}, {c.conversations} conversations)")
    return 0


class LinkFailed(Exception):
    """Linking ended without a link; the message is the one line the user sees."""


def terminal_qr(data: str) -> str:
    """The QR code as text a terminal shows (two pixels per character, quiet zone included)."""
    import io

    import qrcode

    qr = qrcode.QRCode(border=2)
    qr.add_data(data)
    qr.make(fit=True)
    out = io.StringIO()
    qr.print_ascii(out=out, invert=True)
    return out.getvalue()


# The states that end a linking attempt without a link, and what the one line says.
_LINK_DEAD_ENDS = {
    "qr_expired": "the QR code expired before the phone scanned it; run `ai-admin link` again.",
    "logged_out": "WhatsApp refused the link (logged out): run `ai-admin link` again.",
    "banned": "WhatsApp refused this number (it may be banned).",
    "replaced": "another computer or program took over this WhatsApp session.",
    "linking_blocked": "too many linking attempts: WhatsApp may refuse new links for a while.",
    "bridge_failed": "the WhatsApp bridge could not run.",
}


async def link_company(paths: DataPaths, company_id: int, transport: str, *,
                       pairing_phone: str | None = None, practice_scan: bool = False,
                       timeout: float = 300.0, out: Callable[[str], None] = print,
                       phone: Callable[..., Any] | None = None,
                       options: Any = None) -> str:
    """Link one company's WhatsApp with no window; returns the linked account (JID).

    Prints each QR code as it rotates (or the pairing code) through ``out``. ``phone(session,
    practice, payload)`` is called on every QR / pairing code (tests act as the phone there);
    ``practice_scan`` lets the practice phone scan by itself. Raises :class:`LinkFailed`.
    """
    from desktop.bot.runtime import PRACTICE, practice_dir
    from desktop.bridge import CompanySession, SessionOptions, SessionState
    from desktop.bridge.localwa import LocalWhatsApp, LocalWhatsAppError
    from desktop.bridge.protocol import PairingCode, QrCode

    practice: LocalWhatsApp | None = None
    if transport == PRACTICE:
        practice = LocalWhatsApp(practice_dir(paths))
        try:
            await practice.start()
        except LocalWhatsAppError as exc:
            raise LinkFailed(f"the practice WhatsApp could not start: {exc}") from exc
    if options is None:
        options = SessionOptions(transport="baileys" if practice else transport)
    if practice is not None:
        options.wa_url, options.wa_root_key = practice.url, practice.root_key
    session = CompanySession(company_id, paths.company_auth_dir(company_id), options)
    helpers: set[asyncio.Task[Any]] = set()

    def on_event(event: Any) -> None:
        payload = event.payload
        if isinstance(payload, QrCode) and not pairing_phone:
            out(terminal_qr(payload.qr))
            out(f"Scan this QR code ({payload.n}) with the phone: WhatsApp \u2192 Linked devices \u2192 "
                "Link a device.")
            if practice_scan and practice is not None:
                helpers.add(asyncio.ensure_future(practice.phone_scan(payload.qr)))
        elif isinstance(payload, PairingCode):
            out(f"Pairing code: {payload.code}  (on the phone: WhatsApp \u2192 Linked devices \u2192 "
                "Link a device \u2192 Link with phone number instead)")
        if phone is not None and isinstance(payload, (QrCode, PairingCode)):
            result = phone(session, practice, payload)
            if asyncio.iscoroutine(result):
                helpers.add(asyncio.ensure_future(result))

    session.subscribe(on_event)
    changed = asyncio.Event()
    session.subscribe(lambda _event: changed.set())
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    asked_code = False
    try:
        await session.start()
        while True:
            status = session.status()
            if status.state is SessionState.CONNECTED:
                return status.me or ""
            if status.state.value in _LINK_DEAD_ENDS:
                why = status.reason.text if status.reason else ""
                raise LinkFailed(f"{_LINK_DEAD_ENDS[status.state.value]} {why}".strip())
            if pairing_phone and not asked_code and status.state is SessionState.WAITING_QR:
                asked_code = True
                try:
                    await session.request_pairing_code(pairing_phone)
                except ValueError as exc:  # InvalidPhoneError
                    raise LinkFailed(str(exc)) from exc
                continue
            for task in [t for t in helpers if t.done()]:
                helpers.discard(task)
                if not task.cancelled() and task.exception() is not None:
                    log.warning("the phone could not link: %s", task.exception())
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise LinkFailed(f"not linked within {timeout:g} s ({status.state.value}: {status.message}).")
            changed.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await within(changed.wait(), min(remaining, 1.0))
    finally:
        for task in helpers:
            task.cancel()
        await session.shutdown()
        if practice is not None:
            await practice.shutdown()


def _find_company(database: Database, key: str) -> Company | None:
    with database.session() as session:
        query = select(Company).where(Company.id == int(key)) if key.isdigit() else \
            select(Company).where(Company.name == key)
        company = session.scalars(query).first()
        if company is not None:
            session.expunge(company)
        return company


def run_link(paths: DataPaths, company_key: str, pairing_phone: str | None, practice_scan: bool,
             timeout: float) -> int:
    """`ai-admin link COMPANY`: QR (or pairing code) in the terminal, returns once linked."""
    lock = InstanceLock(paths.lock_file)
    try:
        paths.ensure()
        lock.acquire()
    except AlreadyRunningError as exc:
        return _fail(f"{exc} Link from its window (the company's Connection page), or stop it first: "
                     "two would fight over the same WhatsApp session.", 3)
    try:
        try:
            database = open_database(paths.database_url())
        except DatabaseError as exc:
            return _fail(str(exc))
        try:
            company = _find_company(database, company_key)
        finally:
            database.dispose()
        if company is None:
            return _fail(f"no company {company_key!r}: see `ai-admin companies list`.")
        setup_logging(paths.logs_dir, console=False)
        try:
            me = asyncio.run(link_company(paths, company.id, company.transport, pairing_phone=pairing_phone,
                                          practice_scan=practice_scan, timeout=timeout))
        except LinkFailed as exc:
            return _fail(f"{company.name}: {exc}", 1)
        except KeyboardInterrupt:
            return _fail("linking interrupted.", 130)
        print(f"{company.name} is linked" + (f" as {me}." if me else "."))
        return 0
    finally:
        lock.release()


# ---------------------------------------------------------------------------------------------
# Backup and restore
# ---------------------------------------------------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def run_backup(paths: DataPaths, to: Path | None) -> int:
    """`ai-admin backup [--to FILE]`: the whole data folder in one zip (while the app runs too)."""
    from desktop.backup import BACKUPS_FOLDER, MANUAL_PREFIX, BackupError, make_backup

    paths.check_usable()
    name = f"{MANUAL_PREFIX}{dt.datetime.now().strftime('%Y-%m-%d_%H-%M-%S')}.zip"
    if to is None:
        dest = paths.root / BACKUPS_FOLDER / name
    elif to.is_dir():
        dest = to / name
    else:
        dest = to
    try:
        info = make_backup(paths.root, dest)
    except BackupError as exc:
        return _fail(str(exc), 1)
    companies = ", ".join(info.companies) or "no companies yet"
    print(f"Backed up {paths.root} to {dest.resolve()}: {info.files} files, "
          f"{_megabytes(info.size)} ({companies}).")
    return 0


def run_restore(paths: DataPaths, backup_file: Path) -> int:
    """`ai-admin restore FILE`: only while AI Admin is closed (it holds the data folder)."""
    from desktop.backup import BackupError, restore_backup

    paths.check_usable()
    if os.environ.get(DATABASE_URL_ENV):
        return _fail(f"{DATABASE_URL_ENV} is set: the database is not in the data folder, so a "
                     "backup of the folder cannot be restored over it.", 1)
    lock = InstanceLock(paths.lock_file)
    try:
        paths.ensure()
        lock.acquire()
    except AlreadyRunningError as exc:
        return _fail(f"{exc} Close it first (AI Admin \u2192 Quit), or restore from its window: "
                     "AI Admin \u2192 Restore from backup\u2026", 3)
    try:
        outcome = restore_backup(backup_file, paths.root)
    except BackupError as exc:
        return _fail(str(exc), 1)
    finally:
        lock.release()
    info = outcome.backup
    made = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"Restored the backup made {made} ({', '.join(info.companies) or 'no companies'}) "
          f"into {paths.root}.")
    print(f"The data from before is in {outcome.moved_aside} (nothing was deleted).")
    print(f"Start {APP_NAME}: it brings an older database up to date by itself.")
    return 0
