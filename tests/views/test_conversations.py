"""The Conversations page: its item models, its delegates, and the page against a running shop."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QListView, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester

from desktop.bot.events import ConversationChanged, MessageStatusChanged, MessageStored
from desktop.bot.queries import conversation_summary
from desktop.store.companies import ensure_demo_company
from desktop.store.models import Author, Conversation, Customer, Direction, Message, OutboxMessage, OutboxStatus
from desktop.views.conversations import ConversationsPage
from desktop.views.conversations.delegates import BubbleDelegate, format_list_time, format_phone
from desktop.views.conversations.models import (
    AiState,
    ConversationFilter,
    ConversationFilterProxy,
    ConversationListModel,
    ConversationRole,
    MessageRole,
    ThreadModel,
    message_text,
    preview_text,
    text_is_rtl,
)
from desktop.views.conversations.page import EMPTY_TEXT
from desktop.views.engine_signals import EngineSignals

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
DANA = "+972501234567"
OMER = "+972521112233"
WAIT_MS = 15_000
REACHED_PHONE = (OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.READ)
_wa_ids = itertools.count(1)


# -- helpers ---------------------------------------------------------------------------------------

def add_conversation(database, company_id: int, phone: str, name: str | None = None, *,
                     minutes_ago: float = 0, preview: str = "hello", **flags) -> int:
    """A customer and their conversation, written straight to the store."""
    with database.session() as session:
        customer = Customer(company_id=company_id, phone=phone, push_name=name)
        session.add(customer)
        session.flush()
        conversation = Conversation(company_id=company_id, customer_id=customer.id,
                                    chat_jid=phone.lstrip("+") + "@s.whatsapp.net",
                                    last_message_at=NOW - dt.timedelta(minutes=minutes_ago),
                                    last_message_preview=preview, **flags)
        session.add(conversation)
        session.flush()
        return conversation.id


def add_message(database, company_id: int, conversation_id: int, text: str | None, *,
                author: Author = Author.CUSTOMER, kind: str = "text",
                status: OutboxStatus | None = None,
                at: dt.datetime | None = None) -> MessageStored:
    """A stored message (and its outbox row for `status`), and the event the engine publishes."""
    wa_id = f"WA{next(_wa_ids)}"
    direction = Direction.IN if author is Author.CUSTOMER else Direction.OUT
    at = at or dt.datetime.now(dt.UTC)
    with database.session() as session:
        message = Message(company_id=company_id, conversation_id=conversation_id, wa_id=wa_id,
                          direction=direction, author=author, kind=kind, text=text, created_at=at)
        session.add(message)
        if status is not None:
            session.add(OutboxMessage(company_id=company_id, conversation_id=conversation_id,
                                      wa_id=wa_id, to_jid="x@s.whatsapp.net", text=text or "",
                                      author=author, status=status))
        conversation = session.get(Conversation, conversation_id)
        conversation.last_message_at = at
        conversation.last_message_preview = (text or f"[{kind}]")[:120]
        session.flush()
        return MessageStored(company_id, conversation_id, message.id, wa_id, direction, author,
                             kind, text, None)


def outbox_id_of(database, wa_id: str) -> int:
    with database.session() as session:
        return session.query(OutboxMessage.id).filter(OutboxMessage.wa_id == wa_id).scalar()


def ids_in(model) -> list[int]:
    return [model.index(row, 0).data(ConversationRole.ID) for row in range(model.rowCount())]


@pytest.fixture
def company_id(database) -> int:
    return ensure_demo_company(database)


@pytest.fixture
def check_model(qtmodeltester, qtlog):
    """`check_model(model)`: pytest-qt's model tester, kept watching through later changes.

    Qt's C++ tester reports problems as warnings; the Python one re-checks on every change and
    raises. Both run, and the test fails on any report from either.
    """
    testers = [qtmodeltester]

    def check(model) -> None:
        tester = qtmodeltester if not getattr(qtmodeltester, "_used", False) else ModelTester(None)
        tester._used = True
        tester.check(model)
        strict = ModelTester(None)
        strict.check(model, force_py=True)
        testers.extend([tester, strict])

    yield check
    reports = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert not reports, reports
    for tester in testers[1:]:
        tester._cleanup()


class FakeOperations:
    """Records the page's commands; enough for tests that need no WhatsApp at all."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __getattr__(self, name: str):
        async def action(*args):
            self.calls.append((name, *args))
        return action


