"""The AI receptionist: agents built from the business profile, tools scoped to one customer,
providers (offline, OpenAI, OpenAI-compatible) and the booking rules."""
