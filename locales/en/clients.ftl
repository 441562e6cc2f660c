# The Clients screen (ui/src/screens/clients): the client book, batch top-ups, recurring plans, statements.

clients-title = Clients
clients-purpose = Your agency's clients and their Awaz workspaces: top up several at once, plan recurring top-ups and save monthly statements.
clients-loading = Loading your clients…
clients-empty = No clients match. Add one, or fill the book from your past top-ups.
clients-add = Add a client
clients-add-title = New client
clients-edit = Edit
clients-edit-title = Edit { $name }
clients-fill = Fill from past top-ups
clients-filled = { $count ->
    [0] No new workspace found in your past top-ups.
    [one] Added 1 client from your past top-ups.
   *[other] Added { $count } clients from your past top-ups.
}
clients-search = Search
clients-tag = Tag
clients-tag-any = Any tag
clients-show-archived = Show archived clients
clients-archived = Archived
clients-archive = Archive
clients-unarchive = Bring back
clients-pick = Pick { $name }
clients-back = ← Back to the clients

## Table headers

clients-column-pick = Pick
clients-column-client = Client
clients-column-workspace = Workspace
clients-column-next-due = Next planned top-up
clients-column-kind = What
clients-column-amount = Amount
clients-column-reference = Reference
clients-column-account = Sent from
clients-column-outcome = Outcome
clients-column-send = Send
clients-column-due = Date
clients-column-month = Month
clients-column-total = Total
clients-column-count = Top-ups
clients-column-when = When

## The client form

clients-name = Client name
clients-workspace-email = Workspace email
clients-workspace-hint = The email address the client's Awaz workspace is registered with. Give it, the workspace ID, or both.
clients-workspace-id = Workspace ID
clients-account = Awaz account
clients-account-hint = The Awaz account this client's top-ups are sent from.
clients-account-none = Choose when topping up
clients-tags = Tags
clients-tags-hint = Words to group clients, separated by commas, for example: retainer, Paris.
clients-notes = Notes
clients-save = Save
clients-saving = Saving…
clients-cancel = Cancel
clients-checking = Checking…

## Kinds and amounts

clients-kind = What to add
clients-kind-credits = Credits
clients-kind-minutes = Minutes
clients-amount = Amount
clients-amount-hint = A number more than zero, for example 25 or 10.50.
clients-amount-credits = { $amount } credits
clients-amount-minutes = { $amount } minutes
clients-reference = Reference
clients-reference-hint = Shown on the client's statement, for example an invoice or order number.

## Several clients at once

clients-several-title = Top up several clients
clients-several-intro = Tick clients in the list, choose a tag, or use a CSV file. You review every line before anything is sent.
clients-top-up-picked = { $count ->
    [0] Top up the ticked clients
    [one] Top up 1 ticked client
   *[other] Top up { $count } ticked clients
}
clients-top-up-tag = Top up every client tagged “{ $tag }”
clients-top-up-csv = Top up from a CSV file
clients-batch-for-clients = { $count ->
    [one] Top up 1 client
   *[other] Top up { $count } clients
}
clients-batch-for-tag = Top up every client tagged “{ $tag }”
clients-batch-for-csv = Top up from a CSV file
clients-batch-intro = The same top-up for each client. Nothing is sent until you confirm the review.
clients-batch-csv-path = CSV file
clients-batch-csv-hint = The full path of a file with the columns workspace, kind, amount and reference.
clients-batch-account = Awaz account for clients without one
clients-batch-account-hint = Clients whose account is set keep their own.
clients-batch-review = Review the top-ups
clients-batch-review-title = Check the top-ups
clients-batch-title = Top-ups
clients-batch-total = { $amount } in total ({ $lines ->
    [one] 1 line
   *[other] { $lines } lines
})
clients-batch-left-out = These lines were left out:
clients-batch-send = Send these top-ups
clients-batch-confirm = Yes, send them
clients-batch-confirm-note = Each top-up is sent once. If an answer does not come back, that line is held for you to check, never sent again.
clients-batch-discard = Don't send
clients-batch-counts = Done: { $done } · Refused: { $refused } · To check: { $unknown } · Still to send: { $waiting }
clients-batch-pause = Pause
clients-batch-resume = Resume
clients-batch-retry-blocked = Try the held-back lines again
clients-batch-close = Back to the clients

## Each line's outcome

clients-stage-waiting = Waiting
clients-stage-sending = Sending…
clients-stage-done = Done
clients-stage-refused = Refused
clients-stage-unknown = Unknown — held for a check
clients-stage-unknown-next = Look at the workspace's balance in Awaz, then say in History whether it was added. It will not be sent again by itself.
clients-stage-blocked = Not sent yet
clients-stage-blocked-next = Nothing was sent. It is tried again when you resume.
clients-stage-skipped = Already sent in another batch

## Unfinished batches

clients-unfinished-title = Top-ups not finished
clients-unfinished-line = { $question } — { $done } of { $lines } done.
clients-unfinished-resume = Resume
clients-unfinished-open = Show

## Due top-ups

clients-due-title = { $count ->
    [one] 1 planned top-up is due
   *[other] { $count } planned top-ups are due
}
clients-due-intro = These recurring top-ups have reached their date. Untick any you don't want to send now, then review them.
clients-due-missed = Missed date
clients-due-pass-over = Don't send this one
clients-due-tick = Send { $name }'s top-up of { $date }
clients-due-on = Planned for { $date }
clients-due-review = { $count ->
    [0] Review the due top-ups
    [one] Review 1 due top-up
   *[other] Review { $count } due top-ups
}
clients-due-banner = { $count ->
    [one] 1 planned top-up is due.
   *[other] { $count } planned top-ups are due.
}
clients-due-banner-open = Review
clients-home-due-title = Due top-ups
clients-home-due-description = Recurring client top-ups waiting for your confirmation.
clients-home-due-line = { $name }: { $amount }, { $date }

## A client's page

clients-months-title = Totals per month
clients-months-empty = No top-up done yet.
clients-top-ups-title = Top-ups
clients-top-ups-empty = No top-up sent to this client yet.
clients-state-pending = On its way
clients-state-done = Done
clients-state-refused = Refused
clients-state-unknown = Unknown — to check
clients-plans-title = Recurring top-ups
clients-plans-intro = A top-up planned every month (or every few months). When its date comes, Callboard asks you to confirm it.
clients-plans-empty = No recurring top-up for this client.
clients-plan-schedule = When
clients-plan-every = { $months ->
    [one] Day { $day } of every month
   *[other] Day { $day }, every { $months } months
}
clients-plan-next = Next date
clients-plan-stopped = Stopped
clients-plan-stop = Stop
clients-plan-restart = Start again
clients-plan-add = Plan a recurring top-up
clients-plan-day = Day of the month
clients-plan-day-hint = 1 to 31; in shorter months, the month's last day.
clients-plan-every-months = Every how many months

## Statements and files

clients-statement-title = Statement…
clients-statement-month = Month
clients-statement-format = File
clients-statement-pdf = PDF, to send to the client
clients-statement-csv = CSV, for a spreadsheet
clients-statement-save = Save the statement
clients-statement-saved = Saved { $file } in your Downloads folder.
clients-open-folder = Open folder
clients-file-title = The client book as a file
clients-export = Export the book (CSV)
clients-exported = Saved { $rows ->
    [one] 1 client
   *[other] { $rows } clients
} in { $file } (Downloads folder).
clients-import-path = CSV file to import
clients-import-hint = The full path of a file with the same columns as the export. A workspace already in the book is updated.
clients-import = Import
clients-imported = Added: { $added } · Updated: { $updated }
