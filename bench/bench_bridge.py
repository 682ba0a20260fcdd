"""The bridge alone: command round trip, a burst of incoming messages, the Node process's memory.

A real `bridge.mjs` in simulator mode, linked by a simulated QR scan, with a temporary auth folder.
No engine and no store: this is the floor every answer pays on top of.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shop import customer_phone, linked_session, metric, percentile, print_result, progress, wa_message_id  # noqa: E402

from desktop.bridge import IncomingMessage  # noqa: E402
from desktop.waiting import within  # noqa: E402

ROUND_TRIPS = 2000
WARM_UP = 200
BURST = 1000
BURST_TIMEOUT = 60.0
TARGET_P50_MS = 1.0
TARGET_BURST_S = 2.0
TARGET_RSS_MB = 120


async def round_trips(session) -> list[float]:
    """Sequential `status` commands: Python -> Node -> Python, one at a time."""
    process = session.process
    for _ in range(WARM_UP):
        await process.request("status")
    times = []
    for _ in range(ROUND_TRIPS):
        started = time.perf_counter()
        await process.request("status")
        times.append((time.perf_counter() - started) * 1000)
    return times


async def burst(session) -> tuple[float, float]:
    """Fire BURST `sim.incoming` commands without waiting; seconds until the last event reached
    a subscriber, and until the last command was answered."""
    expected = {wa_message_id() for _ in range(BURST)}
    arrived: set[str] = set()
    all_in = asyncio.Event()
    last_event_at = 0.0

    def on_event(event) -> None:
        nonlocal last_event_at
        payload = event.payload
        if isinstance(payload, IncomingMessage) and payload.id in expected:
            arrived.add(payload.id)
            if len(arrived) == BURST:
                last_event_at = time.perf_counter()
                all_in.set()

    unsubscribe = session.subscribe(on_event)
    try:
        started = time.perf_counter()
        await asyncio.gather(*(
            session.sim_incoming(customer_phone(n % 100), text=f"Burst message {n}",
                                 message_id=message_id)
            for n, message_id in enumerate(expected)))
        answered_at = time.perf_counter()
        try:
            await within(all_in.wait(), BURST_TIMEOUT)
        except TimeoutError:
            raise RuntimeError(f"only {len(arrived)} of {BURST} incoming messages reached the "
                               f"subscriber within {BURST_TIMEOUT:g} s") from None
        return last_event_at - started, answered_at - started
    finally:
        unsubscribe()


async def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ai-admin-bench-") as folder:
        async with linked_session(Path(folder)) as session:
            pid = session.process.pid
            progress(f"bridge pid {pid} connected (sim); {ROUND_TRIPS} status round trips ...")
            times = await round_trips(session)
            p50, p99 = percentile(times, 50), percentile(times, 99)
            progress(f"  status: p50 {p50:.3f} ms, p99 {p99:.3f} ms, max {max(times):.3f} ms")
            rss_before = psutil.Process(pid).memory_info().rss / 2**20
            progress(f"burst of {BURST} sim.incoming ...")
            burst_s, answered_s = await burst(session)
            progress(f"  last IncomingMessage at {burst_s * 1000:.0f} ms "
                     f"(last command answered at {answered_s * 1000:.0f} ms)")
            rss_after = psutil.Process(pid).memory_info().rss / 2**20
            progress(f"  bridge RSS {rss_before:.1f} MB before the burst, {rss_after:.1f} MB after")
    print_result(
        "bridge",
        f"A real Node bridge in simulator mode, linked, no engine. Round trip: {ROUND_TRIPS:,} "
        f"sequential `status` commands (after {WARM_UP} to warm up), Python -> Node -> Python. "
        f"Burst: {BURST:,} `sim.incoming` commands sent at once (from 100 customers), timed from "
        "the first send until the last `IncomingMessage` reached a session subscriber. Memory: "
        "resident set of the Node process after the burst.",
        [
            metric("status round trip p50", round(p50, 3), "ms", f"< {TARGET_P50_MS:g} ms",
                   p50 < TARGET_P50_MS),
            metric("status round trip p99", round(p99, 3), "ms", "informational", True),
            metric(f"{BURST:,} incoming messages to subscriber", round(burst_s, 3), "s",
                   f"< {TARGET_BURST_S:g} s", burst_s < TARGET_BURST_S),
            metric("bridge memory after the burst", round(rss_after, 1), "MB",
                   f"< {TARGET_RSS_MB} MB", rss_after < TARGET_RSS_MB),
        ])


if __name__ == "__main__":
    asyncio.run(main())
