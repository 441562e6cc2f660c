# The Import screen: a spreadsheet of people becomes GetVocal leads or Awaz contacts (ui/src/screens/import).

import-title = Import
import-purpose = Turn a spreadsheet of people into GetVocal leads or Awaz contacts, and schedule a call for each if you like.
import-another = Import another file
import-steps = Steps
import-step-choose = Choose a spreadsheet
import-step-columns = Check the columns
import-step-fix = Fix the rows
import-step-send = Send
import-open-file = File:
import-open-file-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
import-choose-another = Choose another file
import-reading-file = Reading the file…
import-checking-again = Checking the rows again…
import-back = Back
# $step: the next step's name, e.g. "Check the columns".
import-next = Next: { $step }

## How the file is read

import-separator-commas = commas
import-separator-commas-name = Commas ( , )
import-separator-semicolons = semicolons
import-separator-semicolons-name = Semicolons ( ; )
import-separator-tabs = tabs
import-separator-tabs-name = Tabs
import-separator-bars = vertical bars
import-separator-bars-name = Vertical bars ( | )
# Any other separator character the file uses.
import-separator-other = “{ $character }”
import-encoding-utf8 = international characters (UTF-8)
import-encoding-utf8-name = International (UTF-8)
import-encoding-utf8-bom = international characters (UTF-8, as Excel saves it)
import-encoding-utf8-bom-name = International (UTF-8 from Excel)
import-encoding-windows1252 = Western European characters (Windows)
import-encoding-windows1252-name = Western European (Windows)
# $separator: e.g. "semicolons"; $encoding: e.g. "Western European characters (Windows)".
import-reading = Separated by { $separator }, { $encoding }, { $header ->
    [yes] first row is a header
   *[no] no header row (the first row is a person)
}

## Where the rows go

import-target-getvocal = GetVocal leads
import-target-awaz = Awaz contacts
# $target: get_vocal_leads or awaz_contacts.
import-record-count = { $target ->
    [awaz_contacts] { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
   *[other] { $count ->
        [one] { $count } lead
       *[other] { $count } leads
    }
}
import-field-phone = Phone number
import-field-name = Name
import-field-first-name = First name
import-field-last-name = Last name
import-field-email = Email address
import-field-company-name = Company name
import-field-customer-lead-id = Your own ID for this person (Lead ID)
import-field-language = Language of the call
import-field-consent-date = Consent date (when they agreed to be called)
import-field-consent-source = Consent source (how they agreed)

## Days of the calling hours ($first, $last: day names)

import-days-every = every day
import-days-none = no day
import-days-range = { $first } to { $last }

## Step 1: choose a spreadsheet

import-file-unreadable = Callboard could not read “{ $name }”. Check that the file is not open in another program, then try again.
import-choose-heading = 1. Choose a spreadsheet
import-choose-intro = Callboard reads the file on this computer. Nothing is sent until the last step, and only after you confirm.
import-drop-let-go = Let go to open this file
import-drop-here = Drop a CSV file anywhere on this window
import-drop-or = or
import-choose-file = Choose a file…
import-path-form = Open a file by its location
import-path-label = Or type the file's location
import-path-example = e.g. /home/ana/Documents/leads.csv
import-path-opening = Opening…
import-path-open = Open
import-good-file = What a good file looks like
import-good-file-csv = A CSV file: in Excel, Numbers or LibreOffice choose “Save as” → “CSV”.
import-good-file-rows = One person per row, and a first row naming the columns, e.g. “Phone, First name, Last name, Email”.
import-good-file-phone = A phone number on every row. Numbers without a + and a country code are read with your default country from Settings.
import-good-file-extra = Any other columns (date of birth, contract number…) can be passed to the AI agent as extra details.

## Step 2: check the columns

import-columns-heading = 2. Check the columns
import-columns-intro = Callboard guessed how “{ $name }” is written and what each column holds. Correct anything that looks wrong.
import-reading-heading = How the file is read
# $reading: import-reading, e.g. "Separated by commas, …, first row is a header".
import-reading-sentence = { $reading }.
import-separator-label = Columns separated by
import-encoding-label = Characters
import-encoding-hint = If accents look wrong (Ã© instead of é), try the other choice.
import-has-header = The first row names the columns
import-send-to = Send to
import-target-getvocal-hint = Each row becomes a lead: a person GetVocal's AI persona can call.
import-target-awaz-hint = Each row becomes a contact in Awaz: a person an Awaz AI agent can call. Awaz needs a name, a phone number and an email address.
import-mapping-heading = Which column is which
import-mapping-problems = Before going on:
import-mapping-ok = Every column has a place.
import-mapping-column = Column in your file
import-mapping-example = Example
import-mapping-becomes = Becomes
import-mapping-choice = What “{ $header }” becomes
import-mapping-static = Extra detail for the AI agent (static_data)
import-mapping-ignored = Don't import
import-static-key = Name of the extra detail from “{ $header }”
import-default-country = Country of numbers without a country code
import-default-country-hint = Two letters, e.g. FR for France, US for the United States: “06 12 34 56 78” is read as +33 6 12 34 56 78 with FR.

## Step 3: fix the rows

import-fix-heading = 3. Fix the rows
import-fix-intro = Every row was checked. Rows that need a fix are not sent; correct them here, or fix the file and open it again.
import-summary-ready = { $count } ready
import-summary-need-fix = { $count } need a fix
import-summary-duplicates = { $count ->
    [one] { $count } duplicate
   *[other] { $count } duplicates
}
import-summary-total = { $count ->
    [one] of { $count } row
   *[other] of { $count } rows
}
import-duplicate-hint = { $target ->
    [get_vocal_leads] A duplicate is a person who is already on an earlier line (same phone number or lead ID): only the first line is sent, so nobody is called twice.
   *[other] A duplicate is a person who is already on an earlier line (same phone number): only the first line is sent, so nobody is called twice.
}
# $records: import-record-count, e.g. "12 leads".
import-all-ready = { $count ->
    [one] { $records } is ready to send.
   *[other] All { $records } are ready to send.
}
import-only-problems = Show only the rows that need a fix
import-local-times-failed = The people's local times could not be read just now; Callboard tries again in a minute. The calling rules are still checked before anything is sent.
import-rows-line = Line
import-rows-status = Status
import-rows-local-time = Their local time
    .title = Read from each phone number: the person's own time zone (several when the number's area spans zones).
