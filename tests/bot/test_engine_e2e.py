"""The engine end to end: the real bridge in simulator mode, the real store, scenario steps."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal

import pytest
from sqlalchemy import select

from desktop.bot.outbox import OutboxOptions
from desktop.store.models import Author, Conversation, Customer, OutboxMessage, OutboxStatus

from .conftest import ScriptedResponder

DANA = "+972501234567"
pytestmark = pytest.mark.slow


async def test_split_messages_get_one_answer(make_shop) -> None:
    shop = await make_shop()
    await shop.play(f'{{"from": "{DANA}", "name": "Dana", '
                    '"say": ["hi", "i need a beard trim", "friday?"]}')
    assert [line["text"] for line in shop.out("bot")] == ["Echo: hi / i need a beard trim / friday?"]
    assert len(shop.messages(author="customer")) == 3
    assert len(shop.delivered) == 1


async def test_redelivered_message_is_not_answered_twice(make_shop) -> None:
    shop = await make_shop()
    summary = await shop.play(f'{{"from": "{DANA}", "say": "hello"}}\n'
                              '{"fault": "redeliver", "count": 1}\n'
                              '{"fault": "disconnect", "code": 428}\n'
                              '{"fault": "redeliver", "count": 1}')
    assert summary["summary"]["messages_in"] == 1
    assert len(shop.out("bot")) == 1
    assert len(shop.delivered) == 1


async def test_bridge_killed_mid_traffic_every_message_answered_once(make_shop) -> None:
    shop = await make_shop()
    phones = [f"+1555000{n:04d}" for n in range(20)]
    ids = await asyncio.gather(*(shop.session.sim_incoming(p, text=f"question {n}")
                                 for n, p in enumerate(phones)))
    while not all(shop.engine.has_seen(i) for i in ids):
        await asyncio.sleep(0.01)
    os.kill(shop.session.process.pid, signal.SIGKILL)  # answers are being worked out right now
    await shop.settle()
    rows = shop.outbox()
    assert len(rows) == 20
    assert all(row.status in ("sent", "delivered", "read") for row in rows)
    delivered_ids = [d.wa_id for d in shop.delivered]
    assert sorted(delivered_ids) == sorted(row.wa_id for row in rows)  # each exactly once
    answered = {row.answers_message_id for row in rows}
    assert answered == {m.id for m in shop.messages(author="customer")}
    assert shop.session.process.pid is not None and shop.engine.sender(shop.company_id)


async def test_engine_killed_between_queued_and_sent_resends_once_with_same_id(
        make_shop, tmp_path) -> None:
    first = await make_shop(data=tmp_path / "crash")
    await first.play(f'{{"from": "{DANA}", "say": "hello"}}')
    conversation = first.messages(author="customer")[0].conversation_id
    await first.runner.stop()
    # What a crash in the middle of a send leaves behind: a row marked `sending`.
    queued = first.engine.records.queue_outgoing(first.company_id, conversation,
                                                 "Your table is ready", Author.BOT,
                                                 now=dt.datetime.now(dt.UTC))
    with first.runner.runtime.database.session() as session:
        session.get(OutboxMessage, queued.outbox_id).status = "sending"

    second = await make_shop(data=tmp_path / "crash")
    await second.settle()
    resent = [d for d in second.delivered if d.text == "Your table is ready"]
    assert [d.wa_id for d in resent] == [queued.wa_id]
    assert second.outbox()[-1].status in ("sent", "delivered", "read")


async def test_staff_reply_pauses_ai_and_hand_back_resumes(make_shop) -> None:
    shop = await make_shop()
    await shop.play(f'{{"from": "{DANA}", "say": "hi"}}\n'
                    f'{{"staff": "Dana, I will answer you myself", "to": "{DANA}"}}\n'
                    f'{{"from": "{DANA}", "say": "thanks, and the price?"}}')
    assert [l["by"] for l in shop.out()] == ["bot", "staff"]
    conversation = shop.messages(author="customer")[0].conversation_id
    await shop.engine.resume_ai(conversation)
    await shop.settle()
    # Asked after staff's reply, while the AI was paused: answered once it is handed back.
    assert [d.text for d in shop.delivered][-1] == "Echo: thanks, and the price?"
    await shop.play(f'{{"from": "{DANA}", "say": "are you there?"}}')
    assert [l["text"] for l in shop.out("bot")][-1] == "Echo: are you there?"


async def test_reply_typed_on_the_shops_phone_pauses_ai(make_shop) -> None:
    shop = await make_shop()
    summary = await shop.play(f'{{"phone": "I am on it", "to": "{DANA}"}}\n'
                              f'{{"from": "{DANA}", "say": "great"}}')
    assert shop.out("bot") == []
    assert shop.out("phone")[0]["text"] == "I am on it"
    assert summary["summary"]["ai_paused"] == [DANA]


async def test_echo_of_our_own_send_is_not_taken_for_staff(make_shop) -> None:
    shop = await make_shop()
    summary = await shop.play(f'{{"from": "{DANA}", "say": "hi"}}\n'
                              f'{{"from": "{DANA}", "say": "second question"}}')
    assert len(shop.out("bot")) == 2
    assert shop.messages(author="phone") == []
    assert summary["summary"]["ai_paused"] == []
    # The receipts (not the echo: Baileys makes that itself as it writes) told us WhatsApp has it.
    assert {row.status for row in shop.outbox()} <= {"delivered", "read"}


async def test_group_and_broadcast_messages_are_ignored(make_shop) -> None:
    shop = await make_shop()
    await shop.session.sim_incoming(DANA, text="hi all", group="120363000000@g.us")
    await shop.session.sim_incoming(DANA, text="my status", broadcast=True)
    # One pipe carries everything in order: once this one is seen, the others were dealt with.
    marker = await shop.session.sim_incoming("+15550009999", text="marker")
    while not shop.engine.has_seen(marker):
        await asyncio.sleep(0.01)
    await shop.settle()
    assert [m.text for m in shop.messages()] == ["marker", "Echo: marker"]
    assert [d.to_jid for d in shop.delivered] == ["15550009999@s.whatsapp.net"]


async def test_media_gets_a_polite_reply_and_a_flag(make_shop) -> None:
    shop = await make_shop()
    await shop.play(f'{{"from": "{DANA}", "media": "audio"}}\n{{"from": "{DANA}", "media": "unknown"}}')
    handoffs = [l for l in shop.lines if l.get("event") == "handoff"]
    assert handoffs and "voice message" in handoffs[0]["reason"]
    assert len(shop.out("bot")) == 2
    assert [m.kind for m in shop.messages(author="customer")] == ["audio", "unknown"]


async def test_ai_off_stores_but_does_not_answer(make_shop) -> None:
    shop = await make_shop()
    await shop.play(f'{{"ai": false, "for": "{DANA}"}}\n{{"from": "{DANA}", "say": "hello?"}}\n'
                    '{"ai": false}\n{"from": "+15550001111", "say": "anyone?"}')
    assert shop.out() == []
    assert len(shop.messages(author="customer")) == 2
    assert all(m.handled for m in shop.messages(author="customer"))


async def test_failing_or_slow_responder_gives_fallback_and_flag(make_shop) -> None:
    responder = ScriptedResponder(fail_on="broken", slow_on="slow", delay=5)
    shop = await make_shop(responder=responder, responder_timeout=1.0)
    started = asyncio.get_running_loop().time()
    await asyncio.gather(
        shop.play(f'{{"from": "{DANA}", "say": "slow question"}}'),
        shop.play('{"from": "+15550002222", "say": "broken question"}'),
        shop.play('{"from": "+15550003333", "say": "normal question"}'))
    texts = {l["to"]: l["text"] for l in shop.out("bot")}
    assert texts["+15550003333"] == "Echo: normal question"
    assert texts[DANA].startswith("Thank you for your message")
    assert texts["+15550002222"].startswith("Thank you for your message")
    reasons = sorted(l["reason"] for l in shop.lines if l.get("event") == "handoff")
    assert reasons[0].startswith("The AI did not answer within 1 s")
    assert reasons[1] == "The AI failed: provider unreachable"
    assert asyncio.get_running_loop().time() - started < 8  # the slow one did not hold the rest


async def test_rate_limit_holds_under_a_burst(make_shop) -> None:
    shop = await make_shop(outbox=OutboxOptions(typing_seconds=0, rate_per_minute=3,
                                                rate_window_seconds=1.0))
    # The moments the sender let each send go, on the limiter's own clock: what the limit is
    # about. (Delivery times would add the bridge's jitter, which a loaded PC makes uneven.)
    limiter = shop.engine.sender(shop.company_id).limiter
    counted = limiter.record
    starts: list[float] = []

    def record() -> float:
        starts.append(counted())
        return starts[-1]

    limiter.record = record
    ids = await asyncio.gather(*(shop.session.sim_incoming(f"+1555010{n:04d}", text="hi")
                                 for n in range(9)))
    while not all(shop.engine.has_seen(i) for i in ids):
        await asyncio.sleep(0.01)
    await shop.settle()
    assert len(shop.delivered) == 9 and len(starts) == 9
    for n in range(len(starts) - 3):
        assert starts[n + 3] - starts[n] >= 1.0, "more than 3 sends within one window"


@pytest.mark.parametrize("text", ["x" * 10_000, "💈✂️🙂" * 50, "שלום, אפשר תור מחר ב-10?",
                                  "مرحبا", "   "])
async def test_odd_texts_are_handled(make_shop, text) -> None:
    shop = await make_shop()
    message_id = await shop.session.sim_incoming(DANA, text=text)
    while not shop.engine.has_seen(message_id):
        await asyncio.sleep(0.01)
    await shop.settle()
    stored = shop.messages(author="customer")
    assert stored[0].text == text
    if text.strip():
        assert shop.delivered[0].text == f"Echo: {text.strip()}"
    else:
        assert shop.delivered == []  # nothing to answer


async def test_unknown_phone_and_lid_chats_still_get_answers(make_shop) -> None:
    shop = await make_shop()
    lid_id = await shop.session.sim_incoming(DANA, text="from a hidden number", lid=True)
    while not shop.engine.has_seen(lid_id):
        await asyncio.sleep(0.01)
    await shop.settle()
    with shop.runner.runtime.database.session() as session:
        conversation = session.scalars(select(Conversation)).one()
        assert conversation.customer.phone == DANA  # never keyed by the LID when the phone is known
        assert conversation.customer.lid and conversation.customer.lid.endswith("@lid")
    assert len(shop.delivered) == 1


async def test_invalid_numbers_and_unknown_kinds_do_not_crash_the_engine(make_shop) -> None:
    from desktop.bridge import IncomingMessage

    shop = await make_shop()
    odd = [
        IncomingMessage(id="ODD1", chat="0@s.whatsapp.net", chat_type="user", phone="+0",
                        lid=None, participant=None, push_name=None, from_me=False,
                        own_send=False, kind="text", text="who am I", timestamp=0, type="notify"),
        IncomingMessage(id="ODD2", chat="15551234567@s.whatsapp.net", chat_type="user",
                        phone="+15551234567", lid=None, participant=None, push_name="x" * 500,
                        from_me=False, own_send=False, kind="hologram", text=None,
                        timestamp=1, type="notify"),
        IncomingMessage(id="ODD3", chat="weird", chat_type="unknown", phone=None, lid=None,
                        participant=None, push_name=None, from_me=False, own_send=False,
                        kind="text", text="", timestamp=0, type="notify"),
    ]
    for message in odd:
        await shop.engine.handle_incoming(shop.company_id, message)
    await shop.settle()
    stored = {m.wa_id: m for m in shop.messages(author="customer")}
    assert set(stored) == {"ODD1", "ODD2", "ODD3"}
    assert all(m.handled for m in stored.values())
    with shop.runner.runtime.database.session() as session:
        keys = {(c.phone, c.lid) for c in session.query(Customer)}
    assert (None, "0@s.whatsapp.net") in keys  # unusable number: kept by its chat id
    assert ("+15551234567", None) in keys


async def test_message_stored_but_not_answered_before_a_stop_is_answered_at_start(
        make_shop, tmp_path) -> None:
    first = await make_shop(data=tmp_path / "shop2", debounce_gap=30, debounce_max=30)
    message_id = await first.session.sim_incoming(DANA, text="are you open today?")
    while not first.engine.has_seen(message_id):
        await asyncio.sleep(0.01)
    await first.runner.stop()  # stops while the customer's thought is still being awaited
    assert [m.handled for m in first.messages(author="customer")] == [False]

    second = await make_shop(data=tmp_path / "shop2")
    await second.settle()
    assert [d.text for d in second.delivered] == ["Echo: are you open today?"]
    assert [m.handled for m in second.messages(author="customer")] == [True]


async def test_receipts_reach_the_store_without_a_write_per_receipt(make_shop) -> None:
    shop = await make_shop()
    await shop.play(f'{{"from": "{DANA}", "say": "hello"}}')
    await shop.settle()  # idle includes storing the receipts gathered for a moment
    assert [row.status for row in shop.outbox()] == ["read"]
    sender = shop.engine.sender(shop.company_id)
    # A receipt that moves nothing costs nothing: no event, no write.
    assert await sender.advance(shop.outbox()[0].wa_id, OutboxStatus.DELIVERED,
                                durable=False) is False
