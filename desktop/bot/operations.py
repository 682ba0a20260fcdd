"""What a person does in the window, as commands the engine side carries out.

A view never writes to the store itself. It awaits a command here (through `run_action`, so the
window keeps painting); the command writes in one transaction, off the event loop, and then
publishes a `Changes` record on the engine's event bus. Every open view that shows any of the
changed things reads them again: a customer renamed on the Customers page is renamed in the
Conversations list, in the open thread's header and on the agenda at once; a booking made by
hand appears on the agenda; an AI switch turned in the list shows in the open thread's header.
The window's own preferences (its language, the first start done, the tray notice) are
commands too: no view writes the settings. So are the companies themselves: renamed, archived
(its bridge stopped, nothing answered or sent, its history kept), restored, deleted (its WhatsApp
logged out first, then its rows and its session folder removed), and the demo shop the owner
asks to try; the bridges are started and stopped by the runtime (`CompanyBridges`).

Each command returns only when all of its work is done (written, in force, announced). A
refusal is a typed error carrying a `Reason` (`BookingError`, `ProfileError`,
`InvalidPhoneNumber`) that the window shows in its own language.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Protocol

from sqlalchemy import select

from desktop.bot.ai.booking import BookedAppointment, BookingDesk, BookingError
from desktop.bot.ai.keys import ApiKeyStore
from desktop.bot.ai.providers import ProviderKind, ProviderSettings
from desktop.bot.business import save_business
from desktop.bot.engine import Engine
from desktop.bot.events import Changes
from desktop.bot.phones import normalise_phone
from desktop.bot.preferences import (
    DAILY_BACKUPS,
    FIRST_RUN_DONE,
    LANGUAGE,
    TRAY_NOTICE_SHOWN,
    store_preference,
)
from desktop.bot.profile import EMPTY_TEXT, TOO_LONG, BusinessProfile, ProfileError, parse_profile
from desktop.bot.queries import ATTENTION_SOUND, TimeZoneShift, time_zone_shift
from desktop.bot.records import ConversationRecords
from desktop.reason import Reason, define
from desktop.store.companies import add_company, delete_company_rows, demo_profile
from desktop.store.db import Database, existing_row
from desktop.store.models import (
    Appointment,
    AppointmentStatus,
    Company,
    Conversation,
    Customer,
    Message,
    Transport,
)

log = logging.getLogger("ai_admin.operations")

# Why staff cannot mark a visit done or missed. Times are given as "21.12 10:00".
VISIT_NOT_OPEN = define("visit.not_open",
                        "Appointment {appointment} is no longer booked (cancelled, done or "
                        "missed): only a booked or confirmed visit can be marked.")
VISIT_NOT_STARTED = define("visit.not_started",
                           "The visit at {start} has not started yet: it can be marked done or "
                           "missed once it has.")


class VisitNotMarkable(BookingError):
    """A visit staff cannot mark done or missed (not holding its time, or still ahead)."""

    code = "not_markable"


NAME_LIMIT = 200
NOTES_LIMIT = 5000
TAG_LIMIT = 40
TAGS_LIMIT = 20


class CompanyBridges(Protocol):
    """What the running shop (`ShopRuntime`) does with a company's bridge for these commands."""

    async def stop_company(self, company_id: int) -> None:
        """Stop answering for it and shut its bridge down."""

    async def start_company(self, company_id: int) -> None:
        """Answer for it again: its session, outbox and bridge started."""

    async def log_out_company(self, company_id: int) -> bool:
        """Unlink its WhatsApp when linked; True when it was."""

    def remove_session_folder(self, company_id: int) -> None:
        """Delete its session folder in the data folder (blocking)."""


