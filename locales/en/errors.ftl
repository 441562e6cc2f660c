# Explanations of errors, worded by Rust (crates/callboard/src/error.rs, updates.rs).
# Each message is the title (what happened); its `.next` attribute is what to do next.
# The id is `errors-` + the explanation's code with `.` and `_` as `-`
# (`getvocal.already_queued` → `errors-getvocal-already-queued`), except the provider answers
# both platforms share (`errors-provider-…`, with `$platform`).

errors-settings-invalid-base-url = The { $platform } address can't be used: { $reason }.
    .next = Enter the full address starting with https://, for example { $example }.
errors-demo-unavailable = The practice workspace could not start on this computer.
    .next = Close Callboard and open it again. If it keeps happening, share the technical details with support.
errors-input-invalid-field = { $message }
    .next = Correct it and try again. Everything else you typed is kept.
errors-accounts-unknown = This account is no longer in Callboard.
    .next = Choose another account, or add it again in Accounts.
errors-import-unknown = This file is no longer open in Callboard.
    .next = Open the file again; nothing was sent from it.
errors-bulk-unknown = This bulk run is no longer in Callboard.
    .next = Open the list of runs again and choose another one.
errors-accounts-needs-sign-in = You need to sign in to “{ $account }” again.
    .next = Open Accounts and choose “Sign in again”. What you typed here is kept, so you can send it afterwards.
errors-storage-failed = Callboard could not read or write its own files on this computer.
    .next = Check that the disk is not full, then try again. If it keeps happening, restart Callboard.
errors-storage-folder-in-use = Callboard is already open on this computer (or another program is using its files).
    .next = Switch to the Callboard window that is already open, or close it and open Callboard again. Its files are in { $folder }.
errors-storage-settings-damaged = Callboard's settings file is damaged, so your saved accounts can't be read.
    .next = Nothing was changed. Restore { $path } from a backup, or move it elsewhere to start again without saved accounts (your history is kept).
errors-accounts-wrong-platform = “{ $account }” is not { $needed ->
        [getvocal] a GetVocal account
        [getvocal-password] a GetVocal account that signs in with an email and password
       *[awaz] an Awaz account
    }.
    .next = Choose another account for this.
errors-journal-unsettled-earlier = Not sent: an earlier one may still go through — “{ $summary }”, sent at { $time } UTC on { $date }.
    .next = Check { $subject } in { $platform } first, then tell Callboard whether that one went through. Only then can you send a new one.
errors-journal-already-settled = “{ $summary }” is already settled.
    .next = Nothing more to do; the list shows its outcome.
errors-journal-confirmation-changed = Not sent: this is not exactly what you confirmed.
    .next = Review it again and confirm what you see.

errors-keychain-locked = Your computer's keychain is locked, so Callboard can't read or save this account's sign-in.
    .next = Unlock the keychain (sign in to your computer again, or open its Passwords and Keys app), then try again.
errors-keychain-unavailable = No keychain service is running on this computer, so the sign-in can't be saved.
    .next = Untick “Remember on this computer” to keep it in memory only until you close Callboard, or ask your IT contact to turn on a keychain.
errors-keychain-failed = Your computer's keychain could not save or read this account's sign-in.
    .next = Try again. If it keeps happening, untick “Remember on this computer” and share the technical details with support.

errors-getvocal-session-expired = Your GetVocal sign-in has ended.
    .next = Sign in again. What you were doing is kept and can be sent afterwards.
errors-getvocal-already-queued = This lead already has a call waiting.
    .next = Wait for that call to happen, or cancel the lead's scheduled calls first.
errors-getvocal-call-limit-reached = The call limit for this lead is reached (or a call is already waiting).
    .next = GetVocal will not call this lead again for now. Ask your GetVocal contact if it needs more attempts.
errors-getvocal-invalid-field = GetVocal did not accept the { $field }: { $message }
    .next = Correct the { $field } and send again. Everything else you typed is kept.
errors-getvocal-invalid-input = Callboard could not prepare this request for GetVocal.
    .next = Check what you typed and try again.

errors-awaz-missing-key = The Awaz API key is missing.
    .next = Add the account's API key in Accounts (Awaz: Settings → Integrations → API Keys).
errors-awaz-invalid-key = Awaz says the API key is wrong or has been revoked.
    .next = Copy a fresh key from Awaz (Settings → Integrations → API Keys) and update the account.
