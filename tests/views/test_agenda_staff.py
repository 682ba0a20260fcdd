"""The agenda of a shop with staff: the day as a grid, one column per staff member; the week
narrowed to one member; a shop without staff keeps its list."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTime

from desktop.bot.simulate import fixed_clock
from desktop.store.models import Appointment, AppointmentStatus, Company
from desktop.views.agenda_page import AgendaPage
from desktop.views.engine_signals import EngineSignals

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")
WEDNESDAY = dt.datetime(2026, 3, 18, 9, 0, tzinfo=MOSCOW)
THURSDAY, FRIDAY, SATURDAY = dt.date(2026, 3, 19), dt.date(2026, 3, 20), dt.date(2026, 3, 21)
# Anna works 10:00-16:00 on Thursdays and is away on Saturday 21.03; Boris works the shop's hours.
STAFF_PROFILE = Path(__file__).resolve().parents[2] / "docs" / "scenarios" / "staff-profile.json"


@pytest.fixture
def shop(gui_shop_offline):
    gui_shop_offline.engine.clock = fixed_clock(WEDNESDAY)
    return gui_shop_offline


def _give_staff(shop) -> None:
    with shop.database.session() as session:
        session.get(Company, shop.company_id).profile = json.loads(
            STAFF_PROFILE.read_text(encoding="utf-8"))


@pytest.fixture
def page(qtbot, shop, run):
    page = AgendaPage(shop)
    qtbot.addWidget(page)
    signals = EngineSignals()

    async def attach() -> None:
        signals.attach(shop.engine.bus)

    run(attach())
    signals.changes.connect(page.on_changes)
    page.resize(1000, 640)
    page.show()
    yield page
    signals.detach()


@pytest.fixture
def staff_page(page, shop):
    _give_staff(shop)
    page.set_company(shop.company_id)
    page.set_day(THURSDAY)
    return page


def _book(run, shop, phone, name, service, day, hour, minute=0, staff=None):
    return run(shop.operations.book(shop.company_id, phone=phone, name=name, service=service,
                                    start=dt.datetime.combine(day, dt.time(hour, minute), MOSCOW),
                                    staff=staff))


def _visits(page) -> dict[str, list[str]]:
    """Each column's customers, as the grid shows them."""
    return {c.title: [v.customer for v in c.visits] for c in page.grid.grid.columns}


def _click(qtbot, page, visit_id, *, double=False) -> None:
    centre = page.grid.block_rect(visit_id).center().toPoint()
    if double:
        qtbot.mouseDClick(page.grid, Qt.MouseButton.LeftButton, pos=centre)
    else:
        qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=centre)


def test_the_day_has_one_column_per_staff_member_and_each_visit_in_its_own(
        staff_page, shop, run, qtbot) -> None:
    assert staff_page.views.currentWidget() is staff_page.grid_area
    assert not staff_page.legend.isHidden()
    assert staff_page.grid.column_titles() == ["Anna", "Boris"]   # the profile's order
    colour = _book(run, shop, "+972501234567", "Dana", "Colour", THURSDAY, 11, staff="Anna")
    trim = _book(run, shop, "+15550001111", "Sam", "Beard trim", THURSDAY, 11, staff="Boris")
    qtbot.waitUntil(lambda: _visits(staff_page) == {"Anna": ["Dana"], "Boris": ["Sam"]})

    anna, boris = staff_page.grid.column_rect(0), staff_page.grid.column_rect(1)
    long_block, short_block = (staff_page.grid.block_rect(colour.id),
                               staff_page.grid.block_rect(trim.id))
    assert anna.contains(long_block.center()) and boris.contains(short_block.center())
    # Side by side at the same start; the hour's colour three times as long as the 20-minute trim.
    assert abs(long_block.top() - short_block.top()) < 1
    assert (long_block.height() + 2) / (short_block.height() + 2) == pytest.approx(3, rel=0.02)
    assert staff_page.grid.block_lines(staff_page.grid.grid.columns[0].visits[0]) == [
        "11:00–12:00", "Dana", "Colour"]