@pytest.fixture
def make_page(qtbot, run):
    def make(operations, database, company_id: int) -> tuple[ConversationsPage, EngineSignals]:
        signals = EngineSignals()
        page = ConversationsPage(operations, database, signals)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        qtbot.waitExposed(page)
        page.set_company(company_id)
        return page, signals
    return make


@pytest.fixture
def shop_page(gui_shop, make_page, run):
    """The page on a running shop, following the engine's events."""
    page, signals = make_page(gui_shop.operations, gui_shop.database, gui_shop.company_id)

    async def attach() -> None:
        signals.attach(gui_shop.engine.bus)

    run(attach())
    yield page
    signals.detach()


def row_option(view: QListView, index: QModelIndex) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    return option


def thread_statuses(page: ConversationsPage, author: Author) -> list[OutboxStatus | None]:
    model = page.thread_model
    return [model.index(r, 0).data(MessageRole.STATUS) for r in range(model.rowCount())
            if model.index(r, 0).data(MessageRole.AUTHOR) == author]


def row_of(page: ConversationsPage, conversation_id: int) -> int:
    return page.proxy.mapFromSource(page.model.index_of(conversation_id)).row()


# -- the list model and its filter -----------------------------------------------------------------

def test_list_model_loads_most_recent_first_and_passes_the_model_tester(
        database, company_id, check_model) -> None:
    older = add_conversation(database, company_id, DANA, "Dana", minutes_ago=30)
    newer = add_conversation(database, company_id, OMER, None, minutes_ago=5, unread_count=2,
                             needs_human=True, needs_human_reason="sent a photo")
    model = ConversationListModel(database, clock=lambda: NOW)
    proxy = ConversationFilterProxy(clock=lambda: NOW)
    proxy.setSourceModel(model)
    check_model(model)
    check_model(proxy)
    model.load(company_id)
    assert ids_in(model) == [newer, older]
    first = model.index(0, 0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == OMER  # no name: the phone is the title
    assert first.data(ConversationRole.UNREAD) == 2
    assert first.data(ConversationRole.NEEDS_HUMAN) is True
    assert first.data(ConversationRole.NEEDS_HUMAN_REASON) == "sent a photo"
    assert AiState(first.data(ConversationRole.AI_STATE)) is AiState.ON
    assert model.index(1, 0).data(ConversationRole.TITLE) == "Dana"
    assert proxy.rowCount() == 2


def test_live_updates_move_rows_to_the_top_and_keep_the_selection(
        database, company_id, check_model, qtbot) -> None:
    ids = [add_conversation(database, company_id, f"+1555000{n:04d}", f"Customer {n}",
                            minutes_ago=100 - n) for n in range(6)]
    model = ConversationListModel(database)
    proxy = ConversationFilterProxy()
    proxy.setSourceModel(model)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    check_model(model)
    check_model(proxy)
    model.load(company_id)
    assert ids_in(model) == ids[::-1]
    selected = ids[3]
    view.selectionModel().setCurrentIndex(proxy.mapFromSource(model.index_of(selected)),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # One conversation with a new message: a row move.
    model.note_message(add_message(database, company_id, ids[0], "one more question"))
    model.flush()
    assert ids_in(model)[0] == ids[0]
    assert model.index(0, 0).data(ConversationRole.PREVIEW) == "one more question"
    assert view.currentIndex().data(ConversationRole.ID) == selected

    # A burst: several conversations and a brand-new one in one batch.
    new_id = add_conversation(database, company_id, "+15559999999", "New customer",
                              minutes_ago=-1)
    for conversation_id in (ids[1], ids[2]):
        model.note_message(add_message(database, company_id, conversation_id, "hi"))
    model.note_message(add_message(database, company_id, new_id, "first message",
                                   at=NOW + dt.timedelta(days=3650)))
    model.flush()
    assert ids_in(model)[:3] == [new_id, ids[2], ids[1]]
    assert len(ids_in(model)) == 7 and sorted(ids_in(model)) == sorted(ids + [new_id])
    assert view.currentIndex().data(ConversationRole.ID) == selected
    assert view.selectionModel().isSelected(view.currentIndex())

    # Switches and flags change in place.
    row = model.row_of(ids[4])
    model.update_conversation(ConversationChanged(company_id, ids[4], False, None, True,
                                                  "asked for a person", 3))
    assert model.row_of(ids[4]) == row
    index = model.index(row, 0)
    assert AiState(index.data(ConversationRole.AI_STATE)) is AiState.OFF
    assert index.data(ConversationRole.UNREAD) == 3
    assert index.data(ConversationRole.NEEDS_HUMAN) is True


def test_events_of_other_companies_are_ignored(database, company_id) -> None:
    conversation_id = add_conversation(database, company_id, DANA, "Dana")
    model = ConversationListModel(database)
    model.load(company_id)
    model.update_conversation(ConversationChanged(company_id + 1, conversation_id, False, None,
                                                  True, None, 9))
    model.note_message(MessageStored(company_id + 1, conversation_id, 1, "x", Direction.IN,
                                     Author.CUSTOMER, "text", "hi", None))
    assert not model.has_waiting()
    assert model.index(0, 0).data(ConversationRole.UNREAD) == 0


def test_search_finds_names_phones_and_message_text(database, company_id, check_model) -> None:
    dana = add_conversation(database, company_id, DANA, "Dana Levi", preview="Haircut tomorrow?")
    omer = add_conversation(database, company_id, OMER, "עומר", minutes_ago=1,
                            preview="אפשר תור ביום שלישי?")
    model = ConversationListModel(database)
    proxy = ConversationFilterProxy()
    proxy.setSourceModel(model)
    check_model(proxy)
    model.load(company_id)

    def found(text: str) -> list[int]:
        proxy.set_search(text)
        return ids_in(proxy)

    assert found("dana") == [dana]
    assert found("  LEVI ") == [dana]
    assert found("haircut") == [dana]
    assert found("050-123 45") == [dana]     # written the local way, still found by digits
    assert found("+97252") == [omer]
    assert found("עומר") == [omer]
    assert found("שלישי") == [omer]
    assert found("nobody") == []
    assert found("") == [dana, omer]


def test_filters_needs_a_human_and_ai_paused_or_off(database, company_id, check_model) -> None:
    plain = add_conversation(database, company_id, "+15550000001", "Plain", minutes_ago=1)
    flagged = add_conversation(database, company_id, "+15550000002", "Flagged", minutes_ago=2,
                               needs_human=True, needs_human_reason="a voice note")
    paused = add_conversation(database, company_id, "+15550000003", "Paused", minutes_ago=3,
                              ai_paused_until=NOW + dt.timedelta(minutes=10))
    pause_over = add_conversation(database, company_id, "+15550000004", "Pause over",
                                  minutes_ago=4, ai_paused_until=NOW - dt.timedelta(minutes=1))
    off = add_conversation(database, company_id, "+15550000005", "Off", minutes_ago=5,
                           ai_enabled=False)
    model = ConversationListModel(database, clock=lambda: NOW)
    proxy = ConversationFilterProxy(clock=lambda: NOW)
    proxy.setSourceModel(model)
    check_model(proxy)
    model.load(company_id)
    assert len(ids_in(proxy)) == 5
    proxy.set_filter(ConversationFilter.NEEDS_HUMAN)
    assert ids_in(proxy) == [flagged]
    proxy.set_filter(ConversationFilter.AI_NOT_ACTIVE)
    assert ids_in(proxy) == [paused, off]
    proxy.set_search("off")
    assert ids_in(proxy) == [off]
    proxy.set_search("")
    proxy.set_filter(ConversationFilter.ALL)
    assert ids_in(proxy) == [plain, flagged, paused, pause_over, off]

    # A live change re-filters that row: flagged now, so it shows under "Needs a human".
    proxy.set_filter(ConversationFilter.NEEDS_HUMAN)
    model.update_conversation(ConversationChanged(company_id, plain, True, None, True, "?", 0))
    assert ids_in(proxy) == [plain, flagged]


# -- the thread model --------------------------------------------------------------------------------

def test_thread_model_appends_live_and_updates_statuses(database, company_id,
                                                        check_model) -> None:
    conversation_id = add_conversation(database, company_id, DANA, "Dana")
    add_message(database, company_id, conversation_id, "Hi, a haircut tomorrow?")
    bot = add_message(database, company_id, conversation_id, "Sure, 10:00?", author=Author.BOT,
                      status=OutboxStatus.SENT)
    model = ThreadModel(database)
    check_model(model)
    model.open(conversation_id)
    assert model.rowCount() == 2
    assert model.index(1, 0).data(MessageRole.AUTHOR) == Author.BOT
    assert model.index(1, 0).data(MessageRole.STATUS) == OutboxStatus.SENT
    outbox_id = model.index(1, 0).data(MessageRole.OUTBOX_ID)
    assert outbox_id == outbox_id_of(database, bot.wa_id)

    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    event = add_message(database, company_id, conversation_id, "שלום, 10:00 מתאים")
    voice = add_message(database, company_id, conversation_id, None, kind="audio")
    model.note_message(event)
    model.note_message(voice)
    assert model.fetch_new() == 2
    assert model.fetch_new() == 0
    assert not resets  # appended, not reloaded
    assert model.index(2, 0).data(MessageRole.RTL) is True
    assert model.index(3, 0).data(Qt.ItemDataRole.DisplayRole) == "🎤 Voice message"

    model.update_status(MessageStatusChanged(company_id, conversation_id, outbox_id, bot.wa_id,
                                             OutboxStatus.READ))
    assert model.index(1, 0).data(MessageRole.STATUS) == OutboxStatus.READ
    model.update_status(MessageStatusChanged(company_id, conversation_id, outbox_id, bot.wa_id,
                                             OutboxStatus.FAILED, "refused"))
    assert model.index(1, 0).data(MessageRole.STATUS) == OutboxStatus.FAILED
    assert model.index(1, 0).data(MessageRole.ERROR) == "refused"
    # Another conversation's events leave this thread alone.
    model.update_status(MessageStatusChanged(company_id, conversation_id + 1, outbox_id,
                                             bot.wa_id, OutboxStatus.SENT))
    assert model.index(1, 0).data(MessageRole.STATUS) == OutboxStatus.FAILED


def test_thread_model_catches_up_after_a_burst(database, company_id) -> None:
    conversation_id = add_conversation(database, company_id, DANA, "Dana")
    add_message(database, company_id, conversation_id, "first")
    model = ThreadModel(database)
    model.open(conversation_id)
    for n in range(120):
        add_message(database, company_id, conversation_id, f"message {n}")
    assert model.fetch_new() == 120
    assert model.index(model.rowCount() - 1, 0).data(MessageRole.TEXT) == "message 119"


# -- pure helpers ------------------------------------------------------------------------------------

def test_text_direction_follows_the_first_strong_character() -> None:
    assert text_is_rtl("שלום Dana")
    assert text_is_rtl("  123 مرحبا")
    assert not text_is_rtl("Dana שלום")
    assert not text_is_rtl("123 !")
    assert not text_is_rtl(None)


def test_media_placeholders_and_previews() -> None:
    assert message_text("audio", None) == "🎤 Voice message"
    assert message_text("image", "Like this?") == "📷 Photo\nLike this?"
    assert message_text("weird", None).startswith("❔")
    assert preview_text("[audio]") == "🎤 Voice message"
    assert preview_text("[image] Like this?") == "📷 Photo · Like this?"
    assert preview_text("[not a kind] hi") == "[not a kind] hi"


def test_list_time_is_the_clock_today_and_the_date_before() -> None:
    now = dt.datetime.now(dt.UTC)
    assert format_list_time(now, now) == now.astimezone().strftime("%H:%M")
    last_year = now - dt.timedelta(days=400)
    assert str(last_year.astimezone().year) in format_list_time(last_year, now)
    assert ":" not in format_list_time(now - dt.timedelta(days=3), now)
    assert format_list_time(None) == ""
    assert format_phone("+972501234567") == "+972 50-123-4567"


def test_bubbles_wrap_long_and_right_to_left_text(database, company_id, qtbot) -> None:
    conversation_id = add_conversation(database, company_id, DANA, "Dana")
    add_message(database, company_id, conversation_id, "short")
    add_message(database, company_id, conversation_id, "מילה " * 2000, author=Author.STAFF,
                status=OutboxStatus.FAILED)
    model = ThreadModel(database)
    model.open(conversation_id)
    view = QListView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    delegate = BubbleDelegate(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    short, long = (row_option(view, model.index(r, 0)) for r in range(2))
    short_size = delegate.sizeHint(short, model.index(0, 0))
    long_size = delegate.sizeHint(long, model.index(1, 0))
    assert short_size.height() < 80
    assert long_size.height() > 40 * short_size.height() // 2  # wrapped into many lines
    assert long_size.width() <= view.viewport().width()
    retry = delegate.retry_rect(long, model.index(1, 0))
    assert retry is not None and retry.right() <= view.viewport().width()
    image = QImage(QSize(600, long_size.height()), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    long.rect = long.rect.translated(0, -long.rect.top())
    delegate.paint(painter, long, model.index(1, 0))
    painter.end()


# -- the page ----------------------------------------------------------------------------------------

def test_empty_state_until_the_first_conversation(database, company_id, make_page) -> None:
    page, signals = make_page(FakeOperations(), database, company_id)
    assert page.stack.currentWidget() is page.empty_state
    assert page.empty_state.text() == EMPTY_TEXT
    conversation_id = add_conversation(database, company_id, DANA, "Dana")
    signals.relay(add_message(database, company_id, conversation_id, "hello"))
    page.model.flush()
    assert page.stack.currentWidget() is page.splitter
    assert page.model.rowCount() == 1


def test_composer_enter_sends_and_shift_enter_adds_a_line(database, company_id, make_page,
                                                          qtbot) -> None:
    conversation_id = add_conversation(database, company_id, DANA, "Dana", unread_count=1)
    operations = FakeOperations()
    page, _signals = make_page(operations, database, company_id)
    page.open_conversation(conversation_id)
    qtbot.waitUntil(lambda: ("mark_read", conversation_id) in operations.calls)
    qtbot.keyClicks(page.composer, "first line")
    qtbot.keyClick(page.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(page.composer, "second line")
    assert not [c for c in operations.calls if c[0] == "send_staff_message"]
    qtbot.keyClick(page.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ("send_staff_message", conversation_id,
                             "first line\nsecond line") in operations.calls)
    qtbot.waitUntil(lambda: page.composer.toPlainText() == "")
    # An empty composer sends nothing.
    qtbot.keyClick(page.composer, Qt.Key.Key_Return)
    assert len([c for c in operations.calls if c[0] == "send_staff_message"]) == 1


def test_thread_follows_new_messages_but_not_while_reading_older_ones(
        database, company_id, make_page, qtbot) -> None:
    conversation_id = add_conversation(database, company_id, DANA, "Dana")
    for n in range(60):
        add_message(database, company_id, conversation_id, f"message {n}")
    page, signals = make_page(FakeOperations(), database, company_id)
    page.open_conversation(conversation_id)
    bar = page.thread_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and page.is_at_bottom())

    signals.relay(add_message(database, company_id, conversation_id, "newest"))
    qtbot.waitUntil(lambda: page.thread_model.rowCount() == 61)
    qtbot.waitUntil(page.is_at_bottom)

    bar.setValue(bar.maximum() // 3)  # reading older messages
    position = bar.value()
    signals.relay(add_message(database, company_id, conversation_id, "even newer"))
    qtbot.waitUntil(lambda: page.thread_model.rowCount() == 62)
    qtbot.wait(50)
    assert bar.value() == position


def test_list_search_field_and_filter_buttons(database, company_id, make_page, qtbot) -> None:
    dana = add_conversation(database, company_id, DANA, "Dana", minutes_ago=1)
    add_conversation(database, company_id, OMER, "Omer", minutes_ago=2, ai_enabled=False)
    page, _signals = make_page(FakeOperations(), database, company_id)
    qtbot.keyClicks(page.search, "dan")
    assert ids_in(page.proxy) == [dana]
    page.search.clear()
    qtbot.mouseClick(page.filter_buttons[ConversationFilter.AI_NOT_ACTIVE],
                     Qt.MouseButton.LeftButton)
    assert [page.proxy.index(r, 0).data(ConversationRole.TITLE)
            for r in range(page.proxy.rowCount())] == ["Omer"]
    qtbot.mouseClick(page.filter_buttons[ConversationFilter.NEEDS_HUMAN],
                     Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 0
    assert page.list_stack.currentWidget() is page.no_match
    page.set_filter(ConversationFilter.ALL)
    assert page.proxy.rowCount() == 2
    assert page.list_stack.currentWidget() is page.list_view


def test_filtering_never_opens_another_conversation(database, company_id, make_page) -> None:
    dana = add_conversation(database, company_id, DANA, "Dana", minutes_ago=1)
    add_conversation(database, company_id, OMER, "Omer", minutes_ago=2)
    page, _signals = make_page(FakeOperations(), database, company_id)
    page.open_conversation(dana)
    page.set_search("omer")
    assert page.conversation_id == dana
    assert not page.list_view.selectionModel().hasSelection()
    page.set_search("")
    assert page.list_view.currentIndex().data(ConversationRole.ID) == dana


# -- the page on a running shop ---------------------------------------------------------------------

@pytest.mark.slow
def test_new_messages_appear_live_and_the_selection_stays(gui_shop, shop_page, qtbot,
                                                          run) -> None:
    page = shop_page
    session = gui_shop.session(gui_shop.company_id)
    run(session.sim_incoming(DANA, text="Hi, is Friday free?", name="Dana"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    dana = page.model.summary(0).id
    assert page.model.summary(0).title == "Dana"
    qtbot.mouseClick(page.list_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.list_view.visualRect(page.proxy.index(0, 0)).center()
                     - QPoint(60, 0))
    assert page.conversation_id == dana
    qtbot.waitUntil(lambda: conversation_summary(gui_shop.database, dana).unread == 0,
                    timeout=WAIT_MS)
    resets = []
    page.thread_model.modelReset.connect(lambda: resets.append(1))

    # The bot's echo and a new customer message arrive in the open thread.
    run(session.sim_incoming(DANA, text="And Saturday?", name="Dana"))
    qtbot.waitUntil(lambda: "And Saturday?" in [
        page.thread_model.index(r, 0).data(MessageRole.TEXT)
        for r in range(page.thread_model.rowCount())], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: any(t and t.startswith("Echo:") for t in (
        page.thread_model.index(r, 0).data(MessageRole.TEXT)
        for r in range(page.thread_model.rowCount()))), timeout=WAIT_MS)
    assert not resets

    # Another customer writes: their conversation goes on top, Dana stays selected and open.
    run(session.sim_incoming(OMER, text="Do you cut kids' hair?", name="Omer"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2
                    and page.model.summary(0).title == "Omer", timeout=WAIT_MS)
    assert page.list_view.currentIndex().data(ConversationRole.ID) == dana
    assert page.conversation_id == dana
    assert page.model.index(0, 0).data(ConversationRole.PREVIEW).startswith(
        ("Do you cut", "Echo:"))
    assert not resets


@pytest.mark.slow
def test_ai_switch_in_the_list_reaches_the_engine(gui_shop, shop_page, qtbot, run) -> None:
    page = shop_page
    run(gui_shop.session(gui_shop.company_id).sim_incoming(DANA, text="hello", name="Dana"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    conversation_id = page.model.summary(0).id

    def click_switch() -> None:
        index = page.proxy.index(0, 0)
        rect = page.delegate.switch_rect(row_option(page.list_view, index))
        qtbot.mouseClick(page.list_view.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())

    click_switch()
    qtbot.waitUntil(lambda: not conversation_summary(gui_shop.database,
                                                     conversation_id).ai_enabled,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: AiState(page.model.index(0, 0).data(ConversationRole.AI_STATE))
                    is AiState.OFF, timeout=WAIT_MS)
    assert page.conversation_id is None  # the switch does not open the conversation
    click_switch()
    qtbot.waitUntil(lambda: conversation_summary(gui_shop.database,
                                                 conversation_id).ai_enabled, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: AiState(page.model.index(0, 0).data(ConversationRole.AI_STATE))
                    is AiState.ON, timeout=WAIT_MS)


@pytest.mark.slow
def test_staff_reply_goes_out_and_its_status_reaches_sent(gui_shop, shop_page, qtbot,
                                                          run) -> None:
    page = shop_page
    run(gui_shop.session(gui_shop.company_id).sim_incoming(DANA, text="hello", name="Dana"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    run(gui_shop.engine.wait_idle())
    page.open_conversation(page.model.summary(0).id)
    qtbot.keyClicks(page.composer, "Hi Dana, Maya here. Friday 10:00 works.")
    qtbot.keyClick(page.composer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: thread_statuses(page, Author.STAFF) != [], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: thread_statuses(page, Author.STAFF)[-1] in REACHED_PHONE,
                    timeout=WAIT_MS)
    assert page.composer.toPlainText() == ""
    # Replying pauses the AI: the banner says so.
    qtbot.waitUntil(lambda: page.banner_text() is not None, timeout=WAIT_MS)
    assert page.banner_text().startswith("AI is paused until")


@pytest.mark.slow
def test_take_over_pauses_and_hand_back_resumes(gui_shop, shop_page, qtbot, run) -> None:
    page = shop_page
    run(gui_shop.session(gui_shop.company_id).sim_incoming(DANA, text="hello", name="Dana"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    conversation_id = page.model.summary(0).id
    page.open_conversation(conversation_id)
    assert page.banner_text() is None
    assert page.take_over_button.isVisible()
    qtbot.mouseClick(page.take_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner_text() is not None, timeout=WAIT_MS)
    assert "you are answering this customer" in page.banner_text()
    assert conversation_summary(gui_shop.database, conversation_id).ai_paused_until is not None
    assert not page.take_over_button.isVisible()
    qtbot.mouseClick(page.hand_back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner_text() is None, timeout=WAIT_MS)
    assert conversation_summary(gui_shop.database, conversation_id).ai_paused_until is None
    assert page.take_over_button.isVisible()


@pytest.mark.slow
def test_failed_send_offers_retry_and_retry_sends_it(gui_shop, shop_page, qtbot, run) -> None:
    page = shop_page
    session = gui_shop.session(gui_shop.company_id)
    run(session.sim_incoming(DANA, text="hello", name="Dana"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    run(gui_shop.engine.wait_idle())
    page.open_conversation(page.model.summary(0).id)
    run(session.sim_fault("send_error", count=5))  # every attempt of the next send is refused
    page.composer.setPlainText("Are you still coming?")
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: thread_statuses(page, Author.STAFF) == [OutboxStatus.FAILED], timeout=30_000)

    row = page.thread_model.rowCount() - 1
    index = page.thread_model.index(row, 0)
    assert index.data(MessageRole.ERROR)
    page.thread_view.scrollTo(index)
    retry = page.bubbles.retry_rect(row_option(page.thread_view, index), index)
    assert retry is not None
    queued = []
    page.thread_model.dataChanged.connect(
        lambda *_: queued.append(page.thread_model.index(row, 0).data(MessageRole.STATUS)))
    qtbot.mouseClick(page.thread_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=retry.center())
    qtbot.waitUntil(lambda: thread_statuses(page, Author.STAFF)[-1] in REACHED_PHONE,
                    timeout=WAIT_MS)
    assert queued[0] == OutboxStatus.QUEUED  # re-queued first, then sent


def test_page_switches_companies_and_closes_the_open_conversation(database, company_id,
                                                                   make_page) -> None:
    dana = add_conversation(database, company_id, DANA, "Dana")
    page, _signals = make_page(FakeOperations(), database, company_id)
    page.open_conversation(dana)
    assert page.thread_stack.currentIndex() == 1
    page.set_company(None)
    assert page.conversation_id is None
    assert page.thread_stack.currentIndex() == 0
    assert page.stack.currentWidget() is page.empty_state

