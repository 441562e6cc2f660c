# The Accounts screen: the list, adding an account, signing in again (ui/src/screens/accounts).

accounts-title = Accounts
accounts-purpose = Connect your GetVocal and Awaz accounts, and sign in to or out of them.
accounts-loading = Loading your accounts…
accounts-none = No accounts yet. Add your GetVocal or Awaz account below.
accounts-added = “{ $name }” is added and connected.
accounts-cancel = Cancel

## One account in the list

accounts-practice = Practice account
accounts-connected = Connected
accounts-needs-sign-in = Sign-in needed
accounts-signs-in-with = Signs in with
accounts-an-api-key = An API key
accounts-kept = Sign-in kept
accounts-kept-nothing = Nothing kept: sign in again to use this account
accounts-kept-demo = Only while Callboard is open (practice account)
accounts-kept-keychain = In this computer's keychain
accounts-kept-memory = Only while Callboard is open: sign in again after reopening it
accounts-signs-in-as = Signs in as
accounts-company-id = Company ID
accounts-server-address = Server address
accounts-sign-in-again = Sign in again
accounts-sign-out = Sign out
accounts-signed-out = Signed out of “{ $name }”. Its sign-in was deleted from this computer.
accounts-signed-in-again = Signed in to “{ $name }” again.
accounts-remove = Remove…
accounts-remove-question = Remove “{ $name }” from Callboard?
accounts-remove-confirm = Remove “{ $name }”
accounts-removing = Removing…
accounts-remove-explained = Its sign-in is deleted from this computer. Nothing changes in { $platform } itself, and you can add the account again later.
accounts-removed = “{ $name }” was removed.

## Adding an account

accounts-add = Add account
accounts-add-section = Add an account
accounts-add-which = Which account do you want to add?
accounts-choice-getvocal-password = GetVocal — email and password
    .description = Sign in the way you sign in to GetVocal's website.
accounts-choice-getvocal-api-key = GetVocal — API key
    .description = Use an API key ID and secret created in GetVocal.
accounts-choice-awaz = Awaz — API key
    .description = Use an API key from Awaz (Settings → Integrations → API Keys).
accounts-field-name = Account name
    .hint = Your own label for it, for example “{ $example }”.
accounts-field-company-id = Company ID
    .hint = Given to you by GetVocal.
accounts-field-email = Email
accounts-field-password = Password
    .hint = Used once to sign in. Callboard never stores your password.
accounts-field-key-id = API key ID
    .hint = Shown in GetVocal next to the key's name.
accounts-field-secret = API key secret
    .hint = Shown once by GetVocal when the key was created.
accounts-field-awaz-key = Awaz API key
    .hint = In Awaz: Settings → Integrations → API Keys.
accounts-advanced = Advanced
accounts-field-base-url = Server address
    .hint = Leave blank to use the real { $platform } service. Only fill it in if you were given another address.
accounts-remember = Remember on this computer (saved in your computer's keychain)
accounts-remember-off = You will need to sign in again each time you open Callboard.
accounts-checking = Checking with the service…

## Signing in again in the account's row

accounts-reconnect-label = Sign in to { $name } again
accounts-reconnect-password = Password for { $who }
accounts-signing-in = Signing in…
accounts-sign-in = Sign in
