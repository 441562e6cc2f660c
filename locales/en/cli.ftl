# The command line's words (crates/cli): what it prints for the person, its failures and their
# next steps (`.next`), its questions, tables and `--help`. JSON output is not worded: its keys
# stay English for scripts.

cli-could-not-start = Callboard could not start: { $error }.
cli-output-failed = Could not write the output: { $error }.

# `$doing` is one of the `cli-doing-…` below.
cli-folder-in-use = Callboard is open on this computer; close it or use the app to { $doing }. Nothing was sent.
    .next = Only one program may use Callboard's files at a time (in { $folder }).
cli-doing-top-up = top up
cli-doing-list-accounts = list the accounts
cli-doing-list-clients = list the clients
cli-doing-export-clients = export the clients
cli-doing-find-client = find the client
cli-doing-send-batch = send a batch of top-ups
cli-doing-write-statement = write a statement
cli-doing-list-top-ups = list the top-ups

# Opening Callboard and choosing the Awaz account (open.rs).
cli-no-saved-account = Callboard has no saved account on this computer yet.
    .next = Open the Callboard app and add your Awaz account in Accounts (with “Remember on this computer”); the command line uses the app's accounts.
cli-no-data-folder = This computer's folder for app data could not be found.
    .next = Check that your user account has a home folder.
# A name in a list of names: “Clinics – Awaz”, “Dental – Awaz”.
cli-quoted = “{ $name }”
cli-unknown-awaz-account = Callboard has no Awaz account “{ $wanted }”.
cli-use-one-of = Use one of: { $names }.
cli-no-awaz-account = Callboard has no Awaz account yet.
    .next = Add one in the Callboard app (Accounts).
cli-several-awaz-accounts = Callboard has several Awaz accounts: say which one with --account.
cli-account-needs-key = “{ $account }” has no usable API key on this computer.
    .next = Open the Callboard app and give this account its key again (Accounts).

# Confirmation (confirm.rs, batch.rs).
cli-confirm-no-terminal = Not sent: “{ $what }” needs your confirmation, and there is no terminal to ask on.
    .next = Run it again with --yes to confirm in advance.
cli-confirm-prompt = { $what }? [y/N]
cli-answered-no = Not sent: you answered no.
# "Add 25 credits to North Clinic (north-clinic@example.com)"; `$count` is the amount, for
# languages whose word follows it.
cli-confirm-one-line = Add { $amount } { cli-kind } to { $line }
# `$what`: the question of the batch, or `cli-confirm-one-line`; `$names`: the accounts.
cli-confirm-from = { $what } from the Awaz { $accounts ->
        [one] account
       *[other] accounts
    } { $names }

# A kind of top-up in a sentence or a cell; `$count` is the amount.
cli-kind = { $kind ->
        [minutes] minutes
       *[credits] credits
    }

# Batches (batch.rs).
cli-no-file = There is no file { $path }.
cli-batch-not-sendable = Not sent: { $count ->
        [one] 1 line
       *[other] { $count } lines
    } of the file cannot be used (listed above).
    .next = Correct { $file } and run it again.
cli-dry-run = Dry run: nothing was sent. { $question }
cli-line-progress = Line { $position }: { $line } — { $outcome }
cli-pausing = Pausing after the line on its way…
# An indicatif template: `$bar`, `$pos`, `$len` and `$eta` are its own placeholders.
cli-progress = { $bar } { $pos }/{ $len } top-ups sent ({ $eta } left)
cli-review-total = Total: { $amount } { cli-kind } ({ $lines ->
        [one] 1 line
       *[other] { $lines } lines
    })
cli-review-left-out = Left out: { $problem }
cli-batch-counts = { $done } done, { $refused } refused, { $unknown } unknown (held for a check), { $blocked } not sent.
cli-batch-check-unknown = Check the unknown ones in Awaz, then settle them in the Callboard app (History); they will not be sent again.
cli-batch-paused = Paused: resume it in the Callboard app (Clients, batches).
# A line of a batch: its client and workspace.
cli-line-label = { $name } ({ $workspace })
cli-stage-waiting = to send
cli-stage-sending = unknown (interrupted): check before retrying
cli-stage-done = done
cli-stage-refused = refused
cli-stage-unknown = unknown: held for a check
cli-stage-blocked = not sent
cli-stage-skipped = skipped (sent in another batch)
cli-stage-with-reason = { $stage }: { $reason }

