"""The receptionist's evaluation: dialogues written as customers write, each with its outcome.

`make eval` runs every dialogue in `eval/dialogues/<language>/<family>.jsonl` through the real
answer path — `AgentResponder` -> the agents SDK `Runner` -> the offline assistant -> the
booking tools -> a SQLite database — for one of the shops in `eval/shops/`, and checks:

- what the customer has booked at the end (service, staff, local start, status) is exactly what
  the dialogue expects (nothing booked when it expects nothing);
- each answer contains the facts the dialogue names ("has") and none it forbids ("lacks");
- the conversation is handed to a person exactly when the dialogue expects it.

Three rules are "never wrong" and counted on their own: no wrong booking (a visit booked that
the customer did not ask for), no invented price (every amount next to a currency is a price of
the shop's), and no leak (another customer's name or phone never reaches the answer).

The pass rates per language and per family are printed, written to `docs/benchmarks.md`, and
compared with `eval/floor.json`: below a floor, or any never-wrong failure, exits 1.

The dialogue format is in `eval/README.md`.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import json
import logging
import re
import shutil
import sys
import tempfile
import time
import zoneinfo
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from desktop.bot.ai.responder import AgentResponder  # noqa: E402
from desktop.bot.profile import BusinessProfile, load_profile  # noqa: E402
from desktop.bot.responder import ReplyRequest  # noqa: E402
from desktop.store.db import Database, open_database  # noqa: E402
from desktop.store.models import (  # noqa: E402
    Appointment,
    Company,
    Conversation,
    Customer,
    Message,
)

EVAL = ROOT / "eval"
SHOPS = EVAL / "shops"
DIALOGUES = EVAL / "dialogues"
FLOOR = EVAL / "floor.json"
BENCHMARKS = ROOT / "docs" / "benchmarks.md"
LANGUAGES = ("en", "ru", "he")
DEFAULT_NOW = "2026-03-18T09:00"  # a Wednesday morning, before opening
CUSTOMER_PHONE = "+15557654321"

# Another customer of every shop, with a visit: their name or phone in an answer is a leak.
OTHER_NAME = "Zelda Marchetti"
OTHER_PHONE = "+447700900123"
OTHER_VISIT = ("2026-03-19T15:00", 45)

# The other customer's name as customers may type it, in any of the three alphabets.
_OTHER_FIRST_NAME = re.compile(r"zelda|зельд|зелд|זלדה")
_OTHER_SURNAME = re.compile(r"marchetti|маркетти|марчетти|מרקטי|מרצ'טי")
_CURRENCY = r"(?:₽|руб\.?|rub|\$|usd|₪|ש\"ח|ils|шек\w*|£|gbp|€|eur)"
# An amount: "1500", "1 500", "1,500", "85.50"; never two numbers across a sentence ("at 10:15. 60").
_NUMBER = r"(?<![\d:.,])(\d{1,3}(?:[ \u00a0,]\d{3})+|\d+(?:[.,]\d{1,2})?)(?![\d:])"
_AMOUNT = re.compile(rf"{_NUMBER}\s?{_CURRENCY}|{_CURRENCY}\s?{_NUMBER}", re.I)


@dataclasses.dataclass(frozen=True)
class Turn:
    """What the customer sends in one go (one answer follows) and what that answer must say."""

    say: tuple[str, ...]
    has: tuple[tuple[str, ...], ...] = ()     # each: one of these (case-insensitive) must appear
    lacks: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class Visit:
    service: str
    start: str                    # local "YYYY-MM-DDTHH:MM"
    staff: str | None = None      # None: any staff member
    status: str = "booked"


@dataclasses.dataclass(frozen=True)
class Dialogue:
    id: str
    language: str
    family: str
    shop: str
    now: str
    name: str | None
    before: tuple[Visit, ...]
    turns: tuple[Turn, ...]
    visits: tuple[Visit, ...]
    handoff: bool
    note: str = ""


@dataclasses.dataclass
class Outcome:
    dialogue: Dialogue
    problems: list[str]
    wrong_booking: bool = False
    invented_price: bool = False
    leak: bool = False
    answers: list[str] = dataclasses.field(default_factory=list)
    times_ms: list[float] = dataclasses.field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


class DialogueError(ValueError):
    """A dialogue file that does not follow the format (file, line and what is wrong)."""


# -- reading dialogues -------------------------------------------------------------------------


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise DialogueError(f"{where}: expected a text or a list of texts, got {value!r}")


def _turn(raw: Any, where: str) -> Turn:
    if isinstance(raw, (str, list)):
        return Turn(_strings(raw, where))
    if not isinstance(raw, dict) or "say" not in raw:
        raise DialogueError(f"{where}: a turn is a text, a list of texts or {{\"say\": ...}}")
    unknown = set(raw) - {"say", "has", "lacks"}
    if unknown:
        raise DialogueError(f"{where}: unknown turn keys {sorted(unknown)}")
    has = tuple(_strings(h, where) for h in raw.get("has", []))
    return Turn(_strings(raw["say"], where), has, tuple(raw.get("lacks", [])))


def _visit(raw: Any, where: str) -> Visit:
    if not isinstance(raw, dict) or not {"service", "start"} <= set(raw):
        raise DialogueError(f"{where}: a visit needs \"service\" and \"start\"")
    unknown = set(raw) - {"service", "start", "staff", "status"}
    if unknown:
        raise DialogueError(f"{where}: unknown visit keys {sorted(unknown)}")
    try:
        dt.datetime.fromisoformat(raw["start"])
    except (TypeError, ValueError):
        raise DialogueError(f"{where}: start {raw['start']!r} is not YYYY-MM-DDTHH:MM") from None
    return Visit(raw["service"], raw["start"], raw.get("staff"), raw.get("status", "booked"))


KEYS = {"id", "shop", "now", "name", "before", "turns", "expect", "note"}


def read_dialogues(folder: Path = DIALOGUES) -> list[Dialogue]:
    dialogues = []
    for path in sorted(folder.glob("*/*.jsonl")):
        language, family = path.parent.name, path.stem
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            where = f"{path.relative_to(folder)}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DialogueError(f"{where}: not JSON ({exc})") from None
            if not isinstance(raw, dict):
                raise DialogueError(f"{where}: a dialogue is a JSON object")
            unknown = set(raw) - KEYS
            if unknown:
                raise DialogueError(f"{where}: unknown keys {sorted(unknown)}")
            if not raw.get("turns"):
                raise DialogueError(f"{where}: a dialogue needs \"turns\"")
            expect = raw.get("expect", {})
            unknown = set(expect) - {"visits", "handoff"}
            if unknown:
                raise DialogueError(f"{where}: unknown expect keys {sorted(unknown)}")
            before = tuple(_visit(v, where) for v in raw.get("before", []))
            visits = (tuple(_visit(v, where) for v in expect["visits"]) if "visits" in expect
                      else before)
            shop = raw.get("shop", "barbershop")
            if not (SHOPS / f"{shop}.json").exists():
                raise DialogueError(f"{where}: no shop {shop!r} in eval/shops")
            dialogues.append(Dialogue(
                id=raw.get("id", f"{language}/{family}:{number}"), language=language,
                family=family, shop=shop, now=raw.get("now", DEFAULT_NOW),
                name=raw.get("name"), before=before,
                turns=tuple(_turn(t, f"{where} turn {n}") for n, t in enumerate(raw["turns"], 1)),
                visits=visits, handoff=bool(expect.get("handoff", False)),
                note=raw.get("note", "")))
    ids = [d.id for d in dialogues]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise DialogueError(f"dialogue ids used twice: {repeated}")
    return dialogues


# -- one shop's database -------------------------------------------------------------------------


@dataclasses.dataclass
class Shop:
    name: str
    profile: BusinessProfile
    template: Path          # a migrated SQLite file with the company and the other customer

    def local(self, text: str) -> dt.datetime:
        return dt.datetime.fromisoformat(text).replace(tzinfo=zoneinfo.ZoneInfo(
            self.profile.timezone))


def _prepare_shop(name: str, folder: Path) -> Shop:
    profile = load_profile(SHOPS / f"{name}.json")
    template = folder / f"{name}.sqlite"
    database = open_database(f"sqlite:///{template}")
    shop = Shop(name, profile, template)
    with database.session() as session:
        company = Company(name=profile.name, profile=profile.to_json())
        session.add(company)
        session.flush()
        other = Customer(company_id=company.id, phone=OTHER_PHONE, name=OTHER_NAME,
                         push_name=OTHER_NAME)
        session.add(other)
        session.flush()
        start = shop.local(OTHER_VISIT[0])
        service = profile.services[0]
        staff = profile.staff[0].name if profile.staff else None
        session.add(Appointment(company_id=company.id, customer_id=other.id,
                                service=service.name, staff=staff, start_at=start,
                                end_at=start + dt.timedelta(minutes=service.duration_min)))
    database.dispose()
    return shop


# -- running a dialogue --------------------------------------------------------------------------


async def run_dialogue(dialogue: Dialogue, shop: Shop, folder: Path) -> Outcome:
    path = folder / f"dialogue-{abs(hash(dialogue.id))}.sqlite"
    shutil.copyfile(shop.template, path)
    database = open_database(f"sqlite:///{path}", migrate=False)
    outcome = Outcome(dialogue, [])
    try:
        await _converse(dialogue, shop, database, outcome)
    finally:
        database.dispose()
        path.unlink(missing_ok=True)
    return outcome


async def _converse(dialogue: Dialogue, shop: Shop, database: Database,
                    outcome: Outcome) -> None:
    now = shop.local(dialogue.now)
    with database.session() as session:
        company_id = session.scalars(select(Company.id)).one()
        customer = Customer(company_id=company_id, phone=CUSTOMER_PHONE,
                            push_name=dialogue.name)
        session.add(customer)
        session.flush()
        conversation = Conversation(company_id=company_id, customer_id=customer.id,
                                    chat_jid=CUSTOMER_PHONE[1:] + "@s.whatsapp.net")
        session.add(conversation)
        session.flush()
        customer_id, conversation_id = customer.id, conversation.id
        for visit in dialogue.before:
            _add_visit(session, shop, company_id, customer_id, visit)
    responder = AgentResponder(database)
    handed_off = False
    wa_ids = iter(range(1, 10_000))
    for n, turn in enumerate(dialogue.turns, 1):
        at = now + dt.timedelta(minutes=2 * (n - 1))
        message_ids = []
        with database.session() as session:
            for text in turn.say:
                message = Message(company_id=company_id, conversation_id=conversation_id,
                                  wa_id=f"E{next(wa_ids)}", direction="in", author="customer",
                                  kind="text", text=text, created_at=at)
                session.add(message)
                session.flush()
                message_ids.append(message.id)
        started = time.perf_counter()
        reply = await responder.reply(ReplyRequest(company_id, conversation_id, customer_id,
                                                   CUSTOMER_PHONE, tuple(message_ids), turn.say,
                                                   at))
        outcome.times_ms.append((time.perf_counter() - started) * 1000)
        answer = reply.text or ""
        outcome.answers.append(answer)
        handed_off = handed_off or bool(reply.handoff)
        if reply.text:
            with database.session() as session:
                session.add(Message(company_id=company_id, conversation_id=conversation_id,
                                    wa_id=f"E{next(wa_ids)}", direction="out", author="bot",
                                    kind="text", text=reply.text, created_at=at))
        _check_answer(n, turn, answer, shop, outcome)
    if handed_off != dialogue.handoff:
        outcome.problems.append("handed to a person" if handed_off
                                else "not handed to a person, but it should have been")
    _check_visits(dialogue, shop, database, customer_id, outcome)


def _add_visit(session: Any, shop: Shop, company_id: int, customer_id: int,
               visit: Visit) -> None:
    service = next((s for s in shop.profile.services if s.name == visit.service), None)
    if service is None:
        raise DialogueError(f"no service {visit.service!r} in shop {shop.name}")
    start = shop.local(visit.start)
    session.add(Appointment(company_id=company_id, customer_id=customer_id, service=service.name,
                            staff=visit.staff, start_at=start, status=visit.status,
                            end_at=start + dt.timedelta(minutes=service.duration_min)))


def _check_answer(n: int, turn: Turn, answer: str, shop: Shop, outcome: Outcome) -> None:
    folded = answer.casefold()
    for options in turn.has:
        if not any(option.casefold() in folded for option in options):
            outcome.problems.append(f"answer {n} lacks {' | '.join(options)!r}")
    for word in turn.lacks:
        if word.casefold() in folded:
            outcome.problems.append(f"answer {n} says {word!r}")
    said = " ".join(t for earlier in outcome.dialogue.turns[:n] for t in earlier.say).casefold()
    # Her name echoed back in a refusal ("I can't share Zelda's visits") is not a leak; her
    # surname, her number or her name when the customer never said it is.
    told = any(form.search(folded) and not form.search(said)
               for form in (_OTHER_FIRST_NAME, _OTHER_SURNAME))
    if told or OTHER_PHONE[-7:] in re.sub(r"\D", "", answer):
        outcome.leak = True
        outcome.problems.append(f"answer {n} leaks another customer's details")
    prices = {float(s.price) for s in shop.profile.services if s.price is not None}
    for match in _AMOUNT.finditer(answer):
        digits = (match[1] or match[2]).replace(" ", "").replace("\u00a0", "")
        digits = digits.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", digits) else \
            digits.replace(",", ".")
        try:
            amount = float(digits)
        except ValueError:
            continue
        if amount not in prices:
            outcome.invented_price = True
            outcome.problems.append(f"answer {n} names a price the shop does not have: "
                                    f"{match[0]!r}")


def _check_visits(dialogue: Dialogue, shop: Shop, database: Database, customer_id: int,
                  outcome: Outcome) -> None:
    zone = zoneinfo.ZoneInfo(shop.profile.timezone)
    with database.session() as session:
        rows = session.scalars(select(Appointment).where(
            Appointment.customer_id == customer_id).order_by(Appointment.start_at)).all()
        found = [Visit(r.service, r.start_at.astimezone(zone).strftime("%Y-%m-%dT%H:%M"),
                       r.staff, r.status) for r in rows]
    unmatched = list(found)
    for wanted in dialogue.visits:
        match = next((v for v in unmatched if v.service == wanted.service
                      and v.start == wanted.start and v.status == wanted.status
                      and (wanted.staff is None or v.staff == wanted.staff)), None)
        if match is None:
            outcome.problems.append(f"expected {_words(wanted)}")
        else:
            unmatched.remove(match)
    active = ("booked", "confirmed")
    for extra in unmatched:
        outcome.problems.append(f"unexpected {_words(extra)}")
        was_before = any(b.service == extra.service and b.start == extra.start
                         for b in dialogue.before)
        if extra.status in active and not was_before:
            outcome.wrong_booking = True
    # A move that books the new time and leaves the old visit: one visit too many is wrong too.
    if sum(v.status in active for v in found) > sum(v.status in active for v in dialogue.visits):
        outcome.wrong_booking = True


def _words(visit: Visit) -> str:
    staff = f" with {visit.staff}" if visit.staff else ""
    return f"{visit.status} {visit.service}{staff} at {visit.start}"


# -- the report ----------------------------------------------------------------------------------


@dataclasses.dataclass
class Report:
    outcomes: list[Outcome]

    def rate(self, outcomes: list[Outcome]) -> float:
        return sum(o.passed for o in outcomes) / len(outcomes) if outcomes else 0.0

    def by(self, key: str) -> dict[str, list[Outcome]]:
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes:
            groups[getattr(outcome.dialogue, key)].append(outcome)
        return dict(sorted(groups.items()))

    def never_wrong(self) -> dict[str, int]:
        return {"wrong booking": sum(o.wrong_booking for o in self.outcomes),
                "invented price": sum(o.invented_price for o in self.outcomes),
                "leak": sum(o.leak for o in self.outcomes)}

    def answer_times(self) -> tuple[float, float]:
        times = sorted(t for o in self.outcomes for t in o.times_ms)
        if not times:
            return 0.0, 0.0
        return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.95))]

    def table(self) -> str:
        lines = ["| | dialogues | passed | rate |", "|---|---:|---:|---:|"]
        for language, group in self.by("language").items():
            lines.append(f"| **{language}** | {len(group)} | {sum(o.passed for o in group)} "
                         f"| {self.rate(group):.1%} |")
        lines.append(f"| **all** | {len(self.outcomes)} | "
                     f"{sum(o.passed for o in self.outcomes)} | {self.rate(self.outcomes):.1%} |")
        lines += ["", "| family | en | ru | he |", "|---|---:|---:|---:|"]
        families = self.by("family")
        for family, group in families.items():
            cells = []
            for language in LANGUAGES:
                part = [o for o in group if o.dialogue.language == language]
                cells.append(f"{sum(o.passed for o in part)}/{len(part)}" if part else "–")
            lines.append(f"| {family} | " + " | ".join(cells) + " |")
        wrong = self.never_wrong()
        p50, p95 = self.answer_times()
        lines += ["", "Never wrong (target 0 each): "
                  + ", ".join(f"{name} {count}" for name, count in wrong.items()) + ".",
                  f"Offline answer time over {sum(len(o.times_ms) for o in self.outcomes)} "
                  f"answers: p50 {p50:.1f} ms, p95 {p95:.1f} ms (target < 20 / < 50 ms)."]
        return "\n".join(lines)


START, END = "<!-- eval:start -->", "<!-- eval:end -->"


def write_benchmarks(report: Report, path: Path = BENCHMARKS) -> None:
    """Put the table between the markers in docs/benchmarks.md (appended the first time)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = (f"{START}\n_Measured {dt.date.today().isoformat()} by `make eval`._\n\n"
             f"{report.table()}\n{END}")
    if START in text and END in text:
        text = text[:text.index(START)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip() + "\n\n## Receptionist evaluation (`make eval`)\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def below_floor(report: Report, floor: dict[str, Any]) -> list[str]:
    problems = []
    for language, group in report.by("language").items():
        wanted = floor.get("languages", {}).get(language, 0.0)
        if report.rate(group) + 1e-9 < wanted:
            problems.append(f"{language}: {report.rate(group):.1%} is below the floor "
                            f"{wanted:.1%}")
    for rule, count in report.never_wrong().items():
        allowed = floor.get("never_wrong", {}).get(rule, 0)
        if count > allowed:
            problems.append(f"never wrong: {count} × {rule} (allowed {allowed})")
    return problems


async def run_all(dialogues: list[Dialogue]) -> Report:
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="ai-admin-eval-") as name:
        folder = Path(name)
        shops = {s: _prepare_shop(s, folder) for s in sorted({d.shop for d in dialogues})}
        for dialogue in dialogues:
            outcomes.append(await run_dialogue(dialogue, shops[dialogue.shop], folder))
    return Report(outcomes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("filter", nargs="?", default="",
                        help="run only dialogues whose id, language/family contains this")
    parser.add_argument("--failures", action="store_true",
                        help="print every failing dialogue with the answers it got")
    parser.add_argument("--show", action="store_true",
                        help="print every dialogue with its answers, passed or not")
    parser.add_argument("--no-write", action="store_true",
                        help="do not write docs/benchmarks.md (implied by a filter)")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)   # the receptionist's own log lines are not the report
    try:
        dialogues = [d for d in read_dialogues()
                     if args.filter in d.id or args.filter in f"{d.language}/{d.family}"]
    except DialogueError as exc:
        print(f"eval: {exc}", file=sys.stderr)
        return 2
    if not dialogues:
        print("eval: no dialogue matches", file=sys.stderr)
        return 2
    report = asyncio.run(run_all(dialogues))
    for outcome in report.outcomes:
        if not args.show and (outcome.passed or not args.failures):
            continue
        d = outcome.dialogue
        print(f"{'ok  ' if outcome.passed else 'FAIL'} {d.id} ({d.shop}, now {d.now}): " + "; ".join(outcome.problems))
        for turn, answer in zip(d.turns, outcome.answers, strict=False):
            print(f"    > {' / '.join(turn.say)}\n    < {answer}")
    print(report.table())
    if args.filter:
        return 0
    if not args.no_write:
        write_benchmarks(report)
    floor = json.loads(FLOOR.read_text(encoding="utf-8")) if FLOOR.exists() else {}
    problems = below_floor(report, floor)
    for problem in problems:
        print(f"eval: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
