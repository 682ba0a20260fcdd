"""The agenda books, moves and cancels by hand under the receptionist's rules; the customer list
searches, edits and opens conversations."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

import pytest
from PySide6.QtCore import QDate, QTime

from desktop.bot.simulate import fixed_clock
from desktop.store.models import Appointment, AppointmentStatus
from desktop.views.agenda_page import AgendaPage
from desktop.views.customers_page import CustomersPage
from desktop.views.engine_signals import EngineSignals

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")
WEDNESDAY = dt.datetime(2026, 3, 18, 9, 0, tzinfo=MOSCOW)


@pytest.fixture
def shop(gui_shop_offline):
    gui_shop_offline.engine.clock = fixed_clock(WEDNESDAY)
    return gui_shop_offline


@pytest.fixture
def agenda_page(qtbot, shop, run):
    page = AgendaPage(shop)
    qtbot.addWidget(page)
    # As in the window: the page hears the Changes the engine side publishes.
    signals = EngineSignals()

    async def attach() -> None:
        signals.attach(shop.engine.bus)

    run(attach())
    signals.changes.connect(page.on_changes)
    page.set_company(shop.company_id)
    page.set_day(dt.date(2026, 3, 19))
    page.show()
    yield page
    signals.detach()


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


def _rows(page) -> list[str]:
    return [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]


def _refused(qtbot, dialog) -> str:
    qtbot.waitUntil(lambda: not dialog.error.isHidden() and dialog.isVisible())
    return dialog.error.text()


def test_staff_booking_obeys_the_same_rules(agenda_page, shop, qtbot) -> None:
    dialog = agenda_page.new_booking()
    _fill(dialog, day=dt.date(2026, 3, 22))  # a Sunday: closed
    dialog.accept()
    assert _refused(qtbot, dialog) == "Haircut (30 min) at 22.03 10:00: the shop is closed that day."
    assert _booked(shop) == []

    _fill(dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: _rows(agenda_page) == ["10:00–10:30"])
    assert [a.booked_by for a in _booked(shop)] == ["staff"]
    assert "Dana" in agenda_page.tree.topLevelItem(0).text(2)
    assert agenda_page.status.text().startswith("Booked Haircut at")

    second = agenda_page.new_booking()
    _fill(second, phone="+15550001111", name="Sam", time=(10, 15))
    second.accept()
    assert _refused(qtbot, second) == "19.03 10:15 is already taken."
    assert len(_booked(shop)) == 1

    third = agenda_page.new_booking()
    _fill(third, phone="12")
    third.accept()
    assert _refused(qtbot, third) == "“12” is not a phone number."


def test_a_booking_made_elsewhere_appears_on_the_agenda(agenda_page, shop, qtbot, run) -> None:
    # The command, not the page, books: the page hears of it through Changes and reads again.
    run(shop.operations.book(shop.company_id, phone="+972501234567", name="Dana",
                             service="Haircut", start=dt.datetime(2026, 3, 19, 11, 0,
                                                                  tzinfo=MOSCOW)))
    qtbot.waitUntil(lambda: _rows(agenda_page) == ["11:00–11:30"])


def test_a_refusal_is_shown_in_russian(agenda_page, shop, qtbot, qapp) -> None:
    from desktop.views.i18n import install_language

    assert install_language(qapp, "ru")
    try:
        dialog = agenda_page.new_booking()
        _fill(dialog, day=dt.date(2026, 3, 22))  # a Sunday: closed
        dialog.accept()
        text = _refused(qtbot, dialog)
        assert "закрыт" in text and "Haircut" in text and "22.03 10:00" in text
        assert not re.search(r"[A-Za-z]{3,}", text.replace("Haircut", "")), text
    finally:
        install_language(qapp, "en")


def test_move_cancel_and_open_the_conversation(agenda_page, shop, qtbot) -> None:
    dialog = agenda_page.new_booking()
    _fill(dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: len(_rows(agenda_page)) == 1)
    agenda_page.tree.setCurrentItem(agenda_page.tree.topLevelItem(0))
    opened = []
    agenda_page.open_conversation.connect(opened.append)
    agenda_page.open_button.click()
    assert len(opened) == 1

    move = agenda_page.move_selected()
    move.time.setTime(QTime(21, 0))  # after closing
    move.accept()
    assert "does not fit the opening hours" in _refused(qtbot, move)
    move.time.setTime(QTime(16, 0))
    move.accept()
    qtbot.waitUntil(lambda: _rows(agenda_page) == ["16:00–16:30"])
    start = _booked(shop)[0].start_at.astimezone(MOSCOW)
    assert (start.hour, start.minute) == (16, 0)

    agenda_page.tree.setCurrentItem(agenda_page.tree.topLevelItem(0))
    box = agenda_page.cancel_selected()
    box.button(box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: agenda_page.tree.topLevelItemCount() == 0)
    assert _booked(shop) == []
    # Said once the whole command is done (the customer told too), a moment after the row went.
    qtbot.waitUntil(lambda: agenda_page.status.text() == "Cancelled.")


def test_week_view_groups_by_day(agenda_page, shop, qtbot) -> None:
    for day, phone in ((dt.date(2026, 3, 19), "+15550002001"), (dt.date(2026, 3, 20),
                                                                "+15550002002")):
        dialog = agenda_page.new_booking()
        _fill(dialog, phone=phone, day=day)
        dialog.accept()
        qtbot.waitUntil(lambda d=day: agenda_page._day == d and len(_rows(agenda_page)) == 1)
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


def test_a_shop_with_staff_books_with_whom_it_is_asked_and_marks_the_visit_done(
        agenda_page, shop, qtbot, run) -> None:
    from desktop.store.models import Company

    with shop.database.session() as session:
        company = session.get(Company, shop.company_id)
        company.profile = {**company.profile, "staff": [{"name": "Anna"}, {"name": "Boris"}]}
    agenda_page.set_company(shop.company_id)
    dialog = agenda_page.new_booking()
    assert [dialog.staff.itemText(i) for i in range(dialog.staff.count())] == [
        "Anyone free", "Anna", "Boris"]
    _fill(dialog)
    dialog.staff.setCurrentText("Boris")
    dialog.accept()

    def visits() -> list:   # the day of a shop with staff is a grid, a column per member
        return [v for column in agenda_page.grid.grid.columns for v in column.visits]

    qtbot.waitUntil(lambda: len(visits()) == 1)
    second = agenda_page.new_booking()
    _fill(second, phone="+15550001111", name="Sam")   # the same time: the other chair
    second.accept()
    qtbot.waitUntil(lambda: len(visits()) == 2)
    assert {v.staff: v.customer for v in visits()} == {"Anna": "Sam", "Boris": "Dana"}
    # The week's list names the member of each visit.
    agenda_page.set_week(True)
    assert not agenda_page.tree.isColumnHidden(4)
    staff = {agenda_page.tree.topLevelItem(i).text(4) for i in range(1, 3)}
    assert staff == {"Anna", "Boris"}
    agenda_page.set_week(False)

    shop.engine.clock = fixed_clock(dt.datetime(2026, 3, 19, 11, 0, tzinfo=MOSCOW))
    agenda_page.grid.select(visits()[0].id)
    run(agenda_page.mark_selected(AppointmentStatus.DONE))
    qtbot.waitUntil(lambda: len(visits()) == 2
                    and AppointmentStatus.DONE in {v.status for v in visits()})


def test_a_shop_without_staff_shows_no_staff_column_or_chooser(agenda_page) -> None:
    assert agenda_page.tree.isColumnHidden(4)
    dialog = agenda_page.new_booking()
    assert not dialog.staff.isVisibleTo(dialog)   # not in the form at all
