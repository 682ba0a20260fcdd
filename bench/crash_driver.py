"""A shop process to kill: runs one simulator company and plays its customers at the same time.

    python bench/crash_driver.py --data DIR [--settle]

The customers live in the simulator inside the bridge, and the bridge exits with the app, so the
process that runs the shop also drives the traffic. Everything the customers' phones did is
appended to files in DIR, written straight to the OS (a `kill -9` of this process loses none of
it):

- `phones.jsonl`: `{"id", "phone", "kind"}` before a message is handed to WhatsApp, then
  `{"id", "accepted": true}` once WhatsApp took it;
- `batches.jsonl`: `{"ids": [...]}`, every batch of customer messages the responder was asked about.

At start it models WhatsApp's redelivery: every message a phone tried to send that is not in the
store arrives again with its own id (the phone or the server still holds it), and so do the last
few that are stored (the acknowledgement may not have gone out before the crash; they must be
recognised, not answered again). It prints `ready <seconds> <bridge pid>` once connected and
`recovered <seconds>` once everything owed from before is answered, then sends new traffic until
it is killed. With `--settle` it sends nothing new: it waits until everything is answered, stops
cleanly and prints `settled`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shop import InstantResponder, link, wa_message_id  # noqa: E402
from soak import MEDIA, SPLITS, TEXTS, soak_session_options  # noqa: E402
from sqlalchemy import select  # noqa: E402

from desktop.bot.engine import EngineOptions  # noqa: E402
from desktop.bot.outbox import OutboxOptions  # noqa: E402
from desktop.bot.profile import load_profile  # noqa: E402
from desktop.bot.responder import Reply, ReplyRequest, Responder  # noqa: E402
from desktop.bot.shop import build_shop  # noqa: E402
from desktop.bridge import BridgeError, SessionState  # noqa: E402
from desktop.logs import setup_logging  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.resources import demo_profile_path  # noqa: E402
from desktop.store.db import open_database  # noqa: E402
from desktop.store.models import Company, Message, Transport  # noqa: E402
from desktop.waiting import within  # noqa: E402

PHONES = [f"+1555{3000000 + n:07d}" for n in range(10)] + [
    f"+9725{50000000 + n:08d}" for n in range(5)] + [f"+7916{6000000 + n:07d}" for n in range(5)]
REDELIVER_STORED = 5
PHONES_FILE = "phones.jsonl"
BATCHES_FILE = "batches.jsonl"


class AppendLog:
    """JSON lines appended with one unbuffered write each: a killed process loses no line."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def write(self, record: dict) -> None:
        os.write(self.fd, (json.dumps(record) + "\n").encode())


def read_lines(path: Path) -> list[dict]:
    """Every complete line (a kill can cut the last one short)."""
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            pass
    return records


def phone_messages(folder: Path) -> dict[str, dict]:
    """Every message a phone tried to send: id -> {"phone", "kind", "text"/"media", "accepted"}."""
    sent: dict[str, dict] = {}
    for record in read_lines(folder / PHONES_FILE):
        if "phone" in record:
            sent.setdefault(record["id"], {**record, "accepted": False})
        elif record.get("accepted") and record["id"] in sent:
            sent[record["id"]]["accepted"] = True
    return sent


def batches(folder: Path) -> list[tuple[int, ...]]:
    return [tuple(r["ids"]) for r in read_lines(folder / BATCHES_FILE) if r.get("ids")]


class LoggedResponder(Responder):
    def __init__(self, inner: Responder, log: AppendLog) -> None:
        self.inner, self.log = inner, log

    async def reply(self, request: ReplyRequest) -> Reply:
        self.log.write({"ids": list(request.message_ids)})
        return await self.inner.reply(request)

    def settings_changed(self, company_id: int) -> None:
        self.inner.settings_changed(company_id)


def driver_engine_options() -> EngineOptions:
    return EngineOptions(debounce_gap=0.3, debounce_max=1.0, responder_timeout=20.0,
                         outbox=OutboxOptions(typing_seconds=0.0, rate_per_minute=0,
                                              send_timeout=3.0, retry_base=0.3, retry_max=2.0,
                                              max_attempts=8, not_connected_retry=0.3))


async def main(folder: Path, settle: bool, seed: int, responder_kind: str) -> None:
    started = time.monotonic()
    paths = DataPaths(folder / "data").ensure()
    setup_logging(paths.logs_dir, console=False)
    database = open_database(paths.database_url())
    with database.session() as session:
        company = session.scalar(select(Company).where(Company.transport == Transport.SIM.value))
        if company is None:
            profile = load_profile(demo_profile_path())
            company = Company(name=profile.name, profile=profile.to_json(),
                              transport=Transport.SIM.value)
            session.add(company)
            session.flush()
        company_id = company.id
    if responder_kind == "instant":
        inner: Responder = InstantResponder()
    else:
        from desktop.bot.ai.responder import AgentResponder
        inner = AgentResponder(database)
    phones_log = AppendLog(folder / PHONES_FILE)
    runtime = build_shop(paths, database=database,
                         responder=LoggedResponder(inner, AppendLog(folder / BATCHES_FILE)),
                         engine_options=driver_engine_options(),
                         session_options=lambda _company: soak_session_options()).runtime
    await runtime.start(connect=True)
    session = runtime.sessions[company_id]
    await link(session)
    engine = runtime.engine
    print(f"ready {time.monotonic() - started:.3f} {session.process.pid}", flush=True)

    async def deliver(message_id: str, phone: str, fields: dict) -> None:
        while True:
            await session.wait_for_state({SessionState.CONNECTED}, None)
            try:
                await session.sim_incoming(phone, message_id=message_id, **fields)
                phones_log.write({"id": message_id, "accepted": True})
                return
            except BridgeError:
                await asyncio.sleep(0.05)  # refused this time: the phone tries again shortly

    # WhatsApp's redelivery of what the phones sent before the crash.
    owed = phone_messages(folder)
    with database.session() as s:
        stored = set(s.scalars(select(Message.wa_id).where(Message.company_id == company_id)))
    again = [m for m in owed if m not in stored]
    again += [m for m in owed if m in stored][-REDELIVER_STORED:]
    for message_id in again:
        record = owed[message_id]
        fields = {"media": record["media"]} if record.get("media") else {"text": record["text"]}
        await deliver(message_id, record["phone"], fields)
    await engine.wait_seen(list(again), 60)
    await engine.wait_idle(60)
    print(f"recovered {time.monotonic() - started:.3f} {len(again)}", flush=True)

    if settle:
        await within(runtime.stop(), 30)
        database.dispose()
        print("settled", flush=True)
        return

    rng = random.Random(seed)
    while True:
        phone = rng.choice(PHONES)
        roll = rng.random()
        if roll < 0.7:
            thought = [{"text": rng.choice(TEXTS)}]
        elif roll < 0.85:
            thought = [{"text": t} for t in rng.choice(SPLITS)]
        else:
            thought = [{"media": rng.choice(MEDIA)}]
        for n, fields in enumerate(thought):
            if n:
                await asyncio.sleep(0.1)
            message_id = wa_message_id()
            phones_log.write({"id": message_id, "phone": phone, **fields})
            await deliver(message_id, phone, fields)
        await asyncio.sleep(rng.uniform(0.02, 0.15))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--settle", action="store_true")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--responder", choices=("offline", "instant"), default="offline")
    args = parser.parse_args()
    asyncio.run(main(args.data, args.settle, args.seed, args.responder))
