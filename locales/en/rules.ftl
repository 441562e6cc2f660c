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
