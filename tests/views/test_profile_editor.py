"""The business profile editor: marks bad input at the field, saves all or nothing, rebuilds
the receptionist, keeps keys in the keyring (or a labelled local file), imports and exports."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore
from desktop.bot.ai.providers import load_provider_settings
from desktop.bot.profile import parse_profile
from desktop.store.models import Company
from desktop.views.profile_editor import ProfileEditorPage, parse_day_ranges


@pytest.fixture
def editor(qtbot, gui_shop_offline, data_paths):
    keys = ApiKeyStore(data_paths.root / FALLBACK_FILE_NAME)
    page = ProfileEditorPage(gui_shop_offline, keys)
    qtbot.addWidget(page)
    page.set_company(gui_shop_offline.company_id)
    page.show()
    return page


def _stored_profile(shop) -> dict:
    with shop.database.session() as session:
        return dict(session.get(Company, shop.company_id).profile)


def test_day_ranges_parse_with_any_dash() -> None:
    assert parse_day_ranges("10:00-14:00, 15:00–20:00") == [["10:00", "14:00"],
                                                           ["15:00", "20:00"]]
    assert parse_day_ranges("") == [] and parse_day_ranges("closed") == []
    assert "is not a time range" in parse_day_ranges("ten to two")


def test_form_shows_the_stored_profile(editor) -> None:
    assert editor.name.text() == "Demo Barbershop"
    assert editor.hours["fri"].text() == "10:00-14:00, 15:00-20:00"
    assert editor.hours["sun"].text() == ""
    assert editor.services.rowCount() == 3 and editor.faq.rowCount() == 2


def test_no_reminders_and_no_quiet_hours_stay_so_after_a_save(editor) -> None:
    # An owner's "no reminders" must not come back as the default ones.
    profile, _ = editor.collect()
    profile["booking"].update(reminders_min=[], quiet_hours=None)
    editor.fill(profile)
    assert editor.reminders.minutes() == [] and not editor.quiet_hours.enabled.isChecked()
    editor.min_notice.setValue(90)
    booking = editor.collect()[0]["booking"]
    assert booking == {"slot_step_min": 15, "min_notice_min": 90, "max_days_ahead": 30,
                       "reminders_min": [], "quiet_hours": None}


def test_bad_hours_are_marked_at_the_field_and_nothing_is_saved(editor, gui_shop_offline) -> None:
    before = _stored_profile(gui_shop_offline)
    editor.name.setText("Renamed Shop")
    editor.hours["mon"].setText("20:00-10:00")
    assert editor.save() is None
    assert editor.hours["mon"].property("invalid") is True
    # The field by its label in the form, not by its key in the profile's JSON.
    assert editor.errors.text() == "Not saved: Monday: must end after it starts."
    assert _stored_profile(gui_shop_offline) == before  # not even the new name


def test_a_profile_problem_is_shown_in_russian(qtbot, gui_shop_offline, data_paths,
                                               qapp) -> None:
    from desktop.views.i18n import install_language

    assert install_language(qapp, "ru")
    try:
        page = ProfileEditorPage(gui_shop_offline, ApiKeyStore(data_paths.root / FALLBACK_FILE_NAME))
        qtbot.addWidget(page)
        page.set_company(gui_shop_offline.company_id)
        page.services.setItem(1, 4, QTableWidgetItem("dollars"))
        assert page.save() is None
        text = page.services.item(1, 4).toolTip()
        assert "USD" in text and "2" in text
        assert not re.search(r"[A-Za-z]{2,}", text.replace("USD", "")), text
        assert page.errors.text().endswith(text)
    finally:
        install_language(qapp, "en")


def test_bad_price_is_marked_in_its_cell(editor, gui_shop_offline) -> None:
    editor.services.setItem(1, 3, QTableWidgetItem("cheap"))
    assert editor.save() is None
    assert editor.services.item(1, 3).toolTip() == "Services, row 2: Price: must be a number"
    editor.services.setItem(1, 3, QTableWidgetItem("-3"))
    assert editor.save() is None
    assert editor.errors.text() == "Not saved: Services, row 2: Price: must be a number, 0 or more."


def test_provider_needs_its_address(editor) -> None:
    editor.provider.setCurrentIndex(editor.provider.findData("openai_compatible"))
    editor.model.setText("llama3.1")
    assert editor.save() is None
    assert editor.base_url.property("invalid") is True


def test_saving_rebuilds_the_receptionist_with_the_new_details(editor, gui_shop_offline,
                                                               run) -> None:
    responder = gui_shop_offline.engine.responder
    editor.name.setText("Avi's Barbershop")
    editor.hours["sun"].setText("12:00-16:00")
    editor.services.setItem(0, 3, QTableWidgetItem("30"))
    saved = []
    editor.saved.connect(saved.append)
    run(editor.save())
    assert saved == [gui_shop_offline.company_id]
    profile = parse_profile(_stored_profile(gui_shop_offline))
    assert profile.name == "Avi's Barbershop"
    assert profile.hours["sun"][0][0].hour == 12
    assert profile.services[0].price == 30
    misses = responder.real.factory.misses
    session = gui_shop_offline.session(gui_shop_offline.company_id)
    message_id = run(session.sim_incoming("+15550003030", text="How much is a haircut?"))
    run(_until_idle(gui_shop_offline, message_id))
    assert responder.real.factory.misses == misses + 1  # built again from the saved profile
    with gui_shop_offline.database.session() as db:
        from desktop.store.models import OutboxMessage

        answer = db.query(OutboxMessage).order_by(OutboxMessage.id.desc()).first().text
    assert "30" in answer


async def _until_idle(shop, message_id: str) -> None:
    import asyncio

    while not shop.engine.has_seen(message_id):
        await asyncio.sleep(0.02)
    assert await shop.engine.wait_idle(20)


def test_api_key_goes_to_the_keyring(editor, gui_shop_offline, memory_keyring, run) -> None:
    editor.provider.setCurrentIndex(editor.provider.findData("openai"))
    editor.api_key.setText("sk-test-123")
    run(editor.save())
    assert memory_keyring.passwords == {("AI Admin", f"openai:{gui_shop_offline.company_id}"):
                                        "sk-test-123"}
    assert editor.api_key.text() == ""
    assert "keyring" in editor.key_location.text()
    provider = load_provider_settings(gui_shop_offline.settings, gui_shop_offline.company_id)
    assert provider.kind.value == "openai"


def test_without_a_keyring_the_key_file_is_clearly_labelled(editor, gui_shop_offline,
                                                            no_keyring, data_paths, run) -> None:
    editor.provider.setCurrentIndex(editor.provider.findData("openai"))
    editor.api_key.setText("sk-test-456")
    run(editor.save())
    assert "NOT encrypted" in editor.key_location.text()
    assert "sk-test-456" in (data_paths.root / FALLBACK_FILE_NAME).read_text()


def test_offline_provider_test_reports_ok(editor, qtbot) -> None:
    editor.test_button.click()
    qtbot.waitUntil(lambda: editor.test_result.text().startswith("✓"), timeout=5_000)


def test_import_and_export(editor, gui_shop_offline, tmp_path, run) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"name": "X", "timezone": "Europe/Moscow",
                                  "hours": {"mon": [["9:00", "18:00"]]}}))
    assert editor.import_file(str(broken)) is False
    assert editor.hours["mon"].property("invalid") is True

    good = tmp_path / "salon.json"
    good.write_text(json.dumps({"name": "Salon Aviv", "timezone": "Asia/Jerusalem",
                                "hours": {"sun": [["09:00", "18:00"]]},
                                "services": [{"name": "Color", "duration_min": 90,
                                              "price": 300, "currency": "ILS"}]}))
    assert editor.import_file(str(good)) is True
    assert editor.name.text() == "Salon Aviv" and editor.hours["sun"].text() == "09:00-18:00"
    run(editor.save())
    exported = tmp_path / "out.json"
    assert editor.export_file(str(exported)) is True
    data = json.loads(exported.read_text())
    assert data["name"] == "Salon Aviv" and data["services"][0]["currency"] == "ILS"
    assert parse_profile(data).timezone == "Asia/Jerusalem"


SHOP_SHAPE = {
    "currency": "RUB",
    "staff": [{"name": "Anna", "aliases": ["Аня"], "services": ["Haircut"],
               "hours": {"mon": [["10:00", "16:00"]]}, "off": [["2026-11-27", "2026-11-27"]]},
              {"name": "Boris"}],
    "closed": [["2026-12-31", "2027-01-01"]],
    "holidays": {"country": "RU"},
}


def test_saving_keeps_the_keys_the_form_does_not_edit(editor, gui_shop_offline, run) -> None:
    stored = _stored_profile(gui_shop_offline)
    shaped = {**stored, **SHOP_SHAPE,
              "booking": {**stored["booking"], "buffer_min": 10, "change_notice_min": 120,
                          "reminders_min": [1440, 120], "quiet_hours": ["21:00", "09:00"]}}
    with gui_shop_offline.database.session() as session:
        session.get(Company, gui_shop_offline.company_id).profile = shaped
    editor.set_company(gui_shop_offline.company_id)
    editor.name.setText("Four Chairs")
    editor.min_notice.setValue(30)
    run(editor.save())
    saved = _stored_profile(gui_shop_offline)
    assert saved["name"] == "Four Chairs" and saved["booking"]["min_notice_min"] == 30
    assert set(SHOP_SHAPE) <= set(saved)
    # Everything else as it was (in the profile's own written form).
    expected = {**shaped, "name": "Four Chairs",
                "booking": {**shaped["booking"], "min_notice_min": 30}}
    assert parse_profile(saved) == parse_profile(expected)
