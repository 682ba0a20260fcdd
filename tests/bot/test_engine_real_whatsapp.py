"""The engine through the real Baileys bridge and the local WhatsApp server: a crash mid-send, the
history sync on link, a hidden-number (LID) customer and an unreadable message, each checked where
it matters (the store, and what the customer's phone decrypted).

Each test is one shop (`ServerScenarioRunner`: the engine, the real bridge, its own server in the
shop's data folder, linked by the practice phone scanning the real QR). Waits are on events.
"""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from desktop.bot.events import MessageStatusChanged, MessageStored
from desktop.bot.profile import load_profile
from desktop.bot.responder import EchoResponder
from desktop.bot.scenario import Say, Wait
from desktop.bot.simulate import ServerScenarioRunner, SimulationSettings
from desktop.bridge import SessionState
from desktop.bridge.localwa import server_script
from desktop.bridge.node_runtime import locate_runtime
from desktop.resources import demo_profile_path
from desktop.store.models import Conversation, Customer, Message, OutboxMessage, OutboxStatus
from desktop.waiting import StateWatch

pytestmark = pytest.mark.slow

FAST = SimulationSettings(step_timeout=20.0, debounce_gap=0.3, debounce_max=2.0)
DANA, SAM = "+15551230101", "+15551230102"
HISTORY_MESSAGES = 6


@pytest.fixture(autouse=True)
def _needs_server() -> None:
    if not server_script(locate_runtime()).is_file():
        pytest.skip("the local WhatsApp server (desktop/bridge/node/localwa) is not in this checkout")


class Shop(ServerScenarioRunner):
    """A shop on the real transport that also keeps every engine event, to wait on."""

    history = 0  # older messages the phone has for a history sync at the link

    def __init__(self, data_dir) -> None:
        super().__init__(data_dir, load_profile(demo_profile_path()), EchoResponder(), lambda _: None,
                         settings=FAST)
        self.events: list = []
        self.server_events: list[dict] = []
        self.seen = StateWatch()

    async def _link(self) -> None:
        if self.history:
            await self.server.request("history.set", {"messages": self.history, "days": 2})
        self.runtime.engine.bus.subscribe(self._keep)
        self.server.subscribe(self.server_events.append)
        await super()._link()

    def _keep(self, event) -> None:
        self.events.append(event)
        self.seen.changed()

    async def until(self, predicate, what: str) -> None:
        assert await self.seen.until(predicate, 20), f"timed out waiting for {what}"

    async def settle(self) -> None:
        """Until the engine is idle and every answer WhatsApp took reached the customer."""
        await self.run([Wait(line=0, ms=0)])

    def rows(self, model, **where):
        with self.runtime.database.session() as session:
            query = select(model).where(*(getattr(model, k) == v for k, v in where.items()))
            rows = list(session.scalars(query.order_by(model.id)))
            session.expunge_all()
            return rows

    def answers_at_the_phone(self) -> Counter:
        """(customer, text) -> how many different messages the customer's phone decrypted."""
        return Counter((d["to"], d.get("text")) for d in {d["id"]: d for d in self.delivered}.values())


async def _shop(tmp_path, history: int = 0) -> Shop:
    shop = Shop(tmp_path)
    shop.history = history
    await shop.start()
    return shop


async def test_bridge_killed_mid_send_every_message_answered_once_at_the_phone(tmp_path) -> None:
    shop = await _shop(tmp_path)
    try:
        # WhatsApp holds the answer's ack: the send is in flight when the bridge is killed (-9).
        await shop.server.fault("hold_acks", count=1)
        await shop.server.customer_send(DANA, "are you open today?")
        await shop.until(lambda: any(isinstance(e, MessageStatusChanged) and
                                     e.status is OutboxStatus.SENDING for e in shop.events), "the send")
        await shop.runtime.kill_bridge(shop.company_id)
        session = shop.runtime.sessions[shop.company_id]
        assert await session.wait_for_state({SessionState.CONNECTED}, 20)
        await shop.run([Say(line=1, phone=SAM, texts=("and tomorrow?",), name="Sam")])
        assert shop.answers_at_the_phone() == Counter({(DANA, "Echo: are you open today?"): 1,
                                                       (SAM, "Echo: and tomorrow?"): 1})
        assert {row.status for row in shop.rows(OutboxMessage)} <= {"sent", "delivered", "read"}
        assert len(shop.rows(OutboxMessage)) == 2
    finally:
        await shop.stop()