import-show-more = { $count ->
    [one] Show { $count } more row
   *[other] Show { $count } more rows
}
import-ready-sample = { $count ->
    [one] The first ready row is shown; the others are ready too.
   *[other] The first { $count } ready rows are shown; the others are ready too.
}
import-row-do-not-call = Do not call
import-row-fixed = Fixed — ready
import-row-ready = Ready
import-row-duplicate = Duplicate of line { $line }
import-row-needs-fix = Needs a fix
import-row-unknown-zone = Unknown time zone
import-cell = Line { $line }, column { $column }

## Consent for a whole list (in the send step's confirmation)

# $when: date and time; $statement: the recorded statement, a whole sentence.
import-consent-acknowledged = Consent acknowledged on { $when }: { $statement } The call times above take it into account.
import-consent-form = Consent for this list
import-consent-would-allow = { $count ->
    [one] { $count } call is moved or refused by rules that do not apply to people who agreed to be called.
   *[other] { $count } calls are moved or refused by rules that do not apply to people who agreed to be called.
}
import-consent-intro = If you hold the prior consent of every person in “{ $file }” to be called for “{ $account }”, you can say so here. It lifts only what the law lifts for people who gave their consent:
import-consent-lifts-france = the French calling days and hours (Code de la consommation, article D223-9);
import-consent-lifts-us = the United States federal calling hours, 8:00 to 21:00 (47 CFR 64.1200(c)(1));
import-consent-lifts-date = in France from 11 August 2026, the need for a consent date on each row (law 2025-594).
import-consent-keeps = It never lifts the limit on calls per person, the 60 days after someone said no, a state's own rules (such as Florida's), the hours set in Settings, this client's own rules, or the do-not-call list.
import-consent-recorded = Your name, this file, the account and the time are recorded in Callboard's journal and can't be removed afterwards. Without it, nothing changes: the calls go at the times above.
import-consent-holds = I have the prior consent of every person in “{ $file }” to be called for “{ $account }”, and can prove it.
import-consent-name = Your name
import-consent-recording = Recording…
import-consent-record = Record my acknowledgement

## Step 4: send

