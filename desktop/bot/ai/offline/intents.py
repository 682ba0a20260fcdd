"""What a customer message asks for, by keywords in English, Russian and Hebrew.

Keywords are matched on the case-folded text; Russian stems cover word endings ("отмен" matches
"отменить", "отмените"), Hebrew words may carry a one-letter prefix (ו, ה, ב, ל, ש).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from desktop.bot.ai.offline.words import lemma, similarity, words
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
CANT_COME = "cant_come"          # "I can't make it": offer to cancel or move the visit
DISCOUNT = "discount"            # a price of the customer's own ("for 150", "give me 90% off")
HOW_ARE_YOU = "how_are_you"
JOKE = "joke"
COMPLIMENT = "compliment"
ACK = "ack"                      # "ok", "👍": nothing asked

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
        r"כל התורים", r"כל הלקוחות", r"מסד (ה)?נתונים", r"מחק את כל",
        # Someone else's visits or details, however asked.
        r"\b(?!my\b|your\b|our\b)[a-z]+'s (?:appointment|booking|visit|number|phone)",
        r"\bwho(?:'s| is| else is)? (?:else )?(?:booked|coming|scheduled|in at)\b",
        r"\bwho'?s? (?:has )?(?:she|he|they)(?:'?s)? got\b", r"\bwho(?:s)? booked\b",
        r"\b(?:list|all) (?:of )?(?:all )?(?:the )?(?:patients|customers|clients)",
        r"\bphone number of\b", r"\bher (?:phone|number|appointment)",
        r"\bhis (?:phone|number|appointment)",
        r"кто (?:ещ[её] )?записан", r"кто (?:ещ[её] )?(?:будет|придёт|придет)",
        r"\bкто в \d", r"список (?:клиентов|записей|пациентов)", r"телефон\w* (?:клиент|зельд)",
        r"(?:номер|телефон)\w* (?:телефона )?(?!ваш|салон|клиник|администрат|мастер|для|телефон)[а-яё]{4,}",
        r"записан[аы]? (?!на\b|в\b|к\b|ли\b|я\b|ко\b)[а-яё]{3,}",
        r"מי עוד", r"מי קבוע", r"רשימת (?:ה)?לקוחות", r"התור של (?!י(?![א-ת]))[א-ת]+",
        r"הטלפון של", r"מספר הטלפון של"),
    HUMAN: _rx(
        r"\bhuman\b", r"\b(real|live|actual) person\b", r"\bmanager\b", r"\boperator\b",
        r"\btalk to (a|the|some) ?(person|one|body|owner|staff)", r"\bcall me\b",
        r"человек", r"администратор", r"менеджер", r"оператор", r"живо(й|го)",
        r"позвоните", r"נציג", r"בן אדם", r"מנהל", r"אדם אמיתי", r"תתקשרו"),
    CANCEL: _rx(r"\bcancel", r"отмен", r"לבטל", r"ביטול", r"תבטל", r"בטל את", r"(?:^|\s)בטלי"),
    RESCHEDULE: _rx(
        r"\breschedul", r"\bmove (my|the|it)\b", r"\bpostpone", r"\bchange (my|the) "
        r"(appointment|booking|time)", r"\b(another|different) time\b",
        r"\bmove (?:my|the|it|to|our)\b", r"\binstead\b", r"\bpush (?:it|my|the)\b",
        r"\b(?:come|do it|make it) (?:a bit |an hour |half an hour )?(?:earlier|later)\b",
        r"\bcan we (?:make it|do)\b.*\b(?:instead|earlier|later)\b", r"\bsame time\b",
        r"перенес", r"перенос", r"передвин", r"сдвин", r"перезапис", r"поменя\w* (?:время|день)",
        r"\bвместо\b", r"в то же (?:самое )?время", r"(?:попозже|пораньше)",
        r"להזיז", r"תזיז", r"לדחות", r"תדחה", r"תדחי", r"להקדים", r"תקדים", r"תקדימי",
        r"להעביר", r"תעביר", r"תעבירי", r"לשנות את (ה)?תור", r"לשנות תור", r"באותה שעה",
        r"(?:^|\s)במקום(?![א-ת])"),
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
        r"часы", r"работаете", r"открыт", r"открыва", r"закрыва", r"до скольки", r"график", r"режим",
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
    CANT_COME: _rx(
        r"\bcan'?t make it\b", r"\b(?:not gonna|won'?t|wont|not going to) (?:be able to )?make it",
        r"\b(?:can'?t|cant|won'?t|wont|unable to|not able to) (?:be able to )?(?:come|make|get)",
        r"\bwon'?t be able to\b", r"\bi'?m sick\b",
        r"не получится", r"не смогу", r"не успею", r"не успеваю", r"не приду", r"не выйдет",
        r"заболел", r"не сможем",
        r"לא אוכל להגיע", r"לא אספיק", r"לא אגיע", r"לא (?:יכול|יכולה) להגיע", r"לא מסתדר לי",
        r"(?:אני )?חול(?:ה|ָה)(?![א-ת])"),
    DISCOUNT: _rx(r"\bdiscount", r"\b\d+ ?% off\b", r"скидк", r"הנחה"),
    HOW_ARE_YOU: _rx(r"\bhow are (?:you|u)\b", r"\bhow'?s it going\b", r"как дела", r"как ты\b",
                     r"как вы\b(?! работ)", r"че как", r"чё как", r"מה נשמע", r"מה שלומך",
                     r"מה קורה"),
    JOKE: _rx(r"\bjoke", r"анекдот", r"шутк", r"пошути", r"בדיחה"),
    COMPLIMENT: _rx(r"\b(?:turned out|looks?|came out) (?:amazing|great|awesome|perfect)",
                    r"\bloved? (?:it|my)\b", r"\bgreat job\b", r"\bthe best\b",
                    r"понравил", r"супер стрижк", r"вы лучшие", r"огонь",
                    r"יצאה מדהימה", r"יצא מדהים", r"מדהים", r"אהבתי", r"אתם הכי"),
    ACK: _rx(r"^\W*(?:ok|okay|k|kk|cool|fine|alright|got it|noted|sure)\W*$",
             r"^\W*(?:ок|окей|оке|хорошо|ладно|понял|поняла|ясно|принято)\W*$",
             r"^\W*(?:אוקיי|אוקי|סבבה|בסדר|הבנתי|מעולה)\W*$", r"^[\W\s]+$"),
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


@functools.lru_cache(maxsize=2048)  # the same aliases, for every message
def _alias_pattern(alias: str) -> re.Pattern[str]:
    words = []
    for word in alias.casefold().split():
        if re.fullmatch(r"[а-яё]+", word) and len(word) >= 5:
            # "стрижка" also matches "стрижку", "стрижки" (other forms: `_close_services`).
            words.append(re.escape(word[:-2]) + r"\w{0,4}")
        elif re.fullmatch(r"[a-z]+", word):
            words.append(re.escape(word) + r"(?:s|es)?")   # "haircuts"; "combo" is not "come"
        else:
            words.append(re.escape(word))
    body = r"\s+".join(words)
    return re.compile(rf"(?:^|(?<=[^\w])|(?<=[והבלש])){body}(?!\w)")


def _exact_services(lowered: str, services: Iterable[Service]) -> list[tuple[int, Service]]:
    """Every service the text names by its name or an alias, with the matched length."""
    return [(end - start, service) for start, end, service in _exact_spans(lowered, services)]


def _exact_spans(lowered: str, services: Iterable[Service]) -> list[tuple[int, int, Service]]:
    """Where the text names each service (its longest match), as (start, end, service)."""
    found = []
    for service in services:
        spans = [m.span() for alias in (service.name, *service.aliases)
                 if (m := _alias_pattern(alias).search(lowered))]
        if spans:
            start, end = max(spans, key=lambda span: span[1] - span[0])
            found.append((start, end, service))
    return found


def _separate(spans: list[tuple[int, int, Service]]) -> list[Service]:
    """The services named apart from each other: "детская стрижка" names Kids haircut, not
    also the Haircut inside it."""
    return [s for start, end, s in spans
            if not any(a <= start and end <= b and (b - a) > (end - start)
                       for a, b, other in spans if other is not s)]


# Words that join two services into one visit: "cut and beard", "стрижка плюс борода", "תספורת
# עם זקן". Inside service names they are ignored, so "haircut & beard" finds "Haircut and beard".
_JOINERS = {"and", "plus", "with", "&", "+", "и", "плюс", "с", "со", "עם", "ועוד", "ו"}
_FUZZY_MIN = 80        # rapidfuzz ratio for one word: "hiarcut"/"haircut" 86, "beard"/"bread" 80
_FUZZY_WORD_MIN = 4    # shorter words must be exact: "cut" is not "but"


def _service_words(text: str) -> list[str]:
    return list(_service_words_of(text))


@functools.lru_cache(maxsize=4096)   # aliases are read again for every message
def _service_words_of(text: str) -> tuple[str, ...]:
    found = []
    for word in words(text):
        if word in _JOINERS:
            continue
        if len(word) > 3 and word[0] == "ו" and re.fullmatch(r"[א-ת]+", word):
            word = word[1:]  # "וזקן": "and a beard"
        found.append(lemma(word))
    return tuple(found)


def _close_score(alias_words: list[str], text_words: list[str]) -> float:
    """How well the alias's words appear, in order and side by side, in the text (0..100)."""
    size = len(alias_words)
    best = 0.0
    for start in range(len(text_words) - size + 1):
        scores = []
        for wanted, said in zip(alias_words, text_words[start:start + size], strict=True):
            if wanted == said:
                scores.append(100.0)
            elif min(len(wanted), len(said)) >= _FUZZY_WORD_MIN:
                scores.append(similarity(wanted, said))
            else:
                scores.append(0.0)
        if min(scores) >= _FUZZY_MIN:
            best = max(best, sum(scores) / size)
    return best


