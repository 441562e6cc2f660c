# Do not call: the one list of numbers Callboard never calls, and the actions from a call's page.

do-not-call-title = Do not call
do-not-call-purpose = Numbers Callboard never calls, on GetVocal or Awaz, from any account: imports and single calls refuse them and say why.

## How a number came onto the list

do-not-call-how-by-hand = by hand
do-not-call-how-spreadsheet = from a spreadsheet
do-not-call-how-call-details = from a call
do-not-call-how-national-list = from a national opt-out file

## Adding numbers

do-not-call-your-name = Your name
do-not-call-your-name-hint = Kept with each number, so anyone can see who added it.
do-not-call-add-title = Add a number
do-not-call-add-description = For someone who asked not to be called again.
do-not-call-phone = Phone number
do-not-call-phone-hint = Any usual writing; numbers without a country code use your default country.
do-not-call-reason = Why (optional)
do-not-call-reason-hint = Blank means “Asked not to be called”.
do-not-call-adding = Adding…
do-not-call-add = Add to the list
do-not-call-added = { $phone } is on the list. Callboard will not call it.
do-not-call-file-title = Add numbers from a file
do-not-call-file-description = A spreadsheet saved as CSV, or a national opt-out file such as a Bloctel result file. In each line, the first cell that is a phone number is added; numbers may be written with or without “+”.
do-not-call-file = File
do-not-call-file-kind = What it is
do-not-call-file-spreadsheet = A spreadsheet of people who said no
do-not-call-file-national = A national opt-out file (e.g. Bloctel)
do-not-call-file-add = Add the file's numbers
do-not-call-file-report = { $added } added, { $already } already on the list.
do-not-call-file-report-skipped = { $added } added, { $already } already on the list. { $skipped ->
    [one] { $skipped } line had no phone number:
   *[other] { $skipped } lines had no phone number:
}
do-not-call-file-line = Line { $line }: { $text }
do-not-call-file-line-empty = Line { $line }: (empty)

## The list

do-not-call-list-title = The list
do-not-call-list-description = Newest first. Each number says who added it, when and why.
do-not-call-search = Find a number or a name
do-not-call-loading = Reading the list…
do-not-call-empty = No number on the list yet.
do-not-call-column-number = Number
do-not-call-column-why = Why
do-not-call-column-added-by = Added by
do-not-call-column-when = When
do-not-call-column-remove = Remove
do-not-call-added-by = { $who } ({ $how })
do-not-call-added-by-for-account = { $who } ({ $how }, { $account })
do-not-call-remove = Remove…
do-not-call-remove-question = Take { $phone } off the do-not-call list?
do-not-call-remove-confirm = Remove it, calls allowed again
do-not-call-removing = Removing…
do-not-call-remove-explained = Callboard will be able to call this number again. It was added by { $who }: “{ $reason }”. Your name is kept with the removal.
do-not-call-remove-needs-name = Type your name in “Your name” above first.
do-not-call-exporting = Exporting…
do-not-call-export = Export the list (CSV)
do-not-call-exported = { $rows ->
    [one] { $rows } number saved to { $path }
   *[other] { $rows } numbers saved to { $path }
}

## From a call's page: when the person does not want to be called

do-not-call-caller-heading = If this person doesn't want to be called
do-not-call-they-said-no = They said no…
do-not-call-dont-call-again = Don't call again…
do-not-call-confirm = Confirm
do-not-call-refusal-question = Record that the person at { $number } said no during this call?
do-not-call-refusal-explained = For a French number, Callboard then won't call it for “{ $account }” during the next 60 full days (Code de la consommation, article D223-9). The refusal also counts as a call towards the limits per person.
do-not-call-refusal-explained-any-account = For a French number, Callboard then won't call it for this account during the next 60 full days (Code de la consommation, article D223-9). The refusal also counts as a call towards the limits per person.
do-not-call-add-question = Add { $number } to the do-not-call list?
do-not-call-add-explained = Callboard will never call this number again, from any account, on GetVocal or Awaz, until someone takes it off the list.
do-not-call-caller-name-hint = Kept with it, so anyone can see who did it.
do-not-call-record-refusal = Record their refusal
do-not-call-add-everywhere = Add to the do-not-call list
do-not-call-not-now = Not now
# The reason kept with a number added from a call's page.
do-not-call-reason-from-call = Asked not to be called again ({ $call })
do-not-call-listed-everywhere = { $phone } is on the do-not-call list: Callboard will not call it again, from any account.
