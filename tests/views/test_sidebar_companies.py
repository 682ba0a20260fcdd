"""The sidebar's company menu: rename, archive (hidden, shown with "Show archived", restored) and
delete (the name typed out first); the demo shop carries a "Demo" pill."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.bridge import SessionState
from desktop.resources import demo_profile_path
from desktop.store.companies import list_companies
from desktop.views.companies import PillsRole


@pytest.fixture
def salon(gui_shop, run, window) -> int:
    """A second company beside the demo one, running on the simulator."""
    profile = json.loads(demo_profile_path().read_text(encoding="utf-8"))
    company_id = run(gui_shop.add_new_company("Salon Aviv", {**profile, "name": "Salon Aviv"},
                                              "sim"))
    window.reload_companies()
    return company_id


def _pills(window, company_id: int) -> list[str]:
    index = window.companies.index(window.companies.row_of(company_id))
    return [word for word, _colours in index.data(PillsRole)]


def _menu_texts(window, company_id: int) -> list[str]:
    window._fill_company_menu(window.manage_menu, company_id)
    return [action.text() for action in window.manage_menu.actions() if action.text()]


def test_the_demo_shop_carries_a_demo_pill(window, gui_shop, salon) -> None:
    assert _pills(window, gui_shop.company_id) == ["Demo"]
    assert _pills(window, salon) == []


def test_rename_from_the_menu_renames_the_company_and_its_profile(window, gui_shop, salon,
                                                                  qtbot) -> None:
    window.select_company(salon)
    assert "Rename…" in _menu_texts(window, salon)
    dialog = window.open_rename(salon)
    qtbot.addWidget(dialog)
    assert not dialog.rename_button.isEnabled()  # the same name: nothing to do
    dialog.name_input.setText("   ")
    assert not dialog.rename_button.isEnabled()
    dialog.name_input.setText("Salon Aviv & Co")
    dialog.rename_button.click()
    qtbot.waitUntil(lambda: window.company_title.text() == "Salon Aviv & Co")
    assert window.companies.company(salon).name == "Salon Aviv & Co"
    assert window.business.name.text() == "Salon Aviv & Co"


def test_archive_hides_the_company_until_shown_and_restore_starts_it(window, gui_shop, salon,
                                                                     qtbot) -> None:
    window.select_company(salon)
    box = window.confirm_archive(salon)
    archive = next(b for b in box.buttons()
                   if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole)
    archive.click()
    qtbot.waitUntil(lambda: window.companies.row_of(salon) < 0, timeout=15_000)
    assert salon not in gui_shop.sessions  # its bridge is stopped
    assert window.company_id == gui_shop.company_id  # the next company shown instead
    assert window.show_archived.isVisible() and window.show_archived.text() == "Show archived (1)"

    window.show_archived.setChecked(True)
    assert window.companies.row_of(salon) == 1
    assert _pills(window, salon) == ["Archived"]
    window.select_company(salon)
    assert window.archived_banner.isVisible() and not window.ai_switch.isEnabled()
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.connection_tab))
    assert "Restore (answer again)" in _menu_texts(window, salon)

    window.restore_button.click()
    qtbot.waitUntil(lambda: salon in gui_shop.sessions, timeout=15_000)
    qtbot.waitUntil(lambda: not window.archived_banner.isVisible())
    assert _pills(window, salon) == [] and window.ai_switch.isEnabled()
    assert not window.show_archived.isVisible()
    qtbot.waitUntil(lambda: gui_shop.session(salon).state is SessionState.WAITING_QR,
                    timeout=15_000)


def test_delete_needs_the_name_typed_and_removes_only_that_company(window, gui_shop, salon,
                                                                   qtbot) -> None:
    dialog = window.open_delete(salon)
    qtbot.addWidget(dialog)
    text = dialog.what_is_lost.text()
    assert "0 conversation(s)" in text and "0 visit(s)" in text
    assert dialog.archive_button is not None  # archiving is offered instead
    assert not dialog.delete_button.isEnabled()
    dialog.name_input.setText("Salon")
    assert not dialog.delete_button.isEnabled()  # a wrong name keeps it disabled
    dialog.name_input.setText("salon aviv")
    assert not dialog.delete_button.isEnabled()
    dialog.name_input.setText("Salon Aviv")
    assert dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: window.companies.rowCount() == 1, timeout=15_000)
    assert [c.id for c in list_companies(gui_shop.database)] == [gui_shop.company_id]
    assert salon not in gui_shop.sessions
    assert not (gui_shop.paths.sessions_dir / f"company_{salon}").exists()
    assert gui_shop.session(gui_shop.company_id).state is SessionState.CONNECTED


def test_delete_of_a_linked_company_says_it_logs_out_first(window, gui_shop) -> None:
    dialog = window.open_delete(gui_shop.company_id)
    assert "logged out" in dialog.what_is_lost.text()
    dialog.close()
