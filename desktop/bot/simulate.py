"""`ai-admin simulate`: the whole engine and a real bridge in simulator mode, driven by a scenario.

The runner waits after each step until the engine is idle (reply sent, or decided not to reply),
bounded by a timeout, and prints a transcript: readable lines, or JSON Lines with `--json`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.bot.engine import EngineOptions, outbox_counts
from desktop.bot.events import (
    ConversationChanged,
    EngineEvent,
    LinkCodeKind,
    LinkCodeShown,
    MessageStatusChanged,
    MessageStored,
    SessionStateChanged,
)
from desktop.bot.outbox import OutboxOptions
from desktop.bot.profile import BusinessProfile
from desktop.bot.responder import Responder
from desktop.bot.runtime import ShopRuntime
from desktop.bot.scenario import (
    Advance,
    Fault,
    PhoneReply,
    Say,
    SendMedia,
    StaffReply,
    Step,
    SwitchAI,
    TellLid,
    Wait,
)
from desktop.bot.shop import Shop, build_shop
from desktop.bridge import BridgeError, SessionOptions, SessionState, SimTimings
from desktop.paths import DataPaths
from desktop.store.db import existing_row
from desktop.store.models import (
    Appointment,
    Author,
    Company,
    Conversation,
    Customer,
    Message,
    OutboxMessage,
    OutboxStatus,
    Reminder,
    Transport,
    utcnow,
)
from desktop.waiting import StateWatch, wait_event

log = logging.getLogger("ai_admin.simulate")

SPLIT_MESSAGE_GAP = 0.3   # seconds between the parts of a split thought (contract)
# An outgoing message is in the transcript once WhatsApp took it (receipts may skip "sent").
REACHED_PHONE = (OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.READ)
RECONNECT_GRACE = 5.0     # how long a step waits for a dropped connection to come back
NOT_CONNECTED = set(SessionState) - {SessionState.CONNECTED}
LINK_ENDED = {SessionState.LOGGED_OUT, SessionState.REPLACED, SessionState.BANNED}
MAX_DUE_MOMENTS = 10_000  # one `advance_min` step runs at most this many due moments


class SimulationError(RuntimeError):
    """The simulation could not run (bridge did not connect, ...)."""


@dataclass
class SimulationSettings:
    """Timings of a simulation: realistic enough to show the behaviour, fast enough to watch."""

    step_timeout: float = 30.0
    connect_timeout: float = 30.0
    debounce_gap: float = 1.0
    debounce_max: float = 8.0
    typing_seconds: float = 0.0
    responder_timeout: float = 45.0
    outbox: OutboxOptions | None = None


class ScenarioClock:
    """The engine's clock in a simulation: starts at `--now` (or the real time), runs at the real
    pace, and jumps forward on an `advance_min` step."""

    def __init__(self, start: dt.datetime) -> None:
        self._start = start
        self._origin = time.monotonic()
        self._skipped = dt.timedelta()

    def __call__(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=time.monotonic() - self._origin) + self._skipped

    def advance_to(self, moment: dt.datetime) -> None:
        """Jump forward to `moment` (never back: what happened stays in the past)."""
        self._skipped += max(dt.timedelta(), moment - self())


def fixed_clock(start: dt.datetime) -> ScenarioClock:
    """A clock that starts at `start` (for `--now`) and runs at the real pace."""
    return ScenarioClock(start)


class ScenarioRunner:
    """Runs scenario steps against one simulator company and collects the transcript."""

    def __init__(self, data_dir: Path, profile: BusinessProfile, responder: Responder | None,
                 emit: Callable[[dict[str, Any]], None], *, now: dt.datetime | None = None,
                 settings: SimulationSettings | None = None,
                 observe: Callable[[ShopRuntime], None] | None = None) -> None:
        self.paths = DataPaths(data_dir).ensure()
        self.profile = profile
        self.responder = responder
        self.emit = emit
        self.now = now
        self.settings = settings or SimulationSettings()
        self.clock = fixed_clock(now if now is not None else utcnow())
        self._started = time.monotonic()
        self._reported_out: set[int] = set()
        self._flagged: set[int] = set()
        self.shop: Shop | None = None
        self.runtime: ShopRuntime | None = None
        self.company_id: int | None = None
        self._observe = observe  # sees the runtime before anything starts (tests, tools)
        self.out_from_status = True  # `out` lines when WhatsApp took a message (not in server mode)
        # The QR codes the bridge showed, heard on the engine's bus from before the bridge starts
        # (a session subscription made after the start could miss the first one).
        self._qr_codes: list[str] = []
        self._qr_shown = asyncio.Event()

    def _t_ms(self) -> int:
        return int((time.monotonic() - self._started) * 1000)

    # Set by start(); the steps, the transcript and the summary all come after it.
    @property
    def _shop(self) -> ShopRuntime:
        if self.runtime is None:
            raise SimulationError("the simulation has not been started")
        return self.runtime

    @property
    def _shop_id(self) -> int:
        """The simulated company's id."""
        if self.company_id is None:
            raise SimulationError("the simulation has not been started")
        return self.company_id

    # -- set up ------------------------------------------------------------------------------

    transport = Transport.SIM.value  # how the simulated company reaches "WhatsApp"

    def _company(self, database) -> int:
        with database.session() as session:
            company = session.scalar(select(Company).where(
                Company.name == self.profile.name, Company.transport == self.transport))
            if company is None:
                company = Company(name=self.profile.name, profile=self.profile.to_json(),
                                  transport=self.transport)
                session.add(company)
                session.flush()
            return company.id

    async def start(self) -> None:
        settings = self.settings
        engine_options = EngineOptions(
            debounce_gap=settings.debounce_gap, debounce_max=settings.debounce_max,
            responder_timeout=settings.responder_timeout,
            outbox=settings.outbox or OutboxOptions(
                typing_seconds=settings.typing_seconds, retry_base=0.5, retry_max=5.0,
                send_timeout=2.0, not_connected_retry=0.5))
        self.shop = build_shop(self.paths, responder=self.responder, engine_options=engine_options,
                               session_options=self._session_options,
                               clock=self.clock)
        self.runtime = self.shop.runtime
        self.company_id = self._company(self.shop.database)
        self.runtime.engine.bus.subscribe(self._on_event)
        if self._observe is not None:
            self._observe(self.runtime)
        await self.runtime.start(connect=True)
        await self._link()

    def _session_options(self, company: Company) -> SessionOptions:
        return SessionOptions(transport="sim", sim=SimTimings(connect_delay_ms=20), reconnect_base=0.2,
                              reconnect_max=2.0, restart_base=0.2, restart_max=2.0, send_timeout=2.0)

    async def _link(self) -> None:
        session = self._shop.sessions[self._shop_id]
        if not await self._wait_state({SessionState.CONNECTED, SessionState.WAITING_QR}):
            raise SimulationError(f"the simulator did not start: {session.status().message}")
        if session.state is SessionState.WAITING_QR:
            await session.sim_scan()
        if not await self._wait_state({SessionState.CONNECTED}):
            raise SimulationError(f"the simulator did not connect: {session.status().message}")

    async def _wait_state(self, states: set[SessionState], timeout: float | None = None) -> bool:
        session = self._shop.sessions[self._shop_id]
        return await session.wait_for_state(states, timeout or self.settings.connect_timeout)

    async def stop(self) -> None:
        if self.shop is not None:
            await self.shop.runtime.stop()
            self.shop.close()

    # -- the transcript ------------------------------------------------------------------------

    def _on_event(self, event: EngineEvent) -> None:
        if isinstance(event, LinkCodeShown) and event.kind is LinkCodeKind.QR:
            self._qr_codes.append(event.value)
            self._qr_shown.set()
        elif isinstance(event, MessageStored):
            if event.author is Author.CUSTOMER:
                line = {"t_ms": self._t_ms(), "dir": "in", "from": event.phone,
                        "text": event.text if event.kind == "text" else f"[{event.kind}]",
                        "by": "customer"}
                self.emit(line)
            elif event.author is Author.PHONE:
                self.emit({"t_ms": self._t_ms(), "dir": "out", "to": event.phone,
                           "text": event.text, "by": "phone"})
        elif isinstance(event, MessageStatusChanged) and event.status in REACHED_PHONE \
                and self.out_from_status:
            if event.outbox_id not in self._reported_out:
                self._reported_out.add(event.outbox_id)
                self._emit_sent(event.outbox_id)
        elif isinstance(event, ConversationChanged):
            if event.needs_human and event.conversation_id not in self._flagged:
                self._flagged.add(event.conversation_id)
                self.emit({"t_ms": self._t_ms(), "event": "handoff",
                           "phone": self._phone_of(event.conversation_id),
                           "reason": event.needs_human_reason})
            elif not event.needs_human:
                self._flagged.discard(event.conversation_id)
        elif isinstance(event, SessionStateChanged):
            self.emit({"t_ms": self._t_ms(), "event": "state", "state": event.status.state.value,
                       "code": event.status.code})

    def _phone_of(self, conversation_id: int) -> str | None:
        with self._shop.database.session() as session:
            conversation = session.get(Conversation, conversation_id)
            return conversation.customer.phone if conversation else None

    def _emit_sent(self, outbox_id: int) -> None:
        with self._shop.database.session() as session:
            row = existing_row(session, OutboxMessage, outbox_id)
            text, author = row.text, row.author
            phone = existing_row(session, Conversation, row.conversation_id).customer.phone
            why = _why_sent(session, outbox_id)
        self.emit({"t_ms": self._t_ms(), "dir": "out", "to": phone, "text": text, "by": author,
                   **why})

    # -- steps ---------------------------------------------------------------------------------

    async def run(self, steps: list[Step]) -> dict[str, Any]:
        for step in steps:
            await self._run_step(step)
        return self.summary()

    async def _connected_for(self, phone: str) -> bool:
        """Whether WhatsApp is connected to take `phone`'s message; says why not when it is not."""
        session = self._shop.sessions[self._shop_id]
        if await self._wait_state({SessionState.CONNECTED}, timeout=RECONNECT_GRACE):
            return True
        self.emit({"t_ms": self._t_ms(), "event": "not_delivered", "from": phone,
                   "detail": f"WhatsApp is not connected ({session.state.value}): "
                             "the message cannot arrive"})
        return False

    async def _incoming(self, phone: str, **fields: Any) -> str | None:
        """The simulated phone sends a message; None when WhatsApp is not connected to take it."""
        if not await self._connected_for(phone):
            return None
        session = self._shop.sessions[self._shop_id]
        try:
            return await session.sim_incoming(phone, **fields)
        except BridgeError as exc:
            self.emit({"t_ms": self._t_ms(), "event": "not_delivered", "from": phone,
                       "detail": str(exc)})
            return None

    async def _wait_seen(self, ids: list[str | None]) -> None:
        sent = [i for i in ids if i]
        if not await self._shop.engine.wait_seen(sent, self.settings.step_timeout):
            log.warning("Simulated messages were not seen by the engine in time")

    async def _settle(self) -> None:
        if not await self._shop.engine.wait_idle(self.settings.step_timeout):
            self.emit({"t_ms": self._t_ms(), "event": "timeout",
                       "detail": f"not idle after {self.settings.step_timeout:g} s"})
        await self._shop.engine.bus.drain()

    async def _run_step(self, step: Step) -> None:
        engine = self._shop.engine
        session = self._shop.sessions[self._shop_id]
        if isinstance(step, Say):
            ids = []
            for n, text in enumerate(step.texts):
                if n:
                    await asyncio.sleep(SPLIT_MESSAGE_GAP)
                if step.undecryptable:
                    # WhatsApp first hands over a message this device cannot decrypt; the
                    # sender's phone sends it again with the same id.
                    broken = await self._incoming(step.phone, name=step.name, undecryptable=True)
                    await self._wait_seen([broken])
                    ids.append(broken and await self._incoming(step.phone, text=text,
                                                               name=step.name, message_id=broken))
                    continue
                ids.append(await self._incoming(step.phone, text=text, name=step.name,
                                                history=step.history or None))
            await self._wait_seen(ids)
        elif isinstance(step, SendMedia):
            await self._wait_seen([await self._incoming(step.phone, media=step.media,
                                                        name=step.name)])
        elif isinstance(step, PhoneReply):
            await self._wait_seen([await self._incoming(step.phone, text=step.text,
                                                        from_me=True)])
        elif isinstance(step, StaffReply):
            conversation = engine.records.conversation_for_phone(self._shop_id, step.phone,
                                                                 now=engine.clock())
            await engine.send_staff_message(conversation, step.text)
        elif isinstance(step, SwitchAI):
            if step.phone is None:
                await engine.set_company_ai(self._shop_id, step.enabled)
            else:
                conversation = engine.records.conversation_for_phone(
                    self._shop_id, step.phone, now=engine.clock())
                await engine.set_conversation_ai(conversation, step.enabled)
        elif isinstance(step, Wait):
            await asyncio.sleep(step.ms / 1000)
        elif isinstance(step, TellLid):
            await session.sim_lid_mapping(step.phone)
        elif isinstance(step, Fault):
            await self._fault(step, session)
        elif isinstance(step, Advance):
            await self._advance(step.minutes)
        await self._settle()

    async def _advance(self, minutes: int) -> None:
        """Move the engine's clock forward, running what falls due meanwhile in time order: each
        due moment in turn, settled (sent) before the next."""
        reminders = self._shop.engine.reminders
        end = self.clock() + dt.timedelta(minutes=minutes)
        for _ in range(MAX_DUE_MOMENTS):
            moment = await reminders.next_moment()
            if moment is None or moment > end:
                break
            self.clock.advance_to(moment)
            await reminders.run_due()
            await self._settle()
        self.clock.advance_to(end)
        await reminders.run_due()

    async def _fault(self, step: Fault, session) -> None:
        self.emit({"t_ms": self._t_ms(), "event": "fault", "fault": step.kind,
                   **({"code": step.code} if step.code is not None else {}),
                   **({"count": step.count} if step.count is not None else {})})
        if step.kind == "kill_bridge":
            await self._shop.kill_bridge(self._shop_id)
            await self._wait_state(NOT_CONNECTED, timeout=RECONNECT_GRACE)
            await self._wait_state({SessionState.CONNECTED})
            return
        args: dict[str, Any] = {}
        if step.code is not None:
            args["code"] = step.code
        if step.count is not None:
            args["count"] = step.count
        await session.sim_fault(step.kind, **args)
        if step.kind == "disconnect":
            await self._after_disconnect()
        elif step.kind in ("logout", "replaced", "banned"):
            await self._wait_state(LINK_ENDED, timeout=10)

    async def _after_disconnect(self) -> None:
        """A dropped connection: wait for the drop, then for it to come back (or end for good)."""
        await self._wait_state(NOT_CONNECTED, timeout=RECONNECT_GRACE)
        await self._wait_state({SessionState.CONNECTED, SessionState.QR_EXPIRED, *LINK_ENDED},
                               timeout=10)

    # -- the summary ---------------------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        database, company_id = self._shop.database, self._shop_id
        now = self._shop.engine.clock()
        with database.session() as session:
            messages_in = session.scalar(select(func.count()).select_from(Message).where(
                Message.company_id == company_id, Message.author == Author.CUSTOMER))
            customers = [{"phone": c.phone, "name": c.name or c.push_name}
                         for c in session.scalars(select(Customer).where(
                             Customer.company_id == company_id).order_by(Customer.id))]
            paused = [c.customer.phone for c in session.scalars(select(Conversation).where(
                Conversation.company_id == company_id).order_by(Conversation.id))
                if not c.ai_enabled or (c.ai_paused_until and c.ai_paused_until > now)]
            appointments = [
                {"phone": existing_row(session, Customer, a.customer_id).phone, "service": a.service,
                 "start": a.start_at.astimezone(self.profile.zone).isoformat(),
                 "status": a.status, "staff": a.staff}
                for a in session.scalars(select(Appointment).where(
                    Appointment.company_id == company_id).order_by(Appointment.start_at))]
        counts = outbox_counts(self._shop.records, company_id)
        return {"summary": {"messages_in": messages_in, "replies": counts["sent"],
                            "appointments": appointments, "customers": customers,
                            "ai_paused": paused, "outbox": counts}}


