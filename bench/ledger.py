"""Exactly-once accounting from the store: was every customer message answered once, and only once?

Shared by the engine benchmark, the soak run and the crash-recovery test. The store is the judge;
what the responder was asked (its batches) and what reached the customers' phones (`sim.outgoing`)
are checked against it.

Definitions (also in docs/reliability.md):

- A customer message is **answered** when it belongs to exactly one bot reply (an outbox row with
  `answers_message_id`) that reached the customer's phone. A bot reply covers the batch the
  responder was asked about (one customer may split a thought over several messages); a reply to a
  voice note, photo, sticker... (the polite "a person will look at it" reply) covers that one
  message.
- It is **deferred** (not answered by decision, not lost) when staff took the conversation over:
  a staff message (typed in the app or on the shop's phone) in the same conversation within the AI
  pause before it, or after it but before its answer was due (the answer is then dropped: staff
  have the last word).
- It is **lost** when the phone sent it and it was not stored, or it is stored but still owes a
  decision (`handled` false), or it is decided but neither answered nor deferred, or its answer
  never reached the phone (or ended `failed`).
- It is **duplicated** when it is covered by more than one bot reply, or its reply reached the
  phone under two different WhatsApp ids. The same id arriving twice (a send retried after a
  crash or a timeout, with the id kept on purpose) is one message on the customer's phone:
  WhatsApp keeps one message per id. Those are counted apart as `resent_same_id`.
"""

from __future__ import annotations

import collections
import datetime as dt
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from desktop.store.models import Author, Message, OutboxMessage, OutboxStatus  # noqa: E402

FINAL_OK = (OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.READ)


@dataclass
class LedgerResult:
    """What the store, the responder and the phones say about one company's customer messages."""

    messages_in: int = 0          # customer messages stored
    answered: int = 0             # answered exactly once
    deferred: int = 0             # staff took over: not answered by the bot, not lost
    lost: list[str] = field(default_factory=list)        # reasons, one per lost message
    duplicated: list[str] = field(default_factory=list)  # reasons, one per duplicated message
    bot_replies: int = 0
    staff_messages: int = 0
    staff_not_delivered: int = 0
    outbox_unfinished: int = 0    # rows still queued or sending
    outbox_failed: int = 0
    resent_same_id: int = 0       # replies that reached the phone twice under one id
    stored_twice: int = 0         # WhatsApp ids stored more than once (the constraint forbids it)

    def merge(self, other: LedgerResult) -> LedgerResult:
        merged = LedgerResult()
        for name, value in vars(self).items():
            setattr(merged, name, value + getattr(other, name))
        return merged

    def summary(self) -> dict[str, int]:
        return {"messages in": self.messages_in, "answered once": self.answered,
                "deferred to staff": self.deferred, "lost": len(self.lost),
                "duplicated": len(self.duplicated), "bot replies": self.bot_replies,
                "staff messages": self.staff_messages,
                "staff messages not delivered": self.staff_not_delivered,
                "outbox unfinished": self.outbox_unfinished, "outbox failed": self.outbox_failed,
                "resent with the same id": self.resent_same_id}


