"""What the real WhatsApp transport brings, through the engine: history sync, LID <-> phone
merges, messages that could not be decrypted, and sends WhatsApp refused for good.

The events are the typed bridge values the session hands the engine, fed straight in (the
simulator shop underneath is real: its bridge sends the answers).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time

import pytest
from sqlalchemy import func, select

from desktop.bot.events import ConversationsMerged, MessageStatusChanged
from desktop.bot.outbox import REFUSED_OWN_CHAT
from desktop.bridge import IncomingMessage, LidMapping, Receipt, SessionEvent
from desktop.reason import Reason, from_stored
from desktop.store.models import Appointment, Conversation, Customer, Message, OutboxMessage, OutboxStatus
from desktop.store.models import LidMapping as StoredLid

from .conftest import ScriptedResponder

DANA = "+972501234567"
DANA_JID = "972501234567@s.whatsapp.net"
DANA_LID = "123456789012345@lid"
pytestmark = pytest.mark.slow

_counter = iter(range(1, 1_000_000))


def incoming(text: str | None = "hi", *, id: str | None = None, phone: str | None = DANA,
             lid: str | None = None, chat: str | None = None, kind: str = "text",
             type: str = "notify", from_me: bool = False, timestamp: int | None = None) -> IncomingMessage:
    """A bridge `message` event as the session delivers it."""
    chat = chat or (lid if lid and not phone else DANA_JID)
    return IncomingMessage(id=id or f"3EB0{next(_counter):016X}", chat=chat,
                           chat_type="lid" if chat.endswith("@lid") else "user", phone=phone,
                           lid=lid, participant=None, push_name="Dana", from_me=from_me,
                           own_send=False, kind=kind, text=text,
                           timestamp=int(time.time()) if timestamp is None else timestamp,
                           type=type)


async def feed(shop, payload) -> None:
    """Hand the engine one session event, as the session's subscription does."""
    await shop.engine._on_session_event(
        shop.company_id, SessionEvent(shop.company_id, dt.datetime.now(dt.UTC), payload))


def db(shop):
    return shop.runner.runtime.database.session()


# -- history --------------------------------------------------------------------------------


async def test_history_is_stored_but_never_answered_unread_or_a_takeover(make_shop) -> None:
    shop = await make_shop()
    old = int(time.time()) - 3 * 86_400
    history = [incoming("do you cut kids' hair?", type="history", timestamp=old),
               incoming("yes, from 3 years", type="history", from_me=True, timestamp=old + 60),
               incoming(None, type="history", kind="image", timestamp=old + 120),
               incoming("from a hidden number", type="history", lid=DANA_LID, chat=DANA_LID,
                        timestamp=old + 180)]
    for message in history:
        await feed(shop, message)
    await shop.settle()
    assert shop.delivered == [] and shop.outbox() == []
    stored = shop.messages()
    assert [m.wa_id for m in stored] == [m.id for m in history]
    assert all(m.history and m.handled for m in stored)
    with db(shop) as session:
        conversation = session.scalars(select(Conversation)).one()  # phone and LID: one customer
        assert conversation.unread_count == 0
        assert not conversation.needs_human and conversation.ai_paused_until is None
        assert conversation.customer.lid == DANA_LID and conversation.customer.phone == DANA
        assert session.get(StoredLid, (shop.company_id, DANA_LID)).phone == DANA
        # The list shows the history's own time, not the moment it was synced.
        assert conversation.last_message_at < dt.datetime.now(dt.UTC) - dt.timedelta(days=2)

    # Synced history is not traffic of today: the hourly figures leave it out.
    from desktop.bot.stats import answers_per_hour, messages_in_per_hour

    assert sum(messages_in_per_hour(shop.runner.runtime.database, shop.company_id).counts) == 0
    assert sum(answers_per_hour(shop.runner.runtime.database, shop.company_id).staff) == 0

    # The same message delivered live later is a duplicate, not a new question.
    await feed(shop, incoming(history[0].text, id=history[0].id))
    await shop.settle()
    assert shop.delivered == [] and len(shop.messages()) == 4

    # A new live message is answered as usual (history does not pause anything).
    await feed(shop, incoming("and on friday?"))
    await shop.settle()
    assert [d.text for d in shop.delivered] == ["Echo: and on friday?"]


# -- LID <-> phone ----------------------------------------------------------------------------


