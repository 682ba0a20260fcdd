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
