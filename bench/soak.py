"""Soak: several simulator shops under steady traffic and faults for minutes; nothing may be lost.

    python bench/soak.py [--minutes 10] [--companies 3] [--customers 200] [--json]

The whole app as `ai-admin serve` runs it (store, engine, outbox, the offline AI receptionist, one
real Node bridge per company on the WhatsApp simulator, logging to a file) in a throw-away data
folder. Customers write single messages, split thoughts and media; staff take conversations over
(in the app and on the shop's phone) and hand them back; and each company suffers faults in turn:
disconnects with every close code the app reconnects from (408, 428, 500, 503, 515), bridge kills,
send timeouts, a hung bridge (SIGSTOP until its heartbeat is missed and it is restarted) and
redeliveries; and the whole shop suffers database faults in turn: a write lock
held longer than the busy timeout (another program holding the file), and a full disk (the database
lives on a small tmpfs that is filled to the last byte; skipped, and said so, where a tmpfs cannot
be mounted). At the end every customer message is accounted for from the store
(`ledger.py`): answered exactly once, deferred to staff, lost or duplicated. The report also gives
reply times, memory, open files and threads at the start and at the end, and scans the log file
for phone numbers left unmasked.

Exit status 0 when nothing was lost or duplicated and memory grew less than 10 %.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import datetime as dt
import gc
import json
import os
import random
import re
import signal
import sqlite3
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import psutil  # noqa: E402
from _shop import InstantResponder, link, percentile, progress, wa_message_id  # noqa: E402
from ledger import LedgerResult, check_exactly_once  # noqa: E402
from small_disk import DiskUnavailable, SmallDisk  # noqa: E402
from sqlalchemy.exc import DBAPIError  # noqa: E402

from desktop.bot.engine import EngineOptions  # noqa: E402
from desktop.bot.outbox import OutboxOptions  # noqa: E402
from desktop.bot.phones import jid_for_phone  # noqa: E402
from desktop.bot.profile import load_profile  # noqa: E402
from desktop.bot.responder import Reply, ReplyRequest, Responder  # noqa: E402
from desktop.bot.runtime import ShopRuntime  # noqa: E402
from desktop.bot.shop import build_shop  # noqa: E402
from desktop.bridge import BridgeError, SessionOptions, SessionState, SimOutgoing, SimTimings  # noqa: E402
from desktop.logs import setup_logging  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.resources import demo_profile_path  # noqa: E402
from desktop.store import db as store_db  # noqa: E402
from desktop.store.db import open_database  # noqa: E402
from desktop.store.models import Company, Transport  # noqa: E402
from desktop.waiting import wait_event, within  # noqa: E402

RECONNECTING_CODES = (408, 428, 500, 503, 515)
TEXTS = ["Hi! Can I book a haircut tomorrow at 10?", "What are your opening hours?",
         "How much is a beard trim?", "Do you work on Saturday?", "Where are you?",
         "Привет! Можно записаться на стрижку завтра в 12?", "Сколько стоит стрижка?",
         "שלום, אפשר לקבוע תור לתספורת מחר ב-11?", "מה שעות הפתיחה?", "thanks!",
         "What are my appointments?", "Can I come on Friday at 15:30?"]
SPLITS = [["hi", "i need a haircut", "tomorrow?"], ["Привет", "хочу записаться"],
          ["שלום", "אפשר תור?"], ["hello", "what time do you close today?"]]
MEDIA = ["image", "audio", "sticker", "document", "video", "location"]
# Bounds the soak asserts (docs/reliability.md).
MEMORY_GROWTH_LIMIT = 0.10
TAKEOVER_WINDOW = dt.timedelta(seconds=10)


@dataclass
class SoakSettings:
    duration: float = 600.0          # seconds of traffic
    companies: int = 3
    customers: int = 200
    actions_per_second: float = 3.0  # customer actions, all companies together
    fault_every: float = 12.0        # seconds between faults of one company
    warm_up: float = 30.0            # memory and file counts are taken after this
    responder: str = "offline"       # offline (the real offline assistant) | instant
    seed: int = 7
    settle_timeout: float = 90.0
    # Shop-wide database faults, one every `db_fault_every` seconds, in turn: a write lock held for
    # `db_fault_seconds` (longer than the busy timeout, lowered from the app's 10 s so that a
    # fault fits in a short run), then a full disk for as long.
    db_fault_every: float = 30.0
    db_fault_seconds: float = 3.0
    busy_timeout_ms: int = 1000
    small_disk: bool = True          # the database on a tmpfs, so the disk can really be filled


def soak_engine_options() -> EngineOptions:
    """Realistic shape, shorter waits: debounce 0.5-3 s, typing 0.1 s, send timeout 3 s."""
    return EngineOptions(debounce_gap=0.5, debounce_max=3.0, responder_timeout=20.0,
                         outbox=OutboxOptions(typing_seconds=0.1, rate_per_minute=600,
                                              send_timeout=3.0, retry_base=0.5, retry_max=4.0,
                                              max_attempts=8, not_connected_retry=0.5,
                                              wait_can_send=10.0))


def soak_session_options() -> SessionOptions:
    return SessionOptions(transport="sim", sim=SimTimings(connect_delay_ms=20), reconnect_base=0.2,
                          reconnect_max=2.0, restart_base=0.2, restart_max=2.0, send_timeout=3.0,
                          stable_after=5.0, heartbeat_interval=1.0, heartbeat_deadline=2.0)


class RecordingResponder(Responder):
    """Remembers each batch it was asked about (the ledger needs them), then delegates."""

    def __init__(self, inner: Responder) -> None:
        self.inner = inner
        self.batches: list[tuple[int, ...]] = []

    async def reply(self, request: ReplyRequest) -> Reply:
        self.batches.append(request.message_ids)
        return await self.inner.reply(request)

    def settings_changed(self, company_id: int) -> None:
        self.inner.settings_changed(company_id)


@dataclass
class Customer:
    phone: str
    company_id: int
    busy: bool = False
    waiting_since: float | None = None   # the last part of a thought was accepted at
    answered: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class Tally:
    """What the customers' phones did and saw."""

    sent: dict[int, list[str]] = field(default_factory=lambda: collections.defaultdict(list))
    delivered: collections.Counter[str] = field(default_factory=collections.Counter)
    reply_ms: list[float] = field(default_factory=list)
    actions: collections.Counter[str] = field(default_factory=collections.Counter)
    faults: collections.Counter[str] = field(default_factory=collections.Counter)
    # Faults the shop noticed: the outbox paused or incoming messages waited (database faults),
    # the session left `connected` (a hung bridge).
    felt: collections.Counter[str] = field(default_factory=collections.Counter)
    not_accepted: int = 0


