"""The agenda books, moves and cancels by hand under the receptionist's rules; the customer list
searches, edits and opens conversations."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from PySide6.QtCore import QDate, QTime

from desktop.bot.simulate import fixed_clock
from desktop.store.models import Appointment
from desktop.views.agenda_page import AgendaPage
from desktop.views.customers_page import CustomersPage

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")
WEDNESDAY = dt.datetime(2026, 3, 18, 9, 0, tzinfo=MOSCOW)


@pytest.fixture
def shop(gui_shop_offline):
    gui_shop_offline.engine.clock = fixed_clock(WEDNESDAY)
    return gui_shop_offline


@pytest.fixture
def agenda_page(qtbot, shop):
    page = AgendaPage(shop)
    qtbot.addWidget(page)
    page.set_company(shop.company_id)
    page.set_day(dt.date(2026, 3, 19))
    page.show()
    return page


def _fill(dialog, *, phone="+972501234567", name="Dana", service="Haircut",
          day=dt.date(2026, 3, 19), time=(10, 0)) -> None:
    dialog.phone.setText(phone)
    dialog.name.setText(name)
    dialog.service.setCurrentText(service)
    dialog.date.setDate(QDate(day.year, day.month, day.day))
    dialog.time.setTime(QTime(*time))


def _booked(shop) -> list[Appointment]:
    with shop.database.session() as session:
        return session.query(Appointment).filter_by(status="booked").all()


def test_staff_booking_obeys_the_same_rules(agenda_page, shop) -> None:
    dialog = agenda_page.new_booking()
    _fill(dialog, day=dt.date(2026, 3, 22))  # a Sunday: closed
    dialog.accept()
    assert not dialog.error.isHidden() and "does not fit our hours" in dialog.error.text()
    assert _booked(shop) == []

    _fill(dialog)
    dialog.accept()
    assert [a.booked_by for a in _booked(shop)] == ["staff"]
    assert agenda_page.tree.topLevelItemCount() == 1
    assert agenda_page.tree.topLevelItem(0).text(0) == "10:00–10:30"
    assert "Dana" in agenda_page.tree.topLevelItem(0).text(2)

    second = agenda_page.new_booking()
    _fill(second, phone="+15550001111", name="Sam", time=(10, 15))
    second.accept()
    assert "taken" in second.error.text()
    assert len(_booked(shop)) == 1


def test_move_cancel_and_open_the_conversation(agenda_page, shop, qtbot) -> None:
    dialog = agenda_page.new_booking()
    _fill(dialog)
    dialog.accept()
    agenda_page.tree.setCurrentItem(agenda_page.tree.topLevelItem(0))
    opened = []
    agenda_page.open_conversation.connect(opened.append)
    agenda_page.open_button.click()
    assert len(opened) == 1

    move = agenda_page.move_selected()
    move.time.setTime(QTime(21, 0))  # after closing
    move.accept()
    assert "does not fit our hours" in move.error.text()
    move.time.setTime(QTime(16, 0))
    move.accept()
    start = _booked(shop)[0].start_at.astimezone(MOSCOW)
    assert (start.hour, start.minute) == (16, 0)

    agenda_page.tree.setCurrentItem(agenda_page.tree.topLevelItem(0))
    box = agenda_page.cancel_selected()
    box.button(box.StandardButton.Yes).click()
    assert _booked(shop) == []
    assert agenda_page.tree.topLevelItemCount() == 0


def test_week_view_groups_by_day(agenda_page, shop) -> None:
    for day, phone in ((dt.date(2026, 3, 19), "+15550002001"), (dt.date(2026, 3, 20),
                                                                "+15550002002")):
        dialog = agenda_page.new_booking()
        _fill(dialog, phone=phone, day=day)
        dialog.accept()
    agenda_page.set_week(True)
    headers = [agenda_page.tree.topLevelItem(i).text(0)
               for i in range(agenda_page.tree.topLevelItemCount())]
    assert headers[0].startswith("Thursday 19.03") and any(h.startswith("Friday 20.03")
                                                           for h in headers)


def test_customers_table_search_edit_and_open(qtbot, qtmodeltester, shop, run) -> None:
    import asyncio

    session = shop.session(shop.company_id)
    for phone, name in (("+972501234567", "Dana"), ("+79161234567", "Олег")):
        message_id = run(session.sim_incoming(phone, text="hi", name=name))
        run(_until(lambda m=message_id: shop.engine.has_seen(m)))
    page = CustomersPage(shop)
    qtbot.addWidget(page)
    page.set_company(shop.company_id)
    assert page.model.rowCount() == 0  # not loaded until it is on screen
    page.show()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2
    page.search.setText("олег")
    assert page.proxy.rowCount() == 1
    page.search.setText("1234567")
    assert page.proxy.rowCount() == 2
    page.search.setText("dana")
    page.select_row(0)
    page.notes.setPlainText("Prefers Avi")
    page.tags.setText("regular, vip")
    page.name.setText("Dana Levi")
    run(page.save())
    customer = page.selected()
    assert (customer.name, customer.notes, customer.tags) == ("Dana Levi", "Prefers Avi",
                                                              ("regular", "vip"))
    opened = []
    page.open_conversation.connect(opened.append)
    page.open_button.click()
    assert opened == [customer.conversation_id]
    run(asyncio.sleep(0))


async def _until(condition) -> None:
    import asyncio

    while not condition():
        await asyncio.sleep(0.02)
