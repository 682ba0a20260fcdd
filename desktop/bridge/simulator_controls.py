"""The simulator's controls on a session: the practice phone scans, customers write, faults happen.

Only the simulator transport answers these (``not_sim`` otherwise); tests and the practice mode
use them to play WhatsApp's side.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

Command = Callable[[str, dict[str, Any] | None], Awaitable[dict[str, Any]]]


class SimulatorControls:
    """``sim.*`` commands sent to one company's bridge through ``command``."""

    def __init__(self, command: Command) -> None:
        self._command = command

    async def scan(self) -> None:
        """The phone scans the QR code (or accepts the pairing code)."""
        await self._command("sim.scan", None)

    async def incoming(self, phone: str, fields: dict[str, Any]) -> str:
        """A message arrives from ``phone`` (E.164); returns its WhatsApp message id."""
        args = {"from": phone, **{k: v for k, v in fields.items() if v is not None}}
        result = await self._command("sim.incoming", args)
        # The argument and the answer are ``message_id`` on the wire: ``id`` is the command's own.
        return str(result.get("message_id") or result.get("id") or "")

    async def lid_mapping(self, phone: str, lid: str | None = None) -> str:
        """WhatsApp tells the phone behind a LID (by default the phone's own LID)."""
        result = await self._command("sim.lid_mapping", {"phone": phone, **({"lid": lid} if lid else {})})
        return str(result.get("lid") or "")

    async def fault(self, fault: str, args: dict[str, Any]) -> None:
        """Inject a fault (``disconnect``, ``logout``, ``replaced``, ``crash`` ...)."""
        await self._command("sim.fault", {"fault": fault, **args})
