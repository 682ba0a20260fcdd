"""Screenshots of the window for docs/screenshots/ — run under a virtual screen:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshot.py docs/screenshots
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshot.py \
        docs/screenshots --language he

It starts a throw-away shop on the simulator with the offline assistant, links it, plays a few
customers, and saves: first-run.png, qr.png, conversations.png, thread.png, simulator.png; last,
with three staff members added, the agenda's staff day-grid (agenda-staff-<code>-<size>.png);
then the sidebar with the demo shop and an archived one (companies-<code>-<size>.png) and the
delete confirmation (companies-delete-<code>-<size>.png); last, the technician's screens:
the Connection page after WhatsApp ended the link (connection-replaced-<code>-<size>.png), the
Business page's time-zone question (business-timezone-<code>-<size>.png) and the diagnostics
export dialog (diagnostics-export-<code>-<size>.png). `--only technician` makes just those.
Then the AI Admin menu with its backup entries (backup-menu-<code>-<size>.png) and the restore
confirmation (backup-restore-<code>-<size>.png); `--only backups` takes just those two.
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
from sqlalchemy.exc import IntegrityError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.bot import db_faults  # noqa: E402
from desktop.bot.ai.booking import BookingDesk  # noqa: E402
from desktop.bot.events import DatabaseFault, Waiting  # noqa: E402
from desktop.bot.profile import parse_profile  # noqa: E402
from desktop.bot.queries import agenda, company_profile  # noqa: E402
from desktop.bot.queries import customers as customer_rows  # noqa: E402
from desktop.bot.shop import Shop, build_shop  # noqa: E402
from desktop.bot.simulate import fixed_clock  # noqa: E402
from desktop.bridge import SessionState  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.reason import Reason  # noqa: E402
from desktop.resources import resources_dir  # noqa: E402
from desktop.store.companies import ensure_demo_company  # noqa: E402
from desktop.store.models import Appointment, AppointmentStatus, Company  # noqa: E402
from desktop.views.companies import CompanyIdRole  # noqa: E402
from desktop.views.customers_page import CustomerRole  # noqa: E402
from desktop.views.engine_signals import EngineSignals  # noqa: E402
from desktop.views.first_run import FirstRunWizard  # noqa: E402
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


# What that customer asks next, while staff hold the chat (conversation-filters-*.png).
HELD_ASKS = {0: "Great, and can my son come too?", 1: "Отлично, а сына тоже можно привести?"}


# Visits Dana had before the shot (days before now, local hour, service, status), so the
# Customers page shows a customer with a history: two visits done and one missed.
DANA_VISITS = [(24, 10, "Haircut", AppointmentStatus.DONE),
               (12, 16, "Beard trim", AppointmentStatus.NO_SHOW),
               (5, 11, "Haircut and beard", AppointmentStatus.DONE)]


def add_past_visits(database, company_id: int, now: dt.datetime) -> int:
    """Dana's earlier visits (written straight to the store: staff cannot book the past);
    returns her customer id."""
    zone = parse_profile(company_profile(database, company_id)).zone
    dana = next(c for c in customer_rows(database, company_id, now) if c.phone == CUSTOMERS[0][0])
    with database.session() as session:
        for days, hour, service, status in DANA_VISITS:
            day = (now.astimezone(zone) - dt.timedelta(days=days)).date()
            start = dt.datetime.combine(day, dt.time(hour), zone)
            session.add(Appointment(company_id=company_id, customer_id=dana.id, service=service,
                                    start_at=start, end_at=start + dt.timedelta(minutes=30),
                                    status=status.value, booked_by="staff"))
    return dana.id


async def open_demo_window() -> tuple[Shop, int, MainWindow]:
    """A throw-away data folder with the demo shop, its runtime started and the window shown."""
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="ai-admin-shot-"))).ensure()
    shop = build_shop(paths)
    company_id = ensure_demo_company(shop.database)
    shop.runtime.load_companies()
    signals = EngineSignals()
    window = MainWindow(shop.runtime, signals, paths)
    window.resize(1280, 800)
    window.show()
    signals.attach(shop.runtime.engine.bus)
    await shop.runtime.start()
    return shop, company_id, window


async def shoot(target: Path, app: QApplication, language: str = "en") -> None:
    def save(name: str) -> None:
        if language != "en":
            name = f"main-{language}" if name == "thread" else f"{name}-{language}"
        window.grab().save(str(target / f"{name}.png"))

    shop, company_id, window = await open_demo_window()
    database, runtime = shop.database, shop.runtime
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
    dana = add_past_visits(database, company_id, runtime.engine.clock())
    window.customers.refresh()
    proxy = window.customers.proxy
    window.customers.select_row(next(r for r in range(proxy.rowCount())
                                     if proxy.index(r, 0).data(CustomerRole).id == dana))
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
    await mark_front_desk(runtime, company_id, OPEN_THREAD[language][0])
    # The pages whose controls were made to fit a small screen, at 1024x700 and maximised:
    # log-, customers- and connection-<code>-<size>.png (<size> is small or max); the
    # connection page shows its history, each change with its reason in the window's language;
    # conversation-filters-<code>-<size>.png the list's filters and marks.
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
        window.tabs.setCurrentWidget(window.conversations)
        await settle(1.0)
        window.grab().save(str(target / f"conversation-filters-{language}-{size}.png"))
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

    await shoot_staff_day(window, runtime, company_id, target, language)
    await shoot_companies(window, runtime, target, language)
    await shoot_technician(window, runtime, company_id, target, language)
    await shoot_backups(window, runtime, target, language)

    await runtime.stop()
    database.dispose()


async def shoot_only_technician(target: Path, language: str) -> None:
    """A linked demo shop with three booked visits, then only `shoot_technician`'s shots."""
    shop, company_id, window = await open_demo_window()
    database, runtime = shop.database, shop.runtime
    session = runtime.session(company_id)
    await until(lambda: window.connection.qr.qr_text is not None or
                session.state is SessionState.WAITING_QR)
    await session.sim_scan()
    await until(lambda: session.state is SessionState.CONNECTED)
    await session.sim_incoming(CUSTOMERS[0][0], text=CUSTOMERS[0][2], name=CUSTOMERS[0][1])
    await until(lambda: window.conversations.model.rowCount() == 1, timeout=30)
    await until(runtime.engine.is_idle, timeout=30)
    await shoot_technician(window, runtime, company_id, target, language)
    await runtime.stop()
    database.dispose()


