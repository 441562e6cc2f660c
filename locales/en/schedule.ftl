# Schedule screen: the GetVocal and Awaz call forms and the upcoming calls.

schedule-title = Schedule
schedule-purpose = Choose who to call, which AI agent calls them, and when.
schedule-tabs-label = Calls
schedule-tab-getvocal = GetVocal call
schedule-tab-awaz = Awaz call
schedule-upcoming-title = Upcoming calls

## Shared by both call forms

schedule-call-legend = The call
schedule-review = Review the call…
schedule-another-call = Schedule another call
schedule-result-status = Where it stands
schedule-result-when = When
schedule-result-when-now = Now
schedule-result-calls = Calls
schedule-result-from = From
schedule-result-what = What
schedule-confirm-label = Confirm the call
schedule-confirm-sending = Sending…
schedule-confirm-now = Call now
schedule-confirm-schedule = Schedule the call
schedule-not-now = Not now
# Follows “on” in the confirmation question, when the engine has not described the moment yet.
schedule-moment-fallback = the date and time chosen above

## GetVocal call

schedule-getvocal-loading = Loading personas and leads…
schedule-getvocal-lead-by-id = the lead with GetVocal ID { $id }
schedule-getvocal-title = Call a lead
schedule-getvocal-description = The persona is the AI agent that speaks; the lead is the person it calls.
schedule-getvocal-persona = Persona (AI agent)
schedule-getvocal-persona-hint = Set up in GetVocal: each persona has its own script and voice.
schedule-getvocal-no-persona = No persona yet — create one in GetVocal
schedule-getvocal-lead = Lead (who is called)
schedule-getvocal-lead-hint = Leads you added in Callboard, newest first. For another lead, choose “Another lead” and paste its GetVocal lead ID.
schedule-getvocal-lead-typed = Another lead (type its GetVocal ID)
schedule-getvocal-lead-id = GetVocal lead ID
schedule-getvocal-lead-id-placeholder = GetVocal lead ID, e.g. 3f2b…
schedule-getvocal-confirm-now = Call { $lead } now with “{ $persona }”?
schedule-getvocal-confirm-at = Schedule a call to { $lead } with “{ $persona }” on { $moment }?
schedule-getvocal-scheduled = The call to { $lead } is scheduled.
schedule-getvocal-on-its-way = The call to { $lead } is on its way: GetVocal places it shortly.
schedule-getvocal-listed = It is listed in Upcoming calls and in History.
schedule-getvocal-call-id = GetVocal call ID:
schedule-cancel-title = Cancel waiting calls
schedule-cancel-description = Stops every call of this lead that is scheduled or waiting in the queue. Calls already made are not affected.

## What the calling rules say before a call is confirmed

schedule-rules-unknown = Callboard does not know this lead's number, so it cannot show their local time or check the calling rules.
schedule-rules-local-time = The person's local time: { $time }
schedule-rules-local-time-named = { $name }'s local time: { $time }
schedule-rules-moved = The calling rules move this call: { $why }

## Awaz call

schedule-awaz-loading = Loading agents, phone numbers and contacts…
schedule-awaz-the-contact = the contact
schedule-awaz-no-number = (no number yet)
schedule-awaz-confirm-now = Have “{ $agent }” call { $name } at { $phone } now, from { $from }?
schedule-awaz-confirm-at = Have “{ $agent }” call { $name } at { $phone } on { $moment }, from { $from }?
schedule-awaz-title = Schedule an Awaz call
schedule-awaz-description = The AI agent is who speaks; the contact is the person it calls; the phone number is what they see.
schedule-awaz-scheduled = The call to { $name } is scheduled.
schedule-awaz-taken = Awaz has the call to { $name }.
schedule-awaz-listed = It is listed in Upcoming calls and in History, with its results once the call has ended.
schedule-awaz-show-details = Show its details here
schedule-awaz-call-id = Awaz call ID:
schedule-awaz-agent = AI agent
schedule-awaz-agent-hint = Set up in Awaz: each agent has its own script and voice.
schedule-awaz-no-agent = No AI agent yet — create one in Awaz
schedule-awaz-from = Call from
schedule-awaz-from-hint = The number the contact sees when their phone rings.
schedule-awaz-no-phone = No phone number yet — add one in Awaz
schedule-awaz-contact = Contact
schedule-awaz-contact-hint = Someone you saved or called before, or type a new person below.
schedule-awaz-someone-new = Someone new (type their name and number)
schedule-awaz-contact-name = Contact's name
schedule-awaz-contact-name-hint = The agent may greet them by name.
schedule-awaz-contact-phone = Contact's phone number
schedule-awaz-contact-phone-hint = Write it as you like; without + and a country code it is read with the default country from Settings.
schedule-awaz-where-to-check = look for the call in History → Awaz calls.

## Saving an Awaz contact

schedule-contact-title = Save a contact
schedule-contact-description = Keep someone in Awaz to call later; they then appear in the Contact list above.
schedule-contact-description-with-lists = Keep someone in Awaz to call later; they then appear in the Contact list above. Your contact lists in Awaz: { $lists }.
schedule-contact-saved = { $name } ({ $phone }) is saved in Awaz.
schedule-contact-another = Save another contact
schedule-contact-reopen = Reopen this tab to pick them in the call form above.
schedule-contact-legend = The contact
schedule-contact-name = Name
schedule-contact-phone = Phone number
schedule-contact-phone-hint = Without + and a country code it is read with the default country from Settings.
schedule-contact-email = Email address
schedule-contact-email-hint = For example ann@example.com.
schedule-contact-saving = Saving…
schedule-contact-save = Save contact
schedule-contact-where-to-check = open the contacts in Awaz and look for this number.

## Upcoming calls

schedule-upcoming-description = Every call you scheduled from Callboard that has not happened yet, soonest first, on GetVocal and Awaz.
schedule-upcoming-loading = Loading upcoming calls…
schedule-upcoming-empty = No calls to come. Schedule one in the other tabs.
schedule-upcoming-column-choose = Choose
schedule-upcoming-column-who = Who
schedule-upcoming-column-when = When
schedule-upcoming-column-agent = AI agent
schedule-upcoming-column-account = Account
schedule-upcoming-column-open = Open
schedule-upcoming-choose = Choose the call to { $who }
schedule-upcoming-awaz-cannot-cancel = Awaz has no way to cancel a call from outside Awaz: cancel it in Awaz itself.
schedule-upcoming-today = Today
schedule-upcoming-awaz-note = Awaz calls can't be cancelled from Callboard: Awaz offers no way to do it from outside. Cancel them in Awaz.
schedule-upcoming-their-time = Their time: { $time }