class Operations:
    """The commands staff give from the window; each awaits its whole work before it returns."""

    def __init__(self, database: Database, engine: Engine) -> None:
        self._database = database
        self._engine = engine
        self._bus = engine.bus
        self._bridges: CompanyBridges | None = None

    def use_bridges(self, bridges: CompanyBridges) -> None:
        """The runtime that starts and stops companies' bridges (it hands itself in)."""
        self._bridges = bridges

    @property
    def bridges(self) -> CompanyBridges:
        if self._bridges is None:
            raise RuntimeError("no runtime runs the companies' bridges")
        return self._bridges

    def _announce(self, changes: Changes) -> Changes:
        self._bus.publish(changes)
        return changes

    # -- customers -------------------------------------------------------------------------------

    async def edit_customer(self, company_id: int, customer_id: int, *, name: str | None, notes: str,
                            tags: list[str]) -> Changes:
        """Staff edit a customer's name, notes and tags (only within their own company)."""
        conversations = await asyncio.to_thread(self._write_customer, company_id, customer_id,
                                                name=name, notes=notes, tags=tags)
        return self._announce(Changes(company_id, customers=frozenset({customer_id}),
                                      conversations=conversations))

    def _write_customer(self, company_id: int, customer_id: int, *, name: str | None, notes: str,
                        tags: list[str]) -> frozenset[int]:
        with self._database.session() as session:
            customer = session.get(Customer, customer_id)
            if customer is None or customer.company_id != company_id:
                raise LookupError(f"no customer {customer_id} in this company")
            customer.name = (name or "").strip()[:NAME_LIMIT] or None
            customer.notes = notes[:NOTES_LIMIT]
            customer.tags = [t.strip()[:TAG_LIMIT] for t in tags if t.strip()][:TAGS_LIMIT]
            # The conversations that show this customer's name (one per WhatsApp chat of theirs).
            return frozenset(session.scalars(select(Conversation.id).where(
                Conversation.company_id == company_id, Conversation.customer_id == customer_id)))

    # -- bookings by hand --------------------------------------------------------------------------

    def _desk(self, company_id: int) -> BookingDesk:
        # The rules as the receptionist applies them, from the profile as stored right now.
        with self._database.session() as session:
            profile = parse_profile(existing_row(session, Company, company_id).profile)
        return BookingDesk(self._database, company_id, profile)

    async def book(self, company_id: int, *, phone: str, name: str, service: str,
                   start: dt.datetime, staff: str | None = None) -> BookedAppointment:
        """Staff book a service for a customer (found by phone, or added with a conversation),
        with the staff member chosen (None: the rules pick one, as for the receptionist), under
        the receptionist's rules; BookingError or InvalidPhoneNumber when refused."""
        now = self._engine.clock()

        def write() -> tuple[BookedAppointment, int]:
            e164 = normalise_phone(phone)
            desk = self._desk(company_id)
            # Refused before a new customer is added for it (only a booking racing this one for
            # the same time can still refuse it below).
            desk.check(service, start, now, staff=staff)
            new_customer = self._engine.records.conversation_for_phone(
                company_id, e164, now=now, create=False) is None
            customer_id = customer_for_booking(self._engine.records, company_id, e164, name, now)
            try:
                return desk.book(customer_id, service, start, now, staff=staff,
                                 booked_by="staff"), customer_id
            except BookingError:
                if new_customer:
                    forget_unused_customer(self._database, customer_id)
                raise

        booked, customer_id = await asyncio.to_thread(write)
        self._announce(Changes(company_id, customers=frozenset({customer_id}),
                               appointments=frozenset({booked.id})))
        return booked

    async def move_booking(self, company_id: int, customer_id: int, appointment_id: int,
                           start: dt.datetime, staff: str | None = None) -> BookedAppointment:
        """Staff move an upcoming appointment; the same rules as a new booking (the visit keeps
        its staff member when free, unless another is chosen), at any notice. The customer is
        told in their chat (when they ever wrote to us)."""
        now = self._engine.clock()
        moved = await asyncio.to_thread(
            lambda: self._desk(company_id).reschedule(customer_id, appointment_id, start, now,
                                                      staff=staff, by_staff=True))
        self._announce(Changes(company_id, appointments=frozenset({appointment_id})))
        await self._engine.tell_customer_of_change(company_id, appointment_id, "visit_moved")
        return moved

    async def cancel_booking(self, company_id: int, customer_id: int,
                             appointment_id: int) -> BookedAppointment:
        """Staff cancel an upcoming appointment at any notice; the customer is told in their
        chat (when they ever wrote to us)."""
        now = self._engine.clock()
        cancelled = await asyncio.to_thread(
            lambda: self._desk(company_id).cancel(customer_id, appointment_id, now,
                                                  by_staff=True))
        self._announce(Changes(company_id, appointments=frozenset({appointment_id})))
        await self._engine.tell_customer_of_change(company_id, appointment_id, "visit_cancelled")
        return cancelled

    async def mark_done(self, company_id: int, appointment_id: int) -> Changes:
        """Staff mark a visit that has started as done (the customer came)."""
        return await self._mark_visit(company_id, appointment_id, AppointmentStatus.DONE)

    async def mark_no_show(self, company_id: int, appointment_id: int) -> Changes:
        """Staff mark a visit that has started as missed (the customer did not come)."""
        return await self._mark_visit(company_id, appointment_id, AppointmentStatus.NO_SHOW)

    async def _mark_visit(self, company_id: int, appointment_id: int,
                          status: AppointmentStatus) -> Changes:
        now = self._engine.clock()

        def write() -> None:
            with self._database.session() as session:
                row = session.get(Appointment, appointment_id)
                if row is None or row.company_id != company_id:
                    raise LookupError(f"no appointment {appointment_id} in this company")
                if not AppointmentStatus(row.status).holds_time:
                    raise VisitNotMarkable(Reason(VISIT_NOT_OPEN, {"appointment": appointment_id}))
                if row.start_at > now:
                    local = self._desk(company_id).local(row.start_at)
                    raise VisitNotMarkable(Reason(VISIT_NOT_STARTED,
                                                  {"start": f"{local:%d.%m %H:%M}"}))
                row.status = status.value

        await asyncio.to_thread(write)
        return self._announce(Changes(company_id, appointments=frozenset({appointment_id})))

    # -- the business profile ----------------------------------------------------------------------

    async def save_business(self, company_id: int, profile: BusinessProfile,
                            provider: ProviderSettings, *, keys: ApiKeyStore,
                            api_key: str | None = None) -> Changes:
        """Save a validated profile and provider choice together (and a new API key first, so
        the receptionist rebuilt from them can use it); the receptionist answers with them from
        the next message on."""
        def write() -> None:
            if api_key and provider.kind is not ProviderKind.OFFLINE:
                keys.save(provider.kind.value, company_id, api_key)
            save_business(self._database, company_id, profile, provider)

        await asyncio.to_thread(write)
        self._engine.responder.settings_changed(company_id)
        return self._announce(Changes(company_id, profile=True))

    async def preview_time_zone_change(self, company_id: int, new_zone: str) -> TimeZoneShift:
        """What saving `new_zone` would do to the upcoming visits' shown times (nothing is
        written: visits keep their instants; the owner is told before saving)."""
        now = self._engine.clock()
        return await asyncio.to_thread(time_zone_shift, self._database, company_id, new_zone, now)

    # -- the companies themselves -----------------------------------------------------------------

    async def rename_company(self, company_id: int, name: str) -> Changes:
        """Give the company a new name: the sidebar's and the profile's `name` (what the
        receptionist calls the shop), kept the same; announced as a profile change."""
        name = name.strip()
        if not name:
            raise ProfileError(Reason(EMPTY_TEXT, {"field": "name"}))
        if len(name) > NAME_LIMIT:
            raise ProfileError(Reason(TOO_LONG, {"field": "name", "limit": NAME_LIMIT}))

        def write() -> None:
            with self._database.session() as session:
                company = existing_row(session, Company, company_id)
                company.name = name
                # A new dict: the JSON column sees a change only when the value is replaced.
                company.profile = {**(company.profile or {}), "name": name}

        await asyncio.to_thread(write)
        self._engine.responder.settings_changed(company_id)
        return self._announce(Changes(company_id, profile=True))

    async def archive_company(self, company_id: int) -> Changes:
        """Archive a company: its bridge is stopped and nothing is answered or sent for it (also
        after a restart of the app); its conversations, customers and visits are kept."""
        await asyncio.to_thread(self._set_archived, company_id, self._engine.clock())
        await self.bridges.stop_company(company_id)
        log.info("Archived the company", extra={"company_id": company_id})
        return self._announce(Changes(company_id, company=True))

    async def restore_company(self, company_id: int) -> Changes:
        """Take a company out of the archive: its bridge starts again and it answers."""
        await asyncio.to_thread(self._set_archived, company_id, None)
        await self.bridges.start_company(company_id)
        log.info("Restored the company from the archive", extra={"company_id": company_id})
        return self._announce(Changes(company_id, company=True))

    def _set_archived(self, company_id: int, at: dt.datetime | None) -> None:
        with self._database.session() as session:
            existing_row(session, Company, company_id).archived_at = at

    async def delete_company(self, company_id: int) -> Changes:
        """Delete a company for good: its WhatsApp is logged out first when linked (the phone
        drops this computer), its bridge stopped, then its rows (conversations, customers,
        visits, messages, settings) and its session folder removed. Other companies keep
        everything."""
        bridges = self.bridges
        logged_out = await bridges.log_out_company(company_id)
        await bridges.stop_company(company_id)
        await asyncio.to_thread(delete_company_rows, self._database, company_id)
        await asyncio.to_thread(bridges.remove_session_folder, company_id)
        self._engine.responder.settings_changed(company_id)
        log.info("Deleted the company%s", " (WhatsApp logged out first)" if logged_out else "",
                 extra={"company_id": company_id})
        return self._announce(Changes(company_id, company=True))

    async def add_demo_company(self) -> int:
        """The owner asked to try the simulator: the demo barbershop (labelled a demo) is
        created on it and answers at once; returns its id."""
        def write() -> int:
            profile = demo_profile()
            return add_company(self._database, profile["name"], profile, Transport.SIM, demo=True)

        company_id = await asyncio.to_thread(write)
        await self.bridges.start_company(company_id)
        self._announce(Changes(company_id, company=True))
        return company_id

    # -- the AI switches, taking over, sending again -----------------------------------------------

    async def set_company_ai(self, company_id: int, enabled: bool) -> Changes:
        """The company's AI switch: off means nothing is answered automatically."""
        await self._engine.set_company_ai(company_id, enabled)
        return self._announce(Changes(company_id, company_ai=enabled))

    async def set_conversation_ai(self, conversation_id: int, enabled: bool) -> Changes:
        """One conversation's AI switch (on also ends a pause)."""
        changed = await self._engine.set_conversation_ai(conversation_id, enabled)
        return self._announce(Changes(changed.company_id,
                                      conversations=frozenset({conversation_id})))

    async def take_over(self, conversation_id: int) -> Changes:
        """Staff answer this customer: the AI stays quiet here for a while."""
        changed = await self._engine.pause_ai(conversation_id)
        return self._announce(Changes(changed.company_id,
                                      conversations=frozenset({conversation_id})))

    async def hand_back(self, conversation_id: int) -> Changes:
        """The AI answers this customer again (switched on if it was off)."""
        changed = await self._engine.resume_ai(conversation_id)
        return self._announce(Changes(changed.company_id,
                                      conversations=frozenset({conversation_id})))

    async def retry_send(self, company_id: int, outbox_id: int) -> None:
        """Send a failed message again; returns once it is queued again (its status event says
        so, and the outbox is woken). A message WhatsApp already has (a receipt or its echo
        proved it arrived) is refused with `AlreadySentError`, whose reason the window shows."""
        await self._engine.retry_outgoing(company_id, outbox_id)

    async def send_staff_message(self, conversation_id: int, text: str) -> None:
        """A reply typed by staff: queued in the outbox; the AI pauses for this conversation."""
        await self._engine.send_staff_message(conversation_id, text)

    async def mark_read(self, conversation_id: int) -> None:
        """Staff looked at the conversation: nothing unread any more."""
        await self._engine.mark_read(conversation_id)

    # -- the window's preferences ------------------------------------------------------------------

    async def choose_language(self, code: str) -> Changes:
        """The window's language ("en", "ru", "he"); it applies from the next start."""
        return await self._store_preference(LANGUAGE, code)

    async def finish_first_run(self) -> Changes:
        """The guided first start created the shop's company: it is not offered again."""
        return await self._store_preference(FIRST_RUN_DONE, True)

    async def note_tray_notice_shown(self) -> Changes:
        """Staff were told once that a closed window keeps the shop answering: not again."""
        return await self._store_preference(TRAY_NOTICE_SHOWN, True)

    async def set_daily_backups(self, on: bool) -> Changes:
        """Whether a backup of the data folder is made every day (in `<data>/backups/`)."""
        return await self._store_preference(DAILY_BACKUPS, on)

    async def set_attention_sound(self, on: bool) -> Changes:
        """Whether the window beeps when a conversation newly needs a human."""
        return await self._store_preference(ATTENTION_SOUND, on)

    async def _store_preference(self, key: str, value: object) -> Changes:
        await asyncio.to_thread(store_preference, self._database, key, value)
        return self._announce(Changes(None, settings=frozenset({key})))


