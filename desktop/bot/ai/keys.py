"""API keys of AI providers: in the OS keyring, or — only when there is none — a private file.

A Linux box with no desktop session has no keyring backend (`NoKeyringError`); the shop must
still be able to use its key, so it goes to a clearly labelled file readable only by this user
(mode 0600) in the data folder, and the settings screen can say where the key is.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from desktop.redact import remember_secret

log = logging.getLogger("ai_admin.ai")

KEYRING_SERVICE = "AI Admin"
FALLBACK_FILE_NAME = "api-keys.NOT-ENCRYPTED.json"
FALLBACK_WARNING = ("AI provider keys stored in plain text because this computer has no system "
                    "keyring. Only your user can read this file. Delete it to remove the keys.")


class KeyLocation(enum.StrEnum):
    """Where a key is kept."""

    KEYRING = "keyring"
    FILE = "file (no system keyring)"


class KeyStoreError(Exception):
    """A key cannot be saved anywhere; the message says what to do."""


@dataclass(frozen=True)
class StoredKey:
    """A key and where it was found."""

    value: str
    location: KeyLocation


def key_username(kind: str, company_id: int) -> str:
    """The keyring user name of a company's key for a provider kind (e.g. "openai:1")."""
    return f"{kind}:{int(company_id)}"


class ApiKeyStore:
    """Saves and loads provider keys per company; falls back to `fallback_file` with no keyring."""

    def __init__(self, fallback_file: Path | None = None) -> None:
        self.fallback_file = fallback_file

    # -- the fallback file -----------------------------------------------------------------------

    def _read_file(self) -> dict[str, str]:
        if self.fallback_file is None or not self.fallback_file.exists():
            return {}
        try:
            data = json.loads(self.fallback_file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            log.warning("The key file %s cannot be read: %s", self.fallback_file, exc)
            return {}
        keys = data.get("keys") if isinstance(data, dict) else None
        found = {k: v for k, v in (keys or {}).items() if isinstance(v, str)}
        for value in found.values():
            remember_secret(value)  # so no log line, reason or export can show it
        return found

    def _write_file(self, keys: dict[str, str]) -> None:
        if self.fallback_file is None:
            raise KeyStoreError("This computer has no system keyring and no data folder was "
                                "given for a key file; set the key again from the app.")
        folder = self.fallback_file.parent
        folder.mkdir(parents=True, exist_ok=True)
        # mkstemp creates the file with mode 0600, then it is renamed into place: the key is
        # never readable by others, and a crash never leaves half a file.
        handle, temp = tempfile.mkstemp(dir=folder, prefix=".keys-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"warning": FALLBACK_WARNING, "keys": keys}, out, indent=2)
            os.replace(temp, self.fallback_file)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    # -- public ------------------------------------------------------------------------------------

    def save(self, kind: str, company_id: int, key: str) -> KeyLocation:
        """Keep the key; returns where it went."""
        username = key_username(kind, company_id)
        remember_secret(key)
        try:
            keyring.set_password(KEYRING_SERVICE, username, key)
            self._forget_in_file(username)
            return KeyLocation.KEYRING
        except KeyringError as exc:
            log.warning("No usable system keyring (%s); keeping the %s key in %s", exc, kind,
                        self.fallback_file)
        keys = self._read_file()
        keys[username] = key
        self._write_file(keys)
        return KeyLocation.FILE

    def load(self, kind: str, company_id: int) -> StoredKey | None:
        """The company's key for `kind`, or None when none was saved."""
        username = key_username(kind, company_id)
        try:
            value = keyring.get_password(KEYRING_SERVICE, username)
            if value:
                remember_secret(value)
                return StoredKey(value, KeyLocation.KEYRING)
        except KeyringError:
            pass  # no backend: the file is the only place it can be
        value = self._read_file().get(username)
        return StoredKey(value, KeyLocation.FILE) if value else None

    def delete(self, kind: str, company_id: int) -> None:
        """Forget the company's key everywhere."""
        username = key_username(kind, company_id)
        try:
            keyring.delete_password(KEYRING_SERVICE, username)
        except (PasswordDeleteError, KeyringError):
            pass
        self._forget_in_file(username)

    def _forget_in_file(self, username: str) -> None:
        keys = self._read_file()
        if username in keys:
            del keys[username]
            self._write_file(keys)
