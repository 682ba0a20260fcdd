<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/views/about.py" line="47" />
        <source>Qt and PySide6 — LGPL-3.0</source>
        <translation>Qt и PySide6 — LGPL-3.0</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="48" />
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL версии 3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="49" />
        <source>GNU GPL version 3</source>
        <translation>GNU GPL версии 3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="50" />
        <source>Node.js — MIT and others</source>
        <translation>Node.js — MIT и другие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="51" />
        <source>Baileys (WhatsApp Web library) — MIT</source>
        <translation>Baileys (библиотека WhatsApp Web) — MIT</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="53" />
        <source>Every bundled component</source>
        <translation>Все входящие компоненты</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="72" />
        <source>not found — %1</source>
        <translation>не найден — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="79" />
        <source>not installed</source>
        <translation>не установлена</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="86" />
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1 through Qt for Python (PySide6 %2).&lt;/p&gt;&lt;p&gt;Qt is a C++ toolkit for cross-platform application development. It provides single-source portability across desktop, mobile and embedded operating systems.&lt;/p&gt;&lt;p&gt;Qt and Qt for Python are available under commercial licences and as open source under the GNU Lesser General Public License version 3 (LGPL-3.0), which this program uses. See &lt;a href='https://www.qt.io/licensing/'&gt;qt.io/licensing&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright © The Qt Company Ltd. and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;See &lt;a href='https://www.qt.io/'&gt;qt.io&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;О Qt&lt;/h3&gt;&lt;p&gt;Эта программа использует Qt версии %1 через Qt for Python (PySide6 %2).&lt;/p&gt;&lt;p&gt;Qt — это набор инструментов C++ для разработки кроссплатформенных приложений. Один и тот же исходный код работает на настольных, мобильных и встраиваемых операционных системах.&lt;/p&gt;&lt;p&gt;Qt и Qt for Python доступны по коммерческим лицензиям, а также как открытое ПО по лицензии GNU Lesser General Public License версии 3 (LGPL-3.0), которую использует эта программа. Обзор лицензирования Qt: &lt;a href='https://www.qt.io/licensing/'&gt;qt.io/licensing&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;© The Qt Company Ltd. и другие участники.&lt;/p&gt;&lt;p&gt;Qt и логотип Qt — товарные знаки The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Подробнее: &lt;a href='https://www.qt.io/'&gt;qt.io&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="107" />
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="120" />
        <source>An AI WhatsApp receptionist for your shop.</source>
        <translation>ИИ-администратор в WhatsApp для вашего бизнеса.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="131" />
        <source>AI Admin ships with these components; their licences:</source>
        <translation>В AI Admin входят эти компоненты; их лицензии:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="153" />
        <location filename="../../desktop/views/about.py" line="181" />
        <source>About Qt</source>
        <translation>О Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="161" />
        <source>The licence notices are missing from %1.</source>
        <translation>В %1 нет текстов лицензий.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/views/asyncop.py" line="35" />
        <source>That action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/asyncop.py" line="65" />
        <source>%1 did not work.</source>
        <translation>%1: не получилось.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/asyncop.py" line="79" />
        <source>Something unexpected went wrong; the log has the details.</source>
        <translation>Что-то пошло не так; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>AddCompanyDialog</name>
    <message>
        <location filename="../../desktop/views/add_company.py" line="40" />
        <source>Add a company</source>
        <translation>Добавить компанию</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="43" />
        <source>the demo barbershop's profile (edit it later)</source>
        <translation>профиль демо-барбершопа (его можно изменить позже)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="47" />
        <source>Name of the business</source>
        <translation>Название бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="49" />
        <source>e.g. Avi's Barbershop</source>
        <translation>например, Барбершоп Ави</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="52" />
        <source>Business profile (hours, services, prices)</source>
        <translation>Профиль бизнеса (часы работы, услуги, цены)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="56" />
        <source>Import a profile file…</source>
        <translation>Импорт файла профиля…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="62" />
        <source>How does it reach WhatsApp?</source>
        <translation>Как подключить WhatsApp?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="63" />
        <source>The shop's WhatsApp — link its phone with a QR code</source>
        <translation>WhatsApp бизнеса — привязать его телефон по QR-коду</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="64" />
        <source>The simulator — try everything without a phone</source>
        <translation>Симулятор — всё попробовать без телефона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="66" />
        <source>Practice WhatsApp (a local server for trying the real connection)</source>
        <translation>Учебный WhatsApp (локальный сервер, чтобы опробовать настоящее подключение)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="78" />
        <source>Add company</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="87" />
        <source>Using %1: %2 services.</source>
        <translation>Используется %1. Услуг: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="92" />
        <source>Import a business profile</source>
        <translation>Импорт профиля бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="93" />
        <source>Business profile (*.json)</source>
        <translation>Профиль бизнеса (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="104" />
        <source>This profile cannot be used: %1</source>
        <translation>Этот профиль не подходит: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="118" />
        <source>Give the business a name.</source>
        <translation>Укажите название бизнеса.</translation>
    </message>
</context>
<context>
    <name>AgendaGrid</name>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="65" />
        <source>Not working</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="120" />
        <source>Unassigned</source>
        <translation>Без мастера</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="360" />
        <source>Shop closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="362" />
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="173" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="176" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="177" />
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="202" />
        <source>Bookings</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="204" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="204" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="204" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="205" />
        <source>Booked by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="205" />
        <source>Staff member</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="206" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="229" />
        <source>New booking…</source>
        <translation>Новая запись…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="230" />
        <source>Move…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="231" />
        <source>Cancel booking…</source>
        <translation>Отменить запись…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="232" />
        <source>Open conversation</source>
        <translation>Открыть чат</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="50" />
        <location filename="../../desktop/views/agenda_page.py" line="234" />
        <source>Done</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="52" />
        <location filename="../../desktop/views/agenda_page.py" line="235" />
        <source>No-show</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="367" />
        <source>Receptionist</source>
        <translation>ИИ-администратор</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="367" />
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="378" />
        <source>No bookings in this period.</source>
        <translation>За этот период записей нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="46" />
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="48" />
        <source>Confirmed</source>
        <translation>Подтвердил</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="53" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="425" />
        <source>Booked %1 at %2.</source>
        <translation>Записано: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="435" />
        <source>Booking</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="440" />
        <location filename="../../desktop/views/agenda_page.py" line="490" />
        <location filename="../../desktop/views/agenda_page.py" line="511" />
        <source>The booking did not change.</source>
        <translation>Запись не изменилась.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="460" />
        <source>Moved to %1.</source>
        <translation>Перенесено на %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="468" />
        <source>Moving the booking</source>
        <translation>Перенос записи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="475" />
        <source>Cancel the booking?</source>
        <translation>Отменить запись?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="476" />
        <source>Cancel %1 for %2? The customer is told in their WhatsApp chat.</source>
        <translation>Отменить «%1» для %2? Клиенту придёт сообщение в WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="515" />
        <source>Marking the visit</source>
        <translation>Отметка визита</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="495" />
        <source>Cancelling the booking</source>
        <translation>Отмена записи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="270" />
        <source>All staff</source>
        <translation>Все мастера</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="496" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../desktop/views/app.py" line="241" />
        <source>Stopping WhatsApp and the receptionist…</source>
        <translation>Останавливаем WhatsApp и администратора…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="253" />
        <source>Restoring the backup…</source>
        <translation>Восстанавливаем резервную копию…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="73" />
        <source>Back up now…</source>
        <translation>Сделать резервную копию…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="75" />
        <source>Restore from backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="77" />
        <source>Back up every day (keeps a week)</source>
        <translation>Резервная копия каждый день (хранится неделя)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="93" />
        <source>Back up AI Admin's data</source>
        <translation>Резервная копия данных AI Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="95" />
        <location filename="../../desktop/views/backup_menu.py" line="128" />
        <source>AI Admin backup (*.zip)</source>
        <translation>Резервная копия AI Admin (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="105" />
        <source>Backing up the data folder…</source>
        <translation>Сохраняем копию папки данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="109" />
        <source>The backup is saved.</source>
        <translation>Резервная копия сохранена.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="110" />
        <source>%1

It holds %2 (%3). Keep a copy away from this computer, on a USB stick or in the cloud: it holds the WhatsApp logins, so keep it private.</source>
        <translation>%1

В ней: %2 (%3). Храните копию не только на этом компьютере — на флешке или в облаке. В ней есть входы в WhatsApp, поэтому никому её не передавайте.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="117" />
        <source>The backup was not made.</source>
        <translation>Резервная копия не сделана.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="120" />
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="126" />
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="136" />
        <source>Checking the backup…</source>
        <translation>Проверяем резервную копию…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="144" />
        <source>This backup cannot be restored.</source>
        <translation>Эту резервную копию нельзя восстановить.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="148" />
        <source>Checking the backup</source>
        <translation>Проверка резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="152" />
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="153" />
        <source>Restore the backup made %1?</source>
        <translation>Восстановить резервную копию от %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="157" />
        <source>It holds %1.

AI Admin stops answering customers for a moment, moves everything now in its data folder into a new folder “%2” inside it (nothing is deleted), puts the backup in its place and starts again.

Conversations and bookings since the backup was made will not be shown; they stay in that folder.</source>
        <translation>В ней: %1.

AI Admin ненадолго перестанет отвечать клиентам, перенесёт всё, что сейчас лежит в папке данных, в новую папку «%2» внутри неё (ничего не удаляется), положит на это место резервную копию и запустится заново.

Чаты и записи, появившиеся после создания копии, показываться не будут — они останутся в той папке.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="165" />
        <source>Restore and restart</source>
        <translation>Восстановить и перезапустить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="184" />
        <source>The daily backups did not change.</source>
        <translation>Настройка ежедневных копий не изменилась.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="188" />
        <source>Switching the daily backups</source>
        <translation>Переключение ежедневных копий</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="194" />
        <source>no companies yet</source>
        <translation>пока ни одной компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="212" />
        <source>The backup was not restored.</source>
        <translation>Резервная копия не восстановлена.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="216" />
        <source>The backup made %1 is restored.</source>
        <translation>Резервная копия от %1 восстановлена.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="219" />
        <source>The data from before it is in %1 (nothing was deleted; remove that folder yourself once you are sure). If a company's WhatsApp asks to be linked again, link it on its Connection page.</source>
        <translation>Прежние данные лежат в %1 (ничего не удалено; удалите эту папку сами, когда убедитесь, что всё в порядке). Если WhatsApp какой-то компании попросит привязать его снова, сделайте это на её странице «Подключение».</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop/views/charts.py" line="69" />
        <source>No messages in the last 24 hours</source>
        <translation>За последние 24 часа сообщений нет</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="70" />
        <source>Move the booking</source>
        <translation>Перенос записи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="70" />
        <source>New booking</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="81" />
        <source>Same staff member</source>
        <translation>Тот же мастер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="81" />
        <source>Anyone free</source>
        <translation>Любой свободный</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="86" />
        <source>Customer's phone</source>
        <translation>Телефон клиента</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="87" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="88" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="92" />
        <source>Staff member</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="100" />
        <source>Day</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="101" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="123" />
        <source>Your business</source>
        <translation>Ваш бизнес</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="124" />
        <source>Its name, and its profile: opening hours, services and prices. Everything can be changed later.</source>
        <translation>Название и профиль: часы работы, услуги и цены. Всё это можно изменить позже.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="133" />
        <source>Name of the business</source>
        <translation>Название бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="135" />
        <source>e.g. Avi's Barbershop</source>
        <translation>например, Барбершоп Ави</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="140" />
        <source>Business profile</source>
        <translation>Профиль бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="141" />
        <source>Start from the demo barbershop's profile (%1 services; edit it later)</source>
        <translation>Начать с профиля демо-барбершопа (услуг: %1; его можно изменить позже)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="144" />
        <source>Import a profile file (JSON)</source>
        <translation>Импортировать файл профиля (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="155" />
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="156" />
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="183" />
        <source>Import a business profile</source>
        <translation>Импорт профиля бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="184" />
        <source>Business profile (*.json)</source>
        <translation>Профиль бизнеса (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="198" />
        <source>This profile cannot be used: %1</source>
        <translation>Этот профиль не подходит: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="207" />
        <source>%1: %2 services, time zone %3.</source>
        <translation>%1: услуг — %2, часовой пояс %3.</translation>
    </message>
</context>
<context>
    <name>CompanyDelegate</name>
    <message>
        <location filename="../../desktop/views/companies.py" line="48" />
        <source>Not answering</source>
        <translation>Не отвечает</translation>
    </message>
    <message>
        <location filename="../../desktop/views/companies.py" line="61" />
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <location filename="../../desktop/views/companies.py" line="63" />
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
</context>
<context>
    <name>CompanyPanel</name>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="183" />
        <source>Bridge process</source>
        <translation>Процесс моста</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="183" />
        <source>Running for</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="184" />
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="184" />
        <source>Bridge restarts</source>
        <translation>Перезапуски моста</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="185" />
        <source>Reconnects</source>
        <translation>Переподключения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="185" />
        <source>Node.js</source>
        <translation>Версия Node.js</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="186" />
        <source>Baileys</source>
        <translation>Библиотека Baileys</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="186" />
        <source>Linked number</source>
        <translation>Привязанный номер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="201" />
        <source>AI provider:</source>
        <translation>Поставщик ИИ:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="204" />
        <source>Check AI provider</source>
        <translation>Проверить поставщика ИИ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="213" />
        <source>Recent connection changes</source>
        <translation>Последние изменения подключения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="237" />
        <source>not running</source>
        <translation>не запущен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="243" />
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="261" />
        <source>ends in %1</source>
        <translation>заканчивается на %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="277" />
        <source>Built-in offline assistant</source>
        <translation>Встроенный офлайн-помощник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="280" />
        <source>OpenAI, model %1</source>
        <translation>OpenAI, модель %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="282" />
        <source>Server %1, model %2</source>
        <translation>Сервер %1, модель %2</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="154" />
        <source>Reply as staff — Enter sends, Shift+Enter starts a new line. The AI pauses while you answer.</source>
        <translation>Ответ от сотрудника — Enter отправляет, Shift+Enter начинает новую строку. Пока вы отвечаете, ИИ на паузе.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="237" />
        <source>How do you want to start?</source>
        <translation>С чего начнём?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="238" />
        <source>You can add the other one later.</source>
        <translation>Второй вариант можно добавить позже.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="240" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="243" />
        <source>Try with the simulator</source>
        <translation>Попробовать на симуляторе</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="245" />
        <source>Link my WhatsApp</source>
        <translation>Привязать мой WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="252" />
        <source>A pretend phone inside AI Admin: write as a customer and watch the receptionist answer and book. No phone needed, nothing is sent to WhatsApp.</source>
        <translation>Ненастоящий телефон внутри AI Admin: пишите как клиент и смотрите, как ИИ-администратор отвечает и записывает. Телефон не нужен, в WhatsApp ничего не уходит.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="255" />
        <source>The receptionist answers the shop's own WhatsApp number. Have the shop's phone at hand: the next step links it with a QR code.</source>
        <translation>ИИ-администратор отвечает с номера WhatsApp вашего бизнеса. Держите телефон бизнеса под рукой: на следующем шаге он привязывается по QR-коду.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="68" />
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="69" />
        <source>New QR code</source>
        <translation>Новый QR-код</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="70" />
        <source>Disconnect</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="71" />
        <source>Restart the bridge</source>
        <translation>Перезапустить мост</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="72" />
        <source>Log out of WhatsApp…</source>
        <translation>Отвязать WhatsApp…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="77" />
        <source>Scan with the simulated phone</source>
        <translation>Сканировать симулятором телефона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="82" />
        <source>Scan with the practice phone</source>
        <translation>Сканировать учебным телефоном</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="90" />
        <source>Link the shop's phone</source>
        <translation>Привязка телефона бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="98" />
        <source>&lt;ol style='margin-left:0px; -qt-list-indent:1'&gt;&lt;li&gt;Open &lt;b&gt;WhatsApp&lt;/b&gt; on the shop's phone.&lt;/li&gt;&lt;li&gt;Go to &lt;b&gt;Settings → Linked devices → Link a device&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Point the phone at this code.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style='margin-left:0px; -qt-list-indent:1'&gt;&lt;li&gt;Откройте &lt;b&gt;WhatsApp&lt;/b&gt; на телефоне бизнеса.&lt;/li&gt;&lt;li&gt;Перейдите в &lt;b&gt;Настройки → Связанные устройства → Привязка устройства&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Наведите телефон на этот код.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="106" />
        <source>This is the practice WhatsApp: no phone is needed. Press &lt;b&gt;Scan with the practice phone&lt;/b&gt; and the local server's phone scans this very code, as a real one would.</source>
        <translation>Это учебный WhatsApp: телефон не нужен. Нажмите &lt;b&gt;Сканировать учебным телефоном&lt;/b&gt;, и телефон локального сервера отсканирует этот самый код, как это сделал бы настоящий.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="114" />
        <source>Link with phone number instead</source>
        <translation>Привязать по номеру телефона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="124" />
        <source>Shop's phone number, e.g. +972 50 123 4567</source>
        <translation>Номер телефона бизнеса, например +972 50 123 4567</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="125" />
        <source>Get a code</source>
        <translation>Получить код</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="144" />
        <source>On the phone: WhatsApp → Linked devices → Link a device → Link with phone number instead, then type this code.</source>
        <translation>На телефоне: WhatsApp → Связанные устройства → Привязка устройства → Привязать по номеру телефона, затем введите этот код.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="157" />
        <source>Recent changes</source>
        <translation>Последние изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="159" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="159" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="160" />
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="242" />
        <source>Link the shop's phone with the QR code below.</source>
        <translation>Привяжите телефон салона по QR-коду ниже.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="244" />
        <source>Type the code below on the shop's phone.</source>
        <translation>Введите код ниже на телефоне салона.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="248" />
        <source>You can try again after %1.</source>
        <translation>Попробовать снова можно после %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="267" />
        <source>A new code appears in %n s</source>
        <translation>Новый код через %n с</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="268" />
        <source>Waiting for a new code…</source>
        <translation>Ждём новый код…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="283" />
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="287" />
        <source>Log out of WhatsApp?</source>
        <translation>Отвязать WhatsApp от этого компьютера?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="288" />
        <source>This unlinks this computer from the shop's WhatsApp (AI Admin keeps running). The bot stops answering until the phone is linked again.</source>
        <translation>Этот компьютер будет отвязан от WhatsApp салона (AI Admin продолжит работать). Бот перестанет отвечать, пока телефон не привяжут снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="292" />
        <source>Log out</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="298" />
        <source>Logging out</source>
        <translation>Отвязка WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="306" />
        <source>Scanning with the simulated phone</source>
        <translation>Сканирование симулятором телефона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="319" />
        <source>Scanning…</source>
        <translation>Сканирование…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="319" />
        <source>Scanning with the practice phone</source>
        <translation>Сканирование учебным телефоном</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="334" />
        <source>Asking…</source>
        <translation>Запрос…</translation>
    </message>
</context>
<context>
    <name>ConnectionReasons</name>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="82" />
        <source>{variable} points to {path}, which is not an executable: fix or unset it.</source>
        <translation>{variable} указывает на {path}, но это не исполняемый файл: исправьте или удалите эту переменную.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="84" />
        <source>The Node.js runtime shipped with AI Admin is missing: reinstall AI Admin (or set {variable} to a Node.js 20+ executable).</source>
        <translation>Среда Node.js, поставляемая с AI Admin, не найдена: переустановите AI Admin (или укажите в {variable} исполняемый файл Node.js 20+).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="87" />
        <source>Node.js was not found: install Node.js 20 or newer from https://nodejs.org and restart AI Admin.</source>
        <translation>Node.js не найден: установите Node.js 20 или новее с https://nodejs.org и перезапустите AI Admin.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="90" />
        <source>Node.js at {node} could not be run ({error}): reinstall Node.js 20 or newer.</source>
        <translation>Не удалось запустить Node.js из {node} ({error}): переустановите Node.js 20 или новее.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="93" />
        <source>{node} did not report a Node.js version: reinstall Node.js 20 or newer.</source>
        <translation>{node} не сообщил версию Node.js: переустановите Node.js 20 или новее.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="95" />
        <source>Node.js {version} is too old: install Node.js {minimum} or newer from https://nodejs.org.</source>
        <translation>Node.js {version} слишком старый: установите Node.js {minimum} или новее с https://nodejs.org.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="98" />
        <source>The bridge script {script} is missing: reinstall AI Admin.</source>
        <translation>Скрипт моста {script} отсутствует: переустановите AI Admin.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="100" />
        <source>The bridge's Node packages are not installed in {folder}: run `npm ci` there (or `make install`).</source>
        <translation>Пакеты Node для моста не установлены в {folder}: выполните там `npm ci` (или `make install`).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="103" />
        <source>The bridge cannot run: {error}</source>
        <translation>Мост не может работать: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="105" />
        <source>The bridge stopped as asked.</source>
        <translation>Мост остановлен по запросу.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="107" />
        <source>The bridge was killed ({signal}).</source>
        <translation>Процесс моста был принудительно завершён ({signal}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="109" />
        <source>The bridge exited without being asked to.</source>
        <translation>Мост завершился без запроса.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="111" />
        <source>The bridge ended in an unknown way.</source>
        <translation>Мост завершился по неизвестной причине.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="113" />
        <source>The bridge crashed (exit code {exit_code}).</source>
        <translation>Мост аварийно завершился (код выхода {exit_code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="115" />
        <source>{why} Last message: {line}</source>
        <translation>{why} Последнее сообщение: {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="117" />
        <source>The bridge could not be started: {error}</source>
        <translation>Не удалось запустить мост: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="119" />
        <source>The bridge was never started.</source>
        <translation>Мост так и не был запущен.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="121" />
        <source>The bridge did not report that it was ready within {seconds} s.</source>
        <translation>Мост не сообщил о готовности за {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="123" />
        <source>The WhatsApp bridge speaks protocol version {theirs}, but this app speaks version {ours}: reinstall AI Admin so both parts match.</source>
        <translation>Мост WhatsApp использует протокол версии {theirs}, а приложение — версии {ours}: переустановите AI Admin, чтобы версии совпали.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="126" />
        <source>Starting the WhatsApp bridge.</source>
        <translation>Запуск моста WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="128" />
        <source>The bridge is running; WhatsApp is not connected.</source>
        <translation>Мост работает; WhatsApp не подключён.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="130" />
        <source>The session folder {folder} cannot be used ({error}): check the data folder.</source>
        <translation>Папку сеанса {folder} нельзя использовать ({error}): проверьте папку данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="133" />
        <source>{why} Trying again at {at}.</source>
        <translation>{why} Повторная попытка в {at}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="135" />
        <source>{why} Restarting the bridge at {at}.</source>
        <translation>{why} Перезапуск моста в {at}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="137" />
        <source>The bridge uses {mb} MB, more than the {limit} MB allowed.</source>
        <translation>Мост занимает {mb} МБ — больше допустимых {limit} МБ.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="139" />
        <source>The bridge did not answer within {seconds} s; it is hung.</source>
        <translation>Мост не ответил за {seconds} с — он завис.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="141" />
        <source>Restart requested.</source>
        <translation>Запрошен перезапуск.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="144" />
        <source>No internet connection.</source>
        <translation>Нет подключения к интернету.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="146" />
        <source>The QR code expired before the phone scanned it.</source>
        <translation>QR-код истёк до того, как телефон его отсканировал.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="148" />
        <source>This computer was unlinked from WhatsApp (logged out on the phone, or the link expired).</source>
        <translation>Этот компьютер отвязан от WhatsApp (выход выполнен на телефоне или срок привязки истёк).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="151" />
        <source>WhatsApp refused this number (it may be banned or restricted).</source>
        <translation>WhatsApp отказал этому номеру (возможно, он заблокирован или ограничен).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="153" />
        <source>The connection to WhatsApp timed out.</source>
        <translation>Время ожидания связи с WhatsApp истекло.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="155" />
        <source>WhatsApp says the saved login does not match the phone's linked devices.</source>
        <translation>WhatsApp сообщает, что сохранённый вход не совпадает со связанными устройствами телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="157" />
        <source>The connection to WhatsApp was closed.</source>
        <translation>Соединение с WhatsApp закрыто.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="159" />
        <source>Another computer or program opened this WhatsApp session and took it over.</source>
        <translation>Другой компьютер или программа открыли этот сеанс WhatsApp и перехватили его.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="162" />
        <source>WhatsApp could not use the saved session.</source>
        <translation>WhatsApp не смог использовать сохранённый сеанс.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="164" />
        <source>WhatsApp is unavailable right now.</source>
        <translation>WhatsApp сейчас недоступен.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="166" />
        <source>WhatsApp asked for a restart (normal right after linking).</source>
        <translation>WhatsApp попросил перезапуск (это нормально сразу после привязки).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="168" />
        <source>The connection to WhatsApp was lost.</source>
        <translation>Связь с WhatsApp потеряна.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="170" />
        <source>The connection to WhatsApp closed with code {code}.</source>
        <translation>Соединение с WhatsApp закрыто с кодом {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="173" />
        <source>Trying again by itself until WhatsApp can be reached.</source>
        <translation>Приложение само повторяет попытки, пока WhatsApp не станет доступен.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="175" />
        <source>Press “New QR” when the phone is at hand.</source>
        <translation>Нажмите «Новый QR-код», когда телефон будет под рукой.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="177" />
        <source>The saved login was deleted; link the phone again.</source>
        <translation>Сохранённый вход удалён; привяжите телефон снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="179" />
        <source>Nothing will be retried; check the WhatsApp app on the phone before linking again.</source>
        <translation>Повторных попыток не будет; перед новой привязкой проверьте приложение WhatsApp на телефоне.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="182" />
        <source>Reconnecting after a short pause.</source>
        <translation>Переподключение после короткой паузы.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="184" />
        <source>It stays disconnected here, so that the two do not fight over it; press “Connect” to take it back.</source>
        <translation>Здесь подключение остаётся выключенным, чтобы два устройства не перехватывали его друг у друга; нажмите «Подключить», чтобы вернуть его сюда.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="187" />
        <source>Reconnecting after a pause; if this keeps happening, log out and link again.</source>
        <translation>Переподключение после паузы; если это повторяется, выйдите и привяжите телефон снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="190" />
        <source>Reconnecting after a pause.</source>
        <translation>Переподключение после паузы.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="192" />
        <source>Reconnecting now.</source>
        <translation>Переподключаемся сразу.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="194" />
        <source>{meaning} {next_step}</source>
        <translation>{meaning} {next_step}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="197" />
        <source>Enter the shop's WhatsApp phone number with its country code.</source>
        <translation>Введите номер WhatsApp магазина с кодом страны.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="199" />
        <source>{phone} is not a phone number: write it with the country code, like +972 50 123 4567.</source>
        <translation>{phone} — это не номер телефона: укажите его с кодом страны, например +972 50 123 4567.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="202" />
        <source>{phone} is not a valid phone number: check the country code and the digits.</source>
        <translation>{phone} — неверный номер телефона: проверьте код страны и цифры.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="205" />
        <source>Opening the WhatsApp connection.</source>
        <translation>Открывается соединение с WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="207" />
        <source>A QR code is on screen.</source>
        <translation>QR-код на экране.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="209" />
        <source>Pairing code {code}.</source>
        <translation>Код привязки {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="211" />
        <source>Linked as {me}.</source>
        <translation>Привязан как {me}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="213" />
        <source>{count} QR codes were shown in the last {minutes} minutes. Linking is paused until {until} so WhatsApp does not block the number.</source>
        <translation>За последние {minutes} мин показано QR-кодов: {count}. Привязка приостановлена до {until}, чтобы WhatsApp не заблокировал номер.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="216" />
        <source>The linking pause is over: press Connect to link.</source>
        <translation>Пауза привязки закончилась: нажмите «Подключить», чтобы привязать телефон.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="218" />
        <source>{why} Next try at {at}.</source>
        <translation>{why} Следующая попытка в {at}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="220" />
        <source>{why} This keeps happening: logging out and linking again may help.</source>
        <translation>{why} Это повторяется: может помочь выход и повторная привязка.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="222" />
        <source>Disconnected; the saved login is kept.</source>
        <translation>Отключено; сохранённый вход остаётся.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="224" />
        <source>You unlinked this computer; the saved login was deleted.</source>
        <translation>Вы отвязали этот компьютер; сохранённый вход удалён.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="226" />
        <source>The app closed the WhatsApp bridge.</source>
        <translation>Программа закрыла мост WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="228" />
        <source>The session is shutting down.</source>
        <translation>Сеанс завершается.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="230" />
        <source>The WhatsApp bridge is not running for this company.</source>
        <translation>Мост WhatsApp для этой компании не запущен.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="232" />
        <source>A pairing code can be asked for only while a QR code is showing: press Connect first.</source>
        <translation>Код привязки можно запросить, только пока показан QR-код: сначала нажмите «Подключить».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="236" />
        <source>WhatsApp is not connected for this company; the message was not sent.</source>
        <translation>WhatsApp не подключён для этой компании; сообщение не отправлено.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="238" />
        <source>WhatsApp is not connected for this company ({why}); the message was not sent.</source>
        <translation>WhatsApp не подключён для этой компании ({why}); сообщение не отправлено.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="241" />
        <source>WhatsApp did not accept the message within {seconds} s; it was not confirmed as sent.</source>
        <translation>WhatsApp не принял сообщение за {seconds} с; отправка не подтверждена.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="244" />
        <source>WhatsApp disconnected before the message was sent ({error}).</source>
        <translation>WhatsApp отключился до отправки сообщения ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="246" />
        <source>The message was not sent: {error}.</source>
        <translation>Сообщение не отправлено: {error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="248" />
        <source>WhatsApp refused the message for good: {error}</source>
        <translation>WhatsApp окончательно отклонил сообщение: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="250" />
        <source>WhatsApp refused the message: {error}</source>
        <translation>WhatsApp отклонил сообщение: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="252" />
        <source>The WhatsApp bridge did not answer within {seconds} s; the message was not confirmed as sent.</source>
        <translation>Мост WhatsApp не ответил за {seconds} с; отправка сообщения не подтверждена.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="255" />
        <source>The WhatsApp bridge stopped while sending; the message was not confirmed as sent.</source>
        <translation>Мост WhatsApp остановился во время отправки; отправка сообщения не подтверждена.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="258" />
        <source>The WhatsApp bridge stopped answering while sending and was restarted; the message may have gone out and is sent again with the same id.</source>
        <translation>Мост WhatsApp перестал отвечать во время отправки и был перезапущен; сообщение могло уже уйти и отправляется снова с тем же идентификатором.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="262" />
        <source>WhatsApp refused this message: the contact must be messaged in their own chat (error 463). Answer them after their next message.</source>
        <translation>WhatsApp отклонил это сообщение: клиенту нужно писать в его собственном чате (ошибка 463). Ответьте ему после его следующего сообщения.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="265" />
        <source>WhatsApp refused this message (error {status}): {why}</source>
        <translation>WhatsApp отклонил это сообщение (ошибка {status}): {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="267" />
        <source>WhatsApp refused this message (error {status}).</source>
        <translation>WhatsApp отклонил это сообщение (ошибка {status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="269" />
        <source>WhatsApp refused this message: {why}</source>
        <translation>WhatsApp отклонил это сообщение: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="271" />
        <source>WhatsApp refused this message.</source>
        <translation>WhatsApp отклонил это сообщение.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="273" />
        <source>internal error; see the log</source>
        <translation>внутренняя ошибка; см. журнал</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="275" />
        <source>cancelled by staff</source>
        <translation>отменено сотрудником</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="277" />
        <source>This message already reached WhatsApp; it is not sent again.</source>
        <translation>Это сообщение уже дошло до WhatsApp; повторно оно не отправляется.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="280" />
        <source>the database cannot be written: it is locked by another program</source>
        <translation>в базу данных нельзя записать: её заблокировала другая программа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="282" />
        <source>the database cannot be written: the disk is full</source>
        <translation>в базу данных нельзя записать: диск заполнен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="284" />
        <source>the database cannot be written: the file is read-only</source>
        <translation>в базу данных нельзя записать: файл только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="286" />
        <source>the database is damaged; run `ai-admin doctor`</source>
        <translation>база данных повреждена; запустите `ai-admin doctor`</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="288" />
        <source>the database failed: {detail}</source>
        <translation>ошибка базы данных: {detail}</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="372" />
        <source>The AI answers this customer. Click to switch it off.</source>
        <translation>ИИ отвечает этому клиенту. Нажмите, чтобы выключить.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="376" />
        <source>The AI is paused until %1. Click to hand back to the AI now.</source>
        <translation>ИИ на паузе до %1. Нажмите, чтобы вернуть чат ИИ сейчас.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="381" />
        <source>The AI is off for this customer. Click to switch it on.</source>
        <translation>ИИ выключен для этого клиента. Нажмите, чтобы включить.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="385" />
        <source>Needs a human: %1</source>
        <translation>Нужен человек: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="389" />
        <source>A message to this customer was not sent: open the conversation to send it again.</source>
        <translation>Сообщение этому клиенту не отправлено: откройте переписку, чтобы отправить его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="394" />
        <source>The customer wrote last and nobody has answered yet.</source>
        <translation>Клиент написал последним, и ему ещё никто не ответил.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="408" />
        <source>Needs a human</source>
        <translation>Нужен человек</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="409" />
        <source>Unanswered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="411" />
        <source>AI</source>
        <translation>ИИ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="412" />
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="413" />
        <source>Staff (phone)</source>
        <translation>Сотрудник (телефон)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="420" />
        <source>Waiting to send</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="421" />
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="422" />
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="423" />
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="424" />
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="410" />
        <location filename="../../desktop/views/conversations/delegates.py" line="425" />
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="426" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="427" />
        <source>Not sent — Retry</source>
        <translation>Не отправлено — Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="59" />
        <source>🎤 Voice message</source>
        <translation>🎤 Голосовое сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="60" />
        <source>📷 Photo</source>
        <translation>📷 Фото</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="61" />
        <source>🎥 Video</source>
        <translation>🎥 Видео</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="62" />
        <source>🙂 Sticker</source>
        <translation>🙂 Стикер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="63" />
        <source>📄 Document</source>
        <translation>📄 Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="64" />
        <source>📍 Location</source>
        <translation>📍 Геопозиция</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="65" />
        <source>👤 Contact card</source>
        <translation>👤 Контакт</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="66" />
        <source>❔ A message AI Admin cannot show</source>
        <translation>❔ Сообщение, которое AI Admin не может показать</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="68" />
        <source>🔒 A message could not be read</source>
        <translation>🔒 Сообщение не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="72" />
        <source>⚠ WhatsApp refused this message: the contact must be messaged in their own chat.</source>
        <translation>⚠ WhatsApp отклонил это сообщение: этому контакту нужно писать в его собственный чат.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="74" />
        <source>⚠ WhatsApp refused this message.</source>
        <translation>⚠ WhatsApp отклонил это сообщение.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="108" />
        <source>Reacted %1</source>
        <translation>Реакция: %1</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="63" />
        <source>No conversations yet. When customers write on WhatsApp, they appear here.</source>
        <translation>Чатов пока нет. Когда клиенты напишут в WhatsApp, их чаты появятся здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="65" />
        <source>No conversations match.</source>
        <translation>Подходящих чатов нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="66" />
        <source>Choose a conversation to read it here.</source>
        <translation>Выберите чат, чтобы прочитать его здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="244" />
        <source>Search name, phone or message</source>
        <translation>Поиск: имя, телефон, текст</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="70" />
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="71" />
        <source>Every conversation</source>
        <translation>Все чаты</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="72" />
        <source>Unanswered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="73" />
        <source>The customer wrote last and nobody answered yet</source>
        <translation>Клиент написал последним, и ему ещё не ответили</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="74" />
        <source>Needs a human</source>
        <translation>Нужен человек</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="75" />
        <source>Conversations the AI handed to a person</source>
        <translation>Чаты, которые ИИ передал человеку</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="76" />
        <source>Failed send</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="77" />
        <source>A message to the customer was not sent</source>
        <translation>Сообщение клиенту не отправлено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="78" />
        <location filename="../../desktop/views/conversations/page.py" line="688" />
        <source>AI paused</source>
        <translation>ИИ на паузе</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="79" />
        <source>AI paused or switched off</source>
        <translation>ИИ на паузе или выключен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="291" />
        <source>Beep when a person is needed</source>
        <translation>Звуковой сигнал, когда нужен человек</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="293" />
        <source>Play a short sound when a conversation newly needs a human</source>
        <translation>Короткий звук, когда в переписке понадобился сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="326" />
        <source>Take over</source>
        <translation>Взять на себя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="328" />
        <source>Pause the AI in this conversation and answer yourself</source>
        <translation>Поставить ИИ на паузу в этом чате и ответить самому</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="345" />
        <source>Hand back to AI</source>
        <translation>Вернуть ИИ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="371" />
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="478" />
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="479" />
        <source>Sending the message</source>
        <translation>Отправка сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="485" />
        <source>Taking over the conversation</source>
        <translation>Перехват чата</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="491" />
        <source>Handing the conversation back to the AI</source>
        <translation>Возврат чата ИИ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="499" />
        <source>The AI switch did not change.</source>
        <translation>Переключатель ИИ не сработал.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="502" />
        <source>Switching the AI</source>
        <translation>Переключение ИИ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="511" />
        <source>Sending the message again</source>
        <translation>Повторная отправка сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="516" />
        <source>Marking the conversation as read</source>
        <translation>Отметка чата как прочитанного</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="634" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="656" />
        <source>Saving the sound setting</source>
        <translation>Сохранение настройки звука</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="687" />
        <source>AI answering</source>
        <translation>ИИ отвечает</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="689" />
        <source>AI off</source>
        <translation>ИИ выключен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="694" />
        <source>AI is paused until %1 — you are answering this customer</source>
        <translation>ИИ на паузе до %1 — этому клиенту отвечаете вы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="700" />
        <source>AI is off for this conversation — you are answering this customer</source>
        <translation>ИИ выключен в этом чате — этому клиенту отвечаете вы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="705" />
        <source>Needs a human — %1</source>
        <translation>Нужен человек — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="706" />
        <source>the AI asked for a person</source>
        <translation>ИИ попросил позвать человека</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../desktop/views/countries.py" line="13" />
        <source>Andorra</source>
        <translation>Андорра</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="14" />
        <source>United Arab Emirates</source>
        <translation>ОАЭ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="15" />
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="16" />
        <source>Antigua and Barbuda</source>
        <translation>Антигуа и Барбуда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="17" />
        <source>Anguilla</source>
        <translation>Ангилья</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="18" />
        <source>Albania</source>
        <translation>Албания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="19" />
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="20" />
        <source>Angola</source>
        <translation>Ангола</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="21" />
        <source>Antarctica</source>
        <translation>Антарктида</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="22" />
        <source>Argentina</source>
        <translation>Аргентина</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="23" />
        <source>American Samoa</source>
        <translation>Американское Самоа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="24" />
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="25" />
        <source>Australia</source>
        <translation>Австралия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="26" />
        <source>Aruba</source>
        <translation>Аруба</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="27" />
        <source>Åland Islands</source>
        <translation>Аландские острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="28" />
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="29" />
        <source>Bosnia and Herzegovina</source>
        <translation>Босния и Герцеговина</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="30" />
        <source>Barbados</source>
        <translation>Барбадос</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="31" />
        <source>Bangladesh</source>
        <translation>Бангладеш</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="32" />
        <source>Belgium</source>
        <translation>Бельгия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="33" />
        <source>Burkina Faso</source>
        <translation>Буркина-Фасо</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="34" />
        <source>Bulgaria</source>
        <translation>Болгария</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="35" />
        <source>Bahrain</source>
        <translation>Бахрейн</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="36" />
        <source>Burundi</source>
        <translation>Бурунди</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="37" />
        <source>Benin</source>
        <translation>Бенин</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="38" />
        <source>Saint Barthélemy</source>
        <translation>Сен-Бартелеми</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="39" />
        <source>Bermuda</source>
        <translation>Бермудские острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="40" />
        <source>Brunei</source>
        <translation>Бруней</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="41" />
        <source>Bolivia</source>
        <translation>Боливия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="42" />
        <source>Caribbean Netherlands</source>
        <translation>Карибские Нидерланды</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="43" />
        <source>Brazil</source>
        <translation>Бразилия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="44" />
        <source>Bahamas</source>
        <translation>Багамские острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="45" />
        <source>Bhutan</source>
        <translation>Бутан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="46" />
        <source>Bouvet Island</source>
        <translation>Остров Буве</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="47" />
        <source>Botswana</source>
        <translation>Ботсвана</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="48" />
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="49" />
        <source>Belize</source>
        <translation>Белиз</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="50" />
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="51" />
        <source>Cocos (Keeling) Islands</source>
        <translation>Кокосовые острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="52" />
        <source>Congo (Kinshasa)</source>
        <translation>Конго (Киншаса)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="53" />
        <source>Central African Republic</source>
        <translation>ЦАР</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="54" />
        <source>Congo (Brazzaville)</source>
        <translation>Конго (Браззавиль)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="55" />
        <source>Switzerland</source>
        <translation>Швейцария</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="56" />
        <source>Côte d’Ivoire</source>
        <translation>Кот-д’Ивуар</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="57" />
        <source>Cook Islands</source>
        <translation>Острова Кука</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="58" />
        <source>Chile</source>
        <translation>Чили</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="59" />
        <source>Cameroon</source>
        <translation>Камерун</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="60" />
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="61" />
        <source>Colombia</source>
        <translation>Колумбия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="62" />
        <source>Costa Rica</source>
        <translation>Коста-Рика</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="63" />
        <source>Cuba</source>
        <translation>Куба</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="64" />
        <source>Cape Verde</source>
        <translation>Кабо-Верде</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="65" />
        <source>Curaçao</source>
        <translation>Кюрасао</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="66" />
        <source>Christmas Island</source>
        <translation>Остров Рождества</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="67" />
        <source>Cyprus</source>
        <translation>Кипр</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="68" />
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="69" />
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="70" />
        <source>Djibouti</source>
        <translation>Джибути</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="71" />
        <source>Denmark</source>
        <translation>Дания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="72" />
        <source>Dominica</source>
        <translation>Доминика</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="73" />
        <source>Dominican Republic</source>
        <translation>Доминиканская Республика</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="74" />
        <source>Algeria</source>
        <translation>Алжир</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="75" />
        <source>Ecuador</source>
        <translation>Эквадор</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="76" />
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="77" />
        <source>Egypt</source>
        <translation>Египет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="78" />
        <source>Western Sahara</source>
        <translation>Западная Сахара</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="79" />
        <source>Eritrea</source>
        <translation>Эритрея</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="80" />
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="81" />
        <source>Ethiopia</source>
        <translation>Эфиопия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="82" />
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="83" />
        <source>Fiji</source>
        <translation>Фиджи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="84" />
        <source>Falkland Islands</source>
        <translation>Фолклендские острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="85" />
        <source>Micronesia</source>
        <translation>Микронезия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="86" />
        <source>Faroe Islands</source>
        <translation>Фарерские острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="87" />
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="88" />
        <source>Gabon</source>
        <translation>Габон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="89" />
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="90" />
        <source>Grenada</source>
        <translation>Гренада</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="91" />
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="92" />
        <source>French Guiana</source>
        <translation>Французская Гвиана</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="93" />
        <source>Guernsey</source>
        <translation>Гернси</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="94" />
        <source>Ghana</source>
        <translation>Гана</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="95" />
        <source>Gibraltar</source>
        <translation>Гибралтар</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="96" />
        <source>Greenland</source>
        <translation>Гренландия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="97" />
        <source>Gambia</source>
        <translation>Гамбия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="98" />
        <source>Guinea</source>
        <translation>Гвинея</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="99" />
        <source>Guadeloupe</source>
        <translation>Гваделупа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="100" />
        <source>Equatorial Guinea</source>
        <translation>Экваториальная Гвинея</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="101" />
        <source>Greece</source>
        <translation>Греция</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="102" />
        <source>South Georgia and South Sandwich Islands</source>
        <translation>Южная Георгия и Южные Сандвичевы острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="103" />
        <source>Guatemala</source>
        <translation>Гватемала</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="104" />
        <source>Guam</source>
        <translation>Гуам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="105" />
        <source>Guinea-Bissau</source>
        <translation>Гвинея-Бисау</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="106" />
        <source>Guyana</source>
        <translation>Гайана</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="107" />
        <source>Hong Kong</source>
        <translation>Гонконг</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="108" />
        <source>Heard and McDonald Islands</source>
        <translation>Острова Херд и Макдональд</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="109" />
        <source>Honduras</source>
        <translation>Гондурас</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="110" />
        <source>Croatia</source>
        <translation>Хорватия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="111" />
        <source>Haiti</source>
        <translation>Гаити</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="112" />
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="113" />
        <source>Indonesia</source>
        <translation>Индонезия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="114" />
        <source>Ireland</source>
        <translation>Ирландия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="115" />
        <source>Israel</source>
        <translation>Израиль</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="116" />
        <source>Isle of Man</source>
        <translation>Остров Мэн</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="117" />
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="118" />
        <source>British Indian Ocean Territory</source>
        <translation>Британская территория в Индийском океане</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="119" />
        <source>Iraq</source>
        <translation>Ирак</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="120" />
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="121" />
        <source>Iceland</source>
        <translation>Исландия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="122" />
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="123" />
        <source>Jersey</source>
        <translation>Джерси</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="124" />
        <source>Jamaica</source>
        <translation>Ямайка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="125" />
        <source>Jordan</source>
        <translation>Иордания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="126" />
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="127" />
        <source>Kenya</source>
        <translation>Кения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="128" />
        <source>Kyrgyzstan</source>
        <translation>Киргизия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="129" />
        <source>Cambodia</source>
        <translation>Камбоджа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="130" />
        <source>Kiribati</source>
        <translation>Кирибати</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="131" />
        <source>Comoros</source>
        <translation>Коморские острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="132" />
        <source>Saint Kitts and Nevis</source>
        <translation>Сент-Китс и Невис</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="133" />
        <source>North Korea</source>
        <translation>КНДР</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="134" />
        <source>South Korea</source>
        <translation>Республика Корея</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="135" />
        <source>Kuwait</source>
        <translation>Кувейт</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="136" />
        <source>Cayman Islands</source>
        <translation>Каймановы острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="137" />
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="138" />
        <source>Laos</source>
        <translation>Лаос</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="139" />
        <source>Lebanon</source>
        <translation>Ливан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="140" />
        <source>Saint Lucia</source>
        <translation>Сент-Люсия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="141" />
        <source>Liechtenstein</source>
        <translation>Лихтенштейн</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="142" />
        <source>Sri Lanka</source>
        <translation>Шри-Ланка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="143" />
        <source>Liberia</source>
        <translation>Либерия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="144" />
        <source>Lesotho</source>
        <translation>Лесото</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="145" />
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="146" />
        <source>Luxembourg</source>
        <translation>Люксембург</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="147" />
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="148" />
        <source>Libya</source>
        <translation>Ливия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="149" />
        <source>Morocco</source>
        <translation>Марокко</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="150" />
        <source>Monaco</source>
        <translation>Монако</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="151" />
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="152" />
        <source>Montenegro</source>
        <translation>Черногория</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="153" />
        <source>Saint Martin</source>
        <translation>Сен-Мартен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="154" />
        <source>Madagascar</source>
        <translation>Мадагаскар</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="155" />
        <source>Marshall Islands</source>
        <translation>Маршалловы острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="156" />
        <source>North Macedonia</source>
        <translation>Северная Македония</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="157" />
        <source>Mali</source>
        <translation>Мали</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="158" />
        <source>Myanmar</source>
        <translation>Мьянма</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="159" />
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="160" />
        <source>Macao</source>
        <translation>Макао</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="161" />
        <source>Northern Mariana Islands</source>
        <translation>Северные Марианские острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="162" />
        <source>Martinique</source>
        <translation>Мартиника</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="163" />
        <source>Mauritania</source>
        <translation>Мавритания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="164" />
        <source>Montserrat</source>
        <translation>Монтсеррат</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="165" />
        <source>Malta</source>
        <translation>Мальта</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="166" />
        <source>Mauritius</source>
        <translation>Маврикий</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="167" />
        <source>Maldives</source>
        <translation>Мальдивы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="168" />
        <source>Malawi</source>
        <translation>Малави</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="169" />
        <source>Mexico</source>
        <translation>Мексика</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="170" />
        <source>Malaysia</source>
        <translation>Малайзия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="171" />
        <source>Mozambique</source>
        <translation>Мозамбик</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="172" />
        <source>Namibia</source>
        <translation>Намибия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="173" />
        <source>New Caledonia</source>
        <translation>Новая Каледония</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="174" />
        <source>Niger</source>
        <translation>Нигер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="175" />
        <source>Norfolk Island</source>
        <translation>Остров Норфолк</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="176" />
        <source>Nigeria</source>
        <translation>Нигерия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="177" />
        <source>Nicaragua</source>
        <translation>Никарагуа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="178" />
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="179" />
        <source>Norway</source>
        <translation>Норвегия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="180" />
        <source>Nepal</source>
        <translation>Непал</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="181" />
        <source>Nauru</source>
        <translation>Науру</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="182" />
        <source>Niue</source>
        <translation>Ниуэ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="183" />
        <source>New Zealand</source>
        <translation>Новая Зеландия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="184" />
        <source>Oman</source>
        <translation>Оман</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="185" />
        <source>Panama</source>
        <translation>Панама</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="186" />
        <source>Peru</source>
        <translation>Перу</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="187" />
        <source>French Polynesia</source>
        <translation>Французская Полинезия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="188" />
        <source>Papua New Guinea</source>
        <translation>Папуа — Новая Гвинея</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="189" />
        <source>Philippines</source>
        <translation>Филиппины</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="190" />
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="191" />
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="192" />
        <source>Saint Pierre and Miquelon</source>
        <translation>Сен-Пьер и Микелон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="193" />
        <source>Pitcairn Islands</source>
        <translation>Острова Питкэрн</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="194" />
        <source>Puerto Rico</source>
        <translation>Пуэрто-Рико</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="195" />
        <source>Palestinian Territories</source>
        <translation>Палестинские территории</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="196" />
        <source>Portugal</source>
        <translation>Португалия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="197" />
        <source>Palau</source>
        <translation>Палау</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="198" />
        <source>Paraguay</source>
        <translation>Парагвай</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="199" />
        <source>Qatar</source>
        <translation>Катар</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="200" />
        <source>Réunion</source>
        <translation>Реюньон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="201" />
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="202" />
        <source>Serbia</source>
        <translation>Сербия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="203" />
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="204" />
        <source>Rwanda</source>
        <translation>Руанда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="205" />
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="206" />
        <source>Solomon Islands</source>
        <translation>Соломоновы острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="207" />
        <source>Seychelles</source>
        <translation>Сейшельские острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="208" />
        <source>Sudan</source>
        <translation>Судан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="209" />
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="210" />
        <source>Singapore</source>
        <translation>Сингапур</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="211" />
        <source>Saint Helena</source>
        <translation>Остров Святой Елены</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="212" />
        <source>Slovenia</source>
        <translation>Словения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="213" />
        <source>Svalbard and Jan Mayen</source>
        <translation>Шпицберген и Ян-Майен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="214" />
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="215" />
        <source>Sierra Leone</source>
        <translation>Сьерра-Леоне</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="216" />
        <source>San Marino</source>
        <translation>Сан-Марино</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="217" />
        <source>Senegal</source>
        <translation>Сенегал</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="218" />
        <source>Somalia</source>
        <translation>Сомали</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="219" />
        <source>Suriname</source>
        <translation>Суринам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="220" />
        <source>South Sudan</source>
        <translation>Южный Судан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="221" />
        <source>São Tomé and Príncipe</source>
        <translation>Сан-Томе и Принсипи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="222" />
        <source>El Salvador</source>
        <translation>Сальвадор</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="223" />
        <source>Sint Maarten</source>
        <translation>Синт-Мартен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="224" />
        <source>Syria</source>
        <translation>Сирия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="225" />
        <source>Eswatini</source>
        <translation>Эсватини</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="226" />
        <source>Turks and Caicos Islands</source>
        <translation>Острова Тёркс и Кайкос</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="227" />
        <source>Chad</source>
        <translation>Чад</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="228" />
        <source>French Southern Territories</source>
        <translation>Французские Южные территории</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="229" />
        <source>Togo</source>
        <translation>Того</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="230" />
        <source>Thailand</source>
        <translation>Таиланд</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="231" />
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="232" />
        <source>Tokelau</source>
        <translation>Токелау</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="233" />
        <source>Timor-Leste</source>
        <translation>Восточный Тимор</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="234" />
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="235" />
        <source>Tunisia</source>
        <translation>Тунис</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="236" />
        <source>Tonga</source>
        <translation>Тонга</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="237" />
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="238" />
        <source>Trinidad and Tobago</source>
        <translation>Тринидад и Тобаго</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="239" />
        <source>Tuvalu</source>
        <translation>Тувалу</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="240" />
        <source>Taiwan</source>
        <translation>Тайвань</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="241" />
        <source>Tanzania</source>
        <translation>Танзания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="242" />
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="243" />
        <source>Uganda</source>
        <translation>Уганда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="244" />
        <source>U.S. Outlying Islands</source>
        <translation>Внешние малые острова США</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="245" />
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="246" />
        <source>Uruguay</source>
        <translation>Уругвай</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="247" />
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="248" />
        <source>Vatican City</source>
        <translation>Ватикан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="249" />
        <source>Saint Vincent and the Grenadines</source>
        <translation>Сент-Винсент и Гренадины</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="250" />
        <source>Venezuela</source>
        <translation>Венесуэла</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="251" />
        <source>British Virgin Islands</source>
        <translation>Британские Виргинские острова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="252" />
        <source>U.S. Virgin Islands</source>
        <translation>Виргинские острова (США)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="253" />
        <source>Vietnam</source>
        <translation>Вьетнам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="254" />
        <source>Vanuatu</source>
        <translation>Вануату</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="255" />
        <source>Wallis and Futuna</source>
        <translation>Уоллис и Футуна</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="256" />
        <source>Samoa</source>
        <translation>Самоа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="257" />
        <source>Kosovo</source>
        <translation>Косово</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="258" />
        <source>Yemen</source>
        <translation>Йемен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="259" />
        <source>Mayotte</source>
        <translation>Майотта</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="260" />
        <source>South Africa</source>
        <translation>ЮАР</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="261" />
        <source>Zambia</source>
        <translation>Замбия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="262" />
        <source>Zimbabwe</source>
        <translation>Зимбабве</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="70" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="70" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="71" />
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="71" />
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="71" />
        <source>Next visit</source>
        <translation>Следующий визит</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="72" />
        <source>First contact</source>
        <translation>Первое обращение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="72" />
        <source>Last contact</source>
        <translation>Последнее обращение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/customers_page.py" line="117" />
        <source>Missed %n visit(s)</source>
        <translation>
            <numerusform>%n неявка</numerusform>
            <numerusform>%n неявки</numerusform>
            <numerusform>%n неявок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="70" />
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="72" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="73" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>CustomerVisits</name>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="24" />
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="25" />
        <source>Confirmed</source>
        <translation>Подтвердил</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="26" />
        <source>Done</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="27" />
        <source>No-show</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="28" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>CustomerVisitsPanel</name>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="48" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="48" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="48" />
        <source>Staff member</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="49" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="74" />
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="74" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="87" />
        <source>No visits yet.</source>
        <translation>Визитов пока не было.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="237" />
        <source>Search name, phone, notes or tags</source>
        <translation>Поиск по имени, телефону, заметкам или меткам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="263" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="271" />
        <source>e.g. prefers Avi; allergic to some products</source>
        <translation>например: предпочитает Ави; аллергия на некоторые средства</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="273" />
        <source>regular, vip</source>
        <translation>постоянный, vip</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="274" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="275" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="276" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="277" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="280" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="281" />
        <source>Open conversation</source>
        <translation>Открыть чат</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="290" />
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/customers_page.py" line="345" />
        <source>%1 of %Ln customers</source>
        <translation>
            <numerusform>%1 из %Ln клиента</numerusform>
            <numerusform>%1 из %Ln клиентов</numerusform>
            <numerusform>%1 из %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="419" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="425" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="425" />
        <source>Saving the customer</source>
        <translation>Сохранение клиента</translation>
    </message>
</context>
<context>
    <name>DeleteCompanyDialog</name>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="84" />
        <source>Delete the company</source>
        <translation>Удаление компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="88" />
        <source>Delete “%1” for good?</source>
        <translation>Удалить «%1» навсегда?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="92" />
        <source>This removes from this computer, and it cannot be undone:</source>
        <translation>С этого компьютера будет удалено без возможности восстановления:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/company_dialogs.py" line="94" />
        <source>%n conversation(s) with all their messages</source>
        <translation>
            <numerusform>%n переписка со всеми сообщениями</numerusform>
            <numerusform>%n переписки со всеми сообщениями</numerusform>
            <numerusform>%n переписок со всеми сообщениями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/company_dialogs.py" line="95" />
        <source>%n customer(s) with their notes and tags</source>
        <translation>
            <numerusform>%n клиент с заметками и метками</numerusform>
            <numerusform>%n клиента с заметками и метками</numerusform>
            <numerusform>%n клиентов с заметками и метками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/company_dialogs.py" line="96" />
        <source>%n visit(s), past and booked</source>
        <translation>
            <numerusform>%n запись, прошедшая и будущая</numerusform>
            <numerusform>%n записи, прошедшие и будущие</numerusform>
            <numerusform>%n записей, прошедших и будущих</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="97" />
        <source>the business profile and its settings</source>
        <translation>профиль бизнеса и его настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="100" />
        <source>the link to the shop's WhatsApp: this computer is logged out of it first (the phone keeps its chats)</source>
        <translation>привязка к WhatsApp бизнеса: сначала этот компьютер будет отвязан от него (чаты на телефоне останутся)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="108" />
        <source>To stop it answering but keep its history, archive it instead: it can be restored at any time.</source>
        <translation>Чтобы компания перестала отвечать, но её история сохранилась, отправьте её в архив: её можно восстановить в любой момент.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="113" />
        <source>To confirm, type the company's name: %1</source>
        <translation>Для подтверждения введите название компании: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="122" />
        <source>Archive instead</source>
        <translation>Лучше в архив</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="125" />
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExportDialog</name>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="41" />
        <location filename="../../desktop/views/diagnostics_export.py" line="85" />
        <source>Export diagnostics</source>
        <translation>Экспорт диагностики</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="46" />
        <source>One zip file for a technician: the logs, each company's connection history and settings, the self-checks and versions.</source>
        <translation>Один zip-файл для специалиста: журналы, история подключения и настройки каждой компании, результаты самопроверки и версии.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="51" />
        <source>Left out or masked: phone numbers (only their last four digits stay), API keys and passwords, pairing codes, the WhatsApp login and the database itself.</source>
        <translation>Скрыто или не включено: номера телефонов (остаются только четыре последние цифры), API-ключи и пароли, коды привязки, вход в WhatsApp и сама база данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="58" />
        <source>Include conversation texts</source>
        <translation>Включить тексты переписки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="62" />
        <source>Customers' names and what they and the receptionist wrote. Leave this off unless the technician needs them to find a problem.</source>
        <translation>Имена клиентов и то, что писали они и администратор. Не включайте, если специалисту это не нужно для поиска проблемы.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="73" />
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="86" />
        <source>Zip files (*.zip)</source>
        <translation>Zip-файлы (*.zip)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="319" />
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="323" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="325" />
        <source>Export diagnostics…</source>
        <translation>Экспорт диагностики…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="337" />
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="340" />
        <location filename="../../desktop/views/diagnostics_page.py" line="500" />
        <source>All companies</source>
        <translation>Все компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="349" />
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="350" />
        <source>Customer messages in, per hour</source>
        <translation>Сообщения клиентов по часам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="351" />
        <location filename="../../desktop/views/diagnostics_page.py" line="509" />
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="352" />
        <source>Answers per hour</source>
        <translation>Ответы по часам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="353" />
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="354" />
        <source>No answers in the last 24 hours</source>
        <translation>За последние 24 часа ответов нет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="355" />
        <source>Time to first answer</source>
        <translation>Время до первого ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="356" />
        <source>Wait</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="356" />
        <location filename="../../desktop/views/diagnostics_page.py" line="527" />
        <source>Customer turns</source>
        <translation>Обращения клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="357" />
        <source>No answered messages in the last 24 hours</source>
        <translation>За последние 24 часа нет отвеченных сообщений</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="358" />
        <source>Send failures per hour</source>
        <translation>Ошибки отправки по часам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="359" />
        <source>Failed messages</source>
        <translation>Неотправленные сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="360" />
        <source>No send failures in the last 24 hours</source>
        <translation>За последние 24 часа ошибок отправки нет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="381" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="389" />
        <source>Check integrity</source>
        <translation>Проверить целостность</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="401" />
        <source>Self-checks</source>
        <translation>Самопроверка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="403" />
        <source>Run checks</source>
        <translation>Запустить проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="405" />
        <source>Checks Python, Node.js, the bridge, the data folder and the database; takes a few seconds.</source>
        <translation>Проверяет Python, Node.js, мост, папку данных и базу данных; занимает несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="453" />
        <source>Refreshing…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="454" />
        <source>Refreshing diagnostics</source>
        <translation>Обновление диагностики</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="464" />
        <source>Company %1</source>
        <translation>Компания %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="486" />
        <source>Size on disk: %1</source>
        <translation>Размер на диске: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="489" />
        <source>Updated at %1; refreshes every minute while shown.</source>
        <translation>Обновлено в %1; пока страница открыта, обновляется каждую минуту.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="511" />
        <location filename="../../desktop/views/diagnostics_page.py" line="531" />
        <source>%1 in total</source>
        <translation>всего %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="513" />
        <source>Bot</source>
        <translation>Бот</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="514" />
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="516" />
        <source>bot %1 · staff %2</source>
        <translation>бот %1 · сотрудники %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="522" />
        <source>median %1</source>
        <translation>медиана %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="524" />
        <source>%1 waiting</source>
        <translation>ждут ответа: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="529" />
        <source>Failed</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="534" />
        <source>From %1 to now, by the hour of this computer's clock.</source>
        <translation>С %1 до сейчас, по часам этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="564" />
        <source>The database is healthy.</source>
        <translation>База данных в порядке.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="565" />
        <source>Problems found: %1</source>
        <translation>Найдены проблемы: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="571" />
        <location filename="../../desktop/views/diagnostics_page.py" line="603" />
        <location filename="../../desktop/views/diagnostics_page.py" line="613" />
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="611" />
        <source>Running the checks…</source>
        <translation>Идут проверки…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="614" />
        <source>Running the checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="616" />
        <source>The checks could not run: %1</source>
        <translation>Проверки не удалось запустить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="626" />
        <source>%1 of %2 checks passed.</source>
        <translation>Пройдено проверок: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="668" />
        <source>Saved %1. Phone numbers are masked and keys removed; it holds conversation texts: send it only to a technician you trust.</source>
        <translation>Сохранено: %1. Номера скрыты, ключи удалены; файл содержит тексты переписки — отправляйте его только специалисту, которому доверяете.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="671" />
        <source>Saved %1. Phone numbers are masked, keys and conversation texts removed: it is safe to mail.</source>
        <translation>Сохранено: %1. Номера скрыты, ключи и тексты переписки удалены — файл можно отправлять по почте.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="677" />
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="682" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="540" />
        <source>Sends that failed (ever): none.</source>
        <translation>Неудачные отправки (за всё время): нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/diagnostics_page.py" line="541" />
        <source>Sends that failed (ever): %n attempt(s)</source>
        <translation>
            <numerusform>Неудачные отправки (за всё время): %n попытка</numerusform>
            <numerusform>Неудачные отправки (за всё время): %n попытки</numerusform>
            <numerusform>Неудачные отправки (за всё время): %n попыток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/diagnostics_page.py" line="543" />
        <source> on %n message(s)</source>
        <translation>
            <numerusform> для %n сообщения</numerusform>
            <numerusform> для %n сообщений</numerusform>
            <numerusform> для %n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/diagnostics_page.py" line="544" />
        <source>; %n got through on a retry.</source>
        <translation>
            <numerusform>; %n дошло при повторной отправке.</numerusform>
            <numerusform>; %n дошли при повторной отправке.</numerusform>
            <numerusform>; %n дошли при повторной отправке.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="689" />
        <source>&lt; 5 s</source>
        <translation>&lt; 5 с</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="690" />
        <source>5–30 s</source>
        <translation>5–30 с</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="691" />
        <source>30 s–2 min</source>
        <translation>30 с – 2 мин</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="692" />
        <source>2–10 min</source>
        <translation>2–10 мин</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="693" />
        <source>&gt; 10 min</source>
        <translation>&gt; 10 мин</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/views/app.py" line="97" />
        <source>Something went wrong, but AI Admin keeps running.</source>
        <translation>Что-то пошло не так, но AI Admin продолжает работать.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="394" />
        <source>Welcome to %1</source>
        <translation>Добро пожаловать в %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="444" />
        <source>Linked. AI Admin is now answering for %1.</source>
        <translation>Привязано. Теперь AI Admin отвечает за %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run_flow.py" line="64" />
        <source>Adding the company</source>
        <translation>Добавление компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run_flow.py" line="83" />
        <source>Adding the demo shop</source>
        <translation>Добавление демо-салона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run_flow.py" line="94" />
        <source>Linking</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run_flow.py" line="88" />
        <source>Choosing the language</source>
        <translation>Выбор языка</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../desktop/views/formats.py" line="125" />
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="127" />
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="129" />
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="141" />
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="143" />
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="145" />
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="148" />
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="83" />
        <source>Welcome to %1</source>
        <translation>Добро пожаловать в %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="84" />
        <source>A receptionist that answers your shop's WhatsApp. Three short steps and it is ready to try.</source>
        <translation>Администратор, который отвечает в WhatsApp вашего бизнеса. Три коротких шага — и можно пробовать.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="88" />
        <source>Language of the app</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="100" />
        <source>This is the language of the window; it applies from the next start of AI Admin. Customers are always answered in the language they write in.</source>
        <translation>Это язык окна программы; он применится при следующем запуске AI Admin. Клиентам всегда отвечают на том языке, на котором они пишут.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="105" />
        <source>Just looking?</source>
        <translation>Просто хотите посмотреть?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="106" />
        <source>Try a demo barbershop on the simulator first: write as a customer and watch the receptionist answer. Your own shop can be added later with “+ Add company”.</source>
        <translation>Сначала попробуйте демо-барбершоп на симуляторе: напишите как клиент и посмотрите, как отвечает ИИ-администратор. Свой бизнес можно добавить позже кнопкой «+ Новая компания».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="110" />
        <source>Try the demo barbershop</source>
        <translation>Попробовать демо-барбершоп</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="281" />
        <location filename="../../desktop/views/first_run.py" line="350" />
        <source>The QR code appears here in a few seconds…</source>
        <translation>Через несколько секунд здесь появится QR-код…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="295" />
        <source>New QR code</source>
        <translation>Новый QR-код</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="297" />
        <source>Scan with the simulated phone</source>
        <translation>Сканировать симулятором телефона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="312" />
        <source>You can also finish now and link later on the Connection page.</source>
        <translation>Можно закончить сейчас и привязать телефон позже на вкладке «Подключение».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="321" />
        <source>Link the simulated phone</source>
        <translation>Привязка симулятора телефона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="322" />
        <source>The same steps as with a real phone, without one.</source>
        <translation>Те же шаги, что и с настоящим телефоном, только без него.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="324" />
        <source>&lt;p&gt;This QR code comes from the simulator: nothing leaves this computer.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Scan with the simulated phone&lt;/b&gt;. Then open the &lt;b&gt;Simulator&lt;/b&gt; page and write to the shop as a customer would.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Этот QR-код выдаёт симулятор: ничего не покидает этот компьютер.&lt;/p&gt;&lt;p&gt;Нажмите &lt;b&gt;Сканировать симулятором телефона&lt;/b&gt;. Затем откройте вкладку &lt;b&gt;Симулятор&lt;/b&gt; и напишите в бизнес, как написал бы клиент.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="329" />
        <source>Link the shop's WhatsApp</source>
        <translation>Привязка WhatsApp бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="330" />
        <source>Keep this window open with the shop's phone in your hand.</source>
        <translation>Не закрывайте это окно и возьмите в руки телефон бизнеса.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="332" />
        <source>&lt;ol style='margin-left:0px; -qt-list-indent:1'&gt;&lt;li&gt;&lt;b&gt;On your phone: WhatsApp &amp;gt; Settings &amp;gt; Linked devices &amp;gt; Link a device&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Point the phone at this code.&lt;/li&gt;&lt;li&gt;Wait until this page says the phone is linked.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The code changes by itself every 20 to 60 seconds.&lt;/p&gt;</source>
        <translation>&lt;ol style='margin-left:0px; -qt-list-indent:1'&gt;&lt;li&gt;&lt;b&gt;На телефоне: WhatsApp &amp;gt; Настройки &amp;gt; Связанные устройства &amp;gt; Привязка устройства&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Наведите телефон на этот код.&lt;/li&gt;&lt;li&gt;Дождитесь, пока здесь появится надпись, что телефон привязан.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Код сам меняется каждые 20–60 секунд.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="339" />
        <source>If the phone says it cannot link: WhatsApp may refuse new links for a few hours after many attempts: wait, then press New QR code.</source>
        <translation>Если телефон пишет, что привязать нельзя: после многих попыток WhatsApp может на несколько часов запретить новые привязки. Подождите, затем нажмите «Новый QR-код».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="344" />
        <source>Open AI Admin</source>
        <translation>Открыть AI Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="349" />
        <source>Scan this code.</source>
        <translation>Отсканируйте этот код.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="358" />
        <source>All set</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="359" />
        <source>The phone is linked.</source>
        <translation>Телефон привязан.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="363" />
        <source>&lt;p&gt;Open the &lt;b&gt;Simulator&lt;/b&gt; page and write to the shop as a customer would: the receptionist answers, books and moves appointments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Откройте вкладку &lt;b&gt;Симулятор&lt;/b&gt; и напишите в бизнес, как написал бы клиент: ИИ-администратор ответит, запишет и перенесёт запись.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="366" />
        <source>&lt;p&gt;Customers who write to the shop's WhatsApp are answered from now on. Every conversation shows in the window; switch the AI off for a chat to answer it yourself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;С этого момента клиенты, которые пишут в WhatsApp бизнеса, получают ответы. Все чаты видны в окне программы; чтобы ответить самому, выключите ИИ в нужном чате.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="200" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="200" />
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="200" />
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="201" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="201" />
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="237" />
        <source>%1  [+%2 lines]</source>
        <translation>%1  [+%2 стр.]</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="427" />
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="428" />
        <source>Info and above</source>
        <translation>Info и выше</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="429" />
        <source>Warnings and errors</source>
        <translation>Предупреждения и ошибки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="430" />
        <source>Errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="438" />
        <location filename="../../desktop/views/logs_view.py" line="684" />
        <source>All companies</source>
        <translation>Все компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="444" />
        <source>Search the log…</source>
        <translation>Поиск по журналу…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="450" />
        <location filename="../../desktop/views/logs_view.py" line="619" />
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="455" />
        <location filename="../../desktop/views/logs_view.py" line="494" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="456" />
        <source>Copy the selected lines</source>
        <translation>Копировать выбранные строки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="458" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="459" />
        <source>Save the lines shown to a file</source>
        <translation>Сохранить показанные строки в файл</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="619" />
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/logs_view.py" line="630" />
        <source>%Ln new lines</source>
        <translation>
            <numerusform>%Ln новая строка</numerusform>
            <numerusform>%Ln новые строки</numerusform>
            <numerusform>%Ln новых строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/logs_view.py" line="693" />
        <source>%Ln lines</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/logs_view.py" line="695" />
        <source>%1 of %Ln lines</source>
        <translation>
            <numerusform>%1 из %Ln строки</numerusform>
            <numerusform>%1 из %Ln строк</numerusform>
            <numerusform>%1 из %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/logs_view.py" line="733" />
        <source>Saved %Ln lines to %1</source>
        <translation>
            <numerusform>Сохранена %Ln строка в %1</numerusform>
            <numerusform>Сохранено %Ln строки в %1</numerusform>
            <numerusform>Сохранено %Ln строк в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="631" />
        <source>1 new line</source>
        <translation>1 новая строка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="686" />
        <source>No company (app)</source>
        <translation>Без компании (программа)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="688" />
        <source>Company %1</source>
        <translation>Компания %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="717" />
        <source>Export the lines shown</source>
        <translation>Экспорт показанных строк</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="718" />
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Файлы журнала (*.log *.txt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="108" />
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="128" />
        <source>+ Add company</source>
        <translation>+ Новая компания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="133" />
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="141" />
        <source>AI answers customers</source>
        <translation>ИИ отвечает клиентам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="145" />
        <source>Manage</source>
        <translation>Управление</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="162" />
        <source>AI is off: nothing is answered automatically. Staff must reply to every customer.</source>
        <translation>ИИ выключен: автоматических ответов нет. Сотрудники должны отвечать каждому клиенту сами.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="171" />
        <source>This company is archived: its WhatsApp is stopped and nothing is answered or sent. Its conversations, customers and visits are kept.</source>
        <translation>Компания в архиве: её WhatsApp остановлен, ничего не отвечается и не отправляется. Переписки, клиенты и записи сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="174" />
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="197" />
        <source>Conversations</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="198" />
        <source>Appointments</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="199" />
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="201" />
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="202" />
        <source>Simulator</source>
        <translation>Симулятор</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="203" />
        <source>Business</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="207" />
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="208" />
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="220" />
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="239" />
        <source>&amp;AI Admin</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="240" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="253" />
        <source>About AI Admin</source>
        <translation>О программе AI Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="257" />
        <source>Quit (stops answering)</source>
        <translation>Выйти (ответы прекратятся)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="265" />
        <source>The language changes the next time AI Admin starts.</source>
        <translation>Язык сменится при следующем запуске AI Admin.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="302" />
        <source>Show archived (%1)</source>
        <translation>Показать архив (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="310" />
        <source>No company</source>
        <translation>Нет компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="399" />
        <source>Customers' messages are waiting to be saved: %1. AI Admin keeps trying and saves them as soon as it can; none is lost.</source>
        <translation>Сообщения клиентов ждут сохранения: %1. AI Admin продолжает попытки и сохранит их, как только сможет; ни одно не потеряно.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="404" />
        <source>Replies are waiting to be sent: %1. AI Admin keeps trying; none is lost.</source>
        <translation>Ответы ждут отправки: %1. AI Admin продолжает попытки; ни один не потерян.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="452" />
        <source>The AI switch did not change.</source>
        <translation>Переключатель ИИ не сработал.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="456" />
        <source>Switching the AI</source>
        <translation>Переключение ИИ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="476" />
        <source>Adding…</source>
        <translation>Добавление…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="477" />
        <source>Adding the company</source>
        <translation>Добавление компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="496" />
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="498" />
        <source>Restore (answer again)</source>
        <translation>Восстановить (снова отвечать)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="500" />
        <source>Archive (stop answering, keep history)…</source>
        <translation>В архив (не отвечать, сохранить историю)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="503" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="511" />
        <source>Renaming the company</source>
        <translation>Переименование компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="518" />
        <source>Archive the company</source>
        <translation>Архивация компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="519" />
        <source>Archive “%1”?</source>
        <translation>Отправить «%1» в архив?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="522" />
        <source>Its WhatsApp stops: customers who write get no answer and nothing is sent, also reminders. Its conversations, customers and visits are kept, and it can be restored at any time (Show archived, then Restore).</source>
        <translation>Её WhatsApp остановится: клиенты, которые напишут, не получат ответа, ничего не будет отправлено, даже напоминания. Переписки, клиенты и записи сохранятся; компанию можно восстановить в любой момент («Показать архив», затем «Восстановить»).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="525" />
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="538" />
        <source>Archiving the company</source>
        <translation>Архивация компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="544" />
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="545" />
        <source>Restoring the company</source>
        <translation>Восстановление компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="555" />
        <source>Deleting the company</source>
        <translation>Удаление компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="271" />
        <source>Choosing the language</source>
        <translation>Выбор языка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="230" />
        <source>Saving a preference</source>
        <translation>Сохранение настройки</translation>
    </message>
</context>
<context>
    <name>ProfileEditorPage</name>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="134" />
        <source>“%1” is not a time range like 10:00-14:00</source>
        <translation>«%1» — не промежуток времени вида 10:00-14:00</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="166" />
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="166" />
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="167" />
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="167" />
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="168" />
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="168" />
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="169" />
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="176" />
        <source>Business</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="189" />
        <location filename="../../desktop/views/profile_editor.py" line="306" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="190" />
        <location filename="../../desktop/views/profile_editor.py" line="306" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="191" />
        <location filename="../../desktop/views/profile_editor.py" line="307" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="192" />
        <location filename="../../desktop/views/profile_editor.py" line="307" />
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="203" />
        <location filename="../../desktop/views/profile_editor.py" line="308" />
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="204" />
        <source>Several ranges a day are separated by commas, e.g. 10:00-14:00, 15:00-20:00. Leave empty when closed.</source>
        <translation>Несколько промежутков в день разделяйте запятыми, например 10:00-14:00, 15:00-20:00. Если выходной, оставьте пустым.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="214" />
        <source>closed</source>
        <translation>выходной</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="244" />
        <location filename="../../desktop/views/profile_editor.py" line="308" />
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="247" />
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="247" />
        <source>Other names (comma separated)</source>
        <translation>Другие названия (через запятую)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="248" />
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="248" />
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="197" />
        <location filename="../../desktop/views/profile_editor.py" line="248" />
        <location filename="../../desktop/views/profile_editor.py" line="318" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="261" />
        <location filename="../../desktop/views/profile_editor.py" line="309" />
        <source>Questions customers ask</source>
        <translation>Частые вопросы клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="263" />
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="263" />
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="271" />
        <location filename="../../desktop/views/profile_editor.py" line="310" />
        <source>Booking rules</source>
        <translation>Правила записи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="273" />
        <location filename="../../desktop/views/profile_editor.py" line="274" />
        <location filename="../../desktop/views/profile_editor.py" line="279" />
        <location filename="../../desktop/views/profile_editor.py" line="280" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="275" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="276" />
        <location filename="../../desktop/views/profile_editor.py" line="311" />
        <source>Slots every</source>
        <translation>Интервал записи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="277" />
        <location filename="../../desktop/views/profile_editor.py" line="312" />
        <source>Book at least</source>
        <translation>Запись не раньше чем за</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="278" />
        <location filename="../../desktop/views/profile_editor.py" line="313" />
        <source>Book at most</source>
        <translation>Запись не дальше чем на</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="332" />
        <source>Who answers</source>
        <translation>Кто отвечает</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="335" />
        <source>Built-in offline assistant (no key needed)</source>
        <translation>Встроенный офлайн-помощник (ключ не нужен)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="337" />
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="338" />
        <source>A local or other OpenAI-compatible server</source>
        <translation>Локальный или другой сервер, совместимый с OpenAI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="343" />
        <source>model name, e.g. llama3.1</source>
        <translation>название модели, например llama3.1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="346" />
        <source>leave empty to keep the stored key</source>
        <translation>оставьте пустым, чтобы сохранить прежний ключ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="347" />
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="322" />
        <location filename="../../desktop/views/profile_editor.py" line="348" />
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="196" />
        <source>none: each service names its own</source>
        <translation>нет: у каждой услуги своя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="220" />
        <source>Days the whole shop is shut: dates, or ranges with a dash, separated by commas.</source>
        <translation>Дни, когда не работает весь салон: даты или диапазоны через тире, через запятую.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="230" />
        <location filename="../../desktop/views/profile_editor.py" line="318" />
        <source>Closed on</source>
        <translation>Не работаем</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="232" />
        <location filename="../../desktop/views/profile_editor.py" line="319" />
        <location filename="../../desktop/views/profile_editor.py" line="320" />
        <source>Public holidays</source>
        <translation>Праздники</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="255" />
        <location filename="../../desktop/views/profile_editor.py" line="321" />
        <source>Staff</source>
        <translation>Мастера</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="282" />
        <source>The receptionist does not move or cancel a visit closer than this: you do.</source>
        <translation>Ближе к визиту администратор не переносит и не отменяет его — это делаете вы.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="286" />
        <source>No reminder goes out in these hours; a reply to a customer who writes is never held.</source>
        <translation>В эти часы напоминания не отправляются; ответ клиенту, который написал сам, не задерживается.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="287" />
        <location filename="../../desktop/views/profile_editor.py" line="314" />
        <source>Break between visits</source>
        <translation>Перерыв между визитами</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="288" />
        <location filename="../../desktop/views/profile_editor.py" line="315" />
        <source>Changes at least</source>
        <translation>Изменения не позже</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="291" />
        <location filename="../../desktop/views/profile_editor.py" line="316" />
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="292" />
        <location filename="../../desktop/views/profile_editor.py" line="317" />
        <source>Quiet hours</source>
        <translation>Тихие часы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="323" />
        <location filename="../../desktop/views/profile_editor.py" line="349" />
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="350" />
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="353" />
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="377" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="378" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="379" />
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="380" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="424" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="425" />
        <source>Remove selected</source>
        <translation>Удалить выбранное</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="472" />
        <source>No key stored yet.</source>
        <translation>Ключ ещё не сохранён.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="474" />
        <source>A key is stored in this computer's keyring.</source>
        <translation>Ключ хранится в связке ключей этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="477" />
        <source>A key is stored in a local file that is NOT encrypted (this computer has no keyring). Only your user can read it.</source>
        <translation>Ключ хранится в локальном файле БЕЗ шифрования (на этом компьютере нет связки ключей). Прочитать его может только ваш пользователь.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="571" />
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="647" />
        <source>%1, row %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="678" />
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="715" />
        <source>Saved. The receptionist now answers with these details.</source>
        <translation>Сохранено. Теперь ИИ-администратор отвечает с этими данными.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="723" />
        <source>Not saved: the time zone is still %1.</source>
        <translation>Не сохранено: часовой пояс по-прежнему %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="730" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="731" />
        <source>Saving the business profile</source>
        <translation>Сохранение профиля бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="738" />
        <source>Change the time zone?</source>
        <translation>Сменить часовой пояс?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="739" />
        <source>The time zone changes from %1 to %2.</source>
        <translation>Часовой пояс меняется с %1 на %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="747" />
        <source>Every visit stays at the moment it was booked for; only the time shown for it here and in messages to customers changes.</source>
        <translation>Каждая запись остаётся в тот момент, на который её назначили; меняется только время, которое показывается здесь и в сообщениях клиентам.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="749" />
        <source>Save the new time zone</source>
        <translation>Сохранить новый часовой пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="773" />
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="775" />
        <source>Testing the provider</source>
        <translation>Проверка поставщика</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="781" />
        <source>Import a business profile</source>
        <translation>Импорт профиля бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="782" />
        <location filename="../../desktop/views/profile_editor.py" line="804" />
        <source>Business profile (*.json)</source>
        <translation>Профиль бизнеса (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="797" />
        <source>Imported %1 — check it, then Save.</source>
        <translation>Импортирован %1 — проверьте и сохраните.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="802" />
        <source>Export the business profile</source>
        <translation>Экспорт профиля бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="817" />
        <location filename="../../desktop/views/profile_editor.py" line="822" />
        <source>Could not export: %1</source>
        <translation>Не удалось экспортировать: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="825" />
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="53" />
        <source>“%1” is not a date like 2026-12-31 or a range like 2026-12-01 – 2026-12-03</source>
        <translation>«%1» — не дата вида 2026-12-31 и не диапазон вида 2026-12-01 – 2026-12-03</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="65" />
        <source>%1 h before</source>
        <translation>за %1 ч</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="66" />
        <source>%1 min before</source>
        <translation>за %1 мин</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="191" />
        <source>None</source>
        <translation>Не учитывать</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../../desktop/views/qr_view.py" line="50" />
        <source>QR code to scan with the shop's phone</source>
        <translation>QR-код для сканирования телефоном бизнеса</translation>
    </message>
</context>
<context>
    <name>QuietHoursEditor</name>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="143" />
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="153" />
        <source>to</source>
        <translation>до</translation>
    </message>
</context>
<context>
    <name>RemindersEditor</name>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="82" />
        <source>No reminders</source>
        <translation>Без напоминаний</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="87" />
        <source>hours before</source>
        <translation>ч до визита</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="88" />
        <source>minutes before</source>
        <translation>мин до визита</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="89" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="90" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>RenameCompanyDialog</name>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="39" />
        <source>Rename the company</source>
        <translation>Переименование компании</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="43" />
        <source>Name of the business</source>
        <translation>Название бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="48" />
        <source>The receptionist uses this name when it answers customers; it is also the name on the Business page.</source>
        <translation>Этим названием ИИ-администратор представляет бизнес клиентам; оно же стоит на странице «Бизнес».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="53" />
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
</context>
<context>
    <name>ShopReasons</name>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="311" />
        <source>The shop does not offer “{service}”. Services: {offered}.</source>
        <translation>Услуги «{service}» нет. Услуги: {offered}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="313" />
        <source>The shop does not offer “{service}”: no services are listed in the business profile.</source>
        <translation>Услуги «{service}» нет: в профиле бизнеса не указано ни одной услуги.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="316" />
        <source>{start} has already passed. Choose a later time.</source>
        <translation>{start} уже прошло. Выберите время позже.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="318" />
        <source>Bookings need at least {minutes} minutes' notice; {start} is too soon.</source>
        <translation>Записываться нужно минимум за {minutes} мин.; {start} — слишком скоро.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="321" />
        <source>Bookings are taken up to {days} days ahead; {day} is too far.</source>
        <translation>Запись принимается не более чем на {days} дн. вперёд; {day} — слишком далеко.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="323" />
        <source>{service} ({minutes} min) at {start} does not fit the opening hours that day ({hours}).</source>
        <translation>{service} ({minutes} мин) в {start} не укладывается в часы работы этого дня ({hours}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="326" />
        <source>{service} ({minutes} min) at {start}: the shop is closed that day.</source>
        <translation>{service} ({minutes} мин) в {start}: в этот день салон закрыт.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="328" />
        <source>{start} is already taken.</source>
        <translation>{start} уже занято.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="330" />
        <source>Appointment {appointment} is no longer booked (cancelled, done or missed): only a booked or confirmed visit can be marked.</source>
        <translation>Запись {appointment} уже не действует (отменена, состоялась или клиент не пришёл): отметить можно только назначенный или подтверждённый визит.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="333" />
        <source>The visit at {start} has not started yet: it can be marked done or missed once it has.</source>
        <translation>Визит {start} ещё не начался: отметить, что он состоялся или клиент не пришёл, можно только после его начала.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="336" />
        <source>Appointment {appointment} is not an upcoming booking of this customer.</source>
        <translation>Запись {appointment} не является предстоящей записью этого клиента.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="339" />
        <source>“{text}” is not a date like 2026-12-20.</source>
        <translation>«{text}» — не дата вида 2026-12-20.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="341" />
        <source>“{text}” is not a time like 15:30.</source>
        <translation>«{text}» — не время вида 15:30.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="343" />
        <source>The shop is closed on {day}.</source>
        <translation>{day} заведение не работает.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="345" />
        <source>The shop is closed on {day} ({holiday}).</source>
        <translation>{day} заведение не работает ({holiday}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="347" />
        <source>Nobody who does {service} is free at {start}.</source>
        <translation>На {start} нет свободных мастеров на услугу «{service}».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="349" />
        <source>{staff} is not on the team. The team: {team}.</source>
        <translation>{staff} — не из нашей команды. Команда: {team}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="351" />
        <source>{staff} is not on the team: the business profile lists no staff.</source>
        <translation>{staff} — не из нашей команды: в профиле заведения сотрудники не указаны.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="353" />
        <source>{staff} does not do {service}; it is done by {others}.</source>
        <translation>{staff} не делает услугу «{service}»; её делают: {others}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="355" />
        <source>{staff} is not working on {day}.</source>
        <translation>{staff} не работает {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="357" />
        <source>{staff} works {hours} on {day}; {service} ({minutes} min) at {start} does not fit.</source>
        <translation>{staff} работает {day}: {hours}; «{service}» ({minutes} мин) в {start} не помещается.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="360" />
        <source>{staff} is busy at {start}.</source>
        <translation>{staff} занят(а) в {start}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="362" />
        <source>The visit at {start} is less than {minutes} minutes away: only staff can change it now.</source>
        <translation>До визита в {start} меньше {minutes} мин: теперь его могут изменить только сотрудники.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="366" />
        <source>The phone number is empty.</source>
        <translation>Номер телефона не указан.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="368" />
        <source>The phone number is too long.</source>
        <translation>Номер телефона слишком длинный.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="370" />
        <source>“{phone}” is not a phone number.</source>
        <translation>«{phone}» — не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="372" />
        <source>“{phone}” is not a possible phone number.</source>
        <translation>«{phone}» не может быть номером телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="374" />
        <source>“{phone}” is not a phone number WhatsApp could use.</source>
        <translation>«{phone}» — номер, который WhatsApp не сможет использовать.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="377" />
        <source>The profile must be a JSON object.</source>
        <translation>Профиль должен быть объектом JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="379" />
        <source>{field}: must be an object.</source>
        <translation>{field}: должно быть объектом.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="381" />
        <source>{field}: unknown key.</source>
        <translation>{field}: неизвестный ключ.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="383" />
        <source>{field}: is required.</source>
        <translation>{field}: обязательно.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="385" />
        <source>{field}: must be a text.</source>
        <translation>{field}: должно быть текстом.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="387" />
        <source>{field}: must not be empty.</source>
        <translation>{field}: не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="389" />
        <source>{field}: is longer than {limit} characters.</source>
        <translation>{field}: длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="391" />
        <source>{field}: must be a whole number from {low} to {high}.</source>
        <translation>{field}: должно быть целым числом от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="393" />
        <source>{field}: must be a time like 09:30.</source>
        <translation>{field}: должно быть временем вида 09:30.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="395" />
        <source>{field}: must be a list of time ranges like 10:00-14:00.</source>
        <translation>{field}: должно быть списком промежутков вида 10:00-14:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="397" />
        <source>{field}: must be a time range like 10:00-14:00.</source>
        <translation>{field}: должно быть промежутком вида 10:00-14:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="399" />
        <source>{field}: must end after it starts.</source>
        <translation>{field}: конец должен быть позже начала.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="401" />
        <source>{field}: overlaps the range before it (list ranges in order).</source>
        <translation>{field}: пересекается с предыдущим промежутком (указывайте промежутки по порядку).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="403" />
        <source>{field}: must be a list of texts.</source>
        <translation>{field}: должно быть списком текстов.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="405" />
        <source>{field}: must be a number, 0 or more.</source>
        <translation>{field}: должно быть числом, 0 или больше.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="407" />
        <source>{field}: must be a 3-letter currency code like USD.</source>
        <translation>{field}: должно быть трёхбуквенным кодом валюты, например USD.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="409" />
        <source>{field}: “{zone}” is not a time zone (like Europe/Moscow or Asia/Jerusalem).</source>
        <translation>{field}: «{zone}» — не часовой пояс (пример: Europe/Moscow или Asia/Jerusalem).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="412" />
        <source>{field}: must be a list.</source>
        <translation>{field}: должно быть списком.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="414" />
        <source>{field}: must be a list of minutes before the visit, each from 5 to {high}, none twice.</source>
        <translation>{field}: должен быть списком минут до визита, каждое от 5 до {high}, без повторов.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="417" />
        <source>{field}: must be two different times like 21:00 and 09:00, or empty.</source>
        <translation>{field}: должно быть два разных времени, например 21:00 и 09:00, или пусто.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="419" />
        <source>{field}: two services have the same name.</source>
        <translation>{field}: у двух услуг одинаковое название.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="421" />
        <source>{field}: two staff members have the same name or alias.</source>
        <translation>{field}: у двух сотрудников совпадает имя или одно из других имён.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="423" />
        <source>{field}: “{service}” is not one of the services.</source>
        <translation>{field}: «{service}» нет среди услуг.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="425" />
        <source>{field}: must be a date like 2026-12-31.</source>
        <translation>{field}: должна быть дата вида 2026-12-31.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="427" />
        <source>{field}: “{country}” is not a country whose public holidays are known (a 2-letter code like RU, IL, US).</source>
        <translation>{field}: «{country}» — не страна с известными государственными праздниками (нужен код из 2 букв, например RU, IL, US).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="430" />
        <source>Cannot read {file}: {error}</source>
        <translation>Не удаётся прочитать {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="432" />
        <source>{file} is not valid JSON ({error}).</source>
        <translation>{file} — некорректный JSON ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="434" />
        <source>{file} is not usable JSON ({error}).</source>
        <translation>{file} — непригодный JSON ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="436" />
        <source>Company {company} does not exist.</source>
        <translation>Компании {company} не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="438" />
        <source>The customer belongs to another company.</source>
        <translation>Клиент относится к другой компании.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="441" />
        <source>The AI provider setting must name a kind of provider.</source>
        <translation>В настройке ИИ должен быть указан вид провайдера.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="443" />
        <source>{field}: unknown setting.</source>
        <translation>{field}: неизвестная настройка.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="445" />
        <source>{field}: “{kind}” is not one of {kinds}.</source>
        <translation>{field}: «{kind}» — не одно из: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="447" />
        <source>{field}: give the server's address, like http://127.0.0.1:11434/v1</source>
        <translation>{field}: укажите адрес сервера, например http://127.0.0.1:11434/v1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="449" />
        <source>{field}: give the model name the server serves.</source>
        <translation>{field}: укажите название модели, которую обслуживает сервер.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="451" />
        <source>No OpenAI key is set for this company: add it on the Business page.</source>
        <translation>Для этой компании не задан ключ OpenAI: добавьте его на странице «Бизнес».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="454" />
        <source>There is nothing to back up yet: {folder} has no database (AI Admin has not started with it).</source>
        <translation>Копировать пока нечего: в {folder} нет базы данных (AI Admin ещё не запускался с этой папкой).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="457" />
        <source>The database is not a file in the data folder (AI_ADMIN_DATABASE_URL points to a server): back it up with the server's own tools.</source>
        <translation>База данных не лежит файлом в папке данных (AI_ADMIN_DATABASE_URL указывает на сервер): делайте её копию средствами самого сервера.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="460" />
        <source>The backup could not be written to {path} ({error}).</source>
        <translation>Не удалось записать резервную копию в {path} ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="462" />
        <source>{path} cannot be read ({error}).</source>
        <translation>Не удаётся прочитать {path} ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="464" />
        <source>{path} is not an AI Admin backup. Nothing was changed.</source>
        <translation>{path} — не резервная копия AI Admin. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="466" />
        <source>The backup {path} is damaged ({error}). Nothing was changed.</source>
        <translation>Резервная копия {path} повреждена ({error}). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="468" />
        <source>The backup {path} is damaged: {file} is not what was backed up. Nothing was changed.</source>
        <translation>Резервная копия {path} повреждена: файл {file} не совпадает с сохранённым. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="471" />
        <source>This backup was made by a newer AI Admin ({version}) with a newer database: update AI Admin on this computer first, then restore it. Nothing was changed.</source>
        <translation>Эта копия сделана более новой версией AI Admin ({version}) с более новой базой данных: сначала обновите AI Admin на этом компьютере, потом восстановите её. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="475" />
        <source>The backup could not be put in place ({error}); the data folder was left as it was.</source>
        <translation>Не удалось восстановить резервную копию ({error}); папка данных осталась как была.</translation>
    </message>
</context>
<context>
    <name>ShopTray</name>
    <message>
        <location filename="../../desktop/views/tray.py" line="84" />
        <source>Open AI Admin</source>
        <translation>Открыть AI Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="85" />
        <source>Quit (stops answering)</source>
        <translation>Выйти (ответы прекратятся)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="106" />
        <source>Company %1</source>
        <translation>Компания %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="116" />
        <source>AI Admin is still answering</source>
        <translation>AI Admin продолжает отвечать</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="117" />
        <source>The window is closed, but customers are still answered. Use the tray icon to open AI Admin or to quit.</source>
        <translation>Окно закрыто, но клиентам по-прежнему отвечают. Чтобы открыть AI Admin или выйти, используйте значок в трее.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="141" />
        <source>AI Admin — %1</source>
        <translation>AI Admin — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="142" />
        <source>all companies connected</source>
        <translation>все компании подключены</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="142" />
        <source>connecting…</source>
        <translation>подключение…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="143" />
        <source>a company needs attention</source>
        <translation>компании нужно внимание</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="143" />
        <source>not connected</source>
        <translation>не подключено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="153" />
        <source>%1 was logged out</source>
        <translation>%1: выполнен выход из WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="154" />
        <source>WhatsApp unlinked this computer. Link the shop's phone again on the Connection page.</source>
        <translation>WhatsApp отвязал этот компьютер. Привяжите телефон бизнеса снова на вкладке «Подключение».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="157" />
        <source>%1 stopped answering</source>
        <translation>%1: ответы остановлены</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="160" />
        <source>%1 disconnected</source>
        <translation>%1: соединение прервано</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="161" />
        <source>The connection dropped; AI Admin is reconnecting by itself.</source>
        <translation>Связь прервалась; AI Admin переподключается сам.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="167" />
        <source>A customer needs a person</source>
        <translation>Клиенту нужен человек</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="175" />
        <source>A message could not be sent</source>
        <translation>Сообщение не отправлено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="184" />
        <source>Working again</source>
        <translation>Снова работает</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="185" />
        <source>The database can be written again; nothing was lost.</source>
        <translation>В базу данных снова можно записывать; ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="189" />
        <source>Customers' messages are waiting</source>
        <translation>Сообщения клиентов ждут сохранения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="190" />
        <source>Replies are waiting</source>
        <translation>Ответы ждут отправки</translation>
    </message>
</context>
<context>
    <name>SimulatorPage</name>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="93" />
        <source>Chat as a customer</source>
        <translation>Чат от имени клиента</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="98" />
        <source>Pick a customer's number or type a new one</source>
        <translation>Выберите номер клиента или введите новый</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="101" />
        <source>Customer's name (optional)</source>
        <translation>Имя клиента (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="102" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="104" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="116" />
        <source>Write as the customer, e.g. “Can I book a haircut tomorrow at 10?”</source>
        <translation>Пишите как клиент: «Можно на стрижку завтра в 10?»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="119" />
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="128" />
        <source>Send instead:</source>
        <translation>Или отправить:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="130" />
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="130" />
        <source>Voice note</source>
        <translation>Голосовое</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="131" />
        <source>Sticker</source>
        <translation>Стикер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="131" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="132" />
        <source>Location</source>
        <translation>Геопозиция</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="142" />
        <source>Try what can go wrong</source>
        <translation>Проверьте, что может пойти не так</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="143" />
        <source>See how AI Admin reacts. Nothing here touches a real phone.</source>
        <translation>Посмотрите, как поведёт себя AI Admin. Настоящий телефон здесь не затрагивается.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="151" />
        <source>Drop the connection</source>
        <translation>Оборвать связь</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="152" />
        <source>WhatsApp closes the connection (428); AI Admin reconnects by itself.</source>
        <translation>WhatsApp закрывает соединение (428); AI Admin переподключается сам.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="153" />
        <source>Kill the bridge</source>
        <translation>Убить процесс моста</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="154" />
        <source>The WhatsApp bridge process crashes; it is restarted and nothing is lost.</source>
        <translation>Процесс моста WhatsApp падает; его перезапускают, ничего не теряется.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="156" />
        <source>Next reply times out</source>
        <translation>Следующий ответ зависнет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="157" />
        <source>The next send gets no answer from WhatsApp; it is retried.</source>
        <translation>На следующую отправку WhatsApp не ответит; её повторят.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="158" />
        <source>Log out on the phone</source>
        <translation>Выйти на телефоне</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="159" />
        <source>The phone unlinks this computer (401): you must link again.</source>
        <translation>Телефон отвязывает этот компьютер (401): нужно привязать заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="160" />
        <source>Open elsewhere</source>
        <translation>Открыть в другом месте</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="161" />
        <source>Another computer takes over the session (440).</source>
        <translation>Другой компьютер перехватывает сеанс (440).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="197" />
        <source>That phone number does not work: %1</source>
        <translation>Этот номер телефона не подходит: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="218" />
        <location filename="../../desktop/views/simulator_page.py" line="228" />
        <source>Sending as the customer</source>
        <translation>Отправка от имени клиента</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="83" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="84" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="85" />
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="86" />
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="112" />
        <source>e.g. Anya, אנה</source>
        <translation>например, Аня, אנה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="116" />
        <source>All checked: every service, also ones added later.</source>
        <translation>Отмечено всё — все услуги, в том числе добавленные позже.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="125" />
        <location filename="../../desktop/views/profile_staff.py" line="396" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="126" />
        <location filename="../../desktop/views/profile_staff.py" line="396" />
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="127" />
        <location filename="../../desktop/views/profile_staff.py" line="397" />
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="128" />
        <location filename="../../desktop/views/profile_staff.py" line="397" />
        <source>Days off</source>
        <translation>Выходные дни</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="133" />
        <source>Works the shop's hours</source>
        <translation>Работает по часам салона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="145" />
        <source>A day left empty is a day off.</source>
        <translation>Пустой день — выходной.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="153" />
        <source>No staff: every visit is with the shop. Add the people who take customers so the receptionist books each visit with someone who does that service and is at work; a customer can ask for someone by name.</source>
        <translation>Мастеров нет: все записи — просто в салон. Добавьте тех, кто принимает клиентов, и администратор будет записывать к мастеру, который делает эту услугу и работает в это время; клиент может попросить мастера по имени.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="219" />
        <source>Upcoming visits with %1: %2. They stay booked under that name: move them to someone else on the Appointments page, or press Undo changes.</source>
        <translation>Предстоящих визитов у мастера %1: %2. Они останутся записаны на это имя: перенесите их к другому мастеру на странице «Записи» или нажмите «Отменить изменения».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="254" />
        <source>Staff member %1</source>
        <translation>Мастер %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="312" />
        <source>closed</source>
        <translation>выходной</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="314" />
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="398" />
        <source>Working hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="400" />
        <source>Staff, %1</source>
        <translation>Мастера, %1</translation>
    </message>
</context>
<context>
    <name>StateHistoryModel</name>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="106" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="106" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="106" />
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <location filename="../../desktop/views/status_words.py" line="53" />
        <source>Not started</source>
        <translation>Не запущено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="59" />
        <source>Reconnecting in %n s</source>
        <translation>Переподключение через %n с</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="61" />
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="63" />
        <source>Linking paused until %1</source>
        <translation>Привязка на паузе до %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="66" />
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="67" />
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="68" />
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="69" />
        <source>Scan the QR code</source>
        <translation>Отсканируйте QR-код</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="70" />
        <source>Enter the code on the phone</source>
        <translation>Введите код на телефоне</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="72" />
        <source>QR code expired — ask for a new one</source>
        <translation>QR-код истёк — запросите новый</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="74" />
        <source>Logged out — link again</source>
        <translation>WhatsApp отвязан — привяжите снова</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="76" />
        <source>Used on another computer</source>
        <translation>Используется на другом компьютере</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="78" />
        <source>Refused by WhatsApp</source>
        <translation>WhatsApp отказал</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="79" />
        <source>Linking paused</source>
        <translation>Привязка на паузе</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="80" />
        <source>Bridge failed — see Connection</source>
        <translation>Сбой моста — см. «Подключение»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="82" />
        <source>Disconnected</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="101" />
        <source>WhatsApp is not connected for this company.</source>
        <translation>WhatsApp для этой компании не подключён.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="103" />
        <source>Starting the WhatsApp bridge…</source>
        <translation>Запуск моста WhatsApp…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="105" />
        <source>Scan the QR code: on the phone open WhatsApp → Linked devices → Link a device. Or link with a code sent to the phone number instead.</source>
        <translation>Отсканируйте QR-код: на телефоне откройте WhatsApp → Связанные устройства → Привязка устройства. Или привяжите по коду, который придёт на номер телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="109" />
        <source>Type the pairing code on the phone: WhatsApp → Linked devices → Link a device → Link with phone number instead.</source>
        <translation>Введите код привязки на телефоне: WhatsApp → Связанные устройства → Привязка устройства → Привязать по номеру телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="113" />
        <source>Connecting to WhatsApp…</source>
        <translation>Подключение к WhatsApp…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="115" />
        <source>Connected: messages are received and answered.</source>
        <translation>Подключено: сообщения приходят, на них отвечают.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="117" />
        <source>The connection dropped; reconnecting by itself.</source>
        <translation>Связь прервалась; переподключение идёт само.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="119" />
        <source>The QR code expired before the phone scanned it. Ask for a new one when the phone is at hand.</source>
        <translation>QR-код истёк до того, как телефон его отсканировал. Запросите новый, когда телефон будет под рукой.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="123" />
        <source>This computer is not linked to WhatsApp any more: link the phone again.</source>
        <translation>Этот компьютер больше не привязан к WhatsApp: привяжите телефон снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="126" />
        <source>Another computer or program took over this WhatsApp session. Close it there, then connect here.</source>
        <translation>Этот сеанс WhatsApp перехватил другой компьютер или программа. Закройте его там, затем подключитесь здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="130" />
        <source>WhatsApp refused this number (it may be banned). Nothing is retried; check the WhatsApp app on the phone.</source>
        <translation>WhatsApp отказал этому номеру (возможно, он заблокирован). Повторных попыток не будет; проверьте приложение WhatsApp на телефоне.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="134" />
        <source>Too many linking attempts in a short time; WhatsApp may refuse new links for hours. Wait until the stated time, then try again.</source>
        <translation>Слишком много попыток привязки за короткое время; WhatsApp может часами отказывать в новых привязках. Подождите до указанного времени и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="138" />
        <source>The WhatsApp bridge could not run.</source>
        <translation>Мост WhatsApp не запустился.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="147" />
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="148" />
        <source>starting</source>
        <translation>запуск</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="149" />
        <source>waiting qr</source>
        <translation>ждёт QR</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="150" />
        <source>waiting pairing code</source>
        <translation>ждёт код привязки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="152" />
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="153" />
        <source>connected</source>
        <translation>подключён</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="154" />
        <source>reconnecting</source>
        <translation>переподключение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="156" />
        <source>qr expired</source>
        <translation>QR истёк</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="157" />
        <source>logged out</source>
        <translation>выход выполнен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="158" />
        <source>replaced</source>
        <translation>перехвачен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="159" />
        <source>banned</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="160" />
        <source>linking blocked</source>
        <translation>привязка на паузе</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="162" />
        <source>bridge failed</source>
        <translation>сбой моста</translation>
    </message>
</context>
<context>
    <name>TimeZoneWords</name>
    <message numerus="yes">
        <location filename="../../desktop/views/profile_editor.py" line="95" />
        <source>%n visit(s) will show %1 earlier.</source>
        <translation>
            <numerusform>%n запись будет показана на %1 раньше.</numerusform>
            <numerusform>%n записи будут показаны на %1 раньше.</numerusform>
            <numerusform>%n записей будут показаны на %1 раньше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/profile_editor.py" line="97" />
        <source>%n visit(s) will show %1 later.</source>
        <translation>
            <numerusform>%n запись будет показана на %1 позже.</numerusform>
            <numerusform>%n записи будут показаны на %1 позже.</numerusform>
            <numerusform>%n записей будут показаны на %1 позже.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="106" />
        <source>one hour</source>
        <translation>час</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/profile_editor.py" line="108" />
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/profile_editor.py" line="110" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
</context>
</TS>