<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="he">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/views/about.py" line="47" />
        <source>Qt and PySide6 — LGPL-3.0</source>
        <translation>Qt ו-PySide6 — LGPL-3.0</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="48" />
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL גרסה 3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="49" />
        <source>GNU GPL version 3</source>
        <translation>GNU GPL גרסה 3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="50" />
        <source>Node.js — MIT and others</source>
        <translation>Node.js — MIT ואחרים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="51" />
        <source>Baileys (WhatsApp Web library) — MIT</source>
        <translation>Baileys (ספריית WhatsApp Web) — MIT</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="53" />
        <source>Every bundled component</source>
        <translation>כל הרכיבים הכלולים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="72" />
        <source>not found — %1</source>
        <translation>לא נמצא — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="79" />
        <source>not installed</source>
        <translation>לא מותקנת</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="86" />
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1 through Qt for Python (PySide6 %2).&lt;/p&gt;&lt;p&gt;Qt is a C++ toolkit for cross-platform application development. It provides single-source portability across desktop, mobile and embedded operating systems.&lt;/p&gt;&lt;p&gt;Qt and Qt for Python are available under commercial licences and as open source under the GNU Lesser General Public License version 3 (LGPL-3.0), which this program uses. See &lt;a href='https://www.qt.io/licensing/'&gt;qt.io/licensing&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright © The Qt Company Ltd. and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;See &lt;a href='https://www.qt.io/'&gt;qt.io&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;אודות Qt&lt;/h3&gt;&lt;p&gt;התוכנה הזאת משתמשת ב-Qt גרסה %1 דרך Qt for Python ‏(PySide6 %2).&lt;/p&gt;&lt;p&gt;Qt היא ערכת כלים ב-C++ לפיתוח יישומים חוצי פלטפורמות. אותו קוד מקור רץ במערכות הפעלה שולחניות, ניידות ומשובצות.&lt;/p&gt;&lt;p&gt;Qt ו-Qt for Python זמינות ברישיונות מסחריים וגם כקוד פתוח לפי GNU Lesser General Public License גרסה 3 (LGPL-3.0), שבה התוכנה הזאת משתמשת. סקירה של הרישוי של Qt: &lt;a href='https://www.qt.io/licensing/'&gt;qt.io/licensing&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;© The Qt Company Ltd. ותורמים נוספים.&lt;/p&gt;&lt;p&gt;Qt והלוגו של Qt הם סימנים מסחריים של The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;מידע נוסף: &lt;a href='https://www.qt.io/'&gt;qt.io&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="107" />
        <source>About %1</source>
        <translation>אודות %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="120" />
        <source>An AI WhatsApp receptionist for your shop.</source>
        <translation>נציג AI לעסק שלך ב-WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="131" />
        <source>AI Admin ships with these components; their licences:</source>
        <translation>ב-AI Admin כלולים הרכיבים האלה; הרישיונות שלהם:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="153" />
        <location filename="../../desktop/views/about.py" line="181" />
        <source>About Qt</source>
        <translation>אודות Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="161" />
        <source>The licence notices are missing from %1.</source>
        <translation>הודעות הרישיון חסרות ב-%1.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/views/asyncop.py" line="35" />
        <source>That action</source>
        <translation>הפעולה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/asyncop.py" line="65" />
        <source>%1 did not work.</source>
        <translation>הפעולה נכשלה: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/asyncop.py" line="79" />
        <source>Something unexpected went wrong; the log has the details.</source>
        <translation>משהו השתבש באופן לא צפוי; הפרטים ביומן.</translation>
    </message>
