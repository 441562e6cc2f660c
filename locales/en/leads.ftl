# Leads screen: the leads Callboard created, and the form that adds one on GetVocal.

leads-title = Leads
leads-purpose = A lead is a person GetVocal will call. Find the people you added, call them, or add someone new.

## The book of leads

leads-book-title = Your leads
leads-book-description = Everyone you added from Callboard, by hand or from an import, newest first. Choose “Call” to call one, or tick several to cancel their waiting calls.
leads-book-loading = Loading your leads…
leads-book-empty = No leads yet. Add one below, or bring a spreadsheet in Import.
leads-search = Search
leads-search-placeholder = Name, phone number or reference
leads-column-choose = Choose
leads-column-name = Name
leads-column-phone = Phone number
leads-column-their-time = Their time now
leads-column-account = Account
leads-column-calls = Calls
leads-column-last-call = Last call
leads-column-actions = Actions
leads-choose = Choose { $who }
leads-no-name = (no name)
leads-imported = Import
leads-imported-tip = Added by an import
leads-time-not-known = Not known
leads-time-same = Same as yours
leads-calls-none = Not called yet
leads-calls-waiting = Call waiting
leads-calls-called = Called
leads-calls-cancelled = Calls cancelled
leads-open-call = Open call
leads-open-call-description = Open the last call to { $who }
leads-call = Call…
leads-nobody-matches = Nobody matches “{ $search }”.
leads-cannot-change = GetVocal has no way to change a lead once it is created: to correct one, add it again with the right details.
leads-call-panel = Call { $who }
leads-call-panel-close = Close

## Adding a lead

leads-add-title = Add a lead
leads-add-description = Only the phone number is required.
leads-add-legend = The lead
leads-field-phone = Phone number
leads-field-phone-hint = The number GetVocal will call. Write it as you like; a number without + and a country code is read with the default country from Settings.
leads-field-first-name = First name
leads-field-first-name-hint = The AI agent may greet the person by name.
leads-field-last-name = Last name
leads-field-last-name-hint = Optional.
leads-field-email = Email address
leads-field-email-hint = Optional, for example marie.dupont@example.com.
leads-field-company = Company
leads-field-company-hint = Optional: where the person works.
leads-field-reference = Your reference
leads-field-reference-hint = Optional: your own ID for this person, for example from your CRM. If GetVocal already has a lead with this reference, it keeps that one.
leads-field-language = Language
leads-field-language-hint = The language the AI agent speaks to this person.
leads-language-default = GetVocal's default
leads-creating = Creating…
leads-create = Create lead
leads-details = Extra details
leads-details-hint = Facts the AI agent can use during the call, each with a name and a value, for example DATE_OF_BIRTH → 06/04/1998.
leads-detail-name = Name of detail { $number }
leads-detail-name-placeholder = Name, e.g. DATE_OF_BIRTH
leads-detail-value = Value of detail { $number }
leads-detail-value-placeholder = Value, e.g. 06/04/1998
leads-detail-remove = Remove
leads-detail-add = Add a detail

## What came of adding a lead

leads-result-existed = GetVocal already had { $who }, so it kept the existing lead.
leads-result-added = { $who } was added as a lead.
leads-result-another = Add another lead
leads-result-who = Who
leads-result-already-existed = Already existed
leads-result-created = Created
leads-result-phone = Phone number
leads-result-reference = Your reference
leads-result-next = The lead is in the list above: choose “Call” there, or open Schedule.
leads-result-lead-id = GetVocal lead ID:
