"""The first start: the guided setup creates the shop's company and follows it to a linked phone
(or, when the owner asks, the demo shop on the simulator instead).

The wizard only collects choices; this module turns them into a company through the runtime and
feeds the wizard what happens (QR codes, states) until WhatsApp is linked or linking is refused.
The language chosen and the first start done are stored through `Operations`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.bot.events import LinkCodeKind, LinkCodeShown, SessionStateChanged
from desktop.bot.preferences import window_preferences
from desktop.bot.runtime import ShopRuntime
from desktop.bridge import SessionState
from desktop.views.asyncop import error_text, run_action
from desktop.views.engine_signals import EngineSignals
from desktop.views.first_run import FirstRunWizard, SetupChoice
from desktop.views.status_words import state_explanation, state_words

STOPPING_STATES = (SessionState.LINKING_BLOCKED, SessionState.BANNED, SessionState.BRIDGE_FAILED)


def open_first_run(window, runtime: ShopRuntime, signals: EngineSignals) -> FirstRunWizard:
    """Open the guided setup over the window; returns the (non-modal) wizard."""
    wizard = FirstRunWizard(window_preferences(runtime.database).language, window)
    company: dict[str, int] = {}
    early_codes: dict[int, str] = {}  # a QR can arrive before adding the company has finished

    def on_code(event: LinkCodeShown) -> None:
        if event.kind is not LinkCodeKind.QR:
            return
        early_codes[event.company_id] = event.value
        if event.company_id == company.get("id"):
            wizard.show_qr(event.value)

    def on_state(event: SessionStateChanged) -> None:
        if event.company_id != company.get("id"):
            return
        status = event.status
        if status.state is SessionState.CONNECTED:
            wizard.show_linked()
        elif status.state in STOPPING_STATES:
            wizard.show_problem(state_explanation(status.state))
        elif status.state is not SessionState.WAITING_QR:
            wizard.show_state(state_words(status))

    def added(company_id: int) -> None:
        company["id"] = company_id
        window.reload_companies()
        window.select_company(company_id)
        if company_id in early_codes:
            wizard.show_qr(early_codes[company_id])

    async def add_first_company(choice: SetupChoice) -> int:
        company_id = await runtime.add_new_company(choice.name, choice.profile, choice.transport)
        # The shop has its company: the guided start is not offered again.
        await runtime.operations.finish_first_run()
        return company_id

    def start(choice: SetupChoice) -> None:
        run_action(add_first_company(choice),
                   what=QCoreApplication.translate("FirstRunWizard", "Adding the company"),
                   on_done=added,
                   on_error=lambda error: wizard.show_problem(error_text(error)))

    async def add_demo() -> int:
        company_id = await runtime.operations.add_demo_company()
        await runtime.operations.finish_first_run()
        return company_id

    def demo_added(company_id: int) -> None:
        # The sidebar shows it from the command's Changes; open it on the Simulator page.
        window.reload_companies()
        window.select_company(company_id)
        window.tabs.setCurrentWidget(window.simulator)
        wizard.accept()

    def try_demo(_language: str) -> None:
        # Its button waits while it is added (no second demo); a failure is shown in a box.
        run_action(add_demo(), control=wizard.language_page.demo_button,
                   what=QCoreApplication.translate("FirstRunWizard", "Adding the demo shop"),
                   on_done=demo_added)

    def store_language(code: str) -> None:
        run_action(runtime.operations.choose_language(code),
                   what=QCoreApplication.translate("FirstRunWizard", "Choosing the language"),
                   on_error=lambda error: wizard.show_problem(error_text(error)))

    def for_company(action) -> None:
        if "id" in company:
            run_action(action(runtime.session(company["id"])),
                       what=QCoreApplication.translate("FirstRunWizard", "Linking"),
                       on_error=lambda error: wizard.show_problem(error_text(error)))

    def closed(_result: int) -> None:
        signals.linkCodeShown.disconnect(on_code)
        signals.sessionStateChanged.disconnect(on_state)

    wizard.language_chosen.connect(store_language)
    wizard.finished_setup.connect(start)
    wizard.demo_requested.connect(try_demo)
    wizard.new_qr_requested.connect(lambda: for_company(lambda session: session.new_qr()))
    wizard.sim_scan_requested.connect(lambda: for_company(lambda session: session.sim_scan()))
    signals.linkCodeShown.connect(on_code)
    signals.sessionStateChanged.connect(on_state)
    wizard.finished.connect(closed)
    window.first_run_wizard = wizard  # keeps it alive while it is open
    wizard.open()
    return wizard
