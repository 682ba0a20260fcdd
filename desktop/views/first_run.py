"""The guided first start: language, the business, simulator or WhatsApp, then linking.

The wizard never talks to the engine. It collects a `SetupChoice` and hands it over with
`finished_setup` when the owner presses Start (before the last page): the window then creates the
company and starts its bridge, and feeds the last page with `show_qr()`, `show_linked()` and
`show_problem()`. The last page asks for a new code or a simulated scan through `new_qr_requested`
and `sim_scan_requested`. Open it with open(), never exec() (qasync).

Its first page also offers the demo barbershop on the simulator, for an owner who would rather
look around first (`demo_requested`; the window creates it, labelled a demo, and closes the
wizard). No demo shop exists otherwise.

The wizard opens on the language stored before (if any) and emits `language_chosen` as soon as
the language page is left: the window stores it (as the Language menu does; it applies from the
next start) and marks the first start done once it has created the company
(`first_run_flow.py`, through `Operations`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop import APP_NAME
from desktop.bot.profile import BusinessProfile, ProfileError, load_profile
from desktop.resources import demo_profile_path, resources_dir
from desktop.store.models import Transport
from desktop.views.i18n import LANGUAGES
from desktop.views.qr_view import QrView
from desktop.views.reason_texts import reason_text

PROFILE_DEMO = "demo"


@dataclass(frozen=True)
class SetupChoice:
    """What the owner chose: everything the window needs to create the first company."""

    language: str                 # "en", "ru" or "he"
    name: str                     # the business's name (also in profile["name"])
    profile: dict[str, Any] = field(repr=False)  # the profile contract's JSON
    profile_source: str = PROFILE_DEMO  # "demo" or the imported file's path
    transport: str = Transport.SIM.value  # "sim" or "baileys"

    @property
    def simulator(self) -> bool:
        return self.transport == Transport.SIM.value


def _heading(text: str) -> QLabel:
    label = QLabel(text, objectName="cardTitle")
    label.setWordWrap(True)
    return label


def _muted(text: str) -> QLabel:
    label = QLabel(text, objectName="muted")
    label.setWordWrap(True)
    return label


class LanguagePage(QWizardPage):
    def __init__(self, stored: str | None) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to %1").replace("%1", APP_NAME))
        self.setSubTitle(self.tr("A receptionist that answers your shop's WhatsApp. "
                                 "Three short steps and it is ready to try."))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(_heading(self.tr("Language of the app")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        system = QLocale.system().name().split("_")[0]
        initial = stored if stored in LANGUAGES else (system if system in LANGUAGES else "en")
        for code, name in LANGUAGES.items():  # each language in its own words
            button = QRadioButton(name)
            button.setObjectName(f"language_{code}")
            button.setChecked(code == initial)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addWidget(_muted(self.tr("This is the language of the window; it applies from the "
                                        "next start of AI Admin. Customers are always answered "
                                        "in the language they write in.")))
        layout.addStretch(1)
        # Only for an owner who asks: a ready-made shop to try on the simulator, labelled a demo.
        layout.addWidget(_heading(self.tr("Just looking?")))
        layout.addWidget(_muted(self.tr("Try a demo barbershop on the simulator first: write as a "
                                        "customer and watch the receptionist answer. Your own "
                                        "shop can be added later with “+ Add company”.")))
        demo_row = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Try the demo barbershop"))
        self.demo_button.setObjectName("tryDemo")
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        layout.addLayout(demo_row)

    def language(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())


class BusinessPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your business"))
        self.setSubTitle(self.tr("Its name, and its profile: opening hours, services and prices. "
                                 "Everything can be changed later."))
        self.profile: BusinessProfile = load_profile(demo_profile_path())
        self.profile_source = PROFILE_DEMO
        self._demo = self.profile
        self._imported: BusinessProfile | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(_heading(self.tr("Name of the business")))
        self.name_input = QLineEdit()
        self.name_input.setPlaceholderText(self.tr("e.g. Avi's Barbershop"))
        self.name_input.textChanged.connect(self.completeChanged)
        layout.addWidget(self.name_input)
        layout.addSpacing(10)

        layout.addWidget(_heading(self.tr("Business profile")))
        self.use_demo = QRadioButton(self.tr("Start from the demo barbershop's profile "
                                             "(%1 services; edit it later)")
                                     .replace("%1", str(len(self._demo.services))))
        self.use_file = QRadioButton(self.tr("Import a profile file (JSON)"))
        self.use_demo.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_demo)
        group.addButton(self.use_file)
        layout.addWidget(self.use_demo)
        layout.addWidget(self.use_file)

        file_row = QHBoxLayout()
        file_row.setContentsMargins(24, 0, 0, 0)
        self.file_input = QLineEdit(readOnly=True)
        self.file_input.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self._choose_file)
        file_row.addWidget(self.file_input, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)
        self.file_error = QLabel(objectName="error")
        self.file_error.setWordWrap(True)
        self.file_error.setContentsMargins(24, 0, 0, 0)
        self.file_error.hide()
        layout.addWidget(self.file_error)
        self.file_summary = _muted("")
        self.file_summary.setContentsMargins(24, 0, 0, 0)
        self.file_summary.hide()
        layout.addWidget(self.file_summary)
        layout.addStretch(1)

        self.use_demo.toggled.connect(self._on_source_changed)
        self._on_source_changed()

    def _on_source_changed(self) -> None:
        from_file = self.use_file.isChecked()
        self.file_input.setEnabled(from_file)  # "Choose a file…" stays usable: it selects import
        self.file_error.setVisible(from_file and bool(self.file_error.text()))
        self.file_summary.setVisible(from_file and self._imported is not None)
        self.completeChanged.emit()

    def _choose_file(self) -> None:
        chooser = QFileDialog(self, self.tr("Import a business profile"))
        chooser.setNameFilter(self.tr("Business profile (*.json)"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.import_profile)
        self.chooser = chooser
        chooser.open()  # open(), not exec(): keeps the asyncio tasks running

    def import_profile(self, path: str) -> bool:
        """Load a profile file; a problem is shown under the file field, naming the wrong key."""
        self.use_file.setChecked(True)
        self.file_input.setText(path)
        try:
            profile = load_profile(Path(path))
        except ProfileError as exc:
            self._imported = None
            self.file_error.setText(self.tr("This profile cannot be used: %1")
                                    .replace("%1", reason_text(exc.reason)))
            self.file_error.show()
            self.file_summary.hide()
            self.completeChanged.emit()
            return False
        self._imported = profile
        self.file_error.setText("")
        self.file_error.hide()
        self.file_summary.setText(self.tr("%1: %2 services, time zone %3.")
                                  .replace("%1", profile.name)
                                  .replace("%2", str(len(profile.services)))
                                  .replace("%3", profile.timezone))
        self.file_summary.show()
        if not self.name_input.text().strip():
            self.name_input.setText(profile.name)
        self.completeChanged.emit()
        return True

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if not self.name_input.text().strip():
            return False
        return self.use_demo.isChecked() or self._imported is not None

    def chosen(self) -> tuple[str, dict[str, Any], str]:
        """(name, profile JSON with that name, where the profile came from)."""
        name = self.name_input.text().strip()
        if self.use_file.isChecked() and self._imported is not None:
            profile, source = self._imported, self.file_input.text()
        else:
            profile, source = self._demo, PROFILE_DEMO
        data = json.loads(json.dumps(profile.to_json()))
        data["name"] = name
        return name, data, source


class ConnectPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("How do you want to start?"))
        self.setSubTitle(self.tr("You can add the other one later."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Start"))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.simulator = QRadioButton(self.tr("Try with the simulator"))
        self.simulator.setObjectName("choiceTitle")
        self.whatsapp = QRadioButton(self.tr("Link my WhatsApp"))
        self.whatsapp.setObjectName("choiceTitle")
        self.simulator.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.simulator)
        group.addButton(self.whatsapp)
        for button, text in (
                (self.simulator, self.tr("A pretend phone inside AI Admin: write as a customer and "
                                         "watch the receptionist answer and book. No phone "
                                         "needed, nothing is sent to WhatsApp.")),
                (self.whatsapp, self.tr("The receptionist answers the shop's own WhatsApp number. "
                                        "Have the shop's phone at hand: the next step links it "
                                        "with a QR code."))):
            layout.addWidget(button)
            note = _muted(text)
            note.setContentsMargins(26, 0, 0, 12)
            layout.addWidget(note)
        layout.addStretch(1)

    def transport(self) -> str:
        return Transport.SIM.value if self.simulator.isChecked() else Transport.BAILEYS.value


class LinkPage(QWizardPage):
    """The last page: the QR code (fed by the window) and what to do on the phone."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setFinalPage(True)
        row = QHBoxLayout(self)
        row.setSpacing(20)
        qr_column = QVBoxLayout()
        self.qr = QrView()
        self.qr.setMinimumSize(260, 260)
        qr_column.addWidget(self.qr, 1)
        self.qr_placeholder = _muted(self.tr("The QR code appears here in a few seconds…"))
        self.qr_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        qr_column.addWidget(self.qr_placeholder)
        row.addLayout(qr_column, 0)

        steps = self.steps = QVBoxLayout()
        steps.setSpacing(10)
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.RichText)
        steps.addWidget(self.instructions)
        self.refused = _muted("")
        steps.addWidget(self.refused)
        buttons = QHBoxLayout()
        self.new_qr_button = QPushButton(self.tr("New QR code"))
        self.new_qr_button.clicked.connect(wizard.new_qr_requested)
        self.scan_button = QPushButton(self.tr("Scan with the simulated phone"))
        self.scan_button.setObjectName("primary")
        self.scan_button.clicked.connect(wizard.sim_scan_requested)
        buttons.addWidget(self.scan_button)
        buttons.addWidget(self.new_qr_button)
        buttons.addStretch(1)
        steps.addLayout(buttons)
        self.state = QLabel(objectName="linkState")
        self.state.setWordWrap(True)
        steps.addWidget(self.state)
        self.problem = QLabel(objectName="error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        steps.addWidget(self.problem)
        steps.addStretch(1)
        self.later = _muted(self.tr("You can also finish now and link later on the Connection "
                                    "page."))
        steps.addWidget(self.later)
        row.addLayout(steps, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        choice = self._wizard.choice
        simulator = choice is None or choice.simulator
        if simulator:
            self.setTitle(self.tr("Link the simulated phone"))
            self.setSubTitle(self.tr("The same steps as with a real phone, without one."))
            self.instructions.setText(self.tr(
                "<p>This QR code comes from the simulator: nothing leaves this computer.</p>"
                "<p>Press <b>Scan with the simulated phone</b>. Then open the <b>Simulator</b> "
                "page and write to the shop as a customer would.</p>"))
            self.refused.setText("")
        else:
            self.setTitle(self.tr("Link the shop's WhatsApp"))
            self.setSubTitle(self.tr("Keep this window open with the shop's phone in your hand."))
            self.instructions.setText(self.tr(
                "<ol style='margin-left:0px; -qt-list-indent:1'>"
                "<li><b>On your phone: WhatsApp &gt; Settings &gt; Linked devices &gt; Link a "
                "device</b></li>"
                "<li>Point the phone at this code.</li>"
                "<li>Wait until this page says the phone is linked.</li></ol>"
                "<p>The code changes by itself every 20 to 60 seconds.</p>"))
            self.refused.setText(self.tr(
                "If the phone says it cannot link: WhatsApp may refuse new links for a few hours "
                "after many attempts: wait, then press New QR code."))
        self.refused.setVisible(not simulator)
        self.scan_button.setVisible(simulator)
        self.new_qr_button.setVisible(not simulator)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open AI Admin"))

    def show_qr(self, text: str | None) -> None:
        self.qr.set_qr(text)
        self.qr_placeholder.setText(
            self.tr("Scan this code.") if text else
            self.tr("The QR code appears here in a few seconds…"))

    def show_state(self, text: str, linked: bool = False) -> None:
        self.problem.hide()
        self.state.setText(text)
        if not linked:
            return
        choice = self._wizard.choice
        self.setTitle(self.tr("All set"))
        self.setSubTitle(self.tr("The phone is linked."))
        self.state.setObjectName("pageTitle")
        self.state.setStyleSheet("color: #14533f;")
        self.instructions.setText(
            self.tr("<p>Open the <b>Simulator</b> page and write to the shop as a customer "
                    "would: the receptionist answers, books and moves appointments.</p>")
            if choice is None or choice.simulator else
            self.tr("<p>Customers who write to the shop's WhatsApp are answered from now on. "
                    "Every conversation shows in the window; switch the AI off for a chat to "
                    "answer it yourself.</p>"))
        self.steps.removeWidget(self.state)
        self.steps.insertWidget(0, self.state)
        for widget in (self.qr, self.qr_placeholder, self.scan_button, self.new_qr_button,
                       self.later, self.refused):
            widget.hide()
        self.qr.set_qr(None)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class FirstRunWizard(QWizard):
    """The guided first start. Emits `finished_setup(SetupChoice)` when the owner presses Start."""

    finished_setup = Signal(object)  # SetupChoice
    language_chosen = Signal(str)
    # The owner would rather try the demo shop on the simulator now (the language comes too).
    demo_requested = Signal(str)
    new_qr_requested = Signal()
    sim_scan_requested = Signal()

    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        """`language`: the one stored before, if any (else the system's, else English)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to %1").replace("%1", APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(720, 520)
        logo = QIcon(str(resources_dir() / "icons" / "app.svg")).pixmap(QSize(48, 48))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo)
        self.choice: SetupChoice | None = None
        self._handed_over = False
        self.language_page = LanguagePage(language)
        self.business_page = BusinessPage()
        self.connect_page = ConnectPage()
        self.link_page = LinkPage(self)
        for page in (self.language_page, self.business_page, self.connect_page, self.link_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._on_page)
        self.language_page.demo_button.clicked.connect(self._try_demo)

    def _try_demo(self) -> None:
        language = self.language_page.language()
        self.language_chosen.emit(language)
        self.demo_requested.emit(language)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        page = self.currentPage()
        if page is self.language_page:
            self.language_chosen.emit(self.language_page.language())
        if not super().validateCurrentPage():
            return False
        if page is self.connect_page and self.choice is None:
            name, profile, source = self.business_page.chosen()
            self.choice = SetupChoice(language=self.language_page.language(), name=name,
                                      profile=profile, profile_source=source,
                                      transport=self.connect_page.transport())
        return True

    def _on_page(self, _page_id: int) -> None:
        # The last page is on screen with the choice: now the window may act on it (once).
        if self.currentPage() is self.link_page and not self._handed_over:
            self._handed_over = True
            self.finished_setup.emit(self.choice)

    # -- fed by the window while the last page is shown ------------------------------------------

    def show_qr(self, text: str | None) -> None:
        """Show the current QR code (None: a new one is on its way)."""
        self.link_page.show_qr(text)

    def show_linked(self, text: str | None = None) -> None:
        """The phone (or the simulated one) is linked: say so and leave only the finish button."""
        self.link_page.show_state(text or self.tr("Linked. AI Admin is now answering for "
                                                  "%1.").replace("%1", self.choice.name
                                                                  if self.choice else APP_NAME),
                                  linked=True)

    def show_state(self, text: str) -> None:
        """A short line about the connection (e.g. "Waiting for the phone…")."""
        self.link_page.show_state(text)

    def show_problem(self, text: str) -> None:
        """Something went wrong while linking; the text says what to do."""
        self.link_page.show_problem(text)
