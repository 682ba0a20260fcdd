"""Staff cancel an answer while the sender is already on it: it must not go out."""

from __future__ import annotations

import asyncio
import dataclasses

from desktop.store.models import OutboxStatus
from desktop.waiting import within


class TypingGate:
    """The real session, but "typing…" waits at a gate: the test acts while the sender types."""

    def __init__(self, session) -> None:
        self._session = session
        self.gate = asyncio.Event()
        self.typing = asyncio.Event()

    async def wait_can_send(self, timeout=None):
        await self._session.wait_can_send(timeout)

    async def presence(self, to, state):
        if state == "composing":
            self.typing.set()
            await within(self.gate.wait(), 20)
        await self._session.presence(to, state)

    async def send_text(self, to, text, message_id, timeout=None):
        return await self._session.send_text(to, text, message_id, timeout=timeout)


async def test_an_answer_cancelled_during_typing_is_not_sent(make_shop) -> None:
    shop = await make_shop()
    sender = shop.engine.sender(shop.company_id)
    gated = TypingGate(sender._channel)
    sender._channel = gated
    sender.options = dataclasses.replace(sender.options, typing_seconds=0.001)

    await shop.session.sim_incoming("+15550700001", text="cancel me")
    await within(gated.typing.wait(), 20)  # the sender read the row and is typing
    [row] = shop.outbox()
    await shop.engine.cancel_outgoing(shop.company_id, row.id)

    # The next answer goes out after the cancelled one was dealt with (one row at a time).
    gated.typing.clear()
    await shop.session.sim_incoming("+15550700002", text="keep me")
    gated.gate.set()
    async with asyncio.timeout(20):
        while not shop.delivered:
            await asyncio.sleep(0.02)
    await shop.settle()
    assert [d.text for d in shop.delivered] == ["Echo: keep me"], "a cancelled answer was sent"
    statuses = {r.text: r.status for r in shop.outbox()}
    assert statuses["Echo: cancel me"] == OutboxStatus.CANCELLED.value
    assert statuses["Echo: keep me"] in ("sent", "delivered", "read")