errors-awaz-rate-limited = Awaz asks Callboard to slow down ({ $limit } requests a minute).
    .next = Try again after { $time } UTC.
errors-awaz-unavailable = Awaz is very busy right now and asks everyone to wait.
    .next = Try again after { $time } UTC. If it lasts, tell hello@awaz.ai.
errors-awaz-invalid-input = Callboard could not prepare this request for Awaz.
    .next = Check what you typed and try again.

errors-provider-redirected = { $platform } answered by sending Callboard to another address (HTTP { $status }).
    .next = Callboard never follows such redirects, so your sign-in is not sent elsewhere. Check the account's server address in Accounts.
errors-provider-rejected = { $platform } could not accept this: { $message }
    .next = Check the form and send again. What you typed is kept.
errors-provider-not-signed-in = { $platform } did not accept your sign-in.
    .next = Check the account's email and password (or key) in Accounts and sign in again.
errors-provider-forbidden = Your { $platform } account is not allowed to do this.
    .next = Ask your { $platform } administrator for access.
errors-provider-not-found = { $platform } could not find it: { $message }
    .next = It may have been deleted. Refresh the list and try again.
errors-provider-rate-limited = { $platform } asks Callboard to slow down.
    .next = Wait a minute and try again.
errors-provider-server-error = { $platform } is having trouble right now.
    .next = Try again in a few minutes. Nothing you typed is lost.
errors-provider-unexpected-status = { $platform } answered with an unexpected error: { $message }
    .next = Try again; if it keeps happening, share the technical details with support.
errors-provider-timeout = { $platform } did not answer in time.
    .next = Check your internet connection and try again. What you typed is kept.
errors-provider-unreachable = Callboard could not reach { $platform }.
    .next = Check your internet connection and try again. What you typed is kept.
errors-provider-interrupted = The connection to { $platform } was interrupted.
    .next = Check your internet connection and try again. What you typed is kept.
errors-provider-outcome-unknown = This may have gone through: the answer was lost on the way.
    .next = Don't send it again yet. Check in { $platform } whether it was applied, then tell Callboard what you found.
errors-provider-outcome-unknown-status = This may have gone through: { $platform } (or a server on the way) answered with an error (HTTP { $status }) after receiving it.
    .next = Don't send it again yet. Check in { $platform } whether it was applied, then tell Callboard what you found.
errors-provider-unreadable-answer = { $platform } sent an answer Callboard could not read (HTTP { $status }).
    .next = Try again in a moment. If it keeps happening, share the technical details with support.

errors-update-bulk-running = The update waits: a bulk run is still sending.
    .next = Let it finish (or cancel it in Import), then choose “Install and restart” again.
errors-update-write-in-flight = The update waits: Callboard is still waiting for an answer from GetVocal or Awaz.
    .next = Try again in a few seconds, once the answer has arrived.
errors-update-offline = Callboard could not reach its update server.
    .next = Check that this computer is connected to the internet, then choose “Check now” again. Callboard keeps working meanwhile.
errors-update-not-signed = The downloaded update is not signed by Callboard's makers, so it was not installed.
    .next = Nothing was changed and you can keep working. Try again later; if it happens again, tell your IT contact: the download may have been damaged or tampered with.
errors-update-install-failed = The update was downloaded but could not be installed.
    .next = Callboard keeps running as before. Try again and give your computer's password when asked, or install the new version from the download page.
errors-update-check-failed = Callboard could not check for updates.
    .next = Try again later. Callboard keeps working meanwhile.

# Messages of form fields Rust checks (shown as the title of `errors-input-invalid-field`).
errors-field-unknown-language = Callboard speaks English (en) and French (fr), not “{ $code }”.
errors-field-unknown-country = "{ $country }" is not a country Callboard knows. Choose the default country in Settings.
errors-field-phone-empty = Enter a phone number, for example { $example }.
errors-field-phone-invalid = This doesn't look like a valid phone number. Check the country code and the digits, for example { $example }.
errors-field-phone-not-from-country = This doesn't look like a phone number from { $country }. Write it with the country code, for example { $example }.
errors-field-phone-extension = Callboard can't dial extensions. Remove the extension and keep the main number.
# The example given when a country has no example mobile number.
errors-field-phone-example-generic = +{ $code } followed by the number
errors-field-email = An email address looks like name@example.com.
errors-field-language-code = Use a two-letter language code, for example fr for French or en for English.
errors-field-required = { $field } can't be empty.
errors-field-amount-empty = Enter an amount, for example 10 or 10.50.
errors-field-amount-digits = Write the amount with digits only, for example 10 or 10.50.
errors-field-amount-not-positive = The amount must be more than zero.
errors-field-amount-decimals = Use at most two decimals, for example 10.50.
errors-field-amount-too-large = That is more than { $largest }. Check the amount: one top-up can't be larger.
errors-field-url-incomplete = This isn't a complete web address. It looks like https://example.com/webhooks/calls.
errors-field-url-not-https = The address must start with https:// so that call details are encrypted on their way to it.