def _why_sent(session, outbox_id: int) -> dict[str, str]:
    """`{"reason": "reminder"}` for a visit's reminder; nothing for a reply."""
    reminder = session.scalar(select(Reminder.id).where(Reminder.outbox_id == outbox_id).limit(1))
    return {"reason": "reminder"} if reminder is not None else {}


def render_line(line: dict[str, Any]) -> str:
    """A transcript line for people."""
    seconds = f"{line.get('t_ms', 0) / 1000:7.2f}s"
    if "summary" in line:
        return "summary: " + json.dumps(line["summary"], ensure_ascii=False)
    if line.get("dir") == "in":
        return f"{seconds}  {line['from']} > {line['text']}"
    if line.get("dir") == "out":
        why = f" ({line['reason']})" if line.get("reason") else ""
        return f"{seconds}  {line['by']}{why} > {line['to']}: {line['text']}"
    detail = ", ".join(f"{k}={v}" for k, v in line.items() if k not in ("t_ms", "event"))
    return f"{seconds}  [{line['event']}] {detail}"


async def simulate(steps: list[Step], profile: BusinessProfile, data_dir: Path,
                   responder: Responder | None, emit: Callable[[dict[str, Any]], None], *,
                   now: dt.datetime | None = None,
                   settings: SimulationSettings | None = None,
                   whatsapp: str = "sim") -> dict[str, Any]:
    """Run a parsed scenario to the end and return (and emit) the summary.

    Without ``responder``, the AI receptionist answers (as in the window).

    ``whatsapp`` is ``sim`` (the bridge's simulator) or ``server`` (the real Baileys bridge against
    the local WhatsApp server, started in the data folder).
    """
    if whatsapp not in WHATSAPP_WORLDS:
        raise SimulationError(f"unknown --whatsapp {whatsapp!r}: use one of {', '.join(WHATSAPP_WORLDS)}")
    runner_class = ServerScenarioRunner if whatsapp == "server" else ScenarioRunner
    runner = runner_class(data_dir, profile, responder, emit, now=now, settings=settings)
    try:
        await runner.start()
        summary = await runner.run(steps)
    finally:
        await runner.stop()
    emit(summary)
    return summary




