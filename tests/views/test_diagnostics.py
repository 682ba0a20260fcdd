"""The Diagnostics page on a running shop, its charts, and the statistics they are drawn from."""

from __future__ import annotations

import datetime as dt
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore
from desktop.bot.ai.providers import CheckOutcome, ProviderCheck
from desktop.bot.stats import (
    REPLY_BUCKETS,
    answers_per_hour,
    day_stats,
    hour_starts,
    messages_in_per_hour,
    reply_bucket,
    reply_times,
    send_failures_per_hour,
)
from desktop.bridge import explain_disconnect
from desktop.doctor import CheckResult
from desktop.reason import stored
from desktop.store.db import Database
from desktop.store.models import Company, Conversation, Customer, Message, OutboxMessage, SessionEvent
from desktop.store.settings import SettingsStore
from desktop.views.charts import BarChart, Series, nice_ticks
from desktop.views.diagnostics_page import DiagnosticsPage, StateHistoryModel

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 20, 15, 30, tzinfo=UTC)


# -- a day of traffic ----------------------------------------------------------------------------

class Traffic:
    """Writes conversations into a database at chosen times."""

    def __init__(self, database: Database, company_id: int | None = None) -> None:
        self.database = database
        with database.session() as session:
            if company_id is None:
                company = Company(name="Second shop", transport="sim")
                session.add(company)
                session.flush()
                company_id = company.id
        self.company_id = company_id
        self._n = 0

    def conversation(self) -> int:
        self._n += 1
        with self.database.session() as session:
            customer = Customer(company_id=self.company_id, phone=f"+1555000{self._n:04d}")
            session.add(customer)
            session.flush()
            conversation = Conversation(company_id=self.company_id, customer_id=customer.id)
            session.add(conversation)
            session.flush()
            return conversation.id

    def message(self, conversation_id: int, at: dt.datetime, author: str = "customer") -> None:
        self._n += 1
        with self.database.session() as session:
            session.add(Message(company_id=self.company_id, conversation_id=conversation_id,
                                wa_id=f"T{self._n}", direction="in" if author == "customer"
                                else "out", author=author, text="hi", created_at=at))

    def failure(self, conversation_id: int, at: dt.datetime, *, status: str = "failed",
                failures: int = 1) -> None:
        self._n += 1
        with self.database.session() as session:
            session.add(OutboxMessage(company_id=self.company_id, conversation_id=conversation_id,
                                      wa_id=f"F{self._n}", to_jid="x@s.whatsapp.net", text="x",
                                      author="bot", status=status, last_error="timeout",
                                      send_failures=failures, created_at=at, updated_at=at))


def _ago(**delta) -> dt.datetime:
    return NOW - dt.timedelta(**delta)


# -- statistics (no Qt) --------------------------------------------------------------------------

def test_hours_are_the_last_24_clock_hours_ending_with_the_current_one():
    starts = hour_starts(NOW, tz=UTC)
    assert len(starts) == 24
    assert starts[-1] == dt.datetime(2026, 11, 20, 15, tzinfo=UTC)
    assert starts[0] == dt.datetime(2026, 11, 19, 16, tzinfo=UTC)
    half_hour_zone = dt.timezone(dt.timedelta(hours=5, minutes=30))
    assert hour_starts(NOW, tz=half_hour_zone)[-1].minute == 0
    with pytest.raises(ValueError):
        hour_starts(NOW.replace(tzinfo=None))


def test_messages_and_answers_are_counted_per_hour(database: Database):
    traffic = Traffic(database)
    chat = traffic.conversation()
    traffic.message(chat, _ago(minutes=10))
    traffic.message(chat, _ago(minutes=9), "bot")
    traffic.message(chat, _ago(hours=3, minutes=5))
    traffic.message(chat, _ago(hours=3), "staff")
    traffic.message(chat, _ago(hours=3), "phone")
    traffic.message(chat, _ago(hours=30))  # older than a day: not counted
    messages = messages_in_per_hour(database, traffic.company_id, now=NOW, tz=UTC)
    assert messages.total == 2 and messages.counts[-1] == 1 and messages.counts[-4] == 1
    answers = answers_per_hour(database, traffic.company_id, now=NOW, tz=UTC)
    assert answers.bot[-1] == 1 and sum(answers.bot) == 1
    assert answers.staff[-4] == 2 and sum(answers.staff) == 2
    other = Traffic(database)
    assert messages_in_per_hour(database, other.company_id, now=NOW, tz=UTC).total == 0
    assert messages_in_per_hour(database, None, now=NOW, tz=UTC).total == 2


