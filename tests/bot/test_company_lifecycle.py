"""Companies are renamed, archived, restored and deleted through `Operations`: each command is
done (written, bridge stopped or started, announced) when its await returns, and touches only
its own company."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from desktop.bot.engine import EngineOptions
from desktop.bot.events import Changes
from desktop.bot.profile import ProfileError
from desktop.bot.responder import EchoResponder
from desktop.bot.shop import Shop, build_shop
from desktop.bridge import IncomingMessage, SessionState
from desktop.paths import DataPaths
from desktop.resources import demo_profile_path
from desktop.store.companies import add_company, list_companies
from desktop.store.models import (
    Appointment,
    Company,
    Conversation,
    Customer,
    Message,
    Setting,
    Transport,
    utcnow,
)

DANA = "+972501234567"


def _message(text: str, wa_id: str) -> IncomingMessage:
    return IncomingMessage(id=wa_id, chat="972501234567@s.whatsapp.net", chat_type="user",
                           phone=DANA, lid=None, participant=None, push_name="Dana",
                           from_me=False, own_send=False, kind="text", text=text,
                           timestamp=int(utcnow().timestamp()), type="notify")


async def _link(shop: Shop, company_id: int) -> None:
    session = shop.runtime.sessions[company_id]
    assert await session.wait_for_state({SessionState.WAITING_QR, SessionState.CONNECTED}, 20)
    if session.state is not SessionState.CONNECTED:
        await session.sim_scan()
        assert await session.wait_for_state({SessionState.CONNECTED}, 20)


@pytest.fixture
async def shop(data_paths: DataPaths) -> AsyncIterator[Shop]:
    """Two simulator companies, both running and linked (real bridges), Echo answering."""
    profile = json.loads(demo_profile_path().read_text(encoding="utf-8"))
    built = build_shop(data_paths, responder=EchoResponder(),
                       engine_options=EngineOptions(debounce_gap=0.0, debounce_max=0.0))
    for name in ("Avi's Barbershop", "Bella Hair Studio"):
        add_company(built.database, name, {**profile, "name": name}, Transport.SIM)
    await built.runtime.start()
    try:
        for company_id in built.runtime.sessions:
            await _link(built, company_id)
        yield built
    finally:
        await built.runtime.stop()
        built.close()


def _count(shop: Shop, model, company_id: int) -> int:
    with shop.database.session() as session:
        return session.scalar(select(func.count()).select_from(model)
                              .where(model.company_id == company_id))


async def _a_customer_writes(shop: Shop, company_id: int, wa_id: str) -> None:
    await shop.engine.handle_incoming(company_id, _message("Hi, a haircut tomorrow?", wa_id))
    assert await shop.engine.wait_idle(20)


def _a_visit(shop: Shop, company_id: int) -> None:
    """A visit of the company's one customer, as a booking stores it."""
    start = utcnow() + dt.timedelta(days=2)
    with shop.database.session() as session:
        customer = session.scalar(select(Customer).where(Customer.company_id == company_id))
        session.add(Appointment(company_id=company_id, customer_id=customer.id,
                                service="Haircut", start_at=start,
                                end_at=start + dt.timedelta(minutes=30)))


async def test_rename_keeps_the_profile_name_in_step(shop: Shop) -> None:
    avi = list_companies(shop.database)[0].id
    changes = await shop.operations.rename_company(avi, "  Avi & Sons  ")
    assert changes == Changes(avi, profile=True)
    with shop.database.session() as session:
        company = session.get(Company, avi)
        assert (company.name, company.profile["name"]) == ("Avi & Sons", "Avi & Sons")
        assert company.profile["timezone"]  # the rest of the profile is kept
    with pytest.raises(ProfileError):
        await shop.operations.rename_company(avi, "   ")


@pytest.mark.slow
async def test_archive_stops_the_bridge_and_nothing_is_answered_until_restored(shop: Shop) -> None:
    avi, bella = (c.id for c in list_companies(shop.database))
    bridge = shop.runtime.sessions[avi]
    events: list[object] = []
    shop.engine.bus.subscribe(events.append)

    changes = await shop.operations.archive_company(avi)
    assert changes == Changes(avi, company=True)
    assert bridge.process is None or not bridge.process.alive  # the bridge has exited
    assert avi not in shop.runtime.sessions and avi not in shop.engine.company_ids
    assert [c.archived for c in list_companies(shop.database)] == [True, False]
    # A message that was already on its way is neither stored nor answered.
    await _a_customer_writes(shop, avi, "ARCHIVED1")
    assert _count(shop, Message, avi) == 0
    # The other company answers as before.
    await _a_customer_writes(shop, bella, "OPEN1")
    assert _count(shop, Message, bella) == 2

    # A restart of the app does not start it either.
    assert shop.runtime.load_companies() == [bella]

    await shop.operations.restore_company(avi)
    assert avi in shop.runtime.sessions and shop.runtime.sessions[avi] is not bridge
    await _link(shop, avi)  # the saved login connects again
    assert not list_companies(shop.database)[0].archived
    await _a_customer_writes(shop, avi, "BACK1")
    assert _count(shop, Message, avi) == 2  # stored and answered again
    await shop.engine.bus.drain()
    assert events.count(Changes(avi, company=True)) == 2


@pytest.mark.slow
async def test_delete_logs_out_first_and_removes_only_that_company(shop: Shop) -> None:
    avi, bella = (c.id for c in list_companies(shop.database))
    for company_id in (avi, bella):
        await _a_customer_writes(shop, company_id, f"M{company_id}")
        _a_visit(shop, company_id)
    avi_folder = shop.paths.sessions_dir / f"company_{avi}"
    bella_folder = shop.paths.sessions_dir / f"company_{bella}"
    assert shop.runtime.has_saved_login(avi)
    logged_out: list[int] = []
    real_logout = shop.runtime.sessions[avi].logout

    async def logout():
        logged_out.append(avi)
        assert avi_folder.exists() and _count(shop, Customer, avi) == 1  # before anything goes
        return await real_logout()

    shop.runtime.sessions[avi].logout = logout

    await shop.operations.delete_company(avi)
    assert logged_out == [avi]
    assert not avi_folder.exists()
    for model in (Customer, Conversation, Message, Appointment):
        assert _count(shop, model, avi) == 0
        assert _count(shop, model, bella) >= 1
    with shop.database.session() as session:
        assert session.get(Company, avi) is None
        assert session.scalar(select(func.count()).select_from(Setting)
                              .where(Setting.scope == f"company:{avi}")) == 0
    assert [c.id for c in list_companies(shop.database)] == [bella]
    assert bella_folder.exists() and shop.runtime.has_saved_login(bella)
    assert shop.runtime.sessions[bella].state is SessionState.CONNECTED


async def test_an_archived_linked_company_is_logged_out_when_deleted(shop: Shop) -> None:
    avi = list_companies(shop.database)[0].id
    await shop.operations.archive_company(avi)
    assert shop.runtime.has_saved_login(avi)  # archived, still linked

    assert await shop.runtime.log_out_company(avi)
    assert not shop.runtime.has_saved_login(avi)
    assert avi not in shop.runtime.sessions  # the bridge started for the logout only


async def test_the_demo_is_created_when_asked_and_labelled(shop: Shop) -> None:
    demo = await shop.operations.add_demo_company()
    rows = {c.id: c for c in list_companies(shop.database)}
    assert rows[demo].demo and rows[demo].transport == "sim"
    assert [c.demo for c in rows.values()].count(True) == 1
    assert demo in shop.runtime.sessions and demo in shop.engine.company_ids
