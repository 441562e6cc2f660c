# Top-up statements (crates/statements): the PDF and CSV an account manager attaches to an invoice.

statements-title = Top-up statement
statements-file-stem = statement

## The block under the title

statements-client = Client
statements-workspaces = { $count ->
    [one] Workspace
   *[other] Workspaces
}
statements-period = Period
statements-time-zone = Times shown in
statements-month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# A whole calendar month, e.g. "November 2026".
statements-period-month = { $month } { $year }
statements-period-range = { $from } to { $to }
statements-date-long = { $month } { $day }, { $year }

## Summary and sections

statements-summary-heading = Totals — done top-ups only
statements-not-counted-summary = { $count ->
    [0] Every top-up of the period is counted.
    [one] 1 top-up is not counted (refused or held for a check); it is listed apart at the end.
   *[other] { $count } top-ups are not counted (refused or held for a check); they are listed apart at the end.
}
statements-section-done = Top-ups done
statements-section-not-counted = Not counted
statements-not-counted-note = These top-ups are listed for the record and are not in the totals. A refused top-up was not applied. A top-up held for a check has an unknown outcome: check the workspace's balance in Awaz before invoicing it.
statements-no-lines = No top-ups in this period.
statements-none-done = No top-up was done in this period.
statements-total = Total
statements-continued = { $section } (continued)

## Table columns (PDF and CSV)

statements-column-date = Date and time
statements-column-workspace = Workspace
statements-column-kind = Kind
statements-column-amount = Amount
statements-column-reference = Reference
statements-column-sent-by = Sent by
statements-column-from-account = From account
statements-column-outcome = Outcome
statements-column-refusal-reason = Reason refused
statements-column-counted = Counted in totals
statements-column-action-key = Action key

statements-from-account = from { $account }
statements-kind-credits = credits
statements-kind-minutes = minutes
statements-outcome-done = Done
statements-outcome-refused = Refused
statements-outcome-unknown = Held for a check — not counted
statements-yes = yes
statements-no = no

## Footer

statements-page = Page { $page } of { $pages }
