"""A diagnostics bundle a shop can mail to a technician: one zip, safe to send.

It holds the log files (rotated ones too), every company's connection history, bridge status,
settings and business profile, the self-check results, versions and database facts. Before
anything is written, secrets are removed (API keys, tokens, passwords, anything under such a
setting name, any key kept by the key store) and phone numbers are masked to their last four
digits in every file. The database itself and the WhatsApp credentials are never included.

No Qt here: the window calls it off the GUI thread, and it works from the command line too.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import os
import platform
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import func, select

from desktop import APP_NAME, __version__
from desktop.bridge import SessionStatus, explain_disconnect
from desktop.doctor import CheckResult, run_checks
from desktop.logs import LOG_FILE
from desktop.paths import DataPaths
from desktop.reason import Reason
from desktop.redact import REMOVED, add_phone_regions, redact
from desktop.store.db import Database
from desktop.store.models import Appointment, Company, Conversation, Customer, Message, OutboxMessage, SessionEvent
from desktop.store.settings import SettingsStore

if TYPE_CHECKING:  # the running shop is only read here: importing it would load the engine
    from desktop.bot.runtime import ShopRuntime

HISTORY_ENTRIES = 500

# Setting names whose values are secret, matched word by word ("api_key", "apiKey", "access-token").
_SECRET_WORDS = {"key", "keys", "apikey", "token", "tokens", "secret", "secrets", "password",
                 "passwords", "passwd", "pwd", "credential", "credentials", "auth",
                 "authorization", "cookie", "cookies", "session_key", "private"}
@dataclass
class DiagnosticsParts:
    """What an export reads: the database, the data folder and a snapshot of the sessions.

    Build it with `from_runtime` on the thread that runs the shop, then export on another.
    """

    database: Database
    paths: DataPaths
    statuses: dict[int, SessionStatus] = field(default_factory=dict)
    logs_dir: Path | None = None
    extra_secrets: list[str] = field(default_factory=list)
    # Per company: why replies (`outbox`) or incoming messages (`store`) wait, None when not.
    faults: dict[int, dict[str, str | None]] = field(default_factory=dict)

    @classmethod
    def from_runtime(cls, runtime: ShopRuntime) -> DiagnosticsParts:
        """The parts of a running `ShopRuntime`, with each session's status taken now."""
        statuses = {company_id: session.status() for company_id, session in runtime.sessions.items()}
        faults = {company_id: runtime.faults(company_id) for company_id in statuses}
        return cls(runtime.database, runtime.paths, statuses, faults=faults)


# -- removing secrets -------------------------------------------------------------------------

def is_secret_name(name: str) -> bool:
    """True for setting names like api_key, apiKey, access-token, password, openai_secret."""
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()
    words = [w for w in re.split(r"[_\-\s.]+", snake) if w]
    return bool(words) and (any(w in _SECRET_WORDS for w in words)
                            or snake.replace("_", "") in {"apikey", "accesstoken"})


def _strip_url_credentials(text: str) -> str:
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    if parts.scheme in ("http", "https") and (parts.username or parts.password):
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return text


def remove_secrets(value: Any, found: set[str] | None = None) -> Any:
    """A copy of a JSON-like value with secret fields replaced by "[removed]".

    Values removed are added to `found`, so the same text can be scrubbed from the logs.
    """
    if isinstance(value, dict):
        clean = {}
        for key, item in value.items():
            if is_secret_name(str(key)) and item not in (None, "", [], {}):
                if found is not None:
                    _collect_strings(item, found)
                clean[key] = REMOVED
            else:
                clean[key] = remove_secrets(item, found)
        return clean
    if isinstance(value, list):
        return [remove_secrets(item, found) for item in value]
    if isinstance(value, str):
        return _strip_url_credentials(value)
    return value


def _collect_strings(value: Any, into: set[str]) -> None:
    if isinstance(value, str):
        into.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            _collect_strings(item, into)
    elif isinstance(value, list):
        for item in value:
            _collect_strings(item, into)


