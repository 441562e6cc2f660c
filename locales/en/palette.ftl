palette-title = Go to
palette-search = Type a screen, an account, a workspace or a name…
palette-nothing = Nothing matches these words.
palette-group-screens = Screen
palette-group-accounts = Account
palette-group-workspaces = Client workspace
palette-group-recent = Recent
palette-top-up = Top up
# The keyboard shortcut that opens a screen, e.g. "Ctrl+3".
palette-shortcut = { $modifier }+{ $key }
palette-open = Go to… ({ $modifier }+K)
