"""A shop process that kills itself (SIGKILL) at a chosen point of sending reminders.

    python bench/reminder_crash_driver.py --data DIR --now ISO [--die-at planned|queued]

The first run sets the shop up: the demo company, three customers who wrote to it, one visit each
on Thursday 19.03.2026 at 12:00, 12:30 and 13:00, booked on Wednesday at 09:00 (so their
reminders, 1440 and 120 minutes before, are planned). Each run then starts the shop with the
engine's clock at `--now` (the simulator's clock), so the reminders due by then are sent:

- `--die-at planned`: the process kills itself after the reminders were planned and found due,
  before any is queued (between planning and sending);
- `--die-at queued`: it kills itself right after the first reminder's transaction committed (its
  row `sent`, its message queued in the outbox, not sent yet);
- (a dying run never connects WhatsApp, so no reminder can have left before the kill);
- without it: it sends everything due, waits until the outbox is done, stops cleanly and prints
  `settled`.

`delivered.jsonl` in DIR gets `{"wa_id", "to"}` for every message the simulated phones received.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shop import InstantResponder, link  # noqa: E402
from crash_driver import AppendLog, driver_engine_options  # noqa: E402
from soak import soak_session_options  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from desktop.bot.ai.booking import BookingDesk  # noqa: E402
from desktop.bot.events import SimulatorDelivered  # noqa: E402
from desktop.bot.profile import load_profile  # noqa: E402
from desktop.bot.records import ConversationRecords  # noqa: E402
from desktop.bot.reminders import ReminderBook  # noqa: E402
from desktop.bot.shop import build_shop  # noqa: E402
from desktop.bot.simulate import fixed_clock  # noqa: E402
from desktop.logs import setup_logging  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.resources import demo_profile_path  # noqa: E402
from desktop.store.db import open_database  # noqa: E402
from desktop.store.models import (  # noqa: E402
    Author,
    Company,
    Conversation,
    Customer,
    Message,
    OutboxMessage,
    OutboxStatus,
    Reminder,
    ReminderStatus,
    Transport,
)
from desktop.waiting import StateWatch, within  # noqa: E402

MOSCOW = dt.timezone(dt.timedelta(hours=3))
BOOKED_AT = dt.datetime(2026, 3, 18, 9, 0, tzinfo=MOSCOW)
VISITS = [("+15550400001", dt.datetime(2026, 3, 19, 12, 0, tzinfo=MOSCOW)),
          ("+15550400002", dt.datetime(2026, 3, 19, 12, 30, tzinfo=MOSCOW)),
          ("+15550400003", dt.datetime(2026, 3, 19, 13, 0, tzinfo=MOSCOW))]
DELIVERED_FILE = "delivered.jsonl"
REACHED = [s.value for s in (OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.READ)]


def set_up(database) -> int:
    """The shop, its customers (each wrote first) and their visits with reminders planned."""
    with database.session() as session:
        company = session.scalar(select(Company).where(Company.transport == Transport.SIM.value))
        if company is not None:
            return company.id
    profile = load_profile(demo_profile_path())
    with database.session() as session:
        company = Company(name=profile.name, profile=profile.to_json(),
                          transport=Transport.SIM.value)
        session.add(company)
        session.flush()
        company_id = company.id
        customers = []
        for n, (phone, _) in enumerate(VISITS):
            customer = Customer(company_id=company_id, phone=phone, name=f"Customer {n}")
            session.add(customer)
            session.flush()
            conversation = Conversation(company_id=company_id, customer_id=customer.id,
                                        chat_jid=f"{phone[1:]}@s.whatsapp.net")
            session.add(conversation)
            session.flush()
            session.add(Message(company_id=company_id, conversation_id=conversation.id,
                                wa_id=f"HELLO{n}", direction="in", author=Author.CUSTOMER.value,
                                text="Hi, book me a haircut please", created_at=BOOKED_AT))
            customers.append(customer.id)
    desk = BookingDesk(database, company_id, profile)
    for customer_id, (_, start) in zip(customers, VISITS, strict=True):
        desk.book(customer_id, "Haircut", start, BOOKED_AT)
    ReminderBook(ConversationRecords(database)).plan(company_id, profile, BOOKED_AT)
    return company_id


def die(word: str) -> None:
    print(f"dying {word}", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


def die_at(point: str) -> None:
    """Make the reminder code kill this process at `point` (a real SIGKILL, not an exception)."""
    if point == "planned":
        send_due = ReminderBook.send_due

        def planned_then_die(self, company_id, profile, now):
            with self.database.session() as session:
                due = session.scalar(select(func.count()).select_from(Reminder).where(
                    Reminder.status == ReminderStatus.PLANNED.value, Reminder.due_at <= now))
            if due:
                die("planned")
            return send_due(self, company_id, profile, now)

        ReminderBook.send_due = planned_then_die  # type: ignore[method-assign]
    elif point == "queued":
        queue = ReminderBook._queue

        def queued_then_die(self, *args, **kwargs):
            queued = queue(self, *args, **kwargs)
            if queued is not None:
                die("queued")
            return queued

        ReminderBook._queue = queued_then_die  # type: ignore[method-assign]


async def main(folder: Path, now: dt.datetime, point: str | None) -> None:
    paths = DataPaths(folder / "data").ensure()
    setup_logging(paths.logs_dir, console=False)
    database = open_database(paths.database_url())
    company_id = set_up(database)
    if point:
        die_at(point)
    log = AppendLog(folder / DELIVERED_FILE)
    reached = {json.loads(line)["wa_id"] for line in (folder / DELIVERED_FILE).read_text()
               .splitlines() if line.strip()} if (folder / DELIVERED_FILE).exists() else set()
    arrivals = StateWatch()

    def on_event(event: object) -> None:
        if isinstance(event, SimulatorDelivered):
            log.write({"wa_id": event.wa_id, "to": event.to_jid})
            reached.add(event.wa_id)
            arrivals.changed()

    runtime = build_shop(paths, database=database, responder=InstantResponder(),
                         engine_options=driver_engine_options(), clock=fixed_clock(now),
                         session_options=lambda _company: soak_session_options()).runtime
    await runtime.start(connect=False)
    if point:
        # Never connected: the kill comes before WhatsApp could have any of the reminders.
        await runtime.engine.reminders.run_due()
        print("not dead", flush=True)
        sys.exit(1)
    runtime.engine.bus.subscribe(on_event)
    session = runtime.sessions[company_id]
    await session.start()
    await link(session)
    print("ready", flush=True)
    await runtime.engine.reminders.run_due()
    if not await runtime.engine.wait_idle(60):
        print("not idle", flush=True)
    # WhatsApp took them; the phones' receipt of each comes a moment later.
    with database.session() as session:
        sent = set(session.scalars(select(OutboxMessage.wa_id).where(
            OutboxMessage.status.in_(REACHED))))
    if not await arrivals.until(lambda: sent <= reached, 20):
        print("not delivered", flush=True)
    await runtime.engine.bus.drain()
    await within(runtime.stop(), 30)
    database.dispose()
    print("settled", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--now", type=dt.datetime.fromisoformat, required=True)
    parser.add_argument("--die-at", choices=("planned", "queued"))
    args = parser.parse_args()
    asyncio.run(main(args.data, args.now, args.die_at))
