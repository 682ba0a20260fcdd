"""Reading a conversation: what the customer wants and what they have told us so far.

The conversation is read back from the turns, not kept in memory, so it survives restarts and
staff interventions. The open part of it starts after the shop's last turn that was not a
question: once the assistant has answered ("Booked: ..."), earlier details no longer count.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from desktop.bot.ai.offline import intents as I
from desktop.bot.ai.offline.dates import (
    DateTimeWordsError,
    find_day,
    find_days,
    find_shift,
    find_time,
    is_same_time,
)
from desktop.bot.ai.offline.language import conversation_language, shop_language
from desktop.bot.ai.offline.phrases import is_reminder, question_kind
from desktop.bot.profile import BusinessProfile, FaqEntry, Service, StaffMember

# Which intent wins when one message shows several.
PRIORITY = (I.REFUSE, I.HUMAN, I.CANCEL, I.RESCHEDULE, I.CANT_COME, I.DISCOUNT,
            I.MY_APPOINTMENTS, I.BOOKING, I.WHO_WORKS, I.PRICES, I.HOURS, I.ADDRESS, I.FAQ,
            I.COMPLIMENT, I.HOW_ARE_YOU, I.JOKE, I.THANKS, I.GREETING, I.ACK)
# Said for its own sake: answered as such even when the message names a service ("the cut you
# did yesterday is amazing" books nothing).
SOCIAL = (I.COMPLIMENT, I.HOW_ARE_YOU, I.JOKE)


@dataclass(frozen=True)
class Turn:
    """One message of the conversation: the customer's, or the shop's (bot or staff)."""

    by_customer: bool
    text: str


@dataclass
class Understanding:
    """What the open part of the conversation asks for and what it already says."""

    language: str
    intent: str | None
    info: tuple[str, ...] = ()           # info intents of the latest message, to answer together
    service: Service | None = None
    staff: StaffMember | None = None     # the staff member the customer asked for
    day: dt.date | None = None
    time: dt.time | None = None
    name: str | None = None              # a name the customer just gave
    choice: int | None = None            # a list number answering "which one?"
    faq: FaqEntry | None = None
    faqs: tuple[FaqEntry, ...] = ()      # every FAQ entry asked about now (faq is the first)
    priced: tuple[Service, ...] = ()     # every service named now, for a price question
    bad_when: str | None = None          # a day or time that does not exist
    last_question: str | None = None     # the kind of the assistant's last question
    latest: str = ""
    reminded: dt.date | None = None      # the day of the visit the shop's last turn reminded of
    # For a move, which names the old visit and the new time: every day and time said, in order,
    # "the same time", and a shift ("an hour later": +60).
    days: list[dt.date] = field(default_factory=list)
    times: list[dt.time] = field(default_factory=list)
    same_time: bool = False
    shift_min: int | None = None


def understand(turns: list[Turn], profile: BusinessProfile, today: dt.date) -> Understanding:
    """The customer's request, read from the conversation (oldest turn first)."""
    asked, last_question = _open_part(turns)
    window = [text for text, _ in asked]
    language = conversation_language([t.text for t in turns if t.by_customer],
                                     default=shop_language(profile))
    latest = window[-1] if window else ""
    u = Understanding(language=language, intent=None, last_question=last_question, latest=latest,
                      reminded=_reminded_day(turns, today))
    if not window:
        return u

    # Details accumulate over the open part; later messages override earlier ones.
    latest_has_details = False
    for n, (text, question) in enumerate(asked):
        is_latest = n == len(window) - 1
        kind = question_kind(question) if question else None
        service = I.find_service(text, profile.services)
        if service:
            u.service = service
        member = I.find_staff(text, profile.staff)
        if member:
            u.staff = member
        choice = I.find_choice(text) if is_latest and last_question == "which_one" else None
        if choice is not None:
            u.choice = choice
            latest_has_details = True
            continue
        try:
            day = find_day(text, today)
            time = find_time(text, bare_number=kind in (*SLOT_QUESTIONS, "which_time",
                                                        "ask_new_time"))
        except DateTimeWordsError as exc:
            if is_latest:
                u.bad_when = str(exc)
            continue
        if day:
            u.day = day
            u.days.extend(find_days(text, today))
        if time:
            u.time = time
            u.times.append(time)
        u.same_time = u.same_time or is_same_time(text)
        shift = find_shift(text)
        u.shift_min = shift if shift is not None else u.shift_min
        chosen = kind in SLOT_QUESTIONS and question is not None and _choose_offered(
            u, text, question, today)
        if is_latest:
            latest_has_details = bool(service or member or day or time or chosen)
    u.name = I.find_name(latest)
    if u.name is None and last_question == "ask_name":
        u.name = I.bare_name(latest)
    latest_has_details = latest_has_details or u.name is not None

    # What the customer asks now is every message since the shop's last turn: "where are you?" /
    # "and how much is a cut" / "thx" asks two things.
    burst = _burst(turns) or [latest]
    asked_now = "\n".join(burst)
    latest_intents = set().union(*(I.intents_of(text) for text in burst))
    u.faqs = tuple(I.find_faqs(asked_now, profile.faq))
    u.faq = u.faqs[0] if u.faqs else None
    if u.faq is not None:
        latest_intents.add(I.FAQ)
    u.priced = tuple(I.find_services(asked_now, profile.services))
    if u.priced and I.asks_how_much(asked_now):
        latest_intents.add(I.PRICES)
    u.info = tuple(i for i in PRIORITY if i in latest_intents and i in I.INFO_INTENTS)
    u.intent = _intent(u, latest_intents, window, latest_has_details)
    if u.reminded is not None and u.intent in (I.CONFIRM, I.CANCEL) and u.day is None:
        u.day = u.reminded  # "yes" / "cancel it" is about the visit just reminded of
    return u


