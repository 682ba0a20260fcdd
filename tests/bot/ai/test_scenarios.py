"""The dialogue scenarios in docs/scenarios run through `ai-admin simulate --json`.

All files run, four at a time, in their own processes (each drives the real Node bridge in simulator
mode), then each test checks one transcript.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

NOW = "2026-03-18T09:00:00+03:00"  # a Wednesday; a past time so the outbox sends at once
SCENARIOS = REPO_ROOT / "docs" / "scenarios"
NAMES = [f"{kind}-{lang}" for kind in ("booking", "hours-and-prices", "cancel-reschedule",
                                       "unclear-handoff", "reminder", "staff") for lang in ("en", "ru", "he")]
# The staff scenarios play in a shop with two staff members and a closed date.
PROFILES = {f"staff-{lang}": SCENARIOS / "staff-profile.json" for lang in ("en", "ru", "he")}

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(scope="module")
def transcripts(tmp_path_factory) -> dict[str, list[dict]]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    env.pop("AI_ADMIN_DATABASE_URL", None)

    # Made here, not in the threads: pytest's numbered folders are not made safely in parallel.
    folders = {name: tmp_path_factory.mktemp(name) for name in NAMES}

    def simulate(name: str) -> list[dict]:
        data = folders[name]
        profile = ["--profile", str(PROFILES[name])] if name in PROFILES else []
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "simulate", str(SCENARIOS / f"{name}.jsonl"),
             "--now", NOW, "--json", "--data", str(data), *profile], cwd=REPO_ROOT, env=env,
            capture_output=True, text=True, timeout=200, check=False)
        assert done.returncode == 0, f"{name}: {done.stderr}"
        return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]

    # Four at a time, not all twelve: on two loaded cores twelve bridges and engines at once
    # starve each other past the scenario's own idle and answer deadlines.
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(NAMES, pool.map(simulate, NAMES), strict=True))


def bot(lines: list[dict]) -> list[str]:
    return [l["text"] for l in lines if l.get("dir") == "out" and l["by"] == "bot"]


def summary(lines: list[dict]) -> dict:
    return lines[-1]["summary"]


def handoffs(lines: list[dict]) -> list[dict]:
    return [l for l in lines if l.get("event") == "handoff"]


def test_every_scenario_ran_without_timeouts(transcripts) -> None:
    for name, lines in transcripts.items():
        assert not [l for l in lines if l.get("event") == "timeout"], name
        assert summary(lines)["outbox"]["failed"] == summary(lines)["outbox"]["pending"] == 0


@pytest.mark.parametrize("lang, first, taken", [
    ("en", "Booked: Haircut on Thursday 19.03 at 10:00. See you, Dana!", "is already taken"),
    ("ru", "Готово, вы записаны: стрижка, четверг 19.03, 10:00. Ждём вас, Олег!", "уже занято"),
    ("he", "נקבע: תספורת ביום חמישי 19.03 בשעה 10:00. נתראה, Dana!", "כבר תפוס"),
])
def test_booking_dialogues(transcripts, lang, first, taken) -> None:
    lines = transcripts[f"booking-{lang}"]
    replies = bot(lines)
    assert replies[0] == first
    assert any(taken in r for r in replies)
    booked = {(a["service"], a["start"][:16]) for a in summary(lines)["appointments"]
              if a["status"] == "booked"}
    assert {("Haircut", "2026-03-19T10:00"), ("Beard trim", "2026-03-20T15:30")} <= booked
    assert len(booked) == len(summary(lines)["appointments"])
    assert not handoffs(lines)


def test_english_booking_asks_a_name_and_checks_saturday_hours(transcripts) -> None:
    lines = transcripts["booking-en"]
    assert "What name should I book it under?" in bot(lines)
    assert any("does not fit our hours (11:00-17:00)" in r for r in bot(lines))
    assert {"phone": "+15550100003", "name": "Alex"} in summary(lines)["customers"]
    assert ("Haircut and beard", "2026-03-21T11:00:00+03:00") in {
        (a["service"], a["start"]) for a in summary(lines)["appointments"]}


@pytest.mark.parametrize("lang, hours, saturday_or_sunday, price, address", [
    ("en", "Friday: 10:00-14:00 and 15:00-20:00", "On Saturday 21.03 we are open 11:00-17:00.",
     "Haircut — 25 USD, 30 min", "We are at 12 Example St."),
    ("ru", "Пятница: 10:00-14:00 и 15:00-20:00", "Воскресенье 22.03: выходной.",
     "Стрижка — 25 USD, 30 мин", "Наш адрес: 12 Example St."),
    ("he", "יום שישי: 10:00-14:00 ו-15:00-20:00", "בשבת 21.03 אנחנו פתוחים 11:00-17:00.",
     "תספורת — 25 USD, 30 דק'", "הכתובת שלנו: 12 Example St."),
])
def test_hours_and_prices_dialogues(transcripts, lang, hours, saturday_or_sunday, price,
                                    address) -> None:
    lines = transcripts[f"hours-and-prices-{lang}"]
    replies = bot(lines)
    assert hours in replies[0]
    assert replies[1] == saturday_or_sunday
    assert replies[2] == price
    assert "35 USD" in replies[3]
    assert replies[4].startswith(address)
    assert summary(lines)["appointments"] == [] and not handoffs(lines)
    if lang == "en":
        assert replies[5] == "Yes, all major cards."


@pytest.mark.parametrize("lang, moved, listed, cancelled, none", [
    ("en", "Done: your Haircut is now on Friday 20.03 at 15:30.",
     "Haircut — Friday 20.03 at 15:30", "Cancelled: Haircut", "You have no upcoming"),
    ("ru", "Готово: ваша запись (стрижка) перенесена: пятница 20.03, 15:30.",
     "стрижка — пятница 20.03, 15:30", "Запись отменена: стрижка", "У вас нет предстоящих"),
    ("he", "בוצע: התור לתספורת הועבר ליום שישי 20.03 בשעה 15:30.",
     "תספורת — יום שישי 20.03 בשעה 15:30", "התור בוטל: תספורת", "אין לך תורים"),
])
def test_cancel_and_reschedule_dialogues(transcripts, lang, moved, listed, cancelled,
                                         none) -> None:
    lines = transcripts[f"cancel-reschedule-{lang}"]
    replies = bot(lines)
    assert replies[1] == moved
    assert listed in replies[2]
    assert replies[3].startswith(cancelled)
    assert replies[4].startswith(none)
    assert [(a["start"], a["status"]) for a in summary(lines)["appointments"]] == [
        ("2026-03-20T15:30:00+03:00", "cancelled")]


@pytest.mark.parametrize("lang, clarify, refusal", [
    ("en", "Sorry, I didn't quite understand", "Sorry, I can only help"),
    ("ru", "Извините, я не совсем понял", "Извините, я могу помочь только"),
    ("he", "סליחה, לא הבנתי", "מצטער, אני יכול לעזור רק"),
])
def test_unclear_and_injection_dialogues(transcripts, lang, clarify, refusal) -> None:
    lines = transcripts[f"unclear-handoff-{lang}"]
    replies = bot(lines)
    assert replies[0].startswith(clarify)
    reasons = [h["reason"] for h in handoffs(lines)]
    assert len(reasons) == 2
    assert reasons[0].startswith("The assistant did not understand the customer")
    assert reasons[1] == "The customer asked for a person"
    refusals = [r for r in replies if r.startswith(refusal)]
    assert len(refusals) >= 2
    assert summary(lines)["appointments"] == []


@pytest.mark.parametrize("lang, reminded, confirmed", [
    ("en", "A reminder of your Haircut on Thursday 19.03 at 12:00, 12 Example St. Reply YES",
     "Thank you, confirmed: Haircut on Thursday 19.03 at 12:00."),
    ("ru", "напоминает о вашей записи: стрижка, четверг 19.03, 12:00; адрес: 12 Example St. "
           "Ответьте ДА", "Спасибо, запись подтверждена: стрижка, четверг 19.03, 12:00."),
    ("he", "תזכורת לתור שלך: תספורת ביום חמישי 19.03 בשעה 12:00, בכתובת 12 Example St. השב/י כן",
     "תודה, התור אושר: תספורת ביום חמישי 19.03 בשעה 12:00."),
])
def test_reminder_dialogues(transcripts, lang, reminded, confirmed) -> None:
    lines = transcripts[f"reminder-{lang}"]
    out = [l for l in lines if l.get("dir") == "out"]
    reminders = [(l["to"], l["text"]) for l in out if l.get("reason") == "reminder"]
    phones = [a["phone"] for a in summary(lines)["appointments"]]
    # The day before, in time order, one per visit (12:00, 16:00, 17:00); two hours before, only
    # for the visit still at its time (the cancelled one dropped, the moved one not due yet).
    assert [to for to, _ in reminders] == [*phones, phones[0]]
    assert reminded in reminders[0][1] and reminders[3][1] == reminders[0][1]
    assert all(l["by"] == "bot" for l in out if l.get("reason") == "reminder")
    assert not [l for l in out if l.get("reason") not in (None, "reminder")]
    replies = [l["text"] for l in out if "reason" not in l]
    assert replies[3].startswith(confirmed)
    assert [(a["start"], a["status"]) for a in summary(lines)["appointments"]] == [
        ("2026-03-19T12:00:00+03:00", "confirmed"), ("2026-03-19T16:00:00+03:00", "cancelled"),
        ("2026-03-20T15:30:00+03:00", "booked")]


@pytest.mark.parametrize("lang, anna, boris, off, who, closed, mine", [
    ("en", "Booked: Haircut with Anna on Thursday 19.03 at 11:00. See you, Dana!",
     "Booked: Haircut with Boris on Thursday 19.03 at 11:00. See you, Mike!",
     "Anna is not working on Saturday 21.03.", "Working on Saturday 21.03: Boris 11:00-17:00.",
     "On Wednesday 25.03 we are closed.", "Haircut with Anna — Thursday 19.03 at 11:00"),
    ("ru", "Готово, вы записаны: стрижка, четверг 19.03, 11:00, мастер — Аня. Ждём вас, Олег!",
     "Готово, вы записаны: стрижка, четверг 19.03, 11:00, мастер — Борис. Ждём вас, Ира!",
     "Суббота 21.03: мастер Аня не работает.", "Суббота 21.03 работают: Борис 11:00-17:00.",
     "Среда 25.03: выходной.", "стрижка — четверг 19.03, 11:00, мастер — Аня"),
    ("he", "נקבע: תספורת אצל אנה ביום חמישי 19.03 בשעה 11:00. נתראה, Dana!",
     "נקבע: תספורת אצל בוריס ביום חמישי 19.03 בשעה 11:00. נתראה, Avi!",
     "אנה לא בעבודה בשבת 21.03.", "בשבת 21.03 עובדים: בוריס 11:00-17:00.",
     "ביום רביעי 25.03 אנחנו סגורים.", "תספורת אצל אנה — יום חמישי 19.03 בשעה 11:00"),
])
def test_staff_dialogues(transcripts, lang, anna, boris, off, who, closed, mine) -> None:
    lines = transcripts[f"staff-{lang}"]
    replies = bot(lines)
    assert replies[:2] == [anna, boris]  # two customers at one time, one with each
    assert any(r.startswith(off) for r in replies)
    assert who in replies and any(r.startswith(closed) for r in replies)
    assert mine in replies[-1]
    visits = [(a["start"][:16], a["staff"]) for a in summary(lines)["appointments"]]
    assert visits[:2] == [("2026-03-19T11:00", "Anna"), ("2026-03-19T11:00", "Boris")]
    # Anna was off on Saturday: the customer took Boris, who was free then.
    assert ("2026-03-21T12:00", "Boris") in visits
    assert not handoffs(lines)


def test_the_summary_names_no_staff_in_a_shop_without_staff(transcripts) -> None:
    appointments = summary(transcripts["booking-en"])["appointments"]
    assert appointments and {a["staff"] for a in appointments} == {None}
