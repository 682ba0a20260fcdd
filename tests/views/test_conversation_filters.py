"""The front desk's list: unanswered, needs-a-human and failed-send marks and filters (with the
search, counts on the chips, rows moving in and out live), and the optional sound."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.bot.events import ConversationChanged, MessageStatusChanged
from desktop.bot.preferences import store_preference
from desktop.bot.queries import ATTENTION_SOUND, conversation_marks
from desktop.store.models import Author, OutboxMessage, OutboxStatus
from desktop.views.conversations.delegates import AMBER, RED
from desktop.views.conversations.models import ConversationFilter, ConversationRole

from .test_conversations import (  # noqa: F401 - fixtures
    DANA,
    OMER,
    WAIT_MS,
    FakeOperations,
    add_conversation,
    add_message,
    company_id,
    ids_in,
    make_page,
    row_option,
    shop_page,
    thread_statuses,
)

SARA = "+972531234567"


def flagged(database, company_id: int, conversation_id: int) -> ConversationChanged:
    """The conversation flagged "needs a human" in the store, and the engine's event for it."""
    from desktop.store.models import Conversation

    with database.session() as session:
        conversation = session.get(Conversation, conversation_id)
        conversation.needs_human, conversation.needs_human_reason = True, "a photo"
    return ConversationChanged(company_id, conversation_id, True, None, True, "a photo", 0)


def set_outbox(database, wa_id: str, status: OutboxStatus) -> MessageStatusChanged:
    with database.session() as session:
        row = session.query(OutboxMessage).filter(OutboxMessage.wa_id == wa_id).one()
        row.status = status.value
        return MessageStatusChanged(row.company_id, row.conversation_id, row.id, wa_id, status)


def a_front_desk(database, company_id: int) -> dict[str, int]:
    """Dana asked and nobody answered; Omer was answered but our reply failed; Sara needs a
    human."""
    dana = add_conversation(database, company_id, DANA, "Dana", minutes_ago=1)
    add_message(database, company_id, dana, "do you have time today?")
    omer = add_conversation(database, company_id, OMER, "Omer", minutes_ago=2)
    add_message(database, company_id, omer, "price?")
    add_message(database, company_id, omer, "20 dollars", author=Author.BOT,
                status=OutboxStatus.FAILED)
    sara = add_conversation(database, company_id, SARA, "Sara", minutes_ago=3,
                            needs_human=True, needs_human_reason="a photo")
    add_message(database, company_id, sara, "[image]", kind="image")
    add_message(database, company_id, sara, "We will look at it", author=Author.BOT,
                status=OutboxStatus.DELIVERED)
    return {"dana": dana, "omer": omer, "sara": sara}


def test_marks_say_who_wrote_last_and_which_sends_failed(database, company_id) -> None:
    rows = a_front_desk(database, company_id)
    marks = conversation_marks(database, company_id)
    assert {cid: (m.unanswered, m.failed_sends) for cid, m in marks.items()} == {
        rows["dana"]: (True, 0), rows["omer"]: (False, 1)}
    # A customer's reaction asks nothing: the conversation stays answered.
    add_message(database, company_id, rows["sara"], "👍", kind="reaction")
    assert rows["sara"] not in conversation_marks(database, company_id, only=[rows["sara"]])


def test_each_filter_shows_its_conversations_with_the_search_and_counts(
        database, company_id, make_page) -> None:
    rows = a_front_desk(database, company_id)
    page, _signals = make_page(FakeOperations(), database, company_id)
    expected = {ConversationFilter.UNANSWERED: [rows["dana"]],
                ConversationFilter.NEEDS_HUMAN: [rows["sara"]],
                ConversationFilter.FAILED_SEND: [rows["omer"]],
                ConversationFilter.AI_NOT_ACTIVE: []}
    for state, ids in expected.items():
        page.set_filter(state)
        assert ids_in(page.proxy) == ids, state
    page.set_filter(ConversationFilter.ALL)
    assert ids_in(page.proxy) == [rows["sara"], rows["omer"], rows["dana"]]  # latest first
    # Combined with the search: a filter narrows what the search finds, and the other way.
    page.set_search("omer")
    page.set_filter(ConversationFilter.UNANSWERED)
    assert ids_in(page.proxy) == []
    assert page.list_stack.currentWidget() is page.no_match
    page.set_filter(ConversationFilter.FAILED_SEND)
    assert ids_in(page.proxy) == [rows["omer"]]
    texts = {state: button.text() for state, button in page.filter_buttons.items()}
    assert texts == {ConversationFilter.ALL: "All", ConversationFilter.UNANSWERED: "Unanswered (1)",
                     ConversationFilter.NEEDS_HUMAN: "Needs a human (1)",
                     ConversationFilter.FAILED_SEND: "Failed send (1)",
                     ConversationFilter.AI_NOT_ACTIVE: "AI paused"}


