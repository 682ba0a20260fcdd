"""Staff commands await their whole work: when the await returns it is written, in force and
announced (no waiting afterwards)."""

from __future__ import annotations

import datetime as dt

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
from desktop.bot.records import ConversationRecords
from desktop.bot.responder import EchoResponder
from desktop.store.companies import ensure_demo_company
from desktop.store.db import Database
from desktop.store.models import Company, utcnow


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
