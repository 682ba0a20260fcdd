"""Everything the offline assistant says, in English, Russian and Hebrew.

Questions end with "?" and answers do not: the assistant reads its own earlier turns that way to
know whether a conversation is still open (see `understanding.py`). Each question has a fixed
opening per language so the assistant can tell which question it asked last.
"""

from __future__ import annotations

import datetime as dt

from desktop.bot.profile import DAYS

WEEKDAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "he": ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"),
}

TEXT: dict[str, dict[str, str]] = {
    "greeting": {
        "en": "Hello! This is {name}. I can book an appointment for you and tell you our hours, "
              "prices and address. How can I help?",
        "ru": "Здравствуйте! Это {name}. Я могу записать вас и рассказать о часах работы, ценах "
              "и адресе. Чем могу помочь?",
        "he": "שלום! כאן {name}. אפשר לקבוע אצלי תור ולשאול על שעות הפתיחה, המחירים והכתובת. "
              "איך אפשר לעזור?",
    },
    "hours_title": {"en": "Our opening hours:", "ru": "Наши часы работы:",
                    "he": "שעות הפתיחה שלנו:"},
    "hours_day": {"en": "On {day} we are open {ranges}.", "ru": "{day}: работаем {ranges}.",
                  "he": "ב{day} אנחנו פתוחים {ranges}."},
    "closed_day": {"en": "On {day} we are closed.", "ru": "{day}: выходной.",
                   "he": "ב{day} אנחנו סגורים."},
    "closed_holiday": {"en": "On {day} we are closed ({holiday}).",
                       "ru": "{day}: выходной ({holiday}).",
                       "he": "ב{day} אנחנו סגורים ({holiday})."},
    "closed": {"en": "closed", "ru": "выходной", "he": "סגור"},
    "and": {"en": " and ", "ru": " и ", "he": " ו-"},
    "address": {"en": "We are at {address}.", "ru": "Наш адрес: {address}.",
                "he": "הכתובת שלנו: {address}."},
    "phone": {"en": "Phone: {phone}.", "ru": "Телефон: {phone}.", "he": "טלפון: {phone}."},
    "no_address": {"en": "Our address is not in my notes; a colleague will send it to you.",
                   "ru": "Адреса нет в моих заметках; коллега пришлёт его вам.",
                   "he": "הכתובת לא מופיעה אצלי; עמית יישלח לך אותה."},
    "services_title": {"en": "Our services:", "ru": "Наши услуги:", "he": "השירותים שלנו:"},
    "service_line": {"en": "{service} — {price} {currency}, {minutes} min",
                     "ru": "{service} — {price} {currency}, {minutes} мин",
                     "he": "{service} — {price} {currency}, {minutes} דק'"},
    "faq": {"en": "{answer}", "ru": "{answer}", "he": "{answer}"},
    "ask_service": {"en": "Which service would you like: {services}?",
                    "ru": "На какую услугу вас записать: {services}?",
                    "he": "לאיזה שירות לקבוע: {services}?"},
    "ask_day": {"en": "Which day would suit you for {service}?",
                "ru": "На какой день вас записать ({service})?",
                "he": "לאיזה יום לקבוע {service}?"},
    "slots": {"en": "Free times for {service} on {day}: {times}. Which time suits you?",
              "ru": "Свободное время ({service}, {day}): {times}. Какое время вам удобно?",
              "he": "שעות פנויות ל{service} ב{day}: {times}. איזו שעה מתאימה לך?"},
    "no_slots": {"en": "Free times for {service} on {day}: none, sorry. Would another day suit "
                       "you?",
                 "ru": "Свободное время ({service}, {day}): к сожалению, нет. Подойдёт другой "
                       "день?",
                 "he": "שעות פנויות ל{service} ב{day}: אין, מצטערים. יום אחר מתאים?"},
    "slots_with": {"en": "Free times with {staff} for {service} on {day}: {times}. Which time "
                         "suits you?",
                   "ru": "Свободное время ({service}, {day}, мастер — {staff}): {times}. Какое "
                         "время вам удобно?",
                   "he": "שעות פנויות אצל {staff} ל{service} ב{day}: {times}. איזו שעה מתאימה "
                         "לך?"},
    "booked_with": {"en": "Booked: {service} with {staff} on {day} at {time}. See you, {name}!",
                    "ru": "Готово, вы записаны: {service}, {day}, {time}, мастер — {staff}. Ждём "
                          "вас, {name}!",
                    "he": "נקבע: {service} אצל {staff} ב{day} בשעה {time}. נתראה, {name}!"},
    "staff_off": {"en": "{staff} is not working on {day}.",
                  "ru": "{day}: мастер {staff} не работает.",
                  "he": "{staff} לא בעבודה ב{day}."},
    "staff_hours": {"en": "{staff} works {hours} on {day}, so {time} does not fit.",
                    "ru": "{day} мастер {staff} работает {hours}, поэтому {time} не подходит.",
                    "he": "ב{day} {staff} בעבודה בשעות {hours}, אז {time} לא מתאים."},
    "staff_busy": {"en": "{staff} is already booked on {day} at {time}.",
                   "ru": "{day}, {time}: у мастера {staff} это время уже занято.",
                   "he": "ל{staff} כבר יש תור ב{day} בשעה {time}."},
    "nearest": {"en": "The nearest free times for {service}: {day}: {times}. Which time suits you?",
                "ru": "Ближайшее свободное время ({service}): {day}: {times}. Какое время вам "
                      "удобно?",
                "he": "השעות הפנויות הקרובות ל{service}: {day}: {times}. איזו שעה מתאימה לך?"},
    "staff_nearest": {"en": "Nearest free times with {staff}: {day}: {times}.",
                      "ru": "Ближайшее свободное время, мастер — {staff}: {day}: {times}.",
                      "he": "השעות הפנויות הקרובות אצל {staff}: {day}: {times}."},
    "staff_none_soon": {"en": "{staff} has no free times in the next {days} days.",
                        "ru": "У мастера {staff} нет свободного времени в ближайшие {days} дней.",
                        "he": "אצל {staff} אין שעות פנויות ב-{days} הימים הקרובים."},
    "someone_else": {"en": "Free then ({day} at {time}): {others}.",
                     "ru": "Свободны в это время ({day}, {time}): {others}.",
                     "he": "פנויים באותה שעה ({day} בשעה {time}): {others}."},
    "which_time": {"en": "Which time would you like?", "ru": "Какое время вам подходит?",
                   "he": "איזו שעה תרצה?"},
    "staff_not_offering": {"en": "{staff} does not do {service}; {others} does. Write the day "
                                 "and time and I will book you.",
                           "ru": "Мастер {staff} не делает услугу «{service}», её делает: "
                                 "{others}. Напишите день и время, и я вас запишу.",
                           "he": "{staff} לא עושה {service}; את זה עושים: {others}. כתבו יום "
                                 "ושעה ואקבע לכם תור."},
    "who_works": {"en": "Working on {day}: {list}.", "ru": "{day} работают: {list}.",
                  "he": "ב{day} עובדים: {list}."},
    "nobody_works": {"en": "On {day} nobody is working.",
                     "ru": "{day} никто из мастеров не работает.",
                     "he": "ב{day} אף אחד מהצוות לא עובד."},
    "too_late_to_change": {"en": "Your visit is soon, so I have asked a colleague to help you "
                                 "change it; they will reply here shortly.",
                           "ru": "До визита осталось совсем немного, поэтому я попросил коллегу "
                                 "помочь вам с изменением; вам ответят здесь в ближайшее время.",
                           "he": "התור שלך קרוב, אז ביקשתי מעמית לעזור לך לשנות אותו; הוא יענה "
                                 "לך כאן בהקדם."},
    "ask_name": {"en": "What name should I book it under?",
                 "ru": "На какое имя вас записать?", "he": "על איזה שם לרשום את התור?"},
    "booked": {"en": "Booked: {service} on {day} at {time}. See you, {name}!",
               "ru": "Готово, вы записаны: {service}, {day}, {time}. Ждём вас, {name}!",
               "he": "נקבע: {service} ב{day} בשעה {time}. נתראה, {name}!"},
    "slot_taken": {"en": "{day} at {time} is already taken.",
                   "ru": "{day}, {time}: это время уже занято.",
                   "he": "{day} בשעה {time} כבר תפוס."},
    "outside_hours": {"en": "{service} at {time} on {day} does not fit our hours "
                            "({hours}).",
                      "ru": "{service} в {time} ({day}) не помещается в наши "
                            "часы работы ({hours}).",
                      "he": "{service} בשעה {time} ב{day} לא מתאים לשעות הפתיחה "
                            "({hours})."},
    "in_the_past": {"en": "{day} at {time} has already passed.",
                    "ru": "{day}, {time}: это время уже прошло.",
                    "he": "{day} בשעה {time} כבר עבר."},
    "too_soon": {"en": "we need at least {minutes} minutes' notice, so {time} is too "
                       "soon.",
                 "ru": "записываем минимум за {minutes} мин, поэтому {time} "
                       "уже слишком скоро.",
                 "he": "צריך לקבוע לפחות {minutes} דקות מראש, אז {time} קרוב מדי."},
    "too_far_ahead": {"en": "we take bookings up to {days} days ahead.",
                      "ru": "мы записываем не более чем на {days} дней вперёд.",
                      "he": "אפשר לקבוע עד {days} ימים מראש."},
    "alternatives": {"en": "That day I can offer: {times}. Which time suits you?",
                     "ru": "В этот день могу предложить: {times}. Какое время вам удобно?",
                     "he": "באותו יום אפשר: {times}. איזו שעה מתאימה לך?"},
    "other_day": {"en": "Which other day would suit you?", "ru": "Какой другой день вам удобен?",
                  "he": "איזה יום אחר מתאים לך?"},
    "bad_when": {"en": "Which day and time did you mean? {problem}; please write e.g. 20.12 at "
                       "15:30?",
                 "ru": "Какой день и время вы имели в виду? {problem}; напишите, например, 20.12 "
                       "в 15:30?",
                 "he": "לאיזה יום ושעה התכוונת? {problem}; אפשר לכתוב למשל 20.12 ב-15:30?"},
    "my_none": {"en": "You have no upcoming appointments.",
                "ru": "У вас нет предстоящих записей.", "he": "אין לך תורים קרובים."},
    "my_list": {"en": "Your appointments:", "ru": "Ваши записи:", "he": "התורים שלך:"},
    "appointment_line": {"en": "{service} — {day} at {time}", "ru": "{service} — {day}, {time}",
                         "he": "{service} — {day} בשעה {time}"},
    "appointment_line_with": {"en": "{service} with {staff} — {day} at {time}",
                              "ru": "{service} — {day}, {time}, мастер — {staff}",
                              "he": "{service} אצל {staff} — {day} בשעה {time}"},
    "which_one": {"en": "You have several appointments: {list}. Which one (reply with its "
                        "number)?",
                  "ru": "У вас несколько записей: {list}. Какую именно (напишите номер)?",
                  "he": "יש לך כמה תורים: {list}. לאיזה מהם הכוונה (כתוב/י את המספר)?"},
    "cancelled": {"en": "Cancelled: {service} on {day} at {time}. Hope to see you another time.",
                  "ru": "Запись отменена: {service}, {day}, {time}. Будем рады видеть вас в "
                        "другой раз.",
                  "he": "התור בוטל: {service} ב{day} בשעה {time}. נשמח לראות אותך בפעם אחרת."},
    "ask_new_time": {"en": "To which day and time should I move your {service} ({day} at "
                           "{time})?",
                     "ru": "На какой день и время перенести вашу запись ({service}, {day}, "
                           "{time})?",
                     "he": "לאיזה יום ושעה להעביר את התור ({service}, {day} בשעה {time})?"},
    "rescheduled": {"en": "Done: your {service} is now on {day} at {time}.",
                    "ru": "Готово: ваша запись ({service}) перенесена: {day}, {time}.",
                    "he": "בוצע: התור ל{service} הועבר ל{day} בשעה {time}."},
    "not_found": {"en": "I could not find that appointment among your upcoming ones.",
                  "ru": "Не нашёл такую запись среди ваших предстоящих.",
                  "he": "לא מצאתי את התור הזה בין התורים הקרובים שלך."},
    "thanks": {"en": "You're welcome! Have a nice day.", "ru": "Пожалуйста! Хорошего дня.",
               "he": "בשמחה! יום נעים."},
    "ack": {"en": "Great! Write any time if you need anything else.",
            "ru": "Отлично! Пишите, если что-нибудь понадобится.",
            "he": "מעולה! אפשר לכתוב לי בכל זמן."},
    "how_are_you": {"en": "I'm well, thank you! How can I help you today?",
                    "ru": "Всё хорошо, спасибо! Чем могу помочь?",
                    "he": "הכול טוב, תודה! איך אפשר לעזור?"},
    "joke": {"en": "I'm much better at booking than at jokes 🙂 How can I help?",
             "ru": "Записывать у меня получается лучше, чем шутить 🙂 Чем могу помочь?",
             "he": "אני הרבה יותר טובה בקביעת תורים מאשר בבדיחות 🙂 איך אפשר לעזור?"},
    "compliment": {"en": "Thank you, that's so kind! We'll pass it on to the team 😊",
                   "ru": "Спасибо, очень приятно! Передадим мастерам 😊",
                   "he": "תודה רבה, כל כך נעים לשמוע! נעביר לצוות 😊"},
    "cancel_or_move": {"en": "Sorry to hear that. Shall I cancel your {visit}, or move it to "
                             "another time?",
                       "ru": "Жаль. Отменить вашу запись ({visit}) или перенести на другое время?",
                       "he": "חבל. לבטל את התור ({visit}) או להעביר לזמן אחר?"},
    "no_discount": {"en": "I can't change prices or give discounts: the prices are the shop's.",
                    "ru": "Я не могу менять цены или давать скидки: цены устанавливает салон.",
                    "he": "אין לי אפשרות לשנות מחירים או לתת הנחות: המחירים נקבעים על ידי העסק."},
    "name_saved": {"en": "Nice to meet you, {name}!", "ru": "Приятно познакомиться, {name}!",
                   "he": "נעים להכיר, {name}!"},
    "human": {"en": "I have asked a member of our team to reply to you here shortly.",
              "ru": "Я попросил сотрудника ответить вам здесь в ближайшее время.",
              "he": "ביקשתי מאחד מאנשי הצוות לענות לך כאן בהקדם."},
    "clarify": {"en": "Sorry, I didn't quite understand. I can book an appointment or tell you "
                      "our hours, prices and address: what would you like?",
                "ru": "Извините, я не совсем понял. Я могу записать вас или рассказать о часах "
                      "работы, ценах и адресе: что вас интересует?",
                "he": "סליחה, לא הבנתי עד הסוף. אפשר לקבוע תור או לשאול על שעות, מחירים "
                      "וכתובת: במה אפשר לעזור?"},
    "handoff_unclear": {"en": "I will pass your message to a colleague; they will reply here "
                              "shortly.",
                        "ru": "Я передам ваше сообщение коллеге, вам ответят здесь в ближайшее "
                              "время.",
                        "he": "אעביר את ההודעה לעמית, והוא יענה לך כאן בהקדם."},
    "refuse": {"en": "Sorry, I can only help with your own appointments and general information "
                     "about {name}. I can't share anything about other customers or about how I "
                     "work.",
               "ru": "Извините, я могу помочь только с вашими собственными записями и общей "
                     "информацией о {name}. Я не могу рассказывать о других клиентах или о том, "
                     "как я устроен.",
               "he": "מצטער, אני יכול לעזור רק עם התורים שלך ומידע כללי על {name}. אינני יכול "
                     "לשתף מידע על לקוחות אחרים או על אופן פעולתי."},
    "fallback": {"en": "Thank you for your message! A member of our team will get back to you "
                       "shortly.",
                 "ru": "Спасибо за сообщение! Наш сотрудник скоро вам ответит.",
                 "he": "תודה על ההודעה! אחד מאנשי הצוות יחזור אליך בהקדם."},
    # A reminder of a visit (`bot/reminders.py`); "reminder_answer" is how the assistant knows,
    # later, that the customer's "yes" answers it.
    "reminder": {"en": "Hello from {shop}! A reminder of your {service}{staff} on {day} at "
                       "{time}{address}.",
                 "ru": "Здравствуйте! {shop} напоминает о вашей записи: {service}{staff}, {day}, "
                       "{time}{address}.",
                 "he": "שלום, כאן {shop}! תזכורת לתור שלך: {service}{staff} ב{day} בשעה "
                       "{time}{address}."},
    "reminder_staff": {"en": " with {staff}", "ru": " (мастер: {staff})", "he": " אצל {staff}"},
    # Staff moved or cancelled a visit on the agenda: the customer is told in their chat.
    "visit_moved": {"en": "Hello from {shop}! Your {service}{staff} has been moved to {day} at "
                          "{time}. If that does not suit you, just reply here.",
                    "ru": "Здравствуйте! {shop}: запись «{service}{staff}» перенесена на {day}, "
                          "{time}. Если так неудобно, просто ответьте на это сообщение.",
                    "he": "שלום, כאן {shop}! התור שלך ל{service}{staff} הועבר ל{day} בשעה "
                          "{time}. אם זה לא מתאים, פשוט השב/י כאן."},
    "visit_cancelled": {"en": "Hello from {shop}! Your {service}{staff} on {day} at {time} has "
                              "been cancelled. Reply here to book another time.",
                        "ru": "Здравствуйте! {shop}: запись «{service}{staff}» на {day}, {time} "
                              "отменена. Ответьте на это сообщение, чтобы выбрать другое время.",
                        "he": "שלום, כאן {shop}! התור שלך ל{service}{staff} ב{day} בשעה {time} "
                              "בוטל. השב/י כאן כדי לקבוע מועד אחר."},
    "reminder_address": {"en": ", {address}", "ru": "; адрес: {address}",
                         "he": ", בכתובת {address}"},
    "reminder_answer": {"en": "Reply YES to confirm, or tell us if you need to change it.",
                        "ru": "Ответьте ДА, чтобы подтвердить, или напишите, если нужно "
                              "что-то изменить.",
                        "he": "השב/י כן לאישור, או כתוב/י לנו אם צריך לשנות."},
    "confirmed": {"en": "Thank you, confirmed: {service} on {day} at {time}. See you!",
                  "ru": "Спасибо, запись подтверждена: {service}, {day}, {time}. Ждём вас!",
                  "he": "תודה, התור אושר: {service} ב{day} בשעה {time}. נתראה!"},
}