# Booked visits the time-zone question counts (days from now, local hour).
UPCOMING_VISITS = [(1, 10), (2, 15), (3, 11)]


async def shoot_technician(window: MainWindow, runtime, company_id: int, target: Path,
                           language: str) -> None:
    """The Connection page after another computer took the session over (440: said once, no
    "reconnecting"), the Business page asking before a new time zone changes the shown time
    of three visits, and the diagnostics export dialog; each at 1024x700 and maximised."""
    database = runtime.database
    now = runtime.engine.clock()
    zone = parse_profile(company_profile(database, company_id)).zone
    dana = next(c for c in customer_rows(database, company_id, now) if c.phone == CUSTOMERS[0][0])
    for days, hour in UPCOMING_VISITS:
        day = (now.astimezone(zone) + dt.timedelta(days=days)).date()
        start = dt.datetime.combine(day, dt.time(hour), zone)
        while True:  # past any visit the assistant booked in the shots before
            try:
                with database.session() as session:
                    session.add(Appointment(
                        company_id=company_id, customer_id=dana.id, service="Haircut",
                        start_at=start, end_at=start + dt.timedelta(minutes=30),
                        status=AppointmentStatus.BOOKED.value, booked_by="staff"))
                break
            except IntegrityError:
                start += dt.timedelta(hours=1)
    session = runtime.session(company_id)
    await session.sim_fault("replaced")
    await until(lambda: session.state is SessionState.REPLACED)
    window.select_company(company_id)
    window.business.set_company(company_id)
    business_tab = next(window.tabs.widget(i) for i in range(window.tabs.count())
                        if window.tabs.widget(i).isAncestorOf(window.business))

    def screen(name: str) -> None:
        # The screen, not the window: a dialog is a window of its own, over the main one.
        shot = QApplication.primaryScreen().grabWindow(0)
        shot.copy(window.frameGeometry()).save(str(target / name))

    for size in ("small", "max"):
        if size == "small":
            window.showNormal()
            window.resize(1024, 700)
        else:
            window.showMaximized()
            window.setGeometry(QApplication.primaryScreen().availableGeometry())
        window.tabs.setCurrentWidget(window.connection_tab)
        await settle(1.0)
        window.grab().save(str(target / f"connection-replaced-{language}-{size}.png"))

        window.tabs.setCurrentWidget(business_tab)
        window.business.timezone.setCurrentText("Africa/Johannesburg")
        saving = window.business.save()
        await until(lambda: window.business.zone_question is not None
                    and window.business.zone_question.isVisible())
        await settle(1.0)
        screen(f"business-timezone-{language}-{size}.png")
        question = window.business.zone_question
        question.button(question.StandardButton.Cancel).click()
        await saving
        window.business.zone_question = None

        window.tabs.setCurrentWidget(window.diagnostics)
        dialog = window.diagnostics.open_export_dialog()
        await settle(1.0)
        screen(f"diagnostics-export-{language}-{size}.png")
        dialog.close()
    window.showNormal()
    window.resize(1280, 800)