def customer_phones(count: int) -> list[str]:
    """Numbers from three countries, so the log scan sees several formats."""
    phones = []
    for n in range(count):
        if n % 3 == 0:
            phones.append(f"+1555{2000000 + n:07d}")
        elif n % 3 == 1:
            phones.append(f"+9725{40000000 + n:08d}")
        else:
            phones.append(f"+7916{5000000 + n:07d}")
    return phones


def process_figures(pids: list[int]) -> dict[str, Any]:
    """RSS (MB), open files and threads of this process and of the given bridge processes."""
    gc.collect()
    me = psutil.Process()
    figures = {"app_rss_mb": me.memory_info().rss / 2**20, "app_fds": me.num_fds(),
               "app_threads": me.num_threads(), "bridge_rss_mb": 0.0, "bridge_fds": 0}
    for pid in pids:
        try:
            bridge = psutil.Process(pid)
            figures["bridge_rss_mb"] += bridge.memory_info().rss / 2**20
            figures["bridge_fds"] += bridge.num_fds()
        except psutil.Error:
            pass
    return figures


class Soak:
    def __init__(self, folder: Path, settings: SoakSettings) -> None:
        self.folder = folder
        self.settings = settings
        self.random = random.Random(settings.seed)
        self.tally = Tally()
        self.runtime: ShopRuntime | None = None
        self.company_ids: list[int] = []
        self.customers: list[Customer] = []
        self.by_jid: dict[tuple[int, str], Customer] = {}
        self.responder: RecordingResponder | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.disk: SmallDisk | None = None
        self.disk_unavailable: str | None = None

    # -- set up ----------------------------------------------------------------------------------

    async def start(self) -> None:
        paths = DataPaths(self.folder).ensure()
        self.paths = paths
        setup_logging(paths.logs_dir, console=False)
        url = paths.database_url()
        if self.settings.small_disk:
            # Only the database goes on the small disk: the log and the bridges' files stay on the
            # normal one, so the fault is the store's alone and the log scan below still works.
            try:
                self.disk = SmallDisk.mount(self.folder / "small-disk")
                url = f"sqlite:///{self.disk.folder / 'ai-admin.db'}"
            except DiskUnavailable as exc:
                self.disk_unavailable = str(exc)
        database = open_database(url)
        profile = load_profile(demo_profile_path())
        with database.session() as session:
            for n in range(self.settings.companies):
                company = Company(name=f"Soak shop {n + 1}",
                                  profile={**profile.to_json(), "name": f"Soak shop {n + 1}"},
                                  transport=Transport.SIM.value)
                session.add(company)
                session.flush()
                self.company_ids.append(company.id)
        if self.settings.responder == "instant":
            inner: Responder = InstantResponder()
        else:
            from desktop.bot.ai.responder import AgentResponder
            inner = AgentResponder(database)
        self.responder = RecordingResponder(inner)
        self.runtime = build_shop(paths, database=database, responder=self.responder,
                                  engine_options=soak_engine_options(),
                                  session_options=lambda _company: soak_session_options()).runtime
        await self.runtime.start(connect=True)
        await asyncio.gather(*(link(self.runtime.sessions[c]) for c in self.company_ids))
        for company_id in self.company_ids:
            self.runtime.sessions[company_id].subscribe(
                lambda event, c=company_id: self._on_event(c, event))
        for n, phone in enumerate(customer_phones(self.settings.customers)):
            customer = Customer(phone, self.company_ids[n % len(self.company_ids)])
            self.customers.append(customer)
            self.by_jid[(customer.company_id, jid_for_phone(phone))] = customer

    async def stop(self) -> None:
        if self.runtime is not None:
            try:
                await within(self.runtime.stop(), 30)
            finally:
                self.runtime.database.dispose()
        if self.disk is not None:
            self.disk.unmount()

    def bridge_pids(self) -> list[int]:
        pids = []
        for session in self.runtime.sessions.values():
            process = session.process
            if process is not None and process.alive and process.pid:
                pids.append(process.pid)
        return pids

    # -- the phones' side ------------------------------------------------------------------------

    def _on_event(self, company_id: int, event) -> None:
        payload = event.payload
        if not isinstance(payload, SimOutgoing):
            return
        self.tally.delivered[payload.id] += 1
        customer = self.by_jid.get((company_id, payload.to))
        if customer is not None and customer.waiting_since is not None:
            self.tally.reply_ms.append((time.monotonic() - customer.waiting_since) * 1000)
            customer.waiting_since = None
            customer.busy = False
            customer.answered.set()

    async def _send(self, customer: Customer, **fields: Any) -> str | None:
        """The customer's phone sends; retried with the same id until WhatsApp accepts it (the
        phone keeps it while the shop is offline). The id, or None if it never got through."""
        session = self.runtime.sessions[customer.company_id]
        message_id = wa_message_id()
        deadline = time.monotonic() + 60
        while (remaining := deadline - time.monotonic()) > 0:
            if not await session.wait_for_state({SessionState.CONNECTED}, remaining):
                break
            try:
                await session.sim_incoming(customer.phone, message_id=message_id, **fields)
            except BridgeError:
                await asyncio.sleep(0.1)  # refused this time: the phone tries again shortly
            else:
                if not fields.get("from_me"):
                    self.tally.sent[customer.company_id].append(message_id)
                return message_id
        self.tally.not_accepted += 1
        return None

    async def _customer_action(self, customer: Customer) -> None:
        customer.busy = True
        customer.answered.clear()
        roll = self.random.random()
        try:
            if roll < 0.55:
                self.tally.actions["text"] += 1
                if await self._send(customer, text=self.random.choice(TEXTS)):
                    customer.waiting_since = time.monotonic()
            elif roll < 0.75:
                self.tally.actions["split"] += 1
                parts = self.random.choice(SPLITS)
                for n, part in enumerate(parts):
                    if n:
                        await asyncio.sleep(0.3)
                    if not await self._send(customer, text=part):
                        return
                customer.waiting_since = time.monotonic()
            elif roll < 0.88:
                self.tally.actions["media"] += 1
                if await self._send(customer, media=self.random.choice(MEDIA)):
                    customer.waiting_since = time.monotonic()
            else:
                await self._takeover(customer)
                return
            # The answer (or a reply timeout) frees the customer.
            await wait_event(customer.answered, 120)
            customer.waiting_since = None
        finally:
            customer.busy = False

    async def _takeover(self, customer: Customer) -> None:
        """Staff answer themselves (in the app or on the shop's phone); the customer writes once
        more while the AI is paused; then staff hand the conversation back."""
        engine = self.runtime.engine
        conversation = await self._as_staff(lambda: asyncio.to_thread(
            engine.records.conversation_for_phone, customer.company_id, customer.phone,
            now=engine.clock()))
        if self.random.random() < 0.5:
            self.tally.actions["takeover in the app"] += 1
            await self._as_staff(lambda: engine.send_staff_message(
                conversation, "Hello, this is Anna from the desk. I'll take care of you."))
        else:
            self.tally.actions["takeover on the phone"] += 1
            typed = await self._send(customer, text="Hi, Anna here, typing on the shop phone",
                                     from_me=True)
            if typed is None:
                return
            await engine.wait_seen([typed], 10)
        await asyncio.sleep(0.5)
        await self._send(customer, text="Great, thank you, I'll wait")
        await asyncio.sleep(self.random.uniform(2.0, 4.0))
        await self._as_staff(lambda: engine.resume_ai(conversation))

    async def _as_staff(self, action: Callable[[], Awaitable[Any]]) -> Any:
        """Staff whose click failed on a locked or full database (the window says so) click
        again a moment later, as a person at the desk would."""
        while True:
            try:
                return await action()
            except DBAPIError:
                self.tally.actions["staff clicked again"] += 1
                await asyncio.sleep(0.5)

    async def _traffic(self, until: float) -> None:
        interval = 1.0 / self.settings.actions_per_second
        while time.monotonic() < until:
            idle = [c for c in self.customers if not c.busy]
            if idle:
                self._spawn(self._customer_action(self.random.choice(idle)))
            await asyncio.sleep(self.random.expovariate(1.0 / interval))

    async def _faults(self, company_id: int, until: float, offset: float) -> None:
        session = self.runtime.sessions[company_id]
        plan = ([("disconnect", code) for code in RECONNECTING_CODES]
                + [("kill_bridge", None), ("send_timeout", 2), ("hang", None), ("redeliver", 3)])
        step = 0
        await asyncio.sleep(offset)
        while time.monotonic() < until:
            fault, value = plan[step % len(plan)]
            step += 1
            try:
                if session.state is SessionState.CONNECTED:
                    if fault == "kill_bridge":
                        await self.runtime.kill_bridge(company_id)
                    elif fault == "hang":
                        await self._hang_bridge(session)
                    elif fault == "disconnect":
                        await session.sim_fault("disconnect", code=value)
                    else:
                        await session.sim_fault(fault, count=value)
                    self.tally.faults[f"{fault} {value}" if value and fault == "disconnect"
                                      else fault] += 1
            except BridgeError:
                pass
            await asyncio.sleep(self.settings.fault_every)

    async def _hang_bridge(self, session) -> None:
        """The bridge stops (SIGSTOP: a frozen process, not a dead one) until the heartbeat
        notices it and the session restarts it; woken at the end whatever happened."""
        pid = session.process.pid if session.process is not None else None
        if not pid:
            return
        os.kill(pid, signal.SIGSTOP)
        try:
            noticed = await session.wait_for_state(
                {s for s in SessionState if s is not SessionState.CONNECTED}, 30.0)
            if noticed:
                self.tally.felt["hang"] += 1
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)

    async def _database_faults(self, until: float) -> None:
        """A write lock, then a full disk, in turn, each held for `db_fault_seconds`."""
        plan = ["database locked"] + (["disk full"] if self.disk is not None else [])
        step = 0
        await asyncio.sleep(self.settings.db_fault_every / 2)
        while time.monotonic() + self.settings.db_fault_seconds < until:
            fault = plan[step % len(plan)]
            step += 1
            if fault == "database locked":
                lock = await asyncio.to_thread(self._take_write_lock)
                if lock is None:
                    await asyncio.sleep(1.0)
                    continue
                await self._hold(fault)
                await asyncio.to_thread(self._release, lock)
            else:
                assert self.disk is not None
                await asyncio.to_thread(self._empty_the_wal)
                await asyncio.to_thread(self.disk.fill)
                await self._hold(fault)
                self.disk.clear()
            self.tally.faults[fault] += 1
            await asyncio.sleep(self.settings.db_fault_every)

    def _take_write_lock(self) -> sqlite3.Connection | None:
        # Taken in one worker thread and released in another: the connection is only ever used
        # by one of them at a time.
        lock = sqlite3.connect(self.runtime.database.sqlite_file, timeout=2.0,
                               check_same_thread=False)
        try:
            lock.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:  # the app was writing for 2 s: try again later
            lock.close()
            return None
        return lock

    def _empty_the_wal(self) -> None:
        """SQLite writes over its write-ahead log's old blocks after a checkpoint, so a full disk
        would be felt only once the log outgrew its old size; emptied, every write needs space."""
        with contextlib.closing(sqlite3.connect(self.runtime.database.sqlite_file,
                                                timeout=2.0)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @staticmethod
    def _release(lock: sqlite3.Connection) -> None:
        lock.rollback()
        lock.close()

    async def _hold(self, fault: str) -> None:
        """Keep the fault for its time, noting whether the shop felt it."""
        ends = time.monotonic() + self.settings.db_fault_seconds
        felt = False
        while time.monotonic() < ends:
            felt = felt or any(value for c in self.company_ids
                               for value in self.runtime.faults(c).values())
            await asyncio.sleep(0.05)
        if felt:
            self.tally.felt[fault] += 1

    def _spawn(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- the run ---------------------------------------------------------------------------------

    async def run(self) -> dict[str, Any]:
        settings = self.settings
        started = time.monotonic()
        until = started + settings.duration
        faults = [asyncio.create_task(self._faults(c, until, 2.0 + n * settings.fault_every / 3))
                  for n, c in enumerate(self.company_ids)]
        faults.append(asyncio.create_task(self._database_faults(until)))
        traffic = asyncio.create_task(self._traffic(until))
        await asyncio.sleep(min(settings.warm_up, settings.duration / 4))
        at_start = process_figures(self.bridge_pids())
        progress(f"soak: warm; app {at_start['app_rss_mb']:.0f} MB, bridges "
                 f"{at_start['bridge_rss_mb']:.0f} MB")
        while time.monotonic() < until:
            await asyncio.sleep(min(30.0, max(0.1, until - time.monotonic())))
            done = sum(len(v) for v in self.tally.sent.values())
            progress(f"soak: {time.monotonic() - started:5.0f} s, {done} customer messages "
                     f"accepted, {len(self.tally.reply_ms)} replies timed")
        await traffic
        await asyncio.gather(*faults)
        # The customers still mid-conversation finish (their answers may wait for a reconnect).
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=settings.settle_timeout)
        settled = await self._settle()
        at_end = process_figures(self.bridge_pids())
        return self._report(time.monotonic() - started, at_start, at_end, settled)

    async def _settle(self) -> bool:
        deadline = time.monotonic() + self.settings.settle_timeout
        engine = self.runtime.engine

        def left() -> float:
            return max(0.0, deadline - time.monotonic())

        for session in self.runtime.sessions.values():
            if not await session.wait_for_state({SessionState.CONNECTED}, left()):
                return False
        sent = [m for ids in self.tally.sent.values() for m in ids]
        if not (await engine.wait_seen(sent, left()) and await engine.wait_idle(left())):
            return False
        # Receipts and echoes WhatsApp sends after the last answer: nothing here can tell
        # when the last one has come, so the phones get a moment.
        await asyncio.sleep(0.5)
        return True

    def _report(self, elapsed: float, at_start: dict[str, Any], at_end: dict[str, Any],
                settled: bool) -> dict[str, Any]:
        # Staff hand every conversation back within 5 s here, so a message left unanswered more
        # than 10 s after staff spoke is lost, not deferred (the app's own pause is 30 minutes).
        pause = TAKEOVER_WINDOW
        total = LedgerResult()
        for company_id in self.company_ids:
            total = total.merge(check_exactly_once(
                self.runtime.database, company_id, batches=self.responder.batches,
                delivered=self.tally.delivered, sent_by_phones=self.tally.sent[company_id],
                pause=pause, answer_window=dt.timedelta(seconds=5)))
        reply_ms = self.tally.reply_ms or [0.0]
        growth = {key: (at_end[key] - at_start[key]) / at_start[key] if at_start[key] else 0.0
                  for key in ("app_rss_mb", "bridge_rss_mb")}
        return {
            "duration_s": round(elapsed, 1),
            "settled": settled,
            "companies": len(self.company_ids),
            "customers": len(self.customers),
            "responder": self.settings.responder,
            "phones_sent": sum(len(v) for v in self.tally.sent.values()),
            "not_accepted_by_whatsapp": self.tally.not_accepted,
            **{key.replace(" ", "_"): value for key, value in total.summary().items()},
            "takeovers": self.tally.actions["takeover in the app"]
            + self.tally.actions["takeover on the phone"],
            "lost_examples": total.lost[:10],
            "duplicated_examples": total.duplicated[:10],
            "reply_p50_ms": round(percentile(reply_ms, 50), 1),
            "reply_p99_ms": round(percentile(reply_ms, 99), 1),
            "reply_max_ms": round(max(reply_ms), 1),
            "replies_timed": len(self.tally.reply_ms),
            "actions": dict(self.tally.actions),
            "faults": dict(self.tally.faults),
            "faults_felt": dict(self.tally.felt),
            "disk_full_unavailable": self.disk_unavailable,
            "start": {k: round(v, 1) for k, v in at_start.items()},
            "end": {k: round(v, 1) for k, v in at_end.items()},
            "app_memory_growth": round(growth["app_rss_mb"], 4),
            "bridge_memory_growth": round(growth["bridge_rss_mb"], 4),
            "unmasked_phones_in_log": unmasked_phones(self.paths.logs_dir,
                                                      [c.phone for c in self.customers]),
        }


def unmasked_phones(logs_dir: Path, phones: list[str]) -> list[str]:
    """Phone numbers of the run that appear in full in the log files (E.164 or bare digits)."""
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in sorted(logs_dir.glob("*.log*")))
    found = []
    for phone in phones:
        digits = phone.lstrip("+")
        if re.search(rf"(?<!\d){re.escape(digits)}(?!\d)", text):
            found.append(phone)
    # Any E.164-looking number at all (the shop's own simulated number included).
    found += sorted(set(re.findall(r"\+[1-9]\d{9,14}(?!\d)", text)) - set(found))
    return found