async def test_history_on_link_is_stored_as_history_not_answered_not_unread(tmp_path) -> None:
    shop = await _shop(tmp_path, history=HISTORY_MESSAGES)
    try:
        await shop.until(lambda: sum(isinstance(e, MessageStored) and e.history
                                     for e in shop.events) >= HISTORY_MESSAGES, "the history")
        # A live message after it: once it is answered, anything the history might have caused has too.
        await shop.run([Say(line=1, phone=DANA, texts=("hello",))])
        history = [m for m in shop.rows(Message) if m.history]
        assert len(history) == HISTORY_MESSAGES and all(m.handled for m in history)
        assert [row.text for row in shop.rows(OutboxMessage)] == ["Echo: hello"]
        assert shop.answers_at_the_phone() == Counter({(DANA, "Echo: hello"): 1})
        with_history = {m.conversation_id for m in history}
        assert all(c.unread_count == 0 and c.ai_enabled and not c.needs_human
                   for c in shop.rows(Conversation) if c.id in with_history)
    finally:
        await shop.stop()


async def test_lid_customer_is_stored_under_the_phone_once_the_mapping_arrives(tmp_path) -> None:
    shop = await _shop(tmp_path)
    try:
        lid = "93000111222333@lid"
        await shop.server.request("lid.map", {"phone": SAM, "lid": lid})  # the server's record only
        await shop.server.customer_send(DANA, "first, as a hidden number", addressing="lid_only")
        await shop.until(lambda: any(isinstance(e, MessageStored) for e in shop.events), "the LID message")
        await shop.settle()
        (hidden,) = shop.rows(Customer)
        assert hidden.phone is None and hidden.lid
        dana_lid = hidden.lid if "@" in hidden.lid else f"{hidden.lid}@lid"
        await shop.server.request("lid.map", {"phone": DANA, "lid": dana_lid})
        await shop.until(lambda: shop.rows(Customer)[0].phone == DANA, "the phone given to the customer")
        await shop.run([Say(line=1, phone=DANA, texts=("now by number",))])
        (customer,) = shop.rows(Customer)
        (conversation,) = shop.rows(Conversation)
        assert (customer.phone, conversation.customer_id) == (DANA, customer.id)
        assert [m.text for m in shop.rows(Message, conversation_id=conversation.id)
                if m.author == "customer"] == ["first, as a hidden number", "now by number"]
        assert Counter(text for (_, text) in shop.answers_at_the_phone().elements()) == Counter(
            {"Echo: first, as a hidden number": 1, "Echo: now by number": 1})
    finally:
        await shop.stop()


async def test_unreadable_message_is_shown_then_answered_once_after_the_retry(tmp_path) -> None:
    shop = await _shop(tmp_path)
    try:
        message_id = await shop.server.customer_send(DANA, "can I come at 5?", undecryptable=True)
        await shop.until(lambda: any(isinstance(e, MessageStored) and e.updated for e in shop.events),
                         "the message after the retry")
        stored = [e for e in shop.events if isinstance(e, MessageStored) and e.wa_id == message_id]
        # First "could not be read" for staff, then the same row with the real text.
        assert [(e.kind, e.text, e.updated) for e in stored] == [
            ("undecryptable", None, False), ("text", "can I come at 5?", True)]
        await shop.settle()
        (row,) = shop.rows(Message, author="customer")
        assert (row.wa_id, row.kind, row.text, row.handled) == (message_id, "text", "can I come at 5?", True)
        assert shop.answers_at_the_phone() == Counter({(DANA, "Echo: can I come at 5?"): 1})
        assert any(e.get("event") == "retry_requested" for e in shop.server_events)
    finally:
        await shop.stop()

