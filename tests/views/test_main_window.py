"""The main window with a running shop: sidebar states, the company AI switch, adding a company."""

from __future__ import annotations

import asyncio
import datetime as dt

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.bot.engine import EngineError
from desktop.bot.preferences import window_preferences
from desktop.bridge import SessionState
from desktop.store.models import Appointment, Company, Conversation, Customer, OutboxMessage
from desktop.views.asyncop import error_text
from desktop.views.companies import StateWordsRole
from desktop.views.customers_page import CustomerRole


def _sidebar_words(window, row: int = 0) -> str:
    return window.companies.data(window.companies.index(row), StateWordsRole)


def test_profile_save_renames_the_company_everywhere(window, gui_shop, run, qtbot) -> None:
    window.business.name.setText("Avi's Barbershop")
    run(window.business.save())
    # The sidebar and the toolbar follow the command's Changes.
    qtbot.waitUntil(lambda: window.company_title.text() == "Avi's Barbershop")
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


def test_a_customer_renamed_on_the_customers_page_is_renamed_everywhere(window, gui_shop, run, qtbot) -> None:
    session = gui_shop.session(gui_shop.company_id)
    message_id = run(session.sim_incoming("+15550007070", text="hi", name="Noa"))
    qtbot.waitUntil(lambda: gui_shop.engine.has_seen(message_id))
    start = gui_shop.engine.clock().astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0)
    with gui_shop.database.session() as db:
        customer = db.scalars(select(Customer).where(Customer.phone == "+15550007070")).one()
        conversation_id = db.scalars(select(Conversation.id).where(Conversation.customer_id == customer.id)).one()
        db.add(Appointment(company_id=gui_shop.company_id, customer_id=customer.id, service="Haircut",
                           start_at=start, end_at=start + dt.timedelta(minutes=30)))
    window.agenda.set_day(start.astimezone(window.agenda._zone()).date())
    conversations = window.conversations
    qtbot.waitUntil(lambda: conversations.model.get(conversation_id) is not None)
    conversations.open_conversation(conversation_id)
    assert conversations.title_label.text() == "Noa"

    def agenda_names() -> list[str]:
        tree = window.agenda.tree
        return [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]

    assert any(name.startswith("Noa") for name in agenda_names())
    window.tabs.setCurrentWidget(window.customers)
    page = window.customers
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data(CustomerRole).id == customer.id)
    page.select_row(row)
    page.name.setText("Noa Cohen")
    run(page.save())
    # No restart, no click elsewhere: every open view hears of it.
    qtbot.waitUntil(lambda: conversations.model.get(conversation_id).name == "Noa Cohen")
    qtbot.waitUntil(lambda: conversations.title_label.text() == "Noa Cohen")
    qtbot.waitUntil(lambda: any(name.startswith("Noa Cohen") for name in agenda_names()))
    assert page.status.text() == "Saved." and page.selected().name == "Noa Cohen"


def test_the_language_is_stored_through_the_operations_then_explained(window, gui_shop,
                                                                      run) -> None:
    run(window.choose_language("he"))
    assert window_preferences(gui_shop.database).language == "he"
    assert window.language_box.isVisible()  # it applies from the next start: said so


def test_closing_to_the_tray_is_explained_once_and_remembered(window, gui_shop, qtbot) -> None:
    window.tray.available = True  # as on a desktop with a tray
    window.close()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: window_preferences(gui_shop.database).tray_notice_shown)
    assert [n.title for n in window.tray.notices] == ["AI Admin is still answering"]


def test_a_failed_ai_switch_says_why_in_the_windows_words(window, gui_shop, qtbot,
                                                          monkeypatch) -> None:
    async def refused(company_id: int, enabled: bool):
        raise EngineError(f"company {company_id} is not running in this engine")

    monkeypatch.setattr(gui_shop.operations, "set_company_ai", refused)
    window.ai_switch.setChecked(False)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None)
    box = window.findChild(QMessageBox)
    assert box.text() == "The AI switch did not change."
    assert box.informativeText() == error_text(EngineError("any"))  # not the engine's English
    assert window.ai_switch.isChecked()  # back as it is


def test_messages_waiting_for_the_database_show_in_a_banner_until_it_works(window,
                                                                           gui_shop) -> None:
    from desktop.bot.db_faults import LOCKED
    from desktop.bot.events import DatabaseFault, Waiting
    from desktop.reason import Reason

    signals = window._signals
    assert window.fault_banner.isHidden()
    signals.relay(DatabaseFault(None, Waiting.INCOMING, Reason(LOCKED)))
    assert window.fault_banner.isVisible()
    assert "locked by another program" in window.fault_banner.text()
    assert "none is lost" in window.fault_banner.text()
    # Another company's replies waiting are that company's: not shown on this one.
    signals.relay(DatabaseFault(gui_shop.company_id + 1, Waiting.REPLIES, Reason(LOCKED)))
    assert "Replies" not in window.fault_banner.text()
    signals.relay(DatabaseFault(gui_shop.company_id, Waiting.REPLIES, Reason(LOCKED)))
    assert "Replies are waiting to be sent" in window.fault_banner.text()
    signals.relay(DatabaseFault(None, Waiting.INCOMING, None))
    signals.relay(DatabaseFault(gui_shop.company_id, Waiting.REPLIES, None))
    assert window.fault_banner.isHidden()