async def mark_front_desk(runtime, company_id: int, held: int) -> None:
    """A front desk with work waiting, for conversation-filters-<code>-<size>.png: the customer
    staff answered in the open thread (`held`, so the AI is paused there) writes again and
    nobody has answered; Sam's chat needs a human; the assistant's answer to Maria was not
    sent."""
    from desktop.bot.engine import flag_values
    from desktop.bot.events import MessageStatusChanged
    from desktop.bot.outbox import REFUSED_PLAIN
    from desktop.reason import stored
    from desktop.store.models import OutboxMessage, OutboxStatus

    engine, records = runtime.engine, runtime.records
    session = runtime.session(company_id)
    await session.sim_incoming(CUSTOMERS[held][0], text=HELD_ASKS[held], name=CUSTOMERS[held][1])
    sam = records.conversation_for_phone(company_id, CUSTOMERS[2][0], now=engine.clock())
    engine.bus.publish(records.change_conversation(
        sam, **flag_values("The customer asked for the owner")))
    maria = records.conversation_for_phone(company_id, CUSTOMERS[3][0], now=engine.clock())
    with runtime.database.session() as db:
        row = db.query(OutboxMessage).filter(OutboxMessage.conversation_id == maria) \
            .order_by(OutboxMessage.id.desc()).first()
        row.status = OutboxStatus.FAILED.value
        row.last_error = stored(Reason(REFUSED_PLAIN))
        failed = MessageStatusChanged(company_id, maria, row.id, row.wa_id, OutboxStatus.FAILED,
                                      row.last_error)
    engine.bus.publish(failed)
    await asyncio.sleep(1.0)
    await until(engine.is_idle, timeout=30)


# The staff day-grid (agenda-staff-<code>-<size>.png): the demo shop with three staff members,
# Maya away that day and Anna in until 16:00, and a morning of visits, some over (done or missed),
# one confirmed.
STAFF = [{"name": "Anna", "hours": {day: [["10:00", "16:00"]]
                                    for day in ("mon", "tue", "wed", "thu", "fri", "sat")}},
         {"name": "Boris"}, {"name": "Maya"}]
STAFF_VISITS = [  # staff member, phone, name, service, hour, minute, what became of it
    ("Anna", "+972501234567", "Dana", "Haircut", 10, 0, AppointmentStatus.DONE),
    ("Anna", "+15550104477", "Sam", "Haircut and beard", 11, 0, AppointmentStatus.DONE),
    ("Anna", "+15550107001", "Noa Cohen", "Haircut", 14, 30, AppointmentStatus.CONFIRMED),
    ("Boris", "+79161234567", "Олег", "Beard trim", 10, 30, AppointmentStatus.NO_SHOW),
    ("Boris", "+15550109911", "Maria", "Haircut", 12, 0, AppointmentStatus.DONE),
    ("Boris", "+15550107002", "Leo", "Haircut and beard", 15, 0, AppointmentStatus.BOOKED),
    ("Boris", "+15550107003", "Eli", "Beard trim", 17, 30, AppointmentStatus.CONFIRMED),
]


