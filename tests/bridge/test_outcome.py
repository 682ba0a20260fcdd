"""How a finished bridge process is described, without any process."""

import signal

from desktop.bridge.process import describe_exit
from desktop.bridge.protocol import Fatal


def test_requested_clean_exit():
    outcome = describe_exit(0, ["bye"], requested=True)
    assert outcome.exit_code == 0 and outcome.signal is None
    assert not outcome.unexpected
    assert outcome.reason.text == "The bridge stopped as asked."


def test_crash_reports_code_and_last_stderr_line():
    outcome = describe_exit(70, ["starting", "TypeError: x is undefined", ""])
    assert outcome.unexpected and outcome.exit_code == 70
    assert "exit code 70" in outcome.reason.text and "TypeError: x is undefined" in outcome.reason.text
    assert outcome.stderr_tail[-2] == "TypeError: x is undefined"


def test_killed_by_signal_names_it():
    outcome = describe_exit(-signal.SIGKILL)
    assert outcome.signal == signal.SIGKILL and outcome.exit_code is None
    assert "SIGKILL" in outcome.reason.text


def test_fatal_event_is_the_reason():
    outcome = describe_exit(1, ["noise"], fatal=Fatal("dependencies_missing", "Run npm ci in the bridge folder."))
    assert outcome.fatal_code == "dependencies_missing"
    assert "npm ci" in outcome.reason.text


def test_exit_zero_unasked_is_unexpected():
    outcome = describe_exit(0)
    assert outcome.unexpected and "without being asked" in outcome.reason.text
