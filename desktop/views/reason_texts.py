"""The window's words for every reason the engine gives (`desktop.reason.Reason`), by code.

The engine never hands the window a sentence to show: it hands a code and its parameters, and this
table holds the translated template for each code. A test walks every code the engine defines and
fails when a code has no text here (and the translation test fails when a text here has no
Russian or Hebrew).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop.reason import Reason, Value
from desktop.views.formats import keep_ltr


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
    window's language too. In a right-to-left window a value with no right-to-left letters (a
    phone number, a time, a path, the bridge's English) keeps its own order.
    """

    def __init__(self, params: Mapping[str, Value]) -> None:
        super().__init__({key: reason_text(value) if isinstance(value, Reason) else _data(value)
                          for key, value in params.items()})

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _data(value: Value) -> Value:
    text = str(value)
    if _RIGHT_TO_LEFT_LETTERS.search(text):
        return value  # the shop's own Hebrew words flow with the sentence
    return keep_ltr(text)


# Hebrew and Arabic letters: a value with any of them is text in the window's direction.
_RIGHT_TO_LEFT_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _templates() -> dict[str, str]:
    # Built at each call, so a change of language shows at once (a few dozen lookups, cheap).
    return {**_connection_texts(), **_shop_texts()}


# -- the connection: sessions, the bridge, sends ---------------------------------------------------


