"""The composition root: one place builds a shop from its data folder.

The window, `ai-admin serve` and `ai-admin simulate` (and the benchmarks and tests) all run the
same shop: the database, the conversation records, the engine with its responder, the operations
staff use from the window, and every company's WhatsApp session (`ShopRuntime`). `build_shop`
wires them once; what differs between the entry points is only what they hand in (a responder
other than the AI receptionist, faster timings, simulator sessions, a pretend clock).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop.bot.engine import Engine, EngineOptions
from desktop.bot.operations import Operations
from desktop.bot.records import ConversationRecords
from desktop.bot.responder import Reply, ReplyRequest, Responder
from desktop.bot.runtime import ShopRuntime
from desktop.bridge import SessionOptions
from desktop.paths import DataPaths
from desktop.store.db import Database, DatabaseError, open_database
from desktop.store.models import Company, utcnow

# What build_shop raises when the folder's database cannot be opened (the window says so).
__all__ = ["DatabaseError", "DeferredResponder", "Shop", "ai_receptionist", "build_shop"]


class DeferredResponder(Responder):
    """The AI receptionist, built on first use: the agents SDK takes over a second to import,
    which would otherwise hold up the window appearing. `warm_up()` builds it in a thread."""

    def __init__(self, build: Callable[[], Responder]) -> None:
        self._build = build
        self._real: Responder | None = None
        self._building: asyncio.Lock | None = None

    @property
    def real(self) -> Responder:
        """The responder itself, built now if it was not yet."""
        if self._real is None:
            self._real = self._build()
        return self._real

    def settings_changed(self, company_id: int) -> None:
        """Passed on once the real responder is built (before that, nothing is cached)."""
        if self._real is not None:
            self._real.settings_changed(company_id)

    async def warm_up(self) -> None:
        """Build the real responder off the event loop (once, however many ask at a time)."""
        if self._real is not None:
            return
        if self._building is None:
            self._building = asyncio.Lock()
        async with self._building:
            if self._real is None:
                built = await asyncio.get_running_loop().run_in_executor(None, self._build)
                self._real = self._real or built

    async def reply(self, request: ReplyRequest) -> Reply:
        await self.warm_up()
        return await self.real.reply(request)


def ai_receptionist(paths: DataPaths, database: Database) -> Responder:
    """The AI receptionist: each company's own provider (the offline assistant unless set),
    its keys kept in the data folder's key store (or the system keyring)."""
    from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore

    keys = ApiKeyStore(paths.root / FALLBACK_FILE_NAME)

    def build() -> Responder:
        from desktop.bot.ai.offline import words
        from desktop.bot.ai.responder import AgentResponder

        # In the builder's thread: the first customer's answer does not load dictionaries on
        # the event loop (dateparser's first "in 3 days" alone takes half a second).
        words.warm_up()
        return AgentResponder(database, keys=keys)

    return DeferredResponder(build)


@dataclass
class Shop:
    """One data folder's shop, built and wired; it owns its database (`close` releases it)."""

    paths: DataPaths
    database: Database
    runtime: ShopRuntime

    @property
    def engine(self) -> Engine:
        return self.runtime.engine

    @property
    def operations(self) -> Operations:
        return self.runtime.operations

    def close(self) -> None:
        """Release the database (after `runtime.stop()`, or when the shop never started)."""
        self.database.dispose()


def build_shop(paths: DataPaths, *, database: Database | None = None,
               responder: Responder | None = None,
               engine_options: EngineOptions | None = None,
               session_options: Callable[[Company], SessionOptions] | None = None,
               clock: Callable[[], dt.datetime] | None = None) -> Shop:
    """Build the shop of `paths` (nothing starts yet: `shop.runtime.start()` does).

    Without `database`, the folder's database is opened (created and migrated when needed;
    `DatabaseError` when it cannot be). Without `responder`, the AI receptionist answers.
    """
    database = database or open_database(paths.database_url())
    responder = responder or ai_receptionist(paths, database)
    engine = Engine(ConversationRecords(database), responder, engine_options,
                    clock=clock or utcnow)
    runtime = ShopRuntime(database, paths, engine, Operations(database, engine),
                          session_options=session_options)
    return Shop(paths, database, runtime)