def _close_services(text: str, services: list[Service]) -> list[tuple[float, Service]]:
    """Services the text names with a typo or another word form ("hiarcut", "стрижечку")."""
    return list(_close_services_of(text, tuple(services)))


@functools.lru_cache(maxsize=1024)   # find_service and find_services read the same texts
def _close_services_of(text: str, services: tuple[Service, ...]
                       ) -> tuple[tuple[float, Service], ...]:
    text_words = _service_words(text)
    found = []
    for service in services:
        score = max((_close_score(_service_words(alias), text_words)
                     for alias in (service.name, *service.aliases) if _service_words(alias)),
                    default=0.0)
        if score:
            found.append((score, service))
    return tuple(sorted(found, key=lambda pair: -pair[0]))


_RU_PREFIX = re.compile(r"^(?:пере|под|при|по|от|за|на|с|у)(?=[а-яё]{4,})")


def _root(word: str) -> str:
    """A word's first letters once its Russian prefix and reflexive ending are gone: "подстричься"
    and "стрижка" share "стри" (a haircut said as a verb)."""
    if re.search(r"(?:ть|чь|ти)(?:ся|сь)?$", word):   # a verb: its prefix goes, not a noun's
        word = _RU_PREFIX.sub("", re.sub(r"(?:ся|сь)$", "", word))
    return word[:4]