# ---------------------------------------------------------------------------------------------
# The same scenario through the real Baileys bridge and the local WhatsApp server
# ---------------------------------------------------------------------------------------------

WHATSAPP_WORLDS = ("sim", "server")
SERVER_SHOP_PHONE = "+15550100200"  # the practice phone the simulated shop is linked to

# Scenario faults that end the link, as the server's disconnect codes.
_DISCONNECT_CODES = {"logout": 401, "replaced": 440, "banned": 403}
# `send_error` means "try again later": a 5xx error ack, which the bridge reports as retryable
# (`send_failed`), unlike `send_refused`'s final refusal (463 by default).
_SEND_ERROR_CODE = 500
_SEND_REFUSED_CODE = 463


class ServerScenarioRunner(ScenarioRunner):
    """Runs a scenario through the real Baileys bridge against the local WhatsApp server.

    Every step means the same as with the simulator: customers write through the server
    (``customer.send``), the shop's phone types (``phone.type``), faults are the server's. The
    transcript's ``out`` lines are what the customer's phone decrypted (the server's ``delivered``).
    """

    transport = Transport.BAILEYS.value

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from desktop.bridge.localwa import LocalWhatsApp

        self.out_from_status = False
        self.server = LocalWhatsApp(self.paths.root / "localwa", command_timeout=20.0)
        self.delivered: list[dict[str, Any]] = []
        self._deliveries = StateWatch()  # told of each answer the customer's phone decrypted

    def _session_options(self, company: Company) -> SessionOptions:
        return SessionOptions(transport="baileys", wa_url=self.server.url, wa_root_key=self.server.root_key,
                              reconnect_base=0.2, reconnect_max=2.0, restart_base=0.2, restart_max=2.0,
                              send_timeout=5.0, connect_deadline=15.0)

    async def start(self) -> None:
        from desktop.bridge.localwa import LocalWhatsAppError

        try:
            await self.server.start()
        except LocalWhatsAppError as exc:
            raise SimulationError(f"the local WhatsApp server did not start: {exc}") from exc
        self.server.subscribe(self._on_server_event)
        await super().start()

    async def stop(self) -> None:
        try:
            await super().stop()
        finally:
            await self.server.shutdown()

    async def _link(self) -> None:
        from desktop.bridge.localwa import LocalWhatsAppError

        session = self._shop.sessions[self._shop_id]
        if not await self._wait_state({SessionState.CONNECTED, SessionState.WAITING_QR}):
            raise SimulationError(f"the bridge did not start: {session.status().message}")
        if session.state is SessionState.WAITING_QR:
            if not await wait_event(self._qr_shown, self.settings.connect_timeout):
                raise SimulationError("the bridge showed no QR code")
            try:
                await self.server.phone_scan(self._qr_codes[-1], SERVER_SHOP_PHONE)
            except LocalWhatsAppError as exc:
                raise SimulationError(f"the practice phone could not link: {exc}") from exc
        if not await self._wait_state({SessionState.CONNECTED}):
            raise SimulationError(f"WhatsApp did not connect: {session.status().message}")

    def _on_server_event(self, event: dict[str, Any]) -> None:
        if event.get("event") != "delivered":
            return
        self.delivered.append(event)
        self._deliveries.changed()
        author: str = Author.BOT
        why: dict[str, str] = {}
        with self._shop.database.session() as session:
            row = session.scalar(select(OutboxMessage).where(
                OutboxMessage.company_id == self.company_id, OutboxMessage.wa_id == str(event.get("id"))))
            if row is not None:
                author = row.author
                why = _why_sent(session, row.id)
        text = event.get("text") if event.get("text") is not None else f"[{event.get('kind')}]"
        self.emit({"t_ms": self._t_ms(), "dir": "out", "to": event.get("to"), "text": text, "by": author,
                   **why})

    async def _settle(self) -> None:
        await super()._settle()
        # A step is over once the customer's phone decrypted every answer WhatsApp took. The
        # engine is idle: no answer starts being sent meanwhile, only deliveries arrive.
        with self._shop.database.session() as session:
            sent = set(session.scalars(select(OutboxMessage.wa_id).where(
                OutboxMessage.company_id == self.company_id,
                OutboxMessage.status.in_(REACHED_PHONE))))

        def missing() -> set[str]:
            return sent - {str(d.get("id")) for d in self.delivered}

        if not await self._deliveries.until(lambda: not missing(), self.settings.step_timeout):
            self.emit({"t_ms": self._t_ms(), "event": "timeout",
                       "detail": f"{len(missing())} sent message(s) never reached the customer's phone"})

    async def _incoming(self, phone: str, **fields: Any) -> str | None:
        from desktop.bridge.localwa import LocalWhatsAppError

        if not await self._connected_for(phone):
            return None
        try:
            if fields.get("from_me"):
                result = await self.server.request("phone.type", {"to": phone, "text": fields.get("text") or ""})
                return str(result.get("message_id") or "")
            args: dict[str, Any] = {}
            for key in ("text", "media", "name", "message_id", "undecryptable"):
                if fields.get(key) is not None:
                    args[key] = fields[key]
            return await self.server.customer_send(phone, **args)
        except LocalWhatsAppError as exc:
            self.emit({"t_ms": self._t_ms(), "event": "not_delivered", "from": phone, "detail": str(exc)})
            return None

    async def _fault(self, step: Fault, session) -> None:
        from desktop.bridge.localwa import LocalWhatsAppError

        if step.kind in ("kill_bridge", "garbage"):
            await super()._fault(step, session)  # the bridge's own matter, as with the simulator
            return
        self.emit({"t_ms": self._t_ms(), "event": "fault", "fault": step.kind,
                   **({"code": step.code} if step.code is not None else {}),
                   **({"count": step.count} if step.count is not None else {})})
        try:
            if step.kind == "disconnect":
                await self.server.fault("disconnect", code=step.code or 428)
            elif step.kind in _DISCONNECT_CODES:
                await self.server.fault("disconnect", code=_DISCONNECT_CODES[step.kind])
            elif step.kind == "send_timeout":
                await self.server.fault("hold_acks", count=step.count or 1)
            elif step.kind == "send_error":
                await self.server.fault("refuse_send", count=step.count or 1, code=_SEND_ERROR_CODE)
            elif step.kind == "send_refused":
                await self.server.fault("refuse_send", count=step.count or 1,
                                        code=step.code or _SEND_REFUSED_CODE)
            elif step.kind == "redeliver":
                await self.server.request("customer.redeliver", {"count": step.count or 1})
        except LocalWhatsAppError as exc:
            self.emit({"t_ms": self._t_ms(), "event": "fault_failed", "fault": step.kind, "detail": str(exc)})
            return
        if step.kind == "disconnect":
            await self._after_disconnect()
        elif step.kind in _DISCONNECT_CODES:
            await self._wait_state(LINK_ENDED, timeout=10)
