"""Screenshots of the window for docs/screenshots/ — run under a virtual screen:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshot.py docs/screenshots
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshot.py \
        docs/screenshots --language he

It starts a throw-away shop on the simulator with the offline assistant, links it, plays a few
customers, and saves: first-run.png, qr.png, conversations.png, thread.png, simulator.png.
With --language ru or he the window is in that language (as `make` builds the translations) and
the names end in the language's code; the open thread is saved as main-<code>.png.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
import tempfile
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QScrollArea

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.bot import db_faults  # noqa: E402
from desktop.bot.events import DatabaseFault, Waiting  # noqa: E402
from desktop.bot.queries import agenda  # noqa: E402
from desktop.bot.shop import build_shop  # noqa: E402
from desktop.bridge import SessionState  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.reason import Reason  # noqa: E402
from desktop.resources import resources_dir  # noqa: E402
from desktop.store.companies import ensure_demo_company  # noqa: E402
from desktop.views.engine_signals import EngineSignals  # noqa: E402
from desktop.views.i18n import LANGUAGES, install_language  # noqa: E402
from desktop.views.main_window import MainWindow  # noqa: E402

STAFF_PROFILE = Path(__file__).resolve().parent.parent / "docs" / "scenarios" / "staff-profile.json"
CUSTOMERS = [
    ("+972501234567", "Dana", "שלום, אפשר לקבוע תספורת מחר ב-10?"),
    ("+79161234567", "Олег", "Здравствуйте! Сколько стоит стрижка?"),
    ("+15550104477", "Sam", "Hi! Are you open on Saturday?"),
    ("+15550109911", "Maria", "Can I book a beard trim on Friday at 15:30?"),
]


async def settle(seconds: float = 0.6) -> None:
    await asyncio.sleep(seconds)
    QApplication.processEvents()


async def until(condition, timeout: float = 20.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError("the shop did not get there in time")
        await asyncio.sleep(0.05)


# The conversation opened for thread.png / main-<code>.png, and the staff reply sent in it.
OPEN_THREAD = {"en": (0, "Dana, we'll also have coffee ready ☕"),
               "ru": (1, "Олег, ждём вас! Кофе тоже будет ☕"),
               "he": (0, "דנה, נכין לך גם קפה ☕ (Espresso או Latte?)")}


async def shoot(target: Path, app: QApplication, language: str = "en") -> None:
    def save(name: str) -> None:
        if language != "en":
            name = f"main-{language}" if name == "thread" else f"{name}-{language}"
        window.grab().save(str(target / f"{name}.png"))

    paths = DataPaths(Path(tempfile.mkdtemp(prefix="ai-admin-shot-"))).ensure()
    shop = build_shop(paths)
    database, runtime = shop.database, shop.runtime
    company_id = ensure_demo_company(database)
    runtime.load_companies()
    signals = EngineSignals()
    window = MainWindow(runtime, signals, paths)
    window.resize(1280, 800)
    window.show()
    signals.attach(runtime.engine.bus)
    await runtime.start()
    session = runtime.session(company_id)
    await until(lambda: window.conversations.isVisible())
    await settle()
    save("first-run")

    window.tabs.setCurrentWidget(window.connection_tab)
    await until(lambda: window.connection.qr.qr_text is not None)
    await settle()
    save("qr")

    await session.sim_scan()
    await until(lambda: session.state is SessionState.CONNECTED)
    for phone, name, text in CUSTOMERS:
        await session.sim_incoming(phone, text=text, name=name)
    await until(lambda: window.conversations.model.rowCount() == len(CUSTOMERS), timeout=30)
    await asyncio.sleep(2.5)  # the customers' thoughts end, the assistant answers
    await until(runtime.engine.is_idle, timeout=30)
    window.tabs.setCurrentWidget(window.conversations)
    await settle()
    save("conversations")

    customer, reply = OPEN_THREAD[language]
    conversation = runtime.records.conversation_for_phone(company_id, CUSTOMERS[customer][0],
                                                          now=runtime.engine.clock())
    window.conversations.open_conversation(conversation)
    await settle()
    await runtime.engine.send_staff_message(conversation, reply)
    await until(runtime.engine.is_idle, timeout=30)
    await settle(1.0)
    save("thread")

    window.tabs.setCurrentWidget(window.simulator)
    window.simulator.phone_input.setCurrentText("+15550001234")
    window.simulator.name_input.setText("Alex")
    for text in ("Hi, what are your opening hours?", "How much is a haircut and beard?"):
        window.simulator.text_input.setText(text)
        window.simulator.send_text()
        await asyncio.sleep(2.5)
        await until(runtime.engine.is_idle, timeout=30)
    await settle(1.0)
    save("simulator")

    # The other pages (in English the log and diagnostics shots come from a day of traffic,
    # made separately; in other languages they show that nothing is cut off or overlapping).
    upcoming = agenda(database, company_id, runtime.engine.clock(),
                      runtime.engine.clock() + dt.timedelta(days=14))
    window.agenda.set_day(upcoming[0].start.date() if upcoming else
                          runtime.engine.clock().date() + dt.timedelta(days=1))
    window.agenda.set_week(True)
    window.customers.refresh()
    window.customers.select_row(0)
    pages = [("agenda", window.agenda), ("customers", window.customers),
             ("business", next(window.tabs.widget(i) for i in range(window.tabs.count())
                               if window.tabs.widget(i).isAncestorOf(window.business)))]
    if language != "en":
        pages += [("log", window.logs), ("diagnostics", window.diagnostics)]
    for name, page in pages:
        window.tabs.setCurrentWidget(page)
        await settle(1.0)
        save(name)
    # The Business page of a shop with staff (the scenario's profile, imported into the form and
    # not saved), scrolled to its staff section, for business-staff-<code>-<size>.png.
    window.business.import_file(str(STAFF_PROFILE))
    business_tab = pages[2][1]
    # The pages whose controls were made to fit a small screen, at 1024x700 and maximised:
    # log-, customers- and connection-<code>-<size>.png (<size> is small or max); the
    # connection page shows its history, each change with its reason in the window's language.
    for size in ("small", "max"):
        if size == "small":
            window.showNormal()
            window.resize(1024, 700)
        else:
            window.showMaximized()
            window.setGeometry(QApplication.primaryScreen().availableGeometry())
        for name, page in (("log", window.logs), ("customers", window.customers),
                           ("connection", window.connection_tab)):
            window.tabs.setCurrentWidget(page)
            await settle(1.0)
            window.grab().save(str(target / f"{name}-{language}-{size}.png"))
        window.tabs.setCurrentWidget(business_tab)
        await settle(0.5)
        business_tab.ensureWidgetVisible(window.business.staff.parentWidget(), 0, 16)
        await settle(0.5)
        window.grab().save(str(target / f"business-staff-{language}-{size}.png"))
        # A full disk holds up both customers' messages and the replies: the banner says so.
        full = Reason(db_faults.FULL)
        for fault in (DatabaseFault(None, Waiting.INCOMING, full),
                      DatabaseFault(company_id, Waiting.REPLIES, full)):
            runtime.engine.bus.publish(fault)
        window.tabs.setCurrentWidget(window.conversations)
        await until(lambda: "\n" in window.fault_banner.text())
        await settle(1.0)
        window.grab().save(str(target / f"database-fault-{language}-{size}.png"))
        for waiting, company in ((Waiting.INCOMING, None), (Waiting.REPLIES, company_id)):
            runtime.engine.bus.publish(DatabaseFault(company, waiting, None))
        await until(lambda: window.fault_banner.isHidden())
    window.showNormal()
    window.resize(1280, 800)
    if language != "en":
        panel = window.diagnostics.panels[company_id]
        window.diagnostics.findChild(QScrollArea).ensureWidgetVisible(panel)
        await settle()
        save("diagnostics-company")

    await runtime.stop()
    database.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Screenshots of the window.")
    parser.add_argument("target", nargs="?", default="docs/screenshots")
    parser.add_argument("--language", choices=sorted(LANGUAGES), default="en",
                        help="the window's language (ru and he need `make` first)")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    app.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    if not install_language(app, args.language):
        raise SystemExit(f"No translation for {args.language}: run `make translations` first")
    out = Path(args.target)
    out.mkdir(parents=True, exist_ok=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot(out, app, args.language))


if __name__ == "__main__":
    main()
