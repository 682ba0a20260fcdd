"""A real full disk: the shop's data folder on a small tmpfs, filled to the last byte.

Where a tmpfs cannot be mounted (not root), these tests are skipped; the injected form of the
fault (`test_db_faults.py::test_incoming_messages_wait_out_a_full_disk`) still runs.
"""

from __future__ import annotations

from collections import Counter

import pytest
from small_disk import DiskUnavailable, SmallDisk

from desktop.waiting import within
from tests.bot.conftest import make_shop  # noqa: F401 - pytest fixture
from tests.reliability.test_db_faults import GatedChannel, _until


@pytest.fixture
def small_disk(tmp_path):
    try:
        disk = SmallDisk.mount(tmp_path / "disk", size_mb=32)
    except DiskUnavailable as exc:
        pytest.skip(f"no small file system to fill here: {exc}")
    yield disk
    disk.unmount()


async def test_customer_messages_wait_out_a_full_disk_and_are_answered_once(
        make_shop, small_disk) -> None:  # noqa: F811 - the fixture
    shop = await make_shop(data=small_disk.folder / "shop")
    small_disk.fill()
    ids = [await shop.session.sim_incoming(f"+1555050{n:04d}", text=f"ask {n}") for n in range(3)]
    # The disk is really full: storing the first of them fails and the engine says so.
    await _until(lambda: shop.engine.store_fault is not None
                 or all(shop.engine.has_seen(i) for i in ids))
    assert "full" in (shop.engine.store_fault or ""), "the full disk did not stop the store"
    assert not any(shop.engine.has_seen(i) for i in ids), "marked seen before it was stored"
    small_disk.clear()
    await _until(lambda: all(shop.engine.has_seen(i) for i in ids), timeout=40)
    await shop.settle()
    assert Counter(m.text for m in shop.messages(author="customer")) == \
        Counter(f"ask {n}" for n in range(3)), "lost or stored twice"
    assert Counter(d.text for d in shop.delivered) == \
        Counter(f"Echo: ask {n}" for n in range(3)), "lost or answered twice"
    assert shop.engine.store_fault is None


async def test_queued_answers_wait_out_a_full_disk_and_are_sent_once(
        make_shop, small_disk) -> None:  # noqa: F811 - the fixture
    shop = await make_shop(data=small_disk.folder / "shop")
    sender = shop.engine.sender(shop.company_id)
    gated = GatedChannel(sender._channel)
    sender._channel = gated
    for n in range(4):
        await shop.session.sim_incoming(f"+1555060{n:04d}", text=f"question {n}")
    await _until(lambda: len([r for r in shop.outbox() if r.status == "queued"]) == 4)
    await within(gated.waiting.wait(), 20)

    small_disk.fill()
    gated.gate.set()
    # Marking the first answer as being sent fails: the sender pauses, it does not die.
    await _until(lambda: sender._task.done() or sender.fault is not None)
    assert not sender._task.done(), "the outbox sender died on the full disk"
    assert "full" in sender.fault
    small_disk.clear()

    await _until(lambda: len(shop.delivered) >= 4 and sender.fault is None, timeout=40)
    await shop.settle()
    counts = Counter(d.text for d in shop.delivered)
    assert counts == Counter(f"Echo: question {n}" for n in range(4)), f"lost or sent twice: {counts}"
    assert {r.status for r in shop.outbox()} <= {"sent", "delivered", "read"}