def _connection_texts() -> dict[str, str]:
    # Each entry: code -> QCoreApplication.translate("ConnectionReasons", "English {param}.")
    # {why}, {meaning} and {next_step} are reasons themselves, put in in the same language;
    # {error} and {line} are the bridge's or the system's own words, shown as they are.
    texts = {
        # setting up and running the bridge process
        "bridge.node_not_executable": QCoreApplication.translate(
            "ConnectionReasons", "{variable} points to {path}, which is not an executable: fix or unset it."),
        "bridge.bundled_node_missing": QCoreApplication.translate(
            "ConnectionReasons", "The Node.js runtime shipped with AI Admin is missing: reinstall AI "
                                 "Admin (or set {variable} to a Node.js 20+ executable)."),
        "bridge.node_missing": QCoreApplication.translate(
            "ConnectionReasons", "Node.js was not found: install Node.js 20 or newer from "
                                 "https://nodejs.org and restart AI Admin."),
        "bridge.node_unrunnable": QCoreApplication.translate(
            "ConnectionReasons", "Node.js at {node} could not be run ({error}): reinstall Node.js 20 or "
                                 "newer."),
        "bridge.node_no_version": QCoreApplication.translate(
            "ConnectionReasons", "{node} did not report a Node.js version: reinstall Node.js 20 or newer."),
        "bridge.node_too_old": QCoreApplication.translate(
            "ConnectionReasons", "Node.js {version} is too old: install Node.js {minimum} or newer from "
                                 "https://nodejs.org."),
        "bridge.script_missing": QCoreApplication.translate(
            "ConnectionReasons", "The bridge script {script} is missing: reinstall AI Admin."),
        "bridge.packages_missing": QCoreApplication.translate(
            "ConnectionReasons", "The bridge's Node packages are not installed in {folder}: run `npm ci` "
                                 "there (or `make install`)."),
        "bridge.cannot_run": QCoreApplication.translate(
            "ConnectionReasons", "The bridge cannot run: {error}"),
        "bridge.stopped_as_asked": QCoreApplication.translate(
            "ConnectionReasons", "The bridge stopped as asked."),
        "bridge.killed": QCoreApplication.translate(
            "ConnectionReasons", "The bridge was killed ({signal})."),
        "bridge.exited": QCoreApplication.translate(
            "ConnectionReasons", "The bridge exited without being asked to."),
        "bridge.ended_unknown": QCoreApplication.translate(
            "ConnectionReasons", "The bridge ended in an unknown way."),
        "bridge.crashed": QCoreApplication.translate(
            "ConnectionReasons", "The bridge crashed (exit code {exit_code})."),
        "bridge.last_message": QCoreApplication.translate(
            "ConnectionReasons", "{why} Last message: {line}"),
        "bridge.could_not_start": QCoreApplication.translate(
            "ConnectionReasons", "The bridge could not be started: {error}"),
        "bridge.never_started": QCoreApplication.translate(
            "ConnectionReasons", "The bridge was never started."),
        "bridge.not_ready": QCoreApplication.translate(
            "ConnectionReasons", "The bridge did not report that it was ready within {seconds} s."),
        "bridge.protocol_mismatch": QCoreApplication.translate(
            "ConnectionReasons", "The WhatsApp bridge speaks protocol version {theirs}, but this app "
                                 "speaks version {ours}: reinstall AI Admin so both parts match."),
        "bridge.starting": QCoreApplication.translate(
            "ConnectionReasons", "Starting the WhatsApp bridge."),
        "bridge.idle": QCoreApplication.translate(
            "ConnectionReasons", "The bridge is running; WhatsApp is not connected."),
        "bridge.folder_unusable": QCoreApplication.translate(
            "ConnectionReasons", "The session folder {folder} cannot be used ({error}): check the data "
                                 "folder."),
        "bridge.trying_again": QCoreApplication.translate(
            "ConnectionReasons", "{why} Trying again at {at}."),
        "bridge.restarting": QCoreApplication.translate(
            "ConnectionReasons", "{why} Restarting the bridge at {at}."),
        "bridge.too_big": QCoreApplication.translate(
            "ConnectionReasons", "The bridge uses {mb} MB, more than the {limit} MB allowed."),
        "bridge.not_answering": QCoreApplication.translate(
            "ConnectionReasons", "The bridge did not answer within {seconds} s; it is hung."),
        "bridge.restart_asked": QCoreApplication.translate(
            "ConnectionReasons", "Restart requested."),
        # what a close of the WhatsApp connection means
        "connection.no_internet": QCoreApplication.translate(
            "ConnectionReasons", "No internet connection."),
        "connection.qr_expired": QCoreApplication.translate(
            "ConnectionReasons", "The QR code expired before the phone scanned it."),
        "connection.logged_out": QCoreApplication.translate(
            "ConnectionReasons", "This computer was unlinked from WhatsApp (logged out on the phone, or "
                                 "the link expired)."),
        "connection.forbidden": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp refused this number (it may be banned or restricted)."),
        "connection.timed_out": QCoreApplication.translate(
            "ConnectionReasons", "The connection to WhatsApp timed out."),
        "connection.multidevice_mismatch": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp says the saved login does not match the phone's linked devices."),
        "connection.connection_closed": QCoreApplication.translate(
            "ConnectionReasons", "The connection to WhatsApp was closed."),
        "connection.connection_replaced": QCoreApplication.translate(
            "ConnectionReasons", "Another computer or program opened this WhatsApp session and took it "
                                 "over."),
        "connection.bad_session": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp could not use the saved session."),
        "connection.unavailable": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp is unavailable right now."),
        "connection.restart_required": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp asked for a restart (normal right after linking)."),
        "connection.connection_lost": QCoreApplication.translate(
            "ConnectionReasons", "The connection to WhatsApp was lost."),
        "connection.unknown": QCoreApplication.translate(
            "ConnectionReasons", "The connection to WhatsApp closed with code {code}."),
        # what happens after a close
        "connection.next.until_reachable": QCoreApplication.translate(
            "ConnectionReasons", "Trying again by itself until WhatsApp can be reached."),
        "connection.next.new_qr": QCoreApplication.translate(
            "ConnectionReasons", "Press “New QR” when the phone is at hand."),
        "connection.next.link_again": QCoreApplication.translate(
            "ConnectionReasons", "The saved login was deleted; link the phone again."),
        "connection.next.nothing_retried": QCoreApplication.translate(
            "ConnectionReasons", "Nothing will be retried; check the WhatsApp app on the phone before "
                                 "linking again."),
        "connection.next.short_pause": QCoreApplication.translate(
            "ConnectionReasons", "Reconnecting after a short pause."),
        "connection.next.take_back": QCoreApplication.translate(
            "ConnectionReasons", "It stays disconnected here, so that the two do not fight over it; "
                                 "press “Connect” to take it back."),
        "connection.next.pause_or_relink": QCoreApplication.translate(
            "ConnectionReasons", "Reconnecting after a pause; if this keeps happening, log out and link "
                                 "again."),
        "connection.next.pause": QCoreApplication.translate(
            "ConnectionReasons", "Reconnecting after a pause."),
        "connection.next.now": QCoreApplication.translate(
            "ConnectionReasons", "Reconnecting now."),
        "connection.closed": QCoreApplication.translate(
            "ConnectionReasons", "{meaning} {next_step}"),
        # linking, and the session's own reasons for a change
        "connection.phone_missing": QCoreApplication.translate(
            "ConnectionReasons", "Enter the shop's WhatsApp phone number with its country code."),
        "connection.phone_not_a_number": QCoreApplication.translate(
            "ConnectionReasons", "{phone} is not a phone number: write it with the country code, like "
                                 "+972 50 123 4567."),
        "connection.phone_not_valid": QCoreApplication.translate(
            "ConnectionReasons", "{phone} is not a valid phone number: check the country code and the "
                                 "digits."),
        "connection.opening": QCoreApplication.translate(
            "ConnectionReasons", "Opening the WhatsApp connection."),
        "connection.qr_shown": QCoreApplication.translate(
            "ConnectionReasons", "A QR code is on screen."),
        "connection.pairing_code": QCoreApplication.translate(
            "ConnectionReasons", "Pairing code {code}."),
        "connection.linked": QCoreApplication.translate(
            "ConnectionReasons", "Linked as {me}."),
        "connection.linking_paused": QCoreApplication.translate(
            "ConnectionReasons", "{count} QR codes were shown in the last {minutes} minutes. Linking is "
                                 "paused until {until} so WhatsApp does not block the number."),
        "connection.linking_pause_over": QCoreApplication.translate(
            "ConnectionReasons", "The linking pause is over: press Connect to link."),
        "connection.next_try": QCoreApplication.translate(
            "ConnectionReasons", "{why} Next try at {at}."),
        "connection.keeps_happening": QCoreApplication.translate(
            "ConnectionReasons", "{why} This keeps happening: logging out and linking again may help."),
        "connection.disconnected": QCoreApplication.translate(
            "ConnectionReasons", "Disconnected; the saved login is kept."),
        "connection.unlinked": QCoreApplication.translate(
            "ConnectionReasons", "You unlinked this computer; the saved login was deleted."),
        "connection.app_closed": QCoreApplication.translate(
            "ConnectionReasons", "The app closed the WhatsApp bridge."),
        "connection.shutting_down": QCoreApplication.translate(
            "ConnectionReasons", "The session is shutting down."),
        "connection.bridge_not_running": QCoreApplication.translate(
            "ConnectionReasons", "The WhatsApp bridge is not running for this company."),
        "connection.pairing_needs_qr": QCoreApplication.translate(
            "ConnectionReasons", "A pairing code can be asked for only while a QR code is showing: press "
                                 "Connect first."),
        # why a message was not sent
        "send.not_connected": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp is not connected for this company; the message was not sent."),
        "send.not_connected.because": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp is not connected for this company ({why}); the message was "
                                 "not sent."),
        "send.not_accepted": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp did not accept the message within {seconds} s; it was not "
                                 "confirmed as sent."),
        "send.disconnected": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp disconnected before the message was sent ({error})."),
        "send.bad_argument": QCoreApplication.translate(
            "ConnectionReasons", "The message was not sent: {error}."),
        "send.refused_for_good": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp refused the message for good: {error}"),
        "send.refused": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp refused the message: {error}"),
        "send.no_answer": QCoreApplication.translate(
            "ConnectionReasons", "The WhatsApp bridge did not answer within {seconds} s; the message was "
                                 "not confirmed as sent."),
        "send.bridge_stopped": QCoreApplication.translate(
            "ConnectionReasons", "The WhatsApp bridge stopped while sending; the message was not "
                                 "confirmed as sent."),
        "send.bridge_hung": QCoreApplication.translate(
            "ConnectionReasons", "The WhatsApp bridge stopped answering while sending and was "
                                 "restarted; the message may have gone out and is sent again "
                                 "with the same id."),
        "send.refused_own_chat": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp refused this message: the contact must be messaged in their "
                                 "own chat (error 463). Answer them after their next message."),
        "send.refused_status_why": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp refused this message (error {status}): {why}"),
        "send.refused_status": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp refused this message (error {status})."),
        "send.refused_why": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp refused this message: {why}"),
        "send.refused_plain": QCoreApplication.translate(
            "ConnectionReasons", "WhatsApp refused this message."),
        "send.internal_error": QCoreApplication.translate(
            "ConnectionReasons", "internal error; see the log"),
        "send.cancelled_by_staff": QCoreApplication.translate(
            "ConnectionReasons", "cancelled by staff"),
        "send.already_sent": QCoreApplication.translate(
            "ConnectionReasons", "This message already reached WhatsApp; it is not sent again."),
        # the database cannot be written (messages wait; nothing is lost)
        "database.locked": QCoreApplication.translate(
            "ConnectionReasons", "the database cannot be written: it is locked by another program"),
        "database.full": QCoreApplication.translate(
            "ConnectionReasons", "the database cannot be written: the disk is full"),
        "database.read_only": QCoreApplication.translate(
            "ConnectionReasons", "the database cannot be written: the file is read-only"),
        "database.damaged": QCoreApplication.translate(
            "ConnectionReasons", "the database is damaged; run `ai-admin doctor`"),
        "database.failed": QCoreApplication.translate(
            "ConnectionReasons", "the database failed: {detail}"),
    }
    # A close's {detail} is WhatsApp's own English ("Connection Closed", "Stream Errored (...)"):
    # the log keeps it for a technician, the window says the same as for a close without one.
    for code in WITHOUT_DETAIL:
        texts[f"{code}.detail"] = texts[code]
    return texts


