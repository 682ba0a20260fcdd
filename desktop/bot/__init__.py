"""The message engine and the AI receptionist: conversations, outbox, responders (no Qt here)."""
