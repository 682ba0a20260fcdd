"""Fuzzing the parsers that read what others wrote: nothing may raise but the documented error.

Beyond the fuzz tests beside each module (arbitrary bytes and event-shaped objects for the wire,
arbitrary JSON for the profile, arbitrary text for scenarios and phones), these build inputs that
get deep into each parser: valid documents with one part replaced by something random, steps with
the right keys and wrong values, and texts made of the words the date parser looks for.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import phonenumbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.bot.ai.offline.dates import DateTimeWordsError, find_day, find_time, find_when
from desktop.bot.phones import InvalidPhoneNumber, normalise_phone
from desktop.bot.profile import ProfileError, load_profile, parse_profile
from desktop.bot.scenario import FAULTS, MEDIA_KINDS, SHAPES, ScenarioError, parse_scenario
from desktop.bridge.protocol import MAX_LINE_BYTES, WireError, decode_line
from desktop.resources import demo_profile_path

FUZZ = settings(max_examples=250, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

json_scalars = (st.none() | st.booleans() | st.integers() | st.integers(-2**70, 2**70)
                | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                           max_leaves=16)

# --- the wire decoder ------------------------------------------------------------------------------

VALID_LINES = [
    {"event": "ready", "protocol": 1, "node": "20.1", "baileys": "7.0.0", "transport": "sim",
     "company": "7", "pid": 12},
    {"event": "state", "connection": "close", "code": 428, "message": "Connection Closed",
     "registered": True, "me": "15550100200:2@s.whatsapp.net", "is_new_login": False},
    {"event": "qr", "qr": "2@abc", "n": 1, "expires_ms": 60000},
    {"event": "message", "id": "3EB0AA", "chat": "15551234567@s.whatsapp.net",
     "chat_type": "user", "phone": "+15551234567", "lid": None, "participant": None,
     "push_name": "Dana", "from_me": False, "own_send": False, "kind": "text", "text": "hi",
     "timestamp": 1700000000, "type": "notify"},
    {"event": "receipt", "id": "AIA1", "chat": "15551234567@s.whatsapp.net", "status": "read"},
    {"event": "sim.outgoing", "id": "AIA1", "to": "15551234567@s.whatsapp.net", "text": "hi"},
    {"id": "c1", "ok": True, "result": {"message_id": "AIA1", "timestamp": 1}},
    {"id": "c2", "ok": False, "error": {"code": "send_timeout", "message": "slow"}},
    {"event": "protocol_error", "code": "bad_json", "message": "x", "line": "{"},
    {"event": "fatal", "code": "internal", "message": "boom"},
]


def _decodes_or_wire_error(raw: bytes | str) -> None:
    try:
        decode_line(raw)
    except WireError as exc:
        assert len(exc.line) <= 200


@FUZZ
@given(json_values)
def test_any_json_document_is_a_line_or_a_wire_error(value) -> None:
    _decodes_or_wire_error(json.dumps(value))


@FUZZ
@given(st.sampled_from(VALID_LINES), st.data())
def test_a_valid_line_with_one_field_changed_is_a_line_or_a_wire_error(line, data) -> None:
    changed = copy.deepcopy(line)
    key = data.draw(st.sampled_from(sorted(changed)))
    if data.draw(st.booleans()):
        changed[key] = data.draw(json_values)
    else:
        del changed[key]
    _decodes_or_wire_error(json.dumps(changed).encode())


@FUZZ
@given(st.text(max_size=300))
def test_any_text_is_a_line_or_a_wire_error(text) -> None:
    _decodes_or_wire_error(text)
    _decodes_or_wire_error(text.encode("utf-8", errors="surrogatepass"))


def test_lines_at_the_size_limit() -> None:
    padding = MAX_LINE_BYTES - len(b'{"event": "log", "level": "info", "msg": ""}')
    at_limit = b'{"event": "log", "level": "info", "msg": "' + b"x" * padding + b'"}'
    assert len(at_limit) == MAX_LINE_BYTES
    decode_line(at_limit)
    _decodes_or_wire_error(at_limit + b" ")
    _decodes_or_wire_error(b'{"event": "log", "msg": "' + "\u05e9".encode() * (MAX_LINE_BYTES // 2)
                           + b'"}')


# --- the business profile ------------------------------------------------------------------------

DEMO = json.loads(demo_profile_path().read_text(encoding="utf-8"))


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, prefix + (key,))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, prefix + (index,))


DEMO_PATHS = [p for p in _paths(DEMO) if p]


@FUZZ
@given(st.sampled_from(DEMO_PATHS), json_values, st.booleans())
def test_the_demo_profile_with_one_part_changed_loads_or_names_the_key(path, value, drop) -> None:
    data = copy.deepcopy(DEMO)
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    if drop:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    try:
        profile = parse_profile(data)
    except ProfileError as exc:
        assert str(exc)
    else:
        assert parse_profile(profile.to_json()) == profile


@FUZZ
@given(st.binary(max_size=400))
def test_a_profile_file_of_any_bytes_loads_or_is_a_profile_error(tmp_path_factory, raw) -> None:
    path = tmp_path_factory.mktemp("profile") / "profile.json"
    path.write_bytes(raw)
    try:
        load_profile(path)
    except ProfileError:
        pass


# --- scenario files ------------------------------------------------------------------------------

phone_like = st.sampled_from(["+972501234567", "+15551234567", "972501234567", "+1", "", "x",
                              "+7 (916) 123-45-67", "🙂"]) | st.text(max_size=16)
step_values = {
    "say": st.text(max_size=20) | st.lists(st.text(max_size=10), max_size=3) | json_scalars,
    "from": phone_like | json_scalars, "to": phone_like | json_scalars,
    "for": phone_like | json_scalars, "name": st.text(max_size=210) | json_scalars,
    "media": st.sampled_from(MEDIA_KINDS) | json_scalars,
    "staff": st.text(max_size=20) | json_scalars, "phone": st.text(max_size=20) | json_scalars,
    "ai": st.booleans() | json_scalars, "fault": st.sampled_from(sorted(FAULTS)) | json_scalars,
    "code": st.integers(-5, 2000) | json_scalars, "count": st.integers(-5, 2000) | json_scalars,
    "wait_ms": st.integers(-5, 700_000) | json_scalars,
    "history": st.booleans() | json_scalars, "undecryptable": st.booleans() | json_scalars,
    "lid_mapping": phone_like | json_scalars,
    "advance_min": st.integers(-5, 600_000) | json_scalars,
}
ALL_KEYS = sorted(set().union(*SHAPES.values()))


@st.composite
def steps(draw):
    kind = draw(st.sampled_from(sorted(SHAPES)))
    keys = set(draw(st.lists(st.sampled_from(sorted(SHAPES[kind])), max_size=3))) | {kind}
    if draw(st.integers(0, 9)) == 0:
        keys.add(draw(st.sampled_from(ALL_KEYS)))
    return {key: draw(step_values[key]) for key in keys}


@FUZZ
@given(st.lists(steps(), min_size=1, max_size=5), st.booleans())
def test_steps_with_the_right_keys_and_any_values_parse_or_name_the_line(items, comments) -> None:
    lines = [json.dumps(item) for item in items]
    if comments:
        lines = ["# a comment", ""] + lines
    try:
        parsed = parse_scenario("\n".join(lines))
    except ScenarioError as exc:
        assert str(exc).startswith("line ")
    else:
        assert len(parsed) == len(items)


# --- phone numbers -------------------------------------------------------------------------------

phone_text = st.from_regex(r"[+0]?[0-9 ()\-.]{0,24}(@s\.whatsapp\.net|:[0-9]{1,3}@lid)?",
                           fullmatch=True)


@FUZZ
@given(phone_text | st.text(max_size=50),
       st.none() | st.sampled_from(["IL", "US", "RU", "GB", "ZZ", "", "il", "XX", "001"]))
def test_phone_like_text_becomes_e164_or_the_documented_error(raw, region) -> None:
    try:
        result = normalise_phone(raw, region)
    except InvalidPhoneNumber:
        return
    assert result.startswith("+") and result[1:].isdigit() and len(result) <= 18
    # A real (valid) number stays the same when normalised again, so a stored phone always finds
    # its customer. Numbers that are only "possible" (right length, no such range) may not: see
    # docs/reliability.md.
    if phonenumbers.is_valid_number(phonenumbers.parse(result)):
        assert normalise_phone(result) == result


# --- days and times in customers' words -----------------------------------------------------------

WORDS = ["tomorrow", "today", "tonight", "day after tomorrow", "on", "at", "around", "friday",
         "sat", "sunday", "december", "march", "feb", "of", "st", "th", "am", "pm", "a.m.", "p.m.",
         "завтра", "послезавтра", "сегодня", "в", "к", "после", "пятницу", "субботу", "марта",
         "мая", "декабря", "дня", "вечера", "часа", "מחר", "מחרתיים", "היום", "ב-", "ב", "בשעה",
         "יום", "שישי", "שני", "שבת", "בערב", "אחרי", "ו", ":", ".", "/", "-", " ", "?"]
number = st.integers(0, 10_000).map(str) | st.sampled_from(["00", "07", "29", "31", "2026", "99"])
word_text = st.lists(st.sampled_from(WORDS) | number, max_size=10).map(
    lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))
today = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))


@FUZZ
@given(word_text | st.text(max_size=60), today, st.booleans())
def test_day_and_time_words_find_something_nothing_or_the_documented_error(text, day,
                                                                            bare) -> None:
    try:
        when = find_when(text, day, bare_number=bare)
    except DateTimeWordsError:
        return
    assert when.day is None or isinstance(when.day, dt.date)
    assert when.time is None or isinstance(when.time, dt.time)
    if when.day is not None and not any(c.isdigit() for c in text):
        # Words alone (tomorrow, on Friday) never name a day in the past or beyond a week.
        assert day <= when.day <= day + dt.timedelta(days=7)


@FUZZ
@given(st.integers(0, 99), st.integers(0, 99), st.one_of(st.none(), st.integers(0, 9999)), today)
def test_numeric_dates_of_any_numbers(day_number, month, year, day) -> None:
    text = f"{day_number}.{month}" + (f".{year}" if year is not None else "")
    for function in (lambda: find_day(text, day), lambda: find_time(text, bare_number=True)):
        try:
            function()
        except DateTimeWordsError:
            pass


def test_the_documented_examples_still_hold(tmp_path: Path) -> None:
    # Sanity: the fuzzers above exercise a parser that works.
    assert find_when("tomorrow at 10", dt.date(2026, 3, 18)).time == dt.time(10)