# The closes whose reason may carry {detail} (their codes end in ".detail").
WITHOUT_DETAIL = ("connection.timed_out", "connection.connection_closed", "connection.bad_session",
                  "connection.unavailable", "connection.connection_lost", "connection.unknown")


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
        "visit.not_open": QCoreApplication.translate(
            "ShopReasons", "Appointment {appointment} is no longer booked (cancelled, done or "
                           "missed): only a booked or confirmed visit can be marked."),
        "visit.not_started": QCoreApplication.translate(
            "ShopReasons", "The visit at {start} has not started yet: it can be marked done or "
                           "missed once it has."),
        "booking.not_found": QCoreApplication.translate(
            "ShopReasons", "Appointment {appointment} is not an "
                           "upcoming booking of this customer."),
        "booking.not_a_date": QCoreApplication.translate(
            "ShopReasons", "“{text}” is not a date like 2026-12-20."),
        "booking.not_a_time": QCoreApplication.translate(
            "ShopReasons", "“{text}” is not a time like 15:30."),
        "booking.shop_closed": QCoreApplication.translate(
            "ShopReasons", "The shop is closed on {day}."),
        "booking.holiday": QCoreApplication.translate(
            "ShopReasons", "The shop is closed on {day} ({holiday})."),
        "booking.nobody_free": QCoreApplication.translate(
            "ShopReasons", "Nobody who does {service} is free at {start}."),
        "booking.unknown_staff": QCoreApplication.translate(
            "ShopReasons", "{staff} is not on the team. The team: {team}."),
        "booking.no_team": QCoreApplication.translate(
            "ShopReasons", "{staff} is not on the team: the business profile lists no staff."),
        "booking.staff_not_offering": QCoreApplication.translate(
            "ShopReasons", "{staff} does not do {service}; it is done by {others}."),
        "booking.staff_off": QCoreApplication.translate(
            "ShopReasons", "{staff} is not working on {day}."),
        "booking.staff_hours": QCoreApplication.translate(
            "ShopReasons", "{staff} works {hours} on {day}; {service} ({minutes} min) at "
                           "{start} does not fit."),
        "booking.staff_busy": QCoreApplication.translate(
            "ShopReasons", "{staff} is busy at {start}."),
        "booking.too_late_to_change": QCoreApplication.translate(
            "ShopReasons", "The visit at {start} is less than {minutes} minutes away: only "
                           "staff can change it now."),
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
        "profile.not_reminders": QCoreApplication.translate(
            "ShopReasons", "{field}: must be a list of minutes before the visit, each from 5 to "
                           "{high}, none twice."),
        "profile.not_quiet_hours": QCoreApplication.translate(
            "ShopReasons", "{field}: must be two different times like 21:00 and 09:00, or empty."),
        "profile.same_service_twice": QCoreApplication.translate(
            "ShopReasons", "{field}: two services have the same name."),
        "profile.same_staff_twice": QCoreApplication.translate(
            "ShopReasons", "{field}: two staff members have the same name or alias."),
        "profile.no_such_service": QCoreApplication.translate(
            "ShopReasons", "{field}: “{service}” is not one of the services."),
        "profile.not_a_date": QCoreApplication.translate(
            "ShopReasons", "{field}: must be a date like 2026-12-31."),
        "profile.not_a_country": QCoreApplication.translate(
            "ShopReasons", "{field}: “{country}” is not a country whose public holidays are "
                           "known (a 2-letter code like RU, IL, US)."),
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
        # backups of the data folder (desktop/backup.py)
        "backup.no_database": QCoreApplication.translate(
            "ShopReasons", "There is nothing to back up yet: {folder} has no database (AI Admin "
                           "has not started with it)."),
        "backup.not_sqlite": QCoreApplication.translate(
            "ShopReasons", "The database is not a file in the data folder (AI_ADMIN_DATABASE_URL "
                           "points to a server): back it up with the server's own tools."),
        "backup.cannot_write": QCoreApplication.translate(
            "ShopReasons", "The backup could not be written to {path} ({error})."),
        "backup.cannot_read": QCoreApplication.translate(
            "ShopReasons", "{path} cannot be read ({error})."),
        "backup.not_a_backup": QCoreApplication.translate(
            "ShopReasons", "{path} is not an AI Admin backup. Nothing was changed."),
        "backup.damaged": QCoreApplication.translate(
            "ShopReasons", "The backup {path} is damaged ({error}). Nothing was changed."),
        "backup.checksum": QCoreApplication.translate(
            "ShopReasons", "The backup {path} is damaged: {file} is not what was backed up. "
                           "Nothing was changed."),
        "backup.newer_schema": QCoreApplication.translate(
            "ShopReasons", "This backup was made by a newer AI Admin ({version}) with a newer "
                           "database: update AI Admin on this computer first, then restore it. "
                           "Nothing was changed."),
        "backup.restore_failed": QCoreApplication.translate(
            "ShopReasons", "The backup could not be put in place ({error}); the data folder was "
                           "left as it was."),
    }
