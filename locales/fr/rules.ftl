# Mots de la liste d'opposition et des règles d'appel, rédigés par Rust (do_not_call.rs).

rules-do-not-call-refusal = Non appelé : { $phone } figure sur la liste d'opposition (ajouté { $source } par { $added_by } le { $day } : { $reason }).
rules-source-by-hand = à la main
rules-source-spreadsheet = depuis un tableur
rules-source-call-details = depuis le détail d'un appel
rules-source-national-list = depuis un fichier national d'opposition
# Enregistré avec le numéro quand la personne ne donne pas de motif.
rules-default-reason = A demandé à ne pas être appelé
rules-reason-from-file = { $reason } (fichier { $file })

# Les décisions des règles d'appel telles que présentées (calling.rs) ; `$reason` est la phrase de la règle elle-même.
rules-consent-statement = { $by } a confirmé disposer du consentement préalable de chaque personne de « { $list } » pour être appelée pour « { $account } ».
rules-refusal-effect = Callboard n'appellera pas le { $phone } pour « { $account } » : { $reason }.
rules-refusal-no-wait = Enregistré. Les règles d'appel du pays du { $phone } n'imposent aucun délai après un refus : ajoutez le numéro à la liste d'opposition si cette personne ne doit plus jamais être appelée.
rules-moved-note = { $reason } (règle { $rule })
rules-refused-note = Non appelé : { $reason }
