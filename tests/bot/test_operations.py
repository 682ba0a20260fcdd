"""Staff commands await their whole work: when the await returns it is written, in force and
announced (no waiting afterwards)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.bot.ai.booking import BookingError, StaffUnavailable
from desktop.bot.engine import Engine
from desktop.bot.events import Changes, ConversationChanged
from desktop.bot.operations import Operations
from desktop.bot.preferences import (
    FIRST_RUN_DONE,
    LANGUAGE,
    TRAY_NOTICE_SHOWN,
    WindowPreferences,
    preferences_at_start,
    window_preferences,
)
from desktop.bot.queries import agenda
from desktop.bot.records import ConversationRecords
from desktop.bot.responder import EchoResponder
from desktop.resources import demo_profile_path
from desktop.store.companies import add_company, ensure_demo_company
from desktop.store.db import Database
from desktop.store.models import Appointment, Company, Transport, utcnow


async def test_commands_are_done_when_their_await_returns(database: Database) -> None:
    company_id = ensure_demo_company(database)
    records = ConversationRecords(database)
    engine = Engine(records, EchoResponder())
    operations = Operations(database, engine)
    events: list[object] = []
    engine.bus.subscribe(events.append)
    conversation_id = records.conversation_for_phone(company_id, "+15550001111", now=utcnow())

    changes = await operations.set_company_ai(company_id, False)
    with database.session() as session:
        assert session.get(Company, company_id).ai_enabled is False
    assert engine._flags[company_id][0] is False  # in force for the next message
    assert changes == Changes(company_id, company_ai=False)

    await operations.take_over(conversation_id)
    paused = records.conversation_state(conversation_id).ai_paused_until
    assert paused is not None and paused > utcnow() + dt.timedelta(minutes=5)
    await operations.hand_back(conversation_id)
    assert records.conversation_state(conversation_id).ai_paused_until is None

    await engine.bus.drain()
    states = [e for e in events if isinstance(e, ConversationChanged)]
    assert states[-1].ai_paused_until is None  # the last announcement is the latest state
    assert Changes(company_id, conversations=frozenset({conversation_id})) in events
    engine.bus.close()


async def test_the_windows_preferences_are_written_then_announced(database: Database) -> None:
    engine = Engine(ConversationRecords(database), EchoResponder())
    operations = Operations(database, engine)
    events: list[object] = []
    engine.bus.subscribe(events.append)
    assert window_preferences(database) == WindowPreferences()

    assert await operations.choose_language("he") == Changes(None, settings=frozenset({LANGUAGE}))
    await operations.finish_first_run()
    await operations.note_tray_notice_shown()

    # Written when the awaits return, and through its own transaction (another reader sees it).
    assert window_preferences(database) == WindowPreferences("he", first_run_done=True,
                                                             tray_notice_shown=True)
    await engine.bus.drain()
    assert [e.settings for e in events if isinstance(e, Changes)] == [
        {LANGUAGE}, {FIRST_RUN_DONE}, {TRAY_NOTICE_SHOWN}]
    engine.bus.close()


def test_a_folder_with_companies_from_before_is_past_the_first_run(database: Database) -> None:
    assert not preferences_at_start(database, shop_is_new=True).first_run_done
    assert preferences_at_start(database, shop_is_new=False).first_run_done
    assert window_preferences(database).first_run_done  # stored, not only reported


class _QuietSession:
    """A session that only takes subscriptions: nothing is sent in this test."""

    def subscribe(self, callback):
        return lambda: None


async def test_sending_again_a_message_whatsapp_has_is_refused_with_a_reason(
        database: Database) -> None:
    from desktop.bot.outbox import ALREADY_SENT, AlreadySentError
    from desktop.reason import Reason
    from desktop.store.models import OutboxMessage, OutboxStatus

    company_id = ensure_demo_company(database)
    records = ConversationRecords(database)
    engine = Engine(records, EchoResponder())
    engine.attach(company_id, _QuietSession())
    operations = Operations(database, engine)
    conversation_id = records.conversation_for_phone(company_id, "+15550001111", now=utcnow())
    with database.session() as session:
        row = OutboxMessage(company_id=company_id, conversation_id=conversation_id,
                            wa_id="AIAHUNG1", to_jid="15550001111@s.whatsapp.net", text="hi",
                            author="bot", created_at=utcnow(), next_attempt_at=utcnow(),
                            status=OutboxStatus.FAILED.value, attempts=5)
        session.add(row)
        session.flush()
        outbox_id = row.id
    # The phone's receipt proves the failed reply arrived after all.
    await engine.sender(company_id).on_receipt("AIAHUNG1", "read")
    try:
        await operations.retry_send(company_id, outbox_id)
    except AlreadySentError as refused:
        assert refused.reason == Reason(ALREADY_SENT)
    else:
        raise AssertionError("a message the customer has read was queued to be sent again")
    await engine.sender(company_id)._flush_or_raise()  # written now, not on the next flush
    with database.session() as session:
        assert session.get(OutboxMessage, outbox_id).status == OutboxStatus.READ.value
    engine.bus.close()


async def test_staff_mark_a_visit_that_has_started_done_or_missed(database: Database) -> None:
    company_id = ensure_demo_company(database)
    now = [dt.datetime(2026, 3, 18, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))]
    engine = Engine(ConversationRecords(database), EchoResponder(), clock=lambda: now[0])
    operations = Operations(database, engine)
    events: list[object] = []
    engine.bus.subscribe(events.append)
    start = dt.datetime(2026, 3, 18, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    first = await operations.book(company_id, phone="+15550001111", name="Dana",
                                  service="Haircut", start=start)
    second = await operations.book(company_id, phone="+15550002222", name="Sam",
                                   service="Haircut", start=start + dt.timedelta(hours=1))

    with pytest.raises(BookingError) as early:
        await operations.mark_done(company_id, first.id)
    assert early.value.reason.code == "visit.not_started"
    assert early.value.reason.params == {"start": "18.03 12:00"}

    now[0] = start + dt.timedelta(hours=2)
    assert await operations.mark_done(company_id, first.id) == Changes(
        company_id, appointments=frozenset({first.id}))
    await operations.mark_no_show(company_id, second.id)
    with database.session() as session:
        assert session.get(Appointment, first.id).status == "done"
        assert session.get(Appointment, second.id).status == "no_show"
    with pytest.raises(BookingError) as twice:
        await operations.mark_no_show(company_id, first.id)
    assert twice.value.reason.code == "visit.not_open"
    with pytest.raises(LookupError):
        await operations.mark_done(company_id + 1, first.id)   # another company's visit
    await engine.bus.drain()
    assert Changes(company_id, appointments=frozenset({second.id})) in events


async def test_booking_by_hand_takes_a_staff_member_or_lets_the_rules_pick(
        database: Database) -> None:
    profile = json.loads(demo_profile_path().read_text(encoding="utf-8"))
    profile["staff"] = [{"name": "Anna"}, {"name": "Boris"}]
    profile["booking"]["change_notice_min"] = 24 * 60
    company_id = add_company(database, "Two chairs", profile, Transport.SIM)
    now = dt.datetime(2026, 3, 18, 6, 0, tzinfo=dt.UTC)  # Wednesday 09:00 in Moscow
    engine = Engine(ConversationRecords(database), EchoResponder(), clock=lambda: now)
    operations = Operations(database, engine)
    start = dt.datetime(2026, 3, 18, 12, 0)

    chosen = await operations.book(company_id, phone="+15550002001", name="Dana",
                                   service="Haircut", start=start, staff="Boris")
    picked = await operations.book(company_id, phone="+15550002002", name="Mike",
                                   service="Haircut", start=start)
    assert (chosen.staff, picked.staff) == ("Boris", "Anna")
    # The agenda's read model names each visit's staff member.
    day = agenda(database, company_id, dt.datetime(2026, 3, 18, tzinfo=dt.UTC),
                 dt.datetime(2026, 3, 19, tzinfo=dt.UTC))
    assert {(item.id, item.staff) for item in day} == {(chosen.id, "Boris"), (picked.id, "Anna")}
    with pytest.raises(StaffUnavailable, match="Boris is busy"):
        await operations.book(company_id, phone="+15550002003", name="Sam", service="Haircut",
                              start=start, staff="Boris")
    # Staff change a visit at any notice (the receptionist would hand this one to them).
    moved = await operations.move_booking(company_id, chosen.customer_id, chosen.id,
                                          dt.datetime(2026, 3, 18, 13, 0))
    assert (moved.start.hour, moved.staff) == (13, "Boris")
    cancelled = await operations.cancel_booking(company_id, picked.customer_id, picked.id)
    assert cancelled.status == "cancelled"
    engine.bus.close()


async def test_a_refused_booking_by_hand_adds_no_customer_and_no_conversation(
        database: Database, monkeypatch) -> None:
    from sqlalchemy import func, select

    from desktop.bot.ai.booking import BookingDesk, SlotTaken
    from desktop.store.models import Conversation, Customer

    company_id = ensure_demo_company(database)
    now = dt.datetime(2026, 3, 18, 6, 0, tzinfo=dt.UTC)  # Wednesday 09:00 in Moscow
    engine = Engine(ConversationRecords(database), EchoResponder(), clock=lambda: now)
    operations = Operations(database, engine)
    start = dt.datetime(2026, 3, 18, 12, 0)

    def counts() -> tuple[int, int]:
        with database.session() as session:
            return (session.scalar(select(func.count()).select_from(Customer)),
                    session.scalar(select(func.count()).select_from(Conversation)))

    await operations.book(company_id, phone="+15550003001", name="Dana", service="Haircut",
                          start=start)
    before = counts()
    with pytest.raises(BookingError):   # the shop is closed at three in the morning
        await operations.book(company_id, phone="+15550003002", name="Mike",
                              service="Haircut", start=dt.datetime(2026, 3, 18, 3, 0))
    assert counts() == before
    # A booking racing this one takes the time after the rules were checked: refused by the
    # booking itself, after the customer was added for it, and they are gone again.
    monkeypatch.setattr(BookingDesk, "check", lambda *args, **kwargs: None)
    with pytest.raises(SlotTaken):
        await operations.book(company_id, phone="+15550003003", name="Sam", service="Haircut",
                              start=start)
    assert counts() == before
    # A customer who was there before keeps their row and their chat.
    with pytest.raises(SlotTaken):
        await operations.book(company_id, phone="+15550003001", name="Dana", service="Haircut",
                              start=start)
    assert counts() == before
    engine.bus.close()
