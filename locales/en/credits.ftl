# The Credits screen: top-ups of a client's Awaz workspace (ui/src/screens/credits).

credits-title = Credits
credits-purpose = Add credits or minutes to a client's Awaz workspace. Each top-up is sent once and kept in the list below.
credits-top-up = Top up a workspace
credits-top-up-intro = You will see exactly what will be added, and to whom, before anything is sent.
# $kind: credits or minutes; $amount: the number added, already written for the reader.
credits-added = Added { $amount } { $kind ->
        [minutes] minutes
       *[credits] credits
    } to { $workspace }.
credits-again = Top up again
# $credits, $minutes: the workspace's balance as Awaz answered it.
credits-balance = { $workspace } now has { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    } and { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
credits-form = The top-up
credits-workspace = Client workspace
credits-workspace-hint = The email address the client's Awaz workspace is registered with, or its ID. Workspaces you topped up recently are suggested.
credits-kind = What to add
credits-kind-credits = Credits
credits-kind-minutes = Minutes
credits-kind-hint = Credits pay for the workspace's usage; minutes are call time.
credits-amount-credits = Credits to add
credits-amount-minutes = Minutes to add
credits-amount-hint = A number more than zero, for example 25 or 10.50.
credits-recent = Recent:
credits-locked = The form is locked while you look at this, so what you confirm is exactly what is sent. Cancel to change it.
credits-checking = Checking…
credits-review = Review top-up
credits-confirm = { $kind ->
    [minutes] Yes, add minutes
   *[credits] Yes, add credits
}
credits-sent-once = This is sent to Awaz once and recorded on this computer.
# $summary: what the top-up does, e.g. "Add 30 minutes to north-clinic@example.com".
credits-earlier = This top-up was already sent: { $summary }.
credits-earlier-on-its-way = It is still on its way. Wait for its answer in the list below.

## A top-up whose outcome is not known

# $workspace: the workspace's email or ID; $kind: credits or minutes; $when: date and time.
credits-what-to-check = Open the workspace { $workspace } in Awaz and look at its { $kind ->
        [minutes] minutes balance and its minutes history
       *[credits] credits balance and its credits history
    }. If “{ $summary }” shows there (around { $when }), it went through. Callboard can't read a workspace's balance from Awaz, so only you can tell.
credits-what-to-check-unknown = it was sent to
# $account: the Callboard account it was sent from.
credits-unsettled = Wait: an earlier top-up to this workspace may have gone through — “{ $summary }”, sent { $when } from “{ $account }”.
credits-unsettled-on-its-way = It is still on its way to Awaz. Nothing new is sent until its answer arrives.
credits-look-again = Look again
credits-cancel = Cancel
credits-unsettled-may-have = Callboard sent it, but Awaz (or a server on the way) answered with an error after receiving it, so it may have been applied. Nothing new is sent until you check and say what you found.
credits-settle-applied = It went through
credits-settle-not-applied = It did not go through
credits-unsettled-after = After you answer, you will see the new top-up's question again before anything is sent.
credits-unknown = This may have gone through: { $summary }.
credits-unknown-words = Awaz (or a server on the way) answered with an error after receiving it. Don't send it again yet: if it was applied, sending it again would add it twice.
credits-unknown-records = Here is everything Callboard sent to this workspace, with what Awaz answered:
credits-unknown-resend = I checked — it was NOT applied, send again
credits-unknown-applied = It was applied — nothing more to do
credits-unknown-confirm-again = Sending again asks you to confirm once more first.
credits-reading-records = Reading Callboard's records…

## Every top-up sent

credits-journal = Top-ups
credits-journal-intro = Every top-up sent from this computer, newest first, with what Awaz answered.
credits-journal-loading = Loading top-ups…
credits-journal-empty = No top-ups yet.
credits-when = When
credits-what = What
credits-account = Account
credits-outcome = Outcome
