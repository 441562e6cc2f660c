# Journal summaries and confirmation questions, worded by Rust (awaz_actions.rs,
# getvocal_actions.rs). A summary is stored as its message id and values, and worded each time it
# is read, so it follows a change of language.

journal-awaz-save-contact = Save contact { $name } ({ $phone })
journal-awaz-call-now = Call { $name } ({ $phone }) now
journal-awaz-call-at = Call { $name } ({ $phone }) on { $when }
journal-awaz-subscribe-hook = Notify { $url } about calls
journal-awaz-delete-hook = Stop notifying { $url }
# "Add 25 credits to north-clinic@callboard.test"
journal-awaz-top-up = Add { $amount } { $kind ->
        [minutes] { $amount ->
            [one] minute
           *[other] minutes
        }
       *[credits] { $amount ->
            [one] credit
           *[other] credits
        }
    } to { $workspace }
journal-awaz-top-up-question = { journal-awaz-top-up }?
journal-getvocal-create-api-key = Create the API key “{ $name }”
journal-getvocal-revoke-api-key = Revoke the API key “{ $name }”
journal-getvocal-create-lead = Create the lead { $lead }
journal-getvocal-call-now = Call { $lead } now
journal-getvocal-call-at = Call { $lead } on { $when }
journal-getvocal-cancel-calls = Cancel the waiting calls of { $lead }
# A summary followed by what the calling rules changed about it.
journal-with-note = { $summary }. { $note }
# A lead Callboard did not create, known only by its GetVocal id.
journal-getvocal-lead-id = the lead { $id }

# Stored as the reason of what a previous run left on its way (store.rs).
journal-interrupted-action = Callboard closed before the answer arrived, so it may or may not have been applied. Check before retrying.
journal-interrupted-row = Callboard closed before the answer arrived; it is checked before anything is sent again.

# While Awaz asks Callboard to wait (awaz_actions.rs).
journal-awaz-waiting-rate-limited = Awaz asked us to wait — continuing at { $time }. Nothing is lost; keep this window open.
journal-awaz-waiting-unavailable = Awaz is busy and asked us to wait — continuing at { $time }. Nothing is lost; keep this window open.

# Notes on the rows of a bulk run (bulk/), worded when the row changes.
journal-bulk-checked = Checked by you: it went through.
journal-bulk-getvocal-lost = No answer came back from GetVocal, so this call may have been placed. Look at the calls of the lead { $name } ({ $phone }) in GetVocal; send it again only if there is none.
journal-bulk-awaz-lost = No answer came back from Awaz, so this contact may or may not have been saved, and Awaz has no way to look it up. Check the contacts in Awaz; send it again only if it is not there.
journal-bulk-call-log-unreadable = Callboard could not check the Awaz call log: { $problem }
journal-bulk-no-answer = no answer
journal-bulk-gave-up-unknown = Callboard could not find out whether this went through after { $tries } tries. Last problem: { $last }
journal-bulk-gave-up = Stopped after { $tries } tries. Last problem: { $last }

# What the person found when they checked an action whose outcome was unknown (journal.rs).
journal-settled-applied = You checked: it went through.
journal-settled-not-applied = You checked: it did not go through.

# The confirmation of a batch of top-ups (clients/batch.rs): "Add 1500 minutes and 75.50
# credits to 3 workspaces?". `$count` of an amount is its number, for the word that follows it.
journal-batch-question = Add { $amounts } to { $count ->
        [one] 1 workspace
       *[other] { $count } workspaces
    }?
journal-batch-amount = { $amount } { $kind ->
        [minutes] minutes
       *[credits] credits
    }
journal-batch-amounts = { $first } and { $second }

# How an account signs in, when not by email (accounts.rs): "API key 8a0d719f…", or "API key".
journal-account-key-label = { $shown ->
        [none] API key
        [whole] API key { $start }
       *[cut] API key { $start }…
    }

# The practice accounts of demo mode (service.rs), named in the language of the moment.
journal-demo-getvocal = Demo GetVocal
journal-demo-awaz = Demo Awaz

# History's titles of bulk rows and logged calls, worded as they are read.
journal-history-call = Call to { $who }
journal-history-lead = Create the lead { $who }
journal-history-contact = Save contact { $who }
