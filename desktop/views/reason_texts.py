"""The window's words for every reason the engine gives (`desktop.reason.Reason`), by code.

The engine never hands the window a sentence to show: it hands a code and its parameters, and this
table holds the translated template for each code. A test walks every code the engine defines and
fails when a code has no text here (and the translation test fails when a text here has no
Russian or Hebrew).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop.reason import Reason, Value


def reason_text(reason: Reason | str | None) -> str:
    """A reason in the window's language; empty for no reason.

    A plain text is what was stored before reasons had codes (old connection history): it is
    shown as it was written.
    """
    if reason is None or isinstance(reason, str):
        return reason or ""
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
    """Parameters for a template; a parameter a translation names but the reason lacks stays visible.

    A reason given as a parameter (the "why" of "{why} Next try at {at}.") is put in in the
    window's language too.
    """

    def __init__(self, params: Mapping[str, Value]) -> None:
        super().__init__({key: reason_text(value) if isinstance(value, Reason) else value
                          for key, value in params.items()})

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
    # {field} is the form's label for the key where the window has one ("Monday", "Price").
    return {
        # bookings (by hand on the agenda, and the receptionist's tools)
        "booking.unknown_service": QCoreApplication.translate(
            "ShopReasons", "The shop does not offer “{service}”. Services: {offered}."),
        "booking.no_services": QCoreApplication.translate(
            "ShopReasons", "The shop does not offer “{service}”: no "
                           "services are listed in the business profile."),
        "booking.in_the_past": QCoreApplication.translate(
            "ShopReasons", "{start} has already passed. Choose a later time."),
        "booking.too_soon": QCoreApplication.translate(
            "ShopReasons", "Bookings need at least {minutes} "
                           "minutes' notice; {start} is too soon."),
        "booking.too_far_ahead": QCoreApplication.translate(
            "ShopReasons", "Bookings are taken up to {days} days ahead; {day} is too far."),
        "booking.outside_hours": QCoreApplication.translate(
            "ShopReasons", "{service} ({minutes} min) at {start} does not "
                           "fit the opening hours that day ({hours})."),
        "booking.closed_that_day": QCoreApplication.translate(
            "ShopReasons", "{service} ({minutes} min) at {start}: the shop is closed that day."),
        "booking.slot_taken": QCoreApplication.translate(
            "ShopReasons", "{start} is already taken."),
        "booking.not_found": QCoreApplication.translate(
            "ShopReasons", "Appointment {appointment} is not an "
                           "upcoming booking of this customer."),
        "booking.not_a_date": QCoreApplication.translate(
            "ShopReasons", "“{text}” is not a date like 2026-12-20."),
        "booking.not_a_time": QCoreApplication.translate(
            "ShopReasons", "“{text}” is not a time like 15:30."),
        # phone numbers typed in
        "phone.empty": QCoreApplication.translate(
            "ShopReasons", "The phone number is empty."),
        "phone.too_long": QCoreApplication.translate(
            "ShopReasons", "The phone number is too long."),
        "phone.not_a_number": QCoreApplication.translate(
            "ShopReasons", "“{phone}” is not a phone number."),
        "phone.impossible": QCoreApplication.translate(
            "ShopReasons", "“{phone}” is not a possible phone number."),
        "phone.unusable": QCoreApplication.translate(
            "ShopReasons", "“{phone}” is not a phone number WhatsApp could use."),
        # the business profile
        "profile.not_a_profile": QCoreApplication.translate(
            "ShopReasons", "The profile must be a JSON object."),
        "profile.not_an_object": QCoreApplication.translate(
            "ShopReasons", "{field}: must be an object."),
        "profile.unknown_key": QCoreApplication.translate(
            "ShopReasons", "{field}: unknown key."),
        "profile.required": QCoreApplication.translate(
            "ShopReasons", "{field}: is required."),
        "profile.not_a_text": QCoreApplication.translate(
            "ShopReasons", "{field}: must be a text."),
        "profile.empty_text": QCoreApplication.translate(
            "ShopReasons", "{field}: must not be empty."),
        "profile.too_long": QCoreApplication.translate(
            "ShopReasons", "{field}: is longer than {limit} characters."),
        "profile.not_a_whole_number": QCoreApplication.translate(
            "ShopReasons", "{field}: must be a whole number from {low} to {high}."),
        "profile.not_a_time": QCoreApplication.translate(
            "ShopReasons", "{field}: must be a time like 09:30."),
        "profile.not_ranges": QCoreApplication.translate(
            "ShopReasons", "{field}: must be a list of time ranges like 10:00-14:00."),
        "profile.not_a_pair": QCoreApplication.translate(
            "ShopReasons", "{field}: must be a time range like 10:00-14:00."),
        "profile.ends_before_start": QCoreApplication.translate(
            "ShopReasons", "{field}: must end after it starts."),
        "profile.overlaps": QCoreApplication.translate(
            "ShopReasons", "{field}: overlaps the range before it (list ranges in order)."),
        "profile.not_texts": QCoreApplication.translate(
            "ShopReasons", "{field}: must be a list of texts."),
        "profile.not_a_price": QCoreApplication.translate(
            "ShopReasons", "{field}: must be a number, 0 or more."),
        "profile.not_a_currency": QCoreApplication.translate(
            "ShopReasons", "{field}: must be a 3-letter currency code like USD."),
        "profile.not_a_timezone": QCoreApplication.translate(
            "ShopReasons", "{field}: “{zone}” is not a "
                           "time zone (like Europe/Moscow or Asia/Jerusalem)."),
        "profile.not_a_list": QCoreApplication.translate(
            "ShopReasons", "{field}: must be a list."),
        "profile.same_service_twice": QCoreApplication.translate(
            "ShopReasons", "{field}: two services have the same name."),
        "profile.cannot_read": QCoreApplication.translate(
            "ShopReasons", "Cannot read {file}: {error}"),
        "profile.not_json": QCoreApplication.translate(
            "ShopReasons", "{file} is not valid JSON ({error})."),
        "profile.not_usable_json": QCoreApplication.translate(
            "ShopReasons", "{file} is not usable JSON ({error})."),
        "profile.no_company": QCoreApplication.translate(
            "ShopReasons", "Company {company} does not exist."),
        "profile.customer_elsewhere": QCoreApplication.translate(
            "ShopReasons", "The customer belongs to another company."),
        # the AI provider (on the Business page)
        "provider.not_an_object": QCoreApplication.translate(
            "ShopReasons", "The AI provider setting must name a kind of provider."),
        "provider.unknown_key": QCoreApplication.translate(
            "ShopReasons", "{field}: unknown setting."),
        "provider.unknown_kind": QCoreApplication.translate(
            "ShopReasons", "{field}: “{kind}” is not one of {kinds}."),
        "provider.needs_address": QCoreApplication.translate(
            "ShopReasons", "{field}: give the server's address, like http://127.0.0.1:11434/v1"),
        "provider.needs_model": QCoreApplication.translate(
            "ShopReasons", "{field}: give the model name the server serves."),
        "provider.no_openai_key": QCoreApplication.translate(
            "ShopReasons", "No OpenAI key is set for this company: add it on the Business page."),
    }
