"""The offline assistant as an agents SDK `Model`: deterministic, no network, real tool calls.

The Runner calls `get_response` once per turn with the whole input (the conversation, then the
tool calls of this run and their outputs). Each call reads the conversation again, lets the
planner decide, and answers with either one function call or the final message, so the same
tools, context scoping and pipeline run with or without a language model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import AsyncIterator
from typing import Any

from agents.items import ModelResponse, TResponseInputItem, TResponseStreamEvent
from agents.models.interface import Model, ModelTracing
from agents.usage import Usage
from openai.types.responses import ResponseFunctionToolCall, ResponseOutputMessage, ResponseOutputText

from desktop.bot.ai.answers import TOOL_FAILED
from desktop.bot.ai.offline.planner import Answer, Facts, Planner, ToolCall, ToolResult
from desktop.bot.ai.offline.understanding import Turn, Understanding, understand
from desktop.bot.profile import BusinessProfile

# Lines of the agent's instructions the offline assistant reads (an LLM reads them too).
NOW_LINE = "Current local date and time:"
NAME_LINE = "Customer's name:"
UNKNOWN_NAME = "not known yet"
_NOW = re.compile(re.escape(NOW_LINE) + r"\s*(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})")
_NAME = re.compile(re.escape(NAME_LINE) + r"\s*(.+?)\.?\s*$", re.M)


class OfflineModelError(RuntimeError):
    """The offline assistant was used in a way it does not support (streaming)."""


def _field(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    parts = []
    for part in content or []:
        text = _field(part, "text")
        if isinstance(text, str):
            parts.append(text)
    return "".join(parts)


def read_input(items: str | list[TResponseInputItem]) -> tuple[list[Turn], list[ToolResult]]:
    """The conversation turns, and the tool calls made after the latest customer turn."""
    if isinstance(items, str):
        return [Turn(True, items)], []
    turns: list[Turn] = []
    calls: dict[str, tuple[str, dict[str, Any]]] = {}
    results: list[ToolResult] = []
    for item in items:
        kind = _field(item, "type")
        role = _field(item, "role")
        if kind == "function_call":
            try:
                arguments = json.loads(_field(item, "arguments") or "{}")
            except json.JSONDecodeError:
                arguments = {}
            calls[_field(item, "call_id")] = (_field(item, "name"), arguments)
        elif kind == "function_call_output":
            name, arguments = calls.get(_field(item, "call_id"), ("", {}))
            try:
                output = json.loads(_field(item, "output") or "{}")
            except (json.JSONDecodeError, TypeError):
                output = None
            # What is not a JSON object reads as a refusal (`answers.read_answer`).
            results.append(ToolResult(name, arguments, output if isinstance(output, dict)
                                      else {"ok": False, "error": TOOL_FAILED}))
        elif role in ("user", "assistant"):
            if role == "user":
                results = []  # tool results belong to the run that answers the latest turn
                calls = {}
            turns.append(Turn(role == "user", _text_of(_field(item, "content"))))
    return turns, results


def read_facts(instructions: str | None, profile: BusinessProfile) -> Facts:
    """Today and the customer's name, from the agent's instructions."""
    text = instructions or ""
    match = _NOW.search(text)
    if match:
        now = dt.datetime.fromisoformat(f"{match[1]}T{match[2]}").replace(tzinfo=profile.zone)
    else:
        now = dt.datetime.now(profile.zone)
    name_match = _NAME.search(text)
    name = name_match[1].strip() if name_match else None
    return Facts(profile, now, None if name in (None, "", UNKNOWN_NAME) else name)


class OfflineModel(Model):
    """A deterministic receptionist for one business profile (no network, no key)."""

    def __init__(self, profile: BusinessProfile) -> None:
        self.profile = profile
        self.calls = 0
        # The Runner calls once per tool step with the same conversation: it is read once.
        self._understood: tuple[tuple[tuple[Turn, ...], dt.date], Understanding] | None = None

    async def get_response(self, system_instructions: str | None,
                           input: str | list[TResponseInputItem], model_settings: Any,  # noqa: A002
                           tools: list[Any], output_schema: Any, handoffs: list[Any],
                           tracing: ModelTracing, *, previous_response_id: str | None = None,
                           conversation_id: str | None = None,
                           prompt: Any | None = None) -> ModelResponse:
        """One turn: a function call or the final message."""
        self.calls += 1
        turns, results = read_input(input)
        facts = read_facts(system_instructions, self.profile)
        facts.results = results
        step = Planner(self._understand(turns, facts.now.date()), facts).next_step()
        if isinstance(step, ToolCall):
            call_id = f"offline-{len(results) + 1}-{step.name}"
            item: Any = ResponseFunctionToolCall(
                id=call_id, call_id=call_id, type="function_call", name=step.name,
                arguments=json.dumps(step.arguments, ensure_ascii=False))
        else:
            assert isinstance(step, Answer)
            item = ResponseOutputMessage(
                id=f"offline-answer-{self.calls}", type="message", role="assistant",
                status="completed",
                content=[ResponseOutputText(text=step.text, type="output_text", annotations=[],
                                            logprobs=[])])
        return ModelResponse(output=[item], usage=Usage(requests=1), response_id=None)

    def _understand(self, turns: list[Turn], today: dt.date) -> Understanding:
        key = (tuple(turns), today)
        if self._understood is None or self._understood[0] != key:
            self._understood = (key, understand(turns, self.profile, today))
        u = self._understood[1]
        # A copy: the planner fills in what it decides (the day of a move, the info asked).
        return dataclasses.replace(u, days=list(u.days), times=list(u.times))

    async def stream_response(self, *args: Any, **kwargs: Any
                              ) -> AsyncIterator[TResponseStreamEvent]:
        """Not supported: the receptionist never streams."""
        raise OfflineModelError("The offline assistant does not stream; use Runner.run.")
        yield  # pragma: no cover - makes this an async generator
