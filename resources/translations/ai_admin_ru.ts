<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="278"/>
        <source>Built-in offline assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="281"/>
        <source>OpenAI, model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="282"/>
        <source>Server %1, model %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/views/about.py" line="93"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="106"/>
        <source>An AI WhatsApp receptionist for your shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="117"/>
        <source>AI Admin ships with these components; their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="137"/>
        <location filename="../../desktop/views/about.py" line="161"/>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/about.py" line="145"/>
        <source>The licence notices are missing from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddCompanyDialog</name>
    <message>
        <location filename="../../desktop/views/add_company.py" line="26"/>
        <source>Add a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="29"/>
        <source>the demo barbershop&apos;s profile (edit it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="33"/>
        <source>Name of the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="35"/>
        <source>e.g. Avi&apos;s Barbershop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="38"/>
        <source>Business profile (hours, services, prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="42"/>
        <source>Import a profile file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="48"/>
        <source>How does it reach WhatsApp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="49"/>
        <source>The shop&apos;s WhatsApp — link its phone with a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="50"/>
        <source>The simulator — try everything without a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="63"/>
        <source>Add company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="72"/>
        <source>Using %1: %2 services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="77"/>
        <source>Import a business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="78"/>
        <source>Business profile (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="89"/>
        <source>This profile cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/add_company.py" line="102"/>
        <source>Give the business a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="92"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="95"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="96"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="116"/>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="118"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="118"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="118"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="119"/>
        <source>Booked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="130"/>
        <source>New booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="131"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="132"/>
        <source>Cancel booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="133"/>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="217"/>
        <source>Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="217"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="224"/>
        <source>No bookings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="269"/>
        <source>Booked %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="298"/>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="306"/>
        <source>Cancel the booking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="307"/>
        <source>Cancel %1 for %2? The customer is not told automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="321"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop/views/charts.py" line="67"/>
        <source>No messages in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="33"/>
        <source>Move the booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="33"/>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="42"/>
        <source>Customer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="44"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="51"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/agenda_page.py" line="52"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="108"/>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="109"/>
        <source>Its name, and its profile: opening hours, services and prices. Everything can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="118"/>
        <source>Name of the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="120"/>
        <source>e.g. Avi&apos;s Barbershop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="125"/>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="126"/>
        <source>Start from the demo barbershop&apos;s profile (%1 services; edit it later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="129"/>
        <source>Import a profile file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="140"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="141"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="169"/>
        <source>Import a business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="170"/>
        <source>Business profile (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="184"/>
        <source>This profile cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="193"/>
        <source>%1: %2 services, time zone %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPanel</name>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="186"/>
        <source>Bridge process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="186"/>
        <source>Running for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="187"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="187"/>
        <source>Bridge restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="188"/>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="188"/>
        <source>Node.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="189"/>
        <source>Baileys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="189"/>
        <source>Linked number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="204"/>
        <source>AI provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="207"/>
        <source>Check AI provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="216"/>
        <source>Recent connection changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="243"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="223"/>
        <source>How do you want to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="224"/>
        <source>You can add the other one later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="226"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="229"/>
        <source>Try with the simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="231"/>
        <source>Link my WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="238"/>
        <source>A pretend phone inside AI Admin: write as a customer and watch the receptionist answer and book. No phone needed, nothing is sent to WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="241"/>
        <source>The receptionist answers the shop&apos;s own WhatsApp number. Have the shop&apos;s phone at hand: the next step links it with a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="56"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="57"/>
        <source>New QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="58"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="59"/>
        <source>Restart the bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="60"/>
        <source>Log out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="65"/>
        <source>Scan with the simulated phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="73"/>
        <source>Link the shop&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="81"/>
        <source>&lt;ol style=&apos;margin-left:0px; -qt-list-indent:1&apos;&gt;&lt;li&gt;Open &lt;b&gt;WhatsApp&lt;/b&gt; on the shop&apos;s phone.&lt;/li&gt;&lt;li&gt;Go to &lt;b&gt;Settings → Linked devices → Link a device&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Point the phone at this code.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="89"/>
        <source>Link with phone number instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="99"/>
        <source>Shop&apos;s phone number, e.g. +972 50 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="100"/>
        <source>Get a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="119"/>
        <source>On the phone: WhatsApp → Linked devices → Link a device → Link with phone number instead, then type this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="132"/>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="134"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="134"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="135"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="218"/>
        <source>You can try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="237"/>
        <source>A new code appears in %n s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="238"/>
        <source>Waiting for a new code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="253"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="257"/>
        <source>Log out of WhatsApp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="258"/>
        <source>This unlinks this computer from the shop&apos;s WhatsApp. The bot stops answering until the phone is linked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="261"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="267"/>
        <source>Logging out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="275"/>
        <source>Scanning with the simulated phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/connection_page.py" line="290"/>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="27"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="27"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="27"/>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="28"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="28"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="28"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="29"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="110"/>
        <source>Search name, phone, notes or tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="133"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="139"/>
        <source>e.g. prefers Avi; allergic to some products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="141"/>
        <source>regular, vip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="142"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="143"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="144"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="145"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="148"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="149"/>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="177"/>
        <source>%1 of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/customers_page.py" line="211"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="319"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="323"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="325"/>
        <source>Export diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="337"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="340"/>
        <location filename="../../desktop/views/diagnostics_page.py" line="494"/>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="349"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="350"/>
        <source>Customer messages in, per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="351"/>
        <location filename="../../desktop/views/diagnostics_page.py" line="503"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="352"/>
        <source>Answers per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="353"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="354"/>
        <source>No answers in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="355"/>
        <source>Time to first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="356"/>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="356"/>
        <location filename="../../desktop/views/diagnostics_page.py" line="520"/>
        <source>Customer turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="357"/>
        <source>No answered messages in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="358"/>
        <source>Send failures per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="359"/>
        <source>Failed messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="360"/>
        <source>No send failures in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="376"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="384"/>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="396"/>
        <source>Self-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="398"/>
        <source>Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="400"/>
        <source>Checks Python, Node.js, the bridge, the data folder and the database; takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="448"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="449"/>
        <source>Refreshing diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="459"/>
        <source>Company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="481"/>
        <source>Size on disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="483"/>
        <source>Updated at %1; refreshes every minute while shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="505"/>
        <location filename="../../desktop/views/diagnostics_page.py" line="524"/>
        <source>%1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="507"/>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="508"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="510"/>
        <source>bot %1 · staff %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="516"/>
        <source>median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="518"/>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="522"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="526"/>
        <source>From %1 to now, by the hour of this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="546"/>
        <source>The database is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="547"/>
        <source>Problems found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="553"/>
        <location filename="../../desktop/views/diagnostics_page.py" line="588"/>
        <location filename="../../desktop/views/diagnostics_page.py" line="598"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="596"/>
        <source>Running the checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="599"/>
        <source>Running the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="601"/>
        <source>The checks could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="611"/>
        <source>%1 of %2 checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="639"/>
        <source>Export diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="640"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="655"/>
        <source>Saved %1. Phone numbers are masked and keys removed: it is safe to mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="660"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="664"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="378"/>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="426"/>
        <source>Linked. AI Admin is now answering for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="79"/>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="80"/>
        <source>A receptionist that answers your shop&apos;s WhatsApp. Three short steps and it is ready to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="84"/>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="97"/>
        <source>Customers are always answered in the language they write in; this is only the language of the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="267"/>
        <location filename="../../desktop/views/first_run.py" line="336"/>
        <source>The QR code appears here in a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="281"/>
        <source>New QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="283"/>
        <source>Scan with the simulated phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="298"/>
        <source>You can also finish now and link later on the Connection page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="307"/>
        <source>Link the simulated phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="308"/>
        <source>The same steps as with a real phone, without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="310"/>
        <source>&lt;p&gt;This QR code comes from the simulator: nothing leaves this computer.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Scan with the simulated phone&lt;/b&gt;. Then open the &lt;b&gt;Simulator&lt;/b&gt; page and write to the shop as a customer would.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="315"/>
        <source>Link the shop&apos;s WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="316"/>
        <source>Keep this window open with the shop&apos;s phone in your hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="318"/>
        <source>&lt;ol style=&apos;margin-left:0px; -qt-list-indent:1&apos;&gt;&lt;li&gt;&lt;b&gt;On your phone: WhatsApp &amp;gt; Settings &amp;gt; Linked devices &amp;gt; Link a device&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Point the phone at this code.&lt;/li&gt;&lt;li&gt;Wait until this page says the phone is linked.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The code changes by itself every 20 to 60 seconds.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="325"/>
        <source>If the phone says it cannot link: WhatsApp may refuse new links for a few hours after many attempts: wait, then press New QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="330"/>
        <source>Open AI Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="335"/>
        <source>Scan this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="344"/>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="345"/>
        <source>The phone is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="349"/>
        <source>&lt;p&gt;Open the &lt;b&gt;Simulator&lt;/b&gt; page and write to the shop as a customer would: the receptionist answers, books and moves appointments.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="352"/>
        <source>&lt;p&gt;Customers who write to the shop&apos;s WhatsApp are answered from now on. Every conversation shows in the window; switch the AI off for a chat to answer it yourself.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="184"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="184"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="184"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="185"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="185"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="220"/>
        <source>%1  [+%2 lines]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="410"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="411"/>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="412"/>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="413"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="417"/>
        <location filename="../../desktop/views/logs_view.py" line="643"/>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="423"/>
        <source>Search the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="429"/>
        <location filename="../../desktop/views/logs_view.py" line="579"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="434"/>
        <location filename="../../desktop/views/logs_view.py" line="474"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="435"/>
        <source>Copy the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="437"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="438"/>
        <source>Save the lines shown to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="579"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="590"/>
        <source>%n new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="591"/>
        <source>1 new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="645"/>
        <source>No company (app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="647"/>
        <source>Company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="652"/>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="654"/>
        <source>%1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="673"/>
        <source>Export the lines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="674"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/logs_view.py" line="689"/>
        <source>Saved %1 lines to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="68"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="75"/>
        <source>+ Add company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="80"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="88"/>
        <source>AI answers customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="101"/>
        <source>AI is off: nothing is answered automatically. Staff must reply to every customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="114"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="115"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="116"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="118"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="119"/>
        <source>Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="120"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="133"/>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="145"/>
        <source>&amp;AI Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="146"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="158"/>
        <source>Quit (stops answering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="166"/>
        <source>The language changes the next time AI Admin starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="270"/>
        <source>The AI switch did not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="273"/>
        <source>Switching the AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="294"/>
        <source>Adding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="295"/>
        <source>Adding the company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditorPage</name>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="65"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="65"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="66"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="66"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="67"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="67"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="68"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="75"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="84"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="85"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="86"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="87"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="92"/>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="93"/>
        <source>Several ranges a day are separated by commas, e.g. 10:00-14:00, 15:00-20:00. Leave empty when closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="103"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="116"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="119"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="119"/>
        <source>Other names (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="120"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="120"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="120"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="127"/>
        <source>Questions customers ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="129"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="129"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="137"/>
        <source>Booking rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="139"/>
        <location filename="../../desktop/views/profile_editor.py" line="140"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="141"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="142"/>
        <source>Slots every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="143"/>
        <source>Book at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="144"/>
        <source>Book at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="150"/>
        <source>Who answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="153"/>
        <source>Built-in offline assistant (no key needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="155"/>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="156"/>
        <source>A local or other OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="161"/>
        <source>model name, e.g. llama3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="164"/>
        <source>leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="165"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="166"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="167"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="168"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="171"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="197"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="198"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="199"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="200"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="236"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="237"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="267"/>
        <source>No key stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="269"/>
        <source>A key is stored in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="272"/>
        <source>A key is stored in a local file that is NOT encrypted (this computer has no keyring). Only your user can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="348"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="402"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="441"/>
        <source>Saved. The receptionist now answers with these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="456"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="458"/>
        <source>Testing the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="464"/>
        <source>Import a business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="465"/>
        <location filename="../../desktop/views/profile_editor.py" line="487"/>
        <source>Business profile (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="480"/>
        <source>Imported %1 — check it, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="485"/>
        <source>Export the business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="501"/>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/profile_editor.py" line="504"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../../desktop/views/qr_view.py" line="50"/>
        <source>QR code to scan with the shop&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopTray</name>
    <message>
        <location filename="../../desktop/views/tray.py" line="80"/>
        <source>Open AI Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="81"/>
        <source>Quit (stops answering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="101"/>
        <source>Company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="111"/>
        <source>AI Admin is still answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="112"/>
        <source>The window is closed, but customers are still answered. Use the tray icon to open AI Admin or to quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="136"/>
        <source>AI Admin — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="137"/>
        <source>all companies connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="137"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="138"/>
        <source>a company needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="138"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="143"/>
        <source>%1 was logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="144"/>
        <source>WhatsApp unlinked this computer. Link the shop&apos;s phone again on the Connection page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="147"/>
        <source>%1 stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="150"/>
        <source>%1 disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="151"/>
        <source>The connection dropped; AI Admin is reconnecting by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="157"/>
        <source>A customer needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/tray.py" line="165"/>
        <source>A message could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatorPage</name>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="81"/>
        <source>Chat as a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="86"/>
        <source>Pick a customer&apos;s number or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="89"/>
        <source>Customer&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="90"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="104"/>
        <source>Write as the customer, e.g. “Can I book a haircut tomorrow at 10?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="107"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="114"/>
        <source>Send instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="116"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="116"/>
        <source>Voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="117"/>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="117"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="118"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="128"/>
        <source>Try what can go wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="129"/>
        <source>See how AI Admin reacts. Nothing here touches a real phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="137"/>
        <source>Drop the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="138"/>
        <source>WhatsApp closes the connection (428); AI Admin reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="139"/>
        <source>Kill the bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="140"/>
        <source>The WhatsApp bridge process crashes; it is restarted and nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="142"/>
        <source>Next reply times out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="143"/>
        <source>The next send gets no answer from WhatsApp; it is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="144"/>
        <source>Log out on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="145"/>
        <source>The phone unlinks this computer (401): you must link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="146"/>
        <source>Open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="147"/>
        <source>Another computer takes over the session (440).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="183"/>
        <source>That phone number does not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/simulator_page.py" line="203"/>
        <location filename="../../desktop/views/simulator_page.py" line="213"/>
        <source>Sending as the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateHistoryModel</name>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="107"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="107"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/diagnostics_page.py" line="107"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
