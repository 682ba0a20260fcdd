"""The Business page's staff section: who takes customers, what they do, when they work and the
days they are away. Members are edited one at a time (the list on the side chooses); the order
of the list is the profile's order, which breaks ties when a customer asks for anyone."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.bot.profile import DAYS
from desktop.views.profile_parts import format_date_ranges, parse_date_ranges

# From this width a member's hours stand beside their other details.
WIDE = 820
_PATH = re.compile(r"^staff\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?")


def _format_ranges(ranges: list[list[str]]) -> str:
    return ", ".join(f"{start}-{end}" for start, end in ranges)


@dataclass
class _Member:
    """One member as the form holds them: texts as typed, checked until Save."""

    name: str = ""
    aliases: str = ""
    services: list[str] | None = None     # None: every service
    own_hours: bool = False
    hours: dict[str, str] = field(default_factory=dict)
    off: str = ""
    saved_name: str = ""                  # as the profile had it: their visits are under it


class StaffEditor(QWidget):
    """Edits the profile's `staff` list. `shop_services()` gives the shop's service names as the
    services table has them now, `shop_hours()` the shop's hours as typed (a member's own hours
    start from them), `upcoming(name)` how many visits a member has ahead (to warn on removal)."""

    def __init__(self, day_names: dict[str, str], shop_services: Callable[[], list[str]],
                 shop_hours: Callable[[], dict[str, str]], upcoming: Callable[[str], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day_names = day_names
        self._shop_services = shop_services
        self._shop_hours = shop_hours
        self._upcoming = upcoming
        self._members: list[_Member] = []
        self._current = -1

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)

        # -- who -----------------------------------------------------------------------------------
        side = QVBoxLayout()
        self.list = QListWidget()
        self.list.setMinimumWidth(150)
        self.list.setMaximumWidth(200)
        self.list.currentRowChanged.connect(self._select)
        self.list.setMaximumHeight(260)  # a small team leaves no tall empty box
        side.addWidget(self.list, 1)
        buttons = QGridLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button.clicked.connect(lambda: self.move_member(1))
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        side.addLayout(buttons)
        side.addStretch(0)
        layout.addLayout(side)

        # -- the chosen member ---------------------------------------------------------------------
        self.details = QWidget()
        # The member's hours beside their other details on a wide page, under them on a small
        # screen (resizeEvent).
        self.columns = details = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(16)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        self.name = QLineEdit()
        self.name.textEdited.connect(self._name_edited)
        self.name.editingFinished.connect(self._name_finished)
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(self.tr("e.g. Anya, אנה"))
        self.services = QListWidget()
        self.services.setMinimumHeight(80)
        self.services.setMaximumHeight(130)
        services_hint = QLabel(self.tr("All checked: every service, also ones added later."),
                               objectName="muted")
        services_hint.setWordWrap(True)
        services_box = QVBoxLayout()
        services_box.setSpacing(2)
        services_box.addWidget(self.services)
        services_box.addWidget(services_hint)
        self.off = QLineEdit()
        self.off.setPlaceholderText("2026-11-27, 2026-12-01 – 2026-12-03")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Other names"), self.aliases)
        form.addRow(self.tr("Services"), services_box)
        form.addRow(self.tr("Days off"), self.off)
        details.addLayout(form, 1)

        hours = QVBoxLayout()
        hours.setSpacing(6)
        self.same_hours = QCheckBox(self.tr("Works the shop's hours"))
        self.same_hours.toggled.connect(self._same_hours_toggled)
        self.same_hours.clicked.connect(self._own_hours_chosen)
        hours.addWidget(self.same_hours)
        grid = QGridLayout()
        self.hours: dict[str, QLineEdit] = {}
        for row, day in enumerate(DAYS):
            grid.addWidget(QLabel(day_names[day]), row, 0)
            edit = QLineEdit()
            grid.addWidget(edit, row, 1)
            self.hours[day] = edit
        hours.addLayout(grid)
        hours_hint = QLabel(self.tr("A day left empty is a day off."), objectName="muted")
        hours_hint.setWordWrap(True)
        hours.addWidget(hours_hint)
        hours.addStretch(1)
        details.addLayout(hours, 1)

        right = QVBoxLayout()
        self.none_hint = QLabel(self.tr(
            "No staff: every visit is with the shop. Add the people who take customers so the "
            "receptionist books each visit with someone who does that service and is at work; "
            "a customer can ask for someone by name."), objectName="muted")
        self.none_hint.setWordWrap(True)
        self.warning = QLabel(objectName="error")
        self.warning.setWordWrap(True)
        self.warning.hide()
        right.addWidget(self.none_hint)
        right.addWidget(self.details, 1)
        right.addWidget(self.warning)
        layout.addLayout(right, 1)
        self._show_details()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight
                                  if event.size().width() >= WIDE else
                                  QBoxLayout.Direction.TopToBottom)

    # -- the list ----------------------------------------------------------------------------------

    def load(self, staff: list[dict[str, Any]]) -> None:
        """Show the profile's staff (as JSON); the first one is chosen."""
        self._current = -1
        self._members = []
        for entry in staff:
            own = "hours" in entry
            self._members.append(_Member(
                name=str(entry.get("name", "")), aliases=", ".join(entry.get("aliases", [])),
                services=list(entry["services"]) if "services" in entry else None,
                own_hours=own,
                hours={d: _format_ranges(entry["hours"].get(d, [])) for d in DAYS} if own else {},
                off=format_date_ranges(entry.get("off", [])),
                saved_name=str(entry.get("name", "")).strip()))
        self.warning.hide()
        self._refill_list(0 if self._members else -1)

    def add_member(self) -> None:
        self._store()
        self._members.append(_Member())
        self._refill_list(len(self._members) - 1)
        self.name.setFocus()

    def remove_member(self) -> None:
        """Remove the chosen member; their upcoming visits stay booked, so say so."""
        row = self._current
        if row < 0:
            return
        self._store()
        member = self._members.pop(row)
        self._current = -1
        self._warn_of_visits(member.saved_name)
        self._refill_list(min(row, len(self._members) - 1))

    def _name_finished(self) -> None:
        """A member renamed: their visits stay under the old name, so say so as for a removal."""
        if self._current < 0:
            return
        saved = self._members[self._current].saved_name
        if saved and self.name.text().strip().casefold() != saved.casefold():
            self._warn_of_visits(saved)

    def _warn_of_visits(self, name: str) -> None:
        visits = self._upcoming(name) if name else 0
        if visits:
            self.warning.setText(self.tr(
                "Upcoming visits with %1: %2. They stay booked under that name: move them to "
                "someone else on the Appointments page, or press Undo changes.").replace(
                "%1", name).replace("%2", str(visits)))
            self.warning.show()
        else:
            self.warning.hide()

    def move_member(self, step: int) -> None:
        """Move the chosen member up (-1) or down (1): the first one takes a visit anyone can."""
        row = self._current
        other = row + step
        if row < 0 or not 0 <= other < len(self._members):
            return
        self._store()
        members = self._members
        members[row], members[other] = members[other], members[row]
        self._current = -1
        self._refill_list(other)

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def _refill_list(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for n, member in enumerate(self._members):
            self.list.addItem(QListWidgetItem(self._shown_name(n, member)))
        self.list.blockSignals(False)
        self._current = -1
        if current >= 0:
            self.list.setCurrentRow(current)
        self._select(current)
        self._show_details()

    def _shown_name(self, row: int, member: _Member) -> str:
        return member.name.strip() or self.tr("Staff member %1").replace("%1", str(row + 1))

    def _name_edited(self, text: str) -> None:
        if self._current >= 0:
            self._members[self._current].name = text
            self.list.item(self._current).setText(self._shown_name(self._current,
                                                                   self._members[self._current]))

    def _select(self, row: int) -> None:
        if row == self._current:
            return
        self._store()
        self._current = row
        self.clear_marks()
        self._show_details()
        if row < 0:
            return
        member = self._members[row]
        self.name.setText(member.name)
        self.aliases.setText(member.aliases)
        self.refresh_services()
        self.same_hours.setChecked(not member.own_hours)
        for day in DAYS:
            self.hours[day].setText(member.hours.get(day, "") if member.own_hours else "")
        self._same_hours_toggled(not member.own_hours)
        self.off.setText(member.off)

    def _show_details(self) -> None:
        has = self._current >= 0
        self.details.setVisible(has)
        self.none_hint.setVisible(not self._members)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has)

    def refresh_services(self) -> None:
        """Show the shop's services (as the table has them now) checked for the chosen member;
        a service they had that the table no longer has stays, to be found by Save."""
        if self._current < 0:
            return
        member = self._members[self._current]
        names = self._shop_services()
        chosen = None if member.services is None else {s.casefold() for s in member.services}
        unknown = [] if member.services is None else [
            s for s in member.services if s.casefold() not in {n.casefold() for n in names}]
        self.services.clear()
        for name in [*names, *unknown]:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if chosen is None or name.casefold() in chosen
                               else Qt.CheckState.Unchecked)
            self.services.addItem(item)

    def _same_hours_toggled(self, same: bool) -> None:
        shop = self._shop_hours()
        for day, edit in self.hours.items():
            edit.setEnabled(not same)
            if same:
                edit.clear()
                edit.setPlaceholderText(shop.get(day, "") or self.tr("closed"))
            else:
                edit.setPlaceholderText(self.tr("day off"))

    def _own_hours_chosen(self, same: bool) -> None:
        if not same and not any(e.text() for e in self.hours.values()):
            # Own hours start from the shop's: the owner changes what differs.
            shop = self._shop_hours()
            for day, edit in self.hours.items():
                edit.setText(shop.get(day, ""))

    def _store(self) -> None:
        """Keep what the form shows for the chosen member."""
        if not 0 <= self._current < len(self._members):
            return
        member = self._members[self._current]
        member.name = self.name.text()
        member.aliases = self.aliases.text()
        items = [self.services.item(n) for n in range(self.services.count())]
        if items and all(i.checkState() == Qt.CheckState.Checked for i in items):
            member.services = None
        elif items:
            member.services = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
        member.own_hours = not self.same_hours.isChecked()
        member.hours = {day: edit.text() for day, edit in self.hours.items()}
        member.off = self.off.text()

    # -- collecting and marking --------------------------------------------------------------------

    def staff_json(self, parse_hours: Callable[[str], list[list[str]] | str]
                   ) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """The members as the profile's JSON, plus problems found in the texts (path -> reason)."""
        self._store()
        staff: list[dict[str, Any]] = []
        problems: dict[str, str] = {}
        for n, member in enumerate(self._members):
            entry: dict[str, Any] = {
                "name": member.name.strip(),
                "aliases": [a.strip() for a in member.aliases.split(",") if a.strip()]}
            if member.services is not None:
                entry["services"] = member.services
            if member.own_hours:
                hours = {}
                for day in DAYS:
                    parsed = parse_hours(member.hours.get(day, ""))
                    if isinstance(parsed, str):
                        problems[f"staff[{n}].hours.{day}"] = parsed
                    elif parsed:
                        hours[day] = parsed
                entry["hours"] = hours
            off = parse_date_ranges(member.off)
            if isinstance(off, str):
                problems[f"staff[{n}].off"] = off
            elif off:
                entry["off"] = off
            staff.append(entry)
        return staff, problems

    def fields(self) -> list[QWidget]:
        return [self.name, self.aliases, self.services, self.off, *self.hours.values()]

    def clear_marks(self) -> None:
        for widget in self.fields():
            _set_invalid(widget, "")

    def field_for(self, path: str) -> QWidget | None:
        """The widget a `staff[n]...` problem is about, with member n chosen to show it."""
        match = _PATH.match(path)
        if not match or int(match[1]) >= len(self._members):
            return self.list if path.startswith("staff") else None
        self.select(int(match[1]))
        if match[2] == "hours" and match[3] in self.hours:
            return self.hours[match[3]]
        return {"aliases": self.aliases, "services": self.services, "off": self.off,
                "hours": self.hours[DAYS[0]]}.get(match[2] or "", self.name)

    def label_for(self, path: str) -> str | None:
        """A `staff[n]...` path in the form's words ("Staff, Anna: Days off")."""
        match = _PATH.match(path)
        if not match:
            return None
        row = int(match[1])
        who = (self._shown_name(row, self._members[row]) if row < len(self._members)
               else str(row + 1))
        what = {"name": self.tr("Name"), "aliases": self.tr("Other names"),
                "services": self.tr("Services"), "off": self.tr("Days off"),
                "hours": self._day_names.get(match[3] or "", self.tr("Working hours"))
                }.get(match[2] or "")
        text = self.tr("Staff, %1").replace("%1", who)
        return f"{text}: {what}" if what else text


def _set_invalid(widget: QWidget, text: str) -> None:
    widget.setProperty("invalid", bool(text))
    widget.setToolTip(text)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
