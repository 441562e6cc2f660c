# Words of the do-not-call list and the calling rules, worded by Rust (do_not_call.rs).

rules-do-not-call-refusal = Not called: { $phone } is on the do-not-call list (added { $source } by { $added_by } on { $day }: { $reason }).
rules-source-by-hand = by hand
rules-source-spreadsheet = from a spreadsheet
rules-source-call-details = from a call's details
rules-source-national-list = from a national opt-out file
# Stored with the number when the person gives no reason.
rules-default-reason = Asked not to be called
rules-reason-from-file = { $reason } (file { $file })

# The calling rules' decisions as shown to people (calling.rs); `$reason` is the rule's own sentence.
rules-consent-statement = { $by } confirmed holding the prior consent of every person in “{ $list }” to be called for “{ $account }”.
rules-refusal-effect = Callboard will not call { $phone } for “{ $account }”: { $reason }.
rules-refusal-no-wait = Recorded. The calling rules of { $phone }'s country set no waiting time after a refusal: add the number to the do-not-call list if this person must never be called again.
rules-moved-note = { $reason } (rule { $rule })
rules-refused-note = Not called: { $reason }
rules-moved-group = { $count } moved to { $moment }: { $rule }

# The calling rules' own sentences (rule_words.rs), made from each rule's code and values.
rules-unknown-zone = Can't tell which time zone { $phone } is in, so its local calling hours can't be checked
rules-moved = { $rule }: moved to { $moment } ({ $zone })
rules-no-window = { $rule }: no allowed time in the next { $days } days ({ $zone })
rules-refusal-wait = { $rule }: said no on { $refused }; may be called again from { $allowed }
rules-limit = { $rule }: { $count } calls already
rules-limit-wait = { $limit }; may be called again from { $allowed }
rules-consent-since = { $rule } (since { $since })
# A moment on the callee's clock: "Monday 7 December 2026 14:05 (Europe/Paris)".
rules-moment = { $day } { $time } ({ $zone })
# Rules Callboard adds for one run (bulk/plan.rs).
rules-run-hours = outside the calling hours chosen for this run
rules-no-opening = Callboard found no moment in the coming weeks when the rules allow this call
# The rules' names, as their sentences start and in a run's review ("2 moved to …: French weekend").
rules-name-fr-hours = Outside French calling hours (Mon-Fri 10:00-13:00, 14:00-20:00)
rules-name-fr-weekend = French weekend
rules-name-fr-holiday = French public holiday
rules-name-fr-attempts = At most 4 calls per person in 30 days (French law)
rules-name-fr-refusal = Said no: French law forbids a new call for 60 days
rules-name-fr-consent = French law requires the person's provable prior consent to be called
rules-name-us-hours = Outside US calling hours (8:00-21:00 local time)
rules-name-us-state-hours = Outside Florida calling hours (8:00-20:00 local time)
rules-name-us-state-attempts = At most 3 calls per person in 24 hours (Florida law)
rules-name-default-hours = Outside the calling hours set in Settings ({ $window })
rules-name-default-days = Not a calling day in Settings
rules-name-client-hours = Outside this client's calling hours ({ $window })
rules-name-client-days = Not a calling day for this client
rules-name-client-attempts = At most { $limit } calls per person in { $days } days (this client's rule)
