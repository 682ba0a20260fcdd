"""AI providers per company: the built-in offline assistant, OpenAI, or an OpenAI-compatible server.

The choice lives in the company's settings under `ai_provider`:

    {"kind": "offline"}
    {"kind": "openai", "model": "gpt-4.1-mini"}
    {"kind": "openai_compatible", "base_url": "http://127.0.0.1:11434/v1", "model": "llama3.1"}

Keys are never in the settings: they are in the OS keyring (see `keys.py`). Tracing to external
services is switched off whenever a model is built.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from desktop.bot.ai.keys import ApiKeyStore
from desktop.bot.profile import BusinessProfile
from desktop.reason import Reason, define
from desktop.store.settings import SettingsStore

if TYPE_CHECKING:
    from agents.models.interface import Model

# The agents SDK (and the OpenAI client under it) takes over a second to import: settings screens
# and the window's start-up use this module without it, so it is imported where models are built.

log = logging.getLogger("ai_admin.ai")

SETTING_KEY = "ai_provider"
DEFAULT_OPENAI_MODEL = "gpt-4.1-mini"
OPENAI_BASE_URL = "https://api.openai.com/v1"
REQUEST_TIMEOUT = 30.0
NO_KEY_PLACEHOLDER = "not-needed"  # local servers ignore the key, but the client wants one


class ProviderKind(enum.StrEnum):
    """Where answers come from."""

    OFFLINE = "offline"
    OPENAI = "openai"
    OPENAI_COMPATIBLE = "openai_compatible"


NOT_AN_OBJECT = define("provider.not_an_object",
                       "ai_provider must be an object with a \"kind\" (like \"offline\")")
UNKNOWN_KEY = define("provider.unknown_key", "{field}: unknown key")
UNKNOWN_KIND = define("provider.unknown_kind", "{field}: \"{kind}\" is not one of {kinds}")
NEEDS_ADDRESS = define("provider.needs_address",
                       "{field}: give the server's address, like http://127.0.0.1:11434/v1")
NEEDS_MODEL = define("provider.needs_model", "{field}: give the model name the server serves")
NO_OPENAI_KEY = define("provider.no_openai_key",
                       "No OpenAI key is set for this company: add it in the AI settings.")


class ProviderError(Exception):
    """The provider is set up wrongly or cannot be used: `reason` says what to do, `path` names
    the setting's key when it is about one (`ai_provider.base_url`)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.text)
        self.reason = reason
        self.path = str(reason.params.get("field", ""))


@dataclass(frozen=True)
class ProviderSettings:
    """A company's provider choice (the `ai_provider` setting)."""

    kind: ProviderKind = ProviderKind.OFFLINE
    base_url: str | None = None
    model: str | None = None

    @classmethod
    def from_json(cls, data: Any) -> ProviderSettings:
        """Validate the setting; a ProviderError names the problem."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise ProviderError(Reason(NOT_AN_OBJECT))
        unknown = set(data) - {"kind", "base_url", "model"}
        if unknown:
            raise ProviderError(Reason(UNKNOWN_KEY, {"field": f"ai_provider.{sorted(unknown)[0]}"}))
        try:
            kind = ProviderKind(data.get("kind", "offline"))
        except ValueError:
            raise ProviderError(Reason(UNKNOWN_KIND, {
                "field": "ai_provider.kind", "kind": str(data.get("kind")),
                "kinds": ", ".join(k.value for k in ProviderKind)})) from None
        base_url, model = data.get("base_url"), data.get("model")
        if kind is ProviderKind.OPENAI_COMPATIBLE:
            parsed = urlparse(base_url or "")
            if parsed.scheme not in ("http", "https") or not parsed.netloc:
                raise ProviderError(Reason(NEEDS_ADDRESS, {"field": "ai_provider.base_url"}))
            if not model:
                raise ProviderError(Reason(NEEDS_MODEL, {"field": "ai_provider.model"}))
        if kind is ProviderKind.OPENAI:
            model = model or DEFAULT_OPENAI_MODEL
        return cls(kind, base_url.rstrip("/") if base_url else None, model)

    def to_json(self) -> dict[str, Any]:
        """The setting's JSON form."""
        data: dict[str, Any] = {"kind": self.kind.value}
        if self.base_url:
            data["base_url"] = self.base_url
        if self.model:
            data["model"] = self.model
        return data


def load_provider_settings(settings: SettingsStore, company_id: int) -> ProviderSettings:
    """The company's provider (offline when none is set)."""
    return ProviderSettings.from_json(settings.get(SETTING_KEY, company_id=company_id))


