"""Renaming and deleting a company: the two dialogs the sidebar's menu opens.

They only collect the owner's decision and emit it (`renamed`, `delete_confirmed`,
`archive_instead`); the window runs the command through `Operations`. Open them with open(),
never exec() (qasync).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.companies import CompanyContents

NAME_LIMIT = 200


def isolated_name(name: str) -> str:
    """A company's name set apart from the sentence around it (Unicode first-strong isolate),
    so a Latin name in a Hebrew sentence, or a Hebrew one with digits, keeps its own order."""
    return f"\u2068{name}\u2069"


class RenameCompanyDialog(QDialog):
    """A new name for a company (also the name the receptionist gives the shop)."""

    renamed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename the company"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Name of the business")))
        self.name_input = QLineEdit(name)
        self.name_input.setMaxLength(NAME_LIMIT)
        self.name_input.selectAll()
        layout.addWidget(self.name_input)
        note = QLabel(self.tr("The receptionist uses this name when it answers customers; it is "
                              "also the name on the Business page."), objectName="muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.rename_button = buttons.addButton(self.tr("Rename"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.rename_button.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._old = name
        self.name_input.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        new = self.name_input.text().strip()
        self.rename_button.setEnabled(bool(new) and new != self._old)

    def _accept(self) -> None:
        if self.rename_button.isEnabled():
            self.renamed.emit(self.name_input.text().strip())
            self.accept()


class DeleteCompanyDialog(QDialog):
    """Deleting a company for good: it says what is lost, suggests archiving instead, and asks
    for the company's name typed out before the delete button works."""

    delete_confirmed = Signal()
    archive_instead = Signal()

    def __init__(self, name: str, contents: CompanyContents, *, archived: bool,
                 linked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setWindowTitle(self.tr("Delete the company"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(self.tr("Delete “%1” for good?").replace("%1", isolated_name(name)),
                       objectName="cardTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        lost = self.tr("This removes from this computer, and it cannot be undone:")
        items = [
            self.tr("%n conversation(s) with all their messages", "", contents.conversations),
            self.tr("%n customer(s) with their notes and tags", "", contents.customers),
            self.tr("%n visit(s), past and booked", "", contents.visits),
            self.tr("the business profile and its settings"),
        ]
        if linked:
            items.append(self.tr("the link to the shop's WhatsApp: this computer is logged out "
                                 "of it first (the phone keeps its chats)"))
        self.what_is_lost = QLabel(
            f"<p>{lost}</p><ul style='margin-left:0px; -qt-list-indent:1'>"
            + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
        self.what_is_lost.setWordWrap(True)
        layout.addWidget(self.what_is_lost)
        if not archived:
            suggestion = QLabel(self.tr("To stop it answering but keep its history, archive it "
                                        "instead: it can be restored at any time."),
                                objectName="muted")
            suggestion.setWordWrap(True)
            layout.addWidget(suggestion)
        layout.addWidget(QLabel(self.tr("To confirm, type the company's name: %1")
                                .replace("%1", isolated_name(name))))
        self.name_input = QLineEdit()
        self.name_input.setPlaceholderText(name)
        layout.addWidget(self.name_input)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.archive_button: QPushButton | None = None
        if not archived:
            self.archive_button = buttons.addButton(self.tr("Archive instead"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
            self.archive_button.clicked.connect(self._archive)
        self.delete_button = buttons.addButton(self.tr("Delete for good"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.clicked.connect(self._delete)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(buttons)
        self.name_input.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        # The exact name (spaces around it aside): a careful owner reads what they delete.
        self.delete_button.setEnabled(self.name_input.text().strip() == self._name.strip())

    def _delete(self) -> None:
        if self.delete_button.isEnabled():
            self.delete_confirmed.emit()
            self.accept()

    def _archive(self) -> None:
        self.archive_instead.emit()
        self.accept()
