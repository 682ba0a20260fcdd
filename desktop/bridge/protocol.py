"""The wire contract with the Node bridge: JSON Lines commands out, typed events and results in.

The contract itself is written down in ``docs/bridge-protocol.md``. This module is pure: it turns
Python values into command lines and bridge lines into frozen dataclasses. Anything a bridge line
can do wrong (not JSON, not an object, a field of the wrong type, an unknown event, a huge line)
is reported as one exception, :class:`WireError`, so callers need a single ``except``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Union

PROTOCOL_VERSION = 1

# A WhatsApp text is at most 65 536 characters; a QR string is a few hundred bytes. A line far
# bigger than that is a bug or garbage, and parsing it would only waste memory.
MAX_LINE_BYTES = 1024 * 1024


class WireError(ValueError):
    """A bridge line that does not follow the protocol; the message says what is wrong with it.

    This is the only exception :func:`decode_line` raises. ``line`` keeps the first 200
    characters of the offending line for the log.
    """

    def __init__(self, message: str, line: str | bytes = "") -> None:
        if isinstance(line, bytes):
            line = line[:400].decode("utf-8", errors="replace")
        self.line = line[:200]
        super().__init__(message)


# ---------------------------------------------------------------------------------------------
# Events (bridge -> app)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ready:
    """First line of a bridge: it is ready for commands and speaks ``protocol``."""

    protocol: int
    node: str
    baileys: str
    transport: str
    company: str
    pid: int


@dataclass(frozen=True)
class StateUpdate:
    """A ``connection.update`` of the WhatsApp socket; on ``close`` the code says why."""

    connection: str  # connecting | open | close
    code: int | None = None
    message: str | None = None
    registered: bool = False
    me: str | None = None
    is_new_login: bool = False


@dataclass(frozen=True)
class QrCode:
    """A new QR code to show; ``n`` counts QR codes within the current socket."""

    qr: str
    n: int
    expires_ms: int


@dataclass(frozen=True)
class PairingCode:
    """A code the owner types on the phone to link without scanning."""

    code: str


@dataclass(frozen=True)
class CredsSaved:
    """The bridge saved the session credentials."""

    registered: bool
    me: str | None = None


@dataclass(frozen=True)
class IncomingMessage:
    """One WhatsApp message seen by the bridge (customer, staff on the phone, or our own echo)."""

    id: str
    chat: str
    chat_type: str  # user | lid | group | broadcast | status | newsletter
    phone: str | None
    lid: str | None
    participant: str | None
    push_name: str | None
    from_me: bool
    own_send: bool
    kind: str  # text | image | ... | reaction | unknown | undecryptable (text is then None)
    text: str | None
    timestamp: int
    type: str  # notify | append | history (an older message from the history sync on link)

    @property
    def is_history(self) -> bool:
        """An older message from the history sync on first link: stored, never answered."""
        return self.type == "history"

    @property
    def undecryptable(self) -> bool:
        """WhatsApp delivered it but this device could not decrypt it; it comes again by id."""
        return self.kind == "undecryptable"


@dataclass(frozen=True)
class LidMapping:
    """WhatsApp told the phone number behind a hidden-number (LID) chat."""

    lid: str    # "<digits>@lid"
    phone: str  # E.164


@dataclass(frozen=True)
class Receipt:
    """Delivery progress of a message we sent."""

    id: str
    chat: str
    status: str  # pending | sent | delivered | read | played | error
    error_code: int | None = None   # with status error: WhatsApp's number (463, ...) or None
    message: str | None = None      # with status error: what the bridge knows about it


@dataclass(frozen=True)
class SimOutgoing:
    """The simulated customer's phone received our message (simulator only)."""

    id: str
    to: str
    text: str


@dataclass(frozen=True)
class BridgeLog:
    """A log line the bridge wants the app to keep."""

    level: str
    msg: str


@dataclass(frozen=True)
class ProtocolErrorEvent:
    """The bridge could not read a line we sent and had no id to answer it with."""

    code: str
    message: str
    line: str


@dataclass(frozen=True)
class Fatal:
    """The bridge cannot run (for example its dependencies are missing); it exits right after."""

    code: str
    message: str


@dataclass(frozen=True)
class CommandResult:
    """The one answer to a command: ``ok`` with a ``result`` object, or an error code and message."""

    id: str
    ok: bool
    result: dict[str, Any] = field(default_factory=dict)
    error_code: str | None = None
    error_message: str | None = None
    error_status: int | None = None  # WhatsApp's own number, e.g. 463 with ``send_refused``


BridgeEvent = Union[
    Ready,
    StateUpdate,
    QrCode,
    PairingCode,
    CredsSaved,
    IncomingMessage,
    LidMapping,
    Receipt,
    SimOutgoing,
    BridgeLog,
    ProtocolErrorEvent,
    Fatal,
]
BridgeLine = Union[BridgeEvent, CommandResult]


# ---------------------------------------------------------------------------------------------
# Commands (app -> bridge)
# ---------------------------------------------------------------------------------------------

