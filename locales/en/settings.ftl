# Settings: preferences, calling rules, where Callboard keeps things, and updates.

settings-title = Settings
settings-purpose = Set your default country for phone numbers and your time zone, and see where Callboard keeps your information.
settings-loading = Loading your settings…

## Preferences

settings-preferences = Preferences
settings-numbers-title = Phone numbers and time
settings-numbers-description = Every form, import and schedule reads numbers and times this way.
settings-country = Default country for phone numbers
settings-country-hint = Numbers typed without a + and country code are read as numbers of this country.
settings-country-option = { $name } ({ $code })
settings-zone = Time zone
settings-zone-hint = Dates and times you pick are read in this zone. Choose “This computer's time zone” to follow this computer's clock.
settings-zone-computer = This computer's time zone ({ $zone })
settings-saving = Saving…
settings-save = Save
settings-saved = ✓ Saved.

## Where Callboard keeps your information

settings-places = Where Callboard keeps your information
settings-places-secrets = Sign-ins and API keys
settings-places-secrets-where = { $keychain }. Never in a file.
settings-places-data = Accounts, settings and the history of what was sent
settings-places-data-where = In Callboard's folder on this computer.
settings-open-folder = Open folder
settings-advanced = Advanced
settings-places-settings-file = Accounts and settings
settings-places-journal-file = History of what was sent

## Updates

settings-updates = Updates
settings-updates-current = You have Callboard { $version }.
settings-updates-current-updated = You have Callboard { $version }. It was updated from version { $from }.
settings-updates-automatic = Check for updates automatically (once a day, never while a bulk run is sending)
settings-updates-checking = Checking…
settings-updates-check = Check now
settings-updates-last-checked = Last checked { $moment }.
settings-updates-up-to-date = Callboard is up to date.
settings-updates-available = Version { $version } is available.
settings-updates-published = Published { $moment }.
settings-updates-whats-new = What's new
settings-updates-download = Download
settings-updates-downloading = Downloading… { $done }
settings-updates-downloading-of = Downloading… { $done } of { $total }
settings-updates-installing = Installing… Your computer may ask for your password to allow it.
settings-updates-restarting = Restarting into version { $version }…
settings-updates-install-note = Callboard closes for a moment and opens again in the new version. Nothing you sent is lost: the update waits while a bulk run is sending or an answer is awaited.
settings-updates-install = Install and restart

## Calling rules

settings-rules-loading = Loading the calling rules…
settings-rules-title = Calling rules
settings-rules-description = France (weekdays 10:00–13:00 and 14:00–20:00, no public holidays, 4 calls in 30 days) and the United States (8:00–21:00 local, stricter states) have built-in rules. Callboard checks them; it is not legal advice.
settings-rules-from = From
settings-rules-to = To
settings-rules-days = Days
settings-rules-other-countries = Other countries
settings-rules-other-countries-hint = People in countries without a built-in rule are called only in these hours, in their own local time.
settings-rules-default-words = Calls between { $from } and { $to } local time, { $days }.
settings-rules-saving = Saving…
settings-rules-save-default = Save the default rule
settings-rules-saved = Saved.
settings-rules-no-account = Add an account to set a client's own rules.
settings-rules-client = A client's own rules
settings-rules-client-hint = Stricter than the law for one account. A client's rules only ever remove calling times, never add any.
settings-rules-account = Account
settings-rules-narrower = Narrower calling hours for this client
settings-rules-max = At most this many calls to one person
settings-rules-per-days = in this many days
settings-rules-consent = These are sales calls (telemarketing): in France, from 11 August 2026, people without a proven consent date are not called. Leave unticked for calls about a contract in progress (reminders, follow-ups).
settings-rules-save-client = Save this client's rules

settings-agency-title = Your agency
settings-agency-description = Printed at the top of the statements you send your clients.
settings-agency-name = Agency name
settings-agency-logo = Logo file
settings-agency-logo-hint = The full location of the logo on this computer (a PNG or JPEG file). Leave empty for none.
settings-agency-save = Save
settings-agency-saved = Saved.
