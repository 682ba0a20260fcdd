"""The AI receptionist as the engine's Responder: one agent run per customer request.

Input is the recent conversation from our own store (customer turns as "user", the shop's bot
and staff turns as "assistant"), so the agent sees what a person at the desk would see. Failures
never reach the customer as errors: a provider that fails, a run that goes in circles, or an
answer that is empty, huge or looks like raw tool data becomes a short apology in the customer's
language plus a needs-human flag.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import openai
from agents import RunConfig, Runner, TResponseInputItem
from agents.exceptions import AgentsException
from agents.models.interface import Model
from openai.types.responses import EasyInputMessageParam

from desktop.bot.ai.context import ReceptionContext
from desktop.bot.ai.factory import AgentFactory
from desktop.bot.ai.keys import ApiKeyStore
from desktop.bot.ai.offline.language import conversation_language
from desktop.bot.ai.offline.phrases import say
from desktop.bot.ai.providers import (
    ProviderError,
    ProviderSettings,
    build_model,
    disable_tracing,
    load_provider_settings,
)
from desktop.bot.ai.safety import unsafe_reason
from desktop.bot.profile import BusinessProfile, ProfileError, parse_profile
from desktop.bot.records import ConversationRecords
from desktop.bot.responder import Reply, ReplyRequest, Responder
from desktop.reason import Reason, define
from desktop.redact import remove_secrets_from_text
from desktop.store.db import Database
from desktop.store.models import Author, Company, Customer
from desktop.store.settings import SettingsStore

log = logging.getLogger("ai_admin.ai")

NO_COMPANY = define("profile.no_company", "company {company} does not exist")
CUSTOMER_ELSEWHERE = define("profile.customer_elsewhere",
                            "the customer does not belong to this company")

ModelMaker = Callable[[ProviderSettings, BusinessProfile, int], Model]


@dataclass(frozen=True)
class ResponderOptions:
    """Bounds of one run."""

    max_turns: int = 8              # model calls per answer (tool rounds + the answer)
    history_limit: int = 20         # conversation messages given to the model
    max_message_chars: int = 2000   # one long message cannot crowd out the rest
    channel: str = "whatsapp"


class AgentResponder(Responder):
    """Answers customers with each company's own agent and provider.

    `database` is the shop's database, or a function that opens it on first use (the command
    line builds the responder before the engine has created and migrated the database).
    `make_model` replaces the provider lookup (tests give a scripted model).
    """

    def __init__(self, database: Database | Callable[[], Database], *,
                 keys: ApiKeyStore | None = None, factory: AgentFactory | None = None,
                 options: ResponderOptions | None = None,
                 make_model: ModelMaker | None = None) -> None:
        self._database = database if isinstance(database, Database) else None
        self._open_database = None if isinstance(database, Database) else database
        self.keys = keys or ApiKeyStore()
        self.factory = factory or AgentFactory()
        self.options = options or ResponderOptions()
        self.make_model = make_model
        disable_tracing()

    @property
    def database(self) -> Database:
        """The shop's database (opened on first use when given as a function)."""
        if self._database is None:
            assert self._open_database is not None
            self._database = self._open_database()
        return self._database

    def close(self) -> None:
        """Release the database when this responder opened it itself."""
        if self._open_database is not None and self._database is not None:
            self._database.dispose()
            self._database = None

    def settings_changed(self, company_id: int) -> None:
        """The company's agent is built again from its new profile, provider and key."""
        self.factory.forget(company_id)

    # -- one answer --------------------------------------------------------------------------------

    async def reply(self, request: ReplyRequest) -> Reply:
        """The agent's answer to the customer's latest messages."""
        language = conversation_language(list(request.texts))
        company = request.company_id
        try:
            profile, customer_name = self._load(request)
            provider = load_provider_settings(SettingsStore(self.database), company)
            agent = self.factory.agent_for(
                company, profile, provider.to_json(), lambda: self._model(provider, profile,
                                                                          company),
                channel=self.options.channel)
        except (ProfileError, ProviderError) as exc:
            log.warning("The AI cannot answer: %s", exc, extra={"company_id": company})
            return self._fallback(language, f"The AI is not set up: {exc}")
        context = ReceptionContext(self.database, company, request.customer_id,
                                   request.conversation_id, profile, request.now,
                                   customer_name=customer_name, language=language)
        started = time.perf_counter()
        try:
            result = await Runner.run(agent, self._history(request.conversation_id),
                                      context=context, max_turns=self.options.max_turns,
                                      run_config=RunConfig(tracing_disabled=True))
        except AgentsException as exc:
            log.warning("The AI run failed: %s: %s", type(exc).__name__, exc,
                        extra={"company_id": company})
            return self._fallback(language, f"The AI could not finish ({type(exc).__name__}: "
                                            f"{exc})", context.handoff_reason,
                                  **_changes(context))
        except openai.OpenAIError as exc:
            log.warning("The AI provider failed: %s", exc, extra={"company_id": company})
            return self._fallback(language, f"The AI provider failed: {exc}",
                                  context.handoff_reason, **_changes(context))
        elapsed_ms = (time.perf_counter() - started) * 1000
        text = result.final_output if isinstance(result.final_output, str) else None
        log.info("run completed in %.0f ms (tools: %s)", elapsed_ms,
                 ", ".join(context.tool_calls) or "none", extra={"company_id": company})
        problem = unsafe_reason(text)
        if problem:
            log.warning("%s; sending the fallback instead", problem, extra={"company_id": company})
            return self._fallback(language, problem, context.handoff_reason,
                                  **_changes(context))
        assert text is not None  # unsafe_reason calls a missing answer empty
        log.info("final answer: %s", text, extra={"company_id": company})
        return Reply(text.strip(), handoff=context.handoff_reason,
                     **_changes(context))

    def _fallback(self, language: str, reason: str, earlier: str | None = None, *,
                  visits_changed: bool = False, visits: frozenset[int] = frozenset()) -> Reply:
        reason = f"{earlier}; {reason}" if earlier else reason
        # Before cutting: a key cut in half would no longer be recognised.
        return Reply(say("fallback", language), handoff=remove_secrets_from_text(reason)[:500],
                     visits_changed=visits_changed, visits=visits)

    def _model(self, provider: ProviderSettings, profile: BusinessProfile,
               company_id: int) -> Model:
        if self.make_model is not None:
            return self.make_model(provider, profile, company_id)
        return build_model(provider, profile, self.keys, company_id)

    def _load(self, request: ReplyRequest) -> tuple[BusinessProfile, str | None]:
        with self.database.session() as session:
            company = session.get(Company, request.company_id)
            if company is None:
                raise ProfileError(Reason(NO_COMPANY, {"company": request.company_id}))
            profile = parse_profile(company.profile)
            customer = session.get(Customer, request.customer_id)
            if customer is None or customer.company_id != request.company_id:
                raise ProfileError(Reason(CUSTOMER_ELSEWHERE))
            return profile, customer.name or customer.push_name

    def _history(self, conversation_id: int) -> list[TResponseInputItem]:
        """The conversation as model input, oldest first; media and empty messages left out."""
        limit = self.options.max_message_chars
        items: list[TResponseInputItem] = []
        for message in ConversationRecords(self.database).recent_messages(
                conversation_id, self.options.history_limit):
            text = message.text or ""
            if message.kind != "text" or not text.strip():
                continue
            role: Literal["user", "assistant"] = (
                "user" if message.author == Author.CUSTOMER else "assistant")
            items.append(EasyInputMessageParam(role=role, content=text[:limit]))
        return items


# The tools that change a visit: after them the visit's reminders are planned again at once.
VISIT_TOOLS = frozenset({"book_appointment", "cancel_appointment", "confirm_appointment",
                         "reschedule_appointment"})


def _visits_changed(context: ReceptionContext) -> bool:
    return not VISIT_TOOLS.isdisjoint(context.tool_calls)


def _changes(context: ReceptionContext) -> dict[str, Any]:
    """What the answer changed, for the engine: reminders to plan, visits for the window."""
    return {"visits_changed": _visits_changed(context), "visits": frozenset(context.visits)}
