"""What a customer message asks for, by keywords in English, Russian and Hebrew.

Keywords are matched on the case-folded text; Russian stems cover word endings ("отмен" matches
"отменить", "отмените"), Hebrew words may carry a one-letter prefix (ו, ה, ב, ל, ש).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.bot.profile import FaqEntry, Service, StaffMember

# Asking about other people, the assistant's instructions, or for actions beyond the tools.
REFUSE = "refuse"
HUMAN = "human"
CANCEL = "cancel"
RESCHEDULE = "reschedule"
MY_APPOINTMENTS = "my_appointments"
BOOKING = "booking"
WHO_WORKS = "who_works"
HOURS = "hours"
ADDRESS = "address"
PRICES = "prices"
FAQ = "faq"
THANKS = "thanks"
GREETING = "greeting"
CONFIRM = "confirm"   # only as the answer to a reminder: a bare "yes" elsewhere is not one

FLOW_INTENTS = (CANCEL, RESCHEDULE, BOOKING)
INFO_INTENTS = (HOURS, ADDRESS, PRICES, FAQ)

_HE = r"(?:^|(?<=[\s,.!?]))[והבלש]?"  # a Hebrew word start, with an optional one-letter prefix


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


KEYWORDS: dict[str, re.Pattern[str]] = {
    REFUSE: _rx(
        r"\bother (customer|client|people|person)", r"\bsomeone else", r"\bwho else\b",
        r"\b(system )?prompt\b", r"\binstructions?\b", r"\bignore (all|any|your|the|previous)",
        r"\b(all|every|list) (the )?(appointments|bookings|customers|clients)",
        r"\bdatabase\b", r"\bdelete (all|every|the)", r"\bdeveloper mode\b",
        r"друг(их|ие|ого|ой|им) клиент", r"чуж", r"системн", r"промпт", r"инструкци",
        r"игнорир", r"все записи", r"всех клиент", r"баз[уаые] данных", r"удали все",
        r"לקוחות אחרים", r"לקוח אחר", r"הוראות", r"הנחיות", r"פרומפט", r"התעלם",
        r"כל התורים", r"כל הלקוחות", r"מסד (ה)?נתונים", r"מחק את כל"),
    HUMAN: _rx(
        r"\bhuman\b", r"\b(real|live|actual) person\b", r"\bmanager\b", r"\boperator\b",
        r"\btalk to (a|the|some) ?(person|one|body|owner|staff)", r"\bcall me\b",
        r"человек", r"администратор", r"менеджер", r"оператор", r"живо(й|го)",
        r"позвоните", r"נציג", r"בן אדם", r"מנהל", r"אדם אמיתי", r"תתקשרו"),
    CANCEL: _rx(r"\bcancel", r"отмен", r"לבטל", r"ביטול", r"תבטל", r"בטל את"),
    RESCHEDULE: _rx(
        r"\breschedul", r"\bmove (my|the|it)\b", r"\bpostpone", r"\bchange (my|the) "
        r"(appointment|booking|time)", r"\b(another|different) time\b",
        r"перенес", r"перенос", r"передвин", r"сдвин",
        r"להזיז", r"לדחות", r"להעביר את התור", r"לשנות את (ה)?תור", r"לשנות תור"),
    MY_APPOINTMENTS: _rx(
        r"\bmy (appointment|booking)s?\b", r"\bwhen is my\b", r"\bdo i have (an|any)\b",
        r"мо(я|и|ю|ей) запис", r"когда я записан", r"на когда я", r"я записан",
        r"התור(ים)? שלי", r"מתי התור", r"יש לי תור"),
    BOOKING: _rx(
        r"\bbook", r"\bappointment", r"\breserv", r"\bschedule\b", r"\bslots?\b",
        r"\bavailab", r"\bfree (time|slot)", r"\bcan i come\b", r"\bcome in\b",
        r"запиш", r"записа", r"запись", r"свободн", r"окошк", r"окно",
        r"לקבוע", r"תור", r"להזמין", r"לתאם", r"פנוי", r"להגיע ב"),
    WHO_WORKS: _rx(
        r"\bwho(?:'s| is)? (?:is )?(?:working|in|on duty)\b", r"\bwho works\b",
        r"\bwhich (?:barber|stylist|master|hairdresser)s? (?:is|are) (?:in|working|on)\b",
        r"кто (?:сегодня |завтра |из мастеров )?работа", r"какие мастера", r"кто из мастеров",
        r"מי עובד", r"מי בעבודה", r"מי מהספרים"),
    HOURS: _rx(
        r"\bhours\b", r"\bopen", r"\bclos(e|ed|ing)\b", r"\bwhat time do you\b",
        r"\buntil when\b", r"\bworking (time|day)",
        r"часы", r"работаете", r"открыт", r"закрыва", r"до скольки", r"график", r"режим",
        r"שעות", r"פתוח", r"סוגר", r"עד מתי", r"עובדים"),
    ADDRESS: _rx(
        r"\baddress\b", r"\bwhere\b", r"\blocat", r"\bdirections\b", r"\bhow (do i|to) get\b",
        r"адрес", r"\bгде\b", r"как (до)?(вас )?найти", r"как добраться", r"как пройти",
        r"כתובת", r"איפה", r"מיקום", r"איך מגיעים", r"נמצאים"),
    PRICES: _rx(
        r"\bprices?\b", r"\bcosts?\b", r"\bhow much\b", r"\bservices\b", r"\bmenu\b",
        r"\bprice list\b", r"\bwhat do you (do|offer)\b",
        r"цен[аыу]", r"сколько стоит", r"стоимост", r"услуг", r"прайс", r"почём", r"почем",
        r"מחיר", r"כמה עולה", r"כמה זה עולה", r"שירותים", r"מחירון"),
    THANKS: _rx(
        r"\bthank", r"\bthx\b", r"\bbye\b", r"\bgoodbye\b", r"\bsee you\b", r"\bperfect\b",
        r"\bgreat\b", r"спасибо", r"благодар", r"до свидания", r"\bпока\b", r"отлично",
        r"תודה", r"ביי", r"להתראות", r"מעולה"),
    GREETING: _rx(
        r"\b(hi|hello|hey|hiya|good (morning|afternoon|evening))\b",
        r"привет", r"здравствуй", r"добр(ый|ое|ого) (день|вечер|утро)", r"доброе утро",
        r"שלום", r"היי", r"בוקר טוב", r"ערב טוב", r"אהלן"),
}

_CONFIRMATION = _rx(
    r"^\W*(yes|yeah|yep|yup|sure|ok|okay|confirm(ed)?|i confirm|of course|definitely)\b",
    r"\bi('ll| will) (be there|come)\b", r"\bsee you (then|there)\b",
    r"^\W*(да|ага|конечно|подтвержда\w*|ок|хорошо|буду|приду)(?!\w)",
    r"^\W*(כן|בטח|בסדר|מאשר|מאשרת|אגיע|אוקיי)(?!\w)", r"👍|✅|👌")


def is_confirmation(text: str) -> bool:
    """A reply that says yes ("yes", "да", "כן", 👍): a confirmation, where a reminder asked."""
    return bool(_CONFIRMATION.search(text.strip().casefold()))


_PHONE_NUMBER = re.compile(r"\+?\d[\d\s()-]{6,}\d")
_ABOUT_BOOKINGS = re.compile(r"appointment|booking|book|запис|תור")

_FAQ_STOP = {"your", "have", "there", "take", "with", "what", "does", "when", "where", "which",
             "this", "that", "from", "about", "will", "would", "could", "should", "they"}


def intents_of(text: str) -> set[str]:
    """Every intent the text shows (possibly none)."""
    lowered = text.casefold()
    found = {intent for intent, pattern in KEYWORDS.items() if pattern.search(lowered)}
    if _PHONE_NUMBER.search(lowered) and _ABOUT_BOOKINGS.search(lowered):
        # Someone asking about the bookings of a phone number: that is another person's data.
        found.add(REFUSE)
    return found


def _alias_pattern(alias: str) -> re.Pattern[str]:
    words = []
    for word in alias.casefold().split():
        if re.fullmatch(r"[a-zа-яё]+", word) and len(word) >= 5:
            # "стрижка" also matches "стрижку", "haircuts" matches "haircut".
            words.append(re.escape(word[:-2]) + r"\w{0,4}")
        else:
            words.append(re.escape(word))
    body = r"\s+".join(words)
    return re.compile(rf"(?:^|(?<=[^\w])|(?<=[והבלש])){body}(?!\w)")


def find_service(text: str, services: Iterable[Service]) -> Service | None:
    """The service a text names by its name or an alias; the longest match wins."""
    lowered = text.casefold()
    best: tuple[int, Service] | None = None
    for service in services:
        for alias in (service.name, *service.aliases):
            match = _alias_pattern(alias).search(lowered)
            if match and (best is None or len(match[0]) > best[0]):
                best = (len(match[0]), service)
    return best[1] if best else None


def _name_pattern(name: str) -> re.Pattern[str]:
    words = []
    for word in name.casefold().split():
        if re.fullmatch(r"[а-яё]{3,}", word):
            # Russian names decline: "Аня" -> "к Ане", "Аню"; "Борис" -> "у Бориса".
            stem = word[:-1] if word[-1] in "аяеиоуыьй" else word
            words.append(re.escape(stem) + r"[аяеиоуыюйьм]{0,2}")
        else:
            words.append(re.escape(word))
    body = r"\s+".join(words)
    return re.compile(rf"(?:^|(?<=[^\w])|(?<=[והבלש])){body}(?!\w)")


def find_staff(text: str, staff: Iterable[StaffMember]) -> StaffMember | None:
    """The staff member a text names ("with Anna", "к Ане", "אצל אנה"); the longest match wins."""
    lowered = text.casefold()
    best: tuple[int, StaffMember] | None = None
    for member in staff:
        for name in (member.name, *member.aliases):
            match = _name_pattern(name).search(lowered)
            if match and (best is None or len(match[0]) > best[0]):
                best = (len(match[0]), member)
    return best[1] if best else None


def find_faq(text: str, faq: Iterable[FaqEntry]) -> FaqEntry | None:
    """The FAQ entry whose question shares a telling word with the text."""
    lowered = text.casefold()
    for entry in faq:
        words = {w for w in re.findall(r"\w{4,}", entry.q.casefold()) if w not in _FAQ_STOP}
        if any(re.search(rf"\b{re.escape(w[:5])}", lowered) for w in words):
            return entry
    return None


_NAME_PATTERNS = [
    re.compile(r"\bmy name is\s+([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?)", re.I),
    re.compile(r"\bthis is\s+([A-Z][\w'-]+)"),
    re.compile(r"\bi am\s+([A-Z][\w'-]+)\b"),
    re.compile(r"\bi'm\s+([A-Z][\w'-]+)\b"),
    re.compile(r"меня зовут\s+([А-ЯЁA-Z][\w-]*(?:\s+[А-ЯЁA-Z][\w-]*)?)", re.I),
    re.compile(r"\bэто\s+([А-ЯЁ][а-яё-]+)"),
    re.compile(r"(?:קוראים לי|שמי|השם שלי)\s+([א-ת][א-ת'-]*(?:\s+[א-ת][א-ת'-]*)?)"),
]
_NOT_NAMES = {"here", "looking", "interested", "going", "available", "free", "ok", "fine"}


def find_name(text: str) -> str | None:
    """A name the customer gives ("my name is Dana", "меня зовут Олег", "קוראים לי דנה")."""
    for pattern in _NAME_PATTERNS:
        match = pattern.search(text)
        if match and match[1].casefold() not in _NOT_NAMES:
            return match[1].strip()
    return None


def bare_name(text: str) -> str | None:
    """A message that is only a name (the answer to "what name should I book it under?")."""
    cleaned = text.strip().strip(".!")
    if re.fullmatch(r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}", cleaned) and len(cleaned) <= 60:
        return cleaned
    return find_name(text)


def find_choice(text: str) -> int | None:
    """A bare list number ("2", "#2", "the 2nd") answering "which one?"."""
    match = re.fullmatch(r"\s*(?:#|no\.?|№)?\s*(\d)\s*(?:st|nd|rd|th)?\s*[.!)]?\s*", text.casefold())
    return int(match[1]) if match else None
