"""The guided first start: both paths hand over the owner's choice, bad profiles are shown at the
field, the language is stored, and the wizard never needs the engine."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QWizard

from desktop.resources import demo_profile_path
from desktop.views.first_run import FirstRunWizard, SetupChoice


@pytest.fixture
def wizard(qtbot) -> FirstRunWizard:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    return wizard


def _next(wizard: FirstRunWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if wizard.currentPage().isCommitPage():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isEnabled(), f"cannot leave {wizard.currentPage().title()!r}"
    button.click()


def _choices(wizard: FirstRunWizard) -> list[SetupChoice]:
    received: list[SetupChoice] = []
    wizard.finished_setup.connect(received.append)
    return received


def _languages(wizard: FirstRunWizard) -> list[str]:
    chosen: list[str] = []
    wizard.language_chosen.connect(chosen.append)
    return chosen


def test_the_wizard_opens_on_the_language_stored_before(qtbot) -> None:
    wizard = FirstRunWizard("he")
    qtbot.addWidget(wizard)
    assert wizard.language_page.language() == "he"


def test_simulator_path_with_the_demo_profile(wizard, qtbot) -> None:
    received = _choices(wizard)
    languages = _languages(wizard)
    scans: list[bool] = []
    wizard.sim_scan_requested.connect(lambda: scans.append(True))
    wizard.language_page.buttons["ru"].click()
    _next(wizard)
    assert languages == ["ru"]  # handed over (to be stored) as soon as the page is left

    page = wizard.business_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a name is needed
    qtbot.keyClicks(page.name_input, "Dana's Salon")
    _next(wizard)
    assert wizard.connect_page.simulator.isChecked()  # trying first is the default
    assert received == []  # nothing is handed over before Start
    _next(wizard)

    assert wizard.currentPage() is wizard.link_page
    assert len(received) == 1
    choice = received[0]
    assert choice == wizard.choice
    assert (choice.language, choice.name, choice.transport) == ("ru", "Dana's Salon", "sim")
    assert choice.simulator and choice.profile_source == "demo"
    demo = json.loads(demo_profile_path().read_text(encoding="utf-8"))
    assert choice.profile["name"] == "Dana's Salon"
    assert choice.profile["timezone"] == demo["timezone"]
    assert len(choice.profile["services"]) == len(demo["services"])
    json.dumps(choice.profile)  # plain JSON, ready for the database

    link = wizard.link_page
    assert link.scan_button.isVisible() and not link.new_qr_button.isVisible()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()  # handed over: no way back
    link.scan_button.click()
    assert scans == [True]
    wizard.show_qr("SIM-QR-1")
    assert link.qr.qr_text == "SIM-QR-1"
    wizard.show_linked()
    assert "Dana's Salon" in link.state.text()
    assert not link.qr.isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    assert len(received) == 1


def test_whatsapp_path_ends_on_the_qr_page_with_instructions(wizard, qtbot) -> None:
    received = _choices(wizard)
    languages = _languages(wizard)
    new_codes: list[bool] = []
    wizard.new_qr_requested.connect(lambda: new_codes.append(True))
    wizard.language_page.buttons["he"].click()
    _next(wizard)
    wizard.business_page.name_input.setText("מספרת אבי")  # keyClicks types ASCII only
    _next(wizard)
    wizard.connect_page.whatsapp.click()
    _next(wizard)

    (choice,) = received
    assert (choice.language, choice.transport, choice.simulator) == ("he", "baileys", False)
    assert languages == ["he"]
    link = wizard.link_page
    assert link.title() == "Link the shop's WhatsApp"
    instructions = link.instructions.text().replace("&gt;", ">")
    assert "On your phone: WhatsApp > Settings > Linked devices > Link a device" in instructions
    assert ("WhatsApp may refuse new links for a few hours after many attempts: wait, then "
            "press New QR code") in link.refused.text()
    assert link.refused.isVisible()
    assert link.new_qr_button.isVisible() and not link.scan_button.isVisible()
    assert link.qr.qr_text is None and "appears here" in link.qr_placeholder.text()

    wizard.show_qr("2@real-looking-qr,abc")
    assert link.qr.qr_text == "2@real-looking-qr,abc"
    link.new_qr_button.click()
    assert new_codes == [True]
    wizard.show_problem("WhatsApp refused to link this device.")
    assert link.problem.isVisible() and "refused" in link.problem.text()
    # Linking can also be finished later on the Connection page.
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_profile_import_error_is_shown_at_the_field(wizard, qtbot, tmp_path) -> None:
    _next(wizard)
    page = wizard.business_page
    bad = tmp_path / "bad.json"
    demo = json.loads(demo_profile_path().read_text(encoding="utf-8"))
    demo["services"][1]["price"] = "cheap"
    bad.write_text(json.dumps(demo), encoding="utf-8")
    qtbot.keyClicks(page.name_input, "Avi")

    assert page.import_profile(str(bad)) is False
    assert page.file_error.isVisible()
    assert "services[1].price" in page.file_error.text()
    assert page.file_input.text() == str(bad)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert page.import_profile(str(broken)) is False
    assert "not valid JSON" in page.file_error.text()

    # Back to the demo profile: the error no longer blocks.
    page.use_demo.click()
    assert not page.file_error.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_imported_profile_is_handed_over(wizard, qtbot, tmp_path) -> None:
    received = _choices(wizard)
    _next(wizard)
    page = wizard.business_page
    good = tmp_path / "salon.json"
    profile = json.loads(demo_profile_path().read_text(encoding="utf-8"))
    profile["name"] = "Salon Lev"
    profile["services"] = profile["services"][:1]
    good.write_text(json.dumps(profile), encoding="utf-8")

    assert page.import_profile(str(good)) is True
    assert page.name_input.text() == "Salon Lev"  # an empty name is taken from the profile
    assert not page.file_error.isVisible() and "1 services" in page.file_summary.text()
    _next(wizard)
    _next(wizard)
    (choice,) = received
    assert choice.profile_source == str(good)
    assert [s["name"] for s in choice.profile["services"]] == [profile["services"][0]["name"]]


def test_cancelling_hands_over_only_the_language(wizard) -> None:
    received, languages = _choices(wizard), _languages(wizard)
    _next(wizard)
    wizard.reject()
    assert received == [] and languages == ["en"]


def test_the_wizard_is_opened_without_a_nested_event_loop() -> None:
    from pathlib import Path

    import desktop.views.first_run as module

    source = Path(module.__file__).read_text(encoding="utf-8")
    assert ".exec(" not in source and "bot.engine" not in source and "bot.runtime" not in source