def test_reply_time_runs_from_the_first_unanswered_message_to_the_first_answer(database):
    traffic = Traffic(database)
    quick, split, slow, waiting = (traffic.conversation() for _ in range(4))
    traffic.message(quick, _ago(hours=2))
    traffic.message(quick, _ago(hours=2) + dt.timedelta(seconds=3), "bot")
    traffic.message(quick, _ago(hours=2) + dt.timedelta(seconds=4), "bot")  # a second bubble
    # Three messages in a row are one question: the wait counts from the first.
    traffic.message(split, _ago(hours=1))
    traffic.message(split, _ago(hours=1) + dt.timedelta(seconds=20))
    traffic.message(split, _ago(hours=1) + dt.timedelta(seconds=50))
    traffic.message(split, _ago(hours=1) + dt.timedelta(seconds=55), "bot")
    traffic.message(slow, _ago(minutes=40))
    traffic.message(slow, _ago(minutes=25), "staff")
    traffic.message(waiting, _ago(minutes=5))
    result = reply_times(database, traffic.company_id, now=NOW)
    assert result.labels == [label for _upper, label in REPLY_BUCKETS]
    assert result.counts == [1, 0, 1, 0, 1]
    assert result.unanswered == 1
    assert result.median_s == 55


@pytest.mark.parametrize(("seconds", "bucket"), [(0, 0), (4.9, 0), (5, 1), (29, 1), (30, 2),
                                                 (119, 2), (120, 3), (599, 3), (600, 4),
                                                 (86400, 4)])
def test_reply_buckets_have_sensible_edges(seconds: float, bucket: int):
    assert reply_bucket(seconds) == bucket


def test_send_failures_are_counted_by_the_hour_they_failed(database: Database):
    traffic = Traffic(database)
    chat = traffic.conversation()
    traffic.failure(chat, _ago(minutes=1))
    traffic.failure(chat, _ago(minutes=2))
    traffic.failure(chat, _ago(hours=5))
    failures = send_failures_per_hour(database, traffic.company_id, now=NOW, tz=UTC)
    assert failures.counts[-1] == 2 and failures.counts[-6] == 1 and failures.total == 3
    stats = day_stats(database, traffic.company_id, now=NOW, tz=UTC)
    assert stats.send_failures.total == 3 and stats.messages_in.total == 0


# -- charts --------------------------------------------------------------------------------------

def test_gridlines_are_round_numbers():
    assert nice_ticks(0) == [0.0, 1.0]
    assert nice_ticks(3) == [0, 1, 2, 3]
    assert nice_ticks(37) == [0, 10, 20, 30, 40]
    assert nice_ticks(180)[-1] == 200


def test_empty_chart_says_so_and_full_chart_draws_bars(qtbot):
    chart = BarChart("Messages")
    qtbot.addWidget(chart)
    chart.resize(460, 260)
    chart.set_data([f"{h:02d}" for h in range(24)], [Series("Messages", [0] * 24)])
    assert chart.is_empty()
    empty = chart.grab().toImage()
    chart.set_data([f"{h:02d}" for h in range(24)],
                   [Series("Bot", [h % 5 for h in range(24)]),
                    Series("Staff", [1] * 24, "#e0a526")])
    assert not chart.is_empty() and chart.totals()[4] == 5
    full = chart.grab().toImage()
    assert full != empty
    with pytest.raises(ValueError):
        chart.set_data(["a", "b"], [Series("x", [1])])


# -- the page ------------------------------------------------------------------------------------

def _page(qtbot, gui_shop) -> DiagnosticsPage:
    page = DiagnosticsPage(gui_shop)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    return page


def _shown(qtbot, page: DiagnosticsPage) -> DiagnosticsPage:
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=10_000)
    return page


