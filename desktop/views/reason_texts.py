"""The window's words for every reason the engine gives (`desktop.reason.Reason`), by code.

The engine never hands the window a sentence to show: it hands a code and its parameters, and this
table holds the translated template for each code. A test walks every code the engine defines and
fails when a code has no text here (and the translation test fails when a text here has no
Russian or Hebrew).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication  # noqa: F401 - the tables below fill up

from desktop.reason import Reason, Value


def reason_text(reason: Reason | None) -> str:
    """A reason in the window's language; empty for no reason."""
    if reason is None:
        return ""
    template = _templates().get(reason.code)
    if template is None:
        # A code added to the engine without a text here: the test catches it; the window shows
        # the English rather than nothing.
        return reason.text
    return template.format_map(_Params(reason.params))


def known_codes() -> frozenset[str]:
    """The codes this table has a text for (the completeness test compares them with the engine's)."""
    return frozenset(_templates())


class _Params(dict[str, Value]):
    """Parameters for a template; a parameter a translation names but the reason lacks stays visible."""

    def __init__(self, params: Mapping[str, Value]) -> None:
        super().__init__(params)

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _templates() -> dict[str, str]:
    # Built at each call, so a change of language shows at once (a few dozen lookups, cheap).
    return {**_connection_texts(), **_shop_texts()}


# -- the connection: sessions, the bridge, sends ---------------------------------------------------


def _connection_texts() -> dict[str, str]:
    # Each entry: code -> QCoreApplication.translate("ConnectionReasons", "English {param}.")
    return {
    }


# -- the shop: bookings, the business profile, customers -------------------------------------------


def _shop_texts() -> dict[str, str]:
    # Each entry: code -> QCoreApplication.translate("ShopReasons", "English {param}.")
    return {
    }