def customer_for_booking(records: ConversationRecords, company_id: int, phone: str, name: str,
                         now: dt.datetime) -> int:
    """The customer a booking made by hand is for: found by phone or added (with a conversation,
    so the booking can be opened there); a name typed in fills an empty one, never replaces one."""
    conversation_id = records.conversation_for_phone(company_id, phone, now=now)
    with records.database.session() as session:
        customer = existing_row(session, Conversation, conversation_id).customer
        if name.strip() and not customer.name:
            customer.name = name.strip()[:NAME_LIMIT]
        return customer.id


def forget_unused_customer(database: Database, customer_id: int) -> None:
    """Remove a customer added for a booking that was then refused (a booking racing this one
    took the time): a refused booking leaves no customer and no empty conversation behind.

    Only while nothing is theirs yet: a message they sent meanwhile keeps them, and their chat.
    """
    with database.session() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            return
        conversations = list(session.scalars(select(Conversation).where(
            Conversation.customer_id == customer_id)))
        if session.scalar(select(Message.id).where(Message.conversation_id.in_(
                [c.id for c in conversations])).limit(1)) is not None:
            return
        if session.scalar(select(Appointment.id).where(
                Appointment.customer_id == customer_id).limit(1)) is not None:
            return
        for conversation in conversations:
            session.delete(conversation)
        session.flush()
        session.delete(customer)
