# A call's page: who, when, how it went, what the AI found out, and the person's other calls.

call-title = Call to { $who }
call-title-loading = A call
call-purpose = Everything Callboard knows about this call and the person called.
call-back = ← Back
call-loading = Loading the call…
call-unknown-number = an unknown number
# The call as the do-not-call list and refusals record it.
call-record = { $platform } call of { $moment }

## The call's facts

call-facts-title = The call
call-who = Who
call-name-not-known = Name not known
call-when = When (your time)
call-their-time = Their local time
call-their-time-not-known = Not known for this number
call-their-time-same = Same as yours
call-duration = How long
call-duration-not-said = { $platform } does not say
call-persona = Persona (AI agent)
call-agent = AI agent
call-not-known = Not known
call-from = Calls from
call-account = Account
call-outcome = How it went

## What the AI found out

call-findings-title = What the AI found out
call-findings-problem = Awaz could not be asked just now ({ $problem }). Open this page again in a moment.
call-findings-not-yet = Nothing yet: the call has not taken place.
call-findings-did-not-happen = Nothing: the call did not take place.
call-findings-getvocal = GetVocal does not share what its AI found out with other apps: open the call in GetVocal to read it.
call-findings-awaz-later = Nothing yet. Awaz writes it here once the call has ended and its AI has gone through it.
call-finding-yes = Yes
call-finding-no = No
call-finding-nothing = Nothing found

## Everything about the same person

call-person-title = Everything about { $who }
call-person-description = Other calls and actions with the same phone number, newest first.
call-person-empty = Nothing else yet: this is the first time Callboard deals with this number.
call-column-when = When
call-column-what = What
call-column-outcome = How it went
call-column-open = Open

## Technical details

call-platform-id = { $platform } call ID
call-lead-id = GetVocal lead ID
call-persona-id = Persona ID
call-agent-id = Agent ID
call-status-word = Status word
call-finding-key = “{ $label }” is named
call-history-entry = History entry
