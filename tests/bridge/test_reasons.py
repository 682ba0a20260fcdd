"""Disconnect codes decode into plain words and the right reaction."""

import pytest

from desktop.bridge.reasons import QR_REFS_ENDED, Reaction, explain_disconnect, is_qr_expiry


@pytest.mark.parametrize(
    "code, message, reaction",
    [
        (401, None, Reaction.LOGGED_OUT),
        (403, None, Reaction.BANNED),
        (408, QR_REFS_ENDED, Reaction.QR_EXPIRED),
        (408, "Connection was lost", Reaction.RECONNECT_BACKOFF),
        (411, None, Reaction.RELINK),
        (428, "Connection Closed", Reaction.RECONNECT_BACKOFF),
        (440, None, Reaction.REPLACED),
        (500, None, Reaction.RECONNECT_BACKOFF),
        (503, None, Reaction.RECONNECT_BACKOFF),
        (515, None, Reaction.RECONNECT_NOW),
        (499, "odd", Reaction.RECONNECT_BACKOFF),
        (None, "getaddrinfo ENOTFOUND web.whatsapp.com", Reaction.RECONNECT_BACKOFF),
    ],
)
def test_each_code_has_a_reaction_and_plain_words(code, message, reaction):
    why = explain_disconnect(code, message)
    assert why.reaction is reaction
    assert why.meaning.text.endswith(".") and why.next_step.text
    assert why.text == f"{why.meaning.text} {why.next_step.text}"
    assert why.reason.params == {"meaning": why.meaning, "next_step": why.next_step}


def test_qr_expiry_needs_both_code_and_message():
    assert is_qr_expiry(408, "QR refs attempts ended")
    assert is_qr_expiry(408, "qr refs attempts ended")
    assert not is_qr_expiry(408, None)
    assert not is_qr_expiry(428, "QR refs attempts ended")


def test_unknown_code_and_lost_connection_mention_details():
    assert "499" in explain_disconnect(499, "odd").meaning.text
    assert "ENOTFOUND" in explain_disconnect(None, "ENOTFOUND").meaning.text


def test_backoff_reasons_keep_the_bridge_message():
    why = explain_disconnect(408, "Stream Errored (xml-not-well-formed)")
    assert why.meaning.text == "The connection to WhatsApp timed out (Stream Errored (xml-not-well-formed))."
    assert why.meaning.params == {"detail": "Stream Errored (xml-not-well-formed)"}
    assert explain_disconnect(401, "Stream Errored (conflict)").meaning.text.startswith(
        "This computer was unlinked")


@pytest.mark.parametrize("code", [None, 408, 428, 503])
@pytest.mark.parametrize("net", ["ENOTFOUND", "ECONNREFUSED", "ENETUNREACH", "EAI_AGAIN"])
def test_no_internet_is_said_in_plain_words_and_retried(code, net):
    message = f"network unreachable ({net}): WebSocket Error (connect {net} 127.0.0.1:9)"
    why = explain_disconnect(code, message)
    assert why.meaning.text == "No internet connection."
    assert net not in why.text and "WebSocket" not in why.text
    assert why.reaction is Reaction.RECONNECT_BACKOFF


@pytest.mark.parametrize("me, shown", [
    ("15550100200:1@s.whatsapp.net", "+15550100200"),
    ("15550100200@s.whatsapp.net", "+15550100200"),
    ("123456789012345:3@lid", "123456789012345:3@lid"),
    ("odd", "odd"),
])
def test_the_linked_number_is_shown_as_staff_know_it(me, shown):
    from desktop.bridge.session import linked_number

    assert linked_number(me) == shown
