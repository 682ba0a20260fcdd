"""The tray: overall health, notifications for people needed, logouts and failed sends, and the
window that hides instead of quitting (told once)."""

from __future__ import annotations

import pytest

from desktop.bot.events import ConversationChanged, MessageStatusChanged, SessionStateChanged
from desktop.bot.outbox import refusal_reason
from desktop.bridge import SessionState, SessionStatus
from desktop.reason import stored
from desktop.store.models import OutboxStatus
from desktop.views.engine_signals import EngineSignals
from desktop.views.status_words import AMBER, GREEN, RED
from desktop.views.tray import ShopTray, overall_colour


def _status(state: SessionState, company_id: int = 1) -> SessionStatus:
    return SessionStatus(company_id, state, "explained", None, (), state is SessionState.CONNECTED,
                         None, None, None, True, None, None, 0.0, None, 0, 0, 0, None, None)


@pytest.fixture
def tray(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    signals = EngineSignals()
    tray = ShopTray(window, signals, names={1: "Demo Barbershop"})
    return tray, signals


def test_overall_health_colour() -> None:
    assert overall_colour([_status(SessionState.CONNECTED), _status(SessionState.CONNECTED)]) \
        == GREEN
    assert overall_colour([_status(SessionState.CONNECTED), _status(SessionState.RECONNECTING)]) \
        == AMBER
    assert overall_colour([_status(SessionState.WAITING_QR), _status(SessionState.LOGGED_OUT)]) \
        == RED


def test_notifications_for_needs_human_logout_and_failed_send(tray) -> None:
    tray, signals = tray
    signals.relay(SessionStateChanged(1, _status(SessionState.CONNECTED)))
    assert tray.notices == []
    signals.relay(ConversationChanged(1, 5, True, None, True, "The customer sent a voice "
                                      "message", 1))
    signals.relay(ConversationChanged(1, 5, True, None, True, "still flagged", 2))  # once only
    signals.relay(SessionStateChanged(1, _status(SessionState.RECONNECTING)))
    signals.relay(SessionStateChanged(1, _status(SessionState.LOGGED_OUT)))
    signals.relay(MessageStatusChanged(1, 5, 9, "AIA1", OutboxStatus.FAILED,
                                       stored(refusal_reason(None, "spam filter"))))
    titles = [notice.title for notice in tray.notices]
    assert titles == ["A customer needs a person", "Demo Barbershop disconnected",
                      "Demo Barbershop was logged out", "A message could not be sent"]
    assert "voice message" in tray.notices[0].text
    assert "WhatsApp refused this message: spam filter" in tray.notices[3].text


def test_closing_hides_to_the_tray_with_a_one_time_notice(tray) -> None:
    tray, _ = tray
    tray.available = True  # as on a desktop with a tray
    told: list[bool] = []
    tray.notice_shown.connect(lambda: told.append(True))
    assert tray.keep_running_on_close() is True
    assert tray.keep_running_on_close() is True
    assert [n.title for n in tray.notices] == ["AI Admin is still answering"]
    assert told == [True]  # for the window to store, once


def test_a_notice_shown_on_an_earlier_start_is_not_shown_again(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    tray = ShopTray(window, EngineSignals(), notice_shown=True)
    tray.available = True
    assert tray.keep_running_on_close() is True
    assert tray.notices == []


def test_without_a_tray_closing_quits(tray) -> None:
    tray, _ = tray
    tray.available = False
    assert tray.keep_running_on_close() is False


def test_messages_waiting_for_the_database_are_told_once_and_turn_the_icon_red(tray) -> None:
    from desktop.bot.db_faults import FULL
    from desktop.bot.events import DatabaseFault, Waiting
    from desktop.reason import Reason

    tray, signals = tray
    signals.relay(SessionStateChanged(1, _status(SessionState.CONNECTED)))
    assert "all companies connected" in tray.icon.toolTip()
    signals.relay(DatabaseFault(None, Waiting.INCOMING, Reason(FULL)))
    signals.relay(DatabaseFault(None, Waiting.INCOMING, Reason(FULL)))  # told once
    assert "needs attention" in tray.icon.toolTip()
    signals.relay(DatabaseFault(1, Waiting.REPLIES, Reason(FULL)))
    signals.relay(DatabaseFault(None, Waiting.INCOMING, None))
    signals.relay(DatabaseFault(1, Waiting.REPLIES, None))
    assert [n.title for n in tray.notices] == ["Customers' messages are waiting",
                                               "Replies are waiting", "Working again",
                                               "Working again"]
    assert tray.notices[0].text == "the database cannot be written: the disk is full"
    assert tray.notices[1].text.startswith("Demo Barbershop: ")
    assert "all companies connected" in tray.icon.toolTip()
