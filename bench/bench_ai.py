"""The AI receptionist's own cost: an agent cache hit, and an offline answer end to end.

"Offline answer" is one `AgentResponder.reply` with the built-in offline assistant: the store is
read for the conversation, the real agents Runner drives the model, and the tools read and write
the SQLite database (a booking, then "my appointments"). No bridge and no network.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.bot.ai.factory import AgentFactory  # noqa: E402
from desktop.bot.ai.offline import OfflineModel  # noqa: E402
from desktop.bot.ai.responder import AgentResponder  # noqa: E402
from desktop.bot.profile import load_profile  # noqa: E402
from desktop.bot.responder import ReplyRequest  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.resources import demo_profile_path  # noqa: E402
from desktop.store.db import open_database  # noqa: E402
from desktop.store.models import Company, Conversation, Customer, Message  # noqa: E402

WORK = ROOT / "bench" / ".work" / "ai"
HITS = 10_000
ANSWERS = 200
TARGET_HIT_MS = 1.0
TARGET_ANSWER_MS = 20.0
NOW = dt.datetime(2026, 3, 18, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
QUESTIONS = ["Hi! Can I book a haircut tomorrow at 10?", "what are your hours?",
             "How much is a beard trim?", "when is my appointment?"]


def cache_hit_ms() -> float:
    profile = load_profile(demo_profile_path())
    factory = AgentFactory()
    make = lambda: OfflineModel(profile)  # noqa: E731
    factory.agent_for(1, profile, {"kind": "offline"}, make)
    started = time.perf_counter()
    for _ in range(HITS):
        factory.agent_for(1, profile, {"kind": "offline"}, make)
    return (time.perf_counter() - started) * 1000 / HITS


async def answer_times(paths: DataPaths) -> list[float]:
    database = open_database(paths.database_url())
    profile = load_profile(demo_profile_path())
    with database.session() as session:
        company = Company(name=profile.name, profile=profile.to_json())
        session.add(company)
        session.flush()
        company_id = company.id
    responder = AgentResponder(database)
    ids = itertools.count()
    times = []
    for n in range(ANSWERS):
        # A new customer every four questions, so bookings keep succeeding.
        if n % len(QUESTIONS) == 0:
            with database.session() as session:
                customer = Customer(company_id=company_id, phone=f"+1555{n:07d}",
                                    push_name="Bench")
                session.add(customer)
                session.flush()
                conversation = Conversation(company_id=company_id, customer_id=customer.id,
                                            chat_jid=f"1555{n:07d}@s.whatsapp.net")
                session.add(conversation)
                session.flush()
                customer_id, conversation_id = customer.id, conversation.id
        text = QUESTIONS[n % len(QUESTIONS)]
        if n % len(QUESTIONS) == 0:
            # Each customer books a different time of the day so no two collide.
            text = f"Hi! Can I book a haircut on {19 + (n // 4) % 10}.03 at {10 + (n // 40) % 8}"
        with database.session() as session:
            message = Message(company_id=company_id, conversation_id=conversation_id,
                              wa_id=f"B{next(ids)}", direction="in", author="customer",
                              kind="text", text=text, created_at=NOW)
            session.add(message)
            session.flush()
            message_id = message.id
        started = time.perf_counter()
        reply = await responder.reply(ReplyRequest(company_id, conversation_id, customer_id,
                                                   None, (message_id,), (text,), NOW))
        times.append((time.perf_counter() - started) * 1000)
        if reply.handoff:
            raise SystemExit(f"unexpected hand-off: {reply.handoff}")
        with database.session() as session:
            session.add(Message(company_id=company_id, conversation_id=conversation_id,
                                wa_id=f"B{next(ids)}", direction="out", author="bot",
                                kind="text", text=reply.text, created_at=NOW))
    database.dispose()
    return times[len(QUESTIONS):]  # the first customer warms imports and the cache


def main() -> None:
    shutil.rmtree(WORK, ignore_errors=True)
    paths = DataPaths(WORK).ensure()
    hit_ms = cache_hit_ms()
    times = asyncio.run(answer_times(paths))
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1]
    print(json.dumps({
        "benchmark": "ai",
        "description": f"Agent cache hit (mean of {HITS:,}); offline assistant answer through "
                       f"AgentResponder -> Runner -> offline model -> tools -> SQLite, "
                       f"{len(times)} answers (booking, hours, prices, my appointments).",
        "metrics": [
            {"name": "agent cache hit", "value": round(hit_ms, 4), "unit": "ms",
             "target": f"< {TARGET_HIT_MS:g} ms", "ok": hit_ms < TARGET_HIT_MS},
            {"name": "offline answer (p50)", "value": round(p50, 2), "unit": "ms",
             "target": f"< {TARGET_ANSWER_MS:g} ms", "ok": p50 < TARGET_ANSWER_MS},
            {"name": "offline answer (p95)", "value": round(p95, 2), "unit": "ms",
             "target": "informational", "ok": True},
        ],
    }))


if __name__ == "__main__":
    main()