async def _lid_customer_with_a_booking(shop) -> int:
    await feed(shop, incoming("hello from my hidden number", phone=None, lid=DANA_LID))
    await shop.settle()
    with db(shop) as session:
        customer = session.scalars(select(Customer).where(Customer.lid == DANA_LID)).one()
        assert customer.phone is None
        customer.notes, customer.tags = "prefers mornings", ["vip"]
        start = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
        session.add(Appointment(company_id=shop.company_id, customer_id=customer.id,
                                service="Haircut", start_at=start,
                                end_at=start + dt.timedelta(minutes=30)))
        return customer.id


async def test_lid_mapping_merges_the_lid_customer_into_the_phone_one(make_shop) -> None:
    shop = await make_shop()
    merged: list[ConversationsMerged] = []
    shop.engine.bus.subscribe(lambda e: merged.append(e) if isinstance(e, ConversationsMerged)
                              else None)
    await feed(shop, incoming("hi, it's Dana"))  # known by phone
    await shop.settle()
    lid_customer = await _lid_customer_with_a_booking(shop)
    with db(shop) as session:
        assert session.scalar(select(func.count()).select_from(Conversation)) == 2
        phone_conversation = session.scalars(select(Conversation).join(Customer).where(
            Customer.phone == DANA)).one().id

    await feed(shop, LidMapping(DANA_LID, DANA))
    await shop.settle()
    with db(shop) as session:
        customer = session.scalars(select(Customer)).one()
        assert (customer.phone, customer.lid) == (DANA, DANA_LID)
        assert customer.notes == "prefers mornings" and customer.tags == ["vip"]
        conversation = session.scalars(select(Conversation)).one()
        assert conversation.id == phone_conversation and conversation.customer_id == customer.id
        assert session.get(Customer, lid_customer) is None
        assert {m.conversation_id for m in session.scalars(select(Message))} == {conversation.id}
        assert {o.conversation_id for o in session.scalars(select(OutboxMessage))} == \
            {conversation.id}
        assert session.scalars(select(Appointment)).one().customer_id == customer.id
        # Answers go to the chat the customer wrote from last.
        assert conversation.chat_jid == DANA_LID
    assert [(e.into_id == phone_conversation) for e in merged] == [True]
    assert len(shop.delivered) == 2  # each message answered once, none again by the merge

    # The same mapping again changes nothing; the next message lands in the one conversation.
    await feed(shop, LidMapping(DANA_LID, DANA))
    await feed(shop, incoming("still me", phone=None, lid=DANA_LID))
    await shop.settle()
    with db(shop) as session:
        assert session.scalar(select(func.count()).select_from(Conversation)) == 1
    assert len(shop.delivered) == 3


async def test_lid_mapping_gives_a_lid_only_customer_the_phone(make_shop) -> None:
    shop = await make_shop()
    lid_customer = await _lid_customer_with_a_booking(shop)
    await feed(shop, LidMapping(DANA_LID, DANA))
    await feed(shop, incoming("now from my number"))
    await shop.settle()
    with db(shop) as session:
        customer = session.scalars(select(Customer)).one()
        assert (customer.id, customer.phone, customer.lid) == (lid_customer, DANA, DANA_LID)
        assert session.scalar(select(func.count()).select_from(Conversation)) == 1


async def test_mapping_told_before_the_first_message_keeps_one_customer(make_shop) -> None:
    shop = await make_shop()
    await feed(shop, LidMapping(DANA_LID, "+972 50-123-4567"))  # normalised like any number
    await feed(shop, incoming("first from the hidden number", phone=None, lid=DANA_LID))
    await feed(shop, incoming("then from the number"))
    await shop.settle()
    with db(shop) as session:
        customer = session.scalars(select(Customer)).one()
        assert (customer.phone, customer.lid) == (DANA, DANA_LID)


async def test_a_bad_mapping_is_ignored_without_harm(make_shop) -> None:
    shop = await make_shop()
    await feed(shop, LidMapping(DANA_LID, "not a number"))
    await feed(shop, incoming("hello"))
    await shop.settle()
    assert len(shop.delivered) == 1