import-send-loading-agents = Loading the AI agents of this account…
import-send-missing-persona = Choose the persona that makes the calls.
import-send-missing-agent = Choose the AI agent that makes the calls.
import-send-missing-from = Choose the number the calls come from.
import-send-missing-start = Choose a start date and time in the future.
import-send-missing-days = Tick at least one day for the calling hours.
import-send-hours-order = The calling hours must end after they start.
import-send-spacing-whole = The time between two calls must be a whole number of seconds, 1 or more.
import-send-heading = 4. Send
# $records: import-record-count, e.g. "12 leads".
import-send-will-create = { $records } will be created in “{ $account }”.
import-send-left-out = { $count ->
    [one] { $count } row is left out (it needs a fix or is a duplicate).
   *[other] { $count } rows are left out (they need a fix or are duplicates).
}
import-send-with-calls = Also schedule a call for each person
import-send-persona = Persona (AI agent)
import-send-agent = AI agent
import-send-persona-hint = The persona that speaks; set up in GetVocal.
import-send-agent-hint = The agent that speaks; set up in Awaz.
import-send-no-persona = No persona yet — create one in GetVocal
import-send-no-agent = No AI agent yet — create one in Awaz
import-send-from = Call from
import-send-from-hint = The number people see when their phone rings.
import-send-no-phone = No phone number yet — add one in Awaz
import-send-spacing = Seconds between two calls
import-send-spacing-hint = Calls start one after the other, this far apart, so your team and the lines are not flooded. 60 suits most teams.
import-send-review = Review…
import-send-confirm = Confirm the import
import-send-left-out-confirm = { $count ->
    [one] The { $count } row that needs a fix or is a duplicate is not sent.
   *[other] The { $count } rows that need a fix or are duplicates are not sent.
}
import-send-while-running = You can pause or cancel while it runs. If Callboard is closed, it offers to finish the rest when you open it again.
import-send-starting = Starting…
import-send-start = Yes, start
import-send-not-now = Not now
import-send-question = Create { $records } in “{ $account }”?
# $from: the Awaz number the calls come from, or "none"; $hours: "yes" when calling hours are set
# ($hoursFrom, $hoursTo, $zone, $days: e.g. "Monday to Friday"); $start: now, later
# ($startDescription: the chosen moment in words) or chosen; $spacing: seconds between two calls.
import-send-question-calls = Create { $records } in “{ $account }” and schedule { $count ->
        [one] { $count } call
       *[other] { $count } calls
    } with “{ $agent }”{ $from ->
        [none] {""}
       *[other] {" "}from { $from }
    }{ $hours ->
        [yes] {" "}between { $hoursFrom } and { $hoursTo } { $zone }, { $days }
       *[other] {""}
    }, { $start ->
        [now] starting now
        [later] starting { $startDescription }
       *[other] starting at the chosen time
    }, one every { $spacing ->
        [one] { $spacing } second
       *[other] { $spacing } seconds
    }?
import-review-refused = { $count ->
    [one] { $count } row is refused and will not be sent: see why below.
   *[other] { $count } rows are refused and will not be sent: see why below.
}
import-review-all-inside = Every call is inside its callee's calling hours.
import-review-rows = Each person's local time and call time
import-review-person = Person
import-review-local-now = Their local time now
import-review-call-starts = Call starts (their time)
import-review-why = Why
import-review-unknown-zone = unknown zone
import-review-not-called = Not called
import-hours = Calling hours
import-hours-only = Only call during these hours
import-hours-hint = Calls that would fall outside these hours wait for the next allowed day, in the time zone you choose.
import-hours-from = From
import-hours-to = To
import-hours-zone = Time zone
import-hours-zone-hint = Usually the zone of the people called.
import-hours-days = Days
# $days: e.g. "Monday to Friday".
import-hours-words = Calls between { $from } and { $to } { $zone }, { $days }.

## An import interrupted when Callboard was closed

import-interrupted = Interrupted import
import-interrupted-title = An import was interrupted ({ $done } of { $total } done).
# $records: import-record-count, e.g. "1,000 leads"; $count: the people not sent yet.
import-interrupted-words = { $records } for “{ $account }”: { $count ->
        [one] { $count } person was
       *[other] { $count } people were
    } not sent yet. What was already confirmed is never sent twice.
import-resume = Resume
import-discard = Discard
import-discard-question = { $count ->
    [one] Leave the { $count } person not yet sent?
   *[other] Leave the { $count } people not yet sent?
}
import-discard-rest = Discard the rest
import-discard-keep = Keep it

## Following a run

import-progress = Progress
# $target: get_vocal_leads or awaz_contacts.
import-progress-intro = { $count ->
        [one] { $count } person
       *[other] { $count } people
    } from your spreadsheet, each becoming a { $target ->
        [awaz_contacts] contact
       *[other] lead
    } in “{ $account }” (with their call, when you asked for one).
import-progress-bar = Rows sent
# $percent: e.g. "40%".
import-progress-handled = { $percent } handled
import-count-done = Done
import-count-failed = Failed
import-count-skipped = Skipped
    .title = Not sent: a calling rule or the do-not-call list does not allow calling them.
