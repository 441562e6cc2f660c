# The API keys screen: GetVocal keys, created and revoked (ui/src/screens/api-keys).

api-keys-title = API keys
api-keys-purpose = An API key lets another program (or Callboard itself) use your GetVocal account without your password. Create one, or revoke one that should stop working.

## The list

api-keys-list-title = Your API keys
api-keys-list-description = Revoked keys stop working at once and can't be turned back on.
api-keys-loading = Loading API keys…
api-keys-none = No API keys yet. Create one above.
api-keys-column-name = Name
api-keys-column-created = Created
api-keys-column-state = State
api-keys-column-actions = Actions
api-keys-no-name = (no name)
api-keys-revoked-on = Revoked { $when }
api-keys-active = Active
api-keys-revoke = Revoke…
api-keys-revoke-question = Revoke the key “{ $name }”?
api-keys-revoke-question-unnamed = Revoke the key with no name?
api-keys-revoke-confirm = Revoke the key
api-keys-revoking = Revoking…
api-keys-revoke-warning = Anything that uses this key stops working at once. This can't be undone.
api-keys-revoked = The key “{ $name }” is revoked: it no longer works.
api-keys-revoked-unnamed = The key with no name is revoked: it no longer works.

## Creating a key

api-keys-create-title = Create an API key
api-keys-field-name = Name of the key
    .hint = Say who or what will use it, for example “Reporting spreadsheet”. Only you see this name.
api-keys-creating = Creating…
api-keys-create = Create key
api-keys-already-created = The key “{ $name }” was already created by this same request.
api-keys-already-created-secret = Its secret was shown then and can't be shown again. If nobody copied it, revoke the key below and create a new one.
api-keys-done = Done
api-keys-created = The key “{ $name }” is created.
api-keys-secret-warning-title = You won't see this secret again.
api-keys-secret-warning = Copy it now and keep it somewhere safe, like a password manager.
api-keys-key-name = Key name
api-keys-secret = Secret
api-keys-key-id = Key ID:
api-keys-copied = Copied
api-keys-copy = Copy secret
api-keys-in-use = This account now uses this key
api-keys-use-for-account = Use this key for “{ $account }”
api-keys-hide-secret = I've saved it — hide the secret