# The time at the start of every log line: never a phone number, and skipping it keeps the
# phone matcher off the lines that hold no other digits.
_LOG_LINE_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} ")


def scrub_text(text: str, secrets: Iterable[str] = (), regions: Iterable[str] | None = None,
               private: PrivateTexts | None = None) -> str:
    """Remove known secrets, secret-looking text and pairing codes, mask phone numbers in every
    written form, and (with `private`) customers' names and message texts; line by line."""
    regions = None if regions is None else tuple(regions)
    lines = []
    for line in text.split("\n"):
        time = _LOG_LINE_TIME.match(line)
        head = time.group(0) if time else ""
        rest = line[len(head):]
        if private is not None:
            rest = private.remove(rest)
        lines.append(head + redact(rest, secrets=secrets, regions=regions, thorough=True))
    return "\n".join(lines)


# -- customers' words ---------------------------------------------------------------------------

TEXT_REMOVED = "[conversation text removed]"
NAME_REMOVED = "[name removed]"
MIN_PRIVATE_LENGTH = 3     # shorter names and texts ("ok") would remove ordinary words
PRIVATE_MESSAGES = 20_000  # the newest messages are the ones the (rotated) logs can hold
_WORD = re.compile(r"\w+")
# Log lines that carry a message's text by their shape: the AI's answer, and wire lines (a line
# the bridge could not read is logged whole) with a text or name field.
_TEXT_LINE = re.compile(r"((?:final answer|answer|reply|text)\s*[:=]\s*).+", re.I)
_TEXT_FIELD = re.compile(
    r'("(?:text|body|caption|conversation|pushName|push_name|notify|name|notes)"\s*:\s*)'
    r'"(?:[^"\\]|\\.)*"')


class PrivateTexts:
    """Customers' names and notes and the messages' texts, removed from the lines they show in.

    Each phrase is looked up by its longest word, so a line is checked only against the phrases
    that share a word with it (a log holds many lines; the shop, thousands of messages)."""

    def __init__(self, names: Iterable[str], texts: Iterable[str]) -> None:
        self._by_word: dict[str, list[tuple[str, str]]] = {}
        for phrases, mark in ((names, NAME_REMOVED), (texts, TEXT_REMOVED)):
            for phrase in phrases:
                self._add((phrase or "").strip(), mark)

    def _add(self, phrase: str, mark: str) -> None:
        if len(phrase) < MIN_PRIVATE_LENGTH:
            return
        variants = {phrase, json.dumps(phrase, ensure_ascii=False)[1:-1]}
        for line in phrase.splitlines():  # a text of several lines is logged one line at a time
            if len(line.strip()) >= MIN_PRIVATE_LENGTH:
                variants.add(line.strip())
        for variant in variants:
            words = _WORD.findall(variant.casefold())
            if words:
                self._by_word.setdefault(max(words, key=len), []).append((variant, mark))

    def remove(self, line: str) -> str:
        """`line` without the names and texts it holds, and without a text field's content."""
        line = _TEXT_FIELD.sub(lambda m: f'{m.group(1)}"{REMOVED}"', line)
        line = _TEXT_LINE.sub(lambda m: m.group(1) + TEXT_REMOVED, line)
        found = [entry for word in set(_WORD.findall(line.casefold()))
                 for entry in self._by_word.get(word, ())]
        for phrase, mark in sorted(found, key=lambda entry: len(entry[0]), reverse=True):
            if phrase in line:
                line = line.replace(phrase, mark)
        return line


def private_texts(database: Database) -> PrivateTexts:
    """Every customer's name, WhatsApp name and notes, and the newest messages' texts."""
    with database.session() as session:
        names = [value for row in session.execute(
                     select(Customer.name, Customer.push_name, Customer.notes))
                 for value in row if value]
        texts = list(session.scalars(select(Message.text).where(Message.text.is_not(None))
                                     .order_by(Message.id.desc()).limit(PRIVATE_MESSAGES)))
        texts += list(session.scalars(select(OutboxMessage.text)
                                      .order_by(OutboxMessage.id.desc()).limit(PRIVATE_MESSAGES)))
    return PrivateTexts(names, texts)


