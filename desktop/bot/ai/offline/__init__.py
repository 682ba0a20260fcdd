"""The built-in offline assistant: a deterministic model that works with no AI provider."""

from desktop.bot.ai.offline.model import OfflineModel

__all__ = ["OfflineModel"]
