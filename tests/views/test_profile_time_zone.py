"""Changing the time zone keeps every booked visit at its instant and says so before saving."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore
from desktop.bot.queries import TimeZoneShift, time_zone_shift
from desktop.store.companies import ensure_demo_company
from desktop.store.models import Appointment, AppointmentStatus, Company, Customer
from desktop.views.i18n import install_language
from desktop.views.profile_editor import ProfileEditorPage, time_zone_shift_lines
from tests.views.test_translations import compiled  # noqa: F401 - the fixture that builds the .qm

# Zones without summer time, so the differences hold whatever day the test runs.
MOSCOW, JOHANNESBURG, KOLKATA = "Europe/Moscow", "Africa/Johannesburg", "Asia/Kolkata"


def _visits(shop) -> list[int]:
    """Three upcoming booked visits, plus a cancelled one and a past one (neither counts)."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    starts = [(now + dt.timedelta(days=d, hours=2), AppointmentStatus.BOOKED) for d in (1, 2)]
    starts += [(now + dt.timedelta(days=3), AppointmentStatus.CONFIRMED),
               (now + dt.timedelta(days=4), AppointmentStatus.CANCELLED),
               (now - dt.timedelta(days=1), AppointmentStatus.BOOKED)]
    with shop.database.session() as session:
        customer = Customer(company_id=shop.company_id, phone="+79161234567", name="Olga")
        session.add(customer)
        session.flush()
        rows = [Appointment(company_id=shop.company_id, customer_id=customer.id,
                            service="Haircut", start_at=start,
                            end_at=start + dt.timedelta(minutes=30), status=status)
                for start, status in starts]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def _starts(shop) -> dict[int, dt.datetime]:
    with shop.database.session() as session:
        return {a.id: a.start_at for a in session.query(Appointment)}


def _zone(shop) -> str:
    with shop.database.session() as session:
        return session.get(Company, shop.company_id).profile["timezone"]


@pytest.fixture
def editor(qtbot, gui_shop_offline, data_paths):
    page = ProfileEditorPage(gui_shop_offline, ApiKeyStore(data_paths.root / FALLBACK_FILE_NAME))
    qtbot.addWidget(page)
    page.set_company(gui_shop_offline.company_id)
    page.show()
    return page


def test_the_shift_counts_upcoming_visits_that_hold_their_time(database) -> None:
    shop = SimpleNamespace(database=database, company_id=ensure_demo_company(database))
    _visits(shop)
    now = dt.datetime.now(dt.UTC)
    shift = time_zone_shift(database, shop.company_id, JOHANNESBURG, now)
    assert shift == TimeZoneShift(MOSCOW, JOHANNESBURG, 3, ((-60, 3),)) and shift.moved == 3
    assert time_zone_shift(database, shop.company_id, MOSCOW, now).moved == 0


def test_the_sentence_names_the_visits_and_the_difference() -> None:
    assert time_zone_shift_lines(TimeZoneShift(MOSCOW, JOHANNESBURG, 3, ((-60, 3),))) == [
        "3 visits will show one hour earlier."]
    assert time_zone_shift_lines(TimeZoneShift(MOSCOW, KOLKATA, 2, ((150, 1), (0, 1)))) == [
        "1 visit will show 2 hours 30 minutes later."]


def test_saving_a_new_zone_asks_first_and_keeps_every_visit_at_its_instant(
        editor, gui_shop_offline, qtbot, run) -> None:
    _visits(gui_shop_offline)
    before = _starts(gui_shop_offline)
    editor.timezone.setCurrentText(JOHANNESBURG)
    future = editor.save()
    qtbot.waitUntil(lambda: editor.zone_question is not None and editor.zone_question.isVisible())
    question = editor.zone_question
    asked = question.text().replace("\u2060", "")  # the word joiner keeps a name whole
    assert MOSCOW in asked and JOHANNESBURG in asked
    assert "3 visits will show one hour earlier." in question.informativeText()
    assert _zone(gui_shop_offline) == MOSCOW  # nothing saved while the owner reads it
    [save] = [b for b in question.buttons()
              if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    save.click()
    run(future)
    assert _zone(gui_shop_offline) == JOHANNESBURG
    assert _starts(gui_shop_offline) == before


def test_cancelling_keeps_the_old_zone(editor, gui_shop_offline, qtbot, run) -> None:
    _visits(gui_shop_offline)
    editor.timezone.setCurrentText(KOLKATA)
    future = editor.save()
    qtbot.waitUntil(lambda: editor.zone_question is not None and editor.zone_question.isVisible())
    editor.zone_question.button(QMessageBox.StandardButton.Cancel).click()
    run(future)
    assert _zone(gui_shop_offline) == MOSCOW
    assert MOSCOW in editor.status.text()


def test_a_zone_change_without_visits_saves_without_asking(editor, gui_shop_offline, run) -> None:
    editor.timezone.setCurrentText(JOHANNESBURG)
    run(editor.save())
    assert editor.zone_question is None
    assert _zone(gui_shop_offline) == JOHANNESBURG


@pytest.mark.parametrize(("language", "visits", "minutes", "sentence"), [
    ("ru", 1, -60, "1 запись будет показана на час раньше."),
    ("ru", 3, -60, "3 записи будут показаны на час раньше."),
    ("ru", 5, 120, "5 записей будут показаны на 2 часа позже."),
    ("he", 3, -60, "3 תורים יוצגו שעה מוקדם יותר."),
])
def test_the_sentence_is_plural_correct_in_each_language(qapp, compiled, language, visits,
                                                          minutes, sentence) -> None:
    assert install_language(qapp, language)
    try:
        shift = TimeZoneShift(MOSCOW, JOHANNESBURG, visits, ((minutes, visits),))
        assert time_zone_shift_lines(shift) == [sentence]
    finally:
        install_language(qapp, "en")