def test_rows_move_in_and_out_of_a_filter_as_events_arrive(database, company_id, make_page,
                                                           qtbot) -> None:
    rows = a_front_desk(database, company_id)
    page, signals = make_page(FakeOperations(), database, company_id)
    page.set_filter(ConversationFilter.UNANSWERED)
    # Staff answer Dana: she leaves "Unanswered"; Omer writes again: he joins it.
    signals.relay(add_message(database, company_id, rows["dana"], "Yes, at 5",
                              author=Author.STAFF, status=OutboxStatus.SENT))
    signals.relay(add_message(database, company_id, rows["omer"], "hello?"))
    qtbot.waitUntil(lambda: ids_in(page.proxy) == [rows["omer"]])
    qtbot.waitUntil(lambda: page.filter_buttons[ConversationFilter.UNANSWERED].text()
                    == "Unanswered (1)")

    page.set_filter(ConversationFilter.FAILED_SEND)
    failed_wa = add_message(database, company_id, rows["sara"], "See you", author=Author.STAFF,
                            status=OutboxStatus.SENDING)
    signals.relay(failed_wa)
    signals.relay(set_outbox(database, failed_wa.wa_id, OutboxStatus.FAILED))
    qtbot.waitUntil(lambda: rows["sara"] in ids_in(page.proxy))
    # Sent again: the mark goes with the failure.
    signals.relay(set_outbox(database, failed_wa.wa_id, OutboxStatus.QUEUED))
    qtbot.waitUntil(lambda: rows["sara"] not in ids_in(page.proxy))

    page.set_filter(ConversationFilter.NEEDS_HUMAN)
    signals.relay(flagged(database, company_id, rows["dana"]))
    qtbot.waitUntil(lambda: rows["dana"] in ids_in(page.proxy))


def leading_edge(page, conversation_id: int) -> QColor:
    """The colour a row is painted with at its leading edge (the attention stripe)."""
    index = page.proxy.mapFromSource(page.model.index_of(conversation_id))
    option = row_option(page.list_view, index)
    option.rect = option.rect.translated(0, -option.rect.top())
    image = QImage(QSize(option.rect.width(), option.rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    page.delegate.paint(painter, option, index)
    painter.end()
    return image.pixelColor(1, option.rect.height() // 2)


def test_a_row_shows_needs_a_human_unanswered_and_a_failed_send(database, company_id,
                                                                 make_page) -> None:
    rows = a_front_desk(database, company_id)
    page, _signals = make_page(FakeOperations(), database, company_id)
    model = page.model
    dana, omer, sara = (model.index_of(rows[n]) for n in ("dana", "omer", "sara"))
    assert (dana.data(ConversationRole.UNANSWERED), dana.data(ConversationRole.FAILED_SENDS)) \
        == (True, 0)
    assert (omer.data(ConversationRole.UNANSWERED), omer.data(ConversationRole.FAILED_SENDS)) \
        == (False, 1)
    assert leading_edge(page, rows["sara"]) == RED
    assert leading_edge(page, rows["dana"]) == AMBER
    assert leading_edge(page, rows["omer"]) == QColor("#ffffff")  # no stripe: answered
    assert sara.data(ConversationRole.NEEDS_HUMAN)


def test_the_sound_is_off_unless_chosen_and_plays_only_for_a_new_flag(
        database, company_id, make_page, qtbot) -> None:
    rows = a_front_desk(database, company_id)
    operations = FakeOperations()
    page, signals = make_page(operations, database, company_id)
    assert not page.sound_box.isChecked()
    signals.relay(flagged(database, company_id, rows["dana"]))
    qtbot.waitUntil(lambda: page.model.get(rows["dana"]).needs_human)
    assert page.beeps == 0  # off by default

    page.sound_box.click()
    qtbot.waitUntil(lambda: ("set_attention_sound", True) in operations.calls)
    signals.relay(flagged(database, company_id, rows["omer"]))
    qtbot.waitUntil(lambda: page.beeps == 1)
    # Flagged again (another reason): no new person is needed, no second beep.
    again = flagged(database, company_id, rows["omer"])
    signals.relay(dataclasses.replace(again, needs_human_reason="still a photo"))
    signals.relay(add_message(database, company_id, rows["dana"], "hello?"))
    qtbot.waitUntil(lambda: page.model.get(rows["dana"]).preview == "hello?")
    assert page.beeps == 1


def test_the_sound_setting_is_kept(database, company_id, make_page) -> None:
    store_preference(database, ATTENTION_SOUND, True)
    page, _signals = make_page(FakeOperations(), database, company_id)
    assert page.sound_box.isChecked()


def test_every_line_of_a_hebrew_bubble_starts_at_its_right_edge(qapp) -> None:
    from PySide6.QtGui import QFont

    from desktop.views.conversations.delegates import BubbleDelegate

    # The assistant's Hebrew answer in two lines: the second used to sit on the left, under
    # the time beside it.
    layout, width, _height = BubbleDelegate._layout_text(
        "נקבע: תספורת ביום שלישי 08.12 בשעה 10:00.\nנתראה, Dana!", QFont(), 300, True)
    assert layout.lineCount() == 2
    for n in range(layout.lineCount()):
        assert abs(layout.lineAt(n).naturalTextRect().right() - width) <= 2


@pytest.mark.slow
def test_hand_back_in_the_window_answers_what_was_asked_meanwhile(gui_shop, shop_page, qtbot,
                                                                  run) -> None:
    page = shop_page
    session = gui_shop.session(gui_shop.company_id)
    run(session.sim_incoming(DANA, text="hello", name="Dana"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    conversation_id = page.model.summary(0).id
    page.open_conversation(conversation_id)
    qtbot.waitUntil(lambda: len(thread_statuses(page, Author.BOT)) == 1, timeout=WAIT_MS)
    qtbot.mouseClick(page.take_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.banner_text() is not None, timeout=WAIT_MS)
    page.set_filter(ConversationFilter.UNANSWERED)
    run(session.sim_incoming(DANA, text="and on friday?", name="Dana"))
    # Held by staff: nobody answers, and the list says so.
    qtbot.waitUntil(lambda: ids_in(page.proxy) == [conversation_id], timeout=WAIT_MS)

    qtbot.mouseClick(page.hand_back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(thread_statuses(page, Author.BOT)) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ids_in(page.proxy) == [], timeout=WAIT_MS)
    texts = [page.thread_model.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
             for r in range(page.thread_model.rowCount())]
    assert texts[-1] == "Echo: and on friday?"
