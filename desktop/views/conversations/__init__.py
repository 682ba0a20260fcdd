"""The Conversations page: every WhatsApp conversation of a company, live, with human takeover."""

from desktop.views.conversations.page import ConversationsPage

__all__ = ["ConversationsPage"]