def passed(report: dict[str, Any], memory_limit: float = MEMORY_GROWTH_LIMIT) -> bool:
    return (report["lost"] == 0 and report["duplicated"] == 0 and report["settled"]
            and report["app_memory_growth"] < memory_limit
            and report["bridge_memory_growth"] < memory_limit
            and not report["unmasked_phones_in_log"])


async def run_soak(settings: SoakSettings, folder: Path | None = None) -> dict[str, Any]:
    """Run a soak in `folder` (a temporary one by default) and return the report."""
    busy_timeout = store_db.SQLITE_BUSY_TIMEOUT_MS
    store_db.SQLITE_BUSY_TIMEOUT_MS = settings.busy_timeout_ms
    try:
        with tempfile.TemporaryDirectory(prefix="ai-admin-soak-") as temporary:
            soak = Soak(folder or Path(temporary), settings)
            try:
                await soak.start()
                return await soak.run()
            finally:
                await soak.stop()
    finally:
        store_db.SQLITE_BUSY_TIMEOUT_MS = busy_timeout


def render(report: dict[str, Any]) -> str:
    lines = [f"soak: {report['duration_s']} s, {report['companies']} companies, "
             f"{report['customers']} customers, responder {report['responder']}"]
    for key in ("phones_sent", "messages_in", "answered_once", "deferred_to_staff", "takeovers",
                "lost",
                "duplicated", "bot_replies", "staff_messages", "staff_messages_not_delivered",
                "outbox_unfinished", "outbox_failed", "resent_with_the_same_id",
                "not_accepted_by_whatsapp", "reply_p50_ms", "reply_p99_ms", "reply_max_ms",
                "app_memory_growth", "bridge_memory_growth", "settled"):
        lines.append(f"  {key.replace('_', ' ')}: {report[key]}")
    lines.append(f"  start: {report['start']}")
    lines.append(f"  end:   {report['end']}")
    lines.append(f"  actions: {report['actions']}")
    lines.append(f"  faults: {report['faults']}")
    lines.append(f"  faults the shop felt: {report['faults_felt']}")
    if report["disk_full_unavailable"]:
        lines.append(f"  no full-disk fault: {report['disk_full_unavailable']}")
    lines.append(f"  unmasked phones in the log: {report['unmasked_phones_in_log'] or 'none'}")
    for example in report["lost_examples"] + report["duplicated_examples"]:
        lines.append(f"  ! {example}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--companies", type=int, default=3)
    parser.add_argument("--customers", type=int, default=200)
    parser.add_argument("--rate", type=float, default=3.0, help="customer actions per second")
    parser.add_argument("--responder", choices=("offline", "instant"), default="offline")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-small-disk", action="store_true",
                        help="keep the database on the normal disk (no full-disk fault)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    settings = SoakSettings(duration=args.minutes * 60, companies=args.companies,
                            customers=args.customers, actions_per_second=args.rate,
                            responder=args.responder, seed=args.seed,
                            small_disk=not args.no_small_disk)
    report = asyncio.run(run_soak(settings))
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else render(report))
    return 0 if passed(report) else 1


if __name__ == "__main__":
    sys.exit(main())
