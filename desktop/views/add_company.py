"""Adding a company: its name, its business profile (the demo one, or an imported JSON file) and
how it reaches WhatsApp (the shop's real phone, the simulator to try things first, or the practice
WhatsApp: the real connection against a local server, for a technician).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.bot.profile import BusinessProfile, ProfileError, load_profile
from desktop.bot.runtime import PRACTICE
from desktop.resources import demo_profile_path
from desktop.store.models import Transport
from desktop.views.reason_texts import reason_text


class AddCompanyDialog(QDialog):
    """Collects a new company's details; `accepted_company` carries (name, profile, transport)."""

    accepted_company = Signal(str, dict, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a company"))
        self.setMinimumWidth(520)
        self._profile: BusinessProfile = load_profile(demo_profile_path())
        self._profile_source = self.tr("the demo barbershop's profile (edit it later)")

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Name of the business")))
        self.name_input = QLineEdit()
        self.name_input.setPlaceholderText(self.tr("e.g. Avi's Barbershop"))
        layout.addWidget(self.name_input)

        layout.addWidget(QLabel(self.tr("Business profile (hours, services, prices)")))
        profile_row = QHBoxLayout()
        self.profile_label = QLabel(objectName="muted")
        self.profile_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import a profile file…"))
        self.import_button.clicked.connect(self._choose_file)
        profile_row.addWidget(self.profile_label, 1)
        profile_row.addWidget(self.import_button)
        layout.addLayout(profile_row)

        layout.addWidget(QLabel(self.tr("How does it reach WhatsApp?")))
        self.real = QRadioButton(self.tr("The shop's WhatsApp — link its phone with a QR code"))
        self.sim = QRadioButton(self.tr("The simulator — try everything without a phone"))
        self.practice = QRadioButton(
            self.tr("Practice WhatsApp (a local server for trying the real connection)"))
        self.sim.setChecked(True)
        group = QButtonGroup(self)
        for choice in (self.real, self.sim, self.practice):
            group.addButton(choice)
            layout.addWidget(choice)

        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("Add company"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_profile()

    def _show_profile(self) -> None:
        services = len(self._profile.services)
        self.profile_label.setText(self.tr("Using %1: %2 services.")
                                   .replace("%1", self._profile_source)
                                   .replace("%2", str(services)))

    def _choose_file(self) -> None:
        chooser = QFileDialog(self, self.tr("Import a business profile"))
        chooser.setNameFilter(self.tr("Business profile (*.json)"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.import_profile)
        self.chooser = chooser
        chooser.open()  # open(), not exec(): keeps the asyncio tasks running

    def import_profile(self, path: str) -> bool:
        """Load a profile file; on error, say which key is wrong and keep the previous one."""
        try:
            self._profile = load_profile(Path(path))
        except ProfileError as exc:
            self.error.setText(self.tr("This profile cannot be used: %1").replace(
                "%1", reason_text(exc.reason)))
            self.error.show()
            return False
        self.error.hide()
        self._profile_source = Path(path).name
        if not self.name_input.text().strip():
            self.name_input.setText(self._profile.name)
        self._show_profile()
        return True

    def _accept(self) -> None:
        name = self.name_input.text().strip()
        if not name:
            self.error.setText(self.tr("Give the business a name."))
            self.error.show()
            self.name_input.setFocus()
            return
        profile = self._profile.to_json()
        profile["name"] = name
        if self.practice.isChecked():
            transport = PRACTICE
        else:
            transport = Transport.SIM.value if self.sim.isChecked() else Transport.BAILEYS.value
        self.accepted_company.emit(name, json.loads(json.dumps(profile)), transport)
        self.accept()