# The openings that identify the assistant's own questions in the conversation.
QUESTION_KINDS = ("clarify", "ask_name", "which_one", "cancel_or_move", "nearest", "slots",
                  "slots_with", "alternatives",
                  "ask_day", "ask_service", "ask_new_time", "no_slots", "other_day", "bad_when",
                  "which_time")


def say(key: str, language: str, **values: object) -> str:
    """The phrase `key` in `language` with its blanks filled."""
    return TEXT[key][language].format(**values)


def opening(key: str, language: str) -> str:
    """The fixed start of a phrase (up to its first blank)."""
    return TEXT[key][language].split("{", 1)[0]


def question_kind(text: str) -> str | None:
    """Which of the assistant's own questions `text` ends with, in any language, or None."""
    if not text.rstrip().endswith("?"):
        return None
    for kind in QUESTION_KINDS:
        for language in TEXT[kind]:
            start = opening(kind, language)
            if start and start in text:
                return kind
    return None


def day_name(day: dt.date, language: str, today: dt.date) -> str:
    """"Thursday 17.12" / "четверг 17.12" / "יום חמישי 17.12"; "tomorrow" words are not used so
    the customer sees the date itself."""
    return f"{WEEKDAY_NAMES[language][day.weekday()]} {day:%d.%m}"