def _word_names(said: str, alias_word: str) -> bool:
    """Whether one word of the customer's names one word of a service: the same (its dictionary
    form), a close spelling, the start of it ("hair" for "haircut"), or the same Russian root
    ("подстричься" for "стрижка")."""
    if said == alias_word:
        return True
    if min(len(said), len(alias_word)) < _FUZZY_WORD_MIN:
        return False
    if len(alias_word) >= 5 and (alias_word.startswith(said) or similarity(said, alias_word) >= 85):
        return True
    return bool(re.fullmatch(r"[а-яё]+", said)) and _root(said) == _root(alias_word)


def _combination(text: str, services: list[Service]) -> Service | None:
    """The combined service whose parts the text names with two different words: "cut and
    beard", "стрижка плюс борода", "подстричься и бороду"; one word ("стрижку") is one part."""
    said = _service_words(text)
    best: tuple[int, Service] | None = None
    for combo in services:
        components = _components(combo, services)
        parts = [s for s in services if s.name in components]
        if len(parts) < 2:
            continue
        naming = [{i for i, word in enumerate(said)
                   if any(_word_names(word, w) for alias in (part.name, *part.aliases)
                          for w in _service_words(alias))} for part in parts]
        named = [words for words in naming if words]
        # Two parts named by two different words (a matching of size two is enough here).
        if any(i != j for n, first in enumerate(named) for second in named[n + 1:]
               for i in first for j in second):
            if best is None or len(named) > best[0]:
                best = (len(named), combo)
    return best[1] if best else None


def _components(combo: Service, services: list[Service]) -> set[str]:
    return set(_components_of(combo, tuple(services)))


@functools.lru_cache(maxsize=256)   # a shop's services change only when its profile does
def _components_of(combo: Service, services: tuple[Service, ...]) -> frozenset[str]:
    """The other services a combined service is made of ("Haircut and beard": Haircut, Beard
    trim), read from its name and aliases."""
    said = " | ".join((combo.name, *combo.aliases)).casefold()
    return frozenset(s.name for s in services if s != combo and any(
        _alias_pattern(alias).search(said) for alias in (s.name, *s.aliases)))