import-count-unknown = Being checked
    .title = Sent, but the platform's answer was lost: Callboard checks before sending again.
import-count-waiting = Waiting
    .title = Not sent yet: waiting for their turn or for the platform's go-ahead.
import-throttled = Awaz asked us to wait — continuing at { $time }. Nothing is lost; the rest is sent automatically.
import-pause = Pause
import-cancel = Cancel…
import-cancel-dialog = Cancel the import
import-cancel-question = { $count ->
    [one] Stop now and leave the { $count } person not yet sent?
   *[other] Stop now and leave the { $count } people not yet sent?
}
import-cancel-words = What is already done stays done. This can't be resumed afterwards.
import-cancel-confirm = Stop the import
import-cancel-keep = Keep going
import-see-history = { $target ->
    [awaz_contacts] Each contact and call is listed in History → Everything.
   *[other] Each lead and call is listed in History → Everything.
}
import-headline-running = Sending… { $done } of { $total } done
import-headline-paused = { $count ->
    [one] Paused — { $count } person is waiting. Nothing more is sent until you resume.
   *[other] Paused — { $count } people are waiting. Nothing more is sent until you resume.
}
import-headline-interrupted = Interrupted — { $done } of { $total } done
import-headline-stopped = Stopped — { $done } of { $total } done
import-headline-finished-all = { $count ->
    [one] Finished: the { $count } person is done
   *[other] Finished: all { $count } people done
}
# $parts: import-headline-done, -skipped, -failed, -unknown, joined by commas.
import-headline-finished = Finished: { $parts }
import-headline-done = { $count } done
import-headline-skipped = { $count } skipped by the calling rules
import-headline-failed = { $count } failed
import-headline-unknown = { $count } to check
import-stage-lead = Creating the lead
import-stage-contact = Creating the contact
import-stage-call = Placing the call

## Rows of a finished run that did not go through

import-failed-loading = Loading the rows that did not go through…
import-failed-heading = Rows that did not go through
import-failed-intro = Each one keeps its reason. Retry them once the cause is fixed, or export them to correct in your spreadsheet.
import-rows-phone = Phone
import-failed-refused = The platform refused it.
import-retry-rows = { $count ->
    [one] Retry these { $count } row
   *[other] Retry these { $count } rows
}
import-skipped = Rows skipped by the calling rules
import-skipped-heading = Skipped: the calling rules don't allow these calls
import-skipped-intro = Nothing was sent for { $count ->
        [one] this person
       *[other] these { $count } people
    }: sending again would meet the same rule. Each says which rule stopped the call and, when it will allow one, from when: import them again from then on. A number on the do-not-call list is only called again once someone takes it off the list.
import-skipped-reason = A calling rule does not allow this call.
# $platform: GetVocal or Awaz.
import-check = Rows to check
import-check-heading = Rows to check: they may have gone through
import-check-intro = Callboard sent these, but { $platform }'s answer was lost, so they may already be there. Look each one up in { $platform } by its phone number before choosing below. Nothing is sent again until you say what you found.
import-check-all = Choose all rows to check
import-check-stopped-at = Stopped at
import-check-what = What to check
# $who: the person's name, or their phone number.
import-check-line = Line { $line }: { $who }
import-check-unknown = We don't know whether this one went through. Look for it in { $platform } before sending it again.
import-check-went-through = I checked: they went through
import-check-not-through = I checked: they did not go through — send again
import-check-chosen = { $count ->
    [one] { $count } row chosen
   *[other] { $count } rows chosen
}
import-resolve-applied = { $count ->
    [one] Mark { $count } row as gone through?
   *[other] Mark { $count } rows as gone through?
}
import-resolve-again = { $count ->
    [one] Send { $count } row again?
   *[other] Send { $count } rows again?
}
import-resolve-applied-calls = Nothing is sent again and no one is called again: their calls are counted as placed.
import-resolve-applied-go-on = Their { $target ->
        [awaz_contacts] contact
       *[other] lead
    } is counted as created. If this import places calls, up to { $count ->
        [one] { $count } person
       *[other] { $count } people
    } may be called now (those whose call was not placed yet).
import-resolve-again-calls = Callboard sends them to { $platform } again. Up to { $count ->
        [one] { $count } person
       *[other] { $count } people
    } may be called.
import-resolve-again-warning = Only do this if you checked that they are not in { $platform }: anyone who is already there could be added or called twice.
import-resolve-applied-yes = Yes, they went through
import-resolve-again-yes = Yes, send them again
import-resolve-cancel = Cancel