# Names of fields, as `$field` of `errors-field-required` (sentence start).
errors-field-label-name = The name
errors-field-label-agent = The AI agent
errors-field-label-from-phone = The number to call from
errors-field-label-contact-name = The contact's name
errors-field-label-workspace = The workspace
errors-field-label-your-name = Your name
errors-field-label-key-name = The key's name
errors-field-label-key = The key
errors-field-label-persona = The persona
errors-field-label-lead = The lead
errors-field-label-client-name = The client's name

# Names of GetVocal's fields, as `$field` of `errors-getvocal-invalid-field`.
errors-field-getvocal-phone-number = phone number
errors-field-getvocal-first-name = first name
errors-field-getvocal-last-name = last name
errors-field-getvocal-email = email
errors-field-getvocal-language = language
errors-field-getvocal-persona-id = persona
errors-field-getvocal-lead-id = lead
errors-field-getvocal-name = name
errors-field-getvocal-timezone = time zone

# Blank fields of account forms: `errors-field-enter` with one `errors-field-what-…` as `$what`.
errors-field-enter = Enter { $what }.
errors-field-what-account-name = a name for this account
errors-field-what-getvocal-password = your GetVocal password
errors-field-what-company-id = the company id
errors-field-what-key-id = the API key id
errors-field-what-key-secret = the API key's secret
errors-field-what-awaz-key = the Awaz API key
errors-field-what-workspace = the workspace's email or id
errors-field-what-getvocal-email = the email address you sign in to GetVocal with
errors-field-not-email = “{ $email }” is not an email address (for example name@company.com).

# A start time's date, time and zone (when.rs).
errors-field-date-format = Choose a date, written as year-month-day, for example 2026-11-24.
errors-field-time-format = Choose a time, written as hours:minutes on a 24-hour clock, for example 15:00.
errors-field-unknown-zone = "{ $zone }" is not a time zone Callboard knows. Pick one from the list, for example Europe/Paris.
errors-field-time-skipped = { $time } does not exist on { $date } in { $zone }: the clocks go forward then.
errors-field-time-skipped-choose = { $time } does not exist on { $date } in { $zone }: the clocks go forward then. Choose { $next } or later.
errors-field-date-passed = This date has passed: today is { $today } in { $zone }.
errors-field-time-passed = This time has passed: it is now { $now } in { $zone }. Choose a later time, or call now.

# The client book (clients/).
errors-field-clients-workspace-taken = Another client in the book already has this workspace.
errors-field-clients-book-columns = The file needs a Name column and a Workspace email or Workspace id column.
errors-field-clients-line = Line { $line }: { $problem }
errors-field-clients-workspace-id = A workspace id has no spaces and no @ (the email goes in its own field).
errors-field-clients-workspace-missing = Enter the client's Awaz workspace email, its id, or both.
errors-field-clients-unknown-client = Client { $id } is not in the book any more.
errors-field-clients-unknown-plan = There is no plan { $id }.
errors-field-clients-unknown-batch = There is no batch { $id }.
errors-field-clients-day-of-month = Choose a day of the month from 1 to 31.
errors-field-clients-every-months = Choose every 1 to 12 months.
errors-field-clients-month = Choose a month, written like 2026-11.
errors-field-clients-no-client-with-tag = No client in the book has the tag “{ $tag }”.
errors-field-clients-batch-columns = The file needs the columns workspace, kind and amount (reference is optional).
errors-field-clients-kind = the kind is “credits” or “minutes”.
errors-field-clients-no-account = { $client } has no Awaz account to send from; choose one in the book or for the batch.
errors-field-clients-line-client = { $client }: { $problem }
errors-field-clients-unsettled = An earlier top-up to { $workspace } is not settled (“{ $summary }”): check it in History first.
errors-field-clients-nothing-sendable = No line can be sent. { $problem }
errors-field-clients-nothing-to-top-up = There is nothing to top up.
errors-field-clients-already-confirmed = Already confirmed in another batch.
errors-field-clients-unreadable-csv = The file could not be read as CSV: { $error }