def _known_keys(paths: DataPaths, company_ids: list[int]) -> set[str]:
    """Every provider key this shop keeps (key file and system keyring): to scrub them anywhere."""
    found: set[str] = set()
    try:
        from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore
    except ImportError:  # the AI packages are optional for a bare export
        return found
    fallback = paths.root / FALLBACK_FILE_NAME
    try:
        data = json.loads(fallback.read_text(encoding="utf-8"))
        _collect_strings((data or {}).get("keys", {}), found)
    except (OSError, ValueError, AttributeError):
        pass
    store = ApiKeyStore(fallback)
    for company_id in company_ids:
        for kind in ("openai", "openai_compatible"):
            try:
                stored = store.load(kind, company_id)
            except Exception:  # noqa: BLE001 - a broken keyring must not stop the export
                stored = None
            if stored is not None:
                found.add(stored.value)
    return found


# -- what goes in ---------------------------------------------------------------------------

def _jsonable(value: Any) -> Any:
    # Long integers become text: phone masking runs over the JSON text, and a masked bare number
    # would no longer be valid JSON.
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int) and abs(value) >= 1_000_000:
        return str(value)
    if isinstance(value, float):
        return str(round(value, 3)) if abs(value) >= 1_000_000 else round(value, 3)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(value.value, (str, int)):
        return value.value  # enums
    return value


