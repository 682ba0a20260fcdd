"""The guided first start creates the owner's company (and no demo) and follows it to a linked
(simulated) phone; the demo barbershop exists only when the owner asks to try it."""

from __future__ import annotations

import pytest

from desktop.bot.preferences import window_preferences
from desktop.store.companies import list_companies
from desktop.views.engine_signals import EngineSignals
from desktop.views.first_run_flow import open_first_run
from desktop.views.main_window import MainWindow


@pytest.fixture
def new_shop(run, data_paths):
    """A fresh data folder's shop, running, with no company yet (as the window starts it)."""
    from desktop.bot.responder import EchoResponder
    from desktop.bot.shop import build_shop
    from desktop.bridge import SessionOptions, SimTimings

    shop = build_shop(data_paths, responder=EchoResponder(),
                      session_options=lambda company: SessionOptions(
                          transport="sim", sim=SimTimings(connect_delay_ms=10)))
    run(shop.runtime.start())
    yield shop.runtime
    run(shop.runtime.stop())
    shop.close()


@pytest.fixture
def window(qtbot, new_shop, run, data_paths):
    signals = EngineSignals()

    async def attach() -> None:
        signals.attach(new_shop.engine.bus)

    run(attach())
    window = MainWindow(new_shop, signals, data_paths)
    qtbot.addWidget(window)
    window.show()
    return window, signals


def test_first_run_leads_to_a_connected_simulator_company(qtbot, new_shop, window) -> None:
    window, signals = window
    assert window.companies.rowCount() == 0 and not window.tabs.isEnabled()
    assert not window_preferences(new_shop.database).first_run_done
    wizard = open_first_run(window, new_shop, signals)
    qtbot.addWidget(wizard)
    added = []
    wizard.finished_setup.connect(added.append)
    wizard.language_page.buttons["ru"].setChecked(True)
    wizard.next()                                        # language: Russian, stored at once
    qtbot.waitUntil(lambda: window_preferences(new_shop.database).language == "ru")
    # The Language menu hears of it (the Changes record), though it applies from the next start.
    qtbot.waitUntil(lambda: window.language_actions["ru"].isChecked())
    wizard.currentPage().name_input.setText("Avi's Barbershop")
    wizard.next()                                        # the demo profile
    wizard.currentPage().simulator.setChecked(True)
    wizard.next()                                        # Start
    assert [choice.transport for choice in added] == ["sim"]
    qtbot.waitUntil(lambda: window.companies.rowCount() == 1, timeout=15_000)
    assert window.company_title.text() == "Avi's Barbershop"
    # The owner's own shop only: no demo shop beside it.
    assert [(c.name, c.demo) for c in list_companies(new_shop.database)] == [
        ("Avi's Barbershop", False)]
    # Marked done before the window was told the company is there.
    assert window_preferences(new_shop.database).first_run_done
    wizard.sim_scan_requested.emit()
    qtbot.waitUntil(lambda: window.state_text.text() == "Connected", timeout=15_000)


def test_trying_the_demo_creates_it_labelled_and_opens_the_simulator(qtbot, new_shop,
                                                                     window) -> None:
    window, signals = window
    wizard = open_first_run(window, new_shop, signals)
    qtbot.addWidget(wizard)
    wizard.language_page.demo_button.click()
    qtbot.waitUntil(lambda: window.companies.rowCount() == 1, timeout=15_000)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    [demo] = list_companies(new_shop.database)
    assert demo.demo and demo.transport == "sim"
    assert window.companies.company(demo.id).demo  # the sidebar's "Demo" pill
    assert window.tabs.currentWidget() is window.simulator
    assert window_preferences(new_shop.database).first_run_done
    assert demo.id in new_shop.sessions  # its simulator bridge is running
