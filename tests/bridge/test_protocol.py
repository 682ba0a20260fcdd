"""Wire protocol: encoding commands, decoding every event, and rejecting malformed lines."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.bridge.protocol import (
    MAX_LINE_BYTES,
    PROTOCOL_VERSION,
    BridgeLog,
    CommandResult,
    CredsSaved,
    Fatal,
    IncomingMessage,
    PairingCode,
    ProtocolErrorEvent,
    QrCode,
    Ready,
    Receipt,
    SimOutgoing,
    StateUpdate,
    WireError,
    decode_line,
    encode_command,
)


def line(obj) -> bytes:
    return json.dumps(obj).encode()


def test_protocol_version_is_one():
    assert PROTOCOL_VERSION == 1


def test_encode_command_is_one_json_line_with_id_and_cmd():
    raw = encode_command("7-1", "send_text", {"to": "+15551234567", "text": "שלום", "message_id": "m1"})
    assert raw.endswith(b"\n") and raw.count(b"\n") == 1
    assert json.loads(raw) == {"id": "7-1", "cmd": "send_text", "to": "+15551234567", "text": "שלום",
                               "message_id": "m1"}
    raw.decode("ascii")  # non-ASCII text is escaped, so the line is plain ASCII


def test_encode_rejects_unknown_command_and_envelope_clash():
    with pytest.raises(ValueError):
        encode_command("1", "format_disk")
    with pytest.raises(ValueError):
        encode_command("1", "start", {"id": "2"})


def test_text_with_newline_stays_on_one_line():
    raw = encode_command("1", "send_text", {"to": "+1", "text": "a\nb", "message_id": "x"})
    assert raw.count(b"\n") == 1


@pytest.mark.parametrize(
    "obj, expected",
    [
        ({"event": "ready", "protocol": 1, "node": "20.1.0", "baileys": "7.0.0-rc14", "transport": "sim",
          "company": "7", "pid": 42},
         Ready(1, "20.1.0", "7.0.0-rc14", "sim", "7", 42)),
        ({"event": "state", "connection": "close", "code": 428, "message": "Connection Closed",
          "registered": True, "me": "1@s.whatsapp.net", "is_new_login": False},
         StateUpdate("close", 428, "Connection Closed", True, "1@s.whatsapp.net", False)),
        ({"event": "qr", "qr": "2@abc", "n": 2, "expires_ms": 20000}, QrCode("2@abc", 2, 20000)),
        ({"event": "pairing_code", "code": "ABCD1234"}, PairingCode("ABCD1234")),
        ({"event": "creds", "registered": True, "me": None}, CredsSaved(True, None)),
        ({"event": "receipt", "id": "m1", "chat": "1@s.whatsapp.net", "status": "delivered"},
         Receipt("m1", "1@s.whatsapp.net", "delivered")),
        ({"event": "sim.outgoing", "id": "m1", "to": "+15551234567", "text": "hi"},
         SimOutgoing("m1", "+15551234567", "hi")),
        ({"event": "log", "level": "warn", "msg": "x"}, BridgeLog("warn", "x")),
        ({"event": "protocol_error", "code": "bad_json", "message": "m", "line": "{"},
         ProtocolErrorEvent("bad_json", "m", "{")),
        ({"event": "fatal", "code": "dependencies_missing", "message": "run npm ci"},
         Fatal("dependencies_missing", "run npm ci")),
        ({"id": "1", "ok": True, "result": {"code": "X"}}, CommandResult("1", True, {"code": "X"})),
        ({"id": "1", "ok": False, "error": {"code": "not_connected", "message": "no"}},
         CommandResult("1", False, {}, "not_connected", "no")),
    ],
)
def test_decode_known_lines(obj, expected):
    assert decode_line(line(obj)) == expected
    assert decode_line(json.dumps(obj)) == expected  # str works as well as bytes


def test_decode_message_event():
    msg = decode_line(line({
        "event": "message", "id": "ABC", "chat": "111@lid", "chat_type": "lid", "phone": "+15551234567",
        "lid": "111@lid", "participant": None, "push_name": "Dana", "from_me": False, "own_send": False,
        "kind": "text", "text": "hi", "timestamp": 1700000000, "type": "notify", "extra": "ignored",
    }))
    assert isinstance(msg, IncomingMessage)
    assert (msg.phone, msg.lid, msg.kind, msg.text, msg.type) == ("+15551234567", "111@lid", "text", "hi", "notify")


def test_company_may_be_a_number_in_ready():
    ready = decode_line(line({"event": "ready", "protocol": 1, "company": 7, "pid": 1}))
    assert isinstance(ready, Ready) and ready.company == "7"


@pytest.mark.parametrize(
    "raw, words",
    [
        (b"not json", "not JSON"),
        (b"[1, 2]", "JSON object"),
        (b"", "empty"),
        (b"\xff\xfe", "UTF-8"),
        (line({"event": "teleport"}), "unknown event"),
        (line({"event": 5}), "'event'"),
        (line({"event": "qr", "qr": 5}), "'qr'"),
        (line({"event": "qr", "qr": "x", "n": True}), "'n'"),
        (line({"event": "qr", "qr": "x", "n": 1.5}), "'n'"),
        (line({"event": "state", "connection": "sideways"}), "'connection'"),
        (line({"event": "receipt", "id": "m", "chat": "c", "status": "lost"}), "'status'"),
        (line({"id": "1", "ok": "yes"}), "'ok'"),
        (line({"id": "1", "ok": False, "error": "boom"}), "'error'"),
        (line({"id": "1", "ok": True, "result": [1]}), "'result'"),
        (line({"hello": "world"}), "neither"),
        (b"[" * 100000 + b"]" * 100000, ""),
        (b'{"event": "log", "msg": "' + b"x" * (MAX_LINE_BYTES + 1) + b'"}', "longer"),
    ],
)
def test_malformed_lines_raise_wire_error_with_reason(raw, words):
    with pytest.raises(WireError) as info:
        decode_line(raw)
    assert words in str(info.value)
    assert len(info.value.line) <= 200


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
event_names = st.sampled_from(
    ["ready", "state", "qr", "pairing_code", "creds", "message", "receipt", "sim.outgoing", "log",
     "protocol_error", "fatal", "nope"]
)
keys = st.sampled_from(["id", "ok", "result", "error", "code", "message", "connection", "qr", "n", "chat",
                        "chat_type", "kind", "status", "protocol", "text", "timestamp", "type", "msg"])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode_or_raise_wire_error(raw):
    try:
        decode_line(raw)
    except WireError:
        pass


@settings(max_examples=300, deadline=None)
@given(event_names, st.dictionaries(keys, json_values, max_size=8))
def test_any_event_shaped_object_decodes_or_raises_wire_error(name, fields):
    obj = dict(fields, event=name)
    try:
        decode_line(json.dumps(obj))
    except WireError:
        pass


# -- what the real transport adds (docs/bridge-protocol.md, "Real WhatsApp additions") ---------


def _message(**fields):
    base = {"event": "message", "id": "M1", "chat": "15551234567@s.whatsapp.net", "chat_type": "user",
            "phone": "+15551234567", "lid": None, "participant": None, "push_name": None,
            "from_me": False, "own_send": False, "kind": "text", "text": "hi", "timestamp": 1,
            "type": "notify"}
    return decode_line(line({**base, **fields}))


def test_history_and_undecryptable_messages_decode():
    history = _message(type="history")
    assert history.type == "history" and history.is_history and not history.undecryptable
    broken = _message(kind="undecryptable", text=None)
    assert broken.undecryptable and broken.text is None and not broken.is_history
    assert not _message().is_history


def test_lid_mapping_event_decodes_and_rejects_a_non_lid():
    from desktop.bridge.protocol import LidMapping

    assert decode_line(line({"event": "lid_mapping", "lid": "111@lid", "phone": "+15551234567"})) == \
        LidMapping("111@lid", "+15551234567")
    with pytest.raises(WireError, match="lid"):
        decode_line(line({"event": "lid_mapping", "lid": "15551234567@s.whatsapp.net", "phone": "+1"}))
    with pytest.raises(WireError, match="phone"):
        decode_line(line({"event": "lid_mapping", "lid": "111@lid"}))


def test_error_receipt_carries_whatsapps_code_and_message():
    receipt = decode_line(line({"event": "receipt", "id": "m1", "chat": "c", "status": "error",
                                "error_code": 463, "message": "refused"}))
    assert receipt == Receipt("m1", "c", "error", 463, "refused")
    unknown = decode_line(line({"event": "receipt", "id": "m1", "status": "error", "error_code": None}))
    assert unknown.error_code is None
    # Only an error receipt carries them; a stray field on a tick is ignored.
    assert decode_line(line({"event": "receipt", "id": "m1", "status": "read", "error_code": 1})) == \
        Receipt("m1", "", "read")
    with pytest.raises(WireError, match="error_code"):
        decode_line(line({"event": "receipt", "id": "m1", "status": "error", "error_code": "463"}))


def test_send_refused_result_keeps_whatsapps_status():
    result = decode_line(line({"id": "1", "ok": False,
                               "error": {"code": "send_refused", "message": "463", "status": 463}}))
    assert (result.error_code, result.error_status) == ("send_refused", 463)
    # A malformed status is only missing detail: the command still gets its answer.
    odd = decode_line(line({"id": "1", "ok": False,
                            "error": {"code": "send_refused", "message": "x", "status": "463"}}))
    assert odd.error_code == "send_refused" and odd.error_status is None