async def test_live_message_with_both_ids_merges_mid_thought_and_answers_once(make_shop) -> None:
    responder = ScriptedResponder()
    shop = await make_shop(responder=responder, debounce_gap=1.0, debounce_max=5.0)
    await feed(shop, incoming("hi, it's Dana"))
    await shop.settle()
    # Dana writes from the hidden-number chat (not known yet) and, mid-thought, a message
    # carrying both ids says who she is.
    await feed(shop, incoming("can I book", phone=None, lid=DANA_LID))
    await feed(shop, incoming("a beard trim?", phone=DANA, lid=DANA_LID, chat=DANA_LID))
    await shop.settle()
    with db(shop) as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 1
        assert session.scalar(select(func.count()).select_from(Conversation)) == 1
    assert [d.text for d in shop.delivered] == ["Echo: hi, it's Dana",
                                                "Echo: can I book / a beard trim?"]
    customer_messages = shop.messages(author="customer")
    answered = [o.answers_message_id for o in shop.outbox()]
    assert len(set(answered)) == len(answered) == 2
    assert all(m.handled for m in customer_messages)


async def test_merge_while_the_ai_is_writing_still_answers_once(make_shop) -> None:
    responder = ScriptedResponder(slow_on="hidden", delay=1.0)
    shop = await make_shop(responder=responder)
    await feed(shop, incoming("hi, it's Dana"))
    await shop.settle()
    await feed(shop, incoming("from the hidden number", phone=None, lid=DANA_LID))
    while not any("hidden" in " ".join(r.texts) for r in responder.requests):
        await asyncio.sleep(0.01)
    await feed(shop, LidMapping(DANA_LID, DANA))  # the LID conversation goes away meanwhile
    await shop.settle()
    assert [d.text for d in shop.delivered] == ["Echo: hi, it's Dana",
                                                "Echo: from the hidden number"]
    with db(shop) as session:
        conversation = session.scalars(select(Conversation)).one()
        assert {o.conversation_id for o in session.scalars(select(OutboxMessage))} == \
            {conversation.id}


# -- undecryptable ------------------------------------------------------------------------------


async def test_undecryptable_then_its_retry_is_one_row_answered_once(make_shop) -> None:
    shop = await make_shop()
    broken = incoming(None, kind="undecryptable")
    await feed(shop, broken)
    await feed(shop, incoming(None, id=broken.id, kind="undecryptable"))  # told twice: one row
    await shop.settle()
    [row] = shop.messages()
    assert (row.kind, row.text, row.handled) == ("undecryptable", None, True)
    assert shop.delivered == []
    with db(shop) as session:
        conversation = session.scalars(select(Conversation)).one()
        assert not conversation.needs_human and conversation.unread_count == 1

    await feed(shop, incoming("is 5pm free?", id=broken.id))
    await shop.settle()
    [row] = shop.messages(author="customer")
    assert (row.kind, row.text, row.handled) == ("text", "is 5pm free?", True)
    assert [d.text for d in shop.delivered] == ["Echo: is 5pm free?"]
    with db(shop) as session:
        conversation = session.scalars(select(Conversation)).one()
        assert conversation.unread_count == 1 and not conversation.needs_human

    await feed(shop, incoming("is 5pm free?", id=broken.id))  # a redelivery after that
    await shop.settle()
    assert len(shop.delivered) == 1 and len(shop.messages(author="customer")) == 1


async def test_undecryptable_that_never_comes_again_is_flagged_later(make_shop) -> None:
    shop = await make_shop()
    shop.engine.options.undecryptable_flag_after = 0.2
    await feed(shop, incoming(None, kind="undecryptable"))
    with db(shop) as session:
        assert not session.scalars(select(Conversation)).one().needs_human
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with db(shop) as session:
            if session.scalars(select(Conversation)).one().needs_human:
                break
        await asyncio.sleep(0.02)
    with db(shop) as session:
        reason = session.scalars(select(Conversation)).one().needs_human_reason
    assert reason and "could not be read" in reason
    assert shop.delivered == []


# -- refused by WhatsApp ------------------------------------------------------------------------


async def test_error_receipt_fails_a_sent_message_with_plain_words(make_shop) -> None:
    shop = await make_shop()
    statuses: list[MessageStatusChanged] = []
    shop.engine.bus.subscribe(lambda e: statuses.append(e) if isinstance(e, MessageStatusChanged)
                              else None)
    await feed(shop, incoming("hello"))
    await shop.settle()
    [row] = shop.outbox()
    assert row.status == "read"
    await feed(shop, Receipt(row.wa_id, DANA_JID, "error", 463, "refused"))
    await shop.settle()
    [row] = shop.outbox()
    assert row.status == "failed"
    assert from_stored(row.last_error) == Reason(REFUSED_OWN_CHAT)
    assert from_stored(row.last_error).text.startswith(
        "WhatsApp refused this message: the contact must be messaged in their own chat")
    assert statuses[-1].status is OutboxStatus.FAILED and statuses[-1].error == row.last_error
    # A late tick never brings it back, and nothing is sent again.
    await feed(shop, Receipt(row.wa_id, DANA_JID, "delivered"))
    await shop.settle()
    assert shop.outbox()[0].status == "failed" and len(shop.delivered) == 1


