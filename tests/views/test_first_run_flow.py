"""The guided first start creates the owner's company and follows it to a linked (simulated) phone."""

from __future__ import annotations

import pytest

from desktop.bot.preferences import window_preferences
from desktop.views.engine_signals import EngineSignals
from desktop.views.first_run_flow import open_first_run
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
    return window, signals


def test_first_run_leads_to_a_connected_simulator_company(qtbot, gui_shop, window) -> None:
    window, signals = window
    assert not window_preferences(gui_shop.database).first_run_done
    wizard = open_first_run(window, gui_shop, signals)
    qtbot.addWidget(wizard)
    added = []
    wizard.finished_setup.connect(added.append)
    wizard.language_page.buttons["ru"].setChecked(True)
    wizard.next()                                        # language: Russian, stored at once
    qtbot.waitUntil(lambda: window_preferences(gui_shop.database).language == "ru")
    # The Language menu hears of it (the Changes record), though it applies from the next start.
    qtbot.waitUntil(lambda: window.language_actions["ru"].isChecked())
    wizard.currentPage().name_input.setText("Avi's Barbershop")
    wizard.next()                                        # the demo profile
    wizard.currentPage().simulator.setChecked(True)
    wizard.next()                                        # Start
    assert [choice.transport for choice in added] == ["sim"]
    qtbot.waitUntil(lambda: window.companies.rowCount() == 2, timeout=15_000)
    assert window.company_title.text() == "Avi's Barbershop"
    # Marked done before the window was told the company is there.
    assert window_preferences(gui_shop.database).first_run_done
    wizard.sim_scan_requested.emit()
    qtbot.waitUntil(lambda: window.state_text.text() == "Connected", timeout=15_000)