def save_provider_settings(settings: SettingsStore, company_id: int,
                           provider: ProviderSettings) -> None:
    """Store the company's provider choice."""
    settings.set(SETTING_KEY, provider.to_json(), company_id=company_id)


def disable_tracing() -> None:
    """No traces leave the machine: conversations are the shop's customers' data."""
    from agents import set_tracing_disabled

    set_tracing_disabled(True)


def _api_key(provider: ProviderSettings, keys: ApiKeyStore, company_id: int) -> str:
    stored = keys.load(provider.kind.value, company_id)
    if stored is not None:
        return stored.value
    if provider.kind is ProviderKind.OPENAI:
        raise ProviderError(Reason(NO_OPENAI_KEY))
    return NO_KEY_PLACEHOLDER


def _client(provider: ProviderSettings, api_key: str) -> Any:
    from openai import AsyncOpenAI  # only loaded when a network provider is used

    return AsyncOpenAI(api_key=api_key, base_url=provider.base_url or OPENAI_BASE_URL,
                       timeout=REQUEST_TIMEOUT, max_retries=1)


def build_model(provider: ProviderSettings, profile: BusinessProfile, keys: ApiKeyStore,
                company_id: int) -> Model:
    """The model for a company's provider; ProviderError when it cannot be built."""
    disable_tracing()
    if provider.kind is ProviderKind.OFFLINE:
        from desktop.bot.ai.offline import OfflineModel

        return OfflineModel(profile)
    from agents import OpenAIChatCompletionsModel

    # Chat Completions is the one API that OpenAI and every compatible server speak.
    return OpenAIChatCompletionsModel(model=provider.model or DEFAULT_OPENAI_MODEL,
                                      openai_client=_client(provider,
                                                            _api_key(provider, keys, company_id)))


class CheckOutcome(enum.StrEnum):
    """What a provider check found."""

    OK = "ok"
    UNREACHABLE = "unreachable"
    BAD_KEY = "bad_key"
    MODEL_MISSING = "model_missing"
    NO_KEY = "no_key"
    FAILED = "failed"


@dataclass(frozen=True)
class ProviderCheck:
    """The answer of `test_provider`: an outcome and a sentence for the owner."""

    outcome: CheckOutcome
    message: str

    @property
    def ok(self) -> bool:
        return self.outcome is CheckOutcome.OK


async def test_provider(provider: ProviderSettings, api_key: str | None = None, *,
                        timeout: float = 10.0) -> ProviderCheck:
    """Ask the provider for a one-token answer and explain what went wrong, if anything."""
    if provider.kind is ProviderKind.OFFLINE:
        return ProviderCheck(CheckOutcome.OK, "The built-in offline assistant needs no setup.")
    if provider.kind is ProviderKind.OPENAI and not api_key:
        return ProviderCheck(CheckOutcome.NO_KEY, "No OpenAI key is set: paste your key from "
                                                  "platform.openai.com.")
    import openai

    client = _client(provider, api_key or NO_KEY_PLACEHOLDER).with_options(
        timeout=timeout, max_retries=0)
    where = provider.base_url or OPENAI_BASE_URL
    try:
        await client.chat.completions.create(
            model=provider.model or DEFAULT_OPENAI_MODEL, max_tokens=1,
            messages=[{"role": "user", "content": "ping"}])
    except openai.APIConnectionError as exc:
        return ProviderCheck(CheckOutcome.UNREACHABLE,
                             f"{where} cannot be reached ({exc.__class__.__name__}): check the "
                             "address and that the server is running.")
    except (openai.AuthenticationError, openai.PermissionDeniedError):
        return ProviderCheck(CheckOutcome.BAD_KEY, f"{where} refused the key (401/403): check "
                                                   "the API key.")
    except openai.NotFoundError:
        return ProviderCheck(CheckOutcome.MODEL_MISSING,
                             f"{where} has no model \"{provider.model}\" (404): check the model "
                             "name (for Ollama: `ollama list`).")
    except openai.APIStatusError as exc:
        return ProviderCheck(CheckOutcome.FAILED, f"{where} answered with an error "
                                                  f"{exc.status_code}: {exc.message}")
    finally:
        await client.close()
    return ProviderCheck(CheckOutcome.OK, f"{where} answered with model \"{provider.model}\".")


# A function for the settings screen, not a test for pytest. pytest reads `__test__`; typing
# knows no such attribute on a function.
test_provider.__test__ = False  # type: ignore[attr-defined]