def find_service(text: str, services: Iterable[Service]) -> Service | None:
    """The service a text names: by name or alias (the longest match wins), a combination of
    two services it names ("cut and beard"), or a close spelling or word form of one. None when
    nothing fits, or when two services fit a misspelling equally well (ask, never guess)."""
    services = list(services)
    lowered = text.casefold()
    spans = _exact_spans(lowered, services)
    exact = [(end - start, s) for start, end, s in spans]
    close = _close_services(text, services)
    longest = max(spans, key=lambda span: span[1] - span[0], default=None)
    if longest is not None and " " in lowered[longest[0]:longest[1]].strip():
        # A whole alias of several words: "стрижка бороды" is Beard trim, whatever its words
        # name alone; with another service named beside it ("haircut + beard trim"), their
        # combination.
        whole = longest[2]
        other = find_service(lowered[:longest[0]] + " " + lowered[longest[1]:], services)
        if other is not None and other is not whole:
            both = {whole.name, other.name}
            combo = next((s for s in services if both <= _components(s, services)), None)
            if combo is not None:
                return combo
        return whole
    combo = _combination(text, services)
    if combo is not None:
        return combo
    spelled = {s.name for _, _, s in spans}
    apart = _separate(spans) + [s for score, s in close if score >= 90 and s.name not in spelled]
    if len({s.name for s in apart}) > 1:
        return None   # "a check-up then a clean": two visits, not one to guess between
    if exact:
        return max(exact, key=lambda pair: pair[0])[1]
    if close and (len(close) == 1 or close[0][0] - close[1][0] >= 5):
        return close[0][1]
    # A Russian verb for a service's one-word name: "подстричься" is a haircut.
    said = [w for w in _service_words(text) if re.fullmatch(r"[а-яё]{5,}", w)]
    rooted = [s for s in services if any(
        len(words := _service_words(alias)) == 1 and any(_root(w) == _root(words[0])
                                                         for w in said)
        for alias in (s.name, *s.aliases))]
    return rooted[0] if len(rooted) == 1 else None


@functools.lru_cache(maxsize=1024)
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


# What customers ask a shop about besides booking, in the three languages: a FAQ entry is about
# the topics its question and answer name, and a customer's question finds it by the same topics
# however it is phrased ("u guys take card?", "картой можно?", "אפשר באשראי?").
FAQ_TOPICS: dict[str, re.Pattern[str]] = {
    "payment": _rx(r"\bcards?\b", r"\bpay", r"\bcash\b", r"\bbit\b", r"\bcredit\b",
                   r"\bapple pay\b", r"карт(?:а|ой|у|ы|очк)", r"оплат", r"налич", r"\bбит\b",
                   r"אשראי", r"כרטיס", r"לשלם", r"תשלום", r"מזומן", r"(?:^|[\sב])ביט(?![א-ת])"),
    "parking": _rx(r"\bpark", r"\bcar\b", r"парков", r"припарк", r"машин", r"חני", r"לחנות",
                   r"חונה"),
    "children": _rx(r"\bkids?\b", r"\bchild", r"\bson\b", r"\bdaughter\b", r"\blittle (?:boy|girl|one)",
                    r"\btoddler", r"дет(?:ей|и|ск)", r"реб[её]н", r"\bсын", r"доч", r"малыш",
                    r"ילד", r"(?:^|\s)(?:ה|את ה)?(?:בן|בת) \d", r"הקטן", r"הקטנה", r"תינוק"),
    "vegan": _rx(r"\bvegan", r"веган", r"טבעונ"),
    "insurance": _rx(r"\bnhs\b", r"\binsurance", r"страхов", r"\bдмс\b", r"ביטוח", r"קופת חולים"),
    "wifi": _rx(r"\bwi-?fi\b", r"вай-?фай", r"וויי?פיי"),
    "pets": _rx(r"\bdogs?\b", r"\bpets?\b", r"собак", r"животн", r"כלב", r"חיות"),
}


# A word of each topic, to find its entry with `find_faq`.
FAQ_TOPIC_WORDS = {"payment": "card", "parking": "parking", "children": "kids", "vegan": "vegan",
                   "insurance": "nhs", "wifi": "wifi", "pets": "dog"}
_HOW_MUCH = re.compile(r"(?:^|\s)כמה(?![א-ת])|(?<!во )\bсколько\b|\bhow much\b|\bprice of\b")


def asks_how_much(text: str) -> bool:
    """"How much", "сколько" (not "во сколько": what time), "כמה": with a service, a price."""
    return bool(_HOW_MUCH.search(text.casefold()))


def faq_topics(text: str) -> set[str]:
    lowered = text.casefold()
    return {topic for topic, pattern in FAQ_TOPICS.items() if pattern.search(lowered)}


