<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>Password: use at least %n characters.</source>
        <translation>
            <numerusform>Password: use at least %n character.</numerusform>
            <numerusform>Password: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password: it starts or ends with a space; type it without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name &apos;%1&apos;: use 1 to 32 small letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user must be an administrator (--role admin): only an administrator can add the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name &apos;%1&apos; is taken: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the last administrator who can log in: add another administrator before disabling this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is disabled: ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentCheck</name>
    <message>
        <source>%1–%2 is outside %3&apos;s working hours (%4–%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not trained for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2&apos;s district (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps %1&apos;s visit %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1&apos;s visit ending %2 in %3: %4 min travel + %5 min early arrival needs until %6; %7 min short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1&apos;s visit at %2 in %3: %4 min travel + %5 min early arrival; %6 min short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of warranty and the customer has not agreed to the charge (R4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical support has not looked at this fault yet (R7e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 is outside the times the customer can receive the engineer (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>The follow-up calls were not produced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] Hello %2, we tried to call you about your repair (ticket %3) but could not reach you. Please call us back at a convenient time. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the call first: another operator may be calling this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what happened before recording the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call was changed elsewhere; the queue has been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down how the complaint was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint was already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Centre</name>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning, moving or taking back visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overriding a refused assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the guided-triage content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the centre&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the %2 role; %3 is logged in as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerAvailability</name>
    <message>
        <source>In “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which days? Write the days or a date before the hours, e.g. “Mon-Fri %1” or “2026-11-25 %1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hours are missing; write them after %1, e.g. “%1 12:00-17:00”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the hours as from-to, e.g. “12:00-17:00”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time; write hours and minutes, e.g. “09:00”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write year-month-day, e.g. “2026-11-25 09:00-11:00”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time; write hours and minutes, e.g. “17:00”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end comes before the start; write the earlier time first, e.g. “09:00-11:00”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a day of the week; write Mon, Tue, Wed, Thu, Fri, Sat or Sun, e.g. “Mon,Wed,Fri 12:00-17:00” or “Mon-Fri 09:00-12:00”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end comes before the start; write the earlier time first, e.g. “12:00-17:00”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 – %4 %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPlanner</name>
    <message>
        <source>meets the 24-hour visit commitment that way (R13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to its booked time (R14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saves %1 min of travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>makes room for urgent visit %1 (R12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>makes room for visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off to make room for urgent visit %1 (R12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off to make room for visit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCentre</name>
    <message>
        <source>%1 already holds customers: demo data goes into a new, empty database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchService</name>
    <message>
        <source>Someone else changed this visit a moment ago; the board has been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer did not agree to the new time: give the visit to another engineer or put it back in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit result was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pin was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeCheck</name>
    <message>
        <source>No customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address unclear: ask for street, building and door number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid phone number: read it back to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 is not in the catalogue: check the nameplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase date: warranty cannot be decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type it as YYYY-MM-DD, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date %1 is before 1980: check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fault description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault is vague: ask what the unit does or does not do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of warranty since %1: the customer must agree to the charge before dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vague fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge not yet agreed (out of warranty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s number, any format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline or second mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, number, building, floor, door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District (used for dispatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the nameplate, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer agrees to the &amp;charge (out of warranty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault and request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the customer&apos;s words: what the unit does or does not do, since when, any error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ervice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferred time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. weekday afternoons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the customer asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;iority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>The ticket was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobSheet</name>
    <message>
        <source>In warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of warranty: customer agreed to the charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of warranty: charge NOT yet agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone triage found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitude (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorningList</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningBoard</name>
    <message>
        <source>its engineer is not on the plan for that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its booked time no longer fits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check refused the planned slot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 at %2 to %3 at %4–%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an engineer not on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 at %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent: the fault stops the customer&apos;s work (R12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no 24-hour visit clock: the request time is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets the 24-hour visit commitment, due %1 (R13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misses the 24-hour visit commitment, due %1: no earlier slot was free (R13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds %1 min of travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer must agree to the new time (R14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service centre does not work on %1 (R27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engineer on the plan is trained for %1 and works in %2 (R11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer cannot receive the engineer on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No free %1-minute slot with the %n engineer(s) who could go</source>
        <translation>
            <numerusform>No free %1-minute slot with the %n engineer who could go</numerusform>
            <numerusform>No free %1-minute slot with any of the %n engineers who could go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No free %1-minute slot with the %n engineer(s) who could go, inside the customer&apos;s availability (%2)</source>
        <translation>
            <numerusform>No free %1-minute slot with the %n engineer who could go, inside the customer&apos;s availability (%2)</numerusform>
            <numerusform>No free %1-minute slot with any of the %n engineers who could go, inside the customer&apos;s availability (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>back to the supervisor (R14)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningService</name>
    <message>
        <source>Someone else changed the board meanwhile: nothing was changed. Plan the day again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan no longer fits the board (%1): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed on the phone (remote-fix rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 guided calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the dispatch queue within 5 minutes (R9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited within 24 working hours (R13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired within 48 working hours (R13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat visits: reopened after the follow-up call (R20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction with the unit (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rated follow-up call(s)</source>
        <translation>
            <numerusform>%n rated follow-up call</numerusform>
            <numerusform>%n rated follow-up calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Satisfaction with the engineer (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints opened (R24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches recorded as they happened (R13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without a visit in 24 h, %2 not repaired in 48 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePhrases</name>
    <message>
        <source>Hello, this is the %1 service hotline, %2 speaking. How can I help you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May I have your name and the address where the unit is installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Am I speaking with %1? May I confirm the address where the unit is installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To solve this as quickly as possible, may I ask you a few questions and try a few simple checks with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m glad it works again. We will call you around %1 to make sure everything is still fine. Thank you for calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have arranged for an engineer to visit; our dispatcher will call you to agree the time. Thank you for your patience.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaService</name>
    <message>
        <source>The SLA watch could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: &quot;%1&quot; is not a reason to pause the clocks; give parts or customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2: its service clocks do not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks of ticket %1 stand already: %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks were not paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks of ticket %1 are not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks were not resumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair within 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks of ticket %1 stand already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotSuggester</name>
    <message>
        <source>No 24-hour visit clock: the request time is not recorded (R13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the 24-hour visit commitment: due %1 (R13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misses the 24-hour visit commitment: due %1 (R13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 min of travel, coming from %2&apos;s visit in %3 that ends at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 min of travel, starting from %2&apos;s home district %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 min of travel, starting from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works in %2 and is trained for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is trained for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing else booked that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n visit(s) booked that day, %2 min in all</source>
        <translation>
            <numerusform>%1 has %n visit booked that day, %2 min in all</numerusform>
            <numerusform>%1 has %n visits booked that day, %2 min in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketTypes</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In phone triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: stops work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal: inconvenience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air conditioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrigerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC / laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tech support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken in for repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second visit needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit back in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment forced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone triage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer refused phone guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: satisfied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: not fixed, reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks paused: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks resumed after %1 of working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks resumed after %1 of working time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached: no visit within 24 working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached: not repaired within 48 working hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageService</name>
    <message>
        <source>Ticket %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is already %2: its call was ended elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitResultDialog</name>
    <message>
        <source>Visit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tested on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parts used / needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harge (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;signed the service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attitude rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ArchiveWorkplace</name>
    <message>
        <source>Name, any phone number, address, model, serial or words of the fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed tickets stay searchable: type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) found</source>
        <translation>
            <numerusform>%n ticket found</numerusform>
            <numerusform>%n tickets found</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Call customer (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone rings first, then the customer of the ticket picked is dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a ticket first: its customer is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number on file for this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::CallbackQueueModel</name>
    <message>
        <source>Morning after the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 h after a phone fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 h after an untested visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::CallbacksWorkplace</name>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export list (PDF / CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the morning list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: Enter takes the call, then one key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Fixed, satisfied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Not fixed / new fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened as a repeat, to dispatch (R20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  No answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry in %1 min; message after %2 tries (R21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Busy, call back at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the customer feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to the supervisor now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5  Complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new follow-up call(s) produced</source>
        <translation>
            <numerusform>%n new follow-up call produced</numerusform>
            <numerusform>%n new follow-up calls produced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) today</source>
        <translation>
            <numerusform>%n call today</numerusform>
            <numerusform>%n calls today</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due now, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up calls waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: %1, %2, parts: %3, charge ¥%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours: call %1 now, then press the outcome key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operator is calling this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer after the last try: a text message was sent and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next call at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints, escalated first, to resolve in writing (R24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting customer data needs the supervisor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dial (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone rings first, then the customer&apos;s number is dialled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::CallerPanel</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form with this customer&apos;s details (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the caller&apos;s number in any format: their earlier tickets and units appear here while you talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier record for %1: this is a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customers share %1: ask for the name</source>
        <translation>
            <numerusform>%n customer shares %1: ask for the name</numerusform>
            <numerusform>%n customers share %1: ask for the name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %2  ·  %n ticket(s)</source>
        <translation>
            <numerusform>%1  ·  %2  ·  %n ticket</numerusform>
            <numerusform>%1  ·  %2  ·  %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source> (preferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call back (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone rings first, then this customer&apos;s preferred number is dialled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ComplaintsDialog</name>
    <message>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution (kept in writing, R24):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESCALATED  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::DashboardWorkplace</name>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report (PDF / CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n call(s) taken</source>
        <translation>
            <numerusform>%1 to %2: %n call taken</numerusform>
            <numerusform>%1 to %2: %n calls taken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% fixed on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% visited within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) open</source>
        <translation>
            <numerusform>%n complaint open</numerusform>
            <numerusform>%n complaints open</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments kept (R9, R13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair in 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit in 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue in 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: fixed on the phone (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not guided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction, %n rated call(s) (R22)</source>
        <translation>
            <numerusform>Satisfaction, %n rated call (R22)</numerusform>
            <numerusform>Satisfaction, %n rated calls (R22)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints (R24) and repeats (R20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the service report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::DispatchBoard</name>
    <message numerus="yes">
        <source>%n visit(s), %1</source>
        <translation>
            <numerusform>%n visit, %1</numerusform>
            <numerusform>%n visits, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 at %2: allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 · %4&lt;br&gt;%5–%6&lt;br&gt;Leave by %7 (R16)&lt;br&gt;If late: tell the customer by %8 (under half a day) or %9 (longer) (R15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: planning the day keeps it here (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n min travel</source>
        <translation>
            <numerusform>+%n min travel</numerusform>
            <numerusform>+%n min travel</numerusform>
        </translation>
    </message>
    <message>
        <source>late for 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA paused, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::DispatchQueueModel</name>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA %1h%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in queue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENT </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA paused, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::DispatchWorkplace</name>
    <message>
        <source>Override a refused assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assignment breaks the rules:
• %1

Assign it anyway? Give the reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the customer agree to the new time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the visit move?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a visit onto an engineer and time, or select it and press Enter, then place it with the arrow keys and Enter. Esc cancels, Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer did not agree: give the visit to another engineer or put it back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with an override (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit due by %1, repair by %2 (R13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave by %1 (R16). If late, tell the customer by %2, or by %3 when more than half a day late (R15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job sheets (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every engineer&apos;s job sheet for the day as one PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save job sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job sheet(s) saved to %1</source>
        <translation>
            <numerusform>%n job sheet saved to %1</numerusform>
            <numerusform>%n job sheets saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Result recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View only: assigning visits needs the supervisor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best engineers and times for the selected visit, with their reasons; 1–5 takes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place every queued visit of the day, for you to review (Ctrl+Shift+P); pinned visits (P) stay where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a visit in the queue or on the board first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engineer can take %1 on %2 without breaking a rule: try another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestions for %1&lt;/b&gt; (press 1–%2 to take one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n min travel</source>
        <translation>
            <numerusform>+%n min travel</numerusform>
            <numerusform>+%n min travel</numerusform>
        </translation>
    </message>
    <message>
        <source>meets 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late for 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min booked</source>
        <translation>
            <numerusform>%n min booked</numerusform>
            <numerusform>%n min booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) on the board, best first.</source>
        <translation>
            <numerusform>%n suggestion on the board.</numerusform>
            <numerusform>%n suggestions on the board, best first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a visit on the board to pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is pinned: planning the day keeps it where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the day needs the supervisor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to plan: the queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queued visit fits this day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan discarded: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan the day (%n visit(s))</source>
        <translation>
            <numerusform>Plan the day (%n visit)</numerusform>
            <numerusform>Plan the day (%n visits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan applied: %n visit(s) placed. Ctrl+Z takes it back.</source>
        <translation>
            <numerusform>Plan applied: %n visit placed. Ctrl+Z takes it back.</numerusform>
            <numerusform>Plan applied: %n visits placed. Ctrl+Z takes it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause clocks… (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected ticket waits for parts or for the customer: its 24 h / 48 h clocks stand until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait is over; a ticket that waited for parts goes back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA alerts: %1 breached, %2 warned, %3 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA alerts: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a visit or an SLA alert first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks of %1 paused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks of %1 run again; a ticket that waited for parts is back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks of %1 run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks paused: %1 (R13)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::IntakeWorkplace</name>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ticket (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form for the next call (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code on the nameplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller: returning customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify: nothing, all details present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ In warranty until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of warranty since %1: chargeable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months&apos; warranty: enter the purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 saved with %n item(s) to verify.</source>
        <translation>
            <numerusform>Ticket %1 saved with %n item to verify.</numerusform>
            <numerusform>Ticket %1 saved with %n items to verify.</numerusform>
        </translation>
    </message>
    <message>
        <source>An unsaved call from %1 was recovered and put back in the form. Keep it, or discard it to start a new call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the field marked ✖. Everything typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended. Ctrl+N for the next call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller · ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::LoginDialog</name>
    <message>
        <source>Service centre: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::MainWindow</name>
    <message>
        <source>Hotline: after-sales service console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the intake form for the next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hotline %1&lt;/b&gt;&lt;br&gt;After-sales service hotline console.&lt;br&gt;Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5 Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: every customer, ticket and engineer here is invented. Logged in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Server connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Reconnecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;6 Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☎ %1 %2 is calling: save or clear this call first (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☎ Calling %1: your phone rings first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☎ No phone link: dial %1 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments warned at the centre&apos;s thresholds and breached: open the dispatch board&apos;s SLA alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ SLA: %1 breached, %2 warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: on track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::PhoneLink</name>
    <message>
        <source>☎ Phone ready (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☎ Connecting to the PBX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☎ Logging in to the PBX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☎ The PBX refused the log-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☎ No phone link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone is ringing: pick it up, the customer is dialled next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone did not answer or is offline (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be placed (PBX reason %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☎ No phone link (File → Phone settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone link dropped before the PBX answered: dial again, or by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::PhoneSettingsDialog</name>
    <message>
        <source>Phone settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX&apos;s manager interface (Asterisk AMI) and this operator&apos;s own phone. Leave the host empty to work without a phone link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBX &amp;host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMI &amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMI &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMI &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;phone (interface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dial context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::PlaceholderWorkplace</name>
    <message>
        <source>Not yet available in this release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::PlanPreviewDialog</name>
    <message>
        <source>Plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 from the queue placed, %2 booked visit(s) moved, %3 left for you.&lt;/b&gt;&lt;br&gt;Visits starting within 24 working hours of the request (R13): %4; late or left over: %5. Travel for all engineers: %6 min. Pinned visits stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booked visit at a new time needs its customer&apos;s agreement (R14): tick each one the customer agreed to; an unticked one goes back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the customer agreed to the new time (R14)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::SlaPauseDialog</name>
    <message>
        <source>Pause the SLA clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24 h and 48 h clocks of %1&apos;s ticket stand until you resume them. The pause is recorded on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for &amp;parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. compressor ordered, due Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::SlaWatchModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BREACHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · URGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1, %2 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks stand: select and press Resume when the wait is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select to find the visit on the board; W pauses the clocks while the ticket waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BREACHED, PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::TicketListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::TicketsBehindDialog</name>
    <message numerus="yes">
        <source>%1 · %n ticket(s); Enter opens one</source>
        <translation>
            <numerusform>%1 · %n ticket; Enter opens it</numerusform>
            <numerusform>%1 · %n tickets; Enter opens one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::TriagePanel</name>
    <message>
        <source>Fixed on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer visit needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit with parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry-in repair (loaner if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fault: technical support first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another product&apos;s script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump straight to a symptom (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guided script for this product. Choose another product&apos;s script above, or end the call with F8 (visit) or F9 (technical support).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to tell the customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back (Alt+Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insists on a visit (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer refuses phone guidance: book a visit and record the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fault (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag for technical support before dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided triage · ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a symptom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as resolved by phone (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to dispatch (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↶ Corrected, back to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇢ Jumped to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Avoid: %1. Reword the note, or press Ctrl+Enter again to save it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer refused phone guidance and insists on a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault not recognised during the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Ticket %1 closed as resolved by phone. Follow-up call booked for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off time (5 min) has passed: the ticket is in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off clock (R9): %1:%2 of 5 minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 sent to the dispatch queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 sent to the dispatch queue, marked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::TriageQueueWorkplace</name>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sume triage (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps recorded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waiting for triage</source>
        <translation>
            <numerusform>%n call waiting for triage</numerusform>
            <numerusform>%n calls waiting for triage</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: the call was saved without guidance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::VisitResultDialog</name>
    <message>
        <source>Fixed on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in for repair (loaner left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fixed: second visit needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer absent: note left, rebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