</context>
<context>
    <name>AddCompanyDialog</name>
    <message>
        <location filename="../../desktop/views/add_company.py" line="40" />
        <source>Add a company</source>
        <translation>הוספת עסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="43" />
        <source>the demo barbershop's profile (edit it later)</source>
        <translation>פרופיל המספרה לדוגמה (אפשר לערוך אחר כך)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="47" />
        <source>Name of the business</source>
        <translation>שם העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="49" />
        <source>e.g. Avi's Barbershop</source>
        <translation>לדוגמה: המספרה של אבי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="52" />
        <source>Business profile (hours, services, prices)</source>
        <translation>פרופיל העסק (שעות, שירותים, מחירים)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="56" />
        <source>Import a profile file…</source>
        <translation>ייבוא קובץ פרופיל…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="62" />
        <source>How does it reach WhatsApp?</source>
        <translation>איך העסק יתחבר ל-WhatsApp?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="63" />
        <source>The shop's WhatsApp — link its phone with a QR code</source>
        <translation>ה-WhatsApp של העסק — קישור הטלפון שלו עם קוד QR</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="64" />
        <source>The simulator — try everything without a phone</source>
        <translation>הסימולטור — לנסות הכול בלי טלפון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="66" />
        <source>Practice WhatsApp (a local server for trying the real connection)</source>
        <translation>WhatsApp לתרגול (שרת מקומי לניסוי החיבור האמיתי)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="78" />
        <source>Add company</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="87" />
        <source>Using %1: %2 services.</source>
        <translation>בשימוש: %1. שירותים: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="92" />
        <source>Import a business profile</source>
        <translation>ייבוא פרופיל עסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="93" />
        <source>Business profile (*.json)</source>
        <translation>פרופיל עסק (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="104" />
        <source>This profile cannot be used: %1</source>
        <translation>אי אפשר להשתמש בפרופיל הזה: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="118" />
        <source>Give the business a name.</source>
        <translation>יש לתת שם לעסק.</translation>
    </message>
</context>
<context>
    <name>AgendaGrid</name>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="65" />
        <source>Not working</source>
        <translation>לא במשמרת</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="120" />
        <source>Unassigned</source>
        <translation>ללא איש צוות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="360" />
        <source>Shop closed</source>
        <translation>העסק סגור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="362" />
        <source>Day off</source>
        <translation>יום חופש</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="173" />
        <source>Today</source>
        <translation>היום</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="176" />
        <source>Day</source>
        <translation>יום</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="177" />
        <source>Week</source>
        <translation>שבוע</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="202" />
        <source>Bookings</source>
        <translation>תורים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="204" />
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="204" />
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="204" />
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="205" />
        <source>Booked by</source>
        <translation>נקבע על ידי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="205" />
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="206" />
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="229" />
        <source>New booking…</source>
        <translation>תור חדש…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="230" />
        <source>Move…</source>
        <translation>העברה…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="231" />
        <source>Cancel booking…</source>
        <translation>ביטול התור…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="232" />
        <source>Open conversation</source>
        <translation>פתיחת השיחה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="50" />
        <location filename="../../desktop/views/agenda_page.py" line="234" />
        <source>Done</source>
        <translation>הגיע</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="52" />
        <location filename="../../desktop/views/agenda_page.py" line="235" />
        <source>No-show</source>
        <translation>לא הגיע</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="367" />
        <source>Receptionist</source>
        <translation>נציג ה-AI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="367" />
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="378" />
        <source>No bookings in this period.</source>
        <translation>אין תורים בתקופה הזאת.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="46" />
        <source>Booked</source>
        <translation>נקבע</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="48" />
        <source>Confirmed</source>
        <translation>אושר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_grid.py" line="53" />
        <source>Cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="425" />
        <source>Booked %1 at %2.</source>
        <translation>נקבע תור: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="435" />
        <source>Booking</source>
        <translation>קביעת תור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="440" />
        <location filename="../../desktop/views/agenda_page.py" line="490" />
        <location filename="../../desktop/views/agenda_page.py" line="511" />
        <source>The booking did not change.</source>
        <translation>התור לא השתנה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="460" />
        <source>Moved to %1.</source>
        <translation>הועבר ל-%1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="468" />
        <source>Moving the booking</source>
        <translation>העברת התור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="475" />
        <source>Cancel the booking?</source>
        <translation>לבטל את התור?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="476" />
        <source>Cancel %1 for %2? The customer is told in their WhatsApp chat.</source>
        <translation>לבטל את %1 עבור %2? הלקוח יקבל הודעה בצ'אט הוואטסאפ.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="515" />
        <source>Marking the visit</source>
        <translation>סימון הביקור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="495" />
        <source>Cancelling the booking</source>
        <translation>ביטול התור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="270" />
        <source>All staff</source>
        <translation>כל הצוות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="496" />
        <source>Cancelled.</source>
        <translation>בוטל.</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../desktop/views/app.py" line="241" />
        <source>Stopping WhatsApp and the receptionist…</source>
        <translation>עוצרים את WhatsApp ואת המענה האוטומטי…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/app.py" line="253" />
        <source>Restoring the backup…</source>
        <translation>משחזרים את הגיבוי…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="73" />
        <source>Back up now…</source>
        <translation>גיבוי עכשיו…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="75" />
        <source>Restore from backup…</source>
        <translation>שחזור מגיבוי…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="77" />
        <source>Back up every day (keeps a week)</source>
        <translation>גיבוי יומי (נשמר שבוע)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="93" />
        <source>Back up AI Admin's data</source>
        <translation>גיבוי הנתונים של AI Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="95" />
        <location filename="../../desktop/views/backup_menu.py" line="128" />
        <source>AI Admin backup (*.zip)</source>
        <translation>גיבוי AI Admin‏ (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="105" />
        <source>Backing up the data folder…</source>
        <translation>מגבים את תיקיית הנתונים…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="109" />
        <source>The backup is saved.</source>
        <translation>הגיבוי נשמר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="110" />
        <source>%1

It holds %2 (%3). Keep a copy away from this computer, on a USB stick or in the cloud: it holds the WhatsApp logins, so keep it private.</source>
        <translation>%1

בגיבוי: %2 (%3). שמרו עותק גם מחוץ למחשב הזה, בדיסק און קי או בענן. יש בו את ההתחברות ל-WhatsApp, אז אל תמסרו אותו לאף אחד.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="117" />
        <source>The backup was not made.</source>
        <translation>הגיבוי לא נוצר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="120" />
        <source>Backing up</source>
        <translation>גיבוי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="126" />
        <source>Restore from a backup</source>
        <translation>שחזור מגיבוי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="136" />
        <source>Checking the backup…</source>
        <translation>בודקים את הגיבוי…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="144" />
        <source>This backup cannot be restored.</source>
        <translation>אי אפשר לשחזר את הגיבוי הזה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="148" />
        <source>Checking the backup</source>
        <translation>בדיקת הגיבוי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="152" />
        <source>Restore from backup</source>
        <translation>שחזור מגיבוי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="153" />
        <source>Restore the backup made %1?</source>
        <translation>לשחזר את הגיבוי מ-%1?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="157" />
        <source>It holds %1.

AI Admin stops answering customers for a moment, moves everything now in its data folder into a new folder “%2” inside it (nothing is deleted), puts the backup in its place and starts again.

Conversations and bookings since the backup was made will not be shown; they stay in that folder.</source>
        <translation>בגיבוי: %1.

‏AI Admin יפסיק לענות ללקוחות לרגע, יעביר את כל מה שיש עכשיו בתיקיית הנתונים לתיקייה חדשה „%2” בתוכה (שום דבר לא נמחק), ישים את הגיבוי במקומו ויופעל מחדש.

שיחות ותורים מאז שהגיבוי נוצר לא יוצגו; הם נשארים באותה תיקייה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="165" />
        <source>Restore and restart</source>
        <translation>שחזור והפעלה מחדש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="184" />
        <source>The daily backups did not change.</source>
        <translation>הגדרת הגיבוי היומי לא השתנתה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="188" />
        <source>Switching the daily backups</source>
        <translation>שינוי הגיבוי היומי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="194" />
        <source>no companies yet</source>
        <translation>עדיין אין עסקים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="212" />
        <source>The backup was not restored.</source>
        <translation>הגיבוי לא שוחזר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="216" />
        <source>The backup made %1 is restored.</source>
        <translation>הגיבוי מ-%1 שוחזר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/backup_menu.py" line="219" />
        <source>The data from before it is in %1 (nothing was deleted; remove that folder yourself once you are sure). If a company's WhatsApp asks to be linked again, link it on its Connection page.</source>
        <translation>הנתונים הקודמים נמצאים ב-%1 (שום דבר לא נמחק; מחקו את התיקייה הזו בעצמכם כשתהיו בטוחים). אם ה-WhatsApp של עסק מבקש להתחבר שוב, חברו אותו בדף „חיבור” שלו.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop/views/charts.py" line="69" />
        <source>No messages in the last 24 hours</source>
        <translation>אין הודעות ב-24 השעות האחרונות</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="70" />
        <source>Move the booking</source>
        <translation>העברת תור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="70" />
        <source>New booking</source>
        <translation>תור חדש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="81" />
        <source>Same staff member</source>
        <translation>אותו איש צוות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="81" />
        <source>Anyone free</source>
        <translation>כל מי שפנוי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="86" />
        <source>Customer's phone</source>
        <translation>הטלפון של הלקוח</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="87" />
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="88" />
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="92" />
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="100" />
        <source>Day</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="101" />
        <source>Time</source>
        <translation>שעה</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="123" />
        <source>Your business</source>
        <translation>העסק שלך</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="124" />
        <source>Its name, and its profile: opening hours, services and prices. Everything can be changed later.</source>
        <translation>השם והפרופיל שלו: שעות פתיחה, שירותים ומחירים. אפשר לשנות הכול אחר כך.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="133" />
        <source>Name of the business</source>
        <translation>שם העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="135" />
        <source>e.g. Avi's Barbershop</source>
        <translation>לדוגמה: המספרה של אבי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="140" />
        <source>Business profile</source>
        <translation>פרופיל העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="141" />
        <source>Start from the demo barbershop's profile (%1 services; edit it later)</source>
        <translation>להתחיל מהפרופיל של המספרה לדוגמה (%1 שירותים; אפשר לערוך אחר כך)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="144" />
        <source>Import a profile file (JSON)</source>
        <translation>ייבוא קובץ פרופיל (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="155" />
        <source>No file chosen</source>
        <translation>לא נבחר קובץ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="156" />
        <source>Choose a file…</source>
        <translation>בחירת קובץ…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="183" />
        <source>Import a business profile</source>
        <translation>ייבוא פרופיל עסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="184" />
        <source>Business profile (*.json)</source>
        <translation>פרופיל עסק (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="198" />
        <source>This profile cannot be used: %1</source>
        <translation>אי אפשר להשתמש בפרופיל הזה: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="207" />
        <source>%1: %2 services, time zone %3.</source>
        <translation>%1: %2 שירותים, אזור זמן %3.</translation>
    </message>
</context>
<context>
    <name>CompanyDelegate</name>
    <message>
        <location filename="../../desktop/views/companies.py" line="48" />
        <source>Not answering</source>
        <translation>לא עונה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/companies.py" line="61" />
        <source>Demo</source>
        <translation>הדגמה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/companies.py" line="63" />
        <source>Archived</source>
        <translation>בארכיון</translation>
    </message>
</context>
<context>
    <name>CompanyPanel</name>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="183" />
        <source>Bridge process</source>
        <translation>תהליך הגשר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="183" />
        <source>Running for</source>
        <translation>פועל כבר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="184" />
        <source>Memory</source>
        <translation>זיכרון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="184" />
        <source>Bridge restarts</source>
        <translation>הפעלות מחדש של הגשר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="185" />
        <source>Reconnects</source>
        <translation>התחברויות מחדש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="185" />
        <source>Node.js</source>
        <translation>גרסת Node.js</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="186" />
        <source>Baileys</source>
        <translation>ספריית Baileys</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="186" />
        <source>Linked number</source>
        <translation>המספר המקושר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="201" />
        <source>AI provider:</source>
        <translation>ספק ה-AI:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="204" />
        <source>Check AI provider</source>
        <translation>בדיקת ספק ה-AI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="213" />
        <source>Recent connection changes</source>
        <translation>שינויים אחרונים בחיבור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="237" />
        <source>not running</source>
        <translation>לא פועל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="243" />
        <source>version %1</source>
        <translation>גרסה %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="261" />
        <source>ends in %1</source>
        <translation>מסתיים ב-%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="277" />
        <source>Built-in offline assistant</source>
        <translation>עוזר מובנה ללא אינטרנט</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="280" />
        <source>OpenAI, model %1</source>
        <translation>OpenAI, מודל %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="282" />
        <source>Server %1, model %2</source>
        <translation>שרת %1, מודל %2</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="154" />
        <source>Reply as staff — Enter sends, Shift+Enter starts a new line. The AI pauses while you answer.</source>
        <translation>תשובה מהצוות — Enter שולח, Shift+Enter מתחיל שורה חדשה. ה-AI מושהה בזמן שאתם עונים.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="237" />
        <source>How do you want to start?</source>
        <translation>איך רוצים להתחיל?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="238" />
        <source>You can add the other one later.</source>
        <translation>את האפשרות השנייה אפשר להוסיף אחר כך.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="240" />
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="243" />
        <source>Try with the simulator</source>
        <translation>לנסות עם הסימולטור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="245" />
        <source>Link my WhatsApp</source>
        <translation>לקשר את ה-WhatsApp שלי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="252" />
        <source>A pretend phone inside AI Admin: write as a customer and watch the receptionist answer and book. No phone needed, nothing is sent to WhatsApp.</source>
        <translation>טלפון מדומה בתוך AI Admin: כותבים כמו לקוח ורואים איך נציג ה-AI עונה וקובע תורים. לא צריך טלפון, ושום דבר לא נשלח ל-WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="255" />
        <source>The receptionist answers the shop's own WhatsApp number. Have the shop's phone at hand: the next step links it with a QR code.</source>
        <translation>נציג ה-AI עונה במספר ה-WhatsApp של העסק. כדאי להחזיק את הטלפון של העסק בהישג יד: בשלב הבא מקשרים אותו עם קוד QR.</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="68" />
        <source>Connect</source>
        <translation>התחברות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="69" />
        <source>New QR code</source>
        <translation>קוד QR חדש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="70" />
        <source>Disconnect</source>
        <translation>ניתוק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="71" />
        <source>Restart the bridge</source>
        <translation>הפעלה מחדש של הגשר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="72" />
        <source>Log out of WhatsApp…</source>
        <translation>ניתוק WhatsApp מהמחשב…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="77" />
        <source>Scan with the simulated phone</source>
        <translation>סריקה בטלפון המדומה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="82" />
        <source>Scan with the practice phone</source>
        <translation>סריקה בטלפון התרגול</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="90" />
        <source>Link the shop's phone</source>
        <translation>קישור הטלפון של העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="98" />
        <source>&lt;ol style='margin-left:0px; -qt-list-indent:1'&gt;&lt;li&gt;Open &lt;b&gt;WhatsApp&lt;/b&gt; on the shop's phone.&lt;/li&gt;&lt;li&gt;Go to &lt;b&gt;Settings → Linked devices → Link a device&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Point the phone at this code.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style='margin-left:0px; -qt-list-indent:1'&gt;&lt;li&gt;פותחים את &lt;b&gt;WhatsApp&lt;/b&gt; בטלפון של העסק.&lt;/li&gt;&lt;li&gt;עוברים אל &lt;b&gt;הגדרות ← מכשירים מקושרים ← קישור מכשיר&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;מכוונים את הטלפון לקוד הזה.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="106" />
        <source>This is the practice WhatsApp: no phone is needed. Press &lt;b&gt;Scan with the practice phone&lt;/b&gt; and the local server's phone scans this very code, as a real one would.</source>
        <translation>זהו WhatsApp לתרגול: אין צורך בטלפון. לחצו על &lt;b&gt;סריקה בטלפון התרגול&lt;/b&gt; והטלפון של השרת המקומי יסרוק את הקוד הזה בדיוק, כמו שטלפון אמיתי היה עושה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="114" />
        <source>Link with phone number instead</source>
        <translation>קישור באמצעות מספר טלפון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="124" />
        <source>Shop's phone number, e.g. +972 50 123 4567</source>
        <translation>מספר הטלפון של העסק, לדוגמה ‎+972 50 123 4567</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="125" />
        <source>Get a code</source>
        <translation>קבלת קוד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="144" />
        <source>On the phone: WhatsApp → Linked devices → Link a device → Link with phone number instead, then type this code.</source>
        <translation>בטלפון: WhatsApp ← מכשירים מקושרים ← קישור מכשיר ← קישור באמצעות מספר טלפון, ואז מקלידים את הקוד הזה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="157" />
        <source>Recent changes</source>
        <translation>שינויים אחרונים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="159" />
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="159" />
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="160" />
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="242" />
        <source>Link the shop's phone with the QR code below.</source>
        <translation>קשרו את הטלפון של העסק בעזרת קוד ה-QR שלמטה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="244" />
        <source>Type the code below on the shop's phone.</source>
        <translation>הקלידו את הקוד שלמטה בטלפון של העסק.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="248" />
        <source>You can try again after %1.</source>
        <translation>אפשר לנסות שוב אחרי %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="267" />
        <source>A new code appears in %n s</source>
        <translation>קוד חדש בעוד %n שנ׳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="268" />
        <source>Waiting for a new code…</source>
        <translation>ממתינים לקוד חדש…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="283" />
        <source>Working…</source>
        <translation>מבצע…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="287" />
        <source>Log out of WhatsApp?</source>
        <translation>להתנתק מ-WhatsApp?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="288" />
        <source>This unlinks this computer from the shop's WhatsApp (AI Admin keeps running). The bot stops answering until the phone is linked again.</source>
        <translation>המחשב הזה ינותק מה-WhatsApp של העסק (AI Admin ממשיך לפעול). הבוט מפסיק לענות עד שהטלפון יקושר שוב.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="292" />
        <source>Log out</source>
        <translation>התנתקות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="298" />
        <source>Logging out</source>
        <translation>התנתקות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="306" />
        <source>Scanning with the simulated phone</source>
        <translation>סריקה בטלפון המדומה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="319" />
        <source>Scanning…</source>
        <translation>סורק…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="319" />
        <source>Scanning with the practice phone</source>
        <translation>סריקה בטלפון התרגול</translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="334" />
        <source>Asking…</source>
        <translation>שולח בקשה…</translation>
    </message>
</context>
<context>
    <name>ConnectionReasons</name>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="82" />
        <source>{variable} points to {path}, which is not an executable: fix or unset it.</source>
        <translation>{variable} מצביע על {path}, שאינו קובץ הפעלה: תקנו את המשתנה או הסירו אותו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="84" />
        <source>The Node.js runtime shipped with AI Admin is missing: reinstall AI Admin (or set {variable} to a Node.js 20+ executable).</source>
        <translation>סביבת Node.js שמגיעה עם AI Admin חסרה: התקינו מחדש את AI Admin (או הגדירו ב-{variable} קובץ הפעלה של Node.js 20 ומעלה).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="87" />
        <source>Node.js was not found: install Node.js 20 or newer from https://nodejs.org and restart AI Admin.</source>
        <translation>Node.js לא נמצא: התקינו Node.js 20 ומעלה מ-https://nodejs.org והפעילו מחדש את AI Admin.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="90" />
        <source>Node.js at {node} could not be run ({error}): reinstall Node.js 20 or newer.</source>
        <translation>לא ניתן היה להפעיל את Node.js מ-{node} ({error}): התקינו מחדש Node.js 20 ומעלה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="93" />
        <source>{node} did not report a Node.js version: reinstall Node.js 20 or newer.</source>
        <translation>{node} לא דיווח על גרסת Node.js: התקינו מחדש Node.js 20 ומעלה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="95" />
        <source>Node.js {version} is too old: install Node.js {minimum} or newer from https://nodejs.org.</source>
        <translation>Node.js {version} ישן מדי: התקינו Node.js {minimum} ומעלה מ-https://nodejs.org.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="98" />
        <source>The bridge script {script} is missing: reinstall AI Admin.</source>
        <translation>סקריפט הגשר {script} חסר: התקינו מחדש את AI Admin.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="100" />
        <source>The bridge's Node packages are not installed in {folder}: run `npm ci` there (or `make install`).</source>
        <translation>חבילות ה-Node של הגשר אינן מותקנות ב-{folder}: הריצו שם `npm ci` (או `make install`).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="103" />
        <source>The bridge cannot run: {error}</source>
        <translation>הגשר לא יכול לפעול: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="105" />
        <source>The bridge stopped as asked.</source>
        <translation>הגשר נעצר כפי שהתבקש.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="107" />
        <source>The bridge was killed ({signal}).</source>
        <translation>תהליך הגשר הופסק בכוח ({signal}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="109" />
        <source>The bridge exited without being asked to.</source>
        <translation>הגשר נסגר בלי שהתבקש.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="111" />
        <source>The bridge ended in an unknown way.</source>
        <translation>הגשר הפסיק לפעול מסיבה לא ידועה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="113" />
        <source>The bridge crashed (exit code {exit_code}).</source>
        <translation>הגשר קרס (קוד יציאה {exit_code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="115" />
        <source>{why} Last message: {line}</source>
        <translation>{why} הודעה אחרונה: {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="117" />
        <source>The bridge could not be started: {error}</source>
        <translation>לא ניתן היה להפעיל את הגשר: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="119" />
        <source>The bridge was never started.</source>
        <translation>הגשר לא הופעל מעולם.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="121" />
        <source>The bridge did not report that it was ready within {seconds} s.</source>
        <translation>הגשר לא דיווח שהוא מוכן בתוך {seconds} שניות.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="123" />
        <source>The WhatsApp bridge speaks protocol version {theirs}, but this app speaks version {ours}: reinstall AI Admin so both parts match.</source>
        <translation>גשר WhatsApp מדבר בפרוטוקול גרסה {theirs}, אבל האפליקציה מדברת בגרסה {ours}: התקינו מחדש את AI Admin כדי ששני החלקים יתאימו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="126" />
        <source>Starting the WhatsApp bridge.</source>
        <translation>מפעיל את גשר WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="128" />
        <source>The bridge is running; WhatsApp is not connected.</source>
        <translation>הגשר פועל; WhatsApp לא מחובר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="130" />
        <source>The session folder {folder} cannot be used ({error}): check the data folder.</source>
        <translation>אי אפשר להשתמש בתיקיית החיבור {folder} ({error}): בדקו את תיקיית הנתונים.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="133" />
        <source>{why} Trying again at {at}.</source>
        <translation>{why} ניסיון חוזר ב-{at}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="135" />
        <source>{why} Restarting the bridge at {at}.</source>
        <translation>{why} הפעלה מחדש של הגשר ב-{at}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="137" />
        <source>The bridge uses {mb} MB, more than the {limit} MB allowed.</source>
        <translation>הגשר משתמש ב-{mb} מ״ב, יותר מ-{limit} מ״ב המותרים.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="139" />
        <source>The bridge did not answer within {seconds} s; it is hung.</source>
        <translation>הגשר לא ענה תוך {seconds} שניות; הוא תקוע.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="141" />
        <source>Restart requested.</source>
        <translation>התבקשה הפעלה מחדש.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="144" />
        <source>No internet connection.</source>
        <translation>אין חיבור לאינטרנט.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="146" />
        <source>The QR code expired before the phone scanned it.</source>
        <translation>תוקף קוד ה-QR פג לפני שהטלפון סרק אותו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="148" />
        <source>This computer was unlinked from WhatsApp (logged out on the phone, or the link expired).</source>
        <translation>המחשב הזה נותק מ-WhatsApp (בוצעה התנתקות בטלפון, או שתוקף הקישור פג).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="151" />
        <source>WhatsApp refused this number (it may be banned or restricted).</source>
        <translation>WhatsApp דחה את המספר הזה (ייתכן שהוא חסום או מוגבל).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="153" />
        <source>The connection to WhatsApp timed out.</source>
        <translation>תם הזמן להתחברות ל-WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="155" />
        <source>WhatsApp says the saved login does not match the phone's linked devices.</source>
        <translation>לפי WhatsApp, ההתחברות השמורה לא תואמת את המכשירים המקושרים של הטלפון.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="157" />
        <source>The connection to WhatsApp was closed.</source>
        <translation>החיבור ל-WhatsApp נסגר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="159" />
        <source>Another computer or program opened this WhatsApp session and took it over.</source>
        <translation>מחשב או תוכנה אחרים פתחו את חיבור ה-WhatsApp הזה והשתלטו עליו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="162" />
        <source>WhatsApp could not use the saved session.</source>
        <translation>WhatsApp לא הצליח להשתמש בחיבור השמור.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="164" />
        <source>WhatsApp is unavailable right now.</source>
        <translation>WhatsApp לא זמין כרגע.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="166" />
        <source>WhatsApp asked for a restart (normal right after linking).</source>
        <translation>WhatsApp ביקש הפעלה מחדש (זה רגיל מיד אחרי קישור).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="168" />
        <source>The connection to WhatsApp was lost.</source>
        <translation>החיבור ל-WhatsApp אבד.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="170" />
        <source>The connection to WhatsApp closed with code {code}.</source>
        <translation>החיבור ל-WhatsApp נסגר עם קוד {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="173" />
        <source>Trying again by itself until WhatsApp can be reached.</source>
        <translation>האפליקציה מנסה שוב בעצמה עד ש-WhatsApp יהיה זמין.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="175" />
        <source>Press “New QR” when the phone is at hand.</source>
        <translation>לחצו על "קוד QR חדש" כשהטלפון בהישג יד.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="177" />
        <source>The saved login was deleted; link the phone again.</source>
        <translation>ההתחברות השמורה נמחקה; יש לקשר את הטלפון שוב.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="179" />
        <source>Nothing will be retried; check the WhatsApp app on the phone before linking again.</source>
        <translation>לא יהיו ניסיונות נוספים; בדקו את אפליקציית WhatsApp בטלפון לפני שמקשרים שוב.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="182" />
        <source>Reconnecting after a short pause.</source>
        <translation>מתחבר מחדש אחרי הפסקה קצרה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="184" />
        <source>It stays disconnected here, so that the two do not fight over it; press “Connect” to take it back.</source>
        <translation>כאן החיבור נשאר מנותק, כדי ששניהם לא יתחרו עליו; לחצו „התחברות” כדי להחזיר אותו לכאן.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="187" />
        <source>Reconnecting after a pause; if this keeps happening, log out and link again.</source>
        <translation>מתחבר מחדש אחרי הפסקה; אם זה חוזר על עצמו, התנתקו וקשרו שוב.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="190" />
        <source>Reconnecting after a pause.</source>
        <translation>מתחבר מחדש אחרי הפסקה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="192" />
        <source>Reconnecting now.</source>
        <translation>מתחבר מחדש עכשיו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="194" />
        <source>{meaning} {next_step}</source>
        <translation>{meaning} {next_step}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="197" />
        <source>Enter the shop's WhatsApp phone number with its country code.</source>
        <translation>הזינו את מספר ה-WhatsApp של העסק עם קידומת המדינה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="199" />
        <source>{phone} is not a phone number: write it with the country code, like +972 50 123 4567.</source>
        <translation>{phone} אינו מספר טלפון: כתבו אותו עם קידומת המדינה, למשל +972 50 123 4567.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="202" />
        <source>{phone} is not a valid phone number: check the country code and the digits.</source>
        <translation>{phone} אינו מספר טלפון תקין: בדקו את קידומת המדינה ואת הספרות.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="205" />
        <source>Opening the WhatsApp connection.</source>
        <translation>פותח את החיבור ל-WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="207" />
        <source>A QR code is on screen.</source>
        <translation>קוד QR מוצג על המסך.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="209" />
        <source>Pairing code {code}.</source>
        <translation>קוד קישור {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="211" />
        <source>Linked as {me}.</source>
        <translation>מקושר בתור {me}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="213" />
        <source>{count} QR codes were shown in the last {minutes} minutes. Linking is paused until {until} so WhatsApp does not block the number.</source>
        <translation>ב-{minutes} הדקות האחרונות הוצגו {count} קודי QR. הקישור מושהה עד {until} כדי ש-WhatsApp לא יחסום את המספר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="216" />
        <source>The linking pause is over: press Connect to link.</source>
        <translation>ההשהיה של הקישור הסתיימה: לחצו על "התחברות" כדי לקשר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="218" />
        <source>{why} Next try at {at}.</source>
        <translation>{why} הניסיון הבא ב-{at}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="220" />
        <source>{why} This keeps happening: logging out and linking again may help.</source>
        <translation>{why} זה חוזר על עצמו: יציאה וקישור מחדש עשויים לעזור.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="222" />
        <source>Disconnected; the saved login is kept.</source>
        <translation>מנותק; ההתחברות השמורה נשארת.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="224" />
        <source>You unlinked this computer; the saved login was deleted.</source>
        <translation>ניתקתם את המחשב הזה; ההתחברות השמורה נמחקה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="226" />
        <source>The app closed the WhatsApp bridge.</source>
        <translation>התוכנה סגרה את גשר WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="228" />
        <source>The session is shutting down.</source>
        <translation>החיבור נסגר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="230" />
        <source>The WhatsApp bridge is not running for this company.</source>
        <translation>גשר WhatsApp אינו פועל עבור העסק הזה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="232" />
        <source>A pairing code can be asked for only while a QR code is showing: press Connect first.</source>
        <translation>אפשר לבקש קוד קישור רק בזמן שמוצג קוד QR: לחצו קודם על "התחברות".</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="236" />
        <source>WhatsApp is not connected for this company; the message was not sent.</source>
        <translation>WhatsApp אינו מחובר עבור העסק הזה; ההודעה לא נשלחה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="238" />
        <source>WhatsApp is not connected for this company ({why}); the message was not sent.</source>
        <translation>WhatsApp אינו מחובר עבור העסק הזה ({why}); ההודעה לא נשלחה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="241" />
        <source>WhatsApp did not accept the message within {seconds} s; it was not confirmed as sent.</source>
        <translation>WhatsApp לא קיבל את ההודעה בתוך {seconds} שניות; השליחה לא אושרה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="244" />
        <source>WhatsApp disconnected before the message was sent ({error}).</source>
        <translation>WhatsApp התנתק לפני שההודעה נשלחה ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="246" />
        <source>The message was not sent: {error}.</source>
        <translation>ההודעה לא נשלחה: {error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="248" />
        <source>WhatsApp refused the message for good: {error}</source>
        <translation>WhatsApp דחה את ההודעה לצמיתות: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="250" />
        <source>WhatsApp refused the message: {error}</source>
        <translation>WhatsApp דחה את ההודעה: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="252" />
        <source>The WhatsApp bridge did not answer within {seconds} s; the message was not confirmed as sent.</source>
        <translation>גשר WhatsApp לא ענה בתוך {seconds} שניות; שליחת ההודעה לא אושרה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="255" />
        <source>The WhatsApp bridge stopped while sending; the message was not confirmed as sent.</source>
        <translation>גשר WhatsApp נעצר בזמן השליחה; שליחת ההודעה לא אושרה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="258" />
        <source>The WhatsApp bridge stopped answering while sending and was restarted; the message may have gone out and is sent again with the same id.</source>
        <translation>גשר WhatsApp הפסיק לענות בזמן השליחה והופעל מחדש; ייתכן שההודעה כבר יצאה, והיא נשלחת שוב עם אותו מזהה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="262" />
        <source>WhatsApp refused this message: the contact must be messaged in their own chat (error 463). Answer them after their next message.</source>
        <translation>WhatsApp דחה את ההודעה: יש לכתוב ללקוח בצ'אט שלו (שגיאה 463). ענו לו אחרי ההודעה הבאה שלו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="265" />
        <source>WhatsApp refused this message (error {status}): {why}</source>
        <translation>WhatsApp דחה את ההודעה (שגיאה {status}): {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="267" />
        <source>WhatsApp refused this message (error {status}).</source>
        <translation>WhatsApp דחה את ההודעה (שגיאה {status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="269" />
        <source>WhatsApp refused this message: {why}</source>
        <translation>WhatsApp דחה את ההודעה: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="271" />
        <source>WhatsApp refused this message.</source>
        <translation>WhatsApp דחה את ההודעה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="273" />
        <source>internal error; see the log</source>
        <translation>שגיאה פנימית; ראו את היומן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="275" />
        <source>cancelled by staff</source>
        <translation>בוטל על ידי הצוות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="277" />
        <source>This message already reached WhatsApp; it is not sent again.</source>
        <translation>ההודעה הזאת כבר הגיעה ל-WhatsApp; היא לא תישלח שוב.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="280" />
        <source>the database cannot be written: it is locked by another program</source>
        <translation>לא ניתן לכתוב למסד הנתונים: תוכנה אחרת נועלת אותו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="282" />
        <source>the database cannot be written: the disk is full</source>
        <translation>לא ניתן לכתוב למסד הנתונים: הדיסק מלא</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="284" />
        <source>the database cannot be written: the file is read-only</source>
        <translation>לא ניתן לכתוב למסד הנתונים: הקובץ לקריאה בלבד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="286" />
        <source>the database is damaged; run `ai-admin doctor`</source>
        <translation>מסד הנתונים פגום; הפעילו `ai-admin doctor`</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="288" />
        <source>the database failed: {detail}</source>
        <translation>תקלה במסד הנתונים: {detail}</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="372" />
        <source>The AI answers this customer. Click to switch it off.</source>
        <translation>ה-AI עונה ללקוח הזה. לחיצה תכבה אותו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="376" />
        <source>The AI is paused until %1. Click to hand back to the AI now.</source>
        <translation>ה-AI מושהה עד %1. לחיצה תחזיר את השיחה ל-AI כבר עכשיו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="381" />
        <source>The AI is off for this customer. Click to switch it on.</source>
        <translation>ה-AI כבוי ללקוח הזה. לחיצה תפעיל אותו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="385" />
        <source>Needs a human: %1</source>
        <translation>צריך מענה אנושי: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="389" />
        <source>A message to this customer was not sent: open the conversation to send it again.</source>
        <translation>הודעה ללקוח הזה לא נשלחה: פתחו את השיחה כדי לשלוח אותה שוב.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="394" />
        <source>The customer wrote last and nobody has answered yet.</source>
        <translation>הלקוח כתב אחרון ואף אחד עדיין לא ענה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="408" />
        <source>Needs a human</source>
        <translation>צריך מענה אנושי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="409" />
        <source>Unanswered</source>
        <translation>ללא מענה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="411" />
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="412" />
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="413" />
        <source>Staff (phone)</source>
        <translation>צוות (טלפון)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="420" />
        <source>Waiting to send</source>
        <translation>ממתינה לשליחה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="421" />
        <source>Sending</source>
        <translation>נשלחת</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="422" />
        <source>Sent</source>
        <translation>נשלחה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="423" />
        <source>Delivered</source>
        <translation>נמסרה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="424" />
        <source>Read</source>
        <translation>נקראה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="410" />
        <location filename="../../desktop/views/conversations/delegates.py" line="425" />
        <source>Not sent</source>
        <translation>לא נשלחה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="426" />
        <source>Cancelled</source>
        <translation>בוטלה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/delegates.py" line="427" />
        <source>Not sent — Retry</source>
        <translation>לא נשלחה — לנסות שוב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="59" />
        <source>🎤 Voice message</source>
        <translation>🎤 הודעה קולית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="60" />
        <source>📷 Photo</source>
        <translation>📷 תמונה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="61" />
        <source>🎥 Video</source>
        <translation>🎥 סרטון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="62" />
        <source>🙂 Sticker</source>
        <translation>🙂 מדבקה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="63" />
        <source>📄 Document</source>
        <translation>📄 מסמך</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="64" />
        <source>📍 Location</source>
        <translation>📍 מיקום</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="65" />
        <source>👤 Contact card</source>
        <translation>👤 איש קשר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="66" />
        <source>❔ A message AI Admin cannot show</source>
        <translation>❔ הודעה ש-AI Admin לא יכול להציג</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="68" />
        <source>🔒 A message could not be read</source>
        <translation>🔒 לא ניתן היה לקרוא הודעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="72" />
        <source>⚠ WhatsApp refused this message: the contact must be messaged in their own chat.</source>
        <translation>⚠ WhatsApp דחה את ההודעה הזו: יש לכתוב לאיש הקשר בצ'אט שלו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="74" />
        <source>⚠ WhatsApp refused this message.</source>
        <translation>⚠ WhatsApp דחה את ההודעה הזו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/models.py" line="108" />
        <source>Reacted %1</source>
        <translation>תגובה: %1</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="63" />
        <source>No conversations yet. When customers write on WhatsApp, they appear here.</source>
        <translation>עדיין אין שיחות. כשלקוחות יכתבו ב-WhatsApp, השיחות יופיעו כאן.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="65" />
        <source>No conversations match.</source>
        <translation>אין שיחות מתאימות.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="66" />
        <source>Choose a conversation to read it here.</source>
        <translation>בחרו שיחה כדי לקרוא אותה כאן.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="244" />
        <source>Search name, phone or message</source>
        <translation>חיפוש לפי שם, טלפון או הודעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="70" />
        <source>All</source>
        <translation>הכול</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="71" />
        <source>Every conversation</source>
        <translation>כל השיחות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="72" />
        <source>Unanswered</source>
        <translation>ללא מענה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="73" />
        <source>The customer wrote last and nobody answered yet</source>
        <translation>הלקוח כתב אחרון ועדיין לא קיבל מענה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="74" />
        <source>Needs a human</source>
        <translation>צריך מענה אנושי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="75" />
        <source>Conversations the AI handed to a person</source>
        <translation>שיחות שה-AI העביר לאדם</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="76" />
        <source>Failed send</source>
        <translation>שליחה נכשלה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="77" />
        <source>A message to the customer was not sent</source>
        <translation>הודעה ללקוח לא נשלחה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="78" />
        <location filename="../../desktop/views/conversations/page.py" line="688" />
        <source>AI paused</source>
        <translation>ה-AI מושהה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="79" />
        <source>AI paused or switched off</source>
        <translation>ה-AI מושהה או כבוי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="291" />
        <source>Beep when a person is needed</source>
        <translation>צפצוף כשצריך אדם</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="293" />
        <source>Play a short sound when a conversation newly needs a human</source>
        <translation>להשמיע צליל קצר כששיחה צריכה נציג אנושי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="326" />
        <source>Take over</source>
        <translation>אני אענה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="328" />
        <source>Pause the AI in this conversation and answer yourself</source>
        <translation>להשהות את ה-AI בשיחה הזאת ולענות בעצמי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="345" />
        <source>Hand back to AI</source>
        <translation>החזרה ל-AI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="371" />
        <source>Send</source>
        <translation>שליחה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="478" />
        <source>Sending…</source>
        <translation>שולח…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="479" />
        <source>Sending the message</source>
        <translation>שליחת ההודעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="485" />
        <source>Taking over the conversation</source>
        <translation>העברת השיחה אליך</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="491" />
        <source>Handing the conversation back to the AI</source>
        <translation>החזרת השיחה ל-AI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="499" />
        <source>The AI switch did not change.</source>
        <translation>לא הצלחנו להחליף את מצב ה-AI.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="502" />
        <source>Switching the AI</source>
        <translation>החלפת מצב ה-AI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="511" />
        <source>Sending the message again</source>
        <translation>שליחה חוזרת של ההודעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="516" />
        <source>Marking the conversation as read</source>
        <translation>סימון השיחה כנקראה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="634" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="656" />
        <source>Saving the sound setting</source>
        <translation>שמירת הגדרת הצליל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="687" />
        <source>AI answering</source>
        <translation>ה-AI עונה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="689" />
        <source>AI off</source>
        <translation>ה-AI כבוי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="694" />
        <source>AI is paused until %1 — you are answering this customer</source>
        <translation>ה-AI מושהה עד %1 — אתם עונים ללקוח הזה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="700" />
        <source>AI is off for this conversation — you are answering this customer</source>
        <translation>ה-AI כבוי בשיחה הזאת — אתם עונים ללקוח הזה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="705" />
        <source>Needs a human — %1</source>
        <translation>צריך מענה אנושי — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conversations/page.py" line="706" />
        <source>the AI asked for a person</source>
        <translation>ה-AI ביקש שאדם ימשיך</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../desktop/views/countries.py" line="13" />
        <source>Andorra</source>
        <translation>אנדורה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="14" />
        <source>United Arab Emirates</source>
        <translation>איחוד האמירויות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="15" />
        <source>Afghanistan</source>
        <translation>אפגניסטן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="16" />
        <source>Antigua and Barbuda</source>
        <translation>אנטיגואה וברבודה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="17" />
        <source>Anguilla</source>
        <translation>אנגווילה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="18" />
        <source>Albania</source>
        <translation>אלבניה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="19" />
        <source>Armenia</source>
        <translation>ארמניה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="20" />
        <source>Angola</source>
        <translation>אנגולה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="21" />
        <source>Antarctica</source>
        <translation>אנטרקטיקה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="22" />
        <source>Argentina</source>
        <translation>ארגנטינה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="23" />
        <source>American Samoa</source>
        <translation>סמואה האמריקנית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="24" />
        <source>Austria</source>
        <translation>אוסטריה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="25" />
        <source>Australia</source>
        <translation>אוסטרליה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="26" />
        <source>Aruba</source>
        <translation>ארובה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="27" />
        <source>Åland Islands</source>
        <translation>איי אולנד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="28" />
        <source>Azerbaijan</source>
        <translation>אזרבייג׳ן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="29" />
        <source>Bosnia and Herzegovina</source>
        <translation>בוסניה והרצגובינה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="30" />
        <source>Barbados</source>
        <translation>ברבדוס</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="31" />
        <source>Bangladesh</source>
        <translation>בנגלדש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="32" />
        <source>Belgium</source>
        <translation>בלגיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="33" />
        <source>Burkina Faso</source>
        <translation>בורקינה פאסו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="34" />
        <source>Bulgaria</source>
        <translation>בולגריה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="35" />
        <source>Bahrain</source>
        <translation>בחריין</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="36" />
        <source>Burundi</source>
        <translation>בורונדי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="37" />
        <source>Benin</source>
        <translation>בנין</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="38" />
        <source>Saint Barthélemy</source>
        <translation>סן ברתלמי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="39" />
        <source>Bermuda</source>
        <translation>ברמודה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="40" />
        <source>Brunei</source>
        <translation>ברוניי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="41" />
        <source>Bolivia</source>
        <translation>בוליביה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="42" />
        <source>Caribbean Netherlands</source>
        <translation>האיים הקריביים ההולנדיים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="43" />
        <source>Brazil</source>
        <translation>ברזיל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="44" />
        <source>Bahamas</source>
        <translation>איי בהאמה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="45" />
        <source>Bhutan</source>
        <translation>בהוטן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="46" />
        <source>Bouvet Island</source>
        <translation>האי בובה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="47" />
        <source>Botswana</source>
        <translation>בוטסואנה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="48" />
        <source>Belarus</source>
        <translation>בלארוס</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="49" />
        <source>Belize</source>
        <translation>בליז</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="50" />
        <source>Canada</source>
        <translation>קנדה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="51" />
        <source>Cocos (Keeling) Islands</source>
        <translation>איי קוקוס (קילינג)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="52" />
        <source>Congo (Kinshasa)</source>
        <translation>קונגו (קינשסה)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="53" />
        <source>Central African Republic</source>
        <translation>הרפובליקה המרכז-אפריקאית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="54" />
        <source>Congo (Brazzaville)</source>
        <translation>קונגו (ברזוויל)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="55" />
        <source>Switzerland</source>
        <translation>שווייץ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="56" />
        <source>Côte d’Ivoire</source>
        <translation>חוף השנהב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="57" />
        <source>Cook Islands</source>
        <translation>איי קוק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="58" />
        <source>Chile</source>
        <translation>צ׳ילה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="59" />
        <source>Cameroon</source>
        <translation>קמרון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="60" />
        <source>China</source>
        <translation>סין</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="61" />
        <source>Colombia</source>
        <translation>קולומביה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="62" />
        <source>Costa Rica</source>
        <translation>קוסטה ריקה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="63" />
        <source>Cuba</source>
        <translation>קובה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="64" />
        <source>Cape Verde</source>
        <translation>כף ורדה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="65" />
        <source>Curaçao</source>
        <translation>קוראסאו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="66" />
        <source>Christmas Island</source>
        <translation>אי חג המולד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="67" />
        <source>Cyprus</source>
        <translation>קפריסין</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="68" />
        <source>Czechia</source>
        <translation>צ׳כיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="69" />
        <source>Germany</source>
        <translation>גרמניה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="70" />
        <source>Djibouti</source>
        <translation>ג׳יבוטי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="71" />
        <source>Denmark</source>
        <translation>דנמרק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="72" />
        <source>Dominica</source>
        <translation>דומיניקה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="73" />
        <source>Dominican Republic</source>
        <translation>הרפובליקה הדומיניקנית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="74" />
        <source>Algeria</source>
        <translation>אלג׳יריה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="75" />
        <source>Ecuador</source>
        <translation>אקוודור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="76" />
        <source>Estonia</source>
        <translation>אסטוניה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="77" />
        <source>Egypt</source>
        <translation>מצרים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="78" />
        <source>Western Sahara</source>
        <translation>סהרה המערבית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="79" />
        <source>Eritrea</source>
        <translation>אריתריאה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="80" />
        <source>Spain</source>
        <translation>ספרד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="81" />
        <source>Ethiopia</source>
        <translation>אתיופיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="82" />
        <source>Finland</source>
        <translation>פינלנד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="83" />
        <source>Fiji</source>
        <translation>פיג׳י</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="84" />
        <source>Falkland Islands</source>
        <translation>איי פוקלנד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="85" />
        <source>Micronesia</source>
        <translation>מיקרונזיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="86" />
        <source>Faroe Islands</source>
        <translation>איי פארו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="87" />
        <source>France</source>
        <translation>צרפת</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="88" />
        <source>Gabon</source>
        <translation>גבון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="89" />
        <source>United Kingdom</source>
        <translation>בריטניה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="90" />
        <source>Grenada</source>
        <translation>גרנדה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="91" />
        <source>Georgia</source>
        <translation>גאורגיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="92" />
        <source>French Guiana</source>
        <translation>גיאנה הצרפתית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="93" />
        <source>Guernsey</source>
        <translation>גרנזי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="94" />
        <source>Ghana</source>
        <translation>גאנה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="95" />
        <source>Gibraltar</source>
        <translation>גיברלטר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="96" />
        <source>Greenland</source>
        <translation>גרינלנד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="97" />
        <source>Gambia</source>
        <translation>גמביה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="98" />
        <source>Guinea</source>
        <translation>גינאה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="99" />
        <source>Guadeloupe</source>
        <translation>גוואדלופ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="100" />
        <source>Equatorial Guinea</source>
        <translation>גינאה המשוונית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="101" />
        <source>Greece</source>
        <translation>יוון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="102" />
        <source>South Georgia and South Sandwich Islands</source>
        <translation>ג׳ורג׳יה הדרומית ואיי סנדוויץ׳ הדרומיים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="103" />
        <source>Guatemala</source>
        <translation>גואטמלה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="104" />
        <source>Guam</source>
        <translation>גואם</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="105" />
        <source>Guinea-Bissau</source>
        <translation>גינאה-ביסאו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="106" />
        <source>Guyana</source>
        <translation>גיאנה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="107" />
        <source>Hong Kong</source>
        <translation>הונג קונג</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="108" />
        <source>Heard and McDonald Islands</source>
        <translation>איי הרד ומקדונלד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="109" />
        <source>Honduras</source>
        <translation>הונדורס</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="110" />
        <source>Croatia</source>
        <translation>קרואטיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="111" />
        <source>Haiti</source>
        <translation>האיטי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="112" />
        <source>Hungary</source>
        <translation>הונגריה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="113" />
        <source>Indonesia</source>
        <translation>אינדונזיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="114" />
        <source>Ireland</source>
        <translation>אירלנד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="115" />
        <source>Israel</source>
        <translation>ישראל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="116" />
        <source>Isle of Man</source>
        <translation>האי מאן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="117" />
        <source>India</source>
        <translation>הודו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="118" />
        <source>British Indian Ocean Territory</source>
        <translation>הטריטוריה הבריטית באוקיינוס ההודי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="119" />
        <source>Iraq</source>
        <translation>עיראק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="120" />
        <source>Iran</source>
        <translation>איראן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="121" />
        <source>Iceland</source>
        <translation>איסלנד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="122" />
        <source>Italy</source>
        <translation>איטליה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="123" />
        <source>Jersey</source>
        <translation>ג׳רזי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="124" />
        <source>Jamaica</source>
        <translation>ג׳מייקה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="125" />
        <source>Jordan</source>
        <translation>ירדן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="126" />
        <source>Japan</source>
        <translation>יפן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="127" />
        <source>Kenya</source>
        <translation>קניה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="128" />
        <source>Kyrgyzstan</source>
        <translation>קירגיזסטן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="129" />
        <source>Cambodia</source>
        <translation>קמבודיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="130" />
        <source>Kiribati</source>
        <translation>קיריבטי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="131" />
        <source>Comoros</source>
        <translation>קומורו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="132" />
        <source>Saint Kitts and Nevis</source>
        <translation>סנט קיטס ונוויס</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="133" />
        <source>North Korea</source>
        <translation>קוריאה הצפונית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="134" />
        <source>South Korea</source>
        <translation>קוריאה הדרומית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="135" />
        <source>Kuwait</source>
        <translation>כווית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="136" />
        <source>Cayman Islands</source>
        <translation>איי קיימן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="137" />
        <source>Kazakhstan</source>
        <translation>קזחסטן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="138" />
        <source>Laos</source>
        <translation>לאוס</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="139" />
        <source>Lebanon</source>
        <translation>לבנון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="140" />
        <source>Saint Lucia</source>
        <translation>סנט לוסיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="141" />
        <source>Liechtenstein</source>
        <translation>ליכטנשטיין</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="142" />
        <source>Sri Lanka</source>
        <translation>סרי לנקה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="143" />
        <source>Liberia</source>
        <translation>ליבריה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="144" />
        <source>Lesotho</source>
        <translation>לסוטו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="145" />
        <source>Lithuania</source>
        <translation>ליטא</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="146" />
        <source>Luxembourg</source>
        <translation>לוקסמבורג</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="147" />
        <source>Latvia</source>
        <translation>לטביה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="148" />
        <source>Libya</source>
        <translation>לוב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="149" />
        <source>Morocco</source>
        <translation>מרוקו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="150" />
        <source>Monaco</source>
        <translation>מונקו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="151" />
        <source>Moldova</source>
        <translation>מולדובה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="152" />
        <source>Montenegro</source>
        <translation>מונטנגרו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="153" />
        <source>Saint Martin</source>
        <translation>סן מרטן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="154" />
        <source>Madagascar</source>
        <translation>מדגסקר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="155" />
        <source>Marshall Islands</source>
        <translation>איי מרשל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="156" />
        <source>North Macedonia</source>
        <translation>מקדוניה הצפונית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="157" />
        <source>Mali</source>
        <translation>מאלי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="158" />
        <source>Myanmar</source>
        <translation>מיאנמר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="159" />
        <source>Mongolia</source>
        <translation>מונגוליה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="160" />
        <source>Macao</source>
        <translation>מקאו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="161" />
        <source>Northern Mariana Islands</source>
        <translation>איי מריאנה הצפוניים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="162" />
        <source>Martinique</source>
        <translation>מרטיניק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="163" />
        <source>Mauritania</source>
        <translation>מאוריטניה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="164" />
        <source>Montserrat</source>
        <translation>מונטסראט</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="165" />
        <source>Malta</source>
        <translation>מלטה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="166" />
        <source>Mauritius</source>
        <translation>מאוריציוס</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="167" />
        <source>Maldives</source>
        <translation>האיים המלדיביים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="168" />
        <source>Malawi</source>
        <translation>מלאווי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="169" />
        <source>Mexico</source>
        <translation>מקסיקו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="170" />
        <source>Malaysia</source>
        <translation>מלזיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="171" />
        <source>Mozambique</source>
        <translation>מוזמביק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="172" />
        <source>Namibia</source>
        <translation>נמיביה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="173" />
        <source>New Caledonia</source>
        <translation>קלדוניה החדשה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="174" />
        <source>Niger</source>
        <translation>ניז׳ר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="175" />
        <source>Norfolk Island</source>
        <translation>האי נורפוק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="176" />
        <source>Nigeria</source>
        <translation>ניגריה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="177" />
        <source>Nicaragua</source>
        <translation>ניקרגואה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="178" />
        <source>Netherlands</source>
        <translation>הולנד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="179" />
        <source>Norway</source>
        <translation>נורווגיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="180" />
        <source>Nepal</source>
        <translation>נפאל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="181" />
        <source>Nauru</source>
        <translation>נאורו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="182" />
        <source>Niue</source>
        <translation>ניואה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="183" />
        <source>New Zealand</source>
        <translation>ניו זילנד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="184" />
        <source>Oman</source>
        <translation>עומאן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="185" />
        <source>Panama</source>
        <translation>פנמה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="186" />
        <source>Peru</source>
        <translation>פרו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="187" />
        <source>French Polynesia</source>
        <translation>פולינזיה הצרפתית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="188" />
        <source>Papua New Guinea</source>
        <translation>פפואה גינאה החדשה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="189" />
        <source>Philippines</source>
        <translation>הפיליפינים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="190" />
        <source>Pakistan</source>
        <translation>פקיסטן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="191" />
        <source>Poland</source>
        <translation>פולין</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="192" />
        <source>Saint Pierre and Miquelon</source>
        <translation>סן פייר ומיקלון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="193" />
        <source>Pitcairn Islands</source>
        <translation>איי פיטקרן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="194" />
        <source>Puerto Rico</source>
        <translation>פוארטו ריקו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="195" />
        <source>Palestinian Territories</source>
        <translation>השטחים הפלסטיניים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="196" />
        <source>Portugal</source>
        <translation>פורטוגל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="197" />
        <source>Palau</source>
        <translation>פלאו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="198" />
        <source>Paraguay</source>
        <translation>פרגוואי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="199" />
        <source>Qatar</source>
        <translation>קטאר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="200" />
        <source>Réunion</source>
        <translation>ראוניון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="201" />
        <source>Romania</source>
        <translation>רומניה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="202" />
        <source>Serbia</source>
        <translation>סרביה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="203" />
        <source>Russia</source>
        <translation>רוסיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="204" />
        <source>Rwanda</source>
        <translation>רואנדה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="205" />
        <source>Saudi Arabia</source>
        <translation>ערב הסעודית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="206" />
        <source>Solomon Islands</source>
        <translation>איי שלמה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="207" />
        <source>Seychelles</source>
        <translation>איי סיישל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="208" />
        <source>Sudan</source>
        <translation>סודן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="209" />
        <source>Sweden</source>
        <translation>שוודיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="210" />
        <source>Singapore</source>
        <translation>סינגפור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="211" />
        <source>Saint Helena</source>
        <translation>סנט הלנה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="212" />
        <source>Slovenia</source>
        <translation>סלובניה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="213" />
        <source>Svalbard and Jan Mayen</source>
        <translation>סבאלברד ויאן מאיין</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="214" />
        <source>Slovakia</source>
        <translation>סלובקיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="215" />
        <source>Sierra Leone</source>
        <translation>סיירה לאונה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="216" />
        <source>San Marino</source>
        <translation>סן מרינו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="217" />
        <source>Senegal</source>
        <translation>סנגל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="218" />
        <source>Somalia</source>
        <translation>סומליה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="219" />
        <source>Suriname</source>
        <translation>סורינאם</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="220" />
        <source>South Sudan</source>
        <translation>דרום סודן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="221" />
        <source>São Tomé and Príncipe</source>
        <translation>סאו טומה ופרינסיפה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="222" />
        <source>El Salvador</source>
        <translation>אל סלבדור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="223" />
        <source>Sint Maarten</source>
        <translation>סינט מארטן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="224" />
        <source>Syria</source>
        <translation>סוריה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="225" />
        <source>Eswatini</source>
        <translation>אסוואטיני</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="226" />
        <source>Turks and Caicos Islands</source>
        <translation>איי טרקס וקייקוס</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="227" />
        <source>Chad</source>
        <translation>צ׳אד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="228" />
        <source>French Southern Territories</source>
        <translation>הטריטוריות הדרומיות של צרפת</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="229" />
        <source>Togo</source>
        <translation>טוגו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="230" />
        <source>Thailand</source>
        <translation>תאילנד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="231" />
        <source>Tajikistan</source>
        <translation>טג׳יקיסטן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="232" />
        <source>Tokelau</source>
        <translation>טוקלאו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="233" />
        <source>Timor-Leste</source>
        <translation>טימור-לסטה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="234" />
        <source>Turkmenistan</source>
        <translation>טורקמניסטן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="235" />
        <source>Tunisia</source>
        <translation>תוניסיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="236" />
        <source>Tonga</source>
        <translation>טונגה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="237" />
        <source>Türkiye</source>
        <translation>טורקיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="238" />
        <source>Trinidad and Tobago</source>
        <translation>טרינידד וטובגו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="239" />
        <source>Tuvalu</source>
        <translation>טובאלו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="240" />
        <source>Taiwan</source>
        <translation>טייוואן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="241" />
        <source>Tanzania</source>
        <translation>טנזניה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="242" />
        <source>Ukraine</source>
        <translation>אוקראינה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="243" />
        <source>Uganda</source>
        <translation>אוגנדה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="244" />
        <source>U.S. Outlying Islands</source>
        <translation>האיים המרוחקים הקטנים של ארה״ב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="245" />
        <source>United States</source>
        <translation>ארצות הברית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="246" />
        <source>Uruguay</source>
        <translation>אורוגוואי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="247" />
        <source>Uzbekistan</source>
        <translation>אוזבקיסטן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="248" />
        <source>Vatican City</source>
        <translation>הוותיקן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="249" />
        <source>Saint Vincent and the Grenadines</source>
        <translation>סנט וינסנט והגרנדינים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="250" />
        <source>Venezuela</source>
        <translation>ונצואלה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="251" />
        <source>British Virgin Islands</source>
        <translation>איי הבתולה הבריטיים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="252" />
        <source>U.S. Virgin Islands</source>
        <translation>איי הבתולה של ארה״ב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="253" />
        <source>Vietnam</source>
        <translation>וייטנאם</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="254" />
        <source>Vanuatu</source>
        <translation>ונואטו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="255" />
        <source>Wallis and Futuna</source>
        <translation>ווליס ופוטונה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="256" />
        <source>Samoa</source>
        <translation>סמואה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="257" />
        <source>Kosovo</source>
        <translation>קוסובו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="258" />
        <source>Yemen</source>
        <translation>תימן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="259" />
        <source>Mayotte</source>
        <translation>מאיוט</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="260" />
        <source>South Africa</source>
        <translation>דרום אפריקה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="261" />
        <source>Zambia</source>
        <translation>זמביה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/countries.py" line="262" />
        <source>Zimbabwe</source>
        <translation>זימבבואה</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="70" />
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="70" />
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="71" />
        <source>No-shows</source>
        <translation>אי-הגעות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="71" />
        <source>Last visit</source>
        <translation>ביקור אחרון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="71" />
        <source>Next visit</source>
        <translation>ביקור הבא</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="72" />
        <source>First contact</source>
        <translation>פנייה ראשונה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="72" />
        <source>Last contact</source>
        <translation>פנייה אחרונה</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/customers_page.py" line="117" />
        <source>Missed %n visit(s)</source>
        <translation>
            <numerusform>לא הגיע לתור אחד</numerusform>
            <numerusform>לא הגיע ל-%n תורים</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="70" />
        <source>Visits</source>
        <translation>ביקורים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="72" />
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="73" />
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
</context>
<context>
    <name>CustomerVisits</name>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="24" />
        <source>Booked</source>
        <translation>נקבע</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="25" />
        <source>Confirmed</source>
        <translation>אושר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="26" />
        <source>Done</source>
        <translation>הגיע</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="27" />
        <source>No-show</source>
        <translation>לא הגיע</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="28" />
        <source>Cancelled</source>
        <translation>בוטל</translation>
    </message>
</context>
<context>
    <name>CustomerVisitsPanel</name>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="48" />
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="48" />
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="48" />
        <source>Staff member</source>
        <translation>איש צוות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="49" />
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="74" />
        <source>Upcoming</source>
        <translation>תורים קרובים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="74" />
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customer_visits.py" line="87" />
        <source>No visits yet.</source>
        <translation>עדיין אין ביקורים.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="237" />
        <source>Search name, phone, notes or tags</source>
        <translation>חיפוש לפי שם, טלפון, הערות או תגיות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="263" />
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="271" />
        <source>e.g. prefers Avi; allergic to some products</source>
        <translation>לדוגמה: מעדיף את אבי; אלרגי לחלק מהמוצרים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="273" />
        <source>regular, vip</source>
        <translation>קבוע, VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="274" />
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="275" />
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="276" />
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="277" />
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="280" />
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="281" />
        <source>Open conversation</source>
        <translation>פתיחת השיחה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="290" />
        <source>Visits</source>
        <translation>ביקורים</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/customers_page.py" line="345" />
        <source>%1 of %Ln customers</source>
        <translation>
            <numerusform>%1 מתוך לקוח אחד</numerusform>
            <numerusform>%1 מתוך %Ln לקוחות</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="419" />
        <source>Saved.</source>
        <translation>נשמר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="425" />
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="425" />
        <source>Saving the customer</source>
        <translation>שמירת הלקוח</translation>
    </message>
</context>
<context>
    <name>DeleteCompanyDialog</name>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="84" />
        <source>Delete the company</source>
        <translation>מחיקת העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="88" />
        <source>Delete “%1” for good?</source>
        <translation>למחוק את „%1” לצמיתות?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="92" />
        <source>This removes from this computer, and it cannot be undone:</source>
        <translation>הפעולה מוחקת מהמחשב הזה, ואי אפשר לבטל אותה:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/company_dialogs.py" line="94" />
        <source>%n conversation(s) with all their messages</source>
        <translation>
            <numerusform>שיחה אחת על כל ההודעות שבה</numerusform>
            <numerusform>%n שיחות על כל ההודעות שבהן</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/company_dialogs.py" line="95" />
        <source>%n customer(s) with their notes and tags</source>
        <translation>
            <numerusform>לקוח אחד עם ההערות והתגיות שלו</numerusform>
            <numerusform>%n לקוחות עם ההערות והתגיות שלהם</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/company_dialogs.py" line="96" />
        <source>%n visit(s), past and booked</source>
        <translation>
            <numerusform>תור אחד, שעבר או שנקבע</numerusform>
            <numerusform>%n תורים, שעברו ושנקבעו</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="97" />
        <source>the business profile and its settings</source>
        <translation>פרופיל העסק וההגדרות שלו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="100" />
        <source>the link to the shop's WhatsApp: this computer is logged out of it first (the phone keeps its chats)</source>
        <translation>החיבור ל-WhatsApp של העסק: קודם המחשב הזה מתנתק ממנו (הצ׳אטים נשארים בטלפון)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="108" />
        <source>To stop it answering but keep its history, archive it instead: it can be restored at any time.</source>
        <translation>כדי שיפסיק לענות אבל ישמור את ההיסטוריה, העבירו אותו לארכיון במקום: אפשר לשחזר אותו בכל עת.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="113" />
        <source>To confirm, type the company's name: %1</source>
        <translation>לאישור, הקלידו את שם העסק: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="122" />
        <source>Archive instead</source>
        <translation>להעביר לארכיון במקום</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="125" />
        <source>Delete for good</source>
        <translation>למחוק לצמיתות</translation>
    </message>
</context>
<context>
    <name>DiagnosticsExportDialog</name>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="41" />
        <location filename="../../desktop/views/diagnostics_export.py" line="85" />
        <source>Export diagnostics</source>
        <translation>ייצוא אבחון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="46" />
        <source>One zip file for a technician: the logs, each company's connection history and settings, the self-checks and versions.</source>
        <translation>קובץ zip אחד לטכנאי: היומנים, היסטוריית החיבור וההגדרות של כל עסק, הבדיקות העצמיות והגרסאות.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="51" />
        <source>Left out or masked: phone numbers (only their last four digits stay), API keys and passwords, pairing codes, the WhatsApp login and the database itself.</source>
        <translation>מוסתר או לא נכלל: מספרי טלפון (נשארות רק ארבע הספרות האחרונות), מפתחות API וסיסמאות, קודי צימוד, ההתחברות ל-WhatsApp ומסד הנתונים עצמו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="58" />
        <source>Include conversation texts</source>
        <translation>לכלול את תוכן השיחות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="62" />
        <source>Customers' names and what they and the receptionist wrote. Leave this off unless the technician needs them to find a problem.</source>
        <translation>שמות הלקוחות ומה שהם והמזכירה כתבו. השאירו כבוי, אלא אם הטכנאי צריך אותם כדי למצוא תקלה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="73" />
        <source>Save as…</source>
        <translation>שמירה בשם…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_export.py" line="86" />
        <source>Zip files (*.zip)</source>
        <translation>קובצי Zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="319" />
        <source>Diagnostics</source>
        <translation>אבחון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="323" />
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="325" />
        <source>Export diagnostics…</source>
        <translation>ייצוא נתוני אבחון…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="337" />
        <source>Last 24 hours</source>
        <translation>24 השעות האחרונות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="340" />
        <location filename="../../desktop/views/diagnostics_page.py" line="500" />
        <source>All companies</source>
        <translation>כל העסקים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="349" />
        <source>Hour</source>
        <translation>שעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="350" />
        <source>Customer messages in, per hour</source>
        <translation>הודעות נכנסות מלקוחות, לפי שעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="351" />
        <location filename="../../desktop/views/diagnostics_page.py" line="509" />
        <source>Messages</source>
        <translation>הודעות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="352" />
        <source>Answers per hour</source>
        <translation>תשובות לפי שעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="353" />
        <source>Answers</source>
        <translation>תשובות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="354" />
        <source>No answers in the last 24 hours</source>
        <translation>אין תשובות ב-24 השעות האחרונות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="355" />
        <source>Time to first answer</source>
        <translation>זמן עד התשובה הראשונה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="356" />
        <source>Wait</source>
        <translation>המתנה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="356" />
        <location filename="../../desktop/views/diagnostics_page.py" line="527" />
        <source>Customer turns</source>
        <translation>פניות לקוחות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="357" />
        <source>No answered messages in the last 24 hours</source>
        <translation>אין הודעות שנענו ב-24 השעות האחרונות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="358" />
        <source>Send failures per hour</source>
        <translation>כשלי שליחה לפי שעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="359" />
        <source>Failed messages</source>
        <translation>הודעות שלא נשלחו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="360" />
        <source>No send failures in the last 24 hours</source>
        <translation>אין כשלי שליחה ב-24 השעות האחרונות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="381" />
        <source>Database</source>
        <translation>מסד הנתונים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="389" />
        <source>Check integrity</source>
        <translation>בדיקת תקינות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="401" />
        <source>Self-checks</source>
        <translation>בדיקות עצמיות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="403" />
        <source>Run checks</source>
        <translation>הרצת בדיקות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="405" />
        <source>Checks Python, Node.js, the bridge, the data folder and the database; takes a few seconds.</source>
        <translation>בודק את Python, ‏Node.js, הגשר, תיקיית הנתונים ומסד הנתונים; לוקח כמה שניות.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="453" />
        <source>Refreshing…</source>
        <translation>מרענן…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="454" />
        <source>Refreshing diagnostics</source>
        <translation>רענון נתוני האבחון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="464" />
        <source>Company %1</source>
        <translation>עסק %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="486" />
        <source>Size on disk: %1</source>
        <translation>גודל בדיסק: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="489" />
        <source>Updated at %1; refreshes every minute while shown.</source>
        <translation>עודכן ב-%1; מתרענן כל דקה כל עוד הדף פתוח.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="511" />
        <location filename="../../desktop/views/diagnostics_page.py" line="531" />
        <source>%1 in total</source>
        <translation>סה״כ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="513" />
        <source>Bot</source>
        <translation>בוט</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="514" />
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="516" />
        <source>bot %1 · staff %2</source>
        <translation>בוט %1 · צוות %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="522" />
        <source>median %1</source>
        <translation>חציון %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="524" />
        <source>%1 waiting</source>
        <translation>ממתינים: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="529" />
        <source>Failed</source>
        <translation>נכשלו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="534" />
        <source>From %1 to now, by the hour of this computer's clock.</source>
        <translation>מ-%1 ועד עכשיו, לפי השעון של המחשב הזה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="564" />
        <source>The database is healthy.</source>
        <translation>מסד הנתונים תקין.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="565" />
        <source>Problems found: %1</source>
        <translation>נמצאו בעיות: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="571" />
        <location filename="../../desktop/views/diagnostics_page.py" line="603" />
        <location filename="../../desktop/views/diagnostics_page.py" line="613" />
        <source>Checking…</source>
        <translation>בודק…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="611" />
        <source>Running the checks…</source>
        <translation>מריץ את הבדיקות…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="614" />
        <source>Running the checks</source>
        <translation>הרצת הבדיקות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="616" />
        <source>The checks could not run: %1</source>
        <translation>לא הצלחנו להריץ את הבדיקות: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="626" />
        <source>%1 of %2 checks passed.</source>
        <translation>עברו %1 מתוך %2 בדיקות.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="668" />
        <source>Saved %1. Phone numbers are masked and keys removed; it holds conversation texts: send it only to a technician you trust.</source>
        <translation>נשמר: %1. המספרים מוסתרים והמפתחות הוסרו; הקובץ כולל את תוכן השיחות — שלחו אותו רק לטכנאי שאתם סומכים עליו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="671" />
        <source>Saved %1. Phone numbers are masked, keys and conversation texts removed: it is safe to mail.</source>
        <translation>נשמר: %1. המספרים מוסתרים, המפתחות ותוכן השיחות הוסרו — בטוח לשלוח אותו בדוא״ל.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="677" />
        <source>The export failed: %1</source>
        <translation>הייצוא נכשל: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="682" />
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="540" />
        <source>Sends that failed (ever): none.</source>
        <translation>שליחות שנכשלו (מאז ומעולם): אין.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/diagnostics_page.py" line="541" />
        <source>Sends that failed (ever): %n attempt(s)</source>
        <translation>
            <numerusform>שליחות שנכשלו (מאז ומעולם): ניסיון אחד</numerusform>
            <numerusform>שליחות שנכשלו (מאז ומעולם): %n ניסיונות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/diagnostics_page.py" line="543" />
        <source> on %n message(s)</source>
        <translation>
            <numerusform> בהודעה אחת</numerusform>
            <numerusform> ב-%n הודעות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/diagnostics_page.py" line="544" />
        <source>; %n got through on a retry.</source>
        <translation>
            <numerusform>; אחת עברה בניסיון חוזר.</numerusform>
            <numerusform>; %n עברו בניסיון חוזר.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="689" />
        <source>&lt; 5 s</source>
        <translation>עד 5 שנ׳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="690" />
        <source>5–30 s</source>
        <translation>5–30 שנ׳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="691" />
        <source>30 s–2 min</source>
        <translation>30 שנ׳–2 דק׳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="692" />
        <source>2–10 min</source>
        <translation>2–10 דק׳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="693" />
        <source>&gt; 10 min</source>
        <translation>מעל 10 דק׳</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/views/app.py" line="97" />
        <source>Something went wrong, but AI Admin keeps running.</source>
        <translation>משהו השתבש, אבל AI Admin ממשיך לפעול.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="394" />
        <source>Welcome to %1</source>
        <translation>ברוכים הבאים ל-%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="444" />
        <source>Linked. AI Admin is now answering for %1.</source>
        <translation>מקושר. מעכשיו AI Admin עונה בשביל %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run_flow.py" line="64" />
        <source>Adding the company</source>
        <translation>הוספת העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run_flow.py" line="83" />
        <source>Adding the demo shop</source>
        <translation>הוספת עסק ההדגמה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run_flow.py" line="94" />
        <source>Linking</source>
        <translation>קישור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run_flow.py" line="88" />
        <source>Choosing the language</source>
        <translation>בחירת השפה</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../desktop/views/formats.py" line="125" />
        <source>%1 GB</source>
        <translation>%1 ג״ב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="127" />
        <source>%1 MB</source>
        <translation>%1 מ״ב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="129" />
        <source>%1 KB</source>
        <translation>%1 ק״ב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="141" />
        <source>%1 d %2 h</source>
        <translation>%1 ימ׳ %2 שע׳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="143" />
        <source>%1 h %2 min</source>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="145" />
        <source>%1 min %2 s</source>
        <translation>%1 דק׳ %2 שנ׳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/formats.py" line="148" />
        <source>%1 s</source>
        <translation>%1 שנ׳</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="83" />
        <source>Welcome to %1</source>
        <translation>ברוכים הבאים ל-%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="84" />
        <source>A receptionist that answers your shop's WhatsApp. Three short steps and it is ready to try.</source>
        <translation>נציג שעונה ב-WhatsApp של העסק שלך. שלושה צעדים קצרים והוא מוכן לניסיון.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="88" />
        <source>Language of the app</source>
        <translation>שפת התוכנה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="100" />
        <source>This is the language of the window; it applies from the next start of AI Admin. Customers are always answered in the language they write in.</source>
        <translation>זו השפה של החלון; היא תיכנס לתוקף בהפעלה הבאה של AI Admin. ללקוחות תמיד עונים בשפה שבה הם כותבים.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="105" />
        <source>Just looking?</source>
        <translation>רק מסתכלים?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="106" />
        <source>Try a demo barbershop on the simulator first: write as a customer and watch the receptionist answer. Your own shop can be added later with “+ Add company”.</source>
        <translation>נסו קודם מספרת הדגמה בסימולטור: כתבו כמו לקוח וראו איך נציג ה-AI עונה. את העסק שלכם אפשר להוסיף אחר כך עם „+ הוספת עסק”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="110" />
        <source>Try the demo barbershop</source>
        <translation>לנסות את מספרת ההדגמה</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="281" />
        <location filename="../../desktop/views/first_run.py" line="350" />
        <source>The QR code appears here in a few seconds…</source>
        <translation>קוד ה-QR יופיע כאן בעוד כמה שניות…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="295" />
        <source>New QR code</source>
        <translation>קוד QR חדש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="297" />
        <source>Scan with the simulated phone</source>
        <translation>סריקה בטלפון המדומה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="312" />
        <source>You can also finish now and link later on the Connection page.</source>
        <translation>אפשר גם לסיים עכשיו ולקשר אחר כך בדף "חיבור".</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="321" />
        <source>Link the simulated phone</source>
        <translation>קישור הטלפון המדומה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="322" />
        <source>The same steps as with a real phone, without one.</source>
        <translation>אותם צעדים כמו עם טלפון אמיתי, רק בלעדיו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="324" />
        <source>&lt;p&gt;This QR code comes from the simulator: nothing leaves this computer.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Scan with the simulated phone&lt;/b&gt;. Then open the &lt;b&gt;Simulator&lt;/b&gt; page and write to the shop as a customer would.&lt;/p&gt;</source>
        <translation>&lt;p&gt;קוד ה-QR הזה מגיע מהסימולטור: שום דבר לא יוצא מהמחשב הזה.&lt;/p&gt;&lt;p&gt;לוחצים על &lt;b&gt;סריקה בטלפון המדומה&lt;/b&gt;. אחר כך פותחים את הדף &lt;b&gt;סימולטור&lt;/b&gt; וכותבים לעסק כמו שלקוח היה כותב.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="329" />
        <source>Link the shop's WhatsApp</source>
        <translation>קישור ה-WhatsApp של העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="330" />
        <source>Keep this window open with the shop's phone in your hand.</source>
        <translation>השאירו את החלון הזה פתוח והחזיקו את הטלפון של העסק ביד.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="332" />
        <source>&lt;ol style='margin-left:0px; -qt-list-indent:1'&gt;&lt;li&gt;&lt;b&gt;On your phone: WhatsApp &amp;gt; Settings &amp;gt; Linked devices &amp;gt; Link a device&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Point the phone at this code.&lt;/li&gt;&lt;li&gt;Wait until this page says the phone is linked.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The code changes by itself every 20 to 60 seconds.&lt;/p&gt;</source>
        <translation>&lt;ol style='margin-left:0px; -qt-list-indent:1'&gt;&lt;li&gt;&lt;b&gt;בטלפון: WhatsApp &amp;gt; הגדרות &amp;gt; מכשירים מקושרים &amp;gt; קישור מכשיר&lt;/b&gt;&lt;/li&gt;&lt;li&gt;מכוונים את הטלפון לקוד הזה.&lt;/li&gt;&lt;li&gt;מחכים עד שהדף הזה יודיע שהטלפון מקושר.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;הקוד מתחלף מעצמו כל 20 עד 60 שניות.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="339" />
        <source>If the phone says it cannot link: WhatsApp may refuse new links for a few hours after many attempts: wait, then press New QR code.</source>
        <translation>אם הטלפון כותב שאי אפשר לקשר: אחרי הרבה ניסיונות WhatsApp עלול לחסום קישורים חדשים לכמה שעות. מחכים, ואז לוחצים על "קוד QR חדש".</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="344" />
        <source>Open AI Admin</source>
        <translation>פתיחת AI Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="349" />
        <source>Scan this code.</source>
        <translation>סרקו את הקוד הזה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="358" />
        <source>All set</source>
        <translation>הכול מוכן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="359" />
        <source>The phone is linked.</source>
        <translation>הטלפון מקושר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="363" />
        <source>&lt;p&gt;Open the &lt;b&gt;Simulator&lt;/b&gt; page and write to the shop as a customer would: the receptionist answers, books and moves appointments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;פותחים את הדף &lt;b&gt;סימולטור&lt;/b&gt; וכותבים לעסק כמו שלקוח היה כותב: נציג ה-AI עונה, קובע תורים ומזיז אותם.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="366" />
        <source>&lt;p&gt;Customers who write to the shop's WhatsApp are answered from now on. Every conversation shows in the window; switch the AI off for a chat to answer it yourself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;מעכשיו לקוחות שכותבים ל-WhatsApp של העסק מקבלים מענה. כל השיחות מופיעות בחלון; כדי לענות בעצמכם, מכבים את ה-AI בשיחה.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="200" />
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="200" />
        <source>Level</source>
        <translation>רמה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="200" />
        <source>Company</source>
        <translation>עסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="201" />
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="201" />
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="237" />
        <source>%1  [+%2 lines]</source>
        <translation>%1  [+%2 שורות]</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="427" />
        <source>All levels</source>
        <translation>כל הרמות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="428" />
        <source>Info and above</source>
        <translation>Info ומעלה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="429" />
        <source>Warnings and errors</source>
        <translation>אזהרות ושגיאות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="430" />
        <source>Errors only</source>
        <translation>שגיאות בלבד</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="438" />
        <location filename="../../desktop/views/logs_view.py" line="684" />
        <source>All companies</source>
        <translation>כל העסקים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="444" />
        <source>Search the log…</source>
        <translation>חיפוש ביומן…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="450" />
        <location filename="../../desktop/views/logs_view.py" line="619" />
        <source>Pause</source>
        <translation>השהיה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="455" />
        <location filename="../../desktop/views/logs_view.py" line="494" />
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="456" />
        <source>Copy the selected lines</source>
        <translation>העתקת השורות שנבחרו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="458" />
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="459" />
        <source>Save the lines shown to a file</source>
        <translation>שמירת השורות המוצגות לקובץ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="619" />
        <source>Resume</source>
        <translation>המשך</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/logs_view.py" line="630" />
        <source>%Ln new lines</source>
        <translation>
            <numerusform>שורה חדשה אחת</numerusform>
            <numerusform>%Ln שורות חדשות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/logs_view.py" line="693" />
        <source>%Ln lines</source>
        <translation>
            <numerusform>שורה אחת</numerusform>
            <numerusform>%Ln שורות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/logs_view.py" line="695" />
        <source>%1 of %Ln lines</source>
        <translation>
            <numerusform>%1 מתוך שורה אחת</numerusform>
            <numerusform>%1 מתוך %Ln שורות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/logs_view.py" line="733" />
        <source>Saved %Ln lines to %1</source>
        <translation>
            <numerusform>נשמרה שורה אחת בקובץ %1</numerusform>
            <numerusform>נשמרו %Ln שורות בקובץ %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="631" />
        <source>1 new line</source>
        <translation>שורה חדשה אחת</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="686" />
        <source>No company (app)</source>
        <translation>ללא עסק (התוכנה)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="688" />
        <source>Company %1</source>
        <translation>עסק %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="717" />
        <source>Export the lines shown</source>
        <translation>ייצוא השורות המוצגות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="718" />
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>קובצי יומן (*.log *.txt);;כל הקבצים (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="108" />
        <source>Companies</source>
        <translation>עסקים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="128" />
        <source>+ Add company</source>
        <translation>+ הוספת עסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="133" />
        <source>Company</source>
        <translation>עסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="141" />
        <source>AI answers customers</source>
        <translation>ה-AI עונה ללקוחות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="145" />
        <source>Manage</source>
        <translation>ניהול</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="162" />
        <source>AI is off: nothing is answered automatically. Staff must reply to every customer.</source>
        <translation>ה-AI כבוי: שום דבר לא נענה אוטומטית. הצוות צריך לענות לכל לקוח.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="171" />
        <source>This company is archived: its WhatsApp is stopped and nothing is answered or sent. Its conversations, customers and visits are kept.</source>
        <translation>העסק הזה בארכיון: ה-WhatsApp שלו מופסק ושום דבר לא נענה או נשלח. השיחות, הלקוחות והתורים שלו נשמרים.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="174" />
        <source>Restore</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="197" />
        <source>Conversations</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="198" />
        <source>Appointments</source>
        <translation>תורים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="199" />
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="201" />
        <source>Connection</source>
        <translation>חיבור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="202" />
        <source>Simulator</source>
        <translation>סימולטור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="203" />
        <source>Business</source>
        <translation>העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="207" />
        <source>Log</source>
        <translation>יומן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="208" />
        <source>Diagnostics</source>
        <translation>אבחון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="220" />
        <source>Data folder: %1</source>
        <translation>תיקיית הנתונים: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="239" />
        <source>&amp;AI Admin</source>
        <translation>&amp;תוכנה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="240" />
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="253" />
        <source>About AI Admin</source>
        <translation>אודות AI Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="257" />
        <source>Quit (stops answering)</source>
        <translation>יציאה (המענה ייפסק)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="265" />
        <source>The language changes the next time AI Admin starts.</source>
        <translation>השפה תתחלף בהפעלה הבאה של AI Admin.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="302" />
        <source>Show archived (%1)</source>
        <translation>הצגת הארכיון (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="310" />
        <source>No company</source>
        <translation>אין עסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="399" />
        <source>Customers' messages are waiting to be saved: %1. AI Admin keeps trying and saves them as soon as it can; none is lost.</source>
        <translation>הודעות של לקוחות ממתינות לשמירה: %1. AI Admin ממשיך לנסות ושומר אותן ברגע שיוכל; אף הודעה לא אבדה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="404" />
        <source>Replies are waiting to be sent: %1. AI Admin keeps trying; none is lost.</source>
        <translation>תשובות ממתינות לשליחה: %1. AI Admin ממשיך לנסות; אף תשובה לא אבדה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="452" />
        <source>The AI switch did not change.</source>
        <translation>לא הצלחנו להחליף את מצב ה-AI.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="456" />
        <source>Switching the AI</source>
        <translation>החלפת מצב ה-AI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="476" />
        <source>Adding…</source>
        <translation>מוסיף…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="477" />
        <source>Adding the company</source>
        <translation>הוספת העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="496" />
        <source>Rename…</source>
        <translation>שינוי שם…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="498" />
        <source>Restore (answer again)</source>
        <translation>שחזור (לענות שוב)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="500" />
        <source>Archive (stop answering, keep history)…</source>
        <translation>העברה לארכיון (להפסיק לענות, לשמור היסטוריה)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="503" />
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="511" />
        <source>Renaming the company</source>
        <translation>שינוי שם העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="518" />
        <source>Archive the company</source>
        <translation>העברת העסק לארכיון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="519" />
        <source>Archive “%1”?</source>
        <translation>להעביר את „%1” לארכיון?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="522" />
        <source>Its WhatsApp stops: customers who write get no answer and nothing is sent, also reminders. Its conversations, customers and visits are kept, and it can be restored at any time (Show archived, then Restore).</source>
        <translation>ה-WhatsApp שלו ייעצר: לקוחות שיכתבו לא יקבלו תשובה ושום דבר לא יישלח, גם לא תזכורות. השיחות, הלקוחות והתורים שלו נשמרים, ואפשר לשחזר אותו בכל עת („הצגת הארכיון”, ואז „שחזור”).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="525" />
        <source>Archive</source>
        <translation>לארכיון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="538" />
        <source>Archiving the company</source>
        <translation>העברת העסק לארכיון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="544" />
        <source>Restoring…</source>
        <translation>משחזר…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="545" />
        <source>Restoring the company</source>
        <translation>שחזור העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="555" />
        <source>Deleting the company</source>
        <translation>מחיקת העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="271" />
        <source>Choosing the language</source>
        <translation>בחירת השפה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="230" />
        <source>Saving a preference</source>
        <translation>שמירת העדפה</translation>
    </message>
</context>
<context>
    <name>ProfileEditorPage</name>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="134" />
        <source>“%1” is not a time range like 10:00-14:00</source>
        <translation>"%1" אינו טווח שעות כמו 10:00-14:00</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="166" />
        <source>Monday</source>
        <translation>יום שני</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="166" />
        <source>Tuesday</source>
        <translation>יום שלישי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="167" />
        <source>Wednesday</source>
        <translation>יום רביעי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="167" />
        <source>Thursday</source>
        <translation>יום חמישי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="168" />
        <source>Friday</source>
        <translation>יום שישי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="168" />
        <source>Saturday</source>
        <translation>שבת</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="169" />
        <source>Sunday</source>
        <translation>יום ראשון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="176" />
        <source>Business</source>
        <translation>העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="189" />
        <location filename="../../desktop/views/profile_editor.py" line="306" />
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="190" />
        <location filename="../../desktop/views/profile_editor.py" line="306" />
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="191" />
        <location filename="../../desktop/views/profile_editor.py" line="307" />
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="192" />
        <location filename="../../desktop/views/profile_editor.py" line="307" />
        <source>Time zone</source>
        <translation>אזור זמן</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="203" />
        <location filename="../../desktop/views/profile_editor.py" line="308" />
        <source>Opening hours</source>
        <translation>שעות פתיחה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="204" />
        <source>Several ranges a day are separated by commas, e.g. 10:00-14:00, 15:00-20:00. Leave empty when closed.</source>
        <translation>כמה טווחים ביום מפרידים בפסיקים, לדוגמה 10:00-14:00, 15:00-20:00. ביום סגור משאירים ריק.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="214" />
        <source>closed</source>
        <translation>סגור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="244" />
        <location filename="../../desktop/views/profile_editor.py" line="308" />
        <source>Services</source>
        <translation>שירותים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="247" />
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="247" />
        <source>Other names (comma separated)</source>
        <translation>שמות נוספים (מופרדים בפסיקים)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="248" />
        <source>Minutes</source>
        <translation>דקות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="248" />
        <source>Price</source>
        <translation>מחיר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="197" />
        <location filename="../../desktop/views/profile_editor.py" line="248" />
        <location filename="../../desktop/views/profile_editor.py" line="318" />
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="261" />
        <location filename="../../desktop/views/profile_editor.py" line="309" />
        <source>Questions customers ask</source>
        <translation>שאלות שלקוחות שואלים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="263" />
        <source>Question</source>
        <translation>שאלה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="263" />
        <source>Answer</source>
        <translation>תשובה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="271" />
        <location filename="../../desktop/views/profile_editor.py" line="310" />
        <source>Booking rules</source>
        <translation>כללי קביעת תורים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="273" />
        <location filename="../../desktop/views/profile_editor.py" line="274" />
        <location filename="../../desktop/views/profile_editor.py" line="279" />
        <location filename="../../desktop/views/profile_editor.py" line="280" />
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="275" />
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="276" />
        <location filename="../../desktop/views/profile_editor.py" line="311" />
        <source>Slots every</source>
        <translation>תורים כל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="277" />
        <location filename="../../desktop/views/profile_editor.py" line="312" />
        <source>Book at least</source>
        <translation>מינימום זמן מראש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="278" />
        <location filename="../../desktop/views/profile_editor.py" line="313" />
        <source>Book at most</source>
        <translation>מקסימום ימים מראש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="332" />
        <source>Who answers</source>
        <translation>מי עונה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="335" />
        <source>Built-in offline assistant (no key needed)</source>
        <translation>עוזר מובנה ללא אינטרנט (לא צריך מפתח)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="337" />
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="338" />
        <source>A local or other OpenAI-compatible server</source>
        <translation>שרת מקומי או אחר שתואם ל-OpenAI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="343" />
        <source>model name, e.g. llama3.1</source>
        <translation>שם המודל, לדוגמה llama3.1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="346" />
        <source>leave empty to keep the stored key</source>
        <translation>השאירו ריק כדי לשמור את המפתח הקיים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="347" />
        <source>Provider</source>
        <translation>ספק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="322" />
        <location filename="../../desktop/views/profile_editor.py" line="348" />
        <source>Server address</source>
        <translation>כתובת השרת</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="196" />
        <source>none: each service names its own</source>
        <translation>אין: לכל שירות מטבע משלו</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="220" />
        <source>Days the whole shop is shut: dates, or ranges with a dash, separated by commas.</source>
        <translation>ימים שבהם כל העסק סגור: תאריכים, או טווחים עם מקף, מופרדים בפסיקים.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="230" />
        <location filename="../../desktop/views/profile_editor.py" line="318" />
        <source>Closed on</source>
        <translation>סגור בתאריכים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="232" />
        <location filename="../../desktop/views/profile_editor.py" line="319" />
        <location filename="../../desktop/views/profile_editor.py" line="320" />
        <source>Public holidays</source>
        <translation>חגים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="255" />
        <location filename="../../desktop/views/profile_editor.py" line="321" />
        <source>Staff</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="282" />
        <source>The receptionist does not move or cancel a visit closer than this: you do.</source>
        <translation>קרוב יותר לתור, המזכירה לא מזיזה ולא מבטלת אותו: זה בידיים שלך.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="286" />
        <source>No reminder goes out in these hours; a reply to a customer who writes is never held.</source>
        <translation>בשעות האלה לא נשלחות תזכורות; תשובה ללקוח שכתב בעצמו אף פעם לא מתעכבת.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="287" />
        <location filename="../../desktop/views/profile_editor.py" line="314" />
        <source>Break between visits</source>
        <translation>הפסקה בין תורים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="288" />
        <location filename="../../desktop/views/profile_editor.py" line="315" />
        <source>Changes at least</source>
        <translation>שינויים לפחות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="291" />
        <location filename="../../desktop/views/profile_editor.py" line="316" />
        <source>Reminders</source>
        <translation>תזכורות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="292" />
        <location filename="../../desktop/views/profile_editor.py" line="317" />
        <source>Quiet hours</source>
        <translation>שעות שקט</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="323" />
        <location filename="../../desktop/views/profile_editor.py" line="349" />
        <source>Model</source>
        <translation>מודל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="350" />
        <source>API key</source>
        <translation>מפתח API</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="353" />
        <source>Test</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="377" />
        <source>Import…</source>
        <translation>ייבוא…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="378" />
        <source>Export…</source>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="379" />
        <source>Undo changes</source>
        <translation>ביטול השינויים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="380" />
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="424" />
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="425" />
        <source>Remove selected</source>
        <translation>מחיקת הנבחרים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="472" />
        <source>No key stored yet.</source>
        <translation>עדיין לא נשמר מפתח.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="474" />
        <source>A key is stored in this computer's keyring.</source>
        <translation>מפתח שמור במחזיק המפתחות של המחשב הזה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="477" />
        <source>A key is stored in a local file that is NOT encrypted (this computer has no keyring). Only your user can read it.</source>
        <translation>מפתח שמור בקובץ מקומי שאינו מוצפן (אין במחשב הזה מחזיק מפתחות). רק המשתמש שלך יכול לקרוא אותו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="571" />
        <source>must be a number</source>
        <translation>חייב להיות מספר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="647" />
        <source>%1, row %2: %3</source>
        <translation>%1, שורה %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="678" />
        <source>Not saved: %1</source>
        <translation>לא נשמר: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="715" />
        <source>Saved. The receptionist now answers with these details.</source>
        <translation>נשמר. מעכשיו נציג ה-AI עונה לפי הפרטים האלה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="723" />
        <source>Not saved: the time zone is still %1.</source>
        <translation>לא נשמר: אזור הזמן נשאר %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="730" />
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="731" />
        <source>Saving the business profile</source>
        <translation>שמירת פרופיל העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="738" />
        <source>Change the time zone?</source>
        <translation>לשנות את אזור הזמן?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="739" />
        <source>The time zone changes from %1 to %2.</source>
        <translation>אזור הזמן משתנה מ-%1 ל-%2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="747" />
        <source>Every visit stays at the moment it was booked for; only the time shown for it here and in messages to customers changes.</source>
        <translation>כל תור נשאר ברגע שנקבע לו; משתנה רק השעה שמוצגת עבורו כאן ובהודעות ללקוחות.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="749" />
        <source>Save the new time zone</source>
        <translation>שמירת אזור הזמן החדש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="773" />
        <source>Testing…</source>
        <translation>בודק…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="775" />
        <source>Testing the provider</source>
        <translation>בדיקת הספק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="781" />
        <source>Import a business profile</source>
        <translation>ייבוא פרופיל עסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="782" />
        <location filename="../../desktop/views/profile_editor.py" line="804" />
        <source>Business profile (*.json)</source>
        <translation>פרופיל עסק (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="797" />
        <source>Imported %1 — check it, then Save.</source>
        <translation>יובא %1 — בדקו ואז שמרו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="802" />
        <source>Export the business profile</source>
        <translation>ייצוא פרופיל העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="817" />
        <location filename="../../desktop/views/profile_editor.py" line="822" />
        <source>Could not export: %1</source>
        <translation>הייצוא נכשל: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="825" />
        <source>Exported to %1</source>
        <translation>יוצא אל %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="53" />
        <source>“%1” is not a date like 2026-12-31 or a range like 2026-12-01 – 2026-12-03</source>
        <translation>„%1” אינו תאריך כמו 2026-12-31 או טווח כמו 2026-12-01 – 2026-12-03</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="65" />
        <source>%1 h before</source>
        <translation>%1 שעות לפני</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="66" />
        <source>%1 min before</source>
        <translation>%1 דקות לפני</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="191" />
        <source>None</source>
        <translation>ללא</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../../desktop/views/qr_view.py" line="50" />
        <source>QR code to scan with the shop's phone</source>
        <translation>קוד QR לסריקה בטלפון של העסק</translation>
    </message>
</context>
<context>
    <name>QuietHoursEditor</name>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="143" />
        <source>from</source>
        <translation>מ-</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="153" />
        <source>to</source>
        <translation>עד</translation>
    </message>
</context>
<context>
    <name>RemindersEditor</name>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="82" />
        <source>No reminders</source>
        <translation>ללא תזכורות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="87" />
        <source>hours before</source>
        <translation>שעות לפני</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="88" />
        <source>minutes before</source>
        <translation>דקות לפני</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="89" />
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_parts.py" line="90" />
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
</context>
<context>
    <name>RenameCompanyDialog</name>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="39" />
        <source>Rename the company</source>
        <translation>שינוי שם העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="43" />
        <source>Name of the business</source>
        <translation>שם העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="48" />
        <source>The receptionist uses this name when it answers customers; it is also the name on the Business page.</source>
        <translation>נציג ה-AI משתמש בשם הזה כשהוא עונה ללקוחות; זה גם השם בעמוד „העסק”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/company_dialogs.py" line="53" />
        <source>Rename</source>
        <translation>שינוי שם</translation>
    </message>
</context>
<context>
    <name>ShopReasons</name>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="311" />
        <source>The shop does not offer “{service}”. Services: {offered}.</source>
        <translation>העסק אינו מציע את „{service}”. שירותים: {offered}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="313" />
        <source>The shop does not offer “{service}”: no services are listed in the business profile.</source>
        <translation>העסק אינו מציע את „{service}”: בפרופיל העסק לא רשום אף שירות.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="316" />
        <source>{start} has already passed. Choose a later time.</source>
        <translation>{start} כבר עבר. בחרו שעה מאוחרת יותר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="318" />
        <source>Bookings need at least {minutes} minutes' notice; {start} is too soon.</source>
        <translation>יש לקבוע תור לפחות {minutes} דקות מראש; {start} מוקדם מדי.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="321" />
        <source>Bookings are taken up to {days} days ahead; {day} is too far.</source>
        <translation>תורים נקבעים עד {days} ימים מראש; {day} רחוק מדי.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="323" />
        <source>{service} ({minutes} min) at {start} does not fit the opening hours that day ({hours}).</source>
        <translation>{service} ({minutes} דק׳) ב-{start} אינו נכנס בשעות הפתיחה של אותו יום ({hours}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="326" />
        <source>{service} ({minutes} min) at {start}: the shop is closed that day.</source>
        <translation>{service} ({minutes} דק׳) ב-{start}: העסק סגור ביום זה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="328" />
        <source>{start} is already taken.</source>
        <translation>{start} כבר תפוס.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="330" />
        <source>Appointment {appointment} is no longer booked (cancelled, done or missed): only a booked or confirmed visit can be marked.</source>
        <translation>התור {appointment} כבר לא בתוקף (בוטל, התקיים או שהלקוח לא הגיע): אפשר לסמן רק תור קבוע או מאושר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="333" />
        <source>The visit at {start} has not started yet: it can be marked done or missed once it has.</source>
        <translation>התור ב-{start} עוד לא התחיל: אפשר לסמן שהתקיים או שהלקוח לא הגיע רק אחרי שהתחיל.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="336" />
        <source>Appointment {appointment} is not an upcoming booking of this customer.</source>
        <translation>תור {appointment} אינו תור עתידי של לקוח זה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="339" />
        <source>“{text}” is not a date like 2026-12-20.</source>
        <translation>„{text}” אינו תאריך כמו 2026-12-20.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="341" />
        <source>“{text}” is not a time like 15:30.</source>
        <translation>„{text}” אינו שעה כמו 15:30.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="343" />
        <source>The shop is closed on {day}.</source>
        <translation>העסק סגור ב-{day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="345" />
        <source>The shop is closed on {day} ({holiday}).</source>
        <translation>העסק סגור ב-{day} ({holiday}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="347" />
        <source>Nobody who does {service} is free at {start}.</source>
        <translation>ב-{start} אין איש צוות פנוי ל„{service}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="349" />
        <source>{staff} is not on the team. The team: {team}.</source>
        <translation>{staff} אינו/ה בצוות. הצוות: {team}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="351" />
        <source>{staff} is not on the team: the business profile lists no staff.</source>
        <translation>{staff} אינו/ה בצוות: בפרופיל העסק לא רשומים אנשי צוות.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="353" />
        <source>{staff} does not do {service}; it is done by {others}.</source>
        <translation>{staff} לא מבצע/ת „{service}”; את זה עושים: {others}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="355" />
        <source>{staff} is not working on {day}.</source>
        <translation>{staff} לא עובד/ת ב-{day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="357" />
        <source>{staff} works {hours} on {day}; {service} ({minutes} min) at {start} does not fit.</source>
        <translation>{staff} עובד/ת ב-{day} בשעות {hours}; „{service}” ({minutes} דק') ב-{start} לא נכנס.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="360" />
        <source>{staff} is busy at {start}.</source>
        <translation>{staff} תפוס/ה ב-{start}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="362" />
        <source>The visit at {start} is less than {minutes} minutes away: only staff can change it now.</source>
        <translation>עד התור ב-{start} נותרו פחות מ-{minutes} דקות: עכשיו רק הצוות יכול לשנות אותו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="366" />
        <source>The phone number is empty.</source>
        <translation>מספר הטלפון ריק.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="368" />
        <source>The phone number is too long.</source>
        <translation>מספר הטלפון ארוך מדי.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="370" />
        <source>“{phone}” is not a phone number.</source>
        <translation>„{phone}” אינו מספר טלפון.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="372" />
        <source>“{phone}” is not a possible phone number.</source>
        <translation>„{phone}” אינו מספר טלפון אפשרי.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="374" />
        <source>“{phone}” is not a phone number WhatsApp could use.</source>
        <translation>„{phone}” אינו מספר טלפון ש-WhatsApp יכול להשתמש בו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="377" />
        <source>The profile must be a JSON object.</source>
        <translation>הפרופיל חייב להיות אובייקט JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="379" />
        <source>{field}: must be an object.</source>
        <translation>{field}: חייב להיות אובייקט.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="381" />
        <source>{field}: unknown key.</source>
        <translation>{field}: מפתח לא מוכר.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="383" />
        <source>{field}: is required.</source>
        <translation>{field}: שדה חובה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="385" />
        <source>{field}: must be a text.</source>
        <translation>{field}: חייב להיות טקסט.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="387" />
        <source>{field}: must not be empty.</source>
        <translation>{field}: אינו יכול להיות ריק.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="389" />
        <source>{field}: is longer than {limit} characters.</source>
        <translation>{field}: ארוך מ-{limit} תווים.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="391" />
        <source>{field}: must be a whole number from {low} to {high}.</source>
        <translation>{field}: חייב להיות מספר שלם בין {low} ל-{high}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="393" />
        <source>{field}: must be a time like 09:30.</source>
        <translation>{field}: חייב להיות שעה כמו 09:30.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="395" />
        <source>{field}: must be a list of time ranges like 10:00-14:00.</source>
        <translation>{field}: חייב להיות רשימת טווחי שעות כמו 10:00-14:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="397" />
        <source>{field}: must be a time range like 10:00-14:00.</source>
        <translation>{field}: חייב להיות טווח שעות כמו 10:00-14:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="399" />
        <source>{field}: must end after it starts.</source>
        <translation>{field}: חייב להסתיים אחרי שהוא מתחיל.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="401" />
        <source>{field}: overlaps the range before it (list ranges in order).</source>
        <translation>{field}: חופף לטווח שלפניו (רשמו את הטווחים לפי הסדר).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="403" />
        <source>{field}: must be a list of texts.</source>
        <translation>{field}: חייב להיות רשימת טקסטים.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="405" />
        <source>{field}: must be a number, 0 or more.</source>
        <translation>{field}: חייב להיות מספר, 0 ומעלה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="407" />
        <source>{field}: must be a 3-letter currency code like USD.</source>
        <translation>{field}: חייב להיות קוד מטבע בן 3 אותיות, כמו USD.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="409" />
        <source>{field}: “{zone}” is not a time zone (like Europe/Moscow or Asia/Jerusalem).</source>
        <translation>{field}: „{zone}” אינו אזור זמן (למשל Europe/Moscow או Asia/Jerusalem).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="412" />
        <source>{field}: must be a list.</source>
        <translation>{field}: חייב להיות רשימה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="414" />
        <source>{field}: must be a list of minutes before the visit, each from 5 to {high}, none twice.</source>
        <translation>{field}: חייב להיות רשימה של דקות לפני התור, כל אחת בין 5 ל-{high}, בלי כפילויות.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="417" />
        <source>{field}: must be two different times like 21:00 and 09:00, or empty.</source>
        <translation>{field}: חייב להיות שתי שעות שונות, למשל 21:00 ו-09:00, או ריק.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="419" />
        <source>{field}: two services have the same name.</source>
        <translation>{field}: לשני שירותים יש אותו שם.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="421" />
        <source>{field}: two staff members have the same name or alias.</source>
        <translation>{field}: לשני אנשי צוות יש אותו שם או כינוי.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="423" />
        <source>{field}: “{service}” is not one of the services.</source>
        <translation>{field}: „{service}” אינו אחד השירותים.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="425" />
        <source>{field}: must be a date like 2026-12-31.</source>
        <translation>{field}: צריך להיות תאריך כמו 2026-12-31.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="427" />
        <source>{field}: “{country}” is not a country whose public holidays are known (a 2-letter code like RU, IL, US).</source>
        <translation>{field}: „{country}” אינה מדינה שהחגים הרשמיים שלה ידועים (קוד בן 2 אותיות, כמו RU, IL, US).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="430" />
        <source>Cannot read {file}: {error}</source>
        <translation>לא ניתן לקרוא את {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="432" />
        <source>{file} is not valid JSON ({error}).</source>
        <translation>{file} אינו JSON תקין ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="434" />
        <source>{file} is not usable JSON ({error}).</source>
        <translation>{file} אינו JSON שמיש ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="436" />
        <source>Company {company} does not exist.</source>
        <translation>החברה {company} אינה קיימת.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="438" />
        <source>The customer belongs to another company.</source>
        <translation>הלקוח שייך לחברה אחרת.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="441" />
        <source>The AI provider setting must name a kind of provider.</source>
        <translation>הגדרת ספק ה-AI חייבת לציין סוג ספק.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="443" />
        <source>{field}: unknown setting.</source>
        <translation>{field}: הגדרה לא מוכרת.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="445" />
        <source>{field}: “{kind}” is not one of {kinds}.</source>
        <translation>{field}: „{kind}” אינו אחד מ: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="447" />
        <source>{field}: give the server's address, like http://127.0.0.1:11434/v1</source>
        <translation>{field}: ציינו את כתובת השרת, למשל http://127.0.0.1:11434/v1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="449" />
        <source>{field}: give the model name the server serves.</source>
        <translation>{field}: ציינו את שם המודל שהשרת מגיש.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="451" />
        <source>No OpenAI key is set for this company: add it on the Business page.</source>
        <translation>לא הוגדר מפתח OpenAI לחברה זו: הוסיפו אותו בעמוד „העסק”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="454" />
        <source>There is nothing to back up yet: {folder} has no database (AI Admin has not started with it).</source>
        <translation>עדיין אין מה לגבות: ב-{folder} אין מסד נתונים (AI Admin עוד לא הופעל עם התיקייה הזו).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="457" />
        <source>The database is not a file in the data folder (AI_ADMIN_DATABASE_URL points to a server): back it up with the server's own tools.</source>
        <translation>מסד הנתונים אינו קובץ בתיקיית הנתונים (AI_ADMIN_DATABASE_URL מצביע על שרת): גבו אותו בכלים של השרת עצמו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="460" />
        <source>The backup could not be written to {path} ({error}).</source>
        <translation>לא ניתן היה לכתוב את הגיבוי ל-{path} ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="462" />
        <source>{path} cannot be read ({error}).</source>
        <translation>לא ניתן לקרוא את {path} ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="464" />
        <source>{path} is not an AI Admin backup. Nothing was changed.</source>
        <translation>{path} אינו גיבוי של AI Admin. שום דבר לא השתנה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="466" />
        <source>The backup {path} is damaged ({error}). Nothing was changed.</source>
        <translation>הגיבוי {path} פגום ({error}). שום דבר לא השתנה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="468" />
        <source>The backup {path} is damaged: {file} is not what was backed up. Nothing was changed.</source>
        <translation>הגיבוי {path} פגום: {file} אינו מה שגובה. שום דבר לא השתנה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="471" />
        <source>This backup was made by a newer AI Admin ({version}) with a newer database: update AI Admin on this computer first, then restore it. Nothing was changed.</source>
        <translation>הגיבוי הזה נוצר בגרסה חדשה יותר של AI Admin ‏({version}) עם מסד נתונים חדש יותר: עדכנו קודם את AI Admin במחשב הזה ואז שחזרו אותו. שום דבר לא השתנה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reason_texts.py" line="475" />
        <source>The backup could not be put in place ({error}); the data folder was left as it was.</source>
        <translation>לא ניתן היה לשחזר את הגיבוי ({error}); תיקיית הנתונים נשארה כפי שהייתה.</translation>
    </message>
</context>
<context>
    <name>ShopTray</name>
    <message>
        <location filename="../../desktop/views/tray.py" line="84" />
        <source>Open AI Admin</source>
        <translation>פתיחת AI Admin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="85" />
        <source>Quit (stops answering)</source>
        <translation>יציאה (המענה ייפסק)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="106" />
        <source>Company %1</source>
        <translation>עסק %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="116" />
        <source>AI Admin is still answering</source>
        <translation>AI Admin ממשיך לענות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="117" />
        <source>The window is closed, but customers are still answered. Use the tray icon to open AI Admin or to quit.</source>
        <translation>החלון סגור, אבל הלקוחות עדיין מקבלים מענה. אפשר לפתוח את AI Admin או לצאת דרך הסמל במגש המערכת.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="141" />
        <source>AI Admin — %1</source>
        <translation>AI Admin — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="142" />
        <source>all companies connected</source>
        <translation>כל העסקים מחוברים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="142" />
        <source>connecting…</source>
        <translation>מתחבר…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="143" />
        <source>a company needs attention</source>
        <translation>עסק דורש טיפול</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="143" />
        <source>not connected</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="153" />
        <source>%1 was logged out</source>
        <translation>%1: בוצעה התנתקות מ-WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="154" />
        <source>WhatsApp unlinked this computer. Link the shop's phone again on the Connection page.</source>
        <translation>WhatsApp ניתק את המחשב הזה. קשרו שוב את הטלפון של העסק בדף "חיבור".</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="157" />
        <source>%1 stopped answering</source>
        <translation>%1: המענה הופסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="160" />
        <source>%1 disconnected</source>
        <translation>%1: החיבור נותק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="161" />
        <source>The connection dropped; AI Admin is reconnecting by itself.</source>
        <translation>החיבור נפל; AI Admin מתחבר מחדש מעצמו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="167" />
        <source>A customer needs a person</source>
        <translation>לקוח צריך מענה אנושי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="175" />
        <source>A message could not be sent</source>
        <translation>לא הצלחנו לשלוח הודעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="184" />
        <source>Working again</source>
        <translation>עובד שוב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="185" />
        <source>The database can be written again; nothing was lost.</source>
        <translation>אפשר שוב לכתוב למסד הנתונים; דבר לא אבד.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="189" />
        <source>Customers' messages are waiting</source>
        <translation>הודעות של לקוחות ממתינות</translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="190" />
        <source>Replies are waiting</source>
        <translation>תשובות ממתינות לשליחה</translation>
    </message>
</context>
<context>
    <name>SimulatorPage</name>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="93" />
        <source>Chat as a customer</source>
        <translation>צ'אט בתור לקוח</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="98" />
        <source>Pick a customer's number or type a new one</source>
        <translation>בחרו מספר של לקוח או הקלידו מספר חדש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="101" />
        <source>Customer's name (optional)</source>
        <translation>שם הלקוח (לא חובה)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="102" />
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="104" />
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="116" />
        <source>Write as the customer, e.g. “Can I book a haircut tomorrow at 10?”</source>
        <translation>כתבו כמו לקוח, לדוגמה: "אפשר לקבוע תספורת מחר ב-10?"</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="119" />
        <source>Send</source>
        <translation>שליחה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="128" />
        <source>Send instead:</source>
        <translation>או לשלוח:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="130" />
        <source>Photo</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="130" />
        <source>Voice note</source>
        <translation>הודעה קולית</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="131" />
        <source>Sticker</source>
        <translation>מדבקה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="131" />
        <source>Document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="132" />
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="142" />
        <source>Try what can go wrong</source>
        <translation>מה יכול להשתבש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="143" />
        <source>See how AI Admin reacts. Nothing here touches a real phone.</source>
        <translation>ראו איך AI Admin מגיב. שום דבר כאן לא נוגע בטלפון אמיתי.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="151" />
        <source>Drop the connection</source>
        <translation>ניתוק החיבור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="152" />
        <source>WhatsApp closes the connection (428); AI Admin reconnects by itself.</source>
        <translation>WhatsApp סוגר את החיבור (428); AI Admin מתחבר מחדש מעצמו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="153" />
        <source>Kill the bridge</source>
        <translation>הריגת תהליך הגשר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="154" />
        <source>The WhatsApp bridge process crashes; it is restarted and nothing is lost.</source>
        <translation>תהליך הגשר של WhatsApp קורס; הוא מופעל מחדש ושום דבר לא הולך לאיבוד.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="156" />
        <source>Next reply times out</source>
        <translation>התשובה הבאה תיתקע</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="157" />
        <source>The next send gets no answer from WhatsApp; it is retried.</source>
        <translation>WhatsApp לא יגיב לשליחה הבאה; היא תישלח שוב.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="158" />
        <source>Log out on the phone</source>
        <translation>התנתקות בטלפון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="159" />
        <source>The phone unlinks this computer (401): you must link again.</source>
        <translation>הטלפון מנתק את המחשב הזה (401): צריך לקשר מחדש.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="160" />
        <source>Open elsewhere</source>
        <translation>פתיחה במקום אחר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="161" />
        <source>Another computer takes over the session (440).</source>
        <translation>מחשב אחר משתלט על החיבור (440).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="197" />
        <source>That phone number does not work: %1</source>
        <translation>מספר הטלפון הזה לא תקין: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="218" />
        <location filename="../../desktop/views/simulator_page.py" line="228" />
        <source>Sending as the customer</source>
        <translation>שליחה בתור הלקוח</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="83" />
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="84" />
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="85" />
        <source>Move up</source>
        <translation>למעלה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="86" />
        <source>Move down</source>
        <translation>למטה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="112" />
        <source>e.g. Anya, אנה</source>
        <translation>למשל אנה, Anya</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="116" />
        <source>All checked: every service, also ones added later.</source>
        <translation>הכול מסומן: כל השירותים, גם כאלה שיתווספו בהמשך.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="125" />
        <location filename="../../desktop/views/profile_staff.py" line="396" />
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="126" />
        <location filename="../../desktop/views/profile_staff.py" line="396" />
        <source>Other names</source>
        <translation>שמות נוספים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="127" />
        <location filename="../../desktop/views/profile_staff.py" line="397" />
        <source>Services</source>
        <translation>שירותים</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="128" />
        <location filename="../../desktop/views/profile_staff.py" line="397" />
        <source>Days off</source>
        <translation>ימי חופש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="133" />
        <source>Works the shop's hours</source>
        <translation>עובד/ת בשעות העסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="145" />
        <source>A day left empty is a day off.</source>
        <translation>יום שנשאר ריק הוא יום חופש.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="153" />
        <source>No staff: every visit is with the shop. Add the people who take customers so the receptionist books each visit with someone who does that service and is at work; a customer can ask for someone by name.</source>
        <translation>אין צוות: כל התורים הם פשוט לעסק. הוסיפו את מי שמקבלים לקוחות, והמזכירה תקבע כל תור אצל מי שעושה את השירות ונמצא בעבודה; לקוח יכול לבקש מישהו בשמו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="219" />
        <source>Upcoming visits with %1: %2. They stay booked under that name: move them to someone else on the Appointments page, or press Undo changes.</source>
        <translation>תורים קרובים אצל %1: %2. הם נשארים רשומים על השם הזה: העבירו אותם למישהו אחר בעמוד „תורים”, או לחצו „ביטול השינויים”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="254" />
        <source>Staff member %1</source>
        <translation>איש צוות %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="312" />
        <source>closed</source>
        <translation>סגור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="314" />
        <source>day off</source>
        <translation>יום חופש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="398" />
        <source>Working hours</source>
        <translation>שעות עבודה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_staff.py" line="400" />
        <source>Staff, %1</source>
        <translation>צוות, %1</translation>
    </message>
</context>
<context>
    <name>StateHistoryModel</name>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="106" />
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="106" />
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="106" />
        <source>Why</source>
        <translation>סיבה</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <location filename="../../desktop/views/status_words.py" line="53" />
        <source>Not started</source>
        <translation>לא הופעל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="59" />
        <source>Reconnecting in %n s</source>
        <translation>התחברות מחדש בעוד %n שנ׳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="61" />
        <source>Reconnecting…</source>
        <translation>מתחבר מחדש…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="63" />
        <source>Linking paused until %1</source>
        <translation>הקישור מושהה עד %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="66" />
        <source>Connected</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="67" />
        <source>Starting…</source>
        <translation>מתחיל…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="68" />
        <source>Connecting…</source>
        <translation>מתחבר…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="69" />
        <source>Scan the QR code</source>
        <translation>סרקו את קוד ה-QR</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="70" />
        <source>Enter the code on the phone</source>
        <translation>הקלידו את הקוד בטלפון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="72" />
        <source>QR code expired — ask for a new one</source>
        <translation>תוקף קוד ה-QR פג — בקשו קוד חדש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="74" />
        <source>Logged out — link again</source>
        <translation>מנותק — יש לקשר שוב</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="76" />
        <source>Used on another computer</source>
        <translation>בשימוש במחשב אחר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="78" />
        <source>Refused by WhatsApp</source>
        <translation>נדחה על ידי WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="79" />
        <source>Linking paused</source>
        <translation>הקישור מושהה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="80" />
        <source>Bridge failed — see Connection</source>
        <translation>תקלה בגשר — ראו "חיבור"</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="82" />
        <source>Disconnected</source>
        <translation>מנותק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="101" />
        <source>WhatsApp is not connected for this company.</source>
        <translation>WhatsApp לא מחובר לעסק הזה.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="103" />
        <source>Starting the WhatsApp bridge…</source>
        <translation>מפעיל את גשר WhatsApp…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="105" />
        <source>Scan the QR code: on the phone open WhatsApp → Linked devices → Link a device. Or link with a code sent to the phone number instead.</source>
        <translation>סורקים את קוד ה-QR: בטלפון פותחים את WhatsApp ← מכשירים מקושרים ← קישור מכשיר. אפשר גם לקשר עם קוד שנשלח למספר הטלפון.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="109" />
        <source>Type the pairing code on the phone: WhatsApp → Linked devices → Link a device → Link with phone number instead.</source>
        <translation>מקלידים את קוד הקישור בטלפון: WhatsApp ← מכשירים מקושרים ← קישור מכשיר ← קישור באמצעות מספר טלפון.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="113" />
        <source>Connecting to WhatsApp…</source>
        <translation>מתחבר ל-WhatsApp…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="115" />
        <source>Connected: messages are received and answered.</source>
        <translation>מחובר: הודעות מתקבלות ונענות.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="117" />
        <source>The connection dropped; reconnecting by itself.</source>
        <translation>החיבור נפל; מתחבר מחדש מעצמו.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="119" />
        <source>The QR code expired before the phone scanned it. Ask for a new one when the phone is at hand.</source>
        <translation>תוקף קוד ה-QR פג לפני שהטלפון סרק אותו. בקשו קוד חדש כשהטלפון בהישג יד.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="123" />
        <source>This computer is not linked to WhatsApp any more: link the phone again.</source>
        <translation>המחשב הזה כבר לא מקושר ל-WhatsApp: יש לקשר את הטלפון שוב.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="126" />
        <source>Another computer or program took over this WhatsApp session. Close it there, then connect here.</source>
        <translation>מחשב או תוכנה אחרים השתלטו על חיבור ה-WhatsApp הזה. סגרו אותו שם, ואז התחברו כאן.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="130" />
        <source>WhatsApp refused this number (it may be banned). Nothing is retried; check the WhatsApp app on the phone.</source>
        <translation>WhatsApp דחה את המספר הזה (ייתכן שהוא חסום). לא יהיו ניסיונות נוספים; בדקו את אפליקציית WhatsApp בטלפון.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="134" />
        <source>Too many linking attempts in a short time; WhatsApp may refuse new links for hours. Wait until the stated time, then try again.</source>
        <translation>יותר מדי ניסיונות קישור בזמן קצר; WhatsApp עלול לחסום קישורים חדשים למשך שעות. חכו עד השעה שצוינה ונסו שוב.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="138" />
        <source>The WhatsApp bridge could not run.</source>
        <translation>לא הצלחנו להפעיל את גשר WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="147" />
        <source>stopped</source>
        <translation>מופסק</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="148" />
        <source>starting</source>
        <translation>מתחיל</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="149" />
        <source>waiting qr</source>
        <translation>ממתין ל-QR</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="150" />
        <source>waiting pairing code</source>
        <translation>ממתין לקוד קישור</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="152" />
        <source>connecting</source>
        <translation>מתחבר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="153" />
        <source>connected</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="154" />
        <source>reconnecting</source>
        <translation>מתחבר מחדש</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="156" />
        <source>qr expired</source>
        <translation>תוקף ה-QR פג</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="157" />
        <source>logged out</source>
        <translation>מנותק מהחשבון</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="158" />
        <source>replaced</source>
        <translation>הוחלף</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="159" />
        <source>banned</source>
        <translation>חסום</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="160" />
        <source>linking blocked</source>
        <translation>הקישור מושהה</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_words.py" line="162" />
        <source>bridge failed</source>
        <translation>תקלה בגשר</translation>
    </message>
</context>
<context>
    <name>TimeZoneWords</name>
    <message numerus="yes">
        <location filename="../../desktop/views/profile_editor.py" line="95" />
        <source>%n visit(s) will show %1 earlier.</source>
        <translation>
            <numerusform>תור אחד יוצג %1 מוקדם יותר.</numerusform>
            <numerusform>%n תורים יוצגו %1 מוקדם יותר.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/profile_editor.py" line="97" />
        <source>%n visit(s) will show %1 later.</source>
        <translation>
            <numerusform>תור אחד יוצג %1 מאוחר יותר.</numerusform>
            <numerusform>%n תורים יוצגו %1 מאוחר יותר.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="106" />
        <source>one hour</source>
        <translation>שעה</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/profile_editor.py" line="108" />
        <source>%n hour(s)</source>
        <translation>
            <numerusform>שעה אחת</numerusform>
            <numerusform>%n שעות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/profile_editor.py" line="110" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>דקה אחת</numerusform>
            <numerusform>%n דקות</numerusform>
        </translation>
    </message>
</context>
</TS>