async def shoot_staff_day(window: MainWindow, runtime, company_id: int, target: Path,
                          language: str) -> None:
    database = runtime.database
    with database.session() as session:
        company = session.get(Company, company_id)
        profile = {**company.profile, "staff": [{**member, "off": []} for member in STAFF]}
        zone = parse_profile(profile).zone
        # Next Monday to Thursday (open 10:00-20:00), at least two days ahead.
        day = runtime.engine.clock().astimezone(zone).date() + dt.timedelta(days=2)
        while day.weekday() > 3:
            day += dt.timedelta(days=1)
        profile["staff"][2]["off"] = [[day.isoformat(), day.isoformat()]]
        company.profile = profile
    desk = BookingDesk(database, company_id, parse_profile(profile))
    # Booked the day before; then it is 13:30 on the day and the morning's visits are marked.
    runtime.engine.clock = fixed_clock(dt.datetime.combine(day - dt.timedelta(days=1),
                                                           dt.time(9, 0), zone))
    booked = []
    for staff, phone, name, service, hour, minute, status in STAFF_VISITS:
        visit = await runtime.operations.book(
            company_id, phone=phone, name=name, service=service, staff=staff,
            start=dt.datetime.combine(day, dt.time(hour, minute), zone))
        booked.append((visit, status))
    for visit, status in booked:
        if status is AppointmentStatus.CONFIRMED:
            desk.confirm(visit.customer_id, visit.id, runtime.engine.clock())
    runtime.engine.clock = fixed_clock(dt.datetime.combine(day, dt.time(13, 30), zone))
    for visit, status in booked:
        if status is AppointmentStatus.DONE:
            await runtime.operations.mark_done(company_id, visit.id)
        elif status is AppointmentStatus.NO_SHOW:
            await runtime.operations.mark_no_show(company_id, visit.id)
    window.agenda.set_company(company_id)
    window.agenda.set_week(False)
    window.agenda.set_day(day)
    window.agenda.grid.select(booked[2][0].id)
    for size in ("small", "max"):
        if size == "small":
            window.showNormal()
            window.resize(1024, 700)
            # The earlier maximised shots leave the sidebar wider than in the other small shots
            # (customers-, log-<code>-small.png: 216 pixels), which would crowd the tabs.
            window.centralWidget().setSizes([216, 1024 - 216])
        else:
            window.showMaximized()
            window.setGeometry(QApplication.primaryScreen().availableGeometry())
        window.tabs.setCurrentWidget(window.agenda)
        await settle(1.0)
        window.grab().save(str(target / f"agenda-staff-{language}-{size}.png"))
    window.showNormal()
    window.resize(1280, 800)


# The sidebar with the demo shop (its "Demo" pill), a second shop and an archived one shown
# (companies-<code>-<size>.png, the archived one open with its banner), and the delete
# confirmation over the window with the name half typed (companies-delete-<code>-<size>.png).
OTHER_SHOPS = {"en": ("Salon Aviv", "Old Town Cuts"), "ru": ("Салон «Авив»", "Старый город"),
               "he": ("סלון אביב", "תספורת העיר העתיקה")}


