"""The sidebar, the QR code and the Connection page follow the real session state."""

from __future__ import annotations

import asyncio

import numpy
import zxingcpp
from PySide6.QtGui import QImage

from desktop.bridge import Action, SessionState
from desktop.views.companies import CompanyListModel, CompanyRow, DotColourRole, StateWordsRole
from desktop.views.connection_page import ConnectionPage
from desktop.views.engine_signals import EngineSignals
from desktop.views.qr_view import QrView, render_qr
from desktop.views.status_words import GREEN


def decode(image: QImage) -> list[str]:
    """Read QR codes in a Qt image with a real decoder, as a phone camera would."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    pixels = numpy.frombuffer(image.constBits(), numpy.uint8).reshape(height, stride)[:, :width]
    return [result.text for result in zxingcpp.read_barcodes(numpy.ascontiguousarray(pixels))]


SIM_QR = "2@sim-ref-1,sim-noise-key,sim-identity-key,sim-adv-secret"


def test_rendered_qr_decodes_to_the_bridge_string() -> None:
    assert decode(render_qr(SIM_QR, 360)) == [SIM_QR]


def test_qr_widget_is_large_and_decodable(qtbot) -> None:
    view = QrView()
    qtbot.addWidget(view)
    view.resize(400, 400)
    view.set_qr(SIM_QR)
    view.show()
    qtbot.waitExposed(view)
    assert min(view.width(), view.height()) >= QrView.MIN_SIDE
    assert decode(view.grab().toImage()) == [SIM_QR]


def test_company_model_passes_the_model_tester(qtmodeltester, gui_shop) -> None:
    model = CompanyListModel()
    model.set_companies([CompanyRow(1, "Demo", "sim", True,
                                    gui_shop.session(gui_shop.company_id).status())])
    qtmodeltester.check(model)
    model.add_company(CompanyRow(2, "Second", "baileys", True))
    qtmodeltester.check(model)
    assert model.data(model.index(0), StateWordsRole) == "Connected"
    assert model.data(model.index(0), DotColourRole) == GREEN
    assert model.data(model.index(1), StateWordsRole) == "Not started"


def _page(qtbot, gui_shop, run) -> tuple[ConnectionPage, EngineSignals]:
    signals = EngineSignals()
    run(_attach(signals, gui_shop))
    page = ConnectionPage(gui_shop, signals)
    qtbot.addWidget(page)
    page.set_company(gui_shop.company_id)
    page.show()
    return page, signals


async def _attach(signals, gui_shop) -> None:
    signals.attach(gui_shop.engine.bus)


def test_connection_page_follows_state_and_shows_a_scannable_qr(qtbot, gui_shop, run) -> None:
    page, _ = _page(qtbot, gui_shop, run)
    assert page.state_title.text() == "Connected"
    assert page.buttons[Action.LOGOUT].isVisible()
    assert not page.link_card.isVisible()

    session = gui_shop.session(gui_shop.company_id)
    run(session.logout())
    qtbot.waitUntil(lambda: page.state_title.text() == "Logged out — link again")
    assert page.buttons[Action.NEW_QR].isVisible() and not page.buttons[Action.LOGOUT].isVisible()
    assert page.history.rowCount() >= 1

    page.buttons[Action.NEW_QR].click()
    qtbot.waitUntil(lambda: page.qr.qr_text is not None, timeout=10_000)
    assert page.state_title.text() == "Scan the QR code"
    assert page.link_card.isVisible() and page.scan_button.isVisible()
    # The steps are said once, in the card beside the code; the line under the title points there.
    assert "Linked devices" in page.instructions.text()
    assert "Linked devices" not in page.explanation.text()
    page.resize(900, 900)
    assert decode(page.qr.grab().toImage()) == [page.qr.qr_text]
    assert "s" in page.countdown.text()

    page.scan_button.click()
    qtbot.waitUntil(lambda: page.state_title.text() == "Connected", timeout=10_000)
    assert not page.link_card.isVisible()


def test_pairing_code_is_validated_and_shown(qtbot, gui_shop, run) -> None:
    page, _ = _page(qtbot, gui_shop, run)
    run(gui_shop.session(gui_shop.company_id).logout())
    run(gui_shop.session(gui_shop.company_id).new_qr())
    qtbot.waitUntil(lambda: page.pairing_toggle.isVisible(), timeout=10_000)
    page.pairing_toggle.click()
    page.phone_input.setText("not a phone")
    page.pairing_button.click()
    qtbot.waitUntil(page.pairing_error.isVisible)
    page.phone_input.setText("+972 50 123 4567")
    page.pairing_button.click()
    qtbot.waitUntil(page.pairing_code.isVisible, timeout=10_000)
    assert len(page.pairing_code.text().replace("-", "")) == 8
    qtbot.waitUntil(lambda: page.state_title.text() == "Enter the code on the phone")
    assert "Linked devices" in page.pairing_hint.text()
    assert "Linked devices" not in page.explanation.text()
    assert page.pairing_code.text().replace("-", "") not in page.explanation.text()


def test_logout_asks_first(qtbot, gui_shop, run) -> None:
    page, _ = _page(qtbot, gui_shop, run)
    page.buttons[Action.LOGOUT].click()
    box = page.logout_box
    assert box.isVisible()
    box.button(box.StandardButton.Cancel).click()
    run(asyncio.sleep(0.2))
    assert gui_shop.session(gui_shop.company_id).state is SessionState.CONNECTED
    page.buttons[Action.LOGOUT].click()
    next(b for b in page.logout_box.buttons() if b.text() == "Log out").click()
    qtbot.waitUntil(lambda: gui_shop.session(gui_shop.company_id).state
                    is SessionState.LOGGED_OUT, timeout=10_000)
