"""The diagnostics export dialog: what goes into the bundle, and where it is saved.

It only collects the technician's choice and emits it (`chosen`: the file and whether the
conversation texts go in); the diagnostics page runs the export. Open it with open(), never
exec() (qasync).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

WIDTH = 520


def default_export_path() -> Path:
    """Where the bundle is offered to be saved: the home folder, named by the minute."""
    return Path.home() / dt.datetime.now().strftime("ai-admin-diagnostics-%Y%m%d-%H%M.zip")


class DiagnosticsExportDialog(QDialog):
    """Says what the bundle holds and leaves out; conversation texts only when ticked."""

    chosen = Signal(Path, bool)  # the zip to write, include conversation texts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsExportDialog")
        self.setWindowTitle(self.tr("Export diagnostics"))
        self.setMinimumWidth(WIDTH)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr(
            "One zip file for a technician: the logs, each company's connection history and "
            "settings, the self-checks and versions."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        safe = QLabel(self.tr(
            "Left out or masked: phone numbers (only their last four digits stay), API keys "
            "and passwords, pairing codes, the WhatsApp login and the database itself."),
            objectName="muted")
        safe.setWordWrap(True)
        layout.addWidget(safe)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.include_texts = QCheckBox(self.tr("Include conversation texts"))
        self.include_texts.setChecked(False)
        texts.addWidget(self.include_texts)
        texts_note = QLabel(self.tr(
            "Customers' names and what they and the receptionist wrote. Leave this off unless "
            "the technician needs them to find a problem."), objectName="muted")
        texts_note.setWordWrap(True)
        indented = QHBoxLayout()  # under the box's text, not its tick (mirrored in Hebrew)
        indented.addSpacing(24)
        indented.addWidget(texts_note, 1)
        texts.addLayout(indented)
        layout.addSpacing(6)
        layout.addLayout(texts)
        layout.addStretch(1)  # any height to spare goes above the buttons, not between lines
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save as…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.file_dialog: QFileDialog | None = None
        # As tall as its wrapped lines need at its width, not as the narrower size hint guesses.
        self.resize(WIDTH, layout.totalHeightForWidth(WIDTH))

    def choose_file(self) -> QFileDialog:
        """Ask where to save the zip; choosing a file emits `chosen` and closes this dialog."""
        chooser = QFileDialog(self, self.tr("Export diagnostics"), str(default_export_path()),
                              self.tr("Zip files (*.zip)"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix("zip")
        chooser.fileSelected.connect(lambda name: self.choose(Path(name)))
        self.file_dialog = chooser  # kept so it is not garbage-collected while open
        chooser.open()
        return chooser

    def choose(self, target: Path) -> None:
        """Export to `target` with the box's choice (what the file dialog's answer does)."""
        self.chosen.emit(target, self.include_texts.isChecked())
        self.accept()