def test_a_block_selected_is_the_visit_done_no_show_and_cancel_act_on(
        staff_page, shop, run, qtbot) -> None:
    first = _book(run, shop, "+972501234567", "Dana", "Haircut", THURSDAY, 10, staff="Anna")
    second = _book(run, shop, "+15550001111", "Sam", "Haircut", THURSDAY, 10, staff="Boris")
    third = _book(run, shop, "+15550002222", "Lea", "Haircut", THURSDAY, 15, staff="Boris")
    qtbot.waitUntil(lambda: _visits(staff_page) == {"Anna": ["Dana"], "Boris": ["Sam", "Lea"]})
    assert not staff_page.done_button.isEnabled()   # nothing chosen yet
    shop.engine.clock = fixed_clock(dt.datetime(2026, 3, 19, 13, 0, tzinfo=MOSCOW))

    _click(qtbot, staff_page, second.id)
    assert staff_page.selected().id == second.id and staff_page.done_button.isEnabled()
    staff_page.done_button.click()
    qtbot.waitUntil(lambda: staff_page.selected().status is AppointmentStatus.DONE)
    assert staff_page.selected().id == second.id    # still chosen after the refresh
    assert not staff_page.done_button.isEnabled()   # a visit marked once is over

    _click(qtbot, staff_page, first.id)
    staff_page.no_show_button.click()
    qtbot.waitUntil(lambda: staff_page.selected().status is AppointmentStatus.NO_SHOW)

    _click(qtbot, staff_page, third.id)
    box = staff_page.cancel_selected()
    assert "Lea" in box.text()
    box.button(box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: _visits(staff_page) == {"Anna": ["Dana"], "Boris": ["Sam"]})
    assert staff_page.selected() is None and not staff_page.move_button.isEnabled()
    with shop.database.session() as session:
        statuses = {a.id: a.status for a in session.query(Appointment)}
    assert statuses == {first.id: "no_show", second.id: "done", third.id: "cancelled"}


def test_a_double_click_on_a_block_opens_the_customers_conversation(
        staff_page, shop, run, qtbot) -> None:
    visit = _book(run, shop, "+972501234567", "Dana", "Haircut", THURSDAY, 14, staff="Boris")
    qtbot.waitUntil(lambda: _visits(staff_page)["Boris"] == ["Dana"])
    opened = []
    staff_page.open_conversation.connect(opened.append)
    _click(qtbot, staff_page, visit.id, double=True)
    assert opened == [staff_page.selected().conversation_id] and opened[0] is not None
    # A click on the empty grid chooses nothing.
    qtbot.mouseClick(staff_page.grid, Qt.MouseButton.LeftButton,
                     pos=staff_page.grid.column_rect(0).center().toPoint())
    assert staff_page.selected() is None


def test_times_a_member_does_not_work_are_shaded(staff_page) -> None:
    grid = staff_page.grid
    assert not grid.is_shaded(0, 11 * 60) and grid.is_shaded(0, 17 * 60)  # Anna until 16:00
    assert not grid.is_shaded(1, 17 * 60)                                    # Boris until 20:00
    assert (grid.grid.first_minute, grid.grid.last_minute) == (10 * 60, 20 * 60)
    assert grid._column_note(grid.grid.columns[0]) == ""

    staff_page.set_day(SATURDAY)   # Anna's day off
    anna = grid.grid.columns[0]
    assert anna.day_off and grid._column_note(anna) == "Day off"
    assert all(grid.is_shaded(0, minute) for minute in range(11 * 60, 17 * 60, 15))
    assert not grid.is_shaded(1, 12 * 60) and not grid.grid.columns[1].day_off

    staff_page.set_day(dt.date(2026, 3, 22))   # a Sunday: the shop is shut, everyone shaded
    assert grid.grid.closed and grid._column_note(grid.grid.columns[1]) == "Shop closed"
    assert all(grid.is_shaded(i, 12 * 60) for i in range(2))


def test_visits_booked_before_the_shop_had_staff_show_in_an_unassigned_column(
        page, shop, run, qtbot) -> None:
    old = _book(run, shop, "+972501234567", "Dana", "Haircut", THURSDAY, 11)  # no staff then
    _give_staff(shop)
    page.set_company(shop.company_id)
    page.set_day(THURSDAY)
    assert page.grid.column_titles() == ["Anna", "Boris", "Unassigned"]
    assert page.grid.column_rect(2).contains(page.grid.block_rect(old.id).center())
    page.set_day(FRIDAY)             # nothing unassigned that day: no such column
    assert page.grid.column_titles() == ["Anna", "Boris"]