async def shoot_companies(window: MainWindow, runtime, target: Path, language: str) -> None:
    profile = company_profile(runtime.database, next(iter(runtime.sessions)))
    salon, old_town = OTHER_SHOPS[language]
    await runtime.add_new_company(salon, {**profile, "name": salon}, "sim")
    old_id = await runtime.add_new_company(old_town, {**profile, "name": old_town}, "sim")
    await runtime.operations.archive_company(old_id)
    await until(lambda: window.companies.company(old_id) is not None
                and window.companies.company(old_id).archived)
    window.show_archived.setChecked(True)
    window.select_company(old_id)
    window.tabs.setCurrentWidget(window.conversations)
    for size in ("small", "max"):
        if size == "small":
            window.showNormal()
            window.resize(1024, 700)
            window.centralWidget().setSizes([216, 1024 - 216])
        else:
            window.showMaximized()
            window.setGeometry(QApplication.primaryScreen().availableGeometry())
        await settle(1.0)
        window.grab().save(str(target / f"companies-{language}-{size}.png"))
        # The demo shop's: its conversations, customers and visits counted, its WhatsApp linked.
        demo = window.companies.index(0).data(CompanyIdRole)
        name = window.companies.company(demo).name
        dialog = window.open_delete(demo)
        dialog.name_input.setText(name[: len(name) // 2])  # not the whole name yet: disabled
        await settle(1.0)
        # The screen, not the window: the dialog is a window of its own, over the main one.
        shot = QApplication.primaryScreen().grabWindow(0)
        shot.copy(window.frameGeometry()).save(
            str(target / f"companies-delete-{language}-{size}.png"))
        dialog.close()
    window.showNormal()
    window.resize(1280, 800)
    # The guided first start's first page, with its "Try the demo barbershop" (the only way a
    # demo shop appears): first-run-1-language.png (-<code> in other languages).
    wizard = FirstRunWizard(language, window)
    wizard.open()
    await settle(1.0)
    wizard.grab().save(str(target / ("first-run-1-language.png" if language == "en" else
                                     f"first-run-1-language-{language}.png")))
    wizard.close()


async def shoot_backups(window: MainWindow, runtime, target: Path, language: str) -> None:
    """The AI Admin menu open on its backup entries, and the confirmation a restore asks for."""
    from desktop.backup import make_backup, read_backup

    backup = runtime.paths.root.parent / f"{runtime.paths.root.name}-backup.zip"
    info = await asyncio.to_thread(lambda: (make_backup(runtime.paths.root, backup),
                                            read_backup(backup))[1])
    window.tabs.setCurrentWidget(window.conversations)
    menu = window.menuBar().actions()[0].menu()
    for size in ("small", "max"):
        if size == "small":
            window.showNormal()
            window.resize(1024, 700)
            window.centralWidget().setSizes([216, 1024 - 216])
        else:
            window.showMaximized()
            window.setGeometry(QApplication.primaryScreen().availableGeometry())
        await settle(1.0)
        window.menuBar().setActiveAction(window.menuBar().actions()[0])   # as a click opens it
        await settle(0.5)
        menu.setActiveAction(window.backups.restore_action)
        await settle(1.0)
        # The screen, not the window: the menu and the box are windows of their own.
        shot = QApplication.primaryScreen().grabWindow(0)
        shot.copy(window.frameGeometry()).save(str(target / f"backup-menu-{language}-{size}.png"))
        menu.hide()
        box = window.backups.confirm_restore(info)
        await settle(1.0)
        shot = QApplication.primaryScreen().grabWindow(0)
        shot.copy(window.frameGeometry()).save(str(target / f"backup-restore-{language}-{size}.png"))
        box.done(0)
    window.showNormal()
    window.resize(1280, 800)


async def shoot_backups_only(target: Path, language: str) -> None:
    shop, _, window = await open_demo_window()
    runtime = shop.runtime
    profile = company_profile(runtime.database, next(iter(runtime.sessions)))
    salon = OTHER_SHOPS[language][0]
    await runtime.add_new_company(salon, {**profile, "name": salon}, "sim")
    window.reload_companies()
    await shoot_backups(window, runtime, target, language)
    await runtime.stop()
    shop.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Screenshots of the window.")
    parser.add_argument("target", nargs="?", default="docs/screenshots")
    parser.add_argument("--language", choices=sorted(LANGUAGES), default="en",
                        help="the window's language (ru and he need `make` first)")
    parser.add_argument("--only", choices=["technician", "backups"],
                        help="make only these shots (technician: connection-replaced, "
                             "business-timezone, diagnostics-export; backups: the backup menu "
                             "and confirmation)")
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
        if args.only == "technician":
            loop.run_until_complete(shoot_only_technician(out, args.language))
        elif args.only == "backups":
            loop.run_until_complete(shoot_backups_only(out, args.language))
        else:
            loop.run_until_complete(shoot(out, app, args.language))


if __name__ == "__main__":
    main()