# Importing a file (import/): the fields' names start every message about them.
errors-field-import-phone = Phone number
errors-field-import-name = Name
errors-field-import-first-name = First name
errors-field-import-last-name = Last name
errors-field-import-email = Email address
errors-field-import-company-name = Company name
errors-field-import-lead-id = Lead ID
errors-field-import-language = Language
errors-field-import-consent-date = Consent date
errors-field-import-consent-source = Consent source
errors-field-import-choose-column = Choose the column that holds the { $field }.
errors-field-import-chosen-twice = { $field } is chosen for { $count } columns; keep one.
errors-field-import-not-here = { $field } can't be imported here.
errors-field-import-awaz-no-extra = Awaz contacts have no extra data; ignore the column instead.
errors-field-import-extra-unnamed = Give every extra data column a name.
errors-field-import-extra-twice = The extra data name { $key } is used twice.
errors-field-import-named = { $field }: { $problem }
errors-field-import-repeat-phone = { $field }: Same number as line { $line }. Only the first row with it is kept.
errors-field-import-repeat-lead-id = { $field }: Same ID as line { $line }. Only the first row with it is kept.
errors-field-import-awaz-email = { $field }: Awaz needs an email address for every contact.
errors-field-import-extra-cells = Line { $line }: { $count } more value(s) than there are columns ({ $values }). A separator inside a value needs quotes around the value.

# Bulk runs (bulk/): opening a file, the calling window, who calls.
errors-field-bulk-damaged = This file arrived damaged. Choose it again.
errors-field-bulk-columns-changed = Choose where each column goes again: the columns of the file changed.
errors-field-bulk-no-such-cell = Line { $line } has no such cell.
errors-field-bulk-nothing-ready = No row can be sent yet: fix the rows with problems first.
errors-field-bulk-unreadable = Callboard could not read this file: { $error }.
errors-field-bulk-folder = “{ $name }” is a folder, not a file.
errors-field-bulk-too-large = This file is larger than { $megabytes } MB. Split it into smaller files and open them one by one.
errors-field-bulk-window-time = Write the time as hours:minutes on a 24-hour clock, for example 09:00.
errors-field-bulk-window-order = The calling hours must end after they start, for example 09:00 to 18:00.
errors-field-bulk-window-zone = Pick a time zone from the list, for example Europe/Paris.
errors-field-bulk-window-days = Choose at least one day on which people may be called.
errors-field-bulk-who = These rows go to { $platform }: choose who calls them there.

# Other field messages.
errors-field-rules-attempts = Give both a number of calls (1 or more) and a number of days, or neither.
errors-field-rules-window-order = The calling hours must end after they start, for example 09:00 to 19:00.
errors-field-not-on-list = This number is not on the list.
errors-field-not-csv = “{ $name }” is not a spreadsheet saved as CSV. In your spreadsheet program, use “Save as” → CSV, then open that file.
errors-field-awaz-workspace = Enter the workspace's email address (name@example.com) or its id, without spaces.
errors-field-history-page-stale = This page of the history is out of date: open History again.
errors-field-history-day = Write the day as year-month-day, for example 2026-11-24.
errors-field-call-gone = This call is no longer in Callboard's history.
errors-field-getvocal-detail-unnamed = Give the detail “{ $value }” a name, for example DATE_OF_BIRTH.
errors-field-getvocal-detail-twice = “{ $key }” is used twice. Give each extra detail its own name.
errors-field-default-country = Choose a country from the list (a two-letter code such as FR or US).
errors-field-no-file = There is no file at { $path }.
errors-field-awaz-unknown-status = Awaz does not notify about the status “{ $status }”.
# The agency logo chosen in Settings, when a statement is written (clients/statement.rs).
errors-field-clients-logo-unreadable = The agency logo { $path } could not be read: { $error }
errors-field-clients-logo-unusable = The agency logo cannot be shown: { $problem }
# Why a platform's address can't be used: `$reason` of `errors-settings-invalid-base-url`.
errors-field-base-url-not-an-address = it is not a web address
errors-field-base-url-sign-in-inside = it must not contain a user name or password (sign-ins go in the account's own fields)
errors-field-base-url-not-secure = only secure https:// addresses are allowed
errors-field-base-url-not-https = it must start with https://