COMMANDS = frozenset(
    {
        "start",
        "stop",
        "send_text",
        "presence",
        "read",
        "pairing_code",
        "logout",
        "status",
        "shutdown",
        "sim.scan",
        "sim.incoming",
        "sim.fault",
        "sim.lid_mapping",
    }
)


def encode_command(command_id: str, cmd: str, args: dict[str, Any] | None = None) -> bytes:
    """Return the JSON line (with its trailing newline) for one command.

    Raises ``ValueError`` for an unknown command or arguments that collide with ``id``/``cmd``:
    those are programming errors on our side, caught before anything reaches the bridge.
    """
    if cmd not in COMMANDS:
        raise ValueError(f"unknown bridge command {cmd!r}")
    payload: dict[str, Any] = {"id": command_id, "cmd": cmd}
    for key, value in (args or {}).items():
        if key in payload:
            raise ValueError(f"argument {key!r} would overwrite the command envelope")
        payload[key] = value
    # ensure_ascii keeps the line pure ASCII, so no encoding can ever split a character.
    return (json.dumps(payload, ensure_ascii=True, separators=(",", ":")) + "\n").encode("ascii")


# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------


class _Fields:
    """Typed access to one decoded object; every problem becomes a :class:`WireError`."""

    def __init__(self, obj: dict[str, Any], what: str, line: str | bytes) -> None:
        self.obj = obj
        self.what = what
        self.line = line

    def _fail(self, name: str, expected: str) -> WireError:
        got = type(self.obj.get(name)).__name__ if name in self.obj else "nothing"
        return WireError(f"{self.what}: field {name!r} must be {expected}, got {got}", self.line)

    # The readers are named string/integer/boolean, not str/int/bool: a method called `str`
    # would shadow the builtin for every annotation written after it in this class body.
    def string(self, name: str, *, default: str | None = None, required: bool = True) -> str:
        value = self.obj.get(name)
        if isinstance(value, str):
            return value
        if value is None and not required and default is not None:
            return default
        raise self._fail(name, "a string")

    def opt_str(self, name: str) -> str | None:
        value = self.obj.get(name)
        if value is None or isinstance(value, str):
            return value
        raise self._fail(name, "a string or null")

    def integer(self, name: str, *, default: int | None = None) -> int:
        value = self.obj.get(name)
        if value is None and default is not None:
            return default
        return self._as_int(name, value, "an integer")

    def opt_int(self, name: str) -> int | None:
        value = self.obj.get(name)
        if value is None:
            return None
        return self._as_int(name, value, "an integer or null")

    def _as_int(self, name: str, value: Any, expected: str) -> int:
        # bool is an int in Python but never a valid number on the wire.
        if isinstance(value, bool):
            raise self._fail(name, expected)
        if isinstance(value, int):
            return value
        # JavaScript has one number type; 1.0 is a fine integer, 1.5 or NaN are not.
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            return int(value)
        raise self._fail(name, expected)

    def boolean(self, name: str, *, default: bool | None = None) -> bool:
        value = self.obj.get(name)
        if isinstance(value, bool):
            return value
        if value is None and default is not None:
            return default
        raise self._fail(name, "true or false")

    def choice(self, name: str, allowed: frozenset[str], *, default: str | None = None) -> str:
        value = self.obj.get(name, default)
        if isinstance(value, str) and value in allowed:
            return value
        raise self._fail(name, "one of " + ", ".join(sorted(allowed)))


_CONNECTIONS = frozenset({"connecting", "open", "close"})
_CHAT_TYPES = frozenset({"user", "lid", "group", "broadcast", "status", "newsletter"})
_KINDS = frozenset(
    {"text", "image", "audio", "video", "sticker", "document", "location", "contact", "reaction", "unknown",
     "undecryptable"}
)
_UPSERT_TYPES = frozenset({"notify", "append", "history"})
_RECEIPT_STATUSES = frozenset({"pending", "sent", "delivered", "read", "played", "error"})


def _label(f: _Fields, name: str) -> str:
    # The company id is an opaque label on the wire; accept it written as a number too.
    value = f.obj.get(name)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return f.string(name, default="", required=False)


def _ready(f: _Fields) -> Ready:
    return Ready(
        protocol=f.integer("protocol"),
        node=f.string("node", default="", required=False),
        baileys=f.string("baileys", default="", required=False),
        transport=f.string("transport", default="", required=False),
        company=_label(f, "company"),
        pid=f.integer("pid", default=0),
    )


def _state(f: _Fields) -> StateUpdate:
    return StateUpdate(
        connection=f.choice("connection", _CONNECTIONS),
        code=f.opt_int("code"),
        message=f.opt_str("message"),
        registered=f.boolean("registered", default=False),
        me=f.opt_str("me"),
        is_new_login=f.boolean("is_new_login", default=False),
    )