# -- the same paths through the real Node simulator ---------------------------------------------


async def sim(shop, cmd: str, **args):
    return await shop.session.process.request(cmd, args, timeout=10)


async def seen(shop, wa_id: str) -> None:
    deadline = time.monotonic() + 10
    while not shop.engine.has_seen(wa_id):
        assert time.monotonic() < deadline, f"{wa_id} never reached the engine"
        await asyncio.sleep(0.01)


async def test_simulator_history_lid_mapping_and_undecryptable_retry(make_shop) -> None:
    shop = await make_shop()
    old = (await sim(shop, "sim.incoming", **{"from": DANA, "text": "old question",
                                              "history": True, "lid": True}))["message_id"]
    await seen(shop, old)
    broken = (await sim(shop, "sim.incoming", **{"from": DANA, "undecryptable": True}))["message_id"]
    await seen(shop, broken)
    await shop.settle()
    assert shop.delivered == []
    await sim(shop, "sim.incoming", **{"from": DANA, "text": "is 5pm free?", "message_id": broken})
    await shop.settle()
    assert [d.text for d in shop.delivered] == ["Echo: is 5pm free?"]
    rows = {m.wa_id: m for m in shop.messages(author="customer")}
    assert rows[old].history and rows[broken].kind == "text" and len(rows) == 2

    # A LID chat first, then WhatsApp tells its phone: one customer, one conversation.
    other = "+15550001234"
    lid = (await sim(shop, "sim.lid_mapping", phone=other))["lid"]
    await sim(shop, "sim.incoming", **{"from": other, "text": "hidden hello", "lid": lid})
    await shop.settle()
    with db(shop) as session:
        customer = session.scalars(select(Customer).where(Customer.lid == lid)).one()
        assert customer.phone == other
        assert session.scalar(select(func.count()).select_from(Customer)) == 2


async def test_simulator_refused_send_fails_once_with_the_reason(make_shop) -> None:
    shop = await make_shop()
    summary = await shop.play('{"fault": "send_refused", "count": 1}\n'
                              f'{{"from": "{DANA}", "say": "hello"}}')
    await shop.settle()
    [row] = shop.outbox()
    assert row.status == "failed" and row.attempts == 1
    assert "must be messaged in their own chat" in from_stored(row.last_error).text
    assert shop.delivered == []
    assert summary["summary"]["messages_in"] == 1


async def test_scenario_steps_for_history_unreadable_and_lid(make_shop) -> None:
    shop = await make_shop()
    other = "+15550001234"
    await shop.play(f'{{"from": "{DANA}", "say": ["an old question"], "history": true}}\n'
                    f'{{"from": "{DANA}", "say": "is 5pm free?", "undecryptable": true}}\n'
                    f'{{"lid_mapping": "{other}"}}\n'
                    f'{{"from": "{other}", "say": "hello"}}')
    assert [d.text for d in shop.delivered] == ["Echo: is 5pm free?", "Echo: hello"]
    rows = shop.messages(author="customer")
    assert [(m.text, m.kind, m.history) for m in rows] == [
        ("an old question", "text", True), ("is 5pm free?", "text", False),
        ("hello", "text", False)]
    with db(shop) as session:
        assert session.scalars(select(StoredLid)).one().phone == other


def test_scenario_rejects_bad_flags_and_numbers() -> None:
    from desktop.bot.scenario import ScenarioError, TellLid, parse_scenario

    [step] = parse_scenario('{"lid_mapping": "+1 555 000 1234"}')
    assert step == TellLid(1, "+15550001234")
    with pytest.raises(ScenarioError, match="history"):
        parse_scenario(f'{{"from": "{DANA}", "say": "x", "history": "yes"}}')
    with pytest.raises(ScenarioError, match="lid_mapping"):
        parse_scenario('{"lid_mapping": 5}')
    with pytest.raises(ScenarioError, match="does not apply"):
        parse_scenario('{"fault": "send_timeout", "code": 463}')
    assert parse_scenario('{"fault": "send_refused", "code": 463, "count": 2}')[0].code == 463
