"""A company on the practice WhatsApp in the window: the dialog offers it, the Connection page shows
the real Baileys QR and the practice phone links it with one button."""

from __future__ import annotations

import pytest

from desktop.bot.responder import EchoResponder
from desktop.bot.runtime import PRACTICE
from desktop.bot.shop import build_shop
from desktop.bridge import SessionState
from desktop.bridge.localwa import server_script
from desktop.bridge.node_runtime import locate_runtime
from desktop.resources import demo_profile_path
from desktop.views.add_company import AddCompanyDialog
from desktop.views.connection_page import ConnectionPage
from desktop.views.engine_signals import EngineSignals


def test_add_company_dialog_offers_the_practice_whatsapp(qtbot) -> None:
    dialog = AddCompanyDialog()
    qtbot.addWidget(dialog)
    added = []
    dialog.accepted_company.connect(lambda *args: added.append(args))
    dialog.name_input.setText("Practice shop")
    dialog.practice.setChecked(True)
    dialog.add_button.click()
    assert [(name, transport) for name, _profile, transport in added] == [("Practice shop", PRACTICE)]


def test_connection_page_links_a_practice_company_with_the_practice_phone(qtbot, run, data_paths) -> None:
    if not server_script(locate_runtime()).is_file():
        pytest.skip("the local WhatsApp server (desktop/bridge/node/localwa) is not in this checkout")
    import json

    shop = build_shop(data_paths, responder=EchoResponder())
    database, runtime = shop.database, shop.runtime
    signals = EngineSignals()

    async def start() -> int:
        await runtime.start()
        signals.attach(runtime.engine.bus)
        profile = json.loads(demo_profile_path().read_text(encoding="utf-8"))
        return await runtime.add_new_company("Practice shop", profile, PRACTICE)

    try:
        company_id = run(start())
        assert runtime.is_practice(company_id) and runtime.practice is not None
        assert (data_paths.root / "practice-whatsapp").is_dir()
        page = ConnectionPage(runtime, signals)
        qtbot.addWidget(page)
        page.set_company(company_id)
        page.show()
        qtbot.waitUntil(lambda: page.practice_scan_button.isVisible(), timeout=20_000)
        assert not page.scan_button.isVisible()  # the simulator's button is for simulator companies
        assert page.qr.qr_text and page.qr.qr_text.count(",") >= 3  # a real Baileys QR string
        page.practice_scan_button.click()
        qtbot.waitUntil(lambda: runtime.session(company_id).state is SessionState.CONNECTED, timeout=30_000)
        qtbot.waitUntil(lambda: page.state_title.text() == "Connected", timeout=5_000)
        assert not page.practice_scan_button.isVisible()
    finally:
        run(runtime.stop())
        database.dispose()
