# Parts shared by every screen (ui/src/components/*, ui/src/when.ts).

components-retry = Retry
components-close = Close
components-open = Open
components-done = Done
components-keep-it = Keep it
components-technical-details = Technical details

## A failure in plain words (ErrorNotice)

components-error-show-details = Show technical details
components-error-hide-details = Hide technical details
components-error-code = Error code:

## An action's answer other than success (ActionNotice)

components-earlier-sending = This request is still being sent.
components-earlier-wait = Wait for its answer before doing anything else.
components-earlier-not-applied = This exact request was already sent and was not applied.
components-unknown-title = We don't know whether this was applied: “{ $summary }”.
components-unknown-no-answer = The request was sent, but no answer came back.
components-unknown-check-getvocal = Don't send it again yet. Check in GetVocal first (or in Callboard's History).
components-unknown-checked = I checked, and it was not applied
components-unknown-try-again = Let me try again

## Signing in again where the person is (SignInAgain)

components-sign-in-again = Sign in again
components-sign-in-signing = Signing in…
components-sign-in-password = Password for this GetVocal account
components-sign-in-done = Signed in again. Press the button above once more to send what you prepared.

## Choosing an account (AccountPicker)

components-account-loading = Loading your { $platform } accounts…
components-account-none = No { $platform } account yet. Add one in Accounts first.
components-account-label = { $platform } account

## Now or later (WhenPicker)

components-when = When
components-when-now = Now
components-when-later = At a date and time
components-when-date = Date
components-when-time = Time
components-when-zone = Time zone
    .hint = Yours by default. Choose the lead's zone to pick a time on their clock.

## Dates and times (when.ts)

# A zone as people read it, from the city of its name: "Paris time".
components-zone-time = { $city } time
# A date and time shown in a zone other than the person's own.
components-moment-in-zone = { $moment } ({ $zone })

## Cancelling waiting calls (CancelWaitingCalls)

components-cancel-none-chosen = Cancel waiting calls…
components-cancel-open = { $count ->
        [one] Cancel the waiting calls of { $who }…
       *[other] Cancel the waiting calls of { $count } people…
    }
components-cancel-question = { $count ->
        [one] Cancel every waiting call of { $who }?
       *[other] Cancel every waiting call of { $count } people?
    }
components-cancel-confirm = Cancel the calls
components-cancel-busy = Cancelling…
components-cancel-keep = Keep them
components-cancel-warning = Scheduled and queued calls are removed from GetVocal. Calls already made are not affected. This can't be undone.
components-cancel-no-answer = No answer came back.
components-cancel-finished = Finished: { $calls ->
        [one] { $calls } waiting call
       *[other] { $calls } waiting calls
    } of { $people ->
        [one] { $people } person
       *[other] { $people } people
    } cancelled.
components-cancel-finished-mixed = Finished: { $done ->
        [one] { $done } person
       *[other] { $done } people
    } done, { $others ->
        [one] { $others } person
       *[other] { $others } people
    } to look at.
components-cancel-problem-who = { $who }:
components-cancel-unknown = we don't know whether the calls were cancelled ({ $reason }). Check in GetVocal before trying again.
components-cancelled = { $count ->
        [one] { $count } waiting call of { $who } was cancelled.
       *[other] { $count } waiting calls of { $who } were cancelled.
    }
components-cancelled-none = { $who } had no waiting call to cancel.

## Outcomes: one vocabulary for every platform (OutcomeBadge)

components-outcome-upcoming = Upcoming
    .hint = Waiting for its time, or being called right now.
components-outcome-reached = Reached
    .hint = The person picked up.
components-outcome-not-reached = Not reached
    .hint = Busy, voicemail or no answer.
components-outcome-failed = Failed
    .hint = The call could not be made.
components-outcome-cancelled = Cancelled
    .hint = Cancelled before it happened.
components-outcome-needs-check = Needs a check
    .hint = Callboard does not know how it ended: check on the platform before trying again.
components-outcome-pending = Being sent
    .hint = On its way right now.
components-outcome-done = Done
    .hint = The platform applied it.
components-outcome-refused = Refused
    .hint = The platform refused it; nothing was applied.
components-outcome-show-ours = Show Callboard's word
components-outcome-show-theirs = { $hint } Click to see what { $source } says.
# The platform's own word for a status, e.g. "Awaz: pickup".
components-outcome-their-word = { $source }: { $status }