def check_exactly_once(database, company_id: int, *,
                       batches: Iterable[tuple[int, ...]] = (),
                       delivered: Mapping[str, int] | None = None,
                       sent_by_phones: Iterable[str] | None = None,
                       conversations: Iterable[int] | None = None,
                       pause: dt.timedelta = dt.timedelta(minutes=30),
                       answer_window: dt.timedelta = dt.timedelta(seconds=60)) -> LedgerResult:
    """Account for every customer message of one company (or of the given conversations).

    `batches`: the message ids of each request the responder was asked (in order; a later batch
    with the same last id replaces an earlier one, as after a crash). `delivered`: WhatsApp id ->
    times it reached a phone; None skips the phone check (the store's final status is then the
    evidence). `sent_by_phones`: the WhatsApp ids the customers' phones sent (accepted by
    WhatsApp); each must be stored.
    """
    result = LedgerResult()
    by_last: dict[int, tuple[int, ...]] = {}
    for batch in batches:
        if batch:
            by_last[batch[-1]] = tuple(batch)
    with database.session() as session:
        query = select(Message.id, Message.conversation_id, Message.wa_id, Message.author,
                       Message.kind, Message.handled, Message.created_at).where(
            Message.company_id == company_id).order_by(Message.id)
        if conversations is not None:
            query = query.where(Message.conversation_id.in_(list(conversations)))
        messages = list(session.execute(query).all())
        outbox_query = select(OutboxMessage.conversation_id, OutboxMessage.answers_message_id,
                              OutboxMessage.wa_id, OutboxMessage.author, OutboxMessage.status
                              ).where(OutboxMessage.company_id == company_id)
        if conversations is not None:
            outbox_query = outbox_query.where(
                OutboxMessage.conversation_id.in_(list(conversations)))
        rows = list(session.execute(outbox_query).all())

    customer = [m for m in messages if m.author == Author.CUSTOMER]
    result.messages_in = len(customer)
    wa_counts = collections.Counter(m.wa_id for m in customer)
    result.stored_twice = sum(1 for count in wa_counts.values() if count > 1)
    for wa_id, count in wa_counts.items():
        if count > 1:
            result.duplicated.append(f"{wa_id} stored {count} times")
    if sent_by_phones is not None:
        for wa_id in sorted(set(sent_by_phones) - set(wa_counts)):
            result.lost.append(f"{wa_id} sent by the phone, never stored")
    by_id = {m.id: m for m in customer}
    staff_times: dict[int, list[dt.datetime]] = collections.defaultdict(list)
    for m in messages:
        if m.author in (Author.STAFF, Author.PHONE):
            staff_times[m.conversation_id].append(m.created_at)

    # Which bot replies cover each customer message.
    covering: dict[int, list[str]] = collections.defaultdict(list)
    reply_ok: dict[str, bool] = {}
    answered_anchor: dict[int, list[int]] = collections.defaultdict(list)
    for row in rows:
        if row.status in (OutboxStatus.QUEUED, OutboxStatus.SENDING):
            result.outbox_unfinished += 1
        elif row.status == OutboxStatus.FAILED:
            result.outbox_failed += 1
        if row.author == Author.STAFF:
            result.staff_messages += 1
            if row.status not in FINAL_OK or (delivered is not None
                                              and not delivered.get(row.wa_id)):
                result.staff_not_delivered += 1
            continue
        if row.answers_message_id is None:
            result.duplicated.append(f"bot reply {row.wa_id} answers nothing")
            continue
        result.bot_replies += 1
        answered_anchor[row.conversation_id].append(row.answers_message_id)
        times = delivered.get(row.wa_id, 0) if delivered is not None else 1
        reply_ok[row.wa_id] = row.status in FINAL_OK and times > 0
        if times > 1:
            result.resent_same_id += 1
    for row in rows:
        if row.author == Author.STAFF or row.answers_message_id is None:
            continue
        anchor = row.answers_message_id
        batch = by_last.get(anchor)
        if batch is None:
            anchor_message = by_id.get(anchor)
            if anchor_message is not None and anchor_message.kind != "text":
                batch = (anchor,)
            else:
                # No record of the batch: the customer messages since the previous answer.
                earlier = [a for a in answered_anchor[row.conversation_id] if a < anchor]
                previous = max(earlier, default=0)
                batch = tuple(m.id for m in customer if m.conversation_id == row.conversation_id
                              and previous < m.id <= anchor and not _deferred(m, staff_times,
                                                                              pause,
                                                                              answer_window))
        for message_id in batch:
            covering[message_id].append(row.wa_id)

    for m in customer:
        replies = covering.get(m.id, [])
        if not m.handled:
            result.lost.append(f"{m.wa_id} stored, still waiting for a decision")
        elif len(replies) > 1:
            result.duplicated.append(f"{m.wa_id} answered by {len(replies)} replies")
        elif len(replies) == 1:
            if reply_ok.get(replies[0]):
                result.answered += 1
            else:
                result.lost.append(f"{m.wa_id}: its reply {replies[0]} did not reach the phone")
        elif _deferred(m, staff_times, pause, answer_window):
            result.deferred += 1
        else:
            result.lost.append(f"{m.wa_id} ({m.kind}) decided but not answered, no staff "
                               "takeover")
    return result


def _deferred(message, staff_times: Mapping[int, list[dt.datetime]], pause: dt.timedelta,
              answer_window: dt.timedelta) -> bool:
    """Staff spoke in this conversation during the pause before it or before its answer was due."""
    at = message.created_at
    return any(at - pause <= t <= at + answer_window
               for t in staff_times.get(message.conversation_id, ()))