def _package_version(*names: str) -> str | None:
    for name in names:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def collect_versions(statuses: dict[int, SessionStatus]) -> dict[str, Any]:
    """App, Python, Qt, Node, Baileys, OS and key library versions."""
    qt = None
    qtcore = sys.modules.get("PySide6.QtCore")  # only if the window already loaded Qt
    if qtcore is not None:
        qt = qtcore.qVersion()
    node = next((s.node_version for s in statuses.values() if s.node_version), None)
    baileys = next((s.baileys_version for s in statuses.values() if s.baileys_version), None)
    if node is None or baileys is None:
        from desktop.bridge import node_runtime

        try:
            node = node or node_runtime.node_version(node_runtime.find_node())
        except Exception:  # noqa: BLE001 - "not found" is itself the answer
            node = node or "not found"
        try:
            baileys = baileys or node_runtime.baileys_version(node_runtime.DEFAULT_BRIDGE_DIR)
        except Exception:  # noqa: BLE001
            baileys = baileys or "not installed"
    return {
        "app": f"{APP_NAME} {__version__}",
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "qt": qt,
        "pyside6": _package_version("PySide6-Essentials", "PySide6"),
        "node": node,
        "baileys": baileys,
        "os": platform.platform(),
        "machine": platform.machine(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "libraries": {name: _package_version(name) for name in
                      ("SQLAlchemy", "alembic", "qasync", "openai-agents", "openai", "httpx",
                       "keyring", "platformdirs")},
    }


def _state_history(database: Database, company_id: int) -> list[dict[str, Any]]:
    from desktop.bot.queries import state_history

    entries = []
    for entry in state_history(database, company_id, HISTORY_ENTRIES):
        reason = entry.reason
        item = {"at": entry.at, "from": entry.from_state, "to": entry.to_state,
                "code": entry.code, "reason": reason if isinstance(reason, str) else reason.text}
        if isinstance(reason, Reason):
            item["reason_code"] = _without_pairing_code(reason.as_json())
        if entry.code is not None:
            why = explain_disconnect(entry.code)
            item.update(code_name=why.name, meaning=why.meaning.text, next_step=why.next_step.text)
        entries.append(item)
    return entries


def _without_pairing_code(data: Any) -> Any:
    """A reason's JSON with the code of a pairing-code reason (at any depth) removed."""
    if isinstance(data, dict):
        clean = {key: _without_pairing_code(value) for key, value in data.items()}
        if str(clean.get("code", "")).endswith("pairing_code") and isinstance(
                clean.get("params"), dict) and "code" in clean["params"]:
            clean["params"] = {**clean["params"], "code": REMOVED}
        return clean
    if isinstance(data, list):
        return [_without_pairing_code(item) for item in data]
    return data


def _status(status: SessionStatus) -> dict[str, Any]:
    from desktop.bot.runtime import status_snapshot

    data = status_snapshot(status)
    rss = data.pop("rss_bytes", None)
    data["memory_mb"] = round(rss / 2**20, 1) if rss else None
    data["uptime_s"] = round(status.uptime_s, 1)
    return data


def _database_facts(database: Database) -> dict[str, Any]:
    facts: dict[str, Any] = {"url_kind": database.engine.dialect.name}
    path = database.sqlite_file
    if path is not None:
        facts["file"] = str(path)
        sizes = {}
        for suffix in ("", "-wal", "-shm"):
            part = path.with_name(path.name + suffix)
            if part.exists():
                sizes[part.name] = f"{part.stat().st_size / 2**20:.2f} MB"
        facts["sizes"] = sizes
    try:
        facts["schema_revision"] = database.current_revision()
        facts["schema_head"] = database.head_revision()
        facts["integrity_check"] = database.integrity_check()
        with database.session() as session:
            facts["rows"] = {model.__tablename__: session.scalar(
                select(func.count()).select_from(model))
                for model in (Company, Customer, Conversation, Message, OutboxMessage,
                              Appointment, SessionEvent)}
    except Exception as exc:  # noqa: BLE001 - a broken database is exactly what to report
        facts["error"] = f"{exc.__class__.__name__}: {exc}"
    return facts


def _day_stats(database: Database, company_id: int) -> dict[str, Any]:
    from desktop.bot.stats import day_stats

    stats = day_stats(database, company_id)
    return {
        "hours": [h.isoformat() for h in stats.messages_in.hours],
        "messages_in": stats.messages_in.counts,
        "answers_by_bot": stats.answers.bot,
        "answers_by_staff": stats.answers.staff,
        "send_failures": stats.send_failures.counts,
        # Over all time, counted per failed attempt: also those a later retry got through.
        "sends_failed_ever": {"attempts": stats.failed_ever.attempts,
                              "messages": stats.failed_ever.messages,
                              "got_through_on_retry": stats.failed_ever.got_through},
        "reply_times": dict(zip(stats.reply_times.labels, stats.reply_times.counts, strict=True)),
        "unanswered": stats.reply_times.unanswered,
        "median_reply_s": stats.reply_times.median_s,
    }


def _dump(value: Any) -> str:
    return json.dumps(_jsonable(value), ensure_ascii=False, indent=2)


# -- the export ------------------------------------------------------------------------------

def export_diagnostics(source: ShopRuntime | DiagnosticsParts, target_zip: Path, *,
                       checks: list[CheckResult] | None = None,
                       run_doctor: bool = True,
                       include_texts: bool = False,
                       progress: Callable[[str], None] | None = None) -> Path:
    """Write the diagnostics zip to `target_zip` and return its path.

    `source` is a `ShopRuntime` or `DiagnosticsParts`. Without `checks`, the self-checks are run
    here (they start a throw-away bridge, so call this off the GUI thread) unless `run_doctor`
    is False. Customers' names and message texts are left out unless `include_texts` (the
    technician ticked "Include conversation texts"); phone numbers are masked either way.
    """
    parts = (source if isinstance(source, DiagnosticsParts)
             else DiagnosticsParts.from_runtime(source))
    say = progress or (lambda _step: None)
    database, paths = parts.database, parts.paths
    settings = SettingsStore(database)
    members: dict[str, str] = {}
    secrets: set[str] = set(parts.extra_secrets)

    with database.session() as session:
        companies = [(c.id, c.name, c.transport, c.ai_enabled, c.allow_groups, c.created_at,
                      c.profile) for c in session.scalars(select(Company).order_by(Company.id))]
    company_ids = [c[0] for c in companies]
    secrets |= _known_keys(paths, company_ids)
    from desktop.bot.phones import shop_region

    add_phone_regions(shop_region(c[6]) for c in companies)

    private = None if include_texts else private_texts(database)

    say("versions")
    members["versions.json"] = _dump(collect_versions(parts.statuses))

    say("checks")
    if checks is None and run_doctor:
        checks = run_checks(paths)
    members["doctor.json"] = _dump({
        "ok": all(c.ok for c in checks) if checks else None,
        "checks": [asdict(c) for c in checks] if checks is not None else "not run"})

    say("database")
    members["database.json"] = _dump(_database_facts(database))
    members["app_settings.json"] = _dump(remove_secrets(settings.all(), secrets))

    say("companies")
    for company_id, name, transport, ai_enabled, allow_groups, created_at, profile in companies:
        folder = f"companies/company-{company_id}"
        members[f"{folder}/company.json"] = _dump({
            "id": company_id, "name": name, "transport": transport, "ai_enabled": ai_enabled,
            "allow_groups": allow_groups, "created_at": created_at,
            "settings": remove_secrets(settings.all(company_id=company_id), secrets),
            "profile": remove_secrets(profile or {}, secrets)})
        members[f"{folder}/state_history.json"] = _dump(_state_history(database, company_id))
        status = parts.statuses.get(company_id)
        members[f"{folder}/bridge_status.json"] = _dump(
            _status(status) if status is not None else {"running": False})
        if company_id in parts.faults:
            members[f"{folder}/faults.json"] = _dump({
                "outbox_paused": parts.faults[company_id].get("outbox"),
                "incoming_waiting": parts.faults[company_id].get("store")})
        try:
            members[f"{folder}/last_24_hours.json"] = _dump(_day_stats(database, company_id))
        except Exception as exc:  # noqa: BLE001 - statistics are a nicety, not a reason to fail
            members[f"{folder}/last_24_hours.json"] = _dump({"error": str(exc)})

    say("logs")
    logs_dir = parts.logs_dir or paths.logs_dir
    log_members: dict[str, Path] = {}
    if logs_dir.is_dir():
        for path in sorted(logs_dir.iterdir()):
            if path.is_file() and (path.name.startswith(LOG_FILE) or path.suffix == ".log"):
                log_members[f"logs/{path.name}"] = path

    members["README.txt"] = _readme(dt.datetime.now(dt.UTC), sorted([*members, *log_members]),
                                    include_texts)

    target_zip = Path(target_zip)
    target_zip.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=target_zip.parent, prefix=".diagnostics-", suffix=".zip")
    os.close(handle)
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            for name, text in members.items():
                bundle.writestr(name, scrub_text(text, secrets))
            for name, path in log_members.items():
                # Only the logs can hold what customers wrote (the JSON files hold the shop's
                # own settings and profile, whose names must stay readable).
                try:
                    text = path.read_bytes().decode("utf-8", errors="replace")
                except OSError as exc:
                    text = f"(could not read {path.name}: {exc})"
                bundle.writestr(name, scrub_text(text, secrets, private=private))
        os.replace(temp, target_zip)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    say("done")
    return target_zip


def _readme(made_at: dt.datetime, names: list[str], include_texts: bool = False) -> str:
    listing = "\n".join(f"  {name}" for name in names)
    texts = ("Conversation texts and customers' names are INCLUDED (the technician asked).\n"
             if include_texts else
             "Customers' names and notes and the texts of messages are removed from the logs.\n")
    return (f"{APP_NAME} diagnostics, made {made_at:%Y-%m-%d %H:%M} UTC.\n\n"
            "Phone numbers are masked to their last four digits, pairing codes and secrets\n"
            "(API keys, tokens, passwords) are removed. The database itself and the WhatsApp\n"
            "login are not included.\n"
            f"{texts}\n"
            f"Files:\n{listing}\n")