# Column headers of tables and CSV listings.
cli-column-number = #
cli-column-client = Client
cli-column-workspace = Workspace
cli-column-kind = Kind
cli-column-amount = Amount
cli-column-reference = Reference
cli-column-from-account = From account
cli-column-outcome = Outcome
cli-column-name = Name
cli-column-platform = Platform
cli-column-signed-in-as = Signed in as
cli-column-status = Status
cli-column-address = Address
cli-column-id = Id
cli-column-workspace-email = Workspace email
cli-column-workspace-id = Workspace id
cli-column-tags = Tags
cli-column-next-due = Next due
cli-column-archived = Archived
cli-column-sent = Sent
cli-column-account = Account
cli-column-reason = Reason

# Accounts (accounts.rs).
cli-no-accounts = No accounts yet: add them in the Callboard app (Accounts).
cli-account-ready = ready
cli-account-needs-sign-in = sign in again in the app

# Clients (clients.rs).
cli-archived = yes
cli-clients-exported = Wrote { $rows ->
        [one] 1 client
       *[other] { $rows } clients
    } to { $path }.
cli-no-such-client = The client book has no client “{ $name }”.
    .next = `callboard clients list` shows the book; add clients in the Callboard app (Clients).
cli-several-clients = Several clients in the book are called “{ $name }”.
    .next = Name the client by its workspace email or id instead.

# Statements (statement.rs).
cli-statement-written = Wrote the statement of { $client } for { $month } ({ $rows ->
        [one] 1 top-up
       *[other] { $rows } top-ups
    }) to { $path }.
cli-statement-format = --out { $path }: name a file ending in .pdf or .csv, or say which with --format.

# One top-up (top_up.rs).
cli-credits-or-minutes = Give either --credits or --minutes.
cli-client-or-workspace = Give --client or --workspace.
cli-client-without-workspace = The client “{ $client }” has no Awaz workspace in the book.
    .next = Add its workspace email or id in the Callboard app (Clients).
cli-not-sent = Not sent: { $outcome }
# "25 credits to north-clinic@example.com"
cli-top-up-summary = { $amount } { cli-kind } to { $workspace }
cli-top-up-done = Done: added { $summary }.
cli-top-up-done-balance = Done: added { $summary }. The workspace now has { $credits } credits and { $minutes } minutes.
cli-top-up-unknown = Sent, but the answer was lost: adding { $summary } may have gone through. It is held for a check and will not be sent again: look at the workspace's balance in Awaz, then settle it in the Callboard app (History).
cli-top-up-not-done = Not done: { $summary }: { $outcome }

# Listing top-ups (top_ups.rs). `$outcome` is the JSON's: done, not_applied, unknown, sending.
cli-dates-reversed = --from { $from } is after --to { $to }.
cli-top-up-outcome = { $outcome ->
        [done] done
        [not_applied] not_applied
        [unknown] unknown
       *[sending] sending
    }

# `--help` (help.rs): what each command and option is for, with examples. Clap's own words
# (Usage, Commands, Options, "Print help", "[default: …]", its argument errors) stay English.
cli-help-about = Callboard's command line: month-end top-ups and listings from scripts.
cli-help-long-about =
    Callboard's command line: month-end top-ups and listings from scripts.

    It is the Callboard app itself, run with a command (one program to install and update): it uses
    the app's accounts (their keys stay in this computer's keychain), settings and journal, and the
    same rules — every top-up is recorded before it is sent and never sent twice, an answer that was
    lost is held for a check, and nothing is sent without a confirmation naming the total (--yes, or
    a question on the terminal). Run `callboard` without a command to open the window.

    Only one of the two runs at a time: while the Callboard window is open, the command line says
    so and sends nothing.

    On Windows the app has no console of its own: run as a command it writes to the console it was
    started from. In cmd.exe scripts use `start /wait callboard ...` to wait for it and get its exit
    code; PowerShell waits by itself.
cli-help-exit-codes =
    Exit codes:
      0  Done: everything asked was applied.
      1  Not done, nothing applied: the platform refused it or the input was wrong.
      2  Usage: wrong arguments, or a write without --yes where there is no terminal to ask on.
      3  Unknown outcome: sent, but the answer was lost. It is held in the journal for a check
         and never sent again; check in Awaz, then settle it in the app (History).
      4  Callboard is open on this computer: close it, or do this in the app. Nothing was sent.
      5  You answered no at the confirmation. Nothing was sent.
