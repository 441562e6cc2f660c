# Parts shared by the Awaz screens and CSV exports (ui/src/awaz/*).

## An unknown outcome of an Awaz action (AwazActionNotice); $where says where to look in Awaz.

awaz-unknown-title = We don't know if it was applied: { $summary }.
awaz-unknown-explanation = The request was sent, but Awaz's answer never arrived. Don't send it again yet: { $where }

## Confirmations (Confirm)

awaz-confirm-sending = Sending…
awaz-confirm-cancel = Cancel

## Export to CSV (ExportButton)

awaz-export = { $rows ->
        [one] Export { $rows } row to CSV
       *[other] Export { $rows } rows to CSV
    }
awaz-export-saving = Saving…
awaz-export-saved = { $rows ->
        [one] Saved { $rows } row in your Downloads folder as “{ $file }”. It opens in Excel, Numbers or LibreOffice.
       *[other] Saved { $rows } rows in your Downloads folder as “{ $file }”. It opens in Excel, Numbers or LibreOffice.
    }
awaz-open-folder = Open folder

## Awaz's own call statuses said plainly (callStatus)

awaz-status-scheduled = Scheduled
    .hint = Waiting for its time to call.
awaz-status-pickup = Answered
    .hint = The person picked up.
awaz-status-completed = Completed
    .hint = The call ended normally.
awaz-status-outcome = Results ready
    .hint = The call ended and what the agent learned is ready.
awaz-status-busy = Busy
    .hint = The line was busy.
awaz-status-voicemail = Voicemail
    .hint = A voicemail answered.
awaz-status-failed = Failed
    .hint = The call could not be made.
awaz-status-canceled = Cancelled
    .hint = The call was cancelled before it happened.
awaz-status-unknown = A status Callboard does not know yet.