def weekday_of(day_key: str, language: str) -> str:
    """The weekday name for a profile key ("mon")."""
    return WEEKDAY_NAMES[language][DAYS.index(day_key)]


def join_ranges(ranges: list[str], language: str) -> str:
    """"10:00-14:00 and 15:00-20:00" in the customer's language."""
    return TEXT["and"][language].join(ranges)


def reminder_text(language: str, *, shop: str, service: str, staff: str | None, address: str,
                  day: str, time: str) -> str:
    """A visit's reminder: what, with whom, when, where, and how to answer it."""
    body = say("reminder", language, shop=shop, service=service, day=day, time=time,
               staff=say("reminder_staff", language, staff=staff) if staff else "",
               address=say("reminder_address", language, address=address.rstrip("."))
               if address else "")
    return f"{body} {say('reminder_answer', language)}"


def visit_change_text(change: str, language: str, *, shop: str, service: str,
                      staff: str | None, day: str, time: str) -> str:
    """What the customer is told when staff move (`visit_moved`) or cancel (`visit_cancelled`)
    their visit."""
    return say(change, language, shop=shop, service=service, day=day, time=time,
               staff=say("reminder_staff", language, staff=staff) if staff else "")


def is_reminder(text: str) -> bool:
    """Whether a shop's message is a visit reminder (in any language)."""
    return any(answer in text for answer in TEXT["reminder_answer"].values())