cli-help-accounts = List Callboard's accounts (never their keys) and whether each can be used now.
    .examples =
        Examples:
          callboard accounts
          callboard accounts --format json
cli-help-clients = The client book: list it, or export it as the CSV the app imports.
    .examples =
        Examples:
          callboard clients list --format json
          callboard clients export --out clients.csv
cli-help-clients-list = List the clients of the book (archived ones with --archived).
    .examples =
        Examples:
          callboard clients list
          callboard clients list --tag monthly --format json
          callboard clients list --search clinic --archived --format csv > clients.csv
cli-help-clients-list-tag = Only the clients with this tag.
cli-help-clients-list-search = Only the clients whose name, workspace, tags or notes contain this.
cli-help-clients-list-archived = Archived clients too.
cli-help-clients-export = Write the whole book (archived clients too) to a CSV file the app can import.
    .examples =
        Examples:
          callboard clients export --out clients.csv
cli-help-top-up = Add credits or minutes to one client's Awaz workspace.
    .examples =
        Examples:
          callboard top-up --client "North Clinic" --credits 25
          callboard top-up --client "North Clinic" --minutes 500 --reference INV-2026-11 --yes
          callboard top-up --workspace north-clinic@example.com --credits 10.50 --account "Clinics – Awaz" --yes --format json
cli-help-client = The client, by its name in the book (or its workspace email or id).
cli-help-top-up-workspace = A workspace, by its email address or id (in the book or not).
cli-help-top-up-credits = Credits to add, e.g. 25 or 10.50.
cli-help-top-up-minutes = Minutes to add, e.g. 500.
cli-help-top-up-reference = Your reference for it (an invoice number…), shown on the client's statement.
cli-help-top-up-account = The Awaz account to send from (its name or id); by default the client's in the book, else the only one.
cli-help-yes = Confirm in advance: send without asking (needed when no terminal can ask).
cli-help-top-up-format = How to print the outcome (json: the batch of this one line, as `batch` prints it).
cli-help-top-ups = List the top-ups sent from this computer, newest first.
    .examples =
        Examples:
          callboard top-ups --from 2026-11-01 --to 2026-11-30
          callboard top-ups --from 2026-11-01 --to 2026-11-30 --format csv > november.csv
          callboard top-ups --workspace north-clinic@example.com --format json
cli-help-top-ups-from = First day, included (YYYY-MM-DD, in the time zone chosen in Settings).
cli-help-top-ups-to = Last day, included (YYYY-MM-DD).
cli-help-top-ups-workspace = Only the top-ups of this workspace (email or id).
cli-help-batch = Send the top-ups of a CSV file (columns workspace, kind, amount, reference), after one confirmation naming the totals.
    .examples =
        The file: one top-up per line, with a header row naming the columns workspace
        (an email, an id, or a client's name in the book), kind (credits or minutes), amount and,
        optionally, reference. Example:

          workspace,kind,amount,reference
          North Clinic,minutes,500,INV-2026-11
          south-dental@example.com,credits,25.50,INV-2026-12

        Examples:
          callboard batch month-end.csv --dry-run
          callboard batch month-end.csv
          callboard batch month-end.csv --yes --format json > outcome.json
cli-help-batch-file = The CSV file of top-ups.
cli-help-batch-dry-run = Check every line and show the review (lines, totals per kind, lines left out); send nothing.
cli-help-batch-account = The Awaz account for workspaces whose client has none in the book (name or id); by default the only one.
cli-help-statement = Write a client's statement of top-ups for one month, as PDF or CSV.
    .examples =
        Examples:
          callboard statement --client "North Clinic" --month 2026-11 --out north-clinic-2026-11.pdf
          callboard statement --client north-clinic@example.com --month 2026-11 --out november.csv
cli-help-statement-month = The month, e.g. 2026-11.
cli-help-statement-out = The file to write; .pdf or .csv (or a folder, with --format).
cli-help-statement-format = PDF or CSV; by default by the file's extension.
# The values of `--format` of a listing.
cli-help-format-table = Aligned columns, for reading
cli-help-format-json = One JSON array, every field
cli-help-format-csv = The table's columns as CSV (UTF-8 with a byte order mark, like the app's exports)
