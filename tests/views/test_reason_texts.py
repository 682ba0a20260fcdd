"""Every reason code the engine defines has a text in the window, with the same parameters, and
every code and every connection state has Russian and Hebrew words."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re

import pytest

from desktop.bridge import SessionState, SessionStatus
from desktop.reason import Reason, define, english_templates, parameters_of
from desktop.views import reason_texts, status_words
from desktop.views.asyncop import error_text
from desktop.views.i18n import install_language
from tests.views.test_translations import compiled  # noqa: F401 - the fixture that builds the .qm


def _import_the_engine() -> None:
    # Codes are defined when their module is imported: import every module below the window
    # (desktop.bridge: the link, the session, the supervisor, the process, the node runtime ...).
    for package in ("desktop.store", "desktop.bridge", "desktop.bot"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, prefix=f"{package}."):
            if ".migrations" not in info.name:  # Alembic's scripts run only under Alembic
                importlib.import_module(info.name)
    importlib.import_module("desktop.backup")   # the data folder's backups, beside the engine


def test_every_reason_code_has_a_window_text_with_the_same_parameters() -> None:
    _import_the_engine()
    engine = {code: template for code, template in english_templates().items()
              if not code.startswith("test.")}
    window = reason_texts.known_codes()
    assert sorted(set(engine) - window) == [], "reason codes without a text in views/reason_texts.py"
    assert sorted(window - set(engine)) == [], "window texts for codes the engine no longer gives"
    wrong = [code for code in engine
             if parameters_of(reason_texts._templates()[code]) != _shown_parameters(code, engine[code])]
    assert wrong == [], "window texts that name other parameters than the engine's English"


def _shown_parameters(code: str, english: str) -> frozenset[str]:
    # A close's {detail} is WhatsApp's English: the window leaves it out (the log keeps it).
    names = parameters_of(english)
    return names - {"detail"} if code.endswith(".detail") else names


def test_a_reason_is_its_code_and_parameters_and_english_comes_last() -> None:
    code = define("test.linked", "Linked as {me}.")
    reason = Reason(code, {"me": "+1 555"})
    assert reason.text == "Linked as +1 555."
    assert Reason.from_json(reason.as_json()) == reason
    assert hash(Reason.from_json(reason.as_json())) == hash(reason)
    with pytest.raises(ValueError, match="needs me"):
        Reason(code)
    with pytest.raises(ValueError, match="unknown reason code"):
        Reason("test.never_defined")
    with pytest.raises(ValueError, match="already defined"):
        define("test.linked", "Something else.")
    # A code the window does not know yet is shown in English rather than as nothing.
    assert reason_texts.reason_text(reason) == "Linked as +1 555."
    assert reason_texts.reason_text(None) == ""


# -- Russian and Hebrew ------------------------------------------------------------------------


@pytest.fixture
def in_language(qapp, compiled):
    """Switch the window's language for one test; English again afterwards."""
    def switch(language: str) -> None:
        assert install_language(qapp, language)

    yield switch
    install_language(qapp, "en")


def _status(state: SessionState, reason: Reason | None = None) -> SessionStatus:
    return SessionStatus(1, state, "explained", reason, (), False, None, None, None, True, None,
                         None, 0.0, None, 0, 0, 0, None, None)


def _state_texts() -> dict[str, str]:
    texts = {}
    for state in SessionState:
        texts[f"{state.value}: words"] = status_words.state_words(_status(state))
        texts[f"{state.value}: name"] = status_words.state_name(state.value)
        texts[f"{state.value}: explanation"] = status_words.state_explanation(state)
    return texts


def _has_words(template: str) -> bool:
    # "{meaning} {next_step}" only puts two reasons together: nothing in it to translate.
    return bool(re.sub(r"\{\w+\}|[\s.,:;()]", "", template))


@pytest.mark.parametrize("language", ["ru", "he"])
def test_every_code_and_state_has_words_in_russian_and_hebrew(in_language, language) -> None:
    _import_the_engine()
    english_codes = {code: text for code, text in reason_texts._templates().items()
                     if _has_words(text)}
    english_states = _state_texts()
    in_language(language)
    translated_codes = reason_texts._templates()
    translated_states = _state_texts()
    assert [code for code, text in english_codes.items() if translated_codes[code] == text] == []
    assert [where for where, text in english_states.items()
            if translated_states[where] == text] == []
    # A translation names the same parameters as its English, or the values would go missing.
    assert [code for code in english_codes
            if parameters_of(translated_codes[code]) != parameters_of(english_codes[code])] == []


def test_a_reason_inside_a_reason_is_translated_too(in_language) -> None:
    from desktop.bridge.reasons import explain_disconnect
    from desktop.bridge.session import NEXT_TRY

    reason = Reason(NEXT_TRY, {"why": explain_disconnect(428, "Connection Closed").reason,
                               "at": "14:30:05"})
    assert reason.text == ("The connection to WhatsApp was closed (Connection Closed). "
                           "Reconnecting after a short pause. Next try at 14:30:05.")
    in_language("ru")
    assert reason_texts.reason_text(reason) == (
        "Соединение с WhatsApp закрыто. Переподключение после короткой паузы. "
        "Следующая попытка в 14:30:05.")


