"""The link state machine's table: complete where it must be, the same in the docs, and enforced."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path

from desktop.bridge import session, supervisor
from desktop.bridge.fanout import EventFanout
from desktop.bridge.link import (
    RULES,
    TARGETS,
    TRANSITIONS,
    LinkEvent,
    LinkMachine,
    transition_table_markdown,
)
from desktop.bridge.states import SessionState
from desktop.reason import Reason

DOC = Path(__file__).resolve().parents[2] / "docs" / "bridge-protocol.md"


def _machine() -> LinkMachine:
    fanout = EventFanout(7, lambda: datetime.now(UTC))
    return LinkMachine(7, fanout, clock=lambda: 1_000.0, history_size=10, extra={})


def test_the_docs_show_the_table_the_code_follows() -> None:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(r"<!-- link-transitions:begin -->\n(.*?)\n<!-- link-transitions:end -->", text, re.S)
    assert found, "docs/bridge-protocol.md lost its link-transitions table"
    assert found.group(1) == transition_table_markdown()


def test_every_event_has_one_target_and_every_state_a_way_out() -> None:
    assert set(TARGETS) == set(LinkEvent)
    assert all(TRANSITIONS[(source, rule.event)] is rule.target for rule in RULES for source in rule.sources)
    for state in SessionState:
        assert (state, LinkEvent.SHUTDOWN) in TRANSITIONS, state
        assert (state, LinkEvent.BRIDGE_STARTING) in TRANSITIONS, state
    # A close can only arrive while a socket may be open.
    assert (SessionState.STOPPED, LinkEvent.CLOSED_RETRY) not in TRANSITIONS
    assert (SessionState.LINKING_BLOCKED, LinkEvent.LINKING_PAUSE_OVER) in TRANSITIONS
    assert (SessionState.CONNECTED, LinkEvent.LINKING_PAUSE_OVER) not in TRANSITIONS


async def test_the_machine_takes_its_next_state_from_the_table() -> None:
    machine = _machine()
    machine.fire(LinkEvent.BRIDGE_STARTING, Reason(supervisor.STARTING))
    machine.fire(LinkEvent.SOCKET_OPENING, Reason(session.OPENING))
    machine.fire(LinkEvent.QR_SHOWN, Reason(session.QR_SHOWN))
    assert machine.state is SessionState.WAITING_QR
    assert [(t.from_state, t.to_state) for t in machine.history] == [
        (SessionState.STOPPED, SessionState.STARTING),
        (SessionState.STARTING, SessionState.CONNECTING),
        (SessionState.CONNECTING, SessionState.WAITING_QR),
    ]
    assert machine.off_table == []
    # The same state for the same reason again is no new transition.
    code_1 = Reason(session.PAIRING_CODE, {"code": "1"})
    assert machine.fire(LinkEvent.PAIRING_CODE_SHOWN, code_1) is not None
    assert machine.fire(LinkEvent.PAIRING_CODE_SHOWN, Reason(session.PAIRING_CODE, {"code": "1"})) is None
    assert machine.history[-1].reason == code_1


async def test_an_event_the_table_does_not_allow_is_an_error_kept_for_the_tests(caplog) -> None:
    machine = _machine()
    with caplog.at_level(logging.ERROR, logger="ai_admin.bridge.session"):
        machine.fire(LinkEvent.LINKING_PAUSE_OVER, Reason(session.LINKING_PAUSE_OVER))  # in `stopped`: not a row
    assert [(s.from_state, s.event) for s in machine.off_table] == [
        (SessionState.STOPPED, LinkEvent.LINKING_PAUSE_OVER)]
    assert "not in the transition table" in caplog.text


def _connected_machine() -> LinkMachine:
    machine = _machine()
    machine.fire(LinkEvent.BRIDGE_STARTING, Reason(supervisor.STARTING))
    machine.fire(LinkEvent.OPENED, Reason(session.LINKED, {"me": "+1"}))
    assert machine.state is SessionState.CONNECTED and machine.off_table == []
    return machine


async def test_whatsapp_ending_the_link_is_a_warning_or_error_in_the_log(caplog) -> None:
    # 401 logged out, 440 replaced, 403 banned: the close codes as the session maps them.
    from desktop.bridge.session import _CLOSE_EVENTS
    from desktop.bridge.states import SessionOptions, decide_on_close

    expected = {401: logging.WARNING, 440: logging.WARNING, 403: logging.ERROR}
    for code, level in expected.items():
        machine = _connected_machine()
        why = decide_on_close(code, None, attempt=0, options=SessionOptions()).explanation
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="ai_admin.bridge.session"):
            machine.fire(_CLOSE_EVENTS[why.reaction], why.reason, code=code)
        [record] = [r for r in caplog.records if "->" in r.getMessage()]
        assert record.levelno == level, (code, record.getMessage())
        assert f"(code {code})" in record.getMessage()


async def test_the_owner_logging_out_stays_an_info_line(caplog) -> None:
    machine = _connected_machine()
    with caplog.at_level(logging.INFO, logger="ai_admin.bridge.session"):
        # Only the logout's own line counts: whether the lines of getting connected were caught
        # depends on the level an earlier test left on the logger.
        caplog.clear()
        machine.fire(LinkEvent.LOGOUT_ASKED, Reason(session.UNLINKED))
    assert [r.levelno for r in caplog.records] == [logging.INFO]
    assert "-> logged_out" in caplog.records[0].getMessage()
