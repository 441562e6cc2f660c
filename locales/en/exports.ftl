# CSV export column headers and the words in their cells, worded by Rust (awaz_actions.rs,
# history/mod.rs, do_not_call.rs, bulk/mod.rs).

exports-when-utc = When (UTC)
exports-account = Account
exports-platform = Platform
exports-workspace = Workspace
exports-what = What
exports-outcome = Outcome
exports-reason = Reason
exports-status = Status
exports-title = Title
exports-details = Details
exports-call-id = Call id
exports-contact = Contact
exports-phone = Phone
exports-email = Email
exports-name = Name
exports-line = Line
exports-stopped-at = Stopped at
exports-added-by = Added by
exports-why = Why
exports-how = How
exports-added-utc = Added (UTC)

exports-outcome-pending = Sending (or interrupted: check before retrying)
exports-outcome-succeeded = Done
exports-outcome-failed = Not applied
exports-outcome-unknown = Unknown: check before retrying

exports-bulk-skipped = skipped: not allowed by the calling rules or the do-not-call list
exports-bulk-to-check = to check: may have gone through
exports-bulk-failed = failed
exports-stage-lead = lead
exports-stage-contact = contact
exports-stage-call = call

exports-kind-call = Call
exports-kind-lead = Lead
exports-kind-top-up = Top-up
exports-kind-contact = Contact
exports-kind-webhook = Webhook
exports-kind-api-key = API key
exports-kind-cancel = Cancelled calls

exports-group-upcoming = Upcoming
exports-group-reached = Reached
exports-group-not-reached = Not reached
exports-group-failed = Failed
exports-group-cancelled = Cancelled
exports-group-needs-check = Needs a check
exports-group-pending = Being sent
exports-group-done = Done
exports-group-refused = Refused

# The client book's file (clients/book.rs); a file is read back with either language's headers.
exports-clients-workspace-email = Workspace email
exports-clients-workspace-id = Workspace id
exports-clients-account-id = Account id
exports-clients-tags = Tags
exports-clients-notes = Notes
exports-clients-archived = Archived
exports-yes = yes
exports-no = no
# A column of an imported file that has no header.
exports-import-column = Column { $number }
# Who sent a top-up, when this computer's account has no login name.
exports-sender-this-computer = this computer