def test_the_week_narrows_to_one_staff_member_and_stays_narrowed(
        staff_page, shop, run, qtbot) -> None:
    assert staff_page.staff_filter.isHidden()        # the day view has its columns instead
    _book(run, shop, "+972501234567", "Dana", "Haircut", THURSDAY, 10, staff="Anna")
    _book(run, shop, "+15550001111", "Sam", "Haircut", FRIDAY, 10, staff="Boris")
    staff_page.set_week(True)
    assert staff_page.views.currentWidget() is staff_page.tree
    assert not staff_page.staff_filter.isHidden()
    assert [staff_page.staff_filter.itemText(i) for i in range(staff_page.staff_filter.count())
            ] == ["All staff", "Anna", "Boris"]
    qtbot.waitUntil(lambda: _customers(staff_page) == ["Dana", "Sam"])

    staff_page.set_staff_filter("Boris")
    assert _customers(staff_page) == ["Sam"]
    # A new booking (a Changes refresh) and a trip to the day and back keep the filter.
    _book(run, shop, "+15550002222", "Lea", "Haircut", FRIDAY, 12, staff="Anna")
    _book(run, shop, "+15550003333", "Oleg", "Beard trim", FRIDAY, 13, staff="Boris")
    qtbot.waitUntil(lambda: _customers(staff_page) == ["Sam", "Oleg"])
    staff_page.set_week(False)
    assert staff_page.views.currentWidget() is staff_page.grid_area
    staff_page.set_week(True)
    assert _customers(staff_page) == ["Sam", "Oleg"]
    assert staff_page.staff_filter.currentText() == "Boris"

    staff_page.set_staff_filter(None)
    assert _customers(staff_page) == ["Dana", "Sam", "Lea", "Oleg"]


def _customers(page) -> list[str]:
    """The week's visits as listed (day headers left out), customer names only."""
    rows = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    return [row.text(2).split(" (")[0] for row in rows if row.data(0, Qt.ItemDataRole.UserRole + 1)]


def test_a_shop_without_staff_keeps_its_list(page, shop, run, qtbot) -> None:
    page.set_company(shop.company_id)
    page.set_day(THURSDAY)
    _book(run, shop, "+972501234567", "Dana", "Haircut", THURSDAY, 10)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1)
    assert page.views.currentWidget() is page.tree and page.grid_area.isHidden()
    assert page.tree.isColumnHidden(4) and page.staff_filter.isHidden() and page.legend.isHidden()
    page.set_week(True)
    assert page.staff_filter.isHidden() and page.views.currentWidget() is page.tree
    page.set_week(False)
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    assert page.selected().customer == "Dana" and page.move_button.isEnabled()


def test_the_grid_mirrors_in_a_right_to_left_window(staff_page, qapp) -> None:
    grid = staff_page.grid
    assert grid.column_rect(0).left() < grid.column_rect(1).left()
    grid.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        # The first member on the reading side's start: the right.
        assert grid.column_rect(0).left() > grid.column_rect(1).left()
        assert grid.column_rect(0).right() <= grid.width() - 58 + 1
        assert grid.visit_at(QPoint(5, 5)) is None
    finally:
        grid.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_double_click_on_a_free_time_books_with_that_member_then(
        staff_page, shop, qtbot) -> None:
    grid = staff_page.grid
    boris = grid.column_rect(1)
    # 12:40 in Boris's column: the dialog opens at 12:30 (the 15-minute step before it) with Boris.
    point = QPoint(round(boris.center().x()), round(grid._y(12 * 60 + 40)))
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=point)
    dialog = staff_page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.staff.currentText() == "Boris"
    assert dialog.time.time().toString("HH:mm") == "12:30"
    dialog.phone.setText("+972501234567")
    dialog.name.setText("Dana")
    dialog.service.setCurrentText("Haircut")
    dialog.accept()
    qtbot.waitUntil(lambda: _visits(staff_page)["Boris"] == ["Dana"])
    visit = grid.grid.columns[1].visits[0]
    assert visit.start.astimezone(MOSCOW).time() == dt.time(12, 30)


def test_the_booking_dialog_shows_a_time_left_to_right_in_hebrew(staff_page, qapp) -> None:
    # In a right-to-left window a time edit given its format lays it out backwards ("00:21").
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = staff_page.new_booking()
        dialog.time.setTime(QTime(21, 0))
        assert dialog.time.lineEdit().text() == "21:00"
        dialog.reject()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
