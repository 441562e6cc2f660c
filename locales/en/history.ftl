# The History screen: everything Callboard sent, and the Awaz call log (ui/src/screens/history).

history-title = History
history-purpose = Everything Callboard sent for you — leads, calls, keys, top-ups — and how each one ended.
history-tab-everything = Everything
history-tab-journal = What Callboard did
history-tab-awaz-calls = Awaz calls

## Everything: both platforms in one list

history-kind-call = Call
history-kind-lead = Lead
history-kind-top-up = Top-up
history-kind-contact = Contact
history-kind-webhook = Webhook
history-kind-api-key = API key
history-kind-cancel = Cancelled calls
history-range-problem = The first day must come before the last day.
history-platform = Platform
history-account = Account
history-all-accounts = All accounts
history-from = From
history-to = To
history-order = Order
history-newest = Newest first
history-oldest = Oldest first
history-search = Search
history-search-placeholder = Name, phone number…
history-outcome = Outcome
history-outcome-all = (all — tick some to see only those)
history-loading = Loading the history…
history-drawing-chart = Drawing the chart…
history-nothing-matches = Nothing matches these filters.
history-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
history-incomplete = Only the most recent Awaz calls were loaded. Choose a shorter date range to see older ones.
history-when = When
history-where = Where
history-what = What
history-loading-more = Loading more entries…

## The chart of calls by outcome

history-chart-title = Calls by outcome, per day
history-chart-axis = Calls
history-chart-empty = No calls in these dates yet.
# $totals: history-chart-total for each outcome, joined by commas.
history-chart-summary = Calls by outcome, per day: { $totals }
# $outcome: an outcome's name, e.g. "Reached".
history-chart-total = { $count } { $outcome }
history-chart-legend = { $outcome }: { $count }

## What Callboard did: the journal of every request

history-both-platforms = Both
history-journal-search-placeholder = Name, phone number, lead id…
history-journal-no-match = Nothing matches this search.
history-journal-empty = Nothing yet. Leads, calls, keys and top-ups you send appear here.
history-started = Started
history-finished = Finished
history-no-answer-yet = No answer yet
history-about = About
history-why = Why
history-request = What Callboard sent
history-response = What came back

## Awaz calls

history-calls-intro = Newest first. Choose a call to see what the AI agent found out.
history-calls-search = Search by name or phone
    .placeholder = Search by name or phone
history-calls-status = Status
history-calls-every-status = Every status
history-calls-searching = { $count ->
    [one] Searching the { $count } call loaded so far. Load more to search older calls too.
   *[other] Searching the { $count } calls loaded so far. Load more to search older calls too.
}
history-calls-none = No calls yet.
history-calls-no-match = No loaded call matches.
history-calls-contact = Contact
history-calls-phone = Phone
history-calls-unnamed = Unnamed contact
history-calls-loading = Loading calls…
history-calls-load-more = Load more calls
history-calls-all-loaded = That's every call.
history-call-details = Call details
history-call-close = Close
history-call-loading = Loading the call…
history-call-email = Email
history-call-id = Awaz call id
history-call-found-out = What the AI agent found out
history-call-no-variables = Nothing yet. Answers appear here once the call has ended with results.
history-variable-not-given = — (not given)
history-variable-yes = Yes
history-variable-no = No
