"""Pure session rules: close decisions, backoff, link limits, phone validation, state words."""

import pytest

from desktop.bridge.reasons import QR_REFS_ENDED
from desktop.bridge.states import (
    STATE_GUIDE,
    Action,
    InvalidPhoneError,
    LinkAttemptLimiter,
    SessionOptions,
    SessionState,
    backoff_delay,
    decide_on_close,
    validate_link_phone,
)

OPTS = SessionOptions(reconnect_base=1.0, reconnect_max=8.0)


def test_every_state_has_words_and_actions():
    assert set(STATE_GUIDE) == set(SessionState)
    for state, guide in STATE_GUIDE.items():
        assert guide.explanation.strip(), state
        assert all(isinstance(a, Action) for a in guide.actions)
    assert Action.NEW_QR in STATE_GUIDE[SessionState.QR_EXPIRED].actions
    assert Action.PAIRING_CODE in STATE_GUIDE[SessionState.WAITING_QR].actions
    assert Action.RESTART_BRIDGE in STATE_GUIDE[SessionState.BRIDGE_FAILED].actions
    assert Action.CONNECT not in STATE_GUIDE[SessionState.BANNED].actions


def test_backoff_is_exponential_and_capped():
    assert [backoff_delay(n, 1.0, 8.0) for n in range(6)] == [1, 2, 4, 8, 8, 8]
    assert backoff_delay(10_000, 0.5, 30.0) == 30.0


@pytest.mark.parametrize(
    "code, message, state, delay, wipe",
    [
        (515, None, SessionState.CONNECTING, 0.0, False),
        (428, None, SessionState.RECONNECTING, 4.0, False),
        (500, None, SessionState.RECONNECTING, 4.0, False),
        (503, None, SessionState.RECONNECTING, 4.0, False),
        (408, "timed out", SessionState.RECONNECTING, 4.0, False),
        (None, None, SessionState.RECONNECTING, 4.0, False),
        (408, QR_REFS_ENDED, SessionState.QR_EXPIRED, None, False),
        (401, None, SessionState.LOGGED_OUT, None, True),
        (411, None, SessionState.LOGGED_OUT, None, True),
        (440, None, SessionState.REPLACED, None, False),
        (403, None, SessionState.BANNED, None, False),
    ],
)
def test_close_decisions(code, message, state, delay, wipe):
    decision = decide_on_close(code, message, attempt=2, options=OPTS)
    assert (decision.state, decision.reconnect_delay, decision.wipe_auth) == (state, delay, wipe)


def test_link_limiter_blocks_after_limit_until_oldest_ages_out():
    limiter = LinkAttemptLimiter(limit=5, window=3600)
    for t in (0, 10, 20, 30):
        limiter.record(t)
        assert limiter.blocked_until(t) is None
    limiter.record(40)
    assert limiter.blocked_until(50) == 3600
    assert limiter.blocked_until(3600) is None  # the first attempt left the window
    assert limiter.count(3600) == 4


@pytest.mark.parametrize("phone, digits", [
    ("+972 50-123-4567", "972501234567"),
    ("972501234567", "972501234567"),
    ("+1 (650) 253-0000", "16502530000"),
])
def test_pairing_phone_becomes_digits(phone, digits):
    assert validate_link_phone(phone) == digits


@pytest.mark.parametrize("phone", ["", "hello", "+1 555", "+999 1234567", "+972 50 123 4567 8888"])
def test_bad_pairing_phone_is_explained(phone):
    with pytest.raises(InvalidPhoneError) as info:
        validate_link_phone(phone)
    assert "phone" in str(info.value)