def find_faqs(text: str, faq: Iterable[FaqEntry]) -> list[FaqEntry]:
    """Every FAQ entry the text asks about, one per topic ("card? and parking?": two)."""
    entries = list(faq)
    found: list[FaqEntry] = []
    for topic in faq_topics(text):
        entry = find_faq(FAQ_TOPIC_WORDS[topic], entries)
        if entry is not None and entry not in found:
            found.append(entry)
    if not found and (entry := find_faq(text, entries)) is not None:
        found.append(entry)
    return found


def find_services(text: str, services: Iterable[Service]) -> list[Service]:
    """Every service the text names ("prices for colour and manicure?": both); a combination
    named stands for itself, not for its parts."""
    services = list(services)
    lowered = text.casefold()
    named = [s for _, s in _exact_services(lowered, services)]
    named += [s for score, s in _close_services(text, services) if score >= 90 and s not in named]
    combo = find_service(text, services)
    if combo is not None and len(_components(combo, services)) >= 2 and combo in named:
        parts = _components(combo, services)
        named = [s for s in named if s.name not in parts]
    return named


def find_faq(text: str, faq: Iterable[FaqEntry]) -> FaqEntry | None:
    """The FAQ entry the text asks about: one on the same topic (payment, parking, children...),
    or else one whose question shares a telling word with the text."""
    entries = list(faq)
    asked = faq_topics(text)
    if asked:
        scored = [(len(asked & faq_topics(f"{e.q} {e.a}")), n, e) for n, e in enumerate(entries)]
        best = max(scored, default=None, key=lambda item: (item[0], -item[1]))
        if best is not None and best[0]:
            return best[2]
    lowered = text.casefold()
    for entry in entries:
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


_NOT_A_NAME = re.compile(r"no|nope|nah|not now|later|нет|неа|потом|לא|אחר כך|hmm+|ммм*|\?+")


def bare_name(text: str) -> str | None:
    """A message that is only a name (the answer to "what name should I book it under?")."""
    cleaned = text.strip().strip(".!")
    if is_confirmation(cleaned) or _NOT_A_NAME.fullmatch(cleaned.casefold()) or intents_of(cleaned):
        return find_name(text)  # "yes", "ok", "нет", "thanks" answer the question, not name anyone
    if re.fullmatch(r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}", cleaned) and len(cleaned) <= 60:
        return cleaned
    return find_name(text)


def find_choice(text: str) -> int | None:
    """A bare list number ("2", "#2", "the 2nd") answering "which one?"."""
    match = re.fullmatch(r"\s*(?:#|no\.?|№)?\s*(\d)\s*(?:st|nd|rd|th)?\s*[.!)]?\s*", text.casefold())
    return int(match[1]) if match else None


# A choice among the times just offered, by its place in the list: "the second one", "вторую",
# "השנייה"; -1 is the last ("the later one" of two, "последнее", "האחרונה").
_POSITIONS = [
    (re.compile(r"\b(?:first|1st|earliest|earlier one)\b|\bперв\w*|сам\w+ ран\w*|"
                r"(?:^|[\s,])(?:ה|את ה)?(?:ראשונה|ראשון|מוקדמת|מוקדם)(?![א-ת])"), 1),
    (re.compile(r"\b(?:second|2nd)\b|\bвтор(?:ое|ой|ую|ая|ого)\b|"
                r"(?:^|[\s,])(?:את )?ה(?:שנייה|שניה|שני)(?![א-ת])"), 2),
    (re.compile(r"\b(?:third|3rd)\b|\bтрет(?:ье|ий|ью|ья|ьего)\b|"
                r"(?:^|[\s,])(?:את )?ה(?:שלישית|שלישי)(?![א-ת])"), 3),
    (re.compile(r"\b(?:fourth|4th)\b|\bчетв[её]рт(?:ое|ый|ую|ая)\b|"
                r"(?:^|[\s,])(?:את )?ה(?:רביעית|רביעי)(?![א-ת])"), 4),
    (re.compile(r"\b(?:fifth|5th)\b|\bпят(?:ое|ый|ую|ая)\b|"
                r"(?:^|[\s,])(?:את )?ה(?:חמישית|חמישי)(?![א-ת])"), 5),
    (re.compile(r"\b(?:last|latest|later one)\b|последн\w*|сам\w+ поздн\w*|"
                r"(?:^|[\s,])(?:את )?ה(?:אחרונה|אחרון|מאוחרת|מאוחר)(?![א-ת])"), -1),
]


def find_position(text: str) -> int | None:
    """The place in a list the text picks ("the second one": 2, "the last": -1), or None."""
    lowered = text.casefold()
    for pattern, position in _POSITIONS:
        if pattern.search(lowered):
            return position
    return None

