"""The Business page edits the newer profile keys: staff (who, what, when, days off), the shop's
currency, closed dates, public holidays, buffer, change notice, reminders and quiet hours; bad
input is marked at its field and blocks saving; an old profile saved untouched gains no keys."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime

from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore
from desktop.bot.profile import parse_profile
from desktop.bot.simulate import fixed_clock
from desktop.store.models import Company
from desktop.views.profile_editor import ProfileEditorPage
from desktop.views.profile_parts import parse_date_ranges

STAFF_PROFILE = Path(__file__).resolve().parents[2] / "docs" / "scenarios" / "staff-profile.json"
MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")


@pytest.fixture
def editor(qtbot, gui_shop_offline, data_paths):
    page = ProfileEditorPage(gui_shop_offline, ApiKeyStore(data_paths.root / FALLBACK_FILE_NAME))
    qtbot.addWidget(page)
    page.set_company(gui_shop_offline.company_id)
    page.show()
    return page


def _stored(shop) -> dict:
    with shop.database.session() as session:
        return dict(session.get(Company, shop.company_id).profile)


def _store(shop, profile: dict) -> None:
    with shop.database.session() as session:
        session.get(Company, shop.company_id).profile = profile


def _check(staff, *names: str) -> None:
    for n in range(staff.services.count()):
        item = staff.services.item(n)
        item.setCheckState(Qt.CheckState.Checked if item.text() in names
                           else Qt.CheckState.Unchecked)


def _own_hours(staff, **days: str) -> None:
    staff.same_hours.click()            # as the owner does: own hours start from the shop's
    for day, edit in staff.hours.items():
        edit.setText(days.get(day, edit.text()))


def test_date_ranges_parse_days_and_ranges() -> None:
    assert parse_date_ranges("2026-11-27, 2026-12-01 – 2026-12-03") == [
        ["2026-11-27", "2026-11-27"], ["2026-12-01", "2026-12-03"]]
    assert parse_date_ranges("2026-12-01-2026-12-03; 2027-1-7") == [
        ["2026-12-01", "2026-12-03"], ["2027-01-07", "2027-01-07"]]
    assert parse_date_ranges("  ") == []
    assert "is not a date" in parse_date_ranges("2026-02-30")
    assert "is not a date" in parse_date_ranges("next friday")


def test_an_old_profile_saved_untouched_gains_no_keys(editor, gui_shop_offline, run) -> None:
    before = _stored(gui_shop_offline)     # the demo shop: none of the newer keys
    assert not {"currency", "staff", "closed", "holidays"} & set(before)
    assert set(before["booking"]) == {"slot_step_min", "min_notice_min", "max_days_ahead"}
    assert editor.collect() == (before, {})
    run(editor.save())
    after = _stored(gui_shop_offline)
    assert set(after) == set(before)
    assert parse_profile(after) == parse_profile(before)


def test_the_staff_profile_round_trips(editor, gui_shop_offline, run) -> None:
    original = json.loads(STAFF_PROFILE.read_text(encoding="utf-8"))
    editor.fill(original)
    assert [editor.staff.list.item(n).text() for n in range(editor.staff.list.count())] == [
        "Anna", "Boris"]
    assert editor.staff.name.text() == "Anna" and not editor.staff.same_hours.isChecked()
    assert editor.staff.hours["mon"].text() == "" and editor.staff.hours["wed"].text() == (
        "10:00-16:00")
    assert editor.staff.off.text() == "2026-03-21"
    assert editor.closed.text() == "2026-03-25" and editor.currency.currentText() == "USD"
    run(editor.save())
    assert parse_profile(_stored(gui_shop_offline)) == parse_profile(original)
    editor.set_company(gui_shop_offline.company_id)
    assert editor.collect()[1] == {}
    assert parse_profile(editor.collect()[0]) == parse_profile(original)


def test_staff_added_edited_moved_and_removed_are_saved(editor, gui_shop_offline, run) -> None:
    staff = editor.staff
    assert not staff.none_hint.isHidden() and staff.details.isHidden()
    staff.add_member()
    staff.name.setText("Anna")
    staff.aliases.setText("Аня, אנה")
    _check(staff, "Haircut", "Haircut and beard")
    _own_hours(staff, mon="", fri="10:00-14:00")
    staff.off.setText("2026-11-27, 2026-12-01 – 2026-12-03")
    staff.add_member()
    staff.name.setText("Boris")                 # every service, the shop's hours
    run(editor.save())
    saved = parse_profile(_stored(gui_shop_offline)).staff
    anna, boris = saved
    assert anna.name == "Anna" and anna.aliases == ("Аня", "אנה")
    assert anna.services == ("Haircut", "Haircut and beard")
    assert anna.hours is not None and anna.hours["mon"] == () and anna.hours["sun"] == ()
    assert [(f"{a:%H:%M}", f"{b:%H:%M}") for a, b in anna.hours["fri"]] == [("10:00", "14:00")]
    assert anna.hours["tue"] == ((dt.time(10), dt.time(20)),)        # as the shop's
    assert anna.off == ((dt.date(2026, 11, 27),) * 2, (dt.date(2026, 12, 1), dt.date(2026, 12, 3)))
    assert (boris.name, boris.services, boris.hours, boris.off) == ("Boris", None, None, ())
    assert "services" not in _stored(gui_shop_offline)["staff"][1]

    staff.move_member(-1)                       # Boris first: he takes a visit anyone can
    assert staff.name.text() == "Boris"
    staff.select(1)
    staff.remove_member()                       # Anna has no visits: nothing to warn of
    assert staff.warning.isHidden()
    run(editor.save())
    assert [m.name for m in parse_profile(_stored(gui_shop_offline)).staff] == ["Boris"]
    staff.remove_member()
    assert not staff.none_hint.isHidden()
    run(editor.save())
    assert "staff" not in _stored(gui_shop_offline)   # none left: as a shop without staff


def test_removing_or_renaming_a_member_with_visits_ahead_warns(editor, gui_shop_offline, run) -> None:
    shop = gui_shop_offline
    shop.engine.clock = fixed_clock(dt.datetime(2026, 3, 18, 9, 0, tzinfo=MOSCOW))
    _store(shop, {**_stored(shop), "staff": [{"name": "Anna"}, {"name": "Boris"}]})
    run(shop.operations.book(shop.company_id, phone="+972501234567", name="Dana",
                             service="Haircut", start=dt.datetime(2026, 3, 19, 10, 0,
                                                                  tzinfo=MOSCOW), staff="Boris"))
    editor.set_company(shop.company_id)
    staff = editor.staff
    staff.select(1)
    staff.name.setText("Borya")                 # renamed: the visit stays under "Boris"
    staff.name.editingFinished.emit()
    assert "Upcoming visits with Boris: 1." in staff.warning.text()
    editor.set_company(shop.company_id)         # Undo changes
    assert staff.warning.isHidden()
    staff.remove_member()                       # Anna: free
    assert staff.warning.isHidden()
    staff.name.setText("Borya")                 # the visits are under the name as saved
    staff.remove_member()                       # Boris: Dana comes tomorrow
    assert not staff.warning.isHidden()
    assert "Upcoming visits with Boris: 1." in staff.warning.text()


def test_shop_currency_closed_dates_and_holidays_are_saved(editor, gui_shop_offline,
                                                           run) -> None:
    editor.currency.setCurrentText("eur")
    editor.services.item(0, 4).setText("")     # the shop's currency
    editor.closed.setText("2026-12-31 – 2027-01-02, 2027-03-08")
    editor.holidays.setCurrentIndex(editor.holidays.findData("IL"))
    assert editor.holidays.currentText() == "Israel"
    run(editor.save())
    stored = _stored(gui_shop_offline)
    assert stored["currency"] == "EUR" and stored["holidays"] == {"country": "IL"}
    profile = parse_profile(stored)
    assert profile.services[0].currency == "EUR" and profile.services[1].currency == "USD"
    assert profile.closed == ((dt.date(2026, 12, 31), dt.date(2027, 1, 2)),
                              (dt.date(2027, 3, 8), dt.date(2027, 3, 8)))
    editor.holidays.setCurrentIndex(0)         # "None"
    editor.currency.setCurrentText("")
    editor.services.item(0, 4).setText("USD")
    editor.closed.clear()
    run(editor.save())
    assert not {"currency", "holidays", "closed"} & set(_stored(gui_shop_offline))


def test_reminders_quiet_hours_buffer_and_change_notice_are_saved(editor, gui_shop_offline,
                                                                  run) -> None:
    reminders = editor.reminders
    assert reminders.minutes() == [1440, 120]           # the default, shown
    assert [reminders.list.item(n).text() for n in range(2)] == ["24 h before", "2 h before"]
    reminders.list.setCurrentRow(0)
    reminders.remove_selected()
    reminders.amount.setValue(30)
    reminders.unit.setCurrentIndex(reminders.unit.findData(1))
    assert reminders.add_current() and not reminders.add_current()   # not twice
    reminders.amount.setValue(3)
    assert not reminders.add_current()                  # under 5 minutes
    editor.quiet_hours.start.setTime(QTime(22, 0))
    editor.quiet_hours.end.setTime(QTime(8, 30))
    editor.buffer.setValue(10)
    editor.change_notice.setValue(180)
    run(editor.save())
    rules = parse_profile(_stored(gui_shop_offline)).booking
    assert rules.reminders_min == (120, 30)
    assert rules.quiet_hours == (dt.time(22, 0), dt.time(8, 30))
    assert (rules.buffer_min, rules.change_notice_min) == (10, 180)

    reminders.list.selectAll()
    reminders.remove_selected()
    assert not reminders.empty.isHidden()
    editor.quiet_hours.enabled.setChecked(False)
    run(editor.save())
    booking = _stored(gui_shop_offline)["booking"]
    assert booking["reminders_min"] == [] and booking["quiet_hours"] is None


@pytest.mark.parametrize(("change", "field", "message"), [
    (lambda e: e.closed.setText("2026-13-45"), "closed",
     "Not saved: Closed on: “2026-13-45” is not a date like 2026-12-31 or a range like "
     "2026-12-01 – 2026-12-03"),
    (lambda e: e.closed.setText("2026-12-03 – 2026-12-01"), "closed",
     "Not saved: Closed on: must end after it starts."),
    (lambda e: (e.quiet_hours.start.setTime(QTime(9, 0)), e.quiet_hours.end.setTime(QTime(9, 0))),
     "quiet_hours", "Not saved: Quiet hours: must be two different times like 21:00 and "
     "09:00, or empty."),
    (lambda e: e.currency.setCurrentText("dollars"), "currency",
     "Not saved: Currency: must be a 3-letter currency code like USD."),
])
def test_bad_shop_entries_are_marked_and_nothing_is_saved(editor, gui_shop_offline, change,
                                                          field, message) -> None:
    before = _stored(gui_shop_offline)
    editor.name.setText("Renamed")
    change(editor)
    assert editor.save() is None
    widget = {"closed": editor.closed, "quiet_hours": editor.quiet_hours.start,
              "currency": editor.currency}[field]
    assert widget.property("invalid") is True
    assert editor.errors.text() == message
    assert _stored(gui_shop_offline) == before


def _two_members(editor) -> None:
    staff = editor.staff
    staff.add_member()
    staff.name.setText("Anna")
    staff.add_member()
    staff.name.setText("Boris")


@pytest.mark.parametrize(("change", "field", "message"), [
    (lambda s: s.off.setText("2026-12-03 – 2026-12-01"), "off",
     "Not saved: Staff, Anna: Days off: must end after it starts."),
    (lambda s: s.off.setText("soon"), "off",
     "Not saved: Staff, Anna: Days off: “soon” is not a date like 2026-12-31 or a range like "
     "2026-12-01 – 2026-12-03"),
    (lambda s: s.name.setText(""), "name",
     "Not saved: Staff, Staff member 1: Name: must not be empty."),
    (lambda s: s.aliases.setText("boris"), "name",
     "Not saved: Staff, Boris: two staff members have the same name or alias."),
    (lambda s: _own_hours(s, wed="16:00-10:00"), "wed",
     "Not saved: Staff, Anna: Wednesday: must end after it starts."),
    (lambda s: _own_hours(s, wed="after lunch"), "wed",
     "Not saved: Staff, Anna: Wednesday: “after lunch” is not a time range like 10:00-14:00"),
])
def test_bad_staff_entries_are_marked_at_the_member_and_nothing_is_saved(
        editor, gui_shop_offline, change, field, message) -> None:
    before = _stored(gui_shop_offline)
    _two_members(editor)
    staff = editor.staff
    staff.select(0)
    change(staff)
    staff.select(1)                       # the problem is found with another member shown
    assert editor.save() is None
    assert editor.errors.text() == message
    # The member with the problem is chosen to show it at its field.
    expected = 1 if "Boris:" in message else 0
    assert staff.list.currentRow() == expected
    widget = staff.hours["wed"] if field == "wed" else getattr(staff, field)
    assert widget.property("invalid") is True and widget.toolTip()
    assert _stored(gui_shop_offline) == before


def test_a_service_renamed_away_from_a_member_is_marked(editor, gui_shop_offline) -> None:
    _two_members(editor)
    editor.staff.select(0)
    _check(editor.staff, "Beard trim")
    editor.services.item(1, 0).setText("Beard")
    assert editor.save() is None
    assert editor.errors.text() == ("Not saved: Staff, Anna: Services: “Beard trim” is not one "
                                    "of the services.")
    assert editor.staff.services.property("invalid") is True


def test_quiet_hours_read_left_to_right_in_hebrew(qtbot, gui_shop_offline, data_paths,
                                                  qapp) -> None:
    from desktop.views.i18n import install_language

    assert install_language(qapp, "he")
    try:
        page = ProfileEditorPage(gui_shop_offline, ApiKeyStore(data_paths.root / FALLBACK_FILE_NAME))
        qtbot.addWidget(page)
        page.set_company(gui_shop_offline.company_id)
        # A time edit given its format while right to left shows 21:00 as "00:21".
        assert page.quiet_hours.start.text() == "21:00"
        assert page.quiet_hours.end.text() == "09:00"
        assert page.holidays.itemText(page.holidays.findData("IL")) == "ישראל"
    finally:
        install_language(qapp, "en")
