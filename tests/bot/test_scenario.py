"""Scenario files: the documented steps parse; a malformed step names its line; nothing runs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.bot.scenario import (
    Advance,
    Fault,
    PhoneReply,
    Say,
    ScenarioError,
    SendMedia,
    StaffReply,
    SwitchAI,
    Wait,
    parse_scenario,
)

DOCUMENTED = """
# every step of the contract
{"from": "+972501234567", "name": "Dana", "say": "Hi! Can I book a haircut tomorrow at 10?"}
{"from": "+972501234567", "say": ["hi", "i need a beard trim", "friday?"]}

{"from": "+972501234567", "media": "audio"}
{"staff": "I'll handle this one", "to": "+972501234567"}
{"phone": "typed on the shop's phone", "to": "+972501234567"}
{"ai": false, "for": "+972501234567"}
{"fault": "kill_bridge"}
{"fault": "disconnect", "code": 428}
{"fault": "send_timeout", "count": 1}
{"fault": "redeliver", "count": 3}
{"wait_ms": 500}
{"advance_min": 1440}
"""


def test_every_documented_step_parses() -> None:
    steps = parse_scenario(DOCUMENTED)
    assert [type(s) for s in steps] == [Say, Say, SendMedia, StaffReply, PhoneReply, SwitchAI,
                                        Fault, Fault, Fault, Fault, Wait, Advance]
    assert steps[0] == Say(3, "+972501234567", ("Hi! Can I book a haircut tomorrow at 10?",),
                           "Dana")
    assert steps[1].texts == ("hi", "i need a beard trim", "friday?")
    assert steps[7] == Fault(11, "disconnect", code=428)
    assert steps[10] == Wait(14, 500)
    assert steps[11] == Advance(15, 1440)


@pytest.mark.parametrize(("line", "message"), [
    ('{"from": "+972501234567", "say": "hi"', "line 2: not valid JSON"),
    ('["say"]', "line 2: a step must be a JSON object"),
    ('{"from": "+972501234567"}', "line 2: a step needs exactly one of"),
    ('{"from": "+972501234567", "say": "hi", "wait_ms": 3}', "exactly one of"),
    ('{"from": "+972501234567", "say": "hi", "colour": "red"}', "unknown key 'colour'"),
    ('{"from": "not a phone", "say": "hi"}', "line 2: 'from'"),
    ('{"from": 972501234567, "say": "hi"}', "'from' must be a phone number in quotes"),
    ('{"from": "+972501234567", "media": "hologram"}', "'media' must be one of"),
    ('{"fault": "meteor"}', "unknown fault 'meteor'"),
    ('{"fault": "logout", "count": 2}', "'count' does not apply"),
    ('{"fault": "send_error", "count": -1}', "'count' must be a whole number"),
    ('{"ai": "off"}', "'ai' must be true or false"),
    ('{"wait_ms": 1.5}', "'wait_ms' must be a whole number"),
    ('{"advance_min": 0}', "'advance_min' must be a whole number from 1"),
    ('{"advance_min": 60, "from": "+972501234567"}', "unknown key 'from'"),
    ('{"staff": "", "to": "+972501234567"}', "'staff' must be a non-empty text"),
])
def test_malformed_step_names_its_line(line: str, message: str) -> None:
    with pytest.raises(ScenarioError, match=message):
        parse_scenario('{"wait_ms": 1}\n' + line)


@given(st.text(max_size=300))
def test_parser_raises_only_scenario_errors(text: str) -> None:
    try:
        parse_scenario(text)
    except ScenarioError:
        pass
