"""The Simulator page: a new owner chats with their own receptionist and breaks things on purpose."""

from __future__ import annotations

import json

from desktop.bridge import SessionState
from desktop.views.add_company import AddCompanyDialog
from desktop.views.engine_signals import EngineSignals
from desktop.views.simulator_page import SimulatorPage, is_rtl


def _page(qtbot, gui_shop, run) -> SimulatorPage:
    signals = EngineSignals()

    async def attach() -> None:
        signals.attach(gui_shop.engine.bus)

    run(attach())
    page = SimulatorPage(gui_shop, signals)
    qtbot.addWidget(page)
    page.set_company(gui_shop.company_id)
    page.show()
    return page


def test_chatting_as_a_customer_shows_both_sides(qtbot, gui_shop, run) -> None:
    page = _page(qtbot, gui_shop, run)
    page.name_input.setText("Dana")
    page.text_input.setText("Hi! Can I book a haircut?")
    page.send_button.click()
    qtbot.waitUntil(lambda: len(page.chat.lines) == 2, timeout=10_000)
    assert page.chat.lines == [("customer", "Hi! Can I book a haircut?"),
                               ("shop", "Echo: Hi! Can I book a haircut?")]
    page.media_buttons["audio"].click()
    qtbot.waitUntil(lambda: len(page.chat.lines) == 4, timeout=10_000)
    assert page.chat.lines[2] == ("customer", "🎤 [audio]")
    assert "look at what you sent" in page.chat.lines[3][1]


def test_switching_customer_starts_a_new_chat(qtbot, gui_shop, run) -> None:
    page = _page(qtbot, gui_shop, run)
    page.phone_input.setCurrentText("+972 50-123-4567")
    assert page.phone == "+972501234567"
    page.text_input.setText("שלום")
    page.send_button.click()
    qtbot.waitUntil(lambda: len(page.chat.lines) == 2, timeout=10_000)
    assert is_rtl(page.chat.lines[0][1])


def test_invalid_phone_is_explained_not_sent(qtbot, gui_shop, run) -> None:
    page = _page(qtbot, gui_shop, run)
    page.phone_input.setCurrentText("hello")
    page.text_input.setText("hi")
    page.send_button.click()
    assert page.error.isVisible() and "phone number" in page.error.text()
    assert page.chat.lines == []


def test_killing_the_bridge_recovers_and_keeps_answering(qtbot, gui_shop, run) -> None:
    page = _page(qtbot, gui_shop, run)
    session = gui_shop.session(gui_shop.company_id)
    pid = session.process.pid
    page.fault_buttons["kill_bridge"].click()
    qtbot.waitUntil(lambda: session.process is not None and session.process.pid != pid
                    and session.state is SessionState.CONNECTED, timeout=15_000)
    page.text_input.setText("still there?")
    page.send_button.click()
    qtbot.waitUntil(lambda: ("shop", "Echo: still there?") in page.chat.lines, timeout=10_000)


def test_add_company_dialog_validates_and_imports(qtbot, tmp_path) -> None:
    dialog = AddCompanyDialog()
    qtbot.addWidget(dialog)
    added = []
    dialog.accepted_company.connect(lambda *args: added.append(args))
    dialog.add_button.click()
    assert not dialog.error.isHidden() and added == []

    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"name": "X", "timezone": "Europe/Moscow", "colour": "red"}))
    assert not dialog.import_profile(str(broken))
    assert "colour: unknown key" in dialog.error.text()

    good = tmp_path / "salon.json"
    good.write_text(json.dumps({"name": "Salon Aviv", "timezone": "Asia/Jerusalem",
                                "services": [{"name": "Color", "duration_min": 90, "price": 300,
                                              "currency": "ILS"}]}))
    assert dialog.import_profile(str(good))
    assert dialog.name_input.text() == "Salon Aviv"
    dialog.real.setChecked(True)
    dialog.add_button.click()
    name, profile, transport = added[0]
    assert (name, transport) == ("Salon Aviv", "baileys")
    assert profile["services"][0]["name"] == "Color" and profile["timezone"] == "Asia/Jerusalem"


def test_simulator_drives_a_full_booking_with_the_offline_assistant(qtbot, gui_shop_offline,
                                                                     run) -> None:
    import datetime as dt
    import zoneinfo

    from desktop.bot.simulate import fixed_clock
    from desktop.store.models import Appointment

    # A Wednesday morning in the demo shop's time zone: "tomorrow" is an open Thursday.
    wednesday = dt.datetime(2026, 3, 18, 9, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Moscow"))
    gui_shop_offline.engine.clock = fixed_clock(wednesday)
    page = _page(qtbot, gui_shop_offline, run)
    page.phone_input.setCurrentText("+15550002020")
    page.name_input.setText("Alex")
    page.text_input.setText("Hi! I'd like a haircut")
    page.send_button.click()
    qtbot.waitUntil(lambda: len(page.chat.lines) == 2, timeout=15_000)
    assert "?" in page.chat.lines[1][1]  # it asks for what is missing: the day and time

    page.text_input.setText("tomorrow at 12:00")
    page.send_button.click()
    qtbot.waitUntil(lambda: len(page.chat.lines) == 4, timeout=15_000)
    answer = page.chat.lines[3][1]
    assert "Haircut" in answer and "12:00" in answer
    with gui_shop_offline.database.session() as session:
        booked = session.query(Appointment).filter_by(status="booked").one()
    assert booked.service == "Haircut"
    assert booked.start_at == dt.datetime(2026, 3, 19, 9, 0, tzinfo=dt.UTC)  # 12:00 in Moscow