def _message(f: _Fields) -> IncomingMessage:
    return IncomingMessage(
        id=f.string("id"),
        chat=f.string("chat"),
        chat_type=f.choice("chat_type", _CHAT_TYPES),
        phone=f.opt_str("phone"),
        lid=f.opt_str("lid"),
        participant=f.opt_str("participant"),
        push_name=f.opt_str("push_name"),
        from_me=f.boolean("from_me", default=False),
        own_send=f.boolean("own_send", default=False),
        kind=f.choice("kind", _KINDS),
        text=f.opt_str("text"),
        timestamp=f.integer("timestamp", default=0),
        type=f.choice("type", _UPSERT_TYPES, default="notify"),
    )


def _receipt(f: _Fields) -> Receipt:
    status = f.choice("status", _RECEIPT_STATUSES)
    error = status == "error"
    return Receipt(id=f.string("id"), chat=f.string("chat", default="", required=False), status=status,
                   error_code=f.opt_int("error_code") if error else None,
                   message=f.opt_str("message") if error else None)


def _lid_mapping(f: _Fields) -> LidMapping:
    lid, phone = f.string("lid"), f.string("phone")
    if not lid.endswith("@lid") or len(lid) <= 4:
        raise WireError(f"{f.what}: field 'lid' must be an @lid JID, got {lid[:60]!r}", f.line)
    if not phone:
        raise WireError(f"{f.what}: field 'phone' must not be empty", f.line)
    return LidMapping(lid=lid, phone=phone)


_EVENT_DECODERS: dict[str, Callable[[_Fields], BridgeEvent]] = {
    "ready": _ready,
    "state": _state,
    "qr": lambda f: QrCode(qr=f.string("qr"), n=f.integer("n", default=1),
                           expires_ms=f.integer("expires_ms", default=0)),
    "pairing_code": lambda f: PairingCode(code=f.string("code")),
    "creds": lambda f: CredsSaved(registered=f.boolean("registered", default=False), me=f.opt_str("me")),
    "message": _message,
    "receipt": _receipt,
    "lid_mapping": _lid_mapping,
    "sim.outgoing": lambda f: SimOutgoing(id=f.string("id"), to=f.string("to"), text=f.string("text")),
    "log": lambda f: BridgeLog(level=f.string("level", default="info", required=False), msg=f.string("msg")),
    "protocol_error": lambda f: ProtocolErrorEvent(
        code=f.string("code"), message=f.string("message", default="", required=False),
        line=f.string("line", default="", required=False)),
    "fatal": lambda f: Fatal(code=f.string("code"), message=f.string("message", default="", required=False)),
}


def _lenient_int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value) if math.isfinite(value) and float(value).is_integer() else None


def _result(f: _Fields) -> CommandResult:
    command_id = f.string("id")
    ok = f.boolean("ok")
    if ok:
        result = f.obj.get("result", {})
        if result is None:
            result = {}
        if not isinstance(result, dict):
            raise f._fail("result", "an object")
        return CommandResult(id=command_id, ok=True, result=result)
    error = f.obj.get("error")
    if not isinstance(error, dict):
        raise f._fail("error", "an object with code and message")
    ef = _Fields(error, f"error of result {command_id!r}", f.line)
    return CommandResult(
        id=command_id,
        ok=False,
        error_code=ef.string("code"),
        error_message=ef.string("message", default="", required=False),
        # Extra detail only: a malformed number must not cost the command its answer.
        error_status=_lenient_int(error.get("status")),
    )


def decode_line(line: str | bytes) -> BridgeLine:
    """Decode one stdout line of the bridge into an event or a command result.

    Raises :class:`WireError` (and nothing else) when the line breaks the protocol.
    Unknown extra fields are ignored so that a newer bridge can add information.
    """
    try:
        if len(line) > MAX_LINE_BYTES:
            raise WireError(f"line of {len(line)} bytes is longer than the {MAX_LINE_BYTES} allowed", line)
        if isinstance(line, bytes):
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise WireError(f"line is not UTF-8 ({exc.reason})", line) from None
        else:
            text = line
        text = text.strip()
        if not text:
            raise WireError("empty line", line)
        try:
            obj = json.loads(text)
        except ValueError as exc:  # JSONDecodeError and bad surrogates both derive from it
            raise WireError(f"line is not JSON: {exc}", line) from None
        except RecursionError:
            raise WireError("line is nested too deeply", line) from None
        if not isinstance(obj, dict):
            raise WireError(f"line must be a JSON object, got {type(obj).__name__}", line)
        if "event" in obj:
            name = obj["event"]
            if not isinstance(name, str):
                raise WireError("field 'event' must be a string", line)
            decoder = _EVENT_DECODERS.get(name)
            if decoder is None:
                raise WireError(f"unknown event {name[:60]!r}", line)
            return decoder(_Fields(obj, f"event {name!r}", line))
        if "id" in obj and "ok" in obj:
            return _result(_Fields(obj, "command result", line))
        raise WireError("line is neither an event (no 'event') nor a result (no 'id' and 'ok')", line)
    except WireError:
        raise
    except Exception as exc:  # noqa: BLE001 - the contract is that only WireError escapes
        raise WireError(f"line could not be read ({type(exc).__name__}: {exc})", line) from None
