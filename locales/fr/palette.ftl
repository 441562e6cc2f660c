palette-title = Aller à
palette-search = Tapez un écran, un compte, un espace client ou un nom…
palette-nothing = Rien ne correspond à ces mots.
palette-group-screens = Écran
palette-group-accounts = Compte
palette-group-workspaces = Espace client
palette-group-recent = Récent
palette-top-up = Recharger
# Le raccourci clavier qui ouvre un écran, par ex. « Ctrl+3 ».
palette-shortcut = { $modifier }+{ $key }
palette-open = Aller à… ({ $modifier }+K)