def test_connection_history_in_russian_has_no_english_reason(qtbot, gui_shop, run,
                                                             in_language) -> None:
    from desktop.bot.queries import state_history
    from desktop.store.models import SessionEvent
    from desktop.views.connection_page import ConnectionPage
    from desktop.views.engine_signals import EngineSignals

    session = gui_shop.session(gui_shop.company_id)
    run(session.sim_fault("disconnect"))  # 428 "Connection Closed": reconnects by itself
    qtbot.waitUntil(lambda: any(entry.code == 428 for entry in
                                state_history(gui_shop.database, gui_shop.company_id)),
                    timeout=10_000)
    qtbot.waitUntil(lambda: session.state is SessionState.CONNECTED, timeout=10_000)
    with gui_shop.database.session() as db:  # a row from before reasons had codes
        db.add(SessionEvent(company_id=gui_shop.company_id, at=dt.datetime.now(dt.UTC),
                            from_state="connected", to_state="stopped", code=None,
                            reason="Old words."))
    in_language("ru")
    page = ConnectionPage(gui_shop, EngineSignals())
    qtbot.addWidget(page)
    page.set_company(gui_shop.company_id)
    rows = [[page.history.item(row, column).text() for column in range(3)]
            for row in range(page.history.rowCount())]
    reasons = [why for _, _, why in rows]
    assert "Соединение с WhatsApp закрыто. Переподключение после короткой паузы." in \
        " ".join(reasons)
    assert not any("Connection Closed" in why or "Reconnecting" in why for why in reasons)
    changes = [change for _, change, _ in rows]
    assert "подключён → переподключение" in changes
    assert reasons[0] == "Old words."  # shown as it was written


def test_an_error_that_carries_a_reason_is_shown_in_the_window_language(in_language) -> None:
    from desktop.bridge import ActionNotAvailableError
    from desktop.bridge.session import SHUTTING_DOWN

    refused = ActionNotAvailableError(Reason(SHUTTING_DOWN))
    assert str(refused) == "The session is shutting down."
    in_language("he")
    assert error_text(refused) not in ("", str(refused))
    # an error without a reason is not shown in the engine's English either
    assert "bridge says no" not in error_text(RuntimeError("bridge says no"))


def test_a_stored_reason_reads_back_and_old_english_rows_stay_as_written() -> None:
    from desktop.bridge.session import LINKED
    from desktop.reason import from_stored, stored, stored_english

    linked = Reason(LINKED, {"me": "+15550100200"})
    assert from_stored(stored(linked)) == linked
    assert stored_english(stored(linked)) == "Linked as +15550100200."
    assert stored_english("Old words.") == "Old words."
    assert from_stored("Linked as +15550100200.") == "Linked as +15550100200."
    unknown = '{"code": "connection.gone_in_a_later_version", "params": {}}'
    assert from_stored(unknown) == unknown
    assert from_stored(stored(None)) == "" and from_stored(None) == ""


def test_in_hebrew_a_phone_number_keeps_its_order_and_hebrew_words_flow(in_language) -> None:
    from desktop.bridge.session import LINKED
    from desktop.views.formats import LRI, PDI

    linked = Reason(LINKED, {"me": "+15550100200"})
    assert reason_texts.reason_text(linked) == "Linked as +15550100200."  # nothing added in English
    in_language("he")
    assert f"{LRI}+15550100200{PDI}" in reason_texts.reason_text(linked)
    from desktop.bot.ai.booking import UNKNOWN_SERVICE

    unknown = reason_texts.reason_text(Reason(UNKNOWN_SERVICE, {"service": "תספורת",
                                                               "offered": "Haircut"}))
    assert "„תספורת”" in unknown and f"{LRI}Haircut{PDI}" in unknown


# -- the Connection page's words for a closed link ------------------------------------------------

def _closed_status(state, reason):
    return SessionStatus(
        company_id=1, state=state, explanation="", reason=reason, actions=(), can_send=False,
        code=None, next_attempt_at=None, blocked_until=None, registered=False, me=None, pid=None,
        uptime_s=0, rss_bytes=None, sends_in_flight=0, reconnects=0, bridge_restarts=0,
        node_version=None, baileys_version=None)


def _sentences(text: str) -> list[str]:
    return [s.strip().casefold() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


@pytest.mark.parametrize(("code", "state"), [(401, "logged_out"), (411, "logged_out"),
                                             (440, "replaced"), (403, "banned")])
def test_a_link_that_does_not_come_back_is_explained_once_without_reconnecting(
        code: int, state: str) -> None:
    from desktop.bridge import explain_disconnect

    text = status_words.status_text(_closed_status(SessionState(state), explain_disconnect(code).reason))
    assert "reconnect" not in text.casefold(), text
    sentences = _sentences(text)
    assert len(sentences) == len(set(sentences)), text
    # The state's general explanation is left out: the close's own words say it, with the code's.
    assert status_words.state_explanation(SessionState(state)) not in text
    assert text == reason_texts.reason_text(explain_disconnect(code).reason)


def test_a_retried_close_keeps_its_reconnecting_words_once() -> None:
    from desktop.bridge import explain_disconnect
    from desktop.bridge.session import NEXT_TRY

    reason = Reason(NEXT_TRY, {"why": explain_disconnect(408).reason, "at": "12:30"})
    text = status_words.status_text(_closed_status(SessionState.RECONNECTING, reason))
    assert text.casefold().count("reconnecting") == 1 and text.endswith("Next try at 12:30.")
