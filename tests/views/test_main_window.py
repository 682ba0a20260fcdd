"""The main window with a running shop: sidebar states, the company AI switch, adding a company."""

from __future__ import annotations

import asyncio

import pytest

from desktop.bridge import SessionState
from desktop.store.models import Company, OutboxMessage
from desktop.views.companies import StateWordsRole
from desktop.views.engine_signals import EngineSignals
from desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot, gui_shop, run, data_paths):
    signals = EngineSignals()

    async def attach() -> None:
        signals.attach(gui_shop.engine.bus)

    run(attach())
    window = MainWindow(gui_shop, signals, data_paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _sidebar_words(window, row: int = 0) -> str:
    return window.companies.data(window.companies.index(row), StateWordsRole)


def test_profile_save_renames_the_company_everywhere(window, gui_shop) -> None:
    window.business.name.setText("Avi's Barbershop")
    assert window.business.save()
    assert window.company_title.text() == "Avi's Barbershop"
    assert window.companies.company(gui_shop.company_id).name == "Avi's Barbershop"


def test_agenda_and_customers_open_the_conversation(window, gui_shop, run, qtbot) -> None:
    session = gui_shop.session(gui_shop.company_id)
    message_id = run(session.sim_incoming("+15550004040", text="hello", name="Noa"))
    qtbot.waitUntil(lambda: gui_shop.engine.has_seen(message_id))
    window.customers.refresh()
    window.customers.select_row(0)
    window.customers.open_button.click()
    assert window.tabs.currentWidget() is window.conversations
    assert window.conversations.conversation_id == window.customers.selected().conversation_id


def test_window_shows_the_demo_company_and_its_state(window, gui_shop) -> None:
    assert window.companies.rowCount() == 1
    assert window.company_title.text() == "Demo Barbershop"
    assert _sidebar_words(window) == "Connected"
    assert window.state_text.text() == "Connected"
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.simulator))
    assert window.business.services.rowCount() == 3


def test_state_changes_reach_the_sidebar_and_the_toolbar(window, gui_shop, run, qtbot) -> None:
    session = gui_shop.session(gui_shop.company_id)
    run(session.sim_fault("replaced"))
    qtbot.waitUntil(lambda: _sidebar_words(window) == "Used on another computer", timeout=10_000)
    assert window.state_text.text() == "Used on another computer"
    run(session.connect())
    qtbot.waitUntil(lambda: _sidebar_words(window) == "Connected", timeout=10_000)


def test_company_ai_switch_reaches_the_engine(window, gui_shop, run, qtbot) -> None:
    window.ai_switch.setChecked(False)
    qtbot.waitUntil(window.ai_off_banner.isVisible)
    with gui_shop.database.session() as session:
        assert session.get(Company, gui_shop.company_id).ai_enabled is False
    session = gui_shop.session(gui_shop.company_id)
    message_id = run(session.sim_incoming("+15550001111", text="anyone?"))
    qtbot.waitUntil(lambda: gui_shop.engine.has_seen(message_id))
    run(asyncio.sleep(0.5))
    assert gui_shop.engine.is_idle()
    with gui_shop.database.session() as db:
        assert db.query(OutboxMessage).count() == 0  # nothing answered automatically
    window.ai_switch.setChecked(True)
    qtbot.waitUntil(lambda: not window.ai_off_banner.isVisible())


def test_adding_a_company_starts_it_and_opens_its_connection(window, gui_shop, qtbot) -> None:
    dialog = window.open_add_company()
    dialog.name_input.setText("Salon Aviv")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: window.companies.rowCount() == 2, timeout=15_000)
    assert window.company_title.text() == "Salon Aviv"
    assert window.tabs.currentWidget() is window.connection_tab
    new_id = window.company_id
    qtbot.waitUntil(lambda: gui_shop.session(new_id).state is SessionState.WAITING_QR,
                    timeout=15_000)
    qtbot.waitUntil(lambda: _sidebar_words(window, 1) == "Scan the QR code", timeout=5_000)