def _texts(page: DiagnosticsPage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_page_shows_each_company_connection_bridge_and_history(qtbot, gui_shop):
    with gui_shop.database.session() as session:
        session.add(SessionEvent(company_id=gui_shop.company_id, from_state="connected",
                                 to_state="logged_out", code=401,
                                 reason=stored(explain_disconnect(401, "Connection Failure").reason)))
    page = _shown(qtbot, _page(qtbot, gui_shop))
    panel = page.panels[gui_shop.company_id]
    status = gui_shop.session(gui_shop.company_id).status()
    assert panel.state.text() == "Connected"
    assert panel.values["pid"].text() == str(status.pid)
    assert panel.values["node"].text() == status.node_version
    assert panel.values["restarts"].text() == "0"
    assert panel.title.text() == page.snapshot.names[gui_shop.company_id]
    assert panel.provider.text() == "Built-in offline assistant"
    model = panel.history_model
    assert model.rowCount() >= 2
    assert "unlinked" in model.index(0, 2).data() and model.index(0, 2).data().startswith("401")
    assert model.index(0, 1).data() == "connected → logged out"
    assert "Size on disk" in page.db_size.text()


def test_state_history_model_passes_the_model_tester(qtmodeltester, gui_shop, qtbot):
    from desktop.bot.queries import state_history

    model = StateHistoryModel()
    model.set_entries(state_history(gui_shop.database, gui_shop.company_id))
    qtmodeltester.check(model)


def test_charts_are_drawn_from_the_day_in_the_database(qtbot, gui_shop):
    traffic = Traffic(gui_shop.database, gui_shop.company_id)
    now = dt.datetime.now(UTC)
    chat = traffic.conversation()
    for minutes in (50, 49, 20):
        traffic.message(chat, now - dt.timedelta(minutes=minutes))
    traffic.message(chat, now - dt.timedelta(minutes=48), "bot")
    traffic.message(chat, now - dt.timedelta(minutes=10), "staff")
    page = _shown(qtbot, _page(qtbot, gui_shop))
    assert sum(page.messages_chart.series[0].values) == 3
    bot, staff = page.answers_chart.series
    assert (sum(bot.values), sum(staff.values)) == (1, 1)
    assert sum(page.reply_chart.series[0].values) == 2
    assert page.reply_chart.categories[0] == "< 5 s"
    assert page.failures_chart.is_empty()
    assert len(page.messages_chart.categories) == 24
    for chart in page.charts:
        assert chart.title and chart.x_label and chart.y_label
        assert not chart.grab().isNull()


def test_sends_that_failed_ever_include_old_ones_and_those_a_retry_got_through(qtbot, gui_shop):
    traffic = Traffic(gui_shop.database, gui_shop.company_id)
    chat = traffic.conversation()
    traffic.failure(chat, dt.datetime.now(UTC) - dt.timedelta(days=30))  # beyond the charts' day
    traffic.failure(chat, dt.datetime.now(UTC) - dt.timedelta(minutes=3), status="read",
                    failures=2)
    page = _shown(qtbot, _page(qtbot, gui_shop))
    assert page.failures_chart.is_empty()  # neither failed for good in the last 24 hours
    assert page.failed_ever.text() == (
        "Sends that failed (ever): 3 attempts on 2 messages; 1 got through on a retry.")


def test_chart_company_choice_limits_the_charts(qtbot, gui_shop):
    other = Traffic(gui_shop.database)
    chat = other.conversation()
    other.message(chat, dt.datetime.now(UTC) - dt.timedelta(minutes=5))
    page = _shown(qtbot, _page(qtbot, gui_shop))
    assert sum(page.messages_chart.series[0].values) == 1  # all companies
    page.snapshot = None
    page.chart_company.setCurrentIndex(page.chart_company.findData(gui_shop.company_id))
    qtbot.waitUntil(lambda: page.snapshot is not None)
    assert page.messages_chart.is_empty()


def test_refreshes_every_minute_only_while_visible(qtbot, gui_shop):
    page = _page(qtbot, gui_shop)
    assert not page._refresh_timer.isActive()
    _shown(qtbot, page)
    assert page._refresh_timer.isActive() and page._refresh_timer.interval() == 60_000
    page.hide()
    assert not page._refresh_timer.isActive() and not page._status_timer.isActive()


def test_run_checks_lists_results_with_advice_off_the_gui_thread(qtbot, gui_shop, monkeypatch):
    threads = []

    def fake_checks(paths):
        threads.append(threading.current_thread())
        return [CheckResult("python", True, "Python 3.11.9"),
                CheckResult("node", False, "Node.js not usable", "Install Node.js 20.")]

    monkeypatch.setattr("desktop.views.diagnostics_page.run_checks", fake_checks)
    page = _page(qtbot, gui_shop)
    page.checks_button.click()
    qtbot.waitUntil(lambda: page.last_checks is not None and page.checks_button.isEnabled())
    assert threads and threads[0] is not threading.main_thread()
    assert page.checks_summary.text() == "1 of 2 checks passed."
    texts = _texts(page)
    assert "Python 3.11.9" in texts and "→ Install Node.js 20." in texts


def test_integrity_check_reports_a_healthy_database(qtbot, gui_shop):
    page = _page(qtbot, gui_shop)
    future = page.check_integrity()
    qtbot.waitUntil(future.done)
    assert page.integrity_result.text() == "✓ The database is healthy."
    assert str(gui_shop.database.sqlite_file) in page.db_path.text()


def test_offline_provider_check_is_fine(qtbot, gui_shop):
    page = _page(qtbot, gui_shop)
    future = page.check_provider(gui_shop.company_id)
    qtbot.waitUntil(future.done)
    assert page.panels[gui_shop.company_id].provider_result.text().startswith("✓ ")


def test_network_provider_is_checked_with_the_stored_key_never_shown(qtbot, gui_shop,
                                                                      monkeypatch, no_keyring):
    key = "sk-diagnostics-test-0123456789abcdef"
    company_id = gui_shop.company_id
    SettingsStore(gui_shop.database).set("ai_provider", {"kind": "openai", "model": "gpt-4.1-mini"},
                                         company_id=company_id)
    store = ApiKeyStore(gui_shop.paths.root / FALLBACK_FILE_NAME)
    store.save("openai", company_id, key)
    seen = []

    async def fake_test_provider(provider, api_key=None, **_kwargs):
        seen.append((provider.kind.value, api_key))
        return ProviderCheck(CheckOutcome.BAD_KEY, "api.openai.com refused the key (401/403).")

    monkeypatch.setattr("desktop.bot.ai.providers.test_provider", fake_test_provider)
    page = _shown(qtbot, _page(qtbot, gui_shop))
    panel = page.panels[company_id]
    assert panel.provider.text() == "OpenAI, model gpt-4.1-mini"
    future = page.check_provider(company_id)
    qtbot.waitUntil(future.done)
    assert seen == [("openai", key)]
    assert panel.provider_result.text().startswith("✗ ") and "refused" in \
        panel.provider_result.text()
    assert key not in _texts(page)


def test_the_export_dialog_leaves_conversation_texts_out_unless_ticked(qtbot, gui_shop,
                                                                        tmp_path: Path):
    with gui_shop.database.session() as session:
        customer = Customer(company_id=gui_shop.company_id, phone="+79161234567",
                            name="Olga Petrova")
        session.add(customer)
    page = _shown(qtbot, _page(qtbot, gui_shop))
    page.show_checks([CheckResult("python", True, "Python 3.11.9")])
    log_file = gui_shop.paths.logs_dir / "ai-admin.log"
    log_file.write_text("2026-12-07 09:00:00,000 INFO    [company 1] ai_admin.engine: "
                        "Olga Petrova booked\n", encoding="utf-8")
    for ticked, name in ((False, "plain.zip"), (True, "texts.zip")):
        dialog = page.open_export_dialog()
        assert dialog.isVisible() and not dialog.include_texts.isChecked()  # off by default
        dialog.include_texts.setChecked(ticked)
        page.export_result.hide()
        dialog.choose(tmp_path / name)  # what the file dialog's answer does
        assert not dialog.isVisible()
        qtbot.waitUntil(page.export_result.isVisible, timeout=20_000)
        with zipfile.ZipFile(tmp_path / name) as bundle:
            log = bundle.read("logs/ai-admin.log").decode()
        assert ("Olga Petrova" in log) is ticked
        assert ("conversation texts removed" in page.export_result.text()) is not ticked


def test_export_writes_the_zip_without_blocking_the_window(qtbot, gui_shop, tmp_path: Path):
    page = _shown(qtbot, _page(qtbot, gui_shop))
    page.show_checks([CheckResult("python", True, "Python 3.11.9")])
    dialog = page.open_export_dialog()
    assert dialog.isVisible()
    dialog.close()
    target = tmp_path / "diagnostics.zip"
    future = page.export_to(target)
    assert not page.export_button.isEnabled()
    qtbot.waitUntil(future.done, timeout=20_000)
    assert future.exception() is None
    # The button comes back in the future's done callback, which the loop runs just after.
    qtbot.waitUntil(page.export_button.isEnabled)
    with zipfile.ZipFile(target) as bundle:
        names = bundle.namelist()
        assert '"python"' in bundle.read("doctor.json").decode()
    assert f"companies/company-{gui_shop.company_id}/bridge_status.json" in names
    assert page.export_result.isVisible() and str(target) in page.export_result.text()
