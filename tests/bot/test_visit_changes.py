"""Staff move or cancel a visit on the agenda: the customer is told in their own chat, through
the outbox, in their language; a customer who never wrote to the shop is not messaged."""

from __future__ import annotations

import datetime as dt

from tests.bot.conftest import make_shop  # noqa: F401 - pytest fixture
from tests.reliability.test_db_faults import _until

NOW = dt.datetime.fromisoformat("2026-03-18T09:00:00+03:00")
START = dt.datetime.fromisoformat("2026-03-19T12:00:00+03:00")


async def test_a_visit_staff_move_and_cancel_is_told_to_the_customer(make_shop) -> None:  # noqa: F811
    shop = await make_shop(now=NOW)
    operations = shop.runner.runtime.operations
    await shop.session.sim_incoming("+79161230001", text="Здравствуйте!", name="Олег")
    await _until(lambda: len(shop.delivered) >= 1)
    await shop.settle()
    booked = await operations.book(shop.company_id, phone="+79161230001", name="Олег",
                                   service="Haircut", start=START)
    await operations.move_booking(shop.company_id, booked.customer_id, booked.id,
                                  START + dt.timedelta(hours=2))
    await _until(lambda: len(shop.delivered) >= 2)
    await operations.cancel_booking(shop.company_id, booked.customer_id, booked.id)
    await _until(lambda: len(shop.delivered) >= 3)
    await shop.settle()
    moved, cancelled = (d.text for d in shop.delivered[1:])
    # In the customer's language, with the new time; then the cancel with the time it had.
    assert "перенесена" in moved and "14:00" in moved and "Demo Barbershop" in moved
    assert "отменена" in cancelled and "14:00" in cancelled
    assert len(shop.delivered) == 3


async def test_a_customer_who_never_wrote_is_not_messaged(make_shop) -> None:  # noqa: F811
    shop = await make_shop(now=NOW)
    operations = shop.runner.runtime.operations
    booked = await operations.book(shop.company_id, phone="+15550300001", name="Dana",
                                   service="Haircut", start=START)
    await operations.cancel_booking(shop.company_id, booked.customer_id, booked.id)
    await shop.settle()
    assert shop.delivered == []
    assert [r for r in shop.outbox()] == []


async def test_a_visit_the_ai_books_is_announced_to_the_window(make_shop, tmp_path) -> None:  # noqa: F811
    """The agenda and the Customers page read a visit again when the receptionist books it, as
    they do after a staff command: the engine announces the visit and its customer."""
    from desktop.bot.ai.responder import AgentResponder
    from desktop.bot.events import Changes
    from desktop.paths import DataPaths
    from desktop.store.db import open_database
    from desktop.store.models import Appointment

    data = tmp_path / "shop"
    responder = AgentResponder(lambda: open_database(DataPaths(data).database_url()))
    shop = await make_shop(responder=responder, data=data, now=NOW)
    announced: list[Changes] = []
    shop.runner.runtime.engine.bus.subscribe(
        lambda event: announced.append(event) if isinstance(event, Changes) else None)
    await shop.session.sim_incoming("+79161230002", text="Запишите на стрижку завтра в 12",
                                    name="Олег")
    await _until(lambda: len(shop.delivered) >= 1)
    await shop.settle()
    assert "записаны" in shop.delivered[0].text
    with shop.runner.runtime.database.session() as session:
        [visit] = session.query(Appointment).all()
        customer_id, visit_id = visit.customer_id, visit.id
    assert Changes(shop.company_id, customers=frozenset({customer_id}),
                   appointments=frozenset({visit_id})) in announced
    responder.close()
