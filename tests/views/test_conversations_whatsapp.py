"""The thread and list show what the real WhatsApp brings: unreadable messages, refusals, merges."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from desktop.bot.events import MessageStatusChanged
from desktop.bot.outbox import refusal_reason
from desktop.reason import stored
from desktop.store.models import Author, OutboxMessage, OutboxStatus
from desktop.views.conversations.models import (
    ConversationListModel,
    MessageRole,
    ThreadModel,
    message_text,
    preview_text,
)

from .test_conversations import DANA, OMER, add_conversation, add_message, company_id, ids_in, outbox_id_of  # noqa: F401


def test_an_unreadable_message_shows_plain_words_then_its_content(database, company_id) -> None:
    assert message_text("undecryptable", None) == "🔒 A message could not be read"
    assert preview_text("[undecryptable]") == "🔒 A message could not be read"
    conversation_id = add_conversation(database, company_id, DANA, "Dana")
    broken = add_message(database, company_id, conversation_id, None, kind="undecryptable")
    model = ThreadModel(database)
    model.open(conversation_id)
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "🔒 A message could not be read"
    # The retry came: the same row, now with the text (no second bubble).
    model.note_message(dataclasses.replace(broken, kind="text", text="is 5pm free?", updated=True))
    assert model.rowCount() == 1
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "is 5pm free?"
    assert model.index(0, 0).data(MessageRole.KIND) == "text"


def test_a_refused_send_says_why_under_the_bubble(database, company_id) -> None:
    conversation_id = add_conversation(database, company_id, DANA, "Dana")
    bot = add_message(database, company_id, conversation_id, "See you at 10", author=Author.BOT,
                      status=OutboxStatus.SENT)
    other = add_message(database, company_id, conversation_id, "And a reminder", author=Author.BOT,
                        status=OutboxStatus.SENT)
    model = ThreadModel(database)
    model.open(conversation_id)
    model.update_status(MessageStatusChanged(company_id, conversation_id,
                                             outbox_id_of(database, bot.wa_id), bot.wa_id,
                                             OutboxStatus.FAILED, stored(refusal_reason(463))))
    shown = model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert shown == ("See you at 10\n⚠ WhatsApp refused this message: the contact must be "
                     "messaged in their own chat.")
    model.update_status(MessageStatusChanged(company_id, conversation_id,
                                             outbox_id_of(database, other.wa_id), other.wa_id,
                                             OutboxStatus.FAILED, stored(refusal_reason(479, "smax"))))
    assert model.index(1, 0).data(Qt.ItemDataRole.DisplayRole) == \
        "And a reminder\n⚠ WhatsApp refused this message."
    # An ordinary failure keeps the plain bubble (the retry link says the rest), and a retry
    # that moves on drops the refusal line.
    model.update_status(MessageStatusChanged(company_id, conversation_id,
                                             outbox_id_of(database, bot.wa_id), bot.wa_id,
                                             OutboxStatus.QUEUED))
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "See you at 10"

    reopened = ThreadModel(database)  # the reason is in the store, so it shows after a restart
    with database.session() as session:
        row = session.query(OutboxMessage).filter_by(wa_id=other.wa_id).one()
        row.status, row.last_error = OutboxStatus.FAILED, stored(refusal_reason(463))
    reopened.open(conversation_id)
    assert reopened.index(1, 0).data(Qt.ItemDataRole.DisplayRole).endswith("in their own chat.")


def test_a_merged_conversation_leaves_the_list(database, company_id) -> None:
    first = add_conversation(database, company_id, DANA, "Dana")
    second = add_conversation(database, company_id, OMER, "Omer", minutes_ago=5)
    model = ConversationListModel(database)
    model.load(company_id)
    assert ids_in(model) == [first, second]
    model.forget(second)
    assert ids_in(model) == [first]
    model.forget(second)  # twice is harmless
    assert ids_in(model) == [first]
