"""The Customers page shows each customer's visits and no-shows, and the selected customer's
visit history, and follows visits marked in the agenda at once."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from desktop.bot.simulate import fixed_clock
from desktop.store.models import Appointment, AppointmentStatus, Company, Conversation
from desktop.views.customer_visits import VisitRole
from desktop.views.customers_page import (
    LAST_VISIT,
    NEXT_VISIT,
    NO_SHOWS,
    VISITS,
    CustomerRole,
    CustomersPage,
)
from desktop.views.engine_signals import EngineSignals

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")
NOW = dt.datetime(2026, 3, 18, 12, 0, tzinfo=MOSCOW)


@pytest.fixture
def shop(gui_shop_offline):
    gui_shop_offline.engine.clock = fixed_clock(NOW)
    with gui_shop_offline.database.session() as session:
        company = session.get(Company, gui_shop_offline.company_id)
        company.profile = {**company.profile, "staff": [{"name": "Anna"}, {"name": "Boris"}]}
    return gui_shop_offline


def _customer(shop, phone: str, name: str) -> int:
    conversation_id = shop.engine.records.conversation_for_phone(shop.company_id, phone, now=NOW)
    with shop.database.session() as session:
        customer = session.get(Conversation, conversation_id).customer
        customer.name = name
        return customer.id


def _visit(shop, customer_id: int, start: dt.datetime, status: AppointmentStatus,
           staff: str | None = "Anna", service: str = "Haircut") -> int:
    with shop.database.session() as session:
        visit = Appointment(company_id=shop.company_id, customer_id=customer_id, service=service,
                            start_at=start, end_at=start + dt.timedelta(minutes=30),
                            status=status.value, staff=staff)
        session.add(visit)
        session.flush()
        return visit.id


@pytest.fixture
def visits(shop):
    """Dana came twice and missed once, has one visit today not yet marked and one next week;
    Oleg never missed one."""
    dana = _customer(shop, "+972501234567", "Dana")
    oleg = _customer(shop, "+79161234567", "Олег")
    ids = {
        "done": _visit(shop, dana, NOW - dt.timedelta(days=20), AppointmentStatus.DONE),
        "missed": _visit(shop, dana, NOW - dt.timedelta(days=10), AppointmentStatus.NO_SHOW,
                         staff="Boris", service="Beard trim"),
        "done_again": _visit(shop, dana, NOW - dt.timedelta(days=5), AppointmentStatus.DONE),
        "cancelled": _visit(shop, dana, NOW - dt.timedelta(days=3), AppointmentStatus.CANCELLED),
        "today": _visit(shop, dana, NOW - dt.timedelta(hours=1), AppointmentStatus.BOOKED),
        "next_week": _visit(shop, dana, NOW + dt.timedelta(days=7), AppointmentStatus.CONFIRMED,
                            staff="Boris"),
        "oleg": _visit(shop, oleg, NOW - dt.timedelta(days=2), AppointmentStatus.DONE),
    }
    return dana, oleg, ids


@pytest.fixture
def page(qtbot, shop, run, visits):
    page = CustomersPage(shop)
    qtbot.addWidget(page)
    signals = EngineSignals()

    async def attach() -> None:
        signals.attach(shop.engine.bus)

    run(attach())
    signals.changes.connect(page.on_changes)   # as in the window
    page.set_company(shop.company_id)
    page.resize(1024, 700)
    page.show()
    yield page
    signals.detach()


def _row(page, customer_id: int) -> int:
    return next(r for r in range(page.proxy.rowCount())
                if page.proxy.index(r, 0).data(CustomerRole).id == customer_id)


def _cell(page, customer_id: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return page.proxy.index(_row(page, customer_id), column).data(role)


def _select(page, customer_id: int) -> None:
    page.select_row(_row(page, customer_id))


def test_each_customer_shows_visits_no_shows_and_the_last_and_next_visit(page, visits) -> None:
    dana, oleg, _ = visits
    # Done twice, and today's visit has begun (nobody marked it yet): 3; missed one.
    assert (_cell(page, dana, VISITS), _cell(page, dana, NO_SHOWS)) == ("3", "1")
    assert (_cell(page, oleg, VISITS), _cell(page, oleg, NO_SHOWS)) == ("1", "0")
    # In the shop's zone (Moscow), not the computer's.
    assert _cell(page, dana, LAST_VISIT).endswith(" 11:00")
    assert _cell(page, dana, NEXT_VISIT).endswith(" 12:00") and "25" in _cell(page, dana,
                                                                                NEXT_VISIT)
    assert _cell(page, oleg, NEXT_VISIT) == "—"


def test_a_customer_who_missed_a_visit_stands_out_and_sorts_by_it(page, visits) -> None:
    dana, oleg, _ = visits
    assert isinstance(_cell(page, dana, 0, Qt.ItemDataRole.DecorationRole), QIcon)
    assert _cell(page, oleg, 0, Qt.ItemDataRole.DecorationRole) is None
    assert _cell(page, dana, NO_SHOWS, Qt.ItemDataRole.ForegroundRole) is not None
    assert _cell(page, oleg, NO_SHOWS, Qt.ItemDataRole.ForegroundRole) is None
    assert "1" in _cell(page, dana, 0, Qt.ItemDataRole.ToolTipRole)
    page.table.sortByColumn(NO_SHOWS, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, 0).data(CustomerRole).id == dana
    page.table.sortByColumn(NO_SHOWS, Qt.SortOrder.AscendingOrder)
    assert page.proxy.index(0, 0).data(CustomerRole).id == oleg
    # Chronologically, not by the text: the customer without a next visit comes last.
    page.table.sortByColumn(NEXT_VISIT, Qt.SortOrder.AscendingOrder)
    assert [page.proxy.index(r, 0).data(CustomerRole).id for r in range(2)] == [dana, oleg]
    page.table.sortByColumn(LAST_VISIT, Qt.SortOrder.AscendingOrder)
    assert [page.proxy.index(r, 0).data(CustomerRole).id for r in range(2)] == [oleg, dana]
    page.table.sortByColumn(VISITS, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, 0).data(CustomerRole).id == dana


def _shown(page) -> list[tuple[str, str, str, str]]:
    tree = page.visits.tree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(4))
            for i in range(tree.topLevelItemCount())]


def test_the_history_lists_visits_with_staff_and_status_newest_first(page, visits) -> None:
    dana, _, ids = visits
    _select(page, dana)
    assert [v.id for v in page.visits.visits_shown()] == [
        ids["next_week"], ids["today"], ids["cancelled"], ids["done_again"], ids["missed"],
        ids["done"]]
    rows = _shown(page)
    assert rows[0][0] == "Upcoming" and rows[2][0] == "History"   # the section titles
    assert rows[1][1:] == ("Haircut", "Boris", "Confirmed")
    assert rows[1][0].endswith(" 12:00")                              # Moscow time
    assert [r[3] for r in rows[3:]] == ["Booked", "Cancelled", "Done", "No-show", "Done"]
    assert rows[6][1:] == ("Beard trim", "Boris", "No-show")
    assert not page.visits.tree.isColumnHidden(2)   # the shop lists its staff


def test_a_visit_marked_no_show_updates_the_row_and_the_history_at_once(page, visits, shop,
                                                                         run, qtbot) -> None:
    dana, oleg, ids = visits
    _select(page, dana)
    run(shop.operations.mark_no_show(shop.company_id, ids["today"]))
    qtbot.waitUntil(lambda: _cell(page, dana, NO_SHOWS) == "2")
    assert _cell(page, dana, VISITS) == "2"
    qtbot.waitUntil(lambda: _shown(page)[3][3] == "No-show")
    assert page.selected().id == dana   # the selection stays
    assert _cell(page, oleg, NO_SHOWS) == "0"
    # A visit of the customer not shown: their row follows, the history shown stays Dana's.
    begun = _visit(shop, oleg, NOW - dt.timedelta(minutes=30), AppointmentStatus.BOOKED)
    run(shop.operations.mark_done(shop.company_id, begun))
    qtbot.waitUntil(lambda: _cell(page, oleg, VISITS) == "2")
    assert {v.id for v in page.visits.visits_shown()} == {ids[k] for k in ids if k != "oleg"}


def test_a_double_click_on_a_visit_opens_the_conversation(page, visits, qtbot) -> None:
    dana, _, _ = visits
    _select(page, dana)
    opened: list[int] = []
    page.open_conversation.connect(opened.append)
    tree = page.visits.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, VisitRole) is not None)
    tree.itemDoubleClicked.emit(item, 0)
    assert opened == [page.selected().conversation_id] and opened[0] is not None


def test_a_visit_cancelled_or_booked_by_hand_shows_at_once(page, visits, shop, run,
                                                            qtbot) -> None:
    dana, oleg, ids = visits
    _select(page, dana)
    run(shop.operations.cancel_booking(shop.company_id, dana, ids["next_week"]))
    qtbot.waitUntil(lambda: _cell(page, dana, NEXT_VISIT) == "—")
    qtbot.waitUntil(lambda: "Upcoming" not in [row[0] for row in _shown(page)])
    _select(page, oleg)
    run(shop.operations.book(shop.company_id, phone="+79161234567", name="", service="Haircut",
                             start=NOW + dt.timedelta(days=1), staff="Anna"))
    qtbot.waitUntil(lambda: _cell(page, oleg, NEXT_VISIT) != "—")
    qtbot.waitUntil(lambda: _shown(page)[0][0] == "Upcoming")
    assert _shown(page)[1][1:] == ("Haircut", "Anna", "Booked")