# The assistant's questions that list free times to choose from.
SLOT_QUESTIONS = ("slots", "slots_with", "alternatives", "nearest")
_LISTED_TIME = re.compile(r"(?<![\d.])([012]\d:[0-5]\d)(?![\d])")


def _choose_offered(u: Understanding, latest: str, offered: str, today: dt.date) -> bool:
    """The customer picks one of the times just offered by its place ("the second one"); the
    day is the offer's ("the 2nd" is the second time, not the 2nd of the month)."""
    position = I.find_position(latest)
    times = _LISTED_TIME.findall(offered)
    if position is None or not times or position > len(times):
        return False
    u.time = dt.time.fromisoformat(times[position - 1] if position > 0 else times[-1])
    try:
        # The listing's day: the last one named ("closed on Sunday; nearest: Monday 23.03: ...").
        listed = find_days(offered, today)
        u.day = listed[-1] if listed else u.day
    except DateTimeWordsError:
        pass
    return True


def _reminded_day(turns: list[Turn], today: dt.date) -> dt.date | None:
    """The visit's day when the shop's last turn is a reminder ("...on Thursday 19.03 at 12:00.
    Reply YES to confirm..."); None otherwise."""
    last_shop = next((t.text for t in reversed(turns) if not t.by_customer), None)
    if last_shop is None or not is_reminder(last_shop):
        return None
    try:
        return find_day(last_shop, today)
    except DateTimeWordsError:
        return None


def _burst(turns: list[Turn]) -> list[str]:
    """The customer's messages since the shop's last turn."""
    texts: list[str] = []
    for turn in reversed(turns):
        if not turn.by_customer:
            break
        texts.append(turn.text)
    return texts[::-1]


def _open_part(turns: list[Turn]) -> tuple[list[tuple[str, str | None]], str | None]:
    """The customer's texts of the open part, each with the shop's turn just before it (the
    question it may answer), and the kind of the shop's last question."""
    texts: list[tuple[str, str | None]] = []
    last_question: str | None = None
    seen_shop = False
    pending: list[str] = []
    for turn in reversed(turns):
        if turn.by_customer:
            pending.append(turn.text)
            continue
        texts.extend((text, turn.text) for text in pending)
        pending = []
        if not seen_shop:
            last_question = question_kind(turn.text)
            seen_shop = True
        if not turn.text.rstrip().endswith("?"):
            break
    else:
        texts.extend((text, None) for text in pending)
    return texts[::-1], last_question


def _intent(u: Understanding, latest_intents: set[str], window: list[str],
            has_details: bool) -> str | None:
    for special in (I.REFUSE, I.HUMAN):
        if special in latest_intents:
            return special
    strong = [i for i in PRIORITY if i in latest_intents
              and i in (I.CANCEL, I.RESCHEDULE, I.CANT_COME, I.DISCOUNT, I.MY_APPOINTMENTS,
                        I.BOOKING, I.WHO_WORKS)]
    if strong:
        return strong[0]
    if u.reminded is not None and I.is_confirmation(u.latest):
        return I.CONFIRM
    if u.last_question == "cancel_or_move" and I.is_confirmation(u.latest):
        return I.CANCEL   # "yes" to "shall I cancel it, or move it?"
    if u.last_question == "ask_name" and u.name is None:
        # "ok" / "yes" to "what name?": the booking goes on, and the name is asked again.
        for text in reversed(window[:-1]):
            earlier = [i for i in PRIORITY if i in I.intents_of(text) and i in I.FLOW_INTENTS]
            if earlier:
                return earlier[0]
        return I.BOOKING
    social = [i for i in SOCIAL if i in latest_intents]
    if social and not u.info:
        return social[0]
    if u.info:
        # "How much is a haircut?" is a price question even though it names a service.
        return u.info[0]
    if has_details or u.bad_when:
        for text in reversed(window[:-1]):
            earlier = [i for i in PRIORITY if i in I.intents_of(text) and i in I.FLOW_INTENTS]
            if earlier:
                return earlier[0]
        if u.service or u.staff or u.day or u.time or u.bad_when:
            return I.BOOKING
        if u.name is not None:
            return "name"
    for polite in (I.THANKS, I.GREETING, I.ACK):
        if polite in latest_intents:
            return polite
    return None
