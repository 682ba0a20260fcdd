"""Last checks on an answer before it goes to a customer."""

from __future__ import annotations

import json
import re

MAX_ANSWER_CHARS = 4096
_TOOL_WORDS = re.compile(r'"(call_id|function_call|tool_calls|arguments|appointment_id)"|'
                         r"\bfunction_call(_output)?\b|<tool_call>|</?function")


def unsafe_reason(text: str | None) -> str | None:
    """Why this answer must not be sent, or None when it is fine."""
    if text is None or not text.strip():
        return "The AI gave an empty answer"
    if len(text) > MAX_ANSWER_CHARS:
        return f"The AI answer was too long ({len(text)} characters)"
    stripped = text.strip()
    if stripped[0] in "[{" and stripped[-1] in "]}":
        try:
            json.loads(stripped)
            return "The AI answered with raw data (JSON) instead of a message"
        except json.JSONDecodeError:
            pass
    if _TOOL_WORDS.search(text):
        return "The AI answer looked like a tool call"
    return None
